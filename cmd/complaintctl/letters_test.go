package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestLetterAndDossier(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cd.db")
	ref := strings.TrimSpace(ok(t, db, "case", "new", "--channel", "letter", "--name", "王芳", "--phone", "13812345678",
		"--subject", "楼道灯不亮", "--text", "5栋3单元楼道灯坏了一周"))
	ok(t, db, "case", "act", ref, "acknowledge")
	titles := map[string]string{"apology": "致歉信", "reply": "回复函", "receipt": "投诉受理回执", "form": "投诉处理单",
		"followup": "回访记录"}
	for _, kind := range []string{"apology", "reply", "receipt", "form", "followup"} {
		t.Run(kind, func(t *testing.T) {
			out := filepath.Join(dir, kind+".pdf")
			if said := ok(t, db, "letter", "--ref", ref, "--kind", kind, "--out", out); !strings.Contains(said, "issued letter") {
				t.Errorf("letter printed %q", said)
			}
			b, err := os.ReadFile(out)
			if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
				t.Fatalf("letter wrote %d bytes, %v", len(b), err)
			}
			if text := pdfToText(t, out); !strings.Contains(text, titles[kind]) || !strings.Contains(text, ref) {
				t.Errorf("%s lacks its title or reference:\n%s", kind, text)
			}
		})
	}
	archive := filepath.Join(dir, "archive.pdf")
	ok(t, db, "letter", "--ref", ref, "--kind", "reply", "--archive-copy", "--out", archive)
	if text := pdfToText(t, archive); !strings.Contains(text, "存档副本") || !strings.Contains(text, "回复函") {
		t.Errorf("archive copy:\n%s", text)
	}
	var rec struct {
		Letters []struct {
			Kind   string `json:"kind"`
			SHA256 string `json:"sha256"`
			Pages  int    `json:"pages"`
		} `json:"letters"`
	}
	if err := json.Unmarshal([]byte(ok(t, db, "export")), &rec); err != nil {
		t.Fatal(err)
	}
	if len(rec.Letters) != 5 || rec.Letters[1].Kind != "reply" || len(rec.Letters[1].SHA256) != 64 || rec.Letters[1].Pages != 1 {
		t.Errorf("exported letters = %+v; the archive copy must not issue another", rec.Letters)
	}

	dossier := filepath.Join(dir, "dossier.pdf")
	// The number alone names the case; the full reference is said.
	number := strings.TrimLeft(ref[strings.LastIndex(ref, "-")+1:], "0")
	if said := ok(t, db, "dossier", "--ref", number, "--out", dossier); !strings.Contains(said, "dossier of "+ref+":") {
		t.Errorf("dossier printed %q", said)
	}
	text := pdfToText(t, dossier)
	for _, want := range []string{"投诉处理单", "致歉信", "回复函", "处理时间线", "存档副本"} {
		if !strings.Contains(text, want) {
			t.Errorf("dossier lacks %q", want)
		}
	}
}

// A receipt whose answer date reaches into a year the holiday calendar lacks says so, and so
// does the case.
func TestReceiptNotesAnUncheckedAnswerDate(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cd.db")
	for _, tt := range []struct{ received, note string }{
		{"2026-11-23T10:00:00+08:00", ""},
		{"2026-12-28T10:00:00+08:00", "note: due_resolve (2027-01-06) counts Monday to Friday only"},
	} {
		ref := strings.TrimSpace(ok(t, db, "case", "new", "--channel", "phone", "--name", "王芳", "--phone", "13812345678",
			"--subject", "电梯故障", "--text", "停运", "--received", tt.received))
		said := ok(t, db, "letter", "--ref", ref, "--kind", "receipt", "--out", filepath.Join(dir, ref+".pdf"))
		if got := strings.Contains(said, "counts Monday to Friday only"); got != (tt.note != "") || !strings.Contains(said, tt.note) {
			t.Errorf("received %s: %q", tt.received, said)
		}
		if shown := ok(t, db, "case", "show", ref); strings.Contains(shown, "holiday calendar does not cover") != (tt.note != "") {
			t.Errorf("received %s: case show says\n%s", tt.received, shown)
		}
	}
}

// A letter with a character no font has says which it prints as □; one whose rare
// characters the computer's fonts have says nothing.
func TestLetterNamesCharactersItCannotPrint(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cd.db")
	for _, tt := range []struct{ name, note string }{
		{"刘䶮", ""},
		{"王𰀀", "note: no font on this computer has 𰀀; the letter prints them as □"},
	} {
		ref := strings.TrimSpace(ok(t, db, "case", "new", "--channel", "phone", "--name", tt.name, "--phone", "13812345678",
			"--subject", "门禁卡失灵", "--text", "无法刷开单元门"))
		said := ok(t, db, "letter", "--ref", ref, "--kind", "receipt", "--out", filepath.Join(dir, ref+".pdf"))
		if strings.Contains(said, "no font") != (tt.note != "") || !strings.Contains(said, tt.note) {
			t.Errorf("%s: %q", tt.name, said)
		}
	}
}

func TestLetterBadInput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cd.db")
	ref := strings.TrimSpace(ok(t, db, "case", "new", "--channel", "phone", "--name", "李娜", "--subject", "噪音", "--text", "夜间施工"))
	ok(t, db, "case", "act", ref, "acknowledge")
	ok(t, db, "case", "act", ref, "assess", "--category", "environment", "--level", "1")
	ok(t, db, "case", "act", ref, "assign", "--department", "security")
	ok(t, db, "case", "act", ref, "resolve", "--result", "这个不关我的事，我不知道")
	before := ok(t, db, "export")
	out := filepath.Join(dir, "x.pdf")
	fails(t, db, "--kind", "letter", "--ref", ref, "--kind", "memo", "--out", out)
	fails(t, db, "required", "letter", "--ref", ref, "--kind", "reply")
	fails(t, db, "not found", "letter", "--ref", "TS-2026-999999", "--kind", "reply", "--out", out)
	fails(t, db, "forbidden phrase", "letter", "--ref", ref, "--kind", "reply", "--out", out)
	fails(t, db, "--lang", "letter", "--ref", ref, "--kind", "reply", "--lang", "fr", "--out", out)
	fails(t, db, "required", "dossier", "--ref", ref)
	fails(t, db, "not found", "dossier", "--ref", "TS-2026-999999", "--out", out)
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a failed letter left a file behind")
	}
	if after := ok(t, db, "export"); after != before {
		t.Error("failed letters changed the database")
	}
}

func pdfToText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (poppler-utils)")
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// A report written from the command line counts as handed on: the trail says who exported
// which period as what.
func TestReportIsWrittenAndNoted(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cd.db")
	ok(t, db, "case", "new", "--channel", "phone", "--name", "王芳", "--subject", "电梯故障", "--text", "停运",
		"--received", "2026-10-20T10:00:00+08:00")
	out := filepath.Join(dir, "月度汇总.xlsx")
	if said := ok(t, db, "report", "monthly", "--period", "2026-10", "--out", out); !strings.Contains(said, "monthly 2026-10: 1 complaints") {
		t.Errorf("report printed %q", said)
	}
	if b, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(b, []byte("PK")) {
		t.Fatalf("report wrote %d bytes, %v", len(b), err)
	}
	trail := ok(t, db, "audit", "--entity", "report", "--format", "jsonl")
	if !strings.Contains(trail, `"period":"2026-10"`) || !strings.Contains(trail, `"format":"xlsx"`) {
		t.Errorf("the export is not in the trail: %s", trail)
	}
	fails(t, db, "unknown report", "report", "quarterly", "--out", out)
}
