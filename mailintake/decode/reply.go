package decode

import (
	"strings"

	"complaintdesk/data/quickre"
)

// quotingLine is a line where an email starts quoting what it answers: "-----原始邮件-----"
// (Samsung's and Android mail apps' "-------- 原始信息 --------", 139 Mail's "----邮件原文----"), a
// line that says who wrote it ("On Mon, … wrote:", "在 2026年11月30日 写道：", Gmail's "张三 <z@x>
// 于2026年11月30日周一 19:42写道：", Thunderbird's "物业服务中心 於 2026/3/3 上午 10:00 寫道:"), or the
// header block of the quoted message (its sender's line as a forward's header block writes it:
// "发件人:", Outlook on the web's "從:") or Outlook's line above it.
var quotingLine = quickre.MustCompile(`(?i)^-{2,}\s*(原始邮件|原始郵件|回复的原邮件|原始信息|原始訊息|邮件原文|郵件原文|原邮件|原郵件|original(?: message)?|forwarded message|转发邮件(信息)?)\s*-{2,}$|` +
	`^.{0,300}(写道|寫道|wrote)\s*[:：]$|^_{10,}$`)

// sentFrom is the line a phone's mail program signs with: "发自我的iPhone", "Sent from my iPhone",
// "来自我的华为手机", "发自网易邮箱大师", "从 iOS 版 Outlook <https://aka.ms/o0ukef> 发送", "获取 Outlook
// for Android", "本邮件由139邮箱手机客户端发送", "来自小米手机".
var sentFrom = quickre.MustCompile(`(?i)^(?:发自我的|發自我的|来自我的|來自我的|从我的|從我的|sent from my|发自网易邮箱|發自網易郵箱|来自网易邮箱|` +
	`(?:从|從)\s*(?:ios|android)\s*版\s*outlook|sent from outlook|get outlook for|获取\s*outlook|取得\s*outlook|` +
	`本邮件由\S{0,12}(?:客户端|邮箱|郵箱)|本郵件由\S{0,12}(?:客戶端|郵箱)|` +
	// "来自小米手机", "發自三星手機", "来自华为Mate 60 Pro".
	`(?:发自|發自|来自|來自)[\p{Han}A-Za-z0-9 ]{1,12}?(?:手机|手機)$|` +
	`(?:发自|發自|来自|來自)\s*(?:华为|華為|荣耀|榮耀|小米|红米|紅米|三星|一加|魅族|iphone|ipad|huawei|honor|xiaomi|redmi|oppo|vivo|samsung|galaxy|oneplus)[A-Za-z0-9 +]{0,24}$)\s*\S?.{0,60}$`)

// footRule is a line that only separates, left at a mail's foot above the line its app signs with.
var footRule = quickre.MustCompile(`^[-—_=]{2,}$`)

// OwnText is what an email says itself, before what it quotes, or, when it starts with a quote
// (Thunderbird answers below what it quotes), after it, without the line a mail app signs with;
// all of it when it says nothing else.
func OwnText(text string) string {
	lines := strings.Split(text, "\n")
	quoted := func(i int) bool {
		l := strings.TrimSpace(strings.ReplaceAll(lines[i], "\u00a0", " "))
		return strings.HasPrefix(l, ">") || quotingLine.MatchString(l) || quotedSender(lines, i)
	}
	start := 0
	if len(lines) > 0 && quoted(0) {
		// Past the quote: its heading, its quoted lines and the blank lines among them.
		for start < len(lines) && (quoted(start) || strings.TrimSpace(lines[start]) == "") {
			start++
		}
	}
	own := lines[start:]
	for i := range own {
		if quoted(start + i) {
			own = own[:i]
			break
		}
	}
	for signed := false; len(own) > 0; own = own[:len(own)-1] {
		l := strings.TrimSpace(own[len(own)-1])
		if sentFrom.MatchString(l) {
			signed = true
		} else if l != "" && !(signed && footRule.MatchString(l)) {
			break
		}
	}
	if s := strings.TrimSpace(strings.Join(own, "\n")); s != "" {
		return s
	}
	return text
}

// quotedSender tells the sender's line of a quoted message's header block: "发件人: 物业 <kf@…>", or
// a name with the block's next line below it ("From: 物业服务中心\nSent: …"); not a writer's own
// "From: Block 4, Room 701 resident".
func quotedSender(lines []string, i int) bool {
	l := strings.TrimSpace(strings.ReplaceAll(lines[i], "\u00a0", " "))
	if !forwardFromKeys[firstKey(l)] {
		return false
	}
	if strings.Contains(l, "@") {
		return true
	}
	for _, next := range lines[i+1 : min(len(lines), i+3)] {
		if k := firstKey(strings.TrimSpace(next)); forwardOtherKeys[k] || forwardSubjectKeys[k] {
			return true
		}
	}
	return false
}

// answerPrefix is what mail programs put before the subject they answer ("Re:", "回复：", "答复:",
// "回覆：", "Aw:", "Re[2]:"), and a case's number in brackets the office's letter was headed with.
var answerPrefix = quickre.MustCompile(`(?i)^\s*(?:(?:re|aw|sv|antw|回复|回覆|答复|答覆)(?:\[\d+\])?\s*[:：]\s*|[\[【]\s*[A-Z]{2,4}-\d{4}-\d{1,9}\s*[\]】]\s*)+`)

// OwnSubject is the subject an answer would have of its own: without the answer's marks and the
// case number before it; all of it when nothing else is left.
func OwnSubject(subject string) string {
	if own := strings.TrimSpace(answerPrefix.ReplaceAllString(subject, "")); own != "" {
		return own
	}
	return subject
}
