package mailintake

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"complaintdesk/data"
)

// A message saved as a file is stored as imported mail is: a complaint opened, an automatic
// answer kept aside, the same message twice stored once; a file that is no message is refused
// and nothing is stored.
func TestImportFile(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	loc := s.Calendar().Location()
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, loc)
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(corpusDir(), name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	out, err := importOne(t, ctx, s, read("050.eml"), now)
	if err != nil || out.State != data.MailComplaint || out.ComplaintRef == "" || out.Duplicate {
		t.Fatalf("050.eml: %+v, %v", out, err)
	}
	// Dated years back, it counts as received when it was imported.
	c, err := s.Complaint(ctx, out.ComplaintRef)
	if err != nil || c.Subject != "Greeting in Chinese" || c.Channel != data.ChannelEmail || !c.ReceivedAt.Equal(now) {
		t.Errorf("the complaint %+v, %v: received now", c, err)
	}
	// Sent a week ago, it counts as received when it was sent.
	week := now.AddDate(0, 0, -7)
	late := []byte("From: 王芳 <wangfang@example.cn>\r\nSubject: late\r\nDate: " + week.Format(time.RFC1123Z) +
		"\r\nMessage-ID: <late@example.cn>\r\n\r\n电梯故障\r\n")
	if l, err := importOne(t, ctx, s, late, now); err != nil || l.State != data.MailComplaint {
		t.Fatalf("a week late: %+v, %v", l, err)
	} else if c, _ := s.Complaint(ctx, l.ComplaintRef); c == nil || !c.ReceivedAt.Equal(week) {
		t.Errorf("a week late, received %v, want %v", c.ReceivedAt, week)
	}
	if again, err := importOne(t, ctx, s, read("050.eml"), now.Add(time.Hour)); err != nil || !again.Duplicate || again.ID != out.ID {
		t.Errorf("050.eml again: %+v, %v", again, err)
	}
	if bounce, err := importOne(t, ctx, s, read("033.eml"), now); err != nil || bounce.State != data.MailAuto {
		t.Errorf("033.eml (a bounce): %+v, %v", bounce, err)
	}
	// Dated ahead of the office's clock, it counts as received now.
	future := []byte("From: 王芳 <wangfang@example.cn>\r\nSubject: =?UTF-8?B?55S15qKv5pWF6Zqc?=\r\n" +
		"Date: Mon, 1 Jan 2035 10:00:00 +0800\r\nMessage-ID: <future@example.cn>\r\n\r\nelevator\r\n")
	if f, err := importOne(t, ctx, s, future, now); err != nil || f.State != data.MailComplaint {
		t.Fatalf("a message from the future: %+v, %v", f, err)
	} else if c, _ := s.Complaint(ctx, f.ComplaintRef); c == nil || !c.ReceivedAt.Equal(now) {
		t.Errorf("received %v, want now", c)
	}
	before, err := s.Messages(ctx, data.MessageFilter{})
	if err != nil {
		t.Fatal(err)
	}
	big := append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, data.DefaultMailMaxSize+1)...)
	for _, junk := range [][]byte{[]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), []byte("只是一段文字，没有信头。"), big} {
		if _, err := importOne(t, ctx, s, junk, now); !errors.Is(err, ErrNotMail) {
			t.Errorf("%.8q: %v", junk, err)
		}
	}
	if after, _ := s.Messages(ctx, data.MessageFilter{}); len(after) != len(before) {
		t.Errorf("a refused file was stored: %d messages, were %d", len(after), len(before))
	}
	// Over the size limit, a message is kept as received, unread, for the clerk.
	huge := append([]byte("From: 李雷 <lilei@example.cn>\r\nSubject: video\r\nMessage-ID: <huge@example.cn>\r\n\r\n"),
		bytes.Repeat([]byte("A"), data.DefaultMailMaxSize+1)...)
	if h, err := importOne(t, ctx, s, huge, now); err != nil || h.State != data.MailFailed {
		t.Errorf("a message over the limit: %+v, %v", h, err)
	}
}

