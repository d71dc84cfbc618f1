package data

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/quickre"

	"github.com/mattn/go-sqlite3"
	"golang.org/x/text/width"
)

// InboundMail is one received message as the mail intake decoded it. Raw is always kept; when
// Problem is set the message is stored as failed with that sentence, next to whatever could be
// decoded.
type InboundMail struct {
	UID uint32
	Raw []byte
	// Original is the file the message was read from when another program wrote it in a form
	// of its own (Outlook's .msg), kept beside Raw under OriginalName; nil for any other.
	Original     []byte
	OriginalName string
	ReceivedAt   time.Time // the server's arrival time

	MessageID  string // without angle brackets; "" when the message has none
	InReplyTo  string
	References []string
	FromName   string
	FromEmail  string
	// ReplyTo is the first Reply-To address; a web form's mail from a no-reply address names
	// the complainant there.
	ReplyToName  string
	ReplyToEmail string
	To           []string
	Cc           []string
	Subject      string
	Date         *time.Time
	Text         string
	Attachments  []InboundAttachment
	Auto         bool
	AutoReason   string
	// Spam is the receiving server's mark that the message is spam ("X-Spam-Flag: YES"); "" when
	// it set none. Such mail opens no complaint: it waits with the automatic mail (though it is no
	// automatic reply), where 登记为投诉 registers it if the filter was wrong. A reply naming a case
	// still goes on it as a reply.
	Spam     string
	Oversize bool
	Problem  string
	// HeaderDigest fingerprints the sender, date and subject as written; with the Message-ID it
	// tells apart different messages that a careless mailer gave the same Message-ID.
	HeaderDigest string
	// Returned is the header of the message a bounce or a receipt returns, when it carries one:
	// automatic mail is joined to the case that message belonged to.
	Returned *ReturnedMail
	// Forwarded is the message a forward passes on; nil when the mail is no forward.
	Forwarded *ForwardedMail
	// AnswerSubject and AnswerText are what a reply says of its own (its subject without "Re:"
	// and the case number, its words without what it quotes): a complaint registered from a
	// complainant's reply is made of them; the message keeps its text whole. "" when not given.
	AnswerSubject, AnswerText string
	// OwnText is the writer's own words, without the mail they quote below them (the office's
	// notice a resident answers, Outlook-style): where a complaint's phone number and address
	// are read. "" when it is the whole text.
	OwnText string
}

// ForwardedMail is the message a forward passes on: who wrote it, about what, and what it says.
type ForwardedMail struct {
	FromName  string
	FromEmail string
	Subject   string
	Text      string
	// Attachments are the files of a message forwarded as attachment.
	Attachments []InboundAttachment
	// Forwarded is what this message passes on in its turn: a complaint a leader passed down
	// to a colleague who forwarded it to the office's mailbox. nil when it is no forward.
	Forwarded *ForwardedMail
	// Answers says it passes Forwarded on by answering it (a reply quoting it): its writer
	// wrote the words above it.
	Answers bool
	// OwnText is the writer's own words without what they quote (see InboundMail.OwnText).
	OwnText string
}

// ReturnedMail identifies a message returned inside another.
type ReturnedMail struct {
	Subject    string
	MessageID  string
	InReplyTo  string
	References []string
}

// InboundAttachment is a decoded attachment or inline part.
type InboundAttachment struct {
	Filename    string
	ContentType string
	ContentID   string
	Inline      bool
	Data        []byte
}

// Identity is what makes a message the same message on every server and after every rescan:
// its Message-ID (with the header digest), or when it has none the hash of its bytes with their
// line ends made alike (lineEndSum): a message saved as a file with LF line ends is the one a
// server sends with CRLF.
func (m *InboundMail) Identity() string {
	if m.MessageID != "" {
		if m.HeaderDigest != "" {
			return "mid:" + m.MessageID + "#" + m.HeaderDigest
		}
		return "mid:" + m.MessageID
	}
	return "sha256:" + lineEndSum(m.Raw)
}

// rehashMailIdentities writes the identity of every stored message without a Message-ID as
// Identity has it now; one that would take a stored message's identity keeps its own.
func rehashMailIdentities(ctx context.Context, tx *sql.Conn) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, raw_sha256 FROM mail_messages WHERE identity LIKE 'sha256:%'`)
	if err != nil {
		return err
	}
	type stored struct {
		id  int64
		sha string
	}
	var all []stored
	for rows.Next() {
		var m stored
		if err := rows.Scan(&m.id, &m.sha); err != nil {
			rows.Close()
			return err
		}
		all = append(all, m)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, m := range all {
		// One message's bytes at a time: an oversize one may be tens of megabytes.
		var raw []byte
		if err := tx.QueryRowContext(ctx, `SELECT data FROM blobs WHERE sha256 = ?`, m.sha).Scan(&raw); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE OR IGNORE mail_messages SET identity = ? WHERE id = ?`,
			"sha256:"+lineEndSum(raw), m.id); err != nil {
			return err
		}
	}
	return nil
}

// lineEndSum is the SHA-256 of raw, in hex, as if every line ended in CRLF and the message in
// one line end.
func lineEndSum(raw []byte) string {
	h := sha256.New()
	raw = bytes.TrimRight(raw, "\r\n")
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '\n')
		if i < 0 {
			h.Write(raw)
			break
		}
		h.Write(bytes.TrimSuffix(raw[:i], []byte("\r")))
		h.Write([]byte("\r\n"))
		raw = raw[i+1:]
	}
	h.Write([]byte("\r\n"))
	return hex.EncodeToString(h.Sum(nil))
}

// MailBatch is a run of messages from one folder, stored in one transaction together with the
// new sync position, so that a crash leaves either all of it or none.
type MailBatch struct {
	AccountID   int64
	Folder      string
	UIDValidity uint32
	LastUID     uint32      // the folder position once the batch is stored
	AfterImport AfterImport // keep, or a server action to do once committed
	Messages    []InboundMail
	// Unfetched are messages of the folder the server listed but would not deliver, up to
	// LastUID: kept to be fetched again at the next check. Gone are such messages no longer on
	// the server (deleted meanwhile by another client).
	Unfetched []UnfetchedMail
	Gone      []uint32
	// OnStored is called inside the transaction after each message, for progress.
	OnStored func(i int)
	// ByHand is set when the clerk registers a message as a complaint: it opens one whatever it
	// looks like (automatic, or naming a case).
	ByHand bool
	// Sent is set for mail from the folder the office's mail program keeps what it sent in: a
	// message that answers a complaint goes on the case as outgoing email; any other is left on
	// the server, not stored (MailOutcome.Skipped).
	Sent bool

	own map[string]bool // the office's own addresses, lower case: read when the batch is stored
	// office is the office's profile, read with own: its phone numbers and address, quoted or
	// pasted in a complainant's mail, are not the complainant's.
	office Office
	// domain is the mail domain of the office's address in its profile, when it has one of its
	// own: colleagues write from it.
	domain string
	// pending keeps the server action of a message stored again (retried or registered) that
	// was still waiting for it.
	pending bool
	// written is set when the clerk wrote the complaint a failed message opens: what the import
	// found wrong with the message no longer keeps it from opening one.
	written bool
	// onCase is the case the clerk files the message on: it joins it as a reply, whatever it
	// says (FileMailOnCase).
	onCase int64
}

// AutoReasonOwn is why mail from the office's own address (its copy of a reply the office sent,
// say) opens no complaint: it goes on the case it names as outgoing mail.
const AutoReasonOwn = "sent from the office's own address"

// ownAddresses are the addresses the office sends from: the office profile's, and the mail
// account's user name when it is an address; for mail that comes from no account (a message
// saved as a file, from any of the office's mailboxes), every account's. domain is the profile
// address's mail domain when it is the office's own, not a public mail service's: its
// colleagues' addresses are there. A profile without such an address leaves it to the
// accounts' addresses, when they are all at one domain of the office's own.
func ownAddresses(ctx context.Context, tx *sql.Conn, accountID int64) (own map[string]bool, domain string, office Office, err error) {
	own = map[string]bool{}
	// A profile that cannot be read names no address; the import does not stop for it (a
	// database that fails shows in the statements that follow).
	if o, err := officeProfile(ctx, tx); err == nil {
		office = o
		if o.Email != "" {
			own[strings.ToLower(strings.TrimSpace(o.Email))] = true
			if d := mailDomain(o.Email); !publicMail[d] {
				domain = d
			}
		}
	}
	q, args := `SELECT username FROM mail_accounts WHERE id = ?`, []any{accountID}
	if accountID == 0 {
		q, args = `SELECT username FROM mail_accounts`, nil
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, "", Office{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var user string
		if err := rows.Scan(&user); err != nil {
			return nil, "", Office{}, err
		}
		if CheckEmail(user) == nil && strings.Contains(user, "@") {
			own[strings.ToLower(strings.TrimSpace(user))] = true
		}
	}
	if err := rows.Err(); err != nil {
		return nil, "", Office{}, err
	}
	if domain == "" {
		domains := map[string]bool{}
		for a := range own {
			domains[mailDomain(a)] = true
		}
		for d := range domains {
			if len(domains) == 1 && !publicMail[d] {
				domain = d
			}
		}
	}
	return own, domain, office, nil
}

// MailOutcome is what became of one message of a batch.
type MailOutcome struct {
	UID          uint32
	ID           int64 // the stored message
	State        MailState
	ComplaintRef string
	Duplicate    bool // already stored: nothing new was written
	Skipped      bool // sent mail that answers no complaint: nothing was written
	Problem      string
}

// ProblemNoSender is why a message without a sender address is kept as failed.
const ProblemNoSender = "the message has no sender address, so no complaint was opened"

// refInText is a complaint reference in text, also with other dashes or spaces between its
// parts ("TS–2026–000123", "TS 2026 000123") once refDashes made them ASCII.
var refInText = quickre.MustCompile(`(?i)\b` + refPrefix + `[ -]?(\d{4})[ -]?(\d{6})\b`)

// refDashes are the dashes a word processor or input method puts in a typed reference.
var refDashes = strings.NewReplacer("–", "-", "—", "-", "‐", "-", "‑", "-", "−", "-", "\u3000", " ")

// subjectRef is a complaint reference named in a subject; quoted says it stands as the office's
// mail names it, in brackets ("[TS-2026-000123]", "【TS-2026-000123】"), or the subject answers
// such mail ("Re:", "回复：").
type subjectRef struct {
	ref    string
	quoted bool
}

// refsInSubject are the complaint references a subject names, in order, also when a Chinese
// input method typed them in full-width letters and digits ("ＴＳ－２０２６－０００１２３").
func refsInSubject(subject string) []subjectRef {
	subject = refDashes.Replace(width.Fold.String(subject))
	reply := replyPrefix.MatchString(subject)
	// Where the office's mail puts the number: first, after any "Fwd:" or "转发：".
	head := len(subject) - len(strings.TrimLeft(forwardPrefixes.ReplaceAllString(subject, ""), " \t"))
	var refs []subjectRef
	for _, m := range refInText.FindAllStringSubmatchIndex(subject, -1) {
		before, size := utf8.DecodeLastRuneInString(subject[:m[0]])
		after, _ := utf8.DecodeRuneInString(subject[m[1]:])
		first := strings.TrimSpace(subject[:m[0]-size]) == strings.TrimSpace(subject[:head])
		refs = append(refs, subjectRef{ref: refPrefix + "-" + subject[m[2]:m[3]] + "-" + subject[m[4]:m[5]],
			quoted: reply || first && (before == '[' || before == '【') && (after == ']' || after == '】')})
	}
	return refs
}

// forwardPrefixes are the words a forward puts before a subject, one or more.
var forwardPrefixes = quickre.MustCompile(`(?i)^(\s*(fwd?|转发|轉寄|转寄|轉發)\s*[:：])+`)

// replyPrefix begins the subject of a reply.
var replyPrefix = quickre.MustCompile(`(?i)^\s*(re|aw|sv|答复|答覆|回复|回覆|回信)\s*[:：]`)

// RefInSubject is the complaint reference a subject names, e.g. "Re: [TS-2026-000123] …"; "" when
// none.
func RefInSubject(subject string) string {
	if refs := refsInSubject(subject); len(refs) > 0 {
		return refs[0].ref
	}
	return ""
}

// ImportMail stores a batch: raw bytes, decoded fields, attachments, and what each message
// becomes (a new complaint, a reply on its case, automatic mail, or failed), all in one
// transaction with the folder position. Messages already stored are skipped.
//
// The batch is first written without a savepoint per message: a savepoint makes the search
// index write out its pending rows, which cost about a third of the storing time. Should any
// message fail to route, that attempt is rolled back and the batch written again with each
// message in its own savepoint, so that the message is stored as failed with the reason and the
// others as usual.
func (s *Store) ImportMail(ctx context.Context, b MailBatch) ([]MailOutcome, error) {
	out, err := s.importBatch(ctx, &b, false)
	if err != nil && ctx.Err() == nil {
		out, err = s.importBatch(ctx, &b, true)
	}
	if err != nil {
		return nil, fmt.Errorf("store: import mail: %w", err)
	}
	return out, nil
}

func (s *Store) importBatch(ctx context.Context, b *MailBatch, guarded bool) ([]MailOutcome, error) {
	out := make([]MailOutcome, 0, len(b.Messages))
	// The statements run without the caller's cancellation, which is checked between messages
	// instead: the SQLite driver runs each statement of a cancellable context in a goroutine of
	// its own, and that hand-over costs more than most of the statements here.
	sctx := context.WithoutCancel(ctx)
	preps := prepareBatch(b.Messages)
	err := s.write(ctx, func(tx *sql.Conn) error {
		var err error
		if b.own, b.domain, b.office, err = ownAddresses(sctx, tx, b.AccountID); err != nil {
			return err
		}
		for i := range b.Messages {
			if err := ctx.Err(); err != nil {
				return err
			}
			o, err := s.importOne(sctx, tx, b, &b.Messages[i], preps.get(i), 0, guarded)
			if err != nil {
				return fmt.Errorf("message uid %d: %w", b.Messages[i].UID, err)
			}
			out = append(out, o)
			if b.OnStored != nil {
				b.OnStored(i)
			}
		}
		if b.AccountID != 0 {
			// A server without UIDVALIDITY (0) keeps what it did not deliver too.
			if err := s.keepUnfetched(sctx, tx, b); err != nil {
				return err
			}
		}
		if b.UIDValidity == 0 {
			return nil
		}
		return setSyncState(sctx, tx, b.AccountID, b.Folder, b.UIDValidity, b.LastUID, s.Now())
	})
	return out, err
}

// UnfetchedMail is a message a folder lists but its server would not deliver: its content came
// as nothing (NIL), or the server refused to fetch it. It is fetched again at every check until it
// comes; the clerk is told of it meanwhile (and can read it in the webmail: it is neither marked
// nor moved there).
// UnfetchedConnLost is the Error of a message the connection broke on while it was being
// fetched: a check that was cut short, unless it happens again at every check.
const UnfetchedConnLost = "the connection was lost while it was being fetched"

type UnfetchedMail struct {
	UID      uint32
	Subject  string // as the server's envelope gave them, when it did
	Sender   string
	Error    string // what the server did
	Attempts int    // the checks that tried it
	FirstAt  time.Time
}

// keepUnfetched records, with a batch, the messages that did not come and those that came or
// went since an earlier check missed them.
func (s *Store) keepUnfetched(ctx context.Context, tx *sql.Conn, b *MailBatch) error {
	now := s.Now().Unix()
	for _, u := range b.Unfetched {
		if _, err := tx.ExecContext(ctx, `INSERT INTO mail_unfetched (account_id, folder, uid_validity, uid, subject,
			sender, error, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (account_id, folder, uid_validity, uid) DO UPDATE SET attempts = attempts + 1,
				error = excluded.error, last_at = excluded.last_at,
				subject = CASE WHEN excluded.subject <> '' THEN excluded.subject ELSE subject END,
				sender = CASE WHEN excluded.sender <> '' THEN excluded.sender ELSE sender END`,
			b.AccountID, b.Folder, b.UIDValidity, u.UID, clip(u.Subject, MaxShort), clip(u.Sender, MaxShort),
			clip(u.Error, MaxShort), now, now); err != nil {
			return fmt.Errorf("store: keep unfetched mail: %w", err)
		}
	}
	done := append([]uint32{}, b.Gone...)
	for _, m := range b.Messages {
		done = append(done, m.UID)
	}
	for _, uid := range done {
		if _, err := tx.ExecContext(ctx, `DELETE FROM mail_unfetched WHERE account_id = ? AND folder = ?
			AND uid_validity = ? AND uid = ?`, b.AccountID, b.Folder, b.UIDValidity, uid); err != nil {
			return fmt.Errorf("store: unfetched mail fetched: %w", err)
		}
	}
	return nil
}

// UnfetchedMail lists the messages of a folder still waiting to be fetched again, those tried
// fewest times first (one the server hangs up on every time comes after the others); those of an
// earlier UIDVALIDITY are no longer looked for (a rescan reads the whole folder again).
func (s *Store) UnfetchedMail(ctx context.Context, accountID int64, folder string, uidValidity uint32) ([]UnfetchedMail, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT uid, subject, sender, error, attempts, first_at FROM mail_unfetched
		WHERE account_id = ? AND folder = ? AND uid_validity = ? ORDER BY attempts, uid`, accountID, folder, uidValidity)
	if err != nil {
		return nil, fmt.Errorf("store: unfetched mail: %w", err)
	}
	defer rows.Close()
	var out []UnfetchedMail
	for rows.Next() {
		var u UnfetchedMail
		var first int64
		if err := rows.Scan(&u.UID, &u.Subject, &u.Sender, &u.Error, &u.Attempts, &first); err != nil {
			return nil, fmt.Errorf("store: unfetched mail: %w", err)
		}
		u.FirstAt = time.Unix(first, 0)
		out = append(out, u)
	}
	return out, rows.Err()
}

// StoredUIDs are those of uids whose message is stored from folder at uidValidity.
func (s *Store) StoredUIDs(ctx context.Context, accountID int64, folder string, uidValidity uint32, uids []uint32) (map[uint32]bool, error) {
	out := map[uint32]bool{}
	for len(uids) > 0 {
		chunk := uids[:min(len(uids), 500)]
		uids = uids[len(chunk):]
		args := []any{accountID, folder, uidValidity}
		for _, u := range chunk {
			args = append(args, u)
		}
		rows, err := s.r.QueryContext(ctx, `SELECT uid FROM mail_messages WHERE account_id = ? AND folder = ? AND uid_validity = ?
			AND uid IN (?`+strings.Repeat(", ?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("store: stored uids: %w", err)
		}
		for rows.Next() {
			var u uint32
			if err := rows.Scan(&u); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: stored uids: %w", err)
			}
			out[u] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: stored uids: %w", err)
		}
	}
	return out, nil
}

// preparedMail is the part of storing a message that needs no database: hashes, the complaint
// it would open, and for a forward also the complaint of the person it passes on.
type preparedMail struct {
	rawSHA    string
	identity  string // the message's Identity
	attSHA    []string
	complaint preparedComplaint
	forwarded *preparedComplaint
}

// preparedComplaint is a complaint to open, checked, with its search pairs.
type preparedComplaint struct {
	NewComplaint
	invalid error // why it does not validate
	pairs   string
}

func prepareComplaint(n NewComplaint) preparedComplaint {
	p := preparedComplaint{NewComplaint: n, invalid: n.Validate()}
	if p.invalid == nil {
		p.pairs = Bigrams(n.Subject + "\n" + n.Description)
	}
	return p
}

func prepareMail(m *InboundMail) *preparedMail {
	p := &preparedMail{rawSHA: blobSum(m.Raw), identity: m.Identity(), complaint: prepareComplaint(complaintFromMail(m))}
	for _, a := range m.Attachments {
		p.attSHA = append(p.attSHA, blobSum(a.Data))
	}
	if f := m.Forwarded; f != nil {
		fc := prepareComplaint(complaintFromForward(m, f))
		p.forwarded = &fc
	}
	return p
}

// preparedBatch is a batch's preparedMail, worked out in order on another core while the
// messages before are written.
type preparedBatch struct {
	preps []*preparedMail
	ready []chan struct{}
}

func prepareBatch(msgs []InboundMail) *preparedBatch {
	pb := &preparedBatch{preps: make([]*preparedMail, len(msgs)), ready: make([]chan struct{}, len(msgs))}
	for i := range pb.ready {
		pb.ready[i] = make(chan struct{})
	}
	go func() {
		for i := range msgs {
			pb.preps[i] = prepareMail(&msgs[i])
			close(pb.ready[i])
		}
	}()
	return pb
}

func (pb *preparedBatch) get(i int) *preparedMail {
	<-pb.ready[i]
	return pb.preps[i]
}

// importOne stores one message. Guarded, it does so inside a savepoint: if routing fails (say,
// the year's reference numbers are used up), the message is still stored, as failed with the
// reason; unguarded, or when the database itself fails, the error is returned. keepID, when
// set, is the id the stored row gets.
func (s *Store) importOne(ctx context.Context, tx *sql.Conn, b *MailBatch, m *InboundMail, p *preparedMail, keepID int64, guarded bool) (MailOutcome, error) {
	o := MailOutcome{UID: m.UID}
	if b.Sent {
		// The office's other mail is none of the complaint register's business: not a byte of it
		// is kept.
		caseID, err := s.caseAnswered(ctx, tx, m, b)
		if err != nil || caseID == 0 {
			o.Skipped = err == nil
			return o, err
		}
	}
	_, err := putBlobSum(ctx, tx, p.rawSHA, m.Raw)
	if err != nil {
		return o, err
	}
	identity := p.identity
	var existing int64
	var acct, validity, uid sql.NullInt64
	var folder, state string
	err = tx.QueryRowContext(ctx, `SELECT id, account_id, folder, uid_validity, uid, state FROM mail_messages WHERE identity = ?`, identity).
		Scan(&existing, &acct, &folder, &validity, &uid, &state)
	if err == nil {
		o.ID, o.State, o.Duplicate = existing, MailState(state), true
		if b.AccountID == 0 || b.UIDValidity == 0 || m.UID == 0 {
			return o, nil
		}
		pending := b.AfterImport == AfterSeen || b.AfterImport == AfterMove
		switch {
		case acct.Int64 == b.AccountID && folder == b.Folder && validity.Int64 != int64(b.UIDValidity):
			// A rescan after a UIDVALIDITY change: the row points at the message's new UID, and
			// the copy there, back as it came, is marked or moved again.
			if _, err := tx.ExecContext(ctx, `UPDATE mail_messages SET uid_validity = ?, uid = ?,
				server_pending = server_pending OR ? WHERE id = ?`, b.UIDValidity, m.UID, pending, existing); err != nil {
				return o, err
			}
		case pending && !(acct.Int64 == b.AccountID && folder == b.Folder && uid.Int64 == int64(m.UID)):
			// Another copy of a message stored (a second address of the same mailbox, a file
			// imported before): marked or moved as the one stored.
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO mail_server_copies (account_id, folder,
				uid_validity, uid) VALUES (?, ?, ?, ?)`, b.AccountID, b.Folder, b.UIDValidity, m.UID); err != nil {
				return o, err
			}
		}
		return o, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return o, err
	}
	if !guarded {
		return s.routeMail(ctx, tx, b, m, p, identity, "", keepID)
	}
	if _, err := tx.ExecContext(ctx, `SAVEPOINT mail_message`); err != nil {
		return o, err
	}
	o, err = s.routeMail(ctx, tx, b, m, p, identity, "", keepID)
	if err != nil {
		// A case that cannot be opened makes the message failed, and so does something in the
		// message the database refuses: it would refuse it again at every check, and stop the
		// messages after it for good. The database failing (a full disk, say) fails the batch,
		// which the next pass imports again.
		_, problem := AsProblem(err)
		refused := !problem && refusedByDatabase(err)
		if !problem && !refused {
			return o, err
		}
		if _, rerr := tx.ExecContext(ctx, `ROLLBACK TO mail_message`); rerr != nil {
			return o, errors.Join(err, rerr)
		}
		if refused {
			// Kept as received, without what was decoded from it; reading it again decodes it
			// anew.
			bare, bp := *m, *p
			bare.Attachments, bp.attSHA = nil, nil
			m, p = &bare, &bp
		}
		o, err = s.routeMail(ctx, tx, b, m, p, identity, err.Error(), keepID)
		if err != nil {
			return o, err
		}
	}
	_, err = tx.ExecContext(ctx, `RELEASE mail_message`)
	return o, err
}

// refusedByDatabase tells an error that the message's own contents cause (a value the schema
// does not take, a field longer than SQLite's limit) from one of the database itself.
func refusedByDatabase(err error) bool {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code {
	case sqlite3.ErrConstraint, sqlite3.ErrTooBig, sqlite3.ErrMismatch, sqlite3.ErrRange:
		return true
	}
	return false
}

