package contact

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/quickre"
	"golang.org/x/text/width"
)

// contactParts reads the parts of a contact given beside a name, each the writer's address or
// number, or a label before them: "住16栋", "电话：138…", "第5座18樓C室業主". ok is false when a part
// is none of them, or the flat complained of ("楼下1703室"), or someone's job ("6号楼管家").
func contactParts(parts []string) (phone, address string, ok bool) {
	for _, part := range parts {
		if relativePlace.MatchString(part) || otherParty.MatchString(part) && !workLine.MatchString(part) &&
			!addressWords.MatchString(strings.TrimPrefix(part, "住")) {
			// "楼下1703室", "隔壁2栋101": the flat complained of; "6号楼管家": someone's job.
			return "", "", false
		}
		if formKey(part) == "phone" || part == "本人" || phone != "" && (numberNote.MatchString(part) || utf8.RuneCountInString(part) == 1 && surnamed(part)) {
			// "刘明 电话 135…": the label before the number; "陆芳（本人） 150…"; "62887421（家）",
			// "138…（白天）": when and where the number reaches them; "137-…（卢）": whose it is.
			continue
		}
		if strings.ContainsFunc(part, func(r rune) bool { return r >= '０' && r <= '９' }) {
			part = width.Fold.String(part) // "１３７７７００１１２" typed in full width
		}
		// "住16栋", "家住5幢", "住址15栋601": the flat, without the words before it (a label and
		// its colon are read below).
		for _, w := range []string{"我家住", "我住在", "我住喺", "我住", "住址", "地址", "家住", "住在", "住喺", "住"} {
			if rest, ok := strings.CutPrefix(part, w); ok {
				if colon(rest) != 0 && addressWords.MatchString(rest) {
					part = rest
				}
				break
			}
		}
		// "电话：13810002000", "地址：阳光花园1号楼": a value after its label.
		key := ""
		if c := colon(part); c > 0 {
			_, n := utf8.DecodeRuneInString(part[c:])
			if key = formKey(part[:c]); key == "phone" || key == "address" {
				part = strings.TrimSpace(part[c+n:])
			} else if key == "" && addressWords.MatchString(part[c+n:]) {
				part = strings.TrimSpace(part[c+n:]) // "由：第5座18樓C室業主", a letter's sender
			}
		}
		for _, role := range []string{"业主", "業主", "住户", "住戶", "租户", "租戶"} {
			if flat, ok := strings.CutSuffix(part, role); ok && addressWords.MatchString(flat) {
				part = flat // "第5座18樓C室業主": the flat of its owner
				break
			}
		}
		// "手机13810002000": the label stuck to the number.
		number := withoutPhoneLabel(part)
		switch {
		case key == "address":
			if address == "" && addressLine(part) && addressPart(part) == part {
				address = part
			} // else a labelled place of no home ("地址：小区南门到3号楼那段路灯全坏了"), not read
		case phone == "" && phoneIn(number) == number && isPhone(number) && !dateLine.MatchString(number):
			phone = number
		case phone != "" && phoneIn(number) == number && isPhone(number):
			// "0571-88776655（家）、135…": their other number, after the first
		case address == "" && dashFlat.MatchString(part):
			address = part // "3-2-1101": building, unit and flat
		case bareFlat.MatchString(part) && floorEnd.MatchString(address):
			address += " " + part // "16F 1605": the room on the floor before it
		case bareRoom.MatchString(part):
			// "1208室" alone: a hotel's or an office's room, no address.
		case workLine.MatchString(part) && !addressWords.MatchString(part):
			// "郑洁 永安保险 人事部 B座1501": the tenant's company and department beside the room.
		case address == "" && (addressLine(part) && addressPart(part) == part || loneBuilding.MatchString(part)) &&
			!lodged(part) && !dateLine.MatchString(part) && !quickre.ContainsAny(part, "年月") &&
			!dayOfMonth.MatchString(part):
			// Not "11月20号", "20号": a day.
			address = part
		default:
			return "", "", false
		}
	}
	return phone, address, true
}

// closing is a clause that ends a mail with the writer's request or thanks: "希望物业尽快答复",
// "请尽快处理", "麻烦你们来修一下", "谢谢"; not one asking the office to call someone else.
var closing = quickre.MustCompile(EitherScript(`^(?:希望|请|麻烦|烦请|恳请|盼|望|尽快|赶紧|赶快)[^他她们對对]{0,12}(?:处理|答复|解决|回复|维修|修理|修一下|来人|核实)[^他她们]{0,4}$|` +
	`^(?:谢谢|多谢|感谢|辛苦)[^他她们]{0,6}$`))

// remark is a remark in brackets: "（就在楼上）".
var remark = regexp.MustCompile(`[（(][^（()）]*[）)]`)

// numberNote is a note in brackets after a number saying when or where it reaches its person.
var numberNote = quickre.MustCompile(EitherScript(`^(?:家|家里|家庭|住宅|宅|白天|晚上|夜间|工作日|周末|上班时间|下班后|办公室?|单位|常用|备用|座机|固话|微信同号)$`))

// floorEnd is an address that ends in its floor as offices write it: "16F", "B座16F".
var floorEnd = quickre.MustCompile(`\b\d{1,3}F$`)

// trailingNote is a note in brackets at the end of a part, its words apart.
var trailingNote = regexp.MustCompile(`[（(]([^（()）]{1,6})[）)]$`)

// countryCode is a country's calling code set apart from the number after it: "+86", "+852".
var countryCode = quickre.MustCompile(`^\+\d{1,3}$`)

// groupedNumbers joins a number written in groups ("9123 4567", "138 1234 5670") into one part.
func groupedNumbers(parts []string) []string {
	out := make([]string, 0, len(parts))
	for i := 0; i < len(parts); i++ {
		if i+3 < len(parts) && allDigits(parts[i]) && len(parts[i]) >= 3 && len(parts[i]) <= 5 && parts[i][0] != '0' && parts[i][0] != '1' {
			if m := strings.Join(parts[i+1:i+4], ""); len(m) == 11 && allDigits(m) && mobile.MatchString(m) {
				out = append(out, parts[i]) // "2603 181 2256 0473": a room, then a mobile in groups
				continue
			}
		}
		joined := false
		if countryCode.MatchString(parts[i]) {
			// "+86 138 1234 5678", "+852 9123 4567": a country's code, then the number whole
			// or in groups.
			for n := min(3, len(parts)-i-1); n >= 1 && !joined; n-- {
				group := parts[i+1 : i+1+n]
				if slices.ContainsFunc(group, func(p string) bool { return !allDigits(p) || len(p) > 11 }) {
					continue
				}
				if m := parts[i] + strings.Join(group, ""); phoneIn(m) == m && isPhone(m) && digitCount(m) >= 8 {
					out, i, joined = append(out, parts[i]+" "+strings.Join(group, " ")), i+n, true
				}
			}
			if joined {
				continue
			}
		}
		for n := 3; n >= 2 && !joined; n-- {
			if i+n > len(parts) {
				continue
			}
			group := parts[i : i+n]
			if !slices.ContainsFunc(group, func(p string) bool { return !allDigits(p) || len(p) > 4 }) {
				if m := strings.Join(group, ""); phoneIn(m) == m && isPhone(m) {
					out, i, joined = append(out, strings.Join(group, " ")), i+n-1, true
				}
			}
		}
		if !joined && i+1 < len(parts) && lastGroup.MatchString(parts[i+1]) {
			// "0755-2598 6672", "010-8517 2266-3012": a landline's area code and its number's
			// groups, after their label too ("电话：0571-8888 2345", "家里电话0451-8263 7715").
			number := strings.TrimLeftFunc(parts[i], func(r rune) bool { return r < '0' || r > '9' })
			if m := number + " " + parts[i+1]; areaAndGroup.MatchString(number) && phoneIn(m) == m && isPhone(m) {
				out, i, joined = append(out, parts[i]+" "+parts[i+1]), i+1, true
			}
		}
		if !joined && i+2 < len(parts) {
			// "电话139 2240 8817": a mobile's first group stuck to its label, the rest apart.
			head := strings.TrimLeftFunc(parts[i], func(r rune) bool { return r < '0' || r > '9' })
			if len(head) == 3 && head[0] == '1' && head != parts[i] && allDigits(head) &&
				len(parts[i+1]) == 4 && len(parts[i+2]) == 4 && allDigits(parts[i+1]+parts[i+2]) &&
				mobile.MatchString(head+parts[i+1]+parts[i+2]) {
				out, i, joined = append(out, strings.Join(parts[i:i+3], " ")), i+2, true
			}
		}
		if !joined {
			out = append(out, parts[i])
		}
	}
	return out
}

