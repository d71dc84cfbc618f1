package mailintake

import (
	"context"
	"errors"
	"fmt"
	"time"

	"complaintdesk/data"
	"complaintdesk/mailintake/decode"
)

// ErrNotMail is a file that is not a saved email message (.eml or Outlook's .msg): it has not
// one header, or it is another program's document.
var ErrNotMail = errors.New("the file is not an email message (.eml or .msg)")

// ErrBrokenOutlook is an Outlook message file (.msg) that cannot be read: damaged, or cut short
// in copying.
var ErrBrokenOutlook = errors.New("the Outlook message (.msg) is damaged or incomplete")

// MessageFile is the email message a saved file holds: an .eml file as it is, an Outlook .msg
// file written out as the message it stands for (the header it arrived with, its text and its
// files), the same each time. ErrNotMail when the file is no message, ErrBrokenOutlook when it
// is an Outlook message that cannot be read.
func MessageFile(raw []byte) ([]byte, error) {
	if decode.IsOutlook(raw) {
		m, err := decode.FromOutlook(raw)
		switch {
		case errors.Is(err, decode.ErrNotOutlook):
			return nil, ErrNotMail
		case err != nil:
			return nil, fmt.Errorf("%w: %w", ErrBrokenOutlook, err)
		}
		return m, nil
	}
	// The start is enough to tell: a header, or none.
	if Parse(raw[:min(len(raw), 64<<10)], time.Time{}).Problem == decode.ProblemNoHeaders {
		return nil, ErrNotMail
	}
	return raw, nil
}

// fileDateTrusted is how far back a saved message's Date is taken as when the office received
// it: a complaint forwarded days or weeks late counts from when it was sent, one dated years
// back (or with a broken clock) from when it was imported.
const fileDateTrusted = 90 * 24 * time.Hour

// ImportFile stores a message saved as a file (.eml or .msg: a complaint forwarded as an
// attachment, or saved from a mailbox the office does not import), read by MessageFile, as
// imported mail is stored: it opens a complaint, joins the case it answers, or waits as
// automatic or unreadable mail; the same message twice is stored once. The office counts it received when it was sent, by its Date,
// unless that lies ahead of now or long before. A message over the size limit is kept as
// received, unread.
func ImportFile(ctx context.Context, store *data.Store, raw []byte, now time.Time) (data.MailOutcome, error) {
	raw, err := MessageFile(raw)
	if err != nil {
		return data.MailOutcome{}, err
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
