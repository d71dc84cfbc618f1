package data

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func letterTestStore(t *testing.T) (*Store, context.Context) {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "letters.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	clock := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { clock = clock.Add(time.Minute); return clock }
	return s, WithActor(context.Background(), "admin")
}

func letterTestCase(t *testing.T, s *Store, ctx context.Context, name, company string) *Complaint {
	t.Helper()
	c, err := s.CreateComplaint(ctx, NewComplaint{Channel: ChannelLetter, Subject: "电梯故障",
		Complainant: Complainant{Name: name, Company: company}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var testPDF = []byte("%PDF-1.4\n% test letter\n%%EOF\n")

func TestIssueLetter(t *testing.T) {
	s, ctx := letterTestStore(t)
	c := letterTestCase(t, s, ctx, "张伟", "")
	l, err := s.IssueLetter(ctx, strings.ToLower(c.Ref), NewLetter{Kind: "apology", Title: "致歉信", PDF: testPDF, Pages: 1,
		Content: []byte(`{"body":"您好"}`)})
	if err != nil {
		t.Fatal(err)
	}
	if l.Ref != c.Ref || l.Complainant != "张伟" || l.Kind != "apology" || l.Lang != "zh-Hans" || l.Pages != 1 ||
		l.IssuedBy != "admin" || l.Size != int64(len(testPDF)) || len(l.SHA256) != 64 || string(l.Content) != `{"body":"您好"}` {
		t.Errorf("issued letter = %+v", l)
	}
	b, err := s.LetterPDF(ctx, l.ID)
	if err != nil || string(b) != string(testPDF) {
		t.Errorf("LetterPDF = %q, %v", b, err)
	}
	events, err := s.Events(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if events[0].Kind != EventLetterOut || events[0].RefID != l.ID || events[0].Summary != "致歉信" || events[0].Direction != DirOut {
		t.Errorf("newest event = %+v, want the issued letter", events[0])
	}
	audit, err := s.Audit(ctx, "letter", l.ID, 0)
	if err != nil || len(audit) != 1 || audit[0].Action != "issue" {
		t.Errorf("audit = %+v, %v", audit, err)
	}
	list, err := s.Letters(ctx, c.ID)
	if err != nil || len(list) != 1 || list[0].ID != l.ID {
		t.Errorf("Letters = %+v, %v", list, err)
	}
}

func TestIssueLetterRejects(t *testing.T) {
	s, ctx := letterTestStore(t)
	c := letterTestCase(t, s, ctx, "张伟", "")
	tests := []struct {
		name string
		ref  string
		n    NewLetter
		want error
	}{
		{"not a pdf", c.Ref, NewLetter{Kind: "reply", PDF: []byte("hello"), Pages: 1}, ErrInvalid},
		{"no pages", c.Ref, NewLetter{Kind: "reply", PDF: testPDF}, ErrInvalid},
		{"bad kind", c.Ref, NewLetter{Kind: "Reply letter", PDF: testPDF, Pages: 1}, ErrInvalid},
		{"bad content", c.Ref, NewLetter{Kind: "reply", PDF: testPDF, Pages: 1, Content: []byte("{")}, ErrInvalid},
		{"unknown case", "TS-2026-999999", NewLetter{Kind: "reply", PDF: testPDF, Pages: 1}, ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.IssueLetter(ctx, tt.ref, tt.n); !errors.Is(err, tt.want) {
				t.Errorf("IssueLetter error = %v, want %v", err, tt.want)
			}
		})
	}
	var n int
	if err := s.r.QueryRow(`SELECT COUNT(*) FROM letters`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d letters stored after rejected input (%v)", n, err)
	}
}

func TestIssuedLetterImmutable(t *testing.T) {
	s, ctx := letterTestStore(t)
	c := letterTestCase(t, s, ctx, "张伟", "")
	l, err := s.IssueLetter(ctx, c.Ref, NewLetter{Kind: "reply", Title: "回复函", PDF: testPDF, Pages: 1})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		sql  string
		arg  any
	}{
		{"update letter", `UPDATE letters SET title = 'changed' WHERE id = ?`, l.ID},
		{"move letter to another case", `UPDATE letters SET complaint_id = complaint_id + 1 WHERE id = ?`, l.ID},
		{"delete letter", `DELETE FROM letters WHERE id = ?`, l.ID},
		{"update bytes", `UPDATE blobs SET data = x'00' WHERE sha256 = ?`, l.SHA256},
		{"delete bytes", `DELETE FROM blobs WHERE sha256 = ?`, l.SHA256},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.w.ExecContext(ctx, tt.sql, tt.arg)
			if err == nil || !strings.Contains(err.Error(), "immutable") {
				t.Errorf("%s: error = %v, want the immutability error", tt.sql, err)
			}
		})
	}
	after, err := s.Letter(ctx, l.ID)
	if err != nil || after.Title != "回复函" || after.SHA256 != l.SHA256 {
		t.Errorf("letter after attempts = %+v, %v", after, err)
	}
	if b, err := s.LetterPDF(ctx, l.ID); err != nil || string(b) != string(testPDF) {
		t.Errorf("bytes after attempts = %q, %v", b, err)
	}
}

