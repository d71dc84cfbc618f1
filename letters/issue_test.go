package letters

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/jpeg"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"complaintdesk/data"
)

// The case file offers everything composing, issuing and the dossier need.
var (
	_ DossierSource = (*data.Store)(nil)
	_ Issuer        = (*data.Store)(nil)
)

func openTestStore(t *testing.T) (*data.Store, context.Context, *data.Complaint) {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "letters.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Now = func() time.Time { return testDate }
	ctx := data.WithActor(context.Background(), "admin")
	if err := s.SetOfficeProfile(ctx, testCase().Office); err != nil {
		t.Fatal(err)
	}
	c, err := s.CreateComplaint(ctx, data.NewComplaint{Channel: data.ChannelLetter, Subject: "楼道灯不亮",
		Description: "5栋3单元楼道灯坏了一周无人处理。", Complainant: data.Complainant{Name: "王芳", Phone: "13900001111"}})
	if err != nil {
		t.Fatal(err)
	}
	return s, ctx, c
}

func TestIssueAndArchiveCopy(t *testing.T) {
	s, ctx, c := openTestStore(t)
	d, err := Prepare(ctx, s, c.Ref, KindReply, "zh-Hans", testDate)
	if err != nil {
		t.Fatal(err)
	}
	if d.Office.Name != "华庭物业管理有限公司" || !strings.Contains(d.Salutation, "王芳") {
		t.Errorf("prepared draft = %+v", d)
	}
	if !strings.Contains(strings.Join(d.Missing, ","), "result") {
		t.Errorf("Missing = %v, want result (the case has none yet)", d.Missing)
	}
	d.Body = strings.ReplaceAll(d.Body, Blank, "楼道灯已全部更换")
	issued, err := Issue(ctx, s, d, testDate)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := s.LetterPDF(ctx, issued.Letter.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stored, issued.PDF) || issued.Letter.Pages != issued.Pages || issued.Letter.Kind != "reply" {
		t.Errorf("stored letter %+v does not match what was rendered", issued.Letter)
	}
	events, err := s.Events(ctx, c.ID)
	if err != nil || events[0].Kind != data.EventLetterOut || events[0].RefID != issued.Letter.ID {
		t.Errorf("timeline = %+v, %v; want the issued letter on top", events, err)
	}

	ac, err := ArchiveCopy(*issued.Letter, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pdfPages(t, "issued-archive", ac.PDF) {
		if !strings.Contains(p, "存档副本") || !strings.Contains(squash(p), "楼道灯已全部更换") {
			t.Errorf("archive copy page %d:\n%s", i+1, p)
		}
	}
	if _, err := ArchiveCopy(data.Letter{ID: 9, Content: []byte("{}")}, Options{}); !errors.Is(err, ErrNoContent) {
		t.Errorf("archive copy of a letter without text: %v, want ErrNoContent", err)
	}
}

// A receipt promising an answer on a day the working calendar could not check says so: the
// clerk checks the date before the letter goes out.
func TestReceiptSaysWhenItsAnswerDateIsUnchecked(t *testing.T) {
	s, ctx, c := openTestStore(t)
	d, err := Prepare(ctx, s, c.Ref, KindReceipt, "zh-Hans", testDate)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Unchecked) != 0 {
		t.Errorf("a deadline in %d is unchecked: %v", c.DueResolve.Year(), d.Unchecked)
	}
	late, err := s.CreateComplaint(ctx, data.NewComplaint{Channel: data.ChannelPhone, Subject: "电梯故障",
		ReceivedAt:  time.Date(2026, 12, 28, 10, 0, 0, 0, s.Calendar().Location()),
		Complainant: data.Complainant{Name: "李强", Phone: "13900002222"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []Kind{KindReceipt, KindApology} {
		d, err := Prepare(ctx, s, late.Ref, kind, "zh-Hans", testDate)
		if err != nil {
			t.Fatal(err)
		}
		// The receipt names the answer date; the apology does not.
		if want := kind == KindReceipt; (len(d.Unchecked) == 1 && d.Unchecked[0] == "due_resolve") != want {
			t.Errorf("%s: due %s, unchecked %v", kind, late.DueResolve.Format(time.DateOnly), d.Unchecked)
		}
	}
}

func TestIssueNothingFiledOnError(t *testing.T) {
	s, ctx, c := openTestStore(t)
	tests := []struct {
		name string
		d    Draft
	}{
		{"no reference", Draft{Kind: KindReply, Title: "回复函"}},
		{"unknown kind", Draft{Kind: "memo", Title: "x", Ref: c.Ref}},
		{"unknown complaint", Draft{Kind: KindReply, Title: "回复函", Ref: "TS-2026-999999"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Issue(ctx, s, tt.d, testDate); err == nil {
				t.Error("Issue succeeded")
			}
		})
	}
	if ls, err := s.Letters(ctx, c.ID); err != nil || len(ls) != 0 {
		t.Errorf("letters after failed issues = %+v, %v", ls, err)
	}
}

func TestTemplateFromSettings(t *testing.T) {
	s, ctx, c := openTestStore(t)
	custom := "[title]\n情况说明\n[salutation]\n{complainant}：\n[body]\n关于{subject}，特此说明。\n"
	if err := s.SetSetting(ctx, TemplateSettingKey(KindReply, "zh-CN"), custom); err != nil {
		t.Fatal(err)
	}
	d, err := Prepare(ctx, s, c.Ref, KindReply, "zh-Hans", testDate)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "情况说明" || d.Body != "关于楼道灯不亮，特此说明。" || d.Salutation != "王芳：" {
		t.Errorf("draft from the edited template = %+v", d)
	}
	other, err := Prepare(ctx, s, c.Ref, KindReply, "en", testDate)
	if err != nil || other.Title != "Reply to Your Complaint" {
		t.Errorf("English draft = %q, %v; want the shipped template", other.Title, err)
	}
}

func TestBuildDossier(t *testing.T) {
	s, ctx, c := openTestStore(t)
	scan, err := s.AddEvidence(ctx, c.Ref, data.NewEvidence{Filename: "来信扫描.png", ContentType: "image/png", Data: testLogo(t)})
	if err != nil {
		t.Fatal(err)
	}
	var photo bytes.Buffer
	logo, _, err := image.Decode(bytes.NewReader(testLogo(t)))
	if err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(&photo, logo, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddEvidence(ctx, c.Ref, data.NewEvidence{Filename: "现场照片.jpg", ContentType: "image/jpeg",
		Data: photo.Bytes()}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddEvidence(ctx, c.Ref, data.NewEvidence{Filename: "原信.pdf", ContentType: "application/pdf",
		Data: []byte("%PDF-1.4 scan")}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddEvidence(ctx, c.Ref, data.NewEvidence{Filename: "broken.png", ContentType: "image/png",
		Data: []byte("not a png")}); err != nil {
		t.Fatal(err)
	}
	// The complainant's email on the case is printed with the correspondence.
	received := testDate.Add(-time.Hour)
	reply := data.InboundMail{UID: 1, ReceivedAt: received, MessageID: "reply@example.cn", FromName: "王芳",
		FromEmail: "wang@example.cn", To: []string{"service@example.cn"}, Subject: "Re: [" + c.Ref + "] 电梯",
		Text: "电梯今天又停了。\n\n请尽快派人检修。", Date: &received,
		Raw: []byte("From: wang@example.cn\r\nSubject: Re\r\n\r\nx\r\n"),
		Attachments: []data.InboundAttachment{{Filename: "维修单.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.4 repair")},
			{Filename: "别家的合同.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.4 someone else's")}}}
	if out, err := s.ImportMail(ctx, data.MailBatch{Messages: []data.InboundMail{reply}}); err != nil || out[0].State != data.MailReply {
		t.Fatalf("import: %+v %v", out, err)
	}
	// A file the email brought, taken off the case, is named with the email as no longer the case's.
	files, err := s.Evidence(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range files {
		if e.Filename == "别家的合同.pdf" {
			if err := s.RemoveEvidence(ctx, c.Ref, e.ID, "附错了"); err != nil {
				t.Fatal(err)
			}
		}
	}
	d, err := Prepare(ctx, s, c.Ref, KindReply, "zh-Hans", testDate)
	if err != nil {
		t.Fatal(err)
	}
	issued, err := Issue(ctx, s, d, testDate)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LinkReply(ctx, scan.ID, issued.Letter.ID); err != nil {
		t.Fatal(err)
	}
	out, err := BuildDossier(ctx, s, c.Ref, "zh-Hans", testDate, Options{Created: testDate, ArchiveCopy: true})
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	for _, w := range out.Warnings {
		codes[w.Code] = true
	}
	if !codes[WarnPDFScan] || !codes[WarnImage] {
		t.Errorf("warnings = %+v, want the PDF scan and the broken image noted", out.Warnings)
	}
	pages := pdfPages(t, "dossier", out.PDF)
	if len(pages) != out.Pages || out.Pages < 6 {
		t.Fatalf("%d pages (%d extracted), want form, files, scan, letter and timeline", out.Pages, len(pages))
	}
	all := squash(strings.Join(pages, ""))
	for _, want := range []string{"投诉处理单", "来信原件及证据材料", "来信扫描.png", "现场照片.jpg", "broken.png：图片无法读取", "已回复：回复函", "原信.pdf",
		"PDF原件未嵌入", "回复函", "由admin签发", issued.Letter.SHA256, "处理时间线", "签发函件", "已登记（来信受理）",
		"往来邮件", "来信王芳<wang@example.cn>→service@example.cn", "主题：Re:[" + c.Ref + "]电梯", "电梯今天又停了。请尽快派人检修。",
		"附件：维修单.pdf、别家的合同.pdf（已从本案移除）"} {
		if !strings.Contains(all, want) {
			t.Errorf("dossier lacks %q", want)
		}
	}
	// The store's summaries are written in English; the Chinese dossier says them in Chinese.
	if strings.Contains(all, "registeredvia") {
		t.Errorf("the timeline shows the store's English summary")
	}
	for i, p := range pages {
		if !strings.Contains(p, "存档副本") {
			t.Errorf("dossier page %d is not marked", i+1)
		}
	}
}
