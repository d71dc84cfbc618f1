package decode

import (
	"cmp"
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/quickre"
)

// Forwarded is the message a forward passes on: who wrote it, about what, and what it says.
// A colleague who gets a complaint in their own mailbox forwards it to the office's.
type Forwarded struct {
	FromName  string
	FromEmail string
	Subject   string
	Text      string
	// Attachments are the files of a message forwarded as attachment: the complainant's photos.
	Attachments []Attachment
	// Forwarded is what this message passes on in its turn, when it is a forward too: a
	// complaint that came down from a leader to a director to the desk (上级转办); nil for
	// any other.
	Forwarded *Forwarded
	// Answers says this message passes Forwarded on by answering it (a reply quoting it), not
	// by forwarding it: its writer wrote the words above, whoever they are.
	Answers bool
	// Wordless says the forward quoting this message writes nothing above it: the forward's
	// separator or header block is its first line.
	Wordless bool
}

// maxForwards bounds how many forwards of forwards are read into a chain.
const maxForwards = 10

// forwardIn is the message a mail with this subject, text and attachments passes on: a
// complaint forwarded "as attachment" with no word of its own, or a forward, attached or quoted;
// and what that one passes on, up to hops deep. A message attached to a note under a subject of
// its own is the note's matter (a contractor's quote filed, a notice passed on), not someone's
// complaint.
func forwardIn(subject, text string, attachments []Attachment, fallbacks []string, hops int) *Forwarded {
	// Inside a forward, a reply passes on what it quotes as well: a leader forwarding his own
	// answer to the citizen passes the citizen's mail on with it.
	passes := isForward(subject) || hops < maxForwards && answerPrefix.MatchString(subject)
	if hops == 0 || text != "" && !passes {
		return nil
	}
	f := attachedForward(attachments, fallbacks, hops)
	if f == nil && passes {
		if f = inlineForward(text, fallbacks); f == nil {
			f = quotedForward(text, fallbacks)
		}
		if f != nil {
			f.Forwarded = forwardIn(f.Subject, f.Text, nil, fallbacks, hops-1)
			f.Answers = f.Forwarded != nil && !isForward(f.Subject)
		}
	}
	if f != nil && f.Subject == "" {
		f.Subject = strings.TrimSpace(forwardPrefix.ReplaceAllString(subject, ""))
	}
	return f
}

// forwardPrefix is how mail programs mark a forward's subject: "Fw:", "Fwd:", "Forward:", "转发：",
// "轉寄:", "转：" as people shorten it, and Outlook in German, French and Spanish: "WG:", "TR:",
// "RV:"; and how an office marks a matter passed down to be dealt with: "【转办】".
var forwardPrefix = quickre.MustCompile(`(?i)^\s*(\[?\s*(fwd?|forward|转发|轉發|转寄|轉寄|转|轉|wg|tr|rv)\s*[:：]|[\[【]\s*(转办|轉辦|转发|轉發)\s*[\]】])`)

// isForward tells a forward by its subject.
func isForward(subject string) bool { return forwardPrefix.MatchString(subject) }

// forwardSeparator is the line a mail program puts above the header block of the message it
// forwards: dashes around a label ("-----原始邮件-----" in Outlook and Foxmail, "----------
// Forwarded message ---------" in Gmail, "-------- 转发的消息 --------" in Thunderbird), Outlook's
// line of underscores, or a line that says so, as Apple Mail writes it ("Begin forwarded
// message:", "开始转发的邮件："). Only a header block with a sender below it makes it a forward's.
// Lotus Notes names who forwarded it and when: "----- Forwarded by Drew Fossum/ET&S/Enron on
// 04/04/2001 01:19 PM -----".
var forwardSeparator = quickre.MustCompile(`(?i)^-{2,}[^-]{0,40}-{2,}$|^_{10,}$|^begin forwarded message\s*:$|` +
	`^[^:：>]{0,12}(?:转发|轉發|轉寄|转寄)[^:：]{0,12}[:：]$|^-{2,}\s*forwarded by\s.{1,120}-{2,}$`)

