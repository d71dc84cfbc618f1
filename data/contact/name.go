package contact

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"complaintdesk/data/quickre"
)

// besideSender is the Chinese name a line of said gives after the sender's own, a shop's or a
// company's, maybe after its place: "蜀香小馆 雷明" in the mail of "蜀香小馆", "C区22号摊位 陈记
// 干货 陈伟强" in the mail of "陈记干货"; "" when none does.
func besideSender(said, sender string) string {
	if sender == "" || chineseName(sender) || !contains(said, sender+" ") {
		return ""
	}
	for _, l := range strings.Split(said, "\n") {
		f := strings.Fields(l)
		if len(f) < 2 || f[len(f)-2] != sender || !chineseName(f[len(f)-1]) || organisation.MatchString(f[len(f)-1]) {
			continue
		}
		if place := strings.Join(f[:len(f)-2], ""); place == "" || addressPart(place) == place {
			return f[len(f)-1]
		}
	}
	return ""
}

// foreignScriptThenLatin is a sender's name in Korean or Japanese letters, then in Latin ones in
// brackets.
var foreignScriptThenLatin = quickre.MustCompile(`^[\p{Hangul}\p{Hiragana}\p{Katakana}\s]+[（(]\s*([A-Z][A-Za-z'.]*(?:[ -][A-Za-z][A-Za-z'.]*){1,3})\s*[）)]$`)

