package ui

import (
	"context"
	"fmt"
	"image/color"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
	"complaintdesk/data/phrases"
	"complaintdesk/ui/sysopen"
)

// settingsStore is what the settings screen reads and writes.
type settingsStore interface {
	OfficeProfile(ctx context.Context) (data.Office, error)
	SetOfficeProfile(ctx context.Context, o data.Office) error
	Departments(ctx context.Context) ([]data.Department, error)
	SaveDepartment(ctx context.Context, d data.Department) error
	Categories(ctx context.Context) ([]data.Category, error)
	SaveCategory(ctx context.Context, c data.Category) error
	Users(ctx context.Context) ([]data.User, error)
	SaveUser(ctx context.Context, u data.User) error
	SetPassword(ctx context.Context, name, password string) error
	Policies(ctx context.Context) ([]data.Policy, error)
	SetPolicy(ctx context.Context, p data.Policy) error
	DeletePolicy(ctx context.Context, category string, level int) error
	SetWorkingHours(ctx context.Context, week [7][]calendar.Period) error
	ImportCalendar(ctx context.Context, jsonBytes []byte) error
	Calendar() *calendar.Calendar
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
	SetLanguage(ctx context.Context, code string) error
	Backup(ctx context.Context, path string) error
	Path() string
	Close() error
}

type settings struct {
	desk  *Desk
	store settingsStore
	view  fyne.CanvasObject
	tabs  *container.AppTabs

	office    *officeForm
	lists     *codeLists
	staff     *staffForm
	audit     *auditView
	readOnly  *para // says that only an administrator changes the settings
	policies  *policyForm
	hours     [7]*entry
	hoursMsg  *para
	hoursSet  formState         // the working hours as shown
	calendar  fyne.CanvasObject // the working hours and calendar tab
	calYear   *choice
	calGrid   *fyne.Container
	phr       *phraseForm
	language  *choice
	dataMsg   *para
	mail      *mailSettings
	templates *templateSettings
}

