package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"complaintdesk/data"
)

func init() {
	register("case", "new | act | show: register and work one complaint", runCase)
	register("list", "the register, filtered and searched as in the window", runList)
	register("due", "a due time on the working calendar", runDue)
}

func runCase(e *env, args []string) error {
	if len(args) == 0 {
		return usagef("case: want new, act or show")
	}
	switch args[0] {
	case "new":
		return caseNew(e, args[1:])
	case "act":
		return caseAct(e, args[1:])
	case "show":
		return caseShow(e, args[1:])
	}
	return usagef("case: unknown subcommand %q (new, act, show)", args[0])
}

func parseTime(field, v string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return time.Time{}, usagef("--%s: %q is not an RFC 3339 time such as 2026-11-23T09:30:00+08:00", field, v)
	}
	return t, nil
}

// fileList is a flag given once for each file.
type fileList []string

func (f *fileList) String() string     { return strings.Join(*f, ", ") }
func (f *fileList) Set(v string) error { *f = append(*f, v); return nil }

func caseNew(e *env, args []string) error {
	fs := flags("case new")
	channel := fs.String("channel", "", "phone|letter|email|visit|fax|web|social")
	name := fs.String("name", "", "complainant name")
	phone := fs.String("phone", "", "complainant phone")
	email := fs.String("email", "", "complainant email address")
	company := fs.String("company", "", "complainant company or unit")
	address := fs.String("address", "", "complainant address")
	ctype := fs.String("type", "", "owner|tenant|consumer|franchisee|other")
	subject := fs.String("subject", "", "what the complaint is about, one line")
	text := fs.String("text", "", "what happened")
	remedy := fs.String("remedy", "", "what the complainant asks for")
	place := fs.String("place", "", "where it happened")
	received := fs.String("received", "", "RFC 3339 time received (default now)")
	repeatOf := fs.String("repeat-of", "", "reference of an earlier complaint on the same matter")
	var files fileList
	fs.Var(&files, "file", "a file the complainant handed in (a letter's scan, a photo), filed with the complaint; repeat for more")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	n := data.NewComplaint{Channel: data.Channel(*channel), Subject: *subject, Description: *text, Remedy: *remedy,
		Place: *place, RepeatOf: *repeatOf, Complainant: data.Complainant{Name: *name, Phone: *phone, Email: *email,
			Company: *company, Address: *address, Type: data.ComplainantType(*ctype)}}
	for _, p := range files {
		ev, err := data.EvidenceFile(p)
		if err != nil {
			return fmt.Errorf("--file: %w", err)
		}
		n.Evidence = append(n.Evidence, ev)
	}
	if *received != "" {
		var err error
		if n.ReceivedAt, err = parseTime("received", *received); err != nil {
			return err
		}
	}
	if err := n.Validate(); err != nil {
		return err
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	c, err := s.CreateComplaint(e.ctx, n)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, c.Ref)
	return nil
}

func caseAct(e *env, args []string) error {
	if len(args) < 2 {
		return usagef("case act: want REF ACTION")
	}
	ref, action := args[0], args[1]
	fs := flags("case act REF " + action)
	p := data.ActParams{Action: data.Action(action)}
	fs.StringVar(&p.Category, "category", "", "assess: category code or name")
	fs.IntVar(&p.Level, "level", 0, "assess: level 1, 2 or 3")
	fs.BoolVar(&p.Invalid, "invalid", false, "assess: not a valid complaint (give --reason)")
	fs.StringVar(&p.Reason, "reason", "", "assess --invalid, reopen, escalate: why")
	fs.StringVar(&p.Urgency, "urgency", "", "assess: how urgent, in words")
	fs.StringVar(&p.Department, "department", "", "assign: department code or name")
	fs.StringVar(&p.Handler, "handler", "", "assign: handler user name (default: keep)")
	involve := fs.String("involve", "", "assign: the other departments involved, comma-separated codes or names (\"\" for none; default: keep)")
	fs.StringVar(&p.Text, "text", "", "call, letter, visit, email, note: what was said")
	fs.StringVar(&p.Text, "result", "", "resolve: the result")
	fs.StringVar(&p.Contact, "contact", "", "call, letter, visit, email: number, address or person")
	fs.StringVar(&p.NoRatingReason, "no-rating-reason", "", "close: why there is no rating")
	fs.StringVar(&p.RepeatOf, "of", "", "repeat: reference of the earlier complaint")
	dir := fs.String("direction", "out", "in|out")
	dur := fs.Duration("duration", 0, "call: how long, e.g. 5m")
	at := fs.String("at", "", "RFC 3339 time of the contact")
	pos, err := parse(fs, args[2:])
	if err != nil {
		return err
	}
	p.Direction, p.Duration = data.Direction(*dir), *dur
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "involve" {
			p.Involved = []string{}
			for _, d := range strings.Split(*involve, ",") {
				if d = strings.TrimSpace(d); d != "" {
					p.Involved = append(p.Involved, d)
				}
			}
		}
	})
	if *at != "" {
		if p.At, err = parseTime("at", *at); err != nil {
			return err
		}
	}
	switch p.Action {
	case data.ActRate:
		if len(pos) != 1 {
			return usagef("case act rate: want a rating 1..5")
		}
		if p.Rating, err = strconv.Atoi(pos[0]); err != nil {
			return usagef("case act rate: %q is not a number 1..5", pos[0])
		}
		if p.Rating < 1 || p.Rating > 5 {
			return usagef("case act rate: the rating must be 1 to 5, got %d", p.Rating)
		}
		pos = nil
	case data.ActAssess:
		if p.Category == "" {
			return usagef("case act assess: --category is required")
		}
		if p.Level < 1 || p.Level > 3 {
			return usagef("case act assess: --level must be 1, 2 or 3")
		}
	case data.ActAssign:
		if p.Department == "" {
			return usagef("case act assign: --department is required")
		}
	}
	if len(pos) > 0 {
		return usagef("case act %s: unexpected argument %q", action, pos[0])
	}
	known := false
	for _, a := range data.Actions {
		known = known || a == p.Action
	}
	if !known || p.Action == data.ActEvidence {
		return usagef("case act: unknown action %q", action)
	}
	s, err := e.openExisting("case act")
	if err != nil {
		return err
	}
	c, err := s.Act(e.ctx, ref, p)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s %s level %d\n", c.Ref, c.Status, c.Level)
	return nil
}

