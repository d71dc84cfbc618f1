package letters

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line-breaking rules for Chinese text (禁则): no line may start with closing punctuation and
// no line may end with opening punctuation.
const (
	NoLineStart = "，。、；：？！）」』”’》〉】〕］｝…—·％,.;:?!)]}%"
	NoLineEnd   = "（「『“‘《〈【〔［｛([{"
)

// Line is one line of a wrapped paragraph.
type Line struct {
	Text  string
	Width float64 // natural width, in the unit of the measure function
	End   bool    // the paragraph's last line: not justified
}

// unit is what a line cannot split: one CJK character, one Latin word, or one space.
type unit struct {
	text  string
	width float64
	space bool
}

// Wrap breaks one paragraph into lines no wider than width, the first indented by indent.
// advance gives a character's width. Chinese may break between any two characters, subject to
// NoLineStart and NoLineEnd; Latin words break at spaces and are split only when longer than a
// line. A closing punctuation mark that cannot be moved hangs past the margin rather than
// starting a line.
func Wrap(text string, width, indent float64, advance func(rune) float64) []Line {
	units := tokenize(text, advance)
	var lines []Line
	var cur []unit
	avail := width - indent
	flush := func(end bool) {
		for len(cur) > 0 && cur[len(cur)-1].space {
			cur = cur[:len(cur)-1]
		}
		lines = append(lines, makeLine(cur, end))
		cur = nil
		avail = width
	}
	// carryOpening takes the opening marks off the end of the line, to begin the next one.
	carryOpening := func() []unit {
		var carry []unit
		for len(cur) > 1 && endsForbidden(lastText(cur)) {
			carry = append([]unit{cur[len(cur)-1]}, carry...)
			cur = cur[:len(cur)-1]
		}
		for len(carry) > 0 && carry[0].space {
			carry = carry[1:]
		}
		return carry
	}
	for i := 0; i < len(units); i++ {
		u := units[i]
		if u.space && len(cur) == 0 && len(lines) > 0 {
			continue // no space at the start of a continued line
		}
		if lineWidth(cur)+u.width <= avail+1e-9 || u.space {
			cur = append(cur, u)
			continue
		}
		if !u.space && u.width > avail && len(u.text) > 1 && isWord(u.text) {
			// A word longer than a line: split it by characters.
			head, tail := splitWord(u, avail-lineWidth(cur), advance)
			if head.text != "" {
				cur = append(cur, head)
				flush(false)
				if tail.text != "" {
					units[i] = tail
					i--
				}
				continue
			}
			if len(cur) > 0 {
				// The word begins the next line, after the opening marks before it.
				carry := carryOpening()
				flush(false)
				cur = carry
				i--
				continue
			}
		}
		// Break before u: pull characters down so that the next line does not start with
		// closing punctuation and this one does not end with opening punctuation.
		var carry []unit
		if startsForbidden(u.text) {
			// Carry the last word or character before u down with it (and the closing marks
			// and spaces between them), so that u does not start a line.
			k := len(cur) - 1
			for k >= 0 && (cur[k].space || startsForbidden(cur[k].text)) {
				k--
			}
			if k >= 1 && hasText(cur[:k]) {
				carry = append(carry, cur[k:]...)
				cur = cur[:k]
			} else if utf8.RuneCountInString(u.text) == 1 {
				// Nothing can move: hang the mark past the margin, with the closing marks that
				// follow it ("？！", "! ! !"), which may not start the next line either.
				cur = append(cur, u)
				for {
					j := i + 1
					for j < len(units) && units[j].space {
						j++
					}
					if j == len(units) || utf8.RuneCountInString(units[j].text) != 1 || !startsForbidden(units[j].text) {
						break
					}
					cur = append(cur, units[i+1:j+1]...)
					i = j
				}
				flush(false)
				continue
			}
			// Else u is a word that starts with a mark ("!important") after a single word: it
			// starts the next line rather than running a word's width past the margin.
		}
		carry = append(carryOpening(), carry...)
		if len(cur) == 0 {
			cur = append(carry, u)
			continue
		}
		flush(false)
		for len(carry) > 0 && carry[0].space {
			carry = carry[1:]
		}
		// u again, after what was carried down: together they may not fit a line either.
		cur = carry
		i--
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush(true)
	} else {
		lines[len(lines)-1].End = true
	}
	return lines
}

func hasText(us []unit) bool {
	for _, u := range us {
		if !u.space {
			return true
		}
	}
	return false
}

func lastText(us []unit) string {
	for i := len(us) - 1; i >= 0; i-- {
		if !us[i].space {
			return us[i].text
		}
	}
	return ""
}

func makeLine(us []unit, end bool) Line {
	var b strings.Builder
	for _, u := range us {
		b.WriteString(u.text)
	}
	return Line{Text: b.String(), Width: lineWidth(us), End: end}
}

