package decode

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime/quotedprintable"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// mediaType reads a Content-Type or Content-Disposition value leniently: unquoted values with
// spaces or "=", a missing ";", RFC 2231 continuations and charsets, RFC 2047 words in quoted
// values, raw 8-bit bytes. Keys come back lower case.
func mediaType(raw string, fallbacks []string) (string, map[string]string) {
	params := map[string]string{}
	raw = strings.TrimSpace(raw)
	if !utf8.ValidString(raw) {
		// Raw 8-bit bytes are read in their charset first: in Big5 or GBK the second byte of a
		// character can be a backslash ("功" is A5 5C), which in quotes would escape what follows.
		raw = decodeBytes([]byte(raw), "", fallbacks)
	}
	typ := raw
	rest := ""
	if strings.HasPrefix(raw, `"`) {
		// A type in quotes ("application/pdf"; name=...), as some mailers write it.
		if end := strings.IndexByte(raw[1:], '"'); end > 0 {
			typ, rest = raw[1:end+1], raw[end+2:]
		}
	} else if i := strings.IndexAny(raw, "; \t"); i >= 0 {
		typ, rest = raw[:i], raw[i:]
	}
	if strings.Contains(typ, "=") {
		// Parameters with no type before them ("Content-Disposition: filename=a.pdf").
		typ, rest = "", raw
	}
	typ = strings.ToLower(strings.TrimSpace(typ))
	// "Content-Type: <html>" or "html", as some scripts write it, is HTML.
	if !strings.Contains(typ, "/") && strings.Contains(typ, "html") {
		typ = "text/html"
	}
	// A type with something stuck to it ("text/plain>", "text/html,") is still that type.
	if i := strings.IndexFunc(typ, func(r rune) bool { return !isTokenChar(r) }); i >= 0 {
		typ = typ[:i]
	}
	type piece struct {
		n       int
		value   string
		encoded bool
	}
	ext := map[string][]piece{}
	whole := map[string]string{} // name*=charset'lang'value: the whole value, extended
	for rest != "" {
		rest = strings.TrimLeft(rest, "; \t")
		eq := strings.IndexByte(rest, '=')
		if eq <= 0 {
			break
		}
		key := strings.ToLower(strings.TrimSpace(rest[:eq]))
		if i := strings.LastIndexAny(key, " \t;"); i >= 0 { // a value without its ";" before
			key = key[i+1:]
		}
		rest = rest[eq+1:]
		var value string
		rest = strings.TrimLeft(rest, " \t")
		if strings.HasPrefix(rest, `"`) {
			value, rest = quoted(rest[1:])
		} else {
			end := strings.IndexByte(rest, ';')
			if end < 0 {
				end = len(rest)
			}
			value, rest = strings.TrimSpace(rest[:end]), rest[end:]
			// "boundary=abc name=x" without ";": the next key starts after a space
			if sp := strings.IndexAny(value, " \t"); sp > 0 && strings.Contains(value[sp:], "=") && !strings.HasPrefix(key, "boundary") {
				rest = value[sp:] + rest
				value = value[:sp]
			}
		}
		name, section, isExt := key, -1, false
		if i := strings.IndexByte(key, '*'); i >= 0 {
			name = key[:i]
			tail := key[i+1:]
			if tail == "" {
				if _, dup := whole[name]; !dup {
					whole[name] = value
				}
				continue
			}
			isExt = strings.HasSuffix(tail, "*")
			tail = strings.TrimSuffix(tail, "*")
			if n, err := strconv.Atoi(tail); err == nil {
				section = n
			} else {
				section = 0
			}
			ext[name] = append(ext[name], piece{n: section, value: value, encoded: isExt})
			continue
		}
		if _, dup := params[name]; !dup {
			params[name] = value
		}
	}
	for name, v := range whole {
		// Beside continuations of the same name (name*0, name*1) the whole value is the one
		// to read, as Go's mime package and mail readers do.
		ext[name] = []piece{{value: v, encoded: true}}
	}
	for name, pieces := range ext {
		sort.SliceStable(pieces, func(i, j int) bool { return pieces[i].n < pieces[j].n })
		var cs string
		var buf []byte
		for i, p := range pieces {
			v := p.value
			if p.encoded {
				if i == 0 {
					if parts := strings.SplitN(v, "'", 3); len(parts) == 3 {
						cs, v = parts[0], parts[2]
					}
				}
				if u, err := url.PathUnescape(strings.ReplaceAll(v, "+", "%2B")); err == nil {
					v = u
				}
			}
			buf = append(buf, v...)
		}
		params[name] = decodeBytes(buf, cs, fallbacks)
	}
	for k, v := range params {
		if k == "boundary" {
			continue
		}
		params[k] = decodeText(v, fallbacks)
	}
	return typ, params
}

