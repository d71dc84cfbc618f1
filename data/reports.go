package data

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"complaintdesk/data/calendar"
)

// PeriodKind is the span a report covers.
type PeriodKind string

const (
	PeriodWeek  PeriodKind = "week"  // ISO week, Monday 00:00 to the next Monday
	PeriodMonth PeriodKind = "month" // the 1st 00:00 to the next 1st
)

// ReportPeriod is the half-open range [From, To) a report covers, in the calendar's location.
type ReportPeriod struct {
	Kind     PeriodKind
	Label    string // "2026-W47" or "2026-11"
	From, To time.Time
}

// ParsePeriod reads "2026-W47" (an ISO week) or "2026-11" (a month) in loc.
func ParsePeriod(s string, loc *time.Location) (ReportPeriod, error) {
	v := strings.ToUpper(strings.TrimSpace(s))
	bad := func(why string) error {
		return invalid("period", "period", map[string]any{"Value": s},
			"period %q: %s; write a week like 2026-W47 or a month like 2026-11", s, why)
	}
	year, rest, ok := strings.Cut(v, "-")
	if !ok || len(year) != 4 {
		return ReportPeriod{}, bad("not a period")
	}
	y, err := strconv.Atoi(year)
	if err != nil || y < 1970 || y > 9999 {
		return ReportPeriod{}, bad("bad year")
	}
	if w, isWeek := strings.CutPrefix(rest, "W"); isWeek {
		n, err := strconv.Atoi(w)
		if err != nil || len(w) < 1 || len(w) > 2 {
			return ReportPeriod{}, bad("bad week number")
		}
		if n < 1 || n > isoWeeksIn(y) {
			return ReportPeriod{}, bad(fmt.Sprintf("%d has weeks 1 to %d", y, isoWeeksIn(y)))
		}
		return weekPeriod(y, n, loc), nil
	}
	m, err := strconv.Atoi(rest)
	if err != nil || len(rest) < 1 || len(rest) > 2 {
		return ReportPeriod{}, bad("bad month")
	}
	if m < 1 || m > 12 {
		return ReportPeriod{}, bad("months are 1 to 12")
	}
	return monthPeriod(y, time.Month(m), loc), nil
}

