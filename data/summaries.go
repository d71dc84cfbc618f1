package data

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// The store writes the summaries of workflow events in English, as the audit trail and the
// export keep them. ReadSummary reads one back into its parts, so that the window and the
// printed dossier can say it in the reader's language.

// SummaryKind is what a workflow event's summary says.
type SummaryKind int

const (
	SummaryText            SummaryKind = iota // written by a person (a note, a call): shown as written
	SummaryRegistered                         // Channel
	SummaryStatus                             // FromStatus → ToStatus
	SummaryAssessment                         // Category, Level; Text: why invalid, when it is
	SummaryAssignment                         // Department, Handler, Involved
	SummaryRating                             // Rating
	SummaryDissatisfied                       // Rating, FromLevel → ToLevel, Meeting
	SummaryEscalated                          // FromLevel → ToLevel; Text: why
	SummaryMeeting                            // Text: why
	SummaryReopened                           // Text: why
	SummaryResult                             // Text: the result
	SummaryRepeat                             // Ref
	SummaryHandling                           // the handling record was updated
	SummaryAutomaticMail                      // Text: the subject of automatic mail on the case
	SummaryFollowUp                           // Text: what the follow-up found; Rating, when given
	SummaryMailMoved                          // Text: the subject of a reply registered as complaint Ref
	SummaryForwardedMail                      // Text: the subject of a colleague's forward that opened the case
	SummaryCorrected                          // Fields: the intake fields corrected (subject, phone, …)
	SummaryEvidenceRemoved                    // Name: the file taken off the case; Text: why
	SummaryReplyRead                          // Text: the clerk's note, when any
)

// Summary is a workflow event's summary in parts; Kind says which are set.
type Summary struct {
	Kind                 SummaryKind
	Channel              Channel
	FromStatus, ToStatus Status
	Category             string
	Department, Handler  string
	Involved             []string
	Level                int
	FromLevel, ToLevel   int
	Rating               int
	Meeting              bool
	Text                 string
	Ref                  string
	Fields               []string
	Name                 string
}

// involvedSep comes between an assignment's department and handler and the other departments
// involved.
const involvedSep = "; involved: "

// assignmentSummary is the summary of an assignment: "engineering lihua; involved: security".
func assignmentSummary(dept, handler string, involved []string) string {
	s := strings.TrimSpace(dept + " " + handler)
	if len(involved) > 0 {
		s += involvedSep + strings.Join(involved, " ")
	}
	return s
}

// autoMailPrefix begins the summary of automatic mail put on a case.
const autoMailPrefix = "automatic: "

// forwardedMailPrefix begins the summary of a colleague's forward that opened its case: the
// complaint is its writer's, and the address beside the entry the colleague's.
const forwardedMailPrefix = "forwarded by a colleague: "

// movedSummary is the note a case keeps of a reply on it that was registered as complaint ref.
func movedSummary(subject, ref string) string {
	return fmt.Sprintf("email registered as %s: %s", ref, subject)
}

// correctedSummary is the note a case keeps of a correction of its intake: the fields, by the
// names of the complaint's and complainant's columns.
func correctedSummary(fields []string) string {
	return "intake corrected: " + strings.Join(fields, ", ")
}

// evidenceRemovedSummary is the note a case keeps of a file taken off it.
func evidenceRemovedSummary(name, reason string) string {
	return "evidence removed: " + strconv.Quote(name) + ": " + reason
}

// followUpSummary is the summary of a recorded follow-up.
func followUpSummary(result string, satisfaction int) string {
	if satisfaction > 0 {
		return fmt.Sprintf("%s (satisfaction %d)", result, satisfaction)
	}
	return result
}

var (
	reRegistered   = regexp.MustCompile(`^registered via (\w+)$`)
	reAssessment   = regexp.MustCompile(`^category (\S+), level (\d)(?:, invalid: (.*))?$`)
	reSatisfied    = regexp.MustCompile(`^satisfaction (\d)$`)
	reDissatisfied = regexp.MustCompile(`^dissatisfied \((\d)\): level (\d) -> (\d)(, referred to the management meeting)?$`)
	reEscalated    = regexp.MustCompile(`(?s)^level (\d) -> (\d): (.*)$`)
	reMeeting      = regexp.MustCompile(`(?s)^referred to the management meeting: (.*)$`)
	reReopened     = regexp.MustCompile(`(?s)^reopened: (.*)$`)
	reResult       = regexp.MustCompile(`(?s)^result: (.*)$`)
	reRepeat       = regexp.MustCompile(`^repeat of (\S+)$`)
	reFollowUp     = regexp.MustCompile(`(?s)^(.*) \(satisfaction (\d)\)$`)
	reMailMoved    = regexp.MustCompile(`(?s)^email registered as (\S+): (.*)$`)
	reCorrected    = regexp.MustCompile(`^intake corrected: ([a-z_]+(?:, [a-z_]+)*)$`)
	reRemoved      = regexp.MustCompile(`(?s)^evidence removed: ("(?:[^"\\]|\\.)*"): (.*)$`)
	reReplyRead    = regexp.MustCompile(`(?s)^reply read, no answer needed(?:: (.*))?$`)
)

