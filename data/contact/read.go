// Package contact reads who wrote a complaint's mail and how to reach them: the name, phone number
// and address a web form's or a hotline's labelled lines give, or those the writer gives as theirs
// in a line, a signature, a run of clauses or a sentence of their own, in Simplified or
// Traditional characters or English; never those of someone they write about, quote or pass on.
// It also knows a phone number as people write it (CheckPhone) and as it is compared (PhoneKey).
// Its rules are pure: they read text, and nothing else.
package contact

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/quickre"
)

// maxValue is the longest name, number or address a line gives: a longer one is a paragraph.
const maxValue = 200

// Mail is what a message says of its writer.
type Mail struct {
	Name, Email string // the sender, as the message names them
	Subject     string
	Text        string // what it says, as shown
	OwnText     string // what its writer wrote, without what they quote or pass on ("" when all is theirs)
	Forwarded   string // the text of a message it passes on, whose first person is someone else
	// Notice says the sender is a machine (a website, a form service) whose notice may name the
	// visitor in its labelled lines ("姓名：", "邮箱：", "电话："): when it does, the visitor is
	// the writer, and when it does not, its lines are nobody's.
	Notice bool
}

// Writer is who wrote a mail and how to reach them, as far as the mail says.
type Writer struct {
	Name, Email, Phone, Address string
}

// Read is the writer of m: the sender, or the visitor a notice names. A person's own mail gives
// the phone number and address its labelled lines give ("联系电话：138…", "地址：…"), then those
// the writer gives as theirs in a line, a signature or a sentence of their own; never those of
// someone they write about, quote or pass on.
func Read(m Mail) Writer {
	defer quickre.Forget() // the mail's text is not kept once read
	w := readRenamed(m)
	for _, in := range []string{"入驻", "入駐", "进驻", "進駐"} {
		w.Address = strings.TrimPrefix(w.Address, in) // "我们是入驻前海创业中心3楼C区12-16号工位的团队"
	}
	return w
}

// readRenamed is read of m, where an estate's other name in brackets breaks no address: "住教师
// 新村（现名书香苑）7号楼1单元201室"; the address keeps it as the writer gives it.
func readRenamed(m Mail) Writer {
	if !quickre.ContainsAny(m.Text, "（(") || !renamedEstate.MatchString(m.Text) {
		return read(m)
	}
	said := m.Text
	m.Text, m.OwnText = renamedEstate.ReplaceAllString(m.Text, "$1"), renamedEstate.ReplaceAllString(m.OwnText, "$1")
	w := read(m)
	for _, r := range renamedEstate.FindAllStringSubmatch(said, perLine) {
		// The estate's name as the address begins it: "教师新村" of "住教师新村（…）".
		for j := range r[1] {
			name := r[1][j:]
			if utf8.RuneCountInString(name) < 2 {
				break
			}
			if i := strings.Index(w.Address, name); i >= 0 {
				if whole := w.Address[:i] + name + r[0][len(r[1]):] + w.Address[i+len(name):]; contains(said, whole) {
					w.Address = whole
					return w
				}
			}
		}
	}
	return w
}

// placeholderSender is the name a phone's or a platform's mail app gives a sender who set none.
var placeholderSender = quickre.MustCompile(`^(?:手机用户|手機用戶|微信用户|微信用戶|QQ用户|QQ用戶|网易用户|網易用戶|匿名用户|匿名用戶|新用户|新用戶|用户|用戶)[ _-]?\d{0,12}$`)

// renamedEstate is an estate's name, then its other name, old or new, in brackets: "教师新村（现名书
// 香苑）", "光明里小区（原纺织二厂宿舍）", "省建三公司宿舍（现在叫建苑小区）"; the name in group 1.
var renamedEstate = quickre.MustCompile(EitherScript(`(\p{Han}{1,12}(?:小区|新村|花园|苑|村|院|宿舍|新城|大院|里|邨|城|园|社区|公寓|大厦|家属院|楼))[（(]` +
	`(?:现名|现在叫|今称|今名|今叫|原名|原称|原叫|原|旧称|旧名|旧叫|老名字叫|老名叫|老早叫|以前叫|原来叫|原来是|现称|又名|也叫|俗称|老称|前身是|前身为|舊稱|舊名|舊叫|原稱|今稱|現稱|俗稱|老稱)[^（()）\n]{1,16}[）)]`))

func read(m Mail) Writer {
	email, byText, subject := m.Email, m.Notice, m.Subject
	words := m.Text
	reported := false // a staff member's record of a resident's complaint
	if !byText && reportedFor(cmp.Or(m.OwnText, m.Text)) {
		// A butler's or a front desk's record of a resident's complaint ("B区管家林晓转业主诉求一则：
		// 业主：郑先生（B栋2203）…"): its labelled lines name the resident, as a notice's do.
		byText, email, reported = true, "", true
		words = reportedBlock(cmp.Or(m.OwnText, m.Text)) // not the staff member's own signature below it
	}
	if !byText {
		if answers := inlineAnswers(m.Text); answers != "" {
			// "> 1. 您的房号：" quoted from the office's questions, the writer's answer below it.
			m.OwnText = answers + "\n\n" + cmp.Or(m.OwnText, m.Text)
		}
		if m.OwnText != "" {
			m.OwnText = withoutKinsPostscript(m.OwnText)
		}
		m.Text = withoutKinsPostscript(m.Text)
		words = m.Text
		own := narrowed(cmp.Or(m.OwnText, m.Text))
		if w := spokenFor(own); w.Name != "" {
			// "替我们楼1门101的曹玉珍曹奶奶反映个事…她家电话 010-6402 7718": a building's head, a
			// residents' committee speaking for an old resident, who complains.
			return w
		}
		if w := elderNextDoor(own); w.Name != "" {
			return w // "我们楼4幢1单元202住的是独居老人邹桂芝…有事请打我电话138…"
		}
		if d := dictatedPart(own); d != "" {
			// "下面是我外婆口述、我帮她打的字：" above her words: she complains, on her home's number
			// where the writer gives it for her.
			if w := Read(Mail{Subject: m.Subject, Text: d}); w.Name != "" {
				if p := kinsHomeLine.FindStringSubmatch(d); p != nil && isPhone(phoneIn(p[1])) {
					w.Phone = phoneIn(p[1])
				}
				return w
			}
		}
		if w := registeredResident(own); w.Name != "" {
			return w // a resident whose record the front desk looked up to be called back
		}
		if w := visitingResident(own); w.Name != "" {
			return w // a resident who came to the butler to complain
		}
		if w := englishVisitor(own); w.Name != "" {
			return w // "Ms. Cheung Wai Man of Tower 5, 22/F, Flat B came to the counter this morning"
		}
		if w := managerReported(own); w.Name != "" {
			return w // a store's manager their head office writes for
		}
		if w := lawyersClient(own); w.Name != "" {
			return w // "本所接受马建华先生（贵商场B2-16铺承租人）的委托": the client complains
		}
		if w := assistantsBoss(own); w.Name != "" {
			if w.Address == "" {
				// "A座2108室 空调不制冷" above "代我们主任邱国平律师反映一下": the office the
				// subject begins with.
				w.Address = leadFlat(subjectLead(m.Subject))
			}
			w.Address = placeWhereLies(w.Address) // "周总的办公室位于国贸中心A座1906室"
			return w                              // "我是恒远投资王建国总经理的助理蔡琳": the boss
		}
		if w := callLogged(own); w.Name != "" {
			return w // "接到业主赵先生（赵启明）来电投诉，情况如下：\n房号：…": the caller
		}
		if w := writtenFor(own); w.Name != "" {
			return w // "代我爱人孙丽投诉…请直接联系她：孙丽 152…": she complains
		}
		if w := kinWrittenFor(own); w.Name != "" {
			return w // "帮我们对门的张奶奶反映个事。张奶奶叫张桂芳，一个人住在8栋1单元301…"
		}
		if w := onBehalfOf(cmp.Or(m.OwnText, m.Text)); w.Name != "" {
			return w // "I am writing on behalf of our booth manager, Mr. Jacky Lo"
		}
		if w := tourGuest(own); w.Name != "" {
			return w // "我是…旅行社的导游王磊…团里的冯国栋先生住1516房间…请酒店直接联系我：188…"
		}
		if w := agentsClient(own); w.Name != "" {
			return w // "我是中介小刘，帮租客张女士反映一下，她住8栋1102，电话 137…": the client
		}
		if w := dependantWrittenFor(own); w.Name != "" {
			return w // "我是…学生李浩然的妈妈，孩子住在学生公寓7号楼412室": the student
		}
		if w := jointContact(own); w.Name != "" {
			return w // "本次联名的联系人：龙振宇，电话 139…": the one a joint letter names
		}
	}
	var namePhone string  // the number a sender's name gives ("王先生 13800001111")
	var said string       // the writer's own words, before what they forward
	var writerText string // the same, as the rules read them
	if !byText {
		m.Name, namePhone = withoutNumber(m.Name)
		if strings.TrimSpace(m.OwnText) != "" {
			words = m.OwnText
		}
		if pasted := pastedMessage(words); pasted != "" {
			// A butler's note passing on an owner's message pasted whole between its rules
			// ("以下是9幢业主今早发在我微信上的留言，原文转过来"): its writer complains.
			speaker, note := pastedSpeaker(pasted) // "赵国栋（18楼1803 上海澜图咨询）：" above their words
			if w := Read(Mail{Name: speaker, Subject: m.Subject, Text: pasted}); w.Name != "" || w.Phone != "" {
				if f := strings.Fields(note); w.Address == "" && len(f) > 0 && addressPart(f[0]) == f[0] {
					w.Address = f[0]
				}
				return w
			}
		}
		// The person behind a shop's, a platform's or a nickname's mailbox is the writer: their
		// lines ("店长：韦佳\n电话：188…") are then read as the sender's.
		said = beforeForward(narrowed(words), m.Forwarded)
		owner := m.Name
		m.Name = personName(m.Name, said)
		if d := dottedSelf(said); d != "" {
			m.Name = d // "我是二楼干果区B-27号摊位的阿依古丽·买买提", "我叫热依拉·艾合买提"
		}
		if calledSender(m.Name) {
			for _, find := range []func(string) string{ownName, endSigned, labelledName} {
				if n := find(said); n != "" && n != m.Name && callName(n) && !calledBy.MatchString(n) && sameSurnameAs(n, m.Name) {
					// "阿哲" saying "我是C棟7樓的吳先生", "李生" saying "我係…住戶李國偉", "阿芳" saying
					// "我是…4C-078档的陈芳", "阿强" ending "…电话159-1234-5566 林先生", "老陈" above
					// "摊主：陈国强": the name the writer gives themselves over how people call them.
					m.Name = n
					break
				}
			}
		}
		if t := strings.TrimSpace(owner); t != "" && t != m.Name && borrowedFrom(said, t) {
			// "用我老公的邮箱发的" above "--\n周伟 | 区域销售经理…": the mailbox's owner signs below.
			words, said = withoutSignatureOf(words, t), withoutSignatureOf(said, t)
		} else if k := spouseOfSender.FindStringSubmatch(said); t != "" && t == m.Name && k != nil && k[1] == t && chineseName(k[2]) && borrowedFrom(said, t) {
			m.Name = k[2] // "我是4-3-502李建华的爱人宋玉梅，用我老公的邮箱发的。"
		} else if k := calledMyself.FindStringSubmatch(said); t != "" && t == m.Name && k != nil && k[1] != t && chineseName(k[1]) && borrowedFrom(said, t) {
			m.Name = k[1] // "房产证上是我老公周建华的名字，这个邮箱也是他的。我叫李梅"
		} else if k := spouseSurnamed.FindStringSubmatch(said); t != "" && t == m.Name && k != nil && k[1] == t && borrowedFrom(said, t) {
			// "我是陈美玲的老公，姓杜，用她的邮箱发一下": the husband, by his surname.
			m.Name = k[3] + "女士"
			if k[2] == "老公" || k[2] == "丈夫" {
				m.Name = k[3] + "先生"
			}
			m.Name = cmp.Or(titleSaid(said, k[3]), m.Name) // "…有事打我电话 杜小姐 138…": as the writer calls themselves
		} else if t != "" && t == m.Name && contains(said, "我姓") && borrowedFrom(said, t) {
			// "我是刘振东的老婆 用佢邮箱发 我姓麦" and, below, "有咩打我电话 麦小姐 138…": the
			// writer as they call themselves.
			if n := surnameSaid.FindStringSubmatch(said); n != nil {
				m.Name = cmp.Or(titleSaid(said, n[1]), m.Name)
			}
		}
		if n, _ := subjectWriter(m.Subject); n != "" && !chineseName(m.Name) && !callName(m.Name) && (!englishName.MatchString(m.Name) || !contains(strings.TrimSpace(m.Name), " ")) {
			// "【B1-F07 美甲店 龙晓雨】…" from "xiaoyu", "…—— 11栋 林建平" from "LJP", "【投诉】8栋1204
			// 王磊 138…" from "Lei".
			m.Name = n
		}
	}
	name, place := displayName(m.Name)
	if !byText {
		words = withoutOwnName(withChineseFlats(withChineseDigits(withoutOtherParties(ownSentences(unbracketedNumbers(withoutAddendumWord(narrowed(words)))), name))))
	}
	fields := textFields(words)
	n, e, phone := formContact(fields)
	address := formAddress(fields)
	if !byText {
		// What the writer labels as theirs goes before a line that only may be theirs; a number
		// they give in a sentence of their own comes last.
		p, a := ownContact(words, name)
		if p != "" {
			phone = p
		}
		if a != "" {
			address = a
		}
		// The first person of what a forward passes on is someone else's: the writer's words
		// are those above it.
		own := beforeForward(words, withChineseDigits(m.Forwarded))
		writerText = own
		sp, sa := cmp.Or(sentencePhone(own), clausePhone(own)), sentenceAddress(own)
		sigPhone, sigAddress := signatureContact(own, cmp.Or(strings.TrimSpace(name), n))
		if w := signOff(own); sigPhone == "" && sigAddress == "" && w != "" && !chineseName(name) {
			// Signed with a name where the sender gives none of theirs (a nickname's mailbox,
			// an English name): the contact beside it on the last line is the one to reach. Under
			// a sender's own Chinese name, another name is someone else's.
			sigPhone, sigAddress = signatureContact(own, w)
		} else if w := familiarSignOff(own, name); sigPhone == "" && sigAddress == "" && w != "" {
			// "老周 电话62887421" at the foot of 周建国's mail: the writer, as people call them.
			sigPhone, sigAddress = signatureContact(own, w)
		} else if w := englishSignOff(own, name); sigPhone == "" && sigAddress == "" && w != "" {
			// "Tom Becker" above his number at the foot of Thomas Becker's mail.
			sigPhone, sigAddress = signatureContact(own, w)
		} else if w := bilingualSignOff(own, name); sigPhone == "" && sigAddress == "" && w != "" {
			// "麥嘉欣 Karen" above her number at the foot of Karen Mak's mail.
			sigPhone, sigAddress = signatureContact(own, w)
		} else if sigPhone == "" && sigAddress == "" && !chineseName(name) {
			if w := lastLineAlone(own); chineseName(w) {
				// "徐晴" alone above her number at the foot of Grace Xu's mail.
				sigPhone, sigAddress = signatureContact(own, w)
			}
		}
		if fp := firstPersonPhone(own, sp); fp != "" && (p == "" || isMobile(fp) && !isMobile(p) || saidDead(own, p) || onAnApp(own, fp) && !onAnApp(own, p)) {
			// "我的电话是…" said by the writer goes before a line that only may be theirs, and
			// their own mobile ("My personal mobile is 137…") before a labelled landline, their
			// office's.
			phone = fp
		} else if phone == "" {
			// Under their name at the foot of the mail, then in a sentence of their own.
			phone = cmp.Or(sigPhone, sp)
		}
		if address == "" {
			address = cmp.Or(sigAddress, sa)
			if sigAddress != "" && sa != sigAddress && contains(sa, sigAddress) {
				address = sa // "我住丽都花园7栋2单元1101" above "7栋业主 石磊"
			}
		}
		if sa != "" && address != sa && streetOf(sa) == "" && streetOf(address) != "" && !roomOnFloor(sa, address) {
			// "本人系观澜墅府D区8-3联排别墅业主" above a law firm's "地址：深圳市福田区深南大道6008
			// 号…": the home the writer says is theirs, not their office's street.
			address = sa
		}
		if phone == "" || address == "" {
			// Last, what a run of clauses gives: "我是陶然，电话137…，住址15栋601".
			ip, ia := inlineContact(own, strings.TrimSpace(name))
			phone, address = cmp.Or(phone, ip), cmp.Or(address, ia)
		}
		if phone == "" {
			phone = leadPhone(own) // "3幢1802 王 13958021736 3幢2号电梯又停了…"
		}
		if n, p, a := runOnContact(own); n != "" && (n == strings.TrimSpace(name) || (titled(n) || calledBy.MatchString(n)) && (nickname(strings.TrimSpace(name)) || handle.MatchString(strings.TrimSpace(name)))) {
			// "…17栋1702业主张婷婷 电话13812121212 希望给个说法": the writer's number and flat
			// beside their name, in the middle of a text typed on a phone; "快乐每一天" ending its
			// run-on with "有事打13577778888 李女士": how the office is to call them.
			name, phone, address = n, cmp.Or(phone, p), cmp.Or(address, a)
		}
		if m := companysPerson.FindStringSubmatch(own); phone == "" && m != nil && m[2] != "" && m[1] == strings.TrimSpace(name) && isPhone(phoneIn(m[2])) {
			phone = phoneIn(m[2]) // "请联系我司行政罗敏，手机13926085517"
		}
		if m := contactPersonInline.FindStringSubmatch(own); m != nil && m[1] == strings.TrimSpace(name) && isPhone(phoneIn(m[2])) &&
			(phone == "" || !isMobile(phone) && isMobile(phoneIn(m[2]))) {
			// "我司位于…1505室，联系人：罗婉婷（行政经理），手机：139 2233 6108。"; "现场负责人：严
			// 俊，手机 137…" over the company's "Tel: 0755-…" in the signature.
			phone = phoneIn(m[2])
		}
		if n := strings.TrimSpace(name); phone == "" && chineseName(n) && contains(own, n) {
			// "…我是1301的姓杜杜春梅电话13868017722谢谢", typed without a stop: the number after
			// the writer's name.
			for _, m := range nameLabelNumber.FindAllStringSubmatch(own, perLine) {
				if strings.HasSuffix(m[1], n) && isPhone(m[2]) {
					phone = m[2]
					break
				}
			}
		}
		if n, p := askedForAs(own); phone == "" && n != "" && n == strings.TrimSpace(name) {
			phone = p // "你们打电话找杨先生就是了 13982145678 莫得空就发短信"
		}
		if at := roleNumber.FindStringSubmatchIndex(own); phone == "" && at != nil && strings.TrimSpace(name) != "" {
			// "店长手机 180 1234 5678，请联系店长手机。\n店长：邱爽": the writer's, by their role; not
			// "跟他们店长沟通过几次（店长电话135…）", another shop's.
			role, number := own[at[2]:at[3]], phoneIn(own[at[4]:at[5]])
			if isPhone(number) && !anotherShop.MatchString(lastRunes(own[:at[0]], 10)) &&
				containsAny(own, role+"："+strings.TrimSpace(name), role+":"+strings.TrimSpace(name), role+" "+strings.TrimSpace(name)) {
				phone = number
			}
		}
		if m := numberThenSurname.FindStringSubmatch(own); phone == "" && m != nil && isPhone(m[1]) {
			phone = m[1] // "…查一下哪家的狗电话158 5717 0263 我姓朱谢谢": the number, then who they are
		}
		if phone == "" {
			// The writer gives no number of their own but one at their home to be reached by,
			// or a number to end the mail with.
			phone = cmp.Or(householdPhone(own), endNumber(withoutEndName(own, name)))
		}
		if phone == "" {
			phone = listedPhone(own, strings.TrimSpace(name)) // "502 孙建国 13808012476" among the owners who sign
		}
		if n, p := englishNumberFoot(own); phone == "" && n != "" && n == strings.TrimSpace(name) {
			phone = p // "- Ahmed Khan (156 0187 4420)" at the foot
		}
		if m := selfMarked.FindStringSubmatch(own); m != nil && isPhone(phoneIn(m[1])) {
			phone = phoneIn(m[1]) // "租客（本人）：林小雨，181-…" below the landlord's
		} else if p := markedLine(own); p != "" {
			phone = p // "You can reach me on 021-… ext. 215 or mobile 186 2110 4477 (preferred)."
		}
		if m := complainantParty.FindStringSubmatch(said); m != nil && isPhone(phoneIn(m[2])) {
			// "投诉方：周记烧腊（B1-08）  店长 方丽娟  电话 136 3251 0478" below the party complained of.
			phone, address = cmp.Or(phone, phoneIn(m[2])), cmp.Or(address, m[1])
		}
		foot := footPlace(own, name) // the place among a run-on's last words, beside the writer's name and number
		if address == "" {
			if m := kinsFlat.FindStringSubmatch(own); m != nil && addressPart(m[1]) == m[1] {
				address = m[1] // "我是2期3栋1501郑国华的孙女郑小雨": the family's flat
			} else if m := runOnFlat.FindStringSubmatch(own); m != nil && addressPart(m[1]) == m[1] && chineseName(m[2]) {
				address = m[1] // "我是23号楼1单元302的刘桂芳楼下一楼那家…", typed without a stop
			} else if f := ownerFoot(own); f != "" {
				address = f // "…对门804把旧沙发堆在消防通道里。\n12栋1单元803业主\n电话 186…": the flat its owner signs with
			} else if h := homeRoomFlat(own); h != "" {
				address = h // "20幢2单元1402主卧那面墙…": their home, by its room
			} else if st := leadStall(own); st != "" {
				address = st // "蔬菜区12号 刘 139 8012 6634 排水沟又堵了"
			} else if m := thisEntrance.FindStringSubmatch(own); m != nil {
				address = m[1] // "18幢1单元门口的垃圾桶…我是这个单元2003的蒋阿姨": in the building named
				if u := flatsEntrance.FindStringSubmatch(own); u != nil && contains(m[0], "同") {
					address = u[1] + m[1] // "我要实名投诉9栋1单元301…我是同单元401的": 9栋1单元401
				}
			} else if f := neighbourOf(own); f != "" {
				address = f // "我要投诉9幢1单元1101的住户…我住他们楼下1001": 9幢1单元1001
			} else if address = householdAddress(own); address == "" {
				address = placeOfWriter(own, said, subject, strings.TrimSpace(name), foot)
			}
		}
		if d := deskSaid(own); d != "" && (address == "" || contains(d, address)) {
			address = d // "我们公司Tidewave在16楼商务中心F07 office", not "16楼" alone
		}
		if address != "" && isASCII(address) {
			if e := flatInEnglishSaid(own); len(e) > len(address) && contains(e, address) {
				address = e // "我係 Flat 12B, Tower 3, 海怡半島 嘅住戶", not "Tower 3" alone
			}
		}
		if core := strings.TrimSuffix(strings.TrimSuffix(sa, "单元"), "室"); sa != "" && len(address) > len(sa) && core != "" &&
			(strings.HasSuffix(strings.TrimSuffix(address, "室"), core) && !namedWhole(address, core) || sameFloorUnit(address, sa) || sameRoom(address, sa) && withoutStreet(address) == address) {
			// "地址：广州市天河区华贸路88号华贸中心B座1208室" under "我司…租用B座1208室", "深圳市…华联中心
			// T2栋2306" under "我司（前通金融科技）位于T2栋2306单元"; not "地址：中信广场B座1906室" under
			// "本公司位于B座1906室", which names it whole.
			address = sa
		}
		if f := strings.Fields(address); sa != "" && len(f) > 0 && len(sa) > len(f[len(f)-1]) && strings.HasPrefix(sa, f[len(f)-1]) && addressPart(sa) == sa {
			// "地址：杭州市滨江区江南大道 中创大厦28层" in the signature under "本公司租用中创大厦
			// 28层2801-2803单元": the offices on the floor.
			address = sa
		}
		if address != "" && isASCII(address) && contains(own, address+", ") {
			if e := englishOwnPlace(own); len(e) > len(address) && strings.HasPrefix(e, address) {
				address = e // "I live at Flat 20B, Block 3 and…": the flat with its block
			} else {
				// "Apt 2103, Building 5, Lakeside Garden. The building's…": with its estate.
				address = withEnglishPlaces(address, own[strings.Index(own, address+", ")+len(address):])
			}
		}
		if address != "" && isASCII(address) && contains(own, ", "+address) {
			if e := englishOwnPlace(own); len(e) > len(address) && strings.HasSuffix(e, ", "+address) {
				address = e // "located in Suite 2305, Tower B, Global Trade Center": the suite in its tower
			}
		}
		if m := floorOnly.FindStringSubmatch(address); m != nil {
			// "我家住28楼" and, at the end of the run-on, "9栋2803 老何 138…": the flat on that floor.
			if f := flatNameNumberAtEnd.FindStringSubmatch(own); f != nil && strings.HasPrefix(f[2], m[1]) && len(f[2])-len(m[1]) == 2 {
				address = f[1]
			} else if h := homeRoomFlat(own); h != "" && flatOnFloor(h, m[1]) {
				address = h // "我家住20楼" above "我家10栋1单元2003，电话…"
			}
		}
		if pu := parkUnitSaid(own); pu != "" && (address == "" || pu != address && contains(pu, unitCore(address))) {
			address = pu // "我是顺丰达物流B栋仓库5号门的仓库主管陈建国": the warehouse's door, without the firm
		}
		address = wholeUnit(withPlaceName(address, own), own)
		if bareFlat.MatchString(address) {
			// "我家在401" above "我是16幢2单元401的孙丽": the flat the mail names whole.
			address = cmp.Or(wholeFlatOf(own, address), address)
		}
		if room := flatEnd.FindString(sa); (streetAddress.MatchString(address) || postalAddress.MatchString(address)) &&
			(room != "" && !contains(address, strings.TrimRight(room, "室号")) || hallRoom.MatchString(sa)) && !streetAddress.MatchString(sa) {
			// "我是33号601室的住户" above a work signature's "地址：上海市黄浦区中山南路1801号": the
			// room of theirs the street's address does not hold; an organiser's office at the venue.
			address = sa
		}
		if streetAddress.MatchString(address) || postalAddress.MatchString(address) || cityDistrict.MatchString(address) {
			if u := cmp.Or(ownUnit(own), boothSaid(own)); u != "" && !contains(address, u) {
				// "展位号3号馆3B-216", "我司在贵展会12.2馆F08展位" above the company's "地址：上海市
				// 徐汇区宜山路700号…" in the signature: the booth, stall or shop the writer keeps here,
				// the room they booked ("在贵中心201会议室承办…论坛").
				address = u
			}
		}
		if b := exhibitorsBooth(withHallAndBooth(own)); b != "" && englishOffice.MatchString(address) {
			// "We are exhibiting at Booth 1C-B05" above the company's "Unit 808, 8/F, Kwai Chung
			// Plaza": the booth the writer keeps at the fair.
			address = b
		}
		if onAFloor(address) {
			if _, after, ok := strings.Cut(own, address); ok {
				if m := roomInBrackets.FindStringSubmatch(after); m != nil {
					address += m[1] // "我们公司在B座28层（2801室）": the floor and the office on it
				}
			}
			if b := bookedRoom(own); b != "" {
				// "我是今天在 3楼第二会议室 开培训会的会务负责人": the floor of the room booked is the
				// venue's, no place of the writer's.
				if i := strings.IndexAny(b, "楼层"); i > 0 && strings.HasSuffix(address, b[:i+len("楼")]) {
					address = ""
				}
			}
		}
		if buildingEnd.MatchString(address) || onAFloor(address) {
			if _, after, ok := strings.Cut(own, address); ok {
				if room := roomAfterSpace.FindString(after); room != "" {
					// "滨江一号 2栋 2803", "众创大厦 15层 1507" at the foot: the flat or the office
					// in the building or on the floor.
					address += strings.TrimRight(room, "，,。；;！!？? \t\r\n")
				}
			}
		}
		if foot == "" && address != "" && buildingAlone.MatchString(address) {
			// "我家11栋楼道的感应灯…" above "11栋2单元502 徐": the flat in the building.
			foot = flatBesideName(own, strings.TrimSpace(name))
		}
		if foot != "" && address != "" && (strings.HasPrefix(foot, address) || strings.HasSuffix(foot, address) && estate.MatchString(strings.TrimSuffix(foot, address))) {
			// "…15088613927 12幢 1单元 701": the whole flat, not its building alone; "海棠湾4栋902 许
			// 娜 153…" below "我家4栋902…": the flat with its estate.
			address = foot
		}
		if last, _ := utf8.DecodeLastRuneInString(address); (last >= '0' && last <= '9' || last == '号' || last == '號') && namesUnit(own) {
			if unit := ownUnit(own); len(unit) > len(address) && strings.HasPrefix(unit, address) {
				address = unit // "我是服装市场2楼218档口的陈建平": the stall, with its word
			}
		}
		address = withCorrectedRoom(yourEstate.ReplaceAllString(address, ""), own) // "你们小区梧桐苑4栋301"
		if side := sideOfEstate.FindString(address); side != "" && len(address) > len(side) && unicode.IsDigit(rune(address[len(side)])) {
			address = address[len(side):] // "北边10栋2单元101": the building, not the side of the estate it is on
		}
		if f := buildingsFlat(own, address); f != "" {
			address = f // "我是2号楼的，2-1703。": the flat of the building said
		}
		if bareFlat.MatchString(address) {
			// "11栋2单元的电梯又坏了 我家在1902"; "楼上17幢2单元1601在装修…我家住1501".
			address = cmp.Or(buildingOf(own), neighbourBuilding(own)) + address
		} else if m := ownBuildingSaid.FindStringSubmatch(own); m != nil && unitFlat.MatchString(address) {
			address = strings.Join(strings.Fields(m[1]), "") + address // "我是5栋的业主，住1单元602"
		}
		if m := correctedNumber.FindStringSubmatch(own); m != nil && phone != "" && asciiDigits(phoneIn(m[1])) == asciiDigits(phone) {
			phone = phoneIn(m[2]) // "我电话 138 1234 0987 不对 是 138 1234 0978": the number they meant
		}
		if m := notThisOne.FindStringSubmatch(own); phone == "" && m != nil && isPhone(m[1]) {
			phone = m[1] // "电话 185 1234 0000 别打我房东": theirs, not the one they warn of
		}
		if phone == "" && keepsStore(said) {
			// "我是南苑社区便民服务站加盟商徐海波 … 门店电话：0931-8765432", "我是…的店长吴婷…店里电话
			// 021-6340 1188，我每天10点到6点在店里": their own store's.
			if m := storePhone.FindStringSubmatch(said); m != nil && phoneIn(m[1]) != "" && isPhone(phoneIn(m[1])) && !saidDead(said, phoneIn(m[1])) {
				phone = phoneIn(m[1])
			}
		}
		if m := otherOwnNumber.FindStringSubmatch(own); m != nil && isPhone(phoneIn(m[1])) {
			phone = phoneIn(m[1]) // "我手机137…老是接不到 打我另一个号152…": the one they ask to be called on
		}
		if containsAny(own, "搵我", "找我") {
			if m := findMeOn.FindStringSubmatch(own); m != nil && isPhone(phoneIn(m[1])) {
				phone = phoneIn(m[1]) // "我喺展期內用大陸號碼，有咩事打 135… 搵我，香港號碼…收唔到"
			}
		}
		if containsAny(own, "这支", "這支", "这个", "這個", "这只", "這只") {
			if m := pickedNumber.FindStringSubmatch(own); m != nil && isPhone(phoneIn(m[1])) {
				// "手機 0933-218-467 ← 請打這支" below the office's "公司 02-…", "店长手机：186…（有事请直接
				// 打这个）" below the shop's.
				phone = phoneIn(m[1])
			}
		}
		if containsAny(own, "call me", "Call me") {
			if m := callMeThenMobile.FindStringSubmatch(own); m != nil && isPhone(phoneIn(m[1])) {
				phone = phoneIn(m[1]) // "…call me to discuss…? Mobile +86 136…", not the office's "T: …"
			}
		}
		if mp := preferredMobile(own, phone); mp != "" {
			phone = mp // "请直接联系我：0755-2688 1432（办公室），或者手机 138 2876 9014，手机优先"
		}
		if dl := askedDirectLine(own); dl != "" {
			phone = dl // "回电请打我的直线" above "总机 010-… | 直线 010-6505 2218 | 手机 186…"
		}
		if containsAny(own, "大陆", "大陸", "内地", "內地") {
			// "台灣手機 0922-…，大陸手機 139…（展期都在現場，請打大陸手機）", "（大陸手機：131…，平日較方便）".
			if m := mainlandNumber.FindStringSubmatchIndex(own); m != nil && isPhone(phoneIn(own[m[2]:m[3]])) &&
				(mainlandWanted.MatchString(own) || handier.MatchString(own[m[1]:])) {
				phone = phoneIn(own[m[2]:m[3]])
			}
		}
		if t := strings.TrimSpace(phone); t == "" || strings.HasPrefix(t, "+") && !strings.HasPrefix(asciiDigits(t), "86") {
			if cp := chinaNumber(own, strings.TrimSpace(name)); cp != "" {
				phone = cp // "China (during fair): +86 139…" below the office's "Tel. +49…"
			}
		}
		if np := newNumber(own); np != "" {
			// "我换号了，新号码…": the number to call now, whatever line gave the old one.
			phone = np
		}
		if phone != "" && backupNumber(own, phone) {
			// "請撥打我的大陸號碼：+86 185…" above "（台灣手機：0917-…，僅供備用）".
			if sp := sentencePhone(own); sp != "" && sp != phone {
				phone = sp
			}
		}
		if phone == "" || address == "" {
			// A chat pasted whole: what the writer's own lines in it give ("[11月18日 21:05] 蔬菜区C12
			// 王桂芳: 13588420617").
			p, a := chatContact(said, strings.TrimSpace(name))
			phone, address = cmp.Or(phone, p), cmp.Or(address, a)
		}
		if n, p := numberNameAtEnd(own); n != "" && n == strings.TrimSpace(name) {
			phone = cmp.Or(phone, p) // "…给我挪走电话15800001111赵杰"
		}
		if m := numberThenMe.FindStringSubmatch(own); phone == "" && m != nil {
			phone = m[1] // "…晚上七八点最严重 13699998888 我是22-1-1203的"
		}
		if m := gluedContact.FindStringSubmatch(strings.TrimSpace(own)); m != nil && chineseName(m[1]) {
			// "…请给个说法联系人高洁13802983316", typed without a stop or a space.
			phone = cmp.Or(phone, m[2])
			if n := strings.TrimSpace(name); n == "" || pinyinName(n) {
				name = m[1]
			}
		}
		if parent, number, place := parentWrittenFor(said); parent != "" {
			// "我是水产区B-12摊位杜德明的女儿，我爸不太会用电脑，让我帮他写一下…请打我电话 187…":
			// the father complains, on the number the mail asks the office to call, at the stall
			// or the store the mail says is theirs.
			name, phone, address = parent, cmp.Or(number, phone), cmp.Or(place, address)
		} else if boss, number := shopBoss(said); boss != "" {
			// "老板叫黄志明，有什么情况请直接打他电话 186…" from the shop's assistant: the keeper
			// complains, on their number.
			name, phone = boss, number
		} else if spouse, number := spouseToCall(said); spouse != "" {
			// "我先生黃家明係…嘅業主…請直接聯絡我先生，佢手提係 6283 0917": the husband
			// complains, on his number.
			name, phone = spouse, number
		} else if tenant, number := tenantToCall(said); tenant != "" {
			// "租客韩雪（电话176…）反映…麻烦直接联系她本人" from the agent or the landlord: the
			// tenant complains, on their number.
			name, phone = tenant, number
		} else if colleague, number := colleagueInChat(narrowed(m.Text), name); colleague != "" {
			// "刘思琪 2024-09-10 09:16" above "…我电话 186… 让物业直接打我就行" in the chat an
			// admin forwards: the colleague complains, on their number.
			name, phone = colleague, number
		} else if other, number := askedToCall(said, name); other != "" {
			// "这件事请直接联系郑总：139…" from the store's manager, "请直接跟陈先生本人沟通：陈子豪
			// 139…" from the wedding's planner: the one the writer passes it on for.
			name, phone = other, number
		}
	}
	if n := strings.TrimSpace(name); !byText && (phone == "" || address == "" || !chineseName(n) || titled(n) || calledBy.MatchString(n)) {
		earlier, addressee, greetedAt := ownEarlierMail(m.Text, email, m.Name)
		if q := answeredQuote(m.Text); len(earlier) == 0 && q != "" {
			earlier = []string{q}
		}
		sender := m.Name // the writer as the header above their earlier mail names them
		if len(earlier) > 0 && (strings.TrimSpace(sender) == "" || handle.MatchString(sender)) {
			if q := quotedSenderName(m.Text, email); englishName.MatchString(q) || chineseName(q) {
				sender = q // "From: Jessica Wong <jwong@…>" above the first mail of "jwong@…"
				if n == "" || handle.MatchString(n) {
					name, n = q, q
				}
			}
		}
		signed := "" // the whole name their earlier mail signs with
		for _, text := range earlier {
			// "都一个星期了，还是没人来。" above the office's answer and, quoted below it, the
			// writer's first mail ("我家是9栋1801…我电话136…陈志强"): what that says of them.
			w := Read(Mail{Name: sender, Email: email, Text: text})
			phone, address = cmp.Or(phone, w.Phone), cmp.Or(address, w.Address)
			if !chineseName(n) && chineseName(w.Name) {
				name, n = w.Name, w.Name
			} else if n == "" || handle.MatchString(n) {
				if e := englishFoot(text); e != "" {
					name, n = e, e // "Thomas Becker" signing the first mail of "tb"
				}
			}
			if l := lastLineAlone(text); signed == "" && chineseName(l) && !titled(l) {
				signed = l
			}
		}
		if signed != "" && signed != n && titled(addressee) && sameSurname([]rune(addressee)[0], []rune(signed)[0]) &&
			(n == "" || !sameSurname([]rune(n)[0], []rune(signed)[0])) {
			// "海风" greeted as "钱先生" and signing "钱海峰" below: the name the office knows them by.
			name, n = signed, signed
		}
		switch {
		case addressee == "":
		case chineseName(addressee) && !titled(addressee) && (!chineseName(n) || titled(n) && sameSurname([]rune(n)[0], []rune(addressee)[0])):
			name = addressee // "郑先生" answered as "郑国强先生："
		case titled(addressee) && (n == "" || handle.MatchString(n) || initials.MatchString(n) || calledBy.MatchString(n) || familiar.MatchString(n) || nickname(n)):
			name = addressee // "阿杰" answered as "蒋先生您好：", "JP" as "尊敬的何先生："
		}
		if address == "" && greetedAt != "" && addressPart(greetedAt) == greetedAt {
			address = greetedAt // "尊敬的何先生（32幢1单元1204）：" in the office's answer
		}
	}
	if n := strings.TrimSpace(name); !byText && (phone == "" || address == "" || !chineseName(n)) {
		if w := quotedTicket(m.Text); w.Name != "" {
			// "你们说的一周内上门，人呢？" above the office's answer quoting its work order:
			// "孙先生您好：…业主：孙立华\n房号：12幢1803\n联系电话：186…".
			phone, address = cmp.Or(phone, w.Phone), cmp.Or(address, w.Address)
			if !chineseName(n) || titled(n) && sameSurname([]rune(n)[0], []rune(w.Name)[0]) {
				name = w.Name
			}
		}
	}
	if !byText {
		address = withCorrectedRoom(address, words) // the flat a reply puts right, of its first mail's
	}
	if phone == "" && !byText {
		// "7栋2单元电梯坏三天了 139…": the mail says nothing but "如题"; "【投诉】26栋502 李明 138…
		// 物业费上涨".
		if sd := subjectDashed.FindStringSubmatch(strings.TrimSpace(narrowed(m.Subject))); sd != nil && isPhone(phoneIn(sd[3])) {
			phone = phoneIn(sd[3]) // "投诉-B1-17铺-陈冬梅-13603027781 隔壁冷库噪音"
		} else if sc := subjectContactPerson.FindStringSubmatch(narrowed(m.Subject)); sc != nil && callName(sc[1]) && isPhone(phoneIn(sc[2])) {
			phone = phoneIn(sc[2]) // "…教材迟迟不到 联系人朱老师13871290034"
		} else if su := subjectUnitFirst.FindStringSubmatch(strings.TrimSpace(narrowed(m.Subject))); su != nil && isPhone(phoneIn(su[3])) {
			phone = phoneIn(su[3]) // "K-05中岛 159… 保洁把我们的货弄湿了"
		} else if phone = subjectPhone(m.Subject); phone == "" && digitCount(m.Subject) >= 11 {
			lead := subjectWord.ReplaceAllString(subjectLead(m.Subject), "")
			phone = leadPhone(lead)
			if n := nameThenMobile.FindStringSubmatch(" " + lead); phone == "" && n != nil && chineseName(n[1]) {
				phone = n[2] // "投诉 王海涛 13512869047 洁衣坊-长沙河西店": the name and the number it begins with
			}
		}
	}
	if address == "" && !byText {
		// "【投诉】锦华苑12-301 电话137… 楼道堆物": the flat the subject begins with; "6栋2单元门禁
		// 坏了 6-2-1101 王 13588001234": the flat before the number that ends it.
		_, unit := subjectWriter(m.Subject)
		lead := subjectLead(m.Subject)
		address = cmp.Or(unit, leadFlat(lead), leadStall(lead), subjectUnitLead(lead), subjectFlat(m.Subject),
			subjectBooth(m.Subject, words), taggedFlat(m.Subject), answeredFlat(m.Subject), englishTagged(m.Subject), yourReported(m.Text))
		// "Re: 8栋1单元2303 门口监控" above "房号写错了，应该是8栋1单元2203，不是2303": the flat
		// put right.
		address = withCorrectedRoom(address, words)
	}
	if address == "" && !byText {
		// Last, the store its keeper or staff says or signs they are of: "我是成都春熙路店的", "沐茶季
		// 成都春熙路店" at the foot.
		address = cmp.Or(keptStore(writerText), footStore(writerText))
	}
	if phone == "" && !byText && !changedNumber.MatchString(m.Text) {
		phone = cmp.Or(namePhone, carrierMobile(email))
	}
	if local, _, _ := strings.Cut(strings.TrimSpace(email), "@"); phone == "" && !byText && carrierLocal.MatchString(local) && mailboxNumber.MatchString(m.Text) {
		phone = local // "电话就是邮箱前面这个号" from 18655023317@163.com
	}
	if phone == "" && !byText {
		phone = loneNumber(writerText, strings.TrimSpace(name)) // "…今天一定要来人 电话159… 我一直在档口": the one number they give
	}
	if phone == "" && !byText {
		phone = brokenNumber(writerText) // "我的电话是186\n5802 7731（中午以后打）", the line broken inside it
	}
	if phone == "" && !byText && containsAny(m.Text, "您登记", "您預留", "您预留", "您登記") {
		// "好的" above the office's answer: "维修师傅会提前致电您登记的号码 158… 确认".
		if r := yourRegistered.FindStringSubmatch(m.Text); r != nil && isPhone(phoneIn(r[1])) {
			phone = phoneIn(r[1])
		}
	}
	if address == "" && !byText && containsAny(m.Text, "您登记", "您預留", "您预留", "您登記") {
		// "你们说的师傅一直没来" above the office's answer: "您登记的电话为…，地址：云山诗意7栋2单元1101。".
		if r := yourRegisteredPlace.FindStringSubmatch(m.Text); r != nil && addressPart(r[1]) == r[1] {
			address = r[1]
		}
	}
	if phone == "" && !byText && containsAny(writerText, "转告", "转达", "轉告", "轉達") {
		if m := relayingKin.FindStringSubmatch(writerText); m != nil && isPhone(phoneIn(m[1])) {
			phone = phoneIn(m[1]) // "请联系我弟弟邱亮：135…，他会转告我": the one who passes it on
		}
	}
	address = placeWhereLies(address)
	if f := strings.Fields(address); len(f) == 2 && hanOnly(f[0]) && !estate.MatchString(f[0]) && !addressWords.MatchString(f[0]) && !containsAny(f[0], "联排", "独栋", "叠拼", "聯排", "獨棟", "疊拼") &&
		addressPart(f[1]) == f[1] && officeOrUnit.MatchString(f[1]) {
		address = f[1] // "瑞科生物 A座1602" under the writer's name: the office, without its company
	}
	for _, label := range []string{"门店地址", "店铺地址", "門店地址", "店鋪地址"} {
		if rest, ok := strings.CutPrefix(address, label); ok && rest != "" {
			address = strings.TrimLeft(rest, "：: 为為是") // "门店地址杭州市西湖区…", its label run on
		}
	}
	if m := streetShopUnit.FindStringSubmatch(address); m != nil {
		address = m[1] // "邻家便利店 紫荆路122号（S-07）": the shop's unit in the estate's street
	} else if m := shopThenCode.FindStringSubmatch(address); m != nil && !marketArea.MatchString(address[:strings.Index(address, m[1])]) {
		address = m[1] // "木子服饰（悦海城店）L2-215": the shop's unit in the mall
	}
	address = withoutStreet(address)
	if f := strings.Fields(address); len(f) >= 2 && jobAfterName.MatchString(" "+f[len(f)-1]) && !addressWords.MatchString(f[len(f)-1]) &&
		addressPart(strings.Join(f[:len(f)-1], " ")) == strings.Join(f[:len(f)-1], " ") {
		address = strings.Join(f[:len(f)-1], " ") // "冷链仓库3号库区 主管" under the writer's name: the place, without the job
	}
	if m := ourMarketBefore.FindStringIndex(address); m != nil && addressWords.MatchString(address[m[1]:]) && quickre.ContainsAny(address[m[1]:], "摊攤档檔铺鋪舖柜櫃区區") {
		address = address[m[1]:] // "你们市场肉类区2排9号摊位": the stall, in the market the office runs
	}
	if !quickre.ContainsAny(address, "（(") {
		address = strings.TrimRight(address, "）) ") // "店铺在万达广场2F-208）" closing a bracket opened before it
	}
	if a, ok := strings.CutSuffix(address, "展位"); ok && hallBooth.MatchString(a) {
		address = a // "5号馆5E12展位": the hall and the booth
	}
	if m := floorTwice.FindStringSubmatch(address); m != nil && m[1] == m[2] {
		address = strings.TrimSpace(address[len(m[0])-len(m[2]+"F-"):]) // "2楼2F-215": the unit, whose code says its floor
	}
	// "…红旗大道76号（加盟编号 XG-GZ-019）", "…五道口校区（编号 QH-BJ-027）": the store, the campus,
	// without its number in the franchise.
	address = strings.TrimSpace(codeNote.ReplaceAllString(numberNoteInBrackets.ReplaceAllString(address, ""), ""))
	if before, inner, ok := cutBracket(address); ok && !addressWords.MatchString(before) {
		// "业委会主任（23幢1单元1201业主）": the flat in the brackets after the writer's office.
		if p := addressPart(withoutOwnerWord(inner)); p != "" && p == withoutOwnerWord(inner) {
			address = p
		}
	}
	if before, inner, ok := cutBracket(address); ok && (flatAtEnd.MatchString(strings.TrimSpace(before)) || unitAtEnd.MatchString(strings.TrimSpace(before)) ||
		streetAddress.MatchString(before) && strings.HasSuffix(inner, "店")) && !quickre.ContainsAny(inner, "0123456789") {
		// "B座15楼1512（睿智教育）": the office, without its company; "9号馆 9B-36（特装）": the
		// booth, without its kind; "南京市秦淮区中山南路1号（新街口店）": the store, without its name.
		address = strings.TrimSpace(before)
	}
	if f := strings.Fields(address); len(f) == 2 && addressPart(f[0]) == f[0] && numberedUnitEnd.MatchString(f[0]) && hanOnly(f[1]) && !addressWords.MatchString(f[1]) {
		address = f[0] // "3楼C区086档 少华服饰": the stall, without the shop's name after it
	}
	if a := strings.TrimSpace(besidePlace.ReplaceAllString(address, "")); a != address && addressWords.MatchString(a) {
		address = a // "1幢102（物业办公室楼上）": the flat, without where it is
	}
	if problemPlace.MatchString(address) && !flatAtEnd.MatchString(address) {
		address = "" // where the trouble is, labelled as an address
	}
	if w := leadingWords.FindString(address); w != "" && addressPart(address[len(w):]) == address[len(w):] {
		// "顶楼 7号楼601", "租住7栋1单元402": the flat, without the words before it.
		address = address[len(w):]
	}
	if a := trailingRole.ReplaceAllString(address, ""); a != address && addressPart(a) == a && flatAtEnd.MatchString(a) {
		address = a // "5栋1单元903业主" under the writer's name: the flat, without what they are of it
	}
	if address == "" && byText {
		address = nameNote(fields) // "业主：郑先生（B栋2203）" in a butler's record
	}
	if address == "" && !byText {
		address = cmp.Or(nameNote(fields), place)
	}
	if !byText {
		address = withEnglishPlacesAfter(address, m.Text) // "Unit 1802, Tower 1, Central Park Apartments"
	}
	switch {
	case byText && (e != "" || phone != ""):
		name, email = formName(n), e
		if said := noticeWords(m.Text); said != "" && (name == "" || address == "") {
			// A voicemail's transcript, a hotline's record of the call: the caller's own words
			// ("我是丽景苑4幢602的 姓孔 孔祥瑞") give what the notice's labels do not.
			w := Read(Mail{Text: said})
			name, address = cmp.Or(name, w.Name), cmp.Or(address, w.Address)
		}
	case reported && formName(n) != "":
		// "业主：郑文博先生，T2栋28A" in the record, "请直接联系郑先生本人：139…" below it: the
		// resident, on the number the staff member asks the office to call.
		name, email, phone = formName(n), e, numberAskedFor(cmp.Or(m.OwnText, m.Text), formName(n))
	case byText: // the machine's notice names nobody: its lines are not the sender's
		phone, address = "", ""
	case strings.TrimSpace(name) == "" && n != "":
		name = n // "姓名：赵敏" under an address without a name
	}
	return Writer{Name: name, Email: email, Phone: phone, Address: address}
}