// routeMail decides what the message becomes and writes it. forcedProblem, when set, stores it
// as failed with that reason.
func (s *Store) routeMail(ctx context.Context, tx *sql.Conn, b *MailBatch, m *InboundMail, p *preparedMail, identity, forcedProblem string, keepID int64) (MailOutcome, error) {
	o := MailOutcome{UID: m.UID}
	now := s.now(ctx)
	state, problemText := MailComplaint, m.Problem
	if b.written {
		problemText = ""
	}
	if forcedProblem != "" {
		problemText = forcedProblem
	}
	var caseID int64
	var err error
	var colleague bool // a colleague's mail on the case, not the complainant's
	// The office's own mail is outgoing: it goes on the case it names, and opens none. Its web
	// form's mail is no such mail, though the form writes from the office's address.
	var form *NewComplaint
	if !b.Sent {
		form = formFromOwn(m, b.own, b.domain)
	}
	own := !b.ByHand && form == nil && (b.Sent || m.FromEmail != "" && b.own[strings.ToLower(m.FromEmail)])
	auto, autoReason, dir := m.Auto, m.AutoReason, DirIn
	if own {
		auto, dir = true, DirOut
		if !m.Auto {
			autoReason = AutoReasonOwn
		}
	}
	if problemText == "" && b.onCase != 0 {
		state, caseID = MailReply, b.onCase
	} else if problemText == "" && b.ByHand {
		if !hasSender(m) && !b.written {
			problemText = ProblemNoSender
		}
	} else if problemText == "" {
		caseID, err = s.caseAnswered(ctx, tx, m, b)
		if err != nil {
			return o, err
		}
		if caseID != 0 && !auto {
			var answers bool
			if colleague, answers, err = colleagueOnCase(ctx, tx, m, caseID, b.domain); err != nil {
				return o, err
			}
			if answers {
				// A colleague's answer to the complainant, copied to the office's mailbox: the
				// office's contact with them, as its own mail is.
				auto, dir, autoReason, colleague = true, DirOut, AutoReasonOwn, false
			}
		}
		switch {
		case auto:
			state = MailAuto
		case caseID != 0:
			state = MailReply
		case m.Spam != "":
			// Waits with the automatic mail, though no machine sent it: it is no automatic reply.
			state, autoReason = MailAuto, m.Spam
		case !hasSender(m):
			problemText = ProblemNoSender
		}
	}
	if problemText != "" {
		state, caseID = MailFailed, 0
	}
	opens := &p.complaint
	if form != nil {
		fc := prepareComplaint(*form)
		opens = &fc
	}
	passed := forwardedByColleague(m, b.own, b.domain)
	switch {
	case passed == nil:
	case passed == m.Forwarded:
		opens = p.forwarded
	default: // through other colleagues' forwards
		fc := prepareComplaint(complaintFromForward(m, passed))
		opens = &fc
	}
	// Validated before anything is written, so that the usual reason for failing (a complaint
	// that does not validate) needs no second attempt with savepoints.
	if state == MailComplaint && opens.invalid != nil {
		state, problemText = MailFailed, opens.invalid.Error()
	}
	if state == MailComplaint {
		n := opens.NewComplaint
		if !b.written { // what the clerk typed stands as typed
			if n.Complainant, err = textContact(ctx, tx, withoutOffice(n.Complainant, b.office), n.mailPhone, b.own, b.domain); err != nil {
				return o, err
			}
		}
		c, err := s.insertComplaint(ctx, tx, n, opens.pairs)
		if err != nil {
			return o, err
		}
		caseID, o.ComplaintRef = c.ID, c.Ref
	}
	received := m.ReceivedAt
	if received.IsZero() {
		received = now
	}
	var complaint any
	if caseID != 0 {
		complaint = caseID
	}
	pending := b.AfterImport == AfterSeen || b.AfterImport == AfterMove || b.pending
	var acct any
	if b.AccountID != 0 {
		acct = b.AccountID
	}
	cols, marks, args := "", "", []any{}
	if keepID != 0 {
		cols, marks, args = "id, ", "?, ", []any{keepID}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO mail_messages (`+cols+`account_id, folder, uid_validity, uid, identity,
		message_id, raw_sha256, size, state, complaint_id, direction, from_name, from_email, to_addrs, cc_addrs,
		subject, date, received_at, body_text, in_reply_to, refs, auto_reply, auto_reason, oversize, error,
		server_pending, imported_at, updated_at)
		VALUES (`+marks+`?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		append(args, acct, b.Folder, b.UIDValidity, m.UID, identity, m.MessageID, p.rawSHA, len(m.Raw), string(state), complaint,
			string(dir), m.FromName, m.FromEmail, strings.Join(m.To, "\n"), strings.Join(m.Cc, "\n"), m.Subject,
			unixPtr(m.Date), received.Unix(), m.Text, m.InReplyTo, strings.Join(m.References, " "), auto,
			autoReason, m.Oversize, problemText, pending, now.Unix(), now.Unix())...)
	if err != nil {
		return o, fmt.Errorf("store message: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return o, err
	}
	if err := insertAttachments(ctx, tx, id, m.Attachments, p.attSHA); err != nil {
		return o, err
	}
	if m.Original != nil {
		sha, err := putBlob(ctx, tx, m.Original)
		if err != nil {
			return o, err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE mail_messages SET original_sha256 = ?, original_name = ? WHERE id = ?`,
			sha, m.OriginalName, id); err != nil {
			return o, err
		}
	}
	if caseID != 0 {
		forwarded := state == MailComplaint && passed != nil
		if err := s.linkMailToCase(ctx, tx, caseID, id, state, dir, forwarded, colleague, m, p.attSHA, now); err != nil {
			return o, err
		}
		if forwarded {
			// The photos of a complaint forwarded as attachment are the complainant's evidence.
			if err := s.mailEvidence(ctx, tx, caseID, id, m.Subject, passed.Text, passed.Attachments, nil); err != nil {
				return o, err
			}
		}
		if o.ComplaintRef == "" {
			if err := tx.QueryRowContext(ctx, `SELECT ref FROM complaints WHERE id = ?`, caseID).Scan(&o.ComplaintRef); err != nil {
				return o, err
			}
		}
	}
	o.ID, o.State, o.Problem = id, state, problemText
	changes := map[string]any{"identity": identity, "state": state, "complaint_id": complaint, "size": len(m.Raw),
		"error": problemText}
	if b.AccountID != 0 {
		// Where on the server it was; a message saved as a file was nowhere there.
		changes["uid"], changes["folder"] = m.UID, b.Folder
	}
	return o, audit(ctx, tx, now, "mail_message", id, "import", changes)
}

// insertAttachments stores a message's attachments; shas are their blobSum.
func insertAttachments(ctx context.Context, tx *sql.Conn, messageID int64, atts []InboundAttachment, shas []string) error {
	for i, a := range atts {
		sha, err := putBlobSum(ctx, tx, shas[i], a.Data)
		if err != nil {
			return err
		}
		ct := a.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO mail_attachments (message_id, position, filename, content_type,
			content_id, inline, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			messageID, i, a.Filename, ct, a.ContentID, a.Inline, len(a.Data), sha); err != nil {
			return fmt.Errorf("store attachment: %w", err)
		}
	}
	return nil
}

// caseAnswered is the complaint a message refers to: a reference number in its subject, or a
// stored message it replies to; for automatic mail, also the message it returns. 0 when none.
func (s *Store) caseAnswered(ctx context.Context, tx *sql.Conn, m *InboundMail, b *MailBatch) (int64, error) {
	thread, err := caseReferredTo(ctx, tx, "", m.InReplyTo, m.References)
	if err != nil {
		return 0, err
	}
	office := b.Sent || b.own[strings.ToLower(strings.TrimSpace(m.FromEmail))] || b.domain != "" && mailDomain(m.FromEmail) == b.domain
	id, err := caseInSubject(ctx, tx, m, thread, office)
	if err != nil {
		return 0, err
	}
	if id == 0 {
		id = thread
	}
	if id == 0 && !office && !m.Auto {
		if id, err = caseOfSubject(ctx, tx, m); err != nil {
			return 0, err
		}
	}
	if id == 0 && !office && !m.Auto {
		if id, err = ownCaseInText(ctx, tx, m); err != nil {
			return 0, err
		}
	}
	if id == 0 && !office && hotline(m.FromName, m.FromEmail) {
		if id, err = caseOfWorkOrder(ctx, tx, workOrder(m.Subject, m.Text)); err != nil {
			return 0, err
		}
	}
	if id != 0 || !m.Auto || m.Returned == nil {
		return id, nil
	}
	r := m.Returned
	// The returned message itself first, then its parents.
	return caseReferredTo(ctx, tx, r.Subject, r.MessageID, append(append([]string{}, r.References...), r.InReplyTo))
}

// caseOfSubject is the case a complainant's reply names by its subject alone, as QQ Mail's and
// other phone apps' replies come, without In-Reply-To or References: "回复：回复：3栋电梯又坏了" from
// the address of the case "3栋电梯又坏了", or of a case with mail so headed (the office's answer,
// "答复：…"). Of several, the newest. 0 when the subject answers nothing of theirs.
func caseOfSubject(ctx context.Context, tx querier, m *InboundMail) (int64, error) {
	bare := bareSubject(m.Subject)
	if bare == strings.TrimSpace(width.Fold.String(m.Subject)) || utf8.RuneCountInString(bare) < 4 || !strings.Contains(m.FromEmail, "@") {
		return 0, nil // no reply's or forward's words before it, or too little to tell by
	}
	rows, err := tx.QueryContext(ctx, `SELECT c.id, c.subject FROM complaints c JOIN complainants p ON p.id = c.complainant_id
		WHERE lower(p.email) = lower(?) AND p.email <> ''
		UNION ALL SELECT c.id, mm.subject FROM complaints c JOIN complainants p ON p.id = c.complainant_id
		JOIN mail_messages mm ON mm.complaint_id = c.id WHERE lower(p.email) = lower(?) AND p.email <> ''`,
		strings.TrimSpace(m.FromEmail), strings.TrimSpace(m.FromEmail))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var pick int64
	for rows.Next() {
		var id int64
		var subject string
		if err := rows.Scan(&id, &subject); err != nil {
			return 0, err
		}
		if id > pick && bareSubject(subject) == bare {
			pick = id
		}
	}
	return pick, rows.Err()
}

// ownCaseInText is the case a complainant names by its number in their own words, under a
// subject of their own that goes on with the case's ("车库漏水补充" on "地下车库漏水严重": "我的投诉编号
// 是TS-2026-000002"): theirs only, by the address the case has; a new matter under a subject of
// its own ("新问题"), or someone else's case cited ("和TS-…一样"), opens a complaint. 0 when none.
func ownCaseInText(ctx context.Context, tx querier, m *InboundMail) (int64, error) {
	text := cmp.Or(strings.TrimSpace(m.OwnText), m.Text)
	if len(text) > 4000 {
		text = strings.ToValidUTF8(text[:4000], "")
	}
	if !strings.Contains(strings.ToUpper(width.Fold.String(text)), refPrefix) {
		return 0, nil
	}
	for _, r := range refInText.FindAllStringSubmatch(refDashes.Replace(width.Fold.String(text)), 5) {
		id, email, err := caseByRef(ctx, tx, refPrefix+"-"+r[1]+"-"+r[2])
		if err != nil {
			return 0, err
		}
		if id == 0 || email == "" || !strings.EqualFold(email, strings.TrimSpace(m.FromEmail)) {
			continue
		}
		var subject string
		if err := tx.QueryRowContext(ctx, `SELECT subject FROM complaints WHERE id = ?`, id).Scan(&subject); err != nil {
			return 0, err
		}
		if sharesWords(subject, m.Subject) {
			return id, nil // "车库漏水补充" on "地下车库漏水严重"; not "新问题"
		}
	}
	return 0, nil
}

// sharesWords tells two Chinese subjects that have two characters in a row in common.
func sharesWords(a, b string) bool {
	ra := []rune(a)
	for i := 0; i+1 < len(ra); i++ {
		if unicode.Is(unicode.Han, ra[i]) && unicode.Is(unicode.Han, ra[i+1]) && strings.Contains(b, string(ra[i:i+2])) {
			return true
		}
	}
	return false
}

// caseOfWorkOrder is the case a hotline's work order opened, named by its number in the case's
// subject or text: the hotline's reminder (【催办】), its extension and its closing notice go on
// it. 0 when none, or for no number.
func caseOfWorkOrder(ctx context.Context, tx querier, number string) (int64, error) {
	if number == "" {
		return 0, nil
	}
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ? ORDER BY rowid DESC LIMIT 1`,
		`"`+number+`"`).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// workOrder is the number of a hotline's work order in its subject or at the top of its text:
// "工单编号：SZ20261202000123", "【工单转办】SZ20261202000123 …"; "" when none.
func workOrder(subject, text string) string {
	if len(text) > 2000 {
		text = strings.ToValidUTF8(text[:2000], "")
	}
	for _, s := range []string{subject, text} {
		if m := workOrderNumber.FindStringSubmatch(s); m != nil {
			return strings.ToUpper(m[1] + m[2])
		}
	}
	return ""
}

var workOrderNumber = quickre.MustCompile(eitherScript(`(?:工单|工單)(?:编号|編號|号|號)?\s*[:：]?\s*([A-Za-z]{0,6}\d{8,20})|` +
	`^\s*【[^】]{1,10}】\s*([A-Za-z]{0,6}\d{10,20})`))

// bareSubject is a subject without the words replies and forwards put before it ("回复：答复：",
// "Re: Fwd:"), the case number (in brackets or not), and spaces at its ends, its letters and
// digits folded to their narrow forms.
func bareSubject(subject string) string {
	s := width.Fold.String(subject)
	for {
		t := strings.TrimSpace(replyPrefix.ReplaceAllString(forwardPrefixes.ReplaceAllString(s, ""), ""))
		if t == s {
			break
		}
		s = t
	}
	s = bracketedRef.ReplaceAllString(s, "")
	return strings.Join(strings.Fields(s), " ")
}

// bracketedRef is a case number in brackets, as the office's mail puts it in a subject, or one
// standing alone, also mistyped by a digit ("TS-2026-00003").
var bracketedRef = quickre.MustCompile(`(?i)[\[【]\s*` + refPrefix + `[ -]?\d{4}[ -]?\d{6}\s*[\]】]|` +
	`\b` + refPrefix + `[ -]?\d{4}[ -]?\d{5,7}\b`)

// caseInSubject is the case a reference number in m's subject names for its sender: of several,
// the sender's own. Another complainant's case (or one registered from a call, with no address)
// counts only as the office's mail names it (in brackets, or in a reply to such mail), or for
// the office's own mail and automatic mail, or when the message's thread is on it: a neighbour
// citing a case ("同TS-2026-000003，我的车位也被占了") or a vendor's ticket number forwarded by a
// resident opens a complaint of its own. 0 when none counts.
func caseInSubject(ctx context.Context, tx querier, m *InboundMail, thread int64, office bool) (int64, error) {
	var pick int64
	for _, r := range refsInSubject(m.Subject) {
		id, email, err := caseByRef(ctx, tx, r.ref)
		if err != nil {
			return 0, err
		}
		if id == 0 {
			continue
		}
		if email != "" && strings.EqualFold(email, m.FromEmail) {
			return id, nil
		}
		if email == "" {
			// The case taken by phone of whoever gives its number.
			if caller, err := givesPhoneOf(ctx, tx, m, id); err != nil || caller {
				return id, err
			}
		}
		if pick == 0 && (r.quoted || office || m.Auto || id == thread) {
			pick = id
		}
	}
	// The number in the subject may be another complainant's (mistyped, or a case they heard
	// of, or one registered from a call) while the thread is the sender's own: their own case
	// wins.
	if pick != 0 && thread != 0 && thread != pick {
		theirs, err := complainantEmail(ctx, tx, thread)
		if err != nil {
			return 0, err
		}
		if strings.EqualFold(theirs, m.FromEmail) {
			return thread, nil
		}
	}
	return pick, nil
}

// givesPhoneOf tells whether m's text gives the phone number of case id's complainant as the
// writer's, under their name ("关于TS-…的补充，我电话138…" from the resident who called it in).
func givesPhoneOf(ctx context.Context, tx querier, m *InboundMail, id int64) (bool, error) {
	var key, name string
	err := tx.QueryRowContext(ctx, `SELECT p.phone_key, p.name FROM complaints c JOIN complainants p ON p.id = c.complainant_id
		WHERE c.id = ?`, id).Scan(&key, &name)
	if err != nil || key == "" {
		return false, err
	}
	// Under the same name, as textContact takes a number on record: the other side of a dispute
	// writes the complainant's number too ("联系电话：138…（王阿姨的）").
	c := complaintFromMail(m).Complainant
	return phoneKey(c.Phone) == key && strings.TrimSpace(c.Name) == strings.TrimSpace(name), nil
}

// complainantEmail is the address of a case's complainant, "" when they gave none.
// caseByRef is the case of a reference number and its complainant's address; 0 when there is no
// such case.
func caseByRef(ctx context.Context, tx querier, ref string) (id int64, email string, err error) {
	id, err = complaintIDByRef(ctx, tx, ref)
	if errors.Is(err, ErrNotFound) {
		return 0, "", nil
	}
	if err != nil {
		return 0, "", err
	}
	email, err = complainantEmail(ctx, tx, id)
	return id, email, err
}

func complainantEmail(ctx context.Context, tx querier, caseID int64) (string, error) {
	var email string
	err := tx.QueryRowContext(ctx, `SELECT p.email FROM complaints c JOIN complainants p ON p.id = c.complainant_id
		WHERE c.id = ?`, caseID).Scan(&email)
	return strings.TrimSpace(email), err
}

// colleagueOnCase tells a colleague's mail on a case: from the office's own domain (in its
// profile), neither from the complainant nor passing on mail from outside. answers says it went
// to the complainant too, the office's mailbox copied: the colleague answered them.
func colleagueOnCase(ctx context.Context, tx querier, m *InboundMail, caseID int64, domain string) (colleague, answers bool, err error) {
	if domain == "" || mailDomain(m.FromEmail) != domain {
		return false, false, nil
	}
	email, err := complainantEmail(ctx, tx, caseID)
	if err != nil || strings.EqualFold(email, m.FromEmail) {
		return false, false, err
	}
	if passedOn(m.Forwarded, nil, domain) != nil {
		return false, false, nil // someone's mail from outside, passed on: the complainant's, as a rule
	}
	for _, a := range append(append([]string{}, m.To...), m.Cc...) {
		if email != "" && strings.EqualFold(addressOf(a), email) {
			return true, true, nil
		}
	}
	return true, false, nil
}

// addressOf is the address of a recipient as stored, "张三 <zs@example.cn>" or "zs@example.cn".
func addressOf(recipient string) string {
	r := strings.TrimSpace(recipient)
	if i := strings.LastIndexByte(r, '<'); i >= 0 && strings.HasSuffix(r, ">") {
		return strings.TrimSpace(r[i+1 : len(r)-1])
	}
	return r
}

// CaseReferredTo is the id of the complaint a message with this subject, In-Reply-To and
// References answers (0: none), read before the message is: the intake fetches only the sent
// mail that answers a complaint.
func (s *Store) CaseReferredTo(ctx context.Context, subject, inReplyTo string, references []string) (int64, error) {
	id, err := caseReferredTo(ctx, s.r, subject, inReplyTo, references)
	if err != nil {
		return 0, fmt.Errorf("store: case referred to: %w", err)
	}
	return id, nil
}

// caseReferredTo is the complaint named by a reference number in subject, or the case of the
// nearest stored message among a message's parents; 0 when none.
func caseReferredTo(ctx context.Context, tx querier, subject, inReplyTo string, references []string) (int64, error) {
	for _, r := range refsInSubject(subject) {
		id, err := complaintIDByRef(ctx, tx, r.ref)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, ErrNotFound) {
			return 0, err
		}
	}
	ids := append([]string{}, references...)
	if inReplyTo != "" {
		ids = append(ids, inReplyTo)
	}
	// The nearest parent first: In-Reply-To, then References from the last.
	for i := len(ids) - 1; i >= 0; i-- {
		if ids[i] == "" {
			continue
		}
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT complaint_id FROM mail_messages WHERE message_id = ?
			AND complaint_id IS NOT NULL ORDER BY id LIMIT 1`, ids[i]).Scan(&id)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, err
		}
	}
	return 0, nil
}

// linkMailToCase puts the message on the case's timeline; a reply from the complainant also
// marks the case as having a new reply, and its files become evidence. attSHA are the
// attachments' sums; their bytes are already stored. forwarded says the message is a colleague's
// forward that opened the case; colleague, that it is a colleague's mail on the case.
func (s *Store) linkMailToCase(ctx context.Context, tx *sql.Conn, caseID, messageID int64, state MailState, dir Direction, forwarded, colleague bool, m *InboundMail, attSHA []string, now time.Time) error {
	at := m.ReceivedAt
	if at.IsZero() {
		at = now
	}
	summary, contact := m.Subject, m.FromEmail
	if dir == DirOut {
		// The office's copy of what it sent: to whom it went.
		contact = strings.Join(m.To, ", ")
		if m.Auto {
			summary = autoMailPrefix + m.Subject
		}
	} else if state == MailAuto {
		summary = autoMailPrefix + m.Subject
	} else if forwarded {
		summary = forwardedMailPrefix + m.Subject
	}
	if _, err := addEvent(ctx, tx, Event{ComplaintID: caseID, At: at, Kind: EventEmail, Summary: clip(summary, MaxShort),
		Direction: dir, Contact: clip(contact, MaxShort), RefID: messageID}); err != nil {
		return err
	}
	if dir == DirOut {
		if m.Auto {
			// The office mailbox's own automatic answer ("您的来信已收到") neither contacts the
			// complainant nor answers what they wrote.
			return nil
		}
		return s.contactedByMail(ctx, tx, caseID, at, now)
	}
	if state == MailAuto {
		return nil
	}
	if err := s.mailEvidence(ctx, tx, caseID, messageID, m.Subject, m.Text, m.Attachments, attSHA); err != nil {
		return err
	}
	if state != MailReply || colleague {
		// A colleague's note on the case is no reply of the complainant's to answer.
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE complaints SET has_new_reply = 1, updated_at = ? WHERE id = ?`, now.Unix(), caseID); err != nil {
		return err
	}
	return audit(ctx, tx, now, "complaint", caseID, "email_reply", map[string]any{"has_new_reply": []bool{false, true},
		"message_id": messageID})
}

// mailEvidence makes an email's files evidence on its case: its attachments, files it marks to
// be shown in its text but that no text can show (Apple Mail sends a PDF so), and pictures in its
// text of a size only a photo has, or any picture of a message without words (a photo sent
// small, alone). shas, when given, are the files' blobSum, their bytes already stored.
func (s *Store) mailEvidence(ctx context.Context, tx *sql.Conn, caseID, messageID int64, subject, text string, atts []InboundAttachment, shas []string) error {
	wordless := strings.TrimSpace(text) == ""
	for i, a := range atts {
		picture := a.Inline && strings.HasPrefix(strings.ToLower(a.ContentType), "image/")
		if decoration(a) && !(wordless && picture) || len(a.Data) == 0 || len(a.Data) > MaxEvidence {
			continue
		}
		// A part without a name of its own (a digest's messages, a returned message) is named as
		// the tray names it, by the message and its place: each its own name.
		name := a.Filename
		if strings.TrimSpace(name) == "" || checkText("filename", name, MaxShort, true) != nil {
			name = MailAttachment{Position: i, ContentType: a.ContentType}.FileName(messageID)
		}
		e := NewEvidence{Filename: name, ContentType: a.ContentType, Data: a.Data, Note: clip(subject, MaxShort)}
		if shas != nil {
			e.stored = shas[i]
		}
		if _, err := s.addEvidence(ctx, tx, caseID, e); err != nil {
			return err
		}
	}
	return nil
}

// inlinePhotoMin is the size from which a picture shown inside an email's text is taken for a
// photo the complainant pasted in, and kept as evidence; smaller ones are signature logos and
// icons.
const inlinePhotoMin = 32 << 10

// cameraFile is the name a phone gives a photo or a screenshot it sends, shown in the text as
// iOS Mail shows them, however small ("Small" photos, a cropped screenshot): IMG_0731.jpeg,
// iOS's image0.png (Outlook's logos are image001.png), Android's and WeChat's names.
var cameraFile = quickre.MustCompile(`(?i)^(img[_-]\d+|image\d\.|dsc\w*\d+|pxl_\d+|screenshot|mmexport|屏幕截图|截屏|微信图片)`)

// decoration is what an email carries but is no file of the complainant's: a picture shown in
// its text of a size only logos and icons have, a nameless part of the page (a style sheet), or
// what the mail program adds to sign or seal the message (a signature, a signed copy of the
// text, a key). The message keeps them all.
func decoration(a InboundAttachment) bool {
	switch strings.ToLower(a.ContentType) {
	case "application/pkcs7-signature", "application/x-pkcs7-signature", "application/pkcs7-mime",
		"application/x-pkcs7-mime", "application/pgp-signature", "application/pgp-encrypted", "application/pgp-keys":
		return true
	}
	if !a.Inline || strings.HasPrefix(strings.ToLower(a.ContentType), "message/") {
		return false // a message shown inline, forwarded below the text, is a file of the case
	}
	if strings.HasPrefix(strings.ToLower(a.ContentType), "image/") {
		return len(a.Data) < inlinePhotoMin && !cameraFile.MatchString(a.Filename)
	}
	return strings.TrimSpace(a.Filename) == ""
}

// contactedByMail records the office's emailed answer on an open case, as an email logged by
// hand does: the complainant was contacted then (the weekly progress contact restarts), and a
// new reply from them has been answered.
func (s *Store) contactedByMail(ctx context.Context, tx *sql.Conn, caseID int64, at, now time.Time) error {
	c, err := getComplaint(ctx, tx, "c.id = ?", caseID)
	if err != nil || Check(c, ActEmail) != nil {
		return err
	}
	var ch changes
	if at.After(c.lastContact) {
		set(&ch, "last_contact", &c.lastContact, at)
		if err := s.recomputeDues(ctx, tx, c, &ch); err != nil {
			return err
		}
	}
	if c.HasNewReply {
		// A reply the complainant wrote after this answer (read before it: an answer to mail of
		// the same check is looked at after the inbox, the program was closed overnight) is still
		// unanswered.
		var later bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM mail_messages WHERE complaint_id = ?
			AND state = 'reply' AND direction = 'in' AND received_at > ?)`, caseID, at.Unix()).Scan(&later); err != nil {
			return err
		}
		if !later {
			set(&ch, "has_new_reply", &c.HasNewReply, false)
		}
	}
	if len(ch.cols) == 0 {
		return nil
	}
	set(&ch, "updated_at", &c.UpdatedAt, now)
	if err := audit(ctx, tx, now, "complaint", caseID, "email_out", ch.audit); err != nil {
		return err
	}
	return updateComplaint(ctx, tx, caseID, &ch)
}

func extensionFor(contentType string) string {
	switch strings.ToLower(contentType) {
	case "image/jpeg":
		return ".jpg"
	case "image/png":
		return ".png"
	case "application/pdf":
		return ".pdf"
	case "image/gif":
		return ".gif"
	case "text/plain", "message/delivery-status", "message/disposition-notification", "text/rfc822-headers",
		"message/global-delivery-status", "message/global-disposition-notification":
		return ".txt"
	case "text/html":
		return ".html"
	case "message/rfc822", "message/global":
		return ".eml"
	case "text/calendar":
		return ".ics"
	case "image/heic":
		return ".heic"
	case "audio/amr":
		return ".amr"
	case "audio/mp4", "audio/x-m4a", "audio/m4a":
		return ".m4a"
	case "audio/mpeg":
		return ".mp3"
	case "video/mp4":
		return ".mp4"
	case "video/quicktime":
		return ".mov"
	}
	return ".bin"
}

// answerTo is who a message's complaint is for and where it is answered: its sender, or whoever
// its Reply-To names when the sender is a no-reply address (a web form, a booking system) or gave
// no address with a domain (a mailer that left out the From, "From: 张三").
func answerTo(m *InboundMail) (name, email string) {
	name, email = m.FromName, m.FromEmail
	if m.ReplyToEmail == "" || CheckEmail(m.ReplyToEmail) != nil || strings.EqualFold(m.ReplyToEmail, email) {
		return name, email
	}
	switch {
	case noReply(email):
		return m.ReplyToName, m.ReplyToEmail
	case !strings.Contains(email, "@"):
		switch {
		case m.ReplyToName != "":
			name = m.ReplyToName
		case name == "":
			name = email // "From: 张三" names the sender
		}
		return name, m.ReplyToEmail
	}
	return name, email
}

// hasSender tells a message that says who sent it: a From (or Sender) address, or a Reply-To
// where the From has none.
func hasSender(m *InboundMail) bool {
	_, email := answerTo(m)
	return email != ""
}

// complaintFromMail is the new complaint a message opens, for whoever answerTo names.
func complaintFromMail(m *InboundMail) NewComplaint {
	name, email := answerTo(m)
	if noReply(m.FromEmail) && strings.EqualFold(email, m.ReplyToEmail) {
		return visitorComplaint(m)
	}
	return complaintOf(m, name, email, noReply(email) || hotline(m.FromName, email))
}

// hotline tells a government hotline's or petition office's work orders, which name the citizen
// in their fields (来电人, 来电号码) whatever address they come from: "gd12345@…", "市12345政务服务
// 便民热线", "信访局".
func hotline(name, email string) bool {
	local, _, _ := strings.Cut(strings.ToLower(email), "@")
	return hotlineName.MatchString(local) || hotlineName.MatchString(name)
}

// hotlineName are the numbers and words of a hotline's or petition office's name or mailbox; a
// number inside a longer one (a mobile's "18912345678") is none.
var hotlineName = quickre.MustCompile(`(?:^|\D)(?:12345|12315|12358)(?:\D|$)|xinfang|信访|信訪|便民热线|便民熱線`)

// visitorComplaint is the complaint of the visitor a form's notice names in Reply-To, often by
// address alone, and in full in its fields.
func visitorComplaint(m *InboundMail) NewComplaint {
	c := complaintOf(m, m.ReplyToName, m.ReplyToEmail, false)
	fields := textFields(m.Text)
	if n, e, p := formContact(fields); strings.EqualFold(e, m.ReplyToEmail) {
		if strings.TrimSpace(m.ReplyToName) == "" && n != "" {
			c.Complainant.Name = clip(n, MaxName)
		}
		c.Complainant.Phone, c.Complainant.Address = p, formAddress(fields)
	}
	return c
}

// complaintOf is the new complaint a message opens for name <email>. byText says they are a
// machine (a website, a form service) whose notice may name the visitor in its labelled lines
// ("姓名：", "邮箱：", "电话："): when it does, the visitor is the complainant. A person's own mail
// gives the phone number and address its labelled lines give ("联系电话：138…", "地址：…").
func complaintOf(m *InboundMail, name, email string, byText bool) NewComplaint {
	name, place := displayName(name)
	words := m.Text
	if !byText {
		if strings.TrimSpace(m.OwnText) != "" {
			words = m.OwnText
		}
		words = withoutOwnName(withChineseFlats(withChineseDigits(withoutOtherParties(ownSentences(narrowed(words)), name))))
	}
	fields := textFields(words)
	n, e, phone := formContact(fields)
	address := formAddress(fields)
	if !byText {
		// What the writer labels as theirs goes before a line that only may be theirs; a number
		// they give in a sentence of their own comes last.
		p, a := ownContact(words, name)
		if p != "" {
			phone = p
		}
		if a != "" {
			address = a
		}
		// The first person of what a forward passes on is someone else's: the writer's words
		// are those above it.
		own := words
		if f := m.Forwarded; f != nil {
			for _, l := range strings.Split(withChineseDigits(narrowed(f.Text)), "\n") {
				if l = strings.TrimSpace(l); l != "" {
					if i := strings.Index(own, l); i >= 0 {
						own = own[:i]
					}
					break
				}
			}
		}
		sp, sa := cmp.Or(sentencePhone(own), clausePhone(own)), sentenceAddress(own)
		sigPhone, sigAddress := signatureContact(own, cmp.Or(strings.TrimSpace(name), n))
		if w := signOff(own); sigPhone == "" && sigAddress == "" && w != "" && !chineseName(name) {
			// Signed with a name where the sender gives none of theirs (a nickname's mailbox,
			// an English name): the contact beside it on the last line is the one to reach. Under
			// a sender's own Chinese name, another name is someone else's.
			sigPhone, sigAddress = signatureContact(own, w)
		}
		if fp := firstPersonPhone(own, sp); p == "" && fp != "" {
			// "我的电话是…" said by the writer goes before a line that only may be theirs.
			phone = fp
		} else if phone == "" {
			// Under their name at the foot of the mail, then in a sentence of their own.
			phone = cmp.Or(sigPhone, sp)
		}
		if address == "" {
			address = cmp.Or(sigAddress, sa)
		}
		if phone == "" || address == "" {
			// Last, what a run of clauses gives: "我是陶然，电话137…，住址15栋601".
			ip, ia := inlineContact(own, strings.TrimSpace(name))
			phone, address = cmp.Or(phone, ip), cmp.Or(address, ia)
		}
		if phone == "" {
			// The writer gives no number of their own but one at their home to be reached by.
			phone = householdPhone(own)
		}
		if address == "" {
			address = householdAddress(own)
		}
		address = withCorrectedRoom(address, own)
		if np := newNumber(own); np != "" {
			// "我换号了，新号码…": the number to call now, whatever line gave the old one.
			phone = np
		}
	}
	if phone == "" && !byText {
		// "7栋2单元电梯坏三天了 139…": the mail says nothing but "如题".
		phone = subjectPhone(m.Subject)
	}
	if phone == "" && !byText && !changedNumber.MatchString(m.Text) {
		phone = carrierMobile(email)
	}
	if a := strings.TrimSpace(besidePlace.ReplaceAllString(address, "")); a != address && addressWords.MatchString(a) {
		address = a // "1幢102（物业办公室楼上）": the flat, without where it is
	}
	if problemPlace.MatchString(address) && !flatAtEnd.MatchString(address) {
		address = "" // where the trouble is, labelled as an address
	}
	if address == "" && !byText {
		address = cmp.Or(nameNote(fields), place)
	}
	switch {
	case byText && (e != "" || phone != ""):
		name, email = n, e
	case byText: // the machine's notice names nobody: its lines are not the sender's
		phone, address = "", ""
	case strings.TrimSpace(name) == "" && n != "":
		name = n // "姓名：赵敏" under an address without a name
	}
	name = strings.TrimSpace(name)
	if strings.EqualFold(strings.Trim(name, "'\"<> "), email) {
		name = "" // "jake@example.com" <jake@example.com> names no one
	}
	if name == "" {
		name = email
		if at := strings.LastIndexByte(name, '@'); at > 0 {
			name = name[:at]
		}
	}
	if name == "" {
		name = phone
	}
	if CheckEmail(email) != nil || utf8.RuneCountInString(email) > MaxShort {
		email = ""
	}
	subject := strings.Join(strings.Fields(m.Subject), " ")
	if subject == "" {
		subject = firstLine(m.Text)
	}
	if subject == "" {
		subject = "(no subject)"
	}
	return NewComplaint{
		Channel:     ChannelEmail,
		ReceivedAt:  m.ReceivedAt,
		Complainant: Complainant{Name: clip(name, MaxName), Email: email, Phone: phone, Address: address},
		Subject:     clip(subject, MaxShort),
		Description: clip(m.Text, MaxText),
		mailPhone:   !byText && phone != "",
	}
}

// subjectPhone is the mobile number the writer ends a subject with, for a mail whose text gives
// none of theirs ("7栋2单元电梯坏三天了 139…", "【投诉】A座2301空调不制冷 联系人：胡蓉 158…",
// "参会证遗失——138…"); not one the subject's last clause gives to someone else ("楼上噪音，他家电话
// 137…", "骚扰电话 138…", "外卖骑手 139…").
func subjectPhone(subject string) string {
	s := strings.TrimRight(strings.TrimSpace(narrowed(subject)), "。.!！)）]】")
	m := subjectEndPhone.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	clause := s[:m[2]]
	if i := strings.LastIndexAny(clause, "，,。；;！!？?"); i >= 0 {
		_, size := utf8.DecodeRuneInString(clause[i:])
		clause = clause[i+size:]
	}
	if someoneElse.MatchString(clause) || otherPerson.MatchString(clause) || subjectOther.MatchString(clause) {
		return ""
	}
	if p := phoneIn(s[m[2]:]); CheckPhone(p) == nil {
		return p
	}
	return ""
}

// subjectEndPhone is a mobile number at the end of a subject, apart from the words before it.
var subjectEndPhone = quickre.MustCompile(`(?:^|[\s:：—\-_/|(（【\[]|电话|手机|联系|電話|手機|聯繫|聯絡)((?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2})$`)

// subjectOther are words of a subject's clause about a number not the writer's: a worker's, a
// shop's, a caller's.
var subjectOther = quickre.MustCompile(eitherScript(`师傅|司机|骑手|快递|商家|店|老板|保安|中介|经理|客服|骚扰|推销|诈骗|广告|短信|来电|陌生|单号|订单|编号|账号|卡号|工号|QQ|qq`))

// narrowed is s with full-width letters and digits as ASCII ("Ｔｅｌ：１８９…", "Ｂ座２７Ｆ", as
// Chinese input methods type them) and no-break spaces (Word's, between a flat's parts) as spaces,
// for reading a contact; Chinese punctuation stays as it is.
func narrowed(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r == '\u00a0' || r >= '０' && r <= 'ｚ' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u00a0':
			return ' '
		case r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ':
			return r - '０' + '0'
		}
		return r
	}, s)
}

// chineseFlat is a building and its unit or flat written in Chinese numerals: "三栋二单元五零二",
// "十二栋三单元六零一", "十一幢一单元十楼", "五栋一零二室"; not a building alone ("三号楼电梯"),
// which the complaint may name as the place of the trouble.
var chineseFlat = quickre.MustCompile(`[〇零一二三四五六七八九十两]{1,3}(?:栋|幢|棟|号楼|號樓)(?:[〇零一二三四五六七八九十两]{1,3}(?:单元|單元)` +
	`(?:[〇零一二三四五六七八九十]{1,4}(?:楼|樓|层|層|室)?)?|[〇零一二三四五六七八九]{3,4}室?)`)

// chineseNumeral is a run of Chinese numerals inside chineseFlat.
var chineseNumeral = quickre.MustCompile(`[〇零一二三四五六七八九十两]+`)

// withChineseFlats is s with a flat written in Chinese numerals in Arabic digits, as a clerk
// writes it down: "我住三栋二单元五零二" reads "…3栋2单元502".
func withChineseFlats(s string) string {
	if !numeralBefore(s, "栋", "幢", "棟", "号楼", "號樓") {
		return s
	}
	return chineseFlat.ReplaceAllStringFunc(s, func(flat string) string {
		return chineseNumeral.ReplaceAllStringFunc(flat, chineseNumber)
	})
}

// chineseNumber is a number in Chinese numerals in Arabic digits: "十二" 12, "二十" 20, "五零二"
// 502 (read digit by digit).
func chineseNumber(n string) string {
	digit := func(r rune) int { d, _ := chineseDigit(r); return d }
	rs := []rune(n)
	tens := slices.Index(rs, '十')
	if tens < 0 {
		var b strings.Builder
		for _, r := range rs {
			b.WriteByte(byte('0' + digit(r)))
		}
		return b.String()
	}
	if tens > 1 || tens == 1 && digit(rs[0]) == 0 || len(rs)-tens > 2 {
		return n // not a number of tens: left as written
	}
	v := 10
	if tens == 1 {
		v = 10 * digit(rs[0])
	}
	if tens+1 < len(rs) {
		if rs[tens+1] == '十' {
			return n
		}
		v += digit(rs[tens+1])
	}
	return strconv.Itoa(v)
}

// numeralBefore tells s with a Chinese numeral right before one of words.
func numeralBefore(s string, words ...string) bool {
	for _, w := range words {
		for rest := s; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			if r, _ := utf8.DecodeLastRuneInString(rest[:i]); strings.ContainsRune("〇零一二三四五六七八九十两", r) {
				return true
			}
			rest = rest[i+len(w):]
		}
	}
	return false
}

// formalSelf is a formal letter's opening, the writer's name between 本人 and what they are:
// "本人张秀兰，系贵小区7栋2单元1502室业主", "本人陈慧，住南京市…".
var formalSelf = quickre.MustCompile(eitherScript(`本人(?:\p{Han}{2,4})[，,]\s*(系|是|住在|住|家住|现住)`))

// withoutOwnName is s with the name left out of a formal letter's opening, which then reads as
// "本人系…业主": the clause saying who the writer is, before their number and flat.
func withoutOwnName(s string) string {
	if !strings.Contains(s, "本人") {
		return s
	}
	return formalSelf.ReplaceAllString(s, "本人$1")
}

// chineseDigit is the value of a Chinese numeral digit: 〇 and 零 0, 幺 (as 1 is said in phone
// numbers) and 一 1, 两 and 二 2, … 九 9.
func chineseDigit(r rune) (int, bool) {
	switch r {
	case '〇', '零':
		return 0, true
	case '幺':
		return 1, true
	case '两':
		return 2, true
	}
	if i := strings.IndexRune("一二三四五六七八九", r); i >= 0 {
		return 1 + utf8.RuneCountInString("一二三四五六七八九"[:i]), true
	}
	return 0, false
}

// withChineseDigits is s with each number written digit by digit in Chinese numerals, as long as a
// phone number, in Arabic digits: "我的电话是幺三八五七幺零二二六八" reads "…13857102268".
func withChineseDigits(s string) string {
	if !strings.ContainsAny(s, "零〇一二三四五六七八九幺") {
		return s
	}
	return chineseDigitRun.ReplaceAllStringFunc(s, func(run string) string {
		return strings.Map(func(r rune) rune {
			if d, ok := chineseDigit(r); ok {
				return '0' + rune(d)
			}
			return r
		}, run)
	})
}

// chineseDigitRun is a run of Chinese numerals as long as a phone number.
var chineseDigitRun = quickre.MustCompile(`[零〇一二三四五六七八九幺]{7,15}`)

// carrierMobile is the mobile number a carrier's mailbox is named by ("13811112233@139.com"
// at China Mobile, @189.cn at China Telecom, @wo.cn at China Unicom); "" for any other address.
func carrierMobile(email string) string {
	local, domain, _ := strings.Cut(strings.ToLower(strings.TrimSpace(email)), "@")
	if (domain == "139.com" || domain == "189.cn" || domain == "wo.cn") && carrierLocal.MatchString(local) {
		return local
	}
	return ""
}

var carrierLocal = quickre.MustCompile(`^1[3-9]\d{9}$`)

// changedNumber is a mail saying the writer's number changed or cannot be used: the mailbox's
// number is not the one to call.
var changedNumber = quickre.MustCompile(eitherScript(`停用|停机|换号|换了号|新号码|新号|手机坏|手机丢|不用这个号|注销|打我爱人|打我老公|打我老婆`))

// textContact keeps the phone number and address a message's text gave its complainant c where
// they can be theirs. Mail from a colleague or the office itself speaks of others: a citizen's
// number in it is not the colleague's. A person's own mail (mailPhone; not a form's or a work
// order's fields, which name the citizen by their number) is matched to its writer's history by
// address, and a number another complainant on record has (a household's, one miscopied) must
// not merge the writer into that record, whose name theirs would replace; the same person on
// record by that number, by phone before (no address, the same name), is the writer.
func textContact(ctx context.Context, q querier, c Complainant, mailPhone bool, own map[string]bool, domain string) (Complainant, error) {
	email := strings.ToLower(strings.TrimSpace(c.Email))
	if email != "" && (own[email] || domain != "" && mailDomain(email) == domain) {
		c.Phone, c.Address = "", ""
		return c, nil
	}
	if c.Phone == "" || !mailPhone {
		return c, nil
	}
	other, err := findComplainant(ctx, q, c.Phone, "")
	switch {
	case err != nil:
		return c, err
	case other == nil, c.Email != "" && strings.EqualFold(other.Email, c.Email),
		other.Name == c.Name && (c.Email == "" || other.Email == ""):
	default:
		c.Phone = ""
	}
	return c, nil
}

// withoutOffice is c without the office's own phone number and address, which a complainant's
// mail gives when it quotes or pastes the office's letter, notice or signature: a clerk would
// call their own desk. An address at the office's own desk (物业服务中心, 管理处) is no
// complainant's either.
func withoutOffice(c Complainant, office Office) Complainant {
	if c.Phone != "" && office.Phone != "" {
		// "88886123" is "0571-88886123" dialled in the city.
		short, long := phoneKey(c.Phone), phoneKey(office.Phone)
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 7 && strings.HasSuffix(long, short) {
			c.Phone = ""
		}
	}
	if c.Address != "" {
		a, o := addressKey(c.Address), addressKey(office.Address)
		// A resident's address in the complex holds the office's street address and more: it is
		// theirs. One that is all or a piece of the office's, or that ends at its desk, is not.
		if officeDesk.MatchString(a) || a == o || o != "" && utf8.RuneCountInString(a) >= 6 && strings.Contains(o, a) {
			c.Address = ""
		}
	}
	return c
}

// officeDesk is a management office's own desk in an address: no complainant lives there.
var officeDesk = quickre.MustCompile(eitherScript(`(?:物业中心|物业服务中心|物业管理处|管理处|客服中心|客户服务中心|物业办公室)$`))

// addressKey is an address as compared: without spaces and punctuation, in half-width forms.
func addressKey(a string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return r
	}, width.Fold.String(a))
}

// formFields are the labels a website's form or guestbook puts before the visitor's name,
// address and phone number in the notice it mails ("姓名：张三", "邮箱：", "联系电话："), and those a
// hotline's or complaint platform's work order puts before the citizen's ("来电人：", "诉求人：",
// "投诉电话："), in lower case, in simplified and traditional characters.
var formFields = map[string]string{"姓名": "name", "您的姓名": "name", "称呼": "name", "稱呼": "name",
	"联系人": "name", "聯絡人": "name", "聯繫人": "name", "业主姓名": "name", "業主姓名": "name",
	"留言人": "name", "来电人": "name", "來電人": "name", "诉求人": "name", "訴求人": "name",
	"投诉人": "name", "投訴人": "name", "投诉人姓名": "name", "投訴人姓名": "name", "信访人": "name",
	"信訪人": "name", "报事人": "name", "報事人": "name", "反映人": "name", "客人姓名": "name",
	"客户姓名": "name", "客戶姓名": "name", "市民姓名": "name", "来电人姓名": "name", "來電人姓名": "name",
	"诉求人姓名": "name", "訴求人姓名": "name", "投保人姓名": "name", "住户姓名": "name", "住戶姓名": "name",
	"租户姓名": "name", "租戶姓名": "name", "联系人姓名": "name", "聯絡人姓名": "name", "反映人姓名": "name",
	"报事人姓名": "name", "報事人姓名": "name", "name": "name", "your name": "name",
	"邮箱": "email", "郵箱": "email", "电子邮箱": "email", "電子郵箱": "email", "电子邮件": "email",
	"電子郵件": "email", "邮箱地址": "email", "郵箱地址": "email", "邮件地址": "email", "郵件地址": "email",
	"电子信箱": "email", "電子信箱": "email", "e-mail": "email", "email": "email", "your email": "email",
	"电话": "phone", "電話": "phone", "手机": "phone", "手機": "phone", "手机号": "phone", "手機號": "phone",
	"手机号码": "phone", "手機號碼": "phone", "联系电话": "phone", "聯絡電話": "phone", "聯繫電話": "phone",
	"电话号码": "phone", "電話號碼": "phone", "联系方式": "phone", "聯絡方式": "phone", "聯繫方式": "phone",
	"来电号码": "phone", "來電號碼": "phone", "来电电话": "phone", "來電電話": "phone", "投诉电话": "phone",
	"投訴電話": "phone", "投诉人电话": "phone", "投訴人電話": "phone", "诉求人电话": "phone",
	"訴求人電話": "phone", "报事人电话": "phone", "報事人電話": "phone", "联系号码": "phone",
	"聯絡號碼": "phone", "phone": "phone", "tel": "phone", "tel.": "phone", "mobile": "phone", "cell": "phone",
	"mob": "phone", "mobile phone": "phone", "phone number": "phone", "contact number": "phone", "t": "phone",
	"m": "phone", "携帯": "phone", "携帯電話": "phone", "電話番号": "phone", "전화": "phone", "전화번호": "phone",
	"휴대폰": "phone", "연락처": "phone", "h.p": "phone", "座机": "phone", "座機": "phone", "座机号码": "phone",
	"座機號碼": "phone", "固定电话": "phone", "固定電話": "phone", "注册手机": "phone", "註冊手機": "phone",
	"会员手机": "phone", "會員手機": "phone", "会员手机号": "phone", "會員手機號": "phone", "预留手机": "phone",
	"預留手機": "phone", "预留电话": "phone", "預留電話": "phone", "my phone": "phone", "my mobile": "phone",
	"my number": "phone", "my phone number": "phone", "my address": "address",
	"地址": "address", "住址": "address", "联系地址": "address", "聯絡地址": "address", "家庭住址": "address",
	"通讯地址": "address", "通訊地址": "address", "来电地址": "address", "來電地址": "address", "address": "address",
	"home address": "address", "office address": "address", "flat": "address", "unit": "address", "room": "address",
	"住所": "address", "주소": "address",
	"房号": "address", "房號": "address", "门牌号": "address", "門牌號": "address", "快递地址": "address",
	"快遞地址": "address", "收货地址": "address", "收貨地址": "address", "收件地址": "address",
	// A home service's order ("服务地址：…"), a form's where the writer is.
	"服务地址": "address", "服務地址": "address", "上门地址": "address", "上門地址": "address",
	"所在位置": "address", "所在楼层": "address", "所在樓層": "address", "所在单元": "address", "所在單元": "address",
	"楼栋": "building", "樓棟": "building", "栋号": "building", "棟號": "building", "楼号": "building",
	"樓號": "building", "单元": "building", "單元": "building", "单元号": "building", "單元號": "building",
	// Hong Kong's and Macau's: the block, the floor, the flat.
	"座": "building", "座数": "building", "座數": "building", "座号": "building", "座號": "building",
	"楼层": "building", "樓層": "building", "层数": "building", "層數": "building", "室": "address",
	"室号": "address", "室號": "address",
	// Hong Kong's mobile (手提) and home (住宅) numbers.
	"手提": "phone", "手提电话": "phone", "手提電話": "phone", "手提号码": "phone", "手提號碼": "phone",
	"流动电话": "phone", "流動電話": "phone", "住宅电话": "phone", "住宅電話": "phone", "联络电话": "phone"}

// ownLines are the labels of a resident's own lines that are no contact field but may stand
// before one on the same line ("公司：云帆科技 电话：0571-…").
var ownLines = map[string]bool{"公司": true, "单位": true, "單位": true, "工作单位": true, "工作單位": true,
	"部门": true, "部門": true, "职务": true, "職務": true, "company": true, "小区": true, "小區": true, "楼盘": true,
	"樓盤": true, "园区": true, "園區": true, "楼栋": true, "樓棟": true, "单元": true, "單元": true, "时间": true,
	"時間": true, "日期": true, "投诉时间": true, "投訴時間": true, "发生时间": true, "發生時間": true, "事发时间": true,
	"事發時間": true}

// otherParty is a label of a line about someone else than the writer: the shop, the decorator,
// the landlord or the repair firm a resident complains about ("投诉对象：", "商户名称：",
// "装修公司：", "房东：陈先生，电话：…"). A bare 公司 or 单位, or 工作单位, is the writer's own, in a
// signature.
var otherParty = quickre.MustCompile(eitherScript(`对象|商户|商家|店名|店铺|门店|店长|店员|加盟|餐厅|饭店|酒店|宾馆|旅馆|消费地点|超市|` +
	`机构|中介|房东|房主|车主|邻居|楼上|楼下|隔壁|对门|对方|被投诉|师傅|负责人|责任人|经理|前台|保安|管家|导购|` +
	`快递员|司机|教练|会务|服务员|工作人员|来源|维修|装修|施工|保洁|物业|楼长|業委會|业委会|开发商|開發商|肇事|` +
	`律师|律師|代理人|租客|保姆|朋友|同事|清洁|工友|管理处|管理员|法团|委员会|看更|护卫|` +
	`接单人|接单师傅|对接人|处理人|经办人|受理人|客服人员|客服专员|客服电话|值班人员|值班员|值班电话|值班经理|` +
	`服务热线|热线电话|咨询电话|报修电话|` +
	// English roles, as the whole label: "Engineer on duty", "Landlord", "Front desk".
	`(?i:^(?:the |your |our )?(?:duty |site |maintenance |building |property |estate )?(?:engineer|technician|manager|` +
	`landlord|neighbou?r|staff|agent|concierge|security(?: guard)?|reception(?:ist)?|front desk|contractor|plumber|` +
	`electrician|management office|property management)(?: on duty| staff)?$)|` +
	`\d+室?(?:业主|業主|住户|住戶)|.公司|[^作]单位`))

// serviceLabel is the label of a service's number, which names no one: the lines after it are
// not about its person.
var serviceLabel = quickre.MustCompile(eitherScript(`(?:客服|值班|报修|咨询)电话$|热线(?:电话)?$`))

// saying ends the words before a colon that report what someone said ("维修师傅说：…").
var saying = quickre.MustCompile(eitherScript(`(说|說|问|問|讲|講|表示|回复|回覆|答复|答覆)$`))

// selfLabel begins a line about the writer again ("投诉人：", "我的电话：", "业主：").
var selfLabel = quickre.MustCompile(eitherScript(`^(投诉人|我的|我嘅|本人|业主|住户|租户|(?i:my ))`))

// withoutOtherParties is a person's mail without the labelled lines about someone else, and
// the labelled lines that follow them until a blank line, an unlabelled line or a line about the
// writer: their phone number and address are not the writer's. A line begun by a label of no
// contact field ("店长：李华 电话：…") gives none either. writer is the sender's name: a line that
// names them ("联系人：周晴，电话：…") is theirs.
func withoutOtherParties(text, writer string) string {
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	other := false
	quoting := false // a notice or someone's message the writer quotes, until a blank line
	pasting := false // someone's words pasted whole ("以下是邻居发给我的："), until a blank line
	// The paste's first line, and whether it began with a quote mark.
	pastedFrom, inQuotes := 0, false
	// The quote marks (“, 「, 『) a paste in quotes opened and did not close yet.
	open, curly := 0, false
	// gap is set when a blank line follows the introduction: what it introduces is set apart as
	// a letter or notice of several paragraphs, whose blank lines end nothing.
	gap := false
	for i, l := range lines {
		label, labelled := lineLabel(l)
		switch {
		case i >= ContactLines:
		case strings.TrimSpace(l) == "" && (pasting || quoting) && (pastedFrom == i || gap || pasting && inQuotes):
			// Blank lines before the pasted words, between the paragraphs of a letter set
			// apart, or inside words pasted in quotes until their closing quote mark, end no
			// paste.
			if pastedFrom == i {
				pastedFrom, gap = i+1, true
			}
		case strings.TrimSpace(l) == "":
			other, quoting, pasting = false, false, false
		case gap && (separator.MatchString(strings.TrimSpace(l)) || signsAs(l, writer)):
			// The writer again, signing, or below a line that only separates.
			other, quoting, pasting, gap = false, false, false, false
		case gap && (dateLine.MatchString(strings.TrimSpace(l)) || signer.MatchString(strings.TrimSpace(l))):
			// A notice's or letter's date, or the office that signs it, is its last line: the
			// next blank line ends it.
			gap = false
			continue
		case pasting:
			// Their "我" is not the writer's, until a separator or, when it was pasted in
			// quotes, the closing quote mark.
			t := strings.TrimSpace(l)
			if pastedFrom == i {
				inQuotes = strings.HasPrefix(t, "“") || strings.HasPrefix(t, "「") || strings.HasPrefix(t, "『") ||
					strings.HasPrefix(t, "\"")
				open, curly = 0, inQuotes && !strings.HasPrefix(t, "\"")
			}
			// The quote closes at the line's end, or inside it where what it opened is closed:
			// “…我的电话是138…。”她就说了这些。
			open += strings.Count(t, "“") + strings.Count(t, "「") + strings.Count(t, "『") -
				strings.Count(t, "”") - strings.Count(t, "」") - strings.Count(t, "』")
			closed := strings.HasSuffix(t, "”") || strings.HasSuffix(t, "」") || strings.HasSuffix(t, "』") ||
				strings.HasSuffix(t, "\"") || curly && open <= 0
			pasting = !separator.MatchString(t) && !(inQuotes && closed)
			other, quoting, gap = pasting, quoting && pasting, gap && pasting
			continue
		case introduces(l, i):
			// "物业说转给了维修公司：" above the firm's lines; "物业发给我的短信：" above its words.
			other, quoting = true, quotes(l)
			pasting, pastedFrom, inQuotes, gap = pastes.MatchString(l), i+1, false, false
		case quoting && !labelled && writerSpeaks(l):
			// The writer speaks again ("结果到晚上十点都没来水，我…"); a notice's 我们, 我司
			// and 我处 are its own.
			other, quoting, gap = false, false, false
		case quoting && labelled && selfLabel.MatchString(label) && strings.HasPrefix(label, "我的") &&
			!otherParty.MatchString(strings.TrimPrefix(label, "我的")):
			// "我的电话就是下单那个：159…" below what the writer quoted: they speak again.
			other, quoting, gap = false, false, false
		case quoting && labelled:
			continue
		case other && !labelled && nameLine(l, writer):
			// The name of whoever the lines above introduce ("下面是房东的联系方式\n刘建国\n电话：…").
			continue
		case !labelled || salutation(l, label) || namesWriter(l, writer):
			other = false
		case otherInBrackets.MatchString(l) && (formKey(label) != "name" || otherPerson.MatchString(l)) &&
			!(formKey(label) == "address" && besidePlace.MatchString(l)):
			// Not "地址：1幢102（物业办公室楼上）": where the flat is.
			// "业主：李先生（房东）" to a tenant is the landlord.
			other = true
			continue
		case selfLabel.MatchString(label):
			// "我的邻居：" is the neighbour.
			other = otherParty.MatchString(strings.TrimPrefix(strings.TrimPrefix(label, "我的"), "本人"))
			if other {
				continue
			}
		case otherParty.MatchString(label) && (!isASCII(label) || englishName.MatchString(strings.TrimSpace(l[colon(l)+1:]))):
			// In English, a role names someone else when a name follows ("Engineer on duty: Mr.
			// Wang"); "Front desk staff: Amy (very rude)" only says what the writer met. A line's
			// hotline ("全国服务热线：400-…" in a company's signature) is that line's alone.
			other = !serviceLabel.MatchString(label)
			if rest := writerAfter(l, writer); rest != "" {
				// "工程部王经理电话：135…，说周三派人来。我在家等了一天。谢军，15栋…": the writer
				// speaks again after the sentence the label begins.
				kept, other = append(kept, rest), false
			}
			continue
		case other, strayFields(l) && ownFields(l) == nil:
			continue
		}
		kept = append(kept, l)
	}
	return strings.Join(kept, "\n")
}

// writerAfter is the end of line l from the first sentence after its first where the writer
// speaks ("我在家等了一天。") or signs with their name; "" when none does.
func writerAfter(l, writer string) string {
	sentences := sentencesOf(l)
	for k := 1; k < len(sentences); k++ {
		t := strings.TrimSpace(sentences[k])
		if firstPersonStart.MatchString(t) && writerSpeaks(t) || writer != "" && strings.HasPrefix(t, writer) {
			return strings.Join(sentences[k:], "")
		}
	}
	return ""
}

// besidePlace is a note in brackets at the end of a line saying where a place is: "（物业办公室楼上）".
var besidePlace = quickre.MustCompile(eitherScript(`[（(][^）)]*(?:对面|隔壁|旁边|附近|楼上|楼下|上面|下面|后面|前面|旁)[）)]\s*$`))

// ownContact is the phone number and address a person's mail gives as the writer's own: on a
// line that names them ("投诉人：李四 电话：…" from 李四, in a letter two residents signed) or that
// says so ("我的电话：…"); "" for what it gives so for neither.
func ownContact(text, writer string) (phone, address string) {
	for i, l := range strings.Split(text, "\n") {
		if i >= ContactLines {
			break
		}
		fields := ownFields(l)
		if namesWriter(l, writer) {
			fields = formLineFields(l)
		}
		for _, f := range fields {
			switch {
			case f.key == "phone" && phone == "":
				if p := phoneIn(f.value); p != "" && CheckPhone(p) == nil {
					phone = p
				}
			case f.key == "address" && address == "" && f.value != "" && !noAddress.MatchString(f.value) &&
				utf8.RuneCountInString(f.value) <= MaxShort:
				address = f.value
			}
		}
	}
	return phone, address
}

// ownFields are the fields of a line the writer labels as theirs, wherever they stand on it:
// "我的电话：", "本人地址：", also after someone else's ("母亲电话：136… 我的电话：139…"), not
// "我的邻居：王五 电话：…".
func ownFields(l string) []formField {
	if colon(l) < 0 || !strings.Contains(l, "我") && !strings.Contains(l, "本人") {
		return nil
	}
	var out []formField
	labels := formLabel.FindAllStringSubmatchIndex(l, perLine)
	for i, m := range labels {
		label := strings.Trim(l[m[2]:m[3]], " \t*")
		key := formKey(label)
		if key == "" || !strings.HasPrefix(label, "我") && !strings.HasPrefix(label, "本人") ||
			quoted(l[:m[2]]) || notice.MatchString(l[:m[2]]) {
			continue // "门上贴的告示：本户装修，我的电话：…" is the neighbour's
		}
		end := len(l)
		if i+1 < len(labels) {
			end = labels[i+1][2]
		}
		out = append(out, formField{key, strings.TrimRight(strings.TrimSpace(l[m[1]:end]), "，,；;。 \t")})
	}
	return out
}

// namesWriter tells a line whose name field names the writer ("联系人：周晴，电话：…" from 周晴).
func namesWriter(l, writer string) bool {
	writer = strings.TrimSpace(writer)
	if !strings.Contains(l, writer) || utf8.RuneCountInString(writer) < 2 || titleOnly.MatchString(writer) {
		return false // "王先生", "小王" may be anyone of the name
	}
	whole := func(value string) bool {
		rest, ok := strings.CutPrefix(value, writer)
		r, _ := utf8.DecodeRuneInString(rest)
		return ok && (rest == "" || !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r))
	}
	for _, f := range formLineFields(l) {
		if f.key == "name" && whole(f.value) {
			return true
		}
	}
	// "业主：黄志强（5幢601） 电话：…" from 黄志强.
	if label, ok := lineLabel(l); ok && selfLabel.MatchString(label) {
		_, value, _ := strings.Cut(l, label)
		return whole(strings.TrimLeft(value, " \t:："))
	}
	return false
}

// englishName is a person's name as English writes it, maybe with their number after it: "Mr.
// Wang", "Ms Li Na", "Chen Hua 139…".
var englishName = quickre.MustCompile(`^(?:(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}[\s,;:]*[+\d()\s-]*$`)

// writerSpeaks tells a line with the writer's "我" in it, not a notice's "我们", "我司", "我处".
func writerSpeaks(l string) bool {
	for i := strings.Index(l, "我"); i >= 0; {
		r, _ := utf8.DecodeRuneInString(l[i+len("我"):])
		if r != '们' && r != '們' && r != '司' && r != '处' && r != '處' {
			return true
		}
		next := strings.Index(l[i+len("我"):], "我")
		if next < 0 {
			break
		}
		i += len("我") + next
	}
	return false
}

// signsAs tells a line that names the writer: as namesWriter does, or beginning with their name
// in full ("王建国", "王建国 13800001111").
func signsAs(l, writer string) bool {
	writer = strings.TrimSpace(writer)
	if namesWriter(l, writer) {
		return true
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(l), writer)
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && utf8.RuneCountInString(writer) >= 2 && !titleOnly.MatchString(writer) &&
		(rest == "" || !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r))
}

// titleOnly is a name that only says how someone is addressed: a surname and a title, or 小王.
var titleOnly = quickre.MustCompile(eitherScript(`(先生|女士|小姐|太太|阿姨|师傅|師傅|老师|老師|经理|經理|同学|同學)$|^(小|老|阿)\p{Han}$`))

// otherInBrackets is someone else named in brackets after a name ("李先生（房东）"); after the
// name of a mail's contact (联系人, 姓名) only a person of otherPerson is: "联系人：吴丽珊（分店经理）"
// is the shop's manager writing.
var otherInBrackets = quickre.MustCompile(`[（(][^）)]*(` + otherParty.String() + `)[^）)]*[）)]`)

// otherPerson is someone else than the writer by how they stand to them.
var otherPerson = quickre.MustCompile(eitherScript(`房东|房主|邻居|楼上|楼下|隔壁|对门|对方|租客|车主`))

// salutation tells a letter's salutation ("尊敬的物业：您好！", "物业：您好"), which speaks to the
// office, from a line about someone else.
func salutation(line, label string) bool {
	if greeting.MatchString(label) {
		return true
	}
	_, value, _ := strings.Cut(line, label)
	value = strings.TrimLeft(value, " \t:：")
	return strings.HasPrefix(value, "您好") || strings.HasPrefix(value, "你好")
}

// strayFields tells a line whose first label is no contact field of the writer's nor their own
// line, before labels that are: the fields that follow belong to whoever it names ("店长：李华
// 电话：…", "会务组：王老师 手机：…").
func strayFields(l string) bool {
	labels := formLabel.FindAllStringSubmatchIndex(l, -1)
	if len(labels) < 2 {
		return false
	}
	first := strings.TrimLeft(strings.Trim(l[labels[0][2]:labels[0][3]], " \t*"), "（(【[")
	return formKey(first) == "" && !selfLabel.MatchString(first) && !ownLines[strings.ToLower(first)]
}

// introduces says whether line i ends in a colon that introduces someone else's lines below it;
// a greeting ("尊敬的物业公司：") does not.
func introduces(line string, i int) bool {
	t := strings.TrimSpace(line)
	before, ok := strings.CutSuffix(t, "：")
	if !ok {
		before, ok = strings.CutSuffix(t, ":")
	}
	if !ok {
		// Without a colon: "房东信息如下", "下面是房东的联系方式", "这是他家贴在门上的联系方式".
		before = strings.TrimLeft(lastClause(strings.TrimRight(t, "。.")), "，,；;。！？!?")
		return utf8.RuneCountInString(before) <= 25 && introWords.MatchString(before) && !ownIntro.MatchString(before) &&
			(otherParty.MatchString(before) || otherPerson.MatchString(before) || someoneElse.MatchString(before))
	}
	// A letter's first line ending in a colon is its salutation ("阳光物业管理有限公司："),
	// unless it is a sentence.
	first := i == 0 && !strings.ContainsAny(before, "，,") && !notice.MatchString(before) && !pastes.MatchString(before)
	// "我是楼下住户，以下是我的联系方式：", "以后的通知请寄到这个地址：" introduce the writer's own lines.
	self := ownIntro.MatchString(before)
	return !first && !self && !greeting.MatchString(before) &&
		(otherParty.MatchString(before) || notice.MatchString(before) || pastes.MatchString(before))
}

// introWords end a line that introduces what follows without a colon: "…如下", "…的联系方式".
var introWords = quickre.MustCompile(eitherScript(`(?:如下|联系方式|联系信息|信息|资料|发给我的|发来的|微信|短信|消息|留言)$`))

// someoneElse names a person other than the writer: "他家", "她的", "对方", "漏水那户".
var someoneElse = quickre.MustCompile(eitherScript(`他|她|对方|人家|那户|这户|该户|那家|这家`))

// notice is a notice or message of someone else's the writer quotes ("你们贴的通知是这样写的：",
// "物业发给我的短信：", "催费单上写着："), or a shop's paper ("取衣凭证如下：", "小票：").
var notice = quickre.MustCompile(eitherScript(`通知|通告|公告|告示|提示|公示|短信|簡訊|微信|纸条|字条|传单|催费单|单子|写着|写道|原话|说：?$|` +
	`凭证|收据|小票|单据|账单|发票`))

// quotes tells an introducing line above someone's words, which may have lines of their own
// without a colon: their block lasts until a blank line.
func quotes(line string) bool {
	return notice.MatchString(strings.TrimRight(strings.TrimSpace(line), ":："))
}

// separator is a line that only separates: "———", "-----", "*****".
var separator = quickre.MustCompile(`^[-—–_=*~·.。]{3,}$`)

// nameLine tells a line that is a person's name alone, not the writer's: two to four Chinese
// characters.
func nameLine(l, writer string) bool {
	t := strings.TrimSpace(l)
	n := utf8.RuneCountInString(t)
	return n >= 2 && n <= 4 && hanOnly(t) && t != strings.TrimSpace(writer)
}

// pastes introduces someone else's words pasted whole below it: "以下是邻居发给我的：", "原文如下：",
// "下面是业主群里的聊天记录：".
var pastes = quickre.MustCompile(eitherScript(`原文|原话|发给我的|发来的|转给我的|[他她]发的|聊天记录|群里的|你们的回复|你们的答复|` +
	`你们回复|你们答复|回复如下|答复如下`))

// ownIntro introduces the writer's own lines: "以下是我的联系方式：", "我家情况如下：", "请寄到这个地址：".
var ownIntro = quickre.MustCompile(eitherScript(`(我的|我嘅|本人|我家)(联系|聯絡|信息|資料|资料|情况|情況|地址|电话|電話)|这个(地址|号码)|這個(地址|號碼)|请(寄|发)到`))

// greeting begins a letter's salutation.
var greeting = quickre.MustCompile(eitherScript(`^(尊敬的|致|亲爱的|親愛的|您好|你好)`))

// lineLabel is what stands before the first colon of a line that labels a value ("电话：138…"):
// a few words, no sentence ("客服回复说：…" is one) and not a greeting ("尊敬的物业公司：").
func lineLabel(l string) (string, bool) {
	i := colon(l)
	if i <= 0 {
		return "", false
	}
	label := strings.TrimSpace(l[:i])
	_, n := utf8.DecodeRuneInString(l[i:])
	// An English label of a few words is longer: "Engineer on duty".
	long := utf8.RuneCountInString(label) > 12 && (len(label) > 24 || !isASCII(label) || len(strings.Fields(label)) > 3)
	if strings.TrimSpace(l[i+n:]) == "" || long || strings.ContainsAny(label, "，。,；;！!？?") ||
		saying.MatchString(label) {
		return "", false
	}
	return label, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// perLine is how many places of a pattern on one line the writer's first person is looked for
// at: each is weighed against the words before it, and a line of thousands is no one's letter.
const perLine = 20

// ContactLines is how many lines of a message's text its labelled contact lines are looked for
// in: a form's or a letter's stand at its top, quoted mail and long threads below.
const ContactLines = 80

// formContact reads the visitor's name, address and phone number from the labelled lines of a
// form's notice, its textFields; each is "" when the text has no such line, or its value is none.
func formContact(fields []formField) (name, email, phone string) {
	for _, f := range fields {
		value := f.value
		switch f.key {
		case "name":
			// "联系人：王女士 135…": a name, then the number to call them on.
			if i := strings.IndexFunc(value, func(r rune) bool { return r == '+' || unicode.IsDigit(r) }); i > 0 &&
				!strings.ContainsAny(strings.TrimSpace(strings.TrimRight(value[:i], "(（:：,， ")), " \t　") &&
				!otherParty.MatchString(value[:i]) {
				if p := phoneIn(value[i:]); p != "" && CheckPhone(p) == nil {
					value = strings.TrimRight(strings.TrimSpace(value[:i]), "(（:：,，")
					if phone == "" {
						phone = p
					}
				}
			}
			if f := strings.Fields(value); len(f) > 1 && digitCount(value) >= 7 && hanOnly(f[0]) {
				value = f[0] // "周敏 身份证 3301…": the name, not the card's number beside it
			}
			if before, _, ok := cutBracket(value); ok && hanOnly(before) && utf8.RuneCountInString(before) <= 4 {
				value = before // "李国栋（12栋1单元801室，车位B-071）": the name, without its note
			}
			if who, _ := placeThenName(value); who != "" {
				value = who // "A座2210 泽远科技 前台 小黄": the name after the office
			}
			if name == "" && value != "" && utf8.RuneCountInString(value) <= 40 && !declined.MatchString(value) {
				name = value
			}
		case "email":
			if email == "" && strings.Contains(value, "@") && CheckEmail(value) == nil {
				email = value
			}
		case "phone":
			// The first number, or a mobile after a landline ("座机：0755-… 手机：138…"): the
			// number that reaches the person.
			if p := phoneIn(value); (phone == "" || !isMobile(phone) && isMobile(p)) && p != "" && CheckPhone(p) == nil {
				phone = p
			}
		}
	}
	return name, email, phone
}

// declined is a form's field the writer chose not to fill in: "不填了", "保密", "匿名".
var declined = quickre.MustCompile(eitherScript(`^(?:不填了?|不填写|不留了?|不想填|保密|匿名|不方便(?:透露|留)?|暂不提供|不提供|略|无|-+|/)[。.!！~～]*$`))

// cutBracket splits "李国栋（12栋1单元801室）" into the words before the bracket and the note in it.
func cutBracket(value string) (before, note string, ok bool) {
	i := strings.IndexAny(value, "（(")
	if i <= 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(value[i:])
	rest := value[i+size:]
	j := strings.IndexAny(rest, "）)")
	if j < 0 {
		return "", "", false
	}
	return strings.TrimSpace(value[:i]), strings.TrimSpace(rest[:j]), true
}

// nameNote is the address in brackets after the name a labelled line gives ("反映人：李国栋（12栋
// 1单元801室，车位B-071）"): the flat, without the parking space; "" when there is none.
func nameNote(fields []formField) string {
	for _, f := range fields {
		if f.key != "name" {
			continue
		}
		if _, place := placeThenName(f.value); place != "" {
			return place
		}
		before, note, ok := cutBracket(f.value)
		if !ok || !hanOnly(before) || utf8.RuneCountInString(before) > 4 {
			return ""
		}
		part, _, _ := strings.Cut(note, "，")
		part, _, _ = strings.Cut(part, ",")
		if a := addressPart(part); a != "" && a == strings.TrimSpace(part) && !venue.MatchString(a) && !lodging.MatchString(a) &&
			!otherParty.MatchString(a) {
			return a
		}
		return ""
	}
	return ""
}

// placeThenName splits a labelled name that gives the writer's flat or office first and their
// name last, apart: "A座2210 泽远科技 前台 小黄", "3栋1单元502 王芳". "", "" for any other.
func placeThenName(value string) (name, place string) {
	words := strings.Fields(value)
	if len(words) < 2 {
		return "", ""
	}
	last := words[len(words)-1]
	if n := utf8.RuneCountInString(last); !hanOnly(last) || n < 2 || n > 4 ||
		!chineseName(last) && !strings.HasPrefix(last, "小") && !strings.HasPrefix(last, "老") {
		return "", ""
	}
	if a := addressPart(words[0]); a == "" || a != words[0] || otherParty.MatchString(a) || venue.MatchString(a) {
		return "", ""
	}
	return last, words[0]
}

// isMobile tells a mobile number: the mainland's (138…), Taiwan's (0912…, +886 912…), Hong
// Kong's and Macau's when dialled with their country code (+852 9123 4567).
func isMobile(p string) bool {
	d := asciiDigits(p)
	switch {
	case mobile.MatchString(strings.TrimSpace(p)):
		return true
	case strings.HasPrefix(d, "886") && len(d) == 12:
		return d[3] == '9'
	case strings.HasPrefix(d, "09") && len(d) == 10:
		return true
	case (strings.HasPrefix(d, "852") || strings.HasPrefix(d, "853")) && len(d) == 11:
		return strings.ContainsRune("5679", rune(d[3]))
	}
	return false
}

// signatureContact is the phone number and address a writer gives without labels on the lines
// right below their name at the foot of their mail ("許志偉\n0912-000-111\n桃園市中壢區中山路100號
// 8樓", "业主 陈大文\n13800138000"), or beside it ("宋波 13588002200"); "" for what they do not give
// there, and for a signature of their work (a company's or a job's line): its number and address
// are the company's. writer is their name.
func signatureContact(text, writer string) (phone, address string) {
	if utf8.RuneCountInString(writer) < 2 || roleWords.MatchString(writer) || !strings.Contains(text, writer) {
		return "", "" // "业主" may be anyone's line
	}
	lines := strings.Split(text, "\n")
	// The last signature: a line above naming a namesake is not the foot of the mail.
	for i := min(len(lines), ContactLines) - 1; i >= 0; i-- {
		rest, ok := signs(lines[i], writer)
		var sidePhone, sideAddress string
		if !ok {
			sidePhone, sideAddress, ok = besideName(lines[i], writer)
		}
		if tail := fromWriter(lines[i], writer); !ok && tail != "" {
			// "…已经反映过多次。吴芳 13633334444 地址：…", "…叫不醒，林峰 13699990000": the
			// name and contact after the complaint's words on its line.
			sidePhone, sideAddress, ok = besideName(tail, writer)
		}
		if tail := lastPart(lines[i]); !ok && tail != lines[i] && strings.HasSuffix(tail, writer) {
			// "…老人上不去。13900005555 小周": the contact, then the name, after the complaint.
			sidePhone, sideAddress, ok = besideName(tail, writer)
		}
		if head, _, cut := strings.Cut(lines[i], "，"); !ok && cut && strings.HasPrefix(head, writer) {
			// "韩雪 13500005556，投诉1703油烟直排": the name and contact before them.
			sidePhone, sideAddress, ok = besideName(head, writer)
		}
		if !ok || i > 0 && endsInColon(lines[i-1]) {
			// Not their name, or a name a label above gives ("管家是：\n王芳"): a namesake's.
			continue
		}
		phone, address = sidePhone, sideAddress
		if rest != "" {
			if phoneIn(rest) != rest || CheckPhone(rest) != nil {
				continue
			}
			phone = rest
		}
		work := false
	block:
		for _, l := range lines[i+1 : min(len(lines), i+6)] {
			l = strings.TrimSpace(l)
			switch {
			case l == "" || endsInColon(l):
				// The end of the block, or a label whose value is on the line below: someone
				// else's number ("邻居的电话："), an order's.
				break block
			case dateLine.MatchString(l) || colon(l) >= 0 || labelledPhone(l):
				// The letter's date, a labelled line, which the labels' rules read ("手机 133…").
			case phoneIn(l) == l && CheckPhone(l) == nil:
				phone = cmp.Or(phone, l)
			case addressLine(withoutRole(l)):
				a := withoutRole(l)
				if label, value, ok := strings.Cut(a, " "); ok && formKey(label) == "address" {
					a = strings.TrimSpace(value) // "地址 碧海花园3栋1201" of a table without colons
				}
				if workLine.MatchString(a) {
					a = fromAddressWord(a) // "永安保险 人事部 B座1501": the room, not the company
				}
				if !lodging.MatchString(l) { // a guest's hotel room is not their address
					address = cmp.Or(address, a)
				}
			case englishAddress.MatchString(l) && utf8.RuneCountInString(l) <= MaxShort && !workLine.MatchString(l):
				address = cmp.Or(address, l) // "Rm 1203, 12/F, Tower B"
			case workLine.MatchString(l):
				work = true
			default:
				break block
			}
		}
		if work {
			// The company's landline and address; a mobile is the person's own, so is a
			// flat ("云栖花园二区5幢302" under "浙大附属医院 护士长") and the office on the floor the
			// complaint is about ("B座15层空调…" above "B座15层1503").
			if !mobile.MatchString(strings.TrimSpace(phone)) {
				phone = ""
			}
			if !homeFlat.MatchString(address) && !placeAbove(address, strings.Join(lines[:i], "\n")) {
				address = ""
			}
		}
		if phone != "" || address != "" {
			return phone, address
		}
	}
	return "", ""
}

// homeFlat is a flat in a residential building: "5幢302", "3栋2单元1101", "2单元602".
var homeFlat = quickre.MustCompile(eitherScript(`\d+\s*(?:栋|幢|号楼)\s*(?:\d+\s*单元\s*)?\d{3,4}(?:室|号)?\s*$|\d+\s*单元\s*\d{3,4}(?:室|号)?\s*$`))

// placeAbove tells an address whose building and floor, without the room, the text above names:
// the writer's office is on the floor they complain about.
func placeAbove(address, above string) bool {
	place := strings.TrimSpace(trailingRoom.ReplaceAllString(address, ""))
	return utf8.RuneCountInString(place) >= 3 && addressWords.MatchString(place) && strings.Contains(above, place)
}

// trailingRoom is the room's number at an address's end.
var trailingRoom = quickre.MustCompile(`[-－]?\d{2,5}\s*(?:室|號|号)?\s*$`)

// workLine is a line of a signature that names the writer's company, department or job.
var workLine = quickre.MustCompile(eitherScript(`(?i)公司|集团|有限|银行|医院|学校|大学|事务所|研究院|工作室|保险|证券|传媒|科技|贸易|物流|` +
	`工程师|设计师|会计|出纳|经理|主管|总监|主任|专员|助理|顾问|秘书|总裁|董事|店长|[部处處科]长|^\S{1,6}部$|\s\S{1,6}部\s|` +
	`\b(?:ltd|inc|co\.|corp|llc)\b`))

// ownRole is a role a writer signs with that names someone else in another's mail: a shop's
// manager, a company's, writing themselves.
var ownRole = quickre.MustCompile(eitherScript(`店长|经理|负责人|老板|主管`))

// labelledPhone tells a line of a phone's label and number without a colon: "手机 133…".
func labelledPhone(l string) bool {
	label, value, ok := strings.Cut(l, " ")
	return ok && formKey(label) == "phone" && phoneIn(strings.TrimSpace(value)) != ""
}

// endsInColon tells a line that ends in a colon: a label whose value is on the line below.
func endsInColon(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasSuffix(l, ":") || strings.HasSuffix(l, "：")
}

// signs tells a line that is the writer's signature: their name, maybe after their role
// ("业主 陈大文", "顾客 杨帆", "店长 黄珊") or before a word of respect ("陈大文 敬上"); rest is what
// follows the name on the line ("宋波 13588002200"), "" for nothing.
func signs(line, writer string) (rest string, ok bool) {
	t := withoutRole(line)
	if i := strings.Index(t, writer); i > 0 && !titleOnly.MatchString(writer) {
		// A role of a few characters before the name: the writer's own ("店长 黄珊"), not one
		// of the office's staff ("管家 小刘") or of a neighbour ("楼上 王建国"); "王先生" may be
		// anyone's, and signs alone on its line.
		if role := strings.TrimSpace(t[:i]); utf8.RuneCountInString(role) <= 6 && hanOnly(role) && !otherPerson.MatchString(role) &&
			(!otherParty.MatchString(role) || ownRole.MatchString(role)) {
			t = t[i:]
		}
	}
	if after, found := strings.CutPrefix(t, writer); found && after != "" && (after[0] == ' ' || after[0] == '\t' || strings.HasPrefix(after, "\u3000")) {
		if r := strings.TrimSpace(after); r != "" && phoneIn(r) == r && CheckPhone(r) == nil && !dateLine.MatchString(r) &&
			!roomThenMobile(r) {
			return r, true
		}
	}
	for _, respect := range []string{"谨启", "謹啟", "敬启", "敬啟", "敬上", "谨上", "謹上", "拜上", "上", "启", "啟"} {
		if r, ok := strings.CutSuffix(t, respect); ok {
			t = strings.TrimSpace(r)
			break
		}
	}
	return "", t == writer
}

// ownSentences puts on a line of its own each sentence in which the writer begins to give their
// contact ("…大门一直开着。我的电话：136…，住10栋1204", "…能帮查一下吗？我是3号楼的，电话186…"),
// as if they had begun a line there: the sentence before, about someone else ("值班保安电话138…
// 打不通"), keeps its line.
func ownSentences(text string) string {
	if !strings.ContainsAny(text, "。！？!?") {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		b.WriteString(text[i : i+n])
		i += n
		if strings.ContainsRune("。！？!?", r) {
			rest := strings.TrimLeft(text[i:], " \t\u3000")
			if ownStart.MatchString(rest) {
				b.WriteByte('\n')
				i = len(text) - len(rest)
			}
		}
	}
	return b.String()
}

// ownStart begins a sentence in which the writer gives their own contact.
var ownStart = quickre.MustCompile(eitherScript(`^(?:我的(?:电话|手机|联系|号码|地址)|我是|我叫[^了过過]|我住|我家住|我电话|我手机|本人)`))

// displayName splits a sender's name into the person and the place it gives: "张伟 3-2-1101" is
// 张伟 of 3-2-1101, "阳光花园5栋1单元" a flat that names nobody, "12号楼王阿姨" the name the office
// knows her by and her building.
func displayName(name string) (person, place string) {
	t := strings.TrimSpace(name)
	if roleWords.MatchString(t) {
		return name, "" // "5栋业主" names the writer by their role there
	}
	if addressLine(t) && addressPart(t) == t && !otherParty.MatchString(t) && !strings.ContainsAny(t, " \t\u3000") {
		return "", t
	}
	if first, rest, ok := strings.Cut(t, " "); ok && signedName(first) {
		if rest = strings.TrimSpace(rest); addressLine(rest) && addressPart(rest) == rest && !otherParty.MatchString(rest) {
			return first, rest
		}
	}
	if part := addressPart(t); part != "" && part != t && (addressLine(part) || loneBuilding.MatchString(part)) {
		if rest := t[len(part):]; signName.MatchString(rest) || chineseName(rest) {
			return name, part // "12号楼王阿姨": 王阿姨 of 12号楼, known so to the office
		}
	}
	return name, ""
}

// chineseName tells a sender's name that is a person's Chinese name, not a nickname ("小鱼儿",
// "阿布"), an English name or an address.
func chineseName(name string) bool {
	name = strings.TrimSpace(name)
	n := utf8.RuneCountInString(name)
	return n >= 2 && n <= 4 && nameOrNothing(name) && surnamed(name)
}

// surnamed tells a name that begins with one of the common Chinese surnames (in either script):
// "吴芳", "欧阳娜", not "岁月静好", "外卖小哥".
func surnamed(name string) bool {
	for _, two := range []string{"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "令狐", "慕容", "司徒"} {
		if strings.HasPrefix(name, two) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(name)
	return strings.ContainsRune(surnames, r)
}

// surnames are the single-character Chinese surnames of nearly everyone, in both scripts.
const surnames = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖" +
	"田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹" +
	"薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐" +
	"颜顏倪庄莊聂聶章鲁魯岳翟殷詹申耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂塗成苗谷盛曲翁" +
	"冉骆駱蓝藍路游游辛靳欧歐管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆" +
	"麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇" +
	"桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓" +
	"盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴盖蓋练練廉禹井祖漆巴丰支卿国國狄平计計索宣晋晉相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏鹿薄邸雍辜羊阿乌烏母裘亓修邰赫杭况況那宿鲜鮮印逯隆茹诸諸战戰慕危玉银銀亢嵇公哈湛宾賓戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴陰昝智幸奉植衡富尧堯闭閉由"

// signOff is the name the last line of a text begins with, or its last sentence does, when
// something follows it there ("吴芳 13633334444 地址：…", "…反映过多次。陈杰 13544445555"); "" when
// it begins with none.
func signOff(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	l := strings.TrimRight(strings.TrimSpace(lines[len(lines)-1]), "。.！!")
	if i := strings.LastIndexAny(l, "。！？!?"); i >= 0 {
		_, n := utf8.DecodeRuneInString(l[i:])
		l = strings.TrimSpace(l[i+n:])
	}
	first, rest, ok := strings.Cut(l, " ")
	if !ok {
		first, rest, ok = strings.Cut(l, "，")
	}
	if !ok || strings.TrimSpace(rest) == "" || !signedName(first) {
		return ""
	}
	// Not a name the words before it introduce: "他家的电话写在下面", "联系一下他们房东", "就是这个人：".
	before := strings.TrimRight(text, " \t\r\n")
	before = strings.TrimRight(before[:strings.LastIndex(before, first)], " \t\r\n\u3000")
	if lead := lastSentence(before); introducesSomeone.MatchString(lead) || endsInColon(before) {
		return ""
	}
	return first
}

// signedName is a name a writer signs with: a Chinese name of two or three characters, or a
// surname and a title ("王先生").
func signedName(w string) bool {
	n := utf8.RuneCountInString(w)
	title := strings.HasSuffix(w, "先生") || strings.HasSuffix(w, "女士") || strings.HasSuffix(w, "小姐") || strings.HasSuffix(w, "太太")
	if parent.MatchString(w) && !strings.ContainsAny(w, "我你您他她们們的") {
		return true // "小明妈妈": a parent signs by their child's name
	}
	return (n == 2 || n == 3 || title && n <= 4) && hanOnly(w) && surnamed(w) && nameOrNothing(w) && !familiar.MatchString(w) &&
		!strings.ContainsAny(w, "我你您他她们們的是") && (title || !aboutSomeone.MatchString(w))
}

// parent is a parent named by their child: "小明妈妈", "乐乐爸爸".
var parent = quickre.MustCompile(eitherScript(`^\p{Han}{1,3}(?:妈妈|爸爸)$`))

// introducesSomeone are the words of a sentence that leads to someone else's name and number.
var introducesSomeone = quickre.MustCompile(eitherScript(`他|她|佢|这个人|这人|名片|下面|如下|以下|电话是|号码是|叫|房东|房主|` +
	`邻居|楼上|楼下|隔壁|对门|对方|保安|管家|师傅|快递|外卖|小哥|司机|经理|主管|店长|老板|客服|工人|装修|维修|施工|租客|车主`))

// fromWriter is a line from the last place the writer's name begins a clause of it: "林峰
// 13699990000" of "…叫不醒，林峰 13699990000"; "" when none does after the line's start.
func fromWriter(l, writer string) string {
	i := strings.LastIndex(l, writer)
	if i <= 0 {
		return ""
	}
	before := strings.TrimRight(l[:i], " \t\u3000")
	last, _ := utf8.DecodeLastRuneInString(before)
	if before != l[:i] || strings.ContainsRune("，,。！？!?；;", last) {
		return l[i:]
	}
	return ""
}

// lastPart is a line's last clause, without the full stop ending it.
func lastPart(l string) string {
	return strings.TrimSpace(strings.TrimLeft(lastClause(strings.TrimRight(strings.TrimSpace(l), "。.！!")), "，,。；;！!？?"))
}

// roomThenMobile tells "1802 13819990011", a room and then a mobile, from one number written in
// groups ("+86 138…", "138 1234 5678").
func roomThenMobile(r string) bool {
	i := strings.LastIndexByte(r, ' ')
	if i < 0 || !mobile.MatchString(r[i+1:]) {
		return false
	}
	room := strings.TrimSpace(r[:i])
	return allDigits(room) && len(room) >= 3 && len(room) <= 5
}

// cutColon splits "领队：刘畅" at its first colon, full-width or not.
func cutColon(s string) (before, after string, ok bool) {
	c := colon(s)
	if c <= 0 {
		return "", "", false
	}
	_, n := utf8.DecodeRuneInString(s[c:])
	return s[:c], s[c+n:], true
}

// besideName reads a signature of one line, the writer's name and beside it their address, their
// number or both, in either order: "许文 30幢1802 13819990011", "周瑾，7号楼3单元1102，137…",
// "3栋2单元1101 张伟", "——Grace，22幢". Each other part of the line must be one of them.
func besideName(line, writer string) (phone, address string, ok bool) {
	apart := func(r rune) bool { return strings.ContainsRune(" \t\u3000，,、（()）", r) }
	// The name and what stands beside it are set apart: not "王建国家", "小王建国".
	// "孙浩 138…。", "投诉人：3栋502 王芳" (the role's colon after it)
	t := strings.TrimRight(strings.TrimLeft(withoutRole(line), "—-－~～ ：:"), "。.！!")
	if label, after, ok := cutColon(t); ok && hanOnly(label) && utf8.RuneCountInString(label) <= 4 &&
		strings.HasPrefix(strings.TrimSpace(after), writer) {
		t = strings.TrimSpace(after) // "领队：刘畅 136…": the writer's role, then their name
	}
	rest, found := strings.CutPrefix(t, writer)
	if r, _ := utf8.DecodeRuneInString(rest); found && (r >= '0' && r <= '9' || r >= '０' && r <= '９') {
		rest = " " + rest // "钱伟13777001122": the number stuck to the name
	}
	if r, _ := utf8.DecodeRuneInString(rest); !found || !apart(r) {
		rest, found = strings.CutSuffix(t, writer)
		if r, _ := utf8.DecodeLastRuneInString(rest); !found || !apart(r) {
			return "", "", false
		}
	}
	return contactParts(groupedNumbers(strings.FieldsFunc(rest, apart)))
}

// contactParts reads the parts of a contact given beside a name, each the writer's address or
// number, or a label before them: "住16栋", "电话：138…", "第5座18樓C室業主". ok is false when a part
// is none of them, or the flat complained of ("楼下1703室"), or someone's job ("6号楼管家").
func contactParts(parts []string) (phone, address string, ok bool) {
	for _, part := range parts {
		if relativePlace.MatchString(part) || otherParty.MatchString(part) && !workLine.MatchString(part) &&
			!addressWords.MatchString(strings.TrimPrefix(part, "住")) {
			// "楼下1703室", "隔壁2栋101": the flat complained of; "6号楼管家": someone's job.
			return "", "", false
		}
		if formKey(part) == "phone" {
			continue // "刘明 电话 135…": the label before the number
		}
		if strings.ContainsFunc(part, func(r rune) bool { return r >= '０' && r <= '９' }) {
			part = width.Fold.String(part) // "１３７７７００１１２" typed in full width
		}
		// "住16栋", "家住5幢", "住址15栋601": the flat, without the words before it (a label and
		// its colon are read below).
		for _, w := range []string{"我家住", "我住在", "我住喺", "我住", "住址", "地址", "家住", "住在", "住喺", "住"} {
			if rest, ok := strings.CutPrefix(part, w); ok {
				if colon(rest) != 0 && addressWords.MatchString(rest) {
					part = rest
				}
				break
			}
		}
		// "电话：13810002000", "地址：阳光花园1号楼": a value after its label.
		key := ""
		if c := colon(part); c > 0 {
			_, n := utf8.DecodeRuneInString(part[c:])
			if key = formKey(part[:c]); key == "phone" || key == "address" {
				part = strings.TrimSpace(part[c+n:])
			} else if key == "" && addressWords.MatchString(part[c+n:]) {
				part = strings.TrimSpace(part[c+n:]) // "由：第5座18樓C室業主", a letter's sender
			}
		}
		for _, role := range []string{"业主", "業主", "住户", "住戶", "租户", "租戶"} {
			if flat, ok := strings.CutSuffix(part, role); ok && addressWords.MatchString(flat) {
				part = flat // "第5座18樓C室業主": the flat of its owner
				break
			}
		}
		// "手机13810002000": the label stuck to the number.
		number := withoutPhoneLabel(part)
		switch {
		case key == "address":
			if address == "" && addressLine(part) && addressPart(part) == part {
				address = part
			} // else a labelled place of no home ("地址：小区南门到3号楼那段路灯全坏了"), not read
		case phone == "" && phoneIn(number) == number && CheckPhone(number) == nil && !dateLine.MatchString(number):
			phone = number
		case address == "" && dashFlat.MatchString(part):
			address = part // "3-2-1101": building, unit and flat
		case bareRoom.MatchString(part):
			// "1208室" alone: a hotel's or an office's room, no address.
		case workLine.MatchString(part) && !addressWords.MatchString(part):
			// "郑洁 永安保险 人事部 B座1501": the tenant's company and department beside the room.
		case address == "" && (addressLine(part) && addressPart(part) == part || loneBuilding.MatchString(part)) &&
			!lodging.MatchString(part) && !dateLine.MatchString(part) && !strings.ContainsAny(part, "年月") &&
			!dayOfMonth.MatchString(part):
			// Not "11月20号", "20号": a day.
			address = part
		default:
			return "", "", false
		}
	}
	return phone, address, true
}

// groupedNumbers joins a number written in groups ("9123 4567", "138 1234 5670") into one part.
func groupedNumbers(parts []string) []string {
	out := make([]string, 0, len(parts))
	for i := 0; i < len(parts); i++ {
		joined := false
		for n := 3; n >= 2 && !joined; n-- {
			if i+n > len(parts) {
				continue
			}
			group := parts[i : i+n]
			if !slices.ContainsFunc(group, func(p string) bool { return !allDigits(p) || len(p) > 4 }) {
				if m := strings.Join(group, ""); phoneIn(m) == m && CheckPhone(m) == nil {
					out, i, joined = append(out, strings.Join(group, " ")), i+n-1, true
				}
			}
		}
		if !joined {
			out = append(out, parts[i])
		}
	}
	return out
}

func allDigits(s string) bool {
	return s != "" && asciiDigits(s) == s
}

// inlineContact is the writer's number and address given in a run of clauses that hold nothing
// else, within a sentence: after the clause saying who they are ("我是陶然，电话137…，住址15栋601",
// "我的电话：136…，住10栋1204", "我姓王，电话138…，住5栋"), beside their name ("…坏了好久了，135…，
// 冯磊，2栋601"), or ending a line after the complaint's words ("…两天了！！9栋1203", "…快来人！！！
// 17栋1803 电话136…", "…，事发地点：3号楼2单元电梯，联系电话：139…"), or alone on the last lines
// ("…进不了单元门。\n31栋1单元"). After words about someone else a run gives their number, not the
// writer's, and after a neighbour's their flat.
func inlineContact(text, writer string) (phone, address string) {
	if roleWords.MatchString(writer) {
		writer = "" // "业主" may sign anyone's line
	}
	lines := strings.Split(text, "\n")
	// The lines at the foot of the text that hold nothing but a contact ("…进不了单元门。\n31栋1单元")
	// follow the complaint's last sentence as a line's end does.
	foot, signed := len(lines), false
	for j := len(lines) - 1; j >= 0 && j >= len(lines)-3; j-- {
		if strings.TrimSpace(lines[j]) == "" && foot == len(lines) {
			continue
		}
		only, named := contactOnly(lines[j], writer)
		if !only {
			break
		}
		foot, signed = j, signed || named
	}
	for i, l := range lines {
		if i >= ContactLines || phone != "" && address != "" {
			break
		}
		if endsInColon(strings.TrimSpace(lineAbove(lines, i))) {
			continue // what a label above introduces: "请联络：\n管家 黄先生 138…"
		}
		if above := lineAbove(lines, foot); i >= foot && above != "" {
			// Under a company's signature line ("云帆科技有限公司") the address is the company's
			// and only a mobile the person's own; under "他家的电话写在下面" nothing is the writer's.
			work, said := workLine.MatchString(above), lastSentence(strings.TrimSpace(above))
			for _, s := range sentencesOf(l) {
				p, a := runContact(s, writer, above+"\n", true)
				if work && !mobile.MatchString(p) || introducesSomeone.MatchString(said) || aboutSomeone.MatchString(said) {
					p = ""
				}
				if work || !signed && (otherPerson.MatchString(said) || nearby.MatchString(said)) {
					a = "" // "楼下装修太吵。\n3幢1402" may be downstairs; signed with a name, it is theirs
				}
				phone, address = cmp.Or(phone, p), cmp.Or(address, a)
			}
			continue
		}
		// A line of thousands of sentences is no one's letter: its last ones are read.
		sentences := sentencesOf(l)
		start := max(0, len(sentences)-2*perLine)
		off := 0
		for _, s := range sentences[:start] {
			off += len(s)
		}
		for k := start; k < len(sentences); k++ {
			// A number or an address has digits or letters: a sentence without gives neither.
			if strings.ContainsFunc(sentences[k], numberOrLetter) {
				p, a := runContact(sentences[k], writer, l[:off], k == len(sentences)-1)
				phone, address = cmp.Or(phone, p), cmp.Or(address, a)
			}
			off += len(sentences[k])
		}
	}
	return phone, address
}

// contactOnly tells a line of nothing but contact clauses: a number, an address, a name; named
// says it has a name.
func contactOnly(l, writer string) (only, named bool) {
	if strings.TrimSpace(l) == "" || utf8.RuneCountInString(l) > 60 {
		return false, false
	}
	for _, c := range strings.FieldsFunc(strings.TrimRight(l, "。！？!?. \t\u3000"), func(r rune) bool {
		return strings.ContainsRune("，,；;。！？!?", r)
	}) {
		k := readClause(strings.Trim(c, " \t\u3000~～…"), writer)
		if k.other {
			return false, false
		}
		named = named || k.named
	}
	return true, named
}

// sentencesOf is a line cut after each run of the marks that end a sentence, an English full stop
// among them when a space follows it and no abbreviation ("Rm.", "Mr.") comes before.
func sentencesOf(l string) []string {
	var out []string
	start, ended := 0, false
	for i, r := range l {
		end := strings.ContainsRune("。！？!?", r)
		if r == '.' {
			next, _ := utf8.DecodeRuneInString(l[i+1:])
			word := l[strings.LastIndexFunc(l[:i], func(r rune) bool { return !unicode.IsLetter(r) })+1 : i]
			end = (i+1 == len(l) || unicode.IsSpace(next)) && !abbreviation.MatchString(word)
		}
		if ended && !end {
			out, start = append(out, l[start:i]), i
		}
		ended = end
	}
	return append(out, l[start:])
}

// abbreviation is a word an English full stop may follow inside a sentence: "Rm. 1203", "Mr. Li".
var abbreviation = quickre.MustCompile(`(?i)^(?:mr|mrs|ms|dr|rm|no|st|blk|bldg|apt|flat|tel|mob|ext|fl)$`)

// runContact is what the runs of contact clauses of sentence s give as the writer's. before is the
// line's text before s; last says s ends the line.
func runContact(s, writer, before string, last bool) (phone, address string) {
	var clauses []string
	var kinds []contactClause
	cs := strings.FieldsFunc(strings.TrimRight(s, "。！？!?. \t\u3000"), func(r rune) bool {
		return strings.ContainsRune("，,；;", r)
	})
	if len(cs) > 2*perLine {
		// Nor a sentence of hundreds of clauses: its last ones are read, after the others.
		before += strings.Join(cs[:len(cs)-2*perLine], "，") + "，"
		cs = cs[len(cs)-2*perLine:]
	}
	if len(before) > 300 {
		before = strings.ToValidUTF8(before[len(before)-300:], "") // what the words before are read for
	}
	for _, c := range cs {
		k := readClause(strings.Trim(c, " \t\u3000~～…"), writer)
		var words []string
		if k.other {
			words = groupedNumbers(strings.Fields(c))
		}
		if len(words) < 2 || len(words) > 2*perLine {
			clauses, kinds = append(clauses, c), append(kinds, k)
			continue
		}
		// Words set apart by spaces, as a phone's keyboard leaves them: "电梯坏了 3天了 没人修
		// 5栋2单元 小张135…". A label stays with the number after it ("电话 136…", "联系方式：QQ
		// 9138…"); a name after a role, and what follows it, are someone else's ("管家 黄先生
		// 138…"); and only the words after the clause's last other words can be the writer's
		// ("王建国 5栋602 说过这事" is about him).
		first, someone := len(clauses), false
		for j := 0; j < len(words); j++ {
			w := words[j]
			k := readClause(w, writer)
			if j+1 < len(words) && (formKey(w) != "" || k.other && colon(w) >= 0 && colon(words[j+1]) < 0) {
				j++
				w += " " + words[j]
				k = readClause(w, writer)
			}
			if k.named && len(clauses) > first && (otherParty.MatchString(clauses[len(clauses)-1]) ||
				aboutSomeone.MatchString(clauses[len(clauses)-1])) {
				someone = true
			}
			switch {
			case bareFlat.MatchString(w):
				k = contactClause{} // "孙浩 1802 138…": a room beside the name, no address
			case k.phone != "" && phoneIn(w) == w && len(clauses) > first && kinds[len(kinds)-1].other:
				k.other = true // "小票编号 00381256": a number of the words before it
			}
			k.other = k.other || someone
			clauses, kinds = append(clauses, w), append(kinds, k)
		}
		for j := len(kinds) - 1; j >= first; j-- {
			if kinds[j].other {
				for i := first; i < j; i++ {
					kinds[i].other = true
				}
				break
			}
		}
	}
	for from := 0; from < len(clauses); {
		if kinds[from].other {
			from++
			continue
		}
		to := from
		anchored, signed, named := false, false, false
		for ; to < len(clauses) && !kinds[to].other; to++ {
			anchored = anchored || kinds[to].self
			signed = signed || kinds[to].writer
			named = named || kinds[to].named
		}
		prior := before + strings.Join(clauses[:from], "，")
		prev := lastClause(strings.TrimRight(prior, "。！？!? \t\u3000"))
		tail := last && to == len(clauses) && strings.TrimSpace(prior) != ""
		okPhone, okAddress := anchored || signed || tail, anchored || signed || tail
		if !anchored {
			// A number after words about someone is theirs ("新来的管家跟我同名，王芳 139…"), so
			// is one the words after it say was called ("…，这个号我打了十几次都不接"); without
			// the writer's name, another name's contact is someone else's, and a flat after
			// words about a neighbour theirs.
			okPhone = okPhone && !introducesSomeone.MatchString(prev) && !aboutSomeone.MatchString(prev) &&
				!englishSomeone.MatchString(prev)
			if to < len(clauses) && calledAfter.MatchString(strings.TrimSpace(clauses[to])) {
				okPhone = false
			}
		}
		if !anchored && !signed {
			stranger := named && chineseName(writer) && !signName.MatchString(writer) // "阿布" is a nickname
			okPhone = okPhone && !stranger
			okAddress = okAddress && !stranger && !otherPerson.MatchString(prev) && !nearby.MatchString(prev) &&
				!englishNeighbour.MatchString(prev)
		}
		if quoted(prior) || endsInColon(strings.TrimSpace(prior)) {
			okPhone, okAddress = false, false // the words of a notice or a message quoted
		}
		for j := from; j < to; j++ {
			k := kinds[j]
			if okPhone && phone == "" && k.phone != "" && !serviceLine(k.phone) {
				phone = k.phone
			}
			// A flat's number alone after the complaint may be the flat complained of, and so may
			// a place the complaint names ("投诉5栋1202的住户乱扔垃圾。\n5栋1202", "12号楼前面的路灯
			// 坏了。\n12号楼"), unless the writer signs beside it.
			if okAddress && address == "" && k.address != "" && (anchored || signed || named ||
				!bareFlat.MatchString(k.address) && !strings.Contains(prior, k.address)) {
				address = k.address
				// "Block 6, 1302", "I'm in 1701, Block 9": the address's parts in the clauses
				// after it.
				for j+1 < to && isASCII(address) && (kinds[j+1].room != "" ||
					kinds[j+1].address != "" && isASCII(kinds[j+1].address)) {
					j++
					address += ", " + cmp.Or(kinds[j].room, kinds[j].address)
				}
			}
		}
		from = to
	}
	return phone, address
}

// englishSomeone are English words of a sentence about another person, whose number may follow.
var englishSomeone = quickre.MustCompile(`(?i)\b(?:he|she|his|her|him|they|their|them|guard|staff|courier|driver|manager|landlord|` +
	`engineer|technician|plumber|neighbou?rs?)\b`)

// englishNeighbour are English words of a sentence about a flat beside the writer's.
var englishNeighbour = quickre.MustCompile(`(?i)\b(?:above|below|upstairs|downstairs|next door|neighbou?rs?|opposite)\b`)

// calledAfter begins the words after a number that say the writer called it: "这个号我打了十几次",
// "打了没人接".
var calledAfter = quickre.MustCompile(eitherScript(`^(?:这个号|这号|该号|此号|那个号|打了|打过|打不通|没人接|无人接|一直占线|占线|关机)`))

// contactClause is what a clause is to the writer's contact: one saying who they are (self), or
// one of their name (writer), someone's name (named), a number or an address, or a field of the
// complaint's ("事发地点：…"); other when it holds other words.
type contactClause struct {
	other, self, writer, named bool
	phone, address             string
	room                       string // a flat's number alone ("1302"), part of an address beside it
}

// englishFlat is a flat as English writes it: "Block 6", "Block 2 Room 1101", "Flat 12A, Tower 3".
var englishFlat = quickre.MustCompile(`(?i)^(?:(?:block|blk|building|bldg|tower)\.?\s*[0-9A-Z]{1,3}` +
	`(?:\s*,?\s*(?:flat|room|rm|unit|apt|apartment|suite)\.?\s*[0-9A-Z][0-9A-Z-]{0,6})?|` +
	`(?:flat|room|rm|unit|apt|apartment|suite)\.?\s*[0-9A-Z][0-9A-Z-]{0,6}(?:\s*,?\s*(?:block|blk|building|bldg|tower)\.?\s*[0-9A-Z]{1,3})?)$`)

// englishFloor is a floor as English writes it beside a flat: "15/F", "3rd Floor".
var englishFloor = quickre.MustCompile(`(?i)^(?:\d{1,3}/F|\d{1,3}(?:st|nd|rd|th)?\s*(?:floor|fl\.?))$`)

// englishSelf is an English clause saying where the writer lives, the place in its groups: "I am a
// tenant in Block 5", "I'm in 1701", "…in my flat 2-1503".
var englishSelf = quickre.MustCompile(`(?i)^(?:i am|i'm|i’m|im|i live)\s+(?:(?:a|an|the)\s+)?(?:tenant|resident|owner|homeowner|` +
	`living|staying)?\s*(?:in|at)\s+(.+)$|\bmy ((?:flat|apartment|unit|room)\s+[0-9A-Z][0-9A-Z-]*)$`)

// englishWriter tells a clause that is the writer's name or a part of it, as English mail signs:
// "Tom" of "Tom Baker".
func englishWriter(c, writer string) bool {
	if c == "" || !isASCII(c) || !englishName.MatchString(c) {
		return false
	}
	for _, w := range strings.Fields(writer) {
		if strings.EqualFold(c, w) {
			return true
		}
	}
	return strings.EqualFold(c, strings.TrimSpace(writer))
}

// readClause reads a clause of a run.
func readClause(c, writer string) (k contactClause) {
	if c == "" {
		return k
	}
	if !strings.ContainsFunc(c, numberOrLetter) && colon(c) < 0 && utf8.RuneCountInString(c) > 8 &&
		!strings.HasPrefix(c, "我") && !strings.HasPrefix(c, "本人") {
		// Words without a number, a label or the first person, longer than names: the
		// complaint's (most clauses are).
		return contactClause{other: true}
	}
	if englishFlat.MatchString(c) {
		return contactClause{address: c} // "Block 2 Room 1101", "Flat 12A"
	}
	if bareFlat.MatchString(c) || englishFloor.MatchString(c) {
		return contactClause{room: c} // "1302", "15/F" beside an address or a name
	}
	if m := englishSelf.FindStringSubmatch(c); m != nil {
		// "I am a tenant in Block 5", "I'm in 1701", "…leaking in my flat 2-1503".
		k.self = true
		a := strings.TrimSpace(m[1] + m[2])
		if englishFlat.MatchString(a) || bareFlat.MatchString(a) || dashFlat.MatchString(a) {
			k.address = a
		}
		return k
	}
	if englishWriter(c, writer) {
		return contactClause{writer: true, named: true} // "Tom" of Tom Baker
	}
	if m := ownLabelClause.FindStringSubmatchIndex(c); m != nil {
		// "我的电话：136…", "我手机13700001234", "我微信wxid_…": the writer's, and the number when
		// nothing else follows it.
		k.self = true
		if rest := c[m[1]:]; m[2] < 0 && phoneIn(rest) == strings.TrimSpace(rest) && CheckPhone(rest) == nil {
			k.phone = strings.TrimSpace(rest)
		}
		return k
	}
	if m := ownNumberClause.FindStringIndex(c); m != nil {
		// "现在用137…", "打家里座机2668…", "或者打138…": a number to call the writer on. "现在用"
		// says whose it is; "或者打" asks, and counts as the writer's where a request would.
		if rest := c[m[1]:]; phoneIn(rest) == rest && CheckPhone(rest) == nil {
			k.phone = rest
			k.self = !strings.Contains(c[:m[1]], "打")
			return k
		}
	}
	if selfClause.MatchString(c) || surnameClause.MatchString(c) || ownFlatClause.MatchString(c) {
		if nearby.MatchString(c) || otherPerson.MatchString(c) {
			return contactClause{other: true} // "我住的楼上那户": a neighbour
		}
		k.self = true
		if f := strings.Fields(c); len(f) > 1 && phoneIn(f[len(f)-1]) == f[len(f)-1] && CheckPhone(f[len(f)-1]) == nil {
			k.phone = f[len(f)-1] // "我是9栋的住户 刘敏 137…"
		}
		if m := ownFlatClause.FindStringSubmatch(c); m != nil {
			// "我2栋1单元1501的", "我是1单元602王阿姨": the flat, and the name after it.
			part := addressPart(m[1])
			rest := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(m[1], part), "的"), "嘅")
			if part != "" && addressLine(part) && !nearby.MatchString(part) && !lodging.MatchString(part) &&
				(rest == "" || rest == writer || signName.MatchString(rest) || chineseName(rest)) {
				k.address = part
			}
		}
		return k
	}
	var words []string
	for _, w := range strings.Fields(c) {
		// "電話：5123 9876": the label apart from the number's groups.
		if label, value, ok := strings.Cut(strings.Replace(w, "：", ":", 1), ":"); ok && value != "" && formKey(label) == "phone" {
			words = append(words, label, value)
			continue
		}
		words = append(words, w)
	}
	var parts []string
	for _, part := range groupedNumbers(words) {
		if name, number, ok := nameThenNumber(part); ok {
			// "小张13500001234", "陶然13755550000": the name stuck to the number.
			k.writer, k.named = k.writer || name == writer, true
			part = number
		}
		switch label, value, labelled := strings.Cut(strings.Replace(part, "：", ":", 1), ":"); {
		case part == writer:
			k.writer, k.named = true, true
		case signName.MatchString(part) || utf8.RuneCountInString(part) <= 3 && chineseName(part) && !addressWords.MatchString(part):
			k.named = true
		case contactPerson.MatchString(part) && !otherParty.MatchString(part):
			k.writer, k.named = true, true // "联系人张阿姨", its label without a colon
		case labelled && formKey(label) == "name":
			// "联系人：黄女士": the one to call, as the writer gives it; not "联系人：王师傅".
			if otherParty.MatchString(value) {
				return contactClause{other: true}
			}
			k.writer, k.named = true, true
		case labelled && eventField.MatchString(label):
			// "事发地点：3号楼2单元电梯": where it happened, no one's contact.
		case labelled && formKey(label) == "" && !strings.Contains(label, "我"):
			// "单位：杭州市第一人民医院 3号楼"; not "取车地址是我家：…".
			return contactClause{other: true}
		default:
			if n, _, ok := strings.Cut(part, "/"); ok {
				if number := withoutPhoneLabel(n); phoneIn(number) == number && CheckPhone(number) == nil {
					part = n // "电话136…/0755-2668…": two numbers, the first
				}
			}
			for _, suffix := range []string{"的业主", "的住户", "的租户", "业主", "住户", "租户", "的"} {
				if a, ok := strings.CutSuffix(part, suffix); ok && addressWords.MatchString(a) {
					part = a // "7栋的", "27栋的业主"
					break
				}
			}
			parts = append(parts, part)
		}
	}
	for _, part := range parts {
		// Each part gives a number or an address, or is a label: not words beside a name in a
		// signature ("华瑞资本 董事总经理", "具体事宜请联系我助理小陈"). Words without a digit or
		// a letter give neither.
		if colon(part) >= 0 || len(part) <= 24 && formKey(part) != "" {
			continue // a label ("电话", "tel"), or a labelled part, read below
		}
		if !strings.ContainsFunc(part, numberOrLetter) {
			return contactClause{other: true}
		}
		if p, a, _ := contactParts([]string{part}); p == "" && a == "" {
			return contactClause{other: true}
		}
	}
	if len(parts) > 0 {
		p, a, ok := contactParts(parts)
		if m := addressWords.FindStringIndex(a); m != nil && strings.ContainsAny(a[:m[0]], sentenceWords) {
			ok = false // "上次报修的是2单元": a sentence about a place
		}
		k.other, k.phone, k.address = !ok, p, a
	}
	return k
}

// numberOrLetter tells a digit or a Latin letter, in either width: what a number, a building or a
// flat holds.
func numberOrLetter(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '０' && r <= '９' ||
		r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ'
}

// sentenceWords are characters of a sentence's words, not of a place's name before its number.
const sentenceWords = "的是了在被把我你他她它们這这那有没沒不要就也都还還"

// ownLabelClause begins a clause that gives the writer's number or account: "我的电话：", "我手机",
// "本人联系方式是", "我微信" (group 1: an account, not a number).
var ownLabelClause = quickre.MustCompile(eitherScript(`(?i)^(?:我|本人)(?:的|嘅)?(?:(微信号?|qq|vx)|(?:联系|聯絡)?(?:电话|手机|手提|号码|联系方式|聯絡方式)` +
	`(?:号码|号)?)(?:是|为|係)?[:：]?\s*`))

// ownNumberClause begins a clause giving the number to call the writer on now: "现在用", "打家里
// 座机", "或者打", "也可以打".
var ownNumberClause = quickre.MustCompile(eitherScript(`^(?:(?:现在|目前)(?:用|用的是|的号码是|号码是)|` +
	`(?:打|拨打)?(?:我)?家里?的?(?:座机|固话|电话)|(?:或者|或|也可以|也可)(?:打|拨打|拨|致电))\s*[:：]?\s*`))

// surnameClause is a writer saying their surname: "我姓王".
var surnameClause = quickre.MustCompile(`^(?:我|本人)姓\p{Han}$`)

// ownFlatClause is a writer saying the flat is theirs in a clause of its own: "我2栋1单元1501的",
// "我是1单元602王阿姨", the flat and what follows it in its group.
var ownFlatClause = quickre.MustCompile(eitherScript(`^(?:我|本人)(?:是|系|係|住|住在|家住|家在)?(\d[^，,。；;！!？?\s]{1,30})$`))

// familiarName is a person called by a familiar form rather than their full name: "小张", "老王",
// "王阿姨", "刘姐".
const familiarName = `[小老阿]\p{Han}|\p{Han}{1,2}(?:先生|女士|小姐|太太|阿姨|姐|哥|叔|伯)`

// signName is how a writer signs without a full name: "姓郭", a familiar name, "陈生".
var signName = quickre.MustCompile(`^(?:姓\p{Han}|` + familiarName + `|\p{Han}{1,2}生)$`)

// contactPerson is the one to call after the label of a contact without a colon: "联系人张阿姨".
var contactPerson = quickre.MustCompile(eitherScript(`^(?:联系人|联络人)(?:是)?(?:\p{Han}{2,3}|` + familiarName + `)$`))

// eventField is the label of where or when a complaint's matter happened.
var eventField = quickre.MustCompile(eitherScript(`(?:地点|时间|位置|日期)$`))

// nameThenNumber cuts a name from the number stuck to it: "小张13500001234".
func nameThenNumber(part string) (name, number string, ok bool) {
	i := strings.IndexFunc(part, func(r rune) bool { return r >= '0' && r <= '9' || r == '+' })
	if i <= 0 {
		return "", "", false
	}
	name, number = part[:i], part[i:]
	if !hanOnly(name) || !(signName.MatchString(name) || chineseName(name)) || addressWords.MatchString(part) ||
		phoneIn(number) != number || CheckPhone(number) != nil {
		return "", "", false
	}
	return name, number, true
}

// dashFlat is a flat written as its building, unit and number with dashes: "3-2-1101".
var dashFlat = quickre.MustCompile(`^\d{1,3}-\d{1,2}-\d{3,4}$`)

// withoutPhoneLabel is part without the phone's label stuck to its number: "13810002000" of
// "手机13810002000", "电话：13810002000".
func withoutPhoneLabel(part string) string {
	for _, label := range []string{"手机", "电话", "手機", "電話"} {
		if rest, ok := strings.CutPrefix(part, label); ok {
			return strings.TrimLeft(rest, ":：")
		}
	}
	return strings.TrimLeft(part, ":：")
}

// relativePlace is a flat named by where it is from the writer's or by whose it is: "楼下1703室",
// "隔壁2栋101", "房东家3栋".
var relativePlace = quickre.MustCompile(`^(?:` + nearby.String() + `|` + otherPerson.String() + `)`)

// englishAddress begins an address written in English, as Hong Kong's are: a flat, room, unit
// or shop and its number, or a floor ("12/F").
var englishAddress = quickre.MustCompile(`(?i)^(?:flat|room|rm|unit|suite|shop|block|tower)\.?\s*[0-9A-Z][0-9A-Z-]*\s*,|^\d{1,3}/F\b`)

// fromAddressWord is a line from its first word with a numbered part of an address on:
// "B座1501" of "永安保险 人事部 B座1501".
func fromAddressWord(l string) string {
	words := strings.Fields(l)
	for i, w := range words {
		if addressWords.MatchString(w) {
			return strings.Join(words[i:], " ")
		}
	}
	return l
}

// bareRoom is a room number alone: no building, no street.
var bareRoom = quickre.MustCompile(eitherScript(`^\d+\s*(?:室|房|号房)$`))

// withoutRole is a line of a signature without the writer's role before it, and the brackets
// around what follows it: "业主 陈大文" → "陈大文", "業主（第9座 30樓 A室）" → "第9座 30樓 A室".
func withoutRole(line string) string {
	t := strings.TrimSpace(line)
	for _, role := range []string{"业主", "業主", "住户", "住戶", "租户", "租戶", "投诉人", "投訴人"} {
		if rest, ok := strings.CutPrefix(t, role); ok {
			t = strings.TrimSpace(rest)
			if inner, ok := strings.CutPrefix(t, "（"); ok && strings.HasSuffix(inner, "）") {
				t = strings.TrimSpace(strings.TrimSuffix(inner, "）"))
			} else if inner, ok := strings.CutPrefix(t, "("); ok && strings.HasSuffix(inner, ")") {
				t = strings.TrimSpace(strings.TrimSuffix(inner, ")"))
			}
			break
		}
	}
	return t
}

// addressLine tells a line that is an address and nothing else: a building, floor, room or
// street number, no sentence.
func addressLine(l string) bool {
	n := utf8.RuneCountInString(l)
	return n >= 3 && n <= MaxShort && addressWords.MatchString(l) && !strings.ContainsAny(l, "，,。！？!?；;") &&
		phoneIn(l) != l && !venue.MatchString(l)
}

// venue are the words of a place that is no one's address: a meeting room, a booth, a front
// desk, a parking space, a locker.
var venue = quickre.MustCompile(eitherScript(`会议室|会议厅|报告厅|礼堂|展位|展馆|号馆|展厅|前台|车位|柜|客房|房间|包厢|教室`))

// addressWords are the numbered parts of an address: "5栋", "3号楼", "1502室", "12樓", "中山路100號",
// a lettered tower "B座", building-unit-room "7-2-301".
var addressWords = quickre.MustCompile(eitherScript(`\d+\s*(?:号楼|号院|栋|幢|座|楼|层|室|单元|号|弄|巷)|(?:路|街|道|巷|弄|村)\s*\d+|` +
	`\b[A-Za-z]\s*(?:座|栋|幢|号楼)|\b\d{1,3}-\d{1,2}-\d{3,4}\b`))

// signer is a line that only names an office signing a notice: "云栖花园物业服务中心", "某某物业
// 管理有限公司", "业主委员会".
var signer = quickre.MustCompile(eitherScript(`^\p{Han}{0,24}(?:服务中心|管理处|物业|公司|委员会|业委会|居委会|办公室|客服部|工程部|管理部)$`))

// dateLine is a letter's date, maybe with its weekday: "2026年11月20日 星期五", "2026-11-20",
// "2026.11.20", "20.11.2026" as Hong Kong writes it, "20261120".
var dateLine = quickre.MustCompile(`^(?:\d{4}\s*(?:年|[-./])\s*\d{1,2}\s*(?:月|[-./])\s*\d{1,2}\s*日?|` +
	`\d{1,2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{4}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))` +
	`\s*(?:[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?|[（(][一二三四五六日][）)])?$`)

// sentenceAddress is the address a writer gives as theirs in a sentence of their own words: "我住在
// 翠湖花园5栋1单元801室", "我是7栋2单元1502的业主", "本人，业主，房号…", "我们店在B座1楼112号"; not
// where they lived before, a place near it ("7栋302的正下方", "…对面"), a hotel room, nor
// someone else's ("漏水那户的房号是…"). "" when they give none.
func sentenceAddress(text string) string {
	for i, l := range strings.Split(text, "\n") {
		if i >= ContactLines {
			break
		}
		if !containsAnyWord(l, ownAddressEnds) {
			continue
		}
		for _, m := range ownAddress.FindAllStringSubmatchIndex(l, perLine) {
			before := l[:m[0]]
			last := lastClause(before)
			// "隔壁装修，房号是5栋1202" is the neighbour's; "楼上漏水到我家7栋1702了" the writer's;
			// "我以前住3栋101，现在搬到了29栋1801" where they live now.
			moved := strings.Contains(l[m[0]:m[1]], "搬")
			if quoted(before) || !moved && formerly.MatchString(clause(last)) ||
				m[16] < 0 && (otherPerson.MatchString(last) || nearby.MatchString(last)) {
				continue
			}
			var a string
			group := 0
			we := false    // "我们在…": where they are, their office only when nothing follows
			whole := false // "我是6栋的": an address and nothing else ("我是来投诉3号楼电梯的" is none)
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					a, we, whole, group = l[m[g]:m[g+1]], g == 10, g == 14, g/2
				}
			}
			if flat := strings.TrimSpace(a); (group == 1 || group == 7 || group == 8) && bareFlat.MatchString(flat) {
				// "我住1204，", "我是1402的", "我家1204": a flat's number alone, in an office
				// of one building all the address there is.
				return flat
			}
			// "我是你们小区8栋的住户": the building, not "你们小区".
			a = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(a), "你们"), "你們"), "贵")
			a = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(a, "小区"), "小區"), "貴")
			part := addressPart(a)
			if whole && part != strings.TrimSpace(a) {
				continue
			}
			if group == 11 {
				// "我是C座15楼鼎信律师事务所的陈志强"; not "我是5栋物业的保安李强".
				after := l[m[23]:] // the words after group 11's office
				if t := tenantOf.FindStringSubmatch(after); t == nil || estateStaff.MatchString(t[1]) || !chineseName(t[2]) {
					continue
				}
			}
			tail := a[len(part):] // words after a space begin another phrase
			if t := strings.TrimSpace(tail); we && t != "" && !workHere.MatchString(t) {
				continue // "我们在3号楼电梯里被困了"; not "我们在B座1901办公"
			}
			if loc := nearby.FindStringIndex(part); loc != nil && group == 1 {
				// "我住会所对面的10栋", "我住隔壁翠苑小区3栋": the place after where it is.
				rest := strings.TrimPrefix(part[loc[1]:], "的")
				if addressWords.MatchString(rest) && !nearby.MatchString(rest) && !strings.Contains(rest, "的") {
					part = rest
				}
			}
			if placeBeside.MatchString(tail) || strings.Contains(part, "的") || otherParty.MatchString(part) ||
				nearby.MatchString(part) || lodging.MatchString(part) || m[6] >= 0 && lodging.MatchString(l) ||
				venue.MatchString(a) || dayOfMonth.MatchString(part) {
				// "7栋302的正下方", "5栋2单元1501对面", "8号楼西侧", a hotel's room, a day ("12号晚上").
				continue
			}
			if utf8.RuneCountInString(part) >= 3 || loneBuilding.MatchString(part) {
				return part // "9栋" of "我住9栋" too
			}
		}
	}
	return ""
}

