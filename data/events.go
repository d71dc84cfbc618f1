package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

func addEvent(ctx context.Context, tx *sql.Conn, e Event) (int64, error) {
	if e.By == "" {
		e.By = Actor(ctx)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO events (complaint_id, at, kind, by_user, summary, direction,
		contact, duration_s, from_status, to_status, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.ComplaintID, e.At.Unix(), string(e.Kind), e.By, e.Summary, string(e.Direction), e.Contact,
		int64(e.Duration/time.Second), string(e.FromStatus), string(e.ToStatus), e.RefID)
	if err != nil {
		return 0, fmt.Errorf("add event: %w", err)
	}
	return res.LastInsertId()
}

// Events lists a complaint's timeline, newest first.
func (s *Store) Events(ctx context.Context, complaintID int64) ([]Event, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, complaint_id, at, kind, by_user, summary, direction, contact,
		duration_s, from_status, to_status, ref_id FROM events WHERE complaint_id = ? ORDER BY at DESC, id DESC`, complaintID)
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var at, dur int64
		var kind, dir, from, to string
		if err := rows.Scan(&e.ID, &e.ComplaintID, &at, &kind, &e.By, &e.Summary, &dir, &e.Contact, &dur,
			&from, &to, &e.RefID); err != nil {
			return nil, fmt.Errorf("store: events: %w", err)
		}
		e.At, e.Kind, e.Direction = time.Unix(at, 0), EventKind(kind), Direction(dir)
		e.Duration, e.FromStatus, e.ToStatus = time.Duration(dur)*time.Second, Status(from), Status(to)
		out = append(out, e)
	}
	return out, rows.Err()
}

// audit writes one audit row; changes is marshalled to JSON.
func audit(ctx context.Context, tx *sql.Conn, at time.Time, entity string, id int64, action string, changes any) error {
	b, err := json.Marshal(changes)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO audit (at, user_name, entity, entity_id, action, changes)
		VALUES (?, ?, ?, ?, ?, ?)`, at.Unix(), Actor(ctx), entity, id, action, string(b))
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// Audit lists the audit trail of one entity (entity "" = all), newest first.
func (s *Store) Audit(ctx context.Context, entity string, id int64, limit int) ([]AuditEntry, error) {
	f := AuditFilter{Entity: entity, Limit: limit}
	if entity != "" {
		f.EntityID = &id
	}
	return s.AuditTrail(ctx, f)
}

// AuditFilter selects rows of the audit trail; zero fields select everything.
type AuditFilter struct {
	Entity   string // complaint, letter, evidence, follow_up, user, setting, mail_message, …
	EntityID *int64 // with Entity: one record
	// ComplaintID selects the rows of one complaint: its own, and those of its files, letters,
	// letter/reply pairs, follow-ups and mail.
	ComplaintID int64
	User        string // who made the change
	From, To    time.Time
	Before      int64 // only rows older than this one (its ID): the next page of a listing
	Limit       int   // default 200
}

// AuditTrail lists the rows of the audit trail f selects, newest first.
func (s *Store) AuditTrail(ctx context.Context, f AuditFilter) ([]AuditEntry, error) {
	if f.Limit <= 0 {
		f.Limit = 200
	}
	var where []string
	var args []any
	if f.Entity != "" {
		if f.EntityID != nil {
			where, args = append(where, "entity = ?", "entity_id = ?"), append(args, f.Entity, *f.EntityID)
		} else if f.Entity == "complaint" {
			// Newest first by id, not through the index: most rows are complaints', which the
			// index would gather and sort; the rows of the other kinds are few.
			where, args = append(where, "+entity = ?"), append(args, f.Entity)
		} else {
			where, args = append(where, "entity = ?"), append(args, f.Entity)
		}
	}
	if id := f.ComplaintID; id != 0 {
		// A pairing undone is gone from its table: its rows name the complaint themselves.
		where = append(where, `(entity = 'complaint' AND entity_id = ?
			OR entity = 'evidence' AND entity_id IN (SELECT id FROM evidence WHERE complaint_id = ?)
			OR entity = 'letter' AND entity_id IN (SELECT id FROM letters WHERE complaint_id = ?)
			OR entity = 'follow_up' AND entity_id IN (SELECT id FROM follow_ups WHERE complaint_id = ?)
			OR entity = 'mail_message' AND entity_id IN (SELECT id FROM mail_messages WHERE complaint_id = ?)
			OR entity = 'letter_pair' AND json_valid(changes) AND json_extract(changes, '$.complaint_id') = ?)`)
		args = append(args, id, id, id, id, id, id)
	}
	if f.User != "" {
		where, args = append(where, "user_name = ?"), append(args, f.User)
	}
	if !f.From.IsZero() {
		where, args = append(where, "at >= ?"), append(args, f.From.Unix())
	}
	if !f.To.IsZero() {
		where, args = append(where, "at < ?"), append(args, f.To.Unix())
	}
	if f.Before > 0 {
		where, args = append(where, "id < ?"), append(args, f.Before)
	}
	q := `SELECT id, at, user_name, entity, entity_id, action, changes FROM audit`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	// The rows first, then the complaint each concerns: a complaint's rows name it by id, those
	// of its letters, evidence and mail by complaint_id.
	q = `SELECT a.id, a.at, a.user_name, a.entity, a.entity_id, a.action, a.changes, COALESCE(c.ref, '')
		FROM (` + q + ` ORDER BY id DESC LIMIT ?) a LEFT JOIN complaints c ON c.id = CASE WHEN a.entity = 'complaint'
			THEN a.entity_id WHEN json_valid(a.changes) THEN json_extract(a.changes, '$.complaint_id') END
		ORDER BY a.id DESC`
	rows, err := s.r.QueryContext(ctx, q, append(args, f.Limit)...)
	if err != nil {
		return nil, fmt.Errorf("store: audit: %w", err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var a AuditEntry
		var at int64
		if err := rows.Scan(&a.ID, &at, &a.User, &a.Entity, &a.EntityID, &a.Action, &a.Changes, &a.Ref); err != nil {
			return nil, fmt.Errorf("store: audit: %w", err)
		}
		a.At = time.Unix(at, 0)
		out = append(out, a)
	}
	return out, rows.Err()
}