// notesSender is the line with which Lotus Notes begins the header block of a message it
// forwards: the sender and the date, without a key (`"Hirasuna, Robert" <rhirasuna@AkinGump.com>
// on 04/04/2001 10:18:00 AM`); To, cc and Subject follow with theirs.
var notesSender = quickre.MustCompile(`^(.{1,160}?)\s+(?:on|于|於)\s+\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:\s.{0,40})?$`)

// oneLineBlock is a separator with the whole header block run on after it on the same line, as
// Yahoo's forward reads once its lines are joined: "----- Forwarded Message ----- From: 张三
// <zs@example.cn>To: …Sent: …Subject: 电梯".
var oneLineBlock = quickre.MustCompile(`^(-{2,}[^-]{1,40}-{2,})\s*(\S.*)$`)

// forwardField is one line of that header block, "发件人: 张三 <zs@example.cn>"; the keys are
// matched in lower case.
// Bold keys keep the stars plain text gives them: "*发件人:*" as well as "*From*:".
// A key may name itself twice, as Thunderbird's Traditional Chinese does: "副本 (CC):".
var forwardField = quickre.MustCompile(`^\s*\*?([\p{L} -]{1,20}?)\*?(?:\s*\([\p{L}]{1,10}\))?\s*[:：]\*?\s*(.*)$`)

var (
	forwardFromKeys = map[string]bool{"from": true, "发件人": true, "寄件者": true, "寄件人": true, "發件人": true,
		// Outlook on the web in Traditional Chinese writes 從 (from) and 至 (to).
		"從": true, "von": true, "de": true, "от": true, "差出人": true, "送信元": true,
		// Korean Outlook and Naver.
		"보낸 사람": true, "보낸사람": true}
	forwardSubjectKeys = map[string]bool{"subject": true, "主题": true, "主旨": true, "主題": true, "標題": true, "标题": true,
		"betreff": true, "objet": true, "asunto": true, "тема": true, "件名": true, "제목": true}
	// forwardOtherKeys are the block's other lines; a blank line before one of them (Foxmail
	// puts one above 主题) does not end the block.
	forwardOtherKeys = map[string]bool{"to": true, "cc": true, "date": true, "sent": true, "收件人": true,
		"收件者": true, "抄送": true, "副本": true, "发送时间": true, "發送時間": true, "寄件日期": true,
		"日期": true, "时间": true, "時間": true, "至": true, "到": true,
		// NetEase (163, 126) and others date the message they forward so.
		"发送日期": true, "發送日期": true, "发件时间": true, "發件時間": true, "发件日期": true, "發件日期": true,
		// German, French, Spanish, Russian and Japanese mail programs.
		"an": true, "datum": true, "gesendet": true, "envoyé": true, "à": true, "para": true, "enviado": true,
		"fecha": true, "кому": true, "дата": true, "отправлено": true, "宛先": true, "送信先": true, "日付": true,
		"送信日時": true, "받는 사람": true, "받는사람": true, "보낸 날짜": true, "날짜": true, "참조": true}
)

// forwardKey is the key of a header block line, in lower case; "" when the line is not one.
func forwardKey(line string) (key, value string) {
	m := forwardField.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return "", ""
	}
	key = strings.ToLower(strings.TrimSpace(m[1]))
	if !forwardFromKeys[key] && !forwardSubjectKeys[key] && !forwardOtherKeys[key] {
		return "", ""
	}
	return key, strings.TrimSpace(m[2])
}

// looseField is a header block line whose key has no colon after it, as a table lays the
// block out: NetEase Mail Master's "发件人 | 张三<zs@163.com>", in its HTML one cell beside the other.
var looseField = quickre.MustCompile(`^\|?\s*([\p{L} -]{1,20}?)\s*(?:\||\s)\s*(\S.*?)\s*\|?$`)

