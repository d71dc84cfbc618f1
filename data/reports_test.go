package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var shanghai = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		panic(err)
	}
	return loc
}()

func cst(month time.Month, day, hour, min int) time.Time {
	return time.Date(2026, month, day, hour, min, 0, 0, shanghai)
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in       string
		kind     PeriodKind
		label    string
		from, to time.Time
	}{
		{"2026-W47", PeriodWeek, "2026-W47", cst(11, 16, 0, 0), cst(11, 23, 0, 0)},
		{" 2026-w01 ", PeriodWeek, "2026-W01", time.Date(2025, 12, 29, 0, 0, 0, 0, shanghai), cst(1, 5, 0, 0)},
		{"2026-W53", PeriodWeek, "2026-W53", cst(12, 28, 0, 0), time.Date(2027, 1, 4, 0, 0, 0, 0, shanghai)},
		{"2026-W1", PeriodWeek, "2026-W01", time.Date(2025, 12, 29, 0, 0, 0, 0, shanghai), cst(1, 5, 0, 0)},
		{"2026-11", PeriodMonth, "2026-11", cst(11, 1, 0, 0), cst(12, 1, 0, 0)},
		{"2026-2", PeriodMonth, "2026-02", cst(2, 1, 0, 0), cst(3, 1, 0, 0)},
		{"2026-12", PeriodMonth, "2026-12", cst(12, 1, 0, 0), time.Date(2027, 1, 1, 0, 0, 0, 0, shanghai)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := ParsePeriod(tt.in, shanghai)
			if err != nil {
				t.Fatal(err)
			}
			if p.Kind != tt.kind || p.Label != tt.label || !p.From.Equal(tt.from) || !p.To.Equal(tt.to) {
				t.Errorf("got %s %s [%s, %s), want %s %s [%s, %s)", p.Kind, p.Label, p.From, p.To, tt.kind, tt.label, tt.from, tt.to)
			}
			if p.From.Location() != shanghai {
				t.Errorf("location %s, want Asia/Shanghai", p.From.Location())
			}
		})
	}
	for _, bad := range []string{"", "2026", "2026-W", "2025-W53", "2026-W54", "2026-W00", "2026-13", "2026-00",
		"26-11", "2026/11", "2026-W4x", "abcd-11", "2026-011", "2026-W470"} {
		t.Run("bad "+bad, func(t *testing.T) {
			_, err := ParsePeriod(bad, shanghai)
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("ParsePeriod(%q) = %v, want ErrInvalid", bad, err)
			}
			if p, _ := AsProblem(err); p.Code != "period" || p.Args["Value"] != bad {
				t.Errorf("problem = %+v", p)
			}
		})
	}
}

func TestPeriodNavigation(t *testing.T) {
	tests := []struct {
		name           string
		p              ReportPeriod
		prev, next, of string
		submitBy       time.Time
		ofTime         time.Time
		ofKind         PeriodKind
	}{
		{name: "week across the year", p: mustPeriod(t, "2026-W01"), prev: "2025-W52", next: "2026-W02",
			ofTime: cst(1, 1, 12, 0), ofKind: PeriodWeek, of: "2026-W01"},
		{name: "last week of a 53-week year", p: mustPeriod(t, "2026-W53"), prev: "2026-W52", next: "2027-W01",
			ofTime: time.Date(2027, 1, 3, 23, 59, 0, 0, shanghai), ofKind: PeriodWeek, of: "2026-W53"},
		{name: "month", p: mustPeriod(t, "2026-01"), prev: "2025-12", next: "2026-02", submitBy: cst(2, 5, 0, 0),
			ofTime: cst(1, 31, 23, 0), ofKind: PeriodMonth, of: "2026-01"},
		{name: "month seen from UTC", p: mustPeriod(t, "2026-11"), prev: "2026-10", next: "2026-12", submitBy: cst(12, 5, 0, 0),
			ofTime: time.Date(2026, 10, 31, 16, 30, 0, 0, time.UTC), ofKind: PeriodMonth, of: "2026-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Prev().Label; got != tt.prev {
				t.Errorf("Prev = %s, want %s", got, tt.prev)
			}
			if got := tt.p.Next().Label; got != tt.next {
				t.Errorf("Next = %s, want %s", got, tt.next)
			}
			if got := PeriodOf(tt.ofKind, tt.ofTime, shanghai).Label; got != tt.of {
				t.Errorf("PeriodOf(%s) = %s, want %s", tt.ofTime, got, tt.of)
			}
			if got := tt.p.SubmitBy(); !got.Equal(tt.submitBy) {
				t.Errorf("SubmitBy = %s, want %s", got, tt.submitBy)
			}
		})
	}
}

