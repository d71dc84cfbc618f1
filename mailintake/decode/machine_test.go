package decode

import (
	"strings"
	"testing"
)

// What calendar programs and Outlook send by themselves about a meeting or a message is
// automatic mail; an invitation is a person's.
func TestMeetingAnswersAndReceipts(t *testing.T) {
	calendar := func(subject, method, param string) string {
		return "From: a@b.example\r\nSubject: " + mimeWord(subject) + "\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\r\n--b\r\nContent-Type: text/calendar; charset=utf-8" + param + "\r\n\r\n" +
			"BEGIN:VCALENDAR\r\nMETHOD:" + method + "\r\nBEGIN:VEVENT\r\nSUMMARY:现场协调会\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
	}
	for _, tc := range []struct {
		name, raw string
		auto      bool
	}{
		{"accepted", calendar("已接受: 现场协调会", "REPLY", "; method=REPLY"), true},
		{"declined, the method in the calendar alone", calendar("已拒绝: 现场协调会", "REPLY", ""), true},
		{"cancelled", calendar("已取消: 现场协调会", "CANCEL", "; method=CANCEL"), true},
		{"an invitation", calendar("现场协调会", "REQUEST", "; method=REQUEST"), false},
		{"a complaint with a cancellation attached", "From: a@b.example\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n你们又取消了协调会，附件是取消通知。\r\n" +
			"--b\r\nContent-Type: text/calendar; method=CANCEL\r\nContent-Disposition: attachment; filename=invite.ics\r\n\r\n" +
			"BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n--b--\r\n", false},
		{"a plain read receipt", "From: a@b.example\r\nSubject: " + mimeWord("已读: 关于TS-2026-000001的处理回复") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您的邮件\r\n\r\n    收件人: 物业服务中心\r\n\r\n 已于 2026年12月1日 9:35:12 读取。\r\n", true},
		{"read in English", "From: a@b.example\r\nSubject: Read: Lift\r\n\r\nYour message\r\n\r\n  To: desk\r\n  Subject: Lift\r\n\r\nwas read on 1/12/2026 9:35 AM.\r\n", true},
		{"a bounce in a mail service's words, returning the message", "From: " + mimeWord("网易企业邮箱") + " <notice@qiye.b.example>\r\nSubject: " +
			mimeWord("邮件未能成功送达") + "\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"很抱歉，您发送的邮件未能成功送达。\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: kefu@office.example\r\n" +
			"Message-ID: <a1@office.example>\r\nSubject: x\r\n\r\ny\r\n--b--\r\n", true},
		{"a complaint about a parcel not delivered, with the courier's mail attached", "From: a@b.example\r\nSubject: " +
			mimeWord("快递未送达") + "\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"快递放在物业两天没人通知。\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: kd@courier.example\r\n" +
			"Message-ID: <k1@courier.example>\r\nSubject: x\r\n\r\ny\r\n--b--\r\n", false},
		{"a payment service's statement", "From: wxpay@tencent.example\r\nSubject: " + mimeWord("【微信支付】12月1日交易账单已生成") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n尊敬的商户：\r\n您12月1日的交易账单已生成。\r\n\r\n本邮件由系统自动发出，请勿直接回复。\r\n", true},
		{"a resident forwarding one", "From: a@b.example\r\nSubject: " + mimeWord("转发：物业费缴费通知") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n这张通知多收了钱。\r\n\r\n本邮件由系统自动发出，请勿直接回复。\r\n", false},
		{"a web form's notice saying the system sent it", "From: noreply@wy.example\r\nSubject: " + mimeWord("网站留言") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n姓名：张三\r\n电话：13800001111\r\n留言内容：车库漏水。\r\n\r\n此邮件由系统自动发送，请勿回复。\r\n", false},
		{"a hotline's work order saying it", "From: gd12345@sz.example\r\nSubject: " + mimeWord("【工单转办】SZ20261202000123") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n工单编号：SZ20261202000123\r\n来电人：陈先生\r\n来电号码：13800001234\r\n" +
			"诉求内容：电梯频繁故障。\r\n此邮件由系统自动发送，请勿直接回复。\r\n", false},
		{"a complaint form's notice naming the complainant", "From: noreply@wy.example\r\nSubject: " + mimeWord("【在线投诉】新投诉单") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您有一条新的在线投诉，请及时处理。\r\n投诉人姓名：黄志强\r\n" +
			"联系电话：18958012345\r\n所在房号：金色家园5幢1单元1102\r\n投诉内容：\r\n楼上每天早上跳绳。\r\n\r\n" +
			"——本邮件由系统自动发送，请勿直接回复。\r\n", false},
		{"one with the complainant's fields", "From: noreply@forms.wy.example\r\nSubject: " + mimeWord("网上投诉 #F-88213") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您收到一条新的网上投诉\r\n----\r\n投诉人姓名：邱美华\r\n" +
			"投诉人电话：13918876654\r\n投诉人住址：碧云国际社区 桂花苑 8号\r\n----\r\n本邮件由系统自动发送，请勿直接回复。\r\n", false},
		{"an app's notice with its fields in a table", "From: noreply@app.example\r\nSubject: " + mimeWord("新工单通知") +
			"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<table><tr><td>投诉人</td><td>许嘉怡</td></tr>" +
			"<tr><td>联系电话</td><td>18017723456</td></tr></table><p>本邮件由系统自动发送，请勿回复。</p>\r\n", false},
		{"a tenant portal's notice, each label above its value", "From: noreply@portal.example\r\nSubject: " + mimeWord("租户投诉单 TS-2705-0047 已提交") +
			"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<div>租户投诉单 TS-2705-0047</div><div class=row><div class=k>租户名称</div>" +
			"<div class=v>璞石设计事务所</div></div><div class=row><div class=k>租户联系人</div><div class=v>封晓芸</div></div>" +
			"<div class=row><div class=k>联系电话</div><div class=v>+86 139-8005-6217</div></div>" +
			"<p>此邮件由系统自动发送，请勿回复。</p>\r\n", false},
		{"a franchise platform's complaint notice", "From: noreply@franchise.example\r\nSubject: " + mimeWord("【新投诉】门店 HZ0571-023") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n本邮件由系统自动发送，请勿回复。\r\n\r\n【加盟商投诉】\r\n" +
			"门店：杭州西湖文化广场店\r\n加盟商：蒋伟\r\n加盟商电话：13605710023\r\n投诉内容：总部配送连续三周延迟。\r\n", false},
		{"an estate app's notice hiding who sent it", "From: noreply@xqt.example\r\nSubject: " + mimeWord("您有一条新的投诉") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n本邮件由系统自动发送，请勿回复。\r\n\r\n用户 张** （手机 138****5678）提交了投诉：\r\n" +
			"房屋：秀水苑3幢1单元402\r\n内容：地下车库排风扇噪音大。\r\n", false},
		{"one naming the visitor in Reply-To", "From: noreply@wy.example\r\nReply-To: zhang@b.example\r\nSubject: " + mimeWord("网站留言") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n车库漏水。\r\n\r\n此邮件由系统自动发送，请勿回复。\r\n", false},
		{"a webmail's read receipt", "From: a@b.example\r\nSubject: " + mimeWord("回执：电梯检修进度") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您发送给 张伟 的邮件“电梯检修进度”已被阅读。\r\n", true},
		{"QQ Mail's holiday answer", "From: a@qq.example\r\nSubject: Re: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"这是来自QQ邮箱的假期自动回复邮件。\r\n您好，我最近正在休假中，无法亲自回复您的邮件。\r\n", true},
		{"a holiday answer by its subject", "From: a@b.example\r\nSubject: " + mimeWord("假期自动回复：RE: 楼上装修噪音扰民 [TS-2026-000003]") + "\r\n\r\nb", true},
		{"Coremail's answer marked at the end", "From: a@b.example\r\nSubject: " + mimeWord("答复: 小区门禁卡失效（自动回复）") + "\r\n\r\nb", true},
		{"a complaint asking whether it got one", "From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"这是自动回复吗？我给你们发了三封邮件，垃圾站还是没人清。\r\n", false},
		{"a complaint headed 已读", "From: a@b.example\r\nSubject: " + mimeWord("已读：你们的通知") +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n通知已读，但停车费还是多收了。\r\n", false},
	} {
		if m := Parse([]byte(tc.raw), fixedTime); m.Auto != tc.auto {
			t.Errorf("%s: auto %v (%s), want %v", tc.name, m.Auto, m.AutoReason, tc.auto)
		}
	}
	if !meetingAnswerClass("IPM.Schedule.Meeting.Resp.Pos") || !meetingAnswerClass("IPM.Microsoft Schedule.MtgRespP") ||
		!meetingAnswerClass("IPM.Schedule.Meeting.Canceled") || meetingAnswerClass("IPM.Schedule.Meeting.Request") {
		t.Error("Outlook's meeting answer classes")
	}
}

// Text signed or encrypted with OpenPGP inside the message's text, and OpenPGP's parts
// rewrapped by a server.
func TestOpenPGPInTheText(t *testing.T) {
	signed := "From: lina@example.cn\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"-----BEGIN PGP SIGNED MESSAGE-----\r\nHash: SHA256\r\n\r\n东门路灯坏了两个月。\r\n- - 请尽快修复。\r\n- -- \r\n李娜\r\n" +
		"-----BEGIN PGP SIGNATURE-----\r\n\r\niHUEARYIAB0WIQTfBnpq74VggZiAHlAOCC70zzrp\r\n=VwQY\r\n-----END PGP SIGNATURE-----\r\n"
	if m := Parse([]byte(signed), fixedTime); m.Text != "东门路灯坏了两个月。\n- 请尽快修复。\n--\n李娜" || m.Problem != "" {
		t.Errorf("clear-signed: %q %q", m.Text, m.Problem)
	}
	encrypted := "From: lina@example.cn\r\nSubject: x\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n\r\nhF4DFZTA+rN1iHYSAQdA\r\n=abcd\r\n-----END PGP MESSAGE-----\r\n"
	if m := Parse([]byte(encrypted), fixedTime); m.Problem != ProblemEncrypted {
		t.Errorf("encrypted in the text: problem %q", m.Problem)
	}
	noted := "From: lina@example.cn\r\nSubject: x\r\n\r\n我的投诉见下面的加密内容。\r\n-----BEGIN PGP MESSAGE-----\r\nhF4D\r\n-----END PGP MESSAGE-----\r\n"
	if m := Parse([]byte(noted), fixedTime); m.Problem != "" {
		t.Errorf("a note above an encrypted block: problem %q", m.Problem)
	}
	file := "From: mali@qq.example\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n合同扫描件见附件，密码电话告知。\r\n" +
		"--b\r\nContent-Type: application/pgp-encrypted; name=contract.pgp\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		strings.Repeat("hQEMA1234567890abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQ", 3) + "\r\n--b--\r\n"
	if m := Parse([]byte(file), fixedTime); m.Problem != "" {
		t.Errorf("a short note beside an encrypted file: problem %q", m.Problem)
	}
	for _, note := range []string{"--", "Empty Message"} {
		rewrapped := "From: lina@example.cn\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\n" + note + "\r\n--b\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n" +
			"--b\r\nContent-Type: application/octet-stream; name=encrypted.asc\r\n\r\n-----BEGIN PGP MESSAGE-----\r\nhF4D\r\n-----END PGP MESSAGE-----\r\n--b--\r\n"
		if m := Parse([]byte(rewrapped), fixedTime); m.Problem != ProblemEncrypted {
			t.Errorf("rewrapped beside %q: problem %q", note, m.Problem)
		}
	}
}

// HTML written as XML is read as HTML.
func TestXHTMLBody(t *testing.T) {
	raw := "From: a@b.example\r\nSubject: x\r\nContent-Type: application/xhtml+xml; charset=utf-8\r\n\r\n" +
		`<html xmlns="http://www.w3.org/1999/xhtml"><body><p>电梯又坏了</p><script>x()</script></body></html>`
	if m := Parse([]byte(raw), fixedTime); m.Text != "电梯又坏了" || len(m.Attachments) != 0 {
		t.Errorf("text %q, %d attachments", m.Text, len(m.Attachments))
	}
}
