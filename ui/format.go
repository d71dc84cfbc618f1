package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"golang.org/x/text/width"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
	"complaintdesk/letters"
)

// English fallbacks of the enumerations; the translations live under "status.*" and friends.
var (
	statusEnglish = map[data.Status]string{data.StatusRegistered: "Registered", data.StatusAcknowledged: "Acknowledged",
		data.StatusInProgress: "In progress", data.StatusResolved: "Resolved", data.StatusClosed: "Closed",
		data.StatusInvalid: "Invalid", data.StatusReopened: "Reopened"}
	channelEnglish = map[data.Channel]string{data.ChannelPhone: "Phone", data.ChannelLetter: "Letter",
		data.ChannelEmail: "Email", data.ChannelVisit: "Visit", data.ChannelFax: "Fax", data.ChannelWeb: "Web form",
		data.ChannelSocial: "Social media"}
	typeEnglish = map[data.ComplainantType]string{data.TypeOwner: "Owner", data.TypeTenant: "Tenant",
		data.TypeConsumer: "Consumer", data.TypeFranchisee: "Franchisee", data.TypeOther: "Other"}
	actionEnglish = map[data.Action]string{data.ActAcknowledge: "Acknowledge", data.ActAssess: "Assess",
		data.ActAssign: "Assign", data.ActCall: "Log call", data.ActLetter: "Log letter", data.ActVisit: "Log visit",
		data.ActEmail: "Log email", data.ActNote: "Add note", data.ActEvidence: "Add evidence",
		data.ActHandling: "Handling record", data.ActResolve: "Record result", data.ActRate: "Record rating",
		data.ActEscalate: "Escalate", data.ActClose: "Close", data.ActReopen: "Reopen", data.ActRepeat: "Mark as repeat",
		data.ActReplyRead: "Reply read"}
	eventEnglish = map[data.EventKind]string{data.EventCall: "Call", data.EventLetter: "Letter", data.EventEmail: "Email",
		data.EventVisit: "Visit", data.EventNote: "Note", data.EventStatus: "Status", data.EventAssignment: "Assignment",
		data.EventEscalation: "Escalation", data.EventRating: "Rating", data.EventEvidence: "Evidence",
		data.EventAssessment: "Assessment", data.EventFollowUp: "Follow-up", data.EventLetterOut: "Letter issued"}
	levelEnglish = map[int]string{0: "Not assessed", 1: "Level 1 (ordinary)", 2: "Level 2 (serious)", 3: "Level 3 (very serious)"}
)

func statusLabel(s data.Status) string {
	return lang.X("status."+string(s), fallback(statusEnglish[s], string(s)))
}

func channelLabel(c data.Channel) string {
	return lang.X("channel."+string(c), fallback(channelEnglish[c], string(c)))
}

func typeLabel(t data.ComplainantType) string {
	return lang.X("type."+string(t), fallback(typeEnglish[t], string(t)))
}

func actionLabel(a data.Action) string {
	return lang.X("action."+string(a), fallback(actionEnglish[a], string(a)))
}

func eventLabel(k data.EventKind) string {
	return lang.X("event."+string(k), fallback(eventEnglish[k], string(k)))
}

func levelLabel(l int) string {
	return lang.X(fmt.Sprintf("level.%d", l), fallback(levelEnglish[l], fmt.Sprint(l)))
}

func directionLabel(d data.Direction) string {
	switch d {
	case data.DirIn:
		return lang.X("direction.in", "Incoming")
	case data.DirOut:
		return lang.X("direction.out", "Outgoing")
	}
	return ""
}

// fillBox replaces what box holds with what fill adds, laid out once: adding thousands of rows
// one by one lays the box out at each, in a time growing with their square.
func fillBox(box *fyne.Container, fill func(add func(fyne.CanvasObject))) {
	var objs []fyne.CanvasObject
	fill(func(o fyne.CanvasObject) { objs = append(objs, o) })
	box.Objects = objs
	box.Refresh()
}

// labelled is "label: value" with the colon the clerk's language writes.
func labelled(label, value string) string {
	return lang.L("{{.Label}}: {{.Value}}", map[string]any{"Label": label, "Value": value})
}

// sentences are two sentences one after the other, a space apart where the clerk's language
// puts one.
func sentences(first, second string) string {
	return lang.L("{{.First}} {{.Second}}", map[string]any{"First": first, "Second": second})
}

// withNote is "text (note)" with the brackets the clerk's language writes.
func withNote(text, note string) string {
	return lang.L("{{.Text}} ({{.Note}})", map[string]any{"Text": text, "Note": note})
}

func fallback(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// timeFormat is how dates and times are shown: the same in every language, sortable.
const timeFormat = "2006-01-02 15:04"

func formatTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(timeFormat)
}

