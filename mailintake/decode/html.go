package decode

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
	return cssValue(attrs, "display") == "none" || cssValue(attrs, "visibility") == "hidden"
}

// styleOf is an element's style attribute in lower case without white space.
func styleOf(attrs map[string]string) string {
	return strings.ToLower(strings.Join(strings.Fields(attrs["style"]), ""))
}

// cssValue is the value an element's style gives a property, the last it gives ("" for none),
// without "!important".
func cssValue(attrs map[string]string, prop string) string {
	v := ""
	for _, decl := range strings.Split(styleOf(attrs), ";") {
		if name, value, ok := strings.Cut(decl, ":"); ok && name == prop {
			v = strings.TrimSuffix(value, "!important")
		}
	}
	return v
}

// htmlReader turns an HTML body into text token by token; readHTML drives it.
type htmlReader struct {
	out       bytes.Buffer
	hide      bool      // leave out what a browser hides
	skip, pre int       // inside elements whose text is skipped; inside <pre>
	hiding    atom.Atom // the element a browser hides, whose text is skipped to its end
	hideDepth int
	preStart  bool // right after <pre>, whose first line break browsers do not show
	href      string
	linkText  strings.Builder
	inLink    bool
	// para: the innermost block is a paragraph or a division, whose non-breaking space alone
	// is a blank line (how Outlook and web mail editors write one: <p>&nbsp;</p>).
	para   bool
	quotes []bool // the open blockquotes: whether each quotes a message
	// styled: for each inline element open (a span, a font), whether its style makes it a block,
	// as editors write a line of a signature or a form's field (<span style="display:block">),
	// and whether it has a class.
	styled map[atom.Atom][]inlineOpen
	// classEnd: an inline element with a class ended and nothing was written since. A form's
	// label and value are two such spans, set apart by its style sheet: another one beginning
	// right away is a word apart ("<span class=k>宾客姓名</span><span class=v>欧阳明轩</span>").
	classEnd bool
	lists    []htmlList // the open lists, innermost last
	marker   bool       // a list item's number was written and its text has not begun
	tables   int        // how many tables are open
	rows     []htmlRow  // the open table rows, innermost last
	// soft: the source broke its line after a Chinese character, shown as nothing before
	// another (browsers drop a line break between two of them) and as a space before any other.
	soft bool
}

// inlineOpen is an open inline element: whether its style shows it as a block, and whether it
// has a class.
type inlineOpen struct{ block, classed bool }

// htmlList is an open list: ordered ones number their items.
type htmlList struct {
	ordered bool
	next    int
	style   string // decimal, lower-alpha, upper-alpha, lower-roman, upper-roman, cjk
}

// htmlRow is an open table row: where its text begins in out, and each of its cells.
type htmlRow struct {
	start, table int
	cells        []int
}

func readHTML(src string, hide bool) string {
	z := html.NewTokenizer(strings.NewReader(src))
	r := &htmlReader{hide: hide, styled: map[atom.Atom][]inlineOpen{}}
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			for len(r.rows) > 0 {
				r.endRow()
			}
			return tidyText(markQuotes(r.out.String()))
		case html.TextToken:
			r.text(z)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			r.start(atom.Lookup(name), attrs, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(atom.Lookup(name))
		}
	}
}

// atLineStart says whether nothing stands on the line being written.
func (r *htmlReader) atLineStart() bool {
	b := r.out.Bytes()
	return len(b) == 0 || b[len(b)-1] == '\n'
}

// atWordEnd says whether a space is needed before what comes next on the line.
func (r *htmlReader) atWordEnd() bool {
	b := r.out.Bytes()
	return len(b) > 0 && b[len(b)-1] != '\n' && b[len(b)-1] != ' '
}

func (r *htmlReader) newline() {
	r.soft = false
	if !r.atLineStart() && !r.marker {
		r.out.WriteByte('\n')
	}
}

// space puts a space before a word that follows another on the line.
func (r *htmlReader) space() {
	r.soft = false
	if r.atWordEnd() {
		r.out.WriteByte(' ')
	}
}

func (r *htmlReader) write(s string) {
	r.marker, r.classEnd = false, false
	r.out.WriteString(s)
	if r.inLink {
		r.linkText.WriteString(s)
	}
}

