package decode

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"complaintdesk/data/quickre"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/charset"
	"github.com/saintfish/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// Chinese mail labelled GB2312 is nearly always written in GBK or GB18030 (characters such as
// 祐 or 喆 are outside GB2312), so every label of the family is read as GB18030, its superset.
// ks_c_5601-1987 is what Outlook calls EUC-KR (really its superset, CP949).
var charsetAliases = map[string]encoding.Encoding{
	"gb2312":         simplifiedchinese.GB18030,
	"csgb2312":       simplifiedchinese.GB18030,
	"gb_2312-80":     simplifiedchinese.GB18030,
	"euc-cn":         simplifiedchinese.GB18030,
	"x-euc-cn":       simplifiedchinese.GB18030,
	"gbk":            simplifiedchinese.GB18030,
	"x-gbk":          simplifiedchinese.GB18030,
	"cp936":          simplifiedchinese.GB18030,
	"ms936":          simplifiedchinese.GB18030,
	"windows-936":    simplifiedchinese.GB18030,
	"gb18030":        simplifiedchinese.GB18030,
	"hz-gb-2312":     simplifiedchinese.HZGB2312,
	"hz-gb2312":      simplifiedchinese.HZGB2312,
	"hz":             simplifiedchinese.HZGB2312,
	"big5":           traditionalchinese.Big5,
	"big5-hkscs":     traditionalchinese.Big5,
	"x-x-big5":       traditionalchinese.Big5,
	"x-big5":         traditionalchinese.Big5,
	"cp950":          traditionalchinese.Big5,
	"ms950":          traditionalchinese.Big5,
	"cp932":          japanese.ShiftJIS, // Windows' Shift_JIS, as Outlook labels it
	"ms932":          japanese.ShiftJIS,
	"x-ms-cp932":     japanese.ShiftJIS,
	"ms_kanji":       japanese.ShiftJIS,
	"sjis":           japanese.ShiftJIS,
	"shift_jis":      japanese.ShiftJIS,
	"windows-31j":    japanese.ShiftJIS,
	"ks_c_5601-1987": korean.EUCKR,
	"ks_c_5601":      korean.EUCKR,
	"cp949":          korean.EUCKR,
	"windows-949":    korean.EUCKR,
	"x-windows-949":  korean.EUCKR,
	"windows-950":    traditionalchinese.Big5,
	"x-windows-950":  traditionalchinese.Big5,
	"mac-roman":      charmap.Macintosh, // old Mac mail, under Python's and glibc's names
	"macroman":       charmap.Macintosh,
	"mac":            charmap.Macintosh,
	"mac-cyrillic":   charmap.MacintoshCyrillic,
	"maccyrillic":    charmap.MacintoshCyrillic,
	"iso-8859-1":     charmap.Windows1252, // as browsers do: 0x80–0x9F are cp1252 punctuation in practice
	"latin1":         charmap.Windows1252,
	"us-ascii":       charmap.Windows1252,
	"ascii":          charmap.Windows1252,
}

func init() {
	for name, enc := range charsetAliases {
		charset.RegisterEncoding(name, enc)
	}
	message.CharsetReader = charsetReader
}

// utf16Labels are the names of UTF-16, with Java's and Windows' among them, and whether the
// bytes are big-endian when no byte order mark says.
var utf16Labels = map[string]bool{
	"utf-16": false, "utf16": false, "unicode": false, "ucs-2": false, "iso-10646-ucs-2": false, "csunicode": false,
	"utf-16le": false, "ucs-2le": false, "unicodelittle": false, "unicodelittleunmarked": false,
	"utf-16be": true, "ucs-2be": true, "unicodebig": true, "unicodebigunmarked": true,
}

// wide labels name charsets whose text is not ASCII even when every byte is below 0x80 (ISO-2022-JP
// is ASCII until an escape byte, which decodeBytes looks for). HZ writes GB2312 in 7 bits between
// "~{" and "~}".
func wide(l string) bool {
	_, utf16 := utf16Labels[l]
	return utf16 || strings.HasPrefix(l, "utf-7") || charsetAliases[l] == simplifiedchinese.HZGB2312
}