// numberAskedFor is the number a staff member asks the office to call someone on, by their name
// or their surname and title: "请直接联系郑先生本人：139-0288-7766"; "" when the text asks none.
func numberAskedFor(text, name string) string {
	r := []rune(name)
	if len(r) == 0 {
		return ""
	}
	for _, who := range []string{name, string(r[0]) + "先生", string(r[0]) + "女士"} {
		for _, label := range []string{"本人：", "本人:", "本人电话：", "本人手机：", "：", ":"} {
			if _, rest, ok := strings.Cut(text, "联系"+who+label); ok {
				if p := phoneIn(strings.TrimLeft(rest, " \t")); isPhone(p) {
					return p
				}
			}
		}
	}
	return ""
}

// yourRegisteredPlace is the address the office's answer says the writer registered: "您登记的电话为
// 137…，地址：云山诗意7栋2单元1101".
var yourRegisteredPlace = quickre.MustCompile(EitherScript(`您(?:登记|预留)的[^。\n]{0,30}?(?:地址|房号)(?:为|是)?[:：]?\s*([^，,。；;\n\s]{3,30})`))

// trailingRole is what a writer is of their flat, after it: "业主" of "5栋1单元903业主".
var trailingRole = quickre.MustCompile(EitherScript(`\s*(?:的)?(?:业主|住户|租户)$`))

// namedWhole tells an office or a flat given with the name of its building or estate before it and
// nothing more ("中信广场B座1906室", "时代广场1801"), where the text says it without ("本公司位于B座1906室"):
// not one with its street or city, nor with other words before it ("我家12幢503室").
func namedWhole(address, core string) bool {
	head := address[:strings.LastIndex(address, core)]
	return head != "" && streetOf(address) == "" && !quickre.ContainsAny(address, "市区路街道") && estate.MatchString(head)
}

// onAFloor tells an address that ends with its floor: "B座28层", "孵化器4楼".
func onAFloor(address string) bool {
	r, _ := utf8.DecodeLastRuneInString(address)
	return r == '层' || r == '層' || r == '楼' || r == '樓'
}

// mainlandNumber is a number labelled as the writer's on the mainland, mainlandWanted the mail
// asking the office to call that one: "大陸手機 139…（…請打大陸手機）"; handier the words right after a
// number that say it is the one to call: "，平日較方便".
var (
	mainlandNumber = quickre.MustCompile(EitherScript(`(?:大陆|内地)(?:的)?(?:手机|号码|门号|电话)(?:号码|号)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
	mainlandWanted = quickre.MustCompile(EitherScript(`(?:请|麻烦)?(?:打|拨)(?:我的?)?(?:大陆|内地)`))
	handier        = quickre.MustCompile(EitherScript(`^[，,\s]*(?:平日|平时|白天|工作日)?(?:较|比较|更)(?:方便|好找)`))
)

// ownInBrackets is the writer's home, unit or office in brackets after their words for it.
// "我们宿舍（荷园2号楼B-512）", "我们科室（2号楼412室）", "就在我们家窗户底下（11栋一单元101）" too.
var ownInBrackets = quickre.MustCompile(EitherScript(`(?:我们家|我家|本人单位|我的单位|我们的?办公室|新办公室|我们的?宿舍|我们的?寝室|我的宿舍|我的寝室|我们科室|我们的?值班室)(?:是业主|是租户|是住户|窗户底下|窗户下面|窗下|门口|门前)?[（(]([^（）()\n，,]{3,24})[）)]`))

// yourRegistered is the number the office's answer says the writer registered with it: "致电您登记的
// 号码 158…".
var yourRegistered = quickre.MustCompile(EitherScript(`您(?:登记|预留)的(?:联系)?(?:号码|电话|手机)(?:号码|号)?\s*[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))

// relayingKin is the number of a relative or a friend the writer asks the office to call, who
// will pass the word on: "请联系我弟弟邱亮：135 7028 1193，他会转告我".
var relayingKin = quickre.MustCompile(EitherScript(`联系我(?:的)?(?:弟弟|哥哥|姐姐|妹妹|儿子|女儿|爱人|老公|老婆|太太|先生|妈妈|爸爸|家人|朋友|同事)` +
	`\p{Han}{0,3}[:：，,]?\s*(\+?\d[\d \-]{6,16}\d)[^。\n]{0,12}?(?:转告|转达)`))

// spouseOfSender is the writer saying whose wife or husband they are, by both names: "我是4-3-502
// 李建华的爱人宋玉梅".
var spouseOfSender = quickre.MustCompile(EitherScript(`我是[^，。！？\n]{0,20}?(\p{Han}{2,3})的(?:爱人|妻子|老婆|太太|丈夫|老公|先生)(\p{Han}{2,3}?)(?:[，,。\s]|$)`))

// spouseSurnamed is a husband or a wife who writes from their spouse's mailbox and gives their
// surname alone: "我是陈美玲的老公，姓杜": the spouse in group 1, the word for the writer in group 2,
// the surname in group 3.
var spouseSurnamed = quickre.MustCompile(EitherScript(`我是[^，。！？\n]{0,20}?(\p{Han}{2,3})的(老公|丈夫|老婆|妻子|太太)[，,]?\s*(?:我)?姓(\p{Han})(?:[，,。\s]|$)`))

// calledMyself is the name a writer says is theirs: "李梅" of "我叫李梅，".
var calledMyself = quickre.MustCompile(EitherScript(`我叫(\p{Han}{2,3}?)(?:[，,。；;\s]|$)`))

// surnameSaid is the surname a writer gives as theirs: "麦" of "我姓麦".
var surnameSaid = quickre.MustCompile(`我姓(\p{Han})`)

// titleSaid is the surname with the title the text calls its writer by ("麦小姐" of "…有咩打我电话 麦
// 小姐 138…" for 麦), "" when it calls them by none.
func titleSaid(said, surname string) string {
	for _, title := range []string{"小姐", "女士", "太太", "先生"} {
		if contains(said, surname+title) {
			return surname + title
		}
	}
	return ""
}

// placeWhereLies is the place an address says something lies at, without who or what it is: "创新大厦
// C座11层" of "卓远实验室位于创新大厦C座11层", "国贸中心A座1906室" of "位于国贸中心A座1906室"; the address
// as it is when it says no such thing.
func placeWhereLies(address string) string {
	for _, lies := range []string{"位于", "位於", "坐落于", "坐落於"} {
		if who, a, ok := strings.Cut(address, lies); ok && !quickre.ContainsAny(who, "0123456789") && addressWords.MatchString(a) {
			return strings.TrimSpace(a)
		}
	}
	return address
}

// ourMarketBefore is the writer's words for the market the office runs before a stall in it: "你们市场"
// of "你们市场肉类区2排9号摊位", "咱们菜市场", "市场"; a market the writer names ("东门农贸市场")
// stays with the stall, as they write it.
var ourMarketBefore = quickre.MustCompile(EitherScript(`^(?:(?:你们|您们|咱们|我们|贵|本|这个)\p{Han}{0,4}?)?(?:市场|商场|街市)\s*`))

// ownerFoot is the flat a text's foot signs with as its owner's or tenant's, on a line of its own
// among the last: "12栋1单元803业主"; "" when none does.
func ownerFoot(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-4; i-- {
		l := strings.TrimSpace(lines[i])
		if f := withoutOwnerWord(l); f != l && f != "" && addressPart(f) == f && flatAtEnd.MatchString(f) && homeStart.MatchString(f) &&
			!quickre.ContainsAny(f, "我你他她的，,。") && !nearby.MatchString(f) {
			return f
		}
	}
	return ""
}

// sideOfEstate is the side of the estate a building is on, said before it: "北边" of "北边10栋".
var sideOfEstate = quickre.MustCompile(`^[东西南北東][边邊面侧側](?:的)?`)

// flatOnFloor tells a flat whose number is on the floor given: "10栋1单元2003" on floor "20".
func flatOnFloor(flat, floor string) bool {
	n := flatEnd.FindString(flat)
	n = strings.TrimRight(n, "室号號")
	return strings.HasPrefix(n, floor) && len(n)-len(floor) == 2
}

// homeRoomFlat is a whole flat the text names by one of its rooms, the writer's home unless the
// words before it are about the flat above, below or beside: "20幢2单元1402主卧那面墙…", or the home
// the writer names before the flat beside it: "我家景湖湾5幢1单元1501楼上水管漏水"; "" when it names
// none so.
func homeRoomFlat(text string) string {
	for _, m := range flatRoom.FindAllStringSubmatchIndex(text, perLine) {
		if c := lastClause(text[:m[0]]); nearby.MatchString(c) || otherPerson.MatchString(c) || quoted(text[:m[0]]) {
			continue
		}
		return strings.Join(strings.Fields(text[m[2]:m[3]]), "")
	}
	if m := homeThenBeside.FindStringSubmatch(text); m != nil && addressPart(m[1]) == m[1] {
		return m[1] // "我家景湖湾5幢1单元1501楼上水管漏水": the home, then where the trouble is beside it
	}
	if m := homeByEstate.FindStringSubmatch(text); m != nil && addressPart(cmp.Or(m[1], m[2])) == cmp.Or(m[1], m[2]) && !nearby.MatchString(m[1]) && !relativePlace.MatchString(m[1]) {
		return cmp.Or(m[1], m[2]) // "我家龙湖春江郦城7-2-1803，邻居1703、1903也一样"
	}
	return ""
}

// numberedUnitEnd ends a unit by its number and its word: "086档", "1203室", "B-12".
var numberedUnitEnd = quickre.MustCompile(EitherScript(`\d(?:号|室|档|铺|摊|位|房|号门面)?$`))

// floorThenFlat is the writer's flat in the clause after the floor their home is on, or in brackets
// after it: "碧水湾6栋101" of "我家在一楼，碧水湾6栋101，", "1号楼3单元1801" of "我家住顶楼（1号楼3单元
// 1801）", or after where it is beside: "4幢1103" of "我家就在垃圾房正上方，4幢1103，"; "" when none is
// said so.
func floorThenFlat(text string) string {
	if m := homeFloorThenFlat.FindStringSubmatch(text); m != nil {
		if f := cmp.Or(m[1], m[2], m[3]); addressPart(f) == f && !nearby.MatchString(f) {
			return f
		}
	}
	return ""
}

// homeFloorThenFlat is the writer's floor, then their flat in the next clause (group 1) or in
// brackets after it (group 2): "我家住顶楼（1号楼3单元1801）"; or what their home is beside, then
// their flat (group 3).
var homeFloorThenFlat = quickre.MustCompile(EitherScript(`我家(?:在|住)?(?:(?:[一二三四五六七八九十]|\d{1,2})楼[，,]\s*([^，。；！？,;!?\s]{3,24}?\d{3,4}室?)(?:[，。；！？,;!?\s]|$)|` +
	`(?:顶楼|顶层|(?:[一二三四五六七八九十]|\d{1,2})楼)[（(]([^（()）\n]{3,24}?\d{3,4}室?)[）)]|` +
	// "我家就在垃圾房正上方，4幢1103，".
	`就?在\p{Han}{2,8}?(?:正上方|正下方|上方|下方|正对面|对面|旁边)[，,]\s*([^，。；！？,;!?\s]{3,24}?\d{3,4}室?)(?:[，。；！？,;!?\s]|$))`))

// homeByEstate is the writer's home by its estate and its flat right after "我家", a clause of its
// own or before a room of it: "我家龙湖春江郦城7-2-1803，", "我们家紫金苑4幢503。", "我家丰泽园二期
// 17-2-1004客厅那面墙" (group 1), or by its building, entrance and
// flat: "我家4栋2单元1902", "我家10栋1单元2003，" (group 2).
var homeByEstate = quickre.MustCompile(EitherScript(`我(?:们|們)?家(\p{Han}{2,10}?[0-9A-Za-z][0-9A-Za-z\-]{2,12}|\p{Han}{2,10}?\d{1,3}(?:栋|幢|号楼|座)\d{3,4}室?)(?:[，,。；;\s]|$|(?:的)?(?:主卧|次卧|客厅|厨房|卫生间|阳台|书房|卧室|餐厅))|` +
	// "…我家4栋2单元1902爬楼梯要命…": a flat run into the words after it.
	`我家(\d{1,3}(?:栋|幢|号楼)\d{1,2}单元\d{3,4})室?(?:\p{Han}|[，,。；;\s]|$)`))

// homeThenBeside is the writer's home named right before the word for the flat beside it where the
// trouble is: "景湖湾5幢1单元1501" of "我家景湖湾5幢1单元1501楼上水管漏水".
var homeThenBeside = quickre.MustCompile(EitherScript(`我家(\p{Han}{0,8}[0-9A-Za-z][^，。；！？,;!?\s]{1,20}?\d{3,4})室?(?:的)?(?:楼上|楼下|隔壁|对门|对面)`))

// flatOrOfficeSaid is the flat a writer says they write as the owner of or rent ("这封邮件我以1栋1单元
// 1201业主的身份写", "我是租户，租的是5栋1单元203"), or the office their company is in; "" when none.
func flatOrOfficeSaid(text string) string {
	if !containsAny(text, "身份", "租的", "我们", "我們", "作为", "作為") {
		return ""
	}
	if m := flatAs.FindStringSubmatch(text); m != nil {
		if a := cmp.Or(m[1], m[2], m[3]); addressPart(a) == a {
			return a
		}
	}
	if m := ourOffice.FindStringSubmatch(text); m != nil {
		// "我们兰亭设计在A座15层1503室", "我们C座1117是按独立电表收费的", "我们是1512华亿贸易，":
		// the company's office.
		if a := cmp.Or(m[1], m[2], m[3]); a != "" && (quickre.ContainsAny(a[len(a)-1:], "0123456789") || strings.HasSuffix(a, "室")) {
			return a
		}
	}
	return ""
}

// officeOfFirm is the office of the firm the writer works for, before the firm's name: "我是4楼401-405
// 彩虹树少儿美术的校长任静", "我是22楼长江数科的员工", "我们9楼906的 最近…"; "" when none is.
func officeOfFirm(text string) string {
	if !containsAny(text, "我是", "我们", "我們", "所在", "承租", "租用", "入驻") {
		return ""
	}
	if m := officeBeforeFirm.FindStringSubmatch(text); m != nil && (m[4] == "" || flatEnd.MatchString(m[4])) {
		return cmp.Or(m[1], m[2], m[3], m[4], m[5]) // not "我所所在的31层公共区域", a floor complained of
	}
	return ""
}

var officeBeforeFirm = quickre.MustCompile(EitherScript(`我是(` + tenantRoom + `)[ \t]?(?:[^\P{Han}的]{2,12}?|[A-Za-z]{2,16}[ \t]?)的[ \t]?(?:校长|员工|职员|同事|行政|前台|财务|会计|经理|主管|负责人|主任|老板|IT|律师|医生|老师|店长)|` +
	`(?:我们|我們)(` + tenantRoom + `)的(?:[ \t，,]|$)|` +
	// "我是东方资本2608的 徐薇": the firm, then its office's number.
	`我是\p{Han}{2,8}?(\d{3,4})的[ \t]?\p{Han}{2,3}(?:[，,。 \t]|$)|` +
	// "我司所在的B座1702室消防喷淋头…": the office the firm is in, not a floor it complains of.
	`(?:我司|我所|本所|本公司|我们公司|我們公司)所在的?(` + tenantRoom + `)|` +
	// "恒泰财富投资管理有限公司承租贵中心第18层1801-1805单元。": a firm's letter, its offices.
	`(?:^|[。；\n])[ \t]*\p{Han}{2,20}?(?:公司|事务所|律所|工作室|集团)(?:承租|租用|入驻)(?:贵|你们)(?:中心|大厦|写字楼|园区|大楼|广场)?` +
	`(第?\d{1,2}[层層楼樓][A-Z]?\d{3,4}(?:[-—~至][A-Z]?\d{3,4})?(?:单元|室)?|\d{1,2}[楼樓层層]之\d{1,2}|` + tenantRoom + `)`))

var ourOffice = quickre.MustCompile(EitherScript(`(?:我们|我們)\p{Han}{2,8}?在\s*(` + tenantRoom + `|\d{1,2}[楼樓]之\d{1,2})(?:[，,。；;\s]|$|的|办公)|(?:我们|我們)(` + tenantRoom + `)(?:是|这边|这里)|` +
	`(?:我们|我們)是(\d{3,4}室?)[ \t]?\p{Han}{1,10}?(?:公司|贸易|科技|咨询|设计|律所|事务所|工作室|集团|传媒|公关|文化|投资|教育|物流|网络|商贸|实业)(?:[，。；！？,;!?\s]|$)`))

var flatAs = quickre.MustCompile(EitherScript(`以([^，。；！？,;!?\s（(：:的]{3,20}?)(?:的)?(?:业主|住户|租户)(?:的)?身份|` +
	`(?:^|[，,。；;\s])(?:我)?租的(?:房子)?是\s*([^，。；！？,;!?\s（(：:]{3,20})|` +
	// "我作为15栋2单元701的业主，正式要求…".
	`(?:我|本人)作为([^，。；！？,;!?\s（(：:的]{3,20}?)的?(?:业主|住户|租户)`))

// flatRoom is a flat with its building and entrance, then a room of it.
var flatRoom = quickre.MustCompile(EitherScript(`(\d{1,3}\s*(?:栋|幢|号楼|#楼)\s*\d{1,2}\s*单元\s*\d{3,4})室?(?:的)?(?:主卧|次卧|客厅|厨房|卫生间|阳台|书房|卧室|餐厅)`))

// englishLocated is where the writer says they or their company are located, from the unit on.
var englishLocated = quickre.MustCompile(`(?i)\b(?:located|based|situated) (?:in|at) ((?:suite|unit|room|office|flat|apartment|apt\.?|shop)\s+[^.\n]{1,80})`)

// englishOwnPlace is the office an English writer says they work at or their company has ("I work
// at Northbridge Consulting, Unit 2806, Tower A", "Our company (Baltic Sourcing Ltd., Room 3106,
// Tower 2)"), or the flat they say is theirs; "" when they say none.
func englishOwnPlace(text string) string {
	if !containsAny(text, "our ", "Our ", "my ", "My ", "work", "xhibit", "ranchisee", "of ", " run ", "I am at", "We are ", "we are ", " from ", " in ", "stand manager", "lease", "rent", "live", "manage", "I'm", "I’m", "I am", "i'm", "im in", "We're", "we're", "We’re", "we’re") {
		return ""
	}
	if m := englishFromFlat.FindStringSubmatch(text); m != nil {
		// "its alan from flat 18C block 2 again", typed on a phone: "Flat 18C, Block 2"; "This is
		// Mark Henderson in Apt 2305, Block C."
		return titleWord(m[1]) + " " + strings.ToUpper(m[2]) + ", " + titleWord(m[3]) + " " + strings.ToUpper(m[4])
	}
	if m := englishOccupants.FindStringSubmatch(text); m != nil {
		// "occupants of Unit 15B", "on behalf of Meridian & Co. (Unit 1506, Tower B)", "We are a dental
		// clinic (SmileCare Dental Centre, Room 2207)".
		return cmp.Or(m[1:]...)
	}
	if m := englishIAmAtRoom.FindStringSubmatch(text); m != nil {
		return m[1] // "During show days I am at the Organiser Office, Room N201 (Level 2, …)"
	}
	if m := englishWorkAt.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	if m := englishOurCompany.FindStringSubmatch(text); m != nil {
		return m[1] // "Our company (Baltic Sourcing Ltd., Room 3106, Tower 2)"
	}
	if m := englishOurOffice.FindStringSubmatch(text); m != nil {
		return cmp.Or(m[1], m[2]) // "Our office is Suite 2208, Tower A", "the leak above our pantry in Unit 1805, 18F, Tower 2"
	}
	if m := englishLocated.FindStringSubmatch(text); m != nil {
		if h := englishPlacesHead(m[1]); englishPlaces(h) {
			return h // "office manager of Kraus Trading (Shanghai), located in Suite 2305, Tower B, Global Trade Center."
		}
	}
	if b := exhibitorsBooth(withHallAndBooth(text)); b != "" {
		// "We are exhibitor Krämer Werkzeuge GmbH, Hall 5, Booth 5E-38", cut into clauses by its commas;
		// "We are exhibitor Ascent Gifts Ltd, Booth 5C-118 in Hall 5".
		return b
	}
	if m := englishOwnStore.FindStringSubmatch(text); m != nil {
		return m[1] // "This is Fiona Wong, franchisee of Bubble Lab Tea (Mong Kok store), Shop 12, G/F, 88 …"
	}
	if m := englishOurFlat.FindStringSubmatch(text); m != nil {
		if h := englishPlacesHead(m[1]); englishPlaces(h) {
			// "in our flat, Tower 1, 31/F, Flat A.", "in our office, Unit 1203, Tower B.", "in our
			// office, Room 1203, Tower A, near the window side": the places the clause begins with.
			return h
		}
	}
	if m := englishMyInBrackets.FindStringSubmatch(text); m != nil && (englishPlaces(m[1]) || bareFlat.MatchString(m[1])) {
		// "The floor heating in my apartment (Apt 1502, Building 3) has not been working", "we
		// ended up meeting in my office (1507)".
		return m[1]
	}
	if m := englishOurOfficeAt.FindStringSubmatch(text); m != nil && englishPlaces(m[1]) {
		// "the access cards for our office at Unit 2305, 23/F, Tower 1, Harbourfront Centre.", "I rent an
		// apartment at Room 1502, Unit 2, Building 3, Yuhua Garden."
		return m[1]
	}
	if m := englishIRunAt.FindStringSubmatchIndex(text); m != nil {
		// "I run Salt & Fern (handmade soap and candles) at Stall 14 in the covered section.", "I run
		// Bellini Gelato at Shop L1-23, Raffles City.": the unit, with the centre named after it.
		return withEnglishPlaces(text[m[2]:m[3]], text[m[3]:])
	}
	if m := englishOurBooth.FindStringSubmatch(text); m != nil && quickre.ContainsAny(m[1], "0123456789") {
		return m[1] // "Our booth 3B-216 in Hall 3 has had no electricity"
	}
	if m := englishWholeFloor.FindStringSubmatch(text); m != nil {
		return m[1] // "We occupy the whole of 12F."
	}
	if m := englishWeLease.FindStringSubmatch(text); m != nil {
		return m[1] // "We lease Workshop 3 in Building C.", "I rented Apartment 1604 in Block C"
	}
	if m := englishLiveInDashed.FindStringSubmatch(text); m != nil {
		return m[1] // "I live in apartment 2-1504 and for the past two weeks…": the building and the flat
	}
	if m := englishTenantOf.FindStringSubmatch(text); m != nil {
		if p := addressPart(cmp.Or(m[1], m[2], m[3], m[4])); p != "" {
			// "I am tenant of 湖畔花园 15幢 2单元 1101, landlord is 钱先生.", "I live in 8栋 2单元 1701
			// (renting from Mr. 汪)".
			return p
		}
		if t := strings.TrimSpace(cmp.Or(m[2], m[3], m[4])); t != "" && englishPlaces(t) {
			// "I live at Flat 20B, Block 3 and…", "I am Zhang Wei, the owner of Building 5 Unit 2
			// Room 601 in Yuhu Garden.", "I am Mrs. Wong of Block 3, 16/F, Flat D."
			return t
		}
	}
	if m := englishRunsUnit.FindStringSubmatch(text); m != nil {
		return m[1] // "I run the Bella Gelato kiosk (Kiosk K-08, L1, next to the main atrium)."
	}
	if m := englishFromPlace.FindStringSubmatchIndex(text); m != nil {
		// "This is Priya Shah from Chai Bar, Shop L3-22.", "I'm James Thompson, renting Flat 12B,
		// Tower 3, Riverside Garden.", "This is Sarah Wilson from Villa 36, Green Lake Villas.": the
		// place, with what the text names after it.
		return withEnglishPlaces(text[m[2]:m[3]], text[m[3]:])
	}
	return englishWeAreUnit(text)
}

// englishRunsUnit is the kiosk, shop or stall an English writer says they run, in the brackets
// after its name, with its level: "Kiosk K-08, L1" of "I run the Bella Gelato kiosk (Kiosk K-08, L1,
// next to the main atrium)".
var englishRunsUnit = quickre.MustCompile(`(?i)\bI (?:run|own|manage) (?:the |a |our )?[^.\n()]{1,40}\(((?:kiosk|shop|stall|unit|booth|counter) (?-i:[0-9A-Z][0-9A-Z-]{0,7})(?:, ?(?:L\d{1,2}|level \d{1,2}|\d{1,2}/F))?)`)

// englishFromPlace is the place a writer says they are from, rent or are at after their name, maybe
// after their shop's name (group 1).
var englishFromPlace = quickre.MustCompile(`(?i)\b(?:this is|i am|i'm|i’m)\s+(?:(?:dr|mr|mrs|ms)\.?\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),?\s+(?:from|renting|of|at|residing at|residing in|living at|living in)\s+(?:[^,.\n]{2,30},\s*)?` +
	`((?:shop|unit|flat|villa|apartment|apt\.?|suite|room|kiosk|stall)\s+(?-i:[0-9A-Z][0-9A-Z\-]{0,7}))\b`)

// withEnglishPlacesAfter is an English address with the floor, the tower and the building's name
// the text gives right after it: "Unit 1802, Tower 1, Central Park Apartments" for "Unit 1802, Tower
// 1" of "We are in Unit 1802, Tower 1, Central Park Apartments.", "Room 2305, 23/F, Tower B, Kerry
// Centre" of "Our office at Room 2305, 23/F, Tower B, Kerry Centre has had no heating"; the address
// as it is when it is no English one or nothing follows it so.
func withEnglishPlacesAfter(address, text string) string {
	if address == "" || !isASCII(address) || !englishFlat.MatchString(strings.Split(address, ", ")[0]) {
		return address
	}
	i := strings.Index(text, address)
	if i < 0 {
		return address
	}
	rest := text[i:]
	if j := strings.IndexAny(rest, "\n()"); j >= 0 {
		rest = rest[:j]
	}
	if j := strings.Index(rest, ". "); j >= 0 {
		rest = rest[:j]
	}
	parts := strings.Split(strings.TrimRight(rest, ". "), ", ")
	n := 0
	for n < len(parts) && (englishFlat.MatchString(parts[n]) || englishFloor.MatchString(parts[n]) || englishEstate.MatchString(parts[n])) {
		n++
	}
	whole := strings.Join(parts[:n], ", ")
	if n < len(parts) {
		// "Kerry Centre has had no heating": the building's name, then the sentence goes on, maybe
		// after its tower ("Jing An Kerry Centre Tower 2. On 4 March…"); "Level 14 in your business
		// centre": the floor, then the sentence.
		w := strings.Fields(parts[n])
		if len(w) >= 2 && englishFloor.MatchString(w[0]+" "+w[1]) {
			whole += ", " + w[0] + " " + w[1]
		} else {
			for k := min(len(w), 5); k >= 1; k-- {
				if name := strings.Join(w[:k], " "); englishEstate.MatchString(name) {
					if k+1 < len(w) && towerOfEstate.MatchString(w[k]+" "+w[k+1]) {
						name += " " + w[k] + " " + w[k+1]
					}
					whole += ", " + name
					break
				}
			}
			if whole == strings.Join(parts[:n], ", ") && n == len(parts)-1 && estateNamed.MatchString(parts[n]) && !cityNamed.MatchString(parts[n]) {
				whole += ", " + parts[n] // "Flat 8A, Block 2, Taikoo Shing.": an estate known by its name alone
			}
		}
	}
	if len(whole) > len(address) && strings.HasPrefix(whole, address) {
		return whole
	}
	return address
}

// estateNamed is an estate's or a building's name of capitalised words alone, ending a sentence
// after a flat and its block: "Taikoo Shing", "Kornhill"; cityNamed a city or a district said there
// instead.
var (
	estateNamed = quickre.MustCompile(`^[A-Z][a-z]+(?:['’][a-z]+)?(?: [A-Z][a-z]+(?:['’][a-z]+)?){0,2}$`)
	cityNamed   = quickre.MustCompile(`^(?:Hong Kong|Kowloon|New Territories|Macau|Macao|Taipei|Shanghai|Beijing|Shenzhen|Guangzhou|Hangzhou|Nanjing|Suzhou|Chengdu|Wuhan|Tianjin|Xiamen|Qingdao|Dalian|China|PRC|Taiwan|Singapore|` +
		`Pudong|Puxi|Chaoyang|Haidian|Futian|Nanshan|Luohu|Tianhe|Central|Wan Chai|Causeway Bay|Mong Kok|Tsim Sha Tsui)$`)
)

// towerOfEstate is a tower or a block of an estate or a building after its name: "Tower 2".
var towerOfEstate = quickre.MustCompile(`^(?:Tower|Block|Building) [0-9A-Z]{1,3}$`)

// englishWeAre is a unit an English writer says they or their company are, are in, rent or have
// staff in, after their company's name or their role in it, in group 2: "We are Dolce Vita
// Bakery, Shop L2-08.", "we are Unit 08-02, Level 8, right next to…", "We're in Private Office
// 4-06", "I'm the office manager for BrightPath, Suite 1503, Tower B.", "Our company rents Unit 08,
// 15/F", "Our company Hanseong Electronics rents Unit 5, Building C", "Our team (Loom Labs, 6
// people) is in Private Office 512", "for our office, Office 1210, Tower 1.", "My apartment is
// 5-2-801.", "We have 40 staff in Suite 2801-02, 28/F", "im in 2908 tower A", "I'm on a dedicated
// desk (Desk 3-17)", "on behalf of our team at Unit 1503, 15/F", "My company's office is in Room
// 805, Tower B", "I'm Tan Wei Ming, staying at Apt 1503, Block 2", "Our company, Kim & Partners
// Consulting, rents Suite 2105", "We are a trading firm in Unit 3302", "I have been staying in
// Apartment 2703 since September", "I am living in your serviced apartment 2607", "my home is
// Building 6, Room 1703". Group 1 is what
// they say before it.
var englishWeAre = quickre.MustCompile(`(?i)(?:\b(?:we are|we're|we’re|i am|i'm|i’m|im)\s+(?:in\s+|at\s+)?([^.\n,()]{1,50},\s*(?:(?:staying|living) (?:at|in)\s+)?)?|` +
	`\bour (?:company|team|firm|office)(?-i: [A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})?(?: \([^()\n]{1,40}\))? (?:rents|occupies|leases|is in|is at|is)\s+|\bwe have [^.\n,]{1,30}? in\s+|` +
	`\b(?:for|of) our (?:office|flat|apartment|shop|unit),\s*|\bmy (?:apartment|flat|unit|office|shop|home) is\s+|` +
	`\b(?:of|for) our (?:team|company|firm|office) (?:at|in)\s+|\bmy company(?:'s|’s) office is (?:in|at)\s+|\b(?:i am|i'm|i’m) on a [a-z ]{0,20}\(\s*|` +
	`\bour (?:company|team|firm), [^,.\n()]{2,40}, (?:rents|occupies|leases|is in|is at)\s+|\bwe are an? [^.\n,()]{1,40}? (?:in|at)\s+|` +
	`\bi(?:'ve| have) been (?:staying|living) (?:in|at)\s+|\bi(?:'m| am) (?:staying|living) (?:in|at) (?:your |the )?(?:serviced |service )?)` +
	`((?:private office|office|suite|unit|shop|desk|room|rm|flat|apartment|apt)\s+(?-i:[0-9A-Z][0-9A-Z-]{0,8})` +
	`(?:,\s*(?:(?:tower|block|building)\s+(?-i:[0-9A-Z]{1,3})|level\s+\d{1,3}|\d{1,3}/F))*|\d{1,2}-\d{1,2}-\d{3,4}|[1-9]\d{0,2}-\d{3,4}|\d{3,4} tower [A-Z0-9]|` +
	`(?:building|block|tower)\s+(?-i:[0-9A-Z]{1,3}),\s*(?:room|rm|flat|unit|apartment|apt)\s+(?-i:[0-9A-Z][0-9A-Z-]{0,8}))(?:[\s,.;)]|$)`)

// englishElsewhere are the words of a place that is not the writer's: said of it before it ("the
// leak from", "next to") or after it ("upstairs", "below us").
var englishElsewhere = quickre.MustCompile(`(?i)\b(?:from|about|next|opposite|above|below|beside|near|behind|upstairs|downstairs|neighbou?rs?)\b`)

// flatInEnglishSaid is a flat written in English in a Chinese or Cantonese sentence saying it is the
// writer's, with the estate's name after it: "Flat 12B, Tower 3" of "我係 Flat 12B, Tower 3 嘅租客
// Karen Lau", "Flat 12B, Tower 3, 海怡半島" of "我係 Flat 12B, Tower 3, 海怡半島 嘅住戶", "16楼 Room 1611" of
// "我是WeSpace 16楼 Room 1611 的 Lisa Wang"; "" when none is said so.
func flatInEnglishSaid(text string) string {
	if m := englishFlatSaid.FindStringSubmatch(text); m != nil {
		return cmp.Or(m[1], m[2])
	}
	return ""
}

var englishFlatSaid = quickre.MustCompile(EitherScript(`我(?:係|系|是|住|住在)\s*((?i:flat|apt|apartment|unit|room|suite)\s+[0-9A-Z]{1,5}(?:,\s*(?:\d{1,2}/F|(?i:block|tower|building)\s+[0-9A-Z]{1,3}))*(?:,\s*(?:\p{Han}{2,8}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}))?)\s*(?:嘅|的)?\s*(?:租客|住户|业主|租户|住客)|` +
	// "我是WeSpace 16楼 Room 1611 的 Lisa Wang": a shared office's floor and room after its name.
	`我(?:是|係)\s*[A-Za-z][A-Za-z&.' ]{1,20}?\s*(\d{1,2}[楼层F]\s*(?i:room|unit|suite|office)\s+[0-9A-Z][0-9A-Z-]{1,5})\s*(?:嘅|的)`))

// englishWeAreUnit is the unit englishWeAre finds first that is not said to be someone else's;
// "" when there is none.
func englishWeAreUnit(text string) string {
	for _, m := range englishWeAre.FindAllStringSubmatchIndex(text, 4) {
		// "staying at" right before the unit is where the writer lives: "I'm Tan Wei Ming, staying at
		// Apt 1503, Block 2, Somerset Riverside Serviced Apartments".
		said := stayingAt.ReplaceAllString(text[m[0]:m[4]], "") + text[m[4]:m[5]]
		if m[2] >= 0 && englishElsewhere.MatchString(text[m[2]:m[3]]) || lodged(said) {
			continue // "I'm writing about the noise from, Unit 1502"; "I am staying at the Hilton, room 1508"
		}
		after := text[m[5]:min(len(text), m[5]+30)]
		if i := strings.IndexAny(after, ".;!?"); i >= 0 {
			after = after[:i] // "…Room 1703. From upstair (1803) water…": the next sentence is no word of it
		}
		if englishElsewhere.MatchString(after) && !strings.HasPrefix(strings.TrimLeft(after, ", "), "right next") {
			continue // "Unit 1502, upstairs from us"; not "…, right next to the washrooms"
		}
		return text[m[4]:m[5]]
	}
	return ""
}

// stayingAt ends the words before a unit with the writer's staying or living at it.
var stayingAt = quickre.MustCompile(`(?i)(?:staying|living) (?:at|in)\s+$`)

// englishWholeFloor is the floor a company says it occupies whole: "12F" of "We occupy the whole
// of 12F".
var englishWholeFloor = quickre.MustCompile(`(?i)\bwe occupy (?:the )?(?:whole|entire)(?: of)?(?: the)? (\d{1,2}(?:/?F|st floor|nd floor|rd floor|th floor))\b`)

// englishWeLease is the workshop, warehouse or unit of a park a company says it leases, or the flat
// a tenant rented: "Workshop 3 in Building C" of "We lease Workshop 3 in Building C", "I rented
// Apartment 1604 in Block C", "office 1506" of "I rent private office 1506 on 15F".
var englishWeLease = quickre.MustCompile(`(?i)\b(?:we|i) (?:lease|leased|rent|rented|occupy) (?:the |a )?(?:private |serviced )?((?:workshop|warehouse|plant|unit|apartment|apt|flat|office|suite) (?-i:[0-9A-Z]{1,4})(?:,? (?:in |of )?(?:building|block|tower) (?-i:[0-9A-Z]{1,3}))?)\b`)

// englishLiveInDashed is a flat an English writer lives in by its building's and its own number:
// "2-1504" of "I live in apartment 2-1504".
var englishLiveInDashed = quickre.MustCompile(`(?i)\b(?:I|we) live in (?:apartment|apt\.?|flat|unit|room) (\d{1,3}-\d{1,2}-\d{3,4}|\d{1,3}-\d{3,4})\b`)

// englishTenantOf is what an English sentence says the writer lives in as its tenant or owner, in
// the estate's own words: "湖畔花园 15幢 2单元 1101" of "I am tenant of 湖畔花园 15幢 2单元 1101,", "8栋
// 2单元 1701" of "I live in 8栋 2单元 1701 (renting…)".
var englishTenantOf = quickre.MustCompile(`(?i)\bI(?:'m| am) (?:a |an |the )?(?:tenant|owner|resident)s? (?:of|at|in) ([^,.;(\n]{3,60})|\b(?:I|we) live (?:in|at) ([^,.;(\n]{3,60}(?:, (?:block|tower|building) [0-9A-Z]{1,3}\b)?(?:, (?:room|flat|unit|apartment|apt) (?-i:[0-9A-Z][0-9A-Z-]{0,6})\b)?)|` +
	`\bI(?:'m| am) [A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:the )?(?:owner|tenant|resident) of ([^,.;\n]{3,60}?)(?: in [A-Z][^,.;\n]*)?(?:[,.;\n]|$)|` +
	`\bI(?:'m| am) (?:Mr|Mrs|Ms|Miss)\.? [A-Z][a-z]+ (?:of|from|in) ([^.;()\n]{3,60}?)(?:\.|;|\(|\n|$)`)

// containsAny tells whether s holds one of words.
func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if contains(s, w) {
			return true
		}
	}
	return false
}

