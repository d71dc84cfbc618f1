// Package ui is the clerk's window: navigation, dashboard, register, case view, intake forms,
// follow-ups, reports and settings. It holds no SQL, PDF or IMAP code: it calls the packages.
package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/mailintake"
)

// Options are the wiring choices of the window.
type Options struct {
	User string           // the account the clerk works as
	Now  func() time.Time // the clock; nil means time.Now
	// LoadDemo fills an empty database with demo cases; nil when no demo is offered.
	LoadDemo func(ctx context.Context) error
	// FirstRun is true when the database was created by this start.
	FirstRun bool
	// SignOut, when set, is offered as "switch user": the desk is closed and SignOut shows the
	// sign-in again. Nil when the window did not ask who is working.
	SignOut func()
	// BackupDir, when set, is where a backup is written each day the window is used
	// (data.Store.DailyBackup).
	BackupDir string

	// apply runs a function on the UI goroutine; nil means fyne.Do. Tests deliver the
	// updates on their own goroutine with it.
	apply func(func())
}

// Desk is the main window's content: navigation on the left, the current screen on the right.
type Desk struct {
	widget.BaseWidget
	app   fyne.App
	win   fyne.Window
	store *data.Store
	opts  Options
	ctx   context.Context
	// closed is closed when the window closes: what watches in the background stops.
	closed    chan struct{}
	closeOnce sync.Once

	root      *fyne.Container
	content   *fyne.Container
	navList   *widget.List
	status    *widget.Label
	statusErr bool       // the status line says what went wrong (showError)
	userLabel *para      // the account the window works as
	account   *data.User // that account, once read; nil when there is none
	busyBar   *widget.ProgressBarInfinite

	dash      *dashboard
	reg       *register
	followups *followUps
	reports   *reportsScreen
	reportsUI fyne.CanvasObject
	settings  *settings
	current   string // the navigation key of the screen shown, or "case"/"new"
	previous  string // where Back returns to from a case

	caseView *caseView
	mail     *mailTray
	archive  fyne.CanvasObject
	poller   *mailintake.Poller
	intake   *intakeForm
	// caseTabs are extra tabs of the case view (letters, mail), in order.
	caseTabs []caseTab

	apply   func(func())
	pending atomic.Int64 // background tasks whose result is not applied yet
	mu      sync.Mutex
	busy    int
	dialogs []dialog.Dialog
	// letters are the letter windows opened from the desk.
	letters *letterWindows
	// forms are the open dialogs that save what is typed in them, by their dialog.
	forms map[dialog.Dialog]*formDialog
	// questions are the open questions Enter answers yes (question); not a question whose yes
	// loses work (放弃修改？) or replaces the database.
	questions map[dialog.Dialog]bool
	overdue   overdueWatch
}

// navigation keys and their English labels, in order.
var navItems = []struct{ key, label string }{
	{"dashboard", "Dashboard"}, {"register", "Complaint register"}, {"followups", "Follow-ups"},
	{"reports", "Reports"}, {"settings", "Settings"}, {"mail", "Email intake"}, {"archive", "Letter archive"},
}

