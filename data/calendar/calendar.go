// Package calendar is the office's working calendar: weekly working periods with a lunch break,
// public holidays and make-up working days (调休), and the deadline arithmetic done on it
// (calendar hours, working hours, working days). It knows nothing of the database or the window.
package calendar

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	// Windows PCs ship no zoneinfo database; embedding it keeps Asia/Shanghai loadable there.
	_ "time/tzdata"

	"complaintdesk/assets"
)

// Period is one working period of a day, as offsets from local midnight (e.g. 9h..12h). The
// offsets are read as wall-clock times, so 9h is 09:00 even on a day with a DST change.
type Period struct{ Start, End time.Duration }

// String formats the period as "09:00-12:00".
func (p Period) String() string {
	return clock(p.Start) + "-" + clock(p.End)
}

func clock(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

// ParsePeriod reads a period written as "09:00-12:00" ("24:00" may end a day).
func ParsePeriod(s string) (Period, error) {
	from, to, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return Period{}, fmt.Errorf("calendar: period %q: want HH:MM-HH:MM", s)
	}
	start, err := parseClock(from)
	if err != nil {
		return Period{}, fmt.Errorf("calendar: period %q: %w", s, err)
	}
	end, err := parseClock(to)
	if err != nil {
		return Period{}, fmt.Errorf("calendar: period %q: %w", s, err)
	}
	p := Period{start, end}
	if err := p.check(); err != nil {
		return Period{}, fmt.Errorf("calendar: period %q: %w", s, err)
	}
	return p, nil
}

func parseClock(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	var h, m int
	if len(s) != 5 || s[2] != ':' {
		return 0, fmt.Errorf("time %q: want HH:MM", s)
	}
	if _, err := fmt.Sscanf(s, "%2d:%2d", &h, &m); err != nil {
		return 0, fmt.Errorf("time %q: want HH:MM: %w", s, err)
	}
	if h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0) {
		return 0, fmt.Errorf("time %q: out of range", s)
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute, nil
}

func (p Period) check() error {
	switch {
	case p.Start < 0 || p.End > 24*time.Hour:
		return errors.New("must lie within the day (00:00-24:00)")
	case p.Start >= p.End:
		return errors.New("must end after it starts")
	case p.Start%time.Minute != 0 || p.End%time.Minute != 0:
		return errors.New("must start and end on whole minutes")
	}
	return nil
}

// ErrInvalidWeek marks a weekly schedule that SetWeek or New refuse.
var ErrInvalidWeek = errors.New("invalid weekly working hours")

// ValidateWeek checks a weekly schedule: each day's periods within the day, on whole minutes,
// sorted and not overlapping, and at least one period in the week (otherwise no deadline in
// working time could ever fall due).
func ValidateWeek(week [7][]Period) error {
	total := 0
	for wd, ps := range week {
		for i, p := range ps {
			if err := p.check(); err != nil {
				return fmt.Errorf("calendar: %w: %s period %s %w", ErrInvalidWeek, time.Weekday(wd), p, err)
			}
			if i > 0 && p.Start < ps[i-1].End {
				return fmt.Errorf("calendar: %w: %s period %s overlaps or precedes %s",
					ErrInvalidWeek, time.Weekday(wd), p, ps[i-1])
			}
		}
		total += len(ps)
	}
	if total == 0 {
		return fmt.Errorf("calendar: %w: the week has no working period", ErrInvalidWeek)
	}
	return nil
}

// DefaultWeek is Monday to Friday, 09:00-12:00 and 13:30-18:00.
func DefaultWeek() [7][]Period {
	var w [7][]Period
	for wd := time.Monday; wd <= time.Friday; wd++ {
		w[wd] = []Period{{9 * time.Hour, 12 * time.Hour}, {13*time.Hour + 30*time.Minute, 18 * time.Hour}}
	}
	return w
}

func copyWeek(week [7][]Period) [7][]Period {
	var w [7][]Period
	for i, ps := range week {
		w[i] = slices.Clone(ps)
	}
	return w
}

// Day describes one calendar date, for a year view in the settings.
type Day struct {
	Date    time.Time // local midnight of the date, in the calendar's location
	Working bool
	Holiday string // the holiday's name, or "" when the date is no public holiday
	MakeUp  bool   // a weekend date listed as a make-up working day (调休上班)
}

// Calendar is a working calendar: weekly working periods (indexed by time.Weekday), its
// location, holidays (date -> name), make-up working days and the years the holiday data covers.
//
// Reads are lock-free and safe from any goroutine while another changes the calendar: each
// change builds a new immutable state and swaps it in. A Calendar must not be copied.
type Calendar struct {
	mu sync.Mutex // serialises changes
	st atomic.Pointer[state]
}

