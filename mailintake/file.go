package mailintake

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"complaintdesk/data"
	"complaintdesk/mailintake/decode"
)

// ErrNotMail is a file that is not a saved email message (.eml, Outlook's .msg, or a mailbox
// file): it has not one header, or it is another program's document.
var ErrNotMail = errors.New("the file is not an email message (.eml or .msg)")

// ErrBrokenOutlook is an Outlook message file (.msg) that cannot be read: damaged, or cut short
// in copying.
var ErrBrokenOutlook = errors.New("the Outlook message (.msg) is damaged or incomplete")

// SavedMessage is one message of a saved mail file: the internet message, and the file itself
// when another program wrote it in a form of its own (Outlook's .msg), to be kept beside it.
type SavedMessage struct {
	Raw          []byte
	Original     []byte
	OriginalName string // the file's name (ReadMailFile names it)
}

// FileMessages is the email messages a saved file holds, each as an internet message: an .eml
// file as it is; an Outlook .msg file written out as the message it stands for (the header it
// arrived with, its text and its files), the same each time, with the file as Original; every
// message of a mailbox file (mbox, as Thunderbird and other mail programs export a folder).
// ErrNotMail when the file is no message, ErrBrokenOutlook when it is an Outlook message that
// cannot be read.
func FileMessages(raw []byte) ([]SavedMessage, error) {
	if decode.IsOutlook(raw) {
		m, err := decode.FromOutlook(raw)
		switch {
		case errors.Is(err, decode.ErrNotOutlook):
			return nil, ErrNotMail
		case err != nil:
			return nil, fmt.Errorf("%w: %w", ErrBrokenOutlook, err)
		}
		return []SavedMessage{{Raw: m, Original: raw}}, nil
	}
	if mbox := splitMbox(raw); len(mbox) > 1 {
		msgs := make([]SavedMessage, len(mbox))
		for i, m := range mbox {
			msgs[i].Raw = m
		}
		return msgs, nil
	}
	// The start is enough to tell: a header, or none.
	if Parse(raw[:min(len(raw), 64<<10)], time.Time{}).Problem == decode.ProblemNoHeaders {
		return nil, ErrNotMail
	}
	return []SavedMessage{{Raw: raw}}, nil
}

// mboxFrom is the line that begins each message of a mailbox file ("From sender date", or
// Thunderbird's "From - date"), followed by the message's first header field (or by the
// message's own "From " line, when a program wrote one more).
var mboxFrom = regexp.MustCompile(`(?m)^From [^\r\n]*\r?\n(?:[!-9;-~]+:|From )`)

// mboxQuoted is a line of a message's text that began with "From " and was quoted so as not to
// be read as the next message ("From " written ">From ", ">From " written ">>From ").
var mboxQuoted = regexp.MustCompile(`(?m)^>(>*From )`)

// splitMbox is the messages of a mailbox file, without their "From " lines and with their
// quoted lines as written; nil when the file is no mailbox. A "From " line starts a message at
// the start of the file, and after an empty line.
func splitMbox(raw []byte) [][]byte {
	if !bytes.HasPrefix(raw, []byte("From ")) {
		return nil
	}
	starts := []int{0}
	for _, loc := range mboxFrom.FindAllIndex(raw, -1) {
		if at := loc[0]; at > 0 && (bytes.HasSuffix(raw[:at], []byte("\n\n")) || bytes.HasSuffix(raw[:at], []byte("\n\r\n"))) {
			starts = append(starts, at)
		}
	}
	if len(starts) == 1 {
		return nil
	}
	var out [][]byte
	for i, at := range starts {
		end := len(raw)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		m := raw[at:end]
		for bytes.HasPrefix(m, []byte("From ")) {
			nl := bytes.IndexByte(m, '\n')
			if nl < 0 {
				m = nil // a "From " line that ends the file: no message
				break
			}
			m = m[nl+1:]
		}
		// The empty line before the next message is the mailbox's, not the message's.
		if i+1 < len(starts) {
			m = bytes.TrimSuffix(m, []byte("\n"))
			m = bytes.TrimSuffix(m, []byte("\r"))
		}
		if len(bytes.TrimSpace(m)) > 0 {
			out = append(out, mboxQuoted.ReplaceAll(m, []byte("$1")))
		}
	}
	return out
}

