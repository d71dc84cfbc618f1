package contact

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/quickre"
	"golang.org/x/text/width"
)

// sentenceAddress is the address a writer gives as theirs in a sentence of their own words: "我住在
// 翠湖花园5栋1单元801室", "我是7栋2单元1502的业主", "本人，业主，房号…", "我们店在B座1楼112号"; not
// where they lived before, a place near it ("7栋302的正下方", "…对面"), a hotel room, nor
// someone else's ("漏水那户的房号是…"). "" when they give none.
func sentenceAddress(text string) string {
	building := "" // the writer's building, when they name it before their flat
	for i, l := range strings.Split(text, "\n") {
		if i >= Lines {
			break
		}
		if !containsAnyWord(l, ownAddressEnds) {
			continue
		}
		for _, m := range sharingPunctuation(ownAddress, l, perLine) {
			before := l[:m[0]]
			// "物业你好我是住在…", typed without a stop: the greeting is no one's.
			last := greetingEnd.ReplaceAllString(runOnClause(l, before, 1), "")
			if !quickre.ContainsAny(l, "，。；！？,;!? \t") {
				// Typed without a stop or a space: the words right before it, not all the
				// complaint's ("…我们楼下那个健身器材坏了…我是6栋2单元902的业主").
				last = lastRunes(last, 8)
			} else if !quickre.ContainsAny(l, "，。；！？,;!?") && strings.HasPrefix(l[m[0]:m[1]], "我") {
				// Typed with no stop but spaces: "…楼下那家烧烤店…窗户都不敢开我家住3-2-401小孩要中考
				// … 陈女士 138…": the writer's home, whatever the run-on said before.
				last = lastRunes(last, 8)
			}
			// "隔壁装修，房号是5栋1202" is the neighbour's; "楼上漏水到我家7栋1702了" the writer's;
			// "我以前住3栋101，现在搬到了29栋1801" where they live now.
			moved := contains(l[m[0]:m[1]], "搬") || contains(l[m[0]:m[1]], "现在") || contains(l[m[0]:m[1]], "現在") ||
				contains(l[m[0]:m[1]], "目前")
			// "…楼下的小孩都绕着走 我家就在6幢2单元102": the words before a clause of the writer's
			// own are another's.
			mine := strings.HasPrefix(strings.TrimLeft(l[m[0]:m[1]], "，,。；;！!？? \t"), "我") && strings.HasSuffix(strings.TrimRight(before, "我"), " ")
			// "…物业说修也没人来修 我住12号楼1单元803…": the writer again after what staff said, in
			// a run-on typed with spaces for its stops; not "保安说 我住哪…", words said right before.
			said := quoted(before) && (openQuote(before) || !mine || saidJust.MatchString(strings.TrimSpace(before)))
			if said || !moved && formerly.MatchString(clause(last)) ||
				m[16] < 0 && m[46] < 0 && !mine && (otherPerson.MatchString(last) && !tenantSelf.MatchString(last) || nearby.MatchString(last)) {
				continue
			}
			var a string
			group, end := 0, 0
			we := false    // "我们在…": where they are, their office only when nothing follows
			whole := false // "我是6栋的": an address and nothing else ("我是来投诉3号楼电梯的" is none)
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					a, we, whole, group, end = l[m[g]:m[g+1]], g == 10, g == 14 || g == 26, g/2, m[g+1]
				}
			}
			if before, after, ok := strings.Cut(a, "住在"); group == 2 && ok && addressPart(before) == "" && addressPart(strings.TrimSpace(after)) != "" {
				// "我是租客 住在星河湾8栋1002 房东电话…", typed with spaces for its stops: where the
				// tenant lives, not a landlord's flat.
				a, group = strings.TrimSpace(after), 1
			}
			if group == 13 {
				// "我是宇航科技（C座9层）的前台", "我在湖光山色二期9幢702已经住满五年了": the
				// office in brackets after the company, the flat before 住; a later group of
				// ownAddress says so, which "我是…", "我在…" found first leaves unread.
				if r := officeOrStay.FindStringSubmatchIndex(l[m[0]:]); r != nil && r[0] == 0 {
					for g, og := range []int{19, 20} {
						if at := 2 * (g + 1); r[at] >= 0 {
							a, whole, group, end = l[m[0]+r[at]:m[0]+r[at+1]], false, og, m[0]+r[at+1]
						}
					}
				}
			}
			if r, _ := utf8.DecodeRuneInString(a); group == 1 && strings.ContainsRune("址户戶宅宿客院处處", r) {
				continue // "住址15栋601" is a label, "住户" a role
			}
			if r := flatSpecified.FindStringSubmatch(l[m[1]:]); group == 1 && addressPart(a) == "" && r != nil && addressPart(r[1]) != "" && strings.HasPrefix(r[1], addressPart(r[1])) {
				return addressPart(r[1]) // "我家在绿城桂花园，具体是11幢2单元601室": the flat in the estate said
			}
			if p := addressPart(a); group == 1 && p != "" && strings.HasPrefix(a, p+"的") && flatEnd.MatchString(p) && containsAny(l[m[0]:m[1]], "家是", "家就是") {
				a = p // "我们家是10栋2单元501的", typed on without a stop or with one
			}
			flat := strings.TrimSpace(a)
			if head, rest, ok := strings.Cut(flat, " "); ok && bareFlat.MatchString(head) && !strings.ContainsFunc(strings.Fields(rest)[0], numberOrLetter) {
				flat = head // "…我家是1702 吊顶都泡烂了", typed with spaces for its stops
			}
			if (group == 1 || group == 7 || group == 8 || group == 13 || group == 3 && building != "") && bareFlat.MatchString(flat) {
				// "我住1204，", "我是1402的", "我家1204": a flat's number alone, in an office
				// of one building all the address there is; "我住9栋，房号1202" in the building.
				if building != "" {
					return withinBuilding(building, flat)
				}
				return cmp.Or(flatInBuildingSaid(text, flat), flat)
			}
			if group == 6 && addressPart(a) == "" {
				// "我司（西安云图信息科技有限公司，17层1703-1705室）": the company's name, then its
				// office.
				if after, ok := strings.CutPrefix(l[m[13]:], "，"); ok {
					a, _, _ = strings.Cut(after, "）")
					a = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(a), "位于"), "位於"), "在")
					a = strings.TrimLeft(strings.TrimPrefix(a, "地址"), "：: ") // "我公司（创业科技有限公司，地址：…）"
				} else if r := rentedAfter.FindStringSubmatch(strings.TrimLeft(l[m[13]:], "）)")); r != nil {
					a = r[1] // "我司（深圳华创科技有限公司）自2024年起租用贵中心B座1206室"
				}
			}
			if before, inner, ok := cutBracket(a); ok && group == 17 && addressWords.MatchString(inner) && !addressWords.MatchString(inner[:1]) {
				// "入驻贵大厦A座19层（1905-1906单元）": the floor, and its rooms in the brackets.
				a = before + inner
			}
			if r := companyRooms.FindStringSubmatch(l[end:]); group == 10 && r != nil && addressWords.MatchString(r[1]) {
				// "我们是A座9层的易达物流（906-908室）": the floor, and the company's rooms on it.
				a += r[1]
			}
			// "我是你们小区8栋的住户": the building, not "你们小区".
			yours := strings.TrimSpace(a)
			for _, filler := range []string{"那个", "那個", "这个", "這個", "租住在", "居住在", "住在", "租在", "你们管的", "你們管的", "你们管理的", "你們管理的",
				"贵公司管理之", "貴公司管理之", "贵公司管理的", "貴公司管理的", "贵司管理的", "貴司管理的"} {
				// "我是那个丽景苑4幢602的", said on the phone; "我是租住在…2302的租户", "我是租在…
				// 的租户"; "我住在你们管的阳光新城3-2-401".
				yours = strings.TrimPrefix(yours, filler)
			}
			yours = strings.ReplaceAll(strings.ReplaceAll(yours, "那个", ""), "那個", "") // "7栋那个502"
			a = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(yours, "你们"), "你們"), "贵")
			a = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(a, "小区"), "小區"), "貴")
			if a != yours {
				a = strings.TrimPrefix(strings.TrimPrefix(a, "社区"), "社區") // "住在貴社區金山花園8幢1203室"
			}
			buildings := []string{"大厦", "大廈", "大楼", "大樓", "写字楼", "寫字樓", "商场", "商場", "园区", "園區", "广场", "廣場", "中心"}
			for _, building := range buildings {
				if strings.HasPrefix(a, "本"+building) {
					a = strings.TrimPrefix(a, "本") // "位於本大樓12樓1203室"
				}
			}
			if a != yours {
				// "贵大厦21楼2105室": the office's own building is no part of the writer's address.
				for _, building := range buildings {
					if rest, ok := strings.CutPrefix(a, building); ok && addressPart(rest) != "" {
						a = rest
					}
				}
			}
			for _, same := range []string{"同小区的", "同小區的", "本小区的", "本小區的", "同一小区的", "同一小區的"} {
				a = strings.TrimPrefix(a, same) // "现在住在同小区的8栋1101"
			}
			for _, put := range []string{"不对是", "不對是", "不对，是", "不對，是"} {
				if _, right, ok := strings.Cut(a, put); ok {
					a = right // "我是5栋的不对是6栋2单元902的业主", said on the phone: the flat they meant
				}
			}
			if group == 11 && strings.HasPrefix(l[end:], "工位") {
				a += "工位" // "我是A区36号工位的毛一鸣": a desk in a shared office, not a company's room
			}
			if t := strings.TrimSpace(a); group == 1 && englishFlat.MatchString(t) {
				// "我住 Flat 23C, Block 2，樓下…": the English address, its parts apart by commas.
				rest := strings.TrimSpace(l[m[2]:])
				if i := strings.IndexAny(rest, "，。；！？"); i >= 0 {
					rest = rest[:i]
				}
				if h := englishPlacesHead(strings.TrimRight(rest, ". ")); englishPlaces(h) {
					return h
				}
			}
			part := addressPart(a)
			if group == 19 && part == "" && roomRange.MatchString(a) {
				part = a // "我是6楼小码王少儿编程（601-606）的…": the company's rooms on its floor
			}
			if group == 8 && quickre.ContainsAny(part, sentenceWords) {
				continue // "我家202虽然楼层低但我婆婆住9楼": the sentence goes on after the flat
			}
			if t := strings.TrimSpace(a); group == 6 && part == "" && estateRoom(t) {
				part = t // "我们公司（世纪大厦1108）": the building's name, then the office's number
			}
			if group == 15 && part == "" && stallCode.MatchString(strings.TrimSpace(a)) {
				part = strings.TrimSpace(a) // "我们档口是F-12", "档位号码是G-23": a market's stall by its code
			}
			if t := strings.TrimSpace(a); group == 4 && hallRoom.MatchString(t) {
				part = t // "我们组委会办公室设在5号馆二层M203室": an organiser's office at the venue
			}
			if t := strings.TrimSpace(a); group == 5 && part == "" && deskCode.MatchString(t) {
				part = t // "我们团队在P-08，6个人": a shared office's room by its code
			}
			if t, _, _ := strings.Cut(strings.TrimSpace(a), " "); (group == 3 || group == 1) && part == "" && buildingDashFlat.MatchString(t) {
				// "我的房号是2-1502": a building's number and a flat's after the label; "…你们到底管
				// 不管 我住12-1101 天天被堵" after 住.
				part = t
			}
			if t := strings.TrimSpace(a); group == 2 && part == "" && (buildingDashFlat.MatchString(t) || towerFlat.MatchString(t) || estateRoom(t)) {
				// "我是5-302的业主": a building's number and a flat's; "我是A1208的租客": a tower's
				// letter and a flat's; "我是铂悦公寓1702的租户": an estate's, then a flat's.
				part = t
			}
			// "我在步行街38号开理发店": where the writer keeps their shop; "我在汇金大厦1902办公": where
			// they work, an office or a floor ("我在B座上班" says only the building).
			shop := group == 13 && part != "" && (shopOpened.MatchString(strings.TrimPrefix(strings.TrimSpace(a), part)) ||
				workedAt.MatchString(strings.TrimPrefix(strings.TrimSpace(a), part)) && (flatEnd.MatchString(part) || floorUnit.MatchString(part)))
			// "我是富春苑10栋3单元502的老杨杨宝山我们…", typed without a stop: the flat, then the writer.
			shop = shop || group == 13 && part != "" && (flatEnd.MatchString(part) || letteredFlat.MatchString(part)) && nameAfterFlat(strings.TrimPrefix(strings.TrimSpace(a), part))
			// "我是3栋1702的就是电梯出来左手边那户…": the flat, then which door it is.
			door := group == 13 && part != "" && flatEnd.MatchString(part) && strings.HasPrefix(strings.TrimPrefix(strings.TrimSpace(a), part), "的就是")
			shop = shop || door
			if whole && !shop && (part != strings.TrimSpace(a) || errand.MatchString(a)) {
				continue // "我是来投诉12号铺的": why they write, not where they are
			}
			if group == 7 && quickre.ContainsAny(l[m[0]:m[14]], "们們") && !flatEnd.MatchString(part) {
				continue // "我们是3号楼的": the building's residents, not a flat
			}
			if r, _ := utf8.DecodeRuneInString(l[end:]); group == 13 && !shop && (!flatEnd.MatchString(part) && !floorUnit.MatchString(part) && !hkFlatEnd.MatchString(part) && !strings.HasSuffix(part, "工位") ||
				end < len(l) && !strings.ContainsRune("，。；！？,;!? \t", r) && !companyThenName.MatchString(l[end:])) {
				// "我是新华苑8-301，", "我在中远两湾城二期41号1103，": a flat, not only a building
				// ("我在3号楼，" says where they were).
				continue
			}
			if group == 11 {
				// "我是C座15楼鼎信律师事务所的陈志强"; not "我是5栋物业的保安李强".
				after := l[m[23]:] // the words after group 11's office
				if strings.HasPrefix(after, " ") {
					// "我是12F 1208室 晨曦设计 的霍女士": the company's name typed between spaces.
					after = strings.Replace(strings.TrimLeft(after, " \t"), " 的", "的", 1)
				}
				if t := tenantOf.FindStringSubmatch(after); (t == nil || estateStaff.MatchString(t[1]) || !chineseName(t[2]) && !familiar.MatchString(t[2])) &&
					!nameAfterFlat(after) {
					continue
				}
			}
			if group == 12 {
				// "我是锦绣花园A座2103的冯涛": a flat and nothing else, then a person's name; not "我是来
				// 投诉3号楼电梯的王强", "…2103的邻居".
				after := l[end:]
				if _, shop, ok := strings.Cut(after, "」"); ok && strings.HasPrefix(after, "「") {
					after = shop // "我是遠揚信義商務中心2106室「冠宇數位行銷」的林冠宇": the company between
				}
				after = strings.TrimPrefix(strings.TrimPrefix(after, "的"), "嘅")
				name := after[:max(0, strings.IndexAny(after, "，。；！？,;!? \t（("))] // "…的阿强（梁国强）"
				if strings.IndexAny(after, "，。；！？,;!? \t（(") < 0 {
					name = after
				}
				// "我是21栋2301的Amy，中文名赵敏": an English name too.
				if part != strings.TrimSpace(a) || quickre.ContainsAny(a, sentenceWords) || !callName(name) && !signName.MatchString(name) && !nameAfterFlat(l[end:]) &&
					!(name != "" && isASCII(name) && englishName.MatchString(name)) {
					continue
				}
			}
			// "控江二村47号302 楼下饭店…": a word without a number after a space is the sentence
			// going on; "阳光100国际新城 C区 5栋 1803" and "4 号楼 1 单元 302" are one place.
			for at := strings.IndexAny(part, " \t"); at > 0; {
				next := strings.TrimLeft(part[at:], " \t")
				w, _, _ := strings.Cut(next, " ")
				// "我住2号楼2301 23楼啊": the floor the flat is on, said again after it.
				if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(part[:at], " \t")); r >= '0' && r <= '9' &&
					(!strings.ContainsFunc(w, numberOrLetter) && !spacedUnitWord.MatchString(w) || floorOnly.MatchString(w) && flatEnd.MatchString(strings.TrimRight(part[:at], " \t"))) {
					part = strings.TrimRight(part[:at], " \t")
					break
				}
				rest := strings.IndexAny(next, " \t")
				if rest < 0 {
					break
				}
				at = len(part) - len(next) + rest
			}
			tail := a[len(part):] // words after a space begin another phrase
			if name, ok := strings.CutPrefix(strings.TrimSpace(tail), "的"); ok && group == 1 &&
				(signName.MatchString(name) || chineseName(firstWord(name)) || chineseName(firstWord(residentOf.ReplaceAllString(name, "")))) {
				tail = "" // "我是住在10樓之3的林小姐": the writer, after their flat
			}
			if group == 13 && nameAfterFlat(strings.TrimSpace(tail)) {
				tail = "" // "我是富春苑10栋3单元502的老杨杨宝山我们…": the writer, after their flat
			}
			if t := strings.TrimSpace(tail); we && t != "" && !workHere.MatchString(t) {
				continue // "我们在3号楼电梯里被困了"; not "我们在B座1901办公"
			}
			if loc := nearby.FindStringIndex(part); loc != nil && group == 1 {
				// "我住会所对面的10栋", "我住隔壁翠苑小区3栋": the place after where it is.
				rest := strings.TrimPrefix(part[loc[1]:], "的")
				if addressWords.MatchString(rest) && !nearby.MatchString(rest) && !contains(rest, "的") {
					part = rest
				}
			}
			if group == 8 && (strings.HasPrefix(tail, "门口") || strings.HasPrefix(tail, "門口")) {
				door = true // "我家3-2-401门口的垃圾放了三天": the writer's own door
			}
			// "省建三公司宿舍3号楼…": a company's dormitory, the writer's home.
			if !door && placeBeside.MatchString(tail) && !neighbourNext.MatchString(tail) || contains(part, "的") || otherParty.MatchString(strings.ReplaceAll(part, "公司宿舍", "宿舍")) ||
				nearby.MatchString(part) || lodged(part) || m[6] >= 0 && lodged(l) ||
				venue.MatchString(a) && !(group == 4 && hallRoom.MatchString(part)) && !homeRoom.MatchString(a) || dayOfMonth.MatchString(part) {
				// "7栋302的正下方", "5栋2单元1501对面", "8号楼西侧", a hotel's room, a day ("12号晚上").
				continue
			}
			if room := roomAfterSpace.FindString(l[end:]); part == strings.TrimSpace(a) && floorEnd.MatchString(part) && room != "" {
				part += strings.TrimRight(room, "，,。；;！!？? \t") // "世贸中心A座21F 2105"
			}
			if utf8.RuneCountInString(part) >= 3 || loneBuilding.MatchString(part) {
				if building != "" {
					return withinBuilding(building, part)
				}
				if b := flatInBracketsAfter.FindStringSubmatch(l[end:]); group == 2 && b != nil && buildingFirst.FindString(b[1]) != "" && strings.HasSuffix(part, buildingFirst.FindString(b[1])) &&
					addressPart(b[1]) == b[1] {
					return b[1] // "我是枫林湾小区8栋的住户陈刚（8栋1203）": the flat in the building, after the writer's name
				}
				if (group == 1 || group == 2 || group == 7 || group == 12) && buildingEnd.MatchString(part) {
					// "我是天鹅湖花园7幢的，房号7幢2单元1506": the flat a later clause gives in it;
					// "我是翠湖湾花园12号楼的住户我叫李德明住12号楼1103室" in a run-on.
					building = part
					continue
				}
				return part // "9栋" of "我住9栋" too
			}
		}
	}
	return building
}

// flatInBuildingSaid is the flat with its building where the text says them together: "7栋1602"
// of "…我是1602的，16楼！7栋1602，租户梁晨"; "" when it does not.
func flatInBuildingSaid(text, flat string) string {
	for _, m := range buildingThenFlat.FindAllStringSubmatch(text, perLine) {
		if m[2] == flat {
			return m[1] + m[2]
		}
	}
	return ""
}

