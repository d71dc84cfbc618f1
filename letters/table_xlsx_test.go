package letters

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func TestTableWorkbook(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	received := time.Date(2026, 11, 23, 1, 30, 0, 0, time.UTC) // 09:30 in the office
	b, err := RenderTableXLSX(Table{
		Sheet:   "投诉登记簿",
		Title:   []string{"锦华物业 投诉登记簿", "筛选：已逾期 · 导出于 2026-11-23 10:00"},
		Columns: []string{"编号", "受理时间", "投诉人", "等级", "结案时间"},
		Rows: [][]any{
			{"TS-2026-000001", received, "王芳", 2, time.Time{}},
			{"TS-2026-000002", received.Add(time.Hour), "一个很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的名字", 0, received},
		},
		Loc: loc,
	})
	if err != nil {
		t.Fatal(err)
	}
	x := openWorkbook(t, b)
	if sheets := x.GetSheetList(); len(sheets) != 1 || sheets[0] != "投诉登记簿" {
		t.Fatalf("sheets %q", sheets)
	}
	rows, err := x.GetRows("投诉登记簿")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 6 || rows[0][0] != "锦华物业 投诉登记簿" || rows[3][0] != "编号" || rows[3][4] != "结案时间" {
		t.Fatalf("rows %q", rows)
	}
	if got := rows[4]; got[0] != "TS-2026-000001" || got[1] != "2026-11-23 09:30" || got[2] != "王芳" || got[3] != "2" || len(got) != 4 {
		t.Errorf("first row %q: the time is the office's, an empty time is an empty cell", got)
	}
	if v, _ := x.GetCellValue("投诉登记簿", "B5", excelize.Options{RawCellValue: true}); v == "" || v[0] < '4' {
		t.Errorf("the time is not a number Excel sorts and filters by: %q", v)
	}
	if w, _ := x.GetColWidth("投诉登记簿", "C"); w != maxColumnWidth {
		t.Errorf("a long name's column is %v wide, want the cap %d", w, maxColumnWidth)
	}
	if w, _ := x.GetColWidth("投诉登记簿", "A"); w < 16 || w > 20 {
		t.Errorf("the reference column is %v wide", w)
	}
	panes, err := x.GetPanes("投诉登记簿")
	if err != nil || !panes.Freeze || panes.YSplit != 4 {
		t.Errorf("header not frozen: %+v %v", panes, err)
	}
	if TextWidth("TS-2026 王芳") != 12 {
		t.Errorf("TextWidth: %d", TextWidth("TS-2026 王芳"))
	}
}

// BenchmarkTableWorkbook writes the register of a large office, 30,000 complaints of 22
// columns, as one workbook.
func BenchmarkTableWorkbook(b *testing.B) {
	at := time.Date(2026, 11, 23, 9, 30, 0, 0, time.UTC)
	t := Table{Sheet: "投诉登记簿", Title: []string{"投诉登记簿"}, Loc: time.UTC}
	for i := 0; i < 22; i++ {
		t.Columns = append(t.Columns, "列")
	}
	for i := 0; i < 30000; i++ {
		row := []any{"TS-2026-000001", at, "电话", "王芳", "锦华花园", "13812345678", "wang@example.cn", "电梯停运两天无人通知",
			"设施设备", 2, "处理中", "工程部", "李强", "王丽", at, at, at, time.Time{}, time.Time{}, 3, at, "是"}
		t.Rows = append(t.Rows, row)
	}
	b.ReportAllocs()
	for b.Loop() {
		out, err := RenderTableXLSX(t)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(out))/1e6, "MB")
	}
}

// openWorkbook reads a workbook written by the package, closed when the test ends.
func openWorkbook(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}
