package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	"complaintdesk/data"
	"complaintdesk/mailintake"
	"complaintdesk/mailintake/decode"
)

// A row whose state says the message has no sender does not say it again where the sender goes;
// one registered for a complainant names them.
func TestTrayRowSaysNoSenderOnce(t *testing.T) {
	at := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	for _, code := range Languages {
		t.Run(code, func(t *testing.T) {
			useLanguage(t, code)
			for _, problem := range []string{data.ProblemNoSender, decode.ProblemNoHeaders, decode.ProblemEmpty} {
				m := &data.MailMessage{State: data.MailFailed, Error: problem, Subject: "gate", ReceivedAt: at}
				want := "09:00  " + failedLabel(m) + "  —  gate"
				if row := trayRow(m, time.UTC, at); row != want || strings.Contains(row, lang.L("(no sender)")) {
					t.Errorf("%s: the row reads %q, want %q", problem, row, want)
				}
				m.SetAsideAt = &at
				if row := trayRow(m, time.UTC, at); !strings.HasSuffix(row, "  —  gate") {
					t.Errorf("%s, set aside: the row reads %q", problem, row)
				}
				m.SetAsideAt, m.Complainant = nil, "王先生"
				if row := trayRow(m, time.UTC, at); !strings.HasSuffix(row, "  王先生  gate") {
					t.Errorf("%s, registered for a complainant: the row reads %q", problem, row)
				}
			}
			// A state that does not say so: the sender column does.
			m := &data.MailMessage{State: data.MailFailed, Error: decode.ProblemEncrypted, Subject: "gate", ReceivedAt: at}
			if row := trayRow(m, time.UTC, at); !strings.HasSuffix(row, "  "+lang.L("(no sender)")+"  gate") {
				t.Errorf("encrypted without a sender: the row reads %q", row)
			}
		})
	}
}

// The advice after a failed connection test names the security choices as the list shows them,
// and does not send the clerk from one to the other and back.
func TestConnectionAdviceNamesTheSecurityChoices(t *testing.T) {
	quoted := regexp.MustCompile(`[“「"]([^”」"]*)[”」"]`)
	for _, code := range Languages {
		t.Run(code, func(t *testing.T) {
			useLanguage(t, code)
			labels := securityLabels()
			say := func(step mailintake.Step, reason mailintake.Reason) string {
				return mailErrorText(&mailintake.ConnError{Step: step, Reason: reason, Host: "127.0.0.1", Port: 31430})
			}
			for _, tc := range []struct {
				step   mailintake.Step
				reason mailintake.Reason
				names  []string
			}{
				{mailintake.StepTLS, mailintake.ReasonNotTLS, []string{labels[1]}},
				{mailintake.StepTLS, mailintake.ReasonNoSTARTTLS, []string{labels[0], labels[1]}},
				{mailintake.StepTLS, mailintake.ReasonPlainRemote, []string{labels[0], labels[1]}},
				{mailintake.StepConnect, mailintake.ReasonSilent, []string{labels[0], labels[1]}},
			} {
				text := say(tc.step, tc.reason)
				var names []string
				for _, m := range quoted.FindAllStringSubmatch(text, -1) {
					if slices.Contains(labels, m[1]) {
						names = append(names, m[1])
					}
				}
				if !slices.Equal(names, tc.names) {
					t.Errorf("%s.%s names %q, want %q: %s", tc.step, tc.reason, names, tc.names, text)
				}
			}
			// Where the server offers no STARTTLS, the port may be wrong: not "choose SSL/TLS", which
			// failed there already.
			if text := say(mailintake.StepTLS, mailintake.ReasonNoSTARTTLS); !strings.Contains(text, "993") ||
				strings.Contains(text, "TLS 或其他") || strings.Contains(text, "TLS or another port") {
				t.Errorf("no STARTTLS: %s", text)
			}
		})
	}
}

// In English the mail's counts read right for one as for many, and the state of mail the clerk
// must look at is named for what to do.
func TestMailCountsInEnglish(t *testing.T) {
	useLanguage(t, "en")
	if got := mailStateLabel(data.MailFailed); got != "Needs attention" {
		t.Errorf("the state reads %q", got)
	}
	if got := mailCountLabel(data.MailFailed); got != "Needs attention" {
		t.Errorf("the count reads %q", got)
	}
	d := &Desk{}
	if got := d.checkSummary("Service mailbox", mailintake.Summary{Stored: 1, Complaints: 1}); got !=
		"Service mailbox: 1 new — complaints: 1, replies: 0, automatic: 0, needs attention: 0." {
		t.Errorf("the check's summary reads %q", got)
	}
	if got := d.checkSummary("Service mailbox", mailintake.Summary{Stored: 1, Complaints: 1, Sent: 1, Unfetched: 1}); got !=
		"Service mailbox: 1 new — complaints: 1, replies: 0, automatic: 0, needs attention: 0; emails the office sent, put on their cases: 1; "+
			"messages the server would not deliver, asked for again at the next check: 1." {
		t.Errorf("the check's summary reads %q", got)
	}
	if got := fileSummary("Inbox.mbox", mailintake.Summary{New: 2, Replies: 1, Duplicates: 1}); got !=
		"Inbox.mbox: 2 in all — complaints: 0, replies: 1, automatic: 0, needs attention: 0; imported before: 1" {
		t.Errorf("the file's summary reads %q", got)
	}
}

// A part without a file name is named by what it holds, in the clerk's language, not by its MIME
// type; a type of nothing known stays as written.
func TestNamelessPartsSayWhatTheyHold(t *testing.T) {
	for _, code := range Languages {
		t.Run(code, func(t *testing.T) {
			useLanguage(t, code)
			for _, ct := range []string{"message/delivery-status", "Message/Disposition-Notification; charset=utf-8",
				"text/rfc822-headers", "application/pgp-encrypted", "application/pkcs7-signature", "text/calendar; method=REQUEST"} {
				if got := partKind(ct); got == ct || got == "" || strings.Contains(got, "/") {
					t.Errorf("%s: named %q", ct, got)
				}
			}
			if got := partKind("application/x-unknown"); got != "application/x-unknown" {
				t.Errorf("an unknown type named %q", got)
			}
		})
	}
}

// A message without a subject is saved under a name in the clerk's language; one with a subject
// under its subject.
func TestSavedMessageNamedInTheClerksLanguage(t *testing.T) {
	for code, want := range map[string]string{"zh-Hans": "邮件-19.eml", "zh-Hant": "郵件-19.eml", "en": "email-19.eml"} {
		useLanguage(t, code)
		if got := emlName(&data.MailMessage{ID: 19, Subject: " "}); got != want {
			t.Errorf("%s: %q, want %q", code, got, want)
		}
		if got := emlName(&data.MailMessage{ID: 19, Subject: "电梯坏了"}); got != "电梯坏了.eml" {
			t.Errorf("%s: %q, want the subject", code, got)
		}
	}
}
