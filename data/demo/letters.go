package demo

import (
	"context"
	"fmt"
	"time"

	"complaintdesk/data"
	"complaintdesk/letters"
)

// lettersPerChannel is how many of the latest written complaints of each written channel get
// their letters: enough to fill the letter archive, few enough to keep the demo quick.
const lettersPerChannel = 8

// issueLetters answers the latest written complaints in writing as the clerks would have: a
// receipt for a letter when it was acknowledged, a reply when the case was resolved, and an
// apology besides for a level 3 case. It returns how many letters were filed.
func issueLetters(ctx context.Context, s *data.Store, now time.Time) (int, error) {
	n := 0
	for _, ch := range []data.Channel{data.ChannelLetter, data.ChannelEmail, data.ChannelFax} {
		cs, err := s.List(ctx, data.ListFilter{Channel: ch, Sort: data.SortReceived, Desc: true,
			Statuses: []data.Status{data.StatusAcknowledged, data.StatusInProgress, data.StatusResolved, data.StatusClosed},
			Limit:    lettersPerChannel})
		if err != nil {
			return n, err
		}
		for _, c := range cs {
			// The complainant's letter or fax, scanned when it came in, is filed with the answer
			// to it as a letter/reply pair (seed 000 (2)).
			scan, err := scanOf(ctx, s, c)
			if err != nil {
				return n, err
			}
			var answer *data.Letter
			var kinds []letters.Kind
			var times []*time.Time
			if ch == data.ChannelLetter {
				kinds, times = append(kinds, letters.KindReceipt), append(times, c.AcknowledgedAt)
			}
			if c.Status == data.StatusClosed {
				kinds, times = append(kinds, letters.KindReply), append(times, c.ResolvedAt)
				if c.Level == 3 {
					kinds, times = append(kinds, letters.KindApology), append(times, c.ResolvedAt)
				}
			}
			for i, kind := range kinds {
				if times[i] == nil {
					continue
				}
				// Written a little after the step it reports, by the clerk or handler of the case.
				at := times[i].Add(time.Duration(20+10*i) * time.Minute)
				if at.After(now) {
					at = now
				}
				actor := c.Handler
				if kind == letters.KindReceipt || actor == "" {
					actor = c.TakenBy
				}
				actx := data.WithTime(data.WithActor(ctx, actor), at)
				d, err := letters.Prepare(actx, s, c.Ref, kind, "zh-Hans", at)
				if err != nil {
					return n, err
				}
				if len(d.Missing) > 0 {
					return n, fmt.Errorf("%s %s: no value for %v", c.Ref, kind, d.Missing)
				}
				issued, err := letters.Issue(actx, s, d, at)
				if err != nil {
					return n, err
				}
				n++
				if answer == nil || kind == letters.KindReply {
					answer = issued.Letter
				}
			}
			if scan != nil && answer != nil {
				actx := data.WithTime(data.WithActor(ctx, answer.IssuedBy), answer.IssuedAt)
				if _, err := s.LinkReply(actx, scan.ID, answer.ID); err != nil {
					return n, err
				}
			}
		}
	}
	return n, nil
}

// scanOf is the scan of a complaint's letter or fax kept when it was taken in; nil if none.
func scanOf(ctx context.Context, s *data.Store, c *data.Complaint) (*data.Evidence, error) {
	name, ok := scanNames[c.Channel]
	if !ok {
		return nil, nil
	}
	files, err := s.Evidence(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	for i := range files {
		if files[i].Filename == name[0] {
			return &files[i], nil
		}
	}
	return nil, nil
}