// bareFlat is a flat's number alone: "1204", "302室".
var bareFlat = quickre.MustCompile(eitherScript(`^\d{3,4}(?:室|号)?$`))

// workHere are the words after a place that make it where a company is: "办公", "上班".
var workHere = quickre.MustCompile(eitherScript(`^(?:办公|上班|工作|营业|经营)`))

// loneBuilding is a building's number alone: "9栋", "5幢", "B座".
var loneBuilding = quickre.MustCompile(eitherScript(`^[0-9A-Za-z][栋棟幢座]$`))

// lastClause is the end of s from its last comma or full stop, of 300 bytes at most.
func lastClause(s string) string {
	if len(s) > 300 {
		s = strings.ToValidUTF8(s[len(s)-300:], "")
	}
	if i := strings.LastIndexAny(s, "，。；！？,;!?"); i >= 0 {
		return s[i:]
	}
	return s
}

// addressPart is the address at the start of a, up to its last numbered part and the room
// number after it: "3栋1102" of "3栋1102，楼上…", "麗港城3期 12座 8樓 A室", "復興南路一段100號5樓之3";
// "3楼" of "3楼已经15年了"; "" when it has no numbered part.
func addressPart(a string) string {
	ms := addressWords.FindAllStringIndex(a, -1)
	if len(ms) == 0 {
		return ""
	}
	end := ms[0][1]
	for _, m := range ms[1:] {
		if gap := a[end:m[0]]; (len(gap) > 12 || strings.ContainsFunc(gap, func(r rune) bool {
			return !strings.ContainsRune("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-之第号號 \t\u3000", r)
		})) && (len(gap) > 3*8+6 || !estate.MatchString(gap) || nearby.MatchString(gap)) {
			break // words between: the address ended before them
		}
		end = m[1]
	}
	if m := roomAfter.FindStringIndex(a[end:]); m != nil {
		end += m[1]
	}
	return strings.TrimSpace(a[:end])
}

