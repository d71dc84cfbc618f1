package data

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// ExportRecord is one complaint as `complaintctl export --format jsonl` writes it (DESIGN §4).
type ExportRecord struct {
	ID             string            `json:"id"`
	Ref            string            `json:"ref"`
	Channel        string            `json:"channel"`
	ReceivedAt     string            `json:"received_at"`
	Status         string            `json:"status"`
	Level          int               `json:"level"`
	Category       string            `json:"category"`
	Valid          bool              `json:"valid"`
	Complainant    ExportComplainant `json:"complainant"`
	Subject        string            `json:"subject"`
	Description    string            `json:"description"`
	Department     string            `json:"department"`
	Handler        string            `json:"handler"`
	Involved       []string          `json:"involved"` // the other departments involved (codes); not in DESIGN §4's list
	Due            ExportDue         `json:"due"`
	AcknowledgedAt *string           `json:"acknowledged_at"`
	ResolvedAt     *string           `json:"resolved_at"`
	ClosedAt       *string           `json:"closed_at"`
	Satisfaction   *int              `json:"satisfaction"`
	RepeatOf       *string           `json:"repeat_of"`
	Events         []ExportEvent     `json:"events"`
	Messages       []ExportMessage   `json:"messages"`
	Letters        []ExportLetter    `json:"letters"`
	Evidence       []ExportEvidence  `json:"evidence"` // beside DESIGN §4's fields: the files on the case
}

// ExportEvidence is one file of a complaint's evidence.
type ExportEvidence struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
	Note        string `json:"note"`
	AddedAt     string `json:"added_at"`
	AddedBy     string `json:"added_by"`
}

// ExportComplainant is the complainant block of an export record.
type ExportComplainant struct {
	Name    string `json:"name"`
	Company string `json:"company"`
	Phone   string `json:"phone"`
	Email   string `json:"email"`
	Address string `json:"address"`
}

// ExportDue holds the deadlines of an export record.
type ExportDue struct {
	Acknowledge *string `json:"acknowledge"`
	Resolve     *string `json:"resolve"`
}

// ExportEvent is one timeline entry of an export record.
type ExportEvent struct {
	At      string `json:"at"`
	Kind    string `json:"kind"`
	By      string `json:"by"`
	Summary string `json:"summary"`
}

// ExportAttachment is one attachment of a message.
type ExportAttachment struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
}

// ExportMessage is one email of a complaint.
type ExportMessage struct {
	MessageID   string             `json:"message_id"`
	Direction   string             `json:"direction"`
	FromName    string             `json:"from_name"`
	FromEmail   string             `json:"from_email"`
	Subject     string             `json:"subject"`
	Date        string             `json:"date"`
	Text        string             `json:"text"`
	Attachments []ExportAttachment `json:"attachments"`
	AutoReply   bool               `json:"auto_reply"`
}

// ExportLetter is one issued letter of a complaint.
type ExportLetter struct {
	Kind     string `json:"kind"`
	IssuedAt string `json:"issued_at"`
	IssuedBy string `json:"issued_by"`
	SHA256   string `json:"sha256"`
	Pages    int    `json:"pages"`
}

// exportParts are the per-complaint lists that other rooms of the store add to an export
// (messages from mail intake, letters from the archive).
var exportParts []func(ctx context.Context, s *Store, complaintID int64, rec *ExportRecord) error

// FormatTime is the export's time format: RFC 3339 with the calendar's offset.
func (s *Store) FormatTime(t time.Time) string {
	return t.In(s.Calendar().Location()).Format(time.RFC3339)
}

func (s *Store) optTime(t *time.Time) *string {
	if t == nil {
		return nil
	}
	v := s.FormatTime(*t)
	return &v
}