// state is never modified once published.
type state struct {
	loc  *time.Location
	week [7][]Period
	// makeUp holds the periods of a make-up working day on a weekday without its own periods:
	// the periods of a normal working day (Monday's, or the first weekday that has any).
	makeUp []Period
	years  map[int]yearData
	info   fileInfo
	idx    index
}

type yearData struct {
	holidays map[dayNum]string
	makeUp   map[dayNum]bool
}

type fileInfo struct{ name, source, note string }

const (
	markHoliday uint8 = 1 << iota
	markMakeUp
)

// index is the holiday data flattened for the deadline loops: one mark per date from base on.
type index struct {
	base  dayNum
	marks []uint8
	names map[dayNum]string
}

func (x *index) mark(d dayNum) uint8 {
	if i := int(d - x.base); i >= 0 && i < len(x.marks) {
		return x.marks[i]
	}
	return 0
}

// New returns a calendar with the given weekly periods and no holiday data (a nil location means
// UTC). It panics when week fails ValidateWeek: check values that come from a user first.
func New(loc *time.Location, week [7][]Period) *Calendar {
	if err := ValidateWeek(week); err != nil {
		panic(err)
	}
	if loc == nil {
		loc = time.UTC
	}
	s := &state{loc: loc, years: map[int]yearData{}}
	s.setWeek(week)
	c := &Calendar{}
	c.st.Store(s)
	return c
}

var defaultState = sync.OnceValue(func() *state {
	c, err := Parse(assets.Calendar())
	if err != nil {
		panic(fmt.Errorf("calendar: shipped calendar: %w", err))
	}
	return c.load()
})

// Default is the shipped calendar: Asia/Shanghai, Monday to Friday 09:00-12:00 and 13:30-18:00,
// with the mainland holidays and make-up days of assets/calendars/cn-mainland.json.
func Default() *Calendar {
	c := &Calendar{}
	c.st.Store(defaultState())
	return c
}

func (c *Calendar) load() *state {
	s := c.st.Load()
	if s == nil {
		panic("calendar: zero Calendar; make one with New, Default or Parse")
	}
	return s
}

// change applies f to a shallow copy of the current state and publishes the result.
func (c *Calendar) change(f func(*state) error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	next := *c.load()
	if err := f(&next); err != nil {
		return err
	}
	c.st.Store(&next)
	return nil
}

func (s *state) setWeek(week [7][]Period) {
	s.week = copyWeek(week)
	s.makeUp = s.week[time.Monday]
	for wd := time.Monday; len(s.makeUp) == 0; wd = (wd + 1) % 7 {
		s.makeUp = s.week[wd]
	}
}

// SetWeek replaces the weekly working periods after checking them with ValidateWeek.
func (c *Calendar) SetWeek(week [7][]Period) error {
	if err := ValidateWeek(week); err != nil {
		return err
	}
	return c.change(func(s *state) error {
		s.setWeek(week)
		return nil
	})
}

// Week returns a copy of the weekly working periods.
func (c *Calendar) Week() [7][]Period { return copyWeek(c.load().week) }

// Location is where the calendar's dates and working periods are read.
func (c *Calendar) Location() *time.Location { return c.load().loc }

// Covers reports whether the holiday data includes the year.
func (c *Calendar) Covers(year int) bool {
	_, ok := c.load().years[year]
	return ok
}

// MissingYear is the year whose holiday schedule deadlines need now but the calendar lacks, or
// 0: this year's, and in December next year's too (the State Council publishes it in the
// autumn, and a deadline set in the last weeks of the year reaches into it).
func (c *Calendar) MissingYear(now time.Time) int {
	y, m, _ := now.In(c.Location()).Date()
	switch {
	case !c.Covers(y):
		return y
	case m == time.December && !c.Covers(y+1):
		return y + 1
	}
	return 0
}

// Years lists the covered years in ascending order.
func (c *Calendar) Years() []int {
	s := c.load()
	ys := make([]int, 0, len(s.years))
	for y := range s.years {
		ys = append(ys, y)
	}
	slices.Sort(ys)
	return ys
}

// IsWorkingDay reports whether the calendar date of t, read in the calendar's location, is a
// working day.
func (c *Calendar) IsWorkingDay(t time.Time) bool {
	s := c.load()
	return s.working(s.dayOf(t))
}

// DayInfo describes the calendar date of date, read in the calendar's location.
func (c *Calendar) DayInfo(date time.Time) Day {
	s := c.load()
	d := s.dayOf(date)
	m := s.idx.mark(d)
	y, mo, dd := d.civil()
	return Day{
		Date:    time.Date(y, mo, dd, 0, 0, 0, 0, s.loc),
		Working: s.working(d),
		Holiday: s.idx.names[d],
		MakeUp:  m&markMakeUp != 0,
	}
}

