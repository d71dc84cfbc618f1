package contact

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/quickre"
)

// signatureContact is the phone number and address a writer gives without labels on the lines
// right below their name at the foot of their mail ("許志偉\n0912-000-111\n桃園市中壢區中山路100號
// 8樓", "业主 陈大文\n13800138000"), or beside it ("宋波 13588002200"); "" for what they do not give
// there, and for a signature of their work (a company's or a job's line): its number and address
// are the company's. writer is their name.
func signatureContact(text, writer string) (phone, address string) {
	if utf8.RuneCountInString(writer) < 2 || roleWords.MatchString(writer) || !contains(text, writer) {
		return "", "" // "业主" may be anyone's line
	}
	lines := strings.Split(text, "\n")
	// The last signature: a line above naming a namesake is not the foot of the mail.
	for i := min(len(lines), Lines) - 1; i >= 0; i-- {
		rest, ok := signs(lines[i], writer)
		var sidePhone, sideAddress string
		if !ok {
			sidePhone, sideAddress, ok = besideName(lines[i], writer)
		}
		if tail := fromWriter(lines[i], writer); !ok && tail != "" {
			// "…已经反映过多次。吴芳 13633334444 地址：…", "…叫不醒，林峰 13699990000": the
			// name and contact after the complaint's words on its line.
			sidePhone, sideAddress, ok = besideName(tail, writer)
		}
		if tail := lastPart(lines[i]); !ok && tail != lines[i] && strings.HasSuffix(tail, writer) {
			// "…老人上不去。13900005555 小周": the contact, then the name, after the complaint.
			sidePhone, sideAddress, ok = besideName(tail, writer)
		}
		if !ok && strings.HasSuffix(strings.TrimRight(lines[i], " \t"), " "+writer) {
			// "…出不去 电话159… 刘女士": the number and the name a run-on typed with spaces ends with.
			if f := strings.Fields(lines[i]); len(f) > 2 && f[len(f)-1] == writer {
				sidePhone, sideAddress, ok = besideName(strings.Join(f[len(f)-2:], " "), writer)
				if g := groupedNumbers(f); !ok && len(g) > 2 && len(g) < len(f) && !countryCodeEnd.MatchString(g[len(g)-3]) {
					// "…退剩下的课 电话150 1869 3327 宋女士": the number in groups.
					sidePhone, sideAddress, ok = besideName(strings.Join(g[len(g)-2:], " "), writer)
				}
			}
		}
		if before, found := strings.CutSuffix(strings.TrimSpace(lines[i]), writer); !ok && found && (flatAlone(strings.TrimSpace(before)) || bareFlat.MatchString(strings.TrimSpace(before))) {
			// "8栋 2602 莫女士", "1402 苗女士" above her number: the flat, then the name.
			sideAddress, ok = strings.Join(strings.Fields(before), ""), true
		} else if !ok && found && residentRole[lastRunes(strings.TrimSpace(before), 2)] && !quickre.ContainsAny(before, "，。,") {
			ok = true // "小区业主 林女士" above her number: what she is, then her name
		}
		if head, _, cut := strings.Cut(lines[i], "，"); !ok && cut && strings.HasPrefix(head, writer) {
			// "韩雪 13500005556，投诉1703油烟直排": the name and contact before them.
			sidePhone, sideAddress, ok = besideName(head, writer)
		}
		if !ok || i > 0 && endsInColon(lines[i-1]) {
			// Not their name, or a name a label above gives ("管家是：\n王芳"): a namesake's.
			continue
		}
		phone, address = sidePhone, sideAddress
		if above := strings.TrimSpace(lineAbove(lines, i)); address == "" && workLine.MatchString(above) && bracketedOffice(above) != "" {
			address = bracketedOffice(above) // "钱塘教育科技有限公司（1206室）" above "运营部 韩笑"
		}
		work, keeper := false, false // under their company's line; a store's keeper or franchisee
		switch {
		case rest == "":
		case phoneIn(rest) == rest && isPhone(rest):
			phone = rest
		case bracketedOffice(rest) != "":
			address = bracketedOffice(rest) // "苏曼 瑞达金融（3608室）": their company and its office
		case flatAlone(strings.Join(strings.Fields(rest), "")):
			address = strings.Join(strings.Fields(rest), "") // "业主 包海涛 15 栋 2 单元 1802" above their number
		case flatAlone(withoutNote(rest)):
			address = withoutNote(rest) // "叶倩 3号楼1单元1506（租户）": the flat, and a note on it
		case phoneAfterBars(rest) != "":
			phone = phoneAfterBars(rest)
		case workLine.MatchString(rest) || jobAfterName.MatchString(rest):
			// "孟凡 星火游戏 行政": their company and job beside their name, the lines below
			// are their work's.
			work = true
		default:
			continue
		}
	block:
		for _, l := range lines[i+1 : min(len(lines), i+6)] {
			l = strings.TrimSpace(l)
			noted := strings.TrimSpace(remark.ReplaceAllString(l, "")) // without a note in brackets
			switch {
			case l == "" || endsInColon(l):
				// The end of the block, or a label whose value is on the line below: someone
				// else's number ("邻居的电话："), an order's.
				break block
			case colon(l) < 0 && gluedNumbers(l) != "":
				// "家里电话0451-8263 7715 手机13945120873（白天打手机…）": the mobile of the two.
				phone = cmp.Or(phone, gluedNumbers(l))
			case colon(l) < 0 && labelledPhone(l) && labelledNumbers(l) != "":
				// "电话 0571-8577 3162 / 15988125073（手机，有事请打手机）", "座机 0571-8102 7736
				// 手机 136 5812 4409": the mobile of the two.
				phone = cmp.Or(phone, labelledNumbers(l))
			case colon(l) < 0 && labelledPhone(l) && isPhone(phoneIn(strings.TrimSpace(remark.ReplaceAllString(withoutPhoneLabel(l), "")))):
				// "联系电话 159 5812 0637（139那个号码现在很少用，请打这个）": the number under its label
				// without a colon, and the note after it.
				phone = cmp.Or(phone, phoneIn(strings.TrimSpace(remark.ReplaceAllString(withoutPhoneLabel(l), ""))))
			case dateLine.MatchString(l) || colon(l) >= 0 || labelledPhone(l):
				// The letter's date, a labelled line, which the labels' rules read ("手机 133…").
			case phoneIn(l) == l && isPhone(l):
				phone = cmp.Or(phone, l)
			case noted != l && phoneIn(noted) == noted && isPhone(noted):
				phone = cmp.Or(phone, noted) // "+82 10 2345 6789 (KakaoTalk / WhatsApp)"
			case workLine.MatchString(l) && len(strings.Fields(l)) == 2 && officeRoom.MatchString(strings.Fields(l)[0]):
				address, work = cmp.Or(address, strings.Fields(l)[0]), true // "京润大厦0612 北京新禾律师事务所"
			case workLine.MatchString(l) && bracketedOffice(l) != "":
				address, work = cmp.Or(address, bracketedOffice(l)), true // "安拓律师事务所（华景中心A座2208室）"
			case englishFlat.MatchString(l):
				if !lodged(strings.Join(lines, "\n")) {
					address = cmp.Or(address, l) // "Room 1718" alone under their name
				}
			case markedNumber(l) != "":
				phone = cmp.Or(phone, markedNumber(l)) // "0512-6523 7788 / 138 1234 7788（手机，优先）"
			case numbersLine(l) != "":
				phone = cmp.Or(phone, numbersLine(l)) // "+86-21-6123 4567 / +86 139 1670 5528"
			case boothAfterName.MatchString(l):
				address = cmp.Or(address, boothAfterName.FindStringSubmatch(l)[1]) // "广西桂韵茶业 6.1馆E22"
			case placeThenNumber(l) != "":
				// "时代广场1801 13621001234", "6-1-1201 / 136-8888-9999": the writer's place, then
				// their number.
				place, number, _ := strings.Cut(placeThenNumber(l), "\n")
				address, phone = cmp.Or(address, place), cmp.Or(phone, number)
			case containsAny(l, "管家", "楼管", "樓管", "秩序员", "秩序員", "保安", "保洁", "保潔", "客服") && staffPost.MatchString(l):
				// "9栋管家 分机 8021", "13-18幢管家 159 9013 6620": the writer's post on the office's
				// staff, no home, and their number after it.
				work = true
				if rest := strings.TrimSpace(l[len(staffPost.FindString(l)):]); phoneIn(rest) == rest && isPhone(rest) {
					phone = cmp.Or(phone, rest)
				} else if labelledPhone(rest) && labelledNumbers(rest) != "" {
					phone = cmp.Or(phone, labelledNumbers(rest))
				}
			case addressLine(withoutRole(l)):
				a := flatPiece(withoutRole(l))
				if f := groupedNumbers(strings.Fields(a)); len(f) >= 2 && phoneIn(f[len(f)-1]) == f[len(f)-1] && isPhone(f[len(f)-1]) && digitCount(f[len(f)-1]) >= 7 {
					// "6栋903  13020118899": the flat, then the number.
					phone, a = cmp.Or(phone, f[len(f)-1]), strings.Join(f[:len(f)-1], " ")
				}
				if f := strings.Fields(a); len(f) == 2 && hanOnly(f[0]) && !addressWords.MatchString(f[0]) && unitAtEnd.MatchString(f[1]) {
					a = f[1] // "老周烧腊 L1-22号铺": the shop's unit, without its name
				} else if len(f) == 2 && hanOnly(f[1]) && !addressWords.MatchString(f[1]) && unitAtEnd.MatchString(f[0]) {
					a = f[0] // "L2-041 潮牌服饰": the same, its name after it
				}
				if label, value, ok := strings.Cut(a, " "); ok && formKey(label) == "address" {
					a = strings.TrimSpace(value) // "地址 碧海花园3栋1201" of a table without colons
				}
				if workLine.MatchString(a) {
					a = fromAddressWord(a) // "永安保险 人事部 B座1501": the room, not the company
				}
				if !lodged(l) { // a guest's hotel room is not their address
					address = cmp.Or(address, a)
				}
			case (englishAddress.MatchString(l) || englishOffice.MatchString(l)) && utf8.RuneCountInString(l) <= maxValue && !workLine.MatchString(l):
				address = cmp.Or(address, englishPlacesHead(l)) // "Rm 1203, 12/F, Tower B", "Office 2315, 23/F, Harbourfront Tower"
			case workLine.MatchString(l):
				work = true
				keeper = keeper || storeKeeper.MatchString(l)
			case storeLine.MatchString(l):
				// "茶语轩成都春熙路店" under the franchisee's name: the address below is their store's.
				work, keeper = true, true
			default:
				break block
			}
		}
		if work {
			// The company's landline and address; a mobile is the person's own, so is their
			// extension ("029-8832 7701 转 6"), a flat ("云栖花园二区5幢302" under "浙大附属医院
			// 护士长") and the office on the floor the complaint is about ("B座15层空调…" above
			// "B座15层1503").
			if !isMobile(phone) && !extensionWord.MatchString(phone) {
				phone = ""
			}
			if !homeFlat.MatchString(address) && !officeRoom.MatchString(address) && !englishOffice.MatchString(address) && !keeper &&
				!floorUnit.MatchString(strings.Join(strings.Fields(address), "")) &&
				!placeAbove(address, strings.Join(lines[:i], "\n")) {
				address = ""
			}
		}
		if phone != "" || address != "" {
			return phone, address
		}
	}
	return "", ""
}

// staffPost is a line of the office's staff member's post, a building or an area they look after:
// "9栋管家", "B区 楼管".
var staffPost = quickre.MustCompile(EitherScript(`^[^\s，,。]{0,12}?(?:\d{1,3}\s*(?:栋|幢|号楼|座)|[A-Z]\s*区)\s*(?:楼栋)?(?:管家|楼管|秩序员|保安|保洁员?|客服)(?:\s|$|[/|｜(（])`))

// countryCodeEnd ends words with a country's code before a number in groups: "澳門手提：+853".
var countryCodeEnd = quickre.MustCompile(`\+\d{1,3}$`)

// barsBetween are the bars a signature's line puts between its place and its number.
var barsBetween = strings.NewReplacer(" / ", " ", " | ", " ")

