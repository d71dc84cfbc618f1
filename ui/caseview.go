package ui

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
	"complaintdesk/mailintake/decode"
)

// caseStore is what the case view reads and writes.
type caseStore interface {
	Complaint(ctx context.Context, ref string) (*data.Complaint, error)
	History(ctx context.Context, complainantID int64) ([]*data.Complaint, error)
	Events(ctx context.Context, complaintID int64) ([]data.Event, error)
	Evidence(ctx context.Context, complaintID int64) ([]data.Evidence, error)
	Messages(ctx context.Context, f data.MessageFilter) ([]*data.MailMessage, error)
	Blob(ctx context.Context, sha string) ([]byte, error)
	Act(ctx context.Context, ref string, p data.ActParams) (*data.Complaint, error)
	AddEvidence(ctx context.Context, ref string, e data.NewEvidence) (*data.Evidence, error)
	RemoveEvidence(ctx context.Context, ref string, evidenceID int64, reason string) error
	RemovedEvidence(ctx context.Context, complaintID int64) ([]data.RemovedEvidence, error)
	RestoreEvidence(ctx context.Context, ref string, evidenceID int64) error
	UpdateComplaint(ctx context.Context, ref string, n data.NewComplaint) (*data.Complaint, error)
	Categories(ctx context.Context) ([]data.Category, error)
	Departments(ctx context.Context) ([]data.Department, error)
	Users(ctx context.Context) ([]data.User, error)
	Setting(ctx context.Context, key string) (string, error)
	Calendar() *calendar.Calendar
}

// caseTab adds a tab to the case view (letters, mail); registered by the packages' screens.
type caseTab func(cv *caseView) *container.TabItem

type caseView struct {
	desk   *Desk
	store  caseStore
	ref    string
	view   *fyne.Container
	labels labelColumn // of the deadlines and the details

	c        *data.Complaint
	history  []*data.Complaint
	events   []data.Event
	evidence []data.Evidence
	removed  []data.RemovedEvidence      // files taken off the case
	mails    map[int64]*data.MailMessage // the emails on the timeline, by id
	names    *lookupNames
	phrases  phraseLists

	title   *widget.Label
	badge   *widget.Label
	actions *fyne.Container
	details *fyne.Container
	dues    *fyne.Container
	timelin *fyne.Container
	files   *fyne.Container
	shown   int // how many files the files tab lists; more on request
	people  *fyne.Container
	tabs    *container.AppTabs
	msg     *para
}

func newCaseView(d *Desk, s caseStore, ref string) *caseView {
	cv := &caseView{desk: d, store: s, ref: ref}
	back := widget.NewButtonWithIcon(lang.L("Back"), theme.NavigateBackIcon(), d.back)
	cv.title = widget.NewLabelWithStyle(ref, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	cv.title.Truncation = fyne.TextTruncateEllipsis
	cv.badge = widget.NewLabel("")
	cv.badge.Importance = widget.HighImportance
	cv.actions = container.NewGridWrap(fyne.NewSize(120, 36))
	cv.msg = errorLabel()
	cv.details = container.NewVBox()
	cv.dues = container.NewVBox()
	cv.timelin = container.NewVBox()
	cv.files = container.NewVBox()
	cv.people = container.NewVBox()
	cv.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Timeline"), container.NewVScroll(cv.timelin)),
		container.NewTabItem(lang.L("Evidence"), container.NewVScroll(cv.files)),
		container.NewTabItem(lang.L("Complainant's complaints"), container.NewVScroll(cv.people)),
	)
	for _, t := range d.caseTabs {
		if item := t(cv); item != nil {
			cv.tabs.Append(item)
		}
	}
	left := container.NewVScroll(container.NewVBox(cv.dues, widget.NewSeparator(), cv.details))
	split := container.NewHSplit(left, cv.tabs)
	split.Offset = 0.5
	top := container.NewVBox(container.NewBorder(nil, nil, back, cv.badge, cv.title), cv.actions, cv.msg)
	cv.view = container.NewBorder(top, nil, nil, nil, split)
	cv.reload()
	return cv
}