// importFile stores the messages of a file's bytes, as the window and complaintctl do.
func importFile(ctx context.Context, s *data.Store, raw []byte, now time.Time) ([]data.MailOutcome, error) {
	msgs, err := FileMessages(raw)
	if err != nil {
		return nil, err
	}
	return ImportMessages(ctx, s, msgs, now, nil)
}

// importOne imports a file that holds one message.
func importOne(t *testing.T, ctx context.Context, s *data.Store, raw []byte, now time.Time) (data.MailOutcome, error) {
	t.Helper()
	out, err := importFile(ctx, s, raw, now)
	if err != nil {
		return data.MailOutcome{}, err
	}
	if len(out) != 1 {
		t.Fatalf("one message imported as %d: %+v", len(out), out)
	}
	return out[0], nil
}

// Every message of the real-world corpus is taken as a message, none refused as no mail.
func TestImportFileTakesEveryCorpusMessage(t *testing.T) {
	s := openStore(t)
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, s.Calendar().Location())
	for _, e := range loadCorpus(t) {
		raw, err := os.ReadFile(filepath.Join(corpusDir(), e.File))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := importOne(t, context.Background(), s, raw, now); err != nil {
			t.Errorf("%s: %v", e.File, err)
		}
	}
}

// outlookFile is a file the decode package's tests write.
func outlookFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("decode", "testdata", "outlook", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A complaint saved from Outlook (.msg) is stored as the message it stands for: a complaint
// received when it was sent, its files with it, kept and saved as .eml; the same file twice is
// stored once. A Word document is no message, a damaged .msg says so, and neither stores
// anything.
func TestImportOutlookFile(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, s.Calendar().Location())
	msg := outlookFile(t, "complaint.msg")
	saved, err := ReadMailFile(filepath.Join("decode", "testdata", "outlook", "complaint.msg"))
	if err != nil {
		t.Fatal(err)
	}
	outs, err := ImportMessages(ctx, s, saved, now, nil)
	if err != nil || len(outs) != 1 || outs[0].State != data.MailComplaint || outs[0].Duplicate {
		t.Fatalf("complaint.msg: %+v, %v", outs, err)
	}
	out := outs[0]
	c, err := s.Complaint(ctx, out.ComplaintRef)
	if err != nil {
		t.Fatal(err)
	}
	sent := time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)
	if c.Subject != "关于三号楼电梯故障的投诉" || c.Complainant.Name != "张三" || c.Complainant.Email != "zhangsan@example.cn" || !c.ReceivedAt.Equal(sent) {
		t.Errorf("complaint %q from %q <%s>, received %v", c.Subject, c.Complainant.Name, c.Complainant.Email, c.ReceivedAt)
	}
	m, err := s.Message(ctx, out.ID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range m.Attachments {
		names = append(names, a.Filename)
	}
	if fmt.Sprint(names) != "[电梯照片.jpg image001.png 停水通知.eml]" {
		t.Errorf("files %q", names)
	}
	raw, err := s.RawMessage(ctx, out.ID)
	if err != nil || !bytes.HasPrefix(raw, []byte("From: ")) {
		t.Errorf("kept as %.40q, %v: not as an internet message", raw, err)
	}
	// The file itself is kept beside it, as it was saved.
	if name, orig, err := s.MailOriginal(ctx, out.ID); err != nil || name != "complaint.msg" || !bytes.Equal(orig, msg) || m.OriginalName != "complaint.msg" {
		t.Errorf("the original %q (%d bytes, %v), listed as %q", name, len(orig), err, m.OriginalName)
	}
	if again, err := importOne(t, ctx, s, msg, now.Add(time.Hour)); err != nil || !again.Duplicate || again.ID != out.ID {
		t.Errorf("complaint.msg again: %+v, %v", again, err)
	}

	before, _ := s.Messages(ctx, data.MessageFilter{})
	if _, err := importOne(t, ctx, s, outlookFile(t, "document.doc"), now); !errors.Is(err, ErrNotMail) {
		t.Errorf("a Word document: %v", err)
	}
	if _, err := importOne(t, ctx, s, msg[:len(msg)/2], now); !errors.Is(err, ErrBrokenOutlook) {
		t.Errorf("half a .msg: %v", err)
	}
	if after, _ := s.Messages(ctx, data.MessageFilter{}); len(after) != len(before) {
		t.Errorf("a refused file was stored: %d messages, were %d", len(after), len(before))
	}
}

