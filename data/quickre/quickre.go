// Package quickre is regexp with a quick first look: a pattern knows words one of which every
// match contains ("换号", "換號", "停机", "call me"…), and a text holding none of them is passed
// over without running the pattern. The contact rules run a hundred patterns over every line of
// every mail; most lines hold none of their words, and looking for words in one pass over a line
// is many times quicker than trying a pattern of alternatives at each of its positions. A long
// pattern of alternatives is also tried as its alternatives, each with its own words and a small
// program, and runs whole only where one of them matches.
package quickre

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Regexp is a compiled pattern with the words every match contains. Its methods answer as
// regexp's do; those it does not override run the pattern as regexp does.
type Regexp struct {
	*regexp.Regexp
	needs []word // one of them is in every match; nil when the pattern names no such words
	// byFirst is needs by their first rune, looked up at each rune of a text: one pass over the
	// text, whatever the number of words.
	byFirst map[rune][]word
	// firsts has each first rune of byFirst: most runes of a text are no first rune, and a bit
	// says so quicker than the map does.
	firsts runeSet
	// anchored is set when every match starts at the text's start. Such a pattern fails at
	// once where a text does not start as it does, and is tried at each of many places of a
	// long text ("=?" in a header of 100 KB of them): looking through all the rest there for the
	// words would make the work grow with the square of the text.
	anchored bool
	// parts is the pattern's alternatives, or those of the group it begins with, each a
	// pattern of its own, when it is long: every match holds a match of one of them, and each
	// looks for its own words first and runs a program a fraction of the whole's size. The
	// whole runs only on a text one of them matches; whole, they are its alternatives, and a
	// text matches the whole where it matches one of them.
	parts []*Regexp
	whole bool
}

// splitLength is the length from which a pattern's alternatives are tried one by one.
const splitLength = 1000

// alternatives is expr cut at each "|" outside its groups and classes, with the flags it begins
// with before each part ("(?i)a|b" is "(?i)a" and "(?i)b"), and within a group around the whole
// ("(?:a|b)"): whole, a text matches one of the parts where it matches expr. Without such a
// "|", they are those of the group expr begins with ("(?:a|b)c" is "a" and "b"): not whole,
// every match of expr holds a match of one of them. Nil when a flag set in the middle would
// read the parts otherwise, or a part does not compile alone.
func alternatives(expr string) (parts []string, whole bool) {
	flags := leadingFlags.FindString(expr)
	body := expr[len(flags):]
	parts, whole = cut(body), true
	if len(parts) == 1 && strings.HasPrefix(body, "(?:") {
		switch c := closing(body, 0); {
		case c == len(body)-1:
			parts = cut(body[3:c]) // "(?:a|b)"
		case c > 0 && !strings.ContainsRune("?*+{", rune(body[c+1])):
			parts, whole = cut(body[3:c]), false // "(?:a|b)c"; not "(?:a|b)?c"
		}
	}
	if parts == nil {
		return nil, false
	}
	for i, part := range parts {
		parts[i] = flags + part
		if _, err := regexp.Compile(parts[i]); err != nil {
			return nil, false
		}
	}
	return parts, whole
}

