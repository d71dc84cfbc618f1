package data

import (
	"fmt"
	"strings"
	"time"
)

// Quarter is a calendar quarter, the period of the revisit sample of seed 004 §4.8.
type Quarter struct {
	Year int
	Q    int // 1 to 4
}

// ParseQuarter reads a quarter written like 2026-Q4.
func ParseQuarter(s string) (Quarter, error) {
	var q Quarter
	var rest string
	if n, _ := fmt.Sscanf(strings.ToUpper(s)+"\n", "%d-Q%d%s", &q.Year, &q.Q, &rest); n != 2 || q.Q < 1 || q.Q > 4 || q.Year < 2000 || q.Year > 9999 {
		return Quarter{}, invalid("quarter", "quarter", map[string]any{"Value": s}, "a quarter is written like 2026-Q4, not %q", s)
	}
	return q, nil
}

// QuarterOf is the quarter that t falls in, in loc.
func QuarterOf(t time.Time, loc *time.Location) Quarter {
	t = t.In(loc)
	return Quarter{Year: t.Year(), Q: (int(t.Month())-1)/3 + 1}
}

func (q Quarter) String() string { return fmt.Sprintf("%d-Q%d", q.Year, q.Q) }

// Bounds is the quarter as [from, to) in loc.
func (q Quarter) Bounds(loc *time.Location) (from, to time.Time) {
	from = time.Date(q.Year, time.Month(3*q.Q-2), 1, 0, 0, 0, 0, loc)
	return from, from.AddDate(0, 3, 0)
}

// Prev is the quarter before.
func (q Quarter) Prev() Quarter {
	if q.Q == 1 {
		return Quarter{Year: q.Year - 1, Q: 4}
	}
	return Quarter{Year: q.Year, Q: q.Q - 1}
}
