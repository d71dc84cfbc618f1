package ui

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
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
