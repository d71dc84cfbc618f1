package ui

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
)

// dashboardStore is what the dashboard reads.
type dashboardStore interface {
	List(ctx context.Context, f data.ListFilter) ([]*data.Complaint, error)
	Count(ctx context.Context, f data.ListFilter) (int, error)
	Calendar() *calendar.Calendar
	MailCounts(ctx context.Context) (map[data.MailState]int, int, error)
	ReportExported(ctx context.Context, p data.ReportPeriod) (*time.Time, error)
	mailCheckReader
}

// dashSection is one card of the dashboard: a filter, its count and its first cases.
type dashSection struct {
	title  string
	filter func(now time.Time, cal *calendar.Calendar) data.ListFilter
	card   *widget.Card
	count  *widget.Label
	list   *fyne.Container
}

type dashboard struct {
	desk     *Desk
	store    dashboardStore
	sections []*dashSection
	view     fyne.CanvasObject
	mail     map[data.MailState]*para // the intake tray's counts
	checks   *para                    // how the last check of each mailbox went
	// failed: the same, above the cards, while a mailbox's last check failed (a server down
	// since the morning): mail may be waiting that nobody sees.
	failed    *para
	failedBox *fyne.Container
	calendar  *para // a holiday schedule the deadlines need is missing
	calBox    *fyne.Container
	missing   int // the year of that schedule, or 0
	// The monthly summary (seed 004 §4.7 b: by the 5th) of last month, while it has not been
	// exported.
	summary    *para
	summaryBox *fyne.Container
	summaryFor data.ReportPeriod
}

// dashItems is how many cases each card lists.
const dashItems = 5