var buildingThenFlat = quickre.MustCompile(EitherScript(`([0-9A-Z]{1,3}(?:栋|幢|号楼|座))(\d{3,4})(?:[^\d单]|$)`))

// roomRange is a run of rooms by their numbers alone: "601-606".
var roomRange = quickre.MustCompile(`^\d{3}[-~～]\d{3}$`)

// spacedUnitWord is the word of a building, an entrance or a room typed apart from its number:
// "号楼" and "单元" of "4 号楼 1 单元 302".
var spacedUnitWord = quickre.MustCompile(EitherScript(`^(?:室|号|号楼|栋|幢|座|单元)$`))

// letteredFlat is a flat by its floor and letter, as Hong Kong numbers it: "20樓A室".
var letteredFlat = quickre.MustCompile(EitherScript(`\d{1,2}楼[A-Z]室?$`))

// floorUnit is a unit on a floor as Taiwan numbers it: "15樓之3"; companyThenName the writer's
// company in corner brackets after their unit, then their name: "「光研設計」的林佳蓉".
var (
	floorUnit       = quickre.MustCompile(EitherScript(`\d{1,2}楼之\d{1,2}$`))
	companyThenName = quickre.MustCompile(`^「[^」\n]{1,20}」(?:的|嘅)\p{Han}{2,3}(?:[，。；！？,;!?\s]|$)`)
)

// nameAfterFlat tells the words after a flat that begin with the writer's name in a run-on typed
// without a stop, maybe after how they are called: "的老杨杨宝山我们这个单元…".
func nameAfterFlat(after string) bool {
	m := runOnOwner.FindStringSubmatch(after)
	return m != nil && chineseName(m[1])
}

var runOnOwner = quickre.MustCompile(EitherScript(`^(?:的|嘅)(?:[老小阿]\p{Han})?(\p{Han}{2,3}?)(?:我|今年|[，。；！？,;!? \t]|$|` + runOnNext + `)`))

// runOnNext begins a run-on's words after the writer's name: "隔壁C区13号那家…", "这几天下雨…".
const runOnNext = `隔壁|楼上|楼下|对面|这|那|你们|就是`

// sharingPunctuation are the matches of re in l, at most n, the mark that ends one free to begin
// the next: "我是天鹅湖花园7幢的，" ends with the comma "，房号7幢2单元1506" begins with; in a
// run-on, "我是翠湖湾花园12号楼的住户我" with the 我 of "我叫李德明住12号楼1103室".
func sharingPunctuation(re *quickre.Regexp, l string, n int) [][]int {
	var out [][]int
	for pos := 0; pos < len(l) && len(out) < n; {
		m := re.FindStringSubmatchIndex(l[pos:])
		if m == nil {
			break
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += pos
			}
		}
		out = append(out, m)
		next := m[1]
		if r, size := utf8.DecodeLastRuneInString(l[m[0]:m[1]]); m[1]-size > m[0] && strings.ContainsRune("，,。；;！!？? \t我", r) {
			next = m[1] - size
		}
		if next <= pos {
			next = pos + 1
			for next < len(l) && !utf8.RuneStart(l[next]) {
				next++
			}
		}
		pos = next
	}
	return out
}

// buildingEnd is an address that ends with its building or its entrance: "天鹅湖花园7幢", "9栋", "B座",
// "4栋1单元".
var buildingEnd = quickre.MustCompile(EitherScript(`(?:\d+|[A-Za-z])\s*(?:栋|幢|座|号楼)(?:\s*\d{1,2}\s*单元)?$`))

// withinBuilding is the flat a writer gives after naming their building: "天鹅湖花园7幢" and
// "7幢2单元1506" are "天鹅湖花园7幢2单元1506", "9栋" and "1202" "9栋1202"; another place is as it
// is.
func withinBuilding(building, flat string) string {
	if contains(flat, building) {
		return flat
	}
	if bareFlat.MatchString(flat) {
		return building + flat
	}
	for i := range building {
		if i > 0 && strings.HasPrefix(flat, building[i:]) && buildingEnd.MatchString(building[i:]) {
			return building[:i] + flat
		}
	}
	return flat
}

// sideOfFloor is the side of the stairs an old block's flat is on, after its floor: "左手边",
// "右边", "右".
var sideOfFloor = quickre.MustCompile(EitherScript(`^(?:(?:左|右)(?:手)?(?:边)?(?:[户门])?|[东西南北](?:边)?[户屋门])`))

// sideOfWorkshop is the side of a factory's floor a company's line is on: "东侧" of "5号厂房1楼东侧",
// "西区" of "11号厂房2楼西区".
var sideOfWorkshop = quickre.MustCompile(EitherScript(`^[东西南北](?:侧|区)`))

// roomAfterSpace is a room's number after a space, up to the clause's end: " 2105" of "21F 2105，".
var roomAfterSpace = quickre.MustCompile(`^[ \t]\d{3,4}(?:室|号|单元)?(?:[，,。；;！!？?\s]|$)`)

// residentOf is what a resident says they are before their name: "台灣住戶", "业主".
var residentOf = quickre.MustCompile(EitherScript(`^(?:台湾|香港|澳门|外籍)?(?:住户|业主|租户|居民)`))

// buildingDashFlat is a building's number and a flat's apart by a dash: "5-302".
var buildingDashFlat = quickre.MustCompile(`^\d{1,3}-\d{3,4}$`)

// deskCode is a shared office's room or desk by its code alone: "P-08".
var deskCode = quickre.MustCompile(`^[A-Z]-\d{2,3}$`)

// towerFlat is a tower's letter and a flat's number: "A1208".
var towerFlat = quickre.MustCompile(`^[A-Z]\d{3,4}$`)

// bareFlat is a flat's number alone: "1204", "302室".
var bareFlat = quickre.MustCompile(EitherScript(`^\d{3,4}(?:室|号)?$`))

// unitFlat is an entrance and a flat without their building: "1单元602".
var unitFlat = quickre.MustCompile(EitherScript(`^\d{1,2}\s*单元\s*\d{3,4}(?:室|号)?$`))

// workHere are the words after a place that make it where a company is: "办公", "上班".
var workHere = quickre.MustCompile(EitherScript(`^(?:办公|上班|工作|营业|经营|开办|开店|开了)`))

// flatEnd is an address that ends in a flat's number: "8-301", "41号1103", "2单元502室".
var flatEnd = quickre.MustCompile(EitherScript(`\d{3,4}(?:室|号|号房|房间|宿舍|寝室)?$`))

// loneBuilding is a building's number alone: "9栋", "5幢", "B座".
var loneBuilding = quickre.MustCompile(EitherScript(`^[0-9A-Za-z][栋棟幢座]$`))

// lastClause is the end of s from its last comma or full stop, of 300 bytes at most.
func lastClause(s string) string {
	if len(s) > 300 {
		s = strings.ToValidUTF8(s[len(s)-300:], "")
	}
	if i := strings.LastIndexAny(s, "，。；！？,;!?"); i >= 0 {
		return s[i:]
	}
	return s
}

// towerOffice is the office in a tower a begins with, its number right after the tower's name:
// "启明大厦902" of "启明大厦902，我在这里上班三年了"; "" when a begins otherwise, or the number is a
// year's or a date's ("金茂大厦2023年").
func towerOffice(a string) string {
	m := towerRoomFirst.FindString(a)
	if r, _ := utf8.DecodeRuneInString(a[len(m):]); m == "" || strings.ContainsRune("0123456789年月日号號", r) {
		return ""
	}
	return m
}

// towerRoomFirst is an office in a tower at the start of a text: "启明大厦902", "汇金大厦1902室".
var towerRoomFirst = quickre.MustCompile(EitherScript(`^\p{Han}{2,8}(?:大厦|大楼|中心|广场|写字楼)[A-Z]?\d{3,4}室?`))

// addressPart is the address at the start of a, up to its last numbered part and the room number
// after it: "3栋1102" of "3栋1102，楼上…", "麗港城3期 12座 8樓 A室", "復興南路一段100號5樓之3", "3
// 楼E区12号" of a shared office's desk; "3楼" of "3楼已经15年了"; "" when it has no numbered part.
func addressPart(a string) string {
	ms := addressWords.FindAllStringIndex(a, -1)
	if len(ms) == 0 {
		return towerOffice(a)
	}
	end := ms[0][1]
	for _, m := range ms[1:] {
		if gap := a[end:m[0]]; (len(gap) > 12 || strings.ContainsFunc(gap, func(r rune) bool {
			return !strings.ContainsRune("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-之第号號附区區 \t\u3000", r)
		})) && (len(gap) > 3*8+6 || !estate.MatchString(gap) || nearby.MatchString(gap)) && !parkBuilding[strings.TrimSpace(gap)] &&
			!mallAfterStreet.MatchString(gap) {
			break // words between: the address ended before them
		}
		end = m[1]
	}
	if m := roomAfter.FindStringIndex(a[end:]); m != nil {
		end += m[1]
	} else if m := sideOfFloor.FindStringIndex(a[end:]); m != nil && quickre.ContainsAny(lastRunes(a[:end], 1), "楼樓层層") {
		end += m[1] // "机械厂宿舍3幢2楼左手边", "2栋1门3楼右": the door on the floor, in an old block
	} else if m := sideOfWorkshop.FindStringIndex(a[end:]); m != nil && quickre.ContainsAny(lastRunes(a[:end], 1), "楼樓层層") &&
		quickre.ContainsAny(lastRunes(a[:end], 2), "0123456789") && parkFloor(a[:end]) {
		end += m[1] // "5号厂房1楼东侧": the side of the factory's floor
	}
	if strings.HasPrefix(a[end:], "位") && quickre.ContainsAny(a[:end][max(0, end-3):], "摊攤铺舖鋪档檔展") {
		end += len("位") // "A-07号摊位": the stall, with its word whole
	} else if (strings.HasPrefix(a[end:], "别墅") || strings.HasPrefix(a[end:], "別墅")) && (strings.HasSuffix(a[:end], "号") || strings.HasSuffix(a[:end], "號")) {
		end += len("别墅") // "18号别墅": the villa, with its word whole
	} else if r, _ := utf8.DecodeLastRuneInString(a[:end]); strings.HasPrefix(a[end:], "工位") && (r == '号' || r >= '0' && r <= '9') {
		end += len("工位") // "A区36号工位", "5F-E12工位": a desk in a shared office
	} else if strings.HasPrefix(a[end:], "亭") && !strings.HasPrefix(a[end:], "亭子") && strings.HasSuffix(a[:end], "号") {
		end += len("亭") // "1楼K06号亭": a kiosk in a mall
	} else if (strings.HasPrefix(a[end:], "岛柜") || strings.HasPrefix(a[end:], "島櫃")) && strings.HasSuffix(a[:end], "号") {
		end += len("岛柜") // "K07号岛柜": an island counter in a mall
	} else if r, size := utf8.DecodeRuneInString(a[end:]); strings.ContainsRune("铺舖鋪", r) && (strings.HasSuffix(a[:end], "号") || strings.HasSuffix(a[:end], "號")) {
		end += size // "2樓215A號舖": the shop, with its word whole
	} else if strings.HasPrefix(a[end:], "口") && (strings.HasSuffix(a[:end], "档") || strings.HasSuffix(a[:end], "檔")) {
		end += len("口") // "干货区7号档口": the stall, not "7号档"
	} else if strings.HasPrefix(a[end:], "面") && (strings.HasSuffix(a[:end], "号门") || strings.HasSuffix(a[:end], "號門")) {
		end += len("面") // "临街商铺12号门面": a street shop's front, not its door
	}
	if monthDay.MatchString(strings.TrimSpace(a[:end])) {
		return "" // "（4月13号）": a day, not a place
	}
	return strings.TrimSpace(a[:end])
}

// parkFloor tells an address of a park's factory or warehouse: "5号厂房1楼".
func parkFloor(a string) bool {
	for w := range parkBuilding {
		if contains(a, w) {
			return true
		}
	}
	return false
}

// mallAfterStreet is a mall's or a tower's name between its street number and its floor: "德基广场"
// of "中山南路1号德基广场B1层B1-35".
var mallAfterStreet = quickre.MustCompile(EitherScript(`^\p{Han}{1,6}(?:广场|大厦|商场|商城|购物中心|写字楼)[A-Z]?$`))

// flatSpecified is the flat in the estate the clause before names: "，具体是11幢2单元601室".
var flatSpecified = quickre.MustCompile(EitherScript(`^[，,]\s*具体(?:是|在|地址是|房号是)\s*([^，。；！？,;!?\s]{3,30})`))

// parkBuilding are the words of a park's building between its block and its number: "仓库" of "B栋
// 仓库5号门", "厂房" of "A3栋厂房2楼"; of a shared office's area between its floor and a desk:
// "联合办公区" of "5楼联合办公区5F-E12工位".
var parkBuilding = map[string]bool{"仓库": true, "倉庫": true, "厂房": true, "廠房": true, "库区": true, "庫區": true, "车间": true, "車間": true,
	"联合办公区": true, "聯合辦公區": true, "共享办公区": true, "共享辦公區": true, "开放办公区": true, "開放辦公區": true,
	// "顶层" of "29栋顶层1201室": the building's top floor, before the flat on it.
	"顶层": true, "頂層": true, "顶楼": true, "頂樓": true}

// monthDay is a day of a month, which ends as a number does: "4月13号".
var monthDay = quickre.MustCompile(EitherScript(`^\d{1,2}月\d{1,2}[号日]$`))

// estate is the name of an estate or a building between a street number and the building's
// number: "金碧花园" of "江南西路120号金碧花园12栋502", "商业楼" of "1号商业楼1楼103号铺", an estate's
// phase ("翠湖天地二期" of "翠湖天地二期 11-1-1203"), and the courtyard of a Beijing address ("院" of
// "学院路20号院3号楼504").
// estateRoom tells an estate's or a tower's name, then a flat's or an office's number and nothing
// else: "铂悦公寓1702".
func estateRoom(a string) bool {
	i := strings.IndexFunc(a, func(r rune) bool { return r >= '0' && r <= '9' })
	return i > 0 && estate.MatchString(a[:i]) && bareFlat.MatchString(a[i:])
}

var estate = quickre.MustCompile(EitherScript(`^\s*(?:\p{Han}{1,8}(?:花园|小区|家园|新村|公寓|大厦|广场|中心|苑|园|城|府|湾|庭|阁|邨|楼|天地|公馆|山庄|[一二三四五六七八九]期|一号)|[号號]?院)\s*$`))

// roomAfter is the room after an address's last numbered part: "1502" of "2单元1502", " A室", "东门
// 401" of "2号楼东门401", "东门3楼" of "2号楼东门3楼", "之3" of "5樓之3", the 号 of a street number
// and the room after it ("号301" of "田林十二村25号301"); in an old compound the door on the floor
// ("西户" of "14号楼6楼西户", "东单元4楼西户" of "7号楼东单元4楼西户"), a bungalow's row and door
// ("2排5户" of "3号院 2排5户"), a market's stall in a shed ("棚11号摊位" of "蔬菜区3号棚11号摊位
// ") and a shop on a block's ground floor ("底商103" of "丽景湾小区5号楼底商103").
var roomAfter = quickre.MustCompile(`^(?:(?:底商|底铺|底鋪)\d{2,4}(?:号|號)?|[东西南北東][门門](?:\d{3,4}[室号號]?|\d{1,2}[楼樓层層](?:[东西南北中東][户戶])?)|[东西南北中東][户戶]|大?棚第?\d{1,3}[号號](?:摊位|攤位|档口|檔口)?|` +
	`[东西南北中東](?:单元|單元)(?:\d{1,2}[楼樓层層])?(?:[东西南北中東][户戶]|\d{3,4}[室号號]?)?|\d{1,2}排\d{1,3}[户戶号號]|(?:[一二三四五六七八九十]{1,3}[楼樓层層]|顶楼|頂樓)\s?\d{2,4}[室号號]?|档口|檔口|摊位|攤位|铺位|鋪位|展位|[铺舖鋪]|(?:菜|肉|鱼|魚|果)[档檔]|之\d+|[号號](?:[0-9A-Za-z][0-9A-Za-z-]*[室号號]?)?|` +
	`(?:[ \t\x{3000}](?:\d|[A-Za-z][0-9-])|[0-9A-Za-z])[0-9A-Za-z-]*(?:档口|檔口|摊位|攤位|铺位|鋪位|展位|[室号號座铺舖鋪])?|[ \t\x{3000}][A-Za-z][室号號座]|` +
	`[-－]\d[0-9A-Za-z-]*[室号號]?)`)

// placeBeside begins the words after an address that make it a place beside it: "的正下方",
// "对面", "西侧", "后面那栋", "门附近", "会议中心对面".
var placeBeside = quickre.MustCompile(EitherScript(`^(?:的|嘅|门|侧|边|旁|后|前|对|隔壁|附近|楼上|楼下|上面|下面|上方|下方|` +
	`东|西|南|北|会议|车位|停车)`))

// hallRoom is a room in a convention centre's hall: "5号馆二层M203室", "1号馆二层夹层M2-05".
var hallRoom = quickre.MustCompile(EitherScript(`^\d{1,2}号?馆[^，。\s]{0,4}?[A-Z]?(?:\d{3,4}|\d{1,2}-\d{2,3})室?$`))

// neighbourNext begins a run-on's next words with a neighbour's flat after the writer's: "楼下1003"
// of "我住12号楼1103室楼下1003这个礼拜天天装修".
var neighbourNext = quickre.MustCompile(EitherScript(`^(?:楼上|楼下|隔壁|对门|对面)\d`))

// dayOfMonth is a day written as a number: "12号" of "12号晚上被停电".
var dayOfMonth = quickre.MustCompile(EitherScript(`^\d{1,2}号$`))

// formerly begins what a writer says of where they lived before.
var formerly = quickre.MustCompile(EitherScript(`以前|之前|原来|过去|曾经|搬来前|搬家前`))

// lodging are the words of a hotel's room: where a guest stays, not their address.
var lodging = quickre.MustCompile(EitherScript(`酒店|宾馆|饭店|旅馆|客房|房间|` +
	`(?i:hotel|hostel|\binn\b|guest ?house|staying at|crowne plaza|hilton|marriott|hyatt|sheraton)`))

// tenantSelf is the writer saying they are the tenant: "我是租客".
var tenantSelf = quickre.MustCompile(EitherScript(`我(?:是|系)(?:这里的|这边的)?(?:租客|租户|房客)$`))

// nearby are the words of a place beside another: not where the writer lives.
var nearby = quickre.MustCompile(EitherScript(`对面|隔壁|旁边|边上|附近|楼上|楼下|上面|下面|上方|下方|斜对`))

