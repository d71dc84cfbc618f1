package data

import (
	"strings"
	"testing"
	"unicode/utf8"
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

// TestLineFilters checks that the quick tests which pass a line over before a pattern is run
// pass over no line the pattern matches.
func TestLineFilters(t *testing.T) {
	phrases := []string{"我的电话是", "我电话", "本人手机号", "我的联系方式：", "本人聯絡電話", "我手機號碼",
		"有事请打我电话", "拨打我的手机", "撥打我", "致电我", "致電我", "联系我：", "聯絡我", "聯繫我的電話",
		"My phone number is", "MY MOBILE:", "my cell", "my number", "Call me at", "REACH ME ON",
		"我换号了，新号码", "我換了號，新號碼是", "我改号了", "我的新手机号", "本人新的号码", "留个电话，我的是", "我嘅係"}
	for _, p := range phrases {
		l := "业主反映，" + p + " 138 0013 8000"
		if !ownPhone.MatchString(l) {
			t.Fatalf("ownPhone does not match %q", l)
		}
		if !mayOwnPhone(l) {
			t.Errorf("mayOwnPhone passes over %q", l)
		}
	}
	for _, l := range []string{"我住在翠湖花园5栋1单元801室", "我家住5栋1201", "本人住8栋302", "我家在3栋1102", "我家是7栋",
		"家住5幢2单元", "我是7栋2单元1502的业主", "本人是3栋的住戶", "我為5座業主", "房号是8栋302", "我們店在B座1楼112号",
		"我司位于B座2801", "敝司在C座1206", "我们在C座2108", "我們位於B座1901", "我们公司（A座905）", "本公司(B座906)"} {
		if !ownAddress.MatchString(l) {
			t.Fatalf("ownAddress does not match %q", l)
		}
		if !containsAnyWord(l, ownAddressEnds) {
			t.Errorf("the address filter passes over %q", l)
		}
	}
	for _, l := range []string{"三号楼电梯多次故障，物业一直没有处理。", "summary of the meeting", "我打了物业"} {
		if ownPhone.MatchString(l) || mayOwnPhone(l) {
			t.Errorf("%q taken for a line that may give the writer's number", l)
		}
	}
	for _, l := range []string{"1. 姓名：", "（2）电话：", "① 地址：", "▶电话：", "📞电话：", "  - 手机："} {
		if !listMarker.MatchString(l) || !listed(l) {
			t.Errorf("%q not taken for a list's line", l)
		}
	}
	for _, l := range []string{"姓名：张三", "电话：138", "【姓名】张三"} {
		if listed(l) {
			t.Errorf("%q taken for a list's line", l)
		}
	}
	if got := formKey(strings.Repeat("这是一段很长的文字", 5)); got != "" {
		t.Errorf("a sentence read as the label of %q", got)
	}
	if got := formKey("联系电话（微信同号，请加好友时注明小区名称和楼栋号以便我们核实身份）"); got != "phone" {
		t.Errorf("a long label with a note in brackets read as %q, want phone", got)
	}
	if colon("a：b:c") != len("a") || colon("ab:c：") != 2 || colon("abc") != -1 {
		t.Error("colon finds the wrong colon")
	}
}

// FuzzContact reads the writer's contact from any text: it never panics, and what it gives is a
// phone number CheckPhone takes and an address of at most MaxShort characters, each of the text.
//
//	go test -run XXX -fuzz FuzzContact -fuzztime 60s ./data
func FuzzContact(f *testing.F) {
	for _, seed := range []string{
		"电梯坏了。\n\n此致\n敬礼\n\n王建国\n138 0013 8000\n阳光花园3栋1201\n2026年11月20日",
		"我住在翠湖花园5栋1单元801室，楼上每晚都很吵。", "我是7栋2单元1502的业主，楼上漏水。",
		"業主 王建国\n9123 4567\n業主（第3座 12樓 B室）", "房东：陈先生，电话：13700000017\n我的电话：13811112222",
		"座數：3\n樓層：12\n室：B\n手提：91234567", "王建国\n05.03.2026\n13800001111", "我们店在B座1楼112号开了个面馆",
		"【姓名】张三【电话】13812340000【地址】阳光花园3栋", "联系人：王女士 13512340008\n地址：\n碧海花园9栋702",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c := complaintOf(&InboundMail{FromName: "王建国", FromEmail: "wjg@163.com", Subject: "投诉", Text: text, OwnText: text},
			"王建国", "wjg@163.com", false)
		p, a := c.Complainant.Phone, c.Complainant.Address
		if CheckPhone(p) != nil {
			t.Errorf("phone %q of %q is refused: %v", p, text, CheckPhone(p))
		}
		if utf8.RuneCountInString(a) > MaxShort || strings.ContainsFunc(a, func(r rune) bool { return !strings.ContainsRune(text, r) }) {
			t.Errorf("address %q is not of %q", a, text)
		}
	})
}

// BenchmarkContactOfLongLines reads the contact of texts a person does not write: one line of
// 200 KB with thousands of the first person's words, each weighable against the words before it
// (tens of milliseconds, where weighing each took a minute).
func BenchmarkContactOfLongLines(b *testing.B) {
	for name, text := range map[string]string{
		"addresses": strings.Repeat("我是5栋的业主 我住在 房号 1室 ", 5000),
		"phones":    strings.Repeat("我的电话 我是5栋的业主 1室 ", 5000),
		"labels":    strings.Repeat("我的电话：1 ", 5000),
		"sentences": strings.Repeat("电话13800001111，5栋。", 5000),
		"clauses":   strings.Repeat("我是王建国，13800001111，", 5000),
		"words":     strings.Repeat("王建国 5栋 13800001111 ", 5000),
	} {
		m := &InboundMail{FromName: "王建国", FromEmail: "wjg@163.com", Text: text, OwnText: text}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				complaintOf(m, "王建国", "wjg@163.com", false)
			}
		})
	}
}
