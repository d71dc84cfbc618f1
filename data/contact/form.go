package contact

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/quickre"
)

// formFields are the labels a website's form or guestbook puts before the visitor's name,
// address and phone number in the notice it mails ("姓名：张三", "邮箱：", "联系电话："), and those a
// hotline's or complaint platform's work order puts before the citizen's ("来电人：", "诉求人：",
// "投诉电话："), in lower case, in simplified and traditional characters.
var formFields = map[string]string{"姓名": "name", "您的姓名": "name", "称呼": "name", "稱呼": "name",
	"联系人": "name", "聯絡人": "name", "聯繫人": "name", "resident": "name",
	"building/unit": "address", "unit no.": "address", "业主姓名": "name", "業主姓名": "name",
	"留言人": "name", "提交人": "name", "来电人": "name", "來電人": "name", "诉求人": "name", "訴求人": "name",
	"投诉人": "name", "投訴人": "name", "投诉人姓名": "name", "投訴人姓名": "name", "信访人": "name",
	"信訪人": "name", "报事人": "name", "報事人": "name", "反映人": "name", "客人姓名": "name",
	"客户姓名": "name", "客戶姓名": "name", "市民姓名": "name", "来电人姓名": "name", "來電人姓名": "name",
	"诉求人姓名": "name", "訴求人姓名": "name", "投保人姓名": "name", "住户姓名": "name", "住戶姓名": "name",
	"顾客姓名": "name", "顧客姓名": "name", "真实姓名": "name", "真實姓名": "name", "实名认证": "name", "實名認證": "name", "实名": "name", "實名": "name", "宾客姓名": "name",
	"賓客姓名": "name", "申请人": "name", "申請人": "name", "guest name": "name", "租户姓名": "name",
	"租戶姓名": "name", "联系人姓名": "name", "聯絡人姓名": "name", "反映人姓名": "name",
	"报事人姓名": "name", "報事人姓名": "name", "name": "name", "your name": "name", "写信人": "name", "寫信人": "name",
	"邮箱": "email", "郵箱": "email", "电子邮箱": "email", "電子郵箱": "email", "电子邮件": "email",
	"電子郵件": "email", "邮箱地址": "email", "郵箱地址": "email", "邮件地址": "email", "郵件地址": "email",
	"电子信箱": "email", "電子信箱": "email", "e-mail": "email", "email": "email", "your email": "email",
	"电话": "phone", "電話": "phone", "电": "phone", "電": "phone", "手机": "phone", "手機": "phone", "手机号": "phone", "手機號": "phone",
	"手机号码": "phone", "手機號碼": "phone", "联系电话": "phone", "聯絡電話": "phone", "聯繫電話": "phone",
	"电话号码": "phone", "電話號碼": "phone", "联系方式": "phone", "聯絡方式": "phone", "聯繫方式": "phone",
	"来电号码": "phone", "來電號碼": "phone", "来电电话": "phone", "來電電話": "phone", "投诉电话": "phone",
	"投訴電話": "phone", "投诉人电话": "phone", "投訴人電話": "phone", "诉求人电话": "phone",
	"訴求人電話": "phone", "报事人电话": "phone", "報事人電話": "phone", "联系号码": "phone",
	"聯絡號碼": "phone", "联系": "phone", "聯絡": "phone", "聯繫": "phone", "行動": "phone", "行動電話": "phone", "contact": "phone",
	"phone": "phone", "tel": "phone", "tel.": "phone", "mobile": "phone", "cell": "phone", "direct": "phone",
	"mob": "phone", "mobile phone": "phone", "phone number": "phone", "contact number": "phone", "t": "phone",
	"m": "phone", "携帯": "phone", "携帯電話": "phone", "電話番号": "phone", "전화": "phone", "전화번호": "phone",
	"휴대폰": "phone", "연락처": "phone", "h.p": "phone", "座机": "phone", "座機": "phone", "座机号码": "phone",
	"座機號碼": "phone", "固定电话": "phone", "固定電話": "phone", "注册手机": "phone", "註冊手機": "phone",
	"会员手机": "phone", "會員手機": "phone", "会员手机号": "phone", "會員手機號": "phone", "预留手机": "phone",
	"預留手機": "phone", "预留电话": "phone", "預留電話": "phone",
	"备用联系电话": "phone", "備用聯絡電話": "phone", "备用电话": "phone", "備用電話": "phone", "联系手机": "phone",
	"聯絡手機": "phone", "聯繫手機": "phone", "顾客电话": "phone", "顧客電話": "phone",
	// The number the writer registered, booked or ordered with: theirs.
	"注册手机号": "phone", "註冊手機號": "phone", "注册手机号码": "phone", "註冊手機號碼": "phone",
	"预留手机号": "phone", "預留手機號": "phone", "报名手机号": "phone", "報名手機號": "phone",
	"下单手机号": "phone", "下單手機號": "phone", "下单电话": "phone", "下單電話": "phone", "my phone": "phone", "my mobile": "phone",
	"my number": "phone", "my phone number": "phone", "my address": "address",
	"地址": "address", "住址": "address", "联系地址": "address", "聯絡地址": "address", "家庭住址": "address",
	"通讯地址": "address", "通訊地址": "address", "来电地址": "address", "來電地址": "address", "address": "address",
	"home address": "address", "office address": "address", "flat": "address", "unit": "address", "room": "address",
	"住所": "address", "주소": "address", "我家": "address", "公司地址": "address", "办公地址": "address", "辦公地址": "address",
	"房号": "address", "房號": "address", "房间号": "address", "房間號": "address",
	"宿舍": "address", "宿舍号": "address", "宿舍號": "address", "寝室": "address", "寝室号": "address", "寢室號": "address",
	"工位号": "address", "工位號": "address", "会议地点": "address", "會議地點": "address", "门牌号": "address", "門牌號": "address", "快递地址": "address",
	"快遞地址": "address", "收货地址": "address", "收貨地址": "address", "收件地址": "address",
	// A home service's order ("服务地址：…"), a form's where the writer is.
	"服务地址": "address", "服務地址": "address", "上门地址": "address", "上門地址": "address",
	"所在位置": "address", "所在房屋": "address", "房屋": "address", "所在房号": "address", "所在房號": "address", "投诉人住址": "address", "投訴人住址": "address",
	"投诉人地址": "address", "投訴人地址": "address", "房屋地址": "address", "业主地址": "address", "業主地址": "address",
	"所在楼层": "address", "所在樓層": "address", "所在单元": "address", "所在單元": "address",
	// A property app's, a franchise's order's and a hotline's work order's: the owner's property,
	// where the customer's order went, where the citizen asks about.
	"房产": "address", "房產": "address", "配送地址": "address", "送货地址": "address", "送貨地址": "address",
	"诉求地址": "address", "訴求地址": "address", "办公地点": "address", "辦公地點": "address", "铺号": "address",
	"鋪號": "address", "铺位号": "address", "鋪位號": "address", "商铺号": "address", "商鋪號": "address",
	"顾客地址": "address", "顧客地址": "address",
	// A household's own line, a portal's place of an office or a shop, a member system's
	// delivery, a hotel's guest and the number to call back.
	"本户": "address", "本戶": "address", "房屋信息": "address", "居住地址": "address", "门牌": "address",
	"門牌": "address", "送达地址": "address", "送達地址": "address", "店面位置": "address", "店铺位置": "address",
	"店鋪位置": "address", "商铺编号": "address", "商鋪編號": "address", "办公室": "address", "辦公室": "address",
	"地址没错": "address", "地址沒錯": "address", "地址无误": "address", "地址無誤": "address",
	"落款": "name", "落款人": "name", "客人": "name", "顾客": "name", "顧客": "name", "报修人": "name", "報修人": "name", "回电号码": "phone",
	"回拨号码": "phone", "回撥號碼": "phone", "回拨电话": "phone", "回撥電話": "phone",
	"房屋坐落": "address", "房屋座落": "address", "市民住址": "address", "经营位置": "address", "經營位置": "address",
	"铺面": "address", "舖面": "address", "鋪面": "address", "加盟店所在地": "address", "安装地址": "address",
	"安裝地址": "address", "摊位": "address", "攤位": "address", "摊位号": "address", "攤位號": "address", "展位号": "address", "展位號": "address", "商位": "address", "商位号": "address", "门店信息": "address", "电话同微信": "phone", "手机同微信": "phone",
	"档口": "address", "檔口": "address", "档口号": "address", "檔口號": "address",
	"所在单位": "address", "所在單位": "address",
	"有事打": "phone", "店里电话": "phone", "店裡電話": "phone", "店电": "phone", "店電": "phone", "店铺电话": "phone",
	"店鋪電話": "phone", "店里座机": "phone", "店裡座機": "phone", "门店座机": "phone", "門店座機": "phone", "现场手机": "phone", "現場手機": "phone", "现场电话": "phone", "現場電話": "phone",
	"住客": "name", "住客姓名": "name", "guest": "name",
	"租户联系人": "name", "租戶聯絡人": "name", "客户联系人": "name", "客戶聯絡人": "name", "业主联系人": "name",
	"業主聯絡人": "name", "租赁单元": "address", "租賃單元": "address", "租户单元": "address", "租戶單元": "address",
	"回電號碼": "phone", "回电电话": "phone", "回電電話": "phone", "办公电话": "phone", "辦公電話": "phone",
	"call": "phone", "cell.": "phone", "direct line": "phone", "whatsapp": "phone",
	"楼栋": "building", "樓棟": "building", "栋号": "building", "棟號": "building", "楼号": "building",
	"樓號": "building", "单元": "building", "單元": "building", "单元号": "building", "單元號": "building",
	// Hong Kong's and Macau's: the block, the floor, the flat.
	"座": "building", "座数": "building", "座數": "building", "座号": "building", "座號": "building",
	"楼层": "building", "樓層": "building", "层数": "building", "層數": "building", "室": "address",
	"室号": "address", "室號": "address",
	// Hong Kong's mobile (手提) and home (住宅, 屋企) numbers; an office's direct line (直线).
	"屋企电话": "phone", "屋企電話": "phone", "直线": "phone", "直線": "phone", "直线电话": "phone", "直線電話": "phone",
	"手提": "phone", "手提电话": "phone", "手提電話": "phone", "手提号码": "phone", "手提號碼": "phone",
	"流动电话": "phone", "流動電話": "phone", "住宅电话": "phone", "住宅電話": "phone", "联络电话": "phone",
	// A notice's resident, guest, member or contact, their number and their home, shop or office.
	"入住人": "name", "反馈人": "name", "反饋人": "name", "对接人": "name", "對接人": "name",
	"业户姓名": "name", "業戶姓名": "name", "会员": "name", "會員": "name", "会员姓名": "name", "會員姓名": "name", "现场对接": "name",
	"現場對接": "name", "具函人": "name", "移动电话": "phone", "移動電話": "phone", "联络手机": "phone", "对接人手机": "phone",
	"對接人手機": "phone", "业户手机": "phone", "業戶手機": "phone", "店长手机": "phone", "店長手機": "phone", "期望联系号码": "phone",
	"期望聯絡號碼": "phone", "家中固话": "phone", "家中固話": "phone", "回访电话": "phone", "回訪電話": "phone", "回电要求": "callback", "回電要求": "callback", "所在楼栋": "building",
	"所在樓棟": "building", "认证房屋": "address", "認證房屋": "address", "所住单位": "address", "所住單位": "address",
	"所属房屋": "address", "所屬房屋": "address", "租赁位置": "address", "租賃位置": "address", "店面号": "address",
	"店面號": "address", "摊位编号": "address", "攤位編號": "address", "上门服务地址": "address", "上門服務地址": "address",
	"店址": "address", "报事业主": "name", "報事業主": "name", "经营户": "name", "經營戶": "name", "预订人": "name", "預訂人": "name", "会员名": "name",
	"會員名": "name", "对接人员": "name", "對接人員": "name", "报修联系人": "name", "報修聯絡人": "name", "联络人": "name",
	"聯絡人員": "name", "回电": "phone", "回電": "phone", "绑定手机": "phone", "綁定手機": "phone", "本次联系号码": "phone",
	"本次聯絡號碼": "phone", "微信同号": "phone", "微信同號": "phone", "联系人手机": "phone", "聯絡人手機": "phone", "房屋位置": "address", "关联房屋": "address",
	"關聯房屋": "address", "详细位置": "address", "詳細位置": "address", "所租房间": "address", "所租房間": "address",
	"门店编号": "address", "門店編號": "address", "投诉校区": "address", "投訴校區": "address", "所属校区": "address", "所屬校區": "address", "档位": "address", "檔位": "address", "档位号码": "address",
	"檔位號碼": "address", "户号": "address", "戶號": "address",
	// "联系我：王先生 139…": the writer's name, then their number.
	"联系我": "name", "聯絡我": "name", "聯繫我": "name",
	// A tenant's company, with its office after its name ("我们公司：岚木设计 C座808室").
	"我们公司": "company", "我們公司": "company"}

