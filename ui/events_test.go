package ui

import (
	"strings"
	"testing"

	"complaintdesk/data"
)

func TestEventTextInTheClerksLanguage(t *testing.T) {
	useLanguage(t, "zh-Hans")
	names := &lookupNames{categories: map[string]string{"service": "服务态度"}, departments: map[string]string{"security": "安保部"},
		users: map[string]string{"wangli": "王丽"}}
	tests := []struct {
		name string
		e    data.Event
		want string
	}{
		{"registration", data.Event{Kind: data.EventStatus, ToStatus: data.StatusRegistered, Summary: "registered via phone"}, "已登记（电话受理）"},
		{"status change", data.Event{Kind: data.EventStatus, FromStatus: data.StatusAcknowledged, ToStatus: data.StatusInProgress, Summary: "assign"}, "已受理 → 处理中"},
		{"assessment", data.Event{Kind: data.EventAssessment, Summary: "category service, level 2"}, "服务态度，2 级（较严重）"},
		{"invalid", data.Event{Kind: data.EventAssessment, Summary: "category service, level 1, invalid: 非本单位管辖"}, "服务态度，1 级（普通）；无效：非本单位管辖"},
		{"assignment", data.Event{Kind: data.EventAssignment, Summary: "security wangli"}, "安保部 王丽"},
		{"assignment without handler", data.Event{Kind: data.EventAssignment, Summary: "security"}, "安保部"},
		{"rating", data.Event{Kind: data.EventRating, Summary: "satisfaction 2"}, "满意度：2 满意"},
		{"dissatisfied", data.Event{Kind: data.EventEscalation, Summary: "dissatisfied (5): level 3 -> 3, referred to the management meeting"},
			"不满意（5 非常不满意），已是 3 级（非常严重）；已提交管理层会议"},
		{"dissatisfied, escalated", data.Event{Kind: data.EventEscalation, Summary: "dissatisfied (4): level 1 -> 2"},
			"不满意（4 不满意）：1 级（普通） → 2 级（较严重）"},
		{"escalation", data.Event{Kind: data.EventEscalation, Summary: "level 1 -> 2: 客户再次来电"}, "1 级（普通） → 2 级（较严重）：客户再次来电"},
		{"result", data.Event{Kind: data.EventNote, Summary: "result: 已更换门禁"}, "处理结果：已更换门禁"},
		{"reopened", data.Event{Kind: data.EventNote, Summary: "reopened: 客户不满意"}, "重新处理：客户不满意"},
		{"reply read", data.Event{Kind: data.EventNote, Summary: "reply read, no answer needed: 业主致谢"}, "投诉人的回复已阅，无需答复。业主致谢"},
		{"reply read without a note", data.Event{Kind: data.EventNote, Summary: "reply read, no answer needed"}, "投诉人的回复已阅，无需答复"},
		{"repeat", data.Event{Kind: data.EventNote, Summary: "repeat of TS-2026-000001"}, "重复投诉，原投诉 TS-2026-000001"},
		{"handling", data.Event{Kind: data.EventNote, Summary: "handling record updated"}, "更新了处理记录"},
		{"follow-up", data.Event{Kind: data.EventFollowUp, Summary: "已修好 (satisfaction 1)"}, "已修好；满意度：1 非常满意"},
		{"follow-up without a rating", data.Event{Kind: data.EventFollowUp, Summary: "未接通"}, "未接通"},
		{"follow-up that ends a sentence", data.Event{Kind: data.EventFollowUp, Summary: "已回访，无新的意见。 (satisfaction 2)"}, "已回访，无新的意见。满意度：2 满意"},
		{"automatic mail", data.Event{Kind: data.EventEmail, Direction: data.DirIn, Summary: "automatic: Undeliverable: 答复"}, "自动邮件：Undeliverable: 答复"},
		{"colleague's forward", data.Event{Kind: data.EventEmail, Direction: data.DirIn, Summary: "forwarded by a colleague: 转发: 滑梯开裂"}, "转发: 滑梯开裂"},
		{"a clerk's own note", data.Event{Kind: data.EventNote, Summary: "level 2 客户来电"}, "level 2 客户来电"},
		{"intake corrected", data.Event{Kind: data.EventNote, Summary: "intake corrected: description, name, phone"}, "更正了登记信息：投诉经过、姓名、电话"},
		{"evidence removed", data.Event{Kind: data.EventNote, Summary: `evidence removed: "别家的照片.jpg": 附错了案件`}, "移除了证据“别家的照片.jpg”：附错了案件"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventText(tt.e, names); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// In English the timeline reads with English punctuation, as the dossier's does.
func TestEventTextInEnglish(t *testing.T) {
	useLanguage(t, "en")
	names := &lookupNames{categories: map[string]string{"service": "Service attitude"}}
	for summary, want := range map[string]string{
		"category service, level 1, invalid: not ours":                       "Service attitude, Level 1 (ordinary); invalid: not ours",
		"dissatisfied (5): level 3 -> 3, referred to the management meeting": "Rated 5 Very dissatisfied, already Level 3 (very serious); Referred to the management meeting",
		"dissatisfied (4): level 1 -> 2":                                     "Rated 4 Dissatisfied: Level 1 (ordinary) → Level 2 (serious)",
		"level 1 -> 2: called again":                                         "Level 1 (ordinary) → Level 2 (serious): called again",
	} {
		e := data.Event{Kind: data.EventEscalation, Summary: summary}
		if strings.HasPrefix(summary, "category") {
			e.Kind = data.EventAssessment
		}
		if got := eventText(e, names); got != want {
			t.Errorf("%q reads %q, want %q", summary, got, want)
		}
	}
	if got := eventText(data.Event{Kind: data.EventFollowUp, Summary: "fixed (satisfaction 1)"}, names); got != "fixed; Satisfaction: 1 Very satisfied" {
		t.Errorf("follow-up reads %q", got)
	}
	if got := eventText(data.Event{Kind: data.EventFollowUp, Summary: "Fixed, no new comments. (satisfaction 1)"}, names); got != "Fixed, no new comments. Satisfaction: 1 Very satisfied" {
		t.Errorf("a follow-up that ends a sentence reads %q", got)
	}
}
