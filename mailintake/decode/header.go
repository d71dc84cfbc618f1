package decode

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/quickre"
)

// field is one header line, unfolded, with its value as raw bytes (8-bit headers are common).
type field struct {
	key   string // lower case
	value string
}

type header []field

func (h header) get(key string) string {
	if i := h.index(key); i >= 0 {
		return h[i].value
	}
	return ""
}

// addresses reads every field named key, in order: some mailers write To or Cc twice.
func (h header) addresses(key string, fallbacks []string) []address {
	var out []address
	for _, f := range h {
		if f.key == key {
			out = append(out, parseAddresses(f.value, fallbacks)...)
		}
	}
	return out
}

// index is the position of the first field named key, -1 when there is none.
func (h header) index(key string) int {
	for i, f := range h {
		if f.key == key {
			return i
		}
	}
	return -1
}

func (h header) has(key string) bool { return h.index(key) >= 0 }

// readMessageHeader reads the header of a whole message. Some messages arrive with a few lines
// in front of it, blank lines, SMTP commands or a stray Received line that lost its name; those
// lines are skipped when a header with a sender, subject, date or Message-ID follows them, and
// so is the byte order mark Windows' Notepad writes at the start of a file it saves.
func readMessageHeader(b []byte) (header, []byte) {
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	h, body := readHeader(b)
	if h != nil {
		return moreHeader(h, body)
	}
	rest := b
	for range maxLinesBeforeHeader {
		line, next := cutLine(rest)
		if next == nil || len(bytes.TrimSpace(line)) != 0 {
			break
		}
		rest = next
	}
	if found, after := readHeader(rest); len(rest) < len(b) && isMessageHeader(found) {
		return moreHeader(found, after)
	}
	// A field a broken mailer indented (" From: …" on the first line) is the header's all the
	// same; other lines before the header are stray text.
	var indented header
	for range maxLinesBeforeHeader {
		line, next := cutLine(rest)
		if len(bytes.TrimSpace(line)) == 0 {
			break
		}
		if k, v, ok := splitField(bytes.TrimSpace(line)); ok && (line[0] == ' ' || line[0] == '\t') {
			indented = append(indented, field{k, v})
		}
		rest = next
		found, after := readHeader(rest)
		if isMessageHeader(found) {
			return append(indented, found...), after
		}
		if found != nil {
			break // a header of other fields: the lines after it are no message header either
		}
	}
	return nil, body
}

const maxLinesBeforeHeader = 20

// isMessageHeader says whether h names what a message's header names: its sender, subject, date
// or Message-ID.
func isMessageHeader(h header) bool {
	return h.has("from") || h.has("subject") || h.has("date") || h.has("message-id")
}

// moreHeader reads on past blank lines that a broken mailer put inside the header: when what came
// before them names neither sender, subject nor content type, and a header of several fields
// naming a sender or subject follows them, the two are one header. A single "From: x@y" line
// after the blank line is the text's first line.
func moreHeader(h header, body []byte) (header, []byte) {
	if h.has("from") || h.has("subject") || h.has("content-type") {
		return h, body
	}
	rest := body
	for range maxBlankLinesInHeader {
		line, next := cutLine(rest)
		if len(bytes.TrimSpace(line)) != 0 {
			break
		}
		rest = next
	}
	if more, after := readHeader(rest); len(more) > 1 && (more.has("from") || more.has("subject")) {
		return append(h, more...), after
	}
	return h, body
}

const maxBlankLinesInHeader = 5

// readHeader splits an entity into its header and body. It never fails: an mbox "From " line
// is skipped, a malformed line inside the header is dropped when header fields follow it, and
// otherwise starts the body (a mailer that left out the blank line), and an entity whose first
// line is not a header line has no header at all.
func readHeader(b []byte) (header, []byte) {
	var h header
	rest := b
	first, dropping := true, false
	for len(rest) > 0 {
		line, next := cutLine(rest)
		trimmed := bytes.TrimRight(line, "\r")
		switch {
		case len(trimmed) == 0:
			return h, next
		case first && bytes.HasPrefix(trimmed, []byte("From ")) && !isField(trimmed):
			// mbox separator
		case trimmed[0] == ' ' || trimmed[0] == '\t':
			switch {
			case dropping: // the rest of a malformed field
			case len(h) > 0:
				h[len(h)-1].value += " " + strings.TrimSpace(string(trimmed))
			case first:
				return nil, b
			}
		default:
			key, value, ok := splitField(trimmed)
			if !ok {
				if len(h) == 0 {
					return nil, b
				}
				if bytes.HasPrefix(trimmed, []byte("--")) {
					// A boundary line: the body starts there, the blank line before it left out
					// (or only a space on it, which reads as a folded line).
					return h, rest
				}
				// A parameter that lost the space folding it into the Content-Type above
				// (`charset="BIG-5"` on a line of its own, as bulk mailers write it) is read
				// as part of it when the header ends or goes on after it.
				if at := h.index("content-type"); at >= 0 && lostParameter.Match(trimmed) &&
					(blankLine(next) || fieldFollows(next)) {
					h[at].value += "; " + string(bytes.TrimSpace(trimmed))
					break
				}
				// A malformed field is dropped when the header goes on after it: with a known
				// field, or with a folded line of its own (a field name with spaces in it, a
				// recipient or a file name that lost its indent). A line of text in Chinese is
				// the text, indented lines after it too (a message whose blank line after the
				// header was lost).
				if !fieldFollows(next) && !(folded(next) && headerish(trimmed)) {
					return h, rest
				}
				dropping = true
				break
			}
			dropping = false
			h = append(h, field{key: key, value: value})
		}
		first = false
		rest = next
	}
	return h, nil
}

