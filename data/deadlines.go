package data

import (
	"time"

	"complaintdesk/data/calendar"
)

// Policy is the SLA for one category × level (DESIGN §5); Category "" and Level 0 match any.
type Policy struct {
	Category    string
	Level       int
	Acknowledge string // e.g. "1wd"
	Resolve     string // e.g. "7wd"
	Progress    string // contact the complainant at least this often while open, e.g. "7d"
	FollowUp    string // follow-up visit after closing, e.g. "3wd"
}

// DefaultPolicy is DESIGN §5's default.
var DefaultPolicy = Policy{Acknowledge: "1wd", Resolve: "7wd", Progress: "7d", FollowUp: "3wd"}

// Validate checks that every spec parses.
func (p Policy) Validate() error {
	for field, spec := range map[string]string{"acknowledge": p.Acknowledge, "resolve": p.Resolve,
		"progress": p.Progress, "followup": p.FollowUp} {
		if _, err := calendar.ParseSpec(spec); err != nil {
			return invalid("bad_spec", field, map[string]any{"Value": spec}, "%s: %v", field, err)
		}
	}
	if p.Level < 0 || p.Level > 3 {
		return invalid("level_range", "level", map[string]any{"Value": p.Level}, "level must be 0 to 3, got %d", p.Level)
	}
	return nil
}

// pickPolicy chooses the most specific policy for a category and level.
func pickPolicy(policies []Policy, category string, level int) Policy {
	best, bestScore := DefaultPolicy, -1
	for _, p := range policies {
		if (p.Category != "" && p.Category != category) || (p.Level != 0 && p.Level != level) {
			continue
		}
		score := 0
		if p.Category != "" {
			score += 2
		}
		if p.Level != 0 {
			score++
		}
		if score > bestScore {
			best, bestScore = p, score
		}
	}
	return best
}

// dueTimes are the deadlines of one complaint.
type dueTimes struct {
	Ack, Resolve, Progress, FollowUp *time.Time
	Unverified                       bool
	Next                             *time.Time
}

// computeDues applies policy p on calendar cal to c. slaStart is when the resolve clock
// started, lastContact the latest contact with the complainant (for the weekly progress call).
func computeDues(cal *calendar.Calendar, p Policy, c *Complaint, slaStart, lastContact time.Time) dueTimes {
	var d dueTimes
	add := func(from time.Time, spec string) *time.Time {
		s, err := calendar.ParseSpec(spec)
		if err != nil {
			return nil
		}
		t, ok := cal.Add(from, s)
		if !ok {
			d.Unverified = true
		}
		return &t
	}
	d.Ack = add(c.ReceivedAt, p.Acknowledge)
	d.Resolve = add(slaStart, p.Resolve)
	if c.Status.Open() && c.Status != StatusResolved {
		d.Progress = add(lastContact, p.Progress)
	}
	if c.Status == StatusClosed && c.ClosedAt != nil {
		d.FollowUp = add(*c.ClosedAt, p.FollowUp)
	}
	d.Next = nextDue(c.Status, d)
	return d
}

// nextDue is the earliest deadline still pending for a complaint in status st.
func nextDue(st Status, d dueTimes) *time.Time {
	var pending []*time.Time
	switch st {
	case StatusRegistered:
		pending = append(pending, d.Ack, d.Resolve, d.Progress)
	case StatusAcknowledged, StatusInProgress, StatusReopened:
		pending = append(pending, d.Resolve, d.Progress)
	}
	var next *time.Time
	for _, t := range pending {
		if t != nil && (next == nil || t.Before(*next)) {
			next = t
		}
	}
	return next
}