// personName is the name to call a mail's writer by: the sender's, without the group or role
// before it ("会务组-陈思远"); for a sender named by a handle ("lily_chen"), an organisation ("商务中心
// 租户服务平台", "深圳南山科技园店"), a nickname ("甜心烘焙") or nothing, the one the text gives as
// theirs: a form's ("联系人：徐晴", "姓名：赵敏"), a role's line ("负责人：何静"), a sentence's ("我叫
// 王大壮"), or their name alone on one of the last lines.
func personName(sender, said string) string {
	t := strings.TrimSpace(sender)
	if placeholderSender.MatchString(t) {
		// "手机用户", a mail app's name for a sender who set none, ending "…有事打我电话139… 刘先生":
		// the name the text gives, else none.
		for _, find := range []func(string) string{ownName, labelledName, lastLineAlone, signOff, endSigned, startSigned} {
			if n := find(said); callName(n) {
				return n
			}
		}
		return ""
	}
	if m := academicTitle.FindStringSubmatch(t); m != nil {
		sender, t = m[1], m[1] // "Dr. Helen Fraser": her name, without her title
	}
	if m := titledSurname.FindStringSubmatch(t); m != nil {
		// "Dr. Xu" saying "我是皮肤科医生徐雅丽": the Chinese name of the surname the title's word
		// spells.
		for _, n := range []string{ownName(said), lastLineAlone(said), signOff(said), labelledName(said)} {
			if r, _ := utf8.DecodeRuneInString(n); chineseName(n) && !titled(n) && spells(strings.ToLower(m[1]), r) {
				return n
			}
		}
	}
	if p := displayPerson(t); p != t {
		sender, t = p, p // "租户 小杨", "HR-张琳", "小蒋 @ 创客空间": the person
	}
	if desk := t[strings.LastIndexAny(t, " \t")+1:]; deskSender.MatchString(desk) {
		// "培训部" signing "远大教育科技有限公司 培训总监 韩冬梅", "Sunny Tech 展务" over "现场负责人：
		// 杨帆": the person the department's mail names as in charge.
		for _, m := range personLabelled.FindAllStringSubmatch(said, perLine) {
			if n := cmp.Or(m[1], m[2], m[3]); chineseName(n) && !titled(n) {
				return n
			}
		}
		for _, m := range personInCharge.FindAllStringSubmatch(said, perLine) {
			if n := cmp.Or(m[1], m[2]); chineseName(n) && !titled(n) {
				return n
			}
		}
	}
	if chineseName(t) && !titled(t) && contains(said, "我叫") {
		// "署名打错了，我叫刘阳，太阳的阳" signing "刘阳" from "刘洋": the name the writer corrects to.
		if n := ownName(said); n != t && chineseName(n) && !titled(n) && sameSurnameAs(n, t) && n == lastLineAlone(said) {
			return n
		}
	}
	if f := strings.Fields(t); len(f) >= 2 && len(f) <= 4 && chineseName(f[len(f)-1]) && !titled(f[len(f)-1]) &&
		englishName.MatchString(strings.Join(f[:len(f)-1], " ")) {
		return f[len(f)-1] // "Ma Lin 马琳", "Jason Liao 廖振宇": their name in its own characters
	}
	if m := surnameFirst.FindStringSubmatch(t); m != nil && contains(said, m[2]+" "+m[1]) {
		return m[2] + " " + m[1] // "Weber, Klaus" signing "Klaus Weber"
	} else if m != nil && contains(said, m[1]+" "+m[2]) {
		// "Park, Ji-hoon" signing "Park Ji-hoon", "Tsang, Wing Yee" signing "Tsang Wing Yee": the
		// surname first, as Korea and Hong Kong write it.
		return m[1] + " " + m[2]
	}
	if m := latinThenSurname.FindStringSubmatch(t); m != nil {
		// "Vivian 宋" over "联系人：宋薇", "Grace Tan 谭" signing "谭慧玲": her whole name.
		s, _ := utf8.DecodeRuneInString(m[1])
		names := []string{labelledName(said), lastLineAlone(said), signOff(said), ownName(said)}
		lines := strings.Split(strings.TrimRight(said, " \t\r\n"), "\n")
		for _, l := range lines[max(0, len(lines)-8):] {
			if f := strings.Fields(l); len(f) > 1 && isASCII(strings.Join(f[1:], " ")) {
				names = append(names, f[0]) // "谭慧玲 Grace Tan" above her job
			}
		}
		for _, n := range names {
			if r, _ := utf8.DecodeRuneInString(n); chineseName(n) && !titled(n) && sameSurname(r, s) {
				return n
			}
		}
	}
	if _, initial, ok := strings.Cut(t, " "); ok && latinInitial.MatchString(initial) {
		// "Wu H." over "我是紫荆苑11号楼2304的业主吴先生" signing "吴先生": how the writer is called
		// in Chinese, of the surname their mailbox spells.
		for _, n := range []string{lastLineAlone(said), ownName(said)} {
			if r := []rune(n); titled(n) && len(r) == 3 && spells(strings.ToLower(t[:strings.IndexByte(t, ' ')]), r[0]) {
				return n
			}
		}
	}
	if r := []rune(t); len(r) == 1 && surnamed(t) || len(r) == 2 && compoundSurname(t) {
		// A surname alone ("胡", "欧阳") over a mail that gives the writer's name of it ("我是…的
		// 租客欧阳雪", "胡女士 3号楼…"): that name.
		for _, n := range []string{ownName(said), lastLineAlone(said), signOff(said), labelledName(said), endSigned(said)} {
			if n != t && strings.HasPrefix(n, t) && callName(n) {
				return n
			}
		}
		for _, title := range []string{"女士", "先生", "小姐"} {
			if contains(said, t+title) {
				return t + title
			}
		}
	}
	last := t
	if _, after, ok := strings.Cut(t, " "); ok {
		last = strings.TrimSpace(after) // "鼎艺展览 何工": the company, then how its person is called
	}
	if _, after, ok := strings.Cut(t, "-"); ok && hanOnly(strings.TrimSpace(after)) {
		last = strings.TrimSpace(after) // "会务组-吴": the group, then its person's surname
	}
	m := workTitle.FindStringSubmatch(last)
	if m == nil && last != t && utf8.RuneCountInString(last) == 1 && surnamed(last) {
		// "宏达五金 李" over "现场负责人：李振华 手机 150…", "会务组-吴" over "联系人：吴燕 会务负
		// 责人": the company or the group, then the surname of its person writing.
		m = []string{last, last}
	}
	if m != nil {
		// "何工" signing "何强", "张工" over "现场电话：张伟 181…": the whole name, of that surname.
		s, _ := utf8.DecodeRuneInString(m[1])
		names := []string{labelledName(said), formName(FormOf(said).Name), lastLineAlone(said), signOff(said), ownName(said)}
		for _, n := range nameBeforeNumber.FindAllStringSubmatch(said, perLine) {
			names = append(names, n[1])
		}
		if n := contactPersonInline.FindStringSubmatch(said); n != nil {
			names = append(names, n[1]) // "现场负责人：李振华 手机 150…"
		}
		for _, n := range names {
			if r, _ := utf8.DecodeRuneInString(n); chineseName(n) && !titled(n) && sameSurname(r, s) {
				return n
			}
		}
	}
	if roleWords.MatchString(t) && !chineseName(t) {
		// "业主", "5栋业主": the writer by their role, unless the text names them ("联系人：郑国华",
		// "我叫…", their name alone at the foot).
		for _, find := range []func() string{func() string { return labelledName(said) },
			func() string { return ownName(said) }, func() string { return lastLineAlone(said) },
			func() string { return roleName(said, storeSender.MatchString(t)) }} { // "加盟主 蕭文傑" in the mail of "文心店 加盟主"
			if n := find(); callName(n) {
				return n
			}
		}
		return sender
	}
	for _, dash := range []string{"-", "－", "—", "_"} {
		group, rest, ok := strings.Cut(t, dash)
		group, rest = strings.TrimSpace(group), strings.TrimSpace(rest) // "展会 - 小杜"
		if ok && chineseName(rest) && hanOnly(group) && !calledBy.MatchString(rest) {
			// "华信科技-刘建华" from his wife, "用我老公单位邮箱发的": the one who writes.
			return cmp.Or(borrower(said, rest), rest)
		} else if ok && hanOnly(group) && (calledBy.MatchString(rest) || familiar.MatchString(rest)) {
			sender, t = rest, rest // "潮流服饰-阿杰": how the shop's keeper is called
			break
		}
	}
	if f := strings.Fields(t); len(f) == 2 && chineseName(f[1]) && !organisation.MatchString(f[1]) && (workLine.MatchString(f[0]) || organisation.MatchString(f[0]) ||
		hanOnly(f[0]) && utf8.RuneCountInString(f[0]) >= 4 && !chineseName(f[0]) || !isASCII(f[0]) && (lastLineAlone(said) == f[1] || ownName(said) == f[1])) {
		// "易达物流 吴倩", "绿源茶业 王磊": the person, not their company; "问茶 潘国栋" who
		// signs or says "我是…潘国栋" below it.
		return f[1]
	}
	if r := []rune(t); len(r) == 2 && (r[1] == '子' || r[1] == '儿' || r[1] == '兒') {
		// "燕子" over a mail 周海燕 signs: her given name's last character, as people call her;
		// "叶子" over a mail 叶秋萍 signs: her surname.
		for _, n := range []string{lastLineAlone(said), ownName(said)} {
			if w := []rune(n); chineseName(n) && len(w) == 3 && (w[2] == r[0] || w[0] == r[0]) {
				return n
			}
		}
	}
	if r := []rune(t); len(r) >= 3 && len(r) <= 6 && hanOnly(t) && !chineseName(t) && surnamed(string(r[len(r)-1])) &&
		!estateStaff.MatchString(string(r[:len(r)-1])) && !roleWords.MatchString(string(r[:len(r)-1])) { // not "管家小吴"
		// "烧烤张" over "我是夜市B排12号摊张强", "便利店老潘" over "住院部一楼便利店潘建军。": the keeper,
		// as people call them by what they sell and their surname, by their whole name.
		names := []string{ownName(said), lastLineAlone(said), signOff(said)}
		if strings.ContainsRune("老小阿", r[len(r)-2]) {
			names = append(names, nameOfSurname(said, r[len(r)-1]))
		}
		for _, n := range names {
			if w := []rune(n); chineseName(n) && !titled(n) && w[0] == r[len(r)-1] {
				return n
			}
		}
	}
	if r := []rune(t); len(r) == 2 && hanOnly(t) {
		// "慧萍" over a mail 邓慧萍 signs, "晓东" signing "龚晓东": her given name, her whole name
		// below.
		if n := wholeNameEndingIn(said, t); n != "" {
			return n
		}
	}
	if r := []rune(last); len(r) == 2 && r[0] == '阿' && !surnamed(string(r[1])) {
		// "海鲜 阿彬" signing "冻品区D排16号 林文彬 电话…": the whole name ending in how people
		// call them.
		if n := wholeNameEndingIn(said, string(r[1])); n != "" {
			return n
		}
	}
	if calledBy.MatchString(t) && contains(said, "叫我"+t) {
		// "蔡秀珠　大家都叫我阿珠": the whole name before how everyone calls the writer.
		if m := nameThenCalled.FindStringSubmatch(said); m != nil && chineseName(m[1]) && m[2] == t {
			return m[1]
		}
	}
	if n := besideSender(said, t); n != "" {
		return n // "蜀香小馆 雷明" at the foot of the shop's mail: its keeper
	}
	if r := []rune(t); len(r) == 2 && r[1] == '家' && surnamed(string(r[0])) {
		// "王家", a family's mailbox, signed "王建平" or by his wife "罗美华": the one of the
		// family who writes.
		for _, n := range []string{lastLineAlone(said), signOff(said), ownName(said)} {
			if chineseName(n) && !titled(n) {
				return n
			}
		}
	}
	if familiar.MatchString(t) {
		// "小宇" is how the grandson who typed it is called, "小王" how people call the writer:
		// "我叫柏秀珍", "我叫王大力" is the writer's whole name.
		if n := ownName(said); chineseName(n) {
			return n
		}
		// "卢国梁 137-2255-8019" signs the mail of "小卢": their whole name.
		if n := signOff(said); chineseName(n) && strings.HasSuffix(t, string([]rune(n)[:1])) {
			return n
		}
		// "老周" signing "周建国 5号楼二单元301（和女儿一起住）" above the number: their whole name.
		if n := flatSigner(said); chineseName(n) && strings.HasSuffix(t, string([]rune(n)[:1])) {
			return n
		}
		// "老周" signing "19号楼2303 周先生": how the office is to call them; "小美", of her given
		// name, signing "孙小姐".
		if n := lastLineAlone(said); titled(n) && (strings.HasSuffix(t, string([]rune(n)[:1])) || !surnamed(string([]rune(t)[len([]rune(t))-1:]))) {
			return n
		}
		// "小雨" writing "…找林女士就行 电话一五八…": how the office is to ask for them.
		if n, _ := askedForAs(withChineseDigits(said)); titled(n) {
			return n
		}
	}
	if titled(t) {
		// "林小姐" signs "林美玲 0912…", labels "联系人：林美玲" or says "我叫林美玲": her whole name.
		for _, n := range []string{lastLineAlone(said), signOff(said), labelledName(said), ownName(said), nameBeforeContact(said)} {
			if chineseName(n) && !titled(n) && sameSurname([]rune(n)[0], []rune(t)[0]) {
				return n
			}
		}
	}
	if parent.MatchString(t) {
		// "乐乐妈妈" signs "乐乐妈妈 曹雪", or "米米妈" says "我是18幢2单元901的谭晶": her own name,
		// whatever her child's.
		if n := cmp.Or(lastLineAlone(said), ownName(said)); chineseName(n) && n != t {
			return n
		}
		if m := titledBeforeNumber.FindStringSubmatch(said); m != nil {
			return m[1] // "欢欢妈妈" writing "我家是14-1-1203，宋女士，电话158…": how the office is to call her
		}
	}
	if chineseName(t) {
		if n := borrower(said, t); n != "" {
			return n
		}
	}
	if utf8.RuneCountInString(t) == 1 && surnamed(t) {
		// "徐" over "我外公叫徐福生": the whole name of that surname the mail gives.
		for _, m := range namedAs.FindAllStringSubmatch(said, perLine) {
			if strings.HasPrefix(m[1], t) && chineseName(m[1]) {
				return m[1]
			}
		}
		// "财务部-邓" over "经办人：邓佳慧（财务部）": the whole name a labelled line gives.
		if n := labelledOfSurname(said, t); n != "" {
			return n
		}
	}
	if hanOnly(t) && !chineseName(t) && !callName(t) {
		if n := runOnEndName(said); n != "" {
			return n // "快乐每一天" ending a run-on "…你们赶紧给我回个话 杨丽萍": the writer's name
		}
	}
	if n := handleWritten(t, said); n != "" {
		return n // "zhangwei" writing "I am Zhang Wei, the owner of…": the name as they write it
	}
	if n := handleOfFoot(t, said); n != "" {
		return n // "mark.j" signing "Mark Johnson": the name the handle shortens
	}
	if k := calledMyself.FindStringSubmatch(said); k != nil && isASCII(t) && englishName.MatchString(t) && chineseName(k[1]) && !titled(k[1]) {
		return k[1] // "Amy Xu" writing "我叫徐敏": the name she gives herself, in its own characters
	}
	if n := signedInFull(said, t); n != "" {
		return n // "Ivy" signing "Ivy Tsang" above her flat and number: her whole name
	}
	surname, ok := strings.CutSuffix(t, " Family")
	if m := englishFamily.FindStringSubmatch(t); m != nil {
		surname, ok = m[1], true // "The Smiths"
	}
	if ok && englishName.MatchString(surname) && !contains(surname, " ") {
		// "Wong Family" writing "I am Mrs. Wong of Block 3…", "The Smiths" signing "Robert Smith":
		// the one of the household who writes.
		for _, m := range englishTitled.FindAllStringSubmatch(said, perLine) {
			if m[2] == surname {
				return m[0]
			}
		}
		if n := englishFoot(said); strings.HasSuffix(n, " "+surname) {
			return n
		}
	}
	if pinyinName(t) {
		// "Zhang Lei" signing "张磊": the name in its own characters.
		for _, find := range []func(string) string{lastLineAlone, signOff, ownName} {
			if n := find(said); chineseName(n) && !titled(n) && !calledBy.MatchString(n) {
				return n
			}
		}
		// "Chen Jie" over "现场负责人：陈杰": a labelled name of the surname the sender's spells.
		for _, m := range personLabelled.FindAllStringSubmatch(said, perLine) {
			if n := cmp.Or(m[1], m[2], m[3]); chineseName(n) && !titled(n) && surnameSpelt(n, t) {
				return n // "联系人 陈浩 (020)3886…", the label apart by a space, before the number
			}
		}
	}
	if n := givenNameSigned(said, t); n != "" {
		return n // "Sarah" signing "Sarah O'Connor" above her flat and number: her whole name
	}
	if n := initialsSpelt(said, t); n != "" {
		return n // "R. Singh" signing "Rajesh Singh", "Sarah J." saying "I'm Sarah Johnson": the whole name
	}
	if n := inOwnCharacters(said, t); n != "" && !borrowedFrom(said, t) {
		return n // "Howard Lin" saying "我是…的住户林志豪", "Tony" signing "汤宁 Tony Tang": the name in its own characters
	}
	// A Latin word alone ("Lin", "dingdang") is a surname or a handle: a Chinese name the text
	// signs with is the writer's whole name.
	// "dashun wu": a name in pinyin, in small letters as a mailbox's name is typed, is a handle too.
	// A mailbox named by its number ("13800138000") holds no letters: how the mail calls its
	// writer ("我是…A-23号摊位的周师傅") stands for them.
	latinWord := isASCII(t) && t != "" && strings.ContainsFunc(t, unicode.IsLetter) && (!quickre.ContainsAny(t, " \t") || t == strings.ToLower(t) && !quickre.ContainsAny(t, "0123456789") ||
		strings.HasSuffix(strings.ToLower(t), " family")) // "Ho Family": a household's mailbox
	// "北京华信税务师事务 所": an organisation's name, however spaced.
	org := organisation.MatchString(t) || organisation.MatchString(strings.ReplaceAll(t, " ", ""))
	if m := managerBelow.FindStringSubmatch(said); m != nil && !chineseName(t) && chineseName(m[1]) {
		return m[1] // "请联系我们的店长 Please contact our store manager:\n朴智妍 Park Ji-yeon" from the store's mailbox
	}
	if latinWord && handle.MatchString(t) {
		// "xx_gamer_99" signing "- Ahmed Khan (156 0187 4420)": the writer's name at the foot.
		n, _ := englishNumberFoot(said)
		if n = cmp.Or(n, englishFoot(said)); n != "" {
			return n
		}
	}
	if m := englishBorrowed.FindStringSubmatch(said); m != nil && cmp.Or(m[1:]...) != t {
		if n := englishFoot(said); m[3] != "" && strings.HasPrefix(n, m[3]+" ") {
			return n // "This is Anna, David's wife…" signing "Anna Miller"
		}
		return cmp.Or(m[1:]...) // "This is Sophie Laurent, writing from my husband's account"
	}
	if t != "" && !chineseName(t) && borrowedFrom(said, t) {
		// "Kevin Li" over "我是…居民宋桂兰，这个邮箱是我儿子的": the writer is not the mailbox's owner.
		if n := ownName(said); chineseName(n) {
			return n
		}
		if n := borrowerSigns(said); n != "" {
			return n // "老宋 宋德明" or "1号楼504 冯阿姨" at the foot of a grandson's mailbox's mail
		}
	}
	if m := calledMeTitled(said); m != nil && !(chineseName(t) && !titled(t) && sameSurnameAs(m[1], t)) {
		return m[1] // "叫我胡女士就行" from "梅子": how the writer asks to be called, unless by their whole name
	}
	if m := foreignScriptThenLatin.FindStringSubmatch(t); m != nil {
		return m[1] // "이서연 (Lee Seo-yeon)" signing "Lee Seo-yeon": her name as the office can read it
	}
	if t != "" && !latinWord && !handle.MatchString(t) && !org && !nickname(t) && !firmOrShop(t) && !brand(t) && !pictured(t) {
		// An English name of the writer's own ("Karen Mak") stays theirs where the mail does not
		// give it in Chinese characters (above); "Mrs Leung", "Ah Keung" are how people call them.
		english := isASCII(t) && !englishCalled.MatchString(t)
		if (!chineseName(t) || calledBy.MatchString(t)) && !english {
			// "陳太", "马大姐", "阿凱", "Mrs Leung", "A燕子" over a mail its writer signs or
			// begins with their whole name ("本人梁美玲", "我是…的住戶黃凱文", "陳玉芳" at its
			// foot): that name, of the same surname where the sender's name gives one.
			glued, _ := numberNameAtEnd(said) // "…挪走电话15800001111赵杰" from "A阿杰"
			for _, n := range []string{ownName(said), lastLineAlone(said), endSigned(said), glued} {
				if chineseName(n) && !titled(n) && !calledBy.MatchString(n) && !contains(t, n) && sameSurnameAs(n, t) {
					return n // not "燕子" signing the mail of "A燕子"
				}
			}
			if n := ownName(said); titled(n) && !chineseName(t) && !calledBy.MatchString(t) && !titled(t) {
				return n // "燕子" saying "我是9栋602的杨女士": how the office is to call them
			}
			if n := endSigned(said); titled(n) && !chineseName(t) && !titled(t) && sameSurnameAs(n, t) {
				return n // "黎sir" ending "黎先生 136…": how the office is to call him
			}
			if titled(glued) && (!chineseName(t) || calledBy.MatchString(t)) && !titled(t) && sameSurnameAs(glued, t) {
				return glued // "阿杰" ending "…有事打我电话150…周先生"
			}
			if n, _ := askedForAs(said); n != "" && !titled(t) && sameSurnameAs(n, t) {
				return n // "杨哥" asking "你们打电话找杨先生就是了 139…"
			}
		}
		return sender
	}
	if latinWord && handle.MatchString(t) {
		if n := lastLine(said); surnameAndJob.MatchString(n) && handleSpells(t, n) {
			return n // "songjl" signing "宋经理": how the one the mailbox's name spells is called
		}
		if m := titledNumberAtEnd.FindStringSubmatch(said); m != nil && handleSpells(strings.ToLower(t), m[1]) {
			return m[1] // "qiu_x" ending "…并退还停车费。邱先生，手机 13761209987。"
		}
	}
	// "文心店 加盟主", "茶语时光-店长", "加盟商-成都春熙店": a store's mailbox, or its keeper's by what they are.
	shop := org || firmOrShop(t) || brand(t)
	for _, find := range []func() string{
		func() string { return formName(FormOf(said).Name) },
		func() string {
			// "…可能是主管道问题。联系人：程女士，电话：0312-…" from "chengli": the contact the
			// writer gives in a sentence, with their number.
			if m := contactPersonInline.FindStringSubmatch(said); m != nil && latinWord {
				return m[1]
			}
			return ""
		},
		func() string { return roleName(said, shop) },
		func() string {
			// "行政部 黄经理" above the number at the foot of the mail of "Admin": the department's
			// person, by their surname and title.
			lines := strings.Split(strings.TrimRight(said, " \t\r\n"), "\n")
			for i := len(lines) - 1; i >= 0 && i >= len(lines)-3; i-- {
				if m := departmentPerson.FindStringSubmatch(strings.TrimSpace(lines[i])); m != nil {
					return m[1]
				}
			}
			return ""
		},
		func() string { return signedUnder(said, t) },
		func() string { return signedAboveSender(said, t) },
		func() string {
			// "渝中区解放碑八一路店 邓先生" on a line of its own in a store's mail: its keeper.
			if _, keeper := storeAtFoot(said); shop && keeper != "" {
				return keeper
			}
			return ""
		},
		func() string { return surnameThenName(said) },
		func() string {
			// "Alan Kwok" at the foot of the mail of "Sweet Bakery G12": its keeper, writing; "Jane
			// Harris" of "Tom & Jane Harris": the one of the household who writes.
			if shop && isASCII(t) {
				return englishSignedAboveWork(said)
			}
			return ""
		},
		func() string {
			// "药房负责人：李先生" in the mail of "惠民药房", "现场负责人：钟文辉" in a company's: its
			// keeper or its person on site, writing.
			if m := keeperLabel.FindStringSubmatch(said); (shop || !chineseName(t) && hanOnly(t)) && m != nil && callName(m[1]) {
				return m[1]
			}
			return ""
		},
		func() string {
			// "有事找黎医生 电话189…" in a clinic's or a shop's mail: the one it asks the office to
			// call.
			if m := askForPerson.FindStringSubmatch(said); shop && m != nil {
				return m[1]
			}
			return ""
		},
		func() string {
			// "我是…快递驿站的加盟店主，姓马。" above "马师傅 手机 158…": how the writer signs.
			if m := surnameGiven.FindStringSubmatch(said); m != nil {
				if f := strings.Fields(lastLine(said)); len(f) > 1 && f[0] == m[1]+"师傅" {
					return f[0]
				}
			}
			return ""
		},
		func() string {
			// "我是…水产区A12号摊位的，卖鱼的周师傅": how the writer says they are called.
			if m := selfCalled.FindStringSubmatch(said); m != nil {
				return m[1]
			}
			return ""
		},
		func() string { return ownName(said) },
		func() string {
			// "A座907 林小姐 18925046637 厕所没水…": the name a text typed on a phone begins with.
			if n, _ := leadContact(said); callName(n) {
				return n
			}
			// "B座1203 钟先生" alone on the first line, above the complaint: the writer, by their
			// flat or office and how they are called.
			first, _, _ := strings.Cut(strings.TrimSpace(said), "\n")
			if f := strings.Fields(first); len(f) == 2 && callName(f[1]) && flatAlone(f[0]) {
				return f[1]
			}
			return ""
		},
		func() string {
			// "…说了好几次了 5栋1单元702刘女士 138… 麻烦管一下": the name beside the flat and the
			// number in the middle of a text typed on a phone.
			n, _, _ := runOnContact(said)
			return n
		},
		func() string {
			// "…今天晚上必须给我挪走电话15800001111赵杰": the name the text ends with, after its
			// number.
			n, _ := numberNameAtEnd(said)
			return n
		},
		func() string {
			// "维修前请联系我司行政罗敏，手机139…" in a company's letter: its person to call.
			if m := companysPerson.FindStringSubmatch(said); org && m != nil && chineseName(m[1]) {
				return m[1]
			}
			return ""
		},
		func() string { return lastLineAlone(said) },
		func() string {
			// "有事打15788231234找刘女士就行" from "小鱼儿": the name to ask for on the phone.
			n, _ := askedForAs(said)
			return n
		},
		func() string {
			// "…饭是馊的。王强 13700002222": the name that signs the last sentence with a number.
			if n := signOff(said); callName(n) {
				return n
			}
			return ""
		},
		// "…请把钱退给我 罗女士 130 5716 2293": the name beside the number a run-on ends with, or
		// begins with.
		func() string { return endSigned(said) },
		func() string { return startSigned(said) },
	} {
		if n := find(); n != "" && (!latinWord || chineseName(n) || titled(n) || familiar.MatchString(n) || calledBy.MatchString(n) ||
			workTitle.MatchString(n) && surnamed(n)) { // "蓝杯咖啡 店长 姚经理" at the foot of the mail of "Info"
			return n
		}
	}
	return sender
}

// titledBeforeNumber is a surname and a title in a clause of its own right before the clause of
// the writer's number: "宋女士" of "我家是14-1-1203，宋女士，电话15811112222".
var titledBeforeNumber = quickre.MustCompile(EitherScript(`(?:^|[，,。\s])(\p{Han}(?:女士|先生|小姐))[，,\s]\s*(?:电话|手机|联系电话)(?:是)?[:：]?\s*\+?\d`))

// flatSigner is the name of a line near the foot of the text that gives a name and the flat
// beside it, maybe with a note in brackets: "周建国" of "周建国 5号楼二单元301（和女儿一起住）"; ""
// when no line does.
func flatSigner(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	for i := len(lines) - 1; i >= max(0, len(lines)-4); i-- {
		name, rest, ok := strings.Cut(strings.TrimSpace(lines[i]), " ")
		if ok && chineseName(name) && flatAlone(withChineseFlats(withoutNote(rest))) {
			return name
		}
	}
	return ""
}

