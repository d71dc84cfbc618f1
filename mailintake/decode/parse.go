// Package decode reads raw email as senders really write it: headers in any charset or none,
// RFC 2047 and 2231 words, broken MIME, HTML-only bodies. It is pure (no database, no network),
// so that its fuzz test builds and runs in seconds.
package decode

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/quickre"
)

// Mail is a decoded message. Raw is always kept; Problem says what could not be read.
type Mail struct {
	Raw        []byte
	ReceivedAt time.Time // the server's arrival time

	MessageID  string // without angle brackets; "" when the message has none
	InReplyTo  string
	References []string
	FromName   string
	FromEmail  string
	// ReplyToName and ReplyToEmail are the first Reply-To address: where a web form's mail,
	// sent from a no-reply address, says the complainant can be reached.
	ReplyToName  string
	ReplyToEmail string
	To           []string
	Cc           []string
	Subject      string
	Date         *time.Time
	Text         string
	Attachments  []Attachment
	Auto         bool
	AutoReason   string
	// Spam is the receiving server's mark that the message is spam, as written ("X-Spam-Flag:
	// YES"); "" when it set none.
	Spam     string
	Oversize bool
	Problem  string
	// HeaderDigest fingerprints the sender, date and subject as written.
	HeaderDigest string
	// Original is the header of the message a bounce or a receipt returns (its message/rfc822 or
	// text/rfc822-headers part), or of the first message attached whole; nil when none.
	Original *Original
	// Forwarded is the message a forward passes on, attached or quoted in the text; also the
	// message attached to one that says nothing itself. nil for any other mail.
	Forwarded *Forwarded
	// Letter is the text of the letters a message attaches as text files when its own text
	// only points to them ("投诉内容见附件"): the writer's own words, with their name and number;
	// "" otherwise.
	Letter string
}

// Original is what identifies a returned or attached message.
type Original struct {
	Subject    string
	MessageID  string
	InReplyTo  string
	References []string
}

// Attachment is a decoded attachment or inline part.
type Attachment struct {
	Filename    string
	ContentType string
	ContentID   string
	Inline      bool
	Data        []byte
}

// maxLetter is the largest text file attached read as the writer's letter.
const maxLetter = 64 << 10

// seeAttached is how a short message points to the letter it attaches: "投诉内容见附件", "详见附件",
// "please see the attached letter".
var seeAttached = quickre.MustCompile(`(?i)附件|附檔|attach`)

// maxDepth bounds nested multiparts; real mail nests four or five deep.
const maxDepth = 20

// ProblemNoHeaders is the Problem of a message without a single header to go by.
const ProblemNoHeaders = "the message has no headers: no sender, subject or date"

// ProblemEmpty is the Problem of a message without a single byte (or only blank lines), which
// a mail server may still hold.
const ProblemEmpty = "the message is empty: it has no headers and no text"

// ProblemEncrypted is the Problem of a message whose text is sealed in S/MIME or OpenPGP: only
// the recipient's own mail program, holding the key, can read it.
const ProblemEncrypted = "the message is encrypted (S/MIME or OpenPGP): only the recipient's mail program can read it"

// sealed says whether a message's content type is an encrypted whole: OpenPGP's
// multipart/encrypted, or S/MIME enveloped data (senders that leave out smime-type still name the
// file smime.p7m).
func sealed(ct string, params map[string]string) bool {
	switch ct {
	case "multipart/encrypted":
		return true
	case "application/pkcs7-mime", "application/x-pkcs7-mime":
		switch strings.ToLower(params["smime-type"]) {
		case "enveloped-data", "authenveloped-data":
			return true
		case "":
			return strings.HasSuffix(strings.ToLower(params["name"]), ".p7m")
		}
	}
	return false
}

// Parse decodes a raw message. It never fails and never panics: what cannot be read is reported
// in Problem and the raw bytes are kept by the caller either way. received is the server's
// arrival time; it stands in for a missing or unreadable Date.
func Parse(raw []byte, received time.Time) (m Mail) {
	defer func() {
		if p := recover(); p != nil {
			m = Mail{Raw: raw, ReceivedAt: received,
				Problem: fmt.Sprintf("the message could not be read (%v)", p)}
		}
	}()
	return parseNoRecover(raw, received)
}

