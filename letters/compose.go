package letters

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"complaintdesk/data"
)

// placeholderNames maps each placeholder to what it stands for.
var placeholderNames = map[string]string{
	"ref":            "投诉编号",
	"complainant":    "投诉人姓名",
	"company":        "单位/房号",
	"phone":          "投诉人电话",
	"email":          "投诉人邮箱",
	"address":        "投诉人地址",
	"received":       "投诉日期",
	"channel":        "投诉渠道",
	"place":          "发生地点",
	"subject":        "投诉事项",
	"description":    "投诉内容",
	"remedy":         "客户诉求",
	"category":       "投诉类别",
	"level":          "投诉级别",
	"department":     "责任部门",
	"involved":       "协办部门",
	"handler":        "处理人",
	"taken_by":       "受理人",
	"investigation":  "调查情况",
	"root_cause":     "原因分析",
	"solution":       "处理措施",
	"prevention":     "预防措施",
	"result":         "处理结果",
	"satisfaction":   "客户满意度",
	"acknowledged":   "受理日期",
	"due_resolve":    "承诺答复日期",
	"closed":         "结案日期",
	"date":           "落款日期",
	"office":         "单位名称",
	"office_dept":    "落款部门",
	"office_address": "单位地址",
	"office_phone":   "单位电话",
	"office_email":   "单位邮箱",
}

// PlaceholderLabel says in Chinese what a placeholder stands for ("" when unknown).
func PlaceholderLabel(name string) string { return placeholderNames[name] }

// Values are the texts placeholders are replaced with.
type Values map[string]string

// Case is what a document is composed from: the complaint, the office, and the display names
// of the codes the complaint holds.
type Case struct {
	Complaint  *data.Complaint
	Office     data.Office
	Department string   // the department's name; "" prints the code
	Involved   []string // the names of the other departments involved
	Category   string   // the category's name; "" prints the code
	Handler    string   // the handler's display name; "" prints the user name
	TakenBy    string   // display name of who took the complaint in
	Date       time.Time
	Location   *time.Location // dates are printed in; nil: Asia/Shanghai
	// Unchecked lists the placeholders holding a deadline the working calendar could not check:
	// it reaches into a year without holiday data and counts Monday to Friday only.
	Unchecked []string
}

func (c Case) loc() *time.Location {
	if c.Location != nil {
		return c.Location
	}
	return shanghai
}

var shanghai = func() *time.Location {
	if l, err := time.LoadLocation("Asia/Shanghai"); err == nil {
		return l
	}
	return time.FixedZone("CST", 8*3600)
}()

