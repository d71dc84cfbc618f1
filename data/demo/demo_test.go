package demo

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"complaintdesk/data"
)

func openStore(tb testing.TB) *data.Store {
	tb.Helper()
	s, err := data.Open(filepath.Join(tb.TempDir(), "demo.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

var now = time.Date(2026, 11, 23, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))

func TestFillCoversEveryStatusChannelAndLevel(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	sum, err := Fill(ctx, s, Options{Complaints: 600, Seed: 7, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Complaints != 600 {
		t.Fatalf("made %d complaints, want 600", sum.Complaints)
	}
	for _, st := range data.Statuses {
		n, err := s.Count(ctx, data.ListFilter{Statuses: []data.Status{st}})
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("no %s complaints", st)
		}
	}
	for _, ch := range data.Channels {
		if n, _ := s.Count(ctx, data.ListFilter{Channel: ch}); n == 0 {
			t.Errorf("no %s complaints", ch)
		}
	}
	for level := 1; level <= 3; level++ {
		if n, _ := s.Count(ctx, data.ListFilter{Level: level}); n == 0 {
			t.Errorf("no level %d complaints", level)
		}
	}
	cs, err := s.List(ctx, data.ListFilter{Statuses: []data.Status{data.StatusClosed}, Limit: 1})
	if err != nil || len(cs) == 0 {
		t.Fatal(err)
	}
	events, err := s.Events(ctx, cs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) < 6 {
		t.Errorf("a closed demo case has %d timeline events, want a full timeline", len(events))
	}
	if ps, err := s.Problems(ctx); err != nil || len(ps) > 0 {
		t.Errorf("integrity: %v %v", ps, err)
	}
	latest, _ := s.List(ctx, data.ListFilter{Limit: 1})
	if latest[0].ReceivedAt.After(now) {
		t.Errorf("a complaint received in the future: %v", latest[0].ReceivedAt)
	}
}

func TestFillIsDeterministic(t *testing.T) {
	ctx := context.Background()
	subjects := func() []string {
		s := openStore(t)
		if _, err := Fill(ctx, s, Options{Complaints: 50, Seed: 3, Now: now}); err != nil {
			t.Fatal(err)
		}
		cs, _ := s.List(ctx, data.ListFilter{Sort: data.SortRef, Limit: 50})
		var out []string
		for _, c := range cs {
			out = append(out, c.Ref+c.Subject+c.Complainant.Name+string(c.Status))
		}
		return out
	}
	a, b := subjects(), subjects()
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("seed 3 made different cases: %q vs %q", a[i], b[i])
		}
	}
}

func BenchmarkFill1000(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := openStore(b)
		if _, err := Fill(context.Background(), s, Options{Complaints: 1000, Seed: uint64(i), Now: now}); err != nil {
			b.Fatal(err)
		}
	}
}