// placeThenNumber is a signature's line of a flat or an office, then a phone number, as
// "place\nnumber": "时代广场1801 13621001234", "6-1-1201 / 136-8888-9999"; "" for any other line.
func placeThenNumber(l string) string {
	f := groupedNumbers(strings.Fields(barsBetween.Replace(l)))
	if len(f) != 2 || phoneIn(f[1]) != f[1] || !isPhone(f[1]) || digitCount(f[1]) < 7 {
		return ""
	}
	if place := f[0]; bareFlat.MatchString(place) || buildingDashFlat.MatchString(place) || dashFlat.MatchString(place) ||
		estateRoom(place) && !lodged(place) && !venue.MatchString(place) || flatAlone(place) {
		return place + "\n" + f[1]
	}
	return ""
}

// boothAfterName is a signature's line of an exhibitor's name, then their hall and booth:
// "广西桂韵茶业 6.1馆E22", "美家家居 8号馆8D-103展位".
var boothAfterName = quickre.MustCompile(EitherScript(`^\p{Han}{2,16}[ \t\x{3000}]+(\d{1,2}(?:\.\d)?号?馆\s*[A-Z0-9]{1,3}-?[A-Z]?\d{1,4})(?:号?展位)?$`))

// shopUnit is the unit a mall's tenant signs with at the foot of their mail: "L3-08 禾本花艺",
// "商户 L1-06 闵家鞋坊 闵凤英 电话 …"; "" when the last lines begin with none. A unit named in
// the mail's sentences may be any shop's, the one complained of.
func shopUnit(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-5; i-- {
		if m := signedUnit.FindStringSubmatch(strings.TrimSpace(lines[i])); m != nil {
			return m[1]
		}
	}
	// Or the first line begins with it: "F2-17 汪记煲仔饭。这个月开始…".
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" && !greetingLine.MatchString(l) && !endsInColon(l) {
			if m := signedUnit.FindStringSubmatch(l); m != nil {
				return m[1]
			}
			break
		}
	}
	return ""
}

// signedUnit is a signature's line that begins with a mall's unit, then the shop's name.
var signedUnit = quickre.MustCompile(EitherScript(`^(?:商户|商铺|店铺)?\s*((?:[A-Z]\d?|\d{1,2}F)-\d{2,4}(?:号铺|号商铺|号)?)\s+\p{Han}{2,12}(?:[\s。，,]|$)`))

// ownUnit is the unit of a mall's shop, a market's stall or a fair's booth the writer says is
// theirs: "我是3F-12号铺 鲜茶坊", "我是水产区B17摊位的", "我是水产区B排12号摊位的", "我係地庫B1-08號舖「豪記茶餐廳」東主",
// "我们是A3馆A3-12展位", "攤位號碼為C館 C-215", "系萧山万象汇店（L1-108）加盟店主"; "" when it
// says none. Another unit ("隔壁3F-14那家火锅店") is no one's the writer keeps.
func ownUnit(text string) string {
	for _, m := range ownUnitOf.FindAllStringSubmatch(text, perLine) {
		if m[3] != "" && !ownLabel.MatchString(m[0]) && !holderWords.MatchString(text) {
			// "…找摊主还骂人 摊位号是C区08": a customer's words of the stall they complain of; a
			// stall's label is the writer's own where they say it is theirs or they keep one.
			continue
		}
		for _, g := range m[1:] {
			if g == "" {
				continue
			}
			if movedTo.MatchString(g) {
				break // "展位调整至5号馆E31": where the office moves them, not their own
			}
			if g = strings.Join(strings.Fields(g), ""); problemPlace.MatchString(g) {
				// "地庫B1-08號舖": the unit, without the floor a basement's trouble is said by.
				g = strings.TrimLeftFunc(g, func(r rune) bool { return unicode.Is(unicode.Han, r) })
			}
			return g
		}
	}
	for _, m := range ownUnitMore.FindAllStringSubmatch(text, perLine) {
		for _, g := range m[1:] {
			if g != "" {
				return strings.Join(strings.Fields(g), "")
			}
		}
	}
	if contains(text, "是我") {
		if m := stallOwned.FindStringSubmatch(text); m != nil {
			return m[1] // "肉类区C-21档口是我跟表哥邱伟合伙开的"
		}
	}
	if containsAny(text, "展位", "摊位", "排") {
		if m := ourBoothIn.FindStringSubmatch(text); m != nil {
			return strings.Join(strings.Fields(m[1]+m[2]+m[3]), "") // "我们天宇光电在3号馆E17展位"
		}
	}
	if namesUnit(text) {
		if m := ownUnitAt.FindStringSubmatch(text); m != nil {
			return strings.Join(strings.Fields(m[1]+m[2]+m[3]+m[4]), "")
		}
	}
	return ""
}

// movedTo begins a unit the office moves someone to: "调整至5号馆E31".
var movedTo = quickre.MustCompile(EitherScript(`^(?:调整至|调整为|调整到|改为|改到|调至|调到|换到|换至|移至|移到)`))

// bracketedOffice is the office in brackets after a company's name: "华景中心A座2208室" of
// "安拓律师事务所（华景中心A座2208室）"; "" when the line ends otherwise.
func bracketedOffice(l string) string {
	l = strings.TrimSpace(l)
	if _, inner, ok := cutBracket(l); ok && (strings.HasSuffix(l, "）") || strings.HasSuffix(l, ")")) && addressPart(inner) == inner {
		return inner
	}
	return ""
}

// keptStore is the store storeKept finds, "" when none.
func keptStore(text string) string {
	if !contains(text, "店") {
		return ""
	}
	if m := storeKept.FindStringSubmatch(text); m != nil && !notOwnStore.MatchString(m[1]) {
		return m[1]
	}
	return ""
}

// footStore is the store or the campus a line at the foot of the mail names, its keeper's or its
// staff's signature: "沐茶季 成都春熙路店", "洁速洗车 沈阳浑南店 加盟商", "苏州观前街店 钱女士",
// "南京新街口店" alone, "长沙岳麓区麓谷校区 负责人"; "" when none of its last lines does.
func footStore(text string) string {
	store, _ := storeAtFoot(text)
	return store
}

// storeAtFoot is the store or the campus a line at the foot of the mail names, and the name after
// it on that line ("钱女士" of "苏州观前街店 钱女士"); "" for what it does not give.
func storeAtFoot(text string) (store, keeper string) {
	if !containsAny(text, "店", "校区", "校區", "分校") {
		return "", ""
	}
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	seen := 0
	for i := len(lines) - 1; i >= 0 && seen < 5; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		seen++
		f := strings.Fields(l)
		name := ""
		for len(f) > 1 && (storeKeeper.MatchString(f[len(f)-1]) || callName(f[len(f)-1]) || chineseName(f[len(f)-1])) {
			if callName(f[len(f)-1]) {
				name = f[len(f)-1]
			}
			f = f[:len(f)-1] // "加盟商", "钱女士" after the store
		}
		if s := strings.Join(f, " "); len(f) <= 3 && storeLine.MatchString(s) && !notOwnStore.MatchString(f[len(f)-1]) &&
			containsAny(lastRunes(f[len(f)-1], 2), "店", "校区", "校區", "分校") && utf8.RuneCountInString(f[len(f)-1]) >= 4 {
			return f[len(f)-1], name
		}
	}
	return "", ""
}

// storeLine is a signature's line that only names a store: "茶语轩成都春熙路店", "小满鱼 绵阳涪城万达店".
var storeLine = quickre.MustCompile(`^[\p{Han}A-Za-z0-9 ·（）()]{2,24}(?:店|分店|校区|校區|分校)$`)

// storeKeeper is a signature's line of a store's keeper or franchisee, whose address below is
// their store's: "华景便民服务台 · 杭州文三路店 店长/加盟商".
var storeKeeper = quickre.MustCompile(EitherScript(`店长|店主|加盟商|加盟店主|负责人|校长`))

// namesUnit tells a text that names a stall, a shop or a booth by its word: only such a text
// gives one of ownUnitAt's units.
func namesUnit(text string) bool {
	for _, w := range []string{"摊", "攤", "档", "檔", "铺", "舖", "鋪", "展位"} {
		if contains(text, w) {
			return true
		}
	}
	return false
}

// footPlace is the place among the last words of a mail typed on a phone, beside the writer's
// name and number there: "…老周 15088613927 12幢 1单元 701", "东区17号摊位 李强 158 0746 2231",
// "王浩宇 / 华瑞大厦 9楼 906" above its number; "" when the foot gives none, or names someone else.
func footPlace(text, writer string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n。.！!"), "\n")
	ownName := chineseName(writer)
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-3; i-- {
		f := lastFields(lines[i], 8)
		var place []string
		signed, shop := false, false
		for j := len(f) - 1; j >= 0; j-- {
			w := f[j]
			switch {
			case signed && len(place) == 0 && !shop && j > 0 && quickre.ContainsAny(f[j-1], "0123456789") && hanOnly(w) &&
				utf8.RuneCountInString(w) <= 8 && addressWords.MatchString(f[j-1]) && (addressPart(f[j-1]) == f[j-1] || stallUnit.MatchString(f[j-1])) &&
				!callName(w):
				shop = true // "C区22号摊位 陈记干货 陈伟强": the shop's name between its place and its keeper
			case utf8.RuneCountInString(w) > 4 && !quickre.ContainsAny(w, "0123456789"):
				j = -1 // a word of the complaint, no name, number nor flat: the foot ends here
				continue
			case w == "/" || w == "|" || w == "｜" || residentRole[w] && len(place) == 0 && signed:
			case digitCount(w) >= 7 && phoneIn(w) == w && isPhone(w) || w == strings.TrimSpace(writer) && w != "" ||
				!ownName && callName(w) && signedName(w):
				// The writer's number, their name, or a name signing the mail of a nickname's or an
				// English name's mailbox.
				signed = true
			case callName(w) && signedName(w):
				return "" // "许文 30幢1802 138…" at the foot of 王建国's mail: someone else's
			case addressWords.MatchString(w) && (addressPart(w) == w || stallUnit.MatchString(w)) || bareFlat.MatchString(w) ||
				len(place) > 0 && estate.MatchString(w):
				place = append([]string{w}, place...)
			default:
				j = -1 // the complaint's words: the foot ends here
				continue
			}
		}
		if a := strings.Join(place, ""); signed && a != "" && addressLine(a) && !bareFlat.MatchString(a) {
			return a
		}
		if l := strings.TrimSpace(lines[i]); l != "" && (i == len(lines)-3 || utf8.RuneCountInString(l) > longestFoot || !contactPieces(l)) {
			break
		}
	}
	return ""
}

// longestFoot is the most characters a line of a mail's foot has (a name, a number, an address
// with its labels); a longer line is a sentence of the complaint's.
const longestFoot = 60

// lastFields are the last n words of a line apart by spaces, a number in groups one word ("138
// 1234 5670"): a foot's words, however long the line before them.
func lastFields(l string, n int) []string {
	f := strings.Fields(l)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return groupedNumbers(f)
}

// stallUnit is a market's stall or a mall's shop by its number: "东区17号摊位", "A区36号档口".
var stallUnit = quickre.MustCompile(EitherScript(`\d+(?:号)?(?:摊位|档口|铺位|商铺|铺)$`))

