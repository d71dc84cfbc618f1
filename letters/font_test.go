package letters

import (
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"complaintdesk/assets"
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
		{"emoji", "谢谢😀", "谢谢" + drawn(f, '😀')},
		{"emoji sequence is one character", "👍🏻好", drawn(f, '👍') + "好"},
		{"zwj family, joiners dropped", "👨\u200d👩", drawn(f, '👨') + drawn(f, '👩')},
		{"variation selector dropped", "☎\ufe0f", drawn(f, '☎')},
		{"tab becomes space", "a\tb", "a b"},
		{"control dropped", "a\x07b\r\n", "ab\n"},
		{"beyond the BMP, in no font", "𰀀", box},
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

// drawn is what clean makes of r: r, its stand-in when it lies beyond the BMP, or □ when no
// font of this computer has it.
func drawn(f *face, r rune) string {
	switch {
	case !f.has(r):
		return string(f.missing)
	case r > 0xFFFF:
		return string(standIns.code(r, f.cmap))
	}
	return string(r)
}

// printedAs is s as a PDF's text shows it: a character no font has as □.
func printedAs(f *face, s string) string {
	var b strings.Builder
	for _, r := range s {
		if !f.has(r) {
			r = f.missing
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestParseFaceRejects(t *testing.T) {
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"empty collection", append([]byte("ttcf"), make([]byte, 20)...)},
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

// rareName is a name with a character of CJK Extension A (U+4DAE), which the bundled font lacks.
const rareName = "刘䶮"

// systemFace is the bundled font with the computer's fonts behind it, as documents use it;
// `make test` installs WenQuanYi Zen Hei, which has all of Extension A.
func systemFace(t *testing.T) *face {
	t.Helper()
	f, err := loadFace()
	if err != nil {
		t.Fatal(err)
	}
	if l, _ := f.lender('䶮'); l == nil {
		t.Fatalf("no font of this computer has 䶮 (fonts looked for: %q); install fonts-wqy-zenhei", systemFontFiles())
	}
	return f
}

func TestFallbackFontLendsWhatTheBundledOneLacks(t *testing.T) {
	f := systemFace(t)
	bare, err := parseFace(assets.Font())
	if err != nil {
		t.Fatal(err)
	}
	if bare.has('䶮') || bare.clean(rareName) != "刘□" {
		t.Fatalf("the bundled font alone draws %q as %q; the test needs a character it lacks", rareName, bare.clean(rareName))
	}
	if got := f.clean(rareName); got != rareName {
		t.Errorf("clean(%q) = %q", rareName, got)
	}
	if a := f.advance('䶮'); a < 0.9 || a > 1.1 {
		t.Errorf("䶮 is %v em wide, want about 1 like 刘 (%v)", a, f.advance('刘'))
	}
	if f.clean("𰀀") != "□" {
		t.Error("a character no font has is not boxed")
	}

	sub, err := f.subset([]rune("刘䶮A"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := parseFace(sub)
	if err != nil {
		t.Fatalf("the cut font does not parse: %v", err)
	}
	for _, r := range "刘䶮A" {
		if !g.has(r) {
			t.Fatalf("cut font lacks %q", r)
		}
		if got, want := g.advance(r), f.advance(r); math.Abs(got-want) > 1e-3 {
			t.Errorf("advance of %q: cut font %v, want %v", r, got, want)
		}
	}
	// The lent glyph is scaled to the bundled font's units: its box is that of a character
	// of the same size as 刘, not half or twice it.
	box := func(r rune) (w, h int) {
		data, err := g.glyph(g.cmap[r])
		if err != nil || len(data) < 10 {
			t.Fatalf("glyph of %q: %v", r, err)
		}
		c := func(p int) int { return int(int16(binary.BigEndian.Uint16(data[p:]))) }
		return c(6) - c(2), c(8) - c(4)
	}
	w1, h1 := box('刘')
	w2, h2 := box('䶮')
	if float64(w2) < 0.7*float64(w1) || float64(w2) > 1.3*float64(w1) || float64(h2) < 0.7*float64(h1) || float64(h2) > 1.3*float64(h1) {
		t.Errorf("䶮 is %d×%d units, 刘 %d×%d", w2, h2, w1, h1)
	}
	if g.has('龍') {
		t.Error("the cut font holds a character it was not asked for")
	}
}

func TestFitGlyph(t *testing.T) {
	f, err := parseFace(assets.Font())
	if err != nil {
		t.Fatal(err)
	}
	same := func(g uint16) uint16 { return g }
	for _, r := range "A@中□" {
		data, err := f.glyph(f.cmap[r])
		if err != nil {
			t.Fatal(err)
		}
		want := outline(t, data)
		got1, err := fitGlyph(data, 1, same)
		if err != nil {
			t.Fatal(err)
		}
		if g := outline(t, got1); !slices.Equal(g, want) {
			t.Errorf("%q at scale 1: %v, want %v", r, g, want)
		}
		got2, err := fitGlyph(data, 2, same)
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			want[i] = [3]int{2 * want[i][0], 2 * want[i][1], want[i][2]}
		}
		if g := outline(t, got2); !slices.Equal(g, want) {
			t.Errorf("%q at scale 2: %v, want %v", r, g, want)
		}
		if got1[10+2*int(binary.BigEndian.Uint16(data))] != 0 || got1[11+2*int(binary.BigEndian.Uint16(data))] != 0 {
			t.Errorf("%q keeps its hinting instructions", r)
		}
	}
	// Composite glyphs (刘 and é are built from others in the bundled font): components
	// renumbered, offsets scaled, written as words.
	for _, r := range "刘é" {
		data, err := f.glyph(f.cmap[r])
		if err != nil {
			t.Fatal(err)
		}
		want := components(t, data)
		got, err := fitGlyph(data, 2, func(g uint16) uint16 { return g + 7 })
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			want[i] = [3]int{want[i][0] + 7, 2 * want[i][1], 2 * want[i][2]}
		}
		if g := components(t, got); len(want) == 0 || !slices.Equal(g, want) {
			t.Errorf("%q at scale 2: %v, want %v", r, g, want)
		}
	}
	for n := range 10 {
		if _, err := fitGlyph(make([]byte, n), 1, same); n > 0 && err == nil {
			t.Errorf("%d bytes of glyph accepted", n)
		}
	}
}

// outline decodes a simple glyph's points as x, y, on curve.
func outline(t *testing.T, data []byte) [][3]int {
	t.Helper()
	var pts [][3]int
	be := binary.BigEndian
	n := int(int16(be.Uint16(data)))
	if n < 0 {
		t.Fatal("composite glyph")
	}
	points := int(be.Uint16(data[10+2*n-2:])) + 1
	p := 10 + 2*n
	p += 2 + int(be.Uint16(data[p:]))
	var flags []byte
	for len(flags) < points {
		fl := data[p]
		p++
		flags = append(flags, fl)
		if fl&repeatFlag != 0 {
			for k := int(data[p]); k > 0; k-- {
				flags = append(flags, fl)
			}
			p++
		}
	}
	xs := make([]int, points)
	ys := make([]int, points)
	for _, axis := range []struct {
		v           []int
		short, same byte
	}{{xs, xShort, xSameOrPlus}, {ys, yShort, ySameOrPlus}} {
		at := 0
		for i, fl := range flags {
			switch {
			case fl&axis.short != 0:
				d := int(data[p])
				if fl&axis.same == 0 {
					d = -d
				}
				at += d
				p++
			case fl&axis.same == 0:
				at += int(int16(be.Uint16(data[p:])))
				p += 2
			}
			axis.v[i] = at
		}
	}
	for i := range xs {
		pts = append(pts, [3]int{xs[i], ys[i], int(flags[i] & onCurve)})
	}
	return pts
}

// components decodes a composite glyph's parts as glyph, x offset, y offset.
func components(t *testing.T, data []byte) [][3]int {
	t.Helper()
	var parts [][3]int
	be := binary.BigEndian
	if int16(be.Uint16(data)) >= 0 {
		t.Fatal("simple glyph")
	}
	for p := 10; ; {
		flags, g := be.Uint16(data[p:]), be.Uint16(data[p+2:])
		if flags&argsAreXY == 0 {
			t.Fatal("components placed by point numbers")
		}
		p += 4
		var x, y int
		if flags&argsAreWords != 0 {
			x, y = int(int16(be.Uint16(data[p:]))), int(int16(be.Uint16(data[p+2:])))
			p += 4
		} else {
			x, y = int(int8(data[p])), int(int8(data[p+1]))
			p += 2
		}
		parts = append(parts, [3]int{int(g), x, y})
		p += transformSize(flags)
		if flags&moreParts == 0 {
			return parts
		}
	}
}

func TestFallbackFontsThatCannotBeRead(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.ttf")
	cff := filepath.Join(dir, "cff.otf")
	os.WriteFile(junk, []byte("not a font at all"), 0o600)
	os.WriteFile(cff, append([]byte("OTTO"), make([]byte, 40)...), 0o600)
	f, err := parseFace(assets.Font())
	if err != nil {
		t.Fatal(err)
	}
	f.more = &fallbacks{paths: func() []string { return []string{filepath.Join(dir, "gone.ttf"), junk, cff} }}
	if got := f.clean(rareName); got != "刘□" {
		t.Errorf("with no usable font: %q", got)
	}
	f.more = &fallbacks{paths: func() []string { return append([]string{junk}, systemFontFiles()...) }}
	if f.clean(rareName) != rareName {
		t.Errorf("a font that cannot be read keeps the next from lending 䶮 (fonts: %q)", systemFontFiles())
	}
}

// hkLift is the Cantonese 𨋢 (lift, U+282E2) of CJK Extension B, beyond the 16-bit codes gofpdf
// writes; `make test` installs AR PL UMing, which has it.
const hkLift = "𨋢"

func TestCharacterBeyondTheBMPIsLentThroughAStandIn(t *testing.T) {
	f := systemFace(t)
	r := []rune(hkLift)[0]
	if !f.has(r) {
		t.Fatalf("no font of this computer has %s (fonts looked for: %q); install fonts-arphic-uming", hkLift, systemFontFiles())
	}
	cleaned := []rune(f.clean("大廈" + hkLift + "壞咗"))
	c := cleaned[2]
	if len(cleaned) != 5 || c < privateFirst || c > privateLast {
		t.Fatalf("clean gives %q, want 𨋢 as a code of the Private Use Area", string(cleaned))
	}
	if back, ok := standIns.char(c); !ok || back != r || f.clean(string(c)) != string(c) || f.clean(hkLift) != string(c) {
		t.Errorf("the stand-in %U is not 𨋢's for good", c)
	}
	if text, ok := actualText(string(cleaned)); !ok || text != "大廈"+hkLift+"壞咗" {
		t.Errorf("actual text %q", text)
	}
	if !isWide(c) {
		t.Error("the stand-in of an ideograph is not set as one")
	}
	sub, err := f.subset(cleaned)
	if err != nil {
		t.Fatal(err)
	}
	g, err := parseFace(sub)
	if err != nil {
		t.Fatal(err)
	}
	data, err := g.glyph(g.cmap[c])
	if err != nil || len(data) < 10 || int16(binary.BigEndian.Uint16(data)) == 0 {
		t.Fatalf("the cut font draws nothing for 𨋢's stand-in (%d bytes, %v)", len(data), err)
	}
	if a := g.advance(c); math.Abs(a-f.advance('壞')) > 0.1 {
		t.Errorf("𨋢 is %v em wide, 壞 %v", a, f.advance('壞'))
	}
}

// FuzzFont reads damaged fonts as a computer's font folder may hold them: reading one, taking
// its glyphs and cutting it never panic; a font that cannot be read is an error.
func FuzzFont(f *testing.F) {
	bundled, err := loadFace()
	if err != nil {
		f.Fatal(err)
	}
	small, err := bundled.subset([]rune("刘A中é□"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	// The same font as the first of a collection.
	ttc := binary.BigEndian.AppendUint32([]byte("ttcf\x00\x01\x00\x00"), 1)
	ttc = binary.BigEndian.AppendUint32(ttc, 16)
	f.Add(append(ttc, small...))
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := parseFace(b)
		if err != nil {
			return
		}
		var runes []rune
		for r, id := range g.cmap {
			if len(runes) == 20 {
				break
			}
			runes = append(runes, r)
			if data, err := g.glyph(id); err == nil {
				fitGlyph(data, 0.5, func(c uint16) uint16 { return c })
			}
			g.advance(r)
		}
		g.subset(runes)
		// As a lender behind the bundled font.
		lent := *bundled
		lent.more = &fallbacks{paths: func() []string { return nil }, listed: []string{}, opened: []*face{g}}
		lent.subset(append(runes, '䶮'))
	})
}

// Stand-ins skip the codes the bundled font uses, stay the same for a character, and run out
// (the character is then boxed) rather than reuse one.
func TestStandIns(t *testing.T) {
	tab := &standInTable{codes: map[rune]rune{}, chars: map[rune]rune{}, next: privateLast - 1}
	taken := map[rune]uint16{privateLast - 1: 5}
	if c := tab.code('𨋢', taken); c != privateLast {
		t.Errorf("first stand-in %U, want %U (the one before is the font's)", c, privateLast)
	}
	if c := tab.code('𠮷', taken); c != 0 {
		t.Errorf("a stand-in %U after the area ran out", c)
	}
	if c := tab.code('𨋢', taken); c != privateLast {
		t.Errorf("𨋢's stand-in changed to %U", c)
	}
	if r, ok := tab.char(privateLast); !ok || r != '𨋢' {
		t.Errorf("%U stands for %q", privateLast, r)
	}
	if _, ok := tab.char('A'); ok {
		t.Error("A is taken for a stand-in")
	}
}

// A draft names the characters it cannot print, once each, so that the clerk hears of them
// before the letter goes out.
func TestDraftNamesWhatCannotBePrinted(t *testing.T) {
	systemFace(t)
	d := Draft{Title: "致歉信", Salutation: "尊敬的" + rareName + "先生：", Body: "您好𰀀□，𰀁字\n再次𰀀。",
		Signatures: []string{"经办人：王𰀂"}}
	if got, want := d.Unprintable(), []string{"𰀀", "𰀁", "𰀂"}; !slices.Equal(got, want) {
		t.Errorf("Unprintable() = %q, want %q", got, want)
	}
	d.Body = "您好，" + hkLift
	d.Signatures = nil
	if got := d.Unprintable(); len(got) != 0 {
		t.Errorf("Unprintable() = %q of a draft every character of which prints", got)
	}
}