func newSettings(d *Desk, s settingsStore) *settings {
	st := &settings{desk: d, store: s}
	st.office = newOfficeForm(d, s)
	st.lists = newCodeLists(d, s)
	st.staff = newStaffForm(d, s)
	st.policies = newPolicyForm(d, s)
	st.phr = newPhraseForm(d, s)
	st.calendar = st.calendarView()
	st.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Office"), st.office.view),
		container.NewTabItem(lang.L("Departments and categories"), st.lists.view),
		container.NewTabItem(lang.L("Staff"), st.staff.view),
		container.NewTabItem(lang.L("SLA policies"), st.policies.view),
		container.NewTabItem(lang.L("Working hours and calendar"), st.calendar),
		container.NewTabItem(lang.L("Phrases"), st.phr.view),
		container.NewTabItem(lang.L("Language and data"), st.dataView()),
	)
	st.mail = newMailSettings(d, d.store)
	st.tabs.Append(container.NewTabItem(lang.L("Mail account"), st.mail.view))
	st.templates = newTemplateSettings(d.letterEnv(), d.store)
	st.tabs.Append(container.NewTabItem(lang.L("Letter templates"), st.templates.view))
	st.audit = newAuditView(d, d.store)
	st.tabs.Append(container.NewTabItem(lang.L("Audit trail"), st.audit.view))
	title := widget.NewLabelWithStyle(lang.L("Settings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	st.readOnly = newPara(lang.L("Only an administrator changes the settings; you can read them and set your own password under Staff."))
	st.readOnly.Importance = widget.WarningImportance
	st.readOnly.Hide()
	st.view = container.NewBorder(container.NewVBox(title, st.readOnly), nil, nil, nil, st.tabs)
	return st
}

func (st *settings) reload() {
	if st.desk.administers() {
		st.readOnly.Hide()
	} else {
		st.readOnly.Show()
	}
	st.office.reload()
	st.lists.reload()
	st.staff.reload()
	st.audit.reload()
	st.policies.reload()
	st.phr.reload()
	st.mail.reload()
	st.fillHours()
	st.fillCalendar()
	var code string
	st.desk.run(func(ctx context.Context) error {
		var err error
		code, err = st.store.Setting(ctx, data.SettingLanguage)
		return err
	}, unlessFailed(st.dataMsg, func() {
		if !knownLanguage(code) {
			code = DefaultLanguage
		}
		st.language.SetSelected(languageName[code])
	}))
}

// weekdayNames in the order of the working-hours rows: Monday first, as clerks read a week.
var weekdayOrder = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

func weekdayLabel(d time.Weekday) string {
	return lang.X("weekday."+strings.ToLower(d.String()), d.String())
}

func (st *settings) calendarView() fyne.CanvasObject {
	form := widget.NewForm()
	for i, wd := range weekdayOrder {
		st.hours[i] = newEntry()
		st.hours[i].SetPlaceHolder(lang.L("closed"))
		form.Append(weekdayLabel(wd), st.hours[i])
	}
	st.hoursMsg = errorLabel()
	st.hoursSet.read = func() []string {
		var out []string
		for _, e := range st.hours {
			out = append(out, e.Text)
		}
		return out
	}
	saveHours := widget.NewButtonWithIcon(lang.L("Save working hours"), theme.DocumentSaveIcon(), st.saveHours)
	hint := newPara(lang.L("Periods as HH:MM-HH:MM, separated by commas, e.g. 09:00-12:00, 13:30-18:00. Leave a day empty when the office is closed."))
	hoursBox := container.NewVBox(heading(lang.L("Working hours")), hint, form, st.hoursMsg, container.NewHBox(saveHours))

	st.calYear = newSelect(nil, func(string) { st.fillCalendarGrid() })
	st.calGrid = container.NewGridWithColumns(4)
	imp := widget.NewButtonWithIcon(lang.L("Import a year's calendar (JSON)…"), theme.FolderOpenIcon(), st.importCalendar)
	legend := container.NewHBox(legendBox(holidayColor(), lang.L("Public holiday")), legendBox(makeUpColor(), lang.L("Make-up working day")),
		legendBox(weekendColor(), lang.L("Weekend")))
	calBox := container.NewBorder(container.NewVBox(heading(lang.L("Working calendar")), container.NewHBox(st.calYear, imp), legend), nil, nil, nil,
		st.calGrid)
	split := container.NewHSplit(container.NewVScroll(hoursBox), container.NewVScroll(calBox))
	split.Offset = 0.35
	return split
}

// showCalendar opens the working calendar at the year.
func (st *settings) showCalendar(year int) {
	for i, it := range st.tabs.Items {
		if it.Content == st.calendar {
			st.tabs.SelectIndex(i)
		}
	}
	st.calYear.SetSelected(strconv.Itoa(year))
}

// showMail opens the mail account's settings.
func (st *settings) showMail() {
	for i, it := range st.tabs.Items {
		if it.Content == st.mail.view {
			st.tabs.SelectIndex(i)
		}
	}
}

func (st *settings) fillHours() {
	week := st.store.Calendar().Week()
	for i, wd := range weekdayOrder {
		var parts []string
		for _, p := range week[wd] {
			parts = append(parts, p.String())
		}
		st.hours[i].SetText(strings.Join(parts, ", "))
	}
	st.hoursSet.mark()
}

func (st *settings) saveHours() {
	var week [7][]calendar.Period
	for i, wd := range weekdayOrder {
		for _, part := range strings.Split(st.hours[i].Text, ",") {
			if strings.TrimSpace(part) == "" {
				continue
			}
			p, err := calendar.ParsePeriod(part)
			if err != nil {
				setError(st.hoursMsg, lang.L("{{.Day}}: write periods as HH:MM-HH:MM, e.g. 09:00-12:00.", map[string]any{"Day": weekdayLabel(wd)}))
				return
			}
			week[wd] = append(week[wd], p)
		}
	}
	setError(st.hoursMsg, "")
	st.desk.run(func(ctx context.Context) error { return st.store.SetWorkingHours(ctx, week) }, unlessFailed(st.hoursMsg, func() {
		st.desk.setStatus(lang.L("Working hours saved. They apply to deadlines computed from now on."))
		st.fillHours()
	}))
}

func holidayColor() color.Color { return color.NRGBA{R: 0xe5, G: 0x39, B: 0x35, A: 0xa0} }
func makeUpColor() color.Color  { return color.NRGBA{R: 0x1e, G: 0x88, B: 0xe5, A: 0xa0} }
func weekendColor() color.Color { return color.NRGBA{R: 0x90, G: 0x90, B: 0x90, A: 0x50} }

func legendBox(c color.Color, label string) fyne.CanvasObject {
	r := canvas.NewRectangle(c)
	r.SetMinSize(fyne.NewSize(16, 16))
	return container.NewHBox(container.NewCenter(r), widget.NewLabel(label))
}

func (st *settings) fillCalendar() {
	cal := st.store.Calendar()
	years := cal.Years()
	now := st.desk.now().In(cal.Location()).Year()
	have := false
	var opts []string
	for _, y := range years {
		opts = append(opts, strconv.Itoa(y))
		have = have || y == now
	}
	if !have {
		opts = append(opts, strconv.Itoa(now))
	}
	// Next year's schedule, once it is due, can be looked at (and found missing) too.
	if y := cal.MissingYear(st.desk.now()); y > now {
		opts = append(opts, strconv.Itoa(y))
	}
	sel := st.calYear.Selected
	st.calYear.Options = opts
	if sel == "" {
		sel = strconv.Itoa(now)
	}
	st.calYear.SetSelected(sel)
}

// fillCalendarGrid draws the twelve months of the chosen year.
func (st *settings) fillCalendarGrid() {
	cal := st.store.Calendar()
	y, err := strconv.Atoi(st.calYear.Selected)
	st.calGrid.RemoveAll()
	if err != nil {
		return
	}
	if !cal.Covers(y) {
		l := newPara(lang.L("The calendar has no holiday data for {{.Year}}. Import that year's JSON; until then deadlines count weekdays only and are marked unverified.", map[string]any{"Year": y}))
		l.Importance = widget.WarningImportance
		st.calGrid.Add(l)
	}
	loc := cal.Location()
	for m := time.January; m <= time.December; m++ {
		g := container.NewGridWithColumns(7)
		for _, wd := range weekdayOrder {
			h := canvas.NewText(lang.X("weekday.short."+strings.ToLower(wd.String()), wd.String()[:2]), theme.Color(theme.ColorNameForeground))
			h.TextSize = 10
			h.Alignment = fyne.TextAlignCenter
			g.Add(h)
		}
		first := time.Date(y, m, 1, 12, 0, 0, 0, loc)
		offset := (int(first.Weekday()) + 6) % 7
		for i := 0; i < offset; i++ {
			g.Add(canvas.NewRectangle(color.Transparent))
		}
		for d := first; d.Month() == m; d = d.AddDate(0, 0, 1) {
			info := cal.DayInfo(d)
			var bg color.Color = color.Transparent
			switch {
			case info.Holiday != "":
				bg = holidayColor()
			case info.MakeUp:
				bg = makeUpColor()
			case !info.Working:
				bg = weekendColor()
			}
			r := canvas.NewRectangle(bg)
			t := canvas.NewText(strconv.Itoa(d.Day()), theme.Color(theme.ColorNameForeground))
			t.TextSize = 10
			t.Alignment = fyne.TextAlignCenter
			g.Add(container.NewStack(r, t))
		}
		title := widget.NewLabelWithStyle(lang.X("month."+strconv.Itoa(int(m)), m.String()), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		st.calGrid.Add(container.NewBorder(title, nil, nil, nil, g))
	}
	st.calGrid.Refresh()
}

func (st *settings) importCalendar() {
	st.desk.choosePath(func(path string) {
		st.desk.run(func(ctx context.Context) error {
			b, err := os.ReadFile(path)
			if err != nil {
				return errInput{lang.L("The file cannot be read: {{.Error}}", map[string]any{"Error": err.Error()})}
			}
			return st.store.ImportCalendar(ctx, b)
		}, func(err error) {
			if err != nil {
				st.desk.showError(err)
				return
			}
			st.desk.setStatus(lang.L("Calendar imported."))
			st.fillCalendar()
			st.fillCalendarGrid()
		})
	})
}

func (st *settings) dataView() fyne.CanvasObject {
	var names []string
	for _, l := range Languages {
		names = append(names, languageName[l])
	}
	st.language = newSelect(names, nil)
	st.dataMsg = errorLabel()
	saveLang := widget.NewButton(lang.L("Save language"), func() {
		code := Languages[st.language.SelectedIndex()]
		st.desk.run(func(ctx context.Context) error { return st.store.SetLanguage(ctx, code) }, unlessFailed(st.dataMsg, func() {
			st.desk.setStatus(lang.L("Language saved. It applies the next time Complaint Desk starts."))
			// The shipped departments, categories and built-in account are named in it now.
			if st.desk.reg != nil {
				st.desk.reg.forgetNames()
			}
			st.lists.reload()
			st.staff.reload()
		}))
	})
	langNote := newPara(lang.L("The new language applies the next time Complaint Desk starts."))

	dir := filepath.Dir(st.store.Path())
	path := widget.NewLabel(st.store.Path())
	path.Wrapping = fyne.TextWrapBreak
	reveal := widget.NewButtonWithIcon(lang.L("Open data folder"), theme.FolderOpenIcon(), func() {
		if err := sysopen.Reveal(dir); err != nil {
			st.desk.showError(err)
		}
	})
	backup := widget.NewButtonWithIcon(lang.L("Back up now…"), theme.DocumentSaveIcon(), st.backup)
	restore := widget.NewButtonWithIcon(lang.L("Restore from a backup…"), theme.HistoryIcon(), st.restore)
	restore.Importance = widget.DangerImportance
	return container.NewVScroll(container.NewVBox(
		heading(lang.L("Language")), container.NewHBox(selectBox(st.language), saveLang), langNote,
		widget.NewSeparator(),
		heading(lang.L("Database file")), path, container.NewHBox(reveal),
		widget.NewSeparator(),
		heading(lang.L("Backup")), st.dailyNote(), container.NewHBox(backup, restore), st.dataMsg,
	))
}

func (st *settings) backup() {
	dlg := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			st.desk.showError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		// The dialog created an empty file; the backup replaces it in one rename.
		st.desk.setStatus(lang.L("Backing up…"))
		st.desk.run(func(ctx context.Context) error { return st.store.Backup(ctx, path) }, unlessFailed(st.dataMsg, func() {
			setError(st.dataMsg, "")
			st.desk.setStatus(lang.L("Backup written to {{.Path}}", map[string]any{"Path": path}))
		}))
	}, st.desk.win)
	dlg.SetFileName("complaintdesk-" + st.desk.now().Format("20060102-1504") + ".db")
	st.desk.showFileDialog(dlg, lang.L("Save as"))
}