// estate is the name of an estate or a building between a street number and the building's
// number: "金碧花园" of "江南西路120号金碧花园12栋502", "商业楼" of "1号商业楼1楼103号铺".
var estate = quickre.MustCompile(eitherScript(`^\s*\p{Han}{1,8}(?:花园|小区|家园|新村|公寓|大厦|广场|中心|苑|园|城|府|湾|庭|阁|邨|楼)\s*$`))

// roomAfter is the room after an address's last numbered part: "1502" of "2单元1502", " A室",
// "之3" of "5樓之3", the 号 of a street number and the room after it ("号301" of "田林十二村25号301").
var roomAfter = quickre.MustCompile(`^(?:[铺舖鋪]|之\d+|[号號](?:[0-9A-Za-z][0-9A-Za-z-]*[室号號]?)?|[ \t\x{3000}]?[0-9A-Za-z][0-9A-Za-z-]*[室号號座铺舖鋪]?)`)

// placeBeside begins the words after an address that make it a place beside it: "的正下方",
// "对面", "西侧", "后面那栋", "门附近", "会议中心对面".
var placeBeside = quickre.MustCompile(eitherScript(`^(?:的|嘅|门|侧|边|旁|后|前|对|隔壁|附近|楼上|楼下|上面|下面|上方|下方|` +
	`东|西|南|北|会议|车位|停车)`))

