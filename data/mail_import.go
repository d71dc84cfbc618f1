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
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/contact"
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
	// Letter is the letter a short message attaches as a text file and points to ("投诉内容见
	// 附件"): the complaint it opens tells it after the message's words. "" when none.
	Letter string
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
	// Wordless says the forward passing it on writes nothing above it.
	Wordless bool
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
	// Prepared is PrepareBatch(Messages), begun before the batch is stored; nil: begun when it is.
	Prepared *PreparedBatch
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
	preps := b.Prepared
	// Begun for this batch's messages, not another's.
	if preps == nil || len(preps.msgs) != len(b.Messages) || len(b.Messages) > 0 && &preps.msgs[0] != &b.Messages[0] {
		preps = PrepareBatch(b.Messages)
	}
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

// PreparedBatch is what of storing a batch's messages needs no database (hashes, the complaint
// each would open), worked out in order on another core while the messages before are written.
type PreparedBatch struct {
	msgs  []InboundMail
	preps []*preparedMail
	ready []chan struct{}
}

// PrepareBatch begins the work of storing msgs that needs no database: a sync begins it for a
// batch as soon as it is fetched, and stores the batch (MailBatch.Prepared) while the next one
// is fetched and prepared.
func PrepareBatch(msgs []InboundMail) *PreparedBatch {
	pb := &PreparedBatch{msgs: msgs, preps: make([]*preparedMail, len(msgs)), ready: make([]chan struct{}, len(msgs))}
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

func (pb *PreparedBatch) get(i int) *preparedMail {
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
	if passed == nil {
		passed = relayed(m)
	}
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

// mayCiteRef tells whether text may name a case by its number: it has the first letter of its
// prefix ("T" of "TS") in either case and either width, the only characters that fold to it;
// false for most Chinese text, which is then not folded.
func mayCiteRef(text string) bool {
	upper := rune(refPrefix[0])
	for _, r := range []rune{upper, unicode.ToLower(upper), upper - '!' + '！', unicode.ToLower(upper) - '!' + '！'} {
		if strings.ContainsRune(text, r) {
			return true
		}
	}
	return false
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
	if !mayCiteRef(text) || !strings.Contains(strings.ToUpper(width.Fold.String(text)), refPrefix) {
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

var workOrderNumber = quickre.MustCompile(contact.EitherScript(`(?:工单|工單)(?:编号|編號|号|號)?\s*[:：]?\s*([A-Za-z]{0,6}\d{8,20})|` +
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
	return contact.PhoneKey(c.Phone) == key && strings.TrimSpace(c.Name) == strings.TrimSpace(name), nil
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
		if utf8.RuneCountInString(name) > MaxShort {
			name = ShortName(name, MaxShort, 4*MaxShort) // its beginning and its extension
		}
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
	if f := contact.FormOf(m.Text); strings.EqualFold(f.Email, m.ReplyToEmail) {
		if strings.TrimSpace(m.ReplyToName) == "" && f.Name != "" {
			c.Complainant.Name = clip(f.Name, MaxName)
		}
		c.Complainant.Phone, c.Complainant.Address = f.Phone, f.Address
	}
	return c
}

// readContact reads who wrote a message: contact.Read, which a test replaces.
var readContact = contact.Read

// readWriter is who wrote a message as readContact finds them. Should the reading fail on some
// text, the sender is who the header says: the message is stored all the same, and opens its
// complaint, rather than stopping the check.
func readWriter(m contact.Mail) (w contact.Writer) {
	defer func() {
		if recover() != nil {
			w = contact.Writer{Name: m.Name, Email: m.Email}
		}
	}()
	return readContact(m)
}

// headAndFoot is a long text's first and last lines, where a writer's form fields and their
// signature stand: a record of thousands of lines ends with the name and number of whoever kept
// it, which contact.Read looks for only in a text's first contact.Lines lines.
func headAndFoot(text string) string {
	if strings.Count(text, "\n") < contact.Lines {
		return text
	}
	head := 0
	for range contact.Lines/2 - 1 { // with the line between them, no more lines than are read
		head += strings.IndexByte(text[head:], '\n') + 1
	}
	end := len(strings.TrimRight(text, "\n"))
	foot := end
	for range contact.Lines / 2 {
		i := strings.LastIndexByte(text[:foot], '\n')
		if i < head {
			return text // its last lines are blank: what is left is all near its head
		}
		foot = i
	}
	return text[:head] + "\n" + text[foot+1:end]
}

// complaintOf is the new complaint a message opens for name <email>, of the writer contact.Read
// finds: byText says they are a machine (a website, a form service) whose notice may name the
// visitor in its labelled lines ("姓名：", "邮箱：", "电话："); when it does, the visitor is the
// complainant. Someone named by no one is known by their address's name, or their number.
func complaintOf(m *InboundMail, name, email string, byText bool) NewComplaint {
	var forwarded string
	own := m.OwnText
	switch {
	case m.Forwarded == nil:
	case (strings.EqualFold(strings.TrimSpace(m.Forwarded.FromEmail), strings.TrimSpace(m.FromEmail)) || ownMailForwarded.MatchString(own) ||
		utf8.RuneCountInString(strings.TrimSpace(m.FromName)) > 1 && strings.TrimSpace(m.Forwarded.FromName) == strings.TrimSpace(m.FromName)) &&
		strings.TrimSpace(own) != "":
		// "上周发的邮件到现在没人回，再转一次。" above their own first mail (Foxmail names its sender
		// without the address: "发件人： 许志远"), "下面这封是我上周用自己邮箱发的" above the one they
		// sent from another mailbox, "再发一遍" above "From: 赵磊 [mailto:…]" of another mailbox of
		// theirs: its words are theirs.
		own += "\n\n" + m.Forwarded.Text
	default:
		forwarded = m.Forwarded.Text
	}
	read := contact.Mail{Name: name, Email: email, Subject: m.Subject, Text: headAndFoot(m.Text), OwnText: headAndFoot(own),
		Forwarded: forwarded, Notice: byText}
	w := readWriter(read)
	if byText && personalSender(email) && (strings.TrimSpace(w.Name) == "" || companyWrites.MatchString(cmp.Or(own, m.Text))) {
		// A company's "admin@" is its administration department's mailbox as often as a
		// website's: a notice that names nobody is a person's own mail ("许立群 | 行政经理"), and
		// so is a letter in the company's name ("我司位于B座1208室…联系人：行政部 赵敏").
		read.Notice = false
		w = readWriter(read)
	}
	name, email, phone, address := w.Name, w.Email, w.Phone, w.Address
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
	text := m.Text
	if m.Letter != "" {
		text = strings.TrimSpace(text) + "\n\n" + m.Letter // what "见附件" points to
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
		Subject:     clipLine(subject, MaxShort),
		Description: clipText(text, MaxText),
		mailPhone:   !byText && phone != "",
		mailName:    true,
	}
}

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
		short, long := contact.PhoneKey(c.Phone), contact.PhoneKey(office.Phone)
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
var officeDesk = quickre.MustCompile(contact.EitherScript(`(?:物业中心|物业服务中心|物业管理处|管理处|客服中心|客户服务中心|物业办公室)$`))

// addressKey is an address as compared: without spaces and punctuation, in half-width forms.
func addressKey(a string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return r
	}, width.Fold.String(a))
}

// complaintFromForward is the complaint of the person a forward passes on: their name and
// address, the subject and text of what they wrote.
func complaintFromForward(m *InboundMail, f *ForwardedMail) NewComplaint {
	orig := InboundMail{ReceivedAt: m.ReceivedAt, FromName: f.FromName, FromEmail: f.FromEmail,
		Subject: f.Subject, Text: f.Text, OwnText: f.OwnText}
	c := complaintFromMail(&orig)
	if p := contact.RelayedNumber(relayNote(m, f)); p != "" {
		// "她邮件里留的电话…已经停机了…说新号码是 189…": the number the colleague checked.
		c.Complainant.Phone = p
	}
	if a := contact.LettersFlat(relayNote(m, f)); a != "" && (c.Complainant.Address == "" || strings.HasSuffix(a, c.Complainant.Address)) {
		// "我是海澜苑5-2-602的业主…下面是我租客发给我的" above the tenant's "602这两天…": the flat
		// the landlord lets to them.
		c.Complainant.Address = a
	}
	if strings.TrimSpace(f.Text) == "" {
		// Only a photo passed on: the colleague's note says what it is about (its phone number
		// and address are the office's, not the writer's).
		c.Description = clipText(m.Text, MaxText)
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

// ownMailForwarded are a writer's words saying the mail they forward is their own, sent from
// another of their mailboxes: "下面这封是我上周用自己邮箱发的", "下面这封邮件我上周就发给你们了".
var ownMailForwarded = quickre.MustCompile(`(?:我|本人)[^。\n]{0,10}?(?:用|从|從)(?:自己|我|本人)的?(?:私人|个人|個人|另一个|另一個|家里|家裡)?(?:的)?(?:邮箱|郵箱|信箱)(?:发|發|寄)的|` +
	`(?:下面|以下|下边)(?:这封|這封|的)(?:邮件|郵件|信)?我[^。\n，,]{0,8}?(?:就|已经|已經)?(?:发给|發給|发过|發過|寄给|寄給)(?:你们|你們|贵|貴|物业|物業)|` +
	// "这封邮件上周发到了你们官网上写的那个邮箱，一直没人回…现在转发过来".
	`(?:这封|這封)(?:邮件|郵件|信)(?:我)?(?:上周|上週|上个月|上個月|之前|前几天|前幾天|昨天)?(?:发到|發到|发给|發給|寄到)了?(?:你们|你們|贵|貴)`)

// relayed is the message a forward passes on when its sender only relays someone's complaint to
// the office, in a short note that names them by what they are ("业主邮件转过来，请按车位纠纷流程
// 处理", "加盟商投诉转总部处理，原邮件见附件"): an estate's butler, a franchise's regional manager, a
// receptionist, from whatever domain. Their complaint is the one it opens. nil for any other
// mail: a complainant forwarding their own mail, the office's answer or a third party's. A note
// that passes on a colleague's complaint for the office to settle with them directly relays it
// too.
func relayed(m *InboundMail) *ForwardedMail {
	f := m.Forwarded
	if f == nil || f.Answers || strings.TrimSpace(f.FromName) == "" && strings.TrimSpace(f.FromEmail) == "" ||
		strings.EqualFold(strings.TrimSpace(f.FromEmail), strings.TrimSpace(m.FromEmail)) {
		return nil
	}
	note := relayNote(m, f)
	relay := relayWords.MatchString(note) || passOnWords.MatchString(note) && (dealDirectly.MatchString(note) || leadersMail.MatchString(note)) ||
		f.Wordless // a resident's mail passed on without a word: theirs is the complaint
	if utf8.RuneCountInString(note) > maxRelayNote || !relay || ownHome.MatchString(note) {
		return nil
	}
	return f
}

// relayNote is what m says above the message f it passes on.
func relayNote(m *InboundMail, f *ForwardedMail) string {
	note := m.Text
	for l := range strings.SplitSeq(f.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if i := strings.Index(note, l); i >= 0 {
				note = note[:i] // the note above an inline forward
			}
			break
		}
	}
	if e := strings.TrimSpace(f.FromEmail); e != "" {
		if i := strings.Index(note, e); i >= 0 {
			// The note ends above the header block of what it passes on ("From: Lily Chen <…>").
			note = note[:strings.LastIndexByte(note[:i], '\n')+1]
		}
	}
	return note
}

// ownHome are a resident's words of their own home or role, which a relaying clerk's note has
// not: "我是5栋业主，邻居的邮件转给你们看" complains of the neighbour.
var ownHome = quickre.MustCompile(`我是\S{0,8}(?:业主|業主|住户|住戶|租户|租戶)|我家|我們家|我们家|本人是`)

// maxRelayNote is the longest note a relay puts above what it passes on: a longer one is a
// complaint of the sender's own.
const maxRelayNote = 400

// relayWords say that a note passes on the complaint of a resident, a tenant, a customer, a
// franchisee, a citizen, a colleague on site or a parent: "业主邮件转过来", "加盟商投诉转总部处理",
// "客人的来信转给你们", "转发B座906客户的投诉邮件", "下面是客户发给我的邮件", "下面是12栋业主刘国栋
// 先生发到业委会邮箱的投诉", "轉上榮康樓住戶鄧女士的來信", "转一下12栋业主的投诉", "下面是1712租户
// 的邮件", "以下是B座1508租户的投诉邮件", "员工反映的问题转给您", "这是我爸写的，让我帮他转给你们",
// "帮我老婆转一下，她的邮箱发不出去".
var relayWords = quickre.MustCompile(`(?:业主|業主|住户|住戶|租户|租戶|租客|房客|客户|客戶|顾客|顧客|加盟商|商户|商戶|会员|會員|客人|宾客|賓客|市民|家长|家長|员工|員工)` +
	`(?:的)?(?:邮件|郵件|来信|來信|投诉|投訴|反映|意见|意見|留言)?[^。\n]{0,8}?转(?:过来|過來|来|來|给|給|交|发|發|至|到|总部|總部|你们|你們|贵|貴)|` +
	// "转发B座906客户的投诉邮件", "转发一位业主发给业委会邮箱的投诉".
	`(?:转发|轉發|转一下|轉一下|转一封|轉一封)[^。\n]{0,12}?(?:业主|業主|住户|住戶|租户|租戶|客户|客戶|顾客|顧客|加盟商|商户|商戶|会员|會員|客人|市民)` +
	`[^。\n]{0,12}?(?:邮件|郵件|来信|來信|投诉|投訴)|` +
	// "下面是客户发给我的邮件，麻烦你们跟进一下".
	`(?:下面|以下|下边|附上|下方|附件)(?:是|係)?[^。\n]{0,10}?(?:业主|業主|住户|住戶|租户|租戶|租客|房客|客户|客戶|顾客|顧客|加盟商|商户|商戶|会员|會員|客人|市民)` +
	`[^。\n]{0,12}?(?:发给|發給|寄给|寄給|写给|寫給|发到|發到|发来|發來)[^。\n，,]{0,10}?的(?:邮件|郵件|来信|來信|投诉|投訴|[，,。])|` +
	// "请跟进一下下面这位客户的投诉…直接联系客户本人就可以".
	`(?:下面|以下|下边|下方)(?:这位|這位|这个|這個)(?:业主|業主|住户|住戶|租户|租戶|客户|客戶|顾客|顧客|加盟商|商户|商戶|客人)的(?:投诉|投訴|邮件|郵件|来信|來信)|` +
	// "下面是1712租户的邮件，请安排人今天上去看一下".
	`(?:下面|以下|下边|下方)(?:是|係)[^。\n，,]{0,10}?(?:业主|業主|住户|住戶|租户|租戶|客户|客戶|顾客|顧客|加盟商|商户|商戶)(?:的)?(?:投诉|投訴)?(?:邮件|郵件|来信|來信)|` +
	// "这是我爸写的，让我帮他转给你们": a parent's own mail their child passes on.
	`(?:这|這|下面|以下)(?:是|係)我(?:爸爸?|妈妈?|媽媽?|父亲|父親|母亲|母親|爷爷|爺爺|奶奶|外公|外婆)(?:写|寫|发|發)(?:给我)?的[^。\n]{0,16}?(?:转|轉)|` +
	// "帮我老婆转一下，她的邮箱发不出去": a spouse's or a parent's own mail, passed on for them.
	`(?:帮|幫|替)我?(?:老婆|爱人|愛人|妻子|太太|老公|丈夫|妈妈?|媽媽?|爸爸?|父亲|父親|母亲|母親)(?:转|轉)(?:一下|发|發|给你们|給你們)|` +
	// "转一下18幢傅女士发给我的邮件".
	`(?:转一下|轉一下|转发|轉發)[^。\n]{0,12}?(?:先生|女士|小姐|阿姨|老师|老師)(?:发给我|發給我|发来|發來|寄给我|寄給我)的(?:邮件|郵件|来信|來信)|` +
	// "商户反映铺位漏水，辛苦今天派人去看一下，直接联系商户即可": what a resident or a shop says,
	// passed on to be settled with them ("以下是我们班学生反映的问题…请直接联系学生本人" from a
	// counsellor too); "转投诉组，业主要求今天内回电": a note sending it on to a
	// team.
	`(?:业主|業主|住户|住戶|租户|租戶|商户|商戶|客户|客戶|顾客|顧客|加盟商|会员|會員|客人|学生|學生)(?:反映|投诉|投訴|来电|來電)[^。\n]{0,30}?直接(?:联系|聯繫|聯絡|回复|回覆|回电|回電|打给|打給)` +
	`(?:业主|業主|住户|住戶|租户|租戶|商户|商戶|客户|客戶|顾客|顧客|加盟商|会员|會員|客人|学生|學生)|` +
	`^\s*(?:转|轉)(?:给|給|交)?\p{Han}{1,6}?(?:组|組|部|科|处|處|中心)[，,。 ]\s*(?:业主|業主|住户|住戶|租户|租戶|商户|商戶|客户|客戶|顾客|顧客)(?:要求|希望|反映)|` +
	// "官网留言转过来".
	`(?:官网|官網|网站|網站|小程序|平台|APP|app)(?:的)?留言[^。\n]{0,6}?(?:转|轉)(?:过来|過來|给|給|来|來|发|發)|` +
	// "轉上榮康樓住戶鄧女士的來信".
	`(?:转上|轉上|转呈|轉呈|转交|轉交)[^。\n]{0,16}?(?:业主|業主|住户|住戶|租户|租戶|客户|客戶|顾客|顧客|商户|商戶|会员|會員)` +
	`[^。\n]{0,10}?(?:来信|來信|邮件|郵件|投诉|投訴)|` +
	// "街道转来的12345工单，今天下班前必须联系市民": a citizen's call the street office passes on;
	// "以下为市长热线转派工单".
	`(?:12345|热线|熱線|街道|社区|社區|居委会|居委會)[^。\n]{0,8}?(?:转来|轉來|转办|轉辦|转交|轉交|转派|轉派|派来|派來)的?[^。\n]{0,8}?(?:工单|工單|投诉|投訴)|` +
	// "这个业主的邮件发到我们工程部邮箱了…请客服先联系业主": a department passing on what reached
	// it.
	`(?:业主|業主|住户|住戶|租户|租戶|客户|客戶)的(?:邮件|郵件|来信|來信)(?:发到|發到|寄到)(?:我们|我們)|` +
	// "下面是我们现场负责人谢明的情况说明，…后续请直接联系谢明".
	`(?:下面|以下)(?:是|係)(?:我们|我們|我司)?[^。\n，,]{0,10}?(?:负责人|負責人|同事|店长|店長|经理|經理|主管)(?:\p{Han}{2,3})?的(?:情况说明|情況說明|邮件|郵件|说明|說明)|` +
	// "这是我父亲前两天写的邮件…我帮他转过来": a parent's own mail, passed on by their child.
	`(?:我|我的)(?:父亲|父親|母亲|母親|爸爸|妈妈|媽媽|老爸|老妈|老媽|爷爷|爺爺|奶奶|外公|外婆)[^。\n，,]{0,8}?(?:写|寫|发|發)的(?:邮件|郵件|信)|` +
	// "我爱人的邮箱发不出去，让我帮她转一下": a spouse's or a parent's mail their own mailbox could
	// not send.
	`我的?(?:爱人|愛人|老婆|妻子|太太|老公|丈夫|媳妇|媳婦|父亲|父親|母亲|母親|爸爸?|妈妈?|媽媽?)[^。\n]{0,16}?(?:让我|讓我|叫我|托我|託我|请我|請我)?(?:帮|幫|替|代)(?:她|他)(?:转|轉)|` +
	// "转给你们跟进一下，商户情绪比较大": a desk's note passing on a tenant's mail for the team to
	// follow up.
	`(?:转给|轉給)(?:你们|你們)(?:跟进|跟進)|` +
	// "Forwarding below the complaint from our exhibitor Mr. Stefan Becker", "pls see below
	// complaint from resident".
	`(?i:\b(?:forwarding|(?:pls|please) see) (?:below )?(?:the )?(?:complaint|e-?mail|mail|message|note)s? (?:below )?(?:from|of|by) (?:our |a |the |one of our )?` +
	`(?:exhibitor|tenant|resident|owner|customer|client|franchisee|guest)s?\b)`)

// passOnWords and dealDirectly, or passOnWords and leadersMail, say together that a note passes
// on a colleague's, a leader's or a shop manager's complaint for the office to settle with them:
// "下面是我们部门赵经理的邮件，他让我转给你们。请直接跟他联系", "转发我司华景广场店店长郝明的情况说明，
// 请管理处与店长直接对接处理", "转发黄总的邮件，请协助处理", "她托我转给物业，请…直接回复她", "Forwarding
// Lily's email below… Could you please follow up with her directly?", "Please see Mr. Huang's email
// below. Grateful if you could arrange for your engineer to contact him directly today.", "下面是我
// 妈妈写的…我帮她转过来…有事麻烦直接打她电话", "以下是我们店长发来的情况…请直接联系店长罗小梅".
var (
	passOnWords = quickre.MustCompile(`转发|轉發|转给你们|轉給你們|转给贵|轉給貴|让我转|讓我轉|托我转|託我轉|请我转|請我轉|转一下|轉一下|帮她转|幫她轉|帮他转|幫他轉|` +
		`(?:以下|下面)(?:是|係)[^。\n]{0,10}?(?:发来|發來)的|(?i:\bforwarding\b)|` +
		// "Please see Mr. Huang's email below.".
		`(?i:\b(?:pls|please) see (?:mr|mrs|ms|miss|dr)\.? [a-z]+['’]s (?:e-?mail|mail|message|note) below)`)
	leadersMail  = quickre.MustCompile(`\p{Han}{1,2}(?:总|總|经理|經理|老板|老闆|领导|領導|主任|董事长|董事長)的(?:邮件|郵件|来信|來信|投诉|投訴)`)
	dealDirectly = quickre.MustCompile(`(?:跟|与|與|和)(?:他|她|店长|店長|经理|經理|本人)(?:直接)?(?:联系|聯繫|聯絡|对接|對接|沟通|溝通)|直接(?:跟|与|與|和)(?:他|她|店长|店長|经理|經理)|直接(?:回复|回覆|答复|答覆)(?:他|她|业主|業主)|直接(?:打|联系|聯絡|聯繫|找)(?:他|她)|直接(?:联系|聯繫|聯絡|找|打给)\p{Han}{1,2}(?:老板|老闆|先生|女士|经理|經理|总|總|店长|店長)|` +
		`直接(?:联系|聯繫|聯絡|找|打给)(?:店长|店長|经理|經理|主管)\p{Han}{2,3}|` +
		`(?i:(?:follow up with|contact|reply to|get back to|call) (?:her|him|them) directly)`)
)

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
// Drupal's Webform and PbootCMS do by default, or of the caller a colleague's record of a phone
// complaint names ("来电人：赵永红\n来电号码：021-…\n地址：…", from the office's own domain); nil
// when m is no such mail. The visitor is named in Reply-To, by an address that is none of the
// office's, or, when the mail names no case and no Reply-To, in its labelled lines ("姓名：",
// "邮箱：", "电话：").
func formFromOwn(m *InboundMail, own map[string]bool, domain string) *NewComplaint {
	from := strings.ToLower(m.FromEmail)
	if from == "" || !own[from] && (domain == "" || mailDomain(from) != domain) {
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
	f := contact.FormOf(strings.Join(head[:min(len(head), formHead)], "\n"))
	fields := 0
	for _, v := range []string{f.Name, f.Email, f.Phone} {
		if v != "" {
			fields++
		}
	}
	if fields < 2 || own[strings.ToLower(f.Email)] {
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

// FormVisitor is the visitor an automatic message names by their name and number the way a
// website's form does ("姓名：蒋丽", "手机号码：183…"): a complaint sent through a form whose mailer
// marks all its mail automatic. "" when it names no one so.
func FormVisitor(m *MailMessage) (name, phone string) {
	w := readWriter(contact.Mail{Subject: m.Subject, Text: headAndFoot(m.Text), Notice: true})
	if name = strings.TrimSpace(w.Name); name == "" || w.Phone == "" {
		return "", ""
	}
	return name, w.Phone
}

// companyWrites are the words a company writing in its own name calls itself by, or its
// administration's staff signs with ("行政 黄小姐 189…").
var companyWrites = quickre.MustCompile(`我司|敝司|本司|本公司|敝公司|我们公司|我們公司|我公司|我所|本所|敝所|我是[^，。\n]{0,16}?(?:行政|总经理办公室|总裁办|助理|秘书)|` +
	`(?m)^[ \t]*行政(?:部|主管|经理)?[ \t:：]+\p{Han}{2,3}`)

// personalSender tells a machine's address a person may write from: "admin@", the mailbox of a
// company's administration (行政) department.
func personalSender(email string) bool {
	local, _, _ := strings.Cut(strings.ToLower(email), "@")
	return local == "admin" || local == "administrator"
}

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

// clipLine is a line of at most n characters, a longer one cut with "…" at its end.
func clipLine(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return strings.TrimRight(string([]rune(s)[:n-1]), " ") + "…"
}

// clipText is a mail's text of at most n characters for a complaint's description: a longer one
// ends with "……" after its last whole line, so the clerk sees the rest is in the email.
func clipText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n-len([]rune("\n……"))])
	if i := strings.LastIndexByte(cut, '\n'); i >= len(cut)-2000 && i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " \t\r\n") + "\n……"
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
// matter on an old case's thread. The case the message was on keeps a note of where it went.
// Mail without a sender address cannot be registered.
func (s *Store) RegisterMailAsComplaint(ctx context.Context, id int64, m InboundMail) (MailOutcome, error) {
	o, err := s.rerouteMail(ctx, id, m, reroute{byHand: true, allowed: func(state MailState, _ bool) error {
		if state != MailAuto && state != MailReply {
			return forbidden("not_unjoined_auto", "message", map[string]any{"State": string(state)},
				"only automatic mail or a reply can be registered as a complaint; this one is %s", state)
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
				n.Description = clipText(m.AnswerText, MaxText)
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
		if (MailState(state) == MailReply || MailState(state) == MailAuto) && complaint.Valid && o.ComplaintRef != "" {
			if err := s.replyMoved(ctx, tx, complaint.Int64, m.Subject, o.ComplaintRef); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE mail_messages SET moved_from = ? WHERE id = ?`, complaint.Int64, id); err != nil {
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
