package decode

import (
	"mime"
	"strings"
	"testing"
)

// A company's mail gateway marks the subject of every message from outside and warns on its first
// line; neither is the sender's, and the mark must not hide what the subject says.
func TestGatewayMarksAreNotTheSenders(t *testing.T) {
	for _, tc := range []struct {
		name, subject, body string
		auto                bool
		wantSubject         string
		wantText            string
	}{
		{"exmail's tag and banner", "[外部邮件] 楼上夜间噪音投诉",
			"[外部邮件] 此邮件来源于小米公司外部，请谨慎处理。若对邮件安全性存疑，请将邮件转发给misec@xiaomi.com进行反馈\r\n\r\n物业您好：\r\n楼上每晚拖家具。\r\n",
			false, "楼上夜间噪音投诉", "物业您好：\n楼上每晚拖家具。"},
		{"full-width tag", "【外部邮件】楼上夜间噪音投诉", "楼上每晚拖家具。", false, "楼上夜间噪音投诉", "楼上每晚拖家具。"},
		{"exchange's tag, banner right above the text", "[EXTERNAL] 地下车库漏水",
			"⚠️ 此邮件来自外部发件人，请谨慎处理附件和链接。\r\n物业您好：车库漏水。\r\n", false, "地下车库漏水", "物业您好：车库漏水。"},
		{"english banner wrapped", "[External] RE: TS-2026-000123",
			"CAUTION: This email originated from outside of the organization. Do not click links or open\r\nattachments unless you recognize the sender and know the content is safe.\r\n\r\nStill leaking.\r\n",
			false, "RE: TS-2026-000123", "Still leaking."},
		{"tagged absence notice", "[外部邮件] 自动回复：关于物业费调整的通知", "我出差了。", true, "自动回复：关于物业费调整的通知", "我出差了。"},
		{"tagged bounce", "[外部邮件] 未送达: 关于物业费调整的通知", "无法将邮件传递给以下收件人。", true, "未送达: 关于物业费调整的通知", "无法将邮件传递给以下收件人。"},
		// What a person writes is theirs, however it begins.
		{"a complaint about outsiders", "[外部] 外来车辆", "物业对外部车辆进入小区不够小心，请谨慎管理。\r\n昨晚又有车乱停。\r\n", false,
			"外来车辆", "物业对外部车辆进入小区不够小心，请谨慎管理。\n昨晚又有车乱停。"},
		{"a bracket that is the subject", "[外部邮件]", "x", false, "[外部邮件]", "x"},
		{"the outside wall", "（外部）墙砖脱落砸坏车辆", "外墙瓷砖脱落。", false, "（外部）墙砖脱落砸坏车辆", "外墙瓷砖脱落。"},
		{"residents writing from outside the estate", "门禁", "本邮件来自阳光花园3栋全体业主，投诉外来人员随意进出。\r\n请加强门禁。\r\n", false, "门禁",
			"本邮件来自阳光花园3栋全体业主，投诉外来人员随意进出。\n请加强门禁。"},
		{"a neighbour from outside", "灯光", "此邮件来自贵小区以外的一位居民，你们的广告灯每晚亮到凌晨。\r\n请关灯。\r\n", false, "灯光",
			"此邮件来自贵小区以外的一位居民，你们的广告灯每晚亮到凌晨。\n请关灯。"},
		{"an english neighbour", "Floodlight", "This email comes from outside your estate - I live across the road.\r\nPlease dim it.\r\n", false,
			"Floodlight", "This email comes from outside your estate - I live across the road.\nPlease dim it."},
		{"the warning alone", "x", "此邮件来自外部发件人，请谨慎处理。", false, "x", "此邮件来自外部发件人，请谨慎处理。"},
	} {
		raw := "From: a@b.example\r\nSubject: " + mime.BEncoding.Encode("utf-8", tc.subject) + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tc.body
		m := Parse([]byte(raw), fixedTime)
		if m.Auto != tc.auto || m.Subject != tc.wantSubject || m.Text != tc.wantText {
			t.Errorf("%s: auto %v subject %q text %q, want %v %q %q", tc.name, m.Auto, m.Subject, m.Text, tc.auto, tc.wantSubject, tc.wantText)
		}
	}
}

// Outlook's request to recall a message it sent is the program's, not a letter; a person asking to
// withdraw a complaint writes one.
func TestRecallRequests(t *testing.T) {
	for raw, auto := range map[string]bool{
		"Subject: =?UTF-8?B?5pKk5ZueOiDnlLXmoq/mlYXpmpw=?=\r\n\r\n韩梅梅 希望撤回邮件“电梯故障”。\r\n":                        true,
		"Subject: Recall: Lift broken\r\n\r\nHan Meimei would like to recall the message, \"Lift broken\".\r\n": true,
		"Subject: =?UTF-8?B?5pKk5Zue77ya5oqV6K+J?=\r\n\r\n我想撤回之前的投诉，问题已经解决了。\r\n":                               false,
		"Subject: =?UTF-8?B?55S15qKv5pWF6Zqc?=\r\n\r\n韩梅梅 希望撤回邮件“电梯故障”。\r\n":                                    false,
	} {
		m := Parse([]byte("From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\n"+raw), fixedTime)
		if m.Auto != auto {
			t.Errorf("%q: auto %v (%s), want %v", m.Subject, m.Auto, m.AutoReason, auto)
		}
	}
}

// Newsletters offering one-click unsubscribing are bulk mail; a form service's notice offering it
// on a visitor's message stays the visitor's.
func TestOneClickUnsubscribe(t *testing.T) {
	const oneClick = "List-Id: <1234.mailing.dhl.example>\r\nList-Unsubscribe: <https://x.example/u>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
	const formsOneClick = "List-Unsubscribe: <https://x.example/u>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
	for raw, auto := range map[string]bool{
		"From: DHL Paket <noreply@dhl.example>\r\n" + oneClick:                                                     true,
		"From: DHL Paket <noreply@dhl.example>\r\nReply-To: DHL Paket <noreply@dhl.example>\r\n" + oneClick:        true,
		"From: Formspree <noreply@formspree.example>\r\nReply-To: zhaoliu@gmail.example\r\n" + oneClick:            false,
		"From: Formspree <noreply@formspree.example>\r\n" + formsOneClick:                                          false,
		"From: Microsoft Store <store@ms.example>\r\nX-CSA-Complaints: csa-complaints@eco.example\r\n":             true,
		"From: a@b.example\r\nList-Unsubscribe: <mailto:leave@list.example>\r\nList-Id: <owners.list.example>\r\n": false,
	} {
		m := Parse([]byte(raw+"Subject: x\r\n\r\nbody\r\n"), fixedTime)
		if m.Auto != auto {
			t.Errorf("%q: auto %v (%s), want %v", strings.SplitN(raw, "\r\n", 2)[0], m.Auto, m.AutoReason, auto)
		}
	}
}