// dailyNote says where the daily backups go, with a button that opens the folder.
func (st *settings) dailyNote() fyne.CanvasObject {
	dir := st.desk.opts.BackupDir
	if dir == "" {
		return container.NewVBox()
	}
	note := newPara(lang.L("Each day the program is used, a backup is written to {{.Dir}}; the newest {{.N}} are kept. Keep copies off this computer too.",
		map[string]any{"Dir": dir, "N": data.DailyBackups}))
	open := widget.NewButtonWithIcon(lang.L("Open backups folder"), theme.FolderOpenIcon(), func() {
		if err := sysopen.Reveal(dir); err != nil {
			st.desk.showError(err)
		}
	})
	return container.NewVBox(note, container.NewHBox(open))
}

// restore replaces the database with a backup. The store must be closed for that, so the
// program ends afterwards and the clerk starts it again.
func (st *settings) restore() {
	st.desk.choosePath(func(from string) {
		confirm := dialog.NewConfirm(lang.L("Restore from a backup"),
			lang.L("Replace the current database with {{.Path}}? The current one is kept beside it. Complaint Desk closes afterwards; start it again.", map[string]any{"Path": from}),
			func(ok bool) {
				if ok {
					st.doRestore(from)
				}
			}, st.desk.win)
		st.desk.showDialog(confirm)
	})
}

