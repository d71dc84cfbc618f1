package ui

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
)

// deadlineCheckEvery is how often the window looks for complaints that have become overdue.
const deadlineCheckEvery = time.Minute

// overdueWatch is what the window knows of the overdue complaints: how many, shown beside the
// dashboard in the navigation, and which, to tell the clerk of one that has just become overdue.
type overdueWatch struct {
	n          int
	followUps  int             // follow-ups not made by their due time, shown beside 待回访
	unreadable int             // mail that could not be read and waits for the clerk, beside the tray
	mailFailed bool            // a mailbox's last check failed: said beside the tray, wherever the clerk is
	refs       map[string]bool // nil until the first check
	stop       chan struct{}
	alert      func(title, body string)
}

// startDeadlineWatch checks the deadlines now and then every minute while the desk is open:
// overdue complaints must be impossible to miss, whichever screen the clerk is on.
func (d *Desk) startDeadlineWatch() {
	d.overdue.stop = make(chan struct{})
	if d.overdue.alert == nil {
		d.overdue.alert = func(title, body string) { d.app.SendNotification(fyne.NewNotification(title, body)) }
	}
	d.checkDeadlines()
	d.dailyBackup()
	stop := d.overdue.stop
	go func() {
		t := time.NewTicker(deadlineCheckEvery)
		defer t.Stop()
		for n := 1; ; n++ {
			select {
			case <-stop:
				return
			case <-t.C:
				d.apply(d.checkDeadlines)
				if n%60 == 0 { // hourly: a window left open overnight backs up the new day
					d.apply(d.dailyBackup)
				}
			}
		}
	}()
}

// dailyBackup writes the day's backup into the backups folder, when the window has one, and
// says so in the status line; a backup that fails is said there too.
func (d *Desk) dailyBackup() {
	if d.opts.BackupDir == "" {
		return
	}
	var path string
	d.run(func(ctx context.Context) error {
		var err error
		path, err = d.store.DailyBackup(ctx, d.opts.BackupDir)
		return err
	}, func(err error) {
		switch {
		case err != nil:
			d.setStatus(lang.L("The daily backup failed: {{.Error}}", map[string]any{"Error": errorText(err)}))
		case path != "":
			d.setStatus(lang.L("Today's backup was written to {{.Path}}", map[string]any{"Path": path}))
		}
	})
}

// stopDeadlineWatch ends the checks; the desk calls it when it closes.
func (d *Desk) stopDeadlineWatch() {
	if d.overdue.stop != nil {
		close(d.overdue.stop)
		d.overdue.stop = nil
	}
}

// checkDeadlines reads the overdue complaints, shows how many in the navigation, and, when some
// became overdue since the last check, tells the clerk (a notification, and the dashboard
// reloaded when it is shown).
func (d *Desk) checkDeadlines() {
	var list []*data.Complaint
	var n, followUps, unreadable int
	var checks mailCheckTexts
	d.run(func(ctx context.Context) error {
		var err error
		f := data.ListFilter{Overdue: true, Sort: data.SortNextDue, Limit: 1000}
		if n, err = d.store.Count(ctx, f); err != nil {
			return err
		}
		if unreadable, err = unreadableMail(ctx, d.store); err != nil {
			return err
		}
		if checks, err = mailChecks(ctx, d.store, d.store.Calendar().Location()); err != nil {
			return err
		}
		if followUps, err = d.store.OverdueFollowUps(ctx); err != nil {
			return err
		}
		list, err = d.store.List(ctx, f)
		return err
	}, func(err error) {
		if err != nil {
			return // the next check tries again; the screens say what failed
		}
		refs := make(map[string]bool, len(list))
		var fresh []*data.Complaint
		for _, c := range list {
			refs[c.Ref] = true
			if d.overdue.refs != nil && !d.overdue.refs[c.Ref] {
				fresh = append(fresh, c)
			}
		}
		changed := n != d.overdue.n || len(fresh) > 0
		d.overdue.n, d.overdue.refs, d.overdue.followUps, d.overdue.unreadable = n, refs, followUps, unreadable
		d.overdue.mailFailed = checks.failing
		d.navList.Refresh()
		if len(fresh) > 0 && d.overdue.alert != nil {
			d.overdue.alert(lang.L("Complaints now overdue"), overdueText(fresh))
		}
		if changed && d.current == "dashboard" && d.win.Canvas().Overlays().Top() == nil {
			d.dash.reload()
		}
	})
}

// overdueText names the complaints that have just become overdue: the first three by reference
// and subject, and how many more.
func overdueText(cs []*data.Complaint) string {
	var parts []string
	for i, c := range cs {
		if i == 3 {
			break
		}
		parts = append(parts, c.Ref+" "+oneLine(c.Subject, 20))
	}
	text := strings.Join(parts, lang.L("list.sep"))
	if len(cs) > 3 {
		return lang.L("{{.List}} and {{.N}} more are past a deadline.", map[string]any{"List": text, "N": len(cs) - 3})
	}
	return lang.L("{{.List}}: past a deadline.", map[string]any{"List": text})
}

// unreadableMail is how many messages could not be read and are not set aside: each waits for
// the clerk to register it or find it needs no complaint.
func unreadableMail(ctx context.Context, s *data.Store) (int, error) {
	counts, aside, err := s.MailCounts(ctx)
	return unreadable(counts, aside), err
}

// unreadable is unreadableMail of the store's MailCounts (only failed mail is set aside).
func unreadable(counts map[data.MailState]int, aside int) int {
	return max(counts[data.MailFailed]-aside, 0)
}

// navLabel shows a navigation entry; the dashboard's says how many complaints are overdue, the
// follow-ups' how many follow-ups, the mail tray's that a mailbox's check failed, or else how
// many messages wait for the clerk.
func (d *Desk) navLabel(i widget.ListItemID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	text := lang.L(navItems[i].label)
	l.Importance = widget.MediumImportance
	n := 0
	switch navItems[i].key {
	case "dashboard":
		n = d.overdue.n
	case "followups":
		n = d.overdue.followUps
	case "mail":
		if note := mailNavNote(d.overdue.mailFailed, d.overdue.unreadable); note != "" {
			text += " " + note
			l.Importance = widget.DangerImportance
		}
	}
	if n > 0 {
		text += " " + lang.L("{{.N}} overdue", map[string]any{"N": strconv.Itoa(n)})
		l.Importance = widget.DangerImportance
	}
	l.SetText(text)
}

// mailNavNote is what the navigation says beside the mail tray: that a mailbox's check failed,
// how many messages wait for the clerk, or both; "" when neither. The navigation is measured
// from what it may say (New), so every form it takes is made here.
func mailNavNote(failed bool, unreadable int) string {
	n := map[string]any{"N": strconv.Itoa(unreadable)}
	switch {
	case failed && unreadable > 0:
		return lang.L("check failed, {{.N}} for the clerk", n)
	case failed:
		return lang.L("check failed")
	case unreadable > 0:
		return lang.L("{{.N}} for the clerk", n)
	}
	return ""
}