// ExportComplaint builds the export record of one complaint.
func (s *Store) ExportComplaint(ctx context.Context, c *Complaint) (*ExportRecord, error) {
	r := &ExportRecord{ID: c.UUID, Ref: c.Ref, Channel: string(c.Channel), ReceivedAt: s.FormatTime(c.ReceivedAt),
		Status: string(c.Status), Level: c.Level, Category: c.Category, Valid: c.Valid,
		Complainant: ExportComplainant{Name: c.Complainant.Name, Company: c.Complainant.Company, Phone: c.Complainant.Phone,
			Email: c.Complainant.Email, Address: c.Complainant.Address},
		Subject: c.Subject, Description: c.Description, Department: c.Department, Handler: c.Handler,
		Involved:       append([]string{}, c.Involved...),
		Due:            ExportDue{Acknowledge: s.optTime(c.DueAck), Resolve: s.optTime(c.DueResolve)},
		AcknowledgedAt: s.optTime(c.AcknowledgedAt), ResolvedAt: s.optTime(c.ResolvedAt), ClosedAt: s.optTime(c.ClosedAt),
		Events: []ExportEvent{}, Messages: []ExportMessage{}, Letters: []ExportLetter{}, Evidence: []ExportEvidence{}}
	if c.Satisfaction > 0 {
		v := c.Satisfaction
		r.Satisfaction = &v
	}
	if c.RepeatOfRef != "" {
		v := c.RepeatOfRef
		r.RepeatOf = &v
	}
	events, err := s.Events(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	// The export lists the timeline oldest first, as it happened.
	for i := len(events) - 1; i >= 0; i-- {
		e := events[i]
		r.Events = append(r.Events, ExportEvent{At: s.FormatTime(e.At), Kind: string(e.Kind), By: e.By, Summary: e.Summary})
	}
	files, err := s.Evidence(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		r.Evidence = append(r.Evidence, ExportEvidence{Filename: f.Filename, ContentType: f.ContentType, Size: f.Size,
			SHA256: f.SHA256, Note: f.Note, AddedAt: s.FormatTime(f.AddedAt), AddedBy: f.AddedBy})
	}
	for _, part := range exportParts {
		if err := part(ctx, s, c.ID, r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// eachComplaint calls fn for every complaint in reference order, a page at a time.
func (s *Store) eachComplaint(ctx context.Context, fn func(c *Complaint) error) error {
	const page = 500
	for offset := 0; ; offset += page {
		cs, err := s.List(ctx, ListFilter{Sort: SortRef, Limit: page, Offset: offset})
		if err != nil {
			return err
		}
		for _, c := range cs {
			if err := fn(c); err != nil {
				return err
			}
		}
		if len(cs) < page {
			return nil
		}
	}
}

// ExportJSONL writes every complaint with its events, messages and letters, one JSON object a line.
func (s *Store) ExportJSONL(ctx context.Context, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return s.eachComplaint(ctx, func(c *Complaint) error {
		r, err := s.ExportComplaint(ctx, c)
		if err != nil {
			return err
		}
		return enc.Encode(r)
	})
}

// CSVHeader is the column list of ExportCSV.
var CSVHeader = []string{"id", "ref", "channel", "received_at", "status", "level", "category", "valid",
	"complainant_name", "complainant_company", "complainant_phone", "complainant_email", "complainant_address",
	"subject", "description", "department", "handler", "involved", "due_acknowledge", "due_resolve",
	"acknowledged_at", "resolved_at", "closed_at", "satisfaction", "repeat_of", "events", "messages", "letters", "evidence"}

// ExportCSV writes one row per complaint (UTF-8 with a byte-order mark, so Excel reads Chinese right).
func (s *Store) ExportCSV(ctx context.Context, w io.Writer) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	err := s.eachComplaint(ctx, func(c *Complaint) error {
		r, err := s.ExportComplaint(ctx, c)
		if err != nil {
			return err
		}
		sat := ""
		if r.Satisfaction != nil {
			sat = strconv.Itoa(*r.Satisfaction)
		}
		return cw.Write([]string{r.ID, r.Ref, r.Channel, r.ReceivedAt, r.Status, strconv.Itoa(r.Level), r.Category,
			strconv.FormatBool(r.Valid), r.Complainant.Name, r.Complainant.Company, r.Complainant.Phone,
			r.Complainant.Email, r.Complainant.Address, r.Subject, r.Description, r.Department, r.Handler,
			strings.Join(r.Involved, " "), str(r.Due.Acknowledge), str(r.Due.Resolve), str(r.AcknowledgedAt), str(r.ResolvedAt), str(r.ClosedAt),
			sat, str(r.RepeatOf), strconv.Itoa(len(r.Events)), strconv.Itoa(len(r.Messages)), strconv.Itoa(len(r.Letters)),
			strconv.Itoa(len(r.Evidence))})
	})
	if err != nil {
		return fmt.Errorf("store: export csv: %w", err)
	}
	cw.Flush()
	return cw.Error()
}