// dayOfMonth is a day written as a number: "12号" of "12号晚上被停电".
var dayOfMonth = quickre.MustCompile(eitherScript(`^\d{1,2}号$`))

// formerly begins what a writer says of where they lived before.
var formerly = quickre.MustCompile(eitherScript(`以前|之前|原来|过去|曾经|搬来前|搬家前`))

// lodging are the words of a hotel's room: where a guest stays, not their address.
var lodging = quickre.MustCompile(eitherScript(`酒店|宾馆|饭店|旅馆|客房|房间`))

// nearby are the words of a place beside another: not where the writer lives.
var nearby = quickre.MustCompile(eitherScript(`对面|隔壁|旁边|附近|楼上|楼下|上面|下面|上方|下方|斜对`))

// ownAddress is where a writer says they live, the place in one of its groups: after "我住在",
// "我家住", "本人住", "我家在", "我住的是", "我家是", a clause's "家住"; between "我是" and
// "(的)业主" (not "的业主委托的律师"); after "房号" that begins a clause or follows 我的, 本人;
// where a shop or company writing says it is ("我司位于…", "我们公司（A座905）"), or "我们在…"
// (group 5, which sentenceAddress takes only when nothing but "办公" follows); "我是6栋的" ending
// its clause (group 7, taken only when it is an address and nothing else); "我家1204" ending its
// clause, "漏水到我家7栋1702了" (group 8). Group 1 also takes a tenant's "我租的是…" and a clause's
// "现在搬到了…" and "以后请寄到：…". A business centre's tenants write their office as "我们公司
// B座706的饮水机" (group 9), "我们是C座1206金鼎会计" (group 10), "我是C座15楼鼎信律师事务所的陈志强"
// (group 11), "我们公司（成都高新区天府软件园B区7栋3楼，亿达软件）" (group 6).
var ownAddress = quickre.MustCompile(eitherScript(
	`(?:(?:我家|我|本人)(?:住的是|住在|住于|住於|住喺|家住|住)|我家(?:在|是)|(?:^|[，,。；;\s])家住(?:在)?|我租的(?:房子|房)?(?:是|在)|` +
		`(?:^|[，,。；;\s])(?:现在|現在|已经|已經|已|后来|後來)?(?:搬到|搬进|搬進)了?|` +
		`我(?:的|家的?)(?:地址|住址|门牌号?)[^，。；！？,;!?不没\n]{0,8}?(?:是|为|写的是)|(?:^|[，,。；;\s])(?:以后|今后)?请(?:寄|发|送)到\s*[:：]?\s*)` +
		`([^，。；！？,;!?\n（(：:]{2,40})|` +
		`(?:我(?:是|系|係|为)|本人(?:是|系|係|为)?)([^，。；！？,;!?\n（(：:]{2,30}?)(?:的|嘅)?(?:业主|住户|租户|居民|房东|房東|承租人|房客)(?:[^委的请請聘雇]|$)|` +
		`(?:^|[，,]|我的|我家的|本人)\s*房号(?:是|为)?\s*([^，。；！？,;!?\s（(：:]{3,40})|` +
		`(?:(?:我们|我們|我哋|本|我)(?:的)?(?:店|店铺|舖位|铺位|商铺|公司|办公室|律所|事务所|工作室)|我司|敝司|本司)(?:在|位于|位於|喺)([^，。；！？,;!?\s（(：:]{3,40})|` +
		`(?:我们|我們)(?:在|位于|位於)([^，。；！？,;!?\s（(：:]{3,40})|` +
		`(?:我们公司|我們公司|本公司|我司|敝司)[（(]([^）)，。,]{3,30})[）)，,]|` +
		`我(?:是|系|係)([0-9A-Za-z\p{Han}\-]{2,20}?)(?:[（(][^（()）\n]{1,20}[）)])?(?:的|嘅)(?:[，。；！？,;!?\s]|$)|` +
		`我家(\d[0-9A-Za-z\p{Han}\-]{0,30}?)(?:了|[，。；！？,;!?\s]|$)|` +
		`(?:我们|我們)(?:公司|律所|办公室|工作室)(` + tenantRoom + `)的|` +
		`(?:我们|我們)是(` + tenantRoom + `)\p{Han}|` +
		`我(?:是|系|係)(` + tenantRoom + `)\p{Han}{2,12}?(?:的|嘅)\p{Han}{2,4}(?:[，。；！？,;!?\s]|$)`))

