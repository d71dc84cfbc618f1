package ui

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"complaintdesk/data/calendar"
)

// Long lines are broken for wrapping labels, after a sentence's end where there is one, and
// nothing of the text is lost; text with shorter lines is left as it is.
func TestBreakLongLines(t *testing.T) {
	sentence := "三号楼电梯多次故障，物业一直没有处理，请尽快安排维修并给出书面答复。" // 34 characters
	short := strings.Repeat(sentence, 20) + "\n" + strings.Repeat("x", wrapLimit)
	if got := breakLongLines(short); got != short {
		t.Errorf("lines of at most %d characters were changed", wrapLimit)
	}
	for name, text := range map[string]string{
		"chinese paragraph": "开头\n" + strings.Repeat(sentence, 600) + "\n结尾",
		"no punctuation":    strings.Repeat("x", 5*wrapLimit+7),
		"english":           strings.Repeat("The lift has been broken since Monday. ", 200),
		"header":            "Subject: " + strings.Repeat("=?utf-8?B?5oqV6K+J?= ", 300),
	} {
		got := breakLongLines(text)
		lines := strings.Split(got, "\n")
		for i, l := range lines {
			if n := utf8.RuneCountInString(l); n > wrapLimit {
				t.Errorf("%s: line %d is %d characters", name, i, n)
			}
		}
		if len(lines) < 2 {
			t.Errorf("%s: not broken", name)
		}
		if strings.Join(strings.Fields(got), "") != strings.Join(strings.Fields(text), "") {
			t.Errorf("%s: the text changed beyond its line breaks", name)
		}
		for _, l := range lines[:len(lines)-1] {
			switch {
			case name == "chinese paragraph" && l != "开头" && !strings.HasSuffix(l, "。"),
				name == "english" && !strings.HasSuffix(l, "Monday."),
				name == "header" && !strings.HasSuffix(l, "?="):
				t.Errorf("%s: a line ends %q, not where a sentence or word ends", name, l[len(l)-9:])
			}
		}
	}
	// A form's multi-line entry given an email's single paragraph holds it broken the same way.
	e := newMultiLine(3)
	e.SetText(strings.Repeat(sentence, 600))
	if hasLongLine(e.Text) {
		t.Error("the entry holds a line too long to wrap")
	}
}

// Past a deadline at the end of the working day, before the next day's work starts, a complaint
// is overdue by no working time yet: it says overdue, not "overdue by 0 h 0 min".
func TestDueTextAfterHours(t *testing.T) {
	newFixture(t) // in Chinese
	cal := calendar.Default()
	loc := cal.Location()
	due := time.Date(2026, 12, 1, 18, 0, 0, 0, loc) // a Tuesday, at the end of the working day
	if got := dueText(cal, &due, time.Date(2026, 12, 1, 20, 0, 0, 0, loc)); got != "2026-12-01 18:00 — 已逾期" {
		t.Errorf("after hours: %q", got)
	}
	if got := dueText(cal, &due, time.Date(2026, 12, 2, 10, 30, 0, 0, loc)); !strings.Contains(got, "已逾期 1 小时 30 分") {
		t.Errorf("the next morning: %q", got)
	}
}

// A day is read as clerks type it; a day that does not exist is refused.
func TestParseDay(t *testing.T) {
	want := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"2026-11-01", "2026/11/01", "2026.11.1", "2026年11月1日", " 2026-11-1 ", "２０２６／１１／０１"} {
		if got, err := parseDay(s, time.UTC); err != nil || !got.Equal(want) {
			t.Errorf("%q: %v %v", s, got, err)
		}
	}
	for _, s := range []string{"2026-13-01", "2026/02/30", "11/01/2026", "昨天", ""} {
		if _, err := parseDay(s, time.UTC); err == nil {
			t.Errorf("%q read as a day", s)
		}
	}
}

// The dashboard's lines name a complainant whole, a Latin name as a Chinese one, and shorten
// only what would not fit.
func TestOneLineCellsCountsWideCharacters(t *testing.T) {
	for _, c := range []struct {
		in   string
		max  int
		want string
	}{
		{"Sender Name", 16, "Sender Name"},
		{"欧阳晓明", 16, "欧阳晓明"},
		{"Christopher Columbus-Smith", 16, "Christopher Co…"},
		{"北京市朝阳区望京街道物业管理处", 16, "北京市朝阳区望…"},
		{"  电梯\n故障 ", 16, "电梯 故障"},
	} {
		if got := oneLineCells(c.in, c.max); got != c.want {
			t.Errorf("oneLineCells(%q, %d) = %q, want %q", c.in, c.max, got, c.want)
		}
	}
}