// ownUnitOf finds ownUnit's unit: after the writer's "我是" or a shop's "我们在" ("我在…摊买了" is
// a customer's), before the shop's name and their role in it, after a stall's label at the start
// of a clause, or in brackets after their store's name before their role in it.
var ownUnitOf = quickre.MustCompile(EitherScript(
	`(?:(?:我们|我們|我哋|我|本人)(?:是|係|系)|(?:我们|我們|我哋)(?:在|喺))\s*((?:[\p{Han}A-Z0-9]{0,6}?(?:区|楼|馆|层|库|底商|美食街|市场|广场|商场|街|排|棚|夜市)){0,2}\s?第?` + unitCode + `\s?(?:号|號)?(?:商铺|铺位|铺面|铺|档口|档|摊位|摊|展位))|` +
		`(?:(?:我们|我們|我哋|我|本人)|(?:本人|我)\p{Han}{2,3}[，,]\s*)(?:是|係|系|为)\s*(?:[\p{Han}A-Z0-9]{0,6}?(?:区|楼|馆|层|库|底商|美食街|市场|地下)){0,2}\s?(` + unitCode + `)(?:号铺|铺)?\s*[「“"（(][^」”"）)\n]{1,20}[」”"）)]\s*\p{Han}{0,4}?的?(?:店长|店主|老板|东主|负责人|店的|经理)|` +
		`(?:^|[，,。；;：:\s（(]|我的|我们的|我們的|本店|本|参展|我司|本公司|这次|本次|我)(?:摊位|档口|档位|展位|展台|铺位|商铺|柜位|工位)(?:号码|编号|号)?(?:为|是|在|喺|[:：]|\s|[（(])?\s*((?:[\p{Han}A-Z0-9]{1,5}?(?:区|楼|馆|层|库)|\d{1,2}\.\d[号號]?馆|\d{1,2}\.\d-|\d{1,2}(?:\.\d)?H-?){0,3}\s?` + unitCode + `)(?:[^0-9A-Za-z\-]|$)|` +
		`(?:系|是|为|係)\p{Han}{2,12}?(?:店|分店)?[（(](?:\p{Han}{0,7}[^号號码碼编編\s\dA-Za-z（()）-])?\s*(` + unitCode + `)(?:号铺|号|铺)?[）)](?:的|嘅)?(?:加盟)?(?:店主|店长|商|东主|老板)|` +
		`(?:我|本人)[（(]\p{Han}{2,4}[，,、]\s*((?:[\p{Han}A-Z0-9]{1,4}?(?:区|楼|馆|层|库))?\s?` + unitCode + `\s?(?:号|號)?(?:商铺|铺位|铺|档口|档|摊位|摊|展位))|` +
		`(?:我们|我們)是([A-Z]?\d{2,4}室)的|我是(?:\d{1,2}(?:楼|层)|[一二三四五六七八九十]{1,2}(?:楼|层)|[A-Z]?\d{1,2}F)?\s?(` + unitCode + `)(?:\p{Han}{2,10}?|\s+\p{L}[\p{L}&'’.]*(?:\s+[\p{L}&'’.]+){0,3}\s*)的(?:店长|店主|老板|负责人)|(?:本店|本铺|我们店|我們店|我们|我們)\s*(` + unitCode + `(?:号铺|号商铺|铺))|` +
		// "我们店（B1-26号铺 蜜语甜品）": the shop's unit in brackets after it.
		`(?:我们店|我們店|我哋間舖|本店|我的店)[（(]\s*(` + unitCode + `(?:号铺|号|铺)?)(?:[\s，,）)]|$)|` +
		// "我们是云上茶业（2号馆2C-108展位）": the booth in brackets after the company; "我们是4楼美食街的川
		// 味小馆（4F-12号铺）" the shop's unit.
		`(?:我们|我們)(?:是|系)[^（(，,。\n]{2,20}[（(]\s*(?:((?:\d{1,2}(?:\.\d)?[号號]?馆\s?)?` + unitCode + `)\s*(?:展位|摊位)|(` + unitCode + `(?:号铺|號舖|铺|舖)))[）)]|` +
		// "我们是8号馆8D-103，美家家居": a hall and a code are a booth.
		`(?:我们|我們|我司|本公司)(?:是|在)\s*(\d{1,2}(?:\.\d)?[号號]?馆\s?` + unitCode + `)(?:[^0-9A-Za-z\-]|$)|` +
		// "我是冻品区D-22的老板娘", "我是水产区A-07号的老黄黄永发": a market's area and its stall's
		// code, then who keeps it.
		`我是(\p{Han}{1,4}区\s?` + unitCode + `(?:号|號)?)的(?:老板娘|老板|摊主|档主|店主|[老阿]\p{Han})|` +
		// "我是二区H3街25118号商位的楼建平": a wholesale market's stall by its street and number.
		`我是([^，。；！？,;!?\s的]{2,20}?号?商位)的`))

// ownUnitMore finds the units ownUnitOf does not, kept apart from it: the one pattern of them all
// would be too large for Go's quick matcher of short patterns, and every text with "我是" would
// run through the slow one.
var ownUnitMore = quickre.MustCompile(EitherScript(
	// "我们在本届五金博览会8号馆8C-102展位": the booth at this year's fair.
	`(?:我们|我們)在(?:本届|本次|这次)\p{Han}{0,8}?(?:博览会|展览会|展会|交易会)(\d{1,2}(?:\.\d)?[号號]?馆\s?` + unitCode + `)(?:展位|摊位)|` +
		// "我是蔬菜交易区B排27号卖土豆洋葱的王德胜": a stall by its area and row, then what it sells.
		`我是((?:[\p{Han}A-Z0-9]{0,6}?(?:区|排|行|街)){1,2}\s?\d{1,4}号)(?:卖|做|经营)\p{Han}{1,8}的|` +
		// "我係荔景中心 Shop G12 嘅 franchisee Eric": a shop's unit as the mall writes it in English.
		`(?:我|我们|我哋)(?:是|係)\p{Han}{0,10}\s*(?i:shop|unit|stall|kiosk)\s+([0-9A-Z][0-9A-Z-]{0,6})\s*(?:嘅|的)|` +
		// "我是3樓「Lovely Shoes」專櫃(3F-12)的櫃長黃淑芬": a department store's counter.
		`我是[^，。\n]{0,24}?(?:专柜|柜位|店)\s*[（(](` + unitCode + `)[）)](?:的|嘅)?(?:柜长|店长|负责人)|` +
		// "我们负责本届…5号馆C21展位（展商：…）的特装搭建": the booth a builder puts up.
		`(?:我们|我)?负责[^。\n]{0,24}?((?:\d{1,2}(?:\.\d)?[号號]?馆\s?)?` + unitCode + `)(?:展位|摊位)|` +
		// "我是市场里面卖猪肉的 肉类区R-07号摊 我叫吴国庆", typed with spaces for stops.
		`我是[^，。\n]{0,12}?的[ \t\x{3000}]*((?:\p{Han}{1,4}区)?` + unitCode + `(?:号|號)?(?:摊位|摊|档口|档))(?:[ \t\x{3000}]|$)|` +
		// "我是B区22号摊“海生水产”的林海生": the stall, its name in quotes, its keeper.
		`我是((?:\p{Han}{1,4}区)?\d{1,4}号摊位?)[「“"][^」”"\n]{1,12}[」”"]的\p{Han}{2,3}|` +
		// "我是肉菜市场猪肉档的老周周德福 档口号是C区7号": the stall's number after the keeper's words.
		`我是[^，。\n]{0,16}?(?:档|摊|铺)的[^，。\s]{1,6}[ \t\x{3000}，,]+(?:档口|摊位)(?:号码|编号|号)?(?:是|为)\s*((?:[A-Z]|\p{Han}{1,3})区\s?\d{1,4}号)`))

// ourBoothIn is the hall and booth the writer's company is at, after its name ("我们天宇光电在3号馆E17
// 展位") or at this year's fair, or the stall by its area and row where the writer trades.
var ourBoothIn = quickre.MustCompile(EitherScript(`(?:我们|我們)\p{Han}{2,10}?在(\d{1,2}(?:\.\d)?[号號]?馆\s?` + unitCode + `)(?:号)?(?:展位|摊位)|` +
	// "本届茶博会展位为2号馆B36展位"; "本人付红梅，在服装城二楼C区5排18号经营“美衣坊”".
	`(?:本届|本次|这次)\p{Han}{0,8}?展位(?:号)?(?:为|是|在)\s*(\d{1,2}(?:\.\d)?[号號]?馆\s?` + unitCode + `)|` +
	`(?:^|[，,。\s])(?:我|本人)?在(\p{Han}{0,8}?[A-Z]?区\d{1,2}排\d{1,4}号)(?:摊位|档口|铺位)?\s*(?:经营|卖|做)`))

