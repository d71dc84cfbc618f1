package letters

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"complaintdesk/data"
)

// ReportOptions control how a report is printed.
type ReportOptions struct {
	Lang string // zh-Hans (default), zh-Hant or en
}

// reportDoc is a report with the words of one language: what the PDF, the workbook and the
// CSV are all made from.
type reportDoc struct {
	r    *data.Report
	lang string
	text map[string]string
	loc  *time.Location
}

func newReportDoc(r *data.Report, opt ReportOptions) *reportDoc {
	lang := normLang(opt.Lang)
	text, ok := reportTexts[lang]
	if !ok {
		lang, text = "zh-Hans", reportTexts["zh-Hans"]
	}
	loc := r.Location
	if loc == nil {
		loc = r.Period.From.Location()
	}
	return &reportDoc{r: r, lang: lang, text: text, loc: loc}
}

func (d *reportDoc) tr(key string) string {
	if s, ok := d.text[key]; ok {
		return s
	}
	return key
}

func (d *reportDoc) trf(key string, a ...any) string { return fmt.Sprintf(d.tr(key), a...) }

func (d *reportDoc) title() string {
	switch d.r.Period.Kind {
	case data.PeriodWeek:
		return d.tr("title.week")
	case data.PeriodMonth:
		return d.tr("title.month")
	}
	return d.tr("title.other")
}

func (d *reportDoc) periodLine() string {
	p := d.r.Period
	first, last := p.From.In(d.loc), p.To.In(d.loc).AddDate(0, 0, -1)
	a, b := first.Format(time.DateOnly), last.Format(time.DateOnly)
	switch p.Kind {
	case data.PeriodWeek:
		y, w := first.ISOWeek()
		return d.trf("period.week", y, w, a, b)
	case data.PeriodMonth:
		return d.trf("period.month", first.Year(), int(first.Month()), a, b)
	}
	return d.trf("period.other", a, b)
}

func (d *reportDoc) asOfLine() string {
	return d.trf("asof", d.when(d.r.AsOf), d.when(d.r.GeneratedAt))
}

func (d *reportDoc) when(t time.Time) string { return t.In(d.loc).Format("2006-01-02 15:04") }

// groupName names a breakdown row, translating codes the store leaves to the window.
func (d *reportDoc) groupName(dim string, g data.ReportGroup) string {
	switch dim {
	case "channel":
		return d.tr("channel." + g.Key)
	case "level":
		return d.tr("level." + g.Key)
	case "status":
		return d.tr("status." + g.Key)
	}
	if g.Key == "" {
		return d.tr(map[string]string{"category": "unassessed", "department": "unassigned", "handler": "nohandler"}[dim])
	}
	return fallbackName(g.Name, g.Key)
}

func fallbackName(name, key string) string {
	if name == "" {
		return key
	}
	return name
}

// colKind says how a column's values are written.
type colKind int

const (
	colText   colKind = iota
	colInt            // int
	colPct            // float64 percent, nil when nothing to judge
	colHours          // float64 working hours, nil when none
	colRating         // float64 average rating 1..5, nil when none
	colTime           // time.Time, nil when unset
)

type reportColumn struct {
	title string
	kind  colKind
	width float64 // share of the printed line
}

type reportTable struct {
	sheet   string // short name for a workbook sheet
	title   string
	note    string
	cols    []reportColumn
	rows    [][]any
	backlog bool // about the register at the period's end rather than the period's complaints
	// wrapLast prints the last column over as many lines as it needs, broken at spaces.
	wrapLast bool
}

func pct(r data.ReportRate) any {
	if p, ok := r.Percent(); ok {
		return p
	}
	return nil
}

func share(n, total int) any {
	if total == 0 {
		return nil
	}
	return 100 * float64(n) / float64(total)
}

func hours(resolved int, avg time.Duration) any {
	if resolved == 0 {
		return nil
	}
	return avg.Hours()
}

func rating(rated int, avg float64) any {
	if rated == 0 {
		return nil
	}
	return avg
}

func timePtr(t *time.Time) any {
	if t == nil {
		return nil
	}
	return *t
}

