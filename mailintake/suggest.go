package mailintake

import (
	"context"
	"net"
	"strings"
	"time"
)

// knownServers are the IMAP servers of the mail services common in China, and of a few abroad,
// by the domain of the mailbox's address.
var knownServers = map[string]string{
	"qq.com": "imap.qq.com", "vip.qq.com": "imap.qq.com", "foxmail.com": "imap.qq.com",
	"163.com": "imap.163.com", "126.com": "imap.126.com", "yeah.net": "imap.yeah.net", "188.com": "imap.188.com",
	"vip.163.com": "imap.vip.163.com", "vip.126.com": "imap.vip.126.com",
	"sina.com": "imap.sina.com", "sina.cn": "imap.sina.cn", "vip.sina.com": "imap.vip.sina.com",
	"sohu.com": "imap.sohu.com", "aliyun.com": "imap.aliyun.com", "139.com": "imap.139.com", "189.cn": "imap.189.cn",
	"gmail.com": "imap.gmail.com", "outlook.com": "outlook.office365.com", "hotmail.com": "outlook.office365.com",
}

// hostedServers are the IMAP servers of hosted mail for an organisation's own domain, by the end
// of the names of its mail exchangers: Tencent Exmail, Alibaba Mail, NetEase's, 263's, Google's
// and Microsoft's.
var hostedServers = []struct{ mx, imap string }{
	{"qq.com", "imap.exmail.qq.com"},
	{"mxhichina.com", "imap.qiye.aliyun.com"},
	{"qiye.aliyun.com", "imap.qiye.aliyun.com"},
	{"netease.com", "imap.qiye.163.com"},
	{"qiye.163.com", "imap.qiye.163.com"},
	{"263.net", "imap.263.net"},
	{"google.com", "imap.gmail.com"},
	{"googlemail.com", "imap.gmail.com"},
	{"protection.outlook.com", "outlook.office365.com"},
}

// lookupMX finds a domain's mail exchangers; tests replace it.
var lookupMX = net.DefaultResolver.LookupMX

// SuggestServer names the IMAP server of the mailbox at address, when its service is a known
// one: by the address's domain, or else by who receives mail for it (an office's own domain at
// Tencent Exmail, say). "" when it is not known; the clerk then asks whoever runs the mailbox.
func SuggestServer(ctx context.Context, address string) string {
	at := strings.LastIndexByte(address, '@')
	if at < 0 {
		return ""
	}
	domain := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(address[at+1:])), ".")
	if domain == "" || strings.ContainsAny(domain, " /\\:") {
		return ""
	}
	if host, ok := knownServers[domain]; ok {
		return host
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	mxs, err := lookupMX(ctx, domain)
	if err != nil {
		return ""
	}
	for _, mx := range mxs {
		h := strings.TrimSuffix(strings.ToLower(mx.Host), ".")
		for _, s := range hostedServers {
			if h == s.mx || strings.HasSuffix(h, "."+s.mx) {
				return s.imap
			}
		}
	}
	return ""
}

// WantsAuthCode tells the mail services that take, over IMAP, an authorisation code generated in
// their web mail's settings rather than its password (see ReasonAuthCode).
func WantsAuthCode(host string) bool { return authCode(host) }
