package calendar

import (
	"errors"
	"slices"
	"sync"
	"testing"
	"time"
)

func TestCivilMatchesTimePackage(t *testing.T) {
	start := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC)
	for i := range 80000 {
		tm := start.AddDate(0, 0, i)
		d := daysFromCivil(tm.Date())
		if want := dayNum(tm.Unix() / 86400); d != want {
			t.Fatalf("daysFromCivil(%s) = %d, want %d", tm.Format(dateLayout), d, want)
		}
		if y, m, dd := d.civil(); y != tm.Year() || m != tm.Month() || dd != tm.Day() {
			t.Fatalf("civil(%d) = %d-%d-%d, want %s", d, y, m, dd, tm.Format(dateLayout))
		}
		if d.weekday() != tm.Weekday() {
			t.Fatalf("weekday(%s) = %s, want %s", tm.Format(dateLayout), d.weekday(), tm.Weekday())
		}
	}
}

func TestValidateWeek(t *testing.T) {
	h := time.Hour
	tests := []struct {
		name string
		day  []Period
		ok   bool
	}{
		{"default periods", []Period{{9 * h, 12 * h}, {13*h + 30*time.Minute, 18 * h}}, true},
		{"whole day", []Period{{0, 24 * h}}, true},
		{"touching periods", []Period{{9 * h, 12 * h}, {12 * h, 13 * h}}, true},
		{"no period in the week", nil, false},
		{"overlapping", []Period{{9 * h, 12 * h}, {11 * h, 13 * h}}, false},
		{"unsorted", []Period{{13 * h, 18 * h}, {9 * h, 12 * h}}, false},
		{"ends after midnight", []Period{{22 * h, 25 * h}}, false},
		{"starts before midnight", []Period{{-h, 2 * h}}, false},
		{"empty period", []Period{{9 * h, 9 * h}}, false},
		{"reversed period", []Period{{12 * h, 9 * h}}, false},
		{"seconds", []Period{{9*h + time.Second, 12 * h}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var week [7][]Period
			week[time.Wednesday] = tt.day
			err := ValidateWeek(week)
			if (err == nil) != tt.ok {
				t.Fatalf("ValidateWeek = %v, want ok=%v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrInvalidWeek) {
				t.Errorf("error %v does not wrap ErrInvalidWeek", err)
			}
			c := New(time.UTC, DefaultWeek())
			if err := c.SetWeek(week); (err == nil) != tt.ok {
				t.Errorf("SetWeek = %v, want ok=%v", err, tt.ok)
			}
			if !tt.ok && !sameWeek(c.Week(), DefaultWeek()) {
				t.Errorf("refused SetWeek changed the week to %v", c.Week())
			}
		})
	}
}

func TestNewPanicsOnEmptyWeek(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("New with an empty week did not panic")
		}
	}()
	New(time.UTC, [7][]Period{})
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want Period
		ok   bool
	}{
		{"09:00-12:00", Period{9 * time.Hour, 12 * time.Hour}, true},
		{" 13:30 - 18:00 ", Period{13*time.Hour + 30*time.Minute, 18 * time.Hour}, true},
		{"18:00-24:00", Period{18 * time.Hour, 24 * time.Hour}, true},
		{"9:00-12:00", Period{}, false},
		{"09:00", Period{}, false},
		{"12:00-09:00", Period{}, false},
		{"09:60-10:00", Period{}, false},
		{"24:30-25:00", Period{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePeriod(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Fatalf("ParsePeriod(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
			}
			if tt.ok {
				if again, _ := ParsePeriod(got.String()); again != got {
					t.Errorf("String %q does not parse back", got.String())
				}
			}
		})
	}
}

func TestDefault(t *testing.T) {
	c := Default()
	if got := c.Location().String(); got != "Asia/Shanghai" {
		t.Errorf("Location = %s", got)
	}
	if got := c.Years(); !slices.Equal(got, []int{2025, 2026}) {
		t.Errorf("Years = %v", got)
	}
	for y, want := range map[int]bool{2024: false, 2025: true, 2026: true, 2027: false} {
		if c.Covers(y) != want {
			t.Errorf("Covers(%d) = %v", y, !want)
		}
	}
	if !sameWeek(c.Week(), DefaultWeek()) {
		t.Errorf("Week = %v", c.Week())
	}
}

