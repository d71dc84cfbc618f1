package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
)

// registerStore is what the register reads.
type registerStore interface {
	List(ctx context.Context, f data.ListFilter) ([]*data.Complaint, error)
	Count(ctx context.Context, f data.ListFilter) (int, error)
	Categories(ctx context.Context) ([]data.Category, error)
	Departments(ctx context.Context) ([]data.Department, error)
	Users(ctx context.Context) ([]data.User, error)
	OfficeProfile(ctx context.Context) (data.Office, error)
	Calendar() *calendar.Calendar
}

// registerPage is how many rows one page of the register holds.
const registerPage = 100

// searchDelay is how long typing must pause before the register searches.
const searchDelay = 250 * time.Millisecond

type column struct {
	title string
	width float32
	sort  data.SortKey // "" when the store cannot sort by it
	value func(r *register, c *data.Complaint) string
}

var registerColumns = []column{
	{"Reference", 130, data.SortRef, func(_ *register, c *data.Complaint) string { return c.Ref }},
	{"Received", 130, data.SortReceived, func(r *register, c *data.Complaint) string {
		return formatTime(c.ReceivedAt, r.store.Calendar().Location())
	}},
	{"Complainant", 140, "", func(_ *register, c *data.Complaint) string {
		return oneLine(c.Complainant.Name, 12)
	}},
	// What it is about, where a clerk reads it at any window width.
	{"Subject", 240, "", func(_ *register, c *data.Complaint) string { return oneLine(c.Subject, 40) }},
	{"Channel", 84, "", func(_ *register, c *data.Complaint) string { return channelLabel(c.Channel) }},
	{"Category", 100, "", func(r *register, c *data.Complaint) string { return r.names.category(c.Category) }},
	{"Level", 50, data.SortLevel, func(_ *register, c *data.Complaint) string {
		if c.Level == 0 {
			return "—"
		}
		return strconv.Itoa(c.Level)
	}},
	{"Status", 96, data.SortStatus, func(_ *register, c *data.Complaint) string { return statusLabel(c.Status) }},
	{"Department", 100, data.SortDepartment, func(r *register, c *data.Complaint) string {
		return r.names.department(c.Department)
	}},
	{"Handler", 80, "", func(r *register, c *data.Complaint) string { return r.names.user(c.Handler) }},
	{"Next due", 130, data.SortNextDue, func(r *register, c *data.Complaint) string {
		return formatTimePtr(c.NextDue, r.store.Calendar().Location())
	}},
}

// lookupNames turns codes into the names shown to the clerk.
type lookupNames struct {
	categories, departments, users map[string]string
	categoryList                   []data.Category
	departmentList                 []data.Department
	userList                       []data.User
}

func (n *lookupNames) category(code string) string   { return orCode(n.categories, code) }
func (n *lookupNames) department(code string) string { return orCode(n.departments, code) }

// user is an account's display name; changes made by no one signed in (the demo, a scheduled
// import) are the program's own.
func (n *lookupNames) user(name string) string {
	if _, ok := n.users[name]; !ok && name == data.ActorSystem {
		return lang.L("user.system")
	}
	return orCode(n.users, name)
}

// departmentNames lists departments by name, as the clerk's language lists.
func departmentNames(codes []string, n *lookupNames) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = n.department(c)
	}
	return strings.Join(names, lang.L("list.sep"))
}

func orCode(m map[string]string, code string) string {
	if code == "" {
		return "—"
	}
	if v, ok := m[code]; ok {
		return v
	}
	return code
}

func loadNames(ctx context.Context, s interface {
	Categories(ctx context.Context) ([]data.Category, error)
	Departments(ctx context.Context) ([]data.Department, error)
	Users(ctx context.Context) ([]data.User, error)
}) (*lookupNames, error) {
	n := &lookupNames{categories: map[string]string{}, departments: map[string]string{}, users: map[string]string{}}
	var err error
	if n.categoryList, err = s.Categories(ctx); err != nil {
		return nil, err
	}
	if n.departmentList, err = s.Departments(ctx); err != nil {
		return nil, err
	}
	if n.userList, err = s.Users(ctx); err != nil {
		return nil, err
	}
	for _, c := range n.categoryList {
		n.categories[c.Code] = c.Name
	}
	for _, d := range n.departmentList {
		n.departments[d.Code] = d.Name
	}
	for _, u := range n.userList {
		n.users[u.Name] = u.DisplayName
	}
	return n, nil
}

// regTable is the register's table; Enter opens the selected case.
type regTable struct {
	widget.Table
	onEnter func()
	// onDoubleTap opens the row a double click landed on, as lists do on Windows.
	onDoubleTap func()
}

