package mailintake

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

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
	out, err := ImportFile(ctx, s, read("050.eml"), now)
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
	if l, err := ImportFile(ctx, s, late, now); err != nil || l.State != data.MailComplaint {
		t.Fatalf("a week late: %+v, %v", l, err)
	} else if c, _ := s.Complaint(ctx, l.ComplaintRef); c == nil || !c.ReceivedAt.Equal(week) {
		t.Errorf("a week late, received %v, want %v", c.ReceivedAt, week)
	}
	if again, err := ImportFile(ctx, s, read("050.eml"), now.Add(time.Hour)); err != nil || !again.Duplicate || again.ID != out.ID {
		t.Errorf("050.eml again: %+v, %v", again, err)
	}
	if bounce, err := ImportFile(ctx, s, read("033.eml"), now); err != nil || bounce.State != data.MailAuto {
		t.Errorf("033.eml (a bounce): %+v, %v", bounce, err)
	}
	// Dated ahead of the office's clock, it counts as received now.
	future := []byte("From: 王芳 <wangfang@example.cn>\r\nSubject: =?UTF-8?B?55S15qKv5pWF6Zqc?=\r\n" +
		"Date: Mon, 1 Jan 2035 10:00:00 +0800\r\nMessage-ID: <future@example.cn>\r\n\r\nelevator\r\n")
	if f, err := ImportFile(ctx, s, future, now); err != nil || f.State != data.MailComplaint {
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
		if _, err := ImportFile(ctx, s, junk, now); !errors.Is(err, ErrNotMail) {
			t.Errorf("%.8q: %v", junk, err)
		}
	}
	if after, _ := s.Messages(ctx, data.MessageFilter{}); len(after) != len(before) {
		t.Errorf("a refused file was stored: %d messages, were %d", len(after), len(before))
	}
	// Over the size limit, a message is kept as received, unread, for the clerk.
	huge := append([]byte("From: 李雷 <lilei@example.cn>\r\nSubject: video\r\nMessage-ID: <huge@example.cn>\r\n\r\n"),
		bytes.Repeat([]byte("A"), data.DefaultMailMaxSize+1)...)
	if h, err := ImportFile(ctx, s, huge, now); err != nil || h.State != data.MailFailed {
		t.Errorf("a message over the limit: %+v, %v", h, err)
	}
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
		if _, err := ImportFile(context.Background(), s, raw, now); err != nil {
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
	out, err := ImportFile(ctx, s, msg, now)
	if err != nil || out.State != data.MailComplaint || out.Duplicate {
		t.Fatalf("complaint.msg: %+v, %v", out, err)
	}
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
	if again, err := ImportFile(ctx, s, msg, now.Add(time.Hour)); err != nil || !again.Duplicate || again.ID != out.ID {
		t.Errorf("complaint.msg again: %+v, %v", again, err)
	}

	before, _ := s.Messages(ctx, data.MessageFilter{})
	if _, err := ImportFile(ctx, s, outlookFile(t, "document.doc"), now); !errors.Is(err, ErrNotMail) {
		t.Errorf("a Word document: %v", err)
	}
	if _, err := ImportFile(ctx, s, msg[:len(msg)/2], now); !errors.Is(err, ErrBrokenOutlook) {
		t.Errorf("half a .msg: %v", err)
	}
	if after, _ := s.Messages(ctx, data.MessageFilter{}); len(after) != len(before) {
		t.Errorf("a refused file was stored: %d messages, were %d", len(after), len(before))
	}
}
