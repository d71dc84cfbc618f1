package calendar

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Unit is the unit of a deadline spec.
type Unit string

const (
	Hours        Unit = "h"  // calendar hours
	Days         Unit = "d"  // calendar days of 24 hours
	WorkingHours Unit = "wh" // hours inside working periods of working days
	WorkingDays  Unit = "wd" // working days, due at the end of the last one
)

// maxN keeps every spec within about a year: an SLA target beyond that is a typing mistake,
// and the bound keeps the deadline loops short.
var maxN = map[Unit]int{Hours: 8784, Days: 366, WorkingHours: 2000, WorkingDays: 250}

// Spec is a deadline spec such as "24h", "8wh", "7wd" or "3d".
type Spec struct {
	N    int
	Unit Unit
}

// ErrInvalidSpec marks a deadline spec that ParseSpec refuses.
var ErrInvalidSpec = errors.New("invalid deadline spec")

// ParseSpec reads a deadline spec: a whole number greater than zero followed by h, d, wh or wd.
func ParseSpec(s string) (Spec, error) {
	txt := strings.TrimSpace(s)
	if txt == "" {
		return Spec{}, fmt.Errorf("calendar: %w: empty; want a number and a unit, e.g. 24h, 8wh, 7wd or 3d", ErrInvalidSpec)
	}
	i := strings.IndexFunc(txt, func(r rune) bool { return (r < '0' || r > '9') && r != '-' && r != '+' && r != '.' })
	if i < 0 {
		i = len(txt)
	}
	num, unit := txt[:i], Unit(strings.ToLower(strings.TrimSpace(txt[i:])))
	if num == "" {
		return Spec{}, fmt.Errorf("calendar: %w %q: no number; want e.g. 24h, 8wh, 7wd or 3d", ErrInvalidSpec, s)
	}
	n, err := strconv.Atoi(num)
	if err != nil || num[0] == '+' {
		return Spec{}, fmt.Errorf("calendar: %w %q: %q is not a whole number", ErrInvalidSpec, s, num)
	}
	if n <= 0 {
		return Spec{}, fmt.Errorf("calendar: %w %q: the number must be greater than 0", ErrInvalidSpec, s)
	}
	limit, ok := maxN[unit]
	if !ok {
		if unit == "" {
			return Spec{}, fmt.Errorf("calendar: %w %q: no unit; want h, d, wh or wd", ErrInvalidSpec, s)
		}
		return Spec{}, fmt.Errorf("calendar: %w %q: unknown unit %q; want h, d, wh or wd", ErrInvalidSpec, s, unit)
	}
	if n > limit {
		return Spec{}, fmt.Errorf("calendar: %w %q: at most %d%s (about a year)", ErrInvalidSpec, s, limit, unit)
	}
	return Spec{n, unit}, nil
}

// String writes the spec the way ParseSpec reads it.
func (s Spec) String() string { return strconv.Itoa(s.N) + string(s.Unit) }

// MarshalText lets a spec be stored as its text in JSON and settings.
func (s Spec) MarshalText() ([]byte, error) {
	if _, err := ParseSpec(s.String()); err != nil {
		return nil, err
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads a spec with ParseSpec.
func (s *Spec) UnmarshalText(b []byte) error {
	v, err := ParseSpec(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