// knownPrefixes rescue labels with junk glued on, like "windows-1252http-equivcontent-type".
var knownPrefixes = []string{"windows-125", "iso-8859-", "utf-8", "gb18030", "gb2312", "gbk", "big5",
	"shift_jis", "euc-jp", "euc-kr", "iso-2022-jp", "koi8-r", "koi8-u"}

// errUnknownCharset marks a label no decoder is known for.
var errUnknownCharset = errors.New("unknown charset")

func normalizeLabel(label string) string {
	if len(label) > maxLabel {
		return "" // no charset's name: read as if none were given
	}
	l := strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	switch l {
	case "ansi_x3.4-1968", "ansi_x3.4-1986", "iso_646.irv:1991", "iso646-us", "iso-ir-6", "us", "ibm367", "cp367", "csascii":
		return "us-ascii" // its other names, as glibc's mailers write it
	case "utf8", "unicode-1-1-utf-8", "x-utf8", "x-unicode20utf8", "unicode-2-0-utf-8", "x-unicode2-0-utf-8":
		return "utf-8" // Outlook Express and others
	case "x-user-defined", "_autodetect", "_autodetect_all", "x-unknown-8bit", "unknown", "default", "8bit":
		// Outlook Express's "User Defined" encoding and browser labels that name no charset: the
		// bytes are in the sender's own code page, as with no label at all.
		return "unknown-8bit"
	}
	if m := windowsCodePage.FindStringSubmatch(l); m != nil {
		return "windows-" + m[1] // "win-1257", "win1251", "x-cp1250", "ms-1252"
	}
	return l
}

// maxLabel is longer than any charset's name (the longest IANA name has 45 characters).
const maxLabel = 64

// windowsCodePage is a Windows code page under one of the names mailers give it besides
// "windows-125x".
var windowsCodePage = quickre.MustCompile(`^(?:x-)?(?:win|cp|ms)[-_]?(125[0-8])$`)

// charsetReader converts input in the labelled charset to UTF-8; it is go-message's hook too.
// A double-byte charset's user area is read as Windows reads it (userArea).
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	return decoder(label, input, true)
}

// decoder is charsetReader; users says whether to read a charset's user area, which a guess at
// the charset of unlabelled bytes must not: read so, Latin-1 and other misread bytes would
// decode with no replacement mark to tell the guess wrong.
func decoder(label string, input io.Reader, users bool) (io.Reader, error) {
	l := normalizeLabel(label)
	switch l {
	case "utf-8":
		return input, nil
	case "utf-7", "unicode-1-1-utf-7", "csunicode11utf7":
		b, err := io.ReadAll(input)
		if err != nil {
			return nil, err
		}
		return strings.NewReader(decodeUTF7(b)), nil
	case "iso-2022-cn", "iso-2022-cn-ext", "csiso2022cn", "iso-2022-kr", "csiso2022kr":
		// The web's decoders turn these into a single replacement mark: the whole text lost.
		b, err := io.ReadAll(input)
		if err != nil {
			return nil, err
		}
		return strings.NewReader(decodeISO2022(b)), nil
	}
	if be, ok := utf16Labels[l]; ok {
		b, err := io.ReadAll(input)
		if err != nil {
			return nil, err
		}
		return strings.NewReader(decodeUTF16(undoNULSubstitution(b, be), be)), nil
	}
	if enc, ok := charsetAliases[l]; ok {
		if area, ok := userAreas[enc]; ok && users {
			b, err := io.ReadAll(input)
			if err != nil {
				return nil, err
			}
			return strings.NewReader(decodeUserArea(b, enc, area)), nil
		}
		return transform.NewReader(input, enc.NewDecoder()), nil
	}
	r, err := charset.Reader(l, input)
	if err == nil {
		return r, nil
	}
	if strings.Contains(l, "big5") { // "x-big5", "big5-2003", "cn-big5-hkscs"…
		return transform.NewReader(input, traditionalchinese.Big5.NewDecoder()), nil
	}
	for _, p := range knownPrefixes {
		if strings.HasPrefix(l, p) && len(l) > len(p) {
			for end := len(l); end > len(p)-1; end-- {
				if r, err := charset.Reader(l[:end], input); err == nil {
					return r, nil
				}
			}
		}
	}
	return nil, fmt.Errorf("%w %q", errUnknownCharset, label)
}

