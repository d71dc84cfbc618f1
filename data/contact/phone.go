package contact

import (
	"net/mail"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// CheckPhone tells a phone number as written: digits with the usual separators (+ - space
// parentheses) and an extension ("ext", "转", "分機", "內線", "#"), three digits at least and thirty
// characters at most; "" is none, and passes. bad is the first character that has no place in
// one, 0 when p is too short or too long.
func CheckPhone(p string) (bad rune, ok bool) {
	p = strings.TrimSpace(p)
	if p == "" {
		return 0, true
	}
	digits := 0
	rest := extensionWords.Replace(strings.ToLower(p))
	for _, r := range rest {
		switch {
		case unicode.IsDigit(r) && r < 128:
			digits++
		case strings.ContainsRune("+-() .", r):
		default:
			return r, false
		}
	}
	return 0, digits >= 3 && utf8.RuneCountInString(p) <= 30
}

// isPhone tells a phone number CheckPhone takes.
func isPhone(p string) bool {
	_, ok := CheckPhone(p)
	return ok
}

// IsEmail tells a plain address ("wang@example.cn", not "王 <wang@example.cn>"); "" is none, and
// passes.
func IsEmail(e string) bool {
	if e = strings.TrimSpace(e); e == "" {
		return true
	}
	a, err := mail.ParseAddress(e)
	return err == nil && a.Address == e
}

// extensionWords are the words before an extension, which CheckPhone passes over.
var extensionWords = strings.NewReplacer("ext", "", "转", "", "轉", "", "分机", "", "分機", "", "内线", "", "內線", "", "內綫", "", "#", "")

// PhoneKey is the number a phone is known by however it was written: its digits, in ASCII,
// without China's country code before a mobile or an area code ("+86 138…", "0086 21…" as
// "021…"), nor Hong Kong's or Taiwan's ("+852 9123 4567" as "91234567", "+886 912…" as
// "0912…"), with an extension after an "x"; "" for no number.
func PhoneKey(p string) string {
	p = strings.ToLower(width.Fold.String(strings.TrimSpace(p)))
	main, ext := p, ""
	if m := extensionWord.FindStringIndex(p); m != nil {
		main, ext = p[:m[0]], asciiDigits(p[m[1]:])
	}
	d := asciiDigits(main)
	country := strings.HasPrefix(strings.TrimLeft(main, " ("), "+86") || strings.HasPrefix(d, "0086")
	d = strings.TrimPrefix(d, "00")
	switch {
	case len(d) == 11 && strings.HasPrefix(d, "852"):
		// Hong Kong's eight digits, dialled there without the code; Macau's keep theirs, so as
		// not to be taken for a Hong Kong number of the same digits.
		d = d[3:]
	case (len(d) == 11 || len(d) == 12) && strings.HasPrefix(d, "886"):
		d = "0" + d[3:] // Taiwan's, dialled there after a 0
	case len(d) == 13 && strings.HasPrefix(d, "861"): // a mobile
		d = d[2:]
	case country && strings.HasPrefix(d, "860"): // "+86 (0)21 …"
		d = d[2:]
	case country && len(d) > 2 && !serviceNumber.MatchString(d[2:]):
		d = "0" + d[2:]
	case country:
		d = d[2:]
	}
	if d == "" {
		return ""
	}
	if ext != "" {
		d += "x" + ext
	}
	return d
}

// serviceNumber is a nationwide number, dialled without an area code: 400 and 800 numbers,
// 95xxx and 96xxx service lines.
var serviceNumber = regexp.MustCompile(`^(?:[48]00\d{7}|9[56]\d{3,4})$`)

// extensionWord begins an extension after a phone number: "转8001", "ext. 12", "分机 3", "x12",
// "#123".
var extensionWord = regexp.MustCompile(`转|轉|分机|分機|内线|內線|內綫|ext\.?|x|#`)

func asciiDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
