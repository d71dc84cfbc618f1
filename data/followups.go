package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"complaintdesk/data/calendar"
)

// FollowUp is a visit or call to a complainant after closing (seed 004 §4.8).
type FollowUp struct {
	ID           int64
	ComplaintID  int64
	Ref          string
	Complainant  string
	Subject      string
	Kind         string // "closing" (within 3 working days) or "quarterly" (35% sample)
	DueAt        time.Time
	DoneAt       *time.Time
	DoneBy       string
	Method       string
	Result       string
	Satisfaction int
}

func (s *Store) scheduleFollowUp(ctx context.Context, tx *sql.Conn, c *Complaint) error {
	pol, err := s.policy(ctx, tx, c.Category, c.Level)
	if err != nil {
		return err
	}
	spec, err := calendar.ParseSpec(pol.FollowUp)
	if err != nil {
		return err
	}
	due, _ := s.Calendar().Add(*c.ClosedAt, spec)
	_, err = tx.ExecContext(ctx, `INSERT INTO follow_ups (complaint_id, kind, due_at) VALUES (?, 'closing', ?)`, c.ID, due.Unix())
	return err
}

// FollowUps lists follow-ups; pending only when done is false. Oldest due first.
func (s *Store) FollowUps(ctx context.Context, pendingOnly bool, limit int) ([]FollowUp, error) {
	if limit <= 0 {
		limit = 500
	}
	rows, err := s.r.QueryContext(ctx, `SELECT f.id, f.complaint_id, c.ref, p.name, c.subject, f.kind, f.due_at,
		f.done_at, f.done_by, f.method, f.result, f.satisfaction
		FROM follow_ups f JOIN complaints c ON c.id = f.complaint_id JOIN complainants p ON p.id = c.complainant_id
		WHERE (? = 0 OR f.done_at IS NULL) ORDER BY f.done_at IS NOT NULL, f.due_at LIMIT ?`, pendingOnly, limit)
	if err != nil {
		return nil, fmt.Errorf("store: follow-ups: %w", err)
	}
	defer rows.Close()
	var out []FollowUp
	for rows.Next() {
		var f FollowUp
		var due int64
		var done sql.NullInt64
		if err := rows.Scan(&f.ID, &f.ComplaintID, &f.Ref, &f.Complainant, &f.Subject, &f.Kind, &due, &done,
			&f.DoneBy, &f.Method, &f.Result, &f.Satisfaction); err != nil {
			return nil, err
		}
		f.DueAt, f.DoneAt = time.Unix(due, 0), fromUnix(done)
		out = append(out, f)
	}
	return out, rows.Err()
}

// QuarterSample says how far the revisit sample of quarter q is drawn: how many complaints were
// closed in it, and how many of them are drawn for a revisit.
func (s *Store) QuarterSample(ctx context.Context, q Quarter) (closed, drawn int, err error) {
	from, to := q.Bounds(s.Calendar().Location())
	err = s.r.QueryRowContext(ctx, `SELECT COUNT(DISTINCT c.id), COUNT(DISTINCT f.complaint_id) FROM complaints c
		LEFT JOIN follow_ups f ON f.complaint_id = c.id AND f.kind = 'quarterly' AND f.due_at >= ?
		WHERE c.status = 'closed' AND c.closed_at >= ? AND c.closed_at < ?`, to.Unix(), from.Unix(), to.Unix()).
		Scan(&closed, &drawn)
	if err != nil {
		return 0, 0, fmt.Errorf("store: quarter sample: %w", err)
	}
	return closed, drawn, nil
}

