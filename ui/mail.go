package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/width"

	"complaintdesk/data"
	"complaintdesk/mailintake"
	"complaintdesk/mailintake/decode"
)

func mailStateLabel(s data.MailState) string {
	names := map[data.MailState]string{data.MailComplaint: "New complaint", data.MailReply: "Reply to a case",
		data.MailAuto: "Automatic mail", data.MailFailed: "For the clerk"}
	return lang.X("mailstate."+string(s), fallback(names[s], string(s)))
}

// mailCountLabel heads a count of the messages in a state, as the dashboard shows them.
func mailCountLabel(s data.MailState) string {
	names := map[data.MailState]string{data.MailComplaint: "New complaints", data.MailReply: "Replies to cases",
		data.MailAuto: "Automatic mail", data.MailFailed: "For the clerk"}
	return lang.X("mailcount."+string(s), fallback(names[s], string(s)))
}

// messageLabel says what a stored message is: what became of it, or that the office sent it.
func messageLabel(m *data.MailMessage) string {
	switch {
	case m.Direction == data.DirOut && m.State == data.MailAuto:
		return lang.L("Sent by the office")
	case m.State == data.MailFailed && m.SetAsideAt != nil:
		return lang.L("{{.State}}, needs no complaint", map[string]any{"State": failedLabel(m)})
	case m.State == data.MailFailed:
		return failedLabel(m)
	}
	return mailStateLabel(m.State)
}

// failedLabel says in a word why a message left for the clerk opened no complaint by itself:
// most of them were read, and are no less mail for it.
func failedLabel(m *data.MailMessage) string {
	switch {
	case m.Oversize || reMailTooLarge.MatchString(m.Error):
		return lang.L("Too large to read")
	case m.Error == data.ProblemNoSender:
		return lang.L("No sender")
	case m.Error == decode.ProblemNoHeaders:
		return lang.L("No headers")
	case m.Error == decode.ProblemEmpty:
		return lang.L("Empty")
	case m.Error == decode.ProblemEncrypted:
		return lang.L("Encrypted")
	case reMailUnreadable.MatchString(m.Error):
		return lang.L("Unreadable")
	}
	return mailStateLabel(m.State)
}

// mailErrorText explains a mail server problem by the step that failed and why.
func mailErrorText(err error) string {
	var ce *mailintake.ConnError
	if errors.As(err, &ce) {
		key := "mailerr." + string(ce.Step)
		if ce.Reason != "" {
			key += "." + string(ce.Reason)
		}
		if ce.Step == mailintake.StepLogin && ce.Reason != mailintake.ReasonOAuthOnly || ce.Step == mailintake.StepServer && ce.Reason == "" {
			text := lang.X(key, ce.Error(), map[string]any{"Host": ce.Host})
			if ce.Detail != "" {
				// In quotation marks, as a sentence of its own: the next one follows it.
				text += lang.L("The server said: {{.Detail}}", map[string]any{"Detail": strings.TrimRight(ce.Detail, ". ")})
			}
			return text
		}
		if ce.Step == mailintake.StepFolder {
			text := lang.X(key, ce.Error(), map[string]any{"Host": ce.Host, "Folder": ce.Folder})
			if ce.Detail != "" {
				text += lang.L("The server's folders: {{.Folders}}.", map[string]any{
					"Folders": strings.Join(strings.Split(ce.Detail, "\n"), lang.X("list.separator", ", "))})
			}
			return text
		}
		return lang.X(key, ce.Error(), map[string]any{"Host": ce.Host, "Port": ce.Port,
			"Folder": ce.Folder, "Detail": ce.Detail})
	}
	if errors.Is(err, mailintake.ErrNoPassword) {
		return lang.L("No password is stored for this mail account; enter it in the settings.")
	}
	if errors.Is(err, mailintake.ErrPasswordUnreadable) {
		return lang.L("The password stored for this mail account cannot be read on this computer (the database may come from another computer); enter it again in the settings.")
	}
	if errors.Is(err, mailintake.ErrBusy) {
		return lang.L("This mailbox is being checked right now, here or by another program (a scheduled import); what it finds shows here when it is done.")
	}
	return errorText(err)
}

// endSentence ends a sentence that comes from elsewhere (an English error) before the next.
func endSentence(s string) string {
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") || strings.HasSuffix(s, "。") || strings.HasSuffix(s, "！") ||
		strings.HasSuffix(s, "？") {
		return s
	}
	return s + lang.X("sentence.end", ".")
}

// checkOutcome is how a mailbox's last check ended, as the window colours it.
type checkOutcome int

const (
	checkDone     checkOutcome = iota // completed, or not checked yet
	checkCutShort                     // stopped after storing new mail: the next check goes on from there
	checkFailed
)

// mailCheckText says how the last check of an account went; "" for an account that is not
// checked.
func mailCheckText(a *data.MailAccount, st *data.MailSyncState, loc *time.Location) (string, checkOutcome) {
	switch {
	case !a.Active:
		return "", checkDone
	case st == nil || st.SyncedAt == nil:
		return lang.L("{{.Account}}: not checked yet.", map[string]any{"Account": a.Name}), checkDone
	case st.LastError == "":
		return lang.L("{{.Account}}: checked {{.Time}}.", map[string]any{"Account": a.Name,
			"Time": formatTime(*st.SyncedAt, loc)}), checkDone
	}
	// Changed since the check failed, perhaps put right: the next check says.
	changed := a.UpdatedAt.After(*st.SyncedAt) && st.ErrorStep != string(mailintake.StepServer)
	var why string
	switch st.ErrorStep {
	case string(mailintake.StepNoPassword):
		why = mailErrorText(mailintake.ErrNoPassword)
		if st.ErrorReason == string(mailintake.ReasonUnreadable) {
			why = mailErrorText(mailintake.ErrPasswordUnreadable)
		}
	case "":
		why = endSentence(st.LastError)
	default:
		// Said of the server the check tried: the account may have been changed since.
		host, port := a.Host, a.Port
		if st.ErrorHost != "" {
			host, port = st.ErrorHost, st.ErrorPort
		}
		why = mailErrorText(&mailintake.ConnError{Step: mailintake.Step(st.ErrorStep), Reason: mailintake.Reason(st.ErrorReason),
			Host: host, Port: port, Folder: a.Folder, Detail: st.ErrorDetail})
		// Said above the tray or on the dashboard, away from the account's settings: where to put
		// right what the account says wrong.
		switch {
		case changed:
		case st.ErrorStep == string(mailintake.StepDNS):
			why = lang.L("The mail server “{{.Host}}” cannot be found: check its name in Settings → Mail account.", map[string]any{"Host": host})
		case st.ErrorStep == string(mailintake.StepLogin), st.ErrorStep == string(mailintake.StepFolder),
			st.ErrorStep == string(mailintake.StepTLS) && st.ErrorReason == string(mailintake.ReasonCertName):
			why = lang.L("{{.Why}} Correct the account in Settings → Mail account.", map[string]any{"Why": why})
		}
	}
	if changed {
		why = lang.L("{{.Why}} The account was changed since, at {{.Changed}}: the next check uses it.",
			map[string]any{"Why": why, "Changed": formatTime(a.UpdatedAt, loc)})
	}
	args := map[string]any{"Account": a.Name, "Time": formatTime(*st.SyncedAt, loc), "Why": why, "Folder": a.Folder,
		"N": st.ErrorStored}
	switch {
	case st.ErrorStep == string(mailintake.StepServer):
		// The mail was fetched and stored; only marking or moving it on the server is left.
		return lang.L("{{.Account}}: checked {{.Time}}, the new mail stored. {{.Why}}", args), checkFailed
	case st.ErrorStored > 0:
		// What came before it stopped is in the tray; why it stopped says what happens next. A
		// broken connection is no fault to mend: the next check goes on where this one stopped.
		out := checkFailed
		if st.ErrorStep == string(mailintake.StepFetch) {
			out = checkCutShort
		}
		return lang.L("{{.Account}}: the check at {{.Time}} stopped after storing {{.N}} new messages. {{.Why}}", args), out
	case st.OKAt == nil && st.ErrorStep == string(mailintake.StepFolder):
		// A folder that is not there was never checked: saying so adds nothing.
		return lang.L("{{.Account}}: the check at {{.Time}} failed. {{.Why}}", args), checkFailed
	case st.OKAt == nil:
		return lang.L("{{.Account}}: the check at {{.Time}} failed. {{.Why}} No check of the folder {{.Folder}} has completed yet.", args), checkFailed
	}
	args["OK"] = formatTime(*st.OKAt, loc)
	return lang.L("{{.Account}}: the check at {{.Time}} failed. {{.Why}} Mail was last fetched {{.OK}}.", args), checkFailed
}

// unfetchedShown is how many of the messages waiting on the server the tray names.
const unfetchedShown = 3

// withheld tells a message the server would not deliver from one a check was fetching when its
// connection broke, which the next check fetches.
func withheld(u data.UnfetchedMail) bool { return u.Error != data.UnfetchedConnLost }

// unfetchedText names the messages a mailbox's server listed but did not deliver, which every
// check fetches again: those the connection broke on (said apart when it broke on them at more
// than one check: a line that keeps failing on a large message), and those the server would not
// deliver, which the clerk can meanwhile read in the webmail.
func unfetchedText(account string, waiting []data.UnfetchedMail) string {
	var cut, again, refused []data.UnfetchedMail
	for _, u := range waiting {
		switch {
		case withheld(u):
			refused = append(refused, u)
		case u.Attempts > 1:
			again = append(again, u)
		default:
			cut = append(cut, u)
		}
	}
	var lines []string
	if len(cut) > 0 {
		lines = append(lines, lang.L("{{.Account}}: the connection broke while {{.N}} messages were being fetched; the next check fetches them.",
			map[string]any{"Account": account, "N": len(cut)}))
	}
	if len(again) > 0 {
		args := map[string]any{"Account": account, "N": len(again), "Names": unfetchedNames(again)}
		if args["Names"] == "" {
			lines = append(lines, lang.L("{{.Account}}: the connection broke at more than one check while {{.N}} messages were being fetched. Every check tries them again; if it goes on, the office's network or the mail server's line may be at fault: ask whoever looks after them.", args))
		} else {
			lines = append(lines, lang.L("{{.Account}}: the connection broke at more than one check while {{.N}} messages were being fetched: {{.Names}}. Every check tries them again; if it goes on, the office's network or the mail server's line may be at fault: ask whoever looks after them.", args))
		}
	}
	if len(refused) > 0 {
		lines = append(lines, refusedText(account, refused))
	}
	return strings.Join(lines, "\n")
}

// unfetchedNames names messages waiting on the server by their subjects and senders, when the
// server gave them; "" when it gave none.
func unfetchedNames(waiting []data.UnfetchedMail) string {
	if !slices.ContainsFunc(waiting, func(u data.UnfetchedMail) bool { return u.Subject != "" || u.Sender != "" }) {
		return ""
	}
	var names []string
	for _, u := range waiting[:min(len(waiting), unfetchedShown)] {
		name := fallback(oneLine(u.Subject, 60), lang.L("(no subject)"))
		if u.Sender != "" {
			name = lang.L("{{.Subject}} from {{.Sender}}", map[string]any{"Subject": name, "Sender": oneLine(u.Sender, 60)})
		}
		names = append(names, name)
	}
	if len(waiting) > unfetchedShown {
		names = append(names, lang.L("… and {{.N}} more messages", map[string]any{"N": len(waiting) - unfetchedShown}))
	}
	return strings.Join(names, lang.X("list.separator", ", "))
}

// refusedText names the messages the server lists but will not deliver, by their subjects and
// senders when the server gave them.
func refusedText(account string, waiting []data.UnfetchedMail) string {
	names := unfetchedNames(waiting)
	if names == "" {
		return lang.L("{{.Account}}: the mail server lists {{.N}} messages it would not deliver. Every check asks for them again; they stay unread on the server, where the webmail shows them.",
			map[string]any{"Account": account, "N": len(waiting)})
	}
	return lang.L("{{.Account}}: the mail server lists {{.N}} messages it would not deliver: {{.Names}}. Every check asks for them again; they stay unread on the server, where the webmail shows them.",
		map[string]any{"Account": account, "N": len(waiting), "Names": names})
}

// mailCheckReader reads the mail accounts and how their last checks went.
type mailCheckReader interface {
	MailAccounts(ctx context.Context) ([]*data.MailAccount, error)
	MailSyncState(ctx context.Context, accountID int64, folder string) (*data.MailSyncState, error)
	UnfetchedMail(ctx context.Context, accountID int64, folder string, uidValidity uint32) ([]data.UnfetchedMail, error)
}

