package main

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"complaintdesk/data"
	"complaintdesk/mailintake/imaptest"
)

func gbkWord(t *testing.T, s string) string {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return "=?GBK?B?" + base64.StdEncoding.EncodeToString([]byte(b)) + "?="
}

// mail sync and mail list against a real IMAP server, as DESIGN §4 gives them: one summary line
// per pass, nothing imported twice, one JSON object per stored message; bad credentials and
// flags exit 2 and keep nothing.
// dovecot starts a Dovecot for the test with a mailbox on it, and a folder of the test's for
// the passwords' key file.
func dovecot(t *testing.T) (*imaptest.Server, *imaptest.Mailbox) {
	t.Helper()
	srv, err := imaptest.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	return srv, srv.NewMailbox(t)
}

func TestMailSyncAndList(t *testing.T) {
	srv, mb := dovecot(t)
	now := time.Now()
	body, err := simplifiedchinese.GBK.NewEncoder().String("本月停车费多收了两百元，请核实并退还。\r\n")
	if err != nil {
		t.Fatal(err)
	}
	mb.Deliver(t, []byte("From: "+gbkWord(t, "李女士")+" <li@example.cn>\r\nSubject: "+gbkWord(t, "停车场收费不合理")+
		"\r\nDate: Mon, 30 Nov 2026 09:00:00 +0800\r\nMessage-ID: <c1@example.cn>\r\nContent-Type: text/plain; charset=GBK\r\n\r\n"+body), now)
	mb.Deliver(t, []byte("From: MAILER-DAEMON@example.cn\r\nSubject: Undelivered Mail Returned to Sender\r\n"+
		"Auto-Submitted: auto-replied\r\nMessage-ID: <b1@example.cn>\r\n\r\nThe mail system could not deliver.\r\n"), now)
	mb.Deliver(t, []byte("From: wang@example.cn\r\nSubject: photos\r\nMessage-ID: <p1@example.cn>\r\n\r\n"+
		strings.Repeat("0123456789abcdef\r\n", 80_000)), now) // 1.4 MB, over a 1 MB limit
	db := filepath.Join(t.TempDir(), "cd.db")
	good := filepath.Join(t.TempDir(), "password")
	bad := filepath.Join(t.TempDir(), "wrong")
	for f, pw := range map[string]string{good: mb.Password + "\n", bad: "not-the-password\n"} {
		if err := os.WriteFile(f, []byte(pw), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	port := strconv.Itoa(srv.Port)
	account := []string{"mail", "sync", "--host", "127.0.0.1", "--port", port, "--security", "none", "--user", mb.User}

	fails(t, db, "rejected the user name or password", append(account, "--password-file", bad)...)
	fails(t, db, "--max-size", append(account, "--password-file", good, "--max-size", "0")...)
	fails(t, db, "--host is required", "mail", "sync", "--since", "2026-11-01")
	fails(t, db, "no mail account", "mail", "sync")

	out := ok(t, db, append(account, "--password-file", good, "--max-size", "1")...)
	if !strings.Contains(out, "3 new, 3 stored (complaints: 1, replies: 0, automatic: 1, failed: 1, too large: 1)") ||
		strings.Count(out, "\n") != 1 {
		t.Errorf("first pass: %q", out)
	}
	if out := ok(t, db, "mail", "sync"); !strings.Contains(out, "0 new, 0 stored") {
		t.Errorf("second pass with the saved account: %q", out)
	}

	type msg map[string]any
	list := func() map[string]msg {
		t.Helper()
		byID := map[string]msg{}
		sc := bufio.NewScanner(strings.NewReader(ok(t, db, "mail", "list", "--format", "jsonl")))
		for sc.Scan() {
			var m msg
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Fatalf("%v: %s", err, sc.Text())
			}
			var keys []string
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			want := []string{"attachments", "auto_reply", "complaint_ref", "date", "error", "folder", "from_email",
				"from_name", "message_id", "state", "subject", "text", "uid"}
			if !reflect.DeepEqual(keys, want) {
				t.Fatalf("keys %v, want %v", keys, want)
			}
			byID[m["message_id"].(string)] = m
		}
		return byID
	}
	got := list()
	if len(got) != 3 {
		t.Fatalf("%d messages listed", len(got))
	}
	c := got["c1@example.cn"]
	ref, _ := c["complaint_ref"].(string)
	if c["state"] != "complaint" || !refPattern.MatchString(ref) || c["from_name"] != "李女士" ||
		c["subject"] != "停车场收费不合理" || !strings.Contains(c["text"].(string), "停车费多收了两百元") || c["folder"] != "INBOX" ||
		c["date"] != "2026-11-30T09:00:00+08:00" {
		t.Errorf("the complaint: %v", c)
	}
	if b := got["b1@example.cn"]; b["state"] != "auto" || b["auto_reply"] != true || b["complaint_ref"] != "" {
		t.Errorf("the bounce: %v", b)
	}
	if p := got["p1@example.cn"]; p["state"] != "failed" || !strings.Contains(p["error"].(string), "over the 1.0 MB limit") {
		t.Errorf("the large message: %v", p)
	}
	// The clerk finds in the window that it needs no complaint: the table says so, the list keeps
	// its state.
	store, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	failed, err := store.Messages(context.Background(), data.MessageFilter{States: []data.MailState{data.MailFailed}})
	if err != nil || len(failed) != 1 {
		t.Fatalf("failed messages %v %v", failed, err)
	}
	if _, err := store.SetMailAside(context.Background(), failed[0].ID, true); err != nil {
		t.Fatal(err)
	}
	// While the window (or another computer) checks the mailbox, a scheduled pass has nothing
	// to do: it says so and ends well.
	accts, err := store.MailAccounts(context.Background())
	if err != nil || len(accts) != 1 {
		t.Fatalf("accounts %v %v", accts, err)
	}
	if claimed, err := store.ClaimMailSync(context.Background(), accts[0].ID, "front-desk-pc/4242/x", time.Minute, nil); !claimed || err != nil {
		t.Fatalf("claim %v %v", claimed, err)
	}
	for _, args := range [][]string{{"mail", "sync"}, append(account, "--password-file", good)} {
		if out := ok(t, db, args...); !strings.Contains(out, "another check of this mailbox is running") || strings.Contains(out, "0 new") {
			t.Errorf("%v while another program checks: %q", args, out)
		}
	}
	if err := store.ReleaseMailSync(context.Background(), accts[0].ID, "front-desk-pc/4242/x"); err != nil {
		t.Fatal(err)
	}
	store.Close()
	if table := ok(t, db, "mail", "list", "--format", "table"); !strings.Contains(table, "failed (set aside)") {
		t.Errorf("the table:\n%s", table)
	}
	if p := list()["p1@example.cn"]; p["state"] != "failed" {
		t.Errorf("set aside, the large message: %v", p)
	}

	// The complainant answers: the reply joins the case.
	mb.Deliver(t, []byte("From: li@example.cn\r\nSubject: Re: ["+ref+"] "+gbkWord(t, "补充")+"\r\nMessage-ID: <c2@example.cn>\r\n"+
		"In-Reply-To: <c1@example.cn>\r\n\r\nstill waiting\r\n"), now)
	if out := ok(t, db, "mail", "sync"); !strings.Contains(out, "1 new, 1 stored (complaints: 0, replies: 1") {
		t.Errorf("pass with a reply: %q", out)
	}
	if r := list()["c2@example.cn"]; r["state"] != "reply" || r["complaint_ref"] != ref {
		t.Errorf("the reply: %v", r)
	}

	// The office answered from its mail program: with --sent-folder (kept for later passes) the
	// answer goes on the case, and the office's other sent mail is not listed.
	mb.DeliverTo(t, "Sent", []byte("From: office@example.cn\r\nTo: li@example.cn\r\nSubject: Re: ["+ref+"] answer\r\n"+
		"Message-ID: <o1@example.cn>\r\n\r\nrefund made\r\n"), now)
	mb.DeliverTo(t, "Sent", []byte("From: office@example.cn\r\nSubject: staff party\r\nMessage-ID: <o2@example.cn>\r\n\r\nFriday\r\n"), now)
	if out := ok(t, db, append(account, "--password-file", good, "--sent-folder", "Sent")...); !strings.Contains(out, "sent emails put on their cases: 1") {
		t.Errorf("pass with the sent folder: %q", out)
	}
	got = list()
	if a := got["o1@example.cn"]; a["complaint_ref"] != ref || a["state"] != "auto" {
		t.Errorf("the answer: %v", a)
	}
	if _, listed := got["o2@example.cn"]; listed {
		t.Errorf("the office's other sent mail was imported")
	}
	if out := ok(t, db, "mail", "sync"); !strings.Contains(out, "0 new, 0 stored") || strings.Contains(out, "sent emails") {
		t.Errorf("pass with the saved account: %q", out)
	}

	// The export lists the case's emails, oldest first, each in the shape DESIGN §4 gives.
	var rec struct {
		Ref      string `json:"ref"`
		Messages []msg  `json:"messages"`
	}
	sc := bufio.NewScanner(strings.NewReader(ok(t, db, "export")))
	for sc.Scan() && rec.Ref != ref {
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
	}
	var ids, dirs []string
	for _, m := range rec.Messages {
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if want := []string{"attachments", "auto_reply", "date", "direction", "from_email", "from_name", "message_id",
			"subject", "text"}; !reflect.DeepEqual(keys, want) {
			t.Errorf("export message keys %v, want %v", keys, want)
		}
		ids, dirs = append(ids, m["message_id"].(string)), append(dirs, m["direction"].(string))
	}
	if rec.Ref != ref || !reflect.DeepEqual(ids, []string{"c1@example.cn", "c2@example.cn", "o1@example.cn"}) ||
		!reflect.DeepEqual(dirs, []string{"in", "in", "out"}) || rec.Messages[0]["date"] != "2026-11-30T09:00:00+08:00" ||
		rec.Messages[0]["subject"] != "停车场收费不合理" {
		t.Errorf("export of %s: messages %v, directions %v: %v", ref, ids, dirs, rec.Messages)
	}

	// The passwords' key gone (the database copied to another computer): the pass says in one
	// sentence why the password cannot be read, and once where to enter it again.
	if runtime.GOOS == "linux" {
		if err := os.Remove(filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "ComplaintDesk", "mail.key")); err != nil {
			t.Fatal(err)
		}
		fails(t, db, "the password stored for this mail account cannot be read on this computer (its key file ", "mail", "sync")
		r := ctl(t, db, "mail", "sync")
		if !strings.HasSuffix(strings.TrimSpace(r.stderr), "): enter it again in Complaint Desk under Settings → Mail account, or give it with --password-file beside --host and --user") ||
			strings.Count(r.stderr, "again") != 1 {
			t.Errorf("the password cannot be read: %q", r.stderr)
		}
	}
}

