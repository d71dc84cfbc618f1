package contact

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"complaintdesk/data/quickre"
)

// withoutOtherParties is a person's mail without the labelled lines about someone else, and
// the labelled lines that follow them until a blank line, an unlabelled line or a line about the
// writer: their phone number and address are not the writer's. A line begun by a label of no
// contact field ("店长：李华 电话：…") gives none either. writer is the sender's name: a line that
// names them ("联系人：周晴，电话：…") is theirs.
func withoutOtherParties(text, writer string) string {
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	other := false
	quoting := false // a notice or someone's message the writer quotes, until a blank line
	pasting := false // someone's words pasted whole ("以下是邻居发给我的："), until a blank line
	// The paste's first line, and whether it began with a quote mark.
	pastedFrom, inQuotes := 0, false
	// Whether the pasted lines are a chat's, each labelled by who said it ("1801-赵：…").
	chat := false
	// The quote marks (“, 「, 『) a paste in quotes opened and did not close yet.
	open, curly := 0, false
	// gap is set when a blank line follows the introduction: what it introduces is set apart as
	// a letter or notice of several paragraphs, whose blank lines end nothing.
	gap := false
	first := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) != "" })
	// The role the writer claims, and whether they keep a store (its lines are theirs then):
	// read once, and only for a text with a line labelled as someone else's.
	role, store, claimed := "", false, false
	claims := func() (string, bool) {
		if !claimed {
			role, store, claimed = claimedRole(text), keepsStore(text), true
		}
		return role, store
	}
	for i, l := range lines {
		label, labelled := lineLabel(l)
		switch {
		case i >= Lines:
		case strings.TrimSpace(l) == "" && (pasting || quoting) && (pastedFrom == i || gap || pasting && inQuotes):
			// Blank lines before the pasted words, between the paragraphs of a letter set
			// apart, or inside words pasted in quotes until their closing quote mark, end no
			// paste.
			if pastedFrom == i {
				pastedFrom, gap = i+1, true
			}
		case strings.TrimSpace(l) == "":
			other, quoting, pasting = false, false, false
		case gap && (separator.MatchString(strings.TrimSpace(l)) || signsAs(l, writer)):
			// The writer again, signing, or below a line that only separates.
			other, quoting, pasting, gap = false, false, false, false
		case gap && pasting && pastedFrom < i && writerAgain.MatchString(strings.TrimSpace(l)):
			// The writer asks the office again below what they pasted: "这事请管理处跟我联系，我的电话…".
			other, quoting, pasting, gap = false, false, false, false
			kept = append(kept, l)
			continue
		case gap && quoting && !pasting && wholeQuote(strings.TrimSpace(l)):
			// A notice quoted whole between quote marks ("“各沿街商户：…云栖雅苑服务中心”") ends
			// with them: the next blank line ends it.
			gap = false
			continue
		case gap && (dateLine.MatchString(strings.TrimSpace(l)) || signer.MatchString(strings.TrimSpace(l))):
			// A notice's or letter's date, or the office that signs it, is its last line: the
			// next blank line ends it.
			gap = false
			continue
		case pasting && pastedFrom < i && chat && !labelled && strings.HasPrefix(strings.TrimSpace(l), "我是"):
			// "我是18号楼1703的欧阳丽萍。…" below the lines of a group chat pasted ("1801-赵：…"):
			// the writer again.
			other, quoting, pasting, gap = false, false, false, false
			kept = append(kept, l)
			continue
		case pasting:
			// Their "我" is not the writer's, until a separator or, when it was pasted in
			// quotes, the closing quote mark.
			t := strings.TrimSpace(l)
			chat = chat && (labelled || strings.HasPrefix(t, "【") && strings.HasSuffix(t, "】"))
			if pastedFrom == i {
				inQuotes = strings.HasPrefix(t, "“") || strings.HasPrefix(t, "「") || strings.HasPrefix(t, "『") ||
					strings.HasPrefix(t, "\"")
				open, curly = 0, inQuotes && !strings.HasPrefix(t, "\"")
			}
			// The quote closes at the line's end, or inside it where what it opened is closed:
			// “…我的电话是138…。”她就说了这些。
			open += strings.Count(t, "“") + strings.Count(t, "「") + strings.Count(t, "『") -
				strings.Count(t, "”") - strings.Count(t, "」") - strings.Count(t, "』")
			closed := strings.HasSuffix(t, "”") || strings.HasSuffix(t, "」") || strings.HasSuffix(t, "』") ||
				strings.HasSuffix(t, "\"") || curly && open <= 0
			pasting = !separator.MatchString(t) && !(inQuotes && closed)
			other, quoting, gap = pasting, quoting && pasting, gap && pasting
			continue
		case introduces(l, i):
			// "物业说转给了维修公司：" above the firm's lines; "物业发给我的短信：" above its words.
			other, quoting = true, quotes(l)
			pasting, pastedFrom, inQuotes, gap, chat = pastes.MatchString(l), i+1, false, false, true
		case quoting && !labelled && writerSpeaks(l):
			// The writer speaks again ("结果到晚上十点都没来水，我…"); a notice's 我们, 我司
			// and 我处 are its own.
			other, quoting, gap = false, false, false
		case quoting && labelled && selfLabel.MatchString(label) && strings.HasPrefix(label, "我的") &&
			!otherParty.MatchString(strings.TrimPrefix(label, "我的")):
			// "我的电话就是下单那个：159…" below what the writer quoted: they speak again.
			other, quoting, gap = false, false, false
		case quoting && labelled:
			continue
		case other && !labelled && nameLine(l, writer):
			// The name of whoever the lines above introduce ("下面是房东的联系方式\n刘建国\n电话：…").
			continue
		case !labelled || salutation(l, label) || i == first && addressee(l, label) || namesWriter(l, writer):
			other = false
		case labelled && ownBeforeOthers(l) != "":
			// "联系电话：135…（手机） / 010-…（前台）": the writer's number, before the desk's.
			other = false
			kept = append(kept, ownBeforeOthers(l))
			continue
		case otherInBrackets.MatchString(numberReaches.ReplaceAllString(l, "")) && (formKey(label) != "name" || otherPerson.MatchString(l)) &&
			!(formKey(label) == "address" && besidePlace.MatchString(l)) && !writerNote.MatchString(l) && !claimedInBrackets(l, claims) && !noteWord.MatchString(l):
			// Not "地址：1幢102（物业办公室楼上）": where the flat is; not "附：装修验收单照片（已另行发给
			// 前台）", a note of what the writer sent.
			// "业主：李先生（房东）" to a tenant is the landlord.
			other = true
			continue
		case selfLabel.MatchString(label):
			// "我的邻居：" is the neighbour.
			other = otherParty.MatchString(strings.TrimPrefix(strings.TrimPrefix(label, "我的"), "本人")) && formKey(label) != "company"
			if other {
				continue
			}
		case labelled && callBackLabel.MatchString(label):
			// "回电请打前台：021-…转 801" from the front desk's clerk: the number the writer asks to
			// be called back on, whoever's desk it rings.
			other = false
		case labelled && otherParty.MatchString(label) && ownClaimed(label, claims):
			// "店长手机：159…" under "我是3楼L3-08号铺的店长罗建明", "门店地址：…" under a
			// franchisee's name: the writer's own.
			other = false
		case otherParty.MatchString(label) && (!isASCII(label) || englishName.MatchString(strings.TrimSpace(l[colon(l)+1:]))):
			// In English, a role names someone else when a name follows ("Engineer on duty: Mr.
			// Wang"); "Front desk staff: Amy (very rude)" only says what the writer met. A line's
			// hotline ("全国服务热线：400-…" in a company's signature) is that line's alone.
			other = !serviceLabel.MatchString(label)
			if rest := writerAfter(l, writer); rest != "" {
				// "工程部王经理电话：135…，说周三派人来。我在家等了一天。谢军，15栋…": the writer
				// speaks again after the sentence the label begins.
				kept, other = append(kept, rest), false
			}
			continue
		case other && labelled && writerInLabel.MatchString(label):
			// "如有需要請致電本人手提：9456 7821" below the shop's "店舖電話：": the writer's own.
			other = false
		case other && labelled && i > 0 && bareMobile.MatchString(label) && ownStoreLabel.MatchString(previousLabel(lines[i-1])):
			// "手机：138…" below the shop's "店铺电话：0755-…" in a keeper's signature: the shop's
			// line, then their own mobile.
			other = false
		case other, strayFields(l) && ownFields(l) == nil:
			continue
		}
		kept = append(kept, l)
	}
	return strings.Join(kept, "\n")
}

// ownBeforeOthers is a labelled line up to a second number a note in brackets says is someone
// else's, where its first number is not: "联系电话：135…（手机）" of "联系电话：135…（手机） /
// 010-…（前台）", "联系电话：139…" of "联系电话：139…（店里座机 0731-… 一般是店员接）"; "" for any
// other line.
func ownBeforeOthers(l string) string {
	loc := otherInBrackets.FindStringIndex(l)
	if loc == nil {
		return ""
	}
	head := l[:loc[0]]
	if c := colon(head); c >= 0 && digitCount(l[loc[0]:loc[1]]) >= 7 {
		// "联系电话：139…（店里座机 0731-…一般是店员接）": the writer's number, then the shop's in
		// the note after it.
		if value := strings.TrimSpace(strings.TrimLeft(head[c:], ":：")); phoneIn(value) == value && isPhone(value) {
			return strings.TrimRight(head, " \t")
		}
	}
	cut := strings.LastIndexAny(head, "/／，,、;；")
	if cut < 0 || otherInBrackets.MatchString(head[:cut]) {
		return ""
	}
	c := colon(head[:cut])
	if c < 0 {
		return ""
	}
	value := strings.TrimLeft(head[c:cut], ":：")
	if i := strings.IndexAny(value, "（("); i >= 0 {
		value = value[:i] // "135…（手机）": the number, without its note
	}
	if p := phoneIn(strings.TrimSpace(value)); p == "" || !isPhone(p) {
		return ""
	}
	return strings.TrimRight(head[:cut], " \t")
}

// claimedInBrackets tells a line whose note in brackets names the role the writer claims as
// theirs: "联系电话：177…（店长手机）" under "我是3楼L3-318柠湾茶饮的店长许文静".
func claimedInBrackets(l string, claims func() (string, bool)) bool {
	m := otherInBrackets.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	role, _ := claims()
	return role != "" && m[1] == role
}

// writerAgain begins a paragraph of the writer's own after words they pasted: they ask the office
// to deal with them.
var writerAgain = quickre.MustCompile(EitherScript(`^(?:这事|此事|这件事)?[，,]?(?:请|麻烦)(?:管理处|物业|你们)[^。\n]{0,8}?(?:跟|和|与|联系)我|^(?:这事|此事)[^。\n]{0,6}?我的(?:电话|手机)`))

// writerNote is a note in brackets after a number that asks for the writer to be called on it:
// "手机：135…（请直接打我手机，前台电话…经常没人接）" names the front desk, whose number it is not;
// or says it is the front desk of the writer's own clinic or company: "（诊所前台，周一至周六…）".
var writerNote = quickre.MustCompile(EitherScript(`[（(][^（）()\n]{0,6}(?:打我|找我|联系我|致电我)|[（(](?:我们|我司|本店|本公司|诊所|门店|店里|公司)(?:的)?前台`))

// bareMobile is a label of a mobile number alone, a person's own.
var bareMobile = quickre.MustCompile(EitherScript(`^(?:手机|手机号|手机号码)$`))

// previousLabel is the label l begins with, "" when none.
func previousLabel(l string) string {
	label, _ := lineLabel(l)
	return label
}

// callBackLabel is a label that asks the office to call the writer back on the number after it:
// "回电请打前台", "回电话请拨".
var callBackLabel = quickre.MustCompile(EitherScript(`^\s*回电(?:话)?(?:请)?(?:打|拨)`))

// writerInLabel is a label that says the number is the writer's own: "請致電本人手提", "我的手机".
var writerInLabel = quickre.MustCompile(EitherScript(`本人|我的|我(?:手机|电话|手提)`))

// claimedRole is the role the writer says is theirs ("我是…的店长罗建明", "本人系…负责人"), in
// the script they write it; "" when they claim none.
func claimedRole(text string) string {
	if m := roleClaim.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	if m := storeSigned.FindStringSubmatch(text); m != nil && containsAny(text, "店 店长", "店 店主", "店 店長") {
		return m[1] // "湖滨店 店长 徐立新" signing the store's mail
	}
	if m := roleSigned.FindStringSubmatch(text); m != nil {
		return m[1] // "店长 孟凡" on a line of its own, above "店长手机：…"
	}
	return ""
}

var (
	roleClaim  = quickre.MustCompile(EitherScript(`(?:我|本人)(?:是|系)[^。，,\n]{0,24}?(店长|店主|摊主|负责人|经理|老板|主管)`))
	roleSigned = quickre.MustCompile(EitherScript(`(?m)^[ \t]*(店长|店主|摊主|负责人|老板)[ \t]+\p{Han}{2,3}[ \t]*$`))
)

// ownClaimed tells a label of someone else's that the writer claims as theirs: their role's
// number ("店长手机" of "我是…的店长罗建明"), their store's ("门店地址" of a franchisee).
func ownClaimed(label string, claims func() (string, bool)) bool {
	if !phoneLabel(label) && !ownStoreLabel.MatchString(label) {
		return false
	}
	role, store := claims()
	// A franchise's store owner ("加盟店主") signs with the store's manager's number ("店长手机").
	keeps := role != "" && (strings.HasPrefix(label, role) || strings.HasSuffix(role, "店主") && strings.HasPrefix(label, "店长"))
	return keeps && phoneLabel(label) || store && ownStoreLabel.MatchString(label)
}

// ownStoreLabel is the label of a store's number or address: "门店地址", "店铺电话".
var ownStoreLabel = quickre.MustCompile(EitherScript(`^(?:门店|店铺|本店)(?:地址|电话|手机|座机|联系电话|编号|名称|代号|号)?$`))

// phoneLabel tells a label of a phone number: "店长手机", "负责人电话".
func phoneLabel(label string) bool {
	return formKey(label) == "phone" || strings.HasSuffix(label, "手机") || strings.HasSuffix(label, "手機") ||
		strings.HasSuffix(label, "电话") || strings.HasSuffix(label, "電話")
}

// writerAfter is the end of line l from the first sentence after its first where the writer
// speaks ("我在家等了一天。") or signs with their name; "" when none does.
func writerAfter(l, writer string) string {
	sentences := sentencesOf(l)
	for k := 1; k < len(sentences); k++ {
		t := strings.TrimSpace(sentences[k])
		if firstPersonStart.MatchString(t) && writerSpeaks(t) || writer != "" && strings.HasPrefix(t, writer) {
			return strings.Join(sentences[k:], "")
		}
	}
	return ""
}

// besidePlace is a note in brackets at the end of a line saying where a place is: "（物业办公室楼上）".
var besidePlace = quickre.MustCompile(EitherScript(`[（(][^）)]*(?:对面|隔壁|旁边|附近|楼上|楼下|上面|下面|后面|前面|旁)[）)]\s*$`))

// ownContact is the phone number and address a person's mail gives as the writer's own: on a
// line that names them ("投诉人：李四 电话：…" from 李四, in a letter two residents signed) or that
// says so ("我的电话：…"); "" for what it gives so for neither.
func ownContact(text, writer string) (phone, address string) {
	for i, l := range strings.Split(text, "\n") {
		if i >= Lines {
			break
		}
		fields := ownFields(l)
		if namesWriter(l, writer) {
			fields = formLineFields(l)
		}
		for _, f := range fields {
			switch {
			case f.key == "phone" && phone == "":
				if p := cmp.Or(markedNumber(f.value), phoneIn(f.value)); p != "" && isPhone(p) {
					phone = p
				}
			case f.key == "address" && address == "" && f.value != "" && !noAddress.MatchString(f.value) &&
				utf8.RuneCountInString(f.value) <= maxValue:
				address = addressValue(f.value)
			}
		}
	}
	return phone, address
}

// ownFields are the fields of a line the writer labels as theirs, wherever they stand on it:
// "我的电话：", "本人地址：", also after someone else's ("母亲电话：136… 我的电话：139…"), not
// "我的邻居：王五 电话：…".
func ownFields(l string) []formField {
	if colon(l) < 0 || !contains(l, "我") && !contains(l, "本人") {
		return nil
	}
	var out []formField
	labels := formLabel.FindAllStringSubmatchIndex(l, perLine)
	for i, m := range labels {
		label := strings.Trim(l[m[2]:m[3]], " \t*")
		key := formKey(label)
		if key == "" || !strings.HasPrefix(label, "我") && !strings.HasPrefix(label, "本人") ||
			quoted(l[:m[2]]) || notice.MatchString(l[:m[2]]) {
			continue // "门上贴的告示：本户装修，我的电话：…" is the neighbour's
		}
		end := len(l)
		if i+1 < len(labels) {
			end = labels[i+1][2]
		}
		out = append(out, formField{key, strings.TrimRight(strings.TrimSpace(l[m[1]:end]), "，,；;。 \t")})
	}
	return out
}

// namesWriter tells a line whose name field names the writer ("联系人：周晴，电话：…" from 周晴).
func namesWriter(l, writer string) bool {
	writer = strings.TrimSpace(writer)
	if !contains(l, writer) || utf8.RuneCountInString(writer) < 2 {
		return false
	}
	if titleOnly.MatchString(writer) {
		// "王先生", "小王" may be anyone of the name, but "药房负责人：李先生" in the keeper's mail
		// names them.
		label, ok := lineLabel(l)
		_, value, _ := strings.Cut(l, label)
		return ok && ownRole.MatchString(label) && strings.TrimSpace(strings.TrimLeft(value, " \t:：")) == writer
	}
	whole := func(value string) bool {
		rest, ok := strings.CutPrefix(value, writer)
		r, _ := utf8.DecodeRuneInString(rest)
		return ok && (rest == "" || !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r))
	}
	for _, f := range formLineFields(l) {
		if f.key == "name" && whole(f.value) {
			return true
		}
		if role, value, ok := strings.Cut(f.value, " "); f.key == "name" && ok && keeperWord.MatchString(role) && whole(strings.TrimSpace(value)) {
			return true // "反馈人：值班长 孙浩" from 孙浩
		}
	}
	if m := otherInBrackets.FindStringIndex(l); m != nil && chineseName(writer) {
		// "联系电话：186…（现场负责人 谢婷）" from 谢婷: the role is theirs.
		inner := strings.TrimSpace(strings.TrimRight(strings.TrimLeft(l[m[0]:m[1]], "（("), "）)"))
		if rest, ok := strings.CutSuffix(inner, writer); ok && (rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, "：") || strings.HasSuffix(rest, ":")) {
			return true
		}
	}
	// "业主：黄志强（5幢601） 电话：…" from 黄志强, "负责人：何静 电话：…" from 何静; "车主：周立群"
	// alone on its line from 周立群, whatever their role (not "报修人：张伟东 维修师傅：刘强 电话：…",
	// the repairman's).
	if label, ok := lineLabel(l); ok {
		_, value, _ := strings.Cut(l, label)
		value = strings.TrimLeft(value, " \t:：")
		return whole(value) && (selfLabel.MatchString(label) || ownRole.MatchString(label) || colon(value) < 0)
	}
	return false
}

// englishName is a person's name as English writes it, maybe with their number after it: "Mr.
// Wang", "Ms Li Na", "Chen Hua 139…".
var englishName = quickre.MustCompile(`^(?:(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?\s+)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){0,2}[\s,;:]*[+\d()\s-]*$`)

// writerSpeaks tells a line with the writer's "我" in it, not a notice's "我们", "我司", "我处".
func writerSpeaks(l string) bool {
	for i := strings.Index(l, "我"); i >= 0; {
		r, _ := utf8.DecodeRuneInString(l[i+len("我"):])
		if r != '们' && r != '們' && r != '司' && r != '处' && r != '處' {
			return true
		}
		next := strings.Index(l[i+len("我"):], "我")
		if next < 0 {
			break
		}
		i += len("我") + next
	}
	return false
}