func mustPeriod(t testing.TB, s string) ReportPeriod {
	t.Helper()
	p, err := ParsePeriod(s, shanghai)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// reportFixture is a week of complaints, 2026-W47 (Monday 16 to Sunday 22 November), with
// the week before, reported on Friday 27 November at 10:00.
type reportFixture struct {
	s    *Store
	refs map[string]string
}

func newReportFixture(t *testing.T) *reportFixture {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Now = func() time.Time { return cst(11, 27, 10, 0) }
	base := WithActor(context.Background(), "admin")
	for _, u := range []User{{Name: "li", DisplayName: "李娜", Tier: 1, Role: RoleClerk, Department: "service", Active: true},
		{Name: "wang", DisplayName: "王强", Tier: 2, Role: RoleSupervisor, Department: "engineering", Active: true}} {
		if err := s.SaveUser(base, u); err != nil {
			t.Fatal(err)
		}
	}
	f := &reportFixture{s: s, refs: map[string]string{}}
	type step struct {
		at time.Time
		p  ActParams
	}
	ack := func(at time.Time) step { return step{at, ActParams{Action: ActAcknowledge}} }
	assess := func(at time.Time, cat string, level int) step {
		return step{at, ActParams{Action: ActAssess, Category: cat, Level: level}}
	}
	assign := func(at time.Time, dept, handler string) step {
		return step{at, ActParams{Action: ActAssign, Department: dept, Handler: handler}}
	}
	cause := func(at time.Time, c string) step {
		return step{at, ActParams{Action: ActHandling, Handling: Handling{RootCause: c}}}
	}
	resolve := func(at time.Time) step { return step{at, ActParams{Action: ActResolve, Text: "已处理"}} }
	rate := func(at time.Time, n int) step { return step{at, ActParams{Action: ActRate, Rating: n}} }
	closeCase := func(at time.Time) step { return step{at, ActParams{Action: ActClose}} }
	cases := []struct {
		key, by, name, phone, repeatOf string
		channel                        Channel
		received                       time.Time
		steps                          []step
	}{
		// Week 46.
		{key: "H", by: "li", name: "赵六", phone: "13800000008", channel: ChannelPhone, received: cst(11, 10, 10, 0), steps: []step{
			ack(cst(11, 10, 11, 0)), assess(cst(11, 10, 11, 5), "service", 1), assign(cst(11, 10, 11, 10), "service", "li"),
			resolve(cst(11, 11, 10, 0)), rate(cst(11, 12, 9, 0), 1), closeCase(cst(11, 12, 9, 5))}},
		{key: "I", by: "wang", name: "钱七", phone: "13800000009", channel: ChannelVisit, received: cst(11, 11, 10, 0), steps: []step{
			ack(cst(11, 11, 11, 0)), assess(cst(11, 11, 11, 5), "quality", 1), assign(cst(11, 11, 11, 10), "engineering", "wang"),
			resolve(cst(11, 24, 10, 0))}},
		{key: "G", by: "wang", name: "孙八", phone: "13800000010", channel: ChannelPhone, received: cst(11, 13, 10, 0)},
		// Week 47.
		{key: "A", by: "li", name: "张伟", phone: "13800000001", channel: ChannelPhone, received: cst(11, 16, 9, 30), steps: []step{
			ack(cst(11, 16, 11, 0)), assess(cst(11, 16, 11, 5), "service", 1), assign(cst(11, 16, 11, 10), "service", "li"),
			cause(cst(11, 16, 15, 0), "员工培训不足"), resolve(cst(11, 18, 10, 0)), rate(cst(11, 18, 11, 0), 2),
			closeCase(cst(11, 18, 11, 5))}},
		{key: "B", by: "li", name: "王芳", phone: "13800000002", channel: ChannelLetter, received: cst(11, 16, 14, 0), steps: []step{
			ack(cst(11, 18, 10, 0)), assess(cst(11, 18, 10, 5), "facilities", 2), assign(cst(11, 18, 10, 10), "engineering", "王强"),
			cause(cst(11, 19, 9, 0), " 员工培训不足 "), resolve(cst(11, 20, 17, 0)), rate(cst(11, 20, 17, 30), 4)}},
		{key: "C", by: "wang", name: "张伟", phone: "13800000001", channel: ChannelPhone, received: cst(11, 17, 10, 0), repeatOf: "A"},
		{key: "D", by: "li", name: "刘洋", phone: "13800000004", channel: ChannelWeb, received: cst(11, 19, 15, 0), steps: []step{
			{cst(11, 19, 15, 30), ActParams{Action: ActAssess, Category: "other", Level: 1, Invalid: true, Reason: "非本单位管辖"}}}},
		{key: "E", by: "wang", name: "陈静", phone: "13800000005", channel: ChannelEmail, received: cst(11, 20, 9, 0), steps: []step{
			ack(cst(11, 20, 9, 10)), assess(cst(11, 20, 9, 15), "fees", 3), assign(cst(11, 20, 9, 20), "finance", "wang"),
			resolve(cst(11, 20, 11, 0)), rate(cst(11, 20, 15, 0), 5)}},
		{key: "F", by: "li", name: "杨帆", phone: "13800000006", channel: ChannelEmail, received: cst(11, 22, 20, 0), steps: []step{
			ack(cst(11, 23, 9, 30))}},
	}
	for _, c := range cases {
		ctx := WithTime(WithActor(context.Background(), c.by), c.received)
		n := NewComplaint{Channel: c.channel, ReceivedAt: c.received, Subject: "投诉 " + c.key,
			Complainant: Complainant{Name: c.name, Phone: c.phone}}
		if c.repeatOf != "" {
			n.RepeatOf = f.refs[c.repeatOf]
		}
		created, err := s.CreateComplaint(ctx, n)
		if err != nil {
			t.Fatalf("case %s: %v", c.key, err)
		}
		f.refs[c.key] = created.Ref
		for _, st := range c.steps {
			if _, err := s.Act(WithTime(ctx, st.at), created.Ref, st.p); err != nil {
				t.Fatalf("case %s: %s at %s: %v", c.key, st.p.Action, st.at, err)
			}
		}
	}
	return f
}

func (f *reportFixture) refList(keys ...string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, f.refs[k])
	}
	return out
}