// ownAddress is where a writer says they live, the place in one of its groups: after "我住在", "我
// 是住在", "我家住", "本人住", "我家在", "我住的是", "我家是", Shanghai's "阿拉屋里向是", a delivery's
// "送货地址就是我家：", a clause's "家住" or "家在"; between "我是" and "(的)业主" or "(的)家长" (not
// "的业主委托的律师"), or in brackets after 本人; after "房号" that
// begins a clause or follows 我的, 本人 (the estate maybe apart by a space: "房号是 君悦府 2-1502"); where a shop, company or firm writing says it is ("我司位
// 于…", "本所（…律师事务所）位于…", "我们公司（A座905）"), or "我们在…" (group 5, which
// sentenceAddress takes only when nothing but "办公" follows); "我是6栋的" ending its clause (group
// 7, taken only when it is an address and nothing else); "我家1204" ending its clause, "漏水到我家7
// 栋1702了" (group 8). Group 1 also takes a tenant's "我租的是…", an owner's of two flats "我自己住
// 的这套，…" and a clause's "现在搬到了…" and "以后请寄到：…", a clause's "住…", "自己住…" and "租
// 住在…" (not "住址", "住户"), "我们家住…", "我们一家住在…", a run-on's "我叫李德明住…", "房子是
// …"; group 2 a keeper's "…的经营者", an owner's "系…房屋所有权人". A business centre's tenants
// write their office as "我们公司B座706的饮水机" (group 9), "我们是C座1206金鼎会计" (group 10), "我是C座15楼鼎
// 信律师事务所的陈志强" (group 11), "我们公司（成都高新区天府软件园B区7栋3楼，亿达软件）" and "我司
// （云图科技，17层1703室）" (group 6), "我司A座808（华信设计）收到…" (the last group but two), in
// Cantonese "我哋係A座14樓1402室（張氏律師行）" (the last but one) and "我們是松江企業商務中心12樓
// 之3的「光點設計有限公司」", "我们是天河汇金商务中心21楼2108室的华锦广告。" (the last). A resident
// names their estate, flat and name: "我是锦绣花园A座2103的冯涛" (group 12), or their flat alone in
// a clause: "我是新华苑8-301，", "我在中远两湾城二期41号1103，" (group 13, taken only when it is a
// flat and nothing else). Group 1 also takes a clause begun by 居於, 本户位于, 我们这户是, 房间是,
// 房产为, 地址是; group 2 "我爱人邱振宇是…的业主"; group 4 "我们致远设计工作室在…", "我开的加盟店在
// …", "我的店就在…", "我哋 office 喺 A座1906室"; group 14 the flat before "就是俺家"; a shop's own
// unit "我们店是4楼412号" (group 15), "本档（14号档，卢记肠粉）" (group 16); group 13 "我在步行街38号开理
// 发店" too; the flat in brackets after "我家" or "我們家" ("我們家（御景灣 3棟 201）正下方…").
var ownAddress = quickre.MustCompile(EitherScript(
	`(?:(?:我|本人)自己住的(?:这套|这一套|那套)?(?:房子)?(?:是|在)?[，,:：]?\s*|(?:我家|我|本人)是?(?:就|现在|目前)?(?:住的是|住在|住于|住於|住喺|家住|住)|我(?:叫|是(?:他|她)?(?:爸爸|妈妈|父亲|母亲)?|姓\p{Han})\p{Han}{2,3}?(?:住在|住喺|住)|我(?:家|屋头)就?(?:在|是)|(?:寄|发|送)(?:到|至)我家\s*[:：]?\s*|(?:送货|收货|配送)地址(?:就)?是我家\s*[:：，,]\s*|阿拉(?:屋里向|屋里厢|屋里|家里)(?:是|在)|我家的?情况[:：]\s*|我[^，。；！？,;!?\n]{0,10}?的单位(?:是|在)|(?:^|[，,。；;\s])家(?:住|在|是)(?:在)?|(?:^|[，,。；;\s])(?:自己)?(?:租住|住)(?:在|于|於|辣)?|(?:与|和|跟)\p{Han}{1,4}同住(?:在|于|於)|(?:我们|我們)(?:家就?(?:住在|住|在|是)|屋头(?:是|在)|(?:一家(?:人)?|全家)?(?:租住在|租住|住在|住))|我哋住(?:喺|在)?|` +
		`(?:^|[，,。；;\s])(?:我的|我家的|我们的|我們的)?房子(?:是|在)|我租的(?:房子|房)?(?:是|在)|` +
		`(?:^|[，,。；;\s])(?:我们|我們|我家|我)?(?:上个月|上個月|上周|上週|去年|年初|最近|刚刚|剛剛|刚|剛)?(?:现在|現在|已经|已經|已|后来|後來)?(?:从[^，。；！？,;!?\s]{2,30}?)?(?:搬到|搬进|搬進)了?|(?:^|[，,。；;\s])(?:现在|現在|目前)(?:住的是|住在|住于|住於|住)|` +
		`我(?:的|家的?)(?:地址|住址|门牌号?)[^，。；！？,;!?不没\n]{0,8}?(?:是|为|写的是)|(?:^|[，,。；;\s])(?:以后|今后)?请(?:寄|发|送)到\s*[:：]?\s*|` +
		`(?:^|[，,。；;\s])(?:居于|居於|居住于|居住於|居住在|住址[:：]|本户位于|本户在|我们这户是|我们这户在|房间是|房产为|房产是|地址是|独居在|独居于|敝寓位于|敝寓在|` +
		`我租住的是|我租住在|敝寓位於|(?:我们)?老两口(?:住在|住)|现居(?:于|於|在)?|独自住在|一个人住在|办公场所为|门店设于|门店位于|这里是|办公室在|办公室位于)\s*|(?:是)?我家\s*[—–-]{1,2}\s*|(?:购得|买了|買了)本小区)` +
		`([^，。；！？,;!?\n（(：:]{2,40})|` +
		`(?:我(?:是|系|係|为)|本人(?:是|系|係|为|[（(])?|我们是|我們是|(?:^|[，,])(?:系|係|为|為|作为|作為)|(?:我叫|本人)\p{Han}{2,3}[，,]是|(?:我司|本公司|敝司|敝公司|我们公司|我們公司|我所|本所)\p{Han}{0,20}?(?:为|是|系)|我家?` + household + `\p{Han}{0,3}?(?:是|系))([^，。；！？,;!?\n（(：:]{2,30}?)(?:[（(][^（()）\n]{1,20}[）)]之|(?:「[^」\n]{1,20}」|“[^”\n]{1,20}”)(?:的|嘅)?|的|嘅|之)?(?:一个|一位|一名|老)?(?:加盟店|加盟)?(?:业主|屋主|住户|住客|租户|租客|居民|房东|房東|承租人|房客|经营者|經營者|店主|档主|檔主|摊主|房屋所有权人|所有权人|产权人|承租户|男主人|女主人|负责人|家长|住宿生|宿生)(?:[^委的请請聘雇]|的(?:儿子|女儿|爱人|妻子|丈夫|太太|老公|老婆|家属|父亲|母亲|妈妈|爸爸|孙子|孙女|外孙|儿媳|女婿)|$)|` +
		`(?:^|[，,]|我的|我家的|本人|^\s*\d{1,2}[.、．)）]\s*)\s*房号(?:是|为)?\s*(\p{Han}{2,10}[ \t]+[0-9A-Z][^，。；！？,;!?\s（(：:]{2,20}|[^，。；！？,;!?\s（(：:]{3,40})|` +
		`(?:(?:我们|我們|我哋|本|我|敝)(?:在现场|在会场|在展馆)?(?:的)?(?:便利|超市|小|加盟)?(?:店|店铺|舖位|铺位|商铺|公司|办公室|律所|律师行|事务所|工作室)|(?:我们|我們|我哋)[ \t]*office[ \t]*|我开的(?:加盟)?店|(?:我们|我們)[^\s，。；！？,;!?的嘅小区區]{2,10}?(?:公司|工作室|事务所|律所|店|茶庄|茶莊|餐厅|酒楼|办公室|科技|咨询|諮詢|设计|設計|传媒|傳媒|贸易|貿易)|` +
		`我司|敝司|本司|本所|我所|敝所|敝公司|我公司)(?:(?:[（(][^（()）\n\d]{1,30}[）)])?就?(?:在|位于|位於|喺|设在)[ \t]*|\p{Han}{2,10}?(?:位于|位於))([^，。；！？,;!?\s（(：:]{3,40})|` +
		`(?:我们|我們)(?:团队|團隊|科室|部门|部門|处室|處室)?(?:所在的?|在|位于|位於)([^，。；！？,;!?\s（(：:]{3,40}(?:[ \t]+\d{1,2}(?:楼|层|F)(?:[ \t]*\d{3,4}(?:[ \t]*(?:室|号|单元))?)?)?)|` +
		`(?:我们公司|我們公司|本公司|我公司|我司|敝司|我所|本所)[（(]([^）)，。,]{3,30})[）)，,]|` +
		`我(?:们|們)?(?:是|系|係)([0-9A-Za-z\p{Han}\-]{2,20}?)(?:[（(][^（()）\n]{1,20}[）)])?(?:的|嘅)(?:[，。；！？,;!?\s]|$|(?:我的?)?(?:电话|手机|電話|手機))|` +
		`(?:我家|我哋屋企|我屋企|我宿舍|我的宿舍)[ \t]*(\d[0-9A-Za-z\p{Han}\-#]{0,30}?)(?:了|的|[，。；！？,;!?\s]|$)|` +
		`(?:我们|我們)(?:公司|律所|办公室|工作室)(` + tenantRoom + `)的|` +
		`(?:我们|我們)是(` + tenantRoom + `)(?:[ \t]?\p{Han}|[，,。；;！!]|$)|` +
		`我(?:是|系|係)(\p{Han}{0,8}?(?:\d{1,2}[楼层])?(?:` + tenantRoom + `|\d{1,2}F[ \t]?\d{3,4}室?))[ \t]?\p{Han}{2,12}?[ \t]?(?:[（(]\p{Han}{1,8}[）)])?(?:的|嘅)(?:` + staffWord + `|` + jobTitle + `|` + deskWord + `)?\p{Han}{2,4}(?:[，。；！？,;!?\s（(]|$)|` +
		`我(?:是|系|係)(\p{Han}{0,12}?[0-9A-Za-z][^，。；！？,;!?\s的嘅「]{1,20})(?:「[^」\n]{1,20}」)?(?:的|嘅)(?:` + familiarName + `|\p{Han}{2,3}|` + familiarName + `\p{Han}{2,3}|[A-Z][a-z]{1,12})(?:[，。；！？,;!?\s（(]|$|我们|我家|` + runOnNext + `)|` +
		`(?:我(?:是|系|係)|(?:^|[，,。；;\s])(?:我|本人)在)([0-9A-Za-z\p{Han}\-]{2,20})|` +
		`(?:^|[，,。；;\s])([^，。；！？,;!?\n]{2,40}?)(?:就是|是|便是)(?:俺家|我家)(?:[，。；！？,;!?\s]|$)|` +
		`(?:(?:我们|我們|我的|本|^|\s)(?:店(?:铺)?|摊位|档口|铺位|铺面|档位)|[，,](?:店铺|铺面|铺位))(?:号码|编号)?(?:是|在|为)([^，。；！？,;!?\s（(：:]{2,30})|` +
		`(?:本档|本铺|本店|我们店|我的店|我们门店)[（(](?:[^，,）)（(\d]{2,20}[，,]\s*)?([^，,）)（(]*\d[^，,）)（(]*)[，,）)]|` +
		`(?:我们|我們|我|本)(?:公司|律所|办公室|工作室|团队|店|所)?(?:入驻|进驻|租赁|租用|承租)(?:贵|你们)?(?:大厦|写字楼|园区|商场|中心|广场|大楼|楼)?` +
		`([^，。；！？,;!?\s（(：:]{2,30}(?:[（(][^（()）\n]{2,20}[）)])?)|` +
		`(?:我们|我們|我)是([0-9A-Za-z][0-9A-Za-z\-]{1,12}(?:号|號)?(?:铺|档|摊))(?:[（(的，,\s]|$)|` +
		`(?:我司|敝司|我们公司|我們公司|我是)` + roomsAfterCompany + `|(?:我|我们|我們|我家|我和\p{Han}{1,3}|我跟\p{Han}{1,3}|起)` + livedAt + `|` +
		`我(?:这|這)一?户[，,：:]\s*([^，。；！？,;!?\s（(：:]{3,30})|` +
		`(?:我们|我們|我家)([^，。；！？,;!?\s（(：:]{3,30}?)(?:这|這)一?户|` +
		`租下(?:了)?([^，。；！？,;!?\s（(：:]{3,30}?)的(?:一个|一個|一间|一間)?(?:次卧|主卧|次臥|主臥|房间|房間|单间|單間)|` +
		`(?:我们|我們)是(?:[一二三四五六七八九十\d]{1,2}[楼樓层層])?([A-Z]\d{0,2}-\d{2,4}|\d{1,2}F-[A-Z]?\d{2,4})(?:号|號)?(?:铺|档|摊)?(?:的|嘅)|` +
		`(?:^|[，,。；;！!？?:：\s])(?:公司|单位)(?:在|位于)([^，。；！？,;!?\s（(：:]{3,40})|` +
		`(?:我司|本公司|敝司|我公司|我们公司|我們公司)` + rented + `|` +
		`(?:我哋|我们|我們)(?:公司|厂|廠|工厂|工廠)[^，。；\n]{0,40}?(?:喺|在|位于)(?:大厦|本大厦)?([^，。；！？,;!?\s（(：:]{3,30})|` +
		`(?:(?:我们|我們)是|我公司|本公司|我司)\p{Han}{2,12}[，,]\s*(?:在|位于|位於|(?:租用|租赁|承租)了?(?:贵园区|园区|你们)?)([^，。；！？,;!?\s（(：:]{3,40})|` +
		`(?:我家|我们家|我們家)(?:门口)?[（(]([^（()）\n]{3,30})[）)]|` +
		`(?:我司|敝司|本公司)(` + tenantRoom + `)(?:[（(][^（()）\n]{1,20}[）)])?(?:收到|的|[，,。\s])|` +
		`我哋係(` + tenantRoom + `)[（(\p{Han}]|` +
		`(?:我们|我們)(?:是|系|係)([^，。；！？,;!?\s（(「“"]{3,24}?(?:\d{3,4}[室号]?|之\d+))(?:新?入驻|新?入駐|新搬来|新搬來)?(?:的|嘅)(?:[「“"]|\p{Han}{2,12}(?:[。，,；;！!\s（(]|$))|` +
		// "我们12楼1206办公室里面…": the office by its floor and room.
		`(?:我们|我們)(\d{1,2}(?:楼|层)\d{3,4}室?)(?:办公室|公司)|` +
		// "我们恒正会计师事务所（B座2106）男卫生间…": the firm's office in brackets after its name.
		`(?:我们|我們)[^\s，。；！？,;!?的（(]{2,12}?(?:公司|工作室|事务所|律所|律师行)[（(](` + tenantRoom + `)[）)]|` +
		// "我阿爸…喺富安街市做凍肉，檔口係23號檔。": the stall, said in Cantonese.
		`(?:档口|摊位)係([^，。；！？,;!?\s（(：:]{2,30})`))

// kinsFlat is the flat of the relative a writer says they are kin to, before that relative's
// name: "我是2期3栋1501郑国华的孙女郑小雨".
var kinsFlat = quickre.MustCompile(EitherScript(`我是([^，。；！？,;!?\s（(：:的]{2,20}?\d[室号]?)\p{Han}{2,3}的(?:孙女|孙子|外孙女|外孙|女儿|儿子|儿媳|女婿|侄子|侄女|爱人|妻子|老婆|太太|丈夫|老公)`))

// rented is the words of a tenant's company renting its office, and the office: "自2024年起租用贵中
// 心B座1206室", "租用贵司管理的华盛大厦3幢1505"; rentedAfter the same after the company's name in
// brackets.
const rented = `[^，。；\n]{0,12}?(?:租用|租赁|承租|入驻|进驻)了?(?:(?:贵司|贵公司|你们|你们公司)管理的|贵|你们)?(?:中心|大厦|写字楼|园区|商场|广场|大楼|楼)?([^，。；！？,;!?\s（(：:]{3,30})`

var rentedAfter = quickre.MustCompile(EitherScript(`^` + rented))

// errand begins what a writer came to do rather than where they are: "来投诉…", "替…反映".
var errand = quickre.MustCompile(`^(?:来|去|想|要|找|帮|替|代|跟|向|给)`)

// stallCode is a market's or a food court's stall by its code alone: "F-12", "G-23", "A05".
var stallCode = quickre.MustCompile(`^[A-Z]{1,2}-?\d{1,3}$`)

// officeOrStay are ownAddress's groups 19 and 20 alone, read where its "我是…", "我在…" (group 13)
// come first: "我是宇航科技（C座9层）的前台", "我在湖光山色二期9幢702已经住满五年了".
var officeOrStay = quickre.MustCompile(EitherScript(`^(?:我是` + roomsAfterCompany + `|我` + livedAt + `)`))

// roomsAfterCompany is a company's office in brackets after its name, maybe after its floor
// ("6楼小码王少儿编程（601-606）"), livedAt the flat where the writer has lived or rented for a
// while: ownAddress's groups 19 and 20.
const (
	roomsAfterCompany = `(?:\d{1,2}[楼层])?\p{Han}{2,16}?[（(]((?:\p{Han}{2,8}?(?:大厦|中心|大楼|广场))?(?:` + tenantRoom + `(?:[、和及]\d{3,4}[室号]?)?|\d{3,4}(?:[-~～、]\d{2,4})?室|\d{3}[-~～]\d{3}))[）)]`
	livedAt           = `在([^，。；！？,;!?\s（(：:]{3,30}?)(?:已经|已經|都|一直)?(?:住(?:了|满|滿|过|過)|租房|合租|租住)`
)

// companyRooms are a company's rooms in brackets after its name: "的易达物流（906-908室）".
var companyRooms = quickre.MustCompile(`^(?:的|嘅)?\p{Han}{2,12}[（(](\d[0-9A-Za-z\-~～、]{0,12}(?:室|号|號|单元|單元)?)[）)]`)

// tenantRoom is a business centre's tower and floor or room, as a tenant writes it before their
// company's name: "C座15楼", "B座706", "A区3栋"; a building's unit ("3幢1单元") whole.
const tenantRoom = `[A-Za-z0-9][0-9A-Za-z\-]{0,3}[座栋棟幢楼樓层層区區](?:[0-9A-Za-z\-]{1,12}(?:[楼樓层層]|单元|單元))?(?:[0-9A-Za-z\-]{1,12}[室号號]?)?`

// estateStaff are the words of the estate's own staff and desks: "我是5栋物业的…" is no tenant.
var estateStaff = quickre.MustCompile(EitherScript(`物业|保安|管家|保洁|前台|客服|管理处|工程部|服务中心`))

// tenantOf is a tenant's words after their office: their company's name, then their own.
var tenantOf = quickre.MustCompile(`^(\p{Han}{2,12}?)(?:[（(]\p{Han}{1,8}[）)])?(?:的|嘅)(?:` + staffWord + `|` + jobTitle + `|` + deskWord + `)?(\p{Han}{2,4})(?:[，。；！？,;!?\s（(]|$)`)

// staffWord is a tenant's word for themselves between their company and their name: "锐思广告的员工
// 顾晓峰"; jobTitle their job there: "博创人力的HR经理葛宁"; deskWord the desk they work at: "蓝波咨询
// 的财务李莎".
const (
	staffWord = `员工|員工|职员|職員|同事`
	deskWord  = `财务|財務|行政|前台|人事|出纳|出納|会计|會計|采购|採購|法务|法務|HR|IT`
	jobTitle  = `[A-Za-z]{0,4}\p{Han}{0,4}?(?:经理|經理|主管|总监|總監|专员|專員|助理|主任|负责人|負責人|秘书|秘書|店长|店長|店主|老板|老闆|厂长|廠長|舍长|舍長|调度|調度)`
)

// ownAddressWords are the words of which every match of ownAddress has one: a line without them
// is passed over without running it.
var ownAddressWords = []string{"住", "房子", "我们家", "我們家", "所有权人", "产权人", "现在住", "現在住", "目前住", "我家",
	"家住", "家在", "家是", "本人", "我是", "我系", "我係", "我为", "我為", "我爲", "房号", "房號",
	"我租", "搬到", "搬进", "搬進", "我的地址", "我的住址", "我的門牌", "我的门牌", "寄到", "发到", "發到", "送到",
	"店", "舖", "铺", "鋪", "公司", "办公室", "我司", "敝司", "本司", "本所", "我所", "敝所", "我们在", "我們在", "我们所在", "我們所在", "我们位", "我們位", "律所", "事务所", "事務所",
	"工作室", "我们是", "我們是", "我在", "居于", "居於", "本户", "本戶", "这户", "這戶", "房间是", "房間是", "房产", "房產",
	"地址是", "俺家", "本档", "本檔", "本铺", "本鋪", "的业主", "的業主", "独居", "獨居", "敝寓", "租住", "本小区", "本小區",
	"老两口", "老兩口", "团队在", "團隊在", "科室在", "部门在", "部門在", "处室在", "處室在", "科技在", "咨询在", "諮詢在", "设计在", "設計在",
	"传媒在", "傳媒在", "贸易在", "貿易在", "科技位", "咨询位", "諮詢位", "设计位", "設計位", "传媒位", "傳媒位", "贸易位", "貿易位", "茶庄", "茶莊", "餐厅", "餐廳", "酒楼", "酒樓", "摊位", "攤位", "档口", "檔口",
	"入驻", "入駐", "进驻", "進駐", "档", "檔", "摊", "攤", "租赁", "租賃", "租用", "承租", "户", "戶", "租下", "我们是", "我們是",
	"现居", "現居", "独自住在", "獨自住在", "办公场所为", "辦公場所為", "门店设于", "門店設於", "门店位于", "門店位於", "这里是", "這裡是",
	"合租", "租房", "档位", "檔位", "业主", "業主", "我哋", "宿舍", "屋头是", "屋頭是", "屋头在", "屋頭在", "阿拉"}

