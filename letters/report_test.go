package letters

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
)

// testReport is a week of five complaints summarised without a database.
func testReport(t *testing.T, period string) *data.Report {
	t.Helper()
	cal := calendar.Default()
	loc := cal.Location()
	p, err := data.ParsePeriod(period, loc)
	if err != nil {
		t.Fatal(err)
	}
	at := func(day, hour int) *time.Time {
		v := time.Date(2026, 11, day, hour, 0, 0, 0, loc)
		return &v
	}
	var cases []data.ReportCase
	if p.Label == "2026-W47" {
		cases = []data.ReportCase{
			{Ref: "TS-2026-000101", ReceivedAt: *at(16, 9), Channel: data.ChannelPhone, Complainant: "张伟", ComplainantID: 1,
				Category: "service", CategoryName: "服务态度", Level: 1, Valid: true, Status: data.StatusClosed,
				Department: "service", DepartmentName: "客户服务部", Handler: "li", HandlerName: "李娜", TakenBy: "li", TakenByName: "李娜",
				DueAck: at(17, 18), DueResolve: at(25, 18), AcknowledgedAt: at(16, 11), ResolvedAt: at(18, 10), Satisfaction: 2,
				RootCause: "员工培训不足"},
			{Ref: "TS-2026-000102", ReceivedAt: *at(16, 14), Channel: data.ChannelLetter, Complainant: "王芳", ComplainantID: 2,
				Category: "facilities", CategoryName: "设施设备", Level: 2, Valid: true, Status: data.StatusInProgress,
				Department: "engineering", DepartmentName: "工程部", Handler: "wang", HandlerName: "王强", TakenBy: "li", TakenByName: "李娜",
				DueAck: at(17, 18), DueResolve: at(25, 18), AcknowledgedAt: at(18, 10), RootCause: "员工培训不足"},
			{Ref: "TS-2026-000103", ReceivedAt: *at(17, 10), Channel: data.ChannelPhone, Complainant: "张伟", ComplainantID: 1,
				Level: 2, Valid: true, Status: data.StatusRegistered, TakenBy: "wang", TakenByName: "王强",
				DueAck: at(18, 18), DueResolve: at(26, 18), Repeat: true, RepeatOfRef: "TS-2026-000101"},
			{Ref: "TS-2026-000104", ReceivedAt: *at(19, 15), Channel: data.ChannelWeb, Complainant: "刘䶮（一个很长很长很长很长很长很长很长的单位名称）",
				ComplainantID: 3, Category: "other", CategoryName: "其他", Level: 1, Status: data.StatusInvalid, TakenBy: "li", TakenByName: "李娜"},
			{Ref: "TS-2026-000105", ReceivedAt: *at(20, 9), Channel: data.ChannelEmail, Complainant: "陈静😀", ComplainantID: 4,
				Category: "fees", CategoryName: "收费/价格", Level: 3, Valid: true, Status: data.StatusReopened,
				Department: "finance", DepartmentName: "财务部", Handler: "wang", HandlerName: "王强", TakenBy: "wang", TakenByName: "王强",
				DueAck: at(23, 18), DueResolve: at(30, 18), AcknowledgedAt: at(20, 10), Satisfaction: 5, Meeting: true},
		}
	}
	r := data.Summarize(cal, p, cases, time.Date(2026, 11, 27, 10, 0, 0, 0, loc))
	r.Office = data.Office{Name: "锦华物业管理有限公司"}
	r.PreviousReceived = 3
	r.OpenAtEnd, r.OverdueAtEnd = 4, 1
	for _, c := range cases {
		if c.Meeting {
			r.Meeting = append(r.Meeting, c)
		}
		if c.Status == data.StatusRegistered {
			r.Overdue = append(r.Overdue, c)
		}
	}
	return r
}