// A mailbox file (a folder exported as mbox) is every message it holds, each stored as a
// message saved alone is, the same message twice stored once; a line of text that began with
// "From " reads as written, and does not start a message.
func TestImportMailboxFile(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, s.Calendar().Location())
	mbox := "From - Mon Nov 16 09:00:00 2026\r\n" +
		"From: 王芳 <wangfang@example.cn>\r\nSubject: =?UTF-8?B?55S15qKv5pWF6Zqc?=\r\nDate: Mon, 16 Nov 2026 09:00:00 +0800\r\n" +
		"Message-ID: <mbox-1@example.cn>\r\n\r\n三号楼电梯坏了。\r\n\r\n>From the third floor, it is loud.\r\n" +
		"From the lobby too\r\n\r\n" +
		"From MAILER-DAEMON Mon Nov 16 10:00:00 2026\r\n" +
		"From: Mail Delivery System <MAILER-DAEMON@example.cn>\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
		"Auto-Submitted: auto-replied\r\nMessage-ID: <bounce-1@example.cn>\r\n\r\nThe mail could not be delivered.\r\n\r\n" +
		"From wangfang@example.cn Mon Nov 16 09:00:00 2026\r\n" +
		"From: 王芳 <wangfang@example.cn>\r\nSubject: =?UTF-8?B?55S15qKv5pWF6Zqc?=\r\nDate: Mon, 16 Nov 2026 09:00:00 +0800\r\n" +
		"Message-ID: <mbox-1@example.cn>\r\n\r\n三号楼电梯坏了。\r\n"
	out, err := importFile(ctx, s, []byte(mbox), now)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 3 || out[0].State != data.MailComplaint || out[1].State != data.MailAuto || !out[2].Duplicate || out[2].ID != out[0].ID {
		t.Fatalf("outcomes %+v", out)
	}
	if sum := Tally(out); sum.New != 3 || sum.Complaints != 1 || sum.Auto != 1 || sum.Duplicates != 1 {
		t.Errorf("tally %+v", sum)
	}
	m, err := s.Message(ctx, out[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := "三号楼电梯坏了。\n\nFrom the third floor, it is loud.\nFrom the lobby too"; m.Text != want {
		t.Errorf("text %q, want %q", m.Text, want)
	}
	if want := time.Date(2026, 11, 16, 1, 0, 0, 0, time.UTC); !m.ReceivedAt.Equal(want) {
		t.Errorf("received %v, want %v", m.ReceivedAt, want)
	}
	// A message that kept its own "From " line below the mailbox's is still a message.
	twice := "From - Mon Nov 16 09:00:00 2026\nFrom x@example.cn Mon Nov 16 09:00:00 2026\nFrom: x@example.cn\n\none\n\n" +
		"From - Mon Nov 16 09:00:00 2026\nFrom: y@example.cn\n\ntwo\n"
	if got := splitMbox([]byte(twice)); len(got) != 2 || string(got[0]) != "From: x@example.cn\n\none\n" {
		t.Errorf("split as %q", got)
	}
	// A patch or a message attached to a message of the mailbox, with "From " lines of its own,
	// stays in it.
	attached := "From - Mon Nov 16 09:00:00 2026\nFrom: a@example.cn\nSubject: patch\nContent-Type: multipart/mixed; boundary=\"p\"\n\n" +
		"--p\nContent-Type: text/plain\n\nsee the patch\n--p\nContent-Type: text/x-diff; name=\"0001-fix.patch\"\n\n" +
		"From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001\nFrom: b@example.cn\nSubject: [PATCH] fix\n\n" +
		"From a@example.cn Mon Nov 16 09:00:00 2026\nFrom: c@example.cn\n\nquoted mail\n--p--\n\n" +
		"From - Mon Nov 16 10:00:00 2026\nFrom: d@example.cn\nSubject: next\n\nhello\n"
	if got := splitMbox([]byte(attached)); len(got) != 2 || !strings.Contains(string(got[0]), "quoted mail\n--p--") ||
		!strings.HasPrefix(string(got[1]), "From: d@example.cn") {
		t.Errorf("a mailbox with a patch attached split as %q", got)
	}
	// "From : name" is a header field written with a space before its colon, which RFC 5322's
	// obsolete syntax allows: a message, no mailbox.
	if got := splitMbox([]byte("From : 赵六 <zhaoliu@126.com>\nSubject: x\n\nhello\n")); got != nil {
		t.Errorf("a message whose header starts \"From :\" split as %q", got)
	}
	// A multipart never closed ends at the next "From " line, as any message does.
	open := "From - x\nFrom: a@example.cn\nContent-Type: multipart/mixed; boundary=q\n\n--q\n\ncut short\n\n" +
		"From - y\nFrom: b@example.cn\n\nnext\n"
	if got := splitMbox([]byte(open)); len(got) != 2 {
		t.Errorf("a multipart never closed: %q", got)
	}
	// One message with its "From " line, as some programs save one and as a folder of one
	// message is exported, is that message: the same as its .eml, so stored once, and its
	// quoted lines as written.
	eml := "From: x@example.cn\nSubject: one\n\nhello\n>From the hall\n"
	one, err := importOne(t, ctx, s, []byte("From x@example.cn Mon Nov 16 09:00:00 2026\n"+strings.Replace(eml, ">From", ">>From", 1)), now)
	if err != nil || one.State != data.MailComplaint {
		t.Fatalf("a message with its From line: %+v, %v", one, err)
	}
	if m, err := s.Message(ctx, one.ID); err != nil || m.Text != "hello\n>From the hall" {
		t.Errorf("text %q, %v", m.Text, err)
	}
	if again, err := importOne(t, ctx, s, []byte(eml), now); err != nil || !again.Duplicate || again.ID != one.ID {
		t.Errorf("the same message as an .eml: %+v, %v", again, err)
	}
}

// A mailbox file's messages are its bytes: split anyhow, nothing is lost or added, and a file
// that ends in "From " lines is no trap.
func FuzzSplitMbox(f *testing.F) {
	f.Add([]byte("From a\nFrom: x\n\nbody\n>From here\n\nFrom b\nFrom c"))
	f.Add([]byte("From a\nFrom: x\n\nbody\n\nFrom b\nFrom: y\n\n"))
	f.Add([]byte("From - Mon Nov 16 09:00:00 2026\r\nFrom: a@example.cn\r\n\r\nhello\r\n\r\nFrom - x\r\nSubject: b\r\n\r\n"))
	f.Add([]byte("From - x\nContent-Type: multipart/mixed; boundary=p\n\n--p\n\nFrom y\nFrom: z\n\n--p--\n\nFrom - w\nFrom: v\n\n"))
	f.Add([]byte("12\nFrom: a\n\nhi\n<?xml?>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var n int
		for _, m := range splitMbox(raw) {
			n += len(m)
			if len(bytes.TrimSpace(m)) == 0 {
				t.Errorf("an empty message of %q", raw)
			}
		}
		if n > len(raw) {
			t.Errorf("%d bytes of messages from a file of %d", n, len(raw))
		}
		if m, ok := emlx(raw); ok && len(m) >= len(raw) {
			t.Errorf("an .emlx message of %d bytes from a file of %d", len(m), len(raw))
		}
	})
}

// A long import says, after each transaction, how many of its messages are stored.
func TestImportMessagesTellsItsProgress(t *testing.T) {
	s := openStore(t)
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, s.Calendar().Location())
	var msgs []SavedMessage
	for i := range 2*fileBatch + 3 {
		msgs = append(msgs, SavedMessage{Raw: fmt.Appendf(nil, "From: a%d@example.cn\r\nSubject: 电梯故障 %d\r\nMessage-ID: <p%d@example.cn>\r\n\r\n电梯坏了。\r\n", i, i, i)})
	}
	var told []string
	out, err := ImportMessages(context.Background(), s, msgs, now, func(done, total int) { told = append(told, fmt.Sprint(done, "/", total)) })
	if err != nil || len(out) != len(msgs) {
		t.Fatalf("%d outcomes, %v", len(out), err)
	}
	if want := fmt.Sprint([]string{"50/103", "100/103", "103/103"}); fmt.Sprint(told) != want {
		t.Errorf("progress %v, want %v", told, want)
	}
}