// reload reads the case and everything shown with it.
func (cv *caseView) reload() {
	var c *data.Complaint
	var hist []*data.Complaint
	var evs []data.Event
	var files []data.Evidence
	var removed []data.RemovedEvidence
	var msgs []*data.MailMessage
	var names *lookupNames
	var phr phraseLists
	cv.desk.run(func(ctx context.Context) error {
		var err error
		if c, err = cv.store.Complaint(ctx, cv.ref); err != nil {
			return err
		}
		if hist, err = cv.store.History(ctx, c.Complainant.ID); err != nil {
			return err
		}
		if evs, err = cv.store.Events(ctx, c.ID); err != nil {
			return err
		}
		if files, err = cv.store.Evidence(ctx, c.ID); err != nil {
			return err
		}
		if removed, err = cv.store.RemovedEvidence(ctx, c.ID); err != nil {
			return err
		}
		msgs, err = cv.store.Messages(ctx, data.MessageFilter{ComplaintID: c.ID, Limit: -1, TextLimit: trayTextLimit})
		if err != nil {
			return err
		}
		// Replies on the timeline that were registered as complaints of their own are still
		// read from it.
		moved, err := cv.store.Messages(ctx, data.MessageFilter{MovedFrom: c.ID, Limit: -1, TextLimit: trayTextLimit})
		if err != nil {
			return err
		}
		msgs = append(msgs, moved...)
		if names, err = loadNames(ctx, cv.store); err != nil {
			return err
		}
		phr, err = loadPhrases(ctx, cv.store)
		return err
	}, unlessFailed(cv.msg, func() {
		setError(cv.msg, "")
		cv.c, cv.history, cv.events, cv.evidence, cv.removed, cv.names, cv.phrases = c, hist, evs, files, removed, names, phr
		cv.mails = map[int64]*data.MailMessage{}
		for _, m := range msgs {
			cv.mails[m.ID] = m
		}
		cv.fill()
	}))
}

