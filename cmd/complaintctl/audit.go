package main

import (
	"encoding/json"
	"fmt"
	"time"

	"complaintdesk/data"
)

func init() {
	register("audit", "the audit trail: who changed what and when, newest first", runAudit)
}

// auditJSON is one line of `audit --format jsonl`.
type auditJSON struct {
	ID       int64           `json:"id"`
	At       string          `json:"at"`
	User     string          `json:"user"`
	Entity   string          `json:"entity"`
	EntityID int64           `json:"entity_id"`
	Ref      string          `json:"ref,omitempty"`
	Action   string          `json:"action"`
	Changes  json.RawMessage `json:"changes"`
}

func runAudit(e *env, args []string) error {
	fs := flags("audit")
	ref := fs.String("ref", "", "one complaint's changes, by reference number")
	entity := fs.String("entity", "", "complaint|letter|evidence|follow_up|user|setting|mail_message|…")
	user := fs.String("user-name", "", "changes made by this account")
	from := fs.String("from", "", "changes on or after this day (YYYY-MM-DD)")
	to := fs.String("to", "", "changes up to and including this day (YYYY-MM-DD)")
	limit := fs.Int("limit", 200, "at most this many rows")
	format := fs.String("format", "table", "jsonl|table")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "table" && *format != "jsonl" {
		return usagef("audit: --format must be jsonl or table")
	}
	if *limit < 1 || *limit > 1000000 {
		return usagef("audit: --limit must be 1 to 1000000")
	}
	if *ref != "" && *entity != "" && *entity != "complaint" {
		return usagef("audit: --ref selects a complaint; leave out --entity %s", *entity)
	}
	s, err := e.openExisting("audit")
	if err != nil {
		return err
	}
	f := data.AuditFilter{Entity: *entity, User: *user, Limit: *limit}
	loc := s.Calendar().Location()
	for _, d := range []struct {
		flag, v string
		dst     *time.Time
		days    int
	}{{"from", *from, &f.From, 0}, {"to", *to, &f.To, 1}} {
		if d.v == "" {
			continue
		}
		t, err := time.ParseInLocation("2006-01-02", d.v, loc)
		if err != nil {
			return usagef("audit: --%s %q is not a date (YYYY-MM-DD)", d.flag, d.v)
		}
		*d.dst = t.AddDate(0, 0, d.days)
	}
	if *ref != "" {
		c, err := s.Complaint(e.ctx, *ref)
		if err != nil {
			return err
		}
		f.Entity, f.EntityID = "complaint", &c.ID
	}
	rows, err := s.AuditTrail(e.ctx, f)
	if err != nil {
		return err
	}
	if *format == "jsonl" {
		enc := e.jsonLines()
		for _, a := range rows {
			rec := auditJSON{ID: a.ID, At: a.At.In(loc).Format(time.RFC3339), User: a.User, Entity: a.Entity,
				EntityID: a.EntityID, Ref: a.Ref, Action: a.Action, Changes: json.RawMessage(a.Changes)}
			if !json.Valid(rec.Changes) {
				rec.Changes, _ = json.Marshal(a.Changes)
			}
			if err := enc.Encode(rec); err != nil {
				return err
			}
		}
		return nil
	}
	tw := newTable(e.stdout)
	fmt.Fprintln(tw, "AT\tUSER\tENTITY\tID\tREF\tACTION\tCHANGES")
	for _, a := range rows {
		ref := a.Ref
		if ref == "" {
			ref = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", s.FormatTime(a.At), a.User, a.Entity, a.EntityID, ref, a.Action, a.Changes)
	}
	return tw.Flush()
}
