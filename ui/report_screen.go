package ui

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
	"complaintdesk/letters"
)

// ReportStore is what the report screen needs from the store.
type ReportStore interface {
	Report(ctx context.Context, p data.ReportPeriod) (*data.Report, error)
	RecordReportExport(ctx context.Context, p data.ReportPeriod, format string) error
	Calendar() *calendar.Calendar
	Setting(ctx context.Context, key string) (string, error)
}

// reportsScreen shows the weekly report or monthly summary of a period and exports it.
type reportsScreen struct {
	runner // reads and exports run off the UI goroutine
	win    fyne.Window
	store  ReportStore
	now    func() time.Time

	kind     *choice
	period   *widget.Entry
	prev     *widget.Button
	next     *widget.Button
	generate *widget.Button
	progress *widget.ProgressBarInfinite
	status   *para
	figures  *fyne.Container
	tabs     *container.AppTabs
	exports  []*widget.Button

	syncing bool // the kind selector is being set to match a typed period

	mu     sync.Mutex
	loads  latest // the report read for the typed period
	report *data.Report
}

// reportKinds are the choices of the kind selector, in order.
var reportKinds = []data.PeriodKind{data.PeriodWeek, data.PeriodMonth}

func reportKindLabel(k data.PeriodKind) string {
	if k == data.PeriodMonth {
		return lang.X("report.monthly", "Monthly summary")
	}
	return lang.X("report.weekly", "Weekly report")
}

// NewReportsScreen builds the report screen. It opens on the last complete week.
func NewReportsScreen(win fyne.Window, store ReportStore) fyne.CanvasObject {
	_, view := newReportsScreen(win, store, time.Now,
		runner{ctx: context.Background(), apply: fyne.Do, pending: new(atomic.Int64)})
	return view
}

// newReportsScreen builds the screen on a clock, with run applying results on the UI
// goroutine (tests deliver them on their own).
func newReportsScreen(win fyne.Window, store ReportStore, now func() time.Time, run runner) (*reportsScreen, fyne.CanvasObject) {
	s := &reportsScreen{runner: run, win: win, store: store, now: now}
	var kinds []string
	for _, k := range reportKinds {
		kinds = append(kinds, reportKindLabel(k))
	}
	s.kind = newSelect(kinds, func(string) {
		if !s.syncing {
			s.setPeriod(s.defaultPeriod())
		}
	})
	s.period = widget.NewEntry()
	s.period.SetPlaceHolder("2026-W47 / 2026-11")
	s.period.OnSubmitted = func(string) { s.load() }
	s.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { s.step(-1) })
	s.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { s.step(1) })
	s.generate = widget.NewButtonWithIcon(lang.X("report.show", "Show"), theme.ViewRefreshIcon(), s.load)
	s.generate.Importance = widget.HighImportance
	s.progress = widget.NewProgressBarInfinite()
	s.progress.Hide()
	s.status = newPara("")
	s.figures = container.NewGridWithColumns(4)
	s.tabs = container.NewAppTabs()
	for _, f := range []struct {
		label, ext string
		render     func(*data.Report, letters.ReportOptions) ([]byte, error)
	}{
		{lang.X("report.export_pdf", "Export PDF"), ".pdf", letters.RenderReport},
		{lang.X("report.export_xlsx", "Export Excel"), ".xlsx", letters.RenderReportXLSX},
		{lang.X("report.export_csv", "Export CSV"), ".csv", letters.RenderReportCSV},
	} {
		b := widget.NewButtonWithIcon(f.label, theme.DocumentSaveIcon(), func() { s.export(f.ext, f.render) })
		b.Disable()
		s.exports = append(s.exports, b)
	}

	periodBox := container.NewBorder(nil, nil, s.prev, s.next, s.period)
	bar := container.NewBorder(nil, nil,
		container.NewHBox(widget.NewLabel(lang.X("report.kind", "Report")),
			container.NewGridWrap(fyne.NewSize(200, s.kind.MinSize().Height), s.kind)),
		s.generate, container.NewBorder(nil, nil, widget.NewLabel(lang.X("report.period", "Period")), nil, periodBox))
	exportBar := container.NewHBox(s.exports[0], s.exports[1], s.exports[2])
	top := container.NewVBox(bar, s.progress, s.status, s.figures)
	s.kind.SetSelectedIndex(0)
	return s, container.NewBorder(top, exportBar, nil, nil, s.tabs)
}

