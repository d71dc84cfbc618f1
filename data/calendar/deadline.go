package calendar

import "time"

// searchDays bounds every walk forward over the calendar (about ten years), so that a calendar
// whose data leaves no working time cannot hang a caller.
const searchDays = 3653

// Add returns the instant, in the calendar's location, at which a deadline of spec s counted from
// `from` falls due:
//
//   - Nh: from + N hours; Nd: from + N×24 hours.
//   - Nwh: N hours counted inside the working periods of working days, starting at from or, when
//     from is outside working time, at the next period start. A count that uses up the hours
//     exactly at a period's end is due at that end.
//   - Nwd: the end of the last working period of the Nth working day strictly after the calendar
//     date of from.
//
// verified is false when any date the computation looked at lies in a year the holiday data does
// not cover; the due time is then computed from the weekly hours alone. Calendar hours and days
// look at no date and are always verified. A spec that ParseSpec would refuse yields (from, false).
func (c *Calendar) Add(from time.Time, s Spec) (due time.Time, verified bool) {
	st := c.load()
	from = from.In(st.loc)
	if limit, ok := maxN[s.Unit]; !ok || s.N <= 0 || s.N > limit {
		return from, false
	}
	switch s.Unit {
	case Hours:
		return from.Add(time.Duration(s.N) * time.Hour), true
	case Days:
		return from.Add(time.Duration(s.N) * 24 * time.Hour), true
	case WorkingHours:
		return st.addWorkingTime(from, time.Duration(s.N)*time.Hour)
	default:
		return st.addWorkingDays(from, s.N)
	}
}

func (s *state) addWorkingTime(from time.Time, need time.Duration) (time.Time, bool) {
	first := s.dayOf(from)
	for d := first; d < first+searchDays; d++ {
		ps := s.periods(d)
		if len(ps) == 0 {
			continue
		}
		y, m, dd := d.civil()
		for _, p := range ps {
			end := s.at(y, m, dd, p.End)
			if !end.After(from) {
				continue
			}
			start := s.at(y, m, dd, p.Start)
			if start.Before(from) {
				start = from
			}
			if avail := end.Sub(start); need > avail {
				need -= avail
				continue
			}
			return start.Add(need), s.covered(first, d)
		}
	}
	return s.midnight(first + searchDays), false
}

func (s *state) addWorkingDays(from time.Time, n int) (time.Time, bool) {
	first := s.dayOf(from) + 1
	for d := first; d < first+searchDays; d++ {
		if !s.working(d) {
			continue
		}
		if n--; n > 0 {
			continue
		}
		ps := s.periods(d)
		y, m, dd := d.civil()
		return s.at(y, m, dd, ps[len(ps)-1].End), s.covered(first, d)
	}
	return s.midnight(first + searchDays), false
}

// WorkingTime is the working time between a and b (0 if b <= a): the part of [a, b) that lies
// inside working periods of working days, e.g. the working time left until a deadline.
func (c *Calendar) WorkingTime(a, b time.Time) time.Duration {
	if !b.After(a) {
		return 0
	}
	s := c.load()
	var total time.Duration
	for d, last := s.dayOf(a), s.dayOf(b); d <= last; d++ {
		ps := s.periods(d)
		if len(ps) == 0 {
			continue
		}
		y, m, dd := d.civil()
		for _, p := range ps {
			start, end := s.at(y, m, dd, p.Start), s.at(y, m, dd, p.End)
			if start.Before(a) {
				start = a
			}
			if end.After(b) {
				end = b
			}
			if end.After(start) {
				total += end.Sub(start)
			}
		}
	}
	return total
}

// covered reports whether the holiday data covers every year from first's to last's.
func (s *state) covered(first, last dayNum) bool {
	for y := first.year(); y <= last.year(); y++ {
		if _, ok := s.years[y]; !ok {
			return false
		}
	}
	return true
}

func (s *state) midnight(d dayNum) time.Time {
	y, m, dd := d.civil()
	return s.at(y, m, dd, 0)
}