// franchiseUnit is the unit in a mall of a franchisee's store, in the brackets after their name
// with its number in the franchise: "我是…店的加盟商许雅婷（门店编号HZ-0216，银泰B1-26铺位）"; "" when
// none.
func franchiseUnit(text string) string {
	if m := unitAfterStoreNumber.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

var unitAfterStoreNumber = quickre.MustCompile(EitherScript(`加盟商\p{Han}{2,3}[（(][^（）()\n]{0,20}?[，,、]\s*\p{Han}{0,6}?(` + unitCode + `)(?:号)?(?:铺位|商铺|铺)[）)]`))

// storePosition is where the writer's store or firm lies, in the words that label it beside the
// store's name or its code: "新和广场1层L1-08铺" of "我店（优选便利新和广场店，门店编号SH0217，位置：新和
// 广场1层L1-08铺）", "3F-K12" of "（店铺编码：GZ-TY-0315，铺位号：3F-K12）", "12樓之5" of "本公司「…」
// 位於貴大樓12樓之5", "环球金融中心32楼3205室" of "我所办公地址为…"; "" when none.
func storePosition(text string) string {
	if !containsAny(text, "位置", "位于", "位於", "铺位", "鋪位", "舖位", "地址") {
		return ""
	}
	for _, m := range positionLabelled.FindAllStringSubmatch(text, perLine) {
		// What the label names is the place, whole: "1F-1023号商铺", "3F-K12".
		if v := strings.TrimSpace(cmp.Or(m[1], m[2])); quickre.ContainsAny(v, "0123456789") && utf8.RuneCountInString(v) <= 24 {
			return v
		}
	}
	return ""
}

// positionLabelled is the place labelled in the brackets after a store's name or code, or after
// the writer's firm.
var positionLabelled = quickre.MustCompile(EitherScript(`[（(][^（）()\n]{0,40}?(?:店|编号|编码|公司)[^（）()\n]{0,30}?[，,、]\s*(?:位置|铺位号|铺位|位于|位於|地址)\s*[:：]?\s*([^，,。；;（）()\n]{2,30})[）)，,；;]|` +
	`(?:本公司|我公司|我司|我所|本所|敝公司|敝司|本店|我店)[^，。！？\n]{0,30}?(?:位于|位於|办公地址为|办公地址是|地址为|地址是)\s*[:：]?\s*(?:贵|貴)?(?:大楼|大厦|大樓|大廈)?([^，,。；;（）()\n]{2,30})`))

// ownUnitAt finds the units ownUnitOf does not: before what the writer sells there ("在水产区B17
// 摊位卖鱼"), as their company's booth ("我司…的展位为W3馆W3-A12"), where they exhibit ("本次於
// 華景會展中心5館E102攤位參展"), or where the writer stays ("我这边的电话是…，一直在5A-102展位现场").
var ownUnitAt = quickre.MustCompile(EitherScript(
	`(?:^|[，,。；;\s])(?:我|本人)?在\s*((?:[\p{Han}A-Z0-9]{0,6}?(?:区|楼|馆|层|库|市场)){0,2}\s?(?:第?[一二三四五六七八九十\d]{1,2}排\d{1,4}|` + unitCode + `)\s?(?:号|號)?(?:商铺|铺位|铺|档口|档|摊位|摊|展位))\s*(?:卖|賣|经营|經營|做|开|開|摆|擺)|` +
		`(?:我司|本公司|我们公司|我們公司|我们|我們)[^。，,\n]{0,30}?(?:的展位(?:号)?(?:为|是|在)|展位号\s*[:：]?)\s*((?:[\p{Han}A-Z0-9]{1,4}?馆|\d{1,2}\.\d[号號]?馆)?\s?` + unitCode + `)(?:[^0-9A-Za-z\-]|$)|` +
		`(?:于|於|在)\p{Han}{0,10}?((?:\d{1,2}[号號]?[馆館])\s?` + unitCode + `)\s?(?:摊位|攤位|展位)\s*(?:参展|參展)|` +
		`(?:^|[，,。；;\s])(?:我|本人|我们|我們)?(?:一直|现在|都|人)在\s*((?:\d{1,2}[号號]?[馆館]\s?)?` + unitCode + `)\s?(?:号|號)?(?:展位|摊位|攤位)(?:现场|上|这边)`))

// stallOwned is a stall the writer says is theirs, before saying so: "肉类区C-21档口是我跟表哥…合伙开的".
var stallOwned = quickre.MustCompile(EitherScript(`((?:\p{Han}{1,4}区)?` + unitCode + `(?:号|號)?)(?:档口|摊位|铺位|摊|档|铺)是我(?:跟|和|与|自己)?[^，。\n]{0,10}?(?:开|租|经营)的`))

// ownLabel begins a stall's label the writer says is theirs: "我的摊位是…", "本店档口在…";
// holderWords say the writer keeps a shop, a stall or a booth, or writes for their company.
var (
	// "…的月租会员，工位是3F开放区D-17": a desk in a shared office is its member's.
	ownLabel    = quickre.MustCompile(EitherScript(`^(?:我的|我们的|我們的|本店|本|我(?:摊位|档口|档位|铺位|柜位)|[，,。；;：:\s（(]?工位)`))
	holderWords = quickre.MustCompile(EitherScript(`本公司|我司|敝司|敝公司|参加本届|参加本次|这次展位|本次展位|我们公司|我們公司|本店|我们店|我們店|我的摊位|我的档口|参展|展商|摊主是我|我是摊主|` +
		// "我们是深圳市极光照明科技有限公司，展位号…", "我們是台灣福爾摩沙茶業，這次參加兩岸茶博會".
		`(?:我们|我們)是[^。，,\n]{2,30}?(?:公司|集团|厂|工作室)|(?:我们|我們)是[^。，,\n]{2,16}[，,]\s*(?:展位|摊位|档口|铺位)号?(?:在|是|为)|我是[^。\n]{0,30}的(?:负责人|店长|店主|老板)|(?:我们|我們|我司|本公司)[^。\n]{0,20}?参加`))
)

// unitCode is a unit's code in a mall, a market or a fair: "3F-12", "B17", "2-086", "L1-108",
// "1F-E08", "A3-12".
const unitCode = `[A-Z0-9]{1,3}-?[A-Z]?\d{1,4}`

// keepsStore tells a text whose writer says they keep a store (storeOwner) or signs as its keeper
// (storeSigned).
func keepsStore(text string) bool {
	return storeOwner.MatchString(text) || containsAny(text, "店 店长", "店 店主", "店 加盟商", "店 店長") && storeSigned.MatchString(text)
}

// ownStore is the shop a franchisee or a shop's keeper says is theirs, writing about it to head
// office or the mall: "我是温州五马街店的加盟店主章海燕，门店在五马街128号", "门店地址：…" under
// "我是…的加盟商戴志刚". In anyone else's mail a shop's address is the one complained of.
func ownStore(text string) string {
	if !keepsStore(text) {
		return ""
	}
	for _, m := range storeAt.FindAllStringSubmatch(text, perLine) {
		if a := addressValue(m[1]); addressLine(a) {
			return a
		}
	}
	if m := storeInBrackets.FindStringSubmatch(text); m != nil && addressLine(m[1]) {
		return m[1] // "我是果多多富阳银湖店（银湖街道新民路56号1号商铺）的店主陈美华"
	}
	return ""
}

// storeOwner are the words of a writer who keeps a store, or whose father or mother does ("我爸爸周
// 国栋是邻里优选北站店（店号 LL-0654）的加盟商").
var (
	storeOwner = quickre.MustCompile(EitherScript(`(?:我|本人)(?:(?:爸爸?|妈妈?|父亲|母亲)\p{Han}{0,3}?)?(?:是|系)[^。，,\n]{0,40}?(?:加盟商|加盟店主|加盟店东|店东|店主|店长|老板)|` +
		// "我们是重庆渝中八一路店（门店编号CQ0233）", "…有限公司（小满鱼八一路店加盟商）" under their name.
		`(?:我们|我們)(?:是|系)[^。，,\n]{0,20}?店(?:[（(，,。]|$)|[（(][^（）()\n]{0,20}?(?:加盟商|加盟店主)[)）]|` +
		`(?:我们|我們)(?:门店|店铺)|^本店[（(]|\n本店[（(]|` +
		// "加盟商：戴文斌" among a franchisee's lines of their store.
		`(?:^|\n)[ \t]*(?:加盟商|加盟主|加盟店主)(?:姓名)?[:：]`))
	// storeSigned is a signature's line of the writer's store and what they are of it: "一碗饺子
	// 武汉光谷店 店长" under their name.
	// "湖滨店 店长 徐立新", "佛山禅城店 加盟商 蒙少华" with their name after it.
	storeSigned = quickre.MustCompile(EitherScript(`(?m)^[^\n]{0,20}店[ \t]+(店长|店主|加盟商)(?:[ \t]+\p{Han}{2,3})?[ \t]*$`))
	// storeInBrackets is a store's address in brackets after its name, where its keeper says who
	// they are.
	storeInBrackets = quickre.MustCompile(EitherScript(`(?:我|本人)(?:是|系)\p{Han}{2,16}?店[（(]([^（）()\n，,]{4,40})[）)](?:的)?(?:加盟商|加盟店主|店主|店长|老板)`))
	storeAt         = quickre.MustCompile(EitherScript(`(?:(?:(?:我的|我们的?|本)?(?:门店|分店|店铺)(?:地址)?|店址|店开)\s*(?:在|位于|[:：])|(?:门店|店铺)地址(?:是|为)?|店址(?:是|为)?)\s*([^，。；;\n]{3,40})`))
)

// ownStoreName is the store a franchisee names as theirs, writing to the franchise's desk, for one
// who gives no address of it (a store's manager writes to a mall, which knows it by its unit): "我
// 是杭州文三路店（门店编号HZ0231）的加盟商孙立强", "…小象便利杭州德胜店的加盟商我叫姚俊", "宁波天一
// 店加盟商" on a line under the writer's name, "我们滨江星光店店长", "我是南昌青山湖店的潘德胜", a
// school's campus "我们滨江星光校区（校区编号 HZ-BJ-03）"; "" when none.
func ownStoreName(text string) string {
	if !contains(text, "店") && !contains(text, "校区") && !contains(text, "校區") {
		return ""
	}
	for _, m := range storeNamed.FindAllStringSubmatch(text, perLine) {
		if m[4] != "" && !chineseName(m[5]) {
			continue // "我是…店的会员": not its keeper
		}
		if s := cmp.Or(m[1], m[2], m[3], m[4], m[6]); !notOwnStore.MatchString(s) {
			return s
		}
	}
	return ""
}

var (
	storeNamed = quickre.MustCompile(EitherScript(`(?:我|本人)(?:是|系)(\p{Han}{2,16}?店)(?:[（(][^（）()\n]{0,30}[）)])?(?:的)?(?:加盟商|加盟店主|加盟店东)|` +
		`(?:^|\n)[ \t]*(\p{Han}{2,16}?店)[ \t]+(?:加盟商|加盟店主|加盟店东)[ \t]*(?:\n|$)|` +
		// "下面是我们滨江星光店店长发给我的情况": a franchisee's store, by its manager's report.
		`(?:我们|我們)(\p{Han}{2,10}?店)(?:的)?店长|` +
		// "我是南昌青山湖店的潘德胜，": the store, then its keeper's name.
		`(?:我|本人)(?:是|系)(\p{Han}{2,16}?店)的(\p{Han}{2,3})(?:[，,。\s]|$)|` +
		// "我们滨江星光校区（校区编号 HZ-BJ-03）": a franchised school's campus, by its code.
		`(?:我们|我們)(\p{Han}{2,10}?校区)[（(]\s*(?:校区|加盟)?(?:编号|编码|代码)`))
	// storeKept is the store the writer says they keep or work in, by its name: "我是邻家优选昆明北京路
	// 店的老板娘宋佳", "我是沐茶季 福州东街口店 的吕老板", "我係淨衣寶旺角西洋菜南街分店嘅加盟商陳嘉欣",
	// "我是成都春熙路店的，…".
	storeKept = quickre.MustCompile(EitherScript(`(?:我|本人)(?:是|系)[ \t]?((?:\p{Han}{1,8}[ \t])?\p{Han}{2,16}?店)[ \t]?(?:的|嘅)[ \t]?(?:加盟商|加盟店主|老板娘|老板|店长|店主|\p{Han}老板|[，,。]|$)`))
	// notOwnStore begins a store that is the office's or someone else's: "你们店", "这家店".
	notOwnStore = quickre.MustCompile(EitherScript(`^(?:你|贵|这|那|该|隔壁|对面)`))
)

// storeCode is the code in the franchise of the store whose keeper writes to its head office,
// labelled ("门店编号SH-0217", "店号CD-057", "门店号DG-A112", "我们店（南宁朝阳店，编号GX-0021）"),
// after the writer's "我店" ("我店（NB-1135 鄞州万达店）", "我店WZ-0223（…）") or before 门店 ("我
// 是 CS0712门店（…）的"), in brackets after the store's name ("茶悦轩 番禺市桥店（GZ1029）" under
// the keeper's name) or in the subject ("【门店HZ-XH-031】烤箱第二次故障"); "" when none, or when
// the writer does not say the store is theirs: a customer's mail names the store it complains of.
func storeCode(subject, text string) string {
	english := containsAny(text, "store code", "shop code", "Store code", "Shop code", "store no", "shop no")
	if !contains(text, "店") && !contains(subject, "店") && !english {
		return ""
	}
	if quickre.ContainsAny(text, "（(") {
		if m := storeCodeLine.FindStringSubmatch(text); m != nil {
			return m[1]
		}
	}
	if !containsAny(text, "编号", "編號", "编码", "編碼", "代码", "代碼", "号码", "號碼", "店号", "店號", "铺号", "鋪號", "舖號", "门店", "門店", "门市", "門市", "我店", "本店", "我们店", "我們店") &&
		!containsAny(subject, "门店", "門店") && !english {
		return "" // no word a store's code stands after
	}
	code, mine := "", false // mine: the writer says it is their store's ("我是CS0712门店的")
	for _, t := range []string{text, subject} {
		if m := storeCoded.FindStringSubmatch(t); m != nil {
			code, mine = cmp.Or(m[1], m[2], m[3], m[4], m[5], m[6]), m[6] != ""
			break
		}
	}
	if code == "" || !mine && !keepsStore(text) && !ownStoreWords.MatchString(text) {
		return "" // the words that make the store theirs are looked for only where a code stands
	}
	return code
}

// storeCodeCore is a store's code in its franchise: "SH-0217", "HZ-XH-031", "DG-A112", "GZ1029";
// franchiseCode is the code and what ends it.
const (
	storeCodeCore = `([A-Z]{1,4}(?:-[A-Z]{1,4})?-?[A-Z]?\d{2,5})`
	franchiseCode = storeCodeCore + `(?:[^0-9A-Za-z\-]|$)`
)

var (
	storeCoded = quickre.MustCompile(EitherScript(`(?:(?:门店|店铺|店|门市)(?:编号|编码|代码|代号|号码|号)|(?i:store|shop) (?i:code|no\.?))\s*(?:[:：]|为|是)?\s*` + franchiseCode + `|` +
		`(加盟店号\s*\d{3,6})(?:\D|$)|` +
		`店\s*[（(][^（）()\n]{0,12}?编号\s*[:：]?\s*` + franchiseCode + `|` +
		`(?:^|[【\[\s】\]])门店\s*` + franchiseCode + `|` +
		`(?:我店|本店|我们店)\s*[（(]?\s*` + franchiseCode + `|` +
		`(?:我是|我们是)\p{Han}{0,8}?` + storeCodeCore + `(?:门店|店|[（(][^（）()\n]{0,12}店[）)])`))
	// storeCodeLine is a signature's line of the store and its code, alone: "茶悦轩 番禺市桥店（GZ1029）".
	storeCodeLine = quickre.MustCompile(EitherScript(`(?m)^[ \t]*[\p{Han}·]{0,10}[ \t]*\p{Han}{2,12}店[ \t]*[（(]` + storeCodeCore + `[)）][ \t]*$`))
	// ownStoreWords say the store the writer writes of is theirs: "我店", "本店", "我是东莞长安万达
	// 店的", "我是台中公益店（門市編號…）的", "湖滨店 店长 徐立新", "加盟主 蕭文傑", "店长 蒋婷婷
	// 177…", "加盟店号7786", a mail to the franchise's desk or head office ("加盟服务台：", "总部你
	// 好"), and a signature's line of the store and its code ("邻里优选 湖滨花园店 店号 LL-1178").
	ownStoreWords = quickre.MustCompile(EitherScript(`我店|本店|我们店|我們店|我们门店|我的店|我们的店|我是\p{Han}{2,12}店(?:[（(][^（）()\n]{0,20}[）)])?的|加盟店号|` +
		// "我是剪艺坊 门店编号JYF-0712 宁波天一广场店的领班蔡雨涵"; "franchisee of the Shekou store", "Our
		// Tsuen Wan shop".
		`我是[^，。\n]{0,30}?店的(?:领班|店长|店员|员工|值班长|店主|老板)|(?i:franchisee of|\bour (?:[a-z]+ ){0,3}(?:store|shop)\b)|` +
		// A store's report form: "门店编号：XA-0356\n反馈人：值班长 孙浩".
		`(?m)^[ \t]*门店编号[ \t]*[:：][^\n]*\n[ \t]*(?:反馈人|填报人|报告人)[ \t]*[:：]|` +
		`(?m)^[ \t]*(?:加盟|总部)\p{Han}{0,8}[:：][ \t]*$|(?m)^[ \t]*总部(?:你好|您好)|` +
		`(?m)^[ \t]*(?:[\p{Han}·]{1,10}[ \t]+)?\p{Han}{2,12}店[ \t]+(?:店号|门店编号|门店号)[ \t:：]*[A-Z]|` +
		`(?m)^[ \t]*(?:\p{Han}{1,12}店[ \t]+)?(?:加盟商|加盟主|店长|店主)(?:[ \t]+|[ \t]*[:：][ \t]*)\p{Han}{2,3}(?:[ \t]*$|[（(]|[ \t]+(?:电话|手机)?[ \t:：]*\+?\d)`))
)

// ownShopCode is the code of the shop a keeper says is theirs, as the estate numbers its shops:
// "我们是S-09蜀香小馆（紫荆路126号）", "我店（康宁大药房云栖店，紫荆路110号，商铺编号S-01）"; "" when
// none.
func ownShopCode(text string) string {
	if !containsAny(text, "店", "我们是", "我們是") {
		return ""
	}
	if m := shopCoded.FindStringSubmatch(text); m != nil {
		return cmp.Or(m[1], m[2])
	}
	return ""
}

var shopCoded = quickre.MustCompile(EitherScript(`(?:我们|本店)是\s*([A-Za-z]{1,2}-\d{1,4})(?:号)?(?:商铺|铺)?的?\p{Han}{2,10}|` +
	`(?:我店|本店|我们店|我们的店|我们门店)[（(][^（）()\n]{0,30}?(?:商铺编号|铺位号|商铺号|铺号|店铺编号)[为是:：]?\s*([A-Za-z]{0,2}-?\d{1,4})[^（）()\n]{0,20}[）)]`))

// labelledNumbers is the number to call of a labelled line of two numbers, apart by a slash or a
// label of their own (see numbersLine); "" for any other line.
func labelledNumbers(l string) string {
	_, value, _ := strings.Cut(l, " ")
	return numbersLine(strings.TrimSpace(remark.ReplaceAllString(labelAfterNumber.ReplaceAllString(strings.TrimSpace(value), "$1/"), "")))
}

// gluedNumbers is the mobile of a line of two numbers, each after its label without a space or a
// colon between: "家里电话0451-8263 7715 手机13945120873"; "" for any other line.
func gluedNumbers(l string) string {
	if !containsAny(l, "手机", "手機") {
		return ""
	}
	ms := gluedNumber.FindAllStringSubmatch(l, 3)
	if len(ms) < 2 || strings.TrimSpace(gluedNumber.ReplaceAllString(remark.ReplaceAllString(l, ""), "")) != "" {
		return ""
	}
	for _, m := range ms {
		if p := phoneIn(m[1]); isPhone(p) && isMobile(p) {
			return p
		}
	}
	return ""
}

var gluedNumber = quickre.MustCompile(EitherScript(`(?:家里电话|家庭电话|住宅电话|座机|固话|电话|手机)(\+?\d[\d \-]{6,16}\d)`))

// labelAfterNumber is a phone's label after a number on the same line, the label of the next:
// "  手机 " of "座机 0571-8102 7736  手机 136 5812 4409".
var labelAfterNumber = quickre.MustCompile(EitherScript(`(\d)[ \t\x{3000}]+(?:手机|电话|座机|固话|(?i:mobile|mob|tel))[ \t]*`))

// numbersLine is the number to call of a line of numbers apart by slashes or bars: its mobile,
// else its first; "" when the line holds anything else.
func numbersLine(l string) string {
	pieces := strings.FieldsFunc(l, func(r rune) bool { return r == '/' || r == '|' || r == '、' })
	if len(pieces) < 2 {
		return ""
	}
	first := ""
	for _, p := range pieces {
		p = strings.TrimSpace(p)
		if phoneIn(p) != p || !isPhone(p) {
			return ""
		}
		if first == "" {
			first = p
		}
		if mobile.MatchString(p) {
			first = p
			break
		}
	}
	return first
}

// flatPiece is the piece of a signature's line that is a flat, after a title and a slash or a
// bar ("紫金华府业委会委员 / 4栋2单元1701"); the line as it is when it is not so divided.
func flatPiece(l string) string {
	pieces := strings.FieldsFunc(l, func(r rune) bool { return r == '/' || r == '|' || r == '｜' })
	if len(pieces) < 2 {
		return l
	}
	for i := len(pieces) - 1; i >= 0; i-- {
		if p := strings.TrimSpace(pieces[i]); flatEnd.MatchString(p) && addressLine(p) {
			return p
		}
	}
	return l
}

// englishOffice is a room and its floor as an English signature gives them, the office of the
// writer's company in a building: "Suite 1502, 15/F, Tower 2", "Room 1805, 18/F", "Unit 2911-12,
// 29/F", a whole floor of one ("23/F, Huajing Center").
var englishOffice = quickre.MustCompile(`(?i)^(?:(?:suite|room|rm|unit|office)\.?\s*[0-9A-Z]{0,2}\d{2,5}[A-Z]?(?:-\d{1,5})?\s*,\s*` +
	`(?:\d{1,3}/?F|\d{1,3}(?:st|nd|rd|th)\s+floor|level\s+\d{1,3}|(?:tower|block)\s+[A-Z0-9]{1,2})\b|\d{1,3}/F,\s*[A-Z][a-z]+)`)

// officeRoom is an office's room in a named building: "环球金融中心B座31层3102室",
// "恒隆广场二座18楼1805室", "万达广场C座1206", "华景中心C座15F-1501", its rooms "A座2501-2502".
var officeRoom = quickre.MustCompile(EitherScript(`(?:大厦|大楼|中心|广场|座|层|楼)\s*(?:\d{1,3}F\s*-?\s*)?[A-Za-z]?\d{3,4}(?:\s*[-~～至]\s*\d{2,4})?\s*(?:室|号)?\s*$`))

// homeFlat is a flat in a residential building: "5幢302", "3栋2单元1101", "2单元602".
var homeFlat = quickre.MustCompile(EitherScript(`\d+\s*(?:栋|幢|号楼)\s*(?:\d+\s*单元\s*)?\d{3,4}(?:室|号)?\s*$|\d+\s*单元\s*\d{3,4}(?:室|号)?\s*$`))

// placeAbove tells an address whose building and floor, without the room, the text above names:
// the writer's office is on the floor they complain about.
func placeAbove(address, above string) bool {
	place := strings.TrimSpace(trailingRoom.ReplaceAllString(address, ""))
	return utf8.RuneCountInString(place) >= 3 && addressWords.MatchString(place) && contains(above, place)
}

// trailingRoom is the room's number at an address's end.
var trailingRoom = quickre.MustCompile(`[-－]?\d{2,5}\s*(?:室|號|号)?\s*$`)

// workLine is a line of a signature that names the writer's company, department or job.
var workLine = quickre.MustCompile(EitherScript(`(?i)公司|集团|有限|银行|医院|学校|大学|事务所|研究院|工作室|保险|证券|传媒|科技|贸易|物流|` +
	`工程师|设计师|会计|出纳|经理|主管|总监|主任|专员|助理|顾问|秘书|总裁|董事|店长|[部处處科]长|^\S{1,6}部$|\s\S{1,6}部\s|` +
	`\b(?:ltd|limited|inc|co\.|corp|llc|llp|plc|gmbh)\b|` +
	`\b(?:manager|director|engineer|officer|assistant|coordinator|executive|consultant|administrator|accountant|` +
	`secretary|receptionist|analyst|specialist|supervisor|founder|partner|president|ceo|cfo|coo|cto|head of)\b`))

// jobAfterName is a job's or a department's name ending what follows the writer's name on their
// signature's line ("星火游戏 行政", "云图 前台").
var jobAfterName = quickre.MustCompile(EitherScript(`(?i)(?:^|\s)\S{0,8}(?:行政|前台|人事|财务|采购|市场|销售|运营|法务|HR|` +
	`客服|经理|主管|总监|主任|专员|助理|顾问|秘书|店长|领队|导游|董事长|董事|总裁|合伙人|创始人|部)$`))

// ownRole is a role a writer signs with that names someone else in another's mail: a shop's
// manager, a company's, writing themselves.
var ownRole = quickre.MustCompile(EitherScript(`店长|店主|经理|负责人|经办人|老板|主管|行政`))

// labelledPhone tells a line of a phone's label and number without a colon: "手机 133…".
func labelledPhone(l string) bool {
	label, value, ok := strings.Cut(l, " ")
	return ok && formKey(label) == "phone" && phoneIn(strings.TrimSpace(value)) != ""
}

// endsInColon tells a line that ends in a colon: a label whose value is on the line below.
func endsInColon(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasSuffix(l, ":") || strings.HasSuffix(l, "：")
}

// withoutLatinName is a signature's line that gives the writer's Chinese name with their name in
// Latin letters before or after it, without the Latin one: "周凯" of "Kevin Zhou 周凯", "陈明哲 总经理"
// of "陈明哲 Michael Chen 总经理"; the line as it is when it does not.
func withoutLatinName(line, name string) string {
	before, after, ok := strings.Cut(line, name)
	if !ok {
		return line
	}
	if b := strings.TrimSpace(before); b != "" {
		if !latinWords(b) || workLine.MatchString(b) {
			return line
		}
		return name + after
	}
	f := strings.Fields(after)
	k := 0
	for k < len(f) && k < 3 && latinWords(f[k]) && !workLine.MatchString(f[k]) {
		k++ // not "Manager" of "张伟 Office Manager", their job
	}
	if k == 0 || !strings.HasPrefix(after, " ") && !strings.HasPrefix(after, "\t") {
		return line
	}
	return strings.TrimRight(name+" "+strings.Join(f[k:], " "), " ")
}

// latinWords tells a name in Latin letters, of one to three words each beginning with a capital:
// "Kevin Zhou", "Kit".
func latinWords(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		if w[0] < 'A' || w[0] > 'Z' || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) || r > unicode.MaxASCII }) >= 0 {
			return false
		}
	}
	return true
}