// isTokenChar says whether r may be part of a media type (RFC 2045's token, and "/").
func isTokenChar(r rune) bool {
	return r > ' ' && r < 0x7f && !strings.ContainsRune(`()<>@,;:\"[]?=`, r)
}

// quoted reads a quoted string after its opening quote. A backslash escapes only a special
// character, as Go's mime package reads it: before a letter it is left as written, so a Windows
// path that a mailer did not escape ("C:\TEMP\photo.png") keeps its separators.
func quoted(s string) (string, string) {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if i+1 < len(s) && strings.IndexByte(`()<>@,;:\"/[]?=`, s[i+1]) >= 0 {
				i++
			}
			sb.WriteByte(s[i])
		case '"':
			return sb.String(), s[i+1:]
		default:
			sb.WriteByte(s[i])
		}
	}
	return sb.String(), ""
}

// splitMultipart cuts a multipart body at its boundary lines. A missing closing boundary ends
// the last part at the end of the message.
func splitMultipart(body []byte, boundary string) [][]byte {
	delim := []byte("--" + boundary)
	var parts [][]byte
	var start = -1
	pos, reopened := 0, 0
	for pos <= len(body) {
		line, next := cutLine(body[pos:])
		trimmed := bytes.TrimRight(line, " \t\r")
		if bytes.HasPrefix(trimmed, delim) {
			tail := trimmed[len(delim):]
			// "--boundary--" then anything is the end: what follows is the epilogue, however it
			// is written, never the last part's content.
			closing := bytes.HasPrefix(tail, []byte("--"))
			if closing || len(tail) == 0 {
				if start >= 0 {
					parts = append(parts, trimLineEnd(body[start:pos]))
				}
				if closing && (start < 0 || reopened >= maxReopened || !partFollows(body[pos+len(line):], delim)) {
					return parts
				}
				if closing {
					// A part nested in one of the same boundary closed (Outlook Express for the
					// Mac): the outer parts go on after it, the photo attached to its text.
					start, reopened = -1, reopened+1
					if next == nil {
						break
					}
					pos = len(body) - len(next)
					continue
				}
				start = pos + len(line) + 1
				if start > len(body) {
					start = len(body)
				}
			}
		}
		if next == nil {
			break
		}
		pos = len(body) - len(next)
	}
	if start >= 0 && start < len(body) {
		// No closing boundary line: one stuck to the end of the last line still closes it.
		last := body[start:]
		closing := "--" + boundary + "--"
		if end := bytes.TrimRight(last, " \t\r\n"); bytes.HasSuffix(end, []byte(closing)) {
			last = end[:len(end)-len(closing)]
		}
		parts = append(parts, last)
	}
	return parts
}

// maxReopened is how many close delimiters of nested parts a multipart reads past: each looks
// through the rest of the body, and a message of many would take the square of its length.
const maxReopened = 8

