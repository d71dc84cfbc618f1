package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// MaxEvidence is the largest file accepted as evidence.
const MaxEvidence = 100 << 20

// putBlob stores bytes once per sha256 and returns the hex digest.
func putBlob(ctx context.Context, tx *sql.Conn, b []byte) (string, error) {
	return putBlobSum(ctx, tx, blobSum(b), b)
}

func blobSum(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// putBlobSum is putBlob with the sum worked out ahead.
func putBlobSum(ctx context.Context, tx *sql.Conn, h string, b []byte) (string, error) {
	if b == nil {
		// No bytes at all (an empty attached file) are stored as such: the driver writes nil
		// as NULL.
		b = []byte{}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)
		ON CONFLICT (sha256) DO NOTHING`, h, len(b), b); err != nil {
		return "", fmt.Errorf("store blob: %w", err)
	}
	return h, nil
}

// Blob reads stored bytes by sha256.
func (s *Store) Blob(ctx context.Context, sha string) ([]byte, error) {
	var b []byte
	err := s.r.QueryRowContext(ctx, `SELECT data FROM blobs WHERE sha256 = ?`, sha).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: blob: %w", notFound("file", sha))
	}
	if err != nil {
		return nil, fmt.Errorf("store: blob: %w", err)
	}
	return b, nil
}

// BlobStart is the first n bytes of a stored file, read without the rest: enough for the header
// of a message attached to another.
func (s *Store) BlobStart(ctx context.Context, sha string, n int) ([]byte, error) {
	var b []byte
	err := s.r.QueryRowContext(ctx, `SELECT substr(data, 1, ?) FROM blobs WHERE sha256 = ?`, n, sha).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: blob: %w", notFound("file", sha))
	}
	if err != nil {
		return nil, fmt.Errorf("store: blob: %w", err)
	}
	return b, nil
}

// NewEvidence is a file to attach to a complaint.
type NewEvidence struct {
	Filename    string
	ContentType string // sniffed when empty
	Data        []byte
	Note        string
	stored      string // the blobSum of Data when the blob is already stored in this transaction
}

// AddEvidence attaches a file to a complaint; the same bytes twice on one case are stored once.
func (s *Store) AddEvidence(ctx context.Context, ref string, e NewEvidence) (*Evidence, error) {
	var id int64
	err := s.write(ctx, func(tx *sql.Conn) error {
		c, err := evidenceCase(ctx, tx, ref)
		if err != nil {
			return err
		}
		id, err = s.addEvidence(ctx, tx, c.ID, e)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: add evidence to %s: %w", ref, err)
	}
	return s.evidenceByID(ctx, id)
}

// RemoveEvidence takes a file attached by mistake (to the wrong case, or the wrong file) off an
// open complaint, for the reason given: the case, its dossier and its export no longer show it,
// and its timeline says who removed it, when and why. The file stays in the store; attached
// again, it is restored. A file filed as the letter a reply answers is refused until that
// pairing is undone (evidence_paired).
func (s *Store) RemoveEvidence(ctx context.Context, ref string, evidenceID int64, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return invalid("required", "reason", nil, "remove evidence: a reason is required")
	}
	if err := checkText("reason", reason, MaxText, true); err != nil {
		return err
	}
	err := s.write(ctx, func(tx *sql.Conn) error {
		c, err := evidenceCase(ctx, tx, ref)
		if err != nil {
			return err
		}
		var name, sha string
		err = tx.QueryRowContext(ctx, `SELECT filename, sha256 FROM evidence WHERE id = ? AND complaint_id = ? AND removed_at IS NULL`,
			evidenceID, c.ID).Scan(&name, &sha)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("evidence", fmt.Sprint(evidenceID))
		}
		if err != nil {
			return err
		}
		var paired int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM letter_pairs WHERE evidence_id = ?`, evidenceID).Scan(&paired); err != nil {
			return err
		}
		if paired > 0 {
			return invalid("evidence_paired", "evidence", map[string]any{"Value": name},
				"the file %q is filed with a reply as the letter it answers: undo the pairing first", name)
		}
		now := s.now(ctx)
		if _, err := tx.ExecContext(ctx, `UPDATE evidence SET removed_at = ?, removed_by = ?, removed_reason = ? WHERE id = ?`,
			now.Unix(), Actor(ctx), reason, evidenceID); err != nil {
			return err
		}
		if _, err := addEvent(ctx, tx, Event{ComplaintID: c.ID, At: now, Kind: EventNote,
			Summary: evidenceRemovedSummary(name, reason), RefID: evidenceID}); err != nil {
			return err
		}
		return audit(ctx, tx, now, "evidence", evidenceID, "remove", map[string]any{"complaint_id": c.ID,
			"filename": name, "sha256": sha, "reason": reason})
	})
	if err != nil {
		return fmt.Errorf("store: remove evidence from %s: %w", ref, err)
	}
	return nil
}

