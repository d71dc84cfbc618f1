package decode

import (
	"slices"
	"strings"

	"complaintdesk/data/quickre"
)

// bounceSenders are the local parts that delivery systems and auto-responders send from.
// "noreply" is not among them: the office's own web form writes from such an address, and what it
// sends is a complaint.
var bounceSenders = []string{"mailer-daemon", "postmaster", "mail-daemon", "maildaemon", "mdaemon", "bounce", "bounces",
	"auto-reply", "autoreply"}

// bounceMailbox are the mailboxes mail servers send their delivery reports from.
var bounceMailbox = map[string]bool{"mailer-daemon": true, "postmaster": true, "mail-daemon": true, "maildaemon": true,
	"mdaemon": true}

// bounceName is the name a delivery system signs its reports with.
var bounceName = quickre.MustCompile(`(?i)^(?:mail delivery (?:subsystem|system|service)|mail administrator|mailer-daemon|` +
	`postmaster|系统退信|系統退信|邮件系统|郵件系統|退信服务|退信服務)$`)

// reportSubject is how DMARC and SMTP TLS reports name themselves, and Hotmail's reports of mail
// its users marked as junk ("complaint about message from 192.0.2.1", which would otherwise open
// a complaint from the mail provider).
var reportSubject = quickre.MustCompile(`(?i)^report\s+domain:\s*\S+\s+submitter:\s*\S+|^complaint about message from [0-9a-f.:]+$`)

// autoReplySubject is how out-of-office and other automatic replies begin their subject when
// their mailer (some webmail services, older Exchange and Notes servers) marks them with no
// header: the words that Outlook, Exchange, Notes and the Chinese, Japanese, Korean and European
// mail services put before the subject they answer, then a colon. A person's reply to such a
// message begins with "Re:" or "回复：", so it stays a person's.
var autoReplySubject = quickre.MustCompile(`(?i)^(?:auto(?:matic)?[ -]?(?:reply|response|answer)|autoresponse|` +
	`out of (?:the )?office(?: auto-?reply)?|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|` +
	`risposta automatica|respuesta autom[áa]tica|resposta autom[áa]tica|automatisch antwoord|autosvar|automatisk svar|` +
	`automatyczna odpowied[źz]|автоответ|автоматический ответ|` +
	`(?:假期|休假)?(?:自动回复|自动答复|自动应答|自動回覆|自動回復|自動答覆)|自動応答|自動返信|자동 회신|자동 응답)\s*[:：]`)

// bounceSubject is how the delivery reports of mail servers that send them as plain mail, from
// an ordinary address, are headed: Exchange's "Undeliverable:" and "未送达:" before the subject
// that failed, NetEase's "系统退信", and the fixed subjects of Postfix, Exim, Sendmail, qmail,
// Gmail and others. Words a person could head a complaint with ("Delivery failure", "邮件发送
// 失败") are not among them: such reports come from a bounce sender as well.
var bounceSubject = quickre.MustCompile(`(?i)^(?:(?:undeliverable|未送达|無法傳遞|无法传递|无法送达|無法送達|returned mail)\s*[:：]|` +
	`(?:undelivered mail returned to sender|mail delivery failed|delivery status notification \((?:failure|delay)\)|` +
	`failure notice|permanent delivery failure|mail could not be delivered|delivery notification: delivery has failed|` +
	`undeliverable (?:mail|message)|系统退信|系統退信|退信通知)(?:\s*[:：(（]|$))`)

// returnWords are the words of a subject saying mail was not delivered, which a message
// returning another is a delivery report by.
var returnWords = quickre.MustCompile(`(?i)(?:邮件|郵件|信件)(?:未能(?:成功)?|未|无法|無法|不能)(?:送达|送達|投递|投遞|发送|發送)|` +
	`(?:邮件|郵件|信件)?(?:投递|投遞|发送|發送)失[败敗]|退信|undeliver|delivery (?:failure|failed|status)|returned mail|failure notice`)