// calledMeTitled is callMeTitled's match in text, nil when it has none.
func calledMeTitled(text string) []string {
	if !contains(text, "我") || !contains(text, "就") {
		return nil
	}
	return callMeTitled.FindStringSubmatch(text)
}

// callMeTitled is how the writer asks to be called, in group 1: "叫我胡女士就行".
var callMeTitled = quickre.MustCompile(EitherScript(`(?:^|[，,。\s])(?:你们)?(?:叫|称呼)我(\p{Han}(?:先生|女士|小姐|阿姨|师傅))就(?:行|好|可以)`))

// askedForAs is how the writer asks the office to ask for them on the phone, and the number:
// "杨先生" and "13982145678" of "你们打电话找杨先生就是了 13982145678", "刘女士" and "15788231234" of
// "有事打15788231234找刘女士就行"; "" when the text asks for no one so.
func askedForAs(text string) (name, phone string) {
	if !contains(text, "找") && !contains(text, "打给") {
		return "", ""
	}
	m := findMeAs.FindStringSubmatch(text)
	if m == nil || !isPhone(phoneIn(cmp.Or(m[2], m[3]))) {
		return "", ""
	}
	return cmp.Or(m[1], m[4], m[5]), phoneIn(cmp.Or(m[2], m[3], m[6]))
}

// titledNumberAtEnd is a surname and a title, then a number, that a text ends with: "邱先生，手机
// 13761209987。".
var titledNumberAtEnd = quickre.MustCompile(EitherScript(`(?:^|[。！？!?\s])(\p{Han}(?:先生|女士|小姐))[，,\s]\s*(?:手机|电话|联系电话)?[:：]?\s*\+?\d[\d \-]{6,16}\d[。.!！]?\s*$`))

var findMeAs = quickre.MustCompile(EitherScript(`(?:打电话|打)(?:找|给)(\p{Han}(?:先生|女士|小姐|师傅|阿姨))(?:就是了|就行了?|就可以了?|就好)?[ \t，,:：]*(\+?\d[\d \-]{6,16}\d)|` +
	`(?:打|回我电话|回我|回电话)[ \t]*(\+?\d[\d \-]{6,16}\d)[ \t]*找(\p{Han}(?:先生|女士|小姐|师傅|阿姨))|` +
	// "…我是B区15号楼3单元201 找林女士就行 电话158…", "…找邹女士 电话139…".
	`(?:^|[ \t，,。]|请)找(?:店里的?)?(\p{Han}(?:先生|女士|小姐|阿姨))(?:就行了?|就可以了?|就好|就是了)?[ \t，,]*(?:电话|手机)[:：]?[ \t]*(\+?\d[\d \-]{6,16}\d)`))

// companysPerson is the person a company's letter asks the office to call, in group 1, and their
// number after them, in group 2: "请联系我司行政罗敏，手机13926085517", "请联系我所行政 罗佩佩，电
// 话 0755-…".
var companysPerson = quickre.MustCompile(EitherScript(`(?:联系|联络|找|致电)(?:我司|我们公司|本公司|敝司|我所|本所)(?:的)?` +
	`(?:行政|前台|财务|人事|\p{Han}{1,4}部)?(?:主管|经理|专员|助理)?(?:的)?(?:同事)?[ \t]*(\p{Han}{2,3}?)(?:[，,、\s]|$)[ \t]*(?:(?:手机|电话|手机号)[:：]?[ \t]*([+\d][\d \t\-]{6,20}\d(?:[ \t]*转[ \t]*\d{1,5})?))?`))

// labelledOfSurname is the whole name of the given surname a labelled line of the text gives
// ("经办人：邓佳慧（财务部）"); "" when none does.
func labelledOfSurname(text, surname string) string {
	for i, l := range strings.Split(text, "\n") {
		if i >= Lines {
			break
		}
		c := colon(l)
		if c < 0 {
			continue
		}
		_, size := utf8.DecodeRuneInString(l[c:])
		v := strings.TrimSpace(l[c+size:])
		if end := strings.IndexAny(v, "（( \t，,"); end > 0 {
			v = v[:end]
		}
		if strings.HasPrefix(v, surname) && chineseName(v) && !titled(v) {
			return v
		}
	}
	return ""
}

// lastRunes is the last n characters of s, or s when it has fewer.
func lastRunes(s string, n int) string {
	i := len(s)
	for k := n; k > 0 && i > 0; k-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	if t := s[i:]; utf8.ValidString(t) {
		return t // read from the end, without converting the whole text
	}
	r := []rune(s) // broken bytes read as U+FFFD, one a byte
	return string(r[max(0, len(r)-n):])
}

// pictured tells a sender's name with a picture in it, an emoji: "🍰满满" is a nickname.
func pictured(name string) bool {
	return strings.ContainsFunc(name, func(r rune) bool { return unicode.Is(unicode.So, r) })
}

// labelledName is the name a mail's labelled lines give ("联系人：钟伟"); "" when it has none.
func labelledName(said string) string {
	if !quickre.ContainsAny(said, ":：") {
		return ""
	}
	return formName(FormOf(said).Name)
}

// signedUnder is the name the mail's last line gives after the sender's own name for their shop
// or company, or a part of it: "源記 梁生" from "源記甜品"; "" when it ends otherwise.
func signedUnder(said, sender string) string {
	lines := strings.Split(strings.TrimRight(said, " \t\r\n"), "\n")
	f := strings.Fields(lines[len(lines)-1])
	if len(f) != 2 || utf8.RuneCountInString(f[0]) < 2 || !strings.HasPrefix(sender, f[0]) || !callName(f[1]) {
		return ""
	}
	return f[1]
}

// signedAboveSender is the Chinese name alone on a line of the mail's foot right above the line
// that names the sender's shop or studio: "穆青" above "独立设计师 | Studio Mu" in the mail of
// "Studio Mu", "杜小雨" above "手工坊 Little Rain" in that of "Little Rain 手工坊"; "" when none
// is.
func signedAboveSender(said, sender string) string {
	words := strings.Fields(sender)
	if len(words) == 0 {
		return ""
	}
	lines := strings.Split(strings.TrimRight(said, " \t\r\n"), "\n")
	for i := len(lines) - 1; i > 0 && i >= len(lines)-6; i-- {
		if !slices.ContainsFunc(words, func(w string) bool { return !contains(lines[i], w) }) {
			if n := strings.TrimSpace(lines[i-1]); chineseName(n) && !titled(n) {
				return n
			}
		}
	}
	return ""
}

// surnameThenName is the whole name a run-on ends with after the writer gave their surname
// first: "…住户姓王…晚上也在 王秀英", or says at once after it: "我姓朱朱宝林住在…"; "" when none.
func surnameThenName(said string) string {
	loc := givesSurname.FindStringSubmatchIndex(said)
	if loc == nil {
		return ""
	}
	m := []string{said[loc[0]:loc[1]], said[loc[2]:loc[3]]}
	if rest := []rune(said[loc[1]:]); strings.HasPrefix(said[loc[1]:], m[1]) {
		// "我姓朱朱宝林住在17幢…": the surname, then the whole name at once.
		for n := 3; n >= 2; n-- {
			if len(rest) > n && strings.ContainsRune("住在是家电電手我，,。 ", rest[n]) && chineseName(string(rest[:n])) {
				return string(rest[:n])
			}
		}
	}
	f := strings.Fields(said)
	for i := len(f) - 1; i >= 0 && i >= len(f)-4; i-- {
		if strings.HasPrefix(f[i], m[1]) && chineseName(f[i]) && !titled(f[i]) {
			return f[i]
		}
	}
	return ""
}

// keeperLabel is a shop's keeper's name under their label, their number maybe after it:
// "药房负责人：李先生", "店主：阎立新", "店长：邓晓雯 18626175530".
var keeperLabel = quickre.MustCompile(EitherScript(`(?m)^\s*\p{Han}{0,4}(?:负责人|店长|店主|老板)\s*[:：]\s*(\p{Han}{2,3})(?:[ \t]+\+?\d[\d \-]{6,16}\d)?\s*$`))

// givesSurname is the writer's surname said alone: "住户姓王", "我姓李", "老板娘姓孔".
var givesSurname = quickre.MustCompile(`(?:我|本人|户|戶|主|娘)姓(\p{Han})`)

// selfCalled is how a writer says they are called, a tradesman's or a stallholder's way: "我是…
// 卖鱼的周师傅", "我是…的陈老板".
var selfCalled = quickre.MustCompile(EitherScript(`我是[^。！？\n]{0,40}?的(\p{Han}(?:师傅|老板|老板娘|大姐|大哥|阿姨))(?:[，,。！!\s]|$|电话|手机)`))

// namedAs is a whole name after the words that give it: "叫徐福生", "名叫…".
var namedAs = quickre.MustCompile(`(?:叫|名叫|名字是)(\p{Han}{2,3}?)(?:[，,。；;！!\s住在是]|$)`)

// borrower is the name a writer gives as theirs in a mail from the mailbox of their family's
// sender, "" when it is not so: "我是1号楼804业主郑海涛的爱人，我叫林芳，用我先生的邮箱给你们写信";
// "田甜（用的我老公的邮箱）" at its foot.
func borrower(said, sender string) string {
	if !borrowedFrom(said, sender) {
		return ""
	}
	if n := cmp.Or(ownName(said), lastLineAlone(said)); chineseName(n) && n != sender {
		return n
	}
	return ""
}

// borrowedFrom tells a mail written from the mailbox of the sender's family by someone else:
// "用我先生的邮箱", "我是…郑海涛的爱人".
func borrowedFrom(said, sender string) bool {
	if i := strings.Index(said, sender+"的"); i >= 0 && kinOf.MatchString(said[i+len(sender+"的"):]) {
		return true
	}
	return (quickre.ContainsAny(said, "箱写寫") || contains(said, "我发的") || contains(said, "我發的") || containsAny(said, "email", "Email", "EMAIL")) &&
		borrowedMailbox.MatchString(said)
}

// borrowedMailbox says the writer writes from someone else's mailbox: "用我先生的邮箱", "借用女儿的
// 邮箱", "我用太太的信箱寄信", "这个邮箱是我儿子的", "这个邮箱也是他的", "这是我爱人的邮箱", "用的
// 是我老公王磊的邮箱", "这封信是我女儿帮我写的", "这是我孙子帮我发的邮件", "店是我老公李伟名下的…用
// 他邮箱发的", "用我先生個email寫嘅".
var borrowedMailbox = quickre.MustCompile(EitherScript(`用(?:的是|的)?(?:我)?(?:的)?(?:先生|老公|爱人|太太|老婆|妻子|丈夫|儿子|女儿|孩子|妈妈|爸爸|父亲|母亲|家人|朋友|同事)(?:\p{Han}{2,3}?)?(?:的|個|个|嘅)?[ \t]?(?:邮箱|信箱|(?i:e-?mail))|` +
	`(?:这个|这|此)邮箱(?:也)?是我(?:的)?(?:先生|老公|爱人|太太|老婆|妻子|丈夫|儿子|女儿|孩子|孙子|孙女|家人|朋友|同事)的|(?:这个|这|此)邮箱(?:也)?是(?:他|她|佢)(?:的|嘅)|` +
	`(?:这|这个)是我(?:的)?(?:先生|老公|爱人|太太|老婆|妻子|丈夫|儿子|女儿|孩子|孙子|孙女|外孙|外孙女|家人)的邮箱|` +
	`(?:这封|此|这)(?:信|邮件)?是我(?:的)?(?:儿子|女儿|孩子|孙子|孙女|外孙|外孙女|家人)(?:帮|替|代)我(?:写|发)的|` +
	`(?:用|借)(?:他|她|佢)(?:的|嘅)?邮箱(?:发|写|寄)`))

// englishFamily is a family's name as its mailbox may give it, the surname in group 1: "The
// Smiths".
var englishFamily = quickre.MustCompile(`^The ([A-Z][a-z]+)s$`)

// signedInFull is the whole English name, of two or three words, that one of a text's last lines
// gives for the first name a sender goes by, alone or before the bar or the slash that sets its
// company and number apart: "Ivy Tsang" for "Ivy", "Tom Rivera / BrightPath / 159…" for "Tom";
// "" when none does.
func signedInFull(said, first string) string {
	if !isASCII(first) || quickre.ContainsAny(first, " \t") || !englishName.MatchString(first) {
		return ""
	}
	lines := strings.Split(strings.TrimRight(said, " \t\r\n"), "\n")
	for _, l := range lines[max(0, len(lines)-6):] {
		l, _, _ = strings.Cut(barsApartOne.Replace(l), "|")
		l = strings.TrimSpace(l)
		if f := strings.Fields(l); len(f) >= 2 && len(f) <= 3 && f[0] == first && englishName.MatchString(l) && !quickre.ContainsAny(l, "0123456789") {
			return l
		}
	}
	return ""
}

// handleWritten is the name a mailbox's handle in small letters spells, as the text writes it with
// capitals and a space: "Zhang Wei" for "zhangwei"; "" when the text writes it nowhere.
func handleWritten(handle, said string) string {
	if handle == "" || handle != strings.ToLower(handle) || !isASCII(handle) || quickre.ContainsAny(handle, " \t") || len(handle) < 5 || !contains(said, " ") {
		return ""
	}
	for _, m := range capitalisedPair.FindAllString(said, perLine) {
		if strings.ToLower(strings.ReplaceAll(m, " ", "")) == handle {
			return m
		}
	}
	return ""
}

// handleOfFoot is the English name signed alone on the mail's last line that a mailbox's handle
// shortens: "Mark Johnson" for "mark.j", "mjohnson88" or "markjohnson"; "" when the last line signs
// no such name.
func handleOfFoot(handle, said string) string {
	if !isASCII(handle) || quickre.ContainsAny(handle, " \t") {
		return ""
	}
	letters := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, strings.ToLower(handle))
	foot := englishFoot(said)
	f := strings.Fields(strings.ToLower(foot))
	if len(letters) < 4 || len(f) != 2 {
		return ""
	}
	for _, short := range []string{f[0] + f[1][:1], f[0][:1] + f[1], f[0] + f[1], f[1] + f[0]} {
		if letters == short {
			return foot
		}
	}
	return ""
}

// askForPerson is a shop's or a firm's person the mail asks the office to call, by surname and
// title, before their number: "有事找黎医生 电话189…", "有事联系我 林先生 137…".
var askForPerson = quickre.MustCompile(EitherScript(`(?:有事|有问题|有什么事)(?:请)?(?:找|联系)(?:我[ \t:：]*|(?:我们)?店里的?)?(\p{Han}(?:医生|老师|经理|店长|师傅|先生|女士|小姐))[ \t，,]*(?:电话|手机)?[:：]?\s*\+?\d`))