var ownAddressEnds = byLastRune(ownAddressWords)

// meNamed is the writer's note on who they are and their name after "联系我", before their
// number's label: "联系我（她儿子）林志强，电话…", "联系我（她女儿）手机159…", "请直接联系我：李婷，
// 186…".
const meNamed = `(?:[（(][^）)\n]{1,8}[）)](?:\p{Han}{2,3}[，,]?)?[ \t]*(?:电话|手机)|[:：][ \t]*\p{Han}{2,3}[，,、 \t]+|[ \t]+\p{Han}{2,3}[:：][ \t]*)?`

// ownPhone are the words before a writer's own number in a sentence: "我的电话是138…", "有事请打我
// 电话139…", "请联系我：136…", "留个电话，我的是139…", "my number is …", "我在展位上电话139…", "我
// 电话就是这个邮箱的号码139…", "my phone / WeChat: …", "我的手机/微信：…", "搵我最好打手提 9187…",
// "请打我国内的号码 176…".
var ownPhone = quickre.MustCompile(EitherScript(`(?i)(?:` +
	// "我电话你们有的，再说一遍：186…": the number said again, after the words about it.
	`我(?:的)?(?:电话|手机)[^。\n\d]{0,12}?(?:再说一遍|再报一遍|重复一遍|再写一遍)[:：]?|` +
	// "有事微信/电话同号 188…".
	`(?:^|[，,。；;\s～~])(?:有事)?(?:微信|电话|手机)[/／、和]?(?:微信|电话|手机)?同号|` +
	`(?:回电话|回電話|要回复的话|要回覆的話|回复的话|回覆的話)(?:请|請)?(?:打|拨|撥)|` +
	// "回电请打前台：021-6087 5500 转 801" from the front desk's clerk; "請回覆本人手提電話 +852…".
	`回(?:电|電)(?:请|請)?(?:打|拨|撥)(?:我们|我們|我的)?(?:前台|办公室|辦公室)(?:的)?(?:电话|電話|座机|座機|总机|總機)?|(?:请|請)(?:回复|回覆)(?:我|本人)(?:的)?(?:手提电话|手提|手机|电话|座机)|` +
	`(?:联系|聯絡|聯繫)我(?:请|請)?(?:用这个号|用這個號|拨|撥|打)(?:手机|手機|电话|電話)?|` +
	// "我白天都在开会，有事联系我助理小罗 139…": the assistant who answers for the writer.
	`(?:联系|聯絡|聯繫|找|打给|打給)我(?:的)?(?:助理|秘书|秘書)(?:[ \t]*\p{Han}{1,3}?(?:的)?(?:电话|電話|手机|手機)[:：]?|[ \t]*\p{Han}{1,3}[ \t]+|[:：，,]?)|` +
	`(?i:whatsapp) ?我|(?:号码|號碼)(?:还是|還是)原来(?:那个|那個|的)|(?:手机|电话)(?:号码|号)?(?:就是|是)我(?:现在|目前|平时|平常)?(?:在)?用的|` +
	`(?:请|請)?(?:联系|聯絡|聯繫)我[，,][^，。；;\n:：\d]{0,10}[:：]|` +
	// "我的地址是天河区华景新城翠华阁16E，电话 158…".
	`(?:我的地址|我的住址|我家地址|我家的地址|我家住址|我家的住址)(?:是|为)?[^，。；;\n]{2,40}[，,][ \t]*(?:联系)?(?:电话|手机)(?:号码|号)?|` +
	`(?:我|本人)(?:自己|这边)?(?:的|嘅)?(?:家里?的?|屋头的?|屋里的?|台湾|香港|澳门|大陆|内地|本地|国内|上海|北京|深圳|广州|杭州|工作|私人)?(?:联系|聯絡)?(?:电话|手机|手提(?:电话)?|流动电话|住宅电话|直线|联系方式|聯絡方式|号码|座机|固话)(?:号码|号)?|` +
	// "我没有手机，家里电话是0512-…".
	`我(?:没有|没|不用)手机[，,。]?\s*(?:我)?家里(?:的)?(?:电话|座机|固话)(?:号码|号)?(?:是|为)?|` +
	`回访(?:请|可)?(?:打|拨|致电)|(?:打|拨|致电)给我|(?:(?:发|回)?短信|电话)(?:告诉|告知|通知|回复|发给|给)我(?:就行|就好|即可)?[:：]|给我打(?:个)?(?:电话|手机)|(?:^|[。！？\n])(?:我的)?(?:电话|手机)(?:号码|号)?(?:上次|之前|前面|早就|已经)[^，。；\d\n]{0,10}(?:写了|说了|留了|给了|写过)[，,:：]?|(?:跟|和|与)(?:我|本人)(?:联系|聯絡|聯繫)[，,]?[ \t]*(?:(?:我的)?(?:办公|办公室)?(?:电话|手机)(?:号码|号)?)?|` +
	`(?:我|本人)(?:的|嘅)(?:是|係)|(?:现场)?(?:负责人|联系人|对接人)(?:是|就是)我[，,]?\s*(?:手机|电话)?(?:号码|号)?|` +
	`(?:我|本人)` + changedTo + `|我本人|` +
	`(?:打|拨打|拨|致电|联系|聯絡|找)我(?:本人)?` + meNamed + `(?:本人)?(?:的|嘅)?(?:前台|办公室|公司|单位|單位|家里|家|台湾|香港|澳门|大陆|内地|本地|国内)?(?:电话|手机|手提电话|手提|座机|固话|直线|号码|门号)?(?:联系|聯絡)?` +
	`(?:[，,][ \t]*(?:电话|手机|手提)(?:号码|号)?)?|` +
	`(?:请|可|欢迎)(?:先)?(?:拨打|拨|打|致电|联系|聯絡|回电|回電|来电|來電)(?:(?:我|本人)` + meNamed + `(?:本人)?(?:现在|目前)?(?:的|嘅)?(?:台湾|香港|澳门|大陆|内地|本地|家里|家|寓所|国内|上海|北京|深圳|广州|杭州|公司|办公室|单位|前台)?(?:的)?|大陆|内地|家中|家里)?(?:电话|手机|手提电话|手提|座机|固话|直线|号码|门号)?` +
	`(?:[，,][ \t]*(?:电话|手机|手提)(?:号码|号)?)?|` +
	`(?:^|[，,。；;\s])(?:电话|手机|号码)(?:没换|沒換|没变|沒變|不变|不變)[，,]?\s*(?:还是|還是|仍是|仍然是)|(?:速|尽快|儘快|赶快|趕快)回(?:电|電)(?:话|話)?|(?:给我)?回个(?:电话|電話)(?:给我)?|打(?:俾|畀)我|搵我(?:最好|就)?(?:打|拨)?(?:手提|手机|电话)?|(?i:call|text) ?我(?:[:：][ \t]*[A-Z][a-z]{1,12}[ \t]+)?|(?:直接)?电话我|` +
	// "please call me after 6 pm on 139…", "give me a ring on 186…", "please call my wife Chen Lu
	// on 139…", "Please call my father at home 0371-…", "I am reachable on WhatsApp/phone +91…", "my
	// local number for the fair is +86…".
	`\b(?:(?:contact|call) me(?: directly| first)? (?:to|for) [^.:\n\d]{2,50}:|give me a (?:ring|call|buzz)(?: at| on)|call me (?:after|before|between|from) [^.\n\d]{0,4}\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)?(?: ?(?:and|to|-) ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?)? (?:on|at)|` +
	`call my (?:wife|husband|partner|son|daughter|father|mother|dad|mum|mom|parents|assistant|colleague)(?: [a-z]+){0,2} (?:on|at)(?: home)?|(?:i'm|i’m|i am) reachable (?:on|at|via) (?:whatsapp|wechat|phone|mobile)(?:\s*[/&]\s*(?:whatsapp|wechat|phone|mobile))?|` +
	`my (?:(?:local|china|chinese|mainland|new|direct|personal) )?number (?:during|while|for|in) [a-z ]{2,24}? is|` +
	`my (?:(?:personal|own|private|new|work|office|home|local|china|chinese|mainland|german|french|british|us|uk|hk|spanish|italian) )?(?:phone|mobile|cell|direct line|landline|desk phone)(?: number)?(?: works here:| here:)?(?: ?\([^()\n]{1,40}\))?(?: (?:during|while|for|in) [a-z ]{2,24}? is)?|my (?:(?:local|china|chinese|mainland|new|direct|personal) )?number|call me(?: directly| back| urgently| first)?(?: this time)?(?: \([A-Za-z]{2,12}\))?(?: at| on)?(?: whatsapp| wechat)?(?: my (?:[a-z]+ )?(?:mobile|phone|cell|number|no\.|sim)(?: number)?(?:[^.:\d\n]{0,40}[:,])?)?|(?:call|use|try) my (?:[a-z]+ ){0,2}(?:mobile|phone|cell|number|sim)(?: number| card)?(?: instead| here)?:?|(?:our|my) (?:local |on-?site )?contact(?: person)?\s*(?:is|:)\s*(?:[a-z]+\s+){0,3}?[a-z]+\s*,\s*(?:mobile|phone|tel|cell)(?:\s*\([a-z]{2,12}\))?:?|text me(?: first)?(?: at| on)?|ring me(?: at| on)?|(?:i'm|i’m|i am) reachable (?:on|at)|reach me (?:directly |anytime )?(?:by (?:phone|whatsapp|wechat|text|e-?mail)(?: or (?:phone|whatsapp|wechat|text))? )?(?:or )?(?:at|on)(?: whatsapp| wechat)?(?: my (?:[a-z]+ ){0,2}(?:mobile|phone|cell|number|sim)(?: number| card)?(?:,? which works here:| (?:during|while|for|in) [a-z ]{2,24}?:| at)?)?|get back to me (?:at|on)|(?:best )?number to reach me(?: at| on)?|(?:the )?best number is my (?:[a-z]+ ){0,2}(?:mobile|phone|cell)|our home (?:phone|number|landline)(?: here)? is|(?:be )?contacted (?:at|on)|(?:be )?reached (?:at|on)(?: my (?:[a-z]+ )?(?:mobile|phone|cell|sim)(?: number)?(?:[^.:\d\n]{0,40}:| at)?)?|` +
	`(?:call|phone|text|whatsapp|message|wechat) or (?:call|phone|text|whatsapp|message|wechat) me(?: on| at)?|contact the undersigned(?: at| on)?|coordinate (?:[a-z]+ ){0,3}with me(?: directly)?:?|direct (?:all )?(?:follow-up|follow-ups|replies) to me[^\n\d:]{0,40}:|\b(?:please |pls |kindly )?call(?: on| at)?[ \t]+[+\d]|(?:i'm|i’m|i am) [^.\n,]{1,40},\s*(?:my\s+)?(?:mobile|cell)(?: number)?:?|` +
	`contact me(?: urgently| directly| anytime| first)?(?:\s*\([^()\n]{0,60}\)|,\s*(?:his|her|their|the) [a-z ]{2,30},)?(?: at| on)?(?: whatsapp| wechat)?(?: my (?:[a-z]+ ){0,2}(?:mobile|phone|cell|number|sim)(?: number| card)?)?)|我在\p{Han}{1,4}?(?:上|里|裡|这边|這邊)(?:电话|手机|電話|手機))(?:[ \t]*[/／][ \t]*(?:wechat|whatsapp|line|signal|微信))?(?:就行|就可以|即可|就好|吧|就是[^，。；！？,;!?:：\d\n]{1,8}[:：]|` +
	`(?:就是|即)(?:这个|這個|我的)?(?:邮箱|郵箱)(?:的|这个|這個)?(?:号码|號碼|号|號)?|(?:没变|不变)[，,]?\s*(?:还是|仍是|仍然是|依然是))?[ \t]*(?:就是|还是|仍是|仍然是|依然是|是|为|係|is\b)?[ \t]*[:：,，]?[ \t]*(?:(?:台湾|香港|澳门|大陆|内地)(?:门号|号码|手机)?[ \t]*|(?:行动电话|手机|电话)[ \t]*)?`))

// keptNumber says the number after it is the one the office had: "电话还是原来那个".
var keptNumber = quickre.MustCompile(EitherScript(`(?:我的)?(?:电话|手机|号码)(?:(?:还是|仍是)(?:原来|以前|之前)(?:那个|的)(?:号码|号)?|没变|没有变|不变)[:：,，]?`))

// answerMeOn asks the office to answer the writer on the number after it.
var answerMeOn = quickre.MustCompile(EitherScript(`(?:请|請)(?:回复|回覆|回电|回電)(?:给|給)?我[:：]|回电话就打(?:这个|這個)[:：]|` +
	// "提前打我电话确认：189…", "如需聯絡可撥 0912-…", "Please call me rather than Tom as he's travelling: 183…".
	`打我(?:的)?(?:电话|手机)(?:确认|联系|沟通|预约)[:：]|(?:如需|如有需要)(?:联络|联系)?(?:请|可)?(?:拨打|拨)\s*|(?:如需|如有需要)(?:联络|联系)[:：]\s*|` +
	// "如有需要，请致电行政部黄静：010-6505 1234 转 6602" in a department's letter: its clerk.
	`(?:如需|如有需要)[，,]?\s*(?:请|可)(?:致电|联系|拨打)\p{Han}{1,6}?部\p{Han}{2,3}[:：]\s*|` +
	// "…直接和我电话沟通：邱蕊 138…", "麻煩總幹事回電說明：0912-…".
	`(?:和|跟|与)我(?:电话)?(?:沟通|联系)[:：]\s*(?:\p{Han}{2,3}\s*)?|(?:请|麻烦)\p{Han}{0,4}?回电(?:说明|解释)?(?:[:：]\s*|[ \t]+)|` +
	// "可以微信或电话联系：199…"; "审批结果请通知我：159…"; "请打我儿子给我买的手机130…"; "展期間請
	// 撥 +86 152…".
	`(?:展期|展会期间|展期间|这几天)(?:请|麻烦)?(?:拨打|拨|打)\s*|` +
	// "…再不管我就打12345了 回电13925556677": a run-on's last words, the number to call back on.
	`(?:^|[ \t，,。！!])回电(?:就打|打)?[:：]?[ \t]*\b|` +
	`(?:请|就)?通知我[:：]\s*|(?:请|麻烦)(?:打|拨)我[^，。；\n\d]{1,10}?的手机\s*|` +
	// "有事请打门店电话 0755-…": a keeper's own shop's line.
	`(?:有事)?(?:请|可以)(?:打|拨)(?:我们)?(?:门店|店里|店铺)(?:的)?(?:电话|座机)[:：]?\s*|` +
	// "上门时间请联系我安排：155…", "电话就是这个13699990000".
	`(?:请)?联系我(?:安排|确认|预约|对接)[:：]\s*|(?:电话|手机)(?:号码|号)?就是这个[ \t]*|` +
	// "有问题打 138-5717-2264。"; "开好了打电话给我 135…我过去拿".
	`有(?:事|问题|疑问|需要)(?:请|可以|可)?(?:打|拨打|拨|致电)[ \t]*|(?:请)?打电话给我[:：]?[ \t]*|` +
	`(?:可以|可)(?:微信或电话|电话或微信|电话)联系(?:我)?[:：]\s*|` +
	// "具体事宜可与本人联系（手机 139…）".
	`(?:和|跟|与)(?:本人|我)联系[（(]\s*(?:手机|电话)?[:：]?\s*|` +
	// "My German mobile works but is expensive, please use the Chinese number:" above the number;
	// "…+49 151… (roaming) or better use my local number 130…".
	`(?i:(?:please|better) (?:use|call|try) (?:the|this|my|our) (?:[a-z]+ ){0,2}(?:number|mobile|phone|sim)\s*:?\s*)|` +
	// "Best way to reach me is WhatsApp/WeChat on +61 412…"; "Mobile is best: +86 139…"; "please
	// call our local colleague Ms. Zhang Lei, who is on site with me all day: 186…".
	`(?i:\bplease call (?:our|my) (?:local |chinese )?(?:colleague|assistant|interpreter)\b[^:\n]{0,80}:\s*)|` +
	`(?i:\b(?:my )?(?:mobile|cell|phone)(?: number)? is (?:best|better|preferred)\s*[:,]?\s*)|` +
	`(?i:best way to reach me is (?:by |on |via )?(?:whatsapp|wechat|phone|mobile|signal)(?:\s?/\s?(?:whatsapp|wechat|phone|mobile|signal))*(?: on| at)?:?\s*)|` +
	// "有咩請打我direct line 2851 7036", "手机号同微信 150…".
	`打我(?:的)?\s?(?i:direct line|mobile)\s*|(?:手机号|手机)(?:同|和)微信(?:号)?[:：]?\s*|微信(?:同|和)(?:手机|电话)(?:号)?[:：]?\s*|` +
	`(?i:call me (?:rather than|instead of|not) [^:\n]{1,40}:|(?:ring|call|phone) my (?:direct )?(?:line|landline|extension|desk phone)\b(?: on| at)?:?)|` +
	// "During the fair I am reachable on my Chinese SIM: 152…", "I use a local SIM: 152…".
	`(?i:\bi(?: am|'m|’m) (?:reachable|available|contactable) (?:on|at|via) (?:my |a )?(?:[a-z]+ ){0,2}(?:number|mobile|phone|sim)(?: card)?\s*:?\s*|` +
	`\bi (?:use|have) a (?:local|chinese|china|mainland) (?:sim|number|mobile)(?: card)?\s*:?\s*|` +
	// "Chinese number (please call this one): 166…".
	`\b(?:number|mobile|phone)\s*\((?:please )?(?:call|use) (?:this|me on this)(?: one| number)?\)\s*:?\s*)`))

// givenToMe ends the words before "我的电话" of a number someone gave the writer: "上次你给".
var givenToMe = quickre.MustCompile(EitherScript(`(?:你|您|你们|他|她|他们|物业|管家|师傅)(?:上次|之前|昨天|前天)?(?:给|留给|发给|告诉)$`))