// userArea is where a double-byte charset keeps the characters an office makes for itself
// (造字: a rare character of a name, typed with Windows' private character editor), which
// Windows maps to Unicode's private use area from U+E000 and the web's decoders to a
// replacement mark: the character would be lost for good.
type userArea struct {
	size func(b []byte) int                  // the bytes of the character b begins with
	char func(lead, trail byte) (rune, bool) // a character of the area, as Windows maps it
}

var userAreas = map[encoding.Encoding]userArea{
	simplifiedchinese.GB18030: {
		size: func(b []byte) int {
			switch {
			case b[0] < 0x81 || b[0] == 0xff || len(b) < 2:
				return 1
			case b[1] >= 0x30 && b[1] <= 0x39:
				return min(4, len(b))
			}
			return 2
		},
		// Code page 936: AAA1–AFFE, F8A1–FEFE, then A140–A7A0, 94 or 96 a row.
		char: func(lead, trail byte) (rune, bool) {
			switch {
			case lead >= 0xaa && lead <= 0xaf && trail >= 0xa1 && trail <= 0xfe:
				return 0xe000 + rune(lead-0xaa)*94 + rune(trail-0xa1), true
			case lead >= 0xf8 && lead <= 0xfe && trail >= 0xa1 && trail <= 0xfe:
				return 0xe234 + rune(lead-0xf8)*94 + rune(trail-0xa1), true
			case lead >= 0xa1 && lead <= 0xa7 && trail >= 0x40 && trail <= 0xa0 && trail != 0x7f:
				t := rune(trail - 0x40)
				if trail > 0x7f {
					t--
				}
				return 0xe4c6 + rune(lead-0xa1)*96 + t, true
			}
			return 0, false
		},
	},
	japanese.ShiftJIS: {
		size: func(b []byte) int {
			if c := b[0]; len(b) >= 2 && (c >= 0x81 && c <= 0x9f || c >= 0xe0 && c <= 0xfc) {
				return 2
			}
			return 1
		},
		// Code page 932: F040–F9FC, 188 a row.
		char: func(lead, trail byte) (rune, bool) {
			if lead < 0xf0 || lead > 0xf9 || trail < 0x40 || trail > 0xfc || trail == 0x7f {
				return 0, false
			}
			t := rune(trail - 0x40)
			if trail > 0x7f {
				t--
			}
			return 0xe000 + rune(lead-0xf0)*188 + t, true
		},
	},
}

// decodeUserArea decodes b in enc, the characters of its user area as Windows does.
func decodeUserArea(b []byte, enc encoding.Encoding, area userArea) string {
	var out strings.Builder
	start := 0
	for i := 0; i < len(b); {
		n := area.size(b[i:])
		if n == 2 {
			if r, ok := area.char(b[i], b[i+1]); ok {
				s, _ := enc.NewDecoder().Bytes(b[start:i])
				out.Write(s)
				out.WriteRune(r)
				i += 2
				start = i
				continue
			}
		}
		i += n
	}
	if start == 0 {
		s, _ := enc.NewDecoder().Bytes(b)
		return string(s)
	}
	s, _ := enc.NewDecoder().Bytes(b[start:])
	out.Write(s)
	return out.String()
}