// New builds the window content (set it with w.SetContent) and installs the menu and keyboard shortcuts on w.
func New(a fyne.App, w fyne.Window, s *data.Store, o Options) *Desk {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.User == "" {
		o.User = "admin"
	}
	d := &Desk{app: a, win: w, store: s, opts: o, ctx: data.WithActor(context.Background(), o.User), apply: o.apply,
		caseTabs: []caseTab{lettersTab}, letters: &letterWindows{open: map[*composer]struct{}{}},
		forms: map[dialog.Dialog]*formDialog{}, closed: make(chan struct{})}
	if d.apply == nil {
		d.apply = fyne.Do
	}
	d.status = widget.NewLabel("")
	d.status.Truncation = fyne.TextTruncateEllipsis
	d.busyBar = widget.NewProgressBarInfinite()
	d.busyBar.Hide()
	d.busyBar.Stop()

	// The dashboard is shown first; the other screens are built when first opened, which
	// keeps the start fast.
	d.dash = newDashboard(d, s)

	// The list is as wide as its widest entry in the clerk's language, the dashboard's and the
	// follow-ups' with a count of overdue ones beside them, the mail tray's with its count of
	// mail for the clerk, its failed check or both.
	widest, most := "", float32(0)
	for _, it := range navItems {
		var entries []string
		switch it.key {
		case "dashboard", "followups":
			entries = []string{lang.L("{{.N}} overdue", map[string]any{"N": "999"})}
		case "mail":
			entries = []string{mailNavNote(false, 999), mailNavNote(true, 0), mailNavNote(true, 999)}
		default:
			entries = []string{""}
		}
		for _, e := range entries {
			l := strings.TrimSpace(lang.L(it.label) + " " + e)
			if w := fyne.MeasureText(l, theme.TextSize(), fyne.TextStyle{}).Width; w > most {
				widest, most = l, w
			}
		}
	}
	d.navList = widget.NewList(func() int { return len(navItems) },
		func() fyne.CanvasObject { return widget.NewLabel(widest) },
		d.navLabel)
	d.navList.OnSelected = d.navSelected

	newBtn := widget.NewButtonWithIcon(lang.L("New complaint"), theme.ContentAddIcon(), d.NewComplaint)
	newBtn.Importance = widget.HighImportance
	// Wrapped rather than widening the menu when a long name or a warning does not fit.
	d.userLabel = newPara(lang.L("Signed in as {{.User}}", map[string]any{"User": o.User}))
	nav := container.NewBorder(container.NewVBox(newBtn, widget.NewSeparator()), container.NewPadded(d.userLabel), nil, nil, d.navList)

	d.content = container.NewStack()
	statusBar := container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(160, 20), d.busyBar), d.status)
	split := container.NewHSplit(nav, d.content)
	split.Offset = 0.15
	d.root = container.NewBorder(nil, statusBar, nil, nil, split)

	d.ExtendBaseWidget(d)
	w.SetTitle(lang.L("Complaint Desk"))
	d.installShortcuts()
	w.SetCloseIntercept(d.closeRequested)
	w.SetOnDropped(d.dropped)
	d.showAccount()
	d.navList.Select(0)
	if o.FirstRun && o.LoadDemo != nil {
		d.offerDemo()
	}
	d.startMailPolling()
	d.startDeadlineWatch()
	d.watchMail()
	return d
}

// dropped takes files dropped on the window: on a complaint being taken in, they are handed in
// with it; on the email intake, saved messages are imported; on an open case, the first is
// offered to attach as evidence.
func (d *Desk) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	d.mu.Lock()
	open := len(d.dialogs) > 0
	d.mu.Unlock()
	if len(paths) == 0 || open {
		return
	}
	switch cv := d.caseView; {
	case d.current == "new" && d.intake != nil:
		d.intake.addFiles(paths...)
	case d.current == "mail" && d.mail != nil:
		if info, err := os.Stat(paths[0]); err == nil && info.IsDir() && len(paths) == 1 {
			d.mail.importFolder(paths[0]) // a mailbox saved as a folder of .eml files
			break
		}
		d.mail.importFiles(paths)
	case d.current == "case" && cv != nil && cv.c != nil && slices.Contains(data.Allowed(cv.c), data.ActEvidence):
		cv.evidenceForm(paths[0])
		if len(paths) > 1 {
			d.setStatus(lang.L("Files are attached one at a time: {{.Name}} first.", map[string]any{"Name": filepath.Base(paths[0])}))
		}
	}
}

// CreateRenderer draws the desk.
func (d *Desk) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(d.root) }

// show switches to a navigation screen and reloads it.
func (d *Desk) show(key string) {
	d.current = key
	d.setStatus("")
	var obj fyne.CanvasObject
	switch key {
	case "dashboard":
		d.dash.reload()
		obj = d.dash.view
	case "register":
		d.register().reload()
		obj = d.reg.view
	case "followups":
		if d.followups == nil {
			d.followups = newFollowUps(d, d.store)
		}
		d.followups.reload()
		obj = d.followups.view
	case "reports":
		if d.reports == nil {
			d.reports, d.reportsUI = newReportsScreen(d.win, d.store, d.opts.Now, d.runner())
		} else {
			d.reports.load()
		}
		obj = d.reportsUI
	case "mail":
		if d.mail == nil {
			d.mail = newMailTray(d, d.store)
		}
		d.mail.say("") // said of what was done on an earlier visit
		d.mail.reload()
		obj = d.mail.view
	case "archive":
		if d.archive == nil {
			d.archive = newArchiveScreen(d.letterEnv(), d.store).view
		}
		obj = d.archive
	case "settings":
		if d.settings == nil {
			d.settings = newSettings(d, d.store)
		}
		d.settings.reload()
		obj = d.settings.view
	}
	d.content.Objects = []fyne.CanvasObject{obj}
	d.content.Refresh()
	d.selectNav(key)
}

// selectNav marks the screen key in the navigation list, without showing it again.
func (d *Desk) selectNav(key string) {
	for i, it := range navItems {
		if it.key == key && d.navList != nil {
			d.navList.OnSelected = nil
			d.navList.Select(i)
			d.navList.OnSelected = d.navSelected
		}
	}
}

