package letters

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"complaintdesk/data"
)

var testDate = time.Date(2026, 11, 23, 10, 30, 0, 0, shanghai)

func testCase() Case {
	due := testDate.Add(7 * 24 * time.Hour)
	ack := testDate.Add(-24 * time.Hour)
	return Case{
		Complaint: &data.Complaint{Ref: "TS-2026-000123", Channel: data.ChannelLetter, ReceivedAt: testDate.Add(-48 * time.Hour),
			Complainant: data.Complainant{Name: "张伟", Company: "3栋1204室", Phone: "13812345678", Address: "深圳市南山区科技园路1号"},
			Subject:     "电梯频繁故障", Description: "3栋2号电梯本周内三次停运，其中一次困人二十分钟。", Remedy: "彻底维修并书面说明原因。",
			Level: 2, Department: "engineering", Handler: "liming", RootCause: "电梯控制板老化，维保单位巡检不到位。",
			Solution: "已更换控制板，并对维保单位进行考核。", Prevention: "每月增加一次专项巡检。",
			Result: "电梯已于11月22日修复并通过检测，运行正常。", Satisfaction: 2, DueResolve: &due, AcknowledgedAt: &ack},
		Office: data.Office{Name: "华庭物业管理有限公司", Dept: "客户服务部", Address: "深圳市南山区科技园路1号",
			Phone: "0755-88886666", Email: "service@huating.example"},
		Department: "工程部", Category: "设施设备", Handler: "李明", TakenBy: "王芳", Date: testDate,
	}
}

// pdfPages extracts the text of each page and renders each page to PNG; it fails the test when
// a page does not render. LETTER_PNG_DIR=/some/dir keeps the PNGs for looking at.
func pdfPages(t *testing.T, name string, pdf []byte) []string {
	t.Helper()
	for _, tool := range []string{"pdftotext", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (poppler-utils)", tool)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(strings.TrimSuffix(string(out), "\f"), "\f")
	// A low resolution is enough to know every page renders; 60 dpi for looking at them.
	pngDir, dpi := os.Getenv("LETTER_PNG_DIR"), "15"
	if pngDir == "" {
		pngDir = dir
	} else {
		dpi = "60"
	}
	prefix := filepath.Join(pngDir, name)
	if msg, err := exec.Command("pdftoppm", "-r", dpi, "-png", path, prefix).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, msg)
	}
	pngs, _ := filepath.Glob(prefix + "-*.png")
	if len(pngs) != len(pages) {
		t.Fatalf("%d pages of text but %d rendered pages", len(pages), len(pngs))
	}
	for _, p := range pngs {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("page %s did not render: %v", p, err)
		}
	}
	return pages
}

// squash removes the spaces and line breaks pdftotext puts into wrapped and justified text.
func squash(s string) string {
	return strings.NewReplacer(" ", "", "\n", "", "\u3000", "").Replace(s)
}

func TestRenderEveryKind(t *testing.T) {
	fields := map[string]map[Kind][]string{
		"zh-Hans": {
			KindApology:  {"致歉信", "尊敬的张伟先生/女士：", "电梯控制板老化", "此致", "敬礼！", "2026年11月23日", "（盖章）"},
			KindReply:    {"回复函", "尊敬的张伟先生/女士：", "TS-2026-000123", "电梯已于11月22日修复", "工程部", "此致"},
			KindReceipt:  {"投诉受理回执", "受理编号", "承诺答复日期", "2026年11月30日", "受理人", "王芳"},
			KindForm:     {"投诉处理单", "投诉人", "张伟", "3栋1204室", "二级（较严重）", "设施设备", "李明", "经办人签字", "审核人签字", "投诉人签字"},
			KindFollowUp: {"回访记录", "回访方式", "客户满意度", "非常满意", "回访人签字"},
		},
		"zh-Hant": {
			KindApology:  {"致歉信", "尊敬的張伟先生/女士：", "敬禮！", "2026年11月23日", "（蓋章）"},
			KindReply:    {"回覆函", "編號", "此致"},
			KindReceipt:  {"投訴受理回執", "受理編號", "承諾答覆日期"},
			KindForm:     {"投訴處理單", "經辦人簽字", "投訴人簽字"},
			KindFollowUp: {"回訪記錄", "回訪人簽字"},
		},
		"en": {
			KindApology:  {"LetterofApology", "Dear张伟,", "Yourssincerely,", "23November2026", "(seal)"},
			KindReply:    {"ReplytoYourComplaint", "TS-2026-000123"},
			KindReceipt:  {"AcknowledgementofYourComplaint", "Answerdueby", "30November2026"},
			KindForm:     {"ComplaintHandlingForm", "Handledby", "Complainant"},
			KindFollowUp: {"Follow-upRecord", "Followedupby"},
		},
	}
	// zh-Hant letters keep the complainant's name as recorded.
	fields["zh-Hant"][KindApology][1] = "尊敬的张伟先生/女士："
	for lang, kinds := range fields {
		for _, kind := range Kinds {
			t.Run(lang+"/"+string(kind), func(t *testing.T) {
				t.Parallel()
				d, err := Compose(kind, lang, testCase())
				if err != nil {
					t.Fatal(err)
				}
				out, err := Render(d, Options{Created: testDate})
				if err != nil {
					t.Fatal(err)
				}
				if out.Pages != 1 {
					t.Errorf("%d pages, want 1", out.Pages)
				}
				pages := pdfPages(t, lang+"-"+string(kind), out.PDF)
				text := squash(strings.Join(pages, ""))
				for _, want := range append(kinds[kind], "华庭物业管理有限公司") {
					if !strings.Contains(text, squash(want)) {
						t.Errorf("PDF text lacks %q:\n%s", want, strings.Join(pages, "\n"))
					}
				}
			})
		}
	}
}

