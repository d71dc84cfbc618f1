package letters

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"complaintdesk/data"
)

// RenderReportXLSX writes the report as an Excel workbook: a summary sheet with the key figures
// and bar charts by category and by department, then one sheet per breakdown and per list.
func RenderReportXLSX(r *data.Report, opt ReportOptions) ([]byte, error) {
	d := newReportDoc(r, opt)
	x := excelize.NewFile()
	defer x.Close()
	w := &reportXLSX{reportDoc: d, x: x, used: map[string]bool{}}
	if err := w.styles(); err != nil {
		return nil, fmt.Errorf("letters: report workbook: %w", err)
	}
	summary := w.sheetName(d.tr("sheet.summary"))
	if err := x.SetSheetName("Sheet1", summary); err != nil {
		return nil, fmt.Errorf("letters: report workbook: %w", err)
	}
	if err := w.summary(summary); err != nil {
		return nil, fmt.Errorf("letters: report workbook: %w", err)
	}
	tables := d.tables()
	sheets := make([]string, len(tables)) // tables[0] is by category, tables[1] by department
	for i, t := range tables {
		name, err := w.table(t)
		if err != nil {
			return nil, fmt.Errorf("letters: report workbook: %s: %w", t.title, err)
		}
		sheets[i] = name
	}
	if !r.Empty() {
		charts := []struct {
			title, sheet, cell string
			rows               int
		}{
			{d.tr("chart.category"), sheets[0], "E2", len(r.ByCategory)},
			{d.tr("chart.department"), sheets[1], "E22", len(r.ByDepartment)},
		}
		for _, c := range charts {
			if err := w.chart(summary, c.cell, c.title, c.sheet, c.rows); err != nil {
				return nil, fmt.Errorf("letters: report workbook: chart %s: %w", c.title, err)
			}
		}
	}
	x.SetActiveSheet(0)
	if err := x.SetDocProps(&excelize.DocProperties{Title: d.title() + " " + r.Period.Label, Creator: r.Office.Name,
		Created: r.GeneratedAt.UTC().Format(time.RFC3339), Modified: r.GeneratedAt.UTC().Format(time.RFC3339)}); err != nil {
		return nil, fmt.Errorf("letters: report workbook: %w", err)
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		return nil, fmt.Errorf("letters: report workbook: %w", err)
	}
	return buf.Bytes(), nil
}

type reportXLSX struct {
	*reportDoc
	x          *excelize.File
	used       map[string]bool
	style      map[colKind]int
	head       int
	titleStyle int
}

func (w *reportXLSX) styles() error {
	w.style = map[colKind]int{}
	for kind, fmtCode := range map[colKind]string{colPct: "0.0%", colHours: "0.0", colRating: "0.00", colTime: "yyyy-mm-dd hh:mm", colInt: "0"} {
		code := fmtCode
		id, err := w.x.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			return err
		}
		w.style[kind] = id
	}
	var err error
	if w.head, err = w.x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE6F1"}}}); err != nil {
		return err
	}
	w.titleStyle, err = w.x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	return err
}

// sheetName makes a valid, unused sheet name: at most 31 characters, none of []:*?/\.
func (w *reportXLSX) sheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '_'
		}
		return r
	}, s)
	base := s
	if utf8.RuneCountInString(base) > 28 {
		base = string([]rune(base)[:28])
	}
	name := base
	for i := 2; w.used[strings.ToLower(name)]; i++ {
		name = fmt.Sprintf("%s %d", base, i)
	}
	w.used[strings.ToLower(name)] = true
	return name
}

// value is v as the workbook stores it: numbers as numbers, percentages as fractions, times as
// the office's wall-clock time.
func (w *reportXLSX) value(kind colKind, v any) any {
	switch x := v.(type) {
	case nil:
		return w.tr("na")
	case time.Time:
		t := x.In(w.loc)
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	case float64:
		if kind == colPct {
			return x / 100
		}
	}
	return v
}

func (w *reportXLSX) set(sheet string, col, row int, kind colKind, v any) error {
	cell, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	if err := w.x.SetCellValue(sheet, cell, w.value(kind, v)); err != nil {
		return err
	}
	if id, ok := w.style[kind]; ok && v != nil {
		return w.x.SetCellStyle(sheet, cell, cell, id)
	}
	return nil
}