func caseShow(e *env, args []string) error {
	fs := flags("case show")
	format := fs.String("format", "text", "text|json")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("case show: want one REF")
	}
	if *format != "text" && *format != "json" {
		return usagef("case show: --format must be text or json")
	}
	s, err := e.openExisting("case show")
	if err != nil {
		return err
	}
	c, err := s.Complaint(e.ctx, pos[0])
	if err != nil {
		return err
	}
	rec, err := s.ExportComplaint(e.ctx, c)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := e.jsonLines()
		enc.SetIndent("", "  ")
		return enc.Encode(rec)
	}
	tw := newTable(e.stdout)
	row := func(k, v string) { fmt.Fprintf(tw, "%s\t%s\n", k, v) }
	opt := func(p *string) string {
		if p == nil {
			return "-"
		}
		return *p
	}
	row("ref", rec.Ref)
	row("status", rec.Status)
	row("channel", rec.Channel)
	row("received", rec.ReceivedAt)
	row("complainant", strings.TrimSpace(rec.Complainant.Name+" "+rec.Complainant.Company+" "+rec.Complainant.Phone+" "+rec.Complainant.Email))
	row("subject", rec.Subject)
	row("category", rec.Category)
	row("level", strconv.Itoa(rec.Level))
	row("department", rec.Department)
	if len(c.Involved) > 0 {
		row("also involved", strings.Join(c.Involved, ", "))
	}
	row("handler", rec.Handler)
	row("due acknowledge", opt(rec.Due.Acknowledge))
	row("due resolve", opt(rec.Due.Resolve))
	if c.DueUnverified {
		row("note", "a due time lies in a year the holiday calendar does not cover: computed from the weekly hours only")
	}
	if c.Result != "" {
		row("result", c.Result)
	}
	tw.Flush()
	fmt.Fprintln(e.stdout, "\ntimeline:")
	for _, ev := range rec.Events {
		fmt.Fprintf(e.stdout, "  %s  %-12s %-8s %s\n", ev.At, ev.Kind, ev.By, ev.Summary)
	}
	return nil
}

func runList(e *env, args []string) error {
	fs := flags("list")
	var f data.ListFilter
	fs.StringVar(&f.Query, "q", "", "search the subject, description and complainant")
	status := fs.String("status", "", "registered|acknowledged|in_progress|resolved|closed|invalid|reopened")
	fs.IntVar(&f.Level, "level", 0, "level 1, 2 or 3")
	fs.BoolVar(&f.Overdue, "overdue", false, "only complaints whose next due time has passed")
	fs.StringVar(&f.Category, "category", "", "category code")
	fs.StringVar(&f.Department, "department", "", "department code")
	fs.StringVar(&f.Handler, "handler", "", "handler user name")
	channel := fs.String("channel", "", "phone|letter|email|visit|fax|web|social")
	fs.IntVar(&f.Limit, "limit", 50, "at most this many rows")
	fs.IntVar(&f.Offset, "offset", 0, "skip this many rows")
	format := fs.String("format", "table", "jsonl|table")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "table" && *format != "jsonl" {
		return usagef("list: --format must be jsonl or table")
	}
	if f.Level < 0 || f.Level > 3 {
		return usagef("list: --level must be 1, 2 or 3")
	}
	if f.Limit < 1 || f.Limit > 1000 {
		return usagef("list: --limit must be 1 to 1000")
	}
	if *status != "" {
		st := data.Status(*status)
		ok := false
		for _, x := range data.Statuses {
			ok = ok || x == st
		}
		if !ok {
			return usagef("list: unknown status %q", *status)
		}
		f.Statuses = []data.Status{st}
	}
	f.Channel = data.Channel(*channel)
	s, err := e.openExisting("list")
	if err != nil {
		return err
	}
	cs, err := s.List(e.ctx, f)
	if err != nil {
		return err
	}
	if *format == "jsonl" {
		enc := e.jsonLines()
		for _, c := range cs {
			rec, err := s.ExportComplaint(e.ctx, c)
			if err != nil {
				return err
			}
			if err := enc.Encode(rec); err != nil {
				return err
			}
		}
		return nil
	}
	tw := newTable(e.stdout)
	fmt.Fprintln(tw, "REF\tRECEIVED\tSTATUS\tLEVEL\tCOMPLAINANT\tSUBJECT\tNEXT DUE")
	for _, c := range cs {
		next := "-"
		if c.NextDue != nil {
			next = s.FormatTime(*c.NextDue)
			if c.Overdue(s.Now()) {
				next += " OVERDUE"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", c.Ref, s.FormatTime(c.ReceivedAt), c.Status, c.Level,
			c.Complainant.Name, c.Subject, next)
	}
	return tw.Flush()
}
