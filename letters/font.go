package letters

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"sync"
	"unicode"

	"complaintdesk/assets"
)

// face is a TrueType font: the bundled one, parsed once per process, or one of the computer's
// own fonts that lends the characters the bundled one lacks (see fallback.go). gofpdf parses a
// whole font for every document and the bundled one holds about 30 000 glyphs, so each document
// gets a small font cut to the characters it uses; gofpdf then embeds a subset of that.
type face struct {
	tables      map[string][]byte // the tables the cut font needs; the glyphs are read from src
	src         io.ReaderAt
	glyfOff     int64
	glyfLen     int64
	upem        float64
	numGlyphs   int
	numHMetrics int
	loca        []uint32 // numGlyphs+1 glyph offsets into glyf
	cmap        map[rune]uint16
	missing     rune       // drawn in place of a character no font has
	more        *fallbacks // the computer's fonts, asked for what this one lacks; nil if none
}

var (
	faceOnce sync.Once
	theFace  *face
	faceErr  error
)

func loadFace() (*face, error) {
	faceOnce.Do(func() {
		theFace, faceErr = parseFace(assets.Font())
		if faceErr == nil {
			theFace.more = systemFallbacks
		}
	})
	return theFace, faceErr
}

// faceTables are the tables a face keeps: those a cut font is made of, the first eight
// required. A system font's other tables (bitmaps, layout, vertical metrics) can be megabytes
// and are never read.
var faceTables = []string{"head", "hhea", "maxp", "hmtx", "loca", "cmap", "name", "post", "OS/2", "cvt ", "fpgm", "prep", "gasp"}

func parseFace(b []byte) (*face, error) {
	return openFace(bytes.NewReader(b), int64(len(b)))
}

// openFace reads a TrueType font, or the first font of a TrueType collection (.ttc), from r.
func openFace(r io.ReaderAt, size int64) (*face, error) {
	read := func(off int64, n int64) ([]byte, error) {
		if off < 0 || n < 0 || off+n > size {
			return nil, errors.New("letters: font: file truncated")
		}
		b := make([]byte, n)
		if _, err := r.ReadAt(b, off); err != nil {
			return nil, fmt.Errorf("letters: font: %w", err)
		}
		return b, nil
	}
	if size < 12 {
		return nil, errors.New("letters: font: file too short")
	}
	hdr, err := read(0, 12)
	if err != nil {
		return nil, err
	}
	var base int64
	if string(hdr[:4]) == "ttcf" {
		first, err := read(12, 4) // the offset of the collection's first font
		if err != nil {
			return nil, err
		}
		base = int64(binary.BigEndian.Uint32(first))
		if hdr, err = read(base, 12); err != nil {
			return nil, err
		}
	}
	// gofpdf reads TrueType outlines only, not CFF ones (OTTO).
	if v := binary.BigEndian.Uint32(hdr); v != 0x00010000 && v != 0x74727565 {
		return nil, fmt.Errorf("letters: font: not a TrueType font (tag %08x)", v)
	}
	n := int64(binary.BigEndian.Uint16(hdr[4:]))
	dir, err := read(base+12, 16*n)
	if err != nil {
		return nil, errors.New("letters: font: table directory truncated")
	}
	f := &face{tables: map[string][]byte{}, src: r, glyfLen: -1}
	for i := int64(0); i < n; i++ {
		rec := dir[16*i:]
		tag := string(rec[:4])
		off, size := int64(binary.BigEndian.Uint32(rec[8:])), int64(binary.BigEndian.Uint32(rec[12:]))
		if tag == "glyf" {
			f.glyfOff, f.glyfLen = off, size
			continue
		}
		if !slices.Contains(faceTables, tag) {
			continue
		}
		if f.tables[tag], err = read(off, size); err != nil {
			return nil, fmt.Errorf("letters: font: table %q outside the file", tag)
		}
	}
	if f.glyfLen < 0 || f.glyfOff+f.glyfLen > size {
		return nil, errors.New("letters: font: no glyf table")
	}
	for _, t := range faceTables[:8] {
		if _, ok := f.tables[t]; !ok {
			return nil, fmt.Errorf("letters: font: no %s table", t)
		}
	}
	head, hhea, maxp := f.tables["head"], f.tables["hhea"], f.tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, errors.New("letters: font: header tables truncated")
	}
	f.upem = float64(binary.BigEndian.Uint16(head[18:]))
	f.numGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	f.numHMetrics = int(binary.BigEndian.Uint16(hhea[34:]))
	if f.upem == 0 || f.numHMetrics == 0 || f.numHMetrics > f.numGlyphs ||
		len(f.tables["hmtx"]) < 4*f.numHMetrics+2*(f.numGlyphs-f.numHMetrics) {
		return nil, errors.New("letters: font: bad metrics")
	}
	loca := f.tables["loca"]
	long := binary.BigEndian.Uint16(head[50:]) == 1
	f.loca = make([]uint32, f.numGlyphs+1)
	for i := range f.loca {
		switch {
		case long && 4*i+4 <= len(loca):
			f.loca[i] = binary.BigEndian.Uint32(loca[4*i:])
		case !long && 2*i+2 <= len(loca):
			f.loca[i] = 2 * uint32(binary.BigEndian.Uint16(loca[2*i:]))
		default:
			return nil, errors.New("letters: font: loca table truncated")
		}
		if i > 0 && (f.loca[i] < f.loca[i-1] || int64(f.loca[i]) > f.glyfLen) {
			return nil, errors.New("letters: font: loca table out of order")
		}
	}
	if f.cmap, err = parseCmap(f.tables["cmap"], f.numGlyphs); err != nil {
		return nil, err
	}
	delete(f.tables, "loca")
	delete(f.tables, "cmap")
	f.missing = '?'
	if f.cmap['□'] != 0 {
		f.missing = '□'
	}
	return f, nil
}

