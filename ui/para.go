package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/letters"
)

// para is a label of text that wraps as Chinese is set, by the rules the letters follow: a line
// may break between any two Chinese, Japanese or Korean characters as well as at a space, but
// never before a closing mark (，。）」…) nor after an opening one (（「“). A wrapping label breaks
// only at spaces, so a sentence with a number or a name in it ("邮件服务器 127.0.0.1 拒绝了端口
// 43401 上的连接") leaves half a line empty before each long run of Chinese. Each line is a text
// of its own: a label redraws all of its text for each of its lines, which holds the window for
// a long email.
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
	// widths of characters, kept while the style stays
	widths map[rune]float64
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
	if r.style != p.TextStyle || r.size != size || r.widths == nil {
		r.widths = map[rune]float64{}
	} else if r.text == p.Text && r.width == width {
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
		text = breakLines(p.Text, avail, func(c rune) float64 {
			w, ok := r.widths[c]
			if !ok {
				w = float64(fyne.MeasureText(string(c), size, style).Width)
				r.widths[c] = w
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

// breakLines breaks each line of text where it would grow wider than width, by the rules of
// the letters (letters.Wrap); advance gives a character's width.
func breakLines(text string, width float32, advance func(rune) float64) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/16)
	for i, paragraph := range strings.Split(text, "\n") {
		for j, l := range letters.Wrap(paragraph, float64(width), 0, advance) {
			if i > 0 || j > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l.Text)
		}
	}
	return b.String()
}