// areaAndGroup is a landline's area code and the first group of its number; lastGroup the last
// group, maybe with an extension.
var (
	areaAndGroup = regexp.MustCompile(`^0\d{2,3}-\d{3,4}$`)
	lastGroup    = regexp.MustCompile(`^\d{4}(?:-\d{1,6})?$`)
)

func allDigits(s string) bool {
	return s != "" && asciiDigits(s) == s
}

// inlineContact is the writer's number and address given in a run of clauses that hold nothing
// else, within a sentence: after the clause saying who they are ("我是陶然，电话137…，住址15栋601",
// "我的电话：136…，住10栋1204", "我姓王，电话138…，住5栋"), beside their name ("…坏了好久了，135…，
// 冯磊，2栋601"), or ending a line after the complaint's words ("…两天了！！9栋1203", "…快来人！！！
// 17栋1803 电话136…", "…，事发地点：3号楼2单元电梯，联系电话：139…"), or alone on the last lines
// ("…进不了单元门。\n31栋1单元"). After words about someone else a run gives their number, not the
// writer's, and after a neighbour's their flat.
func inlineContact(text, writer string) (phone, address string) {
	if roleWords.MatchString(writer) {
		writer = "" // "业主" may sign anyone's line
	}
	lines := strings.Split(text, "\n")
	// The lines at the foot of the text that hold nothing but a contact ("…进不了单元门。\n31栋1单元")
	// follow the complaint's last sentence as a line's end does.
	foot, signed, byWriter := len(lines), false, false
	for j := len(lines) - 1; j >= 0 && j >= len(lines)-3; j-- {
		if strings.TrimSpace(lines[j]) == "" && foot == len(lines) {
			continue
		}
		only, named, own := contactOnly(lines[j], writer)
		if !only {
			break
		}
		foot, signed, byWriter = j, signed || named, byWriter || own
	}
	for i, l := range lines {
		if i >= Lines || phone != "" && address != "" {
			break
		}
		if endsInColon(strings.TrimSpace(lineAbove(lines, i))) {
			continue // what a label above introduces: "请联络：\n管家 黄先生 138…"
		}
		if above := lineAbove(lines, foot); i >= foot && above != "" {
			// Under a company's signature line ("云帆科技有限公司") the address is the company's
			// and only a mobile the person's own; under "他家的电话写在下面" nothing is the writer's.
			work, said := workLine.MatchString(above), lastSentence(strings.TrimSpace(above))
			for _, s := range sentencesOf(l) {
				p, a := runContact(s, writer, above+"\n", true)
				if work && !mobile.MatchString(p) || !byWriter && (introducesSomeone.MatchString(said) || aboutSomeone.MatchString(said)) {
					p = "" // signed with the writer's own name ("吕 139…" of 吕建华), it is theirs
				}
				if work || !signed && (otherPerson.MatchString(said) || nearby.MatchString(said)) {
					a = "" // "楼下装修太吵。\n3幢1402" may be downstairs; signed with a name, it is theirs
				}
				phone, address = cmp.Or(phone, p), cmp.Or(address, a)
			}
			continue
		}
		// A line of thousands of sentences is no one's letter: its last ones are read.
		sentences := sentencesOf(l)
		start := max(0, len(sentences)-2*perLine)
		off := 0
		for _, s := range sentences[:start] {
			off += len(s)
		}
		for k := start; k < len(sentences); k++ {
			// A number or an address has digits or letters: a sentence without gives neither.
			if strings.ContainsFunc(sentences[k], numberOrLetter) {
				p, a := runContact(sentences[k], writer, l[:off], k == len(sentences)-1)
				phone, address = cmp.Or(phone, p), cmp.Or(address, a)
			}
			off += len(sentences[k])
		}
	}
	return phone, address
}

// contactOnly tells a line of nothing but contact clauses: a number, an address, a name; named
// says it has a name, own that it is the writer's.
func contactOnly(l, writer string) (only, named, own bool) {
	if strings.TrimSpace(l) == "" || utf8.RuneCountInString(l) > 60 {
		return false, false, false
	}
	for _, c := range clausesOf(strings.TrimRight(l, "。！？!?. \t\u3000"), "，,；;。！？!?") {
		k := readClause(clauseText(c), writer)
		if k.other {
			return false, false, false
		}
		named, own = named || k.named, own || k.writer || k.self
	}
	return true, named, own
}

// sentenceEnd tells a mark that ends a sentence other than the English full stop: "。！？!?".
func sentenceEnd(r rune) bool { return r == '。' || r == '！' || r == '？' || r == '!' || r == '?' }

// sentencesOf is a line cut after each run of the marks that end a sentence, an English full stop
// among them when a space follows it and no abbreviation ("Rm.", "Mr.") comes before.
func sentencesOf(l string) []string {
	var out []string
	start, ended := 0, false
	for i, r := range l {
		end := sentenceEnd(r)
		if r == '.' {
			next, _ := utf8.DecodeRuneInString(l[i+1:])
			word := l[strings.LastIndexFunc(l[:i], func(r rune) bool { return !unicode.IsLetter(r) })+1 : i]
			end = (i+1 == len(l) || unicode.IsSpace(next)) && !abbreviation.MatchString(word)
		}
		if ended && !end {
			out, start = append(out, l[start:i]), i
		}
		ended = end
	}
	return append(out, l[start:])
}

// abbreviation is a word an English full stop may follow inside a sentence: "Rm. 1203", "Mr. Li".
var abbreviation = quickre.MustCompile(`(?i)^(?:mr|mrs|ms|dr|rm|no|st|blk|bldg|apt|flat|tel|mob|ext|fl)$`)