func (s *reportsScreen) selectedKind() data.PeriodKind {
	if i := s.kind.SelectedIndex(); i >= 0 {
		return reportKinds[i]
	}
	return data.PeriodWeek
}

// defaultPeriod is the last complete week or month: the one a supervisor reports on.
func (s *reportsScreen) defaultPeriod() data.ReportPeriod {
	return data.PeriodOf(s.selectedKind(), s.now(), s.store.Calendar().Location()).Prev()
}

// showPeriod shows the report of p, its kind chosen to match.
func (s *reportsScreen) showPeriod(p data.ReportPeriod) {
	s.syncing = true
	s.kind.SetSelectedIndex(slices.Index(reportKinds, p.Kind))
	s.syncing = false
	s.setPeriod(p)
}

func (s *reportsScreen) setPeriod(p data.ReportPeriod) {
	s.period.SetText(p.Label)
	s.load()
}

// step moves to the period before (-1) or after (1) the one typed.
func (s *reportsScreen) step(dir int) {
	p, err := data.ParsePeriod(s.period.Text, s.store.Calendar().Location())
	if err != nil {
		p = s.defaultPeriod()
	} else if dir < 0 {
		p = p.Prev()
	} else {
		p = p.Next()
	}
	s.setPeriod(p)
}

// load reads the report of the typed period off the UI goroutine.
func (s *reportsScreen) load() {
	p, err := data.ParsePeriod(s.period.Text, s.store.Calendar().Location())
	if err != nil {
		s.status.SetText(lang.X("report.bad_period", "Write a week like 2026-W47 or a month like 2026-11."))
		return
	}
	if p.Kind != s.selectedKind() {
		s.syncing = true
		s.kind.SetSelectedIndex(map[data.PeriodKind]int{data.PeriodWeek: 0, data.PeriodMonth: 1}[p.Kind])
		s.syncing = false
	}
	s.period.SetText(p.Label)
	newest := s.loads.next()
	s.progress.Show()
	s.progress.Start()
	s.status.SetText(lang.X("report.loading", "Counting the complaints of {{.Period}}…", map[string]any{"Period": p.Label}))
	for _, b := range s.exports {
		b.Disable()
	}
	var r *data.Report
	// The bar is not handed to run: an answer overtaken by a newer request leaves it running.
	s.run(nil, func(ctx context.Context) error {
		var err error
		r, err = s.store.Report(ctx, p)
		return err
	}, newest(func(err error) {
		if err == nil {
			s.mu.Lock()
			s.report = r
			s.mu.Unlock()
		}
		s.progress.Stop()
		s.progress.Hide()
		if err != nil {
			s.status.SetText(errorText(err))
			return
		}
		s.show(r)
	}))
}

