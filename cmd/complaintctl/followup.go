package main

import (
	"fmt"
	"time"

	"complaintdesk/data"
)

func init() {
	register("followup", "sample: draw the quarterly revisit sample of closed cases", runFollowUp)
}

// runFollowUp draws the quarterly sample of seed 004 §4.8: a share (35%) of the complaints
// closed in a quarter is revisited, due ten working days after the quarter ends (or after the
// draw, when later).
func runFollowUp(e *env, args []string) error {
	if len(args) == 0 || args[0] != "sample" {
		return usagef("followup: want sample --quarter 2026-Q4")
	}
	fs := flags("followup sample")
	quarter := fs.String("quarter", "", "quarter, e.g. 2026-Q4")
	share := fs.Float64("share", 0.35, "share of the quarter's closed complaints to revisit")
	seed := fs.Uint64("seed", uint64(time.Now().UnixNano()), "random seed")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	q, err := data.ParseQuarter(*quarter)
	if err != nil {
		return usagef("followup sample: --quarter must look like 2026-Q4, not %q", *quarter)
	}
	if *share <= 0 || *share > 1 {
		return usagef("followup sample: --share must be above 0 and at most 1")
	}
	s, err := e.openExisting("followup sample")
	if err != nil {
		return err
	}
	out, err := s.SampleQuarter(e.ctx, q, *share, *seed)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d complaints closed in %s drawn for a revisit (of %d not drawn before), due %s\n",
		out.Drawn, q, out.Pool, s.FormatTime(out.Due))
	return nil
}
