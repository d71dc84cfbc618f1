package mailintake

import (
	"context"
	"errors"
	"fmt"
	"time"

	"complaintdesk/data"
	"complaintdesk/mailintake/decode"
)

// ErrNotMail is a file that is not a saved email message (.eml): it has not one header.
var ErrNotMail = errors.New("the file is not an email message (.eml)")

// IsMessage reports whether a file's bytes are an email message: at least one header to go by.
func IsMessage(raw []byte) bool {
	// The start is enough to tell: a header, or none.
	return Parse(raw[:min(len(raw), 64<<10)], time.Time{}).Problem != decode.ProblemNoHeaders
}

// fileDateTrusted is how far back a saved message's Date is taken as when the office received
// it: a complaint forwarded days or weeks late counts from when it was sent, one dated years
// back (or with a broken clock) from when it was imported.
const fileDateTrusted = 90 * 24 * time.Hour

// ImportFile stores a message saved as a file (.eml: a complaint forwarded as an attachment, or
// saved from a mailbox the office does not import) as imported mail is stored: it opens a
// complaint, joins the case it answers, or waits as automatic or unreadable mail; the same
// message twice is stored once. The office counts it received when it was sent, by its Date,
// unless that lies ahead of now or long before. A message over the size limit is kept as
// received, unread.
func ImportFile(ctx context.Context, store *data.Store, raw []byte, now time.Time) (data.MailOutcome, error) {
	if !IsMessage(raw) {
		return data.MailOutcome{}, ErrNotMail
	}
	var m data.InboundMail
	if len(raw) > data.DefaultMailMaxSize {
		m = ParseHeader(raw[:min(len(raw), 256<<10)], int64(len(raw)), data.DefaultMailMaxSize, now)
		m.Raw = raw
	} else {
		m = Parse(raw, now)
	}
	if m.Date != nil && !m.Date.After(now) && m.Date.After(now.Add(-fileDateTrusted)) {
		m.ReceivedAt = *m.Date
	}
	out, err := store.ImportMail(ctx, data.MailBatch{Messages: []data.InboundMail{m}})
	if err != nil {
		return data.MailOutcome{}, fmt.Errorf("import file: %w", err)
	}
	return out[0], nil
}