// clausePhone is the number a writer gives after a phone's label in the clause right after one
// that says who they are: "我住在5栋1单元，电话是138…", "我是10栋的住户，电话136…". Any other
// clause's number may be anyone's (a shop's, a tradesman's, a relative's), and stays unread. ""
// when none.
func clausePhone(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i >= Lines {
			break
		}
		if !mayOwnPhone(l) {
			continue
		}
		for _, m := range clauseLabel.FindAllStringSubmatchIndex(l, perLine) {
			before, rest := l[:m[2]], l[m[1]:]
			if quoted(before) || deadNumber.MatchString(clause(rest)) || calledNumber.MatchString(clause(rest)) || someoneElses(rest) {
				continue
			}
			trimmed := strings.TrimRight(before, "，,。；;！!？? \t")
			// The clause before the label; in a line typed with spaces for its stops, its last
			// words too ("…我叫戴红梅 住9号楼1单元2202 手机是183…", "…损失谁承担 我是范文杰 手机187…").
			for _, last := range []string{lastClause(trimmed), runOnClause(l, trimmed, 2), runOnClause(l, trimmed, 1), lastSelfWords(trimmed)} {
				last = strings.TrimLeft(last, "，,。；;！!？? \t")
				// "我住的楼上那户，电话…" is the household above; "我住附近的西溪诚园" is the writer.
				beside := nearby.MatchString(strings.ReplaceAll(strings.ReplaceAll(last, "附近的", ""), "附近嘅", ""))
				// A sentence of its own ("请尽快安排维修。电话13812348888。") gives the writer's
				// number too.
				// "我住他们楼上，12幢1单元1101，电话…": the flat the clause before says is theirs.
				prev := strings.TrimRight(strings.TrimSuffix(trimmed, last), "，, \t")
				flat := last != "" && addressPart(last) == last && prev != trimmed && selfClause.MatchString(strings.TrimLeft(lastClause(prev), "，,。；;！!？? \t"))
				said := lastSentence(before) // "我姓吴，吴佳琪，9栋1单元502的。" gives the writer's own surname
				// "…麻烦你们派电工来查一下 电话139…", a run-on with spaces for stops: the number of
				// who asks.
				asks := strings.HasSuffix(before, " ") && sendFor.MatchString(last)
				// "我是3-1303的业主，姓马，马先生，电话是…": how they are called after their surname.
				pc := strings.TrimLeft(lastClause(prev), "，,。；;！!？? \t")
				called := titled(last) && prev != trimmed && (selfClause.MatchString(pc) || strings.HasPrefix(pc, "姓"))
				own := flat || asks || called || selfClause.MatchString(last) || sentenceStart(before) &&
					(!aboutSomeone.MatchString(said) || sendFor.MatchString(said) || contains(said, "我姓") || callMeTitled.MatchString(said)) &&
					(strings.TrimSpace(before) != "" || !aboutSomeone.MatchString(lastSentence(lineAbove(lines, i))) ||
						selfClause.MatchString(strings.TrimLeft(lastSentence(lineAbove(lines, i)), "。！？!? \t")))
				if !own || !flat && (beside || otherPerson.MatchString(last)) {
					continue
				}
				if p := phoneAtOnce(rest); p != "" && !serviceLine(p) && (flat || asks || called || selfClause.MatchString(last) || sentenceEnds(rest)) {
					return p
				}
			}
		}
	}
	return ""
}

// lastSelfWords are the words from the last "我是" of a run-on typed without stops, when they are
// its last few: "我是5栋1701的" of "…楼上是18楼1801我上去敲门没人…麻烦物业联系一下我是5栋1701的";
// "" when there are none.
func lastSelfWords(s string) string {
	i := strings.LastIndex(s, "我是")
	if i < 0 || utf8.RuneCountInString(s[i:]) > 16 {
		return ""
	}
	return s[i:]
}

// someoneElses tells a number the words right after it give to someone else: "138…是楼上那家的",
// "138…那个是维修师傅的", "138…的快递员把我快递弄丢了", "138…（楼长的）", "…係樓上嗰家嘅"; not
// "138…是我的", "138…（微信同号）".
func someoneElses(rest string) bool {
	after := strings.TrimLeft(width.Fold.String(rest), "0123456789 -+")
	if inner, ok := strings.CutPrefix(after, "("); ok {
		inner, _, _ = strings.Cut(inner, ")")
		return (strings.HasSuffix(inner, "的") || strings.HasSuffix(inner, "嘅")) && !ownWords.MatchString(inner)
	}
	after = clause(after)
	for _, w := range []string{"是", "係", "为", "那", "嗰", "的"} {
		if strings.HasPrefix(after, w) {
			return !ownWords.MatchString(after) && !officeRecord.MatchString(after)
		}
	}
	return false
}

// ownWords are words that give a number to the writer: "是我的", "係我嘅", "是我本人的手机"; not
// "是我对门邻居的".
var ownWords = quickre.MustCompile(`^(?:是|係|为|為)?(?:我|本人)(?:本人|自己)?(?:的|嘅)?(?:手机|手機|电话|電話|号码|號碼|号|號)?$`)

// officeRecord says a number is the one the office has for the writer: "是你们登记过的".
var officeRecord = quickre.MustCompile(EitherScript(`你们|贵|登记`))

// aboutSomeone are the words of a sentence about another person, whose number the next one may
// give: "维修师傅来过。电话…", "物业经理姓李。电话…".
var aboutSomeone = quickre.MustCompile(EitherScript(`房东|房主|邻居|楼上|楼下|隔壁|对门|对方|租客|车主|师傅|经理|主管|保安|管家|` +
	`快递|司机|店长|老板|客服|工作人员|服务员|员工|保洁|清洁工|维修工|水电工|电工|工人|业主|住户|先生|女士|小姐|老师|教练|律师|他|她|姓`))

// sendFor asks the office to send someone, whose number the writer does not give: "麻烦赶紧派电工过来",
// "麻烦尽快安排保洁".
var sendFor = quickre.MustCompile(EitherScript(`(?:派|安排|叫)(?:个|一个|名|位)?\p{Han}{0,3}?(?:电工|师傅|维修工|水电工|保洁|保安|工人|人)(?:(?:过来|来|上门|处理|看看|看一下|修)[^，,]*)?[。！!]?\s*$`))

// lineAbove is the last line with words above line i.
func lineAbove(lines []string, i int) string {
	for j := i - 1; j >= 0; j-- {
		if strings.TrimSpace(lines[j]) != "" {
			return lines[j]
		}
	}
	return ""
}

// lineBelow is the first line with words below line i.
func lineBelow(lines []string, i int) string {
	for _, l := range lines[i+1:] {
		if strings.TrimSpace(l) != "" {
			return l
		}
	}
	return ""
}

// lastSentence is the sentence that ends where before does.
func lastSentence(before string) string {
	before = strings.TrimRight(before, " \t\u3000。！？!?")
	if i := strings.LastIndexAny(before, "。！？!?\n"); i >= 0 {
		return before[i:]
	}
	return before
}

// sentenceStart tells text that ends where a sentence begins: nothing, or a full stop.
func sentenceStart(before string) bool {
	before = strings.TrimRight(before, " \t\u3000")
	if t := strings.TrimSpace(listMarker.ReplaceAllString(before, "")); t == "" {
		return true // "1. 电话是…": an item of a list
	}
	return before == "" || strings.HasSuffix(before, "。") || strings.HasSuffix(before, "！") || strings.HasSuffix(before, "？") ||
		strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?")
}

// sentenceEnds tells a number that ends its sentence: "13812348888。", "0755-26635555", not
// "138… 是楼上的".
func sentenceEnds(rest string) bool {
	folded := width.Fold.String(rest)
	after := strings.TrimLeft(folded, "0123456789 -+()")
	if j := strings.Index(after, ")"); j > 0 && len(after) < len(folded) && contains(folded[:len(folded)-len(after)], "(") &&
		utf8.RuneCountInString(after[:j]) <= 10 && !quickre.ContainsAny(after[:j], "。.！!？?；;，,") {
		after = strings.TrimLeft(after[j+1:], " ") // a note in brackets after the number: "（微信同号）"
	}
	r, _ := utf8.DecodeRuneInString(after)
	// A longer note in brackets right after it: "0933-216-845（家裡市話…不通，請打手機）".
	note := strings.TrimLeft(folded, "0123456789 -+")
	return after == "" || strings.ContainsRune("。.！!？?；;，,", r) || len(note) < len(folded) && strings.HasPrefix(note, "(")
}

// calledNumber is what a writer says of a number they called, which is not theirs: "电话0571-…
// 打了一晚上没人接".
var calledNumber = quickre.MustCompile(EitherScript(`^[\d\s+\-()]*[^\d不]{0,2}(打了|打过|打不通|拨打|没人接|无人接|没有人接|接不通|一直占线|占线|关机)`))

// selfClause is a clause in which the writer says who they are: "我住在…", "我家是…", "我是…",
// "我家1204", where their company is: "我们公司在…", "我司位于…", or where they are now: "我目前人
// 在辦公室，手機是…", "我在外地工作，电话是…".
var selfClause = quickre.MustCompile(EitherScript(`^(?:(?:我|本人)家?(?:现在|目前)?(?:住|是|系|係|为|叫[^了过過])|我家\s*\d|叫\p{Han}{2,3}$|` +
	`(?:我们|我們)(?:公司|律所|办公室|工作室)(?:在|位于|位於)|(?:我司|本公司|本所)(?:在|位于|位於)|` +
	`(?:我|本人)(?:目前|现在|今天|今日|全天|整天|白天|晚上|平时|平日|每天)人?(?:都)?在|(?:我|本人)(?:白天|平时|平日|工作日)(?:要)?上班$|` +
	// "我在外地工作，电话是136…".
	`(?:我|本人)(?:现在|目前|一直|长期|常年)?人?在\p{Han}{1,6}?(?:工作|上班|出差)$)`))

// serviceLine tells a number no person answers as theirs: a nationwide 400, 800 or 95xxx line,
// or a short one (110, 12345).
func serviceLine(p string) bool {
	d := asciiDigits(p)
	return len(d) <= 5 || serviceNumber.MatchString(strings.TrimPrefix(d, "86"))
}

// clauseLabel is a phone's label at the start of a clause, the number right after it ("是" or a
// colon between), the number registered with ("注册手机号") too: the label in its group.
var clauseLabel = quickre.MustCompile(EitherScript(`(?:^|[，,。；;！!？?\s])((?:注册|预留|报名|下单|澳门|香港|台湾|大陆|内地|本地)?(?:联系电话|联系方式|屋企电话|住宅电话|直线电话|直线|电话|手机号码|手机号|手机|手提))(?:联系)?(?:是|为|係)?[:：]?\s*`))

// mayOwnPhone tells a line that has words every match of ownPhone has one of: a line without
// them is passed over without running it.
func mayOwnPhone(l string) bool {
	if containsAnyWord(l, ownPhoneEnds) {
		return true
	}
	if quickre.ContainsAny(l, "mMdDeE") { // "my", "call me", "reached", "reachable"
		l = strings.ToLower(l)
		if contains(l, "my ") || contains(l, "call me") || contains(l, "reach me") ||
			contains(l, "reached") || contains(l, "contact me") || contains(l, "contacted") || contains(l, "text me") ||
			contains(l, "ring me") || contains(l, "get back to me") || contains(l, "contact:") ||
			contains(l, " me on ") || contains(l, " me at ") || contains(l, ", mobile") || contains(l, ", my mobile") ||
			contains(l, "reachable") || contains(l, "give me a") || contains(l, "undersigned") || contains(l, "coordinate") || contains(l, "to me") ||
			contains(l, "our home ") || contains(l, "best number") {
			return true
		}
	}
	if quickre.ContainsAny(l, "lL") { // "Call +852 9123 4567", "pls call 9345 6620"
		l = strings.ToLower(l)
		if i := strings.Index(l, "call "); i >= 0 && strings.IndexFunc(l[i+5:min(len(l), i+9)], func(r rune) bool { return r == '+' || unicode.IsDigit(r) }) >= 0 {
			return true
		}
	}
	return false
}

// changedTo are the words after 我 of a writer giving their new number: "我换号了，新号码是…",
// "我的新手机号…".
const changedTo = `(?:(?:已经|已)?(?:换|改|更换)了?(?:手机|电话)?(?:号码|号)了?[，,。 ]?\s*(?:(?:以后|以後|今后|今後)?(?:请)?(?:打|拨|联系)?(?:我的)?新(?:的)?(?:手机|电话)?(?:号码|号)?(?:是|为)?[:：]?|(?:以后|以後|今后|今後)(?:请)?(?:打|拨|联系)(?:这个|這個)?[:：]?)?|` +
	`(?:的|嘅)?新(?:的)?(?:手机|电话)?(?:号码|号))`

// newNumber is the number a writer says is their new one ("我换号了，新号码…"), "" when none.
func newNumber(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i >= Lines {
			break
		}
		if containsAny(l, "changed my", "new number", "new mobile", "new phone") {
			// "I have changed my phone number. My old number 139… no longer works - please … use
			// 177… from now on."
			if m := englishNewNumber.FindStringSubmatch(l); m != nil && isPhone(phoneIn(m[1])) {
				return phoneIn(m[1])
			}
		}
		if !contains(l, "新") && !contains(l, "换") && !contains(l, "換") && !contains(l, "改") &&
			!contains(l, "错") && !contains(l, "錯") && !contains(l, "不对") && !contains(l, "不對") &&
			!contains(l, "更正") && !contains(l, "有误") && !contains(l, "有誤") &&
			!contains(l, "现在") && !contains(l, "現在") && !contains(l, "目前") &&
			!containsAny(l, "以后请", "以後請", "以后打", "以後打", "今后请", "今後請", "少打了一位", "少写了一位", "多打了一位", "漏了一位", "反了") {
			continue
		}
		for _, m := range changedToMine.FindAllStringIndex(l, perLine) {
			// "…新号码是 199 8888 0000 之前那个不用了": the old number is the one no longer used.
			if rest := l[m[1]:]; !quoted(l[:m[0]]) && (!deadNumber.MatchString(clause(rest)) || oldOneDead.MatchString(clause(rest))) {
				if p := phoneAtOnce(rest); p != "" {
					return p
				}
			}
		}
		if m := numberThenSlip.FindStringSubmatch(l); m != nil && isPhone(phoneIn(m[1])) {
			return phoneIn(m[1]) // "是13645678910，我上次把最后两位打反了"
		}
		// "上面电话写错了，应为139…", "我的电话是159 5047 8863，不对，是159 5047 8836": the number
		// the writer corrects it to.
		for _, m := range correctedTo.FindAllStringIndex(l, perLine) {
			// Not a neighbour's number put right ("邻居的电话写错了，应为139…"); "请改成我的…"
			// says whose it is, whoever the sentence before spoke of.
			if s := lastSentence(l[:m[0]]); quoted(l[:m[0]]) || !contains(l[m[0]:m[1]], "我的") && aboutSomeone.MatchString(s) && !ownSlip.MatchString(s) {
				continue
			}
			if p := phoneAtOnce(l[m[1]:]); p != "" && !serviceLine(p) {
				return p
			}
		}
		// "这个邮箱绑定的手机号已经停用了，新号码139…", "…停用了，现在用的是139…": the clause before
		// says the old one is dead.
		for _, m := range newAfterDead.FindAllStringIndex(l, perLine) {
			before := l[:m[0]]
			if strings.TrimSpace(before) == "" && i > 0 {
				// "…当时留的电话是136…，这个号码我已经停用了。" on the line above "新号码是198…":
				// the old one dead at the end of the line before.
				before = strings.TrimRight(lines[i-1], "\r")
			}
			said := lastSentence(before)
			// "…已经停用了，收不到短信，新号码是199…": the old one dead in the sentence before it.
			dead := lastClause(strings.TrimRight(before, "，,；; \t"))
			if !deadNumber.MatchString(dead) && !deadNumber.MatchString(said) || quoted(before) ||
				aboutSomeone.MatchString(said) && !myOldNumber.MatchString(dead) && !ownChanged.MatchString(said) ||
				introducesSomeone.MatchString(said) && !ownOldNumber.MatchString(said) && !ownChanged.MatchString(said) {
				// Not "…楼下住户的电话已经停用了，新号码…"; "我是…的业主王海涛，你们登记的我的电话…
				// 已经停用了，麻烦更新成新号码…" says whose it is.
				continue
			}
			if p := phoneAtOnce(l[m[1]:]); p != "" {
				return p
			}
		}
	}
	return ""
}

// LettersFlat is the flat a landlord's note passing on their tenant's mail says they own: "海澜苑5-2-602"
// of "我是海澜苑5-2-602的业主钟国华，房子租出去了。下面是我租客发给我的…"; "" when the note is no
// landlord's or names no flat.
func LettersFlat(note string) string {
	if !containsAny(note, "租客", "租户", "租出去", "房客") || !containsAny(note, "业主", "房东", "業主", "房東") {
		return ""
	}
	a := sentenceAddress(note)
	if addressPart(a) != a || bareFlat.MatchString(a) {
		return ""
	}
	return a
}

// RelayedNumber is the number a colleague's note passing on someone's mail says is theirs now, the
// one in their mail being dead: "她邮件里留的电话13605710023已经停机了…后来傅女士本人打到我手机上，
// 说新号码是 189 6910 2236", or asks the office to call them on: "请直接联系她处理，她手机 139…", "
// 回电请打她爱人何先生的手机 138…", "他说请直接打他国内手机 185…"; "" when the note gives none.
func RelayedNumber(note string) string {
	if !quickre.ContainsAny(note, "她他") {
		return ""
	}
	if m := relayedCall.FindStringSubmatch(note); m != nil {
		if p := phoneIn(cmp.Or(m[1], m[2], m[3])); isPhone(p) && !serviceLine(p) {
			return p
		}
	}
	if !contains(note, "新") || !deadNumber.MatchString(note) {
		return ""
	}
	for _, m := range relayedNew.FindAllStringIndex(note, perLine) {
		if p := phoneAtOnce(note[m[1]:]); p != "" && !serviceLine(p) && !quoted(note[:m[0]]) {
			return p
		}
	}
	return ""
}