func (r *htmlReader) text(z *html.Tokenizer) {
	if r.skip > 0 || r.hideDepth > 0 {
		return
	}
	if r.pre > 0 {
		// Preformatted text keeps its lines (a form's fields, a signature block).
		t := strings.ReplaceAll(string(z.Text()), "\r\n", "\n")
		if r.preStart {
			t = strings.TrimPrefix(t, "\n")
		}
		r.preStart = false
		r.soft = false
		r.write(t)
		return
	}
	// The spaces at the ends of a text count as they are shown, the non-breaking and other
	// Unicode spaces entities write included: "<b>Sent:</b>&nbsp;Monday" is two words.
	text := strings.Map(dropQuoteMarks, string(z.Text()))
	t := collapseSpace(text)
	if t == "" {
		switch {
		case r.para && r.atLineStart() && r.out.Len() > 0 && strings.ContainsRune(text, '\u00a0'):
			r.out.WriteByte('\n')
			r.para = false
		case len(z.Raw()) > 0:
			if strings.ContainsAny(text, "\r\n") && r.endsWide() {
				r.soft = true
			} else if !r.soft {
				r.space()
			}
		}
		return
	}
	r.para = false
	first, _ := utf8.DecodeRuneInString(t)
	lead := text[:len(text)-len(strings.TrimLeftFunc(text, unicode.IsSpace))]
	switch {
	case r.soft || strings.ContainsAny(lead, "\r\n") && r.endsWide():
		if !eastAsian(first) {
			r.space()
		}
	case lead != "":
		r.space()
	}
	r.soft = false
	r.write(t)
	trail := text[len(strings.TrimRightFunc(text, unicode.IsSpace)):]
	switch {
	case strings.ContainsAny(trail, "\r\n") && r.endsWide():
		r.soft = true
	case trail != "":
		r.out.WriteByte(' ')
	}
}

// endsWide says whether the line being written ends in a Chinese or Japanese character.
func (r *htmlReader) endsWide() bool {
	last, _ := utf8.DecodeLastRune(r.out.Bytes())
	return eastAsian(last)
}

// eastAsian are the characters between which a browser drops the source's line break: Chinese and
// Japanese ones and full-width punctuation (not Korean, written with spaces between words).
func eastAsian(c rune) bool {
	return unicode.Is(unicode.Han, c) || unicode.In(c, unicode.Hiragana, unicode.Katakana) ||
		c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xff60 || c >= 0xffe0 && c <= 0xffe6
}