// contains is strings.Contains, quicker for a Chinese word in a Chinese text: it looks for the
// word's last byte, one of 64 that end a Chinese character, rather than its first, one of the
// few that begin nearly all of them and so stop the search at nearly every character; and not
// at all in a long text none of whose characters is the word's first.
func contains(s, w string) bool {
	n := len(w)
	if n < 2 || w[n-1] < utf8.RuneSelf {
		return strings.Contains(s, w)
	}
	if r, _ := utf8.DecodeRuneInString(w); r != utf8.RuneError && len(s) >= quickre.LongText && !quickre.RunesOf(s).May(r) {
		return false // (a word beginning with a broken character may be part of a whole one)
	}
	last := w[n-1]
	for i := n - 1; i < len(s); i++ {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return false
		}
		i += j
		if s[i+1-n:i+1] == w {
			return true
		}
	}
	return false
}

// englishFoot is the English name of two or three words a text ends with: "Thomas Becker"; ""
// when it ends otherwise.
func englishFoot(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	l := strings.Trim(lines[len(lines)-1], " \t-–—") // "- Ahmed Khan"
	if f := strings.Fields(l); len(f) >= 2 && len(f) <= 3 && englishName.MatchString(l) && !quickre.ContainsAny(l, "0123456789") {
		return l
	}
	return ""
}

// roomOnFloor tells an address that gives a room on the floor a sentence says the writer is on:
// "深圳市福田区国贸大厦B座1703室" of the signature for "我司…租用贵大厦B座17层".
func roomOnFloor(floor, address string) bool {
	m := towerFloor.FindStringSubmatch(floor)
	if m == nil {
		return false
	}
	i := strings.Index(address, m[1])
	return i >= 0 && roomNumber.MatchString(address[i+len(m[1]):])
}

// towerFloor is a floor alone, maybe of a tower (the tower and the floor's number in group 1);
// roomNumber the two digits of a room on it that follow its number.
var (
	towerFloor = quickre.MustCompile(EitherScript(`^((?:[A-Z]座)?\d{1,2})(?:层|楼|F)$`))
	roomNumber = quickre.MustCompile(`^\d{2}(?:室|号|$)`)
)

// englishNumberFoot is the English name of two or three words and the number beside it that a
// text ends with: "Ahmed Khan" and "156 0187 4420" of "- Ahmed Khan (156 0187 4420)"; "" and ""
// when it ends otherwise.
func englishNumberFoot(text string) (name, phone string) {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	m := englishNameNumber.FindStringSubmatch(strings.Trim(lines[len(lines)-1], " \t-–—"))
	if m == nil || !isPhone(phoneIn(m[2])) {
		return "", ""
	}
	return m[1], phoneIn(m[2])
}

// selfMarked is a number on a line whose label of the writer's marks it as their own, with
// "（本人）": "租客（本人）：林小雨，181-5717-0932" below "房东：王建平，138…".
var selfMarked = quickre.MustCompile(`(?m)^[ \t]*\p{Han}{0,4}[（(]本人[）)][:：][ \t]*(?:\p{Han}{2,4}[，,、 \t]+)?(?:(?:电话|手机|電話|手機)[:：]?)?[ \t]*(\+?\d[\d \-]{6,18}\d)`)

// markedLine is the number the first line of text that marks one as the one to call gives
// (markedNumber); "" when no line does.
func markedLine(text string) string {
	for i, l := range strings.Split(text, "\n") {
		if i >= Lines {
			break
		}
		if p := markedNumber(l); p != "" {
			return p
		}
	}
	return ""
}

var englishNameNumber = quickre.MustCompile(`^([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})[ \t]*(?:[,(（]|[,(（]?[ \t]*(?:tel|mob|mobile|phone|m|t)\.?:?)?[ \t]*(\+?\d[\d \-]{6,18}\d)[ \t]*[)）]?\.?$`)

// englishOwnStore is the shop a franchisee or a shop's keeper writing in English says is theirs,
// its address after its name.
var englishOwnStore = quickre.MustCompile(`(?i)\b(?:franchisee|owner|manager|keeper) of [^,.()\n]{2,40}(?:\([^()\n]{1,30}\))?,\s*` +
	`((?:shop|unit|store|kiosk)\s+[0-9A-Z][0-9A-Z-]{0,6},\s*[^.\n]{4,80}?)\.(?:\s|$)`)

// englishOurFlat is the writer's home or office said in an English sentence: "in our flat, Tower 1,
// 31/F, Flat A.".
var englishOurFlat = quickre.MustCompile(`(?i)\b(?:in|at|of) (?:our|my) (?:flat|apartment|unit|home|office)\s*[,:]\s*([^.()\n]{5,60}?)(?:\.|\(|\n|$)`)

// englishMyInBrackets is the writer's home or office in brackets after the words for it.
var englishMyInBrackets = quickre.MustCompile(`(?i)\b(?:my|our) (?:apartment|flat|office|suite|unit|home|pantry|kitchen|premises|company)\s*\(((?:apt|flat|unit|room|suite|office)[^()\n]{2,40}|\d{3,4})\)`)

// englishOurOfficeAt is the writer's office or home said after "our office at" in a sentence.
var englishOurOfficeAt = quickre.MustCompile(`(?i)\b(?:(?:our|my) (?:office|flat|apartment|home) (?:at|in|is at|is in|is)|I (?:rent|lease|own) (?:an|a|the) (?:office|flat|apartment) (?:at|in))` +
	`\s+((?:unit|suite|room|rm|office|flat|apartment|apt|block|tower)[^.()\n]{2,60}?)(?:\.(?:\s|$)|\(|\n|$)`)

// withEnglishPlaces is place with the English places after it in its sentence, after a comma,
// as englishPlacesHead reads them: "Shop L1-23, Raffles City" of "…, Raffles City. This morning…";
// place alone when none follow.
func withEnglishPlaces(place, after string) string {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return place
	}
	if end := strings.IndexAny(rest, ".;\n("); end >= 0 {
		rest = strings.TrimSpace(rest[:end]) // "…, Sunshine Plaza (Sweet Bakery)": without the remark
	}
	if head := englishPlacesHead(rest); englishPlaces(head) {
		return place + ", " + head
	}
	return place
}

// englishIRunAt is the stall, the shop or the booth a keeper says they run their business at.
var englishIRunAt = quickre.MustCompile(`(?i)\b(?:i|we) (?:run|own|have|keep|manage|operate) [^.\n]{2,80}? at ((?:stall|shop|booth|kiosk|unit|stand)\s+[0-9A-Z][0-9A-Z-]{0,6}(?:,\s*ground floor)?)\b`)

// englishFromFlat is a writer's flat and block after their name and "from": "its alan from flat
// 18C block 2"; the words and numbers in groups 1 to 4.
var englishFromFlat = quickre.MustCompile(`(?i)\b(?:this is|it'?s|its|i am|i'm|i’m)\s+[a-z]{2,20}(?:\s+[a-z]{2,20})?\s+(?:from|in)\s+(flat|unit|room|apt)\.?\s+([0-9a-z]{1,5})\s*,?\s*(block|tower|building)\s+([0-9a-z]{1,2})\b`)

// titleWord is w with its first letter a capital: "Flat" of "flat".
func titleWord(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
}

// englishOccupants is the unit a firm writing says it occupies, after "occupants of", in brackets
// after what it is, or after "on behalf of our team in".
var englishOccupants = quickre.MustCompile(`(?i)\b(?:occupants?|tenants?|landlord|owner) of ((?:unit|suite|room|flat|office)\s+(?-i:[0-9A-Z]{2,6})(?:,\s*(?:block|tower|building)\s+(?-i:[0-9A-Z]{1,3}))?)\b|` +
	`\bon behalf of [^()\n]{2,40}\(((?:unit|suite|room|office)\s+(?-i:[0-9A-Z]{2,6})(?:,\s*(?:tower|block)\s+(?-i:[0-9A-Z]{1,2}))?)\)|` +
	// "I am writing on behalf of our team in Suite 2105, Tower B".
	`\bon behalf of (?:our|my) (?:team|company|office|firm|colleagues) (?:in|at) ((?:unit|suite|room|office)\s+(?-i:[0-9A-Z]{2,6})(?:,\s*(?:tower|block)\s+(?-i:[0-9A-Z]{1,2}))?)\b|` +
	`\bwe are an? [^().\n]{2,40}\((?:[^()\n]{1,60},\s*)?((?:room|suite|unit|office|rm|shop)\.?\s+(?-i:[0-9A-Z][0-9A-Z-]{1,7}))\)|` +
	// "I am Lee Seo-yeon, manager of Daon Cosmetics Shenzhen office (Unit 0902, 9F)".
	`\b(?:manager|director|head|owner|partner) of [^()\n]{2,60}\(((?:unit|suite|room|office)\s+(?-i:[0-9A-Z]{2,6})(?:,\s*\d{1,2}/?F)?)\)`)

// englishIAmAtRoom is the room of their own office at the venue an organiser says they are at.
var englishIAmAtRoom = quickre.MustCompile(`\bI am (?:based )?at (?:the |our )?(?:[A-Z][a-z]+ )?(?:Office|office),\s*((?:Room|Rm|Suite)\.? [A-Z]?\d{2,4}[A-Z]?)\b`)

// englishOurBooth is the booth, the stand or the stall of an exhibitor's or a keeper's "our booth
// 3B-216 in Hall 3", "our booth (Hall 9, Booth 9D31, …)".
var englishOurBooth = quickre.MustCompile(`(?i)\bour (?:booth|stand|stall|kiosk)\s+(?:no\.?\s*|\((?:hall\s+[0-9A-Z.]{1,4},\s*)?(?:booth|stand)\s+)?(?-i:([0-9A-Z]{1,3}-?[0-9A-Z]{1,5}))\b`)

// englishOurCompany is a tenant's company with its office in brackets after it.
var englishOurCompany = quickre.MustCompile(`(?i)\bour (?:company|office|firm)\s*\([^()]*?\b((?:\d{1,3}/F,\s*)?(?:room|suite|unit|rm)\.?\s*(?:\d{2,5}[A-Z]?|[A-Z]\b)` +
	`(?:,\s*(?:\d{1,3}/F|(?:tower|block|building)\s+[A-Z0-9]{1,3}))*)(?:,[^()]*)?\)`)

// englishWorkAt is the office of the company an English writer works at or is with, after its name:
// "Unit 2806, Tower A" of "I work at Northbridge Consulting, Unit 2806, Tower A", "Suite 1503, 15F,
// Tower 2" of "I'm with BrightWave (Suite 1503, 15F, Tower 2)".
var englishWorkAt = quickre.MustCompile(`(?i)\b(?:i work at|i work for|i'm with|i am with)\s+[^.,()\n]{2,40}(?:,|\s\()\s*` +
	`((?:unit|suite|room|rm|office)\s+\d{2,5}[A-Z]?(?:,\s*\d{1,2}/?F)?(?:,\s*(?:tower|block|building)\s+[A-Z0-9]{1,3}\b)?)`)

// englishOurOffice is the office the writer's company has, or a room of it, in English.
var englishOurOffice = quickre.MustCompile(`(?i)\bour (?:office|unit|suite|premises|pantry|kitchen|reception|meeting room)(?: is| in|:)\s*(?:at |in |on )?` +
	`((?:unit|suite|room|rm|office)\s+\d{2,5}[A-Z]?(?:,\s*\d{1,2}/?F\b)?(?:,\s*(?:tower|block|building)\s+[A-Z0-9]{1,3}\b)?)|` +
	// "the temperature in our office on 17/F (Units 1705-1706)".
	`(?i)\bour (?:office|premises) on (\d{1,2}/F\s*\((?:units?|rooms?)\s+\d{3,4}(?:\s*-\s*\d{2,4})?\))`)

// thisEntrance is the writer's flat said by its number in the building or entrance the mail is
// about: "我是这个单元2003的", "我家在这栋1502".
var thisEntrance = quickre.MustCompile(EitherScript(`我(?:是|住|家在|家是|家住)(?:在)?(?:这个|这|本|同)(?:单元|栋|幢|楼)(?:的)?(\d{3,4})(?:室|号)?(?:[^\d\-]|$)`))

// withoutStreet is an office's address without its city and street where a tower's name and the
// office in it follow them: "嘉和国际大厦15层1502室" of "北京市朝阳区东三环中路39号 嘉和国际大厦15层1502室",
// as the office's register has it; any other address as it is (a shop's "长沙市天心区黄兴南路88号").
func withoutStreet(address string) string {
	loc := streetAddress.FindStringIndex(address)
	if loc == nil {
		loc = cityDistrict.FindStringIndex(address) // "深圳市南山区科技园星河国际商务中心B座1208室"
	}
	if loc == nil {
		return address
	}
	rest := strings.TrimSpace(address[loc[1]:])
	if tower.MatchString(rest) {
		return rest
	}
	return address
}

// streetOf is the street or the city and district an address gives, "" when it gives none.
func streetOf(address string) string {
	return cmp.Or(streetAddress.FindString(address), cityDistrict.FindString(address))
}

// cityDistrict is a city, its district and a park in it before a building's name:
// "深圳市南山区科技园" of "深圳市南山区科技园星河国际商务中心B座1208室".
var cityDistrict = quickre.MustCompile(EitherScript(`^(?:\p{Han}{2,4}省)?\p{Han}{2,4}市\p{Han}{1,4}[区县](?:\p{Han}{0,6}?(?:科技园|工业园区|工业园|开发区|新区|园区))?`))

// postalAddress is a company's address by its province or city and a number: "浙江省台州市路桥区金清镇工业
// 园区8号".
var postalAddress = quickre.MustCompile(EitherScript(`^\p{Han}{2,4}[省市]\p{Han}[^，。\n]{2,40}\d+号`))

// tower is a tower's or a centre's name and an office in it: "恒泉国际中心B座2106室", "华贸中心B座1208室",
// "嘉和国际大厦15层1502室", its rooms "汇金国际中心B座1806-1808室".
var tower = quickre.MustCompile(EitherScript(`^\p{Han}{2,12}(?:大厦|中心|大楼|写字楼|商务楼|国际)\s*(?:[A-Z]座\s*(?:\d{1,2}(?:层|楼))?|\d{1,2}(?:层|楼))\s*\d{3,4}(?:-\d{3,4})?室?$`))

// hallBooth is a fair's hall and a booth in it: "5号馆5E12", "5.2館C18".
var hallBooth = quickre.MustCompile(EitherScript(`馆\s*[A-Z0-9][A-Z0-9\-]{1,8}$`))

// floorTwice is a floor before a mall's unit whose code begins with it: "2楼2F-215".
var floorTwice = quickre.MustCompile(EitherScript(`^(\d{1,2})(?:楼|层)\s*(\d{1,2})F-`))

// otherOwnNumber is the writer's other number they ask to be called on: "打我另一个号15268113092".
var otherOwnNumber = quickre.MustCompile(EitherScript(`(?:(?:打|拨|联系|call)我?(?:的)?(?:另一个|另外一个|另一|备用)(?:号码|号|手机|电话)|` +
	// "我手机是 137…，但白天上班开会不方便接，麻烦打我家座机 0571-…".
	`(?:不方便接|接不到|打不通)[^。\n]{0,12}?(?:麻烦|请)?(?:打|拨)我家(?:里)?(?:的)?(?:座机|电话|固话)|` +
	// "这期间维修的事情请联系我老婆，她电话 189…": the one at home while the writer is away.
	`(?:请|麻烦)(?:直接)?联系我(?:老婆|太太|爱人|老公|先生)[，,]\s*(?:她|他)(?:的)?(?:电话|手机)(?:号码|号)?|` +
	// "我的台灣手機是 0933-…，但在大陸比較常用的是 176…，請打大陸的號碼".
	`在(?:大陆|内地|国内)(?:比较)?常用的(?:号码|手机|电话)?)(?:是)?[:：]?\s*([+\d][\d \-]{6,18}\d)`))

// callMeThenMobile is the mobile an English writer gives in the sentence after asking to be
// called: "…call me to discuss a fairer arrangement? Mobile +86 136…".
var callMeThenMobile = quickre.MustCompile(`(?i)\bcall me\b[^.?!\n]{0,60}[.?!]\s*(?:my )?(?:mobile|cell)(?: number)?\s*[:：]?\s*(\+?\d[\d \-]{6,18}\d)`)

// findMeOn is a number put inside the words asking to be reached on it: "有咩事打 135… 搵我".
var findMeOn = quickre.MustCompile(EitherScript(`打\s*(\+?\d[\d \-]{6,16}\d)\s*(?:搵我|找我)`))

// roomInBrackets is an office's room in brackets after its floor: "（2801室）".
var roomInBrackets = quickre.MustCompile(`^\s*[（(](\d{3,4}(?:室|號|号)?)[）)]`)

// neighbourOf is the writer's flat said by the flat they complain of, above, below or beside
// it: "我要投诉9幢1单元1101的住户…我住他们楼下1001" is 9幢1单元1001, in the building and entrance
// of the only flat the text names whole; "" when it says none so.
func neighbourOf(text string) string {
	if !containsAny(text, "楼下", "楼上", "隔壁", "对门", "樓下", "樓上", "對門") {
		return ""
	}
	if m := besideTheirsInBrackets.FindStringSubmatch(text); m != nil && addressPart(m[1]+m[2]) == m[1]+m[2] {
		return m[1] + m[2] // "我家就在他家正楼下（15栋1502）", "我住他们楼上，12幢1单元1101，"
	}
	m := besideTheirs.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	if b := neighbourBuilding(text); b != "" {
		return b + m[1]
	}
	return ""
}

// neighbourBuilding is the building and entrance of the only flat a text names whole, where it
// speaks of the flat above, below or beside: "楼上17幢2单元1601在装修…我家住1501" is in 17幢2单元;
// "" when it names none, or more than one building.
func neighbourBuilding(text string) string {
	if !nearby.MatchString(text) {
		return ""
	}
	building := ""
	for _, f := range wholeFlat.FindAllStringSubmatch(text, perLine) {
		b := strings.Join(strings.Fields(f[1]), "")
		if building != "" && b != building {
			return "" // two buildings: which one is theirs is not said
		}
		building = b
	}
	return building
}

// besideTheirs is the writer's flat's number said as the one under, over or beside another's: "我住
// 他们楼下1001", "我家就在她家隔壁1502室", "我家是楼下903"; wholeFlat a flat with its building and
// entrance: "9幢1单元1101".
var (
	besideTheirs = quickre.MustCompile(EitherScript(`我(?:家)?(?:就)?(?:住|在|是)(?:在)?(?:他们|他家|她家|他|她|其|这家|那家|他们家)?(?:的)?(?:正)?` +
		`(?:楼下|楼上|隔壁|对门)(?:的)?\s*(\d{3,4})(?:室|号)?(?:[^\d\-]|$)`))
	besideTheirsInBrackets = quickre.MustCompile(EitherScript(`我(?:家)?(?:就)?(?:住|在)(?:在)?(?:他们|他家|她家|他|她|其|这家|那家|他们家)(?:的)?(?:正)?` +
		`(?:楼下|楼上|隔壁|对门)(?:[（(]([^（()）\n]{3,20})[）)]|[，,:：]\s*([^，,。；;（(\n]{3,20})(?:[，,。；;]|$))`))
	wholeFlat = quickre.MustCompile(EitherScript(`(\d{1,3}\s*(?:栋|幢|号楼|座)\s*\d{1,2}\s*单元)\s*\d{3,4}`))
)