// register is the register screen, built on first use.
func (d *Desk) register() *register {
	if d.reg == nil {
		d.reg = newRegister(d, d.store)
	}
	return d.reg
}

// navSelected shows the screen picked in the navigation list.
func (d *Desk) navSelected(i widget.ListItemID) {
	key := navItems[i].key
	d.leave(func() { d.show(key) })
}

// OpenCase shows one complaint in the main area; Back returns to the screen before.
func (d *Desk) OpenCase(ref string) {
	d.leave(func() { d.openCase(ref) })
}

func (d *Desk) openCase(ref string) {
	if d.current != "case" && d.current != "new" {
		d.previous = d.current
	}
	d.current = "case"
	d.setStatus("") // what the last screen said is not about this case
	d.navList.UnselectAll()
	d.caseView = newCaseView(d, d.store, ref)
	d.content.Objects = []fyne.CanvasObject{d.caseView.view}
	d.content.Refresh()
}

// back leaves a case or the new-complaint form.
func (d *Desk) back() {
	prev := d.previous
	if prev == "" {
		prev = "dashboard"
	}
	d.leave(func() { d.show(prev) })
}

// NewComplaint opens the intake form.
func (d *Desk) NewComplaint() {
	d.leave(func() { d.showIntake(newIntakeForm(d, d.store)) })
}

// registerMail opens the intake form filled in from a message that could not be read.
func (d *Desk) registerMail(m *data.MailMessage) {
	f := newIntakeForm(d, d.store)
	f.fromMail(m, func(ctx context.Context, n data.NewComplaint) (string, error) {
		out, err := mailintake.RegisterAs(ctx, d.store, m.ID, n)
		return out.ComplaintRef, err
	})
	d.showIntake(f)
}

func (d *Desk) showIntake(f *intakeForm) {
	if d.current != "case" && d.current != "new" {
		d.previous = d.current
	}
	d.current = "new"
	d.navList.UnselectAll()
	d.intake = f
	d.content.Objects = []fyne.CanvasObject{f.view}
	d.content.Refresh()
	d.win.Canvas().Focus(f.name)
}

// Search puts the cursor in the email tray's search field when the tray is shown, else switches
// to the register and puts it in the register's.
func (d *Desk) Search() {
	if d.current == "mail" && d.mail != nil {
		// The tray has its own search: the messages, not the register.
		d.win.Canvas().Focus(d.mail.search)
		return
	}
	d.leave(func() {
		if d.current != "register" {
			d.show("register")
		}
		d.win.Canvas().Focus(d.register().search)
	})
}

func (d *Desk) installShortcuts() {
	ctrl := fyne.KeyModifierShortcutDefault
	// While a dialog is open the shortcuts wait: the dialog belongs to the screen under it, and
	// changing that screen would leave it standing over another case or list.
	item := func(label string, key fyne.KeyName, fn func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() {
			if d.win.Canvas().Overlays().Top() != nil {
				return
			}
			fn()
		})
		it.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: ctrl}
		return it
	}
	goTo := func(key string) func() {
		return func() {
			d.leave(func() {
				d.show(key)
				// Come by the keyboard, the keys go on in the screen: its search box takes what is
				// typed, and Down goes on from it to the list.
				switch {
				case key == "mail" && d.mail != nil:
					d.win.Canvas().Focus(d.mail.search)
				case key == "register" && d.reg != nil:
					d.win.Canvas().Focus(d.reg.search)
				}
			})
		}
	}
	// Menu shortcuts fire whichever widget has the focus, unlike canvas shortcuts.
	// Save acts on the dialog open, unlike the others.
	save := fyne.NewMenuItem(lang.L("Save"), d.saveShown)
	save.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: ctrl}
	complaints := fyne.NewMenu(lang.L("Complaints"),
		item(lang.L("New complaint"), fyne.KeyN, d.NewComplaint),
		item(lang.L("Search"), fyne.KeyF, d.Search), save)
	if d.opts.SignOut != nil {
		complaints.Items = append(complaints.Items, fyne.NewMenuItemSeparator(),
			item(lang.L("Switch user"), fyne.KeyL, d.signOut))
	}
	d.win.SetMainMenu(fyne.NewMainMenu(complaints,
		fyne.NewMenu(lang.L("Go"),
			item(lang.L("Dashboard"), fyne.Key1, goTo("dashboard")),
			item(lang.L("Complaint register"), fyne.Key2, goTo("register")),
			item(lang.L("Follow-ups"), fyne.Key3, goTo("followups")),
			item(lang.L("Reports"), fyne.Key4, goTo("reports")),
			item(lang.L("Settings"), fyne.Key5, goTo("settings")),
			item(lang.L("Email intake"), fyne.Key6, goTo("mail")),
			item(lang.L("Letter archive"), fyne.Key7, goTo("archive"))),
	))
	d.win.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
		switch e.Name {
		case fyne.KeyEscape:
			// Without a dialog to close, Esc on a case goes back where it was opened from, as 返回
			// does.
			if !d.closeTopDialog() && d.current == "case" {
				d.back()
			}
		case fyne.KeyReturn, fyne.KeyEnter:
			if d.pressDefault() {
				return
			}
			if d.current == "register" && d.reg != nil {
				d.reg.openSelected()
			}
		}
	})
}

