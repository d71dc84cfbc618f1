package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"complaintdesk/data"
)

// clauseSep is what goes between a clause and the next: after one that ends a sentence
// (……无新的意见。 or "no new comments.") no ；or ; follows, as auditChanges has it.
func clauseSep(prev, sep string) string {
	prev = strings.TrimSpace(prev)
	switch {
	case sep == "；" && (strings.HasSuffix(prev, "。") || strings.HasSuffix(prev, "！") || strings.HasSuffix(prev, "？")):
		return ""
	case strings.TrimSpace(sep) == ";" && prev != "" && strings.ContainsAny(prev[len(prev)-1:], ".!?"):
		return " "
	}
	return sep
}

// eventText is the body of a timeline entry in the clerk's language: the store's own summaries
// are said again from their parts, anything else is shown as written.
func eventText(e data.Event, names *lookupNames) string {
	sum := data.ReadSummary(e)
	sep := lang.L("clause.sep")
	switch sum.Kind {
	case data.SummaryRegistered:
		return lang.L("Registered, received by {{.Channel}}", map[string]any{"Channel": channelLabel(sum.Channel)})
	case data.SummaryStatus:
		if sum.FromStatus == "" {
			return statusLabel(sum.ToStatus)
		}
		return statusLabel(sum.FromStatus) + " → " + statusLabel(sum.ToStatus)
	case data.SummaryAssignment:
		text := strings.TrimSpace(names.department(sum.Department) + " " + orEmpty(sum.Handler, names.user))
		if len(sum.Involved) > 0 {
			text = lang.L("{{.Assignment}}; also involved: {{.Departments}}", map[string]any{"Assignment": text,
				"Departments": departmentNames(sum.Involved, names)})
		}
		return text
	case data.SummaryAssessment:
		text := lang.L("{{.Category}}, {{.Level}}", map[string]any{"Category": names.category(sum.Category), "Level": levelLabel(sum.Level)})
		if sum.Text != "" {
			text += sep + lang.L("invalid: {{.Reason}}", map[string]any{"Reason": sum.Text})
		}
		return text
	case data.SummaryRating:
		return lang.L("Satisfaction: {{.Rating}}", map[string]any{"Rating": ratingLabel(sum.Rating)})
	case data.SummaryDissatisfied:
		text := lang.L("Dissatisfied ({{.Rating}}): {{.From}} → {{.To}}", map[string]any{"Rating": ratingLabel(sum.Rating),
			"From": levelLabel(sum.FromLevel), "To": levelLabel(sum.ToLevel)})
		if sum.FromLevel == sum.ToLevel {
			// At the highest level there is none to escalate to.
			text = lang.L("Dissatisfied ({{.Rating}}), already {{.Level}}", map[string]any{"Rating": ratingLabel(sum.Rating),
				"Level": levelLabel(sum.ToLevel)})
		}
		if sum.Meeting {
			text += sep + lang.L("Referred to the management meeting")
		}
		return text
	case data.SummaryEscalated:
		return labelled(levelLabel(sum.FromLevel)+" → "+levelLabel(sum.ToLevel), sum.Text)
	case data.SummaryMeeting:
		return labelled(lang.L("Referred to the management meeting"), sum.Text)
	case data.SummaryReopened:
		return lang.L("Reopened: {{.Reason}}", map[string]any{"Reason": sum.Text})
	case data.SummaryReplyRead:
		if sum.Text == "" {
			return lang.L("The complainant's reply was read: no answer needed")
		}
		return lang.L("The complainant's reply was read: no answer needed. {{.Note}}", map[string]any{"Note": sum.Text})
	case data.SummaryResult:
		return lang.L("Result: {{.Result}}", map[string]any{"Result": sum.Text})
	case data.SummaryRepeat:
		return lang.L("Repeat of {{.Ref}}", map[string]any{"Ref": sum.Ref})
	case data.SummaryHandling:
		return lang.L("Handling record updated")
	case data.SummaryFollowUp:
		if sum.Rating == 0 {
			return sum.Text
		}
		return sum.Text + clauseSep(sum.Text, sep) + lang.L("Satisfaction: {{.Rating}}", map[string]any{"Rating": ratingLabel(sum.Rating)})
	case data.SummaryMailMoved:
		return lang.L("Email “{{.Subject}}” registered as complaint {{.Ref}}", map[string]any{"Subject": sum.Text, "Ref": sum.Ref})
	case data.SummaryAutomaticMail:
		return lang.L("Automatic mail: {{.Subject}}", map[string]any{"Subject": sum.Text})
	case data.SummaryForwardedMail:
		return sum.Text // the entry's heading says who forwarded it
	case data.SummaryCorrected:
		var fields []string
		for _, f := range sum.Fields {
			fields = append(fields, fieldName(f))
		}
		return lang.L("Intake corrected: {{.Fields}}", map[string]any{"Fields": strings.Join(fields, lang.L("list.sep"))})
	case data.SummaryEvidenceRemoved:
		return lang.L("Evidence “{{.Name}}” removed: {{.Reason}}", map[string]any{"Name": sum.Name, "Reason": sum.Text})
	}
	return e.Summary
}

func orEmpty(v string, f func(string) string) string {
	if v == "" {
		return ""
	}
	return f(v)
}