// A message Apple Mail saved (.emlx) is the message its first line counts, without the list of
// properties after it.
func TestImportAppleMailFile(t *testing.T) {
	s := openStore(t)
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, s.Calendar().Location())
	msg := "From: 王芳 <wangfang@example.cn>\nSubject: =?UTF-8?B?55S15qKv5pWF6Zqc?=\nMessage-ID: <emlx-1@example.cn>\n\n三号楼电梯坏了。\n"
	plist := `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict><key>date-received</key><integer>1698393810</integer><key>flags</key><integer>8623685697</integer></dict></plist>
`
	file := fmt.Sprintf("%d      \n%s%s", len(msg), msg, plist)
	out, err := importOne(t, context.Background(), s, []byte(file), now)
	if err != nil || out.State != data.MailComplaint {
		t.Fatalf("an .emlx file: %+v, %v", out, err)
	}
	m, err := s.Message(context.Background(), out.ID)
	if err != nil || m.Text != "三号楼电梯坏了。" || m.Subject != "电梯故障" {
		t.Errorf("the message %+v, %v", m, err)
	}
	// The same message as an .eml is the same message.
	if again, err := importOne(t, context.Background(), s, []byte(msg), now); err != nil || !again.Duplicate {
		t.Errorf("as an .eml: %+v, %v", again, err)
	}
	// A count that does not fit is no .emlx: the file is what it is.
	if _, err := FileMessages([]byte("99999\nnot a message\n")); !errors.Is(err, ErrNotMail) {
		t.Errorf("a count too large: %v", err)
	}
}

