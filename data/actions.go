package data

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"
)

// ActParams carries the inputs of one workflow action; each action reads its own fields.
type ActParams struct {
	Action Action

	// assess
	Category string // code or name
	Level    int
	Invalid  bool
	Reason   string // invalid, reopen, escalate: why
	Urgency  string

	// assign
	Department string // code or name
	Handler    string // user name or display name; "" keeps the current one

	// call, letter, visit, email, note, resolve (the result)
	Text      string
	Direction Direction
	Contact   string
	Duration  time.Duration
	At        time.Time // when the contact happened; zero: now

	// rate
	Rating int

	// close
	NoRatingReason string

	// repeat
	RepeatOf string

	// handling
	Handling Handling
}

// Handling is the investigation record of a case.
type Handling struct {
	Investigation    string
	RootCause        string
	ResponsibleParty string
	Solution         string
	Prevention       string
}

// changes collects column updates and their audit record.
type changes struct {
	cols  []string
	args  []any
	audit map[string]any
}

func (ch *changes) set(col string, old, new any) {
	ch.cols = append(ch.cols, col+" = ?")
	ch.args = append(ch.args, new)
	if ch.audit == nil {
		ch.audit = map[string]any{}
	}
	ch.audit[col] = []any{old, new}
}

// Act applies one workflow action to the complaint ref and returns it as it is afterwards.
// Nothing is written when the action is refused.
func (s *Store) Act(ctx context.Context, ref string, p ActParams) (*Complaint, error) {
	var id int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		c, err := getComplaint(ctx, tx, "c.ref = ?", strings.ToUpper(strings.TrimSpace(ref)))
		if err != nil {
			return err
		}
		id = c.ID
		return s.act(ctx, tx, c, p)
	})
	if err != nil {
		return nil, fmt.Errorf("store: %s %s: %w", p.Action, ref, err)
	}
	return s.ComplaintByID(ctx, id)
}

