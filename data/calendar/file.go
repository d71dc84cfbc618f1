package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The calendar file format (assets/calendars/cn-mainland.json): a time zone and, per year, the
// holidays as named date ranges and the make-up working days. "working_hours" is optional; the
// default week applies when it is absent.
type fileJSON struct {
	Name         string              `json:"name,omitempty"`
	Timezone     string              `json:"timezone"`
	Source       string              `json:"source,omitempty"`
	Note         string              `json:"note,omitempty"`
	WorkingHours *weekJSON           `json:"working_hours,omitempty"`
	Years        map[string]yearJSON `json:"years"`
}

type weekJSON struct {
	Monday    []string `json:"monday,omitempty"`
	Tuesday   []string `json:"tuesday,omitempty"`
	Wednesday []string `json:"wednesday,omitempty"`
	Thursday  []string `json:"thursday,omitempty"`
	Friday    []string `json:"friday,omitempty"`
	Saturday  []string `json:"saturday,omitempty"`
	Sunday    []string `json:"sunday,omitempty"`
}

func (w *weekJSON) days() [7]*[]string {
	return [7]*[]string{&w.Sunday, &w.Monday, &w.Tuesday, &w.Wednesday, &w.Thursday, &w.Friday, &w.Saturday}
}

type yearJSON struct {
	Holidays    []holidayJSON `json:"holidays"`
	WorkingDays []string      `json:"working_days"`
}

type holidayJSON struct {
	Name string `json:"name"`
	From string `json:"from"`
	To   string `json:"to"`
}

// ErrInvalidFile marks a calendar file that Parse or Merge refuse.
var ErrInvalidFile = errors.New("invalid calendar file")

func decodeFile(b []byte) (fileJSON, error) {
	var f fileJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	// A misspelt key in a hand-edited file would otherwise silently drop a year's holidays.
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return f, fmt.Errorf("%w: %w", ErrInvalidFile, err)
	}
	if dec.More() {
		return f, fmt.Errorf("%w: data after the calendar object", ErrInvalidFile)
	}
	return f, nil
}

// Parse reads a calendar file in the cn-mainland.json format. The weekly hours are the file's
// "working_hours" when present, DefaultWeek otherwise.
func Parse(jsonBytes []byte) (*Calendar, error) {
	f, err := decodeFile(jsonBytes)
	if err != nil {
		return nil, fmt.Errorf("calendar: parse: %w", err)
	}
	if f.Timezone == "" {
		return nil, fmt.Errorf("calendar: parse: %w: no timezone", ErrInvalidFile)
	}
	loc, err := time.LoadLocation(f.Timezone)
	if err != nil {
		return nil, fmt.Errorf("calendar: parse: %w: timezone %q: %w", ErrInvalidFile, f.Timezone, err)
	}
	week := DefaultWeek()
	if f.WorkingHours != nil {
		if week, err = f.WorkingHours.week(); err != nil {
			return nil, fmt.Errorf("calendar: parse: %w: working_hours: %w", ErrInvalidFile, err)
		}
	}
	if err := ValidateWeek(week); err != nil {
		return nil, fmt.Errorf("calendar: parse: %w: %w", ErrInvalidFile, err)
	}
	years, err := f.years()
	if err != nil {
		return nil, fmt.Errorf("calendar: parse: %w", err)
	}
	idx, err := buildIndex(years)
	if err != nil {
		return nil, fmt.Errorf("calendar: parse: %w: %w", ErrInvalidFile, err)
	}
	s := &state{loc: loc, years: years, idx: idx, info: fileInfo{f.Name, f.Source, f.Note}}
	s.setWeek(week)
	c := &Calendar{}
	c.st.Store(s)
	return c, nil
}

// Merge adds the years of another calendar file (cn-mainland.json format) to c, replacing the
// years c already has; an admin imports next year's schedule this way. The other file's time
// zone and working hours are ignored: dates are calendar dates and the hours are c's own.
func (c *Calendar) Merge(jsonBytes []byte) error {
	f, err := decodeFile(jsonBytes)
	if err != nil {
		return fmt.Errorf("calendar: merge: %w", err)
	}
	add, err := f.years()
	if err != nil {
		return fmt.Errorf("calendar: merge: %w", err)
	}
	if len(add) == 0 {
		return fmt.Errorf("calendar: merge: %w: no years", ErrInvalidFile)
	}
	return c.change(func(s *state) error {
		years := maps.Clone(s.years)
		maps.Copy(years, add)
		idx, err := buildIndex(years)
		if err != nil {
			return fmt.Errorf("calendar: merge: %w: %w", ErrInvalidFile, err)
		}
		s.years, s.idx = years, idx
		return nil
	})
}

