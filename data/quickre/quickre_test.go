package quickre

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestNeeds(t *testing.T) {
	tests := []struct {
		name, expr string
		want       []string
	}{
		{"words", `停机|换号|新号码`, []string{"停机", "换号", "新号码"}},
		{"either script", `[换換][号號]`, []string{"换号", "换號", "換号", "換號"}},
		{"the longest run stands for the whole", `我.{0,3}[电電]话[：:]?\d`, []string{"电话", "電话"}},
		{"anchors leave the words", `(?:如下|信息)$`, []string{"如下", "信息"}},
		{"a word repeated", `(?:楼)+住户们`, []string{"住户们"}},
		{"an optional part gives nothing", `(?:先生)?女士`, []string{"女士"}},
		{"a part that may be empty", `(?:先生|)女士`, []string{"先生女士", "女士"}},
		{"no words", `\d{11}`, nil},
		{"an alternative without words", `电话|\d{11}`, nil},
		{"English ignoring case", `(?i)call me`, []string{"CALL ME"}},
		{"ignoring case, k and s", `(?i)ask`, []string{"ASK"}},
		{"Chinese ignoring case", `(?i)电话`, []string{"电话"}},
		{"a wide class", `[0-9]+号`, []string{"号"}},
		{"a wide class of letters", `[a-i]`, nil},
		{"a class of Chinese characters", `\d+[室层層幢座栋棟楼樓]`, []string{"室", "层", "層", "幢", "座", "栋", "棟", "楼", "樓"}},
		{"a negated class", `[^的]`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MustCompile(tt.expr).Needs()
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("Needs(%q) = %q, want %q", tt.expr, got, want)
			}
		})
	}
}

// An anchored pattern fails at once where a text does not start as it does; a long text is not
// looked through for its words, as it may be tried at each of its places.
func TestAnchoredLooksNotFar(t *testing.T) {
	re := MustCompile(`^=\?[^?]+\?[bq]\?`)
	if long := strings.Repeat("=?", anchoredLook); !re.may(long) || re.may(long[:anchoredLook]) {
		t.Errorf("anchored pattern: may(long) = %v, may(short) = %v", re.may(long), re.may(long[:anchoredLook]))
	}
	if re := MustCompile(`=\?[^?]+\?[bq]\?`); re.may(strings.Repeat("=?", anchoredLook)) {
		t.Error("a pattern not anchored passed a long text without its words")
	}
}

