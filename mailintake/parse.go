package mailintake

import (
	"cmp"
	"strings"
	"time"

	"complaintdesk/data"
	"complaintdesk/data/contact"
	"complaintdesk/mailintake/decode"
)

// Parse decodes a raw message for the case file. It never fails and never panics: what cannot be
// read is reported in Problem, and the raw bytes are kept either way. received is the server's
// arrival time; it stands in for a missing or unreadable Date.
func Parse(raw []byte, received time.Time) data.InboundMail {
	return inbound(decode.Parse(raw, received))
}

// ParseHeader decodes only the header of a message too large to parse, so that the clerk sees
// who sent it and what it is about.
func ParseHeader(head []byte, size int64, limit int64, received time.Time) data.InboundMail {
	return inbound(decode.ParseHeader(head, size, limit, received))
}

func inbound(m decode.Mail) data.InboundMail {
	in := data.InboundMail{Raw: m.Raw, ReceivedAt: m.ReceivedAt, MessageID: m.MessageID, InReplyTo: m.InReplyTo,
		References: m.References, FromName: m.FromName, FromEmail: m.FromEmail, ReplyToName: m.ReplyToName,
		ReplyToEmail: m.ReplyToEmail, To: m.To, Cc: m.Cc,
		Subject: m.Subject, Date: m.Date, Text: m.Text, Auto: m.Auto, AutoReason: m.AutoReason,
		Spam: m.Spam, Oversize: m.Oversize, Problem: m.Problem, HeaderDigest: m.HeaderDigest}
	if o := m.Original; o != nil {
		in.Returned = &data.ReturnedMail{Subject: o.Subject, MessageID: o.MessageID, InReplyTo: o.InReplyTo,
			References: o.References}
	}
	in.Forwarded = forwarded(m.Forwarded)
	in.OwnText = ownText(m.Text)
	if m.Letter != "" {
		// "投诉内容见附件": the letter attached is the writer's own words too. It goes above
		// the mail's, whose foot is the writer's signature ("杨帆\n…加盟商\n电话…手机…" under
		// "缺货明细见附件").
		in.OwnText = m.Letter + "\n\n" + strings.TrimSpace(cmp.Or(in.OwnText, m.Text))
		in.Letter = m.Letter
	}
	in.Attachments = attachments(m.Attachments)
	return in
}

// forwarded is a chain of forwarded messages as the store takes it.
func forwarded(f *decode.Forwarded) *data.ForwardedMail {
	if f == nil {
		return nil
	}
	return &data.ForwardedMail{FromName: f.FromName, FromEmail: f.FromEmail, Subject: f.Subject, Text: f.Text,
		OwnText: ownText(f.Text), Attachments: attachments(f.Attachments), Forwarded: forwarded(f.Forwarded), Answers: f.Answers,
		Wordless: f.Wordless}
}

func attachments(list []decode.Attachment) []data.InboundAttachment {
	var out []data.InboundAttachment
	for _, a := range list {
		out = append(out, data.InboundAttachment{Filename: a.Filename, ContentType: a.ContentType,
			ContentID: a.ContentID, Inline: a.Inline, Data: a.Data})
	}
	return out
}

// HeaderText is the header of a raw message as it came, line for line, for the clerk to read
// (where it passed, when, from which program); "" when it has none.
func HeaderText(raw []byte) string { return decode.HeaderText(raw) }

// ownText is where the import looks for a writer's phone number and address: their own words
// within the lines it reads (not a long thread's every line), without the mail they quote; ""
// when that is the text as it is.
func ownText(text string) string {
	head := text
	if i := nthIndex(head, '\n', contact.Lines); i >= 0 {
		head = head[:i]
	}
	if own := decode.OwnText(head); own != strings.TrimSpace(head) {
		return own
	}
	return ""
}

// nthIndex is the index of the nth c in s, or -1 when s has fewer.
func nthIndex(s string, c byte, n int) int {
	at := -1
	for ; n > 0; n-- {
		i := strings.IndexByte(s[at+1:], c)
		if i < 0 {
			return -1
		}
		at += i + 1
	}
	return at
}