// collapseSpace is text's words one space apart, as a browser shows them, but for a line break
// between two Chinese characters, shown as nothing.
func collapseSpace(text string) string {
	words := strings.FieldsFunc(text, unicode.IsSpace)
	if len(words) < 2 || !strings.ContainsAny(text, "\r\n") {
		return strings.Join(words, " ")
	}
	var b strings.Builder
	rest := strings.TrimLeftFunc(text, unicode.IsSpace)
	for i, w := range words {
		rest = rest[len(w):]
		b.WriteString(w)
		if i == len(words)-1 {
			break
		}
		gap := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsSpace))]
		rest = rest[len(gap):]
		last, _ := utf8.DecodeLastRuneInString(w)
		next, _ := utf8.DecodeRuneInString(words[i+1])
		if !strings.ContainsAny(gap, "\r\n") || !eastAsian(last) || !eastAsian(next) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func (r *htmlReader) start(a atom.Atom, attrs map[string]string, selfClosing bool) {
	opens := !selfClosing && !voidElement[a]
	if r.hideDepth > 0 {
		if a == r.hiding && opens {
			r.hideDepth++
		}
		return
	}
	if r.hide && hidden(attrs) {
		if opens {
			r.hiding, r.hideDepth = a, 1
		}
		return
	}
	switch {
	case skipped[a]:
		if !selfClosing {
			r.skip++
		}
	case a == atom.Body:
		r.skip = 0 // a style or title left open must not swallow the body
	case a == atom.Br:
		r.soft, r.marker = false, false
		r.out.WriteByte('\n')
	case a == atom.Img:
		if alt := strings.TrimSpace(attrs["alt"]); alt != "" && r.skip == 0 {
			r.space()
			r.marker = false
			r.out.WriteString(alt + " ")
		}
	case a == atom.A:
		r.href, r.inLink = attrs["href"], true
		r.linkText.Reset()
	case a == atom.Blockquote && !selfClosing:
		// What a reply quotes is marked as plain text marks it, "> " before each line.
		q := quoteBlock(attrs)
		r.quotes = append(r.quotes, q)
		r.newline()
		if q {
			r.out.WriteString(quoteStart + "\n")
		}
	case a == atom.Td || a == atom.Th:
		r.para = false
		if n := len(r.rows); n > 0 && r.rows[n-1].table == r.tables {
			r.soft = false
			r.rows[n-1].cells = append(r.rows[n-1].cells, r.out.Len())
		} else {
			r.space()
		}
	case a == atom.Tr && !selfClosing:
		r.endRows(r.tables) // the row before, when its end tag was left out
		r.newline()
		r.rows = append(r.rows, htmlRow{start: r.out.Len(), table: r.tables})
	case a == atom.Table && !selfClosing:
		r.newline()
		r.tables++
	case (a == atom.Ol || a == atom.Ul || a == atom.Menu || a == atom.Dir) && !selfClosing:
		r.newline()
		r.lists = append(r.lists, newList(a, attrs))
	case a == atom.Li:
		r.newline()
		r.para = false
		if n := len(r.lists); n > 0 && r.lists[n-1].ordered {
			l := &r.lists[n-1]
			if v, err := strconv.Atoi(strings.TrimSpace(attrs["value"])); err == nil && v > 0 {
				l.next = v
			}
			m := listMarker(l.next, l.style)
			if !strings.HasSuffix(m, "、") {
				m += " "
			}
			r.out.WriteString(m)
			r.marker = true
			l.next++
		}
	case blocks[a]:
		r.newline()
		r.para = a == atom.P || a == atom.Div
		if a == atom.Pre && !selfClosing {
			r.pre++
			r.preStart = true
		}
	case opens:
		open := inlineOpen{block: displayBlock(attrs), classed: strings.TrimSpace(attrs["class"]) != ""}
		switch {
		case open.block:
			r.newline()
		case open.classed && r.classEnd:
			r.space()
		}
		r.styled[a] = append(r.styled[a], open)
	}
}

func (r *htmlReader) end(a atom.Atom) {
	if r.hideDepth > 0 {
		if a == r.hiding {
			r.hideDepth--
		}
		return
	}
	switch {
	case skipped[a]:
		if r.skip > 0 {
			r.skip--
		}
	case a == atom.Blockquote && len(r.quotes) > 0:
		r.newline()
		if r.quotes[len(r.quotes)-1] {
			r.out.WriteString(quoteEnd + "\n")
		}
		r.quotes = r.quotes[:len(r.quotes)-1]
	case a == atom.A:
		if r.inLink && r.skip == 0 && (strings.HasPrefix(r.href, "http://") || strings.HasPrefix(r.href, "https://")) &&
			!strings.Contains(r.linkText.String(), r.href) {
			r.space()
			r.out.WriteString("<" + r.href + ">")
		}
		r.inLink = false
	case a == atom.Tr:
		if n := len(r.rows); n > 0 && r.rows[n-1].table == r.tables {
			r.endRow()
		}
		r.newline()
	case a == atom.Table:
		r.endRows(r.tables)
		r.tables = max(0, r.tables-1)
		r.newline()
	case a == atom.Ol || a == atom.Ul || a == atom.Menu || a == atom.Dir:
		if len(r.lists) > 0 {
			r.lists = r.lists[:len(r.lists)-1]
		}
		r.marker = false
		r.newline()
	case a == atom.Li:
		r.marker = false
		r.newline()
	case blocks[a]:
		r.newline()
		if a == atom.Pre && r.pre > 0 {
			r.pre--
		}
	case len(r.styled[a]) > 0:
		open := r.styled[a][len(r.styled[a])-1]
		if open.block {
			r.newline()
		}
		r.classEnd = open.classed
		r.styled[a] = r.styled[a][:len(r.styled[a])-1]
	}
}

// endRows ends the open rows of the table at depth table and of tables inside it left open.
func (r *htmlReader) endRows(table int) {
	for n := len(r.rows); n > 0 && r.rows[n-1].table >= table; n = len(r.rows) {
		r.endRow()
	}
}