func (st *settings) doRestore(from string) {
	to := st.store.Path()
	var kept string
	st.desk.run(func(ctx context.Context) error {
		if err := st.store.Close(); err != nil {
			return err
		}
		var err error
		kept, err = data.Restore(ctx, from, to)
		return err
	}, func(err error) {
		msg := lang.L("Restored. The previous database was kept as {{.Path}}.", map[string]any{"Path": kept})
		if err != nil {
			msg = errorText(err)
		}
		info := dialog.NewInformation(lang.L("Restore from a backup"), msg+"\n"+lang.L("Complaint Desk will now close; start it again."), st.desk.win)
		info.SetOnClosed(st.desk.app.Quit)
		info.Show()
	})
}

// officeForm edits the office profile printed on letterheads.
type officeForm struct {
	desk  *Desk
	store settingsStore
	view  fyne.CanvasObject

	name, dept, address, phone, email *entry
	logo                              []byte
	logoImg                           *canvas.Image
	logoInfo                          *widget.Label
	msg                               *para
	state                             formState
}

func newOfficeForm(d *Desk, s settingsStore) *officeForm {
	o := &officeForm{desk: d, store: s, name: newEntry(), dept: newEntry(), address: newEntry(), phone: newEntry(), email: newEntry()}
	o.logoImg = canvas.NewImageFromResource(nil)
	o.logoImg.FillMode = canvas.ImageFillContain
	o.logoImg.SetMinSize(fyne.NewSize(160, 80))
	o.logoInfo = widget.NewLabel("")
	o.msg = errorLabel()
	choose := widget.NewButton(lang.L("Choose logo…"), o.chooseLogo)
	clear := widget.NewButton(lang.L("Remove logo"), func() { o.setLogo(nil) })
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Office name")+" *", o.name),
		widget.NewFormItem(lang.L("Signing department"), o.dept),
		widget.NewFormItem(lang.L("Address"), o.address),
		&widget.FormItem{Text: lang.L("Phone"), Widget: o.phone,
			HintText: lang.L("A complainant's mail that quotes the office's letters gives this phone number and address: they are not recorded as the complainant's.")},
		&widget.FormItem{Text: lang.L("Email"), Widget: o.email,
			HintText: lang.L("Printed on letters. A complaint a colleague forwards from an address at this domain is registered for whoever wrote it.")},
		widget.NewFormItem(lang.L("Letterhead logo"), container.NewVBox(container.NewHBox(o.logoImg), o.logoInfo, container.NewHBox(choose, clear))),
	)
	save := widget.NewButtonWithIcon(lang.L("Save office profile"), theme.DocumentSaveIcon(), o.save)
	save.Importance = widget.HighImportance
	o.view = container.NewVScroll(container.NewVBox(form, o.msg, container.NewHBox(save)))
	o.state.read = func() []string {
		return []string{o.name.Text, o.dept.Text, o.address.Text, o.phone.Text, o.email.Text, string(o.logo)}
	}
	return o
}