// ownLines are the labels of a resident's own lines that are no contact field but may stand
// before one on the same line ("公司：云帆科技 电话：0571-…").
var ownLines = map[string]bool{"公司": true, "办公": true, "辦公": true, "office": true, "单位": true, "單位": true, "工作单位": true, "工作單位": true,
	"部门": true, "部門": true, "职务": true, "職務": true, "company": true, "小区": true, "小區": true, "楼盘": true,
	"樓盤": true, "园区": true, "園區": true, "楼栋": true, "樓棟": true, "单元": true, "單元": true, "时间": true,
	"時間": true, "日期": true, "投诉时间": true, "投訴時間": true, "发生时间": true, "發生時間": true, "事发时间": true,
	"事發時間": true}

// otherParty is a label of a line about someone else than the writer: the shop, the decorator,
// the landlord or the repair firm a resident complains about ("投诉对象：", "商户名称：",
// "装修公司：", "房东：陈先生，电话：…"). A bare 公司 or 单位, or 工作单位, is the writer's own, in a
// signature.
var otherParty = quickre.MustCompile(EitherScript(`对象|商户|商家|店名|店铺|门店|店长|店员|加盟|餐厅|饭店|酒店|宾馆|旅馆|消费地点|超市|` +
	`机构|中介|房东|房主|车主|邻居|楼上|楼下|隔壁|对门|对方|被投诉|师傅|负责人|责任人|经理|前台|保安|管家|导购|` +
	`快递员|司机|教练|会务|服务员|工作人员|来源|维修|装修|施工|保洁|物业|楼长|業委會|业委会|开发商|開發商|肇事|` +
	`律师|律師|代理人|租客|保姆|朋友|同事|清洁|工友|管理处|管理员|法团|委员会|看更|护卫|` +
	`接单人|接单师傅|对接人|处理人|经办人|受理人|客服人员|客服专员|客服电话|值班人员|值班员|值班电话|值班经理|` +
	`服务热线|热线电话|咨询电话|报修电话|` +
	// English roles, as the whole label: "Engineer on duty", "Landlord", "Front desk".
	`(?i:^(?:the |your |our )?(?:duty |site |maintenance |building |property |estate )?(?:engineer|technician|manager|` +
	`landlord|neighbou?r|staff|agent|concierge|security(?: guard)?|reception(?:ist)?|front desk|contractor|plumber|` +
	`electrician|management office|property management)(?: on duty| staff)?$)|` +
	`\d+室?(?:业主|業主|住户|住戶)|.公司|[^作]单位`))

// serviceLabel is the label of a service's number, which names no one: the lines after it are
// not about its person.
var serviceLabel = quickre.MustCompile(EitherScript(`(?:客服|值班|报修|咨询)电话$|热线(?:电话)?$`))

// saying ends the words before a colon that report what someone said ("维修师傅说：…").
var saying = quickre.MustCompile(EitherScript(`(说|說|问|問|讲|講|表示|回复|回覆|答复|答覆)$`))

// selfLabel begins a line about the writer again ("投诉人：", "我的电话：", "业主：").
var selfLabel = quickre.MustCompile(EitherScript(`^(投诉人|我的|我嘅|我家|本人|业主|住户|租户|我们公司|我們公司|(?i:my ))`))

// formContact reads the visitor's name, address and phone number from the labelled lines of a
// form's notice, its textFields; each is "" when the text has no such line, or its value is none.
// phoneLabelAfter is a number's label after a name on a contact's line: "，电话" of "覃主任，电话
// 0771-…".
var phoneLabelAfter = quickre.MustCompile(EitherScript(`[，,、 \t]+(?:联系)?(?:电话|手机|座机)(?:号码)?[:：]?$`))

// numberLabelOnly is what may stand between a name and its number in one labelled value: a
// number's label, or nothing.
var numberLabelOnly = quickre.MustCompile(EitherScript(`^\s*(?:(?:联系)?(?:电话|手机|座机)(?:号码)?\s*[:：]?\s*)?$`))

