package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"
	"golang.org/x/text/width"

	"complaintdesk/data/contact"
)

// Field limits, in characters.
const (
	MaxName       = 100
	MaxShort      = 200 // subject, company, place, email, phone
	MaxAddress    = 300
	MaxText       = 20000 // description, notes, results
	refPrefix     = "TS"
	refDigits     = 6
	maxRefPerYear = 999999
)

// NewComplaint is what intake records about a new complaint.
type NewComplaint struct {
	Channel     Channel
	ReceivedAt  time.Time // zero: now
	Place       string
	Complainant Complainant // ID set: an existing complainant; else matched by phone or email
	Subject     string
	Description string
	Remedy      string
	Impact      string
	TakenBy     string // zero: the actor
	RepeatOf    string // ref of an earlier complaint on the same matter
	// Evidence is what the complainant handed in with the complaint (a letter's scan, photos,
	// a recording), filed with it in the same transaction. Not used when intake is corrected.
	Evidence []NewEvidence
	// mailPhone says the complainant's phone number was read from their own mail's text.
	mailPhone bool
	// mailName says the complainant's name is how a mail names its sender (a display name, or
	// the address's name when it gives none), not one a clerk wrote down: a complainant on
	// record keeps theirs.
	mailName bool
}

func checkText(field, v string, max int, required bool) error {
	if required && strings.TrimSpace(v) == "" {
		return invalid("required", field, nil, "%s is required", field)
	}
	if n := utf8.RuneCountInString(v); n > max {
		return invalid("too_long", field, map[string]any{"Max": max, "Len": n},
			"%s is too long: %d characters, at most %d", field, n, max)
	}
	if !utf8.ValidString(v) {
		return invalid("encoding", field, nil, "%s is not valid text", field)
	}
	return nil
}

// CheckPhone accepts digits with the usual separators (+ - space parentheses) and an extension
// ("ext", "转", "分機", "#").
func CheckPhone(p string) error {
	p = strings.TrimSpace(p)
	switch bad, ok := contact.CheckPhone(p); {
	case ok:
		return nil
	case bad != 0:
		return invalid("phone", "phone", map[string]any{"Value": p}, "phone number %q contains %q", p, bad)
	default:
		return invalid("phone", "phone", map[string]any{"Value": p}, "phone number %q is not a phone number", p)
	}
}

