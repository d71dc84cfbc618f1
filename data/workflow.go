package data

import "strings"

// Action is a workflow step a clerk can take on a complaint.
type Action string

const (
	ActAcknowledge Action = "acknowledge"
	ActAssess      Action = "assess"
	ActAssign      Action = "assign"
	ActCall        Action = "call"
	ActLetter      Action = "letter"
	ActVisit       Action = "visit"
	ActEmail       Action = "email"
	ActNote        Action = "note"
	ActEvidence    Action = "evidence"
	ActHandling    Action = "handling" // investigation, root cause, solution, prevention
	ActResolve     Action = "resolve"
	ActRate        Action = "rate"
	ActEscalate    Action = "escalate"
	ActClose       Action = "close"
	ActReopen      Action = "reopen"
	ActRepeat      Action = "repeat"
	// ActReplyRead says the complainant's new reply needs no answer ("谢谢", on a closed case):
	// it is read, and the case no longer waits for an answer to it.
	ActReplyRead Action = "reply_read"
)

// Actions lists every action in the order the window offers them.
var Actions = []Action{ActAcknowledge, ActAssess, ActAssign, ActCall, ActLetter, ActVisit, ActEmail,
	ActNote, ActEvidence, ActHandling, ActResolve, ActRate, ActEscalate, ActClose, ActReopen, ActRepeat, ActReplyRead}

// contacts are the timeline actions allowed while a case is being worked.
var contacts = []Action{ActCall, ActLetter, ActVisit, ActEmail, ActNote, ActEvidence}

// statusActions is the workflow table: which actions each status admits, before the
// per-case conditions of Check.
var statusActions = map[Status][]Action{
	StatusRegistered:   append([]Action{ActAcknowledge, ActAssess, ActEscalate, ActRepeat}, contacts...),
	StatusAcknowledged: append([]Action{ActAssess, ActAssign, ActHandling, ActEscalate, ActRepeat}, contacts...),
	StatusInProgress:   append([]Action{ActAssess, ActAssign, ActHandling, ActResolve, ActEscalate, ActRepeat}, contacts...),
	StatusResolved:     append([]Action{ActHandling, ActRate, ActClose, ActReopen}, contacts...),
	StatusReopened:     append([]Action{ActAssess, ActAssign, ActHandling, ActResolve, ActEscalate, ActRepeat}, contacts...),
	StatusClosed:       {ActReopen},
	StatusInvalid:      {ActReopen},
}

// Check says whether action a may be taken on c now, and if not, why.
func Check(c *Complaint, a Action) error {
	if a == ActReplyRead {
		// In any state: a closed case admits nothing else that would answer the reply.
		if !c.HasNewReply {
			return forbidden("no_new_reply", string(a), nil, "%s: the complaint has no new reply waiting", a)
		}
		return nil
	}
	allowed := false
	for _, x := range statusActions[c.Status] {
		if x == a {
			allowed = true
			break
		}
	}
	if !allowed {
		return forbidden("transition", string(a), map[string]any{"Action": string(a), "Status": string(c.Status)},
			"%s: not allowed while the complaint is %s", a, c.Status)
	}
	switch a {
	case ActAssign:
		if c.Level == 0 || c.Category == "" {
			return forbidden("not_assessed", string(a), nil, "assign: assess the complaint (category, level, validity) before routing it")
		}
	case ActResolve:
		if c.Department == "" {
			return forbidden("not_assigned", string(a), nil, "resolve: assign a department first")
		}
	case ActEscalate:
		if c.Level == 0 {
			return forbidden("not_assessed", string(a), nil, "escalate: assess the complaint before escalating it")
		}
	case ActClose:
		if strings.TrimSpace(c.Result) == "" {
			return forbidden("no_result", string(a), nil, "close: record the result first")
		}
		if (c.Satisfaction < 1 || c.Satisfaction > 3) && strings.TrimSpace(c.NoRatingReason) == "" {
			return forbidden("no_rating", string(a), nil,
				"close: record the complainant's satisfaction rating (1-3) or the reason why none was given")
		}
	}
	return nil
}

// Allowed lists the actions Check admits for c, in display order.
func Allowed(c *Complaint) []Action {
	var out []Action
	for _, a := range Actions {
		if Check(c, a) == nil {
			out = append(out, a)
		}
	}
	return out
}

// MinLevel is the lowest level c may be assessed at: a repeat complaint is at least level 2.
func MinLevel(c *Complaint) int {
	if c.RepeatOf != nil {
		return 2
	}
	return 1
}

// RatingOutcome is what a satisfaction rating does to a case.
type RatingOutcome struct {
	Satisfied         bool   // 1..3: the case may be closed
	Status            Status // status after the rating
	Level             int    // level after the rating
	ManagementMeeting bool   // dissatisfied at level 3
}

// Rate applies the 5-point scale of seed 001 §5.3.1.6: 1–3 lets the case close; 4–5 reopens it
// one level higher, and dissatisfaction at level 3 goes to the management meeting (§5.3.1.7).
func Rate(c *Complaint, rating int) (RatingOutcome, error) {
	if rating < 1 || rating > 5 {
		return RatingOutcome{}, invalid("rating_range", "rating", map[string]any{"Value": rating},
			"rating must be 1 to 5, got %d", rating)
	}
	if rating <= 3 {
		return RatingOutcome{Satisfied: true, Status: c.Status, Level: c.Level, ManagementMeeting: c.ManagementMeeting}, nil
	}
	out := RatingOutcome{Status: StatusReopened, Level: c.Level + 1, ManagementMeeting: c.ManagementMeeting}
	if c.Level >= 3 {
		out.Level = 3
		out.ManagementMeeting = true
	}
	return out, nil
}

// Escalate raises a level by one; at level 3 the case goes to the management meeting instead.
func Escalate(level int) (newLevel int, meeting bool) {
	if level >= 3 {
		return 3, true
	}
	return level + 1, false
}

// statusAfter is the status an action leads to from the current one.
func statusAfter(cur Status, a Action) Status {
	switch a {
	case ActAcknowledge:
		return StatusAcknowledged
	case ActAssign:
		return StatusInProgress
	case ActResolve:
		return StatusResolved
	case ActClose:
		return StatusClosed
	case ActReopen:
		return StatusReopened
	}
	return cur
}