// firmsJobThenName is a contact's job in the writer's firm stuck before their name, the name in
// group 1: "我司行政经理曹雪".
var firmsJobThenName = quickre.MustCompile(EitherScript(`^(?:我司|本公司|我们公司)?` + jobTitle + `(\p{Han}{2,3}?)([，,\s]|$)`))

func formContact(fields []formField) (name, email, phone string) {
	chosen := false // the writer asked to be called on phone
	for _, f := range fields {
		value := f.value
		switch f.key {
		case "name":
			if p := phoneIn(value); p == value && p != "" && isPhone(p) {
				// "联系人：139 5812 0736", "联系我：138…": a number, no name.
				phone = cmp.Or(phone, p)
				continue
			}
			if w := strings.Fields(value); len(w) >= 2 && jobAfterName.MatchString(w[0]) {
				// "联系人：店长 侯佳慧 151-…": their job, their name, their number; "联系人：行政主管
				// 钱佳，电话 021-…" with the number's label after a comma.
				n, after, _ := strings.Cut(strings.Replace(w[1], ",", "，", 1), "，")
				rest := strings.TrimSpace(after + " " + strings.Join(w[2:], " "))
				if i := strings.IndexFunc(rest, func(r rune) bool { return r == '+' || unicode.IsDigit(r) }); callName(n) && i >= 0 &&
					numberLabelOnly.MatchString(rest[:i]) && phone == "" {
					if p := phoneIn(rest[i:]); p != "" && isPhone(p) {
						phone = p
					}
				}
				if callName(n) {
					value = n
				}
			}
			if m := firmsJobThenName.FindStringSubmatch(value); m != nil && chineseName(m[1]) {
				value = value[len(m[0])-len(m[1])-len(m[2]):] // "联系人：我司行政经理曹雪，电话：021-…"
			}
			// "联系人：王女士 135…": a name, then the number to call them on; "联系人：陈浩 (020)3886
			// 1234 转 8012", its area code in brackets.
			i := strings.IndexFunc(value, func(r rune) bool { return r == '+' || unicode.IsDigit(r) })
			if i > 0 && value[i-1] == '(' && areaInBrackets.MatchString(value[i:]) {
				i--
			}
			if i > 0 &&
				!quickre.ContainsAny(strings.TrimSpace(strings.TrimRight(value[:i], "(（:：,， ")), " \t　") &&
				!otherParty.MatchString(value[:i]) {
				if p := phoneIn(value[i:]); p != "" && isPhone(p) {
					// "联系人：覃主任，电话 0771-…": the name, without the number's label.
					value = strings.TrimRight(phoneLabelAfter.ReplaceAllString(strings.TrimSpace(value[:i]), ""), "(（:：,，")
					if phone == "" {
						phone = p
					}
				}
			}
			if f := strings.Fields(value); len(f) > 1 && digitCount(value) >= 7 && hanOnly(f[0]) {
				value = f[0] // "周敏 身份证 3301…": the name, not the card's number beside it
			}
			if before, inner, ok := cutBracket(value); ok && titled(before) && chineseName(inner) && !titled(inner) && sameSurname([]rune(before)[0], []rune(inner)[0]) {
				value = inner // "邓小姐（邓雅文）": her whole name
			} else if ok && hanOnly(before) && utf8.RuneCountInString(before) <= 4 {
				value = before // "李国栋（12栋1单元801室，车位B-071）": the name, without its note
			}
			plain := strings.Fields(remark.ReplaceAllString(value, ""))
			for _, called := range []string{"阿姨", "奶奶", "爷爷", "大爷"} {
				if n, ok := strings.CutSuffix(lastOf(plain), called); ok && chineseName(n) && !titled(n) {
					plain[len(plain)-1] = n // "陈淑华阿姨": her name, without what the staff call her
					if len(plain) == 1 {
						value = n
					}
				}
			}
			if who, _ := placeThenName(strings.Join(plain, " ")); who != "" {
				// "A座2210 泽远科技 前台 小黄": the name after the office; "18栋2单元2302 陈淑华阿姨
				// （独居老人，七十九岁）", after the flat, without the note.
				value = who
			}
			if name == "" && value != "" && utf8.RuneCountInString(value) <= 40 && !declined.MatchString(value) {
				name = value
			}
		case "email":
			if email == "" && contains(value, "@") && IsEmail(value) {
				email = value
			}
		case "callback":
			// "回电要求：请打蒋先生手机 138 5716 6320": the number the caller asks to be called on.
			if m := mobileIn.FindString(f.value); m != "" {
				phone, chosen = m, true
			}
		case "phone":
			// The first number, or a mobile after a landline ("座机：0755-… 手机：138…"): the
			// number that reaches the person.
			p := phoneIn(value)
			if p == "" || !isPhone(p) || chosen {
				continue
			}
			if phone == "" || !isMobile(phone) && isMobile(p) {
				phone = p
			}
			if m := mobileInValue.FindStringSubmatch(value); m != nil && !isMobile(phone) && isMobile(phoneIn(m[1])) && isPhone(phoneIn(m[1])) {
				phone = phoneIn(m[1]) // "电话：021-5298 6617转8023 / 手机 136…": the mobile after the office's line
			}
			if q := markedNumber(value); q != "" {
				phone, chosen = q, true // the number the writer asks to be called on
			}
		}
	}
	return name, email, phone
}

