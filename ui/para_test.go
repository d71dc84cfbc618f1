package ui

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/letters"
)

// cell measures text as a terminal does: a Chinese character or mark two cells, anything else one.
func cell(r rune) float64 {
	if r >= 0x2000 {
		return 2
	}
	return 1
}

func cells(s string) float64 {
	n := 0.0
	for _, r := range s {
		n += cell(r)
	}
	return n
}

func TestBreakLinesAsChineseIsSet(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float32
		want  string
	}{
		{"fits", "电梯坏了", 20, "电梯坏了"},
		{"a line is filled, not broken at the last space",
			"邮件服务器 127.0.0.1 拒绝了端口 43401 上的连接，请检查端口和加密方式。", 40,
			"邮件服务器 127.0.0.1 拒绝了端口 43401 上\n的连接，请检查端口和加密方式。"},
		{"no line starts with a closing mark", "请检查端口和加密方式。", 20, "请检查端口和加密方\n式。"},
		{"no line ends with an opening mark", "投诉人说「电梯坏了」", 10, "投诉人说\n「电梯坏\n了」"},
		{"words are not split", "Check mail now please", 10, "Check mail\nnow please"},
		{"a number stays whole", "已逾期 2026-11-23", 12, "已逾期\n2026-11-23"},
		{"lines and indentation kept", "标题\n    日期：11 月 23 日\n\n正文", 30, "标题\n    日期：11 月 23 日\n\n正文"},
		{"empty", "", 10, ""},
	}
	for _, tt := range tests {
		got := breakLines(tt.text, tt.width, cell)
		if got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// Nothing but the spaces where lines break is lost, every line fits, and no line is left short
// where the next one's first character would have fitted.
func TestBreakLinesFillsEachLine(t *testing.T) {
	text := strings.Repeat("TS-2026-000123 张伟 投诉停车场收费过高，要求书面答复（2 级，工程部）。Email: zhang@example.cn ", 20)
	for width := float32(16); width <= 80; width++ {
		got := breakLines(text, width, cell)
		if !sameBarBreaks(got, strings.TrimRight(text, " ")) {
			t.Fatalf("width %v: text changed:\n%q", width, got)
		}
		lines := strings.Split(got, "\n")
		for i, l := range lines {
			if cells(l) > float64(width) {
				t.Errorf("width %v: line %q is %v wide", width, l, cells(l))
			}
			// (+1: the space the break may stand in place of)
			if i+1 < len(lines) && movable(lines[i+1]) && cells(l)+1+cell(firstRune(lines[i+1])) <= float64(width) &&
				!strings.ContainsRune(letters.NoLineEnd, lastRune(l)) {
				t.Errorf("width %v: %q would have fitted after %q", width, firstRune(lines[i+1]), l)
			}
		}
	}
}

// movable says whether the first character of line, a Chinese one, could have ended the line
// before: not an opening mark, nor one a closing mark follows (which may not start a line).
func movable(line string) bool {
	r := []rune(line)
	return len(r) > 0 && r[0] >= 0x2000 && !strings.ContainsRune(letters.NoLineStart+letters.NoLineEnd, r[0]) &&
		(len(r) == 1 || !strings.ContainsRune(letters.NoLineStart, r[1]))
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// sameBarBreaks says whether broken is text with line breaks put in, each in place of the spaces
// where it stands or of nothing.
func sameBarBreaks(broken, text string) bool {
	j := 0
	for i := 0; i < len(broken); i++ {
		if broken[i] == '\n' {
			for j < len(text) && text[j] == ' ' {
				j++
			}
			continue
		}
		if j >= len(text) || broken[i] != text[j] {
			return false
		}
		j++
	}
	return j == len(text)
}

// In a window, a para's lines are filled with the text measured in the theme's font, it grows
// a line taller where a label breaking at spaces only would leave half a line empty, and it
// follows a new text and a new width.
func TestParaFillsItsLinesInTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme())
	text := "clerk1@127.0.0.1：2026-12-02 01:09 收取失败。邮件服务器 127.0.0.1 拒绝了端口 43401 上的连接，请检查端口和加密方式。"
	p := newPara(text)
	p.Importance = widget.DangerImportance
	plain := widget.NewLabel(text)
	plain.Wrapping = fyne.TextWrapWord
	w := test.NewWindow(container.NewVBox(p, plain))
	defer w.Close()
	w.Resize(fyne.NewSize(420, 400))

	th := p.Theme()
	avail := p.Size().Width - 2*th.Size(theme.SizeNameInnerPadding)
	measure := func(s string) float32 {
		return fyne.MeasureText(s, th.Size(theme.SizeNameText), fyne.TextStyle{}).Width
	}
	lines := paraLines(p)
	if len(lines) < 2 {
		t.Fatalf("not broken at width %v: %q", avail, lines)
	}
	for i, l := range lines {
		if measure(l) > avail {
			t.Errorf("line %q is %v wide, the para %v", l, measure(l), avail)
		}
		if i+1 < len(lines) && movable(lines[i+1]) && measure(l+" "+string(firstRune(lines[i+1]))) <= avail {
			t.Errorf("%q would have fitted after %q", firstRune(lines[i+1]), l)
		}
	}
	if shown := strings.Join(lines, "\n"); !sameBarBreaks(shown, text) {
		t.Errorf("text changed: %q", shown)
	}
	if c := test.WidgetRenderer(p).(*paraRenderer).texts[0].Color; c != th.Color(theme.ColorNameError, a.Settings().ThemeVariant()) {
		t.Errorf("a danger para is written in %v", c)
	}
	saved := false
	for width := float32(200); width <= 800; width += 10 {
		w.Resize(fyne.NewSize(width, 400))
		if p.MinSize().Height > plain.MinSize().Height {
			t.Errorf("%v wide: para %v high, a label breaking at spaces %v", width, p.MinSize().Height, plain.MinSize().Height)
		}
		saved = saved || p.MinSize().Height < plain.MinSize().Height
	}
	if !saved {
		t.Error("at no width does the para take fewer lines than a label breaking at spaces")
	}

	p.SetText("电梯坏了")
	if got := paraLines(p); len(got) != 1 || got[0] != "电梯坏了" {
		t.Errorf("after SetText the para shows %q", got)
	}
	p.SetText(text)
	w.Resize(fyne.NewSize(1200, 400))
	if got := paraLines(p); len(got) != 1 || got[0] != text {
		t.Errorf("wide enough for one line, the para shows %q", got)
	}
}