var relayedCall = quickre.MustCompile(EitherScript(`联系(?:她|他)[^。\n，,]{0,6}[，,]\s*(?:她|他)(?:的)?(?:手机|电话)(?:号码|号)?(?:是)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
	`(?:回电|回电话|来电)(?:请)?打(?:她|他)(?:的)?(?:爱人|老公|丈夫|先生|太太|妻子|女儿|儿子)?\p{Han}{0,4}?的?(?:手机|电话)(?:号码|号)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
	`(?:请|说请)直接打(?:她|他)(?:的)?(?:国内|大陆|本地)?(?:手机|电话)(?:号码|号)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))

var relayedNew = quickre.MustCompile(EitherScript(`(?:说|告诉我|表示|留了)[^。\n，,]{0,4}新的?(?:手机|电话)?(?:号码|号)(?:是|为)?[:：]?[ \t]*`))

// ownOldNumber are the words before a number the writer says was theirs: "之前登记在物业的联系电话是",
// "我原来的手机号是".
var ownOldNumber = quickre.MustCompile(EitherScript(`(?:我的?|本人|之前|原来|以前|原先)[^，。；\n]{0,12}(?:电话|手机|号码)(?:号码|号)?(?:是|为)`))

// ownChanged is a writer saying their own number changed: "说维修师傅打我电话打不通，是因为我手机号
// 换了，原来的135…已经停用了", "当时留的电话是136…，这个号码我已经停用了".
var ownChanged = quickre.MustCompile(EitherScript(`我(?:的)?(?:手机|电话)(?:号码|号)?(?:已经|已)?(?:换了|停用|换号)|(?:号码|电话|手机)我(?:已经|已)?(?:停用|不用)了`))

// correctedTo are the words before the number a writer corrects theirs to: "写错了，应为", "不对，
// 是", "更正：电话应为", "请改成我的".
var correctedTo = quickre.MustCompile(EitherScript(`(?:(?:写错|打错|写错了|打错了|写反了|打反了|有误|不对|是错的|错了|(?:少|多)(?:打|写)了一位(?:数)?|漏了一位(?:数)?|(?:写|打)?错了一位(?:数)?)[了，,。 \t]*(?:应为|应该是|应是|正确的?是|正确(?:的)?(?:号码|电话|手机号?)(?:是|为|应为)?|是|係|改为|改成)|` +
	`(?:^|[。！!？?\s])正确的?(?:号码|电话|手机号?|联系电话)(?:是|为|应为)|` +
	`更正[:：]?\s*(?:(?:我的)?(?:电话|手机|联系电话)(?:号码)?)?(?:应为|应该是|是|係|为)?|(?:请)?改成我的(?:电话|手机)?(?:号码)?|请(?:改成|改为|更新为|换成)新的?(?:手机|电话)?(?:号码|号))[ \t]*[:：]?[ \t]*`))

// numberThenSlip is the right number a reply begins with, before the writer says how they gave it
// wrong: "是13645678910，我上次把最后两位打反了".
var numberThenSlip = quickre.MustCompile(EitherScript(`^\s*(?:是|应该是|应为|正确的是)?\s*((?:\+?86)?1[3-9]\d{9}|1[3-9]\d[ \-]\d{4}[ \-]\d{4})[，,。\s]+我(?:上次|之前|刚才)?[^。\n]{0,10}?(?:打反|写反|写错|打错|留错)`))

// ownSlip is the writer saying they gave their number wrong: "是我上次留错号码了", which a sentence
// about someone else ("师傅打我电话打不通") does not make another's.
var ownSlip = quickre.MustCompile(EitherScript(`我(?:上次|之前|刚才|原来)?(?:留|写|打|填)(?:错|反)`))

// correctedRoom is the writer's correction of their flat's number: "更正：房号是1502不是1205".
var correctedRoom = quickre.MustCompile(EitherScript(`(?:更正|纠正|打错了|写错了)[:：，,]?\s*(?:我家的?)?(?:房号|门牌号?|房间号)(?:是|为|应为|应该是)\s*([0-9A-Za-z\-]{2,8})[，,]?\s*(?:不是|而不是)\s*([0-9A-Za-z\-]{2,8})`))

// correctedFlat is a flat the writer says they gave wrong, then the right one: "房号写错了，不是B2栋
// 1602，是B2栋1206房" (groups 1 and 2), or the right one first: "房号写错了，应该是C座1806，不是1608"
// (groups 3 and 4).
var correctedFlat = quickre.MustCompile(EitherScript(`(?:房号|门牌号?|地址)(?:写错了|写错|错了|有误|打错了|打反了|写反了)[，,。]?\s*(?:不是([^，,。\s]{3,16})[，,]\s*(?:而)?(?:是|应该是|应为)([^，,。\s]{3,16})|` +
	`(?:应该是|应是|应为|(?:我家)?是)([^，,。\s]{3,16})[，,]\s*(?:而)?不是([^，,。\s]{3,16}))`))

// completedFlat is the whole flat a writer gives after saying they left out part of it: "刚才漏写了
// 单元，是16幢2单元502".
var completedFlat = quickre.MustCompile(EitherScript(`(?:漏写了|漏写|少写了|忘写了|忘了写)(?:单元号?|楼号|栋号|门牌号?|楼层)[，,。]?\s*(?:应该|应)?是([^，,。\s]{3,16})`))

// withCorrectedRoom is address with the room number the writer corrects in text put right.
func withCorrectedRoom(address, text string) string {
	if address != "" && containsAny(text, "漏写", "少写", "忘写", "忘了写") {
		if m := completedFlat.FindStringSubmatch(text); m != nil && addressPart(m[1]) == m[1] && flatEnd.MatchString(address) && strings.HasSuffix(m[1], flatEnd.FindString(address)) && len(m[1]) > len(address) {
			return m[1] // "16幢502" put right as "16幢2单元502"
		}
	}
	if address != "" && containsAny(text, "写错了", "打错了", "寫錯了", "打錯了") {
		if m := mistypedThen.FindStringSubmatch(text); m != nil {
			right := withoutNote(m[1]) // "是5栋2单元901（3栋是我妈家）": the flat, without the note on the other
			// The room put right in the building, or the building with the room: "我是6栋2404\n哦打错了
			// 是6栋2204", "我家是3栋2单元901，哦不对，写错了，是5栋2单元901".
			if addressPart(right) == right && right != address && (strings.HasPrefix(right, addressWords.FindString(address)) ||
				flatAlone(right) && flatAlone(address) && flatEnd.FindString(right) == flatEnd.FindString(address)) {
				return right
			}
		}
	}
	if address == "" || !contains(text, "不是") {
		return address
	}
	for i, l := range strings.Split(text, "\n") {
		if i >= Lines {
			break
		}
		if m := correctedRoom.FindStringSubmatch(l); m != nil && strings.HasSuffix(strings.TrimSuffix(address, "室"), m[2]) {
			at := strings.LastIndex(address, m[2])
			return address[:at] + m[1] + address[at+len(m[2]):]
		}
		if m := correctedFlat.FindStringSubmatch(l); m != nil && contains(address, m[1]+m[4]) {
			// "刚才那封邮件房号写错了，不是B2栋1602，是B2栋1206房", "房号写错了，应该是C座1806，不是1608".
			right := m[2] + m[3]
			if bareFlat.MatchString(right) {
				return strings.Replace(address, m[1]+m[4], right, 1) // the room alone, in the same building
			}
			return right
		}
	}
	return address
}

// mistypedThen is the flat a writer puts right after saying they mistyped it: "哦打错了 是6栋2204",
// "不好意思写错了 是3栋1单元1302 13楼".
var mistypedThen = quickre.MustCompile(EitherScript(`(?:写错了|打错了)[，,。!！\s]*(?:应该|应该是|其实)?是\s*([^，,。；;！!？?\s]{3,24})`))

// newAfterDead begins a clause giving a new number: "新号码", "新的手机号是", "以后请打新号码",
// "现在用的是", "请更新为", "联系电话改成", "换了新号码".
var newAfterDead = quickre.MustCompile(EitherScript(`(?:^|[，,；;。\s])(?:(?:以后|今后)?(?:请)?(?:打|拨|联系)?(?:我的?)?(?:换了|换成)?新的?(?:手机|电话)?(?:号码|号)|新的(?:是|为)|(?:现在|目前)(?:用的是|用|的号码|的手机号?|的电话)|` +
	// "我物业登记的手机 135… 已经停用了，以后请打 198…".
	`(?:以后|今后)(?:请)?(?:打|拨|联系我)(?:这个|这个号|这个号码)?|` +
	`(?:请|麻烦)?(?:帮我)?(?:更新|更改|修改|改)(?:为|成)(?:新的?(?:手机|电话)?(?:号码|号)?)?|(?:联系)?(?:电话|手机)(?:号码|号)?(?:改成|改为|换成|更改为|更新为))(?:是|为)?[:：]?\s*`))

// changedToMine are the words before the writer's new number: "我换号了，新号码是", "请打我新号码",
// "我现在的号码是" after the old one "已经不用了".
// myOldNumber is the writer's number they say is dead: "我的电话", "我原来登记的电话".
var myOldNumber = quickre.MustCompile(EitherScript(`我(?:原来|以前|之前|原先)?(?:在物业)?(?:登记|留|预留)?的(?:电话|手机)`))

var changedToMine = quickre.MustCompile(EitherScript(`(?:我|本人)` + changedTo + `\s*|(?:我|本人)(?:现在|目前)(?:用)?的(?:手机|电话)?(?:号码|号)(?:是|为)?[:：]?\s*|(?:打|拨|拨打|联系|致电)我(?:的)?新(?:的)?(?:手机|电话)?(?:号码|号)(?:是|为)?[:：]?\s*|` +
	// "电话换了，打这个186-0215-7738，之前那个不用了", a line of its own above the thread.
	`^\s*(?:电话|手机)(?:号码|号)?(?:已经|已)?换了[，,。 ]?\s*(?:(?:以后|今后)?(?:请)?(?:打|拨)(?:这个|这个号码|这个号)?[:：]?\s*)?`))

// ownPhoneWords are the Chinese words of which every Chinese match of ownPhone has one: the last
// character of "我的电话", "我的手机", "本人手提", "我的联系方式", "我换号", "我的号码", the writer
// after "打我", "致电我", "联系我", "跟我联系", "我本人", or the request "请打", "可致电", in either
// script.
var ownPhoneWords = []string{"话", "話", "机", "機", "提", "式", "打我", "找我", "电我", "電我", "系我", "係我", "繫我", "絡我",
	"换号", "換號", "换了号", "換了號", "改号", "改號", "改了号", "改了號", "新号", "新號", "新的号", "新的號", "号码", "號碼",
	"本人", "我的是", "我嘅係", "我的係", "请打", "請打", "可打", "请拨", "請撥", "可拨", "可撥", "请致", "請致", "可致", "请联", "請聯", "可联", "可聯",
	"请回", "請回", "可回", "请来", "請來", "可来", "可來", "迎来", "迎來", "速回", "快回", "回个", "回個", "俾我", "畀我", "搵我", "call我", "call 我", "Call我", "text我", "话我", "話我",
	"话打", "話打", "话拨", "話撥", "我用这个号", "我用這個號", "我请拨", "我請撥", "我拨", "我撥", "WhatsApp我", "WhatsApp 我", "whatsapp我",
	"访打", "訪打", "访拨", "訪撥", "访致", "訪致", "给我", "給我", "我联系", "我聯絡", "我聯繫", "告诉我", "告訴我", "告知我", "通知我", "回复我", "回覆我"}

// ownPhoneEnds are ownPhoneWords by their last character.
var ownPhoneEnds = byLastRune(ownPhoneWords)

// byLastRune files words by their last character, for containsAnyWord.
func byLastRune(words []string) map[rune][]string {
	ends := map[rune][]string{}
	for _, w := range words {
		r, _ := utf8.DecodeLastRuneInString(w)
		ends[r] = append(ends[r], w)
	}
	return ends
}

// containsAnyWord tells whether l holds one of the words filed in ends (byLastRune): one pass
// over the line, however many the words, each looked for where its last character is.
func containsAnyWord(l string, ends map[rune][]string) bool {
	for i, r := range l {
		for _, w := range ends[r] {
			if strings.HasSuffix(l[:i+utf8.RuneLen(r)], w) {
				return true
			}
		}
	}
	return false
}

// firstPersonPhone is the number a writer gives as theirs in the first person ("我的电话是…",
// "我电话…"), not quoted; "" when none. p is the text's sentencePhone.
func firstPersonPhone(text, p string) string {
	if p == "" {
		return ""
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if !contains(l, p) {
			continue
		}
		if m := firstPerson.FindStringIndex(l); m != nil && !quoted(l[:m[0]]) {
			return p
		}
		if m := answerMeOn.FindStringIndex(l); m != nil && !quoted(l[:m[0]]) {
			return p // "具体事宜可与本人联系（手机 139…）" above the firm's "电话：010-…"
		}
		if t := strings.TrimSpace(l); i > 0 && phoneIn(t) == t && endsInColon(lines[i-1]) && answerMeOn.MatchString(lines[i-1]) {
			return p // "…please use the Chinese number:" above it
		}
	}
	return ""
}

// phoneAtOnce is the phone number s begins with, "" when other words come first or it is none.
func phoneAtOnce(s string) string {
	if !leadingPhone.MatchString(phoneDashes.Replace(width.Fold.String(s))) {
		return ""
	}
	if p := phoneIn(s); p != "" && isPhone(p) {
		return p
	}
	return ""
}

// firstPerson begins a sentence giving the writer's own number.
var firstPerson = quickre.MustCompile(EitherScript(`(我|本人)(?:(的|嘅)?(联系|聯絡)?(?:香港|澳门|台湾|大陆|内地|本地|国内)?(电话|手机|手提|直线)|` + changedTo + `)|` +
	`(?:请|麻烦|可以|直接)?(?:联系|聯絡|打|致电|致電|打给|打給)我\s*[:：，,]|` +
	`(?i:\bmy (?:[a-z]+ ){0,2}(?:mobile|cell|phone|number)|\bcall me\b|\bi can be (?:contacted|reached)\b|\b(?:whatsapp|text|message|contact|reach) me\b|` +
	`\bi(?:'m|’m| am) [^.\n,]{1,40},\s*(?:my\s+)?(?:mobile|cell)\b)`))

// sentencePhone is the number a writer gives as theirs in a sentence of their own words; "" when
// they give none.
func sentencePhone(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i >= Lines {
			break
		}
		if !hasDigit(l) && !hasDigit(lineBelow(lines, i)) {
			continue // each number below is on the line or the one below it
		}
		if p := numberForMe(l); p != "" {
			return p
		}
		if containsAny(l, "还是原来", "還是原來", "还是以前", "還是以前", "还是之前", "還是之前", "没变", "沒變", "没有变", "沒有變", "不变", "不變") {
			// "电话还是原来那个 136…": the number the office had, said again.
			if m := keptNumber.FindStringIndex(l); m != nil && !quoted(l[:m[0]]) {
				if p := phoneAtOnce(strings.TrimSpace(l[m[1]:])); p != "" {
					return p
				}
			}
		}
		if containsAny(l, "回", "打我", "打电话给我", "如需", "如有需要", "和我", "跟我", "与我", "與我", "本人联系", "本人聯繫", "电话联系", "電話聯繫", "call me", "Call me", " my ", "lease ", "SIM", "reach me", "同微信", "微信同", "通知我", " is best", " is better", " is preferred", "展期", "这几天", "這幾天", "门店", "店里", "店铺", "有事", "有问题", "有疑问", "有需要", "联系我", "就是这个") {
			// "请回复我：158…", "请回电给我：180…", "回电话就打这个：177…".
			if m := answerMeOn.FindStringIndex(l); m != nil && !quoted(l[:m[0]]) {
				rest := strings.TrimSpace(l[m[1]:])
				if rest == "" {
					rest = strings.TrimSpace(lineBelow(lines, i)) // the number on the line below
				}
				if p := phoneAtOnce(rest); p != "" {
					return p
				}
			}
		}
		if !mayOwnPhone(l) {
			continue
		}
		for _, m := range ownPhone.FindAllStringIndex(l, perLine) {
			if last := l[m[1]-1]; (last == '+' || last >= '0' && last <= '9') && contains(strings.ToLower(l[m[0]:m[1]]), "call") {
				m[1]-- // "Call +852 9123 4567": the number's first character, which the words read with them
			}
			rest := l[m[1]:]
			if strings.TrimSpace(rest) == "" && endsInColon(l) {
				// "如有疑问请致电：" above the number alone on its line.
				if next := strings.TrimSpace(lineBelow(lines, i)); phoneIn(next) == next {
					rest = next
				}
			} else if next := strings.TrimSpace(lineBelow(lines, i)); strings.TrimSpace(rest) == "" && strings.HasSuffix(strings.TrimSpace(l), ",") &&
				strings.HasPrefix(next, "+") && phoneAtOnce(next) != "" {
				// "Please call my Chinese mobile number," above "+86 152… - our Munich office…", a
				// line broken after the comma.
				rest = next
			}
			if quoted(l[:m[0]]) || deadNumber.MatchString(remark.ReplaceAllString(clause(rest), "")) || reportedWords.MatchString(englishSentence(lastSentence(l[:m[0]]))) {
				// Someone else's words the writer quotes ("师傅说：有问题打我电话…", "the note on
				// their door says call me on…"), or a number the writer says is wrong or no
				// longer theirs.
				continue
			}
			if w := strings.ToLower(l[m[0]:m[1]]); (contains(w, "reached") || contains(w, "contacted")) && !contains(w, "my ") {
				if s := englishSentence(l[:m[0]]); englishSomeone.MatchString(s) && !englishI.MatchString(s) {
					continue // "My landlord, Mr. Ho, can be reached at 9012…, but please contact me first: 6178…"
				}
			}
			if w := l[m[0]:m[1]]; strings.HasPrefix(w, "我") && givenToMe.MatchString(l[:m[0]]) {
				continue // "上次你给我的电话 139…打了没人接": the number the office gave the writer
			}
			if w := l[m[0]:m[1]]; strings.HasPrefix(w, "本人") {
				// "請致電本人香港手提電話": asked to call the writer.
				if r, _ := utf8.DecodeLastRuneInString(l[:m[0]]); unicode.Is(unicode.Han, r) && !callsWriter.MatchString(l[:m[0]]) {
					continue // "吴律师本人电话 139…": the lawyer's own number, not the writer's
				}
			}
			// "请联系我们 0571-…" is the office's number; "联系我的律师 135…" someone else's: the
			// number must follow at once.
			if strings.HasPrefix(rest, "们") || strings.HasPrefix(rest, "們") {
				continue
			}
			// "回电话打…" asks the office to call the writer back: a neighbour the sentence is about
			// does not make it theirs ("楼下天天烧烤 回电话打186…").
			if w := l[m[0]:m[1]]; (contains(w, "回电") || contains(w, "回電")) &&
				(notice.MatchString(lastSentence(l[:m[0]])) || flyer.MatchString(lastSentence(l[:m[0]])) ||
					!quickre.ContainsAny(w, "打拨撥") && aboutSomeone.MatchString(lastSentence(l[:m[0]])) ||
					strings.HasPrefix(strings.TrimLeft(rest, "0123456789 -"), "之类")) {
				continue // a flyer's and a neighbour's note's "请回电…", quoted in the writer's sentence
			}
			if w, c := l[m[0]:m[1]], strings.TrimLeft(lastClause(l[:m[0]]), "，,。；;！!？?：: \t"); (strings.HasPrefix(w, "请") || strings.HasPrefix(w, "請") || strings.HasPrefix(w, "可")) &&
				!contains(w, "我") && !contains(w, "本人") && !askPreamble.MatchString(c) && !strings.HasPrefix(c, "本人") && !strings.HasPrefix(c, "我") {
				continue // a flyer's "开锁请联系138…": the writer asks nothing; not "本人日間可致電…"
			}
			if t := titledBefore.FindString(rest); t != "" {
				rest = rest[len(t):] // "有咩打我电话 麦小姐 138…": the writer, as they call themselves
			} else if n := namedBefore.FindStringSubmatchIndex(rest); n != nil && endsInColon(l[m[0]:m[1]]) && chineseName(rest[n[2]:n[3]]) {
				rest = strings.TrimLeft(rest[n[3]:], " \t") // "有事打我电话吧：龚玲 156…": the writer's name, then the number
			}
			if p := phoneAtOnce(rest); p != "" && !serviceLine(p) &&
				!forSomeoneElse.MatchString(strings.TrimLeft(rest, "0123456789 -+()（）０１２３４５６７８９－")) {
				return p
			}
		}
	}
	return ""
}

// titledBefore is a surname and a title between the words asking to call the writer and the number.
var titledBefore = quickre.MustCompile(`^[ \t]*\p{Han}{1,2}(?:小姐|女士|先生|太太)[ \t]+`)

// namedBefore is a name between a colon after the words asking to call the writer and the number.
var namedBefore = quickre.MustCompile(`^[ \t]*(\p{Han}{2,3})[ \t]+\+?\d`)

// endNumber is a mobile number the mail ends with, after a space and no word that labels it or
// says whose it is: "3-2-401 又停水了 能不能提前通知一声 13776508821", typed on a phone; "" when
// the mail ends otherwise, or the words of its clause are about someone (a tradesman's number
// the writer passes on).
func endNumber(text string) string {
	text = strings.TrimRight(text, " \t\r\n。.！!")
	if t := strings.TrimSuffix(text, "谢谢"); t != text && strings.IndexFunc(lastRunes(t, 1), unicode.IsDigit) == 0 {
		text = t // "…电话13366554433谢谢", typed without a stop
	}
	if m := endLabelled.FindStringSubmatchIndex(text); m != nil && m[0] > 0 && (quickre.ContainsAny(text[m[0]-1:m[0]], " \t") || lastRunes(text[:m[0]], 1) == "\u3000" ||
		!quickre.ContainsAny(text[:m[0]], "，。,.；;！!？?\n")) {
		// After a space, or stuck to the words of a run-on typed without a stop ("…质量好点的电话133…").
		// "…多收了 麻烦退钱 电话18576630214": the number after its label ends the mail.
		// Words about someone come right before their number ("楼上那家的 电话…"), not at the start
		// of a long run-on the number ends ("…楼上802天天晚上…麻烦尽快处理一下电话159…").
		if before := runOnTail(text[:m[0]]); before != "" && !aboutSomeone.MatchString(lastRunes(before, 12)) && !introducesSomeone.MatchString(lastRunes(before, 12)) &&
			!quoted(before) {
			return text[m[2]:m[3]]
		}
	}
	m := endMobile.FindStringSubmatchIndex(text)
	if m == nil {
		return ""
	}
	before := lastClause(text[:m[2]])
	line := text[strings.LastIndexByte(text[:m[2]], '\n')+1 : m[2]]
	f := strings.Fields(line)
	if c := strings.Fields(before); len(c) > 3 {
		// A clause typed with spaces for its stops: its last words run up to the number ("…打柜
		// 子上贴的客服电话956036 一直排队 … 麻烦你们调一下监控看看谁拿走的 182…").
		before = strings.Join(c[len(c)-2:], " ")
	} else if len(c) == 3 && len(f) == 3 && ownFlatWord(f[0]) && addressPart(f[0]) == f[0] {
		// "9-1-301 楼上天天漏水 报了三次了什么时候来修 186…": a line begun by the writer's flat, the
		// words about the flat above before the last ones.
		before = c[2]
	}
	// The words of the complaint run up to it: not a name before it ("老周 138…", "吕 139…").
	if len(f) == 0 {
		return ""
	}
	// A short word that is no name ends the complaint's words too ("…赶紧修 138…"), and a cry for
	// help a short text ends with ("漏水 快来人 138…").
	last := f[len(f)-1]
	// Not what is wrong after the writer's flat: "6-1-302 暖气不热 130…".
	afterFlat := len(f) == 2 && ownFlatWord(f[0]) && addressPart(f[0]) == f[0]
	short := utf8.RuneCountInString(last) < 5 && (len(f) < 3 && !plea.MatchString(last) && !afterFlat || surnamed(last) || callName(last) || familiar.MatchString(last) || !hanOnly(last))
	if word := strings.TrimRight(last, "！!。？?～~"); short && word != last && len(f) > 2 && hanOnly(word) && !surnamed(word) && !callName(word) {
		short = false // "…能不能给个准话到底哪天到 急！！ 138…": a cry, no name
	}
	// "…9栋102 13758241095": the writer's flat before it, as a run-on's foot gives it.
	flatBefore := len(f) > 2 && addressLine(last) && addressPart(last) == last && !bareFlat.MatchString(last)
	if flatBefore {
		before = last
	}
	if !flatBefore && (short || digitCount(last) > 0) || callWords.MatchString(before) ||
		aboutSomeone.MatchString(before) || numberWords.MatchString(before) || quoted(text[:m[2]]) {
		return ""
	}
	return text[m[2]:m[3]]
}

// plea is a cry for help or haste that ends a short text before its number.
var plea = quickre.MustCompile(EitherScript(`^(?:快来人|快来|快点|速来|急|急急急|救命|尽快|赶紧|赶紧来|麻烦了|谢谢)[！!。]*$`))

// endLabelled is a mobile number at the end of a text typed on a phone, stuck to its label, after a
// space or the words before it ("…能不能换个质量好点的电话13366554433").
var endLabelled = quickre.MustCompile(EitherScript(`(?:联系电话|电话|手机号码|手机号|手机)[:：]?(` + mobileDigits + `)$`))

// callWords ask to call or find someone: a number after them is read by the sentences' rules.
var callWords = quickre.MustCompile(EitherScript(`找|联系|联络|问|打|拨|致电|助理|秘书|call|contact`))

// endMobile is a mobile number at the end of a text, after a space: a mainland one, Taiwan's
// ("0922-333-444") or Hong Kong's and Macau's ("6123 4567").
var endMobile = quickre.MustCompile(`[ \t\x{3000}](` + mobileDigits + `|09\d{2}-?\d{3}-?\d{3}|(?:\+?85[23][\s-]?)?[569]\d{3}[\s-]?\d{4})$`)

// numberWords label a number or say what it is for: a number after them is read by the labels'
// rules, or is no one's to call.
var numberWords = quickre.MustCompile(EitherScript(`电话|手机|号码|热线|座机|微信|QQ|订单|单号|卡号|编号|tel|phone|mobile`))

// household are the people of the writer's own home whose number they give to be reached by
// ("有事联系我老公…", "打我儿子的手机…", "我家保姆电话…").
var (
	householdWords = []string{"父母", "爸妈", "公婆", "老人", "奶奶", "爷爷", "外婆", "外公", "老公", "老婆", "爱人", "丈夫",
		"先生", "太太", "妻子", "媳妇", "儿子", "女儿", "孩子", "妈妈", "妈", "母亲", "爸爸", "爸", "父亲", "保姆", "阿姨", "家人",
		"家里人", "家属", "家里", "弟弟", "哥哥", "姐姐", "妹妹"}
	household = `(?:` + strings.Join(householdWords, "|") + `)`
	// householdEnds are householdWords in either script, by their last character: a line
	// without one is passed over before the patterns run.
	householdEnds = byLastRune(inEitherScript(householdWords))
)

// inEitherScript is words and their Traditional forms.
func inEitherScript(words []string) []string {
	out := slices.Clone(words)
	for _, w := range words {
		t := strings.Map(func(r rune) rune {
			if forms, ok := traditional[r]; ok {
				r, _ = utf8.DecodeRuneInString(forms)
			}
			return r
		}, w)
		if t != w {
			out = append(out, t)
		}
	}
	return out
}

// householdBefore is a household member of the writer's before the number to reach them on,
// their name between ("联系我弟弟王军，电话135…"); householdAfter the number before "联系我爱人".
var (
	householdBefore = quickre.MustCompile(EitherScript(`(?:(?:打|拨打|致电)` + household + `(?:的)?(?:家里|家)(?:的)?(?:座机|固话|电话)|` +
		`我家?(?:的)?` + household + `[ \t]*[^\P{Han}的之]{2,3}[，,]?[ \t]*(?:他的|她的)?(?:联系电话|电话|手机|手机号)(?:号码|号)?|` +
		`我家?(?:的)?` + household + `(?:的)?(?:家里|家)?(?:的)?(?:联系)?(?:电话|手机|手机号|号码|联系方式|座机|固话)?(?:号码|号)?` +
		`(?:[，,][ \t]*(?:电话|手机)(?:号码|号)?)?|` + // "有事请联系我爱人，电话 135…"
		`打家里(?:的)?(?:电话|座机|固话)?)[ \t]*(?:是|为)?[ \t]*[:：]?[ \t]*`))
	householdAfter = quickre.MustCompile(EitherScript(`(?:打|拨打|拨|致电)[ \t]*([+\d][\d \t()（）+-]{6,}\d)[ \t]*[，,]?(?:联系|找)我家?(?:的)?` + household))
)

// householdLines are the lines of text read for a contact that may speak of the writer's
// household: with "我" and a household word.
func householdLines(text string) []string {
	var out []string
	for i, l := range strings.Split(text, "\n") {
		if i >= Lines {
			break
		}
		if (contains(l, "我") || contains(l, "打家里")) && containsAnyWord(l, householdEnds) {
			out = append(out, l)
		}
	}
	return out
}

// householdPhone is the number of someone at the writer's home that the writer gives to be
// reached by, when they give none of their own: a clerk calls it ("我上班不方便接电话，有事联系我老
// 公138…"). Quoted words, a dead number and anyone else's ("她儿子电话…", "我家孩子的老师电话…")
// give none. "" when there is none.
func householdPhone(text string) string {
	for _, l := range householdLines(text) {
		for _, m := range householdBefore.FindAllStringIndex(l, perLine) {
			rest := l[m[1]:]
			if quoted(l[:m[0]]) || deadNumber.MatchString(clause(rest)) || calledNumber.MatchString(clause(rest)) || mineRather.MatchString(sentenceFrom(rest)) {
				continue
			}
			if p := phoneAtOnce(rest); p != "" && !serviceLine(p) {
				return p
			}
		}
		for _, m := range householdAfter.FindAllStringSubmatchIndex(l, perLine) {
			if quoted(l[:m[0]]) {
				continue
			}
			if p := phoneAtOnce(l[m[2]:m[3]]); p != "" && !serviceLine(p) {
				return p
			}
		}
	}
	return ""
}

// mineRather asks, after a relative's number, to be called on the writer's own instead: "我母亲家里的
// 座机是010-…，不过她耳朵不太好，接电话经常听不清，尽量打我手机".
var mineRather = quickre.MustCompile(EitherScript(`(?:尽量|还是|最好|优先|请|麻烦)(?:直接)?(?:打|拨|联系)我(?:的)?(?:手机|电话)`))

// sentenceFrom is s up to the end of its first sentence.
func sentenceFrom(s string) string {
	if i := strings.IndexAny(s, "。！？!?\n"); i >= 0 {
		return s[:i]
	}
	return s
}

// householdHome is a household member of the writer's and where they live: "我爸住3栋501",
// "我妈家在5栋", "我爷爷王福生住在…" (their name in group 1), "我妈妈 刘素珍 一个人住在 …",
// "我父亲独自住在…", "我父亲黄宝山今年78岁，一个人住在…".
var householdHome = quickre.MustCompile(EitherScript(`我家?(?:的)?` + household + `[ \t]*(?:一个人|独自)?(\p{Han}{2,3})?[ \t]*` +
	`(?:[，,]?(?:今年)?(?:已经)?\d{2,3}(?:岁|歲)(?:了)?[，,]?[ \t]*)?(?:一个人|独自)?(?:家)?(?:住在|住|家住|家在)[ \t]*`))

// householdAddress is the home of someone of the writer's household that the writer writes
// for ("我爸住3栋501，他不会用邮箱，我帮他反映一下"), when they give no address of their own; ""
// when there is none.
func householdAddress(text string) string {
	for _, l := range householdLines(text) {
		for _, m := range householdHome.FindAllStringSubmatchIndex(l, perLine) {
			if m[2] >= 0 && !chineseName(l[m[2]:m[3]]) {
				continue // "我妈以前住…": not their name, and no home of theirs now
			}
			rest := l[m[1]:]
			rest = rest[len(yourEstate.FindString(rest)):] // "住在你们管理的金桂园5栋…"
			part := addressPart(rest)
			if part == "" || quoted(l[:m[0]]) || !homeStart.MatchString(part) || quickre.ContainsAny(part, "，,。；;的") ||
				placeBeside.MatchString(rest[len(part):]) || nearby.MatchString(part) || otherParty.MatchString(part) ||
				lodged(part) || venue.MatchString(part) && !homeRoom.MatchString(part) {
				continue
			}
			return part
		}
		// "我妈罗桂兰在南湖市场干货区5号摊位卖干货": the stall they keep.
		if m := householdStall.FindStringSubmatch(l); m != nil && !quoted(l[:strings.Index(l, m[0])]) && (m[1] == "" || chineseName(m[1])) {
			return strings.TrimSpace(m[2])
		}
	}
	return ""
}

// householdStall is a household member of the writer's and the stall, booth or shop they keep:
// "我妈罗桂兰在南湖市场干货区5号摊位卖干货" (their name in group 1, the stall in group 2).
var householdStall = quickre.MustCompile(EitherScript(`我家?(?:的)?` + household + `[ \t]*(\p{Han}{2,3}?)?[ \t]*(?:一直|现在|目前)?在` +
	`([^，。；！？,;!?\n的]{2,30}?\d[0-9A-Za-z\-]*号?(?:摊位|档口|铺位|展位|摊|档|铺))(?:卖|开|经营|做|摆)`))

// homeStart is an address that begins at once: a number, or an estate's name before it.
var homeStart = quickre.MustCompile(`^[\p{Han}A-Za-z]{0,8}[ \t\x{3000}]*\d`)

// flyer are the words of a flyer or a sign a writer quotes, beside notice's (传单, 纸条).
var flyer = quickre.MustCompile(EitherScript(`广告|贴纸|招牌|牌子`))

// englishSentence is the end of s from its last English full stop: a sentence of English words.
func englishSentence(s string) string {
	ss := sentencesOf(s)
	return ss[len(ss)-1]
}

// englishI is the writer speaking of themself in an English sentence.
var englishI = quickre.MustCompile(`\b(?:I|I'm|I’m|me|myself)\b`)

// reportedWords say that what follows in the sentence is someone else's note or words.
var reportedWords = quickre.MustCompile(`(?i)\b(?:says?|said|wrote|writes|note|notice|sign|poster|flyer|card)\b`)

// askPreamble is what may stand before "请打…" in the writer's request to be called: nothing,
// "有事", "来电" ("来电请打：0351-…"), "如需核实", "如有疑问", "麻烦", "方便的话", "其餘時間".
var askPreamble = quickre.MustCompile(EitherScript(`^(?:有事|来电|如需\S{0,4}|如有\S{0,4}|麻烦|烦请|方便(?:的话|时)?|随时|也|找我(?:本人)?|(?:处理|维修)?(?:结果|进度)|处理完|修好(?:后|了)?|` +
	`(?:其余|其餘|其他|别的|別的)(?:时间|時間)|平时|平時|白天|晚上|下班后|下班後|工作日|周末|週末)?$`))

// callsWriter ends the words before "本人…电话" that ask to call the writer: "请致电", "联系".
var callsWriter = quickre.MustCompile(EitherScript(`(?:致电|打|拨打|拨|联系|联络|找|打给)$`))

// forSomeoneElse begins the words after a number that say whom it reaches, someone other than
// the writer: "请打138…找保安队长", "…联系王经理".
var forSomeoneElse = quickre.MustCompile(EitherScript(`^(?:找|问|联系|联络)[^我，,。；;！!？?\s]`))

// numberForMe is a number the writer asks to be called on, said before the words: "请打139…联系我",
// "有事138…找我就行", "注册手机188 0573 2266，请联系我"; not "…联系我们", nor "…联系我爱人" (someone else's); "" when l has none.
func numberForMe(l string) string {
	if !slices.ContainsFunc(forMeWords, func(w string) bool { return contains(l, w) }) {
		return ""
	}
	for _, m := range forMe.FindAllStringSubmatchIndex(l, perLine) {
		before := l[:m[0]]
		if quoted(before) || deadNumber.MatchString(lastClause(before)) || calledNumber.MatchString(l[m[2]:]) {
			continue
		}
		if lead := lastClause(before); m[4] >= 0 && (otherParty.MatchString(lead) || aboutSomeone.MatchString(lead) || introducesSomeone.MatchString(lead)) {
			continue // "店长电话139…，请联系我" asks to be called back, but not on the shop's number
		}
		if p := phoneAtOnce(l[m[2]:m[3]]); p != "" && !serviceLine(p) {
			return p
		}
	}
	return ""
}

// forMeWords are the words of which every match of forMe has one.
var forMeWords = []string{"找我", "搵我", "给我", "給我", "系我", "係我", "繫我", "络我", "絡我", "系本人", "係本人", "繫本人", "络本人", "絡本人", "与我联", "與我聯", "和我联", "和我聯", "跟我联", "跟我聯"}

// forMe is a number followed by the words asking to be called on it, the number in its group, a
// comma between in the second.
var forMe = quickre.MustCompile(EitherScript(`([+\d０-９][\d\s\-()+０-９]{5,22}[\d０-９])(\s*[，,]\s*(?:请|麻烦)?)?\s*(?:联系我|联络我|打给我|找我|搵我|联系本人|联络本人|(?:与|和|跟)我(?:联系|联络))` +
	`(?:$|[\s，,。.；;！!？?）)]|就|即|吧|都|也|好|谢)`))

// quoted tells whether text before a phrase leaves it inside someone else's words: an open
// quotation mark, or a verb of saying before a colon or a quotation mark.
func quoted(before string) bool {
	return openQuote(before) || saidColon.MatchString(before) || saidJust.MatchString(before) && !talkTo.MatchString(before) && !askReply.MatchString(before) || saidInClause(before)
}

// openQuote tells words before a phrase that open a quotation they do not close.
func openQuote(before string) bool {
	return strings.Count(before, "「")-strings.Count(before, "」") > 0 ||
		strings.Count(before, "“")-strings.Count(before, "”") > 0 ||
		strings.Count(before, "\"")%2 == 1 || strings.Count(before, "『")-strings.Count(before, "』") > 0
}

// askReply ends the writer's asking for an answer, no one's words: "麻烦尽快给我回复".
var askReply = quickre.MustCompile(EitherScript(`(?:给我|尽快|请|麻烦)(?:回复|答复)\s*$`))

// toOffice begins the writer's words to the office: "你们物业…", "贵中心…".
var toOffice = quickre.MustCompile(EitherScript(`^(?:你们|您们|物业|贵)`))

// saidInClause tells someone else's words reported in the clause a phrase ends without a colon
// or quotation marks: "你们管家说有事联系我…", not the writer's "我跟他说有事联系我…".
func saidInClause(before string) bool {
	last := strings.TrimLeft(lastClause(before), "，,。；;！!？? \t")
	if firstPersonStart.MatchString(last) {
		return false
	}
	// A run-on typed with spaces for its stops: the writer's own phrase after what staff said
	// ("…店长又说找总部 … 我是你们会员苗青 会员号就是我手机号…").
	if words := strings.Fields(last); len(words) > 2 {
		for i := len(words) - 1; i > 0 && !saidBy.MatchString(words[i]); i-- {
			// The writer's "我…", or their words to the office ("你们物业到底管不管").
			if firstPersonStart.MatchString(words[i]) || toOffice.MatchString(words[i]) {
				return false
			}
		}
	}
	for _, m := range saidBy.FindAllStringIndex(last, 4) {
		// Not "说明" (an explanation), "说法" (an answer: "物业给个说法") nor "说过" (what the
		// writer said before).
		// Nor the writer's asking the office to talk to someone ("麻烦物业上去跟他们说一下"), nor
		// what someone said far back in a run-on typed without a stop.
		if utf8.RuneCountInString(last[m[1]:]) > 30 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(last[m[1]:])
		if p, _ := utf8.DecodeLastRuneInString(last[:m[0]]); strings.ContainsRune("跟和给給向对對找", p) || r == '一' || r == '说' || r == '說' {
			continue
		}
		if r != '明' && r != '法' && r != '过' && r != '過' && !officeAsked.MatchString(last[m[1]:]) {
			return true
		}
	}
	return false
}

// officeAsked is the writer asking the office again after what someone said, in words typed
// without a stop: "…他还骂人说这地又不是你家的请管理办来看看…", "…保安说要找你们调监控麻烦尽快帮
// 我们查一下…".
var officeAsked = quickre.MustCompile(EitherScript(`请(?:管理|物业|你们|贵)|麻烦(?:你们|物业|管理|尽快|帮)|希望(?:物业|管理|你们)|你们(?:管理|物业)`))

// saidBy is someone else saying something: a member of staff, a tradesman, a neighbour.
var saidBy = quickre.MustCompile(EitherScript(`(?:管家|师傅|保安|物业|客服|前台|工作人员|经理|他|她|对方|邻居|房东)[^，。,]{0,4}(?:说|讲)`))

// firstPersonStart begins a clause of the writer's own: "我跟他说…", "本人告知…".
var firstPersonStart = quickre.MustCompile(EitherScript(`^(?:所以|然后|于是|因此|但是|可是|不过|而且|现在)?(?:我|本人)`))

// saidJust is a verb of saying right before the words it reports: "楼上那户说我的电话是…".
var saidJust = quickre.MustCompile(EitherScript(`(说|說|告诉我|告訴我|表示|回复|回覆|讲|講)\s*$`))

// talkTo ends a request to go and talk to someone, or a "then we'll see" ("先把服务搞好再说"): no
// one's words: "请你们去说说".
var talkTo = quickre.MustCompile(EitherScript(`(?:说说|说一说|去说|去讲|说一下|再说)\s*$`))

// saidColon is someone's words reported after a colon: "师傅说：", "管家回复我说：", "发来短信：";
// not a label's "简要说明：".
var saidColon = quickre.MustCompile(EitherScript(`说(?:[^明，。,.:：][^，。,.]{0,5})?[:：]|(回复|回覆|表示|讲|講|写|寫|写着|寫著|短信|簡訊|微信|told me|said)[^，。,.]{0,6}[:：]`))

// clause is text up to the end of its clause, of 300 bytes at most: no one writes a longer one.
func clause(s string) string {
	if len(s) > 300 {
		s = strings.ToValidUTF8(s[:300], "")
	}
	if i := strings.IndexAny(s, "，。；！？,;!?"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i] // an English sentence's end
	}
	if i := strings.Index(s, " - "); i >= 0 && i+3 < len(s) && unicode.IsLetter(rune(s[i+3])) {
		s = s[:i] // "+86 152… - the German mobile in my signature does not work in China": a dash's aside
	}
	return s
}

// deadNumber is a number said to be wrong or no longer in use, or one its owner does not hear.
var deadNumber = quickre.MustCompile(EitherScript(`(?i)错|錯|停机|停機|停用|不用|不开机|很少开机|接不到|听不见|聽不見|听不清|聽不清|坏了在修|最近坏了|注销|註銷|空号|空號|作废|作廢|换了|wrong|cancel|no longer|not in use|unreachable|not reachable|poor (?:roaming )?(?:coverage|reception|signal)|no signal|doesn't work|does not work|doesn’t work`))

// oldOneDead says the old number, not the one before it, is dead: "之前那个不用了", "原来的号停机了".
var oldOneDead = quickre.MustCompile(EitherScript(`(?:之前|以前|原来|原先|旧)(?:那个|的)?(?:号码|号|手机|电话)?(?:已经)?(?:不用|停机|停用|注销|作废|打不通)`))

// numberKind is the kind of line a value's number is before it: "市话", "座机", "手机".
var numberKind = quickre.MustCompile(EitherScript(`^(?:市话|座机|固话|宅电|手机|家里电话|办公室电话)[:：]?[ \t]*`))

// phoneIn is the phone number at the start of a labelled value, in ASCII digits: "１３８…"
// typed in full width, "138…（微信同号）", "138…/0571-…" (the first), "138…，有事请打"; "" when
// the value starts with none.
func phoneIn(value string) string {
	value = phoneDashes.Replace(width.Fold.String(strings.TrimSpace(value)))
	if loc := numberKind.FindStringIndex(value); loc != nil {
		value = value[loc[1]:] // "市話(02)2771-3456，手機0933-…": the kind of line, then its number
	}
	if m := ocrNumber.FindString(value); m != "" && digitCount(m) >= 7 {
		// A scanned letter read by a program that takes 1 and 0 for l and O: "l39 5l7O 2289".
		value = ocrDigits.Replace(m) + value[len(m):]
	}
	p := leadingPhone.FindString(value)
	if p == "" {
		// After a name: "联系方式：王女士 138…", "联系人：王先生（138…）"; not a QQ or WeChat number.
		if m := namedPhone.FindStringSubmatchIndex(value); m != nil && !chatAccount.MatchString(value) {
			at := m[2]
			if at > 0 && value[at-1] == '(' && areaInBrackets.MatchString(value[at:]) {
				at-- // "陈浩 (020)3886 1234 转 8012": the area code in its brackets
			}
			value = value[at:]
			p = leadingPhone.FindString(value)
		}
	}
	whole := false // a mobile number in full
	if m := mobile.FindString(p); m != "" && !strings.HasPrefix(p[len(m):], "-") {
		// A mobile number in full ends there: what follows is other words' ("138… 3号楼",
		// "138… 2026年3月5日").
		p, whole = m, true
	}
	if i := strings.LastIndexByte(p, ' '); i > 0 && !whole {
		// A last group run into words ("0571-86001234 8:30-17:30", "86001234 2栋前台") is theirs;
		// not one before its extension ("021-5298 6617转8023").
		if r, _ := utf8.DecodeRuneInString(value[len(p):]); r == ':' || unicode.IsLetter(r) && r != '转' && r != '轉' {
			p = strings.TrimSpace(p[:i])
		}
	}
	ext := "" // an extension after a dash
	if digitCount(p) > 15 {
		// Two numbers one after the other ("138… 139…", "138…-139…"): the first.
		if m := mobile.FindString(p); m != "" {
			p = m
		} else if m := landlineExtension.FindStringSubmatch(p); m != nil {
			p, ext = m[1], " 转"+m[2] // "0512-6558 0321-8016": a landline in groups, then its extension
		} else {
			p = strings.Fields(p)[0]
		}
	}
	if n := digitCount(p); n < 7 || n > 15 { // a piece of a number cut short, an ID card's or a bank card's
		return ""
	}
	if chatAfter.MatchString(value[len(p):]) && !mobile.MatchString(p) {
		// "913822456（QQ）": a QQ number; "138…（微信）" is a mobile that is also the WeChat
		// account.
		return ""
	}
	if ext != "" {
		return p + ext
	}
	if ext := phoneExtension.FindString(value[len(p):]); ext != "" {
		p += " " + strings.TrimSpace(ext)
	}
	return p
}

// landlineExtension is a landline with its area code, its number in two groups, then a dash
// and an extension.
var landlineExtension = quickre.MustCompile(`^(0\d{2,3}[- ]?\d{3,4}[ -]?\d{4})-(\d{1,5})$`)

// ocrNumber is a number with the letters l, I, O or o among its digits, as a scanned page is
// misread; ocrDigits puts the digits back.
var (
	ocrNumber = quickre.MustCompile(`^[0-9lIOo][0-9lIOo -]{5,}[0-9lIOo]\b`)
	ocrDigits = strings.NewReplacer("l", "1", "I", "1", "O", "0", "o", "0")
)

// chatAfter is a QQ or WeChat account's name after its number: "913822456（QQ）", "…QQ号";
// not "138…（微信同号）", a phone that is also the WeChat account.
var chatAfter = quickre.MustCompile(`(?i)^\s*[(（]?\s*(qq|微信|weixin|wechat)\s*([^同\s]|$)`)

// namedPhone is a name of a few letters before a phone number, apart from it.
var namedPhone = quickre.MustCompile(`^(?:[^\d\s(（:：]{1,6}\s+)?[^\d\s(（:：]{1,6}[\s(（]+([+(]*\d)`)

// areaInBrackets is an area code in brackets, its opening one left out, then the number: "020)3886".
var areaInBrackets = quickre.MustCompile(`^0\d{1,3}\)\s?\d`)

// phoneExtension is an extension after a number: "转8001", "ext. 12", "分机 3".
var phoneExtension = quickre.MustCompile(`^\s*(转|轉|分机|分機|内线|內線|內綫|ext\.?|x|#)\s*\d{1,6}`)

// hasDigit tells whether s holds a digit, as a phone number is read: 0-9, in full width or not.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; '0' <= c && c <= '9' || c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && 0x90 <= s[i+2] && s[i+2] <= 0x99 {
			return true
		}
	}
	return false
}