// outOfOfficeSubject is how Lotus Notes, AOL and Chinese webmail head an automatic answer
// where autoReplySubject does not look: "AUTO: Smith, John is out of the office", "Re: Rose
// Bouquet (Automatic Response)", "【自动回复】…", Coremail's "答复: …（自动回复）", Sina's
// "来自zhang@sina.com的自动回复", and the subjects that are nothing but the words ("Out of Office
// reply", "Automatic reply", "自动回复", "外出通知"); a subject that goes on after them ("Out of
// office hours noise") is a person's.
var outOfOfficeSubject = quickre.MustCompile(`^AUTO:|(?i)\(automatic response\)$|^【自动回复】|^【自動回覆】|[（(](?:自动回复|自動回覆)[)）]$|` +
	`^[来來]自\S{1,100}的(?:自动回复|自動回覆|自動回復)$|` +
	`(?i)^(?:out of (?:the )?office(?: auto-?reply| reply)?|automatic reply|auto-?reply|vacation reply|自动回复|自動回覆|自动答复|` +
	`(?:外出|休假|出差)(?:通知|中))$`)

// autoReplyWords is how an automatic answer that no header marks says so at its top, as the
// auto-responders of mail services and of companies' own systems write it: "这是一封自动回复，请勿
// 直接回复本邮件", QQ Mail's "这是来自QQ邮箱的假期自动回复邮件。", "This is an automatic reply". A
// person writes of such answers in other words ("你们的自动回复没有用"), or asks ("这是自动回复吗？").
var autoReplyWords = quickre.MustCompile(`(?i)这是一封自动回复|这是自动回复|此为自动回复|本邮件为自动回复|這是一封自動回覆|這是自動回覆|` +
	`这是来自\S{1,20}的(?:假期)?自动回复|這是來自\S{1,20}的(?:假期)?自動回覆|` +
	`this is an? (?:automatic|automated|auto-?) ?(?:reply|response|message in reply)`)

// autoReplyText is the words by which a text says at its top that it is an automatic answer; ""
// when it does not.
func autoReplyText(text string) string {
	lines := 0
	for l := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(l), ">") {
			break // what it quotes says nothing of it
		}
		if m := autoReplyWords.FindStringIndex(l); m != nil && !asked(l[m[1]:]) {
			return l[m[0]:m[1]]
		}
		if lines++; lines == 5 {
			break
		}
	}
	return ""
}

// systemWords are how a system's notice says at its top or foot that no one wrote it: "本邮件由
// 系统自动发出，请勿回复" (WeChat Pay's, Alipay's, a bank's statements).
var systemWords = quickre.MustCompile(`(?:本|此|该|該)(?:邮件|郵件|信件|信)(?:由|为|為|係|是)?系[统統]自[动動](?:发出|发送|生成|發出|發送|產生)|` +
	`系[统統](?:邮件|郵件)[，,]?\s*请勿(?:直接)?回复|系統郵件[，,]?\s*請勿(?:直接)?回覆`)

// systemText is the words by which a notice says, in its first or last lines, that a system sent
// it; "" when it does not. A forward passes on such a notice as a person's complaint.
func systemText(subject, text string) string {
	if isForward(subject) {
		return ""
	}
	var lines []string
	fields := 0
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, ">") {
			l = spreadLabel.ReplaceAllString(l, "$1$2$3") // "姓　名", a table's label set to the width of longer ones
			if n := len(lines); formLine.MatchString(l) || n > 0 && formLabelAlone.MatchString(lines[n-1]) && !formLabelAlone.MatchString(l) {
				fields++
			}
			lines = append(lines, l)
		}
	}
	if fields >= 2 || fields >= 1 && complaintNotice.MatchString(subject+"\n"+strings.Join(lines[:min(len(lines), 3)], "\n")) {
		// A web form's notice or a work order, which send a citizen's complaint; one that says
		// it brings a complaint ("【新投诉】", "在线报事通知") needs a field of it only.
		return ""
	}
	if len(lines) > 10 {
		lines = slices.Concat(lines[:5], lines[len(lines)-5:]) // its top and its foot
	}
	for _, l := range lines {
		if w := systemWords.FindString(l); w != "" {
			return w
		}
	}
	return ""
}

// complaintNotice are the words by which a system's notice says it brings a complaint or a
// resident's report.
var complaintNotice = quickre.MustCompile(`投诉|投訴|报事|報事|报修|報修|工单|工單|诉求|訴求|留言|反馈|反饋|意见|意見`)

