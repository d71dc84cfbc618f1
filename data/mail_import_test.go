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
	"unicode/utf8"

	"github.com/mattn/go-sqlite3"

	"complaintdesk/data/contact"
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

// A batch's work that needs no database, begun as the batch was fetched, opens its complaints;
// work begun for other messages is done again rather than used.
func TestImportMailPreparedAhead(t *testing.T) {
	for _, own := range []bool{true, false} {
		s := MustOpen(t)
		ctx := context.Background()
		acct, err := s.SaveMailAccount(ctx, MailAccount{Host: "127.0.0.1", Security: SecurityNone, Username: "clerk"})
		if err != nil {
			t.Fatal(err)
		}
		msgs := []InboundMail{inboundMail(1, "a@example.cn", false), inboundMail(2, "b@example.cn", false)}
		prepared := PrepareBatch(msgs)
		if !own {
			prepared = PrepareBatch([]InboundMail{inboundMail(1, "x@example.cn", false), inboundMail(2, "y@example.cn", false)})
		}
		if _, err := s.ImportMail(ctx, MailBatch{AccountID: acct.ID, Folder: acct.Folder, UIDValidity: 7, LastUID: 2,
			Messages: msgs, Prepared: prepared}); err != nil {
			t.Fatal(err)
		}
		for q, want := range map[string]int{"a@example.cn": 1, "b@example.cn": 1, "x@example.cn": 0, "y@example.cn": 0} {
			if n, err := s.Count(ctx, ListFilter{Query: q}); err != nil || n != want {
				t.Errorf("prepared for its own messages %v: %d complaints of %s, %v; want %d", own, n, q, err, want)
			}
		}
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

// Automatic mail with a sender is registered by hand, also one on a case (a complainant's mailer
// may mark all its mail automatic), which keeps a note of where it went; a complaint, or mail
// without a sender, is not.
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
		{"automatic mail without a sender", more[2].ID, noSender},
	} {
		if _, err := s.RegisterMailAsComplaint(ctx, tc.id, tc.m); err == nil {
			t.Errorf("%s was registered", tc.name)
		}
	}
	moved, err := s.RegisterMailAsComplaint(ctx, more[0].ID, onCase)
	if err != nil || moved.State != MailComplaint || moved.ComplaintRef == "" || moved.ComplaintRef == out[0].ComplaintRef {
		t.Fatalf("automatic mail on its case registered: %+v %v", moved, err)
	}
	if m, err := s.Message(ctx, more[0].ID); err != nil || m.MovedFromRef != out[0].ComplaintRef {
		t.Errorf("the registered message came from %q, want %s (%v)", m.MovedFromRef, out[0].ComplaintRef, err)
	}
	c, err := s.Complaint(ctx, out[0].ComplaintRef)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(evs, func(e Event) bool { return e.Kind == EventNote && strings.Contains(e.Summary, moved.ComplaintRef) }) {
		t.Errorf("the old case keeps no note of where the message went: %+v", evs)
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
	// The first signs with her name under the role her mailbox gives ("业主").
	for i, want := range []Complainant{{Name: "王芳", Phone: "13812345678", Address: "阳光花园3号楼1203室"}, {Name: "业主"},
		{Name: "李军", Email: "lijun@126.com"}} {
		c, err := s.Complaint(ctx, out[i].ComplaintRef)
		if err != nil || c.Complainant.Name != want.Name || c.Complainant.Phone != want.Phone || c.Complainant.Address != want.Address ||
			want.Email != "" && c.Complainant.Email != want.Email {
			t.Errorf("message %d: %+v (%v); want %+v", i+1, c.Complainant, err, want)
		}
	}
	first, err := s.Complaint(ctx, out[0].ComplaintRef)
	if err != nil || first.Complainant.Name != "王芳" || first.Complainant.Email != "wangfang@163.com" {
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

// A colleague's record of a phone complaint, sent to the office's mailbox, opens the caller's
// complaint with the number and flat it gives; a colleague's own mail stays theirs.
func TestColleaguesRecordOfAPhoneComplaintIsTheCallers(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	if err := s.SetOfficeProfile(ctx, Office{Name: "金华物业服务中心", Email: "service@jinhua-pm.example"}); err != nil {
		t.Fatal(err)
	}
	record := inboundMail(1, "liumin@jinhua-pm.example", false)
	record.FromName, record.Subject = "客服部-刘敏", "转：电话投诉 绿洲花园 9号楼"
	record.Text = "各位，\n今天上午10:20接到业主电话投诉，记录如下：\n来电人：赵永红\n来电号码：021-5478 3321\n" +
		"地址：绿洲花园9号楼1102\n内容：楼下1002装修把下水管道堵了。\n请跟进。\n\n刘敏\n客服部 分机 8008"
	own := inboundMail(2, "liumin@jinhua-pm.example", false)
	own.FromName, own.Subject, own.Text = "客服部-刘敏", "员工停车位", "员工停车位被外来车辆占了，请处理。\n刘敏 13600001111"
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{record, own}})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []Complainant{{Name: "赵永红", Phone: "021-5478 3321", Address: "绿洲花园9号楼1102"}, {Name: "刘敏"}} {
		c, err := s.Complaint(ctx, out[i].ComplaintRef)
		if err != nil || c.Complainant.Name != want.Name || c.Complainant.Phone != want.Phone || c.Complainant.Address != want.Address {
			t.Errorf("mail %d: complainant %+v %v, want %+v", i+1, c.Complainant, err, want)
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

// A mail names its sender as it can: by a display name, a nickname, or only by its address. A
// complainant on record by that address keeps the name a clerk wrote down, on this case and on
// every earlier one; one known only by their address's name takes the name a mail gives.
func TestMailDoesNotRenameAComplainantOnRecord(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	phoned, err := s.CreateComplaint(ctx, NewComplaint{Channel: ChannelPhone, Subject: "空调", Description: "空调不制冷。",
		Complainant: Complainant{Name: "赵娟", Email: "user10@example.cn"}})
	if err != nil {
		t.Fatal(err)
	}
	mail := func(uid uint32, from, name string) InboundMail {
		m := inboundMail(uid, from, false)
		m.FromName = name
		return m
	}
	for uid, name := range map[uint32]string{1: "", 2: "小鱼儿", 3: "user10"} {
		_, c := importComplaint(t, s, mail(uid, "user10@example.cn", name))
		if c.Complainant.ID != phoned.Complainant.ID || c.Complainant.Name != "赵娟" {
			t.Errorf("from %q <user10@example.cn>: complainant %d %q, want %d 赵娟", name, c.Complainant.ID,
				c.Complainant.Name, phoned.Complainant.ID)
		}
	}
	if c, err := s.Complaint(ctx, phoned.Ref); err != nil || c.Complainant.Name != "赵娟" {
		t.Errorf("the case on record: %+v, %v", c, err)
	}
	_, first := importComplaint(t, s, mail(4, "lisi@example.cn", ""))
	_, named := importComplaint(t, s, mail(5, "lisi@example.cn", "李四"))
	if first.Complainant.Name != "lisi" || named.Complainant.ID != first.Complainant.ID || named.Complainant.Name != "李四" {
		t.Errorf("known by the address's name %+v, then named %+v", first.Complainant, named.Complainant)
	}
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
	m := inboundMail(1, "owner@example.cn", false)
	m.Attachments = []InboundAttachment{{ContentType: "message/rfc822", Data: []byte("Subject: 1\r\n\r\na")},
		{ContentType: "message/rfc822", Data: []byte("Subject: 2\r\n\r\nb")}}
	id, ev := importedEvidence(t, s, m, 2)
	stored, err := s.Message(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range ev {
		if want := stored.Attachments[i].FileName(id); e.Filename != want {
			t.Errorf("evidence %d named %q, want %q", i, e.Filename, want)
		}
	}
	if ev[0].Filename == ev[1].Filename {
		t.Errorf("both named %q", ev[0].Filename)
	}
}

// A file whose name is longer than a name is kept as evidence under the beginning of its name and
// its extension, not a made-up one.
func TestLongAttachmentNameIsShortened(t *testing.T) {
	m := inboundMail(1, "owner@example.cn", false)
	long := strings.Repeat("锦华花园电梯停运证据", 25) + ".pdf"
	m.Attachments = []InboundAttachment{{Filename: long, ContentType: "application/pdf", Data: []byte("%PDF-1.4 x")}}
	_, ev := importedEvidence(t, MustOpen(t), m, 1)
	if n := ev[0].Filename; !strings.HasPrefix(n, "锦华花园电梯停运证据") || !strings.HasSuffix(n, "….pdf") || utf8.RuneCountInString(n) > MaxShort {
		t.Errorf("evidence named %q", n)
	}
}

// importedEvidence imports m into s and returns the stored message's id and the n files of
// evidence the complaint it opened holds.
func importedEvidence(t *testing.T, s *Store, m InboundMail, n int) (int64, []Evidence) {
	t.Helper()
	ctx := context.Background()
	out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Complaint(ctx, out[0].ComplaintRef)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := s.Evidence(ctx, c.ID)
	if err != nil || len(ev) != n {
		t.Fatalf("evidence %+v (%v)", ev, err)
	}
	return out[0].ID, ev
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
	// A display name that is a place names no one either: it is their address.
	c = complaintOf(&InboundMail{FromName: "阳光花园5栋1单元", FromEmail: "yz@163.com", Subject: "投诉", Text: "楼道灯坏了。"},
		"阳光花园5栋1单元", "yz@163.com", false)
	if c.Complainant.Name != "yz" || c.Complainant.Address != "阳光花园5栋1单元" {
		t.Errorf("name %q, address %q, want yz of 阳光花园5栋1单元", c.Complainant.Name, c.Complainant.Address)
	}
	// A company's admin@ is its administration department's mailbox: a person's mail from it is
	// theirs, not a website's notice naming nobody.
	m := &InboundMail{FromName: "博远咨询 行政部", FromEmail: "admin@boyuan-consult.cn", Subject: "18楼缺水",
		Text: "18楼卫生间缺水。\n\n许立群 | 行政经理\n博远咨询（上海）有限公司\n上海市静安区南京西路1266号恒隆广场二座18楼1805室\nT: 021-6288 9013 | M: 139-1627-4410"}
	c = complaintFromMail(m)
	if c.Complainant.Name != "许立群" || c.Complainant.Phone != "139-1627-4410" || c.Complainant.Address != "上海市静安区南京西路1266号恒隆广场二座18楼1805室" {
		t.Errorf("admin@'s person: %+v", c.Complainant)
	}
	// A website's notice from admin@ that names its visitor stays the visitor's.
	m = &InboundMail{FromName: "WordPress", FromEmail: "admin@site.cn", Subject: "新留言", Text: "姓名：李娜\n电话：13800001111\n留言：车位被占"}
	if c = complaintFromMail(m); c.Complainant.Name != "李娜" || c.Complainant.Phone != "13800001111" {
		t.Errorf("admin@'s notice: %+v", c.Complainant)
	}
	// So does a letter in a company's name from its admin@ that names its person: where the
	// company says it is is theirs.
	m = &InboundMail{FromName: "上海启明信息技术有限公司", FromEmail: "admin@qiming-tech.cn", Subject: "B座1208空调不制冷",
		Text: "环贸中心物业服务中心：\n\n我司位于环贸中心B座1208室。近一周空调基本不出冷风。\n\n联系人：行政部 赵敏\n电话：021-62589900\n\n上海启明信息技术有限公司\n2024年6月11日"}
	if c = complaintFromMail(m); c.Complainant.Name != "赵敏" || c.Complainant.Phone != "021-62589900" || c.Complainant.Address != "环贸中心B座1208室" {
		t.Errorf("admin@'s company letter: %+v", c.Complainant)
	}
	m = &InboundMail{FromName: "深圳市远帆会计师事务所", FromEmail: "admin@yuanfan-cpa.example", Subject: "发票抬头开错",
		Text: "您好！我所为A座1105室租户。发票抬头开错了。\n\n联系人：何婧（行政）\n电话：0755-8632 7781"}
	if c = complaintFromMail(m); c.Complainant.Name != "何婧" || c.Complainant.Address != "A座1105室" {
		t.Errorf("admin@'s firm's letter: %+v", c.Complainant)
	}
	m = &InboundMail{FromName: "行政部 吳佩珊", FromEmail: "admin@hsinyao-tech.example", Subject: "15樓之2 帷幕玻璃破裂",
		Text: "管理中心您好：\n\n敝公司（欣耀科技股份有限公司）位於貴大樓15樓之2。帷幕玻璃出現裂痕。\n\n聯絡人：行政部 吳佩珊\n" +
			"公司總機：02-2725-8866 分機312\n請直接撥我手機 0955-612-083，謝謝。"}
	if c = complaintFromMail(m); c.Complainant.Name != "吳佩珊" || c.Complainant.Phone != "0955-612-083" || c.Complainant.Address != "15樓之2" {
		t.Errorf("admin@'s letter of 敝公司: %+v", c.Complainant)
	}
	// And an assistant introducing themselves, writing from it for their boss.
	m = &InboundMail{FromName: "深圳市宏达贸易有限公司", FromEmail: "admin@hongda-trading.example", Subject: "半山别墅15号 物业费账单核对",
		Text: "您好！\n我是宏达贸易行政部的陈晓燕，代我们董事长邓总（邓志远先生，半山别墅15号业主）联系贵处。\n账单多了一项花园养护费。\n" +
			"邓总平时很忙，有关事宜请直接联系我，手机 185 0000 2041（微信同号）。\n\n陈晓燕\n行政主管 | 深圳市宏达贸易有限公司\n总机：0755-2588 0000"}
	if c = complaintFromMail(m); c.Complainant.Name != "邓志远" || c.Complainant.Phone != "185 0000 2041" || c.Complainant.Address != "半山别墅15号" {
		t.Errorf("admin@'s assistant writing for the boss: %+v", c.Complainant)
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
		// Typed in full width or in lower case.
		{withText(with(13, "li@163.example", "车库漏水补充二"), "编号"+fullWidth(garage)+"，还在漏。"), garage},
		{withText(with(14, "li@163.example", "车库漏水补充三"), "编号"+strings.ToLower(garage)+"，还在漏。"), garage},
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

// A message without a subject is listed by its text's first line, and found by the words of it;
// one with a subject is found by its subject, not its text.
func TestSearchFindsMailWithoutASubjectByItsText(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	bare, titled := inboundMail(1, "a@example.cn", false), inboundMail(2, "b@example.cn", false)
	bare.Subject, bare.Text = "", "您好，小区东门的道闸坏了一个星期。"
	bare.Raw = []byte("From: a@example.cn\r\n\r\n" + bare.Text + "\r\n")
	titled.Text = "道闸也坏了。"
	if _, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{bare, titled}}); err != nil {
		t.Fatal(err)
	}
	found, err := s.Messages(ctx, MessageFilter{Query: "道闸"})
	if err != nil || len(found) != 1 || found[0].Subject != "" || found[0].FromEmail != "a@example.cn" {
		t.Errorf("search for the words of a message without a subject: %d found, %v", len(found), err)
	}
}

// A record of thousands of lines is read for its writer's contact at its head and its foot.
func TestHeadAndFoot(t *testing.T) {
	var b strings.Builder
	b.WriteString("物业：\n夜间装修噪音记录如下。\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "第%04d行：楼上装修，多次反映无果。\n", i)
	}
	b.WriteString("\n王建国\n联系电话：13600002222\n地址：锦华花园5栋2单元502室")
	got := headAndFoot(b.String())
	if !strings.HasPrefix(got, "物业：\n夜间装修噪音记录如下。\n") || !strings.Contains(got, "王建国\n联系电话：13600002222\n地址：锦华花园5栋2单元502室") ||
		strings.Count(got, "\n") >= contact.Lines {
		t.Errorf("head and foot of a long record, %d lines: %q", strings.Count(got, "\n")+1, got)
	}
	// A short text, and one whose many lines are blank at its end, are read whole.
	for _, whole := range []string{"电梯坏了。\n王建国", "a" + strings.Repeat("\n", 200)} {
		if got := headAndFoot(whole); got != whole {
			t.Errorf("headAndFoot(%q) = %q", whole, got)
		}
	}
	m := inboundMail(1, "wjg@163.com", false)
	m.FromName, m.Text = "王建国", b.String()
	c := complaintOf(&m, m.FromName, m.FromEmail, false)
	if c.Complainant.Phone != "13600002222" || c.Complainant.Address != "锦华花园5栋2单元502室" {
		t.Errorf("a long record's writer: %+v", c.Complainant)
	}
}

// A description cut to its limit ends after a whole line, with "……" saying the rest is in the email.
func TestLongTextIsCutAtALine(t *testing.T) {
	text := strings.Repeat("第0001行：楼上装修，多次反映无果。\n", 2000)
	got := clipText(text, MaxText)
	if utf8.RuneCountInString(got) > MaxText || !strings.HasSuffix(got, "多次反映无果。\n……") {
		t.Errorf("cut %d characters, ending %q", utf8.RuneCountInString(got), got[len(got)-60:])
	}
	if short := "电梯坏了。"; clipText(short, MaxText) != short || clipLine(short, MaxShort) != short {
		t.Error("a short text was cut")
	}
	// A subject longer than a complaint's is cut with "…" at its end.
	if got := clipLine(strings.Repeat("市民热线反映", 50), MaxShort); utf8.RuneCountInString(got) != MaxShort || !strings.HasSuffix(got, "反映市…") {
		t.Errorf("subject cut to %q", got)
	}
}

// A fault in reading who wrote a message stops neither it nor the check: it opens its complaint
// under the sender the header names.
func TestWriterNotReadIsTheSender(t *testing.T) {
	defer func(read func(contact.Mail) contact.Writer) { readContact = read }(readContact)
	readContact = func(contact.Mail) contact.Writer { panic("a fault") }
	s := MustOpen(t)
	m := inboundMail(1, "wangfang@163.com", false)
	m.FromName = "王芳"
	out, err := s.ImportMail(context.Background(), MailBatch{Messages: []InboundMail{m}})
	if err != nil || len(out) != 1 || out[0].State != MailComplaint {
		t.Fatalf("import: %+v, %v", out, err)
	}
	c, err := s.Complaint(context.Background(), out[0].ComplaintRef)
	if err != nil || c.Complainant.Name != "王芳" || c.Complainant.Email != "wangfang@163.com" {
		t.Errorf("complainant %+v, %v", c.Complainant, err)
	}
}