func (w *reportXLSX) summary(sheet string) error {
	r := w.r
	lines := []string{strings.TrimSpace(r.Office.Name + " " + w.title()), w.periodLine(), w.asOfLine()}
	if by := r.Period.SubmitBy(); !by.IsZero() {
		lines = append(lines, w.trf("submit", by.In(w.loc).Format(time.DateOnly)))
	}
	if r.Empty() {
		lines = append(lines, w.tr("empty"))
	}
	for i, l := range lines {
		if err := w.set(sheet, 1, i+1, colText, l); err != nil {
			return err
		}
	}
	if err := w.x.SetCellStyle(sheet, "A1", "A1", w.titleStyle); err != nil {
		return err
	}
	row := len(lines) + 2
	for i, h := range []string{w.tr("col.figure"), w.tr("col.value"), w.tr("col.note")} {
		if err := w.set(sheet, i+1, row, colText, h); err != nil {
			return err
		}
	}
	if err := w.x.SetCellStyle(sheet, fmt.Sprintf("A%d", row), fmt.Sprintf("C%d", row), w.head); err != nil {
		return err
	}
	for _, f := range w.figures() {
		row++
		for i, v := range []struct {
			kind colKind
			v    any
		}{{colText, f.label}, {f.kind, f.num}, {colText, f.sub}} {
			if err := w.set(sheet, i+1, row, v.kind, v.v); err != nil {
				return err
			}
		}
	}
	if err := w.x.SetColWidth(sheet, "A", "A", 22); err != nil {
		return err
	}
	if err := w.x.SetColWidth(sheet, "B", "B", 12); err != nil {
		return err
	}
	return w.x.SetColWidth(sheet, "C", "C", 40)
}

// table writes t on a sheet of its own: header in row 1, values from row 2.
func (w *reportXLSX) table(t reportTable) (string, error) {
	name := w.sheetName(t.sheet)
	if _, err := w.x.NewSheet(name); err != nil {
		return "", err
	}
	for i, c := range t.cols {
		if err := w.set(name, i+1, 1, colText, c.title); err != nil {
			return "", err
		}
		col, _ := excelize.ColumnNumberToName(i + 1)
		width := 10.0
		switch c.kind {
		case colText:
			width = 8 + 60*c.width
		case colTime:
			width = 17
		}
		if err := w.x.SetColWidth(name, col, col, width); err != nil {
			return "", err
		}
	}
	last, _ := excelize.ColumnNumberToName(len(t.cols))
	if err := w.x.SetCellStyle(name, "A1", last+"1", w.head); err != nil {
		return "", err
	}
	for r, row := range t.rows {
		vals := make([]any, len(row))
		for c, v := range row {
			vals[c] = w.value(t.cols[c].kind, v)
		}
		if err := w.x.SetSheetRow(name, fmt.Sprintf("A%d", r+2), &vals); err != nil {
			return "", err
		}
	}
	// Number formats go on the columns' value ranges, one call each.
	for i, c := range t.cols {
		id, ok := w.style[c.kind]
		if !ok || len(t.rows) == 0 {
			continue
		}
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := w.x.SetCellStyle(name, col+"2", fmt.Sprintf("%s%d", col, len(t.rows)+1), id); err != nil {
			return "", err
		}
	}
	if t.note != "" {
		if err := w.set(name, 1, len(t.rows)+3, colText, t.note); err != nil {
			return "", err
		}
	}
	if err := w.x.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return "", err
	}
	return name, nil
}

// chart puts a bar chart of the counts (column B) by name (column A) of a breakdown sheet on sheet.
func (w *reportXLSX) chart(sheet, cell, title, from string, rows int) error {
	if rows == 0 {
		return nil
	}
	ref := func(col string) string {
		return fmt.Sprintf("'%s'!$%s$2:$%s$%d", strings.ReplaceAll(from, "'", "''"), col, col, rows+1)
	}
	return w.x.AddChart(sheet, cell, &excelize.Chart{
		Type:      excelize.Bar,
		Series:    []excelize.ChartSeries{{Name: w.tr("col.received"), Categories: ref("A"), Values: ref("B")}},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:    excelize.ChartLegend{Position: "none"},
		Dimension: excelize.ChartDimension{Width: 520, Height: 300},
		YAxis:     excelize.ChartAxis{ReverseOrder: true},
	})
}

// RenderReportCSV writes the report as one CSV file of sections (key figures, then each table
// under its title), UTF-8 with a byte-order mark so that Excel on Chinese Windows reads it.
func RenderReportCSV(r *data.Report, opt ReportOptions) ([]byte, error) {
	d := newReportDoc(r, opt)
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	c := csv.NewWriter(&buf)
	c.UseCRLF = true
	head := [][]string{{strings.TrimSpace(r.Office.Name + " " + d.title())}, {d.periodLine()}, {d.asOfLine()}}
	if r.Empty() {
		head = append(head, []string{d.tr("empty")})
	}
	head = append(head, nil, []string{d.tr("col.figure"), d.tr("col.value"), d.tr("col.note")})
	for _, f := range d.figures() {
		head = append(head, []string{f.label, f.value, f.sub})
	}
	if err := c.WriteAll(head); err != nil {
		return nil, fmt.Errorf("letters: report csv: %w", err)
	}
	for _, t := range d.tables() {
		if r.Empty() && !t.backlog {
			continue
		}
		recs := [][]string{nil, {t.title}}
		var header []string
		for _, col := range t.cols {
			header = append(header, col.title)
		}
		recs = append(recs, header)
		for _, row := range t.rows {
			rec := make([]string, len(row))
			for i, v := range row {
				rec[i] = d.format(t.cols[i].kind, v)
			}
			recs = append(recs, rec)
		}
		if t.note != "" {
			recs = append(recs, []string{t.note})
		}
		if err := c.WriteAll(recs); err != nil {
			return nil, fmt.Errorf("letters: report csv: %w", err)
		}
	}
	return buf.Bytes(), nil
}