// cut is body cut at each "|" outside its groups and classes; nil when a flag set in the middle
// would read the parts otherwise ("a|(?i)b|c"), or quoted text ("\Qa|b\E") leaves it unsure.
func cut(body string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '\\':
			if strings.HasPrefix(body[i:], `\Q`) {
				return nil // quoted text to \E
			}
			i++
		case '[':
			end := classEnd(body, i)
			if end < 0 {
				return nil
			}
			i = end
		case '(':
			if f := leadingFlags.FindString(body[i:]); f != "" {
				return nil // flags from here on
			}
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				parts = append(parts, body[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, body[start:])
}

// leadingFlags are the flags a pattern or a group begins with: "(?i)", "(?s-m)".
var leadingFlags = regexp.MustCompile(`^\(\?[imsU-]+\)`)

// closing is the index of the ")" that closes the group opened at expr[open], -1 when none.
func closing(expr string, open int) int {
	depth := 0
	for i := open; i < len(expr); i++ {
		switch expr[i] {
		case '\\':
			i++
		case '[':
			if i = classEnd(expr, i); i < 0 {
				return -1
			}
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// classEnd is the index of the "]" that ends the class opened at expr[open], -1 when none: a
// "]" first in it is one of its characters, as are escaped ones and those of "[:alpha:]".
func classEnd(expr string, open int) int {
	i := open + 1
	if strings.HasPrefix(expr[i:], "^") {
		i++
	}
	if strings.HasPrefix(expr[i:], "]") {
		i++
	}
	for ; i < len(expr); i++ {
		switch {
		case expr[i] == '\\':
			i++
		case strings.HasPrefix(expr[i:], "[:"):
			end := strings.Index(expr[i+2:], ":]")
			if end < 0 {
				return -1
			}
			i += 2 + end + 1
		case expr[i] == ']':
			return i
		}
	}
	return -1
}

// firstBits is how many bits firsts has: a power of two.
const firstBits = 4096

// anchoredLook is the longest text an anchored pattern looks through for its words first.
const anchoredLook = 512

// word is a word every match may contain; fold when its letters are matched in either case.
type word struct {
	text string
	fold bool
}

// MustCompile is regexp.MustCompile for a Regexp.
func MustCompile(expr string) *Regexp {
	re := regexp.MustCompile(expr)
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err) // regexp compiled it: it parses
	}
	tree = tree.Simplify()
	q := &Regexp{Regexp: re, needs: needed(tree).words, anchored: anchored(tree)}
	if parts, whole := alternatives(expr); len(expr) >= splitLength && len(parts) > 1 {
		for _, part := range parts {
			q.parts = append(q.parts, MustCompile(part))
		}
		q.whole = whole
	}
	if slices.ContainsFunc(q.needs, func(w word) bool { return w.text == "" || strings.ContainsRune(w.text, utf8.RuneError) }) {
		// An empty word is in every text; regexp reads a broken byte as U+FFFD, which a text
		// holding that byte does not contain.
		q.needs = nil
	}
	if q.needs != nil {
		q.byFirst = map[rune][]word{}
		for _, w := range q.needs {
			r, _ := utf8.DecodeRuneInString(w.text)
			q.byFirst[r] = append(q.byFirst[r], w)
			q.firsts.add(r)
			for f := unicode.SimpleFold(r); w.fold && f != r; f = unicode.SimpleFold(f) {
				q.byFirst[f] = append(q.byFirst[f], w)
				q.firsts.add(f)
			}
		}
	}
	return q
}

// Needs is the words one of which every match contains, nil when there are none to look for.
func (re *Regexp) Needs() []string {
	var out []string
	for _, w := range re.needs {
		out = append(out, w.text)
	}
	return out
}

// may tells whether s can hold a match: it holds one of the words, and when the pattern is cut
// into its parts, one of them matches (where most texts match none, so that the whole runs only
// on those it matches).
func (re *Regexp) may(s string) bool {
	if !re.holdsWord(s) {
		return false
	}
	if re.parts == nil {
		return true
	}
	for _, p := range re.parts {
		if p.MatchString(s) {
			return true
		}
	}
	return false
}

// holdsWord tells whether s holds one of the words every match contains.
func (re *Regexp) holdsWord(s string) bool {
	if re.needs == nil || re.anchored && len(s) > anchoredLook {
		return true
	}
	if len(s) >= LongText && !RunesOf(s).runes.anyOf(&re.firsts) {
		return false
	}
	for i, r := range s {
		if !re.firsts.has(r) {
			continue
		}
		for _, w := range re.byFirst[r] {
			if strings.HasPrefix(s[i:], w.text) || w.fold && hasPrefixFold(s[i:], w.text) {
				return true
			}
		}
	}
	return false
}

// MatchString is regexp's; a pattern cut into parts matches where one of them does.
func (re *Regexp) MatchString(s string) bool {
	return re.may(s) && (re.parts != nil && re.whole || re.Regexp.MatchString(s))
}

func (re *Regexp) FindString(s string) string {
	if re.parts != nil && re.whole {
		if m := re.FindStringSubmatchIndex(s); m != nil {
			return s[m[0]:m[1]]
		}
		return ""
	}
	if !re.may(s) {
		return ""
	}
	return re.Regexp.FindString(s)
}

func (re *Regexp) FindStringIndex(s string) []int {
	if re.parts != nil && re.whole {
		if m := re.FindStringSubmatchIndex(s); m != nil {
			return m[:2:2]
		}
		return nil
	}
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindStringIndex(s)
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	if re.parts != nil && re.whole {
		m := re.FindStringSubmatchIndex(s)
		if m == nil {
			return nil
		}
		out := make([]string, len(m)/2)
		for i := range out {
			if m[2*i] >= 0 {
				out[i] = s[m[2*i]:m[2*i+1]]
			}
		}
		return out
	}
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindStringSubmatch(s)
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	if re.parts != nil && re.whole {
		if !re.holdsWord(s) {
			return nil
		}
		return re.firstOfParts(s)
	}
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindStringSubmatchIndex(s)
}

// firstOfParts is the whole's first match, from its alternatives': the leftmost, the first of
// them where two begin at one place, as the whole prefers them; its groups are numbered on after
// those of the alternatives before it.
func (re *Regexp) firstOfParts(s string) []int {
	var first []int
	at, groups := 0, 0
	for _, p := range re.parts {
		if m := p.FindStringSubmatchIndex(s); m != nil && (first == nil || m[0] < first[0]) {
			first, at = m, groups
		}
		groups += p.NumSubexp()
	}
	if first == nil {
		return nil
	}
	out := make([]int, 2+2*re.NumSubexp())
	for i := range out {
		out[i] = -1
	}
	out[0], out[1] = first[0], first[1]
	copy(out[2+2*at:], first[2:])
	return out
}

func (re *Regexp) FindAllString(s string, n int) []string {
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindAllString(s, n)
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindAllStringIndex(s, n)
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindAllStringSubmatch(s, n)
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	if !re.may(src) {
		return src
	}
	return re.Regexp.ReplaceAllString(src, repl)
}

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if !re.may(src) {
		return src
	}
	return re.Regexp.ReplaceAllStringFunc(src, repl)
}

// Runes is the runes a text holds: the contact rules try hundreds of patterns and look for
// characters and words many times in each line of a mail, and the line's runes, read once, rule
// out at once every pattern and word that begins with none of them.
type Runes struct {
	s     string
	runes runeSet
}

// runeSet is a set of runes by their low bits (firstBits of them): a rune whose bit is not set
// is not in it, one whose bit is set may be.
type runeSet [firstBits / 64]uint64

// add puts r in the set.
func (set *runeSet) add(r rune) {
	b := uint32(r) % firstBits
	set[b/64] |= 1 << (b % 64)
}

// has tells whether r may be in the set: false when it is not.
func (set *runeSet) has(r rune) bool {
	b := uint32(r) % firstBits
	return set[b/64]&(1<<(b%64)) != 0
}

// anyOf tells whether the set may hold a rune of other: false when it holds none.
func (set *runeSet) anyOf(other *runeSet) bool {
	for i, f := range other {
		if f&set[i] != 0 {
			return true
		}
	}
	return false
}

// LongText is the length from which a text's runes are read once and kept: a shorter one is
// read through as quickly as its runes are counted.
const LongText = 64

// textSlots is how many texts' runes are kept, each in the slot of its length: a rule reads a
// line, its clauses and the whole text by turns.
const textSlots = 64

// recentTexts is the runes of the texts last looked at, shared by every goroutine: a slot holds
// its text, so its bytes are not freed and used again for another text while it is there.
var recentTexts [textSlots]atomic.Pointer[Runes]

// RunesOf is the runes of s, read once while s is among the texts last looked at.
func RunesOf(s string) *Runes {
	slot := &recentTexts[len(s)%textSlots]
	if t := slot.Load(); t != nil && t.s == s {
		return t
	}
	t := &Runes{s: s}
	for _, r := range s {
		t.runes.add(r)
	}
	slot.Store(t)
	return t
}

// Forget drops the texts kept, so that a long mail's text does not stay in memory once the work
// that read it is done; the next look reads them again.
func Forget() {
	for i := range recentTexts {
		recentTexts[i].Store(nil)
	}
}

// May tells whether the text may hold r: false when it does not.
func (t *Runes) May(r rune) bool { return t.runes.has(r) }

// ContainsAny is strings.ContainsAny, quicker for Chinese characters: strings.ContainsAny looks
// for each rune of s among chars, where this looks for each of chars in s only when s's runes
// may hold it.
func ContainsAny(s, chars string) bool {
	ascii := true
	for i := 0; i < len(chars) && ascii; i++ {
		ascii = chars[i] < utf8.RuneSelf
	}
	if ascii || len(s) < LongText {
		return strings.ContainsAny(s, chars)
	}
	t := RunesOf(s)
	for _, r := range chars {
		if t.May(r) && strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// Limits on the words looked for: more are slower to look for than the pattern is to run.
const (
	maxWords     = 1024
	maxClassRune = 8 // a character class of more runes (a digit, a letter) is no word
	// maxHanClassRune is the most runes of a class of none in ASCII: "[室层層幢座栋棟楼樓]", a
	// building's words in either script, are words as rare as any.
	maxHanClassRune = 24
)

// words is what a part of a pattern tells of its matches: one of words is in each of them, or,
// when exact, each of them is one of words.
type words struct {
	words []word
	exact bool
}

// needed is the words every match of re contains; words nil when there are none.
func needed(re *syntax.Regexp) words {
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0 && hasCase(string(re.Rune))
		return words{words: []word{{string(re.Rune), fold}}, exact: true}
	case syntax.OpCharClass:
		var rs []word
		limit := maxHanClassRune
		if len(re.Rune) > 0 && re.Rune[0] < utf8.RuneSelf {
			limit = maxClassRune
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(rs) == limit {
					return words{}
				}
				rs = append(rs, word{text: string(r)})
			}
		}
		return words{words: rs, exact: len(rs) > 0}
	case syntax.OpCapture:
		return needed(re.Sub[0])
	case syntax.OpPlus:
		return words{words: needed(re.Sub[0]).words}
	case syntax.OpRepeat:
		if re.Min == 0 {
			return words{}
		}
		return words{words: needed(re.Sub[0]).words}
	case syntax.OpAlternate:
		var out words
		out.exact = true
		for _, sub := range re.Sub {
			w := needed(sub)
			if w.words == nil || len(out.words)+len(w.words) > maxWords {
				return words{}
			}
			out.words = append(out.words, w.words...)
			out.exact = out.exact && w.exact
		}
		return out
	case syntax.OpConcat:
		return concat(re.Sub)
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		// Matching no text, they leave the words of what stands beside them as they are.
		return words{words: []word{{}}, exact: true}
	}
	return words{}
}

// anchored tells whether every match of re starts at the text's start.
func anchored(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return anchored(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchored(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchored(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// concat is the words of a sequence: runs of exact parts make longer words together ("[换換]"
// then "[号號]" make 换号, 換号, 换號, 換號), and the run or part of the longest shortest word
// stands for the whole.
func concat(subs []*syntax.Regexp) words {
	var best words
	run := words{words: []word{{}}, exact: true}
	all := true // every part so far exact, the run all of them
	consider := func(w words) {
		if w.words != nil && better(w.words, best.words) {
			best = words{words: w.words}
		}
	}
	for _, sub := range subs {
		w := needed(sub)
		if w.exact && len(run.words)*len(w.words) <= maxWords {
			var next []word
			for _, a := range run.words {
				for _, b := range w.words {
					// Compared in either case, the whole word finds a text the pattern matches.
					next = append(next, word{a.text + b.text, a.fold || b.fold})
				}
			}
			run.words = next
			continue
		}
		all = false
		consider(run)
		consider(w)
		run = words{words: []word{{}}, exact: true}
		if w.exact {
			// Too many words together: start a run again with this part.
			run.words = w.words
		}
	}
	if all {
		return run
	}
	consider(run)
	return best
}

// better tells whether a finds fewer texts than b: its shortest word is longer, or as long and
// there are fewer of them. An empty word finds every text.
func better(a, b []word) bool {
	if b == nil {
		return shortest(a) > 0
	}
	sa, sb := shortest(a), shortest(b)
	return sa > sb || sa == sb && len(a) < len(b)
}

func shortest(ws []word) int {
	n := -1
	for _, w := range ws {
		if c := utf8.RuneCountInString(w.text); n < 0 || c < n {
			n = c
		}
	}
	return max(n, 0)
}

// hasPrefixFold tells whether s begins with w, its letters in either case, as regexp matches
// them ignoring case: k also by the Kelvin sign, s by the long s.
func hasPrefixFold(s, w string) bool {
	for _, rw := range w {
		rs, n := utf8.DecodeRuneInString(s)
		if n == 0 {
			return false
		}
		s = s[n:]
		if rs == rw {
			continue
		}
		f := unicode.SimpleFold(rw)
		for f != rw && f != rs {
			f = unicode.SimpleFold(f)
		}
		if f != rs {
			return false
		}
	}
	return true
}

// hasCase tells whether a letter of s has another case.
func hasCase(s string) bool {
	for _, r := range s {
		if unicode.SimpleFold(r) != r {
			return true
		}
	}
	return false
}