// Default calendars share their holiday data; changing one must not change another.
func TestDefaultCalendarsAreIndependent(t *testing.T) {
	a := Default()
	var week [7][]Period
	week[time.Saturday] = []Period{{10 * time.Hour, 11 * time.Hour}}
	if err := a.SetWeek(week); err != nil {
		t.Fatal(err)
	}
	if err := a.SetDay(sh(t, "2026-11-23 00:00"), "办公室搬迁", false); err != nil {
		t.Fatal(err)
	}
	b := Default()
	if !sameWeek(b.Week(), DefaultWeek()) {
		t.Errorf("second Default has week %v", b.Week())
	}
	if !b.IsWorkingDay(sh(t, "2026-11-23 10:00")) {
		t.Error("second Default sees the first one's holiday")
	}
}

func TestDayInfo(t *testing.T) {
	tests := []struct {
		date    string
		working bool
		holiday string
		makeUp  bool
	}{
		{"2026-02-13", true, "", false},
		{"2026-02-14", true, "", true},
		{"2026-02-15", false, "春节", false},
		{"2026-02-16", false, "春节", false},
		{"2026-02-21", false, "春节", false},
		{"2026-02-23", false, "春节", false},
		{"2026-02-24", true, "", false},
		{"2026-02-28", true, "", true},
		{"2026-03-01", false, "", false},
		{"2026-09-20", true, "", true},
		{"2026-09-25", false, "中秋节", false},
		{"2026-10-01", false, "国庆节", false},
		{"2026-10-07", false, "国庆节", false},
		{"2026-10-10", true, "", true},
		{"2025-10-08", false, "国庆节、中秋节", false},
		{"2027-01-01", true, "", false},
		{"2027-01-02", false, "", false},
	}
	c := Default()
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			// Late evening UTC is the next morning in Shanghai; DayInfo must read the date there.
			at := sh(t, tt.date+" 07:00").UTC()
			got := c.DayInfo(at)
			want := Day{Date: sh(t, tt.date+" 00:00"), Working: tt.working, Holiday: tt.holiday, MakeUp: tt.makeUp}
			if !got.Date.Equal(want.Date) || got.Date.Location().String() != "Asia/Shanghai" || got.Working != want.Working ||
				got.Holiday != want.Holiday || got.MakeUp != want.MakeUp {
				t.Errorf("DayInfo = %+v, want %+v", got, want)
			}
			if c.IsWorkingDay(at) != tt.working {
				t.Errorf("IsWorkingDay = %v", !tt.working)
			}
		})
	}
}

func TestWeekendHoursMakeWorkingDays(t *testing.T) {
	week := DefaultWeek()
	week[time.Saturday] = []Period{{9 * time.Hour, 12 * time.Hour}}
	c := New(shanghai, week)
	tests := []struct {
		date    string
		working bool
	}{
		{"2026-11-21 10:00", true},  // Saturday with hours
		{"2026-11-22 10:00", false}, // Sunday without
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			if got := c.IsWorkingDay(sh(t, tt.date)); got != tt.working {
				t.Errorf("IsWorkingDay = %v", got)
			}
		})
	}
	if due, _ := c.Add(sh(t, "2026-11-20 17:00"), Spec{2, WorkingHours}); !due.Equal(sh(t, "2026-11-21 10:00")) {
		t.Errorf("Friday 17:00 + 2wh = %s, want Saturday 10:00", due)
	}
}

// A make-up Sunday has no hours of its own: it borrows Monday's, or the next weekday's that has any.
func TestMakeUpDayHours(t *testing.T) {
	h := time.Hour
	tests := []struct {
		name string
		week map[time.Weekday][]Period
		due  string
	}{
		{"Monday's hours", map[time.Weekday][]Period{time.Monday: {{8 * h, 12 * h}}, time.Friday: {{9 * h, 17 * h}}}, "2026-11-22 12:00"},
		{"Tuesday's when Monday has none", map[time.Weekday][]Period{time.Tuesday: {{8 * h, 16 * h}}, time.Friday: {{9 * h, 17 * h}}}, "2026-11-22 16:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var week [7][]Period
			for wd, ps := range tt.week {
				week[wd] = ps
			}
			c := New(shanghai, week)
			if err := c.SetDay(sh(t, "2026-11-22 00:00"), "", true); err != nil {
				t.Fatal(err)
			}
			due, verified := c.Add(sh(t, "2026-11-21 12:00"), Spec{1, WorkingDays})
			if want := sh(t, tt.due); !due.Equal(want) || !verified {
				t.Errorf("1wd before a make-up Sunday = %s, %v; want %s, true", due, verified, want)
			}
		})
	}
}