// format writes one value as text.
func (d *reportDoc) format(kind colKind, v any) string {
	if v == nil {
		return d.tr("na")
	}
	switch kind {
	case colInt:
		return strconv.Itoa(v.(int))
	case colPct:
		return fmt.Sprintf("%.1f%%", v.(float64))
	case colHours:
		return fmt.Sprintf("%.1f", v.(float64))
	case colRating:
		return fmt.Sprintf("%.2f", v.(float64))
	case colTime:
		return d.when(v.(time.Time))
	}
	return fmt.Sprint(v)
}

func (d *reportDoc) breakdown(dim, sheetKey string, groups []data.ReportGroup) reportTable {
	t := reportTable{sheet: d.tr(sheetKey), title: d.tr(sheetKey), cols: []reportColumn{
		{d.tr("col.name"), colText, 0.25}, {d.tr("col.received"), colInt, 0.08}, {d.tr("col.share"), colPct, 0.09},
		{d.tr("col.closed"), colInt, 0.08}, {d.tr("col.invalid"), colInt, 0.08}, {d.tr("col.ack"), colPct, 0.12},
		{d.tr("col.solve"), colPct, 0.12}, {d.tr("col.hours"), colHours, 0.10}, {d.tr("col.rating"), colRating, 0.08}}}
	for _, g := range groups {
		t.rows = append(t.rows, []any{d.groupName(dim, g), g.Received, share(g.Received, d.r.Received), g.Closed, g.Invalid,
			pct(g.Ack), pct(g.Solve), hours(g.Resolved, g.AvgWorking), rating(g.Rated, g.AvgRating)})
	}
	return t
}

func (d *reportDoc) caseTable(sheet, title string, cases []data.ReportCase, total int) reportTable {
	t := reportTable{sheet: sheet, title: title, cols: []reportColumn{
		{d.tr("col.ref"), colText, 0.15}, {d.tr("col.time"), colTime, 0.15}, {d.tr("col.complainant"), colText, 0.16},
		{d.tr("col.category"), colText, 0.15}, {d.tr("col.level"), colText, 0.07}, {d.tr("col.status"), colText, 0.10},
		{d.tr("col.handler"), colText, 0.10}, {d.tr("col.department"), colText, 0.12}}}
	if total > len(cases) {
		t.note = d.trf("list.cut", len(cases), total)
	}
	for _, c := range cases {
		t.rows = append(t.rows, []any{c.Ref, c.ReceivedAt, c.Complainant, d.groupName("category", data.ReportGroup{Key: c.Category, Name: c.CategoryName}),
			d.tr("short." + strconv.Itoa(c.Level)), d.tr("status." + string(c.Status)),
			d.groupName("handler", data.ReportGroup{Key: c.Handler, Name: c.HandlerName}),
			d.groupName("department", data.ReportGroup{Key: c.Department, Name: c.DepartmentName})})
	}
	return t
}

