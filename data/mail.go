package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// MailSecurity is how the connection to the mail server is protected.
type MailSecurity string

const (
	SecurityTLS      MailSecurity = "tls"      // TLS from the first byte (port 993)
	SecuritySTARTTLS MailSecurity = "starttls" // plain connection upgraded before login (port 143)
	SecurityNone     MailSecurity = "none"     // no encryption: loopback only, or explicitly allowed
)

// AfterImport is what happens to the server copy once a message is safely stored.
type AfterImport string

const (
	AfterKeep AfterImport = "keep" // leave it as it is
	AfterSeen AfterImport = "seen" // mark it read
	AfterMove AfterImport = "move" // move it to another folder
)

// Defaults of a new mail account.
const (
	DefaultMailFolder    = "INBOX"
	DefaultMailPoll      = 5 * time.Minute
	MaxMailPoll          = 24 * time.Hour      // the longest check interval
	DefaultMailLookback  = 30 * 24 * time.Hour // first sync: only mail of the last 30 days
	DefaultMailMaxSize   = 25 << 20
	defaultMailPortTLS   = 993
	defaultMailPortPlain = 143
)

// MailAccount is one office mailbox that complaints are imported from.
type MailAccount struct {
	ID       int64
	Name     string
	Host     string
	Port     int
	Security MailSecurity
	Username string
	// Secret says where the password is kept (the credential store or an encrypted value); it is
	// written by the mail intake's credential functions and never holds the plain password.
	Secret string
	Folder string
	// SentFolder, when set, is where the office's mail program keeps what it sent: mail there
	// that answers a complaint goes on the case as outgoing email, and nothing else is imported.
	SentFolder   string
	PollInterval time.Duration // 0: no background polling
	Since        time.Time     // mail that arrived before this is never imported
	AfterImport  AfterImport
	MoveTo       string
	SkipVerify   bool // certificate checks turned off by the clerk
	AllowPlain   bool // no encryption to a host that is not loopback, after a warning
	MaxSize      int64
	Active       bool
	CreatedAt    time.Time
	UpdatedAt    time.Time
	// NewPassword tells SaveMailAccount that a new password was kept for the account: a change
	// even when Secret reads as before (the credential store keeps it under the same name). It
	// is not stored.
	NewPassword bool
}

// SameSettings tells whether b says everything a says: the same mailbox, settings and place
// of the password (a NewPassword aside), as both are stored.
func (a MailAccount) SameSettings(b MailAccount) bool {
	return a.Name == b.Name && a.Host == b.Host && a.Port == b.Port && a.Security == b.Security &&
		a.Username == b.Username && a.Secret == b.Secret && a.Folder == b.Folder && a.SentFolder == b.SentFolder &&
		a.PollInterval/time.Second == b.PollInterval/time.Second && a.Since.Unix() == b.Since.Unix() &&
		a.AfterImport == b.AfterImport && a.MoveTo == b.MoveTo && a.SkipVerify == b.SkipVerify &&
		a.AllowPlain == b.AllowPlain && a.MaxSize == b.MaxSize && a.Active == b.Active
}

// IsLoopback reports whether host names this machine.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// Normalize fills in the account's defaults and checks it, as saving it does: what is wrong
// with it is said before a connection is tried.
func (a *MailAccount) Normalize(now time.Time) error {
	a.FillDefaults(now)
	return a.check()
}

// FillDefaults trims the account's fields and fills in what saving it would: the port for its
// security, the folder, the size limit, a start date 30 days before now, and a name.
func (a *MailAccount) FillDefaults(now time.Time) {
	a.Host = strings.TrimSpace(a.Host)
	a.Username = strings.TrimSpace(a.Username)
	a.Folder = strings.TrimSpace(a.Folder)
	a.MoveTo = strings.TrimSpace(a.MoveTo)
	a.SentFolder = strings.TrimSpace(a.SentFolder)
	a.Name = strings.TrimSpace(a.Name)
	if a.Security == "" {
		a.Security = SecurityTLS
	}
	if a.Port == 0 {
		a.Port = defaultMailPortTLS
		if a.Security != SecurityTLS {
			a.Port = defaultMailPortPlain
		}
	}
	if a.Folder == "" {
		a.Folder = DefaultMailFolder
	}
	if a.AfterImport == "" {
		a.AfterImport = AfterKeep
	}
	if a.MaxSize == 0 {
		a.MaxSize = DefaultMailMaxSize
	}
	if a.Since.IsZero() {
		a.Since = now.Add(-DefaultMailLookback)
	}
	if a.Name == "" {
		a.Name = a.Username + "@" + a.Host
		if a.Folder != DefaultMailFolder {
			a.Name += "/" + a.Folder
		}
	}
}

