package decode

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements carry no text a clerk should read; images and other remote content are
// never fetched, only their alt text is kept.
// The head itself is not skipped: besides these it holds only white space, and text a sender left
// in it belongs to the body, as browsers show it.
var skipped = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Title: true,
	atom.Noscript: true, atom.Template: true, atom.Iframe: true, atom.Object: true, atom.Svg: true}

var blocks = map[atom.Atom]bool{atom.P: true, atom.Div: true, atom.Tr: true, atom.Li: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true,
	atom.Pre: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Hr: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Center: true, atom.Dd: true, atom.Dt: true,
	atom.Details: true, atom.Summary: true, atom.Nav: true, atom.Aside: true, atom.Main: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Form: true, atom.Fieldset: true,
	atom.Legend: true, atom.Hgroup: true, atom.Dialog: true, atom.Menu: true, atom.Dir: true, atom.Caption: true}

// htmlText is the readable text of an HTML body: paragraphs on their own lines, no markup, no
// scripts, nothing a browser hides (a newsletter's preheader, a tracking image's alt text),
// links shown as their text with the address after it when they differ. A body all of whose text
// is hidden (shown by a style sheet on some screens only) is read with it.
func htmlText(src string) string {
	if t := readHTML(src, true); t != "" {
		return t
	}
	return readHTML(src, false)
}