// tooLarge refuses a file larger than evidence may be.
func tooLarge(name string) error {
	return invalid("file_too_large", "file", map[string]any{"Value": name, "Max": MaxEvidence >> 20},
		"the file %q is larger than %d MB", name, MaxEvidence>>20)
}

// EvidenceFile reads a file from the disk to attach to a complaint, named by its base name. A
// file too large to keep is refused before it is read.
func EvidenceFile(path string) (NewEvidence, error) {
	name := filepath.Base(path)
	info, err := os.Stat(path)
	if err == nil && info.Size() > MaxEvidence {
		return NewEvidence{}, tooLarge(name)
	}
	var b []byte
	if err == nil {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return NewEvidence{}, invalid("file_unreadable", "file", map[string]any{"Value": name, "Error": err.Error()},
			"the file %q cannot be read: %v", name, err)
	}
	return NewEvidence{Filename: name, Data: b}, nil
}

// RemovedEvidence is a file taken off a complaint: who took it off, when and why.
type RemovedEvidence struct {
	Evidence
	RemovedAt time.Time
	RemovedBy string
	Reason    string
}

// RemovedEvidence lists the files taken off a complaint, the latest removed first.
func (s *Store) RemovedEvidence(ctx context.Context, complaintID int64) ([]RemovedEvidence, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+evidenceColumns+`, e.removed_at, e.removed_by, e.removed_reason
		FROM evidence e JOIN blobs b ON b.sha256 = e.sha256 WHERE e.complaint_id = ? AND e.removed_at IS NOT NULL
		ORDER BY e.removed_at DESC, e.id DESC`, complaintID)
	if err != nil {
		return nil, fmt.Errorf("store: removed evidence: %w", err)
	}
	defer rows.Close()
	var out []RemovedEvidence
	for rows.Next() {
		var r RemovedEvidence
		var removed int64
		e, err := scanEvidence(rows, &removed, &r.RemovedBy, &r.Reason)
		if err != nil {
			return nil, fmt.Errorf("store: removed evidence: %w", err)
		}
		r.Evidence, r.RemovedAt = *e, time.Unix(removed, 0)
		out = append(out, r)
	}
	return out, rows.Err()
}

// RestoreEvidence puts a file taken off an open complaint back on it, as it was: a removal made
// by mistake is undone without the file at hand. The timeline lists it as added again.
func (s *Store) RestoreEvidence(ctx context.Context, ref string, evidenceID int64) error {
	err := s.write(ctx, func(tx *sql.Conn) error {
		c, err := evidenceCase(ctx, tx, ref)
		if err != nil {
			return err
		}
		var name string
		err = tx.QueryRowContext(ctx, `SELECT filename FROM evidence WHERE id = ? AND complaint_id = ? AND removed_at IS NOT NULL`,
			evidenceID, c.ID).Scan(&name)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("evidence", fmt.Sprint(evidenceID))
		}
		if err != nil {
			return err
		}
		now := s.now(ctx)
		if _, err := tx.ExecContext(ctx, `UPDATE evidence SET removed_at = NULL, removed_by = '', removed_reason = '' WHERE id = ?`,
			evidenceID); err != nil {
			return err
		}
		if _, err := addEvent(ctx, tx, Event{ComplaintID: c.ID, At: now, Kind: EventEvidence, Summary: name, RefID: evidenceID}); err != nil {
			return err
		}
		return audit(ctx, tx, now, "evidence", evidenceID, "restore", map[string]any{"complaint_id": c.ID, "filename": name})
	})
	if err != nil {
		return fmt.Errorf("store: restore evidence to %s: %w", ref, err)
	}
	return nil
}

// evidenceCase is the complaint ref names, when its files may change: it is open.
func evidenceCase(ctx context.Context, tx *sql.Conn, ref string) (*Complaint, error) {
	c, err := getComplaint(ctx, tx, "c.ref = ?", strings.ToUpper(strings.TrimSpace(ref)))
	if err != nil {
		return nil, err
	}
	return c, evidenceAllowed(c)
}