func (s *Store) act(ctx context.Context, tx *sql.Tx, c *Complaint, p ActParams) error {
	if err := Check(c, p.Action); err != nil {
		return err
	}
	now := s.now(ctx)
	at := p.At
	if at.IsZero() {
		at = now
	}
	if at.After(now.Add(5 * time.Minute)) {
		return invalid("future", "at", nil, "the time %s is in the future", at.Format(time.RFC3339))
	}
	by := Actor(ctx)
	var ch changes
	var events []Event
	recompute := false
	newStatus := statusAfter(c.Status, p.Action)
	ev := func(kind EventKind, summary string) {
		events = append(events, Event{ComplaintID: c.ID, At: now, Kind: kind, By: by, Summary: summary})
	}

	switch p.Action {
	case ActAcknowledge:
		ch.set("acknowledged_at", nil, now.Unix())

	case ActAssess:
		if p.Invalid {
			if err := checkText("reason", p.Reason, MaxText, true); err != nil {
				return err
			}
			newStatus = StatusInvalid
			ch.set("valid", c.Valid, false)
			ch.set("invalid_reason", c.InvalidReason, p.Reason)
			ch.set("closed_at", nil, now.Unix())
		} else if !c.Valid {
			ch.set("valid", c.Valid, true)
			ch.set("invalid_reason", c.InvalidReason, "")
		}
		if p.Level < 1 || p.Level > 3 {
			return invalid("level_range", "level", map[string]any{"Value": p.Level}, "level must be 1, 2 or 3, got %d", p.Level)
		}
		if min := MinLevel(c); p.Level < min {
			return invalid("repeat_level", "level", map[string]any{"Min": min},
				"a repeat complaint is at least level %d", min)
		}
		cat, err := resolveCode(ctx, tx, "categories", "category", p.Category)
		if err != nil {
			return err
		}
		if err := checkText("urgency", p.Urgency, MaxShort, false); err != nil {
			return err
		}
		ch.set("category", c.Category, cat)
		ch.set("level", c.Level, p.Level)
		ch.set("urgency", c.Urgency, p.Urgency)
		ch.set("assessed_at", unixPtr(c.AssessedAt), now.Unix())
		c.Category, c.Level = cat, p.Level
		recompute = true
		summary := fmt.Sprintf("category %s, level %d", cat, p.Level)
		if p.Invalid {
			summary += ", invalid: " + p.Reason
		}
		ev(EventAssessment, summary)

	case ActAssign:
		dept, err := resolveCode(ctx, tx, "departments", "department", p.Department)
		if err != nil {
			return err
		}
		handler := c.Handler
		if p.Handler != "" {
			if handler, err = resolveUser(ctx, tx, p.Handler); err != nil {
				return err
			}
		}
		ch.set("department", c.Department, dept)
		ch.set("handler", c.Handler, handler)
		ev(EventAssignment, strings.TrimSpace(dept+" "+handler))

	case ActCall, ActLetter, ActVisit, ActEmail, ActNote:
		if err := checkText("text", p.Text, MaxText, true); err != nil {
			return err
		}
		if err := checkText("contact", p.Contact, MaxShort, false); err != nil {
			return err
		}
		if p.Duration < 0 {
			return invalid("duration", "duration", nil, "duration cannot be negative")
		}
		kind := map[Action]EventKind{ActCall: EventCall, ActLetter: EventLetter, ActVisit: EventVisit,
			ActEmail: EventEmail, ActNote: EventNote}[p.Action]
		dir := p.Direction
		if kind != EventNote {
			if dir != DirIn && dir != DirOut {
				return invalid("direction", "direction", map[string]any{"Value": string(dir)}, "direction must be in or out")
			}
		} else {
			dir = ""
		}
		events = append(events, Event{ComplaintID: c.ID, At: at, Kind: kind, By: by, Summary: p.Text,
			Direction: dir, Contact: p.Contact, Duration: p.Duration})
		if kind != EventNote {
			recompute = true // the weekly progress contact restarts
		}
		if c.HasNewReply {
			ch.set("has_new_reply", true, false)
		}

	case ActHandling:
		h := p.Handling
		for _, f := range []struct {
			col, old, new string
		}{{"investigation", c.Investigation, h.Investigation}, {"root_cause", c.RootCause, h.RootCause},
			{"responsible_party", c.ResponsibleParty, h.ResponsibleParty}, {"solution", c.Solution, h.Solution},
			{"prevention", c.Prevention, h.Prevention}} {
			if err := checkText(f.col, f.new, MaxText, false); err != nil {
				return err
			}
			if f.old != f.new {
				ch.set(f.col, f.old, f.new)
			}
		}
		if len(ch.cols) == 0 {
			return nil
		}
		ev(EventNote, "handling record updated")

	case ActResolve:
		if err := checkText("result", p.Text, MaxText, true); err != nil {
			return err
		}
		ch.set("result", c.Result, p.Text)
		ch.set("resolved_at", unixPtr(c.ResolvedAt), now.Unix())
		ev(EventNote, "result: "+p.Text)

	case ActRate:
		out, err := Rate(c, p.Rating)
		if err != nil {
			return err
		}
		ch.set("satisfaction", c.Satisfaction, p.Rating)
		ev(EventRating, fmt.Sprintf("satisfaction %d", p.Rating))
		if !out.Satisfied {
			newStatus = out.Status
			ch.set("level", c.Level, out.Level)
			ch.set("management_meeting", c.ManagementMeeting, out.ManagementMeeting)
			ch.set("sla_start", c.slaStart.Unix(), now.Unix())
			c.slaStart = now
			ch.set("resolved_at", unixPtr(c.ResolvedAt), nil)
			summary := fmt.Sprintf("dissatisfied (%d): level %d -> %d", p.Rating, c.Level, out.Level)
			if out.ManagementMeeting {
				summary += ", referred to the management meeting"
			}
			ev(EventEscalation, summary)
			c.Level = out.Level
			recompute = true
		}

	case ActEscalate:
		if err := checkText("reason", p.Reason, MaxText, true); err != nil {
			return err
		}
		level, meeting := Escalate(c.Level)
		ch.set("level", c.Level, level)
		summary := fmt.Sprintf("level %d -> %d: %s", c.Level, level, p.Reason)
		if meeting {
			ch.set("management_meeting", c.ManagementMeeting, true)
			summary = "referred to the management meeting: " + p.Reason
		}
		c.Level = level
		recompute = true
		ev(EventEscalation, summary)

	case ActClose:
		if p.NoRatingReason != "" {
			if err := checkText("no_rating_reason", p.NoRatingReason, MaxText, false); err != nil {
				return err
			}
			ch.set("no_rating_reason", c.NoRatingReason, p.NoRatingReason)
			c.NoRatingReason = p.NoRatingReason
			if c.Satisfaction < 1 || c.Satisfaction > 3 {
				ch.set("satisfaction", c.Satisfaction, 0)
				c.Satisfaction = 0
			}
		}
		if err := Check(c, ActClose); err != nil {
			return err
		}
		ch.set("closed_at", unixPtr(c.ClosedAt), now.Unix())
		closed := now
		c.ClosedAt = &closed
		recompute = true

	case ActReopen:
		if err := checkText("reason", p.Reason, MaxText, true); err != nil {
			return err
		}
		ch.set("closed_at", unixPtr(c.ClosedAt), nil)
		ch.set("resolved_at", unixPtr(c.ResolvedAt), nil)
		ch.set("sla_start", c.slaStart.Unix(), now.Unix())
		c.slaStart = now
		if c.Status == StatusInvalid {
			ch.set("valid", false, true)
		}
		c.ClosedAt = nil
		recompute = true
		ev(EventNote, "reopened: "+p.Reason)
		if _, err := tx.ExecContext(ctx, `DELETE FROM follow_ups WHERE complaint_id = ? AND done_at IS NULL`, c.ID); err != nil {
			return err
		}

	case ActRepeat:
		rid, err := complaintIDByRef(ctx, tx, p.RepeatOf)
		if err != nil {
			return err
		}
		if rid == c.ID {
			return invalid("repeat_self", "repeat_of", nil, "a complaint cannot repeat itself")
		}
		ch.set("repeat_of", c.RepeatOf, rid)
		c.RepeatOf = &rid
		if c.Level != 0 && c.Level < 2 {
			ch.set("level", c.Level, 2)
			c.Level = 2
			recompute = true
		}
		ev(EventNote, "repeat of "+strings.ToUpper(p.RepeatOf))

	case ActEvidence:
		return forbidden("use_evidence", string(p.Action), nil, "evidence is added with AddEvidence")
	}

	if newStatus != c.Status {
		ch.set("status", string(c.Status), string(newStatus))
		events = append(events, Event{ComplaintID: c.ID, At: now, Kind: EventStatus, By: by,
			Summary: string(p.Action), FromStatus: c.Status, ToStatus: newStatus})
		c.Status = newStatus
		recompute = true
		if newStatus == StatusClosed {
			if err := s.scheduleFollowUp(ctx, tx, c); err != nil {
				return err
			}
		}
	}
	for _, e := range events {
		if _, err := addEvent(ctx, tx, e); err != nil {
			return err
		}
	}
	ch.set("updated_at", c.UpdatedAt.Unix(), now.Unix())
	if err := updateComplaint(ctx, tx, c.ID, &ch); err != nil {
		return err
	}
	if recompute {
		if err := s.recomputeDues(ctx, tx, c); err != nil {
			return err
		}
	}
	return audit(ctx, tx, now, "complaint", c.ID, string(p.Action), ch.audit)
}