// lostParameter is a MIME parameter alone on a line: `charset="BIG-5"`, `name=a.pdf;`.
var lostParameter = quickre.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*\*?=("[^"]*"|[^\s";]+);?\s*$`)

// headerish says whether line may be part of a header: ASCII up to its colon, or throughout
// when it has none (an encoded word, a parameter); not a line of text in Chinese.
func headerish(line []byte) bool {
	if i := bytes.IndexByte(line, ':'); i > 0 {
		line = line[:i]
	}
	for _, c := range line {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// blankLine says whether b starts with an empty line, or ends.
func blankLine(b []byte) bool {
	line, _ := cutLine(b)
	return len(bytes.TrimRight(line, "\r")) == 0
}

// folded says whether b starts with a header's continuation line.
func folded(b []byte) bool {
	line, _ := cutLine(b)
	return len(line) > 0 && (line[0] == ' ' || line[0] == '\t') && len(bytes.TrimSpace(line)) > 0
}

// fieldFollows says whether a header field a message or part is known to carry comes before the
// next blank line of b.
func fieldFollows(b []byte) bool {
	for len(b) > 0 {
		line, next := cutLine(b)
		line = bytes.TrimRight(line, "\r")
		if len(line) == 0 {
			return false
		}
		if key, _, ok := splitField(line); ok && (knownFields[key] || strings.HasPrefix(key, "content-") ||
			strings.HasPrefix(key, "x-")) {
			return true
		}
		b = next
	}
	return false
}

var knownFields = map[string]bool{"from": true, "to": true, "cc": true, "bcc": true, "subject": true, "date": true,
	"sender": true, "reply-to": true, "message-id": true, "in-reply-to": true, "references": true,
	"mime-version": true, "received": true, "return-path": true, "delivered-to": true, "precedence": true,
	"auto-submitted": true, "thread-topic": true, "thread-index": true, "importance": true, "priority": true}

func cutLine(b []byte) (line, rest []byte) {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i], b[i+1:]
	}
	return b, nil
}

func isField(line []byte) bool {
	_, _, ok := splitField(line)
	return ok
}

func splitField(line []byte) (key, value string, ok bool) {
	i := bytes.IndexByte(line, ':')
	// RFC 5322's obsolete syntax allows white space between the name and the colon.
	name := bytes.TrimRight(line[:max(i, 0)], " \t")
	if len(name) == 0 {
		return "", "", false
	}
	for _, c := range name {
		if c <= ' ' || c >= 0x7f {
			return "", "", false
		}
	}
	return strings.ToLower(string(name)), strings.TrimSpace(string(line[i+1:])), true
}

// encodedWord is an RFC 2047 encoded word. Its text may hold spaces, which some mailers leave
// unencoded ("=?UTF-8?Q? Personal=C3=A4nderung?="): it ends at the first "?=" all the same.
var encodedWord = quickre.MustCompile(`=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=`)

// encodedWordHere is an encoded word at the start of a string.
var encodedWordHere = quickre.MustCompile(`^` + encodedWord.String())

// decodeText turns a raw header value into text: 8-bit bytes in the best charset, then RFC 2047
// encoded words. Adjacent words of one charset are joined before conversion, so a character split
// across two words survives. A run that is not text in its charset stays as written, except a
// fragment of a single character, which becomes "?".
func decodeText(raw string, fallbacks []string) string {
	s := raw
	switch {
	case !utf8.ValidString(s) || strings.Contains(s, "\x1b$"): // raw 8-bit bytes, or 7-bit ISO-2022
		s = decodeBytes([]byte(s), "", fallbacks)
	case strings.Contains(s, "~{") && slices.Contains(fallbacks, "hz-gb-2312"):
		// HZ, GB2312 in 7 bits between "~{" and "~}", as Windows' Simple MAPI writes a subject
		// in the charset of its text.
		s = decodeBytes([]byte(s), "hz-gb-2312", fallbacks)
	}
	if !strings.Contains(s, "=?") {
		return s
	}
	var out strings.Builder
	var runCharset string
	var runBytes []byte
	var runText strings.Builder
	flush := func() {
		if runCharset == "" {
			return
		}
		out.WriteString(decodeRun(runCharset, runBytes, runText.String(), fallbacks))
		runCharset, runBytes = "", nil
		runText.Reset()
	}
	last := 0
	for _, m := range encodedWord.FindAllStringSubmatchIndex(s, -1) {
		between := s[last:m[0]]
		cs := normalizeLabel(s[m[2]:m[3]])
		if i := strings.IndexByte(cs, '*'); i >= 0 { // RFC 2231 language suffix
			cs = cs[:i]
		}
		enc, text := s[m[4]:m[5]], s[m[6]:m[7]]
		b, ok := decodeWordBytes(enc, text)
		if !ok {
			flush()
			out.WriteString(s[last:m[1]])
			last = m[1]
			continue
		}
		if strings.TrimSpace(between) != "" || runCharset == "" {
			flush()
			out.WriteString(between)
		} else if runCharset != cs {
			flush()
		}
		runCharset = cs
		runBytes = append(runBytes, b...)
		runText.WriteString(s[m[0]:m[1]])
		last = m[1]
	}
	flush()
	out.WriteString(s[last:])
	return out.String()
}

// mostlyUTF8 tells text with a damaged character or two, which reads best as UTF-8 with a
// replacement mark, from bytes in some other charset that only claim to be UTF-8.
func mostlyUTF8(b []byte) bool {
	bad := 0
	for rest := b; len(rest) > 0; {
		r, n := utf8.DecodeRune(rest)
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		rest = rest[n:]
	}
	return bad <= 2 && bad*8 <= len(b)
}

func decodeWordBytes(enc, text string) ([]byte, bool) {
	if enc == "b" || enc == "B" {
		text = strings.TrimRight(text, "=")
		b, err := base64.RawStdEncoding.DecodeString(text)
		if err != nil {
			// A stray character in the word (a quote, a space: "=?gb2312?B?t8e5q7nY"?=") is
			// passed over, as Python's email package does.
			clean := strings.Map(func(r rune) rune {
				if r < utf8.RuneSelf && isBase64Char(byte(r)) {
					return r
				}
				return -1
			}, text)
			if clean == text || len(clean)%4 == 1 {
				return nil, false
			}
			if b, err = base64.RawStdEncoding.DecodeString(clean); err != nil {
				return nil, false
			}
		}
		return b, true
	}
	var out []byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '_':
			out = append(out, ' ')
		case c == '=' && i+2 < len(text) && isHex(text[i+1]) && isHex(text[i+2]):
			out = append(out, unhex(text[i+1])<<4|unhex(text[i+2]))
			i += 2
		default:
			out = append(out, c)
		}
	}
	return out, true
}

func decodeRun(cs string, b []byte, written string, fallbacks []string) string {
	switch cs {
	case "utf-8", "unknown-8bit", "x-unknown", "us-ascii", "":
		if utf8.Valid(b) {
			return string(b)
		}
		if cs != "utf-8" {
			return decodeBytes(b, "", fallbacks)
		}
		if len(b) <= 3 {
			return strings.ToValidUTF8(string(b), "?")
		}
		if mostlyUTF8(b) {
			return strings.ToValidUTF8(string(b), "\uFFFD")
		}
		if s, ok := notUTF8(b, fallbacks); ok {
			return s
		}
		return written
	case "iso-2022-jp":
		if !isASCII(b) { // Shift_JIS under the 7-bit label: decodeBytes knows
			return decodeBytes(b, cs, fallbacks)
		}
	}
	s, err := convertLabelled(b, cs)
	if err != nil {
		// An unknown label on plain ASCII, as in "=?X-IAS-German?B?…": the bytes say it all.
		return decodeBytes(b, "", fallbacks)
	}
	return s
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// address is one decoded mailbox.
type address struct {
	Name  string
	Email string
}

// String is the mailbox as a clerk reads it: the name in its own script, not RFC 2047 encoded,
// quoted only when it holds a character that would split it.
func (a address) String() string {
	switch {
	case a.Name == "":
		return a.Email
	case a.Email == "":
		return a.Name
	case strings.ContainsAny(a.Name, `,;:<>()[]@"\`):
		return strconv.Quote(a.Name) + " <" + a.Email + ">"
	}
	return a.Name + " <" + a.Email + ">"
}