// DoubleTapped selects the row under the pointer, afresh even if it was selected already (a
// click on empty space below the rows leaves none selected), and opens it.
func (t *regTable) DoubleTapped(e *fyne.PointEvent) {
	t.UnselectAll()
	t.Tapped(e)
	if t.onDoubleTap != nil {
		t.onDoubleTap()
	}
}

func (t *regTable) TypedKey(k *fyne.KeyEvent) {
	if (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && t.onEnter != nil {
		t.onEnter()
		return
	}
	t.Table.TypedKey(k)
}

type register struct {
	desk  *Desk
	store registerStore
	view  fyne.CanvasObject

	search     *entry
	status     *choice
	openOnly   *tick
	level      *choice
	category   *choice
	department *choice
	handler    *choice
	channel    *choice
	due        *choice
	overdue    *tick
	unassessed *tick
	newReply   *tick
	from, to   *entry
	person     *widget.Button // the complainant filter; hidden when none
	filterMsg  *para

	table    *regTable
	empty    *widget.Label
	pageInfo *widget.Label
	prev     *widget.Button
	next     *widget.Button
	openBtn  *widget.Button
	export   *widget.Button

	mu          sync.Mutex
	searchTimer *time.Timer
	pages       latest // the page fetched for the filter

	names     *lookupNames
	rows      []*data.Complaint
	rowsQuery string // the search text the rows were found for
	// openFirst is the search text whose first complaint is opened once its rows are in: Enter
	// pressed in the search box before the rows for what was typed had loaded.
	openFirst   string
	total       int
	page        int
	selected    int
	sort        data.SortKey
	desc        bool
	complainant int64
	personName  string
	now         time.Time
	// applying is set while filter widgets are set from code, so they do not reload each time.
	applying bool
	// Latency is how long the last page took to load, for the status line and measurements.
	latency time.Duration
}

func newRegister(d *Desk, s registerStore) *register {
	r := &register{desk: d, store: s, selected: -1, sort: data.SortReceived, desc: true,
		names: &lookupNames{categories: map[string]string{}, departments: map[string]string{}, users: map[string]string{}}}
	changed := func() {
		if !r.applying {
			r.page = 0
			r.reload()
		}
	}
	r.search = newEntry()
	r.search.SetPlaceHolder(lang.L("Search reference, subject, description, complainant, phone, email…"))
	r.search.OnChanged = func(string) { r.searchSoon() }
	r.search.OnSubmitted = func(string) { r.openSelected() }

	all := lang.L("All")
	r.status = newSelect(nil, func(string) { changed() })
	r.status.PlaceHolder = lang.L("Status")
	r.openOnly = newCheck(lang.L("Open only"), func(bool) { changed() })
	r.level = newSelect([]string{all, levelLabel(1), levelLabel(2), levelLabel(3), levelLabel(0)}, func(string) { changed() })
	r.level.PlaceHolder = lang.L("Level")
	r.category = newSelect(nil, func(string) { changed() })
	r.category.PlaceHolder = lang.L("Category")
	r.department = newSelect(nil, func(string) { changed() })
	r.department.PlaceHolder = lang.L("Department")
	r.handler = newSelect(nil, func(string) { changed() })
	r.handler.PlaceHolder = lang.L("Handler")
	chans := []string{all}
	for _, c := range data.Channels {
		chans = append(chans, channelLabel(c))
	}
	r.channel = newSelect(chans, func(string) { changed() })
	r.channel.PlaceHolder = lang.L("Channel")
	r.due = newSelect([]string{all, lang.L("Due today"), lang.L("Due within 3 days"), lang.L("Due within 7 days")}, func(string) { changed() })
	r.due.PlaceHolder = lang.L("Next due")
	r.overdue = newCheck(lang.L("Overdue"), func(bool) { changed() })
	r.unassessed = newCheck(lang.L("Awaiting assessment"), func(bool) { changed() })
	r.newReply = newCheck(lang.L("New reply"), func(bool) { changed() })
	r.from = newEntry()
	r.from.SetPlaceHolder(lang.L("Received from (YYYY-MM-DD)"))
	r.from.OnChanged = func(string) { r.searchSoon() }
	r.to = newEntry()
	r.to.SetPlaceHolder(lang.L("Received to (YYYY-MM-DD)"))
	r.to.OnChanged = func(string) { r.searchSoon() }
	r.person = widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		r.complainant, r.personName = 0, ""
		r.person.Hide()
		changed()
	})
	r.person.Hide()
	clear := widget.NewButtonWithIcon(lang.L("Clear filters"), theme.ContentClearIcon(), func() { r.applyFilter(data.ListFilter{}) })
	r.filterMsg = errorLabel()

	r.table = &regTable{onEnter: r.openSelected}
	r.table.Length = func() (int, int) { return len(r.rows), len(registerColumns) }
	r.table.CreateCell = func() fyne.CanvasObject {
		bg := canvas.NewRectangle(nil)
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return container.NewStack(bg, l)
	}
	r.table.UpdateCell = r.updateCell
	r.table.ShowHeaderRow = true
	r.table.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		return b
	}
	r.table.UpdateHeader = r.updateHeader
	r.table.OnSelected = func(id widget.TableCellID) {
		r.selected = id.Row
		r.openBtn.Enable()
	}
	r.table.OnUnselected = func(widget.TableCellID) {
		r.selected = -1
		r.openBtn.Disable()
	}
	r.table.onDoubleTap = func() {
		if r.selected >= 0 {
			r.openSelected()
		}
	}
	r.table.ExtendBaseWidget(r.table)
	for i, c := range registerColumns {
		r.table.SetColumnWidth(i, c.width)
	}

	r.empty = widget.NewLabelWithStyle(lang.L("No complaints match these filters."), fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	r.empty.Hide()
	r.pageInfo = widget.NewLabel("")
	r.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() {
		if r.page > 0 {
			r.page--
			r.reload()
		}
	})
	r.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
		if (r.page+1)*registerPage < r.total {
			r.page++
			r.reload()
		}
	})
	r.openBtn = widget.NewButtonWithIcon(lang.L("Open case"), theme.DocumentIcon(), r.openSelected)
	r.openBtn.Disable()
	r.export = widget.NewButtonWithIcon(lang.L("Export to Excel…"), theme.DocumentSaveIcon(), r.exportTapped)

	filters := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(r.person, clear), r.search),
		container.NewGridWithColumns(6, r.status, r.level, r.category, r.department, r.handler, r.channel),
		// The dates take the room the check boxes leave, so that the row does not set the
		// window's least width (English labels are long).
		container.NewBorder(nil, nil, container.NewHBox(r.due, r.openOnly, r.overdue, r.unassessed, r.newReply), nil,
			container.NewBorder(nil, nil, widget.NewLabel(lang.L("Received on")), nil,
				container.NewGridWithColumns(2, r.from, r.to))),
		r.filterMsg,
	)
	pager := container.NewHBox(r.openBtn, r.export, widget.NewSeparator(), r.prev, r.pageInfo, r.next)
	title := widget.NewLabelWithStyle(lang.L("Complaint register"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.view = container.NewBorder(container.NewVBox(title, filters), pager, nil, nil,
		container.NewStack(r.table, container.NewCenter(r.empty)))
	return r
}

func (r *register) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	st := o.(*fyne.Container)
	bg, l := st.Objects[0].(*canvas.Rectangle), st.Objects[1].(*widget.Label)
	if id.Row >= len(r.rows) {
		l.SetText("")
		return
	}
	c := r.rows[id.Row]
	l.SetText(registerColumns[id.Col].value(r, c))
	switch {
	case c.Overdue(r.now):
		bg.FillColor = overdueColor()
		l.Importance = widget.DangerImportance
		l.TextStyle.Bold = id.Col == 9
	case c.NextDue != nil && c.NextDue.Sub(r.now) < 24*time.Hour:
		bg.FillColor = dueSoonColor()
		l.Importance = widget.WarningImportance
		l.TextStyle.Bold = false
	default:
		bg.FillColor = nil
		l.Importance = widget.MediumImportance
		l.TextStyle.Bold = false
	}
	bg.Refresh()
	l.Refresh()
}

