package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"complaintdesk/data"
	"complaintdesk/mailintake"
)

func init() {
	register("mail", "mail sync | mail import FILE|FOLDER... | mail list [--format jsonl|table]: import mail over IMAP or from saved files, list stored messages", runMail)
}

func runMail(e *env, args []string) error {
	if len(args) == 0 {
		return usagef("mail: say sync, import or list")
	}
	switch args[0] {
	case "sync":
		return mailSync(e, args[1:])
	case "list":
		return mailList(e, args[1:])
	case "import":
		return mailImport(e, args[1:])
	}
	return usagef("mail: unknown subcommand %q (sync, import, list)", args[0])
}

// mailImport stores messages saved as files (.eml, Outlook's .msg, or an mbox file of many) as
// imported mail is stored, a line each: what each file's message became, or, for a mailbox
// file, how many of its messages became what. A folder named stands for its mail files and
// those of the folders inside it, read one at a time, and a wildcard for the files it matches
// (Windows' shells hand it on as typed). Every file named is read before any is stored: one
// that cannot be read or is no message stores nothing; a file of a folder that is no mail is
// reported and left out.
func mailImport(e *env, args []string) error {
	fs := flags("mail import")
	named, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(named) == 0 {
		return usagef("mail import: name one or more .eml, .msg or mbox files, or a folder of them")
	}
	type file struct {
		path   string
		folder bool
		msgs   []mailintake.SavedMessage
	}
	var files []file
	for _, f := range named {
		info, err := os.Stat(f)
		switch {
		case err == nil && info.IsDir():
			in, err := mailintake.MailFilesIn(f)
			if err != nil {
				return usagef("mail import: %v", err)
			}
			if len(in) == 0 {
				return usagef("mail import: %s: no .eml, .msg or .mbox files in the folder", f)
			}
			files = append(files, file{path: f, folder: true})
		case err != nil && strings.ContainsAny(f, "*?["):
			matches, gerr := filepath.Glob(f)
			if gerr != nil || len(matches) == 0 {
				return usagef("mail import: %s: no file matches", f)
			}
			for _, p := range matches {
				files = append(files, file{path: p})
			}
		default:
			files = append(files, file{path: f})
		}
	}
	var read [][]mailintake.SavedMessage
	var readAt []int
	for i, f := range files {
		if f.folder {
			continue
		}
		if files[i].msgs, err = mailintake.ReadMailFile(f.path); err != nil {
			return usagef("mail import: %s: %v", f.path, err)
		}
		read, readAt = append(read, files[i].msgs), append(readAt, i)
	}
	// The files named, in the order their messages were sent: a reply read after what it answers.
	ordered := append([]file{}, files...)
	for i, o := range mailintake.InDateOrder(read) {
		ordered[readAt[i]] = files[readAt[o]]
	}
	files = ordered
	s, err := e.open()
	if err != nil {
		return err
	}
	for _, f := range files {
		if !f.folder {
			out, err := mailintake.ImportMessages(e.ctx, s, f.msgs, s.Now(), nil)
			if err != nil {
				return err
			}
			printImported(e, f.path, out)
			continue
		}
		in, err := mailintake.ImportFolder(e.ctx, s, f.path, s.Now(), nil)
		for _, g := range in {
			if g.Err != nil {
				fmt.Fprintf(e.stdout, "%s: left out: %v\n", filepath.Join(f.path, g.Path), g.Err)
			} else {
				printImported(e, filepath.Join(f.path, g.Path), g.Outcomes)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// printImported writes a line of what a mail file's messages became.
func printImported(e *env, path string, out []data.MailOutcome) {
	if len(out) != 1 {
		t := mailintake.Tally(out)
		fmt.Fprintf(e.stdout, "%s: %d messages (complaints: %d, replies: %d, automatic: %d, failed: %d, already stored: %d)\n",
			path, t.New, t.Complaints, t.Replies, t.Auto, t.Failed, t.Duplicates)
		return
	}
	what := string(out[0].State)
	if out[0].ComplaintRef != "" {
		what += " " + out[0].ComplaintRef
	}
	if out[0].Duplicate {
		what += " (already stored)"
	}
	fmt.Fprintf(e.stdout, "%s: %s\n", path, what)
}

func mailSync(e *env, args []string) error {
	fs := flags("mail sync")
	host := fs.String("host", "", "IMAP server host")
	port := fs.Int("port", 0, "IMAP port (default 993 for tls, 143 otherwise)")
	security := fs.String("security", "tls", "tls, starttls or none")
	user := fs.String("user", "", "mailbox user name")
	passwordFile := fs.String("password-file", "", "file holding the password (first line)")
	folder := fs.String("folder", data.DefaultMailFolder, "folder to import from")
	since := fs.String("since", "", "first-sync start date, YYYY-MM-DD or RFC 3339 (default: 30 days ago)")
	after := fs.String("after", "", "after import: keep, seen or move")
	moveTo := fs.String("move-to", "", "folder to move imported mail to (with --after move)")
	sentFolder := fs.String("sent-folder", "", "also read this folder of sent mail: answers to complaints go on their cases")
	insecure := fs.Bool("insecure", false, "do not verify the server certificate")
	allowPlain := fs.Bool("allow-plain", false, "allow an unencrypted connection to a host that is not this computer")
	maxSize := fs.Int("max-size", 0, "size limit per message in MB (default 25): larger mail is kept unread")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if given["max-size"] && *maxSize < 1 {
		return usagef("mail sync: --max-size is a whole number of MB, at least 1")
	}
	if *host == "" {
		if *user != "" || *passwordFile != "" || *since != "" || given["max-size"] || *sentFolder != "" {
			return usagef("mail sync: --host is required with --user, --password-file, --since, --max-size and --sent-folder")
		}
		if !e.exists() {
			return usagef("mail sync: no mail account is set up; give --host, --user and --password-file")
		}
		store, err := e.open()
		if err != nil {
			return err
		}
		accts, err := store.MailAccounts(e.ctx)
		if err != nil {
			return err
		}
		if len(accts) == 0 {
			return usagef("mail sync: no mail account is set up; give --host, --user and --password-file")
		}
		sums, err := mailintake.SyncAll(e.ctx, store, mailintake.Options{})
		for _, s := range sums {
			fmt.Fprintln(e.stdout, s.String())
		}
		return syncError(err)
	}
	if *user == "" {
		return usagef("mail sync: --user is required with --host")
	}
	// What was typed is checked before the database is opened: bad input writes nothing.
	acct := data.MailAccount{Host: *host, Port: *port, Security: data.MailSecurity(*security), Username: *user,
		Folder: *folder, SkipVerify: *insecure, AllowPlain: *allowPlain, AfterImport: data.AfterImport(*after),
		MoveTo: *moveTo, SentFolder: *sentFolder, PollInterval: data.DefaultMailPoll, Active: true}
	if *since != "" {
		t, err := parseSince(*since)
		if err != nil {
			return err
		}
		acct.Since = t
	}
	checked := acct
	if err := checked.Normalize(time.Now()); err != nil {
		return usagef("mail sync: %v", err)
	}
	var password string
	tested := false
	if *passwordFile != "" {
		var err error
		if password, err = readPasswordFile("mail sync", *passwordFile); err != nil {
			return err
		}
		if !e.exists() {
			// A new database holds no account to keep settings from: the credentials are tried
			// before it is made, so that wrong ones leave no file behind.
			if err := tryAccount(e, &acct, password); err != nil {
				return err
			}
			tested = true
		}
	}
	store, err := e.open()
	if err != nil {
		return err
	}
	existing, err := findAccount(e, store, acct)
	if err != nil {
		return err
	}
	var was data.MailAccount
	if existing != nil {
		was = *existing
		// What the command leaves out stays as the account has it.
		acct.ID, acct.Name, acct.Secret = existing.ID, existing.Name, existing.Secret
		acct.PollInterval, acct.Active = existing.PollInterval, existing.Active
		if !given["port"] && (!given["security"] || acct.Security == existing.Security) {
			acct.Port = existing.Port
		}
		if !given["security"] {
			acct.Security = existing.Security
		}
		if !given["insecure"] {
			acct.SkipVerify = existing.SkipVerify
		}
		if !given["allow-plain"] {
			acct.AllowPlain = existing.AllowPlain
		}
		if !given["after"] {
			acct.AfterImport, acct.MoveTo = existing.AfterImport, existing.MoveTo
		}
		if !given["sent-folder"] {
			acct.SentFolder = existing.SentFolder
		}
		if !given["since"] {
			acct.Since = existing.Since
		}
		acct.MaxSize = existing.MaxSize
	}
	if given["max-size"] {
		acct.MaxSize = int64(*maxSize) << 20
	}
	switch {
	case password != "":
		// New credentials are tried before anything is kept: a wrong password, host or folder
		// leaves no account behind, and the account as it was.
		if !tested || existing != nil {
			if err := tryAccount(e, &acct, password); err != nil {
				return err
			}
		}
		if stored, err := mailintake.Password(&acct); err != nil || stored != password {
			if err := mailintake.SetPassword(&acct, password); err != nil {
				return err
			}
			acct.NewPassword = true // kept under the same name in Windows' credential store
		}
	case acct.Secret == "":
		return usagef("mail sync: --password-file is required for a new account")
	case !sameSettings(was, acct):
		// Settings changed with the stored password: tried before they are kept.
		stored, err := mailintake.Password(&acct)
		if err != nil {
			return syncError(err)
		}
		if err := tryAccount(e, &acct, stored); err != nil {
			return err
		}
	}
	saved := existing
	if existing == nil || !sameSettings(was, acct) || acct.Secret != was.Secret || acct.NewPassword {
		// Unchanged, the account is not written again: a scheduled job leaves no audit trail
		// of nothing.
		saved, err = store.SaveMailAccount(e.ctx, acct)
		if errors.Is(err, data.ErrConflict) {
			// Another program set the same account up a moment ago: its check imports.
			if other, ferr := findAccount(e, store, acct); ferr == nil && other != nil {
				saved, err = other, nil
			}
		}
		if err != nil {
			return err
		}
	}
	sum, err := mailintake.Sync(e.ctx, store, saved, mailintake.Options{})
	if errors.Is(err, mailintake.ErrBusy) {
		sum.Busy, err = true, nil // the other check imports what there is
	}
	if err == nil || sum.Stored > 0 {
		fmt.Fprintln(e.stdout, sum.String())
	}
	return syncError(err)
}

// tryAccount connects with the account's settings before they are kept. A folder to move
// mail to that is not there yet is no error: the check creates it, and the clerk is told
// which folder that is, in case another was meant.
func tryAccount(e *env, acct *data.MailAccount, password string) error {
	err := mailintake.TestConnection(e.ctx, acct, mailintake.Options{Password: password})
	var ce *mailintake.ConnError
	if errors.As(err, &ce) && ce.Reason == mailintake.ReasonMoveTo {
		fmt.Fprintln(e.stderr, "complaintctl mail:", err)
		return nil
	}
	return syncError(err)
}

// syncError makes wrong settings (host, port, TLS, login, folder) bad input: exit status 2. A
// stored password this computer cannot read is said with where to enter it again.
func syncError(err error) error {
	if errors.Is(err, mailintake.ErrPasswordUnreadable) {
		return passwordAdvice(err)
	}
	var ce *mailintake.ConnError
	if errors.As(err, &ce) {
		switch ce.Step {
		case mailintake.StepDNS, mailintake.StepConnect, mailintake.StepTLS, mailintake.StepLogin, mailintake.StepFolder:
			return usagef("%v", err)
		case mailintake.StepServer:
			if ce.Reason == mailintake.ReasonNoMove { // --after move on a server that cannot
				return usagef("%v", err)
			}
		}
	}
	return err
}

// passwordAdvice adds to each error of a stored password this computer cannot read (one per
// account, when several were checked) where the password is entered again.
func passwordAdvice(err error) error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var errs []error
		for _, e := range j.Unwrap() {
			errs = append(errs, passwordAdvice(e))
		}
		return errors.Join(errs...)
	}
	if errors.Is(err, mailintake.ErrPasswordUnreadable) {
		return fmt.Errorf("%w: enter it again in Complaint Desk under Settings → Mail account, or give it with --password-file beside --host and --user", err)
	}
	return err
}

// sameSettings tells whether saving b over a would change what is checked and how.
func sameSettings(a, b data.MailAccount) bool {
	return a.Host == b.Host && a.Port == b.Port && a.Security == b.Security && a.Username == b.Username &&
		a.Folder == b.Folder && a.SkipVerify == b.SkipVerify && a.AllowPlain == b.AllowPlain &&
		a.AfterImport == b.AfterImport && a.MoveTo == b.MoveTo && a.SentFolder == b.SentFolder &&
		a.MaxSize == b.MaxSize && a.Since.Equal(b.Since)
}

func findAccount(e *env, store *data.Store, a data.MailAccount) (*data.MailAccount, error) {
	accts, err := store.MailAccounts(e.ctx)
	if err != nil {
		return nil, err
	}
	// The mailbox is the account: its port, security and the rest are settings of it, which a
	// pass may change. Typed as saving them would keep them, without spaces around.
	host, user, folder := strings.TrimSpace(a.Host), strings.TrimSpace(a.Username), strings.TrimSpace(a.Folder)
	if folder == "" {
		folder = data.DefaultMailFolder
	}
	for _, x := range accts {
		if strings.EqualFold(x.Host, host) && x.Username == user && x.Folder == folder {
			return x, nil
		}
	}
	return nil, nil
}

func parseSince(v string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	t, err := time.ParseInLocation("2006-01-02", v, time.Local)
	if err != nil {
		return time.Time{}, usagef("mail sync: --since %q is not a date (YYYY-MM-DD or RFC 3339)", v)
	}
	return t, nil
}

// mailJSON is one line of `mail list --format jsonl`.
type mailJSON struct {
	MessageID    string                  `json:"message_id"`
	UID          uint32                  `json:"uid"`
	Folder       string                  `json:"folder"`
	State        data.MailState          `json:"state"`
	ComplaintRef string                  `json:"complaint_ref"`
	FromName     string                  `json:"from_name"`
	FromEmail    string                  `json:"from_email"`
	Subject      string                  `json:"subject"`
	Date         string                  `json:"date"`
	Text         string                  `json:"text"`
	Attachments  []data.ExportAttachment `json:"attachments"`
	AutoReply    bool                    `json:"auto_reply"`
	Error        string                  `json:"error"`
}

func mailList(e *env, args []string) error {
	fs := flags("mail list")
	format := fs.String("format", "jsonl", "jsonl or table")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "jsonl" && *format != "table" {
		return usagef("mail list: unknown format %q (jsonl, table)", *format)
	}
	store, err := e.openExisting("mail list")
	if err != nil {
		return err
	}
	enc := e.jsonLines()
	tw := newTable(e.stdout)
	if *format == "table" {
		fmt.Fprintln(tw, "UID\tSTATE\tCASE\tFROM\tSUBJECT\tERROR")
	}
	const page = 500
	for offset := 0; ; offset += page {
		msgs, err := store.Messages(e.ctx, data.MessageFilter{Limit: page, Offset: offset})
		if err != nil {
			return err
		}
		for _, m := range msgs {
			if *format == "table" {
				from := m.FromEmail
				if from == "" {
					from = m.FromName // "MAILER DAEMON <>"
				}
				state := string(m.State)
				if m.SetAsideAt != nil {
					state += " (set aside)" // read by the clerk: it needs no complaint
				}
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", m.UID, state, m.ComplaintRef, oneLine(from),
					oneLine(m.Subject), oneLine(m.Error))
				continue
			}
			if err := enc.Encode(toMailJSON(store, m)); err != nil {
				return err
			}
		}
		if len(msgs) < page {
			break
		}
	}
	return tw.Flush()
}

// toMailJSON is one line of mail list: the message as the export writes it, with where it is
// stored and what became of it.
func toMailJSON(store *data.Store, m *data.MailMessage) mailJSON {
	e := store.ExportMail(m)
	return mailJSON{MessageID: e.MessageID, UID: m.UID, Folder: m.Folder, State: m.State, ComplaintRef: m.ComplaintRef,
		FromName: e.FromName, FromEmail: e.FromEmail, Subject: e.Subject, Date: e.Date, Text: e.Text,
		Attachments: e.Attachments, AutoReply: e.AutoReply, Error: m.Error}
}