var localAddr = quickre.MustCompile(`<([^\s<>"',;:()\[\]@]+)>`)

var looseAddr = quickre.MustCompile(`[^\s<>"',;:()\[\]]+@[^\s<>"',;:()\[\]]+`)

var angledAddr = quickre.MustCompile(`<\s*([^\s<>"',;:()\[\]]+@[^\s<>"',;:()\[\]]+)\s*>`)

// angleAddrs finds each "name <address>" of a list a mailer forgot to separate.
var angleAddrs = quickre.MustCompile(`[^<>]*<[^<>]*>`)

// sender is who a message is from: the first From field that gives an address (a mailer may
// write a broken one before a good one), else the Sender. A From that names a local mailbox only
// ("From: 张三", "MAILER-DAEMON") holds when neither gives an address with a domain, and is the
// name when one does; a From without any address still gives its name. (The Reply-To is not the
// sender: where the complaint is answered when the From gives no address is the store's call.)
func sender(h header, fallbacks []string) (name, email string) {
	var local string // a mailbox without a domain
	for _, key := range []string{"from", "sender"} {
		for _, f := range h {
			if f.key != key {
				continue
			}
			list := parseAddresses(f.value, fallbacks)
			if len(list) == 0 {
				continue
			}
			a := list[0]
			switch {
			case strings.Contains(a.Email, "@"):
				switch {
				case a.Name != "":
					name = a.Name
				case name == "":
					name = local // "From: 张三" is a name
				}
				return name, a.Email
			case a.Email != "" && local == "":
				local = a.Email
				if name == "" {
					name = a.Name
				}
			case name == "" && key == "from":
				name = a.Name
			}
		}
	}
	return name, local
}