// parseNoRecover is Parse without the safety net, so that the fuzz test sees every panic.
func parseNoRecover(raw []byte, received time.Time) Mail {
	m := Mail{Raw: raw, ReceivedAt: received}
	h, body := readMessageHeader(macLines(raw))
	fallbacks := headerCharsets(h, body)
	p := &parser{fallbacks: fallbacks, entitiesInPlain: strings.Contains(h.get("x-mailer"), "QQMail")}
	ct, params := p.entity(h, body, 0, "text/plain", "")

	m.MessageID = messageID(h.get("message-id"))
	m.HeaderDigest = headerDigest(h)
	m.InReplyTo, m.References = inReplyTo(h), msgIDs(h.get("references"))
	m.FromName, m.FromEmail = sender(h, fallbacks)
	if rt := parseAddresses(h.get("reply-to"), fallbacks); len(rt) > 0 {
		m.ReplyToName, m.ReplyToEmail = rt[0].Name, rt[0].Email
	}
	for _, a := range h.addresses("to", fallbacks) {
		m.To = append(m.To, a.String())
	}
	for _, a := range h.addresses("cc", fallbacks) {
		m.Cc = append(m.Cc, a.String())
	}
	m.Subject = subject(h, fallbacks)
	if t, ok := headerDate(h, received); ok {
		m.Date = &t
	} else if !received.IsZero() {
		r := received
		m.Date = &r
	}
	m.Text = p.text()
	if m.Text == "" {
		m.Text = tidyText(strings.Join(p.namedText, "\n\n"))
	}
	m.Text = clearSigned(stripBanner(m.Text))
	if own := strings.TrimSpace(m.Text); len(p.attachedText) > 0 && utf8.RuneCountInString(own) <= 200 && seeAttached.MatchString(own) {
		m.Letter = tidyText(strings.Join(p.attachedText, "\n\n"))
	}
	m.Attachments = p.attachments
	m.Original = p.original
	m.Auto, m.AutoReason = automatic(h, ct, params, m.FromName, m.FromEmail, m.Subject)
	if !m.Auto && slices.ContainsFunc(p.attachments, isDeliveryStatus) {
		// A delivery report inside a multipart/mixed (as some relays and Exchange send a
		// bounce) says what a multipart/report says.
		m.Auto, m.AutoReason = true, "message/delivery-status"
	}
	if !m.Auto && p.original != nil && returnWords.MatchString(m.Subject) {
		// A delivery system that reports in words of its own (网易企业邮箱's "邮件未能成功送达")
		// but returns the message it could not deliver.
		m.Auto, m.AutoReason = true, "bounce subject: "+strings.TrimSpace(m.Subject)
	}
	if !m.Auto && (strings.HasPrefix(strings.ToUpper(p.tnefClass), "REPORT.") || meetingAnswerClass(p.tnefClass)) {
		// A read receipt or delivery report, or an answer to a meeting request, that Outlook
		// sent as winmail.dat.
		m.Auto, m.AutoReason = true, "winmail.dat: "+p.tnefClass
	}
	if !m.Auto && meetingAnswer[p.calendarMethod] {
		m.Auto, m.AutoReason = true, "text/calendar; method="+p.calendarMethod
	}
	if !m.Auto {
		if says := autoReplyText(m.Text); says != "" {
			m.Auto, m.AutoReason = true, "text: "+says
		} else if says := recallText(m.Subject, m.Text); says != "" {
			m.Auto, m.AutoReason = true, "recall: "+says
		} else if says := receiptText(m.Subject, m.Text); says != "" {
			m.Auto, m.AutoReason = true, "receipt: "+says
		} else if says := systemText(m.Subject, m.Text); says != "" && (m.ReplyToEmail == "" || strings.EqualFold(m.ReplyToEmail, m.FromEmail)) {
			// Not a notice naming someone to answer in Reply-To: a web form's, of a visitor.
			m.Auto, m.AutoReason = true, "text: "+says
		}
	}
	m.Spam = spamMark(h)
	switch {
	case m.Auto:
		if m.Text == "" { // text() trims
			// A bounce returning the office's own letter must not read as that letter; what
			// the delivery report says is why it came back.
			m.Text = deliveryReport(p.attachments, fallbacks)
		}
	default:
		m.Forwarded = forwardIn(m.Subject, m.Text, p.attachments, fallbacks, maxForwards)
		if m.Text == "" && m.Forwarded != nil {
			m.Text = m.Forwarded.Text
		}
		if own := strings.TrimSpace(m.Text); m.Forwarded == nil && m.Letter == "" && m.FromEmail != "" &&
			utf8.RuneCountInString(own) <= 200 && seeAttached.MatchString(own) {
			// "附件是我11月13日发给贵部门的邮件，到现在没有任何回复": the writer's own earlier
			// mail, attached whole, is their letter.
			if f := attachedForward(p.attachments, fallbacks, 1); f != nil && strings.EqualFold(f.FromEmail, m.FromEmail) {
				m.Letter = f.Text
			}
		}
	}
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		m.Problem = ProblemEmpty
	case len(h) == 0:
		// A header of MIME fields alone is a header: such a message is kept for having no
		// sender, which is what the clerk needs to hear.
		m.Problem = ProblemNoHeaders
	case (sealed(ct, params) && !p.opened || p.sealedInside) && strings.TrimSpace(m.Text) == "" && !m.Auto:
		// Opened as a complaint it would say nothing; the clerk asks the sender instead.
		m.Problem = ProblemEncrypted
	case !m.Auto && (inlineEncrypted(m.Text) || p.pgpInside && utf8.RuneCountInString(strings.TrimSpace(m.Text)) <= 20):
		// Encrypted in the text itself, or OpenPGP's parts rewrapped by a server (Google
		// Workspace, Exchange) beside a word of its own ("Empty Message", "--").
		m.Problem = ProblemEncrypted
	}
	return m
}