func digitCount(s string) int { return len(asciiDigits(s)) }

// phoneDashes are the dashes Japanese and Mac keyboards type in a number that width.Fold leaves.
var phoneDashes = strings.NewReplacer("−", "-", "‐", "-", "‑", "-", "–", "-")

// leadingPhone is a phone number at the start of a text: digits, with a country code, an area
// code in brackets ("(852)", "+86 (0)21"), dashes, dots and spaces between them; a bracket that
// holds no code ("（18点后）") ends it.
var leadingPhone = quickre.MustCompile(`^(?:\(\+?\d{1,4}\)|\+?\d)(?:[\d+\-. ]|\(\d{1,4}\))*\d`)

// mobile is a Chinese mobile number at the start of a phone number, with its country code or
// not, written whole or in groups ("138 1234 5678", "+86-138-1234-5678").
var mobile = quickre.MustCompile(`^` + mobileDigits)

// mobileDigits is a mainland mobile number, maybe after the country's code, its groups apart by
// spaces or dashes: "138 1234 5678", "+86-139-1234-5678", "13510 762 458".
const mobileDigits = `(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}`

// chatAccount is a QQ or WeChat account given as contact, which is no phone number.
var chatAccount = quickre.MustCompile(`(?i)^(qq|微信|weixin|wechat|wx|vx)`)