// runContact is what the runs of contact clauses of sentence s give as the writer's. before is the
// line's text before s; last says s ends the line.
func runContact(s, writer, before string, last bool) (phone, address string) {
	var clauses []string
	var kinds []contactClause
	s = withHallAndBooth(s)
	cs := clausesOf(strings.TrimRight(s, "。！？!?. \t\u3000"), "，,；;")
	if len(cs) > 2*perLine {
		// Nor a sentence of hundreds of clauses: its last ones are read, after the others.
		before += strings.Join(cs[:len(cs)-2*perLine], "，") + "，"
		cs = cs[len(cs)-2*perLine:]
	}
	if len(before) > 300 {
		before = strings.ToValidUTF8(before[len(before)-300:], "") // what the words before are read for
	}
	for _, c := range cs {
		k := readClause(clauseText(c), writer)
		if k.address != "" && formerly.MatchString(c) {
			k.address = "" // "之前住3幢2单元405": where they lived, not where they live
		}
		var words []string
		if k.other {
			words = groupedNumbers(strings.Fields(c))
		}
		if len(words) < 2 || len(words) > 2*perLine {
			clauses, kinds = append(clauses, c), append(kinds, k)
			continue
		}
		// Words set apart by spaces, as a phone's keyboard leaves them: "电梯坏了 3天了 没人修
		// 5栋2单元 小张135…". A label stays with the number after it ("电话 136…", "联系方式：QQ
		// 9138…"); a name after a role, and what follows it, are someone else's ("管家 黄先生
		// 138…"); and only the words after the clause's last other words can be the writer's
		// ("王建国 5栋602 说过这事" is about him).
		first, someone := len(clauses), false
		for j := 0; j < len(words); j++ {
			w := words[j]
			k := readClause(w, writer)
			if j+1 < len(words) && (formKey(w) != "" || k.other && colon(w) >= 0 && colon(words[j+1]) < 0) {
				j++
				w += " " + words[j]
				k = readClause(w, writer)
			}
			if k.named && len(clauses) > first && (otherParty.MatchString(clauses[len(clauses)-1]) ||
				aboutSomeone.MatchString(clauses[len(clauses)-1])) {
				someone = true
			}
			switch {
			case bareFlat.MatchString(w):
				k = contactClause{} // "孙浩 1802 138…": a room beside the name, no address
			case k.phone != "" && phoneIn(w) == w && len(clauses) > first && kinds[len(kinds)-1].other:
				k.other = true // "小票编号 00381256": a number of the words before it
			}
			k.other = k.other || someone
			clauses, kinds = append(clauses, w), append(kinds, k)
		}
		for j := len(kinds) - 1; j >= first; j-- {
			// The last other words, not a request closing the run ("…电话 136… 尽快处理一下").
			if kinds[j].other && !closing.MatchString(strings.TrimSpace(clauses[j])) {
				for i := first; i < j; i++ {
					// The writer saying where they live stays theirs ("…电梯又坏了 我家在1902
					// 老人上下楼很不方便").
					kinds[i].other = kinds[i].other || !kinds[i].self || kinds[i].address == ""
				}
				break
			}
		}
	}
	for from := 0; from < len(clauses); {
		if kinds[from].other {
			from++
			continue
		}
		to := from
		anchored, signed, named := false, false, false
		for ; to < len(clauses) && !kinds[to].other; to++ {
			anchored = anchored || kinds[to].self
			signed = signed || kinds[to].writer
			named = named || kinds[to].named
		}
		prior := before + strings.Join(clauses[:from], "，")
		prev := lastClause(strings.TrimRight(prior, "。！？!? \t\u3000"))
		// The run ends what the writer says when only their request or thanks follows it.
		tail := last && strings.TrimSpace(prior) != "" &&
			!slices.ContainsFunc(clauses[to:], func(c string) bool { return !closing.MatchString(strings.TrimSpace(c)) })
		okPhone, okAddress := anchored || signed || tail, anchored || signed || tail
		if !anchored {
			// A number after words about someone is theirs ("新来的管家跟我同名，王芳 139…"), so
			// is one the words after it say was called ("…，这个号我打了十几次都不接"); without
			// the writer's name, another name's contact is someone else's, and a flat after
			// words about a neighbour theirs.
			// Not "麻烦尽快安排保洁。电话139…": the office asked to send someone.
			okPhone = okPhone && (!introducesSomeone.MatchString(prev) && !aboutSomeone.MatchString(prev) || sendFor.MatchString(prev)) &&
				!englishSomeone.MatchString(prev)
			if to < len(clauses) && calledAfter.MatchString(strings.TrimSpace(clauses[to])) {
				okPhone = false
			}
		}
		if !anchored && !signed {
			stranger := named && chineseName(writer) && !signName.MatchString(writer) // "阿布" is a nickname
			okPhone = okPhone && !stranger
			okAddress = okAddress && !stranger && !otherPerson.MatchString(prev) && !nearby.MatchString(prev) &&
				!englishNeighbour.MatchString(prev) && !lodged(prev) // "…the Hilton, room 1508"
		}
		if quoted(prior) || endsInColon(strings.TrimSpace(prior)) {
			okPhone, okAddress = false, false // the words of a notice or a message quoted
		}
		for j := from; j < to; j++ {
			k := kinds[j]
			if okPhone && phone == "" && k.phone != "" && !serviceLine(k.phone) {
				phone = k.phone
			}
			// A flat's number alone after the complaint may be the flat complained of, and so may
			// a place the complaint names ("投诉5栋1202的住户乱扔垃圾。\n5栋1202", "12号楼前面的路灯
			// 坏了。\n12号楼"), unless the writer signs beside it.
			if okAddress && address == "" && k.address != "" && (anchored || signed || named ||
				!bareFlat.MatchString(k.address) && !contains(prior, k.address)) {
				address = k.address
				for n := min(to-j, 4); n >= 2 && !isASCII(address); n-- {
					if spaced := strings.Join(clauses[j:j+n], " "); address == clauses[j] && flatAlone(spaced) && (j == 0 || !flatAlone(clauses[j-1]+" "+spaced)) {
						// "…这个月第三次了！！！9栋 1单元 2301 卢先生 135…": the flat's parts, apart by
						// spaces as a phone's keyboard leaves them.
						address, j = strings.Join(clauses[j:j+n], ""), j+n-1
						break
					}
				}
				// "Block 6, 1302", "I'm in 1701, Block 9": the address's parts in the clauses
				// after it.
				for j+1 < to && isASCII(address) && (kinds[j+1].room != "" ||
					kinds[j+1].address != "" && isASCII(kinds[j+1].address)) {
					j++
					address += ", " + cmp.Or(kinds[j].room, kinds[j].address)
				}
			}
		}
		from = to
	}
	return phone, address
}

// englishEstate is an estate's or a building's English name after a flat: "Laguna City", "Ocean
// Shores", "Kerry Parkside", "Plaza 66", "Harbour Crest", "Two IFC", "One Corporate Avenue",
// "Central Park Apartments", "Fraser Suites", "Wangjing SOHO".
var englishEstate = quickre.MustCompile(`^(?:(?:[A-Z][a-z]+(?:['’][a-z]+)? ){0,3}(?:City|Gardens?|Court|Estate|Villas?|Plaza|Centre|Center|Mansions?|` +
	`Heights|Park|Parkside|Place|Residences?|Terrace|Shores|Towers?|Crest|Square|Bay|Hills?|View|Point|Mall|Building|Lodge|Grove|Peak|Valley|Apartments|Suites|SOHO)(?: \d{1,3})?|` +
	`(?:One|Two|Three|Four) [A-Z]{2,5}|(?:One|Two|Three|Four) [A-Z][a-z]+ Avenue|The [A-Z][a-z]+(?: [A-Z][a-z]+)?)$`)

// englishSomeone are English words of a sentence about another person, whose number may follow.
var englishSomeone = quickre.MustCompile(`(?i)\b(?:he|she|his|her|him|they|their|them|guard|staff|courier|driver|manager|landlord|` +
	`engineer|technician|plumber|neighbou?rs?)\b`)