// looseKey is the key of a header block line written without a colon; "" when the line is not
// one. A sender's line must give an address, any other line follow the sender's.
func looseKey(line string, from bool) (key, value string) {
	m := looseField.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return "", ""
	}
	key, value = strings.ToLower(strings.TrimSpace(m[1])), m[2]
	switch {
	case forwardFromKeys[key] && !from && strings.Contains(value, "@"):
	case from && (forwardSubjectKeys[key] || forwardOtherKeys[key]):
	default:
		return "", ""
	}
	return key, value
}

// maxForwardBlock is the most lines a quoted header block has: sender, date, recipients,
// copies, subject, a blank line or two.
const maxForwardBlock = 20

// maxForwardTries is how many places inlineForward tries for a header block.
const maxForwardTries = 10

// inlineForward reads the message a forward quotes in its text: the header block below the
// forward's separator, or one that starts a paragraph with the sender and has another line of a
// header block with it (Outlook's HTML forwards draw a rule instead of a separator line), and
// the text below that. nil when the text holds no such block.
func inlineForward(text string, fallbacks []string) *Forwarded {
	lines := strings.Split(text, "\n")
	tried := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		var start, others int
		block := lines
		switch {
		case len(l) <= 200 && forwardSeparator.MatchString(l):
			start = i + 1
			for start < len(lines) && strings.TrimSpace(lines[start]) == "" {
				start++
			}
			if start < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[start]), ">") {
				// The message it forwards quoted below it (Apple Mail's HTML).
				block, start = unquote(lines[start:]), 0
			}
		case strings.HasPrefix(l, ">") && len(l) <= 200 && forwardSeparator.MatchString(strings.TrimSpace(strings.TrimLeft(l, ">"))):
			// Apple Mail quotes the whole forward: "> Begin forwarded message:", "> From: …".
			block = unquote(lines[i+1:])
			for start < len(block) && strings.TrimSpace(block[start]) == "" {
				start++
			}
		case len(l) <= 1000 && oneLineFields(l) != nil:
			block = append(oneLineFields(l), lines[i+1:]...)
		case (i == 0 || strings.TrimSpace(lines[i-1]) == "") && (forwardFromKeys[firstKey(l)] ||
			forwardOtherKeys[firstKey(l)] && i+1 < len(lines) && forwardFromKeys[firstKey(lines[i+1])]):
			// The block starts with the sender, or with the date above it (GMX, WEB.DE).
			start, others = i, 1
		default:
			continue
		}
		// The forwarded message's block is the first or one of the first; text full of lines
		// that only look like one is not read to its end.
		if tried++; tried > maxForwardTries {
			return nil
		}
		if f := forwardBlock(block, start, others, fallbacks); f != nil {
			f.Wordless = strings.TrimSpace(strings.Join(lines[:i], "\n")) == ""
			return f
		}
	}
	return nil
}

// fieldKeys finds the keys of a header block, capitalised as mail programs write them, wherever
// they stand in a line: "From: 张三 <zs@example.cn>To: 李四Subject: 电梯".
var fieldKeys = func() *quickre.Regexp {
	var keys []string
	for _, m := range []map[string]bool{forwardFromKeys, forwardSubjectKeys, forwardOtherKeys} {
		for k := range m {
			r, n := utf8.DecodeRuneInString(k)
			keys = append(keys, regexp.QuoteMeta(string(unicode.ToUpper(r))+k[n:]))
		}
	}
	// Longest first, so that "Datum" is not taken for "Date" and "um".
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return quickre.MustCompile(`(?:` + strings.Join(keys, "|") + `)\s*[:：]`)
}()