func TestArchiveCopyMarksEveryPage(t *testing.T) {
	d, err := Compose(KindReply, "zh-Hans", testCase())
	if err != nil {
		t.Fatal(err)
	}
	d.Body = strings.Repeat("我们已对此事进行了全面调查，并将处理结果答复如下。\n", 60)
	for _, archive := range []bool{false, true} {
		t.Run(fmt.Sprint("archive ", archive), func(t *testing.T) {
			out, err := Render(d, Options{ArchiveCopy: archive, Created: testDate})
			if err != nil {
				t.Fatal(err)
			}
			if out.Pages < 3 {
				t.Fatalf("%d pages, want a long letter", out.Pages)
			}
			for i, p := range pdfPages(t, "archive", out.PDF) {
				if got := strings.Contains(p, "存档副本"); got != archive {
					t.Errorf("page %d marked %v, want %v", i+1, got, archive)
				}
				if want := fmt.Sprintf("第%d页共%d页", i+1, out.Pages); !strings.Contains(squash(p), want) {
					t.Errorf("page %d lacks %q", i+1, want)
				}
			}
		})
	}
}

func TestRenderDeterministic(t *testing.T) {
	d, err := Compose(KindApology, "zh-Hans", testCase())
	if err != nil {
		t.Fatal(err)
	}
	d.Office.Logo = testLogo(t)
	a, err := Render(d, Options{Created: testDate, ArchiveCopy: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Render(d, Options{Created: testDate, ArchiveCopy: true})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.PDF, b.PDF) {
		t.Error("two renderings with a fixed creation date differ")
	}
}

func testLogo(t testing.TB) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 120, 60))
	for y := 0; y < 60; y++ {
		for x := 0; x < 120; x++ {
			img.Set(x, y, color.NRGBA{R: 200, G: uint8(x * 2), B: 40, A: uint8(255 - y)})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRenderBadInput(t *testing.T) {
	fonts := systemFace(t)
	longName := strings.Repeat("欧阳", 95) + "娜娜娜娜娜娜娜娜娜娜"
	logo := testLogo(t)
	tests := []struct {
		name      string
		edit      func(d *Draft)
		wantPages int // 0: any
		wantWarn  string
		wantText  []string
	}{
		{"no office profile", func(d *Draft) { d.Office = data.Office{} }, 1, "", []string{"致歉信", "此致"}},
		{"logo", func(d *Draft) { d.Office.Logo = logo }, 1, "", []string{"华庭物业管理有限公司"}},
		{"logo not an image", func(d *Draft) { d.Office.Logo = []byte("<html>not a logo</html>") }, 1, WarnLogo,
			[]string{"华庭物业管理有限公司"}},
		{"twenty pages of body", func(d *Draft) {
			d.Body = strings.Repeat("经调查核实，此事系维保单位巡检不到位所致，我们已责令其整改并加强日常检查。", 420)
		}, 0, "", []string{"第 1 页 共", "此致"}},
		{"emoji and characters outside the font", func(d *Draft) {
			d.Body = "感谢您的耐心😀👍🏻，请回复𰀀字。"
		}, 1, "", []string{printedAs(fonts, "感谢您的耐心😀👍，请回复") + "□字。"}},
		{"200-character name", func(d *Draft) {
			d.Salutation = "尊敬的" + longName + "先生/女士："
		}, 0, "", []string{longName}},
		{"long office name", func(d *Draft) {
			d.Office.Name = strings.Repeat("华庭物业管理有限公司", 8)
		}, 0, "", []string{strings.Repeat("华庭物业管理有限公司", 8)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d, err := Compose(KindApology, "zh-Hans", testCase())
			if err != nil {
				t.Fatal(err)
			}
			tt.edit(&d)
			out, err := Render(d, Options{Created: testDate})
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantPages > 0 && out.Pages != tt.wantPages {
				t.Errorf("%d pages, want %d", out.Pages, tt.wantPages)
			}
			if (tt.wantWarn == "") != (len(out.Warnings) == 0) || (tt.wantWarn != "" && out.Warnings[0].Code != tt.wantWarn) {
				t.Errorf("warnings = %+v, want %q", out.Warnings, tt.wantWarn)
			}
			pages := pdfPages(t, strings.ReplaceAll(tt.name, " ", "_"), out.PDF)
			text := squash(strings.Join(pages, ""))
			for _, want := range tt.wantText {
				if !strings.Contains(text, squash(want)) {
					t.Errorf("PDF text lacks %q", want)
				}
			}
			if tt.name == "twenty pages of body" {
				if out.Pages < 18 {
					t.Errorf("%d pages, want about twenty", out.Pages)
				}
				for i, p := range pages {
					if !strings.Contains(squash(p), fmt.Sprintf("第%d页共%d页", i+1, out.Pages)) {
						t.Errorf("page %d has no page number", i+1)
					}
				}
			}
		})
	}
}

func TestRenderRejectsUnknownKind(t *testing.T) {
	if _, err := Render(Draft{Kind: "memo", Title: "x"}, Options{}); err == nil {
		t.Error("Render accepted an unknown kind")
	}
}

// BenchmarkOnePageLetter renders a filled one-page apology letter with the font subset.
func BenchmarkOnePageLetter(b *testing.B) {
	d, err := Compose(KindApology, "zh-Hans", testCase())
	if err != nil {
		b.Fatal(err)
	}
	if _, err := loadFace(); err != nil {
		b.Fatal(err)
	}
	var size int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out, err := Render(d, Options{Created: testDate})
		if err != nil {
			b.Fatal(err)
		}
		size = len(out.PDF)
	}
	b.ReportMetric(float64(size)/1024, "KB/pdf")
}

func TestPreparePicture(t *testing.T) {
	// A PNG header claiming 10000 × 10000 pixels: refused before anything is decoded.
	ihdr := []byte("IHDR\x00\x00\x27\x10\x00\x00\x27\x10\x08\x06\x00\x00\x00")
	crc := crc32.ChecksumIEEE(ihdr)
	huge := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0d"), ihdr...)
	huge = append(huge, byte(crc>>24), byte(crc>>16), byte(crc>>8), byte(crc))
	tests := []struct {
		name    string
		b       []byte
		wantTyp string
		wantErr string
	}{
		{"png with alpha", testLogo(t), "PNG", ""},
		{"not an image", []byte("%PDF-1.4"), "", "not a GIF, JPEG or PNG"},
		{"too many pixels", huge, "", "out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := preparePicture(tt.b)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(p.data))
			if err != nil || p.typ != tt.wantTyp || p.w != 120 || p.h != 60 {
				t.Fatalf("picture %s %dx%d, %v", p.typ, p.w, p.h, err)
			}
			if _, _, _, a := img.At(5, 55).RGBA(); a != 0xffff {
				t.Error("transparency was not flattened onto white")
			}
		})
	}
}

