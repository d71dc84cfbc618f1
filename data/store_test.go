package data

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

var officeTZ = time.FixedZone("CST", 8*3600)

// MustOpen opens a store on a fresh temp-file database with a fixed clock.
func MustOpen(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(filepath.Join(tb.TempDir(), "test.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	s.Now = func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, officeTZ) }
	return s
}

func newComplaint(name, phone, subject string) NewComplaint {
	return NewComplaint{Channel: ChannelPhone, Complainant: Complainant{Name: name, Phone: phone},
		Subject: subject, Description: "电梯在早高峰停运，被困十分钟。"}
}

func mustCreate(t *testing.T, s *Store, n NewComplaint) *Complaint {
	t.Helper()
	c, err := s.CreateComplaint(context.Background(), n)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func mustAct(t *testing.T, s *Store, ref string, p ActParams) *Complaint {
	t.Helper()
	c, err := s.Act(context.Background(), ref, p)
	if err != nil {
		t.Fatalf("%s: %v", p.Action, err)
	}
	return c
}

// snapshot is everything a failed command must leave untouched.
func snapshot(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT COUNT(*), COALESCE(SUM(level), 0), COALESCE(GROUP_CONCAT(status), '') FROM complaints`,
		`SELECT COUNT(*), 0, '' FROM events`, `SELECT COUNT(*), 0, '' FROM audit`,
		`SELECT COUNT(*), 0, '' FROM complainants`, `SELECT COUNT(*), COALESCE(SUM(last), 0), '' FROM ref_counters`,
		`SELECT COUNT(*), 0, '' FROM evidence`,
	} {
		var n, sum int
		var extra string
		if err := s.r.QueryRow(q).Scan(&n, &sum, &extra); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%d/%d/%s;", n, sum, extra)
	}
	return b.String()
}

// Every write reaches the disk before its commit returns (synchronous FULL on the writer; in
// write-ahead-log mode NORMAL would keep the last commits in the operating system's cache until
// a checkpoint, and a power cut could take them, and mail already moved on the server, away).
func TestCommitsAreDurable(t *testing.T) {
	s := MustOpen(t)
	if _, err := s.CreateComplaint(context.Background(), NewComplaint{Channel: ChannelPhone,
		Complainant: Complainant{Name: "张三", Phone: "13800000000"}, Subject: "电梯故障"}); err != nil {
		t.Fatal(err)
	}
	const full = 2
	var sync int
	var journal string
	if err := s.w.QueryRow(`PRAGMA journal_mode`).Scan(&journal); err != nil || journal != "wal" {
		t.Fatalf("journal mode %q (%v), want wal", journal, err)
	}
	if err := s.w.QueryRow(`PRAGMA synchronous`).Scan(&sync); err != nil {
		t.Fatal(err)
	}
	if sync < full {
		t.Errorf("the writer's synchronous setting is %d, want %d (FULL) or more", sync, full)
	}
}

func TestCreateComplaintNumbersAndDeadlines(t *testing.T) {
	s := MustOpen(t)
	// Friday before the 2026 Spring Festival: the next working day is the make-up Saturday.
	n := newComplaint("王芳", "13812345678", "电梯故障")
	n.ReceivedAt = time.Date(2026, 2, 13, 10, 0, 0, 0, officeTZ)
	c := mustCreate(t, s, n)
	if c.Ref != "TS-2026-000001" || c.UUID == "" || c.Status != StatusRegistered {
		t.Fatalf("got %s %q %s", c.Ref, c.UUID, c.Status)
	}
	wantAck := time.Date(2026, 2, 14, 18, 0, 0, 0, officeTZ)
	if c.DueAck == nil || !c.DueAck.Equal(wantAck) {
		t.Errorf("acknowledge due %v, want %v", c.DueAck, wantAck)
	}
	if c.NextDue == nil || !c.NextDue.Equal(wantAck) {
		t.Errorf("next due %v, want the acknowledgement %v", c.NextDue, wantAck)
	}
	c2 := mustCreate(t, s, newComplaint("李强", "13900000000", "噪音"))
	if c2.Ref != "TS-2026-000002" {
		t.Errorf("second ref %s", c2.Ref)
	}
	// The same phone number finds the same complainant.
	c3 := mustCreate(t, s, newComplaint("王芳", "13812345678", "又坏了"))
	if c3.Complainant.ID != c.Complainant.ID {
		t.Errorf("complainant not matched by phone")
	}
	h, err := s.History(context.Background(), c.Complainant.ID)
	if err != nil || len(h) != 2 {
		t.Fatalf("history %d %v", len(h), err)
	}
}

func TestDeadlineInUncoveredYearIsMarked(t *testing.T) {
	s := MustOpen(t)
	n := newComplaint("王芳", "13812345678", "电梯故障")
	n.ReceivedAt = time.Date(2026, 12, 31, 10, 0, 0, 0, officeTZ)
	c := mustCreate(t, s, n)
	if !c.DueUnverified {
		t.Fatal("a deadline in 2027 (not in the holiday calendar) must be marked unverified")
	}
	if c.DueAck == nil || c.DueAck.Year() != 2027 {
		t.Fatalf("due %v", c.DueAck)
	}
}

func TestWholeProcedure(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	c := mustCreate(t, s, newComplaint("王芳", "13812345678", "电梯故障"))
	ref := c.Ref
	mustAct(t, s, ref, ActParams{Action: ActCall, Direction: DirOut, Text: "已回电了解情况", Duration: 3 * time.Minute})
	c = mustAct(t, s, ref, ActParams{Action: ActAcknowledge})
	if c.Status != StatusAcknowledged || c.AcknowledgedAt == nil {
		t.Fatalf("after acknowledge: %s", c.Status)
	}
	c = mustAct(t, s, ref, ActParams{Action: ActAssess, Category: "设施设备", Level: 2})
	if c.Category != "facilities" || c.Level != 2 {
		t.Fatalf("assess by name: %q %d", c.Category, c.Level)
	}
	if _, err := s.Act(ctx, ref, ActParams{Action: ActAssign, Department: "nowhere"}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("unknown department: %v", err)
	}
	c = mustAct(t, s, ref, ActParams{Action: ActAssign, Department: "engineering", Handler: "admin"})
	if c.Status != StatusInProgress || c.Department != "engineering" || c.Handler != "admin" {
		t.Fatalf("after assign: %s %s %s", c.Status, c.Department, c.Handler)
	}
	c = mustAct(t, s, ref, ActParams{Action: ActResolve, Text: "已更换电梯控制板"})
	if c.Status != StatusResolved || c.NextDue != nil {
		t.Fatalf("after resolve: %s next due %v", c.Status, c.NextDue)
	}
	// Very dissatisfied: reopened one level up.
	c = mustAct(t, s, ref, ActParams{Action: ActRate, Rating: 5})
	if c.Status != StatusReopened || c.Level != 3 || c.ResolvedAt != nil || c.NextDue == nil {
		t.Fatalf("after rating 5: %s level %d", c.Status, c.Level)
	}
	mustAct(t, s, ref, ActParams{Action: ActResolve, Text: "总监亲自处理并赔偿"})
	c = mustAct(t, s, ref, ActParams{Action: ActRate, Rating: 5})
	if !c.ManagementMeeting || c.Level != 3 {
		t.Fatalf("dissatisfied at level 3 must go to the management meeting: %+v", c.ManagementMeeting)
	}
	mustAct(t, s, ref, ActParams{Action: ActResolve, Text: "经总经理例会研究，给予补偿"})
	if _, err := s.Act(ctx, ref, ActParams{Action: ActClose}); !errors.Is(err, ErrForbidden) {
		t.Fatalf("close without a rating: %v", err)
	}
	mustAct(t, s, ref, ActParams{Action: ActRate, Rating: 2})
	c = mustAct(t, s, ref, ActParams{Action: ActClose})
	if c.Status != StatusClosed || c.ClosedAt == nil || c.Satisfaction != 2 {
		t.Fatalf("after close: %s", c.Status)
	}
	fus, err := s.FollowUps(ctx, true, 10)
	if err != nil || len(fus) != 1 || fus[0].Ref != ref {
		t.Fatalf("follow-up after closing: %v %v", fus, err)
	}
	if err := s.RecordFollowUp(ctx, fus[0].ID, "电话", "满意", 1); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Act(ctx, ref, ActParams{Action: ActNote, Text: "x"}); !errors.Is(err, ErrForbidden) {
		t.Fatalf("note on a closed case: %v", err)
	}
	events, _ := s.Events(ctx, c.ID)
	kinds := map[EventKind]int{}
	for _, e := range events {
		kinds[e.Kind]++
	}
	for _, k := range []EventKind{EventCall, EventStatus, EventAssessment, EventAssignment, EventRating, EventEscalation, EventFollowUp} {
		if kinds[k] == 0 {
			t.Errorf("no %s event on the timeline", k)
		}
	}
	// Every summary the store wrote reads back into its parts, for the window and the dossier
	// to say in the reader's language; only what the clerk typed (the call) is shown as written.
	for _, e := range events {
		if sum := ReadSummary(e); (sum.Kind == SummaryText) != (e.Kind == EventCall) {
			t.Errorf("%s event %q reads as %+v", e.Kind, e.Summary, sum)
		}
	}
	if !events[0].At.After(events[len(events)-1].At) && len(events) > 1 && events[0].ID < events[len(events)-1].ID {
		t.Errorf("timeline not newest first")
	}
	trail, err := s.Audit(ctx, "complaint", c.ID, 100)
	if err != nil || len(trail) < 10 {
		t.Fatalf("audit trail has %d rows: %v", len(trail), err)
	}
}

func TestInvalidComplaintClosesWithReason(t *testing.T) {
	s := MustOpen(t)
	c := mustCreate(t, s, newComplaint("王芳", "13812345678", "不属于本中心"))
	if _, err := s.Act(context.Background(), c.Ref, ActParams{Action: ActAssess, Category: "other", Level: 1, Invalid: true}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("invalid without a reason: %v", err)
	}
	c = mustAct(t, s, c.Ref, ActParams{Action: ActAssess, Category: "other", Level: 1, Invalid: true, Reason: "属于市政管辖"})
	if c.Status != StatusInvalid || c.Valid || c.ClosedAt == nil || c.NextDue != nil {
		t.Fatalf("invalid: %s valid %v", c.Status, c.Valid)
	}
	c = mustAct(t, s, c.Ref, ActParams{Action: ActReopen, Reason: "投诉人补充了证据"})
	if c.Status != StatusReopened || !c.Valid {
		t.Fatalf("reopen: %s", c.Status)
	}
}

func TestRepeatComplaintIsAtLeastLevel2(t *testing.T) {
	s := MustOpen(t)
	first := mustCreate(t, s, newComplaint("王芳", "13812345678", "电梯故障"))
	n := newComplaint("王芳", "13812345678", "电梯又坏了")
	n.RepeatOf = strings.ToLower(first.Ref)
	c := mustCreate(t, s, n)
	if c.RepeatOf == nil || *c.RepeatOf != first.ID || c.RepeatOfRef != first.Ref || c.Level != 2 {
		t.Fatalf("repeat: %v level %d", c.RepeatOf, c.Level)
	}
	mustAct(t, s, c.Ref, ActParams{Action: ActAcknowledge})
	_, err := s.Act(context.Background(), c.Ref, ActParams{Action: ActAssess, Category: "facilities", Level: 1})
	if p, ok := AsProblem(err); !ok || p.Code != "repeat_level" {
		t.Fatalf("level 1 for a repeat: %v", err)
	}
	// Marking an assessed level-1 complaint as a repeat raises it.
	other := mustCreate(t, s, newComplaint("李强", "13900000000", "电梯"))
	mustAct(t, s, other.Ref, ActParams{Action: ActAssess, Category: "facilities", Level: 1})
	other = mustAct(t, s, other.Ref, ActParams{Action: ActRepeat, RepeatOf: first.Ref})
	if other.Level != 2 {
		t.Fatalf("marked repeat stays level %d", other.Level)
	}
}

func TestBadInputChangesNothing(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	c := mustCreate(t, s, newComplaint("王芳", "13812345678", "电梯故障"))
	before := snapshot(t, s)
	long := strings.Repeat("长", MaxText+1)
	bad := []struct {
		name string
		run  func() error
		kind error
	}{
		{"empty subject", func() error { _, err := s.CreateComplaint(ctx, newComplaint("王芳", "138", "  ")); return err }, ErrInvalid},
		{"no name", func() error { _, err := s.CreateComplaint(ctx, newComplaint("", "13812345678", "x")); return err }, ErrInvalid},
		{"phone with letters", func() error { _, err := s.CreateComplaint(ctx, newComplaint("王芳", "138abc", "x")); return err }, ErrInvalid},
		{"unknown channel", func() error {
			n := newComplaint("王芳", "13812345678", "x")
			n.Channel = "pigeon"
			_, err := s.CreateComplaint(ctx, n)
			return err
		}, ErrInvalid},
		{"over-long description", func() error {
			n := newComplaint("王芳", "13812345678", "x")
			n.Description = long
			_, err := s.CreateComplaint(ctx, n)
			return err
		}, ErrInvalid},
		{"repeat of an unknown complaint", func() error {
			n := newComplaint("王芳", "13812345678", "x")
			n.RepeatOf = "TS-2026-999999"
			_, err := s.CreateComplaint(ctx, n)
			return err
		}, ErrNotFound},
		{"unknown category", func() error {
			_, err := s.Act(ctx, c.Ref, ActParams{Action: ActAssess, Category: "weather", Level: 1})
			return err
		}, ErrInvalid},
		{"level 4", func() error {
			_, err := s.Act(ctx, c.Ref, ActParams{Action: ActAssess, Category: "service", Level: 4})
			return err
		}, ErrInvalid},
		{"assign before assessing", func() error {
			_, err := s.Act(ctx, c.Ref, ActParams{Action: ActAssign, Department: "service"})
			return err
		}, ErrForbidden},
		{"rating before resolving", func() error { _, err := s.Act(ctx, c.Ref, ActParams{Action: ActRate, Rating: 3}); return err }, ErrForbidden},
		{"unknown complaint", func() error { _, err := s.Act(ctx, "TS-2026-424242", ActParams{Action: ActAcknowledge}); return err }, ErrNotFound},
		{"empty note", func() error { _, err := s.Act(ctx, c.Ref, ActParams{Action: ActNote, Text: " "}); return err }, ErrInvalid},
		{"empty evidence", func() error { _, err := s.AddEvidence(ctx, c.Ref, NewEvidence{Filename: "a.jpg"}); return err }, ErrInvalid},
		{"escalate before assessing", func() error {
			_, err := s.Act(ctx, c.Ref, ActParams{Action: ActEscalate, Reason: "x"})
			return err
		}, ErrForbidden},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			if !errors.Is(err, tt.kind) {
				t.Fatalf("err = %v, want %v", err, tt.kind)
			}
			if after := snapshot(t, s); after != before {
				t.Fatalf("database changed:\n%s\n%s", before, after)
			}
		})
	}
	// The failed creates consumed no reference number.
	if c2 := mustCreate(t, s, newComplaint("李强", "13900000000", "噪音")); c2.Ref != "TS-2026-000002" {
		t.Fatalf("next ref %s: a failed create left a gap", c2.Ref)
	}
}

func TestConcurrentWritersGetGapFreeReferences(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	const writers, each = 4, 15
	stores := make([]*Store, writers)
	for i := range stores {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	var wg sync.WaitGroup
	refs := make(chan string, writers*each)
	errs := make(chan error, writers*each)
	for _, s := range stores {
		wg.Add(1)
		go func(s *Store) {
			defer wg.Done()
			for j := 0; j < each; j++ {
				n := newComplaint("王芳", "13812345678", "并发")
				n.ReceivedAt = time.Date(2026, 5, 6, 10, 0, 0, 0, officeTZ)
				c, err := s.CreateComplaint(context.Background(), n)
				if err != nil {
					errs <- err
					return
				}
				refs <- c.Ref
			}
		}(s)
	}
	wg.Wait()
	close(refs)
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for r := range refs {
		if seen[r] {
			t.Fatalf("duplicate reference %s", r)
		}
		seen[r] = true
	}
	for i := 1; i <= writers*each; i++ {
		if r := fmt.Sprintf("TS-2026-%06d", i); !seen[r] {
			t.Fatalf("gap: %s missing", r)
		}
	}
}

func TestListFiltersAndSearch(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	old := newComplaint("王芳", "13812345678", "电梯频繁故障")
	old.ReceivedAt = time.Date(2026, 11, 2, 10, 0, 0, 0, officeTZ)
	a := mustCreate(t, s, old)
	b := mustCreate(t, s, NewComplaint{Channel: ChannelEmail, Complainant: Complainant{Name: "李强", Email: "li@example.cn"},
		Subject: "停车费重复扣款", Description: "本月扣款两次"})
	mustAct(t, s, b.Ref, ActParams{Action: ActAcknowledge})
	mustAct(t, s, b.Ref, ActParams{Action: ActAssess, Category: "fees", Level: 3})
	count := func(f ListFilter) int {
		t.Helper()
		n, err := s.Count(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		list, err := s.List(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != n {
			t.Fatalf("List gives %d rows, Count %d", len(list), n)
		}
		return n
	}
	tests := []struct {
		name string
		f    ListFilter
		want int
	}{
		{"all", ListFilter{}, 2},
		{"overdue", ListFilter{Overdue: true}, 1},
		{"level 3", ListFilter{Level: 3}, 1},
		{"category", ListFilter{Category: "fees"}, 1},
		{"channel email", ListFilter{Channel: ChannelEmail}, 1},
		{"status registered", ListFilter{Statuses: []Status{StatusRegistered}}, 1},
		{"unassessed", ListFilter{Unassessed: true}, 1},
		{"received in November from the 10th", ListFilter{ReceivedFrom: time.Date(2026, 11, 10, 0, 0, 0, 0, officeTZ)}, 1},
		{"search 3+ characters", ListFilter{Query: "频繁故障"}, 1},
		{"search 2 characters", ListFilter{Query: "扣款"}, 1},
		{"search 1 character", ListFilter{Query: "梯"}, 1},
		{"search complainant", ListFilter{Query: "李强"}, 1},
		{"search email", ListFilter{Query: "li@example"}, 1},
		{"search phone", ListFilter{Query: "13812345678"}, 1},
		{"search two terms", ListFilter{Query: "电梯 故障"}, 1},
		{"search nothing", ListFilter{Query: "不存在的内容"}, 0},
		{"search reference number", ListFilter{Query: b.Ref}, 1},
		{"search reference number in lower case and brackets", ListFilter{Query: "[" + strings.ToLower(b.Ref) + "]"}, 1},
		{"search reference number and a word", ListFilter{Query: b.Ref + " 扣款"}, 1},
		{"search reference number of no case", ListFilter{Query: "TS-1999-000001"}, 0},
		{"search the number of a reference", ListFilter{Query: strings.TrimPrefix(b.Ref, "TS-2026-")}, 1},
		{"search the number of a reference with its year", ListFilter{Query: strings.TrimPrefix(b.Ref, "TS-")}, 1},
		{"search the number of a reference of another year", ListFilter{Query: "1999-" + strings.TrimPrefix(b.Ref, "TS-2026-")}, 0},
		{"search a number of no case", ListFilter{Query: "000999"}, 0},
		{"search a reference typed full width", ListFilter{Query: fullWidth(b.Ref)}, 1},
		{"search the number of a reference typed full width", ListFilter{Query: fullWidth(strings.TrimPrefix(b.Ref, "TS-2026-"))}, 1},
		{"search with quotes and percent", ListFilter{Query: `"%_`}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := count(tt.f); got != tt.want {
				t.Fatalf("got %d, want %d", got, tt.want)
			}
		})
	}
	list, _ := s.List(ctx, ListFilter{Sort: SortRef})
	if list[0].Ref != a.Ref {
		t.Errorf("sort by ref ascending starts with %s", list[0].Ref)
	}
	if _, err := s.List(ctx, ListFilter{Sort: "nonsense"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("unknown sort: %v", err)
	}
}

