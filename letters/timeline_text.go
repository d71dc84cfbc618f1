package letters

import (
	"fmt"
	"strings"

	"complaintdesk/data"
)

// Names are the names of the codes a timeline mentions: categories and departments by code,
// users by login.
type Names struct {
	Categories, Departments, Users map[string]string
}

func (n Names) name(m map[string]string, code string) string {
	if v, ok := m[code]; ok && v != "" {
		return v
	}
	return code
}

// timelineWords are the phrases of the dossier's timeline in a language; %s and %d stand for
// the parts of the store's summary (data.ReadSummary).
type timelineWords struct {
	registered, invalid, rating, dissatisfied, dissatisfiedTop, meeting, reopened, result, repeat, handling, automatic string
	forwarded, moved                                                                                                   string
	corrected, removed, involved, sep, listSep                                                                         string
	fields                                                                                                             map[string]string
}

var timelineTexts = map[string]timelineWords{
	"zh-Hans": {registered: "已登记（%s受理）", invalid: "无效：%s", rating: "满意度：%s", dissatisfied: "不满意（%s）：%s → %s",
		dissatisfiedTop: "不满意（%s），已是%s", meeting: "已提交管理层会议", reopened: "重新处理：%s", result: "处理结果：%s", repeat: "重复投诉，原投诉 %s",
		handling: "更新了处理记录", automatic: "自动邮件：%s", forwarded: "同事转来：%s",
		moved: "邮件“%s”已另行登记为投诉 %s", corrected: "更正了登记信息：%s", removed: "移除了证据“%s”：%s", involved: "协办：%s", sep: "；", listSep: "、",
		fields: map[string]string{"subject": "事由", "description": "投诉经过", "remedy": "客户诉求", "impact": "影响范围",
			"place": "地点", "channel": "渠道", "name": "姓名", "company": "公司/单位", "phone": "电话", "email": "邮箱",
			"address": "地址", "type": "投诉人类型"}},
	"zh-Hant": {registered: "已登記（%s受理）", invalid: "無效：%s", rating: "滿意度：%s", dissatisfied: "不滿意（%s）：%s → %s",
		dissatisfiedTop: "不滿意（%s），已是%s", meeting: "已提交管理層會議", reopened: "重新處理：%s", result: "處理結果：%s", repeat: "重複投訴，原投訴 %s",
		handling: "更新了處理記錄", automatic: "自動郵件：%s", forwarded: "同事轉來：%s",
		moved: "郵件「%s」已另行登記為投訴 %s", corrected: "更正了登記資訊：%s", removed: "移除了證據「%s」：%s", involved: "協辦：%s", sep: "；", listSep: "、",
		fields: map[string]string{"subject": "事由", "description": "投訴經過", "remedy": "客戶訴求", "impact": "影響範圍",
			"place": "地點", "channel": "管道", "name": "姓名", "company": "公司/單位", "phone": "電話", "email": "電子郵件",
			"address": "地址", "type": "投訴人類型"}},
	"en": {registered: "Registered, received by %s", invalid: "invalid: %s", rating: "Satisfaction: %s", dissatisfied: "Rated %s: %s → %s",
		dissatisfiedTop: "Rated %s, already %s", meeting: "Referred to the management meeting", reopened: "Reopened: %s", result: "Result: %s", repeat: "Repeat of %s",
		handling: "Handling record updated", automatic: "Automatic mail: %s", forwarded: "Forwarded by a colleague: %s",
		moved: "Email “%s” registered as complaint %s", corrected: "Intake corrected: %s", removed: "Evidence “%s” removed: %s", involved: "also involved: %s",
		sep: "; ", listSep: ", ",
		fields: map[string]string{"subject": "subject", "description": "description", "remedy": "remedy asked for",
			"impact": "impact", "place": "place", "channel": "channel", "name": "name", "company": "company", "phone": "phone",
			"email": "email", "address": "address", "type": "complainant type"}},
}

// timelineText is a timeline entry's details in the dossier's language, as the window shows them.
func timelineText(e data.Event, lang string, n Names) string {
	w := timelineTexts[lang]
	comma := "，"
	if lang == "en" {
		comma = ", "
	}
	status := func(s data.Status) string {
		if v := reportTexts[lang]["status."+string(s)]; v != "" {
			return v
		}
		return string(s)
	}
	level := func(l int) string { return or(levelName(l, lang), fmt.Sprint(l)) }
	rating := func(r int) string { return satisfactionName(r, fmt.Sprint(r), lang) }
	sum := data.ReadSummary(e)
	switch sum.Kind {
	case data.SummaryRegistered:
		return fmt.Sprintf(w.registered, channelName(sum.Channel, lang))
	case data.SummaryStatus:
		if sum.FromStatus == "" {
			return status(sum.ToStatus)
		}
		return status(sum.FromStatus) + " → " + status(sum.ToStatus)
	case data.SummaryAssignment:
		text := n.name(n.Departments, sum.Department)
		if sum.Handler != "" {
			text += " " + n.name(n.Users, sum.Handler)
		}
		text = strings.TrimSpace(text)
		if len(sum.Involved) > 0 {
			var names []string
			for _, d := range sum.Involved {
				names = append(names, n.name(n.Departments, d))
			}
			text += w.sep + fmt.Sprintf(w.involved, strings.Join(names, w.listSep))
		}
		return text
	case data.SummaryAssessment:
		text := n.name(n.Categories, sum.Category) + comma + level(sum.Level)
		if sum.Text != "" {
			text += w.sep + fmt.Sprintf(w.invalid, sum.Text)
		}
		return text
	case data.SummaryRating:
		return fmt.Sprintf(w.rating, rating(sum.Rating))
	case data.SummaryDissatisfied:
		text := fmt.Sprintf(w.dissatisfied, rating(sum.Rating), level(sum.FromLevel), level(sum.ToLevel))
		if sum.FromLevel == sum.ToLevel {
			// At the highest level there is none to escalate to.
			text = fmt.Sprintf(w.dissatisfiedTop, rating(sum.Rating), level(sum.ToLevel))
		}
		if sum.Meeting {
			text += w.sep + w.meeting
		}
		return text
	case data.SummaryEscalated:
		return level(sum.FromLevel) + " → " + level(sum.ToLevel) + w.sep + sum.Text
	case data.SummaryMeeting:
		return w.meeting + w.sep + sum.Text
	case data.SummaryReopened:
		return fmt.Sprintf(w.reopened, sum.Text)
	case data.SummaryResult:
		return fmt.Sprintf(w.result, sum.Text)
	case data.SummaryRepeat:
		return fmt.Sprintf(w.repeat, sum.Ref)
	case data.SummaryHandling:
		return w.handling
	case data.SummaryAutomaticMail:
		return fmt.Sprintf(w.automatic, sum.Text)
	case data.SummaryForwardedMail:
		return fmt.Sprintf(w.forwarded, sum.Text)
	case data.SummaryMailMoved:
		return fmt.Sprintf(w.moved, sum.Text, sum.Ref)
	case data.SummaryFollowUp:
		if sum.Rating == 0 {
			return sum.Text
		}
		return sum.Text + w.sep + fmt.Sprintf(w.rating, rating(sum.Rating))
	case data.SummaryCorrected:
		var fields []string
		for _, f := range sum.Fields {
			fields = append(fields, or(w.fields[f], f))
		}
		return fmt.Sprintf(w.corrected, strings.Join(fields, w.listSep))
	case data.SummaryEvidenceRemoved:
		return fmt.Sprintf(w.removed, sum.Name, sum.Text)
	}
	return e.Summary
}