func (o *officeForm) reload() {
	var prof data.Office
	o.desk.run(func(ctx context.Context) error {
		var err error
		prof, err = o.store.OfficeProfile(ctx)
		return err
	}, unlessFailed(o.msg, func() {
		o.name.SetText(prof.Name)
		o.dept.SetText(prof.Dept)
		o.address.SetText(prof.Address)
		o.phone.SetText(prof.Phone)
		o.email.SetText(prof.Email)
		o.setLogo(prof.Logo)
		o.state.mark()
	}))
}

func (o *officeForm) setLogo(b []byte) {
	o.logo = b
	if len(b) == 0 {
		o.logoImg.Resource = nil
		o.logoInfo.SetText(lang.L("No logo"))
	} else {
		o.logoImg.Resource = fyne.NewStaticResource("logo", b)
		o.logoInfo.SetText(humanSize(int64(len(b))))
	}
	o.logoImg.Refresh()
}

func (o *officeForm) chooseLogo() {
	dlg := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		var b []byte
		o.desk.run(func(context.Context) error {
			var err error
			b, err = os.ReadFile(path)
			if err != nil {
				return errInput{lang.L("The file cannot be read: {{.Error}}", map[string]any{"Error": err.Error()})}
			}
			if ct := http.DetectContentType(b); ct != "image/png" && ct != "image/jpeg" {
				return errInput{lang.L("The logo must be a PNG or JPEG image.")}
			}
			return nil
		}, unlessFailed(o.msg, func() {
			setError(o.msg, "")
			o.setLogo(b)
		}))
	}, o.desk.win)
	o.desk.showFileDialog(dlg, lang.L("Open a file"))
}

func (o *officeForm) save() {
	prof := data.Office{Name: strings.TrimSpace(o.name.Text), Dept: strings.TrimSpace(o.dept.Text), Address: o.address.Text,
		Phone: strings.TrimSpace(o.phone.Text), Email: strings.TrimSpace(o.email.Text), Logo: o.logo}
	o.desk.run(func(ctx context.Context) error { return o.store.SetOfficeProfile(ctx, prof) }, unlessFailed(o.msg, func() {
		setError(o.msg, "")
		o.state.mark()
		o.desk.setStatus(lang.L("Office profile saved."))
	}))
}