// wholeFlatOf is the flat with its building and entrance a text names whose room is the one a
// writer gave alone: "16幢2单元401" of "…16幢2单元301的住户…我家在401…我是16幢2单元401的孙丽" for
// "401"; "" when it names none.
func wholeFlatOf(text, room string) string {
	room = strings.TrimRight(room, "室号號")
	for _, m := range wholeFlat.FindAllStringSubmatchIndex(text, perLine) {
		if strings.TrimSpace(text[m[3]:m[1]]) == room {
			return text[m[0]:m[1]]
		}
	}
	return ""
}

// tableField is a quoted header's line laid out as a table's row: "| 发件人 | 彭<peng@163.com> |";
// the quote marks before it in group 1, the key in group 2, its value in group 3.
var tableField = quickre.MustCompile(`^((?:>\s?)*)\|\s*(发件人|發件人|日期|收件人|抄送|主题|主題|From|Date|To|Cc|Subject)\s*\|\s*(.*?)\s*\|?\s*$`)

// quotedSenderName is the name a quoted header gives beside the writer's address: "Jessica
// Wong" of "From: Jessica Wong <jwong@…>"; "" when none does.
func quotedSenderName(text, email string) string {
	at := "<" + email + ">"
	for off := 0; ; {
		i := strings.Index(text[off:], at)
		if i < 0 {
			return ""
		}
		i += off
		before := text[:i]
		if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
			before = before[nl+1:]
		}
		if c := strings.LastIndexAny(before, ":：;；,，"); c >= 0 {
			before = before[c+1:]
		}
		if name := strings.Trim(strings.TrimSpace(before), `"'`); name != "" {
			return name
		}
		off = i + len(at)
	}
}

// chatContact is the number and the place the writer's own lines of a chat pasted into their mail
// give: a line that is a number alone, and the stall, shop or flat their name in the chat begins
// with ("蔬菜区C12 王桂芳"); "" when the mail pastes no chat, or the writer says neither in it.
func chatContact(text, writer string) (phone, address string) {
	if !chineseName(writer) || !contains(text, "[") && !contains(text, "【") {
		return "", ""
	}
	for l := range strings.SplitSeq(text, "\n") {
		m := chatLine.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil || !strings.HasSuffix(strings.TrimSpace(m[1]), writer) {
			continue
		}
		if said := strings.TrimSpace(m[2]); phone == "" && phoneIn(said) == said && isPhone(said) {
			phone = said
		}
		if place := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m[1]), writer)); address == "" && place != "" &&
			(addressLine(place) && addressPart(place) == place || chatUnit.MatchString(place)) {
			address = place
		}
	}
	return phone, address
}

// chatLine is a line of a chat as WeChat copies it: "[11月18日 21:05] 蔬菜区C12 王桂芳: …", who
// said it and what; chatUnit a market's stall or a mall's unit before a name in it: "蔬菜区C12".
var (
	chatLine = quickre.MustCompile(`^[\[【][^\]】]{3,24}[\]】]\s*([^:：\n]{2,24}?)\s*[:：]\s*(.*)$`)
	chatUnit = quickre.MustCompile(EitherScript(`^\p{Han}{0,6}?[A-Z]{1,2}-?\d{1,4}(?:号)?(?:摊位|摊|档口|铺)?$`))
)

// gluedContact is the writer's label, name and mobile number stuck together at the end of a
// text typed without stops: "联系人高洁13802983316".
var gluedContact = quickre.MustCompile(EitherScript(`(?:联系人|联系)[:：]?\s*(\p{Han}{2,3}?)\s*((?:\+?86)?1[3-9]\d{9})[。.！!]?$`))

// gluedNumberName is the writer's label, mobile number and name stuck together at the end of a
// text typed without stops: "…今天晚上必须给我挪走电话15800001111赵杰".
var gluedNumberName = quickre.MustCompile(EitherScript(`(?:联系电话|电话|手机号|手机)[:：]?\s*((?:\+?86)?1[3-9]\d{9})(\p{Han}{2,3})[。.！!]*$`))

// numberNameAtEnd is the name and the number of gluedNumberName, "" when the text ends otherwise
// or the words before the label are about someone else ("他家电话139…王先生").
func numberNameAtEnd(text string) (name, phone string) {
	// What it looks for is the last 30 characters at most: its words before, 6 more.
	text = lastRunes(strings.TrimSpace(text), 36)
	loc := gluedNumberName.FindStringSubmatchIndex(text)
	if loc == nil || !chineseName(text[loc[4]:loc[5]]) && !titled(text[loc[4]:loc[5]]) || aboutSomeone.MatchString(lastRunes(text[:loc[0]], 6)) {
		return "", ""
	}
	return text[loc[4]:loc[5]], text[loc[2]:loc[3]]
}

// numberThenMe is a mobile number a run-on gives right before the writer says who they are:
// "…晚上七八点最严重 13699998888 我是22-1-1203的".
var numberThenMe = quickre.MustCompile(EitherScript(`(?:^|[ \t])((?:\+?86)?1[3-9]\d{9})[ \t]+我(?:是|住|家)`))

// nameLabelNumber is a name and a mobile number after it, its label between: "杜春梅电话13868017722".
var nameLabelNumber = quickre.MustCompile(EitherScript(`(\p{Han}{2,4})(?:的)?(?:电话|手机|手机号)[:：]?\s*(` + mobileDigits + `)`))

// saidDead tells a number the words right after it in text say is dead or unanswered: "我的手机
// （139 5713 0820）最近老是接不到电话".
func saidDead(text, p string) bool {
	i := strings.Index(text, p)
	return i >= 0 && deadNumber.MatchString(clause(strings.TrimLeft(text[i+len(p):], "）) ")))
}

// sameRoom tells two addresses that end with the same room: "香港灣仔港灣道28號環球商業中心2405室" in a
// signature and "24樓2405室" in a sentence.
func sameRoom(a, b string) bool {
	ra, rb := flatEnd.FindString(a), flatEnd.FindString(b)
	return ra != "" && strings.TrimRight(ra, "室号號") == strings.TrimRight(rb, "室号號") && (streetAddress.MatchString(a) || postalAddress.MatchString(a))
}

// sameFloorUnit tells two addresses that end with the same unit on a floor as Taiwan numbers them:
// "台北市大安區敦化南路二段76號12樓之5" in a signature and "敦南商務中心12樓之5" in a sentence.
func sameFloorUnit(a, b string) bool {
	ua, ub := floorUnit.FindString(strings.Join(strings.Fields(a), "")), floorUnit.FindString(strings.Join(strings.Fields(b), ""))
	return ua != "" && ua == ub
}

// streetAddress is an address by its city's street and number: "上海市徐汇区宜山路700号C1幢11楼",
// "海源道63號", "敦化南路二段76號".
var streetAddress = quickre.MustCompile(EitherScript(`\p{Han}(?:路|街|大道|道)(?:[一二三四五六七八九十]段)?\s*\d+\s*号`))

// officeOrUnit is an office in a tower ("A座1602", "C座808室", "12楼1203") or a unit in a mall
// ("L2-08号铺").
var officeOrUnit = quickre.MustCompile(EitherScript(`^(?:[A-Z]座|\d{1,2}(?:楼|层|F))?\s*\d{1,2}(?:楼|层|F)?\s*-?\d{2,4}室?$|^[A-Z]座\S+$|` + unitCode + `(?:号铺|号|铺|号商铺)?$`))

// ownEarlierMail is the writer's own earlier mails a reply quotes, the last quoted first: the lines
// quoted deeper than the header of the message sent to them ("收件人: chen@…", "To: chen@…") that
// the reply answers or, where a thread quotes without marks (QQ Mail's "原始邮件", Outlook's header
// blocks), the messages below a header naming them as the sender ("发件人: "老陈"<chen@…>;"); and
// the name the message sent to them greets them by ("郑国强先生：" 郑国强, "尊敬的钱女士：" 钱女士
// ), with the flat it puts in brackets after their name ("尊敬的何先生（32幢1单元1204）：" 32幢1单
// 元1204). A header block names the writer by their address, or by their name alone as Foxmail
// writes it ("From: 曾志明"). None when the text quotes no message of theirs, "" when it greets
// them by none.
func ownEarlierMail(text, email, name string) (own []string, addressee, greetedAt string) {
	name = strings.TrimSpace(name)
	if email == "" || !contains(strings.ToLower(text), strings.ToLower(email)) &&
		(name == "" || !contains(text, ": "+name) && !contains(text, "："+name) && !contains(text, ":"+name)) &&
		!containsAny(text, "写道", "寫道", "wrote") {
		return nil, "", ""
	}
	email = strings.ToLower(email)
	lines := strings.Split(text, "\n")
	if contains(text, "| ") {
		for i, l := range lines {
			if m := tableField.FindStringSubmatch(l); m != nil {
				lines[i] = m[1] + m[2] + ": " + m[3] // "| 发件人 | 彭<peng@…> |" as NetEase Mail Master lays its header out
			}
		}
	}
	for i, l := range lines {
		d, rest := quoteDepth(l)
		if !sentTo.MatchString(rest) || !contains(strings.ToLower(rest), email) {
			continue
		}
		var earlier []string
		greeted := false
		for _, q := range lines[i+1:] {
			qd, qrest := quoteDepth(q)
			if qd > d {
				earlier = append(earlier, qrest)
				continue
			} else if len(earlier) > 0 {
				break
			}
			if !greeted && qrest != "" && (colon(qrest) < 0 || greetedBy.MatchString(qrest) || greetedOwner.MatchString(qrest)) {
				// The first line of the message after its header: the greeting.
				greeted = true
				if m := greetedBy.FindStringSubmatch(qrest); m != nil {
					addressee, greetedAt = formName(m[1]), m[2] // "郑国强先生": his whole name; "钱女士" as it is
				} else if m := greetedOwner.FindStringSubmatch(qrest); m != nil {
					greetedAt = m[1] // "尊敬的 16-1-0601 业主：" in the office's notice
				}
			}
		}
		if s := strings.TrimSpace(strings.Join(earlier, "\n")); s != "" {
			return []string{s}, addressee, greetedAt
		}
		break
	}
	// Header blocks naming the writer as the sender, and what follows each down to the next
	// quoted message.
	greeted := ""
	for i := 0; i < len(lines); i++ {
		d, rest := quoteDepth(lines[i])
		if wroteBy.MatchString(rest) && !contains(strings.ToLower(rest), email) && greeted == "" {
			// "在 …，锦绣物业客服 <kefu@…> 写道：" above "> 钱先生您好：": how the office greets them,
			// when it answers a mail of theirs quoted below.
			for _, q := range lines[i+1:] {
				if qd, qrest := quoteDepth(q); qd > d && qrest != "" {
					if m := greetedBy.FindStringSubmatch(qrest); m != nil {
						greeted = formName(m[1])
					}
					break
				}
			}
			continue
		}
		if wroteBy.MatchString(rest) && contains(strings.ToLower(rest), email) {
			// "在 2026年11月19日周四 17:48，Xu Chen <xu@…> 写道：" above their words quoted deeper,
			// or quoted as deep as it is, as Apple Mail quotes a message in a quoted one (">> 在
			// …，Cindy <cindy@…> 写道：" above ">> 你好，我是5栋B座3302的业主刘慧…").
			depth := d + 1
			for j := i + 1; j < len(lines); j++ {
				if qd, qrest := quoteDepth(lines[j]); qrest != "" {
					if qd == d && d > 0 {
						depth = d
					}
					break
				}
			}
			var block []string
			for i++; i < len(lines); i++ {
				qd, qrest := quoteDepth(lines[i])
				if qrest != "" && (qd < depth || qd == d && (wroteBy.MatchString(qrest) || sentBy.MatchString(qrest))) {
					break
				}
				block = append(block, qrest)
			}
			i--
			if s := strings.TrimSpace(strings.Join(block, "\n")); s != "" {
				own = append([]string{s}, own...)
			}
			continue
		}
		if !sentBy.MatchString(rest) {
			continue
		}
		if _, from, _ := strings.Cut(strings.Replace(rest, "：", ":", 1), ":"); !contains(strings.ToLower(rest), email) &&
			(name == "" || strings.Trim(strings.TrimSpace(from), `"'`) != name) {
			continue
		}
		for i++; i < len(lines); i++ {
			if qd, qrest := quoteDepth(lines[i]); qd != d || !headerField.MatchString(qrest) {
				break
			}
		}
		var block []string
		for ; i < len(lines); i++ {
			qd, qrest := quoteDepth(lines[i])
			if qd < d || qd == d && (sentBy.MatchString(qrest) || quoteStart.MatchString(qrest)) {
				break
			}
			block = append(block, qrest)
		}
		i--
		if s := strings.TrimSpace(strings.Join(block, "\n")); s != "" {
			own = append([]string{s}, own...)
		}
	}
	if addressee == "" {
		// "尊敬的吴先生：" in the office's answer the writer replies above, whether or not it
		// quotes their first mail.
		addressee = greeted
	}
	return own, addressee, greetedAt
}

// answeredQuote is the writer's first mail a reply quotes without headers: the thread's deepest
// quote, when the quote right above it greets the writer as the office answers them ("> 韦先生您
// 好，…" above ">> …" above ">>> 你好 我是南湖名都15栋3单元201的韦国强…"); "" when there is none.
func answeredQuote(text string) string {
	if !contains(text, ">>") {
		return ""
	}
	lines := strings.Split(text, "\n")
	deepest := 0
	for _, l := range lines {
		d, _ := quoteDepth(l)
		deepest = max(deepest, d)
	}
	if deepest < 2 {
		return ""
	}
	var block []string
	answered := false
	for _, l := range lines {
		switch d, rest := quoteDepth(l); {
		case d == deepest-1 && greetedBy.MatchString(rest):
			answered = true
		case d == deepest:
			block = append(block, rest)
		}
	}
	s := strings.TrimSpace(strings.Join(block, "\n"))
	if !answered || s == "" || greetedBy.MatchString(s) || wroteBy.MatchString(s) || sentBy.MatchString(s) {
		return "" // the office's words, or a message with its header: not a mail of the writer's
	}
	return s
}

// sentBy is a quoted message's header line naming who sent it; headerField any line of that
// header block; quoteStart the line above a quoted message ("------------------ 原始邮件
// ------------------", "-----Original Message-----", "… 写道：").
var (
	sentBy      = quickre.MustCompile(`^(?i:发件人|發件人|寄件者|寄件人|from)\s*[:：]`)
	headerField = quickre.MustCompile(`^(?i:发件人|發件人|寄件者|寄件人|from|发送时间|發送時間|寄件日期|时间|時間|日期|date|sent|` +
		`收件人|收件者|to|抄送|副本|cc|主题|主旨|主題|subject)\s*[:：]`)
	wroteBy    = quickre.MustCompile(`(?i)(?:写道|寫道|wrote)\s*[:：]$`)
	quoteStart = quickre.MustCompile(`(?i)^-{2,}\s*(?:原始邮件|原始郵件|原始信息|原始訊息|邮件原件|郵件原件|原邮件|原郵件|original(?: message)?|` +
		`forwarded message|转发邮件(?:信息)?)\s*-{2,}$|(?:写道|寫道|wrote)\s*[:：]$`)
)

// initials is a sender's name of a few capitals alone: "JP", "Mr.K" is not.
var initials = quickre.MustCompile(`^(?:[A-Z]\.?){1,3}$`)

// greetedBy is a letter's first line greeting its reader by their name and title: "郑国强先生：",
// "尊敬的钱女士：", "尊敬的何先生（32幢1单元1204）：" with their flat in group 2.
var greetedBy = quickre.MustCompile(EitherScript(`^(?:尊敬的|亲爱的)?(\p{Han}{1,3}?(?:先生|女士|小姐))(?:[（(]([^（()）\n]{3,24})[）)])?(?:您好)?\s*[：:，,！!]`))

// greetedOwner is an office's greeting of an owner by their flat: "尊敬的 16-1-0601 业主：".
var greetedOwner = quickre.MustCompile(EitherScript(`^(?:尊敬的|亲爱的)\s*([0-9A-Za-z\p{Han}\-]{3,20}?)\s*(?:业主|住户|租户)(?:您好)?\s*[：:，,]`))

// sentTo is a quoted message's header line naming whom it was sent to.
var sentTo = quickre.MustCompile(`^(?i:收件人|收件者|to)\s*[:：]`)

// quoteDepth is how deep a line is quoted ("> > 我家是…" is 2), and the line without its marks.
func quoteDepth(l string) (int, string) {
	d := 0
	for {
		t := strings.TrimLeft(l, " \t")
		if !strings.HasPrefix(t, ">") {
			return d, strings.TrimSpace(t)
		}
		l, d = t[1:], d+1
	}
}

// notThisOne is the writer's number before their warning against calling someone else's:
// "电话 185 1234 0000 别打我房东".
var notThisOne = quickre.MustCompile(EitherScript(`(?:电话|手机)\s*[:：]?\s*(1[3-9]\d(?:[ -]?\d{4}){2})\s*[，,]?\s*(?:别打|不要打|不用打|别找|不要找)`))

// runOnFlat is the flat a writer typing without stops says is theirs, and the name after it: "我是
// 5号楼801的王建国地下车库…".
var runOnFlat = quickre.MustCompile(`我是([^，,。；;！!？?\s的]{2,20}?\d[室号]?)的(\p{Han}{2,3})`)

// complainantParty is the complaining party's line of a letter that sets both parties out: its
// unit in brackets after its name, in group 1, and its number, in group 2.
var complainantParty = quickre.MustCompile(EitherScript(`(?m)^[ \t]*(?:投诉方|投诉人)[:：][ \t]*\p{Han}{1,12}[（(]([A-Z0-9][A-Z0-9\-]{1,8})[）)][^\n]*?(?:电话|手机)[:：]?[ \t]*(\+?\d[\d \-]{6,18}\d)`))

// anotherShop are the words of another shop or household in what goes before a number.
var anotherShop = quickre.MustCompile(EitherScript(`他们|对方|隔壁|对面|那家`))