// englishNeighbour are English words of a sentence about a flat beside the writer's.
var englishNeighbour = quickre.MustCompile(`(?i)\b(?:above|below|upstairs|downstairs|next door|neighbou?rs?|opposite)\b`)

// calledAfter begins the words after a number that say the writer called it: "这个号我打了十几次",
// "打了没人接".
var calledAfter = quickre.MustCompile(EitherScript(`^(?:这个号|这号|该号|此号|那个号|打了|打过|打不通|没人接|无人接|一直占线|占线|关机)`))

// contactClause is what a clause is to the writer's contact: one saying who they are (self), or
// one of their name (writer), someone's name (named), a number or an address, or a field of the
// complaint's ("事发地点：…"); other when it holds other words.
type contactClause struct {
	other, self, writer, named bool
	phone, address             string
	room                       string // a flat's number alone ("1302"), part of an address beside it
}

// englishFlat is a flat as English writes it: "Block 6", "Block 2 Room 1101", "Building 5 Unit 2
// Room 601", "Flat 12A, Tower 3", "Villa 27"; its number in capitals and digits ("Shop Manager" is
// a job).
var englishFlat = quickre.MustCompile(`(?i)^(?:(?:block|blk|building|bldg|tower)\.?\s*(?-i:[0-9A-Z]{1,3})` +
	`(?:\s*,?\s*(?:unit|entrance)\.?\s*\d{1,2}\s*,?\s*(?:room|rm|flat)\.?\s*(?-i:[0-9A-Z][0-9A-Z-]{0,6})|` +
	`\s*,?\s*(?:flat|room|rm|unit|apt|apartment|suite)\.?\s*(?-i:[0-9A-Z][0-9A-Z-]{0,6}))?|` +
	`(?:flat|room|rm|unit|apt|apartment|suite|villa|house|shop|stall|kiosk|booth)\.?\s*(?-i:[0-9A-Z][0-9A-Z-]{0,6})(?:\s*,?\s*(?:block|blk|building|bldg|tower)\.?\s*(?-i:[0-9A-Z]{1,3}))?` +
	// "House 8, Sunny Hill": a villa, then its estate.
	`(?:\s*,\s*(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}))?)$`)

// estateFlat is an estate's Chinese name and a flat's number after it: "星湖湾 2-1803".
var estateFlat = quickre.MustCompile(`^\p{Han}{2,12}\s*\d{1,3}(?:-\d{1,2})?-\d{3,4}$`)

// englishFloor is a floor as English writes it beside a flat: "15/F", "3rd Floor".
var englishFloor = quickre.MustCompile(`(?i)^(?:\d{1,3}/?F|\d{1,3}(?:st|nd|rd|th)?\s*(?:floor|fl\.?)|(?:lower )?ground floor|G/F|level \d{1,3})$`)

// englishSelf is an English clause saying where the writer lives or works, the place in its
// groups: "I am a tenant in Block 5", "I'm in 1701", "We live in Apt 2106", "my family lives in
// Building 6", "We're the tenants in apartment 2301", "we occupy Suite 1508", "…in my flat 2-1503".
var englishSelf = quickre.MustCompile(`(?i)(?:^|\band\s+)(?:(?:i am|i'm|i’m|im|i live|we live|my family lives|we are|we're|we’re)\s+(?:(?:a|an|the)\s+)?(?:tenants?|residents?|owners?|homeowners?|` +
	`living|staying)?\s*(?:in|at|of)|(?:i|we) (?:occupy|rent|lease|own)|(?:i am|i'm|i’m|we are|we're|we’re) (?:renting|leasing|occupying)|` +
	`(?:our|my) (?:[a-z]+ )?(?:shop|store|stall|kiosk|booth|restaurant|cafe|café|salon|office|flat|apartment|home) (?:is )?(?:at|in|on))\s+(.+)$|` +
	`\bmy ((?:flat|apartment|unit|room)\s+[0-9A-Z][0-9A-Z-]*)$`)

// englishFromUs is an English clause naming the writer and their company with its office in
// brackets: "This is Priya from Helix Bio (Suite 2310, 23/F)", "I'm Tom with Lam & Co (Rm 1203,
// 12/F)".
var englishFromUs = quickre.MustCompile(`(?i)^(?:this is|it'?s|i am|i'm|i’m|we are|we're|we’re)\s+[^()]{1,60}?\s+(?:from|at|of|with)\s+[^()]{2,60}?\s*\(([^()]{3,60})\)\.?$`)

// englishFromUnit is an English clause naming the writer and the shop, the stall or the booth
// they come from, its unit in group 2: "this is tom li from the coffee kiosk K-03", "This is Vivian
// from Unit 1203" (the word "Unit" in group 1).
var englishFromUnit = quickre.MustCompile(`(?i)^(?:this is|it'?s|i am|i'm|i’m)\s+[^()]{1,40}?\s+from\s+(?:the\s+|our\s+)?(?:[a-z&'’]+\s+){0,3}` +
	`(?:shop|store|stall|kiosk|booth|cafe|café|restaurant|salon|(unit))\s+([0-9A-Z][0-9A-Z-]{1,8})\b`)

// numberInBrackets is a flat's number in brackets after the flat said in words: " (8-1-1603)".
var numberInBrackets = quickre.MustCompile(`\s*[（(][0-9A-Za-z\-]{3,12}[)）]`)

// englishBooth is an exhibitor's clause saying where they exhibit: "We are exhibiting at booth
// 2A-118", "… at Hall 2, Booth 2A-118", "… at the Home Fair with booth 6D-21", "… at Hall 11.2,
// Booth F05", "We are exhibitor Krämer Werkzeuge GmbH, Hall 5, Booth 5E-38", "…on behalf of
// Brenntec GmbH, exhibitor at Hall 6, Booth 6C32", "We are Ferri Marmi S.r.l. exhibiting at Hall 4,
// Stand 4B22" (the hall in group 1, the booth in group 2).
// "We are Hanseong Bio Co., Ltd. exhibiting at Hall 4.1, Booth 4.1B22", "We are exhibiting at the
// Home & Living Fair with Bellini Casa S.r.l., Hall 6, Booth 6E17", "Our booth is Hall 6, Booth
// 6B17", "our stand (Hall 3, Stand 3A25)", "I arrived at our stand this morning (Hall 2, Stand
// 2C18)".
var englishBooth = quickre.MustCompile(`(?i)(?:\b(?:we are|we're|we’re|i am|i'm|i’m)\s+(?:(?:exhibiting|located|based)\s+(?:at|in|on)|(?:an |the )?exhibitor(?:\s+(?:at|in|on))?)|` +
	`\b(?:we are|we're|we’re)\s+[^\n]{2,40}?\s+exhibiting\s+(?:at|in|on)|` +
	`(?:,\s*|\bas (?:an |the )?)(?:exhibitor|exhibiting)\s+(?:at|in|on))\s+` +
	`(?:[^\n]{0,80}?(?:\s+(?:with|at|in|on)\s+|,\s*))?(?:hall\s+(\d{1,2}(?:\.\d)?[A-Z]?)\s*,?\s*)?(?:booth|stand|stall)\s+(?:no\.?\s*)?([0-9A-Z][0-9A-Z.\-]{1,8})\b|` +
	`\bour\s+(?:booth|stand)(?:\s*(?:is\s+|:\s*)|[^.\n()]{0,30}?\(\s*)(?:hall\s+(\d{1,2}(?:\.\d)?[A-Z]?)\s*,?\s*)?(?:booth|stand)\s+(?:no\.?\s*)?([0-9A-Z][0-9A-Z.\-]{1,8})\b`)

