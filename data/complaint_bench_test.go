package data

import (
	"strings"
	"testing"
)

// BenchmarkComplaintFromMail reads the complainant of three kinds of mail: a resident's
// paragraphs with no labels, a letter signed with labelled contact lines, and a long letter with
// a quoted notice and someone else's block.
func BenchmarkComplaintFromMail(b *testing.B) {
	mails := []InboundMail{
		{FromName: "业主", FromEmail: "owner@example.cn", Subject: "投诉",
			Text: strings.Repeat("三号楼电梯多次故障，物业一直没有处理，请尽快安排维修并给出书面答复。\n", 10)},
		{FromName: "王建国", FromEmail: "wjg@example.cn", Subject: "楼上漏水",
			Text: "尊敬的物业：您好！\n\n我是7栋2单元1502的业主，楼上1602卫生间漏水已有两周，天花板发霉。\n" +
				"多次联系管家，至今无人处理。\n\n请尽快安排维修。\n\n此致\n敬礼\n\n业主：王建国\n联系电话：138 0013 8000\n" +
				"地址：锦绣花园7栋2单元1502\n2026年11月20日\n"},
		{FromName: "Li Na", FromEmail: "lina@example.cn", Subject: "Re: 停车位",
			Text: strings.Repeat("我的车位连续三天被外来车辆占用，保安说不归他们管，我打了物业的电话也没人接。\n", 8) +
				"\n物业通知：\n各位业主：本周六停水，请提前储水。联系电话：0571-86001234\n\n" +
				"店长：李华 电话：13900001111\n\n有事请打我电话 13700002222，谢谢。\n李娜\n"},
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range mails {
			complaintFromMail(&mails[i])
		}
	}
}
