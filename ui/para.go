package ui

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// para is a label of text that wraps as Chinese is set: a line may break between any two
// Chinese, Japanese or Korean characters as well as at a space, but never before a closing mark
// (，。）」…) nor after an opening one (（「“). A wrapping label breaks only at spaces, so a sentence
// with a number or a name in it ("邮件服务器 127.0.0.1 拒绝了端口 43401 上的连接") leaves half a
// line empty before each long run of Chinese. Each line is a text of its own: a label redraws all
// of its text for each of its lines, which holds the window for a long email.
type para struct {
	widget.BaseWidget
	Text       string
	Importance widget.Importance
	TextStyle  fyne.TextStyle
	SizeName   fyne.ThemeSizeName // of the text; the theme's text size when empty
}

func newPara(text string) *para {
	p := &para{Text: text}
	p.ExtendBaseWidget(p)
	return p
}

// newBoldPara is a para in bold, for headings.
func newBoldPara(text string) *para {
	p := newPara(text)
	p.TextStyle.Bold = true
	return p
}

// SetText sets the text and shows it.
func (p *para) SetText(text string) {
	p.Text = text
	p.Refresh()
}

func (p *para) CreateRenderer() fyne.WidgetRenderer {
	r := &paraRenderer{p: p}
	r.update(p.Size().Width)
	return r
}

type paraRenderer struct {
	p     *para
	texts []*canvas.Text
	objs  []fyne.CanvasObject
	// what the lines were last made from
	text  string
	width float32
	style fyne.TextStyle
	size  float32
	// widths of pieces of text, kept while the text and its style stay
	widths map[string]float32
}

// update breaks the text for width and gives each line a text in the para's colour and size.
func (r *paraRenderer) update(width float32) {
	p := r.p
	th := p.Theme()
	sizeName := p.SizeName
	if sizeName == "" {
		sizeName = theme.SizeNameText
	}
	size := th.Size(sizeName)
	color := th.Color(importanceColor(p.Importance), fyne.CurrentApp().Settings().ThemeVariant())
	if r.text != p.Text || r.style != p.TextStyle || r.size != size {
		r.widths = map[string]float32{}
	} else if r.width == width {
		for _, t := range r.texts {
			if t.Color != color {
				t.Color = color
				t.Refresh()
			}
		}
		return
	}
	r.text, r.width, r.style, r.size = p.Text, width, p.TextStyle, size
	text := p.Text
	if avail := width - 2*th.Size(theme.SizeNameInnerPadding); avail > 0 {
		style := p.TextStyle
		text = breakLines(p.Text, avail, func(s string) float32 {
			w, ok := r.widths[s]
			if !ok {
				w = fyne.MeasureText(s, size, style).Width
				r.widths[s] = w
			}
			return w
		})
	}
	lines := strings.Split(text, "\n")
	for len(r.texts) < len(lines) {
		r.texts = append(r.texts, canvas.NewText("", color))
	}
	r.texts = r.texts[:len(lines)]
	r.objs = r.objs[:0]
	for i, l := range lines {
		t := r.texts[i]
		t.Text, t.Color, t.TextSize, t.TextStyle = l, color, size, p.TextStyle
		t.Refresh()
		r.objs = append(r.objs, t)
	}
}

// importanceColor is the colour a label of importance i is written in.
func importanceColor(i widget.Importance) fyne.ThemeColorName {
	switch i {
	case widget.LowImportance:
		return theme.ColorNameDisabled
	case widget.HighImportance:
		return theme.ColorNamePrimary
	case widget.DangerImportance:
		return theme.ColorNameError
	case widget.WarningImportance:
		return theme.ColorNameWarning
	case widget.SuccessImportance:
		return theme.ColorNameSuccess
	}
	return theme.ColorNameForeground
}

func (r *paraRenderer) Layout(size fyne.Size) {
	r.update(size.Width)
	pad := r.p.Theme().Size(theme.SizeNameInnerPadding)
	y := pad
	for _, t := range r.texts {
		m := t.MinSize()
		t.Move(fyne.NewPos(pad, y))
		t.Resize(m)
		y += m.Height
	}
}

// MinSize is as narrow as a wrapping label's and as tall as the lines it has at its width.
func (r *paraRenderer) MinSize() fyne.Size {
	pad := r.p.Theme().Size(theme.SizeNameInnerPadding)
	h := float32(0)
	for _, t := range r.texts {
		h += t.MinSize().Height
	}
	return fyne.NewSize(2*pad, h+2*pad)
}

func (r *paraRenderer) Refresh() {
	r.Layout(r.p.Size())
	canvas.Refresh(r.p)
}

func (r *paraRenderer) Objects() []fyne.CanvasObject {
	return r.objs
}

func (r *paraRenderer) Destroy() {}

// breakLines breaks each line of text where it would grow wider than width, as Chinese is set
// (see para); measure gives a piece of text's width. A piece wider than width alone (a long web
// address) is left on a line of its own for the label to cut.
func breakLines(text string, width float32, measure func(string) float32) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/16)
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		breakLine(&b, line, width, measure)
	}
	return b.String()
}

func breakLine(b *strings.Builder, line string, width float32, measure func(string) float32) {
	var used float32 // width of what is on the current line, with the spaces after it
	spaces := ""     // the spaces after the current line's last piece: dropped where it breaks
	start := true    // nothing on the current line yet
	for rest := line; rest != ""; {
		piece := rest[:nextBreak(rest)]
		rest = rest[len(piece):]
		word := strings.TrimRight(piece, " \t\u3000")
		if !start && used+measure(word) > width {
			b.WriteByte('\n')
			used, spaces = 0, ""
		}
		b.WriteString(spaces)
		b.WriteString(word)
		spaces = piece[len(word):]
		used += measure(piece)
		start = false
	}
	b.WriteString(spaces)
}

// nextBreak is the length of the first piece of s: up to where a line may break, after the
// spaces that follow it.
func nextBreak(s string) int {
	var prev rune
	first := true
	for i, r := range s {
		if !first && canBreak(prev, r) {
			return i
		}
		prev, first = r, false
	}
	return len(s)
}

// canBreak says whether a line may break between a and b.
func canBreak(a, b rune) bool {
	switch {
	case isBlank(b), strings.ContainsRune(noLineStart, b):
		return false // spaces stay at the end of the line they follow
	case isBlank(a):
		return true
	case strings.ContainsRune(noLineEnd, a):
		return false
	case a == b && (a == '—' || a == '…'):
		return false // "——" and "……" are one mark
	}
	return wide(a) || wide(b)
}

func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000'
}

// wide runes are Chinese, Japanese and Korean characters and marks, between which a line may
// break.
func wide(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo):
		return true
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF: // CJK marks, full-width forms
		return true
	}
	return false
}

// noLineStart are marks a line may not begin with; noLineEnd, marks it may not end with.
const (
	noLineStart = "，。、；：？！）》」』】〕〉〗〙〛’”…—·～％‰℃,.;:?!)]}%" +
		"ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶーヽヾゝゞ々"
	noLineEnd = "（《「『【〔〈〖〘〚‘“([{￥$¥"
)
