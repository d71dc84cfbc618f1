package calendar

import "time"

// dayNum is a calendar date counted in days from 1970-01-01. Deadline loops walk dates as plain
// integers so that stepping a day, finding its weekday or looking up its holiday mark costs no
// time-zone arithmetic; only period boundaries become time.Time values.
type dayNum int

// daysFromCivil converts a proleptic Gregorian date to a dayNum (H. Hinnant's algorithm).
func daysFromCivil(y int, m time.Month, d int) dayNum {
	if m <= time.February {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (int(m) + 9) % 12 // March = 0, so the leap day ends the year
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return dayNum(era*146097 + doe - 719468)
}

// civil is the inverse of daysFromCivil.
func (z dayNum) civil() (int, time.Month, int) {
	n := int(z) + 719468
	era := floorDiv(n, 146097)
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, time.Month(m), d
}

func (z dayNum) year() int {
	y, _, _ := z.civil()
	return y
}

// weekday: 1970-01-01 was a Thursday.
func (z dayNum) weekday() time.Weekday {
	return time.Weekday((int(z)%7 + 7 + int(time.Thursday)) % 7)
}

func (z dayNum) String() string {
	y, m, d := z.civil()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(dateLayout)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

const dateLayout = "2006-01-02"

// parseDate reads a YYYY-MM-DD date as written in calendar files.
func parseDate(s string) (dayNum, error) {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return 0, err
	}
	return daysFromCivil(t.Date()), nil
}
