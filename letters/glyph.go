package letters

import (
	"encoding/binary"
	"errors"
	"math"
)

// Simple glyph point flags (TrueType glyf table).
const (
	onCurve     = 0x01
	xShort      = 0x02
	yShort      = 0x04
	repeatFlag  = 0x08
	xSameOrPlus = 0x10
	ySameOrPlus = 0x20
	argsAreXY   = 0x0002
	hasInstrs   = 0x0100
)

var errGlyph = errors.New("letters: font: glyph data truncated")

// scaled rounds v*s to the nearest font unit.
func scaled[T int16 | uint16](v T, s float64) int {
	return int(math.Round(float64(v) * s))
}

// fitGlyph rewrites a glyph of another font for a cut font: its coordinates scaled by s (the
// ratio of the two fonts' units per em), its hinting instructions left out (they call the
// other font's programs), the glyphs a composite is built from renumbered by id.
func fitGlyph(data []byte, s float64, id func(uint16) uint16) ([]byte, error) {
	if len(data) == 0 {
		return nil, nil // a glyph without outline, like the space
	}
	if len(data) < 10 {
		return nil, errGlyph
	}
	be := binary.BigEndian
	contours := int(int16(be.Uint16(data)))
	out := be.AppendUint16(nil, uint16(int16(contours)))
	for p := 2; p < 10; p += 2 {
		out = be.AppendUint16(out, uint16(int16(clamp16(scaled(int16(be.Uint16(data[p:])), s)))))
	}
	if contours < 0 {
		return fitComposite(data, out, s, id)
	}
	return fitSimple(data, contours, s)
}

// fitSimple scales the points of a glyph drawn with contours, writing each coordinate anew.
func fitSimple(data []byte, contours int, s float64) ([]byte, error) {
	be := binary.BigEndian
	p := 10 + 2*contours
	if p+2 > len(data) {
		return nil, errGlyph
	}
	ends := data[10:p]
	points := 0
	if contours > 0 {
		points = int(be.Uint16(ends[2*contours-2:])) + 1
	}
	p += 2 + int(be.Uint16(data[p:]))
	flags := make([]byte, 0, points)
	for len(flags) < points {
		if p >= len(data) {
			return nil, errGlyph
		}
		fl := data[p]
		p++
		flags = append(flags, fl)
		if fl&repeatFlag != 0 {
			if p >= len(data) {
				return nil, errGlyph
			}
			for n := int(data[p]); n > 0 && len(flags) < points; n-- {
				flags = append(flags, fl)
			}
			p++
		}
	}
	coords := func(short, same byte) ([]int, error) {
		v, at := make([]int, points), 0
		for i, fl := range flags {
			switch {
			case fl&short != 0:
				if p >= len(data) {
					return nil, errGlyph
				}
				d := int(data[p])
				if fl&same == 0 {
					d = -d
				}
				at += d
				p++
			case fl&same == 0:
				if p+2 > len(data) {
					return nil, errGlyph
				}
				at += int(int16(be.Uint16(data[p:])))
				p += 2
			}
			v[i] = at
		}
		return v, nil
	}
	xs, err := coords(xShort, xSameOrPlus)
	if err != nil {
		return nil, err
	}
	ys, err := coords(yShort, ySameOrPlus)
	if err != nil {
		return nil, err
	}

	out := be.AppendUint16(nil, uint16(int16(contours)))
	xMin, yMin, xMax, yMax := math.MaxInt, math.MaxInt, math.MinInt, math.MinInt
	for i := range xs {
		xs[i], ys[i] = clamp16(int(math.Round(float64(xs[i])*s))), clamp16(int(math.Round(float64(ys[i])*s)))
		xMin, xMax = min(xMin, xs[i]), max(xMax, xs[i])
		yMin, yMax = min(yMin, ys[i]), max(yMax, ys[i])
	}
	if points == 0 {
		xMin, yMin, xMax, yMax = 0, 0, 0, 0
	}
	for _, v := range []int{xMin, yMin, xMax, yMax} {
		out = be.AppendUint16(out, uint16(int16(v)))
	}
	out = append(out, ends...)
	out = be.AppendUint16(out, 0) // no instructions
	var fl, xb, yb []byte
	px, py := 0, 0
	for i := range xs {
		f := flags[i] & onCurve
		xb, f = appendDelta(xb, xs[i]-px, f, xShort, xSameOrPlus)
		yb, f = appendDelta(yb, ys[i]-py, f, yShort, ySameOrPlus)
		fl = append(fl, f)
		px, py = xs[i], ys[i]
	}
	out = append(out, fl...)
	out = append(out, xb...)
	return append(out, yb...), nil
}

// appendDelta writes one coordinate's change in the shortest form and sets its flags.
func appendDelta(b []byte, d int, fl, short, same byte) ([]byte, byte) {
	switch {
	case d == 0:
		return b, fl | same
	case d > -256 && d < 256:
		fl |= short
		if d > 0 {
			fl |= same
		} else {
			d = -d
		}
		return append(b, byte(d)), fl
	default:
		return binary.BigEndian.AppendUint16(b, uint16(int16(d))), fl
	}
}

// fitComposite rewrites each component with word-sized arguments, its offsets scaled, and
// without the instructions that may follow the last one.
func fitComposite(data, out []byte, s float64, id func(uint16) uint16) ([]byte, error) {
	be := binary.BigEndian
	p := 10
	for {
		if p+4 > len(data) {
			return nil, errGlyph
		}
		flags, g := be.Uint16(data[p:]), be.Uint16(data[p+2:])
		p += 4
		var a, b int
		switch {
		case flags&argsAreWords != 0 && p+4 <= len(data):
			a, b = int(int16(be.Uint16(data[p:]))), int(int16(be.Uint16(data[p+2:])))
			if flags&argsAreXY == 0 { // point numbers
				a, b = int(be.Uint16(data[p:])), int(be.Uint16(data[p+2:]))
			}
			p += 4
		case flags&argsAreWords == 0 && p+2 <= len(data):
			a, b = int(int8(data[p])), int(int8(data[p+1]))
			if flags&argsAreXY == 0 {
				a, b = int(data[p]), int(data[p+1])
			}
			p += 2
		default:
			return nil, errGlyph
		}
		if flags&argsAreXY != 0 {
			a, b = clamp16(int(math.Round(float64(a)*s))), clamp16(int(math.Round(float64(b)*s)))
		}
		rest := transformSize(flags)
		if p+rest > len(data) {
			return nil, errGlyph
		}
		out = be.AppendUint16(out, (flags|argsAreWords)&^hasInstrs)
		out = be.AppendUint16(out, id(g))
		out = be.AppendUint16(out, uint16(a))
		out = be.AppendUint16(out, uint16(b))
		out = append(out, data[p:p+rest]...)
		p += rest
		if flags&moreParts == 0 {
			return out, nil
		}
	}
}

func clamp16(v int) int { return max(math.MinInt16, min(math.MaxInt16, v)) }