// shortTime is a time as a list shows it, to leave room for what follows: the hour today, the
// day and the hour this year, the date before.
func shortTime(t, now time.Time, loc *time.Location) string {
	t, now = t.In(loc), now.In(loc)
	switch {
	case t.Year() == now.Year() && t.YearDay() == now.YearDay():
		return t.Format("15:04")
	case t.Year() == now.Year():
		return t.Format("01-02 15:04")
	}
	return t.Format("2006-01-02")
}

func formatTimePtr(t *time.Time, loc *time.Location) string {
	if t == nil {
		return "—"
	}
	return formatTime(*t, loc)
}

// parseTime reads a time typed as in timeFormat, in the calendar's location.
func parseTime(s string, loc *time.Location) (time.Time, error) {
	return time.ParseInLocation(timeFormat, strings.TrimSpace(s), loc)
}

// parseDay reads a day as clerks type it, in the calendar's location: "2026-11-01", and also
// "2026/11/01", "2026.11.1" and "2026年11月1日".
func parseDay(s string, loc *time.Location) (time.Time, error) {
	v := strings.TrimSpace(width.Fold.String(s))
	if m := dayForms.FindStringSubmatch(v); m != nil {
		month, _ := strconv.Atoi(m[2])
		day, _ := strconv.Atoi(m[3])
		v = fmt.Sprintf("%s-%02d-%02d", m[1], month, day)
	}
	return time.ParseInLocation(time.DateOnly, v, loc)
}

// dayForms are the ways a day is typed: year, month and day between -, /, . or 年 月 日.
var dayForms = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$`)

// formatWorking writes a working-time duration as hours and minutes.
func formatWorking(d time.Duration) string {
	d = d.Round(time.Minute)
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	return lang.L("{{.H}} h {{.M}} min", map[string]any{"H": h, "M": m})
}

// dueText says how much working time is left until due, or how long it is overdue.
func dueText(cal *calendar.Calendar, due *time.Time, now time.Time) string {
	if due == nil {
		return "—"
	}
	at := formatTime(*due, cal.Location())
	if due.Before(now) {
		late := cal.WorkingTime(*due, now)
		if late < time.Minute {
			// Due at the end of the working day and past it since: no working time has run
			// over yet ("overdue by 0 h 0 min" read as a mistake).
			return lang.L("{{.At}} — overdue", map[string]any{"At": at})
		}
		return lang.L("{{.At}} — overdue by {{.Left}} of working time", map[string]any{"At": at, "Left": formatWorking(late)})
	}
	return lang.L("{{.At}} — {{.Left}} of working time left", map[string]any{"At": at, "Left": formatWorking(cal.WorkingTime(now, *due))})
}

// wrapLimit is the longest line Fyne's own wrapping (a multi-line entry, a selectable label) is
// given. Its word wrap takes time growing with the square of a line's length: a paragraph of
// 20,000 characters held the window for ten seconds, and again at every resize. A para breaks
// its lines itself and needs no limit.
const wrapLimit = 800

// breakLongLines breaks lines longer than wrapLimit for Fyne's wrapping, after the end of a
// sentence where there is one near the limit; shorter lines are left as they are.
func breakLongLines(s string) string {
	if !hasLongLine(s) {
		return s
	}
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		r := []rune(line)
		for len(r) > wrapLimit {
			cut := lineCut(r)
			b.WriteString(strings.TrimRight(string(r[:cut]), " "))
			b.WriteByte('\n')
			r = []rune(strings.TrimLeft(string(r[cut:]), " "))
		}
		b.WriteString(string(r))
	}
	return b.String()
}

// lineCut is where breakLongLines breaks a line longer than wrapLimit: after the last end of a
// sentence in its last third, else after the last space there, else at wrapLimit.
func lineCut(r []rune) int {
	space := 0
	for j := wrapLimit; j > wrapLimit*2/3; j-- {
		switch c := r[j-1]; {
		case strings.ContainsRune("。！？；", c):
			return j
		case strings.ContainsRune(".!?;", c) && r[j] == ' ':
			return j
		case c == ' ' && space == 0:
			space = j
		}
	}
	if space > 0 {
		return space
	}
	return wrapLimit
}

// hasLongLine reports whether s has a line longer than wrapLimit.
func hasLongLine(s string) bool {
	for len(s) > wrapLimit {
		line, rest, _ := strings.Cut(s, "\n")
		if len(line) > wrapLimit && utf8.RuneCountInString(line) > wrapLimit {
			return true
		}
		s = rest
	}
	return false
}

// oneLine shortens text for a table cell or list row.
func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}

// oneLineCells is s on one line, shortened with "…" to at most max cells of the window's font:
// a Chinese character takes two, a Latin letter one (letters.TextWidth), so "Sender Name" fits
// where 八个汉字 does.
func oneLineCells(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if letters.TextWidth(s) <= max {
		return s
	}
	n := 0
	for i, r := range s {
		if n += letters.TextWidth(string(r)); n > max-2 { // room for "…"
			return s[:i] + "…"
		}
	}
	return s
}