// roleNumber is a number labelled by a role at a shop or a firm, the role in group 1: "店长手机 180
// 1234 5678".
var roleNumber = quickre.MustCompile(EitherScript(`(店长|店主|经理|负责人)(?:的)?(?:手机|电话)(?:号码)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))

// numberThenSurname is a run-on's number after its label, then the writer's surname: "电话158 5717
// 0263 我姓朱谢谢".
var numberThenSurname = quickre.MustCompile(`(?:电话|手机|電話|手機)(?:是)?[ \t]*(1\d{2}[ \-]?\d{4}[ \-]?\d{4})[ \t]*(?:我|本人)姓\p{Han}`)

// streetShopUnit is a shop's street number with its unit's code in brackets, maybe after its
// name: "问茶·茶叶 紫荆路128号（S-10）"; the code in group 1.
var streetShopUnit = quickre.MustCompile(`^(?:\S+\s+)?\p{Han}{1,10}(?:路|街|道|巷)\d{1,4}[号號][（(]([A-Za-z]{1,2}-?\d{1,4})[）)]$`)

// shopThenCode is a shop's name, maybe its branch in brackets, then its unit's code: "木子服饰（悦海城
// 店）L2-215", "栖木生活家居 L2-15店"; the code in group 1. A market's area before it ("冻品区D-26",
// marketArea) is part of the stall's address.
var (
	shopThenCode = quickre.MustCompile(`^\p{Han}{2,12}(?:[（(]\p{Han}{1,10}[）)])?\s*([A-Z]{1,2}\d{0,2}-[A-Z]?\d{2,4})(?:店|号铺|號舖|铺)?$`)
	marketArea   = quickre.MustCompile(EitherScript(`(?:区|楼|层|馆|排|街|场|联排|独栋|叠拼)\s*$`))
)

// storePhone is a store's number under its label, its keeper's when they write: "门店电话：…", "店里
// 电话 021-…".
var storePhone = quickre.MustCompile(EitherScript(`(?:门店|店铺|本店|店里)(?:电话|手机|座机|联系电话)(?:\s*[:：]\s*|[ \t]+)([^\n]+)`))

// correctedNumber is a number the writer corrects at once, and the right one: "138 1234 0987 不对
// 是 138 1234 0978", "135 8820 4617，不对，最后两位是71，135 8820 4671".
var correctedNumber = quickre.MustCompile(EitherScript(`(\+?\d[\d \-]{6,16}\d)[ \t]*[，,]?[ \t]*(?:不对|不是|错了|说错了|写错了|打错了)` +
	`(?:[ \t]*[，,][^，。\d\n]{0,10}\d{1,4}[，,])?[ \t]*[，,。]?[ \t]*(?:应该|应)?(?:是|为)?[ \t]*[:：]?[ \t]*(\+?\d[\d \-]{6,16}\d)`))

// ownBuildingSaid is the writer saying which building is theirs, their entrance and flat said
// apart: "我是5栋的业主", "我是5号楼的".
var ownBuildingSaid = quickre.MustCompile(EitherScript(`(?:我|本人)(?:是|住|住在|家在|家住)\s*(\d{1,3}\s*(?:栋|幢|号楼|座))(?:的|业主|住户|[，,\s])`))

// buildingOf is the one building the writer names, with its entrance ("11栋2单元"), when the
// flat they give is a number alone: the building the complaint is about is theirs then, unless
// the words around it are about someone else's ("隔壁5栋", "5栋的住户乱扔垃圾"). "" when they
// name none, or more than one.
func buildingOf(text string) string {
	const stops = "，,。；;！!？?\n \t"
	found := ""
	for _, m := range namedBuilding.FindAllStringSubmatchIndex(text, 3) {
		b := strings.Join(strings.Fields(text[m[2]:m[3]]), "")
		start, end := strings.LastIndexAny(text[:m[2]], stops)+1, len(text)
		if i := strings.IndexAny(text[m[3]:], stops); i >= 0 {
			end = m[3] + i
		}
		if clause := text[start:end]; found != "" && b != found || nearby.MatchString(clause) || aboutSomeone.MatchString(clause) {
			return ""
		}
		found = b
	}
	return found
}

// flatAndNameInBrackets is the writer's flat in brackets with their name after it, as they
// recall an earlier complaint: "上个月我投诉过…的事（22栋2单元701，钱卫东）"; "" when none.
func flatAndNameInBrackets(text, name string) string {
	if !chineseName(name) || !contains(text, name+"）") && !contains(text, name+")") {
		return ""
	}
	for _, m := range flatThenName.FindAllStringSubmatch(text, perLine) {
		if m[2] == name && addressPart(m[1]) == m[1] && flatEnd.MatchString(m[1]) {
			return m[1]
		}
	}
	return ""
}

var flatThenName = quickre.MustCompile(`[（(]([^（）()\n，,、]{3,24}?)[，,、\s]+(\p{Han}{2,3})[）)]`)

// flatsEntrance is the building and entrance of a flat the mail names: "9栋1单元" of "9栋1单元301".
var flatsEntrance = quickre.MustCompile(EitherScript(`(\d{1,3}(?:栋|幢|号楼|座)\d{1,2}单元)\d{3,4}`))

// namedBuilding is a building and its entrance a mail names without a flat after them.
var namedBuilding = quickre.MustCompile(EitherScript(`(?:^|[^\d\-])(\d{1,3}\s*(?:栋|幢|号楼|座)(?:\s*\d{1,2}\s*单元)?)(?:[^\d\-]|$)`))

// withoutOwnerWord is a flat without the word after it saying whose it is: "23幢1单元1201" of
// "23幢1单元1201业主".
func withoutOwnerWord(s string) string {
	for _, w := range []string{"业主", "業主", "住户", "住戶", "租户", "租戶"} {
		s = strings.TrimSuffix(s, w)
		if rest, ok := strings.CutPrefix(s, w); ok && rest != "" && addressPart(rest) == rest {
			s = rest // "业主7-1-803": the flat, without the word before it
		}
	}
	return strings.TrimSuffix(strings.TrimSpace(s), "的")
}

// unbracketedNumbers is s with a labelled number in brackets as a clause of its own ("刘海（电话：
// 139…），我的车位…" reads "刘海，电话：139…，我的车位…"), a number in brackets after its label
// as its value ("联系电话（138…）" reads "联系电话：138…"), a label saying the number is still
// the one, or just is, as the label ("电话还是135…", "电话就是186…" read "电话135…"); an identity
// card's or a contract's number in brackets is left out, and digits apart by ideographic spaces
// are apart by spaces.
func unbracketedNumbers(s string) string {
	if contains(s, "证") || contains(s, "證") || contains(s, "编号") || contains(s, "編號") {
		s = numberNoteInBrackets.ReplaceAllString(s, "") // "本人蒋志华（身份证号3301…），是…的业主"
	}
	if contains(s, "\u3000") {
		s = digitsApart.ReplaceAllString(s, "$1 $2") // "１５８　７４１２　６６０９" typed in full width
	}
	if contains(s, "还是") || contains(s, "還是") || contains(s, "仍") || contains(s, "依然") || contains(s, "就是") {
		s = stillLabel.ReplaceAllString(s, "${1}${2}") // "电话还是135…", "电话就是186…": "电话135…"
	}
	if !quickre.ContainsAny(s, "(（") {
		return s
	}
	s = kindInBrackets.ReplaceAllString(s, "$1：") // "电话（手机）138…" is the mobile
	return numberAfterLabel.ReplaceAllString(labelledInBrackets.ReplaceAllString(s, "，$1，"), "$1$2：$3")
}

// yourEstate is the office's estate or market named before a flat or a stall in it, as the
// reader's ("你们小区", "贵小区", "你们农贸市场"), as the writer's own ("咱们小区", "本社區", "我市场" in a staff
// member's note), or the hotel a guest stays at ("长住在贵酒店" of "长住在贵酒店B座1009").
var yourEstate = quickre.MustCompile(EitherScript(`^(?:(?:你们|您们|贵司|贵公司)(?:管理|管)的|(?:你们|您们)(?:小区|物业|大厦|园区|农贸市场|菜市场|市场|商场)?|贵(?:小区|社区|物业|大厦|园区)|` +
	`(?:长住在|长住|住在|入住)?贵(?:酒店|饭店|宾馆|公寓)|(?:咱们|我们|我|本)(?:小区|社区|大厦|园区|市场|商场|中心))(?:的)?`))

// numberNoteInBrackets is an identity card's, a title deed's or a contract's number in brackets,
// which is no contact: "（身份证号330106…）", "（产权证号：…）", "（合同编号 CY-JM-2025-0318）",
// "（加盟编号 FS-012）".
var numberNoteInBrackets = quickre.MustCompile(EitherScript(`[（(]\s*(?:身份证|产权证|房产证|不动产权证|证件|合同编号|会员编号|加盟编号|门店编号|店铺编号)[^（()）\n]{0,60}[）)]`))

// codeNote is a store's or a campus's code in brackets after its name: "（编号 QH-BJ-027）".
var codeNote = quickre.MustCompile(EitherScript(`[（(]\s*(?:校区)?编号[^（()）\n]{0,30}[）)]`))

// digitsApart are two digits with an ideographic space between them.
var digitsApart = quickre.MustCompile(`(\d)\x{3000}(\d)`)

// stillLabel is a phone's label and the words saying the number is still the one: "电话还是".
var stillLabel = quickre.MustCompile(EitherScript(`(电话|手机|号码|电话号码|手机号)(?:还是|仍是|仍然是|依然是|就是)\s*(\d)`))

// kindInBrackets is the kind of a phone in brackets after its label: "电话（手机）".
var kindInBrackets = quickre.MustCompile(`(?:电话|電話)\s*[（(]\s*(手机|手機|座机|座機|固话|固話|办公|辦公)\s*[）)]\s*[:：]?`)

// labelledInBrackets is a labelled number in brackets, numberAfterLabel a number in brackets
// after its label where the label begins its clause or follows the writer ("打督导小陈电话（180…）"
// is someone's number in a sentence).
var (
	labelledInBrackets = quickre.MustCompile(`[（(]\s*((?:联系|聯絡|聯繫)?(?:电话|手机|電話|手機)(?:号码|號碼|号|號)?\s*[:：]\s*\+?\d[\d -]{5,20}\d)\s*[）)]`)
	numberAfterLabel   = quickre.MustCompile(`(^|[\n，,。；;：:\s]|我的|我|本人)((?:联系|聯絡|聯繫)?(?:电话|手机|電話|手機)(?:号码|號碼|号|號)?)\s*[（(]\s*(\+?\d[\d -]{5,20}\d)\s*[）)]`)
)

// withoutNumber is a sender's name without the phone number it gives, and that number: "王先生
// 13800001111" is 王先生 at 13800001111; a name without one is as it is.
func withoutNumber(name string) (string, string) {
	if digitCount(name) < 7 {
		return name, ""
	}
	f := strings.Fields(name)
	for i, w := range f {
		if len(f) > 1 && phoneIn(w) == w && isPhone(w) {
			return strings.Join(slices.Delete(f, i, i+1), " "), w
		}
	}
	return name, ""
}

// beforeForward is text up to the first line of the forwarded message it passes on.
func beforeForward(text, forwarded string) string {
	for _, l := range strings.Split(narrowed(forwarded), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if i := strings.Index(text, l); i >= 0 {
				return text[:i]
			}
			break
		}
	}
	return text
}

// flatAlone tells words that are a flat and nothing else: an estate's name, its building and its
// room, not a place beside another's nor someone's.
func flatAlone(first string) bool {
	name := first[:max(0, strings.IndexFunc(first, numberOrLetter))] // the estate's name before its numbers
	return !quickre.ContainsAny(name, "我你他她们們住是在不以前的和与與把被给給从從向对對") && !sentenceBefore(name) && addressLine(first) &&
		addressPart(first) == first && flatAtEnd.MatchString(first) && !nearby.MatchString(first) &&
		!relativePlace.MatchString(first) && !otherParty.MatchString(first) && !lodged(first)
}

// stuckWords are the few words of what is wrong in a home that a text typed on a phone sticks to
// the flat it begins with: "漏水", "停电了", "空调漏水"; not what a flat does to others ("在装修",
// "漏水到楼下").
var stuckWords = quickre.MustCompile(EitherScript(`^(?:又|还)?(?:空调|水管|暖气|卫生间|厨房|马桶|下水道|水龙头|热水器|天花板|阳台|卷帘门|门锁|电闸|灯箱)?` +
	`(?:又|还)?(?:漏水|渗水|停水|停电|没水|没电|断水|断电|跳闸|返水|冒水|堵了|不热|坏了|不制冷)了?$`))

// floorOrArea tells the words before a unit's numbers that are its floor, its area or its estate's or
// street's name ("二楼", "南区", "星河湾", "小吃街") or none; not what says the unit is another's
// ("另外", "隔籬").
func floorOrArea(words string) bool {
	return utf8.RuneCountInString(words) <= 6 && !otherSide.MatchString(words)
}

var otherSide = quickre.MustCompile(EitherScript(`另|隔壁|隔籬|隔篱|对面|对门|旁边|楼上|楼下|那|这|他|她|你|我|是`))

// areaAlone is an estate's area said alone before the flat: "南区" of "南区 16-3-602 电梯又坏了".
var areaAlone = quickre.MustCompile(EitherScript(`^\p{Han}{1,4}(?:区|期)$`))

// shopNameStuck is a shop's name a text typed on a phone sticks to its unit: "鲜果时光" of "B2层15号
// 铺鲜果时光", "阿芬服饰" of "二楼C区C2-118档口阿芬服饰".
var shopNameStuck = quickre.MustCompile(EitherScript(`^[^\P{Han}的是在我你他她有没又还卖做][^\P{Han}的未不没坏漏堵停断]{1,7}$`))

// sentenceBefore tells the words before a flat's numbers that are a run-on's sentences, not an
// estate's name: "电梯又坏了 这个月第三次了 8号楼1单元 1703", typed with spaces for stops.
func sentenceBefore(name string) bool {
	if contains(name, "了") {
		return true
	}
	if !quickre.ContainsAny(strings.TrimSpace(name), " \t\u3000") {
		return false // one word at most
	}
	words := 0
	for _, f := range strings.Fields(name) {
		if strings.ContainsFunc(f, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			words++
		}
	}
	return words > 1
}

// leadingWords are words a clause says before the writer's flat that are none of it: "顶楼 ",
// "租住", "我们是" of "我们是商务中心3楼305室康乐齿科", "业主" of "业主7-1-803朱大爷", "业主信息：", "公司管理之" of
// "承租貴公司管理之信義商務大樓12樓之3", who lives with the writer ("和老伴老杨（杨树森）住在").
var leadingWords = quickre.MustCompile(EitherScript(`^(?:顶楼|顶层|租住|住在|我们是|我是|我係|(?:业主|住户|租户)?信息[:：]|业主|住户|租户|(?:贵|公司|贵公司|贵司)?管理(?:之|的)|(?:你们|您们)(?:管理|管)的|[^，。！？；\n]{1,20}?住在)[ \t]*`))

// buildingsFlat is the flat a writer gives in the clause right after their building alone, by
// the building's number: "2-1703" of "我是2号楼的，2-1703。" for "2号楼"; "" when they give none.
func buildingsFlat(text, building string) string {
	m := buildingAlone.FindStringSubmatch(building)
	if m == nil {
		return ""
	}
	// The building alone, then a stop: "我们12栋一楼楼道…" is no flat of the writer's, "我是12栋\n12栋3
	// 单元102的", typed line by line on a phone, goes on below.
	var rest string
	var size int
	for at := text; ; {
		i := strings.Index(at, building)
		if i < 0 {
			return ""
		}
		rest = buildingsOwner.ReplaceAllString(at[i+len(building):], "")
		r, n := utf8.DecodeRuneInString(rest)
		if strings.ContainsRune("，,、 \n", r) {
			size = n
			break
		}
		at = at[i+len(building):]
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest[size:], " "), "\n")
	if c := strings.TrimSuffix(clause(next), "的"); strings.HasPrefix(c, building) && addressPart(c) == c && flatAtEnd.MatchString(c) {
		return c // "我是9栋的业主，9栋2单元1605，车位…"
	}
	f := dashedFlat.FindString(next)
	if f == "" || !strings.HasPrefix(f, m[1]+"-") {
		return ""
	}
	return f
}

// buildingsOwner are the words after a building that say the writer lives in it: "的业主".
var buildingsOwner = quickre.MustCompile(EitherScript(`^的?(?:业主|住户|租户|居民)?`))

// buildingAlone is a building by its number and nothing after it, the number in group 1;
// dashedFlat a flat by its building's, entrance's and room's numbers between dashes.
var (
	buildingAlone = quickre.MustCompile(EitherScript(`^(\d{1,3})(?:号楼|栋|幢|座|号)$`))
	dashedFlat    = quickre.MustCompile(`^\d{1,3}(?:-\d{1,2})?-\d{3,4}\b`)
)

// flatComplains is a flat stuck to the word of a complaint it begins with: "3号楼1802" of "3号楼1802
// 投诉楼下狗叫".
var flatComplains = quickre.MustCompile(EitherScript(`^(\S{3,24}?)(?:投诉|反映|报修)`))

// flatReports is a flat and its owner or tenant reporting, as a writer begins of themselves:
// "13-2-801业主反映" (group 1); or an office reporting, as its staff begin: "绿地中心B座1105室反映："
// (group 2).
var flatReports = quickre.MustCompile(EitherScript(`^(\S{3,24}?)(?:的)?(?:业主|住户|租户)(?:反映|投诉|反馈|报修)|^(\S{3,24}?室)(?:反映|反馈|报修)[:：]`))

// leadPhone is the number a text typed on a phone begins with after the writer's flat and their
// name or surname: "3幢1802 王 13958021736 3幢2号电梯又停了"; "" when it begins otherwise.
func leadPhone(text string) string {
	_, phone := leadContact(text)
	return phone
}

// leadContact is the name and the number a text typed on a phone begins with after the writer's
// flat or stall: "A座907 林小姐 18925046637 厕所没水"; "", "" when it begins otherwise.
func leadContact(text string) (name, phone string) {
	flat := leadFlat(text)
	if flat == "" {
		flat = leadStall(text)
	}
	if flat == "" {
		return "", ""
	}
	_, rest, ok := strings.Cut(text, flat)
	if !ok {
		return "", ""
	}
	if p := labelAfterFlat.FindStringSubmatch(rest); p != nil && isPhone(phoneIn(p[1])) {
		return "", phoneIn(p[1]) // "3栋1单元1401，电话189 6832 0577，门禁还是坏的"
	}
	if p := mobileAfterFlat.FindStringSubmatch(rest); p != nil {
		return "", p[1] // "5幢802，13922018876"
	}
	m := nameThenMobile.FindStringSubmatch(rest)
	if m == nil || !callName(m[1]) && !(utf8.RuneCountInString(m[1]) == 1 && surnamed(m[1])) {
		return "", ""
	}
	return m[1], m[2]
}

// labelAfterFlat is a number's label and the number right after the flat a text begins with.
var labelAfterFlat = quickre.MustCompile(EitherScript(`^[，,]\s*(?:电话|手机|联系电话)[:：]?\s*(\+?\d[\d \-]{6,16}\d)(?:[，,。\s]|$)`))

// withoutSignatureOf is text without the signature block of who it names, below the line of two
// dashes that begins it ("--\n周伟 | 区域销售经理\n…"); text as it is when it has none.
func withoutSignatureOf(text, who string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if t := strings.TrimSpace(l); (t == "--" || t == "—") && i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), who) {
			return strings.Join(lines[:i], "\n")
		}
	}
	return text
}

// flatBesideName is the flat on a line of the mail's foot beside the writer's name: "4栋1单元301" of
// "4栋1单元301 唐阿姨（唐秀兰）", a stall's code: "3A-118档" of "3A-118档 陈秀英", or on their line of a
// list below a colon ("联名住户：\n许文斌　11栋2单元702"); "" when no line of its last five or of a
// list gives one.
func flatBesideName(text, name string) string {
	if !chineseName(name) && !titled(name) {
		return ""
	}
	surname := ""
	if titled(name) {
		surname = string([]rune(name)[:1]) // "11栋2单元502 徐" from 徐女士
	}
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	listed := make([]bool, len(lines)) // in a list below a line ending in a colon ("联名住户：")
	for i := 1; i < len(lines); i++ {
		listed[i] = strings.TrimSpace(lines[i]) != "" && (listed[i-1] || endsInColon(strings.TrimSpace(lines[i-1])))
	}
	for i := len(lines) - 1; i >= 0; i-- {
		if i < len(lines)-5 && !listed[i] {
			continue
		}
		f := strings.Fields(lines[i])
		if len(f) != 2 {
			continue
		}
		for _, k := range [][2]int{{0, 1}, {1, 0}} {
			if flat, who := f[k[0]], f[k[1]]; (contains(who, name) || who == surname) && (addressPart(flat) == flat && flatEnd.MatchString(flat) && !bareFlat.MatchString(flat) ||
				stallBesideName.MatchString(flat)) {
				return flat
			}
		}
	}
	return ""
}

// flatBeforeName is the flat a line near the mail's top begins with, right before the writer's
// name: "11#楼2104" of "11#楼2104魏振宇，两件事：" from 魏振宇, "星河湾2-2-1901" of "星河湾2-2-1901
// 业主冯凯。", "怡海花園5座18樓A室" of "我係怡海花園5座18樓A室陳國華。"; "" when none does.
func flatBeforeName(text, name string) string {
	if !chineseName(name) && !titled(name) && !calledBy.MatchString(name) {
		return ""
	}
	seen := 0
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		flat, rest, ok := strings.Cut(l, name)
		flat = withoutOwnerWord(flat) // "星河湾2-2-1901业主冯凯。"
		for _, me := range []string{"我是", "我係", "本人是", "本人係"} {
			if f, cut := strings.CutPrefix(flat, me); cut {
				flat = f // "我係怡海花園5座18樓A室陳國華。"
				break
			}
		}
		if r, _ := utf8.DecodeRuneInString(rest); ok && flat != "" && (rest == "" || strings.ContainsRune("，,。：: \t", r)) &&
			addressPart(flat) == flat && (flatEnd.MatchString(flat) || hkFlatEnd.MatchString(flat)) && !bareFlat.MatchString(flat) &&
			!sentenceBefore(flat[:max(0, strings.IndexFunc(flat, numberOrLetter))]) {
			return flat
		}
	}
	return ""
}

// parkUnit is a park's unit a firm's person says they are of, before their job and name, in group
// 1: "B栋仓库5号门" of "我是顺丰达物流B栋仓库5号门的仓库主管陈建国", "7号厂房3楼" of "我是华祥电路板7号厂房
// 3楼的安全主管邱海波", "A区2号仓库3号月台" of "我是A区2号仓库3号月台的仓储主管曹明".
var parkUnit = quickre.MustCompile(EitherScript(`我(?:是|系|係)\p{Han}{0,10}?((?:[A-Z]\s*(?:栋|座|区)|\d{1,2}\s*号(?:厂房|仓库|库))[^，。；！？,;!?\s的]{0,16}?)的` +
	`\p{Han}{0,8}?(?:主管|负责人|库管|经理|组长|班长|厂长|员工|行政|前台|工程师)?[ \t]?\p{Han}{2,3}(?:[，。！,!\s]|$)`))

// parkUnitSaid is the unit parkUnit finds when it is one of a park's factories or warehouses; ""
// when there is none.
func parkUnitSaid(text string) string {
	if m := parkUnit.FindStringSubmatch(text); m != nil && addressPart(m[1]) == m[1] && (parkFloor(m[1]) || containsAny(m[1], "月台", "号门", "號門", "号库", "號庫")) {
		return m[1]
	}
	return ""
}

// unitCore is an address from its first letter or digit on: "F区6号" of "恒信仓储F区6号".
func unitCore(a string) string {
	if i := strings.IndexFunc(a, numberOrLetter); i > 0 {
		return a[i:]
	}
	return a
}

// flatsFixture is the flat a text begins with, then a fixture of it that is broken or leaks, as
// its resident reports it: "宿舍楼A-305" of "宿舍楼A-305的热水器又坏了", "5栋302" of "5栋302的空调漏水",
// "宿舍楼A-217空调漏水".
var flatsFixture = quickre.MustCompile(EitherScript(`^([^，。！？,.!?\s的]{3,20}?)的?(?:热水器|空调|门锁|马桶|水管|下水道?|窗户|暖气|水龙头|洗衣机|电表|水表|插座)` +
	`(?:又|一直|老是|总是|已经|经常)?(?:坏|漏|不|堵|没|断|跳闸)`))

// fixtureFlat is the flat flatsFixture finds; "" when the text begins otherwise.
func fixtureFlat(text string) string {
	text = strings.TrimSpace(text)
	m := flatsFixture.FindStringSubmatch(text)
	if m == nil || addressPart(m[1]) != m[1] || !flatEnd.MatchString(m[1]) || nearby.MatchString(m[1]) || otherPerson.MatchString(m[1]) {
		return "" // not "5栋的…", a building, nor "楼上502的…"
	}
	rest := text[len(m[0]):]
	if end := strings.IndexAny(rest, "。！？!?\n"); end >= 0 {
		rest = rest[:end]
	}
	if containsAny(rest, "我家", "我们家", "我屋", "到我", "我的", "滴到", "影响") {
		return "" // "3栋502的空调一直滴水到我家窗台": a neighbour's, troubling the writer
	}
	return m[1]
}

// teamsPlace is the place a team or a firm says it is of, before the words for what it is: "星火创业
// 孵化器3层12号工位" of "我们是星火创业孵化器3层12号工位的团队（光迹科技）".
var teamsPlace = quickre.MustCompile(EitherScript(`我们是([^，。！？,.!?\s的]{3,24}?)的(?:团队|公司|租户|工作室|创业团队)`))

// teamsDesk is the place teamsPlace finds when it is an address, not one beside theirs ("我们是隔壁
// 3栋1202的租户"); "" when there is none.
func teamsDesk(text string) string {
	if m := teamsPlace.FindStringSubmatch(text); m != nil && addressPart(m[1]) == m[1] && !nearby.MatchString(m[1]) {
		return m[1]
	}
	return ""
}

// ourOfficeNumbered is an office a company's writer calls theirs by its number: "2008办公室" of "我们
// 2008办公室的电动窗帘坏了", or one a writer says they rent at a business centre: "12号独立办公室" of "我
// 是在贵商务中心租用12号独立办公室的王晓峰".
var ourOfficeNumbered = quickre.MustCompile(EitherScript(`(?:我们|我司|我们公司)\s*(\d{3,4}(?:办公室|号办公室))(?:的|[ \t])|` +
	`我是在?(?:贵|你们)?\p{Han}{0,6}?(?:租用|租|承租)(?:的|了)?(\d{1,4}号?(?:独立|私人)?(?:办公室|工位))的`))

// ourNumberedOffice is the office ourOfficeNumbered finds; "" when there is none.
func ourNumberedOffice(text string) string {
	if m := ourOfficeNumbered.FindStringSubmatch(text); m != nil {
		return cmp.Or(m[1], m[2])
	}
	return ""
}

// cityAddress is a postal address the writer gives in a sentence after "地址", or in brackets
// before the words for how they live there, in group 1: "台北市大安區敦化南路二段100號5樓之2" of "…的
// 住戶林志豪，地址台北市大安區敦化南路二段100號5樓之2。", "台中市西屯區市政北七路200號12樓之8" of "為本社區
// （台中市西屯區市政北七路200號12樓之8）住戶", "…华景苑2栋2103房" of "…的业主，家庭住址：广东省…".
var cityAddress = quickre.MustCompile(EitherScript(`(?:[，,]\s*(?:我的|我家)?(?:家庭住址|家庭地址|住址|地址)(?:是|为)?[:：]?\s*|[（(])` +
	`(\p{Han}{2,4}[省市县縣][^，。；！？,;!?\n（()）]{4,50}?\d+[号號楼樓室房](?:之\d{1,2})?)(?:[）)]\s*(?:的)?(?:住户|业主|租户)|[。，,；;！!\s]|$)`))

// cityAddressSaid is the postal address cityAddress finds; "" when there is none.
func cityAddressSaid(text string) string {
	if m := cityAddress.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// hkFlatEnd ends a flat as Hong Kong and Taiwan write it, by its floor and its letter or number:
// "18樓A室", "9樓3室", "12樓C", "5樓之2".
var hkFlatEnd = quickre.MustCompile(`\d{1,2}[楼樓](?:[A-H]室?|\d{1,2}室|之\d{1,2})$`)

var stallBesideName = quickre.MustCompile(EitherScript(`^(?:[A-Z0-9]{1,3}-[A-Z]?\d{2,4}|\d[A-Z]\d{3,4})(?:档|档口|号铺|铺|摊位|号)?$`))

// leadBooth is the booth an exhibitor's short mail begins with, in a sentence where they go on of
// themselves: "你好，11号馆11D-07展位到现在还没有通电，我们是预订了电箱的"; "" when it begins otherwise.
func leadBooth(text string) string {
	first := strings.TrimSpace(text)
	if i := strings.IndexAny(first, "。！？!?\n"); i >= 0 {
		first = first[:i]
	}
	if m := boothFirst.FindStringSubmatch(first); m != nil {
		return m[1]
	}
	return ""
}

var boothFirst = quickre.MustCompile(EitherScript(`^(?:\p{Han}{0,8}(?:你好|您好)[，,：:\s]*)?(\d{1,2}(?:\.\d)?号馆\s?` + unitCode + `)(?:号)?展位[^。！？!?\n]*?[，,]\s*(?:我们|我)`))

// subjectUnitLead is the stall, the booth or the house a subject begins with before what it is
// about: "冻品区A-21 插座烧了", "8号馆E12展位 电源还没接通", "独栋 A-18 - garden lights".
func subjectUnitLead(subject string) string {
	if m := unitLeads.FindStringSubmatch(strings.TrimSpace(subject)); m != nil {
		return m[1]
	}
	return ""
}

var unitLeads = quickre.MustCompile(EitherScript(`^(\p{Han}{1,3}区[A-Z]{1,2}-?\d{1,3}(?:号)?(?:摊位|档口|档|铺)?|\d{1,2}(?:\.\d)?号馆\s?[A-Z]\d{1,3}(?:展位)?|` +
	`(?:[A-Z]区)?(?:联排|独栋|叠拼)\s?[A-Z]?-?\d{1,3}(?:-\d{1,2})?号?)[ \t]`))

// backupNote says a number is only a backup.
var backupNote = quickre.MustCompile(EitherScript(`仅供备用|备用|仅备用|(?i:backup|back-up)`))

// backupNumber tells a number the mail says is only a backup, in the words beside it and no other
// number: "（台灣手機：0917-…，僅供備用）", "备用电话：0571-…".
func backupNumber(text, phone string) bool {
	for l := range strings.SplitSeq(text, "\n") {
		i := strings.Index(l, phone)
		if i < 0 {
			continue
		}
		before, after := l[:i], l[i+len(phone):]
		if k := strings.LastIndexAny(before, "0123456789"); k >= 0 {
			before = before[k+1:]
		}
		if k := strings.IndexAny(after, "0123456789"); k >= 0 {
			after = after[:k]
		}
		return backupNote.MatchString(before) || backupNote.MatchString(after)
	}
	return false
}

// leadStall is the market's stall a text typed on a phone begins with, before the writer's name
// and number: "蔬菜区12号 刘 139 8012 6634 排水沟又堵了"; "" when it begins otherwise.
func leadStall(text string) string {
	text = strings.TrimSpace(text)
	if m := stallThenName.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	if m := stallAlone.FindStringSubmatch(text); m != nil {
		return m[1] // "蔬菜区3号棚22号摊 水管爆了 满地水…", typed on a phone
	}
	body := text
	if first, rest, ok := strings.Cut(text, "\n"); ok && (endsInColon(first) || utf8.RuneCountInString(first) <= 8 && hanOnly(strings.TrimSpace(first))) {
		body = strings.TrimSpace(rest) // below "管理处：", "市场管理员"
	}
	if m := stallThenWholeName.FindStringSubmatch(body); m != nil && chineseName(m[2]) {
		return m[1] // "粮油区A排06号档丁荣发。我档口门口…"
	}
	if m := stallThenMine.FindStringSubmatch(body); m != nil {
		return m[1] // "肉类区第3排15号 我的档口上面那个灯管坏了…", typed on a phone
	}
	if containsAny(text, "我是", "我在", "本人是", "本人在") && containsAny(text, "排", "棚", "行") {
		if m := stallSaid.FindStringSubmatch(text); m != nil {
			return m[1] // "我在水果区C排12号做批发", "我是夜市C排42号烤串摊"
		}
	}
	if quickre.ContainsAny(text, "区區街") && containsAny(text, "卖", "賣", "做", "经营", "經營", "烤", "摆摊", "擺攤") {
		if m := stallWhereISell.FindStringSubmatch(text); m != nil {
			return m[1] // "我叫万志刚在熟食区S-09卖卤菜", "我是小吃街3号棚第8位卖臭豆腐的老杨"
		}
	}
	return ""
}

// stallThenName is a stall in a market's area, then a name or a surname and a mobile number;
// stallAlone a stall by its word, then the complaint's words.
var (
	stallThenName = quickre.MustCompile(EitherScript(`^(\p{Han}{1,4}区(?:\d{1,2}号?[排棚行])?[A-Z]?-?\d{1,4}号?(?:摊位|摊|档口|档)?)[ \t\x{3000}]+\p{Han}{1,4}[ \t\x{3000}]*(?:\+?86[\s-]?)?1[3-9]\d`))
	// stallWhereISell is a stall in a market's area or street, where the writer says they sell.
	stallWhereISell = quickre.MustCompile(EitherScript(`(?:我是|我在|我叫\p{Han}{2,3}在)(\p{Han}{1,4}(?:区|街)(?:[A-Z]-?\d{1,3}|\d{1,2}号?[排棚行]第?\d{1,3}(?:号|位)?)(?:摊位|摊|档口|档)?)(?:做|卖|烤|经营|摆摊)`))
	stallAlone      = quickre.MustCompile(EitherScript(`^(\p{Han}{1,4}区(?:\d{1,2}号?[排棚行])?[A-Z]?-?\d{1,4}号?(?:摊位|摊|档口|档))[ \t\x{3000}]+\p{Han}`))
)

// parentWrittenFor is the father or the mother a son or a daughter writes for, by name, and the
// parent's own number where the mail asks the office to call it ("有结果直接打我爸电话133…", "我爸
// 叫高永福，电话 139…"): "我是马德才的儿子", "我是水产区B-12摊位杜德明的女儿", "我爸钟福生在你们市
// 场…卖猪肉" with "我爸不太会用手机打字" or "帮我爸反映", "我母亲周玉兰住…一个人住" with "有事请打
// 我电话…我会转告她", "我父亲王福生今年82岁，独自住在…" with "请直接打我爸家里的电话 6523 1188", or
// a grandparent a grandchild writes for ("我帮我爷爷发的邮件，我爷爷叫庞德贵…有事请打他电话 135…");
// "" when the mail is written for no parent.
func parentWrittenFor(text string) (name, phone, place string) {
	if !containsAny(text, "我爸", "我妈", "我父亲", "我母亲", "的儿子", "的女儿", "兒子", "女兒", "我阿爸", "我阿媽", "我阿妈", "我爷爷", "我奶奶", "我外公", "我外婆") {
		return "", "", ""
	}
	for _, m := range childOf.FindAllStringSubmatch(text, perLine) {
		if chineseName(m[1]) && !(utf8.RuneCountInString(m[1]) == 2 && strings.HasSuffix(m[1], "家")) { // not "我是林家的女儿林晓"
			name = m[1]
			break
		}
	}
	if m := parentCalled.FindStringSubmatch(text); name == "" && m != nil && chineseName(m[1]) {
		name = m[1] // "我妈妈在咱们菜市场…摊位卖菜，她叫吴秀兰"
	}
	if m := parentCalledBy.FindStringSubmatch(text); name == "" && m != nil && strings.HasPrefix(m[2], m[1]) {
		name = m[2] // "我爸姓刘 楼里的人都叫他刘大爷": how the building calls him
	}
	if name == "" && containsAny(text, "帮我爸", "帮我妈", "帮他写", "帮她写", "让我帮", "替我爸", "替我妈", "替他写", "替她写", "帮他转", "帮她转", "不太会", "不会用", "不会发", "给我爸打", "给我妈打", "给我父亲打", "给我母亲打", "幫佢寫", "帮佢写", "唔識", "我是他女儿", "我是她女儿", "我是他儿子", "我是她儿子",
		"替我父亲", "替我母亲", "帮我父亲", "帮我母亲", "不会打字", "我妈让我", "我爸让我", "跟我爸联系", "跟我妈联系", "和我爸联系", "和我妈联系", "一个人住", "独自住", "转告她", "转告他", "帮我爷爷", "帮我奶奶", "帮我外公", "帮我外婆", "替我爷爷", "替我奶奶", "替我外公", "替我外婆", "年纪大了", "耳朵不好", "耳朵背", "耳背") {
		for _, m := range parentNamed.FindAllStringSubmatch(text, perLine) {
			if chineseName(m[1]) {
				name = m[1] // "我爸叫高永福", not "我爸刚好在搬货"
				break
			}
		}
	}
	if m := parentsNumber.FindStringSubmatch(text); m != nil && isPhone(phoneIn(m[1])) && !saidDead(text, m[1]) {
		phone = phoneIn(m[1])
	}
	if m := kinNumber.FindStringSubmatch(text); m != nil && isPhone(phoneIn(cmp.Or(m[2], m[4], m[6], m[8]))) && containsAny(text, "先打我妈家", "先打我爸家", "先打她家", "先打他家", "先打我媽家") {
		phone = phoneIn(cmp.Or(m[2], m[4], m[6], m[8])) // "她电话是0571-… 座机 我的手机136…也可以打 但最好先打我妈家里"
	}
	if m := residentNumber.FindStringSubmatch(text); phone == "" && m != nil && containsAny(text, "打他的", "打她的") && isPhone(phoneIn(cmp.Or(m[1:]...))) {
		phone = phoneIn(cmp.Or(m[1:]...)) // "他手机139 2233 4455 我的138… 打他的就行"
	}
	if m := homeLine.FindStringSubmatch(text); phone == "" && m != nil && isPhone(phoneIn(m[1])) && !saidDead(text, m[1]) && sentencePhone(text) == "" {
		// "…楼里的人都叫他刘大爷 家里电话8462 3310 他白天都在家", the writer asking no call of their own.
		phone = phoneIn(m[1])
	}
	if m := parentAged.FindStringSubmatch(text); name == "" && phone != "" && m != nil && chineseName(m[1]) {
		name = m[1] // "我父亲王福生今年82岁…请直接打我爸家里的电话 6523 1188": the one to call
	}
	if m := namedKinLives.FindStringSubmatch(text); name == "" && m != nil && chineseName(m[1]) && containsAny(text, "没有手机", "沒有手機", "没手机", "腿脚不方便", "行动不便", "行動不便", "耳朵不太好", "听不清", "聽不清",
		"不方便接电话", "住院") {
		// "我父亲何建平住在8栋1单元101…我父亲没有手机，有事打我电话…", "我爸柏永年住绿茵小区27幢402，他上周
		// 中风住院了…": the father, at his home
		name = m[1]
	}
	if name == "" {
		return "", "", ""
	}
	if m := parentsPlace.FindStringSubmatch(text); m != nil && contains(m[0], name) {
		if a := addressPart(m[1]); a != "" && a == strings.TrimSpace(m[1]) {
			place = a
		} else if m[2] != "" {
			place = strings.TrimSpace(m[2])
		}
	}
	if m := parentsStall.FindStringSubmatch(text); place == "" && m != nil && addressPart(m[1]) == m[1] {
		place = m[1] // "我爸在咱们城东农贸市场卖菜，摊位是蔬菜区3号棚22号，他叫张德顺"
	}
	if m := namedKinLives.FindStringSubmatch(text); place == "" && m != nil && m[1] == name && addressPart(m[2]) != "" && strings.HasPrefix(m[2], addressPart(m[2])) {
		place = addressPart(m[2]) // "我母亲吴秀兰住在贵小区（绿城桂花园）5栋602"
		if _, after, ok := strings.Cut(text, m[0]); ok {
			if b := flatInBracketsAfter.FindStringSubmatch(after); b != nil && strings.HasPrefix(b[1], place) {
				place = b[1] // "住在贵小区15栋一楼（15栋1单元102）": the flat in the building said
			}
		}
	}
	for _, re := range []*quickre.Regexp{kinLivesAt, kinsHome, theyLive} {
		// "外公今年82岁，住在自来水公司宿舍2号楼东单元5号（一楼）", "爷爷奶奶住在矿务局家属院南区
		// 13-1-4".
		if m := re.FindStringSubmatch(text); place == "" && m != nil && addressPart(m[1]) != "" && strings.HasPrefix(m[1], addressPart(m[1])) {
			place = addressPart(m[1])
		}
	}
	return name, phone, place
}

// shopBoss is the keeper a shop's staff member writes for, by name, and the number the mail gives
// to call them on: "老板叫黄志明，有什么情况请直接打他电话 186…", "有问题直接联系我们老板 何丽萍 手
// 机 133…", "老板何建华要跟你们直接谈…请直接打他电话：139…", "帮老板娘钟秀兰发这个邮件…请联系老板娘
// 136…"; "" when the mail names no keeper so.
func shopBoss(text string) (name, phone string) {
	if !containsAny(text, "老板", "老闆", "店长", "店長") {
		return "", ""
	}
	if containsAny(text, "帮", "幫", "替", "让我", "讓我", "叫我") {
		// "我是…档口的店员小芳，帮老板娘钟秀兰发这个邮件…请联系老板娘 136…", "我们店长孙雅婷让我帮
		// 她发个邮件…直接打我们店长电话 153…", "帮我们老板黄永强发这封邮件…老板电话 137…", "老板郑先生
		// 这几天在外地进货，让我先发个邮件…可以直接联系老板 137…".
		if b := forKeeper.FindStringSubmatch(text); b != nil && (chineseName(cmp.Or(b[1], b[2])) || titled(b[3])) {
			if p := keepersNumber.FindStringSubmatch(text); p != nil && isPhone(phoneIn(cmp.Or(p[1], p[2]))) {
				return cmp.Or(b[1], b[2], b[3]), phoneIn(cmp.Or(p[1], p[2]))
			}
			if p := keeperSaysCall.FindStringSubmatch(text); p != nil && isPhone(phoneIn(p[1])) {
				return cmp.Or(b[1], b[2], b[3]), phoneIn(p[1]) // "老板黄建华让我发邮件…老板说请你们直接打他电话 137…"
			}
		}
	}
	if !containsAny(text, "老板", "老闆") {
		return "", ""
	}
	if n := keeperCalled.FindStringSubmatch(text); n != nil && chineseName(n[1]) {
		// "我们老板叫蒋国富 他不会弄邮件让我帮他发…老板说让管理处的人直接打他电话 135…".
		if p := keeperSaysCall.FindStringSubmatch(text); p != nil && isPhone(phoneIn(p[1])) {
			return n[1], phoneIn(p[1])
		}
	}
	m := bossToCall.FindStringSubmatch(text)
	if m == nil {
		return "", ""
	}
	name, phone = cmp.Or(m[1], m[3], m[5]), phoneIn(cmp.Or(m[2], m[4], m[6]))
	if !chineseName(name) || !isPhone(phone) {
		return "", ""
	}
	return name, phone
}

// keeperCalled is a shop's keeper by name, keeperSaysCall the number the keeper asks to be called on.
var (
	keeperCalled = quickre.MustCompile(EitherScript(`(?:我们|我們)?(?:老板|老闆)叫(\p{Han}{2,3}?)(?:[，,。\s]|他|她|$)`))
	// "老板娘让你们有事直接找她，她电话137…" too.
	keeperSaysCall = quickre.MustCompile(EitherScript(`(?:(?:老板|老闆)(?:说|說)[^。\n]{0,16}?(?:直接)?(?:打|拨)(?:他|她)(?:的)?(?:电话|手机)[:：]?|` +
		`(?:老板娘|老板|老闆|店长)(?:让|叫)(?:你们|您们|物业|管理处)[^。\n]{0,12}?(?:找|联系|打给)(?:她|他)[，,]\s*(?:她|他)(?:的)?(?:电话|手机)(?:是)?[:：]?)\s*(\+?\d[\d \-]{6,16}\d)`))
)

// forKeeper is a shop's staff member writing for its keeper, by name; keepersNumber the number the
// mail asks the office to call the keeper on.
var (
	forKeeper = quickre.MustCompile(EitherScript(`(?:帮|替)(?:我们|我們)?(?:老板娘|老板|店长)(\p{Han}{2,3}?)(?:发|写|反映|投诉)|` +
		`(?:我们|我們)?(?:老板娘|老板|店长)(\p{Han}{2,3}?)(?:让|叫)我(?:帮|替)?(?:她|他)?(?:发|写|反映|投诉)|` +
		// "老板郑先生这几天在外地进货，让我先发个邮件反映一下".
		`(?:老板娘|老板|店长)(\p{Han}(?:先生|女士|小姐))[^。\n]{0,16}?[，,]\s*(?:让|叫)我(?:先)?(?:帮(?:他|她)?|替(?:他|她)?)?(?:发|写|反映)`))
	keepersNumber = quickre.MustCompile(EitherScript(`(?:联系|打给|打)(?:我们|我們)?(?:老板娘|老板|店长)(?:的)?(?:电话|手机)?\s*[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
		`(?:^|[。\n，,])\s*(?:老板娘|老板|店长)(?:的)?(?:电话|手机)\s*[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
)

// calledByNameOn is a name after the words for whom to call, then their number: " 蔡文博 180…" of
// "请联系我们经理 蔡文博 180…", "何丽萍 手机 133…" of "联系我们老板何丽萍 手机 133…".
const calledByNameOn = `[ \t:：]*(\p{Han}{2,3}?)[ \t，,]*(?:手机|电话)?[ \t:：]*(\+?\d[\d \-]{6,16}\d)`

var bossToCall = quickre.MustCompile(EitherScript(`(?:老板|老闆)(?:叫|是)(\p{Han}{2,3}?)[，,。]\s*[^。\n]{0,16}?(?:打|联系|找)(?:他|她)(?:的)?(?:电话|手机)?\s*[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
	`联系我们(?:的)?(?:老板|老闆)` + calledByNameOn + `|` +
	`(?:老板|老闆)(\p{Han}{2,3}?)要[^。\n]{0,24}?[，,]\s*[^。\n]{0,16}?(?:打|联系)(?:他|她)(?:的)?(?:电话|手机)\s*[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))

// spouseToCall is the husband or the wife a writer names and asks the office to call, with the
// number given for them: "我先生黃家明係翠峰苑B座12樓F室嘅業主…請直接聯絡我先生，佢手提係 6283
// 0917"; "" when the mail asks for no spouse so.
func spouseToCall(text string) (name, phone string) {
	if m := spouseWritesFor.FindStringSubmatch(text); m != nil && chineseName(m[1]) {
		// "我是…金水路店加盟商刘长海的爱人，他不太会弄电脑，让我帮他发这个邮件…你们回电话打他手机就
		// 行 139…": the husband, on his number.
		if p := spouseNumberAsked.FindStringSubmatch(text); p != nil && isPhone(phoneIn(p[1])) {
			return m[1], phoneIn(p[1])
		}
	}
	if !containsAny(text, "我先生", "我老公", "我太太", "我老婆", "我爱人", "我愛人") || !spouseAsked.MatchString(text) {
		return "", ""
	}
	n := spouseNamed.FindStringSubmatch(text)
	p := spouseNumber.FindStringSubmatch(text)
	if n == nil || p == nil || !chineseName(n[1]) || !isPhone(phoneIn(p[1])) {
		return "", ""
	}
	return n[1], phoneIn(p[1])
}

// spouseNamed is the writer's husband or wife by name, spouseAsked the mail asking the office to
// call them, spouseNumber the number it gives for them.
var (
	spouseNamed = quickre.MustCompile(EitherScript(`(?:我先生|我老公|我太太|我老婆|我爱人)(\p{Han}{2,3}?)(?:係|是|在|住|喺)`))
	spouseAsked = quickre.MustCompile(EitherScript(`(?:直接)?(?:联系|聯絡|聯繫|打给|打俾|找)(?:我先生|我老公|我太太|我老婆|我爱人)`))
	// spouseWritesFor is a wife or a husband writing for their spouse at the spouse's asking.
	spouseWritesFor = quickre.MustCompile(EitherScript(`我是[^，,。\n]{0,24}?(\p{Han}{2,3})的(?:爱人|老婆|妻子|太太|老公|丈夫)[，,。][^。\n]{0,16}?(?:让|叫|托)我(?:帮|替)(?:他|她)`))
	// spouseNumberAsked is the number the mail asks the office to call the spouse on.
	spouseNumberAsked = quickre.MustCompile(EitherScript(`(?:打|拨|联系)(?:他|她)(?:的)?(?:手机|电话)(?:就行|就可以|就好)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
	spouseNumber      = quickre.MustCompile(EitherScript(`(?:佢|他|她)(?:的|嘅)?(?:手提|手机|电话|手提电话)(?:係|是)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
)

// tenantToCall is the tenant an agent or a landlord writes for, by name, and their number, where
// the mail asks the office to call the tenant: "租客韩雪（电话176 5820 3391）反映…麻烦直接联系她本
// 人", "麻烦物业直接联系租客韩先生去现场看，他电话 183…", "房子现在租给了李晓东…租客电话 186…，请你们
// 直接和租客约时间"; "" when it asks for no tenant so.
func tenantToCall(text string) (name, phone string) {
	if !containsAny(text, "租客", "租户") || !containsAny(text, "联系她", "联系他", "联系租客", "联系租户", "和租客", "跟租客", "找租客") {
		return "", ""
	}
	m := tenantNumbered.FindStringSubmatch(text)
	if m == nil {
		return "", ""
	}
	name, phone = cmp.Or(m[1], m[3], m[5]), phoneIn(cmp.Or(m[2], m[4], m[6]))
	if !chineseName(name) && !titled(name) || !isPhone(phone) {
		return "", ""
	}
	return name, phone
}

var tenantNumbered = quickre.MustCompile(EitherScript(`(?:租客|租户)(\p{Han}{2,3}?)[（(]\s*(?:电话|手机|联系电话)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)\s*[）)](?s:.){0,200}?(?:直接)?联系(?:她|他)(?:本人)?|` +
	`联系(?:租客|租户)(\p{Han}{1,3}(?:先生|女士|小姐))[^。\n]{0,12}?(?:他|她)(?:的)?(?:电话|手机)[:：是]?\s*(\+?\d[\d \-]{6,16}\d)|` +
	// "房子现在租给了李晓东…租客电话 186…，请你们直接和租客约时间".
	`租给了?(\p{Han}{2,3}?)[，,。](?s:.){0,200}?(?:租客|租户)(?:的)?(?:电话|手机)[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))

// childOf is the writer saying whose son or daughter they are, the parent's name in group 1;
// parentNamed the writer's father or mother by name; parentCalled the same, said after what the
// parent does ("我妈妈在…卖菜，她叫吴秀兰"); parentsNumber the parent's number the mail
// gives to call.
var (
	childOf      = quickre.MustCompile(EitherScript(`我(?:是|係)[^，,。！？\n]{0,20}?(\p{Han}{2,3})[)）]?(?:的|嘅)(?:儿子|女儿|孙子|孙女|外孙|外孙女)`))
	parentCalled = quickre.MustCompile(EitherScript(`(?:我爸爸?|我妈妈?|我父亲|我母亲)[^。\n]{0,40}?[，,\s]\s*(?:她|他)?叫(\p{Han}{2,3}?)(?:[，,。\s]|$)`))
	parentNamed  = quickre.MustCompile(EitherScript(`(?:我爸爸?|我妈妈?|我父亲|我母亲|我阿爸|我阿妈|我阿媽|我爷爷|我奶奶|我外公|我外婆)(?:叫|是)?(\p{Han}{2,3}?)(?:[，,\s（(]|在|的|住|是|一个人|独自|自己|喺|写这|写信|反映)`))
	// parentCalledBy is the parent's surname, then how people call them: "我爸姓刘 楼里的人都叫他刘
	// 大爷".
	parentCalledBy = quickre.MustCompile(EitherScript(`(?:我爸爸?|我妈妈?|我父亲|我母亲)姓(\p{Han})[^。\n]{0,16}?叫(?:他|她)(\p{Han}(?:大爷|大妈|阿姨|叔|伯|奶奶|爷爷|老师))`))
	// kinLivesAt is where the parent or the grandparent lives, said after their age: "外公今年82
	// 岁，住在…".
	kinLivesAt = quickre.MustCompile(EitherScript(`(?:我爸|我妈|父亲|母亲|爸爸|妈妈|爷爷|奶奶|外公|外婆)(?:今年)?\d{2,3}岁(?:了)?[，,]\s*(?:一个人|独自)?住在([^，,。；;！!？?\s（(]{3,30})`))
	// flatInBracketsAfter is a flat in brackets right after the words before it.
	flatInBracketsAfter = quickre.MustCompile(`^[^，,。\n（(]{0,6}[（(]([0-9A-Za-z\p{Han}\-]{3,24}?\d{3,4}室?)[）)]`)
	// namedKinLives is where the parent the mail names lives: "我母亲吴秀兰住在贵小区（绿城桂花园）
	// 5栋602", the name in group 1, the flat in group 2.
	namedKinLives = quickre.MustCompile(EitherScript(`(?:我爸爸?|我妈妈?|我父亲|我母亲)(\p{Han}{2,3}?)(?:一个人)?住(?:在|喺)?(?:贵小区|你们小区|你们管理的|贵司管理的|贵|你们)?(?:[（(][^（()）\n]{2,16}[）)])?([^，,。；;！!？?\s（(]{3,24})`))
	// theyLive is where the parent lives, said of "他" or "她": "帮我爸发的 他住怡景苑10栋1204".
	theyLive = quickre.MustCompile(EitherScript(`(?:^|[，,。\s])(?:他|她)(?:一个人)?住(?:在)?([^，,。；;！!？?\s（(]{3,24})`))
	// parentAged is the parent named before their age: "我父亲王福生今年82岁".
	parentAged = quickre.MustCompile(EitherScript(`(?:我爸爸?|我妈妈?|我父亲|我母亲)(\p{Han}{2,3}?)今年`))
	// parentsPlace is where the parent keeps their stall or store: "我爸吴德福在江海市场干货区二街08号做
	// 干货生意", "我爸田国富是洁速洗车 石家庄裕华路店的加盟商".
	parentsPlace = quickre.MustCompile(EitherScript(`(?:我爸爸?|我妈妈?|我父亲|我母亲|我阿爸|我阿妈|我阿媽)\p{Han}{2,3}?(?:[（(][^（()）\n]{1,16}[）)])?` +
		`(?:(?:在|喺)([^，,。；;！!？?\n]{3,30}?)(?:做|卖|賣|开|開|经营|經營)|是([^，,。；;！!？?\n]{3,30}?店)的(?:加盟商|店主|老板|店长))`))
	// parentsStall is the stall the parent keeps, said after what they sell: "…卖菜，摊位是蔬菜区3号棚22号".
	parentsStall  = quickre.MustCompile(EitherScript(`(?:我爸爸?|我妈妈?|我父亲|我母亲)[^。\n]{0,30}?[，,]\s*(?:摊位|档口|铺位|档位)(?:号)?(?:是|在)([^，,。；;\s]{3,20})`))
	parentsNumber = quickre.MustCompile(EitherScript(`(?:打(?:俾|畀)我(?:阿)?(?:爸爸?|妈妈?|媽媽?)|打我(?:爸爸?|妈妈?|父亲|母亲|奶奶|爷爷|外公|外婆)(?:的|家里的?|家的?)?(?:电话|手机|座机)|给我(?:爸爸?|妈妈?|父亲|母亲)打(?:电话|手机)(?:[，,]\s*(?:家里|家)的?(?:座机|固话|电话))?|(?:我爸|我妈)(?:叫\p{Han}{2,3}[，,\s]\s*)?(?:的)?(?:电话|手机)|(?:请|麻烦)(?:直接)?(?:打|拨)(?:她|他)?(?:家里|家)的?(?:座机|固话|电话)|(?:请|麻烦)(?:直接)?(?:打|拨)(?:她|他)(?:的)?(?:电话|手机)|打(?:奶奶|爷爷|外公|外婆)家(?:的)?(?:座机|电话|固话)|(?:请|麻烦)?联系我(?:爸爸?|妈妈?|父亲|母亲)[:：]?|(?:(?:跟|和|与)我(?:爸爸?|妈妈?|父亲|母亲)联系|(?:请|麻烦)?(?:直接)?联系我(?:爸爸?|妈妈?|父亲|母亲))[，,]\s*(?:他|她)(?:的)?(?:电话|手机|座机)(?:是)?)` +
		`[:：是]?\s*(\+?\d[\d \-]{6,16}\d)`))
)

// stallThenWholeName is a stall by its row, number and word, its keeper's whole name right after
// it; stallThenMine a stall by its row and number, then the writer's words of "我的档口"; stallSaid
// a stall in a market's area or a night market's row the writer says they keep or trade at.
var (
	stallThenWholeName = quickre.MustCompile(EitherScript(`^(\p{Han}{1,4}区[A-Z0-9]{1,2}[排棚行]\d{1,3}号?(?:摊位|摊|档口|档))(\p{Han}{2,3})[。，,\s]`))
	stallThenMine      = quickre.MustCompile(EitherScript(`^(\p{Han}{1,4}区第?[A-Z0-9]{1,2}[排棚行]\d{1,3}号?)[ \t\x{3000}]+我(?:的|家)?(?:档口|摊位|摊|档)`))
	stallSaid          = quickre.MustCompile(EitherScript(`(?:^|[。！？\n，,\s])(?:我|本人)(?:是|在)(?:在)?((?:\p{Han}{1,4}区|夜市)[A-Z0-9]{1,2}[排棚行]\d{1,3}号?(?:摊位|摊|档口|档)?)` +
		`(?:做|卖|烤|经营|开|摆摊|的)`))
)

// nameThenMobile is a name or a surname, then a mobile number, apart by spaces or commas.
var nameThenMobile = quickre.MustCompile(`^[ \t\x{3000}，,、]+(\p{Han}{1,4})[ \t\x{3000}，,、]*(` + mobileDigits + `)(?:[^\d]|$)`)

// mobileAfterFlat is a mobile's number right after the flat a text begins with: "5幢802，139…".
var mobileAfterFlat = quickre.MustCompile(`^[ \t\x{3000}，,、]+(` + mobileDigits + `)(?:[^\d]|$)`)

// mallUnitSaid is the unit in a mall of the shop or the counter a keeper says they are of: "我是一
// 楼中岛L1-K06饰品柜台的石佳琪", "我是三楼3F-A301眼镜店（明视眼镜）的店主…", "我是露米美妆1F中岛K06
// 的店长…", "我是沿街商铺S1-12号“卫国面馆”的…", "我们是三楼L3-318甜心烘焙，", a stall in its area
// ("我是水产区B-12卖鱼的黄德明"); "" when none.
func mallUnitSaid(text string) string {
	if !containsAny(text, "我是", "我们", "我們") {
		return ""
	}
	for _, re := range []*quickre.Regexp{iAmOf, weAreShop, weRent} {
		for _, m := range re.FindAllStringSubmatch(text, perLine) {
			if nearby.MatchString(m[1]) {
				continue // "我是对面L1-105的…" is a neighbour's
			}
			if u := mallCodeIn.FindStringSubmatchIndex(m[1]); u != nil {
				if u[2] >= 0 {
					if area := marketAreaBefore.FindString(m[1][:u[2]]); area != "" {
						return area + m[1][u[2]:u[3]] // "我是水产区B-12卖鱼的黄德明": the stall in its area
					}
					if floor := basementBefore.FindString(m[1][:u[2]]); floor != "" {
						return floor + m[1][u[2]:u[3]] // "我们是负一层B1-032小鹿童装": the shop on its floor
					}
					return m[1][u[2]:u[3]]
				}
				return m[1][u[4]:u[5]]
			}
		}
	}
	return ""
}

// basementBefore is a basement's floor said right before a shop's code: "负一层" of "负一层B1-032".
var basementBefore = quickre.MustCompile(EitherScript(`(?:负[一二三]层|负[一二三]楼|地下[一二三]层)$`))

// roomsRented are the rooms a tenant says it rents together: "501到503" of "我们诊所租的是501到503三
// 间", "3楼301、302、305" of "我校…租用时代大厦3楼301、302、305三间教室"; "" when it names none so.
func roomsRented(text string) string {
	if !contains(text, "租") || !containsAny(text, "间", "間", "套", "单元", "單元") {
		return ""
	}
	if m := severalRooms.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

var severalRooms = quickre.MustCompile(EitherScript(`(?:租的是|租用(?:了|的)?|租了)\s*(?:\p{Han}{2,8}?(?:大厦|中心|广场|大楼|园区))?\s*` +
	`((?:\d{1,2}号楼)?(?:\d{1,2}[楼层])?[A-Z]?\d{3,4}(?:\s*(?:到|至|-|—|~|、|和)\s*[A-Z]?\d{3,4})+)室?(?:共|一共)?(?:[一二三四五六七八九十两]|\d{1,2})?(?:个)?(?:间|套|单元)`))

// streetShopSaid is the street-front shop, the food court's counter or the market's stall a keeper
// says is theirs: "我是滨江路18号临街铺“江边小厨”的老板蒋少华", "我是B1美食街第12櫃「阿翰滷肉飯」的
// 負責人", "我們是B1美食街08櫃「阿嬌古早味」", "我在蔬菜区3号棚22号摊位卖菜三年了", "本人林志明，在貴
// 廣場3樓A12櫃位經營手工皮件", "我们西区水产12号档的货全部化冻了"; "" when none.
func streetShopSaid(text string) string {
	if !containsAny(text, "我是", "我在", "我们", "我們", "我家", "本人") || !containsAny(text, "铺", "鋪", "舖", "临街", "臨街", "门面", "門面", "美食", "小吃街", "柜", "櫃", "摊", "攤", "档", "檔") {
		return ""
	}
	if m := streetShopOrStall.FindStringSubmatch(text); m != nil {
		return cmp.Or(m[1], m[2], m[3], m[4], m[5])
	}
	return ""
}

var streetShopOrStall = quickre.MustCompile(EitherScript(`我是(\p{Han}{1,8}?(?:路|街|大道|巷)\d{1,4}(?:-\d{1,3})?号)(?:临街铺|临街商铺|临街|商铺|门面|铺面|铺)[“"「『]|` +
	`我(?:们|們)?是((?:[A-Z]\d|负一楼|负一层|[一二三四五\d][楼层])?\p{Han}{0,4}?(?:美食街|美食广场|美食城|小吃街)[ \t]?第?\d{1,3}号?(?:柜|档口|档|铺))|` +
	`我在((?:\p{Han}{1,6}区)?(?:\d{1,2}号棚)?[A-Z]?-?\d{1,3}号?(?:摊位|档口|摊))(?:卖|做|经营|摆|开)|` +
	// "本人林志明，在貴廣場3樓A12櫃位經營手工皮件".
	`(?:本人\p{Han}{2,3}[，,]\s*|我)在(?:贵|你们)?(?:广场|商场|大厦|市场|中心)?((?:\d{1,2}[楼樓层層]|[A-Z]\d)?[A-Z]?\d{1,4}号?(?:柜位|铺位|摊位|档口|号铺|铺))(?:经营|卖|开)|` +
	// "我们西区水产12号档的货全部化冻了": the stall whose goods were lost.
	`(?:我们|我家)((?:\p{Han}{1,4}区)?\p{Han}{0,4}?\d{1,3}号?(?:档口|档|摊位|摊))的(?:货|东西|冰柜|冷柜|冻品|鱼|菜|肉|生意)`))

// placeInBracketsSaid is the flat or office a writer says they are of where brackets break the
// words: in brackets after their home, their unit or their office ("我们家是业主（13栋603）", "本人
// 單位（濱海豪庭2座15樓C室）"), in brackets after their company ("我是启明星教育（科技园5号楼1102
// 室）的办公室主任…"), or after a street in brackets ("我是天山三村（仙霞路1250弄）17号503室的沈惠
// 珍"), or the stall in brackets after the shop they opened ("我在美食城B区开了一家麻辣烫（B-21
// 档）"); "" when none.
func placeInBracketsSaid(text string) string {
	if !quickre.ContainsAny(text, "（(") {
		return ""
	}
	if contains(text, "开") {
		if m := stallOpened.FindStringSubmatch(text); m != nil {
			return m[1] // "我在美食城B区开了一家麻辣烫（B-21档）": the stall the writer keeps
		}
	}
	if m := ownInBrackets.FindStringSubmatch(text); m != nil && (addressPart(m[1]) == m[1] || buildingDashFlat.MatchString(m[1])) && !streetAddress.MatchString(m[1]) {
		return m[1] // "我们家是业主（13栋603）", "本人單位（濱海豪庭2座15樓C室）", "新办公室（8-201）"
	}
	if !contains(text, "我是") {
		return ""
	}
	for _, m := range iAmOf.FindAllStringSubmatch(text, perLine) {
		before, inner, ok := cutBracket(m[1])
		if !ok || nearby.MatchString(m[1]) {
			continue
		}
		if a := addressPart(inner); a != "" && a == inner && !streetAddress.MatchString(inner) {
			return inner // "启明星教育（科技园5号楼1102室）"
		}
		if g := strings.TrimSpace(remark.ReplaceAllString(m[1], "")); before != "" && addressPart(g) == g && flatAtEnd.MatchString(g) {
			return g // "天山三村（仙霞路1250弄）17号503室": the flat, without the street
		}
	}
	return ""
}

// stallOpened is the writer's shop or stall by its code in brackets after their words of opening
// it.
var stallOpened = quickre.MustCompile(EitherScript(`我在[^，。！？\n]{0,12}?开了?(?:一家|一个|一间|家|间)[^，。！？（(\n]{1,10}[（(]` +
	`([A-Z0-9]{1,3}-?[A-Z]?\d{1,4}(?:号档|档口|档|号铺|铺位|铺|摊位|号摊))[）)]`))

// iAmOf is the words between "我是" and the "的" before the writer's role or name; mallCodeIn a
// mall's unit among them, by its code or as an island counter.
var (
	iAmOf      = quickre.MustCompile(`我是([^，,。！？!?\n的]{2,40})的`)
	mallCodeIn = quickre.MustCompile(EitherScript(`(?:^|[^A-Za-z0-9\-])((?:[A-Z]\d?|\d{1,2}F)-[A-Z]?\d{2,4})(?:[^0-9A-Za-z\-]|$)|` +
		`((?:\d{1,2}F|[一二三四五六七八九]楼)?中岛\s*[A-Z]\d{2,3})`))
)

// weAreShop is a shop's keepers saying which it is, its unit before its name: "我们是三楼L3-318甜心
// 烘焙，"; weRent their words of renting it: "我们Jade & Stone珠宝在贵商场租了L1-A08铺";
// marketAreaBefore the area of a market right before a stall's code: "水产区".
var (
	weAreShop        = quickre.MustCompile(EitherScript(`我们是([^，,。！？!?\n的]{2,30}?\p{Han}{2,10})(?:[，,。！!\s]|$)`))
	weRent           = quickre.MustCompile(EitherScript(`我们([^，。！？\n]{0,30}?(?:租了|租用了?|承租了?)[^，。！？\n]{2,20})`))
	marketAreaBefore = quickre.MustCompile(EitherScript(`\p{Han}{1,4}区$`))
)

// deskSaid is the desk or the office a member of a business centre or a shared office says they
// rent there: "我们租的是独立办公室B07", "我是在开放办公区A区工位A-16的会员", "我在5楼开放区 A-23工
// 位", "我们公司Tidewave在16楼商务中心F07", "我司灵秀设计在8楼806独立办公室"; "" when none.
func deskSaid(text string) string {
	if !containsAny(text, "工位", "办公室", "辦公室", "商务中心", "商務中心") {
		return ""
	}
	if m := deskOfMine.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1])
	}
	if m := deskNumbered.FindStringSubmatch(text); m != nil && contains(text, "我") {
		return m[1] // "我是在咱们空间租用固定工位的会员宋子涵，工位号D-15。"
	}
	return ""
}

// deskNumbered is a desk by its number after its label, in group 1: "D-15" of "工位号D-15", "F3-27"
// of "工位号是F3-27" (its floor first).
var deskNumbered = quickre.MustCompile(EitherScript(`(?:^|[，,。；;\s的])(?:固定)?工位(?:号|编号)(?:是|为)?[:：]?\s*([A-Z]{1,2}\d?-?\d{1,3})(?:[，,。；;\s]|$)`))

// deskOfMine is a desk or an office of a shared office after the writer's words of renting it or
// being there, in group 1.
var deskOfMine = quickre.MustCompile(EitherScript(`(?:我|本人|我们|我司)[^，。！？\n]{0,16}?(?:是|在|租的是|租了|租用)(?:在)?` +
	`((?:\d{1,2}(?:楼|F)\s*-?)?(?:开放(?:办公)?区?\s*)?(?:[A-Z]区\s*)?(?:工位\s*[A-Z]{1,2}-?\d{1,3}|[A-Z]{1,2}-?\d{1,3}\s*号?工位|\d{1,3}\s*号工位|` +
	`独立办公室\s*[A-Z]?\d{2,4}|[A-Z]?\d{3,4}\s*独立办公室|商务中心\s*[A-Z]?\d{2,3}))`))

// guestRoomSaid is the room a hotel's or an apartment hotel's guest says they stay in, in one of its
// groups: "1208房" of "我是11月18日入住1208房的客人", "1608房间" of "我是1608房间的住客", "2306號房"
// of "入住貴飯店2306號房", "1912房" of "我是长住在1912房的", "行政公寓楼1808房" of "住在行政公寓楼1808房",
// "A1512" of "房号A1512" and of "之前住在贵公寓A1203", "1208房间" of "房号1208房间", "812房" of "我是昨晚
// 入住你们宾馆的吴先生，住812房", "Room 2212" of "I am staying in Room 2212", "Room 2315" of "I'm a
// long-stay guest in Room 2315", "room 1420" of "This is Raj Patel from room 1420, long stay
// guest", "room 2306" of "I am attending the … Forum at your hotel and staying in room 2306",
// "Room 1512" of "I'm staying at your hotel (Room 1512)", "Room 1718" of "My own room,
// Room 1718, has…" and of "You can reach me in Room 1718", "1218房间" of "住在你们酒店的1218房间", "Room
// 1507" of "My wife and I are retired and staying in Room 1507, …", "Room 1712" of "…in your serviced
// apartments (Room 1712, check-in 2 September…)", "Room 815" of "I stayed in Room 815 of the attached
// hotel", "2305室" of "我自3月起長住貴公寓的2305室".
var guestRoomSaid = quickre.MustCompile(EitherScript(`(?:入住|住在|长住在|长住|长包|住的|我是|[，,]住在?)(?:贵酒店|贵饭店|贵宾馆|贵公寓|(?:你们|您们|你們)(?:酒店|饭店|宾馆|公寓)的?)?\s*`+
	`((?:\p{Han}{2,5}(?:楼层|楼)|\d{1,2}(?:楼|层))?[A-Z]?\d{3,4}(?:号房|房间|套房|房))(?:的|[，,。；\s（(]|\p{Han}{2,3}[，,。]|$)|`+
	`房号(?:是|为)?[:：]?\s*([A-Z]?\d{3,4}(?:号房|房间|房)?)(?:[，,。；\s]|$)|住在贵公寓\s*([A-Z]\d{3,4})(?:[，,。；\s]|$)|`+
	`(?:入住|住在|长住在|长住|长包)(?:贵|你们)(?:酒店|饭店|宾馆|公寓)的?\s*([A-Z]?\d{3,4}室)(?:[，,。；\s]|$)`) +
	`|(?i:\b(?:i am|i'm|i’m|we are|we're)\b[^.\n]{0,70}?\b(?:guest|staying|living)\b[^.\n]{0,30}?\bin (?:your (?:serviced )?apartment )?` +
	`((?:executive |deluxe )?(?:room|suite|apartment|apt\.?) [A-Z]?\d{3,4})\b|\bfrom (room \d{3,4}), (?:a )?long[ -]stay guest|` +
	`\bstaying at your (?:hotel|serviced apartments?|apartment hotel) \(((?:room|suite|apartment|apt\.?) [A-Z]?\d{3,4})\)|` +
	`\bmy own room, ((?:room|suite) [A-Z]?\d{3,4}),|\breach me in ((?:room|suite) [A-Z]?\d{3,4})\b|` +
	`\b(?:i|we)\b[^.\n]{0,40}?\b(?:staying|living|stayed) in ((?:room|suite) [A-Z]?\d{3,4})\b|\bguest at (?:the|your) hotel,? ((?:room|suite) [A-Z]?\d{3,4})\b|\(((?:room|suite) [A-Z]?\d{3,4}), check-in\b)`)

// placeBefore is the name of an estate, a market, a centre or a venue a text ends with, after the
// writer's words for being there or a space: "恒基中心" of "我是恒基中心", "东门农贸市场" of "我是东门
// 农贸市场", "翠湖天地二期 " of "住翠湖天地二期 " (the name in group 1, the space after it in 2).
var placeBefore = quickre.MustCompile(EitherScript(`(?:^|[是在住喺係於于\s，,。：:])([^\P{Han}是在住喺係於于的我你他她们們这這那本贵貴]{2,10}?` +
	`(?:农贸市场|批发市场|市场|商贸城|商城|街市|中心|大厦|广场|花园|小区|新村|苑|天地|[一二三四五六七八九]期|一号))([ \t]?)$`))

// withPlaceName is the writer's place with the name of the estate, the market or the centre the text
// gives right before it: "东门农贸市场二区B-07摊位" for "二区B-07摊位", "翠湖天地二期 11-1-1203" for
// "11-1-1203", "恒基中心A座1906室" for "A座1906室"; the place as it is when the text gives none, or
// names the office's own ("你们小区").
func withPlaceName(place, text string) string {
	i := strings.Index(text, place)
	if place == "" || i < 0 || !strings.ContainsFunc(place, unicode.IsDigit) || quickre.ContainsAny(place, "馆館") {
		return place // not the venue of a booth in its hall ("華景會展中心5館E102")
	}
	if m := placeBefore.FindStringSubmatch(text[max(0, i-40):i]); m != nil && !yourEstate.MatchString(m[1]) && !strings.HasPrefix(place, m[1]) {
		return m[1] + m[2] + place
	}
	return place
}

// wholeUnit is the writer's unit with the words the text says around it as theirs: the market,
// the mall or the shared office named between "我是" and it ("建材市场C区C2-118" of "我是建材市场C区
// C2-118金源五金的老板娘", "3楼联合办公区固定工位D-17"), the mall in the brackets after their shop's
// name ("天虹广场4F-12" of "蜀味小馆（天虹广场4F-12）"), and the word after it that says what the unit
// is ("K-07号花车", "E-17号工位", "3F-028号商铺"; "3068档口", "5F-22铺位" and "B-26号" in a place so
// named: "新世界百货5F-22铺位"). A floor alone ("三楼L3-22") or an area by its goods ("肉类区C-23") is
// not such a name: the unit stays as it is.
func wholeUnit(place, text string) string {
	i := strings.Index(text, place)
	if place == "" || i < 0 || !strings.ContainsFunc(place, unicode.IsDigit) {
		return place
	}
	whole := place
	before, lead := text[max(0, i-60):i], -1
	for _, w := range []string{"我是", "我們是", "我们是", "我係", "（", "("} {
		if j := strings.LastIndex(before, w); j >= 0 && j+len(w) > lead {
			lead = j + len(w)
		}
	}
	// The words of the place itself before its unit's code: "新四季服装城3楼" of "新四季服装城3楼3068".
	inPlaceNamed := namedArea(strings.TrimRightFunc(place, func(r rune) bool { return !unicode.Is(unicode.Han, r) }))
	if span := before[max(lead, 0):]; lead >= 0 && utf8.RuneCountInString(span) <= 16 &&
		!quickre.ContainsAny(span, "，,。；;！!？?、：:的是在我你他她贵貴 \t\r\n（）()「」“”") &&
		(namedArea(span) || floorAtEnd.ReplaceAllString(span, "") == "" && inPlaceNamed) {
		whole = span + place // "我是一楼中庭K-07号花车…", "（悦城4F-408）", "我们是8楼共享办公区E-17号工位的…"
	}
	named := whole != place || inPlaceNamed
	after := text[i+len(place):]
	for _, w := range unitWords {
		if strings.HasPrefix(after, w.word) && (named || !w.named) && !strings.HasSuffix(place, w.word) {
			if afterNumber[w.word] && !endsInDigit(place) || (w.word == "洋房" || strings.HasPrefix(w.word, "亭子")) && !endsInDigit(place) && !strings.HasSuffix(place, "号") && !strings.HasSuffix(place, "號") {
				continue // a flat's word only after its number
			}
			if r, _ := utf8.DecodeRuneInString(after[len(w.word):]); !strings.ContainsRune("铺舖鋪档檔摊攤展位楼樓东東西南北主租产產", r) {
				// Not "502户主", "302房东", "房租": another word the unit's word begins.
				return whole + w.word
			}
		}
	}
	return whole
}

// ourPremisesAt is where the writer says their office, studio, shop or parcel station is, in a
// sentence that is about themselves: "12楼1205" of "我们通达贸易是贵中心的长期租户，办公室在12楼1205。",
// "创意园C栋3楼C302" of "我是光明设计工作室的谢婉婷，工作室在创意园C栋3楼C302", "东门商业街S-05号铺" of
// "我是…菜鸟驿站的加盟店主周海军，驿站在东门商业街S-05号铺", "我司所在的A座1906室", "我们店正好在扶梯
// 口，L3-028号铺"; not someone else's ("王总的办公室在…", "他们公司在…"); "" when none.
func ourPremisesAt(text string) string {
	if !containsAny(text, "室在", "站在", "店在", "铺在", "鋪在", "面在", "子在", "司在", "位于", "位於", "设在", "設在", "所在的", "在扶梯", "在电梯", "在门口", "在入口", "在出口") {
		return ""
	}
	if m := premisesThenUnit.FindStringSubmatch(text); m != nil && addressPart(cmp.Or(m[1], m[2])) != "" && strings.HasPrefix(cmp.Or(m[1], m[2]), addressPart(cmp.Or(m[1], m[2]))) {
		// "我司所在的A座1906室", "我们店正好在扶梯口，L3-028号铺": the office, the shop's unit.
		return addressPart(cmp.Or(m[1], m[2]))
	}
	for _, m := range premisesAt.FindAllStringSubmatchIndex(text, perLine) {
		before := text[:m[0]]
		if i := strings.LastIndexAny(before, "。！？!?\n"); i >= 0 {
			before = before[i+1:]
		}
		who := lastRunes(before, 1)
		if !containsAny(before, "我", "本人", "本公司", "本店") || quickre.ContainsAny(who, "他她") || who == "的" && !strings.HasSuffix(before, "我的") && !strings.HasSuffix(before, "我们的") {
			continue
		}
		if a := addressPart(text[m[2]:m[3]]); a != "" && strings.ContainsFunc(a, unicode.IsDigit) && !strings.HasPrefix(text[m[2]+len(a):], "年") {
			// Not a year after a floor: "我们公司在3楼 2026年搬来的".
			return a
		}
	}
	return ""
}

// premisesThenUnit is the office a firm says it is at after "所在的" (group 1), or the shop's unit
// after where it stands (group 2).
var premisesThenUnit = quickre.MustCompile(EitherScript(`(?:我司|本公司|我们公司|我们店|我们的店|本店)所在的\s*([^，,。；;！!？?\n]{3,30})|` +
	`(?:我们店|我们的店|本店|我们的铺子|我家店)(?:就|正好|刚好|正)?在\p{Han}{1,6}[，,]\s*((?:[A-Z]\d?-?)?\d{2,4}号?(?:铺|铺位|商铺|档口|档)?)(?:[，,。；;！!\s]|$)`))

var premisesAt = quickre.MustCompile(EitherScript(`(?:办公室|工作室|驿站|门店|店铺|店面|铺面|铺子|公司)(?:在|位于|位於|设在)\s*([^，,。；;！!？?\n]{3,40})`))

// ownSpaceSaid is the parking space, the garage or the storage room a writer who gives no flat says
// is theirs: "地下二层B2-136号车位" of "名下有地下二层B2-136号车位", "B-112车位" of "我的B-112车位天天被占",
// "负一层储藏室17号" of "我家在地下室有一间储藏室（负一层储藏室17号）"; "" when none.
func ownSpaceSaid(text string) string {
	if !containsAny(text, spaceWords...) {
		return ""
	}
	if containsAny(text, "室（", "室(", "间（", "间(", "間（", "間(", "位（", "位(", "库（", "库(", "庫（", "庫(") {
		if m := spaceInBrackets.FindStringSubmatch(text); m != nil {
			return m[1]
		}
	}
	if !containsAny(text, "我的", "我家", "名下有", "我买的", "我租的", "我買的") {
		return ""
	}
	for _, w := range spaceWords {
		// The words just before each space the text names, not the whole text.
		for at := 0; ; {
			i := strings.Index(text[at:], w)
			if i < 0 {
				break
			}
			end := at + i + len(w)
			if m := mySpace.FindStringSubmatch(text[max(0, at+i-48):end]); m != nil {
				return m[1]
			}
			at = end
		}
	}
	return ""
}

// spaceWords are the words of a parking space, a garage and a storage room.
var spaceWords = []string{"车位", "車位", "车库", "車庫", "储藏室", "儲藏室", "储物间", "儲物間", "杂物间", "雜物間"}

var (
	spaceInBrackets = quickre.MustCompile(EitherScript(`(?:储藏室|储物间|杂物间|车位|车库)[（(]([^（）()\n，,是和]{0,12}\d[^（）()\n，,是和]{0,12}(?:\d|号|车位|室|间))[）)]`))
	mySpace         = quickre.MustCompile(EitherScript(`(?:我的|我家的|我家|名下有|我买的|我租的)\s*((?:地下|负)?[^，。！？；\s的是在停]{0,8}?[A-Z0-9][A-Z0-9\-]{1,8}(?:号|號)?(?:车位|车库|储藏室|储物间|杂物间))`))
)

// placeOfWriter is the writer's own place by the first of these readings, in this order, that finds
// one: a store's labelled position, the flat the text begins with, a fixture's, a shop's, a stall's,
// a franchisee's unit, a guest's room, the foot's place, …; "" when none does. Each reading runs only
// when those before it found nothing.
func placeOfWriter(own, said, subject, name, foot string) string {
	for _, find := range [...]func() string{
		func() string { return storePosition(own) },
		func() string { return leadFlat(own) },
		func() string { return fixtureFlat(own) },
		func() string { return shopUnit(own) },
		func() string { return ownUnit(own) },
		func() string { return franchiseUnit(said) },
		func() string { return guestRoom(own) },
		func() string { return foot },
		func() string { return ownStore(said) },
		func() string { return besideOwnName(own, name) },
		func() string { return englishOwnPlace(own) },
		func() string { return ownStoreName(own) },
		func() string { return storeCode(subject, said) },
		func() string { return leadBooth(own) },
		func() string { return boothSaid(own) },
		func() string { return flatBesideName(own, name) },
		func() string { return flatBeforeName(own, name) },
		func() string { return flatAndNameInBrackets(own, name) },
		func() string { return ownShopCode(own) },
		func() string { return mallUnitSaid(own) },
		func() string { return streetShopSaid(own) },
		func() string { return placeInBracketsSaid(own) },
		func() string { return flatThenAsk(own) },
		func() string { return workUnitSaid(own) },
		func() string { return counterWorkedAt(own) },
		func() string { return unitBesideMyName(own) },
		func() string { return flatOrOfficeSaid(own) },
		func() string { return roomsRented(own) },
		func() string { return officeOfFirm(own) },
		func() string { return cityAddressSaid(own) },
		func() string { return ourNumberedOffice(own) },
		func() string { return teamsDesk(own) },
		func() string { return flatInEnglishSaid(own) },
		func() string { return floorThenFlat(own) },
		func() string { return ourPremisesAt(own) },
		func() string { return placeIAmAt(own) },
		func() string { return ownSpaceSaid(own) },
		func() string { return addressAfterStay(own) },
		func() string { return flatAllotted(own) },
		func() string { return placeTradedAt(own) },
		func() string {
			// "我们不是4栋302，是4栋320": the flat the writer puts right.
			if m := notThisFlat.FindStringSubmatch(own); m != nil && addressPart(m[1]) == m[1] {
				return m[1]
			}
			return ""
		},
	} {
		if p := find(); p != "" {
			return p
		}
	}
	return ""
}

// placeTradedAt is the shop or the stall the writer says they trade at: "茶城二期3排17号" of "本人温
// 建国，在茶城二期3排17号经营“温记茶行”", "C区8号摊位" of "我们C区8号摊位门口最严重"; "" when none is
// said so.
func placeTradedAt(text string) string {
	if !containsAny(text, "经营", "开店", "开了", "做生意", "摊位", "档口", "铺位") {
		return ""
	}
	for _, m := range tradedAt.FindAllStringSubmatch(text, perLine) {
		if w := cmp.Or(m[1], m[2]); addressPart(w) == w && (numberEnd.MatchString(w) || unitAtEnd.MatchString(w)) {
			return w
		}
	}
	return ""
}

// notThisFlat is a flat the writer puts right after the wrong one they were taken for, in group 1.
var notThisFlat = quickre.MustCompile(EitherScript(`(?:我们|我家|我)(?:家)?不是[^，,。；\s]{3,20}[，,]\s*(?:而)?是([^，,。；！？\s]{3,20})`))

// numberEnd is a place that ends in its number: "3排17号".
var numberEnd = quickre.MustCompile(EitherScript(`\d{1,4}(?:号|室)?$`))

// tradedAt is a place the writer trades at (group 1), or their stall before its door (group 2).
var tradedAt = quickre.MustCompile(EitherScript(`(?:^|[，,。；;\s])(?:我|本人(?:\p{Han}{2,3})?[，,]?\s*)在([^，,。；;！!？?\n“”"]{3,30}?)(?:经营|开了|开店|开着|做生意)|` +
	`(?:^|[，,。；;\s])我们(?:的)?([^，,。；;！!？?\n\s]{1,12}?\d{1,4}号?(?:摊位|档口|铺位))(?:门口|前面|旁边)?`))

// addressAfterStay is the address the writer gives right after saying they live or rent there:
// "刘庄东街28号院3楼305房间" of "我在刘庄村租房子住，地址是刘庄东街28号院3楼305房间"; "" when none is
// given so.
func addressAfterStay(text string) string {
	if !contains(text, "址") {
		return ""
	}
	if m := stayThenAddress.FindStringSubmatch(text); m != nil {
		return addressPart(m[1])
	}
	return ""
}

// flatAllotted is the flat the writer says they were allotted or bought: "石桥安置点C区12号楼2单元301" of
// "按拆迁协议分得石桥安置点C区12号楼2单元301一套", a buyer's "所购房屋为12号楼1单元803室", "購買 遠雄幸
// 福城 C棟 7樓之2（契約編號…）"; "" when none is said so.
func flatAllotted(text string) string {
	if !containsAny(text, "分得", "分到", "分配到", "购买", "購買", "所购", "所購", "购得", "購得") {
		return ""
	}
	if m := allotted.FindStringSubmatch(text); m != nil && addressPart(m[1]) == m[1] {
		return m[1]
	}
	return ""
}

var allotted = quickre.MustCompile(EitherScript(`(?:分得|分到|分配到|购买了?|购得|所购(?:房屋|房产|房子|住房|的房子)?(?:为|是))[ \t]*([^，。；！？\n（(]{3,30}?(?:\d{3,4}室?|\d{1,2}楼之\d{1,2}))[ \t]*(?:一套|这套|的房子|[，。；\n（(]|$)`))

var stayThenAddress = quickre.MustCompile(EitherScript(`(?:我|本人)[^，。\n]{0,12}?住[，,]\s*(?:地址|住址)(?:是|为)[:：]?\s*([^，。；！？\n]{3,40})`))

// calledSender tells a sender's name that is how people call the writer, not their name: "阿哲",
// "老周", "李生" (Cantonese for Mr. Li), "王姐".
func calledSender(t string) bool {
	t = strings.TrimSpace(t)
	return familiar.MatchString(t) || calledBy.MatchString(t) || cantoneseMister.MatchString(t)
}

var cantoneseMister = quickre.MustCompile(`^\p{Han}生$`)

// placeIAmAt is the place the writer says they are at before their shop's or their firm's name and
// their job or their name: "金鼎大厦17层1705" of "我们是金鼎大厦17层1705美源广告。", "科技大厦1203室" of
// "我是科技大厦1203室明远律师事务所的行政孙悦", "天街美食广场A区08号" of "我是天街美食广场A区08号“老周面
// 馆”的周晓峰", "美食广场F3-08" of "我们是美食广场F3-08的“川味小馆”"; "" when the words after "我是"
// begin with no numbered place.
func placeIAmAt(text string) string {
	for _, at := range iAmAt.FindAllStringSubmatchIndex(text, perLine) {
		if strings.Count(text[:at[0]], "“") > strings.Count(text[:at[0]], "”") {
			continue // "以下是邻居发给我的：“…我是6栋1201的业主…”": another's words, in quotes
		}
		words := text[at[2]:at[3]] // after "我是"
		a := addressPart(words)
		if a == "" || !numberedUnitEnd.MatchString(a) && !floorSideEnd.MatchString(a) || notYetPlace.MatchString(words) {
			continue // "我是来投诉12号铺的", "我们是隔壁3栋1202的租户"
		}
		if r := shopAfterPlace.FindStringSubmatch(strings.TrimLeft(words[len(a):], " \t")); r != nil {
			return a + r[1] // "锦绣花园临街商铺12号铺（莉莉美甲）的店主": the shop, with its word
		}
	}
	return ""
}

var (
	iAmAt = quickre.MustCompile(EitherScript(`(?:我是|我们是|我們是|我係|本人是)\s*([^，,。；;！!？?\n]{3,60})`))
	// shopAfterPlace is a shop's or a firm's name after the place, then the writer's job or name.
	shopAfterPlace = quickre.MustCompile(`^(铺|舖|鋪|档口|檔口|档|檔|室|户|戶|门面|門面)?\s*(?:(?:[「“"（(][^」”"）)\n]{1,16}[」”"）)]|[^\P{Han}的嘅]{2,12}?)\s*(?:(?:的|嘅)[^的]{0,8})?|` +
		`(?:的|嘅)(?:业主|業主|住户|住戶|租户|租戶|租客|店主|老板|老闆|负责人|負責人|店长|店長|经营户|經營戶)[^的]{0,6}|` +
		// "美食广场F3-08的“川味小馆”".
		`(?:的|嘅)\s*[「“"][^」”"\n]{1,16}[」”"])$`)
	// floorSideEnd ends a flat of an old block by the side of its floor: "6楼东屋", "1楼东户".
	floorSideEnd = quickre.MustCompile(EitherScript(`\d(?:楼|层)(?:[东西南北左右](?:手)?(?:边)?[户屋门]?)$`))
	// notYetPlace begins words after "我是" that are no place of the writer's.
	notYetPlace = quickre.MustCompile(EitherScript(`^\s*(?:来|在|去|隔壁|对门|对面|楼上|楼下|旁边)`))
)

// afterNumber are the words of unitWords said only right after a flat's number.
var afterNumber = map[string]bool{"房间": true, "房間": true, "房": true, "户": true, "戶": true, "栋": true, "棟": true}

// endsInDigit tells a place that ends in a digit: "白石洲西区五坊68号302".
func endsInDigit(place string) bool {
	last, _ := utf8.DecodeLastRuneInString(place)
	return last >= '0' && last <= '9'
}

// namedArea tells a place's words before a unit that name the market, the mall, the shared office
// or the villa estate it is in, the floor after them or not: "建材市场C区", "天虹广场", "新四季服装城3
// 楼", "一楼中庭", "3楼联合办公区固定工位"; not a floor alone, nor an area by its goods ("肉类区").
func namedArea(span string) bool {
	return namedAreaEnd.MatchString(floorAtEnd.ReplaceAllString(span, ""))
}

var (
	floorAtEnd   = quickre.MustCompile(EitherScript(`(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[A-Z]\d?)(?:楼|层)$`))
	namedAreaEnd = quickre.MustCompile(EitherScript(`(?:[A-Z0-9]区|\p{Han}(?:广场|城|中心|大厦|市场|商场|百货)|SOHO(?:\s?T\d)?|别墅区|别墅|联排|办公区|工位|中庭|中岛)$`))
	// unitWords say what a unit is, after its number; some only in a place named (named).
	unitWords = []struct {
		word  string
		named bool
	}{
		{"号商铺", false}, {"號商鋪", false}, {"號商舖", false}, {"商铺", false}, {"商鋪", false}, {"商舖", false},
		{"号工位", false}, {"號工位", false}, {"工位", false}, {"号花车", false}, {"號花車", false}, {"花车", false}, {"花車", false},
		{"档口", true}, {"檔口", true}, {"铺位", true}, {"鋪位", true}, {"舖位", true}, {"号", true}, {"號", true},
		// After a flat's or a villa's number: "68号302房", "23號洋房", "17-3户", "11号亭子间", "联排12栋".
		{"房间", false}, {"房間", false}, {"洋房", false}, {"亭子间", false}, {"亭子間", false}, {"房", false}, {"户", false}, {"戶", false}, {"栋", false}, {"棟", false},
	}
)

// hotelNamed is a hotel the writer says they stay at by its name: "入住会展酒店", "住在会展中心附近的
// 锦华酒店", "staying at the Hilton"; not the one they write to ("住在贵酒店"), nor the hotel they
// speak of ("希望酒店给个说法").
var hotelNamed = quickre.MustCompile(EitherScript(`(?:入住|住在|住|在)(?:[^，。！？\n]{0,10}?的)?[^\P{Han}贵貴本该該在住你您]\p{Han}{0,4}[^\P{Han}贵貴本该該们們](?:酒店|饭店|宾馆)`) +
	`|(?i:\b(?:staying|stay|booked) (?:at|in) the) [A-Z][a-z]+`)

// guestRoom is the room a guest writing to the hotel they stay at says is theirs ("我是贵酒店1203房间
// 的客人", "入住1208房"); not one at another hotel the text names ("入住会展酒店，房号是1208", "住在全季
// 酒店1106房"); "" when there is none.
func guestRoom(text string) string {
	m := guestRoomSaid.FindStringSubmatch(text)
	if m == nil && containsAny(text, "退房", "入住", "酒店", "宾馆", "饭店", "房费") {
		// "本人住1208房", "我在2108房已经住了一周" of a guest writing about their stay.
		m = stayedInRoom.FindStringSubmatch(text)
	}
	if m == nil {
		return ""
	}
	if hotelNamed.MatchString(text) {
		return "" // another hotel, named
	}
	return cmp.Or(m[1:]...)
}

// stayedInRoom is a guest's room after "本人住" or before "已经住".
var stayedInRoom = quickre.MustCompile(EitherScript(`(?:本人|我)住在?([A-Z]?\d{3,4}(?:号房|房间|房))(?:[，,。；\s]|$)|我在([A-Z]?\d{3,4}(?:号房|房间|房))(?:已经)?住`))

// bookedRoom is the meeting room an organiser says they booked at the venue for their event: "租用
// 贵中心5楼502会议室举办…" is 502会议室; "" when none. It is where the event and the trouble are,
// the venue's room: no address of the writer's, to whom the office's letter goes.
func bookedRoom(text string) string {
	if containsAny(text, "eeting", "EETING") {
		if m := roomHired.FindStringSubmatch(text); m != nil {
			return m[1] // "We hired Meeting Room 3 on 5F", "I'm running a two-day workshop in Meeting Room B"
		}
	}
	if containsAny(text, " Room", " Ballroom", " Hall") {
		if m := namedRoomBooked.FindStringSubmatch(text); m != nil {
			return m[1] // "…regional partner summit, booked in the Orchid Room (4th floor) for 10-12 July"
		}
	}
	if !containsAny(text, "会议", "會議", "举办", "舉辦", "举行", "舉行", "召开", "召開", "承办", "承辦", "培训", "培訓", "宴", "包间", "包間", "聚餐", "办", "辦", "厅", "廳") {
		return ""
	}
	if m := roomBooked.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	if m := roomHeldIn.FindStringSubmatch(text); m != nil {
		// "我司6月20日在贵中心A305会议室举办经销商培训会", "在贵中心会议中心 2楼3号会议室 召开",
		// "在二楼紫荆厅举办经销商大会", "租用贵中心5楼长江厅举办两天培训", "在贵中心第二会议室（3楼）开
		// 区域经销商会议", "预订了贵中心B座5楼517会议室全天", "我们…的研讨会今天在3楼第7会议室".
		return strings.TrimPrefix(cmp.Or(m[1], m[2], m[3], m[4], m[5], m[6], m[7]), "的")
	}
	return ""
}

// roomHeldIn is the room at the venue where the writer's meeting is held: "在贵中心二层M3会议室举
// 办", "开幕式在贵酒店二楼多功能厅（大厅A+B）举行", "在你们酒店3楼翠竹轩包间给我父亲办八十大寿",
// "在贵中心二层大宴会厅的年会".
var roomHeldIn = quickre.MustCompile(EitherScript(`在(?:贵|你们)(?:中心|酒店|馆|司|方|大厦|店|\p{Han}{1,4}?)?(?:会议中心|会展中心)?[ \t]*(` + heldRoom + `)[ \t]*(?:[（(][^（）()\n]{0,30}[）)])?` +
	`(?:给[^，。\n]{1,6}?)?(?:举办|举行|召开|承办|主办|开|办了|办|进行|上课|聚餐|用餐|吃饭|宴请|执行|的(?:年会|婚宴|婚礼|寿宴|会议|培训|活动|晚宴|宴会))|` +
	// "婚宴原定9月23日在贵酒店一楼百合厅，", "今天在 3楼第二会议室 开培训会".
	`(?:婚宴|寿宴|婚礼|年会|晚宴|宴会)[^，。\n]{0,12}?在(?:贵|你们)(?:酒店|中心|店)(` + heldRoom + `)|在[ \t]*(` + heldRoom + `)[ \t]*(?:开|举办|举行|召开)(?:培训|会)|` +
	`在贵(?:中心|酒店|馆|方)(?:租用了?|租了|预订了?|订了|包了)(` + heldRoom + `)|` +
	`(?:租用了?|租了|预订了?|订了|包了)贵(?:中心|酒店|馆|方)(的(?:培训室|会议室|洽谈室)[A-Z0-9]{1,3}|` + heldRoom + `)|` +
	`在((?:[一二三四五六七八九十\d]{1,2}(?:楼|层))\p{Han}{1,4}?厅)(?:[（(][^（）()\n]{0,20}[）)])?(?:举办|举行|召开)|` +
	`(?:会|培训|讲座|活动)(?:今天|明天|昨天|上午|下午){0,2}在(` + heldRoom + `)`))

// heldRoom is a room at a venue by its floor and its name: "A305会议室", "二楼紫荆厅", "B座5楼第二
// 会议室", "5楼长江厅", "3楼第7会议室", "4号培训教室", "3楼多功能厅B厅", "3楼多功能厅B", "二楼V08包间".
const heldRoom = `(?:[A-Z]座)?(?:[一二三四五六七八九十\d]{1,2}(?:楼|层))?(?:第[一二三四五六七八九十\d]{1,2}|[A-Z0-9]{0,5})\p{Han}{0,4}?(?:会议室|多功能厅|宴会厅|会议厅|报告厅|培训教室|培训室|教室|厅|包间|包厢|包房)(?:[A-Z]厅?)?`

// roomHired is a meeting room an English writer says they hired or hold their event in, in group 1.
var roomHired = quickre.MustCompile(`(?i)\b(?:hired|booked|rented|reserved|(?:running|holding|hosting) [^.\n]{0,40}? in)\s+(?:the\s+)?(meeting room (?-i:[A-Z0-9]{1,3})(?: on \d{1,2}F)?)\b`)

// namedRoomBooked is a venue's room by its name an English writer says they booked or hold their
// event in, in group 1.
var namedRoomBooked = quickre.MustCompile(`\b(?:booked|hired|reserved|held|holding|hosting|(?:event|launch|conference|seminar|summit|workshop|dinner|banquet|reception) in) (?:in )?the ((?:[A-Z][a-z]+ ){1,2}(?:Room|Ballroom|Hall))\b`)

var roomBooked = quickre.MustCompile(EitherScript(`(?:租用了?|租了|预订了?|订了|包了)(?:贵中心|贵酒店|贵司|你们|贵方|会展中心|会议中心)?的?(?:\d{1,2}楼|[一二三四五六七八九十]楼)?的?` +
	`(\d{3,4}(?:号)?(?:会议室|多功能厅|会议厅))`))

// workUnitSaid is the warehouse, cold store, workshop or storage bay of an industrial or a
// logistics park that its tenant says is theirs: "我是3号库A区顺安供应链的仓库主管", "我们租的2号冷
// 库C间", "我是园区内6号仓捷运通物流的调度", "我们7号厂房北面的污水井", "敝公司…承租贵物流中心B栋2
// 楼B2-05仓位", "仓位号 C-3-12"; "" when none is.
func workUnitSaid(text string) string {
	if !containsAny(text, "库", "庫", "仓", "倉", "厂房", "廠房", "车间", "車間") {
		return ""
	}
	if m := workUnitOfMine.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(cmp.Or(m[1], m[2]))
	}
	return ""
}

// counterWorkedAt is the counter, the shop or the stall a shop's staff member says they work at:
// "银泰百货1F-026专柜" of "我在银泰百货1F-026专柜（周大生）上班，是营业员王静怡", "一层A108" of "我是一层
// A108华联超市的收银员邓晓燕"; "" when none is said so.
func counterWorkedAt(text string) string {
	if !containsAny(text, "上班", "工作", "收银", "营业员", "營業員", "店员", "店員", "导购", "導購", "服务员", "服務員") {
		return ""
	}
	if m := counterOfMine.FindStringSubmatch(text); m != nil {
		return cmp.Or(m[1], m[2])
	}
	return ""
}

var counterOfMine = quickre.MustCompile(EitherScript(`我在(\p{Han}{0,8}?[0-9A-Z][0-9A-Z\-]{1,8}号?(?:专柜|柜台|柜|号铺|铺|档口|档))(?:[（(][^（()）\n]{1,12}[）)])?(?:上班|工作)|` +
	`我是((?:[一二三四五六七八九]层|[一二三四五六七八九]楼|负一层|负一楼|\d{1,2}F|B\d)[ \t]?[A-Z]?\d{2,4}号?)\p{Han}{2,10}?的(?:收银员|收银|营业员|店员|导购|服务员|员工)`))

// workUnitOfMine is a park's unit after the writer's words of being there or renting it, in group
// 1, or under a storage bay's label, in group 2.
var workUnitOfMine = quickre.MustCompile(EitherScript(`(?:我是|我们是|我们|我司|本公司|敝公司|我公司)(?:[^，。！？\n]{0,10}?(?:租的是|租的|租用的|租用了|租用|租了|承租了|承租|在))?` +
	`(?:贵\p{Han}{0,6}?|园区内?|你们园区)?\s*((?:[A-Z](?:栋|座)\s*\d{1,2}(?:楼|层)\s*)?` +
	`(?:\d{1,2}\s*号\s*(?:冷库|冷藏库|仓库|库|仓|厂房|车间)(?:\s*[A-Z](?:区|间))?|[A-Z]\d?-\d{2,3}\s*(?:仓位|库位)))|` +
	`(?:仓位号|仓位编号|库位号)\s*[:：]?\s*([A-Z0-9]{1,2}(?:-[A-Z0-9]{1,3}){1,2})`))

// unitBesideMyName is the stall or the shop a keeper gives right before or after "我叫…": "小吃街
// 17号铺位老谭烧烤，我叫谭建军。", "我叫苗小芸，在咱们市场南区水果档第26号"; "" when none is.
func unitBesideMyName(text string) string {
	if !contains(text, "我叫") {
		return ""
	}
	if m := unitNameCalled.FindStringSubmatch(text); m != nil {
		return cmp.Or(m[1], m[2])
	}
	return ""
}

var unitNameCalled = quickre.MustCompile(EitherScript(`(?m)^[ \t]*(\p{Han}{0,6}?\d{1,3}号(?:铺位|档口|摊位|铺))\p{Han}{2,8}[，,]\s*我叫\p{Han}{2,3}|` +
	`我叫\p{Han}{2,3}[，,]\s*在(?:咱们|我们|你们)?(?:市场|商场)?(\p{Han}{1,6}第?\d{1,3}号(?:摊位|档口|铺位|铺)?)`))

// flatThenAsk is a flat said alone, as whose the writer is, before their request: "…窗户都不能开。
// 2-1-1502的，麻烦物业处理一下"; "" when none is.
func flatThenAsk(text string) string {
	if m := flatOfAsker.FindStringSubmatch(text); m != nil && flatAlone(m[1]) {
		return m[1]
	}
	return ""
}

var flatOfAsker = quickre.MustCompile(EitherScript(`(?:^|[。！？!?\n])[ \t]*([0-9A-Za-z\p{Han}\-]{3,20}?)(?:的|嘅)[，,][ \t]*(?:麻烦|请|希望|拜托)`))

// leadFlat is the flat a writer begins their text with, the first clause or words of its first
// line after the greeting or the office it is for: "海月花园4幢1单元201，我家楼下的消防通道…",
// "翠苑一区18幢1502，顶楼1602的住户…", "物业：阳光城市花园9-2-502，…", "东湖新村27号101 马国庆…"; a
// flat with its room, not a building alone ("3号楼电梯坏了") nor a place beside ("楼上1602，…").
func leadFlat(text string) string {
	i := 0
	for l := range strings.SplitSeq(text, "\n") {
		if i++; i > Lines {
			break
		}
		l = strings.TrimSpace(l)
		if l == "" || endsInColon(l) || greetingLine.MatchString(l) {
			continue
		}
		l, _ = afterShortLabel(l, 6) // "物业：阳光城市花园9-2-502，电梯里…"
		if rest, ok := strings.CutPrefix(l, "物业 "); ok {
			l = strings.TrimSpace(rest) // "物业 5号楼2单元1101 楼上天天半夜跳绳…": the office greeted, then the flat
		}
		if contains(l, "好") {
			// "你好，19栋1单元301的住户。": the words after the greeting.
			l = strings.TrimSpace(greetingFirst.ReplaceAllString(l, ""))
		}
		if tag, rest, ok := strings.Cut(l, "】"); ok && strings.HasPrefix(tag, "【") && utf8.RuneCountInString(tag) <= 6 {
			l = strings.TrimSpace(rest) // "【投诉】A座2301空调不制冷": the flat after the tag
		}
		if m := flatComplains.FindStringSubmatch(l); m != nil && flatAlone(m[1]) {
			return m[1] // "3号楼1802投诉楼下狗叫": the writer's flat, then their complaint
		}
		end := strings.IndexAny(l, "，, \t\u3000。")
		if end < 0 {
			return ""
		}
		first := strings.TrimSpace(strings.TrimPrefix(l[:end], "我是")) // "我是5-302的业主，姓李"
		if f := withoutOwnerWord(first); f != first && (strings.HasPrefix(l[end:], "。") || strings.HasPrefix(l[end:], " ")) && flatAlone(f) {
			return f // "6栋1单元1102业主。你们地下车库…", "5-1-1203业主 地下车库…": the writer, by their flat
		}
		if f := withoutOwnerWord(first); f != first && strings.HasPrefix(l[end:], "，") && !nearby.MatchString(f) && f != strings.TrimSuffix(first, "的") &&
			(flatAlone(f) || unitAtEnd.MatchString(f) && quickre.ContainsAny(f, "0123456789")) {
			return f // "L1-22铺位的租户，想问问你们的保洁到底归谁管？": the writer, by their shop
		}
		if next := strings.IndexAny(l[end+1:], "，, \t\u3000"); estate.MatchString(first) && next > 0 {
			first = strings.TrimSpace(l[:end+1+next]) // "万科城市花园 18-602 家里…": the estate, then its flat
		}
		if flatAlone(first) {
			return first
		}
		if first != "" && towerOffice(first) == first && strings.HasPrefix(strings.TrimLeft(l[end:], "，, \t"), "我") {
			return first // "你好，紫金大厦1702，我们公司这层的卫生间…": the office, then its writer
		}
		if f, ok := strings.CutSuffix(first, "房"); ok && flatAlone(f) && endsInDigit(f) {
			return first // "岗厦村东三坊12栋401房 楼下的小卖部…": the flat, as the writer says it
		}
		if quickre.ContainsAny(first, "0123456789") {
			if f := addressPart(first); f != "" && f != first && stuckWords.MatchString(first[len(f):]) && (flatAlone(f) || unitAtEnd.MatchString(f) && !nearby.MatchString(f)) {
				return f // "3栋502漏水 快来人 138…": the flat, what is wrong there stuck to it
			}
			if f := addressPart(first); f != "" && f != first && unitAtEnd.MatchString(f) && shopNameStuck.MatchString(first[len(f):]) && !nearby.MatchString(f) &&
				floorOrArea(f[:max(0, strings.IndexFunc(f, numberOrLetter))]) {
				return f // "B2层15号铺鲜果时光，我们门口的地漏…": the shop, its name stuck to it
			}
		}
		if m := flatReports.FindStringSubmatch(first); m != nil && flatAlone(cmp.Or(m[1], m[2])) {
			// "13-2-801业主反映，…", "绿地中心B座1105室反映：…": the writer of their own flat or office
			return cmp.Or(m[1], m[2])
		}
		// "万科城市花园三期 21栋 2单元 1102 业主。": its parts apart by spaces.
		clause := l
		if c := strings.IndexAny(l, "，,。；;"); c >= 0 {
			clause = l[:c]
		}
		if f := strings.Fields(clause); len(f) <= 8 {
			if d := slices.IndexFunc(f, func(w string) bool { return w == "-" || w == "–" || w == "—" || w == "－" }); d >= 0 {
				// "漏水 - 5栋1201": what is wrong, a dash, then the flat.
				if after := strings.Join(f[d+1:], " "); flatAlone(after) {
					return after
				}
				f = f[:d]
			}
			for k := min(len(f), 5); k >= 2; k-- {
				if spaced := strings.Join(f[:k], " "); (k > 2 || areaAlone.MatchString(f[0])) && flatAlone(spaced) {
					return spaced
				}
			}
			// "电梯又坏了 这个月第三次了 8号楼1单元 1703 王女士 136…": a run-on's first words, with
			// spaces for stops, before the flat.
			for s := 1; s <= 2 && s < len(f) && len(f) > 1 && !quickre.ContainsAny(f[0], "0123456789"); s++ {
				if w := f[s-1]; quickre.ContainsAny(w, "0123456789:：") || nearby.MatchString(w) || otherParty.MatchString(w) || callName(w) {
					break
				}
				if !sentenceBefore(strings.Join(f[:s], " ")) {
					continue
				}
				for k := min(len(f)-s, 5); k >= 1; k-- {
					if spaced := strings.Join(f[s:s+k], " "); flatAlone(spaced) && !bareFlat.MatchString(spaced) && !quickre.ContainsAny(spaced, ":：") &&
						!slices.ContainsFunc(f[s:s+k], func(w string) bool { return digitCount(w) >= 7 }) {
						return spaced
					}
				}
			}
		}
		return ""
	}
	return ""
}

// greetingFirst is a greeting a line begins with before its words: "你好，", "物业您好 ", "商管部你好，".
var greetingFirst = quickre.MustCompile(EitherScript(`^(?:物业|管理处|[^\P{Han}我你他她]\p{Han}{0,5}?)?(?:你好|您好|你们好)[，,！! \t]+`))

// subjectUnitFirst is a subject beginning with the writer's shop or kiosk by its code, maybe how its
// keeper is called, and their mobile: "B2-15张姐 136…", "K-05中岛 159…" (the unit in group 1, the
// name in group 2, the number in group 3).
var subjectUnitFirst = quickre.MustCompile(EitherScript(`^([A-Z0-9]{1,3}-[A-Z]?\d{1,4}(?:号铺|铺|档口|档)?)(?:中岛|中庭)?` +
	`(\p{Han}{1,3}?(?:姐|哥|先生|女士|小姐|阿姨|老板娘|老板))?[ \t]+(` + mobileDigits + `)(?:[ \t]|$)`))

// subjectDashed is a subject's word for what the mail is, then the writer's unit, name (or
// surname, or what the mail is about) and mobile, apart by dashes or bars.
var subjectDashed = quickre.MustCompile(EitherScript(`^(?:投诉|报修|反映)[-—_｜| ]+(.{2,16}?)[-—_｜| ]+([^-—_｜| ]{1,12}?)[-—_｜| ]+(` + mobileDigits + `)`))

// subjectContactPerson is the contact a subject names with their mobile: "联系人朱老师138…".
var subjectContactPerson = quickre.MustCompile(EitherScript(`联系人[:：]?[ \t]*(\p{Han}{1,3}?(?:老师|先生|女士|小姐|经理)|\p{Han}{2,3}?)[ \t]*(` + mobileDigits + `)`))

// storeOrCampus is a store's or a school's campus's name.
var storeOrCampus = quickre.MustCompile(EitherScript(`^\p{Han}{3,16}(?:店|校区)$`))

// subjectNameDashed is a subject's name then unit between dashes after what the mail is.
var subjectNameDashed = quickre.MustCompile(EitherScript(`^(?:投诉|报修|反映)[-—_｜|]+(\p{Han}{2,3})[-—_｜|]+([^-—_｜|\s]{3,16})[-—_｜|]`))

// subjectUnitDashed is a subject's unit, then its writer's name, apart by dashes: "投诉-11.2馆C05-李明哲-展位漏水".
var subjectUnitDashed = quickre.MustCompile(EitherScript(`^(?:投诉|报修|反映)[-—_｜|]+([^-—_｜|\s]{3,16})[-—_｜|]+(\p{Han}{2,3})[-—_｜|]`))

// subjectWord is a word a subject begins with for what the mail is, apart by a space: "投诉 ".
var subjectWord = quickre.MustCompile(EitherScript(`^(?:投诉|报修|反映|求助)[ \t:：]+`))

// subjectLead is a subject without the tags and the reply's or the forward's prefixes it begins
// with: "锦华苑12-301 电话137… 楼道堆物" of "【投诉】锦华苑12-301 电话137… 楼道堆物".
func subjectLead(subject string) string {
	return strings.TrimLeft(subjectTag.ReplaceAllString(narrowed(subject), ""), "【[")
}

// subjectTag is a tag a subject begins with: "【投诉】", "[报修]", "Re:".
var subjectTag = quickre.MustCompile(`^\s*(?:(?:【[^】]{0,12}】|\[[^\]]{0,12}\]|(?i:re|fw|fwd|回复|转发)\s*[:：])\s*)*`)

// greetingLine is a line that only greets: "你好，", "物业你们好：", "Hi,".
var greetingLine = quickre.MustCompile(EitherScript(`(?i)^(?:\p{Han}{0,8}(?:你好|您好|你们好|您们好|大家好|同志|领导)|hi|hello|dear\b.*)[，,。！!：:\s]*$`))

// Form is what a form's labelled lines ("姓名：", "邮箱：", "电话：", "地址：") give.
type Form struct {
	Name, Email, Phone, Address string
}

// FormOf reads the labelled lines of text.
func FormOf(text string) Form {
	fields := textFields(text)
	n, e, p := formContact(fields)
	return Form{Name: n, Email: e, Phone: p, Address: formAddress(fields)}
}

// subjectPhone is the mobile number the writer ends a subject with, for a mail whose text gives
// none of theirs ("7栋2单元电梯坏三天了 139…", "【投诉】A座2301空调不制冷 联系人：胡蓉 158…",
// "参会证遗失——138…"); not one the subject's last clause gives to someone else ("楼上噪音，他家电话
// 137…", "骚扰电话 138…", "外卖骑手 139…").
func subjectPhone(subject string) string {
	s := strings.TrimRight(strings.TrimSpace(narrowed(subject)), "。.!！)）]】")
	m := subjectEndPhone.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	clause := s[:m[2]]
	if i := strings.LastIndexAny(clause, "，,。；;！!？?"); i >= 0 {
		_, size := utf8.DecodeRuneInString(clause[i:])
		clause = clause[i+size:]
	}
	if f := strings.Fields(clause); (len(f) == 0 || !contactWord.MatchString(f[len(f)-1])) &&
		(someoneElse.MatchString(clause) || otherPerson.MatchString(clause) || subjectOther.MatchString(clause)) {
		// Not "…物业不管 隔壁装修师傅139…"; "…楼上夜间噪音 联系186…" labels the writer's own.
		return ""
	}
	if p := phoneIn(s[m[2]:]); isPhone(p) {
		return p
	}
	return ""
}

// subjectWriter is the name and the unit a subject tags its writer with, in black brackets at its
// start or after a dash at its end: "【12栋802 何建国】车位被占", "【B1-F07 美甲店 龙晓雨】…",
// "投诉 物业不作为 —— 11栋 林建平"; "" for what it does not give.
func subjectWriter(subject string) (name, unit string) {
	var tag string
	s := strings.TrimSpace(narrowed(subject))
	// What the subject says after its tag and its word for what the mail is.
	lead := subjectWord.ReplaceAllString(strings.TrimLeft(subjectTag.ReplaceAllString(s, ""), "【["), "")
	if m := subjectUnitFirst.FindStringSubmatch(s); m != nil {
		return m[2], m[1] // "B2-15张姐 136… 投诉隔壁音响太吵": the shop, who keeps it, then the number
	}
	if m := subjectDashed.FindStringSubmatch(s); m != nil && addressPart(m[1]) == m[1] {
		if chineseName(m[2]) {
			return m[2], m[1] // "投诉-B1-17铺-陈冬梅-13603027781 隔壁冷库噪音"
		}
		return "", m[1] // "投诉-3号楼1-1201-陶-138…", "投诉-2号楼1506-隔壁装修噪音-138…": the flat
	}
	if m := subjectContactPerson.FindStringSubmatch(s); m != nil && callName(m[1]) {
		// "【投诉】学优堂武汉光谷校区 教材迟迟不到 联系人朱老师13871290034": the contact, at the
		// store or the campus the subject begins with.
		if f := strings.Fields(lead); len(f) > 1 && storeOrCampus.MatchString(f[0]) {
			unit = f[0]
		}
		if _, after, ok := strings.Cut(s, m[0]); ok && unit == "" {
			// "【投诉】地下车库灯坏了 联系人：赵先生 18611112222 5栋1801": the flat after the number.
			if f := strings.Fields(after); len(f) == 1 && addressPart(f[0]) == f[0] && flatEnd.MatchString(f[0]) {
				unit = f[0]
			}
		}
		return m[1], unit
	}
	if m := subjectNameDashed.FindStringSubmatch(s); m != nil && chineseName(m[1]) && addressPart(m[2]) == m[2] {
		return m[1], m[2] // "投诉-张卫国-6栋3单元201-物业费收据": the name, then the flat
	}
	if m := subjectUnitDashed.FindStringSubmatch(s); m != nil && chineseName(m[2]) && (addressPart(m[1]) == m[1] || hallBooth.MatchString(m[1])) {
		return m[2], m[1] // "投诉-11.2馆C05-李明哲-展位漏水": the booth, then the name
	}
	if digitCount(s) >= 11 {
		// "【投诉】26栋502 李明 13867402915 物业费上涨", "投诉 三期22栋1704 洪先生 139…": the flat, the
		// name and the number it begins with.
		if n, _ := leadContact(lead); n != "" && (chineseName(n) || titled(n)) {
			return n, leadFlat(lead)
		}
		if n := nameThenMobile.FindStringSubmatch(" " + lead); n != nil && chineseName(n[1]) {
			return n[1], "" // "投诉 王海涛 13512869047 洁衣坊-长沙河西店 编号HN-0219"
		}
		if e := subjectEndPhone.FindStringSubmatchIndex(s); e != nil && e[4] < 0 && leadFlat(lead) != "" {
			// "【投诉】7号楼603 门禁卡失效 周先生 135…": the flat it begins with, the name before the
			// number it ends with.
			if f := strings.Fields(s[:e[2]]); len(f) > 1 && (chineseName(f[len(f)-1]) || titled(f[len(f)-1])) {
				return f[len(f)-1], leadFlat(lead)
			}
		}
	}
	if f := strings.Fields(lead); len(f) >= 3 && addressPart(f[0]) == f[0] && (chineseName(f[1]) || titled(f[1])) {
		return f[1], f[0] // "【投诉】6栋1单元202 卢红霞 电梯又坏了", "禽蛋区E-22 蒋先生 投诉：公共秤不准"
	} else if len(f) >= 3 && chineseName(f[0]) && !titled(f[0]) && (addressPart(f[1]) == f[1] || unitAtEnd.MatchString(f[1])) && quickre.ContainsAny(f[1], "0123456789") {
		return f[0], f[1] // "尹晓娜 L3中庭K-06 投诉中庭保安": the name, then the kiosk
	}
	if inner, ok := strings.CutPrefix(s, "【"); ok {
		tag, _, _ = strings.Cut(inner, "】")
	} else if i := strings.LastIndex(s, "——"); i > 0 {
		tag = s[i+len("——"):]
	}
	f := strings.Fields(tag)
	if len(f) > 2 {
		if p := phoneIn(f[len(f)-1]); p != "" && isPhone(p) {
			f = f[:len(f)-1] // "…——3栋2单元502 吴先生 13588420197": the number after the name
		}
	}
	if len(f) < 2 || !chineseName(f[len(f)-1]) && !titled(f[len(f)-1]) {
		return "", ""
	}
	for _, w := range f[:len(f)-1] {
		if addressLine(w) && addressPart(w) == w && !buildingEnd.MatchString(w) || ownUnitCode.MatchString(w) {
			unit = w
		}
	}
	return f[len(f)-1], unit
}

// subjectBooth is the hall and booth a subject names when the text speaks of the writer's own booth
// ("投诉：1号馆1A-02展位被重复收取加班电费" above "我们展位昨天申请了加班布展…", "3号馆A09展位搭建
// 商占用通道…" above "我们A09展位的地台…"); "" when it names none, or speaks of another's.
func subjectBooth(subject, text string) string {
	m := boothInSubject.FindStringSubmatch(subject)
	if m == nil || nearby.MatchString(subject) || !ourBooth.MatchString(text) {
		return ""
	}
	return m[1]
}

// boothSaid is the booth of a hall an exhibitor says is theirs at this fair: "本屆文博會展位為A3館
// T058", "我們是台揚實業，本次展覽攤位在1號館 D0512 攤位"; "" when none.
func boothSaid(text string) string {
	if !containsAny(text, "馆", "館") {
		return ""
	}
	if m := boothOfOurs.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1])
	}
	if m := boothRented.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1]) // "我司（联创光电科技）在本届照明展租用了8号馆E15展位"
	}
	if m := ourHallBooth.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1]) // "我们2号馆A2-35展位，隔壁A2-36那家…"
	}
	return ""
}

