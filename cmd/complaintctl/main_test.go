package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "complaintctl")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "complaintctl")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("build complaintctl: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func ctl(t *testing.T, db string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"--db", db}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{out.String(), errb.String(), code}
}

func ok(t *testing.T, db string, args ...string) string {
	t.Helper()
	r := ctl(t, db, args...)
	if r.code != 0 {
		t.Fatalf("complaintctl %v: exit %d: %s", args, r.code, r.stderr)
	}
	return r.stdout
}

// fails checks the contract for bad input: exit 2, one line on stderr naming the problem.
func fails(t *testing.T, db string, want string, args ...string) {
	t.Helper()
	r := ctl(t, db, args...)
	if r.code != 2 {
		t.Fatalf("complaintctl %v: exit %d, want 2 (stderr %q)", args, r.code, r.stderr)
	}
	if strings.Count(strings.TrimRight(r.stderr, "\n"), "\n") != 0 || !strings.Contains(r.stderr, want) {
		t.Fatalf("complaintctl %v: stderr %q, want one line containing %q", args, r.stderr, want)
	}
}

var refPattern = regexp.MustCompile(`^TS-\d{4}-\d{6}$`)

func TestCaseLifecycle(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cd.db")
	ref := strings.TrimSpace(ok(t, db, "case", "new", "--channel", "phone", "--name", "王芳", "--phone", "13812345678",
		"--subject", "电梯故障", "--text", "早高峰电梯停运", "--received", "2026-11-20T10:00:00+08:00"))
	if !refPattern.MatchString(ref) {
		t.Fatalf("case new printed %q", ref)
	}
	for _, step := range [][]string{
		{"acknowledge"},
		{"assess", "--category", "facilities", "--level", "2"},
		{"assign", "--department", "engineering", "--involve", "security, 会议服务部"},
		{"assign", "--department", "engineering", "--handler", "admin"},  // keeps those involved
		{"assign", "--department", "engineering", "--involve", "nosuch"}, // refused
		{"note", "--text", "已派维修工"},
		{"resolve", "--result", "已更换控制板"},
		{"rate", "2"},
		{"close"},
	} {
		if slices.Contains(step, "nosuch") {
			fails(t, db, "unknown department", append([]string{"case", "act", ref}, step...)...)
			continue
		}
		ok(t, db, append([]string{"case", "act", ref}, step...)...)
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(ok(t, db, "case", "show", ref, "--format", "json")), &rec); err != nil {
		t.Fatal(err)
	}
	if rec["status"] != "closed" || rec["level"] != float64(2) || rec["department"] != "engineering" ||
		rec["satisfaction"] != float64(2) || rec["category"] != "facilities" {
		t.Fatalf("case show: %v", rec)
	}
	shown := ok(t, db, "case", "show", ref)
	if !strings.Contains(shown, "已更换控制板") || !strings.Contains(shown, "security, conference") {
		t.Errorf("text case show lacks the result or the departments involved:\n%s", shown)
	}
	fails(t, db, "not allowed while the complaint is closed", "case", "act", ref, "note", "--text", "x")
	lines := strings.Split(strings.TrimSpace(ok(t, db, "list", "--format", "jsonl", "--status", "closed")), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], ref) {
		t.Fatalf("list: %q", lines)
	}
}

func TestBadInputExitsTwoAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cd.db")
	ok(t, db, "demo", "--complaints", "5")
	// A demo complaint, numbered in whichever year the demo dates it.
	var first struct{ Ref string }
	if err := json.Unmarshal([]byte(ok(t, db, "list", "--format", "jsonl", "--limit", "1")), &first); err != nil || first.Ref == "" {
		t.Fatalf("list: %+v, %v", first, err)
	}
	before := ok(t, db, "export")
	fails(t, db, "phone", "case", "new", "--channel", "phone", "--name", "王芳", "--phone", "138abc", "--subject", "x", "--text", "y")
	fails(t, db, "channel", "case", "new", "--channel", "pigeon", "--name", "王芳", "--subject", "x", "--text", "y")
	fails(t, db, "subject is required", "case", "new", "--channel", "phone", "--name", "王芳", "--subject", "", "--text", "y")
	fails(t, db, "RFC 3339", "case", "new", "--channel", "phone", "--name", "王芳", "--subject", "x", "--received", "yesterday")
	fails(t, db, "too long", "case", "new", "--channel", "phone", "--name", strings.Repeat("名", 101), "--subject", "x")
	fails(t, db, "not found", "case", "act", "TS-2026-999999", "acknowledge")
	fails(t, db, "level", "case", "act", first.Ref, "assess", "--category", "service", "--level", "4")
	fails(t, db, "rating", "case", "act", first.Ref, "rate", "9")
	fails(t, db, "unknown action", "case", "act", first.Ref, "dance")
	fails(t, db, "unknown command", "frobnicate")
	fails(t, db, "complaintctl mail sync -h lists its flags", "mail", "sync", "--hots", "imap.example.com")
	out := filepath.Join(dir, "x.csv")
	fails(t, db, "--format", "export", "--format", "xml", "--out", out)
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatal("a failed export left a file behind")
	}
	if after := ok(t, db, "export"); after != before {
		t.Fatal("failed commands changed the database")
	}
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, bytes.Repeat([]byte("junk "), 1000), 0o600)
	fails(t, junk, "not a Complaint Desk database", "list")
}