// A message saved from Windows' Notepad: with a byte order mark before it, or as "Unicode"
// (UTF-16, either byte order); the file as saved is kept beside it.
func TestImportNotepadFile(t *testing.T) {
	msg := "From: =?UTF-8?B?5byg5LiJ?= <zs@qq.example>\r\nSubject: =?UTF-8?B?55S15qKv?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n电梯坏了\r\n"
	u16 := func(order binary.AppendByteOrder, bom uint16) []byte {
		b := order.AppendUint16(nil, bom)
		for _, r := range utf16.Encode([]rune(msg)) {
			b = order.AppendUint16(b, r)
		}
		return b
	}
	for name, file := range map[string][]byte{"UTF-8 with a byte order mark": append([]byte("\uFEFF"), msg...),
		"UTF-16LE": u16(binary.LittleEndian, 0xFEFF), "UTF-16BE": u16(binary.BigEndian, 0xFEFF)} {
		msgs, err := FileMessages(file)
		if err != nil || len(msgs) != 1 {
			t.Errorf("%s: %d messages, %v", name, len(msgs), err)
			continue
		}
		m := Parse(msgs[0].Raw, time.Time{})
		if m.FromName != "张三" || m.FromEmail != "zs@qq.example" || m.Subject != "电梯" || m.Text != "电梯坏了" {
			t.Errorf("%s: from %s <%s>, subject %q, text %q", name, m.FromName, m.FromEmail, m.Subject, m.Text)
		}
		if keep := !strings.HasPrefix(name, "UTF-8"); keep != bytes.Equal(msgs[0].Original, file) {
			t.Errorf("%s: the file kept beside it: %v", name, msgs[0].Original != nil)
		}
	}
}