// JSON writes the calendar, weekly hours included, in the cn-mainland.json format; Parse reads
// it back to an equal calendar.
func (c *Calendar) JSON() ([]byte, error) {
	s := c.load()
	// Parse must be able to read the file back, which a fixed zone's made-up name defeats.
	if _, err := time.LoadLocation(s.loc.String()); err != nil {
		return nil, fmt.Errorf("calendar: write: location %q has no time zone name: %w", s.loc, err)
	}
	f := fileJSON{
		Name: s.info.name, Timezone: s.loc.String(), Source: s.info.source, Note: s.info.note,
		WorkingHours: &weekJSON{}, Years: make(map[string]yearJSON, len(s.years)),
	}
	for wd, dst := range f.WorkingHours.days() {
		for _, p := range s.week[wd] {
			*dst = append(*dst, p.String())
		}
	}
	for y, yd := range s.years {
		f.Years[strconv.Itoa(y)] = yd.file()
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("calendar: write: %w", err)
	}
	return append(b, '\n'), nil
}

func (w *weekJSON) week() ([7][]Period, error) {
	var week [7][]Period
	for wd, src := range w.days() {
		for _, txt := range *src {
			p, err := ParsePeriod(txt)
			if err != nil {
				return week, fmt.Errorf("%s: %w", strings.ToLower(time.Weekday(wd).String()), err)
			}
			week[wd] = append(week[wd], p)
		}
	}
	return week, nil
}

// years reads the year blocks. A block may name dates of the neighbouring years (a notice for
// 2023 put New Year's Eve 2022 off work) but no further.
func (f fileJSON) years() (map[int]yearData, error) {
	out := make(map[int]yearData, len(f.Years))
	for key, yj := range f.Years {
		y, err := strconv.Atoi(key)
		if err != nil || y < 1900 || y > 9999 || strconv.Itoa(y) != key {
			return nil, fmt.Errorf("%w: year %q: want a four-digit year", ErrInvalidFile, key)
		}
		yd := yearData{holidays: map[dayNum]string{}, makeUp: map[dayNum]bool{}}
		near := func(d dayNum) bool { return d.year() >= y-1 && d.year() <= y+1 }
		for _, h := range yj.Holidays {
			name := strings.TrimSpace(h.Name)
			if name == "" {
				return nil, fmt.Errorf("%w: year %d: holiday from %q has no name", ErrInvalidFile, y, h.From)
			}
			from, err1 := parseDate(h.From)
			to, err2 := parseDate(h.To)
			if err := errors.Join(err1, err2); err != nil {
				return nil, fmt.Errorf("%w: year %d: holiday %s: %w", ErrInvalidFile, y, name, err)
			}
			if to < from || to-from > 60 || !near(from) || !near(to) {
				return nil, fmt.Errorf("%w: year %d: holiday %s: range %s..%s is reversed, longer than 60 days or outside %d-%d",
					ErrInvalidFile, y, name, h.From, h.To, y-1, y+1)
			}
			for d := from; d <= to; d++ {
				if old, ok := yd.holidays[d]; ok && old != name {
					return nil, fmt.Errorf("%w: year %d: %s is both %s and %s", ErrInvalidFile, y, d, old, name)
				}
				yd.holidays[d] = name
			}
		}
		for _, txt := range yj.WorkingDays {
			d, err := parseDate(txt)
			if err != nil {
				return nil, fmt.Errorf("%w: year %d: working day: %w", ErrInvalidFile, y, err)
			}
			if !near(d) {
				return nil, fmt.Errorf("%w: year %d: working day %s is outside %d-%d", ErrInvalidFile, y, d, y-1, y+1)
			}
			if _, ok := yd.holidays[d]; ok {
				return nil, fmt.Errorf("%w: year %d: %s is both a holiday and a working day", ErrInvalidFile, y, d)
			}
			yd.makeUp[d] = true
		}
		out[y] = yd
	}
	return out, nil
}

// file groups the year's holiday dates into ranges of consecutive days with the same name.
func (yd yearData) file() yearJSON {
	yj := yearJSON{Holidays: []holidayJSON{}, WorkingDays: []string{}}
	days := slices.Sorted(maps.Keys(yd.holidays))
	for i := 0; i < len(days); {
		j := i
		for j+1 < len(days) && days[j+1] == days[j]+1 && yd.holidays[days[j+1]] == yd.holidays[days[i]] {
			j++
		}
		yj.Holidays = append(yj.Holidays, holidayJSON{yd.holidays[days[i]], days[i].String(), days[j].String()})
		i = j + 1
	}
	for _, d := range slices.Sorted(maps.Keys(yd.makeUp)) {
		yj.WorkingDays = append(yj.WorkingDays, d.String())
	}
	return yj
}