// englishTitled is a title and a surname: "Mrs. Wong", the surname in group 2.
var englishTitled = quickre.MustCompile(`\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][a-z]+)\b`)

// allCapitals is a sender's name of two or three capitals, a name's initials: "YG"; capitalisedWords
// are two or three capitalised words, a name as English writes it.
var (
	allCapitals      = quickre.MustCompile(`^[A-Z]{2,3}$`)
	capitalisedWords = quickre.MustCompile(`\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b`)
)

// capitalisedPair is two capitalised words: a name as English writes it ("Zhang Wei").
var capitalisedPair = quickre.MustCompile(`\b[A-Z][a-z]+ [A-Z][a-z]+\b`)

// borrowerSigns is the name the writer of a mail sent from someone else's mailbox signs with on
// one of its last lines: their whole name after how people call them ("老宋 宋德明"), or how they
// are called after their flat ("1号楼504 冯阿姨"); "" when none does.
func borrowerSigns(said string) string {
	lines := strings.Split(strings.TrimRight(said, " \t\r\n"), "\n")
	for _, l := range lines[max(0, len(lines)-6):] {
		f := strings.Fields(l)
		if len(f) != 2 {
			continue
		}
		if familiar.MatchString(f[0]) && chineseName(f[1]) && !titled(f[1]) && sameSurname([]rune(f[0])[1], []rune(f[1])[0]) {
			return f[1]
		}
		if flatAlone(f[0]) && (calledBy.MatchString(f[1]) || titled(f[1]) || chineseName(f[1])) {
			return f[1]
		}
	}
	return ""
}

// managerBelow is the name on the line below a shop's "请联系我们的店长：".
var managerBelow = quickre.MustCompile(EitherScript(`(?:请联系|请直接联系|联系)(?:我们的|我们|本店的?)(?:店长|负责人|经理)[^\n]{0,40}[:：][ \t]*\n[ \t]*(\p{Han}{2,4})(?:[ \t（(]|\n|$)`))

// nameThenCalled is a whole name, then how people call its bearer: "蔡秀珠　大家都叫我阿珠".
var nameThenCalled = quickre.MustCompile(`(\p{Han}{2,3})[\s\x{3000}，,]+(?:大家|别人|他们|朋友们|大家伙)?都?叫我(\p{Han}{2,3})`)

// disclaimer is a line of the notice a company's mail ends with.
var disclaimer = quickre.MustCompile(EitherScript(`(?i)保密|机密|本邮件|本电邮|confidential|intended only|intended recipient|disclaimer`))

// bodyOf ends the name of an association, a society or an institute.
var bodyOf = quickre.MustCompile(EitherScript(`(?:联盟|协会|商会|学会|研究院|研究所|基金会)$`))

// englishBorrowed is an English writer's name before the words that say the mailbox is a
// relative's: "This is Sophie Laurent, writing from my husband's account", "This is Jenny's
// husband, Michael Zhang, writing from her email account" (group 2), "This is Anna, David's wife –
// I'm writing from his account" (group 3).
var englishBorrowed = quickre.MustCompile(`\b(?:This is|It's|It is|I am|I'm|My name is) (?:([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),? (?:and I am |and I'm )?` +
	`(?:writing|emailing|sending this|writing to you) (?:from|on|using|via) my (?:husband|wife|partner|son|daughter|father|mother|dad|mum|mom|brother|sister)(?:'s|’s) |` +
	`[A-Z][a-z]+(?:'s|’s) (?:husband|wife|partner|son|daughter|father|mother|brother|sister), ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}), (?:writing|emailing|sending this) (?:from|on|using|via) (?:her|his) |` +
	// "This is Anna, David's wife – I'm writing from his account": her given name, whole where she signs.
	`([A-Z][a-z]+), [A-Z][a-z]+(?:'s|’s) (?:husband|wife|partner|son|daughter|father|mother|brother|sister)\s*[–—,-]+\s*(?:I'm|I’m|I am) (?:writing|emailing) (?:from|on|using|via) (?:her|his) )` +
	`(?:account|email|e-mail|mailbox|email account)|` +
	// "I'm writing from my wife's email account. My name is João Pereira".
	`\b(?:I'm|I’m|I am) writing (?:from|on|using|via) my (?:husband|wife|partner|son|daughter|father|mother|dad|mum|mom)(?:'s|’s) (?:e-?mail )?(?:account|mailbox)\. ` +
	`(?:My name is|This is|I am|I'm|I’m) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})\b`)

// kinOf begins the words after a name that say the writer is of its family: "郑海涛的爱人".
var kinOf = quickre.MustCompile(EitherScript(`^(?:爱人|妻子|太太|老婆|丈夫|先生|老公|女儿|儿子|家属|母亲|父亲|妈妈|爸爸|岳母|岳父|婆婆|公公|丈母娘|老丈人|儿媳|女婿|保姆|阿姨)`))

// pinyinName tells a name of two or three words each of one to three syllables of pinyin
// without tones: "Zhang Lei", "Wang Xiaoming", "Ouyang Nana"; not "Karen Mak" nor "Priya Nair";
// or one word of three or four syllables, as a mailbox's name is typed: "huangliwei".
func pinyinName(n string) bool {
	words := strings.Fields(n)
	if len(words) == 1 && len(words[0]) >= 6 && !pinyinWord(strings.ToLower(words[0]), 2) {
		return pinyinWord(strings.ToLower(words[0]), 4)
	}
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !pinyinWord(strings.ToLower(w), 3) {
			return false
		}
	}
	return true
}

// pinyinWord tells a word of one to n syllables of pinyin.
func pinyinWord(w string, n int) bool {
	if w == "" {
		return true
	}
	if n == 0 {
		return false
	}
	for end := min(len(w), 6); end >= 1; end-- {
		if pinyinSyllables[w[:end]] && pinyinWord(w[end:], n-1) {
			return true
		}
	}
	return false
}

// inOwnCharacters is the name in Chinese characters the mail gives for a sender named in Latin
// letters: the name beside theirs on a line ("汤宁 Tony Tang", "Linda Zhang 张琳", "王欣怡
// （Olivia）"); a whole name of the surname theirs spells that they say or sign ("Howard Lin" saying
// "我是…的住户林志豪", "Ivy Chan" saying "本人陳凱琪"); for a surname alone ("Leung", "Peng"), how the
// mail calls them by it ("梁生", "彭女士"), as a household's mailbox ("Lee Family") the one of it
// who writes ("李太"); "" when it gives none.
func inOwnCharacters(said, sender string) string {
	if m := surnameFirst.FindStringSubmatch(sender); m != nil {
		sender = m[2] + " " + m[1] // "Chen, Wei-Ting" signing "陳威廷"
	}
	if c := compoundSpelt(sender); c != "" && isASCII(sender) {
		// "Sheung Kwun Wai Man" signing "上官慧敏", "Meiling Szeto" saying "我是…的司徒美玲".
		for _, n := range []string{ownName(said), lastLineAlone(said), signOff(said)} {
			if r, cr := []rune(n), []rune(c); chineseName(n) && len(r) > 2 && sameSurname(r[0], cr[0]) && sameSurname(r[1], cr[1]) {
				return n
			}
		}
	}
	if isASCII(sender) && containsAny(said, "中文名", "(", "（") {
		// "我的中文名字是金敏俊", "金敏俊 (Kim Minjun)": the name the writer gives in Chinese.
		if m := chineseNameGiven.FindStringSubmatch(said); m != nil && utf8.RuneCountInString(m[1]) >= 2 {
			return m[1]
		}
		for _, m := range nameThenLatin.FindAllStringSubmatch(said, perLine) {
			if strings.EqualFold(strings.Join(strings.Fields(m[2]), " "), strings.Join(strings.Fields(sender), " ")) {
				return m[1]
			}
		}
	}
	if !isASCII(sender) || !englishName.MatchString(strings.ReplaceAll(sender, "-", " ")) || englishCalled.MatchString(sender) || quickre.ContainsAny(sender, ".,;:0123456789") {
		return "" // not "Mrs Leung", "Dr. Stefan"
	}
	words := strings.Fields(sender)
	if len(words) > 3 {
		return ""
	}
	spelt := func(n string) bool {
		return len(words) == 1 || surnameSpelt(n, sender)
	}
	if n := besideLatin(said, words[0], sender); n != "" && spelt(n) {
		return n
	}
	if len(words) == 1 {
		return calledBySpelling(said, strings.ToLower(words[0]))
	}
	if len(words) == 2 && words[1] == "Family" {
		return calledBySpelling(said, strings.ToLower(words[0])) // "Lee Family" saying "我係…李太"
	}
	// "Kevin Zheng" over "联系人：郑凯": the labelled name of the surname the sender's spells.
	for _, n := range []string{ownName(said), lastLineAlone(said), signOff(said), labelledName(said)} {
		if chineseName(n) && !titled(n) && !calledBy.MatchString(n) && surnameSpelt(n, sender) {
			return n
		}
	}
	return ""
}

// chineseNameGiven is a foreign writer's Chinese name as they give it, in group 1; nameThenLatin a
// line of a name in Chinese (group 1), then in Latin letters in brackets (group 2).
var (
	chineseNameGiven = quickre.MustCompile(EitherScript(`(?:我的中文名(?:字)?(?:是|叫)|(?:^|[，,。\s])中文名(?:字)?(?:是|叫)?)[:：]?\s*(\p{Han}{2,4})(?:[，,。；\s（(]|$)`))
	nameThenLatin    = quickre.MustCompile(`(?m)^[ \t]*(\p{Han}{2,4})[ \t]*[（(]([A-Za-z][A-Za-z \-]{1,40})[)）][ \t]*$`)
)

// departmentPerson is a signature's line of a department, then someone in it by their surname and
// title (group 1): "行政部 黄经理".
var departmentPerson = quickre.MustCompile(EitherScript(`^\p{Han}{1,6}部[ \t\x{3000}]+(\p{Han}(?:经理|主管|主任|总监))$`))

// surnameGiven is the surname a writer gives as theirs, in group 1: "姓马" of "…的加盟店主，姓马。".
var surnameGiven = quickre.MustCompile(EitherScript(`(?:我|本人)?姓(\p{Han})[。，,！!]`))

// givenNameSigned is the whole name a sender known by their given name alone signs with on one of
// the text's last lines: "Sarah O'Connor" in the mail of "Sarah"; "" when none.
func givenNameSigned(text, given string) string {
	if given == "" || quickre.ContainsAny(given, " \t") || !englishName.MatchString(given) || englishCalled.MatchString(given) {
		return ""
	}
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-5; i-- {
		l := strings.TrimSpace(lines[i])
		if f := strings.Fields(l); len(f) >= 2 && len(f) <= 3 && f[0] == given && englishSurname.MatchString(strings.Join(f[1:], " ")) {
			return l
		}
	}
	return ""
}

var englishSurname = quickre.MustCompile(`^[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*(?: [A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*)?$`)

// compoundSpelt is the surname of two characters a Latin name begins or ends with, as pinyin or
// Hong Kong spells it: 上官 of "Sheung Kwun Wai Man", 司徒 of "Meiling Szeto"; "" when none.
func compoundSpelt(latin string) string {
	l := strings.ToLower(strings.ReplaceAll(latin, "-", " "))
	for _, c := range compoundSpellings {
		if strings.HasPrefix(l, c.spelling+" ") || strings.HasSuffix(l, " "+c.spelling) {
			return c.surname
		}
	}
	return ""
}

var compoundSpellings = []struct{ spelling, surname string }{{"ouyang", "欧阳"}, {"au yeung", "欧阳"}, {"auyeung", "欧阳"},
	{"sima", "司马"}, {"sze ma", "司马"}, {"shangguan", "上官"}, {"sheung kwun", "上官"}, {"zhuge", "诸葛"}, {"murong", "慕容"},
	{"situ", "司徒"}, {"szeto", "司徒"}, {"sze to", "司徒"}, {"seto", "司徒"}, {"huangfu", "皇甫"}, {"linghu", "令狐"}, {"dongfang", "东方"}}

// englishSignedAboveWork is the English name of two or three words the text ends with, maybe above
// the lines of their job and company: "Alan Kwok" above "Shop Manager, Sweet Bakery"; "" when it
// ends otherwise.
func englishSignedAboveWork(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-3; i-- {
		l := strings.TrimSpace(lines[i])
		if isASCII(l) && workLine.MatchString(l) && i > 0 {
			continue // "Shop Manager, Sweet Bakery" under their name
		}
		return englishFoot(strings.Join(lines[:i+1], "\n"))
	}
	return ""
}

// initialled is a sender's English name with an initial for one of its words: "R. Singh",
// "H Tanaka" (group 1 and 2), "Sarah J." (group 3 and 4).
var initialled = quickre.MustCompile(`^(?:([A-Z])\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)|([A-Z][a-z]+) ([A-Z])\.?)$`)

// surnameOfInitial tells a Chinese name whose surname's pinyin begins with initial: 邓文静 of "d".
func surnameOfInitial(n, initial string) bool {
	r, _ := utf8.DecodeRuneInString(n)
	for spelling, surnames := range pinyinSurnames {
		if strings.HasPrefix(spelling, initial) && strings.ContainsFunc(surnames, func(s rune) bool { return sameSurname(r, s) }) {
			return true
		}
	}
	return false
}

// coupleNames are the given names of a couple's mailbox: "Tom" and "Lily" of "Tom & Lily"; none for
// any other sender.
func coupleNames(sender string) []string {
	for _, and := range []string{"&", " and "} {
		if a, b, ok := strings.Cut(sender, and); ok {
			return []string{strings.TrimSpace(a), strings.TrimSpace(b)}
		}
	}
	return nil
}

// givenIntroduced is an English writer's given name and surname as they introduce themselves:
// "This is Mark Stevens", "My name is Ana Costa".
var givenIntroduced = quickre.MustCompile(`\b(?:[Tt]his is|I am|I'm|I’m|[Mm]y name is) ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b`)

