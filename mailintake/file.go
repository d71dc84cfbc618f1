package mailintake

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"complaintdesk/data"
	"complaintdesk/mailintake/decode"

	"golang.org/x/text/encoding/unicode"
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
// message of a mailbox file (mbox, as Thunderbird and other mail programs export a folder); the
// message of an Apple Mail file (.emlx) without what Apple Mail keeps beside it. ErrNotMail when
// the file is no message, ErrBrokenOutlook when it is an Outlook message that cannot be read.
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
	var original []byte
	if m, ok := utf16Text(raw); ok {
		original, raw = raw, m
	}
	if m, ok := emlx(raw); ok {
		raw = m
	}
	if mbox := splitMbox(raw); len(mbox) > 0 {
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
	return []SavedMessage{{Raw: raw, Original: original}}, nil
}

// utf16Text is a message that Windows' Notepad saved as "Unicode" (UTF-16, after its byte order
// mark) as the bytes of an internet message; ok is false for any other file.
func utf16Text(raw []byte) (msg []byte, ok bool) {
	if !bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		return nil, false
	}
	msg, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
	return msg, err == nil
}

// emlxCount is the first line of a message Apple Mail saved (.emlx): the message's length.
var emlxCount = regexp.MustCompile(`^[ \t]*([0-9]{1,12})[ \t]*\r?\n`)

// emlx is the message of an Apple Mail file (.emlx): the bytes its first line counts, before
// the property list Apple Mail keeps of it (flags, when it was read). ok is false for any other
// file.
func emlx(raw []byte) (msg []byte, ok bool) {
	m := emlxCount.FindSubmatchIndex(raw)
	if m == nil {
		return nil, false
	}
	n, err := strconv.Atoi(string(raw[m[2]:m[3]]))
	rest := raw[m[1]:]
	if err != nil || n > len(rest) {
		return nil, false
	}
	if tail := bytes.TrimSpace(rest[n:]); len(tail) > 0 && !bytes.HasPrefix(tail, []byte("<?xml")) && !bytes.HasPrefix(tail, []byte("<plist")) {
		return nil, false
	}
	return rest[:n], true
}

// mboxFrom is the line that begins each message of a mailbox file ("From sender date", or
// Thunderbird's "From - date"), followed by the message's first header field (or by the
// message's own "From " line, when a program wrote one more). "From : name" is no such line
// but a header field, written with the space before the colon RFC 5322's obsolete syntax allows.
var mboxFrom = regexp.MustCompile(`(?m)^From +[^\s:][^\r\n]*\r?\n(?:[!-9;-~]+:|From )`)

// gitPatch is the first line of a patch written by git format-patch, which looks like a
// mailbox's "From " line but never starts a message in it: a patch attached to a message.
var gitPatch = regexp.MustCompile(`^From [0-9a-f]{40} Mon Sep 17 00:00:00 2001\r?\n`)

// mboxBoundary finds the boundary a message's header declares.
var mboxBoundary = regexp.MustCompile(`(?i)boundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;"]+))`)

// multipartEnd is where the multipart body of the mailbox message at start ends: after its
// closing boundary, when its header declares one and the file has it; else start, as a
// message without parts ends at the next "From " line.
func multipartEnd(raw []byte, start int) int {
	msg := raw[start:]
	end := bytes.Index(msg, []byte("\n\n"))
	if crlf := bytes.Index(msg, []byte("\n\r\n")); crlf >= 0 && (end < 0 || crlf < end) {
		end = crlf
	}
	if end < 0 {
		return start
	}
	m := mboxBoundary.FindSubmatch(msg[:end])
	if m == nil {
		return start
	}
	b := m[1]
	if b == nil {
		b = m[2]
	}
	closing := append(append([]byte("\n--"), b...), '-', '-')
	at := bytes.Index(msg[end:], closing)
	if at < 0 {
		return start // never closed: the next "From " line ends it, as it would any message
	}
	return start + end + at + len(closing)
}

// mboxQuoted is a line of a message's text that began with "From " and was quoted so as not to
// be read as the next message ("From " written ">From ", ">From " written ">>From ").
var mboxQuoted = regexp.MustCompile(`(?m)^>(>*From )`)