// SetDay records the calendar date of date (read in the calendar's location) as a holiday with
// the given name, as a make-up working day, or, with holiday "" and makeUp false, as an ordinary
// day. The date's year counts as covered from then on: the admin has vouched for its schedule.
func (c *Calendar) SetDay(date time.Time, holiday string, makeUp bool) error {
	holiday = strings.TrimSpace(holiday)
	if holiday != "" && makeUp {
		return fmt.Errorf("calendar: set day %s: a date cannot be both a holiday and a make-up working day",
			date.In(c.Location()).Format(dateLayout))
	}
	return c.change(func(s *state) error {
		d := s.dayOf(date)
		years := make(map[int]yearData, len(s.years)+1)
		for y, yd := range s.years {
			if _, ok := yd.holidays[d]; ok || yd.makeUp[d] {
				yd = yd.without(d)
			}
			years[y] = yd
		}
		own := years[d.year()].without(d)
		if holiday != "" {
			own.holidays[d] = holiday
		}
		if makeUp {
			own.makeUp[d] = true
		}
		years[d.year()] = own
		idx, err := buildIndex(years)
		if err != nil {
			return fmt.Errorf("calendar: set day %s: %w", d, err)
		}
		s.years, s.idx = years, idx
		return nil
	})
}

// RemoveYear drops a year's holiday data; the year is no longer covered.
func (c *Calendar) RemoveYear(year int) error {
	return c.change(func(s *state) error {
		if _, ok := s.years[year]; !ok {
			return fmt.Errorf("calendar: remove year %d: the calendar does not cover it", year)
		}
		years := make(map[int]yearData, len(s.years))
		for y, yd := range s.years {
			if y != year {
				years[y] = yd
			}
		}
		idx, err := buildIndex(years)
		if err != nil {
			return fmt.Errorf("calendar: remove year %d: %w", year, err)
		}
		s.years, s.idx = years, idx
		return nil
	})
}

// without returns a copy of yd with d removed (a fresh empty one for a zero yd).
func (yd yearData) without(d dayNum) yearData {
	out := yearData{holidays: make(map[dayNum]string, len(yd.holidays)), makeUp: make(map[dayNum]bool, len(yd.makeUp))}
	for k, v := range yd.holidays {
		if k != d {
			out.holidays[k] = v
		}
	}
	for k := range yd.makeUp {
		if k != d {
			out.makeUp[k] = true
		}
	}
	return out
}

// buildIndex flattens the years' data; years are applied in ascending order, so when two years'
// blocks name the same date (a notice may list a date of the year before) the later name wins.
// A date that is a holiday in one place and a make-up working day in another is an error.
func buildIndex(years map[int]yearData) (index, error) {
	first, last := dayNum(0), dayNum(-1)
	extend := func(d dayNum) {
		if last < first {
			first, last = d, d
		}
		first, last = min(first, d), max(last, d)
	}
	for _, yd := range years {
		for d := range yd.holidays {
			extend(d)
		}
		for d := range yd.makeUp {
			extend(d)
		}
	}
	x := index{base: first, names: map[dayNum]string{}}
	if last < first {
		return x, nil
	}
	x.marks = make([]uint8, last-first+1)
	ys := make([]int, 0, len(years))
	for y := range years {
		ys = append(ys, y)
	}
	slices.Sort(ys)
	for _, y := range ys {
		for d, name := range years[y].holidays {
			x.marks[d-first] |= markHoliday
			x.names[d] = name
		}
		for d := range years[y].makeUp {
			x.marks[d-first] |= markMakeUp
		}
	}
	for i, m := range x.marks {
		if m == markHoliday|markMakeUp {
			return index{}, fmt.Errorf("%s is listed both as a holiday and as a make-up working day", first+dayNum(i))
		}
	}
	return x, nil
}

func (s *state) dayOf(t time.Time) dayNum {
	return daysFromCivil(t.In(s.loc).Date())
}

// working: a make-up day works; otherwise a date works when its weekday has working periods
// and it is no holiday. With the default Monday-Friday week this is exactly "Monday to Friday
// and not a holiday"; an office that adds Saturday hours gets working Saturdays.
func (s *state) working(d dayNum) bool {
	m := s.idx.mark(d)
	return m&markMakeUp != 0 || (m&markHoliday == 0 && len(s.week[d.weekday()]) > 0)
}

// periods returns the working periods of d, none when it is not a working day.
func (s *state) periods(d dayNum) []Period {
	m := s.idx.mark(d)
	ps := s.week[d.weekday()]
	switch {
	case m&markMakeUp != 0 && len(ps) == 0:
		return s.makeUp
	case m&markHoliday != 0 && m&markMakeUp == 0:
		return nil
	}
	return ps
}

// at is the instant of the wall-clock offset off on the date y-m-d in the calendar's location.
func (s *state) at(y int, m time.Month, d int, off time.Duration) time.Time {
	return time.Date(y, m, d, 0, 0, int(off/time.Second), int(off%time.Second), s.loc)
}
