package phrases

import (
	"reflect"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	def := Default().Phrases()
	tests := []struct {
		name string
		text string
		want []Hit
	}{
		{"clean reply", "您反映的问题我们已记录，将于三个工作日内回复您。", nil},
		{"plain phrase", "对不起，我不知道。", []Hit{{"我不知道", 4, 4}}},
		{"spaces inside", "我 不知道这件事", []Hit{{"我不知道", 0, 5}}},
		{"placeholder phrase", "这是工程部的事，你找他吧。", []Hit{
			{"这是xxx的事，你找他吧", 0, 12}, {"你找他吧", 8, 4}}},
		{"half-width comma", "这是保洁部的事,你找他吧", []Hit{
			{"这是xxx的事，你找他吧", 0, 12}, {"你找他吧", 8, 4}}},
		{"placeholder stops at punctuation", "这是。很长的事，你找他", nil},
		{"two hits in order", "不关我的事，我不知道", []Hit{{"不关我的事", 0, 5}, {"我不知道", 6, 4}}},
		{"repeated", "我不知道我不知道", []Hit{{"我不知道", 0, 4}, {"我不知道", 4, 4}}},
		{"empty text", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.text, def)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Check(%q) = %v, want %v", tt.text, got, tt.want)
			}
			rs := []rune(tt.text)
			for _, h := range got {
				if h.Pos < 0 || h.Pos+h.Len > len(rs) {
					t.Errorf("hit %v outside the text", h)
				}
			}
		})
	}
}

func TestCheckLatin(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		phrase string
		want   int
	}{
		{"case folded", "Sorry, NOT MY JOB.", "not my job", 1},
		{"full-width letters", "ＮＯＴ my job", "not my job", 1},
		{"single x is a letter", "box", "box", 1},
		{"no match", "It is our job.", "not my job", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Check(tt.text, []string{tt.phrase}); len(got) != tt.want {
				t.Errorf("Check(%q, %q) = %v, want %d hits", tt.text, tt.phrase, got, tt.want)
			}
		})
	}
}

func TestParseAndJSON(t *testing.T) {
	edited := Default()
	edited.Forbidden = append(edited.Forbidden, Forbidden{Phrase: "没办法", Rule: "绝对不能对客户说“不”"})
	b, err := edited.JSON()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		in      string
		want    Lists
		wantErr string
	}{
		{"empty setting gives defaults", "", Default(), ""},
		{"round trip", string(b), edited, ""},
		{"bad json", "{", Lists{}, "phrases:"},
		{"empty phrase", `{"forbidden":[{"phrase":"  "}]}`, Lists{}, "is empty"},
		{"duplicate phrase", `{"forbidden":[{"phrase":"我不知道"},{"phrase":"我不知道"}]}`, Lists{}, "twice"},
		{"placeholder only", `{"forbidden":[{"phrase":"xxx"}]}`, Lists{}, "only a placeholder"},
		{"standard without text", `{"standard":[{"group":"g","title":"t","text":""}]}`, Lists{}, "has no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Parse error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestDefaultFromPhraseBook(t *testing.T) {
	d := Default()
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Standard {
		if hits := Check(s.Text, d.Phrases()); len(hits) > 0 {
			t.Errorf("standard phrase %q contains forbidden %v", s.Text, hits)
		}
	}
}