// macLines is a message whose lines all end in a carriage return alone, as the old Mac OS wrote
// them (mail saved there, and sisimai's set of them), with line ends a reader knows; any other
// message as it is.
func macLines(raw []byte) []byte {
	if bytes.IndexByte(raw, '\n') >= 0 || bytes.IndexByte(raw, '\r') < 0 {
		return raw
	}
	return bytes.ReplaceAll(raw, []byte("\r"), []byte("\r\n"))
}

// ParseHeader decodes only the header of a message too large to parse, so that the clerk sees
// who sent it and what it is about.
func ParseHeader(head []byte, size int64, limit int64, received time.Time) Mail {
	h, _ := readMessageHeader(head)
	fallbacks := headerCharsets(h, nil)
	m := Mail{ReceivedAt: received, Oversize: true,
		MessageID:    messageID(h.get("message-id")),
		HeaderDigest: headerDigest(h),
		Subject:      subject(h, fallbacks),
		Problem: fmt.Sprintf("the message is %s, over the %s limit: it was stored as received without being read",
			megabytes(size), megabytes(limit)),
	}
	m.FromName, m.FromEmail = sender(h, fallbacks)
	if t, ok := headerDate(h, received); ok {
		m.Date = &t
	} else if !received.IsZero() {
		m.Date = &received
	}
	return m
}

// Thread reads from a message's header what ties it to others: its subject, the message it
// answers and the ones before that. It is enough to tell, before fetching a message, whether
// it answers a complaint.
func Thread(head []byte) (subj, parent string, references []string) {
	h, _ := readMessageHeader(head)
	return subject(h, headerCharsets(h, nil)), inReplyTo(h), msgIDs(h.get("references"))
}

// inReplyTo is the message an In-Reply-To names: the last, when a mailer lists several.
func inReplyTo(h header) string {
	if ids := msgIDs(h.get("in-reply-to")); len(ids) > 0 {
		return ids[len(ids)-1]
	}
	return ""
}