// mailCheckTexts is how the last check of each account that is checked went (mailCheckText).
type mailCheckTexts struct {
	lines    []string
	failing  bool // a check failed
	cutShort bool // a check stopped after storing new mail
	accounts int  // accounts there are, checked or not
}

// mailChecks reads the accounts and says how each one's last check went.
func mailChecks(ctx context.Context, s mailCheckReader, loc *time.Location) (mailCheckTexts, error) {
	var c mailCheckTexts
	accts, err := s.MailAccounts(ctx)
	if err != nil {
		return c, err
	}
	c.accounts = len(accts)
	for _, a := range accts {
		st, err := s.MailSyncState(ctx, a.ID, a.Folder)
		if err != nil {
			return c, err
		}
		if text, out := mailCheckText(a, st, loc); text != "" {
			c.lines = append(c.lines, text)
			c.failing = c.failing || out == checkFailed
			c.cutShort = c.cutShort || out == checkCutShort
		}
		if st == nil || !a.Active {
			continue
		}
		waiting, err := s.UnfetchedMail(ctx, a.ID, a.Folder, st.UIDValidity)
		if err != nil {
			return c, err
		}
		if st.ErrorStep == string(mailintake.StepFetch) {
			// The check's line says the connection broke and the next check goes on: the
			// messages it broke on once are not said twice.
			waiting = slices.DeleteFunc(waiting, func(u data.UnfetchedMail) bool { return !withheld(u) && u.Attempts <= 1 })
		}
		if len(waiting) > 0 {
			c.lines = append(c.lines, unfetchedText(a.Name, waiting))
			if slices.ContainsFunc(waiting, withheld) {
				c.failing = true
			} else {
				c.cutShort = true // the next check fetches them
			}
		}
	}
	return c, nil
}

// mailTray is the intake tray: every stored email by what became of it.
type mailTray struct {
	desk  *Desk
	store *data.Store
	view  fyne.CanvasObject

	state    *choice
	search   *entry
	timer    *time.Timer // the search runs once typing pauses
	list     *followList
	newest   bool // the list shows its top when it is next read again: a check brought new mail
	empty    *widget.Label
	more     *widget.Label
	moreBtn  *widget.Button
	limit    int // how many messages are listed, newest first
	reader   *mailReader
	actions  *fyne.Container
	check    *widget.Button
	progress *widget.ProgressBar
	moved    progressGate // of the progress bar, from a check's or an import's goroutine
	msg      *para
	status   *para // how the last check of each account went
	items    []*data.MailMessage
	counts   map[data.MailState]int
	selected *data.MailMessage
}

func newMailTray(d *Desk, s *data.Store) *mailTray {
	t := &mailTray{desk: d, store: s}
	t.state = newSelect(nil, func(string) { t.switchList() })
	t.search = newEntry()
	t.search.SetPlaceHolder(lang.L("Search sender, complainant, subject or reference…"))
	t.search.OnChanged = func(string) { t.searchSoon() }
	t.search.onDown = t.toList
	t.search.OnSubmitted = func(string) { t.toList() }
	t.list = newFollowList(func() int { return len(t.items) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			m := t.items[i]
			l := o.(*widget.Label)
			// The importance first: SetText repaints the recycled row with it.
			l.Importance = widget.MediumImportance
			if m.State == data.MailFailed && m.SetAsideAt == nil {
				l.Importance = widget.DangerImportance
			}
			l.SetText(trayRow(m, s.Calendar().Location(), d.now()))
		},
		func(i widget.ListItemID) {
			if t.selected == nil || t.selected.ID != t.items[i].ID {
				t.say("") // what was said of the message read before
				t.desk.clearError()
			}
			t.show(t.items[i])
		})
	t.empty = widget.NewLabelWithStyle(lang.L("No email in this tray."), fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	t.empty.Hide()
	t.limit = trayPage
	t.more = widget.NewLabel("")
	t.more.Hide()
	t.moreBtn = widget.NewButton(lang.L("Show more"), func() {
		t.limit += trayPage
		t.reload()
	})
	t.moreBtn.Hide()
	t.reader = newMailReader(d)
	t.reader.clear()
	// The buttons wrap onto a second line in a narrow window rather than squeezing the list.
	t.actions = container.New(layout.NewRowWrapLayout())
	t.check = widget.NewButtonWithIcon(lang.L("Check mail now"), theme.MailComposeIcon(), t.checkNow)
	t.check.Importance = widget.HighImportance
	t.progress = widget.NewProgressBar()
	t.progress.Hide()
	t.msg = newPara("")
	t.msg.Hide()
	t.status = newPara("")
	t.status.Hide()
	title := widget.NewLabelWithStyle(lang.L("Email intake"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	// The filter is as wide as its longest choice can be ("需人工处理（12，3 封无需登记）"): a Select
	// is only as wide as its placeholder and would cut the counts off.
	state := container.NewGridWrap(fyne.NewSize(300, t.state.MinSize().Height), t.state)
	var importFile *widget.Button
	importFile = widget.NewButtonWithIcon(lang.L("Import mail files…"), theme.FolderOpenIcon(), func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem(lang.L("A mail file (.eml, .msg, .mbox)…"), func() {
				d.choosePath(func(p string) { t.importFiles([]string{p}) }, mailFileTypes...)
			}),
			fyne.NewMenuItem(lang.L("Every mail file of a folder…"), func() { d.chooseFolder(t.importFolder) }))
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(importFile).AddXY(0, importFile.Size().Height)
		widget.ShowPopUpMenuAtPosition(menu, d.win.Canvas(), at)
	})
	// How the last checks went comes below the toolbar: a message of one line or of three, or
	// none, leaves the buttons where they are under the clerk's pointer.
	toolbar := container.NewBorder(nil, nil, state, container.NewHBox(importFile, t.check), t.search)
	top := container.NewVBox(title, toolbar, t.status)
	right := container.NewBorder(t.actions, nil, nil, nil, t.reader.view)
	// What a check or an import says, and its progress, come and go below the list: above it,
	// they would move the rows under the clerk's pointer.
	below := container.NewVBox(t.progress, t.msg, container.NewHBox(t.more, t.moreBtn))
	split := container.NewHSplit(container.NewBorder(nil, below, nil, nil, container.NewStack(t.list, container.NewCenter(t.empty))), right)
	split.Offset = 0.55
	t.view = container.NewBorder(top, nil, nil, nil, split)
	return t
}

// switchList shows the list the clerk picked, without what was said of the one before.
func (t *mailTray) switchList() {
	t.say("")
	t.reload()
}

// say shows the outcome of what the clerk did; an empty message takes no room.
func (t *mailTray) say(text string) {
	t.msg.SetText(text)
	t.msg.Hidden = text == ""
	t.msg.Refresh()
}

// searchSoon lists the messages the search finds once typing pauses.
// toList hands the keys on from the search box to the list, at the message being read or else
// at the first one found.
func (t *mailTray) toList() {
	if len(t.items) == 0 {
		return
	}
	i := 0
	if t.selected != nil {
		i = max(slices.IndexFunc(t.items, func(m *data.MailMessage) bool { return m.ID == t.selected.ID }), 0)
	}
	t.desk.win.Canvas().Focus(t.list)
	if t.selected == nil || t.items[i].ID != t.selected.ID {
		t.list.Select(i)
	} else {
		t.list.at = i
	}
	t.list.ScrollTo(i)
}

func (t *mailTray) searchSoon() {
	if t.timer != nil {
		t.timer.Stop()
	}
	t.timer = time.AfterFunc(searchDelay, func() {
		t.desk.apply(func() {
			t.limit = trayPage
			t.reload()
		})
	})
}

func (t *mailTray) filterStates() []data.MailState {
	if i := t.state.SelectedIndex(); i > 0 && i <= len(data.MailStates) {
		return []data.MailState{data.MailStates[i-1]}
	}
	return nil
}

func (t *mailTray) reload() {
	filter := data.MessageFilter{States: t.filterStates(), Query: t.search.Text, Limit: t.limit, TextLimit: trayTextLimit}
	var items []*data.MailMessage
	var counts map[data.MailState]int
	var aside int
	var names *lookupNames
	var shown int // how many the filter selects
	var checks mailCheckTexts
	loc := t.store.Calendar().Location()
	t.desk.run(func(ctx context.Context) error {
		var err error
		if counts, aside, err = t.store.MailCounts(ctx); err != nil {
			return err
		}
		if names, err = loadNames(ctx, t.store); err != nil {
			return err
		}
		if items, err = t.store.Messages(ctx, filter); err != nil {
			return err
		}
		if shown, err = t.store.CountMessages(ctx, filter); err != nil {
			return err
		}
		checks, err = mailChecks(ctx, t.store, loc)
		return err
	}, func(err error) {
		if err != nil {
			t.say(errorText(err))
			return
		}
		t.status.Importance = widget.MediumImportance
		switch {
		case checks.failing:
			t.status.Importance = widget.DangerImportance
		case checks.cutShort:
			t.status.Importance = widget.WarningImportance
		}
		t.status.SetText(strings.Join(checks.lines, "\n"))
		t.status.Hidden = len(checks.lines) == 0
		t.status.Refresh()
		selected, before := t.selected, t.items
		t.items, t.counts, t.reader.users = items, counts, names
		if u := unreadable(counts, aside); u != t.desk.overdue.unreadable || checks.failing != t.desk.overdue.mailFailed {
			// What the clerk just did (registered, set aside, checked) shows beside the tray at once.
			t.desk.overdue.unreadable, t.desk.overdue.mailFailed = u, checks.failing
			t.desk.navList.Refresh()
		}
		total := 0
		for _, n := range counts {
			total += n
		}
		opts := []string{lang.L("All ({{.N}})", map[string]any{"N": total})}
		for _, s := range data.MailStates {
			args := map[string]any{"Label": mailStateLabel(s), "N": counts[s], "Aside": aside}
			if s == data.MailFailed && aside > 0 {
				// As the dashboard counts them: the navigation counts only those still to do.
				opts = append(opts, lang.L("{{.Label}} ({{.N}}, {{.Aside}} need no complaint)", args))
				continue
			}
			opts = append(opts, lang.L("{{.Label}} ({{.N}})", args))
		}
		i := t.state.SelectedIndex()
		t.state.OnChanged = nil
		t.state.SetOptions(opts)
		if i < 0 {
			i = 0
		}
		t.state.SetSelectedIndex(i)
		t.state.OnChanged = func(string) { t.switchList() }
		// The message being read stays selected when the list is read again (after a check), and
		// the list where the clerk scrolled it: selecting would bring the message into view.
		offset := t.list.GetScrollOffset()
		t.list.UnselectAll()
		t.list.Refresh()
		if selected != nil {
			found := false
			for i, m := range items {
				if m.ID == selected.ID {
					t.list.selectQuietly(i)
					found = true
					break
				}
			}
			// A message the search or filter no longer lists (or that reading it again moved
			// out of this tray) is not left in the reading pane as it was.
			if !found {
				t.clearReader()
			}
		}
		if t.newest {
			// The mail a check brought is at the top, the message read stays selected below.
			t.newest = false
			t.list.ScrollToTop()
		} else {
			// Mail that arrived above the rows in view moves them down by as many rows: in a
			// list scrolled down, the same rows stay under the pointer.
			if offset > 0 && len(before) > 0 {
				if above := slices.IndexFunc(items, func(m *data.MailMessage) bool { return m.ID == before[0].ID }); above > 0 {
					step := t.list.CreateItem().MinSize().Height + t.list.Theme().Size(theme.SizeNamePadding)
					offset += float32(above) * step
				}
			}
			t.list.ScrollToOffset(offset)
		}
		switch {
		case len(items) > 0:
			t.empty.Hide()
		case strings.TrimSpace(filter.Query) != "":
			t.empty.SetText(lang.L("No email matches the search."))
			t.empty.Show()
		default:
			t.empty.SetText(lang.L("No email in this tray."))
			t.empty.Show()
		}
		// A search says how much it found.
		searching := strings.TrimSpace(filter.Query) != ""
		switch {
		case shown > len(items) && searching:
			t.more.SetText(lang.L("{{.Total}} found; the newest {{.N}} are listed.", map[string]any{"N": len(items), "Total": shown}))
		case shown > len(items):
			t.more.SetText(lang.L("The newest {{.N}} of {{.Total}} are listed.", map[string]any{"N": len(items), "Total": shown}))
		case searching && len(items) > 0:
			t.more.SetText(lang.L("{{.N}} found.", map[string]any{"N": len(items)}))
		}
		t.more.Hidden = !(shown > len(items) || searching && len(items) > 0)
		t.more.Refresh()
		t.moreBtn.Hidden = shown <= len(items)
		t.moreBtn.Refresh()
	})
}

// wholeMB is a byte count in megabytes, rounded up.
func wholeMB(n int64) int { return int((n + 1<<20 - 1) >> 20) }

// trayPage is how many more messages the tray lists at a time.
const trayPage = 500

// trayTextLimit is how much of a message's text the tray shows, as much as a complaint holds: a
// label with megabytes of text would stop the window.
const trayTextLimit = data.MaxText

// trayAttachmentLimit is how many attachments the tray lists by name; the original message has
// them all.
const trayAttachmentLimit = 50

// trayFieldLimit shortens what the tray shows of a header field, a file name or a recipient list
// sent to hundreds of addresses to a few lines: a single line of megabytes would stop the window.
const trayFieldLimit = 300

// clearReader empties the reading pane and its buttons.
func (t *mailTray) clearReader() {
	t.selected = nil
	t.actions.RemoveAll()
	t.reader.clear()
}

func (t *mailTray) show(m *data.MailMessage) {
	t.selected = m
	t.reader.show(m, t.store.Calendar().Location())
	if m.State == data.MailComplaint && m.ComplaintID != nil {
		t.relatedCases(m)
	}
	t.actions.RemoveAll()
	if m.ComplaintRef != "" {
		ref := m.ComplaintRef
		t.actions.Add(widget.NewButtonWithIcon(lang.L("Open case"), theme.DocumentIcon(), func() { t.desk.OpenCase(ref) }))
	}
	t.actions.Add(widget.NewButtonWithIcon(lang.L("Open .eml"), theme.FileIcon(), func() { t.desk.openEML(m) }))
	t.actions.Add(widget.NewButtonWithIcon(lang.L("Save .eml…"), theme.DocumentSaveIcon(), func() { t.desk.saveEML(m) }))
	t.actions.Add(widget.NewButtonWithIcon(lang.L("Header…"), theme.InfoIcon(), func() { t.desk.showHeader(m) }))
	if b := t.desk.originalButton(m); b != nil {
		t.actions.Add(b)
	}
	if m.State == data.MailFailed {
		t.actions.Add(widget.NewButtonWithIcon(lang.L("Read again"), theme.ViewRefreshIcon(), func() { t.readAgain(m) }))
		t.actions.Add(widget.NewButtonWithIcon(lang.L("Register as complaint…"), theme.ContentAddIcon(), func() { t.desk.registerMail(m) }))
		if m.SetAsideAt == nil {
			t.actions.Add(widget.NewButtonWithIcon(lang.L("Needs no complaint"), theme.ConfirmIcon(), func() { t.setAside(m, true) }))
		} else {
			t.actions.Add(widget.NewButtonWithIcon(lang.L("Needs a complaint after all"), theme.ContentUndoIcon(), func() { t.setAside(m, false) }))
		}
	}
	if m.FromEmail != "" && (m.State == data.MailAuto && m.Direction != data.DirOut || m.State == data.MailReply) {
		// Automatic mail on a case too: a complainant's mailer may mark all its mail automatic.
		t.actions.Add(widget.NewButtonWithIcon(lang.L("Register as complaint"), theme.ContentAddIcon(), func() { t.register(m) }))
	}
}

// followList is a list whose selection follows the keyboard, as a mail program's does: Up and
// Down open the message above or below the one open, Enter (or Space) the one in focus when
// none is open yet.
type followList struct {
	widget.List
	at    widget.ListItemID // the row selected last, by click, key or program
	quiet bool              // selecting for the program (selectQuietly): the focus stays where it is
}

func newFollowList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject),
	selected func(widget.ListItemID)) *followList {
	l := &followList{at: -1}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.OnSelected = func(id widget.ListItemID) {
		l.at = id
		if !l.quiet {
			// A click: the keys go to the list from now on. (Fyne's list asks for the focus
			// for itself, not for a list built on it, and gets none.)
			if c := fyne.CurrentApp().Driver().CanvasForObject(l); c != nil {
				c.Focus(l)
			}
		}
		selected(id)
	}
	l.ExtendBaseWidget(l)
	return l
}