// signsAs tells a line that names the writer: as namesWriter does, or beginning with their name
// in full ("王建国", "王建国 13800001111").
func signsAs(l, writer string) bool {
	writer = strings.TrimSpace(writer)
	if namesWriter(l, writer) {
		return true
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(l), writer)
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && utf8.RuneCountInString(writer) >= 2 && !titleOnly.MatchString(writer) &&
		(rest == "" || !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r))
}

// titleOnly is a name that only says how someone is addressed: a surname and a title, or 小王.
var titleOnly = quickre.MustCompile(EitherScript(`(先生|女士|小姐|太太|阿姨|师傅|師傅|老师|老師|经理|經理|同学|同學)$|^(小|老|阿)\p{Han}$`))

// otherInBrackets is someone else named in brackets after a name ("李先生（房东）"); after the
// name of a mail's contact (联系人, 姓名) only a person of otherPerson is: "联系人：吴丽珊（分店经理）"
// is the shop's manager writing.
var otherInBrackets = quickre.MustCompile(`[（(][^）)]*(` + otherParty.String() + `)[^）)]*[）)]`)

// numberReaches is a note in brackets after a number saying where and when it reaches the
// writer: "（白天在单位）", "（公司）", or which of their numbers to call: "（请打手机，门店电话是
// 店员接）".
var numberReaches = quickre.MustCompile(EitherScript(`[（(](?:白天|晚上|夜间|工作日|周末|上班时间?|下班后)?(?:在|打)?(?:单位|公司|办公室)[）)]|` +
	// "（请打手机，门店电话是店员接）": which of the writer's numbers to call.
	`[（(](?:请|麻烦)?(?:打|拨|联系)(?:我的?)?(?:这个|手机|电话|此号|这个号)[^）)]*[）)]`))

// otherPerson is someone else than the writer by how they stand to them.
var otherPerson = quickre.MustCompile(EitherScript(`房东|房主|邻居|楼上|楼下|隔壁|对门|对方|租客|车主`))

// salutation tells a letter's salutation ("尊敬的物业：您好！", "物业：您好"), which speaks to the
// office, from a line about someone else.
func salutation(line, label string) bool {
	if greeting.MatchString(label) {
		return true
	}
	_, value, _ := strings.Cut(line, label)
	value = strings.TrimLeft(value, " \t:：")
	return strings.HasPrefix(value, "您好") || strings.HasPrefix(value, "你好")
}

// addressee tells a mail's first line that names whom it is for before what it says: "会务组：早上
// 7:40的接驳车…到8:20才来，…", "物业：楼上1703的空调外机…", "市场管理处：我是蔬菜区V-08号摊位的杨老板，…。
// 电话：152…"; not "店长：李华 电话：…".
func addressee(line, label string) bool {
	_, value, _ := strings.Cut(line, label)
	value = strings.TrimLeft(value, " \t:：")
	// After an office greeted, a label's colon after the words is the writer's own field below a
	// sentence ("…影响我做生意。电话：152…").
	stop, c := strings.Index(value, "。"), strings.Index(value, "：")
	return utf8.RuneCountInString(value) > 15 && quickre.ContainsAny(value, "，。！？,!?") && (c < 0 || stop >= 0 && stop < c && officeGreeted.MatchString(label))
}

// officeGreeted is a first line's label that greets the office: "市场管理处", "物业", "客服中心".
var officeGreeted = quickre.MustCompile(EitherScript(`(?:管理处|管理办|管理办公室|管理中心|物业|服务中心|客服|客服中心|客服部|前台)$`))

// strayFields tells a line whose first label is no contact field of the writer's nor their own
// line, before labels that are: the fields that follow belong to whoever it names ("店长：李华
// 电话：…", "会务组：王老师 手机：…").
func strayFields(l string) bool {
	labels := formLabel.FindAllStringSubmatchIndex(l, -1)
	if len(labels) < 2 || len(l) > 80 && strings.Count(l, ". ") >= 1 {
		// English sentences with colons in them ("Please note: my German mobile… Please call my
		// local SIM instead: +86…") are prose, not fields.
		return false
	}
	first := strings.TrimLeft(strings.Trim(l[labels[0][2]:labels[0][3]], " \t*"), "（(【[")
	if rest, ok := strings.CutPrefix(strings.TrimPrefix(first, "我"), "再说一遍"); ok {
		first = rest // "我再说一遍我家地址：…，电话：…": the writer's own, said again
	}
	// "D: +852 3165 4420 | M: …": a signature's letter for a direct line, a fax, an office.
	letter := len(first) == 1 && contains("DdFfOoEeWwPp", first)
	return formKey(first) == "" && !selfLabel.MatchString(first) && !ownLines[strings.ToLower(first)] && !letter
}

// introduces says whether line i ends in a colon that introduces someone else's lines below it;
// a greeting ("尊敬的物业公司：") does not.
func introduces(line string, i int) bool {
	t := strings.TrimSpace(line)
	before, ok := strings.CutSuffix(t, "：")
	if !ok {
		before, ok = strings.CutSuffix(t, ":")
	}
	if !ok {
		// Without a colon: "房东信息如下", "下面是房东的联系方式", "这是他家贴在门上的联系方式".
		before = strings.TrimLeft(lastClause(strings.TrimRight(t, "。.")), "，,；;。！？!?")
		return utf8.RuneCountInString(before) <= 25 && introWords.MatchString(before) && !ownIntro.MatchString(before) &&
			(otherParty.MatchString(before) || otherPerson.MatchString(before) || someoneElse.MatchString(before))
	}
	// A letter's first line ending in a colon is its salutation ("阳光物业管理有限公司："),
	// unless it is a sentence.
	first := i == 0 && !quickre.ContainsAny(before, "，,") && !notice.MatchString(before) && !pastes.MatchString(before)
	// "我是楼下住户，以下是我的联系方式：", "以后的通知请寄到这个地址：" introduce the writer's own lines.
	self := ownIntro.MatchString(before) || invoiceAsked.MatchString(before)
	return !first && !self && !greeting.MatchString(before) &&
		(otherParty.MatchString(before) || notice.MatchString(before) || pastes.MatchString(before))
}

// wholeQuote tells a line that opens and closes a quotation: "“…”", "「…」".
func wholeQuote(t string) bool {
	return strings.HasPrefix(t, "“") && strings.HasSuffix(t, "”") && strings.Count(t, "”") == 1 ||
		strings.HasPrefix(t, "「") && strings.HasSuffix(t, "」") && strings.Count(t, "」") == 1
}

// introWords end a line that introduces what follows without a colon: "…如下", "…的联系方式".
var introWords = quickre.MustCompile(EitherScript(`(?:如下|联系方式|联系信息|信息|资料|发给我的|发来的|微信|短信|消息|留言)$`))

// someoneElse names a person other than the writer: "他家", "她的", "对方", "漏水那户".
var someoneElse = quickre.MustCompile(EitherScript(`他|她|对方|人家|那户|这户|该户|那家|这家`))

// invoiceAsked is the writer asking for an invoice above its details ("麻烦开一下车位管理费的发票："):
// the lines below are theirs, not a paper they quote.
var invoiceAsked = quickre.MustCompile(EitherScript(`(?:开|開)(?:一下|个|個|一张|一張|张|張)?[^，,。\n]{0,12}(?:发票|發票)$`))

// notice is a notice or message of someone else's the writer quotes ("你们贴的通知是这样写的：",
// "物业发给我的短信：", "催费单上写着："), or a shop's paper ("取衣凭证如下：", "小票：").
var notice = quickre.MustCompile(EitherScript(`通知|通告|公告|告示|提示|公示|短信|簡訊|微信|纸条|字条|传单|催费单|单子|写着|写道|原话|说：?$|` +
	`凭证|收据|小票|单据|账单|发票`))

// quotes tells an introducing line above someone's words, which may have lines of their own
// without a colon: their block lasts until a blank line.
func quotes(line string) bool {
	return notice.MatchString(strings.TrimRight(strings.TrimSpace(line), ":："))
}

// separator is a line that only separates: "———", "-----", "*****".
var separator = quickre.MustCompile(`^[-—–_=*~·.。]{3,}$`)

// nameLine tells a line that is a person's name alone, not the writer's: two to four Chinese
// characters.
func nameLine(l, writer string) bool {
	t := strings.TrimSpace(l)
	n := utf8.RuneCountInString(t)
	return n >= 2 && n <= 4 && hanOnly(t) && t != strings.TrimSpace(writer)
}

// pastes introduces someone else's words pasted whole below it: "以下是邻居发给我的：", "原文如下：",
// "下面是业主群里的聊天记录：".
var pastes = quickre.MustCompile(EitherScript(`原文|原话|发给我的|发来的|转给我的|[他她]发的|聊天记录|群里的|你们的回复|你们的答复|` +
	`你们回复|你们答复|回复如下|答复如下`))

// ownIntro introduces the writer's own lines: "以下是我的联系方式：", "我家情况如下：", "请寄到这个
// 地址：", "以下信息请核对后尽快开具电子发票发到本邮箱：" above the company's details for its
// invoice, "对此本人有以下意见：" above the writer's own points.
var ownIntro = quickre.MustCompile(EitherScript(`(我的|我嘅|本人|我家)(联系|聯絡|信息|資料|资料|情况|情況|地址|电话|電話)|这个(地址|号码)|這個(地址|號碼)|请(寄|发)到|以下(信息|资料)请(核对|核实|确认)|` +
	`(本人|我|我们)(有|提出|提|反映)以下(几点|几个|几项)?(意见|建议|看法|诉求|要求|问题)$`))

// greeting begins a letter's salutation.
var greeting = quickre.MustCompile(EitherScript(`^(尊敬的|致|亲爱的|親愛的|您好|你好)`))

