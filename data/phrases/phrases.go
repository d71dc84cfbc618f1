// Package phrases holds the standard phrases (标准话术) offered while talking or writing to a
// complainant and the forbidden phrases (禁忌语言) flagged before anything is sent or printed.
// The defaults come from the customer-service phrase book (seed 001, attachment 1); the
// administrator's edited lists are stored as JSON in the setting data.SettingPhrases.
package phrases

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Forbidden is one phrase a clerk must never use, with the rule it breaks.
type Forbidden struct {
	Phrase string `json:"phrase"` // "xxx" (or "xx") stands for any short name, e.g. a department
	Rule   string `json:"rule,omitempty"`
}

// Standard is one recommended phrase of the phrase book.
type Standard struct {
	Group string `json:"group"` // e.g. 来电接听
	Title string `json:"title"` // e.g. 礼貌接听
	Text  string `json:"text"`
}

// Lists is the whole phrase book.
type Lists struct {
	Forbidden []Forbidden `json:"forbidden"`
	Standard  []Standard  `json:"standard"`
}

// Default is the phrase book of seed 001, attachment 1 (客服标准话术).
func Default() Lists {
	const (
		ruleNo       = "绝对不能对客户说“不”"
		ruleBlame    = "绝对不能推卸责任"
		ruleRedirect = "绝对不能让客户转找别人"
		inbound      = "来电接听"
		outbound     = "致电客户"
	)
	return Lists{
		Forbidden: []Forbidden{
			{Phrase: "我不知道", Rule: ruleNo},
			{Phrase: "不关我的事", Rule: ruleBlame},
			{Phrase: "这是xxx的事，你找他吧", Rule: ruleRedirect},
			{Phrase: "你找他吧", Rule: ruleRedirect},
		},
		Standard: []Standard{
			{Group: inbound, Title: "礼貌接听", Text: "您好！客服部。"},
			{Group: inbound, Title: "礼貌询问", Text: "有什么可以帮到您？"},
			{Group: inbound, Title: "可以直接解决的问题", Text: "您说的这个问题，具体是这样的……"},
			{Group: inbound, Title: "可以指引客户解决的问题", Text: "您说的这个问题，具体可由xx部门xx解决，他的联系电话是：xxx，我马上致电给他说明，让他给您电话。如还有问题，欢迎来电。"},
			{Group: inbound, Title: "不能马上解决、回复的问题", Text: "您所说的内容我已记录下来了，具体我晚点再回复您。"},
			{Group: inbound, Title: "关系到别的部门的问题", Text: "您说的这个问题可能与xx部门有关，我先帮您了解下，再回复您。"},
			{Group: inbound, Title: "需要汇报解决的问题", Text: "您说的内容我已记录下来了，我需要向部门（主管、经理或总监）汇报后，才能回复您，晚点我会给您电话。"},
			{Group: inbound, Title: "礼貌结束", Text: "谢谢您的来电，再见。"},
			{Group: outbound, Title: "礼貌问候", Text: "xx您好！我是xx客服xx。"},
			{Group: outbound, Title: "说明目的", Text: "今天致电给您，是关于xxx的事……"},
			{Group: outbound, Title: "节点回复", Text: "您的xxx事现在已xxx，我会尽快跟进处理，请您放心。"},
			{Group: outbound, Title: "已完成业务回复", Text: "您的xxx事情已处理完毕，具体结果是……请您知悉。"},
			{Group: outbound, Title: "礼貌结束", Text: "今天跟您说的就是这个事，谢谢，再见。"},
		},
	}
}

// Phrases lists the forbidden phrases alone, the form Check takes.
func (l Lists) Phrases() []string {
	out := make([]string, 0, len(l.Forbidden))
	for _, f := range l.Forbidden {
		out = append(out, f.Phrase)
	}
	return out
}

// Validate rejects empty or duplicate phrases.
func (l Lists) Validate() error {
	seen := map[string]bool{}
	for i, f := range l.Forbidden {
		p := strings.TrimSpace(f.Phrase)
		if p == "" {
			return fmt.Errorf("phrases: forbidden phrase %d is empty", i+1)
		}
		if len(wildcardFree(p)) == 0 {
			return fmt.Errorf("phrases: forbidden phrase %q is only a placeholder", p)
		}
		if seen[p] {
			return fmt.Errorf("phrases: forbidden phrase %q is listed twice", p)
		}
		seen[p] = true
	}
	for i, s := range l.Standard {
		if strings.TrimSpace(s.Text) == "" {
			return fmt.Errorf("phrases: standard phrase %d (%s) has no text", i+1, s.Title)
		}
	}
	return nil
}