// replyReadSummary is the note a case keeps of a reply the clerk found to need no answer.
func replyReadSummary(note string) string {
	if note = strings.TrimSpace(note); note != "" {
		return "reply read, no answer needed: " + note
	}
	return "reply read, no answer needed"
}

// ReadSummary reads the summary of e. A summary in none of the store's forms (a clerk's note)
// is SummaryText with the summary as Text.
func ReadSummary(e Event) Summary {
	s := e.Summary
	num := func(v string) int {
		n, _ := strconv.Atoi(v)
		return n
	}
	switch {
	case e.Kind == EventStatus && e.ToStatus != "":
		if e.FromStatus == "" {
			if m := reRegistered.FindStringSubmatch(s); m != nil {
				return Summary{Kind: SummaryRegistered, Channel: Channel(m[1])}
			}
		}
		return Summary{Kind: SummaryStatus, FromStatus: e.FromStatus, ToStatus: e.ToStatus}
	case e.Kind == EventAssignment:
		s, involved, _ := strings.Cut(s, involvedSep)
		dept, handler, _ := strings.Cut(s, " ")
		return Summary{Kind: SummaryAssignment, Department: dept, Handler: strings.TrimSpace(handler),
			Involved: strings.Fields(involved)}
	case e.Kind == EventEmail && strings.HasPrefix(s, autoMailPrefix):
		return Summary{Kind: SummaryAutomaticMail, Text: strings.TrimPrefix(s, autoMailPrefix)}
	case e.Kind == EventEmail && strings.HasPrefix(s, forwardedMailPrefix):
		return Summary{Kind: SummaryForwardedMail, Text: strings.TrimPrefix(s, forwardedMailPrefix)}
	case e.Kind == EventFollowUp:
		if m := reFollowUp.FindStringSubmatch(s); m != nil {
			return Summary{Kind: SummaryFollowUp, Text: m[1], Rating: num(m[2])}
		}
		return Summary{Kind: SummaryFollowUp, Text: s}
	}
	if m := reAssessment.FindStringSubmatch(s); m != nil {
		return Summary{Kind: SummaryAssessment, Category: m[1], Level: num(m[2]), Text: m[3]}
	}
	if m := reSatisfied.FindStringSubmatch(s); m != nil {
		return Summary{Kind: SummaryRating, Rating: num(m[1])}
	}
	if m := reDissatisfied.FindStringSubmatch(s); m != nil {
		return Summary{Kind: SummaryDissatisfied, Rating: num(m[1]), FromLevel: num(m[2]), ToLevel: num(m[3]), Meeting: m[4] != ""}
	}
	if m := reEscalated.FindStringSubmatch(s); m != nil {
		return Summary{Kind: SummaryEscalated, FromLevel: num(m[1]), ToLevel: num(m[2]), Text: m[3]}
	}
	if m := reMeeting.FindStringSubmatch(s); m != nil {
		return Summary{Kind: SummaryMeeting, Text: m[1]}
	}
	if m := reReplyRead.FindStringSubmatch(s); m != nil && e.Kind == EventNote {
		return Summary{Kind: SummaryReplyRead, Text: m[1]}
	}
	if m := reReopened.FindStringSubmatch(s); m != nil {
		return Summary{Kind: SummaryReopened, Text: m[1]}
	}
	if m := reResult.FindStringSubmatch(s); m != nil {
		return Summary{Kind: SummaryResult, Text: m[1]}
	}
	if m := reRepeat.FindStringSubmatch(s); m != nil {
		return Summary{Kind: SummaryRepeat, Ref: m[1]}
	}
	if m := reCorrected.FindStringSubmatch(s); m != nil && e.Kind == EventNote {
		return Summary{Kind: SummaryCorrected, Fields: strings.Split(m[1], ", ")}
	}
	if m := reRemoved.FindStringSubmatch(s); m != nil && e.Kind == EventNote {
		if name, err := strconv.Unquote(m[1]); err == nil {
			return Summary{Kind: SummaryEvidenceRemoved, Name: name, Text: m[2]}
		}
	}
	if m := reMailMoved.FindStringSubmatch(s); m != nil && e.Kind == EventNote {
		return Summary{Kind: SummaryMailMoved, Ref: m[1], Text: m[2]}
	}
	if s == "handling record updated" {
		return Summary{Kind: SummaryHandling}
	}
	return Summary{Kind: SummaryText, Text: s}
}