func (r *register) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 || id.Col >= len(registerColumns) {
		b.SetText("")
		return
	}
	col := registerColumns[id.Col]
	text := lang.L(col.title)
	if col.sort != "" && col.sort == r.sort {
		if r.desc {
			text += " ▼"
		} else {
			text += " ▲"
		}
	}
	b.SetText(text)
	if col.sort == "" {
		b.OnTapped = nil
		return
	}
	b.OnTapped = func() { r.sortBy(col.sort) }
}

// sortBy orders by a column; a second tap on the same column reverses the order.
func (r *register) sortBy(k data.SortKey) {
	if r.sort == k {
		r.desc = !r.desc
	} else {
		r.sort, r.desc = k, k == data.SortReceived
	}
	r.page = 0
	r.reload()
}

func (r *register) searchSoon() {
	if r.applying {
		return
	}
	r.openFirst = ""
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.searchTimer != nil {
		r.searchTimer.Stop()
	}
	r.searchTimer = time.AfterFunc(searchDelay, func() {
		r.desk.apply(func() {
			r.page = 0
			r.reload()
		})
	})
}

// filter reads the filter widgets; an error names a field typed wrong.
func (r *register) filter() (data.ListFilter, error) {
	f := data.ListFilter{Query: strings.TrimSpace(r.search.Text), OpenOnly: r.openOnly.Checked, Overdue: r.overdue.Checked,
		Unassessed: r.unassessed.Checked, NewReply: r.newReply.Checked, ComplainantID: r.complainant,
		Sort: r.sort, Desc: r.desc, Limit: registerPage, Offset: r.page * registerPage}
	if i := r.status.SelectedIndex(); i > 0 {
		f.Statuses = []data.Status{data.Statuses[i-1]}
	}
	switch r.level.SelectedIndex() {
	case 1, 2, 3:
		f.Level = r.level.SelectedIndex()
	case 4:
		f.Unassessed = true
	}
	if i := r.category.SelectedIndex(); i > 0 && i <= len(r.names.categoryList) {
		f.Category = r.names.categoryList[i-1].Code
	}
	if i := r.department.SelectedIndex(); i > 0 && i <= len(r.names.departmentList) {
		f.Department = r.names.departmentList[i-1].Code
	}
	if i := r.handler.SelectedIndex(); i > 0 && i <= len(r.names.userList) {
		f.Handler = r.names.userList[i-1].Name
	}
	if i := r.channel.SelectedIndex(); i > 0 {
		f.Channel = data.Channels[i-1]
	}
	loc := r.store.Calendar().Location()
	switch r.due.SelectedIndex() {
	case 1:
		y, m, d := r.desk.now().In(loc).Date()
		f.DueWithin = time.Date(y, m, d+1, 0, 0, 0, 0, loc).Sub(r.desk.now())
	case 2:
		f.DueWithin = 72 * time.Hour
	case 3:
		f.DueWithin = 7 * 24 * time.Hour
	}
	for _, d := range []struct {
		e   *entry
		dst *time.Time
		add int
	}{{r.from, &f.ReceivedFrom, 0}, {r.to, &f.ReceivedTo, 1}} {
		v := strings.TrimSpace(d.e.Text)
		if v == "" {
			continue
		}
		t, err := time.ParseInLocation("2006-01-02", v, loc)
		if err != nil {
			return f, fmt.Errorf("%s", lang.L("Dates are written as YYYY-MM-DD, e.g. 2026-11-23."))
		}
		*d.dst = t.AddDate(0, 0, d.add)
	}
	return f, nil
}