// page is how many rows a page key moves by: the rows in view, less one kept from the page before.
func (l *followList) page() int {
	step := l.CreateItem().MinSize().Height + l.Theme().Size(theme.SizeNamePadding)
	return max(int(l.Size().Height/step)-1, 1)
}

// UnselectAll leaves no row selected, and the keys start again from the top.
func (l *followList) UnselectAll() {
	l.at = -1
	l.List.UnselectAll()
}

// selectQuietly selects row id for the program, leaving the focus where the clerk has it (the
// search box they type in).
func (l *followList) selectQuietly(id widget.ListItemID) {
	l.quiet = true
	defer func() { l.quiet = false }()
	l.Select(id)
}

func (l *followList) TypedKey(e *fyne.KeyEvent) {
	next := l.at
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if l.at < 0 {
			l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // the row Tab brought the focus to
		}
		return // the row the keys moved to is open already
	case fyne.KeyUp:
		next--
	case fyne.KeyDown:
		next++
	case fyne.KeyPageUp:
		next = max(next-l.page(), 0)
	case fyne.KeyPageDown:
		next = min(next+l.page(), l.Length()-1)
	case fyne.KeyHome:
		next = 0
	case fyne.KeyEnd:
		next = l.Length() - 1
	default:
		l.List.TypedKey(e)
		return
	}
	if next < 0 || next >= l.Length() {
		return
	}
	l.Select(next)
	l.ScrollTo(next)
}

// trayRow is a message's line in the tray: when it came, what it became and on which case, from
// whom (for a message without a sender, the complainant the clerk registered it for; a dash where
// the state says there is no sender), about what (for a message without a subject, the start of
// its text). The subject comes last, where a narrow tray cuts the line; the time is short, to
// leave it room.
func trayRow(m *data.MailMessage, loc *time.Location, now time.Time) string {
	subject := m.Subject
	if strings.TrimSpace(subject) == "" {
		subject = fallback(firstTextLine(m.Text), lang.L("(no subject)"))
	}
	state := messageLabel(m)
	if m.ComplaintRef != "" {
		state += " " + m.ComplaintRef
	}
	sender := fallback(strings.TrimSpace(m.FromName), fallback(m.FromEmail, m.Complainant))
	switch {
	case sender == "" && saysNoSender(m):
		sender = "—" // the state says so already
	case sender == "":
		sender = lang.L("(no sender)")
	}
	return fmt.Sprintf("%s  %s  %s  %s", shortTime(m.ReceivedAt, now, loc), state, oneLine(sender, 14), oneLine(subject, 40))
}

// saysNoSender tells whether a message's state in the tray already says it has no sender: one
// without a sender address, without headers, or empty.
func saysNoSender(m *data.MailMessage) bool {
	if m.State != data.MailFailed || m.Oversize || reMailTooLarge.MatchString(m.Error) {
		return false
	}
	switch m.Error {
	case data.ProblemNoSender, decode.ProblemNoHeaders, decode.ProblemEmpty:
		return true
	}
	return false
}

// mailReader lays a stored message out for reading: who sent it to whom and when and what became
// of it, then each attachment with Open and Save as…, then its text.
type mailReader struct {
	desk    *Desk
	users   *lookupNames // who set a message aside, by name; nil shows login names
	head    *para
	related *fyne.Container // the sender's other open cases (showRelated)
	files   *fyne.Container
	body    *para
	box     *fyne.Container
	view    *container.Scroll // box, scrolling
	shown   int64             // the message shown, read again in its place
}

func newMailReader(d *Desk) *mailReader {
	r := &mailReader{desk: d, head: newPara(""), related: container.NewVBox(), files: container.NewVBox(),
		body: newPara("")}
	r.body.Hide()
	r.box = container.NewVBox(r.head, r.related, r.files, r.body)
	r.view = container.NewVScroll(r.box)
	return r
}

// showRelated lists the other open cases of the complainant a new email complaint came from,
// each a click away: a complainant asking after an open case often writes a new email rather
// than answering one, and the clerk then deals with it on that case. With file, each case
// registered before the email's own (id) has a button that files the email on it: the later goes
// on the earlier.
func (r *mailReader) showRelated(name string, cases []*data.Complaint, id int64, file func(ref string)) {
	r.related.RemoveAll()
	if len(cases) == 0 {
		return
	}
	intro := newPara(lang.L("{{.Name}} has {{.N}} other open complaints:",
		map[string]any{"Name": oneLine(name, data.MaxName), "N": len(cases)}))
	r.related.Add(intro)
	for i, c := range cases {
		if i == relatedLimit {
			r.related.Add(widget.NewLabel(lang.L("… and {{.N}} more", map[string]any{"N": len(cases) - i})))
			break
		}
		ref := c.Ref
		// The case's state after its number, the subject last: a long subject is cut to the
		// reader's width (beside 归入此案 too), not the reader widened nor the state cut.
		link := widget.NewHyperlink(withNote(c.Ref, statusLabel(c.Status))+"  "+oneLine(c.Subject, 40), nil)
		link.Truncation = fyne.TextTruncateEllipsis
		link.OnTapped = func() { r.desk.OpenCase(ref) }
		if file == nil || c.ID > id {
			r.related.Add(link)
			continue
		}
		btn := widget.NewButtonWithIcon(lang.L("File on this case"), theme.MailReplyIcon(), func() { file(ref) })
		r.related.Add(container.NewBorder(nil, nil, nil, btn, link))
	}
	// The list comes after the message is shown: the pane makes room for it.
	r.view.Refresh()
}

// relatedLimit is how many of a complainant's other open cases the tray lists.
const relatedLimit = 5

func (r *mailReader) clear() {
	r.head.SetText(lang.L("Choose a message to read it."))
	r.related.RemoveAll()
	r.files.RemoveAll()
	r.body.SetText("")
	r.body.Hide()
	r.box.Refresh()
	r.view.ScrollToTop()
	r.shown = 0
}

func (r *mailReader) show(m *data.MailMessage, loc *time.Location) {
	r.head.SetText(mailHeadText(m, loc, r.users))
	r.related.RemoveAll()
	r.files.RemoveAll()
	for i, a := range m.Attachments {
		if i == trayAttachmentLimit {
			r.files.Add(widget.NewLabel("📎 " + lang.L("… and {{.N}} more", map[string]any{"N": len(m.Attachments) - i})))
			break
		}
		r.files.Add(r.fileRow(m, a))
	}
	r.body.SetText(mailBodyText(m))
	r.body.Show()
	// The lists above the text shrink or grow with each message: laid out again, the text starts
	// below them, not where the last message's did. The same message shown again (the tray read
	// after a check) keeps the clerk's place in it.
	r.box.Refresh()
	if m.ID != r.shown {
		r.view.ScrollToTop()
	}
	r.shown = m.ID
}

// attachedSubject is the subject of a message attached without a file name, read from its
// header; "" for any other attachment, or one whose header gives none.
func (r *mailReader) attachedSubject(a data.MailAttachment) string {
	if a.Filename != "" || a.SHA256 == "" || !strings.EqualFold(a.ContentType, "message/rfc822") {
		return ""
	}
	head, err := r.desk.store.BlobStart(context.Background(), a.SHA256, 64<<10)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(mailintake.ParseHeader(head, int64(len(head)), data.DefaultMailMaxSize, time.Time{}).Subject)
}

// withAddress is a name with its address after it, when there is one.
func withAddress(name, email string) string {
	if email == "" {
		return name
	}
	return name + " <" + email + ">"
}

// fileRow is an attachment's line: its name and size, whether it was taken off the case, and,
// when its bytes were kept, buttons to open it (never when Windows would run it) and to save it.
func (r *mailReader) fileRow(m *data.MailMessage, a data.MailAttachment) fyne.CanvasObject {
	// A part without a file name (a delivery report) goes by what its type holds; a message
	// attached without one (a forward, a returned message) by its subject.
	label, name := fallback(a.Filename, partKind(a.ContentType)), a.FileName(m.ID)
	if subject := r.attachedSubject(a); subject != "" {
		label = lang.L("Attached email: {{.Subject}}", map[string]any{"Subject": subject})
		name = safeFileName(oneLine(subject, 80)) + ".eml"
	}
	text := fmt.Sprintf("📎 %s (%s)", data.ShortName(oneLine(label, trayFieldLimit), 60, trayFieldLimit*4), humanSize(a.Size))
	if a.Removed {
		text += " — " + lang.L("Removed from the case")
	}
	l := newPara(text)
	if a.SHA256 == "" {
		return l
	}
	read := func(ctx context.Context) ([]byte, error) { return r.desk.store.Blob(ctx, a.SHA256) }
	open := widget.NewButtonWithIcon(lang.L("Open"), theme.FileIcon(), func() {
		r.desk.openCopy("attachment", filepath.Join("mail", strconv.FormatInt(m.ID, 10), strconv.Itoa(a.Position)), name, read)
	})
	save := widget.NewButtonWithIcon(lang.L("Save as…"), theme.DocumentSaveIcon(), func() { r.desk.saveFile(name, read) })
	return container.NewBorder(nil, nil, nil, container.NewHBox(open, save), l)
}