// decodeBytes converts b to UTF-8. A declared legacy charset loses to UTF-8 when the bytes are
// valid UTF-8 with non-ASCII characters in them (mislabelled mail is common; real GBK or Big5
// text is almost never valid UTF-8). Without a usable label the fallbacks are tried in order and
// GB18030 comes last, since unlabelled legacy mail in this office is Chinese.
func decodeBytes(b []byte, label string, fallbacks []string) string {
	l := normalizeLabel(label)
	if isASCII(b) && !wide(l) && !bytes.Contains(b, []byte{0x1b}) {
		return string(b)
	}
	if l != "" && !isASCII(b) && !wide(l) && utf8.Valid(b) {
		return string(b)
	}
	if l != "" && l != "us-ascii" && l != "unknown-8bit" && l != "x-unknown" {
		if western[l] && (!looksLatin(b) || chineseCharset(b) == "big5") {
			if s, ok := chineseUnderWesternLabel(b, fallbacks); ok {
				return s
			}
		}
		if l == "utf-8" && !utf8.Valid(b) {
			if s, ok := notUTF8(b, fallbacks); ok {
				return s
			}
		}
		if l == "iso-2022-jp" && !isASCII(b) && bytes.IndexByte(b, 0x1b) < 0 {
			// ISO-2022-JP is 7-bit: 8-bit bytes under its label are the Shift_JIS (or EUC-JP)
			// that Japanese mailers label so, when they read as Japanese: with kana in them.
			jp := "shift_jis"
			if eucJP(b) {
				jp = "euc-jp"
			}
			if s, err := convert(b, jp); err == nil && !strings.ContainsRune(s, utf8.RuneError) && hasKana(s) {
				return s
			}
		}
		if s, err := convertLabelled(b, l); err == nil {
			return s
		}
	}
	// The 7-bit encodings name themselves by their escape sequences where no label does: old
	// Japanese mail (ISO-2022-JP), Chinese and Korean (ISO-2022-CN, -KR).
	switch {
	case bytes.Contains(b, []byte("\x1b$B")) || bytes.Contains(b, []byte("\x1b$@")) || bytes.Contains(b, []byte("\x1b$(D")):
		if s, err := convert(b, "iso-2022-jp"); err == nil {
			return s
		}
	case bytes.Contains(b, []byte("\x1b$)")):
		return decodeISO2022(b)
	}
	if utf8.Valid(b) {
		return string(b)
	}
	if good, bad := utf8Bytes(b); good >= 9 && bad*8 <= good {
		// UTF-8 with a character cut in half (a form that cuts its text by bytes) or a stray
		// Latin-1 letter: legacy Chinese forms UTF-8 characters in about half its bytes, by chance.
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	for _, f := range fallbacks {
		if western[f] && !looksLatin(b) {
			// A raw header under a body labelled Western: the label is as wrong for it.
			if s, ok := chineseUnderWesternLabel(b, fallbacks); ok {
				return s
			}
		}
		if s, err := convert(b, f); err == nil && !strings.ContainsRune(s, utf8.RuneError) {
			return s
		}
	}
	// Big5's second bytes are often ASCII letters, which can make it look Latin.
	cs := chineseCharset(b)
	if cs != "big5" && (looksLatin(b) || cannotBeChinese(b) || latinWords(b)) {
		cs = "windows-1252"
	}
	s, _ := convert(b, cs)
	return s
}

// chineseCharset is the charset of Chinese text that came without a (right) label: GB18030,
// which reads every GB2312 and GBK text, unless the text reads far better as Big5, as Taiwan's
// and Hong Kong's mail does. Read as GB18030, Big5 turns into rare characters without an error
// ("肅琌產癡" for "雖然"), so the choice goes by how common the characters of each reading are.
func chineseCharset(b []byte) string {
	high := 0
	for _, c := range b {
		if c >= 0x80 {
			high++
		}
	}
	if high < minDetectBytes {
		return "gb18030"
	}
	// The start of a long text says as much as all of it, and in a fraction of the time.
	r, err := chardet.NewTextDetector().DetectBest(b[:min(len(b), maxDetectBytes)])
	if err != nil || r.Charset != "Big5" || r.Confidence < 50 {
		return "gb18030"
	}
	if s, err := convert(b, "big5"); err != nil || strings.ContainsRune(s, utf8.RuneError) {
		return "gb18030"
	}
	return "big5"
}

// minDetectBytes is how many bytes above 0x7F (ten characters) chineseCharset wants before it
// believes a guess: a name or a short subject says too little.
const minDetectBytes = 20

// maxDetectBytes is how much of a text chineseCharset reads to judge it.
const maxDetectBytes = 64 << 10

// looksLatin tells Western text from Chinese among unlabelled bytes. In Latin-1 or cp1252 text a
// byte above 0x7F stands alone between letters ("org\xe1nica"); in GBK or Big5 they come in runs,
// one character after another. Read as GB18030, such Latin text would turn into Chinese.
func looksLatin(b []byte) bool {
	runs, lone := 0, 0
	highRuns(b, func(i, j int) bool {
		runs++
		if j-i == 1 && i > 0 && isLetter(b[i-1]) && j < len(b) && isLetter(b[j]) {
			lone++
		}
		return true
	})
	return lone*2 > runs
}

// cannotBeChinese says whether bytes that are not UTF-8 cannot be GBK or Big5 either, and read
// as Western text: no run of bytes above 0x7F is longer than two (accented letters, cp1252's
// curly quotes: "caf\xe9", "\x93quoted\x94"), and one of them is a single byte before a space,
// a digit, a punctuation mark or the end, where no character of GBK or Big5 can end, their
// second bytes being 0x40 or above.
func cannotBeChinese(b []byte) bool {
	short, alone := true, false
	highRuns(b, func(i, j int) bool {
		short = j-i <= 2
		alone = alone || j-i == 1 && (j == len(b) || b[j] < 0x40)
		return short
	})
	return short && alone
}

// latinWords says whether the bytes above 0x7F are accented letters inside Latin words: each
// run of them one or two letters of Latin-1 ("Gr\xfc\xdfe", "M\xfcnchen") next to an ASCII
// letter. Chinese has runs of several characters, and a lone character of GBK or Big5 read as
// Latin-1 nearly always takes in a sign (¶, °, ¥, ×), not two letters.
func latinWords(b []byte) bool {
	ok := false
	highRuns(b, func(i, j int) bool {
		ok = j-i <= 2 && latinLetters(b[i:j]) && (i > 0 && isLetter(b[i-1]) || j < len(b) && isLetter(b[j]))
		return ok
	})
	return ok
}

// latinLetters says whether every byte is a letter of Latin-1 (À to ÿ, but × and ÷).
func latinLetters(b []byte) bool {
	for _, c := range b {
		if c < 0xc0 || c == 0xd7 || c == 0xf7 {
			return false
		}
	}
	return true
}

// highRuns calls visit with the bounds of each run of bytes above 0x7F, until it returns false.
func highRuns(b []byte, visit func(start, end int) bool) {
	for i := 0; i < len(b); i++ {
		if b[i] < 0x80 {
			continue
		}
		j := i
		for j < len(b) && b[j] >= 0x80 {
			j++
		}
		if !visit(i, j) {
			return
		}
		i = j
	}
}

// western are the labels of Western single-byte charsets, under which web forms and old mail
// scripts often send Chinese text as it was typed.
var western = map[string]bool{
	"iso-8859-1": true, "iso_8859-1": true, "iso8859-1": true, "latin1": true, "l1": true,
	"iso-8859-15": true, "iso8859-15": true, "windows-1252": true, "cp1252": true,
}

// chineseUnderWesternLabel reads Chinese bytes labelled as a Western charset: with another
// charset the message names that reads them cleanly, or else as GB18030 when every run of bytes
// above 0x7F has an even length (one two-byte character after another), one run at least holds
// two characters, and all of it reads cleanly. Western text, whose accented letters mostly stand
// alone, never gets here (looksLatin), and a word like "Größe" is not two characters long.
func chineseUnderWesternLabel(b []byte, fallbacks []string) (string, bool) {
	for _, f := range fallbacks {
		if f == "gb18030" || !anyCJK([]string{f}) {
			// Another single-byte charset (a Cyrillic sender's name) is no better a reading
			// of Western bytes than their own label.
			continue
		}
		if s, err := convert(b, f); err == nil && !strings.ContainsRune(s, utf8.RuneError) {
			return s, true
		}
	}
	cs := chineseCharset(b)
	if cs != "big5" {
		// GB2312 characters are two bytes above 0x7F; Big5's second byte is often ASCII.
		longest, even := 0, true
		highRuns(b, func(i, j int) bool {
			even = (j-i)%2 == 0
			longest = max(longest, j-i)
			return even
		})
		if !even || longest < 4 {
			return "", false
		}
	}
	s, err := convert(b, cs)
	if err != nil || strings.ContainsRune(s, utf8.RuneError) {
		return "", false
	}
	return s, true
}

// notUTF8 reads bytes labelled UTF-8 that are not: Chinese in GBK or Big5 under the label, as
// misconfigured web forms and scripts send it, or Western text in Latin-1. A good part of their
// bytes above 0x7F form no UTF-8 character (in GBK about half do, by chance), where UTF-8 with
// characters cut in half has a few such bytes among many good ones. ok is false when no other
// reading fits either.
func notUTF8(b []byte, fallbacks []string) (string, bool) {
	if good, bad := utf8Bytes(b); bad*4 <= good {
		return "", false
	}
	if looksLatin(b) && chineseCharset(b) != "big5" {
		s, err := convert(b, "windows-1252")
		return s, err == nil
	}
	if s, ok := chineseUnderWesternLabel(b, fallbacks); ok {
		return s, true
	}
	// No Chinese reading, and the bytes above 0x7F stand alone, or a few accented letters
	// together ("\xe4\xf6\xfc"): Latin-1, also where words start with them ("h\xe4r \xe4r") and
	// so do not look Latin enough above.
	single := true
	highRuns(b, func(i, j int) bool {
		single = j-i == 1 || j-i <= 3 && latinLetters(b[i:j])
		return single
	})
	if single {
		s, err := convert(b, "windows-1252")
		return s, err == nil
	}
	return "", false
}

// utf8Bytes counts the bytes of b above 0x7F that form UTF-8 characters (good) and those that
// form none (bad).
func utf8Bytes(b []byte) (good, bad int) {
	for rest := b; len(rest) > 0; {
		r, n := utf8.DecodeRune(rest)
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			good += n
		}
		rest = rest[n:]
	}
	return good, bad
}