// A mailbox exported as a tree of folders is imported whole, one file at a time: the files of
// the folders inside it too (not hidden ones), a file that is no mail left out with why, the
// progress told in bytes of the files.
func TestImportFolder(t *testing.T) {
	s := openStore(t)
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, s.Calendar().Location())
	dir := t.TempDir()
	files := map[string]string{
		"收件箱/a.eml":          "From: a@example.cn\nSubject: 电梯故障\nMessage-ID: <tree-a@example.cn>\n\n电梯坏了。\n",
		"收件箱/2026年11月/b.eml": "From: b@example.cn\nSubject: 停水\nMessage-ID: <tree-b@example.cn>\n\n停水了。\n",
		"收件箱/便条.eml":         "只是一段文字，没有信头。",
		"已发送.mbox": "From - Mon Nov 16 09:00:00 2026\nFrom: c@example.cn\nSubject: one\nMessage-ID: <tree-c@example.cn>\n\nhello\n\n" +
			"From - Mon Nov 16 09:00:00 2026\nFrom: d@example.cn\nSubject: two\nMessage-ID: <tree-d@example.cn>\n\nhello\n",
		".Trash/c.eml": "From: e@example.cn\nSubject: spam\nMessage-ID: <tree-e@example.cn>\n\nbuy\n",
		"照片.jpg":       "\xff\xd8\xff",
	}
	var total int64
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		if mailFileExts[filepath.Ext(name)] && !strings.HasPrefix(name, ".") {
			total += int64(len(body))
		}
	}
	var told []int64
	got, err := ImportFolder(context.Background(), s, dir, now, func(done, of int64) {
		if of != total || len(told) > 0 && done < told[len(told)-1] {
			t.Errorf("progress %d of %d after %v; the files are %d bytes", done, of, told, total)
		}
		told = append(told, done)
	})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, f := range got {
		line := filepath.ToSlash(f.Path) + ":"
		for _, o := range f.Outcomes {
			line += " " + string(o.State)
		}
		if f.Err != nil {
			line += " " + f.Err.Error()
		}
		lines = append(lines, line)
	}
	want := []string{"已发送.mbox: complaint complaint", "收件箱/2026年11月/b.eml: complaint", "收件箱/a.eml: complaint",
		"收件箱/便条.eml: " + ErrNotMail.Error()}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("imported\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if len(told) != 4 || told[3] != total {
		t.Errorf("progress %v of %d: after each file, to the end", told, total)
	}
	if _, err := ImportFolder(context.Background(), s, filepath.Join(dir, "无此文件夹"), now, nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a folder that is not there: %v", err)
	}
}

// A reply saved under a name that sorts before the original's ("回复：电梯故障.eml") is read after
// it, in the order the messages were sent, and joins its case.
func TestImportFolderInTheOrderMailWasSent(t *testing.T) {
	s := openStore(t)
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, s.Calendar().Location())
	dir := t.TempDir()
	for name, body := range map[string]string{
		"回复：电梯故障.eml": "From: wang@example.cn\nSubject: 回复：电梯故障\nDate: Fri, 20 Nov 2026 09:00:00 +0800\n" +
			"Message-ID: <r@example.cn>\nIn-Reply-To: <o@example.cn>\n\n还是没修。\n",
		"电梯故障.eml": "From: wang@example.cn\nSubject: 电梯故障\nDate: Mon, 16 Nov 2026 09:00:00 +0800\nMessage-ID: <o@example.cn>\n\n电梯坏了。\n",
		"便条.eml":   "From: li@example.cn\nSubject: 没有日期\nMessage-ID: <n@example.cn>\n\n停水了。\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ImportFolder(context.Background(), s, dir, now, nil)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, f := range got {
		lines = append(lines, f.Path+": "+string(f.Outcomes[0].State)+" "+f.Outcomes[0].ComplaintRef)
	}
	want := "电梯故障.eml: complaint TS-2026-000001\n回复：电梯故障.eml: reply TS-2026-000001\n便条.eml: complaint TS-2026-000002"
	if strings.Join(lines, "\n") != want {
		t.Errorf("imported\n%s\nwant\n%s", strings.Join(lines, "\n"), want)
	}
}

// A folder of links to mail files (a clerk's shortcuts to a shared archive) holds those files; a
// link to a folder is not followed.
func TestMailFilesInFollowsLinksToFiles(t *testing.T) {
	archive, dir := t.TempDir(), t.TempDir()
	target := filepath.Join(archive, "电梯故障.eml")
	if err := os.WriteFile(target, []byte("From: wang@example.cn\nSubject: 电梯故障\n\n电梯坏了。\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "电梯故障.eml")); err != nil {
		t.Skip("links cannot be made here:", err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "loop.eml")); err != nil {
		t.Fatal(err)
	}
	got, err := MailFilesIn(dir)
	if err != nil || len(got) != 1 || filepath.Base(got[0]) != "电梯故障.eml" {
		t.Errorf("files %q (%v), want the linked one", got, err)
	}
}