func (cv *caseView) fill() {
	c := cv.c
	cal := cv.store.Calendar()
	loc := cal.Location()
	now := cv.desk.now()
	cv.title.SetText(fmt.Sprintf("%s  %s", c.Ref, oneLine(c.Subject, 60)))
	badge := statusLabel(c.Status) + " · " + levelLabel(c.Level)
	if c.HasNewReply {
		badge += " · " + lang.L("New reply")
	}
	if c.Overdue(now) {
		badge += " · " + lang.L("Overdue")
		cv.badge.Importance = widget.DangerImportance
	} else {
		cv.badge.Importance = widget.HighImportance
	}
	cv.badge.SetText(badge)

	cv.actions.RemoveAll()
	for _, a := range data.Allowed(c) {
		a := a
		b := widget.NewButton(actionLabel(a), func() { cv.openAction(a) })
		if a == data.ActAcknowledge || a == data.ActAssess || a == data.ActAssign || a == data.ActResolve || a == data.ActClose {
			b.Importance = widget.HighImportance
		}
		cv.actions.Add(b)
	}
	if c.Status.Open() {
		cv.actions.Add(widget.NewButton(lang.L("Edit intake"), cv.editIntake))
	}

	cv.dues.RemoveAll()
	cv.labels.reset()
	cv.dues.Add(heading(lang.L("Deadlines")))
	// The follow-up after closing is done when one is on the timeline since.
	var followedUp *time.Time
	for _, e := range cv.events {
		if e.Kind == data.EventFollowUp && c.ClosedAt != nil && !e.At.Before(*c.ClosedAt) && (followedUp == nil || e.At.Before(*followedUp)) {
			followedUp = &e.At
		}
	}
	progress := c.DueProgress
	if !c.Status.Open() {
		progress = nil // no more progress calls on a case that ended
	}
	for _, d := range []struct {
		label string
		t     *timePtr
		live  bool // still to be met while the case is as it is
		ended bool // not met, and no longer asked for: the case was closed or found invalid first
	}{
		{lang.L("Acknowledge by"), &timePtr{c.DueAck, c.AcknowledgedAt}, c.Status.Open(), !c.Status.Open()},
		{lang.L("Solution by"), &timePtr{c.DueResolve, c.ResolvedAt}, c.Status.Open(), !c.Status.Open()},
		{lang.L("Next progress contact by"), &timePtr{progress, nil}, c.Status.Open(), false},
		{lang.L("Follow-up by"), &timePtr{c.DueFollowUp, followedUp}, c.Status == data.StatusClosed, false},
	} {
		if d.t.due == nil {
			continue
		}
		var text string
		imp := widget.MediumImportance
		switch {
		case d.t.done != nil:
			text = lang.L("{{.Due}} — done {{.Done}}", map[string]any{"Due": formatTime(*d.t.due, loc), "Done": formatTime(*d.t.done, loc)})
		case d.live:
			text = dueText(cal, d.t.due, now)
			if d.t.due.Before(now) {
				imp = widget.DangerImportance
			}
		case d.ended && c.ClosedAt != nil && d.t.due.Before(*c.ClosedAt):
			text = lang.L("{{.Due}} — not met before the case was closed", map[string]any{"Due": formatTime(*d.t.due, loc)})
			imp = widget.WarningImportance
		case d.ended:
			text = lang.L("{{.Due}} — no longer applies: the case is closed", map[string]any{"Due": formatTime(*d.t.due, loc)})
			imp = widget.LowImportance
		default:
			text = formatTime(*d.t.due, loc)
		}
		cv.dues.Add(cv.labels.row(d.label, text, imp))
	}
	if c.DueUnverified {
		cv.dues.Add(cv.labels.row("", lang.L("A deadline lies in a year the holiday calendar does not cover; import that year's calendar in the settings."), widget.WarningImportance))
	}

	cv.details.RemoveAll()
	p := c.Complainant
	add := func(label, value string) {
		if strings.TrimSpace(value) != "" {
			cv.details.Add(cv.labels.row(label, value, widget.MediumImportance))
		}
	}
	cv.details.Add(heading(lang.L("Intake")))
	add(lang.L("Reference"), c.Ref)
	add(lang.L("Channel"), channelLabel(c.Channel))
	add(lang.L("Received"), formatTime(c.ReceivedAt, loc))
	add(lang.L("Place"), c.Place)
	add(lang.L("Taken by"), cv.names.user(c.TakenBy))
	add(lang.L("Subject"), c.Subject)
	add(lang.L("What happened"), c.Description)
	add(lang.L("Remedy sought"), c.Remedy)
	add(lang.L("Scope of impact"), c.Impact)
	cv.details.Add(heading(lang.L("Complainant")))
	add(lang.L("Name"), p.Name)
	add(lang.L("Company / unit"), p.Company)
	add(lang.L("Phone"), p.Phone)
	add(lang.L("Email"), p.Email)
	add(lang.L("Address"), p.Address)
	add(lang.L("Complainant type"), typeLabel(p.Type))
	cv.details.Add(heading(lang.L("Assessment and routing")))
	add(lang.L("Category"), cv.names.category(c.Category))
	add(lang.L("Level"), levelLabel(c.Level))
	if !c.Valid {
		add(lang.L("Invalid complaint"), c.InvalidReason)
	}
	add(lang.L("Urgency and impact notes"), c.Urgency)
	add(lang.L("Assessed"), formatTimePtr(c.AssessedAt, loc))
	add(lang.L("Department"), cv.names.department(c.Department))
	if len(c.Involved) > 0 {
		add(lang.L("Also involved"), departmentNames(c.Involved, cv.names))
	}
	add(lang.L("Handler"), cv.names.user(c.Handler))
	// Seed 001 §4.2, §5.3.1.7: the handler's tier follows the level, also after an escalation.
	if i := slices.IndexFunc(cv.names.userList, func(u data.User) bool { return u.Name == c.Handler }); i >= 0 &&
		c.Status.Open() && cv.names.userList[i].Tier < c.Level {
		u := cv.names.userList[i]
		cv.details.Add(cv.labels.row("", lang.L("{{.Name}} is a tier {{.Tier}} member of staff; a level {{.Level}} complaint asks for tier {{.Level}}.",
			map[string]any{"Name": u.DisplayName, "Tier": u.Tier, "Level": c.Level}), widget.WarningImportance))
	}
	add(lang.L("Repeat of"), c.RepeatOfRef)
	if c.ManagementMeeting {
		add(lang.L("Management meeting"), lang.L("Referred to the management meeting"))
	}
	cv.details.Add(heading(lang.L("Handling")))
	add(lang.L("Investigation"), c.Investigation)
	add(lang.L("Root cause"), c.RootCause)
	add(lang.L("Responsible party"), c.ResponsibleParty)
	add(lang.L("Solution"), c.Solution)
	add(lang.L("Prevention"), c.Prevention)
	add(lang.L("Result"), c.Result)
	if c.Satisfaction > 0 {
		add(lang.L("Satisfaction"), ratingLabel(c.Satisfaction))
	}
	add(lang.L("Reason for no rating"), c.NoRatingReason)
	if c.AcknowledgedAt != nil {
		add(lang.L("Acknowledged"), formatTimePtr(c.AcknowledgedAt, loc))
	}
	if c.ResolvedAt != nil {
		add(lang.L("Resolved"), formatTimePtr(c.ResolvedAt, loc))
	}
	if c.ClosedAt != nil {
		add(lang.L("Closed"), formatTimePtr(c.ClosedAt, loc))
	}

	cv.fillTimeline(loc)
	cv.fillEvidence(loc)
	cv.fillHistory(loc, now)
	cv.view.Refresh()
}