// parseAddresses reads an address header, standard first, then after decoding encoded words
// over the whole value (senders that encode the address itself), then by picking out whatever
// looks like an address.
func parseAddresses(raw string, fallbacks []string) []address {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil
	}
	text := raw
	if !utf8.ValidString(text) {
		text = decodeBytes([]byte(text), "", fallbacks)
	}
	// A name before an empty "<>" has no address, whatever the name holds: an Outlook sender on
	// Exchange ("Tests Chang@FT (張毓倫)", "王, 芳") is one mailbox without one, not an address
	// picked out of its name, nor two.
	if head, ok := strings.CutSuffix(text, "<>"); ok && strings.Count(text, "<") == 1 {
		head = strings.TrimSpace(head)
		if u, err := strconv.Unquote(head); err == nil && strings.HasPrefix(head, `"`) {
			head = u
		}
		if name := cleanName(decodeText(head, fallbacks)); name != "" {
			return []address{{Name: name}}
		}
	}
	p := mail.AddressParser{WordDecoder: passThroughWords}
	decodeName := func(name string) string { return decodeText(name, fallbacks) }
	if list, err := p.ParseList(text); err == nil && len(list) > 0 && validNames(list) {
		return addressesOf(list, decodeName)
	}
	// An encoded word is one word of the name, whatever it spells: "=?iso-8859-1?Q?B=FCrling,=20
	// Andreas?= <a@b.c>" is Andreas Bürling's one address, not two.
	if q := quoteEncodedWords(text); q != text {
		if list, err := p.ParseList(q); err == nil && len(list) > 0 && validNames(list) {
			return addressesOf(list, decodeName)
		}
	}
	decoded := decodeText(text, fallbacks)
	same := func(name string) string { return name }
	if list, err := p.ParseList(decoded); err == nil && len(list) > 0 {
		return addressesOf(list, same)
	}
	if list, err := p.ParseList(stripComments(decoded)); err == nil && len(list) > 0 {
		return addressesOf(list, same)
	}
	// Obsolete syntax (RFC 5322 s.4.4): folding white space around the dots and the "@" of an
	// address in angle brackets, "John Doe <jdoe@machine(comment).  example>".
	if obs := obsAddrSpace(stripComments(decoded)); obs != "" {
		if list, err := p.ParseList(obs); err == nil && len(list) > 0 {
			return addressesOf(list, same)
		}
	}
	// Groups written one after another without the comma between them: "one: a@b.c; two: d@e.f;".
	if sep := separateGroups(stripComments(decoded)); sep != "" {
		if list, err := p.ParseList(sep); err == nil && len(list) > 0 {
			return addressesOf(list, same)
		}
	}
	var out []address
	var parts []string
	for _, part := range splitAddressList(decoded) {
		// Addresses a mailer forgot to separate: "A <a@x> B <b@x>".
		if angled := angleAddrs.FindAllString(part, -1); len(angled) > 1 {
			parts = append(parts, angled...)
		} else if bare := looseAddr.FindAllString(part, -1); len(bare) > 1 &&
			strings.TrimSpace(looseAddr.ReplaceAllString(part, "")) == "" {
			// Bare addresses separated by spaces only: "a@x b@x".
			parts = append(parts, bare...)
		} else {
			parts = append(parts, part)
		}
	}
	for _, part := range parts {
		if a, err := p.Parse(part); err == nil {
			out = append(out, address{Name: cleanName(a.Name), Email: a.Address})
			continue
		}
		// The address in angle brackets is the mailbox, even when the name before it looks
		// like an address too ("alice@example.com <bob@example.com>"), and even when it is a
		// local mailbox without a domain ("Moderator <moderator>").
		loc := angledAddr.FindStringSubmatchIndex(part)
		if loc == nil {
			loc = localAddr.FindStringSubmatchIndex(part)
		}
		if loc != nil {
			loc = loc[2:4]
		} else if loc = looseAddr.FindStringIndex(part); loc == nil {
			if a, ok := bareSender(part); ok {
				out = append(out, a)
			}
			continue
		}
		email := strings.Trim(part[loc[0]:loc[1]], ".")
		name := strings.TrimSpace(part[:loc[0]] + part[loc[1]:])
		name = strings.Trim(name, ` <>"'`)
		out = append(out, address{Name: cleanName(name), Email: email})
	}
	return out
}

