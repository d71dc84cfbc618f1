package calendar

import (
	"fmt"
	"testing"
	"time"
)

var shanghai = mustLoad("Asia/Shanghai")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// sh reads "2006-01-02 15:04" as Shanghai wall-clock time.
func sh(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.ParseInLocation("2006-01-02 15:04", s, shanghai)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func TestAdd(t *testing.T) {
	tests := []struct {
		name     string
		from     string
		spec     Spec
		due      string
		verified bool
	}{
		// Ordinary weeks (2026-11-20 is a Friday).
		{"lunch break is skipped", "2026-11-24 11:30", Spec{1, WorkingHours}, "2026-11-24 14:00", true},
		{"count ending at period end stays there", "2026-11-24 17:00", Spec{1, WorkingHours}, "2026-11-24 18:00", true},
		{"count ending at noon stays at noon", "2026-11-24 11:00", Spec{1, WorkingHours}, "2026-11-24 12:00", true},
		{"full day then half an hour", "2026-11-24 09:00", Spec{8, WorkingHours}, "2026-11-25 09:30", true},
		{"from during lunch starts at 13:30", "2026-11-24 12:30", Spec{1, WorkingHours}, "2026-11-24 14:30", true},
		{"from at noon starts at 13:30", "2026-11-24 12:00", Spec{1, WorkingHours}, "2026-11-24 14:30", true},
		{"from before opening", "2026-11-24 07:00", Spec{1, WorkingHours}, "2026-11-24 10:00", true},
		{"from at closing", "2026-11-24 18:00", Spec{1, WorkingHours}, "2026-11-25 10:00", true},
		{"from in the evening", "2026-11-24 20:00", Spec{1, WorkingHours}, "2026-11-25 10:00", true},
		{"from on a Saturday", "2026-11-21 10:00", Spec{1, WorkingHours}, "2026-11-23 10:00", true},
		{"working hours across a weekend", "2026-11-20 17:00", Spec{2, WorkingHours}, "2026-11-23 10:00", true},
		{"1wd from a Friday afternoon", "2026-11-20 15:00", Spec{1, WorkingDays}, "2026-11-23 18:00", true},
		{"1wd from a Sunday", "2026-11-22 10:00", Spec{1, WorkingDays}, "2026-11-23 18:00", true},
		{"1wd from Monday morning", "2026-11-23 08:00", Spec{1, WorkingDays}, "2026-11-24 18:00", true},
		{"7wd over a weekend", "2026-11-23 10:00", Spec{7, WorkingDays}, "2026-12-02 18:00", true},
		{"24h is calendar time", "2026-11-21 10:00", Spec{24, Hours}, "2026-11-22 10:00", true},
		{"3d is calendar time", "2026-11-23 10:00", Spec{3, Days}, "2026-11-26 10:00", true},

		// Spring Festival 2026: holiday Sun 02-15..Mon 02-23, make-up Sat 02-14 and Sat 02-28.
		{"1wd lands on the make-up Saturday", "2026-02-13 10:00", Spec{1, WorkingDays}, "2026-02-14 18:00", true},
		{"1wd from the make-up Saturday jumps the holiday", "2026-02-14 10:00", Spec{1, WorkingDays}, "2026-02-24 18:00", true},
		{"7wd across the Spring Festival", "2026-02-12 10:00", Spec{7, WorkingDays}, "2026-02-28 18:00", true},
		{"make-up Saturday has Monday's hours", "2026-02-14 11:30", Spec{1, WorkingHours}, "2026-02-14 14:00", true},
		{"working hours across the Spring Festival", "2026-02-14 17:00", Spec{2, WorkingHours}, "2026-02-24 10:00", true},
		{"from inside the holiday", "2026-02-18 10:00", Spec{1, WorkingHours}, "2026-02-24 10:00", true},
		{"8wh from a holiday Monday", "2026-02-23 09:00", Spec{8, WorkingHours}, "2026-02-25 09:30", true},

		// National Day 2026: Mid-Autumn Fri 09-25..Sun 09-27, National Day Thu 10-01..Wed 10-07,
		// make-up Sun 09-20 and Sat 10-10.
		{"1wd lands on the make-up Sunday", "2026-09-19 12:00", Spec{1, WorkingDays}, "2026-09-20 18:00", true},
		{"1wd over Mid-Autumn", "2026-09-24 10:00", Spec{1, WorkingDays}, "2026-09-28 18:00", true},
		{"1wd over the National Day week", "2026-09-30 15:00", Spec{1, WorkingDays}, "2026-10-08 18:00", true},
		{"working hours over the National Day week", "2026-09-30 17:00", Spec{2, WorkingHours}, "2026-10-08 10:00", true},
		{"1wd lands on the make-up Saturday in October", "2026-10-09 10:00", Spec{1, WorkingDays}, "2026-10-10 18:00", true},
		{"period end on the eve of a make-up day", "2026-10-09 17:00", Spec{1, WorkingHours}, "2026-10-09 18:00", true},
		{"working hours into the make-up Saturday", "2026-10-09 17:30", Spec{1, WorkingHours}, "2026-10-10 09:30", true},
		{"7wd over both holidays", "2026-09-24 10:00", Spec{7, WorkingDays}, "2026-10-12 18:00", true},

		// Years the data does not cover: weekly hours only, flagged.
		{"1wd into 2027", "2026-12-31 10:00", Spec{1, WorkingDays}, "2027-01-01 18:00", false},
		{"1wd within 2026 on New Year's Eve", "2026-12-30 10:00", Spec{1, WorkingDays}, "2026-12-31 18:00", true},
		{"working hours into 2027", "2026-12-31 17:00", Spec{2, WorkingHours}, "2027-01-01 10:00", false},
		{"7wd in 2028", "2028-03-01 10:00", Spec{7, WorkingDays}, "2028-03-10 18:00", false},
		{"24h into 2027 needs no holiday data", "2026-12-31 10:00", Spec{24, Hours}, "2027-01-01 10:00", true},
		{"wd looks only after the start date", "2024-12-31 10:00", Spec{1, WorkingDays}, "2025-01-02 18:00", true},
		{"wh looks at the start date", "2024-12-31 10:00", Spec{1, WorkingHours}, "2024-12-31 11:00", false},

		// Specs ParseSpec refuses leave the start unchanged and unverified.
		{"zero", "2026-11-24 10:00", Spec{0, WorkingDays}, "2026-11-24 10:00", false},
		{"unknown unit", "2026-11-24 10:00", Spec{1, "w"}, "2026-11-24 10:00", false},
		{"too many", "2026-11-24 10:00", Spec{100000, WorkingHours}, "2026-11-24 10:00", false},
	}
	c := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			due, verified := c.Add(sh(t, tt.from), tt.spec)
			if want := sh(t, tt.due); !due.Equal(want) || verified != tt.verified {
				t.Errorf("Add(%s, %s) = %s, %v; want %s, %v", tt.from, tt.spec,
					due.Format("2006-01-02 15:04 Mon"), verified, want.Format("2006-01-02 15:04 Mon"), tt.verified)
			}
			if due.Location().String() != "Asia/Shanghai" {
				t.Errorf("due in %s, want the calendar's location", due.Location())
			}
		})
	}
}

