package mailintake

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"complaintdesk/data"
	"complaintdesk/mailintake/decode"
	"complaintdesk/mailintake/imaptest"

	"github.com/emersion/go-imap/client"
	"github.com/emersion/go-imap/utf7"
)

func plainMail(from, subject, body string, extra ...string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: office@example.com\r\nSubject: %s\r\nDate: %s\r\n", from, subject,
		time.Now().Format(time.RFC1123Z))
	for _, h := range extra {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n")
	return []byte(b.String())
}

func messageIDMail(id, from, subject, body string, extra ...string) []byte {
	return plainMail(from, subject, body, append([]string{"Message-ID: <" + id + ">"}, extra...)...)
}

// firstCase has Zhang's first email open a case, and returns the mailbox account and the case's
// reference.
func firstCase(t *testing.T, store *data.Store, mb *mailbox) (*data.MailAccount, string) {
	t.Helper()
	mb.deliver(t, messageIDMail("first@tenant.example", "张女士 <zhang@tenant.example>", "电梯故障", "三号楼电梯停了两天。"), time.Now())
	acct := mb.account(t, store, nil)
	mustSync(t, store, acct)
	msgs := allMessages(t, store)
	if len(msgs) != 1 || msgs[0].State != data.MailComplaint {
		t.Fatalf("first message: %+v", msgs)
	}
	return acct, msgs[0].ComplaintRef
}

func TestRepliesJoinTheirCase(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	ctx := context.Background()
	now := time.Now()
	acct, ref := firstCase(t, store, mb)
	mb.deliver(t, messageIDMail("r1@tenant.example", "zhang@tenant.example", "Re: ["+ref+"] 电梯故障", "还没有修好。"), now)
	mb.deliver(t, messageIDMail("r2@tenant.example", "zhang@tenant.example", "补充", "照片见附件。",
		"In-Reply-To: <first@tenant.example>", "References: <first@tenant.example>"), now)
	mb.deliver(t, messageIDMail("ooo@tenant.example", "zhang@tenant.example", "自动回复: 电梯故障", "我正在休假。",
		"Auto-Submitted: auto-replied", "In-Reply-To: <first@tenant.example>"), now)
	mb.deliver(t, messageIDMail("other@tenant.example", "li@tenant.example", "Re: [TS-2020-999999] 停车", "这是新的投诉。"), now)
	sum := mustSync(t, store, acct)
	if sum.Replies != 2 || sum.Auto != 1 || sum.Complaints != 1 {
		t.Fatalf("summary %s, want 2 replies, 1 automatic, 1 complaint", sum)
	}
	c, err := store.Complaint(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	if !c.HasNewReply {
		t.Error("the case is not marked as having a new reply")
	}
	events, err := store.Events(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	emails := 0
	for _, e := range events {
		if e.Kind == data.EventEmail {
			emails++
			if e.Direction != data.DirIn || e.RefID == 0 {
				t.Errorf("email event %+v", e)
			}
		}
	}
	if emails != 4 {
		t.Errorf("%d email events on the timeline, want 4 (the complaint, two replies, the auto-reply)", emails)
	}
	n, err := store.Count(ctx, data.ListFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("%d complaints, want 2: replies and automatic mail open none", n)
	}
}

// TestAutoReplyKnownBySubjectJoinsItsCase: an out-of-office answer to the office's letter that
// only its subject marks ("自动回复：Re: [TS-…] …", as some webmail services send them) goes on
// the case as automatic mail, and the case is not marked as having a reply to read; one that names
// no case opens no complaint.
func TestAutoReplyKnownBySubjectJoinsItsCase(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	ctx := context.Background()
	now := time.Now()
	acct, ref := firstCase(t, store, mb)
	mb.deliver(t, messageIDMail("ooo1@tenant.example", "zhang@tenant.example", "自动回复：Re: ["+ref+"] 电梯故障", "我正在休假。"), now)
	mb.deliver(t, messageIDMail("ooo2@tenant.example", "wang@tenant.example", "Automatic reply: 停车通知", "I am away."), now)
	sum := mustSync(t, store, acct)
	if sum.Auto != 2 || sum.Complaints != 0 || sum.Replies != 0 {
		t.Fatalf("summary %s, want 2 automatic", sum)
	}
	c, err := store.Complaint(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	if c.HasNewReply {
		t.Error("an out-of-office answer marked the case as having a new reply")
	}
	onCase, err := store.Messages(ctx, data.MessageFilter{ComplaintID: c.ID, Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	var states []data.MailState
	for _, m := range onCase {
		states = append(states, m.State)
	}
	if !slices.Equal(states, []data.MailState{data.MailComplaint, data.MailAuto}) &&
		!slices.Equal(states, []data.MailState{data.MailAuto, data.MailComplaint}) {
		t.Errorf("messages on the case: %v, want the complaint and the automatic answer", states)
	}
	if n, err := store.Count(ctx, data.ListFilter{}); err != nil || n != 1 {
		t.Errorf("%d complaints (%v), want 1", n, err)
	}
}

func TestFirstSyncWindowAndUIDValidityChange(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	ctx := context.Background()
	now := time.Now()
	mb.deliver(t, messageIDMail("old@x.example", "a@x.example", "old", "from two months ago"), now.Add(-60*24*time.Hour))
	mb.deliver(t, messageIDMail("new@x.example", "b@x.example", "new", "from today"), now)
	acct := mb.account(t, store, nil)
	sum := mustSync(t, store, acct)
	if sum.Stored != 1 {
		t.Fatalf("first sync stored %d, want only the recent one: %s", sum.Stored, sum)
	}
	st, err := store.MailSyncState(ctx, acct.ID, acct.Folder)
	if err != nil || st == nil || st.LastUID != 2 {
		t.Fatalf("state %+v %v, want last uid 2", st, err)
	}
	out, err := exec.Command("doveadm", "-c", mb.Server.Conf, "mailbox", "update", "-u", mb.User,
		"--uid-validity", fmt.Sprint(st.UIDValidity+7), "INBOX").CombinedOutput()
	if err != nil {
		t.Fatalf("doveadm: %v\n%s", err, out)
	}
	mb.Server.Chown(t, mb.Maildir)
	mb.deliver(t, messageIDMail("newer@x.example", "c@x.example", "newer", "after the change"), now)
	sum = mustSync(t, store, acct)
	if sum.Stored != 1 || sum.Duplicates != 1 {
		t.Errorf("after UIDVALIDITY change: %s, want 1 stored and 1 already stored", sum)
	}
	if n := len(allMessages(t, store)); n != 2 {
		t.Errorf("%d messages, want 2", n)
	}
	st, _ = store.MailSyncState(ctx, acct.ID, acct.Folder)
	if st.UIDValidity == 0 || st.LastUID < 3 || !st.ScannedSince.Equal(acct.Since.Truncate(time.Second)) {
		t.Errorf("state after rescan %+v", st)
	}
}

// A clerk who moves the start date earlier gets the mail between the two dates on the next
// check, and nothing twice; the first check says how much older mail it left on the server.
func TestStartDateMovedEarlier(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	ctx := context.Background()
	now := time.Now()
	day := 24 * time.Hour
	mb.deliver(t, messageIDMail("ancient@x.example", "a@x.example", "ancient", "half a year ago"), now.Add(-180*day))
	mb.deliver(t, messageIDMail("older@x.example", "b@x.example", "older", "seven weeks ago"), now.Add(-50*day))
	mb.deliver(t, messageIDMail("recent@x.example", "c@x.example", "recent", "last week"), now.Add(-7*day))
	acct := mb.account(t, store, nil)
	sum := mustSync(t, store, acct)
	if sum.Stored != 1 || sum.Older != 2 {
		t.Fatalf("first check: %s (older %d), want 1 stored and 2 older left", sum, sum.Older)
	}
	if !strings.Contains(sum.String(), "2 older than "+acct.Since.Format(time.DateOnly)+" left on the server") {
		t.Errorf("summary %q does not say what was left", sum)
	}
	if sum = mustSync(t, store, acct); sum.New != 0 || sum.Older != 0 {
		t.Errorf("second check: %s (older %d), want nothing new and no count", sum, sum.Older)
	}
	// Mail put into the folder after that keeps its old arrival date (dragged from an archive,
	// moved by a rule): it is new, and imported.
	mb.deliver(t, messageIDMail("dragged@x.example", "e@x.example", "dragged", "from the archive"), now.Add(-90*day))
	if sum = mustSync(t, store, acct); sum.New != 1 || sum.Stored != 1 {
		t.Errorf("check after an old message was put in: %s, want it imported", sum)
	}

	acct.Since = now.Add(-60 * day)
	acct, err := store.SaveMailAccount(ctx, *acct)
	if err != nil {
		t.Fatal(err)
	}
	mb.deliver(t, messageIDMail("today@x.example", "d@x.example", "today", "just now"), now)
	sum = mustSync(t, store, acct)
	if sum.New != 2 || sum.Stored != 2 || sum.Duplicates != 0 || sum.Older != 1 {
		t.Errorf("after moving the start date: %s (older %d), want the older and today's message, 1 still older", sum, sum.Older)
	}
	subjects := map[string]bool{}
	for _, m := range allMessages(t, store) {
		subjects[m.Subject] = true
	}
	if len(subjects) != 4 || !subjects["older"] || !subjects["today"] || !subjects["dragged"] || subjects["ancient"] {
		t.Errorf("stored %v, want recent, dragged, older and today", subjects)
	}
	st, err := store.MailSyncState(ctx, acct.ID, acct.Folder)
	if err != nil || st.LastUID != 5 || !st.ScannedSince.Equal(acct.Since.Truncate(time.Second)) {
		t.Errorf("state %+v %v, want last uid 4 scanned from %v", st, err, acct.Since)
	}
	if sum = mustSync(t, store, acct); sum.New != 0 {
		t.Errorf("check after that: %s, want nothing new", sum)
	}

	// A later start date does not forget what was already looked at.
	acct.Since = now.Add(-10 * day)
	if acct, err = store.SaveMailAccount(ctx, *acct); err != nil {
		t.Fatal(err)
	}
	if sum = mustSync(t, store, acct); sum.New != 0 {
		t.Errorf("after a later start date: %s, want nothing new", sum)
	}
	acct.Since = now.Add(-55 * day)
	if acct, err = store.SaveMailAccount(ctx, *acct); err != nil {
		t.Fatal(err)
	}
	if sum = mustSync(t, store, acct); sum.New != 0 {
		t.Errorf("after a start date still after the one scanned: %s, want nothing new", sum)
	}
}

// A mailbox empty at its first check: what comes into it afterwards is all imported, whatever
// its date, and none of it is said to be left on the server.
func TestMailIntoAMailboxEmptyAtFirst(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	acct := mb.account(t, store, nil)
	if sum := mustSync(t, store, acct); sum.New != 0 {
		t.Fatalf("first check of an empty mailbox: %s", sum)
	}
	for i := 0; i < 3; i++ {
		mb.deliver(t, messageIDMail(fmt.Sprintf("old%d@x.example", i), "a@x.example", "from the archive", "old"), time.Now().Add(-90*24*time.Hour))
	}
	if sum := mustSync(t, store, acct); sum.Stored != 3 || sum.Older != 0 {
		t.Errorf("next check: %s (older %d), want 3 stored and none said to be left", sum, sum.Older)
	}
}

func TestConnectionProblemsSayWhichStep(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	d := mb.Server
	closed, err := imaptest.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	// A port that takes connections and says nothing.
	quiet, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer quiet.Close()
	silent := quiet.Addr().(*net.TCPAddr).Port
	go func() {
		var conns []net.Conn // held open, unanswered, until the listener closes
		defer func() {
			for _, c := range conns {
				c.Close()
			}
		}()
		for {
			c, err := quiet.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c)
		}
	}()
	// A second folder, named in Chinese: a folder that is not found is answered with those that are.
	mb.deliverTo(t, "投诉", messageIDMail("old@x.example", "o@x.example", "old", "old"), time.Now())
	base := data.MailAccount{Host: "127.0.0.1", Port: d.Port, Security: data.SecurityNone, Username: mb.User,
		Folder: "INBOX", AfterImport: data.AfterKeep}
	tests := []struct {
		name     string
		edit     func(a *data.MailAccount)
		password string
		step     Step
		reason   Reason
		says     string
	}{
		{"works", nil, mb.Password, "", "", ""},
		{"tls works", func(a *data.MailAccount) { a.Host, a.Port, a.Security = "localhost", d.TLSPort, data.SecurityTLS }, mb.Password, "", "", ""},
		{"starttls works", func(a *data.MailAccount) { a.Host, a.Security = "localhost", data.SecuritySTARTTLS }, mb.Password, "", "", ""},
		{"wrong password", nil, "wrong", StepLogin, "", "rejected the user name or password (it said: Authentication failed.)"},
		{"unknown host", func(a *data.MailAccount) { a.Host, a.Security = "mail.does-not-exist.invalid", data.SecurityTLS }, mb.Password, StepDNS, "", "could not be found"},
		{"refused port", func(a *data.MailAccount) { a.Port = closed }, mb.Password, StepConnect, ReasonRefused, "refused the connection"},
		{"certificate for another name", func(a *data.MailAccount) { a.Port, a.Security = d.TLSPort, data.SecurityTLS }, mb.Password, StepTLS, ReasonCertName, "certificate is for localhost, not 127.0.0.1"},
		{"untrusted certificate", func(a *data.MailAccount) { a.Host, a.Port, a.Security = "localhost", d.TLSPort, data.SecurityTLS }, "untrusted", StepTLS, ReasonCertAuthority, "not signed by an authority"},
		{"tls to a plain port", func(a *data.MailAccount) { a.Security = data.SecurityTLS }, mb.Password, StepTLS, ReasonNotTLS, "does not speak SSL/TLS on this port: choose STARTTLS if the server offers it there"},
		{"tls to a port that says nothing", func(a *data.MailAccount) { a.Port, a.Security = silent, data.SecurityTLS }, mb.Password,
			StepConnect, ReasonTimeout, "did not answer on port"},
		{"starttls to a tls port", func(a *data.MailAccount) { a.Host, a.Port, a.Security = "localhost", d.TLSPort, data.SecuritySTARTTLS }, mb.Password,
			StepConnect, ReasonSilent, "sent no greeting: the port may expect TLS from the start"},
		{"no encryption to another computer", func(a *data.MailAccount) { a.Host = "mail.example.com" }, mb.Password, StepTLS, ReasonPlainRemote, "only allowed to this computer"},
		{"missing folder", func(a *data.MailAccount) { a.Folder = "Complaints2019" }, mb.Password, StepFolder, "",
			`folder "Complaints2019" does not exist on the mail server 127.0.0.1; its folders are: INBOX, 投诉`},
		{"missing folder to move to", func(a *data.MailAccount) { a.AfterImport, a.MoveTo = data.AfterMove, "已处理" }, mb.Password, StepFolder, ReasonMoveTo,
			`the folder to move imported mail to, "已处理", is not on the mail server 127.0.0.1 yet; the first check that moves mail creates it`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := base
			if tc.edit != nil {
				tc.edit(&a)
			}
			opts := Options{Password: tc.password, RootCAs: d.Roots, Timeout: 10 * time.Second}
			if tc.reason == ReasonSilent || tc.reason == ReasonTimeout {
				opts.Timeout = time.Second // the greeting it waits for never comes
			}
			if tc.password == "untrusted" {
				opts = Options{Password: mb.Password, Timeout: 10 * time.Second}
			}
			err := TestConnection(context.Background(), &a, opts)
			if tc.step == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			var ce *ConnError
			if !errors.As(err, &ce) {
				t.Fatalf("error %v (%T), want a *ConnError", err, err)
			}
			if ce.Step != tc.step || ce.Reason != tc.reason || !strings.Contains(ce.Error(), tc.says) {
				t.Errorf("step %s (%s): %q, want step %s (%s) saying %q", ce.Step, ce.Reason, ce.Error(), tc.step, tc.reason, tc.says)
			}
			if strings.Count(ce.Error(), ". ") > 0 || strings.Contains(ce.Error(), "\n") {
				t.Errorf("not one sentence: %q", ce.Error())
			}
		})
	}
	// A security the program does not know is refused before anything is tried: anything else
	// would log in unencrypted, as this server would let it.
	odd := base
	odd.Security = "ssl"
	if err := TestConnection(context.Background(), &odd, Options{Password: mb.Password}); err == nil ||
		!strings.Contains(err.Error(), `unknown security "ssl" (tls, starttls, none)`) {
		t.Errorf("test connection with security ssl: %v", err)
	}
	if s, err := connect(context.Background(), &odd, Options{Password: mb.Password}); err == nil {
		s.close()
		t.Errorf("connected with security ssl")
	}
	// After a failure the next sync with the right settings picks up everything.
	mb.deliver(t, messageIDMail("wait@x.example", "w@x.example", "waiting", "body"), time.Now())
	acct := mb.account(t, store, nil)
	if _, err := Sync(context.Background(), store, acct, Options{Password: "wrong"}); err == nil {
		t.Fatal("sync with a wrong password succeeded")
	}
	st, err := store.MailSyncState(context.Background(), acct.ID, acct.Folder)
	if err != nil {
		t.Fatal(err)
	}
	// The failure is kept for the window, by step, even for a mailbox never reached before.
	if st == nil || st.LastUID != 0 || st.UIDValidity != 0 || st.ErrorStep != string(StepLogin) ||
		!strings.Contains(st.LastError, "rejected") || st.SyncedAt == nil || st.OKAt != nil {
		t.Fatalf("state after a failed first check: %+v", st)
	}
	if sum := mustSync(t, store, acct); sum.Stored != 1 {
		t.Errorf("next sync: %s", sum)
	}
	st, err = store.MailSyncState(context.Background(), acct.ID, acct.Folder)
	if err != nil || st.LastError != "" || st.ErrorStep != "" || st.OKAt == nil || st.LastUID == 0 {
		t.Fatalf("state after a good check: %+v %v", st, err)
	}
	// A check stopped on purpose (the window closing) is not a failure.
	stopped, stop := context.WithCancel(context.Background())
	stop()
	if _, err := Sync(stopped, store, acct, Options{Password: mb.Password}); !errors.Is(err, context.Canceled) {
		t.Fatalf("a stopped check: %v", err)
	}
	if st, err = store.MailSyncState(context.Background(), acct.ID, acct.Folder); err != nil || st.LastError != "" {
		t.Fatalf("state after a stopped check: %+v %v", st, err)
	}
	// A later failure keeps the position and when mail was last fetched.
	okAt, last := *st.OKAt, st.LastUID
	acct.Port = closed
	if _, err := Sync(context.Background(), store, acct, Options{Password: mb.Password}); err == nil {
		t.Fatal("sync to a closed port succeeded")
	}
	st, err = store.MailSyncState(context.Background(), acct.ID, acct.Folder)
	if err != nil || st.ErrorStep != string(StepConnect) || st.ErrorReason != string(ReasonRefused) ||
		st.LastUID != last || st.OKAt == nil || !st.OKAt.Equal(okAt) {
		t.Fatalf("state after a later failure: %+v %v", st, err)
	}
}

// proxy forwards to the server what the client sends, and has serve pass on what the server
// answers (closing the client's connection when it is done): the real server behind it stands for
// one that answers otherwise. Its address.
func proxy(t *testing.T, target string, serve func(client io.WriteCloser, server *bufio.Reader)) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() { l.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			wg.Add(2)
			go func() { defer wg.Done(); io.Copy(s, c); s.Close() }()
			go func() { defer wg.Done(); defer s.Close(); defer c.Close(); serve(c, bufio.NewReader(s)) }()
		}
	}()
	return l.Addr().String()
}

// proxyPort is the port of a proxy's address.
func proxyPort(addr string) int {
	_, port, _ := net.SplitHostPort(addr)
	n, _ := strconv.Atoi(port)
	return n
}

// dropProxy forwards to the server and cuts the connection after limit bytes from the server.
func dropProxy(t *testing.T, target string, limit int64) string {
	return proxy(t, target, func(c io.WriteCloser, s *bufio.Reader) { io.CopyN(c, s, limit) })
}

func TestServerDropsMidFetch(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	now := time.Now()
	body := strings.Repeat("投诉内容 complaint text line\r\n", 400)
	for i := 0; i < 30; i++ {
		mb.deliver(t, messageIDMail(fmt.Sprintf("m%d@x.example", i), fmt.Sprintf("c%d@x.example", i), fmt.Sprintf("case %d", i), body), now)
	}
	acct := mb.account(t, store, nil)
	addr := dropProxy(t, fmt.Sprintf("127.0.0.1:%d", mb.Server.Port), 250_000)
	_, portStr, _ := net.SplitHostPort(addr)
	dropped := *acct
	fmt.Sscan(portStr, &dropped.Port)
	_, err := Sync(context.Background(), store, &dropped, Options{BatchSize: 10, Timeout: 10 * time.Second})
	var ce *ConnError
	if !errors.As(err, &ce) || ce.Step != StepFetch {
		t.Fatalf("error %v, want the connection lost while reading mail", err)
	}
	// What came whole before the drop is kept; the message cut off is not, and is asked for
	// again.
	first := len(allMessages(t, store))
	if first == 0 || first == 30 {
		t.Fatalf("%d messages stored before the drop", first)
	}
	for _, m := range allMessages(t, store) {
		if m.State != data.MailComplaint || strings.Count(m.Text, "complaint text line") != 400 {
			t.Errorf("a message cut off by the drop was stored: %s, %d lines", m.State, strings.Count(m.Text, "complaint text line"))
		}
	}
	// The window says the check stopped after storing those, not that it failed outright.
	st, _ := store.MailSyncState(context.Background(), acct.ID, acct.Folder)
	if st == nil || !strings.Contains(st.LastError, "lost") || st.ErrorStored != first {
		t.Errorf("the failure is not recorded for the window (%d stored): %+v", first, st)
	}
	sum := mustSync(t, store, acct)
	if sum.Stored != 30-first || sum.Unfetched != 0 {
		t.Errorf("resumed sync: %s, want %d stored", sum, 30-first)
	}
	if st, _ := store.MailSyncState(context.Background(), acct.ID, acct.Folder); st == nil || st.LastError != "" || st.ErrorStored != 0 {
		t.Errorf("after the resumed check: %+v", st)
	}
	ids := map[string]bool{}
	for _, m := range allMessages(t, store) {
		ids[m.Identity] = true
	}
	if n := len(allMessages(t, store)); n != 30 || len(ids) != 30 {
		t.Errorf("%d messages, %d different, want 30 once each", n, len(ids))
	}
}

func TestOversizeAndHeaderlessMailDoNotBlock(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	ctx := context.Background()
	now := time.Now()
	var big bytes.Buffer
	big.WriteString("From: 王先生 <wang@example.cn>\r\nSubject: =?UTF-8?B?6KeG6aKR6K+B5o2u?=\r\nMessage-ID: <big@example.cn>\r\n" +
		"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	line := strings.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldY", 2) + "YWJj\r\n"
	for big.Len() < 60<<20 {
		big.WriteString(line)
	}
	mb.deliver(t, big.Bytes(), now)
	mb.deliver(t, []byte("只有正文，没有信头。\r\n这封信没有发件人。\r\n"), now)
	mb.deliver(t, nil, now) // a message of no bytes at all, which the server sends as {0}
	mb.deliver(t, messageIDMail("after@x.example", "after@x.example", "after the big one", "still imported"), now)
	acct := mb.account(t, store, nil)
	sum := mustSync(t, store, acct)
	if sum.Stored != 4 || sum.Oversize != 1 || sum.Complaints != 1 || sum.Failed != 3 || sum.Unfetched != 0 {
		t.Fatalf("summary %s", sum)
	}
	failed, err := store.Messages(ctx, data.MessageFilter{States: []data.MailState{data.MailFailed}})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range failed {
		switch {
		case m.Oversize:
			if !strings.Contains(m.Error, "over the 25.0 MB limit") || m.FromEmail != "wang@example.cn" || m.Subject != "视频证据" {
				t.Errorf("oversize message listed as %q from %q: %q", m.Subject, m.FromEmail, m.Error)
			}
			raw, err := store.RawMessage(ctx, m.ID)
			if err != nil || !bytes.Equal(raw, big.Bytes()) {
				t.Errorf("raw of the oversize message: %d bytes, %v", len(raw), err)
			}
		case m.Size == 0:
			if m.Error != decode.ProblemEmpty {
				t.Errorf("empty message: error %q", m.Error)
			}
		default:
			if m.Error != "the message has no headers: no sender, subject or date" || !strings.Contains(m.Text, "只有正文") {
				t.Errorf("headerless message: error %q text %q", m.Error, m.Text)
			}
			o, err := Retry(ctx, store, m.ID)
			if err != nil || o.State != data.MailFailed || o.ID != m.ID {
				t.Errorf("retry: %+v %v, want still failed under the same id", o, err)
			}
		}
	}
}

// serverState counts the messages of mb's INBOX that are seen and unseen, and those in folder.
func serverState(mb *mailbox, folder string) (seen, unseen, moved int) {
	cur, _ := filepath.Glob(filepath.Join(mb.Maildir, "cur", "*"))
	newer, _ := filepath.Glob(filepath.Join(mb.Maildir, "new", "*"))
	for _, f := range cur {
		if strings.HasSuffix(f, "S") { // Maildir's info ":2,S"
			seen++
		}
	}
	unseen = len(cur) + len(newer) - seen
	if folder != "" {
		encoded, _ := utf7.Encoding.NewEncoder().String(strings.ReplaceAll(folder, "/", "."))
		files, _ := filepath.Glob(filepath.Join(mb.Maildir, "."+encoded, "*", "*"))
		moved = len(files)
	}
	return seen, unseen, moved
}

func TestAfterImportMarksOrMovesOnlyAfterCommit(t *testing.T) {
	for _, tc := range []struct {
		after   data.AfterImport
		folder  string
		missing bool // the folder is not on the server: the move makes it
	}{{data.AfterSeen, "", false}, {data.AfterMove, "Imported", false}, {data.AfterMove, "已处理", false}, {data.AfterMove, "归档", true},
		// A folder inside another typed as the webmail shows it: Dovecot separates with dots.
		{data.AfterMove, "归档/2026", true}} {
		after := tc.after
		t.Run(strings.TrimSpace(string(after)+" "+tc.folder), func(t *testing.T) {
			store := openStore(t)
			mb := newMailbox(t)
			if tc.folder != "" && !tc.missing {
				mb.deliverTo(t, tc.folder, messageIDMail("seed@x.example", "s@x.example", "seed", "x"), time.Now().Add(-90*24*time.Hour))
			}
			for i := 0; i < 3; i++ {
				mb.deliver(t, messageIDMail(fmt.Sprintf("a%d@x.example", i), "a@x.example", "subject", "text"), time.Now())
			}
			acct := mb.account(t, store, func(a *data.MailAccount) { a.AfterImport, a.MoveTo = after, tc.folder })
			sum := mustSync(t, store, acct)
			if sum.Stored != 3 || sum.Marked != 3 {
				t.Fatalf("summary %s", sum)
			}
			seen, unseen, moved := serverState(mb, tc.folder)
			switch after {
			case data.AfterSeen:
				if seen != 3 || unseen != 0 {
					t.Errorf("%d seen, %d still unread", seen, unseen)
				}
			case data.AfterMove:
				seed := 1
				if tc.missing {
					seed = 0
				}
				if seen+unseen != 0 || moved != 3+seed {
					t.Errorf("%d left in INBOX, %d moved", seen+unseen, moved)
				}
			}
		})
	}
}

// The folders a missing folder's error lists are named as the clerk types them, "归档/2026",
// not as Dovecot does ("归档.2026"), and the missing folder as typed.
func TestMissingFolderListsFoldersAsTyped(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	mb.deliverTo(t, "归档.2026", messageIDMail("old@x.example", "o@x.example", "旧邮件", "x"), time.Now())
	acct := mb.account(t, store, func(a *data.MailAccount) { a.AfterImport, a.MoveTo = data.AfterMove, "归档/2027" })
	for _, tc := range []struct {
		folder, moveTo string
		reason         Reason
	}{{"INBOX", "归档/2027", ReasonMoveTo}, {"归档/2025", "", ""}} {
		a := *acct
		a.Folder, a.MoveTo = tc.folder, tc.moveTo
		if tc.moveTo == "" {
			a.AfterImport = data.AfterKeep
		}
		err := TestConnection(context.Background(), &a, Options{Password: mb.Password})
		var ce *ConnError
		if !errors.As(err, &ce) || ce.Step != StepFolder || ce.Reason != tc.reason || ce.Folder != cmp.Or(tc.moveTo, tc.folder) ||
			!slices.Contains(strings.Split(ce.Detail, "\n"), "归档/2026") {
			t.Errorf("folder %s, move to %q: %v (%+v)", tc.folder, tc.moveTo, err, ce)
		}
	}
}

// TestInterruptedImportExactlyOnce kills an importing process between batches and inside one;
// the next run stores every message exactly once and marks them all seen.
func TestInterruptedImportExactlyOnce(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, point := range []string{"between", "inside"} {
		t.Run(point, func(t *testing.T) {
			store := openStore(t)
			mb := newMailbox(t)
			for i := 0; i < 25; i++ {
				mb.deliver(t, messageIDMail(fmt.Sprintf("k%d@x.example", i), fmt.Sprintf("p%d@x.example", i), fmt.Sprintf("第%d号投诉", i), "内容"), time.Now())
			}
			acct := mb.account(t, store, func(a *data.MailAccount) { a.AfterImport = data.AfterSeen })
			cmd := exec.Command(exe, "-test.run", "^TestCrashChild$")
			cmd.Env = append(os.Environ(), "CRASH_DB="+store.Path(), "CRASH_POINT="+point, fmt.Sprintf("CRASH_ACCOUNT=%d", acct.ID))
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) {
				t.Fatalf("the importing process was not killed: %v\n%s", err, out)
			}
			got := len(allMessages(t, store))
			want := map[string]int{"between": 10, "inside": 10}[point]
			if got != want {
				t.Fatalf("%d messages survived the kill, want %d (whole batches only)", got, want)
			}
			sum := mustSync(t, store, acct)
			msgs := allMessages(t, store)
			ids := map[string]bool{}
			for _, m := range msgs {
				if ids[m.Identity] {
					t.Errorf("message %s stored twice", m.Identity)
				}
				ids[m.Identity] = true
			}
			n, _ := store.Count(context.Background(), data.ListFilter{})
			if len(msgs) != 25 || n != 25 || sum.Marked != 25 {
				t.Errorf("%d messages, %d complaints, %d marked; want 25 each (%s)", len(msgs), n, sum.Marked, sum)
			}
		})
	}
}

