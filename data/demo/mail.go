package demo

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"mime"
	"strings"
	"time"

	"complaintdesk/data"
	"complaintdesk/mailintake"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// officeEmail is the demo office's address, where its mail comes in.
const officeEmail = "service@jinhua-pm.example"

// mailComplaints is how many of the demo's complaints arrive by email (see mailbox).
const mailComplaints = 5

// fillMailbox imports the office mailbox of the last hours through the real intake path, parsed
// from raw messages: new complaints in the charsets Chinese mail comes in (one with a photo, one
// forwarded by a colleague), a complainant's reply on an open case, an out-of-office answer, a
// bounce, and a message that cannot be read. They arrive after the last complaint, from after
// until now.
func fillMailbox(ctx context.Context, s *data.Store, after, now time.Time) (messages, complaints int, err error) {
	var reply *data.Complaint
	open, err := s.List(ctx, data.ListFilter{Statuses: []data.Status{data.StatusAcknowledged, data.StatusInProgress}, Limit: 50})
	if err != nil {
		return 0, 0, err
	}
	for _, c := range open {
		if full, err := s.Complaint(ctx, c.Ref); err == nil && full.Complainant.Email != "" {
			reply = full
			break
		}
	}
	msgs, answer := mailbox(reply)
	step := now.Sub(after) / time.Duration(len(msgs)+1)
	var prev time.Time
	for i, raw := range msgs {
		at := after.Add(step * time.Duration(i+1))
		switch {
		case i == answer:
			at = officeWritten(at) // the office writes in its working hours
		case answer >= 0 && i > answer && i <= answer+2:
			at = prev.Add(time.Minute) // the out-of-office answer and the bounce come at once
		}
		at = at.Truncate(time.Second)
		prev = at
		raw = bytes.ReplaceAll(raw, []byte("{{date}}"), []byte(at.Format(time.RFC1123Z)))
		m := mailintake.Parse(raw, at)
		m.UID = uint32(i + 1)
		out, err := s.ImportMail(data.WithTime(ctx, at.Add(time.Minute)), data.MailBatch{Messages: []data.InboundMail{m}})
		if err != nil {
			return messages, complaints, err
		}
		messages++
		if out[0].State == data.MailComplaint {
			complaints++
		}
	}
	return messages, complaints, nil
}

// officeWritten is when the office sent mail by t: t itself in working hours, else shortly before
// the office closed on the working day before.
func officeWritten(t time.Time) time.Time {
	l := t.In(time.FixedZone("CST", 8*3600))
	for {
		closing := time.Date(l.Year(), l.Month(), l.Day(), 17, l.Minute(), l.Second(), 0, l.Location())
		weekday := l.Weekday() != time.Saturday && l.Weekday() != time.Sunday
		switch {
		case weekday && l.Hour() >= 9 && l.Hour() < 18:
			return l
		case weekday && l.Hour() >= 18:
			return closing
		}
		l = closing.AddDate(0, 0, -1).Add(time.Hour) // the evening before, checked again
	}
}