// floorAndUnit is a flat by its floor and its number on it, as Taiwan writes it in English:
// "12F-5".
var floorAndUnit = quickre.MustCompile(`^\d{1,2}F-\d{1,2}$`)

// withHallAndBooth is s with a fair's hall and a booth in it apart by a comma said as one place:
// "Hall 11.2, Booth F05" is not two clauses.
func withHallAndBooth(s string) string {
	if contains(s, ",") && (contains(s, "Hall") || contains(s, "hall")) {
		return hallAndBooth.ReplaceAllString(s, "$1 $2")
	}
	return s
}

// exhibitorsBooth is the booth an exhibitor's English words say is theirs, with its hall where its
// number does not say it ("Hall 11.2, Booth F05"; "2A-118" of "Hall 2, Booth 2A-118"); "" when
// they say none.
func exhibitorsBooth(s string) string {
	m := englishBooth.FindStringSubmatch(s)
	if m != nil && m[4] != "" {
		m = m[2:] // "Our booth is Hall 6, Booth 6B17"
	}
	if m == nil && containsAny(s, "all ", "ALL ", "ooth ", "OOTH ", "tand ", "TAND ") {
		m = firmsHallBooth.FindStringSubmatch(s) // "we are Lumatec GmbH, Hall 9, Booth 9D31"
		if b := atBoothInHall.FindStringSubmatch(s); m == nil && b != nil {
			m = []string{b[0], b[2], b[1]} // "we're at booth 2A06 in Hall 2"
		}
	}
	if m == nil || !quickre.ContainsAny(m[2], "0123456789") {
		return ""
	}
	if m[1] != "" && !strings.HasPrefix(m[2], m[1]) {
		return "Hall " + m[1] + ", Booth " + m[2]
	}
	return m[2]
}

// firmsHallBooth is the hall and the booth of an exhibitor the writer names as who they are, or of
// the stand they run: "we are Lumatec GmbH, Hall 9, Booth 9D31", "Hoffmann Antriebstechnik GmbH is
// exhibiting at Hall N3, Booth N3-A16", "I'm the stand manager for Apex Motor Parts, Hall 2, Stand
// 2B05", "our stand, Hall 4 Booth 4E12", "This is Kim Min-jun from Hanbit Cosmetics, Korea, Hall 4
// booth 4K12", "We are Borneo Herbs Sdn Bhd, booth 4.1E02", "We are Golden Kopi Pte Ltd at Stand
// 2.1-A17" (the hall, if given, in group 1, the booth in group 2).
var firmsHallBooth = quickre.MustCompile(`(?i)(?:\b(?:we are|we're|we’re)|\bthis is [^\n.,]{1,40}? from|\bis exhibiting (?:at|in)|\bstand manager (?:for|of)|\bour (?:stand|booth),|展位(?:在|是|为|為)?[:：]?)\s*` +
	`(?:[^\n.]{0,60}?,\s*|[^\n.,]{1,40}?\s+(?:at|in|on)\s+)?(?:(?:at|in|on)\s+)?(?:hall\s+([A-Z]?\d{1,2}(?:\.\d)?[A-Z]?)\s*,?\s*)?(?:booth|stand)\s+(?:no\.?\s*)?([0-9A-Z][0-9A-Z.\-]{1,8})\b`)

// atBoothInHall is the booth, then the hall, an exhibitor says they are at or have: "we're at booth
// 2A06 in Hall 2", "Our company … has stand H14 in hall 7.2" (the booth in group 1, the hall in
// group 2).
var atBoothInHall = quickre.MustCompile(`(?i)\b(?:(?:we are|we're|we’re|i am|i'm|i’m) at|has|have) (?:booth|stand)\s+(?:no\.?\s*)?([0-9A-Z][0-9A-Z.\-]{1,8}) in hall\s+([A-Z]?\d{1,2}(?:\.\d)?[A-Z]?)\b`)

// hallAndBooth is a fair's hall and a booth in it apart by a comma: "Hall 11.2, Booth F05".
var hallAndBooth = quickre.MustCompile(`(?i)\b(hall\s+\d{1,2}(?:\.\d)?[A-Z]?)\s*,\s*((?:booth|stand)\s)`)

// englishOnOf are the words between the parts of an English address said in a sentence: "Suite
// 1508 on 15/F of Tower B".
var englishOnOf = quickre.MustCompile(`(?i)\s+(?:on|of|in|at)\s+(?:the\s+)?`)

// englishEstateAfter is an estate's name after a flat and "at" or "of", maybe with a remark in
// brackets after it: " at Cuihuwan Garden", " of Harbour Crest", " at Riverside Garden (the
// landlord is Ms. Xu".
var englishEstateAfter = quickre.MustCompile(`\s+(?:at|of)\s+(?:the\s+)?(?:[A-Z][a-z]+\s*){1,3}\.?(?:\s*\([^()]*\)?)?$`)

// englishPlaces tells an address of English parts apart by commas, each a flat, a block, a floor
// or an estate's name: "Suite 1508, 15/F, Tower B".
func englishPlaces(s string) bool {
	for _, p := range strings.Split(s, ", ") {
		if !englishFlat.MatchString(p) && !englishFloor.MatchString(p) && !englishEstate.MatchString(p) {
			return false
		}
	}
	return true
}

// englishPlacesHead is the flat, floor, block and building an English address begins with,
// without the street and the city after them: "Suite 2310, 23/F, Huajing Center" of "…, 100
// Century Avenue, Pudong, Shanghai"; the address as it is when it begins otherwise.
func englishPlacesHead(s string) string {
	parts := strings.Split(s, ", ")
	n := 0
	for n < len(parts) && (englishFlat.MatchString(parts[n]) || englishFloor.MatchString(parts[n]) || englishEstate.MatchString(parts[n])) {
		n++
	}
	if n == 0 {
		return s
	}
	return strings.Join(parts[:n], ", ")
}

// englishWriter tells a clause that is the writer's name or a part of it, as English mail signs:
// "Tom" of "Tom Baker".
func englishWriter(c, writer string) bool {
	if c == "" || !isASCII(c) || !englishName.MatchString(c) {
		return false
	}
	for _, w := range strings.Fields(writer) {
		if strings.EqualFold(c, w) {
			return true
		}
	}
	return strings.EqualFold(c, strings.TrimSpace(writer))
}