// initialsSpelt is the whole name the text gives for a sender named with an initial: "Rajesh Singh"
// for "R. Singh", "Sarah Johnson" for "Sarah J.", "Yang Guang" for "YG"; or by their given name alone
// as they introduce themselves: "Mark Stevens" for "Mark"; "" when it gives none.
func initialsSpelt(said, sender string) string {
	if allCapitals.MatchString(sender) {
		// "YG" signing "Yang Guang": the name whose words begin with the letters.
		for _, n := range capitalisedWords.FindAllString(said, perLine) {
			f := strings.Fields(n)
			if len(f) != len(sender) {
				continue
			}
			initials := ""
			for _, w := range f {
				initials += w[:1]
			}
			if initials == sender {
				return n
			}
		}
		return ""
	}
	m := initialled.FindStringSubmatch(sender)
	if m == nil {
		if g := givenIntroduced.FindStringSubmatch(said); g != nil && (g[1] == sender || slices.Contains(coupleNames(sender), g[1])) {
			// "Mark" writing "This is Mark Stevens from Apt 2103…"; "Tom & Lily" writing "This is
			// Tom Baker, we live at…": the one of the couple who writes.
			return g[1] + " " + g[2]
		}
		return ""
	}
	if m[3] != "" && pinyinWord(strings.ToLower(m[3]), 2) {
		// "Wenjing D." saying "我是…的客人邓文静": the Chinese name whose surname the initial begins.
		for _, n := range []string{ownName(said), lastLineAlone(said)} {
			if chineseName(n) && !titled(n) && surnameOfInitial(n, strings.ToLower(m[4])) {
				return n
			}
		}
	}
	first, last := m[1], " "+m[2] // the given name's initial, the surname after a space
	if m[3] != "" {
		first, last = m[3], " "+m[4]
	}
	for off := 0; ; {
		k := strings.Index(said[off:], last)
		if k < 0 {
			return ""
		}
		at := off + k
		off = at + len(last)
		// The word before the surname (or the given name), and the word it begins (or the surname).
		start := at
		for start > 0 && (latinLetter(said[start-1]) || said[start-1] == '-' && start > 1 && latinLetter(said[start-2])) {
			start-- // "Ji-hoon Park" signing the mail of "J. Park"
		}
		end := off
		for end < len(said) && latinLetter(said[end]) {
			end++
		}
		given, surname := said[start:at], said[at+1:end]
		if start > 0 && said[start-1] == '.' || len(given) < 2 || len(surname) < 2 {
			continue
		}
		if m[3] == "" && strings.HasPrefix(given, first) && surname == m[2] || m[3] != "" && given == first && strings.HasPrefix(surname, m[4]) {
			return given + " " + surname
		}
	}
}

// nameOfSurname is the first whole name of the surname the text gives before a stop or a space:
// "潘建军" of "住院部一楼便利店潘建军。店里…" for 潘; "" when it gives none.
func nameOfSurname(text string, surname rune) string {
	r := []rune(text)
	for i, c := range r {
		if c != surname {
			continue
		}
		for n := 3; n >= 2; n-- {
			if i+n <= len(r) && (i+n == len(r) || strings.ContainsRune("。，,！!；; \t\r\n", r[i+n])) && hanOnly(string(r[i:i+n])) && chineseName(string(r[i:i+n])) {
				return string(r[i : i+n])
			}
		}
	}
	return ""
}

// titledSurname is a title and a Chinese surname in pinyin, the surname in group 1: "Dr. Xu",
// "Prof. Wang".
var titledSurname = quickre.MustCompile(`^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+([A-Z][a-z]{1,5})$`)

// academicTitle is a whole English name after an academic title: "Dr. Helen Fraser", "Prof Ian
// Hall" (the name in group 1).
var academicTitle = quickre.MustCompile(`^(?:Dr|Prof|Professor)\.?\s+([A-Z]\p{Ll}+(?:[ -][A-Z]\p{Ll}+){1,2})$`)

// besideLatin is the Chinese name right before or after a Latin name (given, or the whole of full
// where it follows) on a line of text, apart by a space or in brackets: "汤宁 Tony Tang", "Linda
// Zhang 张琳", "…1912房的王欣怡（Olivia）", "前台 Linda（张琳）"; "" when none is.
func besideLatin(text, given, full string) string {
	for i, l := range strings.Split(text, "\n") {
		if i >= Lines {
			break
		}
		for off := 0; ; {
			k := strings.Index(l[off:], given)
			if k < 0 {
				break
			}
			at := off + k
			end := at + len(given)
			if strings.HasPrefix(l[at:], full) {
				end = at + len(full)
			}
			off = at + len(given)
			if at > 0 && latinLetter(l[at-1]) || end < len(l) && latinLetter(l[end]) {
				continue // "Tony" of "Tonya"
			}
			before := strings.TrimRight(l[:at], " \t")
			before, bracket := strings.CutSuffix(before, "（")
			if !bracket {
				before, bracket = strings.CutSuffix(before, "(")
			}
			if n := nameEnding(before, bracket); n != "" {
				return n
			}
			after := strings.TrimLeft(l[end:], " \t（(")
			n := after
			if k := strings.IndexFunc(after, func(r rune) bool { return !unicode.Is(unicode.Han, r) }); k >= 0 {
				n = after[:k]
			}
			if chineseName(n) && !titled(n) {
				return n
			}
		}
	}
	return ""
}

// nameEnding is the Chinese name text ends with: all of its last word ("汤宁" of "汤宁"), or, right
// before a bracket, the last characters of a sentence after "的" or "是" ("王欣怡" of "我是长住在
// 1912房的王欣怡"); "" when it ends with none.
func nameEnding(text string, bracket bool) string {
	f := strings.Fields(text)
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	if i := strings.LastIndexAny(w, ":："); i >= 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		w = w[i+size:] // "联系人：郭婷 Tina Guo": the name after its label
	}
	if chineseName(w) && !titled(w) {
		return w
	}
	if !bracket {
		return ""
	}
	r := []rune(w)
	for _, size := range []int{3, 2} {
		if len(r) > size && strings.ContainsRune("的是叫系係", r[len(r)-size-1]) {
			if n := string(r[len(r)-size:]); chineseName(n) && !titled(n) {
				return n
			}
		}
	}
	return ""
}

// latinLetter tells a byte of a Latin letter.
func latinLetter(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// calledBySpelling is how the text calls someone of the surname a Latin word spells, by a title
// after it: "梁生" of "Leung", "彭女士" of "Peng", "陳小姐" of "Chan"; "" when it does not.
func calledBySpelling(text, word string) string {
	if pinyinSurnames[word]+otherSpellings[word] == "" {
		return ""
	}
	for _, title := range []string{"女士", "先生", "小姐", "太太", "生", "太"} {
		for off := 0; ; {
			k := strings.Index(text[off:], title)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(title)
			s, size := utf8.DecodeLastRuneInString(text[:at])
			if size == 0 || !spells(word, s) {
				continue
			}
			if next, _ := utf8.DecodeRuneInString(text[off:]); len(title) == 3 && unicode.Is(unicode.Han, next) {
				continue // "陈太太" is read by its whole title; "陈生活" is no one
			}
			clause := text[:at-size]
			if k := strings.LastIndexAny(clause, "，。！？；,.!?;\n"); k >= 0 {
				clause = clause[k:]
			}
			if otherParty.MatchString(clause) {
				continue // "楼上的李先生": a neighbour of the same surname
			}
			return text[at-size : off]
		}
	}
	return ""
}

// personLabelled is a name on a line of its own after a label of who is in charge or to contact:
// "现场负责人：陈杰", "联系人：张薇" (group 1); or after the label and a space, before a number (group
// 2): "联系人 陈浩 (020)3886 1234 转 8012"; or between commas before their number (group 3): "古籍
// 部 办公室在主楼5楼508，联系人：冯晓梅，电话 0571-…".
var personLabelled = quickre.MustCompile(EitherScript(`(?m)^[ \t]*\p{Han}{0,4}(?:负责人|联系人|对接人|联络人)(?:[:：][ \t]*(\p{Han}{2,3})[ \t]*$|[ \t]+(\p{Han}{2,3})[ \t]+[+(\d])|` +
	`[，,][ \t]*(?:联系人|对接人|联络人)[:：][ \t]*(\p{Han}{2,3})[，,][ \t]*(?:电话|手机)`))

// surnameSpelt tells a Chinese name whose surname the first or the last word of a name in pinyin
// spells: "陈杰" of "Chen Jie".
func surnameSpelt(n, latin string) bool {
	r, _ := utf8.DecodeRuneInString(n)
	f := strings.Fields(strings.ToLower(latin))
	if len(f) < 2 {
		return false
	}
	return spells(f[0], r) || spells(f[len(f)-1], r)
}

// lastLine is the last line of text with words, trimmed.
func lastLine(text string) string {
	t := strings.TrimRight(text, " \t\r\n")
	return strings.TrimSpace(t[strings.LastIndexByte(t, '\n')+1:])
}

// surnameAndJob is a surname and a job or a title: "宋经理", "何工", "林老师".
var surnameAndJob = quickre.MustCompile(EitherScript(`^\p{Han}(?:经理|总|老师|主任|主管|工|医生|律师|先生|女士|小姐)$`))

// handleSpells tells a mailbox's name that begins with the pinyin of the surname name begins
// with: "songjl" of 宋经理, "wuxs" of 吴先生.
func handleSpells(handle, name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	for n := min(len(handle), 6); n >= 1; n-- {
		if spells(handle[:n], r) {
			return true
		}
	}
	return false
}

// latinInitial is a given name's initial: "H.", "J".
var latinInitial = quickre.MustCompile(`^[A-Z]\.?$`)

// spells tells a surname a word in Latin letters spells, in pinyin ("chen") or as Hong Kong,
// Taiwan or Singapore writes it ("chan", "hsu", "tan"): 陳 of "Chan".
func spells(word string, surname rune) bool {
	for _, s := range pinyinSurnames[word] + otherSpellings[word] {
		if sameSurname(surname, s) {
			return true
		}
	}
	return false
}

// pinyinSurnames are the common surnames each syllable of pinyin spells.
var pinyinSurnames = map[string]string{
	"an": "安", "bai": "白", "bao": "包", "bi": "毕", "cai": "蔡", "cao": "曹", "chang": "常", "chen": "陈", "cheng": "程成",
	"cui": "崔", "dai": "戴", "deng": "邓", "ding": "丁", "dong": "董", "du": "杜", "duan": "段", "fan": "范樊", "fang": "方",
	"feng": "冯", "fu": "付傅符", "gan": "甘", "gao": "高", "ge": "葛", "geng": "耿", "gong": "龚", "gu": "顾谷", "guan": "关",
	"guo": "郭", "han": "韩", "hao": "郝", "he": "何贺", "hou": "侯", "hu": "胡", "huang": "黄", "huo": "霍", "ji": "纪季",
	"jia": "贾", "jiang": "江蒋姜", "jiao": "焦", "jin": "金", "kang": "康", "ke": "柯", "kong": "孔", "lan": "兰", "lei": "雷",
	"li": "李黎", "liang": "梁", "liao": "廖", "lin": "林", "ling": "凌", "liu": "刘柳", "long": "龙", "lu": "卢陆鲁吕", "lv": "吕",
	"luo": "罗", "ma": "马", "mao": "毛", "mei": "梅", "meng": "孟", "miao": "苗", "mo": "莫", "ni": "倪", "nie": "聂", "ning": "宁",
	"niu": "牛", "pan": "潘", "pang": "庞", "pei": "裴", "peng": "彭", "qi": "齐", "qian": "钱", "qiao": "乔", "qin": "秦覃",
	"qiu": "邱", "qu": "曲", "ren": "任", "ruan": "阮", "shan": "单", "shang": "尚", "shao": "邵", "shen": "沈申", "sheng": "盛",
	"shi": "石史施", "shu": "舒", "song": "宋", "su": "苏", "sun": "孙", "tan": "谭覃", "tang": "唐汤", "tao": "陶", "tian": "田",
	"tong": "童", "tu": "涂", "wan": "万", "wang": "王汪", "wei": "魏韦", "wen": "温文", "weng": "翁", "wu": "吴武伍", "xia": "夏",
	"xiang": "向", "xiao": "肖萧", "xie": "谢", "xing": "邢", "xiong": "熊", "xu": "徐许", "xue": "薛", "yan": "严颜闫", "yang": "杨",
	"yao": "姚", "ye": "叶", "yi": "易", "yin": "尹殷", "yu": "于余俞", "yuan": "袁", "yue": "岳", "zeng": "曾", "zhai": "翟",
	"zhan": "詹", "zhang": "张章", "zhao": "赵", "zheng": "郑", "zhong": "钟", "zhou": "周", "zhu": "朱祝", "zhuang": "庄", "zou": "邹",
	"zuo": "左",
}

// otherSpellings are the common surnames as Hong Kong and Macau (Cantonese), Taiwan (Wade–Giles)
// and Singapore or Malaysia (Hokkien, Teochew) spell them, where pinyin spells them otherwise.
var otherSpellings = map[string]string{
	"ang": "洪", "au": "区", "chan": "陈", "chang": "张", "chao": "赵", "chau": "周邹", "cheng": "郑", "cheung": "张", "chiang": "江蒋",
	"chien": "简", "chiu": "赵邱", "choi": "蔡", "chou": "周", "chow": "周", "choy": "蔡", "chu": "朱", "chuang": "庄", "chung": "钟",
	"fong": "方", "fung": "冯", "goh": "吴", "ho": "何", "hsiao": "萧", "hsieh": "谢", "hsu": "许徐", "hsueh": "薛", "hui": "许",
	"hung": "洪孔", "kao": "高", "ko": "高", "koh": "许", "kong": "江", "kuan": "关", "kuo": "郭", "kwan": "关", "kwok": "郭",
	"kwong": "邝", "lai": "黎赖", "lam": "林", "lau": "刘", "law": "罗", "lee": "李", "leung": "梁", "lim": "林", "lo": "罗卢",
	"lui": "吕雷", "mak": "麦", "man": "文", "mok": "莫", "ng": "吴伍", "ong": "王", "poon": "潘", "shih": "施石", "shum": "岑",
	"siu": "萧", "so": "苏", "sung": "宋", "sze": "施", "tai": "戴", "tam": "谭", "tan": "陈", "tang": "邓", "tay": "郑", "teng": "邓",
	"teo": "张", "ting": "丁", "tong": "唐", "tsai": "蔡", "tsang": "曾", "tsao": "曹", "tse": "谢", "tseng": "曾", "tsui": "徐崔",
	"tung": "董", "wan": "温尹", "wong": "黄王", "woo": "胡", "wu": "胡", "yeh": "叶", "yen": "颜", "yeung": "杨", "yip": "叶",
	"yu": "游", "yuen": "袁阮",
}

// pinyinSyllables are the syllables of pinyin without their tones, and some that are none
// ("biong"): an initial and a final, or a final alone that may begin a syllable.
var pinyinSyllables = func() map[string]bool {
	set := map[string]bool{}
	finals := strings.Fields("a o e i u v ai ei ao ou an en ang eng ong ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ue ve")
	for _, initial := range strings.Fields("b p m f d t n l g k h j q x r z c s y w zh ch sh") {
		for _, f := range finals {
			set[initial+f] = true
		}
	}
	for _, f := range strings.Fields("a o e ai ei ao ou an en ang eng er") {
		set[f] = true
	}
	return set
}()

// noName are a form's words for a name it was not given.
var noName = map[string]bool{"未留姓名": true, "未留名": true, "匿名": true, "不详": true, "不詳": true, "未提供": true, "无": true, "無": true,
	"未填写": true, "未填寫": true, "未填": true}

// calledBy is how people call someone rather than their name: 阿 and a character of it ("阿凱",
// "阿杰"), a surname and a word of respect or kinship ("马大姐", "陈太", "王伯").
var calledBy = quickre.MustCompile(EitherScript(`^(?:阿\p{Han}|\p{Han}(?:大姐|大哥|大爷|大妈|阿姨|姐|哥|太|伯|叔|婶|嫂|姨))$`))

// englishCalled is how people call someone in English rather than by their name: a title and
// a surname ("Mrs Leung"), "Ah" and a name as Hong Kong says it ("Ah Keung").
var englishCalled = quickre.MustCompile(`^(?:(?:Mr|Mrs|Ms|Miss|Madam|Auntie|Uncle)\.?|Ah) [A-Z][a-z]+$`)

// sameSurnameAs tells a whole name of the surname a sender's name begins with where it begins
// with one ("陳太", "马大姐", "老周"); any name for a sender's name that gives none ("Mrs Leung",
// "阿凱", "A燕子"); for "海哥", "芳姐", a name whose given name holds its first character (黄大海).
func sameSurnameAs(n, sender string) bool {
	s := []rune(strings.TrimPrefix(strings.TrimPrefix(sender, "老"), "小"))
	if len(s) == 0 || !unicode.Is(unicode.Han, s[0]) || strings.HasPrefix(sender, "阿") || !surnamed(string(s[0])) {
		return true
	}
	if r := []rune(n); len(s) == 2 && strings.ContainsRune("哥姐", s[1]) && len(r) >= 2 && strings.ContainsRune(string(r[1:]), s[0]) {
		return true // "海哥" of 黄大海: called by a character of the given name
	}
	return sameSurname([]rune(n)[0], s[0])
}

// displayPerson is the person a sender's name gives beside their role, their desk or their
// place: "租户 小杨" 小杨, "HR-张琳" 张琳, "行政 Annie" Annie, "小蒋 @ 创客空间" 小蒋, "Vivian Xu |
// Operations" Vivian Xu; the name itself when it gives no more.
func displayPerson(t string) string {
	if before, inner, ok := cutBracket(t); ok && chineseName(strings.TrimSpace(before)) && utf8.RuneCountInString(inner) <= 12 {
		return strings.TrimSpace(before) // "李伟(加盟商)", "吴敏（华东区销售会议）": the person, without their role or event
	} else if ok && isASCII(t) && englishName.MatchString(strings.TrimSpace(before)) && len(strings.Fields(before)) >= 2 && companyWords.MatchString(inner) {
		return strings.TrimSpace(before) // "Winnie Lau (Brightway Logistics)": the person, without their company
	} else if ok && chineseName(inner) && isASCII(before) && englishName.MatchString(strings.TrimSpace(before)) {
		return inner // "Grace Zhang (张慧)": the name in characters
	}
	for _, sep := range []string{" @ ", " | ", "｜", " / "} {
		if before, _, ok := strings.Cut(t, sep); ok && strings.TrimSpace(before) != "" {
			t = strings.TrimSpace(before)
		}
	}
	if han, latin, ok := strings.Cut(t, " "); ok && chineseName(han) && isASCII(latin) && englishName.MatchString(strings.ReplaceAll(latin, "-", " ")) {
		return han // "林雅婷 Lin Ya-Ting": the name in characters, the same in letters after it
	}
	if i := strings.IndexAny(t, " -－"); i > 0 {
		role, rest := t[:i], strings.TrimLeft(t[i:], " -－")
		if rest != "" && !quickre.ContainsAny(rest, " -－") && displayRole.MatchString(role) {
			return rest // "展商-博瑞医疗": the exhibitor, whose text names its writer
		}
	}
	return t
}

// displayRole is a role or a desk a sender's name gives before the person: "租户", "行政", "HR",
// "客服部", "IT部", Taiwan's "總務".
var displayRole = quickre.MustCompile(EitherScript(`(?i)^(?:业主|住户|租户|租客|前台|行政|人事|财务|总务|HR|admin|IT|客服|\p{Han}{1,4}部|[a-z]{2,4}部|展商|参展商|展商服务|加盟商|商户)$`))

// brand tells a sender's name of a shop's words in Chinese and in English, or its unit in the
// mall: "觅茶 Mindful Tea", "茶语时光 L3-318".
func brand(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || !hanOnly(f[0]) || callName(f[0]) || chineseName(f[0]) {
		return false
	}
	for _, w := range f[1:] {
		if !isASCII(w) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) && !mallUnit.MatchString(w) {
			return false
		}
	}
	return true
}