// partFollows says whether the rest of a multipart after its close delimiter holds another part
// of the same boundary: a delimiter line, then a header line.
func partFollows(rest, delim []byte) bool {
	for len(rest) > 0 {
		var line []byte
		line, rest = cutLine(rest)
		if !bytes.Equal(bytes.TrimRight(line, " \t\r"), delim) {
			continue
		}
		next, _ := cutLine(rest)
		return isField(bytes.TrimRight(next, "\r"))
	}
	return false
}

// multipartParts splits a multipart body. When the declared boundary delimits nothing, the body is
// split on the first line that looks like a boundary (a "--" line followed by a header line); when
// there is none, the whole body is one part, so that its text is not lost.
func multipartParts(body []byte, boundary string) [][]byte {
	// The boundary may occur only as the start of longer lines ("--ab" for boundary "a"), which
	// delimit nothing: then it is as good as missing.
	if hasBoundary(body, boundary) {
		if parts := splitMultipart(body, boundary); len(parts) > 0 {
			return parts
		}
	}
	if guess := guessBoundary(body); guess != "" {
		if parts := splitMultipart(body, guess); len(parts) > 0 {
			return parts
		}
	}
	if onlyDelimiters(body) {
		return nil
	}
	return [][]byte{body}
}

// onlyDelimiters says whether body has nothing but blank lines and boundary lines in it.
func onlyDelimiters(body []byte) bool {
	for rest := body; len(rest) > 0; {
		var line []byte
		line, rest = cutLine(rest)
		line = bytes.TrimSpace(line)
		if len(line) > 0 && (!bytes.HasPrefix(line, []byte("--")) || bytes.ContainsAny(line, " \t")) {
			return false
		}
	}
	return true
}

func guessBoundary(body []byte) string {
	for rest := body; len(rest) > 0; {
		var line []byte
		line, rest = cutLine(rest)
		line = bytes.TrimRight(line, " \t\r")
		if len(line) <= 2 || !bytes.HasPrefix(line, []byte("--")) || bytes.ContainsAny(line, " \t") {
			continue
		}
		if next, _ := cutLine(rest); isField(bytes.TrimRight(next, "\r")) {
			return string(line[2:])
		}
	}
	return ""
}

// trimLineEnd drops the line break that belongs to the boundary after a part.
func trimLineEnd(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}

// decodeTransfer undoes the Content-Transfer-Encoding; unknown encodings pass through.
func decodeTransfer(body []byte, cte string) []byte {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "base64":
		// Well-formed base64 with line breaks is read directly; anything else goes through the
		// lenient reading below, which yields the same bytes for well-formed input.
		if out, ok := strictBase64(body); ok {
			return out
		}
		if out, ok := leadingBase64(body); ok {
			return out
		}
		if textNotBase64(body) {
			return body
		}
		return lenientBase64(body)
	case "quoted-printable":
		out, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(body)))
		if err != nil {
			return lenientQP(body)
		}
		return out
	}
	return body
}

// strictBase64 decodes well-formed base64 (line breaks allowed); ok is false for any other.
func strictBase64(body []byte) (out []byte, ok bool) {
	out = make([]byte, base64.StdEncoding.DecodedLen(len(body)))
	n, err := base64.StdEncoding.Decode(out, body)
	return out[:n], err == nil
}

// wellFormedBase64 says whether body is well-formed base64.
func wellFormedBase64(body []byte) bool {
	_, ok := strictBase64(body)
	return ok
}

// textNotBase64 tells a body that only claims to be base64, plain words that a mailer labelled
// wrongly, from base64 with some damage: base64 has no spaces inside a line, and most of the
// lines of such a body are words; nor has it bytes above 0x7F, of which a text in Chinese
// (decoded by an archive that left its base64 label in place, as the TREC 2006 Chinese corpus
// did) has one in every two or three.
func textNotBase64(body []byte) bool {
	high, visible := 0, 0
	for _, c := range body {
		switch {
		case c >= 0x80:
			high++
			visible++
		case c > ' ':
			visible++
		}
	}
	if high*4 > visible {
		return true
	}
	lines, spaced := 0, 0
	for rest := body; len(rest) > 0; {
		var line []byte
		line, rest = cutLine(rest)
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		lines++
		if len(bytes.Fields(line)) >= 3 {
			spaced++
		}
	}
	return spaced > 0 && spaced*2 > lines
}

