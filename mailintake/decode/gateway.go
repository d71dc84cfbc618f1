package decode

import (
	"strings"
	"unicode/utf8"

	"complaintdesk/data/quickre"
)

// gatewayTag is the mark a company's mail gateway (Tencent Exmail, Coremail, Alimail, an
// Exchange transport rule) puts before the subject of every message from outside: "[外部邮件] ",
// "【外部邮件】", "[EXTERNAL] ". The sender did not write it, and it would hide what the subject
// says of the message (自动回复, 未送达) from the rules that read it.
// A word in round brackets is the sender's ("（外部）墙面脱落": the outside wall).
var gatewayTag = quickre.MustCompile(`(?i)^(?:[\[【〔]\s*(?:外部邮件|外部郵件|外来邮件|外來郵件|外部邮件提醒|外部郵件提醒|` +
	`外部发件人|外部寄件者|外部|external(?: (?:e-?mail|mail|message|sender))?|ext)\s*[\]】〕]\s*)+`)

// stripGatewayTag is a subject without the gateway's marks before it.
func stripGatewayTag(s string) string {
	if rest := gatewayTag.ReplaceAllString(s, ""); rest != "" {
		return rest
	}
	return s
}

// gatewayBanner is the warning a gateway puts on the first line of every message from outside:
// "[外部邮件] 此邮件来源于××公司外部，请谨慎处理。", "⚠️ 此邮件来自外部发件人，请谨慎处理附件和链接。",
// "CAUTION: This email originated from outside of the organization. …".
// It says the mail came from outside and warns to be careful, both; a resident's first line
// ("本邮件来自3栋业主，反映外来人员…") does not warn so.
var gatewayBanner = quickre.MustCompile(`(?i)(?:(?:此|本|该|該|这|這)[封份]?(?:电子)?(?:邮件|郵件)(?:来|來)(?:自|源于|源於|源自)[^。\n]{0,12}(?:外部|外来|外來)|` +
	`(?:此|本|这|這)(?:为|是|為)(?:一封)?[^。\n]{0,12}外部(?:邮件|郵件))[^\n]{0,60}(?:谨慎|謹慎|小心|警惕|勿轻信|勿點擊|勿点击)|` +
	`(?:this|the) (?:e-?mail|message) (?:originated|came) from outside (?:of )?(?:the|your|our) (?:organi[sz]ation|company)|` +
	`^\[?(?:caution|warning|external)\]?\s*[:：-]?\s*(?:this|the) (?:e-?mail|message) (?:is )?from an? external sender`)

// bannerMore is the rest of an English warning its text wrapped onto a second line.
var bannerMore = quickre.MustCompile(`(?i)\b(?:click|links?|attachments?|sender|safe|content|trust)\b`)

// stripBanner is a text without the warning a gateway put on its first line.
func stripBanner(text string) string {
	lead := strings.TrimLeft(text, " \t\n")
	line, rest, _ := strings.Cut(lead, "\n")
	if utf8.RuneCountInString(line) > 300 || !gatewayBanner.MatchString(line) {
		return text
	}
	if isASCII([]byte(line)) {
		if next, after, _ := strings.Cut(rest, "\n"); strings.TrimSpace(next) != "" && isASCII([]byte(next)) && bannerMore.MatchString(next) {
			rest = after
		}
	}
	if strings.TrimSpace(rest) == "" {
		return text // a message of the warning alone says at least that
	}
	return strings.TrimLeft(rest, " \t\n")
}