// fillPhoneKeys writes the phone key of every complainant on record with a phone number.
func fillPhoneKeys(ctx context.Context, tx *sql.Conn) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, phone FROM complainants WHERE phone <> ''`)
	if err != nil {
		return err
	}
	keys := map[int64]string{}
	for rows.Next() {
		var id int64
		var phone string
		if err := rows.Scan(&id, &phone); err != nil {
			rows.Close()
			return err
		}
		keys[id] = contact.PhoneKey(phone)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for id, key := range keys {
		if _, err := tx.ExecContext(ctx, `UPDATE complainants SET phone_key = ? WHERE id = ?`, key, id); err != nil {
			return err
		}
	}
	return nil
}

// CheckEmail accepts a plain address.
func CheckEmail(e string) error {
	if e = strings.TrimSpace(e); !contact.IsEmail(e) {
		return invalid("email", "email", map[string]any{"Value": e}, "email address %q is not valid", e)
	}
	return nil
}

func validChannel(c Channel) bool {
	for _, x := range Channels {
		if x == c {
			return true
		}
	}
	return false
}

func validType(t ComplainantType) bool {
	for _, x := range ComplainantTypes {
		if x == t {
			return true
		}
	}
	return false
}

// Validate checks a new complaint before anything is written.
func (n *NewComplaint) Validate() error {
	if !validChannel(n.Channel) {
		return invalid("channel", "channel", map[string]any{"Value": string(n.Channel)},
			"unknown channel %q (phone, letter, email, visit, fax, web, social)", n.Channel)
	}
	c := n.Complainant
	if c.Type != "" && !validType(c.Type) {
		return invalid("complainant_type", "type", map[string]any{"Value": string(c.Type)}, "unknown complainant type %q", c.Type)
	}
	checks := []error{
		checkText("name", c.Name, MaxName, c.ID == 0),
		checkText("company", c.Company, MaxShort, false),
		checkText("phone", c.Phone, MaxShort, false),
		checkText("email", c.Email, MaxShort, false),
		checkText("address", c.Address, MaxAddress, false),
		CheckPhone(c.Phone),
		CheckEmail(c.Email),
		checkText("subject", n.Subject, MaxShort, true),
		checkText("description", n.Description, MaxText, false),
		checkText("remedy", n.Remedy, MaxText, false),
		checkText("impact", n.Impact, MaxText, false),
		checkText("place", n.Place, MaxShort, false),
	}
	for _, err := range checks {
		if err != nil {
			return err
		}
	}
	return nil
}

// CreateComplaint registers a new complaint and returns it with its reference number.
func (s *Store) CreateComplaint(ctx context.Context, n NewComplaint) (*Complaint, error) {
	var id int64
	err := s.write(ctx, func(tx *sql.Conn) error {
		c, err := s.createComplaint(ctx, tx, n)
		if err == nil {
			id = c.ID
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: create complaint: %w", err)
	}
	return s.ComplaintByID(ctx, id)
}

// createComplaint is CreateComplaint inside a caller's transaction (mail intake uses it).
// It returns the complaint as written, the complainant named by ID only (a batch acts on it
// without reading it back).
func (s *Store) createComplaint(ctx context.Context, tx *sql.Conn, n NewComplaint) (*Complaint, error) {
	if err := n.Validate(); err != nil {
		return nil, err
	}
	return s.insertComplaint(ctx, tx, n, "")
}

// insertComplaint writes a validated new complaint. pairs, when not "", is Bigrams of its subject
// and description, worked out ahead by the caller.
func (s *Store) insertComplaint(ctx context.Context, tx *sql.Conn, n NewComplaint, pairs string) (*Complaint, error) {
	now := s.now(ctx)
	if n.ReceivedAt.IsZero() {
		n.ReceivedAt = now
	}
	if n.TakenBy == "" {
		n.TakenBy = Actor(ctx)
	}
	who, err := upsertComplainant(ctx, tx, n.Complainant, n.mailName)
	if err != nil {
		return nil, err
	}
	cid := who.ID
	c := &Complaint{UUID: uuid.NewString(), Channel: n.Channel, ReceivedAt: n.ReceivedAt, Status: StatusRegistered,
		Valid: true, Complainant: Complainant{ID: cid}, Place: strings.TrimSpace(n.Place),
		Subject: strings.TrimSpace(n.Subject), Description: n.Description, Remedy: n.Remedy, Impact: n.Impact,
		TakenBy: n.TakenBy, CreatedAt: now, UpdatedAt: now, slaStart: n.ReceivedAt, lastContact: n.ReceivedAt}
	var repeatOf any
	if n.RepeatOf != "" {
		rid, rref, err := findComplaint(ctx, tx, n.RepeatOf)
		if err != nil {
			return nil, err
		}
		repeatOf = rid
		c.RepeatOf, c.RepeatOfRef = &rid, rref
		c.Level = MinLevel(c)
	}
	ref, err := nextRef(ctx, tx, n.ReceivedAt.In(s.Calendar().Location()).Year())
	if err != nil {
		return nil, err
	}
	pol, err := s.policy(ctx, tx, "", c.Level)
	if err != nil {
		return nil, err
	}
	c.Ref = ref
	d := computeDues(s.Calendar(), pol, c, n.ReceivedAt, n.ReceivedAt)
	c.DueAck, c.DueResolve, c.DueProgress, c.DueUnverified, c.NextDue = d.Ack, d.Resolve, d.Progress, d.Unverified, d.Next
	res, err := tx.ExecContext(ctx, `INSERT INTO complaints (uuid, ref, channel, received_at, place,
		complainant_id, subject, description, remedy, impact, taken_by, level, repeat_of, status,
		sla_start, last_contact, due_ack, due_resolve, due_progress, due_unverified, next_due, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.UUID, ref, string(n.Channel), n.ReceivedAt.Unix(), c.Place,
		cid, c.Subject, n.Description, n.Remedy, n.Impact, n.TakenBy, c.Level, repeatOf,
		string(StatusRegistered), n.ReceivedAt.Unix(), n.ReceivedAt.Unix(), unixPtr(d.Ack), unixPtr(d.Resolve), unixPtr(d.Progress),
		d.Unverified, unixPtr(d.Next), now.Unix(), now.Unix())
	if err != nil {
		return nil, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return nil, err
	}
	c.ID = id
	// A complainant named by id alone (the clerk picked one) is read back for the search text.
	text := searchText{Subject: c.Subject, Description: n.Description, Complainant: who, pairs: pairs}
	if n.Complainant.ID != 0 {
		if text, err = loadSearchText(ctx, tx, id); err != nil {
			return nil, err
		}
	}
	if err := addIndexRows(ctx, tx, id, text); err != nil {
		return nil, err
	}
	if _, err := addEvent(ctx, tx, Event{ComplaintID: id, At: now, Kind: EventStatus, By: Actor(ctx),
		Summary: "registered via " + string(n.Channel), ToStatus: StatusRegistered}); err != nil {
		return nil, err
	}
	if err := audit(ctx, tx, now, "complaint", id, "create", map[string]any{"ref": ref, "channel": n.Channel,
		"subject": n.Subject, "complainant_id": cid, "repeat_of": c.RepeatOfRef}); err != nil {
		return nil, err
	}
	for _, e := range n.Evidence {
		if _, err := s.addEvidence(ctx, tx, id, e); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// nextRef allocates the next reference number of a year. It runs inside the caller's
// immediate transaction, so numbers are unique and, since a failed transaction rolls the
// counter back too, gap-free. Plain statements, not an upsert with RETURNING: those open a
// statement journal, and with it make the search index flush to disk at every complaint.
func nextRef(ctx context.Context, tx *sql.Conn, year int) (string, error) {
	var last int
	err := tx.QueryRowContext(ctx, `SELECT last FROM ref_counters WHERE year = ?`, year).Scan(&last)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		last = 1
		_, err = tx.ExecContext(ctx, `INSERT INTO ref_counters (year, last) VALUES (?, ?)`, year, last)
	case err == nil:
		last++
		_, err = tx.ExecContext(ctx, `UPDATE ref_counters SET last = ? WHERE year = ?`, last, year)
	}
	if err != nil {
		return "", fmt.Errorf("allocate reference: %w", err)
	}
	if last > maxRefPerYear {
		return "", problem(ErrConflict, "ref_exhausted", "ref", nil, "reference numbers for %d are used up", year)
	}
	return fmt.Sprintf("%s-%d-%0*d", refPrefix, year, refDigits, last), nil
}