// tables are the report's tables in printing order.
func (d *reportDoc) tables() []reportTable {
	r := d.r
	out := []reportTable{
		d.breakdown("category", "sec.category", r.ByCategory),
		d.breakdown("department", "sec.department", r.ByDepartment),
		d.breakdown("channel", "sec.channel", r.ByChannel),
		d.breakdown("level", "sec.level", r.ByLevel),
		d.breakdown("handler", "sec.handler", r.ByHandler),
		d.breakdown("status", "sec.status", r.ByStatus),
	}
	late := reportTable{sheet: d.tr("sheet.late"), title: d.tr("sec.late"), cols: []reportColumn{
		{d.tr("col.clerk"), colText, 0.2}, {d.tr("col.count"), colInt, 0.1}, {d.tr("col.refs"), colText, 0.7}}, wrapLast: true}
	for _, l := range r.LateAcks {
		late.rows = append(late.rows, []any{fallbackName(l.Name, l.User), l.Count, strings.Join(l.Refs, " ")})
	}
	causes := reportTable{sheet: d.tr("sheet.causes"), title: d.tr("sec.causes"), cols: []reportColumn{
		{d.tr("col.cause"), colText, 0.85}, {d.tr("col.count"), colInt, 0.15}}}
	for _, c := range r.RecurringCauses {
		causes.rows = append(causes.rows, []any{c.Name, c.Count})
	}
	repeatCat := reportTable{sheet: d.tr("sec.repeatcat"), title: d.tr("sec.repeatcat"), cols: []reportColumn{
		{d.tr("col.category"), colText, 0.85}, {d.tr("col.count"), colInt, 0.15}}}
	for _, c := range r.RepeatsByCategory {
		repeatCat.rows = append(repeatCat.rows, []any{d.groupName("category", data.ReportGroup{Key: c.Key, Name: c.Name}), c.Count})
	}
	people := reportTable{sheet: d.tr("sec.people"), title: d.tr("sec.people"), cols: []reportColumn{
		{d.tr("col.complainant"), colText, 0.85}, {d.tr("col.count"), colInt, 0.15}}}
	for _, c := range r.RepeatComplainants {
		people.rows = append(people.rows, []any{c.Name, c.Count})
	}
	repeated := reportTable{sheet: d.tr("sec.repeated"), title: d.tr("sec.repeated"), cols: []reportColumn{
		{d.tr("col.ref"), colText, 0.16}, {d.tr("col.repeatof"), colText, 0.16}, {d.tr("col.time"), colTime, 0.16},
		{d.tr("col.complainant"), colText, 0.18}, {d.tr("col.category"), colText, 0.16}, {d.tr("col.status"), colText, 0.18}}}
	for _, c := range r.Repeated {
		repeated.rows = append(repeated.rows, []any{c.Ref, c.RepeatOfRef, c.ReceivedAt, c.Complainant,
			d.groupName("category", data.ReportGroup{Key: c.Category, Name: c.CategoryName}), d.tr("status." + string(c.Status))})
	}
	overdue := reportTable{sheet: d.tr("sheet.overdue"), title: d.tr("sec.overdue"), backlog: true, cols: []reportColumn{
		{d.tr("col.ref"), colText, 0.15}, {d.tr("col.time"), colTime, 0.15}, {d.tr("col.complainant"), colText, 0.14},
		{d.tr("col.dueack"), colTime, 0.15}, {d.tr("col.dueresolve"), colTime, 0.15}, {d.tr("col.status"), colText, 0.1},
		{d.tr("col.handler"), colText, 0.16}}}
	if r.OverdueAtEnd > len(r.Overdue) {
		overdue.note = d.trf("list.cut", len(r.Overdue), r.OverdueAtEnd)
	}
	for _, c := range r.Overdue {
		overdue.rows = append(overdue.rows, []any{c.Ref, c.ReceivedAt, c.Complainant, timePtr(c.DueAck), timePtr(c.DueResolve),
			d.tr("status." + string(c.Status)), d.groupName("handler", data.ReportGroup{Key: c.Handler, Name: c.HandlerName})})
	}
	out = append(out, late, causes, repeatCat, people, repeated,
		d.caseTable(d.tr("sheet.meeting"), d.tr("sec.meeting"), r.Meeting, len(r.Meeting)),
		overdue,
		d.caseTable(d.tr("sheet.cases"), d.tr("sec.cases"), r.Cases, len(r.Cases)))
	return out
}

// figure is one of the key figures at the top of the report: its value as a number of kind
// (for the workbook) and as text.
type figure struct {
	label, value, sub string
	num               any
	kind              colKind
}

func (d *reportDoc) figures() []figure {
	r := d.r
	change := d.tr("change.same")
	switch diff := r.Received - r.PreviousReceived; {
	case diff > 0:
		change = d.trf("change.up", diff)
	case diff < 0:
		change = d.trf("change.down", -diff)
	}
	count := func(label string, n int, sub string) figure {
		return figure{label: label, value: strconv.Itoa(n), sub: sub, num: n, kind: colInt}
	}
	rate := func(label string, rt data.ReportRate) figure {
		v := pct(rt)
		return figure{label: label, value: d.format(colPct, v), sub: d.trf("rate.sub", rt.OnTime, rt.Judged(), rt.Pending), num: v, kind: colPct}
	}
	handling := figure{label: d.tr("handling"), value: d.tr("na"), sub: d.trf("handling.sub", r.AvgDays, r.Resolved),
		num: hours(r.Resolved, r.AvgWorking), kind: colHours}
	if r.Resolved > 0 {
		handling.value = d.trf("handling.value", r.AvgWorking.Hours())
	}
	avg := rating(r.Rated, r.AvgRating)
	return []figure{
		count(d.tr("received"), r.Received, d.trf("previous", r.PreviousReceived, change)),
		{label: d.tr("validity"), value: fmt.Sprintf("%d / %d", r.Valid, r.Invalid), num: fmt.Sprintf("%d / %d", r.Valid, r.Invalid), kind: colText},
		count(d.tr("closed"), r.Closed, ""),
		count(d.tr("repeats"), r.Repeats, d.tr("repeats.sub")),
		rate(d.tr("ack"), r.Ack),
		rate(d.tr("solve"), r.Solve),
		handling,
		{label: d.tr("rating"), value: d.format(colRating, avg), sub: d.trf("rating.sub", r.Rated), num: avg, kind: colRating},
		count(d.tr("open"), r.OpenAtEnd, d.tr("open.sub")),
		count(d.tr("overdue"), r.OverdueAtEnd, d.tr("overdue.sub")),
		count(d.tr("escalations"), r.Escalations, d.tr("escalations.sub")),
		count(d.tr("meeting"), len(r.Meeting), d.tr("meeting.sub")),
	}
}