// tenantRoom is a business centre's tower and floor or room, as a tenant writes it before their
// company's name: "C座15楼", "B座706", "A区3栋".
const tenantRoom = `[A-Za-z0-9][0-9A-Za-z\-]{0,3}[座栋棟幢楼樓层層区區](?:[0-9A-Za-z\-]{1,12}[楼樓层層室号號]?)?`

// estateStaff are the words of the estate's own staff and desks: "我是5栋物业的…" is no tenant.
var estateStaff = quickre.MustCompile(eitherScript(`物业|保安|管家|保洁|前台|客服|管理处|工程部|服务中心`))

// tenantOf is a tenant's words after their office: their company's name, then their own.
var tenantOf = quickre.MustCompile(`^(\p{Han}{2,12}?)(?:的|嘅)(\p{Han}{2,4})(?:[，。；！？,;!?\s]|$)`)

// ownAddressWords are the words of which every match of ownAddress has one: a line without them
// is passed over without running it.
var ownAddressWords = []string{"我住", "我家", "家住", "本人", "我是", "我系", "我係", "我为", "我為", "我爲", "房号", "房號",
	"我租", "搬到", "搬进", "搬進", "我的地址", "我的住址", "我的門牌", "我的门牌", "寄到", "发到", "發到", "送到",
	"店", "舖", "铺", "鋪", "公司", "办公室", "我司", "敝司", "本司", "我们在", "我們在", "我们位", "我們位", "律所", "事务所", "事務所",
	"工作室", "我们是", "我們是"}

var ownAddressEnds = byLastRune(ownAddressWords)

// ownPhone are the words before a writer's own number in a sentence: "我的电话是138…", "有事请打我
// 电话139…", "请联系我：136…", "留个电话，我的是139…", "my number is …".
var ownPhone = quickre.MustCompile(eitherScript(`(?i)(?:(?:我|本人)(?:的|嘅)?(?:联系|聯絡)?(?:电话|手机|手提(?:电话)?|流动电话|住宅电话|联系方式|聯絡方式|号码)(?:号码|号)?|` +
	`(?:我|本人)(?:的|嘅)(?:是|係)|` +
	`(?:我|本人)` + changedTo + `|我本人|` +
	`(?:打|拨打|致电|联系|聯絡|找)我(?:的|嘅)?(?:电话|手机|手提)?|(?:请|可)(?:拨打|打|致电|联系|聯絡|回电|回電)(?:我(?:的|嘅)?)?(?:电话|手机|手提)?|` +
	`\b(?:my (?:phone|mobile|cell)(?: number)?|my number|call me(?: at| on)?|reach me (?:at|on)|(?:be )?reached (?:at|on)|` +
	`contact me(?: at| on)?))(?:就行|就可以|即可|就好|就是[^，。；！？,;!?:：\d\n]{1,8}[:：])?[ \t]*(?:就是|是|为|係|is\b)?[ \t]*[:：]?[ \t]*`))

// clausePhone is the number a writer gives after a phone's label in the clause right after one
// that says who they are: "我住在5栋1单元，电话是138…", "我是10栋的住户，电话136…". Any other
// clause's number may be anyone's (a shop's, a tradesman's, a relative's), and stays unread. ""
// when none.
func clausePhone(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i >= ContactLines {
			break
		}
		if !mayOwnPhone(l) {
			continue
		}
		for _, m := range clauseLabel.FindAllStringSubmatchIndex(l, perLine) {
			before, rest := l[:m[2]], l[m[1]:]
			last := strings.TrimLeft(lastClause(strings.TrimRight(before, "，,。；;！!？? \t")), "，,。；;！!？? \t")
			// "我住的楼上那户，电话…" is the household above; "我住附近的西溪诚园" is the writer.
			beside := nearby.MatchString(strings.ReplaceAll(strings.ReplaceAll(last, "附近的", ""), "附近嘅", ""))
			// A sentence of its own ("请尽快安排维修。电话13812348888。") gives the writer's number
			// too.
			own := selfClause.MatchString(last) || sentenceStart(before) && !aboutSomeone.MatchString(lastSentence(before)) &&
				(strings.TrimSpace(before) != "" || !aboutSomeone.MatchString(lastSentence(lineAbove(lines, i))))
			if !own || quoted(before) || deadNumber.MatchString(clause(rest)) ||
				calledNumber.MatchString(clause(rest)) || beside || otherPerson.MatchString(last) || someoneElses(rest) {
				continue
			}
			if p := phoneAtOnce(rest); p != "" && !serviceLine(p) && (selfClause.MatchString(last) || sentenceEnds(rest)) {
				return p
			}
		}
	}
	return ""
}

// someoneElses tells a number the words right after it give to someone else: "138…是楼上那家的",
// "138…那个是维修师傅的", "138…的快递员把我快递弄丢了", "138…（楼长的）", "…係樓上嗰家嘅"; not
// "138…是我的", "138…（微信同号）".
func someoneElses(rest string) bool {
	after := strings.TrimLeft(width.Fold.String(rest), "0123456789 -+")
	if inner, ok := strings.CutPrefix(after, "("); ok {
		inner, _, _ = strings.Cut(inner, ")")
		return (strings.HasSuffix(inner, "的") || strings.HasSuffix(inner, "嘅")) && !ownWords.MatchString(inner)
	}
	after = clause(after)
	for _, w := range []string{"是", "係", "为", "那", "嗰", "的"} {
		if strings.HasPrefix(after, w) {
			return !ownWords.MatchString(after) && !officeRecord.MatchString(after)
		}
	}
	return false
}

// ownWords are words that give a number to the writer: "是我的", "係我嘅", "是我本人的手机"; not
// "是我对门邻居的".
var ownWords = quickre.MustCompile(`^(?:是|係|为|為)?(?:我|本人)(?:本人|自己)?(?:的|嘅)?(?:手机|手機|电话|電話|号码|號碼|号|號)?$`)

// officeRecord says a number is the one the office has for the writer: "是你们登记过的".
var officeRecord = quickre.MustCompile(eitherScript(`你们|贵|登记`))

// aboutSomeone are the words of a sentence about another person, whose number the next one may
// give: "维修师傅来过。电话…", "物业经理姓李。电话…".
var aboutSomeone = quickre.MustCompile(eitherScript(`房东|房主|邻居|楼上|楼下|隔壁|对门|对方|租客|车主|师傅|经理|主管|保安|管家|` +
	`快递|司机|店长|老板|客服|工作人员|服务员|员工|业主|住户|先生|女士|小姐|老师|教练|律师|他|她|姓`))

// lineAbove is the last line with words above line i.
func lineAbove(lines []string, i int) string {
	for j := i - 1; j >= 0; j-- {
		if strings.TrimSpace(lines[j]) != "" {
			return lines[j]
		}
	}
	return ""
}

// lineBelow is the first line with words below line i.
func lineBelow(lines []string, i int) string {
	for _, l := range lines[i+1:] {
		if strings.TrimSpace(l) != "" {
			return l
		}
	}
	return ""
}

// lastSentence is the sentence that ends where before does.
func lastSentence(before string) string {
	before = strings.TrimRight(before, " \t\u3000。！？!?")
	if i := strings.LastIndexAny(before, "。！？!?\n"); i >= 0 {
		return before[i:]
	}
	return before
}

// sentenceStart tells text that ends where a sentence begins: nothing, or a full stop.
func sentenceStart(before string) bool {
	before = strings.TrimRight(before, " \t\u3000")
	return before == "" || strings.HasSuffix(before, "。") || strings.HasSuffix(before, "！") || strings.HasSuffix(before, "？") ||
		strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?")
}

// sentenceEnds tells a number that ends its sentence: "13812348888。", "0755-26635555", not
// "138… 是楼上的".
func sentenceEnds(rest string) bool {
	folded := width.Fold.String(rest)
	after := strings.TrimLeft(folded, "0123456789 -+()")
	if j := strings.Index(after, ")"); j > 0 && len(after) < len(folded) && strings.Contains(folded[:len(folded)-len(after)], "(") &&
		utf8.RuneCountInString(after[:j]) <= 10 && !strings.ContainsAny(after[:j], "。.！!？?；;，,") {
		after = strings.TrimLeft(after[j+1:], " ") // a note in brackets after the number: "（微信同号）"
	}
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || strings.ContainsRune("。.！!？?；;，,", r)
}

// calledNumber is what a writer says of a number they called, which is not theirs: "电话0571-…
// 打了一晚上没人接".
var calledNumber = quickre.MustCompile(eitherScript(`^[\d\s+\-()]*[^\d不]{0,2}(打了|打过|打不通|拨打|没人接|无人接|没有人接|接不通|一直占线|占线|关机)`))

// selfClause is a clause in which the writer says who they are: "我住在…", "我家是…", "我是…",
// "我家1204".
var selfClause = quickre.MustCompile(eitherScript(`^(?:(?:我|本人)家?(?:住|是|系|係|为|叫[^了过過])|我家\s*\d)`))

// serviceLine tells a number no person answers as theirs: a nationwide 400, 800 or 95xxx line,
// or a short one (110, 12345).
func serviceLine(p string) bool {
	d := asciiDigits(p)
	return len(d) <= 5 || serviceNumber.MatchString(strings.TrimPrefix(d, "86"))
}

// clauseLabel is a phone's label at the start of a clause, the number right after it ("是" or a
// colon between): the label in its group.
var clauseLabel = quickre.MustCompile(eitherScript(`(?:^|[，,。；;！!？?\s])(联系电话|联系方式|电话|手机号码|手机号|手机|手提)(?:联系)?(?:是|为|係)?[:：]?\s*`))

// mayOwnPhone tells a line that has words every match of ownPhone has one of: a line without
// them is passed over without running it.
func mayOwnPhone(l string) bool {
	if containsAnyWord(l, ownPhoneEnds) {
		return true
	}
	if strings.ContainsAny(l, "mMdD") { // "my", "call me", "reached"
		l = strings.ToLower(l)
		return strings.Contains(l, "my ") || strings.Contains(l, "call me") || strings.Contains(l, "reach me") ||
			strings.Contains(l, "reached") || strings.Contains(l, "contact me")
	}
	return false
}

// changedTo are the words after 我 of a writer giving their new number: "我换号了，新号码是…",
// "我的新手机号…".
const changedTo = `(?:(?:已经|已)?(?:换|改|更换)了?(?:手机|电话)?(?:号码|号)了?[，,。 ]?\s*(?:(?:我的)?新(?:的)?(?:手机|电话)?(?:号码|号)?(?:是|为)?[:：]?)?|` +
	`(?:的|嘅)?新(?:的)?(?:手机|电话)?(?:号码|号))`

// newNumber is the number a writer says is their new one ("我换号了，新号码…"), "" when none.
func newNumber(text string) string {
	for i, l := range strings.Split(text, "\n") {
		if i >= ContactLines {
			break
		}
		if !strings.Contains(l, "新") && !strings.Contains(l, "换") && !strings.Contains(l, "換") && !strings.Contains(l, "改") &&
			!strings.Contains(l, "错") && !strings.Contains(l, "錯") && !strings.Contains(l, "不对") && !strings.Contains(l, "不對") &&
			!strings.Contains(l, "更正") && !strings.Contains(l, "有误") && !strings.Contains(l, "有誤") {
			continue
		}
		for _, m := range changedToMine.FindAllStringIndex(l, perLine) {
			if rest := l[m[1]:]; !quoted(l[:m[0]]) && !deadNumber.MatchString(clause(rest)) {
				if p := phoneAtOnce(rest); p != "" {
					return p
				}
			}
		}
		// "上面电话写错了，应为139…", "我的电话是159 5047 8863，不对，是159 5047 8836": the number
		// the writer corrects it to.
		for _, m := range correctedTo.FindAllStringIndex(l, perLine) {
			// Not a neighbour's number put right ("邻居的电话写错了，应为139…"); "请改成我的…"
			// says whose it is, whoever the sentence before spoke of.
			if quoted(l[:m[0]]) || !strings.Contains(l[m[0]:m[1]], "我的") && aboutSomeone.MatchString(lastSentence(l[:m[0]])) {
				continue
			}
			if p := phoneAtOnce(l[m[1]:]); p != "" && !serviceLine(p) {
				return p
			}
		}
		// "这个邮箱绑定的手机号已经停用了，新号码139…": the clause before says the old one is dead.
		for _, m := range newAfterDead.FindAllStringIndex(l, perLine) {
			before := l[:m[0]]
			said := lastSentence(before)
			if !deadNumber.MatchString(lastClause(strings.TrimRight(before, "，,；; \t"))) || quoted(before) ||
				aboutSomeone.MatchString(said) || introducesSomeone.MatchString(said) {
				continue
			}
			if p := phoneAtOnce(l[m[1]:]); p != "" {
				return p
			}
		}
	}
	return ""
}

// correctedTo are the words before the number a writer corrects theirs to: "写错了，应为", "不对，
// 是", "更正：电话应为", "请改成我的".
var correctedTo = quickre.MustCompile(eitherScript(`(?:(?:写错|打错|写错了|打错了|有误|不对)[了，,。 \t]*(?:应为|应该是|应是|正确的?是|是|改为|改成)|` +
	`更正[:：]?\s*(?:(?:我的)?(?:电话|手机|联系电话)(?:号码)?)?(?:应为|应该是|是|为)?|(?:请)?改成我的(?:电话|手机)?(?:号码)?)[ \t]*[:：]?[ \t]*`))

// correctedRoom is the writer's correction of their flat's number: "更正：房号是1502不是1205".
var correctedRoom = quickre.MustCompile(eitherScript(`(?:更正|纠正|打错了|写错了)[:：，,]?\s*(?:我家的?)?(?:房号|门牌号?|房间号)(?:是|为|应为|应该是)\s*([0-9A-Za-z\-]{2,8})[，,]?\s*(?:不是|而不是)\s*([0-9A-Za-z\-]{2,8})`))