// formName is the name a form's line gives without the department after it: "孙磊" of "联系人：孙磊
// 行政部".
func formName(n string) string {
	if t := strings.TrimSpace(n); noName[t] || noName[strings.Trim(t, "（）() ")] {
		return "" // "来电人：未留姓名", "真实姓名：（未填写）"
	}
	f := strings.Fields(n)
	if len(f) > 1 && (jobAfterName.MatchString(f[0]) || roleWords.MatchString(f[0]) || keeperWord.MatchString(f[0]) || deskName.MatchString(f[0])) {
		if callName(f[1]) {
			return f[1] // "联系人：店长 侯佳慧 151-…", "落款：业主 谢红梅", "联系人：加盟商 简国华"
		}
		if before, inner, ok := cutBracket(f[1]); ok && chineseName(inner) && !titled(inner) && utf8.RuneCountInString(before) >= 2 &&
			sameSurname([]rune(before)[0], []rune(inner)[0]) {
			return inner // "联系人：行政部 于经理（于海燕）": the whole name after how the writer is called
		} else if ok && callName(strings.TrimSpace(before)) {
			return strings.TrimSpace(before) // "联系人：业主代表 侯敏（3栋1单元502）"
		}
	}
	if len(f) > 1 && callName(f[0]) {
		return f[0]
	}
	if len(f) > 2 && callName(f[len(f)-1]) && workLine.MatchString(strings.Join(f[:len(f)-1], " ")) {
		return f[len(f)-1] // "联系人：华睿律师事务所 行政主管 石佳": the person, after the firm and the job
	}
	// "Zhao Yifan (赵一凡)": the name in Chinese in the brackets after its pinyin.
	if before, inner, ok := cutBracket(n); ok && isASCII(before) && chineseName(strings.TrimSpace(inner)) {
		return strings.TrimSpace(inner)
	}
	// "罗美华女士": the full name, without the title a colleague wrote after it.
	for _, title := range []string{"女士", "先生", "小姐"} {
		if rest, ok := strings.CutSuffix(n, title); ok && chineseName(rest) && utf8.RuneCountInString(rest) >= 2 && !titled(n) {
			return rest
		}
	}
	return n
}

// workTitle is how people at work call someone: a surname and "工" (an engineer), "总", "经理",
// "老师" (a teacher or a trainer), "律师", "医生";
// nameBeforeNumber a name right before a number, as a label's value gives them: "张伟 181…".
var (
	workTitle        = quickre.MustCompile(`^(\p{Han})(?:工|总|總|经理|經理|老师|老師|律师|律師|医生|醫生|老板|老闆)$`)
	nameBeforeNumber = quickre.MustCompile(`(?:^|[\s:：，,])(\p{Han}{2,3})[ \t]*\+?\d[\d \-]{6,}`)
)

// latinThenSurname is a display name of an English name and a surname in Chinese: "Vivian 宋".
var latinThenSurname = quickre.MustCompile(`^[A-Za-z][A-Za-z .'’-]*\s+(\p{Han})$`)

// deskName is an organisation's department or office before its person's name in a labelled
// line: "联系人：秘书处 谢婧".
var deskName = quickre.MustCompile(EitherScript(`^\p{Han}{1,6}(?:处|组|科|办)$`))

// keeperWord is what a writer keeps a franchised store or a stall as, before their name in a
// labelled line: "加盟商 简国华".
var keeperWord = quickre.MustCompile(EitherScript(`^(?:加盟商|加盟主|加盟店主|店主|摊主|档主|值班长|领班|班长)$`))

// companyWords is a company's name in English as a display name gives it in brackets after a
// person's: "Brightway Logistics", "Acme Ltd".
var companyWords = quickre.MustCompile(`^(?:[A-Z][A-Za-z&.'’-]*\s?){1,5}$`)

// nickname tells a sender's name in Chinese characters that is no one's name: a shop's ("甜心烘焙"),
// a nickname ("岁月静好"); not a full name, "王先生" or how people call someone ("王阿姨", "老周").
func nickname(name string) bool {
	return hanOnly(name) && !chineseName(name) && !callName(name) && !signName.MatchString(name) && !familiar.MatchString(name) &&
		!roleWords.MatchString(name) // "业主", "5栋业主": the writer by their role
}

// handle is a mailbox's nickname ("lily_chen", "wangfang_cs", "tom88") or its number.
var handle = quickre.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)

// organisation is a sender's name that is an organisation's, a desk's or a role's, not a
// person's: "商务中心租户服务平台", "瑞幸咖啡（银泰店）", "小区管家App", "街道办", "杭州智源科技 前台", "易达物流",
// "奶茶店老板", "Reception".
var organisation = quickre.MustCompile(EitherScript(`(?i)(?:平台|系统|中心|公司|集团|服务|客服|物业|店|商城|官网|网站|小程序|公众号|部|组|委员会|` +
	`物流|科技|贸易|实业|咨询|律所|行政|传媒|工作室|事务所|机械|电子|电器|家居|建材|食品|纺织|制衣|印刷|设计|广告|教育|文化|餐饮|投资|地产|置业|装饰|` +
	`办|处|协会|学会|商会|前台|老板|医院|诊所|门诊|学校|幼儿园|校区|坊|app)[)）]?$|^(?:reception|front desk|admin|office|info|service|support)$|` +
	`\b(?:team|desk|office|support|operations|helpdesk|service|voicemail|hotline|system|notifications?|manager|assistant|secretary|accounts|accounting|finance|` +
	`cpa|llp|ltd|limited|inc|partners|group|company)\.?$|&|` +
	`\b(?:bakery|cafe|café|restaurant|shop|store|salon|boutique|kitchen|deli|florist|pharmacy|clinic|nails?|studio|consulting|gallery|fitness|gym|workshop)\b|\s[A-Z]{1,2}-?\d{1,4}$`))

// shopName is a shop's name as a sender's: what it sells at its end ("云朵童装", "汪记煲仔饭",
// "Luna Nails"), which a person's name of four characters is not.
var shopName = quickre.MustCompile(EitherScript(`(?:\p{Han}{2,}|[A-Za-z]{2,}\s?\p{Han}*)(?:童装|服饰|服装|烘焙|甜品|蛋糕|面包|花艺|鞋坊|鞋业|维修|餐厅|饭店|酒楼|小吃|` +
	`便利店|超市|药房|美甲|美容|美发|理发|发廊|眼镜|奶茶|咖啡|茶社|茶饮|茶庄|茶行|茶馆|煲仔饭|麻辣烫|火锅|凉皮|` +
	`水产|海鲜|水果|蔬菜|干货|粮油|肉铺|批发|五金|建材|副食|熟食|铺|档|摊|卤菜|卤味|砂锅|烧烤|面馆|粉店|包子铺|小厨|厨房|私房菜|菜馆|餐馆|小馆|快餐|饺子馆|米粉|米线|串串|冒菜|大排档)$|` +
	`(?i)^[A-Za-z'’&. ]{2,30} (?:nails|salon|cafe|café|coffee|bakery|boutique|store|shop|studio|kitchen|restaurant|bistro|bar|spa|beauty|` +
	`fashion|tea|dessert|desserts|books|flowers|florist|pharmacy|optical|mart|deli|noodles|dumplings|grill)$|` +
	`^(?:海鲜|水产|水果|蔬菜|烧烤|干货|粮油|冻品)(?:大王|王)$`))

// roleName is the person a line labels by the role they write in: "联系人：孙磊 行政部", "业主 胡志强",
// and in a shop's or a company's mail (shop), its manager's "店长：韦佳", "负责人：何静"; in anyone
// else's, a shop's manager is the one complained of.
func roleName(text string, shop bool) string {
	for _, at := range roleNameLine.FindAllStringSubmatchIndex(text, perLine) {
		role, name := text[at[2]:at[3]], text[at[4]:at[5]]
		// "我是负一层美食街K-09老街凉皮的，档口负责人聂小川": the writer's stall, and they keep it.
		line := text[strings.LastIndexByte(text[:at[0]], '\n')+1:]
		own := !strings.HasPrefix(strings.TrimSpace(text[at[0]:at[3]]), role) && selfStart.MatchString(line)
		if callName(name) && (shop || own || !ownRole.MatchString(role)) {
			return name
		}
	}
	if shop {
		// "…商场空调太冷。店长何芳 132…", "…经常停运。联系人：孙磊 133…": the sentence that ends a
		// shop's or a company's mail gives who writes for it, with their number.
		for _, m := range sentenceRoleName.FindAllStringSubmatch(text, perLine) {
			if callName(m[1]) {
				return m[1]
			}
		}
	}
	return ""
}

// surnameFirst is an English name with its surname first, as an address book lists it: "Weber,
// Klaus", "Chen, Wei-Ting", "Tsang, Wing Yee" (the surname in group 1, the given name in group 2).
var surnameFirst = quickre.MustCompile(`^([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?),\s*([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+)?)$`)

// firmOrShop tells a sender's name that is a company's or a shop's, or a store's or its keeper's:
// "云帆网络", "川味小馆-美食广场" (the shop, then where it is), "文心店 加盟主".
func firmOrShop(name string) bool {
	group, _, _ := strings.Cut(name, "-")
	return organisation.MatchString(name) || shopName.MatchString(name) || shopName.MatchString(strings.TrimSpace(group)) || storeSender.MatchString(name)
}

// storeSender is a sender's name that is a store's or a counter's ("好食光 信義櫃"), or its keeper's
// by what they are of it.
var storeSender = quickre.MustCompile(EitherScript(`\p{Han}店(?:\s|$|[-－—_])|\p{Han}柜$|店长|店主|加盟`))

// sentenceRoleName is a name after a role that begins a sentence, with a number after it.
// "有事请联系店长杨帆，手机186…" too.
var sentenceRoleName = quickre.MustCompile(EitherScript(`(?:[。！!；;]\s*|(?:^|[，,。！!\s])(?:有事)?(?:请)?(?:联系|找)(?:我们)?(?:的)?)(?:店长|店主|摊主|档主|负责人|经办人|联系人)\s*[:：]?\s*(\p{Han}{2,4}?)\s*[:：，,]?\s*(?:(?:手机|电话)(?:号码|号)?[:：]?\s*)?(?:\+?\d|[（(])`))

// selfStart begins a line in which the writer says who they are.
var selfStart = quickre.MustCompile(EitherScript(`^\s*(?:我是|我们是|本人是)`))