func updateComplaint(ctx context.Context, tx *sql.Tx, id int64, ch *changes) error {
	if len(ch.cols) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE complaints SET `+strings.Join(ch.cols, ", ")+` WHERE id = ?`,
		append(ch.args, id)...)
	return err
}

// recomputeDues recalculates every deadline of complaint c from its state after a change.
func (s *Store) recomputeDues(ctx context.Context, tx *sql.Tx, c *Complaint) error {
	var lastContact sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT MAX(at) FROM events WHERE complaint_id = ?
		AND kind IN ('call', 'letter', 'visit', 'email') AND direction = 'out'`, c.ID).Scan(&lastContact); err != nil {
		return err
	}
	contact := c.ReceivedAt
	if lastContact.Valid && lastContact.Int64 > contact.Unix() {
		contact = time.Unix(lastContact.Int64, 0)
	}
	pol, err := s.policy(ctx, tx, c.Category, c.Level)
	if err != nil {
		return err
	}
	d := computeDues(s.Calendar(), pol, c, c.slaStart, contact)
	_, err = tx.ExecContext(ctx, `UPDATE complaints SET due_ack = ?, due_resolve = ?, due_progress = ?,
		due_followup = ?, due_unverified = ?, next_due = ? WHERE id = ?`, unixPtr(d.Ack), unixPtr(d.Resolve),
		unixPtr(d.Progress), unixPtr(d.FollowUp), d.Unverified, unixPtr(d.Next), c.ID)
	return err
}