// bareSender reads a mailbox with no address in it as Python's email package does: a name before
// an empty "<>" (bounces, "MAILER DAEMON <>"), or a single word as a local mailbox
// ("MAILER-DAEMON (Mail Delivery Subsystem)"), named by its comment.
func bareSender(part string) (address, bool) {
	comment := ""
	if i := strings.IndexByte(part, '('); i >= 0 {
		if j := strings.LastIndexByte(part, ')'); j > i {
			comment = part[i+1 : j]
		}
	}
	rest := strings.TrimSpace(stripComments(part))
	if name, ok := strings.CutSuffix(rest, "<>"); ok {
		if name = cleanName(name); name == "" {
			name = cleanName(comment)
		}
		return address{Name: name}, name != ""
	}
	if rest == "" || strings.ContainsAny(rest, " \t\"<>:;[]") { // a group, "undisclosed-recipients:;", has no mailbox
		return address{}, false
	}
	return address{Name: cleanName(comment), Email: rest}, true
}

func addressesOf(list []*mail.Address, decodeName func(string) string) []address {
	out := make([]address, 0, len(list))
	for _, a := range list {
		out = append(out, address{Name: cleanName(decodeName(a.Name)), Email: mailbox(a.Address)})
	}
	return out
}

// mailbox writes an address net/mail read as it must be written to reach it: a local part that
// needs them keeps its quotes ("john doe"@example.com, not john doe@example.com).
func mailbox(addr string) string {
	if !strings.Contains(addr, "@") {
		return addr
	}
	return strings.TrimSuffix(strings.TrimPrefix((&mail.Address{Address: addr}).String(), "<"), ">")
}