// roleNameLine is a line's role and the name after it.
// "档口负责人聂小川（老板娘）" after the clause that names the stall too, "现场负责人：毛永刚".
// "佛山禅城店 加盟商 蒙少华", "加盟主 蕭文傑", "申诉人：郭建峰（成都春熙路店加盟商…）": a store's keeper
// under its name.
var roleNameLine = quickre.MustCompile(EitherScript(`(?m)(?:^\s*(?:现场|项目|[\p{Han}·]{0,10}[ \t]*\p{Han}{1,12}(?:店|校区|校)[ \t]+)?|[，,。；;]\s*(?:档口|门店|店铺))(店长|店主|柜长|摊主|档主|负责人|经办人|联系人|行政|业主|来电人|投诉人|申诉人|加盟商|加盟主|加盟店主|主任|校长)(?:\s*[:：]\s*|\s+|)(\p{Han}{2,4}?)(?:\s|\x{3000}|[，,。；;（(]|$)`))

// callName tells a name a clerk records a writer by: a Chinese full name, or a surname and a
// title ("潘女士"); not a familiar name ("小王").
func callName(n string) bool {
	if familiar.MatchString(n) || roleWords.MatchString(n) || otherParty.MatchString(n) ||
		quickre.ContainsAny(n, "这這那哪") || utf8.RuneCountInString(n) == 2 && strings.HasSuffix(n, "家") {
		return false // "我是王师傅说的那家"
	}
	return chineseName(n) || titled(n)
}

// sameSurname tells one surname in either script: "陈" and "陳", which surnames lists side by
// side, the Simplified form first and the Traditional one, outside GB2312, after it; not "李"
// and "张", nor "劉" and "陈", side by side too.
func sameSurname(a, b rune) bool {
	if a == b {
		return true
	}
	if inGB2312(b) {
		a, b = b, a
	}
	return inGB2312(a) && !inGB2312(b) && contains(surnames, string([]rune{a, b}))
}

// inGB2312 tells a character of GB2312, the Simplified set.
func inGB2312(r rune) bool {
	_, err := simplifiedchinese.HZGB2312.NewEncoder().String(string(r))
	return err == nil
}

// deptName is a department's name as a signature gives it before a name: "市税务局征管科",
// "心内科二病区", "机械学院".
var deptName = quickre.MustCompile(EitherScript(`^\p{Han}{2,12}(?:科|处|局|学院|病区|教研室|办公室)$`))

// titled tells a surname and a title: "林小姐", "陈先生", "王女士".
func titled(n string) bool {
	for _, title := range []string{"先生", "女士", "小姐"} {
		if rest, ok := strings.CutSuffix(n, title); ok && utf8.RuneCountInString(rest) == 1 && surnamed(rest) {
			return true
		}
	}
	return false
}

// nameBeforeContact is the name a mail's last line begins with before the writer's contact in
// clauses: "顾建华" of "顾建华，A栋1012，电话 139 0135 6732"; "" when it ends otherwise.
func nameBeforeContact(said string) string {
	lines := strings.Split(strings.TrimRight(said, " \t\r\n。."), "\n")
	parts := strings.FieldsFunc(lines[len(lines)-1], func(r rune) bool { return r == '，' || r == ',' })
	if len(parts) < 2 || !chineseName(strings.TrimSpace(parts[0])) {
		return ""
	}
	for _, p := range parts[1:] {
		if !contactPieces(strings.TrimSpace(p)) {
			return ""
		}
	}
	return strings.TrimSpace(parts[0])
}

// firmsBelow tells lines below a signature's name that are only its company's or organisation's
// names: "深圳迈拓电子有限公司".
func firmsBelow(lines []string) bool {
	firm := false
	for _, l := range lines {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if !firmLine(l) {
			return false
		}
		firm = true
	}
	return firm
}

// firmLine tells a signature's line that is only its company's or organisation's name:
// "深圳迈拓电子有限公司", "中国智慧城市产业联盟".
func firmLine(l string) bool {
	return hanOnly(l) && utf8.RuneCountInString(l) <= 30 && (organisation.MatchString(l) || bodyOf.MatchString(l))
}

// towerWord ends the name of a building: "金座" of "东方金座".
var towerWord = quickre.MustCompile(EitherScript(`(?:座|大厦|中心|广场|大楼|公寓|花园|苑|城|府|湾|阁|庭|楼)$`))

// lastLineAlone is the writer's name alone on one of the last seven lines of text with words (up to
// four labelled lines more: a long signature's fax, WeChat…), maybe after their role ("店长 许志强",
// "业主 胡志强"), before a word of respect ("许志强 敬上") or their department ("刘佳 | 总裁办"), below
// it only their number, flat, job, company and its address, a note in brackets or the date; "" when
// there is none.
func lastLineAlone(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n"), "\n")
	seen, labelled := 0, 0 // the lines read, blank ones apart; labelled ones among them
	for i := len(lines) - 1; i >= 0 && seen < 7+min(labelled, 4); i-- {
		l := strings.Trim(lines[i], " \t\u3000—-－~～。.")
		if l == "" {
			continue
		}
		seen++
		if c := colon(l); c > 0 && c <= 3*4 {
			labelled++ // "传真：…", "微信：…" of a long signature's block
		}
		if i < len(lines)-1 && (streetAddress.MatchString(l) || addressLine(l)) && !quickre.ContainsAny(l, "，,。 \t\u3000（(") && utf8.RuneCountInString(l) <= 60 {
			continue // "上海市静安区延安中路1288号嘉汇国际中心A座1506室", their company's, under their name
		}
		if job, english, ok := strings.Cut(barsApartOne.Replace(l), "|"); ok && jobAfterName.MatchString(strings.TrimSpace(job)) && isASCII(english) {
			continue // "行政经理 | Administration Manager" under their name
		}
		if org, job, ok := strings.Cut(barsApartOne.Replace(l), "|"); ok && i < len(lines)-1 && organisation.MatchString(strings.TrimSpace(org)) &&
			jobAfterName.MatchString(strings.TrimSpace(job)) {
			continue // "华信会展服务有限公司 | 项目经理": their company and their job, under their name
		}
		if (strings.HasPrefix(l, "（") && strings.HasSuffix(l, "）") || strings.HasPrefix(l, "(") && strings.HasSuffix(l, ")")) && seen == 1 {
			continue // "（单位：和平里北街社区居委会，电话010-6421 0098…）": a note below their name and number
		}
		if i > 0 && isASCII(l) && len(l) <= 80 && workLine.MatchString(l) && !quickre.ContainsAny(l, "0123456789:@") {
			continue // "Fortune Trading Ltd.", "Admin Manager, Harbourline Logistics" under their name
		}
		if disclaimer.MatchString(l) {
			seen--
			continue // "本邮件及其附件含有…的保密信息…", below the signature
		}
		if i < len(lines)-1 && firmLine(l) {
			continue // "中国智慧城市产业联盟", their organisation's name, under their name and job
		}
		if plain := strings.Map(withoutBrackets, l); plain != l && hanOnly(plain) && utf8.RuneCountInString(plain) <= 30 && tenantsFirm.MatchString(plain) {
			// "龙信科技（深圳）有限公司", their firm's name with its city, under their name (the
			// name of a line would take its first words)
			continue
		}
		if f := strings.Fields(l); i < len(lines)-1 && len(f) >= 2 && strings.HasSuffix(f[len(f)-2], "店") && storeKeeper.MatchString(f[len(f)-1]) {
			continue // "一碗饺子 成都春熙路店 加盟商": their store and what they are of it
		}
		if n := utf8.RuneCountInString(l); n > longestFoot || n > 20 && !quickre.ContainsAny(l, "0123456789:：@") {
			break // a sentence of the complaint's: longer than a name, with no number, label nor address
		}
		for _, respect := range []string{"敬上", "谨上", "謹上", "拜上", "谨启", "謹啟"} {
			l = strings.TrimSpace(strings.TrimSuffix(l, respect))
		}
		l = withoutRole(l)
		if n := nameOfLine(l); n != "" {
			return n
		}
		if name, dept, ok := strings.Cut(barsApartOne.Replace(l), "|"); ok && chineseName(strings.TrimSpace(name)) && !contains(dept, "|") &&
			hanOnly(strings.TrimSpace(dept)) && utf8.RuneCountInString(strings.TrimSpace(dept)) <= 8 {
			return strings.TrimSpace(name) // "刘佳 | 总裁办": their name, then their job or department
		}
		if f := strings.Fields(l); len(f) == 2 && deptName.MatchString(f[0]) && chineseName(f[1]) {
			return f[1] // "市税务局征管科 陈宇": their office's department, then their name
		}
		if f := strings.Fields(l); len(f) == 2 && (dashFlat.MatchString(f[1]) || addressPart(f[1]) == f[1]) {
			// "何先生 11-3-202": their name, then their flat; not "东方金座 1211室", a building of
			// four characters and the office in it.
			if n := nameOfLine(f[0]); n != "" && !(utf8.RuneCountInString(n) == 4 && towerWord.MatchString(n)) {
				return n
			}
		}
		if f := strings.Fields(l); len(f) == 2 && (dashFlat.MatchString(f[0]) || addressPart(f[0]) == f[0] || bareFlat.MatchString(f[0])) &&
			(chineseName(f[1]) || familiar.MatchString(f[1])) {
			return f[1] // "8-1-1203 周文斌", "1502 老周": their flat, then their name
		}
		if f := strings.Fields(l); len(f) == 3 && flatAlone(f[0]+" "+f[1]) && (chineseName(f[2]) || titled(f[2])) {
			return f[2] // "8栋 2602 莫女士": their flat apart by a space, then their name
		}
		if f := strings.Fields(l); len(f) > 1 && i == len(lines)-1 {
			if p := strings.TrimPrefix(withoutPhoneLabel(f[len(f)-1]), "就是"); p != f[len(f)-1] && p != "" && phoneIn(p) == p {
				// "车主 唐先生 电话就是186…": the label stuck to the number
				l = strings.Join(f[:len(f)-1], " ") + " " + p
			}
		}
		if p := trailingPhone(l); p != "" && l != p && (i == len(lines)-1 || firmsBelow(lines[i+1:])) {
			// "行政 周晓雯 139…": their number beside their name, on the last line or above
			// their company's ("深圳迈拓电子有限公司"), unless the words above lead to someone
			// else's ("他家的电话写在下面").
			before := strings.Join(lines[:i], "\n")
			lead := lastSentence(before)
			if quickre.ContainsAny(lead, " \t") {
				lead = runOnTail(lead) // a run-on's last words: "…隔壁那家…每天堆垃圾 麻烦你们管一下 谢谢"
			}
			if n := nameOfLine(strings.TrimRight(strings.TrimSuffix(l, p), " \t\u3000,，、/：:")); n != "" &&
				!introducesSomeone.MatchString(lead) && !endsInColon(before) {
				return n
			}
		}
		if before, _, ok := cutBracket(l); ok && chineseName(strings.TrimSpace(before)) {
			return strings.TrimSpace(before) // "林雅琪（会员号 8800 2231 0567）"
		}
		if plain := barsApart.Replace(l); organisation.MatchString(strings.TrimRight(plain, " \t")) && hanOnly(strings.ReplaceAll(strings.Map(withoutBrackets, plain), " ", "")) {
			// "博远咨询（上海）有限公司", "芯禾科技（上海）有限公司 行政前台", "行政前台 | 星河科技（上海）
			// 有限公司" under their name
			continue
		}
		if before, _, ok := cutBracket(l); ok && bracketedOffice(l) != "" && (organisation.MatchString(strings.TrimSpace(before)) || workLine.MatchString(before)) {
			continue // "云帆传媒 前台（B座1106室）" under their name
		}
		if boothAfterName.MatchString(l) {
			continue // "广西桂韵茶业 6.1馆E22" under their name
		}
		if (jobAfterName.MatchString(l) || shopRoles[lastRunes(l, 2)] || shopRoles[lastRunes(l, 3)]) &&
			hanOnly(strings.ReplaceAll(strings.Map(withoutBrackets, l), " ", "")) && utf8.RuneCountInString(l) <= 16 {
			continue // "行政主任", "恒远科技 前台", "小满甜品（钱塘汇店）店长" under their name
		}
		if contactPieces(l) || chatHandle.MatchString(l) || placeThenNumber(l) != "" {
			continue // their contact or the date below their name; "QQ 2850017731"; "时代广场1801 136…"
		}
		break
	}
	return ""
}

// chatHandle is a line of a chat app's account: "QQ 2850017731", "微信：liming_88".
var chatHandle = quickre.MustCompile(`^(?i:qq|wechat|weixin|wx|微信|微信号)\s*[:：]?\s*[0-9A-Za-z_\-]{5,20}$`)

// barsApart are the bars and slashes a signature's line sets its parts apart by; barsApartOne
// makes them one bar.
var (
	barsApart    = strings.NewReplacer("|", " ", "｜", " ", "/", " ")
	barsApartOne = strings.NewReplacer("｜", "|", "/", "|")
)

// residentRole are the words a resident says how they hold their flat by.
var residentRole = map[string]bool{"业主": true, "業主": true, "住户": true, "住戶": true, "租户": true, "租戶": true}

// nameOfLine is the name a signature's line gives, maybe after a job ("店长 许志强") or a room
// ("1203室 李娜"), or before a job ("许立群 | 行政经理"); "" when it gives none.
func nameOfLine(l string) string {
	f := strings.Fields(strings.ReplaceAll(l, "|", " "))
	if n := len(f); n > 0 {
		if called, whole, ok := cutBracket(f[n-1]); ok && chineseName(whole) && (titled(called) || familiar.MatchString(called) || calledBy.MatchString(called)) {
			// "4栋1单元301 唐阿姨（唐秀兰）": how they are called, and their whole name.
			f[n-1] = whole
			l = strings.Join(f, " ")
		}
	}
	if len(f) == 2 && jobAfterName.MatchString(f[0]) {
		l = f[1] // "店长 许志强"
	} else if len(f) == 2 && jobAfterName.MatchString(f[1]) && callName(f[0]) && !organisation.MatchString(f[0]) {
		l = f[0] // "许立群 | 行政经理"
	} else if len(f) == 2 && callName(f[1]) && addressLine(f[0]) && addressPart(f[0]) == f[0] {
		l = f[1] // "1203室 李娜": their room before their name
	} else if len(f) == 2 && chineseName(f[1]) && isASCII(f[0]) && englishName.MatchString(f[0]) {
		l = f[1] // "Serena 滕薇薇": their English name, then their Chinese one
	} else if (len(f) == 2 || len(f) == 3) && chineseName(f[0]) && isASCII(strings.Join(f[1:], " ")) && englishName.MatchString(strings.Join(f[1:], " ")) {
		l = f[0] // "赖芊芊 Kelly", "黄莉莎 Lisa Huang"
	} else if len(f) == 2 && parent.MatchString(f[0]) && chineseName(f[1]) {
		l = f[1] // "乐乐妈妈 曹雪": whose parent they are, then their name
	} else if len(f) == 3 && jobAfterName.MatchString(f[1]) && isASCII(f[2]) && englishName.MatchString(f[2]) {
		return f[2] // "蔚蓝设计 前台 Amy": their company, their desk, their English name
	} else if len(f) == 3 && jobAfterName.MatchString(f[1]) && callName(f[2]) && hanOnly(f[0]) && !callName(f[0]) {
		l = f[2] // "物流部 主管 蒋立新", "宏达包装 生产部 钱卫东": their department or company, their job, their name
	} else if len(f) == 3 && shopRoles[f[1]] && (callName(f[2]) || workTitle.MatchString(f[2]) && surnamed(f[2])) {
		// "花语时光 店主 蓝静怡", "蓝杯咖啡 店长 姚经理": their shop, their role in it, their name
		// or how they are called at work
		return f[2]
	} else if len(f) == 2 && residentRole[lastRunes(f[0], 2)] && callName(f[1]) && !callName(f[0]) {
		l = f[1] // "小区业主 林女士", "5栋业主 石磊": what they are, then their name
	} else if len(f) == 3 && residentRole[f[1]] && callName(f[2]) && addressLine(f[0]) && addressPart(f[0]) == f[0] {
		l = f[2] // "14栋2单元1703 业主 何女士": their flat, that they own it, their name
	} else if len(f) == 2 && (bareFlat.MatchString(f[0]) || dashFlat.MatchString(f[0])) && familiar.MatchString(f[1]) {
		return f[1] // "1502 老周": their flat, how the neighbours call them
	}
	if callName(l) {
		return l
	}
	return ""
}

