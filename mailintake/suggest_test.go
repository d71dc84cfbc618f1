package mailintake

import (
	"context"
	"errors"
	"net"
	"testing"
)

// The server of a mailbox at a known service comes from its address; an office's own domain is
// looked up by who receives its mail.
func TestSuggestServer(t *testing.T) {
	mx := map[string][]*net.MX{
		"jinhua-pm.example":  {{Host: "mxbiz1.qq.com.", Pref: 5}, {Host: "mxbiz2.qq.com.", Pref: 10}},
		"tower.example":      {{Host: "mxw.mxhichina.com.", Pref: 5}},
		"plaza.example":      {{Host: "qiye163mx01.mxmail.netease.com.", Pref: 10}},
		"selfhosted.example": {{Host: "mail.selfhosted.example.", Pref: 10}},
	}
	defer func(f func(context.Context, string) ([]*net.MX, error)) { lookupMX = f }(lookupMX)
	lookupMX = func(_ context.Context, domain string) ([]*net.MX, error) {
		if r, ok := mx[domain]; ok {
			return r, nil
		}
		return nil, errors.New("no such host")
	}
	for address, want := range map[string]string{
		"12345678@qq.com":           "imap.qq.com",
		"Kefu@163.COM":              "imap.163.com",
		"service@126.com":           "imap.126.com",
		"kefu@jinhua-pm.example":    "imap.exmail.qq.com",
		"desk@tower.example":        "imap.qiye.aliyun.com",
		"desk@plaza.example":        "imap.qiye.163.com",
		"desk@selfhosted.example":   "",
		"desk@nowhere.example":      "",
		"not an address":            "",
		"desk@":                     "",
		"desk@evil.example/../x":    "",
		"clerk@mail.jinhua.example": "",
	} {
		if got := SuggestServer(context.Background(), address); got != want {
			t.Errorf("%s: %q, want %q", address, got, want)
		}
	}
	if !WantsAuthCode("imap.exmail.qq.com") || WantsAuthCode("imap.gmail.com") {
		t.Error("authorisation codes")
	}
}