func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	if dir := os.Getenv("REPORT_PNG_DIR"); dir != "" {
		// For looking at the pages: REPORT_PNG_DIR=/tmp/x go test -run Report ./letters/
		name := strings.NewReplacer("/", "_", " ", "_").Replace(t.Name())
		if err := exec.Command("pdftoppm", "-r", "60", "-png", path, filepath.Join(dir, name)).Run(); err != nil {
			t.Fatalf("pdftoppm: %v", err)
		}
	}
	return string(out)
}

func TestRenderReportPDF(t *testing.T) {
	fonts := systemFace(t)
	tests := []struct {
		name, period, lang string
		want               []string
		pages              int
	}{
		{"weekly", "2026-W47", "zh-Hans", []string{"锦华物业管理有限公司", "投诉周报", "2026年第47周（2026-11-16 至 2026-11-22）",
			"主要指标", "本期受理", "上期 3 件，增加 2 件", "有效 / 无效", "4 / 1", "受理及时率", "50.0%", "按时 2 / 已到期 4，未到期 0",
			"解决及时率", "33.3%", "按时 1 / 已到期 3，未到期 1", "平均处理时长", "16.0 工时", "满意度均值", "3.50", "期末逾期", "按类别", "按部门", "每日受理量",
			"满意度分布", "按类别统计", "服务态度", "设施设备", "未评估", "按处理人统计", "王强", "未指派",
			"受理超时", "李娜", "TS-2026-000102", "反复出现的原因", "员工培训不足", "重复投诉清单", "TS-2026-000103",
			"本期多次投诉的投诉人", "提交总经理例会的投诉", "期末逾期投诉", "本期投诉清单", printedAs(fonts, "陈静😀"), "刘䶮（一个很长", "第 1 页 共 "}, 0},
		{"monthly traditional", "2026-11", "zh-Hant", []string{"投訴月度匯總", "2026年11月（2026-11-01 至 2026-11-30）",
			"報送期限：2026-12-05", "本期未收到投訴。", "期末逾期"}, 0},
		{"empty week", "2026-W10", "zh-Hans", []string{"投诉周报", "本期未收到投诉。", "本期受理", "期末未结", "期末逾期投诉"}, 1},
		{"english", "2026-W47", "en", []string{"Weekly complaint report", "2026, week 47 (2026-11-16 to 2026-11-22)",
			"Acknowledged on time", "50.0%", "By category", "Late acknowledgements", "Page 1 of"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := RenderReport(testReport(t, tt.period), ReportOptions{Lang: tt.lang})
			if err != nil {
				t.Fatal(err)
			}
			text := pdfText(t, b)
			// pdftotext spaces words as it measures them; compare without any.
			flat := strings.Join(strings.Fields(text), "")
			for _, w := range tt.want {
				if !strings.Contains(flat, strings.Join(strings.Fields(w), "")) {
					t.Errorf("PDF text lacks %q", w)
				}
			}
			if tt.pages > 0 && strings.Count(text, "\f") != tt.pages {
				t.Errorf("%d pages, want %d", strings.Count(text, "\f"), tt.pages)
			}
			if len(b) > 300_000 {
				t.Errorf("PDF is %d bytes: the font subset is too large", len(b))
			}
		})
	}
}

