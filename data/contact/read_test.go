package contact

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// Hotlines' and complaint platforms' work orders name the citizen in labels of their own, several
// to a line where a table was flattened to text or a sentence lists them.
func TestFormContactReadsWorkOrders(t *testing.T) {
	for text, want := range map[string][3]string{
		"12345政务服务便民热线工单\n工单编号：GD2026011200123\n来电人：王秀英\n来电号码：13812345678\n诉求内容：电梯困人。": {"王秀英", "", "13812345678"},
		"工单编号：GD2026011200124\n诉求人：李建国\n联系电话：13900001111":                              {"李建国", "", "13900001111"},
		"来电人：赵敏，公民身份号码：460027199001011234，联系电话：13700002222。\n来电内容：车库积水。":               {"赵敏", "", "13700002222"},
		"投诉单号： TS20260112001  投诉人： 周大伟\n投诉电话： 13200007777 投诉对象类别： 物业":                  {"周大伟", "", "13200007777"},
		"承办机构：  锦绣花园物业服务中心  保险单号码：  P123456\n投保人姓名：  孙丽娟 联系电话：  13300006666":           {"孙丽娟", "", "13300006666"},
		"報事人：吳佩佩\n聯絡電話：0912-345-678\n電子郵件：wu@example.tw":                               {"吳佩佩", "wu@example.tw", "0912-345-678"},
		"姓名：冯强 电话：13512341234 邮箱：feng@example.cn":                                      {"冯强", "feng@example.cn", "13512341234"},
		// The operator, the party complained about and the office's own contact are not the citizen.
		"话务员姓名：陈丽\n来电人：王秀英\n来电号码：13912345678":                        {"王秀英", "", "13912345678"},
		"被投诉方：阳光花园物业\n被投诉人姓名：李强\n投诉人姓名：周大伟\n投诉人电话：13300001234":       {"周大伟", "", "13300001234"},
		"来电人：\n来电号码：保密\n承办单位：阳光花园物业服务中心  联系人：刘洋  联系电话：0755-86001234": {"", "", ""},
		"姓名：\n电话：13800138000\n留言内容：我要投诉，保安 姓名：张卫东 工号：0231，昨晚出言不逊。":   {"", "", "13800138000"},
		// A label the notice does not use for the citizen, and free text, name no one.
		"承办单位：锦绣花园物业\n办理时限：2026-01-19 10:00前答复": {"", "", ""},
	} {
		n, e, p := formContact(textFields(text))
		if [3]string{n, e, p} != want {
			t.Errorf("%q: %q %q %q, want %q", text, n, e, p, want)
		}
	}
	// An app's notice whose HTML table gives a label and its value apart by a space, the party
	// complained of under a heading of their own.
	app := "业主通过小区管家App提交了一条投诉工单：\n投诉人信息\n姓名 吴敏\n手机 13757124680\n地址 星河湾小区8号楼602\n" +
		"被投诉人信息\n姓名 张先生\n电话 13600001111\n地址 星河湾小区8号楼702\n投诉内容\n楼上养狗。"
	if f := FormOf(app); f != (Form{Name: "吴敏", Phone: "13757124680", Address: "星河湾小区8号楼602"}) {
		t.Errorf("an app's table: %+v", f)
	}
	if f := FormOf("电话 打不通\n楼上吵。"); f != (Form{}) {
		t.Errorf("one line of words: %+v", f)
	}
	// A complaint form's notice: the complainant's flat under the labels such forms give it.
	for text, want := range map[string]string{
		"投诉人姓名：黄志强\n联系电话：18958012345\n所在房号：金色家园5幢1单元1102":                            "金色家园5幢1单元1102",
		"投诉人姓名：邱美华\n投诉人电话：13918876654\n投诉人住址：碧云国际社区 桂花苑 8号":                          "碧云国际社区 桂花苑 8号",
		"提交人 姚明华\n联系方式 15957123456\n所在房屋 桂花城12幢2单元601\n被反映人房屋 桂花城12幢2单元501":          "桂花城12幢2单元601",
		"投诉人：许嘉怡\n房屋地址：金桥湾清水苑3期 22号楼602":                                             "金桥湾清水苑3期 22号楼602",
		"工单号 | WY2611250031\n投诉人 | 许嘉怡\n联系电话 | 18017723456\n房屋地址 | 金桥湾清水苑3期 22号楼602": "金桥湾清水苑3期 22号楼602",
	} {
		if got := FormOf(text).Address; got != want {
			t.Errorf("%q: address %q, want %q", text, got, want)
		}
	}
}

// The phone number at the start of a labelled value, as people type it.
func TestPhoneIn(t *testing.T) {
	for value, want := range map[string]string{
		"13812345678": "13812345678",
		"１３９１１１１８８８８（微信同号）": "13911118888",
		"０９０−１２３４−５６７８":     "090-1234-5678",
		"+852.9123.4567":           "+852.9123.4567",
		"(+852) 9123 4567":         "(+852) 9123 4567",
		"+86 (0)21 6123 4567":      "+86 (0)21 6123 4567",
		"+81-(0)3-1234-5678":       "+81-(0)3-1234-5678",
		"0571-88886666转8001":       "0571-88886666 转8001",
		"13812345678 13987654321":  "13812345678",
		"13800138000，有事请打":         "13800138000",
		"王女士 13857100030":          "13857100030",
		"王先生（13857100055）":         "13857100055",
		"090":                      "",
		"见下文":                      "",
		"13912345678（18点后方便接听）":    "13912345678",
		"13912340003 3号楼2单元702":    "13912340003",
		"13912340047 2026年3月5日":    "13912340047",
		"+86 138 1234 0018":        "+86 138 1234 0018",
		"(0755)2345-6789":          "(0755)2345-6789",
		"QQ 123456789":             "",
		"13812345678-13912345678":  "13812345678",
		"微信 wx13812345678":         "",
		"138 0013 8000 / 0571-888": "138 0013 8000",
		"913822456（QQ）":            "",
		"2638810457 (QQ号)":         "",
		"2638810457":               "2638810457", // a QQ number's or a foreign phone's: kept
		"13800001111（微信）":          "13800001111",
		"0223456789":               "0223456789",
		"13812345678 微信同号":         "13812345678",
	} {
		if got := phoneIn(value); got != want {
			t.Errorf("phoneIn(%q) = %q, want %q", value, got, want)
		}
	}
}

// contains and hasDigit, which the rules use for speed, answer as the standard library does.
func TestQuickLooksAnswerAsTheLibraryDoes(t *testing.T) {
	pieces := []string{"联系", "系我", "我", "电话", "話", "号", "1", "9", "０", "９", "\uff1a", "\ufe19", "a", "Me",
		" ", "\n", "\xe8", "\xbb", "\x94", "\xef\xbc", "\x90", "，", "直接联系", "軔"} // 軔 is "\xe8\xbb\x94"
	words := []string{"联系我", "电话", "我", "系我", "号码", "直接联系", "Me", "\x94我", "\xbb\x94", "话1"}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 20000 {
		var b strings.Builder
		n := rng.IntN(10)
		if i%2 == 0 {
			n += 40 // long enough for its characters to be read once
		}
		for range n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, w := range words {
			if contains(s, w) != strings.Contains(s, w) {
				t.Fatalf("contains(%q, %q) = %v", s, w, contains(s, w))
			}
		}
		if want := strings.ContainsAny(s, "0123456789０１２３４５６７８９"); hasDigit(s) != want {
			t.Fatalf("hasDigit(%q) = %v", s, hasDigit(s))
		}
	}
}

// Labels of several words, and Japanese and Korean ones, as foreign tenants sign.
func TestFormLineFieldsInSignatures(t *testing.T) {
	for line, want := range map[string]formField{
		"Mobile Phone: +852 9123 4567":     {"phone", "+852 9123 4567"},
		"Phone number : 13812345678":       {"phone", "13812345678"},
		"Home address: Room 1205, Tower":   {"address", "Room 1205, Tower"},
		"携帯：090-1234-5678":                 {"phone", "090-1234-5678"},
		"주소: 서울시 강남구":                      {"address", "서울시 강남구"},
		"H.P: 010-1234-5678":               {"phone", "010-1234-5678"},
		"石磊 电话：13857100063":                {"phone", "13857100063"},
		"房号：3幢1201":                        {"address", "3幢1201"},
		"我的电话：13811112222":                 {"phone", "13811112222"},
		"地　　址：阳光花园10栋301":                  {"address", "阳光花园10栋301"},
		"电 话：13812340004":                  {"phone", "13812340004"},
		"座机：010-62345678":                  {"phone", "010-62345678"},
		"联系电话(微信同号)：13912340024":           {"phone", "13912340024"},
		"电话/微信：13912340023":                {"phone", "13912340023"},
		"会员手机号：13712340027":                {"phone", "13712340027"},
		"My phone: 13812340019":            {"phone", "13812340019"},
		"手机 13812340007":                   {"phone", "13812340007"},
		"电话：0755-2345 6789（工作日9:00-18:00）": {"phone", "0755-2345 6789（工作日9:00-18:00）"},
		"1. 姓名：吴刚":                         {"name", "吴刚"},
		"（2）电话：13812340000":                {"phone", "13812340000"},
		"② 地址：5栋802":                       {"address", "5栋802"},
		"📞电话：13812340001":                  {"phone", "13812340001"},
		"【电话】13812340002":                  {"phone", "13812340002"},
		"【地址】：阳光花园3栋":                      {"address", "阳光花园3栋"},
	} {
		if got := formLineFields(line); len(got) != 1 || got[0] != want {
			t.Errorf("%q: %+v, want %+v", line, got, want)
		}
	}
	for _, line := range []string{"please call me at: 138", "手机 坏了", "电话 13812340007 找王经理", "【通知】停水"} {
		if got := formLineFields(line); got != nil {
			t.Errorf("%q read as fields: %+v", line, got)
		}
	}
}

// A resident's lines about the party complained about (a shop, a decorator, the repair firm)
// give the resident no phone number or address; their own lines after it do.
func TestOtherPartiesLinesAreNotTheWriters(t *testing.T) {
	for text, want := range map[string][2]string{
		"楼下装修太吵。\n\n装修公司：杭州美家装饰有限公司\n联系人：王师傅\n电话：13900001111\n\n李明\n3幢1402":       {"", "3幢1402"},
		"商户名称：欢乐迪KTV\n地址：南门底商8号\n电话：0571-87001234\n\n半夜太吵。":                       {"", ""},
		"投诉对象：川味烧烤（老板姓刘）\n地址：阳光花园南门底商8号":                                          {"", ""},
		"物业说转给了维修公司：联系人：王师傅 电话：13912345678":                                       {"", ""},
		"维修公司一直没来，师傅电话打不通。\n\n联系电话：13811112222\n地址：4幢502":                         {"13811112222", "4幢502"},
		"房东：陈先生，电话：13700000017\n我的电话：13811112222":                                 {"13811112222", ""},
		"餐厅名称：蜀香源川菜馆\n地址：沿街商铺A-105\n电话：0571-86660046\n\n投诉人：王芳\n联系电话：13811112222": {"13811112222", ""},
		"被投诉人：李四\n投诉人：王芳\n联系电话：13811112222\n地址：3幢101":                             {"13811112222", "3幢101"},
		// Greetings, a tenant's own company and sentences with colons are the writer's.
		"尊敬的物业公司：\n电梯坏了。\n联系电话：13811112222\n地址：3幢101":               {"13811112222", "3幢101"},
		"空调不制冷。\n\n张伟\n公司：杭州云帆科技有限公司\n电话：0571-88881234\n地址：B座1502":  {"0571-88881234", "B座1502"},
		"今天来的维修师傅说：零件没货。\n联系电话：13811112222":                         {"13811112222", ""},
		"空调不制冷。\n\n李明\n工作单位：市第一人民医院\n电话：13811112222\n地址：5幢302":      {"13811112222", "5幢302"},
		"上周报修漏水，物业说转给了维修公司：\n联系人：王师傅\n电话：13912345678\n\n我的地址：4幢502": {"", "4幢502"},
		// Someone's role before their number, on the line or as its label: a shop's manager, the
		// conference staff, a hotel, the neighbour upstairs, a landlord named as 业主 to a tenant.
		"总部客服：\n店长：李华 电话：13812341234\n这个店长对顾客很不礼貌。\n我的手机号是13612340029。":                        {"13612340029", ""},
		"会务组：王老师 手机：13812340000\n\n姓名：何建国\n手机：13912340023":                                     {"13912340023", ""},
		"入住酒店：皇冠假日酒店\n地址：深圳市福田区深南大道9026号\n电话：0755-83338888\n\n我的联系方式：\n姓名：何建国\n手机：13912340023": {"13912340023", ""},
		"您好，我是租户。\n业主：李先生（房东）\n电话：13766650003\n热水器坏了一个月。\n我的手机：13912350003":                    {"13912350003", ""},
		"楼上1302漏水。\n楼上住户 电话：13500001111\n麻烦物业出面协调，我的手机13600002222。":                            {"13600002222", ""},
		"管家小刘 电话：13500001112\n一直不回。":                                                           {"", ""},
		"楼上业主：李先生 电话：13500001113\n半夜跺脚。":                                                       {"", ""},
		// A salutation to the office before the writer's own lines; "同上" is no address.
		"尊敬的物业：您好！\n联系电话：13912350002\n地址：翠湖小区6号楼302\n小区健身器材坏了。": {"13912350002", "翠湖小区6号楼302"},
		"物业：您好\n电话：13912350004\n地址：同上":                          {"13912350004", ""},
		"门禁坏了。\n联系人：王女士 13512340008\n地址：\n碧海花园9栋702":            {"13512340008", "碧海花园9栋702"},
		"有事请打我电话13912345602，谢谢。":                                {"13912345602", ""},
		"Noise at night. My number is 138 1234 0018.":           {"138 1234 0018", ""},
		"您好，楼道灯不亮。\n联系方式：QQ 123456789":                          {"", ""},
		// The office's own number in a sentence, someone else's, an ID card's are not the writer's.
		"公告上说有问题请联系我们客服热线 400-888-1234，打了一上午都是忙音。": {"", ""},
		"请联系我的代理律师 13500001111。":                   {"", ""},
		"姓名：周敏 身份证 330102199003071234\n地址：3幢101":   {"", "3幢101"},
		"座机：0571-86001234 8:30-17:30":              {"0571-86001234", ""},
		"联系电话：86001234 2栋前台":                       {"86001234", ""},
		// The writer's own lines after a sentence about others, or after neutral labels.
		"我是楼下住户，以下是我的联系方式：\n姓名：赵刚\n房号：2栋301\n电话：13811113333": {"13811113333", "2栋301"},
		"小区：阳光花园 房号：5栋802 电话：13811114444":                    {"13811114444", "5栋802"},
		"投诉时间：2026年3月5日 联系电话：13811115555":                    {"13811115555", ""},
		"快递地址：阳光花园3栋1201\n电话：13811116666":                    {"13811116666", "阳光花园3栋1201"},
		// The writer's own number said so goes before a line that only may be theirs; a
		// neighbour by room number, a 楼长, a developer, a notice quoted are someone else.
		"1601业主：张先生\n电话：13711112222\n\n我的电话：13588880000": {"13588880000", ""},
		"肇事人：王某\n联系电话：13700009999\n我的手机：13899997777":     {"13899997777", ""},
		"我的邻居：王五 电话：13700001212\n楼上太吵。":                  {"", ""},
		"电梯坏了。\n【姓名】张三【电话】13812340000【地址】阳光花园3栋":         {"13812340000", "阳光花园3栋"},
		"电梯坏了。\n姓名：周杰\n楼栋：7栋\n单元：2单元\n房号：1502":           {"", "7栋2单元1502"},
		// Someone else's words quoted, a number said to be dead, a notice or message quoted
		// until the writer speaks again, roles of the writer's own people, "见落款".
		"母亲电话：13600001111 我的电话：13922223333":                                         {"13922223333", ""},
		"门上贴的告示：本户装修，我的电话：13912345678，如有打扰请见谅":                                      {"", ""},
		"（住户：王建，房号：9-1-301，电话：13733330000）楼上住户：刘勇，房号：9-1-401，电话：13744440000":        {"13733330000", "9-1-301"},
		"维修师傅说：有问题直接打我电话 13900000302\n联系电话：13800000302":                             {"13800000302", ""},
		"楼上那户说我的电话是13900000309，让我别找物业。\n联系电话：13800000309":                           {"13800000309", ""},
		"邻居贴的纸条：「有意见请打我电话13900000301」":                                              {"", ""},
		"我的手机 13800000305 已经停机了，请打 13900000305":                                     {"13900000305", ""},
		"物业发给我的短信：\n联系人：管家小陈\n联系电话：13900000404\n\n我的电话：13800000404":                 {"13800000404", ""},
		"你们贴的通知是这样写的：\n联系电话：0571-88886666\n结果没来水，我很生气。\n我的电话：13566660000":           {"13566660000", ""},
		"我的律师：张律师 电话：13900000205":                                                   {"", ""},
		"我的地址：见落款\n\n此致\n业主 电话：13800000204":                                         {"", ""},
		"地址：紫荆苑3幢（原5幢）电话：13800000601":                                               {"13800000601", "紫荆苑3幢（原5幢）"},
		"楼长：王阿姨\n电话：13900002222\n她说不归她管。":                                           {"", ""},
		"开发商：绿城房产\n联系电话：400-888-1234\n地址：杭州市西湖区XX路1号":                               {"", ""},
		"停水又没提前说。\n你们贴的通知是这样写的：\n联系电话：0571-88886666\n地址：物业服务中心\n\n我的电话：13566660000": {"13566660000", ""},
		"地址：0571-88886666\n手机：13912345678":                                          {"13912345678", ""},
	} {
		c := Read(Mail{Name: "业主", Email: "yz@163.com", Subject: "投诉", Text: text})
		if got := [2]string{c.Phone, c.Address}; got != want {
			t.Errorf("%q: phone and address %q, want %q", text, got, want)
		}
	}
}

// A writer who gives their number and address without labels, under their name at the foot of
// the mail or in a sentence of their own, gives them; someone else's, or a place they speak of,
// does not.
// The sender's name may be a nickname, an English name or a flat: the name the mail is signed
// with gives the contact beside it, and under a nickname or a handle is the writer's; a flat is
// an address, not a name.
func TestSendersNameThatIsNoChineseName(t *testing.T) {
	for _, tc := range []struct{ from, text, name, phone, address string }{
		{"小鱼儿", "门禁卡一直刷不开，已经反映过多次。吴芳 13633334444 地址：阳光花园2号楼", "吴芳", "13633334444", "阳光花园2号楼"},
		{"Jason Chen", "门禁坏了。\n陈杰 13544445555 8栋", "陈杰", "13544445555", "8栋"},
		{"Jason Chen", "门禁坏了。\n保安 李强 13544445555", "Jason Chen", "", ""},
		{"yezhu888", "游泳池水很浑浊。\n刘先生 电话 13511112222", "刘先生", "13511112222", ""},
		// A name the words before it introduce, a neighbour's flat, someone's job: not the writer's.
		{"小鱼儿", "麻烦物业帮忙联系一下他们房东\n张强 13900001111", "小鱼儿", "", ""},
		{"快乐每一天", "他家的电话写在下面，你们自己打试试。\n刘洋 13511110000", "快乐每一天", "", ""},
		{"Ocean", "就是这个人：\n\n赵磊 15800001111", "Ocean", "", ""},
		{"阿晴", "楼道很脏。\n孙丽 18800002222 6号楼管家", "阿晴", "", ""},
		{"吃货一枚", "外卖放错了。\n外卖小哥 13900004545", "吃货一枚", "", ""},
		{"小静", "楼上漏水。\n王建国 5栋602说不是他家漏的", "小静", "", ""},
		{"岁月静好", "楼道灯坏了。\n孙浩 13811118888", "孙浩", "13811118888", ""},
		{"Ocean", "楼道灯坏了。\n孙浩 13811118888。", "孙浩", "13811118888", ""},
		{"孙浩", "楼道灯坏了。\n孙浩 1802 13811118888", "孙浩", "13811118888", ""}, // a room, then the number: not one number
		{"翟敏", "会议室空调太冷了\n翟敏 2603 181 2256 0473", "翟敏", "181 2256 0473", ""},
		{"翟敏", "会议室空调太冷了 翟敏 2603 181 2256 0473", "翟敏", "181 2256 0473", ""},
		{"邵华", "到店被告知没有预约。\n\n邵华 +86 13812345678", "邵华", "+86 13812345678", ""},
		{"陳太", "大堂升降機又壞咗。\n陳太 電話 9123 4567", "陳太", "9123 4567", ""},
		{"xiaoming_mama", "老师上课一直在放视频。\n班级：周六上午编程启蒙2班\n\n小明妈妈 13900001234", "xiaoming_mama", "13900001234", ""},
		{"張志強", "致：雲棲花園管理處\n由：第5座18樓C室業主 張志強\n\n升降機故障。", "張志強", "", "第5座18樓C室"},
		{"3号楼物业", "楼道灯坏了。", "3号楼物业", "", ""},
		{"2号门岗", "大门坏了。", "2号门岗", "", ""},
		{"阳光花园5栋1单元", "楼道灯坏了。", "", "", "阳光花园5栋1单元"}, // a place names no one
		{"张伟 3-2-1101", "楼道灯坏了。", "张伟", "", "3-2-1101"},
		{"12号楼王阿姨", "晚上广场舞音响太吵。", "12号楼王阿姨", "", "12号楼"},
		{"1号楼超市", "总有车停在我们超市门口。", "1号楼超市", "", ""},
		{"5栋管家小周", "5栋2单元802的业主刘先生反映楼上装修太吵。", "5栋管家小周", "", ""},
		{"5栋业主", "5栋电梯坏了三天了。", "5栋业主", "", ""},
	} {
		c := Read(Mail{Name: tc.from, Email: "yz@163.com", Subject: "投诉", Text: tc.text})
		if got := [3]string{c.Name, c.Phone, c.Address}; got != [3]string{tc.name, tc.phone, tc.address} {
			t.Errorf("%q from %q: %q, want %q", tc.text, tc.from, got, [3]string{tc.name, tc.phone, tc.address})
		}
	}
}

func TestUnlabelledContactOfTheWriter(t *testing.T) {
	for text, want := range map[string][2]string{
		"电梯坏了。\n\n此致\n敬礼\n\n王建国\n138 0013 8000\n阳光花园3栋1201\n2026年11月20日": {"138 0013 8000", "阳光花园3栋1201"},
		"電梯壞咗。\n\n業主 王建国\n9123 4567\n業主（第3座 12樓 B室）":                     {"9123 4567", "第3座 12樓 B室"},
		"垃圾车太吵。\n\n王建国 敬上\n新北市板橋區文化路一段188巷5號3樓":                          {"", "新北市板橋區文化路一段188巷5號3樓"},
		"快递丢了。我是6栋的，电话18677778888":                                       {"18677778888", "6栋"},
		// A flat's number alone where the writer says it is theirs; their number after it.
		"快递柜又满了。我是1402的，电话13611112222": {"13611112222", "1402"},
		"道闸坏了。我家1204，电话13765432109":    {"13765432109", "1204"},
		"楼上很吵。我住302，有事找我。":             {"", "302"},
		"我住1204房间，空调坏了。":               {"", ""},
		"我家3口人都被吵醒了。":                  {"", ""},
		// "我的是" after a phone is spoken of; the number before the writer's name.
		"留个电话吧，我的是13912345678":              {"13912345678", ""},
		"电话13900001125是管家的，我的是13900001126。": {"13900001126", ""},
		"我的是13号车位，又被占了。":                    {"", ""},
		"3号楼电梯又坏了，老人上不去。13900005555 王建国":    {"13900005555", ""},
		"3号楼电梯又坏了，请联系保安。13900005555 李强":     {"", ""},
		"我是3号楼的邻居，他家天天吵。":                   {"", ""},
		"我住在翠湖花园5栋1单元801室，楼上每晚都很吵。":         {"", "翠湖花园5栋1单元801室"},
		"我是7栋2单元1502的业主，楼上漏水。":              {"", "7栋2单元1502"},
		"本人王建国，业主，房号翠湖花园8栋302室，车位被占。":       {"", "翠湖花园8栋302室"},
		// Someone else's number below another name, a date, a place the writer speaks of.
		"请师傅来修。\n\n维修师傅\n13900001111": {"", ""},
		"王建国\n2026年11月20日":            {"", ""},
		"王建国\n我昨天13点在3号楼等了一下午。":       {"", ""},
		"我在3号楼电梯里被困了半小时。":             {"", ""},
		"我是来投诉3号楼电梯的。":                {"", ""},
		"我住的3号楼电梯坏了。":                 {"", ""},
		"楼上那户说他住在5栋802。":              {"", ""},
		"师傅说：我住在5栋802，有事找我。":          {"", ""},
		"李娜\n13700002222\n\n王建国":      {"", ""},
		"我住在这里十年了，从没这么吵。":             {"", ""},
		// A date is no phone; a label above the next line gives someone else's value; a
		// labelled line is no address.
		"电梯坏了。\n王建国\n2026-03-05":                      {"", ""},
		"电梯坏了。\n王建国\n05.03.2026\n13800001111":         {"13800001111", ""},
		"电梯坏了。\n王建国\n2026年3月5日 星期四\n13800001111":      {"13800001111", ""},
		"楼上漏水。\n王建国\n楼上1502业主的电话（门上贴的）：\n13911112222": {"", ""},
		"退款没到。\n王建国\n订单编号：\n2305128890123":            {"", ""},
		"车位被占。\n王建国\n单位：杭州市第一人民医院 3号楼":                {"", ""},
		"你们公告上写的管家是：\n王建国\n13755556666":               {"", ""},
		"会议室空调坏了。\n王建国\n贵酒店8号楼1208房\n13012345678":     {"13012345678", ""},
		"電梯壞咗。\n王建国 謹啟\n第3座12樓B室":                     {"", "第3座12樓B室"},
		"漏水那户的房号是8栋1502，我家是8栋1402。":                   {"", "8栋1402"},
		// A building alone is the writer's too; a new number goes before the old one, and a
		// number the writer asks to be called on before "联系我" is theirs, not a relative's.
		"我住9栋，楼上每天晚上拖椅子。":                              {"", "9栋"},
		"家住5幢，门口垃圾三天没人清。":                              {"", "5幢"},
		"老人家住5幢2单元301，电话13812345678":                   {"", ""},
		"我住3楼，楼上漏水。":                                   {"", ""},
		"我的电话：13700002222\n楼上漏水。\n我换号了，新号码13912345678": {"13912345678", ""},
		"我換號了，新號碼 0912-345-678":                        {"0912-345-678", ""},
		"之前留的电话停机了，请打13912345678联系我。":                  {"13912345678", ""},
		"13912345678 找我就行，谢谢":                          {"13912345678", ""},
		"物业说：请打13912345678联系我们。":                       {"", ""},
		// A business centre's lettered tower; an estate's name between the street number and
		// the building.
		"我司位于B座2801，空调不制冷。":                 {"", "B座2801"},
		"我们店在1号商业楼1楼103号铺，隔壁奶茶店把桌椅摆到我们门口了。": {"", "1号商业楼1楼103号铺"},
		"我住5号楼隔壁楼3单元。":                      {"", ""},
		"我住B座2203。":                         {"", "B座2203"},
		"我住在海珠区江南西路120号金碧花园12栋502，楼下开店太吵。":  {"", "海珠区江南西路120号金碧花园12栋502"},
		"快递单上写的房号是3栋1201，可我住在3栋1102。":       {"", "3栋1102"},
		"以前我住在5栋602，现在我住9栋1101。":            {"", "9栋1101"},
		"我住在7栋302的正下方。":                     {"", ""},
		"我住在5栋2单元1501对面。":                   {"", ""},
		"我是7栋1单元301的业主委托的律师。":               {"", ""},
		"我住的是5栋602。":                        {"", "5栋602"},
		"我是3栋602业主，楼下太吵。":                   {"", "3栋602"},
		"本人系3幢1501室业主。":                     {"", "3幢1501室"},
		"我係第3座12樓B室嘅業主。":                    {"", "第3座12樓B室"},
		"我们店在B座1楼112号开了个面馆，门口被堵。":           {"", "B座1楼112号"},
		"我住在贵酒店8号楼1208房间。":                  {"", ""},
		"我住在3楼已经15年了。":                      {"", ""},
		// Beside the name, after a role; a work signature's number and address are the company's.
		"会议室空调坏了。\n王建国 13588002200":     {"13588002200", ""},
		"停车费多扣了。\n业主 王建国 15968001234":   {"15968001234", ""},
		"门店服务差。\n顾客 王建国\n158 0000 3333": {"158 0000 3333", ""},
		"小区路灯坏了。\n王建国\n0571-86001234\n杭州市西湖区文三路90号3号楼5层\n云帆科技有限公司 | 高级工程师": {"", ""},
		// Someone's words pasted whole; a notice pasted in quotes, then the writer again.
		"以下是邻居发给我的：\n我住在5栋602，楼上漏水。\n我家也一样。":                               {"", ""},
		"以下是物业发给我的短信：\n“尊敬的业主，您3月物业费尚未缴纳。”\n我已经交过了。我是11栋601的业主。":           {"", "11栋601"},
		"下面是邻居发给我的微信：\n我的电话：13900000402\n———\n联系电话：13800000402\n地址：8幢1102": {"13800000402", "8幢1102"},
		// Spaced parts of a Hong Kong flat, Taiwan's 之N, a field after a comma.
		"我住喺 麗港城3期 12座 8樓 A室，冷氣滴水。":     {"", "麗港城3期 12座 8樓 A室"},
		"我住在台北市大安區復興南路一段100號5樓之3，樓上很吵。": {"", "台北市大安區復興南路一段100號5樓之3"},
		"房号：5-1-801，电话13811119999":      {"13811119999", "5-1-801"},
		// A date beside the name; the office's staff or a namesake named with their role above
		// the writer's own signature; a staff contact's number after a comma; a sentence's rest.
		"停水。\n王建国 2026.3.15": {"", ""},
		"维修工 王建国 13911112222 说明天来。\n\n业主 王建国\n13588880000": {"13588880000", ""},
		"联系人：物业管家小刘，电话13800001111":                         {"", ""},
		"电话：13566669999，房号7栋1101室的住户占了我的车位":                {"13566669999", ""},
		"地址：阳光花园3栋，电话24小时打不通":                              {"", "阳光花园3栋"},
		// A day, a place beside a building, a hotel's room, a meeting room under the name.
		"我们店在12号晚上被停电。":           {"", ""},
		"我住在8号楼西侧的平房。":            {"", ""},
		"我家住在东区3号门附近。":            {"", ""},
		"入住会展酒店，房号是1208室。":        {"", ""},
		"隔壁装修，房号是5栋1202。":         {"", ""},
		"会议室空调坏了。\n王建国\n3号会议室":    {"", ""},
		"我们公司在科技园5栋1203，楼下餐厅油烟大。": {"", "科技园5栋1203"},
		// Someone's words pasted after an introduction of where they come from.
		"原文如下：\n我的电话13900001111，我住在6栋1201。\n\n请处理。":  {"", ""},
		"下面是业主群里的聊天记录：\n张三：我住在6栋1201，也漏水。\n\n请一起处理。": {"", ""},
		// Someone else's lines introduced without a colon, their name on a line of its own.
		"我是租户，房东一直不修热水器，房东信息如下\n姓名：刘建国\n电话：13900001111\n请物业帮忙联系他。\n王建国 13522223333": {"13522223333", ""},
		"我是租户，下面是房东的联系方式\n刘建国\n电话：13900001111\n请物业帮忙联系他。":                           {"", ""},
		"楼上漏水，漏水那户信息如下\n房号：8栋1602\n\n王建国":                                           {"", ""},
		"楼上漏水，这是他家贴在门上的联系方式\n联系人：赵先生\n手机：13700005555\n麻烦物业联系一下。\n王建国\n13600006666":  {"13600006666", ""},
		// A mobile in a work signature is the person's; building-unit-room; 本人…业主 without 是.
		"停车场太暗。\n王建国\n13500001234\n杭州绿城物业服务集团 项目经理": {"13500001234", ""},
		"我是7-2-301的业主，楼道灯坏了。":                       {"", "7-2-301"},
		"本人8栋601业主，电梯坏了。":                           {"", "8栋601"},
		// A number after a phone's label in a clause of the writer's own, not after someone else's.
		"我住在5栋1单元，电话是13811112222，请尽快处理。": {"13811112222", "5栋1单元"},
		// Only after the clause where the writer says who they are: anyone's number may follow
		// another clause (a shop's, a tradesman's, a relative's), unless it is the one number the
		// writer's words give and nothing says whose.
		"请尽快处理，联系电话13722223333。":                                            {"13722223333", ""},
		"麻将馆老板姓陈，电话13812345671，天天吵。我住3栋502，电话13800004444，请处理。":              {"13800004444", "3栋502"},
		"我妈年纪大了一个人住在2栋，手机号13312345683。":                                     {"", ""},
		"我是502业主，电话13900000502。":                                            {"13900000502", ""},
		"我打给前台，电话13733334444一直没人接。":                                         {"", ""},
		"物业的电话0571-88886666打不通。":                                            {"", ""},
		"楼下那家烧烤店太吵，电话0571-86661234也打不通。":                                    {"", ""},
		"我查了一下，电话400-888-1234是总部的。":                                         {"", ""},
		"我报了警，电话110来过了。":                                                    {"", ""},
		"我在加盟店充值了（门店：龙华店，地址：人民路100号，电话：0755-21234567）。":                     {"", ""},
		"以下是房东发给我的微信\n我在外地，房子是6栋1201，电话13900002222找我。\n\n请物业协助。":            {"", ""},
		"以下是邻居发给我的：\n你好，我已经跟师傅说了“尽快来修”\n我是6栋1201的业主，电话13900001111。\n\n请跟进。": {"", ""},
		"电梯坏了。\n\n王建国\n手机 13812340007\n阳光花园11栋2单元1502":                      {"13812340007", "阳光花园11栋2单元1502"},
		// A number the writer called; a staff member's words reported without a colon; a QQ
		// number; the office's own lines (a handler's, its words offering its number, in English).
		"我住3栋，电话0571-88886199打了一晚上没人接，家里跳闸到现在没电。":   {"", "3栋"},
		"上周报修的时候，你们管家说有事联系我13588886601，结果这几天一直关机。":  {"", ""},
		"我跟他说有事联系我13800001111。":                     {"13800001111", ""},
		"快递被拿走了。\n有事联系我：913822456（QQ）":              {"", ""},
		"报修的热水器还没修。\n接单人：陈建\n电话：13566661234\n\n王建国": {"", ""},
		// A number the writer asks to be called on, or gives in a sentence of its own; not one
		// after a sentence about someone else, nor a flyer's.
		"如需核实请打 13777001122。":                 {"13777001122", ""},
		"楼道里到处贴小广告：开锁请联系13777001122":          {"", ""},
		"请打13777001122找保安队长。":                 {"", ""},
		"我的号码 13900004444 一直开机。":              {"13900004444", ""},
		"I can be reached at +852 9123 4567.": {"+852 9123 4567", ""},
		"请尽快安排维修。电话13812348888。":              {"13812348888", ""},
		"维修师傅来过。电话13812348888。":               {"", ""},
		"物业经理姓李。电话13812348888。":               {"", ""},
		// A signature's label stuck to the number beside the name, a new number's label, a
		// tenant's room under the company's name, an English address.
		"空调坏了。\n\n王建国 手机13810002000":                                                            {"13810002000", ""},
		"空调坏了。\n新手机号：18520001234":                                                               {"18520001234", ""},
		"空调坏了。\n\n王建国\n永安保险 人事部 B座1501\n13700000001":                                            {"13700000001", "B座1501"},
		"The lift is broken again.\n\nRegards,\n王建国\nRm 1203, 12/F, Tower B\nMobile: 9123 4567": {"9123 4567", "Rm 1203, 12/F, Tower B"},
		// A business centre's tenants say where their company is.
		"昨天保洁在我们公司（A座905）打扫时把样品打碎了。":                 {"", "A座905"},
		"我们在C座2108，我的电话13511112222。":                 {"13511112222", "C座2108"},
		"我们在B座19层1901办公，空调不制冷。":                      {"", "B座19层1901"},
		"我们在3号楼电梯里被困了半小时。":                           {"", ""},
		"食堂太慢。\n\n王建国（B座1108）\n电话 13612349876":       {"13612349876", "B座1108"},
		"身份证的事。\n\n王建国 永安保险 人事部 B座1501\n13700000001": {"13700000001", "B座1501"},
		// A signature's landline, then the mobile: the mobile reaches the person.
		"空调坏了。\n\n王建国\n座机：0755-26631234\n手机：13812345678":       {"13812345678", ""},
		"空调坏了。\n\n王建国\n手机：13812345678\n座机：0755-26631234":       {"13812345678", ""},
		"冷氣壞了。\n\n王建国\n電話：02-2720-5566 分機 12\n手機：0912-345-678": {"0912-345-678", ""},
		// A hotline in a company's signature is its line alone: the mobile after it is the writer's.
		"空调坏了。\n\n王建国\n永安保险 人事部\n全国服务热线：400-888-1234\n手机：13612345678":           {"13612345678", ""},
		"你们对接人：小刘\n手机：13588886601\n一直不回。":                                       {"", ""},
		"The aircon is broken.\nEngineer on duty: Mr. Wang\nTel: 135 6666 1234": {"", ""},
		"以下是你们的回复：\n如有疑问请拨打\n联系电话：0571-88886123\n云栖花园物业服务中心":                    {"", ""},
		"如有疑问请联系我 13800001111":                                                  {"13800001111", ""},
		// A notice or letter set apart by a blank line below its introduction: its paragraphs
		// and their signature, until the writer speaks or signs again.
		"你们贴在电梯里的通知：\n\n停车收费调整：月租车位调整为450元。\n\n地址：文一西路1288号\n联系电话：0571-88886123\n\n涨50%，业主大会表决了吗？": {"", ""},
		"你们贴在电梯里的通知：\n\n停车收费调整：月租车位调整为450元。\n\n联系电话：0571-88886123\n\n王建国\n13522223333":             {"13522223333", ""},
		"你们贴在电梯里的通知：\n\n停车收费调整。\n\n联系电话：0571-88886123\n\n我不同意。我的电话：13522223333":                    {"13522223333", ""},
		// Living in the compound nearby; a Shanghai lane house's number and room.
		"我住附近的西溪诚园，电话13912345678，每天晚上广场舞太吵。": {"13912345678", ""},
		"我住的楼上那户，电话13912345678，天天吵。":         {"", ""},
		"我家在田林十二村25号301，楼上漏水。":               {"", "田林十二村25号301"},
		"我住在中山路100号，楼上吵。":                    {"", "中山路100号"},
		// A work signature's office room is where the writer is found: a business centre's tenant.
		"B座卫生间异味严重。\n\n行政部 王建国\n云帆科技有限公司\nB座15层1503\n13918882233": {"13918882233", "B座15层1503"},
		// A day or a room beside the name is no address; the writer's own requests and reminders
		// are no one else's words; a number "不关机"; a work order's number is no one's label;
		// a landlord's line in English; a notice's 我们 is the notice's.
		"我住5幢302。\n王建国 11月20号":                                 {"", "5幢302"},
		"会议室空调坏了。\n王建国 1208室 13800001212":                      {"13800001212", ""},
		"麻烦您转告师傅联系我13600001111。":                               {"13600001111", ""},
		"请告诉维修师傅直接联系我13900001111。":                             {"13900001111", ""},
		"如需详细说明请联系我13700001111。":                               {"13700001111", ""},
		"上次也和你们说过我住在9幢2单元1002。":                                {"", "9幢2单元1002"},
		"我住3栋502，电话13800001111不关机。":                            {"13800001111", "3栋502"},
		"客服工单号：KF20261120\n联系电话：13800001111\n地址：5幢302":         {"13800001111", "5幢302"},
		"Landlord: Mr Chen 13900001111\nMy phone: 13800001111": {"13800001111", ""},
		"你们贴的通知：\n我们将安排专人上门检修。\n联系人：王师傅\n联系电话：13912340000\n\n请问什么时候来？": {"", ""},
		// A notice set apart ends after its date; an English role with no name after it is what
		// the writer met, not whose lines follow.
		"你们贴的通知：\n\n因检修停水。\n施工负责人：刘工 13912345678\n\n物业服务中心\n2026年11月20日\n\n请提前通知。\n\n联系电话：13605719999\n地址：8幢502": {"13605719999", "8幢502"},
		"Dear Sir,\nFront desk staff: Amy (very rude)\nPhone: +81 90 1234 5678": {"+81 90 1234 5678", ""},
		"Engineer on duty: Mr. Wang\nTel: 135 6666 1234":                        {"", ""},
		// A signature of one line: the name, and beside it the address, the number or both.
		"电梯坏了。\n王建国，7号楼3单元1102，13736150022": {"13736150022", "7号楼3单元1102"},
		"电梯坏了。\n3栋2单元1101 王建国":              {"", "3栋2单元1101"},
		"电梯坏了。\n许文 30幢1802 13819990011":     {"", ""},
		"会议室空调坏了。\n王建国 3号会议室":               {"", ""},
		"王建国 5栋602 说过这事。":                   {"", ""},
		// A blank line after the introduction, or inside words pasted in quotes, ends no paste.
		"以下是邻居发给我的：\n\n我住在5栋602，电话13900001111，楼上漏水。\n\n请处理。":                         {"", ""},
		"以下是邻居发给我的：\n“你好，\n\n我是6栋1201的业主，电话13900001111。”\n我是3栋502的业主，电话13800004444。": {"13800004444", "3栋502"},
		// Under a work signature a flat is the writer's home, and an office's room or one on the
		// floor the complaint is about theirs; a street's number alone is the company's.
		"楼上漏水到我家卧室。\n\n王建国\n浙大附属医院 护士长\n云栖花园二区5幢302\n13611223344":         {"13611223344", "云栖花园二区5幢302"},
		"B座15层空调温度一直降不下来。\n\n王建国\n行政主管\n云帆科技有限公司\nB座15层1503\n13588776655": {"13588776655", "B座15层1503"},
		"B座电梯坏了。\n\n王建国\n行政主管\n云帆科技有限公司\nB座15层1503\n13588776655":          {"13588776655", "B座15层1503"},
		"电梯坏了。\n\n王建国\n行政主管\n云帆科技有限公司\n文三路90号\n13588776655":               {"13588776655", ""},
		// A notice set apart ends with the office that signs it, as with its date.
		"你们贴在电梯里的通知：\n\n尊敬的业主：\n近期小区将进行消防设施检测，请勿惊慌。\n检测单位：杭州安消检测有限公司\n云栖花园物业服务中心\n\n家里有刚出生的宝宝。\n\n联系电话：13605718888\n地址：8幢503": {"13605718888", "8幢503"},
		"你们贴的通知：\n\n尊敬的业主：\n本周停水。\n联系人：王经理\n联系电话：13900001111\n云栖花园物业服务中心\n2026年11月20日\n\n我家有老人。":                              {"", ""},
		// Quotes closed inside a line: what follows them is the writer's again.
		"以下是楼上邻居发给我的：\n\n“唐姐你好，我是1802的，我的电话是13800009999。”她就说了这些。\n\n她家一直拖着不修。\n我住17幢1702，电话13588887777。": {"13588887777", "17幢1702"},
		"以下是邻居发给我的：\n“你好，师傅说“明天来”，\n我是6栋1201的业主，电话13900001111。”\n\n请处理。":                                 {"", ""},
		"原文如下：\n\n“我住在6栋1201。\n\n我的电话13900001111”\n\n王建国\n13522223333":                                   {"13522223333", ""},
		// Labels beside the name, and the writer's contact after the complaint's last sentence
		// on its line; not someone else's label there, nor a staff member's line.
		"垃圾桶坏了。\n王建国，电话：13322223336，地址：阳光花园1号楼":       {"13322223336", "阳光花园1号楼"},
		"门禁卡一直刷不开，已经反映过多次。王建国 13633334444 地址：阳光花园2号楼": {"13633334444", "阳光花园2号楼"},
		"物业你好，朱雀路口的垃圾桶坏了。联系人：王建国 电话：13322223333":      {"13322223333", ""},
		"门禁卡坏了。邻居电话：13633334444":                      {"", ""},
		"游泳池水很浑浊。\n王建国 电话 13511112222":                {"13511112222", ""},
		"游泳池水很浑浊。\n刘先生 电话 13511112222":                {"", ""}, // another name under the sender's own
		"游泳池水很浑浊。\n小刘 电话 13511112222":                 {"", ""},
		"游泳池水很浑浊。\n保安 电话 13511112222":                 {"", ""},
		"王建国，地址：阳光花园1号楼的物业不管事":                        {"", ""},
		// The name after a comma, a number stuck to it; a number the words after it give to
		// someone else; an address label giving where the trouble is.
		"电梯坏了叫不醒，王建国 13699990000":                                                      {"13699990000", ""},
		"楼上太吵。王建国13777001122":                                                          {"13777001122", ""},
		"楼上太吵。王建国 １３７７７００１１２２":                                                         {"13777001122", ""},
		"我住5栋2单元，电话13900001118是楼上那家的，天天吵。":                                             {"", "5栋2单元"},
		"我住3栋，电话13900001134的快递员把我快递弄丢了。":                                               {"", "3栋"},
		"我住3栋，联系电话13900001133（楼长的）。":                                                   {"", "3栋"},
		"我住3栋，电话13900001133（微信同号）。":                                                    {"13900001133", "3栋"},
		"我住14幢903，电话13812347777是你们登记过的，怎么会联系不上？":                                       {"13812347777", "14幢903"},
		"我住3栋，电话13900001133是我对门邻居的。":                                                   {"", "3栋"},
		"我住4栋901。电话：13900008888（楼上的）":                                                  {"", "4栋901"},
		"门上贴了装修公告。联系人：赵师傅 电话：13711119999":                                              {"", ""},
		"我要投诉2号岗的保安。姓名：刘强 电话：13800003333":                                              {"", ""},
		"韩雪 楼下1703室，每天晚上油烟直排":                                                          {"", ""},
		"地址：地铁站对面的阳光花园5栋302":                                                           {"", "地铁站对面的阳光花园5栋302"},
		"车被刮了。地址：地下车库B2层":                                                              {"", ""},
		"我住3栋，电话13900001133是我的。":                                                       {"13900001133", "3栋"},
		"联系人：王建国 电话：13322224444 地址：3号楼门口的垃圾桶坏了":                                        {"13322224444", ""},
		"The lift is broken again. Call me 13577778888.":                               {"13577778888", ""},
		"The note on their door says call me on 13900001212 if the noise bothers you.": {"", ""},
		"窗口10点还没人。我住4栋1101，王建国":                                                        {"", "4栋1101"},
		"车位被占了，王建国 15912345678 住16栋":                                                   {"15912345678", "16栋"},
		"王建国 13500005556，投诉1703油烟直排":                                                   {"13500005556", ""},
		"王建国 13633334445 地址：小区南门到3号楼那段路灯全坏了":                                           {"13633334445", ""},
		// Another name's contact at the foot of a mail signed by its sender's own name.
		"门禁坏了。\n陈杰 13544445555 8栋": {"", ""},
	} {
		c := Read(Mail{Name: "王建国", Email: "wjg@163.com", Subject: "投诉", Text: text})
		if got := [2]string{c.Phone, c.Address}; got != want {
			t.Errorf("%q: phone and address %q, want %q", text, got, want)
		}
	}
	// A carrier's mailbox is named by its owner's mobile number; a QQ mailbox by no phone.
	for email, want := range map[string]string{"13811112233@139.com": "13811112233", "13311112233@189.cn": "13311112233",
		"913822456@qq.com": "", "13811112233@163.com": ""} {
		c := Read(Mail{Name: "贺军", Email: email, Text: "电梯坏了。"})
		if c.Phone != want {
			t.Errorf("from %s: phone %q, want %q", email, c.Phone, want)
		}
	}
	// Unless the mail says that number is no longer theirs to call.
	if c := Read(Mail{Name: "贺军", Email: "13811113333@139.com", Text: "这个邮箱绑定的手机号已经停用了。"}); c.Phone != "" {
		t.Errorf("a stopped number given: %q", c.Phone)
	}
	// A writer known only as 黃先生 signs on a line of their own, not after the office's staff role.
	for text, want := range map[string][2]string{
		"光管壞咗。\n\n黃先生\n沙田第一城 35座 18樓 H室\n6123 4567": {"6123 4567", "沙田第一城 35座 18樓 H室"},
		"請聯絡：\n管家 黃先生 13800138111\n佢冇覆。":            {"", ""},
		"當值保安 黃先生 2345 6789 態度差。":                   {"", ""},
	} {
		c := Read(Mail{Name: "黃先生", Email: "wong@example.hk", Text: text})
		if got := [2]string{c.Phone, c.Address}; got != want {
			t.Errorf("%q from 黃先生: phone and address %q, want %q", text, got, want)
		}
	}
	// A forward the writer added nothing to: the first person is the one it passes on.
	passed := "物业你好，我住在5栋602，楼上漏水。\n\n李秀英\n13900002222"
	m := Mail{Name: "王建国", Email: "wjg@163.com", Subject: "Fwd: 楼上漏水",
		Text:      "---------- Forwarded message ---------\n发件人：李秀英 <lxy@qq.com>\nDate: 2026年3月4日\n\n" + passed,
		Forwarded: passed}
	if c := Read(m); c.Phone != "" || c.Address != "" {
		t.Errorf("the forwarder given %q, %q of what they passed on", c.Phone, c.Address)
	}
}

// contactCase is a mail's sender and text, and the phone number and address read as theirs.
type contactCase struct{ from, text, phone, address string }

// checkContacts reads the contact of each case's mail from email under subject.
func checkContacts(t *testing.T, email, subject string, cases []contactCase) {
	t.Helper()
	for _, c := range cases {
		got := Read(Mail{Name: c.from, Email: email, Subject: subject, Text: c.text})
		if got.Phone != c.phone || got.Address != c.address {
			t.Errorf("%q from %s: phone and address %q, %q, want %q, %q", c.text, c.from, got.Phone,
				got.Address, c.phone, c.address)
		}
	}
}

// Residents typing on phones give their contact in clauses of a sentence, without labels or a
// line of its own: after the clause saying who they are, beside their name, or after the
// complaint's last sentence on its line. A run of such clauses after words about someone else is
// theirs.
func TestContactInARunOfClauses(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"王磊", "楼下垃圾站夏天臭死了，能不能每天多清一次？麻烦尽快处理，我姓王，电话13800002345，住5栋", "13800002345", "5栋"},
		{"蒋峰", "值班保安电话13800009998打不通，大门一直开着。我的电话：13611110000，住10栋1204", "13611110000", "10栋1204"},
		{"陶然", "已经打了12345投诉，你们还是没处理。我是陶然，电话13755550000，住址15栋601", "13755550000", "15栋601"},
		{"张艾米", "我的快递被前台代收了，取不到。我叫张艾米，电话18612345678，11栋", "18612345678", "11栋"},
		{"何静", "我的手机15005710033，地址：14栋901", "15005710033", "14栋901"},
		{"李婷", "草坪上狗屎没人管。我微信wxid_vivian1988，手机13700001234，住24栋", "13700001234", "24栋"},
		{"朱红", "车位租金涨了。我2栋1单元1501的，朱红，13600009999", "13600009999", "2栋1单元1501"},
		{"王秀英", "上次报修的是2单元，这次是1单元，我是1单元602王阿姨，电话13544440000", "13544440000", "1单元602"},
		{"冯磊", "小区健身区的跑步机坏了好久了，13588886123，冯磊，2栋601", "13588886123", "2栋601"},
		{"谢军", "工程部王经理电话：13566660000，说周三派人来看电表，到现在没来。我在家等了一天。谢军，15栋2单元1101，电话13566667777",
			"13566667777", "15栋2单元1101"},
		{"黄蓉", "管家小刘电话13700003334一直不接，水管漏了两天了！！9栋1203", "", "9栋1203"},
		{"程晨", "水管爆了！！！快来人！！！17栋1803 电话13600002222", "13600002222", "17栋1803"},
		{"小张", "电梯坏了 3天了 没人修 5栋2单元 小张13500001234", "13500001234", "5栋2单元"},
		{"秦雨", "健身房开放时间能否延长？秦雨 电话13600559988/0755-26681111 20栋", "13600559988", "20栋"},
		{"许静", "今天早上电梯困人半小时，事发地点：3号楼2单元电梯，联系电话：13900001122", "13900001122", ""},
		{"郭靖", "井盖丢了很危险，地址：8栋地库入口，联系人：黄女士 13322224446", "13322224446", ""},
		{"陈明", "我在10栋楼下被狗咬了，狗主人跑了，监控能查吗？电话13511113333", "13511113333", ""},
		{"董洁", "之前留的13700002222已经不用了，现在用13700002223，请更新。9栋2单元1003", "13700002223", "9栋2单元1003"},
		{"邵华", "水压特别低。我家住15栋1单元2201，手机经常没信号，打家里座机26681234", "26681234", "15栋1单元2201"},
		{"熊伟", "遛狗不牵绳的越来越多。有事加我QQ 913822456，或者打13822456000", "13822456000", ""},
		{"岁月静好", "电梯坏了三次。\n以上情况属实。张伟 3-2-1101 13911112222", "13911112222", "3-2-1101"},
		{"陳小姐", "但係今個月又話我欠費。陳小姐，第5座12樓A室，電話：5123 9876", "5123 9876", "第5座12樓A室"},
		{"陈明", "小區門口的快遞櫃壞了。我住9棟，電話13688881111", "13688881111", "9棟"},
		// A line of nothing but the contact at the foot of the text, signed or not.
		{"蒋女士", "管家小李的电话13800001111打了一个星期都不接，家里门禁卡坏了进不了单元门。\n31栋1单元", "", "31栋1单元"},
		{"马丽", "受理了三天没人来！我的手机13758880046，下午都在家。\n14栋2单元201", "13758880046", "14栋2单元201"},
		{"米粒", "群里有人天天发广告。\n我QQ：1380571234，可以加我看截图。\n27栋的业主", "", "27栋"},
		{"陈明", "楼上天天半夜蹦迪。\n陈明\n9栋1303", "", "9栋1303"},
		// Someone else's.
		{"陈明", "楼上天天半夜蹦迪。\n9栋1303", "", ""},
		{"陈明", "投诉5栋1202的住户乱扔垃圾。\n5栋1202", "", ""},
		{"陈明", "12号楼前面的路灯坏了。\n12号楼", "", ""},
		{"王芳", "我住8栋1101。你们新来的管家跟我同名，王芳 13900005555，这个号我打了十几次都不接。", "", "8栋1101"},
		{"钱多多", "买的牛奶过期了，订单号 202611151234567890，金额 136.80 元，小票编号 00381256。\n要求退款。", "", ""},
		{"王建华", "我这周出差，具体事宜请联系我助理小陈 139 1234 0011。", "", ""},
		{"陈明", "楼上邻居装修太吵了，物业经理姓李。电话13900001111", "", ""},
		{"陈明", "楼上的人天天半夜蹦迪。9栋1303", "", ""},
		{"陈明", "他工牌上写的名字和电话我抄下来了，请严肃处理。王先生 13900003333", "", ""},
		{"陈明", "门上贴的告示：装修期间请谅解，电话13900001111", "", ""},
		{"陈明", "我住的楼上那户，电话13912345678，天天吵。", "", ""},
		{"陈明", "上次报修的是2单元，这次是1单元。", "", ""},
	})
}

// A writer asking to be called back, who moved, rents, or whose flat the leak reached.
func TestWritersOwnWordsForTheirContact(t *testing.T) {
	for _, c := range []struct{ text, phone, address string }{
		{"请回电13912341234，今天下午都在。地库入口积水了。", "13912341234", ""},
		{"楼道里贴满了小广告，有事请回电13900009999之类的，请保洁清理。", "", ""},
		{"他回了一张纸条，有事请回电13900009898，我打了三次都没人接。", "", ""},
		{"我以前住3栋101，现在搬到了29栋1801，新房墙面开裂。", "", "29栋1801"},
		{"我租的是3栋1501，房东住5栋801，热水器坏了他不管。", "", "3栋1501"},
		{"楼上那户（7栋1802）又漏水到我家7栋1702了，天花板都发霉了。", "", "7栋1702"},
		{"我家3口人，挤在一间房。", "", ""},
		{"吵到我们。我住会所对面的10栋，天天听得到。", "", "10栋"},
		{"我不是你们小区的，我住隔壁翠苑小区3栋，你们小区的人遛狗不牵绳。", "", "翠苑小区3栋"},
		{"快递老是送错，我的地址写得很清楚是6栋1单元801，结果送到了9栋1单元801。", "", "6栋1单元801"},
		{"我的地址不是5栋1202，你们登记错了。", "", ""},
		// A business centre's tenants.
		{"你好，我是C座15楼鼎信律师事务所的袁野。", "", "C座15楼"},
		{"我们公司B座706的饮水机一直漏水，地毯都湿了。", "", "B座706"},
		{"我们是C座1206金鼎会计。", "", "C座1206"},
		{"我们律所在B座19层1901-1905，1903会议室的玻璃幕墙漏水。", "", "B座19层1901-1905"},
		{"你好，我们公司（成都高新区天府软件园B区7栋3楼，亿达软件）预订了年会。", "", "成都高新区天府软件园B区7栋3楼"},
		{"我是5栋物业的保安李强。", "", ""},
		{"资料寄错了，被同事带去出差了。\n\n以后请寄到：成都市高新区天府三街198号腾飞大厦9楼", "", "成都市高新区天府三街198号腾飞大厦9楼"},
		{"快递员说：请寄到：成都市高新区天府三街198号", "", ""},
		{"我们是3号楼的，电梯坏了。", "", ""},
		{"我住楼上1602的隔壁，天天吵。", "", ""},
		{"我住1502对面，天天吵。", "", ""},
		{"隔壁装修，房号是5栋1202。", "", ""},
	} {
		got := Read(Mail{Name: "袁野", Email: "x@163.com", Subject: "投诉", Text: c.text})
		if got.Phone != c.phone || got.Address != c.address {
			t.Errorf("%q: phone and address %q, %q, want %q, %q", c.text, got.Phone, got.Address, c.phone, c.address)
		}
	}
}

// Foreign tenants write their flat as English does, in runs of clauses and after "I'm in".
func TestEnglishFlatsAndSignOffs(t *testing.T) {
	checkContacts(t, "x@example.com", "Complaint", []contactCase{
		{"Mark", "Hi, the gym has been closed for 2 weeks without notice. Pls fix. Mark, Block 6, 1302, tel 13533334444",
			"13533334444", "Block 6, 1302"},
		{"Sophie Martin", "The guy in 1801 (his number is 13566667770 on the notice) is renovating at 7am. I'm in 1701, Block 9. Call me 13577778888",
			"13577778888", "1701, Block 9"},
		{"Amy", "Nobody picked up. Water is leaking from the ceiling in my flat 2-1503. Amy 138 1234 5670", "138 1234 5670", "flat 2-1503"},
		{"Tom", "The courier (SF, 15011119999) says he left my parcel at the guard house. Tom, Block 11", "", "Block 11"},
		{"John Miller", "Hello,\nI am a tenant in Block 5, Room 1203. The construction starts at 6am.\nMobile: 4155550134\nJohn Miller",
			"4155550134", "Block 5, Room 1203"},
		{"Tom Baker", "There is a leak under my kitchen sink.\nTom, Block 2 Room 1101", "", "Block 2 Room 1101"},
		{"Li Wei", "No hot water since Monday.\nAddress (staff apartment): Building 3, Room 502\nPhone: 13511119999", "13511119999",
			"Building 3, Room 502"},
		{"John Smith", "To the Property Management Office:\nName: John Smith\nFlat: 1203, Block 5\nPhone: 13800001111", "13800001111",
			"1203, Block 5"},
		{"Olga Ivanova", "Neighbour: Flat 1202 above me\nPhone: 13544443333\nOlga Ivanova, Flat 1102", "13544443333", "Flat 1102"},
		// A work signature's suite on its floor is the office the writer works in, as a Chinese
		// one's room in its building is; someone else's; a room number cut by a full stop only
		// after an abbreviation.
		{"Sarah O'Neill", "The alarm beeps.\n\nSarah O'Neill\nOffice Manager | Ardent Law LLP\nSuite 1506, 15/F, Tower A\nM: +86 186 2150 3344",
			"+86 186 2150 3344", "Suite 1506, 15/F, Tower A"},
		{"Kate", "The noise comes from the flat above. Block 3", "", ""},
		{"Kate", "Please send someone to Rm. 1203 today.", "", ""},
		{"Kate", "I am writing about the gym in Block 5, Room 2. It is dirty.", "", ""},
	})
}

// The writer's number after "如有疑问请致电：" on the line below, a carrier mailbox's owner's new
// number, a flat with a note of where it is, and not a number the writer says they called.
func TestMoreOfTheWritersOwnNumbers(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		// "…就行：", "…就是下单那个：" between the words and the number; a role before the
		// writer's own name; the long form of a flat in brackets.
		{"苏婉", "我老公上班忙，这件事我来处理，有事联系我就行：15850631147。\n苏婉", "15850631147", ""},
		{"严佳", "不服你去投诉，店里电话18013965432随便打\n\n这种态度还是加盟店吗？我的电话就是下单那个：15950478861。\n严佳", "15950478861", ""},
		{"严佳", "我的电话就是13800001111", "13800001111", ""},
		// Voice typed without punctuation: the number runs into the next words.
		{"蒋丽华", "我下去找过他们工人给了我一个电话说是老板的139 1300 7265我打了好几次都没人接我的电话是138 6213 7709你记一下", "138 6213 7709", ""},
		// A survey answered: the name declined, the flat as building, unit and room.
		{"", "房号：16-2-1203\n姓名：不填了\n联系电话（选填）：\n\n意见：快递驿站占用消防通道一年多了。", "", "16-2-1203"},
		{"何丽", "1. 您的房号：3幢1单元601\n2. 您的电话：13584823390\n3. 您的意见：电梯太旧。", "13584823390", "3幢1单元601"},
		// A home service's order, a form's where the writer is; not where the trouble is.
		{"何丽", "我的手机15801166720，服务地址：北京市朝阳区望京西园三区312号楼1单元603。", "15801166720", "北京市朝阳区望京西园三区312号楼1单元603"},
		{"何丽", "所在楼层/单元：B座 11F 1105\n空调不制冷。", "", "B座 11F 1105"},
		{"何丽", "所在位置：3号楼电梯口\n电梯门夹人。", "", ""},
		{"刘洋", "房间电话打不通，请打手机：137 7016 2294。", "137 7016 2294", ""},
		{"刘洋", "有事请联系物业经理13770162294", "", ""},
		// A landlord or a tenant by any name says whose the flat is.
		{"陈伟", "物业你好，我是6幢2单元1202的房东陈伟，人在上海工作，租客反映门禁卡坏了。", "", "6幢2单元1202"},
		{"陈伟", "我是13幢2单元601的承租人，楼上漏水。", "", "13幢2单元601"},
		{"陈伟", "我的房东是6幢2单元1202的，他不管。", "", ""},
		{"严佳", "你们万达店把我的白衬衫洗染色了，老板在微信上是这样说的：\n\n万达店-王姐：衣服已经洗了你想怎样\n" +
			"万达店-王姐：不服你去投诉，店里电话18013965432随便打\n\n这种态度还是加盟店吗？我的电话就是下单那个：15950478861。\n严佳", "15950478861", ""},
		{"刘畅", "请会务组说明团体报到的安排。\n\n领队：刘畅  13678012345\n四川康辉国际旅行社 会议部", "13678012345", ""},
		{"刘畅", "店长：李华 13800001111", "", ""},
		{"季飞", "快递柜坏了。我是7-2-1502（7栋2单元1502）的，电话15062218301。", "15062218301", "7-2-1502"},
		{"邱芸", "管理处：\n本司位于B座2708室，新风机组运行时发出持续的嗡嗡声。\n\n邱芸 兰亭建筑设计", "", "B座2708室"},
		{"邱芸", "本司位于市中心，交通便利。", "", ""},
		// A scanned letter read with l and O for 1 and 0.
		{"任静", "小区遛狗不拴绳的现象非常普遍。\n\n任静\n住址：9栋2单元1102\n电话：l39 5l7O 2289", "139 5170 2289", "9栋2单元1102"},
		// A formal letter's opening names the writer before what they are.
		{"张秀兰", "翠湖湾物业服务中心：\n\n本人张秀兰，系贵小区7栋2单元1502室业主，联系电话13913857726。现就电梯故障一事投诉如下：\n\n一、本人曾拨打贵中心服务热线025-86671234报修。\n\n投诉人：张秀兰", "13913857726", "7栋2单元1502室"},
		{"陈慧", "本人陈慧，住南京市建邺区嘉陵江东街50号2幢1103室，手机18951776230。本人在加盟店送洗大衣一件。\n\n门店信息：南京市建邺区江东中路98号B1-12，电话025-86778899。", "18951776230", "南京市建邺区嘉陵江东街50号2幢1103室"},
		// The flat in brackets after the name a labelled line gives; full-width letters and
		// digits, and no-break spaces inside a flat, as typed.
		{"", "车库渗水。\n\n反映人：李国栋（12栋1单元801室，车位B-071）\n联系方式：139 5180 2264", "139 5180 2264", "12栋1单元801室"},
		{"", "空调坏了。\n\n联系人：王芳（3号会议室）\n电话：13900001111", "13900001111", ""},
		{"邱芸", "新风机组有嗡嗡声。\n\n邱芸　兰亭建筑设计\nＴｅｌ：１８９７１５６２２０８", "18971562208", ""},
		{"潘立", "地锁被人为破坏。\n\n联系人：潘立\u00a0 电话：\u00a0139 5183 7720\u00a0 房号：17栋\u00a02单元\u00a0803", "139 5183 7720", "17栋 2单元 803"},
		// "电话联系…" as "电话…", and a note in brackets after the writer's number.
		{"x", "快递被雨淋湿。\n我住12幢1单元603，电话联系18761892340。", "18761892340", "12幢1单元603"},
		{"陈雅琴", "让我找总部。\n请核查恢复余额。电话 +86 159 5047 8862（微信同号）\n陈雅琴", "+86 159 5047 8862", ""},
		// A shop's receipt the writer pastes gives the shop's address and number, not theirs.
		{"林雪", "取回来的是另一件旧羽绒服。门店说不可能拿错。取衣凭证如下：\n\n洁诚洗衣·奥体店  取衣凭证\nNo.0023391\n地址：南京市建邺区江东中路301号\n电话：025-87779090\n\n请尽快调查。\n林雪 13952006678", "13952006678", ""},
		// A number or a flat the writer puts right: the right one; not a neighbour's.
		{"严冬", "灭火器早已过期，请更换。\n联系电话：13951688270\n严冬 6栋2单元1001\n\n补充：上面电话写错了，应为13951688207。", "13951688207", "6栋2单元1001"},
		{"侯军", "我报名时留的手机是我同事的（13880001111），所以短信验证码都发到她那里了。请改成我的13880002222，谢谢。", "13880002222", ""},
		{"x", "我家是18栋1单元1205，厨房排烟道返味。电话18013826617。\n更正：房号是1502不是1205，打错了。", "18013826617", "18栋1单元1502"},
		{"x", "衬衫洗出了一个破洞。我的电话是159 5047 8863，不对，是159 5047 8836（刚才打错了）。", "159 5047 8836", ""},
		{"x", "楼上漏水。\n我的电话：13800001111\n邻居的电话写错了，应为13900002222", "13800001111", ""},
		{"高峰", "新换的窗户漏风。我住25幢604。\n如有疑问请致电：\n13987654320\n高峰", "13987654320", "25幢604"},
		{"x", "你好，我是8幢2单元602的业主。这个邮箱绑定的手机号已经停用了，新号码13900001111，有事请打新号码。", "13900001111", "8幢2单元602"},
		{"x", "邻居说他的号已经停用了，新号码13900001111", "", ""},
		{"何静", "我家在物业办公室楼上，住1幢102。\n地址：1幢102（物业办公室楼上）\n电话：15005710033\n何静", "15005710033", "1幢102"},
		{"王五", "电话：0571-88886123，打了一上午都没人接！到底有没有人上班？\n\n王五\n13800007777", "13800007777", ""},
		{"潘雪", "热水器坏了，请回电13912341234。", "13912341234", ""},
		{"郑大爷", "电梯又坏了。我的电话是幺三八五七幺零二二六八，快派人修。", "13857102268", ""},
		{"石磊", "单元门关不上。石磊 电话一三八零零一三八零零一", "13800138001", ""},
		{"石磊", "二〇二六年三月五日下午，三五成群的人在楼道里抽烟。", "", ""},
		{"贺军", "司机把我的车刮了。取车地址是我家：深圳市南山区南海大道1001号南山花园7栋1203。\n订单号：QS20261118006\n\n贺军 13560001234",
			"13560001234", "深圳市南山区南海大道1001号南山花园7栋1203"},
		{"钱伟", "车位被占。\n王建国\n单位：杭州市第一人民医院 3号楼", "", ""},
		{"ygh5d1", "电梯又停了，老人下不了楼，请尽快！联系人张阿姨 13977778888", "13977778888", ""},
		{"ygh5d1", "电梯又停了，请尽快！联系人王师傅 13977778888", "", ""},
		{"石磊", "已经报修三次了，到现在没人来。工单号：GD20261120 电话：13600001111", "13600001111", ""},
		{"一米阳光", "草坪上狗屎没人管。\n我是9栋的住户 刘敏 13700002222", "13700002222", "9栋"},
		// "阿布" is a nickname, not a name another name's contact would be someone else's beside.
		{"阿布", "消防通道都堵了，我已经反映过多次。吴芳 13633334444 地址：阳光花园2号楼", "13633334444", "阳光花园2号楼"},
	})
}

// "I myself" says the writer, as "I" does; a note after a number says when it reaches them; the
// writer signs as people call them (老周 for 周建国); a request or thanks after their number
// ends what they say as their number does.
func TestTheWriterAsPeopleCallThem(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"周建国", "我本人住3幢502，电话13812607745，有事找我。", "13812607745", "3幢502"},
		{"周建国", "电梯坏了。我本人的电话是13812607745", "13812607745", ""},
		{"贾伟", "如有人捡到请联系我同事小王 13700001111 或我本人 13700002222。\n贾伟", "13700002222", ""},
		{"周建国", "电梯坏了。\n老周 电话62887421（家）", "62887421", ""},
		{"周建国", "电梯坏了。\n周建国 13812345678（白天）", "13812345678", ""},
		{"周建国", "垃圾没人清。\n小周 13812345678 9幢201", "13812345678", "9幢201"},
		{"周建国", "楼上的老周天天吵。\n老周 13812345678", "", ""},
		{"周建国", "电梯坏了，找老周 13812345678", "", ""},
		{"周建国", "垃圾没人清。\n老王 13812345678", "", ""},
		{"陆芳", "8幢12楼走廊漏水，以下住户都受影响：\n1. 1201 王阿姨 13962158870\n2. 1203 陆芳（本人） 15051236679\n" +
			"3. 1204 赵先生 18962240038\n大家委托我来反映。", "15051236679", ""},
		{"周建国", "问题如下：\n4. 楼下烧烤店油烟大。\n5. 我家住1幢2单元302，正对烧烤店，电话 18962130547，希望物业尽快答复。",
			"18962130547", "1幢2单元302"},
		{"周建国", "电梯又坏了三天了没人修，电话13811112222，谢谢。", "13811112222", ""},
		{"周建国", "楼上1602装修，电话13811112222，请你们联系他处理。", "", ""},
		{"周建国", "楼上1602装修，电话13811112222，谢谢。", "", ""},
		{"周建国", "电梯坏了。\n谢军 13811112222", "", ""},
		{"周建国", "楼道没人扫。\n保洁 电话62887421", "", ""}, // the cleaner's
		// "我是住在…的林小姐", "本人（…業主）", a clause's "家在…".
		{"林美玲", "我是住在10樓之3的林小姐，樓下麵店油煙很大。", "", "10樓之3"},
		{"陳大文", "本人（第6座21樓A室業主）投訴升降機。", "", "第6座21樓A室"},
		{"王强", "我手机13641081096，家在西城区新街口外大街28号院2号楼403。", "13641081096", "西城区新街口外大街28号院2号楼403"},
		{"王强", "我住在5栋302的王先生家楼下，很吵。", "", ""},
		{"王强", "老家在河南，物业费太贵。", "", ""},
		// An English writer's "my personal mobile" over their office's labelled Tel.; a guest's
		// hotel room; a building's unit whole.
		{"Daniel Becker", "The water pressure in our apartment is low. My personal mobile is 137 0182 3375.\nBest,\nDaniel\n" +
			"Daniel Becker\nHead of Controlling, Siemens-Like Ltd., China\nTel.: +86 21 3889 3000", "137 0182 3375", ""},
		{"Markus Weber", "I am staying at the Crowne Plaza, room 1508, and the hotel front desk cannot help.", "", ""},
		{"Markus Weber", "You can reach me on my German mobile +49 151 2345 6789 (WhatsApp also works).", "+49 151 2345 6789", ""},
		{"赵敏", "我们是3幢1单元的住户，1001室租客每晚直播到凌晨。", "", "3幢1单元"},
		// A lodger's flat, where the writer lives now, "我家" apart from its flat; "我本人" after
		// a request; a number said to be unchanged.
		{"张敏", "楼上漏水。我是11栋1单元602的租客张敏，房东在外地。", "", "11栋1单元602"},
		{"张敏", "我的租客是11栋602的，他不交物业费。", "", ""},
		{"张敏", "我现在住5栋1202，楼下KTV太吵。", "", "5栋1202"},
		{"张敏", "我家 2栋2单元801，楼上装修太吵了。", "", "2栋2单元801"},
		{"张敏", "装修太吵，请联系我本人 13908065512，谢谢。", "13908065512", ""},
		{"张敏", "我的电话没变，还是13908065512。", "13908065512", ""},
		// A law firm's or a company's office, its name in brackets before or beside it.
		{"刘莎", "本所（西安博远律师事务所）位于21层2105-2108室。空调不制冷。", "", "21层2105-2108室"},
		{"刘莎", "我所位于12层1208室。", "", "12层1208室"},
		{"刘莎", "我司（西安云图信息科技有限公司，17层1703-1705室）租用了三个车位。", "", "17层1703-1705室"},
		{"刘莎", "本所律师在3号楼办案。", "", ""},
		{"曹阳", "我们公司（成都高新区天府软件园B区7栋3楼，亿达软件）在你们总府路店预订了年会。", "", "成都高新区天府软件园B区7栋3楼"},
		// The writer's name under the label of their role; the writer as 王小姐 or 陈先生.
		{"周立群", "月卡被收了临停费。\n车主：周立群\n住址：云澜湾3幢1单元1102室\n手机：139 5716 8820", "139 5716 8820", "云澜湾3幢1单元1102室"},
		{"周立群", "车被刮了。\n车主：李强\n电话：13900001111", "", ""},
		{"王雅婷", "我住8樓之2，樓下7樓之2養了兩隻哈士奇。\n王小姐 0921-556-013", "0921-556-013", "8樓之2"},
		{"陈建宏", "车位被占。\n陈先生 13921556013", "13921556013", ""},
		{"陈建宏", "楼上陈先生家太吵。\n陈先生 13921556013", "", ""},
		// A tenant's extension under their company's name is theirs; the company's line is not.
		{"刘莎", "隔壁直播太吵。\n\n刘莎\n陕西恒信会计师事务所 行政\n029-8832 7701 转 6", "029-8832 7701 转 6", ""},
		{"刘莎", "隔壁直播太吵。\n\n刘莎\n陕西恒信会计师事务所 行政\n029-8832 7701", "", ""},
		{"Daniel Becker", "Water pressure is low. We live in Apt 2106, Tower B.", "", "Apt 2106, Tower B"},
		{"Sophie Martin", "The dogs bark all night. I live in Villa 27.", "", "Villa 27"},
		{"Sophie Martin", "We are staying at the Hilton, room 1508.", "", ""},
		{"Sophie Martin", "We are tired of the noise from Villa 12.", "", ""},
		{"钱多", "清吧太吵。我家住1幢2单元301室（就在楼上），电话13588120096。", "13588120096", "1幢2单元301室"},
		{"钱多", "我住的楼上那户（1502），电话13588120096", "", ""},
		// The front desk's or the home's line to call the writer on; a direct line's label.
		{"杨柳", "有问题打我前台座机 029-88327788。", "029-88327788", ""},
		{"杨柳", "有问题打我座机 029-88327788。", "029-88327788", ""},
		{"杨柳", "直线：029-8831 6628", "029-8831 6628", ""},
		{"陳太", "屋企電話 2647 3315，手提 9632 1178。", "2647 3315", ""},
		// A grandparent or parent the writer writes for, named.
		{"王小杰", "我爷爷王福生住在锦绣江南7幢1单元102，一楼。楼道灯坏了。", "", "锦绣江南7幢1单元102"},
		{"王小杰", "我妈妈 刘素珍 一个人住在 锦绣江南 3幢 2单元 1101，她不会用邮箱。", "", "锦绣江南 3幢 2单元 1101"},
		{"王小杰", "我妈以前住在3栋101，现在搬走了。", "", ""},
		// The number registered with; a Beijing address's courtyard (号院) between its numbers.
		{"方远", "参会证丢了，我住在全季酒店1106房，能不能帮我补一张。注册手机号13983256610。谢谢！", "13983256610", ""},
		{"", "阿姨迟到两个小时 什么规矩？？？ 电话13911208834 地址海淀区学院路20号院3号楼504", "13911208834",
			"海淀区学院路20号院3号楼504"},
		{"", "我家地址是丰台区马家堡东路121号院5号楼802", "", "丰台区马家堡东路121号院5号楼802"},
	})
}

// A writer signing with their company and job beside their name, or with their surname alone;
// a number they use now after one they say is dead; two numbers of theirs in a list; an office's
// floor and room, an English flat in brackets.
func TestTheWritersSignOffAndTheirNumberNow(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"孟凡", "空调不制冷，报修三次了。\n\n孟凡 星火游戏 行政\n029-88327701 转 6", "029-88327701 转 6", ""},
		{"孟凡", "空调不制冷，报修三次了。\n\n孟凡 星火游戏 行政\n13800001111\nB座1605", "13800001111", "B座1605"},
		{"吕建华", "物业你好，我家楼上天天半夜装修，吵得没法睡。\n7幢2单元1101 吕", "", "7幢2单元1101"},
		{"吕建华", "物业你好，楼上天天半夜装修，吵得没法睡。\n吕 13912345678", "13912345678", ""},
		{"lv88", "物业你好，楼上天天半夜装修，吵得没法睡。\n吕 7幢2单元1101 13912345678", "13912345678", "7幢2单元1101"},
		{"吕建华", "他家的电话写在下面：\n吕 13912345678", "", ""},
		{"王建华", "物业你好，楼上天天半夜装修，吵得没法睡。\n吕 13912345678", "", ""}, // another's surname
		{"王建华", "楼下烧烤太吵。\n3栋 和 5栋都闻得到", "", ""},
		{"王建华", "我原来的号码13800001111停用了，现在用的是13900002222，请打这个。", "13900002222", ""},
		{"王建华", "楼上漏水。我的电话13800001111已经停机了，现在的号码是13900002222", "13900002222", ""},
		{"王建华", "邻居的电话13800001111停用了，现在用的是13900002222", "", ""},
		// Two numbers in a list: the first.
		{"孙丽", "楼道灯坏了。电话0571-88776655（家）、13588889999，住3栋1201。", "0571-88776655", "3栋1201"},
		{"孙丽", "楼道灯坏了。电话13588889999、0571-88776655，住3栋1201。", "13588889999", "3栋1201"},
		{"孙丽", "楼道灯坏了。\n孙丽 0571-88776655（家）、13588889999", "0571-88776655", ""},
		{"孙丽", "楼上1602装修，电话13811112222、13811113333，请你们联系他处理。", "", ""},
		// An office's floor as offices write it ("16F"), the room on it; an English flat in
		// brackets.
		{"孙丽", "门禁卡坏了。\n孙丽 16F 1605 13800001111", "13800001111", "16F 1605"},
		{"孙丽", "门禁卡坏了。\n孙丽 B座16F 1605室 13800001111", "13800001111", "B座16F 1605室"},
		{"孙丽", "我们公司在北塔32F，整层停电。", "", "北塔32F"},
		{"孙丽", "3F会议室空调太冷。", "", ""},
		{"Mark Chen", "The elevator has been broken for a week.\nMark Chen (Apt 2106, Tower B)", "", "Apt 2106, Tower B"},
		{"Mark Chen", "The elevator has been broken for a week. (Apt 2106, Tower B)\nThanks, Mark", "", "Apt 2106, Tower B"},
		{"Mark Chen", "The dogs next door (Apt 2107, Tower B) bark all night.", "", ""},
	})
}

// A landline written in groups; labels the writer puts in brackets or writes as "联系：", "聯絡：",
// "行動：", "Contact:"; the new number they ask to be put on record; "我家地址：", "寄到我家：";
// estates named 新村 and Beijing's entrances (2门301); a form's heading over the fields of the one
// complained of, which are not the writer's.
func TestMoreWaysWritersGiveTheirContact(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"施玉兰", "空调坏了。联系人施玉兰，电话 0755-2598 6672，分机 12。", "0755-2598 6672", ""},
		{"任雪", "任雪，华诚咨询，B座1603，电话 010-8517 2266-3012", "010-8517 2266-3012", "B座1603"},
		{"韩梅", "联系人：韩梅 电话 029-8523 6677；我老公赵刚的手机 13991220011 也可以。", "029-8523 6677", ""},
		{"刘海", "我是B区的住户刘海（电话：１３９１０２３４４５６），我的车位是B-117，被人占了。", "13910234456", ""},
		{"刘海", "车位被占，联系电话（13868022931）", "13868022931", ""},
		{"刘海", "水管漏了，王师傅（电话：13800001111）说明天来修。", "", ""},
		{"刘海", "楼上装修，他家（电话：13800001111）不理我们。", "", ""},
		{"黃生", "聯絡：04-2451-7788 #15\u3000行動：0955-667-123", "0955-667-123", ""}, // the mobile (行動) after a full-width space
		{"方圆", "联系：0086-135-1251-9036", "0086-135-1251-9036", ""},
		{"Kevin Ho", "My address: Flat B, 23/F, Block 2, Laguna City. Contact: 6123 4567.", "6123 4567", "Flat B, 23/F, Block 2, Laguna City"},
		{"刘海", "我原来登记的手机13811112222已经停用了，请更新为17717823345。", "17717823345", ""},
		{"刘海", "邻居的手机13811112222已经停用了，请更新为17717823345。", "", ""},
		{"刘海", "我们公司在时代广场A座1006，电话0755-83217788。请退款。刘海", "0755-83217788", "时代广场A座1006"},
		{"张三", "楼上漏水。我家地址：锦绣江南小区21号楼3单元402", "", "锦绣江南小区21号楼3单元402"},
		{"张三", "楼上漏水。\n我家：金色家园2号楼1603", "", "金色家园2号楼1603"},
		{"张三", "请你们把退款支票寄到我家：南京市鼓楼区北京西路18号3幢2单元402室", "", "南京市鼓楼区北京西路18号3幢2单元402室"},
		{"张三", "我住杭州市拱墅区和睦新村12幢3单元201，楼下噪音。", "", "杭州市拱墅区和睦新村12幢3单元201"},
		{"张三", "我住育才小区4号楼2门301", "", "育才小区4号楼2门301"},
		{"林峰", "重复缴费。请退款到原账户。房号：2-3-1102（林峰，手机号：13656781234）", "13656781234", "2-3-1102"},
		{"邵军", "被投诉人信息：\n姓名：卢某某\n房号：15栋顶楼2601\n电话：13588997766\n问题：在楼顶平台私自搭建阳光房。\n\n" +
			"投诉人：邵军（15栋2502）13819001122", "13819001122", "15栋2502"},
		{"邵军", "尊敬的物业：\n电话：13819001122\n地址：15栋2502\n楼上漏水。", "13819001122", "15栋2502"},
		// "还是", "新的是", "正确号码是": the number the writer says is theirs now; a resident's
		// estate, flat and name in one clause.
		{"冯涛", "我的电话还是13588776655，没变。", "13588776655", ""},
		{"冯涛", "我原来的号码13500001111不用了，新的是13900112288。", "13900112288", ""},
		{"冯涛", "你们登记的13900001234是错的，正确号码是13900004321。", "13900004321", ""},
		{"冯涛", "邻居的号码13500001111不用了，新的是13900112288。", "", ""},
		{"冯涛", "你们写的邻居电话13900001234是错的，正确号码是13900004321。", "", ""},
		{"郑伟", "还是没修好。我家1栋602，电话还是13588776655，请这周内给个准确的施工时间。", "13588776655", "1栋602"},
		{"郑伟", "楼上邻居电话还是13588776655，打不通。", "", ""},
		{"高峰", "家里地址没变，但电话换了，新的是13900112288，之前那个不用了。", "13900112288", ""},
		{"温婷", "你们把我的电话登记成了13900001234，那是错的，所以短信一直收不到。正确号码是13900004321，请更正。", "13900004321", ""},
		{"姚静", "物业：楼上1703（业主姓冯，电话13357108891）的空调外机一直往我家阳台滴水。请物业协调。\n" +
			"我家：金色家园2号楼1603\n电话13757100426\n姚静", "13757100426", "金色家园2号楼1603"},
		{"蒋志华", "本人蒋志华（身份证号330106198503122417），是天阳名苑5幢1单元1201的业主（产权证号：浙(2023)杭州市" +
			"不动产权第0123456号）。上周去物业办门禁卡。", "", "天阳名苑5幢1单元1201"},
		{"罗敏", "你好，我去年已经把5栋302卖了，现在住在同小区的8栋1101。电话：18757126630", "18757126630", "8栋1101"},
		{"罗敏", "我以前住3栋，现在住5栋1202，楼下烧烤油烟太大。", "", "5栋1202"},
		{"罗敏", "楼上1602装修，现在住的是租客。", "", ""},
		{"彭慧", "接驳车晚了。\n彭慧\u3000手机号：１５８\u3000７４１２\u3000６６０９", "158 7412 6609", ""},
		{"郭建华", "物业：我母亲住在你们小区梧桐苑4栋301，她一个人住，我替她投诉。我母亲家里电话是 021-6253 7789，她耳朵不好。" +
			"我自己的手机是13917658820，请先联系我。\n郭建华", "13917658820", "梧桐苑4栋301"},
		{"郭建华", "我家地址：贵阳市云岩区中华北路1号3栋201", "", "贵阳市云岩区中华北路1号3栋201"},
		// A name set apart from the number by a bar or a dash.
		{"张薇", "楼道灯坏了。\n张薇 | 186-2103-5567", "186-2103-5567", ""},
		{"张薇", "楼道灯坏了。\n张薇 - 186-2103-5567", "186-2103-5567", ""},
		{"张薇", "楼道灯坏了。\n王师傅 | 186-2103-5567", "", ""},
		// A number in the sender's name, when the text gives none of the writer's.
		{"王先生 13800001111", "楼道灯坏了。", "13800001111", ""},
		{"王先生 13800001111", "楼道灯坏了。我的电话13900002222", "13900002222", ""},
		{"王先生 13800001111", "我换号了，楼道灯坏了。", "", ""},
		{"郭建华", "我是光明新村23号楼一单元501的住户，楼道灯坏了。", "", "光明新村23号楼1单元501"},
		{"郭建华", "我司（恒泰纺织，位于嘉里中心北座 2302 室）空调不制冷。", "", "嘉里中心北座 2302 室"},
		// A first line that names whom the mail is for before what it says is no other party's.
		{"彭慧", "会务组：早上7:40的接驳车到8:20才来，导致我们错过了开幕式。司机电话15111223344打不通。请改进。\n" +
			"彭慧\u3000手机号：１５８\u3000７４１２\u3000６６０９", "158 7412 6609", ""},
		{"彭慧", "会务组：王老师 手机：13900001111\n她不接电话。", "", ""},
		{"冯涛", "我是锦绣花园A座2103的冯涛，楼上漏水。", "", "锦绣花园A座2103"},
		{"冯涛", "我是锦绣花园A座2103的老冯，楼上漏水。", "", "锦绣花园A座2103"},
		{"冯涛", "我是锦绣花园A座2103的邻居，楼上漏水。", "", ""},
		{"冯涛", "我是来投诉3号楼电梯的王强。", "", ""},
		// A shop's manager writing from the shop's mailbox gives their own line.
		{"瑞幸咖啡（银泰店）", "排水沟堵塞。\n\n店长：韦佳\n电话：18814567890", "18814567890", ""},
		{"岁月静好", "服务太差。\n店长：李华 电话：13812341234", "", ""},
		// The flat a writer begins with, after the greeting; not a building alone, nor one said
		// in a sentence.
		{"蒋磊", "物业你们好：\n\n海月花园4幢1单元201，我家楼下的消防通道被堵了。\n\n蒋磊", "", "海月花园4幢1单元201"},
		{"蒋磊", "你好，\n\n翠苑一区18幢1502，顶楼1602的住户在楼顶平台搭了个阳光房。", "", "翠苑一区18幢1502"},
		{"蒋磊", "物业你好，\n3号楼，电梯坏了。", "", ""},
		{"蒋磊", "你好，\n1502，楼上天天吵。", "", ""},
		{"蒋磊", "我的地址不是5栋1202，你们登记错了。", "", ""},
		{"马国庆", "东湖新村27号101 马国庆 原来留的电话不用了", "", "东湖新村27号101"},
		{"马国庆", "物业：阳光城市花园9-2-502，电梯里的广告屏声音太大。", "", "阳光城市花园9-2-502"},
		{"马国庆", "物业你好：\n万科城市花园 18-602 家里燃气表一直报警", "", "万科城市花园 18-602"},
		{"马国庆", "王建国 5栋602 说过这事。", "", ""},
		// An office's room after its floor and a space; a shop unit; an address's sentence end.
		{"黄小燕", "我是华信咨询的行政黄小燕，我们公司在世贸中心A座21F 2105。本周没有热水。", "", "世贸中心A座21F 2105"},
		{"黄小燕", "我们公司在3楼 2026年搬来的。", "", ""},
		{"赵磊", "我们店在大关路126号1号商铺，门口积水。", "", "大关路126号1号商铺"},
		{"范文静", "本人范文静，住址：拱墅区米市巷街道左家新村18-2-305。我2026年度的物业费已经交了。", "",
			"拱墅区米市巷街道左家新村18-2-305"},
	})
}

// A mail that says nothing but "如题" gives the flat its subject begins with; not a place beside it.
func TestFlatTheSubjectBeginsWith(t *testing.T) {
	for subject, want := range map[string]string{
		"【投诉】锦华苑12-301 电话13701738899 楼道堆物": "锦华苑12-301",
		"湖畔佳苑 18-1-902 门口被邻居堆放杂物":          "湖畔佳苑 18-1-902",
		"楼上1702 漏水": "",
		"3号楼 电梯坏了":  "",
	} {
		if got := Read(Mail{Name: "马国庆", Email: "x@example.cn", Subject: subject, Text: "如题。"}).Address; got != want {
			t.Errorf("%q: address %q, want %q", subject, got, want)
		}
	}
}

// A sender named by a handle, an organisation, a nickname or nothing is called by the name the text
// gives as theirs; a group or role before a sender's name is left out.
func TestNameOfTheWriterBehindTheSender(t *testing.T) {
	for _, c := range []struct{ sender, text, want string }{
		{"lily_chen", "门店空调坏了。\n\n店长 许志强", "许志强"},
		{"深圳南山科技园店", "门店空调坏了。\n\n许志强 敬上", "许志强"},
		{"商务中心租户服务平台", "租户报修单\n联系人：徐晴\n电话：13800001111", "徐晴"},
		{"会务组-陈思远", "门禁卡坏了。", "陈思远"},
		{"王先生 13800001111", "门禁卡坏了。", "王先生"},
		{"Mark Chen", "门店空调坏了。\n\n许志强", "Mark Chen"},
		{"瑞幸咖啡（银泰店）", "排水沟堵塞。\n\n店长：韦佳\n电话：18814567890", "韦佳"},
		{"上海润禾贸易有限公司", "卫生间漏水。\n\n联系人：孙磊 行政部\n电话：021-5888 6611", "孙磊"},
		{"Reception", "我是华信咨询的行政黄小燕，我们公司在世贸中心A座21F 2105。", "黄小燕"},
		{"lucky_star88", "我是8幢1单元302的潘女士，楼上漏水。", "潘女士"},
		{"18857123456", "单元门坏了。\n\n小区12幢3单元601的老林\n林国栋\n电话18857123456", "林国栋"},
		{"hzq19870612", "充电桩收费太贵。\n\n业主 胡志强\n2026年11月27日", "胡志强"},
		{"lily_chen", "请物业去管一管。\n\n谢谢！\n\n陈丽丽\n手机 139 5712 0087", "陈丽丽"},
		{"客服小刘", "以下是今天接到的业主电话投诉：\n\n业主：蔡女士\n房号：南都银座3幢1204", "蔡女士"},
		// A customer's mail names the shop's manager it complains of; "业主" is the writer by role.
		{"岁月静好", "服务太差。\n店长：李华 电话：13812341234", "岁月静好"},
		{"业主", "店长：李华 电话：13812341234\n这个店长对顾客很不礼貌。", "业主"},
		{"lily_chen", "我是王师傅说的那家，楼上漏水。", "lily_chen"},
		{"赵娟", "门店空调坏了。\n\n许志强", "赵娟"},
		{"lily_chen", "门店空调坏了。", "lily_chen"},
	} {
		if got := Read(Mail{Name: c.sender, Email: "x@example.cn", Text: c.text}).Name; got != c.want {
			t.Errorf("%s: %q: name %q, want %q", c.sender, c.text, got, c.want)
		}
	}
}

// A sender who gives no name is called by the one they give as theirs in the text: not by a role,
// a familiar name or someone else's.
func TestNameTheWriterGivesInTheText(t *testing.T) {
	for text, want := range map[string]string{
		"我叫王大壮，住5栋1202，楼下烧烤油烟太大。": "王大壮",
		"本人李秀英，系7栋业主，投诉楼下烧烤。":     "李秀英",
		"我是陈建宏。楼下烧烤。":             "陈建宏",
		"你好，我是业主，楼下烧烤油烟太大。":       "",
		"我是小王，楼下烧烤。":              "",
		"他说我叫王大壮":                 "",
		"我是王师傅说的那家":               "",
	} {
		if got := Read(Mail{Email: "user10@example.cn", Text: text}).Name; got != want {
			t.Errorf("%q: name %q, want %q", text, got, want)
		}
	}
	if got := Read(Mail{Name: "赵娟", Email: "user10@example.cn", Text: "我叫王大壮。"}).Name; got != "赵娟" {
		t.Errorf("a sender's own name gave way to the text's: %q", got)
	}
}

// A writer who gives no number of their own but one at their home to be reached by gives that
// one: the clerk calls it; so is the home of the parent they write for. Anyone else's (a neighbour's son, a child's teacher) and a number they
// say they called are not theirs, and their own number goes first.
func TestTheWritersHousehold(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"王丽", "家里又跳闸了。我上班不方便接电话，有事联系我老公13811114444。4栋2单元303", "13811114444", "4栋2单元303"},
		{"刘奶奶", "我年纪大了，眼睛不好，有事打我儿子的手机13811118888。电梯老是停，我住6楼下不去。", "13811118888", ""},
		{"劉婆婆", "我年紀大了，有事打我兒子的手機13811118888。", "13811118888", ""},
		{"邓丽", "我媽住3栋501，她不會用郵箱。", "", "3栋501"},
		{"陈静", "我家保姆电话13811119999，白天她在家，维修的时候联系她开门。我住9栋1501", "13811119999", "9栋1501"},
		{"王强", "有事打13912345678联系我爱人。", "13912345678", ""},
		{"周小姐", "我妈电话13500001111，我在外地，有事也可以找我13500002222", "13500002222", ""},
		{"王丽", "我老公的电话是13811112222，我电话13811113333，白天打我的。4栋2单元302", "13811113333", "4栋2单元302"},
		{"杨光", "502的老太太在楼道堆了好多纸箱，她儿子电话13533330000。", "", ""},
		{"杨光", "我家孩子的老师电话13533330000，说学校门口的路灯坏了。", "", ""},
		{"杨光", "我老公的电话13533330000打了十几次都没人接，他被困在电梯里了。", "", ""},
		{"杨光", "门上贴的告示：“有事联系我老公13533330000”", "", ""},
		{"杨光", "我妈年纪大了一个人住在2栋，手机号13312345683。", "", ""},
		{"邓丽", "我爸住3栋501，他不会用邮箱，我帮他反映一下：他家厨房下水道堵了三天了。有事打我13811115555", "13811115555", "3栋501"},
		{"邓丽", "我妈家在阳光花园5栋，楼下的狗天天叫。", "", "阳光花园5栋"},
		{"张磊", "我父母住翠湖湾2栋1单元602室，楼道感应灯全部不亮。", "", "翠湖湾2栋1单元602室"},
		{"邓丽", "我住2栋302。我爸住3栋501。", "", "2栋302"},
		{"邓丽", "我爸住3栋旁边的平房，路灯坏了。", "", ""},
		{"邓丽", "我爸住在医院，3栋的电梯坏了。", "", ""},
	})
}

// A writer whose mail says only "如题" ends the subject with their number; one the subject gives to
// someone else, or that the text gives of the writer's own, is not taken from it.
func TestNumberAtTheEndOfTheSubject(t *testing.T) {
	for _, c := range []struct{ subject, text, phone string }{
		{"7栋2单元电梯坏三天了 13951633120", "如题，请尽快修。", "13951633120"},
		{"【投诉】A座2301空调不制冷 联系人：胡蓉 15827361100", "您好，如标题，已经报修两次了。谢谢。", "15827361100"},
		{"参会证遗失——13808014455", "如题，参会证昨天在3号馆遗失，请协助补办，谢谢。\n王磊 华西医院", "13808014455"},
		{"电梯坏了（139 5163 3120）", "如题。", "139 5163 3120"},
		{"楼上1602半夜噪音，他家电话13770098812打不通", "我是1502业主，请物业上门处理。", ""},
		{"投诉骚扰电话 13808014455", "天天打来推销。", ""},
		{"外卖骑手 13808014455", "态度很差。", ""},
		{"订单号 13951633120", "如题。", ""},
		{"电梯坏了 13951633120", "我的电话：13800001111", "13800001111"},
		{"13951633120", "", "13951633120"},
	} {
		got := Read(Mail{Name: "刘先生", Email: "liu@163.com", Subject: c.subject, Text: c.text})
		if got.Phone != c.phone {
			t.Errorf("%q, %q: phone %q, want %q", c.subject, c.text, got.Phone, c.phone)
		}
	}
}

// Residents and tenants in Hong Kong, Macau and Taiwan write in Traditional characters, with
// their own labels (手提電話, 單位 for a flat) and other parties (工友, 管理處, 業主立案法團).
func TestTraditionalMailGivesTheWritersContact(t *testing.T) {
	for text, want := range map[string][2]string{
		"走廊好污糟。\n\n清潔工友：陳姐\n電話：6111 2233\n\n聯絡電話：9876 5432":                              {"9876 5432", ""},
		"維修師傅：黃師傅\n手機：9321 6547\n\n電話：2698 7654":                                         {"2698 7654", ""},
		"樓上住戶：周太\n聯絡電話：9456 1234\n\n本人手提電話：9111 2222\n單位：第20座15樓F室":                      {"9111 2222", "第20座15樓F室"},
		"大廈外牆維修，搭棚阻住窗口。\n請聯絡業主立案法團秘書處：\n電話：2567 8899\n地址：灣仔軒尼詩道300號地下\n\n我嘅電話：9456 7788": {"9456 7788", ""},
		"業主立案法團主席：李先生 電話：9123 0000\n\n住宅電話：2111 3333":                                    {"2111 3333", ""},
		"大堂燈壞咗。\n\n物業管理處：\n電話：2345 6789\n\n流動電話：6012 3456":                               {"6012 3456", ""},
		"冷氣滴水，我嘅電話係 6222 3344，唔該。":                                                       {"6222 3344", ""},
		"電梯又壞。\n座數：第3座\n樓層：12樓\n室：B室\n手提：91234567":                                       {"91234567", "第3座12樓B室"},
		"電梯又壞。\n座數：3\n樓層：12\n室：B\n手提：91234567":                                           {"91234567", "3座12樓B室"},
		"單位：華信科技有限公司\n電話：02-2345-6789 分機 123":                                            {"02-2345-6789 分機 123", ""},
		"聯絡人：吳麗珊（分店經理）\n電話：2311 2233":                                                    {"2311 2233", ""},
		"我是租客。\n聯絡人：李先生（房東）\n電話：9876 0000\n我的手機：0912-345-678":                            {"0912-345-678", ""},
	} {
		c := Read(Mail{Name: "業主", Email: "yz@yahoo.com.hk", Subject: "投訴", Text: text})
		if got := [2]string{c.Phone, c.Address}; got != want {
			t.Errorf("%q: phone and address %q, want %q", text, got, want)
		}
	}
}

// A line that names the writer after a line about someone else is the writer's.
func TestLineNamingTheWriterIsTheirs(t *testing.T) {
	text := "您好：\n大堂前台经常不帮签收快递，\n前台：小李 电话：0755-86010000\n联系人：周晴，电话：13612340022，地址：A座1502室 星辰文化"
	c := Read(Mail{Name: "周晴", Email: "zq@163.com", Subject: "快递", Text: text})
	if c.Phone != "13612340022" || c.Address != "A座1502室" { // the office, without the company's name after it
		t.Errorf("phone %q, address %q", c.Phone, c.Address)
	}
	c = Read(Mail{Name: "王芳", Email: "wf@163.com", Subject: "快递", Text: text})
	if c.Phone != "" {
		t.Errorf("someone else's line read as the writer's: %q", c.Phone)
	}
	// Of two residents who signed, the writer's line; a landlord's own line before the tenant's.
	for writer, tc := range map[string]struct{ text, phone string }{
		"李四":  {"楼上漏水。\n投诉人：张三（3-1-502） 电话：13811110000\n投诉人：李四（3-1-602） 电话：13922220000", "13922220000"},
		"黄志强": {"热水器坏了。\n业主：黄志强（5幢601）电话：13655550000\n租户：林某 电话：13655551111", "13655550000"},
		// A name that is only a title, or begins another's, names no one in particular.
		"王先生": {"装修公司：美家装饰\n联系人：王先生 电话：13900000104\n\n我的联系电话：13800000104", "13800000104"},
		"张伟":  {"业主：张伟东 3幢502 电话：13900000103\n业主：张伟 3幢602 电话：13800000103", "13800000103"},
		"张伟东": {"报修人：张伟东 维修师傅：刘强 电话：13912345678", ""},
	} {
		c := Read(Mail{Name: writer, Email: "w@163.com", Subject: "投诉", Text: tc.text})
		if c.Phone != tc.phone {
			t.Errorf("%s: phone %q, want %q", writer, c.Phone, tc.phone)
		}
	}
}

// The name a labelled line gives is the name without the note in brackets after it.
func TestNameWithoutItsNote(t *testing.T) {
	for line, want := range map[string]string{
		"反映人：李国栋（12栋1单元801室，车位B-071）": "李国栋",
		"联系人：吴丽珊(分店经理)":               "吴丽珊",
		"联系人：王女士 13512345678":         "王女士",
		"姓名：Mark Jones (Block 6)":     "Mark Jones (Block 6)",
		"投诉人：A座2210 泽远科技 前台 小黄":       "小黄",
		"投诉人：3栋1单元502 王芳":             "王芳",
		"投诉人：物业公司 李经理":                "物业公司 李经理",
		"投诉人：A座2210 泽远科技":             "A座2210 泽远科技",
		"姓名：不填了\n电话：13800001111":      "",
		"姓名：保密":                       "",
	} {
		if name, _, _ := formContact(textFields(line)); name != want {
			t.Errorf("%q: name %q, want %q", line, name, want)
		}
	}
	// The office or flat before the name is the writer's.
	checkContacts(t, "hj_a2210@163.com", "投诉保洁", []contactCase{
		{"", "被投诉人：汇金中心A座保洁班组 主管 付桂兰 13971553309\n\n事由：保洁员多次翻动员工桌面文件。\n\n" +
			"投诉人：A座2210 泽远科技 前台 小黄\n电话：027-87762210", "027-87762210", "A座2210"},
		{"", "投诉人：3栋1单元502 王芳\n电话：13800001111", "13800001111", "3栋1单元502"},
	})
}

// A flat written in Chinese numerals is read, and written down, in digits; a floor or a date in
// them is no flat.
func TestFlatInChineseNumerals(t *testing.T) {
	for n, want := range map[string]string{"三": "3", "十": "10", "十二": "12", "二十": "20", "二十三": "23", "五零二": "502",
		"一五〇二": "1502", "两": "2", "十十": "十十", "一二十": "一二十"} {
		if got := chineseNumber(n); got != want {
			t.Errorf("%s: %s, want %s", n, got, want)
		}
	}
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"石磊", "我住三栋二单元五零二，楼上漏水。", "", "3栋2单元502"},
		{"石磊", "我是二十栋一单元一五零二的业主。", "", "20栋1单元1502"},
		{"石磊", "我家三楼漏水。", "", ""},
		{"石磊", "十一月三号晚上十点楼上吵。", "", ""},
		{"石磊", "我住五栋一零二室，三号楼电梯坏了。", "", "5栋102室"},
	})
	if got := withChineseFlats("三号楼电梯多次故障"); got != "三号楼电梯多次故障" {
		t.Errorf("a building alone became %q", got)
	}
}

// TestLineFilters checks that the quick tests which pass a line over before a pattern is run
// pass over no line the pattern matches.
func TestLineFilters(t *testing.T) {
	phrases := []string{"我的电话是", "我电话", "本人手机号", "我的联系方式：", "本人聯絡電話", "我手機號碼",
		"有事请打我电话", "拨打我的手机", "撥打我", "致电我", "致電我", "联系我：", "聯絡我", "聯繫我的電話",
		"My phone number is", "MY MOBILE:", "my cell", "my number", "Call me at", "REACH ME ON",
		"我换号了，新号码", "我換了號，新號碼是", "我改号了", "我的新手机号", "本人新的号码", "留个电话，我的是", "我嘅係", "回电请打前台：",
		"請回覆本人手提電話", "有事联系我助理小罗", "My direct line is"}
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
		"我司位于B座2801", "敝司在C座1206", "我们在C座2108", "我們位於B座1901", "我们公司（A座905）", "本公司(B座906)", "我们科室在2号楼412室",
		"我们云帆科技在创业园3号楼5层502"} {
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
// phone number CheckPhone takes and an address of at most maxValue characters, each of the text
// as it is read (full-width letters and digits as ASCII, Chinese numerals as digits).
//
//	go test -run XXX -fuzz FuzzContact -fuzztime 60s ./data/contact
func FuzzContact(f *testing.F) {
	for _, seed := range []string{
		"电梯坏了。\n\n此致\n敬礼\n\n王建国\n138 0013 8000\n阳光花园3栋1201\n2026年11月20日",
		"我住在翠湖花园5栋1单元801室，楼上每晚都很吵。", "我是7栋2单元1502的业主，楼上漏水。",
		"業主 王建国\n9123 4567\n業主（第3座 12樓 B室）", "房东：陈先生，电话：13700000017\n我的电话：13811112222",
		"座數：3\n樓層：12\n室：B\n手提：91234567", "王建国\n05.03.2026\n13800001111", "我们店在B座1楼112号开了个面馆",
		"【姓名】张三【电话】13812340000【地址】阳光花园3栋", "联系人：王女士 13512340008\n地址：\n碧海花园9栋702",
		"我住汇金中心Ｂ座２７Ｆ", "我住三栋二单元五零二，楼上漏水。",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c := Read(Mail{Name: "王建国", Email: "wjg@163.com", Subject: "投诉", Text: text, OwnText: text})
		p, a := c.Phone, c.Address
		if !isPhone(p) {
			t.Errorf("phone %q of %q is refused", p, text)
		}
		read := text + withChineseFlats(withChineseDigits(narrowed(text)))
		if utf8.RuneCountInString(a) > maxValue || strings.ContainsFunc(a, func(r rune) bool { return !strings.ContainsRune(read, r) }) {
			t.Errorf("address %q is not of %q", a, text)
		}
	})
}

// A flat said alone after "我是" or "我在" in a clause of its own is the writer's; a building,
// a floor or a place they were at is not. A shop's tenants say their unit as residents do.
func TestFlatSaidAloneInAClause(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"沈阳", "我是新华苑8-301，楼上噪音太大，请处理。", "", "新华苑8-301"},
		{"沈阳", "您好，我是锦华苑12栋2单元1101，楼上漏水", "", "锦华苑12栋2单元1101"},
		{"沈阳", "我在中远两湾城二期41号1103，楼下餐馆油烟太大。", "", "中远两湾城二期41号1103"},
		{"沈阳", "我是1602，楼上漏水", "", "1602"},
		{"沈阳", "我是锦绣花园A座2103的冯涛，楼上漏水。", "", "锦绣花园A座2103"},
		{"沈阳", "我在3号楼，电梯坏了", "", ""},
		{"沈阳", "我在8楼，空调不制冷", "", ""},
		{"沈阳", "我在电梯里，被困了半小时", "", ""},
		{"沈阳", "我是2019年入住的，物业越来越差", "", ""},
		{"张敏", "我们是万达广场一楼L1-023号商铺的租户，商场空调一直不开。", "", "万达广场一楼L1-023号商铺"},
		{"张敏", "我们是隔壁3栋1202的租户", "", ""},
	})
}

// More ways writers give their own contact: a landline in groups with its extension after a
// dash, "速回电", their work unit's number, "the best number to reach me", a number the mail ends
// with (not a name's, nor one passed on), a clause that begins with 住 or 租住在, a title and a
// slash before the flat under their name, an office's room under a work signature, English and
// Chinese mixed, their building then its flat, a flat's parts apart by spaces.
func TestYetMoreWaysWritersGiveTheirContact(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"吴倩", "走廊堆满纸箱。\n\n小吴（吴倩）\n座机：0512-6558 0321-8016", "0512-6558 0321 转8016", ""},
		{"唐姐", "门头被广告牌挡了，速回电 189 5802 1177", "189 5802 1177", ""},
		{"聂红", "我住12号楼1门602，白天打我单位电话 010-8425 7730 转 6012，晚上打家里 010-6439 1108。", "010-8425 7730 转 6012", "12号楼1门602"},
		{"Daniel Ng", "Could you send someone today? The best number to reach me is +86-137-6421-0058; our office line is 021-5080 3300.",
			"+86-137-6421-0058", ""},
		{"sky", "3-2-401 又停水了 这个月第三次了 能不能提前通知一声 13776508821", "13776508821", "3-2-401"},
		{"sky", "维修师傅说明天来 13776508821", "", ""},
		{"sky", "电梯坏了，找老周 13812345678", "", ""},
		{"邱桂芬", "你们好，我叫邱桂芬，今年七十三了，住翠竹园11幢3单元201，就在垃圾房边上。", "", "翠竹园11幢3单元201"},
		{"雷婷", "你好，我是租户，租住在阳光100国际新城C区5栋1803，房东姓葛", "", "阳光100国际新城C区5栋1803"},
		{"陶然", "我是陶然，电话13755550000，住址15栋601", "13755550000", "15栋601"},
		{"雷婷", "楼上住的是新来的租户，住3栋1202，天天吵", "", ""},
		{"卜庆元", "地下室住人。\n\n卜庆元\n紫金华府业委会委员 / 4栋2单元1701\n电话 138 0571 6631", "138 0571 6631", "4栋2单元1701"},
		{"宋国栋", "空调加时费乱收。\n\n宋国栋\n明辉律师事务所\n上海市浦东新区世纪大道100号环球金融中心B座31层3102室\n手机：138 1760 9921",
			"138 1760 9921", "环球金融中心B座31层3102室"},
		{"Lucy Lin", "B2车库的灯不亮。\nI'm at 星湖湾 2-1803. Call me: 138 5716 2094.\n— Lucy", "138 5716 2094", "星湖湾 2-1803"},
		{"Kenneth", "I am the owner of Flat C, 30/F, Block 2. The lift is broken.", "", "Flat C, 30/F, Block 2"},
		{"Kenneth", "I am the owner of a dog that the guard kicked.", "", ""},
		{"Kenneth", "I am the owner of Flat C, 30/F, Block 2, Laguna City. The lift is broken.", "", "Flat C, 30/F, Block 2, Laguna City"},
		{"Kenneth", "Laguna City is a nice place. I live in Flat 3A.", "", "Flat 3A"},
		{"姚晓东", "我是天鹅湖花园7幢的，房号7幢2单元1506。", "", "天鹅湖花园7幢2单元1506"},
		{"姚晓东", "我住9栋，房号1202", "", "9栋1202"},
		{"姚晓东", "我住9栋，楼上1202天天吵", "", "9栋"},
		{"何永康", "你好，\n万科城市花园三期 21栋 2单元 1102 业主。地库入口的减速带掉了一半。", "", "万科城市花园三期 21栋 2单元 1102"},
		{"何永康", "3号楼 电梯 又坏了 三天了", "", ""},
		{"黄妈妈", "我是黄妈妈 住在控江二村47号302 楼下饭店油烟全往我家窗户里冒", "", "控江二村47号302"},
		// A mall's tenant: their unit at the foot, before the shop's name; as the shop's keeper.
		{"蓝月", "昨晚停电，鲜花受损。\n\nL3-08 禾本花艺\n店长 蓝月\n电话：0755-2389 1177", "0755-2389 1177", "L3-08"},
		{"闵凤英", "L1-05拆店留下的垃圾堆在我门口半个月了。\n商户 L1-06 闵家鞋坊 闵凤英 电话 0591-8761 2345", "0591-8761 2345", "L1-06"},
		{"伍晓曼", "本人系B1层B1-07号铺“小满烘焙”经营者，名叫伍晓曼。", "", "B1层B1-07号铺"},
		{"张三", "L2-16的店员态度很差。\n张三", "", ""},
		// A franchisee writing to head office: their shop's address is theirs; a customer's
		// names the shop complained of.
		{"章海燕", "我是温州五马街店的加盟店主章海燕，门店在五马街128号。区域经理柯伟（手机 138 6777 0251）要求我们进货。", "", "五马街128号"},
		{"戴志刚", "我是成都春熙路二店的加盟商戴志刚。门店地址：成都市锦江区春熙路南段8号1层。\n督导乱罚款。", "", "成都市锦江区春熙路南段8号1层"},
		{"章海燕", "你们门店在五马街128号，店员态度很差。", "", ""},
		{"章海燕", "我是你们五马街店的老顾客，你们店长态度很差。门店地址：五马街128号", "", ""},
	})
	// A flat and the writer's number ending the subject of a mail that says nothing more.
	if w := Read(Mail{Name: "王晓", Email: "x@sina.com", Subject: "6栋2单元门禁坏了 6-2-1101 王 13588001234", Text: "如题，麻烦尽快修。"}); w.Address != "6-2-1101" || w.Phone != "13588001234" {
		t.Errorf("a flat in the subject: %+v", w)
	}
}

// The writer's name: under a signature "name | title" when the sender is their company, after
// 名叫, without the company before it in the sender's name; a property app's or a franchise's
// notice names its owner or customer by labels of its own.
func TestWritersNameFromSignaturesAndNotices(t *testing.T) {
	for _, c := range []struct{ from, text, want string }{
		{"博远咨询 行政部", "18楼卫生间缺水。\n\n许立群 | 行政经理\n博远咨询（上海）有限公司\n上海市静安区南京西路1266号恒隆广场二座18楼1805室\nT: 021-6288 9013 | M: 139-1627-4410", "许立群"},
		{"小满烘焙", "本人系B1层B1-07号铺“小满烘焙”经营者，名叫伍晓曼。排烟对着我店门口。", "伍晓曼"},
		{"易达物流 吴倩", "走廊堆满纸箱。", "吴倩"},
		{"深圳市恒达贸易有限公司", "空调不制冷。\n\n此致\n行政 陈晓燕\n电话：0755-8612 3456 转 808\n地址：科技园创业大厦B座12楼1203室\n深圳市恒达贸易有限公司", "陈晓燕"},
	} {
		if got := Read(Mail{Name: c.from, Email: "a@example.cn", Text: c.text}).Name; got != c.want {
			t.Errorf("%q from %s: name %q, want %q", c.text, c.from, got, c.want)
		}
	}
	for _, c := range []struct{ text, name, phone, address string }{
		{"系统通知，请勿直接回复本邮件。\n\n业主姓名：韦建明\n联系手机：186-5710-3342\n房产：金沙湾花园 8幢1单元702\n" +
			"被投诉方：8幢1单元802 装修施工队（负责人 陆师傅 135-8888-2041）", "韦建明", "186-5710-3342", "金沙湾花园 8幢1单元702"},
		{"顾客投诉工单\n顾客姓名：芮思琪\n联系电话：138 1022 7749\n配送地址：北京市朝阳区望京SOHO T1 1608\n涉及门店\n门店地址：望京街10号B1-12",
			"芮思琪", "138 1022 7749", "北京市朝阳区望京SOHO T1 1608"},
		{"转办单号：HZ202612090377\n诉求人：付晓峰\n联系电话：139 5716 4408\n诉求地址：杭州市拱墅区运河名苑3幢2单元702",
			"付晓峰", "139 5716 4408", "杭州市拱墅区运河名苑3幢2单元702"},
		{"门户收到一条新的租户投诉：\n提交人：滕飞（行政专员）\n手机：176 2190 4453\n单元：东方大厦A座21层2105", "滕飞", "176 2190 4453", "东方大厦A座21层2105"},
	} {
		w := Read(Mail{Name: "通知", Email: "noreply@example.cn", Text: c.text, Notice: true})
		if w.Name != c.name || w.Phone != c.phone || w.Address != c.address {
			t.Errorf("%q: %q, %q, %q; want %q, %q, %q", c.text, w.Name, w.Phone, w.Address, c.name, c.phone, c.address)
		}
	}
}

// Still more: the name after 我姓X，叫, after the writer's role (员工, 租户, 档主), after a job
// on a contact's line; the number after 打家里, 回个电话, 打俾我, 请改成新号码, a signature's line of
// numbers (its mobile), under an English writer's other first name; the flat after 我们家住,
// 房子是, 系…所有权人, a company's name before 位于, a mall's unit, a flat in a sentence that
// extends the building their sign-off gives.
func TestMoreOfTheWritersOwnWords(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"葛秀兰", "你们好，我姓葛，叫葛秀兰。垃圾房太臭。\n有事打家里：022-2758 3316", "022-2758 3316", ""},
		{"鲍蕾", "我住15幢602，手机 158 5740 3321，打不通就打家里 0574-8765 2210。\n鲍蕾", "158 5740 3321", "15幢602"},
		{"何静", "隔壁烧烤店排烟漏烟。\n\n负责人：何静　电话：0571-8888 2345", "0571-8888 2345", ""},
		{"X", "我住西安市雁塔区曲江池南路 芙蓉新天地 6号楼2单元1901，楼下吵。", "", "西安市雁塔区曲江池南路 芙蓉新天地 6号楼2单元1901"},
		{"X", "楼下音响太吵 能不能调小点或者关掉 回个电话 138 0579 4412", "138 0579 4412", ""},
		{"X", "冷气漏水，有咩可以打俾我：5147 2290", "5147 2290", ""},
		{"尤佩芬", "你们系统里我的电话还是以前的 139 0571 6624，那个号码已经停用了。请改成新号码 199 5717 0830。", "199 5717 0830", ""},
		{"尤佩芬", "邻居王阿姨的电话139 0571 6624停用了。请改成新号码 199 5717 0830。", "", ""},
		{"孔令辉", "请于一周内给出书面说明。\n\n孔令辉\n华信会展 项目总监\n+86-21-6123 4567 / +86 139 1670 5528", "+86 139 1670 5528", ""},
		{"Thomas Becker", "Please close the gate at night.\n\nCheers,\nTom Becker\n+86 150 2160 8317", "+86 150 2160 8317", ""},
		{"桂兰", "我们家住桂花园9号楼1单元1805，楼上漏水。", "", "桂花园9号楼1单元1805"},
		{"桂兰", "我们在3号楼电梯里被困了半小时。", "", ""},
		{"桂兰", "物业费交了，房子是晨光苑6幢2单元1104，收据我留着。", "", "晨光苑6幢2单元1104"},
		{"桂兰", "邻居的房子是晨光苑6幢2单元1104，天天吵。", "", ""},
		{"许正", "本人许正，系金都华庭5幢1单元1202室房屋所有权人。", "", "金都华庭5幢1单元1202室"},
		{"X", "我司深蓝智能位于B3栋9楼903-905，空调坏了。", "", "B3栋9楼903-905"},
		{"侯佳慧", "我店位于三楼L3-27，经营童装。", "", "三楼L3-27"},
		{"石磊", "我住丽都花园7栋2单元1101，车牌浙A·7Q2K9。\n\n7栋业主 石磊", "", "丽都花园7栋2单元1101"},
		{"单国华", "我是加盟商单国华，店址位于合肥市蜀山区长江西路669号二楼。", "", "合肥市蜀山区长江西路669号二楼"},
		{"汪建平", "物业你好：\nF2-17 汪记煲仔饭。这个月开始收银抽成6%，合同里没有。", "", "F2-17"},
	})
	for _, c := range []struct{ from, text, want string }{
		{"gxf_work", "我是华贸大厦18层1806室锐思广告的员工顾晓峰，楼道灯坏了。", "顾晓峰"},
		{"阿杰手机维修", "我是B1-23铺位的租户梁俊杰（店招叫阿杰手机维修），门口漏水。", "梁俊杰"},
		{"汪记煲仔饭", "我是档主汪建平，手机 137 9850 2264", "汪建平"},
		{"云朵童装", "地下室返潮。\n联系人：店长 侯佳慧 151-0022-6619", "侯佳慧"},
		{"Lin", "希望总部能处理。\n林雅琪（会员号 8800 2231 0567）\n联系我：186 1649 0073", "林雅琪"},
		{"Tom", "The gate is open.\nTom", "Tom"},
		{"小宇", "物业你好，我是奶奶，孙子帮我打的字。我叫柏秀珍，住东风新村12幢。", "柏秀珍"},
		{"小王", "我叫王大力，楼上吵。", "王大力"},
	} {
		if got := Read(Mail{Name: c.from, Email: "a@example.cn", Text: c.text}).Name; got != c.want {
			t.Errorf("%q from %s: name %q, want %q", c.text, c.from, got, c.want)
		}
	}
	if w := Read(Mail{Name: "云朵童装", Email: "a@example.cn", Text: "地下室返潮。\n联系人：店长 侯佳慧 151-0022-6619"}); w.Phone != "151-0022-6619" {
		t.Errorf("a contact's line with a job: phone %q", w.Phone)
	}
	w := Read(Mail{Name: "麦香坊会员中心", Email: "noreply@example.cn", Notice: true,
		Text: "会员昵称：小熊饼干\n真实姓名：雷晓雯\n会员手机：139****6712\n备用联系电话：0571-8176 5520\n收货地址：杭州市滨江区江南大道588号恒鑫大厦1602"})
	if w.Name != "雷晓雯" || w.Phone != "0571-8176 5520" || w.Address != "杭州市滨江区江南大道588号恒鑫大厦1602" {
		t.Errorf("a member centre's notice: %+v", w)
	}
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
		m := Mail{Name: "王建国", Email: "wjg@163.com", Text: text, OwnText: text}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Read(m)
			}
		})
	}
}

// A notice's labels in two languages before their values, as an HTML form's spans give them
// ("宾客姓名 / Guest Name 欧阳明轩"), on one line or over the value's.
func TestBilingualLabels(t *testing.T) {
	for _, c := range []struct{ text, name, phone, address string }{
		{"宾客意见反馈 / Guest Feedback\n反馈编号 / Ref. FB-270109-0217\n宾客姓名 / Guest Name 欧阳明轩\n" +
			"联系方式 / Contact +86 177 2109 6645\n入住酒店 / Hotel 锦程酒店（杭州西湖店）\n房号 / Room 508\n" +
			"值班经理 / Duty Manager 邵斌 0571-8702 1188", "欧阳明轩", "+86 177 2109 6645", "508"},
		{"宾客姓名 / Guest Name\n欧阳明轩\n联系方式 / Contact\n+86 177 2109 6645", "欧阳明轩", "+86 177 2109 6645", ""},
		{"姓名 / Name 张三\n电话 / Tel 13911112222\n地址 / Address 翠湖苑3幢1201", "张三", "13911112222", "翠湖苑3幢1201"},
		// A tenant portal's rows, each label above its value.
		{"租户投诉单 TS-2705-0047\n租户名称\n璞石设计事务所\n租户联系人\n封晓芸\n联系电话\n+86 139-8005-6217\n租赁单元\nB座 2207",
			"封晓芸", "+86 139-8005-6217", "B座 2207"},
	} {
		w := Read(Mail{Name: "锦程酒店宾客关系", Email: "noreply@example.cn", Text: c.text, Notice: true})
		if w.Name != c.name || w.Phone != c.phone || w.Address != c.address {
			t.Errorf("%q: %q, %q, %q; want %q, %q, %q", c.text, w.Name, w.Phone, w.Address, c.name, c.phone, c.address)
		}
	}
}

// The flat beside the writer's own name: in brackets after it, in the clause after the one
// naming them, before it on a line that ends with their number, before a note of the flat it is
// not; a tenant's office before their company and their word for themselves.
func TestPlaceBesideTheWritersName(t *testing.T) {
	for _, c := range []struct{ from, text, phone, address string }{
		{"葛秀兰", "物业的同志：\n我姓葛，叫葛秀兰，长青小区4号楼3门201的老住户了。楼门口的台阶又塌了一块。\n有事打家里：022-2758 3316",
			"022-2758 3316", "长青小区4号楼3门201"},
		{"郑伟", "我郑伟，半岛花园3幢502。南门丰巢柜又满了。13357718026", "13357718026", "半岛花园3幢502"},
		{"葛雯", "麻烦投诉部重新受理。\n葛雯  望江府3栋701（不是他们回复里写的3栋601！）\n电话 189-6742-3058", "189-6742-3058", "望江府3栋701"},
		{"包振华", "请物业以后喷药提前一天公告。\n紫荆苑 11号楼 东单元 402 包振华 137.7788.2051", "137.7788.2051", "紫荆苑 11号楼 东单元 402"},
		{"殷志华", "快电的区域经理叫钮涛，电话 173 5600 8821。\n\n殷志华（海棠湾业委会委员，10栋1单元803）\n手机 135 8867 3490",
			"135 8867 3490", "10栋1单元803"},
		{"梅若兰", "本人是御湖山庄的业主梅若兰（18栋）。最近一周游泳池水明显浑浊。", "", "御湖山庄18栋"},
		{"吳宗憲", "我是台中逢甲店加盟主吳宗憲（店址：台中市西屯區文華路100號1樓）。本月珍珠原料漲價。\n\n聯絡：04-2451-7788 #15",
			"04-2451-7788 #15", "台中市西屯區文華路100號1樓"},
		{"gxf_work", "我是华贸大厦18层1806室锐思广告的员工顾晓峰，公司行政让我代表公司反映停车费涨价。\n我的手机 130 7121 9953。",
			"130 7121 9953", "华贸大厦18层1806室"},
		// Not the flat of someone beside them, nor one a sentence about others gives.
		{"王丽", "我王丽，楼上1802天天漏水。我的电话13911112222", "13911112222", ""},
		{"陈明", "陈明（楼下1502的邻居）说他家也漏了。\n电话 13922223333", "13922223333", ""},
	} {
		w := Read(Mail{Name: c.from, Email: "a@example.cn", Text: c.text})
		if w.Phone != c.phone || w.Address != c.address {
			t.Errorf("%q: %q, %q; want %q, %q", c.text, w.Phone, w.Address, c.phone, c.address)
		}
	}
}

// More labels and phrasings: a household's 本户：, a portal's 房屋信息：, 居住地址：, 门牌：, 送达地址：, an
// office's 敝司办公室：; 居於, 本户位于, 我们这户是, 房间是, 房产为, "…就是俺家"; a household member
// the owner of the flat; a company named between 我们 and its word; a franchisee's 我开的加盟店在, 我的店
// 就在; a shop's 我们店是, 我在…开理发店, 本档（…）; numbers: a landline and a mobile apart by a slash
// after their label, labels apart by a full-width space (办公：… 手机：…), a label stuck to the number
// after the writer's role, English labels of several words, "text me at", a mobile ending a
// one-liner after a short word that is no name, a mobile after a comma and its label, after the
// name and a slash, before a note of whose it is ("（卢）"), the writer's own words after staff's in
// a run-on typed with spaces.
func TestStillMoreOfTheWritersOwnWords(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"龙海燕", "车位被占。\n本户：翠屏山庄B区14栋1单元602\n电话 188 0651 4427", "188 0651 4427", "翠屏山庄B区14栋1单元602"},
		{"林嘉慧", "空调不制冷。\n\n敝司办公室：世纪汇广场2座37层3705\nCell. +86 186 1688 2450", "+86 186 1688 2450", "世纪汇广场2座37层3705"},
		{"黎國華", "本人黎國華，居於德福花園E座15樓6室，大堂冷氣壞了。", "", "德福花園E座15樓6室"},
		{"汤佩琳", "本人汤佩琳，房产为荣盛香堤6-1-301。会所空调没开。", "", "荣盛香堤6-1-301"},
		{"俞志强", "请把账对清楚。\n\n业主信息：金桂苑2幢1单元1103 俞志强 159 6213 0587", "159 6213 0587", "金桂苑2幢1单元1103"},
		{"宋桂芝", "松鹤里小区17楼2门302号就是俺家，楼道灯坏了半个月。", "", "松鹤里小区17楼2门302号"},
		{"蒋丽丽", "我爱人邱振宇是金茂悦府6栋2单元1801的业主，地库漏水。", "", "金茂悦府6栋2单元1801"},
		{"行政", "我们致远设计工作室在汇金大厦12层1205，周末不开空调。", "", "汇金大厦12层1205"},
		{"范建军", "我开的加盟店在绍兴市越城区解放北路206号，补贴迟迟不到。\n店主 范建军", "", "绍兴市越城区解放北路206号"},
		{"包立新", "我的店就在常州市新北区太湖东路101号，打包盒少发。", "", "常州市新北区太湖东路101号"},
		{"景丽华", "我们店是4楼412号（丽华童鞋），正对中庭。", "", "4楼412号"},
		{"钱晓峰", "电工拉闸 我在步行街38号开理发店开了六年了 从来没拖过电费", "", "步行街38号"},
		{"卢国梁", "本档（14号档，卢记肠粉）这个月电费翻倍。", "", "14号档"},
		{"秦淑华", "请物业出面处理。\n秦淑华\n电话 0531-8890 3357 / 133 6531 2280", "133 6531 2280", ""},
		{"章宇航", "请会务组说明原因。\n\n章宇航\n同创数字 副总裁\n办公：021-6075 8800-302\u3000手机：139 0177 6621", "139 0177 6621", ""},
		{"夜跑的猫", "步道的灯九点就灭了。\n11幢的一个住户 电话177 6890 2153", "177 6890 2153", ""},
		{"Amara Okafor", "Kind regards,\nAmara Okafor\nWeChat / phone while in China: 0086 131 2201 5846", "0086 131 2201 5846", ""},
		{"Ryan Mitchell", "Please look into this. You can text me at (+86) 185-0213-7749.\n\nRyan Mitchell", "(+86) 185-0213-7749", ""},
		{"", "地下车库B区灯全灭了 差点撞柱子 赶紧修 13805712290", "13805712290", ""},
		{"杜若冰", "请物业尽快解决。\n杜若冰\n办公电话 028 8526 7713，手机 186 8012 5594", "186 8012 5594", ""},
		{"景丽华", "请运营部控制音量。\n景丽华 / 133 0571 6248", "133 0571 6248", ""},
		{"苗青", "打店里电话 0755-2918 6600 说要找店长 店长又说找总部 我是你们会员苗青 会员号就是我手机号15067324406 你们自己查",
			"15067324406", ""},
		{"卢国梁", "请把分表读数公示出来。\n卢国梁 137-2255-8019（卢）", "137-2255-8019", ""},
		// Not a name before the number ("老周 138…"), nor a repairer's fields after the writer's.
		{"周建国", "电梯又坏了 老王 13805712290", "", ""},
		{"张伟东", "报修人：张伟东 维修师傅：刘强 电话：13912345678", "", ""},
		{"孙海燕", "我们是B1层B1-26号铺，排烟风机停了。\n店长：孙海燕 手机：137 6148 2290", "137 6148 2290", "B1层B1-26号铺"},
	})
}

// The writer's name behind a brand's sender in two languages, a stall's or a salon's, a nickname
// in Latin letters: after 店长 on its own line, after 档口负责人 in the clause after "我是…的",
// after 我是你们会员, after 我姓X; their name alone above a line of call/微信 or 搵我打; the whole
// name a familiar one ("小卢") signs with.
func TestNameBehindShopsAndNicknames(t *testing.T) {
	for _, c := range []struct{ from, text, want string }{
		{"觅茶 Mindful Tea", "天花板渗水。\n店长 单婷婷\n店里固话 0574-8719 3320，我的手机 139 6829 4071", "单婷婷"},
		{"老街凉皮", "我是负一层美食街K-09老街凉皮的，档口负责人聂小川（老板娘）。隔壁排烟管漏油。\n有事call我 156 2789 0318", "聂小川"},
		{"xx_lucky7", "总部客服排队半小时没人 我是你们会员苗青 会员号就是我手机号15067324406 你们自己查", "苗青"},
		{"Lucky美发", "电工一句话不说就拉闸 我姓钱钱晓峰 电话13859906617 今天不恢复供电我就找媒体", "钱晓峰"},
		{"momo", "我是你们会员，要求退款加道歉。\n周小萌\ncall/微信：177 9012 6635", "周小萌"},
		{"Wing", "定係呢間分店自己減料。\n黃詠詩\n搵我打 9483 6215", "黃詠詩"},
		{"小卢", "请把分表读数公示出来。\n卢国梁 137-2255-8019（卢）", "卢国梁"},
		{"", "您好，小区东门的道闸坏了一个星期。\n联系人王先生 13800138000", "王先生"},
		// A stall's 负责人 named in a sentence about another stall is not the writer.
		{"老街凉皮", "隔壁K-10烧烤档漏油，档口负责人祁国强不管。\n请派人修。", "老街凉皮"},
	} {
		if got := Read(Mail{Name: c.from, Email: "a@example.cn", Text: c.text}).Name; got != c.want {
			t.Errorf("%q from %s: name %q, want %q", c.text, c.from, got, c.want)
		}
	}
}

// Yet more of how writers give their place and number: 房屋坐落：, 经营位置：, 铺面：, 安装地址：,
// 加盟店所在地：; 购得本小区, "被泡的是我家——", 老两口住, 独居在, 敝寓位於, 我租住的是, 作为…的业主,
// 我们团队在…办公, 我们<shop>在…, a unit named 西单元, a flat of 新村 written 7-3-401; a run-on
// typed with spaces for its stops, a greeting without one; 有事打：, 店里电话, 店电, 现场手机,
// "手机 Mobile", "ring me on"; and the writer's name after 店主：, 摊主, 经办人：, 现场负责人：, 住客 Guest.
func TestYetMoreOfTheWritersOwnWords(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉", []contactCase{
		{"郁晓岚", "电梯又坏了。\n业主：郁晓岚\n房屋坐落：翠微里一期5号楼2单元1104\n手机号码：136 5812 0947", "136 5812 0947", "翠微里一期5号楼2单元1104"},
		{"雷振邦", "鄙人雷振邦，2015年购得本小区8幢1单元301室，至今漏水未修。", "", "8幢1单元301室"},
		{"栾志刚", "电话没换。被泡的是我家——云栖雅苑16栋1单元1502，不是1602。", "", "云栖雅苑16栋1单元1502"},
		{"芦淑珍", "我们老两口住红星小区21号楼1门402，暖气不热。", "", "红星小区21号楼1门402"},
		{"裘静", "你好，我们住7幢西单元1101，对门1102养了两只狗。", "", "7幢西单元1101"},
		{"戴红梅", "保安队长老包不管 他电话188 6714 0032打过去就是这句话 我叫戴红梅 住9号楼1单元2202 手机是183 6701 5528 今天下班前联系我",
			"183 6701 5528", "9号楼1单元2202"},
		{"闻静", "我父亲今年八十二岁，独居在海晏北苑11幢203，楼道灯坏了。", "", "海晏北苑11幢203"},
		{"區志偉", "本人區志偉，敝寓位於柏麗灣第3座21樓C室，升降機經常故障。", "", "柏麗灣第3座21樓C室"},
		{"骆永红", "请派人核对水表。\n我是骆永红，南塘新村7-3-401的业主，电话 133 0588 1462。", "133 0588 1462", "南塘新村7-3-401"},
		{"冼国平", "作为5幢1单元601的业主和本届业委会委员，我要求公开账目。", "", "5幢1单元601"},
		{"濮雨欣", "我租住的是魔方公寓长寿路店A座1207（合同编号 MF-CSL-2704-0562），空调坏了。", "", "魔方公寓长寿路店A座1207"},
		{"蓝天宇", "我们团队在金融港B座2801办公，客梯只开一部。", "", "金融港B座2801"},
		{"冯德兴", "我们云雾茶庄在老街东段23号开了九年了。\n冯德兴\n店里电话 0793-822 6618", "0793-822 6618", "老街东段23号"},
		{"权秀英", "空调不制冷。\n姓名：权秀英\n经营位置：三楼C-308\n电话：13581562077", "13581562077", "三楼C-308"},
		{"星禾眼镜", "天花板漏水。\n\n星禾眼镜\n铺面：B1层B1-38\n店电 0531-8661 2357", "0531-8661 2357", "B1层B1-38"},
		{"鲍思琪", "热水器漏水。\n姓名：鲍思琪\n电话：133 8621 7054\n安装地址：湖州市吴兴区爱山小区19幢3单元602", "133 8621 7054", "湖州市吴兴区爱山小区19幢3单元602"},
		{"方桂琴", "物业你好我是住在滨江花苑12栋2单元603的方桂琴 你们那个垃圾站挪到我们楼底下了", "", "滨江花苑12栋2单元603"},
		{"Tom Hargreaves", "The gym is closed again. Feel free to ring me on 155 0213 7781.\n\nTom Hargreaves", "155 0213 7781", ""},
		{"栾志刚", "你们的回复不对。\n电话没换，还是 187 0658 3312。", "187 0658 3312", ""},
		{"佟丽丽", "烤箱跳闸。\n单元号：L1-12\n店主：佟丽丽\n电话：158 6817 2033", "158 6817 2033", "L1-12"},
		{"尹振华", "本店坐落于长沙市天心区芙蓉中路三段416号，空调外机噪音扰民。", "", "长沙市天心区芙蓉中路三段416号"},
		// Not the place of a shop the writer only uses.
		{"柳青", "我们小区门口的便利店在3号楼底商，天天占道。电话13911113333", "13911113333", ""},
	})
	for _, c := range []struct{ from, text, want string }{
		{"卷卷烘焙", "烤箱跳闸。\n商户：卷卷烘焙\n单元号：L1-12\n店主：佟丽丽\n电话：158 6817 2033", "佟丽丽"},
		{"pjg_shuichan", "排水沟堵了。\n摊主 裴建国\n有事打：139 7456 0832", "裴建国"},
		{"天禾财税 行政部", "请提供公摊明细。\n\n经办人：覃丽萍\n手机：177 7716 3309", "覃丽萍"},
		{"恒越机械 市场部", "展位断电。\n现场负责人：毛永刚\n现场手机：189-1356-0782", "毛永刚"},
		{"laoshan_1957", "物业你好我是住在滨江花苑12栋2单元603的方桂琴 你们那个垃圾站挪到我们楼底下了", "方桂琴"},
	} {
		if got := Read(Mail{Name: c.from, Email: "a@example.cn", Text: c.text}).Name; got != c.want {
			t.Errorf("%q from %s: name %q, want %q", c.text, c.from, got, c.want)
		}
	}
	w := Read(Mail{Name: "栖云酒店宾客服务", Email: "noreply@example.cn", Notice: true,
		Text: "宾客意见\n住客 Guest 阙丽君\n手机 Mobile 138 7182 4460\n房号 Room 1206"})
	if w.Name != "阙丽君" || w.Phone != "138 7182 4460" {
		t.Errorf("a hotel's table in two languages: %+v", w)
	}
}

// The writer's whole name behind a sender named by a title ("林小姐", "陈先生" signing as 陳志明),
// a stall's nickname ("水产小王"), a company's or a shop's name ("易达物流", "眼镜店") or a Latin
// name: the name signing the mail, beside their job, room or number, or after the role that
// begins its last sentence. And the office, shop or stall the writer says is theirs, in Chinese or
// English.
func TestWritersNameBehindTitlesAndStalls(t *testing.T) {
	for _, tc := range []struct{ from, text, name, phone, address string }{
		{"Ivy", "您好，我们公司最近空调一直不制冷。\n行政 周晓雯 13911112222", "周晓雯", "13911112222", ""},
		{"水产小王", "我7号窗口的，今天食堂给的饭是馊的。王强 13700002222", "王强", "13700002222", ""},
		{"客户", "空调坏了，请尽快处理。\n1203室 李娜\n13900005555", "李娜", "13900005555", ""},
		{"易达物流", "电梯经常停运。联系人：孙磊 13312345678", "孙磊", "13312345678", ""},
		{"眼镜店", "我们是商场里的眼镜店，商场空调太冷。店长何芳 13212345678", "何芳", "13212345678", ""},
		{"林小姐", "您好，冷氣一直滴水。\n林美玲 0912345678", "林美玲", "0912345678", ""},
		{"陈先生", "冷氣滴水到我店門口。\n陳志明 61234567", "陳志明", "61234567", ""},
		{"云雾茶庄", "老街围挡封路，顾客进不来。\n冯德兴\n店里电话 0793-822 6618", "冯德兴", "0793-822 6618", ""},
		{"Serena", "会议室的投影又坏了。\n\nSerena 滕薇薇\n13812345678", "滕薇薇", "13812345678", ""},
		{"锐驰科技 展会组", "展位的电一直没接上。\n现场对接：毕文涛 153 6025 8814", "毕文涛", "153 6025 8814", ""},
		// Not another surname's, nor someone the words before lead to.
		{"李女士", "楼道灯坏了。\n张伟 13811118888", "李女士", "13811118888", ""},
		{"眼镜店", "隔壁店的店长态度很差。\n店长王五 13212345678", "王五", "13212345678", ""},
		{"Mark Chen", "Hello, we occupy Suite 1508 on 15/F of Tower B. The corridor lights have been off for a week.",
			"Mark Chen", "", "Suite 1508, 15/F, Tower B"},
		{"Emily Zhang", "Hi, We're the tenants in apartment 2301, Block 5, Sunrise Garden. The water pressure is very low.",
			"Emily Zhang", "", "apartment 2301, Block 5, Sunrise Garden"},
		// A tenant's office, floor and rooms; a shop's unit; a stall in a market's zone.
		{"周晓雯", "您好，我们公司入驻贵大厦A座19层（1905-1906单元）已三年，最近空调一直不制冷。", "周晓雯", "", "A座19层1905-1906单元"},
		{"孙磊", "我们是A座9层的易达物流（906-908室），电梯经常停运。", "孙磊", "", "A座9层906-908室"},
		{"何芳", "我们是1F-E08号铺（眼镜店），商场空调太冷。", "何芳", "", "1F-E08号铺"},
		{"刘大海", "我们摊位是水产区S-23，排水沟堵了三天了。", "刘大海", "", "水产区S-23"},
		{"刘大海", "隔壁摊位是水产区S-25，排水沟堵了三天了。", "刘大海", "", ""},
		{"Vivian Zhang", "我住紫郡别墅区D7栋，门口的路灯坏了。", "Vivian Zhang", "", "紫郡别墅区D7栋"},
		{"吴", "中心花园的健身器材坏了。\n住户 6幢1单元702 吴", "吴", "", "6幢1单元702"},
	} {
		c := Read(Mail{Name: tc.from, Email: "yz@163.com", Subject: "投诉", Text: tc.text})
		if got := [3]string{c.Name, c.Phone, c.Address}; got != [3]string{tc.name, tc.phone, tc.address} {
			t.Errorf("%q from %q: %q, want %q", tc.text, tc.from, got, [3]string{tc.name, tc.phone, tc.address})
		}
	}
	for _, tc := range []struct {
		a, b rune
		want bool
	}{{'陈', '陳', true}, {'張', '张', true}, {'王', '王', true}, {'李', '张', false}, {'劉', '陈', false}} {
		if got := sameSurname(tc.a, tc.b); got != tc.want {
			t.Errorf("sameSurname(%c, %c) = %v", tc.a, tc.b, got)
		}
	}
}

// A notice's or a letter's labels of the resident, guest, member or contact (住户, 入住人, 反馈人,
// 对接人, 会员), of their number (注册手机, 移动电话, 期望联系号码) and of their home or shop (认证房屋,
// 所属房屋, 所住單位, 店面号, 上门服务地址); a table's labels set apart by spaces ("姓　名").
func TestLabelsOfNoticesAndLetters(t *testing.T) {
	for _, c := range []struct {
		notice                     bool
		text, name, phone, address string
	}{
		{true, "投诉单号：TS270507-118\n住户：笪海鹰\n注册手机：138-6704-5219\n认证房屋：澄湖湾·南区 6-2-1401\n被投诉方：6-2-1501 住户\n" +
			"指派管家：邢雨 0512-6280 4471", "笪海鹰", "138-6704-5219", "澄湖湾·南区 6-2-1401"},
		{true, "以下住户投诉已受理：\n业主：卜雅琴\n手机：186 1234 5678\n房屋：云岫花园3幢1201", "卜雅琴", "186 1234 5678", "云岫花园3幢1201"},
		{true, "订单 YL270525-0318\n入住人 邸晓菲\n联系号码 135-1862-0947\n房间 2316\n值班经理 武亮 0871-6360 8800", "邸晓菲", "135-1862-0947", ""},
		{true, "反馈编号：FK-27-0511-093\n反馈人：羿晓光\n手机号：133 9027 5561（已验证）\n所属房屋：南京市江宁区芳洲湾 B区 18-2-602\n" +
			"处理人：客服 宁雪 025-5218 6630", "羿晓光", "133 9027 5561", "南京市江宁区芳洲湾 B区 18-2-602"},
		{true, "单 号 YS-0518-2207\n姓 名 廉春燕\n手 机 199-6230-4185\n房 屋 时代上城 14幢 801\n承办人 工程部 季师傅 133 0627 9950",
			"廉春燕", "199-6230-4185", "时代上城 14幢 801"},
		{true, "单\u3000号：YS-0518-2207\n姓\u3000名：廉春燕\n手\u3000机：199-6230-4185", "廉春燕", "199-6230-4185", ""},
		{true, "订单：JX-0521\n会员：贝晓敏\n预留手机：138****2217\n期望联系号码：150 6831 4472\n上门服务地址：宁波市鄞州区樱花苑11幢402",
			"贝晓敏", "150 6831 4472", "宁波市鄞州区樱花苑11幢402"},
		{false, "敬启者：\n本人反映楼道积水问题。\n具函人：尹秋生\n通讯地址：翠屏苑2幢501\n移动电话：137 0591 4428", "尹秋生", "137 0591 4428", "翠屏苑2幢501"},
		{false, "本人司徒嘉欣，所住單位：海怡峰第5座12樓B室\n電話：9123 4567", "司徒嘉欣", "9123 4567", "海怡峰第5座12樓B室"},
		{false, "店面号：3F-316\n手机号码：135 0516 2283\n空调漏水。", "牛晓芸", "135 0516 2283", "3F-316"},
		{false, "希望物业定期清运单车。\n写信人：米海燕，金穗花园12幢2单元1101\n电话号码13706514482", "米海燕", "13706514482", "金穗花园12幢2单元1101"},
	} {
		from := "牛晓芸"
		if c.notice {
			from = "物业服务平台"
		}
		w := Read(Mail{Name: from, Email: "noreply@example.cn", Text: c.text, Notice: c.notice})
		if from == "物业服务平台" && w.Name != c.name || w.Phone != c.phone || w.Address != c.address {
			t.Errorf("%q: %q, %q, %q; want %q, %q, %q", c.text, w.Name, w.Phone, w.Address, c.name, c.phone, c.address)
		}
	}
}

// More ways a writer gives their own number in a sentence: asking to be called back (回电话打…
// 就行, 要回复的话打…), the number to use (联系我用这个号, 聯絡我請撥), the same as before (号码还是
// 原来那个), WhatsApp, "get back to me at", a phone's kind in brackets (电话（手机）); not a
// note's or a flyer's number the writer passes on.
func TestMoreWaysToGiveANumber(t *testing.T) {
	for _, c := range []struct{ text, phone string }{
		{"我叫蒲彩云 楼下天天烧烤 回电话打186 5521 0937就行", "186 5521 0937"},
		// After what the neighbour's boss said, the writer's words to the office again.
		{"我叫蒲彩云 楼下棋牌室太吵 他说他们是合法经营的 叫我们有本事去告 你们物业到底管不管 回电话打186 5521 0937就行", "186 5521 0937"},
		{"上次反映的事还没处理。号码还是原来那个：158 8914 3307，下午三点后方便。", "158 8914 3307"},
		{"樓上漏水好耐喇，有事WhatsApp我：6318 5902", "6318 5902"},
		{"垃圾站太臭了。要回复的话打 131 2087 5539。", "131 2087 5539"},
		{"空调坏了。联系我用这个号：173 2105 6608，请不要打房东的。", "173 2105 6608"},
		{"The lift is broken. Please get back to me at +86 135 6455 2109 or by email.", "+86 135 6455 2109"},
		{"冷氣壞了。聯絡我請撥 0935-207-468", "0935-207-468"},
		{"展会的事。\n徐明\n电话（手机）138 1733 0962", "138 1733 0962"},
		{"维修师傅留了张纸条：回电话打 139 0000 1111。可是打了没人接。", ""},
		{"门上贴着开锁广告，回电话打 139 0000 1111。", ""},
	} {
		if w := Read(Mail{Name: "徐明", Email: "xm@example.cn", Text: c.text}); w.Phone != c.phone {
			t.Errorf("%q: phone %q, want %q", c.text, w.Phone, c.phone)
		}
	}
}

// More of the places writers say are theirs: a shop or an office where it is (敝店位于, 我们的便利
// 店就在, 我所租赁贵大厦…), a company's office in brackets after its name, the flat they have lived
// in for years (我和老伴在…住了, 我在…已经住满), "我这户", "…这一户", the room they rent (租下了…的
// 一个次卧), a mall's unit ("我们是L2-21的…"); a franchise's number in brackets is no part of the
// store's address, nor the writer's office before their flat in brackets; "我们是3号楼的" is
// no flat.
func TestMorePlacesOfTheWriter(t *testing.T) {
	for _, c := range []struct{ from, text, address string }{
		{"欧阳", "敝店位于佛山市禅城区祖庙路33号（加盟编号 FS-012），近期配送延误严重。", "佛山市禅城区祖庙路33号"},
		{"马", "我们的便利店就在贵小区北门底商5号，开了四年了。", "北门底商5号"},
		{"郑律师", "我所租赁贵大厦16层1601-1605室，空调一直不制冷。", "16层1601-1605室"},
		{"简宁", "我是宇航科技（C座9层）的前台简宁，替同事反映。", "C座9层"},
		{"钱", "我司安邦人力资源（C座1503）有三位应聘者被保安拦在大堂。", "C座1503"},
		{"邝", "我和老伴在纺机新村14号楼3门102住了三十多年了，第一次遇到这样的事。", "纺机新村14号楼3门102"},
		{"邝", "我在湖光山色二期9幢702已经住满五年了。", "湖光山色二期9幢702"},
		{"邝", "楼上漏水，漏水的是我这户，锦澜府5幢1单元601，不是701。", "锦澜府5幢1单元601"},
		{"邝", "我们鹭湖花园3幢1单元502这一户是老住户了。收费账号 FY-3-1-502。", "鹭湖花园3幢1单元502"},
		{"邝", "我去年十月从二房东手里租下了梧桐公寓3栋1108的一个次卧，房东不修热水器。", "梧桐公寓3栋1108"},
		{"宗雅丽", "我们是L2-21的一叶茶语。商场空调太冷。", "L2-21"},
		{"练志坚", "我是加盟商练志坚。\n我负责的加盟门店：赣州市章贡区红旗大道76号（加盟编号 XG-GZ-019）\n本人手机：139 7975 2208", "赣州市章贡区红旗大道76号"},
		{"巩立新", "请贵中心公示明细。\n\n巩立新\n业委会主任（23幢1单元1201业主）\n手机 186 6890 1175", "23幢1单元1201"},
		{"蒲彩云", "我叫蒲彩云 我们是桃源居8栋一单元1702的 楼下商铺新开了一家棋牌室", "桃源居8栋1单元1702"},
		{"邝", "我们是3号楼的，电梯坏了。", ""},
	} {
		if w := Read(Mail{Name: c.from, Email: "x@example.cn", Text: c.text}); w.Address != c.address {
			t.Errorf("%q: address %q, want %q", c.text, w.Address, c.address)
		}
	}
}

// Still more of the writer's own words: a home said with 現居, 独自住在, 在…租房居住, 这里是; an
// office's 办公场所为, a franchise store's 门店设于; a stall by its code alone (档口是F-12, 档位号码是
// G-23); names with an English one after them, after a shop and the keeper's role, after 我是户主,
// in the clause after 我是孩子妈妈; rarer surnames (钭, 笪, 栾 is common already); a shop's name of
// four characters is no person's.
func TestStillMoreOwnWords(t *testing.T) {
	for _, c := range []struct{ from, text, name, phone, address string }{
		{"歐陽詠詩", "本人歐陽詠詩，現居雅逸花園K座18樓C室。升降機經常故障。", "歐陽詠詩", "", "雅逸花園K座18樓C室"},
		{"裘", "我岳父裘德厚八十二岁，独自住在梅岭小区2栋101（一楼）。", "裘", "", "梅岭小区2栋101"},
		{"兰", "我从2026年9月起在和风雅居8幢502租房居住，房东不修热水器。", "兰", "", "和风雅居8幢502"},
		{"郑律师", "本所自2025年起在国贸中心大厦办公，办公场所为A座31层3101-3108室。", "郑律师", "", "A座31层3101-3108室"},
		{"罗国庆", "我们档口是F-12，一个月流水才几万块。", "罗国庆", "", "F-12"},
		{"方秀英", "我是南门农贸市场水果区的方秀英 档位号码是G-23 隔壁G-24天天占道", "方秀英", "", "G-23"},
		{"鲍嘉铭", "本人鲍嘉铭，茶香里加盟商，门店设于福州市仓山区浦上大道272号融侨广场1F-128。", "鲍嘉铭", "", "福州市仓山区浦上大道272号融侨广场1F-128"},
		{"lp_dadou", "这里是金穗花苑6号楼1单元1803 我是户主栾建勋 咱们楼道灯坏了", "栾建勋", "", "金穗花苑6号楼1单元1803"},
		{"Kelly", "快递柜总是满的。\n\n赖芊芊 Kelly\n微信同号 177 0219 5548", "赖芊芊", "177 0219 5548", ""},
		{"花语时光", "商场的空调太冷，花都冻坏了。\n花语时光 店主 蓝静怡", "蓝静怡", "", ""},
		{"米粒妈妈", "孩子在游泳课上被呛水，教练不管。我是孩子妈妈，叫祁蔓，电话 182 6047 3355。", "祁蔓", "182 6047 3355", ""},
		{"dragon_8848", "楼下垃圾站太臭 找了好几次没用 我叫钭文斌 住锦绣澜庭3栋1201 正对着垃圾站", "钭文斌", "", "锦绣澜庭3栋1201"},
		{"x", "喂 这里是物业吗 楼道灯坏了", "x", "", ""},
	} {
		w := Read(Mail{Name: c.from, Email: "x@example.cn", Text: c.text})
		if got := [3]string{w.Name, w.Phone, w.Address}; got != [3]string{c.name, c.phone, c.address} {
			t.Errorf("%q from %q: %q, want %q", c.text, c.from, got, [3]string{c.name, c.phone, c.address})
		}
	}
	for _, n := range []string{"花语时光", "米粒妈妈", "水产小王"} {
		if chineseName(n) {
			t.Errorf("%s read as a person's name", n)
		}
	}
	for _, n := range []string{"欧阳明轩", "范徐丽泰", "钭文斌", "笪海鹰"} {
		if !chineseName(n) {
			t.Errorf("%s not read as a person's name", n)
		}
	}
}

// A label no list names is known by the word it ends with, unless it names someone else's field.
func TestLabelBySuffix(t *testing.T) {
	for label, want := range map[string]string{
		"业户手机": "phone", "回访电话": "phone", "客户联系方式": "phone", "業戶電話": "phone", "认证房屋": "address",
		"上门服务地址": "address", "租户房号": "address", "报修人姓名": "name",
		"维修师傅电话": "", "紧急联系人姓名": "", "事发地址": "", "订单号码": "", "快递员电话": "", "值班电话": "",
		"被投诉人姓名": "", "物业电话": "", "电话": "phone", "发起人": "name", "提报人": "name", "经营人": "",
		"展商联系人": "name", "處理人": "", "受理人": "", "维修人": "", "紧急联系人": "", "物业联系人": "",
	} {
		if got := formKey(label); got != want {
			t.Errorf("formKey(%q) = %q, want %q", label, got, want)
		}
	}
}

// A shop's, a stall's and a booth's unit the writer says is theirs (我是3F-12号铺 鲜茶坊, 攤位號碼為C館
// C-215, 系…店（L1-108）加盟店主), an office under 我司…为贵大厦…租户 or before a job (的HR经理), a
// franchise's 分店地址, English places (I'm renting…, our shop is at…, ground floor); a number
// glued to its label in groups (电话139 2240 8817) or followed by the writer's surname, a run-on's
// name beside its number (罗女士 130…), a parent's own name (乐乐妈妈 曹雪); not the office a run-on
// begins with (管理办 我是…), nor the neighbour's unit.
func TestUnitsAndRunOnsOfTheWriter(t *testing.T) {
	checkWriters(t, []writerCase{
		{"黄志强", "商场管理处 我是3F-12号铺 鲜茶坊 隔壁3F-14那家火锅店开业以后油烟全往我们这边飘 麻烦你们领导出面解决一下 电话139 2240 8817",
			"黄志强", "139 2240 8817", "3F-12号铺"},
		{"", "管理办 我是水产区B17摊位的 这个月电费怎么多收了三百多块 给个说法", "", "", "水产区B17摊位"},
		{"林秀梅", "市场管理处 我是二楼2-086档口 卖菌菇干货的 隔壁2-088这个月开始把货全堆到过道上", "林秀梅", "", "二楼2-086档口"},
		{"鄭志豪", "我係地庫B1-08號舖「豪記茶餐廳」東主鄭志豪。最近兩星期，商場中央冷氣喺下午兩點後就自動調弱。", "鄭志豪", "", "B1-08號舖"},
		{"林佳蓉", "本公司參加貴中心承辦之「2026亞太智慧製造展」，攤位號碼為C館 C-215。隔壁C-217攤位堆放木箱。", "林佳蓉", "", "C館C-215"},
		{"Fan", "会展中心服务处 我们是A3馆A3-12展位 杭州智禾农业科技 电源一直没接上", "Fan", "", "A3馆A3-12"},
		{"石磊", "本人石磊，系萧山万象汇店（L1-108）加盟店主。现就货款对账差异提出申诉。", "石磊", "", "L1-108"},
		{"钟晓明", "我司上海衡远投资管理有限公司为贵大厦21楼2105室租户。同层2101-2103室进行装修改造。", "钟晓明", "", "21楼2105室"},
		{"葛宁", "我是D座502室博创人力的HR经理葛宁。近期员工反映电梯排队严重。", "葛宁", "", "D座502室"},
		{"張國偉", "本人係旺角分店加盟商張國偉，分店地址：旺角彌敦道618號好望角大廈地下12號舖。", "張國偉", "", "旺角彌敦道618號好望角大廈地下12號舖"},
		{"Sarah Mitchell", "I'm renting Flat 12B in Tower 3 of Spring Garden. The latch on the bedroom window broke.", "Sarah Mitchell", "", "Flat 12B, Tower 3, Spring Garden"},
		{"Mark", "Our coffee shop is at Shop G12 on the ground floor. Water comes through the ceiling from Shop 112.", "Mark", "", "Shop G12, ground floor"},
		{"邹先生", "物业你好 快递员说柜子是物业引进的 让我找物业 我住万科城12幢1703 麻烦你们调一下监控看看谁拿走的 18268803157 邹",
			"邹先生", "18268803157", "万科城12幢1703"},
		{"邹先生", "物业你好 麻烦你们调一下监控看看谁拿走的 18268803157 邹先生", "邹先生", "18268803157", ""},
		{"luoluo", "车牌浙A7K2M9 停车单号P20261115008341 请把钱退给我 罗女士 130 5716 2293", "罗女士", "130 5716 2293", ""},
		{"琪琪妈妈", "修好之前把滑梯整个围起来 有什么情况联系我 何女士 159 6731 0028", "何女士", "159 6731 0028", ""},
		{"乐乐妈妈", "小书童总部你们好：\n\n我女儿孙乐乐今年4岁，在天街店上早教课。\n\n乐乐妈妈 曹雪\n153 5811 0426", "曹雪", "153 5811 0426", ""},
		{"吕红", "你们好 上门的是张姐 问她她说不是她弄的 店长说让阿姨赔不现实 所以我就写邮件了 我家是绿城桂花城桂香苑10幢602 花瓶还放着没动",
			"吕红", "", "绿城桂花城桂香苑10幢602"},
		{"", "楼上住的是 王先生 139 2240 8817", "", "", ""},
	})
}

// A notice's labels with their English first (Name 姓名:, Mobile 手机:), an app's 实名认证 under the
// user's nickname, and the caller's own words a voicemail's transcript passes on (姓孔 孔祥瑞,
// 我是那个丽景苑4幢602的) where the labels give only the number.
func TestNoticesPassOnTheCallersWords(t *testing.T) {
	for _, c := range []struct{ text, name, phone, address string }{
		{"A new tenant feedback has been submitted. 有新的租户反馈提交。\n\nTicket 工单号: TF-26111803\nName 姓名: 潘俊杰\n" +
			"Company 公司: 云栖数智科技有限公司\nUnit 单元: 12F-1208\nMobile 手机: 173 0571 6688\n\nDescription 描述:\n茶水间的饮水机坏了三天。\n\n" +
			"---\nThis is an automated message. Helpdesk 服务台: 0571-8711 7000", "潘俊杰", "173 0571 6688", "12F-1208"},
		{"星河湾物业服务中心：\n\n您管理的项目收到一条业主投诉。\n\n单号：YJ2611170213\n用户昵称：Lucky猫\n实名认证：韩梦琪\n" +
			"绑定手机：15258908873\n小区：星河湾\n房号：5-1-1602\n涉及人员：西门岗 工号B017\n\n投诉内容：\n西门保安不让我进。", "韩梦琪", "15258908873", "5-1-1602"},
		{"您有一条新的语音留言。\n\n来电号码：13967120345\n留言时间：2026-11-19 22:48\n转写内容（自动识别，仅供参考）：\n" +
			"喂 物业吗 我是那个丽景苑4幢602的 姓孔 孔祥瑞 就是我家门口那个消防栓的箱子 门一直开着关不上 打我这个电话就行\n\n" +
			"——本邮件由语音留言系统自动发送", "孔祥瑞", "13967120345", "丽景苑4幢602"},
	} {
		w := Read(Mail{Name: "系统", Email: "no-reply@example.cn", Text: c.text, Notice: true})
		if w.Name != c.name || w.Phone != c.phone || w.Address != c.address {
			t.Errorf("%.40q: %q %q %q, want %q %q %q", c.text, w.Name, w.Phone, w.Address, c.name, c.phone, c.address)
		}
	}
}

// The person a sender's name gives beside a role or a desk (租户 小杨, HR-张琳, 行政 Annie, 小蒋 @
// 创客空间), a role's mailbox whose letter names its writer (业主 over 联系人：郑国华), an
// organisation's name however spaced, a department before the name at the foot (行政部 苏雅琴)
// above an 邮箱 line, a market stall's name (阿强水产), a handle's titled name beside a number
// stuck to its label (吴先生 电话139…), a form's pinyin with the name in brackets, a colleague's
// 罗美华女士; not a lawyer's own number (吴律师本人电话).
func TestNamesBehindRolesAndDesks(t *testing.T) {
	checkWriters(t, []writerCase{
		{"HR-张琳", "您好！我是凯源律师事务所（B座23层）人事行政部的张琳。\n\n吴律师本人电话 13905718842，也可以直接联系他。\n\n我的手机 177 5710 6623\n\n张琳\n凯源律师事务所 人事行政部",
			"张琳", "177 5710 6623", "B座23层"},
		{"租户 小杨", "物业您好，\n\n我是租住在融创玖樟台8号楼2302的租户杨雪，房东是刘先生（电话13910288753）。\n\n请物业尽快处理。我的电话：131 2076 4458",
			"杨雪", "131 2076 4458", "融创玖樟台8号楼2302"},
		{"小蒋 @ 创客空间", "运营的同学你好，\n\n园区WiFi已经断了4次。\n\n蒋涛 18868107725", "蒋涛", "18868107725", ""},
		{"行政 Annie", "您好！\n\n会议室被2008室的公司占着不走。\n\n行政部 林安妮\n0755-2399 7620", "林安妮", "0755-2399 7620", ""},
		{"wu", "昨天晚上在你们商场B2停车 出来发现车左边后视镜被撞坏了 请你们给个说法 吴先生 电话13862179904", "吴先生", "13862179904", ""},
		{"阿强水产", "管理处 今天早上菜市场东区又停电了 冰柜里的鱼虾全坏了 东区17号摊位 李强 158 0746 2231", "李强", "158 0746 2231", "东区17号摊位"},
		{"业主", "尊敬的物业服务中心：\n\n本户外墙渗水。\n\n联系人：郑国华\n电话：139-2718-6650\n地址：金域蓝湾11栋2603室", "郑国华", "139-2718-6650", "金域蓝湾11栋2603室"},
		{"北京华信税务师事务 所", "西塔电梯相继停运。\n\n北京华信税务师事务所\n行政部 苏雅琴\n电话：010-8459 2276\n邮箱：office@huaxin-tax.com\n2026年12月1日",
			"苏雅琴", "010-8459 2276", ""},
		{"客服", "来电人：罗美华女士\n房号：华润城三期9栋1706\n电话：136 3152 9087", "罗美华", "136 3152 9087", "华润城三期9栋1706"},
	})
	w := Read(Mail{Name: "LinkHome App", Email: "notify@example.com", Notice: true,
		Text: "A resident has submitted a complaint.\n\nResident: Zhao Yifan (赵一凡)\nPhone: +86 150 2137 6648\nCategory: Parking"})
	if w.Name != "赵一凡" || w.Phone != "+86 150 2137 6648" {
		t.Errorf("an app's resident: %q %q, want 赵一凡 +86 150 2137 6648", w.Name, w.Phone)
	}
}

// The foot of a mail typed on a phone: a flat in parts after the name and number (老周 150… 12幢
// 1单元 701), a stall before them, "王浩宇 / 华瑞大厦 9楼 906" under an English mailbox; a number after
// the flat (9栋102 137… 陈女士) or stuck to its label at the end (麻烦退钱 电话185…); numbers after
// 回访打, 我家电话是, 我的台灣手機, my China mobile, 致電…聯絡本人, a label with its place in brackets
// (聯絡電話 6688 1357（澳門）); offices after 公司在, 敝公司為貴大樓…承租戶, 我们是E12室的; units in
// brackets after 我 (我（张秀兰，A区36-37号档口）); English: I own flat…, unit L1-08 on the ground
// floor.
func TestFootsAndOfficesOfTheWriter(t *testing.T) {
	checkWriters(t, []writerCase{
		{"大熊", "物业 消防通道一直被电动车堵着 说了几次没人管 拍了照片可以发给你们 老周 15088613927 12幢 1单元 701", "老周", "15088613927", "12幢1单元701"},
		{"Wang Haoyu", "您好，\n\n多收的费用也请退还。\n\n王浩宇 / 华瑞大厦 9楼 906\n电话：0512-6752 3018", "Wang Haoyu", "0512-6752 3018", "华瑞大厦9楼906"},
		{"Lucky", "9栋楼下的垃圾桶三天没人收了 味道特别大 保洁是不是换人了 9栋102 13758241095 陈女士", "陈女士", "13758241095", "9栋102"},
		{"wind_chaser88", "你们地下停车场收费有问题 小票上写的进场14:02 出场15:01 多收了 麻烦退钱 电话18576630214", "wind_chaser88", "18576630214", ""},
		{"顾客", "你们商场4楼的母婴室真的太脏了。\n\n有需要回访打 139 6612 7084", "顾客", "139 6612 7084", ""},
		{"王秀英", "麻烦你们给协调一下。我家电话是 0531-8296 4473，白天都在家。", "王秀英", "0531-8296 4473", ""},
		{"林怡君", "麻煩盡快處理，謝謝。我的台灣手機 +886 912-345-678，這幾天在大陸也打得通。", "林怡君", "+886 912-345-678", ""},
		{"David Chen", "I own flat 1402 in Block 6, Jade Garden. Water has been leaking from the flat above (1502, 139 0288 1174).\n\n" +
			"You can reach me on my China mobile +86 138 2651 9047 (roaming) or by email.", "David Chen", "+86 138 2651 9047", "flat 1402, Block 6, Jade Garden"},
		{"Kayan Leung", "本人已向當值保安反映兩次。\n\n如有需要請致電 9312 5806 聯絡本人。", "Kayan Leung", "9312 5806", ""},
		{"黃凱文", "廚餘桶常常滿出來。\n\n有問題可以打給我 0935-218-476，謝謝！", "黃凱文", "0935-218-476", ""},
		{"Ivy Chan", "本人陳凱琪，係海擎天第3座25樓A室住戶。\n\n聯絡電話 6688 1357（澳門）", "陳凱琪", "6688 1357", "海擎天第3座25樓A室"},
		{"Kevin Zhou", "我是凌云资本的周凯文（Kevin），公司在28楼2801-2803。男厕堵了两天了。", "周凯文", "", "28楼2801-2803"},
		{"陳冠宇", "敝公司為貴大樓10樓之3承租戶（鼎泰科技）。本公司承租之車位已多次被佔用。", "陳冠宇", "", "10樓之3"},
		{"小蒋", "我们是E12室的创业团队「云栖数据」，这周园区WiFi已经断了4次。", "小蒋", "", "E12室"},
		{"水果批发", "管理办：\n\n我（张秀兰，A区36-37号档口）对本月加收的照明费有意见。\n\n另外A区38号档口老板乱摆货物。", "张秀兰", "", "A区36-37号档口"},
		{"Marco Rossi", "This is Marco Rossi, owner of Trattoria Marco, unit L1-08 on the ground floor.\n\nThe trap behind units L1-08 to L1-12 overflowed.",
			"Marco Rossi", "", "unit L1-08, ground floor"},
	})
}

// The writer a subject tags (【B1-F07 美甲店 龙晓雨】…, …—— 11栋 林建平) under a handle's mailbox, a
// voicemail's 姓何，何先生 and 7栋那个502, a team's or a hotline's mailbox (Expo Team, Hotline
// Voicemail), a name in small-letter pinyin (dashun wu) signed under a date without its year, a
// desk's English name at the foot (蔚蓝设计 前台 Amy), "麥嘉欣 Karen" above Karen Mak's number,
// "reached on my local mobile while I'm in Hangzhou:", a run-on's 我是范文杰 手机187… after
// someone's number.
func TestWritersTaggedAndSigned(t *testing.T) {
	for _, c := range []struct{ from, subject, text, name, phone, address string }{
		{"xiaoyu", "【B1-F07 美甲店 龙晓雨】地下一层排水反味", "管理处：\nB1这边的下水道反味已经一个礼拜了。\n有事打我 tel:19157103382", "龙晓雨", "19157103382", "B1-F07"},
		{"LJP", "投诉 物业不作为 —— 11栋 林建平", "电梯这个月第三次坏了 这事必须给个说法 打我电话13325718840", "林建平", "13325718840", ""},
		{"hjg", "【12栋802 何建国】车位被占", "我的车位被占了三次，挪车电话 189 0651 0273 打了不接。\n\n我手机 13867421905", "何建国", "13867421905", "12栋802"},
		{"Expo Team | 深圳声创科技", "展位电力", "总包负责人电话 13760081125 一直占线。\n\n联系人：孙浩然\n手机：+86 186-6501-2749\n深圳声创科技有限公司",
			"孙浩然", "+86 186-6501-2749", ""},
		{"dashun wu", "楼道灯", "物业管理处：\n我住雨花佳苑5栋1单元101，楼道灯坏了。\n有事打我家里电话85021736，白天都有人。\n吴德顺\n11月11日",
			"吴德顺", "85021736", "雨花佳苑5栋1单元101"},
		{"前台", "门禁", "物业您好，\n\n我是蔚蓝设计的前台，我们公司在15楼1502。门禁读卡器坏了。\n\n谢谢！\n——蔚蓝设计 前台 Amy", "Amy", "", "15楼1502"},
		{"Karen Mak", "午餐", "你好，\n\n希望主辦方可以解釋同改善。\n\n麥嘉欣 Karen\n+852 5234 8890", "麥嘉欣", "+852 5234 8890", ""},
		{"Daniel Hartley", "Complaint", "I can be reached on my local mobile while I'm in Hangzhou: +86 138 5710 6632.\n\nKind regards,\n\nDaniel Hartley",
			"Daniel Hartley", "+86 138 5710 6632", ""},
		{"Fan Wenjie", "展位", "会展中心服务处 找了现场的电工 他给了个电话189 0651 2774 打了十几次不接 服务台说电工就那么几个人 损失谁承担 我是范文杰 手机18758213360 在展位上等",
			"范文杰", "18758213360", ""},
	} {
		w := Read(Mail{Name: c.from, Email: "x@example.cn", Subject: c.subject, Text: c.text})
		if w.Name != c.name || w.Phone != c.phone || w.Address != c.address {
			t.Errorf("%q: %q %q %q, want %q %q %q", c.text, w.Name, w.Phone, w.Address, c.name, c.phone, c.address)
		}
	}
	w := Read(Mail{Name: "Hotline Voicemail", Email: "voicemail@example.com", Notice: true, Text: "来电号码：0755-8632 1947\n\n转写内容：\n" +
		"喂你好，我是碧海湾二期7栋那个502的住户，姓何，何先生。楼下的垃圾站没人清。回电就打这个号码，谢谢。\n\n——客服中心 语音信箱系统"})
	if w.Name != "何先生" || w.Phone != "0755-8632 1947" || w.Address != "碧海湾二期7栋502" {
		t.Errorf("the voicemail: %q %q %q", w.Name, w.Phone, w.Address)
	}
}

// How people call the writer in their mailbox's name ("陳太", "马大姐", "阿凱", "老周", "A燕子",
// "Mrs Leung", "Ah Keung", "潮流服饰-阿杰") gives way to the whole name they write ("本人是…住戶
// 陳玉芳", "我是…的马桂兰", their name at the foot or beside the number a run-on begins or ends
// with, "姓名 李慧敏"); an exhibitor's, an office manager's, a firm's mailbox to its 联系人 or the
// name signed above a job's line; an English name of the writer's own in the Chinese characters
// they sign with.
func TestWholeNameBehindHowTheWriterIsCalled(t *testing.T) {
	for _, c := range []struct{ from, text, name string }{
		{"陳太", "管理處：\n\n你好，本人是海景花園第二座15樓C室住戶陳玉芳。\n\n請盡快安排維修，多謝。\n\n聯絡電話：9123 4587\n\n陳玉芳", "陳玉芳"},
		{"马大姐", "管理处 我是蔬菜区第7号摊的马桂兰 我的电子秤被你们收走一个礼拜了 我电话18735420916", "马桂兰"},
		{"阿凱", "管委會/物業您好：\n\n我是B棟7樓之2的住戶黃凱文。廚餘桶常常滿出來。\n\n有問題可以打給我 0935-218-476，謝謝！\n\n黃凱文", "黃凱文"},
		{"老周", "物业办公室的同志们：\n\n我是幸福里小区的退休职工周文斌，住4号楼2门501。健身器材坏了。\n\n周文斌\n2026.11.20", "周文斌"},
		{"A燕子", "你好 我是锦绣华庭的 2栋的电梯又坏了 已经三天了 今天之内给个答复\n2栋1803 刘燕 13867542310", "刘燕"},
		{"Mrs Leung", "管理處負責人：\n\n本人梁美玲，住在麗港城第五座二十一樓H室。\n\n梁美玲", "梁美玲"},
		{"Ah Keung", "管理處 我住翠柏閣20樓6室 廚房條水喉又爆咗 快啲派人上嚟 李志強 6388 2710", "李志強"},
		{"潮流服饰-阿杰", "物业你好 隔壁那家奶茶店每天把垃圾堆在公共通道上 麻烦你们管一下 谢谢\n杜俊杰 15013926685", "杜俊杰"},
		{"手机用户", "你们市场门口那家水果摊缺斤少两 回去找摊主还骂人 你们管不管 王丽华 电话 133 2918 6604", "王丽华"},
		{"Lisa", "商场管理处您好：\n\n店长说只能退一半。\n\n我的电话 13622087415，姓名 李慧敏。谢谢！", "李慧敏"},
		{"老黄海鲜", "13592874416 黄志强 水产区A排12号摊位 排水沟堵了两天了 地上全是水 赶紧找人来通一下", "黄志强"},
		{"展商-博瑞医疗", "会务组：\n\n电工师傅（电话 13502318847）说要等主场搭建商确认。\n\n联系人：孙晓峰 18926640215\n博瑞医疗市场部", "孙晓峰"},
		{"Office Manager", "您好！\n\n我是鼎盛律师事务所的行政经理许佳琪。电梯等候时间过长。", "许佳琪"},
		{"Lam & Partners CPA", "敬啟者：\n\n升降機突然全部停用。\n\n林詠詩\n行政主任\n林氏會計師事務所\n電話：2877 3321", "林詠詩"},
		{"李伟(加盟商)", "尊敬的总部：\n\n本人李伟，是望京SOHO店的加盟商。\n\n联系电话：18611093325", "李伟"},
		{"Karen Mak", "你好，\n\n希望主辦方可以解釋。\n\n麥嘉欣 Karen\n+852 5234 8890", "麥嘉欣"},
		{"Mark Chen", "门店空调坏了。\n\n许志强", "Mark Chen"},
	} {
		if w := Read(Mail{Name: c.from, Email: "x@example.cn", Text: c.text}); w.Name != c.name {
			t.Errorf("%s: %q: name %q, want %q", c.from, c.text, w.Name, c.name)
		}
	}
}

// A tenant's office after 我司（…）自…起租用贵中心…, 我哋公司…喺大廈…, 我们是佳源人力，在…; the
// writer's home in brackets after 我家; a hotline record's 所在单位 without the company in brackets
// after it, and its 来电人：未留姓名 no name.
func TestOfficesAndHomesInOtherWords(t *testing.T) {
	for _, c := range []struct{ from, text, name, address string }{
		{"华创科技行政部", "我司（深圳华创科技有限公司）自2024年起租用贵中心B座1206室作为办公场所。空调温度偏低。", "华创科技行政部", "B座1206室"},
		{"Kelvin Tsang", "我哋公司 Brightway Trading Ltd 喺大廈3樓305室。上個月我哋申請咗三晚冷氣延長服務。", "Kelvin Tsang", "3樓305室"},
		{"贺婷婷", "我们是佳源人力，在科技园创新大厦C栋702。门禁读卡器坏了。", "贺婷婷", "科技园创新大厦C栋702"},
		{"Grace", "一名男子（自称姓吕，电话 13956021187）趁老人一个人在家进入我家（镜湖湾6号楼2单元1001室）。\n\n隔壁1002的沈阿姨也遇到了。\n\n范雅琴\n手机 150-5512-7438",
			"范雅琴", "镜湖湾6号楼2单元1001室"},
	} {
		if w := Read(Mail{Name: c.from, Email: "x@example.cn", Text: c.text}); w.Name != c.name || w.Address != c.address {
			t.Errorf("%q: %q %q, want %q %q", c.text, w.Name, w.Address, c.name, c.address)
		}
	}
	w := Read(Mail{Name: "Hotline Desk", Email: "hotline@example.cn", Notice: true,
		Text: "来电记录\n\n来电人：未留姓名\n来电号码：186 0571 3398\n所在单位：B座15楼1512（睿智教育）\n诉求：男卫生间漏水。"})
	if w.Name != "" || w.Phone != "186 0571 3398" || w.Address != "B座15楼1512" {
		t.Errorf("the hotline's record: %q %q %q", w.Name, w.Phone, w.Address)
	}
}

// writerCase is a mail's sender's name and text, and the writer Read should find in it.
type writerCase struct{ from, text, name, phone, address string }

// subjectCase is a mail with its subject, and the writer it names.
type subjectCase struct{ from, subject, text, name, phone, address string }

// checkSubjectWriters reads each case's mail with its subject and reports where it finds another
// writer.
func checkSubjectWriters(t *testing.T, cases []subjectCase) {
	t.Helper()
	for _, c := range cases {
		w := Read(Mail{Name: c.from, Email: "x@example.com", Subject: c.subject, Text: c.text})
		if w.Name != c.name || w.Phone != c.phone || w.Address != c.address {
			t.Errorf("%s: %s: %q %q %q, want %q %q %q", c.from, c.subject, w.Name, w.Phone, w.Address, c.name, c.phone, c.address)
		}
	}
}

// checkWriters reads each case's mail and reports where it finds another writer.
func checkWriters(t *testing.T, cases []writerCase) {
	t.Helper()
	for _, c := range cases {
		w := Read(Mail{Name: c.from, Email: "x@example.cn", Text: c.text})
		if w.Name != c.name || w.Phone != c.phone || w.Address != c.address {
			t.Errorf("%s: %q: %q %q %q, want %q %q %q", c.from, c.text, w.Name, w.Phone, w.Address, c.name, c.phone, c.address)
		}
	}
}

// A unit before the shop's name and the keeper's role (我是美食街B2-11「小日子咖啡」的店長…), a shop in
// a block's ground floor (南门底商12号铺), a franchise's 店铺在…, a building's lettered unit (22栋A单元
// 3002室); not a customer's stall (我在你们市场西区23号摊…买了) nor why the writer came (我是来投诉12号铺的).
func TestShopsTheWriterKeeps(t *testing.T) {
	checkWriters(t, []writerCase{
		{"小日子咖啡", "我是美食街B2-11「小日子咖啡」的店長吳宜庭。隔壁B2-12的炸物店排風好像有問題。\n\n我的手機 0928-776-513，平日下午都在店裡。",
			"吳宜庭", "0928-776-513", "B2-11"},
		{"便利店老板", "我是小区南门底商12号铺“邻里便利店”的郑老板。最近天天有车停在我们店门口。\n\n电话0731-84456120", "郑老板", "0731-84456120", "小区南门底商12号铺"},
		{"Tan Jun", "我是长沙五一广场店加盟商谭军，店铺在五一广场平和堂负一楼B1-09。\n电话 0731-82291567 / 13974865502\n\n谭军",
			"谭军", "13974865502", "五一广场平和堂负一楼B1-09"},
		{"明远建筑设计事务所", "尊敬的物业服务中心：\n\n本人周明，系御景湾小区22栋A单元3002室业主。\n\n业主：周明\n联系方式：189-2356-0871",
			"周明", "189-2356-0871", "御景湾小区22栋A单元3002室"},
		{"赵磊", "市场管理办公室：\n\n今天上午我在你们市场西区23号摊（卖牛肉的那家）买了2斤牛腱子，差了4两。\n\n赵磊 电话 186 5318 4027", "赵磊", "186 5318 4027", ""},
		{"黄志强", "我是来投诉12号铺的，他们油烟太大。", "黄志强", "", ""},
		{"手机用户", "你们市场门口那家水果摊缺斤少两 回去找摊主还骂人 摊位号是C区08 你们管不管 王丽华 电话 133 2918 6604", "王丽华", "133 2918 6604", ""},
	})
}

// A name in pinyin signing in its characters (Zhang Lei, 张磊), a number after its country's code
// in groups under a job's line, an English office in brackets after the company or on its line
// under the company's (Suite 1502, 15/F, Tower 2), a booth without its kind in brackets, a
// labelled name of the sender's surname, a long English label (Building/Unit:), a flat's number
// alone beside the building the complaint names, a daughter writing for her father who lives
// alone; an English name as Hong Kong spells it, by the Chinese name signed with a number; not a
// building someone else's words name.
func TestPinyinOfficesAndFlatsApart(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Zhang Lei", "你好，上个月停车费被重复扣了两次，请核实退款。\n\n张磊\n5栋1单元802\n13700001111", "张磊", "13700001111", "5栋1单元802"},
		{"Karen Mak", "管理處你好，大堂冷氣漏水。\n\n麥嘉欣\n9123 4567", "麥嘉欣", "9123 4567", ""},
		{"Priya Nair", "The air conditioning on our floor has been off since Monday.\n\nThis is Priya from Helix Bio (Suite 2310, 23/F), " +
			"please send someone today.\n\nBest regards,\nPriya Nair\nOffice Manager, Helix Bio\n+86 138 1234 5678",
			"Priya Nair", "+86 138 1234 5678", "Suite 2310, 23/F"},
		{"Daniel Ng", "Water is dripping from the ceiling of our meeting room since this morning.\n\nRegards,\nDaniel Ng\nOperations Manager\n" +
			"Harbourline Logistics Ltd\nSuite 1502, 15/F, Tower 2\nTel: +86 21 6123 4567 | Mobile: +86 139 1670 5528",
			"Daniel Ng", "+86 139 1670 5528", "Suite 1502, 15/F, Tower 2"},
		{"钟先生", "我们展位的电源从早上一直跳闸。\n\n展位号：9号馆 9B-36（特装）\n联系人：钟伟\n手机：13912345678", "钟伟", "13912345678", "9号馆 9B-36"},
		{"linlin", "11栋2单元的电梯又坏了 我家在1902 老人上下楼很不方便 你们什么时候修 林女士 13588889999", "林女士", "13588889999", "11栋2单元1902"},
		{"linlin", "投诉5栋的住户乱扔垃圾，我家在1902。林女士 13588889999", "林女士", "13588889999", "1902"},
		{"linlin", "隔壁5栋装修太吵 我家在1902 林女士 13588889999", "林女士", "13588889999", "1902"},
		{"wang", "你好，我父亲独自住在你们小区3栋1201，卫生间漏水到楼下，他年纪大了不会处理，麻烦尽快派人去看。我是他女儿王丽，电话13812340000。",
			"王丽", "13812340000", "3栋1201"},
	})
	w := Read(Mail{Name: "App Notice", Email: "noreply@homeapp.cn", Notice: true,
		Text: "Complaint received via app\nName: Zhao Min\nMobile: 13600001234\nBuilding/Unit: Block 8, Unit 1803"})
	if w.Name != "Zhao Min" || w.Phone != "13600001234" || w.Address != "Block 8, Unit 1803" {
		t.Errorf("an app's notice: %+v", w)
	}
}

// A shop's keeper signing under the shop and their job, a stall they sell at, a stall's and a
// booth's word after its number, a company's booth, an office after "租用贵楼" or before the
// company and the writer's desk, a whole floor under an English signature; a wife writing from
// her husband's mailbox, a son for his parents' flat, a grandchild for a grandfather named by his
// surname alone, a brother's number the writer gives for hers; a number asked for "其餘時間",
// one corrected at once, one after "跟我联系", one behind "我香港電話"; a name signing under the
// shop's ("源記 梁生"), a titled name in words typed without stops.
func TestShopsBoothsAndHouseholds(t *testing.T) {
	checkWriters(t, []writerCase{
		{"茶小满华景广场店", "我们是二楼L2-08号铺茶小满。隔壁L2-09潮鞋馆每天放很大声的音乐。\n跟他们店长沟通过几次（店长电话13524009911）。\n" +
			"茶小满华景广场店 店长 罗敏\n18516003322", "罗敏", "18516003322", "二楼L2-08号铺"},
		{"郑大勇", "我叫郑大勇，在水产区B17摊位卖鱼。排水沟堵了。\n堵的原因是B18蒋姐家（电话13900221188）往沟里扫垃圾。\n郑大勇 13677889900",
			"郑大勇", "13677889900", "水产区B17摊位"},
		{"陈建平", "我是服装市场2楼218档口的陈建平。消防通道被堵，货运司机（电话15057732288）说是老板让放的。\n陈建平\n135-0577-1234",
			"陈建平", "135-0577-1234", "服装市场2楼218档口"},
		{"钟华 | 深圳启明光电", "我司参加本届光电展，展位号 9号馆 9B-36。\n搭建商王师傅（13802551234）要求加收加急费。\n钟华\n市场部经理\n" +
			"深圳启明光电科技有限公司\n深圳市南山区科技园北区清华信息港B栋6楼\nT: 0755-2688 1234\nM: +86 135 1098 7765",
			"钟华", "+86 135 1098 7765", "9号馆9B-36"},
		{"沈燕", "我司杭州绿源茶业在本次食品博览会的展位为W3馆W3-A12。会刊把展位号印成了W3-A21。\n沈燕\n杭州绿源茶业有限公司 市场部\n电话：0571-8765 4321",
			"沈燕", "0571-8765 4321", "W3馆W3-A12"},
		{"郑海涛", "物业您好，\n我是1号楼804业主郑海涛的爱人，我叫林芳，用我先生的邮箱给你们写信。\n押金还没退。麻烦直接跟我联系，电话13588776655，我先生经常出差不方便。\n林芳",
			"林芳", "13588776655", "1号楼804"},
		{"马骏", "物业管理处：\n本公司租用贵楼A座8层805-806室。卫生间漏水。\n上海恒通贸易有限公司\n马骏  总经理助理\n电话：021-50123456\n传真：021-50123457",
			"马骏", "021-50123456", "A座8层805-806室"},
		{"Lisa 李莎", "你好！我是C座12楼1208蓝波咨询的财务李莎。发票金额有误。\n如有问题请联系我：13764589012\nLisa 李莎\n财务 | 蓝波咨询",
			"李莎", "13764589012", "C座12楼1208"},
		{"Kevin Zhou", "我是23楼耐科莎科技的行政负责人周凯。22楼在装修。\n\nBest regards,\nKevin Zhou 周凯\nAdmin Manager | Nexa Technology (Shanghai) Co., Ltd.\n" +
			"23/F, Huajing Center\nM: +86 139 1818 2020", "周凯", "+86 139 1818 2020", "23/F, Huajing Center"},
		{"陳太", "你好，我係華景江畔3座18樓B室的業主陳太，人在香港。\n個單位租了給李先生（電話13816289900）。\n請打我香港電話 +852 6123 8899 聯絡，或者回覆電郵都得。\n陳太",
			"陳太", "+852 6123 8899", "華景江畔3座18樓B室"},
		{"Wang Min", "我母亲住在11栋2单元1601，楼上1701装修后她家天花板渗水。\n我叫王敏，在深圳工作，上班时间接不了电话。麻烦请联系我弟弟王军，电话13524681357，他就住在附近。\n王敏",
			"王敏", "13524681357", "11栋2单元1601"},
		{"杨帆", "我是3栋502业主的儿子，我叫杨帆，我爸妈住在这里。\n楼下402家的空调外机很吵。我电话 13764002211，我爸电话 13564002211。\n杨帆",
			"杨帆", "13764002211", "3栋502"},
		{"徐", "我是替我外公写的这封邮件。我外公叫徐福生，住8幢402。\n有事请打我外公的手机13661112233，他白天都在家。", "徐福生", "13661112233", "8幢402"},
		{"林志明", "敝公司鑫宇科技位於貴大樓B棟17樓之3。\n在上海期間請聯絡我的助理許小姐（138-1122-6677）安排會面；其餘時間請來電 0912-345-678 或回信。\n總經理 林志明",
			"林志明", "0912-345-678", "B棟17樓之3"},
		{"源記甜品", "我係L1-12舖嘅租戶，間舖叫「源記甜品」。\n隔籬L1-11舖裝修，佢哋負責人（5123 4567）話係商場批咗嘅。\n有咩事打俾我 9876 5432（香港手機）。\n源記 梁生",
			"梁生", "9876 5432", "L1-12舖"},
		{"", "你好我是8栋1单元702的住户宋女士我家楼下烧烤店天天油烟 房东电话13011223344打了也不管 我电话13916547788下班后打给我",
			"宋女士", "13916547788", "8栋1单元702"},
		{"刘阿姨", "物业 你们好 我是锦华苑15号楼2门301的刘阿姨 楼上401天天往下扔烟头 我电话 138 1234 0987 不对 是 138 1234 0978 上午都在家",
			"刘阿姨", "138 1234 0978", "锦华苑15号楼2门301"},
		{"Tom", "hi,\nthis is tom li from the coffee kiosk K-03 on the ground floor. water is dripping from the ceiling.\nthe restaurant above us (L1-22?) did not pick up.\ncall me 138-0171-4455\ntom",
			"Tom", "138-0171-4455", "K-03"},
		{"David Chen", "The lights flicker.\n\nDavid Chen\nFinance Director, Acme Ltd\nSuite 2310, 23/F, Huajing Center, 100 Century Avenue, Pudong, Shanghai\nM: +86 186 0211 3344",
			"David Chen", "+86 186 0211 3344", "Suite 2310, 23/F, Huajing Center"},
	})
	w := Read(Mail{Name: "客服热线系统", Email: "callcenter@example.cn", Notice: true,
		Text: "客服热线来电记录（转投诉）\n来电号码：02158123456\n来电人：钱先生\n地址：18栋302\n回拨号码：13601889922（来电人要求回电打手机）\n内容：楼下202家搭建阳光房。\n受理人：客服 王丽"})
	if w.Name != "钱先生" || w.Phone != "13601889922" || w.Address != "18栋302" {
		t.Errorf("a hotline's record of the call: %+v", w)
	}
}

// A reply with nothing of its writer's own above the office's answer gives what the writer's
// first mail, quoted below that answer, says of them; not what the office's answer says.
func TestOwnEarlierMailQuotedBelow(t *testing.T) {
	text := "都一个星期了，还是没人来。孙师傅的电话也一直打不通。\n发自我的华为手机\n-------- 原始邮件 --------\n" +
		"发件人: 华景物业服务中心 <office@example.cn>\n收件人: chenzq@example.cn\n主题: 回复：窗户漏风的报修\n" +
		"陈先生您好：\n维修师傅孙师傅（电话13764455321）将在三个工作日内上门处理。\n华景物业服务中心 客服部 周敏\n" +
		"> 你好，我家是9栋1801，主卧窗户关不严。\n> 我电话13661887700，白天晚上都可以。\n> 陈志强"
	w := Read(Mail{Name: "Chen", Email: "chenzq@example.cn", Text: text, OwnText: "都一个星期了，还是没人来。孙师傅的电话也一直打不通。\n发自我的华为手机"})
	if w.Name != "陈志强" || w.Phone != "13661887700" || w.Address != "9栋1801" {
		t.Errorf("%+v", w)
	}
	w = Read(Mail{Name: "Chen", Email: "other@example.cn", Text: text, OwnText: "都一个星期了，还是没人来。"})
	if w.Phone != "" || w.Address != "" {
		t.Errorf("a mail sent to someone else quoted: %+v", w)
	}
}

// A number with a note on where it reaches the writer ("（白天在单位）") beside a mobile, a labelled
// line in brackets, "請致電本人香港手提電話", "本人上海手機", a flat then a number under the
// signature, a reply's writer as the office's answer greets them, a shop's unit in brackets after
// its name, its name before the unit under the signature, a stall's label, a booth's number after
// its label without a space or after a colon, an English shop's mailbox, a name before the
// writer's flat, a run-on's "叫卫东", the writer's office before their company's desk and their
// familiar name, a nickname's mail saying "我是…杨女士".
func TestNotesRepliesAndUnits(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Kevin", "我是B座15楼1502室的租户周凯，车位正上方的管道一直滴水。\n\n联系电话：13761239876（手机） / 021-68881234转806（白天在单位）\n周凯",
			"周凯", "13761239876", "B座15楼1502室"},
		{"赵雪梅", "本人赵雪梅（15幢2单元1101室），现投诉楼下1001室装修队违规施工。\n我找过装修队负责人王师傅（13122873056）。\n（手机：18917763302）\n赵雪梅",
			"赵雪梅", "18917763302", "15幢2单元1101室"},
		{"陳太", "本人是二期11座1803室業主陳太。車位被一輛私家車佔用，擋風玻璃上留了一個電話13300998877。\n如有需要請致電本人香港手提電話 +852 9123 4567（WhatsApp亦可）。\n陳太",
			"陳太", "+852 9123 4567", "二期11座1803室"},
		{"何嘉欣", "本公司租用華景國際大廈A座1805室。\n如有查詢，請致電本人上海手機 136 8192 0455。本公司香港辦事處電話為 +852 2877 1234。\n何嘉欣 小姐",
			"何嘉欣", "136 8192 0455", "華景國際大廈A座1805室"},
		{"茶小满", "我是茶小满奶茶（B1-F07）的店长孙晓。B1的保安几次来我们店门口驱赶顾客。\n\n店长 孙晓\n电话：131 2288 9076", "孙晓", "131 2288 9076", "B1-F07"},
		{"Luna Nails", "我是L3-15号铺 Luna Nails 美甲店的店主张露（Luna Zhang）。三楼的空调晚上9点就关。\n\n电话：021-50786612\n张露",
			"张露", "021-50786612", "L3-15号铺"},
		{"老周烧腊", "管理处：\n收到通知。油烟是隔壁L1-21的烤鱼店的。\n\n周永康\n老周烧腊 L1-22号铺\n手机 139 2088 4415", "周永康", "139 2088 4415", "L1-22号铺"},
		{"湘妹子米粉", "我是小吃街17号档口的老板邓丽。隔壁16号档口的油烟往我这边飘，他们老板（电话 13761187420）说是管理处同意的。\n\n档口：小吃街17号\n老板：邓丽\n电话：177-0213-5568",
			"邓丽", "177-0213-5568", "小吃街17号档口"},
		{"陆建平", "我司宁波恒达五金有限公司参加本届五金博览会，展位号9号馆9B-36。电工（姓邵，13901016638）说要等开单。\n\n陆建平 销售经理\n宁波恒达五金有限公司\n手机：+86 137 5742 0918",
			"陆建平", "+86 137 5742 0918", "9号馆9B-36"},
		{"蔡明宏", "敝公司台灣精密機械股份有限公司參加本屆機床展，展位號：5號館5C-12。\n\n聯絡人：蔡明宏 經理\n手機：+886 933 218 765",
			"蔡明宏", "+886 933 218 765", "5號館5C-12"},
		{"hexs", "物业：\n我家地下室储藏间（负一层 B-23号）进水了。\n\n何先生 11-3-202\n手机: 13651829930", "何先生", "13651829930", "11-3-202"},
		{"weidong", "你好 干洗店弄丢了我的大衣 给我打电话的是店长小唐 电话18917210036 态度很不好 我住华景苑19栋1单元902 叫卫东 电话186 1678 3320",
			"卫东", "186 1678 3320", "华景苑19栋1单元902"},
		{"前台", "我是12楼1203室恒远科技的前台小赵（赵欣怡）。女卫生间的马桶堵了。\n麻烦尽快安排，有问题联系我 187 1765 2090。\n\n赵欣怡\n恒远科技 前台",
			"赵欣怡", "187 1765 2090", "12楼1203室"},
		{"A燕子", "你好，我是9栋602的杨女士。快递柜一直被人占着。\n有事打我手机13816502293，谢谢。\n燕子", "杨女士", "13816502293", "9栋602"},
	})
	w := Read(Mail{Name: "zhengguoqiang", Email: "zgq@example.cn",
		OwnText: "到今天已经八天了，没有任何人联系我。\n\n郑先生\n6栋903  13020118899",
		Text: "到今天已经八天了，没有任何人联系我。\n\n郑先生\n6栋903  13020118899\n\n-----原始邮件-----\n发件人：\"华景物业服务中心\"<office@example.cn>\n" +
			"收件人：\"zhengguoqiang\"<zgq@example.cn>\n主题：关于6栋903室卫生间渗水问题的回复\n\n郑国强先生：\n您好！请联系工程部陈工 13761002233。"})
	if w.Name != "郑国强" || w.Phone != "13020118899" || w.Address != "6栋903" {
		t.Errorf("a reply greeted by its writer's whole name: %+v", w)
	}
}

// A daughter introducing herself before her parents' flat ("我叫李娜，是…1002室业主…的女儿") and
// asking to be called after "联系我，手机…", a mother her son writes for on her home phone, an
// English flat with its number in brackets, an English office with its floor as
// "21F", an exhibitor's booth and "reach me on my local number", a room and a number with a note
// under an English signature, a shop's unit before its name in brackets as a franchise, a form's
// name "（未填写）".
func TestRelativesBoothsAndEnglishFloors(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Li Na", "你们好！我叫李娜，是华景苑12幢1002室业主陈建国、周玉梅的女儿。我父母都快八十岁了。\n" +
			"有任何情况请直接联系我，手机 186 2345 7788（微信同号）。我父母家里座机是021-58881234，请尽量不要打过去。\n\n李娜",
			"李娜", "186 2345 7788", "华景苑12幢1002室"},
		{"孙浩", "我母亲许桂兰一个人住在3-2-1201，她不会用电脑，让我帮忙写这封邮件。\n楼道灯坏了快两个月了。\n我常年在国外，请你们处理好后直接打我母亲家里座机：021-58763321，她白天都在家。\n\n孙浩",
			"许桂兰", "021-58763321", "3-2-1201"},
		{"Sarah O'Neil", "This is the third time my parking card has been deactivated. My driver, Mr. Li (136 6661 2345), was stuck at the barrier.\n\n" +
			"Kind regards,\nSarah O'Neil\nCountry Manager, BrightPath Education\nUnit 2107, 21F, Tower A\n+86 139 1188 2740",
			"Sarah O'Neil", "+86 139 1188 2740", "Unit 2107, 21F, Tower A"},
		{"Marco Rossi", "We are exhibiting at booth 2A-118 in Hall 2. The booth next to us (2A-120) has a similar problem.\n\n" +
			"Please reach me on my local number 152 0173 9984 (also WeChat). My Italian mobile +39 335 123 4567 has very expensive roaming.\n\nMarco Rossi\nExport Manager, Rossi Macchine S.r.l.",
			"Marco Rossi", "152 0173 9984", "2A-118"},
		{"Karl Weber", "There is renovation work in room 1720 every morning.\n\nBest,\nKarl Weber\nRoom 1718\n+49 151 2345 6789 (WhatsApp)",
			"Karl Weber", "+49 151 2345 6789", "Room 1718"},
		{"邻里购华景广场店", "我是华景广场1楼108号邻里购便利店（加盟店）的店长彭志刚。卸货区最近经常被占满。\n\n店长 彭志刚\n手机 13524407718",
			"彭志刚", "13524407718", "华景广场1楼108号"},
	})
	w := Read(Mail{Name: "华景生活小程序", Email: "notify@example.cn", Notice: true,
		Text: "【华景生活小程序】新的投诉建议\n\n用户昵称：向日葵\n真实姓名：（未填写）\n手机号：+86 139 1667 0588\n房号：3期 26幢 1703\n内容：南门晚上11点就锁了。"})
	if w.Name != "" || w.Phone != "+86 139 1667 0588" || w.Address != "3期 26幢 1703" {
		t.Errorf("a form whose name was left empty: %+v", w)
	}
}

// A run-on ending in the whole name after "姓王", "我是5-302的业主", a stall after a market's and
// a section's names, a stallholder called 周师傅, an exhibitor's "展位号为 3H-B21" and "现场联系：
// 86-…", a franchisee's store phone, "联系我（她儿子）林志强，电话…", a granddaughter's family flat and
// grandfather's home phone, "我的手機是台灣門號 …", a handle's reply greeted as "尊敬的钱女士：", an
// office in brackets after the company under a work signature, "我们是一楼L1-22的…", a number
// before "别打我房东".
func TestRunOnsStallsAndGreetings(t *testing.T) {
	checkWriters(t, []writerCase{
		{"", "物业你好我是东区5号楼302的住户姓王楼上402天天半夜拖椅子 我电话139 1234 5678白天都在家晚上也在 王秀英\n\n发自我的iPhone",
			"王秀英", "139 1234 5678", "东区5号楼302"},
		{"", "物业：\n你好！我是5-302的业主，姓李。走廊的声控灯坏了。师傅（说是姓张，电话158 0000 1111）看了一眼就走了。\n修好以后给我回个电话：137-6543-2109。\n\n李先生",
			"李先生", "137-6543-2109", "5-302"},
		{"", "我是华景菜市场水产区A12号摊位的，卖鱼的周师傅。排水沟一直堵，对面A11卖虾的小郑也一样。\n我手机150 1234 5678 ，早上都在摊位上。\n\n周师傅",
			"周师傅", "150 1234 5678", "华景菜市场水产区A12号摊位"},
		{"Kevin Zhang", "我是深圳明亮光电的参展负责人 Kevin Zhang（张凯），我们在本届国际照明展的展位号为 3H-B21（3号馆）。\n隔壁 3H-B23 的设备共用回路。\n\n" +
			"现场联系：86-13671234590（张凯）\n展商服务台电话 021-55550000 我们已经打过。", "张凯", "86-13671234590", "3H-B21"},
		{"徐海波", "我是南苑社区便民服务站加盟商徐海波。门店地址：兰州市城关区南昌路128号。\n区域经理孙经理（139 1111 0000）说他已经反馈给总部。\n门店电话：0931-8765432（营业时间8:00-20:00）\n\n徐海波",
			"徐海波", "0931-8765432", "兰州市城关区南昌路128号"},
		{"林志强", "我母亲一个人住在12栋B单元1102。对门1101的住户在楼道里堆杂物。\n\n有事请联系我（她儿子）林志强，电话 177 0123 4567。我周末会回去。\n\n林志强",
			"林志强", "177 0123 4567", "12栋B单元1102"},
		{"Zheng Xiaoyu", "我是2期3栋1501郑国华的孙女郑小雨，现在在国外读书。3栋的电梯这个月已经停了四次。\n我在国外不方便接电话，请你们直接打爷爷家里的座机：(021)5555-2468。\n谢谢！\n郑小雨",
			"郑小雨", "(021)5555-2468", "2期3栋1501"},
		{"林淑芬", "我是住在華景公寓A棟10樓之2的林淑芬。樓下9樓之2的住戶都在唱卡拉OK。\n我的手機是台灣門號 0912-345-678（有開國際漫遊）。房東陳先生的電話是 02-2345-6789。\n林淑芬 敬上",
			"林淑芬", "0912-345-678", "華景公寓A棟10樓之2"},
		{"Helen Xu", "我们律所经常周末加班。\n\n徐海伦 Helen Xu\n行政主管\n安拓律师事务所（华景中心A座2208室）\n直线：021-5555 8866",
			"徐海伦", "021-5555 8866", "华景中心A座2208室"},
		{"一点点奶茶华景店", "我们是一楼L1-22的一点点奶茶华景店。有个骑手还留了电话让我们有事找他（176 0000 9876）。\n\n店里电话：021-5555 9090",
			"一点点奶茶华景店", "021-5555 9090", "L1-22"},
		{"吴一凡", "门禁卡又坏了刷不开 我是10幢 2单元 302的租户 明天必须给我修好 电话 185 1234 0000 别打我房东 房东叫张建国 139 2222 3333",
			"吴一凡", "185 1234 0000", "10幢 2单元 302"},
	})
	w := Read(Mail{Name: "qian", Email: "qian@example.cn", OwnText: "还是没人来。我的电话没变，还是133 4567 8901。",
		Text: "还是没人来。我的电话没变，还是133 4567 8901。\n\n-----Original Message-----\nFrom: 华景物业服务中心 [mailto:office@example.cn]\n" +
			"To: qian@example.cn\nSubject: 回复\n\n尊敬的钱女士：\n您好！渗水源自楼上1303室。"})
	if w.Name != "钱女士" || w.Phone != "133 4567 8901" {
		t.Errorf("a handle's reply greeted by name and title: %+v", w)
	}
}

// A company's mailbox named with its person ("绿源茶业 王磊") and their number under their
// label as the booth's manager, "本人黃志明，是商場地下G12號舖「明記茶餐廳」的負責人", "本次於…5館E102攤位參展", "落款：业主
// 谢红梅", a shop's keeper under their label with a title ("药房负责人：李先生") above their number,
// an office "15F-1501" under a work signature, "澳門手提：", a subject's tag with a flat behind a
// building's door ("【北苑2号楼东门401 许先生】").
func TestKeepersAndExhibitors(t *testing.T) {
	w := Read(Mail{Email: "xu@example.cn", Subject: "【北苑2号楼东门401 许先生】快递柜占消防通道",
		Text: "2号楼东门口新装的快递柜堵在消防通道上。\n以前登记的电话138 0000 5678已经停机了，请改成 176 3030 4545，有事打这个。"})
	if w.Name != "许先生" || w.Phone != "176 3030 4545" || w.Address != "北苑2号楼东门401" {
		t.Errorf("a subject's tag: %+v", w)
	}
	checkWriters(t, []writerCase{
		{"绿源茶业 王磊", "我们是绿源茶业，展位W2-A08（W2馆）。隔壁W2-A10的音响太吵。\n展位负责人：王磊\n手机：+86 189 1234 0077\n（展会期间住华景酒店2306房）",
			"王磊", "+86 189 1234 0077", ""},
		{"明記茶餐廳", "本人黃志明，是商場地下G12號舖「明記茶餐廳」的負責人。工程部李師傅（內線 3312）說要等。\n聯絡電話：852-9123 8765（本人手提）\n明記茶餐廳\n黃志明 Wong Chi Ming",
			"黃志明", "852-9123 8765", "地下G12號舖"},
		{"宏昇精密機械", "我們是台灣「宏昇精密機械」，本次於華景會展中心5館E102攤位參展。地毯顏色不符。\n聯絡人：張家豪 業務經理\n手機：+886 928 765 432（已開漫遊）",
			"張家豪", "+886 928 765 432", "5館E102"},
		{"", "物业管理处：\n楼下餐馆油烟太大。我住7幢1803。\n联系电话：13812349876\n落款：业主 谢红梅", "谢红梅", "13812349876", "7幢1803"},
		{"Michael Chen", "我司在C座15楼，电梯高峰期等待时间过长。\n有问题请直接回电我手机。\n陈明哲 Michael Chen\n总经理助理\n诺联信息技术（上海）有限公司\n华景中心C座15F-1501\n" +
			"T +86 21 5555 6100 | M +86 186 2100 3344", "陈明哲", "+86 186 2100 3344", "华景中心C座15F-1501"},
		{"梁嘉欣", "本人梁嘉欣，澳門居民，入住貴酒店1215號房。隔壁1217號房的客人深夜喧嘩。\n預訂確認號：HJ20240602-8861\n澳門手提：+853 6612 3456\n梁嘉欣",
			"梁嘉欣", "+853 6612 3456", "1215號房"},
		{"惠民药房", "药房门口的台阶破了。昨天一位老顾客（孙阿姨，电话 139 6666 8080）在门口摔了一跤。\n\n药房负责人：李先生\n手机：139 0731 2468",
			"李先生", "139 0731 2468", ""},
	})
}

// Run-ons typed without stops: a number after "请你们去说说我电话是…", the flat before the writer's
// name and the words that run on ("我是23号楼一单元302的刘桂芳楼下…"), a number before a closing
// request ("电话 136 1234 5678 尽快处理一下"); an exhibitor's person on site under their label, a
// shop in a commercial street, "contact me urgently:", "…的台灣住戶蔡佩珊", a food court's stall; a
// tenant company's English-named sender greeted by title keeps their name.
func TestRunOnsWithoutStops(t *testing.T) {
	checkWriters(t, []writerCase{
		{"刘桂芳", "物业你好我是23号楼一单元302的刘桂芳楼下一楼那家天天晚上在院子里烧烤烟都熏到我家里来了请你们去说说我电话是13061728394谢谢",
			"刘桂芳", "13061728394", "23号楼1单元302"},
		{"", "你好我是5号楼801的王建国地下车库我的车位B2-118天天被别人的车占了麻烦你们处理一下我电话13661234567", "", "13661234567", "5号楼801"},
		{"", "我是7栋602的 姓唐 地库B1我车位上方一直滴水 车都被滴出水印了 电话 136 1234 5678 尽快处理一下", "", "136 1234 5678", "7栋602"},
		{"广州博雅展示", "我们是广州博雅展示器材有限公司（公司地址：广州市天河区天河路385号），参加本次家具展，展位号5号馆5C-012。\n现场负责人：钟文辉\n手机：13922887766",
			"钟文辉", "13922887766", "5号馆5C-012"},
		{"彭记面馆", "我是华景商业街15号商铺彭记面馆的老板彭德明。店门口的污水井一直冒臭味。\n手机13585246913", "彭德明", "13585246913", "华景商业街15号商铺"},
		{"Hans Mueller", "We are exhibiting at the machinery fair. The furniture was not delivered.\nPlease contact me urgently: +49 171 2345678\nHans Mueller\nSales Director",
			"Hans Mueller", "+49 171 2345678", ""},
		{"蔡佩珊", "我是住在華景苑24號樓1單元1202的台灣住戶蔡佩珊。游泳池還沒開放。\n我的手機：13801726354\n謝謝！", "蔡佩珊", "13801726354", "華景苑24號樓1單元1202"},
		{"潘建军", "我是美食广场F12档口的潘建军，做麻辣烫的。排烟管道吸力很弱。\n我的电话是15618273645", "潘建军", "15618273645", "美食广场F12档口"},
	})
	w := Read(Mail{Name: "Kevin Zhang", Email: "kevin@example.cn", OwnText: "还是没有人来处理。\n\nKevin Zhang\nA座2305",
		Text: "还是没有人来处理。\n\nKevin Zhang\nA座2305\n\n发件人: 华景物业服务中心 <office@example.cn>\n收件人: kevin@example.cn\n主题: 回复\n\n张先生您好：\n已转工程部。"})
	if w.Name != "Kevin Zhang" {
		t.Errorf("an English name greeted by surname and title: %+v", w)
	}
}

// An exhibitor's booth after their company ("我们是…有限公司，展位号3号馆3B-216"), in a hall with a
// decimal ("5.1馆E12"), in brackets after the company, or by its hall and code alone; in English
// after the hall ("Hall 2, Booth 2A-118"); a keeper's 店长手机 when they say they are the keeper, a
// shop's unit in brackets after 我们店, after the shop's name and its kind ("「慢时光」咖啡的老板"); a
// company's office after its name under the writer's, or under "我们公司："; a resident's flat and
// role beside their titled name; a franchisee's 门店地址 and number under the store's name.
func TestBoothsStoresAndOffices(t *testing.T) {
	checkWriters(t, []writerCase{
		{"极光照明", "我们是深圳市极光照明科技有限公司，展位号3号馆3B-216。动力电到现在还没接。\n\n现场负责人：曹宇\n手机：135 1078 4432",
			"曹宇", "135 1078 4432", "3号馆3B-216"},
		{"邱琳", "我们是绍兴旭日纺织有限公司，参加下周的纺织面料展，展位号 5.1馆E12。证件还没收到。\n\n邱琳\n手机：150 1723 8846",
			"邱琳", "150 1723 8846", "5.1馆E12"},
		{"林怡君", "我們是台灣福爾摩沙茶業，這次參加兩岸茶博會，展位在4號館4C-032。展位地毯有大片污漬。\n\n林怡君\n台灣手機：0928-617-350",
			"林怡君", "0928-617-350", "4號館4C-032"},
		{"姚静", "8D-105的展台又把展品摆到通道上了。我们是8号馆8D-103，美家家居。\n\n姚静\n手机 0086 137 6420 9913",
			"姚静", "0086 137 6420 9913", "8号馆8D-103"},
		{"宋雨桐", "我们是云上茶业（2号馆2C-108展位）。对面2C-115展位的音响开得非常大。\n\n联系人：宋雨桐\n手机：15201873364",
			"宋雨桐", "15201873364", "2号馆2C-108"},
		{"Michael Brenner", "We are exhibiting at Hall 2, Booth 2A-118 (Kleinhaus Tools GmbH). The internet connection is down.\n\nMichael Brenner",
			"Michael Brenner", "", "2A-118"},
		{"罗建明", "我是3楼L3-08号铺“茶语时光”的店长罗建明。电费账单有误。之前打财务部电话020-3826 5518。\n\n店长手机：159 1873 0264\n\n罗建明",
			"罗建明", "159 1873 0264", "3楼L3-08号铺"},
		{"蜜语甜品", "今天早上开门发现我们店（B1-26号铺 蜜语甜品）吊顶在漏水。\n\n店长 邓丽\n18930215547", "邓丽", "18930215547", "B1-26号铺"},
		{"Jason", "我是一楼1F-12「慢时光」咖啡的老板毛俊。保安王队长（137 6111 2098）把立牌收走了。\n\n毛俊 13023316670",
			"毛俊", "13023316670", "1F-12"},
		{"刘洋", "我们公司的两个车位被取消了。\n\n刘洋\n瑞科生物 A座1602\n15221890734", "刘洋", "15221890734", "A座1602"},
		{"Grace Huang", "加班空调费账单有误。\n\n账单编号：KT202405-C0808\n我们公司：岚木设计 C座808室\n\n黄雅琴 Grace Huang\n手机 136 7196 2350",
			"黄雅琴", "136 7196 2350", "C座808室"},
		{"曾志明", "我司A座808（华信设计）收到11月的加班空调费账单，比平时多很多。\n曾志明 13631598824", "曾志明", "13631598824", "A座808"},
		{"韩雪梅", "请贵处尽快查明A座25楼配电问题。\n\n韩雪梅\n行政部经理\n深圳博远数据科技有限公司\n汇金国际中心A座2501-2502\n手机：135 1084 6672",
			"韩雪梅", "135 1084 6672", "汇金国际中心A座2501-2502"},
		{"静待花开", "遛狗不牵绳的越来越多。\n\n14栋2单元1703 业主 何女士\n手机 +86 186 2177 4039", "何女士", "+86 186 2177 4039", "14栋2单元1703"},
		{"老周", "地库的灯坏了一大半。\n\n19号楼2303 周先生\n电话：13917720468", "周先生", "13917720468", "19号楼2303"},
		{"huangliwei", "今天的盒饭少了3份。\n\n黄立伟\n东方机械 N2-B05\n手机 133-0210-8876", "黄立伟", "133-0210-8876", "N2-B05"},
		{"邱海燕", "我们是重庆渝中八一路店（门店编号CQ0233）。售后维修师傅（电话 131 0236 8859）来过一次。\n\n邱海燕\n" +
			"重庆渝中餐饮管理有限公司（小满鱼八一路店加盟商）\n门店地址：重庆市渝中区八一路177号负一楼B1-09\n手机：139 8056 1277",
			"邱海燕", "139 8056 1277", "重庆市渝中区八一路177号负一楼B1-09"},
		{"黎晓东", "返利还没到账，我们门店现金流很紧张。\n\n黎晓东\n小满鱼 绵阳涪城万达店\n门店地址：绵阳市涪城区涪城路万达广场1F-1036\n电话：17726358810",
			"黎晓东", "17726358810", "绵阳市涪城区涪城路万达广场1F-1036"},
		{"Ma Jun", "我司为本届照明展参展商，展位号3号馆3B-216。展位的电箱一直没有送电。\n\n马俊\n市场部经理\n\n上海流明照明科技有限公司\n" +
			"地址：上海市徐汇区宜山路700号C1幢11楼\nM: +86 186 2839 0475", "马俊", "+86 186 2839 0475", "3号馆3B-216"},
		{"Laura Bianchi", "We are exhibiting at the International Home & Design Fair with booth 6D-21 in Hall 6. The furniture is missing.\n\nLaura Bianchi",
			"Laura Bianchi", "", "6D-21"},
		{"David Lee", "The leak came back last night.\n\nRegards,\nDavid Lee\nOperations Manager, Harbourline Logistics\n" +
			"Unit 1203, Tower B, Huijin International Center\nM: +86 158 1890 6632", "David Lee", "+86 158 1890 6632", "Unit 1203, Tower B, Huijin International Center"},
		// Not a resident's complaint about a shop: the keeper's number is the shop's.
		{"王芳", "楼下面馆的油烟太大了。\n\n店长手机：159 1873 0264\n\n王芳", "王芳", "", ""},
	})
}

// A number the writer asks to be called on in a sentence ("有问题请联系我：…", "請打我香港手機：…",
// "call me on my mobile, …,") goes before their signature's office line.
func TestNumberAskedForOverTheOffice(t *testing.T) {
	checkWriters(t, []writerCase{
		{"张磊", "请核实后退还多收的263元。有问题请联系我：+86 138-0571-2946。\n\n张磊\n恒泰医疗器械（杭州）有限公司 销售总监\n电话：0571-8775 3200",
			"张磊", "+86 138-0571-2946", ""},
		{"陳家豪", "明天早上就開展。我今日全日都在展位，請打我香港手機：+852 9634 1728（已開通漫遊）。\n\n陳家豪\n電話：+852 2389 6612",
			"陳家豪", "+852 9634 1728", ""},
		{"Michael Turner", "Feel free to call me on my mobile, 139 1122 4586, if you need any further details.\n\nKind regards,\nMichael Turner\n" +
			"Office Manager\nTel: +86 755 8609 1200", "Michael Turner", "139 1122 4586", ""},
		{"Laura Bianchi", "Please call me on my local number during the fair, +86 186 0281 4479 (my Italian mobile +39 347 812 5530 has no signal).\n\n" +
			"Laura Bianchi\nExport Sales Manager\nTel. +39 041 739 2210", "Laura Bianchi", "+86 186 0281 4479", ""},
		{"林志偉", "冷氣出風口一直在滴水。我目前人在辦公室，手機是 0935-218-774（台灣號碼，已開通國際漫遊），請直接來電。\n\n林志偉 敬上",
			"林志偉", "0935-218-774", ""},
		// Someone's number in brackets after whose it is, above the writer's own labelled one.
		{"钟文博", "督导孙磊的电话（18917352046）从昨天打到今天都没人接。\n\n联系电话：180 8193 6627（钟文博）\n\n钟文博",
			"钟文博", "180 8193 6627", ""},
	})
}

// A reply whose writer says nothing of themselves, above a thread quoted without marks (QQ Mail's
// 原始邮件, Outlook's header blocks, Foxmail's "From: 曾志明"), or with Gmail's nested marks: their
// first mail below the office's answer says it; the office greeting "钱先生" names the writer
// as their first mail signs, "钱海峰", not as their mailbox does.
func TestOwnMailDeepInTheThread(t *testing.T) {
	qq := "你们上次说三天内安排人来看，现在一个多星期了还是没人来。\n\n周女士\n\n" +
		"------------------ 原始邮件 ------------------\n发件人: \"华景物业客服中心\"<service@example.cn>;\n发送时间: 2024年5月6日(星期一) 上午10:12\n" +
		"收件人: \"小鱼儿\"<xiaoyuer@qq.com>;\n主题: 回复：墙打裂了\n\n周女士您好：\n\n我们将安排工程部上门查看。如有疑问请致电客服中心 021-6188 3300。\n\n" +
		"------------------ 原始邮件 ------------------\n发件人: \"小鱼儿\"<xiaoyuer@qq.com>;\n发送时间: 2024年5月5日(星期天) 晚上9:47\n" +
		"收件人: \"service\"<service@example.cn>;\n主题: 墙打裂了\n\n你好，我是云栖苑2号楼1206的业主，隔壁1205在装修砸墙。我电话13764402918。\n"
	gmail := "还是没人来修！！\n\n在 2026年11月20日周五 10:12，锦绣物业客服 <kefu@example.cn> 写道：\n\n> 钱先生您好：\n>\n> 已收到您反映的问题。" +
		"如有紧急情况请联系楼栋管家赵琳（18621175530）。\n>\n> 在 2026年11月18日周三 21:37，海风 <qhf@gmail.com> 写道：\n>\n>> 电梯一直响。\n>>\n>> 钱海峰\n>> 6号楼2单元1201\n>> 13916093527\n"
	foxmail := "我们没有申请过加班空调。\n\nFrom: 物业管理处\nDate: 2026-11-19 11:02\nTo: 曾志明\nSubject: 回复: 加班空调\n曾先生您好：\n" +
		"详细记录可致电0755-8663 2000转8012。\n陈晓\n\nFrom: 曾志明\nDate: 2026-11-18 17:45\nTo: service@example.cn\nSubject: 加班空调\n你好，\n我住A座808，电话 13631598824。\n曾志明\n"
	for _, c := range []struct {
		name, email, text, own, wantName, wantPhone, wantAddress string
	}{
		{"小鱼儿", "xiaoyuer@qq.com", qq, "你们上次说三天内安排人来看，现在一个多星期了还是没人来。\n\n周女士", "周女士", "13764402918", "云栖苑2号楼1206"},
		{"海风", "qhf@gmail.com", gmail, "还是没人来修！！", "钱海峰", "13916093527", "6号楼2单元1201"},
		{"曾志明", "zeng@example.cn", foxmail, "我们没有申请过加班空调。", "曾志明", "13631598824", "A座808"},
	} {
		w := Read(Mail{Name: c.name, Email: c.email, Text: c.text, OwnText: c.own})
		if w.Name != c.wantName || w.Phone != c.wantPhone || w.Address != c.wantAddress {
			t.Errorf("%s: %q %q %q, want %q %q %q", c.name, w.Name, w.Phone, w.Address, c.wantName, c.wantPhone, c.wantAddress)
		}
	}
}

// A franchisee's store named alone under their name, with its address below; a number the writer
// says is the one they use ("注册手机号就是我现在用的 …") or gives after asking to be called ("请联系
// 我，我过去开门：…"); a firm's office (我所为…租户); an English home or office said after the
// writer's name ("… and I rent Apartment 1801 in Building 6") or as "Our office is in …"; a name
// and number glued to their label at the end of a run-on; the writer's own lines of a chat pasted
// whole.
func TestChatsRunOnsAndEnglishHomes(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Su Haifeng", "督导扣分我不服。\n\n苏海峰\n茶语轩成都春熙路店\n成都市锦江区春熙路南段8号\n手机 15982036617",
			"苏海峰", "15982036617", "成都市锦江区春熙路南段8号"},
		{"Cherry", "积分被清零了。会员卡号 8866 0023 1457，注册手机号就是我现在用的 185 1662 0397。\n\n吴小姐", "吴小姐", "185 1662 0397", ""},
		{"韩磊", "我母亲住在云栖苑6号楼302。麻烦安排维修师傅上门，上门前请联系我，我过去开门：136 5192 7480（韩磊）。不要打我母亲电话。",
			"韩磊", "136 5192 7480", "云栖苑6号楼302"},
		{"何婧", "您好！我所为A座1105室租户。发票抬头开错了。\n\n联系人：何婧（行政）\n电话：0755-8632 7781", "何婧", "0755-8632 7781", "A座1105室"},
		{"Sarah Whitfield", "My name is Sarah Whitfield and I rent Apartment 1801 in Building 6, Unit 2, Huajing Garden. Water is dripping.\n\n" +
			"My phone: 186-2103-5578\n\nSarah", "Sarah Whitfield", "186-2103-5578", "Apartment 1801, Building 6, Unit 2, Huajing Garden"},
		{"David Chen", "Our office is in Suite 1909, Tower A. The air conditioning blows warm air.\n\nRegards,\nDavid Chen", "David Chen", "", "Suite 1909, Tower A"},
		{"Gao Jie", "你好汇金物业我们是B座907明泰贸易门禁卡全部刷不开请给个说法联系人高洁13802983316", "高洁", "13802983316", "B座907"},
		{"芳芳蔬菜", "我是蔬菜区的摊主，顶棚漏雨一直没人修，下面是聊天记录：\n\n[11月17日 06:42] 蔬菜区C12 王桂芳: 周经理，顶棚又漏了\n" +
			"[11月18日 21:03] 管理处周国平: 你留个电话\n[11月18日 21:05] 蔬菜区C12 王桂芳: 13588420617\n[11月18日 21:06] 管理处周国平: 有急事打我手机15868113407\n\n" +
			"请尽快派人修好。\n\n王桂芳", "王桂芳", "13588420617", "蔬菜区C12"},
	})
}

// The writer's flat said by the one they complain of (我住他们楼下1102, 我家住1501 under 楼上17幢
// 2单元1601, 我是这个单元2003的), by one of its rooms (20幢2单元1402主卧), where they moved to (not
// 之前住…), a relative's flat or stall (我父亲…今年78岁，一个人住在…, 我妈…在…5号摊位卖干货), a
// market's row (水产区B排12号摊位), a stall's word whole (A-07号摊位), a stall a text typed on a
// phone begins with (蔬菜区12号 刘 139…).
func TestFlatsSaidByOthersRoomsAndStalls(t *testing.T) {
	checkWriters(t, []writerCase{
		{"追风少年", "你好，我要投诉8幢2单元1202的住户，每天半夜拖椅子。我住他们楼下1102，上去沟通过三次了。\n联系我：王先生 139 5812 0736",
			"王先生", "139 5812 0736", "8幢2单元1102"},
		{"叶涛", "楼上17幢2单元1601在装修，周六早上8点就开始砸墙。\n\n我家住1501，家里有刚满月的孩子。\n\n叶涛\n手机：139-5717-2046",
			"叶涛", "139-5717-2046", "17幢2单元1501"},
		{"", "你好，18幢1单元门口的垃圾桶已经三天没清运了。我是这个单元2003的蒋阿姨，有事打我电话13157102846。",
			"蒋阿姨", "13157102846", "18幢1单元2003"},
		{"马强", "这已经是第三次发邮件了。20幢2单元1402主卧那面墙现在墙纸都鼓起来了。\n请给个准确的施工时间。\n\n马强 13805719264",
			"马强", "13805719264", "20幢2单元1402"},
		{"曹雪", "我是业主曹雪，之前住3幢2单元405，上个月已经搬到10幢1单元401了，麻烦把我的登记信息更新一下。\n电话没变，还是13989453170。",
			"曹雪", "13989453170", "10幢1单元401"},
		{"Huang Li", "我父亲黄宝山今年78岁，一个人住在锦绣华庭3幢1单元201。厨房的下水道往上反水。\n\n我是他女儿黄丽，电话13305716628。",
			"黄丽", "13305716628", "锦绣华庭3幢1单元201"},
		{"程浩", "我妈罗桂兰在南湖市场干货区5号摊位卖干货，已经十几年了。\n\n有事可以打我电话：133 8759 1120。\n\n程浩",
			"程浩", "133 8759 1120", "南湖市场干货区5号摊位"},
		{"", "管理处：\n我是水产区B排12号摊位的胡桂芳，这个月的电费单算的不对。\n电话：13972054618\n胡桂芳",
			"胡桂芳", "13972054618", "水产区B排12号摊位"},
		{"阿强", "我是肉类区A-07号摊位的摊主邓国强。隔壁A-08号摊位把冷柜摆到过道上。\n邓国强\n18971203345",
			"邓国强", "18971203345", "肉类区A-07号摊位"},
		{"刘姐", "蔬菜区12号 刘 139 8012 6634 排水沟又堵了 臭得很 赶紧来人", "刘姐", "139 8012 6634", "蔬菜区12号"},
		{"王建军", "3幢1802 王 13958021736 3幢2号电梯又停了 老人上下楼很不方便", "王建军", "13958021736", "3幢1802"},
		{"Lin", "A座907 林小姐 18925046637 厕所没水冲不了 整层都这样 快点", "林小姐", "18925046637", "A座907"},
	})
}

// Offices, shops and booths as tenants and exhibitors write them: a floor and its room in
// brackets (B座28层（2801室）), 我公司…，位于…, 我所（…，B座33层3302室）, 我司…租用… over the
// signature's street address, a company and desk with the office in brackets under the name, a
// shop's unit before its name (L2-041 潮牌服饰), 本店（店名，L3-021号铺）, 本店B1-26号铺, 我们L2-117号铺,
// a floor the unit's code repeats (2楼2F-215), booths in brackets (展位号：…), after 参展展位為 and
// a comma (我们是…，展位在…), in a signature (广西桂韵茶业 6.1馆E22) and in English (Hall 11.2, Booth
// F05); an English tenant's "I work at …, Unit 2806, Tower A".
func TestOfficesShopsAndBoothsAsTenantsWriteThem(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Kevin Zhang", "我们公司在B座28层（2801室）。B座高区电梯早高峰非常拥挤。\n\n张凯文 Kevin Zhang\nM: 186 1666 0218",
			"张凯文", "186 1666 0218", "B座28层2801室"},
		{"彭志强", "物业管理处：\n\n我公司天衡广告，位于A座19层1902室。7月份的加班空调费有误。\n\n彭志强\n天衡广告有限公司 行政总监\n手机 139-1785-2406",
			"彭志强", "139-1785-2406", "A座19层1902室"},
		{"王蕾", "您好！我所（上海汇通律师事务所，B座33层3302室）已支付物业费，但至今未收到发票。\n\n发票开好后请通知我，我的手机是13916628845。\n\n王蕾",
			"王蕾", "13916628845", "B座33层3302室"},
		{"恒信会计师事务所", "我司（广州恒信会计师事务所有限公司）租用B座1208室。空调不制冷。\n\n维修前请联系我司行政罗敏，手机13926085517。\n\n此致\n" +
			"广州恒信会计师事务所有限公司\n行政部\n地址：广州市天河区华贸路88号华贸中心B座1208室\n传真：020-38731267",
			"罗敏", "13926085517", "B座1208室"},
		{"韩雪梅", "请贵处尽快查明B座18层的配电问题。\n\n韩雪梅\n行政部经理\n深圳博远数据科技有限公司\n地址：深圳市福田区金田路3088号汇金国际中心B座1806-1808室\n手机：135 1084 6672",
			"韩雪梅", "135 1084 6672", "汇金国际中心B座1806-1808室"},
		{"Amy", "B座11层走廊的垃圾桶已经两天没人清了。\n\n杨雪\n云帆传媒 前台（B座1106室）\n电话：021-6105 4560", "杨雪", "021-6105 4560", "B座1106室"},
		{"芯禾科技 前台", "物业您好：\n\n门禁卡刷不开闸机，请尽快处理。\n\n马晓丽\n芯禾科技（上海）有限公司 行政前台\n电话：021-6105 7788",
			"马晓丽", "021-6105 7788", ""},
		{"邹凯", "店里下午还是27、28度，请给一个明确的维修完成时间。\n\n邹凯\nL2-041 潮牌服饰\n13632876690", "邹凯", "13632876690", "L2-041"},
		{"小满甜品", "本店（小满甜品，L3-021号铺）昨晚无故停电。\n\n联系人：店长 许丽 13684901275", "许丽", "13684901275", "L3-021号铺"},
		{"鲜丰水果总部客服", "我是鲜丰水果星汇广场店的店长谢斌，借用总部邮箱发这封邮件。\n\n本店B1-26号铺门口的地漏往上返水。\n\n有问题请直接打我电话15013627748。\n\n" +
			"谢斌\n\n——————————\n鲜丰水果连锁有限公司\n总部地址：杭州市余杭区文一西路1588号", "谢斌", "15013627748", "B1-26号铺"},
		{"糖果屋童装", "商管中心：我们L2-117号铺门头的招牌灯箱晚上一半不亮。电话13828771906。", "糖果屋童装", "13828771906", "L2-117号铺"},
		{"潘建华", "我是2楼2F-215衣品服饰的经营者潘建华。\n\n我的电话13902471185，每天都在店里。", "潘建华", "13902471185", "2F-215"},
		{"何静", "我司绿源食品（展位号：3号馆3B-216）报名参加博览会，参展证还没有收到。\n\n联系人：何静\n手机：158 2134 7709",
			"何静", "158 2134 7709", "3号馆3B-216"},
		{"Kelly Chan", "我們是香港彩藝印刷有限公司，今屆參展展位為5.2館C18。\n\n如有任何問題，請致電我的手提電話。\n\n陳嘉欣 Kelly Chan\n手提：+852 9468 3327",
			"陳嘉欣", "+852 9468 3327", "5.2館C18"},
		{"邱丽华", "我们是美佳家居，展位在1号馆1A-08。展具只送到一半。\n联系人：邱丽华 18620567743", "邱丽华", "18620567743", "1号馆1A-08"},
		{"韦建平", "网络还是不稳定，请安排技术人员到展位现场检测。\n\n韦建平\n广西桂韵茶业 6.1馆E22\n手机：13602495510", "韦建平", "13602495510", "6.1馆E22"},
		{"Anna Becker", "We are exhibiting at Hall 11.2, Booth F05 (Feinwerk Tools GmbH).\n\nMy German mobile does not always work here, so please " +
			"call my local number: 185 2030 7716.\n\nAnna Becker", "Anna Becker", "185 2030 7716", "Hall 11.2, Booth F05"},
		{"Sarah Mitchell", "I work at Northbridge Consulting, Unit 2806, Tower A. There has been drilling from the floor below.\n\n" +
			"You can reach me on my mobile 186 2085 3317.\n\nSarah Mitchell", "Sarah Mitchell", "186 2085 3317", "Unit 2806, Tower A"},
	})
}

// Names and numbers: 联系我：王先生 139…, "请直接联系我：李婷，186…", a number then "，请联系我", the
// mobile a note in brackets asks to be called on (手机：139…（请打手机，门店电话是店员接）), the
// Chinese name alone above the number at the foot of an English sender's mail, a name after
// 我叫 or 摊主叫 in a run-on, a nickname said twice (潘潘), a rider's name after their job, a name
// in characters and letters (林雅婷 Lin Ya-Ting); not 他说我叫….
func TestNamesAndNumbersTheWriterGivesAsTheirs(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Li Ting", "我父亲耳朵不太好，有什么情况请直接联系我：李婷，18667102358（我在上海工作）。\n谢谢！\n李婷", "李婷", "18667102358", ""},
		{"小鱼儿", "你好，我姓余，想申请把会员卡余额退回来。我的会员卡号是8800 2315 6647，注册手机188 0573 2266，请联系我。\n\n余女士",
			"余女士", "188 0573 2266", ""},
		{"谭雅琴", "您好，我是长沙五一广场店的加盟商谭雅琴。原料涨价了。\n加盟商：谭雅琴\n门店电话：0731-8512 6618\n手机：13974835521（请打手机，门店电话是店员接）",
			"谭雅琴", "13974835521", "长沙五一广场店"},
		{"Grace Xu", "您好，\n\n我是11幢1单元301的业主。小区里遛狗不牵绳。\n\n谢谢！\n\n徐晴\n+86 138-1907-5524", "徐晴", "+86 138-1907-5524", "11幢1单元301"},
		{"tcs", "你好我是南湖市场禽蛋区7号的摊主叫田春生我们这边的下水道堵了请你们赶快派人来处理我电话是139 7151 0628",
			"田春生", "139 7151 0628", "南湖市场禽蛋区7号"},
		{"", "你好我是绿茵花园9幢3单元501的业主我叫赵云芳我想反映一下楼道的灯坏了我电话是13806572241谢谢", "赵云芳", "13806572241", "绿茵花园9幢3单元501"},
		{"潘潘", "物业你好，我是13幢2单元701的潘女士。我的车位又被占了。\n\n我电话15088712206", "潘女士", "15088712206", "13幢2单元701"},
		{"骑手小杜", "你好，我是附近站点的外卖骑手杜军。保安不让电动车进小区。\n\n我的电话17758036241。", "杜军", "17758036241", ""},
		{"林雅婷 Lin Ya-Ting", "展位搭建延誤。我的手機是 +886 912 583 406。\n\n林雅婷", "林雅婷", "+886 912 583 406", ""},
		{"王大壮", "他说我叫王大壮，让我去找他。", "王大壮", "", ""},
	})
}

// Threads and letters as more mail programs write them: Apple Mail's message quoted in a quoted
// one at the same depth, NetEase Mail Master's header laid out as a table, the English name a
// quoted header gives a mailbox ("From: Jessica Wong <jwong@…>") or the first mail signs with
// ("Thomas Becker" from "tb"), an English flat said in a sentence ("in our flat, Tower 1, 31/F,
// Flat A"), a company's name not taken for a person's ("华信广告 行政经理"), a company with its
// room above the writer's name, two numbers of a signature's line, the mobile a bracket asks to
// be called on, a number asked for as the other one.
func TestThreadsAndSignaturesOfMoreMailPrograms(t *testing.T) {
	for _, c := range []struct {
		name, email, text string
		want              Writer
	}{
		{"Cindy", "cindy_lh@icloud.com", "维修的说要等天晴，现在已经晴了三天了，还是没人来。\n\n发自我的iPhone\n\n" +
			"> 在 2026年11月23日，14:26，海月花园客服中心 <kf@haiyue-garden.com> 写道：\n>\n> 刘女士您好，天台防水维修需等待连续晴好天气施工。\n" +
			"> 海月花园客服中心 客服专员 小何 0755-2669 3380\n>\n>> 在 2026年11月20日，21:03，Cindy <cindy_lh@icloud.com> 写道：\n>>\n" +
			">> 你好，我是5栋B座3302的业主刘慧，顶楼。天台漏水到我家主卧。我的电话是135 1078 9263。\n>>\n>> 发自我的iPhone",
			Writer{Name: "刘慧", Email: "cindy_lh@icloud.com", Phone: "135 1078 9263", Address: "5栋B座3302"}},
		{"彭", "pengxy_1988@163.com", "你们说的排水沟清理了，但是今天一下雨入口又是一坑水。\n\n---- 回复的原邮件 ----\n" +
			"| 发件人 | 锦江华庭物业服务中心<service@jjhuating.com> |\n| 日期 | 2026年11月24日 11:15 |\n| 收件人 | pengxy_1988@163.com |\n" +
			"| 主题 | 关于地库入口积水 |\n彭先生您好：\n已安排保洁清理，如仍有积水请联系客服 028-8765 4321。\n锦江华庭物业服务中心\n\n" +
			"---- 回复的原邮件 ----\n| 发件人 | 彭<pengxy_1988@163.com> |\n| 日期 | 2026年11月22日 19:48 |\n| 收件人 | service@jjhuating.com |\n" +
			"| 主题 | 地库入口积水 |\n你好，地库入口每次下雨都积水很深。我是7栋1单元2204的彭晓阳，电话17381926047。",
			Writer{Name: "彭晓阳", Email: "pengxy_1988@163.com", Phone: "17381926047", Address: "7栋1单元2204"}},
		{"", "jwong@lumenpartners.com.hk", "Hi Mr Lau,\n\nAny update on this?\n\nThanks\nJ\n\nFrom: Lau Ka Ho <kaho.lau@kingsway-bm.com.hk>\n" +
			"Sent: Wednesday, 4 November 2026 16:22\nTo: jwong@lumenpartners.com.hk\nSubject: RE: No hot water\n\nDear Ms Wong,\n\nA part has been ordered.\n\n" +
			"Lau Ka Ho\nT: 2811 6630\n\nFrom: Jessica Wong <jwong@lumenpartners.com.hk>\nSent: Monday, 2 November 2026 10:14\nTo: Kingsway BMO <bmo@kingsway-bm.com.hk>\n" +
			"Subject: No hot water\n\nDear Building Management,\n\nThere has been no hot water in our pantry.\n\nRegards,\nJessica Wong\nOffice Manager\n" +
			"Lumen Partners Limited\nRoom 1507, 15/F, Kingsway Commercial Centre, 88 Hoi Bun Road, Kwun Tong\nT: +852 3165 2208 | M: +852 6178 9042",
			Writer{Name: "Jessica Wong", Email: "jwong@lumenpartners.com.hk", Phone: "+852 6178 9042", Address: "Room 1507, 15/F, Kingsway Commercial Centre"}},
		{"tb", "tbecker.hk@gmail.com", "Hi Ms Cheung,\n\nWater is still coming through the ceiling.\n\nTom\n\n" +
			"On Thu, 19 Nov 2026 at 17:32, Bayshore Towers Management Office <mo@bayshoretowers.com.hk> wrote:\n\n> Dear Mr Becker,\n>\n" +
			"> Please call our 24-hour hotline on 2987 6543.\n>\n> On Tue, 17 Nov 2026 at 08:55, tb <tbecker.hk@gmail.com> wrote:\n>\n" +
			">> There is a leak from the ceiling of the second bathroom in our flat, Tower 1, 31/F, Flat A. It comes from the flat above (32A).\n>>\n" +
			">> Please contact me on 5188 7420 to arrange access.\n>>\n>> Thanks,\n>> Thomas Becker",
			Writer{Name: "Thomas Becker", Email: "tbecker.hk@gmail.com", Phone: "5188 7420", Address: "Tower 1, 31/F, Flat A"}},
		{"Kevin", "kevin.yang@huaxin-ad.com", "物业你好，\n充电桩全部显示故障。我司（华信广告，B座2105室）有三辆公务电动车。\n杨凯文（Kevin）\n华信广告 行政经理\n手机：158 2193 0476",
			Writer{Name: "杨凯文", Email: "kevin.yang@huaxin-ad.com", Phone: "158 2193 0476", Address: "B座2105室"}},
		{"运营部", "ops@qiantang-edu.com", "钱江商务中心客服：\n12楼茶水间的直饮水机滤芯该换了。\n钱塘教育科技有限公司（1206室）\n运营部 韩笑\n" +
			"电话 0571-8577 3162 / 15988125073（手机，有事请打手机）",
			Writer{Name: "韩笑", Email: "ops@qiantang-edu.com", Phone: "15988125073", Address: "1206室"}},
		{"黃嘉欣 (Admin)", "admin@fortunelink.com.hk", "本公司（富連貿易有限公司）租用貴大廈12樓1203室。冷氣收費有誤。\n\n如有查詢，請聯絡本人：\n" +
			"黃嘉欣 Kristy Wong\n行政主任\n電話：2345 6789（公司）\n手提：9456 7812（請盡量致電此號碼）",
			Writer{Name: "黃嘉欣", Email: "admin@fortunelink.com.hk", Phone: "9456 7812", Address: "12樓1203室"}},
		{"A0小鱼儿", "xiaoyuer_0618@126.com", "你好 我是梧桐苑11号楼 603室 的业主 我姓蒋 蒋雨涵 快递柜放在了消防通道上 " +
			"我手机13706519928最近信号不好老是接不到 打我另一个号15268113092 谢谢",
			Writer{Name: "蒋雨涵", Email: "xiaoyuer_0618@126.com", Phone: "15268113092", Address: "梧桐苑11号楼 603室"}},
	} {
		if w := Read(Mail{Name: c.name, Email: c.email, Text: c.text}); w != c.want {
			t.Errorf("%.40q: %+v, want %+v", c.text, w, c.want)
		}
	}
}

// Words of writers in Hong Kong, Macau and Taiwan and of run-ons: "請致電我的手提電話 9123 4567",
// "歡迎來電 0912-…", "請撥本人住宅電話（０２）２７０８－５５１６", a firm's rooms after its name
// (金石律师事务所（2601-2603室）), "我白天在家，电话…", a run-on's name before 今年 or 隔壁 and
// its number after what someone said ("…他还骂人说…请管理办来看看…我电话１５９…"), an English
// company's office in brackets and a Taiwan unit in English (Tower A, 12F-5).
func TestMoreWordsOfHongKongTaiwanAndRunOns(t *testing.T) {
	checkWriters(t, []writerCase{
		{"陳美玲", "本人是嘉峰苑第3座18樓B室的住戶陳美玲。浴室天花板不斷有水滲下來。本人平日晚上七時後才回家，請致電我的手提電話 9123 4567（亦可WhatsApp）。\n\n多謝！\n\n陳美玲",
			"陳美玲", "9123 4567", "嘉峰苑第3座18樓B室"},
		{"林志豪", "我是B棟12樓之3的住戶林志豪。中庭夜間噪音很大。\n\n有任何需要說明的地方，歡迎來電 0912-345-678（晚上八點後較方便）。\n\n謝謝！\n林志豪 敬上",
			"林志豪", "0912-345-678", "B棟12樓之3"},
		{"張文雄", "本人張文雄，現年八十一歲。頂樓水塔久未清洗。\n\n如有需要，請撥本人住宅電話（０２）２７０８－５５１６。\n\n張文雄　敬上", "張文雄", "(02)2708-5516", ""},
		{"前台-小周", "我是金石律师事务所（2601-2603室）的行政前台周婷婷。26楼电梯厅有异味。\n\n最好打我手机 188 2205 6317。\n\n周婷婷",
			"周婷婷", "188 2205 6317", "2601-2603室"},
		{"李建军", "我是李建军的爱人，用他的邮箱发的。我叫许晴，我们家住锦江华庭3栋1单元902。\n\n楼上1002在装修，漏水了。" +
			"我白天在家，电话 139 8176 5521，我老公出差了，别打他的。\n\n许晴", "许晴", "139 8176 5521", "锦江华庭3栋1单元902"},
		{"", "你好物业我是金桂花园3幢1单元201的王德顺今年78岁了楼下那家开了个棋牌室天天晚上打麻将", "王德顺", "", "金桂花园3幢1单元201"},
		{"芳芳蔬菜", "市场管理办你好我是C区12号摊位卖蔬菜的黄桂芳隔壁13号卖鱼的天天把杀鱼的水往我这边冲跟他说了好几次他还骂人说这地又不是你家的" +
			"请管理办来看看管一管我电话１５９２７３１８８０６白天都在摊位上谢谢", "黄桂芳", "15927318806", "C区12号摊位"},
		{"Daniel Kowalski", "Our company (Baltic Sourcing Ltd., Room 3106, Tower 2) receives visitors almost daily.\n\nI can be reached at +86 186 8899 2140.\n\nDaniel Kowalski",
			"Daniel Kowalski", "+86 186 8899 2140", "Room 3106, Tower 2"},
	})
}

// Letters and notes: a titled name above its number after a request to mend (請盡快維修。\n周小姐
// 9688 2154), the whole name of a sender's surname in a labelled line (经办人：邓佳慧), a flat
// its owner reports from (13-2-801业主反映), 敝公司…位於…, 請直接撥我手機, a number to update
// to (请帮我更新成新号码：…), Cantonese (我係…地下G室嘅…, 有咩事打…搵我), an exhibitor's
// booth after their company and their local contact over a number that does not reach them, a
// flat in brackets below the neighbour's (我家就在他家正楼下（15栋1502）).
func TestLettersNotesAndCantonese(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Ada Chow", "你好，我住在海景花園第1座9樓A室，大堂門口的自動門這兩天開開關關不停。請盡快維修。\n周小姐 9688 2154",
			"Ada Chow", "9688 2154", "海景花園第1座9樓A室"},
		{"财务部-邓", "我司（上海悦欣贸易有限公司，A座1703室）收到贵处10月账单，属于重复收费。\n\n经办人：邓佳慧（财务部）\n电话：021-6088 5217",
			"邓佳慧", "021-6088 5217", "A座1703室"},
		{"邱志刚", "您好：\n13-2-801业主反映，我们单元电梯里新装的广告屏声音特别大。请把声音关掉或者调小。\n联系电话18951763320。", "邱志刚", "18951763320", "13-2-801"},
		{"行政部 吳佩珊", "管理中心您好：\n\n敝公司（欣耀科技股份有限公司）位於貴大樓15樓之2。帷幕玻璃出現裂痕。\n\n聯絡人：行政部 吳佩珊\n" +
			"公司總機：02-2725-8866 分機312（總機轉接較慢）\n請直接撥我手機 0955-612-083，謝謝。", "吳佩珊", "0955-612-083", "15樓之2"},
		{"沈", "物业你好，\n\n我在物业登记的电话13805810046已经停用了，请帮我更新成新号码：199 5718 2604。\n\n另外，我家（10-1-1202）的水费翻倍了。\n\n沈佳琪",
			"沈佳琪", "199 5718 2604", "10-1-1202"},
		{"阿欣", "管理處你好，\n\n我係翠峰園1座地下G室嘅林欣欣，最近垃圾房啲老鼠多到誇張。\n\n有咩事打 +852-6523-8810 搵我\n欣欣",
			"林欣欣", "+852-6523-8810", "翠峰園1座地下G室"},
		{"Anna Schulz", "We are exhibitor Krämer Werkzeuge GmbH, Hall 5, Booth 5E-38. There has been no power at our booth.\n\n" +
			"Our local contact: Anna Schulz, mobile (China) +86 150 2109 8876. My German mobile +49 171 552 0931 is roaming and often unreachable here.\n\n" +
			"Best regards,\nAnna Schulz", "Anna Schulz", "+86 150 2109 8876", "5E-38"},
		{"宋婉清", "15栋1602的业主周某某（周大强，电话135 0579 8812）在阳台上养了二十多只鸽子。我家就在他家正楼下（15栋1502），现在窗户都不敢开。\n\n此致\n1502 业主",
			"宋婉清", "", "15栋1502"},
	})
}

// Shops, stalls, stores and booths once more: a shop's unit before its name and its keeper (我是3楼
// L3-22小满甜品的店长) under an emoji's nickname, a counter's number in brackets (櫃位編號B2-17), a
// stall's keeper called by their surname before their name in a run-on (…的老刘刘德顺啊…), a flat
// spoken in words in a run-on (十栋三单元五零二的老杨杨宝山), the store in brackets after 我们店, its
// address after 门店地址 without a colon, a booth only the subject names over "我们展位", an English
// exhibitor "…, exhibiting at Hall 2, Booth 2B17" and one on behalf of a company, a franchisee's
// shop in English, a number asked for as 直接电话我, a mobile with poor coverage passed over for a
// local SIM, a mother writing from her son's mailbox.
func TestShopsStallsStoresAndBoothsOnceMore(t *testing.T) {
	checkWriters(t, []writerCase{
		{"🍰满满", "物业老师您好：\n\n我是3楼L3-22小满甜品的店长。店里空调不制冷。\n\n我下午1点到晚上10点都在店里，联系我：158 6712 3490\n\n周婷\n小满甜品（钱塘汇店）店长",
			"周婷", "158 6712 3490", "L3-22"},
		{"林淑芬", "營運管理處 您好：\n\n我是B2樓層「阿嬤的滷味」專櫃（櫃位編號B2-17）的負責人林淑芬。卸貨區被佔用。\n\n有問題請打我手機 0928-617-305，謝謝。\n\n林淑芬",
			"林淑芬", "0928-617-305", "B2-17"},
		{"顺子干货", "管理处你好我是C区12号摊位卖干货的老刘刘德顺啊我跟你们说个事情就是我隔壁C区14号那个卖调料的天天把纸箱子堆到过道上面" +
			"我跟他讲了好几次他还跟我吵说过道又不是你家的你们管理处要管一下的嘛我电话135 0271 6634你们打过来", "刘德顺", "135 0271 6634", "C区12号摊位"},
		{"ybs1952", "物业公司你好我是富春苑十栋三单元五零二的老杨杨宝山我们这个单元的电梯已经坏了三天了", "杨宝山", "", "富春苑10栋3单元502"},
		{"唐小军", "曹经理：\n\n我们店（蜀源茶饮温江光华店，温江区光华大道三段1588号附3号）10月份外卖平台账单有误。\n\n唐小军 13518127745",
			"唐小军", "13518127745", "温江区光华大道三段1588号附3号"},
		{"胡建平", "我是邻里鲜便利店（西湖文三路店）加盟商胡建平，门店编号LLX-HZ-118，门店地址杭州市西湖区文三路259号1楼。\n\n联系我：13958013360\n胡建平",
			"胡建平", "13958013360", "杭州市西湖区文三路259号1楼"},
		{"Takeshi Yamamoto", "I am Takeshi Yamamoto from Kizuna Seiko Co., Ltd. (Japan), exhibiting at Hall 2, Booth 2B17.\n\nTwo sample units are missing.\n\nTakeshi Yamamoto",
			"Takeshi Yamamoto", "", "2B17"},
		{"Markus Feldmann", "Dear team,\n\nI am writing on behalf of Brenntec GmbH, exhibitor at Hall 6, Booth 6C32 (raw space, 54 sqm).\n\n" +
			"Please note: my German mobile (+49 171 5523 908) has very poor roaming coverage inside the hall. Please call my local SIM instead: +86 135 3089 4412.\n\n" +
			"Kind regards,\nMarkus Feldmann", "Markus Feldmann", "+86 135 3089 4412", "6C32"},
		{"Fiona Wong", "This is Fiona Wong, franchisee of Bubble Lab Tea (Mong Kok store), Shop 12, G/F, 88 Sai Yeung Choi Street South, Mong Kok. Franchise no. BLT-HK-007.\n\n" +
			"Best to reach me on my mobile: +852 9735 2208.\n\nFiona Wong", "Fiona Wong", "+852 9735 2208", "Shop 12, G/F, 88 Sai Yeung Choi Street South, Mong Kok"},
		{"林佳慧", "结算单有几项我们不能接受。我这周都在外面跑活动，有事直接电话我：13816620975。\n\n林佳慧\n启明活动策划（上海）", "林佳慧", "13816620975", ""},
		{"Kevin Li", "市场管理处：\n\n我是住在附近的居民宋桂兰，这个邮箱是我儿子的，我让他帮我发的。今天在你们市场B区23号猪肉档买的排骨缺斤少两。\n\n" +
			"有事打我电话13922056718，白天我都在家。\n\n宋桂兰", "宋桂兰", "13922056718", ""},
		{"李文博", "您好，\n12栋1单元8楼楼道，对门804把两个旧沙发堆在消防通道里。\n请物业按规定清理。\n\n12栋1单元803业主\n电话 186-5811-0937",
			"李文博", "186-5811-0937", "12栋1单元803"},
		{"谭永康", "我们是5号馆5E12展位（佛山鑫禾家具），今天下午展位突然停电。\n\n我的电话13760285519。\n\n谭永康", "谭永康", "13760285519", "5号馆5E12"},
	})
	w := Read(Mail{Name: "邹建", Email: "x@example.cn", Subject: "投诉：1号馆1A-02展位被重复收取加班电费",
		Text: "你好，\n我们展位昨天申请了加班布展，今天又要补交加班电费。\n我是现场负责人，电话15013746629。\n\n邹建"})
	if w.Address != "1号馆1A-02" || w.Phone != "15013746629" {
		t.Errorf("a booth the subject names: %+v", w)
	}
}

func TestRunOnsFranchiseesAndOfficesOnceMore(t *testing.T) {
	checkWriters(t, []writerCase{
		{"老周", "物业你好我是翠湖湾花园9号楼的住户我叫周德明住9号楼1203室楼下1103这个礼拜天天装修早上7点多就打电钻你们看到了给我回个电话13905718826",
			"周德明", "13905718826", "翠湖湾花园9号楼1203室"},
		{"陈姐", "管理处你好我是新华联服装批发市场二楼C区15号摊位的陈美玲隔壁C区16号那家卖牛仔裤的老板天天把货架推到过道上我电话是18857106623下午两点以后打",
			"陈美玲", "18857106623", "新华联服装批发市场二楼C区15号摊位"},
		{"糖糖妈", "你好物业我是18号楼602的业主我叫孙蕾小区中心花园那个滑梯有一块塑料板裂开了你们赶紧把那个滑梯围起来别让别的小孩在玩了" +
			"我要求物业给个说法医药费的单子我都留着呢我电话13817269954\n发自我的华为手机", "孙蕾", "13817269954", "18号楼602"},
		{"13967142280", "管理处你好我是农贸市场水产区S-10摊位卖鱼的老方方建华你们市场的排水沟堵了好几天了你们到底什么时候来疏通啊我电话就是这个邮箱的号码13967142280",
			"方建华", "13967142280", "农贸市场水产区S-10摊位"},
		{"zhang.wei", "你好展商服务中心我是福建盛泰茶业的张伟我们在9号馆9D-08展位今天早上发现样品茶叶不见了现场保安说要找你们调监控麻烦尽快帮我们查一下我在展位上电话13950284471",
			"张伟", "13950284471", "9号馆9D-08"},
		{"文三路店", "加盟服务部你好：\n\n我是杭州文三路店（门店编号HZ0231）的加盟商孙立强。配送又缺货了。\n\n我本人电话：139 5816 2207\n" +
			"店里日常的事也可以找店长吴婷婷 15700186690\n\n孙立强", "孙立强", "139 5816 2207", "杭州文三路店"},
		{"郭晓东", "你好，\n\n你们的答复我不能接受，请在本周内给我一个明确的发放时间。\n\n郭晓东\n宁波天一店 加盟商\n电话 137 7750 3318",
			"郭晓东", "137 7750 3318", "宁波天一店"},
		{"中科睿达行政", "物业管理处：\n\n您好！我是中科睿达（B座2106、2107室）的行政专员韩冬梅。21层女卫生间持续堵塞。\n\n" +
			"联系方式：韩冬梅 010-8527 6610 / 186 1137 2205（手机，优先）\n\n北京中科睿达信息技术有限公司", "韩冬梅", "186 1137 2205", "B座2106"},
		{"Cheung Wai Kit", "Harbourfront Tower 管理處：\n\n我哋係A座14樓1402室（張氏律師行）。今朝返工發現會議室天花板有水滲落嚟。\n\n有咩事打我手提 9123 5527。\n\n張偉傑 Kit",
			"張偉傑", "9123 5527", "A座14樓1402室"},
		{"林志豪", "管理中心 您好：\n\n敝公司鑫茂科技位於本大樓12樓1203室。3號電梯門關閉過快夾到同仁手臂。\n\n聯絡人：林志豪（總務部） 0935-627-551",
			"林志豪", "0935-627-551", "12樓1203室"},
		{"", "管理處職員你好，\n\n我係海灣華庭第二座15樓F嘅住客梁嘉雯。琴晚發現我嘅信箱俾人撬開咗。\n\n聯絡電話：6688 2290",
			"梁嘉雯", "6688 2290", "海灣華庭第二座15樓F"},
		{"许嘉豪", "您好，\n\n月卡的事情还是没有解决。另外我的手机号换了，原来那个152的号码已经停用，以后请打我新号码 199 2618 4471。\n\n" +
			"我是B座1707室云图数据的员工许嘉豪。电话：152 1938 2206", "许嘉豪", "199 2618 4471", "B座1707室"},
		{"Mark O'Connor", "Hi team,\n\nTwo of our washers are out of service. My store manager Lily Wang (186 2175 6624) is at the store most days, " +
			"but for anything about the contract please call me directly on 138 1752 9907.\n\nBest,\nMark O'Connor", "Mark O'Connor", "138 1752 9907", ""},
		{"Emily Carter", "Dear Property Management,\n\nI'm a tenant in Building 6, Room 1502 at Cuihuwan Garden. I rent the flat from Mr. Sun, the owner (his number is 139 1624 5520).\n\n" +
			"Thanks,\nEmily Carter\n+86 150 0218 6631", "Emily Carter", "+86 150 0218 6631", "Building 6, Room 1502"},
		{"Lisa Huang 黄丽莎", "展商服务中心你好，\n\n我们今天上午就开展了，展位地毯还是破的。\n我这边的电话是 177 2035 2290，一直在5A-106展位现场。\n\n黄丽莎",
			"黄丽莎", "177 2035 2290", "5A-106"},
		{"James Liu", "Hi Wendy,\n\nThe door lock of our private office still doesn't release. I'm in the office until 7pm; mobile 5432 6690.\n\n" +
			"James Liu\nHead of Operations, Finlytics Ltd\nOffice 2315, 23/F, Harbourfront Tower", "James Liu", "5432 6690", "Office 2315, 23/F, Harbourfront Tower"},
		{"Daniel Koh", "Dear Service Desk,\n\nOur booth 3B-218 in Hall 3 has had no electricity since 9:00. Please call me on my China mobile.\n\n" +
			"Best regards,\nDaniel Koh\nRegional Sales Manager\nSinar Vision Pte Ltd\nChina mobile: +86 186 2045 6620", "Daniel Koh", "+86 186 2045 6620", "3B-218"},
		{"Priya Nair", "Dear Building Management,\n\nI am writing to report a water leak in our office, Unit 1205, Tower B. I can be reached on my mobile at +852 6123 7781.\n\nKind regards,\nPriya Nair",
			"Priya Nair", "+852 6123 7781", "Unit 1205, Tower B"},
		{"Jianjun", "你好我是三栋一单元503的业主我姓王叫王建军我要投诉一下你们小区的保安晚上十一点多道闸一直不抬杆我电话138 0571 6620 下班以后打给我",
			"王建军", "138 0571 6620", "3栋1单元503"},
		{"admin", "商务中心您好：\n\n我们这层的女卫生间从昨天下午开始就堵了。有问题可以直接联系我，打我手机就行。\n\n周婷\n行政前台 | 星河科技（上海）有限公司\n" +
			"上海市静安区延安中路1288号嘉汇国际中心A座1508室\nM: 177 2108 5520\nT: 021-6299 1508", "周婷", "177 2108 5520", "嘉汇国际中心A座1508室"},
		{"sunjg1961", "我们是5栋2单元的几户业主，联名反映顶楼602业主在楼顶私自搭建阳光房。\n联名业主：\n502 孙建国 13808016620\n503 刘秀兰（刘阿姨） 13980051178\n" +
			"这封邮件是我写的，有什么情况请先跟我联系。\n孙建国\n5栋2单元502", "孙建国", "13808016620", "5栋2单元502"},
		{"罗晓东", "我是来参加智慧医疗大会的代表罗晓东。我现在住在会展中心附近的锦华酒店1512房，电话 135 5432 6620。谢谢！\n罗晓东",
			"罗晓东", "135 5432 6620", ""},
		{"陈浩", "物业你好，\n\n快递员电话 177 8023 5520，他说放的时候拍了照片。\n我住2栋3单元1606，手机 189 8064 7720。\n\n田甜（用的我老公的邮箱）",
			"田甜", "189 8064 7720", "2栋3单元1606"},
		{"Lisa", "物业服务中心您好：\n\n我司（前通金融科技）位于T2栋2308单元，办公区东侧有一排筒灯频繁闪烁。有问题请打我手机。\n\n黄莉莎 Lisa Huang\n行政经理 | Administration Manager\n" +
			"前通金融科技（深圳）有限公司\n深圳市前海深港合作区前湾一路华联中心T2栋2308\n电话：0755-8663 2308  手机：150 1936 5520", "黄莉莎", "150 1936 5520", "T2栋2308单元"},
		{"杨春花", "物业同志：\n你好！我是4栋1单元的住户杨春花，住在302。我们单元的楼道声控灯坏了。\n我家电话：028-8567 6620，白天都有人。\n杨春花",
			"杨春花", "028-8567 6620", "4栋1单元302"},
		{"Fang Yuqing", "物业你好，\n我换手机号了，以后请打新号码 199 8211 6620，之前那个132的号已经停用了。\n方雨晴\n\n> 我是6栋1单元1803的业主方雨晴。我的电话 132 5098 5520。",
			"方雨晴", "199 8211 6620", "6栋1单元1803"},
		{"蔡明輝", "管理處 您好：\n\n我是黎明市場第25號攤位（賣水果）的蔡明輝。屋頂鐵皮一直漏水。\n\n蔡明輝\n手機：0928-556-620", "蔡明輝", "0928-556-620", "黎明市場第25號攤位"},
		{"杨帆", "您好，\n我是桂语苑9幢802的业主杨帆，房子出租给一位姓邓的租客（邓小姐，电话 155 8826 5520）。\n" +
			"有问题请直接联系我：0755-2688 6620（办公室），或者手机 138 2876 5520，手机优先。\n杨帆", "杨帆", "138 2876 5520", "桂语苑9幢802"},
		{"韦佳", "商务中心：\n\n简要说明：B座1705室正在进行装修，白天电钻声严重影响我司（B座1708室）正常办公。\n联系人：韦佳（行政部）\n手机：135 6421 5520",
			"韦佳", "135 6421 5520", "B座1708室"},
		{"Wheatfield Bakery G12", "商場管理處：\n\n本人為地下G12號舖「麥田麵包坊」店舖經理何志偉。本店門外之去水渠口淤塞。\n\n何志偉\n店舖經理\n麥田麵包坊（海濱廣場店）\n店舖電話：2698 5520",
			"何志偉", "", "G12"},
		{"欧阳明", "好的，周六上午10点可以。请维修师傅到了直接打我电话 186 0132 5520。\n\n欧阳明\n京润大厦0616 北京新禾律师事务所", "欧阳明", "186 0132 5520", "京润大厦0616"},
		{"15888120736", "管理处：\n冷库停电了三个多小时。我是冻品区D-26的老板娘，姓曾，叫曾桂芳。请管理处给个说法。\n曾桂芳", "曾桂芳", "", "冻品区D-26"},
		{"郑晓华", "服务台您好，我司展位 2号馆 2D33 的楣板把公司名印错了。\n联系人：郑晓华 市场部\n手机：152 1078 5520", "郑晓华", "152 1078 5520", "2号馆2D33"},
	})
	// A butler passes on an owner's message pasted whole: its writer complains, not the butler.
	w := Read(Mail{Name: "徐丹（7号管家）", Email: "xudan@example.cn", Text: "王经理：\n\n以下是8幢2单元1705业主顾长青今晚在业主群里@我发的消息，原文转过来，请您看一下怎么回复。\n" +
		"————业主原话————\n徐管家，我是8幢2单元1705的顾长青，工地每天晚上都干到凌晨。我电话13615715520，今天晚上之前给我回电话。\n————————————\n" +
		"工地那边的联系人姓何，电话 139 6811 6620。\n徐丹\n桂语苑物业 7-9幢管家\n手机：18768196620"})
	if w != (Writer{Name: "顾长青", Phone: "13615715520", Address: "8幢2单元1705"}) {
		t.Errorf("an owner's message a butler pastes: %+v", w)
	}
	if w := Read(Mail{Name: "陆佳", Email: "lujia@example.cn", Subject: "【3-2-1103】电梯异响", Text: "物业你好，电梯最近异响，坐着很害怕。\n陆佳"}); w.Address != "3-2-1103" {
		t.Errorf("a flat a subject's tag gives: %+v", w)
	}
}

func TestStallsBoothsAndCompanyLettersOnceMore(t *testing.T) {
	checkWriters(t, []writerCase{
		{"孙丽娜", "加盟服务中心：\n\n你们好，我是苏州印象城店（印象城B1-28号铺）的店长孙丽娜，门店编号SZ-0231。原料变质了。\n\n我的电话18962516620，有事先打这个。\n孙丽娜",
			"孙丽娜", "18962516620", "B1-28"},
		{"黃怡君", "管理處 您好：\n\n我們是松江企業商務中心12樓之5的「光點設計有限公司」，門禁卡在二號電梯都無法感應。\n\n黃怡君\n手機：0912-345-620",
			"黃怡君", "0912-345-620", "松江企業商務中心12樓之5"},
		{"Michael O'Brien", "Dear Management Office,\n\nI'm writing regarding the access cards for our office at Unit 2307, 23/F, Tower 1, Harbourfront Centre. " +
			"I can be reached on +852 6123 6620.\n\nKind regards,\nMichael O'Brien", "Michael O'Brien", "+852 6123 6620", "Unit 2307, 23/F, Tower 1, Harbourfront Centre"},
		{"汇德商务中心前台", "客服同事你好，\n下午1803的租户赵总在微信上跟我反映了下面的情况，我先把原话转过来，麻烦你们登记跟进：\n————————\n赵国栋（18楼1806 上海澜图咨询）：\n" +
			"小陈你好，隔壁那家公司天天下午搞直播，音响开很大。我电话13601856620，有事直接打给我。\n————————\n前台 陈思雨", "赵国栋", "13601856620", "18楼1806"},
		{"chenwm", "你好我是水产区16号摊位的陈伟明就是卖河鲜的那个我要反映一下增氧泵的插座又跳闸了我电话13857126620打我电话就行了",
			"陈伟明", "13857126620", "水产区16号摊位"},
		{"Sarah Whitfield", "Hello,\n\nWe're exhibiting at Booth 1B-C06 (Hall 1B). My UK mobile (+44 7700 900620) is on roaming and barely works inside the hall, " +
			"so please use my local number instead: +852 5432 6620.\n\nSarah Whitfield", "Sarah Whitfield", "+852 5432 6620", "1B-C06"},
		{"王磊", "物业你好，\n我是11栋2单元803的住户，我叫徐静，用的是我老公王磊的邮箱。车位被占了。\n有事打我电话 187 5712 5520，不要打我老公的。\n徐静",
			"徐静", "187 5712 5520", "11栋2单元803"},
		{"行政部", "物业你好：\n\n我司新华智能科技位于A座15层1506室。茶水间的水槽堵了三天。\n\n如有问题请联系：\n陈璐 行政专员\n分机：8012\n手机：136 5810 6620\n\n" +
			"新华智能科技（杭州）有限公司\n行政部", "陈璐", "136 5810 6620", "A座15层1506室"},
		{"方丽", "展会服务处你好：\n\n我是３号馆３Ｂ－２１８展位（杭州丽手工艺工作室）的方丽。射灯只装了两盏。\n\n我手机１３８５７６１６６２０，微信同号。\n\n方丽",
			"方丽", "13857616620", "3号馆3B-218"},
		{"梁志明", "管理处：\n\n我们是天河汇金商务中心21楼2106室的华锦广告。隔壁的快递箱堆在走廊。\n\n手机13822186620，建议直接打手机。\n梁志明",
			"梁志明", "13822186620", "天河汇金商务中心21楼2106室"},
		{"罗婉婷", "汇金商务中心管理处：\n\n我司位于天河汇金商务中心15楼1506室，联系人：罗婉婷（行政经理），手机：139 2233 6620。\n\n此致\n敬礼",
			"罗婉婷", "139 2233 6620", "天河汇金商务中心15楼1506室"},
		{"楼建平", "管理处领导：\n\n投诉信写在附件里了。我是二区H3街25116号商位的楼建平，有事打我电话13706896620。\n楼建平", "楼建平", "13706896620", "二区H3街25116号商位"},
		{"Lei Ka Hou", "管理處你好，\n\n我係新橋街市地下16號菜檔嘅檔主李嘉豪。天花一直漏水。電話：6688 6620\n李嘉豪", "李嘉豪", "6688 6620", "新橋街市地下16號菜檔"},
		{"蔡明哲", "展商服務中心 您好：\n\n敝公司豐益科技參加本屆台北國際智慧零售展，攤位在南港展覽館1館4樓 K0516。隔壁 K0514 攤位音量過大。\n\n聯絡人：蔡明哲（業務經理）\n手機：0988-123-620",
			"蔡明哲", "0988-123-620", "南港展覽館1館4樓K0516"},
		{"陈美华", "你好！\n\n我是果多多富阳银湖店（银湖街道新民路58号1号商铺）的店主陈美华。冷柜温控器坏了。\n\n陈美华\n电话：13605816620",
			"陈美华", "13605816620", "银湖街道新民路58号1号商铺"},
		{"João Pereira", "Dear Sir or Madam,\n\nThere has been almost no water pressure in the pantry of our office (Luso-Asia Consulting, 16/F, Unit D, Praia Grande Commercial Centre). " +
			"My mobile is +853 6612 6620.\n\nJoão Pereira", "João Pereira", "+853 6612 6620", "16/F, Unit D"},
		{"劉志光", "Hi 加盟商服務部,\n我係觀塘匯坊分店（舖位 L3-29）嘅加盟商劉志光。送貨車成日遲到。\n劉志光\nMobile: 9345 6620", "劉志光", "9345 6620", "L3-29"},
		{"郭晓雪", "你好，11号馆11D-09展位到现在还没有通电，我们是预订了电箱的。明天就开展了，麻烦赶紧派电工过来。电话18998766620\n\n发自我的iPhone",
			"郭晓雪", "18998766620", "11号馆11D-09"},
		{"Jason Zhou", "您好，\n我司中山明辉照明（Bright Lite Lighting）展位号 11.2馆C16。展位地毯破损。\nMob/WeChat: +86 138 2233 6620", "Jason Zhou", "+86 138 2233 6620", "11.2馆C16"},
		{"孟凡宇", "您好：\n\n我司中泰保险经纪杭州分公司租用贵中心B座2006室。10月电费账单异常。\n\n联系人：孟凡宇\n电话：0571-87236620 / 手机 150 5812 6620（优先）\n\n" +
			"孟凡宇 | 行政经理\n中泰保险经纪有限公司 杭州分公司\n总部地址：北京市朝阳区建国路88号中泰大厦17层\n总机：010-6588 8000", "孟凡宇", "150 5812 6620", "B座2006室"},
		{"CHAN", "管理處你好我係3座1206室嘅住戶陳生陳國華呀我想投訴一下我哋3座嗰部升降機成個禮拜壞咗兩次麻煩你哋打俾我 9321 6620 講清楚幾時整好唔該",
			"陳國華", "9321 6620", "3座1206室"},
		{"邱小兵", "管理办负责同志：\n\n我是夜市第48号摊位（邱记冰粉）的摊主邱小兵。管理员老杨（杨建，电话13708016620）来收卫生费。\n\n联系电话：139-8012-5520\n邱小兵",
			"邱小兵", "139-8012-5520", "夜市第48号摊位"},
		{"Kevin Lin", "您好，\n我是遠揚信義商務中心2106室「冠宇數位行銷」的林冠宇。會議室被重複出租。\n\n林冠宇 Kevin Lin\n冠宇數位行銷有限公司\n0910-223-620",
			"林冠宇", "0910-223-620", "遠揚信義商務中心2106室"},
		{"Rachel Ho", "Dear Management Office,\n\nPlease send your technician today and contact me directly (not Eric, he is on leave from tomorrow) at 9188 6620.\n\nRegards,\nRachel Ho",
			"Rachel Ho", "9188 6620", ""},
		{"Chloe Martin", "Hi Market Team,\n\nI run Salt & Fern (handmade soap and candles) at Stall 16 in the covered section. My number is 5123 6620.\n\nChloe Martin",
			"Chloe Martin", "5123 6620", "Stall 16"},
		{"叶晨", "物业服务中心：\n我是A座1106室蓝山教育的叶晨。之前登记在物业的联系电话是13758026620，这个号码我已经注销了，请更新为 177 5810 6620，以后有事请打新号码。\n叶晨",
			"叶晨", "177 5810 6620", "A座1106室"},
	})
	// A notice's building and room on lines of their own.
	w := Read(Mail{Name: "在线服务平台", Email: "noreply@example.cn", Notice: true, Text: "系统收到一条新的在线报修：\n报修人：郑晓东\n联系电话：15088716620\n所在楼栋：A座\n房号：906\n问题描述：楼梯间有人抽烟。"})
	if w.Name != "郑晓东" || w.Address != "A座906" {
		t.Errorf("a notice's building and room: %+v", w)
	}
}

func TestResidentsSpokenForAndRepliesPutRight(t *testing.T) {
	checkWriters(t, []writerCase{
		{"林晓", "客服中心、工程部同事：\n\nB区管家林晓转业主诉求一则，请登记跟进：\n\n业主：郑先生（B栋2205）\n联系方式：138 2651 6620（业主说白天开会多）\n" +
			"诉求内容：主卧空调冷凝水倒灌。\n\n林晓\n翠湖苑B区管家\n手机：135 1023 5520", "郑先生", "138 2651 6620", "B栋2205"},
		{"桂语江南客服前台", "工程部：\n\n今天上午10:20接到业主家来电，记录如下，请安排处理：\n\n来电人：蒋先生（业主的儿子，和父母同住）\n房号：8幢2单元1203\n" +
			"来电号码：0571-8527 6620（家里座机）\n回电要求：请打蒋先生手机 138 5716 5520，白天家里老人听不清电话\n内容：燃气表箱门脱落。\n记录人：前台 邱佳怡 分机8001",
			"蒋先生", "138 5716 5520", "8幢2单元1203"},
		{"和平里北街社区居委会", "物业公司负责同志：\n\n今天上午我们社区居委会接待了7号楼2门503的住户孙桂兰老人（82岁，独居），她反映楼上一直在装修。\n" +
			"孙阿姨家里电话：010-6421 6620（她手机不太会用，请打座机）。\n如需居委会配合，可以联系我。\n\n刘敏\n电话：13661126620", "孙桂兰", "010-6421 6620", "7号楼2门503"},
		{"范建军", "物业的同志：\n\n我是2号楼的楼长范建军。替我们楼1门102的曹玉珍曹奶奶反映个事：她家窗户底下那个下水井盖松动了。来之前请先给老人打个电话，她家电话 010-6402 6620。\n" +
			"有什么需要我配合的打我手机 13911056620。\n范建军", "曹玉珍", "010-6402 6620", "2号楼1门102"},
		{"邱晨", "物业领导您好：\n\n附件是我父亲邱德明写的一封投诉信，他不会用电脑，让我帮忙转给你们。\n\n我父亲住4号楼1门303，他白天都在家，有事请打家里电话 010-8412 6620 找他本人。" +
			"我平时上班，实在联系不上老人的话再打我 13910286620。\n邱晨", "邱德明", "010-8412 6620", "4号楼1门303"},
		{"胡敏", "物业你好，我是悦湖湾3号楼1单元2306的业主胡敏。车位被占了。\n我的电话135 8820 6617，不对，最后两位是71，135 8820 6671，下班后都能接。",
			"胡敏", "135 8820 6671", "悦湖湾3号楼1单元2306"},
		{"梁志诚", "不好意思，刚才那封邮件房号写错了，不是B2栋1603，是B2栋1306房。其他内容不变。\n梁志诚\n\n> 我是B2栋1603的业主梁志诚。楼下烧烤店很吵。\n> 我的电话：13602486620",
			"梁志诚", "13602486620", "B2栋1306房"},
		{"13957123304", "市场管理办公室你好我是C区23号摊位卖豆制品的老周周建华旁边C区22号摊位卖水产的天天把泡沫箱摆到过道上你们打我电话15888216620",
			"周建华", "15888216620", "C区23号摊位"},
		{"陈露", "市场管理处：\n\n你们好！我是地下一层B1-33档口的档主何秀梅，做女装批发。我不太会用电脑，这封信是我女儿帮我写的。\n\n档主：何秀梅\n电话：135 7021 6620（我本人）\n" +
			"（代笔：女儿陈露，有需要也可以联系我 18620446620）", "何秀梅", "135 7021 6620", "地下一层B1-33档口"},
		{"🌸花开富贵🌸", "物业你们好\n我想反映一下小区北门那个快递驿站的事。打他们电话15208466620也经常不接。\n\n4栋1单元302 唐阿姨（唐秀兰）\n电话：139 8016 6620",
			"唐秀兰", "139 8016 6620", "4栋1单元302"},
		{"周伟", "物业你好，\n\n我是2栋1单元605的业主蔡雪梅，用我老公的邮箱发的。楼上漏水了。\n我电话：173 2358 6620。\n蔡雪梅\n--\n周伟 | 区域销售经理\n四川天府医疗器械有限公司\n" +
			"手机：139 8172 6620\n地址：成都市高新区天府大道中段1268号", "蔡雪梅", "173 2358 6620", "2栋1单元605"},
		{"dcm", "物业你好我们是11幢2单元的对门1302那家养了两条狗你们物业能不能联系一下我是1301的姓杜杜春梅电话13868016620谢谢", "杜春梅", "13868016620", "11幢2单元"},
		{"温海涛", "管理处你好，\n\n我是A栋805的业主温海涛。下面是租客昨天发给我的微信：\n\n【租客 小彭 微信】\n温哥，卫生间地漏反臭味。我晚上7点后在家，电话18820576620。\n\n" +
			"这事请管理处跟我联系，我的电话139 0228 6620。\n\n温海涛", "温海涛", "139 0228 6620", "A栋805"},
		{"Grace Zhang (张慧)", "物业同事您好，\n我司（奥若拉设计）位于C座903。闸机经常刷不了卡。\n\nGrace Zhang 张慧\nMob: 186 8899 6620", "张慧", "186 8899 6620", "C座903"},
		{"邵志刚", "加盟服务台：\n我是南京江宁万达店（店号NJ-1107）的加盟店主邵志刚。收银系统频繁掉线。\n店里电话025-5218 6620，平时是店员接。找我本人请打 13951706620。\n邵志刚",
			"邵志刚", "13951706620", "南京江宁万达店"},
		{"Deng", "你好物业我想反映一下楼下健身器材坏了你们赶紧找人来修一下我是5栋的不对是6栋2单元903的业主我姓邓有事给我打电话15882366620谢谢\n邓女士",
			"邓女士", "15882366620", "6栋2单元903"},
		{"殷国华", "物业服务中心的同志：\n\n我叫殷国华，住金陵悦府3栋1单元203，今年76岁。无障碍坡道被占用了。\n\n联系电话：025-8672 6620（家里）\n\n殷国华\n\n" +
			"附：我是殷国华的女儿殷悦，帮我爸把这封邮件发出来。如果家里没人接也可以打我手机 13761526620。", "殷国华", "025-8672 6620", "金陵悦府3栋1单元203"},
	})
	// A reply's answers typed under the office's questions it quotes.
	w := Read(Mail{Name: "徐静", Email: "xujing@example.cn", Text: "你好，按你们要的补充如下：\n\n在 2026-11-08 10:15:20，\"物业服务中心\" <wy@example.cn> 写道：\n" +
		">您好！请补充以下信息：\n>1. 您的房号：\n18幢2单元702\n>2. 联系电话：\n189 5718 6620，工作日晚上或周末\n>\n>物业服务中心 客服热线：0571-8697 5500"})
	if w.Phone != "189 5718 6620" || w.Address != "18幢2单元702" {
		t.Errorf("answers under the office's questions: %+v", w)
	}
	// A reply's number, said to be the one given before, over their spouse's.
	w = Read(Mail{Name: "施国强", Email: "sgq@example.cn", Text: "电话上次邮件里就写了，13661606620，白天我在单位，打不通的话就打我爱人的 13564476620。\n施国强"})
	if w.Phone != "13661606620" {
		t.Errorf("the number the first mail gave: %+v", w)
	}
}

func TestNicknamesNotesAndPreferredMobiles(t *testing.T) {
	checkWriters(t, []writerCase{
		{"和平里北街社区居委会", "物业公司：\n这封邮件是我个人以业主身份反映自己家的问题，用了单位邮箱。\n我家住和平里3号楼1门403，暖气不热。\n\n刘敏\n手机：13661126620\n" +
			"（单位：和平里北街社区居委会，电话010-6421 5520，工作时间一般不方便接私人事务）", "刘敏", "13661126620", "和平里3号楼1门403"},
		{"邱志远", "物业你好：\n我是A座905室智云科技的邱志远。货梯被装修公司占用。\n联系电话：0755-8665 6620，手机 138 2652 5520（请打手机）\n邱志远",
			"邱志远", "138 2652 5520", "A座905室"},
		{"Vivian Lu", "物业你好，\n快递柜满柜了。另外我家门口（25号楼2305）的楼道灯坏了一周了，麻烦一起报修。\n\nThanks,\nVivian Lu\nMobile: 186-2177-6620",
			"Vivian Lu", "186-2177-6620", "25号楼2305"},
	})
	// A nickname of words no name has, over the whole name the first mail gives.
	text := "今天都周五了，积水还是没人管。\n\n------------------ 原始邮件 ------------------\n发件人: \"管理处\"<glc@example.cn>;\n主题: 回复：地库积水\n\n" +
		"何女士您好，已记录。\n\n------------------ 原始邮件 ------------------\n发件人: \"海边的风\"<4066@example.cn>;\n主题: 地库积水\n\n我是8栋2405的业主何静，地库积水。\n电话 13760246620"
	w := Read(Mail{Name: "海边的风", Email: "4066@example.cn", Text: text, OwnText: "今天都周五了，积水还是没人管。"})
	if w.Name != "何静" || w.Address != "8栋2405" {
		t.Errorf("a nickname over the first mail's name: %+v", w)
	}
}

func TestCompanySignaturesOrganisersAndAssistants(t *testing.T) {
	checkWriters(t, []writerCase{
		{"李建国", "服务台各位好，\n加班空调申请没有生效。有事直接打我手机。\n\n李建国\n行政经理 | 深圳市恒拓科技有限公司\n地址：深圳市南山区科技园星河国际商务中心B座1206室\n" +
			"总机：0755-8665 6620\n手机：139-2876-6620", "李建国", "139-2876-6620", "星河国际商务中心B座1206室"},
		{"浙江宏达机械有限公司", "展商服务中心：\n你好！我司参加本届博览会，展位号3号馆3B-218（36平米光地，特装）。展位电箱还没有通电。\n现场负责人：王磊\n手机：15067896620\n" +
			"--------------------------------\n浙江宏达机械有限公司\n地址：浙江省台州市路桥区金清镇工业园区8号\n电话：0576-8288 6620", "王磊", "15067896620", "3号馆3B-218"},
		{"赵一鸣", "钱经理：\n我们是大会的承办方。我们组委会办公室设在5号馆二层M205室，今天全天都在，现场请直接联系我手机。\n赵一鸣\n项目总监\n杭州博睿会展服务有限公司\n" +
			"地址：杭州市西湖区文三路259号昌地火炬大厦1号楼11层\n手机：186 5712 6620", "赵一鸣", "186 5712 6620", "5号馆二层M205室"},
		{"陈晓芸", "商管中心你好，我是三楼L3-016素语女装的店长陈晓芸。天花板在滴水。\n陈晓芸 137 5810 6620", "陈晓芸", "137 5810 6620", "L3-016"},
		{"吴静", "服务台您好：\n我是深圳前海远航投资管理有限公司（B座2203）的总经理助理吴静，代我们林志强林总向贵中心反映情况。\n林总手机：136 0028 6620（林总交代可直接联系他）\n" +
			"吴静 | 总经理助理\nM: 158 1736 6620", "林志强", "136 0028 6620", "B座2203"},
		{"13805717426", "物业：\n18幢地下储藏室通道一直积水。\n沈建平 18幢406\n联系电话 159 5812 6620（139那个号码现在很少用，请打这个）", "沈建平", "159 5812 6620", "18幢406"},
		{"Kelly Lee", "商場管理處：\n隔鄰店舖噪音極大。\n店舖電話：2388 6620\n如有需要請致電本人手提：9456 6620\n李嘉欣 Kelly Lee", "李嘉欣", "9456 6620", ""},
		{"Robin", "加盟服务中心你好：\n我是宁波鄞州万达广场店的加盟商罗文斌（店铺在万达广场2F-206）。配送短缺。\n罗文斌\n13857466620", "罗文斌", "13857466620", "万达广场2F-206"},
		{"Daniel Harris", "Hi,\nThe floor heating in my apartment (Apt 1506, Building 3) has not been working. My number is +86 138 1766 6620.\nThanks,\nDan",
			"Daniel Harris", "+86 138 1766 6620", "Apt 1506, Building 3"},
		{"Sarah Lim", "Dear Event Services Team,\nDuring show days please reach me on my local HK mobile +852 5123 6620 rather than my Singapore number.\nSarah Lim\nT: +65 6123 6620",
			"Sarah Lim", "+852 5123 6620", ""},
		{"行政部", "管理处：\n我所（天宇律师事务所，B座1808）的月租卡过期了。\n如有需要请与我联系。\n\n周小琳\n行政部\n天宇律师事务所\n深圳市南山区科技园星河国际商务中心B座1808\n" +
			"电话：0755-8355 6620 转 816\n邮箱：admin@example.cn", "周小琳", "0755-8355 6620 转 816", "B座1808"},
		{"Jay", "物业你好我是10幢2单元705的业主邱文杰电话13516706620楼上803每天晚上拖椅子麻烦你们物业出面协调一下", "邱文杰", "13516706620", "10幢2单元705"},
		{"陈浩", "市场管理处你好：\n我妈徐桂兰在城东农贸市场肉类区R-17摊位卖猪肉，她不会用电脑，我帮她写这封邮件。\n有事直接打我妈电话13758066620，她天天在摊位上。\n陈浩",
			"徐桂兰", "13758066620", "城东农贸市场肉类区R-17摊位"},
		{"深圳福田店", "港杯冰室加盟部：\n我是深圳福田COCO Park店（店铺编号SZ-FT-07）的加盟商韦俊，用店里的公共邮箱发的。\n请直接联系我本人：韦俊 158 1845 6620。",
			"韦俊", "158 1845 6620", "SZ-FT-07"},
		{"何美華", "管理處：\n謝謝回覆。\n另外，我已經換了電話號碼，以後請打 9345 6620，舊號碼 9876 5520 已經停用。\n何美華\n\n> 本人是第一座7樓B室住戶何美華。\n> 聯絡電話：9876 5520",
			"何美華", "9345 6620", "第一座7樓B室"},
		{"Kevin", "您好，\n我们是深圳迈科电子，这次展位在8号馆8C-033（标摊9平米）。楣板印错了。去年我们在5号馆5A-102的时候也出过楣板印错的情况。\n我今天一直在展位，电话 13760236620。\nKevin 刘佳森",
			"刘佳森", "13760236620", "8号馆8C-033"},
		{"Ricardo Sousa", "Dear Sirs,\nThe water was cut. We had a client meeting in our office (Room B, 15/F).\nI can be contacted at +853 6612 6620.\nBest regards,\nRicardo Sousa\nTel: +853 2833 6620",
			"Ricardo Sousa", "+853 6612 6620", "Room B, 15/F"},
	})
}

// A resident a butler's record, a front desk's lookup or a visit passes on; a mother's words her
// grandson typed, a daughter writing for her mother, a boss his assistant speaks for, a booth
// manager an English mail is written for; a flat said beside a neighbour's, alone before a
// request, in a run-on after the surname; a shop's code in the estate's street, in brackets after
// its name, in a mall; a number asked for by text message, a new one after a dead one, one the
// writer says is off, one beside a direct line's letter.
func TestRelaysDictationsAndShopCodes(t *testing.T) {
	checkWriters(t, []writerCase{
		{"刘建明", "您好，\n12幢1单元1001一直在装修。\n我住他们楼上，12幢1单元1101，电话139 5718 6620，有事打我电话。\n\n刘建明", "刘建明", "139 5718 6620", "12幢1单元1101"},
		{"周凯", "吴主管，\n今天上午接到9幢一位老业主的电话，我先记下来了。\n\n【来电记录】\n来电人：王秀英（王阿姨，9幢3单元501业主，独居）\n联系电话：0571-8509 6620（家里座机）\n" +
			"反映内容：楼道灯坏了。\n\n周凯\n云栖雅苑服务中心 7-12幢楼栋管家\n手机：159 9013 6620", "王秀英", "0571-8509 6620", "9幢3单元501"},
		{"黄丽华", "你好我是11栋2单元402的业主我叫黄丽华楼上502天天拖椅子我上去说过好几次他们就说知道了然后还是一样的麻烦物业上去跟他们说一下我电话是13757196620谢谢",
			"黄丽华", "13757196620", "11栋2单元402"},
		{"前台-陈佳", "吴主管：\n昨晚业主群里有业主在反映地库积水的事。发消息的林先生私信我要求物业给他回电话，我在系统里查了他的登记信息：林晓峰，13幢2单元1502，手机15167156620。\n\n前台 陈佳",
			"林晓峰", "15167156620", "13幢2单元1502"},
		{"Daniel Becker", "Dear Property Management,\nThe bins have not been emptied. My phone / WeChat: +86 186 2171 6620.\n\nBest regards,\nDaniel Becker\nBuilding 6, Unit 1, Room 1902",
			"Daniel Becker", "+86 186 2171 6620", "Building 6, Unit 1, Room 1902"},
		{"邻家便利店", "物业：\n隔壁烧烤店占道经营。\n\n联系人：郑春燕（店长）\n电话：133 0652 6620\n邻家便利店 紫荆路122号（S-07）", "郑春燕", "133 0652 6620", "S-07"},
		{"", "物业：\n车库灯坏了好几盏。\n8-1-1203 周文斌", "周文斌", "", "8-1-1203"},
		{"陳家明", "本人陳家明，是2幢2單元1802室的業主。\n本人內地手機號碼 186 5713 6620 平日不開機，請致電本人香港手提電話 +852 6123 6620。\n陳家明",
			"陳家明", "+852 6123 6620", "2幢2單元1802室"},
		{"问茶 潘国栋", "物业服务中心：\n我们店天花板漏水。\n\n潘国栋\n问茶·茶叶 紫荆路128号（S-10）\n手机：13396536620", "潘国栋", "13396536620", "S-10"},
		{"李婷", "吴主管：\n3幢的蔡先生（蔡永康，3-1-802业主）今天到服务中心找我，投诉新装的快递柜。\n蔡先生电话：13777466620，他说下午方便。\n丰巢负责人（小黄 18072886620）。\n\n李婷\n1-6幢管家 15990136620",
			"蔡永康", "13777466620", "3-1-802"},
		{"苗晓燕", "李婷你好，\n另外我手机号换了，之前留的那个152开头的已经停用，以后请打新号码：135 1581 6620。\n苗晓燕 1幢2单元1001\n\n> 你好，我是1幢2单元1001苗晓燕。电话15268106620",
			"苗晓燕", "135 1581 6620", "1幢2单元1001"},
		{"郭一鸣", "物业你好，下面是我外婆口述、我帮她打的字：\n\n我叫俞桂芳，今年82岁，一个人住在16幢1单元101。下水道返臭。\n\n打我家里电话0571-88476620就行。\n\n俞桂芳\n\n——\n我是她外孙郭一鸣，在外地读书。\n郭一鸣 19857166620",
			"俞桂芳", "0571-88476620", "16幢1单元101"},
		{"hz_xiaoyu", "物业领导你好：\n保安半夜睡岗。\n处理结果麻烦发短信告诉我：17816096620，请不要打电话。", "hz_xiaoyu", "17816096620", ""},
		{"蜀香小馆", "物业服务中心：\n\n贵中心在商铺群里发的通知内容如下：\n\n“各沿街商户：餐厨垃圾清运时间调整。如有疑问请联系商管专员汪经理 13906526630。云栖雅苑服务中心”\n\n" +
			"我们是S-09蜀香小馆（紫荆路126号），做的是中餐。\n\n蜀香小馆 雷明\n手机：135-8899-6620", "雷明", "135-8899-6620", "S-09"},
		{"何勇", "客服中心：\n现将昨晚夜班处理的一起噪音投诉记录转给你们。\n\n==== 夜班事件记录 ====\n投诉人：12幢2单元1702 业主 翁先生\n联系电话：13858196620\n被投诉方：12幢2单元1602 租户\n值班人：张伟\n====\n\n安保主管 何勇",
			"翁先生", "13858196620", "12幢2单元1702"},
		{"鲍玉梅", "我是鲍玉梅，在小区有两套房子，8幢2单元301是出租的，这次要反映的是我自己住的这套，1幢2单元502。\n楼上602的冷凝水滴到雨棚上。我电话13675896620。", "鲍玉梅", "13675896620", "1幢2单元502"},
		{"zbl1958", "喂你好我姓朱朱宝林住在17幢1单元1101我们这个单元的电梯老是有尿骚味我看是要装个监控查一下哪家的狗电话158 5717 6620 我姓朱谢谢", "朱宝林", "158 5717 6620", "17幢1单元1101"},
		{"康宁大药房", "物业服务中心：\n我店（康宁大药房云栖店，紫荆路110号，商铺编号S-01）门口污水井反水。\n联系人：汤晓梅（店长）\n店内电话：0571-8673 6620", "汤晓梅", "0571-8673 6620", "S-01"},
		{"包建平", "楼下花园有人在种菜，还浇粪水，臭死了。2-1-1502的，麻烦物业处理一下，电话15906816620", "包建平", "15906816620", "2-1-1502"},
		{"阿娥水产", "你好我是东区23号摊位卖水产的沈月娥今天早上市场又停水了我的电话13605726620", "沈月娥", "13605726620", "东区23号摊位"},
		{"燕子", "物业你好：\n楼下502家的狗天天叫。\n\n7幢2单元602 周海燕\n13867516620", "周海燕", "13867516620", "7幢2单元602"},
		{"Jason Chen", "展商服务中心 您好，\n我们是佛山雅森家具，展位号 7.2H-F18。电箱反复跳闸。\n我人一直在展位上，有事打我手机 138 2651 6620。", "Jason Chen", "138 2651 6620", "7.2H-F18"},
		{"木子服饰悦海城店", "商管部的领导您好：\n我是二楼L2-215铺木子服饰的店长。扶梯一直关闭。\n\n店长 刘婷\n木子服饰（悦海城店）L2-215\n电话：189 2635 6620", "刘婷", "189 2635 6620", "L2-215"},
		{"王小军", "你好我是蔬菜交易区B排27号卖土豆洋葱的王德胜这个邮箱是我儿子的冷链车停在通道里跟保安说了好几次保安说他管不了还有就是28号那个李老板把货箱堆到我摊位前面他电话是138 5790 2213你们可以打给他问问我的电话是139 5821 6620早上打不通的话九点以后打谢谢",
			"王德胜", "139 5821 6620", "蔬菜交易区B排27号"},
		{"Mandy Chan", "管理處負責人：\n本人為黃國棟會計師事務所的行政助理，謹代表本所董事總經理黃國棟先生就以下事宜作出投訴。\n本所位於貴大廈12樓1203室。\n" +
			"請直接致電黃先生本人（手提：9133 6620）。\n\n陳美玲 Mandy Chan\n電話：2528 6631", "黃國棟", "9133 6620", "12樓1203室"},
		{"林佳蓉", "物業服務中心 您好：\n我是15樓之3「光研設計」的林佳蓉。樓下在裝修。\n請直接打我手機 0932-118-620，謝謝。\n林佳蓉", "林佳蓉", "0932-118-620", "15樓之3"},
		{"Vivian Xu", "您好，\n我是B1-32 Maison Lumière 的店长徐薇。地漏每天返水。\n如需进店查看可随时联系我：137 6120 6620。", "徐薇", "137 6120 6620", "B1-32"},
		{"陈秀英", "市场管理处：\n三楼空调不制冷。\n\n3A-118档 陈秀英\n电话 136-6081-6620", "陈秀英", "136-6081-6620", "3A-118档"},
		{"Winnie Chan", "我係2樓215號舖 Bloom & Co. 嘅店長 Winnie。天花漏水。\n請打我手提 6723 6620。\n\nWinnie Chan 陳詠詩\nShop Manager\nBloom & Co.", "陳詠詩", "6723 6620", "2樓215號舖"},
		{"Marco Rinaldi", "Dear Sirs,\nThis morning at our booth (Hall 9, Booth 9D31, LuceArte S.r.l.) two lamps were gone.\nMy mobile (Italian number, roaming): +39 347 218 6620.\n\nMarco Rinaldi\nTel. +39 039 274 1180",
			"Marco Rinaldi", "+39 347 218 6620", "9D31"},
		{"黄丽萍", "你好！我是１２栋Ｂ座２３０４的住户黄丽萍。楼道堆满杂物。\n处理结果请电话告知我：１３９２６５０６６２０。\n黄丽萍", "黄丽萍", "13926506620", "12栋B座2304"},
		{"Eric Tse", "Hi Franchise Support,\n我係荔景中心 Shop G12 嘅 franchisee Eric。洗衣機壞咗。\n我日頭喺舖頭，打我手提 5164 6620 就得。\n\nEric Tse 謝家樂", "謝家樂", "5164 6620", "G12"},
		{"华信科技行政部", "物业您好：\n我司（深圳华信科技有限公司）租用北座15楼1506-1508。卫生间晚上被锁。\n有事请打我手机，谢谢！\n\n林晓彤\n行政专员\n深圳华信科技有限公司\n座机：0755-2698 5500 转 8012\n手机：13510 766 620",
			"林晓彤", "13510 766 620", "北座15楼1506-1508"},
		{"Rebecca Fung", "Dear Patrick,\nThe notice came too late. Please WhatsApp or call my mobile rather than my direct line.\n\nRegards,\nRebecca Fung\nFinance & Admin Manager\nHarcourt Capital Partners Limited\n" +
			"Unit 2911-12, 29/F, Pacific Link Tower, 8 Lam Lok Street, Kowloon Bay\nD: +852 3165 4420 | M: +852 9388 6620", "Rebecca Fung", "+852 9388 6620", "Unit 2911-12, 29/F, Pacific Link Tower"},
		{"良哥水产", "喂你好我是二号厅A区17号档口卖带鱼的我叫蔡国良这个事情我已经讲过好几次了排水沟堵了隔壁16号的老陈他手机13917 205 448他也讲好几次了请管理处尽快派人来通一下我电话13621806620凌晨三点到上午十点都在档口",
			"蔡国良", "13621806620", "二号厅A区17号档口"},
		{"Chen Yun", "幸福里物业管理处：\n您好！我是4号楼201室李桂兰的女儿陈芸，目前在加拿大工作。母亲不会用电脑，所以由我代她写信反映。\n厨房天花板渗水。\n" +
			"请直接打我母亲家里的座机 021-6521 6620，她白天都在家。\n\n陈芸（代李桂兰）", "李桂兰", "021-6521 6620", "4号楼201室"},
		{"Takeshi Sato", "Dear Property Management,\nDocuments were thrown away.\nPlease contact me directly on my Shanghai mobile +86 139 1622 6620. (Please do not call the Tokyo number below.)\n\nTakeshi Sato\nTokyo HQ: +81 3 5412 7730",
			"Takeshi Sato", "+86 139 1622 6620", ""},
		{"肖俊", "管理处你好，昨晚我的柜台被人撬了。\n\n肖俊 3C052\n134 2899 6620", "肖俊", "134 2899 6620", "3C052"},
		{"邵建华", "加盟服务部：\n下面是我们滨江星光店店长发给我的情况，请总部看一下。\n这件事请直接跟我对接，我的电话 133 5718 6620。\n\n邵建华", "邵建华", "133 5718 6620", "滨江星光店"},
		{"Cindy Ho", "Dear Exhibitor Services,\nI am writing on behalf of our booth manager, Mr. Jacky Lo, who is on the show floor.\nOur booth 3C-E18 (Evergleam Homeware Ltd, Hall 3C) has no power.\n" +
			"Please call Jacky directly on his mobile, 9021 6620 - he is at the booth. My direct line is 3590 2214.\n\nCindy Ho", "Jacky Lo", "9021 6620", "3C-E18"},
		{"周记烧腊滨海汇店", "滨海汇商场管理处：\n\n现就公共通道被占用问题投诉如下：\n\n被投诉方：茶研社（B1-10）  店长 何先生  电话 188 2604 7731\n投诉方：周记烧腊（B1-08）  店长 方丽娟  电话 136 3251 6620\n\n" +
			"请商场尽快处理。\n\n周记烧腊（滨海汇店）\n方丽娟", "方丽娟", "136 3251 6620", "B1-08"},
		{"Pierre Laurent", "Hello,\n\nThis is Sophie Laurent, writing from my husband's account as mine is not working.\nWe have had no hot water in our apartment (Tower 2, Apt 2305).\nPlease call me on +86 186 1651 6620 rather than Pierre.\n\nSophie Laurent\nTower 2, Apt 2305",
			"Sophie Laurent", "+86 186 1651 6620", "Tower 2, Apt 2305"},
		{"梁嘉雯 Karen", "加盟服務中心 你好，\n我是澳門氹仔官也街店的加盟商梁嘉雯。POS系統無法登入。\n請盡快幫我們恢復。澳門電話 +853 6652 6620 (我的手機)，WhatsApp 同號。\n\n梁嘉雯 Karen Leong", "梁嘉雯", "+853 6652 6620", "澳門氹仔官也街店"},
		{"郭哲宇 Jerry Kuo", "管委會 您好：\n茶水間的排水仍然是堵的。\n請聯絡我：0928-551-620。\n\n郭哲宇 Jerry Kuo\n行政主任\n亮波科技股份有限公司\n台北市中山區南京東路二段 180 號 19 樓之 5",
			"郭哲宇", "0928-551-620", "台北市中山區南京東路二段 180 號 19 樓之 5"},
		{"宋雅琪", "客户服务部：\n我会于10月20日至22日租用贵中心5楼502会议室举办年会。投影仪黑屏。\n我这三天一直在现场，有事请打我手机：138 5812 6620。\n\n宋雅琪", "宋雅琪", "138 5812 6620", ""},
		{"LUNE BEAUTY 1F-106", "您好 Dear Mall Management,\n1F-106 Lune Beauty 店门口上方的天花漏水。\n\n请联系我们的店长 Please contact our store manager:\n朴智妍 Park Ji-yeon（中文可沟通）\n手机 Mobile: 176 2120 6620",
			"朴智妍", "176 2120 6620", ""},
		{"Peter Lam", "管理處：\n18樓男廁又淹水。\n此事由本人跟進，請直接致電本人手提 9638 6620。\n\nPeter Lam 林國偉\nOffice Manager\n廣發貿易有限公司\n香港九龍觀塘海源道63號海濱商業中心18樓1802室\nTel: 2389 1802",
			"林國偉", "9638 6620", "海濱商業中心18樓1802室"},
		{"黃淑芬", "營業部 您好：\n我是3樓「Lovely Shoes」專櫃(3F-12)的櫃長黃淑芬。倉庫被佔用。\n\n黃淑芬\n手機 0972-384-620", "黃淑芬", "0972-384-620", "3F-12"},
		{"Samantha Lau", "Dear Event Services team,\nThe loading bay was closed.\nDuring show days I am at the Organiser Office, Room N201 (Level 2), or on my mobile +852 6178 6620.\n\nSamantha Lau", "Samantha Lau", "+852 6178 6620", "Room N201"},
	})
	if w := Read(Mail{Name: "岳红梅", Email: "yuehm@example.cn", Subject: "回复: 关于9幢2单元1902窗户玻璃自爆的答复",
		Text: "吴主管您好，\n吊篮由谁安排？\n请直接打我手机 136 0581 6620。\n岳红梅"}); w.Address != "9幢2单元1902" {
		t.Errorf("a reply to the office's answer about a flat: %+v, want 9幢2单元1902", w)
	}
	if p := RelayedNumber("转一下18幢傅女士发给我的邮件。她邮件里留的电话13605716620已经停机了。后来傅女士本人打到我手机上，说新号码是 189 6910 6620。"); p != "189 6910 6620" {
		t.Errorf("RelayedNumber = %q, want the new number the colleague checked", p)
	}
	if p := RelayedNumber("转一下18幢傅女士发给我的邮件，说新号码是 189 6910 6620。"); p != "" {
		t.Errorf("RelayedNumber = %q of a note that says no number is dead", p)
	}
}

// A flat its owner opens with, a number changed to, the office's own address in its form's head, a
// butler's "转一个业主投诉", a front desk named in the note after the writer's number, a Taiwan
// landline and mobile under one label, a booth numbered with its hall's decimal, a sponsor's 展台,
// a mailbox's number, a stall's nickname, a father's letter attached, a family's flat in English,
// a store's unit after its name, a committee member passing on an old resident's complaint.
func TestFormsLettersAndBoothsOnceMore(t *testing.T) {
	checkWriters(t, []writerCase{
		{"", "物业：\n\n6栋1单元1102业主。你们地下车库入口的道闸这周坏了三次。\n\n另外我原来这个139的号码已经不用了，联系电话改成18868126620。\n\n郑先生",
			"郑先生", "18868126620", "6栋1单元1102"},
		{"Snow", "物业你好，\n把投诉登记表填好发过来了。\n====\n  御景园物业服务中心  业主投诉/报修登记表\n  服务中心地址：御景园会所一楼101室\n  24小时服务热线：0571-85558800\n====\n" +
			"投诉人姓名：韩雪梅\n房    号：16幢2单元901\n联系电话：150 5716 6620\n====", "韩雪梅", "150 5716 6620", "16幢2单元901"},
		{"钱丽", "客服中心：\n\n转一个业主投诉，今天上午业主在微信上发给我的。\n\n业主：吴女士（吴静）\n房号：15幢2单元801\n电话：133 9618 6620\n内容：烟道串味。\n\n" +
			"请安排工程部上门排查。\n\n钱丽\n15-18幢楼宇管家\n华润物业服务中心 | 手机/微信：139 6715 0824", "吴静", "133 9618 6620", "15幢2单元801"},
		{"云图科技行政", "钱江国际物业管理处：\n我司（杭州云图科技有限公司）租用B座1208室。空调不制热。\n\n联系人：赵静（行政专员）\n手机：135 1575 6620（请直接打我手机，前台电话0571-87216600经常没人接）\n\n杭州云图科技有限公司",
			"赵静", "135 1575 6620", "B座1208室"},
		{"吳淑芬", "您好：\n我是A棟7樓之2的住戶吳淑芬。樓上的狗一直叫。\n\n聯絡方式：市話(02)2771-3456，手機0933-112-620。白天上班時間請打手機，市話沒人接。\n\n吳淑芬 敬上",
			"吳淑芬", "0933-112-620", "A棟7樓之2"},
		{"Anna Müller", "Dear Exhibitor Service Desk,\n\nWe are exhibiting at stand 9.1J23 (Hall 9.1, Booth J23) for Heimwerk Design GmbH. The electricity is off.\n\nDuring the fair I can be reached on my local mobile +86 139 2274 6620.\n\nAnna Müller",
			"Anna Müller", "+86 139 2274 6620", "9.1J23"},
		{"Kai Zheng", "峰会会务组：\n您好！我是深圳云栖智联科技有限公司的郑凯，我司是本届峰会的银牌赞助商，展台编号T12。\n处理结果请直接和我联系：186 7599 6620。\n\n郑凯", "郑凯", "186 7599 6620", "T12"},
		{"秀芳水果", "市场管理处你好我是C区12号摊位卖水果的朱秀芳旁边13号摊位卖干货的老是把纸箱子堆到我摊位前面请你们管管我电话就是邮箱这个号13758826620", "朱秀芳", "13758826620", "C区12号摊位"},
		{"海鲜阿强", "市场管理办公室：\n\n我是水产区A-08摊位的陈志强，在咱们市场做了八年海鲜了。\n\n请管理办给个说法。我电话 159 0587 6620，白天在摊位上。\n\n陈志强", "陈志强", "159 0587 6620", "水产区A-08摊位"},
		{"钟敏", "物业你好，\n\n附件是我父亲钟守仁写的投诉信，他不会用电脑，让我帮他发一下。信里有他的联系方式。\n\n谢谢\n\n投诉信\n\n枫林苑物业公司：\n\n    我叫钟守仁，住枫林苑2期11幢3单元201。\n\n" +
			"    楼道里有人充电。\n\n    联系电话：0571-8506 6620（家）\n\n        钟守仁", "钟守仁", "0571-8506 6620", "枫林苑2期11幢3单元201"},
		{"Tom Becker", "Hello,\n\nMy name is Tom Becker and my family lives in Building 6, Apt 1502 at Lakeside Garden.\n\nYou can reach me at +86 186 2133 6620.\n\nTom Becker", "Tom Becker", "+86 186 2133 6620", "Building 6, Apt 1502"},
		{"栖木生活 L2-15", "商场运营部：\n\n我是L2-15“栖木生活家居”店的店长韦婷。隔壁L2-16在装修。\n\n韦婷\n栖木生活家居 L2-15店\n185 7766 6620", "韦婷", "185 7766 6620", "L2-15"},
		{"项国华", "物业服务中心：\n\n我是业委会委员项国华（14幢2单元601）。24幢的卢玉芬奶奶让我帮她转达一下她的投诉，请你们直接联系她本人。\n\n卢奶奶的情况：\n姓名：卢玉芬\n" +
			"住址：24幢1单元102\n家里电话：85236620（她白天基本都在家）\n\n投诉内容：垃圾房门坏了。\n\n项国华\n业委会委员 手机13857166120", "卢玉芬", "85236620", "24幢1单元102"},
	})
}

// A caller a colleague's record names, a display name with its company in brackets, a wife
// writing from her husband's mailbox, a number after a sentence giving the writer's surname, an
// English "call or WhatsApp me", an exhibitor's booth over their company's office, a number the
// writer cannot be reached on, a direct line, a Cantonese run-on, a firm's unit in English, an
// office a new tenant moves into, a booth at this year's fair, a request for the mobile the
// signature labels "M:", a stall's keeper by her surname then her name.
func TestCallersTenantsAndMobilesAsked(t *testing.T) {
	checkWriters(t, []writerCase{
		{"客服中心-刘婷", "工程部各位：\n\n今天上午10:20接到23楼租户来电投诉，内容如下，请尽快安排人员查看。\n\n来电人：赵启明（思远科技 行政经理）\n单元：中汇大厦2306室\n联系电话：13501126620\n" +
			"投诉内容：卫生间异味。\n\n刘婷\n中汇大厦物业服务中心 客服部\n电话：010-65668800 分机 601", "赵启明", "13501126620", "中汇大厦2306室"},
		{"Winnie Lau (Brightway Logistics)", "Dear Sir/Madam,\nThe air-con was switched off at 7pm.\nPlease call my mobile 9456 6620 instead.\n\nBest regards,\nWinnie Lau", "Winnie Lau", "9456 6620", ""},
		{"周建华", "物业：\n\n你们好，我是金色家园11幢802的业主王秀英（这是我爱人的邮箱，我自己不太会用）。\n\n有事打我手机 13735526620，别打我爱人的。\n\n王秀英", "王秀英", "13735526620", "金色家园11幢802"},
		{"小鱼儿", "我姓吴，吴佳琪，9栋1单元502的。电话158 5718 6620，白天晚上都可以打。\n\n东门道闸又抬不起来了。", "吴佳琪", "158 5718 6620", "9栋1单元502"},
		{"Sarah McKenzie", "Hi there,\nThe dog next door in 18D barks all day.\nI'm in Flat 18C, Block 2. Please call or WhatsApp me on +852 6218 6620 - I'm usually awake after 3pm.\n\nThanks,\nSarah",
			"Sarah McKenzie", "+852 6218 6620", "Flat 18C, Block 2"},
		{"Kenneth Yip", "Dear Exhibitor Service Counter,\n\nWe are exhibiting at Booth 1C-B05 (Golden Crest Premium Ltd.) at the Gifts & Premium Fair. The booth next to us is too loud.\n\nI'm at the booth all day, mobile +852 9785 6620.\n\n" +
			"Kenneth Yip\nSales Manager\nGolden Crest Premium Ltd.\nUnit 808, 8/F, Kwai Chung Plaza, 7-11 Kwai Foo Road, Kwai Chung, N.T.\nT: +852 2428 1630 | F: +852 2428 1631", "Kenneth Yip", "+852 9785 6620", "1C-B05"},
		{"钱国华", "我叫钱国华，住3幢501。自来水发黄。\n\n我的手机（139 5713 0820）最近老是接不到电话，请打我家里座机0571-88206620联系。\n\n钱国华", "钱国华", "0571-88206620", "3幢501"},
		{"Karen Ho", "致 德信商業大廈管理處：\n本公司位於15樓1503室。後樓梯有人食煙。\n如有任何查詢，請致電我的直線 2598 6620。\n謝謝！\nOffice Administrator\n恒昇會計師事務所\nTel: (852) 2598 3300",
			"Karen Ho", "2598 6620", "15樓1503室"},
		{"Ho Family", "你好管理處我係5座20樓A室嘅何太我想投訴呢幾日晚晚十二點之後樓上都有人拖櫈麻煩你哋幫我跟進一下有咩可以打我電話6123 6620", "何太", "6123 6620", "5座20樓A室"},
		{"Ricardo Sousa", "Dear Sirs,\n\nI write on behalf of Sousa & Lam Advogados, occupants of Unit 15B (15th floor, Flat B). Water has leaked through the ceiling.\n\nI can be reached on my mobile (+853) 6621 6620.\n\nRicardo Sousa",
			"Ricardo Sousa", "(+853) 6621 6620", "Unit 15B"},
		{"Joyce Fung", "Dear Mr. Wong,\n\nWe are a dental clinic (SmileCare Dental Centre, Room 2207) and we cannot treat patients without running water.\n\nMy mobile is 9337 6620.\n\nRegards,\nJoyce Fung", "Joyce Fung", "9337 6620", "Room 2207"},
		{"18918236620", "物业您好：\n\n我们是2号楼908室新入驻的公司（杭州予安网络科技），上周五刚搬进来。网络没有信号。\n\n联系人：陶思琪  18918236620", "陶思琪", "18918236620", "2号楼908室"},
		{"郭志强", "物业：\n\n我们12楼1206办公室里面卫生间的水管漏水，请马上派人来看一下。\n\n我在办公室，电话13806546620。", "郭志强", "13806546620", "12楼1206"},
		{"业主", "物业：\n\n我是7栋2单元的一个业主，不方便留名字。大堂天天有人抽烟。\n\n如需核实可打我电话：15923386620。", "业主", "15923386620", "7栋2单元"},
		{"施佳明", "会展中心商务中心：\n\n我是浙江永康市锐博五金工具有限公司的施佳明，我们在本届五金博览会8号馆8C-102展位。洽谈室被重复预订。\n\n施佳明\n手机：15067926620（微信同号）",
			"施佳明", "15067926620", "8号馆8C-102"},
		{"Priya Raman", "Hi Property Management team,\n\nThe sink in our pantry (Unit 3305, 33F) has been blocked since Monday.\n\nThanks,\nPriya Raman", "Priya Raman", "", "Unit 3305, 33F"},
		{"Tony Kwok", "Dear Management Office,\n\n我哋係8樓D室嘅Speedy Link Logistics。上落貨區成日俾人霸住。\n\n有咩事可以打我手機。\n\nTony Kwok 郭偉倫\nOperations Manager\nT: 2420 8816 | M: 9815 6620 | F: 2420 8810",
			"郭偉倫", "9815 6620", "8樓D室"},
		{"Vina", "物业你好我是一楼105号铺面开奶茶店的老板娘姓孔孔维娜我要投诉一下你们这个停车场不让进货的车进来我电话138 5712 6620", "孔维娜", "138 5712 6620", "一楼105号铺面"},
		{"梁志明", "管理处：\n\n我们是天河汇金商务中心21楼2108室的华锦广告。快递堆在门口。\n\n我的联系方式：座机020-38861234转803（白天经常不在座位），手机13822186620，建议直接打手机。\n\n梁志明",
			"梁志明", "13822186620", "天河汇金商务中心21楼2108室"},
	})
}

// A firm's unit in brackets after "on behalf of", a stall's keeper before how they say they are
// called, a booth a builder puts up, a franchisee's unit in brackets after their store's number,
// an organiser's office at the venue over their association's address, a German's number "during
// the stay", a flat and which door it is, a call log a colleague forwards, a wholesale market's
// 商位, a Taiwan mobile with a long note after it, a flat after words of someone else's, a stall
// in quotes and by its shed, one in full-width digits and how everyone calls its keeper.
func TestOrganisersBuildersAndStallsOnceMore(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Karen Leung", "Dear Sir/Madam,\n\nI am writing on behalf of Meridian & Co. (Unit 1506, Tower B) regarding the air-conditioning on our floor.\n\nThe quickest way to reach me is my mobile.\n\n" +
			"Karen Leung\nOffice Manager\nMeridian & Co.\nT: +852 2877 3300 | M: +852 9186 6620", "Karen Leung", "+852 9186 6620", "Unit 1506, Tower B"},
		{"老王干货", "你好我是C区17号摊位卖干货的王建国跟你们反映个事情对面18号那家天天把货堆到过道上面我电话13957326620", "王建国", "13957326620", "C区17号摊位"},
		{"何勇", "主场服务部各位老师：\n\n我是深圳华艺展览工程有限公司的现场负责人何勇，我们负责本届华东国际汽车后市场展5号馆C21展位（展商：宁波博锐汽配）的特装搭建。\n\n" +
			"现场联系：何勇 137 2860 6620\n----------------------------------\n深圳华艺展览工程有限公司\n电话：0755-2669 8800\n地址：深圳市宝安区福永街道凤凰第二工业区A栋", "何勇", "137 2860 6620", "5号馆C21"},
		{"Amy", "加盟服务中心你好：\n\n我是茶语时光杭州滨江银泰店的加盟商许雅婷（门店编号HZ-0216，银泰B1-26铺位）。配送缺货。\n\n许雅婷\n茶语时光 滨江银泰店\n电话：18967106620", "许雅婷", "18967106620", "B1-26"},
		{"SCCIA会务组", "华南国际会展中心客服中心：\n\n我们在现场的办公室在1号馆二层夹层M2-05（主办方办公室），有事可以直接过来，或联系我。\n\n徐晨\n会务部主任\n中国智慧城市产业联盟\n" +
			"手机：139 2871 6620\n电话：010-6852 3310\n地址：北京市西城区百万庄大街22号", "徐晨", "139 2871 6620", "1号馆二层夹层M2-05"},
		{"Daniel Meyer", "Dear Delegate Services team,\n\nThe room is noisy.\n\nMy Chinese mobile number during the stay is +86 176 2105 6620. My German number (+49 151 2233 4455) does not work reliably here.\n\nDaniel Meyer",
			"Daniel Meyer", "+86 176 2105 6620", ""},
		{"吴国庆", "管理办公室你好\n我是市场里面卖猪肉的 肉类区R-07号摊 我叫吴国庆\n这个邮箱是我儿子的手机邮箱 你们别打这个号码\n有事打我电话13605716620\n吴国庆", "吴国庆", "13605716620", "肉类区R-07号摊"},
		{"刘芳", "你好物业我是3栋1702的就是电梯出来左手边那户我跟你们说一下我们家楼上1802最近在装修我电话188 1265 6620", "刘芳", "188 1265 6620", "3栋1702"},
		{"Marco Rossi", "Dear Exhibitor Services,\n\nWe are exhibiting at the Asia Home & Design Fair, Hall 3C, booth 3C-D12 (Ceramiche Belvedere S.r.l.).\n\nDuring the fair please call my Hong Kong number +852 5147 6620 (local SIM).\n\n" +
			"Marco Rossi\nTel. +39 059 827 440", "Marco Rossi", "+852 5147 6620", "3C-D12"},
		{"杨柳", "刘经理，\n\n下面是今天下午的一条来电投诉，请项目安排处理。\n\n杨柳\n客服中心 客服专员\n电话：400-900-1818 转 8021\n\n【来电投诉登记表】\n来电号码：0571-8679 2231\n来电人：马骏（业主）\n" +
			"房号：翠湖天地8幢1单元1101\n回电号码：177 6820 6620（来电人要求回拨手机）\n投诉内容：电梯异响。", "马骏", "177 6820 6620", "翠湖天地8幢1单元1101"},
		{"杨晓峰", "市场管理办公室：\n\n你好！我是二区E3街2215商位（晓峰玩具）的经营户杨晓峰。斜对面的货架占道。\n\n晓峰玩具 杨晓峰\n商位：二区E3-2215\n手机：158 8866 6620（微信同号）", "杨晓峰", "158 8866 6620", "二区E3-2215"},
		{"王建民", "總幹事您好\nB2車道積水。\n我是A3棟12樓之1的住戶 王建民\n手機0933-216-620（家裡市話（02）2796-3318最近在換線路不通，請打手機）", "王建民", "0933-216-620", "A3棟12樓之1"},
		{"徐静", "你们好 我们6幢旁边那个垃圾房已经三天没清运了 苍蝇蚊子到处飞 楼下的小孩都绕着走 我家就在6幢2单元102 一楼 窗户都不敢开 麻烦今天务必来清理 电话151-5712-6620",
			"徐静", "151-5712-6620", "6幢2单元102"},
		{"海生水产", "管理处：\n\n我是B区22号摊“海生水产”的林海生。隔壁23号摊的血水往过道冲。\n\n林海生\n电话同微信：180-5712-6620", "林海生", "180-5712-6620", "B区22号摊"},
		{"宇衡展覽設計 鄭文傑", "展商服務台 您好：\n\n我是宇衡展覽設計有限公司的現場負責人鄭文傑，負責本屆台灣國際自行車展L0415攤位（參展商：捷輪科技）的裝潢施工。電箱位置錯誤。\n\n現場聯絡：鄭文傑 0918-637-620",
			"鄭文傑", "0918-637-620", "L0415"},
		{"马国平", "管理处领导：\n\n我是蔬菜交易区5号棚18号摊位的马国平。公平秤不准。\n\n联系电话：13519606620\n马国平", "马国平", "13519606620", "蔬菜交易区5号棚18号摊位"},
		{"阿珠", "管理所你好　我是賣水果的１７號攤　蔡秀珠　大家都叫我阿珠　我們攤位前面那條排水溝蓋子破掉了　電話０９３３－２２１－６２０", "蔡秀珠", "0933-221-620", "17號攤"},
		{"Jason Tang", "Hi 社区经理，\n我是在创想空间3F E区12号工位办公的汤俊。网络不稳定。\n麻烦跟进一下，有结果微信或电话告诉我就行：176 0211 6620。\nJason Tang 汤俊", "汤俊", "176 0211 6620", ""},
	})
}

// A resident a front desk met or a butler chatted with, a run-on asking for an answer before the
// number, a store's keeper under the store's mailbox, a number the writer says is broken or dead,
// a stall by its area and code then how its keeper is called, an exhibitor's booth before its hall,
// corrections to the office's receipt, a supervisor passing on a franchisee, a flat and block in a
// phone's lower case, a signature above a company's notice, a flat put right after the room.
func TestDesksChatsAndCorrections(t *testing.T) {
	checkWriters(t, []writerCase{
		{"郑晓燕", "王经理：\n\n今天上午10点20左右，16幢2单元1502的业主吴女士来前台反映：她家隔壁1501装修。\n\n吴女士要求物业今天之内给答复，她的电话18867106620（她说中午不方便接）。\n\n" +
			"1501的装修负责人电话13606518872。\n\n前台 郑晓燕\n分机 8012", "吴女士", "18867106620", "16幢2单元1502"},
		{"wjg", "你好我是5栋一单元801的业主我姓王叫王建国我要投诉楼下烧烤店油烟那个店的老板还说他们有环评手续你们到底管不管麻烦尽快给我回复我电话是138 0571 6620白天晚上都可以打",
			"王建国", "138 0571 6620", "5栋1单元801"},
		{"春熙路店", "加盟商服务台：\n\n我是成都春熙路店的加盟商，想投诉一下督导。周斌的电话是13880567243。\n\n这个邮箱是店里的公用邮箱，有事请直接联系我本人。\n\n罗晓东\n一碗饺子 成都春熙路店 加盟商\n" +
			"店铺：成都市锦江区春熙路南段8号附2号\n手机：18982036620", "罗晓东", "18982036620", "成都市锦江区春熙路南段8号附2号"},
		{"吴海涛", "服务台你好：\n\n今天早上到的冷链货化冻了。\n\n吴海涛\n一碗饺子 武汉光谷店 店长\n门店编号：WH-0112\n电话：18627096620", "吴海涛", "18627096620", "WH-0112"},
		{"13967112345@139.com", "补充一下：这个邮箱是以前的手机号注册的，那个号码已经停机不用了，有事请打我现在的手机15888016620。\n\n陈国栋", "陈国栋", "15888016620", ""},
		{"孔德华", "物业管理处：\n\n路灯坏了。\n\n我家住19幢2单元401。我的手机（139 0651 4870）最近坏了在修，这几天请打我家里电话 0571-8688 6620，晚上七点以后一般都有人。\n\n孔德华",
			"孔德华", "0571-8688 6620", "19幢2单元401"},
		{"黄永发", "市场办公室领导你好我是水产区A-07号的老黄黄永发 这个月电费又多收了 我怀疑是跟A-08的电表接错了 麻烦你们派电工来查一下 电话13968056620 谢谢", "黄永发", "13968056620", "水产区A-07号"},
		{"Michelle Tam", "Dear Exhibitor Services,\n\nWe are exhibitor Ascent Gifts Ltd, Booth 5C-118 in Hall 5. The carpet is the wrong colour.\n\nDuring the show please reach me on my Macau number +853 6512 6620.\n\nRegards,\nMichelle Tam",
			"Michelle Tam", "+853 6512 6620", "5C-118"},
		{"韩雪", "补充一下，我的手机是 152 6711 6620。\n\n韩雪\n\n您好：\n我家（西溪铭苑5幢1单元1403）的空调外机架有一颗膨胀螺丝脱出来了。\n韩雪", "韩雪", "152 6711 6620", "西溪铭苑5幢1单元1403"},
		{"郭婉婷", "你好，回执里有两处登记错了：\n1. 电话是13858016620，你们写成了13858012364；\n2. 房号是10幢1单元1301，不是1单元1031。\n麻烦更正。\n\n郭婉婷", "郭婉婷", "13858016620", "10幢1单元1301"},
		{"韩磊", "加盟服务部同事好：\n\n柯桥店加盟商孟庆华今天向我反映以下问题，我代为转达：\n\n1. 制冰机坏了。\n\n门店信息：绍兴柯桥店（门店编号SX-0032，柯桥区万达广场1F-09）\n加盟商：孟庆华，电话 135 8650 6620\n\n" +
			"请服务部直接与孟总联系。\n\n韩磊\n华东区督导\n手机 138 0682 9915", "孟庆华", "135 8650 6620", "绍兴柯桥店"},
		{"Raymond Wong", "管理處 您好：\n\n本公司位於24樓2405室。門禁卡失靈。\n\n黃志明 Raymond Wong\n行政經理\n廣發貿易有限公司\n香港灣仔港灣道28號環球商業中心2405室\n直線：2511 6620", "黃志明", "2511 6620", "24樓2405室"},
		{"Alan Tsang", "hi mgmt office its alan from flat 18C block 2 again the water seepage from the flat above (19C) is back. pls call me 9345 6620", "Alan Tsang", "9345 6620", "Flat 18C, Block 2"},
		{"zhou_ming_1971", "物业：\n\n3幢1602的住户姓钱，电话我问邻居要到了：13757006612。他家每天打麻将。\n\n——1502 老周 13819006620", "老周", "13819006620", ""},
		{"行政部", "云谷中心物业服务中心：\n\n您好！我司（杭州嘉禾科技有限公司）租用云谷中心2号楼15层1503室。走廊堆满杂物。\n\n如需沟通，请联系：\n冯雅琪 | 行政专员\n手机：181 5712 6620\n\n————————————————\n" +
			"本邮件及其附件含有杭州嘉禾科技有限公司的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用本邮件中的信息。", "冯雅琪", "181 5712 6620", "云谷中心2号楼15层1503室"},
		{"沈琳", "工程部、客服主管：\n\n20幢1单元2101陈女士今天晚上在微信上跟我反映的问题，原话截下来如下：\n\n【微信聊天记录】\n晓晓妈妈 20:41\n声控灯坏了好几天了\n晓晓妈妈 20:43\n" +
			"麻烦明天尽快来看一下 有事打我电话13588096620\n\n管家 沈琳\n电话：13735520176", "陈女士", "13588096620", "20幢1单元2101"},
		{"易晨", "不好意思，上封邮件我们公司的房号写错了，应该是C座1806，不是1608。1608是另外一家公司。\n\n易晨\n\n服务台您好：\n\n我们是C座1608的心远设计，会议室被占用了。\n\n易晨\n心远设计 项目经理\n电话：135 1678 6620",
			"易晨", "135 1678 6620", "C座1806"},
		{"优品生活（中国）有限公司", "星河荟购物中心 营运部：\n\n您好！我司星河荟店（L2-15号铺）店长覃小雨反映，店铺正门的电动卷帘门无法正常升降。\n\n请贵司尽快安排维修。具体情况请直接联系店长覃小雨，手机 138 2609 6620。\n\n" +
			"梁振华\n华南区 区域营运经理\n优品生活（中国）有限公司\n上海市长宁区仙霞路99号尚嘉中心20楼\n电话：021-6278 5500   手机：139 1608 2217\n本邮件及附件仅供指定收件人使用，如误收请立即删除并通知发件人。",
			"覃小雨", "138 2609 6620", "L2-15号铺"},
		{"wjg6688", "你好我是5号楼801的王建国地下车库我的车位B2-118天天被别人的车占了今天又是一辆白色的车麻烦你们处理一下我电话13661236620", "wjg6688", "13661236620", "5号楼801"},
		{"黃志偉", "你好，\n\n我哋係香港嘅參展商（香港設計工房），攤位喺5號館5F-22。牆板爛咗。\n\n黃志偉\n香港設計工房 Hong Kong Design Lab\n香港九龍觀塘開源道55號11樓",
			"黃志偉", "", "5號館5F-22"},
		{"任静", "总部加盟服务部：\n\n您好，我是南京新街口店店长任静。订货系统登不上。\n\n麦香坊 南京新街口店\n店长：任静\n电话：15062286620\n地址：南京市秦淮区中山南路1号（新街口店）", "任静", "15062286620", "南京市秦淮区中山南路1号"},
	})
}

// A resident a front desk or a butler writes about, who came or rang or whose call was taken; a
// writer's name after what they are and a space, or after 本人為; a flat said as an old owner's in
// full-width digits, as the one the writer writes as or rents, with its building by "#楼"; a
// number asked for as the one to answer to, not the office's own given before; a labelled line's
// role or desk before the name; a Chinese surname after an English name; no room at the venue
// where the writer's meeting is held; a franchisee's lines of their store.
func TestDesksCallsRoomsAndStoresOnceMore(t *testing.T) {
	checkWriters(t, []writerCase{
		{"东门前台", "客服中心：\n今晚19:40，18栋2402的业主钱先生到东门前台，投诉24楼楼道里2403一直堆放纸箱。\n钱先生情绪比较激动，他留的电话是135 6018 6620。\n\n前台：邓晓雯\n值班电话 0756-3322 8800",
			"钱先生", "135 6018 6620", "18栋2402"},
		{"翠湖苑-管家陈思", "各位同事好，\n\n今天上午10点左右接到5幢1单元602住户郑秀兰阿姨的电话，反映她家厨房下水道返臭味。\n去之前先给郑阿姨打个电话，她家座机 0571-8862 6620，她不太会用手机。\n" +
			"有什么情况也可以同步我，我手机 159 9012 7736。\n\n陈思", "郑秀兰", "0571-8862 6620", "5幢1单元602"},
		{"管家 小吴", "客服中心：\n12幢1801业主张先生今天上午到大堂找我，反映楼下烧烤油烟直接往上飘。\n他白天上班，请晚上6点以后联系他：139 5811 6620。\n吴婷\n兰亭物业 12幢楼栋管家\n工作手机 187 5712 0083",
			"张先生", "139 5811 6620", "12幢1801"},
		{"前台 小莫", "工程部：\n今天下午3点10分左右，1单元702的何阿姨打电话到前台，说公共管道井里有燃气味。\n她的电话是 135 7731 6620。\n\n前台 莫小凡\n服务中心电话 0898-6652 8800",
			"何阿姨", "135 7731 6620", "1单元702"},
		{"Eric", "你好\n我是2栋1单元2201的业主 唐亦凡\n管家小邱先是不接。\n希望你们经理能回个电话给我 185 0391 6620", "唐亦凡", "185 0391 6620", "2栋1单元2201"},
		{"味之道-B1-23", "商场运营部：\n我是美食广场B1-23铺“味之道”麻辣烫的经营者徐春燕，排烟管道抽力变小。\n请尽快检修。\n徐春燕 电话：159 2133 6620", "徐春燕", "159 2133 6620", "美食广场B1-23铺"},
		{"sun", "物业公司领导你好我是１５栋３单元７０１的老业主 我们这个单元门口的路灯坏了快一个月了 我电话１３９５８０２６６２０", "sun", "13958026620", "15栋3单元701"},
		{"Kevin Wu", "物业管理处：\n本人是8栋1402的业主吴凯文。楼上1502在装修，业主的电话是188 1720 6654，我打过去对方直接挂了。\n请回复我：158-0211-6620（晚上7点后方便接听）\n吴凯文",
			"吴凯文", "158-0211-6620", "8栋1402"},
		{"周沐阳", "你们这个回复等于没回复\n我要求你们派人晚上来现场听一下\n回电话就打这个：177 1026 6620 别打我家里座机", "周沐阳", "177 1026 6620", ""},
		{"卢卫东 | 业委会", "张经理：\n这封邮件我以1栋1单元1201业主的身份写，不代表业委会。\n上次你给我的电话 139 0812 5573 打了没人接，请回电给我：180 0613 6620。\n\n卢卫东\n金沙湾业委会主任",
			"卢卫东", "180 0613 6620", "1栋1单元1201"},
		{"彭志远", "物业工程部：\n我家11#楼2单元1801客厅外墙出现一条斜着的裂缝。\n联系人：彭志远  电话：13905716620", "彭志远", "13905716620", "11#楼2单元1801"},
		{"小鹿乱撞", "物业你好，我是租户，租的是5栋1单元203，房东姓邵电话是150 0715 2268，房东说让我自己找物业。\n楼下烧烤店油烟直接往我家窗户里灌。\n我叫鹿佳，电话 173 2196 6620",
			"鹿佳", "173 2196 6620", "5栋1单元203"},
		{"3栋业主群", "物业公司：\n我们3栋业主最近发现自来水发黄。\n以上为3栋业主联名。\n联系人：业主代表 侯敏（3栋1单元502） 电话 159 8821 6620", "3栋业主群", "159 8821 6620", "3栋1单元502"},
		{"洁衣坊 南坪店", "加盟商服务中心：\n我店的干洗机漏油，维修单位（捷修机电 李工 136 5830 1174）来修过一次。\n\n联系人：加盟商 简国华\n电话：137 0832 6620", "简国华", "137 0832 6620", ""},
		{"中国涂料协会 秘书处", "会议中心：\n我会于本周四在贵中心二层M3会议室举办论坛，会场没有清扫。\n\n联系人：秘书处 谢婧\n手机 13501296620\n电话 010-6832 7711", "谢婧", "13501296620", ""},
		{"会务组-陈", "宴会销售部 刘经理：\n\n您好！我是广西医学会年会会务组陈宇。开幕式在贵酒店二楼多功能厅（大厅A+B）举行，无线麦克风多次断音。\n\n陈宇\n广西医学会学术会务部\n手机：139 7711 6620",
			"陈宇", "139 7711 6620", ""},
		{"Vivian 宋", "会议中心客服：\n我司6月20日在贵中心A305会议室举办经销商培训会，投影仪三次黑屏。\n\n联系人：宋薇\n手机：139-1805-6620\n美迪泰医疗器械（上海）有限公司 市场部",
			"宋薇", "139-1805-6620", ""},
		{"Grace Tan 谭", "商务中心你好，\n\n会议室被重复预订。\n\n谭慧玲 Grace Tan\nSenior Consultant, AsiaBridge Consulting\nMobile: 137 6133 6620\nOffice: 020-3868 2705", "谭慧玲", "137 6133 6620", ""},
		{"鲜果时光 徐汇滨江店", "加盟服务台：\n门店编号：SH-0217\n门店名称：鲜果时光 徐汇滨江店\n加盟商：戴文斌\n联系电话：137 6112 6620\n问题：冷链配送车晚到。区域督导（电话139 1778 2046）说不归他管。",
			"戴文斌", "137 6112 6620", "SH-0217"},
	})
}

// A new number after the sentence that says the old one is dead; a number asked to be called on
// for a confirmation, "如需聯絡可撥", "和我电话沟通：" with the name before it, a call back asked of
// the manager, in English "call me rather than…", "ring my direct line", "call or WeChat me on", a
// mobile on the line after "number,"; a mobile that is inconvenient before the home landline, a
// landline before the mobile that is handier; a daughter writing for her mother, with the number
// of either; a company's booth and office after its name; a unit an English subject ends with; a
// flat, a name and a number a subject begins with, a flat and a labelled number a text begins
// with; an answer's subject without its last words.
func TestNumbersAskedForAndUnitsOfCompanies(t *testing.T) {
	checkWriters(t, []writerCase{
		{"高明", "我是5号楼2单元1401的业主高明。\n另外我手机号换了，原来登记的13812064471已经停用了，收不到短信，新号码是199 5162 6620，麻烦帮我在系统里改一下。\n高明",
			"高明", "199 5162 6620", "5号楼2单元1401"},
		{"振华", "你好，\n结果一直等到6点也没人来。\n这次请务必给个准确的时间，提前打我电话确认：18917306620\n\n李振华", "李振华", "18917306620", ""},
		{"許雅雯", "我是B棟7樓之2的住戶許雅雯。中庭每天晚上都很吵。\n\n如需聯絡可撥 0912-338-620，謝謝。\n\n許雅雯 敬上", "許雅雯", "0912-338-620", "B棟7樓之2"},
		{"Rachel 邱", "您好，\n问题没有解决。希望能请工程部的负责人直接和我电话沟通：邱蕊 138 1769 6620。\n邱蕊\n蓝桥律师事务所 行政主管", "邱蕊", "138 1769 6620", ""},
		{"Shufen", "本人是C棟3號5樓住戶吳淑芬。停車場積水。\n麻煩總幹事回電說明：0912-553-620（上班時間不方便接聽）。\n吳淑芬 敬上", "吳淑芬", "0912-553-620", "C棟3號5樓"},
		{"Lucy Hughes", "Hi,\n\nThe flat above us has loud music until 2am.\n\nPlease call me rather than Tom as he's travelling: 183 2107 6620.\n\nThanks so much,\nLucy", "Lucy Hughes", "183 2107 6620", ""},
		{"Cheung, Mandy", "Dear Sir/Madam,\n\nLift no. 3 has been out of service since last Thursday.\n\nPlease ring my direct line 2156 6620 during office hours.\n\nKind regards,\nMandy Cheung (Ms)",
			"Mandy Cheung", "2156 6620", ""},
		{"Priya Raman", "Hi team,\n\nThe wifi drops every afternoon. WhatsApp doesn't work here so please just call or WeChat me on 135 1098 6620.\n\nCheers,\nPriya", "Priya Raman", "135 1098 6620", ""},
		{"Markus Brenner", "Dear Sir or Madam,\n\nThe power supply to the booth is still not connected.\n\nI am at the booth all day. Please call my Chinese mobile number,\n+86 152 0217 6620 - our Munich office (+49 89 4412 9070) cannot help you with this.\n\nBest regards\nMarkus Brenner",
			"Markus Brenner", "+86 152 0217 6620", ""},
		{"胡丽萍", "物业管理处：\n我住在二期22幢1单元201。广场舞音响开得特别大。\n我手机是 13757120943，但白天上班开会不方便接，麻烦打我家座机 0571-8517 6620，我爱人白天在家。\n胡女士",
			"胡丽萍", "0571-8517 6620", "二期22幢1单元201"},
		{"杭州易家家政服务有限公司", "你好，不好意思用公司邮箱发的。\n\n我白天在公司，电话 0571-8776 2109 转 3，或者手机 139 5810 6620 都行，手机更方便些。\n\n姚春燕", "姚春燕", "139 5810 6620", ""},
		{"刘建华", "物业你好：\n\n希望物业这次能出面联系1202的业主。\n\n我白天上班，电话：138 1672 6620，晚上7点以后随时可以上门看。\n\n刘建华\n7-2-1102", "刘建华", "138 1672 6620", "7-2-1102"},
		{"Cathy刘", "物业中心：\n你们好，我是6#楼1单元302业主刘桂英的女儿，我妈年纪大了不会发邮件，我替她写一下。\n排烟管道正对着我妈家的厨房窗户。\n我妈不用手机，请打她家里座机：0571-8826 6620，她一般都在家。\n谢谢！\n刘晓（Cathy）",
			"刘桂英", "0571-8826 6620", "6#楼1单元302"},
		{"Jessica Wu", "您好，\n我是3-1-802业主林桂芳的女儿，我妈妈一个人住，我替她写一下。\n有事请直接打我手机 186 2107 6620，我再转告她。\n\nJessica 吴佳", "林桂芳", "186 2107 6620", "3-1-802"},
		{"马晓东", "会展服务部你好，\n我们天宇光电在3号馆E17展位，今天早上进场布展发现展位地毯有破口。\n我今天一直在展位，电话 139 2280 6620。\n马晓东\n天宇光电 市场部", "马晓东", "139 2280 6620", "3号馆E17"},
		{"苏晓芸", "物业你好，我们兰亭设计在A座15层1503室，办公室内的卫生间马桶堵了，麻烦派人来疏通。联系电话 021-5877 6620。\n苏晓芸", "苏晓芸", "021-5877 6620", "A座15层1503室"},
		{"麦嘉琪", "您好，\n我们C座1117是按独立电表收费的，为什么账单上还有一项公摊空调用电？\n麻烦请负责账单的同事直接打电话给我解释，我手机１３９－０１７６－６６２０。\n麦嘉琪\n粤秀贸易 财务部",
			"麦嘉琪", "139-0176-6620", "C座1117"},
		{"黄小燕", "3栋1单元1401，电话189 6832 6620，门禁还是坏的，刷卡没反应，只能等别人开门", "黄小燕", "189 6832 6620", "3栋1单元1401"},
		{"Mark Henderson", "Hi there,\n\nThis is Mark Henderson in Apt 2305, Block C. The hot water in my unit has been out since Sunday night.\n\nBest to reach me on WeChat or mobile: +86 139 1177 6620\n\nThanks,\nMark",
			"Mark Henderson", "+86 139 1177 6620", "Apt 2305, Block C"},
	})
	checkSubjectWriters(t, []subjectCase{
		{"Sarah O'Connell", "Hot water outage – Apartment 17C, Tower 1", "We've had no hot water since Sunday evening.\n\nThank you,\nSarah O'Connell", "Sarah O'Connell", "", "Apartment 17C, Tower 1"},
		{"lm_1990", "【投诉】26栋502 李明 13867406620 物业费上涨", "为什么今年物业费涨了？业主大会开过吗？\n发自网易邮箱大师", "李明", "13867406620", "26栋502"},
		{"彭志远", "Re: 回复：关于15栋1单元603卫生间渗水", "都一个礼拜了，我电话还是13606616620，别再让我白等了。\n\n彭志远", "彭志远", "13606616620", "15栋1单元603"},
	})
}

// A stall's keeper writing from the stall's mailbox, in a run-on after the office greeted in the
// plural; a stall, a surname and a number a subject begins with; a work title's whole name signed or
// given before the number; a booth and a number a subject gives, a name after the number; a
// family's flat, a shop's unit before its name in brackets, a flat after the name in an owner's
// labelled line, a stall by its area and row, this year's booth; the flat the office's quoted
// answer says the writer reported; a subject begun by its word and a space.
func TestStallsTitlesAndSubjectsOnceMore(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"老马水产", "排水沟又堵了", "管理处领导你们好我是水产区Ｂ－１４的马福勇这个礼拜已经第二次了排水沟堵住了\n我电话１３９５７２０６６２０ 白天在摊位上随时可以打", "马福勇", "13957206620", "水产区B-14"},
		{"干货铺", "干货区3排11号 卢 13760826620 管理费涨价的问题", "服务中心你好\n\n摊位管理费从每月650涨到900。\n\n我在干货区3排11号，姓卢，电话在标题上。\n\n卢文辉", "卢文辉", "13760826620", "干货区3排11号"},
		{"张工 | 恒美展览", "8.1馆 D40 布展期间突然断电", "运营部你好：\n断电导致我们加班费多出一晚，我们展位的吊顶今天必须赶完。\n现场电话：张伟 181 2667 6620\n公司：0755-8632 9017", "张伟", "181 2667 6620", "8.1馆 D40"},
		{"鼎艺展览 何工", "特装押金被扣的申诉", "主场服务部 你好\n\n请核实后把5000退回，谢谢。\n\n何强\n鼎艺展览工程有限公司 项目经理\n电话 186-2034-6620", "何强", "186-2034-6620", ""},
		{"yifeng_sales", "【投诉】9号馆9H12 网络断了 联系 13929516620 何生", "你好，我们展位的有线网络从上午10点开始就断了。\n\n-- \n发自我的荣耀手机", "yifeng_sales", "13929516620", "9号馆9H12"},
		{"Wang Lei", "儿童游乐区设施损坏", "你好，我是王磊的爱人许晴，用他的邮箱发的。\n滑梯底部的塑料板裂了。\n我们家是10幢1单元701，电话打我的 158 0572 6620，我老公出差不在家。\n许晴", "许晴", "158 0572 6620", "10幢1单元701"},
		{"包振华", "关于L1-09铺位空调费分摊的投诉书", "商场管理公司：\n附件是我的书面投诉书，请领导审阅后给予书面答复。\n投诉人：包振华（L1-09 “包记烧饼”）\n联系电话：139 5823 6620", "包振华", "139 5823 6620", "L1-09"},
		{"罗志远", "地库渗水问题", "集团领导：\n地下车库B1层东侧顶板渗水。\n业主：罗志远  29栋2单元1602  车位B1-056\n手机：136 5718 6620", "罗志远", "136 5718 6620", "29栋2单元1602"},
		{"美衣坊-付", "投诉：商户电费计价异常", "市场管理办公室：\n本人付红梅，在服装城二楼C区5排18号经营“美衣坊”。这个月电费单多了600多。\n联系电话：130 5717 6620\n付红梅", "付红梅", "130 5717 6620", "服装城二楼C区5排18号"},
		{"嘉禾茶业 展会组", "用电及展位搭建问题", "展会服务中心：\n我们是嘉禾茶业，本届茶博会展位为2号馆B36展位（标摊 3×3）。射灯不亮。\n现场负责人：罗晓峰 138 5011 6620", "罗晓峰", "138 5011 6620", "2号馆B36"},
		{"周沐阳", "Re: 关于您反映的噪音问题的回复", "你们这个回复等于没回复\n回电话就打这个：177 1026 6620\n\n在 2024年4月22日 星期一 16:05，绿城物业客服中心 <kefu@example.com> 写道：\n> 尊敬的业主您好：\n> 您于4月20日反映的7栋1单元903室楼上噪音问题，我们已于4月21日上门提醒1003室住户注意。",
			"周沐阳", "177 1026 6620", "7栋1单元903室"},
		{"hxs", "投诉 三期22栋1704 洪先生 13926646620 地库漏水", "地库B区靠近22栋电梯口那里天花板漏水好几天了，今天必须有个说法。", "洪先生", "13926646620", "三期22栋1704"},
	})
}

// A son writing for his father at a stall by its code; a Taiwan company's office on a floor's
// unit; an English exhibitor's company before "exhibiting at"; the mobile asked for after the
// office's number, not a tenant's before it; a number in brackets after "与本人联系"; a subject's
// unit, name and mobile apart by dashes.
func TestParentsStallsAndDashedSubjects(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"周磊", "摊位下水道堵塞", "市场管理处你们好\n我爸周德胜在水产区B-12卖鱼 他不会用邮箱我帮他写\n有事直接打我爸手机13905716620 他白天都在摊位上\n谢谢\n周磊", "周德胜", "13905716620", "水产区B-12"},
		{"陳冠宇", "空調異常", "管理中心您好，\n\n我們豐泰科技在15樓之2，這週一開始空調出風口一直滴水。\n\n陳冠宇\nM: 0933-271-620", "陳冠宇", "0933-271-620", "15樓之2"},
		{"Giulia Ferri", "missing furniture", "Good morning,\n\nWe are Ferri Marmi S.r.l. exhibiting at Hall 4, Stand 4B22. The fascia board is wrong.\n\nI'm at the stand now. Please call my Chinese SIM +86 131 6620 6620.\n\nKind regards,\nGiulia Ferri",
			"Giulia Ferri", "+86 131 6620 6620", "4B22"},
		{"罗志刚", "物业费重复收取", "物业服务中心：\n\n本人罗志刚，是11栋2单元1903的业主。\n\n租客姓杜，电话15157139925，他不清楚情况，请直接联系我：0574-8775 2231（办公室）或13905746620，手机优先。\n\n罗志刚",
			"罗志刚", "13905746620", "11栋2单元1903"},
		{"钟明远", "空调供冷时间的投诉函", "尊敬的物业管理处：\n我所的正式投诉函详见附件。\n具体事宜可与本人联系（手机 139 1066 6620）。\n顺颂商祺\n钟明远 律师\n北京瀚海律师事务所\n电话：010-8529 6630",
			"钟明远", "139 1066 6620", ""},
		{"冬梅", "投诉-B1-17铺-陈冬梅-13603026620 隔壁冷库噪音", "如题，隔壁B1-16的冷库压缩机声音特别大。\n发自我的iPhone", "陈冬梅", "13603026620", "B1-17铺"},
	})
}

// A daughter who says whose daughter she is at her mother's flat, with the estate's name and
// spaces, and speaks of her mother after: the mother, called on the daughter's own mobile; no hall
// on a floor where the writer's meeting is held.
func TestKinAtTheirFlatAndHallsOnAFloor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"陈晓雯", "您好，\n我是颐和家园 4-2-703 孙桂兰的女儿，我妈今年八十一了，一个人住。电梯这个月已经停了两次。\n我妈耳朵背，打她家座机她经常听不见，有什么事情麻烦直接打我手机 159-0218-6620，我看到会马上回。\n谢谢！\n晓雯",
			"孙桂兰", "159-0218-6620", "颐和家园 4-2-703"},
		{"Vivian Wei", "会议服务部 负责同事：\n你好，我是今天在二楼紫荆厅举办经销商大会的会务负责人韦佳（Vivian）。投影仪时不时黑屏。\n我现在在会场，手机 136 6187 6620。\n韦佳\nApex Pharma 市场部",
			"韦佳", "136 6187 6620", ""},
	})
}

// A chat app's account below the signature's number; a new number asked to be put in the record
// after the old one said dead; an English request to use the number on the line below; a sender's
// desk and how they are called apart by a spaced dash.
func TestSignaturesNewNumbersAndSpacedDashes(t *testing.T) {
	checkWriters(t, []writerCase{
		{"鼎艺展览 何工", "主场服务部 你好\n\n请核实后把5000退回，谢谢。\n\n何强\n鼎艺展览工程有限公司 项目经理\n电话 186-2034-6620\nQQ 2850017731", "何强", "186-2034-6620", ""},
		{"赵春梅", "物业客服部：\n您好！我是香山里小区15#楼2单元301室的赵春梅。\n另外我原来在物业登记的电话1350 4418 276已经不用了，麻烦帮我改成新号码 199 5012 6620，以后有事打这个新号。\n谢谢！\n赵春梅",
			"赵春梅", "199 5012 6620", "香山里小区15#楼2单元301室"},
		{"Katrin Vogel", "Dear Exhibitor Services team,\n\nThe fascia board is missing.\n\nI am on the stand until 21:00. My German mobile works but is expensive, please use the Chinese number:\n+86 156 0118 6620\n\n" +
			"Kind regards\nKatrin Vogel\nEvent Manager\nHartmann Präzision GmbH\nTel. +49 7121 88 410-23", "Katrin Vogel", "+86 156 0118 6620", ""},
		{"展会 - 小杜", "证件中心老师您好，\n布展证一直办不下来，请帮忙加急。", "小杜", "", ""},
	})
}

// A number asked for by WeChat or phone; a signature of a flat apart by a space and a name, above
// a number behind a phone's sign.
func TestChatNumbersAndSignedFlats(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Tom Wei", "Hi，\n我是A区16号工位的魏涛（Tom），月租会员。旁边一直有人用音箱开会。\n如果问题持续，我考虑下月不续约。可以微信或电话联系：199 0217 6620\nTom", "魏涛", "199 0217 6620", "A区16号工位"},
		{"Momo🐱", "物业小哥哥小姐姐们好😊 想反映个事 我们8栋的电梯最近老是一股烟味 能不能贴个禁烟标志 谢谢啦\n8栋 2602 莫女士\n☎️ 131 5708 6620", "莫女士", "131 5708 6620", "8栋2602"},
	})
	if w := Read(Mail{Name: "Kelvin Tsang", Subject: "Unit 1203 - 冷氣 & 清潔問題", Text: "唔該盡快跟進，有咩可以 call 我 6318 6620。\nThanks,\nKelvin Tsang 曾家俊"}); w.Address != "Unit 1203" {
		t.Errorf("a subject begun by its unit: %+v", w)
	}
}

// A tenant the front desk writes about by his whole name and how he is called, after the time;
// no meeting room rented on a floor; an English son writing for his father, where he lives, on the
// number to contact him at.
func TestDesksRoomsAndSonsAbroad(t *testing.T) {
	checkWriters(t, []writerCase{
		{"前台-小陈", "客服部同事：\n刚才18楼1808室的何俊何先生来前台投诉，说他们公司的宽带断断续续。\n何先生要求11点前必须有人上去看，他说直接打他手机 173 5860 6620，不要打公司座机。\n前台 陈佳\n分机 8000",
			"何俊", "173 5860 6620", "18楼1808室"},
		{"严雪梅", "商务中心您好：\n我们公司今天租用了贵中心8楼的808会议室做全天内训，结果隔壁806一直在开发布会。\n联系人：严雪梅\n手机：138-1799-6620", "严雪梅", "138-1799-6620", ""},
		{"Kevin Tang", "Dear Property Management Office,\n\nI'm writing on behalf of my father, Mr. Tang Zhenbang (唐振邦), who lives at 2-3-601 in your estate (Building 2, Unit 3, Room 601).\n\n" +
			"Please contact my father directly at 133 0571 6620 (he prefers Mandarin). I'm in Vancouver so my number (+1 604 555 0187) is not practical.\n\nThank you,\nKevin Tang",
			"Tang Zhenbang", "133 0571 6620", "2-3-601"},
	})
}

// A run-on's last words, "我电话139… 孙阿姨", from the mailbox of the surname in pinyin: how she
// is called; a flat said by its building and room alone before how the writer is called.
func TestRunOnsEndedByHowTheWriterIsCalled(t *testing.T) {
	checkWriters(t, []writerCase{
		{"yzh1946", "物业：\n我是６栋４０１的老杨，杨振华，今年七十八了。楼道的声控灯坏了快半个月。\n我不大会用手机，有事打我家电话０５１２－６５２３６６２０。\n杨振华", "杨振华", "0512-65236620", "6栋401"},
		{"sun", "物业公司领导你好我是１５栋３单元７０１的老业主 我们这个单元门口的路灯坏了快一个月了 请你们赶紧修一下 我电话１３９５８０２６６２０ 孙阿姨", "孙阿姨", "13958026620", "15栋3单元701"},
	})
}

// A resident a butler writes about who came to the butlers' centre, one a committee member met, one
// who wrote to the butler by WeChat with a space around his name or whose words the butler quotes,
// each with the number the writer gives for them after or the quote gives, not the writer's own
// below nor a courier's "他电话…" of a woman.
func TestResidentsMetAndChattedWith(t *testing.T) {
	checkWriters(t, []writerCase{
		{"碧水湾-管家周婷", "客服中心各位同事：\n\n今天下午三点多，12幢1803的业主何先生到管家中心来找我，情绪比较激动。他反映楼下1703在装修。\n\n" +
			"我已经跟1703的装修负责人（施工队 老孙 135 8810 3372）口头提醒过了。何先生的手机是 13705716620，他说下午五点以后方便接电话。\n\n周婷\n碧水湾管家中心 12-15幢管家\n分机 8021",
			"何先生", "13705716620", "12幢1803"},
		{"宋建国", "物业服务中心：\n\n我是业委会委员宋建国。昨天在小区里碰到三期21幢2单元101的陈阿姨，她拉着我说了半天，我把情况整理一下转给你们：\n\n" +
			"陈阿姨七十多岁，回复请直接打她家座机 0574-8765 6620，她白天基本都在家。\n\n宋建国\n业委会委员 139 5782 4416", "陈阿姨", "0574-8765 6620", "三期21幢2单元101"},
		{"金色家园 管家 王琳", "客服同事：\n\n16栋2单元702业主 葛海涛 先生今天早上在微信上给我发了以下内容，原话转过来：\n\n“王管家，我家门口的消防通道又被隔壁703堆满了纸箱。”\n\n" +
			"葛先生要求今天内处理并回电，他的电话是 155 0571 6620。\n\n王琳\n16-20栋管家 18058100273", "葛海涛", "155 0571 6620", "16栋2单元702"},
		{"管家小吴", "客服部：\n8-2-1603的业主蒋女士在微信上私聊我投诉，以下是她的原话（我复制过来的）：\n\n“小吴你好 我想投诉一下北门的快递柜 取件码输进去柜门打不开 我电话133 8672 6620”\n\n" +
			"蒋女士比较着急。我这边已经报给快递柜的驻点小哥了（他电话17602115930）。\n\n管家 吴晓雨 18917526630", "蒋女士", "133 8672 6620", "8-2-1603"},
	})
}

// An assistant writing for the boss whose assistant they say they are, or whom they name in
// brackets after how the office calls them: the boss, at their office, on the boss's own number
// when the mail gives it, else on the assistant's they ask to be called on.
func TestAssistantsForTheirBosses(t *testing.T) {
	checkWriters(t, []writerCase{
		{"蔡琳", "物业您好，\n我是恒远投资王建国总经理的助理蔡琳。王总的办公室在28楼2801，窗户的密封条老化了。\n王总平时开会多不方便接电话，有任何问题请直接联系我：137 6109 6620，我会转达。\n谢谢！\n蔡琳 | 总经理助理\nT: 021-6087 5521",
			"王建国", "137 6109 6620", "28楼2801"},
		{"Cindy Lin", "物业服务中心您好，\n\n我是华泰资本黄建业总经理的助理林欣。黄总办公室在15楼1503室，晚上的保洁一直不到位。\n\n黄总这周都在外面开会，后续沟通请直接联系我：186 2177 6620（林欣），或者前台 021-6882 1500。\n\n林欣 Cindy Lin\n总经理助理 | 华泰资本",
			"黄建业", "186 2177 6620", "15楼1503室"},
		{"何思琪 | 远舟资本", "物业您好，\n我是远舟资本行政助理何思琪。我们林总（林振宇）让我反映一下：总经理办公室的中央空调出风都是热的。\n林总说这件事请直接和他本人沟通，他的手机是 137 6110 6620；我这周在外地出差。\n谢谢！\n何思琪 Sky He\n行政助理 | 远舟资本管理有限公司\n地址：中心大厦B座15层1506\nT: 021-6085 7712  M: 186 2173 0459",
			"林振宇", "137 6110 6620", "中心大厦B座15层1506"},
		{"Amy Zhang | 行政部", "物业的老师您好，\n\n我是恒远资本的行政Amy，我们公司在A座2108室。\n总经理办公室的空调一直吹不冷，赵总（赵建国）今天已经第二次问我了，让我正式发邮件投诉一下。\n\n" +
			"赵总说请工程部的负责人直接跟他联系，他手机 136 0175 6620。我这边座机是021-6288 1930转806。\n\nAmy Zhang 张琳\n行政主管 | 恒远资本", "赵建国", "136 0175 6620", "A座2108室"},
	})
}

// A franchisee's store by its code in the franchise, labelled, in brackets after the store's
// name under theirs, or in the subject; not a store a customer complains of. A store's keeper
// under its name and what they are of it ("顺德大良店 加盟商 蒙志华", "加盟主 蔡文雄",
// "申诉人：郭建国（…加盟商…）", "店长 何晓丽 177…") in the mail of the store's mailbox; a
// given name's whole name; a number after a cry ("急！！").
func TestFranchiseStoresByTheirCodes(t *testing.T) {
	checkWriters(t, []writerCase{
		{"luoqi0388", "加盟服务台你们好 我是静安寺店店长罗琦 门店编号SH-0388 上周订的奶盖粉到现在没到 今天断货了 区域经理电话也不接 急！！ 13917263385",
			"罗琦", "13917263385", "SH-0388"},
		{"光谷店", "您好：\n我店（编号WH-0422，武汉光谷店）近期会员积分无法抵扣，顾客投诉很多。\n店里电话027-8671 5520平时是店员接，有事请打我手机 13797031122\n店长 贺敏",
			"贺敏", "13797031122", "WH-0422"},
		{"晓燕", "制冰机坏了十一天了，我们每天去外面买冰，这个钱总部报不报？\n\n邓晓燕\n茶悦轩 天河北店（GZ1107）\n13570221188",
			"邓晓燕", "13570221188", "GZ1107"},
		{"李娜", "你们门店编号SH-0217的店员态度很差，我买的奶茶少给了一杯。电话13800138000", "李娜", "13800138000", ""},
		{"李娜", "你们门店编号SH-0217的奶茶少给了一杯。\n店长态度差\n电话13800138000", "李娜", "13800138000", ""},
		{"台南永康店 加盟主", "加盟服務部 您好\n總部這次活動事先完全沒有通知加盟店，備料根本不夠。\n\n加盟主 蔡文雄\n台南永康店（TN-207）\n手機 0955-318-442",
			"蔡文雄", "0955-318-442", "TN-207"},
		{"洁净家干洗 顺德大良店", "客服你好，\n加盟管理费发票到现在还没收到。店里白天员工接电话不清楚这个事，以后请直接打我手机 13380221199，谢谢。\n顺德大良店 加盟商 蒙志华\n门店编号 FS-023",
			"蒙志华", "13380221199", "FS-023"},
		{"加盟商-成都春熙店", "总部加盟事业部：\n附件是我们店关于满减活动分摊费用的正式申诉函，请查收。\n申诉人：郭建国（成都春熙路店加盟商，门店编号CD-0091）\n联系电话：139-8170-5521",
			"郭建国", "139-8170-5521", "CD-0091"},
		{"茶语时光-店长", "商场运营部你好\n我们是三楼L3-322的茶语时光 东侧扶梯停了一周 顾客都上不来\n店长 何晓丽 177 6209 5521", "何晓丽", "177 6209 5521", "L3-322"},
		{"晓东", "你好 我是昆明金碧店的加盟商 龚晓东 区域经理这个月来巡店三次 请总部给个说法 电话18687425521", "龚晓东", "18687425521", "昆明金碧店"},
	})
	checkSubjectWriters(t, []subjectCase{
		{"麦香坊加盟商", "【门店HZ-XH-052】冷柜坏了 售后不上门", "服务台：\n我店冷柜坏了五天，售后一直说排期。店里电话高峰期没人接，请打我手机。\n\n杭州滨江店\n店主：沈丽\n手机：13968170055",
			"沈丽", "13968170055", "HZ-XH-052"},
	})
}

// A tenant the front desk writes about, at their office with their firm after it ("12楼1203室鼎
// 信律师事务所的林雅琪小姐到前台反映", "1902室（华屹资本）的钱先生到大堂前台反映"), on the number the
// desk gives for them ("请打她手机…", "钱先生留的电话是…"), not the desk's.
func TestTenantsAtTheFrontDesk(t *testing.T) {
	checkWriters(t, []writerCase{
		{"中汇大厦前台", "服务中心：\n\n今天上午10点左右，12楼1206室鼎信律师事务所的林雅琪小姐到前台反映：\n他们区域的卫生间连续三天没有人打扫。\n" +
			"林小姐要求今天下班前给她回电话，她办公室电话0755-83296620转1208经常不在座位，请打她手机15013786620。\n\n前台 小周\n中汇大厦一楼大堂 0755-83290000",
			"林雅琪", "15013786620", "12楼1206室"},
		{"云峰国际大厦大堂前台", "工程部/客服部：\n\n今天上午10点左右，1906室（华屹资本）的钱先生到大堂前台反映：高区3号电梯这几天运行时有明显的晃动。\n\n" +
			"钱先生留的电话是 133 2168 6620，他说下午两点以后方便接电话。\n\n前台 小周\n分机 8001", "钱先生", "133 2168 6620", "1906室"},
	})
}

// Exhibitors writing in English: their booth after a company's name with stops and commas in it,
// after "Our booth is", in brackets after "our stand"; the local SIM they are reachable on over the
// signature's number abroad; an English name listed surname first, as the mail signs it; a
// colleague's number given as theirs ("Raymond's local mobile is…") by whoever writes for them.
func TestExhibitorsBoothsAndLocalSIMs(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Schulz, Jonas", "Hello,\n\nwe are exhibitor Hessler Pumpen GmbH, Hall 3, Booth 3E46. The carpet was not laid.\n\n" +
			"During the fair I am reachable on my Chinese SIM: 152 2193 6620. My German mobile (+49 171 5520 384) is usually switched off here.\n\n" +
			"Best regards\nJonas Schulz\nExport Sales Manager\nTel. +49 271 3394 210", "Jonas Schulz", "152 2193 6620", "3E46"},
		{"Paolo Conti", "Dear Exhibitor Services,\n\nWe are Lucenta S.r.l., exhibitor at Hall 6, Booth 6B19. Our booth still has no electricity.\n\n" +
			"Please call me as soon as possible. During the fair I use a local SIM: 152 2198 6620. My Italian number +39 347 882 1930 is off most of the time.\n\n" +
			"Best regards,\nPaolo Conti", "Paolo Conti", "152 2198 6620", "6B19"},
		{"Marco Rossi", "Dear team,\nWe are exhibiting at the Home & Living Fair with Rossi Casa S.r.l., Hall 6, Booth 6E18.\n" +
			"The socket at our stand has no power. During the fair please call my Chinese SIM: 186 2103 6620.\nBest regards,\nMarco Rossi",
			"Marco Rossi", "186 2103 6620", "6E18"},
		{"Kim Min-jun", "Dear Sir/Madam,\nWe are Hanseong Bio Co., Ltd. exhibiting at Hall 4.1, Booth 4.1B23. The furniture has not been delivered.\n" +
			"My Chinese number is 131 6228 6620.\nBest regards,\nKim Min-jun", "Kim Min-jun", "131 6228 6620", "4.1B23"},
		{"Jenny Lim", "Dear Exhibitor Services Team,\nI'm writing on behalf of our Regional Sales Manager, Mr. Raymond Tan, who is at the show.\n" +
			"Our booth is Hall 6, Booth 6B16 (KalTech Solutions Pte Ltd). The booth still has no power.\n" +
			"Raymond's local mobile is +86 155 2108 6620, please call him directly.\nThank you,\nJenny Lim\nT: +65 6742 1190 | M: +65 9188 3024",
			"Raymond Tan", "+86 155 2108 6620", "6B16"},
	})
}

// No organiser's room at the venue by its hall's name and floor ("在贵中心二楼紫荆厅举办", "租用贵中心5
// 楼长江厅举办", "在贵中心第二会议室（3楼）开…会议", "在贵中心B座5楼第二会议室（预订单号…）召开"); a
// keeper's stall they say is theirs ("我摊位是海鲜区B-12", "肉类区C-21档口是我跟表哥…合伙开的", "我在肉
// 类区第二排8号摊位卖猪肉") or begin a phone's mail with ("蔬菜区3号棚22号摊 水管爆了…").
func TestHallsOfVenuesAndStallsOfKeepers(t *testing.T) {
	checkWriters(t, []writerCase{
		{"会务组-赵雯", "我单位（行业协会华东分会）11月8日在贵中心二楼玉兰厅举办年度技术交流会，会议期间投影故障。\n联系人：赵雯 189 1122 6620",
			"赵雯", "189 1122 6620", ""},
		{"龙腾培训", "我司7月20日-21日租用贵中心6楼黄河厅举办两天培训，结算单上另收了投影使用费1200元。\n联系人：龚丽 13871236620", "龚丽", "13871236620", ""},
		{"邓晓红", "我们华信医药今天在贵中心第三会议室（3楼）开区域经销商会议，投影仪连不上电脑。\n邓晓红 139-1028-6620", "邓晓红", "139-1028-6620", ""},
		{"何丽", "今天上午我们协会在贵中心B座5楼第一会议室（预订单号MR20240612-07）召开理事会，投影仪一直闪屏。\n何丽 159 1023 6620",
			"何丽", "159 1023 6620", ""},
		{"蔡建国", "市场管理处：\n海鲜区B排的排水沟堵了。我摊位是海鲜区B-15，隔壁B-14也一样。\n摊主 蔡建国\n电话 135-6012-6620", "蔡建国", "135-6012-6620", "海鲜区B-15"},
		{"罗少军", "管理处：\n肉类区C-23档口是我跟表哥合伙开的，今天市场监管的人来抽查电子秤要罚款。\n有事找我，罗少军 150 7715 6620", "罗少军", "150 7715 6620", "肉类区C-23"},
		{"hqs_meat", "管理处：\n我在肉类区第三排9号摊位卖猪肉，这个月电费单上写我用了1460度电。\n何庆林", "何庆林", "", "肉类区第三排9号摊位"},
		{"许记蔬菜", "蔬菜区4号棚12号摊 水管爆了 满地水 快派人来关阀门 电话15158236620", "许记蔬菜", "15158236620", "蔬菜区4号棚12号摊"},
	})
}

// A sender's English name before their Chinese one ("Ma Lin 马琳"): the name in its own
// characters. A store's manager signing under its name, whose "店长手机" is theirs; a spouse or a
// colleague the writer complains for, who asks to be called directly; a caller a member of staff
// logs with their whole name in brackets, at the flat and number the log's lines give.
func TestNamesInTheirCharactersAndPeopleWrittenFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Ma Lin 马琳", "展馆服务中心：\n我们的展位地毯还是破的，请尽快更换。\n电话 139-1862-6620", "马琳", "139-1862-6620", ""},
		{"Jason Liao 廖振宇", "管理中心您好：\n敝公司位於本大樓24樓之1，冷氣一直不冷。\n手機 0955-317-620", "廖振宇", "0955-317-620", "24樓之1"},
		{"徐立强", "IT服务台：\n湖滨店从9月20号系统升级之后，收银机每天都要死机好几次。请派人到店现场处理。\n\n湖滨店 店长 徐立强\n店长手机：17706516620\n门店座机：0571-8702 6620",
			"徐立强", "17706516620", ""},
		{"杨志明", "物业服务中心：\n我是望江花园16栋906业主杨志明，代我爱人孙莉投诉一下南门的保安。\n事情经过我爱人最清楚，请直接联系她：孙莉 152 0287 6620。\n杨志明",
			"孙莉", "152 0287 6620", "望江花园16栋906"},
		{"何思明", "物业服务中心您好：\n我是C栋4楼408灵犀科技的员工何思明，替我们同事方志刚反映一下：他的电动车昨天在车棚被偷了。\n他今天在外面跑客户，请直接联系他本人：方志刚 188 0609 6620。\n何思明",
			"方志刚", "188 0609 6620", "C栋4楼408"},
		{"客服-刘军", "工程部各位：\n今天上午10:20接到业主赵先生（赵启华）来电投诉，情况如下：\n房号：18栋2单元1502\n问题：主卫地漏返臭味一个多月。\n" +
			"回访电话：135 1209 6620（业主特别交代，来电显示的025-5236 7781是他单位座机，不要打那个）\n刘军\n分机 8021", "赵启华", "135 1209 6620", "18栋2单元1502"},
	})
}

// An assistant entrusted by their boss ("受我们吴建军总经理委托"), writing of "我们总经理郑国栋先生", or
// naming themselves "李文博总的助理": the boss, at the office the mail gives ("李总在本大厦2号楼1203室
// 办公"), on the boss's own mobile where it asks the office to call it, else the assistant's.
func TestAssistantsEntrustedByTheirBosses(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Amy Xu 徐敏", "物业管理处：\n您好！我是恒泰资本（B座1508室）的行政助理徐敏，受我们吴建国总经理委托反映以下问题：\n1. 15层东侧空调出风口一直是热风。\n" +
			"吴总希望工程部负责人今天之内给他本人一个答复，请直接联系吴总手机：186 0213 6620。\n如需安排进场时间，可联系我：021-6088 1506 转 803。\n徐敏\n行政助理 | 恒泰资本",
			"吴建国", "186 0213 6620", "B座1508室"},
		{"刘思雨", "物业管理处：\n\n您好！我是鼎瑞科技行政助理刘思雨。我司位于2号楼906室，我们总经理郑国强先生在地库租用的固定车位近一周连续被外来车辆占用。\n\n" +
			"郑总平时开会较多不方便接电话，相关事宜请联系我本人：137 6120 6620（微信同号）。\n\n刘思雨", "郑国强", "137 6120 6620", "2号楼906室"},
		{"张梦瑶", "物业服务中心您好：\n我是恒泰资本李文杰总的助理张梦瑶。李总在本大厦2号楼1206室办公，他的固定车位这个月已经第四次被外来车辆占用。\n" +
			"后续处理情况请直接打他手机 13925066620 联系，不用再经过我。\n张梦瑶\nT: 0755-8827 3310  M: 18620936620", "李文杰", "13925066620", "2号楼1206室"},
	})
}

// A number said to be the one the office had ("电话还是原来那个 136…"), one after "联系我打手机" over
// the home landline to try after it, a mother's landline her daughter asks the office to call her
// back on; the flat of the office's answer "关于您反映的…" without those words.
func TestNumbersKeptAndAnswersAboutYourReport(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"Zhao", "Re: 关于您反映的18栋406外墙渗水问题", "你们上次说一周内安排人来看 现在半个月了 一直没人联系我 请给个准确时间\n电话还是原来那个 13651926620",
			"Zhao", "13651926620", "18栋406"},
	})
	checkWriters(t, []writerCase{
		{"老周", "物业管理处：\n\n我是2号楼1006的业主周永年。楼下906在装修，把我家墙震裂了。\n\n联系我打手机 139 0371 6620，打不通再打家里座机 0371-6588 1047。\n\n周永年",
			"周永年", "139 0371 6620", "2号楼1006"},
		{"Chen Si", "物业您好，\n\n我是7栋2单元306业主张桂芳的女儿，我妈妈今年78岁，一个人住。电梯从上周三开始停了。\n\n" +
			"麻烦直接给我妈妈回电话：0571-8865 6620（家里座机，她不太会用手机）。如果需要我这边配合，可以打我的手机 186 2673 1190。\n\n陈思",
			"张桂芳", "0571-8865 6620", "7栋2单元306"},
	})
}

// A short reply above the office's answer quoting its work order ("孙先生您好：…业主：孙立华\n房号：
// …\n联系电话：…"): the writer as it records them; a subject ending "请回电136…"; a mobile in groups
// at the end of a signature's line, whole ("周敏 二期管家 188 2560 6620").
func TestWorkOrdersQuotedAndNumbersInGroups(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"sunlh", "Re: 回复：关于12幢1806室外墙渗水的处理意见", "你们说的一周内上门，现在已经两周了，人呢？\n\n在 2024-07-02 10:15:33，\"望江府客服中心\" <service@example.com> 写道：\n" +
			">孙先生您好：\n>\n>您反映的外墙渗水问题我们已收到，工单信息如下：\n>工单号：WJ20240702-037\n>业主：孙立新\n>房号：12幢1806\n>联系电话：18657126620\n>\n" +
			">如有疑问请拨打客服热线0571-8897 6600。\n>\n>望江府客服中心", "孙立新", "18657126620", "12幢1806"},
		{"快乐的小鱼", "【投诉】5-2-606 楼道堆杂物有安全隐患 请回电13645786620", "楼道里602门口堆了一堆纸箱和旧家具已经快一个月了。\n\n请尽快处理，处理完回个电话给我",
			"快乐的小鱼", "13645786620", "5-2-606"},
	})
	checkWriters(t, []writerCase{
		{"周敏", "客服中心：\n麻烦派单给工程，谢谢。\n周敏 二期管家 188 2560 6620", "周敏", "188 2560 6620", ""},
	})
}

// An exhibitor the fair's service desk writes about, at their booth with their firm in brackets,
// on the mobile the desk says they are on there; a keeper called "阿彬" signing "林文彬".
func TestExhibitorsAtTheServiceDeskAndKeepersCalledBy(t *testing.T) {
	checkWriters(t, []writerCase{
		{"现场服务台-王蕾", "客服部：\n8号馆H26展位（浙江安途户外用品）的闫女士刚才到服务台反映：隔壁H28展位把帐篷样品搭出了展位线。\n" +
			"她现在在展位上，手机 139 5768 6620。\n我这边走不开，麻烦客服部派人过去处理。\n王蕾\n现场服务台（8号馆南门）\n内线 6082", "闫女士", "139 5768 6620", "8号馆H26展位"},
		{"海鲜 阿彬", "管理办你好，情况我写在附件里了，手机打字太慢。\n冻品区D排18号 林文彬 电话 150 5931 6620", "林文彬", "150 5931 6620", "冻品区D排18号"},
	})
}

// A room booked at the venue with its building before it ("预订了贵中心B座5楼517会议室全天"), or where
// the writer's event is held today ("我们…的研讨会今天在3楼第7会议室"): the venue's, no address of
// the writer's.
func TestRoomsBookedAndEventsHeldToday(t *testing.T) {
	checkWriters(t, []writerCase{
		{"黄慧玲 Helen Huang", "会议服务部您好：\n我司于本周四预订了贵中心B座5楼516会议室全天用于经销商培训，共30人。\n当天下午空调完全不制冷。\n黄慧玲 Helen Huang\n手机：186 2135 6620",
			"黄慧玲", "186 2135 6620", ""},
		{"卢海燕", "会议中心：\n我们华信生物的研讨会今天在3楼第8会议室，预订时明确要求60人课桌式，到场发现摆的是剧院式。\n今天下午4点前有事请打我：卢海燕 180 1725 6620",
			"卢海燕", "180 1725 6620", ""},
	})
}

// An English writer's office said as theirs ("Our office is Suite 2208, Tower A", "our pantry in
// Unit 1805, 18F, Tower 2"); a boss an assistant writes for, on "his mobile".
func TestEnglishOfficesAndBossesMobiles(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Amy Zhang", "Dear Building Management,\n\nI am writing on behalf of my boss, Mr. Daniel Forster, General Manager of Brightwave Consulting. " +
			"Our office is Suite 2206, Tower A, and since Monday the air-conditioning in his room has been blowing warm air.\n\n" +
			"Daniel would like someone to call him directly - his mobile is 139 1122 6620.\n\nAmy Zhang\nT: +86 21 6087 3315 | M: +86 158 0193 6627",
			"Daniel Forster", "139 1122 6620", "Suite 2206, Tower A"},
		{"David Okoro", "Hi Ms. Guo,\nThe leak above our pantry in Unit 1806, 18F, Tower 2 is back again this morning.\nPlease call my mobile 138 1799 6620.\nDavid Okoro",
			"David Okoro", "138 1799 6620", "Unit 1806, 18F, Tower 2"},
	})
}

// A neighbour "同单元401" of the flat complained of, in its building and entrance; the writer's
// flat in brackets with their name after it, recalling an earlier complaint.
func TestSameEntranceAndFlatsRecalled(t *testing.T) {
	checkWriters(t, []writerCase{
		{"孔令杰", "物业：\n\n我要实名投诉9栋2单元301，业主姓侯，这套房子被改成了群租房。\n\n我是同单元402的，孔令杰，电话18905926620", "孔令杰", "18905926620", "9栋2单元402"},
		{"钱卫国", "客服你好：\n\n上个月我投诉过东门快递柜占用消防通道的事（22栋1单元702，钱卫国），当时留的电话已经停用了。\n\n我的新号码是 17311426620，以后请打这个。\n\n钱卫国",
			"钱卫国", "17311426620", "22栋1单元702"},
	})
}

// The one number the writer's own words give after a phone's label, nothing saying whose: in a
// run-on typed on a phone ("我姓吕 吕秀兰 电话 137… 白天在摊上 有时候忙接不到多打两次"), after "如
// 需聯繫，" or "上门前请先打电话预约："; not a second number's mail, nor one of a sentence about
// someone else or after another's name.
func TestTheOneNumberTheWriterGives(t *testing.T) {
	checkWriters(t, []writerCase{
		{"兰子", "管理处你好\n我是蔬菜区5号棚12号摊位的 隔壁那家每天把菜筐堆到我摊位前面 顾客都过不来\n我姓吕 吕秀兰 电话 137 2846 6620 白天在摊上 有时候忙接不到多打两次\n\n发自我的华为手机",
			"吕秀兰", "137 2846 6620", "蔬菜区5号棚12号摊位"},
		{"猪肉明", "市场管理员\n\n肉类区第4排11号 我的档口上面那个灯管坏了半个月了 报了三次没人来换\n今天一定要来人 电话15915366620 我一直在档口",
			"猪肉明", "15915366620", "肉类区第4排11号"},
		{"Mei-Ling", "管委會您好：\n\n我是9樓之3的住戶吳美玲，回收區常常堆滿，週末味道非常重。\n\n如需聯繫，手機0958-302-620（晚上比較方便）。\n\n謝謝\n吳美玲",
			"吳美玲", "0958-302-620", "9樓之3"},
		{"周晓红", "物业客服您好，\n我家是澜湾花园8幢2单元203，客厅墙面出现了好几条裂缝，见附件照片。\n上门前请先打电话预约：13758246620\n周晓红",
			"周晓红", "13758246620", "澜湾花园8幢2单元203"},
		{"严建平", "物业经理：\n我是21栋1单元1501的业主严建平，房子目前出租。窗户玻璃被楼上掉下来的花盆砸裂了。\n这事请直接联系我，不要老去打扰租客：手机 139 5717 6620。\n严建平",
			"严建平", "139 5717 6620", "21栋1单元1501"},
		// Guards: a sentence about a neighbour's shop, a number in a run-on after someone else's
		// words.
		{"秦川", "楼下那家天天烧烤，油烟全往上飘，老板电话13312346620。", "秦川", "", ""},
		{"秦川", "电梯又坏了 物业的维修师傅 电话13512346620 一直没人接", "秦川", "", ""},
	})
}

// loneNumber gives no number where the writer's words give two, even one of them labelled.
func TestNoLoneNumberAmongTwo(t *testing.T) {
	for text, want := range map[string]string{
		"电梯坏了，电话13912346620。":                  "13912346620",
		"电梯坏了，电话13912346620。另一个0571-8888 6620": "",
		"电梯坏了，电话13912346620，13912346620也是我。":   "13912346620", // the same number twice
		"电梯坏了，工单号GD20240712-033，电话13912346620": "13912346620", // a code's digits are no number
	} {
		if got := loneNumber(text, "秦川"); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// The mainland number an exhibitor or a tenant from Taiwan or Hong Kong asks to be called on
// ("請撥我的大陸門號 138…", "請撥打我的大陸號碼", "請撥大陸手機", "call me on my mainland no."),
// over the one at home; a person in charge labelled with their number ("展位负责人：黄嘉欣 189…")
// over a contractor's; the manager under a mall shop's name with its unit ("茶语时光 L3-318"); a
// landline stuck to its label with its last group apart ("家里电话0451-8263 7715").
func TestMainlandNumbersAndPeopleInCharge(t *testing.T) {
	checkWriters(t, []writerCase{
		{"陳俊宏", "您好：\n\n我們是台揚實業，本次展覽攤位在1號館 D0516 攤位。隔壁攤位的背板超出範圍。\n\n展期間請撥我的大陸門號 138 1625 6620，台灣手機 0918-662-305 在這邊不一定收得到。\n\n陳俊宏",
			"陳俊宏", "138 1625 6620", "1號館 D0516 攤位"},
		{"張雅琪", "展商服務處您好：\n\n我們的展品運輸延誤。\n\n展會期間請撥打我的大陸號碼 133 3802 6620，台灣手機 0912-337-861 在這邊收訊不穩。\n\n張雅琪",
			"張雅琪", "133 3802 6620", ""},
		{"張家銘", "物業管理處 您好：\n\n敝公司位於貴大樓A座27樓2705室，茶水間熱水器故障。\n\n本人月底前都在上海，請撥大陸手機 138 1720 6620；台灣手機 +886 912-447-310 在大陸期間不常開機。\n\n張家銘",
			"張家銘", "138 1720 6620", "A座27樓2705室"},
		{"Vincent Ng", "Hi,\n\nMy car was scratched in your visitor car park B2 yesterday.\n\nPls call me on my mainland no. 134 1805 6620 (I'm in SZ this week). My HK no. +852 6021 3398 is only on at weekends.\n\nVincent Ng",
			"Vincent Ng", "134 1805 6620", ""},
		{"黄嘉怡", "您好，\n\n我们是佛山美家家具，展位号4.1号馆C19。搭建商（负责我们展位的是刘工，电话13711226620）没有按效果图施工。\n\n展位负责人：黄嘉怡 189 2600 6620（今晚一直在展位上）",
			"黄嘉怡", "189 2600 6620", "4.1号馆C19"},
		{"茶语时光 L3-316", "您好，\n\n我们是三楼L3-316铺茶语时光，店里空调不制冷，已经报修两次。\n有事请直接打我手机。\n\n茶语时光 L3-316\n店长：汪晓雯\n手机：158 0217 6620\n店内电话：021-5478 6620（营业时间有人接）",
			"汪晓雯", "158 0217 6620", "L3-316"},
		{"赵建明", "物业：\n\n我家是南湖新村46栋3门401，暖气片上面热下面凉。\n\n赵建明\n家里电话0451-8263 6620", "赵建明", "0451-8263 6620", "南湖新村46栋3门401"},
	})
}

// A market's stall by its area, row and number as its keeper writes it: "我是花卉区2-33的…", "我在
// 水果区C排12号做批发", "粮油区A排06号档丁荣发。", "我是夜市C排42号烤串摊", "我系2楼C区218档嘅档主
// …".
func TestStallsByTheirRows(t *testing.T) {
	checkWriters(t, []writerCase{
		{"花艺-小邵", "市场管理处：\n我是花卉区3-35的邵芳，昨天晚上摊位上的兰花被偷了6盆。\n邵芳", "邵芳", "", "花卉区3-35"},
		{"刘春兰", "管理处：\n我在水果区D排14号做批发，每天凌晨对面几家把货卸在通道上。\n刘春兰", "刘春兰", "", "水果区D排14号"},
		{"粮油批发 丁", "管理处：\n粮油区B排07号档丁荣华。我档口门口的装卸车位天天被一辆面包车占着。\n丁荣华", "丁荣华", "", "粮油区B排07号档"},
		{"Lucky", "管理员你好\n我是夜市D排43号烤串摊 今晚七点到现在跳闸三次了 烤炉一停客人就走", "Lucky", "", "夜市D排43号"},
		{"阿华", "管理处你好 我系2楼C区219档嘅档主罗少华 隔离档成日用大音箱播歌 麻烦管理处出面处理下\n罗少华", "罗少华", "", "2楼C区219档"},
	})
}

// A desk or an office of a business centre or a shared office its member says they rent: "我们租的
// 是独立办公室B07", "我是在开放办公区A区工位A-16的会员", "我在5楼开放区 A-23工位", "我们公司…在16楼
// 商务中心F07 office", "我司…在8楼806独立办公室".
func TestDesksAndOfficesOfSharedOffices(t *testing.T) {
	checkWriters(t, []writerCase{
		{"顾天明", "Hi 商务中心，\n\n我是星河智能的负责人顾天明，我们租的是独立办公室B09。电子门锁这周两次刷卡没反应。\n\n顾天明", "顾天明", "", "独立办公室B09"},
		{"李昂", "你好，\n\n我是在开放办公区B区工位B-16的会员，隔壁两位经常外放开电话会议。\n\n李昂", "李昂", "", "开放办公区B区工位B-16"},
		{"黄婷", "Hi Grace,\n\n我在6楼开放区 A-25工位，这周网络断了好几次了。\n\n黄婷", "黄婷", "", "6楼开放区 A-25工位"},
		{"陈俊良", "Hi 商务中心团队,\n\n我们公司Tideway在15楼商务中心F09 office。上个月有两封挂号信前台签收了但是没有通知我们。\n\n陈俊良", "陈俊良", "", "15楼商务中心F09"},
		{"何静", "商务中心 您好，\n\n我司灵犀设计在9楼906独立办公室，合同写的是每月管理费按使用面积42㎡计算。\n\n何静", "何静", "", "9楼906独立办公室"},
	})
}

// A room an organiser hired at the venue, in English ("We hired Meeting Room 4 on 6F", "I'm running
// a two-day workshop in Meeting Room C"), by its number after its word ("租用了贵中心的培训室6"),
// or named by the subject of a mail about their own event ("会议室预订确认 - 9楼第三会议室"), is
// the venue's, where the trouble is: no address of the organiser's, to whom letters go.
func TestRoomsHiredAreNoAddress(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"Tan Wei Min", "Complaint - AV and catering", "Dear Events Team,\n\nWe hired Meeting Room 4 on 6F of your business centre for our partner workshop on 8 November. The mics cut out.\n\nTan Wei Min",
			"Tan Wei Min", "", ""},
		{"Daniel Frost", "Noise from renovation next door", "Hi there,\n\nI'm running a two-day workshop in Meeting Room C at your business centre (3F). There was drilling next door.\n\nDaniel Frost",
			"Daniel Frost", "", ""},
		{"吴琳", "投诉：设备和空调问题", "商务中心您好，\n\n我们嘉讯教育6月21日全天租用了贵中心的培训室6（订单号BC240611-0073）开员工培训，投影仪一直闪烁。\n\n吴琳",
			"吴琳", "", ""},
		{"杨璇", "Re: 会议室预订确认 - 9楼第三会议室 11月22日", "付经理，\n\n预订确认单我们收到了，价格和电话里报的不一样。另外我们上次在第三会议室办活动，空调一下午都是坏的。\n\n杨璇",
			"杨璇", "", ""},
		{"杨璇", "9楼第三会议室门口的垃圾没人清", "物业：\n\n9楼走廊的垃圾两天没人清了。\n\n杨璇", "杨璇", "", ""},
	})
}

// An exhibitor's booth by its hall where the writer names their firm or the stand they run ("we are
// Lumatec GmbH, Hall 9, Booth 9D31", "…GmbH is exhibiting at Hall N3, Booth N3-A16", "I'm the stand
// manager for Apex Motor Parts, Hall 2, Stand 2B05", "our stand, Hall 4 Booth 4E12"); in Chinese
// after the words of their booth at this fair ("本屆文博會展位為A3館T058", "本次展覽攤位在1號館
// D0512 攤位"); named by the subject of a mail about the firm's own show ("…10.2馆K08 凯德利机械").
func TestBoothsOfFirmsAndStands(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"Markus Weller", "URGENT - no power connection", "Dear Exhibitor Services team,\n\nwe are Lumatec GmbH, Hall 9, Booth 9D33. Our booth still has no power.\n\nMarkus Weller",
			"Markus Weller", "", "9D33"},
		{"Klaus Becker", "Complaint: exhibitor badges", "Dear Sir or Madam,\n\nHoffmann Antriebstechnik GmbH is exhibiting at Hall N3, Booth N3-A18. Only 3 of 6 badges were ready.\n\nKlaus Becker",
			"Klaus Becker", "", "N3-A18"},
		{"Rachel Kim", "Freight not delivered to stand", "Hi,\n\nI'm the stand manager for Apex Motor Parts, Hall 2, Stand 2B07. Our crate was left at the hall entrance.\n\nRachel Kim",
			"Rachel Kim", "", "2B07"},
		{"Markus Becker", "Carpet and lighting not as ordered", "Dear Exhibitor Services,\n\nwe arrived this morning for the build-up of our stand, Hall 4 Booth 4E14, and found the carpet grey.\n\nMarkus Becker",
			"Markus Becker", "", "4E14"},
		{"張雅琪", "展品運輸延誤", "展商服務處您好：\n\n我們是台灣明玉工藝社，本屆文博會展位為A3館T059。展品到現在還沒到。\n\n張雅琪", "張雅琪", "", "A3館T059"},
		{"陳俊宏", "隔壁攤位裝潢超出範圍", "您好：\n\n我們是台揚實業，本次展覽攤位在1號館 D0516 攤位。隔壁攤位的背板超出範圍。\n\n陳俊宏", "陳俊宏", "", "1號館 D0516 攤位"},
		{"贺建国", "特装押金退还问题 10.2馆K09 凯德利机械", "您好，\n我司展会结束已经快两个月了，特装施工押金1万元到现在还没退。\n\n贺建国", "贺建国", "", "10.2馆K09"},
	})
}

// A franchised store's code in the writer's own words, however the rules read them after: above "店
// 长 蒋婷婷 177…" in a reply ("门店编号：HZ-XH-032"), "加盟店号7786" beside its keeper, "門市編號"
// of a Taiwan store its keeper says is theirs ("我是台中公益店（門市編號TW-TC-021）的加盟主…").
func TestStoreCodesOfKeepersSigning(t *testing.T) {
	checkWriters(t, []writerCase{
		{"茶之语 西湖文化广场店", "你们回复说已安排厂家售后，这都第六天了。\n请给我一个具体上门时间。\n\n门店编号：HZ-XH-036\n店长 蒋婷玉 17757136620",
			"蒋婷玉", "17757136620", "HZ-XH-036"},
		{"鑫鑫便利", "你们说重启一下就好，我重启了不下十次了。\n要么派技术员上门，要么给我换设备。\n加盟店号7789  店主 曹建华 电话 131 2203 6620",
			"曹建华", "131 2203 6620", "加盟店号7789"},
		{"林晓", "总部你好：\n我是成都春熙店的店长林晓，烤箱又坏了。\n店铺号：CD-0577\n林晓", "林晓", "", "CD-0577"},
		{"吳佩玲", "加盟服務窗口您好：\n\n我是台中公益店（門市編號TW-TC-023）的加盟主吳佩玲。冷凍麵團晚了三小時才送到。\n\n聯絡電話：0937-552-620（吳佩玲）",
			"吳佩玲", "0937-552-620", "TW-TC-023"},
	})
}

// The unit in a mall of the shop or counter a keeper says they are of, by its code or as an island
// counter: "我是一楼中岛L1-K06饰品柜台的…", "我是三楼3F-A301眼镜店（明视眼镜）的店主…", "我是露米美
// 妆1F中岛K06的店长…", "我是沿街商铺S1-12号“卫国面馆”的…".
func TestMallUnitsOfKeepers(t *testing.T) {
	checkWriters(t, []writerCase{
		{"石佳玲", "你好～我是一楼中岛L1-K08饰品柜台的石佳玲，对面那家运动品牌店每天把音响开到最大。", "石佳玲", "", "L1-K08"},
		{"Eric 蔡", "商场物业你好：\n我是三楼3F-A305眼镜店（明视眼镜）的店主蔡俊杰。员工停车月卡涨价了。\n蔡俊杰", "蔡俊杰", "", "3F-A305"},
		{"郑凯琳", "营运部您好，\n\n我是露米美妆1F中岛K08的店长郑凯琳。商场在我们中岛正前方搭了展示台。\n\n郑凯琳", "郑凯琳", "", "1F中岛K08"},
		{"程卫东", "物业你好：\n\n我是沿街商铺S1-16号“卫东面馆”的程卫东。我们店门口每天堆几十辆共享单车。\n\n程卫东", "程卫东", "", "S1-16"},
	})
}

// A resident a member of staff writes about: whose call the desk logged ("接到7幢1903业主韩女士来电
// " above "业主联系电话："), who came with their whole name in brackets ("12栋1801的业主王先生（王
// 启明）来管家中心反映"), or said before how people call them ("3栋1802的业主刘桂芳刘阿姨到管家中心
// 找我"), on the number to call her at home ("直接打她家座机回复处理结果：0755-…"); who stopped the
// butler on their round ("巡楼时11栋2301的业主陈先生拦住我反映").
func TestResidentsStaffRecord(t *testing.T) {
	checkWriters(t, []writerCase{
		{"东方名苑服务中心前台", "工程/客服：\n今日14:20接到7幢1905业主韩女士来电，反映对门长期在公共走道堆放纸箱。\n业主联系电话：139 6811 6620\n\n登记人：前台 陆佳\n前台电话 0574-8712 6600",
			"韩女士", "139 6811 6620", "7幢1905"},
		{"12栋管家 小罗", "客服中心：\n\n今天下午12栋1803的业主王先生（王启华）来管家中心反映，楼下的外机噪音特别大。\n\n业主联系方式：13817066620（王先生本人手机）\n\n罗佳\n12栋楼栋管家\n手机 13671946620",
			"王启华", "13817066620", "12栋1803"},
		{"许明亮", "客服中心：\n\n今天上午3栋1805的业主刘桂兰刘阿姨到管家中心找我，反映底商KTV每天营业到凌晨。\n\n刘阿姨要求客服中心直接打她家座机回复处理结果：0755-2671 6620。\n\n许明亮\n3栋楼栋管家\n手机：158 1935 6620",
			"刘桂兰", "0755-2671 6620", "3栋1805"},
		{"管家-赵敏", "客服中心：\n今天上午巡楼时11栋2305的业主陈先生拦住我反映，楼下湘菜馆每天排油烟。\n陈先生电话：158 6723 6620\n\n赵敏\n0571-8820 6613 转 8012",
			"陈先生", "158 6723 6620", "11栋2305"},
	})
}

// A number the writer points to of several ("手機 0933-218-467 ← 請打這支" below the office's
// line), a person on site labelled with their mobile over the company's landline in the signature
// ("现场负责人：严俊，手机 137…"), a number before a dash's aside on another ("call me on my
// Chinese number +86 152… - the German mobile in my signature does not work in China").
func TestNumbersPointedToAndAsides(t *testing.T) {
	checkWriters(t, []writerCase{
		{"陳冠豪", "管理中心您好：\n敝公司位於本大樓7樓之3，車位被佔用。\n聯絡方式：\n公司 02-2345-6620 分機21（我常不在座位）\n手機 0933-218-620 ← 請打這支\n陳冠豪",
			"陳冠豪", "0933-218-620", "7樓之3"},
		{"深圳市华拓智能设备有限公司", "展馆服务处：\n我司在本届展会的展位为3号馆B19展位。展位电箱至今没有通电。\n现场负责人：严俊峰，手机 137 1442 6620，我一直在展位上。\n严俊峰\n市场部\nTel: 0755-8633 6620",
			"严俊峰", "137 1442 6620", "3号馆B19"},
		{"Markus Wendt", "Dear team,\n\nwe are Lumatec GmbH, Hall 9, Booth 9D35. Our booth still has no power.\n\nPlease call me on my Chinese number +86 152 1038 6620 - the German mobile in my signature does not work in China.\n\nMarkus Wendt\nTel. +49 711 9834 620\nMobile +49 172 5508 620",
			"Markus Wendt", "+86 152 1038 6620", "9D35"},
	})
}

// An English flat whose block the writer names with its estate after it, "of" or "at", a remark in
// brackets after that: "Flat D, 18/F, Block 2 of Harbour Crest", "Flat 2302, Block 6 at Riverside
// Garden (the landlord is Ms. Xu, …)".
func TestEnglishBlocksOfEstates(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Raymond Ho", "Dear Management Office,\nI live at Flat E, 18/F, Block 3 of Harbour Crest. The flat above ours is renovating on Sundays.\nRaymond Ho",
			"Raymond Ho", "", "Flat E, 18/F, Block 3"},
		{"Daniel Whitman", "Hello,\nI'm the tenant of Flat 2306, Block 7 at Riverside Garden (the landlord is Ms. Xu, she knows I'm writing). The water pressure is low.\nDaniel Whitman",
			"Daniel Whitman", "", "Flat 2306, Block 7"},
	})
}

// A building written "6#楼" ("我是6#楼2104的租户"); an office in brackets after the writer's
// company in the clause that says who they are ("我是启明星教育（科技园5号楼1102室）的办公室主任
// …").
func TestBuildingsByHashAndOfficesInBrackets(t *testing.T) {
	checkWriters(t, []writerCase{
		{"🐱喵喵", "物业你好\n我是7#楼2105的租户 楼上2205每天晚上12点以后咚咚咚的\n我叫林小雪 电话186 7321 6620", "林小雪", "186 7321 6620", "7#楼2105"},
		{"启明星教育", "你们好，\n我是启明星教育（科技园6号楼1105室）的办公室主任贺丽芳。大楼空调一到晚上六点就停。\n贺丽芳", "贺丽芳", "", "科技园6号楼1105室"},
	})
}

// A son or a daughter writing for their father at his stall: the father complains ("我是马德华的儿
// 子", "我是水产区B-15摊位杜德强的女儿…让我帮他写一下", "我爸钟福明在你们市场…卖猪肉…我爸不太会用手
// 机打字", "我爸叫高永华"), on his number where the mail asks the office to call it ("直接打我爸电话
// 133…", "我爸叫高永华，电话 139…"), else on the writer's ("有什么事打我电话 131…").
func TestParentsTheirChildrenWriteFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"马骏", "你好 我是马德华的儿子 我爸在你们市场果品区4号棚22号摊位卖水果十几年了 这个月卫生费收了他380\n有结果直接打我爸电话13309316620跟他说就行 打不通的话再打我17719326620\n马骏",
			"马德华", "13309316620", "果品区4号棚22号摊位"},
		{"小雨", "你好，我是水产区B-15摊位杜德强的女儿，我爸不太会用电脑，让我帮他写一下。\n下水口堵了好几天。\n有什么事请打我电话 187 0563 6620，我再转告他，谢谢。\n杜小雨",
			"杜德强", "187 0563 6620", "水产区B-15摊位"},
		{"钟浩", "管理处你好 我爸钟福明在你们市场肉类区4号棚22号摊位卖猪肉十几年了，冷库温度老是上不去。\n我爸不太会用手机打字，有什么事打我电话 131 2688 6620 我来跟他说。\n钟浩",
			"钟福明", "131 2688 6620", "肉类区4号棚22号摊位"},
		{"Leo Gao", "您好，我是熟食区13号档口高师傅的儿子，我爸不太会打字，让我帮他写一下。\n当时我爸刚好在搬货。\n我爸叫高永华，电话 13907356620，他白天都在档口，有什么直接打给他就行。\n高乐",
			"高永华", "13907356620", "熟食区13号档口"},
	})
}

// Flats said in a run-on after the writer's name ("我是他爸爸何长林住在…"), with a floor in words
// or the top floor between the building and the flat ("9栋一楼103", "21幢顶楼2302"), with spaces
// between numbers and their words ("住在 6 号楼 2 单元 501"), after "我家的情况：", as an English
// tenant's in the estate's words, or as what "我…的单位是" says.
func TestFlatsSaidInRunOnsAndSpaces(t *testing.T) {
	checkWriters(t, []writerCase{
		{"何小军", "物业同志你好\n这是我儿子的邮箱我是他爸爸何长林住在桃李新村18幢302我们这个楼是老房子没有电梯\n何长林", "何长林", "", "桃李新村18幢302"},
		{"jiayou", "小区9栋门口的垃圾桶三天没人清了\n我家就住9栋一楼103，窗户都不敢开。", "jiayou", "", "9栋一楼103"},
		{"柳芳", "物业您好\n\n我家住在丽景苑12号楼三楼 302，窗外就是绿化带，蚊子特别多。\n\n柳芳", "柳芳", "", "丽景苑12号楼三楼 302"},
		{"邹建国", "物业你好，我是和园8幢顶楼1801的业主邹建国，楼顶的水泵晚上一直响。", "邹建国", "", "和园8幢顶楼1801"},
		{"开心果", "你好，我姓赵，住在 6 号楼 2 单元 501，小区北门的门禁又坏了。", "开心果", "", "6 号楼 2 单元 501"},
		{"周平", "李经理：\n\n再说一下我家的情况：银杏家园7号楼2单元1603，客厅那面墙一直返潮。\n\n周平", "周平", "", "银杏家园7号楼2单元1603"},
		{"Lim Kah Wai", "Hi 物业,\n\nI am tenant of 枫林花园 12幢 3单元 0802, landlord is 孙先生.\nThe 门禁卡 is not working.\n\nLim Kah Wai", "Lim Kah Wai", "", "枫林花园 12幢 3单元 0802"},
		{"范立新", "你好，\n\n我在办公楼这边的单位是C座1207，正在装修，手续都是齐全的。\n\n范立新", "范立新", "", "C座1207"},
	})
}

// A company's office after "我们是" ("我们是1608华瑞贸易，", "我们是15楼1501-1503 博远咨询。"), the
// rooms a sentence gives on the floor a signature's street address ends with, a desk in a shared
// office ("我是B区21号工位的…") and a writer signing with their given name ("嘉怡 | 158…").
func TestOfficesAndDesksSaid(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Tang", "Hi，\n15楼男洗手间没有热水了。我们是1608华瑞贸易，麻烦尽快修一下。\n有问题可以打我直线 0755-8312 6620，我姓唐。\n\n唐小姐\n华瑞贸易", "唐小姐", "0755-8312 6620", "1608"},
		{"Iris Ma", "Hi 物业，\n\n我们是15楼1501-1503 博远咨询。走廊的灯坏了三盏。\n\n有事打我手机 135 2266 0917。\n\nIris 马", "Iris Ma", "135 2266 0917", "15楼1501-1503"},
		{"德康医疗", "物业管理处：\n\n您好！本公司租用汇智大厦19层1901-1903单元。近一个月来，19层公共卫生间的保洁明显不到位。\n\n联系人：行政部经理 周文杰\n手机：137 6620 0935\n\n德康医疗 行政部\n地址：杭州市滨江区江南大道 汇智大厦19层",
			"周文杰", "137 6620 0935", "汇智大厦19层1901-1903单元"},
		{"许嘉怡", "Hi 前台，\n我是B区21号工位的许嘉怡，这周B区靠窗那排的网络基本连不上。\n谢谢！\n嘉怡 | 158 6620 7723", "许嘉怡", "158 6620 7723", "B区21号工位"},
	})
}

// Numbers a writer gives among others' or in words the rules did not read: after "打我直线", "打我
// 的国内手机" in a sentence about their mother, the mobile of a signature's line of two labelled
// numbers, after a card's numbers, "电话忘写了", broken over two lines, the new one an English
// writer asks the office to use, and the one an assistant asks the office to call their boss on.
func TestNumbersGivenAmongOthers(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Grace Zhou", "我是8号楼2单元501住户沈秀英的女儿，母亲一个人住。\n母亲耳朵不好，有任何进展请直接打我的国内手机 136 6620 0472（我用漫游），或者发邮件给我。\n周静",
			"沈秀英", "136 6620 0472", "8号楼2单元501"},
		{"莫丽华", "物业服务中心：\n\n我们公司（恒信咨询，B座1508室）预约的会议室被人占了。\n\n莫丽华\n行政主管 恒信咨询\n座机 0571-8102 6620  手机 136 6620 4409", "莫丽华", "136 6620 4409", "B座1508室"},
		{"可可 Coco", "我是L3-208可可美甲的店长陈可，员工通道的门禁卡刷不开。\n麻烦帮我们看看  卡号是 00316620、00316621 两张\n电话180 6620 6608 谢谢啦", "陈可", "180 6620 6608", "L3-208"},
		{"冯建新", "加盟商服务部你好：\n货款被扣了两次，请尽快处理退款。\n\n冯建新\n\nps 电话忘写了 181 6620 3920", "冯建新", "181 6620 3920", ""},
		{"王桂兰", "市场管理处：\n\n我是熟食区第19号档口的王桂兰。灯箱被拆了，请给我一个说法。\n我的电话是186\n6620 7731（中午以后打，上午忙）\n\n王桂兰", "王桂兰", "186 6620 7731", "熟食区第19号档口"},
		{"Sophie Lim", "Hi there,\n\nThe water pressure in our kitchen is weak.\n\nAlso, please note I have changed my phone number. My old number 139 6620 0473 no longer works - please use 177 6620 8836 from now on.\n\nSophie Lim",
			"Sophie Lim", "177 6620 8836", ""},
		{"Grace Liu", "Dear Organizer,\n\nI am writing on behalf of my manager, Mr. Daniel Mensah, who is exhibiting at the fair.\n\nMr. Mensah asks that someone contact him directly. Please call him on his Chinese number 138 6620 1956 (his Ghanaian number does not work in China).\n\nGrace Liu",
			"Daniel Mensah", "138 6620 1956", ""},
	})
}

// Residents and bosses the staff pass on: one who came to the front desk with a remark on them in
// brackets ("龚秀兰阿姨（独居老人，78岁）到前台来"), rang the butlers' centre ("业主许先生打电话到
// 管家中心反映"), whose number follows "联系电话" or "和他联系："; a boss whose assistant asks the
// office "请直接与他本人联系"; a mother and a father their children write for at their stalls ("我
// 妈妈陈桂香在…摊位卖鱼", "我父亲杨德明在…摊位做生意").
func TestResidentsBossesAndParentsPassedOn(t *testing.T) {
	checkWriters(t, []writerCase{
		{"锦绣花园物业前台", "工程部：\n今天早上2栋1单元102的龚秀兰阿姨（独居老人，80岁）到前台来，说她家卫生间的下水道往上冒臭水。\n阿姨不会用手机，请直接打她家座机 0512-6523 6620，或者上门。\n\n前台 林芳\n电话 0512-6523 1100",
			"龚秀兰", "0512-6523 6620", "2栋1单元102"},
		{"王梓", "客服中心：\n\n今天上午10点，8栋2单元1202业主谢先生到管家中心反映：\n楼上近一个月每天晚上有拖动家具的声音。\n谢先生联系电话：13306626620（晚上7点后方便接听）\n\n8栋管家 王梓\n手机 15158036620",
			"谢先生", "13306626620", "8栋2单元1202"},
		{"管家-叶晓", "工程部各位：\n\n今天上午9幢1单元2301的业主许先生打电话到管家中心反映，他家的空调外机架子锈了。\n要上门前请提前和他联系：139 6620 2243（许先生）。\n\n叶晓\n管家中心",
			"许先生", "139 6620 2243", "9幢1单元2301"},
		{"陈晓雯", "物业管理处您好：\n\n我是盛远贸易王总的助理小陈。受王建华总经理委托，向贵处反映以下问题：\n我司位于5号楼1207室，隔壁在装修。\n\n王总希望尽快处理，并请直接与他本人联系：138 6620 5521。\n\n陈晓雯\n总经理助理\n电话：021-6071 3388 转 816",
			"王建华", "138 6620 5521", "5号楼1207室"},
		{"Vivian Chen", "管理处的领导你们好：\n\n我妈妈陈桂香在咱们市场水产区B-17号摊位卖鱼卖了快十年了，她不会用电脑，我替她写这封信。\n排水沟一直堵。\n\n有什么情况请直接打我妈妈的电话 139 6620 0486。\n\n陈薇",
			"陈桂香", "139 6620 0486", "水产区B-17号摊位"},
		{"杨帆", "您好，\n我父亲杨德明在东湖市场干货区D排09号摊位做生意，这个月的电费单不对。\n我在外地工作，回复邮件给我就行，或者直接给我爸打电话：13806626620\n杨帆",
			"杨德明", "13806626620", "东湖市场干货区D排09号摊位"},
	})
}

// Shops, stalls and booths their keepers say are theirs: a mall's unit before the shop's name after
// "我们是", a stall's code in its area before what the keeper sells, a booth the writer's company
// rents at the fair, and a subject's booth where the text says "我们A09展位".
func TestShopsStallsAndBoothsTheirKeepersSay(t *testing.T) {
	checkWriters(t, []writerCase{
		{"甜心烘焙", "营运部你好\n我们是三楼L3-326甜心烘焙，最近每天早上卸货通道都被堵住。\n\n店长 何嘉欣\n137-6620-6613", "何嘉欣", "137-6620-6613", "L3-326"},
		{"老黄", "管理办领导\n我是水产区B-16卖鱼的黄德才 我们这一排的下水道又堵了\n电话158 6620 3396\n黄德才", "黄德才", "158 6620 3396", "水产区B-16"},
		{"许文斌", "各位好：\n我司（联创光电科技）在本届照明展租用了8号馆E17展位，展会第一天断电两次。\n联系人：许文斌\n手机：189 6620 0458", "许文斌", "189 6620 0458", "8号馆E17"},
	})
	checkSubjectWriters(t, []subjectCase{
		{"谢明", "3号馆A11展位 搭建商占用通道被罚款一事", "彭总：\n今天下午场馆巡查说我们A11展位的地台超出展位线15公分。\n谢明", "谢明", "", "3号馆A11"},
		{"wu family", "3栋电梯又坏了——5栋2单元502 吴先生 13588426620", "这礼拜电梯第二次停了。\n尽快修好。", "吴先生", "13588426620", "5栋2单元502"},
		{"lvlv", "阳台烧东西", "你好 我是4-2-906吕女士 楼下806最近几天一到晚上就在阳台上烧纸", "吕女士", "", "4-2-906"},
	})
}

// English writers' numbers: the mobile they say is better than their desk line ("mobile is much
// better: +86 136…"), the mobile of a signature's "Direct: … | Mobile: …" when they say their
// mobile is best, their Chinese SIM over the company's line at home; an office's mailbox asking the
// office to call its clerk ("请联系我所行政 罗佩佩，电话…"); a number after "打电话都行".
func TestNumbersWritersPrefer(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Daniel Whitfield", "Hello,\n\nCould someone please call me to arrange a proper fix? My desk phone is +86 21 6288 6620 ext. 205 but I'm rarely at my desk these days, so mobile is much better: +86 136 2178 6620.\n\n" +
			"Thanks,\nDaniel Whitfield\nOffice Manager\nNorland Partners (Shanghai) Ltd.\nSuite 2203, Tower A\nT +86 21 6288 6620", "Daniel Whitfield", "+86 136 2178 6620", "Suite 2203, Tower A"},
		{"Claire Dubois", "Dear Mr. Xu,\n\nI'm out of the office all week, so my mobile is best.\n\nBest regards,\nClaire\n\nClaire Dubois | Facilities Manager\nLumière Cosmetics (China) Co., Ltd.\nDirect: +86 21 6105 6620 | Mobile: +86 138 1625 6620\nSwitchboard: +86 21 6105 2200",
			"Claire Dubois", "+86 138 1625 6620", ""},
		{"Brenner, Markus", "Dear Sir or Madam,\n\nWhile I am in Guangzhou I can be reached on my Chinese SIM: +86 185 2130 6620. My German mobile is usually switched off during the fair.\n\nBest regards\n\nMarkus Brenner\nHoffmann GmbH\nTel. +49 7031 4488-0",
			"Markus Brenner", "+86 185 2130 6620", ""},
		{"宏达律师事务所", "物业服务中心：\n\n您好！我所位于A座1806室。门禁卡失灵。\n\n如有问题请联系我所行政 罗佩佩，电话 0755-2398 6620（工作时间）。\n\n宏达律师事务所 行政部",
			"罗佩佩", "0755-2398 6620", "A座1806室"},
		{"🍊橘子汽水", "物业好～我是7号楼2单元301的，这个月第三次快递放门口被拿走了 能不能帮忙调一下监控\n有消息加我或者打电话都行 17816246620\n谢谢啦～", "🍊橘子汽水", "17816246620", "7号楼2单元301"},
	})
}

// Who a mail speaks for or answers as: the man an English assistant writes for by his title ("on
// behalf of Mr. Hiroshi Tanaka, President of…", "call him directly on his Chinese mobile: …"); a
// sender of initials the office's answer greets with their flat ("尊敬的何先生（32幢1单元1204）
// ："); a franchisee's store code labelled in a mail to the franchise's desk.
func TestWritersTheMailAnswersAndSpeaksFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Yuki Sato", "Dear Exhibitor Service,\n\nI am writing on behalf of Mr. Hiroshi Tanaka, President of Kanazawa Seiki Co., Ltd., exhibitor at Hall 6, Booth 6B19.\n\nPlease call him directly on his Chinese mobile: +86 176 2105 6620 (he speaks English).\n\nI am based in Japan (+81 76-224-5518).\n\nYuki Sato",
			"Hiroshi Tanaka", "+86 176 2105 6620", "6B19"},
		{"钟立新", "加盟服务台：\n门店编号：SZ-0419（龙华民治店）\n本周的配送都有缺货。\n请总部核查配送记录。\n\n钟立新\n135 3817 6620", "钟立新", "135 3817 6620", "SZ-0419"},
	})
	w := Read(Mail{Name: "JP", Email: "he_jp@example.cn", OwnText: "还是没解决！今天早上又停了三辆",
		Text: "还是没解决！今天早上又停了三辆\n\n---- 回复的原邮件 ----\n| 发件人 | 物业服务中心<kefu@example.cn> |\n| 日期 | 2026年11月02日 14:26 |\n| 收件人 | he_jp@example.cn |\n| 主题 | 关于您反映的32幢楼下违停问题 |\n\n" +
			"尊敬的何先生（32幢1单元1206）：\n您好！您反映的违停问题，我们已安排加强巡查。\n物业服务中心\n客服热线：0571-8666 3010"})
	if w.Name != "何先生" || w.Phone != "" || w.Address != "32幢1单元1206" {
		t.Errorf("answered JP: %+v, want 何先生 at 32幢1单元1206", w)
	}
}

// Stores, shops and booths their keepers name: a franchised store's code after "我店" or before "门
// 店" ("我是CS0712门店（…）的", written from her husband's mailbox: "用他邮箱发的"), a mall's unit
// after "我们店" or rented ("…在贵商场租了L1-A08铺"), a shop's number with its word ("2樓215A號
// 舖"), a booth a company is at, said in Cantonese ("我哋公司（…）喺7號館7F28展位參展").
func TestStoresShopsAndBoothsNamed(t *testing.T) {
	checkWriters(t, []writerCase{
		{"悦来便利鄞州万达店", "加盟商服务部：\n\n我店（NB-1137 鄞州万达店）的两台立式冷柜坏了十天。\n\n--\n屠建平\n悦来便利 加盟店主\n手机 177 5741 6620", "屠建平", "177 5741 6620", "NB-1137"},
		{"冯国栋", "加盟商服务部你好：\n我店WZ-0227（温州鹿城南站店）的货款被扣了两次。\n\n冯国栋\n\nps 电话忘写了 181 0577 6620", "冯国栋", "181 0577 6620", "WZ-0227"},
		{"李伟", "你好，我是CS0719门店（长沙岳麓银盆南路店）的，店是我老公李伟名下的，平时都是我在店里看，用他邮箱发的。\n今天配送司机态度很差。\n\n黄晓燕 15173186620", "黄晓燕", "15173186620", "CS0719"},
		{"Lu Xiaowen", "赵主管你好，\n我们店G-116正好在一楼公共卫生间旁边，下水道的臭味一直往店里飘。\n我的手机 18867196620，随时可以打。\n卢晓雯", "卢晓雯", "18867196620", "G-116"},
		{"Amanda Qiu", "您好，\n我们Jade & Stone珠宝在贵商场租了L1-A06铺，装修审批一直没下来。\n\n邱文静\n店铺经理\n手机：186 0216 6620", "邱文静", "186 0216 6620", "L1-A06"},
		{"Wong Chi Ming", "管理處負責人：\n\n本人係新港廣場2樓215B號舖租戶黃志明。昨晚落大雨後，舖頭天花板有水滴落。\n\n黃志明", "黃志明", "", "新港廣場2樓215B號舖"},
		{"Kenneth Lau 劉家豪", "你好，\n\n我哋公司（星輝玩具有限公司）喺7號館7F26展位參展。今朝發現展示櫃玻璃被打爛咗。\n\n聯絡人：劉家豪\n展期內請打我大陸號碼 185 6620 3199\n", "劉家豪", "185 6620 3199", "7號館7F26"},
	})
}

// Numbers and names said in passing: the mobile of a line of two numbers glued to their labels,
// the number of a brother who will pass the word on, "有事打…" at a run-on's end, a name and a
// number a subject begins with, and a wife writing in Cantonese from her husband's mailbox ("用佢
// 邮箱发 我姓麦", "有咩打我电话 麦小姐 138…", "我哋屋企12#楼2梯1506").
func TestNumbersAndNamesSaidInPassing(t *testing.T) {
	checkWriters(t, []writerCase{
		{"赵建华", "物业：\n\n我家是南湖新村45栋3门402，暖气片上面热下面凉。\n\n赵建华\n家里电话0451-8263 6620 手机13945126620（白天打手机，家里没人接）", "赵建华", "13945126620", "南湖新村45栋3门402"},
		{"Ming Qiu", "我是紫荆花园23栋1806的业主邱明，目前人在加拿大。\n\n我这边时差大，有需要核对的请联系我弟弟邱亮：135 7028 6620，他会转告我。\n\n谢谢！\n邱明", "邱明", "135 7028 6620", "紫荆花园23栋1806"},
		{"快乐的鱼", "你们小区停车场怎么回事 我月卡都交到年底了 今天早上出去闸口又让我交临停费 这个钱你们要退给我 我车牌浙A·7K2L9 有事打13588026620", "快乐的鱼", "13588026620", ""},
		{"刘振东", "你好 我是刘振东的老婆 用佢邮箱发 我姓麦\n我哋屋企12#楼2梯1508 主人房窗户一落大雨就漏水\n麻烦尽快安排师傅上门 有咩打我电话 麦小姐 13802296620 唔好打我老公 佢长期出差喺外地\n唔该",
			"麦小姐", "13802296620", "12#楼2梯1508"},
	})
	checkSubjectWriters(t, []subjectCase{
		{"洁衣坊河西店", "投诉 王海波 13512866620 洁衣坊-长沙河西店 编号HN-0219", "系统又乱扣钱了 上个月扣了两次系统年费 请尽快处理退款", "王海波", "13512866620", ""},
	})
}

// A short reply's flat by building, entrance and room apart by dashes ("19-1-1006，电话…"), a
// stall the office's quoted answer says the writer reported ("您反映的干货区7号档口屋顶漏雨问题"),
// and a new number the writer asks the office to put in place of theirs on record, in a sentence
// that says they are an owner.
func TestRepliesFlatsStallsAndNewNumbers(t *testing.T) {
	checkWriters(t, []writerCase{
		{"黄志伟", "19-1-1006，电话18268016620，晚上7点后方便。楼下1号商铺那个KTV每晚唱到一两点，你们尽快。", "黄志伟", "18268016620", "19-1-1006"},
		{"黄德胜", "你们说下周安排维修 上周也是这么说的 昨晚又下雨 货全湿了\n不要再下周了 明天就来\n\n黄\n\n在 2026-11-11 16:42:05，\"管理处\" <glc@example.cn> 写道：\n> 黄老板您好：\n> 您反映的干货区9号档口屋顶漏雨问题我们已收到，已安排工程部查看。",
			"黄德胜", "", "干货区9号档口"},
		{"大海", "物业你好，我是怡景湾5号楼3单元1104的业主王海涛，你们登记的我的电话13812096620已经停用了，麻烦更新成新号码 15267036620。\n\n王海涛", "王海涛", "15267036620", "怡景湾5号楼3单元1104"},
	})
}

// The number a note passing on someone's mail asks the office to call them on ("请直接联系她处理，
// 她手机 139…", "回电请打她爱人何先生的手机 138…"); a father's home number his son asks the office
// to call ("请直接打我父亲家里电话 0531-…"); a hall and booth right after 我们.
func TestNumbersToCallForOthersAndBoothsOfOurs(t *testing.T) {
	for note, want := range map[string]string{
		"下面是我们现场负责人马丽华的情况说明，她在展位上忙不过来。请直接联系她处理，她手机 139 8714 6620。":            "139 8714 6620",
		"转一下27幢1单元1102业主邵女士的邮件。另外邵女士特别交代，回电请打她爱人何先生的手机 13819046620，她白天接不了电话。": "13819046620",
		"转一下27幢1单元1102业主邵女士的邮件，她比较着急，麻烦尽快调监控。":                                "",
	} {
		if got := RelayedNumber(note); got != want {
			t.Errorf("RelayedNumber(%q) = %q, want %q", note, got, want)
		}
	}
	checkWriters(t, []writerCase{
		{"宋磊", "物业你好，\n\n我父亲宋长林住在阳光100二期 8号楼4单元302，最近楼下广场跳舞的音响开得特别大。老人不会发邮件，我替他写。\n处理情况请直接打我父亲家里电话 0531-8860 6620，他白天晚上都在家；我的手机 186 6890 6620 只作备用。\n\n宋磊",
			"宋长林", "0531-8860 6620", "阳光100二期 8号楼4单元302"},
		{"马丽华", "马骏，你帮我发给展会那边：我们2号馆A2-37展位，隔壁那家把易拉宝摆到了我们展位正面的过道上。", "马丽华", "", "2号馆A2-37"},
	})
}

// A resident a butler writes of, named before their flat in brackets ("业主黄建国先生（12幢1单元602）
// 到管家台反映"), on the number the butler gives as theirs.
func TestResidentNamedBeforeTheirFlat(t *testing.T) {
	checkWriters(t, []writerCase{
		{"7号楼管家-陈晓宇", "工程部、客服中心各位同事：\n\n今天上午业主黄建华先生（12幢1单元606）到管家台反映，楼上近两周每天晚上有拖动家具的声音。\n黄先生要求今天内给他回复，他的手机是 13817266620。\n\n管家 陈晓宇\n电话：021-64187720 转 806",
			"黄建华", "13817266620", "12幢1单元606"},
	})
}

// An English assistant's boss at the office the signature gives ("…on behalf of our Managing
// Director, Dr. Helen Xu" above "Suite 3101, 31/F, Oriental Plaza"), a floor a company occupies
// whole ("We occupy the whole of 12F"), and the number a front desk's note says to call a tenant
// on ("他说请直接打他国内手机 185…").
func TestEnglishOfficesAndRelayedMobiles(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Grace Tan", "Dear Building Management,\n\nI am writing on behalf of our Managing Director, Dr. Helen Xu (徐海伦).\n\nShe has asked that the building manager call her directly on +86 139 1655 6620.\n\nKind regards,\n\nGrace Tan\nExecutive Assistant\nMeridian Health Consulting\nSuite 3106, 31/F, Oriental Plaza\nT +86 21 6375 1920",
			"Helen Xu", "+86 139 1655 6620", "Suite 3106, 31/F, Oriental Plaza"},
		{"Benjamin Hart", "Dear Management Office,\n\nWe occupy the whole of 14F. Last Saturday our cleaning contractor was refused entry.\n\nI can be reached at +86 135 0160 6620.\n\nRegards\nBenjamin Hart", "Benjamin Hart", "+86 135 0160 6620", "14F"},
	})
	if p := RelayedNumber("转发15楼 Suite 8 客户 Grant 先生的邮件，他今天上午来前台说了两次了。他说请直接打他国内手机 185 0173 6620，英国号码这边接不到。"); p != "185 0173 6620" {
		t.Errorf("RelayedNumber = %q, want the tenant's mobile in China", p)
	}
}

// The warehouse, cold store, workshop or storage bay of a park its tenant says is theirs ("我是3号
// 库A区…的仓库主管", "我们租的2号冷库C间", "敝公司…承租貴物流中心B棟2樓B2-05倉位", "仓位号 C-3-12",
// "We lease Workshop 3 in Building C"), and a factory's boss or a dormitory's head after their
// unit.
func TestParkUnitsTheirTenantsSay(t *testing.T) {
	checkWriters(t, []writerCase{
		{"刘建军", "你好 我是5号库B区 通达物流 的仓库主管 老刘\n昨晚隔壁的叉车把卷帘门撞坏了 到现在没人来修\n有事打我手机 139 0211 6620\n\n刘建军", "刘建军", "139 0211 6620", "5号库B区"},
		{"吴海峰", "运营管理部：\n我是捷达冷链的调度吴海峰。我们租的3号冷库B间从凌晨开始温度一直往上升。\n请直接打我手机 135 6620 1187。", "吴海峰", "135 6620 1187", "3号冷库B间"},
		{"黄志强", "物业管理中心：\n我们9号厂房门口的雨水井堵了，一下雨就淹到车间里。\n电话 138 6620 4471\n黄志强", "黄志强", "138 6620 4471", "9号厂房"},
		{"林志明", "管理室 您好：\n敝公司宏達物流承租貴物流中心C棟3樓C3-12倉位，本人為倉管主任林志明。\n行動電話：0933-216-620", "林志明", "0933-216-620", "C棟3樓C3-12倉位"},
		{"周小雨", "你好，我在你们闵行店租了一个迷你仓，仓位号 B-2-07（2楼），今天去拿东西发现全发霉了。\n我电话 137 6620 5512\n周小雨", "周小雨", "137 6620 5512", "B-2-07"},
		{"Park Ji-hoon", "Dear Tenant Service,\n\nWe lease Workshop 5 in Building D. The power was cut three times this week.\n\nPlease call me on 150 6620 3318.\n\nPark Ji-hoon", "Park Ji-hoon", "150 6620 3318", "Workshop 5 in Building D"},
		{"钟伟", "管理处你好我是西区3栋2楼宏发机械厂的老板钟伟 从昨天中午起我们厂就停电了\n电话139 6620 7745", "钟伟", "139 6620 7745", "西区3栋2楼"},
		{"邓凯", "宿管中心你好：\n我是B栋412宿舍的舍长邓凯，宿舍门锁坏了，晚上锁不上。\n联系电话：138 6620 9912", "邓凯", "138 6620 9912", "B栋412"},
	})
}

// No training room nor meeting room a venue's client held their course in ("在贵中心4号培训教室举
// 办", "在貴中心5樓501培訓室舉辦", "在贵中心租用了18楼1号会议室", "在贵中心三楼301会议室办了一场培
// 训"), and an English tenant's office in brackets ("my office (1507)").
func TestRoomsHeldAndOfficesInBrackets(t *testing.T) {
	checkWriters(t, []writerCase{
		{"郭晓婷", "销售部：\n我是远景人力的郭晓婷，6月12日至14日我们在贵中心3号培训教室举办公开课，午餐问题很多。\n课程期间请联系我的手机 159 6620 4830。", "郭晓婷", "159 6620 4830", ""},
		{"黃詠琪", "客戶服務部 您好，\n我們由3月11日至15日在貴中心6樓602培訓室舉辦企業內訓課程，無線咪全部冇電。\n請打我手機 +86 134 6620 6657。\n黃詠琪", "黃詠琪", "+86 134 6620 6657", ""},
		{"王璐", "客服：\n我司5月18日在贵中心租用了12楼2号会议室举办全天内训，空调一直不制冷。\n手机 189 6620 7742\n王璐", "王璐", "189 6620 7742", ""},
		{"杜明", "会议服务部你好，\n我们昨天在贵中心二楼205会议室办了一场发布会，投影仪连不上电脑。\n手机：135 6620 2287\n杜明", "杜明", "135 6620 2287", ""},
		{"Mark Ellis", "Hi there,\n\nMy meeting room booking disappeared again, so we ended up meeting in my office (1608) with five people.\n\nYou can call me on 176 6620 9085.\n\nMark Ellis", "Mark Ellis", "176 6620 9085", "1608"},
	})
}

// The writer's own contact where words stand before it: an address said again ("我再说一遍我家地
// 址：…"), a number whose note names the role the writer claims ("（店长手机）"), "打我电话吧", the
// direct line a writer asks to be called on, a tower's flat before their role ("我是B1502的租客"),
// a flat a line begins with before the writer's name, a home said in a sentence over a signature's
// street, a tenant's flat in English and a parent written about in English.
func TestOwnContactAfterTheirWords(t *testing.T) {
	checkWriters(t, []writerCase{
		{"晓梅", "你好，你们说的已经派人检修，到现在十天了还是响。\n我再说一遍我家地址：翠苑小区6#楼1单元702，我姓林，林晓梅。请派人来我家听一下。电话：13566201234\n不要再只是回邮件了。", "林晓梅", "13566201234", "翠苑小区6#楼1单元702"},
		{"何静", "商管客服部：\n您好，我是2楼L2-216奶茶店（加盟店）的店长何静。扶梯停了两周，营业额掉得厉害。\n联系电话：136 6620 7781（店长手机），店里座机 020-3891 6620 高峰期接不了。\n何静", "何静", "136 6620 7781", "2楼L2-216"},
		{"王磊", "你们好 我妈陈桂兰在你们市场摆摊卖菜十年了 摊位后面的下水道一直反味\n我妈不太会说普通话 你们有什么事打我电话吧 187 6620 3149 我叫王磊 是她儿子", "陈桂兰", "187 6620 3149", ""},
		{"孔伟", "物业服务处：\n我们恒信会计师事务所（B座1806）的卫生间又堵了，报修三次都没修好。\n回电请打我的直线，手机开会时一般静音。\n\n孔伟\n行政经理\n总机 010-6620 2200 | 直线 010-6620 2218 | 手机 186 6620 4403", "孔伟", "010-6620 2218", "B座1806"},
		{"🌸小鹿", "管家你好 我是B1502的租客 空调从昨晚开始滴水 滴到床上了\n我叫张悦 电话17766201234", "张悦", "17766201234", "B1502"},
		{"黄立群", "物业：\n6#楼1803黄立群，两件事：\n一、电梯按键经常按不亮\n二、楼道墙面有裂缝\n麻烦安排处理，电话152-6620-0097", "黄立群", "152-6620-0097", "6#楼1803"},
		{"许明远", "物业服务中心：\n\n本人系翠湖山庄B区6-2联排别墅业主。贵司发出的催缴函称本人欠缴物业费，请核实。\n\n如需核对，请致电本人手机 138 6620 9017。\n\n许明远\n恒信律师事务所 合伙人\n电话：0571-8766 6620\n地址：杭州市西湖区文三路90号 东部软件园 12F", "许明远", "138 6620 9017", "翠湖山庄B区6-2"},
		{"Priya Nair", "Hi team,\n\nI rented Apartment 2203 in Block B through an agency last year. There is mould in the bathroom.\n\nPlease call me at +86 150 6620 8842 before coming.\n\nPriya", "Priya Nair", "+86 150 6620 8842", "Apartment 2203 in Block B"},
		{"Vivian Li", "您好，\n\nI'm writing on behalf of my mother 李秀珍, who lives alone at 金色家园3栋2单元502. 楼道的灯坏了一个月了。\n修好了麻烦给我妈妈打个电话，她不用手机，请打家里座机 0571-8823 6620。\n\nVivian Li", "李秀珍", "0571-8823 6620", "金色家园3栋2单元502"},
		{"Jenny Zhou", "Hello,\n\nMy father, Mr. Zhou Guoqiang (周国强), is 80 and lives by himself in Building 9, Unit 1, Room 402. A window in his bedroom broke last week.\n\nPlease call him directly on his mobile +86 139 6620 0092.\n\nJenny Zhou", "周国强", "+86 139 6620 0092", "Building 9, Unit 1, Room 402"},
	})
}

// A franchised store's code its keeper gives: under a label of the franchise's own words ("门店编
// 码：", "門市代號"), on a signature's line of the store ("邻里优选 湖滨花园店 店号 LL-1178"), after
// the brand ("我们是茶小满CXM-0882（大学城北门店）"), and the store a father keeps, written for by
// his son ("我爸爸周国栋是…店（店号 LL-0654）的加盟商…请联系我爸 136…").
func TestStoreCodesKeepersGive(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"李振华", "门店编码：CXM-2031 投诉物料配送错误", "总部你好\n这周的物料又配错了 订的是20箱椰果 来的是20箱珍珠\n麻烦尽快补发\n电话 177-6620-1906", "李振华", "177-6620-1906", "CXM-2031"},
		{"徐丽", "POS机又死机了", "你好，\n\n店里的收银POS这个月已经死机第三次了，希望总部直接换一台新的。\n\n--\n徐丽\n邻里优选 滨江花园店 店号 LL-2178\nTel/微信：185 6620 0412", "徐丽", "185 6620 0412", "LL-2178"},
		{"杨雨", "小程序点单老是掉单", "客服你好\n我们是茶小满CXM-0915（大学城南门店），这两天小程序点单老是掉单。\n\n店主 杨雨\n151-6620-9461", "杨雨", "151-6620-9461", "CXM-0915"},
		{"黃志明", "封口機故障", "加盟事業部 您好：\n\n本店（台中公益店，門市代號ST-0721）的封口機從上週五開始常常封不緊。\n\n加盟主 黃志明\n手機：0921-663-620", "黃志明", "0921-663-620", "ST-0721"},
		{"周子涵", "系统升级费扣款问题", "你好，我爸爸周国华是邻里优选南站店（店号 LL-0766）的加盟商，他眼睛不好看不清手机上的字，我帮他写。\n总部从我们账户里划走了3800元的服务费，之前没有任何通知。\n请联系我爸 136 6620 8243，我在外地读书。\n\n周子涵", "周国华", "136 6620 8243", "LL-0766"},
	})
}

// A tenant's office typed with spaces round the company ("我是12F 1208室 晨曦设计 的霍女士"), a
// stall in brackets after the shop the writer opened ("我在美食城B区开了一家麻辣烫（B-21档）"), and
// the stall the office's quoted answer says the writer keeps ("…影响您所经营F3-09档口的问题").
func TestOfficesAndStallsAroundTheirNames(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"Orchid", "停车月卡续费问题", "你好，我是15F 1503室 晨光设计 的许女士，月卡续费的事想投诉一下。\n手机 177 6620 6621（白天开会多）", "许女士", "177 6620 6621", "15F 1503室"},
		{"黎文华", "公共餐区保洁问题", "你们好，\n\n我在美食城C区开了一家麻辣烫（C-17档），最近中午公共餐区的桌子收得特别慢。\n\n谢谢。\n黎文华", "黎文华", "", "C-17档"},
		{"A.Mei", "Re: 关于投诉的回复", "你们这个回复等于没回复，他们家的油烟天天往我这边吹。\n\n发自我的iPhone\n\n------------------ 原始邮件 ------------------\n发件人: \"美食城招商运营部\"<foodcourt@example.com>;\n收件人: \"A.Mei\"<x@example.com>;\n主题: 关于投诉的回复\n\n陈美兰女士您好：\n您反映的F3-11档口（烤鱼）油烟影响您所经营F3-12档口的问题，我部已收悉。\n美食城招商运营部",
			"陈美兰", "", "F3-12档口"},
	})
}

// A flat a line near the top gives before the owner's name ("星河湾2-2-1901业主冯凯。"), a subject
// that begins with the flat or the stall and the name ("【投诉】6栋1单元202 卢红霞 电梯又坏了",
// "禽蛋区E-22 蒋先生 投诉：…"), and a sentence going on after "我家202" that gives no flat of it.
func TestFlatsAndNamesLeadingTheMail(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"冯凯", "地下车库灯不亮", "你好，\n星河湾3-2-1902业主冯凯。\n1. 地下车库C区那一排灯坏了一个多礼拜了\n电话 177 6620 6639\n\n谢谢", "冯凯", "177 6620 6639", "星河湾3-2-1902"},
		{"hongxia", "【投诉】7栋2单元302 卢红梅 电梯又坏了", "这个月第三次了，7栋的电梯又停了，我家302虽然楼层低但我婆婆住9楼每天要去送饭。\n\n电话13605816620", "卢红梅", "13605816620", "7栋2单元302"},
		{"13806616620", "禽蛋区E-25 蒋先生 投诉：公共秤不准 电话13806616620", "市场门口那台公平秤差了快二两，顾客拿我们家的蛋去复秤说我们缺斤短两。\n\n发自139邮箱", "蒋先生", "13806616620", "禽蛋区E-25"},
	})
	checkWriters(t, []writerCase{
		{"hongxia", "这个月第三次了，7栋的电梯又停了，我家302虽然楼层低但我婆婆住9楼每天要去送饭。\n\n电话13605816620", "hongxia", "13605816620", ""},
	})
}

// A mother her daughter writes for, named before "一个人住在…", and a wife writing from her
// husband's mailbox who names them both after their flat ("我是4-3-502李建华的爱人宋玉梅，用我老公
// 的邮箱发的").
func TestRelativesWritingForFamily(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Zhang Lu", "物业您好，\n\n我妈妈孙桂英一个人住在翠湖小区15栋1单元402，她不怎么会用手机，我帮她写这封邮件。\n楼道里堆满了旧沙发。\n有什么情况请打我电话15088216620。\n\n张璐", "孙桂英", "15088216620", "翠湖小区15栋1单元402"},
		{"李建国", "物业你好，我是5-2-602李建国的爱人宋玉兰，用我老公的邮箱发的。\n楼上装修把我家墙震裂了。\n我电话 177 6620 6690 ，我老公出差了找他没用", "宋玉兰", "177 6620 6690", "5-2-602"},
	})
}

// A shop's keeper their staff member writes for, on the number the mail gives for them ("老板叫黄志
// 明，有什么情况请直接打他电话 186…", "有问题直接联系我们老板 何丽萍 手机 133…"), and a mother
// named after what she does ("我妈妈在…摊位卖菜，她叫吴秀兰").
func TestKeepersTheirStaffAndChildrenWriteFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"小林", "美食城管理部你好，\n\n我是F3-08档口\"老街粥铺\"的店员小林，老板让我写邮件反映一下。\n排烟罩吸力越来越小。\n\n老板叫黄志强，有什么情况请直接打他电话 186-6620-5591，我这边不一定能做主。\n谢谢\n\n老街粥铺 林晓", "黄志强", "186-6620-5591", "F3-08档口"},
		{"刘畅", "加盟部领导好，\n我是洁衣坊万达店的店员刘畅，我们何总让我发这封邮件。\n洗涤剂涨价没有通知。\n\n有问题直接联系我们老板 何丽华 手机 133 6620 1609\n我的电话 150 6620 3387\n\n刘畅", "何丽华", "133 6620 1609", ""},
		{"Lily Zhou", "您好，\n\n我妈妈在咱们菜市场蔬菜区三号棚第12号摊位卖菜，她叫吴秀英，不太会用手机邮箱，我帮她写一下。\n棚顶漏雨。\n\n有事请直接打我妈电话 158 6620 0437。\n谢谢！\n\n周丽", "吴秀英", "158 6620 0437", "蔬菜区三号棚第12号摊位"},
	})
}

// A father his son writes for in Cantonese ("我阿爸陳炳森喺富安街市做凍肉，檔口係23號檔…請直接打俾
// 我阿爸 9624 3318"), a resident who rang the guards' post ("12-1-802业主季先生打岗亭电话") or came
// to an English counter ("Ms. Cheung Wai Man of Tower 5, 22/F, Flat B came to the counter"),
// English assistants' bosses ("on behalf of Mr. Kwok, our Managing Director" signed "…to Mr.
// Anthony Kwok", "I'm the assistant of Ms. Helen Ng") on the number to reach them, and an
// exhibitor's "or better use my local number".
func TestFamiliesGuardsAndAssistantsPassOn(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Jason Chan", "你好，\n\n我阿爸陳炳華喺富安街市做凍肉，檔口係25號檔。佢唔識用email，所以我幫佢寫。\n呢個月已經跳咗四次電。\n\n有咩事請直接打俾我阿爸 9624 6620，佢朝早都喺檔口。我自己電話係 6137 6620。\n\nJason Chan", "陳炳華", "9624 6620", "25號檔"},
		{"地库岗 王海", "客服中心：\n今天19:20左右，12-2-806业主季先生打岗亭电话，说他家的车位被一辆外来车辆占用。我到现场核实，确实如此。\n季先生电话：139 1561 6620\n以上情况请跟进。\n地库岗 王海", "季先生", "139 1561 6620", "12-2-806"},
		{"Karen Li", "Dear Sir/Madam,\n\nI am writing on behalf of Mr. Kwan, our Managing Director, regarding the air-conditioning in our office at Unit 1506, 15/F, Tower 1.\n\nPlease reach him directly on his mobile at 9028 6620. For access you may contact me at 3761 6620.\n\nBest regards,\nKaren Li\nExecutive Assistant to Mr. Anthony Kwan", "Anthony Kwan", "9028 6620", "Unit 1506, 15/F, Tower 1"},
		{"Ivy Tan", "Hi,\n\nI'm the assistant of Ms. Helen Ong, owner of Harborlight Homeware. We are exhibiting at Hall 12.2, Booth E10.\n\nTwo sample lamps were missing this morning. Please call her China SIM 188 2601 6620.\n\nThank you,\nIvy Tan", "Helen Ong", "188 2601 6620", "Hall 12.2, Booth E10"},
		{"Customer Service Centre", "Dear Mr. Ho,\n\nMs. Cheung Mei Ling of Tower 3, 18/F, Flat C came to the counter this morning to complain about water seepage from her kitchen ceiling.\n\nShe prefers to be contacted on her mobile 9476 6620 rather than the home number on our record.\n\nRegards,\nKitty Lau\nTel: 2345 6620", "Ms. Cheung Mei Ling", "9476 6620", "Tower 3, 18/F, Flat C"},
		{"Lucas Weber", "Hello,\n\nwe are exhibitor KW Pumpen GmbH at Hall 2, Stand 2A44. No forklift came today.\n\nYou can call me on +49 151 2267 6620 (roaming) or better use my local number 130 4167 6620.\n\nBest regards\nLucas Weber", "Lucas Weber", "130 4167 6620", "2A44"},
	})
}

// A tenant their agent or their landlord writes for, on the number given for them, where the mail
// asks the office to call the tenant ("租客韩雪（电话176…）反映…麻烦直接联系她本人", "麻烦物业直接
// 联系租客韩先生去现场看，他电话 183…"); the writer where it asks for no one but them.
func TestTenantsTheirAgentsAndLandlordsPassOn(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"链居房产-孔经理", "代租客反映：16幢1203 门禁卡失效", "物业您好，\n我是链居房产的经纪人孔明辉，16幢1203是我们代管的房子，租客韩雪梅（电话176 5820 6620）反映她的门禁卡刷不开单元门。\n租客那边比较着急，麻烦直接联系她本人。\n我的电话：135 8811 6620\n孔明辉", "韩雪梅", "176 5820 6620", "16幢1203"},
	})
	checkWriters(t, []writerCase{
		{"韦宏斌", "物业您好，\n我是10-2-603的房东韦宏斌，房子租给别人住了。租客韩先生昨天跟我说楼下把排气管伸到了公共管井里。\n麻烦物业直接联系租客韩先生去现场看，他电话 18368016620。有需要业主签字的再找我 13906516620。", "韩先生", "18368016620", "10-2-603"},
		{"韦宏斌", "物业您好，\n我是10-2-603的房东韦宏斌，租客韩先生（电话 18368016620）说楼下把排气管伸到了公共管井里。\n这事请跟我联系，我的电话 13906516620。", "韦宏斌", "13906516620", "10-2-603"},
	})
}

// A resident who stopped a butler on their round somewhere ("…的黄女士在电梯口拦住我"), on the
// number said after where she will be ("她下午3点后在家，电话138…"), and one who came to the
// guards' post at an hour the record gives first, at the flat it gives later ("23点10分左右18栋的住
// 户刘先生到东门岗亭来反映…刘先生住18栋1单元201").
func TestResidentsStaffMeetOnRounds(t *testing.T) {
	checkWriters(t, []writerCase{
		{"陈思思", "客服中心同事好，\n\n今天上午巡楼时5-1-1203的黄女士在电梯口拦住我，说她家吊顶在滴水。\n\n黄女士希望今天下午就有人去看一下，她下午3点后在家，电话138 5712 6620（她说家里座机已经停了）。\n\n陈思思\n三区管家", "黄女士", "138 5712 6620", "5-1-1203"},
		{"东门岗亭", "领导好 今天晚上22点40分左右16栋的住户刘先生到东门岗亭来反映说隔壁有人装修 刘先生住16栋2单元302 他留的电话是159 5823 6620 请白班的同事跟进一下\n东门岗 值班 周建军", "刘先生", "159 5823 6620", "16栋2单元302"},
	})
}

// An English tenant's flat in the estate's words ("I live in 8栋 2单元 1701 (renting from Mr. 汪)"),
// an assistant's boss named before their title ("我们王振宇王总的车…他手机是 139…"), and a father his
// daughter writes for who says only whose daughter she is ("我是他女儿郑晓雨").
func TestTenantsBossesAndFathersSaidOtherwise(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Tom Harris", "Hi 物业,\n\nSorry my Chinese is not good. I live in 9栋 1单元 1502 (renting from Mr. 汪). The garbage truck comes at 5am every morning.\n\nPlease WeChat or call me: 186 0571 6620\n\nTom", "Tom Harris", "186 0571 6620", "9栋 1单元 1502"},
		{"赵琳", "您好，\n\n我是启辰科技总经理助理赵琳。我们公司在科创大厦2号楼1108室。\n\n我们王振华王总的车这周两次被地库保安拦在外面。\n\n王总的意思是要你们物业经理直接给他打电话解释。他手机是 139 0178 6620。\n\n我的电话是 021-6078 6620 转 802。\n赵琳", "王振华", "139 0178 6620", "科创大厦2号楼1108室"},
		{"郑晓雨", "物业的同志你们好，\n\n我父亲郑德明住在光华里5号楼2门301，一个人住，今年82了。他家北屋的墙角往下渗水。\n麻烦物业派人去看看，有事请联系我，我是他女儿郑晓雨，电话 186 0112 6620。\n\n谢谢！", "郑德明", "186 0112 6620", "光华里5号楼2门301"},
	})
}

// A husband his wife names and asks the office to call ("我先生黃家明係…嘅業主…請直接聯絡我先生，佢
// 手提係 6283 0917"), and a shared office's room a team says it is in by its code ("我们团队在
// P-08").
func TestSpousesToCallAndRoomsByCode(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Mrs Wong", "管理處：\n\n我先生黃家輝係翠峰苑C座15樓D室嘅業主，佢喺停車場有個月租車位。\n呢兩個禮拜有架白色私家車成日泊咗喺佢個車位度。\n請直接聯絡我先生，佢手提係 6283 6620。\n\nMandy", "黃家輝", "6283 6620", "翠峰苑C座15樓D室"},
		{"黄思源", "Grace你好，\n我们团队在P-12，6个人。空调从上周三开始基本不制冷。\n有问题打我电话 152 2108 6620\n\n黄思源", "黄思源", "152 2108 6620", "P-12"},
	})
}

// A keeper's stall or shop right before or after "我叫…" ("小吃街17号铺位老谭烧烤，我叫谭建军。",
// "我叫苗小芸，在咱们市场南区水果档第26号").
func TestUnitsBesideMyName(t *testing.T) {
	checkWriters(t, []writerCase{
		{"老谭烧烤", "管理处你们好，\n小吃街19号铺位老谭烧烤，我叫谭建国。\n铺子门口那块排水沟的铁盖板中间断了。\n电话 191 7730 6620\n谭建国", "谭建国", "191 7730 6620", "小吃街19号铺位"},
		{"水果西施", "您好\n我叫苗小红，在咱们市场北区水果档第28号，市场改造把顶棚拆了一个月还没装。\n电话：181 3927 6620", "苗小红", "181 3927 6620", "北区水果档第28号"},
	})
}

func TestOldCompoundsDoorsAndRows(t *testing.T) {
	checkWriters(t, []writerCase{
		{"老李", "物业：\n我住纺织厂生活区9号楼5楼东户，楼顶水箱漏水流到我家。\n我叫李建民，电话 0731-5062218 ，手机 135 1234 5678 ，打手机吧座机没人接。", "李建民", "135 1234 5678", "纺织厂生活区9号楼5楼东户"},
		{"张桂英", "你好 我是西关农机厂老院2号院3排7户的张桂英 后排的鸡天天叫\n我电话13612345678", "张桂英", "13612345678", "西关农机厂老院2号院3排7户"},
		{"胡文修", "你好\n我是青山还建小区5号楼西单元3楼东户的 胡文修\n暖气管漏水\n电话：137.1234.5678", "胡文修", "137.1234.5678", "青山还建小区5号楼西单元3楼东户"},
	})
}

func TestFlatsOwnersGiveBesideOthers(t *testing.T) {
	checkWriters(t, []writerCase{
		{"钱建业", "物业财务：\n我叫钱建业，在你们小区有两套房，自己住9栋2单元502，3栋1单元1101是租出去的。物业费算错了。\n电话 139 1234 5678", "钱建业", "139 1234 5678", "9栋2单元502"},
		{"林志明", "您好，\n我們家（翠湖灣 5棟 1203）正上方是天台，雨天漏水。\n聯絡我：手機 186-1234-5678\n林志明", "林志明", "186-1234-5678", "翠湖灣 5棟 1203"},
		{"周", "物业您好，\n8栋2单元1203在装修，每天晚上还在砸墙。\n我家是楼下1103，老人睡不好。\n\n周美玲 13812345678", "周美玲", "13812345678", "8栋2单元1103"},
		{"qianli", "物业你好，\n12幢1单元201的住户在楼道堆杂物，我家在301，出门都不方便。\n我是12幢1单元301的钱莉，手机15112345678。", "钱莉", "15112345678", "12幢1单元301"},
		{"A阿明", "你好 我是租在沙河北一巷9号 3楼 302房的租户 姓陈 陈志明\n房东乱收电费\n我手机 17800001234", "陈志明", "17800001234", "沙河北一巷9号 3楼 302房"},
	})
}

func TestNumbersChangedOrPreferred(t *testing.T) {
	checkWriters(t, []writerCase{
		{"蒋文华", "您好，\n我是锦江花园3幢2单元802的蒋文华，上次留的电话是13600001111，这个号码我已经停用了。\n新号码是19800002222，请更新一下。\n谢谢", "蒋文华", "19800002222", "锦江花园3幢2单元802"},
		{"邹立", "你好，\n说维修师傅打我电话打不通，是因为我手机号换了，原来的135 0000 1111已经停用了，请改成新号177 0000 2222。\n\n邹立", "邹立", "177 0000 2222", ""},
		{"邹丽", "物业服务中心：\n我是御湖华庭B区3栋402的业主邹丽，物业费涨价没有公示。\n联系电话：0731-8400 1234（家） 13800001234（手机，优先）\n\n邹丽", "邹丽", "13800001234", "御湖华庭B区3栋402"},
	})
}

func TestWritersByTitleSignatureOrFirstLine(t *testing.T) {
	checkWriters(t, []writerCase{
		{"培训部 林老师", "商务中心前台：\n我是明德教育培训部的林雅琴，我们公司长期租用贵中心6楼第2会议室。\n上周六会议室被别人占了。\n\n林雅琴 139 0000 1234", "林雅琴", "139 0000 1234", ""},
		{"包海涛", "昨晚15栋2单元的电梯又关人了，关了半个小时！！！\n\n业主 包海涛 15 栋 2 单元 1802\n139-0000-1234", "包海涛", "139-0000-1234", "15栋2单元1802"},
		{"Zhong", "B座1203 钟先生\n我们公司门口的垃圾三天没人清了。\n请尽快处理回电 13800001234", "钟先生", "13800001234", "B座1203"},
		{"川味小厨", "物业部你好：\n我们是负一楼美食广场B1-08铺 川味小厨，后厨地漏返水。\n负责人：邓志强 电话：13500001234", "邓志强", "13500001234", "负一楼美食广场B1-08铺"},
		{"深圳市启明科技有限公司", "您好，\n我司（深圳市启明科技有限公司）租用贵司管理的华盛大厦3幢1505，发票抬头错了。\n\n财务部 赵丽\n手机：137 0000 1234", "赵丽", "137 0000 1234", "华盛大厦3幢1505"},
		{"Anna Kerr", "Hi,\n\nI rent private office 1506 on 15F. The door lock is broken.\n\nAnna", "Anna Kerr", "", "office 1506"},
	})
}

func TestResidentsNumberAButlerGives(t *testing.T) {
	checkWriters(t, []writerCase{
		{"管家-小李", "工程部同事好，\n6栋1501的业主黄丽华女士刚刚到前台反映，她家地暖不热。\n业主电话 186 0000 1234，她下午两点以后在家。\n\n管家 李晓\n前台 0757-8630 0000", "黄丽华", "186 0000 1234", "6栋1501"},
	})
}

func TestStallsInShedsAndMobilesAskedFor(t *testing.T) {
	checkContacts(t, "x@163.com", "投诉 蔬菜区4号棚12号摊位 杜春兰 15900001234", []contactCase{
		{"春兰蔬菜", "管理处：\n棚顶的雨棚破了好几个洞，雨水全漏在摊位上。\n希望尽快派人来修。", "15900001234", "蔬菜区4号棚12号摊位"},
	})
	checkWriters(t, []writerCase{
		{"Ms Chan", "管理處你好，\n\n我哋公司（恆光設計）喺16樓1602室，冷氣費用單多咗三倍。\n\n辦公室電話 2345 0000 平日一般有人聽，但係搵我最好打手提 9187 0000。\n\n陳嘉欣\n行政經理", "陳嘉欣", "9187 0000", "16樓1602室"},
	})
}

func TestBossesTheirAssistantsAndAgenciesWriteFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Amy Chen", "物业您好：\n我是明信律师事务所的行政陈晓思，替我们主任钱立群律师反映一下：1605室主任办公室的空调这周一直出热风。\n钱律师希望今天直接和工程部负责人通个电话，请打他的手机 186 0000 7352。\n我的座机 021-6887 0000 转 803，有事也可以找我。\n\n陈晓思 Amy\n行政主管 | 明信律师事务所",
			"钱立群", "186 0000 7352", "1605室"},
		{"Wang Jia", "物业中心的各位老师好：\n\n我是信和律师事务所行政助理王佳。受我们主任冯国栋律师委托，就发票问题向贵司反映。\n\n冯律师要求物业给一个书面的说明，请直接联系冯律师本人：138-0000-7742（手机）。\n\n王佳 | 行政助理\n信和律师事务所\n电话：010-8591 0000 转 203",
			"冯国栋", "138-0000-7742", ""},
		{"华典会务-林晓", "您好，\n\n我是华典会务的项目执行林晓，我们代理的客户昨天在贵中心3楼兰花厅举办经销商大会，签到系统瘫痪。\n\n客户方项目负责人宋宇航总监要求贵中心出具书面说明。\n\n宋总的电话：139 0000 2275。执行方面的细节可以找我 181 0000 6603。\n\n林晓",
			"宋宇航", "139 0000 2275", ""},
	})
}

func TestResidentsOnRoundsParentsAloneAndGrandchildrensMailboxes(t *testing.T) {
	checkWriters(t, []writerCase{
		{"赵宇航", "客服中心：\n\n今天上午巡楼时9栋1单元1203的孙先生找到我，反映楼下1103家的狗每天早上叫。\n\n孙先生希望今天给他回个电话，电话 139 0000 3306（他说下午两点以后打）。\n\n9栋管家 赵宇航\n手机 133 0000 2191",
			"孙先生", "139 0000 3306", "9栋1单元1203"},
		{"王雪梅", "您好：\n我母亲吴秀兰住供销社宿舍3号楼西门4楼，八十多岁了，一个人住。对门邻居在楼道堆纸箱。\n我妈耳朵不好，有事请打我电话 177 0000 5813，我会转告她。\n\n王雪梅",
			"吴秀兰", "177 0000 5813", "供销社宿舍3号楼西门4楼"},
		{"Tommy", "物业同志：\n8栋楼道灯坏了半个多月了，麻烦赶紧修一下。\n这是我孙子帮我发的邮件。\n\n老陈 陈德明\n8栋402\n电话8835 0000",
			"陈德明", "8835 0000", "8栋402"},
		{"Leo Zhang", "物业客服你好，这是我外孙的邮箱，我不太会用电脑让他帮我发的。\n楼下院子里有人种菜浇粪水。\n我家电话 6583 0000\n\n3号楼204 何阿姨",
			"何阿姨", "6583 0000", "3号楼204"},
	})
}

func TestCompaniesRoomsAndNumbersAtHome(t *testing.T) {
	checkWriters(t, []writerCase{
		{"钟雨桐", "物业服务中心：\n我是8楼小码星编程（801-806）的教务主管钟雨桐。消防通道门被人锁上了。\n白天请打学校座机020-3887 0000找我。\n\n钟雨桐",
			"钟雨桐", "020-3887 0000", "801-806"},
		{"Jason Wong 黄俊杰", "Dear 展商服务中心,\n\nWe are exhibitor PrimeTech. No power at our booth today.\n\n我在展位上，请打我国内的号码 176 0000 3348 (WeChat same). My Malaysia number +60 16-721 0000 is roaming.\n\nJason Wong 黄俊杰",
			"黄俊杰", "176 0000 3348", ""},
	})
}

func TestKeepersTheirSpousesAndManagersWriteFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Lily", "您好，\n我是你们洗车加盟商赵建国的爱人，他在店里忙不会弄邮件，我帮他写。\n我们店是门店编号CW0888，临平店。上个月系统扣了两次品牌管理费。\n有什么事请联系他本人 13757120000，我的手机经常不在身边。",
			"赵建国", "13757120000", "CW0888"},
		{"周丽", "总部客服您好，\n我是门店的店长周丽。收银POS每天下午死机。\n这件事老板何建平要跟你们直接谈，要求总部给个正式说法，请直接打他电话：139 7314 0000。\n门店日常的问题可以找我，我的电话 158 7489 0000。\n\n周丽",
			"何建平", "139 7314 0000", ""},
	})
}

func TestSurnamesOfGroupsKeepersAndBorrowedMailboxes(t *testing.T) {
	checkWriters(t, []writerCase{
		{"会务组-吴", "酒店会议服务部：\n\n投影仪一直没信号，开场推迟了40分钟。\n\n联系人：吴燕 会务负责人\n电话：021-5298 0000转8023", "吴燕", "021-5298 0000 转8023", ""},
		{"宏达五金 李", "主办方你好：\n\n我们的展位被另一家公司搭好了，请马上解决！\n\n现场负责人：李振华 手机 150 1578 0000", "李振华", "150 1578 0000", ""},
		{"小芳", "你好，我是3楼3C-226档口的店员小芳，帮老板娘林秀兰发这个邮件。\n昨晚档口卷闸门被撬了。\n请联系老板娘 136 3228 0000\n\n小芳", "林秀兰", "136 3228 0000", "3楼3C-226档口"},
		{"陳怡君", "自治會您好，\n我用太太的信箱寄信，我是攤商黃俊傑，在夜市做蚵仔煎已經五年了。\n抽籤結果有問題。\n\n黃俊傑\n0918-663-000", "黃俊傑", "0918-663-000", ""},
	})
	checkContacts(t, "x@163.com", "B座1506室 空调不制冷", []contactCase{
		{"徐晓雯 Cindy", "物业您好，\n\n我是恒达律师事务所的行政徐晓雯，代我们主任邱国平律师反映一下：办公室这一周空调几乎不制冷。\n邱律师让我转告，请工程部负责人直接与他联系：138 1022 0000。\n\n徐晓雯\n手机：15901320000",
			"138 1022 0000", "B座1506室"},
	})
}

func TestEnglishFlatsWithBlocksAndBossesOffices(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Sarah Kelly", "Dear Management Office,\n\nI live at Flat 12C, Block 5 and I'm writing about the pool.\n\nI'm reachable on 9488 0000 (WhatsApp is fine).\n\nThanks,\nSarah Kelly",
			"Sarah Kelly", "9488 0000", "Flat 12C, Block 5"},
		{"Cindy Li", "物业您好：\n\n我是恒远资本行政助理Cindy，代我们总经理许国栋先生反映一下车位的问题。\n许总在B2层的固定车位这两周被占了四次。\n许总办公室在B座1606室，他希望物业处理后直接跟他联系，他的手机是139 1023 0000。\n\nCindy Li\n行政助理 | 恒远资本",
			"许国栋", "139 1023 0000", "B座1606室"},
	})
}

func TestABuildingsNameBesideItsOffice(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Zhang Min", "物业你好，\n12楼女卫生间的冲水坏了三天了。\n张敏\n\n----\n张敏 Zhang Min | 行政专员\n锐奇传媒\n东方金座 1211室\nM: 158 0217 0000", "张敏", "158 0217 0000", "1211室"},
	})
}

func TestFranchisedStoresAndCampusesByName(t *testing.T) {
	checkWriters(t, []writerCase{
		{"老潘卤味 九江店", "你们好\n我是九江浔阳店的潘德明，4月12号订的货鸭脖少了20斤。\n请核实补货 我电话 188 7006 0000 下午2点后打", "潘德明", "188 7006 0000", "九江浔阳店"},
		{"Vivian Zhang", "Hi 加盟支持团队，\n\n我们西湖星光校区（校区编号 HZ-XH-05）订的学生用书还有40套没到。\n有事直接打我手机 177 5810 0000。\n\nBest,\nVivian Zhang", "Vivian Zhang", "177 5810 0000", "西湖星光校区"},
	})
}

func TestEnglishOwnersByHandleAndDesksOnAFloor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"zhangwei", "Dear Sir/Madam,\n\nI am Zhang Wei, the owner of Building 7 Unit 1 Room 402 in Yuhu Garden. The water pressure is very low.\nMy phone is 13651870000, you can call me anytime.\n\nZhang Wei",
			"Zhang Wei", "13651870000", "Building 7 Unit 1 Room 402"},
		{"Leo Liu", "Hi 社区的小伙伴，\n我是4楼F区08号工位的刘立（Leo），工位椅子的升降坏了。\n麻烦看一下哈，我电话 176 2105 0000\nThanks!\nLeo",
			"刘立", "176 2105 0000", "4楼F区08号工位"},
		{"Mark Henderson", "Hello,\n\nThe air conditioning is blowing warm air again.\n\nBest to reach me on my mobile +86 186 2105 0000.\n\nThanks,\nMark\n\n--\nMark Henderson\nManaging Director\nAlderway Consulting\nRoom 1807, Tower B, Capital Tower\nT +86 21 6288 0000 | M +86 186 2105 0000",
			"Mark Henderson", "+86 186 2105 0000", "Room 1807, Tower B, Capital Tower"},
	})
}

func TestDirectorsProfessorsAndClinicsPeople(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Grace Lin", "Dear Tenant Services,\n\nPlease see below from our Director, Ms. Helen Park. She'd like someone to contact her directly about this today - her mobile is 135 5128 0000.\n\nThanks,\nGrace\n\n" +
			"From: Helen Park <helen.park@example.com>\nSent: Monday, June 17, 2024 9:02 AM\nTo: Grace Lin\nSubject: Water stains\n\nGrace,\n\nCan you please contact the building about the ceiling in our suite (Suite 1506-1508)? There are new water stains.\n\nHelen",
			"Helen Park", "135 5128 0000", "Suite 1506-1508"},
		{"林雨涵", "会展中心负责老师您好：\n\n我是王振海教授课题组的研究生林雨涵，王老师让我代为反映一下上周六在贵中心B2报告厅举办的论坛的问题。\n王老师希望贵中心给一个书面说明。具体请直接和王老师联系：13601750000（王振海）。我的电话是 187 2165 0000。\n\n林雨涵",
			"王振海", "13601750000", ""},
		{"安康宠物医院", "物业你好，我们是1楼110-111号商铺安康宠物医院，物业通知我们三天内拆掉空调外机。\n有事找黎医生 电话18902040000",
			"黎医生", "18902040000", "1楼110-111号商铺"},
		{"Cindy Lau", "Dear Sir/Madam,\n\nI'm the PA to our Managing Director, Mr. Richard Wong. He asked me to write to you about the air-conditioning in his office, Room 2803, 28/F. The temperature has been over 28 degrees.\n\nHe would like the building manager to call him on his mobile +852 6123 0000.\n\nBest regards,\nCindy Lau",
			"Richard Wong", "+852 6123 0000", "Room 2803, 28/F"},
		{"Lee Family", "Dear Sir/Madam,\n\nI am Mrs. Lee of Block 5, 12/F, Flat C. The flat above us has been renovating every Sunday.\n\nPlease call me on 9284 0000.\n\nMrs. Lee",
			"Mrs. Lee", "9284 0000", "Block 5, 12/F, Flat C"},
	})
}

func TestResidentsAFrontDeskRecordsByTitle(t *testing.T) {
	checkWriters(t, []writerCase{
		{"晨光花园前台", "投诉组：\n今天上午10点左右，7号楼2单元502的业主孙老师（退休老师，女）来前台反映：她家窗户外面的空调外机支架松动。\n孙老师要求今天就有人去看，请打她家电话 0535-6621 000，座机。\n\n前台 小周\n晨光花园物业服务中心 前台电话 0535-6628 000",
			"孙老师", "0535-6621 000", "7号楼2单元502"},
		{"翠峰園管理處前台", "Wong 經理：\n\n今朝10:30左右3座8樓C室住戶陳太親臨管理處，投訴會所按金仍未退還。\n陳太要求今個星期內處理。\n聯絡電話：6021 0000\n\n前台 Carmen\n翠峰園管理處\n電話：2467 0000",
			"陳太", "6021 0000", "3座8樓C室"},
	})
}

func TestNumbersChangedShortOrAskedForInEnglish(t *testing.T) {
	checkWriters(t, []writerCase{
		{"玲玲", "电话换了，打这个186-0000-7738，之前那个不用了\n\n陈美玲\n3-1-802 电话 135 0000 0436", "陈美玲", "186-0000-7738", "3-1-802"},
		{"谢东", "您好，\n我是金域蓝湾2栋1单元2203的业主谢东，车位费重复扣了。\n另外我物业登记的手机 13500000987 已经停用了，以后请打 198 0000 3014，麻烦帮我在系统里改一下。", "谢东", "198 0000 3014", "金域蓝湾2栋1单元2203"},
		{"周婷", "快递柜放在我们楼门口挡路。\n我是9栋2单元1804的周婷，电话1382764551\n不好意思少打了一位，是13800645510", "周婷", "13800645510", "9栋2单元1804"},
		{"Daniel Hoffmann", "Dear Property Management,\n\nI am the tenant of Tower 2, Unit 3105. Water is coming through the ceiling of 3005.\n\nI work during the day so please call me after 6 pm on 139 0000 2046. My Chinese is limited.\n\nBest regards,\nDaniel Hoffmann", "Daniel Hoffmann", "139 0000 2046", "Tower 2, Unit 3105"},
		{"Sarah Mitchell", "Hi,\n\nI rent parking space C-088 and the invoice shows RMB 850.\n\nPlease give me a ring on 186 0000 2249 if it's easier to discuss by phone.\n\nKind regards,\nSarah Mitchell", "Sarah Mitchell", "186 0000 2249", ""},
		{"Tom Becker", "Hello,\n\nOur video door phone has not worked for three weeks.\n\nMy Chinese is not good, so please call my wife Chen Lu on 139 0000 6051, she can explain everything.\n\nThank you,\nTom", "Tom Becker", "139 0000 6051", ""},
		{"Kim Min-jun", "Dear organizer,\n\nToday electricity of our booth is cut 2 times.\n\nMy Korean phone: +82 10-0000-2085\nChinese number (please call this one): 166 0000 4410\n\nBest regards\nKim Min-jun", "Kim Min-jun", "166 0000 4410", ""},
		{"Rajesh Iyer", "Dear Sir,\n\nWe were charged for a forklift we never used.\n\nOffice: +91 80 0000 1234\nI am reachable on WhatsApp/phone +91 98000 12873 (roaming works).\n\nRajesh Iyer", "Rajesh Iyer", "+91 98000 12873", ""},
		{"Ingrid Svensson", "Hello,\n\nThe Wi-Fi at our booth does not work.\n\nPlease call me at the booth, my local number for the fair is +86 156 0000 0347. My Swedish mobile will not be answered.\n\nIngrid Svensson", "Ingrid Svensson", "+86 156 0000 0347", ""},
		{"谢婷", "会务中心您好：\n\n我是恒信会务的谢婷，我们今天在贵酒店3楼多功能厅举办经销商大会，投影仪一直闪屏。\n联系电话：18600005530（现场负责人 谢婷）\n\n谢婷\n恒信会务 项目经理", "谢婷", "18600005530", ""},
	})
}

func TestResidentsAButlerPassesOnByPhoneOrVisit(t *testing.T) {
	checkWriters(t, []writerCase{
		{"吴敏（A座管家）", "客服中心：\n\n今天下午A座2801的赵先生打电话到管家部投诉，楼上2901每天晚上11点以后还有拖动家具的声音。\n\n赵先生电话：135 0000 0417（他说最好中午12点到1点之间打）\n\n吴敏\nA座管家部\n分机 8023", "赵先生", "135 0000 0417", "A座2801"},
		{"汇景苑管家-小吴", "投诉组：\n今天上午10点多业主钱女士（6栋1701）打到管家岗反映，隔壁1702装修从早上7点多就开始电钻。\n钱女士手机 138 0000 7721，请投诉组尽快回电。\n\n管家 吴晓燕 分机 8012", "钱女士", "138 0000 7721", "6栋1701"},
		{"管家-吴晓雯", "工程部：\n今天上午业主钱先生（18栋2单元302）来管家中心反映，他家地下储藏间这两周墙面返潮严重。\n钱先生比较着急，要求本周内给答复。请工程部直接联系钱先生约时间看现场，他的电话 135 0000 4419。\n\n管家 吴晓雯 158 0000 0765", "钱先生", "135 0000 4419", "18栋2单元302"},
	})
}

func TestBoothsFlatsAndStandsSaidAnotherWay(t *testing.T) {
	checkWriters(t, []writerCase{
		{"苗先生", "物业公司：\n公共收益这两年从来没见过公示。我问过业委会的刘主任（电话 138 0000 0072）。\n我作为15栋2单元701的业主，正式要求物业公示。\n请书面答复我，或者打我电话 13600007402。\n苗俊", "苗俊", "13600007402", "15栋2单元701"},
		{"Tom Becker", "Hello,\n\nMy name is Tom Becker, we live in 8-2-1604 (Building 8, Unit 2, Room 1604). Our video door phone has not worked for three weeks.\n\nThank you,\nTom", "Tom Becker", "", "8-2-1604"},
		{"郭振", "展会主办方您好：\n\n我们是荣盛机械，展位号8号馆E-12。隔壁E-14展位的特装展台搭建超出了规定的边线。\n我人在展位上，电话 150 0000 3381，郭振。", "郭振", "150 0000 3381", "8号馆E-12"},
		{"許家豪", "您好：\n我們是台灣聯鋒機械，展位 3館 3B06（光地 36㎡）。今天進場布展發現現場只有單相插座。\n大陸手機 186 0000 2263\n許家豪", "許家豪", "186 0000 2263", "3館 3B06"},
		{"广州瑞丰包装机械有限公司", "您好！\n\n我司在贵展会12.2馆F08展位，今天去登记大厅领证，工作人员说查不到我们的记录。\n\n联系人：袁小姐\n电话：020-0000 8890（工作时间）\n\n广州瑞丰包装机械有限公司\n地址：广州市番禺区石基镇前锋村工业路7号", "袁小姐", "020-0000 8890", "12.2馆F08"},
		{"深圳市拓达智能科技有限公司", "您好：\n我司为8号馆A12展位参展商（深圳市拓达智能科技有限公司），今天布展时发现电源没有接通。\n现场联系人：庞伟 159 0000 4406\n\n地址：深圳市南山区科技园高新南七道18号", "庞伟", "159 0000 4406", "8号馆A12"},
		{"刘彦", "你们这回复等于没回复\n\n刘彦\n13900047781\n\n在 2024-07-10 16:22:05，\"展商服务中心\" <service@cme-expo.cn> 写道：\n>刘先生您好：\n>\n>您反映的6.1馆K22展位用电问题已收悉。需补交超负荷用电费用1650元。\n>\n>展商服务中心 小王", "刘彦", "13900047781", "6.1馆K22"},
		{"Kim Min-jun", "Dear organizer,\n\nThis is Kim Min-jun from Hanbit Cosmetics, Korea, Hall 4 booth 4K12.\n\nToday electricity of our booth is cut 2 times.\n\nBest regards\nKim Min-jun", "Kim Min-jun", "", "4K12"},
		{"Raymond Leung", "Hi,\n\nRaymond from Kinglight Electronics (HK) here, we're at booth 2A06 in Hall 2. The aisle carpet is torn.\n\nRaymond Leung", "Raymond Leung", "", "2A06"},
		{"Sophie Laurent", "Dear Min,\n\nI arrived at our stand this morning (Hall 2, Stand 2C18) and found the glass showcase cracked.\n\nMerci,\nSophie Laurent", "Sophie Laurent", "", "2C18"},
	})
}

func TestKeepersStaffAndWivesWriteFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"lili_0923", "您好，我是L2-118素衣坊的店员小李，我们店长孙雅婷让我帮她发个邮件反映下问题，她这两天在外地进货。\n公共区域的垃圾桶一直没人清。\n有问题直接打我们店长电话 153 0000 2917 ，我这边的号码就不留了", "孙雅婷", "153 0000 2917", "L2-118"},
		{"阿芳", "你好\n我是GZ-1126（番禺市桥店）的店员阿芳，帮我们老板黄永强发这封邮件，他不太会用电脑。\n这批牛奶到店就过期了。\n老板电话 137 0000 0918，有事直接打给他。", "黄永强", "137 0000 0918", ""},
		{"瑜伽小鹿", "物业你好～\n我是L5-08 鹿野瑜伽的主理人陆晓晨🙏\n五楼东侧公共洗手间的烘手机坏了一周了。\n谢谢啦～ 有事微信/电话同号 188 0000 5562", "陆晓晨", "188 0000 5562", "L5-08"},
		{"Ken Chan", "管理處你好，\n我係3座15樓D室嘅陳太，用我先生個email寫嘅。\n樓上16樓D室隻狗成日吠。\n我電話 6218 0000\n陳太", "陳太", "6218 0000", "3座15樓D室"},
		{"华信科技-刘建华", "您好，我是15#楼2单元601业主的爱人王芳，用我老公单位邮箱发的。\n车位费今年涨了没有通知。\n电话 158 0000 6910\n王芳", "王芳", "158 0000 6910", "15#楼2单元601"},
	})
}

func TestSubjectsDashedAndStreetShops(t *testing.T) {
	checkContacts(t, "tao_hj@sohu.com", "投诉-3号楼1-1201-陶-13800001954", []contactCase{
		{"tao_hj", "如题，楼上每天晚上跺脚。\n陶女士", "13800001954", "3号楼1-1201"},
	})
	checkContacts(t, "grace.lu.sh@gmail.com", " 投诉-2号楼1506-隔壁装修噪音-13800000077", []contactCase{
		{"Grace", "如题。\n隔壁1507装修已经三个月了，每天中午照样打墙。\n电话在标题里。\nGrace", "13800000077", "2号楼1506"},
	})
	checkWriters(t, []writerCase{
		{"江边小厨", "物业你好：\n我是滨江路18号临街铺“江边小厨”的老板蒋少华。生鲜超市的送货车每天凌晨三四点在我们门口卸货。\n电话 186 0000 2278", "蒋少华", "186 0000 2278", "滨江路18号"},
		{"阿斌造型", "你好，\n我是人民路57-2号临街铺“阿斌造型”的骆斌。物业把我们这排商铺后面的后门通道锁上了。\n电话：139 0000 6048", "骆斌", "139 0000 6048", "人民路57-2号"},
		{"吳宗翰", "您好：\n我是B1美食街第12櫃「阿翰滷肉飯」的負責人吳宗翰。最近兩週B1美食街的排煙系統吸力明顯變弱。\n手機 0935-000-447", "吳宗翰", "0935-000-447", "B1美食街第12櫃"},
		{"风雨兼程", "你好\n我在蔬菜区3号棚22号摊位卖菜三年了，今天早上管理员来收什么夜间照明费。\n请回电\n毛先生 13700001209", "毛先生", "13700001209", "蔬菜区3号棚22号摊位"},
	})
}

func TestPeopleInChargeGrandparentsAndPartners(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Amy Xu | 盛远律师事务所", "您好，\n\n我是A座2208盛远律师事务所的前台Amy，受我们合伙人杨律师委托向大厦物业反映：周六加班空调申请被拒。\n\n杨律师希望物业负责人直接和他沟通，请回电他的手机 139 0000 2281。\n\nAmy Xu\n前台 | 盛远律师事务所\nA座22层2208室\nT: 021-0000 0322", "杨律师", "139 0000 2281", ""},
		{"黄蕾", "您好：\n我司是浙江旭东汽配有限公司的参展代理，客户本届展位 N2馆 2B31（光地 54㎡，特装）。\n隔壁2B29展位的搭建商把门头的桁架往我们这边多占了60公分。\n客户现场负责人是施国平经理，电话139 0000 2090，请直接联系他，他一直在展位上。如需补资料可以找我。\n\n黄蕾 158 0000 4093", "施国平", "139 0000 2090", "N2馆 2B31"},
		{"蓝秋月", "会议中心：\n我会预订的3楼305会议室被重复预订了。\n此事由学会钟国栋秘书长负责，请直接与钟秘书长联系：138 0000 0943。\n\n蓝秋月\n学会办公室 020-0000 5516", "钟国栋", "138 0000 0943", ""},
		{"小庞", "您好，我帮我爷爷发的邮件，我爷爷叫庞德贵，在你们市场肉类区2排9号摊位卖猪肉十几年了。\n管理员这个月多收了卫生费。\n我爷爷不会用邮箱，有事请打他电话 13500001286，打不通的话打我的 177 0000 5123 也行，我是他孙子庞宇。", "庞德贵", "13500001286", "肉类区2排9号"},
	})
}

func TestNumbersAtHomeOnTheMainlandAndInTheAnswer(t *testing.T) {
	checkWriters(t, []writerCase{
		{"小宇", "物业你好：\n我是21幢202室的周德明，楼道里有人给电瓶车充电。\n我没有手机，家里电话是0512-0000 3317，白天都在家。\n周德明", "周德明", "0512-0000 3317", "21幢202室"},
		{"陳怡君 Yvonne", "您好：\n我是18號樓1單元2202的住戶陳怡君，外牆清洗沒有提前通知。\n我的台灣手機是 0933-000-557，但在大陸比較常用的是 176 0000 5091，請打大陸的號碼，謝謝。", "陳怡君", "176 0000 5091", "18號樓1單元2202"},
		{"Keith Leung", "你好，\n我係1號館1F-C08嘅梁志強，今日個飯盒凍晒。\n我喺展期內用大陸號碼，有咩事打 135 0000 2284 搵我，香港號碼 9456 0000 喺大陸收唔到。\n\nKeith Leung\nT: +852 2389 0000", "梁志強", "135 0000 2284", ""},
		{"尹春燕", "您好，\n\n我司宁波海天电器在上月的家电展中租用1.1馆A03展位，押金还没退。\n\n我座机 0574-0000 2210，手机 159 0000 3318（经常在外面跑银行，请打手机）\n\n尹春燕\n财务部", "尹春燕", "159 0000 3318", "1.1馆A03"},
		{"邱志明", "您好，\n我是26幢1单元502的邱志明，厨房烟道倒灌。我电话 135 0000 6678。\n我下周开始出差一个月，这期间维修的事情请联系我老婆，她电话 189 0000 1146，她白天都在家。", "邱志明", "189 0000 1146", "26幢1单元502"},
		{"吕军", "好的，周六上午可以。\n\n在 2024-08-28，\"物业服务中心\" 写道：\n> 吕先生您好：\n> 您反映的22栋803主卧纱窗被大风刮坏一事，拟于本周六上午上门更换，届时维修师傅会提前致电您登记的号码 158 0000 7013 确认。如时间不便请致电 0551-0000 2200。", "吕军", "158 0000 7013", "22栋803"},
	})
}

func TestNamesAtTheEndBesideTheNumber(t *testing.T) {
	checkWriters(t, []writerCase{
		{"zheng", "电梯天天坏，今天又把人关里面了，你们到底修不修？\n139-0000-2284 郑先生", "郑先生", "139-0000-2284", ""},
		{"Gu", "我是9栋1单元1401的 楼上1501天天早上7点就开始电钻 物业也不管 不能管我就打12345了 我顾女士 电话13600005528", "顾女士", "13600005528", "9栋1单元1401"},
		{"黎sir", "物业：\n楼下烧烤店油烟太大，每天晚上搞到十二点。\n我住B区18栋302房。\n黎先生 13600005318", "黎先生", "13600005318", "B区18栋302房"},
	})
}

func TestDesksAndRoomsByTheirLabels(t *testing.T) {
	checkWriters(t, []writerCase{
		{"宋子涵", "你好，\n我是在咱们空间租用固定工位的会员宋子涵，工位号D-15。今天早上来发现我工位下面的储物柜锁被撬了。\n电话 13100006734", "宋子涵", "13100006734", "D-15"},
		{"吕婷婷", "你好～\n我是3楼开放办公A区12号工位的吕婷婷，这个月账单里打印费扣了386元。\n手机 186 0000 0548", "吕婷婷", "186 0000 0548", "3楼开放办公A区12号工位"},
		{"石磊", "会议信息\n会议名称  华信汽车经销商大会\n会议地点  三楼锦江厅\n联系人  石磊\n手机  186 0000 3095\n问题：投影仪故障。", "石磊", "186 0000 3095", "三楼锦江厅"},
	})
}

func TestNameThenUnitInTheSubject(t *testing.T) {
	checkContacts(t, "nana_yin@qq.com", "尹晓娜 L3中庭K-06 投诉中庭保安", []contactCase{
		{"nana", "中庭的保安每天赶我们的顾客，说不能在中岛前面排队。\n电话 +86-135-0000-7760", "+86-135-0000-7760", "L3中庭K-06"},
	})
	if w := Read(Mail{Name: "nana", Email: "nana_yin@qq.com", Subject: "尹晓娜 L3中庭K-06 投诉中庭保安", Text: "中庭的保安每天赶我们的顾客。\n电话 +86-135-0000-7760"}); w.Name != "尹晓娜" {
		t.Errorf("name %q, want 尹晓娜", w.Name)
	}
}

func TestLawyersClientsRoomsBookedAndMobilesAfterCallMe(t *testing.T) {
	checkWriters(t, []writerCase{
		{"刘洋律师", "律师函\n\n致：金汇广场商业管理有限公司\n\n北京恒澄律师事务所接受马建华先生（贵商场B2-16铺承租人，经营\"马记手工水饺\"）的委托，就以下事宜致函贵方：\n一、贵方多次在营业时间内切断B2-16铺电源。\n请贵方于收到本函之日起五个工作日内与本律师联系，联系电话：186 0000 4497。\n\n北京恒澄律师事务所\n刘洋 律师", "马建华", "186 0000 4497", "B2-16铺"},
		{"甘文静", "会议中心：\n我司远方药业11月7日在贵中心会议中心 2楼3号会议室 召开年度客户答谢会，午餐严重不足。\n联系人：甘文静 138 0000 3326", "甘文静", "138 0000 3326", ""},
		{"Mars", "L1-22铺位的租户，想问问你们的保洁到底归谁管？洗地机的水每天溅到我们玻璃门上。\n电话 136 0000 2293", "Mars", "136 0000 2293", "L1-22铺位"},
		{"Sarah Whitfield", "Dear Building Management,\n\nOur office is Room 2208, Tower A. The after-hours air conditioning charge has doubled.\n\nCould someone from building management call me to discuss a fairer arrangement? Mobile +86 136 0000 0048.\n\nBest regards,\nSarah Whitfield\nOffice Manager\nT: +86 21 5012 0000", "Sarah Whitfield", "+86 136 0000 0048", "Room 2208, Tower A"},
	})
}

func TestOfficesSimsCountersAndFlatsSignedLast(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Daniel Okafor", "Hi,\n\nI'm with BrightWave (Suite 1503, 15F, Tower 2). Since Monday none of our staff access cards work after 7pm.\n\nDaniel Okafor\n135 0000 8847", "Daniel Okafor", "135 0000 8847", "Suite 1503, 15F, Tower 2"},
		{"Priya Natarajan", "Dear organiser,\n\nOur exhibitor badges were not issued.\n\nPlease sort this out urgently. You can call me on my local SIM +86 155 0000 8806 (valid during the fair). My Indian number +91 98000 12637 does not work well here.\n\nPriya Natarajan", "Priya Natarajan", "+86 155 0000 8806", ""},
		{"好食光 信義櫃", "您好：\n本櫃位本月對帳單的信用卡手續費由2%調為2.8%，事前並未收到任何通知。\n\n櫃長 簡淑芬\n手機 0921-000-857", "簡淑芬", "0921-000-857", ""},
	})
}

func TestRoomsRentedTogetherAndMobilesAfterTheOfficesLine(t *testing.T) {
	checkWriters(t, []writerCase{
		{"马晓燕", "物业你好：\n我是5楼美齿口腔诊所的负责人马晓燕，我们诊所租的是501到503三间。今天早上开门发现503诊室天花板一直往下滴水。\n手机 137 0000 6609", "马晓燕", "137 0000 6609", "501到503"},
		{"周凯文", "您好：\n我校自去年9月起租用时代大厦3楼301、302、305三间教室，合同约定电费按各自电表实际用量结算。\n如需沟通，请打我电话13900008827。", "周凯文", "13900008827", "3楼301、302、305"},
		{"Liu Jia", "物业财务部：\n我所租用的2号楼9层905、906、907、908四间，合同上是按套内面积计费。\n请联系我：138 0000 7742\n刘佳", "刘佳", "138 0000 7742", "2号楼9层905、906、907、908"},
		{"会务组-吴", "酒店会议服务部：\n\n我们公司（华晨医疗）4月18日在贵酒店3楼多功能厅B厅举办经销商大会，投影仪一直没信号。\n\n联系人：吴燕 会务负责人\n电话：021-0000 6617转8023 / 手机 13600005208\n", "吴燕", "13600005208", ""},
	})
}

func TestGrandparentsHomesFathersAtHomeAndKeepersSpaced(t *testing.T) {
	checkWriters(t, []writerCase{
		{"小雨🍊", "您好，我帮我奶奶反映一下，我奶奶叫陈桂芳，住机械厂家属院3栋1单元102，暖气一直不热。\n麻烦尽快安排师傅去看一下，奶奶白天都在家，师傅去之前打奶奶家座机 0734-0000617 就行，她手机不怎么看。\n我的电话 186 0000 0954", "陈桂芳", "0734-0000617", "机械厂家属院3栋1单元102"},
		{"Michael Shen", "Dear Sir or Madam,\n\nMy parents Mr. and Mrs. Shen (申建华 / 邹玉梅) live at 铁路新村17号4门2楼右. Their radiators are cold.\n\nPlease call my father at home 0371-0000 2148 (he doesn't use a mobile). I'm in Toronto, my number is +1 416 555 0193, but please call my father first.\n\nMichael Shen", "Michael Shen", "0371-0000 2148", ""},
		{"Markus Brandt", "Dear organiser,\n\nThe power supply at our booth is not working.\n\nBest to reach me on my Chinese mobile during the fair: 138 0000 0473. Our Germany office (+49 711 0000 390) will not be able to help with this.\n\nMarkus Brandt", "Markus Brandt", "138 0000 0473", ""},
		{"阿芳服饰", "你好 我是二楼B区136号档口（2F-B-136）阿芳服饰的老板娘 陈少芳 对面B-141档口天天把货堆到通道上 客人走都走不过去\n电话18900003385", "陈少芳", "18900003385", "二楼B区136号档口"},
	})
}

func TestParentsByTheirChildsNickname(t *testing.T) {
	checkWriters(t, []writerCase{
		{"米米妈", "物业你好😊\n草坪上的狗狗便便💩越来越多了，小朋友在草坪上玩经常踩到。\n我是18幢2单元901的谭晶，电话15700002635", "谭晶", "15700002635", "18幢2单元901"},
	})
}

func TestKeepersByTitleExhibitorsAtTheDeskAndUnitsSubjectsBeginWith(t *testing.T) {
	checkWriters(t, []writerCase{
		{"小何", "你好 我是B1-08铺（鲜果时光）的店员小何，老板郑先生这几天在外地进货，让我先发个邮件反映一下\n冷库的电这周跳闸三次了\n具体的事情你们可以直接联系老板 137 0000 8815，他说电话随时能接\n我的电话15800006627", "郑先生", "137 0000 8815", "B1-08铺"},
		{"5号馆服务台", "主办方：\n今天14:20左右5号馆E12展位（深圳市启明照明科技有限公司）的黄经理到服务台反映：隔壁E14展位的搭建垃圾堆在通道上。\n黄经理电话：135 0000 4426（展期内随时可打）\n\n服务台 蔡琳 020-0000 0505", "黄经理", "135 0000 4426", "5号馆E12展位"},
		{"張淑芬", "管理委員會您好：\n我是松濤苑B棟9樓之2的住戶張淑芬，樓上漏水。\n我的電話：(02)2931-0000（晚上在家）\n白天請打手機：0928-000-093\n張淑芬", "張淑芬", "0928-000-093", "松濤苑B棟9樓之2"},
	})
	checkContacts(t, "zjshoes88@163.com", "B2-15张姐 13600009024 投诉隔壁音响太吵", []contactCase{
		{"zj_shoes", "隔壁音响天天开那么大声，顾客都走了。", "13600009024", "B2-15"},
	})
	if w := Read(Mail{Name: "zj_shoes", Subject: "B2-15张姐 13600009024 投诉隔壁音响太吵", Text: "隔壁音响天天开那么大声。"}); w.Name != "张姐" {
		t.Errorf("name %q, want 张姐", w.Name)
	}
}

func TestHallsByLetterAndCountersOfAFoodCourt(t *testing.T) {
	checkWriters(t, []writerCase{
		{"钱晓峰", "您好：\n我方（浙江省医学会继续教育部）于6月15日在贵大厦3楼多功能厅B举办基层全科医生培训班，投影仪和空调都有问题。\n联系人：钱晓峰 189 0000 6632", "钱晓峰", "189 0000 6632", ""},
		{"阿嬌 小吃", "您好：\n我們是B1美食街08櫃「阿嬌古早味」，這兩個禮拜排風一直很弱，油煙都散不出去。\n負責人 蔡秀嬌\n手機 0918-000-027", "阿嬌 小吃", "0918-000-027", "B1美食街08櫃"},
	})
}

func TestResidentsPassedOnFromTheGuardsTheCommitteeAndTheMarket(t *testing.T) {
	checkWriters(t, []writerCase{
		{"御景湾管家-周婷", "客服中心：\n\n今天下午B区联排16号业主陈先生来管家中心，反映隔壁17号的狗每天晚上叫。\n\n陈先生手机：138 0000 6419（最好下午五点以后打）\n\n周婷\n御景湾 B区管家\n0755-8612 0000 转 806", "陈先生", "138 0000 6419", "B区联排16号"},
		{"保安部 夜班", "昨晚11点半左右18号别墅的吴女士打电话到监控室，说隔壁19号别墅的狗一直在叫。\n吴女士的电话物业管家那边有。\n\n夜班 保安 王 0000", "吴女士", "", "18号别墅"},
		{"业委会 钱卫东", "物业公司：\n8栋2单元602业主俞丽萍女士（老人，不太会用手机）昨天到业委会活动室，委托我向物业书面反映：她家次卧屋顶渗水。\n俞丽萍女士电话：0791-8832 0000（家里座机），她女儿的手机 159 0000 2380 也可以联系。\n\n钱卫东 138 0000 1122", "俞丽萍", "0791-8832 0000", "8栋2单元602"},
		{"楼长 邹", "物业：\n15号楼1门101的住户廖大爷（廖长春）托我跟物业说一下，他家在一楼，不该收二次加压费。\n老人家电话 0731-8456 0000，白天打就行。\n\n邹桂香 137 0000 0652", "廖长春", "0731-8456 0000", "15号楼1门101"},
		{"城南农贸市场管理办", "您好：\n我市场蔬菜区2号棚31号摊位的摊主严小红今天上午到管理办反映，北墙外工地粉尘飘进棚里。\n她本人电话：182 0000 0915，请直接与她联系。\n\n管理办 汤建国 0571-8652 0000", "严小红", "182 0000 0915", "蔬菜区2号棚31号摊位"},
		{"湖畔雅苑 管家部 Cindy", "工程部：\n3栋1502的业主Mrs. Henderson（Olivia Henderson）今天下午来管家中心反映，家里地暖不热。\n业主中文不好，她的手机是 +86 138 0000 6029，白天一般在家。\n\nCindy 分机 8021", "Olivia Henderson", "+86 138 0000 6029", "3栋1502"},
	})
}

func TestTheContactAJointOrACommitteesLetterNames(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Huang Zhenhua", "物业公司负责同志：\n\n我作为业委会副主任，代表来找我反映意见的业主正式提出异议。\n\n反映意见的业主有：3栋1单元201 邱先生、5栋2单元602 蒋女士等十余户。\n\n联系人：黄振华（业委会副主任，12栋3单元402）\n电话：13900002286\n", "黄振华", "13900002286", "12栋3单元402"},
		{"业委会秘书处", "物业服务中心：\n业委会近期收到多位业主反映，小区地面公共停车位被出租给外来车辆。\n\n联系人：业委会主任 曹志刚（18幢2单元301），手机 133 0000 6674\n业委会秘书 严晓静 代发", "曹志刚", "133 0000 6674", "18幢2单元301"},
		{"紫荆社区业主", "物业公司：\n现联名投诉车库渗水：\n1  谭海（4栋1单元202）B-031\n2  龙振宇（6栋1单元301）B-045\n要求一个月内完成维修。\n本次联名的联系人：龙振宇，电话 139 0000 2216", "龙振宇", "139 0000 2216", "6栋1单元301"},
		{"鼎信会计师事务所", "物业管理处：\n\n我们是20楼的全体租户，现联名反映走廊照明的问题。\n\n本次联名的联系人为：2006室 鼎信会计师事务所 曹敏，电话 135 0000 6645。\n\n20楼全体租户", "曹敏", "135 0000 6645", "2006室"},
	})
}

func TestStallsBoothsAndHousesASubjectBeginsWith(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"罗建平", "冻品区A-21 插座烧了", "冻品区A-21 冰柜电源插座今天早上烧了 冒烟 请尽快派电工来换\n谢谢", "罗建平", "", "冻品区A-21"},
		{"春梅", "【投诉】水果区F-08 电表老跳闸", "电表一天跳四五次 冷柜里的榴莲都快放坏了\n\n廖春梅\n电话 138 0000 6624", "廖春梅", "138 0000 6624", "水果区F-08"},
		{"许志明", "8号馆E12展位 电源还没接通", "展馆服务处你好\n我们是明辉光电，明天上午9点开展，展位的电源箱还没接通。\n现场负责人就是我，电话 158 0000 3302，我就在展位上", "许志明", "158 0000 3302", "8号馆E12"},
		{"Boon Kiat", "独栋 A-18 - garden lights & property fee", "Hi,\n\nThe garden lights along the lake road have been off for two weeks.\n\nBoon Kiat", "Boon Kiat", "", "独栋 A-18"},
		{"6栋业主", "投诉-张卫国-6栋3单元201-物业费收据", "物业：\n我交了物业费一直没拿到收据。电话 139 0000 1874", "张卫国", "139 0000 1874", "6栋3单元201"},
		{"周建华", "5-2-1101水压太低", "物业：\n\n我是5-2-1101的业主周建华，水压一直很低。\n\n请尽快派人检查加压泵，处理结果请回电 152-0000-3390。\n\n周建华", "周建华", "152-0000-3390", "5-2-1101"},
	})
	checkWriters(t, []writerCase{
		{"蒋文", "物业：\n昨晚的大雨，我家地下室又进水了。\n\n蒋文\n玫瑰园 联排 R-23\n186 0000 7730", "蒋文", "186 0000 7730", "玫瑰园 联排 R-23"},
	})
}

func TestBossesTheirAssistantsAndDriversWriteFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Jenny Park", "您好，\n我是韩光贸易（Hanbit Trading）12楼1205的总经理助理 Jenny Park。今天早上我们总经理 Kim Dong-hyun（金东贤）先生在3号电梯里被困了25分钟。\n金总要求物业经理今天直接给他本人回电话，他的手机是 186 0000 9350。\n\nJenny Park\n027-8556 0000", "Kim Dong-hyun", "186 0000 9350", "12楼1205"},
		{"周雨婷", "总部您好！我是郑州中原路校区（校区编号ZZ-012）王建峰校长的助理周雨婷，受王校长委托反映教材费结算的问题。\n具体情况请直接和王校长沟通，他的手机是158 0000 9906；资料方面可以联系我，电话0371-6789 0000 转 803。", "王建峰", "158 0000 9906", "ZZ-012"},
		{"Vivian 何", "您好，我是瑞泰集团总经理办公室的何薇，代我们秦志远总经理向贵酒店反映一下昨天在五楼牡丹厅召开董事会时出现的问题。\n秦总请贵酒店经理直接联系他本人，他的手机 139 0000 2268。", "秦志远", "139 0000 2268", ""},
		{"邓小军", "物业你好：\n我是康乐山庄C区36号业主韩立新家的司机，姓邓。韩总让我跟你们反映一下：园林工人把院子门口的罗汉松剪坏了。\n韩总要求你们物业的经理直接给他打电话，他的手机是139 0000 8826。我这边的电话是151 0000 3317，需要开门可以找我。", "韩立新", "139 0000 8826", "康乐山庄C区36号"},
		{"深圳市宏达贸易有限公司", "物业管理处：\n我是宏达贸易行政部的陈晓燕，代我们董事长邓总（邓志远先生，半山别墅15号业主）联系贵处。本季度物业费账单的面积有误。\n邓总平时很忙，有关事宜请直接联系我，手机 185 0000 2041（微信同号）。", "邓志远", "185 0000 2041", "半山别墅15号"},
	})
}

func TestParentsAndSpousesWrittenForAtTheirStallsAndStores(t *testing.T) {
	checkWriters(t, []writerCase{
		{"吴昊", "管理处你好，\n我爸吴德福在江海市场干货区二街08号做干货生意，他不太会用电脑，让我帮他发这个邮件。\n市场新装的限高杆太低，进货的货车进不来。\n有事请打我爸电话 135 0000 2316。\n吴昊", "吴德福", "135 0000 2316", "江海市场干货区二街08号"},
		{"Kelvin Chan", "管理處你好，\n我阿媽梁美玲（大家叫佢陳太）喺新城街市二樓熟食中心12號檔做緊茶餐廳，佢唔識用電腦，叫我幫佢寫封email。\n檔口上面個抽風機壞咗一個禮拜。\n有咩事直接打俾我阿媽 6287 0000，佢下晝3點至5點比較得閒。", "梁美玲", "6287 0000", "新城街市二樓熟食中心12號檔"},
		{"田野", "你好，\n我爸田国富是洁速洗车 石家庄裕华路店的加盟商，去年签合同时说满一年返还一半保证金。\n我爸年纪大了耳朵不太好，你们有什么事打我电话 182 0000 5406 ，我跟他说。\n田野", "田国富", "182 0000 5406", "洁速洗车 石家庄裕华路店"},
		{"小燕子", "你们好，我是邻家优选郑州金水路店加盟商刘长海的爱人，他不太会弄电脑，让我帮他发这个邮件。\n\n配送车来的时间特别乱。\n\n你们回电话打他手机就行 13900006628 ，我这个号是我上班用的 不方便接\n\n谢谢", "刘长海", "13900006628", "邻家优选郑州金水路店"},
		{"Amy Wu", "物业你好，\n我是12栋1801的男主人唐明，用我太太的邮箱发的。\n屋顶又漏水了。\n唐明", "唐明", "", "12栋1801"},
	})
}

func TestNumbersAskedForAsMobilesBackupsAndOnApps(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Grace Tan", "Dear Management Office,\n\nI am the owner of Unit 601, Building 5. I live in Sydney and the flat is rented out.\n\nBest way to reach me is WhatsApp/WeChat on +61 412 000 870. Please note the time difference.\n\nGrace Tan", "Grace Tan", "+61 412 000 870", "Unit 601, Building 5"},
		{"邓海涛", "维修还没来\n另外我原来那个号停机了 以后打这个 191 0000 6678\n\n> 您反映的冰沙机故障已登记。请保持电话 136 0000 1147 畅通。", "邓海涛", "191 0000 6678", ""},
		{"小蔡", "你们好 我是剪艺坊 宁波天一广场店的领班蔡雨涵，店长这周休假，我来说一下\n预约系统这周已经出了五次重复预约了\n截图我都存着 需要的话加我微信 手机号同微信 150 0000 8263\n店长的电话是 139 0000 0016 不过她在外地 这几天别打扰她了", "蔡雨涵", "150 0000 8263", ""},
		{"Markus Brandt", "Dear Sir or Madam,\n\nThere is no power at our booth. My German mobile has very bad reception in the hall, so please call our local number +86 156 0000 4439 (I carry this phone with me).\n\nMarkus Brandt\nTel. +49 7121 0000-12", "Markus Brandt", "+86 156 0000 4439", ""},
		{"Mandy Lau", "管理處你好，\n我係國豐貿易嘅Mandy（劉敏儀），負責公司行政。五月份嘅加時冷氣單計多咗。\n有咩請打我direct line 2851 0000（總機2851 7000轉嚟轉去好麻煩）。\nMandy", "劉敏儀", "2851 0000", ""},
		{"Peter Wong", "Hi,\n\nEvery small order is charged a delivery fee now. Please remove the fee or explain in writing. Reply by email or call my mobile, the shop line is for customers.\n\nPeter Wong 黃柏年\nFranchisee\nMobile 9021 0000 | Shop 2492 0715", "黃柏年", "9021 0000", ""},
		{"Lucy", "运营部同事你好，\n\n我们是B1-36铺的甜莓烘焙。B1层的空调每天晚上9点就关了。\n\n谢谢！\n\nLucy 贺璐 | 店长\n甜莓烘焙 星河汇店 B1-36铺\n店铺电话：0755-8321 0000\n手机：138 0000 0913\n（晚上店里电话经常没人接，找我请直接打手机）", "贺璐", "138 0000 0913", "B1-36铺"},
		{"洪淑芬 Sophie Hung", "會議服務部 您好：\n\n我是本次活動的承辦人洪淑芬。現場座位不夠。\n\n我在大陸期間台灣手機不一定收得到，請撥打我的大陸號碼：+86 185 0000 6437\n（台灣手機：0917-000-582，僅供備用）\n\n洪淑芬 Sophie Hung", "洪淑芬", "+86 185 0000 6437", ""},
		{"小刘", "你好 我是调料区B排09号档口帮老板看档的小工 我们老板叫蒋国富 他不会弄邮件让我帮他发\n通道上的货架都要搬走 老板觉得不公平\n老板说让管理处的人直接打他电话 13500002291 我的电话别打 我下个月就不干了", "蒋国富", "13500002291", "调料区B排09号档口"},
	})
}

func TestOfficesOfTheFirmsWritersWorkFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"赵磊", "你好，昨天晚上我电动车停在B1非机动车区，今天早上电池被人撬走了。我是22楼长江数科的员工，电动车是登记过的。\n电话 198 0000 6637", "赵磊", "198 0000 6637", "22楼"},
		{"小鱼儿🐟", "我们9楼906的 最近大厦不让外卖小哥上楼 你们大堂那个外卖架子根本没人管 这周丢了两次外卖\n\n有结果了可以打我电话 185 0000 0349\n——徐小姐", "徐小姐", "185 0000 0349", "9楼906"},
		{"彩虹树美术", "物业：\n我是4楼401-405彩虹树少儿美术的校长任静。本周六值班保安对我校家长态度恶劣。\n电话：139 0000 7730（任静）", "任静", "139 0000 7730", "4楼401-405"},
		{"Hiroshi Tanaka", "Dear Property Management,\n\nThe access cards for our new staff are still not activated.\n\nI am in meetings most of the day, so my mobile is better than the office line.\n\nBest regards,\n\nHiroshi Tanaka 田中 博\nGeneral Affairs Manager\nKizuna Electronics (Shenzhen) Co., Ltd.\nRoom 2305, Tower A, Nanshan Sci-Tech Center\nTel: +86-755-2663-0000 ext. 215\nMobile: +86 159 0000 6034", "Hiroshi Tanaka", "+86 159 0000 6034", "Room 2305, Tower A"},
		{"Vogel, Katrin", "Dear Sir or Madam,\n\nSince the beginning of December the temperature in our office on 17/F (Units 1705-1706) has not gone above 17 degrees.\n\nPlease call me on +86 139 0000 0483, not the reception.\n\nKatrin Vogel", "Katrin Vogel", "+86 139 0000 0483", "17/F (Units 1705-1706)"},
		{"徐薇", "你好，\n\n26楼女卫生间最里面的隔间顶上一直在滴水。\n\n我是东方资本2608的 徐薇，电话 021-5877 0000 转 112。", "徐薇", "021-5877 0000 转 112", "2608"},
		{"이서연 (Lee Seo-yeon)", "Dear Management Office,\n\nI am Lee Seo-yeon, manager of Daon Cosmetics Shenzhen office (Unit 0902, 9F). In the May invoice there is an after-hours air-conditioning charge we did not apply for.\n\nPlease call my Korean mobile +82 10-0000-2380.\n\nLee Seo-yeon", "Lee Seo-yeon", "+82 10-0000-2380", "Unit 0902, 9F"},
	})
}

func TestStoresByTheirNamesAndCodesInEnglishAndInTheAnswer(t *testing.T) {
	checkWriters(t, []writerCase{
		{"春熙路店", "我是成都春熙路店的，这个月珍珠粉圆已经第三次没按时到货了。\n有事打我手机 138 0000 4471\n李建国\n沐茶季 成都春熙路店", "李建国", "138 0000 4471", "成都春熙路店"},
		{"黄秀英", "你好 区域主管上周到我们店检查 罚了500 新版价签总部一直没寄过来\n电话 138 0000 2257\n南京新街口店", "黄秀英", "138 0000 2257", "南京新街口店"},
		{"宋佳", "您好，我是邻家优选昆明北京路店的老板娘宋佳，店是我和我老公一起开的，平时店里的事都是我在管。\n冷柜维修费用不合理。\n电话 187 0000 2316", "宋佳", "187 0000 2316", "邻家优选昆明北京路店"},
		{"Chan Ka Yan", "總部你好，\n我係淨衣寶旺角西洋菜南街分店嘅加盟商陳嘉欣。今個月品牌使用費扣咗兩次。\n請打我手提 6172 0000", "陳嘉欣", "6172 0000", "淨衣寶旺角西洋菜南街分店"},
		{"小蔡", "你们好 我是剪艺坊 门店编号JYF-0712 宁波天一广场店的领班蔡雨涵，店长这周休假，我来说一下\n预约系统老是重复预约\n手机 150 0000 8263", "蔡雨涵", "150 0000 8263", "JYF-0712"},
		{"David Miller", "Hello,\n\nThis is David Miller, franchisee of the Shekou store (store code SZ-0209). The last two deliveries of beans were stale.\n\nDavid Miller\n+86 139 0000 1055", "David Miller", "+86 139 0000 1055", "SZ-0209"},
		{"Peter Wong", "Hi,\n\nOur Tsuen Wan shop (荃灣眾安街店, shop code HK-TW-07) orders small quantities twice a week.\n\nPeter Wong\nMobile 9021 0000", "Peter Wong", "9021 0000", "HK-TW-07"},
		{"谭军", "那为什么别的店不收？\n谭军 152 0000 6632\n\n------------------ 原始邮件 ------------------\n> 谭先生您好：\n> 关于您对贵阳观山湖店（门店编号GY-0031）品牌推广费的疑问，说明如下。\n> 加盟服务台", "谭军", "152 0000 6632", "GY-0031"},
	})
}

func TestRoomsHeldByNameAndStallsWhereWritersSell(t *testing.T) {
	checkWriters(t, []writerCase{
		{"明德职业培训学校", "您好，我是明德职业培训学校的培训讲师郑浩，这个邮箱是学校的公共邮箱。我们这三天在贵酒店3楼6号会议室办会计继续教育培训。\n会议室的两个无线话筒一直有电流杂音。\n电话 137 0000 2085\n郑浩", "郑浩", "137 0000 2085", ""},
		{"陈一鸣", "您好：\n我所今日在贵酒店四楼2号会议室进行一场商事仲裁的庭前证据交换，服务员三次未敲门直接进入。\n请回电 186 0000 0596。\n陈一鸣", "陈一鸣", "186 0000 0596", ""},
		{"James O'Neill", "Dear Banquet Team,\n\nI am the event coordinator for Oakridge Asia's regional partner summit, booked in the Orchid Room (4th floor) for 10-12 July.\n\nPlease contact me directly on +852 9034 0000.\n\nJames O'Neill", "James O'Neill", "+852 9034 0000", ""},
		{"万志刚", "你好我叫万志刚在熟食区S-09卖卤菜 门口的下水到堵了一个多星期了 麻烦今天就派人来 电话15800007614", "万志刚", "15800007614", "熟食区S-09"},
		{"杨德军", "管理办你好 我是小吃街3号棚第8位卖臭豆腐的老杨 杨德军 这个月电费收了我460块 隔壁第9位才收了300\n电话 135 0000 1940", "杨德军", "135 0000 1940", "小吃街3号棚第8位"},
	})
}

func TestOldResidentsDictatingAndNeighboursAnswering(t *testing.T) {
	checkWriters(t, []writerCase{
		{"李昊", "物业您好，下面是我爷爷说的，我帮他打出来：\n\n“我是花园路小区4号楼3单元201的李文贵，今年79了。楼道里堆了好多纸箱子，请物业赶紧来清理。”\n\n爷爷说他没有手机，有事打他家座机 0571-8823 0000，上午在家。\n（我是他孙子，平时在学校住）", "李文贵", "0571-8823 0000", "花园路小区4号楼3单元201"},
		{"小贝", "物业你好，我替对门2幢3单元202的刘奶奶反映一下：她家厨房水池下面的总阀一直漏水。我住她对门203。\n刘奶奶没有手机，家里电话也停了，有事请打我的电话 189 0000 0436（我姓贝），我帮她开门。", "刘奶奶", "189 0000 0436", "2幢3单元202"},
	})
}

func TestStoresReportFormsCampusesAndTheSubjectsContact(t *testing.T) {
	checkWriters(t, []writerCase{
		{"邻家优选小寨东路店", "门店：邻家优选 西安小寨东路店\n门店编号：XA-0356\n反馈人：值班长 孙浩\n联系电话：177 0000 3384\n问题类型：订货系统/配送\n问题描述：\n订的是550ml，到货变成了1.5L。\n店长今天休息，有事先找我。", "孙浩", "177 0000 3384", "XA-0356"},
		{"學優堂新竹東門校", "總部您好：\n\n本校自週一起，老師登入線上教學平台時一直出現「帳號授權已過期」。\n\n請撥我手機 0955-000-302。\n\n新竹東門校 主任 蔡佩珊", "蔡佩珊", "0955-000-302", ""},
	})
	checkSubjectWriters(t, []subjectCase{
		{"学优堂光谷", "【投诉】学优堂武汉光谷校区 教材迟迟不到 联系人朱老师13800000034", "如题，开学两周了教材还没到。", "朱老师", "13800000034", "学优堂武汉光谷校区"},
	})
}

func TestRoomsOfApartmentsAndDormitoriesAndDesks(t *testing.T) {
	checkWriters(t, []writerCase{
		{"李明", "你好，空调坏了。\n姓名：李明\n电话：138 0000 1111\n房间号：A-1203", "李明", "138 0000 1111", "A-1203"},
		{"李明", "你好，热水没有。\n姓名：李明\n电话：138 0000 1111\n宿舍号：5-312", "李明", "138 0000 1111", "5-312"},
		{"李明", "我住在公寓A座1203房间，空调坏了三天了。李明 138 0000 1111", "李明", "138 0000 1111", "公寓A座1203房间"},
		{"李明", "我住A-1203房间，门锁坏了。李明 138 0000 1111", "李明", "138 0000 1111", "A-1203房间"},
		{"李明", "我是5栋312寝室的学生，热水器坏了。李明 138 0000 1111", "李明", "138 0000 1111", "5栋312寝室"},
		{"李明", "我在12楼共享办公区的工位号是D-15，网络不通。李明 138 0000 1111", "李明", "138 0000 1111", "D-15"},
		{"李明", "我是贵酒店1203房间的客人，空调坏了。李明 138 0000 1111", "李明", "138 0000 1111", "1203房间"},
	})
}

func TestClientsOfAgentsLandlordsAbroadAndOurEstatesFlats(t *testing.T) {
	checkWriters(t, []writerCase{
		{"链家-刘洋", "物业您好，我是链家的经纪人刘洋，受业主陈建国先生委托反映：他家（5栋2单元802）楼上漏水。业主电话 138 0000 3333，请直接联系他。", "陈建国", "138 0000 3333", "5栋2单元802"},
		{"刘洋", "你好，我是中介小刘，帮租客张女士反映一下，她住8栋1102，电话 137 0000 4444，空调外机噪音很大。", "张女士", "137 0000 4444", "8栋1102"},
		{"Mrs. Wong", "Dear Sir, I am the landlord of Flat 12B, Block 3. My tenant told me the window is leaking. Regards, Mrs. Wong", "Mrs. Wong", "", "Flat 12B, Block 3"},
		{"陈美玲", "管委會您好：我是本社區12號8樓之3的住戶陳美玲，頂樓漏水。請撥0912-000-345。", "陈美玲", "0912-000-345", "12號8樓之3"},
	})
}

func TestBoothsAtHallsAndNumbersOnWeChat(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Hans Weber", "Dear organiser,\nWe are at Hall 5.1 Stand E22. The carpet was not laid.\nPlease call me on WhatsApp +49 170 0000 123.\nHans Weber", "Hans Weber", "+49 170 0000 123", "Hall 5.1, Booth E22"},
		{"Kevin Tsai", "您好，我們是台灣佳聯科技，展位在Hall 2 Booth 2B15，展台的燈一直不亮。\n\nKevin Tsai", "Kevin Tsai", "", "2B15"},
		{"林先生", "您好，我司在3号馆3C21展位，展位编号3C21。微信同手机 186 0000 1111。林志强", "林先生", "186 0000 1111", "3号馆3C21"},
	})
}

func TestANumberSaidUnchanged(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"zq", "Re: 7栋2单元1502 周强 电梯故障", "同上，电话没变 139 0000 2233", "周强", "139 0000 2233", "7栋2单元1502"},
		{"李娜", "Re: 门禁卡", "还没修好。我的手机号码不变：186 0000 7788\n李娜", "李娜", "186 0000 7788", ""},
	})
}

func TestUnitsRentedTogetherAndRoomsBookedAtTheCentre(t *testing.T) {
	checkWriters(t, []writerCase{
		{"邓丽", "您好，我是鑫瑞医疗器械的行政邓丽。我们公司上个月底搬进贵大厦，租用21楼2101-2105和2110共6个单元，员工门禁卡刷不了21楼电梯。\n手机 180-0000-5039", "邓丽", "180-0000-5039", "21楼2101-2105和2110"},
		{"会务组-鲍", "会展中心客服：\n我单位6月20日全天预订了会展中心3楼301会议室，召开年度经销商大会，今天发现另一家公司也订了。\n联系人：鲍媛媛 139-0000-8843", "鲍媛媛", "139-0000-8843", ""},
	})
}

func TestTheBackupNumberIsTheOneSaidSo(t *testing.T) {
	checkWriters(t, []writerCase{
		{"周敏", "物业你好，楼道灯坏了一周了。\n请打我手机：138 0000 1234（备用 0571-8800 0000）\n周敏", "周敏", "138 0000 1234", ""},
	})
}

func TestFlatsAndNumbersPutRightLaterInTheMail(t *testing.T) {
	checkWriters(t, []writerCase{
		{"孙涛", "物业你好，我家是8栋1305，楼上一直在装修，中午也不停。\n电话 139 0000 4521\n\n补充一下，不好意思房号打反了，我家是8栋1503，不是1305，装修的是隔壁1502。", "孙涛", "139 0000 4521", "8栋1503"},
		{"何丽", "车库顶上漏水滴到我车上了，我是11幢702室的业主何丽，电话15800001290。\n更正：电话打错了一位，是15800001293，之前那个不是我的。", "何丽", "15800001293", "11幢702室"},
		{"何家明", "管理處你好，我係A座15樓G座嘅租客何家明，天台漏水。電話6600 1234\n（更正：係6600 1243，頭先打錯咗）", "何家明", "6600 1243", "A座15樓G座"},
		{"范刚", "我是你们小区16幢502的业主范刚，物业维修水管把我家墙砸了。\n电话 189 0000 6653\n哦对了，刚才漏写了单元，是16幢2单元502，16幢有两个单元别搞错了。", "范刚", "189 0000 6653", "16幢2单元502"},
	})
}

func TestEmployeesStudentsAndInLawsWrittenFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"张敏 | 人力资源部", "宿舍管理处您好：\n我是华昌精密人力资源部的张敏。我司员工王建华住在贵园区员工公寓C栋208室（1号床位），他反映房间热水器坏了。\n请尽快安排维修，时间可以直接跟王建华本人约：电话 13900002871。\n张敏\n电话：0769-2200 6100 转 8023", "王建华", "13900002871", "员工公寓C栋208室"},
		{"欧阳 HRBP", "您好，\n我司夜班员工罗志强（工号 SR20033）住在员工村5幢218房3号床，门禁卡刷不开。\n需要补卡的话请直接联系罗志强：137 0000 9065。\n谢谢！\n欧阳", "罗志强", "137 0000 9065", "员工村5幢218房"},
		{"行政人事部 - 黄丽", "我司员工刘春花（员工公寓B栋310室）反映宿舍床上有臭虫。\n员工在产线上班不方便接电话，消杀时间请直接和我约：138 0000 0061。\n黄丽 0769-2200 5180", "刘春花", "138 0000 0061", "员工公寓B栋310室"},
		{"快乐每一天", "老师您好，我是机械学院大二学生李浩宇的妈妈，孩子住在学生公寓6号楼315室，卫生间的下水道堵了一个星期了。\n您们可以直接联系他本人：152 0000 0948（下午五点以后打）。", "李浩宇", "152 0000 0948", "学生公寓6号楼315室"},
		{"海阔天空", "我是计算机学院大一新生吴子涵的家长。孩子住紫荆公寓B座0605，他的床板裂了。\n具体情况请先联系孩子本人 134 0000 2210，联系不上再打我 139 0000 6658。\n吴子涵妈妈", "吴子涵", "134 0000 2210", "紫荆公寓B座0605"},
		{"小孙", "物业你好，我岳父岳母住在你们小区7#楼302，岳父叫周德海，七十多了，家里暖气不热。\n老人家里白天都有人，请先打他们家座机 0571-8800 3316 约时间，座机没人接再打我手机13700002904。", "周德海", "0571-8800 3316", "7#楼302"},
		{"Lily", "物业您好：\n我婆婆袁淑兰住在咱们小区11号楼2门301，老太太一个人住，厨房下水总是返水。\n婆婆家里电话是010-6200 1187，但她听力不好，有事请先打我手机158 0000 9623，我叫赵雨。", "袁淑兰", "158 0000 9623", "11号楼2门301"},
		{"陳俊宏", "您好：\n家父陳文輝住在貴社區5號3樓，今年八十五歲，獨居。浴室天花板在滴水。\n有事請打我的手機 0912-000-578。\n陳俊宏 敬上", "陳文輝", "0912-000-578", "5號3樓"},
		{"Cindy Leung", "管理處你好，\n我係2座11樓D室業主梁太(陳秀英)嘅女兒，佢唔識用電郵，所以由我代佢寫。樓上滴水。\n有咩事請直接打俾我媽媽 138 0000 0713（佢喺屋企），唔該。\nCindy", "陳秀英", "138 0000 0713", "2座11樓D室"},
	})
}

func TestClientsAgentsAndDesksPassOn(t *testing.T) {
	checkWriters(t, []writerCase{
		{"张帆-链家", "物业管理处您好：\n我是链家地产的经纪人张帆，受香樟苑3-1-902业主吴国平先生委托，代他反映一个问题。门禁卡办不了。\n吴先生在国外电话不方便，他交代有任何事情都联系我，我的手机 136 0000 2093。\n张帆\n门店电话 0574-8700 6630", "吴国平", "136 0000 2093", "香樟苑3-1-902"},
		{"中原地产 王浩", "我是中原地产的经纪人王浩。5座1702房的业主关女士委托我们出租房子，管理处不收她的授权书。\n她的手机是 139 0000 3158（内地号码），香港的号码是 9400 2281。\n王浩\n186 0000 4470", "关女士", "139 0000 3158", "5座1702"},
		{"Jason Yip | Midland", "Dear Sir,\nI'm the letting agent for Flat 6C, Tower 3. The tenant, Ms. Priya Menon, has asked me to pass on a complaint: the tap water is brownish.\nMs. Menon's mobile is 5400 2290, she prefers to be contacted directly.\nJason Yip\n9700 4418", "Priya Menon", "5400 2290", "Flat 6C, Tower 3"},
		{"Cheryl Ng", "Dear Sir/Madam,\nI am writing on behalf of Mr. Lo Ka Ming, owner of Flat 3B, Building 6 at your estate. There is water seepage on the ceiling.\nPlease contact Mr. Lo directly on his mainland mobile 138 0000 0091 rather than my office line.\nCheryl Ng\n+852 2800 1000", "Lo Ka Ming", "138 0000 0091", "Flat 3B, Building 6"},
		{"澜庭前台 杨柳", "工程部：\n今天下午1203房的住户何女士到前台反映，楼上1303每天晚上拖椅子。\n何女士希望今天内有人给她回电话：13600000925。\n\n杨柳\nTel: 021-6000 1234 ext. 0", "何女士", "13600000925", "1203"},
	})
}

func TestResidentsLoggedByTheDeskAndBossesInEnglishOffices(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Front Desk - Riverside", "工程部：\n1806的住客 Mr. Henrik Larsen 今天早上到前台投诉，浴室热水不够热。\n他说下午3点以后在房间，上门前请先打他手机 +86 137 0000 2208，他只讲英文。\nFront Desk\n021-5800 6600 ext. 8001", "Henrik Larsen", "+86 137 0000 2208", "1806"},
		{"西溪苑物业前台", "工程部：\n今天上午10:20 接到12幢603 郭阿姨来电，反映卫生间马桶底座一直渗水，楼下503也说有水印。\n郭阿姨一个人住，不用手机，请回电她家座机 0571-8500 3376 约上门时间。\n物业前台 0571-8500 0000", "郭阿姨", "0571-8500 3376", "12幢603"},
		{"Cheryl Ng", "Dear Sir,\nI write on behalf of Mr. Anthony Sze, Managing Director of Sze & Partners, Unit 2805, 28/F.\nThe renovation works in the lift lobby are very noisy.\nPlease contact Mr. Sze directly on his mobile 9800 1032 to discuss. His direct line 2800 6640 goes to voicemail.\nCheryl Ng\nPersonal Assistant to Mr. Anthony Sze\nT: 2800 6600", "Anthony Sze", "9800 1032", "Unit 2805, 28/F"},
		{"屠小龙", "市场管理处：\n我爸屠永福在你们市场肉类区2排05号摊卖猪肉，这个月的管理费多收了。\n我平时在外地上班，这个事情请直接跟我爸联系，他电话 135 0000 8890，白天都在摊上。\n屠小龙", "屠永福", "135 0000 8890", "肉类区2排05号摊"},
	})
}

func TestNumbersOnWhatsAppBoothsAfterTheFirmAndStoresInTheSender(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Camille Durand", "Hello,\nTwo lamps were stolen from our stand last night.\nYou can reach me on WhatsApp +33 6 40 00 77 05 or at the stand. My colleague Julien (+33 6 70 00 23 48) is there in the afternoon.\nCamille Durand", "Camille Durand", "+33 6 40 00 77 05", ""},
		{"Tan Wei Kiat", "Hi,\nWe are Borneo Spices Sdn Bhd, booth 4.1E05. The booth is smaller than the contract.\nContact me WhatsApp +60 12-700 4461 or wechat same number.\nTan Wei Kiat\nKuching, Sarawak\nTel +60 82-400 318", "Tan Wei Kiat", "+60 12-700 4461", "4.1E05"},
		{"Emre Kaya", "Hello,\nThe forklift we booked did not come.\nPlease call me urgently on WhatsApp +90 532 400 80 26.\nEmre Kaya", "Emre Kaya", "+90 532 400 80 26", ""},
		{"Tom & Jane Harris", "Dear Management,\nThe air-con of the flat above drips onto our balcony.\nTom is travelling until the 20th, so please call me (Jane) on 5100 8871 rather than his number 5100 8870.\nJane Harris", "Jane Harris", "5100 8871", ""},
		{"Dan W.", "Hi,\nThe AC in my apartment is leaking again.\nIf the engineer needs to come in please text me first on +86 186 0000 9907.\nDan\nT: +86 21 6000 8812", "Dan W.", "+86 186 0000 9907", ""},
		{"天禾茶饮-车陂店", "加盟商服务台 您好\n我是车陂店的店长，制冰机坏了一个多星期。\n店长：梁晓琳\n门店电话：020-8200 4496\n手机：173 0000 8853", "梁晓琳", "173 0000 8853", "车陂店"},
	})
	checkSubjectWriters(t, []subjectCase{
		{"lmz", "投诉-11.2馆C06-李明远-展位漏水", "今天下雨 展位正上方屋顶漏水 请马上处理！！\n138 0000 3192", "李明远", "138 0000 3192", "11.2馆C06"},
	})
}

func TestWhoAShopsOrAFirmsMailNamesAtItsFoot(t *testing.T) {
	checkWriters(t, []writerCase{
		{"川味小馆-美食广场", "商场物业：\n我们是负一楼美食广场F18档位的川味小馆，排烟风机坏了。\n请工程部马上来修！\n负责人：甘永华　电话：１８９００００２３７４", "甘永华", "18900002374", "负一楼美食广场F18档"},
		{"云帆网络", "您好，\n我们租的独立办公室保洁明显不到位。\n请核实一下。\n行政 黄小姐 189 0000 7754", "黄小姐", "189 0000 7754", ""},
		{"好味道小吃-B1", "商场管理处：\n后厨的下水道反水，污水都漫到前厅了。\n请马上派工程部来看。\n店主 林女士 电话13500 000 318", "林女士", "13500 000 318", ""},
	})
}

func TestNumbersTheOneInChargeAndTheBossAskFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"庞浩", "您好，我们展位用电还没接通。\n布展期间现场负责人是我，手机 139 0000 6087；公司座机0531-8800 2316 展会期间没人。搭建商的电话是187 0000 3359，有施工问题可以找他。\n庞浩", "庞浩", "139 0000 6087", ""},
		{"杨柳 行政部", "您好！我是恒泰投资行政部杨柳，代我们总经理钱永安先生转达一个投诉。\n车库的灯坏了一大片。\n我们公司在A座2108。钱总交代这件事请物业负责人直接给他回电：139 0000 5562。我的座机是010-6500 1209。\n杨柳", "钱永安", "139 0000 5562", "A座2108"},
		{"Michelle Cheung", "Dear Sir,\nI am writing on behalf of my mother, Mrs. Cheung, at Block 3, 12/F, Flat E. The corridor lights are broken.\nMy mother only speaks Cantonese; please call her at home on 2600 3304. My UK number is +44 7700 900 226.\nMichelle", "Mrs. Cheung", "2600 3304", "Block 3, 12/F, Flat E"},
		{"Winnie Lau", "Dear Sir,\nI am the registered owner of the flat and live in Vancouver now.\nYou can reach me by phone or WhatsApp on +1 778 300 2046.\nWinnie Lau", "Winnie Lau", "+1 778 300 2046", ""},
		{"华睿律所 行政", "物业管理处：\n我所位于1号楼15层1501-1503单元，空调供冷不足。\n联系人：华睿律师事务所 行政主管 石佳\n电话：021-5000 6633转802 / 手机（优先）158 0000 6419", "石佳", "158 0000 6419", "1号楼15层1501-1503单元"},
		{"邹文", "您好：\n我司瑞景会展于3月20-21日在贵中心201会议室承办“医疗器械创新论坛”，空调不够冷。\n邹文\n手机：139 0000 2250\n地址：上海市徐汇区漕溪北路331号中金大厦9楼", "邹文", "139 0000 2250", "上海市徐汇区漕溪北路331号中金大厦9楼"},
	})
}

func TestOfficesAndFlatsBesideASignatureAndAFirmsOwnWords(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Fung Wai Ming", "Dear Sir,\nThe ladies' toilet on 10/F has been out of service since Thursday.\nFor anything urgent please call or WhatsApp my mobile.\nBest regards,\nMs. Fung Wai Ming\nOffice Manager\nMeridian Trading Ltd.\nRoom 1005, 10/F, Tower 2\nTel: +852 2800 7710 | Mobile: +852 6200 4470", "Fung Wai Ming", "+852 6200 4470", "Room 1005, 10/F, Tower 2"},
		{"miao_1402", "我住在12号1402，楼上1502家的小孩每天晚上跳绳。\n戴先生电话13900002583，你们可以联系他。我这边也请你们回个电话。\n\n1402 苗女士\n13800002297", "苗女士", "13800002297", "12号1402"},
		{"禾豐會計師事務所", "管理中心 您好：\n\n敝所位於貴大樓12樓之3。本樓層男廁漏水已一週。\n\n聯絡人：行政 黃淑華\n手機：0912-000-708", "黃淑華", "0912-000-708", "12樓之3"},
		{"盈川贸易", "物业管理处：\n2024年11月2日凌晨，我司所在的B座1705室消防喷淋头突然喷水，造成损失。\n联系人：邵明达 手机 138 0000 0087", "邵明达", "138 0000 0087", "B座1705室"},
		{"吕晨", "物业管理处：\n近两周我所所在的31层公共区域保洁明显不到位。\n如需沟通请直接打我手机。\n吕晨 | 行政主管\n地址：深圳市南山区汇金大厦A座31层3101-3108\nM: 152 0000 4072", "吕晨", "152 0000 4072", "汇金大厦A座31层3101-3108"},
		{"吕晨", "物业管理处：\n近两周我所所在的31层公共区域保洁明显不到位。\n吕晨 152 0000 4072", "吕晨", "152 0000 4072", ""},
	})
}

func TestBoothsExhibitorsSayAndAParentsStall(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Hengda Machinery Co.,Ltd", "我们是恒达机械，展位5号馆5A-02。今天上午机器一开电箱就跳闸。\n我是展位现场负责人周先生，手机 133 0000 8817，请电工直接打我电话。\n公司总机 0512-6500 0000 现场无人接听。", "周先生", "133 0000 8817", "5号馆5A-02"},
		{"vicky", "你好，我司厦门海润进出口（展位号 15.2-G08，15.2馆G08）在9月份展会结束后已按要求办理撤展，押金还没退。\n林薇 +86-138-0000-6652", "林薇", "+86-138-0000-6652", "15.2-G08"},
		{"Goh Mei Lin", "Hello,\nWe are Golden Kopi Pte Ltd at Stand 2.1-A18 (Hall 2.1). Your signboard blocks our counter.\nGoh Mei Lin", "Goh Mei Lin", "", "2.1-A18"},
		{"Nguyen Thu", "Dear organizer,\nOur company Saigon Coffee has stand H15 in hall 7.2. One wall panel is cracked.\nNguyen Thu", "Nguyen Thu", "", "Hall 7.2, Booth H15"},
		{"Kevin Zhang", "您好，我爸在咱们城东农贸市场卖菜，摊位是蔬菜区3号棚24号，他叫张德明。他不会弄这些，让我帮他写邮件。\n市场的公平秤不准。\n我爸电话 139 0000 4315", "张德明", "139 0000 4315", "蔬菜区3号棚24号"},
	})
}

func TestTheNumberAWriterFromAbroadGivesInChina(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Markus Berger", "Dear Sir,\nThere is no power at our stand.\nBest regards\nMarkus Berger\nExport Sales Manager\nTel. +49 521 9800 412\nMobile +49 171 500 3908\nChina (during fair): +86 139 0000 7785", "Markus Berger", "+86 139 0000 7785", ""},
		{"Sarah Whitman", "Hi,\nThe storage key does not work.\nThanks,\nSarah\n--\nSarah Whitman | Director\nOffice +1 303 555 0100 | Cell +1 720 555 0100\n\nOn-site team:\n  Sarah Whitman - China mobile 186 0000 9930\n  Brian Kowal (booth manager) - China mobile 186 0000 9931", "Sarah Whitman", "186 0000 9930", ""},
		{"Brian Kowal", "Hi,\nThe storage key does not work.\nBrian Kowal\nCell +1 720 555 0101\nOn-site team:\n  Sarah Whitman - China mobile 186 0000 9930", "Brian Kowal", "+1 720 555 0101", ""},
		{"Goh Mei Ling", "Hello,\nPls call my China no., my SG line roaming very ex.\nGoh Mei Ling\nHP: +65 9100 4407\nChina no: 130 0000 6719 (WeChat also)", "Goh Mei Ling", "130 0000 6719", ""},
	})
}

func TestNamesAndFlatsOfOwnersGroupsAndOlderWriters(t *testing.T) {
	checkWriters(t, []writerCase{
		{"11-2-902 冯姐", "电梯里的广告屏声音太大了，早上七点就开始放。", "冯姐", "", "11-2-902"},
		{"Tommy", "我是三号楼105的马福来，用孙子的邮箱给你们写信。物业费我交过了。\n电话 020-8400 6275", "马福来", "020-8400 6275", "3号楼105"},
		{"吳志華", "管委會您好：\n我是本社區5號8樓之1的屋主吳志華，目前住在高雄，房子委託房屋仲介出租。\n手機 0928-000-455", "吳志華", "0928-000-455", "5號8樓之1"},
	})
}

func TestARoomOfADormitoryAndAHomeBeforeWhatIsBroken(t *testing.T) {
	checkWriters(t, []writerCase{
		{"马晓冬", "蔡姐 我宿舍3号楼405的空调一直漏水 滴在我床上 麻烦你帮我跟宿舍那边说一下 我电话188 0000 6630", "马晓冬", "188 0000 6630", "3号楼405"},
		{"石磊", "物业你好，我家7号楼1203的热水器坏了，麻烦派人来看。电话 139 0000 1203", "石磊", "139 0000 1203", "7号楼1203"},
	})
}

func TestADaughtersNumberInBracketsAndATaiwanWritersNumberIfNeeded(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Amy", "物业您好，我妈妈谭秀兰住在碧溪苑11#楼1单元602，她年纪大了不会用邮件。\n打她家里电话0571-8500 7736经常听不清，所以有什么情况请直接联系我（她女儿）手机159 0000 0217，我姓郑。", "谭秀兰", "159 0000 0217", "碧溪苑11#楼1单元602"},
		{"吳美華", "管委會您好：\n我是康和大樓B棟8樓之5的住戶吳美華，垃圾子車臭味很重。\n如需聯絡：0917-000-308（晚上七點後比較方便）", "吳美華", "0917-000-308", "康和大樓B棟8樓之5"},
	})
}

// The one a store's manager, a wedding's planner, a shop's assistant, a professor's student or a
// firm's front desk passes the complaint on for and asks the office to call directly, by the
// whole name the mail gives them, on their number; not a tradesman the writer only mentions.
func TestOthersTheMailAsksTheOfficeToCallDirectly(t *testing.T) {
	checkWriters(t, []writerCase{
		{"李娜", "我是西湖区文三路店的店长李娜，我们老板王建国王总让我把情况整理一下发给你们。\n系统这个月多扣了两次加盟费。\n这件事请直接联系王总：139 0000 8826。店里座机 0571-8600 2031 是收银台的，这个事我做不了主。", "王建国", "139 0000 8826", "西湖区文三路店"},
		{"拾光婚礼策划-Amy", "您好，我是拾光婚礼的策划师周安安，负责6月8日在贵酒店3楼水晶宴会厅举办的陈子轩先生、吴佳佳小姐的婚礼。\n布场时灯光一直没有调好。\n新郎的意思是希望酒店给个说法，后续请直接跟陈先生本人沟通：陈子轩 139 0000 5087。\n周安安 186 0000 3394", "陈子轩", "139 0000 5087", ""},
		{"小美", "您好，我是L4-405\"栖木生活馆\"的店员小美，我们店长让我发邮件反映一下：昨晚保安提前锁门。\n店长姓严，有事请直接联系严店长，电话 133 0000 7609，我这边只是帮忙发一下。\n小美", "严店长", "133 0000 7609", "L4-405"},
		{"前台 Reception", "我是数智未来公司前台。我们研发部的同事马骏让我帮他反映一下：男卫生间冲水按钮坏了快一周了。\n具体情况可以直接联系他，他手机是 152 0000 0488。", "马骏", "152 0000 0488", ""},
		{"会务 Joanna", "我是星河会务的项目协调林嘉欣，负责客户金石证券1月13日在贵酒店二楼锦绣厅的年会执行。\n客户方负责人陆明远陆总对此非常不满。陆总交代了，后续沟通请直接联系他本人：186 0000 3358。\n林嘉欣 135 0000 2891", "陆明远", "186 0000 3358", ""},
		{"杨帆", "我是海月花园5栋1903的业主杨帆，空调外机位要物业审批。\n安装师傅老刘的电话 135 0000 6621，有什么技术上的问题可以直接找他；\n审批结果请通知我：159 0000 3305。\n杨帆", "杨帆", "159 0000 3305", "海月花园5栋1903"},
	})
}

// A chat an admin or a supervisor passes on, as WeCom or DingTalk copies it or quoted line by line:
// the colleague or the franchisee whose messages give their number complains, not the one
// forwarding it.
func TestAColleaguesChatPassedOn(t *testing.T) {
	checkWriters(t, []writerCase{
		{"行政-周晓", "您好，下面是我们同事在企业微信里跟我反映的情况，麻烦物业看一下。\n\n----- 企业微信聊天记录 -----\n刘思思 2024-09-10 09:12\n晓晓 我的门禁卡又刷不开了\n周晓 2024-09-10 09:15\n你卡号多少 我给物业发邮件\n刘思思 2024-09-10 09:16\n卡背面写着 0038127 我电话 186 0000 7740 让物业直接打我就行\n-----------------------------\n\n周晓\n电话：0571-8800 6610", "刘思思", "186 0000 7740", ""},
		{"林小满 (行政)", "物业中心您好：\n\n转一下我们技术部负责人的钉钉消息：\n\n【钉钉】田浩宇 2024/12/03 22:41\n@林小满 跟物业说一下 晚上十点以后B座就只开一部电梯 让物业的人明天打我电话 138 0000 6641 我上午都在\n\n以上，谢谢！\n\n林小满\n电话：021-5400 7720", "田浩宇", "138 0000 6641", ""},
		{"区域督导-费立", "服务中心同事：\n\n下面是加盟商姜总在企业微信里发给我的，请物流那边尽快回复姜总。\n\n>>>以下为企业微信消息<<<\n姜涛：费督导，这周二的物料又晚到了4个小时，你让总部物流的人直接给我打电话 139 0000 8856，别再让我在群里等回复了。\n>>>消息结束<<<\n\n费立 | 华东区域督导\n手机 181 0000 6603", "姜涛", "139 0000 8856", ""},
	})
}

// Numbers a writer asks for in words of their own: "给我打手机", "请打我儿子给我买的手机", "Mobile is
// best", the one they have now after the one the office had, "联系我 苏曼：…"; and a contact's
// line whose number's label follows the name ("联系人：覃主任，电话 0771-…").
func TestNumbersAWriterAsksForInTheirOwnWords(t *testing.T) {
	checkWriters(t, []writerCase{
		{"jiangdf", "我是锦江苑4栋1单元6楼2号的业主蒋德芳，楼下麻将馆吵得很。\n有啥子给我打手机 138 0000 5207 嘛，座机 028-8500 6712 白天没得人接。\n蒋德芳", "蒋德芳", "138 0000 5207", "锦江苑4栋1单元6楼2号"},
		{"冯国庆", "我是东区22号楼4门301的冯国庆，电梯按钮失灵。\n我家里电话010-6400 8816，但白天我经常去公园，请打我儿子给我买的手机130 0000 7453。", "冯国庆", "130 0000 7453", "东区22号楼4门301"},
		{"David Hartley", "Hi,\nThe lift in Block 6 is out of service again. I live at Apt 2203, Block 6.\nPlease don't call my office line in the signature. Mobile is best: +86 139 0000 4480.\nDavid Hartley\nOffice +86 21 6200 3015", "David Hartley", "+86 139 0000 4480", "Apt 2203, Block 6"},
		{"肖红梅", "物业的同志你好：\n我是12-2-401的业主肖红梅，我原来登记的电话139 0000 1473已经不用了，现在的号码是177 0000 3268，麻烦帮我更新一下，以后有事请打新号码。\n另外我们12号楼下面的垃圾桶三天没清运了。\n谢谢！", "肖红梅", "177 0000 3268", "12-2-401"},
		{"苏曼", "婚宴合同是我先生黄俊签的，合同上预留的电话也是他的（138 0000 7405）。\n这个投诉是我本人提的，请不要打他电话，直接联系我 苏曼：150 0000 6629。", "苏曼", "150 0000 6629", ""},
		{"高新区人才服务驿站", "路演厅活动当天无人开门。\n联系人：覃主任，电话 0771-5600 2218（办公室）", "覃主任", "0771-5600 2218", ""},
	})
}

// The writer by the name they say or sign: "俺叫孙桂芝" typed as the north speaks, "我叫李梅" from her
// husband's mailbox, "有事联系我 林先生" in a company's, "…八一路店 邓先生" at a store's foot.
func TestNamesWritersGiveThemselves(t *testing.T) {
	checkWriters(t, []writerCase{
		{"老孙太太", "你好物业 俺是幸福里小区12号楼3单元1502的 俺叫孙桂芝 这电梯又趴窝了 有啥事给俺打电话 136 0000 8823 白天都在家", "孙桂芝", "136 0000 8823", "幸福里小区12号楼3单元1502"},
		{"周建华", "我是9号楼2单元601业主的爱人，房产证上是我老公周建华的名字，这个邮箱也是他的。我叫李梅，家里物业的事一直是我在管。\n发票抬头写错了。\n有事打我电话：189 0000 0215\n李梅", "李梅", "189 0000 0215", "9号楼2单元601"},
		{"绿芽教育", "你好，我们是众创空间二期的绿芽教育，隔壁这两周在装修打墙。\n有事联系我 林先生 137 0000 6294\n（这个是公共邮箱）", "林先生", "137 0000 6294", ""},
		{"老码头火锅解放碑店", "加盟服务部：\n扫码点餐系统老是掉单。\n渝中区解放碑八一路店 邓先生\n店里电话023-6300 1150 中午晚上忙别打 打我手机189 0000 7716", "邓先生", "189 0000 7716", "渝中区解放碑八一路店"},
	})
}

// No room booked for a wedding, a birthday, a dinner or a training at the hotel or the centre; a
// flat or an office after its building or floor and a space, with the estate named before it;
// not a day in brackets.
func TestRoomsBookedAtAVenueAndFlatsAfterASpace(t *testing.T) {
	checkWriters(t, []writerCase{
		{"林晓蕾", "我是5月18日在贵酒店二楼海棠厅办婚宴的新娘林晓蕾，合同编号 JL-YH-0518-032。\n试菜时海棠厅被占用了。\n电话 138 0000 4469", "林晓蕾", "138 0000 4469", ""},
		{"小杨", "你好，我是上周六（4月13号）在你们福满楼三楼福寿厅给我爷爷办九十大寿的杨浩，菜上得太慢。\n电话18800005903", "杨浩", "18800005903", ""},
		{"罗凯文", "8月9日晚我们部门12人在贵店二楼V08包间（听雨阁）聚餐，订餐人是我。\n罗凯文 131 0000 5430", "罗凯文", "131 0000 5430", ""},
		{"苏曼", "我们的婚宴原定9月23日在贵酒店一楼百合厅，合同号 JYH-W-0923，现在要补交改期费。\n苏曼 150 0000 6629", "苏曼", "150 0000 6629", ""},
		{"会务组-方琳", "我是今天在 3楼第二会议室 开培训会的会务负责人方琳，投影仪不亮。\n方琳 138 0000 5526", "方琳", "138 0000 5526", ""},
		{"唐敏", "你们的400电话根本打不通。\n\n唐敏，滨江一号 2栋 2803\n手机 158 0000 0927", "唐敏", "158 0000 0927", "滨江一号 2栋 2803"},
		{"老范", "会议室预订被取消了。\n\n范志勇\n众创大厦 15层 1507\n133 0000 0476", "范志勇", "133 0000 0476", "众创大厦 15层 1507"},
	})
}

// A company's contact lines below "以下信息请核对" are the writer's own, not a notice it quotes.
func TestTheWritersDetailsBelowAskingTheOfficeToCheckThem(t *testing.T) {
	checkWriters(t, []writerCase{
		{"财务部", "您好，\n我司缴纳的延时空调费至今未收到发票。以下信息请核对后尽快开具电子发票发到本邮箱：\n\n公司名称：金源国际贸易有限公司\n房号：Ｃ座１０１２\n联系人：邓小姐（邓雅文）\n联系电话：１３８　００００　４４０６\n\n谢谢！", "邓雅文", "138 0000 4406", "C座1012"},
	})
}

// A subject that gives the flat, the name and the number: the name before the number it ends with,
// a name in pinyin of one word giving way to it; "联系186…" at its end is the writer's own.
func TestSubjectsEndingWithTheWritersNumber(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"zhou_mm", "【投诉】7号楼603 门禁卡失效 周先生 135 0000 8071", "门禁卡刷不开。", "周先生", "135 0000 8071", "7号楼603"},
		{"Lei", "【投诉】8栋1204 王磊 138 0000 7765 电梯异响", "如题。", "王磊", "138 0000 7765", "8栋1204"},
		{"邹明", "投诉：11号楼1402 楼上夜间噪音 联系186 0000 9075", "楼上每天半夜拖椅子。", "邹明", "186 0000 9075", "11号楼1402"},
	})
}

// The number a writer marks as the one to call: a mobile "白天请打这个" after the home's line, "白天打
// 手机" after both, a Taiwan writer's mainland mobile "請打大陸手機" or "請打這支", "展期間請撥 +86…"
// after a Taiwan number that gets no signal.
func TestTheNumberMarkedToCallAmongSeveral(t *testing.T) {
	checkWriters(t, []writerCase{
		{"蒋文博", "水泵房夜间噪音太大。\n联系电话：0571-8800 6351（家），138 0000 7702（手机，白天请打这个）\n蒋文博", "蒋文博", "138 0000 7702", ""},
		{"林秀英", "我是22栋3单元201的林秀英，电话0512-6500 7781，手机 137 0000 0563，白天打手机。地下室积水。", "林秀英", "137 0000 0563", "22栋3单元201"},
		{"林建宏", "N2館N2-106攤位水電未接。\n聯絡人：林建宏，台灣手機 0922-000-135，大陸手機 139 0000 6627（展期都在現場，請打大陸手機）。", "林建宏", "139 0000 6627", ""},
		{"吳宗翰", "3號館C28攤位的展品還沒到。\n我在台灣的手機 0928-000-305 在大陸這幾天收不到訊號，展期間請撥 +86 152 0000 3468，謝謝。\n吳宗翰", "吳宗翰", "+86 152 0000 3468", ""},
		{"林佩君", "我是A區5棟12樓之3的住戶林佩君，門禁卡一直刷不開。\n聯絡電話：台灣手機 0935-000-774（有LINE），大陸手機 150 0000 6093（這週在大陸時請打這支）", "林佩君", "150 0000 6093", "A區5棟12樓之3"},
		{"大刚", "暖气不热。\n电话 130 0000 7742 找我 赵大刚\n单位座机 0431-8500 2201 别打这个 单位领导事多", "赵大刚", "130 0000 7742", ""},
	})
}

// An English office whose words run on after it ("in our office, Room 1203, Tower A, near the
// window side"); a resident a butler logs at the butler's desk (到管家台反映), on the number a
// butler gives for an old resident's home (阿姨家里座机…).
func TestAnOfficeBeforeWordsOfWhereAndResidentsAtTheButlersDesk(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Priya Nair", "Hi,\nThere is water leaking from the ceiling in our office, Room 1205, Tower A, near the window side.\nPlease call my mobile 138 0000 0327.\nPriya Nair", "Priya Nair", "138 0000 0327", "Room 1205, Tower A"},
		{"Chan Tak-wing", "Dear Sir,\nThe air-conditioning in our office, Unit 1806, 18/F, has been very weak since Monday.\nMobile: 9600 2281\nChan Tak-wing", "Chan Tak-wing", "9600 2281", "Unit 1806, 18/F"},
		{"3栋管家 唐悦", "今天下午3栋1单元2503的龚先生到管家台反映，隔壁新装的空调外机正对着他家主卧窗户。\n他明天上午在家，电话：138 0000 6519（龚先生本人）。\n唐悦 173 0000 0458", "龚先生", "138 0000 6519", "3栋1单元2503"},
		{"观澜府管家-小许", "工程部各位好，\n今天上午接到18栋2单元302钱秀兰阿姨的电话，说她家阳台地漏反水。\n阿姨家里座机 0512-6500 3307，她不太看手机，有事打座机就行。\n许佳\n18-20栋管家 156 0000 8831", "钱秀兰", "0512-6500 3307", "18栋2单元302"},
	})
}

// A franchised campus's details: the campus its form or its foot names, the mobile before the
// front desk's line on one label, a clinic's own front desk as its number.
func TestCampusesAndTheirOwnFrontDesks(t *testing.T) {
	checkWriters(t, []writerCase{
		{"启航优学五道口校区", "总部加盟服务台：\n\n以下为我校区投诉内容，请转相关部门处理。\n\n投诉校区：北京海淀区五道口校区（编号 QH-BJ-028）\n投诉人：曹颖（校区负责人）\n联系电话：135 0000 7763（手机） / 010-6200 8841（前台）\n投诉内容：排课系统无法登录。\n\n曹颖", "曹颖", "135 0000 7763", "北京海淀区五道口校区"},
		{"彭立群", "返点结算到现在还没有到账，请尽快处理。\n\n彭立群\n长沙岳麓区麓谷校区 负责人\n136 0000 8092", "彭立群", "136 0000 8092", "长沙岳麓区麓谷校区"},
		{"仁和中医", "物业管理处：\n我们是汇金大厦裙楼3楼303的仁和中医诊所，周六上午空调一直没开。\n\n联系人：郑医生\n电话：0755-2600 7712（诊所前台，周一至周六8:30-17:30）\n\n仁和中医诊所", "郑医生", "0755-2600 7712", "汇金大厦裙楼3楼303"},
	})
}

// A home, a unit or a new office the writer gives in brackets after their words for it.
func TestAPlaceOfTheWritersInBracketsAfterTheirWordsForIt(t *testing.T) {
	checkWriters(t, []writerCase{
		{"邱丽华", "我们家是业主（13栋605），第二辆车没有买到车位，只能按临停交费。\n电话 137 0000 8514", "邱丽华", "137 0000 8514", "13栋605"},
		{"盧偉明", "多謝回覆。本人單位（濱海豪庭2座15樓D室）的裝修工程已於八月底完成，押金仍未退回。\n盧偉明 +852 9600 3318", "盧偉明", "+852 9600 3318", "濱海豪庭2座15樓D室"},
		{"韩冬", "我们青木设计在科技园8号楼2楼的新办公室（8-203）正在做内部装修，今天装修队进场被保安拦住。\n有问题联系我本人，韩冬 136 0000 5372。", "韩冬", "136 0000 5372", "8-203"},
	})
}

// The whole name a sender's first name signs with; a colleague on site a foreign exhibitor asks the
// office to call; a flat the office's own notice greets its owner by, quoted below the owner's
// answer.
func TestWholeNamesColleaguesOnSiteAndFlatsANoticeGreets(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Ivy", "隔離屋隻狗成日吠，麻煩管理處幫手。\n\n我冇內地電話，請WhatsApp或者打我香港號碼。\n\nIvy Tsang\n御景半島 6座12C\n+852 9100 5526", "Ivy Tsang", "+852 9100 5526", "御景半島 6座12C"},
		{"Thomas Berger", "Dear organiser,\nOur stand has no power. I do not speak Chinese, so please call our local colleague Ms. Zhang Lei, who is on site with me all day: 186 0000 0961.\nBest regards\nThomas Berger\nTel. +49 711 9300 2214", "Thomas Berger", "186 0000 0961", ""},
	})
	own := "电梯坏了三个月没修好，物业费我暂时不交。\n\n潘建平 153 0000 6628"
	text := own + "\n\n------------------ 原始邮件 ------------------\n发件人: \"桂花园物业服务中心\"<gy_wy@example.cn>;\n" +
		"发送时间: 2024年6月3日(星期一) 上午9:30\n收件人: \"panjianping\"<x@example.cn>;\n主题: 【物业费催缴通知】\n\n" +
		"尊敬的 16-1-0602 业主：\n您好！您尚欠物业服务费3,421.44元。\n如有疑问请致电物业服务中心 0571-8800 5500。"
	w := Read(Mail{Name: "panjianping", Email: "x@example.cn", Subject: "回复：【物业费催缴通知】", Text: text, OwnText: own})
	if w.Name != "潘建平" || w.Phone != "153 0000 6628" || w.Address != "16-1-0602" {
		t.Errorf("an owner's answer to the office's notice: %q %q %q, want 潘建平 153 0000 6628 16-1-0602", w.Name, w.Phone, w.Address)
	}
}

// A block named by its side ("东座") before a flat's number alone, and the building a writer says
// is theirs before the entrance and the flat ("我是5栋的业主，住1单元602"); not a building
// beside the writer's ("隔壁5栋的住户…，我住1单元602").
func TestBlocksBySideAndBuildingsSaidApart(t *testing.T) {
	checkWriters(t, []writerCase{
		{"陈先生", "物业你好，我住天河花园东座 1603，楼上每天半夜拖家具，请处理。电话13812345678", "陈先生", "13812345678", "天河花园东座 1603"},
		{"陈先生", "我是西座2205的业主，楼道的灯坏了一个月。陈先生 13812345678", "陈先生", "13812345678", "西座2205"},
		{"张敏", "你好，我是5栋的业主，住1单元602，楼下烧烤油烟太大了。张敏 13912345678", "张敏", "13912345678", "5栋1单元602"},
		{"张敏", "我是5号楼的，住3单元201，楼下烧烤油烟太大了。张敏 13912345678", "张敏", "13912345678", "5号楼3单元201"},
		{"张敏", "隔壁5栋的住户天天在楼道烧纸，我住1单元602。张敏 13912345678", "张敏", "13912345678", "1单元602"},
	})
}

// Factories and warehouses of an industrial park ("3号厂房2楼", "B区7号仓库", "我们厂在…"), a
// signature's department, job and name ("物流部 主管 蒋立新"), a contact's job before their name
// ("联系人：行政主管 钱佳，电话 021-…"), the whole name a "彭女士" gives as "我叫彭晓丽", a run-on's
// "电话159… 刘女士" from a mailbox without a name, the writer's flat, name and number at the
// foot under a tradesman's number, and English signatures ("Tom Rivera / BrightPath / 159…",
// "Ji-hoon Park" of "Park, Ji-hoon").
func TestParksFactoriesAndSignaturesByJob(t *testing.T) {
	checkWriters(t, []writerCase{
		{"郑海涛", "您好！我司（苏州瑞达精密机械有限公司）租用创新产业园3号厂房2楼。近两周车间配电柜频繁跳闸。\n\n联系人：郑海涛（设备部经理）\n电话：0512-6288 7301转215", "郑海涛", "0512-6288 7301 转215", "创新产业园3号厂房2楼"},
		{"物流部", "我们是佳禾供应链，租用园区B区7号仓库。每次下雨仓库门口就积水。\n物流部 主管 蒋立新\n电话 13829003456", "蒋立新", "13829003456", "B区7号仓库"},
		{"钱卫东", "我是宏达包装的钱卫东，我们厂在创新产业园7号厂房。东大门的限高杆上周被车撞歪了。\n联系电话：139-1556-2087", "钱卫东", "139-1556-2087", "创新产业园7号厂房"},
		{"彭女士", "我女儿在你们商场三楼的儿童游乐区玩滑梯，被划伤了。\n\n我叫彭晓丽，手机 13760021453，医院的单据我都保留着。", "彭晓丽", "13760021453", ""},
		{"上海明远律师事务所", "我所位于静安中心大厦17楼1701室，空调加时申请没有开通。\n\n联系人：行政主管 钱佳，电话 021-6288 1234转806。", "钱佳", "021-6288 1234 转806", "静安中心大厦17楼1701室"},
		{"老赵", "上个月家里下水管堵了，是你们物业前台给的维修师傅电话 13987650312（姓马），他收了我380块。\n\n我住6栋602，赵德海，电话0871-6531 2208", "赵德海", "0871-6531 2208", "6栋602"},
		{"", "物业你们好我是锦绣家园3-2-401的住户楼下单元门口天天有电动车乱停堵着出不去 电话15967891234 刘女士", "刘女士", "15967891234", "锦绣家园3-2-401"},
		{"", "楼下那户天天半夜吵 他家电话13912345678 王先生", "", "", ""},
		{"Tom", "hi, the toilet on 9F has been out of order since yesterday. can someone fix it today? thx\nTom Rivera / BrightPath / 159 1234 0987", "Tom Rivera", "159 1234 0987", ""},
		{"Park, Ji-hoon", "Hello,\nOur delivery trucks cannot reach the loading dock.\nBest,\nJi-hoon Park\nPlant Manager", "Ji-hoon Park", "", ""},
	})
}

// An English unit with the name of its estate or building after it: "Flat 12B, Tower 3, Harbour
// Crest", "Shop L1-23, Raffles City", "Suite 3506, 35/F, Two IFC".
func TestEnglishUnitsWithTheirBuildingsName(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Priya Sharma", "Dear Management Office,\n\nI live at Flat 12B, Tower 3, Harbour Crest. The clubhouse swimming pool has been closed for almost three weeks.\n\nYou can contact me at 6234 1187.\n\nRegards,\nPriya Sharma",
			"Priya Sharma", "6234 1187", "Flat 12B, Tower 3, Harbour Crest"},
		{"Marco Bellini", "Hello,\n\nI run Bellini Gelato at Shop L1-23, Raffles City. This morning the water supply to our shop was cut off.\n\nCall me on 131 2018 7764.\n\nMarco Bellini",
			"Marco Bellini", "131 2018 7764", "Shop L1-23, Raffles City"},
		{"Karen Ho", "Dear Building Management,\n\nOur office is at Suite 3506, 35/F, Two IFC. The air-conditioning stops at 7pm sharp every evening.\n\nKaren Ho\nTel: +852 2868 1234",
			"Karen Ho", "+852 2868 1234", "Suite 3506, 35/F, Two IFC"},
	})
}

// A flat written building#-entrance-flat ("金色家园11#-2-1103"), a shared office's desk by its
// floor and code ("3F-A12工位"), a family's mailbox ("王家") signed by one of them, the number a
// writer asks to be called on first ("13864211039（手机，请优先拨打）"), and a new number said as
// "以后打这个：177…" above the office's answer quoting the old one.
func TestFlatsByHashDesksFamiliesAndNumbersPutFirst(t *testing.T) {
	checkWriters(t, []writerCase{
		{"周志刚", "物业：\n我家住金色家园11#-2-1103，厨房下水道这周连续返水两次。我找了个疏通师傅（李师傅 13512345678）来看过。\n我的电话：18957123690\n周志刚", "周志刚", "18957123690", "金色家园11#-2-1103"},
		{"小马", "社区经理你好，我是在3F-A12工位办公的马骁，独立设计师。最近一周工位的网口每天都会断好几次。微信同手机 15601881234", "马骁", "15601881234", "3F-A12工位"},
		{"王家", "我们楼前的公共绿化带最近被人圈起来种菜。\n\n王建平\n翠湖苑3栋1单元201\n电话：13588062714", "王建平", "13588062714", "翠湖苑3栋1单元201"},
		{"邵文华", "本人是海天花园6号楼2单元1101的业主邵文华。车库排水泵已损坏近一个月。\n\n此致\n敬礼！\n\n邵文华\n2024年7月18日\n联系电话：0532-8577 6612（家），13864211039（手机，请优先拨打）", "邵文华", "13864211039", "海天花园6号楼2单元1101"},
	})
	own := "你们这个\"已处理\"根本没处理！门口的下水道还是反味。\n\n另外我换号了，以后打这个：177 0283 6615，原来那个不用了。\n\n谢鹏"
	text := own + "\n\n------------------ 原始邮件 ------------------\n发件人: \"商场客服中心\"<kefu@mall-example.cn>\n主题: 处理结果通知\n\n谢先生您好：\n如有疑问，我们将通过您登记的电话 13982210457 进行回访。"
	if w := Read(Mail{Name: "谢鹏", Email: "x@example.cn", Text: text, OwnText: own}); w.Phone != "177 0283 6615" {
		t.Errorf("a new number above the office's answer: %q, want 177 0283 6615", w.Phone)
	}
}

// The number a relay gives for the one it writes for: a daughter's "请直接联系我父亲，他的电话是
// 0755-…", a butler's "希望处理结果直接电话告知他本人：136…"; a keeper's "有事请打门店电话 0755-…".
func TestNumbersOfThoseWrittenForAndOfTheShop(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Lily", "物业您好，我父亲何振东住在阳光花园2栋1单元101，他家门口的下水井盖松动。老人不会发邮件，我在外地工作，替他反映一下。\n请直接联系我父亲，他的电话是 0755-2681 0033（家里座机），他白天都在家。我的手机 13510203040 也可以。",
			"何振东", "0755-2681 0033", "阳光花园2栋1单元101"},
		{"管家 小唐", "客服中心：\n\n3-2-401业主孙国强先生今天下午到管家中心反映，他的产权车位连续三天被占用。孙先生要求今天之内处理，并希望处理结果直接电话告知他本人：13651872290。\n\n管家 唐静\n分机 8023",
			"孙国强", "13651872290", "3-2-401"},
		{"瑞星咖啡-星河店", "商场运营部你好：\n\n我是店长田甜。我们店吧台上方的管道一直嗡嗡响。\n\n请工程部来看一下。有事请打门店电话 0755-8321 6607，我不在的时候值班主管也能处理。\n\n田甜",
			"田甜", "0755-8321 6607", ""},
	})
}

// Senders named by a surname alone ("胡", "欧阳"), by their family ("张家" signed by the wife, "The
// Smiths" signed "Robert Smith"), by an English name over "我叫徐敏", by a nickname over "我是周女士电
// 话139…"; a son's "我妈叫董桂芳 电话135…", a daughter's "请直接打他家里的电话联系他：0512-…".
func TestSurnamesFamiliesAndNamesGivenInTheText(t *testing.T) {
	checkWriters(t, []writerCase{
		{"胡", "今天早上在3号楼电梯里被一条没拴绳的大狗扑了 我儿子吓得大哭 请问小区对养狗到底有没有规定 胡女士 3号楼1单元1203 电话15811223344", "胡女士", "15811223344", "3号楼1单元1203"},
		{"欧阳", "物业您好，\n我是明珠花园10栋502的租客欧阳雪，房东是罗先生（电话13602223344）。楼下402住户反映我们家热水器的排气管有问题。\n我的电话：135 3344 5566", "欧阳雪", "135 3344 5566", "明珠花园10栋502"},
		{"张家", "物业：你好！\n我是张家的女主人罗美华（业主张建平的爱人），我们住在丽景湾小区8幢1102室。经常有烟头从楼上扔下来。\n有事请打我手机：159-6688-1234\n罗美华", "罗美华", "159-6688-1234", "丽景湾小区8幢1102室"},
		{"The Smiths", "Dear Management Office,\n\nWe live at Villa 27, Green Valley. Our neighbours at Villa 25 have a large dog which barks almost non-stop.\n\nYou can reach me on 136 0123 9876.\n\nKind regards,\nRobert Smith", "Robert Smith", "136 0123 9876", "Villa 27, Green Valley"},
		{"Amy Xu", "物业你好，\n我是租户，住在滨江壹号3幢2单元905，房东是孙先生。隔壁906在装修。\n我叫徐敏，手机 177 0123 4567。房东的电话是 133 0000 1111。\n谢谢！\nAmy", "徐敏", "177 0123 4567", "滨江壹号3幢2单元905"},
		{"小鱼儿", "你好物业 我家卫生间天花板又漏水了 楼上装修弄的 我家是3-2-401 能不能今天就派人来看下 我是周女士电话139 1234 5678 下午都在家 急", "周女士", "139 1234 5678", "3-2-401"},
		{"小陶", "物业你好我妈让我发的她不会打字 楼下小广场这几天晚上有人摆烧烤摊 烟全飘进她家 麻烦管一管 我妈叫董桂芳 电话13507311234 我的是18707311234 打我妈的就行她在家", "董桂芳", "13507311234", ""},
		{"Grace Guo", "您好！我是苏州新城花园2幢503室业主郭永福的女儿郭佳。\n我父亲不太会用电子邮件，请直接打他家里的电话联系他：0512-6523 1234。\n郭佳", "郭永福", "0512-6523 1234", "苏州新城花园2幢503室"},
	})
}

// "麻烦尽快回电 138…" ending a run-on, a company's "请联系我司行政主管刘婷，电话 021-… 转 8012", a
// shop's "店里座机：020-…".
func TestCallBacksAskedInPassingAndAShopsLine(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Cathy", "你好 我是珠江公寓2座17楼F的住户郑小姐 楼下餐厅油烟好大 窗户都不敢开 打了几次电话给管理处都没人理 麻烦尽快回电 138-2601-7745", "郑小姐", "138-2601-7745", "珠江公寓2座17楼F"},
		{"前台", "物业服务中心：\n\n您好！我司华宇科技位于金茂大厦A座1906室。办公室的新风系统一直有很大的嗡嗡声。\n\n有任何情况请联系我司行政主管刘婷，电话 021-5081 3326 转 8012。\n\n此致\n敬礼\n\n华宇科技 行政部\n刘婷", "刘婷", "021-5081 3326 转 8012", "金茂大厦A座1906室"},
		{"王店长", "商场物业你好：\n\n我们是L3-22的简约家居门店，我是店长王海燕。三楼东侧的公共卫生间已经坏了一个星期了。\n\n店里座机：020-3886 4412\n\n王海燕", "王海燕", "020-3886 4412", "L3-22"},
	})
}

// A relative's flat "住在你们管理的…", a Shanghainese "住辣…", a run-on's first sentences typed
// with spaces before the flat ("电梯又坏了 这个月第三次了 8号楼1单元 1703 王女士 136…") or a flat
// with what is wrong stuck to it ("3栋502漏水 快来人 138…"), the building then its flat ("我是2号楼
// 的，2-1703"); not a name before a flat ("王建国 5栋602 说过这事。").
func TestFlatsAfterRunOnWordsAndRelativesHomes(t *testing.T) {
	checkWriters(t, []writerCase{
		{"陈浩", "我是陈浩，我母亲李秀英住在你们管理的金桂园5栋1单元302，她一个人住，不太会用电脑。\n有事请打我的手机13905712345。\n陈浩",
			"李秀英", "13905712345", "金桂园5栋1单元302"},
		{"wugenbao", "侬好。我姓吴，叫吴根宝，住辣曹杨八村41号302室，老早就住辣此地。\n我屋里电话021-62541873，打座机好了。\n吴根宝",
			"吴根宝", "021-62541873", "曹杨八村41号302室"},
		{"wangxm", "电梯又坏了 这个月第三次了 8号楼1单元 1703 王女士 13601234567 家里有老人下不了楼 请尽快", "王女士", "13601234567", "8号楼1单元 1703"},
		{"wangxm", "又停水了 翠苑 3栋 502 王女士 13601234567", "王女士", "13601234567", "翠苑 3栋 502"},
		{"刘桂兰", "3栋502漏水 快来人 13800001234", "刘桂兰", "13800001234", "3栋502"},
		{"刘桂兰", "漏水 快来人 13800001234", "刘桂兰", "13800001234", ""},
		{"快乐的小猪", "电梯里的广告屏声音太大了。\n我是2号楼的，2-1703。\n电话：185 1234 9876", "快乐的小猪", "185 1234 9876", "2-1703"},
		{"马国庆", "王建国 5栋602 说过这事。", "马国庆", "", ""},
	})
}

// Who writes for whom: a butler's resident "当面向我反映", an estate agent's tenant of the flat
// they let ("负责…的出租。租客黄晓雯小姐反映…请直接联系租客黄小姐：139…"), a father named before
// his age whose home number the daughter asks the office to call; and names the writer gives: "我是
// 3-2-401的刘先生电话139…" and "我是刘先生电话150…" in run-ons, "全名何红梅", Cantonese "我系3F-027
// 铺嘅冯小姐（饰品店）".
func TestResidentsTenantsParentsAndNamesInRunOns(t *testing.T) {
	checkWriters(t, []writerCase{
		{"12栋管家 赵晓燕", "客服中心同事：\n\n今天上午巡楼时，12栋1803的业主孙美玲女士当面向我反映：她家窗户密封条老化开裂。\n\n业主电话：186 0000 1234\n\n12栋管家 赵晓燕\n工作手机 135 0000 8888",
			"孙美玲", "186 0000 1234", "12栋1803"},
		{"安居中介-马超", "物业您好：\n\n我是安居地产的经纪人马超，负责绿城桂花园3幢2单元1702的出租。租客黄晓雯小姐反映，热水器打不着火。\n\n请直接联系租客黄小姐：139 5812 6677，她这两天都在家。\n我的电话 13600001234。\n\n马超",
			"黄晓雯", "139 5812 6677", "绿城桂花园3幢2单元1702"},
		{"王丽", "我父亲王福生今年82岁，独自住在幸福里小区3号楼2门101。楼下烧烤店每天排油烟。\n请直接打我爸家里的电话 6523 1188，他白天都在家。我的手机是 13910203040，晚上可以打。\n王丽",
			"王福生", "6523 1188", "幸福里小区3号楼2门101"},
		{"老刘", "物业你们好楼下垃圾桶三天没人清了赶紧处理一下我是3-2-401的刘先生电话139 1122 3344", "刘先生", "139 1122 3344", "3-2-401"},
		{"A杰", "你们那个店的蛋糕有问题打门店电话0755-26881234一直没人接你们到底管不管我是刘先生电话15013572468今天之内给我回复", "刘先生", "15013572468", ""},
		{"阿红服装", "管理处：我是服装城2楼C区218档的阿红，全名何红梅。二楼C区这一排顶上的灯坏了一半。\n电话 186-8888-2180", "何红梅", "186-8888-2180", "服装城2楼C区218档"},
		{"Fiona", "我系3F-027铺嘅冯小姐（饰品店）。隔篱装修日日打磨。\n\n电话：020-81112233-8（铺头）", "冯小姐", "020-81112233-8", "3F-027铺"},
	})
}

// Numbers: the new one after the dead ("那个号135…我已经不用了，我现在的号码是177…"), the writer's
// before a note giving the shop's ("联系电话：139…（店里座机 0731-… 一般是店员接）"), "请联系本人：
// 138…", "我的地址是…，电话 158…" below a rider's number; senders a shop, a studio or a role
// signing with their name: "C区22号摊位 陈记干货 陈伟强", "穆青" above "独立设计师 | Studio Mu", "
// 店长 郑丽丽" of "Lily's Nail", "车主 唐先生 电话就是186…"; a name in pinyin labelled ("现场负责
// 人：陈杰") or signed above the company and the job ("华信会展服务有限公司 | 项目经理").
func TestNewNumbersShopSendersAndPinyinNames(t *testing.T) {
	checkWriters(t, []writerCase{
		{"毛小军", "那个号13512341234我已经不用了，我现在的号码是17712345678，请打这个。\n\n毛小军", "毛小军", "17712345678", ""},
		{"何丽娟", "我是加盟商何丽娟。\n联系电话：139 7312 4567（店里座机 0731-8456 7890 一般是店员接）", "何丽娟", "139 7312 4567", ""},
		{"谢国平", "您好！本人谢国平，系华润城润府二期业主。\n如需进一步沟通，请联系本人：138 2653 1188。\n谢国平", "谢国平", "138 2653 1188", ""},
		{"小鱼儿", "店员说是骑手拿错了，让我自己找骑手（骑手电话 17100002222）。\n我的地址是天河区华景新城翠华阁16E，电话 15800005678，请总部给个说法。",
			"小鱼儿", "15800005678", ""},
		{"陈记干货", "市场管理处：\n\n隔壁C区23号的摊位把货摆到过道上。\n\nC区22号摊位 陈记干货 陈伟强\n电话 13927001234", "陈伟强", "13927001234", "C区22号摊位"},
		{"Studio Mu", "你好，\n\n我在贵联合办公空间租了一个固定工位，工位号是F3-27。开放区太吵了。\n\n穆青\n独立设计师 | Studio Mu\n186 0000 7788", "穆青", "186 0000 7788", "F3-27"},
		{"Lily's Nail", "商场管理处：\n\n我们店在L4-08，是一家美甲店。楼上漏水。\n\n店长 郑丽丽\n13570001122", "郑丽丽", "13570001122", "L4-08"},
		{"车主", "你好 门店是广州天河体育西店 客服电话打了半小时没人接 麻烦尽快处理 谢谢\n车主 唐先生 电话就是18600001234", "唐先生", "18600001234", ""},
		{"Chen Jie", "展馆管理处：\n\n展位的电箱一直没有通电。\n\n现场负责人：陈杰\n手机：+86 158 0211 3394\n\n绿源食品有限公司 市场部", "陈杰", "+86 158 0211 3394", ""},
		{"Zhang Wei", "王经理您好，\n\n投影仪黑屏。请尽快与我联系，手机139 1024 5568。\n\n张薇\n华信会展服务有限公司 | 项目经理\nT: 010-6578 2210 转 806\nM: 139 1024 5568",
			"张薇", "139 1024 5568", ""},
	})
}

// Old blocks' flats by the side of the stairs ("机械厂宿舍3幢2楼左手边", "2栋1门3楼右"), a home's
// landline in dialect ("我屋头座机…") or under a label of its own ("我家中座机："), a grandchild's
// grandparent by name, at their home and on their home's line, a neighbour's old lady "她家
// 6-2-301", the assistant's boss named after their title, "联系人：程女士，电话：…" in a sentence
// from "chengli", an English suite "located in" its tower.
func TestOldBlocksGrandparentsBossesAndHandles(t *testing.T) {
	checkWriters(t, []writerCase{
		{"邓光明", "我是机械厂宿舍3幢2楼左手边的老住户邓光明，今年七十五了。\n我屋头电话028-84421567，一般都在屋头。\n\n邓光明",
			"邓光明", "028-84421567", "机械厂宿舍3幢2楼左手边"},
		{"袁志刚", "物业管理处：\n我是五一新村老干所2栋1门3楼右的袁志刚，离休干部。我家卫生间的水箱漏水。\n我的电话 139 0731 5566",
			"袁志刚", "139 0731 5566", "五一新村老干所2栋1门3楼右"},
		{"蒲秀珍", "我是蒲秀珍，住电信局老宿舍2单元7楼右边，顶楼。屋头厨房漏雨。\n\n麻烦派个人来看一哈。我屋头座机0817-2221234，白天都在。\n\n蒲秀珍",
			"蒲秀珍", "0817-2221234", "电信局老宿舍2单元7楼右边"},
		{"方文华", "我是学院退休教师方文华，住在教工宿舍北院14幢203。屋顶漏雨。\n\n我家中座机：0731-88612345，白天都有人在家，请打这个电话。儿子的手机13807310000平时在外地出差，不便联系。\n\n方文华",
			"方文华", "0731-88612345", "教工宿舍北院14幢203"},
		{"小雨", "我是赵德福的外孙女，替我外公写这封邮件。外公今年82岁，住在自来水公司宿舍2号楼东单元5号（一楼）。\n\n请直接打我外公家座机 0371-63921457，他白天都在家。我的电话18500001111工作时间不方便接。",
			"赵德福", "0371-63921457", "自来水公司宿舍2号楼东单元5号"},
		{"杜子涵", "我是大学生杜子涵，替我爷爷杜永福写这封邮件。爷爷奶奶住在矿务局家属院南区13-1-4（13号楼1单元4楼东户），楼梯扶手松了。\n\n有事请直接打我爷爷家座机：0516-85551234。我的手机是 17712345678，上课时可能接不到。",
			"杜永福", "0516-85551234", "矿务局家属院南区13-1-4"},
		{"小胖", "我是铁路新村12栋4门101王淑芬的孙子，帮我奶奶写这个邮件。\n我奶奶耳朵背，打她家座机022-27345678她经常听不见，有事请直接打我手机15802221314，我来跟她说。",
			"王淑芬", "15802221314", "铁路新村12栋4门101"},
		{"bai xh", "我是6-2-302的住户，姓白。我帮对门独居的高奶奶反映一下：她家6-2-301的暖气今年一直不热。她不会上网，也没有电话。\n\n有事可以找我，13700138000，我也可以陪着过去。",
			"高奶奶", "13700138000", "6-2-301"},
		{"杨帆", "您好！我是恒通贸易有限公司总经理刘建明先生的助理杨帆：刘总办公室（创业大厦1906室）的门禁卡刷不开。\n\n具体事宜请与我联系：0512-66881234 分机 203。\n\n杨帆",
			"刘建明", "0512-66881234 分机 203", "创业大厦1906室"},
		{"Lin Xiaoyu", "您好，我是华信咨询总经理王建华的助理林小雨。我司位于国贸中心A座1906室，空调制冷不足。处理前请先与我联系。\n\n林小雨\n华信咨询有限公司 总经理助理\n电话：021-6888 1234 转 806",
			"王建华", "021-6888 1234 转 806", "国贸中心A座1906室"},
		{"chengli", "你好，我是西苑小区28-3-502的住户，厨房下水堵了，楼下也说返味，可能是主管道问题。联系人：程女士，电话：0312-3456789。谢谢。", "程女士", "0312-3456789", "西苑小区28-3-502"},
		{"Anna Schmidt", "I'm the office manager of Kraus Trading (Shanghai), located in Suite 2305, Tower B, Global Trade Center.\n\nYou can call me at +86 21 6288 1234 ext. 305 during office hours.",
			"Anna Schmidt", "+86 21 6288 1234 ext. 305", "Suite 2305, Tower B, Global Trade Center"},
	})
}

// Texts typed on a phone: the writer's flat, name and number together in the middle of the words
// ("…说了好几次了 5栋1单元702刘女士 13812345678 麻烦管一下", "我们B2层15号铺 美美服饰 店长周丽
// 137…"), a number before "我是22-1-1203的", "…挪走电话15800001111赵杰" from "A阿杰", "6-1-302 暖气
// 不热 130…"; a father's flat and number in a son's run-on, a signature's numbers with a note on
// which to call; not a neighbour's ("楼上 5栋1单元802王先生 138…"), a list's first ("联名业主：
// \n502 孙建国 138…"), nor the one complained of ("被投诉人：…主管 付桂兰 139…").
func TestContactsInTheMiddleOfRunOns(t *testing.T) {
	checkWriters(t, []writerCase{
		{"小鱼儿", "楼上天天半夜拖椅子 吵得根本睡不着 说了好几次了 5栋1单元702刘女士 13812345678 麻烦管一下\n\n发自我的iPhone", "刘女士", "13812345678", "5栋1单元702"},
		{"🌸花花🌸", "你们那个晚班保安态度太差了 他爱理不理还骂人 17栋1702业主张婷婷 电话13812121212 希望给个说法", "张婷婷", "13812121212", "17栋1702"},
		{"美美服饰", "商场这两天下午空调一直不开 店里热得跟蒸笼一样 我们B2层15号铺 美美服饰 店长周丽 137-2211-5566 请给个说法", "周丽", "137-2211-5566", "B2层15号铺"},
		{"幺妹", "楼上那家每天早上六点钟就开始剁肉 整得我们一家人都睡不着 我们屋头是锦江苑3栋2单元402 我姓罗 罗女士 电话18982345678 麻烦你们去说一下嘛",
			"罗女士", "18982345678", "锦江苑3栋2单元402"},
		{"雪儿", "水压太小了 洗澡都洗不了 晚上七八点最严重 13699998888 我是22-1-1203的", "雪儿", "13699998888", "22-1-1203"},
		{"A阿杰", "地下车库我的车位又被人占了这个月第三次了保安说管不了那我交管理费干嘛今天晚上必须给我挪走电话15800001111赵杰", "赵杰", "15800001111", ""},
		{"王大妈", "6-1-302 暖气不热 13011112222", "王大妈", "13011112222", "6-1-302"},
		{"Huang Kai", "帮我爸发的 他住怡景苑10栋1204 叫黄德明 楼下那家烧烤店油烟太大 他手机139 2233 4455 我的138 6677 8899 打他的就行",
			"黄德明", "139 2233 4455", "怡景苑10栋1204"},
		{"茶语·万达店", "加盟服务台你好：\n我是茶语奶茶万达店的店主吴刚，店铺在万达广场3楼312号。请尽快给个答复。\n吴刚\n0512-6523 7788 / 138 1234 7788（手机，优先）",
			"吴刚", "138 1234 7788", "万达广场3楼312号"},
		{"阿晴", "楼上 5栋1单元802王先生 13812345678 天天吵", "阿晴", "", ""},
		{"sunjg1961", "我们是5栋2单元的几户业主，联名反映顶楼602业主在楼顶私自搭建阳光房。\n联名业主：\n502 孙建国 13808016620\n503 刘秀兰（刘阿姨） 13980051178", "sunjg1961", "13980051178", ""},
		{"", "被投诉人：汇金中心A座保洁班组 主管 付桂兰 13971553309  事由：保洁员多次翻动员工桌面文件。", "", "", ""},
	})
}

// Replies: a number put right ("最后两位写反了。正确的是139…" though the sentence speaks of the
// plumber, "是13645678910，我上次把最后两位打反了"), a flat put right over the subject's ("房号写错
// 了，应该是8栋1单元2203，不是2303"), the first mail quoted without headers under the office's
// answers; first lines after a greeting ("你好，19栋1单元301的住户。", "你好 5-1-1203业主 …");
// "reach me directly at".
func TestRepliesPuttingThingsRightAndGreetingsFirst(t *testing.T) {
	checkSubjectWriters(t, []subjectCase{
		{"李建国", "Re: 回复：关于3-2-401厨房下水道堵塞的投诉", "你们回复说师傅打我电话打不通，是我上次留错号码了，最后两位写反了。正确的是139-1234-5678，麻烦再安排一下。\n李建国\n\n" +
			"-----原始邮件-----\n发件人：李建国 <x@example.cn>\n主题：关于3-2-401厨房下水道堵塞的投诉\n\n我家是3-2-401，厨房下水道堵了。电话139-1234-5687。\n李建国",
			"李建国", "139-1234-5678", "3-2-401"},
		{"彭志", "Re: 回复：车库入口道闸经常不抬杆", "是13645678910，我上次把最后两位打反了，不好意思。道闸的问题还是没解决。\n\n彭志\n丹桂苑10栋1单元301\n\n>> 彭先生您好，我们按您留的电话 13645678901 回电，提示为空号。",
			"彭志", "13645678910", "丹桂苑10栋1单元301"},
		{"秦川", "Re: 回复：8栋1单元2303 门口监控", "孙经理好，不好意思上封邮件房号写错了，应该是8栋1单元2203，不是2303，怪不得你们去敲门没人。\n秦川 18012345678",
			"秦川", "18012345678", "8栋1单元2203"},
		{"快乐的小鱼", "快递柜", "你好，19栋1单元301的住户。19栋楼下的快递柜已经坏了一个多星期了。", "快乐的小鱼", "", "19栋1单元301"},
		{"杨帆", "地库电梯口漏水", "你好 5-1-1203业主 地下车库B1层5号楼电梯口那里顶上一直在漏水 请尽快处理 杨帆 130 1234 5678", "杨帆", "130 1234 5678", "5-1-1203"},
		{"Daniel Weber", "Water leakage", "You can reach me directly at +86 138 1000 2000. If I am in a meeting, please call our office manager, Ms. Li, at 021-6123 4500.\n\nDaniel Weber",
			"Daniel Weber", "+86 138 1000 2000", ""},
	})
}

// The first mail a reply quotes without headers, under the office's answers greeting the writer:
// read from the thread, not from the reply's own words.
func TestFirstMailQuotedWithoutHeaders(t *testing.T) {
	text := "还没修！！！都半个月了！！！\n\n> 韦先生您好，门禁配件已到货，本周内安排更换。物业服务中心 客服 小何 0771-5566 7788\n>\n" +
		">> 韦先生您好，您反映的单元门禁故障已登记。\n>>\n>>> 你好 我是南湖名都15栋3单元201的韦国强 单元门禁坏了 谁都能进 电话 177 7171 2020"
	w := Read(Mail{Name: "韦国强", Email: "wgq@example.cn", Subject: "Re: 回复：回复：单元门禁坏了", Text: text, OwnText: "还没修！！！都半个月了！！！"})
	if w.Phone != "177 7171 2020" || w.Address != "南湖名都15栋3单元201" {
		t.Errorf("got %q %q, want the first mail's number and flat", w.Phone, w.Address)
	}
	// Two quotes deep and the office's words deepest: no mail of the writer's.
	office := "还没修\n\n> 好的\n>\n>> 韦先生您好，已登记，如有疑问请致电 0771-5566 7788"
	if w := Read(Mail{Name: "韦国强", Email: "wgq@example.cn", Text: office, OwnText: "还没修"}); w.Phone != "" {
		t.Errorf("the office's answer read as the writer's first mail: %q", w.Phone)
	}
}

// A resident a butler passes on ("转一个业主投诉：云顶公馆2号楼2601业主曹女士反映"), a father by
// how his building calls him on his home's line ("我爸姓刘 楼里的人都叫他刘大爷 家里电话8462
// 3310"), the number, flat and name after "新号码", a titled name before "家里的", flats without
// the words said before them ("我住顶楼 7号楼601", "租住7栋1单元402"); not a mother's home line
// when the son asks to be called ("请联系我：138…（王磊，她儿子）。我母亲家里座机是010-…").
func TestRelayedResidentsFathersCalledByAndNewNumbers(t *testing.T) {
	checkWriters(t, []writerCase{
		{"管家小林", "客服中心：\n转一个业主投诉：云顶公馆2号楼2601业主曹女士反映，2号楼2号电梯运行时有明显异响。\n曹女士电话13910203040，她希望处理后直接给她回电。\n2号楼管家 林涛 分机8023",
			"曹女士", "13910203040", "云顶公馆2号楼2601"},
		{"刘小娟", "你好 我替我爸问一下 他住A区5号楼2门301 去年交的物业费收据到现在都没给 我爸姓刘 楼里的人都叫他刘大爷 家里电话8462 3310 他白天都在家",
			"刘大爷", "8462 3310", "A区5号楼2门301"},
		{"13800138000", "你们别打我原来那个号了 早就不用了 新号码17600001111 4号楼506 潘先生 上次说的窗户漏风到底什么时候来修", "潘先生", "17600001111", "4号楼506"},
		{"Xu", "你好我是阳光100小区12栋1单元601的业主徐女士家里的门禁卡又坏了这已经是第三次了", "徐女士", "", "阳光100小区12栋1单元601"},
		{"老吕", "我住顶楼 7号楼601 楼顶水箱盖子坏了 你们快派人修 吕 (010)8765-4321", "老吕", "(010)8765-4321", "7号楼601"},
		{"芳芳", "我是租户 租住7栋1单元402 热水器的燃气一直打不着 房东电话13900112233 我电话15000112233 我叫王芳", "王芳", "15000112233", "7栋1单元402"},
		{"王磊", "我母亲王秀兰住在金隅嘉园5号楼3单元602，今年78岁，一个人住。我替她反映一下。\n\n她耳朵不太好，有什么情况请联系我：13810467752（王磊，她儿子）。我母亲家里座机是010-6921 3378，白天一般有人。",
			"王秀兰", "13810467752", "金隅嘉园5号楼3单元602"},
	})
}

// A sender named in Latin letters is called by the Chinese name the mail gives them: beside their
// Latin name on a line ("汤宁 Tony Tang", "李欣怡 Cindy", "王欣怡（Olivia）", "Linda（张琳）"), a
// whole name of the surname theirs spells, as pinyin or Hong Kong spells it, that they say or sign
// ("我是…的住户林志豪", "本人陳凱琪"), their name above an English company's line; a surname alone
// by the title the mail gives it ("梁生", "彭女士", "陳小姐"). Not a name of another surname, nor a
// neighbour of the same one ("楼上的李先生").
func TestLatinSendersByTheirChineseNames(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Howard Lin", "管理委員會 您好：\n\n我是信義華廈B棟12樓之3的住戶林志豪。昨天晚上夜班管理員態度很差。\n\n麻煩回覆，謝謝。\n林志豪\n手機 0912-345-678",
			"林志豪", "0912-345-678", "信義華廈B棟12樓之3"},
		{"Ivy Chan", "本人陳凱琪，係海擎天第3座25樓A室住戶。\n\n聯絡電話 6688 1357", "陳凱琪", "6688 1357", "海擎天第3座25樓A室"},
		{"Kelvin", "管理處：\n\n我哋公司喺21樓2103室，天花冷氣位漏水。\n\n麻煩盡快安排師傅，請致電 2345 6789 搵我。\n\n陳家樂\nFortune Trading Ltd.",
			"陳家樂", "2345 6789", "21樓2103室"},
		{"Olivia Wang", "前台您好：\n\n我是长住在1912房的王欣怡（Olivia），合同是按月续的。房间WiFi每天晚上都掉线。\n\n电话13061234567。\n\nOlivia",
			"王欣怡", "13061234567", "1912房"},
		{"Tony", "物业管理处：\n\n我们公司在B座1702，早上电梯厅排队要十几分钟。\n\n汤宁 Tony Tang\nMeridian Capital\nTel: 010 6505 8899 ext. 321",
			"汤宁", "010 6505 8899 ext. 321", "B座1702"},
		{"Linda Zhang", "物业您好，\n\n我是52F-5206 Novatek 公司前台 Linda（张琳）。大堂保安不让快递员上楼。\n\nTel: 021-6877 1052\n\nLinda Zhang\nFront Desk | Novatek (Shanghai) Co., Ltd.",
			"张琳", "021-6877 1052", "52F-5206"},
		{"Cindy Li", "Hi 物业，\n\n我们公司在国贸中心2座2605，窗户漏风很严重。\n\nThanks!\n李欣怡 Cindy\nAdmin Manager, Harbourline Logistics\nMobile: +86-137-2480-6613",
			"李欣怡", "+86-137-2480-6613", "国贸中心2座2605"},
		{"Leung", "管理處：我住海景花園2座23樓D室，隔籬E室嘅冷氣機成日滴水落我個窗台。梁生 6123 4567", "梁生", "6123 4567", "海景花園2座23樓D室"},
		{"Peng", "物业：\n翠湖苑B区5栋1单元302彭女士。楼下新装的快递柜挡在无障碍坡道上。请物业把快递柜挪个位置。", "彭女士", "", "翠湖苑B区5栋1单元302"},
		{"Chan", "你好：\n\n外賣奶茶漏滿一袋，希望可以全數退款。\n\n聯絡電話：9123 4567（陳小姐）", "陳小姐", "9123 4567", ""},
		{"Lee", "楼上的李先生天天半夜装修，吵得睡不着。我住8栋1单元302。", "Lee", "", "8栋1单元302"},
		{"Peter Wong", "管理處：\n\n本公司位於24樓2405室，門禁卡失靈。\n\n如有查詢請聯絡前台李嘉欣。\n\nPeter Wong", "Peter Wong", "", "24樓2405室"},
	})
}

// The unit an English writer says they or their company are, are in, rent or have staff in ("We
// are Dolce Vita Bakery, Shop L2-08.", "we are Unit 08-02, Level 8, right next to the washrooms",
// "We're in Private Office 4-06", "for our office, Office 1210, Tower 1.", "My apartment is
// 5-2-801.", "im in 2908 tower A"); the room a guest writing to the hotel they stay at says is
// theirs ("我是11月18日入住1208房的客人", "我是1608房间的住客", "房号A1512", "I am staying in Room
// 2212", "我是长住2108房的", "住在行政公寓楼1808房", "I'm a long-stay guest in Room 2315", "from room
// 1420, long stay guest"). Not a unit said to be someone else's ("from Unit 1502, upstairs"), nor a
// room at a hotel the text names ("入住会展酒店，房号是1208", "staying at the Hilton, in room 1508").
// And a run-on's: "im in 5-2301", a number stuck to its label and the words before it ("…好点的电话
// 133…谢谢"), the flat at its end on the floor it said before ("我家住28楼 … 9栋2803 老何 138…");
// "Our company Hanseong Electronics rents Unit 5, Building C" signed "Park Ji-hoon", surname first
// as the sender's name gives it; "我们2008办公室的…"; "on behalf of our team at Unit 1503, 15/F, …",
// "My company's office is in Room 805, Tower B".
func TestEnglishUnitsSaidAndGuestsRooms(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Marco Rossi", "Hello,\n\nWe are Dolce Vita Bakery, Shop L2-08. Our lease says the mall is open until 22:00.\n\nMarco Rossi\n186-1234-9087",
			"Marco Rossi", "186-1234-9087", "Shop L2-08"},
		{"Tan Wei Ling", "Hi,\n\nThe smell is coming into our office too - we are Unit 08-02, Level 8, right next to the washrooms.\n\nTan Wei Ling\n+65 9178 2456",
			"Tan Wei Ling", "+65 9178 2456", "Unit 08-02, Level 8"},
		{"Oliver Grant", "Hi,\n\nThey take calls on speakerphone with the door open. We're in Private Office 4-06, right next door.\n\nOllie",
			"Oliver Grant", "", "Private Office 4-06"},
		{"Helen Carter", "Dear Sir or Madam,\n\nI'd like to raise a concern about the evening cleaning service for our office, Office 1210, Tower 1. Bins were not emptied.\n\nHelen Carter",
			"Helen Carter", "", "Office 1210, Tower 1"},
		{"Jason Leung", "Hi,\n\nWe have 40 staff in Suite 2801-02, 28/F and the toilets on our floor will be unavailable.\n\nJason Leung\n+86 150 1398 2277",
			"Jason Leung", "+86 150 1398 2277", "Suite 2801-02, 28/F"},
		{"Yuki Tanaka", "Hello,\n\nThe heating is off. My apartment is 5-2-801. Please call me at 135-6477-8899 (English please).\n\nYuki Tanaka",
			"Yuki Tanaka", "135-6477-8899", "5-2-801"},
		{"Raj", "the gym is closed again no notice. im in 2908 tower A, pls call me 18621345509 when its sorted", "Raj", "18621345509", "2908 tower A"},
		{"Tom Baker", "Hi,\n\nI'm writing about the noise from, Unit 1502, upstairs from us. It goes on every night.\n\nTom Baker", "Tom Baker", "", ""},
		{"高峰", "酒店客房部：\n我是11月18日入住1208房的客人高峰，连住5晚。房间空调不制热。\n电话 139 1234 5566", "高峰", "139 1234 5566", "1208房"},
		{"郑晓东", "酒店客服您好：\n\n我是1608房间的住客郑晓东，隔壁房间一直到凌晨都很吵。\n\n郑晓东", "郑晓东", "", "1608房间"},
		{"Anna Schmidt", "Hello,\n\nI am staying in Room 2212 for a conference. There has been drilling since 7 am.\n\nAnna Schmidt", "Anna Schmidt", "", "Room 2212"},
		{"陈女士", "你好，\n\n我在贵公寓长住，房号A1512，合同签到年底。洗衣机坏了。\n陈女士 138 0000 2233", "陈女士", "138 0000 2233", "A1512"},
		{"王凯文", "前台您好：\n\n我是长住2108房的王凯文。本周三和周五，客房清洁都没有做。\n\n王凯文 +86-185-2107-6634", "王凯文", "+86-185-2107-6634", "2108房"},
		{"刘建平", "您好：\n\n我是贵酒店的长住客人，住在行政公寓楼1808房，已经住了三个多月了。隔壁每天早上七点装修。\n\n刘建平 13816620473", "刘建平", "13816620473", "行政公寓楼1808房"},
		{"郭振华", "前台及客房部：\n\n我是长住在贵酒店B座1009的郭振华，已经住了五个月。空调噪音很大。\n\n电话 13911226688", "郭振华", "13911226688", "B座1009"},
		{"许文杰", "你好 我之前住在贵公寓A1203 上个月27号退的房 押金5000到现在还没退 电话15221087764", "许文杰", "15221087764", "A1203"},
		{"Mark Davidson", "Hi,\n\nI'm a long-stay guest in Room 2315 (monthly contract since March). There is drilling every morning.\n\nMark Davidson", "Mark Davidson", "", "Room 2315"},
		{"Rachel Lin", "Dear Banquet Team,\n\nI'm still staying at the hotel in Room 1712 until Friday and would like to meet the Director of Events.\n\nRachel Lin", "Rachel Lin", "", "Room 1712"},
		{"Raj Patel", "Hello,\n\nThis is Raj Patel from room 1420, long stay guest. Your laundry service lost two shirts.", "Raj Patel", "", "room 1420"},
		{"何建国", "入住会展酒店，房号是1208。会议资料没有送到。\n何建国 139 1234 0023", "何建国", "139 1234 0023", ""},
		{"Sophie Martin", "We are staying at the Hilton, in room 1508. The shuttle to your venue never came.\n\nSophie Martin", "Sophie Martin", "", ""},
		{"Kenji Sato", "hi the gym in tower 5 basement is closed again, 3rd time this month. im in 5-2301, call me 138 1000 2000 - Kenji", "Kenji Sato", "138 1000 2000", "5-2301"},
		{"Park, Ji-hoon", "Hello,\n\nOur company Hanseong Electronics rents Unit 5, Building C in the park. The power is cut every afternoon.\n\nPark Ji-hoon", "Park Ji-hoon", "", "Unit 5, Building C"},
		{"Leo", "hi物业 我们2008办公室的电动窗帘坏了 拉不上 下午太阳直射屏幕看不清", "Leo", "", "2008办公室"},
		{"Jessica Ho", "Dear Building Management,\n\nI'm writing on behalf of our team at Unit 1503, 15/F, Harbour Centre Tower 2. The guard at the lobby was rude.\n\nJessica Ho",
			"Jessica Ho", "", "Unit 1503, 15/F, Harbour Centre Tower 2"},
		{"Kim Min-jun", "Dear Property Management,\n\nMy company's office is in Room 805, Tower B, Jianwai SOHO. The restroom on the 8th floor is dirty.\n\nKim Min-jun",
			"Kim Min-jun", "", "Room 805, Tower B, Jianwai SOHO"},
		{"Xu", "你好我是阳光100小区12栋1单元601的业主徐女士家里的门禁卡又坏了这已经是第三次了能不能换个质量好点的电话13366554433谢谢", "徐女士", "13366554433", "阳光100小区12栋1单元601"},
		{"老何", "电梯又坏了 我家住28楼 走上去要命 老婆子腿脚不好 今天在楼梯上歇了四回 9栋2803 老何 13812340000", "老何", "13812340000", "9栋2803"},
	})
}

// Hong Kong's and Taiwan's ways: a flat by its floor right before the writer's name or title ("我係
// 怡海花園5座18樓A室陳國華", "…9樓3室李太" from the household's mailbox), a postal address after "地址"
// or in brackets before "住戶", a number asked for after "本人日間可致電", Taiwan's and Hong Kong's
// mobiles a run-on ends with; English senders named with an initial ("R. Singh" signing "Rajesh
// Singh", "Sarah J." saying "I'm Sarah Johnson") or by their given name ("This is Mark Stevens"), a
// shop's keeper at its foot, "Call +852…", "contact the undersigned at", an estate named "The
// Waterfront" or in brackets after the unit's floor; a hotel guest who names the room they stay
// in at the hotel they write to, in Traditional characters; "Chen, Wei-Ting" by the name he signs,
// a sender's desk ("總務") before their name, "周先生" a run-on ends with after the number; an
// assistant's boss whose name is not all ASCII ("Dr. Stefan Müller"), his office after "whose office
// is" and the assistant's number to coordinate with; a doctor without the title, a tour leader
// above their company and job, "direct all follow-up to me, as …:", "My Spanish mobile works here:";
// a labelled name before the sender's ("联系人：郭婷 Tina Guo"), "Tsang, Wing Yee" as she signs.
func TestHongKongTaiwanAndInitialledWriters(t *testing.T) {
	checkWriters(t, []writerCase{
		{"陳國華", "管理處：\n\n我係怡海花園5座18樓A室陳國華。你哋上個禮拜話會換大堂嘅閉路電視。\n\n請盡快回覆。我手提：9876 1234\n\n陳國華",
			"陳國華", "9876 1234", "怡海花園5座18樓A室"},
		{"Lee Family", "管理處你好，\n\n我係雅麗苑C座9樓3室李太。今朝清潔公司嘅人清走咗嬰兒車。\n\n有咩打我手機 +852 6543 2109。",
			"李太", "+852 6543 2109", "雅麗苑C座9樓3室"},
		{"林志豪", "管委會您好：\n\n我是敦南華廈的住戶林志豪，地址台北市大安區敦化南路二段100號5樓之2。垃圾子母車味道很重。\n\n如有需要說明，可以打我手機 0912-345-678。\n\n林志豪 敬上",
			"林志豪", "0912-345-678", "台北市大安區敦化南路二段100號5樓之2"},
		{"劉美惠", "敬啟者：\n\n本人劉美惠，為本社區（台中市西屯區市政北七路200號12樓之8）住戶。近期社區中庭施工。\n\n聯絡電話：04-2326-5678（晚間）\n\n劉美惠 敬上",
			"劉美惠", "04-2326-5678", "台中市西屯區市政北七路200號12樓之8"},
		{"陳美玲", "你好！本人是天輝花園3座12樓C室業主陳美玲。相信是樓上13樓C室的去水渠有問題。\n\n本人日間可致電 9123 4567 聯絡。\n\n陳美玲\n2024年4月3日",
			"陳美玲", "9123 4567", "天輝花園3座12樓C室"},
		{"0922333444tw", "管理員 我是15樓之1 電梯按鈕壞了 15樓按了沒反應 已經三天了 請快點修 0922-333-444", "0922333444tw", "0922-333-444", "15樓之1"},
		{"mandy~", "mgt你好 我係4座2樓B 垃圾房好臭成個禮拜冇人清 唔該快啲搞掂佢 Mandy 61234567", "mandy~", "61234567", "4座2樓B"},
		{"R. Singh", "To the Management Office,\n\nI am the owner of Flat 28D, Tower 6, The Waterfront. The intercom has stopped working.\n\nPlease send a technician. Call +85291234567 any time after 6pm.\n\nRajesh Singh",
			"Rajesh Singh", "+85291234567", "Flat 28D, Tower 6, The Waterfront"},
		{"Sarah J.", "Hi,\n\nI'm Sarah Johnson. The hot water in our building has been off since Monday. Mobile: +886 988 765 432.\n\nThanks,\nSarah",
			"Sarah Johnson", "+886 988 765 432", ""},
		{"Mark", "Hello,\n\nThis is Mark Stevens from Apt 2103, Building 5, Lakeside Garden. The building's main entrance door is broken.",
			"Mark Stevens", "", "Apt 2103, Building 5, Lakeside Garden"},
		{"Sweet Bakery G12", "Dear Mall Management,\n\nWe are the tenant of Shop G12, Ground Floor, Sunshine Plaza (Sweet Bakery). The loading bay is blocked.\n\n" +
			"Please contact me on WhatsApp 9012 3456 if you need more details.\n\nAlan Kwok\nShop Manager, Sweet Bakery", "Alan Kwok", "9012 3456", "Shop G12, Ground Floor, Sunshine Plaza"},
		{"Lee, Karen", "Dear Sirs,\n\nRe: Water leakage at Unit 2205, 22/F, Prosperity Tower\n\nWe are the tenant of the above premises. Kindly contact the undersigned at (852) 2530 8800 ext. 123.\n\nYours faithfully,\nKaren Lee",
			"Karen Lee", "(852) 2530 8800 ext. 123", "Unit 2205, 22/F, Prosperity Tower"},
		{"唐女士", "前台/客房部：\n\n我是住在貴酒店1526房的客人唐靜，昨晚隔壁1528房一直有人大聲喧嘩。希望酒店給個說法。\n\n我手機：138 2345 6789",
			"唐靜", "138 2345 6789", "1526房"},
		{"Chen, Wei-Ting", "您好：\n\n我是住在台北市大安區信義路三段150號8樓之5的陳威廷。頂樓的水塔最近好像沒在清洗。\n\n請晚上七點後撥室內電話 +886-2-2708-5566 與我聯絡。\n\n陳威廷 敬上",
			"陳威廷", "+886-2-2708-5566", "台北市大安區信義路三段150號8樓之5"},
		{"總務 蔡明哲", "您好，\n\n停車場的車道鐵捲門故障，員工車輛無法進出。\n\n聯絡人：總務 蔡明哲\n電話：02-2718-6688#215", "蔡明哲", "02-2718-6688 #215", ""},
		{"阿杰", "物业你好我是12栋1单元803的业主楼下有人天天把垃圾堆在楼道里臭死了你们能不能管一管啊有事打我电话15012345678周先生", "周先生", "15012345678", "12栋1单元803"},
		{"Grace Huang", "Dear Sir or Madam,\n\nI am writing on behalf of Dr. Stefan Müller, General Manager of Krämer Group China, whose office is Unit 3601, 36F.\n\n" +
			"Paint fumes enter his office. Dr. Müller is travelling this week, so please coordinate with me directly: +86 138 1651 2297.\n\nKind regards,\nGrace Huang",
			"Stefan Müller", "+86 138 1651 2297", "Unit 3601, 36F"},
		{"Dr. Helen Fraser", "Dear Residence Manager,\n\nThere are cockroaches in my apartment.\n\nYours sincerely,\n\nDr Helen Fraser\nApartment 1103, Tower B\nMobile: +86 199 2106 4457",
			"Helen Fraser", "+86 199 2106 4457", "Apartment 1103, Tower B"},
		{"Ka Ho Chan", "酒店前堂經理：\n\n本人為香港環宇旅遊的領隊，帶團入住貴酒店，冷氣機故障。\n\n陳家豪\n環宇旅遊有限公司 領隊\n手提：+852 9876 5432",
			"陳家豪", "+852 9876 5432", ""},
		{"林佳怡", "物业管理处：\n\n您好！我是华信资本总经理办公室助理林佳怡，代我司总经理周振华先生反映以下问题。\n\n周总的办公室位于国贸中心A座1906室。近一周来每天下午室内温度明显偏高。\n\n周总手机：139 1108 6625",
			"周振华", "139 1108 6625", "国贸中心A座1906室"},
		{"Jenny Xu", "Dear Tenant Service Team,\n\nI am writing on behalf of Mr. James Liu, Managing Director of Meridian Partners, Unit 3101, 31/F.\n\n" +
			"Mr. Liu would like a written explanation. Please direct all follow-up to me, as Mr. Liu travels frequently: 021-6100 2288 ext. 305.\n\nRegards,\nJenny Xu",
			"James Liu", "021-6100 2288 ext. 305", "Unit 3101, 31/F"},
		{"Maria Gonzalez", "Hello,\n\nI'm staying in Room 1712 until Sunday. The bar on the rooftop was loud until 1 a.m.\n\nMy Spanish mobile works here: +34 612 345 678.\n\nMaria Gonzalez",
			"Maria Gonzalez", "+34 612 345 678", "Room 1712"},
		{"张伟", "门禁坏了。\n\n张伟 Office Manager\n华信科技有限公司\n上海市浦东新区张江路100号5楼\nTel: 021-5555 1234", "张伟", "021-5555 1234", ""},
		{"Tina Guo", "您好！我司位于环球金融中心18层1806单元。隔壁1805单元装修噪音很大。\n\n联系人：郭婷 Tina Guo\n行政经理 Administration Manager\nTel: 021-6877 5500 ext. 601",
			"郭婷", "021-6877 5500 ext. 601", "环球金融中心18层1806单元"},
		{"Tsang, Wing Yee", "Dear Sir/Madam,\n\nI am the owner of Flat 3A, Block 2, The Parkside. Three treadmills in the clubhouse gym are broken.\n\nRegards,\nTsang Wing Yee\nTel: +852 9876 5432",
			"Tsang Wing Yee", "+852 9876 5432", "Flat 3A, Block 2, The Parkside"},
		{"J. Peterson", "My neighbour Mr. Peterson in 602 plays the piano at midnight.", "J. Peterson", "", ""},
		{"Tom Baker", "The guard said: call 2987 6543 for the hotline. Nobody answers.", "Tom Baker", "", ""},
	})
}

// A butler passing on what a resident wrote to them in WeChat ("以下是雅苑7-1802业主黎女士今天在微信
// 里发给我的内容"): the resident, their flat and the number the record labels as theirs in a clause
// ("业主电话：159…"), not the butler's own below.
func TestButlersPassingOnAResidentsChat(t *testing.T) {
	checkWriters(t, []writerCase{
		{"管家 郑小燕", "客服中心：\n以下是雅苑7-1802业主黎女士今天在微信里发给我的内容，原文转上：\n\n「小郑，我们7栋电梯里新装的那个广告屏声音太大了。」\n\n" +
			"黎女士希望能有负责人直接打电话跟她解释，业主电话：159 1234 0000。\n我这边：郑小燕 7栋管家 177 2020 1818", "黎女士", "159 1234 0000", "雅苑7-1802"},
	})
}

// The writer's place with the name of the estate, the market or the centre they write right before
// it: "东门农贸市场二区B-07摊位", "大興街市14號檔", "翠湖天地二期 11-1-1203", "滨江一号 2-1-1801" at
// the foot, "恒基中心A座1906室"; not the words for the market the office runs ("你们市场肉类区…"),
// nor the venue of a booth in its hall.
func TestPlacesWithTheirEstatesAndMarkets(t *testing.T) {
	checkWriters(t, []writerCase{
		{"方桂英", "管理处你好 我是东门农贸市场二区B-07摊位的方桂英 卖菜的 市场顶棚漏雨漏了半个月 电话137-0591-2233", "方桂英", "137-0591-2233", "东门农贸市场二区B-07摊位"},
		{"黃太", "你好，\n\n我係大興街市14號檔嘅黃太，賣菜㗎。隔籬13號檔成日將啲貨擺出通道。\n\n電話 9456 7788", "黃太", "9456 7788", "大興街市14號檔"},
		{"徐静", "你好，我叫徐静，住翠湖天地二期 11-1-1203。\n\n小区中心花园的儿童滑梯有一块塑料板裂了。\n\n徐静 18611112222", "徐静", "18611112222", "翠湖天地二期 11-1-1203"},
		{"韩梅梅", "停水通知只提前了两个小时。\n\n滨江一号 2-1-1801 韩梅梅\n139-1000-5566", "韩梅梅", "139-1000-5566", "滨江一号 2-1-1801"},
		{"刘佳", "恒基中心物业管理处：\n\n您好！我是恒基中心A座1906室的租户刘佳。空调不制冷。\n\n刘佳 139-0101-1234", "刘佳", "139-0101-1234", "恒基中心A座1906室"},
		{"屠小龙", "市场管理处：\n我是你们市场肉类区2排05号摊的屠小龙，这个月的管理费多收了。电话 135 0000 8890", "屠小龙", "135 0000 8890", "肉类区2排05号摊"},
	})
}

// Units of industrial parks, warehouses and staff dormitories: a dormitory's room ("住3号宿舍楼
// B-512", "我是宿舍楼B-305的熊伟"), a warehouse's door or dock after its block ("我是顺丰达物流B栋仓库5号
// 门的仓库主管陈建国", "A区2号仓库3号月台"), a factory's floor and its side ("7号厂房3楼", "11号厂房2楼
// 西区"), a store in a logistics park ("C区3号库"); the firm's name and the writer's job left out;
// a room a run-on begins with before its broken fixture ("宿舍楼A-305的热水器又坏了"), a team's desk
// in an incubator ("我们是…孵化器3层12号工位的团队"); not the side of a building a flat is beside
// ("8号楼西侧的平房"), nor a building whose light is out. And a number said again ("我电话你们有的，
// 再说一遍：186…").
func TestUnitsOfParksWarehousesAndDormitories(t *testing.T) {
	checkWriters(t, []writerCase{
		{"郭磊", "宿舍管理处：\n\n你好，我是鑫达电子的员工郭磊，住3号宿舍楼B-512。楼门的门禁坏了。\n\n郭磊 15018734526", "郭磊", "15018734526", "3号宿舍楼B-512"},
		{"熊伟", "宿舍管理员：\n\n你好，我是宿舍楼B-305的熊伟。我们隔壁宿舍楼A-305的门锁坏了。\n\n熊伟 15876632019", "熊伟", "15876632019", "宿舍楼B-305"},
		{"陈建国", "你好，\n\n我是顺丰达物流B栋仓库5号门的仓库主管陈建国。\n\n昨天晚上叉车把门撞坏了。\n\n陈建国 186 2031 7745", "陈建国", "186 2031 7745", "B栋仓库5号门"},
		{"曹明", "管理处您好：\n\n我是A区2号仓库3号月台的仓储主管曹明。园区主干道坑洼很多。\n\n曹明 153 6612 8890", "曹明", "153 6612 8890", "A区2号仓库3号月台"},
		{"邱海波", "园区管理处：\n\n我是华祥电路板7号厂房3楼的安全主管邱海波。隔壁的废气很大。\n\n邱海波 18606213357", "邱海波", "18606213357", "7号厂房3楼"},
		{"马永刚", "管理处：\n\n我是恒信仓储F区6号仓库的负责人马永刚。隔壁F区7号的货堵了消防通道。\n\n马永刚 13805746618", "马永刚", "13805746618", "F区6号仓库"},
		{"戴春燕", "物业您好：\n\n我是瑞丰纺织的行政戴春燕，我司在11号厂房2楼西区。货梯从昨天起就停了。\n\n戴春燕 0573-8322 1907", "戴春燕", "0573-8322 1907", "11号厂房2楼西区"},
		{"高峰", "物流园管理处：\n\n我司在临港物流园区C区3号库，晚上有干线车辆进出。路灯坏了。\n\n高峰 18857461209", "高峰", "18857461209", "临港物流园区C区3号库"},
		{"潘志勇", "你们好，\n\n冷库的温度还是上不去。\n\n潘志勇\n先锋冷链 冷链仓库3号库区 主管\n手机 138 2651 0079", "潘志勇", "138 2651 0079", "冷链仓库3号库区"},
		{"王俊杰", "宿舍楼A-305的热水器又坏了 洗不了澡已经三天了 找宿管说报修了 到现在没人来 电话15967720318", "王俊杰", "15967720318", "宿舍楼A-305"},
		{"张凯文", "Hi 物业，\n\n我们是星火创业孵化器3层12号工位的团队（光迹科技），我是创始人张凯文。这周网络断了三次。\n\n张凯文 Kevin Zhang\n138 0000 1111",
			"张凯文", "138 0000 1111", "星火创业孵化器3层12号工位"},
		{"李娜", "5栋的灯又坏了 楼道里黑漆漆的 电话13900001111", "李娜", "13900001111", ""},
		{"李娜", "3栋502的空调一直滴水到我家窗台 说了好几次了 电话13900001111", "李娜", "13900001111", ""},
		{"阿杰", "宿舍楼A-217空调漏水漏了一个礼拜了 地上天天一滩水 报修电话打了好几次 就是没人来 电话13760038215 林杰", "林杰", "13760038215", "宿舍楼A-217"},
		{"Kevin Zhang", "Hi 物业，\n\n我们的团队在孵化器里，我是创始人张凯文。这两周每天下午公共WiFi都会断。\n\n有事打我电话 139-1077-2456\n\nKevin", "张凯文", "139-1077-2456", ""},
		{"周海燕", "你们说三天内修好，现在一个礼拜了还是停着。我家2号楼1803，天天爬十八层。\n我电话你们有的，再说一遍：18673451290。\n\n周海燕", "周海燕", "18673451290", "2号楼1803"},
	})
}

// lastRunes reads back from the end of a text, and answers as the characters of the whole text
// would: broken bytes each one U+FFFD.
func TestLastRunesAsOfTheWholeText(t *testing.T) {
	whole := func(s string, n int) string { r := []rune(s); return string(r[max(0, len(r)-n):]) }
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "电", "话", "1", " ", "\xff", "\xe4\xb8", "😀", "\n"}
	for range 200000 {
		var b strings.Builder
		for j := rng.IntN(12); j > 0; j-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s, n := b.String(), rng.IntN(10)
		if got, want := lastRunes(s, n), whole(s, n); got != want {
			t.Fatalf("lastRunes(%q, %d) = %q, want %q", s, n, got, want)
		}
	}
}

// Writers of replies and run-ons who say their flat and name before their number, letters from
// firms and law firms, and the residents a neighbour, a desk or an assistant writes for.
func TestRunOnsLettersAndResidentsWrittenFor(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Lily", "5幢802，李女士，13922018876\n\n在 2024-07-09 10:21:33，\"客服中心\" <kefu@wuye-example.cn> 写道：\n>您好！请补充您的房号及联系方式。", "李女士", "13922018876", "5幢802"},
		{"大鹏", "物业费从2.8涨到3.5一平 谁同意了 涨价先把服务搞好再说 我1栋601吴先生 电话 150 0210 6634 给个说法", "吴先生", "150 0210 6634", "1栋601"},
		{"白璐", "救命 地库B2又积水了 说好的加排水泵呢？？？\n我车位B2-301 家是14栋1单元2205\n麻烦赶紧抽水\n——14栋小白 189 6620 3781", "白璐", "189 6620 3781", "14栋1单元2205"},
		{"潘宇", "客服好，麻烦开一下车位管理费的发票：\n\n房号：保利天悦2号楼3单元1902\n车位：B2-211\n抬头：杭州星禾设计有限公司\n\n发到这个邮箱就行，有问题打 138-5717-2264。\n\n潘宇", "潘宇", "138-5717-2264", "保利天悦2号楼3单元1902"},
		{"赵一鸣", "南门的快递柜天天满。\n\n住户：4-1-2201 赵\n手机：177 0211 5438", "赵一鸣", "177 0211 5438", "4-1-2201"},
		{"晴天", "有人在地库喂流浪猫。\n我是9栋的业主，9栋2单元1605，车位B区203\n麻烦处理一下，联系我 188 1605 7720\n冯女士", "冯女士", "188 1605 7720", "9栋2单元1605"},
		{"Vivian", "对门的狗从早叫到晚。\n麻烦物业帮忙沟通一下。\n我是10栋2301，梁薇薇，手机 186 1678 9025", "梁薇薇", "186 1678 9025", "10栋2301"},
		{"Sunny", "驿站丢件还态度差。\n\n我住幸福里4号楼3单元201，陈小姐，电话 177 5812 6630。请你们总部管一管。", "陈小姐", "177 5812 6630", "幸福里4号楼3单元201"},
		{"林家 Happy Family", "物业你好，我是林家的女儿林晓，这是我们家共用的邮箱。\n\n我家住东湖名苑3幢2单元701，消防栓箱门掉了。\n\n有事打我手机 152 0718 3396。\n\n林晓", "林晓", "152 0718 3396", "东湖名苑3幢2单元701"},
		{"13867451230", "你们物业到底管不管了楼下那家烧烤店天天晚上油烟往上冲窗户都不敢开我家住3-2-401小孩要中考 陈女士 13867451230", "陈女士", "13867451230", "3-2-401"},
		{"lv", "楼上天天半夜装修电钻声你们管不管啊 再不来人我就报警了 我C栋703的 吕先生 156 0571 2290", "吕先生", "156 0571 2290", "C栋703"},
		{"雷鸣", "高层水压一直很低。我家龙湖春江郦城7-2-1803，邻居1703、1903也一样。\n\n雷鸣 185 0571 6262", "雷鸣", "185 0571 6262", "龙湖春江郦城7-2-1803"},
		{"欧阳明", "物业你好：\n\n上周六我家景湖湾5幢1单元1501楼上水管漏水，你们打的是我原来的号码。\n\n以后请打我的新号177 5712 0098。\n\n欧阳明", "欧阳明", "177 5712 0098", "景湖湾5幢1单元1501"},
		{"大橙子", "以下是我昨天在业主群里发的：\n\n“滑梯有一块塑料板裂开了。”\n\n补充：我是5号楼2单元1604的业主，姓罗，罗女士，电话135 8866 2277。", "罗女士", "135 8866 2277", "5号楼2单元1604"},
		{"mak", "樓上成日漏水 講咗幾次都冇人理 我係D座8樓3室 唔該快啲處理 電話 6543 2109 麥生", "麥生", "6543 2109", "D座8樓3室"},
		{"老张", "市场管理办：我是水产区12号摊位的张德福，排水沟又堵了。请尽快派人来疏通。电话13605718822", "张德福", "13605718822", "水产区12号摊位"},
		{"Mark Fischer", "Dear Property Management,\n\nI rent Flat 12B, Tower 3 in your estate. The flat next to mine is under renovation.\n\nMark Fischer", "Mark Fischer", "", "Flat 12B, Tower 3"},
		{"Jason Leung", "我住 Flat 23C, Block 2，樓下22C的住戶每晚都在露台食煙。\n\nJason Leung\nMobile: 6688 1023", "Jason Leung", "6688 1023", "Flat 23C, Block 2"},
		{"Mark Jensen", "Hello,\n\nI am attending the Renewable Energy Forum at your hotel and staying in room 2306. The minibar charges are not mine.\n\nYou can call my mobile, +47 912 34 567.\n\nMark Jensen", "Mark Jensen", "+47 912 34 567", "room 2306"},
		// Letters of firms and their contacts.
		{"悦食餐饮管理有限公司", "万象城商场管理处：\n\n我司悦食餐饮管理有限公司承租贵商场L3-05号铺。排烟系统故障。\n\n请于7月19日前书面回复。本函联系人：我司行政经理曹雪，电话：021-5432 1188转206。\n\n悦食餐饮管理有限公司", "曹雪", "021-5432 1188 转206", "L3-05号铺"},
		{"行政部 蒋文", "嘉里商务中心物业管理处：\n\n恒泰财富投资管理有限公司承租贵中心第18层1801-1805单元。近期我司办公区域接连发生安全事件。\n\n联系人：行政主管 蒋文\n电话：0755-8321 6688-302", "蒋文", "0755-8321 6688-302", "第18层1801-1805单元"},
		{"蔡宗翰", "大樓管理中心 您好：\n\n敝公司宏源國際股份有限公司承租貴大樓12樓之5。本月起停車場月租費調漲。\n\n如有任何問題，請來電(02)2712-3456分機18與我聯繫。\n\n蔡宗翰", "蔡宗翰", "(02)2712-3456 分機18", "12樓之5"},
		{"何美琪", "敬啟者：\n\n本公司（金輝貿易有限公司）位於港灣中心23樓2301室。男洗手間水喉持續漏水。\n\n如有查詢，請致電本人。\n\n何美琪\n行政經理\n電話：2528 1234 內線 218", "何美琪", "2528 1234 內線 218", "港灣中心23樓2301室"},
		{"黃家明", "敬啟者：\n\n本人為海港廣場B2層15號舖（「明記眼鏡」）之租戶黃家明。隔鄰16號舖的冷氣機持續漏水。\n\n如有需要，請致電本人手提電話 9123 4567 聯絡。\n\n黃家明 謹啟", "黃家明", "9123 4567", "海港廣場B2層15號舖"},
		{"贺宁", "汇智商务中心前台/物业：\n\n我是贵中心305室的租户（晓雨设计工作室）贺宁。中心的网络断断续续。\n\n电话：186-2133-0517\n贺宁", "贺宁", "186-2133-0517", "305室"},
		{"Alex Wang", "您好，\n我是在贵商务中心租用12号独立办公室的王晓峰（Alex）。这周网络时断时续。\n我的手机 137 0123 4567。\nAlex Wang 王晓峰", "王晓峰", "137 0123 4567", "12号独立办公室"},
		{"许文斌", "物业服务中心：\n\n我们是11栋的部分住户，地下室水泵噪音明显，现联名反映。\n\n联名住户：\n许文斌　11栋2单元702\n罗佳　　11栋1单元201\n\n此事由许文斌负责与物业对接，电话158 5817 6620。", "许文斌", "158 5817 6620", "11栋2单元702"},
		{"刘志远律师", "北京市衡正律师事务所\n地址：北京市朝阳区建国路88号SOHO现代城B座21层\n\n北京市衡正律师事务所接受金地华府小区12号楼3单元801室业主陈美玲女士（以下简称“委托人”）的委托，就贵司物业服务中存在的问题致函如下：电梯频繁故障。\n\n本函所涉事宜，请贵司与本所刘志远律师联系（手机：186 1025 7731）。为免误会，请勿直接致电委托人。\n\n律师：刘志远", "陈美玲", "186 1025 7731", "金地华府小区12号楼3单元801室"},
		{"龙海", "华府天地物业服务中心：\n\n上海申正律师事务所接受华府天地3幢2单元1601室业主严淑芬女士的委托，就其在小区内摔伤一事致函贵中心。\n\n本所联系人：龙海律师　电话：021-5888 1234-8016", "严淑芬", "021-5888 1234-8016", "华府天地3幢2单元1601室"},
		{"浙江明理律师事务所", "致：银泰城商业管理有限公司\n\n浙江明理律师事务所受个体工商户“丽华服饰”经营者徐丽华女士（以下简称“委托人”）委托，就贵司对其承租的银泰城B1层027号铺断电一事，郑重函告如下。\n\n承办律师：钟意 律师\n联系电话：137 7788 2051", "徐丽华", "137 7788 2051", "银泰城B1层027号铺"},
		// Those written for: a boss, a client, a parent, an old neighbour, a guest, an employer.
		{"Amy Wu", "您好，我是恒泰资本何志远何总的助理吴敏。我们公司在国贸中心B座2708室，空调不凉。\n\n来之前请直接联系我：139 1788 6521。\n\n吴敏 Amy Wu", "何志远", "139 1788 6521", "国贸中心B座2708室"},
		{"Amy Li", "悦府物业服务中心：\n\n您好！我是华信集团董事长办公室助理李静，受周国栋先生委托，向贵中心反映如下情况：\n\n周总为悦府1号楼2601业主，车位常被占用。\n\n后续事宜请与我联系，电话138 0013 8866。\n\n李静", "周国栋", "138 0013 8866", "悦府1号楼2601"},
		{"Lisa Zhang", "Dear Sir/Madam,\n\nI am writing on behalf of Mr. Kenji Tanaka, General Manager of Tanaka Trading, whose office is Unit 1801, 18/F, Tower B.\n\nPlease contact me, his assistant, at +86 21 5012 3388 ext. 101 or by replying to this email.\n\nLisa Zhang", "Kenji Tanaka", "+86 21 5012 3388 ext. 101", "Unit 1801, 18/F, Tower B"},
		{"链安房屋托管 张浩", "世纪花园物业服务中心：\n\n本公司受世纪花园6幢1802室业主吴永康先生（现居加拿大）委托，负责该房屋的出租代管事宜。屋顶渗水。\n\n业主本人身在国外，相关事宜请联系本公司经办人张浩，手机181 5716 0039。", "吴永康", "181 5716 0039", "世纪花园6幢1802室"},
		{"安居房产 刘洋", "您好，我是安居房产的经纪人刘洋。17栋1单元1001的业主曹永军先生目前在国外，房子委托我们出租管理。卫生间顶部漏水。\n曹先生不方便接国内电话，有事请联系我：13645678901。\n刘洋", "曹永军", "13645678901", "17栋1单元1001"},
		{"林小雅", "客服中心各位同事：\n\n转一下业主投诉，麻烦登记跟进。\n\n18栋2单元2601业主马骁先生反映：隔壁装修中午切瓷砖。\n\n业主电话：138-2655-0917\n\n——3号楼管家 林小雅", "马骁", "138-2655-0917", "18栋2单元2601"},
		{"丽景湾业委会", "丽景湾物业服务中心：\n\n业委会近日接到3幢1单元101室业主段秀英女士的求助（联系电话：139 5816 4427）。其房屋外墙渗水。\n\n业委会联系人：秘书 葛明 137 3601 5580", "段秀英", "139 5816 4427", "3幢1单元101室"},
		{"天虹购物中心服务台", "招商部/工程部：\nL2-203号铺（悦颜美甲）沈慧经理今天中午到服务台投诉：铺位上方空调风管漏水。\n商户联系电话：13761902345\n服务台 小陈 转", "沈慧", "13761902345", "L2-203号铺"},
		{"小燕服饰", "管理处你好，我是二楼2087档口的店员，老板黎小燕让我发个邮件。二楼东边的厕所已经堵了三天了。有事打老板电话13660001234", "黎小燕", "13660001234", "二楼2087档口"},
		{"施雨", "我是6栋102的住户施雨，替隔壁6栋101的王奶奶反映一下情况。王奶奶叫王秀兰，80多岁一个人住，家里没水了。\n\n上门前请先打王奶奶家座机 021-5436 7788。实在打不通再找我 139 1620 5587。", "王秀兰", "021-5436 7788", "6栋101"},
		{"石磊", "物业你好，我叫石磊，住20栋1单元402。替我对门20栋1单元401的王奶奶反映个事：她家水管爆了。她没有手机，你们来之前打我电话+86 138-1234-5678。", "王奶奶", "+86 138-1234-5678", "20栋1单元401"},
		{"温馨", "物业你们好，\n\n我们楼4幢1单元202住的是独居老人邹桂芝，今年八十多了。她家没有水。\n\n邹奶奶没有手机，有事请打我电话138 6812 0935，我叫温馨。", "邹桂芝", "138 6812 0935", "4幢1单元202"},
		{"Kevin Zhou", "您好，\n\n我母亲吴秀兰住在贵小区（绿城桂花园）5栋602，今年78岁了，一个人住。楼上半夜拖家具。\n\n她不会用邮件，所以由我来代她向物业反映，麻烦直接联系我：139 1688 0023（周伟）。\n\n周伟", "吴秀兰", "139 1688 0023", "5栋602"},
		{"何亮", "物业您好：\n我住3栋1单元1402，我父亲何建平住在8栋1单元101。8栋的化粪池返水。\n我父亲没有手机，有事打我电话 13867001122。\n何亮", "何建平", "13867001122", "8栋1单元101"},
		{"阳光假期 王导", "兰亭酒店大堂经理您好：\n我是阳光假期旅行社的导游王磊。团里的冯国栋先生住1516房间，楼下KTV唱到凌晨。\n请酒店直接联系我：18811223344。\n王磊", "冯国栋", "18811223344", "1516房间"},
		{"Maria Santos", "Good day sir/madam,\nI am Maria, the helper of Mrs. Chan Wai Man in Flat C, 25/F, Block 2. The rubbish room is very smelly.\nIf any question please call Mrs. Chan 6789 1234, she is home in the evening.\nMaria", "Chan Wai Man", "6789 1234", "Flat C, 25/F, Block 2"},
	})
}

// Replies and forwards answering the office or passing a mail on, writers by their initials,
// their mailbox's spelling or a borrowed mailbox, English addresses with the building's name after
// them, and those an assistant, a front desk, a consultant or a neighbour writes for.
func TestRepliesBilingualWritersAndTheirBuildings(t *testing.T) {
	checkWriters(t, []writerCase{
		{"wuxs", "你们派来的师傅捅了十分钟就走了，结果当天晚上又堵了。请再派人来。\n\n我手机13677778888，来之前先打电话。\n\n吴\n\n在 2026年11月3日 星期二 14:30，华润物业客服中心 <kefu@crland-wy.example.cn> 写道：\n> 尊敬的吴先生：\n>\n> 您好！关于您反映的9栋1单元702室厨房下水道堵塞问题，我们已安排维修师傅上门处理。\n>\n> 华润物业客服中心 小陈", "吴先生", "13677778888", "9栋1单元702室"},
		{"songjl", "物业：\n我们公司在创业大厦B座12层1208，12层东侧公共卫生间的水箱漏水快一个月了。\n希望这次能彻底修好。联系我：010-6233 8899转302\n宋经理", "宋经理", "010-6233 8899 转302", "创业大厦B座12层1208"},
		{"YG", "Dear PM,\n\nSince last week my monthly parking card stopped working at the entry barrier.\n\nBest,\nYang Guang\nUnit 1501, Tower C, Wangjing SOHO\nMob: +86 (0)138 1111 2222", "Yang Guang", "+86 (0)138 1111 2222", "Unit 1501, Tower C, Wangjing SOHO"},
		{"静静", "我是11栋1702的，胡静。噪音是楼下2楼的那个健身房，每天早上6点就开始放音乐。手机15677778888", "胡静", "15677778888", "11栋1702"},
		{"快乐每一天", "你们物业到底管不管楼上天天晚上十点多还在砸墙孩子明天还要考试我住3-2-401楼上501那家电话打了也不接你们赶紧去看看 有事打13577778888 李女士", "李女士", "13577778888", "3-2-401"},
		{"13699990000", "电梯又坏了我家4栋2单元1902爬楼梯要命老头子腿不好根本下不去楼你们到底什么时候修好 赶快 电话就是这个13699990000 赵阿姨", "赵阿姨", "13699990000", "4栋2单元1902"},
		{"13800138000", "你们市场管理处到底管不管啊隔壁摊位天天把泡沫箱堆到我门口过道都走不了人我是东区水产A-23号摊位的周师傅\n电话13800138000", "周师傅", "13800138000", "A-23"},
		{"Jennifer Wu", "Hi,\n\nThis is Jenny's husband, Michael Zhang, writing from her email account. We live at Unit 2201, Tower 5, The Peninsula Residences.\n\nPlease call me at 135-0011-2299, not Jenny's number.\n\nMichael", "Michael Zhang", "135-0011-2299", "Unit 2201, Tower 5, The Peninsula Residences"},
		{"陈女士", "你好，12号楼东侧的垃圾桶已经三天没清了。我住12号楼2单元101，一开窗就闻到。麻烦尽快安排保洁。电话13900001234。", "陈女士", "13900001234", "12号楼2单元101"},
		{"徐女士", "你好，我家11栋楼道的感应灯坏了一个多月了，麻烦尽快换一下。\n\n11栋2单元502 徐", "徐女士", "", "11栋2单元502"},
		{"谭慧", "你们说的改造方案我不同意。\n我家在一楼，碧水湾6栋101，我要求保留绿化。\n请项目经理联系我 138 7310 6688。\n谭慧", "谭慧", "138 7310 6688", "碧水湾6栋101"},
		{"刘桂芳", "小雨你帮我给物业发一下 我们12号楼的电梯又坏了 物业说修也没人来修 我住12号楼1单元803 电话13512345678 刘桂芳", "刘桂芳", "13512345678", "12号楼1单元803"},
		{"孙晓燕", "婷婷，\n\n帮我跟物业说一下吧，22楼女卫生间的水龙头坏了。我们所在金融大厦2205室，我已经在前台登记过两次了。\n\n物业有事打我手机 15801234567。\n\n晓燕", "孙晓燕", "15801234567", "金融大厦2205室"},
		{"林志明", "信義廣場管理處 您好：\n\n本人林志明，在貴廣場3樓A12櫃位經營手工皮件。櫃位上方的天花板開始滴水。\n\n本人平日在大陸使用的手機為 +86 135 9200 7788。\n\n林志明 敬上", "林志明", "+86 135 9200 7788", "3樓A12櫃位"},
		{"冯磊", "中信大厦物业：\n\n你好。我是瀚新教育的冯磊，我们在中信大厦9楼908-910室开办培训。空调坏了。\n\n冯磊 182 6543 2100", "冯磊", "182 6543 2100", "中信大厦9楼908-910室"},
		// English addresses with the building's name after them, a guest's room, an assistant's number.
		{"Nordic Design Office", "Dear Building Management,\n\nOur office at Room 2305, 23/F, Tower B, Kerry Centre has had no heating since Monday morning.\n\nPlease contact me at 010-8529 6600 ext. 215 when an engineer is scheduled.\n\nAnna Svensson\nOffice Manager, Nordic Design (Beijing) Ltd.", "Anna Svensson", "010-8529 6600 ext. 215", "Room 2305, 23/F, Tower B, Kerry Centre"},
		{"Daniel Kim", "Hello,\n\nWater is coming through our kitchen ceiling light right now!! We are in Unit 1802, Tower 1, Central Park Apartments. Please send someone urgently.\n\nPlease call my Korean number +82 10-1234-5678 (roaming is on).\n\nDaniel Kim", "Daniel Kim", "+82 10-1234-5678", "Unit 1802, Tower 1, Central Park Apartments"},
		{"Alexander Petrov", "Dear Fraser Suites team,\n\nI am staying in Apartment 1708, Fraser Suites, for a 6-month contract. The floor heating is not working.\n\nPlease call me at +86 185 0211 7788 before sending a technician.\n\nAlexander Petrov", "Alexander Petrov", "+86 185 0211 7788", "Apartment 1708, Fraser Suites"},
		{"Tan Wei Ming", "Hi there,\n\nI'm Tan Wei Ming, staying at Apt 1503, Block 2, Somerset Riverside Serviced Apartments. The lift on our side has been out of service.\n\nMy mobile: +86 139 1888 2266\n\nWei Ming", "Tan Wei Ming", "+86 139 1888 2266", "Apt 1503, Block 2, Somerset Riverside Serviced Apartments"},
		{"Vivian Zhou", "Hi,\n\nThis is Vivian from Unit 1203, Building 7, Vanke Park. The latch on our living room window is broken.\n\nVivian, 159 0101 8899", "Vivian Zhou", "159 0101 8899", "Unit 1203, Building 7, Vanke Park"},
		{"Karen Lau", "Hi 管理處,\n\n我係 Flat 12B, Tower 3 嘅租客 Karen Lau。個熱水爐由星期日開始就冇熱水。\n\nKaren Lau\n+852 6123 8899", "Karen Lau", "+852 6123 8899", "Flat 12B, Tower 3"},
		{"Rachel Green", "Hello,\n\nI'm staying at your hotel (Room 1512) for the Asia Pharma Summit. The business centre double-booked Meeting Room 3 for our session yesterday.\n\nMy mobile is +1 646-555-0142.\n\nRachel Green", "Rachel Green", "+1 646-555-0142", "Room 1512"},
		{"Sarah Müller", "Dear Guest Service Team,\n\nI am writing to complain about my experience during our company workshop at your hotel this week.\n\nMy own room, Room 1718, has had a broken air-conditioning unit since I checked in.\n\nYou can reach me in Room 1718 or on my mobile, +49 171 2345678.\n\nSarah Müller", "Sarah Müller", "+49 171 2345678", "Room 1718"},
		{"David Kim", "Hi Lisa,\n\nThe A/C never came on last Saturday.\n\nPlease call me directly to discuss: +86 21 6288 0102 ext. 315.\n\nBest,\nDavid\n\nDavid Kim | Head of Operations\nUnit 2802, Tower B, Kerry Centre", "David Kim", "+86 21 6288 0102 ext. 315", "Unit 2802, Tower B, Kerry Centre"},
		{"Lily Chen", "Dear Building Management,\n\nI am writing on behalf of my boss, Mr. David Wong, the tenant of Unit 1806, Tower A, Lujiazui Century Plaza. Water is dripping from the ceiling near the pantry.\n\nMr. Wong is travelling in Europe, so please contact me to arrange access and any repairs: 021-6088 1234 ext. 806 (office direct line).\n\nLily Chen", "David Wong", "021-6088 1234 ext. 806", "Unit 1806, Tower A, Lujiazui Century Plaza"},
		{"Sophie Li | Relocation Asia", "Dear Property Management Team,\n\nI'm the relocation consultant assisting Mr. Hans Müller, who moved into Villa 27, Green Valley Villas last week with his family.\n\nAs Mr. Müller does not speak Chinese, please coordinate any visits with me: +86 137 0111 2233 (WeChat same number). For emergencies only, his own mobile is +49 171 234 5678.\n\nSophie Li", "Hans Müller", "+86 137 0111 2233", "Villa 27, Green Valley Villas"},
		// Those a front desk, an assistant or a child writes for.
		{"上海云帆科技 行政部", "物业管理处：\n\n我司上海云帆科技有限公司位于A座1906室。门禁刷卡器时好时坏。\n\n请尽快安排工程人员检查。联系人：行政主管 郑雅文，手机 137-6189-0022（前台总机经常转不到我，请直接打手机）。\n\n上海云帆科技有限公司 行政部", "郑雅文", "137-6189-0022", "A座1906室"},
		{"前台 小美", "物业管理中心您好，\n我是好悦投资的前台，我们何总（何志强）让我跟你们反映一下：公司在金融中心写字楼2808室，何总办公室那扇大玻璃窗的密封条老化了。\n请安排人来看一下，有事联系我就行：0592-5566 7788 转 801（前台）。\n前台 林小美", "何志强", "0592-5566 7788 转 801", "金融中心写字楼2808室"},
		{"Cindy", "物业您好，\n我是刘志远先生的助理Cindy，帮我们老板反映一下：刘总住在尚城国际A座2601，入户的智能门锁这两天经常识别不了指纹。\n刘总白天都在公司，上门时间请联系我安排：155 6677 8899（Cindy）。", "刘志远", "155 6677 8899", "尚城国际A座2601"},
		{"Kevin Sun", "物业您好，\n\n我是海棠湾小区8号楼303室孙秀英的儿子，现在在美国工作，所以由我代她写信。她家卫生间的天花板渗水。\n\n具体上门时间请直接联系我母亲：0571-8765 4321（家里座机，她白天都在家）。\n\nKevin Sun（孙凯）", "孙秀英", "0571-8765 4321", "海棠湾小区8号楼303室"},
		{"郭晨", "物业您好：\n\n我父亲郭德明住在贵小区15栋一楼（15栋1单元102），紧挨着地下车库出入口。卷帘门噪音很大。\n\n我父亲耳朵不太好，打电话他可能听不清，请联系我：155 6677 8899。\n\n郭晨（郭德明之子）", "郭德明", "155 6677 8899", "15栋1单元102"},
		{"Fiona Campbell", "Dear Property Manager,\n\nThe cleaning of our office at Suite 1101, Level 11, One Corporate Avenue has been poor.\n\nFiona Campbell\n+86 21 6122 3300 ext. 1101", "Fiona Campbell", "+86 21 6122 3300 ext. 1101", "Suite 1101, Level 11, One Corporate Avenue"},
		{"Marco Rossi", "Good morning,\n\nThe garbage in front of the villas is collected only every two or three days.\n\nI still use my Italian mobile here: +39 333 123 4567.\n\nMarco Rossi", "Marco Rossi", "+39 333 123 4567", ""},
		{"梁志偉", "商場管理處：\n\n你好，我係地下G12號舖「好味茶餐廳」負責人梁志偉。商場G樓冷氣好弱。\n\n電話：+852 9876 5432\n梁志偉", "梁志偉", "+852 9876 5432", "地下G12號舖"},
		{"卢少华", "管理处你好：\n三楼C区这一片的中央空调出风口这一个星期都是热风。请尽快处理。\n卢少华\n3楼C区086档 少华服饰\n档口电话：020-8666 1234", "卢少华", "020-8666 1234", "3楼C区086档"},
		{"前台 小林", "投诉组：\n今天上午有业主到前台递交了一封手写信，内容抄录如下，请登记跟进。原件已扫描存档。\n前台 林小婷 分机 8001\n——————以下为来信内容——————\n物业管理处：\n1号楼3单元楼顶的水箱泵房，每天夜里水泵启动时嗡嗡响，我家住顶楼（1号楼3单元1801）几乎每晚被吵醒。\n业主：孔令和\n联系电话：0898-6653 2211\n2026年11月9日", "孔令和", "0898-6653 2211", "1号楼3单元1801"},
		// Not a neighbour's flat in the words pasted in quotes, nor the contact a notice's list gives.
		{"王建国", "以下是邻居发给我的： “你好，  我是6栋1201的业主，电话13900001111。” 我是3栋502的业主，电话13800004444。", "王建国", "13800004444", "3栋502"},
		{"业主", "关于三号楼电梯维修的安排如下。 联系人：王经理 电话：021-5888 6666", "业主", "", ""},
		{"杨帆", "客服中心：\n\n今天上午巡楼时，2号楼1801的业主钱女士向我反映以下问题，请客服登记并跟进：同层1802住户长期在公共走道堆放杂物。\n\n钱女士希望物业负责人本周内给她回电，电话：13816168888。\n\n管家 杨帆", "钱女士", "13816168888", "2号楼1801"},
	})
}

func TestStoresPositionsUnitsAndGuestsRooms(t *testing.T) {
	checkWriters(t, []writerCase{
		// A store's place labelled beside its code: the place, not the code.
		{"优选便利", "物业服务中心：\n\n我店（优选便利新和广场店，门店编号SH0217，位置：新和广场1层L1-08铺）门头灯箱自上周五起断电。\n\n联系人：店长黄海燕 139 1234 5678", "黄海燕", "139 1234 5678", "新和广场1层L1-08铺"},
		{"邱晓燕", "我们是鲜果多水果万悦广场店（门店编码HZ-112，位于万悦广场1F-1023号商铺）。我店每天早上在北侧卸货区进货。\n\n联系人：店长邱晓燕，电话 159 8817 3025", "邱晓燕", "159 8817 3025", "万悦广场1F-1023号商铺"},
		{"茶颜小筑", "商场运营管理部：\n\n我店茶颜小筑天悦城店（店铺编码：GZ-TY-0315，铺位号：3F-K12）于11月2日收到《违约处罚通知》。\n\n店长 甘露 188 2011 5637", "甘露", "188 2011 5637", "3F-K12"},
		{"宏築設計", "敬啟者：\n\n本公司「宏築設計有限公司」位於貴大樓12樓之5，本人為公司負責人黃建宏。門禁卡無法感應。\n\n黃建宏 0933-221-876", "黃建宏", "0933-221-876", "12樓之5"},
		{"周敏", "物业：\n\n门禁卡一直刷不开。我所办公地址为环球金融中心32楼3205室。请尽快安排重新写卡。\n\n周敏 021-6877 1200", "周敏", "021-6877 1200", "环球金融中心32楼3205室"},
		// The unit with the market, the mall or the office named around it, and its word.
		{"吴佳琪", "您好，\n\n我是蜀味小馆（天虹广场4F-12）的前厅主管吴佳琪。商场4楼排烟风机频繁停机。\n\n我的电话是 135 3006 9824。", "吴佳琪", "135 3006 9824", "天虹广场4F-12"},
		{"林秀梅", "市场管理办公室：\n\n我是新四季服装城3楼3068档口的林秀梅。隔壁档口的老板一直把货架摆到通道。\n\n林秀梅 137 2277 1182", "林秀梅", "137 2277 1182", "新四季服装城3楼3068档口"},
		{"吴秀兰", "管理处：\n\n我是建材市场C区C2-118金源五金的老板娘吴秀兰。管理处给我开了三张罚单。\n\n吴秀兰 137 9901 3333", "吴秀兰", "137 9901 3333", "建材市场C区C2-118"},
		{"Leo", "Hi 空间运营团队，\n\n我是3楼联合办公区固定工位D-17的用户林立（Leo）。这周网络每天下午都要断。\n\n林立 137 6611 4444", "林立", "137 6611 4444", "3楼联合办公区固定工位D-17"},
		{"创想工作室", "你好，我们是8楼共享办公区E-17号工位的创想工作室，这一周下午网络经常断。\n\n联系人 胡斌 137 6612 7777", "胡斌", "137 6612 7777", "8楼共享办公区E-17号工位"},
		{"邓小芳", "您好：\n\n我是一楼中庭K-07号花车鲜榨果汁的经营户邓小芳。上周商场做活动，把我们的花车挪走了。\n\n邓小芳 137 6613 9999", "邓小芳", "137 6613 9999", "一楼中庭K-07号花车"},
		{"美源广告", "您好，\n我们是金鼎大厦17层1705美源广告。17层茶水间的开水器坏了一周了。\n\n行政 范琳 137 6614 6666", "范琳", "137 6614 6666", "金鼎大厦17层1705"},
		{"孙悦", "物业服务中心：\n\n您好，我是科技大厦1203室明远律师事务所的行政孙悦。本月起地下停车场收费上涨。\n\n电话 0755-2688 1290 转 203", "孙悦", "0755-2688 1290 转 203", "科技大厦1203室"},
		{"周晓峰", "你好：\n\n我是天街美食广场A区08号“老周面馆”的周晓峰。今天中午后厨排水沟突然堵住。\n\n我的电话：139 1554 2086", "周晓峰", "139 1554 2086", "天街美食广场A区08号"},
		// A shop or a flat a text typed on a phone begins with.
		{"57213398", "B2层15号铺卷帘门坏了 拉不下来 晚上关不了店 只能派人守着 请今天一定来修 13125567740 张姐", "张姐", "13125567740", "B2层15号铺"},
		{"黄志强", "商管部你好，B2层15号铺鲜果时光，我们门口的地漏这两天一直往上返水，味道很大。\n黄志强 159 2003 6611", "黄志强", "159 2003 6611", "B2层15号铺"},
		{"陈芬", "管理处你好 二楼C区C2-118档口阿芬服饰 空调不制冷好几天了 请尽快派人来修 陈芬 13602211345", "陈芬", "13602211345", "二楼C区C2-118档口"},
		{"阳光", "南区 16-3-602 电梯又坏了！！！ 这个月第三次了 老人下不了楼 18807719023", "阳光", "18807719023", "16-3-602"},
		// Who lives with the writer, a resident a butler meets, a firm's tenancy, said before the flat.
		{"张淑贤", "物业负责同志：\n\n我叫张淑贤，和老伴老杨（杨树森）住在雨花小区2号楼1单元201。楼下饭店排烟管道正对着我们家厨房窗户。\n\n张淑贤 139-5180-2276", "张淑贤", "139-5180-2276", "雨花小区2号楼1单元201"},
		{"7号楼管家 刘晨", "客服中心：\n\n今天上午巡楼时，业主7-1-803朱大爷（朱宝林）拦住我反映：他家卫生间顶棚渗水已经半个月。请工程部直接联系朱大爷，他家座机 0316-2567843。\n\n7号楼管家 刘晨", "朱宝林", "0316-2567843", "7-1-803"},
		{"曹医生", "物业管理处：\n\n我们是商务中心3楼305室康乐齿科。昨天下午3点左右，3楼突然停电约40分钟。\n\n联系人：曹医生，电话 0592-512 8890", "曹医生", "0592-512 8890", "商务中心3楼305室"},
		// A guest's room, in Chinese and in English.
		{"郑秀芝", "酒店负责人：\n\n我和老伴参加老年大学组织的交流会，住在你们酒店的1218房间。昨天晚上卫生间热水一直不热。\n\n郑秀芝 13608411275", "郑秀芝", "13608411275", "1218房间"},
		{"Anna Berg", "Dear Office Manager,\n\nI have been staying in Room 1215 since Monday for the medical conference. Housekeeping has not come for two days.\n\nAnna Berg\n+46 70 123 4567", "Anna Berg", "+46 70 123 4567", "Room 1215"},
		{"Paul Smith", "Hello, I am staying long-term in your serviced apartments (Room 1712, check-in 2 September). The hot water is off.\n\nPaul Smith\n+44 7700 900123", "Paul Smith", "+44 7700 900123", "Room 1712"},
		// Not the writer's: a floor alone, a place not theirs, a hotel named.
		{"程卫东", "物业你好：\n\n我是来投诉12号铺的，他们油烟太大。\n\n程卫东", "程卫东", "", ""},
		{"何嘉欣", "营运部你好\n我们是三楼L3-326甜心烘焙，最近每天早上卸货通道都被堵住。\n\n店长 何嘉欣\n137-6620-6613", "何嘉欣", "137-6620-6613", "L3-326"},
		{"郑女士", "你好，我们住在全季酒店1106房，你们小区门口的路灯不亮。\n郑女士 13812345678", "郑女士", "13812345678", ""},
	})
}

func TestOfficesVillasRoomsAndCalledSenders(t *testing.T) {
	checkWriters(t, []writerCase{
		// Where the writer says their office, studio or parcel station is.
		{"孙悦", "中信商务中心：\n你好！我们通达贸易是贵中心的长期租户，办公室在12楼1205。上周五我们预订的大会议室被占了。\n\n行政 孙悦 020-3888 1205", "孙悦", "020-3888 1205", "12楼1205"},
		{"谢婉婷", "物业管理处：\n\n您好！我是光明设计工作室的谢婉婷，工作室在创意园C栋3楼C302。\n\n月租车位被占。手机 158-1234-7790", "谢婉婷", "158-1234-7790", "创意园C栋3楼C302"},
		{"周海军", "你好我是小区东门菜鸟驿站的加盟店主周海军，驿站在东门商业街S-05号铺。老有业主把车停在驿站门口。我的电话 13544120087", "周海军", "13544120087", "东门商业街S-05号铺"},
		{"黄小燕", "我们公司在3楼 2026年搬来的。", "黄小燕", "", ""},
		{"王助理", "物业：\n王总的办公室在8楼808，空调不制冷。请联系我 139 0000 8080。", "王助理", "139 0000 8080", ""},
		// Flats and villas with their word after the number; a hotel's floor before the room.
		{"吴晓东", "你好，\n我是白石洲的租户，住在白石洲西区五坊68号302房。楼下巷子里的垃圾堆了三天。\n吴晓东 15112983045", "吴晓东", "15112983045", "白石洲西区五坊68号302房"},
		{"阿强", "岗厦村东三坊12栋401房 楼下的小卖部每天晚上音响开很大声 电话159-1234-5566 林先生", "林先生", "159-1234-5566", "岗厦村东三坊12栋401房"},
		{"周明", "物业：\n\n我是住在建国西路365弄11号亭子间的周明，弄堂里的公共下水道堵了三天了。\n\n周明 138-0174-5536", "周明", "138-0174-5536", "建国西路365弄11号亭子间"},
		{"Tony", "管理處你好，\n\n我係加州花園棕櫚徑23號洋房業主梁家輝（Tony）。屋苑泳池啲水好濁。\n\n梁家輝 6234 8891", "梁家輝", "6234 8891", "加州花園棕櫚徑23號洋房"},
		{"周丽丽", "你好我是翡翠湾联排12栋的住户周丽丽隔壁13栋在装修每天早上七点就开始电钻 我电话13760248835", "周丽丽", "13760248835", "翡翠湾联排12栋"},
		{"杨帆", "你好，\n\n我是御景湾2期联排别墅C-07的业主杨帆。我家自带的地下车库一直渗水。\n\n杨帆 150 1234 8876", "杨帆", "150 1234 8876", "御景湾2期联排别墅C-07"},
		{"邓先生", "前台你好，我是来参加培训会的邓先生，住在你们酒店8楼816房间，从昨晚开始就没有热水。电话 199 8765 4321", "邓先生", "199 8765 4321", "8楼816房间"},
		{"郑雅文", "尊敬的物业管理处：\n\n本人郑雅文，系贵司管理小区的业主，家庭住址：广东省广州市天河区天河北路618号华景苑2栋2103房。\n\n2栋的电梯故障停运四次。\n\n郑雅文\n手机：136 0001 9982", "郑雅文", "136 0001 9982", "广东省广州市天河区天河北路618号华景苑2栋2103房"},
		{"许薇", "物业管理处负责人您好：\n\n我是华信资本总经理王建华先生的助理许薇。王总的办公室在环球金融中心T2座38层3801。访客登记等待太久。\n\n王总手机：139 1111 8686", "王建华", "139 1111 8686", "环球金融中心T2座38层3801"},
		// English writers from their shop, flat or villa.
		{"Priya Shah", "Hi, this is Priya Shah from Chai Bar, Shop L3-22. Air conditioning in our shop is not working.\nPriya 135 2100 8876", "Priya Shah", "135 2100 8876", "Shop L3-22"},
		{"James Thompson", "Hi,\n\nI'm James Thompson, renting Flat 12B, Tower 3, Riverside Garden. The flat above us leaks.\n\nJames\n138-1765-2093", "James Thompson", "138-1765-2093", "Flat 12B, Tower 3, Riverside Garden"},
		{"Markus Weber", "I am staying at the Crowne Plaza, room 1508, and the hotel front desk cannot help.", "Markus Weber", "", ""},
		// How people call the writer, over the name the writer gives.
		{"阿哲", "管理員你好，社區的資源回收室這兩週都沒人整理。我是C棟7樓的吳先生，電話 0935-112-358，請幫忙處理。", "吳先生", "0935-112-358", "C棟7樓"},
		{"李生", "你好，\n我係富山邨富信樓1512室住戶李國偉。樓上成日高空擲物。\n李國偉 9876 1234", "李國偉", "9876 1234", "富山邨富信樓1512室"},
		{"mark.j", "hi the gym in building 5 has been closed for 2 weeks without notice. i live in 5-1-2301. call me 186 1234 0099 thx\n\nMark Johnson", "Mark Johnson", "186 1234 0099", "5-1-2301"},
		{"服装档口 阿芳", "管理处：\n我是白马服装市场4楼4C-078档的陈芳，昨天晚上消防喷淋头漏水。\n陈芳\n13926110085", "陈芳", "13926110085", "白马服装市场4楼4C-078档"},
		{"王建国", "以下是邻居发给我的：\n“你好，师傅说“明天来”， 我是6栋1201的业主，电话13900001111。”\n请处理。", "王建国", "", ""},
	})
}

func TestKinNeighboursSpacesAndCallBacks(t *testing.T) {
	checkWriters(t, []writerCase{
		// A parent, a spouse or an old neighbour written for, by how the mail names them.
		{"热心邻居", "物业你好，我是8栋的住户，帮我们对门的张奶奶反映个事。张奶奶叫张桂芳，一个人住在8栋1单元301，她家门口那个下水井盖坏了。\n张奶奶家的电话是 0531-8299 6610，她一般都在家。我的电话就不留了。", "张桂芳", "0531-8299 6610", "8栋1单元301"},
		{"Lucy", "你好，帮我妈反映一下，她住2号楼1004，楼门口的快递柜屏幕一直黑着。我妈不会发邮件，她是刘阿姨，电话18811112222，麻烦直接联系她，谢谢。", "刘阿姨", "18811112222", "2号楼1004"},
		{"林涛", "你好，我替我爱人写的。她叫何晓燕，在你们商业街开了家花店，铺面是步行街东区1-18号商铺。最近门口总有电动车乱停。\n她电话是 136-0202-7788，店里白天一直有人。", "何晓燕", "136-0202-7788", "步行街东区1-18号商铺"},
		{"熊娃儿", "物管你们好 我是帮我奶奶写的 我奶奶说 楼上那家人天天把拖把水往下滴 我奶奶住在锦城小区老3栋2单元201 她叫熊淑芬 你们打她座机 028-85412367 楼上是301 他们家电话也给你们 13880001234", "熊淑芬", "028-85412367", "锦城小区老3栋2单元201"},
		{"李强", "物业您好：\n\n我替我母亲写这封信。她叫赵秀英，住在阳光花园9栋1单元602，一个人住。\n\n家里座机0755-26881234她一般听不见，有事请打我的手机13600001111，我来跟她说。\n\n李强（赵秀英之子）", "赵秀英", "13600001111", "阳光花园9栋1单元602"},
		{"黃志明", "管理處負責人：\n\n你好。本人黃志明，代家母黃陳玉珍投訴。\n\n家母住在美景花園第二座十八樓C室，今年八十五歲，行動不便。\n\n家母聽力差，家中電話未必聽到，如有需要請致電本人手提 6234 8812。\n\n黃志明 謹啟", "黃陳玉珍", "6234 8812", ""},
		{"孟繁义", "物业：\n\n我是长青小区13栋2单元6楼东屋老孟，孟繁义。今年这暖气咋整的，贼凉。\n\n电话 0451-86412290", "孟繁义", "0451-86412290", "长青小区13栋2单元6楼东屋"},
		// A butler's station, a number to call back at a run-on's end.
		{"管家-刘佳", "客服中心：\n\n我是9栋的楼栋管家刘佳。今天上午业主邱红梅阿姨（9栋1单元701）到管家站反映，她家主卧天花板渗水。\n\n邱阿姨电话：158 0760 3321，她白天都在家。\n\n刘佳\n9栋楼栋管家", "邱红梅", "158 0760 3321", "9栋1单元701"},
		{"强仔", "楼上天天半夜一两点还在拖椅子拍球吵死了 我是3-2-401的 你们物业到底管不管 再不管我就打12345了 回电13925556677", "强仔", "13925556677", "3-2-401"},
		// A parking space, a storage room the writer who gives no flat says is theirs.
		{"王海涛", "物业客服中心：\n\n本人是锦绣华府业主王海涛，名下有地下二层B2-136号车位（产权车位）。最近有一辆车长期占用。\n\n王海涛 13902871155", "王海涛", "13902871155", "地下二层B2-136号车位"},
		{"赵建国", "你好，我是金桂园的业主赵建国。我家在地下室有一间储藏室（负一层储藏室17号），这几天下雨进水了。\n赵建国 135-0102-7788", "赵建国", "135-0102-7788", "负一层储藏室17号"},
		{"业主", "Re: 车位（和TS-2026-000003是同一辆车）", "业主", "", ""},
		{"苏曼", "刘洋，帮我跟物业说一下吧：我的车停在B1层C区087号车位，被刮了。\n我的电话 136 3280 5519。", "苏曼", "136 3280 5519", ""},
	})
}

// Those written or passed on for: a parent named right after the writer's word for them, a parent
// the office is asked to call, a nanny's or a driver's household, a chairman's secretary, a grid
// worker's, a butler's, a residents' committee's and a hotel's front desk's record of whoever came or
// rang, a landlord's tenant, an old neighbour across the landing, a helper's employer, a
// mother-in-law, a stall's keeper; a relative's number asked for before the writer's, or the writer's own asked for
// over it.
func TestRelaysOfKinStaffAndDesks(t *testing.T) {
	checkWriters(t, []writerCase{
		{"周明", "物业您好：\n\n我是替我母亲写这封邮件的。我母亲周秀英今年73岁，一个人住在翠苑小区12幢3单元201。楼道灯坏了快一个月。\n\n我妈耳朵不太好，有事请直接打我的手机 186 5710 3344，我来跟她说。\n\n周明",
			"周秀英", "186 5710 3344", "翠苑小区12幢3单元201"},
		{"钱坤", "物业您好：\n\n我母亲赵女士住在桂花苑2-3-201。她对门的邻居在楼道里堆了一大堆纸箱。\n\n请物业上门督促清理。你们直接打她电话 0551-6288 4411 就可以，她在家。\n\n钱坤",
			"赵女士", "0551-6288 4411", "桂花苑2-3-201"},
		{"谭晓峰", "物业：\n\n我父亲谭先生住在碧桂园凤凰城29座1202，前天晚上他家入户门锁被人撬过。\n\n我父亲家电话 0757-2233 6688，请物业跟他联系调监控的事，我这周在外地出差。\n\n谭晓峰",
			"谭先生", "0757-2233 6688", "碧桂园凤凰城29座1202"},
		{"黃詠詩", "管理處負責人：\n\n本人黃詠詩，代我父親黃志強投訴。我父母住美孚新邨8期百老匯街12號9樓B室，兩老都七十幾歲。\n\n請致電我父親 2742 1188 聯絡，如無人接聽可以打我手提 9876 5432。\n\n黃詠詩",
			"黃志強", "2742 1188", "美孚新邨8期百老匯街12號9樓B室"},
		{"李俊", "您好，\n\n我是3-2-401住户王秀英的儿子李俊。我母亲今年78岁，一个人住。楼道灯已经坏了快两个礼拜了。\n\n请你们尽快派人修一下，修好以后请直接打电话告诉我母亲，她家座机 021-5432 8876，她白天基本都在家。如果打不通再找我，我的手机 139 1888 2035。\n\n李俊",
			"王秀英", "021-5432 8876", "3-2-401"},
		{"刘洋", "物业您好：\n\n我母亲赵桂兰一个人住在阳光小区3号楼1单元502，暖气一直不热。她不会用电脑，所以由我代她写这封邮件。\n\n上门前请先联系我，我来跟母亲约时间。我在外地工作，电话是13601234567。我母亲家里的座机是010-6512 3456，不过她耳朵不太好，接电话经常听不清，尽量打我手机。\n\n刘洋",
			"赵桂兰", "13601234567", "阳光小区3号楼1单元502"},
		{"周阿姨", "物业你好：\n\n我是翠湖苑5栋2101陈国华老先生家的保姆，我姓周。单元楼下的大门门禁坏了。\n\n有事请打陈老先生家里的电话 0571-8821 3306，老先生会自己跟你们说。我的手机 13605718842 我白天在。\n\n周",
			"陈国华", "0571-8821 3306", "翠湖苑5栋2101"},
		{"小唐", "物业你好：\n\n我是雅居乐花园12栋301韩奶奶（韩玉梅）家的保姆小唐。奶奶家卫生间顶上这几天一直滴水，奶奶让我写信给你们。\n\n奶奶不会用手机，请打我电话 182 0011 3322，我全天都在奶奶家。\n\n小唐",
			"韩玉梅", "182 0011 3322", "雅居乐花园12栋301"},
		{"孟佳", "大厦物业管理处：\n\n您好！我是天宇集团董事长办公室秘书孟佳，受林海峰董事长委托，反映以下问题：\n\n1. 天宇大厦32层3201董事长办公室近期空调温度无法调节；\n\n林董事长行程较满，相关事宜请联系我，手机 150 6688 1122。\n\n孟佳\n天宇集团 董事长办公室",
			"林海峰", "150 6688 1122", "天宇大厦32层3201"},
		{"Amy Wang", "物业管理处负责人：\n\n您好！我是华庭律师事务所的行政助理王小雅，代我们主任赵建国律师反映一个问题。\n\n我们所在的国贸中心写字楼28层2803室，租用了地下二层B2-066号固定车位，车位几乎每天早上都被占用。\n\n赵律师希望物业经理直接给他回电，说明处理办法：139 0100 6688。\n如需资料，可以联系我，座机 010-6505 1234 转 206。\n\n王小雅",
			"赵建国", "139 0100 6688", "国贸中心写字楼28层2803室"},
		{"社区网格员", "物业服务中心：\n\n我是和谐社区第三网格的网格员孙丽。今天入户走访时，辖区独居老人吴桂兰（住幸福里小区9号楼3单元101）向我反映，她家门口的化粪池返臭。\n\n吴阿姨耳背，请直接联系她女儿郑红，电话 15902887361，她会过来配合。\n\n处理结果也请抄告网格，我的电话 18628001122。",
			"吴桂兰", "15902887361", "幸福里小区9号楼3单元101"},
		{"云玺公馆管家 小何", "工程部同事：\n\n业主钱文博先生（云玺公馆T2栋3301）今天上午致电管家部反映：主卧新风系统夜间有持续的嗡嗡异响。\n\n钱先生要求工程主管直接联系他本人：138 1700 9966。\n如需进户，请提前联系管家部何静 0571-8799 6600 转 8。\n\n管家部 何静",
			"钱文博", "138 1700 9966", "云玺公馆T2栋3301"},
		{"清河居委会", "物业公司：\n\n我是清河社区居委会的王主任。居民包秀珍（清河小区27号楼4门502）今天到居委会反映，她家下水道反味严重。\n\n包阿姨电话 010-6273 8899，请直接联系她约时间；有问题也可以打居委会 010-6273 0000。\n\n王主任",
			"包秀珍", "010-6273 8899", "清河小区27号楼4门502"},
		{"Reception", "客户关系部：\n\n2806房住客 Ms. Anna Kowalski 今晚到前台投诉：隔壁2808房连续三晚深夜聚会。\n\nMs. Kowalski 的手机是波兰号码 +48 601 234 567，她要求明天上午由经理直接打给她。\n\n前台 夜班 陈静",
			"Anna Kowalski", "+48 601 234 567", "2806房"},
		{"周建", "物业你好：\n\n我是紫荆苑6栋1802的房东周建。房子现在租给了李晓东，他昨天晚上给我打电话，说18楼楼道里有燃气味。\n\n租客电话 186 2020 4455，请你们直接和租客约时间，我人在外地。我的电话 13922334455，有需要业主签字的再找我。\n\n周建",
			"李晓东", "186 2020 4455", "紫荆苑6栋1802"},
		{"马红", "物业你好，我是6号楼2单元401的马红。住我对门的杨振华大爷（6号楼2单元402）八十多了，一个人住。他家暖气不怎么热。他不会上网，我帮他发个邮件。\n请先打杨大爷家电话 0311-8605 2231，他耳朵不太好。实在打不通再打我 15103112233。\n谢谢你们",
			"杨振华", "0311-8605 2231", "6号楼2单元402"},
		{"Maria Santos", "Dear Management Office,\n\nI am the domestic helper of Mrs. Helen Wong, who lives at Flat 8A, Block 2, Pacific View. Mrs. Wong asked me to write to you.\n\nPlease call Mrs. Wong directly at 2811 3344. My number is 5432 1098 if nobody answers at home.\n\nMaria Santos",
			"Helen Wong", "2811 3344", "Flat 8A, Block 2, Pacific View"},
		{"Emma Li", "Hello,\n\nI am writing on behalf of my mother-in-law, Mrs. Li Guifang, who lives at Building 5, Unit 1, Room 302, Lakeside Garden.\n\nThe window on the stairwell landing has been broken for almost a month.\n\nPlease call my husband Li Ming at 136 8888 1212, he will explain to her.\n\nEmma Li",
			"Li Guifang", "136 8888 1212", "Building 5, Unit 1, Room 302, Lakeside Garden"},
		{"前台", "客服中心：\n\n今天上午10点左右，12楼1208室明德教育的谢老师（谢婉婷）到一楼前台投诉：早高峰电梯等候时间超过十分钟。\n\n谢老师希望物业给出电梯恢复时间，请回复谢老师，电话 188 1234 0098。\n\n前台 徐晓\n分机 8001",
			"谢婉婷", "188 1234 0098", "12楼1208室"},
		{"小陈", "管理处你好 我是二楼C区17号档水果档的帮工小陈 老板黄建华让我发邮件 我们档口上面的屋顶一下雨就漏 老板说请你们直接打他电话 137 0000 5566 跟他说 我电话就不留了",
			"黄建华", "137 0000 5566", "二楼C区17号档"},
		{"何静", "商务大厦物业管理处：\n\n您好！我是恒达会计师事务所行政何静。受我所罗建华所长委托，反映以下问题：\n\n我所位于商务大厦A座1906室，自本周一起中央空调基本不制冷。\n\n具体事宜可与我联系，办公电话0913-2126688转806，罗所长日常外出较多，请勿直接联系。\n\n恒达会计师事务所 行政部\n何静",
			"罗建华", "0913-2126688 转806", "商务大厦A座1906室"},
		{"Kevin Zhou", "物业您好：\n\n我是锦绣花园12栋1单元801刘秀兰奶奶的孙子，我在外地读书，奶奶不会用手机发邮件，让我帮她写。\n\n电梯这两周停了三次。\n\n奶奶家座机 0531-86923417，白天她都在家，请直接打给她。我的手机是 15098762231，奶奶那边联系不上的话再打我。\n\n周凯",
			"刘秀兰", "0531-86923417", "锦绣花园12栋1单元801"},
		{"马小雅", "物业您好：\n\n我外婆马玉兰住在翠湖苑小区11幢603，今年八十四岁。单元门的门禁刷卡没反应。\n\n请尽快把门禁修好。外婆家电话是 0871-65123478，她白天都在家，可以直接打给她。\n\n马小雅（外孙女）",
			"马玉兰", "0871-65123478", "翠湖苑小区11幢603"},
		{"覃小玲", "市场管理处：\n\n我妈妈覃月娥在东兴农贸市场二楼干货区B-23号档卖干货，做了十几年了。这个月二楼顶棚漏雨。\n\n我妈的电话 138 7713 6605，她白天都在档口，请直接打给她。\n\n覃小玲",
			"覃月娥", "138 7713 6605", "东兴农贸市场二楼干货区B-23号档"},
		{"小梅", "你好，\n\n我爸爸叶国华在你们农贸市场水果区第3排6号摊位卖水果，摊位上的插座老是跳闸。他不太会打字，我替他写的。\n\n有事直接打我爸电话 139 0591 2287，他白天都在摊上。",
			"叶国华", "139 0591 2287", "水果区第3排6号摊位"},
		{"柏丽", "你好，\n\n我爸柏永年住绿茵小区27幢402，他上周中风住院了，家里一直没人。楼上502漏水。\n\n我爸在医院不方便接电话，请物业尽快联系502，有事请打我 13306512284（柏丽）。\n\n柏丽",
			"柏永年", "13306512284", "绿茵小区27幢402"},
		{"华蕾", "南苑物业：\n\n我替我父亲华建平反映一个问题。我父亲住南苑小区21幢2单元203，楼下饭店的排油烟管道直接对着他家窗户。\n\n请您们直接打我爸电话就行：0571-86541234，他白天都在家。我的手机是13900001111，但我在外地上班，不方便接。\n\n华蕾（女儿）",
			"华建平", "0571-86541234", "南苑小区21幢2单元203"},
		{"阿杰", "物业你好：\n\n我是住5栋201的邻居，替楼下的刘秀珍奶奶写这封信。刘奶奶今年82岁，一个人住在5栋101，不会用手机上网。她家窗外的排水管破了。\n\n刘奶奶白天都在家，请直接联系她家座机 8723 4567，她听得清的。",
			"刘秀珍", "8723 4567", "5栋101"},
		{"Sarah Lee", "Dear Management Office,\n\nWater is leaking from the ceiling of our kitchen.\n\nIf I'm not at home, my helper Maria is usually there during the day (152 0000 1122), she can let your staff in. But please call me first to arrange: 139-1688-2277.\n\nThank you,\nSarah Lee\nUnit 3A, Block 2, Palm Garden",
			"Sarah Lee", "139-1688-2277", "Unit 3A, Block 2, Palm Garden"},
		// Not for another: the writer's own number over the one they changed, of the firm's
		// office they ask to be called at.
		{"潘红", "又过去一个星期了，防水施工队还没来。另外我原来的手机号停用了，换了新号码 199 5712 3344，以后请打这个号码联系我。\n\n潘红\n\n物业您好：\n我是金色家园4-2-502的业主潘红，客厅外墙渗水。\n我的电话：133 5718 2290\n潘红",
			"潘红", "199 5712 3344", "金色家园4-2-502"},
	})
}

// Signatures and places said as the writer says them: a firm's name with its city under the
// writer's, their mailbox's address, a stall keeper's label, a shop's manager by their role and
// how they are called at work, a resident by what they are and their name, the name to ask for on
// the phone; a guest's room number, a stall they sell at, a shop's quoted name after its unit, a
// street shop's front, a store's address after 店址, an address after the writer says they rent
// there, an office a text begins with, their home by its estate after "我们家", beside what it is
// near, whole after the floor said first, without the side of the estate before it; a store's line
// its keeper gives; a parent's home's line the writer asks for.
func TestSignaturesAndHomesSaid(t *testing.T) {
	checkWriters(t, []writerCase{
		{"hexm", "您好：\n\n我于6月23日入住贵酒店，房号1208房间，预订至6月28日。连续两晚房间空调外机嗡嗡作响。\n\n我白天在外开会，手机经常静音，请打我公司电话 0755-2668 8899转612 留言。\n\n何晓明\n龙信科技（深圳）有限公司",
			"何晓明", "0755-2668 8899 转612", "1208房间"},
		{"sunpeng", "你们回复说每天清运两次，但今天下午三点5楼楼梯间的垃圾桶还是满的。\n\n我办公室座机0571-8812 3400平时没人接，有事请打我手机13705710011。\n\n孙鹏\n杭州云帆网络科技有限公司\n创业大厦5楼502室\n\nsunpeng@foxmail.com",
			"孙鹏", "13705710011", "创业大厦5楼502室"},
		{"老陈", "市场管理处领导：\n\n我在本市场经营蔬菜已经八年了。今年三月起管理费从每月450元涨到680元。\n\n摊主：陈国强\n摊位：农贸市场B区23号摊位\n手机：13757120098",
			"陈国强", "13757120098", "农贸市场B区23号摊位"},
		{"李春生", "管理处你好，我在东门菜市场水产区A-17号摊位卖鱼。这几天水产区的排水沟又堵了。昨天打了你们管理处电话0571-8600 1234，没人来。\n\n李春生\n手机：159 5717 3322",
			"李春生", "159 5717 3322", "东门菜市场水产区A-17号摊位"},
		{"川味小馆", "商场管理处：\n\n我们是美食广场F3-08的“川味小馆”。最近一周公共油烟排风系统晚上8点以后就关掉了。\n\n店长 孟凡\n店面电话：021-5432 1098\n店长手机：186 2155 0930（有事请直接打这个）",
			"孟凡", "186 2155 0930", "美食广场F3-08"},
		{"Info", "商户服务部：\n\n我们是L1-08号商铺蓝杯咖啡。最近两周我们门口的公共通道保洁明显跟不上。\n\n蓝杯咖啡 店长 姚经理\n电话：021-5432 1098",
			"姚经理", "021-5432 1098", "L1-08号商铺"},
		{"赵建华", "物业您好：\n\n我们家就在东湖小区4-1-602，正对着烧烤摊，窗户一晚上都不敢开。\n\n赵建华\n027-8765 4321",
			"赵建华", "027-8765 4321", "东湖小区4-1-602"},
		{"邵军", "物业你好，\n\n我叫邵军。\n\n我们家紫金苑4幢503。单元门口上个月新装了一排快递柜，挡在无障碍坡道上。\n\n有事打我电话13600112233。\n\n邵军",
			"邵军", "13600112233", "紫金苑4幢503"},
		{"黄燕", "垃圾房还是一样臭。我家就在垃圾房正上方，4幢1103，你们来闻一下就知道了。\n\n处理完打我电话18657112345。\n\n黄燕",
			"黄燕", "18657112345", "4幢1103"},
		{"黄海涛", "你们上周说三天之内修好，今天已经第八天了。我家住20楼，老人每天上下楼要歇好几次。\n\n我家10栋1单元2003，电话18811223344。\n\n黄海涛",
			"黄海涛", "18811223344", "10栋1单元2003"},
		{"宋海涛", "物业你好，小区北边绿化带被几户人家开出来种菜了。我家就在北边10栋2单元101，一开窗就是那股味。\n电话18273409917\n宋海涛",
			"宋海涛", "18273409917", "10栋2单元101"},
		{"周鹏", "管理站的同志你好：\n我在刘庄村租房子住，地址是刘庄东街28号院3楼305房间。房东按一块五一度收电费。\n我电话18837165520，晚上七点以后方便接。\n租户 周鹏",
			"周鹏", "18837165520", "刘庄东街28号院3楼305房间"},
		{"老李烟酒", "物业：\n我是新华路临街商铺12号门面（老李烟酒店）的李国强。最近小区的车老往我们门面前面停。\n电话0359-2256781\n李国强",
			"李国强", "0359-2256781", "新华路临街商铺12号门面"},
		{"Tom Becker", "Hello,\n\nMy name is Tom Becker, I teach English at the No.2 Middle School and I rent an apartment at Room 1502, Unit 2, Building 3, Yuhua Garden.\n\nWe have had no hot water for five days now. You can also call me at +86 186 7312 0045.\n\nThanks a lot,\nTom",
			"Tom Becker", "+86 186 7312 0045", "Room 1502, Unit 2, Building 3, Yuhua Garden"},
		{"陳志明", "物業管理處您好：\n\n本人陳志明，台商，目前在本地工廠任職，住在貴社區金山花園8幢1203室。近兩週以來，經常有一輛白色轎車停在我的車位上。\n\n本人台灣手機 +886 912 345 678 在大陸平時關機，請撥打大陸手機 138 6263 5570 聯繫。\n\n陳志明 敬上",
			"陳志明", "138 6263 5570", "金山花園8幢1203室"},
		{"赵树林", "尊敬的物业领导：\n\n我是红旗新村十栋三门201的住户赵树林，在红旗新村住了快四十年了。\n\n如需了解情况，可以打我家电话2033156，或者直接到十栋三门来找我。\n\n住户 赵树林",
			"赵树林", "2033156", "红旗新村10栋3门201"},
		{"梅子", "物业你好，我们家在幸福路临街那栋楼，楼下18号门面的烧烤店每天晚上油烟往上冒。\n我家是幸福路88号院1栋2楼201，叫我胡女士就行。电话13469873320。",
			"胡女士", "13469873320", "幸福路88号院1栋2楼201"},
		{"邱春生", "石桥村村民委员会：\n\n本人邱春生，石桥村五组村民。2023年按拆迁协议分得石桥安置点C区12号楼2单元301一套，已签字确认，但至今没有领到钥匙。\n\n联系电话：139 7452 6613\n邱春生",
			"邱春生", "139 7452 6613", "石桥安置点C区12号楼2单元301"},
		{"覃海燕", "南湖物业：\n我在人民路临街开了个理发店，店铺是南湖小区沿街商铺S-07号。门口的下水道井盖被货车压塌了。\n覃海燕 13677453310",
			"覃海燕", "13677453310", "南湖小区沿街商铺S-07号"},
		{"白雪", "你好，\n我是龙城花园16栋1单元2201的业主白雪。保洁最近一个月基本没来打扫。\n我白天上班不方便接电话，有事请联系我爱人，电话 135-1746-8820，或者直接回邮件。",
			"白雪", "135-1746-8820", "龙城花园16栋1单元2201"},
		{"zyz", "物业的同志：我叫周玉珍，今年七十三了，住电业局宿舍十二号楼一单元三楼东户。电梯三天两头停。我电话是幺三八七四五六二二〇九，家里座机坏了，打这个手机。",
			"周玉珍", "13874562209", "电业局宿舍12号楼1单元3楼东户"},
		{"吴婷", "商场客服您好：\n\n我是来福士广场L3-08“小象童装”的店长吴婷。L3层扶梯旁边的施工围挡已经围了一个多月。\n\n店里电话 021-6340 1188，我每天10点到6点在店里。\n\n吴婷",
			"吴婷", "021-6340 1188", "来福士广场L3-08"},
		{"8827316", "你好，紫金大厦1702，我们公司这层的卫生间已经连续三天没有补充纸巾和洗手液了。请物业协调一下。\n\n谢先生 电话：13666180202",
			"谢先生", "13666180202", "紫金大厦1702"},
		{"许娜", "你们这个通知周五晚上九点才发，第二天一早就停水。我家4栋902有刚满月的孩子，一整天没水怎么过？\n\n希望以后停水至少提前三天通知。\n\n海棠湾4栋902 许娜 153 2211 8877",
			"许娜", "153 2211 8877", "海棠湾4栋902"},
		{"郭强", "你好，\n\n我是新世界百货5F-22铺位的郭强。这周我们铺位的电已经跳闸四次。\n\n请商场工程部彻底检查一下线路。电话 18600112233\n\n郭强",
			"郭强", "18600112233", "新世界百货5F-22铺位"},
		{"张德福", "你好，我是建设路78号门面张记早餐的张德福。后面的公共排烟道被隔壁新开的烧烤店接了管子。\n手机：136-0738-5512",
			"张德福", "136-0738-5512", "建设路78号门面"},
		{"范小军", "加盟服务台你好：\n我是好邻居便利北关街店的加盟商范小军，店址北关街115号。这个月总部配送已经连续四次延迟。\n我的电话 13834120975",
			"范小军", "13834120975", "北关街115号"},
		{"travel_2024", "你好，我是昨晚入住你们宾馆的吴先生，住812房。房间空调滴水。今天还要住两晚，请今天之内给我换个房间。手机17752013388。",
			"吴先生", "17752013388", "812房"},
		{"快乐的小鱼🐟", "物业你们好，最近晚上老有人在我们楼下空地上烧纸。\n请物业在楼下贴个通知。\n我住8栋一单元901。\n小区业主 林女士\n18692037751",
			"林女士", "18692037751", "8栋1单元901"},
		{"杨哥", "物业 我跟你们说个事 楼上那家人天天半夜打麻将\n我住二期6栋3单元2楼1号 楼上就是3楼1号 你们去看嘛\n你们打电话找杨先生就是了 13982145678 莫得空就发短信",
			"杨先生", "13982145678", "二期6栋3单元2楼1号"},
		{"小鱼儿", "物业你们好我住在阳光100小区12号楼1单元602 每天晚上都到十点多楼下广场舞音响还开那么大声 给你们打电话也没用 有事打15788231234找刘女士就行",
			"刘女士", "15788231234", "阳光100小区12号楼1单元602"},
		{"冯雪", "物业服务中心：\n\n您好！绿地中心B座1105室反映：11楼茶水间的开水器从上周五开始不加热，至今未修复。我们公司三十多人每天只能下楼买水。\n\n冯雪\n电话：0351-7023456转8015",
			"冯雪", "0351-7023456 转8015", "绿地中心B座1105室"},
		{"吴婷", "客服中心：\n今天上午接到9栋804业主郑先生电话投诉，反映楼下704从上个月开始装修。\n郑先生希望客服中心给他本人回个电话：13607451234。\n9栋楼栋管家 吴婷\n电话 18874561230",
			"郑先生", "13607451234", "9栋804"},
		{"陈昊", "物业您好，\n\n我替我母亲反映一个情况。我妈妈张桂芬一个人住在金地格林小镇11栋1单元301，楼上401养了两只大狗。\n\n我妈不太会用手机，有事请直接打家里座机 0571-8821 4390，她白天都在家。\n\n陈昊",
			"张桂芬", "0571-8821 4390", "金地格林小镇11栋1单元301"},
	})
}

// Contact details at a mail's foot or in odd places: a note's fields without colons (备注：联系人 邹先
// 生，电话…), the writer's fields in brackets after 本人, a flat or an office before the number
// under the name, a long signature's labelled lines, a name before its department, a building's
// name the signature gives whole, a two-part flat before the name, a guest's room, a shop's unit
// after where it stands, a store's street under its label, a stall or a shop the writer trades at.
func TestContactAtTheFootAndInOddPlaces(t *testing.T) {
	checkWriters(t, []writerCase{
		{"zou", "你好，最近高峰时段家里水压特别低，早上洗澡热水器都打不着火。请物业检查一下。\n备注：联系人 邹先生，电话 185 2100 7766，房号 2-1602",
			"邹先生", "185 2100 7766", "2-1602"},
		{"xie zhenhua", "物业服务中心：\n楼上2栋1单元1001正在装修，周末早上八点不到就开始电钻、砸墙。请物业立即制止。\n附：本人姓名 谢振华，住址 滨江一号2栋1单元901，电话 138 5711 2266",
			"谢振华", "138 5711 2266", "滨江一号2栋1单元901"},
		{"zhuhong", "物业管理处：今天上午绿化工人在9幢周边打农药，事先没有任何通知。本人（朱红，9幢203室，电话：13761234567）希望得到回复。",
			"朱红", "13761234567", "9幢203室"},
		{"Meng Fan", "时代广场物业：\n你好。18层的公共卫生间最近保洁很不到位。我们公司在1801室，员工和来访客户都有反映。请加强保洁频次。\n\n孟凡\n时代广场1801 13621001234",
			"孟凡", "13621001234", "时代广场1801"},
		{"陈志强", "你们上次说修好了，今天早上又开始响。修之前先给我打电话。\n\n陈志强\n6-1-1201 / 136-8888-9999",
			"陈志强", "136-8888-9999", "6-1-1201"},
		{"Wang Fang", "中信广场物业管理处：\n您好！本公司位于B座1906室，自本周一起办公区中央空调出风口基本不出冷风。请安排工程部尽快检修。\n如有问题请直接打我手机。\n\n此致\n敬礼\n\n王芳\n行政部 | 行政主管\n深圳恒泰科技有限公司\n地址：中信广场B座1906室\n总机：0755-8321 6688\n手机：139-2456-7788\n传真：0755-8321 6699\n微信：wangfang_ht",
			"王芳", "139-2456-7788", "中信广场B座1906室"},
		{"Grace", "环宇金融中心物业管理处：\n您好！我司2801室会议室的玻璃门今早发现有一道贯穿裂纹。处理进度请直接打我手机。\n\n刘佳 | 总裁办\n恒远投资管理有限公司\n环宇金融中心2801室\n总机：021-6877 1234\n手机：139 1688 5206",
			"刘佳", "139 1688 5206", "环宇金融中心2801室"},
		{"开心每一天", "物业的同志：\n小区中心花园那边每天晚上跳广场舞，音响开得特别大。我家就在花园边上，老伴心脏不好。\n13-502 黎阿姨 138 0013 4567",
			"黎阿姨", "138 0013 4567", "13-502"},
		{"郑晓东", "酒店客服部：\n本人参加贵酒店举办的行业年会，期间入住。退房时发现账单多了一笔迷你吧消费。\n备注：本人住1208房，电话+86 138-0571-2233\n郑晓东",
			"郑晓东", "+86 138-0571-2233", "1208房"},
		{"邱先生", "今天在二楼商务中心打印了20页合同，收了我200块钱。我在2108房已经住了一周，明天退房前请核实并退还不合理部分。\n邱 13600136000",
			"邱先生", "13600136000", "2108房"},
		{"木子服饰", "商场管理处：\n三楼东侧扶梯从本月3号停用到现在。我们店正好在扶梯口，L3-028号铺，现在顾客基本都从西边上来。\n\n木子服饰 杨女士\n店里电话 020-3888 1166",
			"杨女士", "020-3888 1166", "L3-028号铺"},
		{"A小葵", "物业你们保安也太差了吧今天下午我妈在北门被一个骑电动车的撞了保安就在边上站着看监控也说坏了我们家是10栋2单元501的你们看着办吧必须给个说法",
			"A小葵", "", "10栋2单元501"},
		{"王丽萍", "麦香坊客服您好：\n蛋糕7点40才送到，一侧塌了。送货地址就是我家：翠苑三区12栋2单元601。请尽快联系我处理退款事宜，我的手机是13957120846。\n\n王丽萍",
			"王丽萍", "13957120846", "翠苑三区12栋2单元601"},
		{"诸葛明", "9-1-301 楼上天天漏水 报了三次了什么时候来修 18678901234",
			"诸葛明", "18678901234", "9-1-301"},
		{"小雨点妈妈", "你好我是彩虹桥美术龙华校区的家长 这学期换了三个老师 当初说的是固定老师小班教学 要么给我们固定老师要么退剩下的课 电话150 1869 3327 宋女士",
			"宋女士", "150 1869 3327", ""},
		{"陳家豪", "管理處負責人：\n樓上26樓B室經常在深夜拖動傢俬，聲響極大。\n\n如需入屋檢查，請先致電本人 6234 8810 預約時間。\n\n陳家豪",
			"陳家豪", "6234 8810", ""},
		{"温老板", "茶城管理处：\n\n本人温建国，在茶城二期3排17号经营“温记茶行”。8月22日上午茶城二期突然停电近五小时，事先没有任何通知。\n\n温建国\n手机：137 7990 2156",
			"温建国", "137 7990 2156", "茶城二期3排17号"},
		{"水产区", "水产区下水道堵了三天了 地上全是污水 我们C区8号摊位门口最严重 找了管理员说找人来修到现在也没人来 电话13598762231",
			"水产区", "13598762231", "C区8号摊位"},
		{"小陈手机维修", "加盟部你好\n\n我是快修帮东莞长安店的陈伟。最近两批总部配发的屏幕总成返修率特别高。\n\n陈伟\n长安店：东莞市长安镇长青路228号\n手机/微信同号 134 2587 9961",
			"陈伟", "134 2587 9961", "东莞市长安镇长青路228号"},
		{"郭晓燕", "华信大厦物业管理处：\n您好！我司在C座808室，午餐时间电梯非常拥挤。\n我平时多在座位上，请回电至我座机，谢谢。\n\n郭晓燕\n财务部 | 财务经理\n华信大厦C座808室\n电话：021-6288 7766-315\n手机：138 1888 6655",
			"郭晓燕", "021-6288 7766-315", "华信大厦C座808室"},
		{"快递驿站-丽景湾店", "物业你好，我是丽景湾小区5号楼底商103快递驿站的加盟店主，姓马。这个月已经停了三次电，每次都没有提前通知。\n\n马师傅 手机 158 0123 9876",
			"马师傅", "158 0123 9876", "丽景湾小区5号楼底商103"},
		{"Admin", "园区物业管理中心：\n\n我司（海信达软件）位于软件园二期C3栋201。近一个月经常有外来车辆停在我们的车位上。\n\n行政部 黄经理\n电话：0592-5123678转8001",
			"黄经理", "0592-5123678 转8001", "软件园二期C3栋201"},
		{"Emily Chen", "Dear Mall Management,\n\nI manage Bean & Leaf Café at Unit G-12, Ground Floor. For the second time this month the shared grease trap has overflowed.\n\nEmily Chen\nStore Manager, Bean & Leaf Café\nTel: +86 21 5012 3456",
			"Emily Chen", "+86 21 5012 3456", "Unit G-12, Ground Floor"},
		{"Sarah O'Connell", "Dear Tenant Services,\n\nI am writing on behalf of our team in Suite 2105, Tower B about the water supply.\n\nPlease call me directly on +86 10 8529 1234 ext. 215.\n\nKind regards,\nSarah O'Connell",
			"Sarah O'Connell", "+86 10 8529 1234 ext. 215", "Suite 2105, Tower B"},
		{"Sarah", "Hi,\n\nThe residents' gym in the clubhouse has been closed for two weeks now with no notice at all.\n\nThanks,\nSarah O'Connor\nFlat 12B, Tower 3, Riverside Garden\n+86 139 1700 2345",
			"Sarah O'Connor", "+86 139 1700 2345", "Flat 12B, Tower 3, Riverside Garden"},
		{"David Miller", "Hello,\n\nThis is Anna, David's wife – I'm writing from his account as mine isn't working.\n\nWe live at Villa 27, Lakeside Villas. The garden is flooded. David is travelling this week, so please call me on 139 1818 2727 rather than him.\n\nThank you,\nAnna Miller",
			"Anna Miller", "139 1818 2727", "Villa 27, Lakeside Villas"},
		{"sunny", "都一个星期了，还是没人来。请不要再发这种模板回复了，直接派人来。我电话没变，还是 135 0216 3349。\n\n孙先生\n5栋1单元903业主",
			"孙先生", "135 0216 3349", "5栋1单元903"},
		{"宋佳怡", "金科物业客服中心：\n你们好。\n我是金科天籁城二期15栋3单元2602的业主宋佳怡。装修押金到现在还没退。\n附：装修验收单照片（已另行发给前台）。\n联系电话：133-2020-8866\n宋佳怡\n2024年7月2日",
			"宋佳怡", "133-2020-8866", "金科天籁城二期15栋3单元2602"},
		{"卖菜的老杨", "市场管理处：我是蔬菜区V-08号摊位的杨老板，隔壁V-09摊位老是把菜筐堆到我摊位前面，说了好几次都不听。麻烦管理员来协调一下。电话：152 3344 5566",
			"杨老板", "152 3344 5566", "蔬菜区V-08号摊位"},
		{"黃建宏", "敬啟者：\n\n本公司「宏築設計有限公司」位於貴大樓12樓之5，本人為公司負責人黃建宏。月租車位被誤收臨停費用四次。\n\n如有需要，請與本人聯繫：行動電話 0933-221-876（辦公室電話(02)2758-1234為總機，不一定找得到我）。\n\n宏築設計有限公司\n負責人 黃建宏 敬上",
			"黃建宏", "0933-221-876", "12樓之5"},
		{"阿芳", "管理处你好，我是二楼B区208档的陈秀芳，做女装批发的。我们这排的消防通道每天早上都被物流公司的货堆满。\n\n档口电话020-86661234，手机13802223344（最好打手机，档口太吵听不到）\n\n陈秀芳",
			"陈秀芳", "13802223344", "二楼B区208档"},
		{"Kevin Huang", "Dear Property Management,\n\nI'm writing on behalf of my father, 黄德明, who lives at 丽景花园4栋801. He is 82 and doesn't use email.\n\nHis hearing is poor, so please contact me first: +1 415 555 0187 (I'm in the US). His neighbour Ms. Li (139 0871 2234) has offered to help.\n\nThank you,\nKevin Huang",
			"黄德明", "+1 415 555 0187", "丽景花园4栋801"},
		{"J. Peterson", "Hello,\n\nMy name is James Peterson. I live in Flat 602, Unit 1, Building 4, Yucai Garden. The hot water has been off for 5 days now.\n\nMy colleague Ms. Li (139 7466 0123) can help translate, but please call me first on 155 7460 8899.\n\nThank you,\nJames",
			"James Peterson", "155 7460 8899", "Flat 602, Unit 1, Building 4, Yucai Garden"},
		{"Mark Thompson", "Hello,\n\nI'm a guest staying in Room 1216 on a two-week business trip. For the last three nights the air conditioning has been rattling.\n\nYou can reach me on my US cell, which works here: +1 (415) 555-0182.\n\nThanks,\nMark Thompson",
			"Mark Thompson", "+1 (415) 555-0182", "Room 1216"},
		{"Aisha Rahman", "Hi Bright Hub team,\n\nThis is Aisha from Suite 9, Level 3. The smart lock on our suite door has failed three times this week.\n\nI'm in Dubai until 10 December, so the best number is my UAE mobile +971 50 318 2264 (WhatsApp). For the door, you can also talk to my colleague Zhou Yang on site, 138 1820 4471.\n\nThanks,\nAisha Rahman",
			"Aisha Rahman", "+971 50 318 2264", "Suite 9, Level 3"},
		{"Hiroshi Tanaka", "To the management office,\n\nMy wife and I are retired and staying in Room 1507, Sunshine Apartments, for the winter. The outdoor unit next door makes loud noise all night.\n\nCould you kindly check it? Our home phone here is +86 21 6278 3345.\n\nThank you very much.\nHiroshi Tanaka",
			"Hiroshi Tanaka", "+86 21 6278 3345", "Room 1507, Sunshine Apartments"},
		{"Priya Nair", "Dear Exhibition Services,\n\nWe are exhibiting at the International Lighting Fair this week, our stand is Hall 5 Booth 5B21. The booth still has no power.\n\nThe electrician gave me his number (139 2233 0187) and has not come back. I am at the booth all day; please contact me on my Chinese SIM: 176 2190 4438.\n\nRegards,\nPriya Nair",
			"Priya Nair", "176 2190 4438", "5B21"},
		{"快乐每一天", "物业 5号楼2单元1101 楼上天天半夜跳绳 咚咚咚的 12点还在跳 我去敲门没人开 你们管不管 我电话 159 8888 6666 郑女士",
			"郑女士", "159 8888 6666", "5号楼2单元1101"},
		{"Kelvin Cheung", "Hi 物業,\n\n都成個禮拜了，冷氣仲係唔work。我哋 office 喺 A座1906室，下晝兩點之後熱到好似焗桑拿咁。\n\nPlease arrange someone to come TODAY. 有咩事直接打我手機 +852 9123 4567。\n\nThanks,\nKelvin Cheung\nOffice Manager | Harbour Trade (Shenzhen) Ltd.",
			"Kelvin Cheung", "+852 9123 4567", "A座1906室"},
		{"许诺", "您好，\n\n我是铂悦公寓1702的租户许诺。昨天晚上十一点多，我家的智能门锁电池没电了，我被锁在门外。\n\n许诺\n手机：+86 173 1766 2085",
			"许诺", "+86 173 1766 2085", "铂悦公寓1702"},
		{"沈美娟", "物业侬好：\n阿拉康乐小区17号门口头，老多人家拉电线下来帮电瓶车充电，落雨天老危险额。\n阿拉屋里向是康乐小区17号602室，电话 021-5643 2198。\n沈美娟",
			"沈美娟", "021-5643 2198", "康乐小区17号602室"},
		{"汪洋", "你好，\n你们回复里写的地址不对，我们不是4栋302，是4栋320，所以师傅上次跑错地方了。麻烦重新安排，厕所堵塞已经三天了。\n汪洋（新锐科技 行政）\n18818812345",
			"汪洋", "18818812345", "4栋320"},
		// Guard: a notice the writer quotes on their first line keeps its contact its own.
		{"王建国", "你们贴的通知： 我们将安排专人上门检修。 联系人：王师傅 联系电话：13912340000  请问什么时候来？", "王建国", "", ""},
		// Guard: "我家" before a flat at the foot is no building's name.
		{"郑女士", "我家厨房下水道堵了。\n我家12幢503室，电话18667778888，郑女士", "郑女士", "18667778888", "12幢503室"},
	})
	checkSubjectWriters(t, []subjectCase{
		{"zhao", "【投诉】地下车库灯坏了 联系人：赵先生 18611112222 5栋1801", "B1层车库东侧一排照明灯坏了一个星期了，晚上停车特别黑。请尽快修理。",
			"赵先生", "18611112222", "5栋1801"},
	})
}

// Those a mail is written or passed on for: a resident a butler's group heard from, with the number
// in the brackets, an owner a desk's record names by 业主姓名 or with the flat after a comma, a boss the
// office is asked to call to fix a time or whose office the mail gives, a boss at home, a lawyer's
// assistant's boss, a parent on the home's line the office is asked to call, a father named after
// 联系他, an old resident living alone a building's head writes for.
func TestRelaysOfOwnersBossesAndParents(t *testing.T) {
	checkWriters(t, []writerCase{
		{"绿城管家-小吴", "客服中心：\n业主孙美华（9栋1单元2202，电话 137 7788 9900）今天在管家群里反映：9栋楼下公共绿地被1楼住户圈起来种菜。孙阿姨希望物业尽快处理。\n\n9栋管家 吴敏\n手机：135 7100 2233",
			"孙美华", "137 7788 9900", "9栋1单元2202"},
		{"云栖墅管家服务中心-林晨", "客服中心同事好：\n\n以下为业主投诉，请转工程部跟进：\n\n业主姓名：杨志明\n房号：云栖墅16号\n业主电话：139 1011 2203\n投诉内容：16号别墅后花园积水严重。\n\n管家 林晨\n18500223311",
			"杨志明", "139 1011 2203", "云栖墅16号"},
		{"8栋管家 陈晨", "客服中心：\n\n转业主投诉，请登记派单。\n\n业主：孙丽华女士，8栋1801\n联系电话：138 2233 4455\n内容：主卧窗外的空调外机支架锈蚀严重。\n\n8栋管家 陈晨\n工作手机：13922001188",
			"孙丽华", "138 2233 4455", "8栋1801"},
		{"Cindy Chen 陈欣", "国贸中心物业管理处：\n您好！我是利和集团总经理助理陈欣，代我们总经理周立明先生反映一个问题：周总办公室在国贸中心写字楼15层1503室，窗户漏雨。\n维修时间请直接联系周总确认，电话 13901019988；其他事务可联系我 010-6505 2233转206。\n\n陈欣\n总经理助理",
			"周立明", "13901019988", "国贸中心写字楼15层1503室"},
		{"李娜", "物业服务中心各位同事好：\n\n我是华鼎科技行政助理李娜，受我司总经理王海涛先生委托，反映以下问题：\n1. 我司所在的A座1906室，近两周工作日下午空调送风明显不足；\n\n王总手机：139 0111 2222。",
			"王海涛", "139 0111 2222", "A座1906室"},
		{"Liu Ting", "您好，\n\n我是方正律师事务所主任方正律师的助理刘婷。方律师让我向贵处反映：我所在国贸中心B座2301，B座北侧电梯只开一部。\n\n有事请直接联系我：010-6505 8899转603。\n\n刘婷",
			"方正", "010-6505 8899 转603", "国贸中心B座2301"},
		{"王蕾", "贵公馆物业服务中心：\n\n您好！我是华宇集团总裁办的王蕾。李总家在2号楼2601，他让我转达：2号楼地下车库有四五盏灯不亮已经快一个月了。\n\n后续安排请与我联系：138 1000 1234。\n\n王蕾",
			"李总", "138 1000 1234", "2号楼2601"},
		{"秘书 小周", "物业服务中心：\n\n您好，我是华润大厦29层2908室天正律师事务所主任何建军律师的秘书。何律师昨天晚上从地下停车场出来时，发现车被剐蹭了。\n\n何律师说请直接给他本人打电话：139-2888-1234。\n\n周晓敏",
			"何建军", "139-2888-1234", "华润大厦29层2908室"},
		{"行政部-小赵", "汇金大厦物业服务中心：\n\n您好！我是汇金控股行政部的赵雪。我们董事长杨振宇先生的办公室在汇金大厦32层3201，最近楼上33层在装修。\n\n请贵中心经理直接致电杨董事长本人：135 0123 4567。\n\n行政部 赵雪\n电话：021-5888 6600转1032",
			"杨振宇", "135 0123 4567", "汇金大厦32层3201"},
		{"周晓", "物业服务中心您好：\n\n我是瑞信科技行政助理周晓，代我们公司总经理马建国先生反映以下问题：我司位于A座1906室，19层电梯厅的门禁卡经常失灵。\n\n马总手机：139 0101 6628。\n\n行政助理 周晓\n电话：010-6505 2210 转 103",
			"马建国", "139 0101 6628", "A座1906室"},
		{"刘洋", "物业您好：\n我是金色家园12号楼3单元602刘桂兰的儿子，我在外地工作，母亲一个人住。楼道里的声控灯坏了快两周了。所以我代她写这封邮件。\n请直接联系我母亲，电话 0571-8765 4321（家里座机）。我的手机15800001111平时开会不方便接。\n刘洋",
			"刘桂兰", "0571-8765 4321", "金色家园12号楼3单元602"},
		{"诸葛伟", "物业您好：\n\n我是绿城桂花苑7栋2单元1502业主王秀兰的儿子诸葛伟。我母亲一个人住，托我写信反映楼上的噪音。\n\n我在深圳工作，处理情况请直接打电话给我母亲：0571-8865 2301（家里座机，白天都有人）。\n\n诸葛伟\n手机：13588990011",
			"王秀兰", "0571-8865 2301", "绿城桂花苑7栋2单元1502"},
		{"zhou_lei", "物业客服您好，\n\n我是3-2-401住户周秀兰的儿子周磊，替我母亲写这封邮件。3号楼2单元的电梯停运了。\n\n家里座机是 0531-88762210，我母亲白天一般都在家，请直接打座机找她。我的手机 13805316677 上班时间不方便接听。\n\n周磊",
			"周秀兰", "0531-88762210", "3-2-401"},
		{"Lisa Zheng", "您好，\n\n我替我父亲郑国庆反映一个问题。他在洁衣坊和平里店送洗的西装缩水了。\n\n我父亲不太会用邮箱，所以由我代发。后续请直接联系他：郑国庆，手机 135 2211 7680，住和平里七区12号楼3门401。我的电话是 +1 415 555 0182（我在美国，有时差，不方便接）。\n\nLisa",
			"郑国庆", "135 2211 7680", "和平里七区12号楼3门401"},
		{"老周", "物业管理处：\n\n我是5号楼楼长周建平，住5号楼3单元502。我们楼一层有位独居老人赵桂芬奶奶，住5号楼1单元101，她家厨房下水道堵了好几天，托我替她反映一下。\n\n赵奶奶家里没有电话，有事请联系我：13500761234。\n\n周建平",
			"赵桂芬", "13500761234", "5号楼1单元101"},
		{"小宋", "物业你好，帮楼下的刘奶奶反映一下：她家（3栋102）卫生间地漏这几天一直往上冒水。刘奶奶不会用手机，有事可以打她家座机 6654 3210，或者直接上门。\n热心邻居 3栋502 小宋 13312345678",
			"刘奶奶", "6654 3210", "3栋102"},
		{"何晓东（9栋管家）", "客服中心同事好：\n今天上午10点，9栋1801的业主孙丽华女士来管家中心反映，她家主卫天花板有渗水。\n孙女士白天在家，联系电话 139 1122 3344，请工程部今天下午联系她约时间上门。\n1901业主目前不在本地，电话是 135 5566 7788。\n9栋管家 何晓东\n分机 8023",
			"孙丽华", "139 1122 3344", "9栋1801"},
		{"7号楼管家 小周", "客服中心：\n\n今天上午7栋1203业主钱玉兰阿姨到管家前台反映：楼上1303的租户每天夜里12点以后还在拖动家具。\n\n钱阿姨不会用邮件，委托我转达。\n\n请客服中心回访时直接联系钱阿姨：139 1631 0921。我的工作电话是021-5896 2201。\n\n7号楼管家 周婷",
			"钱玉兰", "139 1631 0921", "7栋1203"},
		{"管家 小陈", "客服中心：\n今天上午巡楼时，10栋1单元2201的业主孙丽华女士向我反映，她家阳台玻璃被楼上掉下来的花盆砸裂了。孙女士很生气，希望物业尽快调取监控查明责任，给她一个答复，联系电话13574120987。\n请客服中心登记跟进。\n管家 陈晨\n18900001111",
			"孙丽华", "13574120987", "10栋1单元2201"},
		// Guard: a mother's number the son asks not to be called on.
		{"陈晓东", "物业您好，\n\n我是锦绣家园安置区7栋1单元101业主赵秀英的儿子，我叫陈晓东，由我来代她反映。\n\n有事请直接打我电话 138 2654 1234。我妈的手机是15973801122，但她耳朵背，最好不要打她的。\n\n陈晓东",
			"赵秀英", "138 2654 1234", "锦绣家园安置区7栋1单元101"},
	})
}

// Names in less common forms: a surname of two characters a Latin name spells (Sheung Kwun, Szeto),
// a Korean writer's Chinese name, names of parts apart by a middle dot, a familiar name by a character
// of the given name (海哥), a name and a title before the number a handle's mail ends with, the name
// asked for after the number to call back, a parent's title for the writer (家长).
func TestNamesInLessCommonForms(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Sheung Kwun Wai Man", "致管理處：\n\n本人為海濱花園第3座12樓B室住戶。近日第3座大堂的冷氣機持續漏水。\n\n如有查詢，請致電本人手提 9123 4567。\n\n上官慧敏 謹啟\n二零二四年五月十五日",
			"上官慧敏", "9123 4567", "海濱花園第3座12樓B室"},
		{"Meiling Szeto", "物業管理處您好：\n\n我是住在古北新城5號樓1203室的司徒美玲。社區泳池的池水很混濁。\n\n我的大陸手機是 139-1604-2288。\n\n謝謝！\n司徒美玲",
			"司徒美玲", "139-1604-2288", "古北新城5號樓1203室"},
		{"Kim Minjun", "你好，\n\n我是韩国人，我的中文名字是金敏俊。住在望京花园7号楼1单元1803。我的门禁卡刷不开单元门。\n\n我的中国手机号是 185 1234 0987。\n谢谢！\n\n金敏俊 (Kim Minjun)",
			"金敏俊", "185 1234 0987", "望京花园7号楼1单元1803"},
		{"Ayguli", "市场管理处：\n\n我是二楼干果区B-27号摊位的阿依古丽·买买提，卖新疆葡萄干和巴旦木的。隔壁B-28号摊位最近把货箱一直堆到过道上。\n\n我的电话：18999123456\n阿依古丽",
			"阿依古丽·买买提", "18999123456", "二楼干果区B-27号摊位"},
		{"刘建军", "物业你好：\n\n我叫热依拉·艾合买提，这是用我爱人刘建军的邮箱发的。我家住天山花园4-3-602，楼下烧烤店油烟直接往上排。\n\n我爱人的电话是13809901234，不过他经常出差，还是打我的13899112233。\n\n热依拉",
			"热依拉·艾合买提", "13899112233", "天山花园4-3-602"},
		{"Wenjing D.", "您好：\n\n我是参加本周医疗器械展的客人邓文静，住在贵酒店1218房间。房间空调外机噪音很大，晚上基本没法睡。\n\n请核实后回复。我的手机：+86 186-2013-5578\n\n邓文静",
			"邓文静", "+86 186-2013-5578", "1218房间"},
		{"刘洋", "不好意思，刚才那封邮件署名打错了，我叫刘阳，太阳的阳，不是海洋的洋，登记的时候别弄错了。\n\n我家住水岸名居4-1-503，客厅和主卧暖气片都不热。电话13661234567。\n\n刘阳",
			"刘阳", "13661234567", "水岸名居4-1-503"},
		{"海哥", "管理处 我是海产区C排12号档口的黄大海 我们这排后面的排水沟堵了三天了 臭水漫到过道 赶紧叫人来通 电话13859627410",
			"黄大海", "13859627410", "海产区C排12号档口"},
		{"qiu_x", "你们商场停车场说消费满200免2小时停车，出场时系统不认，收了我30块钱。\n\n这个规则没有任何地方提示，希望改进，并退还停车费。邱先生，手机 13761209987。",
			"邱先生", "13761209987", ""},
		{"阿杰", "你们那个3号门店怎么回事 洗车把我车门划了 要么赔要么退卡 打你们400电话一直占线 有人管没有 回我电话13650023318 找刘先生",
			"刘先生", "13650023318", ""},
		{"可可妈妈", "物业你们好：\n\n我是12栋1单元1402的家长邓女士。今天下午我女儿在小区儿童游乐场玩滑梯，裤子被钉子划破了。\n\n邓女士\n电话：18921057763",
			"邓女士", "18921057763", "12栋1单元1402"},
	})
}

// Flats and units in less common forms: a Beijing estate's entrance (12号楼3门501) after a formal
// letter's name, a flat after 房号 with the estate apart by a space or as building and room
// numbers alone, a floor's lettered shop (1F-A012铺, 2F-B-118档口), a room with a letter (2801A
// 单元), a kiosk (K06号亭), a desk in a shared office or its area, a firm's rooms it rents after
// 我公司（…）, an English flat with its estate in a Cantonese sentence, an English office with its
// floor's level or its estate's tower after it; a flat put right after a typing slip, one on the
// line below the building, one before a room of the home; a tenant's home after 住在 in a run-on, a
// family's after 我们一家住在 over the hall the wedding was held in.
func TestFlatsAndUnitsInLessCommonForms(t *testing.T) {
	checkWriters(t, []writerCase{
		{"孟庆华", "北辰小区物业公司：\n\n本人孟庆华，北辰小区12号楼3门501业主，建筑面积89.6平方米，整个采暖季室温不达标。\n\n联系方式：孟庆华 139-2011-5678",
			"孟庆华", "139-2011-5678", "北辰小区12号楼3门501"},
		{"邵华", "物业客服：\n\n请核实后退回多收的300元。我的房号是 君悦府 2-1502，车位 B2-233。\n\n邵华\n手机：187 6543 2100", "邵华", "187 6543 2100", "君悦府 2-1502"},
		{"邵华", "请核实后退回多收的300元。我的房号是2-1502，车位 B2-233。\n邵华 187 6543 2100", "邵华", "187 6543 2100", "2-1502"},
		{"潘小燕", "万达广场招商运营部：\n\n你好，我是\"茶小满\"（加盟店）的负责人潘小燕，我们店在1F-A012铺。\n\n账单多了一项空调延时费。我的电话是0755-2688 1234，白天都在店里。\n\n潘小燕",
			"潘小燕", "0755-2688 1234", "1F-A012铺"},
		{"徐琳", "物业管理处您好，\n\n我是Apex Capital上海办公室的行政徐琳（Linda Xu），我们公司在陆家嘴金融中心2801A单元。\n\n28楼的空调温度一直在27-28℃。\n\n徐琳",
			"徐琳", "", "陆家嘴金融中心2801A单元"},
		{"阿强", "市场管理处：\n\n我是2F-B-118档口的阿强（梁国强），做男装批发的。对面2F-B-121档口天天把货堆在通道上。\n\n梁国强 135 3000 1188",
			"梁国强", "135 3000 1188", "2F-B-118档口"},
		{"蜜雪-万达店", "万达广场管理处你好：\n\n我是1楼K06号亭奶茶加盟店的店主孙海涛。商场在我们亭子正前方搭了一个促销台。\n\n有事打我手机 152 3712 0000\n\n孙海涛",
			"孙海涛", "152 3712 0000", "1楼K06号亭"},
		{"Leo Wang", "Hi，我是5楼联合办公区的会员王立（Leo），我在5楼联合办公区5F-E12工位。最近一周网络一直掉线。\n\n手机：+86-131-2345-6789\nThanks!",
			"王立", "+86-131-2345-6789", "5楼联合办公区5F-E12工位"},
		{"Kelvin Lau", "Dear 管理處,\n\n我係 Flat 12B, Tower 3, 海怡半島 嘅住戶 Kelvin Lau。外牆維修工程嘅棚架已經搭咗兩個幾月。\n\nMy mobile: 9876 5432. 承建商熱線 2555 1234 打極都冇人聽。\n\nKelvin Lau",
			"Kelvin Lau", "9876 5432", "Flat 12B, Tower 3, 海怡半島"},
		{"Lily", "物业 垃圾站那边又满了 臭死了\n对了 我们家门口的消防栓箱门坏了\n我是6栋2404\n哦打错了 是6栋2204 24楼是我朋友家\n电话 177 0123 4567\n王丽",
			"王丽", "177 0123 4567", "6栋2204"},
		{"jiang laoshi", "物业你好\n电动车在楼道里充电\n我们12栋一楼楼道里面天天有人充电这个很危险的\n我是12栋\n12栋3单元102的\n我姓蒋\n蒋文彬 139 7654 3210",
			"蒋文彬", "139 7654 3210", "12栋3单元102"},
		{"小邱", "都两个星期了，维修师傅来看了一次就再也没有消息了。我家丰泽园二期17-2-1004客厅那面墙现在霉斑越来越大。\n\n邱先生 13809271156",
			"邱先生", "13809271156", "丰泽园二期17-2-1004"},
		{"阿芳", "楼上又漏水了卫生间天花板一直在滴水已经第三次了上次你们说会找楼上1802的业主协商到现在也没有结果我家是1702 吊顶都泡烂了 麻烦今天必须来人看一下 电话139 2510 8836 陈女士",
			"陈女士", "139 2510 8836", "1702"},
		{"宋佳", "你好我是租客 住在星河湾8栋1002 房东电话13800138001 他说让我直接找物业 我们家热水器的排烟管要从外墙打孔出去 你们打我电话 17612345678",
			"宋佳", "17612345678", "星河湾8栋1002"},
		{"王磊", "你好，我住在你们管的阳光新城3-2-401，楼道灯坏了快一个月了。\n\n王磊 13605712345", "王磊", "13605712345", "阳光新城3-2-401"},
		{"周美兰", "宴会部负责人：\n你好！我是10月2日在贵酒店三楼金殿宴会厅举办婚宴的新娘母亲周美兰。迎宾区的鲜花拱门是仿真花。\n我们一家住在金色家园12栋3单元602，离酒店不远。\n我的手机：13671234567\n周美兰",
			"周美兰", "13671234567", "金色家园12栋3单元602"},
		{"郑海涛", "鑫源大厦物业管理处：\n\n我公司（苏州海涛贸易有限公司）租用贵大厦15层1503单元已近五年，本月车位月租费上涨了。\n\n联系人：郑海涛\n电话：0512-6523 7788-203",
			"郑海涛", "0512-6523 7788-203", "15层1503单元"},
		{"周凯文", "Hi 空间管理员，\n\n我们团队在众创空间5楼E-07工位办公，最近两周每天下午网络都断。\n\n周凯文 17621839056", "周凯文", "17621839056", "众创空间5楼E-07工位"},
		{"Anna Lee", "Hi,\n\nOur office is at Unit 1802, Level 18 in your tower. The lights are off.\n\nAnna Lee", "Anna Lee", "", "Unit 1802, Level 18"},
		{"Thomas Becker", "To the Building Management,\n\nOur office is at Unit 2305, 23/F, Jing An Kerry Centre Tower 2. On 4 March we submitted the forms.\n\nPlease contact me at +86 21 6099 1870 ext. 12.\n\nThomas Becker",
			"Thomas Becker", "+86 21 6099 1870 ext. 12", "Unit 2305, 23/F, Jing An Kerry Centre Tower 2"},
		// Guards: a firm's address in the brackets after 我公司, not the hall of its meeting; a building
		// mentioned before is no flat of the writer's.
		{"唐敏", "县宾馆会务部：\n\n我公司（创业科技有限公司，地址：城东工业园创业大厦5楼502）于11月8日在贵宾馆三楼多功能厅召开年度客户答谢会，投影仪坏了。\n\n联系人：唐敏（行政部）\n联系电话：187 7461 2253",
			"唐敏", "187 7461 2253", "城东工业园创业大厦5楼502"},
		{"蒋文彬", "我们12栋一楼楼道里面天天有人充电。\n\n蒋文彬 139 7654 3210", "蒋文彬", "139 7654 3210", ""},
	})
}

// What voice input and phones write: numbers said in Chinese numerals in groups or going on in
// digits (幺三九零零 六六八 二二一, 一三九零零123456), 洞 for 栋 before a unit, a flat said as a
// number (一千零二) or by its floor and door (六楼二号), the name only at the end of a run-on from a
// nickname's mailbox, the one to ask for, the number after "打电话给我", a new number before "之前那
// 个不用了" and the address the office's quoted answer says was registered, the writer's flat at
// the end of a run-on about the one above, a shop's manager's number by their role.
func TestVoiceInputAndPhoneTypedMails(t *testing.T) {
	checkWriters(t, []writerCase{
		{"老周", "物业你好我是三期十二洞一单元八零二的周先生 我们家楼下那个车库门口天天有人停车堵着我出不去了 我电话幺三九零零 六六八 二二一 麻烦处理一下 谢谢",
			"周先生", "13900 668 221", "三期12栋1单元802"},
		{"快乐每一天", "喂物业吗我跟你们讲那个楼下烧烤店天天晚上油烟往上冒窗户都不敢开你们到底管不管嘛我是十栋二单元五零一的我电话幺八幺 二三四五 六七八九你们赶紧给我回个话 杨丽萍",
			"杨丽萍", "181 2345 6789", "10栋2单元501"},
		{"开心就好", "无业你好我是七洞二单元幺五零二的张阿姨我家卫生间谁管爆了到处都是 我电话是幺三幺 五五六六 七七八八 快点啊", "张阿姨", "131 5566 7788", "7栋2单元1502"},
		{"LJ", "物业你好我是十五栋一单元一千零二的罗先生我要投诉楼上有人往下扔烟头 我电话幺五二 零零幺幺 三三四四", "罗先生", "152 0011 3344", "15栋1单元1002"},
		{"小雨", "物业你好我家厨房下水堵了找了维修师傅张师傅电话13344556677来看了说是主管道的问题 我是B区15号楼3单元201 找林女士就行 电话一五八 一二三四 五六七八 急急急",
			"林女士", "158 1234 5678", "B区15号楼3单元201"},
		{"Miss Z", "小区游泳池水太脏了 池底有好多头发 请回复 我是9栋1802的业主 找邹女士 电话一三九零零123456", "Miss Z", "13900123456", "9栋1802"},
		{"吃货一枚", "楼上空调外机滴水滴到我家窗台上一整晚根本睡不着楼上是18楼1801我上去敲门没人他们贴在门上的电话13700001111打了也不接麻烦物业联系一下我是5栋1701的 电话18177776666 姓袁 袁女士",
			"袁女士", "18177776666", "5栋1701"},
		{"王磊", "你好，我是王磊的爱人李娟，用他的邮箱发的。我们家是丽景湾2-1-1801，去年12月交了全年物业费，发票还没开出来。开好了打电话给我 13566778899 我过去拿。",
			"李娟", "13566778899", "丽景湾2-1-1801"},
		{"花样年华服饰", "商场管理处：\n\n我们是三楼L3-21号铺（花样年华服饰），对面L3-30的手机店天天用大音箱放音乐。\n\n店铺电话 0512-6789 0123，店长手机 180 1234 5678，请联系店长手机。\n店长：邱爽",
			"邱爽", "180 1234 5678", "三楼L3-21号铺"},
		{"陳美玲", "海濱花園管理處：\n\n本人陳美玲，住在第3座12樓B室。升降機近一個月已經壞了四次。我曾經致電管理處熱線2345 6789查詢。\n\n請致電9123 4567與我聯絡，多謝。\n\n陳美玲",
			"陳美玲", "9123 4567", "第3座12樓B室"},
		{"黄秀珍", "你好我想反映一下我们这个小区的问题就是那个卫生搞得一塌糊涂嘛你们要管一下嘛我是十一栋三单元六楼二号的我电话是一三八 零八一二 三四五六", "黄秀珍", "138 0812 3456", "11栋3单元6楼2号"},
		{"邓丽", "你们说的师傅一直没来 等了一天 我换号了 新号码是 199 8888 0000 之前那个不用了 打不通的\n\n在 2024-06-11 16:02:33，\"云山诗意物业客服\" <kefu@wuye-example.cn> 写道：\n> 邓女士您好，您的报修已受理，维修师傅将于明日上门，\n> 师傅电话13611110000。\n> 您登记的电话为13722223333，地址：云山诗意7栋2单元1101。\n> 云山诗意物业客服",
			"邓丽", "199 8888 0000", "云山诗意7栋2单元1101"},
		// Guards: another shop's manager's number; a year in numerals is no phone number.
		{"茶小满华景广场店", "我们是二楼L2-08号铺茶小满。隔壁L2-09潮鞋馆每天放很大声的音乐。\n跟他们店长沟通过几次（店长电话13524009911）。\n茶小满华景广场店 店长 罗敏",
			"罗敏", "", "二楼L2-08号铺"},
		{"老周", "物业你好我是三期十二洞一单元八零二的周先生 二零二四年交的物业费 电话13900668221", "周先生", "13900668221", "三期12栋1单元802"},
	})
}

// Whom a mail from a department, a butler, a neighbour or an assistant names: the person a
// department's mail puts in charge or its desk's person names in brackets, or in brackets after how
// a firm's contact is called, a resident who came to the butler with their home in brackets after
// (not the butler's post under his name), one a butler's record names on the number asked for
// below it, an old neighbour living alone named in brackets, one called as the writer calls her or
// by her name in brackets after that, on her son's number, one with no phone whose neighbour asks
// to be called, a lawyer whose front desk's line is given, a boss whose office's line is given, a
// boss by an English name at the home the assistant gives, a contact labelled without a colon
// before a landline with its area code in brackets; the name a writer gives over a nickname or a
// Latin surname and initial; a firm's booth at the fair, not the one the organisers move it to.
func TestDepartmentsButlersNeighboursAndNicknames(t *testing.T) {
	checkWriters(t, []writerCase{
		{"培训部", "我司原预订在贵酒店五楼举办管理培训课程。\n\n本邮件由我的助理代发，具体事宜请与我本人联系。\n\n远大教育科技有限公司 培训总监 韩冬梅\n手机：135-0123-9988\n助理：小苏 138-0123-6677",
			"韩冬梅", "135-0123-9988", ""},
		{"Sunny Tech 展务", "展馆服务中心：\n你好，我们是深圳晴天智能科技有限公司，本届智能家居展的展位号是3号馆C215展位。电箱一直跳闸。\n现场负责人：杨帆\n手机 158 1234 6677\n（搭建商的电话是135 0000 8888，姓何）",
			"杨帆", "158 1234 6677", "3号馆C215"},
		{"金管家-王晓", "客服中心：\n\n今天上午业主赵先生到管家中心反映，他家（9栋1单元2801）主卧外墙渗水，墙纸发霉。\n\n业主电话：158 1234 5678，他一般晚上7点后方便接听。\n\n王晓\n9栋管家 分机 8021 / 手机 177 8800 2121",
			"赵先生", "158 1234 5678", "9栋1单元2801"},
		{"王晓", "他家主卧外墙渗水，墙纸发霉。\n\n王晓\n9栋管家 分机 8021", "王晓", "", ""},
		{"热心邻居", "你好，12栋1203住着一位独居的刘奶奶（刘桂芬），八十多岁了，我住她对门。她家厨房水管爆了。\n麻烦物业马上派人来修。刘奶奶没有手机，有事打我电话 139 2288 1166，我姓邓。",
			"刘桂芬", "139 2288 1166", "12栋1203"},
		{"小林", "物业你好，\n\n我是金色家园3栋1402的住户林晓，帮隔壁1401的周奶奶反映一下：她家卫生间天花板漏水。\n\n周奶奶家里没有装电话，手机也不会用，物业有事请打我的电话 186 1401 1402，我下班后可以陪物业的人过去。\n\n林晓",
			"周奶奶", "186 1401 1402", "1401"},
		{"周婷", "中环商务中心物业部：\n\n您好，我是建国律师事务所的前台周婷，代我们主任刘建国律师反映一下问题。\n\n我所位于中环商务中心15楼1503室，空调一直吹热风。如需进入办公室维修，请提前和我约时间。\n\n前台电话：020-3839 1503\n周婷\n建国律师事务所",
			"刘建国", "020-3839 1503", "中环商务中心15楼1503室"},
		{"叶子", "你好，\n\n我住3-1-402，楼上502家里养了两条大狗。\n\n请物业协调处理。\n\n叶秋萍\n联系电话：135-0402-3399", "叶秋萍", "135-0402-3399", "3-1-402"},
		{"Wu H.", "您好，\n\n我是紫荆苑11号楼2304的业主吴先生，车牌沪AD12345。\n\n我手机13901234567，谢谢。\n\n吴先生", "吴先生", "13901234567", "紫荆苑11号楼2304"},
		{"展会部", "主办方/展馆客服：\n\n我司报名参加第二十届国际机床展，合同确认展位为5号馆E08，今天收到组委会邮件，通知我司展位调整至5号馆E31。\n\n联系人：江苏华信机械股份有限公司 市场部 许晨\n手机：138 6210 7755\n公司地址：江苏省苏州市工业园区星湖街218号",
			"许晨", "138 6210 7755", "5号馆E08"},
		{"星河设计 前台", "物业你好，\n\n我是星河设计的前台小刘（刘思思），我们公司在创意园A栋302。三楼楼道东侧的消防门被隔壁公司的货箱堵住了。\n\n电话：0571-8705 6621",
			"刘思思", "0571-8705 6621", "创意园A栋302"},
		{"刘芳", "物业你好：\n\n我帮对门的王奶奶反映一下，她不会用手机上网。她家在8栋1单元301，我住302。她家卫生间的水管接口漏水好几天了。\n\n请派维修师傅上门，上门前直接联系她家电话 0531-8690 2234，她耳朵不太好。\n\n我是邻居刘芳 13853112267",
			"王奶奶", "0531-8690 2234", "8栋1单元301"},
		{"金地管家 陈晨", "客服中心同事好：\n\n转一条业主投诉，请跟进。\n\n业主：郑文博先生，T2栋28A\n问题：主卧外墙渗水，雨天墙纸起鼓发霉。\n\n请直接联系郑先生本人：139-0288-7766\n我这边分机8023，有需要可以找我。\n\n陈晨\n金地高端服务中心 管家部",
			"郑文博", "139-0288-7766", "T2栋28A"},
		{"小吴", "物业你好 我帮对门的刘奶奶发的 她不会用手机 刘奶奶（刘桂芳）住2栋1单元301 我是302的小吴 她家卫生间的下水管一直往外渗水 麻烦你们派人去看一下 回电请打她儿子的电话 13555556666 她耳朵背接不了电话",
			"刘桂芳", "13555556666", "2栋1单元301"},
		{"深圳市恒达贸易有限公司", "物业管理处：\n\n我司租用国贸大厦19楼1908单元。19楼电梯厅及走廊照明有一半以上不亮。\n\n联系人：行政部 于经理（于海燕）\n电话：(0755) 8321 5678-803",
			"于海燕", "(0755) 8321 5678-803", "国贸大厦19楼1908单元"},
		{"Amy 徐", "物业管理处：\n\n您好，我是鼎盛集团董事长杨志远先生的助理。杨总的办公室在环球金融中心38楼3802室。今天上午杨总被困在电梯里二十多分钟。\n\n请回复此邮件，或致电杨总办公室 021-5879 3366。\n\n徐敏\n董事长助理\n手机：13917745520",
			"杨志远", "021-5879 3366", "环球金融中心38楼3802室"},
		{"Chen Hao", "天河商务中心物业管理处：\n\n本公司蓝浪科技位于天河商务中心B座2108-2110室。21楼公共卫生间经常缺少洗手液。\n\n联系人 陈浩 (020)3886 1234 转 8012\n蓝浪科技有限公司 行政部",
			"陈浩", "(020)3886 1234 转 8012", "天河商务中心B座2108-2110室"},
		{"韦敏", "公寓管理处：\n您好！我是Globex公司行政助理韦敏，代我司驻华总经理John Smith先生反映他所住公寓的问题。\nSmith先生住在贵公寓B栋1502，近一周楼下在装修。\n请管理处尽快处理。Smith先生中文不好，请联系我：139 1702 6655。\n韦敏\nGlobex中国 行政部",
			"John Smith", "139 1702 6655", "B栋1502"},
		// Guard: a neighbour's mail the writer signs with a name of another surname than the nickname's.
		{"叶子", "你好，\n\n我住3-1-402，楼上502家里养了两条大狗。\n\n王秋萍\n联系电话：135-0402-3399", "叶子", "135-0402-3399", "3-1-402"},
	})
	checkSubjectWriters(t, []subjectCase{
		{"Daniel Kim", "Meeting Room Jade - projector", "Hello,\n\nOur company, Kim & Partners Consulting, rents Suite 2105 in this building and we use the 3F business centre meeting rooms regularly.\n\nThe projector would not connect.\n\nDaniel Kim",
			"Daniel Kim", "", "Suite 2105"},
		{"Anna Müller", "Heating and internet", "Dear Residence Manager,\n\nI have been staying in Apartment 2703 since September on a 6-month contract through my company. The floor heating doesn't work.\n\nMy mobile: +86 186 0213 7788.\n\nAnna Müller",
			"Anna Müller", "+86 186 0213 7788", "Apartment 2703"},
		{"Olga Petrova", "cold water in shower every morning", "Hello,\n\nI am living in your serviced apartment 2607 since January (long stay contract). The water in the shower is cold every morning.\n\nMy phone 152 2108 4473 (I do not speak Chinese, English please).\n\nOlga Petrova",
			"Olga Petrova", "152 2108 4473", "apartment 2607"},
		{"Sarah Nguyen", "Double charge", "Hello,\n\nThe minibar was charged twice. I would like a refund. You can reach me by email or at +1 415 555 0198.\n\nSarah Nguyen",
			"Sarah Nguyen", "+1 415 555 0198", ""},
		{"James Liu", "RE: Power Outage Notice", "Hi,\n\nThis is not acceptable. We are a trading firm in Unit 3302 and cannot lose power during market hours.\n\nJames Liu\nCOO, Apex Capital",
			"James Liu", "", "Unit 3302"},
	})
}

// What office tenants, shops and the ones who write for a boss, a keeper, a parent or a neighbour
// give: a desk's or a switchboard's extension asked to be called on, the writer's name between the
// words asking to be called and the number, a flat said again after a slip, a husband by his
// surname from his wife's mailbox, a keeper's, a manager's, a boss's or a parent's number the mail
// asks for, the handier of two numbers or the one asked for first ("最好先打我妈家里", "請晚上七點後以
// 手機聯絡"), a flat in brackets after the writer's name, a run-on's flat in parts apart by spaces, a
// stall's number after its keeper's words, a member's desk in a shared office.
func TestTenantsKeepersAndThoseWhoWriteForThem(t *testing.T) {
	checkWriters(t, []writerCase{
		{"卓越咨询前台", "我是14楼卓越咨询（14楼1401-1405）的前台陈思思。问了负责我们这层的保洁王姐（电话 13122083347），她说忙不过来。\n\n回电请打前台：021-6087 5500 转 801\n\n陈思思\n卓越咨询 前台",
			"陈思思", "021-6087 5500 转 801", "14楼1401-1405"},
		{"陳嘉欣", "本人是永發貿易駐貴大廈辦事處的負責人陳嘉欣，我們位於28樓2801室。\n\n我們問過負責本層的清潔阿姨（電話 136 0172 3388），她說人手不足。\n\n請回覆本人手提電話 +852 9123 4567，我大部分時間在香港。\n\n陳嘉欣",
			"陳嘉欣", "+852 9123 4567", "28樓2801室"},
		{"邱佩琳", "我是云帆科技的行政专员邱佩琳，我司在科技园大厦9楼901。上周我司有一台笔记本电脑丢失。\n\n邱佩琳\n行政专员 | 深圳云帆科技有限公司\n总机：0755-8663 9000 转 2315",
			"邱佩琳", "0755-8663 9000 转 2315", "科技园大厦9楼901"},
		{"龚玲", "物业你好：\n\n我父亲龚德明住在枫林小区2号楼4单元501，他一个人住，今年暖气一直不热。\n\n我父亲年纪大了说不清楚，有事打我电话吧：龚玲 15618823007。麻烦尽快处理，谢谢！",
			"龚德明", "15618823007", "枫林小区2号楼4单元501"},
		{"", "地库出口的道闸老是抬不起来 早上上班高峰排队排到坡道上 你们到底管不管 我住12-1101 天天被堵", "", "", "12-1101"},
		{"陈美玲", "你好，我是陈美玲的老公，姓杜，用她的邮箱发一下。我们住6栋1单元302。小区东门每天晚上都有外来车辆停在消防通道上。\n电话13052218847",
			"杜先生", "13052218847", "6栋1单元302"},
		{"俞婷", "您好，\n\n你们上次回复写成了1805，维修师傅也跑到18楼去了！我们是15楼1508，不是1805。空调还在漏水。\n\n麻烦今天一定安排人来，到了打我电话 13524478102。\n\n俞婷",
			"俞婷", "13524478102", "15楼1508"},
		{"Daniel Wong", "Dear Sir/Madam,\n\nTwo registered letters were delivered to your reception in May, but we have not been notified.\n\nPlease check your mail log and let me know urgently. My direct line is +852 6218 3347.\n\nBest regards,\nDaniel Wong",
			"Daniel Wong", "+852 6218 3347", ""},
		{"小芳", "管理处你好，我是服装城3楼C区318档的店员小芳，替我们老板娘邹美华反映一下：我们档口对面的通道被隔壁档口的货架占了一半。老板娘让你们有事直接找她，她电话13725540091。谢谢",
			"邹美华", "13725540091", "服装城3楼C区318档"},
		{"实习生 小孟", "物业您好！\n\n我是博远咨询的实习生，代我们经理反映一下：我们办公室（金融街中心 B座 1706）的电子门锁时灵时不灵。\n\n请联系我们经理 蔡文博 180 1760 2283，他会跟你们约时间。\n\n谢谢！\n孟晨",
			"蔡文博", "180 1760 2283", "金融街中心 B座 1706"},
		{"葉冠廷", "物業管理處 您好：\n\n本人葉冠廷，住在御景灣2棟1203。地下停車場的燈已經壞了好幾盞。\n\n懇請儘快修復。聯絡電話：0936-225-817（大陸手機：13162587340，平日較方便）\n\n葉冠廷 敬上",
			"葉冠廷", "13162587340", "御景灣2棟1203"},
		{"高总", "物业：\n\n我们公司门口（20层2001）的消防通道被隔壁2002堆满了纸箱和旧家具。\n\n我白天都在开会，有事联系我助理小罗 13918830216。\n\n高远\n中远资本 董事长",
			"高远", "13918830216", "20层2001"},
		{"Amy Zhou 周倩", "物业服务中心：\n\n您好！我是恒泰贸易总经理助理周倩，代我们公司赵国栋总经理反映一个问题。\n\n赵总的办公室在环球中心A座1906室。隔壁1907室从本周一开始装修。\n\n赵总希望物业处理后直接跟他本人联系：13901234567。\n\n周倩",
			"赵国栋", "13901234567", "环球中心A座1906室"},
		{"李明", "您好，\n\n我是幸福里小区12号楼3单元602王秀兰的儿子，我在外地工作。我妈让我帮她反映一下：他们单元的电梯坏了一个多星期了。\n\n请直接联系我妈，她的电话是0571-8765 4321（家里座机），白天一般都在家。实在打不通可以打我的手机13600001111。\n\n李明",
			"王秀兰", "0571-8765 4321", "幸福里小区12号楼3单元602"},
		{"上海启航科技 行政部", "尊敬的国贸大厦物业管理处：\n\n我司位于贵大厦18层1801-1803室。18层男卫生间冲水阀一直损坏。\n\n如有需要，请致电行政部黄静：010-6505 1234 转 6602\n\n此致\n敬礼！\n\n联系人：黄静（行政主管）\n传真：010-6505 1235",
			"黄静", "010-6505 1234 转 6602", "18层1801-1803室"},
		{"陈刚", "您好，\n\n我是枫林湾小区8栋的住户陈刚（8栋1203）。8栋一楼大堂新装了一排快递柜，挡住了消防通道。\n\n我的电话 186-2000-3000\n\n陈刚", "陈刚", "186-2000-3000", "8栋1203"},
		{"郑凯", "物业您好：\n\n我们云帆科技在创业园3号楼5层502，近一周园区提供的宽带每天下午都会断好几次。\n\n联系人：郑凯\n电话：0512-6789 0123", "郑凯", "0512-6789 0123", "创业园3号楼5层502"},
		{"川味小馆", "商场管理处：\n\n我们是4楼美食街的川味小馆（4F-12号铺），隔壁4F-13号铺的烧烤店油烟一直排不出去。\n\n有事请联系店长杨帆，手机186 8888 0012。", "杨帆", "186 8888 0012", "4F-12号铺"},
		{"13912340000", "管理员你好我是肉菜市场猪肉档的老周周德福 档口号是C区7号 这个月电费怎么多了三百多 麻烦查一下电表 电话13912340000", "周德福", "13912340000", "C区7号"},
		{"吴敏", "物业你们好，\n\n我替住在5栋601的独居老人李大爷反映个情况：他家暖气从上周开始就不热。我是他对门602的邻居。\n\n李大爷没有手机，家里座机也坏了，有事可以打我电话 13611223344，我姓吴。",
			"李大爷", "13611223344", "5栋601"},
		{"蔡俊", "展商服务中心：\n\n我是深圳市鹏程电子有限公司的参展负责人蔡俊。我们的展位（3号馆B21）从今天上午十点开始断电。\n\n现场请联系我：13480001234。\n\n蔡俊", "蔡俊", "13480001234", "3号馆B21"},
		{"王磊", "你好 我妈妈住在你们管的阳光新城3-2-401 她一个人住 年纪大了不会发邮件 我替她说一下 她家那层楼道灯坏了快一个月了 我妈姓赵 叫赵秀英 她电话是0571-8765 4321 座机 我的手机13605712345也可以打 但最好先打我妈家里 她白天都在\n\n王磊",
			"赵秀英", "0571-8765 4321", "阳光新城3-2-401"},
		{"張志明", "管委會您好：\n\n本人住在敦南尊邸12樓之3。近兩週地下室停車場的排風機運轉聲音異常大。\n\n聯絡電話：(02)2700-1234 分機 15（上班時間），手機 0935-123-456（晚上）\n請晚上七點後以手機聯絡，謝謝。",
			"張志明", "0935-123-456", "敦南尊邸12樓之3"},
		{"王磊", "您好，\n我是翠湖苑12栋803业主刘秀英的儿子王磊，我妈年纪大了不会用电脑，让我帮她写这封邮件。\n她家卫生间天花板一直渗水。\n我妈家里座机是0571-8765 4321，她白天基本都在家，请直接打给她。我的手机18657123456，晚上有需要也可以找我。\n王磊",
			"刘秀英", "0571-8765 4321", "翠湖苑12栋803"},
		{"Cindy Lau", "管理處你好：\n\n我是第1座12樓D室劉國強先生的女兒。家父今年八十多歲，行動不便。最近同層12樓E室的住戶把鞋櫃全部放在走廊。\n\n有事可以直接聯絡我，我的手提電話：9345 6712（家父聽電話不太方便）。\n劉小姐",
			"劉國強", "9345 6712", "第1座12樓D室"},
		{"服装城-许老板", "市场管理处领导：\n我叫许文斌，在咱们服装城二楼经营女装，已经做了七年了。二楼C区靠近天窗的位置一下雨就漏。\n许文斌\n手机：137 9898 6060", "许文斌", "137 9898 6060", ""},
		{"茶语加盟店-南京新街口", "加盟服务台你好，\n我是南京新街口店店长许文博。我们店（南京市秦淮区中山南路1号德基广场B1层B1-35）这两周收银系统老是死机。\n请技术人员尽快联系我：152 5151 8080。\n许文博",
			"许文博", "152 5151 8080", "南京市秦淮区中山南路1号德基广场B1层B1-35"},
		{"Laura Bianchi", "Dear Mall Management,\n\nI run the Bella Gelato kiosk (Kiosk K-08, L1, next to the main atrium). Three times this week the power was cut.\n\nPlease contact me on +86 135 0000 8888.\n\nThank you,\nLaura",
			"Laura Bianchi", "+86 135 0000 8888", "Kiosk K-08, L1"},
		{"Lisa Wang", "Hi 社区团队，\n\n我是WeSpace 16楼 Room 1611 的 Lisa Wang（BrightPath）。今天下午两点我们订好的会议室被另一家公司占着。\n\nThanks,\nLisa\n186 0173 5521",
			"Lisa Wang", "186 0173 5521", "16楼 Room 1611"},
		{"Jason 李", "你好，\n\n我是你们联合办公空间的月租会员，工位是3F开放区D-17。最近两周每天下午Wi-Fi频繁掉线。\n\n我叫李振宇，微信同手机 177 2103 9952。", "李振宇", "177 2103 9952", "3F开放区D-17"},
		{"黄老板", "你好 我是B2层15号铺黄志强（志强烧腊） 这个月的电费账单比上个月多了快一倍 请物业派人来核对一下电表 电话13622218890", "黄志强", "13622218890", "B2层15号铺"},
		{"烧烤张", "夜市管理处：我是夜市B排12号摊张强，昨天晚上城管来说我们摊子占道，要罚款，可是你们给我划的线就是这样的。", "张强", "", "夜市B排12号摊"},
		{"Jason", "卫生间下水又堵了上次你们叫的师傅电话13700137000打了一天都没人接 我家5-1-1202 王先生 电话15011112222 麻烦今天安排人来", "王先生", "15011112222", "5-1-1202"},
		{"", "电梯又坏了！！！这个月第三次了！！！9栋 1单元 2301 卢先生 13577778888", "卢先生", "13577778888", "9栋1单元2301"},
		// Guard: the stall's keeper's name after the words that it is theirs, apart by spaces.
		{"阿强", "管理处你好 我是F4美食广场12号档口的 梁志强 我们档口上面的排烟管道吸力越来越小 请尽快安排 电话13725801164", "梁志强", "13725801164", "F4美食广场12号档口"},
	})
}

// Campuses, hospitals and public buildings, and the neighbours and couples of estates: a
// dormitory's room ("梅园5舍302", "男二舍418室", "3号学生公寓217"), a named building's room ("行政楼102"),
// a department's office, a vice-principal's office an assistant writes for, a doctor, a teacher and a
// clerk under a pinyin or titled mailbox, a student a parent asks the office to call, a flat past the
// words of where it lies ("花园边上的8号楼2单元301") or said specifically after the estate, a group
// chat pasted above the writer's own words, a butler's forward of an owner's complaint, a dormitory
// keeper's of a student's, a department's contact between commas, a keeper by what they sell and
// their surname, a couple's mailbox.
func TestCampusesHospitalsAndNeighbours(t *testing.T) {
	checkWriters(t, []writerCase{
		{"黃家俊", "物業管理處：\n\n本人為逸林苑學生宿舍B座1203室宿生黃家俊。房間冷氣機由上星期五開始滴水。\n\n聯絡電話：+852 6123 4587\n黃家俊", "黃家俊", "+852 6123 4587", "逸林苑學生宿舍B座1203室"},
		{"", "3号学生公寓一楼的洗衣机吞钱 扫码付了两次都没启动 钱也没退 客服电话打不通 我住3号学生公寓217 回电13857190026", "", "13857190026", "3号学生公寓217"},
		{"夜猫子", "宿管和物业你们好 我是梅园5舍302的 隔壁304每天晚上打游戏喊到凌晨三点 求求管一管\n李子豪 157-5819-0342", "李子豪", "157-5819-0342", "梅园5舍302"},
		{"林志远", "机关事务服务中心物业部：\n\n区政府大院2号楼4楼弱电间的配线架有问题，请尽快安排人员配合处理。\n\n我们科室在2号楼412室。\n\n区统计局综合科 林志远\n电话：0574-87352618",
			"林志远", "0574-87352618", "2号楼412室"},
		{"張哲瑋", "宿舍管理組您好：\n\n我是男二舍418室的住宿生張哲瑋。本寢室的熱水器從上週開始只有溫水。\n\n聯絡電話：0933-215-806", "張哲瑋", "0933-215-806", "男二舍418室"},
		{"", "松园1舍208 空调遥控器丢了要去哪里补 还有空调滤网脏得要死 什么时候来洗", "", "", "松园1舍208"},
		{"雅琪", "你好，我们宿舍（荷园2号楼B-512）的门锁坏了，钥匙插进去转不动。\n我叫温雅琪，电话17706528841。", "温雅琪", "17706528841", "荷园2号楼B-512"},
		{"林婷", "后勤物业公司：\n\n受张志宏副校长委托，反映以下问题：\n张校长办公室（行政楼305室）窗户的锁扣坏了，关不严。\n\n请尽快安排维修，维修时间请先跟我联系确定。\n\n校长办公室 林婷\n电话：0571-86912035",
			"张志宏", "0571-86912035", "行政楼305室"},
		{"何振华", "后勤物业：\n\n教务处门锁损坏，下班无法锁门。请安排维修。\n\n教务处 何振华\n行政楼102\n电话：0571-86730255", "何振华", "0571-86730255", "行政楼102"},
		{"Dr. Xu", "物业：\n\n门诊楼4楼皮肤科候诊区的两排座椅有好几张坏了。\n\n我是皮肤科医生徐雅丽，维修人员来之前请跟我联系，电话0571-87065000转6415。", "徐雅丽", "0571-87065000 转6415", ""},
		{"Chen Yu", "您好：\n\n税务大楼12楼东侧的两部电梯这周已经停运三次。\n\n市税务局征管科 陈宇\n办公室：税务大楼12楼1203\n电话：0571-85773000分机3318", "陈宇", "0571-85773000 分机3318", "税务大楼12楼1203"},
		{"Zhang Laoshi", "物业中心：\n我是退休教师章汝森，住北山路校区教工宿舍12-1-301。楼道灯坏了一个多月。\n电话：85096213", "章汝森", "85096213", "北山路校区教工宿舍12-1-301"},
		{"Kenji Watanabe", "Dear Sir or Madam,\n\nRenovation work on the 14th floor has started at 7:00 with drilling.\n\nCould you please look into this? You can reach me on my Chinese SIM 132 6548 0731.\n\nKenji Watanabe",
			"Kenji Watanabe", "132 6548 0731", ""},
		{"雨桐妈妈", "学校物业您好：\n\n我女儿韩雨桐在你们学校读大一，住橘园6号楼227。她跟我说宿舍的窗户关不上。\n\n麻烦你们抓紧修一下。请直接联系我女儿，她的电话15157129983，中午和晚上都在宿舍。",
			"韩雨桐", "15157129983", "橘园6号楼227"},
		{"刘阿姨", "物业：\n每天晚上七点到九点半，小区中心花园的广场舞音响开得特别大，我家就在花园边上的8号楼2单元301，孩子今年高三。\n刘淑芬\n电话：0512-67781234", "刘淑芬", "0512-67781234", "8号楼2单元301"},
		{"Amy Zhao", "Hi 物业，我是21栋2301的Amy，中文名赵敏。隔壁2302家白天没人，狗一整天关在家里叫。我手机+86-135-1234-5678，谢谢～", "赵敏", "+86-135-1234-5678", "21栋2301"},
		{"田国强", "物业：\n我是29栋顶层1201室的住户田国强。同层1202的住户把楼顶公共平台围起来种菜。\n电话 0371-6699 8877", "田国强", "0371-6699 8877", "29栋顶层1201室"},
		{"苏雅婷", "商场管理处你好，我是3F-308的店长苏雅婷，隔壁3F-309新开的潮牌店整天放电音，他们店员说是总部要求的。能不能让他们把音量降下来？电话：18620863308", "苏雅婷", "18620863308", "3F-308"},
		{"欧阳", "物业你好，我把我们楼业主群里的聊天记录贴一下，具体情况看下面：\n【业主群聊天记录】\n1801-赵：顶楼2001又在拉钢材了\n1902-孙姐：13600009999 是他们的施工队长\n我是18号楼1703的欧阳丽萍。顶楼加盖违法。我的电话18607311703。",
			"欧阳丽萍", "18607311703", "18号楼1703"},
		{"钱云峰", "物业你们好，我家在绿城桂花园，具体是11幢2单元601室，楼上701每天在阳台的雨水管里倒拖把水。", "钱云峰", "", "11幢2单元601室"},
		{"管家周杰", "客服中心：\n\n12栋楼栋管家周杰转达业主投诉如下：\n业主杨振华先生（12栋1801）反映，楼上1901每晚十点后使用跑步机。\n业主电话：13066668888（请直接回电业主本人）\n管家：周杰 13511223344",
			"杨振华", "13066668888", "12栋1801"},
		{"快乐蜂奶茶-万达店", "万达广场招商运营部：\n我是K07号岛柜“快乐蜂奶茶”的加盟店负责人，叫蒋雨萱。隔壁K08号岛柜一直把货架摆到公共通道上。\n蒋雨萱\n手机 177 5002 6618",
			"蒋雨萱", "177 5002 6618", "K07号岛柜"},
		{"Kim Jisoo", "Hello manager,\n\nI am Kim Jisoo, my home is Building 6, Room 1703. From upstair (1803) water is coming to my bathroom ceiling. My phone 132 1703 8866.\n\nKim",
			"Kim Jisoo", "132 1703 8866", "Building 6, Room 1703"},
		{"古籍部", "物业服务中心：\n\n图书馆主楼5楼古籍书库的恒温恒湿空调从昨晚开始报警，请务必今天派人来处理！\n\n古籍部 办公室在主楼5楼508，联系人：冯晓梅，电话 0571-88273564，手机 138 6802 9917（急事请打手机）",
			"冯晓梅", "138 6802 9917", "主楼5楼508"},
		{"便利店老潘", "物业：住院部一楼便利店潘建军。店里天花板漏水，上面是二楼的开水间，已经把两箱货泡了。请马上派人来。手机 13094512768", "潘建军", "13094512768", ""},
		{"宿管-刘阿姨", "物业维修组：\n\n兰苑4号楼宿管刘桂英。兰苑4号楼414宿舍的学生许诺诺找我，说她们宿舍的电灯一开就跳闸，已经两天了。麻烦派电工来看一下，直接联系学生。\n学生电话：15868127709（许诺诺）\n我的值班室电话：0571-86610234",
			"许诺诺", "15868127709", "兰苑4号楼414宿舍"},
		{"小熊妈妈", "物业：一楼垃圾分类投放点就在我们家窗户底下（11栋一单元101），每天清运不及时，晚上还有老鼠。我叫彭晓，电话159-8888-6101", "彭晓", "159-8888-6101", "11栋1单元101"},
		{"Priya Sharma", "Hello,\nI live in Country Garden Building 6, Room 1703. The showers in the clubhouse gym have had no hot water for ten days.\nMy number is 152-0000-7788 (WeChat same).\nThank you,\nPriya",
			"Priya Sharma", "152-0000-7788", "Country Garden Building 6, Room 1703"},
		{"Tom & Lily", "Hi,\n\nThis is Tom Baker, we live at 8号楼1单元1201. Our parking spot keeps getting blocked. My number is 139 1818 0000.\n\nThanks,\nTom", "Tom Baker", "139 1818 0000", "8号楼1单元1201"},
	})
}

// Buyers waiting for their homes, a shop's counter staff, tenants and the owners who write for
// them, older writers naming their estate by its old and its new name, and English mails of
// helpers, hotel guests and writers borrowing a mailbox: who wrote it, the number to call and
// their place.
func TestBuyersCounterStaffRenamedEstatesAndHelpers(t *testing.T) {
	checkWriters(t, []writerCase{
		{"黄佳", "您好：\n\n我是翠湖天地二期的购房人黄佳，购房合同编号CH2-2023-0817，所购房屋为12号楼1单元803室。合同约定6月30日前交房。\n\n联系电话：136 0571 8842\n\n黄佳", "黄佳", "136 0571 8842", "12号楼1单元803室"},
		{"许志远", "本人许志远，与妻子蔡静共同购买了悦江府2号楼3单元2602（合同号YJF-0358）。验房发现问题共7项。\n\n联系电话：许志远 139-5718-2604\n\n许志远", "许志远", "139-5718-2604", "悦江府2号楼3单元2602"},
		{"蔡明哲", "您好：\n\n本人蔡明哲，購買 遠雄幸福城 C棟 7樓之2（契約編號 FX-C0702），原訂今年9月交屋。\n\n聯絡電話：(03)358-1199 分機 12（白天）\n蔡明哲", "蔡明哲", "(03)358-1199 分機 12", "遠雄幸福城 C棟 7樓之2"},
		{"邓晓燕", "商场管理处：\n\n我是一层A108华联超市的收银员邓晓燕。员工通道10点半就锁了。\n\n我的电话：18868023415\n邓晓燕", "邓晓燕", "18868023415", "一层A108"},
		{"金店小王", "物业你好，我在银泰百货1F-026专柜（周大生）上班，是营业员王静怡。一楼空调温度开得特别低。\n\n我们专柜电话：0571-8706 2026，找王静怡。", "王静怡", "0571-8706 2026", "银泰百货1F-026专柜"},
		{"Lucy", "Hi 物业，\n\n小区泳池为什么还不开放？我们租住在 丽景湾 9栋1单元2201，租房的时候中介说有泳池。\n\nLucy", "Lucy", "", "丽景湾 9栋1单元2201"},
		{"石磊", "物业你好，我上个月从9号楼2单元601搬到了同小区的15号楼1单元1203（还是租的），停车卡刷不进地库。\n\n我的电话18058712345。\n\n石磊", "石磊", "18058712345", "15号楼1单元1203"},
		{"叶倩", "3号楼电梯里新装的广告屏声音开得特别大。\n\n叶倩 3号楼1单元1506（租户）\n手机：15158006621", "叶倩", "15158006621", "3号楼1单元1506"},
		{"老周", "物业：\n\n二单元的单元门锁坏了好几天，请尽快修理。\n\n周建国 5号楼二单元301（和女儿一起住）\n电话 0571-85123678", "周建国", "0571-85123678", "5号楼2单元301"},
		{"梁晨", "你们搞错了，我不是1702，我是1602的，16楼！7栋1602，租户梁晨。漏水的是楼上1702。请重新安排，先联系我：159-6812-3306。", "梁晨", "159-6812-3306", "7栋1602"},
		{"海鲜王", "你们市场的冷库又停电了 我们西区水产12号档的货全部化冻了 损失好几千 今天必须给个说法 电话13957108826\n\n黄女士", "黄女士", "13957108826", "西区水产12号档"},
		{"林", "我是翡翠城3期22栋2单元1103的租客林小雨。阳台推拉窗的一块玻璃松了。\n\n房东：王建平，13800571234（在外地）\n租客（本人）：林小雨，181-5717-0932", "林小雨", "181-5717-0932", "翡翠城3期22栋2单元1103"},
		{"Guoping Qian", "物业您好：\n\n我是1号楼2单元901的业主钱国平，这套房子目前租给了吴婷婷。我替租客吴婷婷反映一下：厨房天花板在漏水。\n\n有什么情况请直接联系吴婷婷：158 6813 2740。不用打给我。\n\n钱国平", "吴婷婷", "158 6813 2740", "1号楼2单元901"},
		{"孙伟", "你好，我是6栋1802业主孙伟的岳母，我叫冯桂芝，帮他们带孩子住在这里。\n\n儿童滑梯有一块板子裂了。\n\n我的电话 152 6678 3310\n\n冯桂芝", "冯桂芝", "152 6678 3310", "6栋1802"},
		{"微微", "物业你好，\n\n我父亲高振华一个人住在和平里小区14号楼2门501，今年暖气一直不热。我替他写这封邮件。\n\n请维修师傅上门前先给我父亲打电话，家里座机：010-8421 5566。我的手机是 186 0213 7789。\n\n高薇", "高振华", "010-8421 5566", "和平里小区14号楼2门501"},
		{"苏敏", "物业你好：\n我帮7号楼402的王奶奶反映一下（我住她对门401）。王奶奶一个人住，八十多岁了。\n有事可以直接给王奶奶打电话0311-8601 5523，她白天都在家。\n苏敏", "王奶奶", "0311-8601 5523", "7号楼402"},
		{"韩冰", "物业您好：\n我叫韩冰，替住在11栋1单元1102的钟玉梅奶奶反映一个问题（我住她对门1101）。\n奶奶没有手机，家里座机 0755-2778 1063。我的电话 13510987762 也可以打。\n韩冰", "钟玉梅", "0755-2778 1063", "11栋1单元1102"},
		{"小鹿童装", "商场管理处：\n\n我们是负一层B1-032小鹿童装。这个铺子是从业主陈先生手上租的（陈先生电话13706661234）。\n\n请尽快派人修理。有事请找店里的王女士，电话 0577-8812 3032。", "王女士", "0577-8812 3032", "负一层B1-032"},
		{"Kevin Zheng", "我司（艾比西科技）位于中汇大厦18层1805室。上周六整层空调都没开。\n\n联系人：郑凯\n电话：0755-8612 3456转8012", "郑凯", "0755-8612 3456 转8012", "中汇大厦18层1805室"},
		{"A-Lin快乐每一天", "你们物业到底管不管了 我家3-2-401门口的垃圾放了三天没人收 赶紧派人来处理 我是刘女士 电话139 1142 7765", "刘女士", "139 1142 7765", "3-2-401"},
		{"美琪贸易", "物业您好，我们公司（世纪大厦1108）茶水间的饮水机进水管漏水。麻烦马上派工程师上来！！\n电话 028-8555 6132", "美琪贸易", "028-8555 6132", "世纪大厦1108"},
		{"老板娘", "美食城管理处你好，我是E区09档\"阿婆糖水\"的梁女士。排烟罩风机坏了。\n麻烦管理处处理一下。\n电：135-3388-7621", "梁女士", "135-3388-7621", "E区09档"},
		{"11栋管家 杨帆", "客服中心：\n\n转一下11栋业主的投诉，麻烦登记并派单。\n\n业主：郑国强（11栋1单元2003）\n业主电话：13809871234\n投诉内容：装修垃圾堆在消防通道。\n\n杨帆\n11栋楼管家", "郑国强", "13809871234", "11栋1单元2003"},
		{"18栋管家 李娜", "客服中心：\n\n转业主投诉，请登记派单。\n\n业主：18栋2单元2302 陈淑华阿姨（独居老人，七十九岁）\n事由：楼上每天夜里有拖动家具的声音。\n\n18栋管家 李娜", "陈淑华", "", "18栋2单元2302"},
		{"钱文彬", "物业公司领导：\n\n本人钱文彬，住教师新村（现名书香苑）7号楼1单元201室，在此居住已三十余年。", "钱文彬", "", "教师新村（现名书香苑）7号楼1单元201室"},
		{"欧阳振邦", "敬启者：\n\n老朽欧阳振邦，年近八旬，居住于锦华小区（旧称市建一公司宿舍）14栋303房，自一九八六年入住。", "欧阳振邦", "", "锦华小区（旧称市建一公司宿舍）14栋303房"},
		{"何錦輝", "敬啟者：\n\n本人何錦輝，今年八十歲，與老妻同住於怡翠苑（舊稱怡翠村）翠松閣1205室，入伙至今已三十餘年。", "何錦輝", "", "怡翠苑（舊稱怡翠村）翠松閣1205室"},
		{"宋光耀", "光耀，今年八十二岁，是省建三公司的退休职工，住省建三公司宿舍（现在叫建苑小区）3号楼西单元4楼东户。", "宋光耀", "", "省建三公司宿舍（现在叫建苑小区）3号楼西单元4楼东户"},
		{"曾宪章", "我叫曾宪章，今年八十四岁，住址：红星路88号院（原红星机械厂宿舍）2号楼3单元501，在此居住已四十年。", "曾宪章", "", "红星路88号院（原红星机械厂宿舍）2号楼3单元501"},
		{"陳國棠", "敬啟者：\n\n本人陳國棠，現居於貴公司管理之海景花園第二座十八樓C室。\n如需聯絡，請致電本人寓所 2556 3817，如無人接聽，可致電小兒陳志明先生 9123 4408。\n此致\n陳國棠 謹啟", "陳國棠", "2556 3817", "海景花園第2座18樓C室"},
		{"劉建宏", "您好：\n\n我自3月起長住貴公寓的2305室，因為工作關係預計住到年底。\n\n請聯絡我：+886 933 215 678（微信同號）\n\n劉建宏", "劉建宏", "+886 933 215 678", "2305室"},
		{"彭涛", "打了你们客服电话 400-800-1234 好几次都占线。\n\n我家（润和紫郡 5栋 2601）厨房的燃气报警器一直响。\n\n请马上派人来看一下！我电话 173 7310 2468\n\n彭涛", "彭涛", "173 7310 2468", "润和紫郡 5栋 2601"},
		{"快乐的小鱼", "2号楼电梯又坏了!!! 这个月第三次了 我住2号楼2301 23楼啊 让我爬?? 赶紧修 电话15210338876", "快乐的小鱼", "15210338876", "2号楼2301"},
		{"13912345678", "你们物业到底管不管了 地下车库B区那个排水沟堵了一个礼拜了 我住6栋1104 赶紧处理 黄先生 回电13912345678", "黄先生", "13912345678", "6栋1104"},
		{"手机用户", "你们物业到底管不管了地下车库我的车位天天被别人占了我是5栋的业主 5-1-702 赶紧处理一下 有事打我电话139 2233 4455 刘先生", "刘先生", "139 2233 4455", "5-1-702"},
		{"阿美小吃", "市場管理處您好：\n\n我是第二市場一樓 32號攤位「阿美小吃」的老闆娘張美玲。攤位上方的電線一直滴水。\n\n電話：04-2225-3311（攤位）", "張美玲", "04-2225-3311", "第二市場一樓32號攤位"},
		{"麥太", "管理處：\n\n我哋住喺麗港城 第11座 26樓 D室。垃圾房最近成日有老鼠。\n麥太 9811 2233", "麥太", "9811 2233", "麗港城 第11座 26樓 D室"},
		{"马先生", "物业：\n\n我是3-1303的业主，姓马，马先生，电话是 180 2345 6789，白天打我老婆的也行：135 8765 4321。", "马先生", "180 2345 6789", "3-1303"},
		{"魏德昌", "敬启者：\n\n    本人魏德昌，离休干部，楼道灯坏了。\n    来电请打：0351-7042 816，本人听力尚可。", "魏德昌", "0351-7042 816", ""},
		{"钱文彬", "物业公司领导：\n\n    本人不常用手机，如需联系，请致电家中座机：(0512)6521 4738。", "钱文彬", "(0512)6521 4738", ""},
		{"Vivian Hsu", "我是 BrightLink 台灣分公司的行政 Vivian，我們在101大樓 35樓 3502室。這兩週共用會議室的冷氣壞了。", "Vivian Hsu", "", "101大樓 35樓 3502室"},
		{"方晴", "您好，我是明和会计师事务所的方晴，我们位于金茂大厦 32层 3205 单元。\n今天早上门口走廊的消防喷淋头在滴水。", "方晴", "", "金茂大厦 32层 3205 单元"},
		{"周航", "我们是入驻前海创业中心3楼C区12-16号工位的团队（6个人）。空调太冷。", "周航", "", "前海创业中心3楼C区12-16号工位"},
		{"小美", "你好，我是丽景湾2期8栋1101的住户，小区快递柜最近经常打不开。\n联系电话：17788996655\n孙小姐", "孙小姐", "17788996655", "丽景湾2期8栋1101"},
		{"欢欢妈妈", "物业你好，昨天带孩子去小区会所游泳池，孩子回来眼睛红肿，怀疑池水消毒有问题。\n我家是14-1-1203，宋女士，电话15811112222。", "宋女士", "15811112222", "14-1-1203"},
		{"陈志远", "尊敬的物业服务中心：\n\n本人系御景华庭2栋1单元1802室业主。近日看到小区公告，拟将绿化带改造为停车位。对此本人有以下意见：\n\n一、该绿化带属于全体业主共有部分；\n二、该区域是老人和儿童的活动场所。\n\n恳请物业暂停施工。\n\n联系方式：手机 135-0172-8866\n\n此致\n敬礼！\n\n业主：陈志远",
			"陈志远", "135-0172-8866", "御景华庭2栋1单元1802室"},
		{"刘敏", "物业您好：\n\n我是帮我婆婆写的。我婆婆叫邓桂兰，七十六岁，住在东湖花园11栋4单元102，一个人住。\n婆婆家座机是 027-8765 3302，但她耳朵背，电话里经常听不清，最好打我电话 158 2731 6690，我叫刘敏，是她儿媳妇。",
			"邓桂兰", "158 2731 6690", "东湖花园11栋4单元102"},
		{"周志明", "敬啟者：\n\n本律師行位於中環德輔道中168號環球商業大廈21樓2103室。貴公司於本月初開始外牆維修工程。\n\n周志明律師\n電話：(852) 2526 8899", "周志明", "(852) 2526 8899", "中環德輔道中168號環球商業大廈21樓2103室"},
		{"Zhao Lei", "国贸大厦物业管理处：\n\n我司星海科技有限公司租用贵大厦B座17层，17层女卫生间漏水。\n\n--\n赵磊 | 行政经理\n星海科技有限公司\n地址：深圳市福田区国贸大厦B座1703室\n手机：139 2345 6781", "赵磊", "139 2345 6781", "国贸大厦B座1703室"},
	})
}

// English mails: a number asked for in a sentence or marked as preferred, a name at the foot of
// a handle's mail, a helper's employer, a guest's room, an estate known by its name alone.
func TestEnglishHelpersGuestsAndPreferredNumbers(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Mark Thompson", "Dear Management Office,\n\nI live in Flat 12B, Tower 3, Harbour View Residences. The unit above has renovation at 7:15 am.\n\nYou can reach me on my mobile at +86 138 1652 0934 (WhatsApp and WeChat on the same number).\n\nThanks,\nMark Thompson", "Mark Thompson", "+86 138 1652 0934", "Flat 12B, Tower 3, Harbour View Residences"},
		{"Daniel Weber", "Dear Guest Relations,\n\nThe front desk (ext. 0) told me yesterday that it would stop.\n\nMy mobile in China: +86 135 3920 7714\n\nKind regards,\nDaniel Weber", "Daniel Weber", "+86 135 3920 7714", ""},
		{"Maria Santos", "Dear Sir/Madam,\n\nI am the domestic helper of Mrs. Cheung in Flat 8A, Block 2, Kornhill. My employer asked me to write this email for her.\n\nPlease ask the owner of 9A to fix the drain pipe. For any question please contact my employer Mrs. Cheung at 9456 3312. Thank you.\n\nMaria", "Mrs. Cheung", "9456 3312", "Flat 8A, Block 2, Kornhill"},
		{"Maricel", "Good morning sir/madam,\n\nI am Maricel, the helper of Mrs. Wong at Flat 15D, Block 3, Kornhill. My madam ask me to write email.\n\nPlease call madam 9345 6712. If no answer you can call me 6678 2201.\n\nMaricel", "Mrs. Wong", "9345 6712", "Flat 15D, Block 3, Kornhill"},
		{"J. Morales", "To the Management Office,\n\nMy name is Javier Morales and I rent Flat 8A, Block 2, Taikoo Shing. The flat next door (8B) has been under renovation.\n\nMy landlord, Mr. Ho, can be reached at 9012 3344, but please contact me first: 6178 2290.\n\nThank you,\nJavier", "Javier Morales", "6178 2290", "Flat 8A, Block 2, Taikoo Shing"},
		{"Sarah Müller", "Dear Tenant Service Team,\n\nOur office is at Unit 2205, 22/F, Tower A, Jing'an Kerry Centre, and we were charged for 46 hours of overtime A/C.\n\nSarah Müller", "Sarah Müller", "", "Unit 2205, 22/F, Tower A, Jing'an Kerry Centre"},
		{"xx_gamer_99", "hi,\n\nI live in Room 3, Flat 1702, Building 6 (shared flat). the hallway light outside our door has been broken for 2 weeks. pls fix asap.\n\n- Ahmed Khan (156 0187 4420)", "Ahmed Khan", "156 0187 4420", "Room 3, Flat 1702, Building 6"},
		{"J. Park", "Hi,\n\nI'm staying in room 2107. There has been no hot water since last night.\n\nJi-hoon Park", "Ji-hoon Park", "", "room 2107"},
		{"Dr. Anil Mehta", "Dear Conference Services Team,\n\nSecond, I stayed in Room 815 of the attached hotel (booked through the organiser), and on checkout I was charged CNY 680.\n\nAnil Mehta", "Anil Mehta", "", "Room 815"},
		{"Priya Nair", "Dear Events Team,\n\nI would like a partial refund. I am still a guest at the hotel, Room 1817, until Sunday. Please contact me on my mobile +91 98450 12345.\n\nPriya Nair", "Priya Nair", "+91 98450 12345", "Room 1817"},
		{"Priya Nair", "Hello,\n\nI'm the office manager at BrightPath Education, Unit 2108, 21/F, Tower B, Kerry Centre.\n\nYou can reach me on 021-6279 8830 ext. 215 or mobile 186 2110 4477 (preferred).\n\nBest,\nPriya Nair", "Priya Nair", "186 2110 4477", "Unit 2108, 21/F, Tower B, Kerry Centre"},
		{"Mandy Leung", "Dear Sir/Madam,\n\nI write on behalf of our director, Mr. Raymond Kwan, regarding the 28/F lift lobby.\n\nOur office: Unit 2805-06, 28/F, Wing On Centre.\n\nFor follow-up please contact Mr. Kwan directly at +852 2815 3366 ext. 201.\n\nMandy Leung", "Raymond Kwan", "+852 2815 3366 ext. 201", "Unit 2805-06, 28/F, Wing On Centre"},
		{"Ana Pereira", "Good afternoon,\n\nI'm writing from my wife's email account. My name is João Pereira and we live at Flat 18C, Block 2, Nova Taipa Gardens.\n\nPlease call me at +853 6288 4410.\n\nJoão Pereira", "João Pereira", "+853 6288 4410", "Flat 18C, Block 2, Nova Taipa Gardens"},
		{"Sarah Lee", "I live in Flat 3C, Block 5, Hong Kong. The lift is broken.", "Sarah Lee", "", "Flat 3C, Block 5"},
		{"Rajesh Sharma", "Dear Sir,\n\nI am Rajesh Sharma residing at Flat G, 11/F, Block 5, Laguna Verde. The dog in Flat G, 12/F has been barking.\n\nKindly contact me at +852-9876-5432.\n\nRegards,\nRajesh Sharma",
			"Rajesh Sharma", "+852-9876-5432", "Flat G, 11/F, Block 5, Laguna Verde"},
		{"Concierge - The Regalia", "Dear PM team,\n\nPlease see below complaint from our resident Mrs. Elaine Tsang (Tower 1, Flat 30B). She requests a call back at her mobile +852 9456 1023. Thanks.\n\nKelvin Ho\nConcierge, The Regalia\nTel: +852 2890 1100",
			"Elaine Tsang", "+852 9456 1023", "Tower 1, Flat 30B"},
		{"Claire Dubois", "Hello,\n\nNobody came yesterday. Please reschedule and call me first this time: +33 6 12 34 56 78 (my French mobile).\n\nClaire", "Claire Dubois", "+33 6 12 34 56 78", ""},
	})
}

// A writer who says their number is the one their mailbox is named by: that number, and no other
// mailbox's name read so.
func TestNumberTheMailboxIsNamedBy(t *testing.T) {
	text := "你好 我叫宋佳 住御景湾6-1-2302 昨天下大雨地下车库积水快到膝盖了 请物业给个说法 电话就是邮箱前面这个号"
	if w := Read(Mail{Name: "18655023317", Email: "18655023317@163.com", Text: text}); w.Name != "宋佳" || w.Phone != "18655023317" || w.Address != "御景湾6-1-2302" {
		t.Errorf("%q %q %q, want 宋佳 18655023317 御景湾6-1-2302", w.Name, w.Phone, w.Address)
	}
	if w := Read(Mail{Name: "songjia", Email: "songjia@163.com", Text: text}); w.Phone != "" {
		t.Errorf("phone %q from a mailbox named by no number", w.Phone)
	}
}

// Offices in towers named with their number alone, a signature's name and number above its
// company's line, a keeper's label with the number after the name, and a sender's name with
// an event's note in brackets or a department before a dash.
func TestTowerOfficesFirmsBelowAndKeepersNumbers(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Zhao Yu", "你好，\n\n保安态度非常冲。我们公司鼎新网络在启明大厦902，我在这里上班三年了。\n\n赵宇\n152 0137 6624", "赵宇", "152 0137 6624", "启明大厦902"},
		{"邵琳", "我们公司在汇峰大厦1203，空调一直不制冷。\n\n邵琳\n15002169784", "邵琳", "15002169784", "汇峰大厦1203"},
		// A year after the tower is no office.
		{"Zhao Yu", "我们公司在金茂大厦2023年就搬来了，保安态度恶劣。\n\n赵宇\n152 0137 6624", "赵宇", "152 0137 6624", ""},
		{"迈拓电子 展会负责人", "展馆服务中心：\n\n今天展位电源断了三次，我们打了展馆电工值班电话 0755-2391 6600。\n\n罗建峰 13760290415\n深圳迈拓电子有限公司", "罗建峰", "13760290415", ""},
		{"奈雪小站", "万象汇物业：\n\n后厨地漏从昨天开始排水很慢，今天早上直接反水，只能暂停营业。\n\n店长：邓晓雯 18626175530", "邓晓雯", "18626175530", ""},
		{"吴敏（华东区销售会议）", "湖景会议酒店餐饮部：\n\n午餐后有3位参会同事出现腹泻。请尽快给出调查结果。\n\n吴敏", "吴敏", "", ""},
		{"IT部 - 马骏", "华信大厦物业：\n\n今天凌晨机房天花板开始渗水，请立即派工程人员维修。\n\n马骏\n华信银行 信息技术部", "马骏", "", ""},
	})
}

// A building put right with its flat, a titled mailbox's writer signing their whole name before
// their contact in clauses, and the flat a subject gives after a dash.
func TestBuildingPutRightWholeNameAndDashedSubjects(t *testing.T) {
	checkWriters(t, []writerCase{
		{"陆敏", "小区西边那个工地每天晚上施工到11点多。我家是3栋2单元901，哦不对，写错了，是5栋2单元901（3栋是我妈家）。陆敏 13967150228", "陆敏", "13967150228", "5栋2单元901"},
		// Another flat put right is someone else's.
		{"陆敏", "我家是3栋2单元901，楼下1201写错了，应该是5栋1102的车位。陆敏 13967150228", "陆敏", "13967150228", "3栋2单元901"},
		{"顾先生", "客服你好，\n\nA栋1012的热水从上个月开始就不稳定。请安排工程部负责人亲自跟进。\n\n顾建华，A栋1012，电话 139 0135 6732", "顾建华", "139 0135 6732", "A栋1012"},
	})
	if w := Read(Mail{Name: "王先生", Email: "wang@163.com", Subject: "漏水 - 5栋1201", Text: "楼上漏水。请处理。\n\n王先生"}); w.Address != "5栋1201" {
		t.Errorf("a flat after a dash in the subject: %+v", w)
	}
	// A subject beginning with the flat stuck to the word of the complaint; not the flat above.
	for subject, want := range map[string]string{"3号楼1802投诉楼下狗叫": "3号楼1802", "楼上1802投诉": ""} {
		if w := Read(Mail{Name: "sunhb", Email: "sunhb1970@163.com", Subject: subject, Text: "物业：\n\n楼下1702家的狗每天晚上叫到12点。请物业出面协调。\n\n1802 业主 孙先生\n电话 138-1655-2083"}); w.Address != want {
			t.Errorf("%q: %+v, want address %q", subject, w, want)
		}
	}
}

// A tenant, a lodger or an intern saying who they are: their name after the word.
func TestTenantsAndInternsByName(t *testing.T) {
	checkWriters(t, []writerCase{
		{"小周", "你好，我是租客周晓宇，租的是盛世嘉园3栋1单元1908。今天下班回来发现家里没水了。我电话 17816057732", "周晓宇", "17816057732", "盛世嘉园3栋1单元1908"},
		{"小林", "餐厅管理处你好，\n\n我是23楼恒信律所的实习生林晓。饭卡被多扣了326.5元。\n\n麻烦尽快核实退回，谢谢！", "林晓", "", ""},
	})
}

// Where a writer says they work, and their number after "call我" and their English name.
func TestWorkplacesAndCallMeByName(t *testing.T) {
	checkWriters(t, []writerCase{
		{"Robert Huang", "停车场管理处：\n\n本人在汇金大厦1902办公，租用固定车位B2-156。本周车位都被占用。\n\nRobert Huang\n13701985566", "Robert Huang", "13701985566", "汇金大厦1902"},
		{"王磊", "我在国贸写字楼2305室上班，楼道的灯坏了一个月。\n\n王磊 13911112222", "王磊", "13911112222", "国贸写字楼2305室"},
		// A building without its room says where they were.
		{"王磊", "我在金茂大厦上班，楼道的灯坏了一个月。\n\n王磊 13911112222", "王磊", "13911112222", ""},
		{"王磊", "你好，我在B座上班，我们公司在B座1206，我的固定车位B2-088天天被占。请给我回个电话13817726540", "王磊", "13817726540", "B座1206"},
		{"Kevin Liu", "我们这周Wi-Fi几乎每天下午都掉线。\n\n麻烦尽快check一下，有问题直接call我：Kevin 177 0216 3382\n\nThanks\nKevin Liu", "Kevin Liu", "177 0216 3382", ""},
	})
}

// A butler's relay of a resident who asked them to pass it on ("委托我转达"): the resident its
// labelled lines name.
func TestRelayEntrusted(t *testing.T) {
	checkWriters(t, []writerCase{
		{"碧桂园管家-小陈", "客服中心同事好：\n\n今天上午业主黄秀兰阿姨来管家中心反映，她家厨房排烟道每天傍晚都有油烟倒灌进来。阿姨不太会用电子邮件，委托我转达。\n\n" +
			"业主：黄秀兰\n房号：16栋2单元2301\n电话：13757102288（阿姨本人）\n\n有进展请直接联系业主。\n\n管家 陈晓 0571-86901234转812", "黄秀兰", "13757102288", "16栋2单元2301"},
	})
}