func caseRefs(cs []ReportCase) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Ref)
	}
	return out
}

func TestReportWeek(t *testing.T) {
	f := newReportFixture(t)
	r, err := f.s.Report(context.Background(), mustPeriod(t, "2026-W47"))
	if err != nil {
		t.Fatal(err)
	}
	ints := []struct {
		name      string
		got, want int
	}{
		{"received", r.Received, 6},
		{"previous", r.PreviousReceived, 3},
		{"valid", r.Valid, 5},
		{"invalid", r.Invalid, 1},
		{"closed", r.Closed, 2},
		{"repeats", r.Repeats, 1},
		{"ack on time", r.Ack.OnTime, 3},
		{"ack late", r.Ack.Late, 2},
		{"ack pending", r.Ack.Pending, 0},
		{"solve on time", r.Solve.OnTime, 1},
		{"solve late", r.Solve.Late, 1},
		{"solve pending", r.Solve.Pending, 3},
		{"resolved", r.Resolved, 1},
		{"rated", r.Rated, 3},
		{"open at end", r.OpenAtEnd, 6},
		{"overdue at end", r.OverdueAtEnd, 3},
		{"escalations", r.Escalations, 2},
	}
	for _, tt := range ints {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("%s = %d, want %d", tt.name, tt.got, tt.want)
			}
		})
	}
	t.Run("rates", func(t *testing.T) {
		if pct, ok := r.Ack.Percent(); !ok || pct != 60 {
			t.Errorf("ack percent = %v %v, want 60", pct, ok)
		}
		if pct, ok := r.Solve.Percent(); !ok || pct != 50 {
			t.Errorf("solve percent = %v %v, want 50", pct, ok)
		}
	})
	t.Run("handling time", func(t *testing.T) {
		// Monday 09:30–18:00 less lunch is 7 h, Tuesday 7.5 h, Wednesday 09:00–10:00 1 h.
		if r.AvgWorking != 15*time.Hour+30*time.Minute {
			t.Errorf("average working time = %s, want 15h30m", r.AvgWorking)
		}
		if want := 48.5 / 24; math.Abs(r.AvgDays-want) > 1e-9 {
			t.Errorf("average days = %v, want %v", r.AvgDays, want)
		}
	})
	t.Run("satisfaction", func(t *testing.T) {
		if r.Ratings != [6]int{0, 0, 1, 0, 1, 1} {
			t.Errorf("ratings = %v", r.Ratings)
		}
		if math.Abs(r.AvgRating-11.0/3) > 1e-9 {
			t.Errorf("average rating = %v, want 3.67", r.AvgRating)
		}
	})
	groups := func(gs []ReportGroup) []string {
		var out []string
		for _, g := range gs {
			out = append(out, fmt.Sprintf("%s/%s=%d", g.Key, g.Name, g.Received))
		}
		return out
	}
	breakdowns := []struct {
		name string
		got  []ReportGroup
		want []string
	}{
		{"category", r.ByCategory, []string{"facilities/设施设备=1", "fees/收费/价格=1", "other/其他=1", "service/服务态度=1", "/=2"}},
		{"department", r.ByDepartment, []string{"engineering/工程部=1", "finance/财务部=1", "service/客户服务部=1", "/=3"}},
		{"handler", r.ByHandler, []string{"wang/王强=2", "li/李娜=1", "/=3"}},
		{"channel", r.ByChannel, []string{"phone/=2", "letter/=1", "email/=2", "web/=1"}},
		{"level", r.ByLevel, []string{"1/=2", "2/=1", "3/=2", "0/=1"}},
		{"status", r.ByStatus, []string{"registered/=1", "acknowledged/=1", "closed/=1", "invalid/=1", "reopened/=2"}},
	}
	for _, tt := range breakdowns {
		t.Run("by "+tt.name, func(t *testing.T) {
			if got := groups(tt.got); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("group figures", func(t *testing.T) {
		wang := r.ByHandler[0]
		if wang.Ack != (ReportRate{OnTime: 1, Late: 1}) || wang.Solve != (ReportRate{Pending: 2}) || wang.Rated != 2 || wang.AvgRating != 4.5 {
			t.Errorf("wang = %+v", wang)
		}
		service := r.ByDepartment[2]
		if service.Resolved != 1 || service.AvgWorking != 15*time.Hour+30*time.Minute || service.Closed != 1 {
			t.Errorf("service department = %+v", service)
		}
	})
	t.Run("by day", func(t *testing.T) {
		var counts []int
		for i, d := range r.ByDay {
			if want := cst(11, 16+i, 0, 0); !d.Date.Equal(want) {
				t.Errorf("day %d = %s, want %s", i, d.Date, want)
			}
			counts = append(counts, d.Count)
		}
		if !reflect.DeepEqual(counts, []int{2, 1, 0, 1, 1, 0, 1}) {
			t.Errorf("counts by day = %v", counts)
		}
	})
	t.Run("late acknowledgements", func(t *testing.T) {
		want := []ReportLateAck{{User: "li", Name: "李娜", Count: 1, Refs: f.refList("B")},
			{User: "wang", Name: "王强", Count: 1, Refs: f.refList("C")}}
		if !reflect.DeepEqual(r.LateAcks, want) {
			t.Errorf("late acks = %+v, want %+v", r.LateAcks, want)
		}
	})
	t.Run("recurring", func(t *testing.T) {
		if want := []ReportCount{{Key: "员工培训不足", Name: "员工培训不足", Count: 2}}; !reflect.DeepEqual(r.RecurringCauses, want) {
			t.Errorf("recurring causes = %+v", r.RecurringCauses)
		}
		if want := []ReportCount{{Key: "", Name: "", Count: 1}}; !reflect.DeepEqual(r.RepeatsByCategory, want) {
			t.Errorf("repeats by category = %+v", r.RepeatsByCategory)
		}
		if len(r.RepeatComplainants) != 1 || r.RepeatComplainants[0].Name != "张伟" || r.RepeatComplainants[0].Count != 2 {
			t.Errorf("repeat complainants = %+v", r.RepeatComplainants)
		}
		if got := caseRefs(r.Repeated); !reflect.DeepEqual(got, f.refList("C")) || r.Repeated[0].RepeatOfRef != f.refs["A"] {
			t.Errorf("repeated = %v", got)
		}
	})
	lists := []struct {
		name string
		got  []ReportCase
		want []string
	}{
		{"cases", r.Cases, f.refList("A", "B", "C", "D", "E", "F")},
		{"overdue", r.Overdue, f.refList("I", "G", "C")},
		{"meeting", r.Meeting, f.refList("E")},
	}
	for _, tt := range lists {
		t.Run(tt.name, func(t *testing.T) {
			if got := caseRefs(tt.got); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("case fields", func(t *testing.T) {
		b := r.Cases[1]
		if b.Complainant != "王芳" || b.CategoryName != "设施设备" || b.DepartmentName != "工程部" || b.HandlerName != "王强" ||
			b.TakenByName != "李娜" || b.Level != 3 || b.Status != StatusReopened || b.Satisfaction != 4 || b.Channel != ChannelLetter {
			t.Errorf("case B = %+v", b)
		}
	})
	t.Run("as of", func(t *testing.T) {
		if !r.AsOf.Equal(cst(11, 23, 0, 0)) || !r.GeneratedAt.Equal(cst(11, 27, 10, 0)) {
			t.Errorf("as of %s, generated %s", r.AsOf, r.GeneratedAt)
		}
	})
}

func TestReportMonthAndRunningWeek(t *testing.T) {
	f := newReportFixture(t)
	tests := []struct {
		period                  string
		now                     time.Time
		received, open, overdue int
		asOf                    time.Time
	}{
		{"2026-11", cst(12, 3, 9, 0), 9, 6, 2, cst(12, 1, 0, 0)},
		// While the week runs, the backlog is counted at the time of the report: I, resolved on
		// the 24th, waits for its rating and is no longer overdue.
		{"2026-W48", cst(11, 25, 12, 0), 0, 6, 2, cst(11, 25, 12, 0)},
		{"2026-W10", cst(11, 27, 10, 0), 0, 0, 0, cst(3, 9, 0, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.period, func(t *testing.T) {
			f.s.Now = func() time.Time { return tt.now }
			r, err := f.s.Report(context.Background(), mustPeriod(t, tt.period))
			if err != nil {
				t.Fatal(err)
			}
			if r.Received != tt.received || r.OpenAtEnd != tt.open || r.OverdueAtEnd != tt.overdue || !r.AsOf.Equal(tt.asOf) {
				t.Errorf("received %d open %d overdue %d as of %s, want %d %d %d %s", r.Received, r.OpenAtEnd,
					r.OverdueAtEnd, r.AsOf, tt.received, tt.open, tt.overdue, tt.asOf)
			}
			if r.Empty() != (tt.received == 0) {
				t.Errorf("Empty = %v", r.Empty())
			}
			if _, ok := r.Ack.Percent(); ok == (tt.received == 0) {
				t.Errorf("ack percent defined = %v with %d cases", ok, tt.received)
			}
		})
	}
}

func TestReportBadPeriod(t *testing.T) {
	f := newReportFixture(t)
	p := mustPeriod(t, "2026-W47")
	p.To = p.From
	if _, err := f.s.Report(context.Background(), p); !errors.Is(err, ErrInvalid) {
		t.Errorf("empty range: %v, want ErrInvalid", err)
	}
}

// BenchmarkMonthlyReport100k reports one month of a register of 100,000 complaints received
// over twelve months, most of them closed.
func BenchmarkMonthlyReport100k(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := fillBenchmarkRegister(s, 100000); err != nil {
		b.Fatal(err)
	}
	s.Now = func() time.Time { return cst(12, 20, 10, 0) }
	p := mustPeriod(b, "2026-11")
	ctx := context.Background()
	var r *Report
	for b.Loop() {
		if r, err = s.Report(ctx, p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(r.Received), "cases/month")
}

// fillBenchmarkRegister writes n complaints spread over 2026 in one transaction, straight in
// SQL: the workflow's own checks would make building the register take minutes.
func fillBenchmarkRegister(s *Store, n int) error {
	ctx := context.Background()
	cats := []string{"service", "quality", "delay", "fees", "facilities", "environment"}
	depts := []string{"service", "engineering", "security", "cleaning", "finance"}
	start := cst(1, 1, 9, 0).Unix()
	span := cst(12, 20, 9, 0).Unix() - start
	return s.write(ctx, func(tx *sql.Conn) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO complainants (name, phone) VALUES ('业主', '13800000000')`); err != nil {
			return err
		}
		ins, err := tx.PrepareContext(ctx, `INSERT INTO complaints (uuid, ref, channel, received_at, complainant_id,
			subject, taken_by, category, level, department, handler, root_cause, satisfaction, status, sla_start,
			last_contact, due_ack, due_resolve, acknowledged_at, resolved_at, closed_at, created_at, updated_at)
			VALUES (?, ?, 'phone', ?, 1, '投诉', 'admin', ?, ?, ?, 'admin', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		ev, err := tx.PrepareContext(ctx, `INSERT INTO events (complaint_id, at, kind, by_user, to_status) VALUES (?, ?, 'status', 'admin', ?)`)
		if err != nil {
			return err
		}
		for i := range n {
			recv := start + span*int64(i)/int64(n)
			ack, res, closed := recv+3600, recv+3*86400, recv+4*86400
			status := "closed"
			var resolved, closedAt any = res, closed
			if i%20 == 0 { // one case in twenty still open
				status, resolved, closedAt = "in_progress", nil, nil
			}
			r, err := ins.ExecContext(ctx, fmt.Sprintf("bench-%d", i), fmt.Sprintf("TS-2026-%06d", i+1), recv,
				cats[i%len(cats)], 1+i%3, depts[i%len(depts)], fmt.Sprintf("原因%d", i%17), 1+i%5, status, recv, ack,
				recv+86400, recv+7*86400, ack, resolved, closedAt, recv, closed)
			if err != nil {
				return err
			}
			id, _ := r.LastInsertId()
			if _, err := ev.ExecContext(ctx, id, recv, "registered"); err != nil {
				return err
			}
			if _, err := ev.ExecContext(ctx, id, ack, "acknowledged"); err != nil {
				return err
			}
			if status == "closed" {
				if _, err := ev.ExecContext(ctx, id, closed, "closed"); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// An exported report is noted, with who and when; the monthly summary is due by the end of
// the 5th of the next month.
func TestReportExportIsRecorded(t *testing.T) {
	s := MustOpen(t)
	ctx := WithActor(context.Background(), "wangli")
	p, err := ParsePeriod("2026-11", officeTZ)
	if err != nil {
		t.Fatal(err)
	}
	if due := p.SubmitDue(); !due.Equal(time.Date(2026, 12, 6, 0, 0, 0, 0, officeTZ)) {
		t.Errorf("November's summary is due by %v", due)
	}
	if w, _ := ParsePeriod("2026-W47", officeTZ); !w.SubmitDue().IsZero() {
		t.Error("a weekly report has a due date")
	}
	if at, err := s.ReportExported(ctx, p); err != nil || at != nil {
		t.Fatalf("not exported yet: %v, %v", at, err)
	}
	first := s.Now()
	if err := s.RecordReportExport(ctx, p, "pdf"); err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return first.Add(time.Hour) }
	if err := s.RecordReportExport(ctx, p, "xlsx"); err != nil {
		t.Fatal(err)
	}
	if at, err := s.ReportExported(ctx, p); err != nil || at == nil || at.Unix() != first.Unix() {
		t.Errorf("exported at %v (%v), want %v", at, err, first)
	}
	other, _ := ParsePeriod("2026-10", officeTZ)
	if at, _ := s.ReportExported(ctx, other); at != nil {
		t.Errorf("October counts as exported at %v", at)
	}
	trail, err := s.AuditTrail(ctx, AuditFilter{Entity: "report"})
	if err != nil || len(trail) != 2 || trail[1].User != "wangli" || !strings.Contains(trail[1].Changes, `"period":"2026-11"`) {
		t.Errorf("trail %+v, %v", trail, err)
	}
}
