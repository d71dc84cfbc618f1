package letters

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"sync"
	"unicode"

	"complaintdesk/assets"
)

// face is the bundled TrueType font, parsed once per process. gofpdf parses a whole font for
// every document and the bundled one holds about 30 000 glyphs, so each document gets a small
// font cut to the characters it uses; gofpdf then embeds a subset of that.
type face struct {
	tables      map[string][]byte
	upem        float64
	numGlyphs   int
	numHMetrics int
	loca        []uint32 // numGlyphs+1 glyph offsets into glyf
	cmap        map[rune]uint16
	missing     rune // drawn in place of a character the font lacks
}

var (
	faceOnce sync.Once
	theFace  *face
	faceErr  error
)

func loadFace() (*face, error) {
	faceOnce.Do(func() { theFace, faceErr = parseFace(assets.Font()) })
	return theFace, faceErr
}

func parseFace(b []byte) (*face, error) {
	if len(b) < 12 {
		return nil, errors.New("letters: font: file too short")
	}
	// gofpdf reads single TrueType faces only: no collections (ttcf), no CFF outlines (OTTO).
	if v := binary.BigEndian.Uint32(b); v != 0x00010000 && v != 0x74727565 {
		return nil, fmt.Errorf("letters: font: not a single TrueType face (tag %08x)", v)
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	f := &face{tables: map[string][]byte{}}
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(b) {
			return nil, errors.New("letters: font: table directory truncated")
		}
		tag := string(b[rec : rec+4])
		off, size := binary.BigEndian.Uint32(b[rec+8:]), binary.BigEndian.Uint32(b[rec+12:])
		if uint64(off)+uint64(size) > uint64(len(b)) {
			return nil, fmt.Errorf("letters: font: table %q outside the file", tag)
		}
		f.tables[tag] = b[off : off+size]
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "name", "post"} {
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
	if f.upem == 0 || f.numHMetrics == 0 || len(f.tables["hmtx"]) < 4*f.numHMetrics+2*(f.numGlyphs-f.numHMetrics) {
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
	}
	var err error
	if f.cmap, err = parseCmap4(f.tables["cmap"]); err != nil {
		return nil, err
	}
	f.missing = '?'
	if f.cmap['□'] != 0 {
		f.missing = '□'
	}
	return f, nil
}

// parseCmap4 reads the Unicode BMP mapping (format 4), the only one gofpdf uses; characters
// beyond it cannot be drawn.
func parseCmap4(t []byte) (map[rune]uint16, error) {
	if len(t) < 4 {
		return nil, errors.New("letters: font: cmap truncated")
	}
	n := int(binary.BigEndian.Uint16(t[2:]))
	for i := 0; i < n && 4+8*i+8 <= len(t); i++ {
		rec := t[4+8*i:]
		platform, encoding := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := int(binary.BigEndian.Uint32(rec[4:]))
		if !(platform == 3 && encoding == 1) && platform != 0 {
			continue
		}
		if off+14 > len(t) || binary.BigEndian.Uint16(t[off:]) != 4 {
			continue
		}
		sub := t[off:]
		if l := int(binary.BigEndian.Uint16(sub[2:])); l <= len(sub) {
			sub = sub[:l]
		}
		segs := int(binary.BigEndian.Uint16(sub[6:])) / 2
		if 16+8*segs > len(sub) {
			return nil, errors.New("letters: font: cmap format 4 truncated")
		}
		ends, starts := sub[14:], sub[16+2*segs:]
		deltas, ranges := sub[16+4*segs:], sub[16+6*segs:]
		m := make(map[rune]uint16, 32768)
		for s := 0; s < segs; s++ {
			end, start := int(binary.BigEndian.Uint16(ends[2*s:])), int(binary.BigEndian.Uint16(starts[2*s:]))
			delta, ro := binary.BigEndian.Uint16(deltas[2*s:]), int(binary.BigEndian.Uint16(ranges[2*s:]))
			for c := start; c <= end && c < 0xFFFF; c++ {
				var g uint16
				if ro == 0 {
					g = uint16(c) + delta
				} else {
					p := 16 + 6*segs + 2*s + ro + 2*(c-start)
					if p+2 > len(sub) {
						continue
					}
					if g = binary.BigEndian.Uint16(sub[p:]); g != 0 {
						g += delta
					}
				}
				if g != 0 {
					m[rune(c)] = g
				}
			}
		}
		return m, nil
	}
	return nil, errors.New("letters: font: no Unicode cmap (format 4)")
}

// Has reports whether the font can draw r.
func (f *face) has(r rune) bool { return f.cmap[r] != 0 }

// advance is the width of r in ems.
func (f *face) advance(r rune) float64 {
	g := int(f.cmap[r])
	if g >= f.numHMetrics {
		g = f.numHMetrics - 1
	}
	return float64(binary.BigEndian.Uint16(f.tables["hmtx"][4*g:])) / f.upem
}

// clean makes text drawable: characters the font lacks become a visible box (□), invisible
// joiners and variation selectors of emoji sequences are dropped, tabs and other spaces become
// plain spaces, and control characters other than newline go.
func (f *face) clean(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			out = append(out, r)
		case r == '\r' || r == 0x200B || r == 0x200D || r == 0xFEFF || r == 0x2060 ||
			(r >= 0xFE00 && r <= 0xFE0F) || (r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F):
		case r == '\u3000':
			out = append(out, r)
		case unicode.IsSpace(r):
			out = append(out, ' ')
		case unicode.IsControl(r):
		case f.has(r):
			out = append(out, r)
		default:
			out = append(out, f.missing)
		}
	}
	return string(out)
}