// applyFilter sets the widgets from f (from the dashboard or a complainant's history) and loads.
func (r *register) applyFilter(f data.ListFilter) {
	r.applying = true
	r.search.SetText(f.Query)
	r.status.SetSelectedIndex(0)
	if len(f.Statuses) == 1 {
		for i, s := range data.Statuses {
			if s == f.Statuses[0] {
				r.status.SetSelectedIndex(i + 1)
			}
		}
	}
	r.openOnly.SetChecked(f.OpenOnly)
	r.level.SetSelectedIndex(f.Level)
	r.category.SetSelectedIndex(0)
	r.department.SetSelectedIndex(0)
	r.handler.SetSelectedIndex(0)
	for i, u := range r.names.userList {
		if u.Name == f.Handler {
			r.handler.SetSelectedIndex(i + 1)
		}
	}
	r.channel.SetSelectedIndex(0)
	for i, c := range data.Channels {
		if c == f.Channel {
			r.channel.SetSelectedIndex(i + 1)
		}
	}
	r.due.SetSelectedIndex(0)
	switch {
	case f.DueWithin > 0 && f.DueWithin <= 24*time.Hour:
		r.due.SetSelectedIndex(1)
	case f.DueWithin > 0 && f.DueWithin <= 72*time.Hour:
		r.due.SetSelectedIndex(2)
	case f.DueWithin > 0:
		r.due.SetSelectedIndex(3)
	}
	r.overdue.SetChecked(f.Overdue)
	r.unassessed.SetChecked(f.Unassessed)
	r.newReply.SetChecked(f.NewReply)
	r.from.SetText("")
	r.to.SetText("")
	r.complainant = f.ComplainantID
	if f.ComplainantID == 0 {
		r.person.Hide()
	}
	if f.Sort != "" {
		r.sort, r.desc = f.Sort, f.Desc
	}
	r.applying = false
	r.page = 0
	r.reload()
}

