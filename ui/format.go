package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
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
		data.ActEscalate: "Escalate", data.ActClose: "Close", data.ActReopen: "Reopen", data.ActRepeat: "Mark as repeat"}
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

// labelled is "label: value" with the colon the clerk's language writes.
func labelled(label, value string) string {
	return lang.L("{{.Label}}: {{.Value}}", map[string]any{"Label": label, "Value": value})
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
		return lang.L("{{.At}} — overdue by {{.Left}} of working time", map[string]any{"At": at, "Left": formatWorking(cal.WorkingTime(*due, now))})
	}
	return lang.L("{{.At}} — {{.Left}} of working time left", map[string]any{"At": at, "Left": formatWorking(cal.WorkingTime(now, *due))})
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