// A sync that fails keeps the account as it was; a flag left out keeps the saved setting; bad
// input against a database not yet made makes none; a pass with the same settings writes no
// change of them.
func TestMailSyncKeepsTheAccountOnBadInput(t *testing.T) {
	srv, mb := dovecot(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "cd.db")
	good, bad := filepath.Join(dir, "password"), filepath.Join(dir, "wrong")
	for f, pw := range map[string]string{good: mb.Password + "\n", bad: "not-the-password\n"} {
		if err := os.WriteFile(f, []byte(pw), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	account := []string{"mail", "sync", "--host", "127.0.0.1", "--port", strconv.Itoa(srv.Port), "--security", "none", "--user", mb.User}
	fails(t, db, "rejected the user name or password", append(account, "--password-file", bad)...)
	fails(t, db, "port", "mail", "sync", "--host", "127.0.0.1", "--port", "99999", "--user", mb.User, "--password-file", good)
	fails(t, db, "since", append(account, "--password-file", good, "--since", "garbage")...)
	fails(t, db, "no database at", "mail", "list")
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatalf("bad input made the database: %v", err)
	}
	ok(t, db, append(account, "--password-file", good)...)
	settings := func() (port int, security string, audits int) {
		t.Helper()
		s, err := data.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		accts, err := s.MailAccounts(context.Background())
		if err != nil || len(accts) != 1 {
			t.Fatalf("accounts %v %v", accts, err)
		}
		trail, err := s.AuditTrail(context.Background(), data.AuditFilter{Entity: "mail_account"})
		if err != nil {
			t.Fatal(err)
		}
		return accts[0].Port, string(accts[0].Security), len(trail)
	}
	port, security, audits := settings()
	// The port left out, and the security: the saved ones stand, also after a pass that failed
	// with a setting typed wrong.
	ok(t, db, "mail", "sync", "--host", "127.0.0.1", "--user", mb.User)
	ok(t, db, append(account, "--password-file", good)...)
	fails(t, db, "", "mail", "sync", "--host", "127.0.0.1", "--user", mb.User, "--security", "tls")
	if p, sec, n := settings(); p != port || sec != security || n != audits {
		t.Errorf("account after passes: port %d security %s, %d audit rows; want %d %s %d", p, sec, n, port, security, audits)
	}
	if out := ok(t, db, "mail", "sync"); !strings.Contains(out, "0 new") {
		t.Errorf("the saved account: %q", out)
	}
	// Another port and security for the same mailbox change the account (tried first, with the
	// saved password), typed with a stray space or not.
	ok(t, db, "mail", "sync", "--host", "127.0.0.1 ", "--user", mb.User, "--port", strconv.Itoa(srv.TLSPort), "--security", "tls", "--insecure")
	if p, sec, n := settings(); p != srv.TLSPort || sec != "tls" || n != audits+1 {
		t.Errorf("after a new port: port %d security %s, %d audit rows; want %d tls %d", p, sec, n, srv.TLSPort, audits+1)
	}
}

// Messages saved as files are imported as mailbox mail is; a file that is no message is named
// and nothing is stored.
func TestMailImportFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cd.db")
	corpus := filepath.Join("..", "..", "mailintake", "testdata", "mail")
	complaint, bounce := filepath.Join(corpus, "050.eml"), filepath.Join(corpus, "033.eml")
	photo := filepath.Join(dir, "photo.png")
	if err := os.WriteFile(photo, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o600); err != nil {
		t.Fatal(err)
	}
	fails(t, db, "photo.png: the file is not an email message", "mail", "import", complaint, photo)
	fails(t, db, "no database at", "mail", "list", "--format", "jsonl") // a refused import made none
	outlook := filepath.Join("..", "..", "mailintake", "decode", "testdata", "outlook")
	fails(t, db, "document.doc: the file is not an email message", "mail", "import", filepath.Join(outlook, "document.doc"))
	out := ok(t, db, "mail", "import", complaint, bounce, filepath.Join(outlook, "complaint.msg"))
	if !strings.Contains(out, "050.eml: complaint TS-") || !strings.Contains(out, "033.eml: auto") ||
		!strings.Contains(out, "complaint.msg: complaint TS-") {
		t.Errorf("mail import printed %q", out)
	}
	if again := ok(t, db, "mail", "import", complaint); !strings.Contains(again, "(already stored)") {
		t.Errorf("imported again: %q", again)
	}
	mbox := filepath.Join(dir, "Inbox")
	messages := "From - Mon Nov 16 09:00:00 2026\nFrom: a@example.cn\nSubject: one\nMessage-ID: <mbox-ctl-1@example.cn>\n\nhello\n\n" +
		"From - Mon Nov 16 09:00:00 2026\nFrom: a@example.cn\nSubject: one\nMessage-ID: <mbox-ctl-1@example.cn>\n\nhello\n"
	if err := os.WriteFile(mbox, []byte(messages), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := ok(t, db, "mail", "import", mbox); !strings.Contains(out, "Inbox: 2 messages (complaints: 1, replies: 0, automatic: 0, failed: 0, already stored: 1)") {
		t.Errorf("a mailbox file: %q", out)
	}
	// A folder stands for its mail files, a wildcard for what it matches; a file of the folder
	// that is no mail is left out, and said so.
	folder := filepath.Join(dir, "导出")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{"a.eml": "From: b@example.cn\nSubject: two\nMessage-ID: <folder-a@example.cn>\n\nhi\n",
		"notes.eml": "只是一段文字，没有信头。", "readme.txt": "not mail",
		filepath.Join("已发送", "b.eml"): "From: c@example.cn\nSubject: three\nMessage-ID: <folder-b@example.cn>\n\nhi\n"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(folder, name)), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(folder, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out = ok(t, db, "mail", "import", folder)
	if !strings.Contains(out, filepath.Join(folder, "a.eml")+": complaint TS-") ||
		!strings.Contains(out, filepath.Join(folder, "已发送", "b.eml")+": complaint TS-") ||
		!strings.Contains(out, filepath.Join(folder, "notes.eml")+": left out: the file is not an email message") ||
		strings.Contains(out, "readme.txt") {
		t.Errorf("a folder: %q", out)
	}
	if out := ok(t, db, "mail", "import", filepath.Join(folder, "a*.eml")); !strings.Contains(out, "a.eml: complaint (already stored)") {
		t.Errorf("a wildcard: %q", out)
	}
	fails(t, db, "no file matches", "mail", "import", filepath.Join(folder, "*.msg"))
	list := ok(t, db, "mail", "list", "--format", "jsonl")
	if n := len(strings.Split(strings.TrimSpace(list), "\n")); n != 6 || !strings.Contains(list, "关于三号楼电梯故障的投诉") {
		t.Errorf("%d messages stored, want 6: %s", n, list)
	}
}

// A password file saved by Notepad, with its byte order mark as UTF-8 or UTF-16, gives the
// password without it.
func TestPasswordFileFromNotepad(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string][]byte{
		"utf8-bom": []byte("\xef\xbb\xbf密码pw1\r\n"),
		"utf16le":  {0xff, 0xfe, 0x06, 0x5e, 'p', 0, 'w', 0, '1', 0, '\r', 0, '\n', 0},
		"plain":    []byte("帆pw1\n"),
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"utf8-bom": "密码pw1", "utf16le": "帆pw1", "plain": "帆pw1"}[name]
		if got, err := readPasswordFile("mail sync", path); err != nil || got != want {
			t.Errorf("%s: %q %v, want %q", name, got, err, want)
		}
	}
	// Without its mark, UTF-16 is named, not tried as a password the server refuses.
	path := filepath.Join(dir, "utf16-nobom")
	if err := os.WriteFile(path, []byte{'p', 0, 'w', 0, '1', 0, '\r', 0, '\n', 0}, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := readPasswordFile("mail sync", path); err == nil || !strings.Contains(err.Error(), "UTF-16 without a byte order mark") {
		t.Errorf("UTF-16 without its mark: %v", err)
	}
}

// A folder to move imported mail to that is not on the server yet is made by the first check,
// from a new database too; the clerk is told which folder, as typed.
func TestMailSyncMovesToAFolderNotThereYet(t *testing.T) {
	srv, mb := dovecot(t)
	mb.Deliver(t, []byte("From: li@example.cn\r\nSubject: =?UTF-8?B?5YGc6L2m6LS5?=\r\nMessage-ID: <m1@example.cn>\r\n\r\nparking\r\n"), time.Now())
	dir := t.TempDir()
	db, pw := filepath.Join(dir, "cd.db"), filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte(mb.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := ctl(t, db, "mail", "sync", "--host", "127.0.0.1", "--port", strconv.Itoa(srv.Port), "--security", "none",
		"--user", mb.User, "--password-file", pw, "--after", "move", "--move-to", "已处理/2026")
	if r.code != 0 || !strings.Contains(r.stderr, `"已处理/2026", is not on the mail server 127.0.0.1 yet`) ||
		!strings.Contains(r.stdout, "1 new, 1 stored (complaints: 1") || !strings.Contains(r.stdout, "1 moved to 已处理/2026 on the server") {
		t.Fatalf("first check: exit %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	for _, sub := range []string{"new", "cur"} {
		if left, _ := os.ReadDir(filepath.Join(mb.Maildir, sub)); len(left) != 0 {
			t.Errorf("INBOX/%s still holds %d messages", sub, len(left))
		}
	}
	r = ctl(t, db, "mail", "sync")
	if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "0 new, 0 stored") {
		t.Errorf("second check: exit %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
}