// hidden says whether an element's attributes hide it from the reader: the hidden attribute,
// or display:none or visibility:hidden in its style. (Outlook's mso-hide:all hides it in Outlook
// only: a button drawn for every other mail program, whose text is read.)
func hidden(attrs map[string]string) bool {
	if _, ok := attrs["hidden"]; ok {
		return true
	}
	style := strings.ToLower(strings.Join(strings.Fields(attrs["style"]), ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func readHTML(src string, hide bool) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var sb strings.Builder
	skip, pre := 0, 0    // inside elements whose text is skipped; inside <pre>
	var hiding atom.Atom // the element a browser hides, whose text is skipped to its end
	hideDepth := 0
	preStart := false // right after <pre>, whose first line break browsers do not show
	var href string
	var linkText strings.Builder
	inLink := false
	// para: the innermost block is a paragraph or a division, whose non-breaking space alone
	// is a blank line (how Outlook and web mail editors write one: <p>&nbsp;</p>).
	para := false
	var quotes []bool // the open blockquotes: whether each quotes a message
	// styled: for each inline element open (a span, a font), whether its style makes it a block,
	// as editors write a line of a signature or a form's field (<span style="display:block">).
	styled := map[atom.Atom][]bool{}
	newline := func() {
		s := sb.String()
		if s != "" && !strings.HasSuffix(s, "\n") {
			sb.WriteByte('\n')
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidyText(markQuotes(sb.String()))
		case html.TextToken:
			if skip > 0 || hideDepth > 0 {
				continue
			}
			if pre > 0 {
				// Preformatted text keeps its lines (a form's fields, a signature block).
				t := strings.ReplaceAll(string(z.Text()), "\r\n", "\n")
				if preStart {
					t = strings.TrimPrefix(t, "\n")
				}
				preStart = false
				sb.WriteString(t)
				if inLink {
					linkText.WriteString(t)
				}
				continue
			}
			// The spaces at the ends of a text count as they are shown, the non-breaking and other
			// Unicode spaces entities write included: "<b>Sent:</b>&nbsp;Monday" is two words.
			text := strings.Map(dropQuoteMarks, string(z.Text()))
			t := strings.Join(strings.FieldsFunc(text, unicode.IsSpace), " ")
			if t == "" {
				s := sb.String()
				switch {
				case para && strings.HasSuffix(s, "\n") && strings.ContainsRune(text, '\u00a0'):
					sb.WriteByte('\n')
					para = false
				case s != "" && !strings.HasSuffix(s, " ") && !strings.HasSuffix(s, "\n") && len(z.Raw()) > 0:
					sb.WriteByte(' ')
				}
				continue
			}
			para = false
			if s := sb.String(); s != "" && !strings.HasSuffix(s, "\n") && !strings.HasSuffix(s, " ") &&
				strings.TrimLeftFunc(text, unicode.IsSpace) != text {
				sb.WriteByte(' ')
			}
			sb.WriteString(t)
			if strings.TrimRightFunc(text, unicode.IsSpace) != text {
				sb.WriteByte(' ')
			}
			if inLink {
				linkText.WriteString(t)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			if hideDepth > 0 {
				if a == hiding && tt == html.StartTagToken {
					hideDepth++
				}
				continue
			}
			if hide && hidden(attrs) {
				if tt == html.StartTagToken && !voidElement[a] {
					hiding, hideDepth = a, 1
				}
				continue
			}
			switch {
			case skipped[a]:
				if tt == html.StartTagToken {
					skip++
				}
			case a == atom.Body:
				skip = 0 // a style or title left open must not swallow the body
			case a == atom.Br:
				sb.WriteByte('\n')
			case a == atom.Img:
				if alt := strings.TrimSpace(attrs["alt"]); alt != "" && skip == 0 {
					if s := sb.String(); s != "" && !strings.HasSuffix(s, " ") && !strings.HasSuffix(s, "\n") {
						sb.WriteByte(' ')
					}
					sb.WriteString(alt + " ")
				}
			case a == atom.A:
				href, inLink = attrs["href"], true
				linkText.Reset()
			case a == atom.Blockquote && tt == html.StartTagToken:
				// What a reply quotes is marked as plain text marks it, "> " before each line.
				q := quoteBlock(attrs)
				quotes = append(quotes, q)
				newline()
				if q {
					sb.WriteString(quoteStart + "\n")
				}
			case a == atom.Td || a == atom.Th:
				para = false
				if s := sb.String(); s != "" && !strings.HasSuffix(s, "\n") {
					sb.WriteByte(' ')
				}
			case blocks[a]:
				newline()
				para = a == atom.P || a == atom.Div
				if a == atom.Pre && tt == html.StartTagToken {
					pre++
					preStart = true
				}
			case tt == html.StartTagToken && !voidElement[a]:
				block := displayBlock(attrs)
				if block {
					newline()
				}
				styled[a] = append(styled[a], block)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if hideDepth > 0 {
				if a == hiding {
					hideDepth--
				}
				continue
			}
			switch {
			case skipped[a]:
				if skip > 0 {
					skip--
				}
			case a == atom.Blockquote && len(quotes) > 0:
				newline()
				if quotes[len(quotes)-1] {
					sb.WriteString(quoteEnd + "\n")
				}
				quotes = quotes[:len(quotes)-1]
			case a == atom.A:
				if inLink && skip == 0 && (strings.HasPrefix(href, "http://") || strings.HasPrefix(href, "https://")) &&
					!strings.Contains(linkText.String(), href) {
					if !strings.HasSuffix(sb.String(), " ") {
						sb.WriteByte(' ')
					}
					sb.WriteString("<" + href + ">")
				}
				inLink = false
			case blocks[a]:
				newline()
				if a == atom.Pre && pre > 0 {
					pre--
				}
			case len(styled[a]) > 0:
				if open := styled[a]; open[len(open)-1] {
					newline()
				}
				styled[a] = styled[a][:len(styled[a])-1]
			}
		}
	}
}

// displayBlock says whether an inline element's style shows it as a block of its own.
func displayBlock(attrs map[string]string) bool {
	style := strings.ToLower(strings.Join(strings.Fields(attrs["style"]), ""))
	_, v, ok := strings.Cut(style, "display:")
	if !ok {
		return false
	}
	v, _, _ = strings.Cut(v, ";")
	v = strings.TrimSuffix(v, "!important")
	return v == "block" || v == "flex" || v == "list-item" || v == "table" || v == "table-row"
}

// quoteStart and quoteEnd stand on their own lines around what a blockquote quotes while an
// HTML body is read, until markQuotes puts "> " before its lines.
const quoteStart, quoteEnd = "\x01", "\x02"

func dropQuoteMarks(r rune) rune {
	if r == 1 || r == 2 {
		return -1
	}
	return r
}

// quoteBlock says whether a blockquote quotes a message, as mail programs mark what they quote:
// Thunderbird's and Apple Mail's type="cite", Gmail's class="gmail_quote", the line at its left
// of NetEase and others; a blockquote without them only indents (Gmail's indent has no line).
func quoteBlock(attrs map[string]string) bool {
	style := strings.ToLower(strings.Join(strings.Fields(attrs["style"]), ""))
	line := strings.Contains(style, "border-left:") && !strings.Contains(style, "border-left:none") &&
		!strings.Contains(style, "border-left:0")
	return strings.EqualFold(attrs["type"], "cite") || strings.Contains(strings.ToLower(attrs["class"]), "quote") || line
}

// markQuotes puts "> " before each line between quoteStart and quoteEnd, once for every
// blockquote the line is in, and drops the marks.
func markQuotes(s string) string {
	if !strings.Contains(s, quoteStart) {
		return s
	}
	lines := strings.Split(s, "\n")
	out := lines[:0]
	depth := 0
	for _, l := range lines {
		switch l {
		case quoteStart:
			depth++
			continue
		case quoteEnd:
			depth = max(0, depth-1)
			continue
		}
		if depth > 0 {
			if strings.TrimSpace(l) == "" {
				l = strings.Repeat(">", depth)
			} else {
				l = strings.Repeat(">", depth) + " " + strings.TrimSpace(l)
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// voidElement are the elements that have no end tag: hiding one hides only itself.
var voidElement = map[atom.Atom]bool{atom.Img: true, atom.Br: true, atom.Hr: true, atom.Input: true, atom.Meta: true,
	atom.Link: true, atom.Area: true, atom.Base: true, atom.Col: true, atom.Embed: true, atom.Source: true, atom.Wbr: true}

// tidyText trims every line and keeps at most one empty line in a row: for text taken from
// HTML, whose spaces at the start of a line are the page source's indentation.
func tidyText(s string) string {
	return tidyLines(s, true)
}

// tidyPlain is tidyText for plain text, whose lines keep the spaces they start with: the
// writer's indentation of a paragraph, a list or a column of figures.
func tidyPlain(s string) string {
	return tidyLines(s, false)
}

func tidyLines(s string, trimStart bool) string {
	// A carriage return on its own ends a line too, as in old Mac text.
	s = strings.ReplaceAll(strings.ReplaceAll(stripControls(s), "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	empty := 0
	for _, l := range lines {
		if trimStart {
			l = strings.TrimLeft(l, " \t")
		}
		l = strings.TrimRight(l, " \t")
		if l == "" {
			empty++
			if empty > 1 || len(out) == 0 {
				continue
			}
		} else {
			empty = 0
		}
		out = append(out, l)
	}
	text := strings.Join(out, "\n")
	if trimStart {
		return strings.TrimSpace(text)
	}
	return strings.TrimRightFunc(text, unicode.IsSpace)
}

// stripControls drops control characters other than tab and line ends, byte order marks and
// the object replacement character (Apple Mail's mark where an attachment sat): a NUL written
// by a broken mailer would cut the text short in other programs, and none of them can be shown.
func stripControls(s string) string {
	if strings.IndexFunc(s, isStrayControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isStrayControl(r) {
			return -1
		}
		return r
	}, s)
}

// isStrayControl reports the control characters a text is read without: C0 controls but tab
// and line breaks, DEL, a byte-order mark, the object replacement character, and the bidi
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) with which a sender or a
// file name can pass "abc\u202Etxt.exe" off as "abcexe.txt".
func isStrayControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f || r == '\uFEFF' || r == '\uFFFC' ||
		r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// enrichedText reads text/enriched (RFC 1896): formatting commands dropped, what a <param>
// holds (a colour, a font's name) left out, "<<" a "<"; a line break alone is a space, and each
// line break after the first of a run is one.
func enrichedText(src string) string {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	var b strings.Builder
	param := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '<' && i+1 < len(src) && src[i+1] == '<':
			if param == 0 {
				b.WriteByte('<')
			}
			i++
		case c == '<':
			var name string
			name, i = command(src, i)
			switch name {
			case "param":
				param++
			case "/param":
				param = max(param-1, 0)
			}
		case c == '\n':
			n := 1
			for i+1 < len(src) && src[i+1] == '\n' {
				n, i = n+1, i+1
			}
			if param == 0 {
				if n == 1 {
					b.WriteByte(' ')
				} else {
					b.WriteString(strings.Repeat("\n", n-1))
				}
			}
		case param == 0:
			b.WriteByte(c)
		}
	}
	return tidyText(b.String())
}

// richText reads the older text/richtext (RFC 1341): <nl> is a line break, <lt> a "<", other
// commands are dropped and the line breaks of the source are spaces.
func richText(src string) string {
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '<':
			var name string
			name, i = command(src, i)
			switch name {
			case "nl":
				b.WriteByte('\n')
			case "lt":
				b.WriteByte('<')
			case "np":
				b.WriteString("\n\n")
			}
		case '\r':
		case '\n':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return tidyText(b.String())
}

// command reads the formatting command of enriched or rich text that starts at src[i] ("<"),
// lower case, and the index of its closing ">" (the end of src when there is none).
func command(src string, i int) (string, int) {
	end := strings.IndexByte(src[i:], '>')
	if end < 0 {
		return "", len(src)
	}
	return strings.ToLower(src[i+1 : i+end]), i + end
}