// subset builds a TrueType font holding only the glyphs of runes (glyph 0 and composite
// components included), with glyphs renumbered and a format 4 cmap.
func (f *face) subset(runes []rune) ([]byte, error) {
	rs := append([]rune(nil), runes...)
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	glyf := f.tables["glyf"]
	newID := map[uint16]uint16{0: 0}
	order := []uint16{0}
	var add func(g uint16) error
	add = func(g uint16) error {
		if _, ok := newID[g]; ok {
			return nil
		}
		if int(g) >= f.numGlyphs {
			return fmt.Errorf("letters: font: glyph %d out of range", g)
		}
		newID[g] = uint16(len(order))
		order = append(order, g)
		return f.components(glyf, g, add)
	}
	var mapped []rune
	for i, r := range rs {
		if i > 0 && r == rs[i-1] {
			continue
		}
		g := f.cmap[r]
		if g == 0 {
			continue
		}
		if err := add(g); err != nil {
			return nil, err
		}
		mapped = append(mapped, r)
	}
	if err := f.components(glyf, 0, add); err != nil {
		return nil, err
	}

	var glyfOut, locaOut, hmtxOut []byte
	for _, g := range order {
		locaOut = binary.BigEndian.AppendUint32(locaOut, uint32(len(glyfOut)))
		data := append([]byte(nil), glyf[f.loca[g]:f.loca[g+1]]...)
		if err := remapComponents(data, newID); err != nil {
			return nil, err
		}
		glyfOut = append(glyfOut, data...)
		for len(glyfOut)%4 != 0 {
			glyfOut = append(glyfOut, 0)
		}
		hmtxOut = append(hmtxOut, f.metrics(int(g))...)
	}
	locaOut = binary.BigEndian.AppendUint32(locaOut, uint32(len(glyfOut)))

	head := append([]byte(nil), f.tables["head"]...)
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment: viewers do not check it
	binary.BigEndian.PutUint16(head[50:], 1)
	hhea := append([]byte(nil), f.tables["hhea"]...)
	binary.BigEndian.PutUint16(hhea[34:], uint16(len(order)))
	maxp := append([]byte(nil), f.tables["maxp"]...)
	binary.BigEndian.PutUint16(maxp[4:], uint16(len(order)))
	post := make([]byte, 32)
	copy(post, f.tables["post"])
	binary.BigEndian.PutUint32(post, 0x00030000) // no glyph names

	out := map[string][]byte{"head": head, "hhea": hhea, "maxp": maxp, "post": post, "glyf": glyfOut,
		"loca": locaOut, "hmtx": hmtxOut, "cmap": buildCmap4(mapped, f.cmap, newID), "name": f.tables["name"]}
	for _, t := range []string{"OS/2", "cvt ", "fpgm", "prep", "gasp"} {
		if b, ok := f.tables[t]; ok {
			out[t] = b
		}
	}
	return assembleFont(out), nil
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

// components calls fn for every glyph a composite glyph g is built from.
func (f *face) components(glyf []byte, g uint16, fn func(uint16) error) error {
	data := glyf[f.loca[g]:f.loca[g+1]]
	return walkComponents(data, func(p int) error { return fn(binary.BigEndian.Uint16(data[p:])) })
}

func remapComponents(data []byte, newID map[uint16]uint16) error {
	return walkComponents(data, func(p int) error {
		binary.BigEndian.PutUint16(data[p:], newID[binary.BigEndian.Uint16(data[p:])])
		return nil
	})
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
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&have2x2 != 0:
			p += 8
		}
		if flags&moreParts == 0 {
			return nil
		}
	}
}

// buildCmap4 writes a cmap with one format 4 subtable (Windows Unicode BMP) mapping runes
// (sorted, unique) to their new glyph ids, one segment per run of consecutive codes and ids.
func buildCmap4(runes []rune, cmap map[rune]uint16, newID map[uint16]uint16) []byte {
	type seg struct{ start, end, delta uint16 }
	var segs []seg
	for _, r := range runes {
		id := newID[cmap[r]]
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