func (a *MailAccount) check() error {
	switch {
	case a.Host == "":
		return invalid("required", "host", nil, "the mail server host is required")
	case strings.ContainsAny(a.Host, " \t"):
		return invalid("host_space", "host", map[string]any{"Value": a.Host}, "the mail server host %q has a space in it", a.Host)
	case a.Port < 1 || a.Port > 65535:
		return invalid("port", "port", map[string]any{"Value": a.Port}, "port %d is not a port number", a.Port)
	case a.Security != SecurityTLS && a.Security != SecuritySTARTTLS && a.Security != SecurityNone:
		return invalid("security", "security", map[string]any{"Value": string(a.Security)},
			"unknown security %q (tls, starttls, none)", a.Security)
	case a.Security == SecurityNone && !IsLoopback(a.Host) && !a.AllowPlain:
		return invalid("plain_not_allowed", "security", map[string]any{"Host": a.Host},
			"an unencrypted connection to %s would send the password in the clear; choose TLS or STARTTLS", a.Host)
	case a.Username == "":
		return invalid("required", "user", nil, "the mailbox user name is required")
	case a.AfterImport != AfterKeep && a.AfterImport != AfterSeen && a.AfterImport != AfterMove:
		return invalid("after_import", "after_import", map[string]any{"Value": string(a.AfterImport)},
			"unknown after-import action %q (keep, seen, move)", a.AfterImport)
	case a.AfterImport == AfterMove && a.MoveTo == "":
		return invalid("required", "move_to", nil, "the folder to move imported mail to is required")
	case a.AfterImport == AfterMove && a.MoveTo == a.Folder:
		return invalid("move_to", "move_to", map[string]any{"Value": a.MoveTo}, "imported mail cannot be moved to the folder it is read from")
	case a.SentFolder != "" && a.SentFolder == a.Folder:
		return invalid("sent_folder", "sent_folder", map[string]any{"Value": a.SentFolder},
			"the sent-mail folder cannot be the folder complaints are read from")
	case a.PollInterval < 0 || (a.PollInterval > 0 && a.PollInterval < time.Minute) || a.PollInterval > MaxMailPoll:
		return invalid("poll", "poll", map[string]any{"Value": a.PollInterval.String()}, "the poll interval must be from one minute to a day")
	case a.MaxSize < 1<<20:
		return invalid("max_size", "max_size", map[string]any{"Value": a.MaxSize}, "the size limit must be at least 1 MB")
	}
	return checkText("name", a.Name, MaxShort, true)
}

const mailAccountColumns = `id, name, host, port, security, username, secret, folder, poll_seconds, since,
	after_import, move_to, skip_verify, allow_plain, max_size, active, created_at, updated_at, sent_folder`

func scanMailAccount(sc scanner) (*MailAccount, error) {
	var a MailAccount
	var sec, after string
	var poll, since, created, updated int64
	if err := sc.Scan(&a.ID, &a.Name, &a.Host, &a.Port, &sec, &a.Username, &a.Secret, &a.Folder, &poll, &since,
		&after, &a.MoveTo, &a.SkipVerify, &a.AllowPlain, &a.MaxSize, &a.Active, &created, &updated, &a.SentFolder); err != nil {
		return nil, err
	}
	a.Security, a.AfterImport = MailSecurity(sec), AfterImport(after)
	a.PollInterval = time.Duration(poll) * time.Second
	a.Since, a.CreatedAt, a.UpdatedAt = time.Unix(since, 0), time.Unix(created, 0), time.Unix(updated, 0)
	return &a, nil
}