// TestHelp: -h on a command lists its flags, with what each is for, on standard output; nothing
// is run and no database is made.
func TestHelp(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cd.db")
	for _, args := range [][]string{{"mail", "sync", "-h"}, {"case", "act", "TS-2026-000001", "assess", "--help"}, {"help"}} {
		r := ctl(t, db, args...)
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("complaintctl %v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		if !strings.HasPrefix(r.stdout, "usage: complaintctl") {
			t.Errorf("complaintctl %v: %q", args, r.stdout)
		}
	}
	sync := ok(t, db, "mail", "sync", "-h")
	for _, want := range []string{"-host string\n    \tIMAP server host", "-password-file", "-since", "(default \"tls\")"} {
		if !strings.Contains(sync, want) {
			t.Errorf("mail sync -h lacks %q:\n%s", want, sync)
		}
	}
	if strings.Contains(ok(t, db, "case", "new", "-h"), "\t\n") {
		t.Error("case new -h lists a flag without saying what it is for")
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("asking for help made a database")
	}
}

// TestNoDatabase: a command working on what is stored refuses a --db that is not there in one
// line, rather than making an empty database and reporting nothing stored.
func TestNoDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "mistyped.db")
	for _, args := range [][]string{{"list"}, {"export"}, {"audit"}, {"check"}, {"backup", "--out", filepath.Join(dir, "b.db")},
		{"case", "show", "TS-2026-000001"}, {"case", "act", "TS-2026-000001", "assess", "--category", "设施设备", "--level", "1"},
		{"report", "weekly", "--out", filepath.Join(dir, "r.pdf")}, {"user", "list"}, {"mail", "list"},
		{"letter", "--ref", "TS-2026-000001", "--kind", "reply", "--out", filepath.Join(dir, "l.pdf")},
		{"dossier", "--ref", "TS-2026-000001", "--out", filepath.Join(dir, "d.pdf")},
		{"followup", "sample", "--quarter", "2026-Q4"}} {
		fails(t, db, "no database at "+db, args...)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*")); len(names) > 0 {
		t.Fatalf("refused commands left %v", names)
	}
	// Registering a complaint, importing mail and demo data make the database.
	ok(t, db, "case", "new", "--channel", "phone", "--name", "王芳", "--subject", "电梯故障", "--text", "电梯停运")
	ok(t, db, "list")
}

func TestDue(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	tests := []struct{ from, add, want string }{
		{"2026-02-13T10:00:00+08:00", "1wd", "2026-02-14T18:00:00+08:00"}, // make-up Saturday before the Spring Festival
		{"2026-02-14T10:00:00+08:00", "1wd", "2026-02-24T18:00:00+08:00"}, // across the holiday
		{"2026-11-23T11:30:00+08:00", "1wh", "2026-11-23T14:00:00+08:00"}, // over the lunch break
		{"2026-11-23T17:00:00+08:00", "1wh", "2026-11-23T18:00:00+08:00"}, // ends at a period's end
		{"2026-11-23T10:00:00+08:00", "24h", "2026-11-24T10:00:00+08:00"},
		{"2026-09-30T10:00:00+08:00", "1wd", "2026-10-08T18:00:00+08:00"}, // National Day week
	}
	for _, tt := range tests {
		t.Run(tt.from+"+"+tt.add, func(t *testing.T) {
			if got := strings.TrimSpace(ok(t, db, "due", "--from", tt.from, "--add", tt.add)); got != tt.want {
				t.Fatalf("due = %s, want %s", got, tt.want)
			}
		})
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatal("due created a database")
	}
	fails(t, db, "add", "due", "--from", "2026-11-23T10:00:00+08:00", "--add", "3weeks")
}