// pressDefault confirms the question on top, as Enter presses a dialog's main button on Windows
// (归入此案, 登记, 是，我了解风险): nothing has the keyboard then (a button that has it takes
// Space). false when the dialog on top asks no such question.
func (d *Desk) pressDefault() bool {
	d.mu.Lock()
	var top dialog.Dialog
	if n := len(d.dialogs); n > 0 {
		top = d.dialogs[n-1]
	}
	question := d.questions[top]
	d.mu.Unlock()
	if c, ok := top.(*dialog.ConfirmDialog); ok && question {
		c.Confirm()
		return true
	}
	return false
}

// pushDialog records a dialog so that Esc can close it.
func (d *Desk) pushDialog(dlg dialog.Dialog) {
	d.mu.Lock()
	d.dialogs = append(d.dialogs, dlg)
	d.mu.Unlock()
}

func (d *Desk) popDialog(dlg dialog.Dialog) {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.forms, dlg)
	delete(d.questions, dlg)
	for i := len(d.dialogs) - 1; i >= 0; i-- {
		if d.dialogs[i] == dlg {
			d.dialogs = append(d.dialogs[:i], d.dialogs[i+1:]...)
			return
		}
	}
}

func (d *Desk) closeTopDialog() bool {
	d.mu.Lock()
	n := len(d.dialogs)
	var top dialog.Dialog
	var form *formDialog
	if n > 0 {
		top = d.dialogs[n-1]
		form = d.forms[top]
	}
	d.mu.Unlock()
	switch {
	case form != nil:
		form.close()
	case top != nil:
		top.Hide()
	}
	return top != nil
}

// runner runs work with the desk's clerk, applied the desk's way and counted with its tasks.
func (d *Desk) runner() runner { return runner{ctx: d.ctx, apply: d.apply, pending: &d.pending} }

// run does work off the UI goroutine and applies done on it. Work that takes longer than
// half a second shows the progress bar in the status line.
func (d *Desk) run(work func(ctx context.Context) error, done func(err error)) {
	d.mu.Lock()
	d.busy++
	d.mu.Unlock()
	finished := make(chan struct{})
	timer := time.AfterFunc(500*time.Millisecond, func() {
		select {
		case <-finished:
		default:
			d.apply(func() {
				d.mu.Lock()
				busy := d.busy
				d.mu.Unlock()
				if busy > 0 {
					d.busyBar.Show()
					d.busyBar.Start()
				}
			})
		}
	})
	d.runner().run(nil, func(ctx context.Context) error {
		err := work(ctx)
		close(finished)
		timer.Stop()
		return err
	}, func(err error) {
		d.mu.Lock()
		d.busy--
		idle := d.busy == 0
		d.mu.Unlock()
		if idle {
			d.busyBar.Stop()
			d.busyBar.Hide()
		}
		if done != nil {
			done(err)
		}
	})
}

// setStatus writes a line to the status bar.
func (d *Desk) setStatus(s string) {
	d.statusErr = false
	d.status.SetText(s)
}

// clearError takes what went wrong off the status line once the clerk has moved on to another
// thing (another message): it was said of the one before.
func (d *Desk) clearError() {
	if d.statusErr {
		d.setStatus("")
	}
}

// showError shows a store error as one translated message.
func (d *Desk) showError(err error) {
	d.setStatus(errorText(err))
	d.statusErr = true
	dlg := dialog.NewError(errorTextError{err}, d.win)
	d.showDialog(dlg)
}

type errorTextError struct{ err error }

func (e errorTextError) Error() string { return errorText(e.err) }

// showDialog shows dlg and lets Esc close it.
func (d *Desk) showDialog(dlg dialog.Dialog) {
	d.pushDialog(dlg)
	dlg.SetOnClosed(func() { d.popDialog(dlg) })
	dlg.Show()
}

func (d *Desk) now() time.Time { return d.opts.Now() }