func TestAddReadsFromInCalendarLocation(t *testing.T) {
	c := Default()
	tests := []struct {
		name string
		from time.Time
		spec Spec
		due  string
	}{
		{"UTC instant inside Shanghai working time", time.Date(2026, 11, 24, 2, 0, 0, 0, time.UTC), Spec{1, WorkingHours}, "2026-11-24 11:00"},
		// 16:30 UTC on the 23rd is already the 24th in Shanghai.
		{"UTC date differs from Shanghai date", time.Date(2026, 11, 23, 16, 30, 0, 0, time.UTC), Spec{1, WorkingDays}, "2026-11-25 18:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if due, _ := c.Add(tt.from, tt.spec); !due.Equal(sh(t, tt.due)) {
				t.Errorf("Add = %s, want %s", due, tt.due)
			}
		})
	}
}

// Periods are wall-clock times: on the day clocks go forward, 09:00-10:00 is still 09:00-10:00.
func TestAddAcrossDaylightSaving(t *testing.T) {
	ny := mustLoad("America/New_York")
	var week [7][]Period
	week[time.Sunday] = []Period{{0, 4 * time.Hour}, {9 * time.Hour, 10 * time.Hour}}
	c := New(ny, week)
	tests := []struct {
		name string
		from time.Time
		spec Spec
		want time.Time
	}{
		// 2026-03-08 02:00 EST jumps to 03:00 EDT: the 00:00-04:00 period is three hours long.
		{"short period on the spring-forward day", time.Date(2026, 3, 8, 0, 0, 0, 0, ny), Spec{3, WorkingHours}, time.Date(2026, 3, 8, 4, 0, 0, 0, ny)},
		{"next period at wall-clock 09:00", time.Date(2026, 3, 8, 0, 0, 0, 0, ny), Spec{4, WorkingHours}, time.Date(2026, 3, 8, 10, 0, 0, 0, ny)},
		{"wd ends at wall-clock 10:00", time.Date(2026, 3, 1, 12, 0, 0, 0, ny), Spec{1, WorkingDays}, time.Date(2026, 3, 8, 10, 0, 0, 0, ny)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if due, _ := c.Add(tt.from, tt.spec); !due.Equal(tt.want) {
				t.Errorf("Add = %s, want %s", due, tt.want)
			}
		})
	}
}