// evidenceAllowed refuses evidence for a complaint no longer open.
func evidenceAllowed(c *Complaint) error {
	if !c.Status.Open() {
		return forbidden("transition", "evidence", map[string]any{"Action": "evidence", "Status": string(c.Status)},
			"evidence: not allowed while the complaint is %s", c.Status)
	}
	return nil
}

func (s *Store) addEvidence(ctx context.Context, tx *sql.Conn, complaintID int64, e NewEvidence) (int64, error) {
	name := strings.TrimSpace(filepath.Base(strings.ReplaceAll(e.Filename, "\\", "/")))
	if name == "" || name == "." || name == "/" {
		return 0, invalid("required", "filename", nil, "filename is required")
	}
	if err := checkText("filename", name, MaxShort, true); err != nil {
		return 0, err
	}
	if len(e.Data) == 0 {
		return 0, invalid("empty_file", "file", map[string]any{"Value": name}, "the file %q is empty", name)
	}
	if len(e.Data) > MaxEvidence {
		return 0, tooLarge(name)
	}
	if err := checkText("note", e.Note, MaxText, false); err != nil {
		return 0, err
	}
	ct := e.ContentType
	if ct == "" {
		ct = http.DetectContentType(e.Data)
	}
	sha := e.stored
	if sha == "" {
		var err error
		if sha, err = putBlob(ctx, tx, e.Data); err != nil {
			return 0, err
		}
	}
	var id int64
	var removed sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT id, removed_at FROM evidence WHERE complaint_id = ? AND sha256 = ?`,
		complaintID, sha).Scan(&id, &removed)
	if err == nil && !removed.Valid {
		return id, nil
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	now := s.now(ctx)
	if removed.Valid {
		// A file removed from the case and attached again: restored, as it is now named.
		_, err = tx.ExecContext(ctx, `UPDATE evidence SET filename = ?, content_type = ?, note = ?, added_by = ?, added_at = ?,
			removed_at = NULL, removed_by = '', removed_reason = '' WHERE id = ?`, name, ct, e.Note, Actor(ctx), now.Unix(), id)
		if err != nil {
			return 0, err
		}
	} else {
		res, err := tx.ExecContext(ctx, `INSERT INTO evidence (complaint_id, filename, content_type, sha256, note, added_by, added_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, complaintID, name, ct, sha, e.Note, Actor(ctx), now.Unix())
		if err != nil {
			return 0, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, err
		}
	}
	if _, err := addEvent(ctx, tx, Event{ComplaintID: complaintID, At: now, Kind: EventEvidence,
		Summary: name, RefID: id}); err != nil {
		return 0, err
	}
	return id, audit(ctx, tx, now, "evidence", id, "add", map[string]any{"complaint_id": complaintID,
		"filename": name, "sha256": sha, "size": len(e.Data)})
}

const evidenceColumns = `e.id, e.complaint_id, e.filename, e.content_type, b.size, e.sha256, e.note, e.added_by, e.added_at`

// scanEvidence reads a row of evidenceColumns, and into extra the columns selected after them.
func scanEvidence(sc scanner, extra ...any) (*Evidence, error) {
	var e Evidence
	var at int64
	dest := append([]any{&e.ID, &e.ComplaintID, &e.Filename, &e.ContentType, &e.Size, &e.SHA256, &e.Note, &e.AddedBy, &at}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return nil, err
	}
	e.AddedAt = time.Unix(at, 0)
	return &e, nil
}

func (s *Store) evidenceByID(ctx context.Context, id int64) (*Evidence, error) {
	e, err := scanEvidence(s.r.QueryRowContext(ctx, `SELECT `+evidenceColumns+
		` FROM evidence e JOIN blobs b ON b.sha256 = e.sha256 WHERE e.id = ? AND e.removed_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("evidence", fmt.Sprint(id))
	}
	return e, err
}

// Evidence lists a complaint's files, oldest first; those removed from it are left out.
func (s *Store) Evidence(ctx context.Context, complaintID int64) ([]Evidence, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+evidenceColumns+
		` FROM evidence e JOIN blobs b ON b.sha256 = e.sha256 WHERE e.complaint_id = ? AND e.removed_at IS NULL
		ORDER BY e.added_at, e.id`, complaintID)
	if err != nil {
		return nil, fmt.Errorf("store: evidence: %w", err)
	}
	defer rows.Close()
	var out []Evidence
	for rows.Next() {
		e, err := scanEvidence(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *e)
	}
	return out, rows.Err()
}