// mailbox is the raw demo messages in the order they are imported; "{{date}}" stands for the
// arrival time. The office's answer (at index answer, -1 when there is none), the out-of-office
// answer to it and the complainant's reply refer to reply, when there is an open case with an
// address.
func mailbox(reply *data.Complaint) (out [][]byte, answer int) {
	office := officeEmail
	answer = -1
	add := func(header string, body string) {
		out = append(out, []byte(strings.ReplaceAll(header, "\n", "\r\n")+"\r\n"+strings.ReplaceAll(body, "\n", "\r\n")))
	}
	add(`From: 陈美玲 <chen.meiling@example.cn>
To: `+office+`
Subject: `+mime.BEncoding.Encode("utf-8", "地下车库B2层漏水，车辆被淋")+`
Date: {{date}}
Message-ID: <demo-1@example.cn>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
`, wrap(base64.StdEncoding.EncodeToString([]byte(
		"物业客服中心：\n\n这两天下雨，地下车库B2层靠近电梯厅的顶棚一直在滴水，我停在B2-117车位的车被淋了两天，车顶全是泥水印。"+
			"上个月已经打电话反映过一次，至今没有人来处理。请尽快安排维修，并告知车辆清洗费用如何处理。\n\n陈美玲\n锦华花园6栋2单元1201室\n"))))
	add(`From: `+mime.BEncoding.Encode("gb2312", gbk("刘建国"))+` <liujg@example.com.cn>
To: `+office+`
Subject: `+mime.BEncoding.Encode("gb2312", gbk("3号会议室空调不制冷，会议被迫中断"))+`
Date: {{date}}
Message-ID: <demo-2@example.com.cn>
MIME-Version: 1.0
Content-Type: text/plain; charset=gb2312
Content-Transfer-Encoding: base64
`, wrap(base64.StdEncoding.EncodeToString([]byte(gbk(
		"您好：\n\n我司今天上午在贵大厦3号会议室召开客户会议，空调从九点开始就不制冷，室温超过30度，"+
			"会议进行到一半被迫中断，给我司造成了很不好的影响。请贵方说明原因，并对会议室费用给出处理意见。\n\n"+
			"上海恒远贸易有限公司 行政部\n刘建国 139 1234 5678\n")))))
	add(`From: `+mime.BEncoding.Encode("big5", big5("黃志明"))+` <wong.chiming@example.hk>
To: `+office+`
Subject: `+mime.BEncoding.Encode("big5", big5("大堂保安態度惡劣"))+`
Date: {{date}}
Message-ID: <demo-3@example.hk>
MIME-Version: 1.0
Content-Type: text/plain; charset=big5
Content-Transfer-Encoding: 8bit
`, big5("貴公司客戶服務部：\n\n本人今日下午到訪大廈辦理登記，大堂保安不但語氣惡劣，還拒絕讓本人使用訪客電梯。"+
		"希望貴公司調查此事，並給予書面答覆。\n\n黃志明\n"))
	add(`From: 赵丽 <zhaoli@example.cn>
To: `+office+`
Subject: `+mime.BEncoding.Encode("utf-8", "电梯按钮失灵，多次被困")+`
Date: {{date}}
Message-ID: <demo-4@example.cn>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="demo-4"
`, `--demo-4
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

`+wrap(base64.StdEncoding.EncodeToString([]byte(
		`<html><head><script>track()</script></head><body><p>物业你好：</p>`+
			`<p>8栋2号电梯的楼层按钮经常失灵，这周我已经两次被困在电梯里，每次都要等二十多分钟才有人来。`+
			`照片是今天早上拍的按钮面板。</p><p>请尽快彻底检修，<b>并在修好之前安排人员值守</b>。</p><p>赵丽</p></body></html>`)))+`
--demo-4
Content-Type: image/png
Content-Disposition: attachment; filename*=utf-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png
Content-Transfer-Encoding: base64

`+wrap(base64.StdEncoding.EncodeToString(photo()))+`
--demo-4--
`)
	// A complaint that reached the front desk's own mailbox, forwarded from Outlook: it is the
	// complainant's, not the colleague's.
	add(`From: `+mime.BEncoding.Encode("utf-8", "前台 李娜")+` <lina@jinhua-pm.example>
To: `+office+`
Subject: `+mime.BEncoding.Encode("utf-8", "转发: 儿童游乐区滑梯开裂")+`
Date: {{date}}
Message-ID: <demo-fw@jinhua-pm.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
`, "这封发到了我的邮箱，请客服中心登记处理。\n\n李娜\n\n-----原始邮件-----\n"+
		"发件人: 周晓燕 <zhou.xiaoyan@example.cn>\n发送时间: 2026年11月30日 19:42\n收件人: 李娜 <lina@jinhua-pm.example>\n"+
		"主题: 儿童游乐区滑梯开裂\n\n李经理：\n\n小区中心花园儿童游乐区的滑梯侧面裂开了一条缝，边缘很锋利，"+
		"今天我孩子的手被划了一下。请尽快把滑梯围起来并维修，也请检查一下其他游乐设施。\n\n周晓燕\n锦华花园3栋1单元502室\n")
	// The office's copy of its answer to the case (it went to a mistyped address and comes back
	// below).
	returnedTo := "wang.lei@example.invalid"
	if reply != nil {
		returnedTo = strings.Split(reply.Complainant.Email, "@")[0] + "@example.invalid"
		answer = len(out)
		add(`From: `+mime.BEncoding.Encode("utf-8", "锦华物业客户服务中心")+` <`+office+`>
To: `+returnedTo+`
Subject: `+mime.BEncoding.Encode("utf-8", "关于 ["+reply.Ref+"] 的处理进度")+`
Date: {{date}}
Message-ID: <answer-`+strings.ToLower(reply.Ref)+`@jinhua-pm.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
`, "您好，您反映的问题我们已安排工程部处理，预计三个工作日内完成。\n")
		add(`From: 孙强 <sunqiang@example.cn>
To: `+office+`
Subject: `+mime.BEncoding.Encode("utf-8", "自动回复：["+reply.Ref+"] 处理进度")+`
Date: {{date}}
Message-ID: <demo-6@example.cn>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
`, "您好，我正在休假，12月7日返回办公室，期间邮件不能及时回复。急事请致电前台。\n")
	}
	// The office's answer to the case, sent to a mistyped address, comes back.
	returned, to := "", returnedTo
	if reply != nil {
		returned = `--demo-7
Content-Type: message/rfc822

From: ` + mime.BEncoding.Encode("utf-8", "锦华物业客户服务中心") + ` <` + office + `>
To: ` + to + `
Subject: ` + mime.BEncoding.Encode("utf-8", "关于 ["+reply.Ref+"] 的处理进度") + `
Message-ID: <answer-` + strings.ToLower(reply.Ref) + `@jinhua-pm.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

您好，您反映的问题我们已安排工程部处理，预计三个工作日内完成。

`
	}
	add(`From: Mail Delivery System <MAILER-DAEMON@mail.jinhua-pm.example>
To: `+office+`
Subject: Undelivered Mail Returned to Sender
Date: {{date}}
Message-ID: <demo-7@mail.jinhua-pm.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="demo-7"
`, `--demo-7
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.jinhua-pm.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<`+to+`>: Host or domain name not found.

--demo-7
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.jinhua-pm.example

Final-Recipient: rfc822; `+to+`
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found

`+returned+`--demo-7--
`)
	// The complainant answers, later, on the case.
	if reply != nil {
		add(`From: `+mime.BEncoding.Encode("utf-8", reply.Complainant.Name)+` <`+reply.Complainant.Email+`>
To: `+office+`
Subject: `+mime.BEncoding.Encode("utf-8", "Re: ["+reply.Ref+"] "+reply.Subject)+`
Date: {{date}}
Message-ID: <demo-5@example.cn>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
`, "你好，维修人员今天下午来过了，但问题还没有完全解决，晚上又出现了同样的情况。请再安排人来看一下，谢谢。\n\n"+
			"> 您反映的问题我们已安排工程部处理，预计三个工作日内完成。\n")
	}
	// Text without any header: what a broken mail client or a truncated download leaves.
	out = append(out, []byte(gbk("\r\n您好，小区东门的道闸坏了一个星期，车辆进出都要人工抬杆，早晚高峰排起长队。\r\n")))
	return out, answer
}

