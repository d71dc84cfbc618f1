package data

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Letter is a written answer as it was issued: the PDF bytes (by sha256) never change.
type Letter struct {
	ID          int64
	ComplaintID int64
	Ref         string // the complaint's reference number
	Complainant string // the complainant's name
	Kind        string // apology, reply, receipt, form, followup
	Lang        string
	Title       string
	SHA256      string
	Size        int64
	Pages       int
	Content     json.RawMessage // the composed text, so that archive copies can be drawn again
	IssuedAt    time.Time
	IssuedBy    string
}

// NewLetter is a rendered letter to file with its case.
type NewLetter struct {
	Kind    string
	Lang    string
	Title   string
	PDF     []byte
	Pages   int
	Content json.RawMessage // optional; "{}" when nil
}

// MaxLetter is the largest PDF accepted as an issued letter.
const MaxLetter = 50 << 20

var letterKindPattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,31}$`)

func (n *NewLetter) validate() error {
	if !letterKindPattern.MatchString(n.Kind) {
		return invalid("letter_kind", "kind", map[string]any{"Value": n.Kind}, "letter kind %q is not valid", n.Kind)
	}
	if n.Lang == "" {
		n.Lang = "zh-Hans"
	}
	if err := checkText("title", n.Title, MaxShort, false); err != nil {
		return err
	}
	if !bytes.HasPrefix(n.PDF, []byte("%PDF-")) {
		return invalid("not_pdf", "file", nil, "the letter is not a PDF document")
	}
	if len(n.PDF) > MaxLetter {
		return invalid("file_too_large", "file", map[string]any{"Value": n.Title, "Max": MaxLetter >> 20},
			"the letter is larger than %d MB", MaxLetter>>20)
	}
	if n.Pages < 1 {
		return invalid("pages", "pages", map[string]any{"Value": n.Pages}, "a letter has at least one page, got %d", n.Pages)
	}
	if len(n.Content) == 0 {
		n.Content = json.RawMessage("{}")
	}
	if !json.Valid(n.Content) {
		return invalid("content", "content", nil, "the letter content is not valid JSON")
	}
	return nil
}

// IssueLetter files an issued letter with the complaint ref: the bytes, their sha256, who and
// when, and a letter_issued entry on the timeline — all in one transaction. Letters can be
// issued in any status: an apology or an explanation often follows the closing.
func (s *Store) IssueLetter(ctx context.Context, ref string, n NewLetter) (*Letter, error) {
	if err := n.validate(); err != nil {
		return nil, fmt.Errorf("store: issue letter for %s: %w", ref, err)
	}
	var id int64
	err := s.write(ctx, func(tx *sql.Conn) error {
		cid, err := complaintIDByRef(ctx, tx, ref)
		if err != nil {
			return err
		}
		sha, err := putBlob(ctx, tx, n.PDF)
		if err != nil {
			return err
		}
		now := s.now(ctx)
		res, err := tx.ExecContext(ctx, `INSERT INTO letters (complaint_id, kind, lang, title, sha256, pages, content,
			issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			cid, n.Kind, n.Lang, strings.TrimSpace(n.Title), sha, n.Pages, string(n.Content), now.Unix(), Actor(ctx))
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		summary := strings.TrimSpace(n.Title)
		if summary == "" {
			summary = n.Kind
		}
		if _, err := addEvent(ctx, tx, Event{ComplaintID: cid, At: now, Kind: EventLetterOut,
			Summary: summary, Direction: DirOut, RefID: id}); err != nil {
			return err
		}
		return audit(ctx, tx, now, "letter", id, "issue", map[string]any{"complaint_id": cid, "kind": n.Kind,
			"lang": n.Lang, "title": n.Title, "sha256": sha, "size": len(n.PDF), "pages": n.Pages})
	})
	if err != nil {
		return nil, fmt.Errorf("store: issue letter for %s: %w", ref, err)
	}
	return s.Letter(ctx, id)
}

