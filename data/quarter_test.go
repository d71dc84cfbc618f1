package data

import (
	"errors"
	"testing"
	"time"
)

func TestQuarters(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	for _, tt := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 1, 1, 0, 0, 0, 0, loc), "2026-Q1"},
		{time.Date(2026, 3, 31, 23, 59, 0, 0, loc), "2026-Q1"},
		{time.Date(2026, 4, 1, 0, 0, 0, 0, loc), "2026-Q2"},
		{time.Date(2026, 12, 31, 16, 30, 0, 0, time.UTC), "2027-Q1"}, // already 2027 in the office
	} {
		if got := QuarterOf(tt.at, loc).String(); got != tt.want {
			t.Errorf("QuarterOf(%v) = %s, want %s", tt.at, got, tt.want)
		}
	}
	q, err := ParseQuarter("2026-Q4")
	if err != nil || q != (Quarter{2026, 4}) {
		t.Fatalf("ParseQuarter: %v %v", q, err)
	}
	from, to := q.Bounds(loc)
	if !from.Equal(time.Date(2026, 10, 1, 0, 0, 0, 0, loc)) || !to.Equal(time.Date(2027, 1, 1, 0, 0, 0, 0, loc)) {
		t.Errorf("bounds %v %v", from, to)
	}
	if p := (Quarter{2026, 1}).Prev(); p != (Quarter{2025, 4}) {
		t.Errorf("before 2026-Q1: %v", p)
	}
	for _, bad := range []string{"", "2026-Q5", "2026-Q0", "2026Q4", "2026-Q4x", "26-Q1"} {
		if _, err := ParseQuarter(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseQuarter(%q): %v", bad, err)
		}
	}
}