func (d *Desk) offerDemo() {
	dlg := dialog.NewConfirm(lang.L("Welcome to Complaint Desk"),
		lang.L("The database is new and empty. Load demo complaints to try the program?"),
		func(ok bool) {
			if !ok {
				return
			}
			d.setStatus(lang.L("Loading demo data…"))
			d.run(d.opts.LoadDemo, func(err error) {
				if err != nil {
					d.showError(err)
					return
				}
				d.setStatus(lang.L("Demo data loaded."))
				d.show(d.current)
				// The demo's overdue complaints are counted at once, and not announced as newly
				// overdue: they came with the demo.
				d.overdue.refs = nil
				d.checkDeadlines()
			})
		}, d.win)
	dlg.SetConfirmText(lang.L("Load demo data"))
	dlg.SetDismissText(lang.L("Start empty"))
	d.showDialog(dlg)
}

// startupErrorText says in the clerk's language why the database at path cannot be opened and
// what to do; the driver's own words follow for whoever looks after the computer.
func startupErrorText(path string, err error) string {
	var why string
	switch {
	case errors.Is(err, data.ErrNotADatabase):
		why = lang.L("The file is not a Complaint Desk database. Choose the right database file, or restore one from a backup.")
	case errors.Is(err, data.ErrReadOnly):
		why = lang.L("The database file is read-only. Check the file's permissions, or copy it to a folder you can write to.")
	case errors.Is(err, data.ErrCannotOpen):
		why = lang.L("The path may be a folder, its folder may not exist, or this account may not be allowed to open it.")
	case errors.Is(err, data.ErrDiskFull):
		why = lang.L("The disk is full. Free some space and start Complaint Desk again.")
	default:
		return lang.L("The database {{.Path}} cannot be opened: {{.Error}}", map[string]any{"Path": path, "Error": err.Error()})
	}
	return lang.L("The database {{.Path}} cannot be opened. {{.Reason}}", map[string]any{"Path": path, "Reason": why}) +
		"\n\n" + lang.L("Details: {{.Error}}", map[string]any{"Error": err.Error()})
}

// ShowStartupError explains in a window of its own why the database could not be opened, since
// a clerk never sees the command line.
func ShowStartupError(a fyne.App, path string, err error) {
	w := a.NewWindow(lang.L("Complaint Desk"))
	msg := newPara(startupErrorText(path, err))
	msg.Importance = widget.DangerImportance
	quit := widget.NewButton(lang.L("Close"), a.Quit)
	w.SetContent(container.NewBorder(nil, container.NewHBox(quit), nil, nil, msg))
	w.Resize(fyne.NewSize(640, 220))
	w.ShowAndRun()
}

// showAccount names the account the window works as by its display name, and says so when
// there is no such account or it is no longer in use: changes are recorded for it.
func (d *Desk) showAccount() {
	var users []data.User
	d.run(func(ctx context.Context) error {
		var err error
		users, err = d.store.Users(ctx)
		return err
	}, func(err error) {
		if err != nil {
			return
		}
		text := lang.L("Signed in as {{.User}}", map[string]any{"User": d.opts.User}) + " " + lang.L("(no such account)")
		d.userLabel.Importance = widget.DangerImportance
		for _, u := range users {
			if u.Name != d.opts.User {
				continue
			}
			d.account = &u
			text = lang.L("Signed in as {{.User}}", map[string]any{"User": u.DisplayName})
			d.userLabel.Importance = widget.MediumImportance
			if !u.Active {
				text += " " + lang.L("(inactive)")
				d.userLabel.Importance = widget.DangerImportance
			}
		}
		d.userLabel.SetText(text)
	})
}

// administers reports whether the window works as an active administrator, or as no account
// at all (then the store decides): only they change the settings.
func (d *Desk) administers() bool {
	return d.account == nil || (d.account.Role == data.RoleAdmin && d.account.Active)
}

// signOut closes the desk and asks who is working next, on a shared computer. Windows opened
// from the desk (a letter being composed) close with it: what they did would be recorded for
// the account that signed out.
func (d *Desk) signOut() {
	d.unlessUnsaved(lang.L("Switch user?"), lang.L("Discard and switch"), d.switchUser)
}

func (d *Desk) switchUser() {
	for _, w := range append([]fyne.Window(nil), d.app.Driver().AllWindows()...) {
		if w != d.win {
			w.Close()
		}
	}
	d.Close()
	d.win.SetMainMenu(nil)
	d.win.Canvas().SetOnTypedKey(nil)
	d.win.SetCloseIntercept(nil)
	d.opts.SignOut()
}