func lineWidth(us []unit) float64 {
	w := 0.0
	for _, u := range us {
		w += u.width
	}
	return w
}

func startsForbidden(s string) bool {
	for _, r := range s {
		return strings.ContainsRune(NoLineStart, r)
	}
	return false
}

func endsForbidden(s string) bool {
	rs := []rune(s)
	return len(rs) > 0 && strings.ContainsRune(NoLineEnd, rs[len(rs)-1])
}

// wordRune is a character that belongs to a Latin word (letters, digits and the punctuation
// that sticks to them), as opposed to a CJK character, which stands alone.
func wordRune(r rune) bool {
	if r == ' ' || isWide(r) {
		return false
	}
	return !strings.ContainsRune(NoLineEnd, r) || r < 0x80
}

// isWide reports CJK ideographs, kana, hangul, full-width forms and CJK punctuation, also
// when they stand in for a character beyond the Basic Multilingual Plane.
func isWide(r rune) bool {
	if c, ok := standIns.char(r); ok {
		r = c
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) ||
		(r >= 0x2E80 && r <= 0x2FFF) || r == '□' || r == '…' || r == '—' || r == '“' || r == '”' ||
		r == '‘' || r == '’' || r == '·'
}

// number says whether rs is a number: digits, with the commas and points between them.
func number(rs []rune) bool {
	for i, r := range rs {
		if !unicode.IsDigit(r) && (i == 0 || r != ',' && r != '.') {
			return false
		}
	}
	return len(rs) > 0
}

// measureWords are the counting words of more than one character a number may be followed by;
// the longest that a text starts with is kept whole.
var measureWords = []string{"个工作日", "個工作日", "个小时", "個小時", "工作日", "小时", "小時", "分钟",
	"分鐘", "秒钟", "秒鐘", "个月", "個月", "星期", "公里", "公斤", "平方米", "立方米", "万元", "萬元"}

// measureWord is how many characters of rs, which starts with a Chinese character, a number
// keeps with it: a measure word of measureWords, else the one character.
func measureWord(rs []rune) int {
	best := 1
	for _, m := range measureWords {
		mr := []rune(m)
		if len(mr) > best && len(rs) >= len(mr) && string(rs[:len(mr)]) == m {
			best = len(mr)
		}
	}
	return best
}

func isWord(s string) bool {
	for _, r := range s {
		return wordRune(r)
	}
	return false
}

func tokenize(text string, advance func(rune) float64) []unit {
	var out []unit
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == ' ':
			out = append(out, unit{text: " ", width: advance(' '), space: true})
			i++
		case wordRune(r):
			j, w := i, 0.0
			for j < len(rs) && wordRune(rs[j]) {
				w += advance(rs[j])
				j++
			}
			// A number keeps the Chinese word it counts ("1201 封", "5 分钟", "180 小时"): the
			// space between them, and a measure word of two characters or more, are no place for
			// a line to break.
			if j+1 < len(rs) && rs[j] == ' ' && unicode.Is(unicode.Han, rs[j+1]) && number(rs[i:j]) {
				n := measureWord(rs[j+1:])
				w += advance(' ')
				for _, r := range rs[j+1 : j+1+n] {
					w += advance(r)
				}
				j += 1 + n
			}
			out = append(out, unit{text: string(rs[i:j]), width: w})
			i = j
		default:
			out = append(out, unit{text: string(r), width: advance(r)})
			i++
		}
	}
	return out
}

// splitWord cuts the longest head of u that fits in avail (at least one character when
// avail is smaller than any).
func splitWord(u unit, avail float64, advance func(rune) float64) (unit, unit) {
	rs := []rune(u.text)
	w, n := 0.0, 0
	for n < len(rs) && w+advance(rs[n]) <= avail+1e-9 {
		w += advance(rs[n])
		n++
	}
	// The rest must not start with closing punctuation, nor the head end with opening
	// punctuation: the cut moves back, or where a single character is all that fits, the
	// closing marks after it hang past the margin.
	for n > 1 && n < len(rs) && (strings.ContainsRune(NoLineStart, rs[n]) || strings.ContainsRune(NoLineEnd, rs[n-1])) {
		w -= advance(rs[n-1])
		n--
	}
	if n == 1 && strings.ContainsRune(NoLineEnd, rs[0]) {
		n = 0 // an opening mark alone does not end a line: the word goes to the next one
	}
	if n == 1 {
		for n < len(rs) && strings.ContainsRune(NoLineStart, rs[n]) {
			w += advance(rs[n])
			n++
		}
	}
	if n == 0 {
		return unit{}, u
	}
	return unit{text: string(rs[:n]), width: w}, unit{text: string(rs[n:]), width: u.width - w}
}
