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
				if _, err := letters.Issue(actx, s, d, at); err != nil {
					return n, err
				}
				n++
			}
		}
	}
	return n, nil
}