// leadingBase64 reads a base64 body followed by plain text a server added after it (a gateway's
// "本邮件已经过病毒扫描" or a disclaimer, appended without encoding it, in whatever charset the
// server writes): the base64 decoded, the server's text left out. ok is false unless the body
// starts with well-formed base64 lines (20 characters at least) and what follows them has no
// line that could be base64 too (damage inside the base64 is read leniently instead).
func leadingBase64(body []byte) (out []byte, ok bool) {
	rest, end := body, 0
	var lengths []int
	for len(rest) > 0 {
		line, next := cutLine(rest)
		if line = bytes.TrimSpace(line); len(line) == 0 || !base64Line(line) {
			break
		}
		end, rest = len(body)-len(next), next
		lengths = append(lengths, len(line))
	}
	tail := bytes.TrimSpace(rest)
	if end < 20 || len(tail) == 0 || !encoderLines(lengths) { // a word or two of text is no base64 block
		return nil, false
	}
	decoded, ok := strictBase64(body[:end])
	if !ok || len(decoded) == 0 || bytes.ContainsFunc(decoded, func(r rune) bool { return r < ' ' && r != '\t' && r != '\r' && r != '\n' && r != 0x1b }) {
		// Text, not base64: an order number or a code above the words (TREC's Chinese mail
		// keeps its base64 label over text already decoded).
		return nil, false
	}
	for r := tail; len(r) > 0; {
		var line []byte
		line, r = cutLine(r)
		if line = bytes.TrimSpace(line); len(line) >= 16 && base64Line(line) {
			return nil, false
		}
	}
	return decoded, true
}

// encoderLines says whether lines of these lengths are as a base64 encoder writes them: of one
// length (60 characters at least: 76 in MIME, 64 in PEM), the last no longer; or one line.
func encoderLines(lengths []int) bool {
	if len(lengths) == 1 {
		return true
	}
	for i, n := range lengths {
		if i < len(lengths)-1 && n != lengths[0] || n > lengths[0] {
			return false
		}
	}
	return lengths[0] >= 60
}

// base64Line says whether line holds only base64's letters and padding.
func base64Line(line []byte) bool {
	for _, c := range line {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
			return false
		}
	}
	return true
}

// lenientBase64 reads base64 that is not well formed: characters outside the alphabet are
// skipped, and padding ends a run, so that pieces encoded one after the other ("aGk=aGk=")
// read as they were meant to.
func lenientBase64(body []byte) []byte {
	out := make([]byte, 0, len(body)*3/4)
	run := make([]byte, 0, len(body))
	flush := func() {
		if len(run)%4 == 1 { // a stray character cannot start a byte
			run = run[:len(run)-1]
		}
		n := len(out)
		out = out[:n+base64.RawStdEncoding.DecodedLen(len(run))]
		m, _ := base64.RawStdEncoding.Decode(out[n:], run) // only alphabet characters: cannot fail
		out, run = out[:n+m], run[:0]
	}
	for _, c := range body {
		switch {
		case isBase64Char(c):
			run = append(run, c)
		case c == '=' && len(run) > 0:
			flush()
		}
	}
	flush()
	return out
}

// lenientQP decodes quoted-printable that the standard reader refuses (stray "=", bare LF).
func lenientQP(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		switch {
		case i+2 < len(b) && isHex(b[i+1]) && isHex(b[i+2]):
			out = append(out, unhex(b[i+1])<<4|unhex(b[i+2]))
			i += 2
		case i+1 < len(b) && b[i+1] == '\n':
			i++
		case i+2 < len(b) && b[i+1] == '\r' && b[i+2] == '\n':
			i += 2
		case i+1 == len(b):
		default:
			out = append(out, c)
		}
	}
	return out
}