// upsertComplainant finds the complainant by id, phone or email, filling in what the new
// record adds; or creates one. A new name replaces the one on record, unless it is only how a
// mail names its sender (mailName) and the one on record is a name: "user10" of
// user10@example.cn, or a nickname, does not rename 赵娟 on all her cases.
func upsertComplainant(ctx context.Context, tx *sql.Conn, c Complainant, mailName bool) (Complainant, error) {
	c.Name, c.Phone, c.Email = strings.TrimSpace(c.Name), strings.TrimSpace(c.Phone), strings.TrimSpace(c.Email)
	if c.Type == "" {
		c.Type = TypeOther
	}
	var found *Complainant
	if c.ID == 0 {
		var err error
		found, err = findComplainant(ctx, tx, c.Phone, c.Email)
		if err != nil {
			return c, err
		}
		if found != nil && found.Phone != c.Phone && c.Name != "" && found.Name != "" && found.Name != c.Name &&
			(c.Email == "" || !strings.EqualFold(found.Email, c.Email)) {
			// The same number typed another way under another name (a switchboard's, a
			// household's) is no sign of the same person: the one on record keeps their name,
			// and another on record by that number under this name is the one. (Typed as on
			// record, another name corrects the name, as it always has.)
			if found, err = complainantNamed(ctx, tx, contact.PhoneKey(c.Phone), c.Name); err != nil {
				return c, err
			}
		}
		if found == nil {
			res, err := tx.ExecContext(ctx, `INSERT INTO complainants (name, company, phone, phone_key, email, address, type)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, c.Name, c.Company, c.Phone, contact.PhoneKey(c.Phone), c.Email, c.Address, string(c.Type))
			if err != nil {
				return c, err
			}
			c.ID, err = res.LastInsertId()
			return c, err
		}
		c.ID = found.ID
		if mailName && !standIn(*found) {
			c.Name = ""
		}
	}
	res, err := tx.ExecContext(ctx, `UPDATE complainants SET
		name = CASE WHEN ? <> '' THEN ? ELSE name END,
		company = CASE WHEN company = '' THEN ? ELSE company END,
		phone_key = CASE WHEN phone = '' THEN ? ELSE phone_key END,
		phone = CASE WHEN phone = '' THEN ? ELSE phone END,
		email = CASE WHEN email = '' THEN ? ELSE email END,
		address = CASE WHEN address = '' THEN ? ELSE address END
		WHERE id = ?`, c.Name, c.Name, c.Company, contact.PhoneKey(c.Phone), c.Phone, c.Email, c.Address, c.ID)
	if err != nil {
		return c, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return c, notFound("complainant", fmt.Sprint(c.ID))
	}
	if found != nil {
		return mergeComplainant(*found, c), nil
	}
	return c, nil
}

// standIn tells a complainant on record without a name of their own: none, or what stood in for
// it, their number or their address or its name ("user10" of user10@example.cn).
func standIn(c Complainant) bool {
	name := strings.TrimSpace(c.Name)
	local, _, _ := strings.Cut(c.Email, "@")
	return name == "" || name == c.Phone || strings.EqualFold(name, c.Email) || local != "" && strings.EqualFold(name, local)
}

// mergeComplainant is what the UPDATE of upsertComplainant leaves of stored when given c: a new
// name replaces the old one, the other fields are only filled where empty.
func mergeComplainant(stored, c Complainant) Complainant {
	if c.Name != "" {
		stored.Name = c.Name
	}
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	fill(&stored.Company, c.Company)
	fill(&stored.Phone, c.Phone)
	fill(&stored.Email, c.Email)
	fill(&stored.Address, c.Address)
	return stored
}

// findComplainant finds a complainant by phone, however the number was written (of several
// with it, the one it is written as), else by email (case-insensitive); each look-up is
// answered by its own index.
func findComplainant(ctx context.Context, q querier, phone, email string) (*Complainant, error) {
	if key := contact.PhoneKey(phone); key != "" {
		c, err := firstComplainant(ctx, q, `phone_key = ? AND phone_key <> '' ORDER BY phone <> ?, id`, key, phone)
		if c != nil || err != nil {
			return c, err
		}
	}
	if email == "" {
		return nil, nil
	}
	return firstComplainant(ctx, q, `lower(email) = lower(?) AND email <> '' ORDER BY id`, email)
}

// complainantNamed is the complainant on record with phone key and name; nil when none.
func complainantNamed(ctx context.Context, q querier, key, name string) (*Complainant, error) {
	return firstComplainant(ctx, q, `phone_key = ? AND phone_key <> '' AND name = ? ORDER BY id`, key, name)
}

// firstComplainant is the first complainant where (a condition and its order) selects; nil when
// none does.
func firstComplainant(ctx context.Context, q querier, where string, args ...any) (*Complainant, error) {
	var c Complainant
	var typ string
	err := q.QueryRowContext(ctx, `SELECT id, name, company, phone, email, address, type FROM complainants
		WHERE `+where+` LIMIT 1`, args...).Scan(&c.ID, &c.Name, &c.Company, &c.Phone, &c.Email, &c.Address, &typ)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	c.Type = ComplainantType(typ)
	return &c, nil
}

// FindComplainant looks a complainant up by phone or email; nil when unknown.
func (s *Store) FindComplainant(ctx context.Context, phone, email string) (*Complainant, error) {
	c, err := findComplainant(ctx, s.r, strings.TrimSpace(phone), strings.TrimSpace(email))
	if err != nil {
		return nil, fmt.Errorf("store: find complainant: %w", err)
	}
	return c, nil
}

// findComplaint is the complaint a typed reference names: written as in letters and email
// subjects ("TS-2026-000123", "[TS-2026-000123]"), or its number alone as clerks say it ("123",
// "000123", "2026-000123"; of a number alone, the latest year's).
func findComplaint(ctx context.Context, q querier, typed string) (id int64, ref string, err error) {
	term := strings.ToUpper(strings.Trim(width.Fold.String(strings.TrimSpace(typed)), "[]【】"))
	err = q.QueryRowContext(ctx, `SELECT id, ref FROM complaints WHERE ref = ?`, term).Scan(&id, &ref)
	if pattern, ok := refPattern(term); ok && errors.Is(err, sql.ErrNoRows) {
		err = q.QueryRowContext(ctx, `SELECT id, ref FROM complaints WHERE ref GLOB ? ORDER BY ref DESC LIMIT 1`,
			pattern).Scan(&id, &ref)
	}
	if errors.Is(err, sql.ErrNoRows) {
		err = notFound("complaint", strings.TrimSpace(typed))
	}
	return id, ref, err
}

func complaintIDByRef(ctx context.Context, q querier, ref string) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM complaints WHERE ref = ?`, strings.ToUpper(strings.TrimSpace(ref))).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, notFound("complaint", ref)
	}
	return id, err
}

// indexComplaint refreshes the text-search rows of one complaint.
func (s *Store) indexComplaint(ctx context.Context, tx *sql.Conn, id int64) error {
	for _, q := range []string{`DELETE FROM complaints_fts WHERE rowid = ?`, `DELETE FROM complaints_bigrams WHERE rowid = ?`} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return err
		}
	}
	text, err := loadSearchText(ctx, tx, id)
	if err != nil {
		return err
	}
	return addIndexRows(ctx, tx, id, text)
}