// partKind is what a part without a file name holds, in the clerk's words, by its type ("投递状态
// 报告" for message/delivery-status); its type as written when it is none of those.
func partKind(contentType string) string {
	t, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(contentType)), ";")
	switch strings.TrimSpace(t) {
	case "message/delivery-status", "message/global-delivery-status":
		return lang.L("Delivery report")
	case "message/disposition-notification", "message/global-disposition-notification":
		return lang.L("Read receipt")
	case "text/rfc822-headers", "message/rfc822-headers", "message/global-headers":
		return lang.L("Header of the returned email")
	case "application/pgp-encrypted":
		return lang.L("Encryption information")
	case "application/pgp-signature", "application/pkcs7-signature", "application/x-pkcs7-signature":
		return lang.L("Digital signature")
	case "text/calendar":
		return lang.L("Meeting invitation")
	case "message/rfc822", "message/global":
		return lang.L("Attached email")
	}
	return contentType
}

// mailHeadText is who sent a stored message to whom and when, and what became of it.
func mailHeadText(m *data.MailMessage, loc *time.Location, users *lookupNames) string {
	var b strings.Builder
	from := strings.TrimSpace(m.FromName)
	switch {
	case m.FromEmail != "" && from != "":
		from += " <" + m.FromEmail + ">"
	case m.FromEmail != "":
		from = m.FromEmail
	}
	line := func(label, value string) { b.WriteString(labelled(label, value) + "\n") }
	line(lang.L("From"), fallback(oneLine(from, trayFieldLimit), "—"))
	if len(m.To) > 0 {
		line(lang.L("To"), oneLine(strings.Join(m.To, ", "), trayFieldLimit))
	}
	if len(m.Cc) > 0 {
		line(lang.L("Cc"), oneLine(strings.Join(m.Cc, ", "), trayFieldLimit))
	}
	line(lang.X("mail.subject", "Subject"), fallback(oneLine(m.Subject, trayFieldLimit), "—"))
	// A message without a Date is dated when it was received (for the lists); the reader says
	// so rather than give that time as when it was sent.
	if m.Date != nil && !m.Date.Equal(m.ReceivedAt) {
		line(lang.L("Sent"), formatTime(*m.Date, loc))
	}
	line(lang.X("mail.received", "Received"), formatTime(m.ReceivedAt, loc))
	if m.OriginalName != "" {
		line(lang.L("Read from"), oneLine(m.OriginalName, trayFieldLimit))
	}
	// A colleague's forward, a web form's mail, mail without a From address that says where to
	// answer, or a failed message registered by hand, is someone else's complaint than its
	// sender's (or a complaint without a sender); a reply on a case from another address than the
	// complainant's (a relative's, a neighbour's naming the case) is not the complainant's own.
	sender := m.FromEmail == "" || !strings.EqualFold(m.ComplainantEmail, m.FromEmail)
	switch {
	case m.Complainant == "" || !sender:
	case m.State == data.MailComplaint && m.Complainant != strings.TrimSpace(m.FromName):
		line(lang.L("Complainant"), oneLine(withAddress(m.Complainant, m.ComplainantEmail), trayFieldLimit))
	case m.State == data.MailReply && m.Direction == data.DirIn && m.FromEmail != "":
		who := oneLine(withAddress(m.Complainant, m.ComplainantEmail), trayFieldLimit)
		if m.ComplainantEmail != "" {
			who = withNote(who, lang.L("not the sender"))
		}
		line(lang.L("Complainant"), who)
	}
	if m.ComplaintRef != "" {
		line(lang.L("Reference number"), m.ComplaintRef)
	}
	if m.RepeatOfRef != "" {
		line(lang.L("Repeat of"), m.RepeatOfRef)
	}
	if m.MovedFromRef != "" && m.MovedFromRef != m.RepeatOfRef {
		// A reply the clerk registered as a complaint of its own: its case keeps a note.
		line(lang.L("Registered apart from"), m.MovedFromRef)
	}
	if named := data.RefInSubject(m.Subject); named != "" && named != m.ComplaintRef && named != m.RepeatOfRef &&
		named != m.MovedFromRef && m.State == data.MailComplaint {
		// A number that names no complaint, or another complainant's that a stranger cites.
		b.WriteString(lang.L("The subject names {{.Ref}}: not filed there (no such complaint, or not the sender's).",
			map[string]any{"Ref": named}) + "\n")
	}
	status := messageLabel(m)
	switch {
	case m.AutoReason == "" || m.State != data.MailAuto:
		// A message registered by hand keeps why it was taken for automatic; the tray says what
		// it is now.
	case m.AutoReason == data.AutoReasonOwn:
		status = withNote(status, lang.L("it goes on the case it names as outgoing mail"))
	default:
		status = withNote(status, autoReasonText(m.AutoReason))
	}
	b.WriteString(labelled(lang.L("Status"), status))
	if m.State == data.MailAuto && m.ComplaintRef == "" && sentByASystem(m.AutoReason) {
		if name, phone := data.FormVisitor(m); name != "" {
			// A website's form whose mailer marks all its mail automatic: the complaint it
			// carries is the clerk's to register.
			b.WriteString("\n" + lang.L("It reads like a complaint sent through a form ({{.Name}}, {{.Phone}}): if it is one, register it as a complaint.",
				map[string]any{"Name": name, "Phone": phone}))
		}
	}
	if m.Error != "" {
		b.WriteString("\n" + labelled(lang.L("Problem"), mailProblemText(m.Error)))
	}
	if m.SetAsideAt != nil {
		b.WriteString("\n" + lang.L("{{.User}} found on {{.Time}} that it needs no complaint.",
			map[string]any{"User": userName(users, m.SetAsideBy), "Time": formatTime(*m.SetAsideAt, loc)}))
	}
	return b.String()
}

// userName is the name a user goes by, or their login name without the names at hand.
func userName(users *lookupNames, login string) string {
	if users == nil {
		return fallback(login, "—")
	}
	return users.user(login)
}

// mailBodyText is the text of a stored message, as much of it as the window shows.
func mailBodyText(m *data.MailMessage) string {
	text := m.Text
	if more := m.TextLen - utf8.RuneCountInString(m.Text); more > 0 {
		text += "\n\n" + lang.L("… and {{.N}} more characters: open the original message (.eml) to read all of it.",
			map[string]any{"N": more})
	}
	return text
}

// register opens a complaint from an automatic message or a reply, once the clerk confirms it.
func (t *mailTray) register(m *data.MailMessage) {
	if m.State != data.MailReply || m.ComplaintRef == "" {
		// The sender's open cases are named first: an out-of-office answer to the office's mail
		// about one of them is no new complaint.
		var open []string
		t.desk.run(func(ctx context.Context) error {
			p, err := t.store.FindComplainant(ctx, "", m.FromEmail)
			if err != nil || p == nil || strings.TrimSpace(m.FromEmail) == "" {
				return err
			}
			history, err := t.store.History(ctx, p.ID)
			for _, c := range history {
				if c.Status.Open() {
					open = append(open, c.Ref)
				}
			}
			return err
		}, func(err error) {
			if err != nil {
				t.desk.showError(err)
				return
			}
			question := lang.L("Register this message from {{.From}} as a new complaint? It was taken for automatic mail.",
				map[string]any{"From": m.FromEmail})
			if len(open) > 0 {
				question += lang.L(" {{.From}} has open complaints already: {{.Refs}}.", map[string]any{"From": m.FromEmail,
					"Refs": strings.Join(open, lang.X("list.separator", ", "))})
			}
			if m.ComplaintRef != "" {
				question += lang.L(" It leaves {{.Ref}}, which keeps a note of it.", map[string]any{"Ref": m.ComplaintRef})
			}
			t.confirmRegister(m, question)
		})
		return
	}
	var c *data.Complaint
	t.desk.run(func(ctx context.Context) error {
		var err error
		c, err = t.store.Complaint(ctx, m.ComplaintRef)
		return err
	}, func(err error) {
		if err != nil {
			t.desk.showError(err)
			return
		}
		args := map[string]any{"From": fallback(strings.TrimSpace(m.FromName), m.FromEmail), "Ref": m.ComplaintRef}
		if !c.Status.Open() {
			// Writing again on a closed case: the same matter again (seed 001 §4.3.2).
			t.confirmRegister(m, lang.L("{{.Ref}} is closed. Register this reply from {{.From}} as a repeat complaint of it (the same matter again: linked to it, level 2 at least)? {{.Ref}} keeps a note of it.", args))
			return
		}
		// A complainant answering an old case's mail about something new.
		t.confirmRegister(m, lang.L("Register this reply from {{.From}} as a new complaint? It leaves {{.Ref}}, which keeps a note of it.", args))
	})
}

// confirmRegister asks the question, and registers the message once the clerk confirms.
func (t *mailTray) confirmRegister(m *data.MailMessage, question string) {
	t.desk.showDialog(t.desk.question(lang.L("Register as complaint"), question, lang.L("Register"), func(ok bool) {
		if !ok {
			return
		}
		t.reroute(m, mailintake.Register, func(out data.MailOutcome) string {
			return lang.L("Registered as complaint {{.Ref}}.", map[string]any{"Ref": out.ComplaintRef})
		})
	}))
}

// question is a yes/no dialog whose text is set as Chinese is set: a reference number or an
// address is not broken in two at the end of a line, as the plain dialog would. Enter answers
// yes.
func (d *Desk) question(title, text, confirm string, done func(bool)) dialog.Dialog {
	dlg := dialog.NewCustomConfirm(title, confirm, lang.L("Cancel"), newPara(text), done, d.win)
	dlg.Resize(fyne.NewSize(520, 0))
	d.mu.Lock()
	if d.questions == nil {
		d.questions = map[dialog.Dialog]bool{}
	}
	d.questions[dlg] = true // Enter answers it (pressDefault)
	d.mu.Unlock()
	return dlg
}

// openEML opens the original of a stored message in the system's mail program.
func (d *Desk) openEML(m *data.MailMessage) {
	d.openCopy("mail", filepath.Join("mail", strconv.FormatInt(m.ID, 10)), emlName(m),
		func(ctx context.Context) ([]byte, error) { return d.store.RawMessage(ctx, m.ID) })
}

// showHeader shows the header of a stored message as it came (where it passed and when, the
// sender's mail program), readable and copyable without a mail program on this computer.
func (d *Desk) showHeader(m *data.MailMessage) {
	var text string
	d.run(func(ctx context.Context) error {
		raw, err := d.store.RawMessage(ctx, m.ID)
		text = mailintake.HeaderText(raw)
		return err
	}, func(err error) {
		if err != nil {
			d.showError(err)
			return
		}
		if text == "" {
			text = lang.L("The message has no header.")
		}
		l := widget.NewLabel(breakLongLines(headerLines(text)))
		l.Wrapping, l.Selectable = fyne.TextWrapWord, true
		dlg := dialog.NewCustom(lang.L("Header of {{.Subject}}", map[string]any{"Subject": fallback(oneLine(m.Subject, 60), "—")}),
			lang.L("Close"), container.NewVScroll(l), d.win)
		size := d.win.Canvas().Size()
		dlg.Resize(fyne.NewSize(size.Width*0.7, size.Height*0.8))
		d.showDialog(dlg)
	})
}

// headerLines sets a header's text for a label that wraps at spaces: a field's decoded line
// ("  → 锦华花园…") begins with its arrow against the text, which a space would leave alone on a
// line of its own before a long Chinese subject.
func headerLines(text string) string {
	return strings.ReplaceAll(text, "\n  → ", "\n→")
}

// saveEML saves the original of a stored message where the clerk chooses.
func (d *Desk) saveEML(m *data.MailMessage) {
	d.saveFile(emlName(m), func(ctx context.Context) ([]byte, error) { return d.store.RawMessage(ctx, m.ID) })
}

// emlName is the file a stored message is saved as: its subject, or, without one, "邮件-19.eml" in
// the clerk's language.
func emlName(m *data.MailMessage) string {
	if strings.TrimSpace(m.Subject) == "" {
		return safeFileName(lang.L("email-{{.ID}}", map[string]any{"ID": m.ID})) + ".eml"
	}
	return mailintake.EMLName(m)
}