// endRow writes the innermost open row again as a reader of the table sees it: three cells
// or more of a line each on one line, set apart by " | " (a list of dates, items and sums),
// but for a label's cell and its value's, one space apart as two such cells are; cells of
// several lines one after another (a signature beside a logo).
func (r *htmlReader) endRow() {
	row := r.rows[len(r.rows)-1]
	r.rows = r.rows[:len(r.rows)-1]
	b := r.out.Bytes()
	start := min(row.start, len(b))
	bounds := append([]int{start}, row.cells...)
	var cells []string
	multi := false
	for i, from := range bounds {
		to := len(b)
		if i+1 < len(bounds) {
			to = bounds[i+1]
		}
		from, to = min(max(from, start), len(b)), min(max(to, start), len(b))
		if from >= to {
			continue
		}
		c := strings.TrimSpace(string(b[from:to]))
		if c == "" {
			continue
		}
		multi = multi || strings.Contains(c, "\n")
		cells = append(cells, c)
	}
	r.out.Truncate(start)
	for i, c := range cells {
		switch {
		case i == 0:
		case multi:
			r.out.WriteByte('\n')
		case len(cells) < 3 || strings.HasSuffix(cells[i-1], ":") || strings.HasSuffix(cells[i-1], "："):
			r.out.WriteByte(' ')
		default:
			r.out.WriteString(" | ")
		}
		r.out.WriteString(c)
	}
	if len(cells) > 0 {
		r.out.WriteByte('\n')
	}
	r.soft, r.marker = false, false
}

// newList is a list as its tag and attributes open it: ordered lists count from their start
// in their numbers' style.
func newList(a atom.Atom, attrs map[string]string) htmlList {
	if a != atom.Ol {
		return htmlList{}
	}
	l := htmlList{ordered: true, next: 1, style: "decimal"}
	if v, err := strconv.Atoi(strings.TrimSpace(attrs["start"])); err == nil {
		l.next = v
	}
	switch attrs["type"] {
	case "a":
		l.style = "lower-alpha"
	case "A":
		l.style = "upper-alpha"
	case "i":
		l.style = "lower-roman"
	case "I":
		l.style = "upper-roman"
	}
	if v := cssValue(attrs, "list-style-type"); v != "" {
		switch v {
		case "lower-alpha", "lower-latin", "upper-alpha", "upper-latin", "lower-roman", "upper-roman":
			l.style = strings.Replace(v, "latin", "alpha", 1)
		case "cjk-ideographic", "cjk-decimal", "simp-chinese-informal", "trad-chinese-informal":
			l.style = "cjk"
		case "none":
			l.ordered = false
		}
	}
	return l
}

// listMarker is the number of an ordered list's item n as a browser shows it.
func listMarker(n int, style string) string {
	switch {
	case n <= 0 || n > 3999:
	case style == "lower-alpha" || style == "upper-alpha":
		s := ""
		for m := n; m > 0; m = (m - 1) / 26 {
			s = string(rune('a'+(m-1)%26)) + s
		}
		if style == "upper-alpha" {
			s = strings.ToUpper(s)
		}
		return s + "."
	case style == "lower-roman" || style == "upper-roman":
		s := roman(n)
		if style == "lower-roman" {
			s = strings.ToLower(s)
		}
		return s + "."
	case style == "cjk" && n < 100:
		return chineseNumber(n) + "、"
	}
	return strconv.Itoa(n) + "."
}

func roman(n int) string {
	var b strings.Builder
	for _, d := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
		{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; n >= d.v; n -= d.v {
			b.WriteString(d.s)
		}
	}
	return b.String()
}

// chineseNumber writes 1–99 as Chinese numerals: 一, 十, 十二, 二十, 二十三.
func chineseNumber(n int) string {
	digits := []rune("零一二三四五六七八九")
	tens, ones := n/10, n%10
	s := ""
	if tens > 1 {
		s = string(digits[tens])
	}
	if tens > 0 {
		s += "十"
	}
	if ones > 0 {
		s += string(digits[ones])
	}
	return s
}

// displayBlock says whether an inline element's style shows it as a block of its own.
func displayBlock(attrs map[string]string) bool {
	v := cssValue(attrs, "display")
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
	style := styleOf(attrs)
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
