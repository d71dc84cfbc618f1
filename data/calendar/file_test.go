package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"complaintdesk/assets"
)

// shippedYear returns the shipped calendar file cut down to one year's block.
func shippedYear(t *testing.T, year string) []byte {
	t.Helper()
	var f map[string]json.RawMessage
	if err := json.Unmarshal(assets.Calendar(), &f); err != nil {
		t.Fatal(err)
	}
	var years map[string]json.RawMessage
	if err := json.Unmarshal(f["years"], &years); err != nil {
		t.Fatal(err)
	}
	one, err := json.Marshal(map[string]json.RawMessage{year: years[year]})
	if err != nil {
		t.Fatal(err)
	}
	f["years"] = one
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestMerge(t *testing.T) {
	c, err := Parse(shippedYear(t, "2025"))
	if err != nil {
		t.Fatal(err)
	}
	from := sh(t, "2026-02-12 10:00")
	before, verified := c.Add(from, Spec{7, WorkingDays})
	if want := sh(t, "2026-02-23 18:00"); !before.Equal(want) || verified {
		t.Fatalf("before merge: 7wd = %s, %v; want %s from weekly hours, unverified", before, verified, want)
	}
	if err := c.Merge(shippedYear(t, "2026")); err != nil {
		t.Fatal(err)
	}
	if got := c.Years(); !slices.Equal(got, []int{2025, 2026}) {
		t.Errorf("Years = %v", got)
	}
	after, verified := c.Add(from, Spec{7, WorkingDays})
	if want := sh(t, "2026-02-28 18:00"); !after.Equal(want) || !verified {
		t.Errorf("after merge: 7wd = %s, %v; want %s, verified", after, verified, want)
	}
}

func TestMergeReplacesYear(t *testing.T) {
	c := Default()
	const only = `{"timezone": "Asia/Shanghai", "years": {"2026": {"holidays": [{"name": "元旦", "from": "2026-01-01", "to": "2026-01-03"}], "working_days": ["2026-01-04"]}}}`
	if err := c.Merge([]byte(only)); err != nil {
		t.Fatal(err)
	}
	if !c.IsWorkingDay(sh(t, "2026-02-16 10:00")) || c.IsWorkingDay(sh(t, "2026-02-14 10:00")) {
		t.Error("the replaced 2026 block still has its Spring Festival")
	}
	if c.IsWorkingDay(sh(t, "2026-01-02 10:00")) || !c.IsWorkingDay(sh(t, "2026-01-04 10:00")) {
		t.Error("the new 2026 block is not in force")
	}
	if c.IsWorkingDay(sh(t, "2025-10-08 10:00")) {
		t.Error("2025 was lost")
	}
}

func TestMergeKeepsWeekAndLocation(t *testing.T) {
	c := Default()
	const other = `{"timezone": "UTC", "working_hours": {"sunday": ["00:00-24:00"]}, "years": {"2027": {"holidays": [], "working_days": []}}}`
	if err := c.Merge([]byte(other)); err != nil {
		t.Fatal(err)
	}
	if c.Location().String() != "Asia/Shanghai" || !sameWeek(c.Week(), DefaultWeek()) {
		t.Errorf("Merge changed location %s or week %v", c.Location(), c.Week())
	}
	if !c.Covers(2027) {
		t.Error("2027 not covered")
	}
}

func TestParseAndMergeErrors(t *testing.T) {
	wrap := func(years string) string { return `{"timezone": "Asia/Shanghai", "years": {` + years + `}}` }
	tests := []struct {
		name string
		file string
	}{
		{"not JSON", `holidays`},
		{"trailing data", wrap(`"2026": {"holidays": [], "working_days": []}`) + `{}`},
		{"misspelt key", wrap(`"2026": {"holiday": [], "working_days": []}`)},
		{"year not a number", wrap(`"26年": {"holidays": [], "working_days": []}`)},
		{"bad date", wrap(`"2026": {"holidays": [{"name": "春节", "from": "2026-02-30", "to": "2026-03-01"}], "working_days": []}`)},
		{"holiday without name", wrap(`"2026": {"holidays": [{"name": " ", "from": "2026-02-15", "to": "2026-02-23"}], "working_days": []}`)},
		{"reversed range", wrap(`"2026": {"holidays": [{"name": "春节", "from": "2026-02-23", "to": "2026-02-15"}], "working_days": []}`)},
		{"range in another year", wrap(`"2026": {"holidays": [{"name": "春节", "from": "2028-02-15", "to": "2028-02-16"}], "working_days": []}`)},
		{"overlapping names", wrap(`"2026": {"holidays": [{"name": "甲", "from": "2026-02-15", "to": "2026-02-16"}, {"name": "乙", "from": "2026-02-16", "to": "2026-02-17"}], "working_days": []}`)},
		{"working day is a holiday", wrap(`"2026": {"holidays": [{"name": "春节", "from": "2026-02-15", "to": "2026-02-23"}], "working_days": ["2026-02-16"]}`)},
		{"conflict between years", wrap(`"2026": {"holidays": [{"name": "元旦", "from": "2025-12-31", "to": "2026-01-01"}], "working_days": []}, "2025": {"holidays": [], "working_days": ["2025-12-31"]}`)},
		{"bad working day", wrap(`"2026": {"holidays": [], "working_days": ["2026/02/14"]}`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Parse([]byte(tt.file)); !errors.Is(err, ErrInvalidFile) {
				t.Errorf("Parse error = %v, want ErrInvalidFile", err)
			}
			c := Default()
			before, _ := c.JSON()
			if err := c.Merge([]byte(tt.file)); !errors.Is(err, ErrInvalidFile) {
				t.Errorf("Merge error = %v, want ErrInvalidFile", err)
			}
			if after, _ := c.JSON(); !bytes.Equal(before, after) {
				t.Error("a refused Merge changed the calendar")
			}
		})
	}
}

func TestParseOnlyErrors(t *testing.T) {
	tests := []struct {
		name string
		file string
	}{
		{"no timezone", `{"years": {}}`},
		{"unknown timezone", `{"timezone": "Mars/Olympus", "years": {}}`},
		{"bad working hours", `{"timezone": "UTC", "working_hours": {"monday": ["18:00-09:00"]}, "years": {}}`},
		{"empty working hours", `{"timezone": "UTC", "working_hours": {}, "years": {}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c, err := Parse([]byte(tt.file)); err == nil {
				t.Errorf("Parse succeeded with years %v", c.Years())
			}
		})
	}
	if err := Default().Merge([]byte(`{"timezone": "UTC", "years": {}}`)); !errors.Is(err, ErrInvalidFile) {
		t.Errorf("Merge of a file without years = %v, want ErrInvalidFile", err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	c := Default()
	week := DefaultWeek()
	week[time.Saturday] = []Period{{9 * time.Hour, 12 * time.Hour}}
	if err := c.SetWeek(week); err != nil {
		t.Fatal(err)
	}
	b, err := c.JSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(b)
	if err != nil {
		t.Fatalf("Parse(JSON()) = %v\n%s", err, b)
	}
	if !sameWeek(back.Week(), week) || back.Location().String() != "Asia/Shanghai" {
		t.Errorf("round trip week %v, location %s", back.Week(), back.Location())
	}
	for d := sh(t, "2024-12-01 12:00"); d.Before(sh(t, "2027-02-01 12:00")); d = d.AddDate(0, 0, 1) {
		got, want := back.DayInfo(d), c.DayInfo(d)
		if !got.Date.Equal(want.Date) || got.Working != want.Working || got.Holiday != want.Holiday || got.MakeUp != want.MakeUp {
			t.Fatalf("%s: round trip %+v, want %+v", d.Format(dateLayout), got, want)
		}
	}
	if again, _ := back.JSON(); !bytes.Equal(again, b) {
		t.Errorf("second JSON differs:\n%s\nwant\n%s", again, b)
	}
}

// The written holiday ranges are the shipped file's ranges, not one entry per date.
func TestJSONKeepsShippedRanges(t *testing.T) {
	type file struct {
		Years map[string]yearJSON `json:"years"`
	}
	var shipped, written file
	b, err := Default().JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct {
		b []byte
		f *file
	}{{assets.Calendar(), &shipped}, {b, &written}} {
		if err := json.Unmarshal(x.b, x.f); err != nil {
			t.Fatal(err)
		}
	}
	for y, want := range shipped.Years {
		got := written.Years[y]
		if !slices.Equal(got.Holidays, want.Holidays) || !slices.Equal(got.WorkingDays, want.WorkingDays) {
			t.Errorf("year %s written as %+v, shipped %+v", y, got, want)
		}
	}
	if !strings.Contains(string(b), `"working_hours"`) {
		t.Error("JSON lacks the working hours")
	}
}

func TestJSONNeedsNamedZone(t *testing.T) {
	tests := []struct {
		name string
		loc  *time.Location
		ok   bool
	}{
		{"named zone", shanghai, true},
		{"UTC", time.UTC, true},
		{"fixed offset", time.FixedZone("UTC+8", 8*3600), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := New(tt.loc, DefaultWeek()).JSON()
			if (err == nil) != tt.ok {
				t.Fatalf("JSON = %v, want ok=%v", err, tt.ok)
			}
			if err == nil {
				if _, err := Parse(b); err != nil {
					t.Errorf("Parse(JSON()) = %v", err)
				}
			}
		})
	}
}