func TestExportBackupRestoreCheck(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cd.db")
	ok(t, db, "demo", "--complaints", "40", "--seed", "2")
	jsonl := filepath.Join(dir, "all.jsonl")
	ok(t, db, "export", "--format", "jsonl", "--out", jsonl)
	b, _ := os.ReadFile(jsonl)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 40 {
		t.Fatalf("export has %d lines, want 40", len(lines))
	}
	var rec struct {
		Ref    string           `json:"ref"`
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil || rec.Ref != "" && len(rec.Events) == 0 {
		t.Fatalf("export line: %v %+v", err, rec)
	}
	csvPath := filepath.Join(dir, "all.csv")
	ok(t, db, "export", "--format", "csv", "--out", csvPath)
	c, _ := os.ReadFile(csvPath)
	// Descriptions of email complaints run over several lines, quoted.
	recs, err := csv.NewReader(bytes.NewReader(c)).ReadAll()
	if err != nil || len(recs) != 41 || !bytes.HasPrefix(c, []byte("\ufeffid,ref")) {
		t.Fatalf("csv: %d records, %v, starts %q", len(recs), err, c[:20])
	}
	backup := filepath.Join(dir, "backup.db")
	ok(t, db, "backup", "--out", backup)
	ok(t, db, "case", "new", "--channel", "web", "--name", "李强", "--subject", "备份之后", "--text", "x")
	ok(t, db, "restore", "--from", backup)
	if got := ok(t, db, "export"); strings.Contains(got, "备份之后") {
		t.Fatal("restore did not bring back the backed-up state")
	}
	if strings.TrimSpace(ok(t, db, "check")) != "ok" {
		t.Fatal("check after restore")
	}
	fails(t, db, "not a Complaint Desk backup", "restore", "--from", csvPath)
}

func TestFollowUpSample(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cd.db")
	for i := 0; i < 10; i++ {
		ref := strings.TrimSpace(ok(t, db, "case", "new", "--channel", "phone", "--name", "王芳",
			"--phone", "1381234000"+strconv.Itoa(i), "--subject", "电梯故障", "--text", "停运"))
		for _, step := range [][]string{{"acknowledge"}, {"assess", "--category", "facilities", "--level", "1"},
			{"assign", "--department", "engineering"}, {"resolve", "--result", "已修复"}, {"rate", "2"}, {"close"}} {
			ok(t, db, append([]string{"case", "act", ref}, step...)...)
		}
	}
	now := time.Now().In(time.FixedZone("CST", 8*3600)) // the office's calendar decides the quarter
	quarter := fmt.Sprintf("%d-Q%d", now.Year(), (int(now.Month())+2)/3)
	out := ok(t, db, "followup", "sample", "--quarter", quarter, "--seed", "7")
	if !strings.HasPrefix(out, "4 complaints closed in "+quarter) {
		t.Fatalf("35%% of 10 closed complaints: %q", out)
	}
	if out := ok(t, db, "followup", "sample", "--quarter", quarter, "--seed", "7"); !strings.HasPrefix(out, "3 ") {
		t.Fatalf("a second draw takes from the 6 not yet drawn: %q", out)
	}
	fails(t, db, "--quarter", "followup", "sample", "--quarter", "2026-Q5")
	fails(t, db, "--share", "followup", "sample", "--quarter", quarter, "--share", "2")
}

// Accounts from the command line: a new clerk can be named as handler at once; mistakes are
// refused with one line and change nothing.
func TestUserListAndSave(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cd.db")
	if out := ok(t, db, "user", "save", "--name", "liuyang", "--display", "刘洋", "--role", "supervisor",
		"--department", "engineering"); out != "liuyang (刘洋): supervisor, tier 2, active\n" {
		t.Errorf("save said %q", out)
	}
	fails(t, db, `display name "刘洋" is already used by liuyang`, "user", "save", "--name", "liu2", "--display", "刘洋")
	fails(t, db, "admin is the last active administrator", "user", "save", "--name", "admin", "--inactive")
	fails(t, db, `user name "Liu" must be lower-case`, "user", "save", "--name", "Liu", "--display", "刘")
	fails(t, db, "--display is required", "user", "save", "--name", "nobody")
	fails(t, db, "unknown subcommand", "user", "delete")
	// A password from a file, too short refused; removed again.
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("short\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	fails(t, db, "at least 8 characters", "user", "password", "--name", "liuyang", "--password-file", pw)
	if err := os.WriteFile(pw, []byte("刘洋的密码2026\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := ok(t, db, "user", "password", "--name", "liuyang", "--password-file", pw); out != "liuyang: password set\n" {
		t.Errorf("password: %q", out)
	}
	fails(t, db, "one of --password-file or --clear", "user", "password", "--name", "liuyang")
	if out := ok(t, db, "user", "password", "--name", "liuyang", "--clear"); out != "liuyang: password removed\n" {
		t.Errorf("clear: %q", out)
	}
	// Changing one field keeps the others.
	ok(t, db, "user", "save", "--name", "liuyang", "--tier", "3")
	want := `{"name":"admin","display_name":"系统管理员","role":"admin","tier":3,"department":"service","active":true}
{"name":"liuyang","display_name":"刘洋","role":"supervisor","tier":3,"department":"engineering","active":true}
`
	if out := ok(t, db, "user", "list", "--format", "jsonl"); out != want {
		t.Errorf("list:\n%s\nwant:\n%s", out, want)
	}
	ref := strings.TrimSpace(ok(t, db, "case", "new", "--channel", "phone", "--name", "张伟", "--phone", "13000000001",
		"--subject", "电梯故障", "--text", "电梯停在三楼不动"))
	ok(t, db, "case", "act", ref, "acknowledge")
	ok(t, db, "case", "act", ref, "assess", "--category", "facilities", "--level", "2")
	ok(t, db, "case", "act", ref, "assign", "--department", "engineering", "--handler", "刘洋")
	if out := ok(t, db, "case", "show", ref, "--format", "json"); !strings.Contains(out, `"handler": "liuyang"`) {
		t.Errorf("case show: %s", out)
	}
}

// The audit trail says who changed what: one complaint's rows, one account's, and bad filters
// are refused.
func TestAuditTrail(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cd.db")
	ok(t, db, "user", "save", "--name", "wangli", "--display", "王丽")
	ref := strings.TrimSpace(ok(t, db, "--user", "wangli", "case", "new", "--channel", "phone", "--name", "张伟",
		"--phone", "13000000001", "--subject", "电梯故障", "--text", "电梯停在三楼不动"))
	ok(t, db, "--user", "wangli", "case", "act", ref, "acknowledge")
	ok(t, db, "case", "act", ref, "assess", "--category", "facilities", "--level", "2")
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(ok(t, db, "audit", "--ref", ref, "--format", "jsonl")), "\n") {
		var rec struct {
			User, Entity, Action string
			Changes              map[string]any
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		got = append(got, rec.User+" "+rec.Entity+" "+rec.Action)
		if rec.Action == "assess" && fmt.Sprint(rec.Changes["category"]) != "[ facilities]" {
			t.Errorf("assess changes %v", rec.Changes)
		}
	}
	if want := "admin complaint assess,wangli complaint acknowledge,wangli complaint create"; strings.Join(got, ",") != want {
		t.Errorf("audit of %s: %v, want %s", ref, got, want)
	}
	if out := ok(t, db, "audit", "--user-name", "wangli"); strings.Count(out, "\n") != 3 || strings.Contains(out, "assess") {
		t.Errorf("wangli's changes:\n%s", out)
	}
	if out := ok(t, db, "audit", "--entity", "user"); !strings.Contains(out, `"display_name":"王丽"`) {
		t.Errorf("account changes:\n%s", out)
	}
	fails(t, db, `--from "2026-11-31" is not a date`, "audit", "--from", "2026-11-31")
	fails(t, db, "not found", "audit", "--ref", "TS-2026-999999")
}

// What the complainant handed in is filed with a complaint registered from the command line;
// a file missing or empty is named and nothing is registered.
func TestCaseNewFilesEvidence(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cd.db")
	scan, photo, empty := filepath.Join(dir, "来信.pdf"), filepath.Join(dir, "现场.jpg"), filepath.Join(dir, "空.png")
	for p, b := range map[string]string{scan: "%PDF-1.4\n%%EOF\n", photo: "\xff\xd8\xff\xe0 jpeg", empty: ""} {
		if err := os.WriteFile(p, []byte(b), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	base := []string{"case", "new", "--channel", "letter", "--name", "王芳", "--subject", "来信投诉漏水"}
	fails(t, db, "--file", append(base, "--file", filepath.Join(dir, "没有.pdf"))...)
	fails(t, db, "空.png", append(base, "--file", scan, "--file", empty)...)
	if out := ok(t, db, "list", "--format", "jsonl"); strings.TrimSpace(out) != "" {
		t.Fatalf("a refused complaint was registered: %s", out)
	}
	ref := strings.TrimSpace(ok(t, db, append(base, "--file", scan, "--file", photo)...))
	shown := ok(t, db, "case", "show", ref)
	if !strings.Contains(shown, "evidence") || !strings.Contains(shown, "来信.pdf") || !strings.Contains(shown, "现场.jpg") {
		t.Errorf("the files are not on the case:\n%s", shown)
	}
}