// isoWeeksIn is 52 or 53: December 28th always lies in the last ISO week of its year.
func isoWeeksIn(year int) int {
	_, w := time.Date(year, 12, 28, 12, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

func weekPeriod(year, week int, loc *time.Location) ReportPeriod {
	// ISO week 1 is the week that holds January 4th.
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, loc)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	from := monday.AddDate(0, 0, 7*(week-1))
	return ReportPeriod{Kind: PeriodWeek, Label: fmt.Sprintf("%04d-W%02d", year, week), From: from, To: from.AddDate(0, 0, 7)}
}

func monthPeriod(year int, month time.Month, loc *time.Location) ReportPeriod {
	from := time.Date(year, month, 1, 0, 0, 0, 0, loc)
	return ReportPeriod{Kind: PeriodMonth, Label: fmt.Sprintf("%04d-%02d", year, int(month)), From: from, To: from.AddDate(0, 1, 0)}
}

// PeriodOf is the week or month that holds t, in loc.
func PeriodOf(kind PeriodKind, t time.Time, loc *time.Location) ReportPeriod {
	t = t.In(loc)
	if kind == PeriodMonth {
		return monthPeriod(t.Year(), t.Month(), loc)
	}
	y, w := t.ISOWeek()
	return weekPeriod(y, w, loc)
}

// Prev is the period just before p, of the same kind.
func (p ReportPeriod) Prev() ReportPeriod {
	return PeriodOf(p.Kind, p.From.Add(-time.Hour), p.From.Location())
}

// Next is the period just after p, of the same kind.
func (p ReportPeriod) Next() ReportPeriod {
	return PeriodOf(p.Kind, p.To.Add(time.Hour), p.From.Location())
}

// SubmitBy is when the monthly summary is due: the 5th of the next month (seed 004 §4.7 b).
// Weekly reports have no fixed date; zero then.
func (p ReportPeriod) SubmitBy() time.Time {
	if p.Kind != PeriodMonth {
		return time.Time{}
	}
	return p.To.AddDate(0, 0, 4)
}

// ReportRate counts how many cases met a deadline. Pending cases are not due yet at the
// time of the report and count neither way.
type ReportRate struct {
	OnTime, Late, Pending int
}

// Judged is the number of cases the rate is over.
func (r ReportRate) Judged() int { return r.OnTime + r.Late }

// Percent is the on-time share in percent; ok is false when no case was judged.
func (r ReportRate) Percent() (pct float64, ok bool) {
	if r.Judged() == 0 {
		return 0, false
	}
	return 100 * float64(r.OnTime) / float64(r.Judged()), true
}

// ReportGroup is one row of a breakdown (a category, a department, a handler, …) over the
// complaints received in the period.
type ReportGroup struct {
	Key  string // code, user name, level or status; "" for not yet assessed / assigned
	Name string // display name; "" when Key is ""

	Received int
	Invalid  int
	Closed   int // closed or invalid now
	Repeats  int
	Ack      ReportRate
	Solve    ReportRate

	Resolved   int           // cases with a result, over which the handling time is averaged
	AvgWorking time.Duration // received → resolved, in working time on the office calendar
	AvgDays    float64       // received → resolved, in calendar days
	Rated      int
	AvgRating  float64 // 1 very satisfied … 5 very dissatisfied
}

// ReportCount is a name with how often it occurs.
type ReportCount struct {
	Key   string
	Name  string
	Count int
}

// ReportCase is one complaint as a report lists it.
type ReportCase struct {
	ID             int64
	Ref            string
	Subject        string
	ReceivedAt     time.Time
	Channel        Channel
	Complainant    string
	Company        string
	ComplainantID  int64
	Category       string
	CategoryName   string
	Level          int
	Valid          bool
	Status         Status
	Department     string
	DepartmentName string
	Handler        string
	HandlerName    string
	TakenBy        string
	TakenByName    string
	DueAck         *time.Time
	DueResolve     *time.Time
	AcknowledgedAt *time.Time
	ResolvedAt     *time.Time
	ClosedAt       *time.Time
	Satisfaction   int
	RootCause      string
	Meeting        bool
	RepeatOfRef    string
	Repeat         bool
}

// ReportLateAck lists the acknowledgements one clerk made late or not at all (seed 001 §5.4.1.1:
// the receiving clerk must contact the complainant within one working day).
type ReportLateAck struct {
	User  string
	Name  string
	Count int
	Refs  []string
}

// ReportDay is how many complaints came in on one calendar day of the period.
type ReportDay struct {
	Date  time.Time // 00:00 in the calendar's location
	Count int
}

// Report is the weekly report or monthly summary (DESIGN §1.9): figures over the complaints
// received in the period, and the state of the whole register at the period's end.
type Report struct {
	Period      ReportPeriod
	Office      Office
	GeneratedAt time.Time
	// AsOf is when the open and overdue cases are counted: the end of the period, or the time
	// of the report while the period is still going on.
	AsOf     time.Time
	Location *time.Location

	Received         int
	PreviousReceived int // in the period before, for comparison
	Valid            int
	Invalid          int
	Closed           int // closed or invalid now
	Repeats          int
	Ack              ReportRate // deadlines of the period's cases, judged at GeneratedAt
	Solve            ReportRate
	Resolved         int
	AvgWorking       time.Duration
	AvgDays          float64
	Ratings          [6]int // Ratings[1..5]: how many cases got each satisfaction rating
	Rated            int
	AvgRating        float64

	ByCategory   []ReportGroup
	ByDepartment []ReportGroup
	ByChannel    []ReportGroup
	ByLevel      []ReportGroup
	ByHandler    []ReportGroup
	ByStatus     []ReportGroup
	ByDay        []ReportDay

	RecurringCauses    []ReportCount // root causes recorded on two or more of the period's cases
	RepeatsByCategory  []ReportCount // repeat complaints per category
	RepeatComplainants []ReportCount // complainants with two or more complaints in the period
	LateAcks           []ReportLateAck

	OpenAtEnd    int          // cases open at AsOf, whenever received
	OverdueAtEnd int          // of those, how many had a deadline passed at AsOf
	Overdue      []ReportCase // the overdue ones, earliest received first, at most ReportListMax
	Escalations  int          // escalation events in the period
	Meeting      []ReportCase // referred to the management meeting (seed 001 §5.3.1.7)
	Repeated     []ReportCase // the period's repeat complaints
	Cases        []ReportCase // every complaint received in the period, in order of receipt
}

// ReportListMax caps the lists of cases received outside the period (the overdue backlog):
// a report is read, and a longer list belongs to the register.
const ReportListMax = 200

// Empty reports whether no complaint came in during the period.
func (r *Report) Empty() bool { return r.Received == 0 }

const reportCaseColumns = `c.id, c.ref, c.subject, c.received_at, c.channel, p.name, p.company, p.id,
	COALESCE(c.category, ''), COALESCE(cat.name, ''), c.level, c.valid, c.status,
	COALESCE(c.department, ''), COALESCE(d.name, ''), c.handler, COALESCE(u.display_name, ''),
	c.taken_by, COALESCE(t.display_name, ''), c.due_ack, c.due_resolve, c.acknowledged_at,
	c.resolved_at, c.closed_at, c.satisfaction, c.root_cause, c.management_meeting, c.repeat_of,
	COALESCE(r.ref, '')`

const reportCaseFrom = ` FROM complaints c JOIN complainants p ON p.id = c.complainant_id
	LEFT JOIN categories cat ON cat.code = c.category
	LEFT JOIN departments d ON d.code = c.department
	LEFT JOIN users u ON u.name = c.handler
	LEFT JOIN users t ON t.name = c.taken_by
	LEFT JOIN complaints r ON r.id = c.repeat_of`

func scanReportCase(sc scanner) (ReportCase, error) {
	var c ReportCase
	var received int64
	var channel, status string
	var dAck, dRes, ack, res, closed, repeat sql.NullInt64
	err := sc.Scan(&c.ID, &c.Ref, &c.Subject, &received, &channel, &c.Complainant, &c.Company, &c.ComplainantID,
		&c.Category, &c.CategoryName, &c.Level, &c.Valid, &status, &c.Department, &c.DepartmentName,
		&c.Handler, &c.HandlerName, &c.TakenBy, &c.TakenByName, &dAck, &dRes, &ack, &res, &closed,
		&c.Satisfaction, &c.RootCause, &c.Meeting, &repeat, &c.RepeatOfRef)
	if err != nil {
		return c, err
	}
	c.ReceivedAt, c.Channel, c.Status = time.Unix(received, 0), Channel(channel), Status(status)
	c.DueAck, c.DueResolve, c.AcknowledgedAt, c.ResolvedAt, c.ClosedAt = fromUnix(dAck), fromUnix(dRes),
		fromUnix(ack), fromUnix(res), fromUnix(closed)
	c.Repeat = repeat.Valid
	if c.HandlerName == "" {
		c.HandlerName = c.Handler
	}
	if c.TakenByName == "" {
		c.TakenByName = c.TakenBy
	}
	return c, nil
}

func (s *Store) reportCases(ctx context.Context, where string, args ...any) ([]ReportCase, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+reportCaseColumns+reportCaseFrom+` WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ReportCase
	for rows.Next() {
		c, err := scanReportCase(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Report gathers the report of period p.
func (s *Store) Report(ctx context.Context, p ReportPeriod) (*Report, error) {
	if !p.To.After(p.From) {
		return nil, fmt.Errorf("store: report: %w", invalid("period", "period", map[string]any{"Value": p.Label},
			"period %s ends before it starts", p.Label))
	}
	cal := s.Calendar()
	now := s.now(ctx)
	office, err := s.OfficeProfile(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: report: %w", err)
	}
	cases, err := s.reportCases(ctx, `c.received_at >= ? AND c.received_at < ? ORDER BY c.received_at, c.id`,
		p.From.Unix(), p.To.Unix())
	if err != nil {
		return nil, fmt.Errorf("store: report: period cases: %w", err)
	}
	r := Summarize(cal, p, cases, now)
	r.Office = office

	prev := p.Prev()
	if p.Kind != PeriodWeek && p.Kind != PeriodMonth {
		prev = ReportPeriod{From: p.From.Add(-p.To.Sub(p.From)), To: p.From}
	}
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM complaints WHERE received_at >= ? AND received_at < ?`,
		prev.From.Unix(), prev.To.Unix()).Scan(&r.PreviousReceived); err != nil {
		return nil, fmt.Errorf("store: report: previous period: %w", err)
	}

	// Open at AsOf: a case closed (or found invalid) before AsOf and still so was closed then,
	// since closing is its last change of status; for the rest the timeline says.
	const openAt = `c.received_at < ? AND NOT (c.status IN ('closed', 'invalid') AND c.closed_at < ?)
		AND COALESCE((SELECT e.to_status FROM events e WHERE e.complaint_id = c.id AND e.kind = 'status'
			AND e.at < ? ORDER BY e.at DESC, e.id DESC LIMIT 1), 'registered') NOT IN ('closed', 'invalid')`
	// Overdue at AsOf: acknowledgement or solution due before it and not given by then.
	const overdueAt = `((c.due_ack < ? AND (c.acknowledged_at IS NULL OR c.acknowledged_at > ?))
		OR (c.due_resolve < ? AND (c.resolved_at IS NULL OR c.resolved_at > ?)))`
	// Every placeholder of both is AsOf.
	asOf := func(n int) []any {
		args := make([]any, n)
		for i := range args {
			args[i] = r.AsOf.Unix()
		}
		return args
	}
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(CASE WHEN `+overdueAt+` THEN 1 ELSE 0 END), 0)
		FROM complaints c WHERE `+openAt, asOf(7)...).Scan(&r.OpenAtEnd, &r.OverdueAtEnd); err != nil {
		return nil, fmt.Errorf("store: report: open cases: %w", err)
	}
	if r.Overdue, err = s.reportCases(ctx, openAt+` AND `+overdueAt+` ORDER BY c.received_at, c.id LIMIT ?`,
		append(asOf(7), ReportListMax)...); err != nil {
		return nil, fmt.Errorf("store: report: overdue cases: %w", err)
	}

	// An escalation touches updated_at, which lets the scan skip cases untouched since From.
	if err := s.r.QueryRowContext(ctx, `SELECT COALESCE(SUM((SELECT COUNT(*) FROM events e WHERE e.complaint_id = c.id
		AND e.kind = 'escalation' AND e.at >= ? AND e.at < ?)), 0) FROM complaints c WHERE c.updated_at >= ?`,
		p.From.Unix(), p.To.Unix(), p.From.Unix()).Scan(&r.Escalations); err != nil {
		return nil, fmt.Errorf("store: report: escalations: %w", err)
	}
	meeting, err := s.reportCases(ctx, `c.management_meeting = 1 AND c.updated_at >= ?
		AND EXISTS (SELECT 1 FROM events e WHERE e.complaint_id = c.id AND e.kind = 'escalation' AND e.at >= ? AND e.at < ?)
		ORDER BY c.received_at, c.id`, p.From.Unix(), p.From.Unix(), p.To.Unix())
	if err != nil {
		return nil, fmt.Errorf("store: report: management meeting: %w", err)
	}
	r.Meeting = meeting
	return r, nil
}

// ackRate judges the acknowledgement of c at now: on time when acknowledged by its due time,
// late when acknowledged after it or not at all by a due time that has passed. Invalid
// complaints are answered by their explanation and are left out (ok false).
func ackRate(c ReportCase, now time.Time) (onTime, late, ok bool) {
	if !c.Valid || c.DueAck == nil {
		return false, false, false
	}
	if c.AcknowledgedAt != nil {
		return !c.AcknowledgedAt.After(*c.DueAck), c.AcknowledgedAt.After(*c.DueAck), true
	}
	return false, now.After(*c.DueAck), true
}

// solveRate judges the solution deadline of c at now in the same way.
func solveRate(c ReportCase, now time.Time) (onTime, late, ok bool) {
	if !c.Valid || c.DueResolve == nil {
		return false, false, false
	}
	if c.ResolvedAt != nil {
		return !c.ResolvedAt.After(*c.DueResolve), c.ResolvedAt.After(*c.DueResolve), true
	}
	return false, now.After(*c.DueResolve), true
}

func (r *ReportRate) add(onTime, late, ok bool) {
	switch {
	case !ok:
	case onTime:
		r.OnTime++
	case late:
		r.Late++
	default:
		r.Pending++
	}
}

// groupSums is a breakdown row while it is being counted.
type groupSums struct {
	ReportGroup
	ratingSum   int
	workingSum  time.Duration
	elapsedDays float64
}

func (g *groupSums) add(cal *calendar.Calendar, c ReportCase, now time.Time) {
	g.Received++
	if !c.Valid {
		g.Invalid++
	}
	if !c.Status.Open() {
		g.Closed++
	}
	if c.Repeat {
		g.Repeats++
	}
	g.Ack.add(ackRate(c, now))
	g.Solve.add(solveRate(c, now))
	if c.ResolvedAt != nil && c.Valid {
		g.Resolved++
		g.workingSum += cal.WorkingTime(c.ReceivedAt, *c.ResolvedAt)
		g.elapsedDays += c.ResolvedAt.Sub(c.ReceivedAt).Hours() / 24
	}
	if c.Satisfaction >= 1 && c.Satisfaction <= 5 {
		g.Rated++
		g.ratingSum += c.Satisfaction
	}
}

func (g *groupSums) finish() ReportGroup {
	if g.Resolved > 0 {
		g.AvgWorking = (g.workingSum / time.Duration(g.Resolved)).Round(time.Minute)
		g.AvgDays = g.elapsedDays / float64(g.Resolved)
	}
	if g.Rated > 0 {
		g.AvgRating = float64(g.ratingSum) / float64(g.Rated)
	}
	return g.ReportGroup
}

// grouping collects one breakdown in first-seen order; the caller sorts.
type grouping struct {
	index map[string]int
	sums  []groupSums
}

func (gr *grouping) add(key, name string, cal *calendar.Calendar, c ReportCase, now time.Time) {
	if gr.index == nil {
		gr.index = map[string]int{}
	}
	i, ok := gr.index[key]
	if !ok {
		i = len(gr.sums)
		gr.index[key] = i
		gr.sums = append(gr.sums, groupSums{ReportGroup: ReportGroup{Key: key, Name: name}})
	}
	gr.sums[i].add(cal, c, now)
}

func (gr *grouping) rows() []ReportGroup {
	out := make([]ReportGroup, len(gr.sums))
	for i := range gr.sums {
		out[i] = gr.sums[i].finish()
	}
	return out
}

// byCount orders the rows by descending count, the not-yet-known row ("" key) last.
func (gr *grouping) byCount() []ReportGroup {
	rows := gr.rows()
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if (a.Key == "") != (b.Key == "") {
			return b.Key == ""
		}
		if a.Received != b.Received {
			return a.Received > b.Received
		}
		return a.Key < b.Key
	})
	return rows
}

// inOrder orders the rows by the position of their key in order.
func (gr *grouping) inOrder(order []string) []ReportGroup {
	rows := gr.rows()
	pos := map[string]int{}
	for i, k := range order {
		pos[k] = i + 1
	}
	sort.SliceStable(rows, func(i, j int) bool {
		pi, pj := pos[rows[i].Key], pos[rows[j].Key]
		if pi == 0 {
			pi = len(order) + 1
		}
		if pj == 0 {
			pj = len(order) + 1
		}
		return pi < pj
	})
	return rows
}

// Summarize computes the figures of a report from the complaints received in period p, judging
// running deadlines at now. It does not read the store: the backlog at the period's end and
// the escalations are filled in by Store.Report.
func Summarize(cal *calendar.Calendar, p ReportPeriod, cases []ReportCase, now time.Time) *Report {
	loc := cal.Location()
	r := &Report{Period: p, GeneratedAt: now, AsOf: now, Location: loc, Cases: cases}
	if p.To.Before(now) {
		r.AsOf = p.To
	}
	var total groupSums
	var cat, dept, channel, level, handler, status grouping
	causes := map[string]int{}
	repeatCat := map[string]*ReportCount{}
	people := map[int64]*ReportCount{}
	late := map[string]*ReportLateAck{}
	days := map[string]int{}
	for _, c := range cases {
		total.add(cal, c, now)
		cat.add(c.Category, c.CategoryName, cal, c, now)
		dept.add(c.Department, c.DepartmentName, cal, c, now)
		channel.add(string(c.Channel), "", cal, c, now)
		level.add(strconv.Itoa(c.Level), "", cal, c, now)
		if c.Handler == "" {
			handler.add("", "", cal, c, now)
		} else {
			handler.add(c.Handler, c.HandlerName, cal, c, now)
		}
		status.add(string(c.Status), "", cal, c, now)
		if c.Valid {
			r.Valid++
		} else {
			r.Invalid++
		}
		if cause := strings.Join(strings.Fields(c.RootCause), " "); cause != "" {
			causes[cause]++
		}
		if c.Repeat {
			r.Repeated = append(r.Repeated, c)
			rc := repeatCat[c.Category]
			if rc == nil {
				rc = &ReportCount{Key: c.Category, Name: c.CategoryName}
				repeatCat[c.Category] = rc
			}
			rc.Count++
		}
		pc := people[c.ComplainantID]
		if pc == nil {
			pc = &ReportCount{Key: strconv.FormatInt(c.ComplainantID, 10), Name: c.Complainant}
			people[c.ComplainantID] = pc
		}
		pc.Count++
		if _, isLate, ok := ackRate(c, now); ok && isLate {
			la := late[c.TakenBy]
			if la == nil {
				la = &ReportLateAck{User: c.TakenBy, Name: c.TakenByName}
				late[c.TakenBy] = la
			}
			la.Count++
			la.Refs = append(la.Refs, c.Ref)
		}
		if c.Satisfaction >= 1 && c.Satisfaction <= 5 {
			r.Ratings[c.Satisfaction]++
		}
		days[c.ReceivedAt.In(loc).Format(time.DateOnly)]++
	}
	total.finish()
	r.Received, r.Closed, r.Repeats = total.Received, total.Closed, total.Repeats
	r.Ack, r.Solve = total.Ack, total.Solve
	r.Resolved, r.AvgWorking, r.AvgDays = total.Resolved, total.AvgWorking, total.AvgDays
	r.Rated, r.AvgRating = total.Rated, total.AvgRating

	r.ByCategory, r.ByDepartment, r.ByHandler = cat.byCount(), dept.byCount(), handler.byCount()
	var channels, statuses []string
	for _, ch := range Channels {
		channels = append(channels, string(ch))
	}
	for _, st := range Statuses {
		statuses = append(statuses, string(st))
	}
	r.ByChannel = channel.inOrder(channels)
	r.ByLevel = level.inOrder([]string{"1", "2", "3", "0"})
	r.ByStatus = status.inOrder(statuses)

	for d := p.From; d.Before(p.To); d = d.AddDate(0, 0, 1) {
		r.ByDay = append(r.ByDay, ReportDay{Date: d, Count: days[d.Format(time.DateOnly)]})
	}
	for cause, n := range causes {
		if n >= 2 {
			r.RecurringCauses = append(r.RecurringCauses, ReportCount{Key: cause, Name: cause, Count: n})
		}
	}
	sortCounts(r.RecurringCauses)
	for _, rc := range repeatCat {
		r.RepeatsByCategory = append(r.RepeatsByCategory, *rc)
	}
	sortCounts(r.RepeatsByCategory)
	for _, pc := range people {
		if pc.Count >= 2 {
			r.RepeatComplainants = append(r.RepeatComplainants, *pc)
		}
	}
	sortCounts(r.RepeatComplainants)
	for _, la := range late {
		r.LateAcks = append(r.LateAcks, *la)
	}
	sort.Slice(r.LateAcks, func(i, j int) bool {
		if r.LateAcks[i].Count != r.LateAcks[j].Count {
			return r.LateAcks[i].Count > r.LateAcks[j].Count
		}
		return r.LateAcks[i].User < r.LateAcks[j].User
	})
	return r
}

func sortCounts(cs []ReportCount) {
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].Count != cs[j].Count {
			return cs[i].Count > cs[j].Count
		}
		return cs[i].Name < cs[j].Name
	})
}

// RecordReportExport notes that the report of p was exported as format (pdf, xlsx, csv): the
// monthly summary counts as handed on from then.
func (s *Store) RecordReportExport(ctx context.Context, p ReportPeriod, format string) error {
	err := s.write(ctx, func(tx *sql.Conn) error {
		now := s.now(ctx)
		res, err := tx.ExecContext(ctx, `INSERT INTO report_exports (period, format, exported_at, exported_by)
			VALUES (?, ?, ?, ?)`, p.Label, format, now.Unix(), Actor(ctx))
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		return audit(ctx, tx, now, "report", id, "export", map[string]any{"period": p.Label, "format": format})
	})
	if err != nil {
		return fmt.Errorf("store: record report export: %w", err)
	}
	return nil
}

// ReportExported is when the report of p was first exported; nil when it has not been.
func (s *Store) ReportExported(ctx context.Context, p ReportPeriod) (*time.Time, error) {
	var at sql.NullInt64
	if err := s.r.QueryRowContext(ctx, `SELECT MIN(exported_at) FROM report_exports WHERE period = ?`, p.Label).Scan(&at); err != nil {
		return nil, fmt.Errorf("store: report exported: %w", err)
	}
	return fromUnix(at), nil
}

// SubmitDue is the end of the day the monthly summary is to be handed on by (SubmitBy); zero
// for a weekly report.
func (p ReportPeriod) SubmitDue() time.Time {
	if by := p.SubmitBy(); !by.IsZero() {
		return by.AddDate(0, 0, 1)
	}
	return time.Time{}
}