// shopRoles are what a shop's or a stall's keeper signs as between its name and theirs.
var shopRoles = map[string]bool{"店主": true, "店长": true, "店長": true, "老板": true, "老闆": true, "负责人": true, "負責人": true,
	"档主": true, "檔主": true, "摊主": true, "攤主": true}

// trailingPhone is the phone number a line ends with, as written there; "" when it ends with none.
func trailingPhone(l string) string {
	f := strings.Fields(l)
	for i := max(0, len(f)-4); i < len(f); i++ {
		// "139 2222 3333" is three words of one number, not "2222 3333" of them.
		tail := strings.Join(f[i:], " ")
		if phoneIn(tail) == tail && isPhone(tail) {
			return tail
		}
	}
	return ""
}

// contactPieces tells a line of a signature that holds only contact or the date: "T: 021-6288
// 9013 | M: 139-1627-4410", "电话：…", an address, "sunpeng@foxmail.com", "2026年11月20日".
func contactPieces(l string) bool {
	for _, piece := range strings.Split(l, "|") {
		piece = strings.TrimSpace(piece)
		number := withoutPhoneLabel(piece)
		if m := ownPhoneFirst.FindStringIndex(piece); m != nil {
			number = strings.TrimSpace(piece[m[1]:]) // "联系我：186…"
		}
		if key, _, ok := formLine(piece); !(piece == "" || ok && (key == "phone" || key == "address" || key == "email") || dateLine.MatchString(piece) ||
			labelledNumber(piece) || extensionLine.MatchString(piece) ||
			phoneIn(number) == number && isPhone(number) || labelledPhone(piece) || addressLine(piece) ||
			contains(piece, "@") && IsEmail(piece)) {
			return false
		}
	}
	return true
}

// ownPhoneFirst is ownPhone where a text begins with it: "联系我：" of "联系我：186…".
var ownPhoneFirst = quickre.MustCompile(`\A(?:` + ownPhone.String() + `)`)

// extensionLine is a line of an office extension's number alone: "分机：8012", "Ext. 201".
var extensionLine = quickre.MustCompile(`(?i)^(?:分机|分機|内线|內線|ext\.?|extension)\s*[:：]?\s*\d{2,6}$`)

// labelledNumber tells a phone number under a short label the form's rules leave: "店舖電話：2698
// 1123", the writer's shop's.
func labelledNumber(l string) bool {
	c := colon(l)
	if c <= 0 || utf8.RuneCountInString(l[:c]) > 8 {
		return false
	}
	_, n := utf8.DecodeRuneInString(l[c:])
	v := strings.TrimSpace(l[c+n:])
	return phoneIn(v) == v && isPhone(v)
}

// withoutBrackets drops the brackets of a company's name: "博远咨询（上海）有限公司".
func withoutBrackets(r rune) rune {
	if strings.ContainsRune("（）()", r) {
		return -1
	}
	return r
}

// ownName is the name the writer gives as theirs in a sentence ("我叫王大壮，…", "本人李秀英，系…",
// "我是陈建宏。", "我是华信咨询的行政黄小燕", "我是8幢1单元302的潘女士"), "" when they give none: not
// a role ("我是业主"), nor a familiar name.
func ownName(text string) string {
	for _, re := range []*quickre.Regexp{ownNameClause, ownNameAfterRole, ownNameAfterWho, ownNameAfterFlat, ownNameCalled, ownNameSeller, ownNameRoleSpaced, ownNameAtStall} {
		for _, m := range re.FindAllStringSubmatch(text, perLine) {
			if n := cmp.Or(m[1:]...); callName(n) {
				return n
			}
		}
	}
	if quickre.ContainsAny(text, "士生姐姨太") {
		if m := ownTitledAfterRole.FindStringSubmatch(text); m != nil && callName(m[1]) {
			return m[1]
		}
	}
	for _, m := range ownNameAfterSurname.FindAllStringSubmatch(text, perLine) {
		if strings.HasPrefix(m[2], m[1]) && (chineseName(m[2]) || titled(m[2])) { // "姓何，何先生"
			return m[2]
		}
	}
	return ""
}

// ownNameClause is a writer's name after the words that give it, up to the clause's end ("我叫王大
// 壮，", "物业的同志：我叫周玉珍，", "…的阿红，全名何红梅。"); ownNameAfterRole their name after what
// they are ("我是拱墅店店长赵磊", "我是下沙店加盟商邹凯", "我是他女儿王丽", in a run-on "你好展商服务中
// 心我是福建盛泰茶业的张伟我们在…", "…攤位賣滷味的林秀珠這幾天…").
var (
	// ownTitledAfterRole is a writer's surname and title after what they are, in words typed
	// without a stop: "我是8栋1单元702的住户宋女士我家楼下…", "我是4-2-903吕女士 楼下…", "…我是
	// 3-2-401的刘先生电话139…", in Cantonese "我系3F-027铺嘅冯小姐"; or at once: "…管不管我是刘先生
	// 电话150…", "…我1栋601吴先生 电话…", "…我家5-1-1202 王先生 电话150…".
	ownTitledAfterRole = quickre.MustCompile(EitherScript(`我(?:(?:是|係|系)(?:[^，,。；;！!？?\n]{0,24}?(?:的|嘅|住户|业主|租户|\d))?|家?\d{1,3}(?:栋|幢|号楼|座|-)[0-9A-Za-z\-单元室号單號]{1,12}的?[ \t]?)(\p{Han}(?:女士|先生|小姐|阿姨|太太|太|生))(?:[，,。；;！!\s（(]|$|我|想|要|电话|手机|家)`))
	ownNameClause      = quickre.MustCompile(`(?:^|[。！？!?，,；;：:\s])(?:我叫|我是|本人|我的名字叫|我的名字是|我姓名是|名叫|我姓\p{Han}[，,]?\s*叫|我[（(]|姓名|叫|全名(?:是|叫)?)\s*(\p{Han}{2,3})(?:[，,。；;！!\s(（]|$|电话|手机|電話|手機)`)
	ownNameAfterRole   = quickre.MustCompile(EitherScript(`(?:^|[。！？!?，,；;:：\s]|(?:你好|您好|你们好|您们好)\p{Han}{0,8}?|物业|管理处)(?:我(?:是|係)|本人(?:是|为|係))[^，,。；;！!？?\n]{0,32}?(?:的(?:业主|住户|租户|租客|客人|住客|房客)?|嘅|店长|加盟商|行政|前台|经理|主管|负责人|老板娘|老闆娘|老板|老闆|创始人|合伙人|` +
		`员工|职员|专员|实习生|租户|租客|房客|住客|档主|摊主|店主|会员|户主|业主|住户|居民|用户|代表|职工|女儿|儿子|孙女|孙子|外孙|外孙女|侄子|侄女|家属|女婿|儿媳|骑手|快递员|司机|经营者|经营户|主理人|爱人|妻子|老婆|丈夫|老公|男主人|女主人|领班|值班长|组长|校长|园长|教师|老师|医生|护士长|护士|治疗师|辅导员|宿管|住宿生|宿生)` +
		`(?:[老小阿]\p{Han}|\p{Han}(?:生|太|先生|小姐|女士))?[ \t]?((?:欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|司徒)\p{Han}{1,2}|\p{Han}{2,3})(?:[，,。；;！!\s(（]|\p{So}|$|今年|我|跟你|和你|隔壁|旁边|楼上|楼下|对面|啊|呀|这|那|你们|住|小区|门店|就是|电话|手机)`))
	// ownNameRoleSpaced is a keeper's name apart by spaces after their role: "我是二楼B区136号档口
	// （2F-B-136）阿芳服饰的老板娘 陈少芳 对面…".
	ownNameRoleSpaced = quickre.MustCompile(EitherScript(`我是[^。！？!?\n]{0,40}?的(?:老板娘|老板|店主|店长)[ \t]+(\p{Han}{2,3})(?:[，,。！!\s]|$)`))
	// ownNameAtStall is a keeper's name right after their stall's number: "我是夜市B排12号摊张强，",
	// "我是B2层15号铺黄志强（志强烧腊）".
	ownNameAtStall = quickre.MustCompile(EitherScript(`我是[^，,。；;！!？?\n]{0,24}?\d{1,4}号(?:摊|档|铺)(\p{Han}{2,3})(?:[，,。；;！!\s（(]|$)`))
	// ownNameSeller is a stall's keeper's name after what they sell, in words typed without a stop:
	// "我是东区23号摊位卖水产的沈月娥今天早上市场又停水了".
	ownNameSeller = quickre.MustCompile(`我是[^，,。；;！!？?\n]{0,24}?卖\p{Han}{1,4}的(\p{Han}{2,3}?)(?:今天|昨天|昨晚|早上|最近|这几天)`)
	// ownNameAfterWho is the writer's name in the clause after the one saying who they are: "我是
	// 孩子妈妈，叫祁蔓".
	ownNameAfterWho = quickre.MustCompile(`我是[^，,。；;！!？?\n]{1,10}[，,]\s*(?:叫|名叫|我叫)(\p{Han}{2,3})(?:[，,。；;！!\s(（]|$)`)
	// ownNameAfterFlat is the writer's name between the flat they say they are and their number:
	// "我是10栋2301，梁薇薇，手机 186…", "我住幸福里4号楼3单元201，陈小姐，电话 177…", "我是11栋1702
	// 的，胡静。".
	ownNameAfterFlat = quickre.MustCompile(EitherScript(`(?:我是|我住在|我住|我家住在|我家住)[0-9A-Za-z\p{Han}\-]{0,16}?\d{3,4}室?[，,]\s*(\p{Han}{2,3})[，,]\s*(?:手机|电话|联系电话)|` +
		`我是[0-9A-Za-z\p{Han}\-]{0,16}?\d{3,4}室?的[，,]\s*(\p{Han}{2,3})[。，,；;！!\s]`))
	// ownNameCalled is the writer's name after what they are and 叫, in words typed without a
	// stop: "我是南湖市场禽蛋区7号的摊主叫田春生我们这边…", "…的业主我叫赵云芳我想反映…", "…的住户我
	// 叫李德明住12号楼1103室…", "…的加盟商我叫姚俊门店编号…".
	ownNameCalled = quickre.MustCompile(EitherScript(`(?:我是[^，,。；;！!？?\n]{0,30}?(?:的|摊主|店主|档主|老板|业主|住户|租户)我?叫|(?:^|[。！？!?，,；;\s]|业主|住户|租户|摊主|店主|加盟商|店长)我叫)(\p{Han}{2,3}?)` +
		`(?:[，,。；;！!\s(（]|$|我|电话|手机|住|小区|门店|这|那|你们)`))
	// ownNameAfterSurname is the writer's full name after the surname they give first: "我姓钱
	// 钱晓峰", "我姓葛，葛秀兰", "…602的 姓孔 孔祥瑞" said on the phone, "我姓王叫王建军我要投诉…".
	ownNameAfterSurname = quickre.MustCompile(`(?:我|^|\s|[，,]|的)姓(\p{Han})[，,]?\s*叫?(\p{Han}{2,3}?)(?:[，,。；;！!\s(（]|$|我|电话|手机)`)
)

// wholeNameEndingIn is a whole name of three characters, a surname first, that a text gives apart
// from other words and that ends in how the writer is called: "邓慧萍" alone on a line for "慧萍",
// "加盟商 龚晓东 区域经理…" for "晓东", "冻品区D排16号 林文彬 电话…" for "彬"; "" when none.
func wholeNameEndingIn(text, end string) string {
	e := []rune(end)
	r := []rune(text)
	for i := 0; i+len(e) <= len(r); i++ {
		start := i + len(e) - 3
		if start < 0 || string(r[i:i+len(e)]) != end || i+len(e) < len(r) && unicode.Is(unicode.Han, r[i+len(e)]) ||
			start > 0 && unicode.Is(unicode.Han, r[start-1]) {
			continue
		}
		if n := string(r[start : i+len(e)]); chineseName(n) && surnamed(string(r[start])) {
			return n
		}
	}
	return ""
}

// runOnEndName is a whole name a run-on typed with spaces ends with, after the complaint's last
// words: "杨丽萍" of "…电话幺八幺 二三四五 六七八九你们赶紧给我回个话 杨丽萍"; "" when it ends with
// none, or with someone it introduces ("…楼上住的是 王建国").
func runOnEndName(text string) string {
	lines := strings.Split(strings.TrimRight(text, " \t\r\n。.！!"), "\n")
	f := strings.Fields(lines[len(lines)-1])
	if len(f) < 2 {
		return ""
	}
	name := f[len(f)-1]
	if utf8.RuneCountInString(name) != 3 || !chineseName(name) || titled(name) || !signedName(name) ||
		introducesSomeone.MatchString(lastRunes(runOnTail(strings.Join(f[:len(f)-1], " ")), 12)) {
		return ""
	}
	return name
}

// deskSender is a sender named by a company's department or desk: "培训部", "展务", "会务组".
var deskSender = quickre.MustCompile(EitherScript(`^(?:\p{Han}{1,6}部|展务|会务|会务组|展务组|行政|前台)$`))

// personInCharge is the person a department's mail names where no labelled line (personLabelled)
// does: ending a signature's line after their job (group 1), or in brackets after how the desk's
// person is called (group 2).
var personInCharge = quickre.MustCompile(EitherScript(`(?m)^[^\n，。！？]{0,30}(?:总监|经理|主管|主任|专员|负责人)[ \t]+(\p{Han}{2,3})[ \t]*$|` +
	// "我是星河设计的前台小刘（刘思思）": how the desk's person is called, then their whole name.
	`(?:前台|行政|助理)(?:小|老)\p{Han}[（(](\p{Han}{2,3})[）)]`))