// codeLists edits departments and categories: code, name and whether still offered.
type codeLists struct {
	desk  *Desk
	store settingsStore
	view  fyne.CanvasObject
	depts *codeEditor
	cats  *codeEditor
}

type codeEditor struct {
	items  []data.Department // categories are held in the same shape
	list   *widget.List
	code   *entry
	name   *entry
	act    *tick
	msg    *para
	save   func(ctx context.Context, d data.Department) error
	submit func() // saves the entry shown, as its button does
	view   fyne.CanvasObject
	state  formState // the entry as shown
	shown  widget.ListItemID
}

func newCodeEditor(d *Desk, title string, save func(ctx context.Context, x data.Department) error, reload func()) *codeEditor {
	e := &codeEditor{code: newEntry(), name: newEntry(), msg: errorLabel(), save: save, shown: -1}
	e.act = newCheck(lang.L("Active (offered for new cases)"), nil)
	e.act.SetChecked(true)
	e.state.read = func() []string { return []string{e.code.Text, e.name.Text, strconv.FormatBool(e.act.Checked)} }
	e.state.mark()
	e.list = widget.NewList(func() int { return len(e.items) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			it := e.items[i]
			text := it.Code + " — " + it.Name
			if !it.Active {
				text += " " + lang.L("(inactive)")
			}
			o.(*widget.Label).SetText(text)
		})
	e.list.OnSelected = func(i widget.ListItemID) {
		d.switchItem(&e.state, e.list, &e.shown, i, func() {
			it := e.items[i]
			e.code.SetText(it.Code)
			e.code.Disable()
			e.name.SetText(it.Name)
			e.act.SetChecked(it.Active)
			e.state.mark()
		})
	}
	newBtn := widget.NewButtonWithIcon(lang.L("New"), theme.ContentAddIcon(), func() {
		d.switchItem(&e.state, e.list, &e.shown, -1, func() {
			e.list.UnselectAll()
			e.code.Enable()
			e.code.SetText("")
			e.name.SetText("")
			e.act.SetChecked(true)
			e.state.mark()
		})
	})
	e.submit = func() {
		x := data.Department{Code: strings.TrimSpace(e.code.Text), Name: strings.TrimSpace(e.name.Text), Active: e.act.Checked}
		d.run(func(ctx context.Context) error { return e.save(ctx, x) }, unlessFailed(e.msg, func() {
			setError(e.msg, "")
			e.state.mark()
			if d.reg != nil {
				d.reg.forgetNames()
			}
			reload()
		}))
	}
	saveBtn := widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), e.submit)
	e.code.SetPlaceHolder(lang.L("code, e.g. engineering"))
	form := widget.NewForm(widget.NewFormItem(lang.L("Code"), e.code), widget.NewFormItem(lang.L("Name of a department or category"), e.name), widget.NewFormItem("", e.act))
	e.view = container.NewBorder(heading(title), container.NewVBox(form, e.msg, container.NewHBox(newBtn, saveBtn)), nil, nil, e.list)
	return e
}

func newCodeLists(d *Desk, s settingsStore) *codeLists {
	c := &codeLists{desk: d, store: s}
	c.depts = newCodeEditor(d, lang.L("Departments"), s.SaveDepartment, c.reload)
	c.cats = newCodeEditor(d, lang.L("Categories"), func(ctx context.Context, x data.Department) error {
		return s.SaveCategory(ctx, data.Category(x))
	}, c.reload)
	c.view = container.NewGridWithColumns(2, c.depts.view, c.cats.view)
	return c
}

func (c *codeLists) reload() {
	var depts []data.Department
	var cats []data.Category
	c.desk.run(func(ctx context.Context) error {
		var err error
		if depts, err = c.store.Departments(ctx); err != nil {
			return err
		}
		cats, err = c.store.Categories(ctx)
		return err
	}, unlessFailed(c.depts.msg, func() {
		c.depts.items = depts
		c.cats.items = c.cats.items[:0]
		for _, x := range cats {
			c.cats.items = append(c.cats.items, data.Department(x))
		}
		c.depts.list.Refresh()
		c.cats.list.Refresh()
	}))
}