// clausesOf cuts s at each of the marks seps outside brackets: "(Apt 2106, Tower B)" is one
// clause, and so is a fair's hall and its booth ("Hall 2, Booth 2A-118"). Empty clauses are left
// out.
func clausesOf(s, seps string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '(' || r == '（':
			depth++
		case r == ')' || r == '）':
			depth = max(0, depth-1)
		case r == ',' && hallThenBooth.MatchString(s[max(0, i-16):i]) && boothAfterHall.MatchString(s[i+1:min(len(s), i+16)]):
		case depth == 0 && strings.ContainsRune(seps, r):
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// hallThenBooth ends the words before a comma that name a fair's hall, and boothAfterHall begins
// those after it that name the booth in it: "Hall 2, Booth 2A-118".
var (
	hallThenBooth  = quickre.MustCompile(`(?i)\bhall\s+\d{1,2}[A-Z]?$`)
	boothAfterHall = quickre.MustCompile(`(?i)^\s*(?:booth|stand)\s`)
)

// clauseText is a clause without the spaces and marks around it, nor the half of a pair of
// brackets that the clauses' commas cut apart: "(Apt 2106" and "Tower B)" of "(Apt 2106, Tower B)".
func clauseText(c string) string {
	c = strings.Trim(c, " \t\u3000~～…")
	if !quickre.ContainsAny(c, ")）") {
		c = strings.TrimLeft(c, "(（ ")
	}
	if !quickre.ContainsAny(c, "(（") {
		c = strings.TrimRight(c, ")） ")
	}
	return c
}

// readClause reads a clause of a run.
func readClause(c, writer string) (k contactClause) {
	if c == "" {
		return k
	}
	if !strings.ContainsFunc(c, numberOrLetter) && colon(c) < 0 && utf8.RuneCountInString(c) > 8 &&
		!strings.HasPrefix(c, "我") && !strings.HasPrefix(c, "本人") {
		// Words without a number, a label or the first person, longer than names: the
		// complaint's (most clauses are).
		return contactClause{other: true}
	}
	if englishFlat.MatchString(c) {
		return contactClause{address: c} // "Block 2 Room 1101", "Flat 12A"
	}
	if f := englishEstateAfter.ReplaceAllString(c, ""); f != c && englishFlat.MatchString(f) {
		return contactClause{address: f} // "Room 1502 at Cuihuwan Garden": the flat, in the estate the office runs
	}
	if b := englishOnOf.ReplaceAllString(numberInBrackets.ReplaceAllString(c, ""), ", "); b != c && englishPlaces(b) && englishFlat.MatchString(strings.Split(b, ", ")[0]) {
		return contactClause{address: b} // "unit L1-08 on the ground floor", "Room 1603 (8-1-1603) of Huajing Garden"
	}
	if inside, ok := bracketed(c); ok && englishFlat.MatchString(inside) {
		return contactClause{address: inside} // "(Apt 2106, Tower B)"
	}
	if bareFlat.MatchString(c) || englishFloor.MatchString(c) || englishEstate.MatchString(c) || floorAndUnit.MatchString(c) {
		return contactClause{room: c} // "1302", "15/F", "Laguna City", "12F-5" beside an address or a name
	}
	if m := englishFromUs.FindStringSubmatch(c); m != nil && englishPlaces(m[1]) && englishFlat.MatchString(strings.Split(m[1], ", ")[0]) {
		return contactClause{self: true, address: m[1]} // "This is Priya from Helix Bio (Suite 2310, 23/F)"
	}
	if b := exhibitorsBooth(c); b != "" {
		return contactClause{self: true, address: b} // "We are exhibiting at booth 2A-118 in Hall 2"
	}
	if m := englishFromUnit.FindStringSubmatch(c); m != nil && quickre.ContainsAny(m[2], "0123456789") {
		if m[1] != "" {
			return contactClause{self: true, address: "Unit " + m[2]} // "This is Vivian from Unit 1203"
		}
		return contactClause{self: true, address: m[2]} // "this is tom li from the coffee kiosk K-03 on the ground floor"
	}
	if m := englishSelf.FindStringSubmatch(c); m != nil {
		// "I am a tenant in Block 5", "I'm in 1701", "…leaking in my flat 2-1503"; not "I am
		// staying at the Crowne Plaza", a hotel's room.
		if lodged(c) {
			return contactClause{other: true}
		}
		k.self = true
		a := strings.TrimSpace(m[1] + m[2])
		if englishFlat.MatchString(a) || bareFlat.MatchString(a) || dashFlat.MatchString(a) || estateFlat.MatchString(a) {
			k.address = a // "I'm at 星湖湾 2-1803"
		} else if b := englishOnOf.ReplaceAllString(strings.TrimRight(a, ". "), ", "); b != a && englishPlaces(b) {
			k.address = b // "Suite 1508 on 15/F of Tower B": "Suite 1508, 15/F, Tower B"
		}
		return k
	}
	if englishWriter(c, writer) {
		return contactClause{writer: true, named: true} // "Tom" of Tom Baker
	}
	if m := ownLabelClause.FindStringSubmatchIndex(c); m != nil {
		// "我的电话：136…", "我手机13700001234", "我微信wxid_…": the writer's, and the number when
		// nothing else follows it.
		k.self = true
		if rest := c[m[1]:]; m[2] < 0 && phoneIn(rest) == strings.TrimSpace(rest) && isPhone(rest) {
			k.phone = strings.TrimSpace(rest)
		}
		return k
	}
	if m := ownNumberClause.FindStringIndex(c); m != nil {
		// "现在用137…", "打家里座机2668…", "或者打138…": a number to call the writer on. "现在用"
		// says whose it is; "或者打" asks, and counts as the writer's where a request would.
		if rest := c[m[1]:]; phoneIn(rest) == rest && isPhone(rest) {
			k.phone = rest
			k.self = !contains(c[:m[1]], "打")
			return k
		}
	}
	if selfClause.MatchString(c) || surnameClause.MatchString(c) || ownFlatClause.MatchString(c) {
		// "我住的楼上那户": a neighbour; not "我家住1幢301室（就在清吧正上方两层）", the writer's flat
		// and a remark on where it is.
		if bare := remark.ReplaceAllString(c, ""); nearby.MatchString(bare) || otherPerson.MatchString(bare) {
			return contactClause{other: true}
		}
		k.self = true
		if f := strings.Fields(c); len(f) > 1 && phoneIn(f[len(f)-1]) == f[len(f)-1] && isPhone(f[len(f)-1]) {
			k.phone = f[len(f)-1] // "我是9栋的住户 刘敏 137…"
		}
		if m := ownFlatClause.FindStringSubmatch(c); m != nil {
			// "我2栋1单元1501的", "我是1单元602王阿姨": the flat, and the name after it.
			part := addressPart(m[1])
			if part == "" && bareFlat.MatchString(m[1]) && quickre.ContainsAny(strings.TrimSuffix(c, m[1]), "住家") {
				part = m[1] // "我家在1902": the number of their flat alone
			}
			rest := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(m[1], part), "的"), "嘅")
			if part != "" && (addressLine(part) || part == m[1] && bareFlat.MatchString(part)) && !nearby.MatchString(part) && !lodged(part) &&
				(rest == "" || rest == writer || signName.MatchString(rest) || chineseName(rest)) {
				k.address = part
			}
		}
		return k
	}
	var words []string
	for _, w := range strings.Fields(c) {
		// "電話：5123 9876": the label apart from the number's groups.
		if label, value, ok := strings.Cut(strings.Replace(w, "：", ":", 1), ":"); ok && value != "" && formKey(label) == "phone" {
			words = append(words, label, value)
			continue
		}
		words = append(words, w)
	}
	var parts []string
	for _, part := range groupedNumbers(words) {
		if name, number, ok := nameThenNumber(part); ok {
			// "小张13500001234", "陶然13755550000": the name stuck to the number.
			k.writer, k.named = k.writer || name == writer, true
			part = number
		}
		switch label, value, labelled := strings.Cut(strings.Replace(part, "：", ":", 1), ":"); {
		case part == writer:
			k.writer, k.named = true, true
		case loneSurname(part, writer):
			// "7幢2单元1101 吕": the writer signing with their surname alone, theirs or, under a
			// sender's nickname, any.
			k.writer, k.named = strings.HasPrefix(writer, part) || !chineseName(writer), true
		case signName.MatchString(part) || utf8.RuneCountInString(part) <= 3 && chineseName(part) && !addressWords.MatchString(part) &&
			!closing.MatchString(part): // not "谢谢"
			k.named = true
		case contactPerson.MatchString(part) && !otherParty.MatchString(part):
			k.writer, k.named = true, true // "联系人张阿姨", its label without a colon
		case labelled && formKey(label) == "name":
			// "联系人：黄女士": the one to call, as the writer gives it; not "联系人：王师傅".
			if otherParty.MatchString(value) {
				return contactClause{other: true}
			}
			k.writer, k.named = true, true
		case labelled && eventField.MatchString(label):
			// "事发地点：3号楼2单元电梯": where it happened, no one's contact.
		case labelled && formKey(label) == "" && !contains(label, "我"):
			// "单位：杭州市第一人民医院 3号楼"; not "取车地址是我家：…".
			return contactClause{other: true}
		default:
			for _, sep := range []string{"/", "、"} {
				if n, _, ok := strings.Cut(part, sep); ok {
					if m := trailingNote.FindStringSubmatchIndex(n); m != nil && numberNote.MatchString(n[m[2]:m[3]]) {
						n = n[:m[0]] // "0571-88776655（家）"
					}
					if number := withoutPhoneLabel(n); phoneIn(number) == number && isPhone(number) {
						part = n // "电话136…/0755-2668…", "0571-…（家）、135…": two numbers, the first
					}
				}
			}
			for _, suffix := range []string{"的业主", "的住户", "的租户", "业主", "住户", "租户", "的"} {
				if a, ok := strings.CutSuffix(part, suffix); ok && addressWords.MatchString(a) {
					part = a // "7栋的", "27栋的业主"
					break
				}
			}
			parts = append(parts, part)
		}
	}
	for _, part := range parts {
		// Each part gives a number or an address, or is a label: not words beside a name in a
		// signature ("华瑞资本 董事总经理", "具体事宜请联系我助理小陈"). Words without a digit or
		// a letter give neither.
		if colon(part) >= 0 || len(part) <= 24 && formKey(part) != "" {
			continue // a label ("电话", "tel"), or a labelled part, read below
		}
		if !strings.ContainsFunc(part, numberOrLetter) {
			return contactClause{other: true}
		}
		if p, a, _ := contactParts([]string{part}); p == "" && a == "" {
			return contactClause{other: true}
		}
	}
	if len(parts) > 0 {
		p, a, ok := contactParts(parts)
		if m := addressWords.FindStringIndex(a); m != nil && quickre.ContainsAny(a[:m[0]], sentenceWords) {
			ok = false // "上次报修的是2单元": a sentence about a place
		}
		k.other, k.phone, k.address = !ok, p, a
	}
	return k
}