// glyph is the outline data of glyph g.
func (f *face) glyph(g uint16) ([]byte, error) {
	if int(g) >= f.numGlyphs {
		return nil, fmt.Errorf("letters: font: glyph %d out of range", g)
	}
	b := make([]byte, f.loca[g+1]-f.loca[g])
	if _, err := f.src.ReadAt(b, f.glyfOff+int64(f.loca[g])); err != nil {
		return nil, fmt.Errorf("letters: font: glyph %d: %w", g, err)
	}
	return b, nil
}

// parseCmap reads a font's Unicode mappings: format 4 (the Basic Multilingual Plane) and
// format 12 (all planes), glyphs the font does not have left out.
func parseCmap(t []byte, numGlyphs int) (map[rune]uint16, error) {
	if len(t) < 4 {
		return nil, errors.New("letters: font: cmap truncated")
	}
	be := binary.BigEndian
	var m map[rune]uint16
	// A damaged font can claim billions of codes; the largest real ones map some 100,000, so
	// reading stops at 262,144.
	budget := 1 << 18
	put := func(c int, g uint32) {
		if g != 0 && g < uint32(numGlyphs) {
			if _, ok := m[rune(c)]; !ok {
				m[rune(c)] = uint16(g)
			}
		}
	}
	n := int(be.Uint16(t[2:]))
	for i := 0; i < n && 4+8*i+8 <= len(t); i++ {
		rec := t[4+8*i:]
		platform, encoding := be.Uint16(rec), be.Uint16(rec[2:])
		off := int(be.Uint32(rec[4:]))
		if !(platform == 3 && (encoding == 1 || encoding == 10)) && platform != 0 || off+16 > len(t) {
			continue
		}
		sub := t[off:]
		if m == nil {
			m = make(map[rune]uint16, 32768)
		}
		switch be.Uint16(sub) {
		case 4:
			if l := int(be.Uint16(sub[2:])); l <= len(sub) {
				sub = sub[:l]
			}
			segs := int(be.Uint16(sub[6:])) / 2
			if 16+8*segs > len(sub) {
				return nil, errors.New("letters: font: cmap format 4 truncated")
			}
			ends, starts := sub[14:], sub[16+2*segs:]
			deltas, ranges := sub[16+4*segs:], sub[16+6*segs:]
			for s := 0; s < segs; s++ {
				end, start := int(be.Uint16(ends[2*s:])), int(be.Uint16(starts[2*s:]))
				delta, ro := be.Uint16(deltas[2*s:]), int(be.Uint16(ranges[2*s:]))
				for c := start; c <= end && c < 0xFFFF && budget > 0; c++ {
					budget--
					var g uint16
					if ro == 0 {
						g = uint16(c) + delta
					} else {
						p := 16 + 6*segs + 2*s + ro + 2*(c-start)
						if p+2 > len(sub) {
							continue
						}
						if g = be.Uint16(sub[p:]); g != 0 {
							g += delta
						}
					}
					put(c, uint32(g))
				}
			}
		case 12:
			groups := int(be.Uint32(sub[12:]))
			if l := int64(be.Uint32(sub[4:])); l < int64(len(sub)) {
				sub = sub[:l]
			}
			for k := 0; k < groups && 16+12*k+12 <= len(sub); k++ {
				grp := sub[16+12*k:]
				start, end, g := be.Uint32(grp), be.Uint32(grp[4:]), be.Uint32(grp[8:])
				for c := start; c <= end && c <= unicode.MaxRune && budget > 0; c++ {
					budget--
					put(int(c), g+(c-start))
				}
			}
		}
	}
	if len(m) == 0 {
		return nil, errors.New("letters: font: no Unicode cmap")
	}
	return m, nil
}

