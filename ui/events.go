package ui

import (
	"regexp"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"complaintdesk/data"
)

// The store writes the summaries of workflow events in English; these patterns let the
// timeline show them in the clerk's language. Anything else is shown as written.
var (
	reRegistered  = regexp.MustCompile(`^registered via (\w+)$`)
	reAssessment  = regexp.MustCompile(`^category (\S+), level (\d)(?:, invalid: (.*))?$`)
	reSatisfied   = regexp.MustCompile(`^satisfaction (\d)$`)
	reDissatisfed = regexp.MustCompile(`^dissatisfied \((\d)\): level (\d) -> (\d)(, referred to the management meeting)?$`)
	reEscalated   = regexp.MustCompile(`(?s)^level (\d) -> (\d): (.*)$`)
	reMeeting     = regexp.MustCompile(`(?s)^referred to the management meeting: (.*)$`)
	reReopened    = regexp.MustCompile(`(?s)^reopened: (.*)$`)
	reResult      = regexp.MustCompile(`(?s)^result: (.*)$`)
	reRepeat      = regexp.MustCompile(`^repeat of (\S+)$`)
)

// eventText is the body of a timeline entry in the clerk's language.
func eventText(e data.Event, names *lookupNames) string {
	s := e.Summary
	level := func(v string) string {
		n, _ := strconv.Atoi(v)
		return levelLabel(n)
	}
	switch {
	case e.Kind == data.EventStatus && e.ToStatus != "":
		if e.FromStatus == "" {
			if m := reRegistered.FindStringSubmatch(s); m != nil {
				return lang.L("Registered, received by {{.Channel}}", map[string]any{"Channel": channelLabel(data.Channel(m[1]))})
			}
			return statusLabel(e.ToStatus)
		}
		return statusLabel(e.FromStatus) + " → " + statusLabel(e.ToStatus)
	case e.Kind == data.EventAssignment:
		dept, handler, _ := strings.Cut(s, " ")
		return strings.TrimSpace(names.department(dept) + " " + orEmpty(handler, names.user))
	}
	if m := reAssessment.FindStringSubmatch(s); m != nil {
		text := names.category(m[1]) + "，" + level(m[2])
		if m[3] != "" {
			text += "；" + lang.L("invalid: {{.Reason}}", map[string]any{"Reason": m[3]})
		}
		return text
	}
	if m := reSatisfied.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return lang.L("Satisfaction: {{.Rating}}", map[string]any{"Rating": ratingLabel(n)})
	}
	if m := reDissatisfed.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		text := lang.L("Dissatisfied ({{.Rating}}): {{.From}} → {{.To}}", map[string]any{"Rating": ratingLabel(n), "From": level(m[2]), "To": level(m[3])})
		if m[4] != "" {
			text += "；" + lang.L("Referred to the management meeting")
		}
		return text
	}
	if m := reEscalated.FindStringSubmatch(s); m != nil {
		return level(m[1]) + " → " + level(m[2]) + "：" + m[3]
	}
	if m := reMeeting.FindStringSubmatch(s); m != nil {
		return lang.L("Referred to the management meeting") + "：" + m[1]
	}
	if m := reReopened.FindStringSubmatch(s); m != nil {
		return lang.L("Reopened: {{.Reason}}", map[string]any{"Reason": m[1]})
	}
	if m := reResult.FindStringSubmatch(s); m != nil {
		return lang.L("Result: {{.Result}}", map[string]any{"Result": m[1]})
	}
	if m := reRepeat.FindStringSubmatch(s); m != nil {
		return lang.L("Repeat of {{.Ref}}", map[string]any{"Ref": m[1]})
	}
	if s == "handling record updated" {
		return lang.L("Handling record updated")
	}
	return s
}

func orEmpty(v string, f func(string) string) string {
	if v == "" {
		return ""
	}
	return f(v)
}
