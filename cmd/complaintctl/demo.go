package main

import (
	"fmt"
	"time"

	"complaintdesk/data/demo"
)

func init() {
	register("demo", "fill with realistic Chinese demo cases and timelines", runDemo)
}

func runDemo(e *env, args []string) error {
	fs := flags("demo")
	n := fs.Int("complaints", 300, "how many complaints")
	seed := fs.Uint64("seed", 1, "random seed: the same seed makes the same cases")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *n < 1 || *n > 1000000 {
		return usagef("demo: --complaints must be 1 to 1000000")
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	start := time.Now()
	sum, err := demo.Fill(e.ctx, s, demo.Options{Complaints: *n, Seed: *seed})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d complaints in %.1fs:", sum.Complaints, time.Since(start).Seconds())
	for st, k := range sum.ByStatus {
		fmt.Fprintf(e.stdout, " %s %d", st, k)
	}
	if sum.Letters > 0 {
		fmt.Fprintf(e.stdout, "; %d letters issued", sum.Letters)
	}
	if sum.Mail > 0 {
		fmt.Fprintf(e.stdout, "; %d messages in the mail tray", sum.Mail)
	}
	fmt.Fprintln(e.stdout)
	return nil
}