// pairedReply issues a reply on the complaint ref and files it with the letter evidenceID.
func pairedReply(t *testing.T, s *Store, ctx context.Context, ref string, evidenceID int64) (*Letter, *LetterPair) {
	t.Helper()
	reply, err := s.IssueLetter(ctx, ref, NewLetter{Kind: "reply", Title: "回复函", PDF: testPDF, Pages: 1, Content: []byte(`{"kind":"reply"}`)})
	if err != nil {
		t.Fatal(err)
	}
	pair, err := s.LinkReply(ctx, evidenceID, reply.ID)
	if err != nil {
		t.Fatal(err)
	}
	return reply, pair
}

// mustEvidence attaches a file to the complaint ref.
func mustEvidence(t *testing.T, s *Store, ctx context.Context, ref, name, contentType string, data []byte) *Evidence {
	t.Helper()
	e, err := s.AddEvidence(ctx, ref, NewEvidence{Filename: name, ContentType: contentType, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestLetterPairsAndArchive(t *testing.T) {
	s, ctx := letterTestStore(t)
	a := letterTestCase(t, s, ctx, "张伟", "")
	b := letterTestCase(t, s, ctx, "李娜", "华星科技有限公司")
	scan := mustEvidence(t, s, ctx, a.Ref, "来信.png", "image/png", []byte("png bytes"))
	recording := mustEvidence(t, s, ctx, a.Ref, "call.mp3", "audio/mpeg", []byte("mp3"))
	other := mustEvidence(t, s, ctx, b.Ref, "letter.pdf", "application/pdf", []byte("%PDF-b"))
	replyA, err := s.IssueLetter(ctx, a.Ref, NewLetter{Kind: "reply", Title: "回复函", PDF: testPDF, Pages: 1,
		Content: []byte(`{"kind":"reply"}`)})
	if err != nil {
		t.Fatal(err)
	}
	mid := s.Now()
	receiptB, err := s.IssueLetter(ctx, b.Ref, NewLetter{Kind: "receipt", Title: "受理回执", PDF: []byte("%PDF-1.4 b"), Pages: 1})
	if err != nil {
		t.Fatal(err)
	}

	pair, err := s.LinkReply(ctx, scan.ID, replyA.ID)
	if err != nil {
		t.Fatal(err)
	}
	if pair.Incoming.Filename != "来信.png" || pair.Reply.ID != replyA.ID || pair.Incoming.Size != int64(len("png bytes")) {
		t.Errorf("pair = %+v", pair)
	}
	again, err := s.LinkReply(ctx, scan.ID, replyA.ID)
	if err != nil || again.ID != pair.ID {
		t.Errorf("linking twice = %+v, %v; want the same pair", again, err)
	}
	for name, ids := range map[string][2]int64{"different cases": {other.ID, replyA.ID},
		"not a letter scan": {recording.ID, replyA.ID}} {
		t.Run(name, func(t *testing.T) {
			if _, err := s.LinkReply(ctx, ids[0], ids[1]); !errors.Is(err, ErrInvalid) {
				t.Errorf("LinkReply = %v, want ErrInvalid", err)
			}
		})
	}
	if _, err := s.LinkReply(ctx, 9999, replyA.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("LinkReply of unknown evidence = %v, want ErrNotFound", err)
	}

	tests := []struct {
		name string
		f    ArchiveFilter
		want []int64
	}{
		{"all, newest first", ArchiveFilter{}, []int64{receiptB.ID, replyA.ID}},
		{"by reference", ArchiveFilter{Ref: strings.ToLower(a.Ref[3:])}, []int64{replyA.ID}},
		{"by complainant name", ArchiveFilter{Complainant: "李娜"}, []int64{receiptB.ID}},
		{"by company", ArchiveFilter{Complainant: "华星"}, []int64{receiptB.ID}},
		{"by kind", ArchiveFilter{Kind: "reply"}, []int64{replyA.ID}},
		{"from", ArchiveFilter{From: mid}, []int64{receiptB.ID}},
		{"to", ArchiveFilter{To: mid}, []int64{replyA.ID}},
		{"like wildcards are literal", ArchiveFilter{Complainant: "%"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Archive(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, e := range got {
				ids = append(ids, e.Letter.ID)
				if string(e.Letter.Content) != "{}" {
					t.Errorf("archive entry carries the letter text: %s", e.Letter.Content)
				}
				if e.Letter.ID == replyA.ID && (len(e.Incoming) != 1 || e.Incoming[0].ID != scan.ID) {
					t.Errorf("reply's incoming letters = %+v", e.Incoming)
				}
			}
			if len(ids) != len(tt.want) || (len(ids) > 0 && ids[0] != tt.want[0]) {
				t.Errorf("Archive(%+v) = %v, want %v", tt.f, ids, tt.want)
			}
		})
	}

	if err := s.UnlinkReply(ctx, pair.ID); err != nil {
		t.Fatal(err)
	}
	if pairs, err := s.LetterPairs(ctx, a.ID); err != nil || len(pairs) != 0 {
		t.Errorf("pairs after unlink = %+v, %v", pairs, err)
	}
	if err := s.UnlinkReply(ctx, pair.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second unlink = %v, want ErrNotFound", err)
	}
}

// A file attached by mistake is taken off its case for a reason: the case and its export no
// longer list it, the timeline and the trail say who removed it and why, and attached again it
// is back. A file filed with a reply is unpaired first; a closed case keeps its files.
func TestRemoveEvidence(t *testing.T) {
	s, ctx := letterTestStore(t)
	c := letterTestCase(t, s, ctx, "张伟", "")
	scan := mustEvidence(t, s, ctx, c.Ref, "来信.png", "image/png", []byte("png bytes"))
	wrong := mustEvidence(t, s, ctx, c.Ref, "别家的身份证.jpg", "image/jpeg", []byte("jpeg bytes"))
	if err := s.RemoveEvidence(ctx, c.Ref, wrong.ID, "  "); !errors.Is(err, ErrInvalid) {
		t.Errorf("without a reason: %v", err)
	}
	if err := s.RemoveEvidence(ctx, c.Ref, 9999, "附错了"); !errors.Is(err, ErrNotFound) {
		t.Errorf("an unknown file: %v", err)
	}
	other := letterTestCase(t, s, ctx, "李娜", "")
	if err := s.RemoveEvidence(ctx, other.Ref, wrong.ID, "附错了"); !errors.Is(err, ErrNotFound) {
		t.Errorf("another case's file: %v", err)
	}
	if err := s.RemoveEvidence(ctx, c.Ref, wrong.ID, "附错了案件，应为李娜的投诉"); err != nil {
		t.Fatal(err)
	}
	files, err := s.Evidence(ctx, c.ID)
	if err != nil || len(files) != 1 || files[0].ID != scan.ID {
		t.Errorf("the case's files %+v, %v", files, err)
	}
	if err := s.RemoveEvidence(ctx, c.Ref, wrong.ID, "again"); !errors.Is(err, ErrNotFound) {
		t.Errorf("removed twice: %v", err)
	}
	events, err := s.Events(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var removed []Summary
	for _, e := range events {
		if sum := ReadSummary(e); sum.Kind == SummaryEvidenceRemoved {
			removed = append(removed, sum)
		}
	}
	if len(removed) != 1 || removed[0].Name != "别家的身份证.jpg" || removed[0].Text != "附错了案件，应为李娜的投诉" {
		t.Errorf("the timeline says %+v", removed)
	}
	id := wrong.ID
	trail, err := s.AuditTrail(ctx, AuditFilter{Entity: "evidence", EntityID: &id})
	if err != nil || len(trail) != 2 || trail[0].Action != "remove" || !strings.Contains(trail[0].Changes, "附错了案件") {
		t.Errorf("the trail %+v, %v", trail, err)
	}
	var buf bytes.Buffer
	if err := s.ExportJSONL(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var rec struct {
			Ref      string `json:"ref"`
			Evidence []struct {
				Filename string `json:"filename"`
			} `json:"evidence"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Ref == c.Ref && (len(rec.Evidence) != 1 || rec.Evidence[0].Filename != "来信.png") {
			t.Errorf("the export lists %+v", rec.Evidence)
		}
	}
	// Attached again, it is back, as it is now named.
	back, err := s.AddEvidence(ctx, c.Ref, NewEvidence{Filename: "身份证.jpg", Data: []byte("jpeg bytes")})
	if err != nil || back.ID != wrong.ID || back.Filename != "身份证.jpg" {
		t.Errorf("attached again: %+v, %v", back, err)
	}
	if files, _ := s.Evidence(ctx, c.ID); len(files) != 2 {
		t.Errorf("%d files after restoring, want 2", len(files))
	}

	reply, pair := pairedReply(t, s, ctx, c.Ref, scan.ID)
	var p *Problem
	if err := s.RemoveEvidence(ctx, c.Ref, scan.ID, "附错了"); !errors.As(err, &p) || p.Code != "evidence_paired" {
		t.Errorf("a file filed with a reply: %v", err)
	}
	if err := s.UnlinkReply(ctx, pair.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveEvidence(ctx, c.Ref, scan.ID, "附错了"); err != nil {
		t.Errorf("unpaired: %v", err)
	}
	if _, err := s.LinkReply(ctx, scan.ID, reply.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("a removed file paired: %v", err)
	}
	// Removed by mistake, it is restored as it was, without the file at hand.
	removedFiles, err := s.RemovedEvidence(ctx, c.ID)
	if err != nil || len(removedFiles) != 1 || removedFiles[0].ID != scan.ID || removedFiles[0].Reason != "附错了" ||
		removedFiles[0].RemovedBy == "" || removedFiles[0].RemovedAt.IsZero() || removedFiles[0].Filename != "来信.png" {
		t.Fatalf("removed files %+v, %v", removedFiles, err)
	}
	if err := s.RestoreEvidence(ctx, c.Ref, scan.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreEvidence(ctx, c.Ref, scan.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("restored twice: %v", err)
	}
	if files, _ := s.Evidence(ctx, c.ID); len(files) != 2 {
		t.Errorf("%d files after restoring, want 2", len(files))
	}
	if removedFiles, _ := s.RemovedEvidence(ctx, c.ID); len(removedFiles) != 0 {
		t.Errorf("still removed: %+v", removedFiles)
	}
	sid := scan.ID
	if trail, _ := s.AuditTrail(ctx, AuditFilter{Entity: "evidence", EntityID: &sid}); len(trail) == 0 || trail[0].Action != "restore" {
		t.Errorf("the trail %+v", trail)
	}
}

// The audit trail of one complaint holds its own rows and those of its files, letters,
// letter/reply pairs (one undone too) and mail; another complaint's are left out. Mail saved
// as a file is recorded without a server position it never had.
func TestAuditTrailOfOneComplaint(t *testing.T) {
	s, ctx := letterTestStore(t)
	c := letterTestCase(t, s, ctx, "张伟", "")
	other := letterTestCase(t, s, ctx, "李娜", "")
	scan := mustEvidence(t, s, ctx, c.Ref, "来信.png", "image/png", []byte("png bytes"))
	mustEvidence(t, s, ctx, other.Ref, "别的.png", "image/png", []byte("other"))
	_, pair := pairedReply(t, s, ctx, c.Ref, scan.ID)
	if err := s.UnlinkReply(ctx, pair.ID); err != nil {
		t.Fatal(err)
	}
	m := inboundMail(7, "zhangwei@example.cn", false)
	m.Subject = "Re: [" + c.Ref + "] 还没修好"
	if out, err := s.ImportMail(ctx, MailBatch{Messages: []InboundMail{m}}); err != nil || out[0].State != MailReply {
		t.Fatalf("the reply: %+v, %v", out, err)
	}
	rows, err := s.AuditTrail(ctx, AuditFilter{ComplaintID: c.ID, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, r := range rows {
		kinds[r.Entity+" "+r.Action]++
		if r.Ref != c.Ref {
			t.Errorf("a row of %q: %+v", r.Ref, r)
		}
		if r.Entity == "mail_message" && strings.Contains(r.Changes, "uid") {
			t.Errorf("mail saved as a file recorded at a server position: %s", r.Changes)
		}
	}
	for _, want := range []string{"complaint create", "evidence add", "letter issue", "letter_pair link", "letter_pair unlink", "mail_message import"} {
		if kinds[want] == 0 {
			t.Errorf("no %q row among %v", want, kinds)
		}
	}
}