// signs tells a line that is the writer's signature: their name, maybe after their role ("业主 陈大
// 文", "顾客 杨帆", "店长 黄珊") or before a word of respect ("陈大文 敬上"); rest is what follows
// the name on the line ("宋波 13588002200", their company and job: "孟凡 星火游戏 行政", or their
// flat), "" for nothing.
func signs(line, writer string) (rest string, ok bool) {
	t := withoutRole(line)
	if chineseName(writer) {
		t = withoutLatinName(t, writer) // "Kevin Zhou 周凯", "陈明哲 Michael Chen": the name in both scripts
	}
	if isASCII(writer) {
		for _, title := range []string{"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Miss ", "Mr ", "Ms ", "Mrs ", "Dr "} {
			if after, found := strings.CutPrefix(t, title); found && strings.HasPrefix(after, writer) {
				t = after // "Ms. Fung Wai Ling" above her job and her office
				break
			}
		}
	}
	if i := strings.Index(t, writer); i > 0 && strings.TrimSpace(t[i:]) == writer {
		// "茶小满华景广场店 店长 罗敏": their shop or company and their job in it, then their name.
		if before := strings.TrimSpace(t[:i]); quickre.ContainsAny(before, " \t") && jobAfterName.MatchString(before) && !otherPerson.MatchString(before) {
			return before, true
		}
	}
	if i := strings.Index(t, writer); i > 0 {
		// A role of a few characters before the name: the writer's own ("店长 黄珊"), not one
		// of the office's staff ("管家 小刘") or of a neighbour ("楼上 王建国"); "王先生" may be
		// anyone's, and signs alone on its line unless a role of a shop's or a firm's own is before
		// it ("店主 林女士", "行政 黄小姐").
		if role := strings.TrimSpace(t[:i]); utf8.RuneCountInString(role) <= 6 && hanOnly(role) && !otherPerson.MatchString(role) &&
			(!otherParty.MatchString(role) || ownRole.MatchString(role)) && (!titleOnly.MatchString(writer) || ownRole.MatchString(role)) {
			t = t[i:]
		}
	}
	if after, found := strings.CutPrefix(t, writer); found && after != "" && (after[0] == ' ' || after[0] == '\t' || strings.HasPrefix(after, "\u3000")) {
		if m := gluedPhone.FindStringSubmatch(strings.TrimSpace(after)); m != nil && m[1] == "" {
			after = " " + m[2] // "店主 林女士 电话135…": the number stuck to its label
		}
		if r := strings.TrimSpace(after); r != "" && phoneIn(r) == r && isPhone(r) && !dateLine.MatchString(r) &&
			!roomThenMobile(r) {
			return r, true
		}
		if r := strings.TrimSpace(after); (workLine.MatchString(r) || jobAfterName.MatchString(r)) && !addressLine(r) && phoneIn(r) == "" {
			return r, true // "孟凡 星火游戏 行政": their company and job
		}
		if r := strings.TrimSpace(after); bracketedOffice(r) != "" {
			return r, true // "苏曼 瑞达金融（3608室）": their company and its office
		}
		if phoneAfterBars(after) != "" {
			return after, true // "Tom Rivera / BrightPath / 159…": their company and number after bars
		}
		if r := strings.TrimSpace(after); r != "" && r[0] >= '0' && r[0] <= '9' && digitCount(r) <= 10 && flatAlone(withoutNote(r)) {
			// "业主 包海涛 15 栋 2 单元 1802": their flat, maybe typed with spaces, and no number
			// with it; "叶倩 3号楼1单元1506（租户）", with a note on it.
			return r, true
		}
		if r := strings.TrimSpace(after); isASCII(writer) && chineseName(r) && !titled(r) || !isASCII(writer) && isASCII(r) && englishName.MatchString(r) && !quickre.ContainsAny(r, "0123456789") {
			return "", true // "Kevin Zhou 周凯", "周凯 Kevin": their name in both
		}
		if r := strings.Fields(after); isASCII(writer) && len(r) == 2 && hanOnly(r[0]+r[1]) && utf8.RuneCountInString(r[0]+r[1]) <= 5 && !addressLine(r[0]+r[1]) {
			return "", true // "Hiroshi Tanaka 田中 博": a Japanese name in its characters, family name apart
		}
	}
	for _, respect := range []string{"谨启", "謹啟", "敬启", "敬啟", "敬上", "谨上", "謹上", "拜上", "上", "启", "啟"} {
		if r, ok := strings.CutSuffix(t, respect); ok {
			t = strings.TrimSpace(r)
			break
		}
	}
	return "", t == writer
}