// policyForm edits the SLA policies (category × level → deadline specs).
type policyForm struct {
	desk  *Desk
	store settingsStore
	view  fyne.CanvasObject

	items    []data.Policy
	cats     []data.Category
	list     *widget.List
	category *choice
	level    *choice
	ack      *entry
	resolve  *entry
	progress *entry
	follow   *entry
	msg      *para
	state    formState // the policy as shown
	shown    widget.ListItemID
}

func newPolicyForm(d *Desk, s settingsStore) *policyForm {
	p := &policyForm{desk: d, store: s, ack: newEntry(), resolve: newEntry(), progress: newEntry(), follow: newEntry(), msg: errorLabel(), shown: -1}
	p.list = widget.NewList(func() int { return len(p.items) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			it := p.items[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%s · %s — %s %s · %s %s · %s %s · %s %s", p.categoryName(it.Category), p.levelName(it.Level),
				lang.L("acknowledge"), it.Acknowledge, lang.L("solution"), it.Resolve, lang.L("progress contact"), it.Progress,
				lang.L("follow-up"), it.FollowUp))
		})
	p.list.OnSelected = func(i widget.ListItemID) {
		d.switchItem(&p.state, p.list, &p.shown, i, func() {
			it := p.items[i]
			p.category.SetSelected(p.categoryName(it.Category))
			p.level.SetSelectedIndex(it.Level)
			p.ack.SetText(it.Acknowledge)
			p.resolve.SetText(it.Resolve)
			p.progress.SetText(it.Progress)
			p.follow.SetText(it.FollowUp)
			p.state.mark()
		})
	}
	p.category = newSelect(nil, nil)
	p.level = newSelect([]string{lang.L("Any level"), levelLabel(1), levelLabel(2), levelLabel(3)}, nil)
	hint := newPara(lang.L("Deadlines: 24h = calendar hours, 8wh = working hours, 7wd = working days, 7d = calendar days."))
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Category"), p.category), widget.NewFormItem(lang.L("Level"), p.level),
		widget.NewFormItem(lang.L("Acknowledge within"), p.ack), widget.NewFormItem(lang.L("Propose a solution within"), p.resolve),
		widget.NewFormItem(lang.L("Contact the complainant at least every"), p.progress),
		widget.NewFormItem(lang.L("Follow-up after closing within"), p.follow))
	save := widget.NewButtonWithIcon(lang.L("Save policy"), theme.DocumentSaveIcon(), p.save)
	del := widget.NewButtonWithIcon(lang.L("Delete policy"), theme.DeleteIcon(), p.delete)
	p.view = container.NewBorder(nil, container.NewVBox(hint, form, p.msg, container.NewHBox(save, del)), nil, nil, p.list)
	p.state.read = func() []string {
		return []string{p.category.Selected, p.level.Selected, p.ack.Text, p.resolve.Text, p.progress.Text, p.follow.Text}
	}
	p.state.mark()
	return p
}

func (p *policyForm) categoryName(code string) string {
	if code == "" {
		return lang.L("Any category")
	}
	for _, c := range p.cats {
		if c.Code == code {
			return c.Name
		}
	}
	return code
}

func (p *policyForm) levelName(l int) string {
	if l == 0 {
		return lang.L("Any level")
	}
	return levelLabel(l)
}

func (p *policyForm) reload() {
	var items []data.Policy
	var cats []data.Category
	p.desk.run(func(ctx context.Context) error {
		var err error
		if items, err = p.store.Policies(ctx); err != nil {
			return err
		}
		cats, err = p.store.Categories(ctx)
		return err
	}, unlessFailed(p.msg, func() {
		untouched := !p.state.changed()
		p.items, p.cats = items, cats
		opts := []string{lang.L("Any category")}
		for _, c := range cats {
			opts = append(opts, c.Name)
		}
		p.category.SetOptions(opts)
		p.list.Refresh()
		if untouched {
			p.state.mark() // the categories named anew are not a change
		}
	}))
}

func (p *policyForm) selected() (string, int) {
	cat := ""
	if i := p.category.SelectedIndex(); i > 0 {
		cat = p.cats[i-1].Code
	}
	return cat, max(p.level.SelectedIndex(), 0)
}