// decodeISO2022 reads the 7-bit ISO-2022-CN and ISO-2022-KR. ESC $ ) names the double-byte set
// that SO shifts to (A: GB2312, C: KS X 1001) until SI shifts back to ASCII; each of its characters
// is two bytes that read, with the high bit set, as GB18030 or EUC-KR. Characters of the sets no
// decoder here knows (CNS 11643, whether shifted to or reached by a single shift) become U+FFFD.
func decodeISO2022(b []byte) string {
	var out strings.Builder
	var set byte
	shifted := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == 0x1b && i+3 < len(b) && b[i+1] == '$' && strings.IndexByte(")*+", b[i+2]) >= 0:
			if b[i+2] == ')' {
				set = b[i+3]
			}
			i += 3
		case c == 0x1b && i+3 < len(b) && (b[i+1] == 'N' || b[i+1] == 'O'):
			out.WriteRune(utf8.RuneError)
			i += 3
		case c == 0x0e:
			shifted = true
		case c == 0x0f || c == '\n':
			shifted = false
			if c == '\n' {
				out.WriteByte(c)
			}
		case shifted && c > 0x20 && c < 0x7f && i+1 < len(b) && b[i+1] > 0x20 && b[i+1] < 0x7f:
			pair := []byte{c | 0x80, b[i+1] | 0x80}
			i++
			var enc encoding.Encoding
			switch set {
			case 'A':
				enc = simplifiedchinese.GB18030
			case 'C':
				enc = korean.EUCKR
			}
			if enc == nil {
				out.WriteRune(utf8.RuneError)
				continue
			}
			d, err := enc.NewDecoder().Bytes(pair)
			if err != nil {
				d = []byte(string(utf8.RuneError))
			}
			out.Write(d)
		case c < 0x80:
			out.WriteByte(c)
		default:
			out.WriteRune(utf8.RuneError)
		}
	}
	return out.String()
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func convert(b []byte, label string) (string, error) {
	return convertWith(b, label, false)
}