// bar is one bar of a chart.
type bar struct {
	label string
	value int
}

func (d *reportDoc) groupBars(dim string, groups []data.ReportGroup) []bar {
	var out []bar
	for _, g := range groups {
		out = append(out, bar{d.groupName(dim, g), g.Received})
	}
	return out
}

func (d *reportDoc) ratingBars() []bar {
	var out []bar
	for i := 1; i <= 5; i++ {
		out = append(out, bar{fmt.Sprintf("%d %s", i, d.tr("rating."+strconv.Itoa(i))), d.r.Ratings[i]})
	}
	return out
}

func (d *reportDoc) dayBars() []bar {
	var out []bar
	for _, day := range d.r.ByDay {
		out = append(out, bar{day.Date.In(d.loc).Format("01-02"), day.Count})
	}
	return out
}

// Page geometry of the printed report, in millimetres.
const (
	rpMargin = 15.0
	rpWidth  = 210.0 - 2*rpMargin
	rpBottom = 297.0 - 18.0
	rpFamily = "cjk"
)

// reportSymbols are the characters the drawing code itself writes besides ASCII.
const reportSymbols = "…·"

// reportPDF draws a report; every string it draws goes through clean first.
type reportPDF struct {
	*reportDoc
	pdf   *gofpdf.Fpdf
	clean func(string) string
}

// RenderReport prints the report as an A4 PDF: title, key figures, charts by category,
// department, day, channel and satisfaction, the breakdown tables, late acknowledgements,
// recurring causes, and the lists of cases, with page numbers.
func RenderReport(r *data.Report, opt ReportOptions) ([]byte, error) {
	f, err := loadFace()
	if err != nil {
		return nil, fmt.Errorf("letters: report: %w", err)
	}
	d := newReportDoc(r, opt)
	tables := d.tables()

	// The font is cut to the characters the report uses: the words of its language, ASCII,
	// and every text value of the report.
	seen := map[rune]bool{f.missing: true}
	addRunes := func(s string) {
		for _, c := range f.clean(s) {
			seen[c] = true
		}
	}
	for c := rune(0x20); c < 0x7f; c++ {
		seen[c] = true
	}
	addRunes(reportSymbols)
	for _, s := range d.text {
		addRunes(s)
	}
	for _, s := range []string{r.Office.Name, r.Office.Dept, r.Office.Address, r.Office.Phone, r.Office.Email} {
		addRunes(s)
	}
	for _, t := range tables {
		for _, row := range t.rows {
			for _, v := range row {
				if s, ok := v.(string); ok {
					addRunes(s)
				}
			}
		}
	}
	runes := make([]rune, 0, len(seen))
	for c := range seen {
		runes = append(runes, c)
	}
	font, err := f.subset(runes)
	if err != nil {
		return nil, fmt.Errorf("letters: report: font: %w", err)
	}

	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(r.GeneratedAt)
	pdf.SetModificationDate(r.GeneratedAt)
	pdf.SetCatalogSort(true)
	pdf.AddUTF8FontFromBytes(rpFamily, "", font)
	pdf.SetMargins(rpMargin, rpMargin, rpMargin)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetTitle(d.title()+" "+r.Period.Label, true)
	pdf.SetAuthor(r.Office.Name, true)
	pdf.AliasNbPages("{nb}")
	w := &reportPDF{reportDoc: d, pdf: pdf, clean: f.clean}
	pdf.SetFooterFunc(w.footer)

	pdf.AddPage()
	w.header()
	w.figures()
	if !r.Empty() {
		w.charts()
	}
	for _, t := range tables {
		if r.Empty() && !t.backlog {
			continue
		}
		w.table(t)
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("letters: report: %w", err)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("letters: report: %w", err)
	}
	return buf.Bytes(), nil
}