// formLine is a line of a web form's notice or a hotline's work order: "姓名：", "留言内容：",
// "来电人：", the complainant's fields as a complaint form heads them ("投诉人姓名：", "投诉人电话：",
// "所在房号："); or a row of its HTML table, the label and its value apart ("投诉人 许嘉怡").
var formLine = quickre.MustCompile(`^` + formLabels + `(?:\s*[:：]|[ \t]+\S)`)

// spreadLabel is a label of two characters set apart by spaces, full-width ones as a table sets
// it to the width of longer ones, or the plain ones its HTML is read with: "姓　名", "手 机".
var spreadLabel = quickre.MustCompile(`^(\p{Han})[ \x{3000}]{1,3}(\p{Han})([:：\s]|$)`)

// formLabelAlone is a form's label alone on its line, its value on the next, as an HTML notice's
// rows of blocks give them ("租户联系人" above "封晓芸").
var formLabelAlone = quickre.MustCompile(`^` + formLabels + `\s*[:：]?$`)

// formLabels are the labels of formLine.
const formLabels = `(?:(?:投诉人|投訴人|租户|租戶|诉求人|訴求人|反映人|报事人|報事人|客户|客戶|业主|業主|住户|住戶)?` +
	`(?:姓名|电话|電話|手机|手機|联系电话|聯絡電話|联系人|聯絡人|邮箱|郵箱|住址|地址|房号|房號)|投诉人|投訴人|所在房号|所在房號|` +
	`联系人|聯絡人|称呼|稱呼|电子邮件|联系方式|聯絡方式|提交人|房屋|所在房屋|事项|事項|加盟商|加盟商电话|` +
	`留言|留言内容|留言內容|内容|內容|诉求|訴求|问题描述|問題描述|主题|主題|投诉内容|投訴內容|投诉类型|投訴類型|` +
	`来电人|來電人|来电号码|來電號碼|来信人|來信人|诉求内容|訴求內容|诉求地址|訴求地址|反映内容|反映內容|工单编号|工單編號|` +
	`反馈人|反饋人|反馈内容|反饋內容|手机号|手機號|所属房屋|所屬房屋|入住人|住客|对接人|對接人)`

// asked tells words that make what goes before them a question: "这是自动回复吗？".
func asked(after string) bool {
	after = strings.TrimLeft(after, " \t，,。")
	for _, q := range []string{"吗", "嗎", "？", "?", "么", "麼", "呢"} {
		if strings.HasPrefix(after, q) {
			return true
		}
	}
	return false
}

// recallSubject and recallWords are how Outlook heads and words the request it sends when its
// user recalls a message that left the organisation: "撤回: 电梯故障" / "韩梅梅 希望撤回邮件“电梯故障”。",
// "Recall: …" / "… would like to recall the message, "…".". It is the program's, not a letter.
var (
	recallSubject = quickre.MustCompile(`(?i)^(?:recall|撤回|收回|召回)\s*[:：]`)
	recallWords   = quickre.MustCompile(`(?i)would like to recall the message|希望(?:撤回|收回|召回)(?:邮件|郵件)\s*[“"「]`)
)

// recallText is the line by which a message says it is a recall request; "" when it is none.
func recallText(subject, text string) string {
	if !recallSubject.MatchString(subject) {
		return ""
	}
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	if !recallWords.MatchString(line) {
		return ""
	}
	if r := []rune(line); len(r) > 120 {
		line = string(r[:120]) + "…"
	}
	return strings.TrimSpace(line)
}

// receiptSubject and receiptWords are how Outlook heads and words a read or delivery receipt it
// sends as plain mail rather than as a report: "已读: …" / "您的邮件 … 已于 2026年12月1日 9:35:12 读取。",
// Chinese webmail's "已读回执：…" / "…已被阅读",
// "Read: …" / "Your message … was read on …", "已送达: …" / "您的邮件已传递到以下收件人".
var (
	receiptSubject = quickre.MustCompile(`(?i)^(?:已读|已讀|read|已送达|已送達|已传递|已傳遞|delivered|(?:已读)?回执|(?:已讀)?回執)\s*[:：]`)
	receiptWords   = quickre.MustCompile(`(?i)已于.{1,40}?(?:读取|阅读)|已於.{1,40}?(?:讀取|閱讀)|was read on|已被(?:阅读|读取|閱讀|讀取)|` +
		`已(?:传递|送达)到以下收件人|已(?:傳遞|送達)到下列收件者|has been delivered to the following`)
)