// numberOrLetter tells a digit or a Latin letter, in either width: what a number, a building or a
// flat holds.
func numberOrLetter(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '０' && r <= '９' ||
		r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ'
}

// sentenceWords are characters of a sentence's words, not of a place's name before its number.
const sentenceWords = "的是了在被把我你他她它们這这那有没沒不要就也都还還"

// ownLabelClause begins a clause that gives the writer's number or account: "我的电话：", "我手机",
// "本人联系方式是", "我微信" (group 1: an account, not a number).
var ownLabelClause = quickre.MustCompile(EitherScript(`(?i)^(?:我|本人)(?:的|嘅)?(?:(微信号?|qq|vx)|(?:联系|聯絡)?(?:电话|手机|手提|号码|联系方式|聯絡方式)` +
	`(?:号码|号)?)(?:是|为|係)?[:：]?\s*`))

// ownNumberClause begins a clause giving the number to call the writer on now: "现在用", "打家里
// 座机", "或者打", "也可以打".
var ownNumberClause = quickre.MustCompile(EitherScript(`^(?:(?:现在|目前)(?:用|用的是|的号码是|号码是)|` +
	`(?:打|拨打)?(?:我)?家里?的?(?:座机|固话|电话)|(?:或者|或|也可以|也可)(?:打|拨打|拨|致电))\s*[:：]?\s*`))

// loneSurname tells a word that is a surname alone, the writer's own or, when their name is not a
// Chinese one, any common surname but the few that are also words ("和", "于", "都").
func loneSurname(w, writer string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) || !unicode.Is(unicode.Han, r) || strings.ContainsRune("和与于及由那但信相初敬来來成平全明向从從都", r) {
		return false
	}
	if chineseName(writer) {
		return strings.HasPrefix(writer, w)
	}
	return surnamed(w)
}

// surnameClause is a writer saying their surname: "我姓王".
var surnameClause = quickre.MustCompile(`^(?:我|本人)姓\p{Han}$`)

// ownFlatClause is a writer saying the flat is theirs in a clause of its own: "我2栋1单元1501的",
// "我是1单元602王阿姨", the flat and what follows it in its group.
var ownFlatClause = quickre.MustCompile(EitherScript(`^(?:我|本人)(?:是|系|係|住|住在|家住|家在)?(\d[^，,。；;！!？?\s]{1,30})$`))

// familiarName is a person called by a familiar form rather than their full name: "小张", "老王",
// "王阿姨", "刘姐".
const familiarName = `[小老阿]\p{Han}|\p{Han}{1,2}(?:先生|女士|小姐|太太|阿姨|姐|哥|叔|伯)`

// signName is how a writer signs without a full name: "姓郭", a familiar name, "陈生".
var signName = quickre.MustCompile(`^(?:姓\p{Han}|` + familiarName + `|\p{Han}{1,2}生)$`)

// contactPerson is the one to call after the label of a contact without a colon: "联系人张阿姨".
var contactPerson = quickre.MustCompile(EitherScript(`^(?:联系人|联络人)(?:是)?(?:\p{Han}{2,3}|` + familiarName + `)$`))

// eventField is the label of where or when a complaint's matter happened.
var eventField = quickre.MustCompile(EitherScript(`(?:地点|时间|位置|日期)$`))

// nameThenNumber cuts a name from the number stuck to it: "小张13500001234".
func nameThenNumber(part string) (name, number string, ok bool) {
	i := strings.IndexFunc(part, func(r rune) bool { return r >= '0' && r <= '9' || r == '+' })
	if i <= 0 {
		return "", "", false
	}
	name, number = part[:i], part[i:]
	if !hanOnly(name) || !(signName.MatchString(name) || chineseName(name)) || addressWords.MatchString(part) ||
		phoneIn(number) != number || !isPhone(number) {
		return "", "", false
	}
	return name, number, true
}

// dashFlat is a flat written as its building, unit and number with dashes: "3-2-1101".
var dashFlat = quickre.MustCompile(`^\d{1,3}-\d{1,2}-\d{3,4}$`)

// withoutPhoneLabel is part without the phone's label stuck to its number: "13810002000" of
// "手机13810002000", "电话：13810002000".
func withoutPhoneLabel(part string) string {
	for _, label := range []string{"手机", "电话", "手機", "電話"} {
		if rest, ok := strings.CutPrefix(part, label); ok {
			return strings.TrimLeft(rest, ":：")
		}
	}
	return strings.TrimLeft(part, ":：")
}

// relativePlace is a flat named by where it is from the writer's or by whose it is: "楼下1703室",
// "隔壁2栋101", "房东家3栋".
var relativePlace = quickre.MustCompile(`^(?:` + nearby.String() + `|` + otherPerson.String() + `)`)

// englishAddress begins an address written in English, as Hong Kong's are: a flat, room, unit
// or shop and its number, or a floor ("12/F").
var englishAddress = quickre.MustCompile(`(?i)^(?:flat|room|rm|unit|suite|shop|block|tower)\.?\s*[0-9A-Z][0-9A-Z-]*\s*,|^\d{1,3}/F\b`)

