package data_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"complaintdesk/data"
	"complaintdesk/data/demo"
)

// The 100,000-complaint database is made once per machine and kept in the temp folder, since
// filling it takes about a minute; delete the file to rebuild it.
const benchSize = 100000

var (
	benchOnce  sync.Once
	benchStore *data.Store
	benchErr   error
)

func bigStore(b *testing.B) *data.Store {
	b.Helper()
	benchOnce.Do(func() {
		path := filepath.Join(os.TempDir(), fmt.Sprintf("complaintdesk-bench-%d-v4.db", benchSize))
		if _, err := os.Stat(path); err != nil {
			// Filled under another name and renamed when complete, so an interrupted fill is
			// never taken for a whole one.
			part := path + ".filling"
			os.Remove(part)
			s, err := data.Open(part)
			if err != nil {
				benchErr = err
				return
			}
			start := time.Now()
			_, benchErr = demo.Fill(context.Background(), s, demo.Options{Complaints: benchSize, Seed: 1})
			fmt.Printf("demo fill of %d complaints: %.1fs\n", benchSize, time.Since(start).Seconds())
			if err := s.Backup(context.Background(), path); benchErr == nil {
				benchErr = err
			}
			s.Close()
			os.Remove(part)
			if benchErr != nil {
				return
			}
		}
		benchStore, benchErr = data.Open(path)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchStore
}

func BenchmarkInsert(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, err := s.CreateComplaint(ctx, data.NewComplaint{Channel: data.ChannelPhone,
			Complainant: data.Complainant{Name: "基准测试", Phone: fmt.Sprintf("139%08d", i)},
			Subject:     "基准测试投诉", Description: "电梯停运，困人十分钟。"})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "complaints/s")
}

func BenchmarkListPage(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	filters := map[string]data.ListFilter{
		"newest":         {Limit: 50},
		"open by due":    {OpenOnly: true, Sort: data.SortNextDue, Limit: 50},
		"overdue":        {Overdue: true, Limit: 50},
		"level 3 fees":   {Level: 3, Category: "fees", Limit: 50},
		"department p20": {Department: "engineering", Limit: 50, Offset: 1000},
	}
	for name, f := range filters {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.List(ctx, f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	for _, q := range []string{"电梯频繁", "停车费", "扣款", "漏水", "梯", "301", "2026-000301", "13900001111"} {
		b.Run(q, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.List(ctx, data.ListFilter{Query: q, Limit: 50}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCount(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	for name, f := range map[string]data.ListFilter{"all": {}, "open": {OpenOnly: true}, "search 3": {Query: "电梯频繁"},
		"search 2": {Query: "扣款"}} {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Count(ctx, f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