// receiptText is the words by which a message says it is a receipt; "" when it is none.
func receiptText(subject, text string) string {
	if !receiptSubject.MatchString(subject) {
		return ""
	}
	if len(text) > 1000 {
		text = text[:1000]
	}
	return receiptWords.FindString(text)
}

// meetingAnswer are the calendar methods (RFC 5546) of what a calendar program sends by itself
// about a meeting: an invitee's answer (accepted, declined, tentative: REPLY), another time
// proposed or refused, the organiser's cancellation. An invitation (REQUEST) is a person's.
var meetingAnswer = map[string]bool{"REPLY": true, "CANCEL": true, "COUNTER": true, "DECLINECOUNTER": true, "REFRESH": true}

// meetingAnswerClass tells the Outlook message classes of those answers in a winmail.dat:
// "IPM.Schedule.Meeting.Resp.Pos", "IPM.Schedule.Meeting.Canceled", and Outlook 97's
// "IPM.Microsoft Schedule.MtgRespP", "…MtgCncl".
func meetingAnswerClass(class string) bool {
	c := strings.ToUpper(class)
	return strings.HasPrefix(c, "IPM.SCHEDULE.MEETING.RESP") || strings.HasPrefix(c, "IPM.SCHEDULE.MEETING.CANCELED") ||
		strings.HasPrefix(c, "IPM.MICROSOFT SCHEDULE.MTGRESP") || strings.HasPrefix(c, "IPM.MICROSOFT SCHEDULE.MTGCNCL")
}

// calendarMethod is the method of a calendar part: its Content-Type's, or its own METHOD line.
func calendarMethod(param string, body []byte) string {
	if m := strings.ToUpper(strings.TrimSpace(param)); m != "" {
		return m
	}
	for line := range strings.SplitSeq(string(body[:min(len(body), 64<<10)]), "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ":"); ok && strings.EqualFold(k, "METHOD") {
			return strings.ToUpper(strings.TrimSpace(v))
		}
	}
	return ""
}

// spamMark is the header by which the receiving server's filter (SpamAssassin, Rspamd, Amavis)
// says the message is spam, as written; "" when it says it is not or says nothing.
func spamMark(h header) string {
	for _, k := range []string{"X-Spam-Flag", "X-Spam-Status", "X-Spam"} {
		word, _, _ := strings.Cut(h.get(strings.ToLower(k)), ",")
		if word = strings.TrimSpace(word); strings.EqualFold(word, "yes") {
			return k + ": " + word
		}
	}
	return ""
}

// senderJoined takes out the marks a bounce sender's name may have between its words.
var senderJoined = strings.NewReplacer("_", "", ".", "", "-", "")