// wrap breaks base64 into lines of 76, as mail has it.
func wrap(s string) string {
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\n")
		s = s[76:]
	}
	b.WriteString(s + "\n")
	return b.String()
}

func gbk(s string) string  { return encode(simplifiedchinese.GBK, s) }
func big5(s string) string { return encode(traditionalchinese.Big5, s) }

func encode(e encoding.Encoding, s string) string {
	out, err := e.NewEncoder().String(s)
	if err != nil {
		panic(fmt.Sprintf("demo: %q cannot be encoded: %v", s, err)) // fixed texts: a programming error
	}
	return out
}

// photo is a small picture of a lift's button panel: two columns of round buttons.
func photo() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 160, 240))
	for y := 0; y < 240; y++ {
		for x := 0; x < 160; x++ {
			c := color.RGBA{150, 155, 160, 255} // brushed steel
			if (x+y)%7 == 0 {
				c = color.RGBA{170, 175, 180, 255}
			}
			for row := 0; row < 5; row++ {
				for col := 0; col < 2; col++ {
					dx, dy := x-(50+col*60), y-(40+row*40)
					if dx*dx+dy*dy < 15*15 {
						c = color.RGBA{230, 230, 225, 255}
						if row == 2 && col == 1 { // the dead one
							c = color.RGBA{90, 90, 90, 255}
						}
					}
				}
			}
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}
