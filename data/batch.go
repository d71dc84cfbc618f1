package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Batch runs many changes in one transaction: bulk imports and demo data. Either all of them
// are written or none.
type Batch struct {
	s       *Store
	tx      *sql.Conn
	last    *Complaint // the complaint the previous Act left, as it will be written
	pending changes    // its row's update, written when the batch moves on
}

// Batch calls fn with a batch; any error rolls everything back.
func (s *Store) Batch(ctx context.Context, fn func(b *Batch) error) error {
	err := s.write(ctx, func(tx *sql.Conn) error {
		b := &Batch{s: s, tx: tx}
		if err := fn(b); err != nil {
			return err
		}
		return b.flush(ctx)
	})
	if err != nil {
		return fmt.Errorf("store: batch: %w", err)
	}
	return nil
}

// Create registers a complaint and returns its reference number.
func (b *Batch) Create(ctx context.Context, n NewComplaint) (string, error) {
	if err := b.flush(ctx); err != nil {
		return "", err
	}
	c, err := b.s.createComplaint(ctx, b.tx, n)
	if err != nil {
		return "", err
	}
	// The next actions on this complaint start from it as written, without reading it back.
	b.last = c
	return c.Ref, nil
}

// Act applies a workflow action, as Store.Act does.
func (b *Batch) Act(ctx context.Context, ref string, p ActParams) error {
	ref = strings.ToUpper(strings.TrimSpace(ref))
	c := b.last
	if c == nil || c.Ref != ref {
		if err := b.flush(ctx); err != nil {
			return err
		}
		var err error
		if c, err = getComplaint(ctx, b.tx, "c.ref = ?", ref); err != nil {
			return err
		}
	}
	// A failed action fails the whole batch, so what it left in pending is never written.
	b.last = c
	return b.s.act(ctx, b.tx, c, p, &b.pending)
}

// AddEvidence attaches a file to a complaint, as Store.AddEvidence does.
func (b *Batch) AddEvidence(ctx context.Context, ref string, e NewEvidence) error {
	if err := b.flush(ctx); err != nil {
		return err
	}
	c, err := getComplaint(ctx, b.tx, "c.ref = ?", strings.ToUpper(strings.TrimSpace(ref)))
	if err != nil {
		return err
	}
	if err := evidenceAllowed(c); err != nil {
		return err
	}
	_, err = b.s.addEvidence(ctx, b.tx, c.ID, e)
	return err
}

// flush writes the pending update of the last complaint acted on.
func (b *Batch) flush(ctx context.Context) error {
	if b.last == nil {
		return nil
	}
	err := updateComplaint(ctx, b.tx, b.last.ID, &b.pending)
	b.last, b.pending = nil, changes{}
	return err
}

// RecordFollowUps records every pending follow-up of a complaint, as RecordFollowUp does.
func (b *Batch) RecordFollowUps(ctx context.Context, ref, method, result string, satisfaction int) error {
	if err := b.flush(ctx); err != nil {
		return err
	}
	id, err := complaintIDByRef(ctx, b.tx, ref)
	if err != nil {
		return err
	}
	now := b.s.now(ctx)
	pending, err := queryIDs(ctx, b.tx, `SELECT id FROM follow_ups WHERE complaint_id = ? AND done_at IS NULL ORDER BY id`, id)
	if err != nil {
		return err
	}
	for _, fid := range pending {
		if _, err := b.tx.ExecContext(ctx, `UPDATE follow_ups SET done_at = ?, done_by = ?, method = ?, result = ?,
			satisfaction = ? WHERE id = ?`, now.Unix(), Actor(ctx), method, result, satisfaction, fid); err != nil {
			return err
		}
		if _, err := addEvent(ctx, b.tx, Event{ComplaintID: id, At: now, Kind: EventFollowUp,
			Summary: followUpSummary(result, satisfaction), Contact: method, RefID: fid}); err != nil {
			return err
		}
		if err := audit(ctx, b.tx, now, "follow_up", fid, "record", map[string]any{"method": method, "result": result,
			"satisfaction": satisfaction}); err != nil {
			return err
		}
	}
	return nil
}