// automatic reports whether a message was sent by a machine (auto-reply, bounce, delivery or read
// report, bulk mail) and why, from its header and its decoded subject. Such mail never opens a
// complaint.
func automatic(h header, contentType string, params map[string]string, fromName, fromEmail, subject string) (bool, string) {
	// A report says most exactly what the message is (a bounce carries Auto-Submitted too).
	if contentType == "multipart/report" {
		if t := strings.ToLower(params["report-type"]); t != "" {
			return true, "multipart/report; report-type=" + t
		}
		if params["boundary"] != "" { // a report without parts is no report a machine wrote
			return true, "multipart/report"
		}
	}
	// So does what only a bounce carries, before the Auto-Submitted it carries as well: the
	// clerk is told the office's mail did not arrive.
	if h.has("x-failed-recipients") {
		return true, "x-failed-recipients"
	}
	if bounceSubject.MatchString(strings.TrimSpace(subject)) {
		return true, "bounce subject: " + strings.TrimSpace(subject)
	}
	if local, _, _ := strings.Cut(strings.ToLower(fromEmail), "@"); bounceMailbox[local] || bounceName.MatchString(strings.TrimSpace(fromName)) {
		// Sendmail's and Exchange's reports are signed "Mail Delivery Subsystem" or "Mail
		// Delivery System" also when they come from an ordinary address.
		return true, "bounce sender " + fromEmail
	}
	if v := strings.ToLower(strings.TrimSpace(stripComments(h.get("auto-submitted")))); v != "" && v != "no" {
		return true, "Auto-Submitted: " + v
	}
	switch v := strings.ToLower(strings.TrimSpace(h.get("precedence"))); v {
	case "bulk", "junk", "list", "auto_reply":
		return true, "Precedence: " + v
	}
	// A sender of newsletters and notices in bulk: one-click unsubscribing (RFC 8058), which Gmail
	// and Yahoo require of bulk senders, or membership of the Certified Senders Alliance
	// (commercial mailers). A letter a person writes carries neither. Form services (Formspree)
	// offer one-click unsubscribing too, on a visitor's message: a newsletter also names its
	// list (List-Id), and a notice naming the visitor in Reply-To stays the visitor's complaint.
	if strings.EqualFold(strings.TrimSpace(h.get("list-unsubscribe-post")), "List-Unsubscribe=One-Click") && h.has("list-id") {
		if rt := strings.TrimSpace(h.get("reply-to")); rt == "" || fromEmail != "" && strings.Contains(strings.ToLower(rt), strings.ToLower(fromEmail)) {
			return true, "List-Unsubscribe-Post: one-click"
		}
	}
	if h.has("x-csa-complaints") {
		return true, "x-csa-complaints"
	}
	// Ticket systems (OTRS, Znuny) mark their own automatic answers "X-Loop: yes"; other values
	// name a list or an address that a filter loops through.
	switch v := strings.ToLower(strings.TrimSpace(h.get("x-loop"))); v {
	case "yes", "true":
		return true, "X-Loop: " + v
	}
	for _, k := range []string{"x-autoreply", "x-autorespond", "x-auto-response-suppress"} {
		if h.has(k) {
			return true, k
		}
	}
	// QQ Mail's out-of-office and holiday answers say so in headers of their own.
	for _, k := range []string{"x-qq-auto-reply", "x-qq-holidayreply"} {
		switch v := strings.ToLower(strings.TrimSpace(h.get(k))); v {
		case "", "false", "no", "0":
		default:
			return true, k + ": " + v
		}
	}
	// DMARC and SMTP TLS reports name themselves in the subject RFC 7489 §7.2.1.1 and RFC 8460
	// prescribe, "Report Domain: example.cn Submitter: google.com Report-ID: …"; they come from
	// any address, often the office's own.
	subject = strings.TrimSpace(subject)
	if reportSubject.MatchString(subject) || autoReplySubject.MatchString(subject) || outOfOfficeSubject.MatchString(subject) {
		return true, "Subject: " + subject
	}
	if rp := strings.TrimSpace(h.get("return-path")); rp == "<>" {
		return true, "Return-Path: <>"
	}
	// A local mailbox without a domain, "MAILER-DAEMON (Mail Delivery Subsystem)", is all local part.
	if local, _, _ := strings.Cut(strings.ToLower(fromEmail), "@"); local != "" {
		if strings.HasSuffix(local, "-daemon") {
			return true, "sender " + fromEmail // a program's own address: bugzilla-daemon, git-daemon
		}
		if strings.HasPrefix(local, "microsoftexchange") {
			return true, "sender " + fromEmail // Exchange's reports: MicrosoftExchange329e71ec88ae…@
		}
		joined := senderJoined.Replace(local) // post_master, mailer.daemon
		for _, b := range bounceSenders {
			if local == b || joined == b || strings.HasPrefix(local, b+"+") || strings.HasPrefix(local, b+"-") {
				return true, "sender " + fromEmail
			}
		}
	}
	return false, ""
}

// returnedMail says whether an automatic message's reason (see automatic) shows it to be a
// bounce or a delivery or read report: mail returned by a machine, which nobody wrote.
func returnedMail(reason string) bool {
	r := strings.ToLower(reason)
	return strings.HasPrefix(r, "multipart/report") || strings.HasPrefix(r, "x-failed-recipients") ||
		strings.HasPrefix(r, "bounce subject: ") || strings.HasPrefix(r, "bounce sender ")
}