// ownSentences puts on a line of its own each sentence in which the writer begins to give their
// contact ("…大门一直开着。我的电话：136…，住10栋1204", "…能帮查一下吗？我是3号楼的，电话186…"),
// as if they had begun a line there: the sentence before, about someone else ("值班保安电话138…
// 打不通"), keeps its line.
func ownSentences(text string) string {
	if !quickre.ContainsAny(text, "。！？!?") {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		b.WriteString(text[i : i+n])
		i += n
		if sentenceEnd(r) {
			rest := strings.TrimLeft(text[i:], " \t\u3000")
			if ownStart.MatchString(rest) {
				b.WriteByte('\n')
				i = len(text) - len(rest)
			}
		}
	}
	return b.String()
}

// ownStart begins a sentence in which the writer gives their own contact.
var ownStart = quickre.MustCompile(EitherScript(`^(?:我的(?:电话|手机|联系|号码|地址)|我是|我叫[^了过過]|我住|我家住|我电话|我手机|本人)`))

// displayName splits a sender's name into the person and the place it gives: "张伟 3-2-1101" is
// 张伟 of 3-2-1101, "阳光花园5栋1单元" a flat that names nobody, "12号楼王阿姨" the name the office
// knows her by and her building.
func displayName(name string) (person, place string) {
	t := strings.TrimSpace(name)
	if roleWords.MatchString(t) {
		return name, "" // "5栋业主" names the writer by their role there
	}
	if addressLine(t) && addressPart(t) == t && !otherParty.MatchString(t) && !quickre.ContainsAny(t, " \t\u3000") {
		return "", t
	}
	if first, rest, ok := strings.Cut(t, " "); ok && signedName(first) {
		if rest = strings.TrimSpace(rest); addressLine(rest) && addressPart(rest) == rest && !otherParty.MatchString(rest) {
			return first, rest
		}
	}
	if first, rest, ok := strings.Cut(t, " "); ok && addressLine(first) && addressPart(first) == first {
		if rest = strings.TrimSpace(rest); signName.MatchString(rest) || chineseName(rest) {
			return rest, first // "11-2-901 冯姐", as an owners' group lists them: 冯姐, of 11-2-901
		}
	}
	if part := addressPart(t); part != "" && part != t && (addressLine(part) || loneBuilding.MatchString(part)) {
		if rest := t[len(part):]; signName.MatchString(rest) || chineseName(rest) {
			return name, part // "12号楼王阿姨": 王阿姨 of 12号楼, known so to the office
		}
	}
	return name, ""
}

// chineseName tells a sender's name that is a person's Chinese name, not a nickname ("小鱼儿",
// "阿布"), an English name or an address.
func chineseName(name string) bool {
	name = strings.TrimSpace(name)
	n := utf8.RuneCountInString(name)
	if n == 4 && !compoundSurname(name) && (familiar.MatchString(string([]rune(name)[2:])) || strings.HasPrefix(string([]rune(name)[2:]), "阿") ||
		!surnamed(string([]rune(name)[1:]))) {
		// "水产小王", "海鲜阿强": a stall's and how people call its keeper; "花语时光", "米粒妈妈": a
		// shop's name, a nickname. Four characters are a surname of two ("欧阳明轩") or two surnames
		// ("范徐丽泰").
		return false
	}
	if r := []rune(name); n == 2 && r[0] == r[1] {
		return false // "潘潘": a nickname, said twice
	}
	if _, size := utf8.DecodeRuneInString(name); quickre.ContainsAny(name[size:], "的嘅") {
		return false // "海边的风": a nickname, words no name has
	}
	if strings.HasSuffix(name, "区") || strings.HasSuffix(name, "區") || strings.HasSuffix(name, "店") {
		return false // "华南区": a company's region above its manager's job; "车陂店": a chain's store
	}
	if strings.HasPrefix(name, "谢谢") || strings.HasPrefix(name, "謝謝") {
		return false // "谢谢啦": thanks, not 谢 and a given name
	}
	if n == 4 && compoundSurname(name) && organisation.MatchString(name) {
		return false // "东方机械": a company's name, not 东方 and a given name
	}
	return n >= 2 && n <= 4 && nameOrNothing(name) && surnamed(name)
}

// surnamed tells a name that begins with one of the common Chinese surnames (in either script):
// "吴芳", "欧阳娜", not "岁月静好", "外卖小哥".
func surnamed(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return compoundSurname(name) || strings.ContainsRune(surnames, r)
}

// compoundSurname tells a name that begins with a surname of two characters: "欧阳娜".
func compoundSurname(name string) bool {
	for _, two := range []string{"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "令狐", "慕容", "司徒"} {
		if strings.HasPrefix(name, two) {
			return true
		}
	}
	return false
}

// surnames are the single-character Chinese surnames of nearly everyone, in both scripts.
const surnames = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖" +
	"田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹" +
	"薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐" +
	"颜顏倪庄莊聂聶章鲁魯岳翟殷詹申耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂塗成苗谷盛曲翁" +
	"冉骆駱蓝藍路游游辛靳欧歐管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆" +
	"麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇" +
	"桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓" +
	"盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴盖蓋练練廉禹井祖漆巴丰支卿国國狄平计計索宣晋晉相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏鹿薄邸雍辜羊阿乌烏母裘亓修邰赫杭况況那宿鲜鮮印逯隆茹诸諸战戰慕危玉银銀亢嵇公哈湛宾賓戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴陰昝智幸奉植衡富尧堯闭閉由" +
	"洪萧蕭赖賴阎閻钮鈕郦酈钭鈄宓庹濮笪糜羿訾贲賁郗隗"

// signOff is the name the last line of a text begins with, or its last sentence does, when
// something follows it there ("吴芳 13633334444 地址：…", "…反映过多次。陈杰 13544445555"); "" when
// it begins with none.
func signOff(text string) string {
	first, before := lastLineName(text)
	if !signedName(first) {
		return ""
	}
	// Not a name the words before it introduce: "他家的电话写在下面", "联系一下他们房东", "就是这个人：".
	if lead := lastSentence(before); introducesSomeone.MatchString(lead) && !askedToRepair.MatchString(lead) || endsInColon(before) {
		return ""
	}
	return first
}

// askedToRepair is a request to mend what the mail is about, which names no tradesman: "請盡快維修".
var askedToRepair = quickre.MustCompile(EitherScript(`^[。！!\s]*(?:请|麻烦)?(?:尽快|赶快|及时|马上)?(?:安排|派人)?(?:维修|修理|处理)(?:一下)?[。！!]?$`))

// phoneAfterBars is the number that ends what follows a name on a signature's line, set apart
// from it by bars or slashes: "159 1234 0987" of " / BrightPath / 159 1234 0987"; "" when none.
func phoneAfterBars(rest string) string {
	parts := strings.Split(barsApartOne.Replace(rest), "|")
	if len(parts) < 2 || strings.TrimSpace(parts[0]) != "" {
		return ""
	}
	if p := strings.TrimSpace(parts[len(parts)-1]); phoneIn(p) == p && isPhone(p) {
		return p
	}
	return ""
}

// withoutNote is s without its notes in brackets and its spaces: "3号楼1单元1506" of "3号楼1单元1506
// （租户）".
func withoutNote(s string) string {
	return strings.Join(strings.Fields(remark.ReplaceAllString(s, "")), "")
}

// askedOnNumber is a number stuck to the words asking to be called on it: "有事打我电话139 2233 4455".
var askedOnNumber = quickre.MustCompile(EitherScript(`^(?:有事|有问题)?(?:请)?(?:打我|打|找我)(?:电话|手机)(\+?\d[\d \-]{6,18}\d)$`))