type timePtr struct{ due, done *time.Time }

func heading(s string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// fieldLabelWidth is the least width of the label column of field rows.
const fieldLabelWidth = 150

// labelColumn lays out the labels of field rows that share it as one column, as wide as the
// widest of them, so that no label runs into its value in any language.
type labelColumn struct{ width float32 }

// reset starts a new set of rows.
func (c *labelColumn) reset() { c.width = fieldLabelWidth }

func (c *labelColumn) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(max(c.width, fieldLabelWidth), objs[0].MinSize().Height)
}

func (c *labelColumn) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// row is a label and its value; long values wrap.
func (c *labelColumn) row(label, value string, imp widget.Importance) fyne.CanvasObject {
	l := widget.NewLabel(label)
	l.TextStyle.Bold = true
	v := newPara(value)
	v.Importance = imp
	// A note without a label (a warning about the value above) lines up with the values.
	c.width = max(c.width, l.MinSize().Width)
	return container.NewBorder(nil, nil, container.New(c, l), nil, v)
}

func (cv *caseView) fillTimeline(loc *time.Location) {
	fillBox(cv.timelin, func(add func(fyne.CanvasObject)) {
		if len(cv.events) == 0 {
			add(widget.NewLabel(lang.L("Nothing on the timeline yet.")))
		}
		for _, group := range timelineGroups(cv.events) {
			e := group[0]
			head := formatTime(e.At, loc) + "  " + eventLabel(e.Kind)
			warn := false
			switch kind := data.ReadSummary(e).Kind; {
			case kind == data.SummaryForwardedMail:
				head += " · " + lang.X("direction.forwarded", "Forwarded by a colleague")
			case kind == data.SummaryAutomaticMail && e.Direction == data.DirIn && cv.mails[e.RefID] != nil &&
				bounceReason(cv.mails[e.RefID].AutoReason):
				// The office's mail did not reach the complainant: they may not know what it said.
				head += " · " + lang.X("direction.bounced", "Returned: our mail was not delivered")
				warn = true
			case kind == data.SummaryAutomaticMail && e.Direction == data.DirIn:
				// A bounce or an out-of-office answer comes from a program, not from the complainant.
				head += " · " + lang.X("direction.automatic", "Incoming, sent automatically")
			case e.Kind == data.EventEmail && e.Direction == data.DirIn && e.Contact != "" && !fromAddress(e.Contact, cv.c.Complainant.Email):
				// Mail that names the case from another address: a relative's, a lawyer's, or one
				// that names the wrong case.
				head += " · " + lang.X("direction.other", "Incoming, not from the complainant's address")
			case e.Direction != "":
				head += " · " + directionLabel(e.Direction)
			}
			if e.By != "" && !(e.Kind == data.EventEmail && e.Direction == data.DirIn && e.RefID != 0) {
				// Mail that came in is the sender's, not the clerk's whose check stored it.
				head += " · " + cv.names.user(e.By)
			}
			if e.Contact != "" {
				head += " · " + e.Contact
			}
			if m := cv.mails[e.RefID]; e.Kind == data.EventEmail && m != nil && m.MovedFromRef == cv.c.Ref && m.ComplaintRef != "" {
				head += " · " + lang.L("registered apart as {{.Ref}}", map[string]any{"Ref": m.ComplaintRef})
			}
			if e.Duration > 0 {
				head += " · " + lang.L("{{.Min}} min", map[string]any{"Min": int(e.Duration.Minutes() + 0.5)})
			}
			body := eventText(e, cv.names)
			if len(group) > 1 {
				body = evidenceNames(group, cv.names)
			}
			var read fyne.CanvasObject
			if m := cv.mails[e.RefID]; e.Kind == data.EventEmail && m != nil {
				// What the email says, at a glance; the whole of it a click away.
				if text := oneLine(decode.OwnText(m.Text), mailExcerpt); text != "" {
					body = strings.TrimLeft(body+"\n"+text, "\n") // an email without a subject starts with its text
				}
				read = widget.NewButtonWithIcon(lang.L("Read email"), theme.MailComposeIcon(), func() { cv.readMail(m) })
			}
			h := newBoldPara(head)
			if warn {
				h.Importance = widget.WarningImportance
			}
			b := newPara(body)
			entry := container.NewVBox(h, b)
			if read != nil {
				entry.Add(container.NewHBox(read))
			}
			entry.Add(widget.NewSeparator())
			add(entry)
		}
	})
}