// ourHallBooth is the hall and the booth the writer calls theirs, right after 我们.
var ourHallBooth = quickre.MustCompile(EitherScript(`(?:我们|我司)(?:的)?(\d{1,2}(?:\.\d)?号?馆\s*[A-Z0-9]{1,3}-?[A-Z]?\d{1,4})\s*(?:展位|摊位)`))

// boothRented is the hall and the booth the writer's company says it rents or is at: "我司…租用了8
// 号馆E15展位", "我哋公司（…）喺7號館7F28展位參展".
var boothRented = quickre.MustCompile(EitherScript(`(?:我们|我哋|我司|本公司)[^。！？\n]{0,24}?(?:租用|租了|订了|预订了|预定了|喺|在|为)了?\s*(?:(?:贵|本届|本次|今年)\p{Han}{0,3}?)?` +
	`(\d{1,2}(?:\.\d)?号?馆\s*[A-Z0-9]{1,3}-?[A-Z]?\d{1,4}(?:\s*展位)?)`))

// boothOfOurs is a hall's booth after the writer's words of their booth at this fair, in group 1.
var boothOfOurs = quickre.MustCompile(EitherScript(`(?:我们|我們|我司|本届|本次)[^。！？\n]{0,20}?(?:展位|摊位)(?:(?:号)?(?:为|在|是|：|:)|号|[ \t])?\s*` +
	`((?:[A-Z]?\d{1,2}(?:\.\d)?号?)?馆\s*[A-Z0-9]{1,3}-?[A-Z]?\d{1,4}(?:\s*(?:展位|摊位))?)`))