// originalButton saves the file a message was read from when another program wrote it
// (Outlook's .msg), as it was; nil for a message with no such file.
func (d *Desk) originalButton(m *data.MailMessage) *widget.Button {
	if m.OriginalName == "" {
		return nil
	}
	return widget.NewButtonWithIcon(lang.L("Save {{.Name}}…", map[string]any{"Name": m.OriginalName}), theme.DocumentSaveIcon(), func() {
		d.saveFile(m.OriginalName, func(ctx context.Context) ([]byte, error) {
			_, b, err := d.store.MailOriginal(ctx, m.ID)
			return b, err
		})
	})
}

// relatedCases looks up the other open cases of the complainant whose email m opened a
// complaint, and shows them while m is still the message being read.
func (t *mailTray) relatedCases(m *data.MailMessage) {
	var name, opened string
	var open []*data.Complaint
	var fileable bool
	t.desk.run(func(ctx context.Context) error {
		c, err := t.store.ComplaintByID(ctx, *m.ComplaintID)
		if err != nil {
			return err
		}
		// Only a complaint no one has worked on yet can be closed for the email to go elsewhere.
		opened = c.Ref
		fileable = c.Status == data.StatusRegistered && c.AcknowledgedAt == nil && c.AssessedAt == nil &&
			c.Handler == "" && c.Department == ""
		history, err := t.store.History(ctx, c.Complainant.ID)
		if err != nil {
			return err
		}
		name = c.Complainant.Name
		for _, h := range history {
			if h.ID != c.ID && h.Status.Open() {
				open = append(open, h)
			}
		}
		return nil
	}, func(err error) {
		if err != nil {
			t.say(errorText(err))
			return
		}
		if t.selected != m {
			return
		}
		var file func(string)
		if fileable {
			file = func(ref string) { t.fileOnCase(m, opened, ref) }
		}
		t.reader.showRelated(name, open, *m.ComplaintID, file)
	})
}

// fileOnCase files the email m, which opened complaint opened, on the open case ref instead,
// once the clerk confirms: it becomes the complainant's reply there, and opened is closed as the
// same matter.
func (t *mailTray) fileOnCase(m *data.MailMessage, opened, ref string) {
	args := map[string]any{"Ref": ref, "Opened": opened}
	dlg := t.desk.question(lang.L("File on {{.Ref}}", args),
		lang.L("File this email on {{.Ref}} as the complainant's reply? {{.Opened}}, which it opened, is closed as not a complaint of its own: the same matter as {{.Ref}}.", args),
		lang.L("File on this case"), func(ok bool) {
			if !ok {
				return
			}
			reason := lang.L("Same matter as {{.Ref}}: the email was filed on that case.", args)
			t.reroute(m, func(ctx context.Context, s *data.Store, id int64) (data.MailOutcome, error) {
				return mailintake.FileOnCase(ctx, s, id, ref, reason)
			}, func(data.MailOutcome) string {
				return lang.L("Filed on {{.Ref}}; {{.Opened}} is closed.", args)
			})
		})
	t.desk.showDialog(dlg)
}

// setAside records that the failed message m needs no complaint (the clerk read it: junk, or a
// copy of mail already registered), or takes that back: the dashboard stops or starts calling for it.
func (t *mailTray) setAside(m *data.MailMessage, aside bool) {
	t.desk.run(func(ctx context.Context) error {
		_, err := t.store.SetMailAside(ctx, m.ID, aside)
		return err
	}, func(err error) {
		if err != nil {
			t.desk.showError(err)
			return
		}
		t.reload()
	})
}

// readAgain reads a failed message again; one kept unread for its size is read whole only once
// the clerk confirms, its files going into the database with it.
func (t *mailTray) readAgain(m *data.MailMessage) {
	big := reMailTooLarge.FindStringSubmatch(m.Error)
	if big == nil {
		t.retry(m)
		return
	}
	t.desk.showDialog(t.desk.question(lang.L("Read again"),
		lang.L("Read this message of {{.Size}} whole? It is over the {{.Limit}} limit: what it holds goes into the database, and it becomes a complaint when it is one.",
			map[string]any{"Size": big[1], "Limit": big[2]}),
		lang.L("Read again"), func(ok bool) {
			if ok {
				t.retry(m)
			}
		}))
}

func (t *mailTray) retry(m *data.MailMessage) {
	t.reroute(m, mailintake.Retry, func(out data.MailOutcome) string {
		if out.State == data.MailFailed {
			return lang.L("Read again, still without a complaint: {{.Problem}}", map[string]any{"Problem": endSentence(mailProblemText(out.Problem))})
		}
		return lang.L("Read again: {{.State}} {{.Ref}}", map[string]any{"State": mailStateLabel(out.State), "Ref": out.ComplaintRef})
	})
}

// reroute stores a message again (read again, or registered by hand) and says what became of it.
func (t *mailTray) reroute(m *data.MailMessage, do func(context.Context, *data.Store, int64) (data.MailOutcome, error),
	said func(data.MailOutcome) string) {
	var out data.MailOutcome
	t.desk.run(func(ctx context.Context) error {
		var err error
		out, err = do(ctx, t.store, m.ID)
		return err
	}, func(err error) {
		if err != nil {
			t.say(errorText(err))
			return
		}
		t.say(said(out))
		t.reload()
	})
}

// checkNow syncs every active account, showing how many new messages are stored so far.
func (t *mailTray) checkNow() {
	t.check.Disable()
	t.progress.SetValue(0)
	t.progress.Show()
	t.say(lang.L("Checking mail…"))
	// How the last check went is out of date now (a refused port before the settings were
	// corrected): this check's outcome takes its place when it ends. The line keeps its place
	// meanwhile, so the buttons below it do not move under the pointer.
	if !t.status.Hidden {
		t.status.Importance = widget.MediumImportance
		t.status.SetText(lang.L("Checking mail…"))
	}
	var lines []string
	var busy []*data.MailAccount // checked by another program now
	stored := 0
	t.desk.run(func(ctx context.Context) error {
		accts, err := t.store.MailAccounts(ctx)
		if err != nil {
			return err
		}
		checked := 0
		for _, a := range accts {
			if !a.Active {
				continue
			}
			checked++
			sum, err := t.desk.mailPoller().CheckNow(ctx, a, t.showChecked)
			if errors.Is(err, mailintake.ErrBusy) {
				busy = append(busy, a)
			}
			// A check that stopped after storing mail (the connection lost between batches, a
			// server that will not move what was imported) says both.
			if err == nil || sum.Stored > 0 || sum.Sent > 0 {
				lines = append(lines, t.desk.checkSummary(a.Name, sum))
			}
			stored += sum.Stored
			if err != nil && (errors.Is(err, mailintake.ErrBusy) || errors.Is(err, context.Canceled)) {
				// Any other failure is kept for the account, and said above the list.
				lines = append(lines, labelled(a.Name, mailErrorText(err)))
			}
		}
		if checked == 0 {
			lines = append(lines, lang.L("No active mail account. Add one in Settings → Mail account."))
		}
		return nil
	}, func(err error) {
		t.check.Enable()
		t.progress.Hide()
		if err != nil {
			t.say(errorText(err))
			return
		}
		t.say(strings.Join(lines, "\n"))
		t.newest = stored > 0
		t.reload()
		if len(busy) > 0 {
			t.awaitOthers(busy)
		}
	})
}

// otherCheckPoll is how often the tray looks whether another program's check has ended.
var otherCheckPoll = 2 * time.Second

// awaitOthers watches the checks of accts another program is running (a scheduled
// `complaintctl mail sync`) and, as each ends, lists what it brought and says so, as the busy
// message promised. It stops when the window closes.
func (t *mailTray) awaitOthers(accts []*data.MailAccount) {
	closed := t.desk.closed
	go func() {
		tick := time.NewTicker(otherCheckPoll)
		defer tick.Stop()
		for len(accts) > 0 {
			select {
			case <-closed:
				return
			case <-tick.C:
			}
			var ended []string
			left := accts[:0]
			for _, a := range accts {
				held, err := t.store.MailSyncHeld(t.desk.ctx, a.ID)
				if err != nil {
					return // the database says so wherever the clerk goes next
				}
				if held {
					left = append(left, a)
				} else {
					ended = append(ended, a.Name)
				}
			}
			accts = left
			if len(ended) > 0 {
				t.desk.apply(func() {
					t.say(lang.L("{{.Accounts}}: the other program's check has ended; the mail it brought is listed.",
						map[string]any{"Accounts": strings.Join(ended, lang.X("list.separator", ", "))}))
					t.reload()
				})
			}
		}
	}()
}

// mailMarkEvery is how often the window looks whether another program stored mail or checked a
// mailbox.
var mailMarkEvery = 5 * time.Second

// watchMail follows what another program does with the mail (a scheduled `complaintctl mail
// sync`, `mail import` from a command line): when it stored mail or checked a mailbox, the tray,
// the navigation and the dashboard show it as they do the window's own checks. It stops when
// the window closes.
func (d *Desk) watchMail() {
	closed := d.closed
	go func() {
		tick := time.NewTicker(mailMarkEvery)
		defer tick.Stop()
		last, _ := d.store.MailMark(d.ctx)
		for {
			select {
			case <-closed:
				return
			case <-tick.C:
			}
			mark, err := d.store.MailMark(d.ctx)
			if err != nil || mark == last {
				continue // a database that cannot be read says so wherever the clerk goes next
			}
			last = mark
			d.apply(d.mailChangedElsewhere)
		}
	}()
}

// mailChangedElsewhere shows mail stored, or a check made, since the screens were drawn.
func (d *Desk) mailChangedElsewhere() {
	if d.mail != nil {
		d.mail.reload()
	}
	d.checkDeadlines()
	if d.current == "dashboard" {
		d.dash.reload()
	}
}

// mailFileTypes are the files the file dialog offers to import as mail: .eml, Apple Mail's
// .emlx, Outlook's .msg and mailbox files, in either case.
var mailFileTypes = []string{".eml", ".EML", ".emlx", ".EMLX", ".msg", ".MSG", ".mbox", ".MBOX", ".mbx", ".MBX"}

// importFiles stores messages saved as files (.eml or Outlook's .msg: a complaint a colleague
// forwarded as an attachment, or saved from another mailbox; an mbox file: a folder exported
// from one) as mailbox mail is stored, and says what each became. Every file is read and
// checked before any is stored.
func (t *mailTray) importFiles(paths []string) {
	var lines []string
	var only int64 // the message imported, when the file held one
	t.startImport()
	t.desk.run(func(ctx context.Context) error {
		read := make([][]mailintake.SavedMessage, len(paths))
		total, stored := 0, 0
		for i, p := range paths {
			msgs, err := mailintake.ReadMailFile(p)
			if err != nil {
				return mailFileError(p, err)
			}
			read[i] = msgs
			total += len(msgs)
		}
		// In the order their messages were sent: a reply is read after what it answers.
		files := make([][]mailintake.SavedMessage, len(paths))
		sent := make([]string, len(paths))
		for i, o := range mailintake.InDateOrder(read) {
			files[i], sent[i] = read[o], paths[o]
		}
		for i, p := range sent {
			out, err := mailintake.ImportMessages(ctx, t.store, files[i], t.desk.now(), func(done, _ int) {
				t.showImported(int64(stored+done), int64(total))
			})
			stored += len(files[i])
			if err != nil {
				return err
			}
			if len(out) > 1 {
				lines = append(lines, endSentence(fileSummary(filepath.Base(p), mailintake.Tally(out))))
				continue
			}
			if len(paths) == 1 {
				only = out[0].ID
			}
			what := messageLabel(&data.MailMessage{State: out[0].State, Direction: data.DirIn, Error: out[0].Problem})
			if out[0].ComplaintRef != "" {
				what += " " + out[0].ComplaintRef
			}
			if out[0].Duplicate {
				what = lang.L("{{.What}} (already imported)", map[string]any{"What": what})
			}
			lines = append(lines, labelled(filepath.Base(p), what))
		}
		return nil
	}, t.importDone(func() string {
		if only != 0 {
			t.pick(only)
		}
		return strings.Join(lines, "\n")
	}))
}

// pick has the next reading of the list open message id, in the whole tray, for the clerk to
// read what a file they imported became (a message dated years ago is listed far below).
func (t *mailTray) pick(id int64) {
	t.state.OnChanged = nil
	t.state.SetSelectedIndex(0)
	t.state.OnChanged = func(string) { t.switchList() }
	t.search.OnChanged = nil
	t.search.SetText("")
	t.search.OnChanged = func(string) { t.searchSoon() }
	t.selected = &data.MailMessage{ID: id}
}

// startImport shows that files are being imported, with a progress bar for a long import.
func (t *mailTray) startImport() {
	t.say(lang.L("Importing…"))
	t.progress.SetValue(0)
	t.progress.Show()
}

