// Package assets holds everything the program ships inside its binaries: the CJK font, the
// icon, the working calendar, letter templates and the translations.
package assets

import "embed"

// FS is the whole embedded asset tree.
//
//go:embed fonts calendars i18n letters
var FS embed.FS

// Font returns the bundled CJK font (WenQuanYi Micro Hei, one TrueType face).
func Font() []byte { return mustRead("fonts/wqy-microhei.ttf") }

// Calendar returns the shipped mainland China working calendar (cn-mainland.json format).
func Calendar() []byte { return mustRead("calendars/cn-mainland.json") }

func mustRead(name string) []byte {
	b, err := FS.ReadFile(name)
	if err != nil {
		panic("assets: " + name + ": " + err.Error())
	}
	return b
}

// LetterTemplate returns the shipped template of a letter kind in a language
// (letters/<lang>/<kind>.txt); an error when there is none.
func LetterTemplate(lang, kind string) ([]byte, error) {
	return FS.ReadFile("letters/" + lang + "/" + kind + ".txt")
}