// searchText is what the text search finds a complaint by.
type searchText struct {
	Subject, Description string
	Complainant          Complainant
	pairs                string // Bigrams(Subject + "\n" + Description) when worked out ahead
}

func (t searchText) who() string {
	p := t.Complainant
	return p.Name + " " + p.Company + " " + p.Phone + " " + p.Email
}

func loadSearchText(ctx context.Context, q querier, id int64) (searchText, error) {
	var t searchText
	p := &t.Complainant
	err := q.QueryRowContext(ctx, `SELECT c.subject, c.description, p.name, p.company, p.phone, p.email
		FROM complaints c JOIN complainants p ON p.id = c.complainant_id WHERE c.id = ?`, id).
		Scan(&t.Subject, &t.Description, &p.Name, &p.Company, &p.Phone, &p.Email)
	return t, err
}

// addIndexRows writes the text-search rows of a complaint that has none yet.
func addIndexRows(ctx context.Context, tx *sql.Conn, id int64, t searchText) error {
	who := t.who()
	if _, err := tx.ExecContext(ctx, `INSERT INTO complaints_fts (rowid, subject, description, complainant)
		VALUES (?, ?, ?, ?)`, id, t.Subject, t.Description, who); err != nil {
		return err
	}
	// Pairs never span a line break, so the text's pairs and the complainant's join with a space.
	pairs := t.pairs
	if pairs == "" {
		pairs = Bigrams(t.Subject + "\n" + t.Description)
	}
	if p := Bigrams(who); p != "" && pairs != "" {
		pairs += " " + p
	} else if p != "" {
		pairs = p
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO complaints_bigrams (rowid, pairs) VALUES (?, ?)`, id, pairs)
	return err
}

// rebuildSearch fills both text-search indexes from the complaints, after they were recreated;
// a thousand complaints at a time, so that memory stays flat however many there are.
func rebuildSearch(ctx context.Context, tx *sql.Conn) error {
	type row struct {
		id   int64
		text searchText
	}
	var after int64
	for {
		rows, err := tx.QueryContext(ctx, `SELECT c.id, c.subject, c.description, p.name, p.company, p.phone, p.email
			FROM complaints c JOIN complainants p ON p.id = c.complainant_id WHERE c.id > ? ORDER BY c.id LIMIT 1000`, after)
		if err != nil {
			return err
		}
		var chunk []row
		for rows.Next() {
			var r row
			p := &r.text.Complainant
			if err := rows.Scan(&r.id, &r.text.Subject, &r.text.Description, &p.Name, &p.Company, &p.Phone, &p.Email); err != nil {
				rows.Close()
				return err
			}
			chunk = append(chunk, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(chunk) == 0 {
			return nil
		}
		for _, r := range chunk {
			if err := addIndexRows(ctx, tx, r.id, r.text); err != nil {
				return err
			}
		}
		after = chunk[len(chunk)-1].id
	}
}

// Bigrams lists the overlapping pairs of letters or digits in text, lower-cased and separated by
// spaces: "电梯故障" gives "电梯 梯故 故障". Pairs are what the two-character search looks up.
func Bigrams(text string) string {
	var b strings.Builder
	b.Grow(2 * len(text))
	var prev rune
	for _, r := range text {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x4E00 && r <= 0x9FFF: // CJK ideographs: no case
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r < utf8.RuneSelf || !unicode.IsLetter(r) && !unicode.IsDigit(r):
			prev = 0
			continue
		default:
			r = unicode.ToLower(r)
		}
		if prev != 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(prev)
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

const complaintColumns = `c.id, c.uuid, c.ref, c.channel, c.received_at, c.place,
	p.id, p.name, p.company, p.phone, p.email, p.address, p.type,
	c.subject, c.description, c.remedy, c.impact, c.taken_by,
	COALESCE(c.category, ''), c.level, c.valid, c.invalid_reason, c.urgency, c.assessed_at,
	COALESCE(c.department, ''), c.handler,
	c.investigation, c.root_cause, c.responsible_party, c.solution, c.prevention, c.result,
	c.satisfaction, c.no_rating_reason, c.management_meeting, c.repeat_of, COALESCE(r.ref, ''), c.has_new_reply,
	c.status, c.due_ack, c.due_resolve, c.due_progress, c.due_followup, c.due_unverified, c.next_due,
	c.acknowledged_at, c.resolved_at, c.closed_at, c.created_at, c.updated_at, c.sla_start, c.last_contact,
	c.involved`

const complaintFrom = ` FROM complaints c JOIN complainants p ON p.id = c.complainant_id
	LEFT JOIN complaints r ON r.id = c.repeat_of`

type scanner interface{ Scan(dest ...any) error }

func scanComplaint(sc scanner) (*Complaint, error) {
	var c Complaint
	var channel, ptype, status, involved string
	var received, created, updated, slaStart, lastContact int64
	var assessed, dAck, dRes, dProg, dFol, next, ack, res, closed, repeat sql.NullInt64
	err := sc.Scan(&c.ID, &c.UUID, &c.Ref, &channel, &received, &c.Place,
		&c.Complainant.ID, &c.Complainant.Name, &c.Complainant.Company, &c.Complainant.Phone,
		&c.Complainant.Email, &c.Complainant.Address, &ptype,
		&c.Subject, &c.Description, &c.Remedy, &c.Impact, &c.TakenBy,
		&c.Category, &c.Level, &c.Valid, &c.InvalidReason, &c.Urgency, &assessed,
		&c.Department, &c.Handler,
		&c.Investigation, &c.RootCause, &c.ResponsibleParty, &c.Solution, &c.Prevention, &c.Result,
		&c.Satisfaction, &c.NoRatingReason, &c.ManagementMeeting, &repeat, &c.RepeatOfRef, &c.HasNewReply,
		&status, &dAck, &dRes, &dProg, &dFol, &c.DueUnverified, &next,
		&ack, &res, &closed, &created, &updated, &slaStart, &lastContact, &involved)
	if err != nil {
		return nil, err
	}
	c.Involved = strings.Fields(involved)
	c.Channel, c.Complainant.Type, c.Status = Channel(channel), ComplainantType(ptype), Status(status)
	c.ReceivedAt, c.CreatedAt, c.UpdatedAt, c.slaStart = time.Unix(received, 0), time.Unix(created, 0), time.Unix(updated, 0), time.Unix(slaStart, 0)
	c.lastContact = time.Unix(lastContact, 0)
	c.AssessedAt, c.DueAck, c.DueResolve, c.DueProgress, c.DueFollowUp, c.NextDue = fromUnix(assessed),
		fromUnix(dAck), fromUnix(dRes), fromUnix(dProg), fromUnix(dFol), fromUnix(next)
	c.AcknowledgedAt, c.ResolvedAt, c.ClosedAt = fromUnix(ack), fromUnix(res), fromUnix(closed)
	if repeat.Valid {
		c.RepeatOf = &repeat.Int64
	}
	return &c, nil
}

func getComplaint(ctx context.Context, q querier, where string, arg any) (*Complaint, error) {
	c, err := scanComplaint(q.QueryRowContext(ctx, `SELECT `+complaintColumns+complaintFrom+` WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("complaint", fmt.Sprint(arg))
	}
	return c, err
}