// importDone ends a file import: what it did (said), or why it failed.
func (t *mailTray) importDone(said func() string) func(error) {
	return func(err error) {
		t.progress.Hide()
		if err != nil {
			t.say(errorText(err))
			return
		}
		t.say(said())
		t.reload()
	}
}

// showImported moves the progress bar of a file import on, from the import's goroutine: done
// of total messages, or bytes of a folder's files.
func (t *mailTray) showImported(done, total int64) {
	if !t.moved.pass(done, total) {
		return
	}
	t.desk.apply(func() {
		if total > 0 {
			t.progress.SetValue(float64(done) / float64(total))
		}
	})
}

// showChecked moves the progress bar of a check on and says how many new messages came and how
// many are stored, from the check's goroutines: each message counts half when it comes from the
// server, the other half when it is stored, so a slow line's batch moves the bar as it comes.
func (t *mailTray) showChecked(p mailintake.Progress) {
	// Messages asked for again after a check that missed them count beyond the new ones.
	p.Fetched, p.Stored = min(p.Fetched, p.Total), min(p.Stored, p.Total)
	done, total := int64(p.Fetched+p.Stored), int64(2*p.Total)
	if p.Total == 0 || !t.moved.pass(done, total) {
		return
	}
	text := lang.L("Checking mail: {{.Fetched}} of {{.Total}} new messages received, {{.Stored}} stored…",
		map[string]any{"Fetched": p.Fetched, "Total": p.Total, "Stored": p.Stored})
	t.desk.apply(func() {
		if !t.check.Disabled() {
			return // the check has ended: its summary is shown
		}
		t.progress.SetValue(float64(done) / float64(total))
		t.say(text)
	})
}

// progressGate lets a progress bar move at most ten times a second, and at its end: one update
// of the window for every message stored would queue thousands behind the clerk's clicks.
type progressGate struct {
	mu   sync.Mutex
	last time.Time
}

func (g *progressGate) pass(done, total int64) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if now := time.Now(); done >= total || now.Sub(g.last) >= 100*time.Millisecond {
		g.last = now
		return true
	}
	return false
}

// mailFileError says why a mail file cannot be imported.
func mailFileError(path string, err error) error {
	name := filepath.Base(path)
	switch {
	case errors.Is(err, mailintake.ErrNotMail):
		return errInput{lang.L("{{.Name}} is not an email message (.eml or .msg).", map[string]any{"Name": name})}
	case errors.Is(err, mailintake.ErrBrokenOutlook):
		return errInput{lang.L("{{.Name}} is an Outlook message that cannot be read: the file is damaged or was not copied whole.",
			map[string]any{"Name": name})}
	case errors.Is(err, mailintake.ErrMailFileTooLarge):
		return errInput{lang.L("{{.Name}} is larger than {{.Max}} MB: import its messages from the mailbox, or save them in smaller files.",
			map[string]any{"Name": name, "Max": mailintake.MaxMailFile >> 20})}
	}
	return errInput{lang.L("The file cannot be read: {{.Error}}", map[string]any{"Error": err.Error()})}
}

// leftNamed is how many of a folder's files that are no mail the tray names.
const leftNamed = 10

// importFolder stores the mail files of a folder and of the folders inside it (a mailbox
// exported as .eml files, a folder to a folder, say) as importFiles does, one file at a time,
// and says in one line what their messages became; a file in it that is no mail is named and
// left out.
func (t *mailTray) importFolder(dir string) {
	var text string
	t.startImport()
	t.desk.run(func(ctx context.Context) error {
		files, err := mailintake.ImportFolder(ctx, t.store, dir, t.desk.now(), t.showImported)
		if err != nil && files == nil {
			return errInput{lang.L("The folder cannot be read: {{.Error}}", map[string]any{"Error": err.Error()})}
		}
		var out []data.MailOutcome
		var left []string
		for _, f := range files {
			if f.Err != nil {
				left = append(left, f.Path)
			}
			out = append(out, f.Outcomes...)
		}
		if err != nil {
			return err
		}
		n := len(left)
		if n > leftNamed {
			left = append(left[:leftNamed], lang.L("… and {{.N}} more", map[string]any{"N": n - leftNamed}))
		}
		names := strings.Join(left, lang.L("list.sep"))
		switch {
		case len(out) == 0 && n == 0:
			return errInput{lang.L("The folder “{{.Name}}” holds no mail file that can be read (.eml, .msg, .mbox).",
				map[string]any{"Name": filepath.Base(dir)})}
		case len(out) == 0:
			return errInput{lang.L("None of the {{.N}} mail files in the folder “{{.Name}}” is mail that can be read; nothing was imported: {{.Names}}",
				map[string]any{"N": n, "Name": filepath.Base(dir), "Names": names})}
		}
		text = fileSummary(filepath.Base(dir), mailintake.Tally(out))
		if n > 0 {
			text += lang.L("; {{.N}} files are no mail or cannot be read, and were left out: {{.Names}}",
				map[string]any{"N": n, "Names": names})
		}
		return nil
	}, t.importDone(func() string { return endSentence(text) }))
}

// fileSummary says what the messages of a mailbox file, or of a folder of mail files, became.
func fileSummary(name string, sum mailintake.Summary) string {
	text := lang.L("{{.File}}: {{.N}} messages — {{.Complaints}} complaints, {{.Replies}} replies, {{.Auto}} automatic, {{.Failed}} for the clerk",
		map[string]any{"File": name, "N": sum.New, "Complaints": sum.Complaints, "Replies": sum.Replies, "Auto": sum.Auto, "Failed": sum.Failed})
	if sum.Duplicates > 0 {
		text += lang.L("; {{.N}} imported before", map[string]any{"N": sum.Duplicates})
	}
	return text
}

// checkSummary says what a check of an account brought in, and how much older mail it left on
// the server because of the account's start date.
func (d *Desk) checkSummary(account string, sum mailintake.Summary) string {
	text := lang.L("{{.Account}}: no new mail", map[string]any{"Account": account})
	if sum.Stored > 0 {
		text = lang.L("{{.Account}}: {{.New}} new — {{.Complaints}} complaints, {{.Replies}} replies, {{.Auto}} automatic, {{.Failed}} for the clerk",
			map[string]any{"Account": account, "New": sum.Stored, "Complaints": sum.Complaints, "Replies": sum.Replies,
				"Auto": sum.Auto, "Failed": sum.Failed})
	}
	if sum.Sent > 0 {
		text += lang.L("; {{.Sent}} emails the office sent put on their cases", map[string]any{"Sent": sum.Sent})
	}
	if sum.Unfetched > 0 {
		text += lang.L("; {{.N}} messages the server would not deliver are asked for again at the next check", map[string]any{"N": sum.Unfetched})
	}
	if sum.Interrupted > 0 {
		text += lang.L("; the connection broke: the {{.N}} messages being fetched and the new mail after them come at the next check", map[string]any{"N": sum.Interrupted})
	}
	if sum.Older > 0 {
		text += lang.L("; {{.Older}} older messages, received before {{.Since}}, stay on the server: set an earlier start date in the mail account to import them",
			map[string]any{"Older": sum.Older, "Since": sum.Since.In(d.store.Calendar().Location()).Format(time.DateOnly)})
	}
	return endSentence(text)
}

// mailPoller is the background mail check, created on first use.
func (d *Desk) mailPoller() *mailintake.Poller {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.poller == nil {
		d.poller = mailintake.NewPoller(d.store, mailintake.Options{}, func(acct *data.MailAccount, sum mailintake.Summary, err error) {
			d.apply(func() { d.mailChecked(acct, sum, err) })
		})
	}
	return d.poller
}

// mailChecked shows what a check in the background did: in the status line, and on the screen
// in front of the clerk when it stored mail (new complaints on the dashboard, a reply on the
// open case). acct is nil when the accounts could not be read.
func (d *Desk) mailChecked(acct *data.MailAccount, sum mailintake.Summary, err error) {
	if d.mail != nil {
		// What the last click said is out of date once a check ran by itself.
		d.mail.say("")
		d.mail.reload()
	}
	d.checkDeadlines() // beside the tray: mail for the clerk, or a check that failed
	// A check that failed may have stored mail before it stopped.
	stored := sum.Stored > 0 || sum.Sent > 0
	switch {
	case d.current == "dashboard" && stored:
		d.dash.reload()
	case d.current == "dashboard":
		// It says when each mailbox was last checked, and whether that failed.
		d.dash.reloadChecks()
	case d.current == "case" && d.caseView != nil && stored:
		d.caseView.reload()
	}
	switch {
	case acct == nil: // the accounts could not be read
		d.setStatus(mailErrorText(err))
		return
	case err != nil && stored:
		summary := d.checkSummary(acct.Name, sum)
		if !strings.HasSuffix(summary, "。") {
			summary += " "
		}
		d.setStatus(summary + mailErrorText(err))
	case err != nil:
		d.setStatus(labelled(acct.Name, mailErrorText(err)))
	case stored || sum.Older > 0:
		d.setStatus(d.checkSummary(acct.Name, sum))
	}
	if sum.Complaints > 0 || sum.Replies > 0 {
		// The window may be behind others all day: the system tells the clerk what came in.
		fyne.CurrentApp().SendNotification(fyne.NewNotification(lang.L("Complaint Desk"),
			lang.L("New email: {{.Complaints}} complaints, {{.Replies}} replies to cases",
				map[string]any{"Complaints": sum.Complaints, "Replies": sum.Replies})))
	}
}

// startMailPolling checks the mailboxes in the background when any account is active.
func (d *Desk) startMailPolling() {
	var active bool
	d.run(func(ctx context.Context) error {
		accts, err := d.store.MailAccounts(ctx)
		for _, a := range accts {
			active = active || (a.Active && a.PollInterval > 0)
		}
		return err
	}, func(err error) {
		if err == nil && active {
			d.mailPoller().Start(d.ctx)
		}
	})
}

// Close stops the background mail check and deadline watch; the window calls it when it closes.
func (d *Desk) Close() {
	d.closeOnce.Do(func() { close(d.closed) })
	d.stopDeadlineWatch()
	d.mu.Lock()
	p := d.poller
	d.mu.Unlock()
	if p != nil {
		p.Stop()
	}
}

// mailSettings edits the office mailbox and tests the connection.
type mailSettings struct {
	desk  *Desk
	store *data.Store
	view  fyne.CanvasObject
	form  *widget.Form

	accts    []*data.MailAccount
	current  *data.MailAccount
	pick     *choice
	name     *entry
	host     *entry
	port     *entry
	security *choice
	user     *entry
	password *widget.Entry
	folder   *entry
	poll     *entry
	since    *entry
	maxSize  *entry
	after    *choice
	moveTo   *entry
	sent     *entry
	skip     *tick
	plain    *tick
	active   *tick
	state    formState // the account as shown
	shown    int       // the index of the account shown in pick
	msg      *para
	result   *para
	// tested is the form as it was tested, while the result of that test is shown: a change to
	// it takes the result away, which no longer says anything of what is typed. passed: the
	// server took it.
	tested []string
	passed bool
	quiet  bool // the form is being filled: ticking a box asks nothing

	// The server filled in from the address typed as user name, while the clerk has not
	// changed it, and the lookups that find it.
	suggested string
	timer     *time.Timer
	lookups   latest
}

var securities = []data.MailSecurity{data.SecurityTLS, data.SecuritySTARTTLS, data.SecurityNone}

// securityLabels name the securities, in their order.
func securityLabels() []string {
	return []string{"SSL/TLS (993)", "STARTTLS (143)", lang.L("None (this computer only)")}
}

// afterImportLabels name what is done with a message after its import, in afterImports' order.
func afterImportLabels() []string {
	return []string{lang.L("Leave on the server"), lang.L("Mark as read"), lang.L("Move to folder")}
}

var afterImports = []data.AfterImport{data.AfterKeep, data.AfterSeen, data.AfterMove}