// MailMark is what changes when mail is stored or a mailbox is checked, by this program or by
// another (a scheduled `complaintctl mail sync`, `mail import`): the newest message and the last
// check.
func (s *Store) MailMark(ctx context.Context) (string, error) {
	var id, at int64
	err := s.r.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(id), 0) FROM mail_messages),
		(SELECT coalesce(max(synced_at), 0) FROM mail_sync_state)`).Scan(&id, &at)
	return fmt.Sprintf("%d/%d", id, at), err
}

// SaveMailAccount creates the account (ID 0) or updates it, and returns it as stored. An account
// saved as it is stored, without a new password, is not written again: the time it was changed
// (which tells a failed check from the settings that put it right) and the audit trail stay as
// they were.
func (s *Store) SaveMailAccount(ctx context.Context, a MailAccount) (*MailAccount, error) {
	now := s.Now()
	if err := a.Normalize(now); err != nil {
		return nil, fmt.Errorf("store: save mail account: %w", err)
	}
	id := a.ID
	err := s.write(ctx, func(tx *sql.Conn) error {
		if err := maySetUp(ctx, tx); err != nil {
			return err
		}
		var other int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM mail_accounts WHERE name = ? AND id <> ?`, a.Name, a.ID).Scan(&other)
		if err == nil {
			return problem(ErrConflict, "duplicate", "name", map[string]any{"Value": a.Name},
				"a mail account named %q already exists", a.Name)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		args := []any{a.Name, a.Host, a.Port, string(a.Security), a.Username, a.Secret, a.Folder,
			int64(a.PollInterval / time.Second), a.Since.Unix(), string(a.AfterImport), a.MoveTo,
			a.SkipVerify, a.AllowPlain, a.MaxSize, a.Active, a.SentFolder}
		action := "update"
		if a.ID == 0 {
			action = "create"
			res, err := tx.ExecContext(ctx, `INSERT INTO mail_accounts (name, host, port, security, username, secret,
				folder, poll_seconds, since, after_import, move_to, skip_verify, allow_plain, max_size, active,
				sent_folder, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				append(args, now.Unix(), now.Unix())...)
			if err != nil {
				return err
			}
			if id, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			was, err := scanMailAccount(tx.QueryRowContext(ctx, `SELECT `+mailAccountColumns+` FROM mail_accounts WHERE id = ?`, a.ID))
			if errors.Is(err, sql.ErrNoRows) {
				return notFound("mail account", fmt.Sprint(a.ID))
			}
			if err != nil {
				return err
			}
			if !a.NewPassword && a.SameSettings(*was) {
				return nil
			}
			res, err := tx.ExecContext(ctx, `UPDATE mail_accounts SET name = ?, host = ?, port = ?, security = ?,
				username = ?, secret = ?, folder = ?, poll_seconds = ?, since = ?, after_import = ?, move_to = ?,
				skip_verify = ?, allow_plain = ?, max_size = ?, active = ?, sent_folder = ?, updated_at = ? WHERE id = ?`,
				append(args, now.Unix(), a.ID)...)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return notFound("mail account", fmt.Sprint(a.ID))
			}
		}
		// The secret locator is left out of the audit: it may carry the encrypted password.
		return audit(ctx, tx, now, "mail_account", id, action, map[string]any{"name": a.Name, "host": a.Host,
			"port": a.Port, "security": a.Security, "user": a.Username, "folder": a.Folder,
			"sent_folder": a.SentFolder, "after_import": a.AfterImport, "move_to": a.MoveTo, "skip_verify": a.SkipVerify,
			"allow_plain": a.AllowPlain, "since": a.Since.Unix(), "active": a.Active})
	})
	if err != nil {
		return nil, fmt.Errorf("store: save mail account %s: %w", a.Name, err)
	}
	return s.MailAccount(ctx, id)
}

// MailAccount reads one account.
func (s *Store) MailAccount(ctx context.Context, id int64) (*MailAccount, error) {
	a, err := scanMailAccount(s.r.QueryRowContext(ctx, `SELECT `+mailAccountColumns+` FROM mail_accounts WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		err = notFound("mail account", fmt.Sprint(id))
	}
	if err != nil {
		return nil, fmt.Errorf("store: mail account %d: %w", id, err)
	}
	return a, nil
}

// MailAccounts lists every account, active or not, by name.
func (s *Store) MailAccounts(ctx context.Context) ([]*MailAccount, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+mailAccountColumns+` FROM mail_accounts ORDER BY name, id`)
	if err != nil {
		return nil, fmt.Errorf("store: mail accounts: %w", err)
	}
	defer rows.Close()
	var out []*MailAccount
	for rows.Next() {
		a, err := scanMailAccount(rows)
		if err != nil {
			return nil, fmt.Errorf("store: mail accounts: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// MailSyncState is how far one folder of an account has been imported, and how its last
// check went.
type MailSyncState struct {
	AccountID   int64
	Folder      string
	UIDValidity uint32 // 0 when no check got as far as the folder
	LastUID     uint32
	SyncedAt    *time.Time // the end of the last check, good or bad
	OKAt        *time.Time // the end of the last check that completed
	// ScannedSince is the start date the position was reached from: mail that arrived before it
	// (and below LastUID) was left on the server. Zero when no check completed.
	ScannedSince time.Time
	LastError    string // why the last check stopped; "" when it completed
	// What LastError was made from, for the window: see SyncFailure.
	ErrorStep, ErrorReason, ErrorDetail string
	ErrorHost                           string
	ErrorPort                           int
	ErrorStored                         int // new messages the check stored before it stopped
}

// SyncFailure is why a check stopped: the sentence, and the step, reason and detail the mail
// intake made it from, which the window words in the clerk's language.
type SyncFailure struct {
	Text                 string
	Step, Reason, Detail string
	Host                 string // the server tried, when it was reached for
	Port                 int
	Stored               int // new messages stored before the check stopped: they stay stored
}

// MailSyncState reads the state of a folder; nil when it was never synced.
func (s *Store) MailSyncState(ctx context.Context, accountID int64, folder string) (*MailSyncState, error) {
	st := MailSyncState{AccountID: accountID, Folder: folder}
	var synced, ok, scanned sql.NullInt64
	err := s.r.QueryRowContext(ctx, `SELECT uid_validity, last_uid, synced_at, ok_at, last_error, error_step,
		error_reason, error_detail, error_host, error_port, error_stored, scanned_since FROM mail_sync_state
		WHERE account_id = ? AND folder = ?`, accountID, folder).
		Scan(&st.UIDValidity, &st.LastUID, &synced, &ok, &st.LastError, &st.ErrorStep, &st.ErrorReason, &st.ErrorDetail,
			&st.ErrorHost, &st.ErrorPort, &st.ErrorStored, &scanned)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: mail sync state: %w", err)
	}
	st.SyncedAt, st.OKAt = fromUnix(synced), fromUnix(ok)
	if scanned.Valid {
		st.ScannedSince = time.Unix(scanned.Int64, 0)
	}
	return &st, nil
}

// ClaimMailSync claims the account's mail check for holder until ttl from now, or renews the
// claim holder has; false when another program holds a claim that has not lapsed and that
// dead does not call abandoned (a program killed in a check). Checks in one program are kept
// apart by the program itself; this keeps programs apart.
func (s *Store) ClaimMailSync(ctx context.Context, accountID int64, holder string, ttl time.Duration, dead func(other string) bool) (bool, error) {
	now := s.Now()
	var claimed bool
	err := s.write(ctx, func(tx *sql.Conn) error {
		var other string
		var expires int64
		err := tx.QueryRowContext(ctx, `SELECT holder, expires_at FROM mail_sync_claims WHERE account_id = ?`, accountID).
			Scan(&other, &expires)
		switch {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return err
		case other != holder && expires > now.Unix() && (dead == nil || !dead(other)):
			return nil
		}
		claimed = true
		_, err = tx.ExecContext(ctx, `INSERT INTO mail_sync_claims (account_id, holder, expires_at) VALUES (?1, ?2, ?3)
			ON CONFLICT (account_id) DO UPDATE SET holder = ?2, expires_at = ?3`, accountID, holder, now.Add(ttl).Unix())
		return err
	})
	if err != nil {
		return false, fmt.Errorf("store: claim mail check: %w", err)
	}
	return claimed, nil
}

// MailSyncHeld tells whether a program holds a claim on the account's mail check that has not
// lapsed: a check is running there.
func (s *Store) MailSyncHeld(ctx context.Context, accountID int64) (bool, error) {
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM mail_sync_claims WHERE account_id = ? AND expires_at > ?`,
		accountID, s.Now().Unix()).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: mail check claim: %w", err)
	}
	return n > 0, nil
}

// ReleaseMailSync gives up holder's claim on the account's mail check.
func (s *Store) ReleaseMailSync(ctx context.Context, accountID int64, holder string) error {
	err := s.write(ctx, func(tx *sql.Conn) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM mail_sync_claims WHERE account_id = ? AND holder = ?`, accountID, holder)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: release mail check: %w", err)
	}
	return nil
}

// FinishMailSync records a check that completed: the folder position (the last UID, never
// lowered under the same UIDVALIDITY), the start date it was reached from, and that mail was
// fetched without a problem now.
func (s *Store) FinishMailSync(ctx context.Context, accountID int64, folder string, uidValidity, lastUID uint32, scannedSince time.Time) error {
	now := s.Now()
	err := s.write(ctx, func(tx *sql.Conn) error {
		if err := setSyncState(ctx, tx, accountID, folder, uidValidity, lastUID, now); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE mail_sync_state SET ok_at = ?, scanned_since = ? WHERE account_id = ? AND folder = ?`,
			now.Unix(), scannedSince.Unix(), accountID, folder); err != nil {
			return err
		}
		// Messages missed under an earlier UIDVALIDITY were read again with the whole folder.
		_, err := tx.ExecContext(ctx, `DELETE FROM mail_unfetched WHERE account_id = ? AND folder = ? AND uid_validity <> ?`,
			accountID, folder, uidValidity)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: finish mail sync: %w", err)
	}
	return nil
}

// FailMailSync records why a check stopped. The folder position stays where the last stored
// batch left it; a mailbox never reached gets a state with none.
func (s *Store) FailMailSync(ctx context.Context, accountID int64, folder string, f SyncFailure) error {
	now := s.Now()
	err := s.write(ctx, func(tx *sql.Conn) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO mail_sync_state (account_id, folder, uid_validity, last_uid,
			synced_at, last_error, error_step, error_reason, error_detail, error_host, error_port, error_stored)
			VALUES (?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (account_id, folder) DO UPDATE SET synced_at = excluded.synced_at,
				last_error = excluded.last_error, error_step = excluded.error_step,
				error_reason = excluded.error_reason, error_detail = excluded.error_detail,
				error_host = excluded.error_host, error_port = excluded.error_port,
				error_stored = excluded.error_stored`,
			accountID, folder, now.Unix(), f.Text, f.Step, f.Reason, f.Detail, f.Host, f.Port, f.Stored)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: record mail check failure: %w", err)
	}
	return nil
}

// setSyncState moves the folder position; the check is going well, so a recorded failure is
// cleared.
func setSyncState(ctx context.Context, tx *sql.Conn, accountID int64, folder string, uidValidity, lastUID uint32, now time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO mail_sync_state (account_id, folder, uid_validity, last_uid, synced_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (account_id, folder) DO UPDATE SET
			last_uid = CASE WHEN uid_validity = excluded.uid_validity AND last_uid > excluded.last_uid
			                THEN last_uid ELSE excluded.last_uid END,
			scanned_since = CASE WHEN uid_validity = excluded.uid_validity THEN scanned_since END,
			uid_validity = excluded.uid_validity, synced_at = excluded.synced_at,
			last_error = '', error_step = '', error_reason = '', error_detail = '', error_stored = 0`,
		accountID, folder, uidValidity, lastUID, now.Unix())
	if err != nil {
		return fmt.Errorf("sync state: %w", err)
	}
	return nil
}

// MailState is what became of a received message.
type MailState string

const (
	MailComplaint MailState = "complaint" // opened a new complaint
	MailReply     MailState = "reply"     // joined the case it answers
	MailAuto      MailState = "auto"      // automatic mail: never opens a complaint
	MailFailed    MailState = "failed"    // kept raw for the clerk: unreadable, too large, or no sender
)

// MailStates lists every state in tray order.
var MailStates = []MailState{MailComplaint, MailReply, MailAuto, MailFailed}

// MailAttachment is one decoded attachment or inline part of a stored message.
type MailAttachment struct {
	Position    int
	Filename    string
	ContentType string
	ContentID   string
	Inline      bool
	Size        int64
	SHA256      string
	// Removed is a file taken off the message's case (RemoveEvidence): the message still holds
	// it, the case no longer does.
	Removed bool
}

// FileName is the name the attachment is opened and saved under: its own, or, for a part that has
// none (a delivery report, a returned message), one made of the message's id, the part's place and
// an extension for its type.
func (a MailAttachment) FileName(messageID int64) string {
	if strings.TrimSpace(a.Filename) != "" {
		return a.Filename
	}
	return fmt.Sprintf("attachment-%d-%d%s", messageID, a.Position, extensionFor(a.ContentType))
}

// ShortName is a file's name of at most maxRunes characters and maxBytes bytes: a longer one keeps
// its beginning and its extension, with "…" between ("锦华花园三栋电梯停运….pdf" of a name of 200
// characters, which no disk takes whole).
func ShortName(name string, maxRunes, maxBytes int) string {
	if utf8.RuneCountInString(name) <= maxRunes && len(name) <= maxBytes {
		return name
	}
	ext := filepath.Ext(name)
	if utf8.RuneCountInString(ext) > 10 || strings.ContainsAny(ext, " \t") {
		ext = "" // not an extension: "报告.第三版 终稿"
	}
	stem := []rune(strings.TrimSuffix(name, ext))
	keepRunes := maxRunes - utf8.RuneCountInString(ext) - 1
	keepBytes := maxBytes - len(ext) - len("…")
	n, size := 0, 0
	for n < len(stem) && n < keepRunes && size+utf8.RuneLen(stem[n]) <= keepBytes {
		size += utf8.RuneLen(stem[n])
		n++
	}
	return strings.TrimRight(string(stem[:n]), " .") + "…" + ext
}

// MailMessage is a stored message with what was decoded from it; the raw bytes are read with
// RawMessage.
type MailMessage struct {
	ID           int64
	AccountID    int64
	Folder       string
	UIDValidity  uint32
	UID          uint32
	Identity     string
	MessageID    string
	RawSHA256    string
	Size         int64
	State        MailState
	ComplaintID  *int64
	ComplaintRef string
	Complainant  string // the complainant's name on the case it is on; a forward's is not its sender
	// ComplainantEmail is that complainant's address: another than the sender's for a forward
	// or a web form's mail.
	ComplainantEmail string
	Direction        Direction
	FromName         string
	FromEmail        string
	To               []string
	Cc               []string
	Subject          string
	Date             *time.Time
	ReceivedAt       time.Time
	Text             string
	TextLen          int // the length of the whole text in characters; Text may hold less (MessageFilter.TextLimit)
	InReplyTo        string
	References       []string
	AutoReply        bool
	AutoReason       string
	Oversize         bool
	Error            string
	SetAsideAt       *time.Time // a failed message the clerk found to need no complaint (SetMailAside)
	SetAsideBy       string
	ImportedAt       time.Time
	UpdatedAt        time.Time
	Attachments      []MailAttachment
	// OriginalName names the file the message was read from when another program wrote it
	// (Outlook's .msg), kept beside it (MailOriginal); "" for any other message.
	OriginalName string
	// RepeatOfRef is the case the message's complaint repeats (a reply on a closed case
	// registered as its 二次投诉); "" for none.
	RepeatOfRef string
	// MovedFromRef is the case the message was filed on as a reply before the clerk registered
	// it as a complaint of its own; "" for none.
	MovedFromRef string
}

// MessageFilter selects stored messages; zero fields do not filter.
type MessageFilter struct {
	States      []MailState
	AccountID   int64
	ComplaintID int64
	// MovedFrom selects the messages filed on this case as replies that the clerk then
	// registered as complaints of their own.
	MovedFrom int64
	Limit     int // default 200; -1 for all
	Offset    int
	TextLimit int // when set, Text holds at most this many characters (TextLen says how many there are)
	// Query finds the messages whose sender (name or address), subject or case reference
	// contains it, in any case.
	Query string
}

// where is the filter's WHERE clause ("" when it selects everything) and its arguments.
func (f MessageFilter) where() (string, []any) {
	var conds []string
	var args []any
	if len(f.States) > 0 {
		ph := make([]string, len(f.States))
		for i, st := range f.States {
			ph[i] = "?"
			args = append(args, string(st))
		}
		conds = append(conds, "m.state IN ("+strings.Join(ph, ", ")+")")
	}
	if f.AccountID != 0 {
		conds = append(conds, "m.account_id = ?")
		args = append(args, f.AccountID)
	}
	if f.ComplaintID != 0 {
		conds = append(conds, "m.complaint_id = ?")
		args = append(args, f.ComplaintID)
	}
	if f.MovedFrom != 0 {
		conds = append(conds, "m.moved_from = ?")
		args = append(args, f.MovedFrom)
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		like := "%" + likeEscape(q) + "%"
		// A message without a subject is listed by its text's first line: its text is searched.
		conds = append(conds, `(m.from_name LIKE ? ESCAPE '\' OR m.from_email LIKE ? ESCAPE '\' OR m.subject LIKE ? ESCAPE '\'
			OR c.ref LIKE ? ESCAPE '\' OR p.name LIKE ? ESCAPE '\' OR m.subject = '' AND m.body_text LIKE ? ESCAPE '\')`)
		args = append(args, like, like, like, like, like, like)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// CountMessages counts the stored messages the filter selects (its Limit and Offset aside).
func (s *Store) CountMessages(ctx context.Context, f MessageFilter) (int, error) {
	where, args := f.where()
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*)`+mailMessageFrom+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count messages: %w", err)
	}
	return n, nil
}

const mailMessageColumns = `m.id, COALESCE(m.account_id, 0), m.folder, m.uid_validity, m.uid, m.identity, m.message_id,
	m.raw_sha256, m.size, m.state, m.complaint_id, COALESCE(c.ref, ''), COALESCE(p.name, ''), COALESCE(p.email, ''), m.direction, m.from_name, m.from_email,
	m.to_addrs, m.cc_addrs, m.subject, m.date, m.received_at, m.body_text, m.in_reply_to, m.refs, m.auto_reply,
	m.auto_reason, m.oversize, m.error, m.set_aside_at, m.set_aside_by, m.imported_at, m.updated_at, length(m.body_text),
	m.original_name, COALESCE((SELECT r.ref FROM complaints r WHERE r.id = c.repeat_of), ''),
	COALESCE((SELECT r.ref FROM complaints r WHERE r.id = m.moved_from), '')`

const mailMessageFrom = ` FROM mail_messages m LEFT JOIN complaints c ON c.id = m.complaint_id
	LEFT JOIN complainants p ON p.id = c.complainant_id`

func scanMailMessage(sc scanner) (*MailMessage, error) {
	var m MailMessage
	var state, dir, to, cc, refs string
	var complaint, date, aside sql.NullInt64
	var received, imported, updated int64
	if err := sc.Scan(&m.ID, &m.AccountID, &m.Folder, &m.UIDValidity, &m.UID, &m.Identity, &m.MessageID,
		&m.RawSHA256, &m.Size, &state, &complaint, &m.ComplaintRef, &m.Complainant, &m.ComplainantEmail, &dir, &m.FromName, &m.FromEmail,
		&to, &cc, &m.Subject, &date, &received, &m.Text, &m.InReplyTo, &refs, &m.AutoReply,
		&m.AutoReason, &m.Oversize, &m.Error, &aside, &m.SetAsideBy, &imported, &updated, &m.TextLen,
		&m.OriginalName, &m.RepeatOfRef, &m.MovedFromRef); err != nil {
		return nil, err
	}
	m.State, m.Direction = MailState(state), Direction(dir)
	if complaint.Valid {
		m.ComplaintID = &complaint.Int64
	}
	m.To, m.Cc, m.References = splitList(to, "\n"), splitList(cc, "\n"), strings.Fields(refs)
	m.Date, m.SetAsideAt = fromUnix(date), fromUnix(aside)
	m.ReceivedAt, m.ImportedAt, m.UpdatedAt = time.Unix(received, 0), time.Unix(imported, 0), time.Unix(updated, 0)
	return &m, nil
}

func splitList(v, sep string) []string {
	if v == "" {
		return nil
	}
	return strings.Split(v, sep)
}

// Messages lists stored messages, newest arrival first, with their attachments.
func (s *Store) Messages(ctx context.Context, f MessageFilter) ([]*MailMessage, error) {
	cols := mailMessageColumns
	if f.TextLimit > 0 {
		cols = strings.Replace(cols, "m.body_text,", fmt.Sprintf("substr(m.body_text, 1, %d),", f.TextLimit), 1)
	}
	where, args := f.where()
	q := `SELECT ` + cols + mailMessageFrom + where + " ORDER BY m.received_at DESC, m.id DESC"
	switch {
	case f.Limit == 0:
		q += " LIMIT 200"
	case f.Limit > 0:
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	if f.Offset > 0 {
		if f.Limit < 0 {
			q += " LIMIT -1"
		}
		q += fmt.Sprintf(" OFFSET %d", f.Offset)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: messages: %w", err)
	}
	var out []*MailMessage
	byID := map[int64]*MailMessage{}
	for rows.Next() {
		m, err := scanMailMessage(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: messages: %w", err)
		}
		out = append(out, m)
		byID[m.ID] = m
	}
	if err := rows.Close(); err != nil {
		return nil, fmt.Errorf("store: messages: %w", err)
	}
	if err := s.loadAttachments(ctx, byID); err != nil {
		return nil, err
	}
	return out, nil
}

// loadAttachments fills in the attachments of the given messages, in pages of ids so that the
// query stays within SQLite's parameter limit.
func (s *Store) loadAttachments(ctx context.Context, byID map[int64]*MailMessage) error {
	ids := make([]any, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	const page = 500
	for len(ids) > 0 {
		n := min(page, len(ids))
		chunk := ids[:n]
		ids = ids[n:]
		rows, err := s.r.QueryContext(ctx, `SELECT a.message_id, a.position, a.filename, a.content_type, a.content_id,
			a.inline, a.size, a.sha256, EXISTS (SELECT 1 FROM evidence e WHERE e.complaint_id = m.complaint_id
				AND e.sha256 = a.sha256 AND e.removed_at IS NOT NULL)
			FROM mail_attachments a JOIN mail_messages m ON m.id = a.message_id WHERE a.message_id IN (?`+
			strings.Repeat(", ?", len(chunk)-1)+`) ORDER BY a.message_id, a.position`, chunk...)
		if err != nil {
			return fmt.Errorf("store: message attachments: %w", err)
		}
		for rows.Next() {
			var mid int64
			var a MailAttachment
			if err := rows.Scan(&mid, &a.Position, &a.Filename, &a.ContentType, &a.ContentID, &a.Inline, &a.Size, &a.SHA256, &a.Removed); err != nil {
				rows.Close()
				return fmt.Errorf("store: message attachments: %w", err)
			}
			byID[mid].Attachments = append(byID[mid].Attachments, a)
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("store: message attachments: %w", err)
		}
	}
	return nil
}

// Message reads one stored message with its attachments.
func (s *Store) Message(ctx context.Context, id int64) (*MailMessage, error) {
	m, err := scanMailMessage(s.r.QueryRowContext(ctx, `SELECT `+mailMessageColumns+mailMessageFrom+` WHERE m.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		err = notFound("message", fmt.Sprint(id))
	}
	if err != nil {
		return nil, fmt.Errorf("store: message %d: %w", id, err)
	}
	if err := s.loadAttachments(ctx, map[int64]*MailMessage{m.ID: m}); err != nil {
		return nil, err
	}
	return m, nil
}

// RawMessage is the message exactly as the server delivered it (for "save as .eml").
func (s *Store) RawMessage(ctx context.Context, id int64) ([]byte, error) {
	var b []byte
	err := s.r.QueryRowContext(ctx, `SELECT b.data FROM mail_messages m JOIN blobs b ON b.sha256 = m.raw_sha256
		WHERE m.id = ?`, id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		err = notFound("message", fmt.Sprint(id))
	}
	if err != nil {
		return nil, fmt.Errorf("store: raw message %d: %w", id, err)
	}
	return b, nil
}

// MailOriginal is the file a message was read from when another program wrote it (Outlook's
// .msg), as it was saved, and its name.
func (s *Store) MailOriginal(ctx context.Context, id int64) (name string, b []byte, err error) {
	err = s.r.QueryRowContext(ctx, `SELECT m.original_name, b.data FROM mail_messages m JOIN blobs b ON b.sha256 = m.original_sha256
		WHERE m.id = ?`, id).Scan(&name, &b)
	if errors.Is(err, sql.ErrNoRows) {
		err = notFound("message", fmt.Sprint(id))
	}
	if err != nil {
		return "", nil, fmt.Errorf("store: original file of message %d: %w", id, err)
	}
	return name, b, nil
}

// MailCounts counts stored messages per state (for the intake tray's badges) and, of the failed
// ones, how many the clerk set aside as needing no complaint.
func (s *Store) MailCounts(ctx context.Context) (counts map[MailState]int, setAside int, err error) {
	rows, err := s.r.QueryContext(ctx, `SELECT state, COUNT(*), COUNT(set_aside_at) FROM mail_messages GROUP BY state`)
	if err != nil {
		return nil, 0, fmt.Errorf("store: mail counts: %w", err)
	}
	defer rows.Close()
	counts = map[MailState]int{}
	for rows.Next() {
		var st string
		var n, aside int
		if err := rows.Scan(&st, &n, &aside); err != nil {
			return nil, 0, fmt.Errorf("store: mail counts: %w", err)
		}
		counts[MailState(st)] = n
		setAside += aside
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: mail counts: %w", err)
	}
	return counts, setAside, nil
}

// SetMailAside records that the clerk read failed message id and found that it needs no
// complaint (junk without a sender, say, or a copy of mail already registered), or, with aside
// false, takes that back. The message stays stored as it is, and can still be read again or
// registered; the dashboard no longer calls for it.
func (s *Store) SetMailAside(ctx context.Context, id int64, aside bool) (*MailMessage, error) {
	err := s.write(ctx, func(tx *sql.Conn) error {
		var state string
		var was sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT state, set_aside_at FROM mail_messages WHERE id = ?`, id).Scan(&state, &was)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("message", fmt.Sprint(id))
		}
		if err != nil {
			return err
		}
		if MailState(state) != MailFailed {
			return forbidden("not_failed", "message", map[string]any{"State": state},
				"only a message that could not be read is set aside; this one is %s", state)
		}
		if was.Valid == aside {
			return nil
		}
		now := s.now(ctx)
		var at any
		by := ""
		if aside {
			at, by = now.Unix(), Actor(ctx)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE mail_messages SET set_aside_at = ?, set_aside_by = ?, updated_at = ? WHERE id = ?`,
			at, by, now.Unix(), id); err != nil {
			return err
		}
		action := "set_aside"
		if !aside {
			action = "taken_back"
		}
		return audit(ctx, tx, now, "mail_message", id, action, map[string]any{"set_aside": []bool{was.Valid, aside}})
	})
	if err != nil {
		return nil, fmt.Errorf("store: set message %d aside: %w", id, err)
	}
	return s.Message(ctx, id)
}

// The export lists each complaint's emails, oldest first: the message it came in with, the
// complainant's replies, the office's answers and the automatic mail that went on the case.
func init() {
	exportParts = append(exportParts, func(ctx context.Context, s *Store, complaintID int64, rec *ExportRecord) error {
		msgs, err := s.Messages(ctx, MessageFilter{ComplaintID: complaintID, Limit: -1})
		if err != nil {
			return err
		}
		for i := len(msgs) - 1; i >= 0; i-- {
			rec.Messages = append(rec.Messages, s.ExportMail(msgs[i]))
		}
		return nil
	})
}

// ExportMail is a stored message as the export and `mail list` write it: its date is the one it
// says it was sent, else the one it arrived, with the office calendar's offset.
func (s *Store) ExportMail(m *MailMessage) ExportMessage {
	e := ExportMessage{MessageID: m.MessageID, Direction: string(m.Direction), FromName: m.FromName,
		FromEmail: m.FromEmail, Subject: m.Subject, Text: m.Text, AutoReply: m.AutoReply,
		Attachments: []ExportAttachment{}}
	date := m.ReceivedAt
	if m.Date != nil {
		date = *m.Date
	}
	e.Date = s.FormatTime(date)
	for _, a := range m.Attachments {
		e.Attachments = append(e.Attachments, ExportAttachment{Filename: a.Filename, ContentType: a.ContentType,
			Size: a.Size, SHA256: a.SHA256})
	}
	return e
}