// besideOwnName is the place a writer gives beside their own name in a sentence: in brackets
// after it ("本人是御湖山庄的业主梅若兰（18栋）" with the estate before, "殷志华（海棠湾业委会委员，
// 10栋1单元803）"), or in the clause after the one that names them ("我郑伟，半岛花园3幢502。",
// "叫葛秀兰，长青小区4号楼3门201的老住户了"); "" when it gives none.
func besideOwnName(text, name string) string {
	if !chineseName(name) {
		return ""
	}
	for i, l := range strings.Split(text, "\n") {
		if i >= Lines {
			break
		}
		for at := 0; at < len(l); {
			j := strings.Index(l[at:], name)
			if j < 0 {
				break
			}
			start, end := at+j, at+j+len(name)
			at = end
			if inside, ok := openBracket(l[end:]); ok {
				for _, part := range strings.FieldsFunc(inside, func(r rune) bool { return strings.ContainsRune("，,、；;", r) }) {
					// "吳宗憲（店址：台中市西屯區文華路100號1樓）": the place after its label.
					p, _ := afterShortLabel(strings.TrimSpace(part), 4)
					if ownPlace(p) {
						if m := estateOfOwner.FindStringSubmatch(l[:start]); m != nil && !strings.ContainsFunc(p[:1], unicode.IsLetter) {
							return m[1] + p // "御湖山庄的业主梅若兰（18栋）"
						}
						return p
					}
				}
				continue
			}
			rest, ok := strings.CutPrefix(l[end:], "，")
			if !ok {
				rest, ok = strings.CutPrefix(l[end:], ",")
			}
			if !ok || !selfNaming.MatchString(lastClause(l[:start])) {
				continue
			}
			next := rest[:max(0, strings.IndexAny(rest, "，。；！？,;!?"))]
			if !quickre.ContainsAny(rest, "，。；！？,;!?") {
				next = rest
			}
			p := strings.TrimSpace(ownerWords.ReplaceAllString(next, ""))
			if p = strings.TrimSpace(placeVerb.ReplaceAllString(p, "")); ownPlace(p) && (flatEnd.MatchString(p) || buildingEnd.MatchString(p)) {
				return p
			}
		}
	}
	return ""
}

// openBracket is what the brackets s begins with hold.
func openBracket(s string) (string, bool) {
	for _, pair := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if inside, ok := strings.CutPrefix(s, pair[0]); ok {
			if end := strings.Index(inside, pair[1]); end > 0 && !quickre.ContainsAny(inside[:end], "(（") {
				return inside[:end], true
			}
		}
	}
	return "", false
}

// ownPlace is a part of a sentence that is an address and nothing else, and not one beside
// the writer's ("楼上1802").
func ownPlace(p string) bool {
	return addressLine(p) && addressPart(p) == p && !nearby.MatchString(p) && !otherParty.MatchString(p) &&
		!lodged(p) && !dayOfMonth.MatchString(p)
}

// selfNaming is the clause in which a writer names themselves, up to their name: "我", "我是",
// "我叫", "叫" (after "我姓葛，"), "本人".
var selfNaming = quickre.MustCompile(EitherScript(`^[，,。；;！!？?\s]*(?:我|我是|我叫|叫|本人)\s*$`))

// workedAt is what follows where a writer says they work: "办公" of "我在汇金大厦1902办公".
var workedAt = quickre.MustCompile(EitherScript(`^(?:办公|上班)$`))

// shopOpened is what follows where a shopkeeper says they keep their shop: "开理发店", "开了一家店".
var shopOpened = quickre.MustCompile(EitherScript(`^开了?(?:一家|一个|个|家)?\p{Han}{0,6}(?:店|铺|档)`))

// firstWord is s up to its first space: "方桂琴" of "方桂琴 你们那个垃圾站…".
func firstWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return w
}

// runOnClause is the clause before a phrase of line l: the words after the last stop of before,
// or, in a line typed with spaces for its stops ("…我叫戴红梅 住9号楼1单元2202 手机是183…"), its
// last n words.
func runOnClause(l, before string, n int) string {
	if quickre.ContainsAny(l, "，。；！？,;!?") || !quickre.ContainsAny(before, " \t") {
		return lastClause(before)
	}
	words := strings.Fields(before)
	return strings.Join(words[max(0, len(words)-n):], " ")
}

// greetingEnd is a greeting at the end of the words before a phrase: "物业你好".
var greetingEnd = quickre.MustCompile(EitherScript(`^.{0,12}(?:你好|您好|你们好|您们好)\s*$`))

// placeVerb begins a clause giving the writer's flat: "房产为", "住在", "家是".
var placeVerb = quickre.MustCompile(EitherScript(`^(?:房产|房子|住址|地址|家|我家)?(?:为|是|在|住在|住)`))

// ownerWords end a clause giving the writer's flat: "…的老住户了", "…的业主".
var ownerWords = quickre.MustCompile(EitherScript(`(?:的|嘅)(?:老)?(?:业主|住户|租户|居民|业户)(?:了|啊|呀)?$`))

// estateOfOwner is the estate a writer owns in, before their name: "御湖山庄的业主".
var estateOfOwner = quickre.MustCompile(EitherScript(`(?:^|[，,。；;\s是])([^\s，,。；;是的嘅\d]{2,8})(?:的|嘅)(?:业主|住户|租户)$`))

// loneNumber is the one phone number the writer's own words give, after a phone's label, when
// they give no other and the words before the label say nothing of whose it is: "…今天一定要来人
// 电话15915367208 我一直在档口", "如需聯繫，手機0958-302-615（晚上比較方便）", "上门前请先打电话
// 预约：137…". A second number anywhere in the words, a number of a sentence about someone else
// ("我住的楼上那户，电话…", "我妈…，手机号…"), after another's name ("小刘 电话…"), the office's or
// a notice's, one said to be dead or called in vain, or a service line gives none: "". writer is
// the writer's name.
func loneNumber(text, writer string) string {
	found := ""
	for i, l := range strings.Split(text, "\n") {
		if !quickre.ContainsAny(l, "0123456789０１２３４５６７８９") {
			continue
		}
		f := phoneDashes.Replace(width.Fold.String(l))
		for _, m := range numberRun.FindAllStringIndex(f, perLine) {
			if m[0] > 0 && wordByte(f[m[0]-1]) || m[1] < len(f) && wordByte(f[m[1]]) {
				continue // a code's digits: "GD20240712-033", "A2-35"
			}
			p := phoneIn(f[m[0]:])
			if p == "" || !isPhone(p) || digitCount(p) < 8 || containsAny(f[:m[0]], "号", "號", "单", "單", "合同") && codeLabel.MatchString(f[:m[0]]) {
				continue // "卡号是 00318872、00318873": a card's number, an order's
			}
			if found != "" {
				if PhoneKey(p) != PhoneKey(found) {
					return "" // two numbers: which is theirs is for the rules that read their words
				}
				continue
			}
			if i >= Lines {
				return ""
			}
			before, after := f[:m[0]], clause(f[m[1]:])
			runOn := !quickre.ContainsAny(f, "，。；！？,;!?")
			if w := strings.Fields(after); len(w) > 1 && runOn {
				after = w[0] // a line typed with spaces for its stops: "电话 137… 白天在摊上 有时候忙接不到…"
			}
			lab := loneLabel.FindStringSubmatchIndex(before)
			if lab == nil || serviceLine(p) || quoted(before) || someoneElses(f[m[0]:]) ||
				deadNumber.MatchString(after) || calledNumber.MatchString(p+after) {
				return ""
			}
			words := strings.TrimLeft(runOnClause(f, before[:lab[2]], 1), "，,。；;！!？?：: \t")
			sentence := words // a run-on's last words
			if !runOn {
				sentence = strings.TrimLeft(lastSentence(before[:lab[2]]), "。！？!? \t")
			}
			if w := strings.Fields(words); len(w) > 0 && (callName(w[len(w)-1]) || familiar.MatchString(w[len(w)-1])) && w[len(w)-1] != writer {
				return "" // "小刘 电话 135…": someone else's, named
			}
			if selfClause.MatchString(words) || firstPerson.MatchString(sentence) || containsAny(sentence, "我姓", "我叫", "本人") {
				found = p // "这事请直接联系我，不要老去打扰租客：手机…"
				continue
			}
			if officesNumber.MatchString(words) || aboutSomeone.MatchString(sentence) || otherPerson.MatchString(sentence) ||
				notice.MatchString(sentence) || flyer.MatchString(sentence) || containsAnyWord(sentence, householdEnds) {
				return ""
			}
			found = p
		}
	}
	return found
}

// englishNewNumber is the number an English writer says is their new one, in group 1.
var englishNewNumber = quickre.MustCompile(`(?i)\b(?:changed my (?:phone |mobile |cell )?number|my new (?:phone |mobile |cell )?number)\b[^\n]{0,120}?` +
	`\b(?:use|is|:|to)\s*(\+?\d[\d \-]{6,16}\d)`)

// codeLabel ends the words before a number that make it a card's, an order's or a contract's,
// one of a list after its label: "卡号是 ", "订单号：2025…、".
var codeLabel = quickre.MustCompile(EitherScript(`(?:卡号|单号|编号|账号|帐号|订单|工单|合同)(?:号码|号|码)?(?:是|为)?\s*[:：]?\s*(?:[0-9A-Za-z\-]+\s*[、,，/]\s*)*$`))

// numberRun is a run of digits and a phone's separators, where a phone number may stand.
var numberRun = quickre.MustCompile(`\+?\(?\d[\d \-()]{6,}\d`)

// wordByte tells a byte of a word's letters or digits beside a number, which makes it a code's.
func wordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '-' || b == '_' || b == '/'
}

// loneLabel is a phone's label right before a number, with at most a few words of booking it, of
// having forgotten it or of any way being fine between ("电话预约：", "电话忘写了 ", "打电话都
// 行"): the label in its group.
var loneLabel = quickre.MustCompile(EitherScript(`(电话|手机|手提|联系方式|门号|号码|有事请?打|(?i:tel|mobile|phone|cell|whatsapp))` +
	`(?:号码|号)?(?:预约|联系|忘写了|忘记写了|忘了写|漏写了|都行|都可以|也行)?\s*(?:是|为|係|(?i:is|no\.?|number))?\s*[:：]?\s*$`))

// officesNumber are words before a phone's label that make it the office's or a service's:
// "你们客服电话", "物业电话", "开发商电话".
var officesNumber = quickre.MustCompile(EitherScript(`你们|您们|贵|物业|客服|热线|管理处|服务中心|前台|开发商|公司|店里|店内|门店|办公室|总机|传真|(?i:office|fax|hotline)`))

// firstNumber is the first phone number in text, "" when it gives none: not a code's digits, a
// card's or an order's number.
func firstNumber(text string) string {
	f := phoneDashes.Replace(width.Fold.String(text))
	for _, m := range numberRun.FindAllStringIndex(f, -1) {
		if m[0] > 0 && wordByte(f[m[0]-1]) || m[1] < len(f) && wordByte(f[m[1]]) {
			continue // "GD20240712-033", "SR20871"
		}
		if p := phoneIn(f[m[0]:]); p != "" && isPhone(p) && digitCount(p) >= 8 && !codeLabel.MatchString(f[:m[0]]) {
			return p
		}
	}
	return ""
}

// onAnApp tells whether the line giving p says it is a WhatsApp number: a mobile, whatever its
// country ("Contact me WhatsApp +60 12-…" above the office's "Tel +60 82-…").
func onAnApp(text, p string) bool {
	for _, l := range strings.Split(text, "\n") {
		if contains(l, p) {
			return contains(strings.ToLower(l), "whatsapp")
		}
	}
	return false
}

// chinaNumber is the number an English mail labels as the writer's in China, where they write from
// abroad: "China (during fair): +86 139…" under the office's "Tel. +49…", "Sarah Whitfield - China
// mobile 186…" in a list of the team on site, "China no: 130…" below "HP: +65…"; "" when it labels
// none, or more than one, or the label is another's.
func chinaNumber(text, writer string) string {
	if !containsAny(text, "China", "china", "CHINA", "Mainland", "mainland", "during the fair", "during fair") {
		return ""
	}
	found := ""
	for _, l := range strings.Split(text, "\n") {
		m := chinaLabelled.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		before := strings.TrimSpace(l[:m[2]])
		for _, w := range strings.Fields(writer) {
			before = strings.ReplaceAll(before, w, "")
		}
		if b := strings.TrimSpace(before); strings.EqualFold(b, "my") {
			before = "" // "My mobile in China: +86 135…"
		}
		if strings.ContainsFunc(before, unicode.IsLetter) || quoted(l[:m[0]]) {
			continue // "Brian Kowalski (booth manager) - 186…": a colleague's
		}
		p := phoneIn(l[m[4]:])
		if p == "" || !isPhone(p) || found != "" && found != p {
			return ""
		}
		found = p
	}
	return found
}

// chinaLabelled is a number labelled as one in China: the label in group 1, the number in group 2.
var chinaLabelled = quickre.MustCompile(`(?i)(?:^|[\s|,;(/-])((?:china|chinese|mainland|prc)(?: (?:mobile|cell|phone|no\.?|number|sim|tel))?(?:\s*\([^()\n]{1,30}\))?|` +
	`(?:mobile|phone|number|cell) (?:in china|during the fair|during fair))\s*[:：]?\s*(\+?\d[\d \-]{6,18}\d)`)