// splitMbox is the messages of a mailbox file, without their "From " lines and with their
// quoted lines as written; nil when the file is no mailbox. A "From " line starts a message at
// the start of the file, and after an empty line. A mailbox of one message (a folder of one
// exported, or a message saved with its "From " line) is that message as an .eml file of it
// holds it.
func splitMbox(raw []byte) [][]byte {
	if !bytes.HasPrefix(raw, []byte("From ")) {
		return nil
	}
	found := mboxFrom.FindAllIndex(raw, -1)
	if len(found) == 0 || found[0][0] != 0 {
		return nil // a "From " line not followed by a header: no mailbox
	}
	starts := []int{0}
	closes := -1 // where the open multipart of the message at starts' last ends; -1 unknown
	for _, loc := range found[1:] {
		at := loc[0]
		if !bytes.HasSuffix(raw[:at], []byte("\n\n")) && !bytes.HasSuffix(raw[:at], []byte("\n\r\n")) || gitPatch.Match(raw[at:loc[1]]) {
			continue
		}
		cur := starts[len(starts)-1]
		if closes < 0 {
			closes = multipartEnd(raw, cur)
		}
		if at < closes {
			continue // inside a part of the message: a message or a patch attached to it
		}
		starts = append(starts, at)
		closes = -1
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
		if len(bytes.TrimSpace(m)) == 0 {
			continue
		}
		if mboxQuoted.Match(m) {
			m = mboxQuoted.ReplaceAll(m, []byte("$1"))
		}
		out = append(out, m)
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

// firstSent is when the first of a file's messages was sent, by its Date; zero when it gives none.
func firstSent(msgs []SavedMessage) time.Time {
	if len(msgs) == 0 {
		return time.Time{}
	}
	raw := msgs[0].Raw
	m := ParseHeader(raw[:min(len(raw), 256<<10)], int64(len(raw)), data.DefaultMailMaxSize, time.Time{})
	if m.Date == nil {
		return time.Time{}
	}
	return *m.Date
}

// dateOrder orders n files by when their first message was sent (sent(i)), those that give no
// date after the others, each group in its order: a reply saved as "回复：电梯故障.eml", a name
// that sorts before the original's, is read after it and joins its case.
func dateOrder(n int, sent func(i int) time.Time) []int {
	order := make([]int, n)
	dates := make([]time.Time, n)
	for i := range order {
		order[i], dates[i] = i, sent(i)
	}
	sort.SliceStable(order, func(a, b int) bool {
		da, db := dates[order[a]], dates[order[b]]
		if da.IsZero() || db.IsZero() {
			return !da.IsZero() && db.IsZero()
		}
		return da.Before(db)
	})
	return order
}

// InDateOrder is the order to import files of saved messages in (indexes into files): by when
// their first message was sent, as dateOrder gives it.
func InDateOrder(files [][]SavedMessage) []int {
	return dateOrder(len(files), func(i int) time.Time { return firstSent(files[i]) })
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

// mailFileExts are the file types a folder of saved mail is read for: .eml, Apple Mail's .emlx,
// Outlook's .msg, and mailbox files.
var mailFileExts = map[string]bool{".eml": true, ".emlx": true, ".msg": true, ".mbox": true, ".mbx": true}

// MailFilesIn lists the mail files of a folder and of the folders inside it (mailFileExts),
// in the order of their names, as mail programs export a mailbox's folders as folders; hidden
// folders (".Trash") are not read. A folder inside that cannot be read is listed as if it were
// a file, so that reading it says why.
func MailFilesIn(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		switch {
		case err != nil && p == dir:
			return err
		case err != nil:
			files = append(files, p)
		case e.IsDir() && p != dir && strings.HasPrefix(e.Name(), "."):
			return filepath.SkipDir
		case !mailFileExts[strings.ToLower(filepath.Ext(e.Name()))]:
		case e.Type().IsRegular():
			files = append(files, p)
		case e.Type()&fs.ModeSymlink != 0:
			// A link to a mail file is the file; a link to a folder is not followed (it may
			// lead back into this one).
			if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
				files = append(files, p)
			}
		}
		return nil
	})
	return files, err
}

// FolderFile is what became of one mail file of a folder: its messages' outcomes, or why it was
// left out.
type FolderFile struct {
	Path     string // as below the folder: "已发送/回复.eml"
	Outcomes []data.MailOutcome
	Err      error // no mail (ErrNotMail), ErrBrokenOutlook, ErrMailFileTooLarge, or unreadable
}

// ImportFolder imports the mail files of a folder and of the folders inside it (MailFilesIn)
// as ImportMessages does, in the order their messages were sent (dateOrder; each file is read
// once to learn when), one file at a time, so that a mailbox exported whole need not fit in
// memory. A file that is no mail or cannot be read is left out, with why, and the rest
// imported. progress, when given, is told after each transaction and each file left out how
// many bytes of the files are done. An error when the folder cannot be read or a message cannot
// be stored; what was imported before stays.
func ImportFolder(ctx context.Context, store *data.Store, dir string, now time.Time, progress func(done, total int64)) ([]FolderFile, error) {
	named, err := MailFilesIn(dir)
	if err != nil {
		return nil, err
	}
	order := dateOrder(len(named), func(i int) time.Time {
		msgs, err := ReadMailFile(named[i])
		if err != nil {
			return time.Time{}
		}
		return firstSent(msgs)
	})
	paths := make([]string, len(named))
	for i, o := range order {
		paths[i] = named[o]
	}
	sizes := make([]int64, len(paths))
	var total, done int64
	for i, p := range paths {
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			sizes[i] = info.Size()
			total += sizes[i]
		}
	}
	files := make([]FolderFile, len(paths))
	for i, p := range paths {
		f := &files[i]
		if f.Path, err = filepath.Rel(dir, p); err != nil {
			f.Path = p
		}
		tell := func(n, of int) {
			if progress != nil {
				progress(done+sizes[i]*int64(n)/int64(of), total)
			}
		}
		msgs, err := ReadMailFile(p)
		if err != nil {
			f.Err = err
			tell(1, 1)
		} else if f.Outcomes, err = ImportMessages(ctx, store, msgs, now, tell); err != nil {
			return files[:i+1], err
		}
		done += sizes[i]
	}
	return files, nil
}