// mobileInValue is a mobile labelled inside a phone's value after another number: "136…" of
// "021-5298 6617转8023 / 手机 136…".
var mobileInValue = quickre.MustCompile(EitherScript(`\d\s*(?:[/／，,；;]|\s)\s*手机\s*[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))

// markedNumber is the number of a phone's value a note after it asks to be called on: "9456 7812"
// of "手提：9456 7812（請盡量致電此號碼）", "186 1137 0492" of "韩冬梅 010-8527 3316 / 186 1137 0492
// （手机，优先）"; "" when no note does.
func markedNumber(value string) string {
	loc := callThis.FindStringIndex(value)
	if loc == nil {
		return ""
	}
	before := value[:loc[0]]
	if i := strings.LastIndexAny(before, "/|；;"); i >= 0 {
		before = before[i+1:]
	}
	if i := max(strings.LastIndex(before, " or "), strings.LastIndex(before, "或")); i >= 0 {
		before = before[i:] // "021-6279 8830 ext. 215 or mobile 186 2110 4477 (preferred)"
	}
	if p := phoneIn(before); p != "" && isPhone(p) {
		return p
	}
	return ""
}

// callThis is a note in brackets after a number asking to be called on it: "（請盡量致電此號碼）",
// "（请优先打这个）", "（手机，优先）", "(preferred)".
var callThis = quickre.MustCompile(EitherScript(`[（(][^（()）\n]{0,10}?(?:(?:致电|打|拨打|联系)(?:此|这个|本)|优先|首选|(?i:preferred|preferable))(?:号码|号|电话)?[^（()）\n]{0,10}[）)]`))

// declined is a form's field the writer chose not to fill in: "不填了", "保密", "匿名".
var declined = quickre.MustCompile(EitherScript(`^(?:不填了?|不填写|不留了?|不想填|保密|匿名|不方便(?:透露|留)?|暂不提供|不提供|略|无|-+|/)[。.!！~～]*$`))

// cutBracket splits "李国栋（12栋1单元801室）" into the words before the bracket and the note in it.
func cutBracket(value string) (before, note string, ok bool) {
	i := strings.IndexAny(value, "（(")
	if i <= 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(value[i:])
	rest := value[i+size:]
	j := strings.IndexAny(rest, "）)")
	if j < 0 {
		return "", "", false
	}
	return strings.TrimSpace(value[:i]), strings.TrimSpace(rest[:j]), true
}

// nameNote is the address in brackets after the name a labelled line gives ("反映人：李国栋（12栋
// 1单元801室，车位B-071）"): the flat, without the parking space; "" when there is none.
func nameNote(fields []formField) string {
	for _, f := range fields {
		if f.key != "name" {
			continue
		}
		if _, place := placeThenName(f.value); place != "" {
			return place
		}
		before, note, ok := cutBracket(f.value)
		if w := strings.Fields(before); ok && len(w) == 2 && roleWords.MatchString(w[0]) {
			before = w[1] // "联系人：业主代表 侯敏（3栋1单元502）"
		}
		if w := strings.Fields(f.value); !ok && len(w) >= 2 && callName(w[0]) && addressPart(w[1]) == w[1] && flatEnd.MatchString(w[1]) {
			return w[1] // "业主：罗志远  29栋2单元1602  车位B1-056": the name, then the flat
		}
		if w := strings.Fields(note); ok && len(w) > 1 && mallUnit.MatchString(w[0]) {
			note = w[0] // "投诉人：包振华（L1-09 “包记烧饼”）": the shop's unit, then its name
		}
		if !ok || !hanOnly(before) || utf8.RuneCountInString(before) > 4 {
			return ""
		}
		for i, part := range strings.FieldsFunc(note, func(r rune) bool { return r == '，' || r == ',' }) {
			if i > 0 {
				// "王秀英（王阿姨，9幢3单元501业主，独居）": how she is called first, then her flat.
				part = withoutOwnerWord(part)
			}
			if a := addressPart(part); a != "" && a == strings.TrimSpace(part) && !venue.MatchString(a) && !lodged(a) &&
				!otherParty.MatchString(a) || mallUnit.MatchString(part) {
				return strings.TrimSpace(part)
			}
			if i > 0 || !callName(strings.TrimSpace(part)) && !titled(strings.TrimSpace(part)) {
				return ""
			}
		}
		return ""
	}
	return ""
}

// placeThenName splits a labelled name that gives the writer's flat or office first and their
// name last, apart: "A座2210 泽远科技 前台 小黄", "3栋1单元502 王芳". "", "" for any other.
func placeThenName(value string) (name, place string) {
	words := strings.Fields(value)
	if len(words) < 2 {
		return "", ""
	}
	last := words[len(words)-1]
	if n := utf8.RuneCountInString(last); !hanOnly(last) || n < 2 || n > 4 ||
		!chineseName(last) && !strings.HasPrefix(last, "小") && !strings.HasPrefix(last, "老") {
		return "", ""
	}
	if a := addressPart(words[0]); a == "" || a != words[0] || otherParty.MatchString(a) || venue.MatchString(a) {
		return "", ""
	}
	return last, words[0]
}

// lastOf is the last of words, "" when there are none.
func lastOf(words []string) string {
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// isMobile tells a mobile number: the mainland's (138…), Taiwan's (0912…, +886 912…), Hong
// Kong's and Macau's when dialled with their country code (+852 9123 4567).
func isMobile(p string) bool {
	d := asciiDigits(p)
	switch {
	case mobile.MatchString(strings.TrimSpace(p)):
		return true
	case strings.HasPrefix(d, "886") && len(d) == 12:
		return d[3] == '9'
	case strings.HasPrefix(d, "09") && len(d) == 10:
		return true
	case (strings.HasPrefix(d, "852") || strings.HasPrefix(d, "853")) && len(d) == 11:
		return strings.ContainsRune("5679", rune(d[3]))
	}
	return false
}

// formAddress is the visitor's or citizen's address in the labelled lines of a notice, its
// textFields ("地址：", a hotline's "来电地址："); "" when it gives none.
func formAddress(fields []formField) string {
	var building string
	for _, f := range fields {
		// Pieces of broken text joined would make characters of their own.
		f.value = strings.ToValidUTF8(f.value, "")
		if f.key == "address" {
			f.value = addressValue(f.value)
		}
		switch {
		case f.key == "building" && f.value != "" && utf8.RuneCountInString(building+f.value) <= 20:
			building += f.value
		case f.key == "address" && f.value != "" && !noAddress.MatchString(f.value) &&
			(phoneIn(f.value) != f.value || dashFlat.MatchString(f.value)) && utf8.RuneCountInString(f.value) <= maxValue:
			// Not a number in the field ("地址：138…"), but "房号：16-2-1203" is building, unit and flat.
			// A room number alone after the building and unit on lines of their own (楼栋：7栋,
			// 单元：2单元, 房号：1502) is the room in them.
			if building != "" && !quickre.ContainsAny(f.value, "栋幢棟樓楼单單区區路街号號") {
				return building + f.value
			}
			return f.value
		}
	}
	if addressWords.MatchString(building) && flatEnd.MatchString(building) {
		return building // "单元：东方大厦A座21层2105": a tenant portal's unit, the whole address
	}
	for _, f := range fields {
		if w := strings.Fields(f.value); f.key == "company" && len(w) > 1 && officeOrUnit.MatchString(w[len(w)-1]) {
			return w[len(w)-1] // "我们公司：岚木设计 C座808室": its office
		}
	}
	if mallUnit.MatchString(building) {
		return building // "单元号：L1-12": a mall tenant's unit
	}
	for _, f := range fields {
		if w := strings.Fields(f.value); f.key == "name" && len(w) > 0 && len(w) <= 2 && addressPart(w[0]) == w[0] && ownFlatWord(w[0]) {
			return w[0] // "住户：4-1-2201 赵": the resident by their flat
		}
	}
	return ""
}

// mallUnit is a mall's or a market's unit alone: "L1-12", "B1-38", "3F-312".
var mallUnit = quickre.MustCompile(`^(?:[A-Z]\d?|\d{1,2}F)-[A-Z]?\d{2,4}$`)

// addressValue is an address field's value without the words after the address: "阳光花园3栋" of
// "阳光花园3栋，电话24小时打不通" (an English address's commas, "Flat A, 12/F, Block 3", stay),
// "左家新村18-2-305" of "左家新村18-2-305。我2026年度的物业费…", "2-3-1102" of "2-3-1102（林峰，…".
func addressValue(v string) string {
	if before, after, ok := strings.Cut(v, "，"); ok && !addressWords.MatchString(after) {
		v = strings.TrimSpace(before)
	}
	if before, _, ok := strings.Cut(v, "。"); ok && addressWords.MatchString(before) {
		v = strings.TrimSpace(before)
	}
	return strings.TrimSpace(unclosedBracket.ReplaceAllString(v, ""))
}

// unclosedBracket is a bracket at a value's end that is not closed in it.
var unclosedBracket = quickre.MustCompile(`[（(][^（()）]*$`)

// problemPlace is an "地址：" that gives where the trouble is, not where the writer lives: "3号楼门口的
// 垃圾桶坏了", "东门岗亭旁边".
var problemPlace = quickre.MustCompile(EitherScript(`旁边|附近|对面|门口|岗亭|坏了|漏水|堵了|没人管|车库|地库|停车场|电梯`))

// flatAtEnd is an address that ends at a flat's number: "地铁站对面的阳光花园5栋302" is a home.
var flatAtEnd = quickre.MustCompile(EitherScript(`\d{3,4}\s*[室号號]?$`))

// unitAtEnd is an address that ends in a shop's, a stall's or a booth's unit: "9号馆 9B-36",
// "水产区B17摊位", "L2-08号铺".
var unitAtEnd = quickre.MustCompile(EitherScript(`[0-9A-Za-z]-\d{1,4}[A-Za-z]?(?:号铺|号|铺)?$|\d(?:号)?(?:展位|摊位|铺位|档口|商铺|铺)$`))

// textFields are the fields of the labelled lines among a text's first Lines, a label
// alone on its line given the line below as its value, as a form's table or a 留言 script lays
// it out.
func textFields(text string) []formField {
	text = spreadLabel.ReplaceAllString(text, "$1$2$3") // "姓　名" set as a table's label is 姓名
	text = selfInBrackets(text)
	if contains(text, "联系人") || contains(text, "聯繫人") {
		// "…书面回复。本函联系人：…", "请尽快安排工程人员检查。联系人：…" as a line of its own, the
		// contact of a letter or of the writer's request; not of a notice the sentence before
		// speaks of ("门上贴了装修公告。联系人：…") or introduces ("…安排如下。联系人：王经理…").
		text = contactAfterStop.ReplaceAllStringFunc(text, func(m string) string {
			g := contactAfterStop.FindStringSubmatch(m)
			if notice.MatchString(g[1]) || !strings.HasPrefix(g[3], "本") && !strings.HasPrefix(g[3], "此") && !askingSentence.MatchString(g[1]) {
				return m
			}
			return g[1] + g[2] + "\n" + g[3]
		})
	}
	lines := strings.Split(text, "\n")
	var out []formField
	// A table of two columns, as an app's or a form's HTML notice gives it: "姓名 吴敏", "地址 星河湾
	// 小区8号楼602", under headings without colons ("投诉人信息", "被投诉人信息").
	table := 0
	for i, l := range lines {
		if _, _, ok := tableRow(l); ok && i < Lines {
			table++
		}
	}
	others := false // under a heading of someone else's fields
	for i, l := range lines {
		if i >= Lines {
			break
		}
		if t := strings.TrimSpace(l); t == "" {
			others = false
		} else if (endsInColon(t) || table >= 2 && utf8.RuneCountInString(t) <= 12 && !quickre.ContainsAny(t, " \t")) &&
			otherParty.MatchString(t) && detailsWord.MatchString(t) && !contains(t, "我") && !contains(t, "本人") &&
			formKey(strings.TrimRight(t, ":：")) == "" {
			// "被投诉人信息：" over the name, flat and number of the one complained of.
			others = true
			continue
		}
		if others && !complainantLine.MatchString(l) {
			continue
		}
		others = false // "投诉人：邵军…": the writer's own again
		fields := formLineFields(l)
		if key, value, ok := tableRow(l); ok && table >= 2 && len(fields) == 0 {
			fields = []formField{{key, value}}
		}
		for _, f := range fields {
			if f.value == "" && len(fields) == 1 && i+1 < len(lines) {
				if _, _, label := formLine(lines[i+1]); !label {
					f.value = strings.TrimSpace(lines[i+1])
				}
			}
			out = append(out, f)
		}
	}
	return out
}

// askingSentence is a sentence of the writer asking the office for something: "请尽快安排…".
var askingSentence = quickre.MustCompile(EitherScript(`(?:^|[，,\s])(?:请|麻烦|希望|敬请|烦请)`))

// contactAfterStop is a contact person labelled after a sentence's stop, the sentence in group 1:
// "。本函联系人：", "。联系人：".
var contactAfterStop = quickre.MustCompile(EitherScript(`([^。！\n]*)([。！])[ \t]*((?:本函|本信|此函)?联系人[:：])`))

// spreadLabel is a label of two characters set apart by spaces at a line's start, full-width ones
// as tables set them to the width of longer ones, or the plain ones their HTML is read with:
// "姓　名", "手　　机".
var spreadLabel = quickre.MustCompile(`(?m)^([ \t]*\p{Han})[ \x{3000}]{1,3}(\p{Han})([:：\s]|$)`)

// tableRow reads a line of a table of two columns, a label and its value apart by a space: "姓名
// 吴敏"; ok is false for any other line.
func tableRow(l string) (key, value string, ok bool) {
	label, value, cut := strings.Cut(strings.TrimSpace(l), " ")
	if !cut || colon(l) >= 0 || utf8.RuneCountInString(label) > 8 {
		return "", "", false
	}
	if strings.Count(label, "（")+strings.Count(label, "(") != strings.Count(label, "）")+strings.Count(label, ")") {
		return "", "", false // "我家（润和紫郡 5栋 2601）厨房…": a bracket the space breaks, no label
	}
	key, value = formKey(label), strings.TrimSpace(value)
	if key == "address" && isASCII(label) && value != "" && value[0] >= '0' && value[0] <= '9' {
		// "Room 2307, Tower A, Capital Tower" in a signature: the room by its English word, not a
		// label before its value.
		return key, label + " " + value, true
	}
	if key != "" && strings.HasPrefix(value, "/") {
		value = afterEnglishLabel(strings.TrimSpace(value[1:]))
	} else if r, _ := utf8.DecodeRuneInString(value); key != "" && r < utf8.RuneSelf && unicode.IsLetter(r) {
		value = afterEnglishLabel(value) // "住客 Guest 阙丽君": a table's label cell in two languages
	}
	return key, value, key != "" && value != ""
}

// afterEnglishLabel is a bilingual table's value after the label's English half: "Guest Name
// 欧阳明轩" of "宾客姓名 / Guest Name 欧阳明轩" is 欧阳明轩; "Contact +86 177 2109 6645" a number.
func afterEnglishLabel(v string) string {
	if formFields[strings.ToLower(v)] != "" {
		return "" // the label alone, its value on the next line
	}
	words := strings.Fields(v)
	for n := min(3, len(words)-1); n >= 1; n-- {
		if formFields[strings.ToLower(strings.Join(words[:n], " "))] != "" {
			return strings.Join(words[n:], " ")
		}
	}
	// A label of words not known here before a value in Chinese.
	rest := strings.TrimLeftFunc(v, func(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || r == ' ' || r == '.') })
	if rest != v && rest != "" && unicode.Is(unicode.Han, []rune(rest)[0]) {
		return rest
	}
	return v
}

// detailsWord is a heading's word for the fields below it: "被投诉人信息：", "对方资料如下："; not
// a greeting ("尊敬的物业：").
var detailsWord = quickre.MustCompile(EitherScript(`信息|资料|情况|如下|联系方式`))

// englishLabelAfter is an English label inside a labelled value, after the value's end.
var englishLabelAfter = quickre.MustCompile(`(?i)[.;,]\s+(?:tel|phone|mobile|contact|e-?mail|address)\s*[:：]`)

// complainantLine begins a line of the complainant's own fields: "投诉人：邵军…", "投诉人信息：".
var complainantLine = quickre.MustCompile(EitherScript(`^\s*(?:投诉人|反映人|诉求人|信访人|报事人|本人)(?:姓名|信息|资料)?\s*(?:[:：]|$)`))

// noAddress is a value that gives no address: "同上", "无", "见上文".
var noAddress = quickre.MustCompile(`^(同上|同上文|见上|見上|见上文|見上文|见下|見下|见下文|見下文|见落款|見落款|见签名|見簽名|见附件|見附件|如上|如下|无|無|暂无|暫無|略|/|-|—|n/?a|none)[。.]?$`)

// colon is the index of the first colon of l, ASCII or full-width; -1 when it has none.
func colon(l string) int {
	i := strings.IndexByte(l, ':')
	if j := strings.Index(l, "："); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// partUnits are the words a block's, floor's or flat's bare number is written with.
var partUnits = map[string]string{"座": "座", "座数": "座", "座數": "座", "座号": "座", "座號": "座", "楼层": "楼",
	"樓層": "樓", "层数": "楼", "層數": "樓", "室": "室", "室号": "室", "室號": "室"}

// bareNumber is a number or letter of a part of an address, without its word.
var bareNumber = quickre.MustCompile(`^[0-9A-Za-z]{1,4}$`)

// flat is a value that gives a flat of a building: "第3座12樓B室", "12楼1203室", "B座1501".
var flat = quickre.MustCompile(`\d+\s*[座楼樓层層]|[座楼樓层層]\s*[0-9A-Za-z]{1,5}\s*室|\d+\s*室|[A-Za-z]\s*室`)

// formLine reads a labelled line of a form's notice: which field it labels and the value after
// the label; ok is false when the line is none. A label alone on its line, as Gravity Forms'
// table of fields reads, has its value on the next.
func formLine(l string) (key, value string, ok bool) {
	c := colon(l)
	if c < 0 {
		key = formKey(l)
		return key, "", key != ""
	}
	key = formKey(l[:c])
	_, n := utf8.DecodeRuneInString(l[c:])
	return key, strings.TrimSpace(l[c+n:]), key != ""
}

// colonFields are labels that name a field only before a colon: "住户：笪海鹰", "业主：卜雅琴" in an
// app's notice, "摊主：陈国强" above a stall keeper's stall; "住户 6幢1单元702 吴" signs with the
// writer's role, flat and name.
var colonFields = map[string]string{"住户": "name", "住戶": "name", "业主": "name", "業主": "name", "加盟商": "name",
	"摊主": "name", "攤主": "name", "档主": "name", "檔主": "name", "店主": "name"}

// formKey is the field a label names, one of formFields; "" when it names none of them.
func formKey(label string) string {
	label = strings.Trim(label, " \t*")
	// A survey's numbered question: "1. 您的房号".
	label = strings.TrimSpace(numberedQuestion.ReplaceAllString(label, ""))
	if len(label) > 3*(longestFormField+len("我的")) && !quickre.ContainsAny(label, "(（/、") {
		// Longer than three times any label (no character lowers to less than a third of its
		// bytes): a sentence, not a label.
		return ""
	}
	label = strings.ToLower(label)
	if key := formFields[label]; key != "" {
		return key
	}
	// A label in two languages apart by a space: "手机 Mobile", "住客 Guest".
	if han, english, ok := strings.Cut(label, " "); ok && hanOnly(han) && englishWords.MatchString(strings.TrimSpace(english)) {
		if key := formFields[han]; key != "" {
			return key
		}
	}
	// English first: "Name 姓名", "Mobile 手机", "Unit 单元".
	if i := strings.LastIndexByte(label, ' '); i > 0 && hanOnly(label[i+1:]) && englishWords.MatchString(strings.TrimSpace(label[:i])) {
		if key := formFields[label[i+1:]]; key != "" {
			return key
		}
	}
	// "联系电话(微信同号)", "电话/微信", "微信/电话".
	if before, rest, ok := strings.Cut(strings.ReplaceAll(label, "（", "("), "("); ok {
		// Not "我家（西溪铭苑5幢1单元1403）的空调外机架…": a sentence after the brackets.
		if _, tail, _ := strings.Cut(strings.ReplaceAll(rest, "）", ")"), ")"); utf8.RuneCountInString(tail) > 4 {
			return ""
		}
		return formKey(before)
	}
	if quickre.ContainsAny(label, "/、") {
		for _, part := range strings.FieldsFunc(label, func(r rune) bool { return r == '/' || r == '、' }) {
			if key := formFields[strings.TrimSpace(part)]; key != "" {
				return key
			}
		}
	}
	// "WeChat / phone while in China": a phone's label of English words.
	for _, part := range strings.Split(label, "/") {
		if w := strings.Fields(part); len(w) > 1 && isASCII(part) && !quickre.ContainsAny(part, "0123456789") && (w[0] == "phone" || w[0] == "mobile" || w[0] == "cell" || w[0] == "tel") {
			return "phone"
		}
	}
	// A resident's "我的电话：", "本人地址：", a survey's "您的房号：", a new number's "新手机号：".
	for _, own := range []string{"我的", "我嘅", "本人", "您的", "我家", "敝司", "我司", "本司"} {
		if rest, ok := strings.CutPrefix(label, own); ok {
			label = rest
			break
		}
	}
	if rest, ok := strings.CutPrefix(label, "新"); ok && formFields[rest] == "phone" {
		return "phone"
	}
	if key := formFields[label]; key != "" {
		return key
	}
	return labelBySuffix(label)
}

// labelBySuffix is the field of a label no list names, by the word it ends with: "业户手机", "回访
// 电话", "我家中座机" a phone, "认证房屋", "上门服务地址" an address, "报修人姓名" a name; "" for
// one that names someone else's ("维修师傅电话", "紧急联系人姓名", "事发地址"), a number of
// something else ("订单号码") or anything longer than a label.
func labelBySuffix(label string) string {
	if n := utf8.RuneCountInString(label); n < 3 || n > 8 || !hanOnly(label) || otherParty.MatchString(label) ||
		otherLabel.MatchString(label) || formOtherLines[label] || strings.HasPrefix(label, "被") {
		return ""
	}
	if before, _, ok := strings.Cut(label, "的"); ok && before != "" && !selfLabel.MatchString(label) {
		return "" // "督导孙磊的电话（189…）": someone's number, which a sentence gives
	}
	for _, end := range []struct{ suffix, key string }{
		{"手机", "phone"}, {"手机号", "phone"}, {"手机号码", "phone"}, {"电话", "phone"}, {"电话号码", "phone"},
		{"联系方式", "phone"}, {"联系", "phone"}, {"手提", "phone"}, {"座机", "phone"}, {"固话", "phone"}, {"地址", "address"}, {"住址", "address"}, {"房屋", "address"}, {"房号", "address"},
		{"姓名", "name"}, {"联系人", "name"},
	} {
		for _, suffix := range []string{end.suffix, traditionalOf(end.suffix)} {
			if strings.HasSuffix(label, suffix) {
				return end.key
			}
		}
	}
	// "发起人", "提报人": who raised the matter, not who handles it (处理人, 受理人, 维修人 are
	// otherParty's or formOtherLines'). A shop's "经营人" under its "商户名称：" is not known: that
	// block reads as the shop complained of.
	if strings.HasSuffix(label, "人") && raisedBy.MatchString(strings.TrimSuffix(label, "人")) {
		return "name"
	}
	return ""
}

// raisedBy are the words before 人 of a label naming who raised a matter: "发起人", "提报人",
// "填报人", "求助人".
var raisedBy = quickre.MustCompile(EitherScript(`(?:发起|提报|填报|上报|提交|反馈|报事|报修|申请|反映|来信|来电|留言|举报|求助|咨询|预订|预约|入住)$`))

// askOffice begins a sentence asking the office to act: "能不能…", "请尽快…".
var askOffice = quickre.MustCompile(EitherScript(`^(?:能不能|能否|可不可以|可否|是否可以|请|麻烦|希望|恳请)`))

// otherLabel are words of a label that names another's field than the writer's: an emergency
// contact's, a family member's, a courier's, a hotline's, where the trouble is, the office's own
// ("服务中心地址：" in the head of its form).
var otherLabel = quickre.MustCompile(EitherScript(`紧急|家属|亲属|快递|外卖|司机|热线|值班|客服|总机|传真|事发|发生|问题|涉及|对象|` +
	`收件|发件|寄件|抄送|收货|单号|订单|证件|公司|单位|办公|总部|工厂|注册|服务中心|管理处|物业`))

// traditionalOf is s in Traditional characters, where the contact rules know them.
func traditionalOf(s string) string {
	return strings.Map(func(r rune) rune {
		if t, ok := traditional[r]; ok {
			return []rune(t)[0]
		}
		return r
	}, s)
}

// gluedPhone is a line ending in a phone's label stuck to its number ("我电话139…" too), the
// words before it.
var gluedPhone = quickre.MustCompile(EitherScript(`^(?:(.*\S)\s+)?(?:我的?)?(?:电话号码|手机号码|联系电话|电话|手机号|手机|回电话|回电)(\+?\d[\d \-]{6,18}\d)$`))

// englishWords is a label's English half: words of letters.
var englishWords = quickre.MustCompile(`^[A-Za-z][A-Za-z .'-]*$`)

// numberedQuestion is the number before a survey's question: "1. ", "2、", "(3)".
var numberedQuestion = quickre.MustCompile(`^(?:\d{1,2}\s*[.、)）]|[(（]\d{1,2}[)）])\s*`)

// formOtherLines are the labels that begin a line of a notice naming someone else than the
// visitor or citizen, or their own words: the rest of such a line is no field of theirs (the
// office's contact beside 承办单位, a name the complaint mentions).
var formOtherLines = map[string]bool{"承办单位": true, "承辦單位": true, "承办人": true, "承辦人": true, "办理单位": true,
	"辦理單位": true, "转办单位": true, "轉辦單位": true, "受理人": true, "受理单位": true, "受理單位": true, "经办人": true,
	"經辦人": true, "话务员": true, "話務員": true, "话务员姓名": true, "話務員姓名": true, "办理时限": true, "辦理時限": true,
	"留言": true, "留言内容": true, "留言內容": true, "内容": true, "內容": true, "投诉内容": true, "投訴內容": true,
	"诉求内容": true, "訴求內容": true, "来电内容": true, "來電內容": true, "反映内容": true, "反映內容": true,
	"问题描述": true, "問題描述": true, "详细内容": true, "詳細內容": true, "事项描述": true, "事項描述": true,
	"message": true, "comments": true, "your message": true}

// otherLine tells a line begun by one of formOtherLines, or by a label of the party complained
// about (被投诉人, 被投诉方).
func otherLine(label string) bool {
	label = strings.ToLower(strings.Trim(label, " \t*"))
	return formOtherLines[label] || strings.HasPrefix(label, "被")
}

// formLabel is a label in a line of a form's notice: at its start, or after a space or a
// comma where a table flattened to text ("投诉人： 周大伟  投诉电话： 132…") or a work order's
// sentence ("来电人：赵敏，公民身份号码：…，联系电话：137…。") puts several fields on one line;
// an English one may be a longer word ("Building/Unit:").
var formLabel = quickre.MustCompile(`(?:^|[\s，,；;。！？）)])([^\s，,；;。！？:：]{1,12}|[A-Za-z/&.\-]{13,24})[ \t]*[:：]`)

type formField struct{ key, value string }

// englishThenLabel is a label's English words before its Chinese at the start of a line.
var englishThenLabel = quickre.MustCompile(`^\s*[A-Za-z][A-Za-z .'/]{0,24}?\s+(\p{Han}[^\s:：]{0,11})[ \t]*([:：])`)

// listMarker is what a numbered or bulleted list puts before a line's label.
var listMarker = quickre.MustCompile(`^\s*(?:\d{1,2}[.、)）]|[（(]\d{1,2}[)）]|[①-⑳]|[▶►•·*-]|\p{So})\s*`)

// listed tells a line that may begin with a list's marker: its first character after spaces is
// one listMarker begins with.
func listed(l string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(l, " \t\n\f\r"))
	return r >= '0' && r <= '9' || r >= '①' && r <= '⑳' || strings.ContainsRune("（(▶►•·*-", r) || unicode.Is(unicode.So, r)
}

// bracketLabel is a label in black brackets, "【电话】" or "【电话】：".
var bracketLabel = quickre.MustCompile(`【([^【】]{1,8})】[ \t]*[:：]?`)

// spacedHan is a label of single characters spaced out to the width of others in a column
// ("地　　址：", "电 话："), which formLabel reads as one.
var spacedHan = quickre.MustCompile(`(?:^|[\s，,；;。])(?:\p{Han}[ \t\x{3000}]+)+\p{Han}[ \t\x{3000}]*[:：]`)

// longestFormField is the length in bytes of the longest label of formFields.
var longestFormField = func() int {
	n := 0
	for label := range formFields {
		n = max(n, len(label))
	}
	return n
}()

// labelWithNote is an English label with a note in brackets at the start of a line, the label
// and the value in its groups.
var labelWithNote = quickre.MustCompile(`^([A-Za-z][A-Za-z ]{1,20}?)\s*[（(][^）)]{1,30}[）)]\s*[:：]\s*(.*)$`)

// spacedLabels are the labels of formFields made of several words, which formLabel cannot find.
var spacedLabels = func() []string {
	var out []string
	for label := range formFields {
		if contains(label, " ") {
			out = append(out, label)
		}
	}
	slices.Sort(out)
	return out
}()

// nameOrNothing says whether what stands before a line's first label lets it hold fields:
// nothing, or a name of two to four Chinese characters ("石磊 电话：138…"), not someone's role
// ("楼上住户 电话：…", "管家小刘 电话：…").
func nameOrNothing(before string) bool {
	before = strings.TrimSpace(before)
	n := utf8.RuneCountInString(before)
	if n == 0 {
		return true
	}
	return n >= 2 && n <= 4 && hanOnly(before) && !otherParty.MatchString(before) && !roleWords.MatchString(before)
}

// hanOnly tells a word of Chinese characters only.
func hanOnly(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return w != ""
}

// familiar is how one names someone else, a staff member or a neighbour: 小刘, 老王.
var familiar = quickre.MustCompile(`^[小老]\p{Han}$`)

// roleWords are words of a role, not of a name.
var roleWords = quickre.MustCompile(EitherScript(`住户|住戶|业主|業主|租户|租戶|房客|员工|員工|车主|車主|顾客|顧客|会员|會員`))

// formLineFields are the fields one line of a form's notice labels, each value up to the next
// label; a known label alone on its line is one field without a value.
func formLineFields(l string) []formField {
	// "办公：021-6075 8800-302　手机：139…": labels apart by a full-width space.
	l = strings.ReplaceAll(l, "\u3000", " ")
	l = spokenFields(withoutNoteWord(l))
	// A list's marker before a label ("1. 姓名：", "（2）电话：", "① ", "📞电话："), and labels in
	// black brackets as WeChat forms write them ("【姓名】张三【电话】138…").
	if listed(l) {
		l = listMarker.ReplaceAllString(l, "")
	}
	if inside, ok := bracketed(strings.TrimSpace(l)); ok && colon(inside) > 0 {
		l = inside // "（手机：18917763302）": a labelled line in brackets
	} else if t := strings.TrimLeft(l, "，, \t"); t != l && colon(t) > 0 {
		l = t // the same, its brackets made commas by unbracketedNumbers
	}
	if contains(l, "【") {
		l = bracketLabel.ReplaceAllStringFunc(l, func(m string) string {
			inner := bracketLabel.FindStringSubmatch(m)[1]
			if formKey(inner) == "" {
				return m
			}
			return " " + inner + "："
		})
	}
	if colon(l) >= 0 && (quickre.ContainsAny(l, " \t") || contains(l, "\u3000")) {
		l = spacedHan.ReplaceAllStringFunc(l, func(m string) string {
			first, n := utf8.DecodeRuneInString(m)
			lead := ""
			if !unicode.Is(unicode.Han, first) { // the space or comma before the label stays
				lead, m = m[:n], m[n:]
			}
			return lead + strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return -1
				}
				return r
			}, m)
		})
	}
	// A bilingual label with its English first: "Name 姓名: 潘俊杰", "Mobile 手机: 173…".
	if t := strings.TrimLeft(l, " \t"); t != "" && (t[0]|0x20 >= 'a' && t[0]|0x20 <= 'z') && quickre.ContainsAny(t, ":：") {
		l = englishThenLabel.ReplaceAllString(l, "$1$2")
	}
	t := strings.TrimSpace(l)
	if label, value, ok := strings.Cut(t, " | "); ok && !contains(value, " | ") && colon(label) < 0 {
		// A table's row as the HTML's text gives it: "投诉人 | 许嘉怡", "联系电话 | 180…".
		if key := formKey(label); key != "" {
			return []formField{{key, strings.TrimSpace(value)}}
		}
	}
	if m := labelWithNote.FindStringSubmatch(t); m != nil && formKey(m[1]) != "" {
		// "Address (staff apartment): Building 3, Room 502": a label of words with a note.
		return []formField{{formKey(m[1]), strings.TrimSpace(m[2])}}
	}
	for _, w := range spacedLabels {
		// A label of words ("Phone number:", "Home address:") at the start of its line, its
		// value the rest of the line.
		if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) {
			if rest := strings.TrimLeft(t[len(w):], " \t*"); strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
				_, n := utf8.DecodeRuneInString(rest)
				value := strings.TrimSpace(rest[n:])
				if m := englishLabelAfter.FindStringIndex(value); m != nil {
					// "My address: Flat B, 23/F, Block 2. Contact: 6123 4567": the next label's
					// field after this one's.
					return append([]formField{{formFields[w], strings.TrimRight(value[:m[0]], " .;,")}},
						formLineFields(strings.TrimLeft(value[m[0]:], " .;,"))...)
				}
				return []formField{{formFields[w], value}}
			}
		}
	}
	if c := colon(t); c > 0 && isASCII(t[:c]) && contains(t[:c], " ") && formKey(t[:c]) == "phone" {
		// "WeChat / phone while in China: 0086 131 2201 5846": a label of English words.
		_, n := utf8.DecodeRuneInString(t[c:])
		if v := strings.TrimSpace(t[c+n:]); phoneIn(v) == v && isPhone(v) {
			return []formField{{"phone", v}}
		}
	}
	if colon(l) < 0 {
		if _, rest, ok := strings.Cut(t, " "); ok && strings.HasPrefix(rest, "/") {
			// A bilingual label before its value: "宾客姓名 / Guest Name 欧阳明轩".
			if key, value, ok := tableRow(t); ok {
				return []formField{{key, value}}
			}
		}
		if key, _, ok := formLine(l); ok {
			return []formField{{key: key}}
		}
		// A signature's "手机 138…", "Tel 0571-…": a phone label and a number, nothing else; a
		// landline and a mobile apart by a slash ("电话 0531-8890 3357 / 133 6531 2280").
		if label, value, ok := strings.Cut(t, " "); ok && formKey(label) == "phone" {
			// "聯絡電話 6688 1357（澳門）": the number, without where it is.
			if value = strings.TrimSpace(trailingNote.ReplaceAllString(strings.TrimSpace(value), "")); value != "" && phoneIn(value) == value {
				return []formField{{"phone", value}}
			} else if n := numbersLine(value); n != "" {
				return []formField{{"phone", n}}
			} else if v, k, v2, ok := commaField(value); ok && phoneIn(v) == v {
				return []formField{{"phone", v}, {k, v2}} // "办公电话 028 8526 7713，手机 186…"
			}
		}
		// "11幢的一个住户 电话177 6890 2153": the writer's role, and their number stuck to its
		// label.
		if m := gluedPhone.FindStringSubmatch(t); m != nil && (m[1] == "" || roleWords.MatchString(m[1]) && !otherParty.MatchString(m[1])) {
			if v := m[2]; phoneIn(v) == v && isPhone(v) {
				return []formField{{"phone", v}}
			}
		}
		return nil
	}
	var fields []formField
	labels := formLabel.FindAllStringSubmatchIndex(l, -1)
	// A time ("工作日9:00-18:00") is no label.
	labels = slices.DeleteFunc(labels, func(m []int) bool {
		last, _ := utf8.DecodeLastRuneInString(l[m[2]:m[3]])
		next, _ := utf8.DecodeRuneInString(l[m[1]:])
		return unicode.IsDigit(last) && unicode.IsDigit(next)
	})
	// Only a line that begins with a label holds fields, and not one begun by another's label
	// or by the complaint's words; but the writer's fields may follow the complaint's last
	// sentence on its line ("…垃圾桶坏了。联系人：冯喆 电话：133…").
	if len(labels) > 0 && !nameOrNothing(l[:labels[0][2]]) && formKey(l[labels[0][2]:labels[0][3]]) != "" {
		before := strings.TrimRight(l[:labels[0][2]], " \t")
		// Not after a sentence about someone ("我要投诉2号岗的保安。姓名：刘强"), nor fields that
		// name someone ("联系人：赵师傅", "联系人：房东陈先生").
		if last, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune("。！？!?", last) &&
			(!introducesSomeone.MatchString(lastSentence(before)) || askOffice.MatchString(strings.TrimLeft(lastSentence(before), "，,。！？!? \t"))) {
			// "…能不能让他们把音量降下来？电话：186…": the writer's request to the office, then their
			// number.
			fields := formLineFields(l[labels[0][2]:])
			for _, f := range fields {
				if f.key == "name" && (otherParty.MatchString(f.value) || titleOnly.MatchString(f.value) && !surnamed(f.value)) ||
					f.key == "name" && aboutSomeone.MatchString(f.value) && !titleOnly.MatchString(f.value) {
					return nil
				}
			}
			return fields
		}
	}
	if len(labels) == 0 || !nameOrNothing(l[:labels[0][2]]) || otherLine(l[labels[0][2]:labels[0][3]]) {
		return nil
	}
	for i, m := range labels {
		end := len(l)
		if i+1 < len(labels) {
			end = labels[i+1][2] // the closing bracket before a label stays the value's
		}
		value := strings.TrimRight(strings.TrimSpace(l[m[1]:end]), "，,；;。 \t")
		key := formKey(l[m[2]:m[3]])
		label := strings.Trim(l[m[2]:m[3]], " \t*")
		if key == "" {
			key = colonFields[label]
		}
		if key == "" && strings.HasSuffix(label, "店") && utf8.RuneCountInString(label) <= 6 && streetAddress.MatchString(value) {
			key = "address" // "长安店：东莞市长安镇长青路228号": a franchisee's store by its street
		}
		if key == "" && (label == "总机" || label == "總機") && extensionWord.MatchString(value) && phoneIn(value) == value {
			key = "phone" // "总机：0755-8663 9000 转 2315" in a signature: the writer's extension
		}
		if key == "" && (label == "单位" || label == "單位") && flat.MatchString(value) {
			key = "address" // in Hong Kong a 單位 is a flat: "單位：第3座12樓B室"
		}
		if unit := partUnits[label]; unit != "" && bareNumber.MatchString(value) {
			value += unit // "座數：3", "樓層：12", "室：B" make 3座12樓B室
		}
		if key == "" && len(fields) > 0 && otherParty.MatchString(label) {
			break // "报修人：张伟东 维修师傅：刘强 电话：139…": the fields after are the repairer's
		}
		if key == "" || key == "phone" && (someoneElses(value) || calledNumber.MatchString(value)) {
			continue // "电话：139…（楼上的）", "电话：0571-…，打了一上午都没人接"
		}
		if before, flat, ok := strings.Cut(value, "，"); ok && key == "name" && (chineseName(withoutTitle(before)) || titled(before)) && addressPart(flat) == flat {
			// "业主：孙丽华女士，8栋1801": her whole name, then the flat after a comma.
			fields = append(fields, formField{key, withoutTitle(before)}, formField{"address", flat})
			continue
		}
		// "房号：5-1-801，电话13811119999": another field after a comma, its label without a colon.
		if v, k2, v2, ok := commaField(value); ok && !otherParty.MatchString(v) {
			// Not "联系人：物业管家小刘，电话138…": the staff's number stays with the staff.
			fields = append(fields, formField{key, v}, formField{k2, v2})
			continue
		}
		fields = append(fields, formField{key, value})
	}
	return fields
}

