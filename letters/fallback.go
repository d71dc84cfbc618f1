package letters

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/jung-kurt/gofpdf"
)

// fallbacks are the computer's own fonts, for the characters the bundled font lacks: the rare
// characters of names (CJK Extension A, such as 䶮), phonetic letters, symbols. The window
// draws those with the computer's fonts already; a letter then prints them as well, not as □.
// The fonts are opened one at a time, in order of preference, only when such a character
// turns up, and only the tables a cut font needs are read (the outlines when cut).
type fallbacks struct {
	paths func() []string // the candidates, best first

	mu     sync.Mutex
	listed []string
	next   int // listed[next] is the next font to open
	opened []*face
}

var systemFallbacks = &fallbacks{paths: systemFontFiles}

// lookup is the first font that has r, or nil.
func (fb *fallbacks) lookup(r rune) *face {
	fb.mu.Lock()
	defer fb.mu.Unlock()
	for _, f := range fb.opened {
		if f.cmap[r] != 0 {
			return f
		}
	}
	if fb.listed == nil {
		fb.listed = append([]string{}, fb.paths()...)
	}
	for fb.next < len(fb.listed) {
		path := fb.listed[fb.next]
		fb.next++
		f, err := openFontFile(path)
		if err != nil {
			continue // not a TrueType font (CFF outlines), unreadable: the next one may do
		}
		fb.opened = append(fb.opened, f)
		if f.cmap[r] != 0 {
			return f
		}
	}
	return nil
}

// openFontFile opens a font file for good: its outlines are read from it whenever a document
// is cut.
func openFontFile(path string) (*face, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	fi, err := file.Stat()
	if err == nil {
		var f *face
		if f, err = openFace(file, fi.Size()); err == nil {
			return f, nil
		}
	}
	file.Close()
	return nil, err
}

// systemFontFiles lists the computer's fonts that can lend characters, best first: those of
// Chinese first, in the style of the bundled font (a sans-serif) where there is a choice.
func systemFontFiles() []string {
	home, _ := os.UserHomeDir()
	var dirs, names []string
	switch runtime.GOOS {
	case "windows":
		win := os.Getenv("WINDIR")
		if win == "" {
			win = `C:\Windows`
		}
		dirs = []string{filepath.Join(win, "Fonts")}
		if local := os.Getenv("LOCALAPPDATA"); local != "" {
			dirs = append(dirs, filepath.Join(local, "Microsoft", "Windows", "Fonts"))
		}
		// Microsoft YaHei and SimSun hold all of Extension A; SimSun-ExtB and MingLiU-ExtB
		// Extension B with the characters of Hong Kong, Windows 11's SimSun-ExtG the newest
		// extensions; Segoe UI Symbol the symbols.
		names = []string{"msyh.ttc", "msyh.ttf", "simsun.ttc", "simsun.ttf", "simsunb.ttf", "mingliub.ttc",
			"simsunextg.ttf", "msjh.ttc", "msjh.ttf", "mingliu.ttc", "seguisym.ttf", "segoeui.ttf", "arial.ttf"}
	case "darwin":
		dirs = []string{"/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts",
			filepath.Join(home, "Library", "Fonts")}
		names = []string{"STHeiti Medium.ttc", "STHeiti Light.ttc", "Arial Unicode.ttf"}
	default:
		dirs = []string{"/usr/share/fonts", "/usr/local/share/fonts", filepath.Join(home, ".local", "share", "fonts"),
			filepath.Join(home, ".fonts")}
		// WenQuanYi Zen Hei is the bundled Micro Hei's larger sibling, with all of Extension A.
		names = []string{"wqy-zenhei.ttc", "HanaMinA.ttf", "HanaMinB.ttf", "uming.ttc", "ukai.ttc", "DejaVuSans.ttf"}
	}
	found := map[string]string{}
	for _, dir := range dirs {
		if home == "" && !filepath.IsAbs(dir) {
			continue
		}
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // a folder that is not there or cannot be read
			}
			if !d.IsDir() {
				if n := strings.ToLower(d.Name()); found[n] == "" { // Windows spells some in capitals
					found[n] = path
				}
			}
			return nil
		})
	}
	var out []string
	for _, n := range names {
		if p, ok := found[strings.ToLower(n)]; ok {
			out = append(out, p)
		}
	}
	return out
}

// standIns give the characters beyond the Basic Multilingual Plane that a font has (CJK
// Extension B and later: 𠮷, or the 𨋢 of a letter from Hong Kong) codes gofpdf can write, for it
// addresses a font's glyphs by 16-bit codes. Each such character gets a free code of the Private
// Use Area, the same for as long as the program runs; the cut font draws that code with the
// character's glyph, and the text drawn carries the character itself as its ActualText, so
// that the PDF is searched and copied as it was written.
type standInTable struct {
	mu    sync.Mutex
	codes map[rune]rune // character → stand-in
	chars map[rune]rune // stand-in → character
	next  rune
}

const (
	privateFirst = 0xE000
	privateLast  = 0xF8FF
)

var standIns = &standInTable{codes: map[rune]rune{}, chars: map[rune]rune{}, next: privateFirst}

// code is r's stand-in, one the bundled font's own map leaves free; 0 once the area is used
// up (6,400 characters).
func (t *standInTable) code(r rune, taken map[rune]uint16) rune {
	t.mu.Lock()
	defer t.mu.Unlock()
	if c, ok := t.codes[r]; ok {
		return c
	}
	for ; t.next <= privateLast; t.next++ {
		if taken[t.next] == 0 {
			c := t.next
			t.next++
			t.codes[r], t.chars[c] = c, r
			return c
		}
	}
	return 0
}

// char is the character stand-in c stands for.
func (t *standInTable) char(c rune) (rune, bool) {
	if c < privateFirst || c > privateLast {
		return 0, false
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	r, ok := t.chars[c]
	return r, ok
}

// actualText is s with its stand-ins turned back into the characters they stand for, and
// whether it had any.
func actualText(s string) (string, bool) {
	var b strings.Builder
	found := false
	for _, r := range s {
		if c, ok := standIns.char(r); ok {
			r, found = c, true
		}
		b.WriteRune(r)
	}
	return b.String(), found
}

// withActualText draws with draw, marking what it draws as s when s holds stand-ins: a PDF
// reader then finds and copies the characters themselves.
func withActualText(pdf *gofpdf.Fpdf, s string, draw func()) {
	text, ok := actualText(s)
	if !ok {
		draw()
		return
	}
	hex := make([]byte, 0, 8+4*len(text))
	hex = append(hex, "<FEFF"...)
	for _, u := range utf16.Encode([]rune(text)) {
		hex = fmt.Appendf(hex, "%04X", u)
	}
	pdf.RawWriteStr("/Span <</ActualText " + string(append(hex, '>')) + ">> BDC")
	draw()
	pdf.RawWriteStr("EMC")
}