// OverdueFollowUps counts the follow-ups not made by their due time.
func (s *Store) OverdueFollowUps(ctx context.Context) (int, error) {
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM follow_ups WHERE done_at IS NULL AND due_at < ?`,
		s.now(ctx).Unix()).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: overdue follow-ups: %w", err)
	}
	return n, nil
}

// RecordFollowUp records the outcome of a follow-up.
func (s *Store) RecordFollowUp(ctx context.Context, id int64, method, result string, satisfaction int) error {
	if err := checkText("result", result, MaxText, true); err != nil {
		return err
	}
	if err := checkText("method", method, MaxShort, false); err != nil {
		return err
	}
	if satisfaction < 0 || satisfaction > 5 {
		return invalid("rating_range", "rating", map[string]any{"Value": satisfaction}, "rating must be 1 to 5, got %d", satisfaction)
	}
	return s.write(ctx, func(tx *sql.Conn) error {
		var cid int64
		var done sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT complaint_id, done_at FROM follow_ups WHERE id = ?`, id).Scan(&cid, &done)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("follow-up", fmt.Sprint(id))
		}
		if err != nil {
			return err
		}
		if done.Valid {
			return forbidden("followup_done", "followup", nil, "this follow-up is already recorded")
		}
		now := s.now(ctx)
		if _, err := tx.ExecContext(ctx, `UPDATE follow_ups SET done_at = ?, done_by = ?, method = ?, result = ?,
			satisfaction = ? WHERE id = ?`, now.Unix(), Actor(ctx), method, result, satisfaction, id); err != nil {
			return err
		}
		if _, err := addEvent(ctx, tx, Event{ComplaintID: cid, At: now, Kind: EventFollowUp,
			Summary: followUpSummary(result, satisfaction), Contact: method, RefID: id}); err != nil {
			return err
		}
		return audit(ctx, tx, now, "follow_up", id, "record", map[string]any{"method": method, "result": result,
			"satisfaction": satisfaction})
	})
}

// QuarterlySample is the outcome of drawing a quarter's revisit sample.
type QuarterlySample struct {
	Drawn int       // complaints drawn for a revisit
	Pool  int       // complaints closed in the quarter and not drawn for it before
	Due   time.Time // when the revisits are due
}

// SampleQuarter draws the revisit sample of seed 004 §4.8 for quarter q: a share (35%) of the
// complaints closed in it, with the given seed, leaving out those drawn for it before, so that
// drawing again adds to the sample without visiting anyone twice. The revisits are due ten
// working days after the quarter ends, or after today when it ended before.
func (s *Store) SampleQuarter(ctx context.Context, q Quarter, share float64, seed uint64) (QuarterlySample, error) {
	var out QuarterlySample
	if share <= 0 || share > 1 {
		return out, invalid("share", "share", map[string]any{"Value": share}, "share must be in (0, 1]")
	}
	now := s.now(ctx)
	from, to := q.Bounds(s.Calendar().Location())
	if from.After(now) {
		return out, invalid("quarter_future", "quarter", map[string]any{"Quarter": q.String()}, "%s has not begun", q)
	}
	start := to
	if now.After(start) {
		start = now
	}
	out.Due, _ = s.Calendar().Add(start, calendar.Spec{N: 10, Unit: calendar.WorkingDays})
	err := s.write(ctx, func(tx *sql.Conn) error {
		// Revisits drawn for this quarter are due after its end, those of earlier quarters
		// before it: a complaint closed in it again after an earlier draw may be drawn again.
		ids, err := queryIDs(ctx, tx, `SELECT id FROM complaints WHERE status = 'closed' AND closed_at >= ?
			AND closed_at < ? AND id NOT IN (SELECT complaint_id FROM follow_ups WHERE kind = 'quarterly'
			AND due_at >= ?) ORDER BY id`, from.Unix(), to.Unix(), to.Unix())
		if err != nil {
			return err
		}
		out.Pool = len(ids)
		r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		r.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
		take := int(float64(len(ids))*share + 0.999999)
		if take > len(ids) {
			take = len(ids)
		}
		for _, id := range ids[:take] {
			if _, err := tx.ExecContext(ctx, `INSERT INTO follow_ups (complaint_id, kind, due_at) VALUES (?, 'quarterly', ?)`,
				id, out.Due.Unix()); err != nil {
				return err
			}
		}
		out.Drawn = take
		return audit(ctx, tx, now, "follow_up", 0, "sample", map[string]any{"quarter": q.String(), "share": share,
			"pool": out.Pool, "drawn": take})
	})
	if err != nil {
		return QuarterlySample{}, fmt.Errorf("store: quarterly sample: %w", err)
	}
	return out, nil
}