// ComplaintByID reads one complaint.
func (s *Store) ComplaintByID(ctx context.Context, id int64) (*Complaint, error) {
	c, err := getComplaint(ctx, s.r, "c.id = ?", id)
	if err != nil {
		return nil, fmt.Errorf("store: complaint %d: %w", id, err)
	}
	return c, nil
}

// Complaint reads one complaint by its reference, written as in letters and email subjects
// ("TS-2026-000123", "[TS-2026-000123]"), or by its number alone as clerks say it ("123",
// "000123", "2026-000123"): of a number alone, the latest year's.
func (s *Store) Complaint(ctx context.Context, ref string) (*Complaint, error) {
	id, _, err := findComplaint(ctx, s.r, ref)
	var c *Complaint
	if err == nil {
		c, err = getComplaint(ctx, s.r, "c.id = ?", id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: complaint %s: %w", ref, err)
	}
	return c, nil
}

// History lists the complainant's complaints, newest first.
func (s *Store) History(ctx context.Context, complainantID int64) ([]*Complaint, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+complaintColumns+complaintFrom+
		` WHERE c.complainant_id = ? ORDER BY c.received_at DESC, c.id DESC LIMIT 200`, complainantID)
	if err != nil {
		return nil, fmt.Errorf("store: history: %w", err)
	}
	defer rows.Close()
	var out []*Complaint
	for rows.Next() {
		c, err := scanComplaint(rows)
		if err != nil {
			return nil, fmt.Errorf("store: history: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