// TestSameAnswers runs patterns of the shapes the contact rules use over texts made of their
// words and others, and checks each method answers as regexp's does.
func TestSameAnswers(t *testing.T) {
	exprs := []string{
		`停机|换号|新号码|打我[爱愛]人`,
		`(?:如下|联系方式|信息)$`,
		`我.{0,3}[电電]话[：:]?\s*(\d{11})`,
		`^(?:姓名|联系人)[：:]\s*(\S+)`,
		`(?:\d+[栋棟]|\d+号楼)(\d+)?`,
		`(?i)call me|电话`,
		`(?i)^-+ *forwarded message *-+$|写道[:：]$`,
		`[他她]家|对方|那户`,
		`(?:先生|)女士|\b[A-Z][a-z]+\b`,
		`(?i)key|机`,
		`\d+\s*(?:[号號][楼樓]|[室层層幢座栋棟楼樓]|[单單]元)|[东西中]单元`,
	}
	// Long enough for their alternatives to be tried one by one.
	long := `停机|换号|新号码|打我[爱愛]人|(?:如下|联系方式|信息)$|我.{0,3}[电電]话[：:]?\s*(\d{11})|^(?:姓名|联系人)[：:]\s*(\S+)|` +
		`(?:\d+[栋棟]|\d+号楼)(\d+)?|[他她]家|对方|那户|(?:先生|)女士|\b[A-Z][a-z]+\b|\d+\s*(?:[号號][楼樓]|[室层層幢座栋棟楼樓]|[单單]元)|[东西中]单元`
	for len(long) < splitLength {
		long += `|[东西中]单元(\d+)[号號]|(?:电话|手机)\s*[:：]?\s*(\d{3,})`
	}
	exprs = append(exprs, long, "(?i)"+long+"|call me", "(?:"+long+")", "(?:"+long+`)[\s:：]*(\d+)?`)
	if n := len(MustCompile(long).parts); n < 15 {
		t.Fatalf("the long pattern has %d parts", n)
	}
	pieces := []string{"停机", "换号", "新号", "码", "打我", "爱人", "如下", "联系方式", "信息", "我", "的",
		"电话", "電话", "：", ":", " ", "13800138000", "姓名", "联系人", "张三", "\n", "6栋", "1201", "号楼",
		"Call me", "CALL ME", "call me", "我的电话：", "我電话",
		// Another case of a word's first letter ("\u212a" the Kelvin sign, read as k), and a
		// rune with the low bits of a word's first one ("\u605c" as 停).
		"key", "\u212aEY", "\u605c机",
		"-- ", "Forwarded Message", "FORWARDED MESSAGE", "forwarded me\u017fsage", " --", "写道", "寫道", "他家", "她", "对方", "那户", "先生", "女士", "Zhang", "x", "。", "3", "楼", "層", "號樓", "单元", "東单元", "中单元"}
	rng := rand.New(rand.NewPCG(1, 2))
	var texts []string
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, expr := range exprs {
		q, re := MustCompile(expr), regexp.MustCompile(expr)
		matched := 0
		for _, s := range texts {
			if q.MatchString(s) != re.MatchString(s) {
				t.Fatalf("%q MatchString(%q) = %v", expr, s, q.MatchString(s))
			}
			if re.MatchString(s) {
				matched++
			}
			if !slices.Equal(q.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)) ||
				!slices.Equal(q.FindStringIndex(s), re.FindStringIndex(s)) ||
				!slices.Equal(q.FindStringSubmatch(s), re.FindStringSubmatch(s)) ||
				!slices.EqualFunc(q.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1), slices.Equal) ||
				!slices.EqualFunc(q.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1), slices.Equal) ||
				q.FindString(s) != re.FindString(s) ||
				q.ReplaceAllString(s, "<$0>") != re.ReplaceAllString(s, "<$0>") {
				t.Fatalf("%q answers %q otherwise than regexp", expr, s)
			}
		}
		if matched == 0 || matched == len(texts) {
			t.Errorf("%q matched %d of %d texts: the texts do not try it", expr, matched, len(texts))
		}
	}
}

// A long pattern is cut into its alternatives where nothing in it reads them otherwise, or into
// those of the group it begins with.
func TestAlternatives(t *testing.T) {
	for _, tt := range []struct {
		expr  string
		want  []string
		whole bool
	}{
		{`a|b`, []string{"a", "b"}, true},
		{`(?i)a|b`, []string{"(?i)a", "(?i)b"}, true},
		{`(?:a|b)`, []string{"a", "b"}, true},
		{`(?s)(?:a|b)`, []string{"(?s)a", "(?s)b"}, true},
		{`(?:a|b)c|d`, []string{"(?:a|b)c", "d"}, true},
		{`(?:a|b)c`, []string{"a", "b"}, false},
		{`(?i)(?:a|b)(?:c|d)`, []string{"(?i)a", "(?i)b"}, false},
		{`(?:a|b)?c`, []string{"(?:a|b)?c"}, true},
		{`(?:a|b){1,2}c`, []string{"(?:a|b){1,2}c"}, true},
		{`a(b|c)`, []string{"a(b|c)"}, true},
		{`[|]|x`, []string{"[|]", "x"}, true},
		{`[]|]x|y`, []string{"[]|]x", "y"}, true},
		{`[^]|]x|y`, []string{"[^]|]x", "y"}, true},
		{`[[:alpha:]|]|z`, []string{"[[:alpha:]|]", "z"}, true},
		{`a\|b|c`, []string{`a\|b`, "c"}, true},
		{`\p{Han}|\d`, []string{`\p{Han}`, `\d`}, true},
		{`a|(?i)b|c`, nil, false},
		{`\Qa|b\E|c`, nil, false},
	} {
		if got, whole := alternatives(tt.expr); !slices.Equal(got, tt.want) || whole != tt.whole {
			t.Errorf("alternatives(%q) = %q, %v; want %q, %v", tt.expr, got, whole, tt.want, tt.whole)
		}
	}
}