// show puts a report on the screen.
func (s *reportsScreen) show(r *data.Report) {
	loc := s.store.Calendar().Location()
	last := r.Period.To.In(loc).AddDate(0, 0, -1)
	head := lang.X("report.range", "{{.Label}}: {{.From}} to {{.To}}, figures as of {{.AsOf}}", map[string]any{
		"Label": r.Period.Label, "From": r.Period.From.In(loc).Format(time.DateOnly), "To": last.Format(time.DateOnly),
		"AsOf": formatTime(r.AsOf, loc)})
	if r.Empty() {
		head += "\n" + lang.X("report.empty", "No complaints were received in this period.")
	}
	s.status.SetText(head)

	s.figures.RemoveAll()
	card := func(label, value, sub string) {
		c := widget.NewCard(value, label, nil)
		if sub != "" {
			l := newPara(sub)
			l.SizeName = theme.SizeNameCaptionText
			c.SetContent(l)
		}
		s.figures.Add(c)
	}
	card(lang.X("report.received", "Received"), strconv.Itoa(r.Received),
		lang.X("report.previous", "Previous period: {{.N}}", map[string]any{"N": r.PreviousReceived}))
	card(lang.X("report.ack_rate", "Acknowledged on time"), ratePercent(r.Ack), rateDetail(r.Ack))
	card(lang.X("report.solve_rate", "Solved on time"), ratePercent(r.Solve), rateDetail(r.Solve))
	handling := "—"
	if r.Resolved > 0 {
		handling = formatWorking(r.AvgWorking)
	}
	card(lang.X("report.handling", "Average handling time"), handling,
		lang.X("report.handling_days", "{{.Days}} days on average, {{.N}} solved", map[string]any{"Days": fmt.Sprintf("%.1f", r.AvgDays), "N": r.Resolved}))
	avg := "—"
	if r.Rated > 0 {
		avg = fmt.Sprintf("%.2f", r.AvgRating)
	}
	card(lang.X("report.satisfaction", "Average satisfaction"), avg,
		lang.X("report.ratings", "{{.N}} ratings (1 very satisfied … 5 very dissatisfied)", map[string]any{"N": r.Rated}))
	card(lang.X("report.repeats", "Repeat complaints"), strconv.Itoa(r.Repeats), "")
	card(lang.X("report.open_end", "Open at period end"), strconv.Itoa(r.OpenAtEnd),
		lang.X("report.overdue_end", "{{.N}} of them overdue", map[string]any{"N": r.OverdueAtEnd}))
	card(lang.X("report.meeting", "To the management meeting"), strconv.Itoa(len(r.Meeting)),
		lang.X("report.escalations", "{{.N}} escalations in the period", map[string]any{"N": r.Escalations}))

	selected := s.tabs.SelectedIndex()
	s.tabs.SetItems(nil)
	groupTab := func(title string, groups []data.ReportGroup, name func(data.ReportGroup) string) {
		rows := make([][]string, 0, len(groups))
		for _, g := range groups {
			rows = append(rows, []string{name(g), strconv.Itoa(g.Received), sharePercent(g.Received, r.Received),
				strconv.Itoa(g.Closed), ratePercent(g.Ack), ratePercent(g.Solve), avgHours(g), avgRating(g)})
		}
		s.tabs.Append(container.NewTabItem(title, reportGrid([]string{lang.X("report.col.name", "Name"),
			lang.X("report.col.received", "Received"), lang.X("report.col.share", "Share"), lang.X("report.col.closed", "Closed"),
			lang.X("report.col.ack", "Ack. on time"), lang.X("report.col.solve", "Solved on time"),
			lang.X("report.col.hours", "Avg. working hours"), lang.X("report.col.rating", "Satisfaction")}, rows)))
	}
	named := func(unknown string) func(data.ReportGroup) string {
		return func(g data.ReportGroup) string {
			if g.Key == "" {
				return unknown
			}
			return fallback(g.Name, g.Key)
		}
	}
	groupTab(lang.X("report.by_category", "Category"), r.ByCategory, named(lang.X("report.unassessed", "Not assessed")))
	groupTab(lang.X("report.by_department", "Department"), r.ByDepartment, named(lang.X("report.unassigned", "Not routed")))
	groupTab(lang.X("report.by_channel", "Channel"), r.ByChannel, func(g data.ReportGroup) string { return channelLabel(data.Channel(g.Key)) })
	groupTab(lang.X("report.by_level", "Level"), r.ByLevel, func(g data.ReportGroup) string {
		l, _ := strconv.Atoi(g.Key)
		return levelLabel(l)
	})
	groupTab(lang.X("report.by_handler", "Handler"), r.ByHandler, named(lang.X("report.no_handler", "No handler")))
	groupTab(lang.X("report.by_status", "Status"), r.ByStatus, func(g data.ReportGroup) string { return statusLabel(data.Status(g.Key)) })

	var late [][]string
	for _, l := range r.LateAcks {
		late = append(late, []string{fallback(l.Name, l.User), strconv.Itoa(l.Count), strings.Join(l.Refs, " ")})
	}
	s.tabs.Append(container.NewTabItem(lang.X("report.late", "Late acknowledgements"), reportGrid([]string{
		lang.X("report.col.clerk", "Taken by"), lang.X("report.col.count", "Count"), lang.X("report.col.refs", "Complaints")}, late)))
	var causes [][]string
	for _, c := range r.RecurringCauses {
		causes = append(causes, []string{c.Name, strconv.Itoa(c.Count)})
	}
	s.tabs.Append(container.NewTabItem(lang.X("report.causes", "Recurring causes"), reportGrid([]string{
		lang.X("report.col.cause", "Cause"), lang.X("report.col.count", "Count")}, causes)))
	var cases [][]string
	for _, c := range r.Cases {
		cases = append(cases, []string{c.Ref, formatTime(c.ReceivedAt, loc), c.Complainant,
			named(lang.X("report.unassessed", "Not assessed"))(data.ReportGroup{Key: c.Category, Name: c.CategoryName}),
			levelLabel(c.Level), statusLabel(c.Status),
			named(lang.X("report.no_handler", "No handler"))(data.ReportGroup{Key: c.Handler, Name: c.HandlerName})})
	}
	s.tabs.Append(container.NewTabItem(lang.X("report.cases", "Complaints"), reportGrid([]string{
		lang.X("report.col.ref", "Reference"), lang.X("report.col.time", "Received"), lang.X("report.col.complainant", "Complainant"),
		lang.X("report.col.category", "Category"), lang.X("report.col.level", "Level"), lang.X("report.col.status", "Status"),
		lang.X("report.col.handler", "Handler")}, cases)))
	if selected >= 0 && selected < len(s.tabs.Items) {
		s.tabs.SelectIndex(selected)
	}
	for _, b := range s.exports {
		b.Enable()
	}
}