// endSigned is the name a text typed on a phone ends with beside its number, set apart by
// spaces: "…请把钱退给我 罗女士 130 5716 2293", "…看看谁拿走的 18268803157 邹先生", "139-0571-2284
// 郑先生" alone on the last line; "" when it ends otherwise, or the words before introduce someone
// ("楼上住的是 王先生 139…").
func endSigned(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n。.！!"), "\n")
	f := lastFields(lines[len(lines)-1], 8)
	for len(f) > 3 && (addressWords.MatchString(f[len(f)-1]) || bareFlat.MatchString(f[len(f)-1])) {
		f = f[:len(f)-1] // "老周 15088613927 12幢 1单元 701": the flat after the name and number
	}
	if len(f) < 2 {
		return ""
	}
	if len(f) > 3 && phoneLabelWord[f[len(f)-2]] {
		f = append(f[:len(f)-2:len(f)-2], f[len(f)-1]) // "王丽华 电话 133 2918 6604": the label between
	}
	number := func(w string) bool {
		if m := gluedPhone.FindStringSubmatch(w); m != nil && m[1] == "" {
			w = m[2] // "吴先生 电话13862179904": the number stuck to its label
		} else if m := askedOnNumber.FindStringSubmatch(w); m != nil {
			w = m[1] // "…有事打我电话139 2233 4455 刘先生"
		}
		return phoneIn(w) == w && isPhone(w)
	}
	name, rest := f[len(f)-2], f[:len(f)-2]
	switch {
	case number(f[len(f)-1]):
	case number(f[len(f)-2]):
		name = f[len(f)-1]
	default:
		return ""
	}
	if n, ok := strings.CutPrefix(name, "我"); ok && titled(n) {
		name = n // "…不能管我就打12345了 我顾女士 电话136…"
	}
	if !(callName(name) && signedName(name) || calledBySurname(name)) {
		return ""
	}
	before := strings.Join(rest, " ")
	// What introduces someone comes right before their name ("楼上住的是 王先生 139…"), not words
	// of the complaint a long run-on began with ("…我是…的住户楼下单元门口天天有车乱停…").
	if introducesSomeone.MatchString(lastRunes(runOnTail(before), 12)) || endsInColon(before) {
		return ""
	}
	if len(rest) == 0 {
		// The number and the name alone on the last line: not the person the line above
		// introduces ("他家的电话写在下面", "就是这个人：").
		above := strings.TrimSpace(strings.Join(lines[:len(lines)-1], "\n"))
		if introducesSomeone.MatchString(lastSentence(above)) || endsInColon(above) {
			return ""
		}
	}
	return name
}

// calledBySurname is how people call someone by their surname, 老 or 小 before it: "老周", "小王";
// not "小区", "老人".
func calledBySurname(w string) bool {
	rs := []rune(w)
	return familiar.MatchString(w) && surnamed(string(rs[1:])) && !strings.ContainsRune("区區人孩师師板姐哥弟妹伴家", rs[1])
}

// startSigned is the name a mail typed on a phone begins with beside its number, before what it
// says: "13592874416 黄志强 水产区A排12号摊位 排水沟堵了两天了…"; "" when it begins otherwise.
func startSigned(text string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	f := strings.Fields(first)
	if len(f) > 8 {
		f = f[:8]
	}
	if f = groupedNumbers(f); len(f) < 3 {
		return ""
	}
	number := func(w string) bool { return digitCount(w) >= 7 && phoneIn(w) == w && isPhone(w) }
	name := func(w string) bool { return callName(w) && signedName(w) }
	switch {
	case number(f[0]) && name(f[1]):
		return f[1]
	case name(f[0]) && number(f[1]):
		return f[0]
	}
	return ""
}

// phoneLabelWord are a phone's labels as a word of their own before its number.
var phoneLabelWord = map[string]bool{"电话": true, "電話": true, "手机": true, "手機": true, "tel": true, "Tel": true, "TEL": true}

// runOnTail is the last words of a text typed with spaces for its stops: its last space-set
// part, or its last clause when that is shorter.
func runOnTail(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, " \t\u3000"); i >= 0 {
		s = s[i+1:]
	}
	return lastClause(s)
}

// withoutEndName is text without the writer's name it ends with after its number: the surname
// of their mailbox's name alone ("…18268803157 邹" of 邹先生) or a name endSigned reads.
func withoutEndName(text, sender string) string {
	t := strings.TrimRight(text, " \t\r\n。.！!")
	i := strings.LastIndexFunc(t, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' })
	if i < 0 {
		return text
	}
	last := t[i+1:]
	surname, _ := utf8.DecodeRuneInString(strings.TrimSpace(sender))
	if last == string(surname) && surnamed(last) || last == endSigned(t) {
		return t[:i]
	}
	return text
}

// englishSignOff is the name a writer with an English name signs with on a line of its own near
// the foot of their mail, of their family name and another first name ("Tom Becker" of Thomas
// Becker); "" when none.
func englishSignOff(text, name string) string {
	f := strings.Fields(name)
	if len(f) < 2 || !isASCII(name) {
		return ""
	}
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-6; i-- {
		l := strings.TrimSpace(lines[i])
		if g := strings.Fields(l); len(g) == 2 && englishName.MatchString(l) && strings.EqualFold(g[1], f[len(f)-1]) {
			return l
		}
		if l == f[0] && i < len(lines)-1 && englishFlat.MatchString(strings.TrimSpace(lines[i+1])) {
			return l // "Patrick" above "House 8, Sunny Hill" at the foot of Patrick O'Neill's mail
		}
	}
	return ""
}

// bilingualSignOff is the line a writer with an English name signs with near the foot of their
// mail, their Chinese name beside one of their English names ("麥嘉欣 Karen" of Karen Mak); ""
// when none.
func bilingualSignOff(text, name string) string {
	if !isASCII(name) || strings.TrimSpace(name) == "" {
		return ""
	}
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-6; i-- {
		l := strings.TrimSpace(lines[i])
		g := strings.Fields(l)
		if len(g) != 2 {
			continue
		}
		han, latin := g[0], g[1]
		if isASCII(han) {
			han, latin = latin, han
		}
		if chineseName(han) && isASCII(latin) && slices.ContainsFunc(strings.Fields(name), func(n string) bool { return strings.EqualFold(n, latin) }) {
			return l
		}
	}
	return ""
}

// familiarSignOff is how a writer with a Chinese name is called, 老 or 小 and their surname, their
// surname and a title or their given name, when the last line of their text begins with it as
// signOff's name does ("老周 电话…" of 周建国, "王小姐 0921-…" of 王雅婷, "一鸣 | 158…" of 毛一鸣);
// not when the text spoke of someone so
// called before ("楼上陈先生家太吵。\n陈先生 139…"). "" when it does not.
func familiarSignOff(text, name string) string {
	if !chineseName(name) {
		return ""
	}
	surname, _ := utf8.DecodeRuneInString(name)
	first, before := lastLineName(text)
	rest, ok := strings.CutPrefix(first, string(surname))
	given := utf8.RuneCountInString(name) == 3 && first == name[len(string(surname)):] // "一鸣" of 毛一鸣
	if first == "" || !(first == "老"+string(surname) || first == "小"+string(surname) || given ||
		ok && (rest == "先生" || rest == "女士" || rest == "小姐" || rest == "太太")) ||
		contains(strings.ReplaceAll(before, name, ""), first) || endsInColon(before) {
		return ""
	}
	return first
}

// lastLineName is the word the last line of a text begins with, or its last sentence does, when
// something follows it there, and the text before it; "" when nothing follows it.
func lastLineName(text string) (first, before string) {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	l := strings.TrimRight(strings.TrimSpace(lines[len(lines)-1]), "。.！!")
	if i := strings.LastIndexAny(l, "。！？!?"); i >= 0 {
		_, n := utf8.DecodeRuneInString(l[i:])
		l = strings.TrimSpace(l[i+n:])
	}
	l = strings.TrimLeft(l, "—-－~～ \t") // "——小白 189…"
	first, rest, ok := strings.Cut(l, " ")
	if !ok {
		first, rest, ok = strings.Cut(l, "，")
	}
	if !ok || strings.TrimSpace(rest) == "" || first == "" {
		return "", ""
	}
	if b := buildingFirst.FindString(first); b != "" && b != first {
		first = first[len(b):] // "14栋小白 189…": the writer's building before their name
	}
	before = strings.TrimRight(text, " \t\r\n")
	return first, strings.TrimRight(before[:strings.LastIndex(before, first)], " \t\r\n\u3000")
}

// buildingFirst is a building a signature's name is stuck after: "14栋" of "14栋小白".
var buildingFirst = quickre.MustCompile(EitherScript(`^\d{1,3}(?:号楼|栋|幢|座)`))

// signedName is a name a writer signs with: a Chinese name of two or three characters, or a
// surname and a title ("王先生").
func signedName(w string) bool {
	n := utf8.RuneCountInString(w)
	title := strings.HasSuffix(w, "先生") || strings.HasSuffix(w, "女士") || strings.HasSuffix(w, "小姐") || strings.HasSuffix(w, "太太")
	if parent.MatchString(w) && !quickre.ContainsAny(w, "我你您他她们們的") {
		return true // "小明妈妈": a parent signs by their child's name
	}
	return (n == 2 || n == 3 || title && n <= 4) && hanOnly(w) && surnamed(w) && nameOrNothing(w) && !familiar.MatchString(w) &&
		!quickre.ContainsAny(w, "我你您他她们們的是") && (title || !aboutSomeone.MatchString(w)) && !officeWord.MatchString(w)
}

// officeWord is the office a mail is written to, which a run-on mail begins with as a letter
// is signed: "管理办 我是…", "管理处 …", "物业 …".
var officeWord = quickre.MustCompile(EitherScript(`^(?:管理|物业|客服|服务|前台|总部)|(?:办|处|部|局|所|站|台|中心)$`))

// parent is a parent named by their child: "小明妈妈", "乐乐爸爸", "米米妈".
var parent = quickre.MustCompile(EitherScript(`^\p{Han}{1,3}(?:妈妈|爸爸|妈|爸)$`))

// introducesSomeone are the words of a sentence that leads to someone else's name and number.
var introducesSomeone = quickre.MustCompile(EitherScript(`他|她|佢|这个人|这人|名片|下面|如下|以下|电话是|号码是|叫|房东|房主|` +
	`邻居|楼上|楼下|隔壁|对门|对方|保安|管家|师傅|快递|外卖|小哥|司机|经理|主管|店长|老板|客服|工人|装修|维修|施工|租客|车主`))

// fromWriter is a line from the last place the writer's name begins a clause of it: "林峰
// 13699990000" of "…叫不醒，林峰 13699990000"; "" when none does after the line's start.
func fromWriter(l, writer string) string {
	i := strings.LastIndex(l, writer)
	if i <= 0 {
		return ""
	}
	before := strings.TrimRight(l[:i], " \t\u3000")
	last, _ := utf8.DecodeLastRuneInString(before)
	if before != l[:i] || strings.ContainsRune("，,。！？!?；;", last) {
		return l[i:]
	}
	// "…商场空调太冷。店长何芳 132…": the writer's own role begins the sentence before their name.
	for _, role := range []string{"店长", "店長", "店主", "摊主", "攤主", "档主", "檔主", "负责人", "負責人", "经办人", "經辦人"} {
		if b, ok := strings.CutSuffix(before, role); ok {
			// "…协调解决。有事请联系店长杨帆，手机186…": asked to be called on their number.
			b = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(b, "联系"), "聯繫"), "请"), "請")
			b = strings.TrimSuffix(b, "有事")
			last, _ = utf8.DecodeLastRuneInString(strings.TrimRight(b, " \t\u3000"))
			if b == "" || strings.ContainsRune("，,。！？!?；;", last) {
				return l[i:]
			}
		}
	}
	return ""
}

// lastPart is a line's last clause, without the full stop ending it.
func lastPart(l string) string {
	return strings.TrimSpace(strings.TrimLeft(lastClause(strings.TrimRight(strings.TrimSpace(l), "。.！!")), "，,。；;！!？?"))
}

// roomThenMobile tells "1802 13819990011" or "2603 181 2256 0473", a room and then a mobile, from
// one number written in groups ("+86 138…", "138 1234 5678").
func roomThenMobile(r string) bool {
	if room, rest, ok := strings.Cut(r, " "); ok && allDigits(room) && len(room) >= 3 && len(room) <= 5 && room[0] != '0' && room[0] != '1' {
		if m := strings.ReplaceAll(rest, " ", ""); len(m) == 11 && allDigits(m) && mobile.MatchString(m) {
			return true // "2603 181 2256 0473": the mobile in groups
		}
	}
	i := strings.LastIndexByte(r, ' ')
	if i < 0 || !mobile.MatchString(r[i+1:]) {
		return false
	}
	room := strings.TrimSpace(r[:i])
	return allDigits(room) && len(room) >= 3 && len(room) <= 5
}

// cutColon splits "领队：刘畅" at its first colon, full-width or not.
func cutColon(s string) (before, after string, ok bool) {
	c := colon(s)
	if c <= 0 {
		return "", "", false
	}
	_, n := utf8.DecodeRuneInString(s[c:])
	return s[:c], s[c+n:], true
}