// Parse reads the lists saved in the settings; an empty value gives the defaults.
func Parse(b []byte) (Lists, error) {
	if strings.TrimSpace(string(b)) == "" {
		return Default(), nil
	}
	var l Lists
	if err := json.Unmarshal(b, &l); err != nil {
		return Lists{}, fmt.Errorf("phrases: %w", err)
	}
	if err := l.Validate(); err != nil {
		return Lists{}, err
	}
	return l, nil
}

// JSON is the form saved in the settings.
func (l Lists) JSON() ([]byte, error) {
	if err := l.Validate(); err != nil {
		return nil, err
	}
	b, err := json.Marshal(l)
	if err != nil {
		return nil, fmt.Errorf("phrases: %w", err)
	}
	return b, nil
}

// Hit is one forbidden phrase found in a text. Pos and Len count runes (characters), the unit
// text widgets use for cursor positions.
type Hit struct {
	Phrase string
	Pos    int
	Len    int
}

// maxWildcard is how many characters "xxx" in a phrase may stand for.
const maxWildcard = 12

// Check finds every forbidden phrase in text, in order of position. Matching ignores case,
// full-width/half-width differences and spaces, so "我 不知道" and "我不知道" both hit.
func Check(text string, forbidden []string) []Hit {
	src := []rune(text)
	norm := make([]rune, len(src))
	for i, r := range src {
		norm[i] = fold(r)
	}
	var hits []Hit
	for _, p := range forbidden {
		pat := compile(p)
		if len(pat) == 0 {
			continue
		}
		for start := 0; start < len(norm); start++ {
			if isSpace(norm[start]) {
				continue
			}
			if end, ok := match(norm, start, pat); ok {
				hits = append(hits, Hit{Phrase: p, Pos: start, Len: end - start})
				start = end - 1
			}
		}
	}
	sortHits(hits)
	return hits
}

// token is one element of a compiled phrase: a character, or a wildcard when r is 0.
type token struct{ r rune }

func compile(p string) []token {
	var out []token
	rs := []rune(strings.TrimSpace(p))
	for i := 0; i < len(rs); i++ {
		r := fold(rs[i])
		if isSpace(r) {
			continue
		}
		if r == 'x' {
			j := i
			for j < len(rs) && fold(rs[j]) == 'x' {
				j++
			}
			// "xx" and longer runs of x are the phrase book's placeholder; a single x is a letter.
			if j-i >= 2 {
				if len(out) == 0 || out[len(out)-1].r != 0 {
					out = append(out, token{0})
				}
				i = j - 1
				continue
			}
		}
		out = append(out, token{r})
	}
	for len(out) > 0 && out[0].r == 0 {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1].r == 0 {
		out = out[:len(out)-1]
	}
	return out
}

// match reports whether pat matches text from start, returning the end (exclusive).
func match(text []rune, start int, pat []token) (int, bool) {
	if len(pat) == 0 {
		return start, true
	}
	i := start
	if pat[0].r == 0 {
		// A placeholder stands for 1..maxWildcard characters that are not punctuation.
		for n := 1; n <= maxWildcard && i+n <= len(text); n++ {
			if r := text[i+n-1]; unicode.IsPunct(r) || r == '\n' {
				break
			}
			if end, ok := match(text, i+n, pat[1:]); ok {
				return end, true
			}
		}
		return 0, false
	}
	for i < len(text) && isSpace(text[i]) {
		i++
	}
	if i >= len(text) || text[i] != pat[0].r {
		return 0, false
	}
	return match(text, i+1, pat[1:])
}

func fold(r rune) rune {
	if f, _ := utf8.DecodeRuneInString(width.Fold.String(string(r))); f != utf8.RuneError {
		r = f
	}
	return unicode.ToLower(r)
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' }

func wildcardFree(p string) []token {
	var out []token
	for _, t := range compile(p) {
		if t.r != 0 {
			out = append(out, t)
		}
	}
	return out
}

func sortHits(h []Hit) {
	sort.SliceStable(h, func(i, j int) bool {
		if h[i].Pos != h[j].Pos {
			return h[i].Pos < h[j].Pos
		}
		return h[i].Len > h[j].Len
	})
}