// fromAddressWord is a line from its first word with a numbered part of an address on:
// "B座1501" of "永安保险 人事部 B座1501".
func fromAddressWord(l string) string {
	words := strings.Fields(l)
	for i, w := range words {
		if addressWords.MatchString(w) {
			return strings.Join(words[i:], " ")
		}
	}
	return l
}

// bareRoom is a room number alone: no building, no street.
var bareRoom = quickre.MustCompile(EitherScript(`^\d+\s*(?:室|房|号房)$`))

// withoutRole is a line of a signature without the writer's role before it, and the brackets
// around what follows it: "业主 陈大文" → "陈大文", "業主（第9座 30樓 A室）" → "第9座 30樓 A室".
func withoutRole(line string) string {
	t := strings.TrimSpace(line)
	for _, role := range []string{"业主", "業主", "住户", "住戶", "租户", "租戶", "投诉人", "投訴人", "车主", "車主", "顾客", "顧客", "会员", "會員"} {
		if rest, ok := strings.CutPrefix(t, role); ok {
			t = strings.TrimSpace(rest)
			if inner, ok := strings.CutPrefix(t, "（"); ok && strings.HasSuffix(inner, "）") {
				t = strings.TrimSpace(strings.TrimSuffix(inner, "）"))
			} else if inner, ok := strings.CutPrefix(t, "("); ok && strings.HasSuffix(inner, ")") {
				t = strings.TrimSpace(strings.TrimSuffix(inner, ")"))
			}
			break
		}
	}
	return t
}

// addressLine tells a line that is an address and nothing else: a building, floor, room or
// street number, no sentence.
func addressLine(l string) bool {
	n := utf8.RuneCountInString(l)
	return n >= 3 && n <= maxValue && !quickre.ContainsAny(l, "，,。！？!?；;") && addressWords.MatchString(l) &&
		(phoneIn(l) != l || dashFlat.MatchString(l)) && (!venue.MatchString(l) || homeRoom.MatchString(l) && !lodged(l)) // "19-1-1003" is no number
}

// venue are the words of a place that is no one's address: a meeting room, a booth, a front
// desk, a parking space, a locker; not a mall's island counter ("K07号岛柜"), a shop's unit.
var venue = quickre.MustCompile(EitherScript(`会议室|会议厅|报告厅|礼堂|展位|展馆|号馆|展厅|前台|车位|(?:^|[^岛])柜|客房|房间|包厢|教室`))

// lodged tells a place that is a hotel's or a guest house's, no one's home: not a room of an
// apartment block or a dormitory (homeRoom).
func lodged(s string) bool {
	return lodging.MatchString(s) && (!homeRoom.MatchString(s) || hotel.MatchString(s))
}

// hotel are the words of a hotel and its guests.
var hotel = quickre.MustCompile(EitherScript(`酒店|宾馆|饭店|旅馆|客房|(?i:hotel|hostel|guest ?house)`))

// homeRoom is a room of an apartment block or a dormitory, in its building, which is someone's
// home: "公寓A座1203房间", "A-1203房间"; not a room alone ("1204房间"), as a hotel's guest says it.
var homeRoom = quickre.MustCompile(EitherScript(`(?:公寓|宿舍|[栋座幢]|号楼|\b[A-Z]-)\s*\d{3,4}\s*房间`))

// addressWords are the numbered parts of an address: "5栋", "3号楼", "1502室", "12樓", "中山路100
// 號", a lettered tower "B座", building-unit-room "7-2-301", a floor as offices write it and the
// room on it ("16F 1605", "32F"), a floor's lettered unit ("1F-A012铺", "2F-B-118档口"), a room
// with a letter ("2801A单元"), a Beijing building's entrance and flat or floor ("2门301", "1门3
// 楼"), a shop unit ("1号商铺"), a building as "6#楼" and its staircase ("12#楼2梯1506"), a
// market's stall ("花卉区2-33", "C区218档", "水果区C排12号"); an estate's name ending in 村 before
// its building ("和睦新村12幢"), or before its building and flat with a dash ("新华苑8-301").
var addressWords = quickre.MustCompile(EitherScript(`\d+\s*(?:号楼|号院|号商铺|号铺|号档|号摊|号厂房|号仓库|号车间|号库区|号库|号门|号月台|栋|幢|座|楼|层|室|单元|号房|房间|宿舍|寝室|号|弄|巷|#楼|梯)|地下\s*[A-Z]\s*室|` +
	`宿舍楼\s*(?:[A-Z]?-?|\d{1,2}-)\d{3,4}[室号]?|\d{1,2}\s*舍\s*\d{3,4}[室号]?|(?:学生|教工)公寓\s*[A-Z]?-?\d{3,4}[室号]?|` +
	`(?:行政|教学|实验|综合|办公|门诊)楼\s*(?:[A-Z]区\s*)?\d{3,4}(?:[室号]|\b)|` +
	`(?:联排|独栋|叠拼)\s*[A-Z]?-?\d{1,3}(?:-\d{1,2})?\b|` +
	`(?:路|街|道|巷|弄|村)\s*\d+(?:\s*(?:号楼|号院|栋|幢|座|楼|层|室|单元|号|弄|巷))?|\d+\s*门\s*\d+(?:\s*[楼层])?|` +
	`\b[A-Za-z]\s*(?:座|栋|幢|号楼)|[东西南北中]座|\b\d{1,3}#?-\d{1,2}-\d{3,4}\b|\b\d{1,2}F-[A-Z]-?\d{2,4}(?:号商铺|号铺|号|铺位|铺|档口|档)?|\b\d{3,4}[A-Z]\s*(?:单元|室)|\b\d{1,3}F(?:\s*-?\s*\d{3,4}(?:室|号)?|\b)|` +
	`(?:苑|园|村|城|府|庭|湾|区)\s*\d{1,3}-\d{3,4}\b|区\s*\d{1,2}-\d{1,2}\b|[A-Z]区\s*\d{1,4}\s*(?:号档|号摊|号铺|档口|档|摊位|摊)|` +
	`(?:区|夜市)\s*[A-Z0-9]{1,2}\s*排\s*\d{1,3}\s*(?:号档|号摊|号|档口|档|摊位|摊)|\b[A-Za-z]\s*单元|区\s*[A-Z]-?\d{1,3}(?:\s*(?:号档|号摊|号铺|号楼|号|栋|幢|座|楼)|\b)|[东西中]单元|\b(?:[A-Z]\d|\d{1,2}F|F\d)-[A-Z]?\d{2,4}(?:号商铺|号铺|号|铺位|铺)?`))

// signer is a line that only names an office signing a notice: "云栖花园物业服务中心", "某某物业
// 管理有限公司", "业主委员会".
var signer = quickre.MustCompile(EitherScript(`^\p{Han}{0,24}(?:服务中心|管理处|物业|公司|委员会|业委会|居委会|办公室|客服部|工程部|管理部)$`))

// dateLine is a letter's date, maybe with its weekday: "2026年11月20日 星期五", "2026-11-20",
// "2026.11.20", "20.11.2026" as Hong Kong writes it, "20261120", "11月11日" without its year.
var dateLine = quickre.MustCompile(`^(?:\d{4}\s*(?:年|[-./])\s*\d{1,2}\s*(?:月|[-./])\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|` +
	`[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*[日号]|` +
	`\d{1,2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{4}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))` +
	`\s*(?:[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?|[（(][一二三四五六日][）)])?$`)