// Characters the bundled font lacks are printed with the computer's font that has them, as the
// window shows them, not as □: a name's rare character of Extension A, and one beyond the BMP
// (Extension B, as Hong Kong writes 𨋢) through its stand-in, the PDF's text holding the
// character itself.
func TestCharactersTheBundledFontLacksArePrinted(t *testing.T) {
	systemFace(t)
	tests := []struct {
		name, lang string
		kind       Kind
		edit       func(c *Case)
		want       []string
	}{
		{"name in an apology", "zh-Hans", KindApology, func(c *Case) { c.Complaint.Complainant.Name = rareName },
			[]string{"尊敬的" + rareName + "先生/女士"}},
		{"name in a form", "zh-Hans", KindForm, func(c *Case) { c.Complaint.Complainant.Name = rareName }, []string{rareName}},
		{"beyond the BMP", "zh-Hant", KindForm, func(c *Case) {
			c.Complaint.Description = "大廈3號" + hkLift + "成日壞，" + hkLift + "門夾親小朋友。"
			c.Complaint.Complainant.Name = "陳" + hkLift
		}, []string{"陳" + hkLift, "大廈3號" + hkLift + "成日壞，" + hkLift + "門夾親小朋友。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testCase()
			tt.edit(&c)
			d, err := Compose(tt.kind, tt.lang, c)
			if err != nil {
				t.Fatal(err)
			}
			out, err := Render(d, Options{Created: testDate})
			if err != nil {
				t.Fatal(err)
			}
			text := squash(strings.Join(pdfPages(t, "lent-"+string(tt.kind), out.PDF), ""))
			for _, want := range tt.want {
				if !strings.Contains(text, squash(want)) {
					t.Errorf("PDF text lacks %q:\n%s", want, text)
				}
			}
			if strings.ContainsFunc(text, func(r rune) bool { return r == '□' || (r >= privateFirst && r <= privateLast) }) {
				t.Errorf("PDF text has a box or a stand-in:\n%s", text)
			}
		})
	}
}
