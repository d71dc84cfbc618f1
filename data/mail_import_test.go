package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"
)

func inboundMail(uid uint32, from string, auto bool) InboundMail {
	received := time.Date(2026, 11, 23, 9, 0, 0, 0, officeTZ)
	subject := fmt.Sprintf("三号楼电梯故障 %d", uid)
	return InboundMail{UID: uid, ReceivedAt: received, MessageID: fmt.Sprintf("m%d@example.cn", uid),
		Raw:      []byte(fmt.Sprintf("From: %s\r\nSubject: %s\r\n\r\n电梯又停了。\r\n", from, subject)),
		FromName: "业主", FromEmail: from, Subject: subject, Text: "电梯又停了。", Date: &received, Auto: auto}
}

func count(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.r.QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportMailStoresEachMessageOnce(t *testing.T) {
	tests := []struct {
		name       string
		refsUsedUp bool // the year's reference numbers are exhausted: no complaint can be opened
		cancelled  bool
		want       []MailState
		complaints int
		problem    string
	}{
		{name: "new mail opens complaints, automatic mail does not",
			want: []MailState{MailComplaint, MailComplaint, MailAuto}, complaints: 2},
		{name: "a complaint that cannot be opened leaves its message failed and the rest stored",
			refsUsedUp: true, want: []MailState{MailFailed, MailFailed, MailAuto}, problem: "used up"},
		{name: "a cancelled import stores nothing", cancelled: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := MustOpen(t)
			ctx := context.Background()
			acct, err := s.SaveMailAccount(ctx, MailAccount{Host: "127.0.0.1", Security: SecurityNone, Username: "clerk"})
			if err != nil {
				t.Fatal(err)
			}
			if tc.refsUsedUp {
				if _, err := s.w.Exec(`INSERT INTO ref_counters (year, last) VALUES (2026, ?)`, maxRefPerYear); err != nil {
					t.Fatal(err)
				}
			}
			batch := MailBatch{AccountID: acct.ID, Folder: acct.Folder, UIDValidity: 7, LastUID: 3,
				Messages: []InboundMail{inboundMail(1, "a@example.cn", false), inboundMail(2, "b@example.cn", false),
					inboundMail(3, "mailer-daemon@example.cn", true)}}
			importCtx := ctx
			if tc.cancelled {
				c, cancel := context.WithCancel(ctx)
				cancel()
				importCtx = c
			}
			out, err := s.ImportMail(importCtx, batch)
			if tc.cancelled {
				if err == nil {
					t.Fatal("a cancelled import succeeded")
				}
				if n := count(t, s, "mail_messages"); n != 0 {
					t.Errorf("%d messages stored by a cancelled import", n)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(out) != len(tc.want) {
				t.Fatalf("%d outcomes, want %d", len(out), len(tc.want))
			}
			for i, o := range out {
				if o.State != tc.want[i] || o.Duplicate {
					t.Errorf("message %d: %s (duplicate %v), want %s", i+1, o.State, o.Duplicate, tc.want[i])
				}
				if o.State == MailFailed && !strings.Contains(o.Problem, tc.problem) {
					t.Errorf("message %d: problem %q, want it to say %q", i+1, o.Problem, tc.problem)
				}
			}
			// A message that failed must leave nothing of its half-opened complaint behind.
			if got := count(t, s, "complaints"); got != tc.complaints {
				t.Errorf("%d complaints, want %d", got, tc.complaints)
			}
			if got := count(t, s, "complainants"); got != tc.complaints {
				t.Errorf("%d complainants, want %d", got, tc.complaints)
			}
			// Complaints opened by mail are found by the clerk's search, on two characters too
			// (the subject's and text's pairs are worked out ahead of the write).
			for q, want := range map[string]int{"电梯": tc.complaints, "停了": tc.complaints, "三号楼电梯": tc.complaints,
				"a@example.cn": min(tc.complaints, 1), "业主": tc.complaints} {
				if n, err := s.Count(ctx, ListFilter{Query: q}); err != nil || n != want {
					t.Errorf("search %q: %d, %v; want %d", q, n, err, want)
				}
			}
			st, err := s.MailSyncState(ctx, acct.ID, acct.Folder)
			if err != nil || st == nil || st.UIDValidity != 7 || st.LastUID != 3 {
				t.Fatalf("sync state %+v, %v: want the batch's position stored with it", st, err)
			}

			again, err := s.ImportMail(ctx, batch)
			if err != nil {
				t.Fatal(err)
			}
			for i, o := range again {
				if !o.Duplicate || o.ID != out[i].ID {
					t.Errorf("second import of message %d: %+v, want the stored message %d", i+1, o, out[i].ID)
				}
			}
			if n := count(t, s, "mail_messages"); n != len(batch.Messages) {
				t.Errorf("%d messages after importing twice, want %d", n, len(batch.Messages))
			}
		})
	}
}

// On a full disk a batch is stored not at all, with an error that says so, and the folder
// position stays where it was: the next pass imports every message once.
func TestImportMailOnAFullDiskLosesNothing(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	acct, err := s.SaveMailAccount(ctx, MailAccount{Host: "127.0.0.1", Security: SecurityNone, Username: "clerk"})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []InboundMail
	for uid := uint32(1); uid <= 20; uid++ {
		m := inboundMail(uid, fmt.Sprintf("owner%d@example.cn", uid), false)
		m.Attachments = []InboundAttachment{{Filename: "photo.jpg", ContentType: "image/jpeg",
			Data: []byte(strings.Repeat(fmt.Sprint(uid), 40_000))}}
		msgs = append(msgs, m)
	}
	batch := MailBatch{AccountID: acct.ID, Folder: acct.Folder, UIDValidity: 9, LastUID: 20, AfterImport: AfterSeen, Messages: msgs}
	var pages int
	if err := s.w.QueryRow(`PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec(fmt.Sprintf(`PRAGMA max_page_count = %d`, pages+20)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ImportMail(ctx, batch); !errors.Is(err, ErrDiskFull) {
		t.Fatalf("import on a full disk: %v", err)
	}
	for _, table := range []string{"mail_messages", "complaints", "mail_attachments", "evidence"} {
		if n := count(t, s, table); n != 0 {
			t.Errorf("%d rows in %s after the failed import", n, table)
		}
	}
	if st, err := s.MailSyncState(ctx, acct.ID, acct.Folder); err != nil || st != nil {
		t.Fatalf("the folder position moved: %+v, %v", st, err)
	}
	if _, err := s.w.Exec(`PRAGMA max_page_count = 1073741823`); err != nil {
		t.Fatal(err)
	}
	out, err := s.ImportMail(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range out {
		if o.Duplicate || o.State != MailComplaint {
			t.Errorf("after space was freed: %+v", o)
		}
	}
	if n := count(t, s, "mail_messages"); n != len(msgs) {
		t.Errorf("%d messages stored, want %d", n, len(msgs))
	}
	if uids, _ := s.PendingServerActions(ctx, acct.ID, acct.Folder, 9); len(uids) != len(msgs) {
		t.Errorf("%d messages waiting to be marked on the server, want %d", len(uids), len(msgs))
	}
}

// Migrations 0005, 0006, 0015 and 0021 on the state table as 0002 made it.
func TestMailCheckStatusMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	good, err := s.SaveMailAccount(ctx, MailAccount{Name: "good", Host: "127.0.0.1", Security: SecurityNone, Username: "a"})
	if err != nil {
		t.Fatal(err)
	}
	bad, err := s.SaveMailAccount(ctx, MailAccount{Name: "bad", Host: "127.0.0.1", Security: SecurityNone, Username: "b"})
	if err != nil {
		t.Fatal(err)
	}
	// The state table as migration 0002 made it, with a check that went well and one that failed.
	for _, q := range []string{
		`DROP TABLE mail_sync_state`,
		`CREATE TABLE mail_sync_state (account_id INTEGER NOT NULL REFERENCES mail_accounts (id), folder TEXT NOT NULL,
			uid_validity INTEGER NOT NULL, last_uid INTEGER NOT NULL, synced_at INTEGER,
			last_error TEXT NOT NULL DEFAULT '', PRIMARY KEY (account_id, folder))`,
		fmt.Sprintf(`INSERT INTO mail_sync_state VALUES (%d, 'INBOX', 7, 42, 1700000000, '')`, good.ID),
		fmt.Sprintf(`INSERT INTO mail_sync_state VALUES (%d, 'INBOX', 7, 9, 1700000500, 'the mail server rejected it')`, bad.ID),
		`DELETE FROM schema_migrations WHERE version IN ('0005_mail_check_status.sql', '0006_mail_scanned_since.sql', '0015_mail_error_server.sql', '0021_mail_sync_stored.sql')`,
	} {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.MailSyncState(ctx, good.ID, "INBOX")
	if err != nil || st.LastUID != 42 || st.OKAt == nil || st.OKAt.Unix() != 1700000000 || st.LastError != "" {
		t.Errorf("a good check after the upgrade: %+v %v", st, err)
	}
	if st != nil && !st.ScannedSince.Equal(good.Since) {
		t.Errorf("the folder was scanned from %v after the upgrade, want the account's start date %v", st.ScannedSince, good.Since)
	}
	st, err = s.MailSyncState(ctx, bad.ID, "INBOX")
	if err != nil || st.LastUID != 9 || st.OKAt != nil || st.LastError == "" || st.ErrorStep != "" {
		t.Errorf("a failed check after the upgrade: %+v %v", st, err)
	}
}

// A bounce or receipt is joined to the case of the message it returns; other mail carrying a
// message (a forwarded one) is not.
func TestReturnedMailJoinsItsCase(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	first := inboundMail(1, "owner@example.cn", false)
	first.MessageID = "complaint-9@example.cn"
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{first}})
	if err != nil || out[0].State != MailComplaint {
		t.Fatal(out, err)
	}
	firstRef := out[0].ComplaintRef
	other := mustCreate(t, s, newComplaint("王芳", "13812345678", "停车费重复扣款"))
	bySubject := inboundMail(2, "MAILER-DAEMON@mail.example.cn", true)
	bySubject.Returned = &ReturnedMail{Subject: "关于 [" + other.Ref + "] 的答复", MessageID: "out-1@office.example"}
	byParent := inboundMail(3, "MAILER-DAEMON@mail.example.cn", true)
	byParent.Returned = &ReturnedMail{MessageID: "out-2@office.example", InReplyTo: "complaint-9@example.cn"}
	unknown := inboundMail(4, "MAILER-DAEMON@mail.example.cn", true)
	unknown.Returned = &ReturnedMail{Subject: "hello", MessageID: "out-3@office.example"}
	forwarded := inboundMail(5, "li@example.cn", false)
	forwarded.Returned = &ReturnedMail{Subject: "[" + other.Ref + "]"}
	out, err = s.ImportMail(ctx, MailBatch{Messages: []InboundMail{bySubject, byParent, unknown, forwarded}})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		state MailState
		ref   string
	}{{MailAuto, other.Ref}, {MailAuto, firstRef}, {MailAuto, ""}, {MailComplaint, ""}}
	for i, w := range want {
		got := out[i]
		switch {
		case got.State != w.state:
			t.Errorf("message %d is %s, want %s", i+2, got.State, w.state)
		case w.state == MailAuto && got.ComplaintRef != w.ref:
			t.Errorf("message %d joined %q, want %q", i+2, got.ComplaintRef, w.ref)
		case w.state == MailComplaint && (got.ComplaintRef == other.Ref || got.ComplaintRef == ""):
			t.Errorf("the forwarded message joined %q instead of opening a case", got.ComplaintRef)
		}
	}
	if firstRef == "" || firstRef == other.Ref {
		t.Errorf("the first email complaint is %q", firstRef)
	}
}

// Only automatic mail that belongs to no case, and has a sender, is registered by hand; a message
// naming a case still opens a new one when the clerk says so.
func TestRegisterMailAsComplaint(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	first := inboundMail(1, "owner@example.cn", false)
	onCase := inboundMail(2, "owner@example.cn", true)
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{first}})
	if err != nil {
		t.Fatal(err)
	}
	onCase.Subject = "自动回复: [" + out[0].ComplaintRef + "] 电梯"
	naming := inboundMail(3, "neighbour@example.cn", true)
	naming.Subject = "Re: [" + out[0].ComplaintRef + "] 我家也停电"
	noSender := inboundMail(4, "", true)
	more, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{onCase, naming, noSender}})
	if err != nil || more[0].State != MailAuto || more[0].ComplaintRef == "" || more[1].ComplaintRef == "" {
		t.Fatalf("import: %+v %v", more, err)
	}
	for _, tc := range []struct {
		name string
		id   int64
		m    InboundMail
	}{
		{"a complaint", out[0].ID, first},
		{"automatic mail on its case", more[0].ID, onCase},
		{"automatic mail without a sender", more[2].ID, noSender},
	} {
		if _, err := s.RegisterMailAsComplaint(ctx, tc.id, tc.m); err == nil {
			t.Errorf("%s was registered", tc.name)
		}
	}
	// Joined to the case by its subject, yet automatic: not registrable either, since it is on a case.
	if _, err := s.RegisterMailAsComplaint(ctx, more[1].ID, naming); err == nil {
		t.Error("automatic mail joined to a case by its subject was registered")
	}
	lone := inboundMail(5, "chen@example.cn", true)
	lone.Subject = "关于 [TS-2020-999999] 的意见"
	lone.Raw = []byte("From: chen@example.cn\r\nSubject: x\r\n\r\nlone\r\n")
	acct, err := s.SaveMailAccount(ctx, MailAccount{Name: "office", Host: "127.0.0.1", Security: SecurityNone, Username: "a"})
	if err != nil {
		t.Fatal(err)
	}
	o, err := s.ImportMail(ctx, MailBatch{AccountID: acct.ID, Folder: "INBOX", UIDValidity: 9, LastUID: 5,
		AfterImport: AfterSeen, Messages: []InboundMail{lone}})
	if err != nil || o[0].State != MailAuto {
		t.Fatal(o, err)
	}
	before := count(t, s, "complaints")
	got, err := s.RegisterMailAsComplaint(ctx, o[0].ID, lone)
	if err != nil || got.State != MailComplaint || got.ComplaintRef == "" || got.ID != o[0].ID {
		t.Fatalf("registered: %+v %v", got, err)
	}
	if n := count(t, s, "complaints"); n != before+1 {
		t.Errorf("%d complaints, want %d", n, before+1)
	}
	// The server copy is still marked read once the next check gets to it.
	if uids, err := s.PendingServerActions(ctx, acct.ID, "INBOX", 9); err != nil || len(uids) != 1 || uids[0] != lone.UID {
		t.Errorf("server actions waiting: %v %v, want uid %d", uids, err, lone.UID)
	}
	var action string
	if err := s.r.QueryRow(`SELECT action FROM audit WHERE entity = 'mail_message' AND entity_id = ? ORDER BY id DESC LIMIT 1`,
		o[0].ID).Scan(&action); err != nil || action != "register" {
		t.Errorf("audit %q %v", action, err)
	}
}

// The office's own mail (its copy of a reply it sent) goes on the case it names as outgoing
// mail: it opens no complaint and does not mark the case as having a new reply.
func TestOwnMailIsOutgoing(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	if err := s.SetOfficeProfile(ctx, Office{Name: "金华物业服务中心", Email: "service@jinhua-pm.example"}); err != nil {
		t.Fatal(err)
	}
	acct, err := s.SaveMailAccount(ctx, MailAccount{Name: "前台", Host: "127.0.0.1", Security: SecurityNone,
		Username: "frontdesk@jinhua-pm.example"})
	if err != nil {
		t.Fatal(err)
	}
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{inboundMail(1, "owner@example.cn", false)}})
	if err != nil || out[0].State != MailComplaint {
		t.Fatal(out, err)
	}
	ref := out[0].ComplaintRef
	before, err := s.Complaint(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	reply := inboundMail(5, "owner@example.cn", false)
	reply.Subject = "Re: [" + ref + "] 还没修好"
	if got, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{reply}}); err != nil || got[0].State != MailReply {
		t.Fatal(got, err)
	}
	answer := inboundMail(2, "SERVICE@jinhua-pm.example", false)
	answer.Subject, answer.To = "Re: ["+ref+"] 关于电梯故障的答复", []string{"业主 <owner@example.cn>"}
	answer.ReceivedAt = answer.ReceivedAt.Add(10 * 24 * time.Hour)
	note := inboundMail(3, "frontdesk@jinhua-pm.example", false)
	note.Subject = "测试邮件"
	stranger := inboundMail(4, "frontdesk@other.example", false)
	got, err := s.ImportMail(ctx, MailBatch{AccountID: acct.ID, Folder: "INBOX", Messages: []InboundMail{answer, note, stranger}})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].State != MailAuto || got[0].ComplaintRef != ref || got[1].State != MailAuto || got[1].ComplaintRef != "" ||
		got[2].State != MailComplaint {
		t.Fatalf("outcomes %+v: want the answer on %s, the note alone, the stranger's a complaint", got, ref)
	}
	m, err := s.Message(ctx, got[0].ID)
	if err != nil || m.Direction != DirOut || m.AutoReason != AutoReasonOwn {
		t.Errorf("the answer is stored as %+v %v", m, err)
	}
	// A message saved as a file comes from no account: sent from any of the office's
	// mailboxes, it is the office's own all the same.
	saved := inboundMail(6, "frontdesk@jinhua-pm.example", false)
	saved.Subject = "转发：会议通知"
	if got, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{saved}}); err != nil || got[0].State != MailAuto {
		t.Errorf("the front desk's mail saved as a file: %+v, %v", got, err)
	}
	c, err := s.Complaint(ctx, ref)
	if err != nil || c.HasNewReply {
		t.Fatalf("case %+v %v: the office's answer leaves the complainant's reply unanswered", c, err)
	}
	// The answer, ten days on, counts as contact: the weekly progress contact restarts from it.
	if before.DueProgress == nil || !before.DueProgress.Before(answer.ReceivedAt) || c.DueProgress == nil ||
		!c.DueProgress.After(answer.ReceivedAt) {
		t.Errorf("progress contact due %v, then %v; want it moved past the answer of %v", before.DueProgress, c.DueProgress,
			answer.ReceivedAt)
	}
	events, err := s.Events(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	outgoing := 0
	for _, e := range events {
		if e.Kind == EventEmail && e.Direction == DirOut {
			outgoing++
			if e.Contact != "业主 <owner@example.cn>" || e.Summary != answer.Subject {
				t.Errorf("outgoing email on the timeline: %+v", e)
			}
		}
	}
	if outgoing != 1 {
		t.Errorf("%d outgoing emails on the timeline, want 1", outgoing)
	}
}

func TestMessagesFoundBySenderSubjectOrReference(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	a, b := inboundMail(1, "wang@example.cn", false), inboundMail(2, "li_ming@example.cn", true)
	a.FromName, a.Subject = "王先生", "停车场收费"
	b.FromName, b.Subject = "Mail Delivery System", "Undelivered 100% sure"
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{a, b}})
	if err != nil {
		t.Fatal(err)
	}
	ref := out[0].ComplaintRef
	for q, want := range map[string]int{
		"王先生": 1, "WANG@": 1, "停车": 1, strings.ToLower(ref): 1, "example.cn": 2, "100%": 1, "li_m": 1,
		"li%m": 0, "li__ing": 0, "_": 1, "": 2, // % and _ are letters, not wildcards
	} {
		f := MessageFilter{Query: q}
		msgs, err := s.Messages(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		n, err := s.CountMessages(ctx, f)
		if err != nil || len(msgs) != want || n != want {
			t.Errorf("search %q: %d listed, %d counted (%v), want %d", q, len(msgs), n, err, want)
		}
	}
	if n, err := s.CountMessages(ctx, MessageFilter{Query: "example", States: []MailState{MailAuto}}); err != nil || n != 1 {
		t.Errorf("search within automatic mail: %d %v", n, err)
	}
}

// Mail from the office's sent folder goes on the case it answers as outgoing email, from
// whichever address the clerk sent it; the office's other mail is not stored at all.
func TestSentMailAnsweringACaseGoesOnIt(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{inboundMail(1, "owner@example.cn", false)}})
	if err != nil || out[0].State != MailComplaint {
		t.Fatal(out, err)
	}
	ref := out[0].ComplaintRef
	answer := inboundMail(2, "li.clerk@jinhua-pm.example", false)
	answer.Subject, answer.InReplyTo, answer.To = "Re: 三号楼电梯故障 1", "m1@example.cn", []string{"owner@example.cn"}
	unrelated := inboundMail(3, "li.clerk@jinhua-pm.example", false)
	unrelated.Subject, unrelated.Raw = "周五例会通知", []byte("From: li.clerk@jinhua-pm.example\r\nSubject: meeting\r\n\r\nconfidential\r\n")
	blobs, messages := count(t, s, "blobs"), count(t, s, "mail_messages")
	got, err := s.ImportMail(ctx, MailBatch{Sent: true, Folder: "Sent", Messages: []InboundMail{answer, unrelated}})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].State != MailAuto || got[0].ComplaintRef != ref || got[0].Skipped || !got[1].Skipped || got[1].ID != 0 {
		t.Fatalf("outcomes %+v: want the answer on %s and the rest skipped", got, ref)
	}
	if n := count(t, s, "mail_messages"); n != messages+1 {
		t.Errorf("%d messages stored, want %d", n, messages+1)
	}
	if n := count(t, s, "blobs"); n != blobs+1 {
		t.Errorf("%d blobs, want %d: the unrelated message's bytes must not be kept", n, blobs+1)
	}
	m, err := s.Message(ctx, got[0].ID)
	if err != nil || m.Direction != DirOut || m.AutoReason != AutoReasonOwn {
		t.Errorf("the answer is stored as %+v %v", m, err)
	}
	// Read again (a second pass, or the copy in the inbox), it is the same message.
	again, err := s.ImportMail(ctx, MailBatch{Sent: true, Folder: "Sent", Messages: []InboundMail{answer}})
	if err != nil || !again[0].Duplicate {
		t.Errorf("second pass: %+v %v", again, err)
	}
}

// A reference in a subject joins the mail to its case for the case's complainant, for the office's
// own mail and as the office's mail names it; someone else citing the number, also of a case
// registered from a call, writes a complaint of their own. Of two numbers, the sender's own case;
// a number typed with other dashes joins; one only in the text, under the subject of a new
// matter, does not (under one that goes on with the case's, see TestReplyWithoutThreadJoinsByItsSubject).
func TestReferencesJoinTheSendersCase(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	byMail := func(email, subject string) *Complaint {
		n := newComplaint("业主", "", subject)
		n.Channel, n.Complainant.Email = ChannelEmail, email
		return mustCreate(t, s, n)
	}
	wang, he := byMail("wang@example.cn", "车位被占"), byMail("he@example.cn", "水压低")
	phone := mustCreate(t, s, newComplaint("李", "13800001111", "噪音"))
	tests := []struct {
		from, subject, text string
		want                string // the case it goes on; "" for a new complaint
	}{
		{"ma@example.cn", "同" + wang.Ref + "，我的车位B2-116也被占了", "", ""},
		{"ma@example.cn", "转发：【日立电梯】服务工单" + wang.Ref + "已完工", "", ""},
		{"wang.work@corp.example", "回复：" + wang.Ref + " 车位", "", wang.Ref},
		{"wang.work@corp.example", "[" + wang.Ref + "] 补充照片", "", wang.Ref},
		{"ma@example.cn", "同" + phone.Ref + "，我的车位也被占了", "", ""},
		{"li.new@163.com", phone.Ref + " 补充照片", "又吵了。我电话13800001111。", ""}, // not under her name: see below
		{"ma@example.cn", "同【" + wang.Ref + "】：B区车位被淹", "", ""},
		{"ma@example.cn", "转发：[" + wang.Ref + "] 车位", "", wang.Ref},
		{"he@example.cn", strings.ReplaceAll(he.Ref, "-", "") + " 补充", "", he.Ref},
		{"ma@example.cn", "Re: 关于" + phone.Ref + "的进展", "", phone.Ref},
		{"he@example.cn", "关于" + wang.Ref + "和我的" + he.Ref + "两件投诉", "", he.Ref},
		{"he@example.cn", "关于" + strings.ReplaceAll(he.Ref, "-", "–") + "的补充", "", he.Ref},
		{"he@example.cn", "新问题", "投诉编号：" + he.Ref + "\n另外想反映一个新问题。", ""},
	}
	for i, tc := range tests {
		m := inboundMail(uint32(i+1), tc.from, false)
		m.Subject = tc.subject
		if tc.text != "" {
			m.Text, m.OwnText = tc.text, tc.text
		}
		out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}})
		if err != nil {
			t.Fatal(err)
		}
		got := out[0].ComplaintRef
		if out[0].State == MailComplaint {
			got = ""
		}
		if got != tc.want {
			t.Errorf("%s %q: on %q (%s), want %q", tc.from, tc.subject, got, out[0].State, tc.want)
		}
	}
	// The resident who called a case in writes from a new address, under her name and with her
	// number: her mail is on her case.
	m := inboundMail(99, "li.new2@163.com", false)
	m.FromName, m.Subject, m.Text, m.OwnText = "李", phone.Ref+" 补充照片", "我电话13800001111。", "我电话13800001111。"
	if out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}}); err != nil || out[0].State != MailReply || out[0].ComplaintRef != phone.Ref {
		t.Errorf("the caller's own mail: %+v %v, want a reply on %s", out, err, phone.Ref)
	}
}

// The office's answer read after the complainant's later reply (the inbox is checked before the
// sent folder) leaves that reply waiting; read after an earlier reply, it answers it.
func TestAnswerReadAfterALaterReply(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{inboundMail(1, "owner@example.cn", false)}})
	if err != nil {
		t.Fatal(err)
	}
	ref := out[0].ComplaintRef
	answer := func(uid uint32, at time.Time) InboundMail {
		m := inboundMail(uid, "li.clerk@jinhua-pm.example", false)
		m.Subject, m.InReplyTo, m.To, m.ReceivedAt = "Re: ["+ref+"] 电梯", "m1@example.cn", []string{"owner@example.cn"}, at
		return m
	}
	reply := inboundMail(2, "owner@example.cn", false)
	reply.Subject, reply.ReceivedAt = "回复：["+ref+"] 电梯", reply.ReceivedAt.Add(36*time.Hour)
	if _, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{reply}}); err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		answer   InboundMail
		newReply bool
	}{{answer(3, reply.ReceivedAt.Add(-24*time.Hour)), true}, {answer(4, reply.ReceivedAt.Add(2*time.Hour)), false}} {
		if _, err := s.ImportMail(ctx, MailBatch{Sent: true, Folder: "Sent", Messages: []InboundMail{step.answer}}); err != nil {
			t.Fatal(err)
		}
		if c, err := s.Complaint(ctx, ref); err != nil || c.HasNewReply != step.newReply {
			t.Errorf("after the answer of %v: new reply %v (%v), want %v", step.answer.ReceivedAt, c.HasNewReply, err, step.newReply)
		}
	}
}

// A web form's mail comes from a no-reply address and names the complainant in Reply-To: the
// complaint is theirs. Other mail keeps its sender, whatever its Reply-To says.
// A resident who writes their phone number and address in labelled lines has them on the
// complaint; numbers of others in the text are not taken for theirs.
func TestMailGivesThePhoneAndAddressItLabels(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	labelled := inboundMail(1, "wangfang@163.com", false)
	labelled.Text = "3号楼电梯又坏了，请尽快修理。\n\n联系电话：13812345678\n地址：阳光花园3号楼1203室\n王芳"
	others := inboundMail(2, "lisi@163.com", false)
	others.Text = "我打了物业电话：0571-88886666，没人接。\n保安手机：13900001111"
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{labelled, others}})
	if err != nil {
		t.Fatal(err)
	}
	// The same number written by someone else (her husband, from his own address) is not taken
	// for his: matched by it, he would be filed as her.
	husband := inboundMail(3, "lijun@126.com", false)
	husband.FromName, husband.Text = "李军", "电梯的事还没修好。\n电话：13812345678"
	more, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{husband}})
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, more...)
	for i, want := range []Complainant{{Name: "业主", Phone: "13812345678", Address: "阳光花园3号楼1203室"}, {Name: "业主"},
		{Name: "李军", Email: "lijun@126.com"}} {
		c, err := s.Complaint(ctx, out[i].ComplaintRef)
		if err != nil || c.Complainant.Name != want.Name || c.Complainant.Phone != want.Phone || c.Complainant.Address != want.Address ||
			want.Email != "" && c.Complainant.Email != want.Email {
			t.Errorf("message %d: %+v (%v); want %+v", i+1, c.Complainant, err, want)
		}
	}
	first, err := s.Complaint(ctx, out[0].ComplaintRef)
	if err != nil || first.Complainant.Name != "业主" || first.Complainant.Email != "wangfang@163.com" {
		t.Errorf("the first writer's record became %+v (%v)", first.Complainant, err)
	}
	// A number typed in full width, or with words after it; the name its lines give a writer
	// whose address has none; none from a colleague's mail, which speaks of others; and the
	// resident who phoned before, under the same name, is the one writing now.
	if err := s.SetOfficeProfile(ctx, Office{Name: "金华物业服务中心", Email: "service@jinhua-pm.example"}); err != nil {
		t.Fatal(err)
	}
	phoned, err := s.CreateComplaint(ctx, NewComplaint{Channel: ChannelPhone, Subject: "噪音", Description: "楼上装修太吵。",
		Complainant: Complainant{Name: "赵秀英", Phone: "13700003333"}, ReceivedAt: time.Date(2026, 11, 20, 9, 0, 0, 0, officeTZ)})
	if err != nil {
		t.Fatal(err)
	}
	mail := func(uid uint32, from, name, text string) InboundMail {
		m := inboundMail(uid, from, false)
		m.FromName, m.Text = name, text
		return m
	}
	out, err = s.ImportMail(ctx, MailBatch{Messages: []InboundMail{
		mail(4, "liuyang@qq.com", "刘洋", "车位被占。\n联系电话：１３９１１１１８８８８（微信同号）"),
		mail(5, "zhao.min@qq.com", "", "维修师傅没来。\n姓名：赵敏\n电话：13900001111"),
		mail(6, "lisi@jinhua-pm.example", "李四", "业主陈美玲来电：\n联系电话：13700002222\n地址：阳光花园7幢1801"),
		mail(7, "zhaoxy@163.com", "赵秀英", "还是很吵。\n电话：13700003333"),
	}})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"13911118888", "13900001111", "", "13700003333"} {
		c, err := s.Complaint(ctx, out[i].ComplaintRef)
		if err != nil || c.Complainant.Phone != want || i == 2 && c.Complainant.Address != "" || i == 1 && c.Complainant.Name != "赵敏" {
			t.Errorf("message %d: %+v (%v); want phone %q", i+4, c.Complainant, err, want)
		}
		if i == 3 && (c.Complainant.ID != phoned.Complainant.ID || c.Complainant.Email != "zhaoxy@163.com") {
			t.Errorf("the resident who phoned before: %+v, want the record %d with her address", c.Complainant, phoned.Complainant.ID)
		}
	}
	// A hotline's work orders name the citizen by their number: a caller who gives another
	// name the second time is the same caller.
	order := func(uid uint32, caller string) InboundMail {
		m := mail(uid, "noreply@12345.example.gov.cn", "12345热线", "来电人："+caller+"\n来电号码：13957112345\n诉求内容：小区噪音扰民。")
		return m
	}
	// A hotline writing from an ordinary address, named as the hotline.
	city := mail(10, "gd12345@sz.example.gov.cn", "12345热线", "工单编号：SZ20261202000123\n来电人：陈先生\n来电号码：13800001234\n"+
		"诉求内容：锦绣花园3栋电梯频繁故障。")
	city.FromName = "深圳市12345政务服务便民热线"
	out, err = s.ImportMail(ctx, MailBatch{Messages: []InboundMail{order(8, "张先生"), order(9, "张建国"), city}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range out {
		c, err := s.Complaint(ctx, out[i].ComplaintRef)
		if err != nil || i < 2 && c.Complainant.Phone != "13957112345" || i == 2 && (c.Complainant.Name != "陈先生" || c.Complainant.Phone != "13800001234") {
			t.Errorf("work order %d: %+v (%v), want the caller", i+1, c.Complainant, err)
		}
	}
}

// A complainant quoting the office's letter or notice, or its signature, does not give the
// office's number or address as theirs: the clerk would call their own desk.
func TestOfficesOwnContactIsNoComplainants(t *testing.T) {
	office := Office{Name: "云栖花园物业服务中心", Phone: "0571-88886123",
		Address: "杭州市西湖区文一西路1288号云栖花园南门物业中心"}
	for _, tc := range []struct{ in, want Complainant }{
		{Complainant{Phone: "0571-88886123", Address: "杭州市西湖区文一西路1288号云栖花园南门物业中心"}, Complainant{}},
		{Complainant{Phone: "88886123", Address: "文一西路1288号云栖花园南门物业中心"}, Complainant{}},
		{Complainant{Phone: "+86 571 8888 6123", Address: "文一西路1288号云栖花园物业中心"}, Complainant{}},
		{Complainant{Phone: "13588886123", Address: "云栖花园3栋502"}, Complainant{Phone: "13588886123", Address: "云栖花园3栋502"}},
		{Complainant{Phone: "0571-88886124", Address: "3栋"}, Complainant{Phone: "0571-88886124", Address: "3栋"}},
		{Complainant{Address: "阳光花园管理处"}, Complainant{}},
		// A flat in the complex holds the office's street address; a staff dormitory is a home.
		{Complainant{Address: "杭州市西湖区文一西路1288号云栖花园5幢2单元302"}, Complainant{Address: "杭州市西湖区文一西路1288号云栖花园5幢2单元302"}},
		{Complainant{Address: "公路管理处宿舍2幢301"}, Complainant{Address: "公路管理处宿舍2幢301"}},
	} {
		if got := withoutOffice(tc.in, office); got != tc.want {
			t.Errorf("%+v: %+v, want %+v", tc.in, got, tc.want)
		}
	}
	if got := withoutOffice(Complainant{Phone: "13588886123", Address: "云栖花园3栋502"}, Office{}); got.Phone == "" || got.Address == "" {
		t.Errorf("without a profile the complainant's own contact is dropped: %+v", got)
	}

	s := MustOpen(t)
	ctx := context.Background()
	if err := s.SetOfficeProfile(ctx, office); err != nil {
		t.Fatal(err)
	}
	m := inboundMail(1, "panyu_1979@126.com", false)
	m.FromName = "潘玉"
	m.Text = "以下是你们的回复：\n\n潘女士您好：\n您反映的地库照明问题，我司已更换灯管12支。\n\n如有疑问请拨打\n" +
		"联系电话：0571-88886123\n地址：杭州市西湖区文一西路1288号云栖花园南门物业中心\n\n可是B1区现在还是一半不亮。"
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}})
	if err != nil {
		t.Fatal(err)
	}
	if c, err := s.Complaint(ctx, out[0].ComplaintRef); err != nil || c.Complainant.Phone != "" || c.Complainant.Address != "" {
		t.Errorf("the office's pasted reply gave its complainant %+v (%v)", c.Complainant, err)
	}
}

func TestWebFormMailIsTheReplyTosComplaint(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	form := inboundMail(1, "no-reply@jinhua-pm.example", false)
	form.FromName, form.ReplyToName, form.ReplyToEmail = "锦华物业官网", "张三", "zhangsan@example.cn"
	bare := inboundMail(2, "noreply@forms.example", false)
	bare.ReplyToEmail = "lisi@example.cn"
	person := inboundMail(3, "wang@example.cn", false)
	person.FromName, person.ReplyToName, person.ReplyToEmail = "王五", "王五的秘书", "secretary@example.cn"
	// A no-reply sender without a Reply-To is the complaint's sender still.
	hotline := inboundMail(4, "noreply@12345.example", false)
	hotline.FromName = "市民热线"
	// A mailer that left out the From, or wrote a name without an address, still says where to
	// answer: the Reply-To.
	noFrom := inboundMail(5, "", false)
	noFrom.FromName, noFrom.ReplyToEmail = "", "vipyimin@126.example"
	nameOnly := inboundMail(6, "赵六", false)
	nameOnly.FromName, nameOnly.ReplyToEmail = "", "zhaoliu@example.cn"
	// WordPress's Contact Form 7 writes from wordpress@ the site, Elementor's forms from email@,
	// Google Forms from forms-receipts-noreply@.
	wordpress := inboundMail(7, "wordpress@jinhua-pm.example", false)
	wordpress.FromName, wordpress.ReplyToName, wordpress.ReplyToEmail = "锦华物业官网", "孙七", "sunqi@qq.example"
	elementor := inboundMail(8, "email@jinhua-pm.example", false)
	elementor.FromName, elementor.ReplyToName, elementor.ReplyToEmail = "锦华物业官网", "周八", "zhouba@163.example"
	google := inboundMail(9, "forms-receipts-noreply@google.example", false)
	google.FromName, google.ReplyToName, google.ReplyToEmail = "Google Forms", "吴九", "wujiu@example.cn"
	// A guestbook's notice without a Reply-To names the visitor in its text.
	guestbook := inboundMail(10, "webmaster@jinhua-pm.example", false)
	guestbook.FromName, guestbook.Text = "锦华物业官网", "您的网站有新的留言：\n姓名： 郑十\n电话： 137-0000-1111\n"+
		"邮箱： zhengshi@qq.example\n留言内容： 物业费收据一直不给开。"
	onlyMail := inboundMail(11, "noreply@jinhua-pm.example", false)
	onlyMail.Text = "E-mail: feng@example.cn\n电话：无\n内容：车库漏水"
	// Labels above their values, as a form's table lays them out; a name and phone, no address.
	table := inboundMail(12, "formresponses@netlify.example", false)
	table.Text = "姓名：\n陈十一\n手机\n139 0000 2222\n留言：\n车库漏水"
	// Shopify, Typeform and Tally write from mailer@ and notifications@, Joomla from admin@ the site.
	shopify := inboundMail(13, "mailer@shopify.example", false)
	shopify.FromName, shopify.ReplyToName, shopify.ReplyToEmail = "锦华物业", "褚十二", "chu12@qq.example"
	// The visitor by address alone in Reply-To, in full in the fields.
	fieldsToo := inboundMail(14, "wordpress@jinhua-pm.example", false)
	fieldsToo.ReplyToEmail, fieldsToo.Text = "wei14@qq.example", "姓名：卫十四\n邮箱：wei14@qq.example\n电话：13500004444\n内容：噪音"
	// A mobile's own mailbox that holds the digits of a hotline.
	mobile := inboundMail(17, "18912345678@189.example", false)
	mobile.FromName, mobile.Text = "林涛", "垃圾分类站早上七点还没开门。\n林涛 电话：18912345678"
	// "Do not reply" in French, or in pinyin.
	french := inboundMail(15, "ne-pas-repondre@email-test.example", false)
	french.ReplyToName, french.ReplyToEmail = "HELOU", "helou@orange.example"
	pinyin := inboundMail(16, "qingwuhuifu@wy.example", false)
	pinyin.ReplyToName, pinyin.ReplyToEmail = "蒋十六", "jiang16@qq.example"
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{form, bare, person, hotline, noFrom, nameOnly, wordpress, elementor,
		google, guestbook, onlyMail, table, shopify, fieldsToo, french, pinyin, mobile}})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct{ name, email string }{{"张三", "zhangsan@example.cn"}, {"lisi", "lisi@example.cn"},
		{"王五", "wang@example.cn"}, {"市民热线", "noreply@12345.example"}, {"vipyimin", "vipyimin@126.example"},
		{"赵六", "zhaoliu@example.cn"}, {"孙七", "sunqi@qq.example"}, {"周八", "zhouba@163.example"}, {"吴九", "wujiu@example.cn"},
		{"郑十", "zhengshi@qq.example"}, {"feng", "feng@example.cn"}, {"陈十一", ""}, {"褚十二", "chu12@qq.example"}, {"卫十四", "wei14@qq.example"},
		{"HELOU", "helou@orange.example"}, {"蒋十六", "jiang16@qq.example"}, {"林涛", "18912345678@189.example"}} {
		if out[i].State != MailComplaint {
			t.Errorf("message %d: %s (%s), want a complaint", i+1, out[i].State, out[i].Problem)
			continue
		}
		c, err := s.Complaint(ctx, out[i].ComplaintRef)
		if err != nil || c.Complainant.Name != want.name || c.Complainant.Email != want.email {
			t.Errorf("message %d: complainant %+v %v, want %s <%s>", i+1, c.Complainant, err, want.name, want.email)
		}
		if i == 9 && c.Complainant.Phone != "137-0000-1111" || i == 11 && c.Complainant.Phone != "139 0000 2222" ||
			i == 13 && c.Complainant.Phone != "13500004444" || i == 16 && c.Complainant.Phone != "18912345678" {
			t.Errorf("message %d: phone %q", i+1, c.Complainant.Phone)
		}
	}
}

// A web form that writes from the office's own address (WPForms' and Contact Form 7's default)
// sends the visitor's complaint, named in Reply-To; the office's own mail stays outgoing.
func TestWebFormMailFromTheOfficesOwnAddress(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	if err := s.SetOfficeProfile(ctx, Office{Name: "金华物业服务中心", Email: "service@jinhua-pm.example"}); err != nil {
		t.Fatal(err)
	}
	form := inboundMail(1, "service@jinhua-pm.example", false)
	form.FromName, form.ReplyToEmail = "金华物业服务中心", "wangwu@126.example"
	form.Text = "姓名\n王五\n邮箱\nwangwu@126.example\n投诉内容\n垃圾站三天没有清运。"
	// Gravity Forms, Drupal and PbootCMS give no Reply-To: the visitor is in the fields at the top.
	fields := inboundMail(2, "service@jinhua-pm.example", false)
	fields.Subject, fields.Text = "网站留言", "您有一条新留言\n联系人：冯十三\n手机：13600003333\n内容：车库漏水"
	own := inboundMail(3, "service@jinhua-pm.example", false)
	colleague := inboundMail(4, "service@jinhua-pm.example", false)
	colleague.ReplyToEmail = "lisi@jinhua-pm.example"
	// The office's own letter signs with its contacts at its foot, or names a case.
	letter := inboundMail(5, "service@jinhua-pm.example", false)
	letter.Text = strings.Repeat("关于三号楼电梯维修的安排如下。\n", 15) + "联系人：王经理\n电话：021-5888 6666"
	answer := inboundMail(6, "service@jinhua-pm.example", false)
	answer.Subject, answer.Text = "关于您的投诉 [TS-2026-000001]", "姓名：王五\n电话：13800001111\n已安排维修。"
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{form, fields, own, colleague, letter, answer}})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []Complainant{{Name: "王五", Email: "wangwu@126.example"}, {Name: "冯十三", Phone: "13600003333"}} {
		if out[i].State != MailComplaint {
			t.Errorf("the form's mail %d: %s (%s), want a complaint", i+1, out[i].State, out[i].Problem)
			continue
		}
		c, err := s.Complaint(ctx, out[i].ComplaintRef)
		if err != nil || c.Complainant.Name != want.Name || c.Complainant.Email != want.Email || c.Complainant.Phone != want.Phone {
			t.Errorf("the form's mail %d: complainant %+v %v, want %+v", i+1, c.Complainant, err, want)
		}
	}
	for i, o := range out[2:] {
		if o.State != MailAuto {
			t.Errorf("the office's own mail %d: %s, want automatic", i+3, o.State)
		}
	}
}

// An office that has not put its address in its profile is known by its mailbox's: a colleague
// at that domain who forwards a complaint passes on its writer's complaint.
func TestColleaguesKnownByTheMailboxDomain(t *testing.T) {
	for _, tc := range []struct {
		name, user, complainant string
	}{
		{"the mailbox at the office's domain", "service@jinhua-pm.example", "张三"},
		{"a mailbox at a public service", "jinhua-pm@163.com", "同事"},
		{"a user name that is no address", "clerk", "同事"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := MustOpen(t)
			ctx := context.Background()
			acct, err := s.SaveMailAccount(ctx, MailAccount{Host: "127.0.0.1", Security: SecurityNone, Username: tc.user})
			if err != nil {
				t.Fatal(err)
			}
			m := inboundMail(1, "lisi@jinhua-pm.example", false)
			m.FromName, m.Subject, m.Text = "同事", "转发: 停车场收费", "请处理。"
			m.Forwarded = &ForwardedMail{FromName: "张三", FromEmail: "zhangsan@example.cn", Subject: "停车场收费", Text: "停车场多收了十元。"}
			out, err := s.ImportMail(ctx, MailBatch{AccountID: acct.ID, Folder: acct.Folder, UIDValidity: 1, LastUID: 1, Messages: []InboundMail{m}})
			if err != nil {
				t.Fatal(err)
			}
			c, err := s.Complaint(ctx, out[0].ComplaintRef)
			if err != nil || c.Complainant.Name != tc.complainant {
				t.Errorf("complainant %+v %v, want %s", c.Complainant, err, tc.complainant)
			}
		})
	}
}

// A complaint a colleague forwards to the office's mailbox is the complaint of whoever wrote it;
// a complainant forwarding their own earlier mail, or a forward between colleagues, opens the
// sender's complaint as any mail does.
func TestForwardedComplaintIsTheWritersComplaint(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	if err := s.SetOfficeProfile(ctx, Office{Name: "金华物业服务中心", Email: "service@jinhua-pm.example"}); err != nil {
		t.Fatal(err)
	}
	forward := func(uid uint32, from, origName, origEmail string) InboundMail {
		m := inboundMail(uid, from, false)
		m.FromName, m.Subject, m.Text = "同事", "转发: 停车场收费", "请处理。"
		m.Forwarded = &ForwardedMail{FromName: origName, FromEmail: origEmail, Subject: "停车场收费", Text: "停车场多收了十元。",
			Attachments: []InboundAttachment{{Filename: "收费单.jpg", ContentType: "image/jpeg", Data: []byte(fmt.Sprintf("jpeg %d", uid))}}}
		return m
	}
	msgs := []InboundMail{
		forward(1, "lisi@jinhua-pm.example", "张三", "zhangsan@example.cn"),       // a colleague passes a complaint on
		forward(2, "lisi@jinhua-pm.example", "孙七", ""),                          // from Exchange: a name alone
		forward(3, "wangwu@qq.com", "王五", "wangwu@example.cn"),                  // a public mail service is nobody's domain
		forward(4, "lisi@jinhua-pm.example", "赵六", "zhaoliu@jinhua-pm.example"), // between colleagues
		forward(5, "chen@example.cn", "陈", "chen@example.cn"),                   // a complainant's own earlier mail
		forward(16, "lisi@jinhua-pm.example", "周主任", "zhou@jinhua-pm.example"),  // passed down from a leader
		forward(17, "lisi@jinhua-pm.example", "周主任", "zhou@jinhua-pm.example"),  // passed on between colleagues only
	}
	msgs[5].Forwarded.Forwarded = &ForwardedMail{FromName: "钱八", FromEmail: "qianba@example.cn", Subject: "噪音", Text: "楼下酒吧太吵。"}
	msgs[6].Forwarded.Forwarded = &ForwardedMail{FromName: "赵六", FromEmail: "zhaoliu@jinhua-pm.example", Subject: "会议", Text: "下午开会。"}
	out, err := s.ImportMail(ctx, MailBatch{Messages: msgs})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct{ name, email, subject, text string }{
		{"张三", "zhangsan@example.cn", "停车场收费", "停车场多收了十元。"},
		{"孙七", "", "停车场收费", "停车场多收了十元。"},
		{"同事", "wangwu@qq.com", "转发: 停车场收费", "请处理。"},
		{"同事", "lisi@jinhua-pm.example", "转发: 停车场收费", "请处理。"},
		{"同事", "chen@example.cn", "转发: 停车场收费", "请处理。"},
		{"钱八", "qianba@example.cn", "噪音", "楼下酒吧太吵。"},
		{"同事", "lisi@jinhua-pm.example", "转发: 停车场收费", "请处理。"},
	} {
		if out[i].State != MailComplaint {
			t.Errorf("message %d: %s, want a complaint", i+1, out[i].State)
			continue
		}
		c, err := s.Complaint(ctx, out[i].ComplaintRef)
		if err != nil || c.Complainant.Name != want.name || c.Complainant.Email != want.email ||
			c.Subject != want.subject || c.Description != want.text {
			t.Errorf("message %d: complainant %s <%s>, subject %q, text %q %v; want %s <%s>, %q, %q", i+1,
				c.Complainant.Name, c.Complainant.Email, c.Subject, c.Description, err, want.name, want.email, want.subject, want.text)
		}
	}
	// The stored message names the complaint's complainant, and a search for them finds it.
	found, err := s.Messages(ctx, MessageFilter{Query: "张三"})
	if err != nil || len(found) != 1 || found[0].ID != out[0].ID || found[0].Complainant != "张三" || found[0].FromName != "同事" {
		t.Errorf("search for the writer of a forward: %d found, %v", len(found), err)
	}
	// On the timeline, a colleague's forward says so; a forward that opens the forwarder's own
	// complaint is an email like any other.
	for i, want := range []SummaryKind{SummaryForwardedMail, SummaryForwardedMail, SummaryText, SummaryText, SummaryText} {
		c, err := s.Complaint(ctx, out[i].ComplaintRef)
		if err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got *Summary
		for _, e := range evs {
			if e.Kind == EventEmail {
				sum := ReadSummary(e)
				got = &sum
			}
		}
		if got == nil || got.Kind != want || got.Text != "转发: 停车场收费" {
			t.Errorf("message %d: timeline email %+v, want kind %d with the forward's subject", i+1, got, want)
		}
	}
	// The photos of the message forwarded are the complainant's evidence; a forward that opens the
	// forwarder's complaint keeps them inside the message.
	for i, want := range []int{1, 0} {
		c, err := s.Complaint(ctx, out[i*2].ComplaintRef)
		if err != nil {
			t.Fatal(err)
		}
		ev, err := s.Evidence(ctx, c.ID)
		if err != nil || len(ev) != want || want == 1 && ev[0].Filename != "收费单.jpg" {
			t.Errorf("message %d: evidence %+v %v, want %d", i*2+1, ev, err, want)
		}
	}
	// The forward itself is the email on the case: who passed it on, and their note.
	msg, err := s.Message(ctx, out[0].ID)
	if err != nil || msg.FromEmail != "lisi@jinhua-pm.example" || msg.Text != "请处理。" {
		t.Errorf("stored forward: %+v %v", msg, err)
	}
	// An office whose address is at a public mail service has no domain to tell colleagues by.
	if err := s.SetOfficeProfile(ctx, Office{Name: "金华物业服务中心", Email: "jinhua-pm@163.com"}); err != nil {
		t.Fatal(err)
	}
	out, err = s.ImportMail(ctx, MailBatch{Messages: []InboundMail{forward(6, "lisi@163.com", "张三", "zhangsan@example.cn")}})
	if err != nil {
		t.Fatal(err)
	}
	if c, err := s.Complaint(ctx, out[0].ComplaintRef); err != nil || c.Complainant.Email != "lisi@163.com" {
		t.Errorf("forward to an office at 163.com: complainant %+v %v", c.Complainant, err)
	}
}

// A photo pasted into the text of an email is evidence, and so is a file marked to be shown in
// the text that no text can show (Apple Mail's PDF); a signature logo beside them is not, nor a
// nameless style sheet of the page.
func TestPhotoPastedIntoTheTextIsEvidence(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	m := inboundMail(1, "owner@example.cn", false)
	photo := make([]byte, inlinePhotoMin+1)
	for i := range photo {
		photo[i] = byte(i * 7)
	}
	m.Attachments = []InboundAttachment{
		{Filename: "image001.png", ContentType: "image/png", ContentID: "logo@x", Inline: true, Data: []byte("small logo bytes")},
		{Filename: "image002.jpg", ContentType: "image/jpeg", ContentID: "photo@x", Inline: true, Data: photo},
		{Filename: "report.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.4 report")},
		{Filename: "维修单.pdf", ContentType: "application/pdf", Inline: true, Data: []byte("%PDF-1.4 repair form")},
		{ContentType: "text/css", ContentID: "style@x", Inline: true, Data: []byte("p { color: red }")},
		// What the mail program signed the message with is no file of the complainant's.
		{Filename: "smime.p7s", ContentType: "application/pkcs7-signature", Data: []byte("0\x82 signature")},
		{Filename: "signature.asc", ContentType: "application/pgp-signature", Data: []byte("-----BEGIN PGP SIGNATURE-----")},
		{Filename: "OpenPGP_0x1234.asc", ContentType: "application/pgp-keys", Data: []byte("-----BEGIN PGP PUBLIC KEY BLOCK-----")},
	}
	_, c := importComplaint(t, s, m)
	ev, err := s.Evidence(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ev {
		names = append(names, e.Filename)
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"image002.jpg", "report.pdf", "维修单.pdf"}) {
		t.Errorf("evidence %q, want the pasted photo and the files, not the logo nor the signatures", names)
	}
	// A message forwarded below the text, shown inline and nameless, is a file of the case.
	inline := inboundMail(3, "owner@example.cn", false)
	inline.Attachments = []InboundAttachment{{ContentType: "message/rfc822", Inline: true,
		Data: []byte("From: n@example.cn\r\nSubject: x\r\n\r\nNested text.\r\n")}}
	_, c = importComplaint(t, s, inline)
	if ev, err := s.Evidence(ctx, c.ID); err != nil || len(ev) != 1 || !strings.HasSuffix(ev[0].Filename, ".eml") {
		t.Errorf("a message forwarded inline: evidence %+v (%v)", ev, err)
	}
	// A message of a small picture alone, without words: the picture is what it says.
	alone := inboundMail(2, "owner@example.cn", false)
	alone.Text = ""
	alone.Attachments = []InboundAttachment{{Filename: "Eelanalüüsi päring.jpg", ContentType: "image/jpeg", Inline: true,
		Data: []byte("small jpeg bytes")}}
	_, c = importComplaint(t, s, alone)
	if ev, err := s.Evidence(ctx, c.ID); err != nil || len(ev) != 1 || ev[0].Filename != "Eelanalüüsi päring.jpg" {
		t.Errorf("a wordless message's picture: evidence %+v (%v)", ev, err)
	}
}

// importComplaint imports a message that opens a complaint: what it became, and the complaint.
func importComplaint(t *testing.T, s *Store, m InboundMail) (MailOutcome, *Complaint) {
	t.Helper()
	ctx := context.Background()
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}})
	if err != nil || out[0].State != MailComplaint {
		t.Fatal(out, err)
	}
	c, err := s.Complaint(ctx, out[0].ComplaintRef)
	if err != nil {
		t.Fatal(err)
	}
	return out[0], c
}

// A file an email brought that is taken off the case is still the email's: the message lists
// it, marked as no longer the case's, until it is put back.
func TestEmailNamesTheFileTakenOffItsCase(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	m := inboundMail(1, "owner@example.cn", false)
	m.Attachments = []InboundAttachment{{Filename: "收费单.jpg", ContentType: "image/jpeg", Data: []byte("jpeg")},
		{Filename: "别家的身份证.jpg", ContentType: "image/jpeg", Data: []byte("other jpeg")}}
	out, c := importComplaint(t, s, m)
	removed := func() string {
		t.Helper()
		msg, err := s.Message(ctx, out.ID)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, a := range msg.Attachments {
			if a.Removed {
				names = append(names, a.Filename)
			}
		}
		return strings.Join(names, ",")
	}
	if got := removed(); got != "" {
		t.Errorf("removed before any was: %q", got)
	}
	ev, err := s.Evidence(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ev, func(e Evidence) bool { return e.Filename == "别家的身份证.jpg" })
	if i < 0 {
		t.Fatalf("evidence %+v", ev)
	}
	if err := s.RemoveEvidence(ctx, c.Ref, ev[i].ID, "附错了"); err != nil {
		t.Fatal(err)
	}
	if got := removed(); got != "别家的身份证.jpg" {
		t.Errorf("removed %q, want 别家的身份证.jpg", got)
	}
	msgs, err := s.Messages(ctx, MessageFilter{ComplaintID: c.ID})
	if err != nil || len(msgs) != 1 || len(msgs[0].Attachments) != 2 || !msgs[0].Attachments[1].Removed {
		t.Errorf("the case's emails %+v, %v", msgs, err)
	}
	if err := s.RestoreEvidence(ctx, c.Ref, ev[i].ID); err != nil {
		t.Fatal(err)
	}
	if got := removed(); got != "" {
		t.Errorf("removed after it was put back: %q", got)
	}
}

// A complainant who answers an old case's mail about something new: the clerk registers the
// reply as a complaint of its own, and the old case keeps a note and no longer waits for an
// answer to it.
func TestReplyRegisteredAsNewComplaint(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{inboundMail(1, "owner@example.cn", false)}})
	if err != nil {
		t.Fatal(err)
	}
	old := out[0].ComplaintRef
	reply := inboundMail(2, "owner@example.cn", false)
	reply.Subject, reply.Text = "Re: ["+old+"] 另外，楼下停车场的灯也坏了", "停车场B区的灯坏了一周。"
	got, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{reply}})
	if err != nil || got[0].State != MailReply || got[0].ComplaintRef != old {
		t.Fatal(got, err)
	}
	if c, _ := s.Complaint(ctx, old); !c.HasNewReply {
		t.Fatal("the reply is not waiting on the old case")
	}
	o, err := s.RegisterMailAsComplaint(ctx, got[0].ID, reply)
	if err != nil || o.State != MailComplaint || o.ComplaintRef == "" || o.ComplaintRef == old || o.ID != got[0].ID {
		t.Fatalf("registered: %+v %v", o, err)
	}
	c, err := s.Complaint(ctx, old)
	if err != nil || c.HasNewReply {
		t.Errorf("old case %+v %v: still waits for an answer to a reply that left it", c, err)
	}
	events, err := s.Events(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if sum := ReadSummary(events[0]); sum.Kind != SummaryMailMoved || sum.Ref != o.ComplaintRef || sum.Text != reply.Subject {
		t.Errorf("the old case's latest entry reads %+v", sum)
	}
	m, err := s.Message(ctx, o.ID)
	if err != nil || m.ComplaintRef != o.ComplaintRef || m.State != MailComplaint {
		t.Errorf("the message is now %+v %v", m, err)
	}
	fresh, err := s.Complaint(ctx, o.ComplaintRef)
	if err != nil || fresh.Description != reply.Text || fresh.RepeatOf != nil {
		t.Errorf("new complaint %+v %v, want one of its own", fresh, err)
	}
	// Writing again on a case that was closed is the same matter again: a repeat complaint,
	// linked to the first.
	if _, err := s.Act(ctx, old, ActParams{Action: ActAssess, Category: "fees", Level: 1, Invalid: true, Reason: "已另行处理"}); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Complaint(ctx, old); c.Status != StatusInvalid {
		t.Fatalf("the old case is %s", c.Status)
	}
	again := inboundMail(3, "owner@example.cn", false)
	again.Subject, again.Text = "Re: ["+old+"] 问题又出现了", "电梯又停了。\n\n-----原始邮件-----\n关于您的投诉……"
	again.AnswerSubject, again.AnswerText = "问题又出现了", "电梯又停了。"
	got, err = s.ImportMail(ctx, MailBatch{Messages: []InboundMail{again}})
	if err != nil || got[0].State != MailReply {
		t.Fatal(got, err)
	}
	o, err = s.RegisterMailAsComplaint(ctx, got[0].ID, again)
	if err != nil {
		t.Fatal(err)
	}
	if repeat, err := s.Complaint(ctx, o.ComplaintRef); err != nil || repeat.RepeatOfRef != old || MinLevel(repeat) != 2 ||
		repeat.Subject != "问题又出现了" || repeat.Description != "电梯又停了。" {
		t.Errorf("registered from a closed case: %+v %v, want a repeat of %s in the complainant's own words", repeat, err, old)
	}
	// The message keeps its text whole.
	if m, err := s.Message(ctx, o.ID); err != nil || m.Text != again.Text || m.RepeatOfRef != old {
		t.Errorf("the message now reads %q, repeating %q %v", m.Text, m.RepeatOfRef, err)
	}
	// Registered at level 2, it still waits for its assessment (category, validity).
	waiting, err := s.List(ctx, ListFilter{Unassessed: true})
	if err != nil || !slices.ContainsFunc(waiting, func(c *Complaint) bool { return c.Ref == o.ComplaintRef }) {
		t.Errorf("the repeat complaint is not awaiting assessment: %v", err)
	}
}

// A message the import could not open a complaint for (no headers, so no sender) is registered
// with the complaint the clerk wrote from its text; until then, and when that complaint is
// refused, it stays as it was.
func TestRegisterFailedMailAs(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	headerless := inboundMail(1, "", false)
	headerless.Raw = []byte("您好，小区东门的道闸坏了，请联系王先生 13800138000。\r\n")
	headerless.Subject, headerless.Date, headerless.FromName = "", nil, ""
	headerless.Text = "您好，小区东门的道闸坏了，请联系王先生 13800138000。"
	headerless.Problem = "the message has no headers: no sender, subject or date"
	headerless.Attachments = []InboundAttachment{{Filename: "道闸.jpg", ContentType: "image/jpeg", Data: []byte("jpeg")}}
	reply := inboundMail(2, "owner@example.cn", false)
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{headerless, reply}})
	if err != nil || out[0].State != MailFailed || out[1].State != MailComplaint {
		t.Fatalf("import: %+v %v", out, err)
	}
	written := NewComplaint{Channel: ChannelPhone, Complainant: Complainant{Name: "王先生", Phone: "13800138000"},
		Subject: "东门道闸损坏", Description: headerless.Text}

	complaints, events := count(t, s, "complaints"), count(t, s, "events")
	nameless := written
	nameless.Complainant.Name = ""
	if _, err := s.RegisterFailedMailAs(ctx, out[0].ID, headerless, nameless); err == nil {
		t.Error("a complaint without the complainant's name was registered")
	}
	unknownRepeat := written
	unknownRepeat.RepeatOf = "TS-2020-999999"
	if _, err := s.RegisterFailedMailAs(ctx, out[0].ID, headerless, unknownRepeat); err == nil {
		t.Error("a repeat of a complaint that does not exist was registered")
	}
	if _, err := s.RegisterFailedMailAs(ctx, out[1].ID, reply, written); err == nil {
		t.Error("a message that opened a complaint was registered again")
	}
	if m, err := s.Message(ctx, out[0].ID); err != nil || m.State != MailFailed || m.Error != headerless.Problem {
		t.Errorf("refused: message %+v %v, want failed as before", m, err)
	}
	if count(t, s, "complaints") != complaints || count(t, s, "events") != events {
		t.Error("a refused registration left complaints or events behind")
	}

	got, err := s.RegisterFailedMailAs(ctx, out[0].ID, headerless, written)
	if err != nil || got.State != MailComplaint || got.ComplaintRef == "" || got.ID != out[0].ID {
		t.Fatalf("registered: %+v %v", got, err)
	}
	c, err := s.Complaint(ctx, got.ComplaintRef)
	if err != nil || c.Channel != ChannelEmail || c.Complainant.Name != "王先生" || c.Complainant.Phone != "13800138000" ||
		c.Subject != "东门道闸损坏" || !c.ReceivedAt.Equal(headerless.ReceivedAt) {
		t.Errorf("complaint %+v %v", c, err)
	}
	m, err := s.Message(ctx, out[0].ID)
	if err != nil || m.State != MailComplaint || m.ComplaintRef != got.ComplaintRef || m.Error != "" {
		t.Errorf("message %+v %v", m, err)
	}
	evs, err := s.Events(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	onTimeline := false
	for _, e := range evs {
		onTimeline = onTimeline || e.Kind == EventEmail && e.RefID == m.ID
	}
	if !onTimeline {
		t.Errorf("the message is not on the case's timeline: %+v", evs)
	}
	if ev, err := s.Evidence(ctx, c.ID); err != nil || len(ev) != 1 || ev[0].Filename != "道闸.jpg" {
		t.Errorf("evidence %+v %v", ev, err)
	}
	var action string
	if err := s.r.QueryRow(`SELECT action FROM audit WHERE entity = 'mail_message' AND entity_id = ? ORDER BY id DESC LIMIT 1`,
		m.ID).Scan(&action); err != nil || action != "register" {
		t.Errorf("audit %q %v", action, err)
	}
	if _, err := s.RegisterFailedMailAs(ctx, out[0].ID, headerless, written); err == nil {
		t.Error("registered twice")
	}
}

// An empty attached file (a zero-byte document, or a returned message with nothing in it) is
// stored as the empty file it is; it once failed the batch, and so every check after it.
func TestEmptyAttachmentIsStored(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	empty := inboundMail(1, "owner@example.cn", false)
	empty.Attachments = []InboundAttachment{{Filename: "意见.doc", ContentType: "application/msword"},
		{ContentType: "message/rfc822", Data: []byte{}}}
	next := inboundMail(2, "neighbour@example.cn", false)
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{empty, next}})
	if err != nil || len(out) != 2 || out[0].State != MailComplaint || out[1].State != MailComplaint {
		t.Fatalf("import: %+v %v", out, err)
	}
	m, err := s.Message(ctx, out[0].ID)
	if err != nil || len(m.Attachments) != 2 || m.Attachments[0].Filename != "意见.doc" || m.Attachments[0].Size != 0 {
		t.Fatalf("stored: %+v %v", m, err)
	}
	if b, err := s.Blob(ctx, m.Attachments[0].SHA256); err != nil || len(b) != 0 {
		t.Errorf("the empty file reads %q, %v", b, err)
	}
}

// A digest's messages, which have no names, are filed on the case each under a name of its own,
// the one the tray shows them by.
func TestNamelessAttachmentsEachTheirName(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	m := inboundMail(1, "owner@example.cn", false)
	m.Attachments = []InboundAttachment{{ContentType: "message/rfc822", Data: []byte("Subject: 1\r\n\r\na")},
		{ContentType: "message/rfc822", Data: []byte("Subject: 2\r\n\r\nb")}}
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := s.Message(ctx, out[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Complaint(ctx, out[0].ComplaintRef)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := s.Evidence(ctx, c.ID)
	if err != nil || len(ev) != 2 {
		t.Fatalf("evidence %+v (%v)", ev, err)
	}
	for i, e := range ev {
		if want := stored.Attachments[i].FileName(out[0].ID); e.Filename != want {
			t.Errorf("evidence %d named %q, want %q", i, e.Filename, want)
		}
	}
	if ev[0].Filename == ev[1].Filename {
		t.Errorf("both named %q", ev[0].Filename)
	}
}

// A message with something in it the database refuses (here a file longer than SQLite takes) is
// kept as received under failed, with the reason; the messages after it are stored as usual, and
// the next check does not stop at it again.
func TestMessageTheDatabaseRefusesDoesNotStopTheOthers(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	conn, err := s.w.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := conn.Raw(func(dc any) error {
		dc.(*sqlite3.SQLiteConn).SetLimit(sqlite3.SQLITE_LIMIT_LENGTH, 64<<10)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	big := inboundMail(1, "owner@example.cn", false)
	big.Attachments = []InboundAttachment{{Filename: "scan.pdf", ContentType: "application/pdf", Data: make([]byte, 100<<10)}}
	next := inboundMail(2, "neighbour@example.cn", false)
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{big, next}})
	if err != nil || len(out) != 2 || out[0].State != MailFailed || out[1].State != MailComplaint {
		t.Fatalf("import: %+v %v", out, err)
	}
	m, err := s.Message(ctx, out[0].ID)
	if err != nil || m.State != MailFailed || !strings.Contains(m.Error, "too big") || len(m.Attachments) != 0 || m.ComplaintRef != "" {
		t.Fatalf("stored: %+v %v", m, err)
	}
	if raw, err := s.RawMessage(ctx, m.ID); err != nil || string(raw) != string(big.Raw) {
		t.Errorf("raw %q %v", raw, err)
	}
	if n := count(t, s, "complaints"); n != 1 {
		t.Errorf("%d complaints, want the second message's", n)
	}
	// Checked again, the message is already stored.
	again, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{big}})
	if err != nil || !again[0].Duplicate {
		t.Errorf("again: %+v %v", again, err)
	}
}

// TestSetMailAside: a failed message the clerk finds needs no complaint is set aside and counted
// apart, stays as it is (read again and still unreadable, it stays aside), can be taken back, and
// leaves the failed tray once registered. Only failed messages are set aside.
func TestSetMailAside(t *testing.T) {
	s := MustOpen(t)
	ctx := WithActor(context.Background(), "clerk1")
	junk := inboundMail(1, "", false)
	junk.Subject, junk.Text = "发票代开", "代开各类发票"
	ok := inboundMail(2, "owner@example.cn", false)
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{junk, ok}})
	if err != nil || out[0].State != MailFailed || out[1].State != MailComplaint {
		t.Fatalf("import: %+v %v", out, err)
	}
	if _, err := s.SetMailAside(ctx, out[1].ID, true); !errors.Is(err, ErrForbidden) {
		t.Errorf("a message that opened a complaint was set aside: %v", err)
	}
	if _, err := s.SetMailAside(ctx, 999, true); !errors.Is(err, ErrNotFound) {
		t.Errorf("a message that does not exist: %v", err)
	}
	m, err := s.SetMailAside(ctx, out[0].ID, true)
	if err != nil || m.State != MailFailed || m.SetAsideAt == nil || m.SetAsideBy != "clerk1" || m.Error == "" {
		t.Fatalf("set aside: %+v %v", m, err)
	}
	if counts, aside, err := s.MailCounts(ctx); err != nil || counts[MailFailed] != 1 || aside != 1 || counts[MailComplaint] != 1 {
		t.Errorf("counts %v, %d set aside, %v", counts, aside, err)
	}
	// Read again, still without a sender: still aside.
	if o, err := s.RetryFailedMail(ctx, out[0].ID, junk); err != nil || o.State != MailFailed {
		t.Fatalf("retry: %+v %v", o, err)
	}
	if m, err := s.Message(ctx, out[0].ID); err != nil || m.SetAsideAt == nil || m.SetAsideBy != "clerk1" {
		t.Errorf("after reading again: %+v %v", m, err)
	}
	if m, err := s.SetMailAside(ctx, out[0].ID, false); err != nil || m.SetAsideAt != nil || m.SetAsideBy != "" {
		t.Errorf("taken back: %+v %v", m, err)
	}
	if _, aside, err := s.MailCounts(ctx); err != nil || aside != 0 {
		t.Errorf("%d set aside after taking it back, %v", aside, err)
	}
	var actions []string
	rows, err := s.r.Query(`SELECT action FROM audit WHERE entity = 'mail_message' AND entity_id = ? ORDER BY id`, out[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var a string
		rows.Scan(&a)
		actions = append(actions, a)
	}
	rows.Close()
	if strings.Join(actions, " ") != "import set_aside import retry taken_back" {
		t.Errorf("audit %v", actions)
	}
	// Set aside, then registered after all: it is a complaint's email like any other.
	if _, err := s.SetMailAside(ctx, out[0].ID, true); err != nil {
		t.Fatal(err)
	}
	o, err := s.RegisterFailedMailAs(ctx, out[0].ID, junk, NewComplaint{Channel: ChannelEmail,
		Complainant: Complainant{Name: "王先生", Phone: "13800138000"}, Subject: "来信", Description: "代开各类发票"})
	if err != nil || o.State != MailComplaint {
		t.Fatalf("register: %+v %v", o, err)
	}
	if m, err := s.Message(ctx, out[0].ID); err != nil || m.SetAsideAt != nil {
		t.Errorf("registered: %+v %v", m, err)
	}
}

// TestFileMailOnCase: a complainant's fresh email about a case that is already open opened a
// complaint of its own; filed on the case, it becomes the complainant's reply there, and the
// complaint it opened is closed as not a complaint of its own, with the clerk's reason. A
// complaint someone has worked on is not closed this way, nor filed on a case registered after
// it, and nothing changes.
func TestFileMailOnCase(t *testing.T) {
	s := MustOpen(t)
	ctx := WithActor(context.Background(), "clerk1")
	open := mustCreate(t, s, newComplaint("王芳", "13812345678", "停车费重复扣款"))
	if _, err := s.Act(ctx, open.Ref, ActParams{Action: ActAssess, Category: "fees", Level: 2}); err != nil {
		t.Fatal(err)
	}
	again := inboundMail(1, "wangfang@example.cn", false)
	again.Subject, again.Text = "停车费的事怎么样了", "上次说的停车费多扣，什么时候退？"
	again.Attachments = []InboundAttachment{{Filename: "扣款记录.png", ContentType: "image/png", Data: []byte("png")}}
	worked := inboundMail(2, "lilei@example.cn", false)
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{again, worked}})
	if err != nil || out[0].State != MailComplaint || out[1].State != MailComplaint {
		t.Fatalf("import: %+v %v", out, err)
	}
	opened := out[0].ComplaintRef
	const reason = "与 TS 为同一事项"
	p := func(err error) *Problem { p, _ := AsProblem(err); return p }

	// Refused: a case that does not exist, the complaint itself, a complaint worked on.
	if _, err := s.FileMailOnCase(ctx, out[0].ID, again, "TS-2026-999999", reason); !errors.Is(err, ErrNotFound) {
		t.Errorf("onto a case that does not exist: %v", err)
	}
	if _, err := s.FileMailOnCase(ctx, out[0].ID, again, opened, reason); !errors.Is(err, ErrInvalid) {
		t.Errorf("onto the complaint it opened: %v", err)
	}
	// Not onto a case registered after the one it opened: the later goes on the earlier.
	if _, err := s.FileMailOnCase(ctx, out[0].ID, again, out[1].ComplaintRef, reason); !errors.Is(err, ErrForbidden) || p(err) == nil || p(err).Code != "newer_case" {
		t.Errorf("onto a later case: %v", err)
	}
	if _, err := s.Act(ctx, out[1].ComplaintRef, ActParams{Action: ActAcknowledge}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FileMailOnCase(ctx, out[1].ID, worked, open.Ref, reason); !errors.Is(err, ErrForbidden) {
		t.Errorf("a complaint already acknowledged: %v", err)
	}
	if m, err := s.Message(ctx, out[1].ID); err != nil || m.State != MailComplaint || m.ComplaintRef != out[1].ComplaintRef {
		t.Errorf("refused, the message is %+v %v", m, err)
	}

	o, err := s.FileMailOnCase(ctx, out[0].ID, again, " "+strings.ToLower(open.Ref), reason)
	if err != nil || o.State != MailReply || o.ComplaintRef != open.Ref || o.ID != out[0].ID {
		t.Fatalf("filed: %+v %v", o, err)
	}
	m, err := s.Message(ctx, out[0].ID)
	if err != nil || m.State != MailReply || m.ComplaintRef != open.Ref {
		t.Errorf("the message is %+v %v", m, err)
	}
	c, err := s.Complaint(ctx, open.Ref)
	if err != nil || !c.HasNewReply {
		t.Errorf("the case %+v %v, want a new reply", c, err)
	}
	if ev, err := s.Evidence(ctx, c.ID); err != nil || len(ev) != 1 || ev[0].Filename != "扣款记录.png" {
		t.Errorf("the case's evidence %+v %v", ev, err)
	}
	closed, err := s.Complaint(ctx, opened)
	if err != nil || closed.Status != StatusInvalid || closed.Valid || closed.InvalidReason != reason ||
		closed.Category != "fees" || closed.Level != 2 || closed.ClosedAt == nil {
		t.Errorf("the complaint it had opened: %+v %v", closed, err)
	}
	if _, err := s.FileMailOnCase(ctx, out[0].ID, again, open.Ref, reason); !errors.Is(err, ErrForbidden) {
		t.Errorf("filed twice: %v", err)
	}
}

// Mail the receiving server marked as spam opens no complaint: it waits with the automatic mail,
// where the clerk registers it when the filter was wrong. A reply naming a case goes on the case
// as a reply all the same.
func TestSpamWaitsWithAutomaticMail(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	first := inboundMail(1, "owner@example.cn", false)
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{first}})
	if err != nil {
		t.Fatal(err)
	}
	spam := inboundMail(2, "sales@invoice.example", false)
	spam.Subject, spam.Spam = "代开发票", "X-Spam-Flag: YES"
	reply := inboundMail(3, "owner@example.cn", false)
	reply.Subject, reply.Spam = "Re: ["+out[0].ComplaintRef+"] 电梯", "X-Spam-Status: Yes"
	before := count(t, s, "complaints")
	got, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{spam, reply}})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].State != MailAuto || got[0].ComplaintRef != "" {
		t.Errorf("spam: %+v, want automatic mail on no case", got[0])
	}
	if got[1].State != MailReply || got[1].ComplaintRef != out[0].ComplaintRef {
		t.Errorf("a reply the filter marked: %+v, want a reply on %s", got[1], out[0].ComplaintRef)
	}
	if n := count(t, s, "complaints"); n != before {
		t.Errorf("%d complaints, want %d", n, before)
	}
	m, err := s.Message(ctx, got[0].ID)
	if err != nil || m.State != MailAuto || m.AutoReply || m.AutoReason != "X-Spam-Flag: YES" {
		t.Errorf("stored spam: %+v %v", m, err)
	}
	registered, err := s.RegisterMailAsComplaint(ctx, got[0].ID, spam)
	if err != nil || registered.State != MailComplaint || registered.ComplaintRef == "" {
		t.Errorf("registered: %+v %v", registered, err)
	}
}

// The reference a subject names, as mail programs keep it and as complainants type it.
func TestRefInSubject(t *testing.T) {
	for subject, want := range map[string]string{
		"Re: [TS-2026-000123] 关于您的投诉": "TS-2026-000123",
		"回复：关于ts-2026-000123的答复":      "TS-2026-000123",
		"回复：【ＴＳ－２０２６－０００１２３】还是没修":     "TS-2026-000123",
		"TS-2026-0001234": "",
		"电梯坏了":            "",
	} {
		if got := RefInSubject(subject); got != want {
			t.Errorf("RefInSubject(%q) = %q, want %q", subject, got, want)
		}
	}
}

// Hotlines' and complaint platforms' work orders name the citizen in labels of their own, several
// to a line where a table was flattened to text or a sentence lists them.
func TestFormContactReadsWorkOrders(t *testing.T) {
	for text, want := range map[string][3]string{
		"12345政务服务便民热线工单\n工单编号：GD2026011200123\n来电人：王秀英\n来电号码：13812345678\n诉求内容：电梯困人。": {"王秀英", "", "13812345678"},
		"工单编号：GD2026011200124\n诉求人：李建国\n联系电话：13900001111":                              {"李建国", "", "13900001111"},
		"来电人：赵敏，公民身份号码：460027199001011234，联系电话：13700002222。\n来电内容：车库积水。":               {"赵敏", "", "13700002222"},
		"投诉单号： TS20260112001  投诉人： 周大伟\n投诉电话： 13200007777 投诉对象类别： 物业":                  {"周大伟", "", "13200007777"},
		"承办机构：  锦绣花园物业服务中心  保险单号码：  P123456\n投保人姓名：  孙丽娟 联系电话：  13300006666":           {"孙丽娟", "", "13300006666"},
		"報事人：吳佩佩\n聯絡電話：0912-345-678\n電子郵件：wu@example.tw":                               {"吳佩佩", "wu@example.tw", "0912-345-678"},
		"姓名：冯强 电话：13512341234 邮箱：feng@example.cn":                                      {"冯强", "feng@example.cn", "13512341234"},
		// The operator, the party complained about and the office's own contact are not the citizen.
		"话务员姓名：陈丽\n来电人：王秀英\n来电号码：13912345678":                        {"王秀英", "", "13912345678"},
		"被投诉方：阳光花园物业\n被投诉人姓名：李强\n投诉人姓名：周大伟\n投诉人电话：13300001234":       {"周大伟", "", "13300001234"},
		"来电人：\n来电号码：保密\n承办单位：阳光花园物业服务中心  联系人：刘洋  联系电话：0755-86001234": {"", "", ""},
		"姓名：\n电话：13800138000\n留言内容：我要投诉，保安 姓名：张卫东 工号：0231，昨晚出言不逊。":   {"", "", "13800138000"},
		// A label the notice does not use for the citizen, and free text, name no one.
		"承办单位：锦绣花园物业\n办理时限：2026-01-19 10:00前答复": {"", "", ""},
	} {
		n, e, p := formContact(textFields(text))
		if [3]string{n, e, p} != want {
			t.Errorf("%q: %q %q %q, want %q", text, n, e, p, want)
		}
	}
}

// A nameless file is named by its kind: a meeting's calendar opens in a calendar program.
func TestNamelessFilesNamedByKind(t *testing.T) {
	for ct, want := range map[string]string{"text/calendar": ".ics", "image/jpeg": ".jpg", "application/x-unknown": ".bin"} {
		if got := extensionFor(ct); got != want {
			t.Errorf("%s: %s, want %s", ct, got, want)
		}
	}
}

// Who wrote the mail on a case decides what it does there: the complainant's reply in their own
// thread stays on their case though its subject names another's; the office mailbox's own
// automatic answer is no contact; a colleague's note is no reply to answer, and their answer to
// the complainant, copied to the office, is contact.
func TestMailOnACaseByWhoWroteIt(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	if err := s.SetOfficeProfile(ctx, Office{Name: "金华物业服务中心", Email: "service@jinhua-pm.example"}); err != nil {
		t.Fatal(err)
	}
	wang := inboundMail(1, "wang@example.cn", false)
	chen := inboundMail(2, "chen@example.cn", false)
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{wang, chen}})
	if err != nil || out[0].State != MailComplaint || out[1].State != MailComplaint {
		t.Fatal(out, err)
	}
	wangRef, chenRef := out[0].ComplaintRef, out[1].ComplaintRef
	newReply := func(ref string) bool {
		t.Helper()
		c, err := s.Complaint(ctx, ref)
		if err != nil {
			t.Fatal(err)
		}
		return c.HasNewReply
	}
	// Wang answers in her own thread with Chen's number in the subject.
	typo := inboundMail(3, "wang@example.cn", false)
	typo.Subject, typo.InReplyTo = "Re: ["+chenRef+"] 电梯", wang.MessageID
	// Chen's own reply naming his case by number still goes there.
	chenReply := inboundMail(4, "chen@example.cn", false)
	chenReply.Subject, chenReply.InReplyTo = "Re: ["+chenRef+"] 噪音", wang.MessageID
	out, err = s.ImportMail(ctx, MailBatch{Messages: []InboundMail{typo, chenReply}})
	if err != nil || out[0].ComplaintRef != wangRef || out[1].ComplaintRef != chenRef {
		t.Fatalf("replies filed on %+v %v, want %s and %s", out, err, wangRef, chenRef)
	}
	// The office mailbox answers Wang's reply by itself: her reply is still unanswered, and no
	// contact is counted.
	before, _ := s.Complaint(ctx, wangRef)
	auto := inboundMail(5, "service@jinhua-pm.example", true)
	auto.Subject, auto.To, auto.AutoReason = "自动回复: Re: ["+wangRef+"] 电梯", []string{"王 <wang@example.cn>"}, "Auto-Submitted: auto-replied"
	auto.ReceivedAt = auto.ReceivedAt.Add(3 * 24 * time.Hour)
	if _, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{auto}}); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Complaint(ctx, wangRef)
	if !after.HasNewReply || !reflect.DeepEqual(before.DueProgress, after.DueProgress) {
		t.Errorf("after the mailbox's own automatic answer: new reply %v, progress due %v (was %v)", after.HasNewReply,
			after.DueProgress, before.DueProgress)
	}
	// A colleague's note on Chen's case, then their answer to him copied to the office.
	note := inboundMail(6, "zhao@jinhua-pm.example", false)
	note.Subject = "Re: [" + chenRef + "] 请暂勿答复业主具体时间"
	answer := inboundMail(7, "zhao@jinhua-pm.example", false)
	answer.Subject, answer.To, answer.Cc = "Re: ["+chenRef+"] 维修安排", []string{"陈 <Chen@Example.cn>"}, []string{"service@jinhua-pm.example"}
	answer.ReceivedAt = answer.ReceivedAt.Add(10 * 24 * time.Hour)
	if newReply(chenRef) != true {
		t.Fatal("Chen's reply is not waiting")
	}
	out, err = s.ImportMail(ctx, MailBatch{Messages: []InboundMail{note}})
	if err != nil || out[0].State != MailReply || out[0].ComplaintRef != chenRef || !newReply(chenRef) {
		t.Fatalf("the colleague's note: %+v %v", out, err)
	}
	c, _ := s.Complaint(ctx, chenRef)
	out, err = s.ImportMail(ctx, MailBatch{Messages: []InboundMail{answer}})
	if err != nil || out[0].ComplaintRef != chenRef || newReply(chenRef) {
		t.Fatalf("the colleague's answer: %+v %v; new reply %v", out, err, newReply(chenRef))
	}
	if m, err := s.Message(ctx, out[0].ID); err != nil || m.Direction != DirOut {
		t.Errorf("the colleague's answer is stored as %+v %v, want outgoing", m, err)
	}
	if after, _ := s.Complaint(ctx, chenRef); after.DueProgress == nil || !after.DueProgress.After(answer.ReceivedAt) ||
		reflect.DeepEqual(after.DueProgress, c.DueProgress) {
		t.Errorf("progress contact due %v after the colleague's answer of %v", after.DueProgress, answer.ReceivedAt)
	}
	// Wang's complaint by phone, no address: her mail naming it as the office's letters do goes
	// there, and a colleague passing on her mail about it is her reply. (In a thread of her own
	// mail, her thread's case wins: the number may be a neighbour's case.)
	phone := mustCreate(t, s, newComplaint("王", "13800001111", "停车位被占"))
	byNumber := inboundMail(9, "wang@example.cn", false)
	byNumber.Subject = "[" + phone.Ref + "] 处理进展"
	inThread := inboundMail(11, "wang@example.cn", false)
	inThread.Subject, inThread.InReplyTo = "Re: 车位（和"+phone.Ref+"是同一辆车）", wang.MessageID
	if out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{inThread}}); err != nil || out[0].ComplaintRef != wangRef {
		t.Errorf("a reply in her own thread naming the phone case: %+v %v, want it on %s", out, err, wangRef)
	}
	passedOn := inboundMail(10, "zhao@jinhua-pm.example", false)
	passedOn.Subject = "转发: " + phone.Ref + " 车位又被占了"
	passedOn.Forwarded = &ForwardedMail{FromName: "王", FromEmail: "wang@example.cn", Subject: "车位又被占了", Text: "车位又被占了。"}
	out, err = s.ImportMail(ctx, MailBatch{Messages: []InboundMail{byNumber}})
	if err != nil || out[0].ComplaintRef != phone.Ref {
		t.Errorf("a reply naming the phone case: %+v %v, want it on %s", out, err, phone.Ref)
	}
	mustAct(t, s, phone.Ref, ActParams{Action: ActReplyRead})
	if out, err = s.ImportMail(ctx, MailBatch{Messages: []InboundMail{passedOn}}); err != nil || out[0].ComplaintRef != phone.Ref ||
		!newReply(phone.Ref) {
		t.Errorf("the complainant's mail passed on by a colleague: %+v %v, new reply %v", out, err, newReply(phone.Ref))
	}
	// Without a note's flag: a fresh note alone leaves a case with no waiting reply as it was.
	note2 := inboundMail(8, "zhao@jinhua-pm.example", false)
	note2.Subject = "Re: [" + chenRef + "] 已派工"
	if _, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{note2}}); err != nil || newReply(chenRef) {
		t.Errorf("a colleague's note marks a new reply: %v", err)
	}
}

// A complainant's reply that needs no answer (a thank-you after the case closed) is marked read:
// a closed case admits nothing else that would stop it waiting.
func TestReplyMarkedRead(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{inboundMail(1, "owner@example.cn", false)}})
	if err != nil {
		t.Fatal(err)
	}
	ref := out[0].ComplaintRef
	if _, err := s.Act(ctx, ref, ActParams{Action: ActReplyRead}); !errors.Is(err, ErrForbidden) {
		t.Errorf("marked read with no reply waiting: %v", err)
	}
	mustAct(t, s, ref, ActParams{Action: ActAssess, Category: "fees", Level: 1, Invalid: true, Reason: "物业费已退"})
	thanks := inboundMail(2, "owner@example.cn", false)
	thanks.Subject, thanks.Text = "Re: ["+ref+"] 谢谢", "收到退款了，谢谢。"
	if got, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{thanks}}); err != nil || got[0].State != MailReply {
		t.Fatal(got, err)
	}
	c, _ := s.Complaint(ctx, ref)
	if !c.HasNewReply || !slices.Contains(Allowed(c), ActReplyRead) {
		t.Fatalf("closed case with a reply: new reply %v, allowed %v", c.HasNewReply, Allowed(c))
	}
	c = mustAct(t, s, ref, ActParams{Action: ActReplyRead, Text: "业主致谢"})
	if c.HasNewReply || c.Status != StatusInvalid {
		t.Errorf("after marking it read: new reply %v, status %s", c.HasNewReply, c.Status)
	}
	events, err := s.Events(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if sum := ReadSummary(events[0]); sum.Kind != SummaryReplyRead || sum.Text != "业主致谢" {
		t.Errorf("the case's latest entry reads %+v", sum)
	}
}

// A server that gives no UIDVALIDITY keeps what it did not deliver as any other does.
func TestUnfetchedMailWithoutUIDValidity(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	acct, err := s.SaveMailAccount(ctx, MailAccount{Name: "office", Host: "127.0.0.1", Security: SecurityNone, Username: "a"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ImportMail(ctx, MailBatch{AccountID: acct.ID, Folder: "INBOX", LastUID: 3,
		Unfetched: []UnfetchedMail{{UID: 2, Error: "the server sent no content for it"}}}); err != nil {
		t.Fatal(err)
	}
	if waiting, err := s.UnfetchedMail(ctx, acct.ID, "INBOX", 0); err != nil || len(waiting) != 1 || waiting[0].UID != 2 {
		t.Errorf("waiting %+v %v", waiting, err)
	}
}

// A work order's citizen comes with the address they gave, as a form's visitor does.
func TestWorkOrderGivesTheCitizensAddress(t *testing.T) {
	s := MustOpen(t)
	m := inboundMail(1, "noreply@12345.example", false)
	m.FromName, m.Text = "12345热线", "工单编号：GD2026\n来电人：王秀英\n来电号码：13912345678\n来电地址：阳光花园3栋602\n诉求内容：电梯故障三天。"
	_, c := importComplaint(t, s, m)
	if c.Complainant.Name != "王秀英" || c.Complainant.Phone != "13912345678" || c.Complainant.Address != "阳光花园3栋602" {
		t.Errorf("complainant %+v", c.Complainant)
	}
}

// A claim on an account's mail check keeps other programs out until it is released or lapses,
// or until it is found to be a dead program's; its holder renews it.
func TestMailCheckClaims(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, officeTZ)
	s.Now = func() time.Time { return now }
	acct, err := s.SaveMailAccount(ctx, MailAccount{Host: "127.0.0.1", Security: SecurityNone, Username: "clerk"})
	if err != nil {
		t.Fatal(err)
	}
	claim := func(holder string, dead func(string) bool) bool {
		t.Helper()
		ok, err := s.ClaimMailSync(ctx, acct.ID, holder, 2*time.Minute, dead)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !claim("a", nil) || claim("b", nil) || !claim("a", nil) {
		t.Fatal("a claim did not keep another program out, or its holder could not renew it")
	}
	if claim("b", func(other string) bool { return other == "c" }) {
		t.Error("a live program's claim was taken")
	}
	if !claim("b", func(other string) bool { return other == "a" }) {
		t.Error("a dead program's claim was kept")
	}
	now = now.Add(3 * time.Minute)
	if !claim("a", nil) {
		t.Error("a lapsed claim was kept")
	}
	if err := s.ReleaseMailSync(ctx, acct.ID, "a"); err != nil || !claim("b", nil) {
		t.Errorf("a released claim was kept: %v", err)
	}
}

// The phone number at the start of a labelled value, as people type it.
func TestPhoneIn(t *testing.T) {
	for value, want := range map[string]string{
		"13812345678": "13812345678",
		"１３９１１１１８８８８（微信同号）": "13911118888",
		"０９０−１２３４−５６７８":     "090-1234-5678",
		"+852.9123.4567":           "+852.9123.4567",
		"(+852) 9123 4567":         "(+852) 9123 4567",
		"+86 (0)21 6123 4567":      "+86 (0)21 6123 4567",
		"+81-(0)3-1234-5678":       "+81-(0)3-1234-5678",
		"0571-88886666转8001":       "0571-88886666 转8001",
		"13812345678 13987654321":  "13812345678",
		"13800138000，有事请打":         "13800138000",
		"王女士 13857100030":          "13857100030",
		"王先生（13857100055）":         "13857100055",
		"090":                      "",
		"见下文":                      "",
		"13912345678（18点后方便接听）":    "13912345678",
		"13912340003 3号楼2单元702":    "13912340003",
		"13912340047 2026年3月5日":    "13912340047",
		"+86 138 1234 0018":        "+86 138 1234 0018",
		"(0755)2345-6789":          "(0755)2345-6789",
		"QQ 123456789":             "",
		"13812345678-13912345678":  "13812345678",
		"微信 wx13812345678":         "",
		"138 0013 8000 / 0571-888": "138 0013 8000",
		"913822456（QQ）":            "",
		"2638810457 (QQ号)":         "",
		"2638810457":               "2638810457", // a QQ number's or a foreign phone's: kept
		"13800001111（微信）":          "13800001111",
		"0223456789":               "0223456789",
		"13812345678 微信同号":         "13812345678",
	} {
		if got := phoneIn(value); got != want {
			t.Errorf("phoneIn(%q) = %q, want %q", value, got, want)
		}
	}
}

// Labels of several words, and Japanese and Korean ones, as foreign tenants sign.
func TestFormLineFieldsInSignatures(t *testing.T) {
	for line, want := range map[string]formField{
		"Mobile Phone: +852 9123 4567":     {"phone", "+852 9123 4567"},
		"Phone number : 13812345678":       {"phone", "13812345678"},
		"Home address: Room 1205, Tower":   {"address", "Room 1205, Tower"},
		"携帯：090-1234-5678":                 {"phone", "090-1234-5678"},
		"주소: 서울시 강남구":                      {"address", "서울시 강남구"},
		"H.P: 010-1234-5678":               {"phone", "010-1234-5678"},
		"石磊 电话：13857100063":                {"phone", "13857100063"},
		"房号：3幢1201":                        {"address", "3幢1201"},
		"我的电话：13811112222":                 {"phone", "13811112222"},
		"地　　址：阳光花园10栋301":                  {"address", "阳光花园10栋301"},
		"电 话：13812340004":                  {"phone", "13812340004"},
		"座机：010-62345678":                  {"phone", "010-62345678"},
		"联系电话(微信同号)：13912340024":           {"phone", "13912340024"},
		"电话/微信：13912340023":                {"phone", "13912340023"},
		"会员手机号：13712340027":                {"phone", "13712340027"},
		"My phone: 13812340019":            {"phone", "13812340019"},
		"手机 13812340007":                   {"phone", "13812340007"},
		"电话：0755-2345 6789（工作日9:00-18:00）": {"phone", "0755-2345 6789（工作日9:00-18:00）"},
		"1. 姓名：吴刚":                         {"name", "吴刚"},
		"（2）电话：13812340000":                {"phone", "13812340000"},
		"② 地址：5栋802":                       {"address", "5栋802"},
		"📞电话：13812340001":                  {"phone", "13812340001"},
		"【电话】13812340002":                  {"phone", "13812340002"},
		"【地址】：阳光花园3栋":                      {"address", "阳光花园3栋"},
	} {
		if got := formLineFields(line); len(got) != 1 || got[0] != want {
			t.Errorf("%q: %+v, want %+v", line, got, want)
		}
	}
	for _, line := range []string{"please call me at: 138", "手机 坏了", "电话 13812340007 找王经理", "【通知】停水"} {
		if got := formLineFields(line); got != nil {
			t.Errorf("%q read as fields: %+v", line, got)
		}
	}
}

// A phone's photos and screenshots shown in its mail's text are evidence however small; a
// signature's logo is not.
func TestSmallPhotosFromPhonesAreEvidence(t *testing.T) {
	small := make([]byte, 20<<10)
	for name, want := range map[string]bool{"IMG_0731.jpeg": false, "image0.png": false, "Screenshot_20261201.png": false,
		"image001.png": true, "logo.png": true} {
		if got := decoration(InboundAttachment{Filename: name, ContentType: "image/png", Inline: true, Data: small}); got != want {
			t.Errorf("%s: decoration %v, want %v", name, got, want)
		}
	}
}

// Who a chain of forwards passes on: the first writer from outside, through colleagues'
// forwards; a writer named without an address who answers what they quote wrote their words.
func TestPassedOn(t *testing.T) {
	own := map[string]bool{"service@jinhua-pm.example": true}
	notice := &ForwardedMail{FromName: "物业服务中心", Subject: "停水通知"}
	citizen := &ForwardedMail{FromName: "吴敏", Subject: "回复：停水通知", Forwarded: notice, Answers: true}
	leader := &ForwardedMail{FromName: "周主任", FromEmail: "zhou@jinhua-pm.example", Subject: "转发: 回复：停水通知", Forwarded: citizen}
	byName := &ForwardedMail{FromName: "周主任", Subject: "转发: 回复：停水通知", Forwarded: citizen}
	for name, tc := range map[string]struct {
		f, want *ForwardedMail
	}{
		"a leader passing on a citizen's answer": {leader, citizen},
		"a leader named by name":                 {byName, citizen},
		"inside only":                            {&ForwardedMail{FromName: "周主任", FromEmail: "zhou@jinhua-pm.example"}, nil},
		"a nameless writer":                      {&ForwardedMail{}, nil},
	} {
		if got := passedOn(tc.f, own, "jinhua-pm.example"); got != tc.want {
			t.Errorf("%s: %+v, want %+v", name, got, tc.want)
		}
	}
}

// A resident's lines about the party complained about (a shop, a decorator, the repair firm)
// give the resident no phone number or address; their own lines after it do.
func TestOtherPartiesLinesAreNotTheWriters(t *testing.T) {
	for text, want := range map[string][2]string{
		"楼下装修太吵。\n\n装修公司：杭州美家装饰有限公司\n联系人：王师傅\n电话：13900001111\n\n李明\n3幢1402":       {"", "3幢1402"},
		"商户名称：欢乐迪KTV\n地址：南门底商8号\n电话：0571-87001234\n\n半夜太吵。":                       {"", ""},
		"投诉对象：川味烧烤（老板姓刘）\n地址：阳光花园南门底商8号":                                          {"", ""},
		"物业说转给了维修公司：联系人：王师傅 电话：13912345678":                                       {"", ""},
		"维修公司一直没来，师傅电话打不通。\n\n联系电话：13811112222\n地址：4幢502":                         {"13811112222", "4幢502"},
		"房东：陈先生，电话：13700000017\n我的电话：13811112222":                                 {"13811112222", ""},
		"餐厅名称：蜀香源川菜馆\n地址：沿街商铺A-105\n电话：0571-86660046\n\n投诉人：王芳\n联系电话：13811112222": {"13811112222", ""},
		"被投诉人：李四\n投诉人：王芳\n联系电话：13811112222\n地址：3幢101":                             {"13811112222", "3幢101"},
		// Greetings, a tenant's own company and sentences with colons are the writer's.
		"尊敬的物业公司：\n电梯坏了。\n联系电话：13811112222\n地址：3幢101":               {"13811112222", "3幢101"},
		"空调不制冷。\n\n张伟\n公司：杭州云帆科技有限公司\n电话：0571-88881234\n地址：B座1502":  {"0571-88881234", "B座1502"},
		"今天来的维修师傅说：零件没货。\n联系电话：13811112222":                         {"13811112222", ""},
		"空调不制冷。\n\n李明\n工作单位：市第一人民医院\n电话：13811112222\n地址：5幢302":      {"13811112222", "5幢302"},
		"上周报修漏水，物业说转给了维修公司：\n联系人：王师傅\n电话：13912345678\n\n我的地址：4幢502": {"", "4幢502"},
		// Someone's role before their number, on the line or as its label: a shop's manager, the
		// conference staff, a hotel, the neighbour upstairs, a landlord named as 业主 to a tenant.
		"总部客服：\n店长：李华 电话：13812341234\n这个店长对顾客很不礼貌。\n我的手机号是13612340029。":                        {"13612340029", ""},
		"会务组：王老师 手机：13812340000\n\n姓名：何建国\n手机：13912340023":                                     {"13912340023", ""},
		"入住酒店：皇冠假日酒店\n地址：深圳市福田区深南大道9026号\n电话：0755-83338888\n\n我的联系方式：\n姓名：何建国\n手机：13912340023": {"13912340023", ""},
		"您好，我是租户。\n业主：李先生（房东）\n电话：13766650003\n热水器坏了一个月。\n我的手机：13912350003":                    {"13912350003", ""},
		"楼上1302漏水。\n楼上住户 电话：13500001111\n麻烦物业出面协调，我的手机13600002222。":                            {"13600002222", ""},
		"管家小刘 电话：13500001112\n一直不回。":                                                           {"", ""},
		"楼上业主：李先生 电话：13500001113\n半夜跺脚。":                                                       {"", ""},
		// A salutation to the office before the writer's own lines; "同上" is no address.
		"尊敬的物业：您好！\n联系电话：13912350002\n地址：翠湖小区6号楼302\n小区健身器材坏了。": {"13912350002", "翠湖小区6号楼302"},
		"物业：您好\n电话：13912350004\n地址：同上":                          {"13912350004", ""},
		"门禁坏了。\n联系人：王女士 13512340008\n地址：\n碧海花园9栋702":            {"13512340008", "碧海花园9栋702"},
		"有事请打我电话13912345602，谢谢。":                                {"13912345602", ""},
		"Noise at night. My number is 138 1234 0018.":           {"138 1234 0018", ""},
		"您好，楼道灯不亮。\n联系方式：QQ 123456789":                          {"", ""},
		// The office's own number in a sentence, someone else's, an ID card's are not the writer's.
		"公告上说有问题请联系我们客服热线 400-888-1234，打了一上午都是忙音。": {"", ""},
		"请联系我的代理律师 13500001111。":                   {"", ""},
		"姓名：周敏 身份证 330102199003071234\n地址：3幢101":   {"", "3幢101"},
		"座机：0571-86001234 8:30-17:30":              {"0571-86001234", ""},
		"联系电话：86001234 2栋前台":                       {"86001234", ""},
		// The writer's own lines after a sentence about others, or after neutral labels.
		"我是楼下住户，以下是我的联系方式：\n姓名：赵刚\n房号：2栋301\n电话：13811113333": {"13811113333", "2栋301"},
		"小区：阳光花园 房号：5栋802 电话：13811114444":                    {"13811114444", "5栋802"},
		"投诉时间：2026年3月5日 联系电话：13811115555":                    {"13811115555", ""},
		"快递地址：阳光花园3栋1201\n电话：13811116666":                    {"13811116666", "阳光花园3栋1201"},
		// The writer's own number said so goes before a line that only may be theirs; a
		// neighbour by room number, a 楼长, a developer, a notice quoted are someone else.
		"1601业主：张先生\n电话：13711112222\n\n我的电话：13588880000": {"13588880000", ""},
		"肇事人：王某\n联系电话：13700009999\n我的手机：13899997777":     {"13899997777", ""},
		"我的邻居：王五 电话：13700001212\n楼上太吵。":                  {"", ""},
		"电梯坏了。\n【姓名】张三【电话】13812340000【地址】阳光花园3栋":         {"13812340000", "阳光花园3栋"},
		"电梯坏了。\n姓名：周杰\n楼栋：7栋\n单元：2单元\n房号：1502":           {"", "7栋2单元1502"},
		// Someone else's words quoted, a number said to be dead, a notice or message quoted
		// until the writer speaks again, roles of the writer's own people, "见落款".
		"母亲电话：13600001111 我的电话：13922223333":                                         {"13922223333", ""},
		"门上贴的告示：本户装修，我的电话：13912345678，如有打扰请见谅":                                      {"", ""},
		"（住户：王建，房号：9-1-301，电话：13733330000）楼上住户：刘勇，房号：9-1-401，电话：13744440000":        {"13733330000", "9-1-301"},
		"维修师傅说：有问题直接打我电话 13900000302\n联系电话：13800000302":                             {"13800000302", ""},
		"楼上那户说我的电话是13900000309，让我别找物业。\n联系电话：13800000309":                           {"13800000309", ""},
		"邻居贴的纸条：「有意见请打我电话13900000301」":                                              {"", ""},
		"我的手机 13800000305 已经停机了，请打 13900000305":                                     {"13900000305", ""},
		"物业发给我的短信：\n联系人：管家小陈\n联系电话：13900000404\n\n我的电话：13800000404":                 {"13800000404", ""},
		"你们贴的通知是这样写的：\n联系电话：0571-88886666\n结果没来水，我很生气。\n我的电话：13566660000":           {"13566660000", ""},
		"我的律师：张律师 电话：13900000205":                                                   {"", ""},
		"我的地址：见落款\n\n此致\n业主 电话：13800000204":                                         {"", ""},
		"地址：紫荆苑3幢（原5幢）电话：13800000601":                                               {"13800000601", "紫荆苑3幢（原5幢）"},
		"楼长：王阿姨\n电话：13900002222\n她说不归她管。":                                           {"", ""},
		"开发商：绿城房产\n联系电话：400-888-1234\n地址：杭州市西湖区XX路1号":                               {"", ""},
		"停水又没提前说。\n你们贴的通知是这样写的：\n联系电话：0571-88886666\n地址：物业服务中心\n\n我的电话：13566660000": {"13566660000", ""},
		"地址：0571-88886666\n手机：13912345678":                                          {"13912345678", ""},
	} {
		c := complaintOf(&InboundMail{FromName: "业主", FromEmail: "yz@163.com", Subject: "投诉", Text: text}, "业主", "yz@163.com", false)
		if got := [2]string{c.Complainant.Phone, c.Complainant.Address}; got != want {
			t.Errorf("%q: phone and address %q, want %q", text, got, want)
		}
	}
}

// A writer who gives their number and address without labels, under their name at the foot of
// the mail or in a sentence of their own, gives them; someone else's, or a place they speak of,
// does not.
// The sender's name may be a nickname, an English name or a flat: the name the mail is signed
// with gives the contact beside it, and a flat is an address, not a name.
func TestSendersNameThatIsNoChineseName(t *testing.T) {
	for _, tc := range []struct{ from, text, name, phone, address string }{
		{"小鱼儿", "门禁卡一直刷不开，已经反映过多次。吴芳 13633334444 地址：阳光花园2号楼", "小鱼儿", "13633334444", "阳光花园2号楼"},
		{"Jason Chen", "门禁坏了。\n陈杰 13544445555 8栋", "Jason Chen", "13544445555", "8栋"},
		{"Jason Chen", "门禁坏了。\n保安 李强 13544445555", "Jason Chen", "", ""},
		{"yezhu888", "游泳池水很浑浊。\n刘先生 电话 13511112222", "yezhu888", "13511112222", ""},
		// A name the words before it introduce, a neighbour's flat, someone's job: not the writer's.
		{"小鱼儿", "麻烦物业帮忙联系一下他们房东\n张强 13900001111", "小鱼儿", "", ""},
		{"快乐每一天", "他家的电话写在下面，你们自己打试试。\n刘洋 13511110000", "快乐每一天", "", ""},
		{"Ocean", "就是这个人：\n\n赵磊 15800001111", "Ocean", "", ""},
		{"阿晴", "楼道很脏。\n孙丽 18800002222 6号楼管家", "阿晴", "", ""},
		{"吃货一枚", "外卖放错了。\n外卖小哥 13900004545", "吃货一枚", "", ""},
		{"小静", "楼上漏水。\n王建国 5栋602说不是他家漏的", "小静", "", ""},
		{"岁月静好", "楼道灯坏了。\n孙浩 13811118888", "岁月静好", "13811118888", ""},
		{"Ocean", "楼道灯坏了。\n孙浩 13811118888。", "Ocean", "13811118888", ""},
		{"孙浩", "楼道灯坏了。\n孙浩 1802 13811118888", "孙浩", "13811118888", ""}, // a room, then the number: not one number
		{"邵华", "到店被告知没有预约。\n\n邵华 +86 13812345678", "邵华", "+86 13812345678", ""},
		{"陳太", "大堂升降機又壞咗。\n陳太 電話 9123 4567", "陳太", "9123 4567", ""},
		{"xiaoming_mama", "老师上课一直在放视频。\n班级：周六上午编程启蒙2班\n\n小明妈妈 13900001234", "xiaoming_mama", "13900001234", ""},
		{"張志強", "致：雲棲花園管理處\n由：第5座18樓C室業主 張志強\n\n升降機故障。", "張志強", "", "第5座18樓C室"},
		{"3号楼物业", "楼道灯坏了。", "3号楼物业", "", ""},
		{"2号门岗", "大门坏了。", "2号门岗", "", ""},
		{"阳光花园5栋1单元", "楼道灯坏了。", "yz", "", "阳光花园5栋1单元"},
		{"张伟 3-2-1101", "楼道灯坏了。", "张伟", "", "3-2-1101"},
		{"12号楼王阿姨", "晚上广场舞音响太吵。", "12号楼王阿姨", "", "12号楼"},
		{"1号楼超市", "总有车停在我们超市门口。", "1号楼超市", "", ""},
		{"5栋管家小周", "5栋2单元802的业主刘先生反映楼上装修太吵。", "5栋管家小周", "", ""},
		{"5栋业主", "5栋电梯坏了三天了。", "5栋业主", "", ""},
	} {
		c := complaintOf(&InboundMail{FromName: tc.from, FromEmail: "yz@163.com", Subject: "投诉", Text: tc.text}, tc.from, "yz@163.com", false)
		if got := [3]string{c.Complainant.Name, c.Complainant.Phone, c.Complainant.Address}; got != [3]string{tc.name, tc.phone, tc.address} {
			t.Errorf("%q from %q: %q, want %q", tc.text, tc.from, got, [3]string{tc.name, tc.phone, tc.address})
		}
	}
}

func TestUnlabelledContactOfTheWriter(t *testing.T) {
	for text, want := range map[string][2]string{
		"电梯坏了。\n\n此致\n敬礼\n\n王建国\n138 0013 8000\n阳光花园3栋1201\n2026年11月20日": {"138 0013 8000", "阳光花园3栋1201"},
		"電梯壞咗。\n\n業主 王建国\n9123 4567\n業主（第3座 12樓 B室）":                     {"9123 4567", "第3座 12樓 B室"},
		"垃圾车太吵。\n\n王建国 敬上\n新北市板橋區文化路一段188巷5號3樓":                          {"", "新北市板橋區文化路一段188巷5號3樓"},
		"快递丢了。我是6栋的，电话18677778888":                                       {"18677778888", "6栋"},
		// A flat's number alone where the writer says it is theirs; their number after it.
		"快递柜又满了。我是1402的，电话13611112222": {"13611112222", "1402"},
		"道闸坏了。我家1204，电话13765432109":    {"13765432109", "1204"},
		"楼上很吵。我住302，有事找我。":             {"", "302"},
		"我住1204房间，空调坏了。":               {"", ""},
		"我家3口人都被吵醒了。":                  {"", ""},
		// "我的是" after a phone is spoken of; the number before the writer's name.
		"留个电话吧，我的是13912345678":              {"13912345678", ""},
		"电话13900001125是管家的，我的是13900001126。": {"13900001126", ""},
		"我的是13号车位，又被占了。":                    {"", ""},
		"3号楼电梯又坏了，老人上不去。13900005555 王建国":    {"13900005555", ""},
		"3号楼电梯又坏了，请联系保安。13900005555 李强":     {"", ""},
		"我是3号楼的邻居，他家天天吵。":                   {"", ""},
		"我住在翠湖花园5栋1单元801室，楼上每晚都很吵。":         {"", "翠湖花园5栋1单元801室"},
		"我是7栋2单元1502的业主，楼上漏水。":              {"", "7栋2单元1502"},
		"本人王建国，业主，房号翠湖花园8栋302室，车位被占。":       {"", "翠湖花园8栋302室"},
		// Someone else's number below another name, a date, a place the writer speaks of.
		"请师傅来修。\n\n维修师傅\n13900001111": {"", ""},
		"王建国\n2026年11月20日":            {"", ""},
		"王建国\n我昨天13点在3号楼等了一下午。":       {"", ""},
		"我在3号楼电梯里被困了半小时。":             {"", ""},
		"我是来投诉3号楼电梯的。":                {"", ""},
		"我住的3号楼电梯坏了。":                 {"", ""},
		"楼上那户说他住在5栋802。":              {"", ""},
		"师傅说：我住在5栋802，有事找我。":          {"", ""},
		"李娜\n13700002222\n\n王建国":      {"", ""},
		"我住在这里十年了，从没这么吵。":             {"", ""},
		// A date is no phone; a label above the next line gives someone else's value; a
		// labelled line is no address.
		"电梯坏了。\n王建国\n2026-03-05":                      {"", ""},
		"电梯坏了。\n王建国\n05.03.2026\n13800001111":         {"13800001111", ""},
		"电梯坏了。\n王建国\n2026年3月5日 星期四\n13800001111":      {"13800001111", ""},
		"楼上漏水。\n王建国\n楼上1502业主的电话（门上贴的）：\n13911112222": {"", ""},
		"退款没到。\n王建国\n订单编号：\n2305128890123":            {"", ""},
		"车位被占。\n王建国\n单位：杭州市第一人民医院 3号楼":                {"", ""},
		"你们公告上写的管家是：\n王建国\n13755556666":               {"", ""},
		"会议室空调坏了。\n王建国\n贵酒店8号楼1208房\n13012345678":     {"13012345678", ""},
		"電梯壞咗。\n王建国 謹啟\n第3座12樓B室":                     {"", "第3座12樓B室"},
		"漏水那户的房号是8栋1502，我家是8栋1402。":                   {"", "8栋1402"},
		// A building alone is the writer's too; a new number goes before the old one, and a
		// number the writer asks to be called on before "联系我" is theirs, not a relative's.
		"我住9栋，楼上每天晚上拖椅子。":                              {"", "9栋"},
		"家住5幢，门口垃圾三天没人清。":                              {"", "5幢"},
		"老人家住5幢2单元301，电话13812345678":                   {"", ""},
		"我住3楼，楼上漏水。":                                   {"", ""},
		"我的电话：13700002222\n楼上漏水。\n我换号了，新号码13912345678": {"13912345678", ""},
		"我換號了，新號碼 0912-345-678":                        {"0912-345-678", ""},
		"之前留的电话停机了，请打13912345678联系我。":                  {"13912345678", ""},
		"13912345678 找我就行，谢谢":                          {"13912345678", ""},
		"物业说：请打13912345678联系我们。":                       {"", ""},
		// A business centre's lettered tower; an estate's name between the street number and
		// the building.
		"我司位于B座2801，空调不制冷。":                 {"", "B座2801"},
		"我们店在1号商业楼1楼103号铺，隔壁奶茶店把桌椅摆到我们门口了。": {"", "1号商业楼1楼103号铺"},
		"我住5号楼隔壁楼3单元。":                      {"", ""},
		"我住B座2203。":                         {"", "B座2203"},
		"我住在海珠区江南西路120号金碧花园12栋502，楼下开店太吵。":  {"", "海珠区江南西路120号金碧花园12栋502"},
		"快递单上写的房号是3栋1201，可我住在3栋1102。":       {"", "3栋1102"},
		"以前我住在5栋602，现在我住9栋1101。":            {"", "9栋1101"},
		"我住在7栋302的正下方。":                     {"", ""},
		"我住在5栋2单元1501对面。":                   {"", ""},
		"我是7栋1单元301的业主委托的律师。":               {"", ""},
		"我住的是5栋602。":                        {"", "5栋602"},
		"我是3栋602业主，楼下太吵。":                   {"", "3栋602"},
		"本人系3幢1501室业主。":                     {"", "3幢1501室"},
		"我係第3座12樓B室嘅業主。":                    {"", "第3座12樓B室"},
		"我们店在B座1楼112号开了个面馆，门口被堵。":           {"", "B座1楼112号"},
		"我住在贵酒店8号楼1208房间。":                  {"", ""},
		"我住在3楼已经15年了。":                      {"", ""},
		// Beside the name, after a role; a work signature's number and address are the company's.
		"会议室空调坏了。\n王建国 13588002200":     {"13588002200", ""},
		"停车费多扣了。\n业主 王建国 15968001234":   {"15968001234", ""},
		"门店服务差。\n顾客 王建国\n158 0000 3333": {"158 0000 3333", ""},
		"小区路灯坏了。\n王建国\n0571-86001234\n杭州市西湖区文三路90号3号楼5层\n云帆科技有限公司 | 高级工程师": {"", ""},
		// Someone's words pasted whole; a notice pasted in quotes, then the writer again.
		"以下是邻居发给我的：\n我住在5栋602，楼上漏水。\n我家也一样。":                               {"", ""},
		"以下是物业发给我的短信：\n“尊敬的业主，您3月物业费尚未缴纳。”\n我已经交过了。我是11栋601的业主。":           {"", "11栋601"},
		"下面是邻居发给我的微信：\n我的电话：13900000402\n———\n联系电话：13800000402\n地址：8幢1102": {"13800000402", "8幢1102"},
		// Spaced parts of a Hong Kong flat, Taiwan's 之N, a field after a comma.
		"我住喺 麗港城3期 12座 8樓 A室，冷氣滴水。":     {"", "麗港城3期 12座 8樓 A室"},
		"我住在台北市大安區復興南路一段100號5樓之3，樓上很吵。": {"", "台北市大安區復興南路一段100號5樓之3"},
		"房号：5-1-801，电话13811119999":      {"13811119999", "5-1-801"},
		// A date beside the name; the office's staff or a namesake named with their role above
		// the writer's own signature; a staff contact's number after a comma; a sentence's rest.
		"停水。\n王建国 2026.3.15": {"", ""},
		"维修工 王建国 13911112222 说明天来。\n\n业主 王建国\n13588880000": {"13588880000", ""},
		"联系人：物业管家小刘，电话13800001111":                         {"", ""},
		"电话：13566669999，房号7栋1101室的住户占了我的车位":                {"13566669999", ""},
		"地址：阳光花园3栋，电话24小时打不通":                              {"", "阳光花园3栋"},
		// A day, a place beside a building, a hotel's room, a meeting room under the name.
		"我们店在12号晚上被停电。":           {"", ""},
		"我住在8号楼西侧的平房。":            {"", ""},
		"我家住在东区3号门附近。":            {"", ""},
		"入住会展酒店，房号是1208室。":        {"", ""},
		"隔壁装修，房号是5栋1202。":         {"", ""},
		"会议室空调坏了。\n王建国\n3号会议室":    {"", ""},
		"我们公司在科技园5栋1203，楼下餐厅油烟大。": {"", "科技园5栋1203"},
		// Someone's words pasted after an introduction of where they come from.
		"原文如下：\n我的电话13900001111，我住在6栋1201。\n\n请处理。":  {"", ""},
		"下面是业主群里的聊天记录：\n张三：我住在6栋1201，也漏水。\n\n请一起处理。": {"", ""},
		// Someone else's lines introduced without a colon, their name on a line of its own.
		"我是租户，房东一直不修热水器，房东信息如下\n姓名：刘建国\n电话：13900001111\n请物业帮忙联系他。\n王建国 13522223333": {"13522223333", ""},
		"我是租户，下面是房东的联系方式\n刘建国\n电话：13900001111\n请物业帮忙联系他。":                           {"", ""},
		"楼上漏水，漏水那户信息如下\n房号：8栋1602\n\n王建国":                                           {"", ""},
		"楼上漏水，这是他家贴在门上的联系方式\n联系人：赵先生\n手机：13700005555\n麻烦物业联系一下。\n王建国\n13600006666":  {"13600006666", ""},
		// A mobile in a work signature is the person's; building-unit-room; 本人…业主 without 是.
		"停车场太暗。\n王建国\n13500001234\n杭州绿城物业服务集团 项目经理": {"13500001234", ""},
		"我是7-2-301的业主，楼道灯坏了。":                       {"", "7-2-301"},
		"本人8栋601业主，电梯坏了。":                           {"", "8栋601"},
		// A number after a phone's label in a clause of the writer's own, not after someone else's.
		"我住在5栋1单元，电话是13811112222，请尽快处理。": {"13811112222", "5栋1单元"},
		// Only after the clause where the writer says who they are: anyone's number may follow
		// another clause (a shop's, a tradesman's, a relative's).
		"请尽快处理，联系电话13722223333。":                                            {"", ""},
		"麻将馆老板姓陈，电话13812345671，天天吵。我住3栋502，电话13800004444，请处理。":              {"13800004444", "3栋502"},
		"我妈年纪大了一个人住在2栋，手机号13312345683。":                                     {"", ""},
		"我是502业主，电话13900000502。":                                            {"13900000502", ""},
		"我打给前台，电话13733334444一直没人接。":                                         {"", ""},
		"物业的电话0571-88886666打不通。":                                            {"", ""},
		"楼下那家烧烤店太吵，电话0571-86661234也打不通。":                                    {"", ""},
		"我查了一下，电话400-888-1234是总部的。":                                         {"", ""},
		"我报了警，电话110来过了。":                                                    {"", ""},
		"我在加盟店充值了（门店：龙华店，地址：人民路100号，电话：0755-21234567）。":                     {"", ""},
		"以下是房东发给我的微信\n我在外地，房子是6栋1201，电话13900002222找我。\n\n请物业协助。":            {"", ""},
		"以下是邻居发给我的：\n你好，我已经跟师傅说了“尽快来修”\n我是6栋1201的业主，电话13900001111。\n\n请跟进。": {"", ""},
		"电梯坏了。\n\n王建国\n手机 13812340007\n阳光花园11栋2单元1502":                      {"13812340007", "阳光花园11栋2单元1502"},
		// A number the writer called; a staff member's words reported without a colon; a QQ
		// number; the office's own lines (a handler's, its words offering its number, in English).
		"我住3栋，电话0571-88886199打了一晚上没人接，家里跳闸到现在没电。":   {"", "3栋"},
		"上周报修的时候，你们管家说有事联系我13588886601，结果这几天一直关机。":  {"", ""},
		"我跟他说有事联系我13800001111。":                     {"13800001111", ""},
		"快递被拿走了。\n有事联系我：913822456（QQ）":              {"", ""},
		"报修的热水器还没修。\n接单人：陈建\n电话：13566661234\n\n王建国": {"", ""},
		// A number the writer asks to be called on, or gives in a sentence of its own; not one
		// after a sentence about someone else, nor a flyer's.
		"如需核实请打 13777001122。":                 {"13777001122", ""},
		"楼道里到处贴小广告：开锁请联系13777001122":          {"", ""},
		"请打13777001122找保安队长。":                 {"", ""},
		"我的号码 13900004444 一直开机。":              {"13900004444", ""},
		"I can be reached at +852 9123 4567.": {"+852 9123 4567", ""},
		"请尽快安排维修。电话13812348888。":              {"13812348888", ""},
		"维修师傅来过。电话13812348888。":               {"", ""},
		"物业经理姓李。电话13812348888。":               {"", ""},
		// A signature's label stuck to the number beside the name, a new number's label, a
		// tenant's room under the company's name, an English address.
		"空调坏了。\n\n王建国 手机13810002000":                                                            {"13810002000", ""},
		"空调坏了。\n新手机号：18520001234":                                                               {"18520001234", ""},
		"空调坏了。\n\n王建国\n永安保险 人事部 B座1501\n13700000001":                                            {"13700000001", "B座1501"},
		"The lift is broken again.\n\nRegards,\n王建国\nRm 1203, 12/F, Tower B\nMobile: 9123 4567": {"9123 4567", "Rm 1203, 12/F, Tower B"},
		// A business centre's tenants say where their company is.
		"昨天保洁在我们公司（A座905）打扫时把样品打碎了。":                 {"", "A座905"},
		"我们在C座2108，我的电话13511112222。":                 {"13511112222", "C座2108"},
		"我们在B座19层1901办公，空调不制冷。":                      {"", "B座19层1901"},
		"我们在3号楼电梯里被困了半小时。":                           {"", ""},
		"食堂太慢。\n\n王建国（B座1108）\n电话 13612349876":       {"13612349876", "B座1108"},
		"身份证的事。\n\n王建国 永安保险 人事部 B座1501\n13700000001": {"13700000001", "B座1501"},
		// A signature's landline, then the mobile: the mobile reaches the person.
		"空调坏了。\n\n王建国\n座机：0755-26631234\n手机：13812345678":       {"13812345678", ""},
		"空调坏了。\n\n王建国\n手机：13812345678\n座机：0755-26631234":       {"13812345678", ""},
		"冷氣壞了。\n\n王建国\n電話：02-2720-5566 分機 12\n手機：0912-345-678": {"0912-345-678", ""},
		// A hotline in a company's signature is its line alone: the mobile after it is the writer's.
		"空调坏了。\n\n王建国\n永安保险 人事部\n全国服务热线：400-888-1234\n手机：13612345678":           {"13612345678", ""},
		"你们对接人：小刘\n手机：13588886601\n一直不回。":                                       {"", ""},
		"The aircon is broken.\nEngineer on duty: Mr. Wang\nTel: 135 6666 1234": {"", ""},
		"以下是你们的回复：\n如有疑问请拨打\n联系电话：0571-88886123\n云栖花园物业服务中心":                    {"", ""},
		"如有疑问请联系我 13800001111":                                                  {"13800001111", ""},
		// A notice or letter set apart by a blank line below its introduction: its paragraphs
		// and their signature, until the writer speaks or signs again.
		"你们贴在电梯里的通知：\n\n停车收费调整：月租车位调整为450元。\n\n地址：文一西路1288号\n联系电话：0571-88886123\n\n涨50%，业主大会表决了吗？": {"", ""},
		"你们贴在电梯里的通知：\n\n停车收费调整：月租车位调整为450元。\n\n联系电话：0571-88886123\n\n王建国\n13522223333":             {"13522223333", ""},
		"你们贴在电梯里的通知：\n\n停车收费调整。\n\n联系电话：0571-88886123\n\n我不同意。我的电话：13522223333":                    {"13522223333", ""},
		// Living in the compound nearby; a Shanghai lane house's number and room.
		"我住附近的西溪诚园，电话13912345678，每天晚上广场舞太吵。": {"13912345678", ""},
		"我住的楼上那户，电话13912345678，天天吵。":         {"", ""},
		"我家在田林十二村25号301，楼上漏水。":               {"", "田林十二村25号301"},
		"我住在中山路100号，楼上吵。":                    {"", "中山路100号"},
		// A work signature's office is the company's, also inside a complex: a resident signs so.
		"B座卫生间异味严重。\n\n行政部 王建国\n云帆科技有限公司\nB座15层1503\n13918882233": {"13918882233", ""},
		// A day or a room beside the name is no address; the writer's own requests and reminders
		// are no one else's words; a number "不关机"; a work order's number is no one's label;
		// a landlord's line in English; a notice's 我们 is the notice's.
		"我住5幢302。\n王建国 11月20号":                                 {"", "5幢302"},
		"会议室空调坏了。\n王建国 1208室 13800001212":                      {"13800001212", ""},
		"麻烦您转告师傅联系我13600001111。":                               {"13600001111", ""},
		"请告诉维修师傅直接联系我13900001111。":                             {"13900001111", ""},
		"如需详细说明请联系我13700001111。":                               {"13700001111", ""},
		"上次也和你们说过我住在9幢2单元1002。":                                {"", "9幢2单元1002"},
		"我住3栋502，电话13800001111不关机。":                            {"13800001111", "3栋502"},
		"客服工单号：KF20261120\n联系电话：13800001111\n地址：5幢302":         {"13800001111", "5幢302"},
		"Landlord: Mr Chen 13900001111\nMy phone: 13800001111": {"13800001111", ""},
		"你们贴的通知：\n我们将安排专人上门检修。\n联系人：王师傅\n联系电话：13912340000\n\n请问什么时候来？": {"", ""},
		// A notice set apart ends after its date; an English role with no name after it is what
		// the writer met, not whose lines follow.
		"你们贴的通知：\n\n因检修停水。\n施工负责人：刘工 13912345678\n\n物业服务中心\n2026年11月20日\n\n请提前通知。\n\n联系电话：13605719999\n地址：8幢502": {"13605719999", "8幢502"},
		"Dear Sir,\nFront desk staff: Amy (very rude)\nPhone: +81 90 1234 5678": {"+81 90 1234 5678", ""},
		"Engineer on duty: Mr. Wang\nTel: 135 6666 1234":                        {"", ""},
		// A signature of one line: the name, and beside it the address, the number or both.
		"电梯坏了。\n王建国，7号楼3单元1102，13736150022": {"13736150022", "7号楼3单元1102"},
		"电梯坏了。\n3栋2单元1101 王建国":              {"", "3栋2单元1101"},
		"电梯坏了。\n许文 30幢1802 13819990011":     {"", ""},
		"会议室空调坏了。\n王建国 3号会议室":               {"", ""},
		"王建国 5栋602 说过这事。":                   {"", ""},
		// A blank line after the introduction, or inside words pasted in quotes, ends no paste.
		"以下是邻居发给我的：\n\n我住在5栋602，电话13900001111，楼上漏水。\n\n请处理。":                         {"", ""},
		"以下是邻居发给我的：\n“你好，\n\n我是6栋1201的业主，电话13900001111。”\n我是3栋502的业主，电话13800004444。": {"13800004444", "3栋502"},
		// Under a work signature a flat is the writer's home, and an office on the floor the
		// complaint is about theirs; any other address is the company's.
		"楼上漏水到我家卧室。\n\n王建国\n浙大附属医院 护士长\n云栖花园二区5幢302\n13611223344":         {"13611223344", "云栖花园二区5幢302"},
		"B座15层空调温度一直降不下来。\n\n王建国\n行政主管\n云帆科技有限公司\nB座15层1503\n13588776655": {"13588776655", "B座15层1503"},
		"B座电梯坏了。\n\n王建国\n行政主管\n云帆科技有限公司\nB座15层1503\n13588776655":          {"13588776655", ""},
		// A notice set apart ends with the office that signs it, as with its date.
		"你们贴在电梯里的通知：\n\n尊敬的业主：\n近期小区将进行消防设施检测，请勿惊慌。\n检测单位：杭州安消检测有限公司\n云栖花园物业服务中心\n\n家里有刚出生的宝宝。\n\n联系电话：13605718888\n地址：8幢503": {"13605718888", "8幢503"},
		"你们贴的通知：\n\n尊敬的业主：\n本周停水。\n联系人：王经理\n联系电话：13900001111\n云栖花园物业服务中心\n2026年11月20日\n\n我家有老人。":                              {"", ""},
		// Quotes closed inside a line: what follows them is the writer's again.
		"以下是楼上邻居发给我的：\n\n“唐姐你好，我是1802的，我的电话是13800009999。”她就说了这些。\n\n她家一直拖着不修。\n我住17幢1702，电话13588887777。": {"13588887777", "17幢1702"},
		"以下是邻居发给我的：\n“你好，师傅说“明天来”，\n我是6栋1201的业主，电话13900001111。”\n\n请处理。":                                 {"", ""},
		"原文如下：\n\n“我住在6栋1201。\n\n我的电话13900001111”\n\n王建国\n13522223333":                                   {"13522223333", ""},
		// Labels beside the name, and the writer's contact after the complaint's last sentence
		// on its line; not someone else's label there, nor a staff member's line.
		"垃圾桶坏了。\n王建国，电话：13322223336，地址：阳光花园1号楼":       {"13322223336", "阳光花园1号楼"},
		"门禁卡一直刷不开，已经反映过多次。王建国 13633334444 地址：阳光花园2号楼": {"13633334444", "阳光花园2号楼"},
		"物业你好，朱雀路口的垃圾桶坏了。联系人：王建国 电话：13322223333":      {"13322223333", ""},
		"门禁卡坏了。邻居电话：13633334444":                      {"", ""},
		"游泳池水很浑浊。\n王建国 电话 13511112222":                {"13511112222", ""},
		"游泳池水很浑浊。\n刘先生 电话 13511112222":                {"", ""}, // another name under the sender's own
		"游泳池水很浑浊。\n小刘 电话 13511112222":                 {"", ""},
		"游泳池水很浑浊。\n保安 电话 13511112222":                 {"", ""},
		"王建国，地址：阳光花园1号楼的物业不管事":                        {"", ""},
		// The name after a comma, a number stuck to it; a number the words after it give to
		// someone else; an address label giving where the trouble is.
		"电梯坏了叫不醒，王建国 13699990000":                                                      {"13699990000", ""},
		"楼上太吵。王建国13777001122":                                                          {"13777001122", ""},
		"楼上太吵。王建国 １３７７７００１１２２":                                                         {"13777001122", ""},
		"我住5栋2单元，电话13900001118是楼上那家的，天天吵。":                                             {"", "5栋2单元"},
		"我住3栋，电话13900001134的快递员把我快递弄丢了。":                                               {"", "3栋"},
		"我住3栋，联系电话13900001133（楼长的）。":                                                   {"", "3栋"},
		"我住3栋，电话13900001133（微信同号）。":                                                    {"13900001133", "3栋"},
		"我住14幢903，电话13812347777是你们登记过的，怎么会联系不上？":                                       {"13812347777", "14幢903"},
		"我住3栋，电话13900001133是我对门邻居的。":                                                   {"", "3栋"},
		"我住4栋901。电话：13900008888（楼上的）":                                                  {"", "4栋901"},
		"门上贴了装修公告。联系人：赵师傅 电话：13711119999":                                              {"", ""},
		"我要投诉2号岗的保安。姓名：刘强 电话：13800003333":                                              {"", ""},
		"韩雪 楼下1703室，每天晚上油烟直排":                                                          {"", ""},
		"地址：地铁站对面的阳光花园5栋302":                                                           {"", "地铁站对面的阳光花园5栋302"},
		"车被刮了。地址：地下车库B2层":                                                              {"", ""},
		"我住3栋，电话13900001133是我的。":                                                       {"13900001133", "3栋"},
		"联系人：王建国 电话：13322224444 地址：3号楼门口的垃圾桶坏了":                                        {"13322224444", ""},
		"The lift is broken again. Call me 13577778888.":                               {"13577778888", ""},
		"The note on their door says call me on 13900001212 if the noise bothers you.": {"", ""},
		"窗口10点还没人。我住4栋1101，王建国":                                                        {"", "4栋1101"},
		"车位被占了，王建国 15912345678 住16栋":                                                   {"15912345678", "16栋"},
		"王建国 13500005556，投诉1703油烟直排":                                                   {"13500005556", ""},
		"王建国 13633334445 地址：小区南门到3号楼那段路灯全坏了":                                           {"13633334445", ""},
		// Another name's contact at the foot of a mail signed by its sender's own name.
		"门禁坏了。\n陈杰 13544445555 8栋": {"", ""},
	} {
		c := complaintOf(&InboundMail{FromName: "王建国", FromEmail: "wjg@163.com", Subject: "投诉", Text: text}, "王建国", "wjg@163.com", false)
		if got := [2]string{c.Complainant.Phone, c.Complainant.Address}; got != want {
			t.Errorf("%q: phone and address %q, want %q", text, got, want)
		}
	}
	// A carrier's mailbox is named by its owner's mobile number; a QQ mailbox by no phone.
	for email, want := range map[string]string{"13811112233@139.com": "13811112233", "13311112233@189.cn": "13311112233",
		"913822456@qq.com": "", "13811112233@163.com": ""} {
		c := complaintOf(&InboundMail{FromName: "贺军", FromEmail: email, Text: "电梯坏了。"}, "贺军", email, false)
		if c.Complainant.Phone != want {
			t.Errorf("from %s: phone %q, want %q", email, c.Complainant.Phone, want)
		}
	}
	// Unless the mail says that number is no longer theirs to call.
	if c := complaintOf(&InboundMail{FromName: "贺军", FromEmail: "13811113333@139.com", Text: "这个邮箱绑定的手机号已经停用了。"},
		"贺军", "13811113333@139.com", false); c.Complainant.Phone != "" {
		t.Errorf("a stopped number given: %q", c.Complainant.Phone)
	}
	// A writer known only as 黃先生 signs on a line of their own, not after the office's staff role.
	for text, want := range map[string][2]string{
		"光管壞咗。\n\n黃先生\n沙田第一城 35座 18樓 H室\n6123 4567": {"6123 4567", "沙田第一城 35座 18樓 H室"},
		"請聯絡：\n管家 黃先生 13800138111\n佢冇覆。":            {"", ""},
		"當值保安 黃先生 2345 6789 態度差。":                   {"", ""},
	} {
		c := complaintOf(&InboundMail{FromName: "黃先生", FromEmail: "wong@example.hk", Text: text}, "黃先生", "wong@example.hk", false)
		if got := [2]string{c.Complainant.Phone, c.Complainant.Address}; got != want {
			t.Errorf("%q from 黃先生: phone and address %q, want %q", text, got, want)
		}
	}
	// A forward the writer added nothing to: the first person is the one it passes on.
	passed := "物业你好，我住在5栋602，楼上漏水。\n\n李秀英\n13900002222"
	m := &InboundMail{FromName: "王建国", FromEmail: "wjg@163.com", Subject: "Fwd: 楼上漏水",
		Text:      "---------- Forwarded message ---------\n发件人：李秀英 <lxy@qq.com>\nDate: 2026年3月4日\n\n" + passed,
		Forwarded: &ForwardedMail{FromName: "李秀英", FromEmail: "lxy@qq.com", Text: passed}}
	if c := complaintOf(m, "王建国", "wjg@163.com", false); c.Complainant.Phone != "" || c.Complainant.Address != "" {
		t.Errorf("the forwarder given %q, %q of what they passed on", c.Complainant.Phone, c.Complainant.Address)
	}
}

// contactCase is a mail's sender and text, and the phone number and address read as theirs.
type contactCase struct{ from, text, phone, address string }

// checkContacts reads the contact of each case's mail from email under subject.
func checkContacts(t *testing.T, email, subject string, cases []contactCase) {
	t.Helper()
	for _, c := range cases {
		got := complaintOf(&InboundMail{FromName: c.from, FromEmail: email, Subject: subject, Text: c.text}, c.from, email, false)
		if got.Complainant.Phone != c.phone || got.Complainant.Address != c.address {
			t.Errorf("%q from %s: phone and address %q, %q, want %q, %q", c.text, c.from, got.Complainant.Phone,
				got.Complainant.Address, c.phone, c.address)
		}
	}
}

// Residents typing on phones give their contact in clauses of a sentence, without labels or a
// line of its own: after the clause saying who they are, beside their name, or after the
// complaint's last sentence on its line. A run of such clauses after words about someone else is
// theirs.
func TestContactInARunOfClauses(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"王磊", "楼下垃圾站夏天臭死了，能不能每天多清一次？麻烦尽快处理，我姓王，电话13800002345，住5栋", "13800002345", "5栋"},
		{"蒋峰", "值班保安电话13800009998打不通，大门一直开着。我的电话：13611110000，住10栋1204", "13611110000", "10栋1204"},
		{"陶然", "已经打了12345投诉，你们还是没处理。我是陶然，电话13755550000，住址15栋601", "13755550000", "15栋601"},
		{"张艾米", "我的快递被前台代收了，取不到。我叫张艾米，电话18612345678，11栋", "18612345678", "11栋"},
		{"何静", "我的手机15005710033，地址：14栋901", "15005710033", "14栋901"},
		{"李婷", "草坪上狗屎没人管。我微信wxid_vivian1988，手机13700001234，住24栋", "13700001234", "24栋"},
		{"朱红", "车位租金涨了。我2栋1单元1501的，朱红，13600009999", "13600009999", "2栋1单元1501"},
		{"王秀英", "上次报修的是2单元，这次是1单元，我是1单元602王阿姨，电话13544440000", "13544440000", "1单元602"},
		{"冯磊", "小区健身区的跑步机坏了好久了，13588886123，冯磊，2栋601", "13588886123", "2栋601"},
		{"谢军", "工程部王经理电话：13566660000，说周三派人来看电表，到现在没来。我在家等了一天。谢军，15栋2单元1101，电话13566667777",
			"13566667777", "15栋2单元1101"},
		{"黄蓉", "管家小刘电话13700003334一直不接，水管漏了两天了！！9栋1203", "", "9栋1203"},
		{"程晨", "水管爆了！！！快来人！！！17栋1803 电话13600002222", "13600002222", "17栋1803"},
		{"小张", "电梯坏了 3天了 没人修 5栋2单元 小张13500001234", "13500001234", "5栋2单元"},
		{"秦雨", "健身房开放时间能否延长？秦雨 电话13600559988/0755-26681111 20栋", "13600559988", "20栋"},
		{"许静", "今天早上电梯困人半小时，事发地点：3号楼2单元电梯，联系电话：13900001122", "13900001122", ""},
		{"郭靖", "井盖丢了很危险，地址：8栋地库入口，联系人：黄女士 13322224446", "13322224446", ""},
		{"陈明", "我在10栋楼下被狗咬了，狗主人跑了，监控能查吗？电话13511113333", "13511113333", ""},
		{"董洁", "之前留的13700002222已经不用了，现在用13700002223，请更新。9栋2单元1003", "13700002223", "9栋2单元1003"},
		{"邵华", "水压特别低。我家住15栋1单元2201，手机经常没信号，打家里座机26681234", "26681234", "15栋1单元2201"},
		{"熊伟", "遛狗不牵绳的越来越多。有事加我QQ 913822456，或者打13822456000", "13822456000", ""},
		{"岁月静好", "电梯坏了三次。\n以上情况属实。张伟 3-2-1101 13911112222", "13911112222", "3-2-1101"},
		{"陳小姐", "但係今個月又話我欠費。陳小姐，第5座12樓A室，電話：5123 9876", "5123 9876", "第5座12樓A室"},
		{"陈明", "小區門口的快遞櫃壞了。我住9棟，電話13688881111", "13688881111", "9棟"},
		// A line of nothing but the contact at the foot of the text, signed or not.
		{"蒋女士", "管家小李的电话13800001111打了一个星期都不接，家里门禁卡坏了进不了单元门。\n31栋1单元", "", "31栋1单元"},
		{"马丽", "受理了三天没人来！我的手机13758880046，下午都在家。\n14栋2单元201", "13758880046", "14栋2单元201"},
		{"米粒", "群里有人天天发广告。\n我QQ：1380571234，可以加我看截图。\n27栋的业主", "", "27栋"},
		{"陈明", "楼上天天半夜蹦迪。\n陈明\n9栋1303", "", "9栋1303"},
		// Someone else's.
		{"陈明", "楼上天天半夜蹦迪。\n9栋1303", "", ""},
		{"陈明", "投诉5栋1202的住户乱扔垃圾。\n5栋1202", "", ""},
		{"陈明", "12号楼前面的路灯坏了。\n12号楼", "", ""},
		{"王芳", "我住8栋1101。你们新来的管家跟我同名，王芳 13900005555，这个号我打了十几次都不接。", "", "8栋1101"},
		{"钱多多", "买的牛奶过期了，订单号 202611151234567890，金额 136.80 元，小票编号 00381256。\n要求退款。", "", ""},
		{"王建华", "我这周出差，具体事宜请联系我助理小陈 139 1234 0011。", "", ""},
		{"陈明", "楼上邻居装修太吵了，物业经理姓李。电话13900001111", "", ""},
		{"陈明", "楼上的人天天半夜蹦迪。9栋1303", "", ""},
		{"陈明", "他工牌上写的名字和电话我抄下来了，请严肃处理。王先生 13900003333", "", ""},
		{"陈明", "门上贴的告示：装修期间请谅解，电话13900001111", "", ""},
		{"陈明", "我住的楼上那户，电话13912345678，天天吵。", "", ""},
		{"陈明", "上次报修的是2单元，这次是1单元。", "", ""},
	})
}

// A writer asking to be called back, who moved, rents, or whose flat the leak reached.
func TestWritersOwnWordsForTheirContact(t *testing.T) {
	for _, c := range []struct{ text, phone, address string }{
		{"请回电13912341234，今天下午都在。地库入口积水了。", "13912341234", ""},
		{"楼道里贴满了小广告，有事请回电13900009999之类的，请保洁清理。", "", ""},
		{"他回了一张纸条，有事请回电13900009898，我打了三次都没人接。", "", ""},
		{"我以前住3栋101，现在搬到了29栋1801，新房墙面开裂。", "", "29栋1801"},
		{"我租的是3栋1501，房东住5栋801，热水器坏了他不管。", "", "3栋1501"},
		{"楼上那户（7栋1802）又漏水到我家7栋1702了，天花板都发霉了。", "", "7栋1702"},
		{"我家3口人，挤在一间房。", "", ""},
		{"吵到我们。我住会所对面的10栋，天天听得到。", "", "10栋"},
		{"我不是你们小区的，我住隔壁翠苑小区3栋，你们小区的人遛狗不牵绳。", "", "翠苑小区3栋"},
		{"快递老是送错，我的地址写得很清楚是6栋1单元801，结果送到了9栋1单元801。", "", "6栋1单元801"},
		{"我的地址不是5栋1202，你们登记错了。", "", ""},
		// A business centre's tenants.
		{"你好，我是C座15楼鼎信律师事务所的袁野。", "", "C座15楼"},
		{"我们公司B座706的饮水机一直漏水，地毯都湿了。", "", "B座706"},
		{"我们是C座1206金鼎会计。", "", "C座1206"},
		{"我们律所在B座19层1901-1905，1903会议室的玻璃幕墙漏水。", "", "B座19层1901-1905"},
		{"你好，我们公司（成都高新区天府软件园B区7栋3楼，亿达软件）预订了年会。", "", "成都高新区天府软件园B区7栋3楼"},
		{"我是5栋物业的保安李强。", "", ""},
		{"资料寄错了，被同事带去出差了。\n\n以后请寄到：成都市高新区天府三街198号腾飞大厦9楼", "", "成都市高新区天府三街198号腾飞大厦9楼"},
		{"快递员说：请寄到：成都市高新区天府三街198号", "", ""},
		{"我们是3号楼的，电梯坏了。", "", ""},
		{"我住楼上1602的隔壁，天天吵。", "", ""},
		{"我住1502对面，天天吵。", "", ""},
		{"隔壁装修，房号是5栋1202。", "", ""},
	} {
		got := complaintOf(&InboundMail{FromName: "袁野", FromEmail: "x@163.com", Subject: "投诉", Text: c.text}, "袁野", "x@163.com", false)
		if got.Complainant.Phone != c.phone || got.Complainant.Address != c.address {
			t.Errorf("%q: phone and address %q, %q, want %q, %q", c.text, got.Complainant.Phone, got.Complainant.Address, c.phone, c.address)
		}
	}
}

// Foreign tenants write their flat as English does, in runs of clauses and after "I'm in".
func TestEnglishFlatsAndSignOffs(t *testing.T) {
	checkContacts(t, "x@example.com", "Complaint", []contactCase{
		{"Mark", "Hi, the gym has been closed for 2 weeks without notice. Pls fix. Mark, Block 6, 1302, tel 13533334444",
			"13533334444", "Block 6, 1302"},
		{"Sophie Martin", "The guy in 1801 (his number is 13566667770 on the notice) is renovating at 7am. I'm in 1701, Block 9. Call me 13577778888",
			"13577778888", "1701, Block 9"},
		{"Amy", "Nobody picked up. Water is leaking from the ceiling in my flat 2-1503. Amy 138 1234 5670", "138 1234 5670", "flat 2-1503"},
		{"Tom", "The courier (SF, 15011119999) says he left my parcel at the guard house. Tom, Block 11", "", "Block 11"},
		{"John Miller", "Hello,\nI am a tenant in Block 5, Room 1203. The construction starts at 6am.\nMobile: 4155550134\nJohn Miller",
			"4155550134", "Block 5, Room 1203"},
		{"Tom Baker", "There is a leak under my kitchen sink.\nTom, Block 2 Room 1101", "", "Block 2 Room 1101"},
		{"Li Wei", "No hot water since Monday.\nAddress (staff apartment): Building 3, Room 502\nPhone: 13511119999", "13511119999",
			"Building 3, Room 502"},
		{"John Smith", "To the Property Management Office:\nName: John Smith\nFlat: 1203, Block 5\nPhone: 13800001111", "13800001111",
			"1203, Block 5"},
		{"Olga Ivanova", "Neighbour: Flat 1202 above me\nPhone: 13544443333\nOlga Ivanova, Flat 1102", "13544443333", "Flat 1102"},
		// A work signature's suite is the company's; someone else's; a room number cut by a full
		// stop only after an abbreviation.
		{"Sarah O'Neill", "The alarm beeps.\n\nSarah O'Neill\nOffice Manager | Ardent Law LLP\nSuite 1506, 15/F, Tower A\nM: +86 186 2150 3344",
			"+86 186 2150 3344", ""},
		{"Kate", "The noise comes from the flat above. Block 3", "", ""},
		{"Kate", "Please send someone to Rm. 1203 today.", "", ""},
		{"Kate", "I am writing about the gym in Block 5, Room 2. It is dirty.", "", ""},
	})
}

// The writer's number after "如有疑问请致电：" on the line below, a carrier mailbox's owner's new
// number, a flat with a note of where it is, and not a number the writer says they called.
func TestMoreOfTheWritersOwnNumbers(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		// "…就行：", "…就是下单那个：" between the words and the number; a role before the
		// writer's own name; the long form of a flat in brackets.
		{"苏婉", "我老公上班忙，这件事我来处理，有事联系我就行：15850631147。\n苏婉", "15850631147", ""},
		{"严佳", "不服你去投诉，店里电话18013965432随便打\n\n这种态度还是加盟店吗？我的电话就是下单那个：15950478861。\n严佳", "15950478861", ""},
		{"严佳", "我的电话就是13800001111", "13800001111", ""},
		// Voice typed without punctuation: the number runs into the next words.
		{"蒋丽华", "我下去找过他们工人给了我一个电话说是老板的139 1300 7265我打了好几次都没人接我的电话是138 6213 7709你记一下", "138 6213 7709", ""},
		// A survey answered: the name declined, the flat as building, unit and room.
		{"", "房号：16-2-1203\n姓名：不填了\n联系电话（选填）：\n\n意见：快递驿站占用消防通道一年多了。", "", "16-2-1203"},
		{"何丽", "1. 您的房号：3幢1单元601\n2. 您的电话：13584823390\n3. 您的意见：电梯太旧。", "13584823390", "3幢1单元601"},
		// A home service's order, a form's where the writer is; not where the trouble is.
		{"何丽", "我的手机15801166720，服务地址：北京市朝阳区望京西园三区312号楼1单元603。", "15801166720", "北京市朝阳区望京西园三区312号楼1单元603"},
		{"何丽", "所在楼层/单元：B座 11F 1105\n空调不制冷。", "", "B座 11F 1105"},
		{"何丽", "所在位置：3号楼电梯口\n电梯门夹人。", "", ""},
		{"刘洋", "房间电话打不通，请打手机：137 7016 2294。", "137 7016 2294", ""},
		{"刘洋", "有事请联系物业经理13770162294", "", ""},
		// A landlord or a tenant by any name says whose the flat is.
		{"陈伟", "物业你好，我是6幢2单元1202的房东陈伟，人在上海工作，租客反映门禁卡坏了。", "", "6幢2单元1202"},
		{"陈伟", "我是13幢2单元601的承租人，楼上漏水。", "", "13幢2单元601"},
		{"陈伟", "我的房东是6幢2单元1202的，他不管。", "", ""},
		{"严佳", "你们万达店把我的白衬衫洗染色了，老板在微信上是这样说的：\n\n万达店-王姐：衣服已经洗了你想怎样\n" +
			"万达店-王姐：不服你去投诉，店里电话18013965432随便打\n\n这种态度还是加盟店吗？我的电话就是下单那个：15950478861。\n严佳", "15950478861", ""},
		{"刘畅", "请会务组说明团体报到的安排。\n\n领队：刘畅  13678012345\n四川康辉国际旅行社 会议部", "13678012345", ""},
		{"刘畅", "店长：李华 13800001111", "", ""},
		{"季飞", "快递柜坏了。我是7-2-1502（7栋2单元1502）的，电话15062218301。", "15062218301", "7-2-1502"},
		{"邱芸", "管理处：\n本司位于B座2708室，新风机组运行时发出持续的嗡嗡声。\n\n邱芸 兰亭建筑设计", "", "B座2708室"},
		{"邱芸", "本司位于市中心，交通便利。", "", ""},
		// A scanned letter read with l and O for 1 and 0.
		{"任静", "小区遛狗不拴绳的现象非常普遍。\n\n任静\n住址：9栋2单元1102\n电话：l39 5l7O 2289", "139 5170 2289", "9栋2单元1102"},
		// A formal letter's opening names the writer before what they are.
		{"张秀兰", "翠湖湾物业服务中心：\n\n本人张秀兰，系贵小区7栋2单元1502室业主，联系电话13913857726。现就电梯故障一事投诉如下：\n\n一、本人曾拨打贵中心服务热线025-86671234报修。\n\n投诉人：张秀兰", "13913857726", "7栋2单元1502室"},
		{"陈慧", "本人陈慧，住南京市建邺区嘉陵江东街50号2幢1103室，手机18951776230。本人在加盟店送洗大衣一件。\n\n门店信息：南京市建邺区江东中路98号B1-12，电话025-86778899。", "18951776230", "南京市建邺区嘉陵江东街50号2幢1103室"},
		// The flat in brackets after the name a labelled line gives; full-width letters and
		// digits, and no-break spaces inside a flat, as typed.
		{"", "车库渗水。\n\n反映人：李国栋（12栋1单元801室，车位B-071）\n联系方式：139 5180 2264", "139 5180 2264", "12栋1单元801室"},
		{"", "空调坏了。\n\n联系人：王芳（3号会议室）\n电话：13900001111", "13900001111", ""},
		{"邱芸", "新风机组有嗡嗡声。\n\n邱芸　兰亭建筑设计\nＴｅｌ：１８９７１５６２２０８", "18971562208", ""},
		{"潘立", "地锁被人为破坏。\n\n联系人：潘立\u00a0 电话：\u00a0139 5183 7720\u00a0 房号：17栋\u00a02单元\u00a0803", "139 5183 7720", "17栋 2单元 803"},
		// "电话联系…" as "电话…", and a note in brackets after the writer's number.
		{"x", "快递被雨淋湿。\n我住12幢1单元603，电话联系18761892340。", "18761892340", "12幢1单元603"},
		{"陈雅琴", "让我找总部。\n请核查恢复余额。电话 +86 159 5047 8862（微信同号）\n陈雅琴", "+86 159 5047 8862", ""},
		// A shop's receipt the writer pastes gives the shop's address and number, not theirs.
		{"林雪", "取回来的是另一件旧羽绒服。门店说不可能拿错。取衣凭证如下：\n\n洁诚洗衣·奥体店  取衣凭证\nNo.0023391\n地址：南京市建邺区江东中路301号\n电话：025-87779090\n\n请尽快调查。\n林雪 13952006678", "13952006678", ""},
		// A number or a flat the writer puts right: the right one; not a neighbour's.
		{"严冬", "灭火器早已过期，请更换。\n联系电话：13951688270\n严冬 6栋2单元1001\n\n补充：上面电话写错了，应为13951688207。", "13951688207", "6栋2单元1001"},
		{"侯军", "我报名时留的手机是我同事的（13880001111），所以短信验证码都发到她那里了。请改成我的13880002222，谢谢。", "13880002222", ""},
		{"x", "我家是18栋1单元1205，厨房排烟道返味。电话18013826617。\n更正：房号是1502不是1205，打错了。", "18013826617", "18栋1单元1502"},
		{"x", "衬衫洗出了一个破洞。我的电话是159 5047 8863，不对，是159 5047 8836（刚才打错了）。", "159 5047 8836", ""},
		{"x", "楼上漏水。\n我的电话：13800001111\n邻居的电话写错了，应为13900002222", "13800001111", ""},
		{"高峰", "新换的窗户漏风。我住25幢604。\n如有疑问请致电：\n13987654320\n高峰", "13987654320", "25幢604"},
		{"x", "你好，我是8幢2单元602的业主。这个邮箱绑定的手机号已经停用了，新号码13900001111，有事请打新号码。", "13900001111", "8幢2单元602"},
		{"x", "邻居说他的号已经停用了，新号码13900001111", "", ""},
		{"何静", "我家在物业办公室楼上，住1幢102。\n地址：1幢102（物业办公室楼上）\n电话：15005710033\n何静", "15005710033", "1幢102"},
		{"王五", "电话：0571-88886123，打了一上午都没人接！到底有没有人上班？\n\n王五\n13800007777", "13800007777", ""},
		{"潘雪", "热水器坏了，请回电13912341234。", "13912341234", ""},
		{"郑大爷", "电梯又坏了。我的电话是幺三八五七幺零二二六八，快派人修。", "13857102268", ""},
		{"石磊", "单元门关不上。石磊 电话一三八零零一三八零零一", "13800138001", ""},
		{"石磊", "二〇二六年三月五日下午，三五成群的人在楼道里抽烟。", "", ""},
		{"贺军", "司机把我的车刮了。取车地址是我家：深圳市南山区南海大道1001号南山花园7栋1203。\n订单号：QS20261118006\n\n贺军 13560001234",
			"13560001234", "深圳市南山区南海大道1001号南山花园7栋1203"},
		{"钱伟", "车位被占。\n王建国\n单位：杭州市第一人民医院 3号楼", "", ""},
		{"ygh5d1", "电梯又停了，老人下不了楼，请尽快！联系人张阿姨 13977778888", "13977778888", ""},
		{"ygh5d1", "电梯又停了，请尽快！联系人王师傅 13977778888", "", ""},
		{"石磊", "已经报修三次了，到现在没人来。工单号：GD20261120 电话：13600001111", "13600001111", ""},
		{"一米阳光", "草坪上狗屎没人管。\n我是9栋的住户 刘敏 13700002222", "13700002222", "9栋"},
		// "阿布" is a nickname, not a name another name's contact would be someone else's beside.
		{"阿布", "消防通道都堵了，我已经反映过多次。吴芳 13633334444 地址：阳光花园2号楼", "13633334444", "阳光花园2号楼"},
	})
}

// A writer who gives no number of their own but one at their home to be reached by gives that
// one: the clerk calls it; so is the home of the parent they write for. Anyone else's (a neighbour's son, a child's teacher) and a number they
// say they called are not theirs, and their own number goes first.
func TestTheWritersHousehold(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"王丽", "家里又跳闸了。我上班不方便接电话，有事联系我老公13811114444。4栋2单元303", "13811114444", "4栋2单元303"},
		{"刘奶奶", "我年纪大了，眼睛不好，有事打我儿子的手机13811118888。电梯老是停，我住6楼下不去。", "13811118888", ""},
		{"劉婆婆", "我年紀大了，有事打我兒子的手機13811118888。", "13811118888", ""},
		{"邓丽", "我媽住3栋501，她不會用郵箱。", "", "3栋501"},
		{"陈静", "我家保姆电话13811119999，白天她在家，维修的时候联系她开门。我住9栋1501", "13811119999", "9栋1501"},
		{"王强", "有事打13912345678联系我爱人。", "13912345678", ""},
		{"周小姐", "我妈电话13500001111，我在外地，有事也可以找我13500002222", "13500002222", ""},
		{"王丽", "我老公的电话是13811112222，我电话13811113333，白天打我的。4栋2单元302", "13811113333", "4栋2单元302"},
		{"杨光", "502的老太太在楼道堆了好多纸箱，她儿子电话13533330000。", "", ""},
		{"杨光", "我家孩子的老师电话13533330000，说学校门口的路灯坏了。", "", ""},
		{"杨光", "我老公的电话13533330000打了十几次都没人接，他被困在电梯里了。", "", ""},
		{"杨光", "门上贴的告示：“有事联系我老公13533330000”", "", ""},
		{"杨光", "我妈年纪大了一个人住在2栋，手机号13312345683。", "", ""},
		{"邓丽", "我爸住3栋501，他不会用邮箱，我帮他反映一下：他家厨房下水道堵了三天了。有事打我13811115555", "13811115555", "3栋501"},
		{"邓丽", "我妈家在阳光花园5栋，楼下的狗天天叫。", "", "阳光花园5栋"},
		{"张磊", "我父母住翠湖湾2栋1单元602室，楼道感应灯全部不亮。", "", "翠湖湾2栋1单元602室"},
		{"邓丽", "我住2栋302。我爸住3栋501。", "", "2栋302"},
		{"邓丽", "我爸住3栋旁边的平房，路灯坏了。", "", ""},
		{"邓丽", "我爸住在医院，3栋的电梯坏了。", "", ""},
	})
}

// A writer whose mail says only "如题" ends the subject with their number; one the subject gives to
// someone else, or that the text gives of the writer's own, is not taken from it.
func TestNumberAtTheEndOfTheSubject(t *testing.T) {
	for _, c := range []struct{ subject, text, phone string }{
		{"7栋2单元电梯坏三天了 13951633120", "如题，请尽快修。", "13951633120"},
		{"【投诉】A座2301空调不制冷 联系人：胡蓉 15827361100", "您好，如标题，已经报修两次了。谢谢。", "15827361100"},
		{"参会证遗失——13808014455", "如题，参会证昨天在3号馆遗失，请协助补办，谢谢。\n王磊 华西医院", "13808014455"},
		{"电梯坏了（139 5163 3120）", "如题。", "139 5163 3120"},
		{"楼上1602半夜噪音，他家电话13770098812打不通", "我是1502业主，请物业上门处理。", ""},
		{"投诉骚扰电话 13808014455", "天天打来推销。", ""},
		{"外卖骑手 13808014455", "态度很差。", ""},
		{"订单号 13951633120", "如题。", ""},
		{"电梯坏了 13951633120", "我的电话：13800001111", "13800001111"},
		{"13951633120", "", "13951633120"},
	} {
		got := complaintOf(&InboundMail{FromName: "刘先生", FromEmail: "liu@163.com", Subject: c.subject, Text: c.text}, "刘先生", "liu@163.com", false)
		if got.Complainant.Phone != c.phone {
			t.Errorf("%q, %q: phone %q, want %q", c.subject, c.text, got.Complainant.Phone, c.phone)
		}
	}
}

// Residents and tenants in Hong Kong, Macau and Taiwan write in Traditional characters, with
// their own labels (手提電話, 單位 for a flat) and other parties (工友, 管理處, 業主立案法團).
func TestTraditionalMailGivesTheWritersContact(t *testing.T) {
	for text, want := range map[string][2]string{
		"走廊好污糟。\n\n清潔工友：陳姐\n電話：6111 2233\n\n聯絡電話：9876 5432":                              {"9876 5432", ""},
		"維修師傅：黃師傅\n手機：9321 6547\n\n電話：2698 7654":                                         {"2698 7654", ""},
		"樓上住戶：周太\n聯絡電話：9456 1234\n\n本人手提電話：9111 2222\n單位：第20座15樓F室":                      {"9111 2222", "第20座15樓F室"},
		"大廈外牆維修，搭棚阻住窗口。\n請聯絡業主立案法團秘書處：\n電話：2567 8899\n地址：灣仔軒尼詩道300號地下\n\n我嘅電話：9456 7788": {"9456 7788", ""},
		"業主立案法團主席：李先生 電話：9123 0000\n\n住宅電話：2111 3333":                                    {"2111 3333", ""},
		"大堂燈壞咗。\n\n物業管理處：\n電話：2345 6789\n\n流動電話：6012 3456":                               {"6012 3456", ""},
		"冷氣滴水，我嘅電話係 6222 3344，唔該。":                                                       {"6222 3344", ""},
		"電梯又壞。\n座數：第3座\n樓層：12樓\n室：B室\n手提：91234567":                                       {"91234567", "第3座12樓B室"},
		"電梯又壞。\n座數：3\n樓層：12\n室：B\n手提：91234567":                                           {"91234567", "3座12樓B室"},
		"單位：華信科技有限公司\n電話：02-2345-6789 分機 123":                                            {"02-2345-6789 分機 123", ""},
		"聯絡人：吳麗珊（分店經理）\n電話：2311 2233":                                                    {"2311 2233", ""},
		"我是租客。\n聯絡人：李先生（房東）\n電話：9876 0000\n我的手機：0912-345-678":                            {"0912-345-678", ""},
	} {
		c := complaintOf(&InboundMail{FromName: "業主", FromEmail: "yz@yahoo.com.hk", Subject: "投訴", Text: text}, "業主", "yz@yahoo.com.hk", false)
		if got := [2]string{c.Complainant.Phone, c.Complainant.Address}; got != want {
			t.Errorf("%q: phone and address %q, want %q", text, got, want)
		}
	}
}

// A message without a Message-ID saved as a file with LF line ends, then fetched from the server
// with CRLF, is stored once; a database that knew it by its bytes as they were knows it so too.
func TestMessageWithoutIDKnownWhateverItsLineEnds(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	m := inboundMail(1, "lisi@163.com", false)
	m.MessageID, m.Raw = "", []byte("From: lisi@163.com\nSubject: x\n\n电梯又停了。\n\n")
	first, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}, ByHand: true})
	if err != nil || first[0].Duplicate {
		t.Fatalf("first import: %+v, %v", first, err)
	}
	m.Raw = []byte("From: lisi@163.com\r\nSubject: x\r\n\r\n电梯又停了。\r\n")
	again, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}})
	if err != nil || !again[0].Duplicate || again[0].ID != first[0].ID {
		t.Errorf("the same message with CRLF: %+v (%v), want the one stored", again, err)
	}
	if n := count(t, s, "complaints"); n != 1 {
		t.Errorf("%d complaints, want 1", n)
	}
	m.Raw = []byte("From: lisi@163.com\r\nSubject: x\r\n\r\n电梯又停了！\r\n")
	if other, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}}); err != nil || other[0].Duplicate {
		t.Errorf("another message taken for it: %+v (%v)", other, err)
	}
	// Stored before, by the hash of its bytes as they were.
	if _, err := s.w.ExecContext(ctx, `UPDATE mail_messages SET identity = 'sha256:' || raw_sha256 WHERE id = ?`, first[0].ID); err != nil {
		t.Fatal(err)
	}
	onWriter(t, s, rehashMailIdentities)
	m.Raw = []byte("From: lisi@163.com\r\nSubject: x\r\n\r\n电梯又停了。\r\n")
	if again, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}}); err != nil || !again[0].Duplicate {
		t.Errorf("after the migration: %+v (%v), want the one stored", again, err)
	}
}

// onWriter runs a step of a migration on the store's writing connection, as Open does.
func onWriter(t *testing.T, s *Store, step func(context.Context, *sql.Conn) error) {
	t.Helper()
	ctx := context.Background()
	conn, err := s.w.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := step(ctx, conn); err != nil {
		t.Fatal(err)
	}
}

// A resident on record by phone who writes with their number typed another way is the same
// person; a database from before the phone key finds them too.
func TestPhoneTypedAnotherWayIsTheSamePerson(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	li := mustCreate(t, s, newComplaint("李四", "138-0000-0001", "噪音"))
	if _, err := s.w.ExecContext(ctx, `UPDATE complainants SET phone_key = '' WHERE id = ?`, li.Complainant.ID); err != nil {
		t.Fatal(err)
	}
	onWriter(t, s, fillPhoneKeys)
	m := inboundMail(1, "lisi@163.com", false)
	m.FromName, m.Text, m.OwnText = "李四", "楼上又吵了。\n电话：+86 138 0000 0001", "楼上又吵了。\n电话：+86 138 0000 0001"
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Complaint(ctx, out[0].ComplaintRef)
	if err != nil || c.Complainant.ID != li.Complainant.ID || c.Complainant.Email != "lisi@163.com" {
		t.Errorf("the mail's complainant %+v (%v), want %d with the address added", c.Complainant, err, li.Complainant.ID)
	}
	// Two callers on one switchboard, its number typed two ways: two people, each their name.
	zhang := mustCreate(t, s, newComplaint("张三", "0571-88886666", "噪音"))
	wang := mustCreate(t, s, newComplaint("王五", "0571 8888 6666", "停车"))
	if again, err := s.Complaint(ctx, zhang.Ref); err != nil || again.Complainant.Name != "张三" || wang.Complainant.ID == zhang.Complainant.ID {
		t.Errorf("switchboard callers: %+v and %+v (%v)", again.Complainant, wang.Complainant, err)
	}
	// Each calls again, the number typed either way: each is found, no one is added.
	for _, again := range []struct {
		name, phone string
		id          int64
	}{{"王五", "0571 8888 6666", wang.Complainant.ID}, {"王五", "+86 571 8888 6666", wang.Complainant.ID},
		{"张三", "0571-88886666", zhang.Complainant.ID}, {"张三", "+86 571 8888 6666", zhang.Complainant.ID}} {
		c := mustCreate(t, s, newComplaint(again.name, again.phone, "又吵了"))
		if c.Complainant.ID != again.id {
			t.Errorf("%s on %s: complainant %d, want %d", again.name, again.phone, c.Complainant.ID, again.id)
		}
	}
}

// A name followed by the number to call, as one value ("联系人：王女士 135…"), is the name alone.
func TestNameBeforeItsNumber(t *testing.T) {
	c := complaintOf(&InboundMail{FromEmail: "wang@163.com", Subject: "漏水", Text: "厨房漏水。\n联系人：王女士 13512340008"}, "", "wang@163.com", false)
	if c.Complainant.Name != "王女士" || c.Complainant.Phone != "13512340008" {
		t.Errorf("name %q, phone %q", c.Complainant.Name, c.Complainant.Phone)
	}
	// A display name that is the address names no one: the address's own name stands.
	c = complaintOf(&InboundMail{FromName: "jake@example.com", FromEmail: "jake@example.com", Subject: "噪音", Text: "太吵了。"},
		"jake@example.com", "jake@example.com", false)
	if c.Complainant.Name != "jake" {
		t.Errorf("name %q, want jake", c.Complainant.Name)
	}
}

// A line that names the writer after a line about someone else is the writer's.
func TestLineNamingTheWriterIsTheirs(t *testing.T) {
	text := "您好：\n大堂前台经常不帮签收快递，\n前台：小李 电话：0755-86010000\n联系人：周晴，电话：13612340022，地址：A座1502室 星辰文化"
	c := complaintOf(&InboundMail{FromName: "周晴", FromEmail: "zq@163.com", Subject: "快递", Text: text}, "周晴", "zq@163.com", false)
	if c.Complainant.Phone != "13612340022" || c.Complainant.Address != "A座1502室 星辰文化" {
		t.Errorf("phone %q, address %q", c.Complainant.Phone, c.Complainant.Address)
	}
	c = complaintOf(&InboundMail{FromName: "王芳", FromEmail: "wf@163.com", Subject: "快递", Text: text}, "王芳", "wf@163.com", false)
	if c.Complainant.Phone != "" {
		t.Errorf("someone else's line read as the writer's: %q", c.Complainant.Phone)
	}
	// Of two residents who signed, the writer's line; a landlord's own line before the tenant's.
	for writer, tc := range map[string]struct{ text, phone string }{
		"李四":  {"楼上漏水。\n投诉人：张三（3-1-502） 电话：13811110000\n投诉人：李四（3-1-602） 电话：13922220000", "13922220000"},
		"黄志强": {"热水器坏了。\n业主：黄志强（5幢601）电话：13655550000\n租户：林某 电话：13655551111", "13655550000"},
		// A name that is only a title, or begins another's, names no one in particular.
		"王先生": {"装修公司：美家装饰\n联系人：王先生 电话：13900000104\n\n我的联系电话：13800000104", "13800000104"},
		"张伟":  {"业主：张伟东 3幢502 电话：13900000103\n业主：张伟 3幢602 电话：13800000103", "13800000103"},
		"张伟东": {"报修人：张伟东 维修师傅：刘强 电话：13912345678", ""},
	} {
		c := complaintOf(&InboundMail{FromName: writer, FromEmail: "w@163.com", Subject: "投诉", Text: tc.text}, writer, "w@163.com", false)
		if c.Complainant.Phone != tc.phone {
			t.Errorf("%s: phone %q, want %q", writer, c.Complainant.Phone, tc.phone)
		}
	}
}

// A reply from a phone's mail app comes without In-Reply-To or References: its subject, once
// the reply's and forward's words are off it, names the complainant's case or the office's answer
// on it, or its text names the case by its number. Someone else's mail of the same subject, or
// the complainant's without those words, is a complaint of its own.
func TestReplyWithoutThreadJoinsByItsSubject(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	with := func(uid uint32, from, subject string) InboundMail {
		m := inboundMail(uid, from, false)
		m.Subject = subject
		return m
	}
	withText := func(m InboundMail, text string) InboundMail {
		m.Text = text
		return m
	}
	first := with(1, "zhangwei@qq.example", "3栋电梯又坏了，困了半小时")
	leak := with(2, "li@163.example", "车库漏水")
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{first, leak}})
	if err != nil {
		t.Fatal(err)
	}
	lift, garage := out[0].ComplaintRef, out[1].ComplaintRef
	answer := with(3, "kefu@office.example", "答复：关于车库漏水的处理 【"+garage+"】")
	answer.InReplyTo = leak.MessageID
	if _, err := s.ImportMail(ctx, MailBatch{Sent: true, Messages: []InboundMail{answer}}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		m    InboundMail
		want string // the case it joins; "" for a new complaint
	}{
		{with(4, "ZhangWei@qq.example", "回复：回复：3栋电梯又坏了，困了半小时"), lift},
		{with(5, "zhangwei@qq.example", "转发：Re: 3栋电梯又坏了，困了半小时 "), lift},
		{with(12, "zhangwei@qq.example", "RE: 3栋电梯又坏了，困了半小时 "+lift[:len(lift)-2]+"1"), lift}, // a digit short
		{with(6, "li@163.example", "Re: 答复：关于车库漏水的处理"), garage},
		{with(7, "wang@126.example", "回复：3栋电梯又坏了，困了半小时"), ""},
		{with(8, "zhangwei@qq.example", "3栋电梯又坏了，困了半小时"), ""},
		{with(9, "zhangwei@qq.example", "Re: 电梯"), ""},
		// The complainant's own case named in the text under a subject of their own; someone
		// else's case cited opens a complaint of its own.
		{withText(with(10, "li@163.example", "车库漏水补充"), "我的投诉编号是"+garage+"，今天又漏了。"), garage},
		{withText(with(11, "wang@126.example", "电梯"), "我家的电梯也和"+lift+"一样坏了。"), ""},
	} {
		out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{tc.m}})
		if err != nil {
			t.Fatal(err)
		}
		switch o := out[0]; {
		case tc.want != "" && (o.State != MailReply || o.ComplaintRef != tc.want):
			t.Errorf("%s from %s: %s on %s, want a reply on %s", tc.m.Subject, tc.m.FromEmail, o.State, o.ComplaintRef, tc.want)
		case tc.want == "" && o.State != MailComplaint:
			t.Errorf("%s from %s: %s on %s, want a new complaint", tc.m.Subject, tc.m.FromEmail, o.State, o.ComplaintRef)
		}
	}
}

// A hotline's reminder, extension or closing notice names its work order by number: it goes on
// the case the order opened, not on a new one.
func TestHotlineReminderJoinsItsWorkOrder(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	order := func(uid uint32, subject, text string) InboundMail {
		m := inboundMail(uid, "gd12345@sz.example.gov.cn", false)
		m.FromName, m.Subject, m.Text = "深圳市12345政务服务便民热线", subject, text
		return m
	}
	first := order(1, "【工单转办】SZ20261202000123 锦绣花园3栋电梯频繁故障",
		"工单编号：SZ20261202000123\n来电人：陈先生\n来电号码：13800001234\n诉求内容：电梯频繁故障。")
	other := order(2, "【工单转办】SZ20261202000456 锦绣花园噪音", "工单编号：SZ20261202000456\n来电人：刘女士\n诉求内容：噪音。")
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{first, other}})
	if err != nil || out[0].State != MailComplaint || out[1].State != MailComplaint || out[0].ComplaintRef == out[1].ComplaintRef {
		t.Fatalf("two work orders: %+v %v", out, err)
	}
	reminder := order(3, "【催办】工单SZ20261202000123即将超时，请尽快办理", "您单位承办的工单SZ20261202000123距办理时限不足24小时。")
	again, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{reminder}})
	if err != nil || again[0].State != MailReply || again[0].ComplaintRef != out[0].ComplaintRef {
		t.Errorf("the reminder: %+v %v, want on %s", again, err, out[0].ComplaintRef)
	}
}

// The name a labelled line gives is the name without the note in brackets after it.
func TestNameWithoutItsNote(t *testing.T) {
	for line, want := range map[string]string{
		"反映人：李国栋（12栋1单元801室，车位B-071）": "李国栋",
		"联系人：吴丽珊(分店经理)":               "吴丽珊",
		"联系人：王女士 13512345678":         "王女士",
		"姓名：Mark Jones (Block 6)":     "Mark Jones (Block 6)",
		"投诉人：A座2210 泽远科技 前台 小黄":       "小黄",
		"投诉人：3栋1单元502 王芳":             "王芳",
		"投诉人：物业公司 李经理":                "物业公司 李经理",
		"投诉人：A座2210 泽远科技":             "A座2210 泽远科技",
		"姓名：不填了\n电话：13800001111":      "",
		"姓名：保密":                       "",
	} {
		if name, _, _ := formContact(textFields(line)); name != want {
			t.Errorf("%q: name %q, want %q", line, name, want)
		}
	}
	// The office or flat before the name is the writer's.
	checkContacts(t, "hj_a2210@163.com", "投诉保洁", []contactCase{
		{"", "被投诉人：汇金中心A座保洁班组 主管 付桂兰 13971553309\n\n事由：保洁员多次翻动员工桌面文件。\n\n" +
			"投诉人：A座2210 泽远科技 前台 小黄\n电话：027-87762210", "027-87762210", "A座2210"},
		{"", "投诉人：3栋1单元502 王芳\n电话：13800001111", "13800001111", "3栋1单元502"},
	})
}

// A flat written in Chinese numerals is read, and written down, in digits; a floor or a date in
// them is no flat.
func TestFlatInChineseNumerals(t *testing.T) {
	for n, want := range map[string]string{"三": "3", "十": "10", "十二": "12", "二十": "20", "二十三": "23", "五零二": "502",
		"一五〇二": "1502", "两": "2", "十十": "十十", "一二十": "一二十"} {
		if got := chineseNumber(n); got != want {
			t.Errorf("%s: %s, want %s", n, got, want)
		}
	}
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"石磊", "我住三栋二单元五零二，楼上漏水。", "", "3栋2单元502"},
		{"石磊", "我是二十栋一单元一五零二的业主。", "", "20栋1单元1502"},
		{"石磊", "我家三楼漏水。", "", ""},
		{"石磊", "十一月三号晚上十点楼上吵。", "", ""},
		{"石磊", "我住五栋一零二室，三号楼电梯坏了。", "", "5栋102室"},
	})
	if got := withChineseFlats("三号楼电梯多次故障"); got != "三号楼电梯多次故障" {
		t.Errorf("a building alone became %q", got)
	}
}
