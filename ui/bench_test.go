package ui

import (
	"context"
	"os"
	"testing"

	"complaintdesk/data"
)

// BenchmarkRegisterPage times what the register waits for when a filter or search changes:
// the count and one page of 100 rows. It needs a large database, e.g. one made with
// `complaintctl --db big.db demo --complaints 100000`, named by COMPLAINTDESK_BENCH_DB.
func BenchmarkRegisterPage(b *testing.B) {
	path := os.Getenv("COMPLAINTDESK_BENCH_DB")
	if path == "" {
		b.Skip("COMPLAINTDESK_BENCH_DB names no database")
	}
	s, err := data.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	filters := []struct {
		name string
		f    data.ListFilter
	}{
		{"newest first", data.ListFilter{}},
		{"open only", data.ListFilter{OpenOnly: true}},
		{"overdue by due time", data.ListFilter{OpenOnly: true, Overdue: true, Sort: data.SortNextDue}},
		{"level 2", data.ListFilter{Level: 2}},
		{"department", data.ListFilter{Department: "engineering"}},
		{"status registered", data.ListFilter{Statuses: []data.Status{data.StatusRegistered}}},
		{"search 4 characters", data.ListFilter{Query: "电梯故障"}},
		{"search 2 characters", data.ListFilter{Query: "电梯"}},
		{"search a name", data.ListFilter{Query: "王芳"}},
		{"search phone digits", data.ListFilter{Query: "1380"}},
		{"sorted by next due", data.ListFilter{Sort: data.SortNextDue}},
		{"page 500", data.ListFilter{Offset: 500 * registerPage}},
	}
	for _, tt := range filters {
		b.Run(tt.name, func(b *testing.B) {
			f := tt.f
			f.Limit = registerPage
			for i := 0; i < b.N; i++ {
				if _, err := s.Count(ctx, f); err != nil {
					b.Fatal(err)
				}
				if _, err := s.List(ctx, f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
