package data

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"complaintdesk/data/contact"
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
	Department string   // code or name
	Handler    string   // user name or display name; "" keeps the current one
	Involved   []string // the other departments involved (codes or names); nil keeps them, empty clears

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

func (ch *changes) record(col string, old, new any) {
	ch.cols = append(ch.cols, col+" = ?")
	ch.args = append(ch.args, new)
	if ch.audit == nil {
		ch.audit = map[string]any{}
	}
	ch.audit[col] = []any{old, new}
}

// set records column col changing from *field to v and applies v to the in-memory complaint,
// so that the complaint stays exactly what the database will hold.
func set[T comparable](ch *changes, col string, field *T, v T) {
	ch.record(col, dbValue(*field), dbValue(v))
	*field = v
}

// dbValue converts a domain value to what the database stores.
func dbValue(v any) any {
	switch x := v.(type) {
	case *time.Time:
		return unixPtr(x)
	case time.Time:
		return unix(x)
	case Status:
		return string(x)
	case *int64:
		if x == nil {
			return nil
		}
		return *x
	}
	return v
}

// Act applies one workflow action to the complaint ref and returns it as it is afterwards.
// Nothing is written when the action is refused.
func (s *Store) Act(ctx context.Context, ref string, p ActParams) (*Complaint, error) {
	var id int64
	err := s.write(ctx, func(tx *sql.Conn) error {
		c, err := getComplaint(ctx, tx, "c.ref = ?", strings.ToUpper(strings.TrimSpace(ref)))
		if err != nil {
			return err
		}
		id = c.ID
		return s.act(ctx, tx, c, p, nil)
	})
	if err != nil {
		return nil, fmt.Errorf("store: %s %s: %w", p.Action, ref, err)
	}
	return s.ComplaintByID(ctx, id)
}