// timelineGroups are the events of a timeline, each on its own but for files added together (an
// email's photos), which make one entry.
func timelineGroups(events []data.Event) [][]data.Event {
	var groups [][]data.Event
	for _, e := range events {
		if n := len(groups); n > 0 && e.Kind == data.EventEvidence {
			if last := groups[n-1][0]; last.Kind == data.EventEvidence && last.At.Unix() == e.At.Unix() && last.By == e.By {
				groups[n-1] = append(groups[n-1], e)
				continue
			}
		}
		groups = append(groups, []data.Event{e})
	}
	return groups
}

// evidenceNames lists the files of a timeline entry in the order they were added, the first
// timelineFiles of them by name.
func evidenceNames(group []data.Event, names *lookupNames) string {
	group = slices.Clone(group)
	slices.SortFunc(group, func(a, b data.Event) int { return cmp.Compare(a.ID, b.ID) })
	var files []string
	for i, e := range group {
		if i == timelineFiles {
			files = append(files, lang.L("… and {{.N}} more", map[string]any{"N": len(group) - i}))
			break
		}
		files = append(files, eventText(e, names))
	}
	return strings.Join(files, "\n")
}

// timelineFiles is how many files added together the timeline names.
const timelineFiles = 10

// mailExcerpt is how much of an email's text its timeline entry shows.
const mailExcerpt = 120

// fromAddress says whether a mail's sender (as the timeline names it) is email; true when
// email is none, which leaves nothing to tell.
func fromAddress(sender, email string) bool {
	email = strings.ToLower(strings.TrimSpace(email))
	return email == "" || strings.Contains(strings.ToLower(sender), email)
}

// readMail shows an email of the case in full, with its original to open or save.
func (cv *caseView) readMail(m *data.MailMessage) {
	reader := newMailReader(cv.desk)
	reader.users = cv.names
	reader.show(m, cv.store.Calendar().Location())
	open := widget.NewButtonWithIcon(lang.L("Open .eml"), theme.FileIcon(), func() { cv.desk.openEML(m) })
	save := widget.NewButtonWithIcon(lang.L("Save .eml…"), theme.DocumentSaveIcon(), func() { cv.desk.saveEML(m) })
	header := widget.NewButtonWithIcon(lang.L("Header…"), theme.InfoIcon(), func() { cv.desk.showHeader(m) })
	buttons := container.NewHBox(open, save, header)
	if b := cv.desk.originalButton(m); b != nil {
		buttons.Add(b)
	}
	dlg := dialog.NewCustom(fallback(oneLine(m.Subject, 60), lang.L("Email message")), lang.L("Close"),
		container.NewBorder(buttons, nil, nil, nil, reader.view), cv.desk.win)
	size := cv.desk.win.Canvas().Size()
	dlg.Resize(fyne.NewSize(size.Width*0.7, size.Height*0.8))
	cv.desk.showDialog(dlg)
}

// filesPage is how many more files the files tab lists at a time: thousands of rows, each with
// its buttons, take seconds to show.
const filesPage = 200