// oneLineFields splits a header block run on after its separator into its lines; nil when l is
// no such line.
func oneLineFields(l string) []string {
	m := oneLineBlock.FindStringSubmatch(l)
	if m == nil || !forwardSeparator.MatchString(m[1]) {
		return nil
	}
	at := fieldKeys.FindAllStringIndex(m[2], -1)
	if len(at) < 2 || at[0][0] != 0 {
		return nil
	}
	fields := make([]string, len(at))
	for k := range at {
		end := len(m[2])
		if k+1 < len(at) {
			end = at[k+1][0]
		}
		fields[k] = m[2][at[k][0]:end]
	}
	if !forwardFromKeys[firstKey(fields[0])] {
		return nil
	}
	return fields
}

// attribution is the line a mail program writes above the message it quotes, naming its sender
// by address: `On 28/10/2021 12:46, "John Doe" <jd@example.com> wrote:` (Outlook for Mac
// forwards so), `在 2024-06-02 10:00，"张伟" <zw@163.com> 写道：`, `张伟 <zw@qq.com> 于2024年6月1日 09:00写道：`.
var attribution = quickre.MustCompile(`^(.{0,160}?)<?([^\s<>"@]+@[^\s<>"@]+\.[^\s<>"@]+)>?(.{0,60}?)(?i:wrote|写道|寫道)\s*[:：]$`)

// attributionTime is the clock time in an attribution line; the sender's name follows it.
var attributionTime = quickre.MustCompile(`\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?`)

// quotedForward reads a forward that quotes the message it passes on below an attribution line,
// each line of it after "> " or indented; nil when the text holds none.
func quotedForward(text string, fallbacks []string) *Forwarded {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i >= 200 {
			return nil
		}
		m := attribution.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		var body []string
		quoted, indent := false, ""
		for _, q := range lines[i+1:] {
			switch t := strings.TrimSpace(q); {
			case t == "" && len(body) == 0:
				continue
			case t == "" || t == ">":
				body = append(body, "")
				continue
			case strings.HasPrefix(strings.TrimLeft(q, " "), ">") && (quoted || len(body) == 0):
				quoted = true
				body = append(body, unquoteLine(q))
				continue
			case !quoted && len(body) == 0 && t != q && strings.TrimLeft(q, " \t") != q:
				indent = q[:len(q)-len(strings.TrimLeft(q, " \t"))]
			}
			if quoted || indent == "" || !strings.HasPrefix(q, indent) {
				break
			}
			body = append(body, strings.TrimPrefix(q, indent))
		}
		t := tidyPlain(strings.Join(body, "\n"))
		if t == "" {
			return nil
		}
		// The name stands after the date: after its last comma and its time, if any.
		name := m[1]
		if c := strings.LastIndexAny(name, ",，"); c >= 0 {
			_, n := utf8.DecodeRuneInString(name[c:])
			name = name[c+n:]
		}
		if at := attributionTime.FindAllStringIndex(name, -1); len(at) > 0 {
			name = name[at[len(at)-1][1]:]
		}
		from, email := forwardSender(strings.TrimSpace(name)+" <"+m[2]+">", fallbacks)
		return &Forwarded{FromName: from, FromEmail: email, Text: t}
	}
	return nil
}

// unquote is lines without the "> " that quotes them.
func unquote(lines []string) []string {
	out := make([]string, 0, len(lines))
	for _, q := range lines {
		out = append(out, unquoteLine(q))
	}
	return out
}

// unquoteLine is a line without the "> " that quotes it.
func unquoteLine(q string) string {
	return strings.TrimPrefix(strings.TrimPrefix(strings.TrimLeft(q, " "), ">"), " ")
}

// firstKey is the key of a header block line, "" when the line is not one.
func firstKey(line string) string {
	key, _ := forwardKey(line)
	return key
}