// FormatDate prints a date the way letters do: 2026年11月23日, or 23 November 2026 in English.
func FormatDate(t time.Time, lang string) string {
	if t.IsZero() {
		return ""
	}
	if normLang(lang) == "en" {
		return t.Format("2 January 2006")
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// Values fills every placeholder from the case; unknown or unset facts are "".
func (c Case) Values(lang string) Values {
	lang = normLang(lang)
	v := Values{}
	date := func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return FormatDate(t.In(c.loc()), lang)
	}
	if c.Date.IsZero() {
		c.Date = time.Now()
	}
	v["date"] = FormatDate(c.Date.In(c.loc()), lang)
	o := c.Office
	v["office"], v["office_dept"], v["office_address"] = o.Name, o.Dept, o.Address
	v["office_phone"], v["office_email"] = o.Phone, o.Email
	k := c.Complaint
	if k == nil {
		return v
	}
	p := k.Complainant
	v["ref"], v["complainant"], v["company"] = k.Ref, p.Name, p.Company
	v["phone"], v["email"], v["address"] = p.Phone, p.Email, p.Address
	v["received"] = date(&k.ReceivedAt)
	v["channel"] = channelName(k.Channel, lang)
	v["place"], v["subject"], v["description"] = k.Place, k.Subject, k.Description
	v["remedy"] = k.Remedy
	v["category"] = or(c.Category, k.Category)
	v["level"] = levelName(k.Level, lang)
	v["department"] = or(c.Department, k.Department)
	involved := c.Involved
	if involved == nil {
		involved = k.Involved
	}
	v["involved"] = strings.Join(involved, timelineTexts[lang].listSep)
	v["handler"] = or(c.Handler, k.Handler)
	v["taken_by"] = or(c.TakenBy, k.TakenBy)
	v["investigation"], v["root_cause"], v["solution"] = k.Investigation, k.RootCause, k.Solution
	v["prevention"], v["result"] = k.Prevention, k.Result
	v["satisfaction"] = satisfactionName(k.Satisfaction, k.NoRatingReason, lang)
	v["acknowledged"] = date(k.AcknowledgedAt)
	v["due_resolve"] = date(k.DueResolve)
	v["closed"] = date(k.ClosedAt)
	return v
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func channelName(ch data.Channel, lang string) string {
	names := map[string]map[data.Channel]string{
		"zh-Hans": {data.ChannelPhone: "电话", data.ChannelLetter: "来信", data.ChannelEmail: "电子邮件",
			data.ChannelVisit: "来访", data.ChannelFax: "传真", data.ChannelWeb: "网站", data.ChannelSocial: "社交媒体"},
		"zh-Hant": {data.ChannelPhone: "電話", data.ChannelLetter: "來信", data.ChannelEmail: "電子郵件",
			data.ChannelVisit: "來訪", data.ChannelFax: "傳真", data.ChannelWeb: "網站", data.ChannelSocial: "社群媒體"},
		"en": {data.ChannelPhone: "telephone", data.ChannelLetter: "letter", data.ChannelEmail: "email",
			data.ChannelVisit: "a visit", data.ChannelFax: "fax", data.ChannelWeb: "the web form", data.ChannelSocial: "social media"},
	}
	if n, ok := names[lang][ch]; ok {
		return n
	}
	return string(ch)
}

func levelName(level int, lang string) string {
	names := map[string][]string{
		"zh-Hans": {"", "一级（普通）", "二级（较严重）", "三级（非常严重）"},
		"zh-Hant": {"", "一級（普通）", "二級（較嚴重）", "三級（非常嚴重）"},
		"en":      {"", "1 (ordinary)", "2 (serious)", "3 (very serious)"},
	}
	if level < 1 || level > 3 {
		return ""
	}
	return names[lang][level]
}

func satisfactionName(rating int, noRating, lang string) string {
	names := map[string][]string{
		"zh-Hans": {"", "非常满意", "满意", "一般", "不满意", "非常不满意"},
		"zh-Hant": {"", "非常滿意", "滿意", "一般", "不滿意", "非常不滿意"},
		"en":      {"", "very satisfied", "satisfied", "neutral", "dissatisfied", "very dissatisfied"},
	}
	if rating < 1 || rating > 5 {
		return noRating
	}
	return fmt.Sprintf("%d %s", rating, names[lang][rating])
}

// Blank stands in the composed text for a placeholder that had no value, so that the gap is
// seen and filled in before the letter is issued.
const Blank = "＿＿＿＿"

// Fill replaces the placeholders of text with values; a placeholder without a value becomes
// blank. A value that ends a sentence (its placeholder ends the line) gets a full stop when it
// has none, since clerks record causes and measures as short phrases. It returns the names of
// the placeholders without a value.
func Fill(text string, v Values, blank string) (string, []string) {
	var missing []string
	var b strings.Builder
	last := 0
	for _, m := range placeholderPattern.FindAllStringIndex(text, -1) {
		b.WriteString(text[last:m[0]])
		last = m[1]
		name := text[m[0]+1 : m[1]-1]
		val := strings.TrimSpace(v[name])
		if val == "" {
			missing = append(missing, name)
			b.WriteString(blank)
			continue
		}
		b.WriteString(val)
		if endsLine := m[1] == len(text) || text[m[1]] == '\n'; endsLine && m[0] > 0 && text[m[0]-1] != '\n' {
			b.WriteString(fullStop(val))
		}
	}
	b.WriteString(text[last:])
	return b.String(), missing
}

// fullStop is the sentence end a value lacks: "。" after Chinese, "." after other text, nothing
// when it already ends a sentence.
func fullStop(val string) string {
	r, _ := utf8.DecodeLastRuneInString(val)
	switch {
	case strings.ContainsRune("。！？；….!?;", r):
		return ""
	case r >= 0x2E80:
		return "。"
	}
	return "."
}

// Field is one row of a form table as composed.
type Field struct {
	Label string `json:"label"`
	Value string `json:"value"`
	Lines int    `json:"lines,omitempty"`
	Pair  bool   `json:"pair,omitempty"` // shares its row with the next field
}

// Draft is a composed document: the filled-in text the clerk reviews and edits before it is
// rendered and issued. It is stored with the issued letter, so archive copies can be drawn again.
type Draft struct {
	Kind       Kind        `json:"kind"`
	Lang       string      `json:"lang"`
	Title      string      `json:"title"`
	Ref        string      `json:"ref"`
	Date       time.Time   `json:"date"`
	Salutation string      `json:"salutation,omitempty"`
	Body       string      `json:"body,omitempty"` // one paragraph per line
	Fields     []Field     `json:"fields,omitempty"`
	Closing    []string    `json:"closing,omitempty"`
	Signatures []string    `json:"signatures,omitempty"`
	Office     data.Office `json:"office"`
	Missing    []string    `json:"missing,omitempty"` // placeholders without a value, outside the form table
	// Unchecked lists the placeholders in the text whose date counts Monday to Friday only, for
	// want of the holiday schedule of its year: the clerk checks it before the letter goes out.
	Unchecked []string `json:"unchecked,omitempty"`
}

// Text is everything the complainant will read, for the forbidden-phrase check.
func (d Draft) Text() string {
	parts := []string{d.Title, d.Salutation, d.Body}
	for _, f := range d.Fields {
		parts = append(parts, f.Value)
	}
	parts = append(parts, d.Closing...)
	return strings.Join(parts, "\n")
}

// Unprintable lists the characters of the draft that no font of this computer has, once each:
// the PDF shows them as □ (an emoji no font draws, a character newer than every font).
func (d Draft) Unprintable() []string {
	f, err := loadFace()
	if err != nil {
		return nil // Render says why
	}
	return f.unprintable(d.Text() + "\n" + strings.Join(d.Signatures, "\n"))
}

// Compose fills the shipped template of kind in lang from the case.
func Compose(kind Kind, lang string, c Case) (Draft, error) {
	text, err := DefaultTemplate(kind, lang)
	if err != nil {
		return Draft{}, err
	}
	return ComposeTemplate(text, kind, lang, c)
}

// ComposeTemplate fills a template text (e.g. the administrator's edited one) from the case.
func ComposeTemplate(text string, kind Kind, lang string, c Case) (Draft, error) {
	if _, err := ParseKind(string(kind)); err != nil {
		return Draft{}, err
	}
	t, err := ParseTemplate(text)
	if err != nil {
		return Draft{}, err
	}
	lang = normLang(lang)
	if c.Date.IsZero() {
		c.Date = time.Now()
	}
	v := c.Values(lang)
	missing := map[string]bool{}
	fill := func(s, blank string) string {
		out, m := Fill(s, v, blank)
		for _, name := range m {
			missing[name] = true
		}
		return out
	}
	d := Draft{Kind: kind, Lang: lang, Ref: v["ref"], Date: c.Date.In(c.loc()), Office: c.Office}
	d.Title = fill(t.Title, Blank)
	d.Salutation = fill(t.Salutation, Blank)
	var body []string
	for _, p := range t.Body {
		body = append(body, fill(p, Blank))
	}
	d.Body = strings.Join(body, "\n")
	for _, f := range t.Fields {
		// An empty form cell is normal: it is filled in by hand.
		label, _ := Fill(f.Label, v, "")
		value, _ := Fill(f.Value, v, "")
		d.Fields = append(d.Fields, Field{Label: label, Value: value, Lines: f.Lines, Pair: f.Pair})
	}
	for _, l := range t.Closing {
		d.Closing = append(d.Closing, fill(l, Blank))
	}
	for _, s := range t.Signatures {
		d.Signatures = append(d.Signatures, fill(s, Blank))
	}
	for name := range missing {
		d.Missing = append(d.Missing, name)
	}
	sort.Strings(d.Missing)
	for _, name := range c.Unchecked {
		if strings.Contains(text, "{"+name+"}") && v[name] != "" {
			d.Unchecked = append(d.Unchecked, name)
		}
	}
	return d, nil
}