func ratePercent(r data.ReportRate) string {
	if p, ok := r.Percent(); ok {
		return fmt.Sprintf("%.1f%%", p)
	}
	return "—"
}

func rateDetail(r data.ReportRate) string {
	return lang.X("report.rate_detail", "{{.OnTime}} of {{.Due}} on time, {{.Pending}} not yet due",
		map[string]any{"OnTime": r.OnTime, "Due": r.Judged(), "Pending": r.Pending})
}

func sharePercent(n, total int) string {
	if total == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(total))
}

func avgHours(g data.ReportGroup) string {
	if g.Resolved == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f", g.AvgWorking.Hours())
}

func avgRating(g data.ReportGroup) string {
	if g.Rated == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f", g.AvgRating)
}

// reportGrid is a read-only table with a header row.
func reportGrid(header []string, rows [][]string) fyne.CanvasObject {
	if len(rows) == 0 {
		return container.NewVBox(widget.NewLabel(lang.X("report.none", "None")))
	}
	t := widget.NewTable(
		func() (int, int) { return len(rows), len(header) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(oneLine(rows[id.Row][id.Col], 60))
		})
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(header[id.Col]) }
	// Columns fit their header and the first rows, within reason.
	pad := 4 * theme.Padding()
	for i, h := range header {
		width := fyne.MeasureText(h, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
		for _, row := range rows[:min(len(rows), 100)] {
			width = max(width, fyne.MeasureText(oneLine(row[i], 60), theme.TextSize(), fyne.TextStyle{}).Width)
		}
		t.SetColumnWidth(i, min(max(width+pad, 80), 320))
	}
	return t
}

// exportTo renders report r into w, the file the clerk chose, and notes the export: the monthly
// summary counts as handed on from then.
func (s *reportsScreen) exportTo(w fyne.URIWriteCloser, r *data.Report, ext string, render func(*data.Report, letters.ReportOptions) ([]byte, error)) {
	s.run(s.progress, func(ctx context.Context) error {
		printLang, _ := s.store.Setting(ctx, data.SettingLanguage)
		b, err := render(r, letters.ReportOptions{Lang: printLang})
		if err == nil {
			_, err = w.Write(b)
		}
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		return s.store.RecordReportExport(ctx, r.Period, strings.TrimPrefix(ext, "."))
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("%s", errorText(err)), s.win)
			return
		}
		s.status.SetText(lang.X("report.saved", "Saved {{.File}}", map[string]any{"File": w.URI().Name()}))
	})
}

// export renders the report shown and saves it where the clerk chooses.
func (s *reportsScreen) export(ext string, render func(*data.Report, letters.ReportOptions) ([]byte, error)) {
	s.mu.Lock()
	r := s.report
	s.mu.Unlock()
	if r == nil {
		return
	}
	name := map[data.PeriodKind]string{data.PeriodWeek: "投诉周报", data.PeriodMonth: "投诉月度汇总"}[r.Period.Kind]
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("%s", errorText(err)), s.win)
			return
		}
		if w == nil {
			return // cancelled
		}
		s.exportTo(w, r, ext, render)
	}, s.win)
	save.SetFileName(name + "-" + r.Period.Label + ext)
	save.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	startInHome(save)
	fitFileDialog(save, s.win, lang.L("Save as"))
	save.Show()
	localiseFileDialog(s.win)
}
