package letters

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
	"complaintdesk/data/phrases"
)

// CaseSource is what composing needs from the case file (*data.Store has it).
type CaseSource interface {
	Complaint(ctx context.Context, ref string) (*data.Complaint, error)
	OfficeProfile(ctx context.Context) (data.Office, error)
	Setting(ctx context.Context, key string) (string, error)
	Departments(ctx context.Context) ([]data.Department, error)
	Categories(ctx context.Context) ([]data.Category, error)
	Users(ctx context.Context) ([]data.User, error)
	Calendar() *calendar.Calendar
}

// Issuer is what issuing needs from the case file.
type Issuer interface {
	IssueLetter(ctx context.Context, ref string, n data.NewLetter) (*data.Letter, error)
}

// LoadCase reads a complaint with the office profile and the names of its codes.
func LoadCase(ctx context.Context, st CaseSource, ref string, date time.Time) (Case, error) {
	c, err := st.Complaint(ctx, ref)
	if err != nil {
		return Case{}, fmt.Errorf("letters: %w", err)
	}
	office, err := st.OfficeProfile(ctx)
	if err != nil {
		return Case{}, fmt.Errorf("letters: %w", err)
	}
	n, err := loadNames(ctx, st)
	if err != nil {
		return Case{}, fmt.Errorf("letters: %w", err)
	}
	k := Case{Complaint: c, Office: office, Date: date, Department: n.Departments[c.Department],
		Category: n.Categories[c.Category], Handler: n.Users[c.Handler], TakenBy: n.Users[c.TakenBy]}
	for _, d := range c.Involved {
		k.Involved = append(k.Involved, n.name(n.Departments, d))
	}
	if c.DueResolve != nil && !covered(st.Calendar(), c.ReceivedAt, *c.DueResolve) {
		k.Unchecked = append(k.Unchecked, "due_resolve")
	}
	return k, nil
}

// covered reports whether the calendar has the holidays of every year from one time to another.
func covered(cal *calendar.Calendar, from, to time.Time) bool {
	for y := from.In(cal.Location()).Year(); y <= to.In(cal.Location()).Year(); y++ {
		if !cal.Covers(y) {
			return false
		}
	}
	return true
}

// TemplateFor is the template text in force: the administrator's edited one from the
// settings, or the shipped one.
func TemplateFor(ctx context.Context, st CaseSource, kind Kind, lang string) (string, error) {
	v, err := st.Setting(ctx, TemplateSettingKey(kind, lang))
	if err != nil {
		return "", fmt.Errorf("letters: %w", err)
	}
	if v != "" {
		return v, nil
	}
	return DefaultTemplate(kind, lang)
}

// Prepare composes a document of kind for the complaint ref from the template in force; the
// clerk reviews and edits the draft before it is issued.
func Prepare(ctx context.Context, st CaseSource, ref string, kind Kind, lang string, date time.Time) (Draft, error) {
	c, err := LoadCase(ctx, st, ref, date)
	if err != nil {
		return Draft{}, err
	}
	text, err := TemplateFor(ctx, st, kind, lang)
	if err != nil {
		return Draft{}, err
	}
	return ComposeTemplate(text, kind, lang, c)
}

// ForbiddenIn lists the forbidden phrases a draft contains (Pos counts characters of d.Text()).
func ForbiddenIn(d Draft, forbidden []string) []phrases.Hit {
	return phrases.Check(d.Text(), forbidden)
}

// Issued is a letter as filed with its case, with the PDF that was filed.
type Issued struct {
	Letter *data.Letter
	Output
}

// Issue renders the draft and files it with its complaint: immutable bytes, sha256, who and
// when, and an entry on the timeline. Nothing is filed when rendering fails.
func Issue(ctx context.Context, st Issuer, d Draft, now time.Time) (*Issued, error) {
	if d.Ref == "" {
		return nil, errors.New("letters: issue: the draft has no reference number")
	}
	out, err := Render(d, Options{Created: now})
	if err != nil {
		return nil, err
	}
	content, err := json.Marshal(d)
	if err != nil {
		return nil, fmt.Errorf("letters: issue: %w", err)
	}
	l, err := st.IssueLetter(ctx, d.Ref, data.NewLetter{Kind: string(d.Kind), Lang: d.Lang, Title: d.Title,
		PDF: out.PDF, Pages: out.Pages, Content: content})
	if err != nil {
		return nil, fmt.Errorf("letters: issue: %w", err)
	}
	return &Issued{Letter: l, Output: out}, nil
}

// ErrNoContent is returned for an issued letter stored without its composed text: its archive
// copy cannot be drawn again (the issued PDF itself still opens).
var ErrNoContent = errors.New("the letter was stored without its text")

// DraftOf reads back the composed text stored with an issued letter.
func DraftOf(l data.Letter) (Draft, error) {
	var d Draft
	if err := json.Unmarshal(l.Content, &d); err != nil {
		return Draft{}, fmt.Errorf("letters: letter %d: %w", l.ID, err)
	}
	if d.Kind == "" {
		return Draft{}, fmt.Errorf("letters: letter %d: %w", l.ID, ErrNoContent)
	}
	return d, nil
}

// ArchiveCopy draws an issued letter again with 存档副本 on every page.
func ArchiveCopy(l data.Letter, o Options) (Output, error) {
	d, err := DraftOf(l)
	if err != nil {
		return Output{}, err
	}
	o.ArchiveCopy = true
	if o.Created.IsZero() {
		o.Created = l.IssuedAt
	}
	return Render(d, o)
}