func newMailSettings(d *Desk, s *data.Store) *mailSettings {
	m := &mailSettings{desk: d, store: s, name: newEntry(), host: newEntry(), port: newEntry(), user: newEntry(),
		folder: newEntry(), poll: newEntry(), since: newEntry(), maxSize: newEntry(), moveTo: newEntry(), sent: newEntry(), msg: errorLabel()}
	m.state.read = func() []string {
		return []string{m.name.Text, m.host.Text, m.port.Text, m.security.Selected, m.user.Text, m.password.Text,
			m.folder.Text, m.poll.Text, m.since.Text, m.maxSize.Text, m.after.Selected, m.moveTo.Text, m.sent.Text,
			strconv.FormatBool(m.skip.Checked), strconv.FormatBool(m.plain.Checked), strconv.FormatBool(m.active.Checked)}
	}
	show := func(i int) {
		m.shown = i
		if i >= 0 && i < len(m.accts) {
			m.fill(m.accts[i])
		} else {
			m.fill(&data.MailAccount{Security: data.SecurityTLS, Folder: data.DefaultMailFolder,
				PollInterval: data.DefaultMailPoll, AfterImport: data.AfterKeep, Active: true,
				Since: d.now().Add(-data.DefaultMailLookback), MaxSize: data.DefaultMailMaxSize})
		}
	}
	var picked func(string)
	picked = func(string) {
		i := m.pick.SelectedIndex()
		if !m.state.changed() {
			show(i)
			return
		}
		// The mailbox shown has changes: asked first; kept, the choice goes back to it.
		d.askDiscard(lang.L("Discard the changes?"), lang.L("The changes to the entry shown are not saved and will be lost."),
			lang.L("Discard changes"), lang.L("Keep editing"), func() { show(i) }, func() {
				m.pick.OnChanged = nil
				m.pick.SetSelectedIndex(m.shown)
				m.pick.OnChanged = picked
			})
	}
	m.pick = newSelect(nil, picked)
	m.password = widget.NewPasswordEntry()
	m.security = newSelect(securityLabels(), func(string) {
		m.securityChanged()
		m.changed()
	})
	m.after = newSelect(afterImportLabels(), func(string) {
		m.showMoveTo()
		m.changed()
	})
	m.skip = newCheck(lang.L("Do not check the server certificate"), nil)
	m.confirmRisk(m.skip, lang.L("Turn off the certificate check?"),
		lang.L("Without the certificate check, anyone between this computer and the mail server could pose as the server and read the mailbox password and the complainants' mail. Turn it off only for a server in the office whose certificate cannot be checked."))
	m.plain = newCheck(lang.L("Allow an unencrypted connection"), nil)
	m.confirmRisk(m.plain, lang.L("Allow an unencrypted connection?"),
		lang.L("Without encryption the mailbox password and the complainants' mail travel over the network as plain text, readable by anyone on the way. Allow it only for a mail server inside the office network."))
	m.active = newCheck(lang.L("Import from this mailbox"), nil)
	m.result = newPara("")
	m.host.SetPlaceHolder(lang.L("e.g. imap.qq.com; filled in when the user name is an address at a known service"))
	m.user.OnChanged = func(string) { m.changed(); m.suggestSoon() }
	for _, e := range []*entry{m.host, m.port, m.folder, m.moveTo, m.sent} {
		e.OnChanged = func(string) { m.changed() }
	}
	m.password.OnChanged = func(string) { m.changed() }
	m.form = widget.NewForm(
		widget.NewFormItem(lang.L("Mail account"), m.pick),
		widget.NewFormItem(lang.L("Account name"), m.name),
		widget.NewFormItem(lang.L("Server"), m.host),
		widget.NewFormItem(lang.L("Port"), m.port),
		widget.NewFormItem(lang.L("Security"), m.security),
		widget.NewFormItem(lang.L("User name"), m.user),
		widget.NewFormItem(lang.L("Password"), m.password),
		widget.NewFormItem(lang.L("Folder"), m.folder),
		widget.NewFormItem(lang.L("Check every (minutes, 0 = only by hand)"), m.poll),
		&widget.FormItem{Text: lang.L("Import mail received from (YYYY-MM-DD)"), Widget: m.since,
			HintText: lang.L("Mail arriving later comes whatever its date; set this earlier to import older mail.")},
		widget.NewFormItem(lang.L("Size limit per message (MB)"), m.maxSize),
		widget.NewFormItem(lang.L("After import"), m.after),
		widget.NewFormItem(lang.L("Move to folder"), m.moveTo),
		&widget.FormItem{Text: lang.L("Sent mail folder (optional)"), Widget: m.sent,
			HintText: lang.L("Mail sent from the office's mail program that answers a complaint goes on its case; nothing else is read.")},
		widget.NewFormItem("", m.skip),
		widget.NewFormItem("", m.plain),
		widget.NewFormItem("", m.active),
	)
	test := widget.NewButtonWithIcon(lang.L("Test connection"), theme.MailSendIcon(), m.test)
	save := widget.NewButtonWithIcon(lang.L("Save mail account"), theme.DocumentSaveIcon(), m.save)
	save.Importance = widget.HighImportance
	// The buttons and what they report stay in sight below the form, which scrolls; the report
	// above them, so that a longer one moves the form, not the button under the clerk's pointer.
	m.view = container.NewBorder(nil, container.NewVBox(m.msg, m.result, container.NewHBox(test, save)), nil, nil,
		container.NewVScroll(m.form))
	return m
}

// securityChanged keeps the form in step with the security chosen: the port follows while it is
// the usual port of the other choice (993 for SSL/TLS, 143 otherwise), and only the box that
// weakens this choice can be ticked: the certificate check with encryption, plain text without.
func (m *mailSettings) securityChanged() {
	i := m.security.SelectedIndex()
	if i < 0 {
		return
	}
	sec := securities[i]
	if !m.quiet {
		switch p := strings.TrimSpace(m.port.Text); {
		case sec == data.SecurityTLS && p == "143":
			m.port.SetText("993")
		case sec != data.SecurityTLS && p == "993":
			m.port.SetText("143")
		}
	}
	if sec == data.SecurityNone {
		m.plain.Enable()
		m.skip.Disable()
	} else {
		// Encrypted again: the permission to go without is gone, not kept for a later choice
		// of 不加密 to skip its warning.
		quiet := m.quiet
		m.quiet = true
		m.plain.SetChecked(false)
		m.quiet = quiet
		m.plain.Disable()
		m.skip.Enable()
	}
	if m.form != nil {
		m.form.Refresh() // the boxes' labels grey with them
	}
}

// showMoveTo lets the clerk type a folder to move mail to only when mail is to be moved; the
// folder typed stays, should the choice change back.
func (m *mailSettings) showMoveTo() {
	if i := m.after.SelectedIndex(); i >= 0 && afterImports[i] == data.AfterMove {
		m.moveTo.Enable()
	} else {
		m.moveTo.Disable()
	}
	if m.form != nil {
		m.form.Refresh() // its label greys with the field
	}
}

// suggestSoon fills in the server from the address typed as user name, once typing pauses.
func (m *mailSettings) suggestSoon() {
	if m.timer != nil {
		m.timer.Stop()
	}
	m.timer = time.AfterFunc(searchDelay, func() { m.desk.apply(m.suggest) })
}

// suggest fills in the server of a mailbox at a known service (QQ Mail, NetEase, an office's own
// domain at Tencent Exmail…) while the server is empty or still the one filled in before.
func (m *mailSettings) suggest() {
	address := strings.TrimSpace(m.user.Text)
	if !strings.Contains(address, "@") || m.host.Text != "" && m.host.Text != m.suggested {
		return
	}
	newest := m.lookups.next()
	var host string
	m.desk.run(func(ctx context.Context) error {
		host = mailintake.SuggestServer(ctx, address)
		return nil
	}, newest(func(error) {
		if host == "" || m.host.Text != "" && m.host.Text != m.suggested {
			return
		}
		m.host.SetText(host)
		m.suggested = host
		text := lang.L("Server filled in from the address: {{.Host}}.", map[string]any{"Host": host})
		if mailintake.WantsAuthCode(host) {
			text = lang.L("Server filled in from the address: {{.Host}}. This service takes its authorisation code as the password: turn IMAP on in its web mail's settings and generate the code there.",
				map[string]any{"Host": host})
		}
		m.result.Importance = widget.MediumImportance
		m.result.SetText(text)
	}))
}

// confirmRisk lets the clerk tick a box that weakens the mailbox's security only after reading
// what it risks and confirming; closing the warning any other way leaves the box clear.
func (m *mailSettings) confirmRisk(c *tick, title, warning string) {
	set := func(on bool) {
		m.quiet = true
		c.SetChecked(on)
		m.quiet = false
	}
	c.OnChanged = func(on bool) {
		if !on || m.quiet {
			return
		}
		set(false)
		m.desk.showDialog(m.desk.question(title, warning, lang.L("Yes, I understand the risk"), func(ok bool) {
			if ok {
				c.hold = time.Now().Add(time.Second / 2) // the Space that confirmed goes no further
				set(true)
			}
		}))
	}
}

func (m *mailSettings) reload() { m.reloadShowing(0, nil) }

// reloadShowing reads the accounts again and shows the one with the id (the first when there is
// none), then calls shown.
func (m *mailSettings) reloadShowing(id int64, shown func()) {
	var accts []*data.MailAccount
	m.desk.run(func(ctx context.Context) error {
		var err error
		accts, err = m.store.MailAccounts(ctx)
		return err
	}, unlessFailed(m.msg, func() {
		m.accts = accts
		var names []string
		for _, a := range accts {
			names = append(names, a.Name)
		}
		m.pick.SetOptions(append(names, lang.L("New account…")))
		at := max(slices.IndexFunc(accts, func(a *data.MailAccount) bool { return a.ID == id }), 0)
		if len(accts) == 0 {
			at = len(names)
		}
		m.pick.SetSelectedIndex(at)
		if shown != nil {
			shown()
		}
	}))
}

func (m *mailSettings) fill(a *data.MailAccount) {
	m.current, m.suggested = a, ""
	m.name.SetText(a.Name)
	m.host.SetText(a.Host)
	m.port.SetText("")
	if a.Port > 0 {
		m.port.SetText(strconv.Itoa(a.Port))
	}
	m.quiet = true // the saved port stays as it is
	for i, s := range securities {
		if s == a.Security {
			m.security.SetSelectedIndex(i)
		}
	}
	m.securityChanged()
	m.quiet = false
	m.user.SetText(a.Username)
	m.password.SetText("")
	// A saved account keeps its password while the field is left empty; a new one has none.
	m.password.SetPlaceHolder("")
	if a.ID != 0 {
		m.password.SetPlaceHolder(lang.L("unchanged"))
	}
	m.folder.SetText(a.Folder)
	m.poll.SetText(strconv.Itoa(int(a.PollInterval / time.Minute)))
	m.since.SetText("")
	if !a.Since.IsZero() {
		m.since.SetText(a.Since.In(m.store.Calendar().Location()).Format(time.DateOnly))
	}
	m.maxSize.SetText("")
	if a.MaxSize > 0 {
		m.maxSize.SetText(strconv.Itoa(wholeMB(a.MaxSize)))
	}
	for i, x := range afterImports {
		if x == a.AfterImport {
			m.after.SetSelectedIndex(i)
		}
	}
	m.moveTo.SetText(a.MoveTo)
	m.showMoveTo()
	m.sent.SetText(a.SentFolder)
	m.quiet = true
	m.skip.SetChecked(a.SkipVerify)
	m.plain.SetChecked(a.AllowPlain && a.Security == data.SecurityNone)
	m.quiet = false
	m.active.SetChecked(a.Active)
	m.result.SetText("")
	m.tested, m.passed = nil, false
	m.state.mark()
}

// read builds the account from the form.
func (m *mailSettings) read() (data.MailAccount, error) {
	a := *m.current
	a.Name, a.Host, a.Username = m.name.Text, m.host.Text, m.user.Text
	a.Folder, a.MoveTo, a.SentFolder = m.folder.Text, m.moveTo.Text, m.sent.Text
	a.Port = 0
	if p := strings.TrimSpace(m.port.Text); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return a, errInput{lang.L("The port is a number from 1 to 65535, e.g. 993.")}
		}
		a.Port = n
	}
	if i := m.security.SelectedIndex(); i >= 0 {
		a.Security = securities[i]
	}
	if i := m.after.SelectedIndex(); i >= 0 {
		a.AfterImport = afterImports[i]
	}
	min, err := strconv.Atoi(strings.TrimSpace(width.Fold.String(m.poll.Text)))
	if err != nil || min < 0 || time.Duration(min) > data.MaxMailPoll/time.Minute {
		return a, errInput{lang.L("The check interval is a whole number of minutes from 0 to 1440 (0: only by hand).")}
	}
	a.PollInterval = time.Duration(min) * time.Minute
	// A start date the clerk did not change keeps its time of day; a new one starts at midnight
	// in the office.
	loc := m.store.Calendar().Location()
	if v := strings.TrimSpace(m.since.Text); v != a.Since.In(loc).Format(time.DateOnly) {
		day, err := parseDay(v, loc)
		switch {
		case err != nil && dayForms.MatchString(width.Fold.String(v)):
			return a, errInput{lang.L("There is no such day as {{.Day}}.", map[string]any{"Day": v})}
		case err != nil:
			return a, errInput{lang.L("The start date is a date like 2026-11-01.")}
		case day.After(m.store.Now()):
			return a, errInput{lang.L("The start date {{.Day}} is after today: mail already in the mailbox would not be imported. Choose today or a day before.",
				map[string]any{"Day": day.Format(time.DateOnly)})}
		}
		a.Since = day
	}
	mb, err := strconv.Atoi(strings.TrimSpace(m.maxSize.Text))
	if err != nil || mb < 1 {
		return a, errInput{lang.L("The size limit is a whole number of megabytes, at least 1.")}
	}
	if a.MaxSize == 0 || mb != wholeMB(a.MaxSize) {
		a.MaxSize = int64(mb) << 20
	}
	a.SkipVerify, a.AllowPlain, a.Active = m.skip.Checked, m.plain.Checked && a.Security == data.SecurityNone, m.active.Checked
	return a, nil
}