// lender is the face that draws r and its glyph there: f itself, or for a character f lacks,
// the first of the computer's fonts that has it; nil when none does. r may be the stand-in of
// a character beyond the Basic Multilingual Plane (see standIns).
func (f *face) lender(r rune) (*face, uint16) {
	if g := f.cmap[r]; g != 0 {
		return f, g
	}
	if c, ok := standIns.char(r); ok {
		r = c
		if g := f.cmap[r]; g != 0 {
			return f, g
		}
	}
	if f.more == nil {
		return nil, 0
	}
	if l := f.more.lookup(r); l != nil {
		return l, l.cmap[r]
	}
	return nil, 0
}

// has reports whether r can be drawn.
func (f *face) has(r rune) bool {
	l, _ := f.lender(r)
	return l != nil
}

// advance is the width of r in ems.
func (f *face) advance(r rune) float64 {
	l, g := f.lender(r)
	if l == nil {
		l = f
	}
	i := min(int(g), l.numHMetrics-1)
	return float64(binary.BigEndian.Uint16(l.tables["hmtx"][4*i:])) / l.upem
}

// clean makes text drawable: characters no font has become a visible box (□), those beyond
// the Basic Multilingual Plane their stand-ins, invisible joiners and variation selectors of
// emoji sequences are dropped, tabs and other spaces become plain spaces, and control
// characters other than newline go.
func (f *face) clean(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if c, keep := f.drawn(r); keep {
			out = append(out, c)
		}
	}
	return string(out)
}

// drawn is what clean makes of r, and whether it keeps anything.
func (f *face) drawn(r rune) (rune, bool) {
	switch {
	case r == '\n' || r == '\u3000':
		return r, true
	case r == '\r' || r == 0x200B || r == 0x200D || r == 0xFEFF || r == 0x2060 ||
		(r >= 0xFE00 && r <= 0xFE0F) || (r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F):
		return 0, false
	case unicode.IsSpace(r):
		return ' ', true
	case unicode.IsControl(r):
		return 0, false
	case r <= 0xFFFF && f.has(r):
		return r, true
	case r > 0xFFFF && f.has(r) && standIns.code(r, f.cmap) != 0:
		// gofpdf writes 16-bit codes only: the character goes in as its stand-in.
		return standIns.code(r, f.cmap), true
	}
	return f.missing, true
}

// unprintable lists, once each and in the order they come, the characters of s that clean
// turns into a box.
func (f *face) unprintable(s string) []string {
	var out []string
	seen := map[rune]bool{}
	for _, r := range s {
		if c, _ := f.drawn(r); c == f.missing && r != f.missing && !seen[r] {
			seen[r] = true
			out = append(out, string(r))
		}
	}
	return out
}

