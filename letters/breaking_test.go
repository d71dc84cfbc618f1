package letters

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// oneEach measures every character as 1 wide and ASCII as 0.5, like a CJK font.
func oneEach(r rune) float64 {
	if r < 0x80 {
		return 0.5
	}
	return 1
}

func TestWrapKinsoku(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"plain fits", "您好", 5, []string{"您好"}},
		{"breaks anywhere", "一二三四五六七", 3, []string{"一二三", "四五六", "七"}},
		{"comma pulls a character down", "一二三，四五", 3, []string{"一二", "三，四", "五"}},
		{"full stop and quote pull down", "一二三。」四", 3, []string{"一二", "三。」", "四"}},
		{"opening bracket moves down", "一二（三）", 3, []string{"一二", "（三）"}},
		{"opening quote moves down", "一二“三四”", 3, []string{"一二", "“三", "四”"}},
		{"closing paren never starts", "甲乙丙）丁", 3, []string{"甲乙", "丙）丁"}},
		{"question mark never starts", "你好吗？好", 3, []string{"你好", "吗？好"}},
		{"latin words stay whole", "请拨打 hotline 电话", 6, []string{"请拨打", "hotline 电话"}},
		{"space dropped at the break", "hotline hotline", 4, []string{"hotline", "hotline"}},
		{"long word split", "abcdefghij", 2, []string{"abcd", "efgh", "ij"}},
		{"punctuation hangs when nothing moves", "一，", 1, []string{"一，"}},
		{"marks hang together", "毕？！好", 1, []string{"毕？！", "好"}},
		{"a character is carried down across a space", "请访问 ！好", 3, []string{"请访", "问 ！", "好"}},
		{"carried down, then broken again", "请访问!00", 2, []string{"请访", "问", "!00"}},
		{"a word that starts with marks does not hang past the margin", "mountain bike. ...More", 8, []string{"mountain", "bike. ...More"}},
		{"an opening quote goes down with the word after it", "反映的“abcdefghij", 4, []string{"反映的", "“abcdef", "ghij"}},
		{"a word is not cut after an opening bracket", "0 (abcde", 1.6, []string{"0", "(ab", "cde"}},
		{"a number keeps the word it counts", "已保存 1201 封邮件", 6, []string{"已保存", "1201 封邮件"}},
		{"5 分钟 stays together", "用时 5 分钟", 3, []string{"用时", "5 分钟"}},
		{"a measure word of two characters stays whole", "已逾期 180 小时", 7, []string{"已逾期", "180 小时"}},
		{"and one of four", "须在 5 个工作日内", 6, []string{"须在", "5 个工作日内"}},
		{"a word that is no number breaks at its space", "拨打 hotline 电话", 4, []string{"拨打", "hotline", "电话"}},
		{"empty", "", 5, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range Wrap(tt.text, tt.width, 0, oneEach) {
				got = append(got, l.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Wrap(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

// TestWrapRules checks the rules on longer crafted paragraphs at many widths: no line starts
// with closing punctuation, none ends with opening punctuation, nothing is lost, and no line is
// wider than the measure except by hanging punctuation.
var wrapParagraphs = map[string]string{
	"dense punctuation": "您好！关于您反映的“电梯故障”（编号：TS-2026-000123）一事，我们深表歉意。经查：维保单位巡检不到位；控制板老化。我们已经……处理完毕？！",
	"nested quotes":     "他说：「『这不是我们的问题』，请找别人。」我们认为（这种说法）不妥，《服务规范》明确规定……",
	"mixed latin":       "请访问 https://service.example.com/complaints?id=123 或拨打 0755-88886666 转 8001，Email: service@example.com。",
	"all punctuation":   "，。、；：？！）」』（「『",
}

func TestWrapRules(t *testing.T) {
	for name, text := range wrapParagraphs {
		for width := 2.0; width <= 30; width++ {
			checkWrap(t, name, text, width, 2, true)
		}
	}
}

// FuzzWrap wraps whatever text a complainant may write (the window wraps email text with Wrap
// too): it must end, keep every character but the spaces at breaks, and keep the rules.
func FuzzWrap(f *testing.F) {
	for _, text := range wrapParagraphs {
		f.Add(text, uint8(7), uint8(2))
	}
	f.Add("    缩进的第一行  两个空格  ", uint8(3), uint8(0))
	f.Add("「「「「（（（（“‘", uint8(1), uint8(0))
	f.Add("a\tb\u00a0c\u3000中\u200b文", uint8(2), uint8(1))
	f.Fuzz(func(t *testing.T, text string, width, indent uint8) {
		if !utf8.ValidString(text) || strings.ContainsRune(text, '\n') || len(text) > 4096 {
			return
		}
		w := 1 + float64(width%60)
		checkWrap(t, "fuzz", text, w, float64(indent)*w/512, false)
	})
}

// checkWrap wraps text and checks the lines: no line starts with closing punctuation or ends
// with opening punctuation unless nothing else could be done (strict: Latin marks too, which
// may also begin or end a word such as "!important"), none is wider than the width
// (with what hangs past the margin), only the last ends the paragraph, and no character is
// lost but the spaces where lines break.
func checkWrap(t testing.TB, name, text string, width, indent float64, strict bool) {
	t.Helper()
	lines := Wrap(text, width, indent, oneEach)
	var joined strings.Builder
	for i, l := range lines {
		joined.WriteString(l.Text)
		first, _ := utf8.DecodeRuneInString(l.Text)
		last, _ := utf8.DecodeLastRuneInString(l.Text)
		if i > 0 && strings.ContainsRune(NoLineStart, first) && (strict || first >= 0x80) &&
			!allOf(lines[i-1].Text, NoLineStart) && !oneUnit(strings.TrimRight(lines[i-1].Text, NoLineStart)) {
			t.Errorf("%s at width %v: line %d %q starts with %q", name, width, i, l.Text, first)
		}
		if i < len(lines)-1 && strings.ContainsRune(NoLineEnd, last) && (strict || last >= 0x80) &&
			!allOf(l.Text, NoLineEnd) && !oneUnit(l.Text) {
			t.Errorf("%s at width %v: line %d %q ends with %q", name, width, i, l.Text, last)
		}
		avail := width
		if i == 0 {
			avail -= indent
		}
		// What hangs past the margin is the closing marks at the end of a line.
		body := strings.TrimRight(l.Text, NoLineStart+" ")
		if measure(body) > avail+1e-9 && !oneUnit(body) {
			t.Errorf("%s at width %v: line %d %q is %v wide", name, width, i, l.Text, l.Width)
		}
		if l.End != (i == len(lines)-1) {
			t.Errorf("%s at width %v: line %d End = %v", name, width, i, l.End)
		}
	}
	if strings.ReplaceAll(joined.String(), " ", "") != strings.ReplaceAll(text, " ", "") {
		t.Errorf("%s at width %v: text changed:\n%q\n%q", name, width, joined.String(), text)
	}
}

func measure(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += oneEach(r)
	}
	return w
}

// oneUnit says whether s is one character or one word (with spaces around it): what a line
// holds however narrow.
func oneUnit(s string) bool {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= 1 {
		return true
	}
	for _, r := range s {
		if !wordRune(r) {
			return false
		}
	}
	return true
}

// allOf reports whether every character of s but spaces is in set (a line of nothing but
// punctuation has no better place to break).
func allOf(s, set string) bool {
	for _, r := range s {
		if r != ' ' && !strings.ContainsRune(set, r) {
			return false
		}
	}
	return true
}

func TestWrapIndent(t *testing.T) {
	lines := Wrap("一二三四五六七八", 4, 2, oneEach)
	want := []string{"一二", "三四五六", "七八"}
	for i, l := range lines {
		if i >= len(want) || l.Text != want[i] {
			t.Fatalf("Wrap with indent = %+v, want %q", lines, want)
		}
	}
}