// TestCrashChild is the importing process of TestInterruptedImportExactlyOnce.
func TestCrashChild(t *testing.T) {
	path := os.Getenv("CRASH_DB")
	if path == "" {
		t.Skip("run by TestInterruptedImportExactlyOnce")
	}
	store, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	fmt.Sscan(os.Getenv("CRASH_ACCOUNT"), &id)
	acct, err := store.MailAccount(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	kill := func() {
		p, _ := os.FindProcess(os.Getpid())
		p.Kill()
		select {}
	}
	switch os.Getenv("CRASH_POINT") {
	case "between":
		testHookCommitted = func(batch int) {
			if batch == 1 {
				kill()
			}
		}
	case "inside":
		testHookStored = func(done int) {
			if done == 15 {
				kill()
			}
		}
	}
	_, err = Sync(context.Background(), store, acct, Options{BatchSize: 10})
	t.Fatalf("sync returned instead of being killed: %v", err)
}

// TestFolderNamedInChinese reads a folder named in Chinese, which IMAP names in modified UTF-7.
func TestFolderNamedInChinese(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	mb.deliverTo(t, "投诉邮件", messageIDMail("f1@x.example", "owner@x.example", "楼道灯坏了", "三楼楼道灯不亮。"), time.Now())
	acct := mb.account(t, store, func(a *data.MailAccount) { a.Folder = "投诉邮件" })
	if sum := mustSync(t, store, acct); sum.Stored != 1 || sum.Complaints != 1 {
		t.Fatalf("summary %s", sum)
	}
	if msgs := allMessages(t, store); len(msgs) != 1 || msgs[0].Subject != "楼道灯坏了" || msgs[0].Folder != "投诉邮件" {
		t.Fatalf("stored %+v", msgs)
	}
}

// TestClientSaysWhoItIs: servers that know ID are told the program's name after login (NetEase
// mail opens no folder otherwise). Dovecot logs what it was told.
func TestClientSaysWhoItIs(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	acct := mb.account(t, store, nil)
	mustSync(t, store, acct)
	deadline := time.Now().Add(5 * time.Second)
	for {
		log, _ := os.ReadFile(filepath.Join(mb.Server.Dir, "dovecot.log"))
		if strings.Contains(string(log), "name=ComplaintDesk") {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("Dovecot was not told the client's name:\n%s", log)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestRefusedLoginAtMicrosoftSaysWhy: Microsoft's servers take no password over IMAP, so a
// refused login there is not called a wrong password.
func TestRefusedLoginAtMicrosoftSaysWhy(t *testing.T) {
	for host, oauth := range map[string]bool{
		"outlook.office365.com": true, "imap-mail.outlook.com": true, "partner.outlook.cn": true, "OUTLOOK.OFFICE365.COM.": true,
		"imap.exmail.qq.com": false, "imap.163.com": false, "notoutlook.com": false,
	} {
		err := classify(&ConnError{Step: StepLogin, Host: host, Err: errors.New("LOGIN failed.")})
		var ce *ConnError
		if !errors.As(err, &ce) || (ce.Reason == ReasonOAuthOnly) != oauth {
			t.Errorf("%s: %v", host, err)
		}
		if oauth && !strings.Contains(err.Error(), "OAuth") {
			t.Errorf("%s: %q", host, err)
		}
	}
}

// A refused login at QQ Mail, Tencent Exmail or NetEase says they want their authorisation code,
// and still quotes the server; elsewhere it is a wrong user name or password.
func TestRefusedLoginAtChineseMailServicesSaysAuthorisationCode(t *testing.T) {
	for host, code := range map[string]bool{
		"imap.qq.com": true, "imap.exmail.qq.com": true, "IMAP.163.COM.": true, "imap.vip.126.com": true, "imap.aliyun.com": true,
		"mail.jinhua-pm.example": false, "notqq.com": false, "127.0.0.1": false,
	} {
		err := classify(&ConnError{Step: StepLogin, Host: host, Err: errors.New("Login fail. Please using authorized code to login.")})
		var ce *ConnError
		if !errors.As(err, &ce) || (ce.Reason == ReasonAuthCode) != code || ce.Detail == "" {
			t.Errorf("%s: %+v", host, ce)
		}
		if code && !strings.Contains(err.Error(), "authorisation code") {
			t.Errorf("%s: %q", host, err)
		}
	}
}

// TestSentFolderPutsAnswersOnCases reads the office's sent-mail folder beside the inbox: an
// answer to a complaint goes on its case as outgoing email; the office's other mail stays on
// the server, unread by the register.
func TestSentFolderPutsAnswersOnCases(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	ctx := context.Background()
	now := time.Now()
	mb.deliver(t, messageIDMail("c1@tenant.example", "张女士 <zhang@tenant.example>", "电梯故障", "三号楼电梯停了两天。"), now)
	mb.deliverTo(t, "已发送", messageIDMail("a1@office.example", "前台 <desk@office.example>", "Re: 电梯故障",
		"已安排维修。", "In-Reply-To: <c1@tenant.example>"), now.Add(time.Minute))
	mb.deliverTo(t, "已发送", messageIDMail("m1@office.example", "前台 <desk@office.example>", "周五例会", "内部通知"), now.Add(time.Minute))
	acct := mb.account(t, store, func(a *data.MailAccount) { a.SentFolder = "已发送" })
	if err := TestConnection(ctx, acct, Options{Password: mb.Password}); err != nil {
		t.Fatalf("test connection: %v", err)
	}
	var fetchedSent []uint32
	testHookFetching = func(folder string, uids []uint32) {
		if folder == "已发送" {
			fetchedSent = append(fetchedSent, uids...)
		}
	}
	t.Cleanup(func() { testHookFetching = nil })
	sum := mustSync(t, store, acct)
	// Of the sent mail only the answer is fetched (UID 1); the meeting notice is not even read.
	if len(fetchedSent) != 1 || fetchedSent[0] != 1 {
		t.Errorf("sent mail fetched: UIDs %v, want only the answer's", fetchedSent)
	}
	if sum.Complaints != 1 || sum.Sent != 1 || !strings.Contains(sum.String(), "sent emails put on their cases: 1") {
		t.Fatalf("summary %s", sum)
	}
	msgs := allMessages(t, store)
	if len(msgs) != 2 {
		t.Fatalf("%d messages stored, want the complaint and the answer only", len(msgs))
	}
	var answer *data.MailMessage
	for _, m := range msgs {
		if m.MessageID == "a1@office.example" {
			answer = m
		}
	}
	if answer == nil || answer.Direction != data.DirOut || answer.Folder != "已发送" || answer.ComplaintRef == "" {
		t.Fatalf("the answer is stored as %+v", answer)
	}
	c, err := store.Complaint(ctx, answer.ComplaintRef)
	if err != nil {
		t.Fatal(err)
	}
	events, err := store.Events(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	outgoing := 0
	for _, e := range events {
		if e.Kind == data.EventEmail && e.Direction == data.DirOut {
			outgoing++
		}
	}
	if outgoing != 1 {
		t.Errorf("%d outgoing emails on the case, want the answer", outgoing)
	}
	// Nothing twice.
	mb.deliver(t, messageIDMail("c2@tenant.example", "李先生 <li@tenant.example>", "噪音", "楼上装修。"), now.Add(2*time.Minute))
	if sum := mustSync(t, store, acct); sum.Stored != 1 || sum.Sent != 0 {
		t.Errorf("second pass %s", sum)
	}
	// The office answers and the complainant replies to the answer between two checks: the
	// answer is stored first, and the reply, which names only the answer, joins its case.
	mb.deliverTo(t, "已发送", messageIDMail("a2@office.example", "前台 <desk@office.example>", "答复：噪音",
		"装修时间已限定。", "In-Reply-To: <c2@tenant.example>"), now.Add(3*time.Minute))
	mb.deliver(t, messageIDMail("r2@tenant.example", "李先生 <li@tenant.example>", "回复：答复：噪音", "今天还在装。",
		"In-Reply-To: <a2@office.example>"), now.Add(4*time.Minute))
	if sum := mustSync(t, store, acct); sum.Sent != 1 || sum.Replies != 1 || sum.Complaints != 0 {
		t.Errorf("an answer and the reply to it in one check: %s", sum)
	}
	// A letter on a case registered by the same check, named by its number alone.
	var last string
	for _, m := range allMessages(t, store) {
		last = max(last, m.ComplaintRef)
	}
	n, _ := strconv.Atoi(last[len(last)-6:])
	next := fmt.Sprintf("%s%06d", last[:len(last)-6], n+1)
	mb.deliver(t, messageIDMail("c4@tenant.example", "赵先生 <zhao@tenant.example>", "门禁", "门禁卡失效。"), now.Add(5*time.Minute))
	mb.deliverTo(t, "已发送", messageIDMail("a4@office.example", "前台 <desk@office.example>", "【"+next+"】门禁卡重新授权",
		"请到前台办理。"), now.Add(6*time.Minute))
	if sum := mustSync(t, store, acct); sum.Sent != 1 || sum.Complaints != 1 {
		t.Errorf("a letter on a case the same check registered: %s", sum)
	}
	// A sent-mail folder that is not there says so, and keeps out no new mail.
	acct.SentFolder = "Sent Items"
	var ce *ConnError
	if err := TestConnection(ctx, acct, Options{Password: mb.Password}); !errors.As(err, &ce) || ce.Step != StepFolder || ce.Folder != "Sent Items" {
		t.Errorf("missing sent folder: %v", err)
	}
	mb.deliver(t, messageIDMail("c3@tenant.example", "王先生 <wang@tenant.example>", "停车", "车位被占。"), now.Add(7*time.Minute))
	sum, err = Sync(ctx, store, acct, Options{})
	if !errors.As(err, &ce) || ce.Step != StepFolder || ce.Folder != "Sent Items" || sum.Complaints != 1 {
		t.Errorf("check with the sent folder gone: %s, %v", sum, err)
	}
}

// hangUp, returned by a lineProxy's filter, closes the connection to the client there.
const hangUp = "\x00hang up"

// lineProxy forwards to the server, passing each line the server sends (n counts them from 0 on
// each connection) through filter: the real server behind it stands for one that answers so.
func lineProxy(t *testing.T, target string, filter func(n int, line string) string) int {
	return proxyPort(proxy(t, target, func(c io.WriteCloser, r *bufio.Reader) {
		for n := 0; ; n++ {
			line, err := r.ReadString('\n')
			out := filter(n, line)
			if out == hangUp {
				return
			}
			if _, werr := io.WriteString(c, out); werr != nil || err != nil {
				return
			}
		}
	}))
}

// capProxy hides the capabilities named from what the server announces.
func capProxy(t *testing.T, target string, hide ...string) int {
	return lineProxy(t, target, func(_ int, line string) string {
		if !strings.Contains(line, "CAPABILITY") {
			return line
		}
		for _, c := range hide {
			line = strings.ReplaceAll(line, " "+c+" ", " ")
			line = strings.ReplaceAll(line, " "+c+"]", "]")
			line = strings.ReplaceAll(line, " "+c+"\r\n", "\r\n")
		}
		return line
	})
}

// A server that refuses what it should not, or hangs up, is said to do so in its own words: not
// as a wrong password, a missing folder or a lost connection.
func TestServerRefusalsSaidAsTheyAre(t *testing.T) {
	mb := newMailbox(t)
	mb.deliver(t, messageIDMail("r1@x.example", "a@x.example", "subject", "text"), time.Now())
	target := fmt.Sprintf("127.0.0.1:%d", mb.Server.Port)
	tagged := regexp.MustCompile(`^(\S+) OK `)
	for _, tc := range []struct {
		name   string
		filter func(n int, line string) string
		step   Step
		reason Reason
		said   string
	}{
		{"bye as greeting", func(n int, line string) string {
			if n == 0 {
				return "* BYE [UNAVAILABLE] Too many connections from your IP\r\n"
			}
			return line
		}, StepConnect, ReasonClosed, ""},
		{"hung up after the greeting", func(n int, line string) string {
			if n > 0 {
				return hangUp
			}
			return line
		}, StepConnect, ReasonClosed, ""},
		{"folder unavailable", func(_ int, line string) string {
			if m := tagged.FindStringSubmatch(line); m != nil && strings.Contains(line, "[READ-") {
				return m[1] + " NO [UNAVAILABLE] Mailbox is temporarily unavailable\r\n"
			}
			return line
		}, StepCommand, "", "Mailbox is temporarily unavailable"},
		{"search refused", func(_ int, line string) string {
			if m := tagged.FindStringSubmatch(line); m != nil && strings.Contains(line, "Search completed") {
				return m[1] + " BAD [CLIENTBUG] SEARCH SINCE not supported\r\n"
			}
			return line
		}, StepCommand, "", "SEARCH SINCE not supported"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := openStore(t)
			acct := mb.account(t, store, nil)
			acct.Port = lineProxy(t, target, tc.filter)
			_, err := Sync(context.Background(), store, acct, Options{Timeout: 5 * time.Second})
			var ce *ConnError
			if !errors.As(err, &ce) || ce.Step != tc.step || ce.Reason != tc.reason || !strings.Contains(ce.Detail, tc.said) {
				t.Fatalf("error %#v (%v), want step %s reason %q saying %q", ce, err, tc.step, tc.reason, tc.said)
			}
		})
	}
}

// A port that takes the connection and drops it before the TLS handshake or STARTTLS is done (a
// server that is down behind a firewall or proxy) is said to close the connection, not to fail
// at the encryption.
func TestDroppedConnectionIsNoEncryptionFault(t *testing.T) {
	mb := newMailbox(t)
	target := fmt.Sprintf("127.0.0.1:%d", mb.Server.Port)
	for _, security := range []data.MailSecurity{data.SecurityTLS, data.SecuritySTARTTLS} {
		t.Run(string(security), func(t *testing.T) {
			store := openStore(t)
			acct := mb.account(t, store, nil)
			acct.Security = security
			acct.Port = lineProxy(t, target, func(n int, line string) string {
				if security == data.SecurityTLS || strings.Contains(line, "Begin TLS") {
					return hangUp
				}
				return line
			})
			_, err := Sync(context.Background(), store, acct, Options{Timeout: 5 * time.Second})
			var ce *ConnError
			if !errors.As(err, &ce) || ce.Step != StepConnect || ce.Reason != ReasonClosed {
				t.Fatalf("error %#v (%v), want the connection closed", ce, err)
			}
		})
	}
}

// TestMoveWithoutMoveCommand moves imported mail on a server without MOVE by copying it and
// expunging just those messages; mail someone else marked deleted stays.
func TestMoveWithoutMoveCommand(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	for i := 0; i < 3; i++ {
		mb.deliver(t, messageIDMail(fmt.Sprintf("c%d@x.example", i), "a@x.example", "subject", "text"), time.Now())
	}
	// Another program's message from before the start date, marked deleted but not expunged: not
	// imported, and not for this program to expunge.
	other := filepath.Join(mb.Maildir, "cur", "1.other:2,ST")
	if err := os.WriteFile(other, messageIDMail("other@x.example", "b@x.example", "old", "text"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-90 * 24 * time.Hour)
	if err := os.Chtimes(other, old, old); err != nil {
		t.Fatal(err)
	}
	mb.deliverTo(t, "已处理", messageIDMail("seed@x.example", "s@x.example", "seed", "x"), old)
	mb.Server.Chown(t, mb.Maildir)
	acct := mb.account(t, store, func(a *data.MailAccount) {
		a.AfterImport, a.MoveTo = data.AfterMove, "已处理"
		a.Port = capProxy(t, fmt.Sprintf("127.0.0.1:%d", mb.Server.Port), "MOVE")
	})
	if err := TestConnection(context.Background(), acct, Options{}); err != nil {
		t.Fatalf("test connection: %v", err)
	}
	sum := mustSync(t, store, acct)
	if sum.Stored != 3 || sum.Marked != 3 {
		t.Fatalf("summary %s, want 3 stored and moved", sum)
	}
	encoded, _ := utf7.Encoding.NewEncoder().String("已处理")
	moved, _ := filepath.Glob(filepath.Join(mb.Maildir, "."+encoded, "*", "*"))
	left, _ := filepath.Glob(filepath.Join(mb.Maildir, "cur", "*"))
	if len(moved) != 1+3 || len(left) != 1 || left[0] != other {
		t.Errorf("%d moved, left %q, want 3 moved and the other deleted message left", len(moved), left)
	}
}

// TestMoveRefusedWithoutUIDPLUS: a server that could move mail only by expunging every deleted
// message is told of by the connection test; a check imports the new mail all the same, says why
// it was not moved, and keeps importing at later checks until the clerk chooses another action.
func TestMoveRefusedWithoutUIDPLUS(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	mb.deliverTo(t, "已处理", messageIDMail("seed@x.example", "s@x.example", "seed", "x"), time.Now().Add(-90*24*time.Hour))
	for i := 0; i < 2; i++ {
		mb.deliver(t, messageIDMail(fmt.Sprintf("u%d@x.example", i), "a@x.example", "subject", "text"), time.Now())
	}
	acct := mb.account(t, store, func(a *data.MailAccount) {
		a.AfterImport, a.MoveTo = data.AfterMove, "已处理"
		a.Port = capProxy(t, fmt.Sprintf("127.0.0.1:%d", mb.Server.Port), "MOVE", "UIDPLUS")
	})
	noMove := func(what string, err error) {
		t.Helper()
		var ce *ConnError
		if !errors.As(err, &ce) || ce.Step != StepServer || ce.Reason != ReasonNoMove {
			t.Fatalf("%s: %v, want the server's lack of a safe move named", what, err)
		}
		if !strings.Contains(err.Error(), "mark as read") {
			t.Errorf("%s: %q does not say what to choose instead", what, err)
		}
	}
	noMove("test connection", TestConnection(context.Background(), acct, Options{}))
	sum, err := Sync(context.Background(), store, acct, Options{})
	noMove("first check", err)
	if sum.Stored != 2 || sum.Marked != 0 {
		t.Errorf("first check %s, want 2 stored, none moved", sum)
	}
	mb.deliver(t, messageIDMail("u2@x.example", "a@x.example", "subject", "text"), time.Now())
	sum, err = Sync(context.Background(), store, acct, Options{})
	noMove("second check", err)
	if sum.Stored != 1 {
		t.Errorf("second check %s, want the new message stored", sum)
	}
	st, _ := store.MailSyncState(context.Background(), acct.ID, acct.Folder)
	if st == nil || st.ErrorReason != string(ReasonNoMove) {
		t.Errorf("the refusal is not kept for the window: %+v", st)
	}
	acct.AfterImport = data.AfterSeen
	if acct, err = store.SaveMailAccount(context.Background(), *acct); err != nil {
		t.Fatal(err)
	}
	sum = mustSync(t, store, acct)
	if sum.Stored != 0 || sum.Marked != 3 {
		t.Errorf("after choosing mark as read: %s, want the 3 imported marked", sum)
	}
	cur, _ := filepath.Glob(filepath.Join(mb.Maildir, "cur", "*S"))
	if len(cur) != 3 || len(allMessages(t, store)) != 3 {
		t.Errorf("%d marked read on the server, %d stored", len(cur), len(allMessages(t, store)))
	}
}

// fetchQuirkProxy forwards to the server but spoils its answer to the fetch of one message's
// content, as real servers do: "nil" gives its content as NIL (imapsync's issue 79, a Chinese
// office's server), "refuse" leaves the message out and ends the fetch with NO (Gmail's "Some
// messages could not be FETCHed"), "omit" leaves it out and ends with OK, "hangup" hangs up (as
// Dovecot does on a broken mail file), "bye" says goodbye first (as Dovecot does when its mail
// process is stopped).
func fetchQuirkProxy(t *testing.T, target string, uid uint32, mode string) int {
	t.Helper()
	literal := regexp.MustCompile(`\{(\d+)\}\r\n$`)
	spoiled := regexp.MustCompile(fmt.Sprintf(`^\* \d+ FETCH \(UID %d BODY\[\] \{\d+\}\r\n$`, uid))
	tagged := regexp.MustCompile(`^([^\s*+]\S*) OK `)
	return proxyPort(proxy(t, target, func(c io.WriteCloser, r *bufio.Reader) {
		refused := false
		for {
			// One response: its line, and the literals it carries with what follows them.
			var resp bytes.Buffer
			first, err := r.ReadString('\n')
			line := first
			for err == nil {
				resp.WriteString(line)
				m := literal.FindStringSubmatch(line)
				if m == nil {
					break
				}
				n, _ := strconv.Atoi(m[1])
				if _, err = io.CopyN(&resp, r, int64(n)); err == nil {
					line, err = r.ReadString('\n')
				}
			}
			out := resp.String()
			switch {
			case spoiled.MatchString(first) && mode == "hangup":
				return
			case spoiled.MatchString(first) && mode == "bye":
				// Said as Dovecot says it, a moment before the connection closes.
				_, _ = io.WriteString(c, "* BYE Server shutting down.\r\n")
				time.Sleep(300 * time.Millisecond)
				return
			case spoiled.MatchString(first) && mode == "nil":
				out = strings.Replace(first, first[strings.Index(first, "BODY[]"):], "BODY[] NIL)\r\n", 1)
			case spoiled.MatchString(first):
				out, refused = "", mode == "refuse"
			case refused && tagged.MatchString(out):
				out, refused = tagged.FindStringSubmatch(out)[1]+" NO Some messages could not be FETCHed (Failure)\r\n", false
			}
			if _, werr := io.WriteString(c, out); werr != nil || err != nil {
				return
			}
		}
	}))
}

// A message the server lists but does not deliver is neither lost nor in the others' way: the
// rest are imported, it stays unread on the server, the clerk is told which it is, and the next
// check fetches it.
func TestMessageTheServerWouldNotDeliver(t *testing.T) {
	for _, mode := range []string{"nil", "refuse", "omit"} {
		t.Run(mode, func(t *testing.T) {
			store := openStore(t)
			mb := newMailbox(t)
			for i := 1; i <= 4; i++ {
				mb.deliver(t, messageIDMail(fmt.Sprintf("q%d@x.example", i), fmt.Sprintf("业主%d <p%d@x.example>", i, i),
					fmt.Sprintf("第%d号投诉", i), "电梯坏了"), time.Now())
			}
			acct := mb.account(t, store, func(a *data.MailAccount) { a.AfterImport = data.AfterSeen })
			quirky := *acct
			quirky.Port = fetchQuirkProxy(t, fmt.Sprintf("127.0.0.1:%d", mb.Server.Port), 2, mode)
			sum, err := Sync(context.Background(), store, &quirky, Options{})
			if err != nil || sum.Stored != 3 || sum.Unfetched != 1 || sum.Marked != 3 {
				t.Fatalf("first check: %s, %v; want 3 stored and marked, 1 left", sum, err)
			}
			st, _ := store.MailSyncState(context.Background(), acct.ID, acct.Folder)
			waiting, err := store.UnfetchedMail(context.Background(), acct.ID, acct.Folder, st.UIDValidity)
			if err != nil || len(waiting) != 1 || waiting[0].UID != 2 || waiting[0].Subject != "第2号投诉" ||
				!strings.Contains(waiting[0].Sender, "p2@x.example") {
				t.Fatalf("waiting %+v %v, want UID 2 named", waiting, err)
			}
			seen, _ := filepath.Glob(filepath.Join(mb.Maildir, "cur", "*S"))
			if len(seen) != 3 {
				t.Errorf("%d marked read on the server, want the 3 imported only", len(seen))
			}
			sum = mustSync(t, store, acct)
			if sum.Stored != 1 || sum.Unfetched != 0 || sum.Marked != 1 || sum.New != 0 {
				t.Errorf("second check: %s, want the one left stored and marked", sum)
			}
			if waiting, _ := store.UnfetchedMail(context.Background(), acct.ID, acct.Folder, st.UIDValidity); len(waiting) != 0 {
				t.Errorf("still waiting: %+v", waiting)
			}
			msgs := allMessages(t, store)
			subjects := map[string]bool{}
			for _, m := range msgs {
				subjects[m.Subject] = true
			}
			if len(msgs) != 4 || !subjects["第2号投诉"] {
				t.Errorf("%d messages stored: %v", len(msgs), subjects)
			}
		})
	}
}

// A message the server hangs up on whenever it is asked for keeps out neither the mail after it
// nor the new mail of later checks; once the server gives it, it comes, and every message is
// stored once.
// A server that says goodbye in the middle of a fetch (its mail process stopped) cut the check
// short: the check says the connection was lost, the message it was fetching is said to be
// that, not refused, and the next check fetches it and those after it.
func TestServerSaysGoodbyeInAFetch(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	for i := 1; i <= 5; i++ {
		mb.deliver(t, messageIDMail(fmt.Sprintf("bye%d@x.example", i), fmt.Sprintf("p%d@x.example", i), fmt.Sprintf("第%d号投诉", i), "漏水"), time.Now())
	}
	acct := mb.account(t, store, nil)
	quirky := *acct
	quirky.Port = fetchQuirkProxy(t, fmt.Sprintf("127.0.0.1:%d", mb.Server.Port), 3, "bye")
	sum, err := Sync(context.Background(), store, &quirky, Options{Timeout: 10 * time.Second})
	var ce *ConnError
	if !errors.As(err, &ce) || ce.Step != StepFetch || sum.Stored != 2 || sum.Interrupted != 1 || sum.Unfetched != 0 {
		t.Fatalf("check: %s, %v; want 2 stored, the third cut short and the connection lost", sum, err)
	}
	if sum := mustSync(t, store, acct); sum.Stored != 3 {
		t.Errorf("next check: %s, want the 3 others", sum)
	}
}

// A connection lost while imported mail is being marked read is said as that, not as the
// server's refusal in go-imap's words ("imap: connection closed"); the mail is stored, and the
// next check marks it.
func TestConnectionLostWhileMarking(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	for i := 1; i <= 3; i++ {
		mb.deliver(t, messageIDMail(fmt.Sprintf("mark%d@x.example", i), fmt.Sprintf("p%d@x.example", i), fmt.Sprintf("第%d号投诉", i), "漏水"), time.Now())
	}
	acct := mb.account(t, store, func(a *data.MailAccount) { a.AfterImport = data.AfterSeen })
	quirky := *acct
	stored := regexp.MustCompile(`^\S+ OK Store completed`)
	quirky.Port = proxyPort(proxy(t, fmt.Sprintf("127.0.0.1:%d", mb.Server.Port), func(c io.WriteCloser, r *bufio.Reader) {
		for {
			line, err := r.ReadString('\n')
			if stored.MatchString(line) {
				return // the connection drops before the server's answer to the marking
			}
			if _, werr := io.WriteString(c, line); werr != nil || err != nil {
				return
			}
		}
	}))
	sum, err := Sync(context.Background(), store, &quirky, Options{Timeout: 10 * time.Second})
	var ce *ConnError
	if !errors.As(err, &ce) || ce.Step != StepServer || ce.Reason != ReasonLost || ce.Detail != "" || sum.Stored != 3 {
		t.Fatalf("check: %s, %v (%+v); want 3 stored and the connection lost while marking them", sum, err, ce)
	}
	if !strings.Contains(err.Error(), "was lost while imported mail was being marked or moved") {
		t.Errorf("said as %q", err)
	}
	if sum := mustSync(t, store, acct); sum.Stored != 0 || sum.Marked != 3 {
		t.Errorf("next check: %s, want the 3 marked and nothing stored again", sum)
	}
}

// Once the server has said BYE (Dovecot's mail process stopped in the middle of a check),
// go-imap answers the fetch in flight as if it ended and refuses the next commands itself, for
// want of a selected folder: that is a connection lost, not a server refusing messages.
func TestGoodbyeIsAConnectionLost(t *testing.T) {
	for _, err := range []error{client.ErrNoMailboxSelected, client.ErrNotLoggedIn, io.EOF, errors.New("imap: connection closed")} {
		if !connLost(err) {
			t.Errorf("%v: not taken for a connection lost", err)
		}
	}
	if connLost(errors.New("Some messages could not be FETCHed (Failure)")) {
		t.Error("a refusal taken for a connection lost")
	}
}

func TestMessageTheServerHangsUpOn(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	deliver := func(i int) {
		mb.deliver(t, messageIDMail(fmt.Sprintf("h%d@x.example", i), fmt.Sprintf("p%d@x.example", i), fmt.Sprintf("第%d号投诉", i), "漏水"), time.Now())
	}
	for i := 1; i <= 5; i++ {
		deliver(i)
	}
	acct := mb.account(t, store, nil)
	quirky := *acct
	quirky.Port = fetchQuirkProxy(t, fmt.Sprintf("127.0.0.1:%d", mb.Server.Port), 3, "hangup")
	check := func(want int) Summary {
		t.Helper()
		sum, err := Sync(context.Background(), store, &quirky, Options{Timeout: 10 * time.Second})
		var ce *ConnError
		if !errors.As(err, &ce) || ce.Step != StepFetch || sum.Stored != want {
			t.Fatalf("check: %s, %v; want %d stored and the connection lost", sum, err, want)
		}
		return sum
	}
	// 1 and 2; 3 kept to be asked for on its own, as cut short, not refused; 4 and 5, not
	// reached, are new mail at the next check.
	if sum := check(2); sum.Interrupted != 1 || sum.Unfetched != 0 {
		t.Errorf("first check: %s; want 1 being fetched when the connection broke", sum)
	}
	deliver(6)
	if sum := check(3); sum.New != 3 { // 4, 5 and the new one in a batch; then 3 again
		t.Errorf("second check: %s, want 3 new", sum)
	}
	check(0) // 3 again, alone
	if sum := mustSync(t, store, acct); sum.Stored != 1 || sum.Unfetched != 0 {
		t.Errorf("once the server gives it: %s", sum)
	}
	ids := map[string]bool{}
	for _, m := range allMessages(t, store) {
		ids[m.Identity] = true
	}
	if len(ids) != 6 || len(allMessages(t, store)) != 6 {
		t.Errorf("%d messages, %d different, want 6 once each", len(allMessages(t, store)), len(ids))
	}
}

// Every copy of a message stored is marked or moved: one sent to the office's address and to an
// alias of the same mailbox, one imported from a file before, one a webmail user deleted while
// the check moved the others (the server refuses the whole move for it).
func TestEveryCopyOfAStoredMessageIsMarkedOrMoved(t *testing.T) {
	for _, after := range []data.AfterImport{data.AfterSeen, data.AfterMove} {
		t.Run(string(after), func(t *testing.T) {
			store := openStore(t)
			mb := newMailbox(t)
			twin := messageIDMail("twin@x.example", "a@x.example", "电梯", "电梯坏了")
			mb.deliver(t, twin, time.Now())
			mb.deliver(t, twin, time.Now())
			filed := messageIDMail("filed@x.example", "b@x.example", "噪音", "楼上太吵")
			if _, err := importOne(t, context.Background(), store, filed, time.Now()); err != nil {
				t.Fatal(err)
			}
			mb.deliver(t, filed, time.Now())
			mb.deliver(t, messageIDMail("gone@x.example", "c@x.example", "漏水", "漏水"), time.Now())
			acct := mb.account(t, store, func(a *data.MailAccount) { a.AfterImport, a.MoveTo = after, "已处理" })
			testHookCommitted = func(int) {
				// Deleted in the webmail after the import, before the check moves it.
				files, _ := filepath.Glob(filepath.Join(mb.Maildir, "*", "*"))
				for _, f := range files {
					if b, _ := os.ReadFile(f); strings.Contains(string(b), "gone@x.example") {
						os.Remove(f)
					}
				}
			}
			defer func() { testHookCommitted = nil }()
			sum, err := Sync(context.Background(), store, acct, Options{Password: mb.Password})
			if err != nil || sum.Stored != 2 || sum.Duplicates != 2 {
				t.Fatalf("%s, %v; want 2 stored, 2 already stored and no error", sum, err)
			}
			seen, unseen, moved := serverState(mb, "已处理")
			switch after {
			case data.AfterSeen:
				if seen != 3 || unseen != 0 {
					t.Errorf("%d seen, %d still unread; want all 3 copies left seen", seen, unseen)
				}
			case data.AfterMove:
				if seen+unseen != 0 || moved != 3 {
					t.Errorf("%d left in INBOX, %d moved; want all 3 copies moved", seen+unseen, moved)
				}
			}
			st, err := store.MailSyncState(context.Background(), acct.ID, acct.Folder)
			if err != nil {
				t.Fatal(err)
			}
			if uids, err := store.PendingServerActions(context.Background(), acct.ID, acct.Folder, st.UIDValidity); err != nil || len(uids) != 0 {
				t.Errorf("still pending: %v %v", uids, err)
			}
		})
	}
}

// A check of an account another program is checking waits for it; one a killed program left
// claimed on this computer goes ahead at once.
func TestOneCheckOfAnAccountAtATimeAcrossPrograms(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	mb.deliver(t, messageIDMail("one@x.example", "a@x.example", "电梯", "电梯坏了"), time.Now())
	acct := mb.account(t, store, nil)
	ctx := context.Background()
	host, _ := os.Hostname()
	if ok, err := store.ClaimMailSync(ctx, acct.ID, "other-pc/4242/x", time.Minute, nil); !ok || err != nil {
		t.Fatalf("claim: %v %v", ok, err)
	}
	if _, err := Sync(ctx, store, acct, Options{Password: mb.Password}); !errors.Is(err, ErrBusy) {
		t.Fatalf("a check while another computer checks: %v, want ErrBusy", err)
	}
	// A process of this computer that no longer runs (a child that has exited).
	child := exec.Command(os.Args[0], "-test.run", "^$")
	if err := child.Run(); err != nil {
		t.Fatal(err)
	}
	if err := store.ReleaseMailSync(ctx, acct.ID, "other-pc/4242/x"); err != nil {
		t.Fatal(err)
	}
	if ok, err := store.ClaimMailSync(ctx, acct.ID, fmt.Sprintf("%s/%d/y", host, child.Process.Pid), time.Minute, nil); !ok || err != nil {
		t.Fatalf("claim: %v %v", ok, err)
	}
	if sum, err := Sync(ctx, store, acct, Options{Password: mb.Password}); err != nil || sum.Stored != 1 {
		t.Fatalf("a check after a killed one: %s, %v", sum, err)
	}
	// Its own claim ends with the check.
	if ok, err := store.ClaimMailSync(ctx, acct.ID, "other-pc/4242/x", time.Minute, nil); !ok || err != nil {
		t.Errorf("the account stayed claimed after the check: %v %v", ok, err)
	}
}

// A resident answering the office's notice, quoted below as Outlook quotes it, gives their own
// phone number, not the office's in the notice.
func TestPhoneFromTheWritersOwnWords(t *testing.T) {
	store := openStore(t)
	raw := "From: =?UTF-8?B?546L6Iqz?= <wangfang@163.com>\r\nTo: service@example.cn\r\nSubject: =?UTF-8?B?5YGc5rC0?=\r\n" +
		"Message-ID: <n1@163.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n停水三天了，什么时候来水？\r\n手机：13812345678\r\n\r\n" +
		"-----原始邮件-----\r\n发件人: 物业服务中心 <notice@example.cn>\r\n主题: 停水通知\r\n\r\n因管道维修，12月1日停水。\r\n" +
		"电话：0571-88886666\r\n地址：阳光花园5幢1楼物业服务中心\r\n"
	in := Parse([]byte(raw), time.Now())
	out, err := store.ImportMail(context.Background(), data.MailBatch{Messages: []data.InboundMail{in}})
	if err != nil || out[0].State != data.MailComplaint {
		t.Fatalf("%+v %v", out, err)
	}
	c, err := store.Complaint(context.Background(), out[0].ComplaintRef)
	if err != nil || c.Complainant.Phone != "13812345678" || c.Complainant.Address != "" {
		t.Errorf("complainant %+v (%v); want the phone above the quote and no address", c.Complainant, err)
	}
}

// A message that only says its complaint is attached, as a text file, has its writer read from
// that letter: their name, flat and number.
func TestWriterOfALetterAttached(t *testing.T) {
	store := openStore(t)
	letter := "物业服务中心：\r\n本人翟晓梅，住馨园小区6号楼2单元501，楼上漏水。\r\n投诉人：翟晓梅\r\n联系电话：185 6702 3391\r\n"
	raw := "From: <zxm_xinyuan@126.com>\r\nSubject: =?UTF-8?B?5oqV6K+J?=\r\nMessage-ID: <l1@126.com>\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"物业你好，投诉内容见附件，麻烦尽快处理。\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n" +
		"Content-Disposition: attachment; filename=letter.txt\r\n\r\n" + letter + "--b--\r\n"
	in := Parse([]byte(raw), time.Now())
	out, err := store.ImportMail(context.Background(), data.MailBatch{Messages: []data.InboundMail{in}})
	if err != nil || out[0].State != data.MailComplaint {
		t.Fatalf("%+v %v", out, err)
	}
	c, err := store.Complaint(context.Background(), out[0].ComplaintRef)
	if err != nil || c.Complainant.Name != "翟晓梅" || c.Complainant.Phone != "185 6702 3391" || c.Complainant.Address != "馨园小区6号楼2单元501" {
		t.Errorf("complainant %+v (%v)", c.Complainant, err)
	}
	// Its 投诉经过 tells the letter after the message's words.
	if !strings.HasPrefix(c.Description, "物业你好，投诉内容见附件，麻烦尽快处理。\n\n物业服务中心：\n本人翟晓梅") {
		t.Errorf("description %q", c.Description)
	}
}

// A message whose attached file is a list of what is missing signs below its own words: the
// writer's number is in that signature, not lost below the list.
func TestSignatureAboveAnAttachedList(t *testing.T) {
	store := openStore(t)
	list := "10月8日 第一批配送 缺货明细\r\n1. 鲜毛肚 10kg 实收0\r\n2. 鸭血 20盒 实收8\r\n3. 宽粉 3箱 实收2\r\n"
	raw := "From: =?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte("杨凡")) + "?= <yangfan_cd@163.com>\r\nSubject: =?UTF-8?B?" +
		base64.StdEncoding.EncodeToString([]byte("配送缺货")) + "?=\r\nMessage-ID: <l2@163.com>\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"总部加盟服务部：\r\n本店10月8日收到的配送又少了货，缺货明细见附件。有问题请打我手机。\r\n\r\n杨凡\r\n蜀渝锅王·成都玉林店（店号CD-061）加盟商\r\n" +
		"电话 028-8745 6620  手机 13880476620\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n" +
		"Content-Disposition: attachment; filename=list.txt\r\n\r\n" + list + "--b--\r\n"
	in := Parse([]byte(raw), time.Now())
	out, err := store.ImportMail(context.Background(), data.MailBatch{Messages: []data.InboundMail{in}})
	if err != nil || out[0].State != data.MailComplaint {
		t.Fatalf("%+v %v", out, err)
	}
	c, err := store.Complaint(context.Background(), out[0].ComplaintRef)
	if err != nil || c.Complainant.Name != "杨凡" || c.Complainant.Phone != "13880476620" || c.Complainant.Address != "CD-061" {
		t.Errorf("complainant %+v (%v)", c.Complainant, err)
	}
}

// A check whose claim lapsed (its computer slept) and that another program took over stops at
// its next batch; what it stored stays, and the rest is imported once by the next check.
func TestACheckThatLostItsClaimStops(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	for i := 0; i < 30; i++ {
		mb.deliver(t, messageIDMail(fmt.Sprintf("l%d@x.example", i), "a@x.example", fmt.Sprintf("第%d号", i), "内容"), time.Now())
	}
	acct := mb.account(t, store, nil)
	defer func(ttl time.Duration) { claimTTL = ttl }(claimTTL)
	claimTTL = 400 * time.Millisecond
	testHookCommitted = func(batch int) {
		if batch == 1 {
			if ok, err := store.ClaimMailSync(context.Background(), acct.ID, "other-pc/1/x", time.Minute,
				func(string) bool { return true }); !ok || err != nil {
				t.Errorf("take over: %v %v", ok, err)
			}
			time.Sleep(claimTTL) // the renewal finds it gone
		}
	}
	defer func() { testHookCommitted = nil }()
	_, err := Sync(context.Background(), store, acct, Options{Password: mb.Password, BatchSize: 10})
	testHookCommitted = nil
	if !errors.Is(err, ErrBusy) {
		t.Fatalf("the check that lost its claim: %v, want ErrBusy", err)
	}
	if n := len(allMessages(t, store)); n < 10 || n >= 30 {
		t.Fatalf("%d messages stored before it stopped", n)
	}
	if err := store.ReleaseMailSync(context.Background(), acct.ID, "other-pc/1/x"); err != nil {
		t.Fatal(err)
	}
	mustSync(t, store, acct)
	if n := len(allMessages(t, store)); n != 30 {
		t.Errorf("%d messages after the next check, want 30", n)
	}
}

func TestNthIndex(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want int
	}{{"a\nb\nc", 1, 1}, {"a\nb\nc", 2, 3}, {"a\nb\nc", 3, -1}, {"", 1, -1}, {"\n\n", 2, 1}} {
		if got := nthIndex(tc.s, '\n', tc.n); got != tc.want {
			t.Errorf("nthIndex(%q, %d) = %d, want %d", tc.s, tc.n, got, tc.want)
		}
	}
}

// A check tells its progress as each message comes from the server, not only as it is stored:
// on a slow line a batch takes a while to come before its first message is stored.
func TestProgressAsMessagesCome(t *testing.T) {
	store := openStore(t)
	mb := newMailbox(t)
	for i := 0; i < 3; i++ {
		mb.deliver(t, messageIDMail(fmt.Sprintf("p%d@x.example", i), "a@x.example", "电梯", "电梯停了"), time.Now())
	}
	acct := mb.account(t, store, nil)
	var mu sync.Mutex
	var told []Progress
	_, err := Sync(context.Background(), store, acct, Options{Timeout: 5 * time.Second, BatchSize: 10,
		Progress: func(p Progress) { mu.Lock(); told = append(told, p); mu.Unlock() }})
	if err != nil {
		t.Fatal(err)
	}
	want := []Progress{{1, 0, 3}, {2, 0, 3}, {3, 0, 3}, {3, 1, 3}, {3, 2, 3}, {3, 3, 3}}
	if !reflect.DeepEqual(told, want) {
		t.Errorf("progress told %v, want %v", told, want)
	}
}

// A complaint form's notice from a no-reply address that says a system sent it opens the
// complaint of the complainant its fields name, as text or as an HTML table; it is no automatic
// mail.
func TestComplaintFormNoticesOpenTheComplainants(t *testing.T) {
	store := openStore(t)
	text := "From: =?UTF-8?B?54mp5Lia5pyN5Yqh5bmz5Y+w?= <noreply@forms.example.cn>\r\nTo: kf@example.cn\r\n" +
		"Subject: =?UTF-8?B?572R5LiK5oqV6K+J?=\r\nMessage-ID: <f1@forms.example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"您收到一条新的网上投诉\r\n----\r\n投诉人姓名：邱美华\r\n投诉人电话：13918876654\r\n投诉人住址：碧云国际社区 桂花苑 8号\r\n----\r\n" +
		"被投诉人：保安 汪某某（工号 B027）\r\n事件经过：保安态度恶劣。\r\n----\r\n本邮件由系统自动发送，请勿直接回复。\r\n"
	table := "From: noreply@app.example.cn\r\nTo: kf@example.cn\r\nSubject: =?UTF-8?B?5paw5bel5Y2V?=\r\n" +
		"Message-ID: <f2@app.example.cn>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><h3>新工单通知</h3><table border='1'>" +
		"<tr><td>工单号</td><td>WY2611250031</td></tr><tr><td>投诉人</td><td>许嘉怡</td></tr>" +
		"<tr><td>联系电话</td><td>18017723456</td></tr><tr><td>房屋地址</td><td>金桥湾清水苑3期 22号楼602</td></tr>" +
		"<tr><td>投诉内容</td><td>电梯每天早高峰停运。</td></tr></table><p>本邮件由系统自动发送，请勿回复。</p></body></html>\r\n"
	// A community app's feedback, its labels of its own (反馈人, 手机号, 所属房屋), and a table
	// whose labels are set apart by full-width spaces (姓　名).
	feedback := "From: =?UTF-8?B?5LqR6YK75bCP56iL5bqP?= <noreply@mp.example.cn>\r\nTo: kf@example.cn\r\n" +
		"Subject: =?UTF-8?B?5paw5Y+N6aaIIEZLLTI3LTA1MTEtMDkz?=\r\nMessage-ID: <f3@mp.example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"云邻·社区服务 新反馈提醒\r\n反馈编号：FK-27-0511-093\r\n反馈人：羿晓光\r\n手机号：133 9027 5561（已验证）\r\n" +
		"所属房屋：南京市江宁区芳洲湾 B区 18-2-602\r\n反馈内容：香樟树枝伸进我家阳台。\r\n处理人：客服 宁雪 025-5218 6630\r\n（系统邮件，请勿回复）\r\n"
	spaced := "From: noreply@life.example.cn\r\nTo: kf@example.cn\r\nSubject: =?UTF-8?B?5paw5bel5Y2V?=\r\n" +
		"Message-ID: <f4@life.example.cn>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>以下住户投诉已受理：</p><table border='1'>" +
		"<tr><td>单\u3000号</td><td>YS-0518-2207</td></tr><tr><td>姓\u3000名</td><td>廉春燕</td></tr>" +
		"<tr><td>手\u3000机</td><td>199-6230-4185</td></tr><tr><td>房\u3000屋</td><td>时代上城 14幢 801</td></tr>" +
		"<tr><td>事\u3000项</td><td>充电桩冒烟。</td></tr></table><p>此邮件由系统自动发送，请勿回复。</p></body></html>\r\n"
	checkComplainants(t, store, []complainantOf{
		{text, data.Complainant{Name: "邱美华", Phone: "13918876654", Address: "碧云国际社区 桂花苑 8号"}},
		{table, data.Complainant{Name: "许嘉怡", Phone: "18017723456", Address: "金桥湾清水苑3期 22号楼602"}},
		{feedback, data.Complainant{Name: "羿晓光", Phone: "133 9027 5561", Address: "南京市江宁区芳洲湾 B区 18-2-602"}},
		{spaced, data.Complainant{Name: "廉春燕", Phone: "199-6230-4185", Address: "时代上城 14幢 801"}},
	})
}

// complainantOf is a raw message and the complainant it must open a complaint of; an empty
// Email is not checked.
type complainantOf struct {
	raw  string
	want data.Complainant
}

// checkComplainants imports each message alone and checks the complaint it opens.
func checkComplainants(t *testing.T, store *data.Store, cases []complainantOf) {
	t.Helper()
	for _, tc := range cases {
		in := Parse([]byte(tc.raw), time.Now())
		out, err := store.ImportMail(context.Background(), data.MailBatch{Messages: []data.InboundMail{in}})
		if err != nil || out[0].State != data.MailComplaint {
			t.Errorf("%s: %+v %v", tc.want.Name, out, err)
			continue
		}
		c, err := store.Complaint(context.Background(), out[0].ComplaintRef)
		got := c.Complainant
		if err != nil || got.Name != tc.want.Name || got.Phone != tc.want.Phone || got.Address != tc.want.Address ||
			tc.want.Email != "" && got.Email != tc.want.Email {
			t.Errorf("complainant %+v (%v), want %+v", got, err, tc.want)
		}
	}
}

// A short note that relays a resident's or a franchisee's complaint (an estate's butler
// forwarding it inline, a regional manager attaching it) opens the complaint of whoever wrote
// it, from whatever domain, and so does a secretary's asking the office to settle it with the
// colleague who wrote it or passing on a leader's; a complainant forwarding their own unanswered
// mail gives what it says of them; a resident forwarding someone else's mail to complain of it stays the
// complainant.
func TestRelayedComplaintIsTheWriters(t *testing.T) {
	store := openStore(t)
	butler := "From: =?UTF-8?B?5qW85qCL566h5a62IOipuemcsg==?= <zhanlu@lvcheng-wy.example>\r\nTo: kf@example.cn\r\n" +
		"Subject: Fwd: =?UTF-8?B?6L2m5L2N6KKr5Lq66ZW/5pyf5Y2g55So?=\r\nMessage-ID: <r1@lvcheng-wy.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
		"客服中心：\r\n业主邮件转过来，请按车位纠纷流程处理。\r\n詹露\r\n桂语里 7号楼管家 0571-8733 2601\r\n\r\n" +
		"---------- Forwarded message ---------\r\n发件人：仇明远 <qiumy88@example.cn>\r\nDate: 2027年5月16日周日 20:41\r\n" +
		"Subject: 车位被人长期占用\r\nTo: <guanjia7@lvcheng-wy.example>\r\n\r\n" +
		"管家你好，我是7号楼1单元2003的仇明远，我的车位一直被人占着。\r\n我的手机 138 5718 0442，麻烦尽快处理，谢谢。\r\n"
	manager := "From: =?UTF-8?B?5Yy65Z+f57uP55CGIOWPuOmprOe/lA==?= <simaxiang@hq.example>\r\nTo: kf@example.cn\r\n" +
		"Subject: =?UTF-8?B?6L2s5Y+R77ya5rS+5Y2V6ZSZ6K+v?=\r\nMessage-ID: <r2@hq.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"总部客服部：\r\n加盟商投诉转总部处理，原邮件见附件。\r\n司马翔\r\n华东区域 021-6231 7788\r\n--b\r\n" +
		"Content-Type: message/rfc822\r\n\r\nFrom: =?UTF-8?B?6Zer5pmT5Lic?= <yanxd@example.cn>\r\nSubject: =?UTF-8?B?5rS+5Y2V6ZSZ6K+v?=\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n我是嘉兴秀洲区加盟店店主闫晓东，店址：嘉兴市秀洲区新城路12号。\r\n派单总出错。\r\n闫晓东\r\n手机：188 5731 6620\r\n--b--\r\n"
	resident := "From: =?UTF-8?B?546L6Iqz?= <wangfang@example.cn>\r\nTo: kf@example.cn\r\nSubject: Fwd: =?UTF-8?B?6KOF5L+u?=\r\n" +
		"Message-ID: <r3@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"这是装修公司发给我的邮件，转给你们看看，他们一直拖着不修。我家5栋302，电话13900001111。\r\n\r\n" +
		"---------- Forwarded message ---------\r\n发件人：装修公司 <service@zx.example>\r\nSubject: 装修\r\n\r\n您好，工期顺延两周。\r\n"
	owner := "From: =?UTF-8?B?5p2O6Zu3?= <lilei@example.cn>\r\nTo: kf@example.cn\r\nSubject: Fwd: =?UTF-8?B?5ryP5rC0?=\r\n" +
		"Message-ID: <r4@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"我是5栋302业主，楼上住户的邮件转给你们看看，他们家漏水到我家还不认账。\r\n\r\n" +
		"---------- Forwarded message ---------\r\n发件人：赵六 <zhaoliu@example.cn>\r\nSubject: 漏水\r\n\r\n不是我家漏的，别找我。\r\n"
	secretary := "From: =?UTF-8?B?546L6Iqz?= <wangfang@jiade.example>\r\nTo: kf@example.cn\r\n" +
		"Subject: =?UTF-8?B?6L2s5Y+ROiDnqbrosIPmvI/msLQ=?=\r\nMessage-ID: <r5@jiade.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"物业您好，\r\n下面是我们部门赵经理的邮件，他今天在外面开会，让我转给你们。请直接跟他联系。\r\n王芳\r\n行政专员\r\n电话：021-5888 2200 转 105\r\n" +
		"------------------ 原始邮件 ------------------\r\n发件人: \"赵立新\"<zhaolx@jiade.example>\r\n发送时间: 2024年7月18日(星期四) 上午8:52\r\n" +
		"收件人: \"王芳\"<wangfang@jiade.example>\r\n主题: 空调漏水\r\n\r\n小王：\r\n昨晚我们908机房上方的空调冷凝水管漏水。请你转给大厦物业。\r\n" +
		"我手机13817203344，物业可以直接打给我。\r\n赵立新\r\n技术部经理\r\n"
	leader := "From: Amy Lu <amy.lu@huangtai.example>\r\nTo: kf@example.cn\r\nSubject: FW: parking\r\nMessage-ID: <r6@huangtai.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n物业您好，\r\n转发黄总的邮件，请协助处理，谢谢。\r\n\r\n陆敏 Amy Lu\r\n总裁办秘书\r\nTel: 021-6010 2288 转 801\r\n\r\n" +
		"-----Original Message-----\r\nFrom: 黄振宇 <richard.huang@huangtai.example>\r\nSent: Tuesday, May 21, 2024 6:05 PM\r\nTo: Amy Lu <amy.lu@huangtai.example>\r\n" +
		"Subject: parking\r\n\r\nAmy，\r\n请转给物业：我司的三个固定车位这周连续三天被外来车辆占用。\r\n公司在A座32楼整层，物业应该清楚。有事可以直接打我手机 139 0188 6620。\r\n黄振宇\r\n"
	again := "From: =?UTF-8?B?6auY5b+X6L+c?= <gaozy@example.cn>\r\nTo: kf@example.cn\r\nSubject: Fwd: water\r\nMessage-ID: <r7@example.cn>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n上周发的邮件到现在没人回，再转一次。这次请务必回复。\r\n高志远\r\n\r\n" +
		"-------- 转发的邮件 --------\r\n主题：地库入口积水问题\r\n日期：2024年5月28日 21:03\r\n发件人：高志远 <gaozy@example.cn>\r\n收件人：kf@example.cn\r\n\r\n" +
		"物业您好：\r\n每次下雨，6号楼地下车库入口都会积水。\r\n我住6号楼1单元1701，电话151 0202 7878。\r\n高志远\r\n"
	committee := "From: =?UTF-8?B?6Z+p5Lic?= <handong@example.org>\r\nTo: kf@example.cn\r\nSubject: Fwd: smell\r\nMessage-ID: <r8@example.org>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n物业服务中心：\r\n转发一位业主发给业委会邮箱的投诉，请物业跟进处理，并直接回复业主。\r\n\r\n" +
		"韩东\r\n业主委员会 秘书\r\n手机：13671850226\r\n\r\n---------- Forwarded message ---------\r\n发件人： 徐丽娟 <xulj@example.cn>\r\n" +
		"Subject: 垃圾房异味\r\nTo: <yeweihui@example.org>\r\n\r\n业委会你好：\r\n垃圾房每天都很臭。我家就在11号楼1单元502。\r\n\r\n徐丽娟\r\n18917625039\r\n"
	agent := "From: =?UTF-8?B?5oi05piOIHwg5oGS5L+h5Zyw5Lqn6aG+6Zeu?= <daiming@hx-realty.example>\r\nTo: kf@example.cn\r\nSubject: =?UTF-8?B?6L2s5Y+ROiBB5bqnMTIwOOenn+aIt+aKleiviQ==?=\r\n" +
		"Message-ID: <r9@hx-realty.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"物业客服的同事你好，\r\n我是恒信地产顾问的戴明，A座1208的租户是我们代理的客户。下面是客户发给我的邮件，麻烦你们跟进一下。\r\n\r\n" +
		"戴明\r\n手机：13661852207\r\n\r\n---------- Forwarded message ---------\r\n发件人：高远 <gaoyuan@qc-capital.example>\r\n" +
		"Subject: 楼上装修噪音\r\nTo: 戴明 <daiming@hx-realty.example>\r\n\r\n戴经理：\r\n我们搬进A座1208才两个月，楼上1308一直在砸墙。\r\n\r\n我的电话是13817739016。\r\n\r\n高远\r\n"
	neighbour := "From: =?UTF-8?B?5Lia5aeU5LyaIOiDoeW7uuW5sw==?= <hujp@example.org>\r\nTo: kf@example.cn\r\nSubject: =?UTF-8?B?6L2s77yaMTTluaLkuJrkuLvlj43mmKDlnLDkuIvovablupPmvI/msLQ=?=\r\n" +
		"Message-ID: <r10@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"物业客服：\r\n以下是14幢业主在业主群里反映的情况，她托我转给物业，请尽快处理并直接回复她。\r\n\r\n胡建平（业委会）13506712280\r\n\r\n\r\n" +
		"---------- 转发的消息 ----------\r\n发件人：孔晓燕 <kongxy@example.cn>\r\n日期：2024年6月18日 周二 20:15\r\n主题：地下车库漏水\r\n" +
		"收件人：胡建平 <hujp@example.org>\r\n\r\n胡主任好，14幢地下车库入口那段顶板一直在滴水。我家14幢1单元602，电话15067193358。\r\n孔晓燕\r\n"
	english := "From: \"Tan, Michelle\" <michelle.tan@veridian.example>\r\nTo: kf@example.cn\r\nSubject: FW: 22F restroom\r\n" +
		"Message-ID: <r11@veridian.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Hi team,\r\n\r\nForwarding Lily's email below about the restroom on 22F. Could you please follow up with her directly?\r\n\r\n" +
		"Thanks,\r\nMichelle Tan\r\nOffice Manager | Veridian Capital\r\nT +86 10 6590 2218\r\n\r\nFrom: Lily Chen <lily.chen@veridian.example>\r\n" +
		"Sent: Wednesday, November 18, 2026 9:41 AM\r\nTo: Facilities <facilities@veridian.example>\r\nSubject: 22F restroom\r\n\r\nHi,\r\n\r\n" +
		"Two of the cubicle locks have been broken for over a week. My mobile is 135 2210 7783.\r\n\r\nThanks,\r\nLily Chen\r\n"
	colleague := "From: =?UTF-8?B?5YiY5rSL?= <liuyang@ruida.example>\r\nTo: kf@example.cn\r\nSubject: =?UTF-8?B?6L2s5Y+ROiDlgZzovablnLrliK7ovaY=?=\r\nMessage-ID: <r12@ruida.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n物业你好，转一下我们同事的邮件，她昨天在B1停车场的车被刮了。她今天在外面开会，有事直接打她电话。谢谢\r\n\r\n" +
		"刘洋\r\n瑞达金融 行政部\r\n\r\n________________________________\r\n发件人: 苏曼 <suman@ruida.example>\r\n发送时间: 2026年11月26日 8:52\r\n" +
		"收件人: 刘洋 <liuyang@ruida.example>\r\n主题: 停车场刮车\r\n\r\n刘洋，帮我跟物业说一下吧：我的车停在B1层C区087号车位，被刮了。\r\n" +
		"我的电话 136 3280 5519。\r\n苏曼 瑞达金融（3608室）\r\n"
	otherBox := "From: " + "=?UTF-8?B?WmhhbmcgUnVpIHwg5byg552/?=" + " <zhangrui@cathay.example>\r\nTo: kf@example.cn\r\nSubject: Fwd: basement\r\nMessage-ID: <r13@cathay.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n物业你好，\r\n\r\n下面这封是我上周用自己邮箱发的，到现在没有回音，再转一次，麻烦尽快处理。\r\n\r\n张睿\r\n\r\n" +
		"---------- Forwarded message ---------\r\n发件人： 睿 <rui_zhang86@example.cn>\r\nDate: 2026年11月18日周三 20:14\r\nSubject: basement\r\n" +
		"To: <kf@example.cn>\r\n\r\n\r\n物业你好，我是9号楼3门601的张睿，我们单元地下室公共过道被人堆了大量旧家具。\r\n电话：156 1102 8847\r\n张睿\r\n"
	area := "From: =?UTF-8?B?5pu55Lyf?= <caowei@shuyuan.example>\r\nTo: kf@example.cn\r\nSubject: =?UTF-8?B?6L2s5Y+ROiDmuKnmsZ/lhYnljY7lupflpJbljZblubPlj7DmtLvliqjotLnnlKjpl67popg=?=\r\nMessage-ID: <r14@shuyuan.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n服务中心：\r\n\r\n温江光华店的唐小军老板把情况发给我了，转给你们。麻烦直接联系唐老板。\r\n\r\n曹伟\r\n区域经理\r\n手机：13881902547\r\n\r\n" +
		"-----Original Message-----\r\nFrom: 唐小军 <tangxj@example.cn>\r\nSent: Wednesday, November 18, 2026 9:47 PM\r\nTo: 曹伟 <caowei@shuyuan.example>\r\n" +
		"Subject: fees\r\n\r\n曹经理：\r\n\r\n我们店（蜀源茶饮温江光华店，温江区光华大道三段1588号附3号）10月份外卖平台账单有误。\r\n\r\n唐小军 13518127745\r\n"
	again2 := "From: =?UTF-8?B?6K645b+X6L+c?= <xuzhiyuan@example.cn>\r\nTo: kf@example.cn\r\nSubject: Fwd: smoke\r\nMessage-ID: <r15@example.cn>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n物业管理处：\r\n\r\n上周一发的邮件一直没有回复，再转发一次。\r\n\r\n许志远\r\n15158862741\r\n\r\n" +
		"-------- 转发的邮件 --------\r\n发件人： 许志远\r\n发送时间： 2026-11-02 10:31\r\n收件人： kf@example.cn\r\n主题： smoke\r\n" +
		"物业你好，我是B1层美食街B1-33“鲜橙记”果汁店的许志远。油烟从我们店吊顶倒灌进来。\r\n"
	workBox := "From: =?UTF-8?B?5ZC05piK?= <wuhao@zhiyun.example>\r\nTo: kf@example.cn\r\nSubject: =?UTF-8?B?6L2s5Y+ROiDpgZPpl7g=?=\r\nMessage-ID: <r16@zhiyun.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n物业你好，\r\n下面这封邮件我上周就发给你们了，到现在一个回复都没有，道闸还是识别不了我的车牌。\r\n\r\n" +
		"吴昊\r\n产品经理 | 智云软件\r\n杭州市滨江区江南大道3888号智云大厦16楼\r\n\r\n-----原始邮件-----\r\n发件人: \"吴昊\" <wuhao_88@example.cn>\r\n" +
		"发送时间: 2026年11月13日 21:47\r\n收件人: \"kf\" <kf@example.cn>\r\n主题: 道闸\r\n\r\n你好，我是10幢1单元802的业主吴昊，南门道闸一直识别不了我的车牌。我的手机 173 5710 6620。\r\n"
	storeManager := "From: =?UTF-8?B?6IuP5paH?= <wendy.su@lumina.example>\r\nTo: kf@example.cn\r\nSubject: =?UTF-8?B?Rlc6IEwyLTAzNiDlupfpk7rnqbrosIPkuI3liLblhrc=?=\r\nMessage-ID: <r17@lumina.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n商管中心您好，\r\n转发我们滨江天街店店长的邮件，请协助尽快处理。具体情况请直接联系店长杨帆。\r\n\r\n苏文\r\n华东区区域经理\r\nM: 138 1622 6620\r\n\r\n" +
		"From: 杨帆 <yangfan@lumina.example>\r\nSent: Tuesday, November 3, 2026 6:12 PM\r\nTo: 苏文 <wendy.su@lumina.example>\r\nSubject: L2-036 店铺空调不制冷\r\n\r\n" +
		"苏经理：\r\n咱们滨江天街店（L2-036）的空调不制冷了。\r\n杨帆\r\n明视眼镜 滨江天街店 店长\r\n手机：15990186620\r\n"
	checked := "From: =?UTF-8?B?546L5pmT6Zuq?= <wangxx@jcwy.example>\r\nTo: kf@example.cn\r\nSubject: =?UTF-8?B?6L2s5Y+ROiDlgqjol4/lrqTooqvmt7k=?=\r\nMessage-ID: <r18@jcwy.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n吴主管：\r\n\r\n转一下18幢傅女士发给我的邮件。注意：她邮件里留的电话13605716620已经停机了，我刚才打过去是空号。" +
		"后来傅女士本人打到我手机上，说新号码是 189 6910 6620，以后联系用这个。\r\n\r\n王晓雪\r\n13-18幢管家 159 9013 6620\r\n\r\n" +
		"---------- 转发的邮件 ----------\r\n发件人：傅丽 <fuli_hz@example.cn>\r\n主题：储藏室被淹\r\n收件人：王晓雪 <wangxx@jcwy.example>\r\n\r\n" +
		"晓雪你好，我是18幢2单元402的傅丽，我家储藏室昨晚进水了。电话13605716620。\r\n傅丽\r\n"
	// "转一下12栋业主的投诉", "下面是1712租户的邮件": the butler's and the front desk's own numbers
	// are theirs.
	owners := "From: =?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte("管家-李娜")) + "?= <lina@yuefu.example>\r\nTo: kf@example.cn\r\n" +
		"Subject: Fwd: parking\r\nMessage-ID: <r19@yuefu.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"客服部同事：\r\n转一下12栋业主的投诉，业主情绪比较大，麻烦尽快派单。\r\n李娜  悦府12栋管家 177 0218 6620\r\n\r\n" +
		"-----原始邮件-----\r\n发件人: \"孙浩\" <sunhao@example.cn>\r\n收件人: \"lina\" <lina@yuefu.example>\r\n主题: 车位\r\n\r\n" +
		"李管家：\r\n我家车位这个月第三次被占了。\r\n\r\n孙浩 12栋2603\r\n手机 135 6470 6620\r\n"
	tenants := "From: =?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte("汇金中心前台")) + "?= <reception@huijin.example>\r\nTo: kf@example.cn\r\n" +
		"Subject: Fwd: leak\r\nMessage-ID: <r20@huijin.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"工程部同事：\r\n下面是1712租户的邮件，请安排人今天上去看一下。\r\n前台 小林 分机8001\r\n" +
		"---------- 转发的邮件 ----------\r\n发件人：何静 <hejing@lumina.example>\r\n主题：漏水\r\n收件人：reception@huijin.example\r\n\r\n" +
		"您好，\r\n我们公司在17楼1712，卫生间的管子一直渗水。维修师傅上来前请先打我手机。\r\n何静\r\n璐明设计 行政主管\r\nTel: 021-5836 6620\r\nMob: 177 1736 6620\r\n"
	// An agency forwarding its exhibitor's complaint: the exhibitor, at their stand, on their
	// Chinese number.
	agency := "From: \"Wang Lei (Orient Expo Agency)\" <wanglei@orientexpo.example>\r\nTo: kf@example.cn\r\nSubject: FW: stand 3A26\r\n" +
		"Message-ID: <r21@orientexpo.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear colleagues,\r\n" +
		"Forwarding below the complaint from our exhibitor Mr. Stefan Braun (Braun GmbH), stand 3A26 in Hall 3. Could you please arrange the cleaning?\r\n" +
		"Best regards\r\nWang Lei\r\nMob: 138 2247 6620\r\n\r\nFrom: Stefan Braun <s.braun@braun.example>\r\nSent: Tuesday, October 15, 2024 6:52 PM\r\n" +
		"To: Wang Lei <wanglei@orientexpo.example>\r\nSubject: stand 3A26\r\n\r\nDear Mr. Wang,\r\nOur stand (Hall 3, Stand 3A26) was not cleaned.\r\n" +
		"During the fair please call me on my Chinese number +86 185 2034 6620.\r\nKind regards\r\nStefan Braun\r\n"
	// "附件是19栋业主方女士发给我的邮件": the owner's mail, attached whole.
	attached := "From: =?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte("管家-周敏")) + "?= <zhoumin@yujing.example>\r\nTo: kf@example.cn\r\n" +
		"Subject: Fwd: leak\r\nMessage-ID: <r22@yujing.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n客服中心：\r\n附件是19栋业主方女士发给我的邮件，台风后窗户漏水的问题，麻烦派单给工程。\r\n周敏 二期管家 188 2560 6620\r\n" +
		"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: =?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte("方雅琴")) + "?= <fangyq@example.cn>\r\n" +
		"Subject: leak\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n周管家你好，我是19栋2单元1206的业主方雅琴，窗户台风后一直漏水。\r\n方雅琴 137 2830 6620\r\n--b--\r\n"
	checkComplainants(t, store, []complainantOf{
		{attached, data.Complainant{Name: "方雅琴", Email: "fangyq@example.cn", Phone: "137 2830 6620", Address: "19栋2单元1206"}},
		{agency, data.Complainant{Name: "Stefan Braun", Email: "s.braun@braun.example", Phone: "+86 185 2034 6620", Address: "3A26"}},
		{owners, data.Complainant{Name: "孙浩", Email: "sunhao@example.cn", Phone: "135 6470 6620", Address: "12栋2603"}},
		{tenants, data.Complainant{Name: "何静", Email: "hejing@lumina.example", Phone: "177 1736 6620", Address: "17楼1712"}},
		{checked, data.Complainant{Name: "傅丽", Email: "fuli_hz@example.cn", Phone: "189 6910 6620", Address: "18幢2单元402"}},
		{storeManager, data.Complainant{Name: "杨帆", Email: "yangfan@lumina.example", Phone: "15990186620", Address: "L2-036"}},
		{workBox, data.Complainant{Name: "吴昊", Email: "wuhao@zhiyun.example", Phone: "173 5710 6620", Address: "10幢1单元802"}},
		{area, data.Complainant{Name: "唐小军", Email: "tangxj@example.cn", Phone: "13518127745", Address: "温江区光华大道三段1588号附3号"}},
		{again2, data.Complainant{Name: "许志远", Email: "xuzhiyuan@example.cn", Phone: "15158862741", Address: "B1-33"}},
		{otherBox, data.Complainant{Name: "张睿", Email: "zhangrui@cathay.example", Phone: "156 1102 8847", Address: "9号楼3门601"}},
		{english, data.Complainant{Name: "Lily Chen", Email: "lily.chen@veridian.example", Phone: "135 2210 7783"}},
		{colleague, data.Complainant{Name: "苏曼", Email: "suman@ruida.example", Phone: "136 3280 5519", Address: "3608室"}},
		{agent, data.Complainant{Name: "高远", Email: "gaoyuan@qc-capital.example", Phone: "13817739016", Address: "A座1208"}},
		{neighbour, data.Complainant{Name: "孔晓燕", Email: "kongxy@example.cn", Phone: "15067193358", Address: "14幢1单元602"}},
		{committee, data.Complainant{Name: "徐丽娟", Email: "xulj@example.cn", Phone: "18917625039", Address: "11号楼1单元502"}},
		{again, data.Complainant{Name: "高志远", Email: "gaozy@example.cn", Phone: "151 0202 7878", Address: "6号楼1单元1701"}},
		{leader, data.Complainant{Name: "黄振宇", Email: "richard.huang@huangtai.example", Phone: "139 0188 6620", Address: "A座32楼"}},
		{secretary, data.Complainant{Name: "赵立新", Email: "zhaolx@jiade.example", Phone: "13817203344"}},
		{owner, data.Complainant{Name: "李雷", Email: "lilei@example.cn", Address: "5栋302"}},
		{butler, data.Complainant{Name: "仇明远", Email: "qiumy88@example.cn", Phone: "138 5718 0442", Address: "7号楼1单元2003"}},
		{manager, data.Complainant{Name: "闫晓东", Email: "yanxd@example.cn", Phone: "188 5731 6620", Address: "嘉兴市秀洲区新城路12号"}},
		{resident, data.Complainant{Name: "王芳", Email: "wangfang@example.cn", Phone: "13900001111", Address: "5栋302"}},
	})
}

// Relays of a citizen's call a street office passes on as a work order, of a colleague's account
// from the fair's floor, of a parent's own mail their son forwards, of a resident's relative's
// forward a front desk passes on and of a wife's mail her husband's mailbox sends on: each opens the
// complaint of the one it is about. A writer's own first mail, sent again from another mailbox of
// theirs, is theirs.
func TestRelayedCitizensColleaguesAndParents(t *testing.T) {
	store := openStore(t)
	word := func(s string) string { return "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?=" }
	street := "From: " + word("项目经理 赵刚") + " <zhaogang@cuihu-wy.example>\r\nTo: kf@example.cn\r\nSubject: " + word("转发：12345工单") + "\r\n" +
		"Message-ID: <s1@cuihu-wy.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n客服部：\r\n街道转来的12345工单，今天下班前必须联系市民并回复街道。\r\n赵刚\r\n\r\n" +
		"---------- Forwarded message ---------\r\nFrom: " + word("街道城管科") + " <cgk@street.example>\r\nDate: 2026年11月20日周五 10:02\r\nSubject: 12345\r\nTo: <zhaogang@cuihu-wy.example>\r\n\r\n" +
		"物业：\r\n现将12345热线工单转交你单位办理。\r\n\r\n工单编号：HZ12345-2611200877\r\n来电人：丁女士\r\n联系电话：151 6713 6620\r\n地址：翠湖花园13幢2单元1001\r\n诉求内容：消防通道被占。\r\n\r\n" +
		"街道城管科 联系人：何科员 0571-8890 1123\r\n"
	site := "From: " + word("彭建华") + " <pengjh@meiyu.example>\r\nTo: kf@example.cn\r\nSubject: " + word("转发：3号馆A09展位 罚款") + "\r\n" +
		"Message-ID: <s2@meiyu.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您好，\r\n下面是我们现场负责人谢明的情况说明，请会展方核实处理。后续请直接联系谢明，她在现场。\r\n彭建华\r\n美域家居 市场总监\r\n\r\n" +
		"-------- 转发的消息 --------\r\n发件人： " + word("谢明") + " <xieming@meiyu.example>\r\n日期： 2026年11月19日 18:06\r\n收件人： pengjh@meiyu.example\r\n主题： 3号馆A09展位 罚款\r\n\r\n" +
		"彭总：\r\n今天下午场馆巡查说我们A09展位的地台超出展位线，开了罚单。现场我盯着，我手机 187 2093 6620。\r\n谢明\r\n"
	parent := "From: " + word("邵磊") + " <shaolei@example.cn>\r\nTo: kf@example.cn\r\nSubject: " + word("转发：关于小区路灯的问题") + "\r\n" +
		"Message-ID: <s3@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您好，这是我父亲前两天写的邮件，他把收件地址写错了，我帮他转过来，麻烦物业处理一下。\r\n" +
		"我父亲电话打不通的话可以打我：185 6872 6620\r\n\r\n邵磊\r\n\r\n-----原始邮件-----\r\n发件人：\"" + word("邵国栋") + "\" <shaogd1951@example.cn>\r\n" +
		"发送时间：2026年11月19日(星期四) 晚上8:47\r\n收件人：\"kefu\" <kefu@dev.example>\r\n主题：关于小区路灯的问题\r\n\r\n" +
		"物业你好，我是桂花园16幢2单元201的业主邵国栋，南门到16幢这一段路灯坏了四五盏。\r\n我的电话13067856620\r\n邵国栋\r\n"
	desk := "From: " + word("前台-吴佳") + " <qiantai@cuihu-wy.example>\r\nTo: kf@example.cn\r\nSubject: " + word("转发: 我父亲家门口的路灯坏了") + "\r\n" +
		"Message-ID: <s4@cuihu-wy.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n客服部同事：\r\n下面是业主家属发到前台邮箱的，麻烦跟进一下。\r\n前台 吴佳 分机8001\r\n\r\n" +
		"---------- 转发的邮件 ----------\r\n发件人：" + word("孙浩") + " <sunhao@example.cn>\r\n日期：2026年11月18日 周三 21:14\r\n主题：路灯\r\n收件人：<qiantai@cuihu-wy.example>\r\n\r\n" +
		"您好，转发一下我爸的情况，他不会发邮件，我帮他转给物业。\r\n我爸孙国栋住16栋1单元202，耳朵不太好，有事请打我电话 18969016620，我再转告他。谢谢！\r\n"
	// "我爱人的邮箱发不出去，让我帮她转一下": the wife's own mail, which her husband's mailbox sends on.
	spouse := "From: " + word("王建军") + " <wjj@example.cn>\r\nTo: kf@example.cn\r\nSubject: " + word("Fw: 投诉：地下车库积水") + "\r\n" +
		"Message-ID: <s5@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n我爱人的邮箱发不出去，让我帮她转一下，请处理。\r\n\r\n" +
		"---------- 转发的邮件 ----------\r\n发件人：" + word("赵敏") + " <zhaomin@example.cn>\r\n日期：2026年11月11日 12:40\r\n主题：投诉：地下车库积水\r\n\r\n" +
		"物业你好：\r\n\r\n我是丹桂苑9-1-302的住户赵敏。地下车库9幢入口那一段积水，到现在都没排干净。\r\n\r\n处理好了给我回个电话：13757126620。\r\n\r\n赵敏\r\n"
	// "再发一遍" above "From: 赵磊 [mailto:…]": his own first mail, sent from another mailbox of his.
	resent := "From: " + word("赵磊") + " <zhaolei@xinyuan.example>\r\nTo: kf@example.cn\r\nSubject: " + word("转发: 车位长期被占用") + "\r\n" +
		"Message-ID: <s6@xinyuan.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n再发一遍，两周前发的邮件到现在没有任何回复！\r\n\r\n" +
		"-----Original Message-----\r\nFrom: 赵磊 [mailto:zhaolei88@example.cn]\r\nSent: Monday, November 2, 2026 8:30 PM\r\nTo: kf@example.cn\r\n" +
		"Subject: 车位长期被占用\r\n\r\n物业您好：\r\n\r\n我是紫荆苑6栋802的业主赵磊，我家的车位最近经常被一辆白色SUV占用。\r\n\r\n电话：18657126620\r\n赵磊\r\n"
	// "这封邮件上周发到了你们官网上写的那个邮箱…现在转发过来" above her first mail, from the mailbox
	// of her nickname.
	stale := "From: " + word("吴婷 Wu Ting") + " <wuting@huaxin.example>\r\nTo: kf@example.cn\r\nSubject: " + word("Fwd: 羽绒服洗坏了") + "\r\n" +
		"Message-ID: <s7@huaxin.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n客服你好，这封邮件上周发到了你们官网上写的那个邮箱，一直没人回，现在转发过来，麻烦尽快处理。\r\n\r\n" +
		"---------- 转发的邮件 ----------\r\n发件人：" + word("婷婷") + " <tingting_wu@example.cn>\r\n日期：2026年11月12日 周二 21:36\r\n主题：羽绒服洗坏了\r\n\r\n" +
		"你好，我11月2日在洁衣坊龙湖天街店送洗了一件白色羽绒服，取回来发现衣服大面积发黄。\r\n\r\n我家住在龙湖春江郦城12栋602，离店里很近。\r\n\r\n吴婷\r\n电话 18768116620\r\n"
	checkComplainants(t, store, []complainantOf{
		{stale, data.Complainant{Name: "吴婷", Email: "wuting@huaxin.example", Phone: "18768116620", Address: "龙湖春江郦城12栋602"}},
		{spouse, data.Complainant{Name: "赵敏", Email: "zhaomin@example.cn", Phone: "13757126620", Address: "丹桂苑9-1-302"}},
		{resent, data.Complainant{Name: "赵磊", Email: "zhaolei@xinyuan.example", Phone: "18657126620", Address: "紫荆苑6栋802"}},
		{street, data.Complainant{Name: "丁女士", Email: "cgk@street.example", Phone: "151 6713 6620", Address: "翠湖花园13幢2单元1001"}},
		{site, data.Complainant{Name: "谢明", Email: "xieming@meiyu.example", Phone: "187 2093 6620", Address: "3号馆A09"}},
		{parent, data.Complainant{Name: "邵国栋", Email: "shaogd1951@example.cn", Phone: "13067856620", Address: "桂花园16幢2单元201"}},
		{desk, data.Complainant{Name: "孙国栋", Email: "sunhao@example.cn", Phone: "18969016620", Address: "16栋1单元202"}},
	})
}

// A daughter passing on her mother's mail ("下面是我妈妈写的…我帮她转过来…有事麻烦直接打她电话"), a
// son his father's ("这是我爸写的，让我帮他转给你们"), a husband his wife's ("帮我老婆转一下，她的邮箱
// 发不出去"), a regional manager a store manager's ("以下是我们
// 店长发来的情况…请直接联系店长罗小梅") and a landlord a tenant's ("我是海澜苑5-2-602的业主…下面是我租
// 客发给我的…直接联系租客就行") open the complaint of the one who wrote it; the tenant's at the flat
// the landlord lets.
func TestRelayedByDaughtersManagersAndLandlords(t *testing.T) {
	store := openStore(t)
	word := func(s string) string { return "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?=" }
	mother := "From: " + word("小雨") + " <xiaoyu_1990@example.cn>\r\nTo: kf@example.cn\r\nSubject: " + word("Fwd: 电梯") + "\r\n" +
		"Message-ID: <r1@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n物业您好，下面是我妈妈写的，她不太会发邮件，我帮她转过来。有事麻烦直接打她电话。实在联系不上她的话再打我：186 0000 6620。\r\n\r\n" +
		"---------- Forwarded message ---------\r\n发件人： " + word("刘桂芳") + " <lgf1958@example.cn>\r\nDate: 2026年11月4日周三 下午3:20\r\nSubject: " + word("电梯") + "\r\nTo: <xiaoyu_1990@example.cn>\r\n\r\n" +
		"小雨你帮我给物业发一下 我们12号楼的电梯又坏了 已经三天了 物业说修也没人来修 我住12号楼1单元803 电话13512346620 刘桂芳\r\n"
	store2 := "From: " + word("高远") + " <gaoyuan@meiya.example>\r\nTo: kf@example.cn\r\nSubject: " + word("FW: 店铺门头灯箱被拆问题") + "\r\n" +
		"Message-ID: <r2@meiya.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n商户服务中心：\r\n以下是我们店长发来的情况，请贵方核实处理，具体细节请直接联系店长罗小梅。\r\n高远\r\n美雅化妆品 华东区域经理\r\n138 0171 6620\r\n" +
		"________________________________\r\n发件人: " + word("罗小梅") + " <luoxiaomei@meiya.example>\r\n发送时间: 2026年11月8日 21:13\r\n收件人: gaoyuan@meiya.example\r\n主题: " + word("店铺门头灯箱被拆问题") + "\r\n\r\n" +
		"高经理：\r\n商场工程部没有提前通知就把我们店门口的灯箱拆了。\r\n我们店是L3-028，我电话 159 2100 6620。\r\n罗小梅\r\n"
	tenant := "From: " + word("钟国华") + " <zhongguohua@example.cn>\r\nTo: kf@example.cn\r\nSubject: " + word("Fw: 热水器漏电问题") + "\r\n" +
		"Message-ID: <r3@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n物业你好，我是海澜苑5-2-602的业主钟国华，房子租出去了。下面是我租客发给我的，说是公共电表箱的问题，麻烦物业处理一下，直接联系租客就行。谢谢。\r\n\r\n" +
		"----- Forwarded Message -----\r\nFrom: Allen Xie <allen.xie@example.com>\r\nTo: " + word("钟国华") + " <zhongguohua@example.cn>\r\nSent: 2026年11月9日 下午7:31\r\nSubject: " + word("热水器漏电问题") + "\r\n\r\n" +
		"钟先生，\r\n\r\n602这两天洗澡的时候热水器外壳有点麻手，需要物业开箱修。\r\n\r\n我电话 176 2233 6620。\r\n\r\n谢晓伦 Allen\r\n"
	father := "From: " + word("小胖") + " <xp2008@example.cn>\r\nTo: kf@example.cn\r\nSubject: " + word("转发：关于楼下餐馆噪音") + "\r\n" +
		"Message-ID: <r4@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n物业你好，这是我爸写的，让我帮他转给你们。\r\n\r\n" +
		"------------------ 原始邮件 ------------------\r\n发件人: \"" + word("周国庆") + "\"<zgq_1960@example.cn>;\r\n发送时间: 2026年11月7日(星期六) 晚上10:48\r\n收件人: \"" + word("小胖") + "\"<xp2008@example.cn>;\r\n主题: " + word("关于楼下餐馆噪音") + "\r\n\r\n" +
		"物业：\r\n楼下底商新开的烧烤店每天营业到凌晨两点，排风机就在我家卧室窗户底下。\r\n\r\n家住 凤凰城 6-3-1102\r\n电话 139 0731 6620\r\n周国庆\r\n"
	wife := "From: " + word("孙伟") + " <sunwei@example.com>\r\nTo: kf@example.cn\r\nSubject: " + word("Fwd: 阳台雨水管漏水") + "\r\n" +
		"Message-ID: <r5@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n帮我老婆转一下，她的邮箱发不出去。\r\n\r\n" +
		"---------- Forwarded message ---------\r\nFrom: " + word("李娜") + " <lina_xyz@example.cn>\r\nDate: 2026年11月18日周三 21:03\r\nSubject: " + word("阳台雨水管漏水") + "\r\nTo: " + word("孙伟") + " <sunwei@example.com>\r\n\r\n" +
		"物业你好，我家（枫林湾8-1-1203）阳台上方的雨水管接口漏水，一下雨水就顺着墙流进来。麻烦派人来看看。\r\n我电话18605716620，李娜\r\n"
	student := "From: " + word("王燕") + " <wangyan@univ.example>\r\nTo: kf@example.cn\r\nSubject: " + word("转发: 梅园3舍热水问题") + "\r\n" +
		"Message-ID: <r6@univ.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n物业中心你好，以下是我们班学生反映的问题，麻烦处理一下，请直接联系学生本人。\r\n\r\n王燕\r\n机械学院2022级辅导员 0571-8529 6620\r\n\r\n" +
		"---------- 转发的邮件 ----------\r\n发件人：" + word("郑凯文") + " <zkw2022@example.cn>\r\n日期：2026年11月18日 21:47\r\n主题：" + word("梅园3舍热水问题") + "\r\n收件人：" + word("王燕老师") + "\r\n\r\n" +
		"王老师好，我是机械2203班的郑凯文，住梅园3舍516。我们这层楼浴室的热水已经一个多星期时有时无了。\r\n我的电话是17857026620。\r\n谢谢老师！\r\n"
	checkComplainants(t, store, []complainantOf{
		{mother, data.Complainant{Name: "刘桂芳", Email: "lgf1958@example.cn", Phone: "13512346620", Address: "12号楼1单元803"}},
		{student, data.Complainant{Name: "郑凯文", Email: "zkw2022@example.cn", Phone: "17857026620", Address: "梅园3舍516"}},
		{wife, data.Complainant{Name: "李娜", Email: "lina_xyz@example.cn", Phone: "18605716620", Address: "枫林湾8-1-1203"}},
		{father, data.Complainant{Name: "周国庆", Email: "zgq_1960@example.cn", Phone: "139 0731 6620", Address: "凤凰城 6-3-1102"}},
		{store2, data.Complainant{Name: "罗小梅", Email: "luoxiaomei@meiya.example", Phone: "159 2100 6620", Address: "L3-028"}},
		{tenant, data.Complainant{Name: "谢晓伦", Email: "allen.xie@example.com", Phone: "176 2233 6620", Address: "海澜苑5-2-602"}},
	})
}

// A colleague's mail a front desk passes on without naming them ("下面是我们公司同事的邮件…可以直接联系
// 他本人"), and a resident's mail a front desk forwards without a word above it: each opens the
// complaint of the one who wrote it.
func TestRelayedWithoutNamesOrWords(t *testing.T) {
	store := openStore(t)
	word := func(s string) string { return "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?=" }
	colleague := "From: " + word("前台 Reception") + " <reception@bochuang.example>\r\nTo: kf@example.cn\r\nSubject: " + word("FW: 16楼男卫生间小便池堵塞") + "\r\n" +
		"Message-ID: <w1@bochuang.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n物业老师好，下面是我们公司同事的邮件，麻烦看一下，具体情况可以直接联系他本人。\r\n前台 小田\r\n电话 0755-8332 6620\r\n\r\n" +
		"From: " + word("Kevin Zhou 周凯文") + " <kevin.zhou@bochuang.example>\r\nSent: Tuesday, July 8, 2025 10:21 AM\r\nTo: reception@bochuang.example\r\nSubject: " + word("16楼男卫生间小便池堵塞") + "\r\n\r\n" +
		"小田，\r\n\r\n麻烦帮忙转给物业：16楼男卫生间靠窗的两个小便池堵了。\r\n\r\n有问题可以直接找我 13316876620。\r\n\r\nKevin\r\n"
	wordless := "From: " + word("凤凰城物业前台") + " <qiantai@fenghuang.example>\r\nTo: kf@example.cn\r\nSubject: " + word("转发: 小区游泳池开放时间") + "\r\n" +
		"Message-ID: <w2@fenghuang.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\r\n\r\n-------- 转发的消息 --------\r\n主题: " + word("小区游泳池开放时间") + "\r\n" +
		"日期: Sat, 14 Jun 2025 19:22:07 +0800\r\n发件人: " + word("毛永康") + " <maoyk@alumni.example>\r\n收件人: qiantai@fenghuang.example\r\n\r\n" +
		"你好，\r\n业主群里说今年游泳池只开7、8两个月，请问依据是什么？\r\n\r\n毛永康\r\n凤凰城 南区 27幢 803\r\n电话：13336156620\r\n"
	checkComplainants(t, store, []complainantOf{
		{colleague, data.Complainant{Name: "周凯文", Email: "kevin.zhou@bochuang.example", Phone: "13316876620"}},
		{wordless, data.Complainant{Name: "毛永康", Email: "maoyk@alumni.example", Phone: "13336156620", Address: "凤凰城 南区 27幢 803"}},
	})
}

// A mall's customer desk passing a tenant's mail on for the team to follow up ("转给你们跟进一下，
// 商户情绪比较大"), a department an owner's mail reached ("这个业主的邮件发到我们工程部邮箱了") and
// a head office passing on a hotline's order ("以下为市长热线转派工单") open the complaint of the
// one who wrote or called.
func TestDeskPassesATenantsMailOnToFollowUp(t *testing.T) {
	store := openStore(t)
	word := func(s string) string { return "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?=" }
	mall := "From: " + word("客服中心-刘倩") + " <kefu@jinhui.example>\r\nTo: kf@example.cn\r\nSubject: " + word("转发: 关于B2-08铺 排烟问题") + "\r\n" +
		"Message-ID: <m1@jinhui.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n转给你们跟进一下，商户情绪比较大。\r\n\r\n刘倩\r\n金汇广场客服中心 0755-8663 6620\r\n\r\n" +
		"-----原始邮件-----\r\n发件人:\"" + "鲜香小馆" + "\" <xianxiang@example.cn>\r\n发送时间:2024年4月2日(星期二) 14:36\r\n收件人:\"kefu\" <kefu@jinhui.example>\r\n主题:关于B2-08铺 排烟问题\r\n\r\n" +
		"你好，我是B2美食街B2-08铺鲜香小馆的负责人孙海平。排烟风机声音特别大，后厨全是烟。\r\n麻烦尽快安排，我的手机 186 0752 6620。\r\n\r\n孙海平\r\n"
	works := "From: " + word("工程部 周建平") + " <zhou.gc@lanting.example>\r\nTo: kf@example.cn\r\nSubject: " + word("转发: 外墙渗水 5栋2单元1801") + "\r\n" +
		"Message-ID: <m2@lanting.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n客服部：\r\n这个业主的邮件发到我们工程部邮箱了，外墙渗水要走维修基金流程，请客服先联系业主登记。\r\n\r\n周建平\r\n手机 13858066620\r\n\r\n" +
		"________________________________\r\nFrom: Tony Wang <tonywang@example.cn>\r\nSent: 2024年11月20日 21:16\r\nTo: gcb@lanting.example\r\nSubject: " + word("外墙渗水") + "\r\n\r\n" +
		"你好，\r\n我家次卧的外墙下雨就渗水，墙纸已经发霉了。\r\n\r\nTony Wang 王子涛\r\n5栋2单元1801\r\n137-0651-6620\r\n"
	hotline := "From: " + word("丽水湾物业总部客服中心") + " <hq@lishui.example>\r\nTo: kf@example.cn\r\nSubject: " + word("转发：12345市民热线工单") + "\r\n" +
		"Message-ID: <m3@lishui.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n项目客服：\r\n以下为市长热线转派工单，请于48小时内联系诉求人处理。\r\n\r\n总部客服中心 林倩\r\n手机：13676586620\r\n\r\n" +
		"---------- 转发的邮件 ----------\r\n发件人：" + word("12345热线") + " <gongdan@rexian.example>\r\n日期：2025年3月14日 周五 14:26\r\n主题：" + word("12345市民热线工单") + "\r\n收件人：<hq@lishui.example>\r\n\r\n" +
		"工单号：2025031400872\r\n诉求人：蔡女士\r\n联系电话：153 5716 6620\r\n诉求地址：丽水湾小区6幢1单元1003\r\n诉求内容：电梯停运。\r\n"
	checkComplainants(t, store, []complainantOf{
		{mall, data.Complainant{Name: "孙海平", Email: "xianxiang@example.cn", Phone: "186 0752 6620", Address: "B2美食街B2-08铺"}},
		{works, data.Complainant{Name: "王子涛", Email: "tonywang@example.cn", Phone: "137-0651-6620", Address: "5栋2单元1801"}},
		{hotline, data.Complainant{Name: "蔡女士", Phone: "153 5716 6620", Address: "丽水湾小区6幢1单元1003"}},
	})
}

func TestFrontDeskAndSecretaryPassOnInEnglish(t *testing.T) {
	store := openStore(t)
	reception := "From: Reception - Park Residence <reception@parkresidence.example>\r\nTo: kf@example.cn\r\nSubject: FW: Noise from gym above our apartment\r\n" +
		"Message-ID: <e1@parkresidence.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi team, pls see below complaint from resident, she asked for a call back today. Thx\r\n\r\n" +
		"Vivian Ye\r\nFront Desk | Park Residence\r\nTel: 021-5466 0000\r\n\r\n-----Original Message-----\r\nFrom: Emma Thompson <emma.thompson@example.com>\r\n" +
		"Sent: Tuesday, March 12, 2024 8:05 AM\r\nTo: reception@parkresidence.example\r\nSubject: Noise from gym above our apartment\r\n\r\nHello,\r\n\r\n" +
		"I live in apartment 2-1504 and there has been heavy thumping from the residents' gym every morning from 6am.\r\n\r\n" +
		"You can reach me on 159 0000 0836 any time after 10am.\r\n\r\nMany thanks,\r\nEmma Thompson\r\n"
	secretary := "From: Cindy Wong <cindy.wong@huang-partners.example>\r\nTo: kf@example.cn\r\nSubject: FW: Water leak in our pantry - again\r\n" +
		"Message-ID: <e2@huang-partners.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear Building Management,\r\n\r\n" +
		"Please see Mr. Huang's email below. Grateful if you could arrange for your engineer to contact him directly today.\r\n\r\n" +
		"Thanks & regards,\r\nCindy Wong\r\nSecretary to Peter Huang\r\nTel: +86 21 6288 0000 ext. 201\r\n\r\n" +
		"From: Peter Huang <peter.huang@huang-partners.example>\r\nSent: Monday, September 9, 2024 8:52 AM\r\nTo: Cindy Wong <cindy.wong@huang-partners.example>\r\n" +
		"Subject: Water leak in our pantry - again\r\n\r\nCindy,\r\n\r\nThe pantry ceiling in our office (Unit 1802, 18/F) is leaking again.\r\n\r\n" +
		"Please forward this to building management and ask them to have the engineer call me on my mobile, 138 0000 9927.\r\n\r\nPeter\r\n"
	checkComplainants(t, store, []complainantOf{
		{reception, data.Complainant{Name: "Emma Thompson", Email: "emma.thompson@example.com", Phone: "159 0000 0836", Address: "2-1504"}},
		{secretary, data.Complainant{Name: "Peter Huang", Email: "peter.huang@huang-partners.example", Phone: "138 0000 9927", Address: "Unit 1802, 18/F"}},
	})
}

func TestButlersAndSalesPassOnAResidentsAndAClientsMail(t *testing.T) {
	store := openStore(t)
	butler := "From: Butler Service - Cindy <cindy.wang@sunnyhill-pm.example>\r\nTo: kf@example.cn\r\nSubject: Fwd: Barking dog next door\r\n" +
		"Message-ID: <b1@sunnyhill-pm.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi 客服部，\r\n转一封外籍业主的邮件，8号的 Mr. O'Neill，他中文不太好，回复的时候麻烦用英文。\r\n" +
		"Cindy 王 / 管家部 / 138 0000 7725 (请勿转给业主)\r\n\r\n---------- Forwarded message ---------\r\nFrom: Patrick O'Neill <patrick.oneill@example.com>\r\n" +
		"Date: Sat, Oct 12, 2024 at 9:47 PM\r\nSubject: Barking dog next door\r\nTo: <cindy.wang@sunnyhill-pm.example>\r\n\r\nHi Cindy,\r\n\r\n" +
		"The dog at House 9 has been barking non-stop since 6 pm.\r\n\r\nYou can reach me on 186 0000 0398 any time.\r\n\r\nCheers,\r\nPatrick\r\nHouse 8, Sunny Hill\r\n"
	sales := "From: Cindy Liu <cindy.liu@yuelanhotel.example>\r\nTo: kf@example.cn\r\nSubject: FW: Complaint - product launch in Grand Ballroom\r\n" +
		"Message-ID: <s1@yuelanhotel.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n质检部同事好，\r\n\r\n请跟进一下下面这位客户的投诉，客户希望今天内得到回复。直接联系客户本人就可以，不用经过我。\r\n\r\n" +
		"Cindy Liu 刘欣\r\n销售经理 | 悦澜国际酒店\r\n分机 8823 | 手机 139 0000 0376\r\n\r\nFrom: Priya Raman <priya.raman@novacore.example>\r\nSent: Tuesday, June 18, 2024 9:02 AM\r\n" +
		"To: Cindy Liu <cindy.liu@yuelanhotel.example>\r\nSubject: Complaint - product launch in Grand Ballroom\r\n\r\nDear Cindy,\r\n\r\n" +
		"I'm writing to formally complain about yesterday's product launch in the Grand Ballroom. The sound system cut out twice.\r\n\r\n" +
		"I'm best reached on +86 158 0000 6094.\r\n\r\nPriya Raman\r\n"
	checkComplainants(t, store, []complainantOf{
		{butler, data.Complainant{Name: "Patrick O'Neill", Email: "patrick.oneill@example.com", Phone: "186 0000 0398", Address: "House 8, Sunny Hill"}},
		{sales, data.Complainant{Name: "Priya Raman", Email: "priya.raman@novacore.example", Phone: "+86 158 0000 6094"}}, // the ballroom is the hotel's
	})
}

func TestStaffPassOnEmployeesAndTenantsMailAndAnAdminSigns(t *testing.T) {
	store := openStore(t)
	hr := "From: =?utf-8?b?5Lq65LqLLeWwj+iUoQ==?= <hr.cai@zhongtong.example>\r\nTo: kf@example.cn\r\nSubject: =?utf-8?b?6L2s77ya5a6/6IiN56m66LCD5ryP5rC0?=\r\n" +
		"Message-ID: <hr1@zhongtong.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n宿舍管理员您好，员工反映的问题转给您，请帮忙安排，谢谢！\r\n人事部 蔡琳 0571-8600 2219\r\n\r\n" +
		"在 2024-07-18 21:33:06，\"马晓冬\" <maxd@example.com> 写道：\r\n>蔡姐 我宿舍3号楼405的空调一直漏水 滴在我床上 麻烦你帮我跟宿舍那边说一下 我电话188 0000 6630\r\n"
	desk := "From: =?utf-8?b?5YmN5Y+w?= <reception@huijin.example>\r\nTo: kf@example.cn\r\nSubject: =?utf-8?b?6L2s5Y+ROiDlgZzovabkvY3ooqvljaA=?=\r\n" +
		"Message-ID: <d1@huijin.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n以下是B座1506租户的投诉邮件，请跟进处理，谢谢。\r\n前台\r\n\r\n" +
		"-----原始邮件-----\r\n发件人: \"郑伟明\" <zhengwm@orbis.example>\r\n发送时间: 2024年11月4日 上午9:12\r\n主题: 停车位被占\r\n\r\n" +
		"我是B座1506 Orbis律师事务所的郑伟明，我们公司租的B2-117固定车位这周第三次被别的车占了。\r\n请有处理结果后回复我，手机 138 0000 5561。\r\n郑伟明\r\n"
	keeper := "From: =?utf-8?b?TGlseeeuoeWutg==?= <lily.gj@qiju.example>\r\nTo: kf@example.cn\r\nSubject: =?utf-8?b?6L2s5Y+ROiDmiL/pl7Tpl6jplIHlpLHngbU=?=\r\n" +
		"Message-ID: <k1@qiju.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n客服同事你好，下面是我负责楼层的租客孙宇飞发给我的邮件，门锁问题我处理不了，麻烦安排工程师。\r\nLily\r\n\r\n" +
		"-----原始邮件-----\r\n发件人: \"sunyf\" <sunyf@example.com>\r\n发送时间: 2024年11月4日 上午9:12\r\n主题: 房间门锁失灵\r\n\r\n" +
		"Lily你好\r\n我房间的智能门锁密码开不了。\r\n我是B座1108的孙宇飞，电话17700003382，麻烦今天帮我处理。\r\n"
	admin := "From: =?utf-8?b?5LqR5biG572R57uc?= <admin@yunfan.example>\r\nTo: kf@example.cn\r\nSubject: =?utf-8?b?5L+d5rSB6Zeu6aKY?=\r\n" +
		"Message-ID: <a1@yunfan.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您好，\r\n我们租的独立办公室最近保洁明显不到位，垃圾桶连续两天没有清。\r\n请核实一下。\r\n行政 黄小姐 189 0000 7754\r\n"
	firm := "From: =?utf-8?b?56a+6LGQ5pyD6KiI5bir5LqL5YuZ5omA?= <admin@hefeng.example>\r\nTo: kf@example.cn\r\nSubject: =?utf-8?b?MTTmqJPnlLflu4HmvI/msLQ=?=\r\n" +
		"Message-ID: <f1@hefeng.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n管理中心 您好：\r\n\r\n敝所位於貴大樓12樓之3。本樓層男廁漏水已一週。\r\n\r\n" +
		"聯絡人：行政 黃淑華\r\n電話：(02)2700-6618 分機 205\r\n手機：0912-000-708（請優先撥打手機）\r\n"
	checkComplainants(t, store, []complainantOf{
		{firm, data.Complainant{Name: "黃淑華", Email: "admin@hefeng.example", Phone: "0912-000-708", Address: "12樓之3"}},
		{keeper, data.Complainant{Name: "孙宇飞", Email: "sunyf@example.com", Phone: "17700003382", Address: "B座1108"}},
		{admin, data.Complainant{Name: "黄小姐", Email: "admin@yunfan.example", Phone: "189 0000 7754"}},
		{hr, data.Complainant{Name: "马晓冬", Email: "maxd@example.com", Phone: "188 0000 6630", Address: "3号楼405"}},
		{desk, data.Complainant{Name: "郑伟明", Email: "zhengwm@orbis.example", Phone: "138 0000 5561", Address: "B座1506"}},
	})
}

// A desk's note sending an owner's mail on to a team ("转投诉组，业主要求今天内回电") and a leasing
// officer's asking engineers to settle a shop's leak with the shop ("商户反映铺位漏水…直接联系商户即
// 可") open the complaint of the one who wrote the mail they pass on.
func TestNotesSendingAResidentsMailOnToATeam(t *testing.T) {
	store := openStore(t)
	word := func(s string) string { return "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?=" }
	desk := "From: " + word("客服中心-刘敏") + " <kf01@yuefu.example>\r\nTo: kf@example.cn\r\nSubject: " + word("转发: 地下车库照明问题") + "\r\n" +
		"Message-ID: <n1@yuefu.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n转投诉组，业主要求今天内回电。\r\n\r\n刘敏\r\n客服中心  分机8012\r\n\r\n" +
		"-----原始邮件-----\r\n发件人: \"fang_lp\" <fanglp@example.cn>\r\n发送时间: 2024-11-18 21:47:05\r\n收件人: kf01@yuefu.example\r\n主题: " + word("地下车库照明问题") + "\r\n\r\n" +
		"你好 我是悦府二期16栋的业主 地下车库B区那一排灯坏了快两个礼拜了 晚上下去黑漆漆的\r\n请尽快修好\r\n方丽萍 16栋1单元903\r\n电话 159 0000 4172\r\n"
	leasing := "From: " + word("招商部 范磊") + " <fanlei@xintiandi.example>\r\nTo: kf@example.cn\r\nSubject: " + word("FW: L1-08铺位天花漏水 急") + "\r\n" +
		"Message-ID: <n2@xintiandi.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n工程部同事好，\r\n商户反映铺位漏水，辛苦今天派人去看一下，直接联系商户即可。\r\n范磊 | 招商部 | 分机 2210\r\n\r\n" +
		"________________________________\r\nFrom: " + word("沈一凡") + " <shenyf@bloom.example>\r\nSent: Thursday, July 3, 2025 11:42\r\nTo: fanlei@xintiandi.example\r\nSubject: " + word("L1-08铺位天花漏水 急") + "\r\n\r\n" +
		"范经理您好，\r\n我们花店今天早上开门发现天花板滴水，麻烦到了直接打我电话 189 0000 0331。\r\n沈一凡\r\n"
	checkComplainants(t, store, []complainantOf{
		{desk, data.Complainant{Name: "方丽萍", Email: "fanglp@example.cn", Phone: "159 0000 4172", Address: "16栋1单元903"}},
		{leasing, data.Complainant{Name: "沈一凡", Email: "shenyf@bloom.example", Phone: "189 0000 0331"}},
	})
}