// boothInSubject is a hall and a booth in it, then 展位; ourBooth the writer's words of their own
// booth.
var (
	boothInSubject = quickre.MustCompile(EitherScript(`(\d{1,2}(?:\.\d)?号?馆\s*[A-Z0-9]{1,3}-?[A-Z]?\d{1,4})(?:号?展位|\s)`))
	ourBooth       = quickre.MustCompile(EitherScript(`(?:我们|我司|本|我的|我们的)(?:[A-Z0-9]{1,3}-?[A-Z]?\d{1,4}号?)?(?:展位|参展)|我司展会`))
)

// ownUnitCode is a mall's or a market's unit by its code alone: "B1-F07", "L2-35".
var ownUnitCode = quickre.MustCompile(`^[A-Z]{1,2}\d{0,2}-[A-Z]?\d{2,4}$`)

// yourReported is the writer's flat the office's answer they quote says they reported: "您于4月20日
// 反映的7栋1单元903室楼上噪音问题", or the stall it says they keep: "…影响您所经营F3-09档口的问
// 题"; "" when it says none.
func yourReported(text string) string {
	if !contains(text, "您") {
		return ""
	}
	if m := yourOwnUnit.FindStringSubmatch(text); m != nil {
		return m[1] // "…油烟影响您所经营F3-09档口的问题": the stall the office's answer says is theirs
	}
	if m := yourStoreCoded.FindStringSubmatch(text); m != nil {
		return m[1] // "您反映的重庆解放碑店（门店编号CQ-1107）冰沙机故障已登记": the store's code
	}
	if m := youReported.FindStringSubmatch(text); m != nil {
		if a := addressPart(m[1]); a != "" && (flatEnd.MatchString(a) || unitAtEnd.MatchString(a)) {
			return a // "您反映的12幢1803…", "您反映的干货区7号档口屋顶漏雨问题"
		}
		if b := boothInSubject.FindStringSubmatch(m[1]); b != nil && strings.HasPrefix(m[1], b[1]) {
			return b[1] // "您反映的6.1馆K22展位用电问题": the exhibitor's booth
		}
	}
	return ""
}

