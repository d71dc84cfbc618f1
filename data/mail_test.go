package data

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A name too long for a disk keeps its beginning and its extension, within both limits.
func TestShortName(t *testing.T) {
	long := strings.Repeat("锦华花园电梯停运", 25)
	for _, c := range []struct {
		name               string
		maxRunes, maxBytes int
		want               string
	}{
		{"投诉照片.jpg", 80, 240, "投诉照片.jpg"},
		{long + ".pdf", 20, 240, "锦华花园电梯停运锦华花园电梯停…" + ".pdf"},
		{long + ".pdf", 80, 30, "锦华花园电梯停…" + ".pdf"},
		{strings.Repeat("a", 100) + ".报告 终稿", 20, 240, strings.Repeat("a", 19) + "…"},
		{"report. . . . . . . . . . . . .pdf", 12, 240, "report…" + ".pdf"},
	} {
		got := ShortName(c.name, c.maxRunes, c.maxBytes)
		if got != c.want || utf8.RuneCountInString(got) > c.maxRunes || len(got) > c.maxBytes {
			t.Errorf("ShortName(%q, %d, %d) = %q, want %q", c.name, c.maxRunes, c.maxBytes, got, c.want)
		}
	}
}