// subset builds a TrueType font holding only the glyphs of runes (glyph 0 and composite
// components included), with glyphs renumbered and a format 4 cmap. A character f lacks is
// taken from the computer's font that has it, scaled to f's units, without that font's hinting.
func (f *face) subset(runes []rune) ([]byte, error) {
	type source struct {
		f *face
		g uint16
	}
	rs := append([]rune(nil), runes...)
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	newID := map[source]uint16{}
	var order []source
	var outlines [][]byte
	var add func(s source) error
	add = func(s source) error {
		if _, ok := newID[s]; ok {
			return nil
		}
		data, err := s.f.glyph(s.g)
		if err != nil {
			return err
		}
		if len(order) == 0xFFFF {
			return errors.New("letters: font: too many glyphs")
		}
		newID[s] = uint16(len(order))
		order, outlines = append(order, s), append(outlines, data)
		return walkComponents(data, func(p int) error { return add(source{s.f, binary.BigEndian.Uint16(data[p:])}) })
	}
	if err := add(source{f, 0}); err != nil {
		return nil, err
	}
	var mapped []rune
	ids := map[rune]uint16{}
	for i, r := range rs {
		if r > 0xFFFF || (i > 0 && r == rs[i-1]) {
			continue
		}
		l, g := f.lender(r)
		if l == nil {
			continue
		}
		s := source{l, g}
		if err := add(s); err != nil {
			if l == f {
				return nil, err
			}
			s = source{f, 0} // a glyph another font cannot give is drawn as f's .notdef
		}
		mapped, ids[r] = append(mapped, r), newID[s]
	}

	maxp := append([]byte(nil), f.tables["maxp"]...)
	var glyfOut, locaOut, hmtxOut []byte
	for i, s := range order {
		locaOut = binary.BigEndian.AppendUint32(locaOut, uint32(len(glyfOut)))
		renumber := func(g uint16) uint16 { return newID[source{s.f, g}] }
		data := outlines[i]
		if s.f == f {
			if err := remapComponents(data, renumber); err != nil {
				return nil, err
			}
			hmtxOut = append(hmtxOut, f.metrics(int(s.g))...)
		} else {
			scale := f.upem / s.f.upem
			var err error
			if data, err = fitGlyph(data, scale, renumber); err != nil {
				data = nil // a damaged glyph of another font is left blank rather than failing the document
			}
			m := s.f.metrics(int(s.g))
			hmtxOut = binary.BigEndian.AppendUint16(hmtxOut, uint16(scaled(binary.BigEndian.Uint16(m), scale)))
			hmtxOut = binary.BigEndian.AppendUint16(hmtxOut, uint16(int16(scaled(int16(binary.BigEndian.Uint16(m[2:])), scale))))
			raiseLimits(maxp, s.f.tables["maxp"])
		}
		glyfOut = append(glyfOut, data...)
		for len(glyfOut)%4 != 0 {
			glyfOut = append(glyfOut, 0)
		}
	}
	locaOut = binary.BigEndian.AppendUint32(locaOut, uint32(len(glyfOut)))

	head := append([]byte(nil), f.tables["head"]...)
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment: viewers do not check it
	binary.BigEndian.PutUint16(head[50:], 1)
	hhea := append([]byte(nil), f.tables["hhea"]...)
	binary.BigEndian.PutUint16(hhea[34:], uint16(len(order)))
	binary.BigEndian.PutUint16(maxp[4:], uint16(len(order)))
	post := make([]byte, 32)
	copy(post, f.tables["post"])
	binary.BigEndian.PutUint32(post, 0x00030000) // no glyph names

	out := map[string][]byte{"head": head, "hhea": hhea, "maxp": maxp, "post": post, "glyf": glyfOut,
		"loca": locaOut, "hmtx": hmtxOut, "cmap": buildCmap4(mapped, ids), "name": f.tables["name"]}
	for _, t := range []string{"OS/2", "cvt ", "fpgm", "prep", "gasp"} {
		if b, ok := f.tables[t]; ok {
			out[t] = b
		}
	}
	return assembleFont(out), nil
}

// raiseLimits raises the glyph limits of a cut font's maxp table (points, contours, component
// depth...) to those of another font whose glyphs it takes.
func raiseLimits(maxp, other []byte) {
	for p := 6; p+2 <= len(maxp) && p+2 <= len(other); p += 2 {
		if v := binary.BigEndian.Uint16(other[p:]); v > binary.BigEndian.Uint16(maxp[p:]) {
			binary.BigEndian.PutUint16(maxp[p:], v)
		}
	}
}

// metrics is glyph g's hmtx entry (advance width and left side bearing).
func (f *face) metrics(g int) []byte {
	hmtx := f.tables["hmtx"]
	if g < f.numHMetrics {
		return append([]byte(nil), hmtx[4*g:4*g+4]...)
	}
	m := append([]byte(nil), hmtx[4*(f.numHMetrics-1):4*(f.numHMetrics-1)+2]...)
	p := 4*f.numHMetrics + 2*(g-f.numHMetrics)
	return append(m, hmtx[p:p+2]...)
}