// quoteEncodedWords puts in quotes each encoded word outside quotes whose text holds what would
// end a name: a comma, a bracket, a space.
func quoteEncodedWords(s string) string {
	var b strings.Builder
	quoted, last := false, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			quoted = !quoted
		case '=':
			if quoted || i+1 >= len(s) || s[i+1] != '?' {
				continue
			}
			loc := encodedWordHere.FindStringIndex(s[i:])
			if loc == nil {
				continue
			}
			word := s[i : i+loc[1]]
			if strings.ContainsAny(word, ",;:<>@()[]\" \t") {
				b.WriteString(s[last:i])
				b.WriteString(`"` + word + `"`)
				last = i + loc[1]
			}
			i += loc[1] - 1
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// stripComments removes RFC 5322 comments, "(…)" outside quotes, which may nest and sit even
// inside an address: "Pete(A \) chap) <pete(his account)@silly.test>".
func stripComments(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	depth, quoted, angle := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case (c == '<' || c == '>') && depth == 0 && !quoted:
			angle = c == '<'
			b.WriteByte(c)
		case c == '\\' && (quoted || depth > 0) && i+1 < len(s):
			if depth == 0 {
				b.WriteString(s[i : i+2])
			}
			i++
		case c == '"' && depth == 0:
			quoted = !quoted
			b.WriteByte(c)
		case c == '(' && !quoted:
			if depth == 0 && !angle {
				b.WriteByte(' ')
			}
			depth++
		case c == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// validNames is false when net/mail handed back a name from a UTF-8 encoded word that is not
// valid UTF-8: decodeText reads such words with more care.
func validNames(list []*mail.Address) bool {
	for _, a := range list {
		if !utf8.ValidString(a.Name) {
			return false
		}
	}
	return true
}

// passThroughWords lets net/mail parse addresses without decoding encoded words in a charset
// it does not know: each word is handed back re-encoded, and decodeText decodes the name after.
var passThroughWords = &mime.WordDecoder{CharsetReader: func(cs string, input io.Reader) (io.Reader, error) {
	b, err := io.ReadAll(input)
	if err != nil {
		return nil, err
	}
	return strings.NewReader("=?" + cs + "?B?" + base64.StdEncoding.EncodeToString(b) + "?="), nil
}}

// separateGroups puts the comma RFC 5322 asks for after each group's closing ";" where a mailer
// left it out; "" when the list has no group to separate.
func separateGroups(s string) string {
	var b strings.Builder
	changed, quoted, depth := false, false, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		b.WriteByte(c)
		switch {
		case c == '\\' && quoted && i+1 < len(s):
			i++
			b.WriteByte(s[i])
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '<':
			depth++
		case c == '>' && depth > 0:
			depth--
		case c == ';' && depth == 0:
			rest := strings.TrimLeft(s[i+1:], " \t\r\n")
			if rest != "" && rest[0] != ',' {
				b.WriteByte(',')
				changed = true
			}
		}
	}
	if !changed {
		return ""
	}
	return b.String()
}

// splitAddressList splits on commas outside quotes and angle brackets.
func splitAddressList(s string) []string {
	var parts []string
	depth, quoted, start := 0, false, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if quoted {
				i++
			}
		case '"':
			quoted = !quoted
		case '<':
			depth++
		case '>':
			if depth > 0 {
				depth--
			}
		case ',':
			if !quoted && depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, s[start:])
}

// cleanName is a display name with its white space collapsed, without the quotes around it or
// a lone stray quote a mailer left at one end; quotes inside it stay ("This one is \"right\"",
// a company's ФГУП "СибНИА"" as its encoded words spell it).
func cleanName(n string) string {
	n = strings.TrimSpace(stripControls(n))
	for len(n) >= 2 && (n[0] == '"' || n[0] == '\'') && n[len(n)-1] == n[0] {
		n = strings.TrimSpace(n[1 : len(n)-1])
	}
	if strings.Count(n, `"`) == 1 {
		n = strings.Trim(n, `"`)
	}
	if strings.Count(n, "'") == 1 {
		n = strings.Trim(n, "'")
	}
	return strings.Join(strings.Fields(n), " ")
}

// msgIDs picks the <…> identifiers out of a Message-ID, In-Reply-To or References value; a
// value without any is read as identifiers written bare ("271r2342343e9dfo.fsf@builder.com"), as
// the mail programs that write Message-IDs so write the replies to them.
func msgIDs(v string) []string {
	var out []string
	if !strings.Contains(v, "<") {
		for _, id := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
			if strings.Contains(id, "@") && utf8.ValidString(id) {
				out = append(out, id)
			}
		}
		return out
	}
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		if id := strings.TrimSpace(v[i+1 : i+j]); id != "" && utf8.ValidString(id) {
			out = append(out, id)
		}
		v = v[i+j+1:]
	}
	return out
}

func messageID(v string) string {
	if ids := msgIDs(v); len(ids) > 0 {
		return ids[0]
	}
	v = strings.TrimSpace(v)
	if v == "" || strings.ContainsAny(v, " \t") || !utf8.ValidString(v) {
		return ""
	}
	return v
}

// dateLayouts are tried after net/mail; none names its zone by letters, which time.Parse reads
// by the zones of the computer it runs on (see namedZone).
var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02T15:04:05Z07:00",
}

// parseDate reads a Date header; ok is false when it cannot be read. received, the time the
// server took the message in (zero when not known), settles what the header leaves open: a
// time without a zone is taken in received's zone (the mailers that leave it out write their
// local time), and "CST", which RFC 5322 reads as US Central time, as China's when the US
// reading would date the message hours after it arrived.
func parseDate(v string, received time.Time) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, false
	}
	if !namedZone(v) {
		if t, err := mail.ParseDate(v); err == nil {
			return t, true
		}
	}
	if strings.Contains(v, "=?") { // a mailer that encoded the date, or its zone's name
		if d := decodeText(v, nil); d != v && !strings.Contains(d, "=?") {
			return parseDate(d, received)
		}
	}
	// Comments are left out wherever they stand: "00:19:00 (EDT) -0400", RFC 3798's example,
	// has its zone after one. One left open ends the date.
	v = strings.Join(strings.Fields(dateComment.ReplaceAllString(v, " ")), " ")
	if i := strings.Index(v, "("); i > 0 {
		v = strings.TrimSpace(v[:i])
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, true
		}
	}
	loc := time.UTC
	if !received.IsZero() {
		loc = received.Location()
	}
	t, zone, ok := looseDate(v, loc)
	if ok && zone == "cst" && !received.IsZero() {
		late := received.Add(time.Hour) // a sender's clock may run a little fast
		if china := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, chinaTime); t.After(late) && !china.After(late) {
			t = china
		}
	}
	return t, ok
}