// showComplainant lists one complainant's complaints.
func (r *register) showComplainant(id int64, name string) {
	r.applyFilter(data.ListFilter{ComplainantID: id})
	r.personName = name
	r.person.SetText(lang.L("Complainant: {{.Name}}", map[string]any{"Name": name}))
	r.person.Show()
}

// reload fetches the current page off the UI goroutine; only the newest request is applied.
func (r *register) reload() {
	f, err := r.filter()
	if err != nil {
		setError(r.filterMsg, err.Error())
		return
	}
	setError(r.filterMsg, "")
	newest := r.pages.next()
	needNames := len(r.names.categoryList) == 0
	var rows []*data.Complaint
	var total int
	var names *lookupNames
	now := r.desk.now()
	start := time.Now()
	r.desk.run(func(ctx context.Context) error {
		var err error
		if needNames {
			if names, err = loadNames(ctx, r.store); err != nil {
				return err
			}
		}
		if total, err = r.store.Count(ctx, f); err != nil {
			return err
		}
		rows, err = r.store.List(ctx, f)
		return err
	}, newest(unlessFailed(r.filterMsg, func() {
		r.latency = time.Since(start)
		if names != nil {
			r.setNames(names)
		}
		r.rows, r.rowsQuery, r.total, r.now = rows, f.Query, total, now
		r.selected = -1
		r.openBtn.Disable()
		r.table.UnselectAll()
		r.table.Refresh()
		r.table.ScrollToTop()
		if total == 0 {
			r.empty.Show()
		} else {
			r.empty.Hide()
		}
		pages := (total + registerPage - 1) / registerPage
		if pages == 0 {
			pages = 1
		}
		r.pageInfo.SetText(lang.L("Page {{.Page}} of {{.Pages}} — {{.Total}} complaints", map[string]any{
			"Page": r.page + 1, "Pages": pages, "Total": total}))
		r.prev.Disable()
		if r.page > 0 {
			r.prev.Enable()
		}
		r.next.Disable()
		if (r.page+1)*registerPage < total {
			r.next.Enable()
		}
		r.desk.setStatus(lang.L("Register loaded in {{.Ms}} ms", map[string]any{"Ms": r.latency.Milliseconds()}))
		if r.openFirst != "" && r.openFirst == f.Query {
			r.openFirst = ""
			if len(rows) > 0 {
				r.desk.OpenCase(firstFound(rows, f.Query))
			}
		}
	})))
}

// setNames fills the filter choices from the lookup lists.
func (r *register) setNames(n *lookupNames) {
	r.names = n
	all := lang.L("All")
	opts := func(labels ...string) []string { return append([]string{all}, labels...) }
	var cats, depts, users, statuses []string
	for _, c := range n.categoryList {
		cats = append(cats, c.Name)
	}
	for _, d := range n.departmentList {
		depts = append(depts, d.Name)
	}
	for _, u := range n.userList {
		users = append(users, u.DisplayName)
	}
	for _, s := range data.Statuses {
		statuses = append(statuses, statusLabel(s))
	}
	r.applying = true
	r.category.SetOptions(opts(cats...))
	r.department.SetOptions(opts(depts...))
	r.handler.SetOptions(opts(users...))
	r.status.SetOptions(opts(statuses...))
	r.applying = false
}

// forgetNames makes the next reload read the lookup lists again (after they were edited).
func (r *register) forgetNames() { r.names.categoryList = nil }

func (r *register) openSelected() {
	row := r.selected
	if row < 0 && r.desk.win.Canvas().Focused() == r.search {
		// Enter in the search box opens the first complaint found for what was typed; typed
		// quickly, it comes before the search that waits for the typing to stop.
		q := strings.TrimSpace(r.search.Text)
		if q != r.rowsQuery {
			r.mu.Lock()
			if r.searchTimer != nil {
				r.searchTimer.Stop()
			}
			r.mu.Unlock()
			r.openFirst, r.page = q, 0
			r.reload()
			return
		}
		if len(r.rows) > 0 {
			r.desk.OpenCase(firstFound(r.rows, q))
		}
		return
	}
	if row < 0 || row >= len(r.rows) {
		return
	}
	r.desk.OpenCase(r.rows[row].Ref)
}

// firstFound is the complaint Enter in the search box opens: the one whose number was typed,
// before those whose text has it; else the first found.
func firstFound(rows []*data.Complaint, query string) string {
	for _, c := range rows {
		if data.NamesRef(query, c.Ref) {
			return c.Ref
		}
	}
	return rows[0].Ref
}