func TestSetDay(t *testing.T) {
	tests := []struct {
		name    string
		date    string
		holiday string
		makeUp  bool
		ok      bool
		covers  int
		want    Day
	}{
		{"holiday in an uncovered year covers it", "2027-01-01", "元旦", false, true, 2027, Day{Holiday: "元旦"}},
		{"make-up day", "2026-11-22", "", true, true, 2026, Day{Working: true, MakeUp: true}},
		{"holiday becomes ordinary", "2026-10-01", "", false, true, 2026, Day{Working: true}},
		{"renamed holiday", "2026-10-01", " 国庆 ", false, true, 2026, Day{Holiday: "国庆"}},
		{"make-up day becomes holiday", "2026-02-14", "春节", false, true, 2026, Day{Holiday: "春节"}},
		{"both", "2026-11-23", "节日", true, false, 2026, Day{Working: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			err := c.SetDay(sh(t, tt.date+" 12:00"), tt.holiday, tt.makeUp)
			if (err == nil) != tt.ok {
				t.Fatalf("SetDay = %v, want ok=%v", err, tt.ok)
			}
			got := c.DayInfo(sh(t, tt.date+" 12:00"))
			if got.Working != tt.want.Working || got.Holiday != tt.want.Holiday || got.MakeUp != tt.want.MakeUp {
				t.Errorf("DayInfo = %+v, want %+v", got, tt.want)
			}
			if !c.Covers(tt.covers) {
				t.Errorf("Covers(%d) = false", tt.covers)
			}
		})
	}
}

func TestRemoveYear(t *testing.T) {
	c := Default()
	if err := c.RemoveYear(2026); err != nil {
		t.Fatal(err)
	}
	if c.Covers(2026) || !c.Covers(2025) {
		t.Errorf("Years = %v, want [2025]", c.Years())
	}
	if !c.IsWorkingDay(sh(t, "2026-10-01 10:00")) {
		t.Error("2026-10-01 is still a holiday after removing 2026")
	}
	if err := c.RemoveYear(2026); err == nil {
		t.Error("removing an uncovered year succeeded")
	}
}

func TestMissingYear(t *testing.T) {
	c := Default() // 2025 and 2026
	for _, tt := range []struct {
		now  string
		want int
	}{
		{"2025-06-01 10:00", 0},
		{"2025-12-01 00:00", 0},    // 2026 is there
		{"2026-11-30 23:59", 0},    // the 2027 schedule is not needed yet
		{"2026-12-01 00:00", 2027}, // in Shanghai; 2026-11-30 16:00 UTC
		{"2026-12-31 18:00", 2027},
		{"2027-01-04 09:00", 2027},
		{"2024-12-31 10:00", 2024},
	} {
		if got := c.MissingYear(sh(t, tt.now)); got != tt.want {
			t.Errorf("MissingYear(%s) = %d, want %d", tt.now, got, tt.want)
		}
	}
	// The office's date decides, not the computer's zone.
	if got := c.MissingYear(time.Date(2026, 11, 30, 16, 30, 0, 0, time.UTC)); got != 2027 {
		t.Errorf("at 00:30 on 1 December in the office: %d, want 2027", got)
	}
}

// Readers run while the settings change the calendar; `go test -race` checks the hand-over.
func TestConcurrentReadAndChange(t *testing.T) {
	c := Default()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i := range 200 {
				c.Add(sh(t, "2026-02-13 10:00").Add(time.Duration(i)*time.Hour), Spec{3, WorkingDays})
			}
		})
	}
	wg.Go(func() {
		for i := range 50 {
			week := DefaultWeek()
			week[time.Saturday] = []Period{{time.Duration(i%10) * time.Hour, 12 * time.Hour}}
			if err := c.SetWeek(week); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Wait()
}

func sameWeek(a, b [7][]Period) bool {
	for i := range a {
		if !slices.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}