// act applies p to c inside tx; c is updated in memory to match what is written. The update of
// the complaint's row is written at once, or, with pending, merged into it for the caller to
// write (a batch writes one update for a run of actions on one complaint).
func (s *Store) act(ctx context.Context, tx *sql.Conn, c *Complaint, p ActParams, pending *changes) error {
	if p.Action == ActRate && (p.Rating < 1 || p.Rating > 5) {
		_, err := Rate(c, p.Rating)
		return err
	}
	if err := Check(c, p.Action); err != nil {
		return err
	}
	now := s.now(ctx)
	nowp := &now
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
		set(&ch, "acknowledged_at", &c.AcknowledgedAt, nowp)

	case ActAssess:
		if p.Level < 1 || p.Level > 3 {
			return invalid("level_range", "level", map[string]any{"Value": p.Level}, "level must be 1, 2 or 3, got %d", p.Level)
		}
		if min := MinLevel(c); p.Level < min {
			return invalid("repeat_level", "level", map[string]any{"Min": min},
				"a repeat complaint is at least level %d", min)
		}
		cat, err := resolveCode(ctx, tx, "categories", "category", p.Category, c.Category)
		if err != nil {
			return err
		}
		if err := checkText("urgency", p.Urgency, MaxShort, false); err != nil {
			return err
		}
		if p.Invalid {
			if err := checkText("reason", p.Reason, MaxText, true); err != nil {
				return err
			}
			newStatus = StatusInvalid
			set(&ch, "valid", &c.Valid, false)
			set(&ch, "invalid_reason", &c.InvalidReason, p.Reason)
			set(&ch, "closed_at", &c.ClosedAt, nowp)
		} else if !c.Valid {
			set(&ch, "valid", &c.Valid, true)
			set(&ch, "invalid_reason", &c.InvalidReason, "")
		}
		set(&ch, "category", &c.Category, cat)
		set(&ch, "level", &c.Level, p.Level)
		set(&ch, "urgency", &c.Urgency, p.Urgency)
		set(&ch, "assessed_at", &c.AssessedAt, nowp)
		recompute = true
		summary := fmt.Sprintf("category %s, level %d", cat, p.Level)
		if p.Invalid {
			summary += ", invalid: " + p.Reason
		}
		ev(EventAssessment, summary)

	case ActAssign:
		dept, err := resolveCode(ctx, tx, "departments", "department", p.Department, c.Department)
		if err != nil {
			return err
		}
		handler := c.Handler
		if p.Handler != "" {
			if handler, err = resolveUser(ctx, tx, p.Handler, c.Handler); err != nil {
				return err
			}
		}
		involved := c.Involved
		if p.Involved != nil {
			if involved, err = resolveInvolved(ctx, tx, p.Involved, c.Involved); err != nil {
				return err
			}
		}
		involved = slices.DeleteFunc(slices.Clone(involved), func(d string) bool { return d == dept })
		set(&ch, "department", &c.Department, dept)
		set(&ch, "handler", &c.Handler, handler)
		if was, is := strings.Join(c.Involved, " "), strings.Join(involved, " "); was != is {
			ch.record("involved", was, is)
			c.Involved = involved
		}
		ev(EventAssignment, assignmentSummary(dept, handler, involved))

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
		if dir == DirOut && at.After(c.lastContact) {
			set(&ch, "last_contact", &c.lastContact, at)
			recompute = true // the weekly progress contact restarts
		}
		if c.HasNewReply {
			set(&ch, "has_new_reply", &c.HasNewReply, false)
		}

	case ActHandling:
		h := p.Handling
		fields := []struct {
			col   string
			field *string
			v     string
		}{{"investigation", &c.Investigation, h.Investigation}, {"root_cause", &c.RootCause, h.RootCause},
			{"responsible_party", &c.ResponsibleParty, h.ResponsibleParty}, {"solution", &c.Solution, h.Solution},
			{"prevention", &c.Prevention, h.Prevention}}
		for _, f := range fields {
			if err := checkText(f.col, f.v, MaxText, false); err != nil {
				return err
			}
		}
		for _, f := range fields {
			if *f.field != f.v {
				set(&ch, f.col, f.field, f.v)
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
		set(&ch, "result", &c.Result, p.Text)
		set(&ch, "resolved_at", &c.ResolvedAt, nowp)
		ev(EventNote, "result: "+p.Text)

	case ActRate:
		out, err := Rate(c, p.Rating)
		if err != nil {
			return err
		}
		set(&ch, "satisfaction", &c.Satisfaction, p.Rating)
		ev(EventRating, fmt.Sprintf("satisfaction %d", p.Rating))
		if !out.Satisfied {
			summary := fmt.Sprintf("dissatisfied (%d): level %d -> %d", p.Rating, c.Level, out.Level)
			if out.ManagementMeeting && !c.ManagementMeeting {
				summary += ", referred to the management meeting"
			}
			newStatus = out.Status
			set(&ch, "level", &c.Level, out.Level)
			set(&ch, "management_meeting", &c.ManagementMeeting, out.ManagementMeeting)
			set(&ch, "sla_start", &c.slaStart, now)
			set(&ch, "resolved_at", &c.ResolvedAt, nil)
			ev(EventEscalation, summary)
			recompute = true
		}

	case ActEscalate:
		if err := checkText("reason", p.Reason, MaxText, true); err != nil {
			return err
		}
		level, meeting := Escalate(c.Level)
		summary := fmt.Sprintf("level %d -> %d: %s", c.Level, level, p.Reason)
		if meeting {
			summary = "referred to the management meeting: " + p.Reason
			set(&ch, "management_meeting", &c.ManagementMeeting, true)
		}
		set(&ch, "level", &c.Level, level)
		recompute = true
		ev(EventEscalation, summary)

	case ActClose:
		if p.NoRatingReason != "" {
			if err := checkText("no_rating_reason", p.NoRatingReason, MaxText, false); err != nil {
				return err
			}
			set(&ch, "no_rating_reason", &c.NoRatingReason, p.NoRatingReason)
			if c.Satisfaction < 1 || c.Satisfaction > 3 {
				set(&ch, "satisfaction", &c.Satisfaction, 0)
			}
		}
		if err := Check(c, ActClose); err != nil {
			return err
		}
		set(&ch, "closed_at", &c.ClosedAt, nowp)
		recompute = true

	case ActReplyRead:
		if err := checkText("text", p.Text, MaxText, false); err != nil {
			return err
		}
		set(&ch, "has_new_reply", &c.HasNewReply, false)
		ev(EventNote, replyReadSummary(p.Text))

	case ActReopen:
		if err := checkText("reason", p.Reason, MaxText, true); err != nil {
			return err
		}
		set(&ch, "closed_at", &c.ClosedAt, nil)
		set(&ch, "resolved_at", &c.ResolvedAt, nil)
		set(&ch, "sla_start", &c.slaStart, now)
		if !c.Valid {
			set(&ch, "valid", &c.Valid, true)
		}
		recompute = true
		ev(EventNote, "reopened: "+p.Reason)
		if _, err := tx.ExecContext(ctx, `DELETE FROM follow_ups WHERE complaint_id = ? AND done_at IS NULL`, c.ID); err != nil {
			return err
		}

	case ActRepeat:
		rid, ref, err := findComplaint(ctx, tx, p.RepeatOf)
		if err != nil {
			return err
		}
		if rid == c.ID {
			return invalid("repeat_self", "repeat_of", nil, "a complaint cannot repeat itself")
		}
		set(&ch, "repeat_of", &c.RepeatOf, &rid)
		c.RepeatOfRef = ref
		if c.Level != 0 && c.Level < 2 {
			set(&ch, "level", &c.Level, 2)
			recompute = true
		}
		ev(EventNote, "repeat of "+ref)

	case ActEvidence:
		return forbidden("use_evidence", string(p.Action), nil, "evidence is added with AddEvidence")
	}

	if newStatus != c.Status {
		events = append(events, Event{ComplaintID: c.ID, At: now, Kind: EventStatus, By: by,
			Summary: string(p.Action), FromStatus: c.Status, ToStatus: newStatus})
		set(&ch, "status", &c.Status, newStatus)
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
	set(&ch, "updated_at", &c.UpdatedAt, now)
	if err := audit(ctx, tx, now, "complaint", c.ID, string(p.Action), ch.audit); err != nil {
		return err
	}
	if recompute {
		if err := s.recomputeDues(ctx, tx, c, &ch); err != nil {
			return err
		}
	}
	if pending != nil {
		pending.merge(&ch)
		return nil
	}
	return updateComplaint(ctx, tx, c.ID, &ch)
}

// merge adds o's column updates to ch; a column set in both takes o's value.
func (ch *changes) merge(o *changes) {
next:
	for i, col := range o.cols {
		for j, have := range ch.cols {
			if have == col {
				ch.args[j] = o.args[i]
				continue next
			}
		}
		ch.cols = append(ch.cols, col)
		ch.args = append(ch.args, o.args[i])
	}
}

func updateComplaint(ctx context.Context, tx *sql.Conn, id int64, ch *changes) error {
	if len(ch.cols) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE complaints SET `+strings.Join(ch.cols, ", ")+` WHERE id = ?`,
		append(ch.args, id)...)
	return err
}

// recomputeDues recalculates every deadline of complaint c from its state after a change and
// adds them to ch.
func (s *Store) recomputeDues(ctx context.Context, tx *sql.Conn, c *Complaint, ch *changes) error {
	pol, err := s.policy(ctx, tx, c.Category, c.Level)
	if err != nil {
		return err
	}
	d := computeDues(s.Calendar(), pol, c, c.slaStart, c.lastContact)
	set(ch, "due_ack", &c.DueAck, d.Ack)
	set(ch, "due_resolve", &c.DueResolve, d.Resolve)
	set(ch, "due_progress", &c.DueProgress, d.Progress)
	set(ch, "due_followup", &c.DueFollowUp, d.FollowUp)
	set(ch, "due_unverified", &c.DueUnverified, d.Unverified)
	set(ch, "next_due", &c.NextDue, d.Next)
	return nil
}

// UpdateComplaint corrects the intake fields of a complaint (not its workflow state).
func (s *Store) UpdateComplaint(ctx context.Context, ref string, n NewComplaint) (*Complaint, error) {
	if err := n.Validate(); err != nil {
		return nil, fmt.Errorf("store: update %s: %w", ref, err)
	}
	var id int64
	err := s.write(ctx, func(tx *sql.Conn) error {
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
			col   string
			field *string
			v     string
		}{{"subject", &c.Subject, n.Subject}, {"description", &c.Description, n.Description}, {"remedy", &c.Remedy, n.Remedy},
			{"impact", &c.Impact, n.Impact}, {"place", &c.Place, n.Place}} {
			if *f.field != f.v {
				set(&ch, f.col, f.field, f.v)
			}
		}
		if c.Channel != n.Channel {
			set(&ch, "channel", &c.Channel, n.Channel)
		}
		var corrected []string
		for _, f := range []string{"subject", "description", "remedy", "impact", "place", "channel"} {
			if _, ok := ch.audit[f]; ok {
				corrected = append(corrected, f)
			}
		}
		p := n.Complainant
		p.Type = orOther(p.Type)
		was := c.Complainant
		people := map[string]any{}
		for _, f := range []struct {
			name     string
			old, new string
		}{{"name", was.Name, p.Name}, {"company", was.Company, p.Company}, {"phone", was.Phone, p.Phone},
			{"email", was.Email, p.Email}, {"address", was.Address, p.Address}, {"type", string(was.Type), string(p.Type)}} {
			if f.old != f.new {
				people[f.name] = []string{f.old, f.new}
				corrected = append(corrected, f.name)
			}
		}
		_, err = tx.ExecContext(ctx, `UPDATE complainants SET name = ?, company = ?, phone = ?, phone_key = ?, email = ?,
			address = ?, type = ? WHERE id = ?`, p.Name, p.Company, p.Phone, contact.PhoneKey(p.Phone), p.Email, p.Address,
			string(p.Type), c.Complainant.ID)
		if err != nil {
			return err
		}
		set(&ch, "updated_at", &c.UpdatedAt, s.now(ctx))
		if err := updateComplaint(ctx, tx, id, &ch); err != nil {
			return err
		}
		if err := s.reindexComplainant(ctx, tx, c.Complainant.ID); err != nil {
			return err
		}
		// The timeline says which fields were corrected; the audit trail keeps what they were.
		if len(corrected) > 0 {
			if _, err := addEvent(ctx, tx, Event{ComplaintID: id, At: s.now(ctx), Kind: EventNote,
				Summary: correctedSummary(corrected)}); err != nil {
				return err
			}
		}
		if len(people) > 0 {
			ch.audit["complainant"] = people
		}
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

func (s *Store) reindexComplainant(ctx context.Context, tx *sql.Conn, complainantID int64) error {
	ids, err := queryIDs(ctx, tx, `SELECT id FROM complaints WHERE complainant_id = ? ORDER BY id`, complainantID)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := s.indexComplaint(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// queryIDs reads a one-column list of ids.
func queryIDs(ctx context.Context, q querier, query string, args ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