// afterShortLabel is what follows a label of at most n Chinese characters and its colon: "刘畅
// 136…" of "领队：刘畅 136…"; s as it is, and false, when it begins with no such label.
func afterShortLabel(s string, n int) (string, bool) {
	label, after, ok := cutColon(s)
	if !ok || !hanOnly(label) || utf8.RuneCountInString(label) > n {
		return s, false
	}
	return strings.TrimSpace(after), true
}

// besideName reads a signature of one line, the writer's name and beside it their address, their
// number or both, in either order: "许文 30幢1802 13819990011", "周瑾，7号楼3单元1102，137…",
// "3栋2单元1101 张伟", "——Grace，22幢". Each other part of the line must be one of them.
func besideName(line, writer string) (phone, address string, ok bool) {
	apart := func(r rune) bool { return strings.ContainsRune(" \t\u3000，,、（()）", r) }
	// The name and what stands beside it are set apart: not "王建国家", "小王建国".
	// "孙浩 138…。", "投诉人：3栋502 王芳" (the role's colon after it)
	t := strings.TrimRight(strings.TrimLeft(withoutRole(line), "—-－~～ ：:"), "。.！!")
	if chineseName(writer) {
		t = withoutLatinName(t, writer) // "麥嘉欣 Karen +852…"
	}
	if after, ok := afterShortLabel(t, 4); ok && strings.HasPrefix(after, writer) {
		t = after // "领队：刘畅 136…": the writer's role, then their name
	}
	// "望江府3栋701（不是他们回复里写的3栋601！）": the writer's flat, and the one it is not.
	t = strings.TrimSpace(correctionNote.ReplaceAllString(t, ""))
	rest, found := strings.CutPrefix(t, writer)
	if r, _ := utf8.DecodeRuneInString(rest); found && (r >= '0' && r <= '9' || r >= '０' && r <= '９') {
		rest = " " + rest // "钱伟13777001122": the number stuck to the name
	}
	if r, _ := utf8.DecodeRuneInString(rest); !found || !apart(r) {
		rest, found = strings.CutSuffix(t, writer)
		if r, _ := utf8.DecodeLastRuneInString(rest); !found || !apart(r) {
			return placeNameNumber(t, writer)
		}
	}
	if inside, ok := bracketed(strings.TrimSpace(rest)); ok && englishFlat.MatchString(inside) {
		return "", inside, true // "Mark Chen (Apt 2106, Tower B)"
	}
	if r, _ := utf8.DecodeRuneInString(rest); r == ' ' || r == '\t' || r == '\u3000' {
		// "张薇 | 186-…", "张薇 - 186-…", "景丽华 / 133…": a bar, a dash or a slash between the
		// name and what it gives.
		for _, bar := range []string{"| ", "｜", "- ", "– ", "— ", "/ ", "／"} {
			if after, ok := strings.CutPrefix(strings.TrimLeft(rest, " \t\u3000"), bar); ok {
				rest = " " + after
				break
			}
		}
	}
	return contactParts(groupedNumbers(strings.FieldsFunc(rest, apart)))
}

// correctionNote is a note in brackets at the end of a line saying what the writer's flat or
// number is not.
var correctionNote = quickre.MustCompile(EitherScript(`[（(]\s*(?:不是|并非|而非|非|不在)[^（()）]*[）)]\s*$`))

// placeNameNumber reads a line giving the writer's flat, then their name, then their number:
// "紫荆苑 11号楼 东单元 402 包振华 137.7788.2051".
func placeNameNumber(t, writer string) (phone, address string, ok bool) {
	before, after, found := strings.Cut(t, writer)
	stuck := before != "" && buildingFirst.FindString(before) == before // "14栋小白 189…"
	if !found || !strings.HasSuffix(before, " ") && !stuck || !strings.HasPrefix(after, " ") {
		return "", "", false
	}
	// "业主信息：金桂苑2幢1单元1103 俞志强 159…": a short label before the flat; a longer one is
	// no flat's.
	place, labelled := afterShortLabel(strings.TrimSpace(before), 4)
	if !labelled && colon(place) >= 0 {
		return "", "", false
	}
	place = placeAfterSentences(place)
	// "13-502 黎阿姨 138…": a building's and a flat's numbers alone.
	if place == "" || !(addressLine(place) && addressPart(place) == place || buildingDashFlat.MatchString(place)) || relativePlace.MatchString(place) || otherParty.MatchString(place) {
		return "", "", false
	}
	phone, address, ok = contactParts(groupedNumbers(strings.Fields(after)))
	if !ok || phone == "" || address != "" {
		return "", "", false
	}
	return phone, place, true
}

// placeAfterSentences is a place a run-on typed with spaces for stops gives after its sentences,
// without them: "8号楼1单元 1703" of "电梯又坏了 8号楼1单元 1703", "翠苑 3栋 502" of "又停水了 翠苑
// 3栋 502"; "" when the sentences run into it.
func placeAfterSentences(place string) string {
	i := strings.IndexFunc(place, numberOrLetter)
	if i <= 0 || !sentenceBefore(place[:i]) {
		return place
	}
	f := strings.Fields(place)
	for k, w := range f {
		if j := strings.IndexFunc(w, numberOrLetter); j >= 0 {
			if j > 0 || k == 0 {
				return "" // "电梯又坏了8号楼…": its words and the place run together
			}
			if estate.MatchString(f[k-1]) && !sentenceBefore(f[k-1]) {
				k-- // the estate's name before its building
			}
			return strings.Join(f[k:], " ")
		}
	}
	return ""
}

// bracketed is what a pair of brackets around s holds.
func bracketed(s string) (string, bool) {
	for _, pair := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if inside, ok := strings.CutPrefix(s, pair[0]); ok {
			if inside, ok = strings.CutSuffix(inside, pair[1]); ok && !quickre.ContainsAny(inside, "()（）") {
				return strings.TrimSpace(inside), true
			}
		}
	}
	return "", false
}

// runOnContact is the writer's name, number and place a text typed on a phone gives together in
// the middle of its words, with spaces for stops: "…说了好几次了 5栋1单元702刘女士 13812345678 麻烦
// 管一下", "…17栋1702业主张婷婷 电话13812121212 希望给个说法", "我们B2层15号铺 美美服饰 店长周丽
// 137-2211-5566 请给个说法"; "" for each it does not give so.
func runOnContact(text string) (name, phone, place string) {
	found, listed := 0, false
	for l := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(l) == "" || endsInColon(l) {
			listed = endsInColon(l) // "联名业主：" above the lines of a list, until a blank line
			continue
		}
		if n, p, a := runOnLineContact(l); p != "" && !listed {
			if found++; found > 1 {
				return "", "", "" // "1201 王阿姨 139…" and "1203 陆芳 150…": a list of several
			}
			name, phone, place = n, p, a
		}
	}
	return name, phone, place
}

// runOnLineContact is runOnContact of one line; a line with a label's colon or a list's number
// before it is the labels' and the lists' rules' to read.
func runOnLineContact(l string) (name, phone, place string) {
	if !quickre.ContainsAny(l, " \t") || digitCount(l) < 7 || quickre.ContainsAny(l, ":：") || listMarker.MatchString(l) {
		return "", "", "" // no words apart by spaces, no number
	}
	if tag, rest, ok := strings.Cut(l, "】"); ok && strings.HasPrefix(strings.TrimSpace(tag), "【") {
		l = rest // "【投诉】7号楼603 门禁卡失效 周先生 135…": the flat after the tag
	}
	f := groupedNumbers(strings.Fields(l))
	if len(f) < 3 {
		return "", "", ""
	}
	for i := 1; i < len(f); i++ {
		p := strings.TrimSpace(labelledPhonePrefix.ReplaceAllString(f[i], ""))
		if phoneIn(p) != p || !isPhone(p) || digitCount(p) < 7 || dateLine.MatchString(p) {
			continue
		}
		if i == len(f)-2 && ownNumberWords.MatchString(f[i]) && (titled(f[i+1]) || calledBy.MatchString(f[i+1]) && surnamed(string([]rune(f[i+1])[:1]))) &&
			!aboutSomeone.MatchString(lastRunes(f[i-1], 4)) {
			// "…你们赶紧去看看 有事打13577778888 李女士", "…电话就是这个13699990000 赵阿姨": the
			// number, then who they are.
			return f[i+1], p, ""
		}
		if i+2 < len(f) && ownFlatWord(f[i+1]) && addressPart(f[i+1]) == f[i+1] && callName(f[i+2]) && !othersBefore(f, i) {
			// "新号码17600001111 4号楼506 潘先生 上次说的…": the number, the flat, the name.
			return f[i+2], p, f[i+1]
		}
		b := i - 1 // the word before the number, or before its label apart from it ("电话 150 0210 6634")
		if b > 0 && labelledPhonePrefix.ReplaceAllString(f[b], "") == "" {
			b--
		}
		before := ownWord.ReplaceAllString(f[b], "") // "我1栋601吴先生"
		if flat := addressPart(before); flat != "" && flat != before && strings.HasPrefix(before, flat) {
			// "5栋1单元702刘女士", "17栋1702业主张婷婷": the flat, then the name, stuck together.
			n := withoutRole(strings.TrimPrefix(before[len(flat):], "的"))
			if callName(n) && ownFlatWord(flat) && !othersBefore(f, b) {
				return n, p, flat
			}
			continue
		}
		n := strings.TrimSpace(keeperRole.ReplaceAllString(withoutRole(f[b]), ""))
		if !callName(n) || b < 1 {
			continue
		}
		// The place before the name, maybe with the shop's name between: "B2层15号铺 美美服饰 店长周丽".
		for k := b - 1; k >= 0 && k >= b-2; k-- {
			if w := strings.TrimSuffix(ownWord.ReplaceAllString(f[k], ""), "的"); ownFlatWord(w) && addressPart(w) == w { // "我C栋703的 吕先生 156…"
				if othersBefore(f, k) {
					return "", "", ""
				}
				return n, p, w
			}
		}
		if othersBefore(f, b) {
			return "", "", ""
		}
		return n, p, ""
	}
	return "", "", ""
}

// ownNumberWords begin a number a run-on gives as the writer's: "有事打", "电话就是这个".
var ownNumberWords = quickre.MustCompile(EitherScript(`^(?:有事(?:请)?(?:打|联系)|(?:电话|手机)(?:号码|号)?就是)`))

// othersBefore tells a word of a line's words that comes right after one saying whose it is,
// someone else's: "楼上 5栋802王先生", "投诉 3栋502 李四", "保洁班组 主管 付桂兰".
func othersBefore(f []string, k int) bool {
	return k > 0 && (nearby.MatchString(lastRunes(f[k-1], 2)) || otherParty.MatchString(f[k-1]) || aboutOthers.MatchString(f[k-1]) || jobAfterName.MatchString(f[k-1]))
}

// ownWord are the writer's words before their place: "我们", "我家", "我们屋头是".
var ownWord = quickre.MustCompile(EitherScript(`^(?:我们的?|我家的?|我的|我)?(?:屋头|家)?(?:住在|是|在|住)?`))

// aboutOthers ends words that name someone else next: "投诉", "举报", "反映一下".
var aboutOthers = quickre.MustCompile(EitherScript(`(?:投诉|举报|反映|告)(?:一下)?$`))

// ownFlatWord tells a word that is a flat, a shop or a stall, not one beside another's: "5栋1单元
// 702", "B2层15号铺".
func ownFlatWord(w string) bool {
	return addressLine(w) && flatAtEnd.MatchString(w) && !nearby.MatchString(w) && !relativePlace.MatchString(w) && !otherParty.MatchString(w) || stallUnit.MatchString(w) && !nearby.MatchString(w)
}

// labelledPhonePrefix is a phone's label stuck to its number: "电话" of "电话13812121212";
// keeperRole what a shop's keeper is, before their name: "店长" of "店长周丽".
var (
	labelledPhonePrefix = quickre.MustCompile(EitherScript(`^(?:新号码|新号|联系电话|(?:电话|手机)(?:号码|号)?就是(?:这个)?|电话|手机号|手机|有事(?:请)?(?:打|联系))`))
	keeperRole          = quickre.MustCompile(EitherScript(`^(?:店长|店主|老板娘|老板|档主|摊主)`))
)