// withCorrectedRoom is address with the room number the writer corrects in text put right.
func withCorrectedRoom(address, text string) string {
	if address == "" || !strings.Contains(text, "不是") {
		return address
	}
	for i, l := range strings.Split(text, "\n") {
		if i >= ContactLines {
			break
		}
		if m := correctedRoom.FindStringSubmatch(l); m != nil && strings.HasSuffix(strings.TrimSuffix(address, "室"), m[2]) {
			at := strings.LastIndex(address, m[2])
			return address[:at] + m[1] + address[at+len(m[2]):]
		}
	}
	return address
}

// newAfterDead begins a clause giving a new number: "新号码", "新的手机号是".
var newAfterDead = quickre.MustCompile(eitherScript(`(?:^|[，,；;。\s])新的?(?:手机|电话)?(?:号码|号)(?:是|为)?[:：]?\s*`))

var changedToMine = quickre.MustCompile(eitherScript(`(?:我|本人)` + changedTo))

// ownPhoneWords are the Chinese words of which every Chinese match of ownPhone has one: the last
// character of "我的电话", "我的手机", "本人手提", "我的联系方式", "我换号", "我的号码", the writer
// after "打我", "致电我", "联系我", "我本人", or the request "请打", "可致电", in either script.
var ownPhoneWords = []string{"话", "話", "机", "機", "提", "式", "打我", "找我", "电我", "電我", "系我", "係我", "繫我", "絡我",
	"换号", "換號", "换了号", "換了號", "改号", "改號", "改了号", "改了號", "新号", "新號", "新的号", "新的號", "号码", "號碼",
	"本人", "我的是", "我嘅係", "我的係", "请打", "請打", "可打", "请拨", "請撥", "可拨", "可撥", "请致", "請致", "可致", "请联", "請聯", "可联", "可聯",
	"请回", "請回", "可回"}

// ownPhoneEnds are ownPhoneWords by their last character.
var ownPhoneEnds = byLastRune(ownPhoneWords)

// byLastRune files words by their last character, for containsAnyWord.
func byLastRune(words []string) map[rune][]string {
	ends := map[rune][]string{}
	for _, w := range words {
		r, _ := utf8.DecodeLastRuneInString(w)
		ends[r] = append(ends[r], w)
	}
	return ends
}

// containsAnyWord tells whether l holds one of the words filed in ends (byLastRune): one pass
// over the line, however many the words, each looked for where its last character is.
func containsAnyWord(l string, ends map[rune][]string) bool {
	for i, r := range l {
		for _, w := range ends[r] {
			if strings.HasSuffix(l[:i+utf8.RuneLen(r)], w) {
				return true
			}
		}
	}
	return false
}

// firstPersonPhone is the number a writer gives as theirs in the first person ("我的电话是…",
// "我电话…"), not quoted; "" when none. p is the text's sentencePhone.
func firstPersonPhone(text, p string) string {
	if p == "" {
		return ""
	}
	for _, l := range strings.Split(text, "\n") {
		if !strings.Contains(l, p) {
			continue
		}
		if m := firstPerson.FindStringIndex(l); m != nil && !quoted(l[:m[0]]) {
			return p
		}
	}
	return ""
}

// phoneAtOnce is the phone number s begins with, "" when other words come first or it is none.
func phoneAtOnce(s string) string {
	if !leadingPhone.MatchString(phoneDashes.Replace(width.Fold.String(s))) {
		return ""
	}
	if p := phoneIn(s); p != "" && CheckPhone(p) == nil {
		return p
	}
	return ""
}

// firstPerson begins a sentence giving the writer's own number.
var firstPerson = quickre.MustCompile(eitherScript(`(我|本人)(?:(的|嘅)?(联系|聯絡)?(电话|手机|手提)|` + changedTo + `)`))

// sentencePhone is the number a writer gives as theirs in a sentence of their own words; "" when
// they give none.
func sentencePhone(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i >= ContactLines {
			break
		}
		if p := numberForMe(l); p != "" {
			return p
		}
		if !mayOwnPhone(l) {
			continue
		}
		for _, m := range ownPhone.FindAllStringIndex(l, perLine) {
			rest := l[m[1]:]
			if strings.TrimSpace(rest) == "" && endsInColon(l) {
				// "如有疑问请致电：" above the number alone on its line.
				if next := strings.TrimSpace(lineBelow(lines, i)); phoneIn(next) == next {
					rest = next
				}
			}
			if quoted(l[:m[0]]) || deadNumber.MatchString(clause(rest)) || reportedWords.MatchString(englishSentence(lastSentence(l[:m[0]]))) {
				// Someone else's words the writer quotes ("师傅说：有问题打我电话…", "the note on
				// their door says call me on…"), or a number the writer says is wrong or no
				// longer theirs.
				continue
			}
			// "请联系我们 0571-…" is the office's number; "联系我的律师 135…" someone else's: the
			// number must follow at once.
			if strings.HasPrefix(rest, "们") || strings.HasPrefix(rest, "們") {
				continue
			}
			if w := l[m[0]:m[1]]; (strings.Contains(w, "回电") || strings.Contains(w, "回電")) &&
				(notice.MatchString(lastSentence(l[:m[0]])) || flyer.MatchString(lastSentence(l[:m[0]])) ||
					aboutSomeone.MatchString(lastSentence(l[:m[0]])) || strings.HasPrefix(strings.TrimLeft(rest, "0123456789 -"), "之类")) {
				continue // a flyer's and a neighbour's note's "请回电…", quoted in the writer's sentence
			}
			if w := l[m[0]:m[1]]; (strings.HasPrefix(w, "请") || strings.HasPrefix(w, "請") || strings.HasPrefix(w, "可")) && !strings.Contains(w, "我") &&
				!askPreamble.MatchString(strings.TrimLeft(lastClause(l[:m[0]]), "，,。；;！!？?：: \t")) {
				continue // a flyer's "开锁请联系138…": the writer asks nothing
			}
			if p := phoneAtOnce(rest); p != "" && !serviceLine(p) &&
				!forSomeoneElse.MatchString(strings.TrimLeft(rest, "0123456789 -+()（）０１２３４５６７８９－")) {
				return p
			}
		}
	}
	return ""
}

// household are the people of the writer's own home whose number they give to be reached by
// ("有事联系我老公…", "打我儿子的手机…", "我家保姆电话…").
var (
	householdWords = []string{"父母", "爸妈", "公婆", "老人", "奶奶", "爷爷", "外婆", "外公", "老公", "老婆", "爱人", "丈夫",
		"先生", "太太", "妻子", "媳妇", "儿子", "女儿", "孩子", "妈妈", "妈", "母亲", "爸爸", "爸", "父亲", "保姆", "阿姨", "家人",
		"家里人", "家属"}
	household = `(?:` + strings.Join(householdWords, "|") + `)`
	// householdEnds are householdWords in either script, by their last character: a line
	// without one is passed over before the patterns run.
	householdEnds = byLastRune(inEitherScript(householdWords))
)

// inEitherScript is words and their Traditional forms.
func inEitherScript(words []string) []string {
	out := slices.Clone(words)
	for _, w := range words {
		t := strings.Map(func(r rune) rune {
			if forms, ok := traditional[r]; ok {
				r, _ = utf8.DecodeRuneInString(forms)
			}
			return r
		}, w)
		if t != w {
			out = append(out, t)
		}
	}
	return out
}

// householdBefore is a household member of the writer's before the number to reach them on;
// householdAfter the number before "联系我爱人".
var (
	householdBefore = quickre.MustCompile(eitherScript(`我家?(?:的)?` + household + `(?:的)?(?:联系)?(?:电话|手机|手机号|号码|联系方式)?(?:号码|号)?[ \t]*(?:是|为)?[ \t]*[:：]?[ \t]*`))
	householdAfter  = quickre.MustCompile(eitherScript(`(?:打|拨打|拨|致电)[ \t]*([+\d][\d \t()（）+-]{6,}\d)[ \t]*[，,]?(?:联系|找)我家?(?:的)?` + household))
)

// householdLines are the lines of text read for a contact that may speak of the writer's
// household: with "我" and a household word.
func householdLines(text string) []string {
	var out []string
	for i, l := range strings.Split(text, "\n") {
		if i >= ContactLines {
			break
		}
		if strings.Contains(l, "我") && containsAnyWord(l, householdEnds) {
			out = append(out, l)
		}
	}
	return out
}

// householdPhone is the number of someone at the writer's home that the writer gives to be
// reached by, when they give none of their own: a clerk calls it ("我上班不方便接电话，有事联系我老
// 公138…"). Quoted words, a dead number and anyone else's ("她儿子电话…", "我家孩子的老师电话…")
// give none. "" when there is none.
func householdPhone(text string) string {
	for _, l := range householdLines(text) {
		for _, m := range householdBefore.FindAllStringIndex(l, perLine) {
			rest := l[m[1]:]
			if quoted(l[:m[0]]) || deadNumber.MatchString(clause(rest)) || calledNumber.MatchString(clause(rest)) {
				continue
			}
			if p := phoneAtOnce(rest); p != "" && !serviceLine(p) {
				return p
			}
		}
		for _, m := range householdAfter.FindAllStringSubmatchIndex(l, perLine) {
			if quoted(l[:m[0]]) {
				continue
			}
			if p := phoneAtOnce(l[m[2]:m[3]]); p != "" && !serviceLine(p) {
				return p
			}
		}
	}
	return ""
}

// householdHome is a household member of the writer's and where they live: "我爸住3栋501",
// "我妈家在5栋".
var householdHome = quickre.MustCompile(eitherScript(`我家?(?:的)?` + household + `(?:家)?(?:住在|住|家住|家在)[ \t]*`))

// householdAddress is the home of someone of the writer's household that the writer writes
// for ("我爸住3栋501，他不会用邮箱，我帮他反映一下"), when they give no address of their own; ""
// when there is none.
func householdAddress(text string) string {
	for _, l := range householdLines(text) {
		for _, m := range householdHome.FindAllStringIndex(l, perLine) {
			rest := l[m[1]:]
			part := addressPart(rest)
			if part == "" || quoted(l[:m[0]]) || !homeStart.MatchString(part) || strings.ContainsAny(part, "，,。；;的") ||
				placeBeside.MatchString(rest[len(part):]) || nearby.MatchString(part) || otherParty.MatchString(part) ||
				lodging.MatchString(part) || venue.MatchString(part) {
				continue
			}
			return part
		}
	}
	return ""
}

// homeStart is an address that begins at once: a number, or an estate's name before it.
var homeStart = quickre.MustCompile(`^[\p{Han}A-Za-z]{0,8}\d`)

// flyer are the words of a flyer or a sign a writer quotes, beside notice's (传单, 纸条).
var flyer = quickre.MustCompile(eitherScript(`广告|贴纸|招牌|牌子`))

// englishSentence is the end of s from its last English full stop: a sentence of English words.
func englishSentence(s string) string {
	ss := sentencesOf(s)
	return ss[len(ss)-1]
}

// reportedWords say that what follows in the sentence is someone else's note or words.
var reportedWords = quickre.MustCompile(`(?i)\b(?:says?|said|wrote|writes|note|notice|sign|poster|flyer|card)\b`)

// askPreamble is what may stand before "请打…" in the writer's request to be called: nothing,
// "有事", "如需核实", "如有疑问", "麻烦", "方便的话".
var askPreamble = quickre.MustCompile(eitherScript(`^(?:有事|如需\S{0,4}|如有\S{0,4}|麻烦|烦请|方便(?:的话|时)?|随时|也)?$`))

// forSomeoneElse begins the words after a number that say whom it reaches, someone other than
// the writer: "请打138…找保安队长", "…联系王经理".
var forSomeoneElse = quickre.MustCompile(eitherScript(`^(?:找|问|联系|联络)[^我]`))

// numberForMe is a number the writer asks to be called on, said before the words: "请打139…联系我",
// "有事138…找我就行"; not "…联系我们", nor "…联系我爱人" (someone else's); "" when l has none.
func numberForMe(l string) string {
	if !slices.ContainsFunc(forMeWords, func(w string) bool { return strings.Contains(l, w) }) {
		return ""
	}
	for _, m := range forMe.FindAllStringSubmatchIndex(l, perLine) {
		before := l[:m[0]]
		if quoted(before) || deadNumber.MatchString(lastClause(before)) || calledNumber.MatchString(l[m[2]:]) {
			continue
		}
		if p := phoneAtOnce(l[m[2]:m[3]]); p != "" && !serviceLine(p) {
			return p
		}
	}
	return ""
}

// forMeWords are the words of which every match of forMe has one.
var forMeWords = []string{"找我", "给我", "給我", "系我", "係我", "繫我", "络我", "絡我"}

// forMe is a number followed by the words asking to be called on it, the number in its group.
var forMe = quickre.MustCompile(eitherScript(`([+\d０-９][\d\s\-()+０-９]{5,22}[\d０-９])\s*(?:联系我|联络我|打给我|找我)` +
	`(?:$|[\s，,。.；;！!？?）)]|就|即|吧|都|也|好|谢)`))

// quoted tells whether text before a phrase leaves it inside someone else's words: an open
// quotation mark, or a verb of saying before a colon or a quotation mark.
func quoted(before string) bool {
	open := strings.Count(before, "「")-strings.Count(before, "」") > 0 ||
		strings.Count(before, "“")-strings.Count(before, "”") > 0 ||
		strings.Count(before, "\"")%2 == 1 || strings.Count(before, "『")-strings.Count(before, "』") > 0
	return open || saidColon.MatchString(before) || saidJust.MatchString(before) || saidInClause(before)
}

// saidInClause tells someone else's words reported in the clause a phrase ends without a colon
// or quotation marks: "你们管家说有事联系我…", not the writer's "我跟他说有事联系我…".
func saidInClause(before string) bool {
	last := strings.TrimLeft(lastClause(before), "，,。；;！!？? \t")
	if firstPersonStart.MatchString(last) {
		return false
	}
	for _, m := range saidBy.FindAllStringIndex(last, 4) {
		// Not "说明" (an explanation) nor "说过" (what the writer said before).
		if r, _ := utf8.DecodeRuneInString(last[m[1]:]); r != '明' && r != '过' && r != '過' {
			return true
		}
	}
	return false
}

// saidBy is someone else saying something: a member of staff, a tradesman, a neighbour.
var saidBy = quickre.MustCompile(eitherScript(`(?:管家|师傅|保安|物业|客服|前台|工作人员|经理|他|她|对方|邻居|房东)[^，。,]{0,4}(?:说|讲)`))

// firstPersonStart begins a clause of the writer's own: "我跟他说…", "本人告知…".
var firstPersonStart = quickre.MustCompile(eitherScript(`^(我|本人)`))

// saidJust is a verb of saying right before the words it reports: "楼上那户说我的电话是…".
var saidJust = quickre.MustCompile(eitherScript(`(说|說|告诉我|告訴我|表示|回复|回覆|讲|講)\s*$`))

// saidColon is someone's words reported after a colon: "师傅说：", "管家回复我说：", "发来短信：".
var saidColon = quickre.MustCompile(eitherScript(`(说|說|回复|回覆|表示|讲|講|写|寫|写着|寫著|短信|簡訊|微信|told me|said)[^，。,.]{0,6}[:：]`))

// clause is text up to the end of its clause, of 300 bytes at most: no one writes a longer one.
func clause(s string) string {
	if len(s) > 300 {
		s = strings.ToValidUTF8(s[:300], "")
	}
	if i := strings.IndexAny(s, "，。；！？,;!?"); i >= 0 {
		return s[:i]
	}
	return s
}

// deadNumber is a number said to be wrong or no longer in use.
var deadNumber = quickre.MustCompile(eitherScript(`(?i)错|錯|停机|停機|停用|不用|注销|註銷|空号|空號|作废|作廢|wrong|cancel|no longer|not in use`))

// phoneIn is the phone number at the start of a labelled value, in ASCII digits: "１３８…"
// typed in full width, "138…（微信同号）", "138…/0571-…" (the first), "138…，有事请打"; "" when
// the value starts with none.
func phoneIn(value string) string {
	value = phoneDashes.Replace(width.Fold.String(strings.TrimSpace(value)))
	if m := ocrNumber.FindString(value); m != "" && digitCount(m) >= 7 {
		// A scanned letter read by a program that takes 1 and 0 for l and O: "l39 5l7O 2289".
		value = ocrDigits.Replace(m) + value[len(m):]
	}
	p := leadingPhone.FindString(value)
	if p == "" {
		// After a name: "联系方式：王女士 138…", "联系人：王先生（138…）"; not a QQ or WeChat number.
		if m := namedPhone.FindStringSubmatchIndex(value); m != nil && !chatAccount.MatchString(value) {
			value = value[m[2]:]
			p = leadingPhone.FindString(value)
		}
	}
	whole := false // a mobile number in full
	if m := mobile.FindString(p); m != "" && !strings.HasPrefix(p[len(m):], "-") {
		// A mobile number in full ends there: what follows is other words' ("138… 3号楼",
		// "138… 2026年3月5日").
		p, whole = m, true
	}
	if i := strings.LastIndexByte(p, ' '); i > 0 && !whole {
		// A last group run into words ("0571-86001234 8:30-17:30", "86001234 2栋前台") is theirs.
		if r, _ := utf8.DecodeRuneInString(value[len(p):]); r == ':' || unicode.IsLetter(r) {
			p = strings.TrimSpace(p[:i])
		}
	}
	if digitCount(p) > 15 {
		// Two numbers one after the other ("138… 139…", "138…-139…"): the first.
		if m := mobile.FindString(p); m != "" {
			p = m
		} else {
			p = strings.Fields(p)[0]
		}
	}
	if n := digitCount(p); n < 7 || n > 15 { // a piece of a number cut short, an ID card's or a bank card's
		return ""
	}
	if chatAfter.MatchString(value[len(p):]) && !mobile.MatchString(p) {
		// "913822456（QQ）": a QQ number; "138…（微信）" is a mobile that is also the WeChat
		// account.
		return ""
	}
	if ext := phoneExtension.FindString(value[len(p):]); ext != "" {
		p += " " + strings.TrimSpace(ext)
	}
	return p
}

// ocrNumber is a number with the letters l, I, O or o among its digits, as a scanned page is
// misread; ocrDigits puts the digits back.
var (
	ocrNumber = quickre.MustCompile(`^[0-9lIOo][0-9lIOo -]{5,}[0-9lIOo]\b`)
	ocrDigits = strings.NewReplacer("l", "1", "I", "1", "O", "0", "o", "0")
)

// chatAfter is a QQ or WeChat account's name after its number: "913822456（QQ）", "…QQ号";
// not "138…（微信同号）", a phone that is also the WeChat account.
var chatAfter = quickre.MustCompile(`(?i)^\s*[(（]?\s*(qq|微信|weixin|wechat)\s*([^同\s]|$)`)

// namedPhone is a name of a few letters before a phone number, apart from it.
var namedPhone = quickre.MustCompile(`^[^\d\s(（:：]{1,6}[\s(（]+([+(]*\d)`)

// phoneExtension is an extension after a number: "转8001", "ext. 12", "分机 3".
var phoneExtension = quickre.MustCompile(`^\s*(转|轉|分机|分機|ext\.?|x|#)\s*\d{1,6}`)

func digitCount(s string) int { return len(asciiDigits(s)) }

// phoneDashes are the dashes Japanese and Mac keyboards type in a number that width.Fold leaves.
var phoneDashes = strings.NewReplacer("−", "-", "‐", "-", "‑", "-", "–", "-")

// leadingPhone is a phone number at the start of a text: digits, with a country code, an area
// code in brackets ("(852)", "+86 (0)21"), dashes, dots and spaces between them; a bracket that
// holds no code ("（18点后）") ends it.
var leadingPhone = quickre.MustCompile(`^(?:\(\+?\d{1,4}\)|\+?\d)(?:[\d+\-. ]|\(\d{1,4}\))*\d`)

// mobile is a Chinese mobile number at the start of a phone number, with its country code or
// not, written whole or in groups ("138 1234 5678", "+86-138-1234-5678").
var mobile = quickre.MustCompile(`^(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}`)

// chatAccount is a QQ or WeChat account given as contact, which is no phone number.
var chatAccount = quickre.MustCompile(`(?i)^(qq|微信|weixin|wechat|wx|vx)`)

// formAddress is the visitor's or citizen's address in the labelled lines of a notice, its
// textFields ("地址：", a hotline's "来电地址："); "" when it gives none.
func formAddress(fields []formField) string {
	var building string
	for _, f := range fields {
		// Pieces of broken text joined would make characters of their own.
		f.value = strings.ToValidUTF8(f.value, "")
		if f.key == "address" {
			// "阳光花园3栋，电话24小时打不通": the address ends at a comma that no address part follows.
			// An English address's commas ("Flat A, 12/F, Block 3") stay.
			if before, after, ok := strings.Cut(f.value, "，"); ok && !addressWords.MatchString(after) {
				f.value = strings.TrimSpace(before)
			}
		}
		switch {
		case f.key == "building" && f.value != "" && utf8.RuneCountInString(building+f.value) <= 20:
			building += f.value
		case f.key == "address" && f.value != "" && !noAddress.MatchString(f.value) &&
			(phoneIn(f.value) != f.value || dashFlat.MatchString(f.value)) && utf8.RuneCountInString(f.value) <= MaxShort:
			// Not a number in the field ("地址：138…"), but "房号：16-2-1203" is building, unit and flat.
			// A room number alone after the building and unit on lines of their own (楼栋：7栋,
			// 单元：2单元, 房号：1502) is the room in them.
			if building != "" && !strings.ContainsAny(f.value, "栋幢棟樓楼单單区區路街号號") {
				return building + f.value
			}
			return f.value
		}
	}
	return ""
}

// problemPlace is an "地址：" that gives where the trouble is, not where the writer lives: "3号楼门口的
// 垃圾桶坏了", "东门岗亭旁边".
var problemPlace = quickre.MustCompile(eitherScript(`旁边|附近|对面|门口|岗亭|坏了|漏水|堵了|没人管|车库|地库|停车场|电梯`))

// flatAtEnd is an address that ends at a flat's number: "地铁站对面的阳光花园5栋302" is a home.
var flatAtEnd = quickre.MustCompile(eitherScript(`\d{3,4}\s*[室号號]?$`))

// textFields are the fields of the labelled lines among a text's first ContactLines, a label
// alone on its line given the line below as its value, as a form's table or a 留言 script lays
// it out.
func textFields(text string) []formField {
	lines := strings.Split(text, "\n")
	var out []formField
	for i, l := range lines {
		if i >= ContactLines {
			break
		}
		fields := formLineFields(l)
		for _, f := range fields {
			if f.value == "" && len(fields) == 1 && i+1 < len(lines) {
				if _, _, label := formLine(lines[i+1]); !label {
					f.value = strings.TrimSpace(lines[i+1])
				}
			}
			out = append(out, f)
		}
	}
	return out
}

// noAddress is a value that gives no address: "同上", "无", "见上文".
var noAddress = quickre.MustCompile(`^(同上|同上文|见上|見上|见上文|見上文|见下|見下|见下文|見下文|见落款|見落款|见签名|見簽名|见附件|見附件|如上|如下|无|無|暂无|暫無|略|/|-|—|n/?a|none)[。.]?$`)

// colon is the index of the first colon of l, ASCII or full-width; -1 when it has none.
func colon(l string) int {
	i := strings.IndexByte(l, ':')
	if j := strings.Index(l, "："); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// partUnits are the words a block's, floor's or flat's bare number is written with.
var partUnits = map[string]string{"座": "座", "座数": "座", "座數": "座", "座号": "座", "座號": "座", "楼层": "楼",
	"樓層": "樓", "层数": "楼", "層數": "樓", "室": "室", "室号": "室", "室號": "室"}

// bareNumber is a number or letter of a part of an address, without its word.
var bareNumber = quickre.MustCompile(`^[0-9A-Za-z]{1,4}$`)

// flat is a value that gives a flat of a building: "第3座12樓B室", "12楼1203室", "B座1501".
var flat = quickre.MustCompile(`\d+\s*[座楼樓层層]|[座楼樓层層]\s*[0-9A-Za-z]{1,5}\s*室|\d+\s*室|[A-Za-z]\s*室`)

// formLine reads a labelled line of a form's notice: which field it labels and the value after
// the label; ok is false when the line is none. A label alone on its line, as Gravity Forms'
// table of fields reads, has its value on the next.
func formLine(l string) (key, value string, ok bool) {
	c := colon(l)
	if c < 0 {
		key = formKey(l)
		return key, "", key != ""
	}
	key = formKey(l[:c])
	_, n := utf8.DecodeRuneInString(l[c:])
	return key, strings.TrimSpace(l[c+n:]), key != ""
}

// formKey is the field a label names, one of formFields; "" when it names none of them.
func formKey(label string) string {
	label = strings.Trim(label, " \t*")
	// A survey's numbered question: "1. 您的房号".
	label = strings.TrimSpace(numberedQuestion.ReplaceAllString(label, ""))
	if len(label) > 3*(longestFormField+len("我的")) && !strings.ContainsAny(label, "(（/、") {
		// Longer than three times any label (no character lowers to less than a third of its
		// bytes): a sentence, not a label.
		return ""
	}
	label = strings.ToLower(label)
	if key := formFields[label]; key != "" {
		return key
	}
	// "联系电话(微信同号)", "电话/微信", "微信/电话".
	if before, _, ok := strings.Cut(strings.ReplaceAll(label, "（", "("), "("); ok {
		return formKey(before)
	}
	if strings.ContainsAny(label, "/、") {
		for _, part := range strings.FieldsFunc(label, func(r rune) bool { return r == '/' || r == '、' }) {
			if key := formFields[strings.TrimSpace(part)]; key != "" {
				return key
			}
		}
	}
	// A resident's "我的电话：", "本人地址：", a survey's "您的房号：", a new number's "新手机号：".
	for _, own := range []string{"我的", "我嘅", "本人", "您的"} {
		if rest, ok := strings.CutPrefix(label, own); ok {
			label = rest
			break
		}
	}
	if rest, ok := strings.CutPrefix(label, "新"); ok && formFields[rest] == "phone" {
		return "phone"
	}
	return formFields[label]
}

// numberedQuestion is the number before a survey's question: "1. ", "2、", "(3)".
var numberedQuestion = quickre.MustCompile(`^(?:\d{1,2}\s*[.、)）]|[(（]\d{1,2}[)）])\s*`)

// formOtherLines are the labels that begin a line of a notice naming someone else than the
// visitor or citizen, or their own words: the rest of such a line is no field of theirs (the
// office's contact beside 承办单位, a name the complaint mentions).
var formOtherLines = map[string]bool{"承办单位": true, "承辦單位": true, "承办人": true, "承辦人": true, "办理单位": true,
	"辦理單位": true, "转办单位": true, "轉辦單位": true, "受理人": true, "受理单位": true, "受理單位": true, "经办人": true,
	"經辦人": true, "话务员": true, "話務員": true, "话务员姓名": true, "話務員姓名": true, "办理时限": true, "辦理時限": true,
	"留言": true, "留言内容": true, "留言內容": true, "内容": true, "內容": true, "投诉内容": true, "投訴內容": true,
	"诉求内容": true, "訴求內容": true, "来电内容": true, "來電內容": true, "反映内容": true, "反映內容": true,
	"问题描述": true, "問題描述": true, "详细内容": true, "詳細內容": true, "事项描述": true, "事項描述": true,
	"message": true, "comments": true, "your message": true}

// otherLine tells a line begun by one of formOtherLines, or by a label of the party complained
// about (被投诉人, 被投诉方).
func otherLine(label string) bool {
	label = strings.ToLower(strings.Trim(label, " \t*"))
	return formOtherLines[label] || strings.HasPrefix(label, "被")
}

// formLabel is a label in a line of a form's notice: at its start, or after a space or a
// comma where a table flattened to text ("投诉人： 周大伟  投诉电话： 132…") or a work order's
// sentence ("来电人：赵敏，公民身份号码：…，联系电话：137…。") puts several fields on one line.
var formLabel = quickre.MustCompile(`(?:^|[\s，,；;。）)])([^\s，,；;。:：]{1,12})[ \t]*[:：]`)

type formField struct{ key, value string }

// listMarker is what a numbered or bulleted list puts before a line's label.
var listMarker = quickre.MustCompile(`^\s*(?:\d{1,2}[.、)）]|[（(]\d{1,2}[)）]|[①-⑳]|[▶►•·*-]|\p{So})\s*`)

// listed tells a line that may begin with a list's marker: its first character after spaces is
// one listMarker begins with.
func listed(l string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(l, " \t\n\f\r"))
	return r >= '0' && r <= '9' || r >= '①' && r <= '⑳' || strings.ContainsRune("（(▶►•·*-", r) || unicode.Is(unicode.So, r)
}

// bracketLabel is a label in black brackets, "【电话】" or "【电话】：".
var bracketLabel = quickre.MustCompile(`【([^【】]{1,8})】[ \t]*[:：]?`)