// withoutNoteWord is a line of fields without the word of a note it begins with: "备注：联系人…",
// "附：本人姓名…"; l itself when no field's label follows.
func withoutNoteWord(l string) string {
	if !contains(l, "注") && !contains(l, "附") {
		return l
	}
	m := noteWord.FindStringSubmatchIndex(l)
	if m == nil {
		return l
	}
	if rest := l[m[1]:]; formKey(hanLead(rest)) != "" {
		return rest
	}
	return l
}

// hanLead is the Chinese characters s begins with: "联系人" of "联系人 邹先生".
func hanLead(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.Is(unicode.Han, r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// labelNameNumber is a name's label, the name and a number apart by spaces, each in its group.
var labelNameNumber = quickre.MustCompile(`^(\p{Han}{2,5})[ \t]+(\p{Han}{2,4})[ \t]+(\+?[\d(][\d \-()]{6,20}\d(?:[ \t]*(?:转|轉|ext\.?)[ \t]*\d{1,5})?)$`)

var noteWord = quickre.MustCompile(EitherScript(`^[ \t]*(?:备注|附注|附|注)[ \t]*[:：][ \t]*`))

// spokenFields is a line of fields whose labels have no colons, the fields apart by commas, as a
// note at a mail's foot gives them: "联系人 邹先生，电话 185 2100 7766，房号 2-1602" read as
// "联系人：邹先生，电话：185 2100 7766，房号：2-1602", or a name's label, the name and the number
// apart by spaces: "联系人 陈浩 (020)3886 1234 转 8012"; l itself unless every piece of two or more
// is a label and its value.
func spokenFields(l string) string {
	if colon(l) >= 0 {
		return l
	}
	if !quickre.ContainsAny(l, "，,") {
		t := strings.TrimSpace(l)
		if lead := hanLead(t); lead == "" || utf8.RuneCountInString(lead) > 5 || !strings.HasPrefix(t[len(lead):], " ") && !strings.HasPrefix(t[len(lead):], "\t") {
			return l // no label of a name and a space begin the line
		}
		if m := labelNameNumber.FindStringSubmatch(t); m != nil && formKey(m[1]) == "name" && (chineseName(m[2]) || titled(m[2])) &&
			phoneIn(m[3]) == m[3] && isPhone(m[3]) {
			return m[1] + "：" + m[2] + "，电话：" + m[3]
		}
		return l
	}
	t := strings.TrimSpace(l)
	lead := hanLead(t)
	if next, _ := utf8.DecodeRuneInString(t[len(lead):]); lead == "" || utf8.RuneCountInString(lead) > 6 || next != ' ' && !unicode.IsDigit(next) || formKey(lead) == "" {
		return l // no label and its value begin the line
	}
	pieces := strings.FieldsFunc(l, func(r rune) bool { return r == '，' || r == ',' })
	if len(pieces) < 2 {
		return l
	}
	for i, p := range pieces {
		p = strings.TrimSpace(p)
		// The label, then its value after a space or, for a number or a flat, at its first digit.
		label := hanLead(p)
		if label == "" || label == p {
			return l
		}
		end := len(label)
		value := strings.TrimSpace(p[end:])
		switch key := formKey(label); {
		case key == "name" && p[end] == ' ' && (chineseName(value) || titled(value)):
		case key == "phone" && phoneIn(value) == value && isPhone(value):
		case key == "address" && (addressPart(value) == value || buildingDashFlat.MatchString(value) || dashFlat.MatchString(value)):
		default:
			return l // not "姓名 李慧敏。谢谢！", "电话 0571-…（手机，有事请打手机）"
		}
		pieces[i] = label + "：" + value
	}
	return strings.Join(pieces, "，")
}

// commaField splits a value at a comma followed by the label of another field and its value
// ("5-1-801，电话13811119999"): the value before, and the other field.
func commaField(value string) (before, key, after string, ok bool) {
	for _, sep := range []string{"，", ",", "；", ";"} {
		b, rest, found := strings.Cut(value, sep)
		if !found {
			continue
		}
		rest = strings.TrimSpace(rest)
		i := strings.IndexFunc(rest, func(r rune) bool { return r == '+' || r == '(' || r == '（' || unicode.IsDigit(r) })
		if i <= 0 {
			continue
		}
		k, v := formKey(strings.TrimSpace(rest[:i])), strings.TrimSpace(rest[i:])
		// The other value whole, not the rest of a sentence ("房号7栋1101室的住户占了我的车位").
		if k == "phone" && phoneIn(v) == v || k == "address" && addressPart(v) == v {
			return strings.TrimSpace(b), k, v, true
		}
	}
	return "", "", "", false
}