// FuzzAlternatives checks that every match of a pattern holds a match of one of its parts, and
// that, whole, they match no text it does not.
func FuzzAlternatives(f *testing.F) {
	f.Add(`(?i)ab|[|]c`, "AB")
	f.Add(`(?:a|b)c|d\|e`, "d|e")
	f.Add(`[]|]x|^y$`, "y")
	f.Add(`(?:\ba|^b)c$`, "bc")
	f.Add(`(a)|(ab)|b(c)?`, "xabc")
	f.Add(`ab|a`, "ab")
	f.Add(`(?:(x)|(xy))(z)`, "xyz")
	f.Fuzz(func(t *testing.T, expr, s string) {
		re, err := regexp.Compile(expr)
		if err != nil {
			return
		}
		parts, whole := alternatives(expr)
		if parts == nil {
			return
		}
		one := false
		for _, p := range parts {
			one = one || regexp.MustCompile(p).MatchString(s)
		}
		if re.MatchString(s) && !one || whole && one && !re.MatchString(s) {
			t.Fatalf("%q cut into %q (whole %v): one matches %q = %v, the whole %v", expr, parts, whole, s, one, re.MatchString(s))
		}
		// Cut however short it is, it finds what regexp finds.
		q := MustCompile(expr)
		q.parts, q.whole = nil, whole
		for _, p := range parts {
			q.parts = append(q.parts, MustCompile(p))
		}
		if got, want := q.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("%q cut into %q (whole %v) finds %v in %q, regexp %v", expr, parts, whole, got, s, want)
		}
		if q.MatchString(s) != re.MatchString(s) {
			t.Fatalf("%q cut into %q (whole %v): MatchString(%q) = %v", expr, parts, whole, s, q.MatchString(s))
		}
	})
}

// FuzzSameAnswers checks that a pattern passes over no text regexp finds a match in.
func FuzzSameAnswers(f *testing.F) {
	f.Add(`[换換][号號]|停机`, "我换號了")
	f.Add(`(?:如下|)信息$`, "联系信息")
	f.Add(`(?i)ab+c|[x-z]{2}`, "ABBC")
	f.Add(`(?i)ask|call 我`, "AS\u212a")
	f.Add(`(?i)call 我`, "Call 我")
	f.Fuzz(func(t *testing.T, expr, s string) {
		re, err := regexp.Compile(expr)
		if err != nil {
			return
		}
		if q := MustCompile(expr); q.MatchString(s) != re.MatchString(s) {
			t.Fatalf("%q MatchString(%q) = %v, regexp says %v (needs %q)", expr, s, q.MatchString(s), re.MatchString(s), q.Needs())
		}
	})
}

// ContainsAny answers as strings.ContainsAny does, for texts long and short, broken bytes and
// characters looked for in either.
func TestContainsAny(t *testing.T) {
	pieces := []string{"电话", "話", "号", "1", "a", " ", "\n", "，", "\xe8", "\xbb", "\x94", "\ufffd", "軔", "楼上", "栋"}
	sets := []string{"0123456789", "，,。", "栋幢棟樓楼单單", "軔", "\xbb", "\ufffd", ":：", " \t\u3000"}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range 20000 {
		var b strings.Builder
		for range rng.IntN(10) + i%2*30 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, chars := range sets {
			if got, want := ContainsAny(s, chars), strings.ContainsAny(s, chars); got != want {
				t.Fatalf("ContainsAny(%q, %q) = %v, want %v", s, chars, got, want)
			}
		}
	}
}

// Texts of one length looked at by turns from many goroutines are each told by their own runes.
func TestRunesOfTextsByTurns(t *testing.T) {
	texts := []string{"我住5栋1201室", "我住5幢1201室", "电话13800001111", "我的电話1380000"}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20000 {
				s := texts[(g+i)%len(texts)]
				long := strings.Repeat(s, 4) // long enough for its runes to be kept
				if got, want := ContainsAny(long, "栋話"), strings.ContainsAny(s, "栋話"); got != want {
					t.Errorf("ContainsAny(%q) = %v", long, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// Forget keeps no text.
func TestForget(t *testing.T) {
	long := strings.Repeat("我住5栋1201室，", 10)
	if !RunesOf(long).May('栋') || recentTexts[len(long)%textSlots].Load() == nil {
		t.Fatal("a long text's runes are not kept")
	}
	Forget()
	for i := range recentTexts {
		if recentTexts[i].Load() != nil {
			t.Fatalf("slot %d still holds a text", i)
		}
	}
}