const letterColumns = `l.id, l.complaint_id, c.ref, p.name, l.kind, l.lang, l.title, l.sha256, b.size, l.pages,
	l.content, l.issued_at, l.issued_by`

const letterFrom = ` FROM letters l JOIN complaints c ON c.id = l.complaint_id
	JOIN complainants p ON p.id = c.complainant_id JOIN blobs b ON b.sha256 = l.sha256`

func scanLetter(sc scanner) (*Letter, error) {
	var l Letter
	var content string
	var at int64
	if err := sc.Scan(&l.ID, &l.ComplaintID, &l.Ref, &l.Complainant, &l.Kind, &l.Lang, &l.Title, &l.SHA256,
		&l.Size, &l.Pages, &content, &at, &l.IssuedBy); err != nil {
		return nil, err
	}
	l.Content, l.IssuedAt = json.RawMessage(content), time.Unix(at, 0)
	return &l, nil
}

// Letter reads one issued letter.
func (s *Store) Letter(ctx context.Context, id int64) (*Letter, error) {
	l, err := scanLetter(s.r.QueryRowContext(ctx, `SELECT `+letterColumns+letterFrom+` WHERE l.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: letter: %w", notFound("letter", fmt.Sprint(id)))
	}
	if err != nil {
		return nil, fmt.Errorf("store: letter %d: %w", id, err)
	}
	return l, nil
}

// Letters lists the letters issued on a complaint, oldest first.
func (s *Store) Letters(ctx context.Context, complaintID int64) ([]Letter, error) {
	return s.queryLetters(ctx, letterColumns, ` WHERE l.complaint_id = ? ORDER BY l.issued_at, l.id`, complaintID)
}

// letterListColumns leave out the composed text (it holds the logo), for long lists.
var letterListColumns = strings.Replace(letterColumns, "l.content", "'{}'", 1)

func (s *Store) queryLetters(ctx context.Context, columns, where string, args ...any) ([]Letter, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+columns+letterFrom+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: letters: %w", err)
	}
	defer rows.Close()
	var out []Letter
	for rows.Next() {
		l, err := scanLetter(rows)
		if err != nil {
			return nil, fmt.Errorf("store: letters: %w", err)
		}
		out = append(out, *l)
	}
	return out, rows.Err()
}

// LetterPDF reads the bytes of an issued letter and checks them against the recorded sha256.
func (s *Store) LetterPDF(ctx context.Context, id int64) ([]byte, error) {
	l, err := s.Letter(ctx, id)
	if err != nil {
		return nil, err
	}
	b, err := s.Blob(ctx, l.SHA256)
	if err != nil {
		return nil, fmt.Errorf("store: letter %d: %w", id, err)
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != l.SHA256 {
		return nil, fmt.Errorf("store: letter %d: the stored bytes do not match their sha256", id)
	}
	return b, nil
}

// LetterPair is the complainant's letter and our reply, filed together.
type LetterPair struct {
	ID       int64
	Incoming Evidence
	Reply    Letter
	LinkedAt time.Time
	LinkedBy string
}

// LinkReply pairs an incoming letter (an evidence file of the same complaint) with an issued
// reply. Linking the same two again returns the existing pair.
func (s *Store) LinkReply(ctx context.Context, evidenceID, letterID int64) (*LetterPair, error) {
	var id int64
	err := s.write(ctx, func(tx *sql.Conn) error {
		var evCase, letterCase int64
		var contentType string
		err := tx.QueryRowContext(ctx, `SELECT complaint_id, content_type FROM evidence WHERE id = ? AND removed_at IS NULL`, evidenceID).
			Scan(&evCase, &contentType)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("evidence", fmt.Sprint(evidenceID))
		}
		if err != nil {
			return err
		}
		err = tx.QueryRowContext(ctx, `SELECT complaint_id FROM letters WHERE id = ?`, letterID).Scan(&letterCase)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("letter", fmt.Sprint(letterID))
		}
		if err != nil {
			return err
		}
		if evCase != letterCase {
			return invalid("pair_cases", "letter", map[string]any{"Evidence": evidenceID, "Letter": letterID},
				"the incoming letter and the reply belong to different complaints")
		}
		if !IncomingLetterType(contentType) {
			return invalid("pair_type", "evidence", map[string]any{"Value": contentType},
				"an incoming letter must be a PDF or an image, not %s", contentType)
		}
		err = tx.QueryRowContext(ctx, `SELECT id FROM letter_pairs WHERE evidence_id = ? AND letter_id = ?`,
			evidenceID, letterID).Scan(&id)
		if err == nil {
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		now := s.now(ctx)
		res, err := tx.ExecContext(ctx, `INSERT INTO letter_pairs (complaint_id, evidence_id, letter_id, linked_at, linked_by)
			VALUES (?, ?, ?, ?, ?)`, evCase, evidenceID, letterID, now.Unix(), Actor(ctx))
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		return audit(ctx, tx, now, "letter_pair", id, "link", map[string]any{"complaint_id": evCase,
			"evidence_id": evidenceID, "letter_id": letterID})
	})
	if err != nil {
		return nil, fmt.Errorf("store: link reply: %w", err)
	}
	pairs, err := s.pairs(ctx, ` WHERE lp.id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("store: link reply: %w", notFound("letter pair", fmt.Sprint(id)))
	}
	return &pairs[0], nil
}

// UnlinkReply removes a pairing made by mistake; the letter and the evidence stay.
func (s *Store) UnlinkReply(ctx context.Context, pairID int64) error {
	err := s.write(ctx, func(tx *sql.Conn) error {
		var complaintID, evidenceID, letterID int64
		err := tx.QueryRowContext(ctx, `SELECT complaint_id, evidence_id, letter_id FROM letter_pairs WHERE id = ?`, pairID).
			Scan(&complaintID, &evidenceID, &letterID)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("letter pair", fmt.Sprint(pairID))
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM letter_pairs WHERE id = ?`, pairID); err != nil {
			return err
		}
		// The trail says which letter and which reply were parted, as the pairing said it.
		return audit(ctx, tx, s.now(ctx), "letter_pair", pairID, "unlink", map[string]any{"complaint_id": complaintID,
			"evidence_id": evidenceID, "letter_id": letterID})
	})
	if err != nil {
		return fmt.Errorf("store: unlink reply: %w", err)
	}
	return nil
}

// IncomingLetterType reports whether a file of this content type can be an incoming letter.
func IncomingLetterType(contentType string) bool {
	ct := strings.ToLower(strings.TrimSpace(contentType))
	return ct == "application/pdf" || strings.HasPrefix(ct, "image/")
}

// LetterPairs lists a complaint's letter/reply pairs, oldest reply first.
func (s *Store) LetterPairs(ctx context.Context, complaintID int64) ([]LetterPair, error) {
	return s.pairs(ctx, ` WHERE lp.complaint_id = ? ORDER BY l.issued_at, lp.id`, complaintID)
}

func (s *Store) pairs(ctx context.Context, where string, args ...any) ([]LetterPair, error) {
	// The evidence file's size comes from its own blob row, eb; b is the letter's.
	rows, err := s.r.QueryContext(ctx, `SELECT lp.id, lp.linked_at, lp.linked_by, `+
		strings.Replace(evidenceColumns, "b.size", "eb.size", 1)+`, `+letterColumns+`
		FROM letter_pairs lp JOIN evidence e ON e.id = lp.evidence_id JOIN blobs eb ON eb.sha256 = e.sha256
		JOIN letters l ON l.id = lp.letter_id JOIN complaints c ON c.id = l.complaint_id
		JOIN complainants p ON p.id = c.complainant_id JOIN blobs b ON b.sha256 = l.sha256`+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: letter pairs: %w", err)
	}
	defer rows.Close()
	var out []LetterPair
	for rows.Next() {
		var lp LetterPair
		var linked, evAt, issued int64
		var content string
		e, l := &lp.Incoming, &lp.Reply
		if err := rows.Scan(&lp.ID, &linked, &lp.LinkedBy,
			&e.ID, &e.ComplaintID, &e.Filename, &e.ContentType, &e.Size, &e.SHA256, &e.Note, &e.AddedBy, &evAt,
			&l.ID, &l.ComplaintID, &l.Ref, &l.Complainant, &l.Kind, &l.Lang, &l.Title, &l.SHA256, &l.Size, &l.Pages,
			&content, &issued, &l.IssuedBy); err != nil {
			return nil, fmt.Errorf("store: letter pairs: %w", err)
		}
		lp.LinkedAt, e.AddedAt = time.Unix(linked, 0), time.Unix(evAt, 0)
		l.Content, l.IssuedAt = json.RawMessage(content), time.Unix(issued, 0)
		out = append(out, lp)
	}
	return out, rows.Err()
}

// ArchiveFilter narrows the letter archive. Empty fields match everything.
type ArchiveFilter struct {
	Ref         string    // part of the reference number
	Complainant string    // part of the complainant's name or company
	Kind        string    // one letter kind
	From, To    time.Time // issued in [From, To)
	Limit       int       // default 500
}

// ArchiveEntry is one issued letter with the incoming letters it answers.
type ArchiveEntry struct {
	Letter   Letter
	Incoming []Evidence
}

// Archive searches the issued letters, newest first, each with its paired incoming letters.
// Letter.Content is not loaded here; read it with Letter(ctx, id) for an archive copy.
func (s *Store) Archive(ctx context.Context, f ArchiveFilter) ([]ArchiveEntry, error) {
	var conds []string
	var args []any
	if v := strings.TrimSpace(f.Ref); v != "" {
		conds = append(conds, `c.ref LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscape(strings.ToUpper(v))+"%")
	}
	if v := strings.TrimSpace(f.Complainant); v != "" {
		conds = append(conds, `(p.name LIKE ? ESCAPE '\' OR p.company LIKE ? ESCAPE '\')`)
		args = append(args, "%"+likeEscape(v)+"%", "%"+likeEscape(v)+"%")
	}
	if f.Kind != "" {
		conds = append(conds, `l.kind = ?`)
		args = append(args, f.Kind)
	}
	if !f.From.IsZero() {
		conds = append(conds, `l.issued_at >= ?`)
		args = append(args, f.From.Unix())
	}
	if !f.To.IsZero() {
		conds = append(conds, `l.issued_at < ?`)
		args = append(args, f.To.Unix())
	}
	where := ""
	if len(conds) > 0 {
		where = ` WHERE ` + strings.Join(conds, " AND ")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 500
	}
	letters, err := s.queryLetters(ctx, letterListColumns, where+` ORDER BY l.issued_at DESC, l.id DESC LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("store: archive: %w", err)
	}
	out := make([]ArchiveEntry, len(letters))
	byLetter := map[int64]int{}
	for i, l := range letters {
		out[i].Letter = l
		byLetter[l.ID] = i
	}
	seenCase := map[int64]bool{}
	for _, l := range letters {
		if seenCase[l.ComplaintID] {
			continue
		}
		seenCase[l.ComplaintID] = true
		pairs, err := s.LetterPairs(ctx, l.ComplaintID)
		if err != nil {
			return nil, fmt.Errorf("store: archive: %w", err)
		}
		for _, p := range pairs {
			if i, ok := byLetter[p.Reply.ID]; ok {
				out[i].Incoming = append(out[i].Incoming, p.Incoming)
			}
		}
	}
	return out, nil
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// The export lists each complaint's issued letters.
func init() {
	exportParts = append(exportParts, func(ctx context.Context, s *Store, complaintID int64, rec *ExportRecord) error {
		letters, err := s.Letters(ctx, complaintID)
		if err != nil {
			return err
		}
		for _, l := range letters {
			rec.Letters = append(rec.Letters, ExportLetter{Kind: l.Kind, IssuedAt: s.FormatTime(l.IssuedAt),
				IssuedBy: l.IssuedBy, SHA256: l.SHA256, Pages: l.Pages})
		}
		return nil
	})
}
