package letters

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"complaintdesk/data"
)

func TestShippedTemplates(t *testing.T) {
	for _, lang := range Langs {
		for _, kind := range Kinds {
			t.Run(lang+"/"+string(kind), func(t *testing.T) {
				text, err := DefaultTemplate(kind, lang)
				if err != nil {
					t.Fatal(err)
				}
				tpl, err := ParseTemplate(text)
				if err != nil {
					t.Fatal(err)
				}
				if kind.IsLetter() && (tpl.Salutation == "" || len(tpl.Body) == 0) {
					t.Error("a letter needs a salutation and a body")
				}
				if kind.IsLetter() && kind != KindReceipt && len(tpl.Closing) == 0 {
					t.Error("a letter needs a closing")
				}
				if !kind.IsLetter() && len(tpl.Signatures) == 0 {
					t.Error("a form needs signature lines")
				}
			})
		}
	}
}

func TestParseTemplateErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"no title", "[body]\n正文\n", "no [title]"},
		{"text before a section", "正文\n[title]\n标题\n", "before the first section"},
		{"unknown placeholder", "[title]\n标题\n[body]\n您好{nmae}\n", "unknown placeholder {nmae}"},
		{"section twice", "[title]\n甲\n[title]\n乙\n", "appears twice"},
		{"two title lines", "[title]\n甲\n乙\n", "one line"},
		{"field without value column", "[title]\n甲\n[fields]\n只有标签\n", "label | value"},
		{"field without label", "[title]\n甲\n[fields]\n | {ref}\n", "needs a label"},
		{"bad line count", "[title]\n甲\n[fields]\n意见 | | 99\n", "1 to 20"},
		{"three to a row", "[title]\n甲\n[fields]\na | b || c | d || e | f\n", "at most two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseTemplate(tt.text)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseTemplate error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestParseTemplateFields(t *testing.T) {
	tpl, err := ParseTemplate("[title]\n单\n[fields]\n编号 | {ref} || 日期 | {date}\n意见 | | 4\n\n[signatures]\n经办人签字\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []TemplateField{{Label: "编号", Value: "{ref}", Lines: 1, Pair: true}, {Label: "日期", Value: "{date}", Lines: 1},
		{Label: "意见", Value: "", Lines: 4}}
	if !reflect.DeepEqual(tpl.Fields, want) || !reflect.DeepEqual(tpl.Signatures, []string{"经办人签字"}) {
		t.Errorf("fields = %+v, signatures = %q", tpl.Fields, tpl.Signatures)
	}
}

func TestCompose(t *testing.T) {
	c := testCase()
	c.Complaint.RootCause = ""
	d, err := Compose(KindApology, "zh-CN", c)
	if err != nil {
		t.Fatal(err)
	}
	if d.Lang != "zh-Hans" || d.Ref != "TS-2026-000123" || d.Title != "致歉信" || d.Salutation != "尊敬的张伟先生/女士：" {
		t.Errorf("draft = %+v", d)
	}
	if !reflect.DeepEqual(d.Missing, []string{"root_cause"}) || !strings.Contains(d.Body, "经查，"+Blank) {
		t.Errorf("Missing = %v, body = %q; want the root cause left blank", d.Missing, d.Body)
	}
	if !strings.Contains(d.Body, "您于2026年11月21日反映的“电梯频繁故障”一事") {
		t.Errorf("body = %q", d.Body)
	}
	if !reflect.DeepEqual(d.Closing, []string{"　　此致", "敬礼！"}) {
		t.Errorf("closing = %q", d.Closing)
	}
	if text := d.Text(); !strings.Contains(text, d.Salutation) || !strings.Contains(text, "敬礼") {
		t.Errorf("Text() = %q", text)
	}
	if hits := ForbiddenIn(d, []string{"深表歉意"}); len(hits) != 1 {
		t.Errorf("ForbiddenIn = %v, want one hit", hits)
	}

	c.Involved = []string{"安保部", "客户服务部"}
	form, err := Compose(KindForm, "zh-Hans", c)
	if err != nil {
		t.Fatal(err)
	}
	values := map[string]string{}
	for _, f := range form.Fields {
		values[f.Label] = f.Value
	}
	for label, want := range map[string]string{"投诉编号": "TS-2026-000123", "投诉级别": "二级（较严重）", "投诉类别": "设施设备",
		"责任部门": "工程部", "处理人": "李明", "原因分析": "", "客户满意度": "2 满意", "投诉渠道": "来信",
		"协办部门": "安保部、客户服务部"} {
		if values[label] != want {
			t.Errorf("form field %s = %q, want %q", label, values[label], want)
		}
	}
	if len(form.Missing) != 0 {
		t.Errorf("form Missing = %v; empty form cells are filled in by hand", form.Missing)
	}
}

func TestValuesWithoutComplaint(t *testing.T) {
	v := Case{Office: data.Office{Name: "华庭物业"}, Date: testDate}.Values("en")
	if v["office"] != "华庭物业" || v["date"] != "23 November 2026" || v["ref"] != "" {
		t.Errorf("values = %v", v)
	}
}

func TestFormatDate(t *testing.T) {
	tests := []struct {
		t    time.Time
		lang string
		want string
	}{
		{time.Date(2026, 11, 23, 0, 0, 0, 0, shanghai), "zh-Hans", "2026年11月23日"},
		{time.Date(2026, 1, 5, 0, 0, 0, 0, shanghai), "zh-Hant", "2026年1月5日"},
		{time.Date(2026, 1, 5, 0, 0, 0, 0, shanghai), "en", "5 January 2026"},
		{time.Time{}, "zh-Hans", ""},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := FormatDate(tt.t, tt.lang); got != tt.want {
				t.Errorf("FormatDate = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestKindsAndLangs(t *testing.T) {
	for in, want := range map[string]Kind{"apology": KindApology, " Reply ": KindReply, "FOLLOWUP": KindFollowUp} {
		if got, err := ParseKind(in); err != nil || got != want {
			t.Errorf("ParseKind(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseKind("memo"); err == nil {
		t.Error("ParseKind accepted memo")
	}
	for in, want := range map[string]string{"": "zh-Hans", "zh-CN": "zh-Hans", "zh_TW": "zh-Hant", "zh-HK": "zh-Hant",
		"zh-Hant": "zh-Hant", "en-GB": "en", "fr": "en"} {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
	if got := TemplateSettingKey(KindReply, "zh-TW"); got != "letter_template.reply.zh-Hant" {
		t.Errorf("TemplateSettingKey = %q", got)
	}
	for _, p := range Placeholders() {
		if PlaceholderLabel(p) == "" {
			t.Errorf("placeholder %s has no label", p)
		}
	}
}

func TestFillEndsSentences(t *testing.T) {
	v := Values{"cause": "流程衔接不畅", "done": "已更换。", "en": "staff training", "ref": "TS-2026-000001"}
	for in, want := range map[string]string{
		"经查，{cause}\n针对此事": "经查，流程衔接不畅。\n针对此事",
		"经查，{done}":        "经查，已更换。",
		"We found {en}":    "We found staff training.",
		"{ref}":            "TS-2026-000001",
		"“{cause}”一事":      "“流程衔接不畅”一事",
		"原因：{missing}":     "原因：＿＿＿＿",
	} {
		if got, _ := Fill(in, v, Blank); got != want {
			t.Errorf("Fill(%q) = %q, want %q", in, got, want)
		}
	}
}