// yourOwnUnit is the stall or the shop the office's answer says the writer keeps, in group 1.
var yourOwnUnit = quickre.MustCompile(EitherScript(`您所?经营的?([A-Z0-9]{1,3}-?[A-Z]?\d{1,4}(?:档口|号档|档|号铺|铺位|铺|摊位))`))

// yourStoreCoded is the code of the store the office's answer says the writer reported of.
var yourStoreCoded = quickre.MustCompile(EitherScript(`您(?:反映的|对|的)\p{Han}{2,12}店[（(](?:门店编号|编号|门店号)\s*[:：]?\s*` + storeCodeCore + `[）)]`))

var youReported = quickre.MustCompile(EitherScript(`您(?:于[^，。,\n]{0,12})?(?:反映|投诉|报修)的([^，。,；;\n]{3,30})`))

// englishTagged is the unit an English subject ends with after a dash ("Hot water outage – Apartment
// 17C, Tower 1", "RE: Pantry ceiling leak – Unit 0906, Tower C") or begins with before one; "" when
// it gives none so.
func englishTagged(subject string) string {
	if m := unitAtSubjectEnd.FindStringSubmatch(subject); m != nil {
		return m[1] + m[2]
	}
	return ""
}

var unitAtSubjectEnd = quickre.MustCompile(`\s[–—-]\s*((?:Unit|Apartment|Apt|Flat|Room|Rm|Suite|Office)\.?\s+[0-9A-Z][0-9A-Z-]{0,6}` +
	`(?:,\s*(?:Tower|Block|Building|Bldg)\s+[0-9A-Z]{1,3})?)\s*$|` +
	// "Unit 1203 - 冷氣 & 清潔問題": the unit the subject begins with.
	`^((?:Unit|Apartment|Apt|Flat|Room|Rm|Suite|Office)\.?\s+[0-9A-Z][0-9A-Z-]{0,6})\s+[–—-]\s`)

// answeredFlat is the writer's flat the office's answer they reply to is about: "回复: 关于9幢2单元1902
// 窗户玻璃自爆的答复", "Re: 回复：关于15栋1单元603卫生间渗水", "Re: 关于您反映的18栋402外墙渗水问题"; ""
// for any other subject.
func answeredFlat(subject string) string {
	m := answerAbout.FindStringSubmatch(narrowed(subject))
	if m == nil {
		return ""
	}
	if p := addressPart(yourReport.ReplaceAllString(m[1], "")); p != "" && flatEnd.MatchString(p) {
		return p
	}
	return ""
}

// yourReport begins what the office's answer was about by the writer's report: "您反映的".
var yourReport = quickre.MustCompile(EitherScript(`^(?:您|你)(?:所)?(?:反映|反馈|报修|投诉|提出)的`))

var answerAbout = quickre.MustCompile(EitherScript(`^(?:(?:回复|答复|Re|RE|AW|Aw)\s*[:：]\s*)+关于(.{3,40}?)(?:的(?:答复|回复|处理意见|处理结果))?\s*$`))

// subjectFlat is a flat's numbers that stand before the writer's number (and name) at the end of
// the subject: "…门禁坏了 6-2-1101 王 13588001234"; "" when the subject ends otherwise.
func subjectFlat(subject string) string {
	if subjectPhone(subject) == "" {
		return ""
	}
	if m := flatBeforeNumber.FindStringSubmatch(narrowed(subject)); m != nil {
		return m[1]
	}
	return ""
}

// pickedNumber is a number the writer points to as the one to call, of several: "手機 0933-218-467
// ← 請打這支", "138…（请打这个）", "138…（手机，白天请打这个）"; not "0431-… 别打这个".
var pickedNumber = quickre.MustCompile(EitherScript(`(\+?\d[\d \-]{6,16}\d)[ \t]*(?:←|<-{1,2})?[ \t]*(?:[（(]?(?:请|麻烦)?|[（(][^（）()\n]{0,10}?(?:请|麻烦))(?:直接)?(?:打|拨)(?:这|這)(?:个|支|只)(?:号码|号)?`))

// contactPersonInline is the person a letter's sentence names to contact, in group 1, and their
// number after them, in group 2: "联系人：罗婉婷（行政经理），手机：139 2233 6108", "展位负责人：
// 黄嘉欣 189…".
var contactPersonInline = quickre.MustCompile(EitherScript(`(?:联系人|联络人|负责人|对接人)[:：]\s*(\p{Han}{2,3})(?:[（(][^（）()\n]{0,10}[）)])?[，,、 \t]*` +
	`(?:(?:手机|电话|联系电话)(?:号码)?[:：]?\s*)?([+\d][\d \-]{6,18}\d)`))

// listedPhone is the number beside the writer's name on a line of a list of people, each with
// their flat and number ("502 孙建国 13808012476" among the owners who sign a joint letter); ""
// when no line, or more than one, gives one.
func listedPhone(text, name string) string {
	if !chineseName(name) || titled(name) || !contains(text, name) {
		return ""
	}
	found := ""
	for l := range strings.SplitSeq(text, "\n") {
		f := strings.Fields(l)
		if len(f) < 2 || len(f) > 6 || !slices.Contains(f, name) && !slices.ContainsFunc(f, func(w string) bool { return strings.HasPrefix(w, name+"（") }) {
			continue
		}
		if p := trailingPhone(l); p != "" && digitCount(p) >= 7 && !contains(p, ".") {
			if found != "" && found != p {
				return ""
			}
			found = p
		}
	}
	return found
}

// preferredMobile is the mobile a writer asks to be called on, on the line giving phone, another
// number of theirs, before or after it: "…0755-2688 1432（办公室），或者手机 138 2876 9014，手机优先",
// "联系电话：0755-8665 2917，手机 138 2652 0168（请打手机）", or the one a signature labels so when
// the mail asks for it ("有咩事可以打我手機" above "T: 2420 8816 | M: 9815 3372"), also where no number
// was read before; "" when none is asked for.
func preferredMobile(text, phone string) string {
	if isMobile(phone) || !containsAny(text, "优先", "優先", "打手机", "打手機", "打我手机", "打我手機", "my mobile", "手机更方便", "手機更方便", "mobile is", "以手机", "以手機") {
		return ""
	}
	if phone == "" {
		// "Reply by email or call my mobile, the shop line is for customers." above "Mobile 9021
		// 6638 | Shop 2492 0715", no number read yet: the one the signature labels as a mobile.
		if ms := labelledMobile.FindAllStringSubmatch(text, perLine); len(ms) == 1 && mobileFirst.MatchString(text) && isPhone(phoneIn(ms[0][1])) {
			return phoneIn(ms[0][1])
		}
		return ""
	}
	for l := range strings.SplitSeq(text, "\n") {
		// "白天請打手機：0928-…" on a line of its own below "電話：(02)2931-…".
		if m := mobileFirst.FindStringIndex(l); m != nil && !quoted(l[:m[0]]) {
			if p := phoneAtOnce(strings.TrimLeft(l[m[1]:], "：: ")); p != "" && isMobile(p) {
				return p
			}
		}
	}
	number, _, _ := strings.Cut(phone, " 转") // "020-38861234 转803" is written "020-38861234转803"
	asked := mobileFirst.MatchString(text)   // "有咩事可以打我手機" above the signature's "T: … | M: …"
	for l := range strings.SplitSeq(text, "\n") {
		if !contains(l, number) || !asked && !mobileFirst.MatchString(l) {
			continue
		}
		// The mobile after it: "租客姓杜，电话151…，请直接联系我：0574-…（办公室）或139…，手机优先".
		for _, p := range mobileIn.FindAllString(l[strings.Index(l, number):], 4) {
			if p = phoneIn(p); isPhone(p) && isMobile(p) {
				return p
			}
		}
		if m := labelledMobile.FindStringSubmatch(l); m != nil && isPhone(phoneIn(m[1])) {
			return phoneIn(m[1]) // "T: 2420 8816 | M: 9815 3372": Hong Kong's numbers say their kind by their label
		}
	}
	return ""
}

var (
	mobileFirst = quickre.MustCompile(EitherScript(`手机[，,、]?\s*(?:请)?[（(]?优先[）)]?|优先(?:打|拨|联系)?手机|手机更方便|(?:请|建议|麻烦|可以|最好)(?:直接)?(?:打|拨)(?:我的?)?手机|` +
		`(?:白天|平时|晚上|有事)(?:请)?(?:打|拨)(?:我的?)?手机|` + // "电话0512-…，手机 137…，白天打手机"
		`(?:打|拨)手机吧|(?:请)?(?:晚上|白天|平时)?\p{Han}{0,4}?以手机(?:联络|联系)|` + // "电话 0312-…，手机 133…，打手机吧座机老伴不会接"; "請晚上七點後以手機聯絡"
		`(?i:\b(?:reach me|call me|call)\b[^.\n]{0,30}\bmy mobile\b|\bmobile is (?:much |far )?(?:better|best|preferred)\b)`))
	labelledMobile = quickre.MustCompile(`(?i)(?:^|[\s|｜,，])(?:m|mob|mobile|cell|手机|手機)\.?\s*[:：]?\s*(\+?\d[\d \-]{6,16}\d)`)
	mobileIn       = quickre.MustCompile(`\+?\d[\d \-]{6,16}\d`) // any number: a mainland mobile, or Taiwan's "0933-112-233"
)

// askedDirectLine is the number a line labels as the writer's direct line where the mail asks to be
// called on it: "回电请打我的直线，手机开会时一般静音。" above "总机 010-6505 2200 | 直线 010-6505
// 2218 | 手机 186…", the desk line of "请回电至我座机" above "电话：021-…" and "手机：138…"; "" when the
// mail asks for none or labels none.
func askedDirectLine(text string) string {
	if containsAny(text, "座机", "座機") && deskLineAsked.MatchString(text) {
		// "我平时多在座位上，请回电至我座机" above "电话：021-6288 7766-315" and "手机：138…".
		if m := deskLineLabel.FindStringSubmatch(text); m != nil && isPhone(phoneIn(m[1])) && !isMobile(phoneIn(m[1])) {
			return phoneIn(m[1])
		}
	}
	if !containsAny(text, "直线", "直線") || !directLineAsked.MatchString(text) {
		return ""
	}
	if m := directLineLabel.FindStringSubmatch(text); m != nil && isPhone(phoneIn(m[1])) {
		return phoneIn(m[1])
	}
	return ""
}

var (
	directLineAsked = quickre.MustCompile(EitherScript(`(?:打|拨|致电|联系)(?:我的?)?直线|直线优先`))
	directLineLabel = quickre.MustCompile(EitherScript(`(?:^|[\s|｜,，])直线(?:电话)?\s*[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
	deskLineAsked   = quickre.MustCompile(EitherScript(`(?:回电|打|拨|致电)(?:至|到)?我(?:的)?座机`))
	deskLineLabel   = quickre.MustCompile(EitherScript(`(?m)^[ \t]*(?:座机|电话|办公电话)[ \t]*[:：][ \t]*(\+?\d[\d \-]{6,16}\d)`))
)

// taggedFlat is the flat a subject's tag in brackets gives: "3-2-1101" of "【3-2-1101】电梯异响"; ""
// when its tags hold none.
func taggedFlat(subject string) string {
	for _, m := range subjectTags.FindAllStringSubmatch(narrowed(subject), 4) {
		if inner := strings.TrimSpace(m[1] + m[2]); dashFlat.MatchString(inner) || addressPart(inner) == inner && flatAtEnd.MatchString(inner) {
			return inner
		}
	}
	return ""
}

var subjectTags = quickre.MustCompile(`【([^】]{3,20})】|\[([^\]]{3,20})\]`)

// floorOnly is a floor alone as a writer says they live on it: "28楼" (its number in group 1).
var floorOnly = quickre.MustCompile(EitherScript(`^(\d{1,2})(?:楼|层)$`))

// flatNameNumberAtEnd is a building's flat, maybe a name, and a mobile number a run-on ends with:
// "9栋2803 老何 13812340000" (the flat in group 1, its number in group 2).
var flatNameNumberAtEnd = quickre.MustCompile(EitherScript(`(?:^|\s)(\d{1,3}(?:栋|幢|号楼)(\d{3,4}))\s+(?:\p{Han}{1,3}\s+)?` + mobileDigits + `\s*$`))

// flatBeforeNumber is a flat's numbers apart by dashes, a name perhaps, and a mobile number at the
// end of a text.
var flatBeforeNumber = quickre.MustCompile(`(?:^|\s)(\d{1,3}-\d{1,2}-\d{3,4})\s+(?:\p{Han}{1,3}\s+)?` + mobileDigits + `\s*$`)

// subjectEndPhone is a mobile number at the end of a subject, apart from the words before it.
var subjectEndPhone = quickre.MustCompile(`(?:^|[\s:：—\-_/|(（【\[]|电话|手机|联系|電話|手機|聯繫|聯絡|回电|回電|致电)(` + mobileDigits + `)(?:[ \t]+(\p{Han}{1,3}))?$`)

// contactWord is a subject's last word before the writer's own number: "联系", "电话：".
var contactWord = quickre.MustCompile(EitherScript(`^(?:联系|联系电话|联系方式|电话|手机)[:：]?$`))

// subjectOther are words of a subject's clause about a number not the writer's: a worker's, a
// shop's, a caller's.
var subjectOther = quickre.MustCompile(EitherScript(`师傅|司机|骑手|快递|商家|店|老板|保安|中介|经理|客服|骚扰|推销|诈骗|广告|短信|来电|陌生|单号|订单|编号|账号|卡号|工号|QQ|qq`))

// dottedSelf is the name the writer introduces themselves by when it is written in parts apart by
// a middle dot, as Uyghur and other names are in Chinese: "阿依古丽·买买提" of "我是…B-27号摊位的阿依古
// 丽·买买提"; "" when they give none so.
func dottedSelf(text string) string {
	i := strings.IndexAny(text, "·・•")
	if i < 0 || !containsAny(text, "我叫", "我是", "本人", "我的名字") {
		return ""
	}
	// The name's dot, with the words before it that say it is the writer's.
	if m := dottedIntro.FindStringSubmatch(text[max(0, i-120):min(len(text), i+30)]); m != nil {
		return m[1]
	}
	return ""
}

// dottedIntro is the writer's name of parts apart by a dot after the words introducing it.
var dottedIntro = quickre.MustCompile(EitherScript(`(?:我叫|我是[^，,。！？\n]{0,30}?的|本人|我的名字是|我的名字叫)(\p{Han}{1,6}[·・•]\p{Han}{1,8})(?:[，,。；！\s（(]|$)`))

// selfInBrackets is text with the writer's name, place and number in brackets after 本人 ("本人（朱
// 红，9幢203室，电话：13761234567）希望得到回复") set as labelled lines of their own.
func selfInBrackets(text string) string {
	if !contains(text, "本人") {
		return text
	}
	return selfBracket.ReplaceAllStringFunc(text, func(m string) string {
		g := selfBracket.FindStringSubmatch(m)
		if !chineseName(g[1]) && !surnamed(g[1]) || addressPart(g[2]) != g[2] {
			return m
		}
		return "本人\n姓名：" + g[1] + "\n地址：" + g[2] + "\n" + g[3] + "\n"
	})
}

// selfBracket is the writer's name (group 1), place (group 2) and labelled number (group 3) in
// brackets after 本人.
var selfBracket = quickre.MustCompile(`本人[（(](\p{Han}{2,4})[，,、]\s*([^，,、（()）\n]{2,30})(?:[，,、]\s*((?:电话|手机|联系电话|電話|手機|聯絡電話)[:：]?\s*[0-9+][0-9 \-+]{5,20}))?[）)]`)

// withoutAddendumWord is text without the word a line of afterthought begins with ("补充：我是5号楼
// 2单元1604的业主…"): the writer's own sentence then, not a label's value.
func withoutAddendumWord(text string) string {
	if !containsAny(text, "补充", "補充", "PS", "P.S.", "ps:", "ps：") {
		return text
	}
	return addendumWord.ReplaceAllString(text, "$1")
}

var addendumWord = quickre.MustCompile(`(?m)^([ \t]*)(?:补充|補充|再补充一下|PS|P\.S\.|ps)[ \t]*[:：][ \t]*`)

// narrowed is s with full-width letters, digits and dashes as ASCII ("Ｔｅｌ：１８９…", "Ｂ座２７Ｆ", as
// Chinese input methods type them), no-break spaces (Word's, between a flat's parts) and a phone's
// sign before a number ("☎️ 131…") as spaces, and the north's 俺 as 我 ("俺叫孙桂芝"), for reading a
// contact; Chinese punctuation stays as it is.
func narrowed(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool {
		return r == '\u00a0' || r == '－' || r >= '０' && r <= 'ｚ' || r == '☎' || r == '📞' || r == '📱' || r == '俺'
	}) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u00a0', r == '☎', r == '📞', r == '📱':
			return ' ' // "☎️ 131 5708 6624": a phone's sign before its number
		case r == '\ufe0f':
			return -1 // the sign's emoji variation selector
		case r == '－':
			return '-' // the dash of "３Ｂ－２１６"
		case r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ':
			return r - '０' + '0'
		case r == '俺':
			return '我' // "俺叫孙桂芝", "俺家": the writer, as the north says it
		}
		return r
	}, s)
}

// chineseFlat is a building and its unit or flat written in Chinese numerals: "三栋二单元五零二",
// "十二栋三单元六零一", "十一幢一单元十楼", "十一栋三单元六楼二号", "五栋一零二室", "三号楼104", "十
// 栋三门201", "十五栋一单元一千零二" and, as voice input writes 栋, "七洞二单元幺五零二"; not a
// building alone ("三号楼电梯"), which the complaint may name as the place of the trouble.
var chineseFlat = quickre.MustCompile(`[〇零一二三四五六七八九十两]{1,3}(?:栋|幢|棟|号楼|號樓|洞)(?:[〇零一二三四五六七八九十两]{1,3}(?:单元|單元|门|門)` +
	`(?:[一二三四五六七八九]千零[一二三四五六七八九]|[〇零一二三四五六七八九十幺]{1,4}(?:(?:楼|樓)[一二三四五六七八九]号|楼|樓|层|層|室)?)?|[〇零一二三四五六七八九幺]{3,4}室?|\d{3,4}室?)`)

// blockFloorFlat is a block, a floor and a flat's letter in Chinese numerals: "第二座十八樓C室".
var blockFloorFlat = quickre.MustCompile(`第[〇零一二三四五六七八九十两]{1,3}座[〇零一二三四五六七八九十]{1,3}(?:樓|楼)[A-Ha-h]室?`)

// chineseUnit is a unit in a Chinese numeral after a building in digits: "一单元" of "23号楼一单元501".
var chineseUnit = quickre.MustCompile(EitherScript(`\d(?:栋|幢|号楼)\s*[一二三四五六七八九十]{1,2}单元`))

// chineseNumeral is a run of Chinese numerals inside chineseFlat.
var chineseNumeral = quickre.MustCompile(`[〇零一二三四五六七八九十两幺千]+`)

// withChineseFlats is s with a flat written in Chinese numerals in Arabic digits, as a clerk
// writes it down: "我住三栋二单元五零二" reads "…3栋2单元502".
func withChineseFlats(s string) string {
	if numeralBefore(s, "单元", "單元") {
		// "23号楼一单元501": the unit alone in a Chinese numeral.
		s = chineseUnit.ReplaceAllStringFunc(s, func(u string) string {
			return chineseNumeral.ReplaceAllStringFunc(u, chineseNumber)
		})
	}
	if contains(s, "座") && containsAny(s, "樓", "楼") {
		// "海景花園第二座十八樓C室", as Hong Kong numbers a block and a floor.
		s = blockFloorFlat.ReplaceAllStringFunc(s, func(f string) string {
			return chineseNumeral.ReplaceAllStringFunc(f, chineseNumber)
		})
	}
	if !numeralBefore(s, "栋", "幢", "棟", "号楼", "號樓", "洞") {
		return s
	}
	return chineseFlat.ReplaceAllStringFunc(s, func(flat string) string {
		if before, after, ok := strings.Cut(flat, "洞"); ok {
			if !contains(after, "单元") && !contains(after, "單元") {
				return flat // "三洞…": a hole, unless a unit follows it
			}
			flat = before + "栋" + after
		}
		return chineseNumeral.ReplaceAllStringFunc(flat, chineseNumber)
	})
}

// chineseNumber is a number in Chinese numerals in Arabic digits: "十二" 12, "二十" 20, "五零二"
// 502 (read digit by digit).
func chineseNumber(n string) string {
	digit := func(r rune) int { d, _ := chineseDigit(r); return d }
	rs := []rune(n)
	if len(rs) == 4 && rs[1] == '千' && rs[2] == '零' {
		return strconv.Itoa(1000*digit(rs[0]) + digit(rs[3])) // "一千零二": 1002
	}
	if slices.Contains(rs, '千') {
		return n
	}
	tens := slices.Index(rs, '十')
	if tens < 0 {
		var b strings.Builder
		for _, r := range rs {
			b.WriteByte(byte('0' + digit(r)))
		}
		return b.String()
	}
	if tens > 1 || tens == 1 && digit(rs[0]) == 0 || len(rs)-tens > 2 {
		return n // not a number of tens: left as written
	}
	v := 10
	if tens == 1 {
		v = 10 * digit(rs[0])
	}
	if tens+1 < len(rs) {
		if rs[tens+1] == '十' {
			return n
		}
		v += digit(rs[tens+1])
	}
	return strconv.Itoa(v)
}

// numeralBefore tells s with a Chinese numeral right before one of words.
func numeralBefore(s string, words ...string) bool {
	for _, w := range words {
		for rest := s; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			if r, _ := utf8.DecodeLastRuneInString(rest[:i]); strings.ContainsRune("〇零一二三四五六七八九十两", r) {
				return true
			}
			rest = rest[i+len(w):]
		}
	}
	return false
}

// formalSelf is a formal letter's opening, the writer's name between 本人 and what they are:
// "本人张秀兰，系贵小区7栋2单元1502室业主", "本人陈慧，住南京市…".
var formalSelf = quickre.MustCompile(EitherScript(`本人(?:\p{Han}{2,4})[，,]\s*(系|是|为|住在|住|家住|现住)`))

// formalOwner is a formal letter's opening with no word between the writer's name and the flat
// they own or rent: "本人孟庆华，北辰小区12号楼3门501业主，…", read as "本人是…业主".
var formalOwner = quickre.MustCompile(EitherScript(`本人\p{Han}{2,4}[，,]\s*([^，,。；;！!？?\n]{0,16}\d[^，,。；;！!？?\n]{0,16}?(?:业主|住户|租户))([，,。；;\s]|$)`))

// selfAgain is "I myself" before words: "我本人住…", "我本人的电话…"; not "或我本人 137…", where it
// gives the number.
var selfAgain = quickre.MustCompile(`我本人(\p{Han})`)

// withoutOwnName is s with the name left out of a formal letter's opening, which then reads as
// "本人系…业主": the clause saying who the writer is, before their number and flat; and "I myself"
// before words as "I" ("我本人住3幢502", "我本人的电话是…").
func withoutOwnName(s string) string {
	if !contains(s, "本人") {
		return s
	}
	return selfAgain.ReplaceAllString(formalOwner.ReplaceAllString(formalSelf.ReplaceAllString(s, "本人$1"), "本人是$1$2"), "我$1")
}

// chineseDigit is the value of a Chinese numeral digit: 〇 and 零 0, 幺 (as 1 is said in phone
// numbers) and 一 1, 两 and 二 2, … 九 9.
func chineseDigit(r rune) (int, bool) {
	switch r {
	case '〇', '零':
		return 0, true
	case '幺':
		return 1, true
	case '两':
		return 2, true
	}
	if i := strings.IndexRune("一二三四五六七八九", r); i >= 0 {
		return 1 + utf8.RuneCountInString("一二三四五六七八九"[:i]), true
	}
	return 0, false
}

// withChineseDigits is s with each number written digit by digit in Chinese numerals, as long as a
// phone number, in Arabic digits: "我的电话是幺三八五七幺零二二六八" reads "…13857102268", "幺三九零
// 零 六六八 二二一", said in groups, "13900 668 221", "一三九零零12345", begun in numerals,
// "1390012345".
func withChineseDigits(s string) string {
	if !quickre.ContainsAny(s, "零〇一二三四五六七八九幺") {
		return s
	}
	return chineseDigitRun.ReplaceAllStringFunc(s, func(run string) string {
		if utf8.RuneCountInString(strings.ReplaceAll(strings.ReplaceAll(run, " ", ""), "\t", "")) < 7 {
			return run // "五零二", "二零二四": no phone number
		}
		return strings.Map(func(r rune) rune {
			if d, ok := chineseDigit(r); ok {
				return '0' + rune(d)
			}
			return r
		}, run)
	})
}

// chineseDigitRun is a run of Chinese numerals, maybe in groups apart by spaces and going on in
// Arabic digits, which withChineseDigits reads when it is as long as a phone number.
var chineseDigitRun = quickre.MustCompile(`[零〇一二三四五六七八九幺]{3,15}(?:[ \t][零〇一二三四五六七八九幺]{2,8}|[ \t]?\d{2,8}){0,3}`)

// carrierMobile is the mobile number a carrier's mailbox is named by ("13811112233@139.com"
// at China Mobile, @189.cn at China Telecom, @wo.cn at China Unicom); "" for any other address.
func carrierMobile(email string) string {
	local, domain, _ := strings.Cut(strings.ToLower(strings.TrimSpace(email)), "@")
	if (domain == "139.com" || domain == "189.cn" || domain == "wo.cn") && carrierLocal.MatchString(local) {
		return local
	}
	return ""
}

var carrierLocal = quickre.MustCompile(`^1[3-9]\d{9}$`)

// mailboxNumber says the writer's number is the one their mailbox is named by.
var mailboxNumber = quickre.MustCompile(EitherScript(`(?:电话|手机)(?:号码|号)?(?:就是|是|即)(?:我的)?(?:邮箱|郵箱)(?:地址)?(?:前面|前边|前头|的)?(?:这个|那个|的)?(?:号码|号|数字)`))

// changedNumber is a mail saying the writer's number changed or cannot be used: the mailbox's
// number is not the one to call.
var changedNumber = quickre.MustCompile(EitherScript(`停用|停机|换号|换了号|新号码|新号|手机坏|手机丢|不用这个号|注销|打我爱人|打我老公|打我老婆`))

// perLine is how many places of a pattern on one line the writer's first person is looked for
// at: each is weighed against the words before it, and a line of thousands is no one's letter.
const perLine = 20

// Lines is how many lines of a message's text its labelled contact lines are looked for
// in: a form's or a letter's stand at its top, quoted mail and long threads below.
const Lines = 80

// noticeWords are the words of its sender a notice passes on under their label: a voicemail's
// transcript (转写内容：), a complaint's text (投诉内容：); "" when it has none.
func noticeWords(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i >= Lines {
			break
		}
		m := passedOnLabel.FindStringSubmatchIndex(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		words := []string{strings.TrimSpace(l)[m[1]:]}
		for _, next := range lines[i+1:] {
			if t := strings.TrimSpace(next); strings.HasPrefix(t, "——") || strings.HasPrefix(t, "---") || strings.HasPrefix(t, "___") {
				break
			}
			words = append(words, next)
		}
		return strings.TrimSpace(strings.Join(words, "\n"))
	}
	return ""
}

// passedOnLabel labels what a notice's sender said: "转写内容（自动识别，仅供参考）：", "留言内容：".
var passedOnLabel = quickre.MustCompile(EitherScript(`^(?:转写内容|转写文本|留言内容|来电内容|通话内容|投诉内容|反映内容|诉求内容)(?:[（(][^）)]{0,20}[）)])?\s*[:：]`))

// quotedTicket is the writer as the office's answer they reply to records them, in its labelled
// lines quoted below their words, greeting them by the same surname: ">孙先生您好：" above ">业主：
// 孙立华\n>房号：12幢1803\n>联系电话：186…"; no one when the text quotes no such answer.
func quotedTicket(text string) Writer {
	if !contains(text, ">") || !containsAny(text, "先生", "女士", "小姐") {
		return Writer{}
	}
	var quoted []string
	greeted := ""
	for l := range strings.SplitSeq(text, "\n") {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, ">") {
			q := strings.TrimSpace(strings.TrimLeft(t, "> "))
			if g := greetedBy.FindStringSubmatch(q); greeted == "" && g != nil {
				greeted = g[1]
			}
			quoted = append(quoted, q)
		}
	}
	if greeted == "" {
		return Writer{}
	}
	f := FormOf(strings.Join(quoted, "\n"))
	if !chineseName(f.Name) || titled(f.Name) || !sameSurname([]rune(f.Name)[0], []rune(greeted)[0]) || f.Phone == "" && f.Address == "" {
		return Writer{}
	}
	return Writer{Name: f.Name, Phone: f.Phone, Address: f.Address}
}

// brokenNumber is a mobile number the writer gives after its label, broken over two lines:
// "我的电话是186\n5802 7731"; "" when there is none.
func brokenNumber(text string) string {
	if !contains(text, "\n") || !containsAny(text, "电话", "電話", "手机", "手機") {
		return ""
	}
	m := brokenMobile.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	if p := m[1] + " " + m[2]; digitCount(p) == 11 && isPhone(phoneIn(p)) {
		return p
	}
	return ""
}

var brokenMobile = quickre.MustCompile(EitherScript(`(?:我的|我)(?:电话|手机)(?:号码|号)?(?:是|为)?[:：]?[ \t]*(1\d{2,9})[ \t]*\n[ \t]*(\d[\d \-]{1,10}\d)`))

// askedToCall is the one a writer passes a complaint on for and asks the office to call directly,
// by the whole name the mail gives them, on the number it gives for them: "这件事请直接联系郑总：
// 139…" from a store's manager whose boss is "郑国栋郑总", "后续请直接跟陈先生本人沟通：陈子豪 139…"
// from a wedding's planner, "有事请直接联系严店长，电话 133…" from a shop's assistant, "王老师希望贵
// 中心领导直接跟他沟通，他的手机 139…" from a professor's student; "" when the mail asks for no one
// else so, or for the writer.
func askedToCall(text, writer string) (name, phone string) {
	if !contains(text, "直接") {
		return "", ""
	}
	m := callDirectly.FindStringSubmatchIndex(text)
	if m == nil {
		return "", ""
	}
	who, named, number := text[m[2]:m[3]], "", phoneIn(text[m[6]:m[7]])
	if m[4] >= 0 {
		named = text[m[4]:m[5]]
	}
	if !isPhone(number) {
		return "", ""
	}
	if who == "他" || who == "她" {
		// "同事马骏让我帮他反映一下…可以直接联系他，他手机是 152…": the one the writer named
		// before.
		a := askedBy.FindStringSubmatch(text[:m[0]])
		if a == nil {
			return "", ""
		}
		who = cmp.Or(a[1], a[2])
	}
	surname := string([]rune(who)[:1])
	switch {
	case named != "" && chineseName(named) && sameSurname([]rune(named)[0], []rune(who)[0]):
		name = named
	case chineseName(who) && !titled(who) && !personTitle.MatchString(string([]rune(who)[1:])):
		name = who
	default:
		name = cmp.Or(wholeNameOf(text, surname), who)
	}
	if name == strings.TrimSpace(writer) || !chineseName(name) && !titled(name) && !(surnamed(name) && personTitle.MatchString(string([]rune(name)[1:]))) {
		return "", ""
	}
	return name, number
}

// wholeNameOf is the whole name the mail gives a person it calls by their surname and their
// title: "郑国栋" of "我们老板郑国栋郑总", "万国栋" of "万国栋秘书长"; "" when it gives none.
func wholeNameOf(text, surname string) string {
	for rest := text; ; {
		i := strings.Index(rest, surname)
		if i < 0 {
			return ""
		}
		rest = rest[i:]
		r := []rune(rest)
		for k := 3; k >= 2; k-- {
			if len(r) <= k {
				continue
			}
			n, after := string(r[:k]), string(r[k:])
			if chineseName(n) && (strings.HasPrefix(after, surname) || personTitle.MatchString(after)) {
				return n
			}
		}
		rest = rest[len(surname):]
	}
}

var (
	// personTitle is a title said after a surname or a whole name: "总", "秘书长", "教授".
	personTitle = quickre.MustCompile(EitherScript(`^(?:总|先生|女士|小姐|老师|店长|经理|秘书长|主任|教授|律师|董事长|局长|院长|校长|医生)`))
	// callDirectly asks the office to call someone else directly: who (他, 她, or a surname and a
	// title), the whole name it may give, the number.
	callDirectly = quickre.MustCompile(EitherScript(`直接(?:联系|联络|打给|找|跟|和|与|给|致电)(他|她|\p{Han}{1,2}?(?:总|先生|女士|小姐|老师|店长|经理|秘书长|主任|教授|律师|董事长|局长|院长|校长|医生))` +
		`(?:本人)?(?:沟通|联系|回电话|回电|打电话|确认|商量|约时间)?[:：，,\s]*(?:(?:他|她)(?:本人)?(?:的)?)?(?:(?:手机|电话)(?:号码|号)?(?:是|为)?)?[:：\s]*(\p{Han}{2,3})?\s*[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
	// askedBy is the one who had the writer write, named before the mail asks the office to call
	// them: "同事马骏让我", "王老师希望".
	askedBy = quickre.MustCompile(EitherScript(`(?:同事|老板|领导|客户|老师)(\p{Han}{2,3}?)(?:让我|请我|叫我|托我|委托我)|` +
		`(\p{Han}{1,2}?(?:总|老师|教授|主任|店长|经理|秘书长|董事长))(?:希望|要求|交代|说)[^。\n]{0,20}$`))
)