func (w *reportPDF) font(size float64) { w.pdf.SetFont(rpFamily, "", size) }

func (w *reportPDF) grey(level int) { w.pdf.SetTextColor(level, level, level) }

// fit shortens s with an ellipsis until it is at most width wide in the current font.
func (w *reportPDF) fit(s string, width float64) string {
	s = w.clean(s)
	if w.pdf.GetStringWidth(s) <= width {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 && w.pdf.GetStringWidth(string(rs)+"…") > width {
		rs = rs[:len(rs)-1]
	}
	return string(rs) + "…"
}

// wrapWords breaks s at spaces into lines at most width wide; a word wider than a line is
// cut by text when drawn.
func (w *reportPDF) wrapWords(s string, width float64) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(w.clean(s)) {
		switch {
		case line == "":
			line = word
		case w.pdf.GetStringWidth(line+" "+word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	return append(lines, line)
}

// text writes one line at the cursor, cut to width.
func (w *reportPDF) text(s string, width, height float64, align string) {
	s = w.fit(s, width-1)
	withActualText(w.pdf, s, func() { w.pdf.CellFormat(width, height, s, "", 0, align, false, 0, "") })
}

// room starts a new page unless height millimetres fit below the cursor.
func (w *reportPDF) room(height float64) {
	if w.pdf.GetY()+height > rpBottom {
		w.pdf.AddPage()
	}
}

func (w *reportPDF) footer() {
	p := w.pdf
	p.SetY(-13)
	w.font(8)
	w.grey(110)
	p.SetX(rpMargin)
	w.text(w.r.Office.Name+" · "+w.title()+" "+w.r.Period.Label, rpWidth/2, 5, "L")
	w.text(w.trf("page", p.PageNo(), "{nb}"), rpWidth/2, 5, "R")
	w.grey(0)
}

func (w *reportPDF) header() {
	p := w.pdf
	if w.r.Office.Name != "" {
		w.font(12)
		w.text(w.r.Office.Name, rpWidth, 7, "C")
		p.Ln(7)
	}
	w.font(20)
	w.text(w.title(), rpWidth, 11, "C")
	p.Ln(12)
	w.font(11)
	w.text(w.periodLine(), rpWidth, 6, "C")
	p.Ln(6)
	w.font(8.5)
	w.grey(90)
	w.text(w.asOfLine(), rpWidth, 5, "C")
	p.Ln(5)
	if by := w.r.Period.SubmitBy(); !by.IsZero() {
		w.text(w.trf("submit", by.In(w.loc).Format(time.DateOnly)), rpWidth, 5, "C")
		p.Ln(5)
	}
	w.grey(0)
	p.SetDrawColor(60, 60, 60)
	p.SetLineWidth(0.4)
	p.Line(rpMargin, p.GetY()+1, rpMargin+rpWidth, p.GetY()+1)
	p.Ln(4)
	if w.r.Empty() {
		w.font(12)
		w.text(w.tr("empty"), rpWidth, 9, "L")
		p.Ln(11)
	}
}

func (w *reportPDF) heading(s string) {
	w.room(16)
	p := w.pdf
	p.Ln(2)
	w.font(12)
	p.SetFillColor(31, 78, 121)
	p.Rect(rpMargin, p.GetY()+1, 1.2, 5, "F")
	p.SetX(rpMargin + 3)
	w.text(s, rpWidth-3, 7, "L")
	p.Ln(8)
}

func (w *reportPDF) figures() {
	w.heading(w.tr("figures"))
	p := w.pdf
	figs := w.reportDoc.figures()
	const perRow, gap, boxH = 4, 3.0, 21.0
	boxW := (rpWidth - gap*(perRow-1)) / perRow
	var y float64
	for i, f := range figs {
		if i%perRow == 0 {
			w.room(boxH + gap)
			y = p.GetY()
		}
		x := rpMargin + float64(i%perRow)*(boxW+gap)
		p.SetFillColor(243, 246, 250)
		p.SetDrawColor(200, 208, 218)
		p.SetLineWidth(0.2)
		p.Rect(x, y, boxW, boxH, "FD")
		p.SetXY(x+2, y+1.5)
		w.font(8)
		w.grey(80)
		w.text(f.label, boxW-4, 4.5, "L")
		p.SetXY(x+2, y+6.5)
		w.font(15)
		w.grey(0)
		w.text(f.value, boxW-4, 8, "L")
		p.SetXY(x+2, y+15)
		w.font(6.5)
		w.grey(100)
		w.text(f.sub, boxW-4, 4, "L")
		w.grey(0)
		p.SetXY(rpMargin, y+boxH+gap)
	}
}

func (w *reportPDF) charts() {
	r := w.r
	half := (rpWidth - 6) / 2
	w.chartPair(w.tr("chart.category"), w.groupBars("category", r.ByCategory),
		w.tr("chart.department"), w.groupBars("department", r.ByDepartment), half)
	w.columnChart(w.tr("chart.day"), w.dayBars())
	w.chartPair(w.tr("chart.rating"), w.ratingBars(), w.tr("sec.channel"), w.groupBars("channel", r.ByChannel), half)
}

const (
	barH       = 5.5
	maxBars    = 12
	chartTitle = 8.0
)

func chartHeight(bars []bar) float64 {
	n := len(bars)
	if n > maxBars {
		n = maxBars
	}
	if n == 0 {
		n = 1
	}
	return chartTitle + float64(n)*barH + 2
}

// chartPair draws two bar charts side by side.
func (w *reportPDF) chartPair(titleA string, a []bar, titleB string, b []bar, width float64) {
	h := max(chartHeight(a), chartHeight(b))
	w.room(h + 4)
	y := w.pdf.GetY()
	w.barChart(titleA, a, rpMargin, y, width)
	w.barChart(titleB, b, rpMargin+width+6, y, width)
	w.pdf.SetXY(rpMargin, y+h+4)
}

// barChart draws horizontal bars, the longest first as given, at most maxBars of them.
func (w *reportPDF) barChart(title string, bars []bar, x, y, width float64) {
	p := w.pdf
	p.SetXY(x, y)
	w.font(10)
	w.text(title, width, 6, "L")
	if len(bars) > maxBars {
		rest := bar{label: w.tr("others")}
		for _, b := range bars[maxBars-1:] {
			rest.value += b.value
		}
		bars = append(append([]bar(nil), bars[:maxBars-1]...), rest)
	}
	top := 0
	for _, b := range bars {
		top = max(top, b.value)
	}
	labelW, valueW := width*0.34, 10.0
	plotW := width - labelW - valueW
	w.font(8)
	for i, b := range bars {
		by := y + chartTitle + float64(i)*barH
		p.SetXY(x, by)
		w.text(b.label, labelW, barH, "R")
		bw := 0.0
		if top > 0 {
			bw = plotW * float64(b.value) / float64(top)
		}
		p.SetFillColor(68, 114, 196)
		if bw > 0 {
			p.Rect(x+labelW+1, by+1, bw, barH-2, "F")
		}
		p.SetXY(x+labelW+1+bw+1, by)
		w.text(strconv.Itoa(b.value), valueW, barH, "L")
	}
	p.SetDrawColor(150, 150, 150)
	p.SetLineWidth(0.2)
	p.Line(x+labelW+1, y+chartTitle, x+labelW+1, y+chartTitle+float64(max(len(bars), 1))*barH)
}

// columnChart draws vertical bars across the page, one per day.
func (w *reportPDF) columnChart(title string, bars []bar) {
	const plotH, labelH = 32.0, 6.0
	w.room(chartTitle + plotH + labelH + 6)
	p := w.pdf
	x, y := rpMargin, p.GetY()
	w.font(10)
	w.text(title, rpWidth, 6, "L")
	top := 0
	for _, b := range bars {
		top = max(top, b.value)
	}
	base := y + chartTitle + plotH
	axisW := 8.0
	slot := (rpWidth - axisW) / float64(max(len(bars), 1))
	// Day labels every few days on a month, so that they do not run into each other.
	every := 1
	if slot < 12 {
		every = int(12/slot) + 1
	}
	p.SetDrawColor(150, 150, 150)
	p.SetLineWidth(0.2)
	p.Line(x+axisW, base, x+rpWidth, base)
	w.font(7)
	p.SetXY(x, y+chartTitle-2)
	w.text(strconv.Itoa(top), axisW-1, 4, "R")
	p.SetXY(x, base-4)
	w.text("0", axisW-1, 4, "R")
	for i, b := range bars {
		bx := x + axisW + float64(i)*slot
		if top > 0 && b.value > 0 {
			bh := plotH * float64(b.value) / float64(top)
			p.SetFillColor(68, 114, 196)
			p.Rect(bx+slot*0.15, base-bh, slot*0.7, bh, "F")
			if slot >= 5 {
				p.SetXY(bx, base-bh-4)
				w.text(strconv.Itoa(b.value), slot, 4, "C")
			}
		}
		if i%every == 0 {
			labelW := slot * float64(every)
			p.SetXY(bx+slot/2-labelW/2, base+0.5)
			w.text(b.label, labelW, 4, "C")
		}
	}
	p.SetXY(rpMargin, base+labelH+2)
}

// table draws a table over as many pages as it needs, repeating its header on each.
func (w *reportPDF) table(t reportTable) {
	p := w.pdf
	const (
		rowH     = 6.0
		lineH    = 4.5 // the further lines of a wrapped cell
		maxLines = 40  // of a wrapped cell, so that a row fits a page; the workbook has it all
	)
	widths := make([]float64, len(t.cols))
	total := 0.0
	for _, c := range t.cols {
		total += c.width
	}
	for i, c := range t.cols {
		widths[i] = rpWidth * c.width / total
	}
	// Lay the rows out first: a wrapped row's height decides where pages break.
	w.font(8.5)
	cells := make([][][]string, len(t.rows))
	heights := make([]float64, len(t.rows))
	for n, row := range t.rows {
		cells[n] = make([][]string, len(row))
		heights[n] = rowH
		for i, v := range row {
			text := w.format(t.cols[i].kind, v)
			lines := []string{text}
			if t.wrapLast && i == len(row)-1 {
				lines = w.wrapWords(text, widths[i]-2)
				if len(lines) > maxLines {
					lines = append(lines[:maxLines-1], "…")
				}
			}
			cells[n][i] = lines
			heights[n] = max(heights[n], rowH+float64(len(lines)-1)*lineH)
		}
	}
	// Keep the heading with its first rows.
	keep := 16 + rowH
	for _, h := range heights[:min(len(heights), 3)] {
		keep += h
	}
	w.room(min(keep, rpBottom-rpMargin))
	w.heading(t.title)
	if len(t.rows) == 0 {
		w.font(9)
		w.grey(100)
		w.text(w.tr("none"), rpWidth, rowH, "L")
		w.grey(0)
		p.Ln(rowH + 2)
		return
	}
	align := func(k colKind) string {
		if k == colText || k == colTime {
			return "L"
		}
		return "R"
	}
	head := func() {
		w.font(8.5)
		p.SetFillColor(221, 230, 241)
		p.SetX(rpMargin)
		for i, c := range t.cols {
			p.Rect(p.GetX(), p.GetY(), widths[i], rowH, "F")
			x := p.GetX()
			p.SetX(x + 1)
			w.text(c.title, widths[i]-2, rowH, align(c.kind))
			p.SetX(x + widths[i])
		}
		p.Ln(rowH)
	}
	head()
	for n, row := range cells {
		if p.GetY()+heights[n] > rpBottom {
			p.AddPage()
			head()
		}
		w.font(8.5)
		if n%2 == 1 {
			p.SetFillColor(247, 248, 250)
			p.Rect(rpMargin, p.GetY(), rpWidth, heights[n], "F")
		}
		y := p.GetY()
		x := rpMargin
		for i, lines := range row {
			for j, line := range lines {
				p.SetXY(x+1, y+float64(j)*lineH)
				w.text(line, widths[i]-2, rowH, align(t.cols[i].kind))
			}
			x += widths[i]
		}
		p.SetXY(rpMargin, y+heights[n])
	}
	p.SetDrawColor(200, 200, 200)
	p.SetLineWidth(0.2)
	p.Line(rpMargin, p.GetY(), rpMargin+rpWidth, p.GetY())
	if t.note != "" {
		w.font(8)
		w.grey(100)
		w.text(t.note, rpWidth, 5, "L")
		w.grey(0)
		p.Ln(5)
	}
	p.Ln(3)
}