// Composite glyph flags (TrueType glyf table).
const (
	argsAreWords = 0x0001
	haveScale    = 0x0008
	moreParts    = 0x0020
	haveXYScale  = 0x0040
	have2x2      = 0x0080
)

// remapComponents renumbers the glyphs a composite glyph is built from.
func remapComponents(data []byte, id func(uint16) uint16) error {
	return walkComponents(data, func(p int) error {
		binary.BigEndian.PutUint16(data[p:], id(binary.BigEndian.Uint16(data[p:])))
		return nil
	})
}

// transformSize is the length of the scale or matrix that follows a component's offsets.
func transformSize(flags uint16) int {
	switch {
	case flags&haveScale != 0:
		return 2
	case flags&haveXYScale != 0:
		return 4
	case flags&have2x2 != 0:
		return 8
	}
	return 0
}

// walkComponents calls fn with the offset of each component's glyph index in a composite glyph.
func walkComponents(data []byte, fn func(p int) error) error {
	if len(data) < 10 || int16(binary.BigEndian.Uint16(data)) >= 0 {
		return nil
	}
	p := 10
	for {
		if p+4 > len(data) {
			return errors.New("letters: font: composite glyph truncated")
		}
		flags := binary.BigEndian.Uint16(data[p:])
		if err := fn(p + 2); err != nil {
			return err
		}
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		p += transformSize(flags)
		if flags&moreParts == 0 {
			return nil
		}
	}
}

// buildCmap4 writes a cmap with one format 4 subtable (Windows Unicode BMP) mapping runes
// (sorted, unique) to their glyph ids, one segment per run of consecutive codes and ids.
func buildCmap4(runes []rune, ids map[rune]uint16) []byte {
	type seg struct{ start, end, delta uint16 }
	var segs []seg
	for _, r := range runes {
		id := ids[r]
		delta := id - uint16(r)
		if n := len(segs); n > 0 && segs[n-1].end+1 == uint16(r) && segs[n-1].delta == delta {
			segs[n-1].end = uint16(r)
			continue
		}
		segs = append(segs, seg{uint16(r), uint16(r), delta})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	pow, log := 1, 0
	for pow*2 <= n {
		pow, log = pow*2, log+1
	}
	sub := make([]byte, 0, 16+8*n)
	be := binary.BigEndian
	sub = be.AppendUint16(sub, 4)
	sub = be.AppendUint16(sub, uint16(16+8*n))
	sub = be.AppendUint16(sub, 0)
	sub = be.AppendUint16(sub, uint16(2*n))
	sub = be.AppendUint16(sub, uint16(2*pow))
	sub = be.AppendUint16(sub, uint16(log))
	sub = be.AppendUint16(sub, uint16(2*n-2*pow))
	for _, s := range segs {
		sub = be.AppendUint16(sub, s.end)
	}
	sub = be.AppendUint16(sub, 0)
	for _, s := range segs {
		sub = be.AppendUint16(sub, s.start)
	}
	for _, s := range segs {
		sub = be.AppendUint16(sub, s.delta)
	}
	for range segs {
		sub = be.AppendUint16(sub, 0)
	}
	t := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(t, sub...)
}

// assembleFont writes a TrueType file from its tables, in tag order, 4-byte aligned.
func assembleFont(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	pow, log := 1, 0
	for pow*2 <= n {
		pow, log = pow*2, log+1
	}
	be := binary.BigEndian
	out := be.AppendUint32(nil, 0x00010000)
	out = be.AppendUint16(out, uint16(n))
	out = be.AppendUint16(out, uint16(16*pow))
	out = be.AppendUint16(out, uint16(log))
	out = be.AppendUint16(out, uint16(16*n-16*pow))
	off := 12 + 16*n
	for _, t := range tags {
		b := tables[t]
		out = append(out, t...)
		out = be.AppendUint32(out, checksum(b))
		out = be.AppendUint32(out, uint32(off))
		out = be.AppendUint32(out, uint32(len(b)))
		off += (len(b) + 3) &^ 3
	}
	for _, t := range tags {
		out = append(out, tables[t]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