// spacedHan is a label of single characters spaced out to the width of others in a column
// ("地　　址：", "电 话："), which formLabel reads as one.
var spacedHan = quickre.MustCompile(`(?:^|[\s，,；;。])(?:\p{Han}[ \t\x{3000}]+)+\p{Han}[ \t\x{3000}]*[:：]`)

// longestFormField is the length in bytes of the longest label of formFields.
var longestFormField = func() int {
	n := 0
	for label := range formFields {
		n = max(n, len(label))
	}
	return n
}()

// labelWithNote is an English label with a note in brackets at the start of a line, the label
// and the value in its groups.
var labelWithNote = quickre.MustCompile(`^([A-Za-z][A-Za-z ]{1,20}?)\s*[（(][^）)]{1,30}[）)]\s*[:：]\s*(.*)$`)

// spacedLabels are the labels of formFields made of several words, which formLabel cannot find.
var spacedLabels = func() []string {
	var out []string
	for label := range formFields {
		if strings.Contains(label, " ") {
			out = append(out, label)
		}
	}
	slices.Sort(out)
	return out
}()

// nameOrNothing says whether what stands before a line's first label lets it hold fields:
// nothing, or a name of two to four Chinese characters ("石磊 电话：138…"), not someone's role
// ("楼上住户 电话：…", "管家小刘 电话：…").
func nameOrNothing(before string) bool {
	before = strings.TrimSpace(before)
	n := utf8.RuneCountInString(before)
	if n == 0 {
		return true
	}
	return n >= 2 && n <= 4 && hanOnly(before) && !otherParty.MatchString(before) && !roleWords.MatchString(before)
}

// hanOnly tells a word of Chinese characters only.
func hanOnly(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return w != ""
}

// familiar is how one names someone else, a staff member or a neighbour: 小刘, 老王.
var familiar = quickre.MustCompile(`^[小老]\p{Han}$`)

// roleWords are words of a role, not of a name.
var roleWords = quickre.MustCompile(eitherScript(`住户|住戶|业主|業主|租户|租戶|房客|员工|員工`))

// formLineFields are the fields one line of a form's notice labels, each value up to the next
// label; a known label alone on its line is one field without a value.
func formLineFields(l string) []formField {
	// A list's marker before a label ("1. 姓名：", "（2）电话：", "① ", "📞电话："), and labels in
	// black brackets as WeChat forms write them ("【姓名】张三【电话】138…").
	if listed(l) {
		l = listMarker.ReplaceAllString(l, "")
	}
	if strings.Contains(l, "【") {
		l = bracketLabel.ReplaceAllStringFunc(l, func(m string) string {
			inner := bracketLabel.FindStringSubmatch(m)[1]
			if formKey(inner) == "" {
				return m
			}
			return " " + inner + "："
		})
	}
	if colon(l) >= 0 && (strings.ContainsAny(l, " \t") || strings.Contains(l, "\u3000")) {
		l = spacedHan.ReplaceAllStringFunc(l, func(m string) string {
			first, n := utf8.DecodeRuneInString(m)
			lead := ""
			if !unicode.Is(unicode.Han, first) { // the space or comma before the label stays
				lead, m = m[:n], m[n:]
			}
			return lead + strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return -1
				}
				return r
			}, m)
		})
	}
	t := strings.TrimSpace(l)
	if m := labelWithNote.FindStringSubmatch(t); m != nil && formKey(m[1]) != "" {
		// "Address (staff apartment): Building 3, Room 502": a label of words with a note.
		return []formField{{formKey(m[1]), strings.TrimSpace(m[2])}}
	}
	for _, w := range spacedLabels {
		// A label of words ("Phone number:", "Home address:") at the start of its line, its
		// value the rest of the line.
		if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) {
			if rest := strings.TrimLeft(t[len(w):], " \t*"); strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
				_, n := utf8.DecodeRuneInString(rest)
				return []formField{{formFields[w], strings.TrimSpace(rest[n:])}}
			}
		}
	}
	if colon(l) < 0 {
		if key, _, ok := formLine(l); ok {
			return []formField{{key: key}}
		}
		// A signature's "手机 138…", "Tel 0571-…": a phone label and a number, nothing else.
		if label, value, ok := strings.Cut(t, " "); ok && formKey(label) == "phone" {
			if value = strings.TrimSpace(value); value != "" && phoneIn(value) == value {
				return []formField{{"phone", value}}
			}
		}
		return nil
	}
	var fields []formField
	labels := formLabel.FindAllStringSubmatchIndex(l, -1)
	// A time ("工作日9:00-18:00") is no label.
	labels = slices.DeleteFunc(labels, func(m []int) bool {
		last, _ := utf8.DecodeLastRuneInString(l[m[2]:m[3]])
		next, _ := utf8.DecodeRuneInString(l[m[1]:])
		return unicode.IsDigit(last) && unicode.IsDigit(next)
	})
	// Only a line that begins with a label holds fields, and not one begun by another's label
	// or by the complaint's words; but the writer's fields may follow the complaint's last
	// sentence on its line ("…垃圾桶坏了。联系人：冯喆 电话：133…").
	if len(labels) > 0 && !nameOrNothing(l[:labels[0][2]]) && formKey(l[labels[0][2]:labels[0][3]]) != "" {
		before := strings.TrimRight(l[:labels[0][2]], " \t")
		// Not after a sentence about someone ("我要投诉2号岗的保安。姓名：刘强"), nor fields that
		// name someone ("联系人：赵师傅", "联系人：房东陈先生").
		if last, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune("。！？!?", last) &&
			!introducesSomeone.MatchString(lastSentence(before)) {
			fields := formLineFields(l[labels[0][2]:])
			for _, f := range fields {
				if f.key == "name" && (otherParty.MatchString(f.value) || titleOnly.MatchString(f.value) && !surnamed(f.value)) ||
					f.key == "name" && aboutSomeone.MatchString(f.value) && !titleOnly.MatchString(f.value) {
					return nil
				}
			}
			return fields
		}
	}
	if len(labels) == 0 || !nameOrNothing(l[:labels[0][2]]) || otherLine(l[labels[0][2]:labels[0][3]]) {
		return nil
	}
	for i, m := range labels {
		end := len(l)
		if i+1 < len(labels) {
			end = labels[i+1][2] // the closing bracket before a label stays the value's
		}
		value := strings.TrimRight(strings.TrimSpace(l[m[1]:end]), "，,；;。 \t")
		key := formKey(l[m[2]:m[3]])
		label := strings.Trim(l[m[2]:m[3]], " \t*")
		if key == "" && (label == "单位" || label == "單位") && flat.MatchString(value) {
			key = "address" // in Hong Kong a 單位 is a flat: "單位：第3座12樓B室"
		}
		if unit := partUnits[label]; unit != "" && bareNumber.MatchString(value) {
			value += unit // "座數：3", "樓層：12", "室：B" make 3座12樓B室
		}
		if key == "" || key == "phone" && (someoneElses(value) || calledNumber.MatchString(value)) {
			continue // "电话：139…（楼上的）", "电话：0571-…，打了一上午都没人接"
		}
		// "房号：5-1-801，电话13811119999": another field after a comma, its label without a colon.
		if v, k2, v2, ok := commaField(value); ok && !otherParty.MatchString(v) {
			// Not "联系人：物业管家小刘，电话138…": the staff's number stays with the staff.
			fields = append(fields, formField{key, v}, formField{k2, v2})
			continue
		}
		fields = append(fields, formField{key, value})
	}
	return fields
}

// commaField splits a value at a comma followed by the label of another field and its value
// ("5-1-801，电话13811119999"): the value before, and the other field.
func commaField(value string) (before, key, after string, ok bool) {
	for _, sep := range []string{"，", ",", "；", ";"} {
		b, rest, found := strings.Cut(value, sep)
		if !found {
			continue
		}
		rest = strings.TrimSpace(rest)
		i := strings.IndexFunc(rest, func(r rune) bool { return r == '+' || r == '(' || r == '（' || unicode.IsDigit(r) })
		if i <= 0 {
			continue
		}
		k, v := formKey(strings.TrimSpace(rest[:i])), strings.TrimSpace(rest[i:])
		// The other value whole, not the rest of a sentence ("房号7栋1101室的住户占了我的车位").
		if k == "phone" && phoneIn(v) == v || k == "address" && addressPart(v) == v {
			return strings.TrimSpace(b), k, v, true
		}
	}
	return "", "", "", false
}

// complaintFromForward is the complaint of the person a forward passes on: their name and
// address, the subject and text of what they wrote.
func complaintFromForward(m *InboundMail, f *ForwardedMail) NewComplaint {
	orig := InboundMail{ReceivedAt: m.ReceivedAt, FromName: f.FromName, FromEmail: f.FromEmail,
		Subject: f.Subject, Text: f.Text, OwnText: f.OwnText}
	c := complaintFromMail(&orig)
	if strings.TrimSpace(f.Text) == "" {
		// Only a photo passed on: the colleague's note says what it is about (its phone number
		// and address are the office's, not the writer's).
		c.Description = clip(m.Text, MaxText)
	}
	return c
}

// publicMail are mail services anyone can have an address at: an office whose address is there
// has no domain of its own to tell its colleagues by.
var publicMail = map[string]bool{"qq.com": true, "vip.qq.com": true, "foxmail.com": true, "163.com": true,
	"126.com": true, "yeah.net": true, "188.com": true, "vip.163.com": true, "vip.126.com": true,
	"139.com": true, "189.cn": true, "wo.cn": true, "sina.com": true, "sina.cn": true, "vip.sina.com": true,
	"sohu.com": true, "aliyun.com": true, "tom.com": true, "21cn.com": true, "263.net": true,
	"gmail.com": true, "googlemail.com": true, "outlook.com": true, "hotmail.com": true, "live.com": true,
	"msn.com": true, "yahoo.com": true, "icloud.com": true, "me.com": true, "mac.com": true}

func mailDomain(email string) string {
	at := strings.LastIndexByte(email, '@')
	if at < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(email[at+1:]))
}

// forwardedByColleague is the message from outside that a complaint forwarded to the office's
// mailbox by a colleague passes on, or nil: the forward comes from the office's own domain (of
// its address in the office profile) and passes on a message from outside it, directly or
// through the forwards of other colleagues. It opens the complaint of whoever wrote that
// message, not the colleague's. A complainant forwarding their own earlier mail, or an office
// without a domain of its own, opens the complaint of the sender as any mail does.
func forwardedByColleague(m *InboundMail, own map[string]bool, domain string) *ForwardedMail {
	if m.Forwarded == nil || domain == "" || mailDomain(m.FromEmail) != domain || own[strings.ToLower(strings.TrimSpace(m.FromEmail))] {
		return nil
	}
	return passedOn(m.Forwarded, own, domain)
}

// passedOn is the first message from outside the office's domain (and its own addresses) in a
// chain of forwards f: a complaint that came down from a leader to a director to the desk
// (上级转办) is the citizen's. A writer named without an address (an Exchange forward) counts as
// from outside unless they pass on a message in turn. nil when the chain stays inside.
func passedOn(f *ForwardedMail, own map[string]bool, domain string) *ForwardedMail {
	for ; f != nil; f = f.Forwarded {
		email := strings.ToLower(strings.TrimSpace(f.FromEmail))
		switch {
		case email == "" && (f.Forwarded == nil || f.Answers):
			// Named without an address: a citizen's mail in an Exchange forward, answering
			// the office's notice if it quotes one.
			if strings.TrimSpace(f.FromName) == "" {
				return nil
			}
			return f
		case email != "" && mailDomain(email) != domain && !own[email]:
			return f
		}
	}
	return nil
}

// formFromOwn is the complaint of the visitor a web form's notice names when the form writes
// from the office's own address to the office, as WPForms, Contact Form 7, Gravity Forms,
// Drupal's Webform and PbootCMS do by default; nil when m is no such notice. The visitor is
// named in Reply-To, by an address that is none of the office's, or, when the notice names no
// case and no Reply-To, in its labelled lines ("姓名：", "邮箱：", "电话：").
func formFromOwn(m *InboundMail, own map[string]bool, domain string) *NewComplaint {
	if m.FromEmail == "" || !own[strings.ToLower(m.FromEmail)] {
		return nil
	}
	reply := strings.ToLower(strings.TrimSpace(m.ReplyToEmail))
	if reply != "" && CheckEmail(reply) == nil && strings.Contains(reply, "@") && !own[reply] &&
		(domain == "" || mailDomain(reply) != domain) {
		c := visitorComplaint(m)
		return &c
	}
	if reply != "" && !own[reply] || RefInSubject(m.Subject) != "" || m.InReplyTo != "" || len(m.References) > 0 {
		return nil
	}
	// A form's fields stand at the top of its notice, two of them at least: the office's own
	// letters sign with a phone number at their foot.
	head := strings.SplitN(m.Text, "\n", formHead+1)
	n, e, p := formContact(textFields(strings.Join(head[:min(len(head), formHead)], "\n")))
	fields := 0
	for _, f := range []string{n, e, p} {
		if f != "" {
			fields++
		}
	}
	if fields < 2 || own[strings.ToLower(e)] {
		return nil
	}
	c := complaintOf(m, "", "", true)
	return &c
}

// formHead is how many lines at the top of a notice its form's fields stand in.
const formHead = 15

// noReply tells the addresses machines send from and nobody reads: "noreply@…", "no-reply@…",
// "donotreply@…", "forms-receipts-noreply@…", and those a website's own mail goes out from, that
// the form plugins of its content system write from by default ("wordpress@…", Elementor's
// "email@…", the web server's "www-data@…").
func noReply(email string) bool {
	local, _, ok := strings.Cut(strings.ToLower(email), "@")
	if siteSenders[local] {
		return ok
	}
	local = separators.Replace(local)
	return ok && slices.ContainsFunc(noReplyWords, func(w string) bool { return strings.Contains(local, w) })
}

// noReplyWords say "do not reply" in a local part, its separators left out: in English, French,
// German, Spanish, and Chinese in pinyin (无需回复, 不要回复, 请勿回复).
var noReplyWords = []string{"noreply", "donotreply", "nepasrepondre", "nichtantworten", "noresponder", "norespond",
	"wuxuhuifu", "buyaohuifu", "qingwuhuifu"}

// separators are the characters between the words of an address's local part.
var separators = strings.NewReplacer("-", "", "_", "", ".", "")

var siteSenders = map[string]bool{"wordpress": true, "email": true, "www-data": true, "www": true,
	"apache": true, "nginx": true, "nobody": true, "webmaster": true, "website": true, "webform": true,
	"formmail": true, "form": true, "forms": true, "formresponses": true, "mailer": true, "notify": true,
	"notification": true, "notifications": true, "admin": true, "administrator": true, "system": true}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return clip(l, 80)
		}
	}
	return ""
}

// clip shortens s to at most n characters.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n])
}

// PendingServerActions lists the UIDs in a folder whose import committed but whose server copy
// has not been marked or moved yet.
func (s *Store) PendingServerActions(ctx context.Context, accountID int64, folder string, uidValidity uint32) ([]uint32, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT uid FROM mail_messages WHERE account_id = ?1 AND folder = ?2
		AND uid_validity = ?3 AND server_pending = 1
		UNION SELECT uid FROM mail_server_copies WHERE account_id = ?1 AND folder = ?2 AND uid_validity = ?3
		ORDER BY uid`, accountID, folder, uidValidity)
	if err != nil {
		return nil, fmt.Errorf("store: pending server actions: %w", err)
	}
	defer rows.Close()
	var out []uint32
	for rows.Next() {
		var uid uint32
		if err := rows.Scan(&uid); err != nil {
			return nil, fmt.Errorf("store: pending server actions: %w", err)
		}
		out = append(out, uid)
	}
	return out, rows.Err()
}

// ServerActionsDone records that the server copies of these UIDs were marked or moved.
func (s *Store) ServerActionsDone(ctx context.Context, accountID int64, folder string, uidValidity uint32, uids []uint32) error {
	if len(uids) == 0 {
		return nil
	}
	err := s.write(ctx, func(tx *sql.Conn) error {
		for _, uid := range uids {
			if _, err := tx.ExecContext(ctx, `UPDATE mail_messages SET server_pending = 0 WHERE account_id = ?
				AND folder = ? AND uid_validity = ? AND uid = ?`, accountID, folder, uidValidity, uid); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM mail_server_copies WHERE account_id = ?
				AND folder = ? AND uid_validity = ? AND uid = ?`, accountID, folder, uidValidity, uid); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: server actions done: %w", err)
	}
	return nil
}

// RetryFailedMail routes a failed message again with a fresh decoding of its raw bytes (which
// must be the stored ones). It returns what became of it; still failed when the problem remains.
func (s *Store) RetryFailedMail(ctx context.Context, id int64, m InboundMail) (MailOutcome, error) {
	o, err := s.rerouteMail(ctx, id, m, reroute{allowed: func(state MailState, _ bool) error {
		if state != MailFailed {
			return forbidden("not_failed", "message", map[string]any{"State": string(state)},
				"only failed messages can be retried; this one is %s", state)
		}
		return nil
	}})
	if err != nil {
		return o, fmt.Errorf("store: retry message %d: %w", id, err)
	}
	return o, nil
}

// replyMoved notes on a case that a reply filed on it was registered as complaint ref, and
// works out again whether the case still has a reply waiting for an answer.
func (s *Store) replyMoved(ctx context.Context, tx *sql.Conn, caseID int64, subject, ref string) error {
	now := s.now(ctx)
	if _, err := addEvent(ctx, tx, Event{ComplaintID: caseID, At: now, Kind: EventNote,
		Summary: clip(movedSummary(subject, ref), MaxShort)}); err != nil {
		return err
	}
	var had, has bool
	if err := tx.QueryRowContext(ctx, `SELECT has_new_reply, EXISTS (SELECT 1 FROM mail_messages m
		WHERE m.complaint_id = c.id AND m.state = 'reply' AND m.received_at > c.last_contact) FROM complaints c
		WHERE c.id = ?`, caseID).Scan(&had, &has); err != nil {
		return err
	}
	if had == has {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE complaints SET has_new_reply = ?, updated_at = ? WHERE id = ?`,
		has, now.Unix(), caseID); err != nil {
		return err
	}
	return audit(ctx, tx, now, "complaint", caseID, "email_reply_moved", map[string]any{"has_new_reply": []bool{had, has},
		"registered_as": ref})
}

// RegisterMailAsComplaint opens a complaint from a message that the clerk judges to be a new
// one, from a fresh decoding of its raw bytes (which must be the stored ones): automatic mail
// (sent through a mailer that marks all its mail automatic, say), or a reply that raises a new
// matter on an old case's thread. The case the reply was on keeps a note of where it went.
// Automatic mail already joined to a case, and mail without a sender address, cannot be
// registered.
func (s *Store) RegisterMailAsComplaint(ctx context.Context, id int64, m InboundMail) (MailOutcome, error) {
	o, err := s.rerouteMail(ctx, id, m, reroute{byHand: true, allowed: func(state MailState, onCase bool) error {
		if (state != MailAuto || onCase) && state != MailReply {
			return forbidden("not_unjoined_auto", "message", map[string]any{"State": string(state)},
				"only automatic mail that belongs to no case, or a reply, can be registered as a complaint; this one is %s", state)
		}
		if !hasSender(&m) {
			return invalid("no_sender", "from_email", nil, "the message has no sender address to register a complaint for")
		}
		return nil
	}})
	if err != nil {
		return o, fmt.Errorf("store: register message %d as a complaint: %w", id, err)
	}
	return o, nil
}

// RegisterFailedMailAs opens complaint n, which the clerk wrote from what they read, from a
// failed message: one with no sender address or no headers, or one the import could not open a
// complaint for. The message becomes the new case's email and its files the case's evidence. n
// comes by email, whatever channel it names; without a time received, it has the message's.
// A complaint that does not validate is refused, and the message stays as it was.
func (s *Store) RegisterFailedMailAs(ctx context.Context, id int64, m InboundMail, n NewComplaint) (MailOutcome, error) {
	n.Channel = ChannelEmail
	if n.ReceivedAt.IsZero() {
		n.ReceivedAt = m.ReceivedAt
	}
	var o MailOutcome
	err := n.Validate()
	if err == nil {
		o, err = s.rerouteMail(ctx, id, m, reroute{byHand: true, written: &n, allowed: func(state MailState, _ bool) error {
			if state != MailFailed {
				return forbidden("not_failed", "message", map[string]any{"State": string(state)},
					"only a message that could not be read can be registered this way; this one is %s", state)
			}
			return nil
		}})
	}
	if err != nil {
		return o, fmt.Errorf("store: register message %d as a complaint: %w", id, err)
	}
	return o, nil
}

// FileMailOnCase files a message that opened a complaint on the case ref instead, as the
// complainant's reply to it, from a fresh decoding of its raw bytes (which must be the stored
// ones): the complainant wrote a fresh email about a case that is already open. The complaint the
// message opened is closed as not a complaint of its own, with reason (in the clerk's words, naming
// ref) and the case's category and level; it must be untouched: only registered, not yet
// acknowledged, assessed or assigned, with nothing on it but what the import put there.
func (s *Store) FileMailOnCase(ctx context.Context, id int64, m InboundMail, ref, reason string) (MailOutcome, error) {
	o, err := s.rerouteMail(ctx, id, m, reroute{byHand: true,
		allowed: func(state MailState, onCase bool) error {
			if state != MailComplaint || !onCase {
				return forbidden("not_new_complaint", "message", map[string]any{"State": string(state)},
					"only a message that opened a complaint can be filed on another case; this one is %s", state)
			}
			return nil
		},
		file: func(tx *sql.Conn, opened int64) (int64, error) {
			target, err := getComplaint(ctx, tx, "c.ref = ?", strings.ToUpper(strings.TrimSpace(ref)))
			if err != nil {
				return 0, err
			}
			if target.ID == opened {
				return 0, invalid("same_case", "ref", nil, "the message already opened %s", target.Ref)
			}
			c, err := getComplaint(ctx, tx, "c.id = ?", opened)
			if err != nil {
				return 0, err
			}
			if err := untouched(ctx, tx, c); err != nil {
				return 0, err
			}
			if target.ID > c.ID {
				// The complaint registered later goes on the earlier one, never the earlier on the
				// later (a complaint onto the case an out-of-office answer to it opened).
				return 0, forbidden("newer_case", "complaint", map[string]any{"Ref": target.Ref, "Opened": c.Ref},
					"%s was registered after %s: file the later email on the earlier case", target.Ref, c.Ref)
			}
			p := ActParams{Action: ActAssess, Invalid: true, Reason: reason, Category: target.Category, Level: target.Level}
			if p.Category == "" {
				if err := tx.QueryRowContext(ctx, `SELECT code FROM categories ORDER BY code = 'other' DESC, code LIMIT 1`).
					Scan(&p.Category); err != nil {
					return 0, err
				}
			}
			if p.Level < 1 || p.Level > 3 {
				p.Level = 1
			}
			return target.ID, s.act(ctx, tx, c, p, nil)
		}})
	if err != nil {
		return o, fmt.Errorf("store: file message %d on %s: %w", id, ref, err)
	}
	return o, nil
}

// untouched refuses a complaint that someone has worked on: acknowledged, assessed, assigned,
// past registered, or with anything on it but its email and that email's files.
func untouched(ctx context.Context, tx *sql.Conn, c *Complaint) error {
	var worked, mails int
	if err := tx.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM events WHERE complaint_id = ? AND kind NOT IN ('status', 'email', 'evidence')),
		(SELECT COUNT(*) FROM mail_messages WHERE complaint_id = ?)`, c.ID, c.ID).Scan(&worked, &mails); err != nil {
		return err
	}
	if c.Status != StatusRegistered || c.AcknowledgedAt != nil || c.AssessedAt != nil || c.Handler != "" ||
		c.Department != "" || worked > 0 || mails > 1 {
		return forbidden("worked_on", "complaint", map[string]any{"Ref": c.Ref},
			"%s has been worked on; close it by hand if it is the same matter", c.Ref)
	}
	return nil
}

// reroute says how rerouteMail routes a message again.
type reroute struct {
	byHand  bool          // a new complaint: written, when the clerk wrote it; else read from the message
	written *NewComplaint // the clerk's complaint, with byHand
	// allowed says whether the message, in its state and joined to a case or not, may be
	// routed again.
	allowed func(state MailState, onCase bool) error
	// file, for FileMailOnCase, closes the complaint the message had opened, in tx, and returns
	// the case the message goes on instead.
	file func(tx *sql.Conn, opened int64) (caseID int64, err error)
}

// rerouteMail stores a message again in place of its row, with the same id, and routes it:
// by hand (a new complaint, or onto the case the clerk chose), or as the import would.
func (s *Store) rerouteMail(ctx context.Context, id int64, m InboundMail, r reroute) (MailOutcome, error) {
	byHand, written := r.byHand, r.written
	var o MailOutcome
	err := s.write(ctx, func(tx *sql.Conn) error {
		var state, rawSHA, folder, asideBy string
		var acct, complaint, asideAt sql.NullInt64
		var uidValidity, uid uint32
		var pending bool
		err := tx.QueryRowContext(ctx, `SELECT state, raw_sha256, account_id, folder, uid_validity, uid, complaint_id,
			server_pending, set_aside_at, set_aside_by FROM mail_messages WHERE id = ?`, id).
			Scan(&state, &rawSHA, &acct, &folder, &uidValidity, &uid, &complaint, &pending, &asideAt, &asideBy)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("message", fmt.Sprint(id))
		}
		if err != nil {
			return err
		}
		if err := r.allowed(MailState(state), complaint.Valid); err != nil {
			return err
		}
		var onCase int64
		if r.file != nil {
			if onCase, err = r.file(tx, complaint.Int64); err != nil {
				return err
			}
		}
		if m.Raw != nil {
			if got, _ := putBlob(ctx, tx, m.Raw); got != rawSHA {
				return invalid("raw_mismatch", "message", nil, "the decoded message is not the stored one")
			}
		}
		// The old row makes way for the new outcome; its audit rows stay.
		if _, err := tx.ExecContext(ctx, `DELETE FROM mail_attachments WHERE message_id = ?`, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM mail_messages WHERE id = ?`, id); err != nil {
			return err
		}
		var raw []byte
		if err := tx.QueryRowContext(ctx, `SELECT data FROM blobs WHERE sha256 = ?`, rawSHA).Scan(&raw); err != nil {
			return err
		}
		m.Raw, m.UID = raw, uid
		b := MailBatch{AccountID: acct.Int64, Folder: folder, UIDValidity: uidValidity, AfterImport: AfterKeep, ByHand: byHand,
			pending: pending, written: written != nil, onCase: onCase}
		if b.own, b.domain, b.office, err = ownAddresses(ctx, tx, b.AccountID); err != nil {
			return err
		}
		p := prepareMail(&m)
		if written != nil {
			p.complaint, p.forwarded = prepareComplaint(*written), nil
		}
		if byHand && MailState(state) == MailReply && written == nil {
			// A complainant writing again: the complaint is what they write now, not the office's
			// letter they answer; on a case that was closed, it is the same matter again, a repeat
			// complaint (二次投诉, seed 001 §4.3.2), linked to the first.
			n := p.complaint.NewComplaint
			if m.AnswerSubject != "" {
				n.Subject = clip(strings.Join(strings.Fields(m.AnswerSubject), " "), MaxShort)
			}
			if strings.TrimSpace(m.AnswerText) != "" {
				n.Description = clip(m.AnswerText, MaxText)
			}
			if complaint.Valid {
				var ref string
				var status Status
				if err := tx.QueryRowContext(ctx, `SELECT ref, status FROM complaints WHERE id = ?`, complaint.Int64).Scan(&ref, &status); err != nil {
					return err
				}
				if !status.Open() {
					n.RepeatOf = ref
				}
			}
			p.complaint = prepareComplaint(n)
		}
		// The same id, so that the window showing the message keeps showing it. The clerk's own
		// complaint is not stored as failed when it cannot be opened: they are told why instead.
		o, err = s.importOne(ctx, tx, &b, &m, p, id, written == nil && onCase == 0)
		if err != nil {
			return err
		}
		if onCase != 0 && o.State != MailReply {
			return invalid("not_filed", "message", map[string]any{"Problem": o.Problem},
				"the message could not be filed on the case: %s", o.Problem)
		}
		if o.State == MailFailed && asideAt.Valid {
			// Read again and still unreadable: it stays set aside.
			if _, err := tx.ExecContext(ctx, `UPDATE mail_messages SET set_aside_at = ?, set_aside_by = ? WHERE id = ?`,
				asideAt, asideBy, id); err != nil {
				return err
			}
		}
		if MailState(state) == MailReply && complaint.Valid && o.ComplaintRef != "" {
			if err := s.replyMoved(ctx, tx, complaint.Int64, m.Subject, o.ComplaintRef); err != nil {
				return err
			}
		}
		action := "retry"
		switch {
		case onCase != 0:
			action = "file_on_case"
		case byHand:
			action = "register"
		}
		return audit(ctx, tx, s.Now(), "mail_message", id, action, map[string]any{"state": o.State, "error": o.Problem,
			"complaint": o.ComplaintRef})
	})
	return o, err
}