func TestRenderReportDeterministic(t *testing.T) {
	a, err := RenderReport(testReport(t, "2026-W47"), ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := RenderReport(testReport(t, "2026-W47"), ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("the same report printed twice differs")
	}
}

func TestRenderReportXLSX(t *testing.T) {
	b, err := RenderReportXLSX(testReport(t, "2026-W47"), ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x := openWorkbook(t, b)
	sheets := x.GetSheetList()
	for _, want := range []string{"汇总", "按类别统计", "按部门统计", "按渠道统计", "按级别统计", "按处理人统计", "按当前状态统计",
		"受理超时", "期末逾期", "投诉清单"} {
		found := false
		for _, s := range sheets {
			found = found || s == want
		}
		if !found {
			t.Errorf("no sheet %q in %v", want, sheets)
		}
	}
	cells := []struct {
		sheet, cell, want string
	}{
		{"汇总", "A1", "锦华物业管理有限公司 投诉周报"},
		{"汇总", "A2", "2026年第47周（2026-11-16 至 2026-11-22）"},
		{"汇总", "A5", "指标"},
		{"汇总", "A6", "本期受理"},
		{"汇总", "B6", "5"},
		{"汇总", "A10", "受理及时率"},
		{"汇总", "B10", "50.0%"},
		{"汇总", "B12", "16.0"},
		{"按类别统计", "A1", "名称"},
		{"按类别统计", "A2", "设施设备"},
		{"按类别统计", "B2", "1"},
		{"按类别统计", "A6", "未评估"},
		{"按类别统计", "B6", "1"},
		{"按处理人统计", "A2", "王强"},
		{"按处理人统计", "B2", "2"},
		{"受理超时", "A2", "李娜"},
		{"受理超时", "C2", "TS-2026-000102"},
		{"投诉清单", "A6", "TS-2026-000105"},
		{"投诉清单", "B2", "2026-11-16 09:00"},
		{"投诉清单", "E2", "一级"},
	}
	for _, c := range cells {
		t.Run(c.sheet+"!"+c.cell, func(t *testing.T) {
			got, err := x.GetCellValue(c.sheet, c.cell)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("%s!%s = %q, want %q", c.sheet, c.cell, got, c.want)
			}
		})
	}
	t.Run("numbers are numbers", func(t *testing.T) {
		raw, err := x.GetCellValue("按类别统计", "C2", excelize.Options{RawCellValue: true})
		if err != nil || raw != "0.2" {
			t.Errorf("share C2 raw = %q, %v; want the fraction 0.2", raw, err)
		}
	})
	t.Run("charts", func(t *testing.T) {
		n := 0
		for name := range x.Pkg.Range {
			if strings.HasPrefix(name.(string), "xl/charts/chart") {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%d charts, want 2 (by category, by department)", n)
		}
	})
}

func TestRenderReportCSV(t *testing.T) {
	b, err := RenderReportCSV(testReport(t, "2026-W47"), ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
		t.Fatal("no UTF-8 byte-order mark")
	}
	text := string(b)
	for _, want := range []string{"锦华物业管理有限公司 投诉周报\r\n", "本期受理,5,上期 3 件，增加 2 件\r\n",
		"受理及时率,50.0%,", "\r\n\r\n按类别统计\r\n名称,受理,占比,已结,无效,受理及时率,解决及时率,平均工时,满意度\r\n",
		"设施设备,1,20.0%,0,0,0.0%,0.0%,—,—\r\n", "本期投诉清单\r\n编号,受理时间,投诉人,类别,级别,状态,处理人,部门\r\n",
		"TS-2026-000101,2026-11-16 09:00,张伟,服务态度,一级,已结案,李娜,客户服务部\r\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("CSV lacks %q", want)
		}
	}
}

func BenchmarkRenderMonthlyReport(b *testing.B) {
	cal := calendar.Default()
	p, err := data.ParsePeriod("2026-11", cal.Location())
	if err != nil {
		b.Fatal(err)
	}
	cases := make([]data.ReportCase, 8500)
	for i := range cases {
		at := p.From.Add(time.Duration(i) * 5 * time.Minute)
		cases[i] = data.ReportCase{Ref: "TS-2026-" + strings.Repeat("0", 6), ReceivedAt: at, Complainant: "业主", Category: "service",
			CategoryName: "服务态度", Level: 1 + i%3, Valid: true, Status: data.StatusClosed, Handler: "li", HandlerName: "李娜"}
	}
	r := data.Summarize(cal, p, cases, p.To.Add(72*time.Hour))
	for _, f := range []struct {
		name   string
		render func(*data.Report, ReportOptions) ([]byte, error)
	}{{"pdf", RenderReport}, {"xlsx", RenderReportXLSX}, {"csv", RenderReportCSV}} {
		b.Run(f.name, func(b *testing.B) {
			var out []byte
			for b.Loop() {
				if out, err = f.render(r, ReportOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(out)), "bytes")
		})
	}
}