// fileDateTrusted is how far back a saved message's Date is taken as when the office received
// it: a complaint forwarded days or weeks late counts from when it was sent, one dated years
// back (or with a broken clock) from when it was imported.
const fileDateTrusted = 90 * 24 * time.Hour

// fileBatch is how many messages of a mailbox file are stored in one transaction.
const fileBatch = 50

// ImportMessages stores messages saved as files (a complaint forwarded as an attachment, saved
// from a mailbox the office does not import, or a folder exported from one) as imported mail
// is stored: each opens a complaint, joins the case it answers, or waits as automatic or
// unreadable mail; the same message twice is stored once. The office counts a message
// received when it was sent, by its Date, unless that lies ahead of now or long before. A
// message over the size limit is kept as received, unread. progress, when given, is told after
// each transaction how many of the messages are stored.
func ImportMessages(ctx context.Context, store *data.Store, msgs []SavedMessage, now time.Time, progress func(done, total int)) ([]data.MailOutcome, error) {
	var outcomes []data.MailOutcome
	total := len(msgs)
	for len(msgs) > 0 {
		n := min(len(msgs), fileBatch)
		batch := data.MailBatch{Messages: make([]data.InboundMail, n)}
		for i, saved := range msgs[:n] {
			raw := saved.Raw
			var m data.InboundMail
			if len(raw) > data.DefaultMailMaxSize {
				m = ParseHeader(raw[:min(len(raw), 256<<10)], int64(len(raw)), data.DefaultMailMaxSize, now)
				m.Raw = raw
			} else {
				m = Parse(raw, now)
			}
			if m.Date != nil && !m.Date.After(now) && m.Date.After(now.Add(-fileDateTrusted)) {
				m.ReceivedAt = *m.Date
			}
			if saved.Original != nil {
				m.Original, m.OriginalName = saved.Original, saved.OriginalName
			}
			batch.Messages[i] = m
		}
		out, err := store.ImportMail(ctx, batch)
		if err != nil {
			return outcomes, fmt.Errorf("import file: %w", err)
		}
		outcomes = append(outcomes, out...)
		msgs = msgs[n:]
		if progress != nil {
			progress(len(outcomes), total)
		}
	}
	return outcomes, nil
}

// Tally counts what the messages of a file became, as a sync pass counts them.
func Tally(outcomes []data.MailOutcome) Summary {
	var s Summary
	for _, o := range outcomes {
		s.New++
		s.add(o)
	}
	return s
}

// MaxMailFile is the largest file read as saved mail: a mailbox file is read whole, and one
// larger would not fit an office computer's memory beside what it is read into.
const MaxMailFile = 512 << 20

// ErrMailFileTooLarge is a mail file larger than MaxMailFile.
var ErrMailFileTooLarge = fmt.Errorf("the file is larger than %d MB", MaxMailFile>>20)

// ReadMailFile reads a saved mail file from the disk: its messages, as FileMessages gives them.
// ErrMailFileTooLarge when it is larger than MaxMailFile; nothing is read then.
func ReadMailFile(path string) ([]SavedMessage, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.Size() > MaxMailFile {
		return nil, ErrMailFileTooLarge
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	msgs, err := FileMessages(b)
	for i := range msgs {
		if msgs[i].Original != nil {
			msgs[i].OriginalName = filepath.Base(path)
		}
	}
	return msgs, err
}

// ReadableCopy is a file as any mail program opens it: an Outlook message (.msg), which only
// Outlook opens, as the .eml it stands for; any other file as it is.
func ReadableCopy(name string, data []byte) (string, []byte) {
	if !strings.EqualFold(filepath.Ext(name), ".msg") || !decode.IsOutlook(data) {
		return name, data
	}
	m, err := decode.FromOutlook(data)
	if err != nil {
		return name, data
	}
	return strings.TrimSuffix(name, filepath.Ext(name)) + ".eml", m
}

// mailFileExts are the file types a folder of saved mail is read for: .eml, Outlook's .msg, and
// mailbox files.
var mailFileExts = map[string]bool{".eml": true, ".msg": true, ".mbox": true, ".mbx": true}

// MailFilesIn lists the mail files of a folder (.eml, .msg, .mbox), by name; the folders inside
// it are not read.
func MailFilesIn(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		if e.Type().IsRegular() && mailFileExts[strings.ToLower(filepath.Ext(e.Name()))] {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	return files, nil
}
