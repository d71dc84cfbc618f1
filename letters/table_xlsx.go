package letters

import (
	"bytes"
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/width"
)

// Table is a list handed over as a workbook, such as the complaints a register filter selects:
// a title line or two (what is listed, and when), a header row, and a row of cells per item.
// Cells are strings, ints or times; a zero time is left empty.
type Table struct {
	Sheet   string
	Title   []string
	Columns []string
	Rows    [][]any
	Loc     *time.Location // times are written as wall-clock time there
}

// maxColumnWidth is the widest a column is made, in characters; longer text stays whole in its
// cell.
const maxColumnWidth = 60

// RenderTableXLSX writes t as an Excel workbook of one sheet: the title, then the header row
// with filters, frozen above the rows. Rows are streamed, so that a register of tens of
// thousands of complaints takes little memory.
func RenderTableXLSX(t Table) ([]byte, error) {
	x := excelize.NewFile()
	defer x.Close()
	sheet := (&reportXLSX{used: map[string]bool{}}).sheetName(t.Sheet)
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		return nil, fmt.Errorf("letters: table workbook: %w", err)
	}
	loc := t.Loc
	if loc == nil {
		loc = time.Local
	}
	code := "yyyy-mm-dd hh:mm"
	timeStyle, err := x.NewStyle(&excelize.Style{CustomNumFmt: &code})
	if err != nil {
		return nil, fmt.Errorf("letters: table workbook: %w", err)
	}
	head, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE6F1"}}})
	if err != nil {
		return nil, fmt.Errorf("letters: table workbook: %w", err)
	}
	titleStyle, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 13}})
	if err != nil {
		return nil, fmt.Errorf("letters: table workbook: %w", err)
	}
	sw, err := x.NewStreamWriter(sheet)
	if err != nil {
		return nil, fmt.Errorf("letters: table workbook: %w", err)
	}
	// Column widths go before the rows in a streamed sheet: they are measured first.
	widths := make([]int, len(t.Columns))
	measure := func(col int, s string) {
		if w := TextWidth(s) + 2; w > widths[col] {
			widths[col] = min(w, maxColumnWidth)
		}
	}
	for i, c := range t.Columns {
		measure(i, c)
	}
	for _, row := range t.Rows {
		for i, v := range row {
			if i >= len(widths) {
				break
			}
			switch v := v.(type) {
			case string:
				measure(i, v)
			case time.Time:
				measure(i, "2026-11-23 14:30")
			default:
				measure(i, fmt.Sprint(v))
			}
		}
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, float64(w)); err != nil {
			return nil, fmt.Errorf("letters: table workbook: %w", err)
		}
	}
	headRow := 1
	if len(t.Title) > 0 {
		headRow = len(t.Title) + 2
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headRow, TopLeftCell: fmt.Sprintf("A%d", headRow+1),
		ActivePane: "bottomLeft"}); err != nil {
		return nil, fmt.Errorf("letters: table workbook: %w", err)
	}
	r := 1
	for i, line := range t.Title {
		cell := excelize.Cell{Value: line}
		if i == 0 {
			cell.StyleID = titleStyle
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", r), []any{cell}); err != nil {
			return nil, fmt.Errorf("letters: table workbook: %w", err)
		}
		r++
	}
	r = headRow
	cells := make([]any, len(t.Columns))
	for i, c := range t.Columns {
		cells[i] = excelize.Cell{Value: c, StyleID: head}
	}
	if err := sw.SetRow(fmt.Sprintf("A%d", r), cells); err != nil {
		return nil, fmt.Errorf("letters: table workbook: %w", err)
	}
	for _, row := range t.Rows {
		r++
		cells := make([]any, len(row))
		for i, v := range row {
			switch v := v.(type) {
			case time.Time:
				if v.IsZero() {
					cells[i] = nil
					continue
				}
				w := v.In(loc)
				cells[i] = excelize.Cell{Value: time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, time.UTC),
					StyleID: timeStyle}
			default:
				cells[i] = v
			}
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", r), cells); err != nil {
			return nil, fmt.Errorf("letters: table workbook: %w", err)
		}
	}
	if err := sw.Flush(); err != nil {
		return nil, fmt.Errorf("letters: table workbook: %w", err)
	}
	if len(t.Columns) > 0 {
		last, _ := excelize.CoordinatesToCellName(len(t.Columns), r)
		if err := x.AutoFilter(sheet, fmt.Sprintf("A%d:%s", headRow, last), nil); err != nil {
			return nil, fmt.Errorf("letters: table workbook: %w", err)
		}
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		return nil, fmt.Errorf("letters: table workbook: %w", err)
	}
	return buf.Bytes(), nil
}

// TextWidth is how many Latin characters wide s is set in a fixed-width grid (a console, a
// spreadsheet column): Chinese characters take two.
func TextWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