// UpdateComplaint corrects the intake fields of a complaint (not its workflow state).
func (s *Store) UpdateComplaint(ctx context.Context, ref string, n NewComplaint) (*Complaint, error) {
	if err := n.Validate(); err != nil {
		return nil, fmt.Errorf("store: update %s: %w", ref, err)
	}
	var id int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		c, err := getComplaint(ctx, tx, "c.ref = ?", strings.ToUpper(strings.TrimSpace(ref)))
		if err != nil {
			return err
		}
		if !c.Status.Open() {
			return forbidden("closed", "update", map[string]any{"Status": string(c.Status)}, "the complaint is %s; reopen it first", c.Status)
		}
		id = c.ID
		var ch changes
		for _, f := range []struct {
			col       string
			old, new_ string
		}{{"subject", c.Subject, n.Subject}, {"description", c.Description, n.Description}, {"remedy", c.Remedy, n.Remedy},
			{"impact", c.Impact, n.Impact}, {"place", c.Place, n.Place}, {"channel", string(c.Channel), string(n.Channel)}} {
			if f.old != f.new_ {
				ch.set(f.col, f.old, f.new_)
			}
		}
		p := n.Complainant
		_, err = tx.ExecContext(ctx, `UPDATE complainants SET name = ?, company = ?, phone = ?, email = ?, address = ?,
			type = ? WHERE id = ?`, p.Name, p.Company, p.Phone, p.Email, p.Address, string(orOther(p.Type)), c.Complainant.ID)
		if err != nil {
			return err
		}
		ch.set("updated_at", c.UpdatedAt.Unix(), s.now(ctx).Unix())
		if err := updateComplaint(ctx, tx, id, &ch); err != nil {
			return err
		}
		if err := s.reindexComplainant(ctx, tx, c.Complainant.ID); err != nil {
			return err
		}
		ch.audit["complainant"] = p
		return audit(ctx, tx, s.now(ctx), "complaint", id, "update", ch.audit)
	})
	if err != nil {
		return nil, fmt.Errorf("store: update %s: %w", ref, err)
	}
	return s.ComplaintByID(ctx, id)
}

func orOther(t ComplainantType) ComplainantType {
	if t == "" {
		return TypeOther
	}
	return t
}

func (s *Store) reindexComplainant(ctx context.Context, tx *sql.Tx, complainantID int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM complaints WHERE complainant_id = ?`, complainantID)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		if err := s.indexComplaint(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}