// headerDate is the first Date field that can be read: a relay that adds a second Date after a
// broken one should not cost the message its date. A "CST" date is settled by when the office's
// server took the message in, its last relay's Received line, or else received: a message
// saved and imported from a file is received when it is imported.
func headerDate(h header, received time.Time) (time.Time, bool) {
	for _, f := range h {
		if f.key == "date" {
			arrived := received
			if strings.Contains(strings.ToLower(f.value), "cst") {
				if t, ok := relayed(h); ok {
					arrived = t
				}
			}
			if t, ok := parseDate(f.value, arrived); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// relayed is the time on the topmost Received line, the office's own server's ("…; Wed, 2 Dec
// 2026 10:00:05 +0800"), when it gives one with its zone in digits.
func relayed(h header) (time.Time, bool) {
	v := h.get("received")
	i := strings.LastIndexByte(v, ';')
	if i < 0 {
		return time.Time{}, false
	}
	d := strings.TrimSpace(v[i+1:])
	if namedZone(d) {
		return time.Time{}, false
	}
	return parseDate(d, time.Time{})
}

// subject is the Subject on one line: its folds and runs of white space one space each, the
// ideographic spaces (U+3000) a Chinese or Japanese subject is set with kept where they stand,
// without the mark a company's mail gateway put before it.
func subject(h header, fallbacks []string) string {
	words := strings.FieldsFunc(stripControls(decodeText(h.get("subject"), fallbacks)), func(r rune) bool {
		return r < utf8.RuneSelf && unicode.IsSpace(r)
	})
	return stripGatewayTag(strings.TrimFunc(strings.Join(words, " "), unicode.IsSpace))
}

// headerDigest is a short hash of From, Date and Subject exactly as written.
func headerDigest(h header) string {
	sum := sha256.Sum256([]byte(h.get("from") + "\x00" + h.get("date") + "\x00" + h.get("subject")))
	return hex.EncodeToString(sum[:8])
}

func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// headerCharsets are the charsets to try for raw 8-bit header bytes: the first declared in the
// message, then those named by encoded words in the header.
func headerCharsets(h header, body []byte) []string {
	var out []string
	add := func(cs string) {
		cs = normalizeLabel(cs)
		if cs == "" || cs == "us-ascii" || cs == "utf-8" || cs == "unknown-8bit" {
			return
		}
		for _, x := range out {
			if x == cs {
				return
			}
		}
		out = append(out, cs)
	}
	_, params := mediaType(h.get("content-type"), nil)
	add(params["charset"])
	if params["charset"] == "" && len(body) > 0 {
		// The first part of a multipart says what the sender's mail program writes.
		lb := strings.ToLower(string(body[:min(len(body), 8192)]))
		if i := strings.Index(lb, "charset="); i >= 0 {
			v := strings.TrimLeft(lb[i+len("charset="):], `"'`)
			if j := strings.IndexAny(v, "\"'; \t\r\n"); j > 0 {
				add(v[:j])
			}
		}
	}
	for _, f := range h {
		for _, m := range encodedWord.FindAllStringSubmatch(f.value, -1) {
			add(m[1])
		}
	}
	// Raw 8-bit header fields that nothing labels: all of them together say better than any one
	// whether they are Big5 rather than GBK.
	if !anyCJK(out) {
		var raw []byte
		for _, f := range h {
			if !utf8.ValidString(f.value) {
				raw = append(append(raw, f.value...), '\n')
			}
		}
		if len(raw) > 0 && chineseCharset(raw) == "big5" {
			add("big5")
		}
	}
	return out
}

// anyCJK says whether a list of charsets names a Chinese, Japanese or Korean one.
func anyCJK(charsets []string) bool {
	for _, cs := range charsets {
		switch {
		case strings.HasPrefix(cs, "gb"), strings.Contains(cs, "big5"), strings.Contains(cs, "jp"),
			strings.Contains(cs, "jis"), strings.Contains(cs, "kr"), cs == "hz-gb-2312":
			return true
		}
	}
	return false
}

// parser collects the readable text and the attachments while walking the MIME tree.
type parser struct {
	fallbacks []string
	// texts are the message's text parts, in the order they come in it.
	texts []textPiece
	// entitiesInPlain says the mail program wrote its plain text from its HTML and left the
	// HTML's entities in it ("&nbsp;"), as QQ Mail does.
	entitiesInPlain bool
	// namedText is the text of text parts that are not the message's text but no attachment
	// either (a text or HTML part with a file name, text of a kind no reader knows) and of
	// winmail.dat: the text when the message has no other.
	namedText []string
	// attachedText is the text of plain-text files attached (a letter written in Notepad).
	attachedText []string
	attachments  []Attachment
	original     *Original
	// tnefClass is the Outlook message class of a winmail.dat: "REPORT.IPM.Note.IPNRN" for a
	// read receipt.
	tnefClass string
	// pgpInside says a part is OpenPGP's encrypted-message marker (application/pgp-encrypted),
	// wherever it stands.
	pgpInside bool
	// calendarMethod is what the first calendar part (text/calendar) is, "REQUEST", "REPLY",
	// "CANCEL"…; "" when there is none.
	calendarMethod string
	// opened says an S/MIME part turned out to be signed, not encrypted, and its content was
	// read; sealedInside, that what it carried is encrypted.
	opened, sealedInside bool
}

// readableText says whether a part of type ct is text to read: any text/ type but those of data
// that programs read (calendars, address cards, style sheets, scripts, tables, XML) and the
// header of a returned message.
func readableText(ct string) bool {
	sub, ok := strings.CutPrefix(ct, "text/")
	if !ok {
		return false
	}
	switch sub {
	case "calendar", "x-vcalendar", "vcard", "x-vcard", "directory", "css", "javascript", "ecmascript",
		"csv", "tab-separated-values", "xml", "rfc822-headers", "x-amp-html", "watch-html":
		return false
	}
	return true
}

// binaryBytes says whether the bytes of a part labelled text are a file: a zip, a picture or a
// program sent as "text/html" to slip past filters, or a file whose type the sender wrote wrong
// ("unknown", read as text/plain). They start as such a file does, or many of their first bytes
// are control characters no text has (NUL aside: UTF-16 has it in every other byte).
func binaryBytes(b []byte, charset string) bool {
	label := normalizeLabel(charset)
	if wide(label) {
		return false
	}
	// ISO-2022-KR and -CN shift in and out of Korean and Chinese with SO and SI around every run.
	shifts := strings.HasPrefix(label, "iso-2022")
	for _, sig := range fileSignatures {
		if bytes.HasPrefix(b, []byte(sig)) {
			return true
		}
	}
	head := b[:min(len(b), 1024)]
	controls := 0
	for _, c := range head {
		if shifts && (c == 0x0e || c == 0x0f) {
			continue
		}
		if c < 0x20 && c != 0 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f {
			controls++
		}
	}
	return controls*10 > len(head)
}

// fileSignatures are how files that come as text to hide what they are begin: zip, PDF, PNG,
// GIF, JPEG, Windows programs, Office's compound files, RAR and 7-Zip.
var fileSignatures = []string{"PK\x03\x04", "%PDF-", "\x89PNG\r\n", "GIF87a", "GIF89a", "\xff\xd8\xff", "MZ\x90\x00",
	"\xd0\xcf\x11\xe0", "Rar!\x1a\x07", "7z\xbc\xaf"}

// textPiece is a text part of a message: plain text, or the text of an HTML page.
type textPiece struct {
	text string
	html bool
}

// parts are the texts of the parser's plain parts, or of its HTML parts.
func (p *parser) parts(html bool) []string {
	var out []string
	for _, t := range p.texts {
		if t.html == html {
			out = append(out, t.text)
		}
	}
	return out
}

// text is the message's text: its plain parts, in the order they come, with the HTML parts
// beside them (not alternatives to them: alternatives leave only the one chosen) where they
// are, when they say something the plain text does not; its HTML parts when it has no plain one.
func (p *parser) text() string {
	plain := p.parts(false)
	if len(plain) == 0 {
		return tidyText(strings.Join(p.parts(true), "\n\n"))
	}
	said := squash(strings.Join(plain, ""))
	var out []string
	for _, t := range p.texts {
		if !t.html {
			out = append(out, t.text)
			continue
		}
		if h := tidyText(t.text); h != "" && !strings.Contains(said, squash(h)) {
			out = append(out, h)
			said += squash(h)
		}
	}
	return tidyPlain(strings.Join(out, "\n\n"))
}

// squash is text with its white space removed, to see whether one text holds another.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// asText is h with its Content-Type made text/plain in charset.
func asText(h header, charset string) header {
	out := make(header, 0, len(h)+1)
	for _, f := range h {
		if f.key != "content-type" {
			out = append(out, f)
		}
	}
	ct := "text/plain"
	if charset != "" {
		ct += "; charset=\"" + strings.ReplaceAll(charset, `"`, "") + "\""
	}
	return append(out, field{key: "content-type", value: ct})
}

// entity handles one MIME entity and returns its content type and parameters. defaultType is
// what a part without Content-Type is (text/plain, or message/rfc822 inside a digest); parent is
// the enclosing multipart's subtype.
func (p *parser) entity(h header, body []byte, depth int, defaultType, parent string) (string, map[string]string) {
	ct, params := p.contentType(h, body)
	if ct == "" || !strings.Contains(ct, "/") {
		ct = defaultType
	}
	if ct == "application/xhtml+xml" {
		ct = "text/html" // HTML written as XML, as some webmail sends its text
	}
	if strings.HasPrefix(ct, "multipart/") && depth < maxDepth {
		child := "text/plain"
		if ct == "multipart/digest" {
			child = "message/rfc822"
		}
		sub := strings.TrimPrefix(ct, "multipart/")
		parts := multipartParts(body, params["boundary"])
		if len(parts) == 1 && len(parts[0]) == len(body) {
			if ph, _ := readHeader(body); len(ph) == 0 {
				// Not a boundary nor a part's header in it: the body is the text, in the
				// entity's own transfer encoding (quoted-printable, say).
				p.entity(asText(h, params["charset"]), body, depth+1, "text/plain", parent)
				return ct, params
			}
		}
		if sub == "alternative" {
			p.alternatives(parts, depth+1)
			return ct, params
		}
		for i, part := range parts {
			ph, pb := readHeader(part)
			kind := sub
			if sub == "report" && i > 0 {
				kind = "report-detail"
			}
			p.entity(ph, pb, depth+1, child, kind)
		}
		return ct, params
	}
	disp, dparams := mediaType(h.get("content-disposition"), p.fallbacks)
	filename := cleanFilename(dparams["filename"])
	// Senders that write both often get one of them wrong; the readable one wins.
	if name := cleanFilename(params["name"]); filename == "" || (unreadable(filename) && name != "" && !unreadable(name)) {
		filename = name
	}
	if filename == "" && !strings.HasPrefix(ct, "text/") {
		// Some old mailers name a file in a "file" parameter ("file=\"ATTACHMENT.EXE\"").
		filename = cleanFilename(cmp.Or(dparams["file"], params["file"]))
	}
	if parent == "alternative" && filename == "" && (ct == "text/watch-html" || ct == "text/x-amp-html") {
		// The same text laid out for a watch (Nodemailer, Apple Mail) or as Gmail's AMP page:
		// another version to read, not a file the sender attached.
		return ct, params
	}
	if ct == "message/disposition-notification" {
		// The machine-readable half of a read receipt: the raw message keeps it.
		return ct, params
	}
	decoded := decodeTransfer(body, h.get("content-transfer-encoding"))
	cte := strings.ToLower(strings.TrimSpace(h.get("content-transfer-encoding")))
	if strings.HasPrefix(ct, "message/") && cte == "base64" && !wellFormedBase64(body) {
		// A message may not be base64 (RFC 2046 §5.2.1); one labelled so that is no base64
		// but starts with a header is the message as it stands, not the bytes read out of it.
		if mh, _ := readHeader(body); len(mh) > 0 {
			decoded = body
		}
	}
	switch cte {
	case "x-uuencode", "uuencode", "x-uue":
		if data, name, ok := uuDecodeBody(body); ok {
			decoded = data
			if filename == "" {
				filename = name
			}
		}
	}
	if ct == "application/pgp-encrypted" && len(bytes.TrimSpace(decoded)) < 64 {
		// OpenPGP's version part ("Version: 1"), not an encrypted file someone attached.
		p.pgpInside = true
	}
	if ct == "text/calendar" && p.calendarMethod == "" && disp != "attachment" && filename == "" {
		// The message's own calendar (an answer Outlook wrote), not a file someone attached.
		p.calendarMethod = calendarMethod(params["method"], decoded)
	}
	switch ct {
	case "message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers":
		if p.original == nil {
			p.original = originalOf(decoded, p.fallbacks)
		}
	}
	// text/enriched (RFC 1896) and the older text/richtext are marked-up text like HTML, read
	// by their own rules, so an Apple Mail alternative is no nameless attachment.
	marked := ct == "text/html" || ct == "text/enriched" || ct == "text/richtext"
	isText := (ct == "text/plain" || marked) && !binaryBytes(decoded, params["charset"])
	if isText && disp != "attachment" && filename == "" && parent != "report-detail" {
		text := decodeBytes(decoded, params["charset"], p.fallbacks)
		if marked {
			switch ct {
			case "text/enriched":
				text = enrichedText(text)
			case "text/richtext":
				text = richText(text)
			default:
				text = htmlText(text)
			}
			p.texts = append(p.texts, textPiece{text: text, html: true})
		} else {
			if strings.EqualFold(params["format"], "flowed") {
				if cte == "quoted-printable" {
					// The space that ends a flowed line is the text's, though quoted-printable
					// readers drop the spaces at the ends of lines as added in transport.
					text = decodeBytes(lenientQP(body), params["charset"], p.fallbacks)
				}
				text = unflow(text, strings.EqualFold(params["delsp"], "yes"))
			}
			if p.entitiesInPlain {
				text = html.UnescapeString(text)
			}
			text, files := uuFiles(text)
			p.attachments = append(p.attachments, files...)
			p.texts = append(p.texts, textPiece{text: text})
		}
		return ct, params
	}
	if (disp != "attachment" || filename == "" && isText) && parent != "report-detail" && readableText(ct) &&
		!binaryBytes(decoded, params["charset"]) {
		// Text that is not the message's text: a text or HTML part with a file name, text of a
		// kind no reader here knows (text/markdown, text/x-log: RFC 2046 reads them as plain
		// text), text marked as an attachment without a name (Email-MIME's nested-parts). When
		// the message has no other text, it is the text (and stays listed as the file it is).
		text := decodeBytes(decoded, params["charset"], p.fallbacks)
		if marked {
			text = htmlText(text)
		}
		p.namedText = append(p.namedText, text)
	} else if disp == "attachment" && ct == "text/plain" && len(decoded) <= maxLetter && !binaryBytes(decoded, params["charset"]) {
		p.attachedText = append(p.attachedText, decodeBytes(decoded, params["charset"], p.fallbacks))
	}
	a := Attachment{
		Filename:    filename,
		ContentType: ct,
		ContentID:   strings.Trim(strings.TrimSpace(h.get("content-id")), "<>"),
		Inline:      disp == "inline" || (disp == "" && parent == "related"),
		Data:        decoded,
	}
	if (ct == "application/pkcs7-mime" || ct == "application/x-pkcs7-mime") && depth < maxDepth {
		if content, ok := signedContent(decoded); ok {
			// Signed in the opaque way: the signed entity is read as part of the message, and
			// the signature stays listed as it came.
			ih, ib := readHeader(content)
			ict, iparams := p.entity(ih, ib, depth+1, "text/plain", parent)
			p.opened = true
			p.sealedInside = p.sealedInside || sealed(ict, iparams)
		}
	}
	if isTNEF(ct, filename, decoded) {
		// Outlook's winmail.dat: the files and the text inside it in its place. It stays listed
		// as it came when it cannot be read, and beside what was taken out of it when not all
		// of it could be.
		if t, err := readTNEF(decoded, p.fallbacks); err == nil {
			p.attachments = append(p.attachments, t.attachments...)
			if t.keep {
				p.attachments = append(p.attachments, a)
			}
			switch {
			case strings.TrimSpace(t.text) != "":
				p.namedText = append(p.namedText, t.text)
			case t.html != "":
				p.namedText = append(p.namedText, htmlText(t.html))
			}
			if p.tnefClass == "" {
				p.tnefClass = t.class
			}
			return ct, params
		}
	}
	p.attachments = append(p.attachments, a)
	return ct, params
}

// contentType reads the Content-Type. An entity with two of them usually has a body that follows
// only one: the one whose boundary the body uses wins, else the first.
func (p *parser) contentType(h header, body []byte) (string, map[string]string) {
	ct, params := mediaType(h.get("content-type"), p.fallbacks)
	if strings.HasPrefix(ct, "multipart/") && hasBoundary(body, params["boundary"]) {
		return ct, params
	}
	for _, f := range h[h.index("content-type")+1:] {
		if f.key != "content-type" {
			continue
		}
		other, otherParams := mediaType(f.value, p.fallbacks)
		if strings.HasPrefix(other, "multipart/") && hasBoundary(body, otherParams["boundary"]) {
			return other, otherParams
		}
	}
	return ct, params
}

func hasBoundary(body []byte, boundary string) bool {
	return boundary != "" && bytes.Contains(body, []byte("--"+boundary))
}

// deliveryReport is the text of the delivery-status parts of a bounce: for whom it failed and why.
func deliveryReport(attachments []Attachment, fallbacks []string) string {
	var parts []string
	for _, a := range attachments {
		if isDeliveryStatus(a) {
			parts = append(parts, decodeBytes(a.Data, "", fallbacks))
		}
	}
	return tidyText(strings.Join(parts, "\n\n"))
}

// isDeliveryStatus says whether a part is the delivery report of a bounce.
func isDeliveryStatus(a Attachment) bool {
	return a.ContentType == "message/delivery-status" || a.ContentType == "message/global-delivery-status"
}

// originalOf reads the header of a message carried inside another.
func originalOf(msg []byte, fallbacks []string) *Original {
	h, body := readMessageHeader(msg)
	o := &Original{MessageID: messageID(h.get("message-id")), References: msgIDs(h.get("references")),
		InReplyTo: inReplyTo(h), Subject: subject(h, append(headerCharsets(h, body), fallbacks...))}
	if o.Subject == "" && o.MessageID == "" && o.InReplyTo == "" && len(o.References) == 0 {
		return nil
	}
	return o
}

// alternatives keeps the text of the plainest version (text/plain over HTML) and the
// attachments of all of them: inline images usually hang off the HTML version.
func (p *parser) alternatives(parts [][]byte, depth int) {
	var best, marked *parser // marked: the last version with HTML text
	for _, part := range parts {
		ph, pb := readHeader(part)
		sub := &parser{fallbacks: p.fallbacks, entitiesInPlain: p.entitiesInPlain}
		sub.entity(ph, pb, depth, "text/plain", "alternative")
		p.attachments = append(p.attachments, sub.attachments...)
		if p.calendarMethod == "" {
			p.calendarMethod = sub.calendarMethod
		}
		if hasText(sub.parts(true)) {
			marked = sub
		}
		switch {
		case best == nil:
			best = sub
		case hasText(sub.parts(false)):
			// Alternatives come in the sender's order of preference, best last (RFC 2046 §5.1.4);
			// plain text is what a clerk reads, so the last plain one wins.
			best = sub
		case !hasText(best.parts(false)) && !hasText(best.parts(true)):
			// An empty plain part next to a filled HTML one is common in mass mail.
			best = sub
		}
	}
	// A plain version that only asks for a mail program able to show HTML says nothing of the
	// complaint: the HTML version is read instead.
	if best != nil && marked != nil && best != marked && htmlStub(strings.Join(best.parts(false), "\n"), strings.Join(marked.parts(true), "\n")) {
		best = marked
	}
	if best != nil {
		p.texts = append(p.texts, best.texts...)
		p.namedText = append(p.namedText, best.namedText...)
	}
}

// htmlStub says whether plain is the short notice some senders put in place of a plain version
// ("This is an HTML message…", "如果邮件无法正常显示，请用浏览器查看", "&nbsp;") next to an HTML
// version with far more to say (twice as much beside such a notice's words, three times as much
// beside any), or the start of the HTML version's text, cut short.
func htmlStub(plain, html string) bool {
	p, t := squash(plain), squash(html)
	n, h := utf8.RuneCountInString(p), utf8.RuneCountInString(t)
	switch {
	case n > 300 || h < n+50:
		return false
	case n > 0 && strings.Contains(t, p):
		return true
	case h < 2*n+50:
		return false
	}
	return h >= 3*n+50 || stubWords.MatchString(plain)
}

var stubWords = quickre.MustCompile(`(?i)html|browser|web ?version|view (this|the) (e-?mail|message)|浏览器|网页版|網頁版|瀏覽器|无法(正常)?显示|無法(正常)?顯示`)

func hasText(parts []string) bool {
	for _, s := range parts {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}

func unreadable(s string) bool {
	return strings.ContainsAny(s, "?\uFFFD")
}

func cleanFilename(name string) string {
	// A line break (a fold, an encoded one) or a tab is a space; the spaces the sender typed
	// ("申请表  第2页.pdf") stay as they are, as the file is named.
	name = strings.TrimSpace(stripControls(filenameBreaks.Replace(name)))
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return name
}

// filenameBreaks turn the line breaks and tabs of a file name into spaces, a fold (a break and
// the white space after it) into one space.
var filenameBreaks = strings.NewReplacer("\r\n ", " ", "\r\n\t", " ", "\n ", " ", "\n\t", " ", "\r\n", " ", "\r", " ", "\n", " ", "\t", " ")

// maxHeaderText bounds HeaderText: a real header is a few kilobytes, a hostile one can be any size.
const maxHeaderText = 64 << 10

// HeaderText is the header of a raw message as it came, line for line (Received, Return-Path,
// Date, the mail program…), for the clerk to read: bytes that are not UTF-8 are read in the
// message's own charset. A message without a header has none ("").
func HeaderText(raw []byte) string {
	h, body := readMessageHeader(macLines(raw))
	if len(h) == 0 {
		return ""
	}
	head := raw[:len(raw)-len(body)]
	cut := len(head) > maxHeaderText
	if cut {
		head = head[:maxHeaderText]
	}
	text := strings.TrimRight(strings.ReplaceAll(string(head), "\r\n", "\n"), "\n")
	if !utf8.ValidString(text) {
		text = decodeBytes([]byte(text), "", headerCharsets(h, body))
	}
	text = strings.ToValidUTF8(text, "\uFFFD")
	if strings.Contains(text, "=?") {
		text = withDecodedWords(text, headerCharsets(h, body))
	}
	if cut {
		text += "\n…"
	}
	return text
}

// withDecodedWords is a header's text with, under each field written in RFC 2047's encoded
// words, the field as it reads: "From: =?utf-8?b?5YmN5Y+wIOadjuWonA==?= <lina@…>" is followed by
// "  → 前台 李娜 <lina@…>".
func withDecodedWords(text string, fallbacks []string) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && (strings.HasPrefix(lines[j], " ") || strings.HasPrefix(lines[j], "\t")) {
			j++ // the field's folded lines
		}
		field := strings.Join(lines[i:j], "\n")
		b.WriteString(field)
		if _, value, ok := strings.Cut(field, ":"); ok && strings.Contains(value, "=?") {
			value = strings.Join(strings.Fields(value), " ")
			if decoded := strings.Join(strings.Fields(decodeText(value, fallbacks)), " "); decoded != value {
				b.WriteString("\n  → " + decoded)
			}
		}
		if j < len(lines) {
			b.WriteString("\n")
		}
		i = j
	}
	return b.String()
}