func (p *policyForm) save() {
	cat, level := p.selected()
	pol := data.Policy{Category: cat, Level: level, Acknowledge: strings.TrimSpace(p.ack.Text), Resolve: strings.TrimSpace(p.resolve.Text),
		Progress: strings.TrimSpace(p.progress.Text), FollowUp: strings.TrimSpace(p.follow.Text)}
	p.desk.run(func(ctx context.Context) error { return p.store.SetPolicy(ctx, pol) }, unlessFailed(p.msg, func() {
		setError(p.msg, "")
		p.state.mark()
		p.desk.setStatus(lang.L("Policy saved. It applies to deadlines computed from now on."))
		p.reload()
	}))
}

func (p *policyForm) delete() {
	cat, level := p.selected()
	p.desk.run(func(ctx context.Context) error { return p.store.DeletePolicy(ctx, cat, level) }, unlessFailed(p.msg, func() {
		setError(p.msg, "")
		p.reload()
	}))
}

// phraseForm edits the standard and forbidden phrases as lines of text.
type phraseForm struct {
	desk      *Desk
	store     settingsStore
	view      fyne.CanvasObject
	standard  *entry
	forbidden *entry
	msg       *para
	state     formState // the phrases as loaded or saved
}

func newPhraseForm(d *Desk, s settingsStore) *phraseForm {
	f := &phraseForm{desk: d, store: s, standard: newMultiLine(14), forbidden: newMultiLine(6), msg: errorLabel()}
	f.standard.Wrapping = fyne.TextWrapOff
	f.forbidden.Wrapping = fyne.TextWrapOff
	f.state.read = func() []string { return []string{f.standard.Text, f.forbidden.Text} }
	save := widget.NewButtonWithIcon(lang.L("Save phrases"), theme.DocumentSaveIcon(), f.save)
	reset := widget.NewButton(lang.L("Restore the phrase book's defaults"), func() { f.fill(phrases.Default()) })
	f.view = container.NewVScroll(container.NewVBox(
		heading(lang.L("Standard phrases")), widget.NewLabel(lang.L("One per line: group | title | text")), f.standard,
		heading(lang.L("Forbidden phrases")), widget.NewLabel(lang.L("One per line: phrase | rule. xx stands for any name.")), f.forbidden,
		f.msg, container.NewHBox(save, reset)))
	return f
}

func (f *phraseForm) reload() {
	var l phraseLists
	f.desk.run(func(ctx context.Context) error {
		var err error
		l, err = loadPhrases(ctx, f.store)
		return err
	}, unlessFailed(f.msg, func() {
		f.fill(l)
		f.state.mark()
	}))
}

func (f *phraseForm) fill(l phraseLists) {
	var std, forb []string
	for _, s := range l.Standard {
		std = append(std, s.Group+" | "+s.Title+" | "+s.Text)
	}
	for _, x := range l.Forbidden {
		forb = append(forb, x.Phrase+" | "+x.Rule)
	}
	f.standard.SetText(strings.Join(std, "\n"))
	f.forbidden.SetText(strings.Join(forb, "\n"))
}

// parse reads the two text areas back into lists.
func (f *phraseForm) parse() (phraseLists, error) {
	var l phraseLists
	for i, line := range strings.Split(f.standard.Text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.SplitN(line, "|", 3)
		if len(parts) != 3 {
			return l, errInput{lang.L("Standard phrase line {{.N}}: write group | title | text.", map[string]any{"N": i + 1})}
		}
		l.Standard = append(l.Standard, phrases.Standard{Group: strings.TrimSpace(parts[0]), Title: strings.TrimSpace(parts[1]), Text: strings.TrimSpace(parts[2])})
	}
	for _, line := range strings.Split(f.forbidden.Text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		phrase, rule, _ := strings.Cut(line, "|")
		l.Forbidden = append(l.Forbidden, phrases.Forbidden{Phrase: strings.TrimSpace(phrase), Rule: strings.TrimSpace(rule)})
	}
	return l, nil
}

func (f *phraseForm) save() {
	l, err := f.parse()
	if err != nil {
		setError(f.msg, errorText(err))
		return
	}
	b, err := l.JSON()
	if err != nil {
		setError(f.msg, lang.L("The phrases cannot be saved: {{.Error}}", map[string]any{"Error": err.Error()}))
		return
	}
	f.desk.run(func(ctx context.Context) error { return f.store.SetSetting(ctx, data.SettingPhrases, string(b)) }, unlessFailed(f.msg, func() {
		setError(f.msg, "")
		f.state.mark()
		f.desk.setStatus(lang.L("Phrases saved."))
	}))
}