func TestAddStopsSearchingAfterTenYears(t *testing.T) {
	var week [7][]Period
	week[time.Monday] = []Period{{9 * time.Hour, 9*time.Hour + time.Minute}}
	c := New(time.UTC, week)
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	// One minute a week: 2000 working hours would take over two thousand years.
	due, verified := c.Add(from, Spec{2000, WorkingHours})
	if verified || due.Sub(from) < 9*365*24*time.Hour || due.Sub(from) > 11*365*24*time.Hour {
		t.Errorf("Add = %s, %v; want about ten years later, unverified", due, verified)
	}
}

func TestWorkingTime(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want time.Duration
	}{
		{"inside one period", "2026-11-24 09:30", "2026-11-24 10:15", 45 * time.Minute},
		{"across lunch", "2026-11-24 11:00", "2026-11-24 14:30", 2 * time.Hour},
		{"whole working day", "2026-11-24 00:00", "2026-11-25 00:00", 7*time.Hour + 30*time.Minute},
		{"across a weekend", "2026-11-20 17:00", "2026-11-23 10:00", 2 * time.Hour},
		{"weekend only", "2026-11-21 00:00", "2026-11-23 00:00", 0},
		{"across the Spring Festival with its make-up Saturday", "2026-02-13 17:00", "2026-02-24 10:00", 9*time.Hour + 30*time.Minute},
		{"equal ends", "2026-11-24 10:00", "2026-11-24 10:00", 0},
		{"reversed", "2026-11-24 11:00", "2026-11-24 10:00", 0},
	}
	c := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.WorkingTime(sh(t, tt.a), sh(t, tt.b)); got != tt.want {
				t.Errorf("WorkingTime(%s, %s) = %s, want %s", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// Add and WorkingTime must agree: N working hours from any start take exactly N working hours.
func TestWorkingTimeUndoesAdd(t *testing.T) {
	c := Default()
	starts := []string{"2026-02-10 08:17", "2026-09-18 11:43", "2026-12-28 13:29"}
	for _, start := range starts {
		t.Run(start, func(t *testing.T) {
			for from := sh(t, start); from.Before(sh(t, start).Add(9 * 24 * time.Hour)); from = from.Add(97 * time.Minute) {
				for _, n := range []int{1, 2, 7, 8, 40} {
					due, _ := c.Add(from, Spec{n, WorkingHours})
					if got := c.WorkingTime(from, due); got != time.Duration(n)*time.Hour {
						t.Fatalf("from %s: %dwh due %s, but WorkingTime = %s", from, n, due, got)
					}
				}
			}
		})
	}
}

func BenchmarkAdd(b *testing.B) {
	c := Default()
	froms := make([]time.Time, 64)
	for i := range froms {
		// Spread over 2026, holidays included, at odd minutes.
		froms[i] = sh(b, "2026-01-01 00:00").Add(time.Duration(i) * 137 * time.Hour).Add(time.Duration(i*7) * time.Minute)
	}
	for _, spec := range []Spec{{1, WorkingDays}, {7, WorkingDays}, {8, WorkingHours}, {40, WorkingHours}, {24, Hours}} {
		b.Run(spec.String(), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				c.Add(froms[i%len(froms)], spec)
			}
		})
	}
}

func ExampleCalendar_Add() {
	c := Default()
	from := time.Date(2026, 2, 13, 15, 0, 0, 0, c.Location()) // Friday before the Spring Festival
	for _, s := range []string{"1wd", "2wd", "4wh", "24h"} {
		spec, _ := ParseSpec(s)
		due, verified := c.Add(from, spec)
		fmt.Println(s, due.Format("2006-01-02 15:04"), verified)
	}
	// Output:
	// 1wd 2026-02-14 18:00 true
	// 2wd 2026-02-24 18:00 true
	// 4wh 2026-02-14 10:00 true
	// 24h 2026-02-14 15:00 true
}

func ExampleCalendar_WorkingTime() {
	c := Default()
	now := time.Date(2026, 11, 20, 16, 0, 0, 0, c.Location()) // Friday afternoon
	due, _ := c.Add(now, Spec{1, WorkingDays})
	fmt.Println(due.Format("Mon 15:04"), c.WorkingTime(now, due))
	// Output:
	// Mon 18:00 9h30m0s
}