func (m *mailSettings) test() { m.testAccount(false) }

// testAccount tests the connection the form describes; saved says the account was just saved as
// it stands, which a failure then says too.
func (m *mailSettings) testAccount(saved bool) {
	a, err := m.read()
	if err != nil {
		setError(m.msg, errorText(err))
		return
	}
	setError(m.msg, "")
	m.result.Importance = widget.MediumImportance // not the red of a failure tested before
	m.result.SetText(lang.L("Connecting…"))
	m.tested, m.passed = m.state.read(), false
	password := m.password.Text
	m.desk.run(func(ctx context.Context) error {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		return mailintake.TestConnection(ctx, &a, mailintake.Options{Password: password, Timeout: 20 * time.Second})
	}, func(err error) {
		text, importance := testResult(err)
		if saved && importance == widget.DangerImportance {
			text = lang.L("Saved, but the test did not pass: {{.Why}}", map[string]any{"Why": text})
		}
		m.result.Importance = importance
		m.result.SetText(text)
		m.passed = importance != widget.DangerImportance
	})
}

// testResult says how a test of the connection went, and how loud: red for a failure, amber
// for a connection that works but for a folder the first move creates.
func testResult(err error) (string, widget.Importance) {
	var ce *mailintake.ConnError
	connected := lang.L("Connected: the server accepted the login and the folder exists.")
	switch {
	case err == nil:
		return connected, widget.SuccessImportance
	case errors.As(err, &ce) && ce.Step == mailintake.StepFolder && ce.Reason == mailintake.ReasonMoveTo:
		return sentences(connected, mailErrorText(err)), widget.WarningImportance
	case errors.Is(err, mailintake.ErrNoPassword):
		// The clerk is in the settings already: the password field is right above.
		return lang.L("Type the mailbox password above to test the connection."), widget.DangerImportance
	}
	return mailErrorText(err), widget.DangerImportance
}

// changed takes away the result of a test of what the form no longer says.
func (m *mailSettings) changed() {
	if m.tested != nil && !slices.Equal(m.tested, m.state.read()) {
		m.tested, m.passed = nil, false
		m.result.SetText("")
	}
}

func (m *mailSettings) save() {
	// What the last save said ("邮箱设置已保存。") is not left standing under this one's error.
	m.desk.setStatus("")
	a, err := m.read()
	if err != nil {
		setError(m.msg, errorText(err))
		return
	}
	// Refused before the password reaches the credential store, which it would change for the
	// account already saved.
	if !m.desk.administers() {
		setError(m.msg, lang.L("err.admin_only_settings"))
		return
	}
	password := m.password.Text
	// An account checked from now on that no test passed as it is saved is tested once saved:
	// a wrong folder or password is said here, not at the first check above the tray.
	untested := a.Active && (m.tested == nil || !m.passed)
	now := m.desk.now()
	var saved *data.MailAccount
	var unchanged bool
	m.desk.run(func(ctx context.Context) error {
		if password != "" && !samePassword(&a, password) {
			if err := mailintake.SetPassword(&a, password); err != nil {
				return err
			}
			a.NewPassword = true
		}
		if a.ID != 0 && !a.NewPassword {
			// Saved as it is stored, the account is not changed (SaveMailAccount): a failed
			// check is not said to be put right by it, and a test of it is no news.
			was, err := m.store.MailAccount(ctx, a.ID)
			if err != nil {
				return err
			}
			same := a
			same.FillDefaults(now)
			unchanged = same.SameSettings(*was)
		}
		var err error
		saved, err = m.store.SaveMailAccount(ctx, a)
		return err
	}, unlessFailed(m.msg, func() {
		setError(m.msg, "")
		m.state.mark()
		if unchanged {
			m.desk.setStatus(lang.L("The mail account is unchanged: nothing to save."))
			return
		}
		m.desk.setStatus(lang.L("Mail account saved."))
		m.desk.mailPoller().Changed(saved.ID)
		m.desk.startMailPolling()
		m.reloadShowing(saved.ID, func() {
			if untested && m.current != nil && m.current.ID == saved.ID {
				m.testAccount(true)
			}
		})
	}))
}

// samePassword tells whether password is the one kept for the saved account: typed again, it
// is no new one.
func samePassword(a *data.MailAccount, password string) bool {
	if a.ID == 0 {
		return false
	}
	stored, err := mailintake.Password(a)
	return err == nil && stored == password
}

// The intake keeps why a message failed as the sentence it was given; these let the tray show
// it in the clerk's language. Anything else is shown as written.
var (
	reMailTooLarge   = regexp.MustCompile(`^the message is (.+), over the (.+) limit: it was stored as received without being read$`)
	reMailUnreadable = regexp.MustCompile(`(?s)^the message could not be read \((.*)\)$`)
)

func mailProblemText(s string) string {
	switch s {
	case decode.ProblemNoHeaders:
		return lang.L("The message has no headers: no sender, subject or date.")
	case decode.ProblemEmpty:
		return lang.L("The message is empty: the mailbox holds it without headers or text. Mark it as needing no complaint when you have checked the mailbox.")
	case data.ProblemNoSender:
		return lang.L("The message has no sender address, so no complaint was opened.")
	case decode.ProblemEncrypted:
		return lang.L("The message is encrypted (S/MIME or OpenPGP): only the recipient's own mail program can read it. Ask the sender to write again without encryption, or register it by hand.")
	}
	if m := reMailTooLarge.FindStringSubmatch(s); m != nil {
		return lang.L("The message is {{.Size}}, over the {{.Limit}} limit: it was kept as received, without being read. Open it in the mail program with Open .eml, or read it whole with Read again.",
			map[string]any{"Size": m[1], "Limit": m[2]})
	}
	if m := reMailUnreadable.FindStringSubmatch(s); m != nil {
		return lang.L("The message could not be read ({{.Error}}).", map[string]any{"Error": m[1]})
	}
	return s
}

// bounceReason says whether why a message is automatic makes it a mail server's report that a
// message was not delivered (or is late): a delivery report, the header or subject only a bounce
// has, a mail server's own mailbox.
func bounceReason(reason string) bool {
	r := strings.ToLower(reason)
	outlook := strings.HasPrefix(r, "winmail.dat: ")
	return !strings.Contains(r, "disposition-notification") && (strings.Contains(r, "delivery-status") ||
		strings.HasPrefix(r, "x-failed-recipients") || strings.HasPrefix(r, "bounce subject: ") ||
		strings.HasPrefix(r, "bounce sender ") || outlook && strings.HasSuffix(r, ".ndr"))
}

// sentByASystem says whether why a message is automatic makes it a system's own notice or bulk
// mail, which may carry what someone typed into a form; not an answer, a report or a bounce.
func sentByASystem(reason string) bool {
	r := strings.ToLower(reason)
	for _, p := range []string{"auto-submitted: auto-generated", "auto-submitted: auto-notified", "precedence: bulk",
		"precedence: list", "precedence: junk", "list-unsubscribe-post", "x-csa-complaints", "x-auto-response-suppress"} {
		if strings.HasPrefix(r, p) {
			return true
		}
	}
	return false
}

// autoReasonText says in the clerk's words what kind of automatic mail a message is, followed by
// what shows it: the subject or words of its text, the sender, or the header or report.
func autoReasonText(reason string) string {
	r := strings.ToLower(reason)
	outlook := strings.HasPrefix(r, "winmail.dat: ") // the Outlook message class of a report
	var kind string
	switch {
	case strings.Contains(r, "disposition-notification"), outlook && (strings.HasSuffix(r, ".ipnrn") || strings.HasSuffix(r, ".ipnnrn")),
		strings.HasPrefix(r, "receipt: "):
		kind = lang.L("read receipt")
	case strings.HasPrefix(r, "recall: "):
		kind = lang.L("recall request")
	case strings.HasPrefix(r, "text/calendar; method=cancel"), outlook && (strings.Contains(r, "meeting.canceled") || strings.Contains(r, "mtgcncl")):
		kind = lang.L("meeting cancelled")
	case strings.HasPrefix(r, "text/calendar"), outlook && strings.Contains(r, "schedule"):
		kind = lang.L("answer to a meeting request")
	case bounceReason(reason), strings.HasPrefix(r, "return-path"), strings.HasPrefix(r, "sender "):
		kind = lang.L("bounce or delivery notice")
	case strings.HasPrefix(r, "multipart/report"), strings.HasPrefix(r, "subject: report domain"):
		kind = lang.L("automatic report")
	case strings.HasPrefix(r, "x-spam"):
		kind = lang.L("marked as spam by the mail server")
	case strings.HasPrefix(r, "precedence: bulk"), strings.HasPrefix(r, "precedence: junk"),
		strings.HasPrefix(r, "precedence: list"), strings.HasPrefix(r, "list-unsubscribe-post"), strings.HasPrefix(r, "x-csa-complaints"):
		kind = lang.L("bulk or mailing-list mail")
	case strings.HasPrefix(r, "auto-submitted") && !strings.HasPrefix(r, "auto-submitted: auto-replied"):
		// RFC 3834's auto-generated (a system's notice, a form's) and the rest: sent by a
		// machine, answering no one.
		kind = lang.L("sent automatically")
	case strings.HasPrefix(r, "auto-submitted"), strings.HasPrefix(r, "x-autoreply"),
		strings.HasPrefix(r, "x-autorespond"), strings.HasPrefix(r, "precedence: auto_reply"),
		strings.HasPrefix(r, "x-loop"), strings.HasPrefix(r, "subject: "), strings.HasPrefix(r, "text: "):
		kind = lang.L("automatic reply")
	default:
		kind = lang.L("sent automatically")
	}
	if typed := strings.HasPrefix(r, "multipart/") || strings.HasPrefix(r, "message/") || strings.HasPrefix(r, "text/"); typed &&
		kind != lang.L("automatic report") && kind != lang.L("sent automatically") {
		// A report's or an invitation's type says no more than its kind, to a clerk: the
		// header (邮件头……) has it for whoever looks after the mailbox.
		return kind
	}
	return labelled(kind, autoEvidence(reason))
}

// autoEvidence is what shows a message to be automatic, as the import recorded it (see
// decode.Mail.AutoReason): a subject or words of its text in the clerk's words; a header, a
// report's type or an Outlook class said to be one, as written, for whoever looks after the
// mailbox.
func autoEvidence(reason string) string {
	r := strings.ToLower(reason)
	for _, p := range []string{"bounce subject: ", "subject: "} {
		if strings.HasPrefix(r, p) {
			return lang.L("subject “{{.Text}}”", map[string]any{"Text": oneLine(reason[len(p):], trayFieldLimit)})
		}
	}
	for _, p := range []string{"text: ", "recall: ", "receipt: "} {
		if strings.HasPrefix(r, p) {
			return lang.L("its text says “{{.Text}}”", map[string]any{"Text": oneLine(reason[len(p):], trayFieldLimit)})
		}
	}
	for _, p := range []string{"bounce sender ", "sender "} {
		if strings.HasPrefix(r, p) {
			return lang.L("sent by {{.Sender}}", map[string]any{"Sender": oneLine(reason[len(p):], trayFieldLimit)})
		}
	}
	switch {
	case strings.HasPrefix(r, "winmail.dat: "):
		return lang.L("Outlook's winmail.dat marks it “{{.Class}}”", map[string]any{"Class": oneLine(reason[len("winmail.dat: "):], trayFieldLimit)})
	case strings.HasPrefix(r, "multipart/") || strings.HasPrefix(r, "message/") || strings.HasPrefix(r, "text/"):
		return lang.L("its type is “{{.Type}}”", map[string]any{"Type": oneLine(reason, trayFieldLimit)})
	}
	return lang.L("its header says “{{.Header}}”", map[string]any{"Header": oneLine(reason, trayFieldLimit)})
}
