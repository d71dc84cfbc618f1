package mailintake

import (
	"bytes"
	"context"
	"crypto/sha256"
	"mime"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"complaintdesk/data"
)

func normalizedSum(b []byte) [32]byte {
	// IMAP serves CRLF line ends (the files have LF, CRLF or both), and Dovecot sends NUL bytes,
	// which IMAP text may not carry, as 0x80.
	b = bytes.ReplaceAll(b, []byte("\r"), nil)
	return sha256.Sum256(bytes.ReplaceAll(b, []byte{0}, []byte{0x80}))
}

// storedAsInbound rebuilds the decoded view of a stored message, attachments' bytes included.
func storedAsInbound(t *testing.T, store *data.Store, m *data.MailMessage) data.InboundMail {
	t.Helper()
	in := data.InboundMail{FromName: m.FromName, FromEmail: m.FromEmail, Subject: m.Subject, Text: m.Text,
		Auto: m.AutoReply, AutoReason: m.AutoReason}
	for _, a := range m.Attachments {
		b, err := store.Blob(context.Background(), a.SHA256)
		if err != nil {
			t.Fatal(err)
		}
		in.Attachments = append(in.Attachments, data.InboundAttachment{Filename: a.Filename, ContentType: a.ContentType, Data: b})
	}
	return in
}

func allMessages(t testing.TB, store *data.Store) []*data.MailMessage {
	t.Helper()
	msgs, err := store.Messages(context.Background(), data.MessageFilter{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	return msgs
}

func mustSync(t testing.TB, store *data.Store, acct *data.MailAccount) Summary {
	t.Helper()
	sum, err := Sync(context.Background(), store, acct, Options{BatchSize: 10})
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	return sum
}

// TestImportCorpusOverIMAP delivers the real-world messages (the 41 of testdata/mail, or the
// folder MAIL_CORPUS names) to Dovecot, imports them through IMAP and checks every decoded
// field, what each became, and that a second pass is a no-op.
func TestImportCorpusOverIMAP(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	corpus := loadCorpus(t)
	byHash := map[[32]byte]expected{}
	now := time.Now()
	for i, e := range corpus {
		raw, err := os.ReadFile(filepath.Join(corpusDir(), e.File))
		if err != nil {
			t.Fatal(err)
		}
		byHash[normalizedSum(raw)] = e
		mb.deliver(t, raw, now.Add(-time.Duration(len(corpus)-i)*time.Minute))
	}
	acct := mb.account(t, store, nil)
	sum := mustSync(t, store, acct)
	if sum.New != len(corpus) || sum.Stored != len(corpus) {
		t.Fatalf("first pass: %s, want %d stored", sum, len(corpus))
	}
	msgs := allMessages(t, store)
	if len(msgs) != len(corpus) {
		t.Fatalf("%d messages stored, want %d", len(msgs), len(corpus))
	}
	complaints := 0
	for _, m := range msgs {
		raw, err := store.RawMessage(context.Background(), m.ID)
		if err != nil {
			t.Fatal(err)
		}
		e, ok := byHash[normalizedSum(raw)]
		if !ok {
			t.Fatalf("message uid %d is none of the corpus files", m.UID)
		}
		delete(byHash, normalizedSum(raw))
		t.Run(e.File, func(t *testing.T) {
			checkMail(t, e, storedAsInbound(t, store, m))
			switch {
			case m.AutoReply && m.State != data.MailAuto:
				t.Errorf("automatic mail became %s", m.State)
			case !m.AutoReply && m.FromEmail != "" && m.State != data.MailComplaint:
				t.Errorf("state %s (%s), want complaint", m.State, m.Error)
			case m.FromEmail == "" && (m.State != data.MailFailed || m.Error == ""):
				t.Errorf("message without sender: state %s, error %q", m.State, m.Error)
			}
			if m.State == data.MailComplaint {
				if m.ComplaintRef == "" {
					t.Fatal("no complaint linked")
				}
				c, err := store.Complaint(context.Background(), m.ComplaintRef)
				if err != nil {
					t.Fatal(err)
				}
				if c.Channel != data.ChannelEmail || c.Status != data.StatusRegistered {
					t.Errorf("complaint %s: channel %s status %s", c.Ref, c.Channel, c.Status)
				}
				if !strings.EqualFold(c.Complainant.Email, m.FromEmail) && data.CheckEmail(m.FromEmail) == nil {
					t.Errorf("complainant email %q, want %q", c.Complainant.Email, m.FromEmail)
				}
			}
		})
		if m.State == data.MailComplaint {
			complaints++
		}
	}
	if sum.Complaints != complaints || sum.Auto+sum.Complaints+sum.Failed != len(corpus) {
		t.Errorf("summary %s does not match %d complaints stored", sum, complaints)
	}
	again := mustSync(t, store, acct)
	if again.New != 0 || again.Stored != 0 {
		t.Errorf("second pass imported again: %s", again)
	}
	if n := len(allMessages(t, store)); n != len(corpus) {
		t.Errorf("%d messages after the second pass, want %d", n, len(corpus))
	}
}

// A complainant's reply registered as a complaint is made of what they write now: its subject
// without "回复：" and the case number, its words without the letter they answer.
func TestReplyRegisteredInItsOwnWords(t *testing.T) {
	store := openStore(t)
	ctx := context.Background()
	first := Parse([]byte("From: 王 <wang@example.cn>\r\nSubject: =?UTF-8?B?55S15qKv5Z2P5LqG?=\r\nMessage-ID: <w1@example.cn>\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n\r\n电梯坏了。\r\n"), time.Now())
	first.UID = 1
	out, err := store.ImportMail(ctx, data.MailBatch{Messages: []data.InboundMail{first}})
	if err != nil {
		t.Fatal(err)
	}
	ref := out[0].ComplaintRef
	reply := Parse([]byte("From: 王 <wang@example.cn>\r\nSubject: "+mime.BEncoding.Encode("utf-8", "回复：["+ref+"] 电梯坏了")+
		"\r\nMessage-ID: <w2@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n门禁也坏了。\r\n\r\n"+
		"------------------ 原始邮件 ------------------\r\n发件人: 物业 <desk@example.cn>\r\n主题: 电梯坏了\r\n\r\n已安排维修。\r\n"), time.Now())
	reply.UID = 2
	if out, err = store.ImportMail(ctx, data.MailBatch{Messages: []data.InboundMail{reply}}); err != nil || out[0].State != data.MailReply {
		t.Fatalf("reply: %+v %v", out, err)
	}
	o, err := Register(ctx, store, out[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	c, err := store.Complaint(ctx, o.ComplaintRef)
	if err != nil || c.Subject != "电梯坏了" || c.Description != "门禁也坏了。" {
		t.Errorf("registered: %q / %q %v", c.Subject, c.Description, err)
	}
}