// A reference is named by its number alone, with or without its year, as clerks say it.
func TestNamesRef(t *testing.T) {
	for _, c := range []struct {
		term string
		want bool
	}{
		{"301", true}, {"000301", true}, {"2026-301", true}, {"2026-000301", true}, {" TS-2026-000301 ", true},
		{"[ts-2026-000301]", true}, {"2025-000301", false}, {"1301", false}, {"30", false}, {"0", false},
		{"0000301", false}, {"TS-2026-000302", false}, {"三零一", false}, {"", false}, {"３０１", true}, {"ＴＳ－２０２６－０００３０１", true},
	} {
		if got := NamesRef(c.term, "TS-2026-000301"); got != c.want {
			t.Errorf("%q names TS-2026-000301: %v, want %v", c.term, got, c.want)
		}
	}
}

// A complaint from a known complainant is found by what is stored for them, not only by what
// the clerk typed this time.
func TestSearchFindsMergedComplainant(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	first := newComplaint("王芳", "13812345678", "电梯故障")
	first.Complainant.Company = "星河科技"
	mustCreate(t, s, first)
	second := mustCreate(t, s, NewComplaint{Channel: ChannelPhone, Complainant: Complainant{Name: "王小芳", Phone: "13812345678"},
		Subject: "停车费重复扣款", Description: "本月扣款两次"})
	for _, q := range []string{"星河科技", "停车费 星河", "王小芳"} {
		list, err := s.List(ctx, ListFilter{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, c := range list {
			found = found || c.Ref == second.Ref
		}
		if !found {
			t.Errorf("search %q does not find %s", q, second.Ref)
		}
	}
}

// A database from before the search indexes were slimmed down gets them rebuilt on opening.
func TestSearchIndexRebuiltByMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := range 1500 { // more than one rebuild chunk
		n := newComplaint(fmt.Sprintf("住户%d", i), fmt.Sprintf("138%08d", i), fmt.Sprintf("第%d号投诉 电梯故障", i))
		if i == 1234 {
			n.Subject, n.Description = "停车费重复扣款", "本月扣款两次"
		}
		if _, err := s.CreateComplaint(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	// The indexes as migration 0001 made them, empty, and 0004 not yet applied.
	for _, q := range []string{`DROP TABLE complaints_fts`, `DROP TABLE complaints_bigrams`,
		`CREATE VIRTUAL TABLE complaints_fts USING fts5 (subject, description, complainant, tokenize = 'trigram')`,
		`CREATE VIRTUAL TABLE complaints_bigrams USING fts5 (pairs, tokenize = 'unicode61 remove_diacritics 0')`,
		`DELETE FROM schema_migrations WHERE version = '0004_search_index.sql'`} {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := s.Count(ctx, ListFilter{Query: "扣款"}); n != 0 {
		t.Fatalf("the emptied index still finds %d", n)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for q, want := range map[string]int{"扣款": 1, "停车费": 1, "电梯故障": 1499, "住户1234": 1, "13800001234": 1} {
		if n, err := s.Count(ctx, ListFilter{Query: q}); err != nil || n != want {
			t.Errorf("search %q after the rebuild: %d, %v; want %d", q, n, err, want)
		}
	}
	var ddl string
	if err := s.r.QueryRowContext(ctx, `SELECT sql FROM sqlite_master WHERE name = 'complaints_bigrams'`).Scan(&ddl); err != nil ||
		!strings.Contains(ddl, "detail = none") {
		t.Errorf("bigram index is %q, %v", ddl, err)
	}
}

func TestEvidenceIsStoredOnce(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	c := mustCreate(t, s, newComplaint("王芳", "13812345678", "电梯故障"))
	png := []byte("\x89PNG\r\n\x1a\n fake image bytes")
	e1, err := s.AddEvidence(ctx, c.Ref, NewEvidence{Filename: `C:\扫描\照片.png`, Data: png})
	if err != nil {
		t.Fatal(err)
	}
	e2, err := s.AddEvidence(ctx, c.Ref, NewEvidence{Filename: "again.png", Data: png})
	if err != nil {
		t.Fatal(err)
	}
	if e1.ID != e2.ID || e1.Filename != "照片.png" || e1.ContentType != "image/png" || e1.Size != int64(len(png)) {
		t.Fatalf("evidence %+v %+v", e1, e2)
	}
	got, err := s.Blob(ctx, e1.SHA256)
	if err != nil || !bytes.Equal(got, png) {
		t.Fatalf("blob: %v", err)
	}
}

func TestExportShape(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	n := newComplaint("王芳", "13812345678", "电梯故障")
	n.Evidence = []NewEvidence{{Filename: "现场照片.png", Data: []byte("\x89PNG\r\n\x1a\n...."), Note: "轿厢内"}}
	c := mustCreate(t, s, n)
	mustAct(t, s, c.Ref, ActParams{Action: ActAcknowledge})
	mustAct(t, s, c.Ref, ActParams{Action: ActAssess, Category: "facilities", Level: 2})
	mustAct(t, s, c.Ref, ActParams{Action: ActAssign, Department: "engineering", Involved: []string{"security", "conference"}})
	var buf bytes.Buffer
	if err := s.ExportJSONL(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "ref", "channel", "received_at", "status", "level", "category", "valid",
		"complainant", "subject", "description", "department", "handler", "involved", "due", "acknowledged_at", "resolved_at",
		"closed_at", "satisfaction", "repeat_of", "events", "messages", "letters"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("export lacks %q", k)
		}
	}
	if rec["ref"] != c.Ref || rec["status"] != "in_progress" || fmt.Sprint(rec["involved"]) != "[security conference]" {
		t.Errorf("export %v", rec)
	}
	if at, _ := rec["received_at"].(string); !strings.HasSuffix(at, "+08:00") {
		t.Errorf("received_at %q not RFC 3339 with the office's offset", at)
	}
	due := rec["due"].(map[string]any)
	if due["acknowledge"] == nil || due["resolve"] == nil {
		t.Errorf("due %v", due)
	}
	if ev := rec["evidence"].([]any); len(ev) != 1 || ev[0].(map[string]any)["filename"] != "现场照片.png" ||
		ev[0].(map[string]any)["note"] != "轿厢内" || ev[0].(map[string]any)["size"] != float64(12) {
		t.Errorf("evidence %v", ev)
	}
	if ev := rec["events"].([]any); len(ev) != 6 {
		t.Errorf("events %v", ev)
	}
	buf.Reset()
	if err := s.ExportCSV(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "\ufeffid,ref,") || !strings.Contains(buf.String(), "王芳") ||
		!strings.Contains(buf.String(), ",engineering,,security conference,") {
		t.Errorf("csv: %q", buf.String()[:60])
	}
}

func TestBackupAndRestore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "live.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c, err := s.CreateComplaint(ctx, newComplaint("王芳", "13812345678", "备份前"))
	if err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(dir, "backup.db")
	if err := s.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateComplaint(ctx, newComplaint("李强", "13900000000", "备份后")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	kept, err := Restore(ctx, backup, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(kept); err != nil {
		t.Fatalf("the replaced database was not kept: %v", err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, _ := s.Count(ctx, ListFilter{}); n != 1 {
		t.Fatalf("after restore %d complaints, want 1", n)
	}
	if got, err := s.Complaint(ctx, c.Ref); err != nil || got.Subject != "备份前" {
		t.Fatalf("restored %v %v", got, err)
	}
	if ps, err := s.Problems(ctx); err != nil || len(ps) != 0 {
		t.Fatalf("check after restore: %v %v", ps, err)
	}
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte("this is not a database, just some text that is long enough"), 0o600)
	if _, err := Restore(ctx, junk, path); err == nil {
		t.Fatal("restoring from a file that is not a backup succeeded")
	}
	if n, _ := s.Count(ctx, ListFilter{}); n != 1 {
		t.Fatal("a refused restore changed the database")
	}
}

func TestOpenRefusesBadFiles(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, bytes.Repeat([]byte("not sqlite "), 400), 0o600)
	if _, err := Open(junk); err == nil || !strings.Contains(err.Error(), "not a Complaint Desk database") {
		t.Fatalf("open junk: %v", err)
	}
	if os.Geteuid() == 0 {
		t.Skip("root ignores file permissions")
	}
}

func TestReadOnlyDatabaseGivesClearError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ro.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// A read-only connection stands in for a read-only file (root ignores file modes).
	ro, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	ro.w.Exec(`PRAGMA query_only = ON`)
	_, err = ro.CreateComplaint(context.Background(), newComplaint("王芳", "13812345678", "x"))
	if err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("write to a read-only database: %v", err)
	}
}

// A write that fails, is cancelled half-way or panics leaves nothing behind, and the next write
// starts a transaction of its own.
func TestWriteRollsBackOnErrorCancelAndPanic(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	insert := func(tx *sql.Conn) {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ('probe', 'x')`); err != nil {
			t.Fatal(err)
		}
	}
	probe := func() int {
		var n int
		if err := s.r.QueryRow(`SELECT COUNT(*) FROM settings WHERE key = 'probe'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	boom := errors.New("boom")
	if err := s.write(ctx, func(tx *sql.Conn) error { insert(tx); return boom }); !errors.Is(err, boom) {
		t.Fatalf("failing write: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	if err := s.write(cctx, func(tx *sql.Conn) error { insert(tx); cancel(); return nil }); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled write: %v", err)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("the panic was swallowed")
			}
		}()
		s.write(ctx, func(tx *sql.Conn) error { insert(tx); panic("boom") })
	}()
	if n := probe(); n != 0 {
		t.Fatalf("%d rows left by writes that did not finish", n)
	}
	if err := s.write(ctx, func(tx *sql.Conn) error { insert(tx); return nil }); err != nil {
		t.Fatalf("write after the failures: %v", err)
	}
	if n := probe(); n != 1 {
		t.Fatalf("%d rows after one good write", n)
	}
}

func TestFullDiskGivesClearErrorAndWritesNothing(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	mustCreate(t, s, newComplaint("王芳", "13812345678", "电梯故障"))
	before := snapshot(t, s)
	// Capping the file at its current size, with no free pages left inside it, makes the next
	// write fail as on a full disk.
	if _, err := s.w.Exec(`VACUUM`); err != nil {
		t.Fatal(err)
	}
	var pages int
	if err := s.w.QueryRow(`PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec(fmt.Sprintf(`PRAGMA max_page_count = %d`, pages)); err != nil {
		t.Fatal(err)
	}
	n := newComplaint("李强", "13900000000", "噪音")
	n.Description = strings.Repeat("楼上每天深夜装修，噪音很大。", 800)
	_, err := s.CreateComplaint(ctx, n)
	if err == nil || !strings.Contains(err.Error(), "disk is full") {
		t.Fatalf("write on a full disk: %v", err)
	}
	if after := snapshot(t, s); after != before {
		t.Fatalf("a failed write changed the database:\n%s\n%s", before, after)
	}
}

func TestQuarterlySampleDrawsAShareOnce(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	for i := 0; i < 20; i++ {
		c := mustCreate(t, s, newComplaint("王芳", fmt.Sprintf("1381234%04d", i), "电梯故障"))
		for _, p := range []ActParams{{Action: ActAcknowledge}, {Action: ActAssess, Category: "facilities", Level: 1},
			{Action: ActAssign, Department: "engineering"}, {Action: ActResolve, Text: "修好了"},
			{Action: ActRate, Rating: 2}, {Action: ActClose}} {
			mustAct(t, s, c.Ref, p)
		}
	}
	q := Quarter{2026, 4}
	sampled := func(wantClosed, wantDrawn int) {
		t.Helper()
		if closed, drawn, err := s.QuarterSample(ctx, q); err != nil || closed != wantClosed || drawn != wantDrawn {
			t.Errorf("%s: %d closed, %d drawn (%v); want %d, %d", q, closed, drawn, err, wantClosed, wantDrawn)
		}
	}
	sampled(20, 0)
	got, err := s.SampleQuarter(ctx, q, 0.35, 42)
	sampled(20, 7)
	// Due ten working days after the quarter, not counting the new year's day.
	if err != nil || got.Drawn != 7 || got.Pool != 20 || !got.Due.Equal(time.Date(2027, 1, 15, 18, 0, 0, 0, officeTZ)) {
		t.Fatalf("drew %+v (%v), want 7 of 20 due 2027-01-15 18:00", got, err)
	}
	// The 13 not yet drawn are the pool of a second draw for the quarter, a day later.
	s.Now = func() time.Time { return time.Date(2026, 11, 24, 10, 0, 0, 0, officeTZ) }
	if again, err := s.SampleQuarter(ctx, q, 0.35, 42); err != nil || again.Drawn != 5 || again.Pool != 13 {
		t.Fatalf("second draw %+v (%v), want 5 of the remaining 13", again, err)
	}
	sampled(20, 12)
	fus, _ := s.FollowUps(ctx, true, 100)
	quarterly := 0
	for _, f := range fus {
		if f.Kind == "quarterly" {
			quarterly++
		}
	}
	if quarterly != 12 {
		t.Fatalf("%d quarterly follow-ups pending, want 12", quarterly)
	}
	if _, err := s.SampleQuarter(ctx, q, 1.5, 1); !errors.Is(err, ErrInvalid) {
		t.Fatalf("share 1.5: %v", err)
	}
	if _, err := s.SampleQuarter(ctx, Quarter{2027, 1}, 0.35, 1); !errors.Is(err, ErrInvalid) {
		t.Fatalf("a quarter not begun: %v", err)
	}
	// A quarter drawn long after it ended gets ten working days from the day of the draw.
	s.Now = func() time.Time { return time.Date(2027, 3, 1, 10, 0, 0, 0, officeTZ) }
	late, err := s.SampleQuarter(ctx, q, 1, 1)
	if err != nil || late.Drawn != 8 || !late.Due.After(time.Date(2027, 3, 12, 0, 0, 0, 0, officeTZ)) {
		t.Fatalf("the rest of the quarter drawn in March: %+v (%v)", late, err)
	}
}

// A batch keeps complaints in memory between actions and writes one update per complaint; what
// it writes must be exactly what the same actions write one by one.
func TestBatchWritesWhatSingleActionsWrite(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	at := func(h int) context.Context {
		return WithTime(ctx, time.Date(2026, 11, 2, 9, 0, 0, 0, officeTZ).Add(time.Duration(h)*time.Hour))
	}
	n := newComplaint("王芳", "13812345678", "电梯故障")
	n.ReceivedAt = time.Date(2026, 11, 2, 9, 0, 0, 0, officeTZ)
	steps := []ActParams{{Action: ActCall, Direction: DirOut, Text: "回电"}, {Action: ActAcknowledge},
		{Action: ActAssess, Category: "facilities", Level: 1}, {Action: ActAssign, Department: "engineering", Handler: "admin"},
		{Action: ActResolve, Text: "已修复"}, {Action: ActRate, Rating: 5}, {Action: ActResolve, Text: "再次修复"},
		{Action: ActRate, Rating: 2}, {Action: ActClose}}
	var batchRef string
	err := s.Batch(ctx, func(b *Batch) error {
		var err error
		if batchRef, err = b.Create(at(0), n); err != nil {
			return err
		}
		for i, p := range steps {
			if err := b.Act(at(i+1), batchRef, p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	single, err := s.CreateComplaint(at(0), n)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range steps {
		if _, err := s.Act(at(i+1), single.Ref, p); err != nil {
			t.Fatal(err)
		}
	}
	a, _ := s.Complaint(ctx, batchRef)
	b, _ := s.Complaint(ctx, single.Ref)
	a.ID, a.UUID, a.Ref, b.ID, b.UUID, b.Ref = 0, "", "", 0, "", ""
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("batch wrote\n%+v\nsingle actions wrote\n%+v", *a, *b)
	}
	if a.Status != StatusClosed || a.Level != 2 || a.Satisfaction != 2 {
		t.Fatalf("batch case ended %s level %d satisfaction %d", a.Status, a.Level, a.Satisfaction)
	}

	// The closing follow-up, recorded in a batch and singly: done, on the timeline naming the
	// follow-up, and in the audit trail.
	if err := s.Batch(ctx, func(b *Batch) error { return b.RecordFollowUps(at(20), batchRef, "电话回访", "无新的意见", 2) }); err != nil {
		t.Fatal(err)
	}
	fus, err := s.FollowUps(ctx, false, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fus {
		if f.Ref == single.Ref {
			if err := s.RecordFollowUp(at(20), f.ID, "电话回访", "无新的意见", 2); err != nil {
				t.Fatal(err)
			}
		}
	}
	if fus, err = s.FollowUps(ctx, false, 100); err != nil || len(fus) != 2 {
		t.Fatalf("follow-ups %+v %v", fus, err)
	}
	for _, f := range fus {
		if f.DoneAt == nil || f.Result != "无新的意见" || f.Satisfaction != 2 {
			t.Errorf("%s: follow-up %+v", f.Ref, f)
		}
		trail, err := s.Audit(ctx, "follow_up", f.ID, 10)
		if err != nil || len(trail) != 1 || trail[0].Action != "record" {
			t.Errorf("%s: audit of the follow-up %+v %v", f.Ref, trail, err)
		}
		c, _ := s.Complaint(ctx, f.Ref)
		events, err := s.Events(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		last := events[0] // newest first
		if last.Kind != EventFollowUp || last.RefID != f.ID || last.Contact != "电话回访" {
			t.Errorf("%s: last event %+v", f.Ref, last)
		}
	}
}

// Committed pages reach the database file without the writer stopping to copy them, and a
// closed store leaves no log behind.
func TestCheckpointerCopiesTheLogBesideTheWriter(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ck.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	const files, size = 24, 1 << 20
	for i := range files {
		err := s.write(ctx, func(tx *sql.Conn) error {
			_, err := putBlob(ctx, tx, bytes.Repeat([]byte{byte(i)}, size))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// Below walLimit the writer never copies by itself: the database file grows only by
	// the checkpointer.
	deadline := time.Now().Add(10 * time.Second)
	for {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Size() >= files*size {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the database file holds %d bytes after %d MB were committed", fi.Size(), files)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("closing again: %v", err)
	}
	if _, err := os.Stat(path + "-wal"); !os.IsNotExist(err) {
		t.Errorf("the log is still there after closing: %v", err)
	}
}

func TestPageSizeOfNewAndExistingDatabases(t *testing.T) {
	pragma := func(s *Store, name string) int {
		t.Helper()
		var v int
		if err := s.w.QueryRow(`PRAGMA ` + name).Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	s := MustOpen(t)
	if got := pragma(s, "page_size"); got != pageSize {
		t.Errorf("a new database has %d-byte pages, want %d", got, pageSize)
	}
	if got := pragma(s, "wal_autocheckpoint"); got != walLimit/pageSize {
		t.Errorf("wal_autocheckpoint = %d pages, want %d", got, walLimit/pageSize)
	}
	// A database made with SQLite's 4 KB pages keeps them, and its log the same 64 MB bound.
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`PRAGMA page_size = 4096`, `PRAGMA journal_mode = WAL`, `CREATE TABLE kept (x)`, `INSERT INTO kept VALUES (1)`} {
		if _, err := old.Exec(q); err != nil {
			t.Fatal(q, err)
		}
	}
	old.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got := pragma(s2, "page_size"); got != 4096 {
		t.Errorf("an existing database now has %d-byte pages", got)
	}
	if got := pragma(s2, "wal_autocheckpoint"); got != walLimit/4096 {
		t.Errorf("wal_autocheckpoint = %d pages on 4 KB pages, want %d", got, walLimit/4096)
	}
	var kept int
	if err := s2.w.QueryRow(`SELECT x FROM kept`).Scan(&kept); err != nil || kept != 1 {
		t.Errorf("the existing table reads %d, %v", kept, err)
	}
}

// Accounts: the handler a case names by display name is one account, and the office always
// keeps an active administrator.
func TestSaveUserKeepsDisplayNamesUniqueAndAnAdministrator(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	code := func(err error) string {
		t.Helper()
		if err == nil {
			return ""
		}
		p, ok := AsProblem(err)
		if !ok {
			t.Fatalf("not a problem: %v", err)
		}
		return p.Code
	}
	wang := User{Name: "wangli", DisplayName: " 王丽 ", Tier: 1, Role: RoleClerk, Department: "service", Active: true}
	if err := s.SaveUser(ctx, wang); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		u    User
		want string
	}{
		{User{Name: "wangli2", DisplayName: "王丽", Tier: 1, Role: RoleClerk, Active: true}, "duplicate_user"},
		{User{Name: "li", DisplayName: "wangli", Tier: 1, Role: RoleClerk, Active: true}, "duplicate_user"},
		{User{Name: "Wang Li", DisplayName: "王莉", Tier: 1, Role: RoleClerk, Active: true}, "login"},
		{User{Name: "admin", DisplayName: "系统管理员", Tier: 3, Role: RoleDirector, Active: true}, "last_admin"},
		{User{Name: "admin", DisplayName: "系统管理员", Tier: 3, Role: RoleAdmin, Active: false}, "last_admin"},
	} {
		if got := code(s.SaveUser(ctx, c.u)); got != c.want {
			t.Errorf("%+v: %q, want %q", c.u, got, c.want)
		}
	}
	// Saving an account under its own display name again is no conflict.
	wang.Tier = 2
	if err := s.SaveUser(ctx, wang); err != nil {
		t.Fatal(err)
	}
	// With a second administrator the first may step down.
	if err := s.SaveUser(ctx, User{Name: "zhou", DisplayName: "周主任", Tier: 3, Role: RoleAdmin, Active: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveUser(ctx, User{Name: "admin", DisplayName: "系统管理员", Tier: 3, Role: RoleAdmin, Active: false}); err != nil {
		t.Fatal(err)
	}
	users, err := s.Users(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range users {
		got = append(got, fmt.Sprintf("%s/%s/%d/%v", u.Name, u.DisplayName, u.Tier, u.Active))
	}
	if want := "admin/系统管理员/3/false wangli/王丽/2/true zhou/周主任/3/true"; strings.Join(got, " ") != want {
		t.Errorf("users %v, want %s", got, want)
	}
}

// A correction of the intake is on the case's timeline, naming the fields, and the audit trail
// keeps what they were; saving without a change adds nothing to the timeline.
func TestIntakeCorrectionIsOnTheTimeline(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	c := mustCreate(t, s, newComplaint("王芳", "13812345678", "电梯故障"))
	events := func() []Event {
		t.Helper()
		es, err := s.Events(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		return es
	}
	before := len(events())
	n := NewComplaint{Channel: c.Channel, ReceivedAt: c.ReceivedAt, Complainant: c.Complainant, Subject: c.Subject,
		Description: c.Description, Remedy: c.Remedy, Impact: c.Impact, Place: c.Place}
	if _, err := s.UpdateComplaint(ctx, c.Ref, n); err != nil {
		t.Fatal(err)
	}
	if got := len(events()); got != before {
		t.Errorf("saving without a change added %d timeline entries", got-before)
	}
	n.Subject = "3号电梯故障"
	n.Complainant.Phone = "13812349999"
	if _, err := s.UpdateComplaint(ctx, c.Ref, n); err != nil {
		t.Fatal(err)
	}
	es := events()
	if len(es) != before+1 {
		t.Fatalf("%d timeline entries after a correction, %d before", len(es), before)
	}
	sum := ReadSummary(es[0])
	if es[0].Kind != EventNote || sum.Kind != SummaryCorrected || strings.Join(sum.Fields, ",") != "subject,phone" {
		t.Errorf("entry %+v read as %+v", es[0], sum)
	}
	trail, err := s.Audit(ctx, "complaint", c.ID, 1)
	if err != nil || len(trail) != 1 {
		t.Fatal(trail, err)
	}
	var changes map[string]any
	if err := json.Unmarshal([]byte(trail[0].Changes), &changes); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(changes["subject"]) != "[电梯故障 3号电梯故障]" ||
		fmt.Sprint(changes["complainant"]) != "map[phone:[13812345678 13812349999]]" {
		t.Errorf("audit %s", trail[0].Changes)
	}
}

// A department, category or account no longer in use is not given new cases; a case that
// already has it keeps it when it is assessed or assigned again.
func TestInactiveCodesAndAccountsTakeNoNewCases(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	if err := s.SaveUser(ctx, User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: RoleClerk, Active: true}); err != nil {
		t.Fatal(err)
	}
	a := mustCreate(t, s, newComplaint("王芳", "13812345678", "电梯故障"))
	b := mustCreate(t, s, newComplaint("李雷", "13912345678", "保洁不及时"))
	for _, ref := range []string{a.Ref, b.Ref} {
		for _, p := range []ActParams{{Action: ActAcknowledge}, {Action: ActAssess, Category: "facilities", Level: 1}} {
			if _, err := s.Act(ctx, ref, p); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := s.Act(ctx, a.Ref, ActParams{Action: ActAssign, Department: "engineering", Handler: "王丽"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveUser(ctx, User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: RoleClerk, Active: false}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDepartment(ctx, Department{Code: "engineering", Name: "工程部", Active: false}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCategory(ctx, Category{Code: "facilities", Name: "设施设备", Active: false}); err != nil {
		t.Fatal(err)
	}
	code := func(err error) string {
		if p, ok := AsProblem(err); ok {
			return p.Code
		}
		return fmt.Sprint(err)
	}
	for _, c := range []struct {
		ref  string
		p    ActParams
		want string
	}{
		{b.Ref, ActParams{Action: ActAssign, Department: "engineering"}, "inactive_department"},
		{b.Ref, ActParams{Action: ActAssign, Department: "security", Handler: "王丽"}, "inactive_user"},
		{b.Ref, ActParams{Action: ActAssess, Category: "service", Level: 1}, "<nil>"},
		{b.Ref, ActParams{Action: ActAssess, Category: "facilities", Level: 1}, "inactive_category"},
		// The case that has them keeps them.
		{a.Ref, ActParams{Action: ActAssess, Category: "facilities", Level: 2}, "<nil>"},
		{a.Ref, ActParams{Action: ActAssign, Department: "工程部", Handler: "wangli"}, "<nil>"},
	} {
		_, err := s.Act(ctx, c.ref, c.p)
		if got := code(err); got != c.want {
			t.Errorf("%s %+v: %s, want %s", c.ref, c.p, got, c.want)
		}
	}
	if got, _ := s.Complaint(ctx, b.Ref); got.Department != "" || got.Handler != "" || got.Category != "service" {
		t.Errorf("refused changes written: %q %q %q", got.Department, got.Handler, got.Category)
	}
}

// A complaint that involves several departments names the others besides the responsible one
// (seed 003: the complaint office coordinates them); each finds it under its own name in the
// register, and the trail and the timeline keep the change.
func TestInvolvedDepartments(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	c := mustCreate(t, s, newComplaint("王芳", "13812340000", "会议室漏水"))
	other := mustCreate(t, s, newComplaint("李雷", "13812340001", "电梯故障"))
	for _, x := range []*Complaint{c, other} {
		mustAct(t, s, x.Ref, ActParams{Action: ActAcknowledge})
		mustAct(t, s, x.Ref, ActParams{Action: ActAssess, Category: "facilities", Level: 1})
	}
	mustAct(t, s, other.Ref, ActParams{Action: ActAssign, Department: "engineering"})
	c = mustAct(t, s, c.Ref, ActParams{Action: ActAssign, Department: "engineering",
		Involved: []string{"conference", "安保部", "conference", "engineering", " "}})
	if !slices.Equal(c.Involved, []string{"conference", "security"}) {
		t.Fatalf("involved %q: each once, by code, not the responsible one", c.Involved)
	}
	for dept, want := range map[string][]string{"security": {c.Ref}, "conference": {c.Ref},
		"engineering": {c.Ref, other.Ref}, "cleaning": nil} {
		list, err := s.List(ctx, ListFilter{Department: dept, Sort: SortRef})
		if err != nil {
			t.Fatal(err)
		}
		var refs []string
		for _, x := range list {
			refs = append(refs, x.Ref)
		}
		if !slices.Equal(refs, want) {
			t.Errorf("department %s lists %q, want %q", dept, refs, want)
		}
	}
	events, err := s.Events(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(events, func(e Event) bool { return e.Kind == EventAssignment })
	if i < 0 {
		t.Fatal("no assignment on the timeline")
	}
	sum := ReadSummary(events[i])
	if sum.Kind != SummaryAssignment || sum.Department != "engineering" || !slices.Equal(sum.Involved, []string{"conference", "security"}) {
		t.Errorf("assignment summary %q read as %+v", events[i].Summary, sum)
	}
	// Assigned again without naming them, they stay; named empty, they go.
	c = mustAct(t, s, c.Ref, ActParams{Action: ActAssign, Department: "conference"})
	if !slices.Equal(c.Involved, []string{"security"}) {
		t.Errorf("reassigned to an involved department: involved %q", c.Involved)
	}
	// A department no longer in use stays involved where it was, and joins no other case.
	if err := s.SaveDepartment(ctx, Department{Code: "security", Name: "安保部"}); err != nil {
		t.Fatal(err)
	}
	mustAct(t, s, c.Ref, ActParams{Action: ActAssign, Department: "conference", Involved: []string{"安保部"}})
	if _, err := s.Act(ctx, other.Ref, ActParams{Action: ActAssign, Department: "engineering", Involved: []string{"安保部"}}); !errors.Is(err, ErrInvalid) {
		t.Errorf("an inactive department involved in another case: %v", err)
	}
	c = mustAct(t, s, c.Ref, ActParams{Action: ActAssign, Department: "conference", Involved: []string{}})
	if len(c.Involved) != 0 {
		t.Errorf("cleared: involved %q", c.Involved)
	}
	trail, err := s.AuditTrail(ctx, AuditFilter{Entity: "complaint", EntityID: &c.ID})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fmt.Sprint(trail), `"involved":["security",""]`) {
		t.Errorf("the trail does not keep the change of departments involved: %v", trail)
	}
	before := snapshot(t, s)
	if _, err := s.Act(ctx, c.Ref, ActParams{Action: ActAssign, Department: "conference", Involved: []string{"nosuch"}}); !errors.Is(err, ErrInvalid) {
		t.Errorf("an unknown department involved: %v", err)
	}
	if snapshot(t, s) != before {
		t.Error("a refused assignment changed the database")
	}
}

// A backup is written once a day into the backups folder, and the newest five are kept; each
// opens as the database it copies. Another file there (a backup made by hand) stays.
func TestDailyBackup(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	mustCreate(t, s, newComplaint("王芳", "13812340000", "电梯故障"))
	dir := filepath.Join(t.TempDir(), "backups")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	byHand := filepath.Join(dir, "complaintdesk-20261120-0930.db")
	if err := os.WriteFile(byHand, []byte("kept"), 0o600); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 23, 10, 0, 0, 0, officeTZ)
	for i := 0; i < 8; i++ {
		s.Now = func() time.Time { return day.AddDate(0, 0, i) }
		path, err := s.DailyBackup(ctx, dir)
		if err != nil || filepath.Base(path) != "complaintdesk-"+day.AddDate(0, 0, i).Format("20060102")+".db" {
			t.Fatalf("day %d: %q %v", i, path, err)
		}
		if again, err := s.DailyBackup(ctx, dir); err != nil || again != "" {
			t.Fatalf("day %d, again: %q %v", i, again, err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.db"))
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	want := []string{"complaintdesk-20261120-0930.db", "complaintdesk-20261126.db", "complaintdesk-20261127.db",
		"complaintdesk-20261128.db", "complaintdesk-20261129.db", "complaintdesk-20261130.db"}
	if !slices.Equal(names, want) {
		t.Errorf("backups %q, want %q", names, want)
	}
	b, err := Open(files[len(files)-1])
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if n, err := b.Count(ctx, ListFilter{}); err != nil || n != 1 {
		t.Errorf("the latest backup holds %d complaints (%v)", n, err)
	}
}

// What a complainant hands in with the complaint is filed with it in one transaction: a file
// that cannot be kept (empty) leaves no complaint behind.
func TestComplaintIsTakenInWithItsEvidence(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	n := newComplaint("王芳", "13812340000", "来信投诉漏水")
	n.Channel = ChannelLetter
	scan := []byte("%PDF-1.4\n来信扫描\n%%EOF\n")
	n.Evidence = []NewEvidence{{Filename: `C:\扫描\来信.pdf`, Data: scan}, {Filename: "现场.jpg", Data: []byte("\xff\xd8\xff\xe0 jpeg")}}
	c := mustCreate(t, s, n)
	files, err := s.Evidence(ctx, c.ID)
	if err != nil || len(files) != 2 {
		t.Fatalf("evidence %+v, %v", files, err)
	}
	if files[0].Filename != "来信.pdf" || files[0].ContentType != "application/pdf" || files[0].Size != int64(len(scan)) {
		t.Errorf("the letter's scan filed as %+v", files[0])
	}
	events, err := s.Events(ctx, c.ID)
	if err != nil || len(events) != 3 {
		t.Errorf("timeline %+v, %v", events, err)
	}
	before := snapshot(t, s)
	n.Evidence = append(n.Evidence, NewEvidence{Filename: "空文件.png"})
	if _, err := s.CreateComplaint(ctx, n); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "空文件.png") {
		t.Errorf("an empty file: %v", err)
	}
	if snapshot(t, s) != before {
		t.Error("a complaint refused for its file changed the database")
	}
}

// A file is read from the disk as evidence by its base name; one missing, or too large to keep
// (refused before it is read), gives a clear error.
func TestEvidenceFile(t *testing.T) {
	dir := t.TempDir()
	scan := filepath.Join(dir, "来信.pdf")
	if err := os.WriteFile(scan, []byte("%PDF-1.4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if e, err := EvidenceFile(scan); err != nil || e.Filename != "来信.pdf" || string(e.Data) != "%PDF-1.4\n" {
		t.Errorf("read %+v, %v", e, err)
	}
	huge := filepath.Join(dir, "录音.wav")
	if err := os.WriteFile(huge, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, MaxEvidence+1); err != nil {
		t.Fatal(err)
	}
	for path, code := range map[string]string{huge: "file_too_large", filepath.Join(dir, "没有.pdf"): "file_unreadable"} {
		_, err := EvidenceFile(path)
		if p, ok := AsProblem(err); !ok || p.Code != code || !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want %s", filepath.Base(path), err, code)
		}
	}
}

// A complaint is read by its reference as written in letters and subjects, or by its number
// alone as clerks say it; a number of no case is not found, and said as typed.
func TestComplaintByItsNumber(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	c := mustCreate(t, s, newComplaint("王芳", "13812345678", "电梯故障"))
	for _, typed := range []string{c.Ref, strings.ToLower(c.Ref), "[" + c.Ref + "]", "【" + c.Ref + "】", "1", "000001", " 2026-000001 ",
		fullWidth(c.Ref), "１"} {
		if got, err := s.Complaint(ctx, typed); err != nil || got.ID != c.ID {
			t.Errorf("%q: %v, %v", typed, got, err)
		}
	}
	// The first complaint of a repeat is named so too, and kept by its reference.
	again := mustCreate(t, s, newComplaint("王芳", "13812345678", "电梯又坏了"))
	if got := mustAct(t, s, again.Ref, ActParams{Action: ActRepeat, RepeatOf: "1"}); got.RepeatOfRef != c.Ref ||
		got.RepeatOf == nil || *got.RepeatOf != c.ID {
		t.Errorf("repeat of %q (%v)", got.RepeatOfRef, got.RepeatOf)
	}
	n := newComplaint("王芳", "13812345678", "电梯第三次坏了")
	n.RepeatOf = "2026-000001"
	if third := mustCreate(t, s, n); third.RepeatOfRef != c.Ref {
		t.Errorf("registered as a repeat of %q", third.RepeatOfRef)
	}
	for _, typed := range []string{"4", "2025-000001", "TS-2026-000004", "电梯"} {
		if _, err := s.Complaint(ctx, typed); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), strings.TrimSpace(typed)) {
			t.Errorf("%q: %v", typed, err)
		}
	}
}

// fullWidth is s as a Chinese input method in full-width mode types it: "ＴＳ－２０２６－０００１２３".
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r <= '~' {
			return r - '!' + '！'
		}
		return r
	}, s)
}

// Two programs opening a new database together (the window and a scheduled complaintctl) both
// open it, and its schema is made once.
func TestOpenTogether(t *testing.T) {
	for i := 0; i < 8; i++ {
		path := filepath.Join(t.TempDir(), "cd.db")
		errs := make(chan error, 2)
		for j := 0; j < 2; j++ {
			go func() {
				s, err := Open(path)
				if err == nil {
					err = s.Close()
				}
				errs <- err
			}()
		}
		for j := 0; j < 2; j++ {
			if err := <-errs; err != nil {
				t.Fatalf("round %d: %v", i, err)
			}
		}
	}
}