// paraLines are the lines a para shows.
func paraLines(p *para) []string {
	var lines []string
	for _, t := range test.WidgetRenderer(p).(*paraRenderer).texts {
		lines = append(lines, t.Text)
	}
	return lines
}

// BenchmarkParaResize lays out an email's 20,000-character paragraph in a para at a new width,
// as a clerk dragging the window's edge does: a label breaking it at spaces takes seconds.
func BenchmarkParaResize(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(NewTheme())
	text := strings.Repeat("三号楼电梯多次故障，物业一直没有处理，请尽快安排维修并给出书面答复。Lift 3 broken again. ", 300)
	p := newPara(text)
	w := test.NewWindow(container.NewVScroll(p))
	defer w.Close()
	w.Resize(fyne.NewSize(600, 400))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.Resize(fyne.NewSize(float32(500+i%2*200), 400))
	}
}

// In a window 1,000 wide, a case whose timeline names a long email address keeps its time limits
// readable: a heading that could not wrap made the timeline as wide as itself and left the
// limits a column one character wide.
func TestNarrowWindowKeepsTheCaseReadable(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("郭建华", "17001010346", "投影仪无法连接", 5)
	if _, err := f.store.Act(f.ctx, c.Ref, data.ActParams{Action: data.ActEmail, Direction: data.DirIn,
		Contact: "MAILER-DAEMON@mail.jinhua-property-management.example", Text: "Undelivered Mail Returned to Sender"}); err != nil {
		t.Fatal(err)
	}
	f.win.Resize(fyne.NewSize(1000, 640))
	f.desk.OpenCase(c.Ref)
	f.settle()
	var narrow []string
	walk(f.desk.caseView.view, func(o fyne.CanvasObject) {
		if p, ok := o.(*para); ok && p.Visible() && p.Text != "" && p.Size().Width < 150 {
			narrow = append(narrow, fmt.Sprintf("%q %.0f wide", p.Text, p.Size().Width))
		}
	})
	if len(narrow) > 0 {
		t.Errorf("squeezed: %s", strings.Join(narrow, "; "))
	}
}
