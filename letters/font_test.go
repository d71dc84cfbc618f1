package letters

import (
	"strings"
	"testing"
)

func TestSubsetFont(t *testing.T) {
	f, err := loadFace()
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune("致歉信尊敬的先生女士，。（）存档副本第页共ABCxyz0123456789□　")
	sub, err := f.subset(runes)
	if err != nil {
		t.Fatal(err)
	}
	if len(sub) > 200<<10 {
		t.Errorf("subset of %d characters is %d bytes", len(runes), len(sub))
	}
	g, err := parseFace(sub)
	if err != nil {
		t.Fatalf("the subset does not parse: %v", err)
	}
	for _, r := range runes {
		if !g.has(r) {
			t.Errorf("subset lacks %q", r)
			continue
		}
		if g.advance(r) != f.advance(r) {
			t.Errorf("advance of %q: subset %v, font %v", r, g.advance(r), f.advance(r))
		}
	}
	if g.has('龍') {
		t.Error("subset holds a character it was not asked for")
	}
}

func TestClean(t *testing.T) {
	f, err := loadFace()
	if err != nil {
		t.Fatal(err)
	}
	box := string(f.missing)
	tests := []struct {
		name, in, want string
	}{
		{"chinese kept", "您好，世界", "您好，世界"},
		{"emoji boxed", "谢谢😀", "谢谢" + box},
		{"emoji sequence is one box", "👍🏻好", box + "好"},
		{"zwj family is boxes, joiners dropped", "👨\u200d👩", box + box},
		{"variation selector dropped", "☎\ufe0f", func() string {
			if f.has('☎') {
				return "☎"
			}
			return box
		}()},
		{"tab becomes space", "a\tb", "a b"},
		{"control dropped", "a\x07b\r\n", "ab\n"},
		{"beyond the BMP", "𠀀", box},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			for _, r := range f.clean(tt.in) {
				if r != '\n' && !f.has(r) {
					t.Errorf("clean left %q, which the font lacks", r)
				}
			}
		})
	}
	if !strings.ContainsRune("□?", f.missing) {
		t.Errorf("missing-character mark is %q", f.missing)
	}
}

func TestParseFaceRejects(t *testing.T) {
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"collection", append([]byte("ttcf"), make([]byte, 20)...)},
		{"cff outlines", append([]byte("OTTO"), make([]byte, 20)...)},
		{"truncated directory", []byte{0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseFace(tt.b); err == nil {
				t.Error("parseFace accepted it")
			}
		})
	}
}
