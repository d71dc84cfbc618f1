package ui

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/letters"
)

func reportScreenStore(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	loc := s.Calendar().Location()
	s.Now = func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, loc) }
	for i, day := range []int{16, 18} {
		at := time.Date(2026, 11, day, 10, 0, 0, 0, loc)
		ctx := data.WithTime(data.WithActor(context.Background(), "admin"), at)
		c, err := s.CreateComplaint(ctx, data.NewComplaint{Channel: data.ChannelPhone, ReceivedAt: at, Subject: "电梯故障",
			Complainant: data.Complainant{Name: []string{"张伟", "王芳"}[i]}})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if _, err := s.Act(data.WithTime(ctx, at.Add(time.Hour)), c.Ref, data.ActParams{Action: data.ActAcknowledge}); err != nil {
				t.Fatal(err)
			}
		}
	}
	return s
}

func cardTitle(s *reportsScreen, i int) string { return s.figures.Objects[i].(*widget.Card).Title }

func TestReportsScreen(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("reports")
	store := reportScreenStore(t)
	// Results reach the widgets on the test's goroutine, as fyne.Do brings them to the UI's.
	queue := make(chan func(), 16)
	s, view := newReportsScreen(w, store, store.Now,
		runner{ctx: context.Background(), apply: func(fn func()) { queue <- fn }, pending: new(atomic.Int64)})
	settle := func() { settleQueue(t, queue, s.pending, 10*time.Second) }
	settle()
	w.SetContent(view)
	w.Resize(fyne.NewSize(1100, 700))

	tests := []struct {
		name, period, wantStatus string
		wantReceived             string // "" when no report is shown
		wantKind, wantTabs       int
	}{
		{"opens on the last complete week", "", "2026-W47: 2026-11-16 to 2026-11-22", "2", 0, 9},
		{"a month switches the kind", "2026-11", "2026-11: 2026-11-01 to 2026-11-30", "2", 1, 9},
		{"an empty week says so", "2026-w10", "No complaints were received", "0", 0, 9},
		{"a bad period is explained", "2026-13", "Write a week like 2026-W47", "", 0, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.period != "" {
				s.period.SetText(tt.period)
				test.Tap(s.generate)
			}
			settle()
			if !strings.Contains(s.status.Text, tt.wantStatus) {
				t.Errorf("status = %q, want %q in it", s.status.Text, tt.wantStatus)
			}
			if tt.wantReceived == "" {
				return
			}
			if len(s.figures.Objects) != 8 || s.exports[0].Disabled() {
				t.Fatalf("%d figures, export disabled %v", len(s.figures.Objects), s.exports[0].Disabled())
			}
			if got := cardTitle(s, 0); got != tt.wantReceived {
				t.Errorf("received = %q, want %q", got, tt.wantReceived)
			}
			if got := s.kind.SelectedIndex(); got != tt.wantKind {
				t.Errorf("kind = %d, want %d", got, tt.wantKind)
			}
			if got := len(s.tabs.Items); got != tt.wantTabs {
				t.Errorf("%d tabs, want %d", got, tt.wantTabs)
			}
		})
	}
	t.Run("figures of the week", func(t *testing.T) {
		s.period.SetText("2026-W47")
		test.Tap(s.generate)
		settle()
		// One acknowledged on time, one never acknowledged by its passed due time.
		for i, want := range map[int]string{0: "2", 1: "50.0%", 6: "2"} {
			if got := cardTitle(s, i); got != want {
				t.Errorf("figure %d = %q, want %q", i, got, want)
			}
		}
	})
	if dir := os.Getenv("REPORT_PNG_DIR"); dir != "" {
		// For looking at the screen: REPORT_PNG_DIR=/tmp/x go test -run TestReportsScreen ./ui/
		a.Settings().SetTheme(NewTheme())
		f, err := os.Create(filepath.Join(dir, "reports-screen.png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("previous and next", func(t *testing.T) {
		for _, step := range []struct {
			b    *widget.Button
			want string
		}{{s.prev, "2026-W46"}, {s.next, "2026-W47"}, {s.next, "2026-W48"}} {
			test.Tap(step.b)
			settle()
			if s.period.Text != step.want || !strings.HasPrefix(s.status.Text, step.want+":") {
				t.Errorf("period %q, status %q; want %s", s.period.Text, s.status.Text, step.want)
			}
		}
	})
}

// Last month's summary (due by the 5th, seed 004 §4.7 b) is reminded of on the dashboard until
// it has been exported, in red once late; the reminder opens it, and exporting it ends the
// reminder.
func TestMonthlySummaryIsRemindedUntilExported(t *testing.T) {
	f := newFixture(t)
	f.complaint("张伟", "13000000001", "停车场收费过高", 800) // received in October
	db := f.desk.dash
	f.now = time.Date(2026, 11, 3, 9, 0, 0, 0, f.store.Calendar().Location())
	f.desk.show("dashboard")
	f.settle()
	if !db.summaryBox.Visible() || db.summary.Importance != widget.WarningImportance ||
		db.summary.Text != "2026-10 的投诉汇总应于 2026-11-05 前报送管理者代表：请打开月度汇总并导出。" {
		t.Fatalf("on 3 November: shown %v, %q (%v)", db.summaryBox.Visible(), db.summary.Text, db.summary.Importance)
	}
	f.now = time.Date(2026, 11, 23, 10, 0, 0, 0, f.store.Calendar().Location())
	f.desk.show("dashboard")
	f.settle()
	if db.summary.Importance != widget.DangerImportance || !strings.Contains(db.summary.Text, "至今尚未导出") {
		t.Fatalf("on 23 November: %q (%v)", db.summary.Text, db.summary.Importance)
	}
	test.Tap(findButtonIn(t, db.summaryBox, "打开月度汇总"))
	f.settle()
	s := f.desk.reports
	if f.desk.current != "reports" || s.period.Text != "2026-10" || s.selectedKind() != data.PeriodMonth {
		t.Fatalf("the reminder opened %q at %q", f.desk.current, s.period.Text)
	}
	path := filepath.Join(t.TempDir(), "投诉月度汇总-2026-10.pdf")
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	s.exportTo(w, s.report, ".pdf", letters.RenderReport)
	f.settle()
	if b, err := os.ReadFile(path); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("the summary was not written: %v", err)
	}
	f.desk.show("dashboard")
	f.settle()
	if db.summaryBox.Visible() {
		t.Errorf("exported, the summary is still reminded of: %q", db.summary.Text)
	}
	// A new office, with no complaint before this month, has no summary to hand on.
	g := newFixture(t)
	g.complaint("李雷", "13000000002", "电梯故障", 2)
	g.desk.show("dashboard")
	g.settle()
	if g.desk.dash.summaryBox.Visible() {
		t.Errorf("a new office is reminded of %q", g.desk.dash.summary.Text)
	}
}