func newDashboard(d *Desk, s dashboardStore) *dashboard {
	user := d.opts.User
	db := &dashboard{desk: d, store: s}
	db.sections = []*dashSection{
		{title: lang.L("Overdue"), filter: func(time.Time, *calendar.Calendar) data.ListFilter {
			return data.ListFilter{OpenOnly: true, Overdue: true, Sort: data.SortNextDue}
		}},
		{title: lang.L("Due today"), filter: func(now time.Time, cal *calendar.Calendar) data.ListFilter {
			y, m, dd := now.In(cal.Location()).Date()
			end := time.Date(y, m, dd+1, 0, 0, 0, 0, cal.Location())
			return data.ListFilter{OpenOnly: true, DueWithin: end.Sub(now), Sort: data.SortNextDue}
		}},
		{title: lang.L("Due within 3 days"), filter: func(time.Time, *calendar.Calendar) data.ListFilter {
			return data.ListFilter{OpenOnly: true, DueWithin: 72 * time.Hour, Sort: data.SortNextDue}
		}},
		{title: lang.L("Not yet acknowledged"), filter: func(time.Time, *calendar.Calendar) data.ListFilter {
			return data.ListFilter{Statuses: []data.Status{data.StatusRegistered}, Sort: data.SortReceived}
		}},
		{title: lang.L("New email complaints awaiting assessment"), filter: func(time.Time, *calendar.Calendar) data.ListFilter {
			return data.ListFilter{Channel: data.ChannelEmail, Unassessed: true, Sort: data.SortReceived, Desc: true}
		}},
		{title: lang.L("New replies from complainants"), filter: func(time.Time, *calendar.Calendar) data.ListFilter {
			return data.ListFilter{NewReply: true, Sort: data.SortUpdated, Desc: true}
		}},
		{title: lang.L("My open cases"), filter: func(time.Time, *calendar.Calendar) data.ListFilter {
			return data.ListFilter{OpenOnly: true, Handler: user, Sort: data.SortNextDue}
		}},
	}
	grid := container.NewGridWithColumns(2)
	for _, sec := range db.sections {
		sec := sec
		sec.count = widget.NewLabel("…")
		sec.count.TextStyle.Bold = true
		sec.list = container.NewVBox()
		all := widget.NewButton(lang.L("Show all in the register"), func() {
			d.show("register")
			d.register().applyFilter(sec.filter(d.now(), s.Calendar()))
		})
		all.Importance = widget.LowImportance
		sec.card = widget.NewCard(sec.title, "", container.NewBorder(sec.count, all, nil, nil, sec.list))
		grid.Add(sec.card)
	}
	counts := container.NewGridWithColumns(2)
	db.mail = map[data.MailState]*para{}
	for _, st := range data.MailStates {
		db.mail[st] = newPara(labelled(mailCountLabel(st), "…"))
		counts.Add(db.mail[st])
	}
	db.checks = newPara("")
	tray := widget.NewButton(lang.L("Open the email intake"), func() { d.show("mail") })
	tray.Importance = widget.LowImportance
	grid.Add(widget.NewCard(lang.L("Email intake"), "", container.NewBorder(nil, tray, nil, nil,
		container.NewVBox(db.checks, counts))))
	title := widget.NewLabelWithStyle(lang.L("Dashboard"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	db.calendar = newPara("")
	db.calendar.Importance = widget.WarningImportance
	openCal := widget.NewButtonWithIcon(lang.L("Open the working calendar"), theme.SettingsIcon(), func() {
		d.show("settings")
		d.settings.showCalendar(db.missing)
	})
	db.calBox = notice(db.calendar, openCal)
	db.calBox.Hide()
	db.summary = newPara("")
	openSummary := widget.NewButtonWithIcon(lang.L("Open the monthly summary"), theme.DocumentIcon(), func() {
		d.show("reports")
		d.reports.showPeriod(db.summaryFor)
	})
	db.summaryBox = notice(db.summary, openSummary)
	db.summaryBox.Hide()
	db.failed = newPara("")
	db.failed.Importance = widget.DangerImportance
	openTray := widget.NewButtonWithIcon(lang.L("Open the email intake"), theme.MailComposeIcon(), func() { d.show("mail") })
	// Where a wrong password, server or folder is put right.
	openAccount := widget.NewButtonWithIcon(lang.L("Open the mail account settings"), theme.SettingsIcon(), func() {
		d.show("settings")
		d.settings.showMail()
	})
	db.failedBox = container.NewVBox(db.failed, container.NewHBox(openTray, openAccount))
	db.failedBox.Hide()
	// The notices scroll away with the cards: in a small window they would leave room for one
	// row of cards only.
	db.view = container.NewBorder(title, nil, nil, nil, container.NewVScroll(clearOfScrollBar(container.NewVBox(db.failedBox, db.calBox, db.summaryBox, grid))))
	return db
}

// notice is a line of the dashboard that asks for something, with the button that does it at
// its end.
func notice(text *para, do *widget.Button) *fyne.Container {
	return container.NewBorder(nil, nil, nil, container.NewVBox(do), text)
}

// reload counts and lists every section off the UI goroutine.
func (db *dashboard) reload() {
	now := db.desk.now()
	cal := db.store.Calendar()
	type result struct {
		n     int
		items []*data.Complaint
	}
	results := make([]result, len(db.sections))
	var mail map[data.MailState]int
	var aside int // failed messages the clerk set aside
	var checks mailCheckTexts
	summary := data.PeriodOf(data.PeriodMonth, now, cal.Location()).Prev()
	var remind bool // last month's summary is still to be handed on
	db.desk.run(func(ctx context.Context) error {
		var err error
		if mail, aside, err = db.store.MailCounts(ctx); err != nil {
			return err
		}
		exported, err := db.store.ReportExported(ctx, summary)
		if err != nil {
			return err
		}
		// An office that took no complaint in by then has no summary to hand on.
		before, err := db.store.Count(ctx, data.ListFilter{ReceivedTo: summary.To})
		if err != nil {
			return err
		}
		remind = exported == nil && before > 0
		if checks, err = mailChecks(ctx, db.store, cal.Location()); err != nil {
			return err
		}
		// The sections are read side by side: the store has several reader connections.
		errs := make([]error, len(db.sections))
		var wg sync.WaitGroup
		for i, sec := range db.sections {
			wg.Add(1)
			go func() {
				defer wg.Done()
				f := sec.filter(now, cal)
				n, err := db.store.Count(ctx, f)
				if err != nil {
					errs[i] = err
					return
				}
				f.Limit = dashItems
				items, err := db.store.List(ctx, f)
				results[i], errs[i] = result{n, items}, err
			}()
		}
		wg.Wait()
		return errors.Join(errs...)
	}, func(err error) {
		if err != nil {
			db.desk.showError(err)
			return
		}
		db.showCalendar(cal.MissingYear(now))
		db.showSummary(summary, remind, now)
		for i, sec := range db.sections {
			db.fill(sec, results[i].n, results[i].items, now, cal)
		}
		for _, st := range data.MailStates {
			l := db.mail[st]
			l.Text = labelled(mailCountLabel(st), strconv.Itoa(mail[st]))
			if st == data.MailFailed && aside > 0 {
				l.Text = lang.L("{{.Label}}: {{.N}} ({{.Aside}} need no complaint)",
					map[string]any{"Label": mailCountLabel(st), "N": mail[st], "Aside": aside})
			}
			l.Importance = widget.MediumImportance
			// Red while an unreadable message waits for the clerk.
			if st == data.MailFailed && mail[st] > aside {
				l.Importance = widget.DangerImportance
			}
			l.Refresh()
		}
		db.showChecks(checks)
	})
}

// showSummary reminds of last month's summary until it has been exported: due by the 5th, in
// red after.
func (db *dashboard) showSummary(p data.ReportPeriod, remind bool, now time.Time) {
	db.summaryFor = p
	if !remind {
		db.summaryBox.Hide()
		return
	}
	args := map[string]any{"Month": p.Label, "Date": p.SubmitBy().In(p.From.Location()).Format(time.DateOnly)}
	db.summary.Importance = widget.WarningImportance
	db.summary.SetText(lang.L("The complaint summary of {{.Month}} is due to the management representative by {{.Date}}: open the monthly summary and export it.", args))
	if !now.Before(p.SubmitDue()) {
		db.summary.Importance = widget.DangerImportance
		db.summary.SetText(lang.L("The complaint summary of {{.Month}} was due by {{.Date}} and has not been exported yet.", args))
	}
	db.summaryBox.Show()
}

// showCalendar warns while deadlines reach into a year whose holidays the calendar lacks.
func (db *dashboard) showCalendar(year int) {
	db.missing = year
	if year == 0 {
		db.calBox.Hide()
		return
	}
	db.calendar.SetText(lang.L("The holiday schedule for {{.Year}} is not in the working calendar yet: deadlines that reach into {{.Year}} count Monday to Friday only and are marked unverified. An administrator imports it under Settings → Working hours and calendar.",
		map[string]any{"Year": year}))
	db.calBox.Show()
}

// reloadChecks says again how the last check of each mailbox went.
func (db *dashboard) reloadChecks() {
	var checks mailCheckTexts
	db.desk.run(func(ctx context.Context) (err error) {
		checks, err = mailChecks(ctx, db.store, db.store.Calendar().Location())
		return err
	}, func(err error) {
		if err != nil {
			db.desk.showError(err)
			return
		}
		db.showChecks(checks)
	})
}

func (db *dashboard) showChecks(c mailCheckTexts) {
	lines := c.lines
	if c.accounts == 0 {
		lines = []string{lang.L("No mailbox is set up yet: an administrator adds it under Settings → Mail account.")}
	}
	// A failed check is said above the cards, where it is seen at once; the card keeps the counts.
	db.failed.SetText(strings.Join(lines, "\n"))
	db.failedBox.Hidden = !c.failing
	db.failedBox.Refresh()
	db.checks.Importance = widget.MediumImportance
	if c.cutShort {
		db.checks.Importance = widget.WarningImportance
	}
	db.checks.SetText(strings.Join(lines, "\n"))
	db.checks.Hidden = len(lines) == 0 || c.failing
	db.checks.Refresh()
}

func (db *dashboard) fill(sec *dashSection, n int, items []*data.Complaint, now time.Time, cal *calendar.Calendar) {
	sec.count.SetText(lang.L("{{.N}} cases", map[string]any{"N": n}))
	sec.list.RemoveAll()
	if n == 0 {
		sec.count.SetText(lang.L("None — nothing to do here."))
	}
	for _, c := range items {
		ref := c.Ref
		text := fmt.Sprintf("%s  %s  %s", c.Ref, oneLineCells(c.Complainant.Name, 16), oneLine(c.Subject, 80))
		sec.list.Add(newCaseRow(text, c.Overdue(now), func() { db.desk.OpenCase(ref) }))
	}
	if n > len(items) {
		sec.list.Add(widget.NewLabel(lang.L("… and {{.N}} more", map[string]any{"N": n - len(items)})))
	}
}
