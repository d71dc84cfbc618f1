package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
)

func init() {
	register("export", "every complaint with its events, messages and letters (jsonl|csv)", runExport)
	register("backup", "a consistent copy of the database (online)", runBackup)
	register("restore", "replace the database with a backup", runRestore)
	register("check", "integrity and foreign-key check", runCheck)
}

func runDue(e *env, args []string) error {
	fs := flags("due")
	from := fs.String("from", "", "RFC 3339 start")
	add := fs.String("add", "", "24h | 8wh | 7wd")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *from == "" || *add == "" {
		return usagef("due: --from and --add are required")
	}
	t, err := parseTime("from", *from)
	if err != nil {
		return err
	}
	spec, err := calendar.ParseSpec(*add)
	if err != nil {
		return usagef("due: --add: %v", err)
	}
	cal := calendar.Default()
	// The office's own calendar (working hours, imported years) when its database exists.
	if _, err := os.Stat(e.dbPath); err == nil {
		s, err := e.open()
		if err != nil {
			return err
		}
		cal = s.Calendar()
	}
	due, verified := cal.Add(t, spec)
	fmt.Fprintln(e.stdout, due.Format("2006-01-02T15:04:05Z07:00"))
	if !verified {
		fmt.Fprintln(e.stderr, "complaintctl due: note: the holiday calendar does not cover this period; computed from the weekly hours only")
	}
	return nil
}

// writeAtomically writes through fn into a file beside path and renames it into place, so
// that a failure leaves nothing behind. path "-" or "" writes to stdout.
func writeAtomically(e *env, path string, fn func(w *bufio.Writer) error) error {
	if path == "" || path == "-" {
		w := bufio.NewWriter(e.stdout)
		if err := fn(w); err != nil {
			return err
		}
		return w.Flush()
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	w := bufio.NewWriter(f)
	if err := fn(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

func runExport(e *env, args []string) error {
	fs := flags("export")
	format := fs.String("format", "jsonl", "jsonl|csv")
	out := fs.String("out", "", "file (default stdout)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "jsonl" && *format != "csv" {
		return usagef("export: --format must be jsonl or csv")
	}
	s, err := e.openExisting("export")
	if err != nil {
		return err
	}
	return writeAtomically(e, *out, func(w *bufio.Writer) error {
		if *format == "csv" {
			return s.ExportCSV(e.ctx, w)
		}
		return s.ExportJSONL(e.ctx, w)
	})
}

func runBackup(e *env, args []string) error {
	fs := flags("backup")
	out := fs.String("out", "", "backup file")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *out == "" {
		return usagef("backup: want --out FILE")
	}
	if _, err := os.Stat(e.dbPath); err != nil {
		return usagef("backup: no database at %s", e.dbPath)
	}
	s, err := e.openExisting("backup")
	if err != nil {
		return err
	}
	if err := s.Backup(e.ctx, *out); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, *out)
	return nil
}

func runRestore(e *env, args []string) error {
	fs := flags("restore")
	from := fs.String("from", "", "backup file")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *from == "" {
		return usagef("restore: want --from FILE")
	}
	if _, err := os.Stat(*from); err != nil {
		return usagef("restore: %v", err)
	}
	kept, err := data.Restore(e.ctx, *from, e.dbPath)
	if err != nil {
		return err
	}
	if kept != "" {
		fmt.Fprintln(e.stdout, "restored; the previous database is kept as", kept)
	} else {
		fmt.Fprintln(e.stdout, "restored")
	}
	return nil
}

func runCheck(e *env, args []string) error {
	if err := parseFlags(flags("check"), args); err != nil {
		return err
	}
	s, err := e.openExisting("check")
	if err != nil {
		return err
	}
	ps, err := s.Problems(e.ctx)
	if err != nil {
		return err
	}
	if len(ps) > 0 {
		return fmt.Errorf("%d problems: %s", len(ps), strings.Join(ps, "; "))
	}
	fmt.Fprintln(e.stdout, "ok")
	return nil
}