// forwardBlock reads the header block from lines[start] on, and the text below it: nil when the
// block names no sender, or fewer than others lines besides.
func forwardBlock(lines []string, start, others int, fallbacks []string) *Forwarded {
	var f Forwarded
	var from bool
	keys, j := 0, start
	if start < len(lines) && others == 0 && firstKey(lines[start]) == "" {
		if m := notesSender.FindStringSubmatch(strings.TrimSpace(lines[start])); m != nil {
			// Lotus Notes: the sender's line, then at least one line with a key.
			f.FromName, f.FromEmail = forwardSender(m[1], fallbacks)
			from, others, j = true, 1, start+1
		}
	}
	for end := min(len(lines), start+maxForwardBlock); j < end; j++ {
		key, value := forwardKey(lines[j])
		if key == "" && others == 0 {
			key, value = looseKey(lines[j], from)
		}
		if key == "" && strings.TrimSpace(lines[j]) == "" && j+1 < len(lines) && firstKey(lines[j+1]) != "" {
			continue
		}
		if key == "" {
			break
		}
		if !forwardFromKeys[key] {
			keys++
		}
		switch {
		case forwardFromKeys[key] && !from:
			f.FromName, f.FromEmail = forwardSender(value, fallbacks)
			from = true
		case forwardSubjectKeys[key] && f.Subject == "":
			f.Subject = value
		}
	}
	if !from || keys < others || f.FromName == "" && f.FromEmail == "" {
		return nil
	}
	f.Text = tidyPlain(strings.Join(lines[j:], "\n"))
	return &f
}

// mailtoAddr is Outlook's way of writing the address after the name: "张三 [mailto:zs@example.cn]",
// or in Outlook on the web "張偉 [zw@example.tw]".
var mailtoAddr = quickre.MustCompile(`(?i)\[(?:mailto:)?([^\]\s]+@[^\]\s]+)\]`)

// forwardSender reads the sender line of a quoted header block, as mail programs write it:
// `张三 <zs@example.cn>`, `"张三"<zs@example.cn>;` (Foxmail), `张三 [mailto:zs@example.cn]`, or a
// name alone (Outlook on Exchange).
func forwardSender(value string, fallbacks []string) (name, email string) {
	value = strings.TrimRight(strings.TrimSpace(value), ";；,")
	value = mailtoAddr.ReplaceAllString(value, "<$1>")
	if !strings.Contains(value, "@") {
		return cleanName(strings.Trim(value, `"' `)), ""
	}
	if list := parseAddresses(value, fallbacks); len(list) > 0 {
		return list[0].Name, list[0].Email
	}
	return "", ""
}

// attachedForward reads the first message attached whole that has text: a complaint forwarded
// "as attachment", or attached as the .msg file Outlook saved it as, or as an .eml file of any
// type (webmail sends a saved message as application/octet-stream). nil when none.
func attachedForward(attachments []Attachment, fallbacks []string, hops int) *Forwarded {
	for _, a := range attachments {
		msg := a.Data
		switch {
		case a.ContentType == "message/rfc822" || a.ContentType == "message/global":
		case strings.EqualFold(path.Ext(a.Filename), ".eml"):
			if h, _ := readMessageHeader(a.Data); !h.has("from") {
				continue
			}
		case IsOutlook(a.Data) && (a.ContentType == "application/vnd.ms-outlook" || strings.EqualFold(path.Ext(a.Filename), ".msg")):
			m, err := FromOutlook(a.Data)
			if err != nil {
				continue
			}
			msg = m
		default:
			continue
		}
		h, body := readMessageHeader(msg)
		fb := append(headerCharsets(h, body), fallbacks...)
		sub := &parser{fallbacks: fb}
		sub.entity(h, body, 1, "text/plain", "")
		t := sub.text()
		if t == "" {
			continue
		}
		f := &Forwarded{Subject: subject(h, fb), Text: t, Attachments: sub.attachments}
		f.FromName, f.FromEmail = sender(h, fb)
		ct, params := sub.contentType(h, body)
		if _, why := automatic(h, ct, params, f.FromName, f.FromEmail, f.Subject); returnedMail(why) {
			continue // a bounce passed on is nobody's complaint (a 12345 order's notice is)
		}
		f.Forwarded = forwardIn(f.Subject, t, sub.attachments, fb, hops-1)
		f.Answers = f.Forwarded != nil && !isForward(f.Subject)
		return f
	}
	return nil
}
