package letters

import (
	"testing"

	"complaintdesk/data"
)

func TestTimelineTextInTheDossiersLanguage(t *testing.T) {
	names := Names{Categories: map[string]string{"service": "服务态度"}, Departments: map[string]string{"security": "安保部"},
		Users: map[string]string{"wangli": "王丽"}}
	tests := []struct {
		lang string
		e    data.Event
		want string
	}{
		{"zh-Hans", data.Event{Kind: data.EventStatus, ToStatus: data.StatusRegistered, Summary: "registered via email"}, "已登记（电子邮件受理）"},
		{"zh-Hant", data.Event{Kind: data.EventStatus, ToStatus: data.StatusRegistered, Summary: "registered via phone"}, "已登記（電話受理）"},
		{"en", data.Event{Kind: data.EventStatus, ToStatus: data.StatusRegistered, Summary: "registered via phone"}, "Registered, received by telephone"},
		{"zh-Hans", data.Event{Kind: data.EventStatus, FromStatus: data.StatusAcknowledged, ToStatus: data.StatusInProgress}, "已受理 → 处理中"},
		{"zh-Hans", data.Event{Kind: data.EventAssessment, Summary: "category service, level 1, invalid: 非本单位管辖"}, "服务态度，一级（普通）；无效：非本单位管辖"},
		{"zh-Hans", data.Event{Kind: data.EventAssignment, Summary: "security wangli"}, "安保部 王丽"},
		{"zh-Hans", data.Event{Kind: data.EventAssignment, Summary: "security; involved: cleaning security"}, "安保部；协办：cleaning、安保部"},
		{"en", data.Event{Kind: data.EventAssignment, Summary: "security wangli; involved: cleaning"}, "安保部 王丽; also involved: cleaning"},
		{"zh-Hans", data.Event{Kind: data.EventEscalation, Summary: "dissatisfied (5): level 3 -> 3, referred to the management meeting"},
			"不满意（5 非常不满意），已是三级（非常严重）；已提交管理层会议"},
		{"zh-Hans", data.Event{Kind: data.EventEscalation, Summary: "level 1 -> 2: 客户再次来电"}, "一级（普通） → 二级（较严重）；客户再次来电"},
		{"zh-Hans", data.Event{Kind: data.EventNote, Summary: "result: 已更换门禁"}, "处理结果：已更换门禁"},
		{"zh-Hans", data.Event{Kind: data.EventFollowUp, Summary: "已修好 (satisfaction 2)"}, "已修好；满意度：2 满意"},
		{"zh-Hans", data.Event{Kind: data.EventEmail, Summary: "automatic: Undeliverable"}, "自动邮件：Undeliverable"},
		{"zh-Hans", data.Event{Kind: data.EventEmail, Summary: "forwarded by a colleague: 转发: 滑梯开裂"}, "同事转来：转发: 滑梯开裂"},
		{"en", data.Event{Kind: data.EventRating, Summary: "satisfaction 4"}, "Satisfaction: 4 dissatisfied"},
		{"zh-Hans", data.Event{Kind: data.EventNote, Summary: "level 2 客户来电"}, "level 2 客户来电"},
		{"zh-Hans", data.Event{Kind: data.EventNote, Summary: "intake corrected: subject, phone"}, "更正了登记信息：事由、电话"},
		{"zh-Hant", data.Event{Kind: data.EventNote, Summary: "intake corrected: email"}, "更正了登記資訊：電子郵件"},
		{"en", data.Event{Kind: data.EventNote, Summary: "intake corrected: remedy, type"}, "Intake corrected: remedy asked for, complainant type"},
		{"zh-Hans", data.Event{Kind: data.EventNote, Summary: `evidence removed: "别家的\"照片\".jpg": 附错了案件`}, "移除了证据“别家的\"照片\".jpg”：附错了案件"},
		{"zh-Hant", data.Event{Kind: data.EventNote, Summary: `evidence removed: "照片.jpg": 附錯了`}, "移除了證據「照片.jpg」：附錯了"},
		{"en", data.Event{Kind: data.EventNote, Summary: `evidence removed: "photo.jpg": wrong case`}, "Evidence “photo.jpg” removed: wrong case"},
	}
	for _, tt := range tests {
		if got := timelineText(tt.e, tt.lang, names); got != tt.want {
			t.Errorf("%s %q: got %q, want %q", tt.lang, tt.e.Summary, got, tt.want)
		}
	}
}