func (cv *caseView) fillEvidence(loc *time.Location) {
	fillBox(cv.files, func(add func(fyne.CanvasObject)) {
		if cv.c.Status.Open() {
			add(widget.NewButtonWithIcon(lang.L("Add evidence…"), theme.ContentAddIcon(), func() { cv.openAction(data.ActEvidence) }))
		}
		if len(cv.evidence) == 0 {
			add(widget.NewLabel(lang.L("No evidence attached.")))
		}
		if cv.shown == 0 {
			cv.shown = filesPage
		}
		for i, e := range cv.evidence {
			if i == cv.shown {
				add(widget.NewLabel(lang.L("… and {{.N}} more", map[string]any{"N": len(cv.evidence) - i})))
				add(container.NewHBox(widget.NewButton(lang.L("Show more"), func() {
					cv.shown += filesPage
					cv.fillEvidence(loc)
				})))
				break
			}
			info := fmt.Sprintf("%s  (%s, %s, %s)", e.Filename, humanSize(e.Size), cv.names.user(e.AddedBy), formatTime(e.AddedAt, loc))
			l := newPara(info)
			open := widget.NewButtonWithIcon(lang.L("Open"), theme.FileIcon(), func() { cv.openEvidence(e) })
			save := widget.NewButtonWithIcon(lang.L("Save as…"), theme.DocumentSaveIcon(), func() { cv.saveEvidence(e) })
			buttons := container.NewHBox(open, save)
			if cv.c.Status.Open() {
				buttons.Add(widget.NewButtonWithIcon(lang.L("Remove…"), theme.DeleteIcon(), func() { cv.removeEvidenceForm(e) }))
			}
			row := container.NewBorder(nil, nil, nil, buttons, l)
			if e.Note != "" {
				note := newPara(e.Note)
				add(container.NewVBox(row, note))
			} else {
				add(row)
			}
		}
		cv.fillRemoved(add, loc)
	})
}

// fillRemoved lists the files taken off the case, who took each off, when and why; while the
// case is open, a removal made by mistake is undone from here.
func (cv *caseView) fillRemoved(add func(fyne.CanvasObject), loc *time.Location) {
	if len(cv.removed) == 0 {
		return
	}
	add(widget.NewSeparator())
	add(widget.NewLabelWithStyle(lang.L("Removed from the case"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, r := range cv.removed {
		info := newPara(lang.L("{{.Name}}: removed by {{.User}}, {{.Time}}: {{.Reason}}", map[string]any{"Name": r.Filename,
			"User": cv.names.user(r.RemovedBy), "Time": formatTime(r.RemovedAt, loc), "Reason": r.Reason}))
		if !cv.c.Status.Open() {
			add(info)
			continue
		}
		id, name, ref := r.ID, r.Filename, cv.c.Ref
		restore := widget.NewButtonWithIcon(lang.L("Restore"), theme.ContentUndoIcon(), func() {
			cv.desk.run(func(ctx context.Context) error { return cv.store.RestoreEvidence(ctx, ref, id) }, func(err error) {
				if err != nil {
					cv.desk.showError(err)
					return
				}
				cv.desk.setStatus(lang.L("“{{.Name}}” is back on {{.Ref}}", map[string]any{"Name": name, "Ref": ref}))
				cv.reload()
			})
		})
		add(container.NewBorder(nil, nil, nil, restore, info))
	}
}

func (cv *caseView) fillHistory(loc *time.Location, now time.Time) {
	fillBox(cv.people, func(add func(fyne.CanvasObject)) {
		var others []*data.Complaint
		for _, h := range cv.history {
			if h.ID != cv.c.ID {
				others = append(others, h)
			}
		}
		if len(others) == 0 {
			add(widget.NewLabel(lang.L("No earlier complaints from this complainant.")))
			return
		}
		add(widget.NewLabel(lang.L("{{.N}} other complaints from {{.Name}}", map[string]any{"N": len(others), "Name": cv.c.Complainant.Name})))
		for _, h := range others {
			ref := h.Ref
			// A row shortens to the tab's width: a long subject must not squeeze the deadlines.
			add(newCaseRow(fmt.Sprintf("%s  %s  %s  %s", h.Ref, formatTime(h.ReceivedAt, loc), statusLabel(h.Status), oneLine(h.Subject, 30)),
				h.Overdue(now), func() { cv.desk.OpenCase(ref) }))
		}
		id, name := cv.c.Complainant.ID, cv.c.Complainant.Name
		add(widget.NewButton(lang.L("Show in the register"), func() {
			cv.desk.show("register")
			cv.desk.register().showComplainant(id, name)
		}))
	})
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// openEvidence writes the file to a temporary folder and hands it to the system viewer.
func (cv *caseView) openEvidence(e data.Evidence) {
	cv.desk.openCopy("evidence", e.SHA256[:16], e.Filename, func(ctx context.Context) ([]byte, error) {
		return cv.store.Blob(ctx, e.SHA256)
	})
}

func (cv *caseView) saveEvidence(e data.Evidence) {
	cv.desk.saveFile(e.Filename, func(ctx context.Context) ([]byte, error) { return cv.store.Blob(ctx, e.SHA256) })
}