// convertLabelled converts bytes that their label names the charset of: its user area too.
func convertLabelled(b []byte, label string) (string, error) {
	return convertWith(b, label, true)
}

func convertWith(b []byte, label string, users bool) (string, error) {
	r, err := decoder(label, bytes.NewReader(b), users)
	if err != nil {
		return "", err
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("charset %s: %w", label, err)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), nil
}

// hasKana tells Japanese text: it has hiragana or katakana.
func hasKana(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= 0x3041 && r <= 0x30ff || r >= 0xff66 && r <= 0xff9d }) >= 0
}

// eucJP tells EUC-JP bytes: every byte above 0x7F in a pair of 0xA1–0xFE, or after 0x8E (a
// half-width kana) or 0x8F (a supplementary kanji).
func eucJP(b []byte) bool {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c < 0x80:
		case c == 0x8e && i+1 < len(b) && b[i+1] >= 0xa1 && b[i+1] <= 0xdf:
			i++
		case c == 0x8f && i+2 < len(b) && b[i+1] >= 0xa1 && b[i+2] >= 0xa1 && b[i+1] != 0xff && b[i+2] != 0xff:
			i += 2
		case c >= 0xa1 && c != 0xff && i+1 < len(b) && b[i+1] >= 0xa1 && b[i+1] != 0xff:
			i++
		default:
			return false
		}
	}
	return true
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// undoNULSubstitution restores UTF-16 that came unencoded (8bit or binary) through an IMAP
// server: IMAP cannot carry NUL bytes, so Dovecot and others send 0x80 for each, and turning line
// ends into CRLF put a CR byte before every LF byte. Latin letters then read as CJK ideographs
// U+8000–U+807F ("Test" as "联骉瓮聴"). The text is taken as damaged when it has no NUL at all
// and at least half of its units are such an ideograph: real text is never made of them.
func undoNULSubstitution(b []byte, be bool) []byte {
	if len(b) < 4 || bytes.IndexByte(b, 0) >= 0 {
		return b
	}
	lo, hi := 0, 1 // where a unit's low and high byte are
	if be {
		lo, hi = 1, 0
	}
	out := make([]byte, 0, len(b))
	damaged := 0
	for i := 0; i+1 < len(b); {
		// An inserted CR: before the LF of a line end, where the byte pair would otherwise
		// be read out of step.
		if !be && b[i] == '\r' && b[i+1] == '\n' && (i+2 == len(b) || b[i+2] == 0x80) {
			i++
			continue
		}
		if be && b[i] == 0x80 && b[i+1] == '\r' && i+2 < len(b) && b[i+2] == '\n' {
			out = append(out, 0, '\n')
			damaged++
			i += 3
			continue
		}
		u := [2]byte{b[i], b[i+1]}
		if u[hi] == 0x80 && u[lo] < 0x80 {
			u[hi] = 0
			damaged++
		}
		out = append(out, u[0], u[1])
		i += 2
	}
	if damaged < 2 || damaged*2 < len(out)/2 {
		return b
	}
	return out
}

// decodeUTF16 reads UTF-16 with a byte order mark, else big-endian when be is set, else
// little-endian (what Windows writes without a mark).
func decodeUTF16(b []byte, be bool) string {
	switch {
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		be, b = true, b[2:]
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		be, b = false, b[2:]
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if be {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(u))
}

// decodeUTF7 reads RFC 2152 UTF-7: ASCII, with "+…-" runs of modified base64 UTF-16BE.
func decodeUTF7(b []byte) string {
	var sb strings.Builder
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '+' {
			sb.WriteByte(c)
			continue
		}
		j := i + 1
		for j < len(b) && isBase64Char(b[j]) {
			j++
		}
		if j == i+1 {
			if j < len(b) && b[j] == '-' {
				sb.WriteByte('+')
				i = j
			} else {
				sb.WriteByte('+')
			}
			continue
		}
		run := b[i+1 : j]
		if len(run)%4 == 1 {
			run = run[:len(run)-1]
		}
		raw, _ := base64.RawStdEncoding.DecodeString(string(run))
		sb.WriteString(decodeUTF16(raw, true))
		i = j
		if j < len(b) && b[j] != '-' {
			i = j - 1
		}
	}
	return sb.String()
}

func isBase64Char(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
}
