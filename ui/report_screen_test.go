package ui

import (
	"context"
	"path/filepath"
	"strings"
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

// waitFor polls until cond holds: the report is read on a goroutine.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestReportsScreen(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("reports")
	store := reportScreenStore(t)
	s, view := newReportsScreen(w, store, store.Now)
	w.SetContent(view)
	w.Resize(fyne.NewSize(1100, 700))

	statusHas := func(sub string) func() bool {
		return func() bool {
			var text string
			var busy bool
			fyne.DoAndWait(func() { text, busy = s.status.Text, s.progress.Visible() })
			return !busy && strings.Contains(text, sub)
		}
	}
	tests := []struct {
		name, period, wantStatus, wantReceived string
		wantKind                               int
		wantTabs                               int
	}{
		{"opens on the last complete week", "", "2026-W47", "2", 0, 9},
		{"a month switches the kind", "2026-11", "2026-11", "2", 1, 9},
		{"an empty week says so", "2026-W10", "No complaints were received", "0", 0, 9},
		{"a bad period is explained", "2026-13", "Write a week like 2026-W47", "", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.period != "" {
				fyne.DoAndWait(func() {
					s.period.SetText(tt.period)
					test.Tap(s.generate)
				})
			}
			waitFor(t, tt.wantStatus, statusHas(tt.wantStatus))
			if tt.wantKind < 0 {
				return
			}
			waitFor(t, "the figures", func() bool {
				var ok bool
				fyne.DoAndWait(func() { ok = len(s.figures.Objects) == 8 && s.exports[0].Disabled() == false })
				return ok
			})
			fyne.DoAndWait(func() {
				if got := s.figures.Objects[0].(*widget.Card).Title; got != tt.wantReceived {
					t.Errorf("received card = %q, want %q", got, tt.wantReceived)
				}
				if got := s.kind.SelectedIndex(); got != tt.wantKind {
					t.Errorf("kind = %d, want %d", got, tt.wantKind)
				}
				if got := len(s.tabs.Items); got != tt.wantTabs {
					t.Errorf("%d tabs, want %d", got, tt.wantTabs)
				}
			})
		})
	}
	t.Run("figures of the week", func(t *testing.T) {
		fyne.DoAndWait(func() {
			s.period.SetText("2026-W47")
			test.Tap(s.generate)
		})
		waitFor(t, "week 47", statusHas("2026-W47"))
		waitFor(t, "the figures", func() bool {
			var ok bool
			fyne.DoAndWait(func() { ok = len(s.figures.Objects) == 8 && !s.exports[0].Disabled() })
			return ok
		})
		fyne.DoAndWait(func() {
			// One acknowledged on time, one never acknowledged by its passed due time.
			if got := s.figures.Objects[1].(*widget.Card).Title; got != "50.0%" {
				t.Errorf("acknowledged on time = %q, want 50.0%%", got)
			}
			if got := s.figures.Objects[6].(*widget.Card).Title; got != "2" {
				t.Errorf("open at period end = %q, want 2", got)
			}
		})
	})
	t.Run("previous and next", func(t *testing.T) {
		fyne.DoAndWait(func() { test.Tap(s.prev) })
		waitFor(t, "week 46", statusHas("2026-W46"))
		fyne.DoAndWait(func() { test.Tap(s.next); test.Tap(s.next) })
		waitFor(t, "week 48", statusHas("2026-W48"))
	})
}