// lineLabel is what stands before the first colon of a line that labels a value ("电话：138…"):
// a few words, no sentence ("客服回复说：…" is one) and not a greeting ("尊敬的物业公司：").
func lineLabel(l string) (string, bool) {
	i := colon(l)
	if i <= 0 {
		return "", false
	}
	label := strings.TrimSpace(l[:i])
	_, n := utf8.DecodeRuneInString(l[i:])
	// An English label of a few words is longer: "Engineer on duty".
	long := utf8.RuneCountInString(label) > 12 && (len(label) > 24 || !isASCII(label) || len(strings.Fields(label)) > 3)
	if strings.TrimSpace(l[i+n:]) == "" || long || quickre.ContainsAny(label, "，。,；;！!？?") ||
		saying.MatchString(label) {
		return "", false
	}
	return label, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// reportedFor tells a staff member's record of a resident's complaint, the resident under a label
// of its own: "B区管家林晓转业主诉求一则，请登记跟进：\n业主：郑先生（B栋2203）", "今天上午10:20接到业主
// 家来电，记录如下：\n来电人：蒋先生".
func reportedFor(text string) bool {
	if !containsAny(text, "诉求", "訴求", "来电", "來電", "记录", "記錄", "接到", "代为", "代為", "转达", "轉達", "投诉", "投訴") || !reportWords.MatchString(text) {
		return false
	}
	for _, l := range strings.Split(text, "\n") {
		if label, ok := lineLabel(strings.TrimSpace(l)); ok && residentsLabel(label, text) {
			return true
		}
	}
	return false
}

// residentsLabel tells the label of the resident's name or role in a record of text: "业主：",
// "来电人：", "投诉人："; "姓名：" where the writer passes on someone's complaint ("让我帮她转达一下她的
// 投诉…姓名：卢玉芬").
func residentsLabel(label, text string) bool {
	label = strings.TrimRight(label, " \t:：")
	return residentLabel.MatchString(label) || label == "姓名" && passesOn.MatchString(text)
}

// reportedBlock is text up to the end of the record's lines that name the resident: the staff
// member's own name and number below it ("周凯\n…楼栋管家\n手机：159…") are no part of it.
func reportedBlock(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if label, ok := lineLabel(strings.TrimSpace(l)); !ok || !residentsLabel(label, text) {
			continue
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		// "加盟商：孟庆华，电话 135 8650 2718": the number's label after a comma begins a line of its own.
		return numberAfterComma.ReplaceAllString(strings.Join(lines[:j], "\n"), "\n$1：")
	}
	return text
}

var numberAfterComma = quickre.MustCompile(EitherScript(`[，,][ \t]*(电话|手机|联系电话)[ \t]*[:：]?[ \t]*`))

var (
	passesOn      = quickre.MustCompile(EitherScript(`(?:帮|替)(?:她|他)转达|代为转达`))
	reportWords   = quickre.MustCompile(EitherScript(`(?:帮|替)(?:她|他)转达|代为转达|(?:委托|托|让|请)我(?:帮(?:她|他))?转达|接到[^。\n，,]{1,8}?(?:业主|住户|租户|客户)(?:的)?来电|来电投诉登记|投诉登记表|转(?:业主|住户|租户)?诉求|转(?:一下|一个|一位|一则|一条)?(?:\d{1,3}(?:栋|幢|号楼))?(?:业主|住户|租户)(?:的)?(?:投诉|报修)|(?:业主|住户|租户)诉求|来电记录|记录如下|事件记录|投诉记录|处理记录|接到(?:业主|住户|租户)|代为反映|转达(?:业主|住户)|以下(?:为|是)(?:业主|住户|租户)(?:的)?(?:投诉|诉求|报修)`))
	residentLabel = quickre.MustCompile(EitherScript(`^(?:业主|住户|租户|来电人|报事人|反映人|诉求人|求助人|投诉人|加盟商|业主姓名|住户姓名)$`))
)

// inlineAnswers are the writer's answers typed under the office's questions they quote, each as
// the question's label and its answer: "您的房号：18幢2单元701" of "> 1. 您的房号：\n18幢2单元701"; ""
// when the text answers none so.
func inlineAnswers(text string) string {
	if !contains(text, "\n>") {
		return ""
	}
	lines := strings.Split(text, "\n")
	var out []string
	for i := 0; i+1 < len(lines) && i < Lines; i++ {
		q, ok := strings.CutPrefix(strings.TrimSpace(lines[i]), ">")
		answer := strings.TrimSpace(lines[i+1])
		if !ok || answer == "" || strings.HasPrefix(answer, ">") {
			continue
		}
		if q = strings.TrimSpace(listMarker.ReplaceAllString(strings.TrimSpace(q), "")); endsInColon(q) && formKey(strings.TrimRight(q, ":： ")) != "" {
			out = append(out, q+answer)
		}
	}
	return strings.Join(out, "\n")
}

// withoutKinsPostscript is text without a relative's postscript below the writer's letter ("附：
// 我是殷国华的女儿殷悦，帮我爸把这封邮件发出来…也可以打我手机…"): its 我 is not the writer.
func withoutKinsPostscript(text string) string {
	if !contains(text, "我是") || !containsAny(text, "附", "PS", "P.S") {
		return text
	}
	if loc := kinsPostscript.FindStringIndex(text); loc != nil && loc[0] > 0 {
		return strings.TrimRight(text[:loc[0]], " \t\r\n")
	}
	return text
}

var kinsPostscript = quickre.MustCompile(EitherScript(`(?m)^[ \t]*(?:附|PS|P\.S\.)[:：.]?[ \t]*我是\p{Han}{2,3}的(?:女儿|儿子|孙女|孙子|外孙|外孙女|儿媳|女婿|家属|爱人|老伴)`))

// onBehalfOf is the person an English mail is written for, their number and their booth or office:
// "I am writing on behalf of our booth manager, Mr. Jacky Lo, who is on the show floor… call Jacky
// directly on his mobile, 9021 7735", "…on behalf of Mr. Hiroshi Tanaka, President of … Please call
// him directly on his Chinese mobile: +86 176…", "I'm the assistant of Ms. Helen Ng… Please call
// her China SIM 188…", "Please see below from our Director, Ms. Helen Choi… her mobile is 135…", "I am
// the domestic helper of Mrs. Helen Wong… Please call Mrs. Wong directly at 2811 3344", "…on behalf
// of my mother-in-law, Mrs. Li Guifang… Please call my husband Li Ming at 136…"; no one when the text
// speaks for none.
func onBehalfOf(text string) Writer {
	if !containsAny(text, "behalf", "y father", "y mother", "y Father", "y Mother", "ssistant", "ecretary", "see below", "PA to", "PA of", "asked me to pass", "helper", "maid", "nanny", "driver", "carer", "caregiver", "consultant", "agent", "coordinator") {
		return Writer{}
	}
	var w Writer
	if m := behalfOf.FindStringSubmatch(text); m != nil {
		w.Name = m[2]
		if !contains(m[2], " ") {
			// "…on behalf of Mr. Kwok, our Managing Director" signed "Executive Assistant to Mr.
			// Anthony Kwok": the whole name where the mail gives it, else the title and surname.
			w.Name = m[1] + ". " + m[2]
			for _, f := range titledFullName.FindAllStringSubmatch(text, perLine) {
				if f[2] == m[2] {
					w.Name = f[1] + " " + f[2]
					break
				}
			}
		}
	} else if m := parentWrittenAbout.FindStringSubmatch(text); m != nil {
		// "I'm writing on behalf of my mother 郑秀兰, who lives alone at…", "My father, Mr. Tan
		// Jianguo (谭建国), is 81 and lives by himself in…": by the name in their own characters.
		w.Name = cmp.Or(m[1], m[3], m[2])
	}
	if w.Name == "" {
		return Writer{}
	}
	named := func(n string) bool { return slices.Contains(strings.Fields(w.Name), n) } // "Nair" of "Priya Nair"
	for _, p := range theirMobile.FindAllStringSubmatch(text, perLine) {
		// "Please call madam 9345 6712", a domestic helper's employer.
		// "She requests a call back at her mobile +852…".
		if (named(p[1]) || strings.EqualFold(p[1], "him") || strings.EqualFold(p[1], "her") || strings.EqualFold(p[1], "madam") || strings.EqualFold(p[1], "back") || strings.HasPrefix(strings.ToLower(p[1]), "my ")) && isPhone(phoneIn(p[2])) {
			w.Phone = phoneIn(p[2])
			break
		}
	}
	for _, p := range possessedMobile.FindAllStringSubmatchIndex(text, perLine) {
		who, his, number := "", p[4] >= 0, text[p[6]:p[7]]
		if p[2] >= 0 {
			who = text[p[2]:p[3]]
		}
		if emergencyOnly.MatchString(text[max(0, p[0]-30):p[0]]) {
			continue // "For emergencies only, his own mobile is +49…": not the one to call
		}
		if w.Phone == "" && (named(who) || his) && isPhone(phoneIn(number)) {
			w.Phone = phoneIn(number) // "Raymond's local mobile is +86 155…", "his mobile is 139…"
		}
	}
	if h := employersHome(text); h != "" {
		w.Address = h // "I am Maria, the helper of Mrs. Chan Wai Man in Flat C, 25/F, Block 2."
	} else if b := englishOurBooth.FindStringSubmatch(text); b != nil && quickre.ContainsAny(b[1], "0123456789") {
		w.Address = b[1]
	} else if b := exhibitorsBooth(withHallAndBooth(text)); b != "" {
		w.Address = b // "Our booth is Hall 6, Booth 6B17 (KalTech Solutions Pte Ltd)."
	} else if o := englishOurOffice.FindStringSubmatch(text); o != nil {
		w.Address = o[1] // "Our office is Suite 2208, Tower A"
	} else if o := englishOurOfficeAt.FindStringSubmatch(text); o != nil && englishPlaces(o[1]) {
		w.Address = o[1] // "…regarding the air-conditioning in our office at Unit 1203, 12/F, Tower 2."
	} else if o := englishMyInBrackets.FindStringSubmatch(text); o != nil {
		w.Address = o[1] // "…the ceiling in our suite (Suite 2106-2108)"
	} else if o := bossesEnglishOffice.FindStringSubmatch(text); o != nil && englishPlaces(o[1]) {
		w.Address = o[1] // "…the air-conditioning in his office, Room 3203, 32/F."
	} else if h := livesAt.FindStringSubmatch(text); h != nil && quickre.ContainsAny(h[1], "0123456789") && !sentenceGoesOn.MatchString(h[1]) {
		w.Address = strings.TrimSpace(h[1]) // "…my father, Mr. Tang Zhenbang (唐振邦), who lives at 2-3-601 in your estate"
	}
	if loc := behalfOf.FindStringIndex(text); w.Address == "" && loc != nil {
		// "I write on behalf of Mr. Anthony Siu, Managing Director of Siu & Partners, Unit 2905,
		// 29/F.": the office the sentence gives him.
		said, _, _ := strings.Cut(text[loc[1]:], "\n")
		if inner, ok := strings.CutPrefix(strings.TrimSpace(said), "("); ok {
			// "…from our resident Mrs. Elaine Tsang (Tower 1, Flat 30B).": her flat in brackets.
			if inner, _, closed := strings.Cut(inner, ")"); closed && englishPlaces(inner) {
				said = inner
			}
		}
		said, _, _ = strings.Cut(said, ". ")
		parts := strings.Split(strings.TrimRight(said, ". "), ", ")
		for i := range parts {
			for _, at := range []string{"whose office is ", "whose flat is ", "who lives in ", "who lives at ", "who moved into ", "at ", "of ", "in "} {
				parts[i] = strings.TrimPrefix(parts[i], at) // "…Mrs. Cheung, at Block 3, 12/F, Flat E", "…, whose office is Unit 3601, 36F."
			}
			if englishFlat.MatchString(parts[i]) {
				w.Address = englishPlacesHead(strings.Join(parts[i:], ", "))
				break
			}
		}
	}
	if w.Phone == "" && containsAny(text, "coordinate with me", "follow-up to me", "follow-ups to me", "his assistant", "her assistant", "contact me", "with me:") {
		// "Dr. Müller is travelling this week, so please coordinate with me directly: +86 138…";
		// "Please contact me, his assistant, at +86 21 5012 3388 ext. 101".
		w.Phone = sentencePhone(text)
	}
	if m := parentsNumber.FindStringSubmatch(text); w.Phone == "" && m != nil && isPhone(phoneIn(m[1])) {
		w.Phone = phoneIn(m[1]) // "…给我妈妈打个电话说一声，她不用手机，请打家里座机 0571-8823 4156"
	} else if o := officeLineBelow(text); o != "" && contains(text, "our ") {
		w.Address = o // "…on behalf of our Managing Director, Dr. Helen Xu" above the firm's "Suite 3101, 31/F, …"
	}
	w.Address = withEnglishPlacesAfter(w.Address, text) // "Villa 27, Green Valley Villas"
	return w
}

// emergencyOnly ends the words before a number kept for emergencies only.
var emergencyOnly = quickre.MustCompile(`(?i)\b(?:for|in) (?:an )?emergenc(?:y|ies)(?: only)?,?\s*$`)

// officeLineBelow is the office of the last line of the text that gives one as a signature does
// ("Suite 3101, 31/F, Oriental Plaza"), without the building's name; "" when none does.
func officeLineBelow(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	for i := len(lines) - 1; i >= max(0, len(lines)-8); i-- {
		if l := strings.TrimSpace(lines[i]); englishOffice.MatchString(l) {
			return englishPlacesHead(l)
		}
	}
	return ""
}

// employersHome is the flat a domestic helper, a driver or a carer says their employer lives in,
// right after the employer's name: "Flat C, 25/F, Block 2" of "I am Maria, the helper of Mrs. Chan
// Wai Man in Flat C, 25/F, Block 2."; "" when none is said so.
func employersHome(text string) string {
	m := helperOf.FindStringIndex(text)
	if m == nil {
		return ""
	}
	if p := helpersEmployerAt.FindStringSubmatch(text[m[1]:]); p != nil && englishPlaces(englishPlacesHead(p[1])) {
		return englishPlacesHead(p[1])
	}
	return ""
}

// helperOf is a domestic helper, a driver or a carer naming the employer they write for;
// helpersEmployerAt the flat after the employer's name ("Mrs. Chan Wai Man in Flat C, 25/F, Block 2").
var (
	helperOf          = quickre.MustCompile(`\b[Ii](?: am|'m) (?:[A-Z]\p{Ll}+, )?(?:the |a )?(?:domestic )?(?:helper|maid|nanny|driver|caregiver|carer) (?:of|for) `)
	helpersEmployerAt = quickre.MustCompile(`^(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+[A-Z]\p{Ll}+(?: [A-Z]\p{Ll}+)* (?:in|at|of) ([^.\n]{3,60})`)
)

var (
	behalfOf = quickre.MustCompile(`\b(?:(?:[Ii] am|[Ii]'m|[Ww]e are) writing on behalf of|[Ii] write on behalf of|(?:[Ii] am|[Ii]'m) (?:the )?(?:assistant|secretary|PA|EA|personal assistant|executive assistant) (?:of|to)|` +
		`[Pp]lease see below (?:from|(?:the )?(?:e-?mail|note|message|complaint) from)|[Tt]he (?:tenant|owner|landlord|resident),|` +
		`[Ii](?: am|'m) (?:[A-Z]\p{Ll}+, )?(?:the |a )?(?:domestic )?(?:helper|maid|nanny|driver|caregiver|carer) (?:of|for)|` +
		`[Ii](?: am|'m) (?:the |a |an )?[a-z ]{0,30}?(?:consultant|agent|coordinator) (?:assisting|helping|for|of)) ` +
		`(?:(?:our|my) [a-zA-Z ]{2,30}?,\s*|our (?:resident|tenant|guest|client|owner)\s+)?(Mr|Ms|Mrs|Miss|Dr)\.?\s+([A-Z]\p{Ll}+(?: [A-Z]\p{Ll}+)*)`)
	// bossesEnglishOffice is the office of the one an English mail is written for: "Room 3203,
	// 32/F" of "in his office, Room 3203, 32/F."
	bossesEnglishOffice = quickre.MustCompile(`(?i)\b(?:his|her) office,\s*((?:room|suite|unit|office)\s[^.()\n]{2,40}?)(?:\.(?:\s|$)|\(|\n|$)`)
	// titledFullName is a titled given name and surname: "Mr. Anthony Kwok".
	titledFullName = quickre.MustCompile(`\b(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+([A-Z]\p{Ll}+) ([A-Z]\p{Ll}+)\b`)
	theirMobile    = quickre.MustCompile(`(?i)\b(?:call|contact|phone|ring|reach) (?:(?:mr|ms|mrs|miss|dr)\.? )?(my (?:father|mother|dad|mum|mom)|my (?:husband|wife|son|daughter)(?: [a-z]+){0,2}|my employer,? (?:mr|ms|mrs|miss|dr)\.? [a-z]+|[a-z]+) (?:directly )?(?:(?:on|at) )?` +
		`(?:(?:(?:his|her) )?(?:[A-Za-z]+ )?(?:mobile|phone|cell|home line|landline|number|sim|home)(?: number)?(?: at| on)?[,:]?\s*)?(\+?\d[\d \-]{6,18}\d(?: ?(?:ext\.?|x|extension) ?\d{1,5})?)`)
	possessedMobile = quickre.MustCompile(`\b(?:([A-Z][a-z]+)[’']s|(his|her)) (?:[a-z]+ )?(?:mobile|phone|cell)(?: number)? (?:is|:)\s*(\+?\d[\d \-]{6,18}\d)`)
	// sentenceGoesOn is a word of a sentence going on after a place: "9A to fix the drain pipe" of
	// "Please ask the owner of 9A to fix the drain pipe."
	sentenceGoesOn = quickre.MustCompile(`\b(?:to|is|was|has|have|and|will|should)\b`)
	livesAt        = quickre.MustCompile(`\b(?:(?:who )?lives (?:alone |by (?:him|her)self )?(?:at|in)|(?:owner|tenant|landlord) of|letting agent for) ([^.()\n]{3,60}?)(?:\s+(?:in|at) your (?:estate|building|compound)|\s*\(|\.)`)
	// parentWrittenAbout is the writer's father or mother by name: in their own characters in group
	// 1 or 3, in English in group 2.
	parentWrittenAbout = quickre.MustCompile(`\b(?:on behalf of my|[Mm]y) (?:mother|father|mum|mom|dad|grandmother|grandfather)(?:-in-law)?,?\s+` +
		`(?:(\p{Han}{2,4})(?:[,，\s]|$)|(?:Mr|Ms|Mrs|Miss)\.?\s+([A-Z][a-z]+(?: [A-Z][a-z]+)+)(?:\s*\((\p{Han}{2,4})\))?)`)
)

// dictatedPart is what an old relative said and the writer typed for them, between the line that
// says so ("下面是我外婆口述、我帮她打的字：") and the writer's own note below it ("——\n我是她外孙
// 郭一鸣…"); "" when the text is no one's dictation.
func dictatedPart(text string) string {
	if !containsAny(text, "口述", "打的字", "打出来", "打出來") {
		return ""
	}
	loc := dictatedIntro.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	var kept []string
	for _, l := range strings.Split(text[loc[1]:], "\n") {
		if t := strings.TrimSpace(l); separator.MatchString(t) || footRule.MatchString(t) || kinsNote.MatchString(t) {
			break
		}
		kept = append(kept, l)
	}
	d := strings.TrimSpace(strings.Join(kept, "\n"))
	if strings.HasPrefix(d, "“") {
		// “我是花园路小区4号楼3单元201的李文贵…”: their words in quote marks are theirs.
		d = strings.NewReplacer("“", "", "”", "").Replace(d)
	}
	return d
}

var (
	dictatedIntro = quickre.MustCompile(EitherScript(`(?m)^[^\n]{0,20}(?:下面|以下)(?:是|为)?我(?:的)?(?:外婆|奶奶|外公|爷爷|姥姥|姥爷|妈妈|母亲|爸爸|父亲|老妈|老爸|婆婆|公公)` +
		`(?:口述|说的|讲的)[^\n]{0,20}[:：][ \t]*\n`))
	// kinsHomeLine is the number of a relative's home the writer gives below their words: "爷爷说他没有
	// 手机，有事打他家座机 0571-…".
	kinsHomeLine = quickre.MustCompile(EitherScript(`(?:他|她)没有手机[，,]\s*(?:有事)?(?:请)?打(?:他|她)家(?:的)?(?:座机|电话|固话)[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
	footRule     = quickre.MustCompile(`^[-—_=]{2,}$`)
	kinsNote     = quickre.MustCompile(EitherScript(`^(?:附[:：]?)?我是(?:她|他)(?:的)?(?:外孙|外孙女|孙子|孙女|儿子|女儿|儿媳|女婿)`))
)

// registeredResident is a resident whose record a member of staff looked up for the office to
// call back: "发消息的林先生私信我要求物业给他回电话，我在系统里查了他的登记信息：林晓峰，13幢2单元1502，
// 手机15167153390"; no one when the text gives none.
func registeredResident(text string) Writer {
	if !containsAny(text, "登记", "登記") {
		return Writer{}
	}
	m := residentRecord.FindStringSubmatch(text)
	if m == nil || !chineseName(m[1]) || addressPart(m[2]) != m[2] || !isPhone(phoneIn(m[3])) {
		return Writer{}
	}
	return Writer{Name: m[1], Phone: phoneIn(m[3]), Address: m[2]}
}

// visitingResident is a resident who came to a member of staff to complain, named with their flat
// in brackets after how they are called, and the number the staff member gives for them: "3幢的蔡先
// 生（蔡永康，3-1-802业主）今天到服务中心找我，投诉…蔡先生电话：13777461290", or by their flat and
// how they are called, who came, rang, was met, told them face to face or wrote by WeChat
// (residentRelays): "16幢2单元1502的业主吴女士来前台反映…她的电话18867103325", "12栋1803的业主孙美
// 玲女士当面向我反映"; no one when the text gives none.
func visitingResident(text string) Writer {
	if !containsAny(text, "找我", "找到我", "托我", "向我反映", "向我投诉", "业委会", "管理办", "来访", "來訪", "前台", "服务台", "服務台", "来服务中心", "到服务中心", "來服務中心", "大堂", "来物业", "到物业", "管家中心", "管家台", "管家岗", "管家站", "接到", "打电话到", "打電話到", "打到", "岗亭", "值班室电话", "碰到", "遇到", "遇见", "在微信", "拦住我", "攔住我", "叫住我", "当面", "當面", "业主投诉", "住户投诉", "居委会", "居委會", "致电", "致電", "群里", "群裡") {
		return Writer{}
	}
	var w Writer
	var who []string // the words the record calls them by before their number
	if m := visitedBy.FindStringSubmatch(text); m != nil && chineseName(m[2]) && sameSurname([]rune(m[1])[0], []rune(m[2])[0]) {
		w, who = Writer{Name: m[2], Address: withoutOwnerWord(m[3])}, []string{m[1], m[2]}
	}
	if w.Name == "" {
		// "18栋2402的业主钱先生到东门前台，投诉…他留的电话是135…", "1单元702的何阿姨打电话到前台",
		// "接到5幢1单元602住户郑秀兰阿姨的电话，反映…她家座机 0571-…": the resident, and the
		// number the staff member gives as theirs.
		for _, at := range deskOrCall.FindAllStringIndex(text, perLine) {
			// The line that says so, read whole: the resident comes before the words.
			from := strings.LastIndexByte(text[:at[0]], '\n') + 1
			line, _, _ := strings.Cut(text[from:], "\n")
			for k, re := range residentRelays {
				if m := re.FindStringSubmatchIndex(line); m != nil {
					if w := relayedResident(text[from:], m, k == len(residentRelays)-1); w.Name != "" {
						return w
					}
					break // "今天上午业主钱先生（18栋2单元302）来管家中心反映": the name before the flat, below
				}
			}
			if m := residentNamedFirst.FindStringSubmatchIndex(line); m != nil {
				// "业主黄建国先生（12幢1单元602）到管家台反映": the flat in brackets after the name;
				// "业主孙美华（9栋1单元2202，电话 137…）今天在管家群里反映": and their number.
				w := relayedResident(text[from:], []int{m[0], m[1], m[4], m[5], m[2], m[3]}, false)
				if m[6] >= 0 && w.Name != "" && w.Phone == "" {
					w.Phone = line[m[6]:m[7]]
				}
				return w
			}
			if m := residentThenHome.FindStringSubmatchIndex(line); m != nil {
				// "今天上午业主赵先生到管家中心反映，他家（9栋1单元2801）主卧外墙渗水…业主电话：158…":
				// the flat in brackets after the words that say they came.
				if w := relayedResident(text[from:], []int{m[0], m[1], m[4], m[5], m[2], m[3]}, false); w.Name != "" {
					return w
				}
			}
			if strings.HasPrefix(text[at[0]:], "转") {
				// "转一下业主投诉，麻烦登记跟进。" above "18栋2单元2601业主马骁先生反映：…": the
				// resident the next paragraph begins with.
				next := text[from+len(line):]
				start := len(next) - len(strings.TrimLeft(next, " \t\r\n"))
				if m := flatOwnerReports.FindStringSubmatchIndex(next[start:]); m != nil {
					return relayedResident(next[start:], m, false)
				}
				if m := ownerThenFlatReports.FindStringSubmatchIndex(next[start:]); m != nil {
					// "12栋楼栋管家周杰转达业主投诉如下：" above "业主杨振华先生（12栋1801）反映，…".
					return relayedResident(next[start:], []int{m[0], m[1], m[4], m[5], m[2], m[3]}, false)
				}
			}
			if m := residentTitledInEnglish.FindStringSubmatch(line); m != nil && (addressPart(m[1]) == m[1] || bareFlat.MatchString(strings.TrimSuffix(m[1], "房"))) {
				// "3栋1502的业主Mrs. Henderson（Olivia Henderson）今天下午来管家中心反映": her whole
				// name in the brackets, her number as the record gives it; "2207的住客 Mr. Henrik
				// Olsen": his whole name without the title; "2806房住客 Ms. Anna Kowalski 今晚到前台投诉".
				name := m[2]
				if contains(m[3], " ") {
					name = m[3]
				}
				w := Writer{Name: cmp.Or(m[4], name), Address: m[1]}
				if n := residentNumber.FindStringSubmatch(text[from:]); n != nil && isPhone(phoneIn(cmp.Or(n[1:]...))) {
					w.Phone = phoneIn(cmp.Or(n[1:]...))
				}
				return w
			}
		}
		return Writer{}
	}
	if addressPart(w.Address) != w.Address {
		return Writer{}
	}
	for _, by := range who {
		if _, after, ok := strings.Cut(text, by+"电话"); ok {
			if p := phoneIn(strings.TrimLeft(after, "：: 是")); p != "" && isPhone(p) {
				w.Phone = p
				break
			}
		}
		if _, after, ok := strings.Cut(text, by+"手机"); ok {
			if p := phoneIn(strings.TrimLeft(after, "：: 是号")); p != "" && isPhone(p) {
				w.Phone = p
				break
			}
		}
	}
	return w
}

// callLogged is the resident a member of staff logs the call of, named with their whole name in
// brackets, at the flat and on the number the log's labelled lines give: "今天上午10:20接到业主赵先生
// （赵启明）来电投诉，情况如下：\n房号：18栋1单元1501…回访电话：135…"; no one when the text logs no
// such call.
func callLogged(text string) Writer {
	if !contains(text, "接到") {
		return Writer{}
	}
	at := callerNamed.FindStringSubmatchIndex(text)
	if at == nil {
		return Writer{}
	}
	name := text[at[2]:at[3]]
	f := FormOf(text[at[1]:])
	if !chineseName(name) || f.Phone == "" && f.Address == "" {
		return Writer{}
	}
	return Writer{Name: name, Phone: f.Phone, Address: f.Address}
}

var callerNamed = quickre.MustCompile(EitherScript(`接到(?:业主|住户|租户|客户)\p{Han}(?:先生|女士|小姐|阿姨)[（(](\p{Han}{2,4})[）)]的?(?:来电|电话)`))

// writtenFor is the person the writer complains for, a spouse, a colleague or a neighbour, who asks
// the office to call them on their own number: "代我爱人孙丽投诉一下南门的保安…请直接联系她：孙丽
// 152…", "替我们同事方志强反映一下…请直接联系他本人：方志强 188…", "我是…刘建国的爱人…我帮他写…请
// 联系他本人 137…"; at the flat or office the writer gives as theirs, which they share. No one when
// the mail names no such person, or gives no number of theirs.
func writtenFor(text string) Writer {
	if !containsAny(text, "代", "替", "帮", "幫") {
		return Writer{}
	}
	if m := spouseWrites.FindStringSubmatch(text); m != nil && chineseName(m[1]) {
		// "我是你们洗车加盟商刘建国的爱人，他在店里忙不会弄邮件，我帮他写…有什么事请联系他本人
		// 137…": the husband, on his own number.
		if p := spousesNumber.FindStringSubmatch(text); p != nil && isPhone(phoneIn(p[1])) {
			return Writer{Name: m[1], Phone: phoneIn(p[1]), Address: cmp.Or(sentenceAddress(text), FormOf(text).Address, ownStore(text), storeCode("", text))}
		}
	}
	if !contains(text, "直接") {
		return Writer{}
	}
	m := forSomeone.FindStringSubmatch(text)
	if m == nil || !chineseName(m[1]) {
		return Writer{}
	}
	for _, c := range callThemDirectly.FindAllStringSubmatch(text, perLine) {
		if c[1] == m[1] && isPhone(phoneIn(c[2])) {
			return Writer{Name: m[1], Phone: phoneIn(c[2]), Address: cmp.Or(sentenceAddress(text), FormOf(text).Address)}
		}
	}
	return Writer{}
}

var (
	forSomeone = quickre.MustCompile(EitherScript(`(?:代|替|帮)(?:我|我们)?(?:的)?(?:爱人|老婆|妻子|太太|老公|丈夫|同事|朋友|邻居|室友|租客|租户|房客)[ \t]*(\p{Han}{2,3}?)[ \t]*(?:投诉|反映|反馈|写|说|报修)`))
	// spouseWrites is a wife or a husband who says they write for the other, by name; spousesNumber
	// the number the mail asks the office to call them on.
	spouseWrites  = quickre.MustCompile(EitherScript(`我是[^，。！？\n]{0,16}?(\p{Han}{2,3})的(?:爱人|妻子|老婆|太太|丈夫|老公)[，,][^。\n]{0,24}?(?:我)?(?:帮|替|代)(?:他|她)(?:写|发|反映)`))
	spousesNumber = quickre.MustCompile(EitherScript(`联系(?:他|她)本人[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
	// callThemDirectly asks the office to call the one the mail is for, by name, on their number.
	callThemDirectly = quickre.MustCompile(EitherScript(`直接(?:联系|联络|打给|找)(?:他|她)?(?:本人)?[:：]?\s*(\p{Han}{2,3}?)[，,、\s]*(?:手机|电话)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
)

// kinWrittenFor is a parent, a spouse or an old neighbour the writer complains for, named after "她
// 叫" or "她是", at the home or the shop and on the number the mail gives as theirs: "帮我妈反映一下，
// 她住2号楼1004…她是刘阿姨，电话18811112222", "帮我们对门的张奶奶反映个事。张奶奶叫张桂芳，一个人住在
// 8栋1单元301…张奶奶家的电话是 0531-8299 6610", "我替我爱人写的。她叫何晓燕…铺面是步行街东区1-18号商
// 铺…她电话是 136-0202-7788", "我是替我母亲写这封邮件的。我母亲周秀英今年73岁，一个人住在…"; a parent
// the office is asked to call, without a word of writing for them: "我母亲赵女士住在桂花苑2-3-201…你们
// 直接打她电话 0551-…". No one when the mail names no such person, or gives neither their home nor
// their number.
func kinWrittenFor(text string) Writer {
	if !containsAny(text, "帮", "替", "代", "幫") && !kinToCall(text) {
		return Writer{}
	}
	var w Writer
	var rest, calledAs string
	subjects := []string{"她", "他"}
	forParent := false // "代家母黃陳玉珍投訴": the complaint is said to be the parent's
	if p := parentNamedAfter.FindStringSubmatchIndex(text); p != nil && chineseName(text[p[2]:p[3]]) {
		// "本人黃志明，代家母黃陳玉珍投訴。\n\n家母住在美景花園第二座十八樓C室…".
		w.Name, rest, forParent = text[p[2]:p[3]], text[p[0]:], true
		subjects = append(subjects, "家母", "家父")
	} else if k := forKinTrigger.FindStringSubmatchIndex(text); k != nil {
		rest = text[k[0]:]
		if k[2] >= 0 {
			called := []rune(text[k[2]:k[3]])
			subjects, calledAs = append(subjects, string(called)), string(called) // "张奶奶"
			if n := string(called[:len(called)-2]); len(called) == 5 && chineseName(n) {
				// "替楼下的刘秀珍奶奶写这封信": her whole name, then how she is called ("刘奶奶").
				w.Name = n
				subjects = append(subjects, string(called[:1])+string(called[3:]))
			}
		}
	} else if n := neighbourAcross.FindStringSubmatch(text); n != nil && chineseName(n[1]) && containsAny(text, "帮他", "帮她", "替他", "替她", "幫他", "幫她") {
		// "住我对门的杨振华大爷（6号楼2单元402）八十多了…我帮他发个邮件。请先打杨大爷家电话
		// 0311-…": the old neighbour, in their flat.
		w.Name, w.Address, rest = n[1], n[3], text
		subjects = append(subjects, string([]rune(n[1])[:1])+n[2])
	} else if kinToCall(text) {
		// "我母亲赵女士住在桂花苑2-3-201…你们直接打她电话 0551-…": no word of writing for her,
		// but she is the one the office is to call.
		rest = text
	} else {
		return Writer{}
	}
	for _, m := range kinCalled.FindAllStringSubmatch(rest, perLine) {
		if w.Name == "" && slices.Contains(subjects, m[1]) && (chineseName(m[2]) || titled(m[2]) || calledBy.MatchString(m[2]) && !strings.HasPrefix(m[2], "阿")) {
			w.Name = m[2] // "张奶奶叫张桂芳", "她是刘阿姨"
		}
	}
	if m := kinNamedFirst.FindStringSubmatch(rest); w.Name == "" && m != nil && (chineseName(cmp.Or(m[1], m[2])) || titled(m[1])) {
		w.Name = cmp.Or(m[1], m[2]) // "我母亲周秀英今年73岁，一个人住在…", "我母亲赵女士住在…"
	}
	if w.Name == "" && calledAs != "" && utf8.RuneCountInString(calledAs) == 3 {
		w.Name = calledAs // "帮对门的王奶奶反映一下…她家在8栋1单元301": as the writer calls her
		for _, br := range [][2]string{{"（", "）"}, {"(", ")"}} {
			if _, after, ok := strings.Cut(rest, calledAs+br[0]); ok {
				if n, _, ok := strings.Cut(after, br[1]); ok && chineseName(n) && sameSurnameAs(n, calledAs) {
					w.Name = n // "刘奶奶（刘桂芳）住2栋1单元301": her whole name in the brackets
				}
			}
		}
	}
	if w.Name == "" {
		return Writer{}
	}
	subjects = append(subjects, w.Name)
	for _, m := range kinLives.FindAllStringSubmatch(rest, perLine) {
		if w.Address != "" {
			break // the flat in brackets after their name
		}
		if m[1] == "" || slices.Contains(subjects, m[1]) || strings.HasPrefix(m[1], "我") { // "我奶奶住在…"
			if a := addressPart(withChineseDigits(m[2])); a != "" {
				w.Address = wholeUnit(a, withChineseDigits(rest)) // "步行街东区1-18号商铺", a flat in numerals' words
				break
			}
		}
	}
	for _, m := range kinNumber.FindAllStringSubmatch(rest, perLine) {
		who, p := strings.TrimLeft(cmp.Or(m[1], m[3], m[5], m[7]), "打找给給拨撥"), phoneIn(cmp.Or(m[2], m[4], m[6], m[8])) // "打杨大爷家电话…": the verb read with them
		if (slices.Contains(subjects, who) || strings.HasPrefix(who, "我") || slices.Contains(grandparents, who)) && isPhone(p) {
			// "张奶奶家的电话是 0531-…", "她是刘阿姨，电话188…", "我父亲家电话 0757-…", "外婆家电话是
			// 0871-…"
			w.Phone = p
			break
		}
	}
	if p := theirKinsNumber.FindStringSubmatch(rest); w.Phone == "" && p != nil && isPhone(phoneIn(p[1])) {
		w.Phone = phoneIn(p[1]) // "回电请打她儿子的电话 135…": the one who answers for her
	}
	if w.Phone == "" && (w.Address == "" && !forParent || rest == text) {
		return Writer{}
	}
	if w.Phone == "" {
		// "家里座机…她一般听不见，有事请打我的手机136…", "如有需要請致電本人手提 6234 8812": the
		// writer's, who passes it on; "有事请直接打家里座机 0571-…": the home's.
		w.Phone = cmp.Or(sentencePhone(text), clausePhone(text), householdPhone(text))
	}
	return w
}

// theirKinsNumber is the number of the relative of the one written for that the office is asked to
// call: "回电请打她儿子的电话 13555556666".
var theirKinsNumber = quickre.MustCompile(EitherScript(`(?:打|联系|致电)(?:她|他)(?:儿子|女儿|孙子|孙女|外孙|外孙女|家人|儿媳|女婿)(?:的)?(?:电话|手机)(?:号码)?\s*[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))

var (
	// forKinTrigger is the writer saying whom they write for; group 1 how a neighbour is called.
	forKinTrigger = quickre.MustCompile(EitherScript(`(?:帮|替|代)(?:我|我们)?(?:的)?(?:妈|妈妈|母亲|老妈|爸|爸爸|父亲|老爸|爱人|老婆|老公|奶奶|爷爷|外婆|外公|` +
		`(?:对门|隔壁|楼上|楼下|邻居)(?:的)?(\p{Han}{1,3}(?:奶奶|爷爷|阿姨|叔叔|大爷|大妈)))\p{Han}{0,4}?(?:反映|写|投诉|发)`))
	// grandparents are the words for a grandparent the writer writes for.
	grandparents = []string{"奶奶", "爷爷", "外婆", "外公"}
	// mineIfNot gives the writer's number as the one to call when the other cannot be reached.
	mineIfNot = quickre.MustCompile(EitherScript(`(?:打不通|联系不上|找不到(?:她|他|人)?|没人接)[^。\n]{0,4}?再(?:找|打给?|联系)我`))
	// kinNamedFirst is a parent named right after the writer's word for them and before their age
	// or their home, in group 1 ("我母亲周秀英今年73岁", "我母亲赵女士住在"), or a son or a daughter
	// in group 2 ("我女儿韩雨桐在你们学校读大一"); callKin asks the office to call them.
	kinNamedFirst = quickre.MustCompile(EitherScript(`我(?:的)?(?:母亲|父亲|妈妈|爸爸|老妈|老爸|奶奶|爷爷|外婆|外公|婆婆|公公|岳母|岳父)[ \t]*` +
		`(\p{Han}{2,3}?|\p{Han}(?:女士|先生|阿姨))[ \t]*(?:今年|已经|[，,]|一个人|独自|住|家住)|` +
		`我(?:的)?(?:女儿|儿子)[ \t]*(\p{Han}{2,3}?)[ \t]*(?:今年|[，,]|在你们|在贵|住)`))
	// neighbourAcross is an old neighbour the writer names by where they live beside them, by name
	// (group 1), how they are called (group 2) and their flat in brackets (group 3).
	neighbourAcross = quickre.MustCompile(EitherScript(`住我(?:家)?(?:对门|隔壁|楼上|楼下)的(\p{Han}{2,3}?)(大爷|奶奶|阿姨|叔叔|爷爷|大妈)[（(]([^（()）\n]{3,20})[）)]`))
	callKin         = quickre.MustCompile(EitherScript(`(?:打|联系|致电)(?:她|他)(?:的)?(?:电话|手机|座机)|(?:跟|和|与)(?:她|他)联系|直接打给(?:她|他)`))
	// parentNamedAfter is a son's or a daughter's "代家母黃陳玉珍投訴": the parent's name in group 1.
	parentNamedAfter = quickre.MustCompile(EitherScript(`(?:代|替|帮)(?:家母|家父|我母亲|我父亲|我母親|我父親)(\p{Han}{2,4}?)(?:投诉|投訴|反映|写信|寫信)`))
	kinCalled        = quickre.MustCompile(EitherScript(`(她|他|\p{Han}{1,2}(?:奶奶|爷爷|阿姨|叔叔|大爷|大妈))(?:的名字)?(?:叫|是)(\p{Han}{2,3}?)(?:[，,。；\s]|$)`))
	kinLives         = quickre.MustCompile(EitherScript(`(她|他|\p{Han}{1,2}(?:奶奶|爷爷|阿姨|叔叔|大爷|大妈))?(?:一个人)?(?:住在|住|家在|家住|铺面是|铺面在|店在)\s*([^，。！？；\n]{3,30})`))
	kinNumber        = quickre.MustCompile(EitherScript(`(她|他|\p{Han}{0,2}(?:奶奶|爷爷|阿姨|叔叔|大爷|大妈|外婆|外公)|我(?:父亲|母亲|爸爸|妈妈|爸|妈))(?:家)?(?:的)?(?:电话|手机|座机|家里座机|家里电话)(?:号码)?(?:是|就行|就可以|就好)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
		`(?:她|他)是(\p{Han}{2,3})[，,]\s*(?:电话|手机)[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
		// "請致電我父親 2742 1188 聯絡".
		`(?:致电|打给|联系)(我(?:父亲|母亲|爸爸|妈妈|爸|妈))[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
		// "后续请直接联系他：郑国庆，手机 135…".
		`联系(?:他|她)[:：]\s*(\p{Han}{2,3})[，,]\s*(?:手机|电话)[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
)

// kinToCall tells a text that speaks of the writer's parent or grandparent and asks the office to
// call them ("…你们直接打她电话…", "…可以直接打给她").
func kinToCall(text string) bool {
	if containsAny(text, "我女儿", "我女兒", "我儿子", "我兒子") {
		// "我女儿韩雨桐在你们学校读大一，住橘园6号楼227…请直接联系我女儿，她的电话151…": the
		// student the parent asks the office to call.
		return childToCall.MatchString(text)
	}
	return containsAny(text, "我妈", "我媽", "我爸", "我母亲", "我母親", "我父亲", "我父親", "我的母亲", "我的父亲", "我老妈", "我老爸", "我外婆", "我外公", "我奶奶", "我爷爷", "我爺爺",
		"我婆婆", "我公公", "我岳母", "我岳父") &&
		callKin.MatchString(text)
}

// childToCall asks the office to call the writer's son or daughter: "请直接联系我女儿".
var childToCall = quickre.MustCompile(EitherScript(`(?:直接)?(?:联系|打给|致电)我(?:女儿|儿子)`))

// assistantsBoss is the boss an assistant writes for, at their office, on the number the mail asks
// the office to call: the boss's own when it gives one ("林总手机：136…", "赵总说请…直接跟他联系，
// 他手机 136…", "请直接联系郑律师本人：138…"), else the assistant's ("有任何问题请直接联系我：
// 137…，我会转达"); no one when the writer is no boss's assistant.
func assistantsBoss(text string) Writer {
	inChargeSaid := containsAny(text, "负责人是", "負責人是", "负责人为", "負責人為", "联系人是", "聯繫人是", "对接人是", "對接人是", "此事由")
	var staff []string
	if contains(text, "家的") {
		staff = householdStaff.FindStringSubmatch(text) // "…陈国华老先生家的保姆"
	}
	if !inChargeSaid && staff == nil && (!containsAny(text, "总", "總", "经理", "經理", "主任", "律师", "律師", "教授", "老师", "老師", "校长", "校長", "院长", "院長", "董事长", "董事長", "所长", "所長") ||
		!containsAny(text, "助理", "秘书", "秘書", "让我", "讓我", "叫我", "代", "替", "委托", "委託", "行政")) {
		return Writer{}
	}
	var boss, phone, office string
	if m := inCharge.FindStringSubmatch(text); inChargeSaid && m != nil && chineseName(cmp.Or(m[1], m[3])) && isPhone(phoneIn(cmp.Or(m[2], m[4]))) {
		// "客户现场负责人是施国平经理，电话139…，请直接联系他" from the agency, "此事由学会钟国栋秘书长
		// 负责，请直接与钟秘书长联系：138…" from the society's office: the one in charge, on their
		// number.
		boss, phone = cmp.Or(m[1], m[3]), phoneIn(cmp.Or(m[2], m[4]))
	} else if b := forBoss.FindStringSubmatch(text); b != nil && chineseName(b[1]+b[2]+b[3]) {
		// "我是…（B座2201）的总经理助理吴静，代我们林志强林总向贵中心反映情况", "謹代表本所董事總經
		// 理黃國棟先生就以下事宜作出投訴", "我是…律师事务所的行政陈思思，替我们主任赵立群律师反映一
		// 下".
		boss = b[1] + b[2] + b[3]
	} else if m := managerToCall.FindStringSubmatch(text); m != nil && chineseName(m[1]) && isPhone(phoneIn(m[2])) && forManager.MatchString(text) {
		// "我是博远咨询的实习生，代我们经理反映一下…请联系我们经理 蔡文博 180 1760 2283": the manager,
		// on their number.
		boss, phone = m[1], phoneIn(m[2])
	} else if b := forBossAtHome.FindStringSubmatch(text); b != nil && chineseName(b[2]) && strings.HasPrefix(b[2], b[1]) {
		// "代我们董事长邓总（邓志远先生，半山别墅15号业主）联系贵处": the boss, at their home.
		boss, office = b[2], strings.TrimSpace(b[3])
	} else if m := staff; m != nil && chineseName(cmp.Or(m[2], m[3], m[4])) {
		// "我是康乐山庄C区36号业主韩立新家的司机，姓邓。韩总让我跟你们反映一下", "我是翠湖苑5栋2101陈国华老
		// 先生家的保姆", "我是雅居乐花园12栋301韩奶奶（韩玉梅）家的保姆小唐": the household's head.
		boss, office = cmp.Or(m[2], m[3], m[4]), m[1]
	} else if m := englishBoss.FindStringSubmatch(text); m != nil && containsAny(text, "助理", "秘书", "行政") {
		boss = m[1] // "我们总经理 Kim Dong-hyun（金东贤）先生在3号电梯里被困" from his assistant
	} else if m := assistantOfSurnamed.FindStringSubmatch(text); m != nil && chineseName(m[1]) && strings.HasPrefix(m[1], m[2]) {
		boss = m[1] // "我是恒泰资本何志远何总的助理吴敏"
	} else if m := assistantOf.FindStringSubmatch(text); m != nil && chineseName(m[1]+m[2]+m[3]+m[4]) {
		// "我是恒远投资王建国总经理的助理蔡琳", "我是恒通贸易有限公司总经理刘建明先生的助理杨帆", "
		// 我是王振邦教授课题组的研究生林雨涵", "我是刘志远先生的助理Cindy"
		boss = m[1] + m[2] + m[3] + m[4]
	} else if m := bossNamed.FindStringSubmatch(text); m != nil && chineseName(m[2]) && strings.HasPrefix(m[2], m[1]) && containsAny(text, "助理", "秘书", "行政", "前台") {
		boss = m[2] // "我们林总（林振宇）让我反映一下" from the firm's administrative assistant
	} else if m := bossNameFirst.FindStringSubmatch(text); m != nil && chineseName(m[1]) && strings.HasPrefix(m[1], m[2]) && containsAny(text, "助理", "秘书", "行政") {
		boss = m[1] // "我们王振宇王总的车…" from the general manager's assistant
	} else if m := bossTrusted.FindStringSubmatch(text); m != nil && (chineseName(m[1]+m[2]+m[3]+m[4]) || surnamed(m[3]) && contains(m[0], m[3]+"律师")) &&
		containsAny(text, "助理", "秘书", "行政", "前台", "办公室") {
		// "受我们吴建军总经理委托反映以下问题", "我们总经理郑国栋先生在地库…", "受我们主任郑国栋律
		// 师委托" from their assistant; "受我们合伙人杨律师委托" from the firm's front desk; "受周国栋先生
		// 委托" from the chairman's office.
		boss = m[1] + m[2] + m[3] + m[4]
		if !chineseName(boss) {
			boss += "律师"
		}
	} else if m := bossHomeAt.FindStringSubmatch(text); m != nil && surnamed(m[1]) {
		boss, office = m[1], m[2] // "李总家在2号楼2601，他让我转达": the boss, at their home
	} else if m := bossAsks.FindStringSubmatch(text); m != nil && chineseName(m[1]) && contains(text, string([]rune(m[1])[:1])+"总的电话") {
		// "客户方项目负责人孟凡宇总监要求…孟总的电话：139…" from the agency that writes for them.
		boss = m[1]
	}
	if boss == "" {
		return Writer{}
	}
	w := Writer{Name: boss, Phone: phone}
	if a := addressPart(office); a != "" && a == office {
		w.Address = a
	}
	for _, p := range bossPhone.FindAllStringSubmatch(text, perLine) {
		// "林总手机：136…", "黃先生本人（手提：9133 2846）", "他手机 136…".
		if w.Phone == "" && (p[1] == "他" || p[1] == "她" || strings.HasPrefix(boss, string([]rune(p[1])[:1])) || contains(text, boss+"（"+string([]rune(p[1])[:1]))) && isPhone(phoneIn(p[2])) {
			w.Phone = phoneIn(p[2])
			break
		}
	}
	if p := bossOfficeLine.FindStringSubmatch(text); w.Phone == "" && p != nil && strings.HasPrefix(boss, p[1]) && isPhone(phoneIn(p[2])) {
		w.Phone = phoneIn(p[2]) // "请回复此邮件，或致电杨总办公室 021-5879 3366"
	}
	if n, p := askedToCall(text, ""); w.Phone == "" && n != "" && sameSurnameAs(n, boss) {
		w.Phone = p // "维修时间请直接联系周总确认，电话 139…；其他事务可联系我 010-…"
	} else if m := callDirectly.FindStringSubmatch(text); w.Phone == "" && m != nil && (m[1] == "他" || m[1] == "她") && isPhone(phoneIn(m[3])) {
		w.Phone = phoneIn(m[3]) // "何律师说请直接给他本人打电话：139…"
	}
	if w.Phone == "" {
		// The assistant's, who passes it on: in a sentence, or under their name ("电话：021-… 转
		// 806").
		w.Phone = cmp.Or(sentencePhone(text), clausePhone(text), FormOf(text).Phone)
	}
	if p := assistantsDesk.FindStringSubmatch(text); w.Phone == "" && p != nil && isPhone(phoneIn(p[1])) {
		w.Phone = phoneIn(p[1]) // "前台电话：020-3839 1503" above the front desk's name
	}
	for _, at := range bossesOffice.FindAllStringSubmatchIndex(text, perLine) {
		m0, m1, m2 := text[at[0]:at[1]], text[at[2]:at[3]], text[at[4]:at[5]]
		if strings.HasPrefix(boss, m1) && (w.Address == "" || contains(m0, "办公室")) {
			// "王总的办公室在28楼2801"; "杨总办公室在B座1909室" over "杨总在B2层的固定车位".
			w.Address = m2
			if a := addressPart(text[at[4]:]); len(a) > len(m2) && strings.HasPrefix(a, m2) {
				w.Address = a // "环球金融中心T2座38层3801": the office on the tower's floor, whole
			}
		}
	}
	if m := bossTitledOffice.FindStringSubmatch(text); w.Address == "" && m != nil && strings.HasPrefix(boss, m[1]) && addressPart(m[2]) == m[2] {
		w.Address = m[2] // "张校长办公室（行政楼305室）"
	}
	if m := namedBossesOffice.FindStringSubmatch(text); w.Address == "" && m != nil && m[1] == boss && addressPart(m[2]) != "" && strings.HasPrefix(m[2], addressPart(m[2])) {
		w.Address = addressPart(m[2]) // "我们董事长杨振宇先生的办公室在汇金大厦32层3201"
	}
	if m := bossLives.FindStringSubmatch(text); w.Address == "" && m != nil && contains(boss, m[1]) && addressPart(m[2]) == m[2] {
		w.Address = m[2] // "Smith先生住在贵公寓B栋1502"
	}
	if m := bossOwns.FindStringSubmatch(text); w.Address == "" && m != nil && strings.HasPrefix(boss, m[1]) && addressPart(m[2]) == m[2] {
		w.Address = m[2] // "周总为悦府1号楼2601业主"
	}
	if m := bossesRoom.FindStringSubmatch(text); w.Address == "" && m != nil {
		w.Address = m[1] // "1803室主任办公室的空调…", "天宇大厦32层3201董事长办公室近期空调…"
	}
	if m := assistantsIntro.FindStringSubmatch(text); w.Address == "" && m != nil {
		// "我是韩光贸易（Hanbit Trading）12楼1205的总经理助理", "我是郑州中原路校区（校区编号ZZ-012）
		// 王建峰校长的助理": the office or the campus the assistant names as the boss's; "华润大厦29层
		// 2908室" of "我是华润大厦29层2908室天正律师事务所主任…的秘书", with its tower.
		w.Address = withPlaceName(cmp.Or(m[1], m[2]), m[0])
	}
	if w.Address == "" {
		// "在贵中心5楼百合厅举办…", "我司所在的A座1906室".
		// "我们办公室（金融街中心 B座 1706）".
		w.Address = cmp.Or(sentenceAddress(text), FormOf(text).Address, boothSaid(text), ourPremisesAt(text), placeInBracketsSaid(text))
	}
	return w
}

// forManager is a staff member writing for their manager, unnamed: "代我们经理反映一下";
// managerToCall the manager the mail asks the office to call, by name, and their number.
var (
	forManager    = quickre.MustCompile(EitherScript(`(?:代|替|帮)(?:我们|我們)(?:的)?(?:经理|老板|领导|主管)(?:向\p{Han}{1,4})?(?:反映|投诉|发|写|联系)`))
	managerToCall = quickre.MustCompile(EitherScript(`(?:联系|找|打给)(?:我们|我們)(?:的)?(?:经理|老板|领导|主管)` + calledByNameOn))
)

// bossTitledOffice is the office of a boss by their surname and title, in brackets after it: "张
// 校长办公室（行政楼305室）" (the surname in group 1, the office in group 2).
var bossTitledOffice = quickre.MustCompile(EitherScript(`(\p{Han})(?:副)?(?:校长|院长|局长|处长|主任|总)办公室[（(]([^（()）\n，,]{3,20})[）)]`))

// bossOfficeLine is the boss's office's number the assistant asks the office to call, the boss's
// surname in group 1: "或致电杨总办公室 021-5879 3366".
var bossOfficeLine = quickre.MustCompile(EitherScript(`(?:致电|联系|打|拨打)(\p{Han})(?:总|董)(?:的)?办公室(?:电话)?\s*[:：]?\s*(\+?[\d(][\d \-()]{6,18}\d)`))

// assistantsDesk is a line of the number of the front desk or the office of the assistant who
// writes: "前台电话：020-3839 1503".
var assistantsDesk = quickre.MustCompile(EitherScript(`(?m)^\s*(?:前台|行政|办公室)(?:电话|座机)\s*[:：]?\s*(\+?\d[\d \-]{6,18}\d)(?:\s*(?:转|ext\.?)\s*\d{1,5})?\s*$`))

var (
	// assistantOfSurnamed is an assistant's boss by their whole name, then their surname and
	// title: "我是恒泰资本何志远何总的助理吴敏"; the whole name in group 1, the surname in group 2.
	assistantOfSurnamed = quickre.MustCompile(EitherScript(`我是[^，。\n]{0,24}?(\p{Han}{2,3})(\p{Han})(?:总|董)的(?:助理|秘书|行政助理)`))
	assistantOf         = quickre.MustCompile(EitherScript(`我是[^，。\n]{0,24}?(\p{Han}{2,3}?)(?:总经理|董事长|总裁|总监|主任|校长|院长|园长|总)的(?:助理|秘书|行政助理)|` +
		`我是(\p{Han}{2,3}?)(?:教授|老师)(?:课题组|实验室|团队)?的(?:研究生|博士生|硕士生|学生|助理)|` +
		`我是[^，。\n]{0,24}?(?:总经理|董事长|总裁|总监|主任)(\p{Han}{2,3}?)(?:先生|女士|律师)?的(?:助理|秘书|行政助理)|` +
		`我是(\p{Han}{2,3}?)(?:先生|女士)的(?:助理|秘书|私人助理|行政助理)`))
	bossTrusted = quickre.MustCompile(EitherScript(`受(?:我们|我司|公司|我所|本所)?(?:的)?(\p{Han}{2,3}?)(?:副)?(?:总经理|董事长|总裁|总监|主任|所长|院长|校长|局长|处长)(?:的)?委托|` +
		`(?:我们|我司)(?:公司)?(?:的)?(?:总经理|董事长|总裁|总监)(\p{Han}{2,3}?)(?:先生|女士)|` +
		`受(?:我们|我司|本所)?(?:的)?(?:主任|合伙人|总经理|董事长)(\p{Han}{1,3}?)(?:律师|先生|女士)?(?:的)?委托|` +
		`受(\p{Han}{2,3}?)(?:先生|女士)(?:的)?委托`))
	// namedBossesOffice is a boss by their whole name (group 1) and where their office is (group 2).
	namedBossesOffice = quickre.MustCompile(EitherScript(`(\p{Han}{2,3}?)(?:先生|女士)?的办公室(?:在|位于|是)\s*([^，,。；\n]{3,30})`))
	// bossHomeAt is a boss by their surname and title (group 1), at their home (group 2), who has
	// the writer pass the matter on: "李总家在2号楼2601，他让我转达".
	bossHomeAt = quickre.MustCompile(EitherScript(`(\p{Han}(?:总|董))家(?:住)?在([^，,。；\n]{3,24})[，,]\s*(?:他|她)(?:让|叫|请|托)我(?:转达|反映|转告)`))
	// bossLives is the home a boss lives in, by their surname (group 1) and title: "Smith先生住在贵公寓B栋
	// 1502", "李总住在5栋2601".
	bossLives = quickre.MustCompile(EitherScript(`([A-Z][a-z]+|\p{Han})(?:先生|女士|总|董)住在(?:贵公寓|贵小区|贵大厦)?([^，,。；;\n]{3,20}?\d{3,4}室?)(?:[，,。；;\s]|$)`))
	// bossOwns is the home a boss, by their surname and title, owns: "周总为悦府1号楼2601业主".
	bossOwns = quickre.MustCompile(EitherScript(`(\p{Han})(?:总|董)(?:为|是)([^，。；\n的]{3,30}?)的?业主`))
	// inCharge is the one a mail says is in charge of what it is about, and their number: "客户现场
	// 负责人是施国平经理，电话139…，请直接联系他" (groups 1 and 2), "此事由学会钟国栋秘书长负责，
	// 请直接与钟秘书长联系：138…" (groups 3 and 4).
	inCharge = quickre.MustCompile(EitherScript(`(?:客户|客户方|我们客户)(?:的)?(?:现场)?(?:负责人|联系人|对接人)(?:是|为)\s*(\p{Han}{2,3}?)(?:经理|总监|总|先生|女士)?[，,]\s*` +
		`(?:电话|手机)(?:是)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)[^。\n]{0,4}?(?:请)?直接(?:联系|找)(?:他|她)|` +
		`此事由\p{Han}{0,6}?(\p{Han}{2,3}?)(?:秘书长|会长|主任|总经理|经理|总监|老师)负责[，,。]\s*(?:请)?(?:直接)?(?:与|和|跟|联系)[^。\n:：]{1,8}?[:：]\s*(\+?\d[\d \-]{6,16}\d)`))
	assistantsIntro = quickre.MustCompile(EitherScript(`我是[^，。\n]{0,30}?(?:(\d{1,2}(?:楼|层|F)\d{3,4}室?|[A-Z]座\d{3,4}室?)|[（(](?:校区|门店)?编号\s*[:：]?\s*([A-Z]{2,3}-\d{2,4})[）)])[^，。\n]{0,24}?(?:助理|秘书)`))
	// forBossAtHome is a boss an assistant writes for, by surname and title, with their whole name
	// and their home in brackets: "代我们董事长邓总（邓志远先生，半山别墅15号业主）".
	forBossAtHome = quickre.MustCompile(EitherScript(`代(?:我们|我們)?(?:的)?(?:董事长|总经理|老板)?(\p{Han})总[（(](\p{Han}{2,3}?)(?:先生|女士)?[，,]\s*([^，,）)\n]{3,20}?)(?:的)?(?:业主)?[）)]`))
	// householdStaff is a household's driver, nanny or butler writing for its head, at their home:
	// the home in group 1, the name in group 2.
	householdStaff = quickre.MustCompile(EitherScript(`我是([^，。\n的]{3,24}?)(?:的)?(?:(?:业主)(\p{Han}{2,3}?)(?:先生|总)?|(\p{Han}{2,3}?)(?:老先生|老太太)|` +
		`\p{Han}(?:奶奶|爷爷|阿姨|叔叔|老师)[（(](\p{Han}{2,3})[）)])家的(?:司机|保姆|阿姨|管家|助理|秘书|护工)`))
	// englishBoss is a boss by their English name, with their Chinese name in brackets or before
	// their title and what the assistant writes for ("代我司驻华总经理John Smith先生反映").
	englishBoss = quickre.MustCompile(EitherScript(`(?:我们|我們|我司)(?:的)?(?:驻华|中国区|大中华区)?(?:总经理|董事长|总裁|总监)\s*([A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,2})\s*(?:[（(]\p{Han}{2,4}[）)]\s*(?:先生|女士)|(?:先生|女士)(?:向\p{Han}{1,4})?(?:反映|投诉))`))
	bossNamed   = quickre.MustCompile(EitherScript(`(\p{Han})总[（(](\p{Han}{2,3})[）)]`))
	// "我们王振宇王总": the boss's whole name, then their surname and title.
	bossNameFirst = quickre.MustCompile(EitherScript(`(?:我们|我們)(\p{Han}{2,3}?)(\p{Han})总`))
	// "王总的办公室在28楼2801", "李总在本大厦2号楼1203室办公", "刘总办公室（创业大厦1906室）".
	bossesOffice = quickre.MustCompile(EitherScript(`(\p{Han})总(?:的办公室|办公室|住在|家住|在(?:本大厦|本楼|贵大厦)?)(?:在|是)?\s*[（(]?(\p{Han}{0,8}?[0-9A-Za-z][0-9A-Za-z\-]{0,3}号?[座栋幢楼层区](?:[0-9A-Za-z\-]{1,12}[室号]?)?|` +
		`\p{Han}{2,8}?(?:大厦|中心|大楼|广场)\s*\d{3,4}室?)`))
	// "孟凡宇总监要求…": a client's or a company's boss asking for something.
	bossAsks = quickre.MustCompile(EitherScript(`(?:负责人|客户方|我们)(\p{Han}{2,3}?)(?:总监|总经理|董事长)(?:要求|希望|让我们|让我)`))
	// "1803室主任办公室": the room the boss's office is, by their title.
	bossesRoom = quickre.MustCompile(EitherScript(`(?:^|[^0-9A-Za-z\-])((?:\p{Han}{2,8}(?:大厦|中心|广场|大楼))?(?:[A-Z]座)?(?:\d{1,2}(?:层|楼))?\d{3,4}室?)(?:的)?` +
		`(?:主任|总经理|董事长|老板|合伙人)办公室`))
)

// lawyersClient is the client a lawyer's letter is written for, at the flat or the shop the
// brackets after their name say they hold, on the number the letter gives (the lawyer's, who
// answers for them): "北京恒澄律师事务所接受马建华先生（贵商场B2-16铺承租人，经营…）的委托…联系电话：
// 186…"; no one when the text is no such letter.
func lawyersClient(text string) Writer {
	if !contains(text, "委托") || !containsAny(text, "律师", "律師", "本所", "事务所", "事務所") {
		return Writer{}
	}
	m := clientTrusts.FindStringSubmatch(text)
	if m == nil || !chineseName(cmp.Or(m[1], m[4])) {
		return Writer{}
	}
	w := Writer{Name: cmp.Or(m[1], m[4]), Phone: cmp.Or(FormOf(text).Phone, sentencePhone(text), clausePhone(text))}
	if n := letterNumber.FindStringSubmatch(text); w.Phone == "" && n != nil && isPhone(phoneIn(cmp.Or(n[1], n[2]))) {
		w.Phone = phoneIn(cmp.Or(n[1], n[2])) // "…与本律师联系，联系电话：186…。"
	}
	held, _, _ := strings.Cut(cmp.Or(m[2], m[3]), "，")
	held = strings.TrimPrefix(strings.TrimPrefix(held, "贵"), "貴")
	for _, role := range []string{"承租人", "业主", "業主", "租户", "租戶", "经营者", "經營者"} {
		held = strings.TrimSuffix(held, role)
	}
	if a := cmp.Or(unitCodeAtEnd.FindString(held), addressPart(held)); a != "" {
		w.Address = a
	} else if u := clientsUnit.FindStringSubmatch(text); u != nil {
		w.Address = addressPart(u[1]) // "受…经营者徐丽华女士…委托，就贵司对其承租的银泰城B1层027号铺断电一事"
	}
	return w
}

var (
	// clientTrusts is a lawyer's client named in the letter's opening, with the note in brackets
	// after them: "接受马建华先生（贵商场B2-16铺承租人…）的委托".
	// "接受金地华府小区12号楼3单元801室业主陈美玲女士（以下简称“委托人”）的委托": the home before
	// the client's name (groups 3 and 4).
	clientTrusts = quickre.MustCompile(EitherScript(`接受(\p{Han}{2,3}?)(?:先生|女士)?[（(]([^（）()\n]{2,40})[）)]的委托|` +
		`(?:接受|受)([^，。（(\n]{3,30}?)的?(?:业主|承租人|租户|经营者)(\p{Han}{2,3}?)(?:先生|女士)?(?:[（(][^（）()\n]{2,40}[）)])?的?委托`))
	// clientsUnit is the unit a letter says its client rents or runs: "其承租的银泰城B1层027号铺".
	clientsUnit = quickre.MustCompile(EitherScript(`(?:其|委托人)(?:承租|租用|经营)的([^，。；\n]{3,30})`))
	// letterNumber is the number a letter gives after its label inside a sentence: "联系电话：186…".
	// "请贵司与本所刘志远律师联系（手机：186…）": the lawyer's number (group 2).
	letterNumber = quickre.MustCompile(EitherScript(`(?:联系电话|联系方式)[:：]\s*(\+?\d[\d \-]{6,16}\d)|` +
		`(?:与|和|跟)(?:本所|本律师|我所)[^，。\n]{0,8}?联系[（(]\s*(?:手机|电话|联系电话)[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
)

// unitCodeAtEnd is a mall's or a market's unit by its code at the end of a text: "B2-16铺" of "商场
// B2-16铺".
var unitCodeAtEnd = quickre.MustCompile(EitherScript(`[A-Z0-9]{1,3}-[A-Z]?\d{1,4}(?:号铺|铺|号)?$`))

// managerReported is a store's manager whose complaint their head office writes in, asking the
// office to call them, at the store's unit: "我司星河荟店（L2-15号铺）店长覃小雨反映…请直接联系
// 店长覃小雨，手机 138 2609 1540"; no one when the text passes on no such report.
func managerReported(text string) Writer {
	if !contains(text, "店长") {
		return Writer{}
	}
	m := managerReports.FindStringSubmatch(text)
	if m == nil || !chineseName(m[2]) {
		return Writer{}
	}
	c := callManager.FindStringSubmatch(text)
	if c == nil || c[1] != m[2] || !isPhone(phoneIn(c[2])) {
		return Writer{}
	}
	return Writer{Name: m[2], Phone: phoneIn(c[2]), Address: m[1]}
}

var (
	managerReports = quickre.MustCompile(EitherScript(`(?:我司|我们|本公司)\p{Han}{2,10}店[（(]([A-Z0-9][A-Z0-9\-]{1,8}(?:号铺|铺)?)[）)]\s*店长(\p{Han}{2,3}?)(?:反映|投诉|报修)`))
	callManager    = quickre.MustCompile(EitherScript(`联系店长(\p{Han}{2,3}?)[，,、\s]*(?:手机|电话)[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
)

// chatOwnNumber is a resident's number in their own words of a chat a butler pastes.
var chatOwnNumber = quickre.MustCompile(EitherScript(`(?:打我|我的?)(?:电话|手机)(?:是|号)?[:：]?[ \t]*(\+?\d[\d \-]{6,16}\d)`))

// relayedResident is the resident a relay's pattern m found on the first line of text, and the
// number the staff member gives for them after it, or their own words quoted or, for a chat, pasted
// below; no one when the pattern's words name no flat or no one.
func relayedResident(text string, m []int, chat bool) Writer {
	flat, name := text[m[2]:m[3]], strings.ReplaceAll(text[m[4]:m[5]], " ", "")
	called := name // as the record calls them: "俞丽萍女士电话：0791-…"
	// "…31号摊位的摊主严小红": a keeper by their whole name, without a title.
	keeper := chineseName(name) && utf8.RuneCountInString(name) >= 2 && containsAny(text[max(0, m[4]-6):m[4]], "摊主", "档主", "店主", "商户", "攤主", "檔主", "商戶")
	if len(m) > 7 && m[6] >= 0 && chineseName(text[m[6]:m[7]]) && sameSurname([]rune(name)[0], []rune(text[m[6]:m[7]])[0]) {
		name = text[m[6]:m[7]] // "业主王先生（王启明）": his whole name in the brackets
	}
	if r := []rune(name); len(r) >= 4 && (titled(string(r[len(r)-3:])) || strings.HasSuffix(name, "阿姨")) && chineseName(string(r[:len(r)-3])) && r[0] == r[len(r)-3] {
		name = string(r[:len(r)-3]) // "何俊何先生", "刘桂芳刘阿姨": the whole name, then how they are called
	}
	if full, ok := strings.CutSuffix(name, "阿姨"); ok && chineseName(full) && utf8.RuneCountInString(full) >= 2 {
		name = full // "郑秀兰阿姨": her whole name
	}
	if full, ok := strings.CutSuffix(name, "经理"); ok && chineseName(full) && utf8.RuneCountInString(full) >= 2 {
		name = full // "L2-203号铺（悦颜美甲）沈慧经理": the shop's manager, by her whole name
	}
	name = withoutTitle(name)                    // "葛海涛 先生": his whole name
	flat = yourEstate.ReplaceAllString(flat, "") // "我市场蔬菜区2号棚31号摊位": the stall, not whose market it is
	for _, lead := range []string{"以下是", "下面是", "这是", "這是"} {
		flat = strings.TrimPrefix(flat, lead) // "以下是雅苑7-1802业主黎女士今天在微信里发给我的内容"
	}
	flat = withoutOwnerWord(flat) // "业主7-1-803朱大爷（朱宝林）拦住我反映"
	if room, ok := strings.CutSuffix(flat, "房"); ok && (addressPart(room) == room || bareFlat.MatchString(room)) {
		flat = room // "1508房的住户何女士": a serviced flat by its number
	}
	if before, inner, ok := cutBracket(flat); ok && before != "" && hanOnly(inner) && strings.HasSuffix(flat, "）") {
		flat = before // "8号馆H27展位（浙江安途户外用品）的闫女士", "1902室（华屹资本）的钱先生": without the firm
	}
	if a := addressPart(flat); a != "" && a != flat && strings.HasPrefix(flat, a) && tenantsFirm.MatchString(flat[len(a):]) {
		flat = a // "12楼1203室鼎信律师事务所的林雅琪小姐": the tenant's office
	}
	core := strings.TrimSuffix(strings.TrimSuffix(flat, "展位"), "摊位") // "8号馆H27展位的闫女士": an exhibitor at their booth
	// "黄经理" at their booth: how the desk calls the exhibitor's manager.
	manager := hallBooth.MatchString(core) && utf8.RuneCountInString(name) == 3 && (strings.HasSuffix(name, "经理") || strings.HasSuffix(name, "經理")) &&
		surnamed(string([]rune(name)[:1]))
	if !callName(name) && !manager && !keeper || addressPart(core) != core && !hallBooth.MatchString(core) && !bareFlat.MatchString(core) {
		return Writer{}
	}
	w := Writer{Name: name, Address: flat}
	after := text[m[1]:]
	if _, rest, ok := strings.Cut(after, name+"住"); ok {
		if f := addressPart(rest); f != "" && f != flat && strings.HasPrefix(f, flat) {
			w.Address = f // "…刘先生住18栋1单元201": the flat in the building the record began with
		}
	}
	// "她…" of a woman, "他…" of a man: not "快递柜的驻点小哥了（他电话176…）" of 蒋女士.
	other := "她"
	if quickre.ContainsAny(name, "女姐姨奶婆") {
		other = "他"
	} else if !quickre.ContainsAny(name, "先叔爷伯") {
		other = ""
	}
	for _, n := range residentNumber.FindAllStringSubmatch(after, perLine) {
		if (other == "" || !contains(n[0], other)) && isPhone(phoneIn(cmp.Or(n[1:]...))) {
			w.Phone = phoneIn(cmp.Or(n[1:]...))
			break
		}
	}
	if p := numberInBracketsAfter.FindStringSubmatch(after); w.Phone == "" && p != nil {
		w.Phone = phoneIn(p[1]) // "接到3幢1单元101室业主段秀英女士的求助（联系电话：139…）"
	}
	if q := quotedWords.FindStringSubmatch(after); w.Phone == "" && q != nil {
		w.Phone = sentencePhone(q[1]) // "…以下是她的原话：“…我电话133 8672 0951”"
	}
	surname := string([]rune(name)[:1])
	for _, who := range []string{called, name, surname + "先生", surname + "女士", surname + "阿姨", "老人家"} {
		for _, label := range []string{"的手机是", "的电话是", "留的电话是", "留的手机是", "的手机", "的电话", "留的电话", "联系电话", "手机", "电话", "，电话", "，手机", "："} {
			if _, rest, ok := strings.Cut(after, who+label); w.Phone == "" && ok {
				// "何先生的手机是 137…", "谢先生联系电话：133…", "请回复谢老师，电话 188…", "请…直接
				// 联系钱阿姨：139…"
				w.Phone = phoneIn(strings.TrimLeft(rest, "：: 是"))
			}
		}
	}
	for _, who := range []string{called, name, surname + "先生", surname + "女士"} {
		if _, rest, ok := strings.Cut(after, who); w.Phone == "" && ok {
			if m := clauseThenNumber.FindStringSubmatch(rest); m != nil && isPhone(phoneIn(m[1])) {
				w.Phone = phoneIn(m[1]) // "孙女士白天在家，联系电话 139…"
			}
		}
	}
	if p := residentsLine.FindStringSubmatch(after); w.Phone == "" && p != nil && isPhone(phoneIn(p[1])) {
		w.Phone = phoneIn(p[1]) // "业主联系电话：139…" below the record
	}
	if p := chatOwnNumber.FindStringSubmatch(after); chat && w.Phone == "" && p != nil {
		w.Phone = phoneIn(p[1]) // "有事打我电话135…" in the chat pasted below
	}
	if !isPhone(w.Phone) {
		w.Phone = ""
	}
	return w
}

// withoutTitle is a whole name without the title after it ("陈建国先生" is 陈建国); a surname with
// its title ("王先生") stays as it is.
func withoutTitle(name string) string {
	for _, title := range []string{"先生", "女士", "小姐"} {
		if full, ok := strings.CutSuffix(name, title); ok && !titled(name) && chineseName(full) && utf8.RuneCountInString(full) >= 2 {
			return full
		}
	}
	return name
}

// englishVisitor is a resident an English staff record says came to the counter or rang it, by
// their title and name, with their flat, on the mobile it gives for them: "Ms. Cheung Wai Man of
// Tower 5, 22/F, Flat B came to the counter this morning… She prefers to be contacted on her mobile
// 9476 2281"; no one when the text gives none.
func englishVisitor(text string) Writer {
	if !containsAny(text, " came to ", " called ", " rang ", " phoned ", " visited ") {
		return Writer{}
	}
	m := englishVisited.FindStringSubmatch(text)
	if m == nil {
		return Writer{}
	}
	w := Writer{Name: m[1], Address: strings.TrimSpace(m[2])}
	if p := onTheirMobile.FindStringSubmatch(text); p != nil && isPhone(phoneIn(p[1])) {
		w.Phone = phoneIn(p[1])
	}
	return w
}

var (
	englishVisited = quickre.MustCompile(`\b((?:Mr|Ms|Mrs|Miss|Dr)\.? [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?:of|from) ([^.\n]{3,40}?) ` +
		`(?:came to|called|rang|phoned|visited) (?:the |our )?(?:counter|front desk|reception|office|management office|service centre|service center)\b`)
	onTheirMobile = quickre.MustCompile(`\b(?:on|at) (?:her|his) (?:[a-z]+ )?(?:mobile|phone|cell)(?: number)?[,:]?\s*(\+?\d[\d \-]{6,18}\d)`)
)

// residentRelays are the ways a staff member or a committee member writes of a resident, with the
// resident's flat and how they are called: who came to the desk or rang it ("18栋2402的业主钱先生到
// 东门前台，投诉…", "12幢1803的业主何先生到管家中心来找我", "12栋1801的业主王先生（王启明）来管家中
// 心反映", with their whole name in brackets, "1栋3单元101的龚秀珍阿姨（独居老人，78岁）到前台来",
// with a remark on them, "5座2樓B室住戶張太親臨管理處" in Hong Kong, "5号馆E12展位（…）的黄经理到服务台
// 反映" at a fair), who stopped them on their round ("巡楼时11栋2301的业主陈先生拦住我反映",
// "巡楼时9栋1单元1203的孙先生找到我，反映…"),
// who rang the guards' post ("12-1-802业主季先生打岗亭电话，说…"), whose call the staff member took
// ("接到7幢1903业主韩女士来电"), whom they met ("碰到三期21幢2单元
// 101的陈阿姨"), who wrote to them by WeChat (last).
var residentRelays = []*quickre.Regexp{
	quickre.MustCompile(EitherScript(`(?:刚才|刚刚|今天|今晚|今朝|昨天|昨晚|前天|上午|下午|晚上|早上){0,2}(?:\d{1,2}[点:：](?:半|\d{0,2}分?)(?:左右)?)?(?:巡楼时)?([^，,。；;！!？?\s的（(]{3,30}?)(?:[（(][^（()）\n]{1,16}[）)])?的?(?:业主|住户|租户)?([^\P{Han}的住户戶号號业業]{1,4}(?:女士|先生|小姐|阿姨|叔叔|大爷|奶奶|爷爷|老师|太|经理))` +
		`(?:[（(](\p{Han}{2,4})[）)]|[（(][^（()）\n]{1,20}[）)])?(?:今天|今晚|昨天|昨晚|前天|上午|中午|下午|晚上|刚才|刚刚){0,2}(?:\d{1,2}[:：点](?:半|\d{0,2}分?)(?:左右)?)?[，,]?(?:(?:来|到|亲临)\p{Han}{0,3}?(?:前台|大堂|服务中心|服务台|管理处|管家中心|管家台|管家岗|管家部|物业|岗亭|业委会活动室|业委会)(?:来)?(?:找我)?|` +
		`打(?:电话)?到(?:前台|服务中心|管理处|管家中心|管家部|管家岗|客服中心|客服部|物业|监控室|监控中心|值班室|保安室)|打(?:岗亭|值班室)(?:的)?电话|(?:在\p{Han}{1,6})?(?:拦住我|叫住我|找到我)|(?:委托|托)我(?:跟|向|和|给)物业|当面(?:向|跟|和|找)我|向我)(?:[，,]?\s*(?:反映|投诉|说)|[，,。]|\p{Han}{0,6}(?:反映|说))`)),
	// "兰苑4号楼414宿舍的学生许诺诺找我，说…" from the dormitory's keeper.
	quickre.MustCompile(EitherScript(`([^，,。；;！!？?\s的]{3,30}?)的(?:学生|住宿生|同学)(\p{Han}{2,3}?)(?:来)?找我`)),
	// "转一个业主投诉：云顶公馆2号楼2601业主曹女士反映，…": a resident's complaint passed on.
	quickre.MustCompile(EitherScript(`转(?:一个|一下)?(?:业主|住户)(?:的)?投诉[:：，,]\s*([^，,。；;！!？?\s的]{3,30}?)的?(?:业主|住户|租户)(\p{Han}{1,3}(?:女士|先生|小姐|阿姨|叔叔|大爷|奶奶|爷爷))(?:反映|投诉|说)`)),
	// "我市场蔬菜区2号棚31号摊位的摊主严小红今天上午到管理办反映": a stall's keeper by their whole name.
	quickre.MustCompile(EitherScript(`([^，,。；;！!？?\s的]{3,30}?)的?(?:摊主|档主|店主|商户)(\p{Han}{2,3}?)(?:今天|昨天|上午|下午|晚上|早上|刚才){0,2}` +
		`(?:来|到)\p{Han}{0,3}?(?:管理办|管理处|服务中心|前台|办公室)(?:[，,]?\s*(?:反映|投诉|说)|[，,。])`)),
	quickre.MustCompile(EitherScript(`接到([^，,。；;！!？?\s的]{3,20}?)[ \t]*的?(?:业主|住户|租户)?[ \t]*(\p{Han}{1,3}(?:女士|先生|小姐|阿姨|叔叔|大爷|奶奶|爷爷))的?(?:电话|来电|求助|投诉|反映)`)),
	quickre.MustCompile(EitherScript(`(?:碰到|遇到|遇见)([^，,。；;！!？?\s的]{3,20}?)的(?:业主|住户|租户)?(\p{Han}{1,3}(?:女士|先生|小姐|阿姨|叔叔|大爷|奶奶|爷爷))`)),
	quickre.MustCompile(EitherScript(`([^，,。；;！!？?\s的]{3,20}?)的?(?:业主|住户|租户)?[ \t]*(\p{Han}{1,3}[ \t]*(?:女士|先生|小姐|阿姨|叔叔|大爷|奶奶|爷爷))` +
		`(?:今天|昨天|今晚|昨晚|上午|下午|晚上|早上|刚才|刚刚){0,2}[^，。\n]{0,6}?(?:在|通过)微信(?:上|里)?(?:私聊我|找我|(?:跟|给|向)我(?:发|说|反映|投诉)|发给我)`)),
}

// numberInBracketsAfter is a number in brackets right after someone the text names: "（联系电话：
// 139…）".
// clauseThenNumber is a clause or two about the one a record names, then their number: "白天在家，联
// 系电话 139…" after "孙女士".
var clauseThenNumber = quickre.MustCompile(EitherScript(`^[^。\n]{0,40}?[，,]\s*(?:联系电话|电话|手机)(?:是)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))

var numberInBracketsAfter = quickre.MustCompile(EitherScript(`^\s*[（(]\s*(?:联系电话|电话|手机)[:：]?\s*(\+?\d[\d \-]{6,16}\d)\s*[）)]`))

// flatOwnerReports is a resident a staff member's note begins with, their flat and their name before
// what they report: "18栋2单元2601业主马骁先生反映：".
var flatOwnerReports = quickre.MustCompile(EitherScript(`^([^，,。；;！!？?\s的]{3,30}?)的?(?:业主|住户|租户)(\p{Han}{1,3}(?:女士|先生|小姐|阿姨|叔叔|大爷|奶奶|爷爷))(?:反映|投诉|说)`))

// ownerThenFlatReports is a resident a staff member's note begins with, their name and their flat
// in brackets before what they report: "业主杨振华先生（12栋1801）反映，", the name in group 1, the flat
// in group 2.
var ownerThenFlatReports = quickre.MustCompile(EitherScript(`^(?:业主|住户|租户)(\p{Han}{1,3}(?:女士|先生|小姐|阿姨|叔叔|大爷|奶奶|爷爷)|\p{Han}{2,3})[（(]([^（()）\n，,]{3,20})[）)](?:反映|投诉|说)`))

// residentNamedFirst is a resident who came to the desk, rang it or told the writer, named before
// their flat in brackets: "业主黄建国先生（12幢1单元602）到管家台反映", "业主钱文博先生（云玺公馆T2栋
// 3301）今天上午致电管家部反映", "居民包秀珍（清河小区27号楼4门502）今天到居委会反映", "辖区独居老人吴
// 桂兰（住幸福里小区9号楼3单元101）向我反映", "业主孙美华（9栋1单元2202，电话 137 7788 9900）今天在管家
// 群里反映", the name in group 1, the flat in group 2, a number in the brackets in group 3.
var residentNamedFirst = quickre.MustCompile(EitherScript(`(?:业主|住户|租户|居民|独居老人|老人)(\p{Han}{1,4}(?:女士|先生|小姐|阿姨|叔叔|大爷|奶奶|爷爷)|\p{Han}{2,3})[（(]住?([^（()）\n，,]{3,20})(?:[，,]\s*(?:电话|手机|联系电话)[:：]?\s*(\+?\d[\d \-]{6,16}\d))?[）)]` +
	`(?:今天|今晚|上午|下午|晚上|刚才|刚刚){0,2}(?:` + cameToDesk + `(?:[，,]?\s*(?:反映|投诉|说)|[，,。])|向我(?:反映|投诉)|在\p{Han}{0,4}群里(?:反映|投诉|说))`))

// cameToDesk are the words of a resident coming or ringing to the office's desk: "到管家中心",
// "打电话到前台", "来物业".
const cameToDesk = `(?:打(?:电话)?到|致电|来|到)\p{Han}{0,3}?(?:前台|大堂|服务中心|服务台|管理处|管家中心|管家台|管家岗|管家站|管家部|物业|居委会)(?:来)?`

// residentThenHome is a resident who came or rang to complain, called by their surname, and their
// home in brackets after "他家" or "她家": "业主赵先生到管家中心反映，他家（9栋1单元2801）主卧…".
var residentThenHome = quickre.MustCompile(EitherScript(`(?:业主|住户|租户|居民)(\p{Han}{1,3}(?:女士|先生|小姐|阿姨|叔叔|大爷|奶奶|爷爷))` +
	`(?:今天|今晚|上午|下午|晚上|刚才|刚刚){0,2}` + cameToDesk + `[，,]?\s*(?:反映|投诉|说)[，,：:]?\s*(?:他|她)家[（(]([^（()）\n，,]{3,20})[）)]`))

// residentTitledInEnglish is a resident called in English by the record of their visit: the flat in
// group 1, the title and surname or whole name in group 2, without the title in group 3, the whole
// name in brackets in group 4.
var residentTitledInEnglish = quickre.MustCompile(EitherScript(`([^，,。；;！!？?\s的]{3,30}?)的?(?:业主|住户|租户|住客)[ \t]*((?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]?([A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+))` +
	`(?:[（(]([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})[）)])?[ \t]*(?:今天|昨天|今晚|昨晚|今早|上午|下午|晚上|早上|刚才){0,2}(?:来|到)\p{Han}{0,3}?(?:前台|大堂|服务中心|服务台|管理处|管家中心|管家台|物业)(?:[，,]?\s*(?:反映|投诉|说)|[，,。])`))

// tenantsFirm is the firm after a tenant's office, the whole of what follows it: "鼎信律师事务所".
var tenantsFirm = quickre.MustCompile(EitherScript(`^\p{Han}{2,12}(?:公司|事务所|工作室|集团|资本|科技|咨询|设计|律所|银行|中心|教育|培训|贸易|传媒|文化)$`))

// quotedWords are the words of someone the writer quotes between quote marks.
var quotedWords = quickre.MustCompile(`“([^”]+)”`)

// deskOrCall are the words of residentRelays after the resident: a small pattern to find its line by.
var deskOrCall = quickre.MustCompile(EitherScript(`(?:来|到|亲临|致电)\p{Han}{0,3}?(?:前台|大堂|服务中心|服务台|管理处|管理办|管家中心|管家台|管家岗|管家站|管家部|物业|岗亭|业委会|居委会)|托我|向我(?:反映|投诉)|打(?:电话)?到|打(?:岗亭|值班室)(?:的)?电话|接到|碰到|遇到|遇见|在微信|拦住我|叫住我|找到我|当面(?:向|跟|和|找)我|转(?:达|一个|一下)?(?:业主|住户)(?:的)?投诉|的(?:学生|住宿生|同学)\p{Han}{2,3}?(?:来)?找我|在\p{Han}{0,4}群里(?:反映|投诉|说)`))

// residentNumber is the number a staff member gives for the resident they write about: "她家座机
// 0571-…", "阿姨家里座机 0512-…", "他留的电话是135…", "请晚上6点以后联系他：139…", "她现在在展位
// 上，手机 139…", "要上门前请提前和他联系：139…", "希望处理结果直接电话告知他本人：136…".
var residentNumber = quickre.MustCompile(EitherScript(`(?:她|他|阿姨|叔叔|大爷|奶奶|爷爷|(?:Mr|Mrs|Ms|Miss)\.?[ \t]?[A-Z][a-z]+[ \t]?)(?:的|家|留的|家里|本人|回)?(?:的)?(?:电话|手机|座机)(?:号码|号)?(?:是|为)?` +
	// "Ms. Kowalski 的手机是波兰号码 +48 601…".
	`(?:\p{Han}{1,4}?(?:号码|号))?[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
	`打(?:她|他)(?:的|家)?(?:电话|手机|座机)[^，。\n\d+]{0,10}[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
	`(?:她|他)(?:现在|这会儿|人)在[^。\n，,]{1,10}[，,]\s*(?:手机|电话)(?:号码|号)?(?:是)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
	`(?:联系|告知|通知)(?:她|他)(?:本人)?[:：]\s*(\+?\d[\d \-]{6,16}\d)|(?:和|跟|与)(?:她|他)(?:本人)?联系[:：]\s*(\+?\d[\d \-]{6,16}\d)|` +
	// "她下午3点后在家，电话138…".
	`(?:她|他)[^。\n，,]{1,16}[，,]\s*(?:电话|手机)(?:号码|号)?(?:是)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
	// "希望客服中心给他本人回个电话：136…".
	`(?:给|帮)(?:她|他)(?:本人)?回(?:个)?电话[:：]?\s*(\+?\d[\d \-]{6,16}\d)|` +
	// "请直接联系她女儿郑红，电话 159…": the family who answers for them.
	`(?:联系|找)(?:她|他)(?:的)?(?:女儿|儿子|老伴|爱人|家人)\p{Han}{0,3}[，,]?\s*(?:电话|手机)(?:号码|号)?(?:是)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))

// residentsLine is a record's labelled line of the resident's number: "业主联系电话：139…", "业主联
// 系方式：138…（王先生本人手机）", "业主电话 186…，她下午两点以后在家", "聯絡電話：6021…" below the
// record, or its labelled clause: "…直接打电话跟她解释，业主电话：159…".
var residentsLine = quickre.MustCompile(EitherScript(`(?m)(?:^|[，,。；;])[ \t]*(?:(?:业主|住户|租户|商户|学生)(?:联系)?(?:电话|手机|方式)|联络电话)[:：]?[ \t]*(\+?\d[\d \-]{6,16}\d)`))

var visitedBy = quickre.MustCompile(EitherScript(`(\p{Han}(?:先生|女士|小姐|阿姨|叔叔|大爷|奶奶|爷爷|老师))[（(](\p{Han}{2,4})[，,、]\s*([^，,、）)\n]{3,20}?)[）)]` +
	`[^。\n]{0,20}(?:来|到|找)[^。\n]{0,12}(?:找我|找到我|来访)[^。\n]{0,4}(?:投诉|反映|反馈)`))

var residentRecord = quickre.MustCompile(EitherScript(`(?:他|她|业主|住户|租户)的?登记(?:信息|资料)(?:是|为|如下)?[:：]\s*(\p{Han}{2,4})[，,、 ]\s*([^，,、\s]{3,20})[，,、 ]\s*` +
	`(?:手机|电话|联系电话)?(?:号码|号)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))

// spokenFor is the resident a building's head or a residents' committee writes for, their flat
// and the number to call them on: "我是2号楼的楼长范建军。替我们楼1门101的曹玉珍曹奶奶反映个事…她家电话
// 010-6402 7718", "今天上午我们社区居委会接待了7号楼2门502的住户孙桂兰老人…孙阿姨家里电话：010-6421
// 3357", a son passing on his father's letter ("附件是我父亲邱德明写的一封投诉信…让我帮忙转给你们") or
// writing for his mother at her stall, asking the office to call her, an assistant for her boss
// ("代我们林志强林总向贵中心反映情况", "謹代表本所董事總經理黃國棟先生"), a daughter for her mother
// ("我是4号楼201室李桂兰的女儿陈芸…由我代她写信反映"); no one when the text speaks for none.
func spokenFor(text string) Writer {
	if !containsAny(text, "替", "帮", "幫", "代", "接待", "的女儿", "的儿子", "的孙女", "的孙子", "的外孙", "的儿媳", "的女婿", "的女兒", "的兒子", "的孫女", "的孫子") && !kinToCall(text) {
		return Writer{}
	}
	if k := kinsLetter.FindStringSubmatch(text); k != nil && chineseName(k[1]) && passedOnForKin.MatchString(text) {
		// "附件是我父亲邱德明写的一封投诉信，他不会用电脑，让我帮忙转给你们…我父亲住4号楼1门302…有事请打
		// 家里电话 010-8412 5563 找他本人": the parent whose letter it is.
		w := Writer{Name: k[1]}
		if h := kinsHome.FindStringSubmatch(text); h != nil {
			w.Address = addressPart(h[1])
		}
		if p := homeLine.FindStringSubmatch(text); p != nil && isPhone(phoneIn(p[1])) {
			w.Phone = phoneIn(p[1])
		}
		if _, letter, ok := strings.Cut(text[strings.Index(text, k[0]):], "\n\n"); ok && (w.Phone == "" || w.Address == "") && !kinsLetter.MatchString(letter) {
			// "信里有他的联系方式": the letter below says where he lives and his number.
			if l := Read(Mail{Name: k[1], Text: letter}); l.Name == k[1] {
				w.Phone, w.Address = cmp.Or(w.Phone, l.Phone), cmp.Or(w.Address, l.Address)
			}
		}
		return w
	}
	if k := parentAt.FindStringSubmatch(text); k != nil && chineseName(k[1]) && (writesForParent.MatchString(text) || kinToCall(text)) {
		// "我妈徐桂兰在城东农贸市场肉类区R-15摊位卖猪肉，她不会用电脑，我帮她写这封邮件…有事直接打我妈
		// 电话13758062219", "我妈妈覃月娥在…干货区B-23号档卖干货…我妈的电话 138…，请直接打给她": the
		// mother, at her stall in the market named before it.
		// Not "…有事可以打我电话": the child who asks to be called complains for her.
		if p := parentsPhone.FindStringSubmatch(text); p != nil && isPhone(phoneIn(p[1])) {
			return Writer{Name: k[1], Phone: phoneIn(p[1]), Address: yourEstate.ReplaceAllString(k[2], "")} // not "咱们市场"
		}
	}
	if k := kinNamed.FindStringSubmatch(text); k != nil && chineseName(k[2]) && (writesForKin.MatchString(text) || kinsPhone.MatchString(text) ||
		kinWords.MatchString(text[strings.Index(text, k[0])+len(k[0]):])) {
		// "我是4号楼201室李桂兰的女儿陈芸…由我代她写信反映…请直接打我母亲家里的座机 021-6521 3378", "我是
		// 颐和家园 4-2-703 孙桂兰的女儿，我妈今年八十一了…": the mother, in her flat.
		w := Writer{Name: k[2], Address: addressPart(k[1])}
		if p := kinsPhone.FindStringSubmatch(text); p != nil && isPhone(phoneIn(p[1])) && !saidDead(text, p[1]) {
			w.Phone = phoneIn(p[1])
		} else if p := parentAskedFor.FindStringSubmatch(text); p != nil && isPhone(phoneIn(p[1])) && !saidDead(text, p[1]) {
			// "请直接联系我母亲，电话 0571-…（家里座机）。我的手机…开会不方便接", "处理情况请直接打电话给我
			// 母亲：0571-…".
			w.Phone = phoneIn(p[1])
		} else if p := homeLineIs.FindStringSubmatch(text); p != nil && isPhone(phoneIn(p[1])) && containsAny(text, "打座机", "打家里", "座机找") {
			w.Phone = phoneIn(p[1]) // "家里座机是 0531-…，我母亲白天一般都在家，请直接打座机找她"
		} else if p := kinNumber.FindStringSubmatch(text); p != nil && isPhone(phoneIn(cmp.Or(p[2], p[4], p[6], p[8]))) && (mineIfNot.MatchString(text) || callKin.MatchString(text)) {
			// "…告诉我母亲，她家座机 021-…。如果打不通再找我，我的手机 139…"; "我妈家里座机是0571-…，她白
			// 天基本都在家，请直接打给她…我的手机186…".
			w.Phone = phoneIn(cmp.Or(p[2], p[4], p[6], p[8]))
		} else {
			w.Phone = cmp.Or(sentencePhone(text), clausePhone(text)) // "有事请打我手机…": the child's, to be called
		}
		return w
	}
	m := speaksFor.FindStringSubmatch(text)
	if n := elderAcross.FindStringSubmatch(text); (m == nil || !chineseName(m[2])) && n != nil && addressPart(n[2]) == n[2] {
		// "我帮对门独居的高奶奶反映一下：她家6-2-301的暖气…": the old neighbour, as the writer
		// calls her, in her flat.
		m = []string{n[0], n[2], n[1]}
	} else if m == nil || !chineseName(m[2]) && !elderCalled.MatchString(m[2]) {
		// "我替住在5栋601的独居老人李大爷反映个情况": as the writer calls him.
		return Writer{}
	}
	unit, name := strings.TrimPrefix(strings.TrimPrefix(m[1], "我们楼"), "我"), m[2] // "替我对门20栋1单元401的王奶奶"
	for _, beside := range []string{"对门", "對門", "隔壁", "楼上", "樓上", "楼下", "樓下"} {
		unit = strings.TrimPrefix(unit, beside) // "替对门2幢3单元202的刘奶奶": her flat, across from the writer's
	}
	if !quickre.ContainsAny(unit, "楼栋幢座") {
		if b := ownBuilding.FindStringSubmatch(text); b != nil {
			unit = b[1] + unit // "我是2号楼的楼长…替我们楼1门101的…": the flat in the writer's building
		}
	}
	w := Writer{Name: name, Address: unit}
	if full := calledWholeName(text, name); full != "" {
		w.Name = full // "王奶奶叫王秀兰，80多岁一个人住"
	}
	// Their number: "她家电话 …", "孙阿姨家里电话：…", "曹奶奶的手机…".
	for _, p := range residentPhone.FindAllStringSubmatch(text, perLine) {
		who := p[1]
		if madeCall(p[0]) {
			continue
		}
		// "打王奶奶家座机…": the verb before her name is read with it.
		if who == "她" || who == "他" || who == "老人" || strings.HasPrefix(strings.TrimLeft(who, "打找给給拨撥"), string([]rune(name)[0])) {
			if n := phoneIn(p[2]); n != "" && isPhone(n) {
				w.Phone = n
				break
			}
		}
	}
	if p := homeLine.FindStringSubmatchIndex(text); w.Phone == "" && p != nil && isPhone(phoneIn(text[p[2]:p[3]])) && containsAny(lastSentence(text[:p[0]]), "没有手机", "沒有手機", "不用手机", "不用手機") {
		w.Phone = phoneIn(text[p[2]:p[3]]) // "奶奶没有手机，家里座机 0755-…": her home's line
	}
	if w.Phone == "" && containsAny(text, "没有手机", "沒有手機", "不会用手机", "不會用手機", "没有电话", "沒有電話", "没有装电话", "沒有裝電話", "没装电话", "沒裝電話", "手机也不会用", "手機也不會用") {
		// "刘奶奶没有手机，家里电话也停了，有事请打我的电话 189…，我帮她开门": the neighbour's, who
		// answers for her.
		w.Phone = sentencePhone(text)
	}
	return w
}

// tourGuest is the guest of a tour group a guide or a tour leader writes to the hotel for, in their
// room, on the number the guide asks to be called on: "团里的冯国栋先生住1516房间…请酒店直接联系我：
// 188…"; no one when the mail is no guide's for a guest so.
func tourGuest(text string) Writer {
	if !containsAny(text, "导游", "導遊", "领队", "領隊", "旅行社") {
		return Writer{}
	}
	m := groupGuestRoom.FindStringSubmatch(text)
	if m == nil || !chineseName(m[1]) {
		return Writer{}
	}
	return Writer{Name: m[1], Address: m[2], Phone: cmp.Or(sentencePhone(text), clausePhone(text))}
}

// groupGuestRoom is a tour group's guest by name and the room they stay in: "团里的冯国栋先生住1516
// 房间".
var groupGuestRoom = quickre.MustCompile(EitherScript(`(?:团里的|团里|我们团的|团员|团队的|团队里的)(\p{Han}{2,3}?)(?:先生|女士|老师)?(?:住在|住|入住)(?:贵酒店)?(\d{3,5}(?:房间|号房|房))`))

// elderNextDoor is an old neighbour living alone the writer writes about, in their flat, on the
// number the mail gives for them or, as they have none, the writer's: "我们楼4幢1单元202住的是独居
// 老人邹桂芝…邹奶奶没有手机，有事请打我电话138…"; no one when the mail names none so.
func elderNextDoor(text string) Writer {
	if !containsAny(text, "老人", "独居", "獨居") {
		return Writer{}
	}
	m := elderLivingAt.FindStringSubmatch(text)
	if e := elderThenFlat.FindStringSubmatch(text); m == nil && e != nil {
		m = []string{e[0], e[2], e[1]} // "我们楼一层有位独居老人赵桂芬奶奶，住5号楼1单元101"
	}
	if e := elderCalledAt.FindStringSubmatch(text); m == nil && e != nil && sameSurnameAs(e[3], e[2]) {
		m = []string{e[0], e[1], e[3]} // "12栋1203住着一位独居的刘奶奶（刘桂芬）"
	}
	if m == nil || !chineseName(m[2]) {
		return Writer{}
	}
	flat := strings.TrimPrefix(strings.TrimPrefix(m[1], "我们楼"), "我們樓")
	if addressPart(flat) != flat {
		return Writer{}
	}
	w := Writer{Name: m[2], Address: flat}
	if p := residentPhone.FindStringSubmatch(text); p != nil && !madeCall(p[0]) && isPhone(phoneIn(p[2])) && !containsAny(text, "没有手机", "沒有手機", "没有电话", "沒有電話") {
		w.Phone = phoneIn(p[2])
	} else {
		w.Phone = cmp.Or(sentencePhone(text), clausePhone(text)) // the neighbour's, who answers for them
	}
	return w
}

// madeCall tells residentPhone's match of a call someone made ("她打电话…"), not one asked for
// to them ("给王奶奶打电话0311-…").
func madeCall(match string) bool {
	return containsAny(match, "打电话", "打電話", "打座机", "打座機") && !strings.HasPrefix(match, "给") && !strings.HasPrefix(match, "給")
}

// elderLivingAt is an old resident by their flat and their whole name: "4幢1单元202住的是独居老人
// 邹桂芝".
var elderLivingAt = quickre.MustCompile(EitherScript(`([^，。；！？,;!?\s]{3,24}?\d{3,4})室?住的是(?:一位)?(?:独居|孤寡)?(?:的)?老人(\p{Han}{2,3}?)(?:[，,。；;！!\s]|$|今年)`))

// elderThenFlat is an old resident the writer names (group 1), then their flat (group 2): "我们楼一
// 层有位独居老人赵桂芬奶奶，住5号楼1单元101".
var elderThenFlat = quickre.MustCompile(EitherScript(`有(?:一)?位(?:独居|孤寡)?(?:的)?老人(\p{Han}{2,3}?)(?:奶奶|爷爷|大爷|阿姨|大妈)?[，,]\s*(?:住在?|家住)([^，。；！？,;!?\s]{3,24}?\d{3,4})室?(?:[，,。；;！!\s]|$)`))

// elderCalledAt is an old resident living alone by their flat (group 1), how they are called (group
// 2) and their whole name in brackets (group 3): "12栋1203住着一位独居的刘奶奶（刘桂芬）".
var elderCalledAt = quickre.MustCompile(EitherScript(`([^，。；！？,;!?\s]{3,24}?\d{3,4})室?住(?:着|的是)(?:一位|一个)?(?:独居|孤寡)(?:的)?(\p{Han}(?:奶奶|爷爷|大爷|阿姨|大妈|老太太))[（(](\p{Han}{2,3})[）)]`))

// calledWholeName is the whole name the text gives after how it calls someone: "王秀兰" of "王奶奶叫王
// 秀兰"; "" when it gives none of the same surname.
func calledWholeName(text, called string) string {
	if called == "" {
		return ""
	}
	for rest := text; ; {
		_, after, ok := strings.Cut(rest, called)
		if !ok {
			return ""
		}
		said := strings.TrimPrefix(strings.TrimPrefix(after, "她"), "他") // "王奶奶叫王秀兰", "…她叫…"
		if m := namedAs.FindStringSubmatchIndex(said); m != nil && m[0] == 0 {
			if n := said[m[2]:m[3]]; chineseName(n) && !titled(n) && sameSurname([]rune(called)[0], []rune(n)[0]) {
				return n
			}
		}
		rest = after
	}
}

var (
	speaksFor = quickre.MustCompile(EitherScript(`(?:(?:替|帮|代)(?:我们楼)?(?:住在)?|接待了)([^，。；！？,;!?\s的]{2,16}?\d{2,4}(?:室|号)?)的(?:住户|业主|居民|租户)?(?:独居的?|一个人住的)?(?:老人)?(\p{Han}{2,3})` +
		`(?:老人|阿姨|奶奶|爷爷|大爷|大妈|老太太|\p{Han}(?:奶奶|爷爷|阿姨|大爷))?(?:[（(，,]|反映)`))
	// elderCalled is an old neighbour as the writer calls them: "李大爷", "王奶奶".
	elderCalled = quickre.MustCompile(EitherScript(`^\p{Han}(?:奶奶|爷爷|阿姨|大爷|大妈|老太太)$`))
	// elderAcross is an old neighbour the writer speaks for by how they call them, and their flat
	// said after them: "帮对门独居的高奶奶反映一下：她家6-2-301的暖气…".
	elderAcross = quickre.MustCompile(EitherScript(`(?:替|帮|代)(?:对门|隔壁|楼上|楼下)?(?:的)?(?:独居的|一个人住的)?(\p{Han}(?:奶奶|爷爷|阿姨|大爷|大妈|老太太))` +
		`(?:反映|说)[^。\n]{0,6}?[：:，,]\s*(?:她|他)家(?:是|住)?[（(]?([^，,。；;！!？?\s的（()）]{3,16}?\d{2,4}(?:室|号)?)`))
	parentAt        = quickre.MustCompile(EitherScript(`我(?:妈妈|爸爸|妈|爸|母亲|父亲)(\p{Han}{2,3}?)在((?:\p{Han}{0,8}?(?:市场|商场))?(?:[^，。；！？,;!?\s]{2,16}?(?:摊位|档口|号铺|号档|铺)|\p{Han}{1,4}区` + unitCode + `))\s*(?:卖|经营|开)`))
	writesForParent = quickre.MustCompile(EitherScript(`我(?:帮|替|代)(?:她|他|我妈|我爸)(?:写|发)`))
	parentsPhone    = quickre.MustCompile(EitherScript(`(?:(?:打|联系|找)我|我)(?:妈妈|爸爸|妈|爸|母亲|父亲)(?:的)?(?:电话|手机)[:：]?\s*([+\d][\d \-]{6,18}\d)`))
	kinNamed        = quickre.MustCompile(EitherScript(`我是([^，。；！？,;!?\n（(：:的]{2,24}?(?:\d|\d{1,2}[楼樓层層][A-Z])[室号]?)[ \t]*(?:的)?(?:业主|住户)?[ \t]*(\p{Han}{2,3})(?:奶奶|爷爷|外婆|外公|先生|女士)?的(?:女儿|儿子|儿媳|女婿|孙女|孙子|外孙女|外孙)`))
	// kinWords are the writer's words of the parent they write for.
	kinWords     = quickre.MustCompile(EitherScript(`我(?:妈|爸|母亲|父亲|奶奶|爷爷|外婆|外公|姥姥|姥爷)|妈妈|爸爸|老人|家父|家母`))
	writesForKin = quickre.MustCompile(EitherScript(`(?:由我|我)?(?:代|替|帮)(?:她|他|我母亲|我父亲|我妈|我爸|母亲|父亲)(?:写信|写|发|反映)`))
	// "请直接打我母亲家里的座机 021-…", "麻烦直接给我妈妈回电话：0571-…", "请直接联系我母亲：0571-…".
	kinsPhone = quickre.MustCompile(EitherScript(`(?:(?:打|联系|致电)(?:我(?:母亲|父亲|妈妈|爸爸|妈|爸)|她|他)(?:家里|家)?(?:的)?(?:座机|电话|手机|固话)(?:联系(?:她|他))?|` +
		`给(?:我(?:母亲|父亲|妈妈|爸爸|妈|爸)|她|他)回(?:个)?电话|(?:直接)?联系我(?:母亲|父亲|妈妈|爸爸|妈|爸)[:：]|` +
		// "请直接联系我妈，她的电话是0571-…（家里座机）".
		`(?:直接)?联系我(?:母亲|父亲|妈妈|爸爸|妈|爸)[，,]\s*(?:她|他)(?:家里|家)?的(?:座机|电话|手机|固话)(?:是|为)?)[:：]?\s*([+\d][\d \-]{6,18}\d)`))
	forBoss = quickre.MustCompile(EitherScript(`代(?:我们|我們)?(?:公司)?(?:的)?(\p{Han}{2,3}?)(?:\p{Han}(?:总|董)|总经理|董事长|经理)(?:向|给|跟|反映)|` +
		`代表(?:本所|本公司|我司|我们公司)?(?:的)?(?:董事总经理|总经理|董事长|合伙人|主任|老板)(\p{Han}{2,3}?)(?:先生|女士)(?:就|向|给|跟)|` +
		`(?:替|代)(?:我们|我們)(?:的)?(?:主任|合伙人|老板|总经理|董事长)(\p{Han}{2,3}?)(?:律师|先生|女士)?(?:反映|投诉|向|给|跟)`))
	bossPhone      = quickre.MustCompile(EitherScript(`(他|她|\p{Han}老(?:先生|太太)|\p{Han}(?:总|总经理|董|经理|先生|女士|律师|主任|老师|教授|校长|院长))(?:本人)?(?:家里|家)?(?:的)?(?:[（(]?(?:手机|电话|手提)(?:号码|号)?(?:是)?[:：]?|(?:直接)?联系[:：]|本人[:：]|回电(?:[，,][^。\n\d:：]{0,10})?[:：])\s*([+\d][\d \-]{6,18}\d)`))
	kinsLetter     = quickre.MustCompile(EitherScript(`我(?:的)?(?:父亲|母亲|爸爸|妈妈|爷爷|奶奶|外公|外婆)(\p{Han}{2,3}?)(?:老人)?写的`))
	passedOnForKin = quickre.MustCompile(EitherScript(`(?:让|叫|托)我(?:帮忙|帮他|帮她)?(?:转|发)`))
	kinsHome       = quickre.MustCompile(EitherScript(`(?:父亲|母亲|爸爸|妈妈|爷爷|奶奶|外公|外婆)(?:家)?住(?:在|喺)?([^，。；！？,;!?\s]{3,24})`))
	homeLine       = quickre.MustCompile(EitherScript(`家里(?:的)?(?:电话|座机)[:：]?\s*([+\d][\d \-]{6,18}\d)`))
	// parentAskedFor is the number the office is asked to call the writer's parent on; homeLineIs
	// the home's line as "家里座机是 0531-…" gives it, read where the office is asked to call it.
	parentAskedFor = quickre.MustCompile(EitherScript(`(?:请|麻烦)(?:直接)?(?:联系|打电话给|致电)我(?:爸爸?|妈妈?|父亲|母亲)[:：，,]\s*(?:电话|手机|座机)?(?:是)?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
	homeLineIs     = quickre.MustCompile(EitherScript(`家里(?:的)?(?:电话|座机)(?:是)?[:：]?\s*([+\d][\d \-]{6,18}\d)`))
	ownBuilding    = quickre.MustCompile(EitherScript(`我是(\d{1,3}(?:号楼|栋|幢))的(?:楼长|楼栋长|单元长|居民|住户)`))
	residentPhone  = quickre.MustCompile(EitherScript(`(?:给)?(她|他|老人|\p{Han}{1,2}(?:阿姨|奶奶|爷爷|大爷|大妈))(?:家里|家)?(?:的)?(?:电话|座机|手机|打电话|打座机)[:：]?\s*([+\d][\d \-]{6,18}\d)`))
)

// pastedMessage is the message of someone else a note passes on pasted whole between two rules
// below the words that say so: the owner's words between "————业主原话————" and "————————" under
// "以下是8幢2单元1703业主顾长青今晚在业主群里@我发的消息，原文转过来"; "" when the text passes on
// none.
func pastedMessage(text string) string {
	if !contains(text, "原") && !contains(text, "留言") && !contains(text, "消息") && !contains(text, "来信") && !contains(text, "來信") {
		return ""
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i >= Lines {
			break
		}
		if !ruleLine(l) || !pastedIntro.MatchString(strings.Join(lines[max(0, i-3):i+1], "\n")) {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+40; j++ {
			if ruleLine(lines[j]) {
				return strings.TrimSpace(strings.Join(lines[i+1:j], "\n"))
			}
		}
		if letterCopied.MatchString(strings.Join(lines[max(0, i-3):i+1], "\n")) && len(lines)-i <= 40 {
			// "——————以下为来信内容——————" above a resident's letter the desk copied out, to
			// the mail's end.
			return strings.TrimSpace(strings.Join(lines[i+1:], "\n"))
		}
		return ""
	}
	return ""
}

// pastedSpeaker is the name, and the note in brackets after it, of a chat's line naming who says
// the words below it: "赵国栋" and "18楼1803 上海澜图咨询" of "赵国栋（18楼1803 上海澜图咨询）："; ""
// when the pasted message begins otherwise.
func pastedSpeaker(pasted string) (name, note string) {
	first, _, _ := strings.Cut(strings.TrimSpace(pasted), "\n")
	if m := speakerLine.FindStringSubmatch(strings.TrimSpace(first)); m != nil && chineseName(m[1]) {
		return m[1], m[2]
	}
	return "", ""
}

var speakerLine = quickre.MustCompile(`^(\p{Han}{2,4})(?:[（(]([^（）()\n]{1,30})[）)])?\s*[:：]$`)

// ruleLine tells a line drawn as a rule, perhaps with a few words in it: "——————————",
// "————业主原话————".
func ruleLine(l string) bool {
	l = strings.TrimSpace(l)
	rules := 0
	for _, r := range l {
		if strings.ContainsRune("—－-=_─━~～*", r) {
			rules++
		}
	}
	return rules >= 6 && rules*2 >= utf8.RuneCountInString(l)
}

// pastedIntro are the words above a message passed on whole: "以下是9幢业主今早发在我微信上的留言，原
// 文转过来", "业主原话", "租客原话如下".
var pastedIntro = quickre.MustCompile(EitherScript(`(?:以下|下面)(?:是)?[^。\n]{0,30}?(?:业主|住户|租户|租客|客户|顾客|商户|加盟商)[^。\n]{0,30}?(?:发|留|说)[^。\n]{0,16}?(?:消息|留言|信息|原话)|` +
	`原文(?:转|贴|如下)|原话(?:转|贴|如下)|(?:业主|住户|租户|租客|客户|顾客|商户)(?:的)?原话|` + letterCopiedWords))

// letterCopied are a desk's words above a resident's letter it copies out: "以下为来信内容", "内容抄录
// 如下".
const letterCopiedWords = `(?:以下|下面)(?:为|是)(?:来信|信件|手写信)(?:内容|原文)|(?:内容|来信)(?:抄录|转录)如下`

var letterCopied = quickre.MustCompile(EitherScript(letterCopiedWords))

// jointContact is the one person a joint or a committee's letter names to be contacted, on the
// number and at the flat or office it gives for them: "本次联名的联系人：龙振宇，电话 139…" (their
// flat beside their name in the list of those who sign), "联系人：业委会主任 曹志刚（18幢2单元301），
// 手机 133…", "本次联名的联系人为：2006室 鼎信会计师事务所 曹敏，电话 135…", "联系人：黄振华（业委会
// 副主任，12栋3单元402）" above "电话：139…"; no one when the letter is one person's or names none.
func jointContact(text string) Writer {
	if !containsAny(text, "系人", "繫人", "係人") || !containsAny(text, "联名", "聯名", "业委会", "業委會", "业主委员会", "業主委員會", "联署", "聯署") {
		return Writer{}
	}
	m := jointContactLine.FindStringSubmatchIndex(text)
	if m == nil {
		return Writer{}
	}
	name := text[m[4]:m[5]]
	if !chineseName(name) {
		return Writer{}
	}
	w := Writer{Name: name}
	if m[2] >= 0 {
		w.Address = text[m[2]:m[3]]
	}
	if m[6] >= 0 {
		for _, part := range strings.FieldsFunc(text[m[6]:m[7]], func(r rune) bool { return strings.ContainsRune("，,、 ", r) }) {
			if a := addressPart(part); a != "" && a == part && w.Address == "" {
				w.Address = a // "（业委会副主任，12栋3单元402）"
			}
		}
	}
	if w.Address == "" {
		for _, f := range nameThenFlat.FindAllStringSubmatch(text[:m[0]], -1) {
			if f[1] == name && addressPart(f[2]) == f[2] {
				w.Address = f[2] // "3  龙振宇（6栋1单元301）B-045" among those who sign
			}
		}
	}
	rest := text[m[1]:]
	if m[8] >= 0 {
		w.Phone = phoneIn(text[m[8]:m[9]])
	} else if p := labelledNumberBelow.FindStringSubmatch(rest); p != nil {
		w.Phone = phoneIn(p[1]) // "电话：139…" on the line below
	}
	if !isPhone(w.Phone) {
		w.Phone = ""
	}
	return w
}

var (
	// jointContactLine is the line naming a letter's contact: the office in group 1, the name in
	// group 2, what the brackets after it say in group 3, the number in group 4.
	jointContactLine = quickre.MustCompile(EitherScript(`(?m)^[ \t]*(?:本次(?:联名|联署)?的?)?联系人(?:为|是)?[:：][ \t]*(?:(\d{3,4}室)[ \t]+)?(?:\p{Han}{2,14}(?:公司|事务所|中心|学校)[ \t]+)?` +
		`(?:(?:业委会|业主委员会)?(?:副主任|主任|委员|秘书长|秘书)[ \t]*)?(\p{Han}{2,3}?)[ \t]*(?:[（(]([^（()）\n]{2,30})[）)])?` +
		`(?:[，,、 \t]*(?:联系电话|电话|手机)[:：]?[ \t]*(\+?\d[\d \-]{6,16}\d))?[ \t]*[。.]?[ \t]*$`))
	// nameThenFlat is a name with a flat in brackets after it, in a list of those who sign.
	nameThenFlat = quickre.MustCompile(`(\p{Han}{2,3})[（(]([^（()）\n]{3,20})[）)]`)
	// labelledNumberBelow is a number labelled on the line below.
	labelledNumberBelow = quickre.MustCompile(EitherScript(`^[ \t]*\n[ \t]*(?:联系电话|电话|手机)[:：][ \t]*(\+?\d[\d \-]{6,16}\d)`))
)

// agentsClient is the owner, landlord or tenant an estate agent writes for, at the flat and on the
// number the mail gives for them: "我是链家的经纪人刘洋，受业主陈建国先生委托反映：他家（5栋2单元802）楼
// 上漏水。业主电话 138…", "我是中介小刘，帮租客张女士反映一下，她住8栋1102，电话 137…", "本公司受
// …6幢1802室业主吴永康先生（现居加拿大）委托，负责该房屋的出租代管事宜"; no one when the writer is no
// agent writing for a client.
func agentsClient(text string) Writer {
	if !containsAny(text, "中介", "经纪人", "經紀人", "代理", "代管", "托管", "託管") {
		return Writer{}
	}
	m := agentFor.FindStringSubmatchIndex(text)
	if m == nil {
		return Writer{}
	}
	g := 4 // the client's name: "陈建国先生" after "受业主", "关女士" after "6座1903房的业主"
	for m[g] < 0 {
		g += 4
	}
	name := withoutTitle(text[m[g]:m[g+1]]) // "陈建国先生": his whole name
	if !callName(name) {
		return Writer{}
	}
	place := "" // their flat, said before them: "受香樟苑4-2-1101业主吴国庆先生委托"
	if m[g-2] >= 0 {
		place = text[m[g-2]:m[g-1]]
	}
	w := Writer{Name: name}
	after := text[m[1]:]
	if f := addressPart(yourEstate.ReplaceAllString(place, "")); f != "" {
		w.Address = f
	} else if a := clientsFlat.FindStringSubmatch(text[m[g]:]); a != nil {
		if f := addressPart(cmp.Or(a[1], a[2])); f != "" {
			w.Address = f
		}
	}
	if p := clientsNumber.FindStringSubmatch(after); p != nil && isPhone(phoneIn(p[1])) {
		w.Phone = phoneIn(p[1])
	} else {
		w.Phone = firstNumber(after) // "他交代有任何事情都联系我，我的手机 136…": the agent's, as the client asks
	}
	return w
}

var (
	// agentFor is the client an agent writes for: their flat, if said before them, in group 1, 3, 5
	// or 7, their name in group 2, 4, 6 or 8 ("负责绿城桂花园3幢2单元1702的出租。租客黄晓雯小姐反映").
	agentFor = quickre.MustCompile(EitherScript(`(?:受|帮|替|代)([^，,。\s]{3,24}?)?(?:业主|房东|租客|租户|客户)(\p{Han}{1,3}(?:先生|女士|小姐)|\p{Han}{2,3}?)(?:的)?(?:[（(][^（()）\n]{1,20}[）)])?(?:委托[，,]?\s*(?:代(?:他|她)|帮(?:他|她))?)?(?:向(?:物业|你们|贵司))?(?:反映|投诉|联系|说|咨询|负责)|` +
		`([^，,。\s]{3,20}?)的(?:业主|房东|租客|租户)(\p{Han}{1,3}(?:先生|女士|小姐)|\p{Han}{2,3}?)委托(?:我们|我)|` +
		`负责([^，,。\s]{3,24}?)的(?:出租|出售|租赁)[。，,]\s*(?:租客|业主|房东|租户)(\p{Han}{1,3}(?:先生|女士|小姐)|\p{Han}{2,3}?)(?:反映|投诉|说)|` +
		// "17栋1单元1001的业主曹永军先生目前在国外，房子委托我们出租管理".
		`([^，,。\s]{3,20}?)的(?:业主|房东)(\p{Han}{1,3}(?:先生|女士|小姐)|\p{Han}{2,3}?)[^。\n]{0,20}?委托(?:我们|我)`))
	// clientsFlat is the client's flat after them: "他家（5栋2单元802）", "她住8栋1102".
	clientsFlat = quickre.MustCompile(EitherScript(`^[^。\n]{0,30}?(?:(?:他|她)家[（(]([^（()）\n]{3,20})[）)]|(?:他|她)(?:家)?住(?:在)?([^，,。；;\s]{3,20}))`))
	// clientsNumber is the client's number: "业主电话 138…", "，电话 137…" after their flat, "请直
	// 接联系租客黄小姐：139…".
	clientsNumber = quickre.MustCompile(EitherScript(`(?:(?:业主|房东|租客|租户|客户|他|她)(?:本人)?(?:的)?(?:电话|手机)(?:号码)?(?:是)?|[，,]\s*(?:电话|手机)|` +
		`(?:联系|联络)(?:业主|房东|租客|租户|客户)\p{Han}{1,3}?(?:先生|女士|小姐)?)[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
)

// dependantWrittenFor is the employee, the student or the elderly relative a writer complains for,
// by name, at the room or the flat the mail gives as theirs, on the first number the mail gives
// after naming them, theirs or the writer's as it asks: "我司员工王建军住在贵园区员工公寓B栋305室
// …请直接跟王建军本人约：电话 139…", "我是机械学院大二学生李浩然的妈妈，孩子住在学生公寓7号楼412室…
// 可以直接联系他本人：152…", "我岳父岳母住在你们小区9#楼402，岳父叫周德明…请先打他们家座机 0571-…",
// "家父陳文雄住在貴社區3號5樓"; no one when the mail names no such person, or an employee at no room.
func dependantWrittenFor(text string) Writer {
	if !containsAny(text, "员工", "員工", "学生", "學生", "新生", "岳父", "岳母", "婆婆", "公公", "家父", "家母") {
		return Writer{}
	}
	var m []int
	var w Writer
	for _, c := range dependantNamed.FindAllStringSubmatchIndex(text, perLine) {
		for g := 2; g < len(c); g += 2 {
			if c[g] >= 0 {
				w.Name = text[c[g]:c[g+1]]
				break
			}
		}
		if chineseName(w.Name) && !containsAny(w.Name, "岳", "婆", "公公", "父", "母") {
			m = c // "岳父叫周德明", not "我岳父岳母住在…"
			break
		}
		w.Name = ""
	}
	if m == nil {
		return Writer{}
	}
	from := strings.LastIndexByte(text[:m[0]], '\n') + 1 // the line that names them: "…住在…，岳父叫周德明"
	for _, h := range [][]string{dependantLives.FindStringSubmatch(text[from:]), dependantsRoom.FindStringSubmatch(text[from:])} {
		if h == nil || w.Address != "" {
			continue
		}
		place := yourEstate.ReplaceAllString(h[1], "")
		if a := addressPart(place); a != "" {
			if r, _ := utf8.DecodeRuneInString(place[len(a):]); r == '房' || r == '室' {
				a += string(r) // "6幢312房4号床": the room, not the bed
			}
			w.Address = a
		}
	}
	if m[2] >= 0 && w.Address == "" {
		return Writer{} // an employee the mail gives no room of is not written for
	}
	w.Phone = firstNumber(text[m[0]:])
	if p := askedNumber.FindStringSubmatch(text[m[0]:]); p != nil && isPhone(phoneIn(p[1])) {
		// "婆婆家里电话是010-…，但她听力不好，有事请先打我手机158…", "…最好打我电话 158…"
		w.Phone = phoneIn(p[1])
	}
	return w
}

var (
	// dependantNamed names the one a mail is written for: an employee with their staff number in
	// brackets (group 1), a student their parent writes for (group 2), a parent-in-law or the
	// writer's father or mother (groups 3 and 4).
	dependantNamed = quickre.MustCompile(EitherScript(`我司(?:的)?\p{Han}{0,4}?员工(\p{Han}{2,3}?)(?:[（(](?:工号|员工号|工牌号)[^（()）\n]{0,16}[）)])?(?:住在|住|[（(])|` +
		`(?:学生|新生)(\p{Han}{2,3}?)的(?:妈妈|母亲|爸爸|父亲|家长)|` +
		`(?:(?:我|我的)(?:岳父|岳母|婆婆|公公)|家父|家母)(\p{Han}{2,3}?)(?:住在|住|[，,（(]|一个人|今年)|` +
		`(?:岳父|岳母|婆婆|公公)叫(\p{Han}{2,3}?)(?:[，,。\s]|$)`))
	// dependantLives is where they live: "住在贵园区员工公寓B栋305室", "孩子住紫荆公寓C座0805";
	// dependantsRoom their room in brackets after them: "我司员工刘春梅（员工公寓A栋210室）".
	dependantLives = quickre.MustCompile(EitherScript(`住(?:在)?([^，,。；;！!？?\s（(]{3,30})`))
	dependantsRoom = quickre.MustCompile(EitherScript(`^[^。\n]{0,24}?\p{Han}[（(]([^（()）\n]{3,24})[）)]`))
	// askedNumber is the number a mail asks the office to call on: "请直接联系罗志勇：137…", "请先打
	// 他们家座机 0571-…", "有事请先打我手机158…", "最好打我电话 158…".
	askedNumber = quickre.MustCompile(EitherScript(`(?:请|麻烦|直接|最好)(?:先|直接)?(?:打|拨|联系|联络|跟|和|找)[^。\n，,；;]{0,16}?[:：]?\s*(\+?\d[\d \-]{6,16}\d)`))
)

// colleagueInChat is the one whose chat messages a writer passes on, by name, and the number their
// own lines ask the office to call: "刘思琪 2024-09-10 09:16" above "…我电话 18621357740 让物业直接打
// 我就行" in a WeCom chat an office's admin forwards, "【钉钉】田浩然 2024/12/03 22:41" above "…让
// 物业的人明天打我电话 138…", "姜涛：…你让总部物流的人直接给我打电话 139…" quoted by the regional
// supervisor; "" when the text passes on no chat of someone else's who gives their number.
func colleagueInChat(text, writer string) (name, phone string) {
	if !containsAny(text, "转", "轉", "聊天记录", "聊天記錄", "反映", "消息") {
		return "", ""
	}
	writer = strings.TrimSpace(writer)
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i >= Lines {
			break
		}
		var who, said string
		if m := chatHeader.FindStringSubmatch(l); m != nil {
			who = m[1]
			for j := i + 1; j < len(lines) && strings.TrimSpace(lines[j]) != "" && !chatHeader.MatchString(lines[j]) && !ruleLine(lines[j]); j++ {
				said += lines[j] + "\n"
			}
		} else if m := speakerSays.FindStringSubmatch(l); m != nil {
			who, said = m[1], m[2] // "姜涛：费督导，这周二的物料又晚到了…"
		} else if m := chatLine.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			if f := strings.Fields(m[1]); len(f) > 0 {
				who, said = f[len(f)-1], m[2] // "[11月18日 21:05] 蔬菜区C12 王桂芳: …"
			}
		} else {
			continue
		}
		if who == writer || !chineseName(who) || writer != "" && contains(writer, who) {
			continue
		}
		if p := sentencePhone(said); p != "" {
			return who, p
		}
	}
	return "", ""
}

var (
	// chatHeader is a chat message's line of who sent it and when: "刘思琪 2024-09-10 09:12",
	// "【钉钉】田浩然 2024/12/03 22:41".
	chatHeader = quickre.MustCompile(`^[ \t]*(?:【[^】\n]{1,8}】[ \t]*)?(\p{Han}{2,3})[ \t]+\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*\r?$`)
	// speakerSays is a message quoted on one line after who sent it: "姜涛：费督导，…".
	speakerSays = quickre.MustCompile(`^[ \t]*(\p{Han}{2,3})[：:][ \t]*(.{8,})$`)
)