var chinaTime = time.FixedZone("CST", 8*60*60)

// dateComment is a comment in a date header: "(EDT)", "(China Standard Time)".
var dateComment = quickre.MustCompile(`\([^()]*\)`)

// namedZone reports a date whose zone, the word after its time of day, is written in letters
// ("10:00:00 EST", "10:00:00 GMT+8"): net/mail reads those as the computer's own zone has them
// (on a PC in China "EST" is taken as UTC and "CST" as China's; in Chicago "CST" is US
// Central), so they are read here instead, the same everywhere.
func namedZone(v string) bool {
	f := strings.Fields(strings.ToLower(v))
	for i, tok := range f {
		if !clockTime.MatchString(tok) {
			continue
		}
		for _, z := range f[i+1:] {
			if z != "am" && z != "pm" {
				return z[0] >= 'a' && z[0] <= 'z'
			}
		}
		return false
	}
	return false
}

var months = map[string]time.Month{"jan": time.January, "feb": time.February, "mar": time.March,
	"apr": time.April, "may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December}

// zoneNames are the zone names RFC 5322 still reads and a few more that name one zone only
// (Hong Kong's, Singapore's, Japan's, Korea's, Central and Eastern Europe's), in minutes east of
// UTC. CST is US Central time by the RFC; parseDate may take it as China's.
var zoneNames = map[string]int{"ut": 0, "utc": 0, "gmt": 0, "z": 0, "edt": -4 * 60, "est": -5 * 60,
	"cdt": -5 * 60, "cst": -6 * 60, "mdt": -6 * 60, "mst": -7 * 60, "pdt": -7 * 60, "pst": -8 * 60,
	"hkt": 8 * 60, "sgt": 8 * 60, "jst": 9 * 60, "kst": 9 * 60, "cet": 60, "cest": 2 * 60,
	"eet": 2 * 60, "eest": 3 * 60}

var (
	clockTime   = quickre.MustCompile(`^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d{1,9})?)?$`)
	numericDate = quickre.MustCompile(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$`)
)

// looseDate reads the dates mailers write that the RFC does not allow, token by token: any
// weekday word ("Thur,"), stray commas ("10, Dec"), numeric dates ("2026-12-02", "15 09 2014"), two- and
// three-digit years, a 12-hour clock with AM or PM, fractions of a second ("22:23:35.882"), a
// zone written "-05:00", "GMT+8", without its sign ("0000") or stuck to the time
// ("00:01+0000"), and junk after the zone ("UT +0200", a second time). The first zone wins; a
// zone whose minutes are out of range counts its hours only. Without a zone the time is taken
// in loc. name is the zone's name when it was written as one ("cst").
func looseDate(v string, loc *time.Location) (t time.Time, name string, ok bool) {
	day, year, hour, minute, sec, zone := -1, -1, -1, 0, 0, 0
	var month time.Month
	zoned, pm, am := false, false, false
	var toks []string
	for _, tok := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' }) {
		// A zone stuck to the time ("00:01+0000") is read as written apart.
		if i := strings.IndexAny(tok, "+-"); i > 0 && clockTime.MatchString(tok[:i]) {
			toks = append(toks, tok[:i], tok[i:])
			continue
		}
		toks = append(toks, tok)
	}
	for i, tok := range toks {
		low := strings.ToLower(tok)
		switch {
		case day < 0 && month == 0 && year < 0 && numericDate.MatchString(tok):
			m := numericDate.FindStringSubmatch(tok)
			year, _ = strconv.Atoi(m[1])
			mon, _ := strconv.Atoi(m[2])
			day, _ = strconv.Atoi(m[3])
			if mon >= 1 && mon <= 12 {
				month = time.Month(mon)
			}
		case isDigits(tok) && day < 0 && len(tok) <= 2 && hour < 0:
			day, _ = strconv.Atoi(tok)
		case isDigits(tok) && len(tok) <= 2 && day >= 0 && month == 0 && year < 0 && hour < 0 &&
			i+1 < len(toks) && len(toks[i+1]) == 4 && isDigits(toks[i+1]):
			// The month as a number between the day and the year: "15 09 2014".
			if mon, _ := strconv.Atoi(tok); mon >= 1 && mon <= 12 {
				month = time.Month(mon)
			}
		case isDigits(tok) && year < 0 && (len(tok) == 4 || (len(tok) == 2 || len(tok) == 3) && hour < 0):
			year, _ = strconv.Atoi(tok)
			switch len(tok) { // RFC 5322 §4.3
			case 2:
				year += 1900
				if year < 1950 {
					year += 100
				}
			case 3: // a mailer's year 2000 bug: 101 for 2001
				year += 1900
			}
		case month == 0 && len(low) >= 3 && months[low[:3]] != 0 && isLetters(low):
			month = months[low[:3]]
		case hour < 0 && clockTime.MatchString(tok):
			m := clockTime.FindStringSubmatch(tok)
			hour, _ = strconv.Atoi(m[1])
			minute, _ = strconv.Atoi(m[2])
			if m[3] != "" {
				sec, _ = strconv.Atoi(m[3])
			}
		case hour < 0 || zoned:
			// A weekday, or whatever follows the zone.
		case low == "pm" || low == "am":
			pm, am = low == "pm", low == "am"
		case tok[0] == '+' || tok[0] == '-' || len(tok) == 4 && isDigits(tok) && year >= 0:
			// "+0800", "-05:00", or "0000" with its sign left out (after the year: before it,
			// four digits are the year).
			digits := tok
			if tok[0] == '+' || tok[0] == '-' {
				digits = tok[1:]
			}
			digits = strings.Replace(digits, ":", "", 1)
			if len(digits) != 4 || !isDigits(digits) {
				continue
			}
			h, _ := strconv.Atoi(digits[:2])
			m, _ := strconv.Atoi(digits[2:])
			if m >= 60 {
				m = 0
			}
			zone, zoned = h*60+m, true
			if tok[0] == '-' {
				zone = -zone
			}
		default:
			if off, ok := zoneNames[low]; ok {
				zone, zoned, name = off, true, low
			} else if off, ok := gmtOffset(low); ok {
				zone, zoned = off, true
			}
		}
	}
	if pm && hour >= 1 && hour < 12 {
		hour += 12
	}
	if am && hour == 12 {
		hour = 0
	}
	if day < 1 || month == 0 || year < 1970 || year > 2200 || hour < 0 || hour > 23 || minute > 59 || sec > 60 {
		return time.Time{}, "", false
	}
	if zoned {
		loc = time.FixedZone("", zone*60)
	}
	t = time.Date(year, month, day, hour, minute, sec, 0, loc)
	if t.Day() != day { // 31 Feb
		return time.Time{}, "", false
	}
	return t, name, true
}

// gmtOffset reads a zone written as an offset from GMT or UTC: "gmt+0800", "utc+8",
// "gmt-05:00", in minutes east of UTC.
func gmtOffset(low string) (int, bool) {
	rest, ok := strings.CutPrefix(low, "gmt")
	if !ok {
		if rest, ok = strings.CutPrefix(low, "utc"); !ok {
			return 0, false
		}
	}
	if len(rest) < 2 || rest[0] != '+' && rest[0] != '-' {
		return 0, false
	}
	digits := strings.Replace(rest[1:], ":", "", 1)
	if !isDigits(digits) || len(digits) > 4 {
		return 0, false
	}
	h, m := digits, "0"
	if len(digits) > 2 {
		h, m = digits[:len(digits)-2], digits[len(digits)-2:]
	}
	hours, _ := strconv.Atoi(h)
	minutes, _ := strconv.Atoi(m)
	if hours > 14 || minutes >= 60 {
		return 0, false
	}
	off := hours*60 + minutes
	if rest[0] == '-' {
		off = -off
	}
	return off, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < 'a' || s[i] > 'z') && s[i] != '.' {
			return false
		}
	}
	return true
}

// angleSpan is an address in angle brackets; spaceAroundDot a dot or "@" with white space about it.
var (
	angleSpan      = quickre.MustCompile(`<[^<>]*>`)
	spaceAroundDot = quickre.MustCompile(`\s*([.@])\s*`)
)

// obsAddrSpace is s without the white space the obsolete syntax allows about the dots and "@" of
// an address in angle brackets; "" when there is none.
func obsAddrSpace(s string) string {
	out := angleSpan.ReplaceAllStringFunc(s, func(a string) string { return spaceAroundDot.ReplaceAllString(a, "$1") })
	if out == s {
		return ""
	}
	return out
}
