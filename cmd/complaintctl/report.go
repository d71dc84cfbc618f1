package main

import (
	"bufio"
	"fmt"
	"path/filepath"
	"strings"

	"complaintdesk/data"
	"complaintdesk/letters"
)

func init() {
	register("report", "weekly and monthly reports (pdf|xlsx|csv)", runReport)
}

// runReport: report weekly|monthly [--period 2026-W47|2026-11] [--format pdf|xlsx|csv] --out FILE.
// Without --period it reports the last complete week or month.
func runReport(e *env, args []string) error {
	fs := flags("report")
	period := fs.String("period", "", "2026-W47 (weekly) or 2026-11 (monthly); default: the last complete one")
	format := fs.String("format", "", "pdf|xlsx|csv (default: from the --out extension, else pdf)")
	out := fs.String("out", "", "file to write (- for stdout)")
	lang := fs.String("lang", "zh-Hans", "zh-Hans|zh-Hant|en")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("report: want weekly or monthly, e.g. report weekly --period 2026-W47 --out report.pdf")
	}
	var kind data.PeriodKind
	switch pos[0] {
	case "weekly":
		kind = data.PeriodWeek
	case "monthly":
		kind = data.PeriodMonth
	default:
		return usagef("report: unknown report %q (weekly or monthly)", pos[0])
	}
	if *out == "" {
		return usagef("report: --out FILE is required")
	}
	f := strings.ToLower(*format)
	if f == "" {
		f = strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
		if f != "xlsx" && f != "csv" {
			f = "pdf"
		}
	}
	render := map[string]func(*data.Report, letters.ReportOptions) ([]byte, error){
		"pdf": letters.RenderReport, "xlsx": letters.RenderReportXLSX, "csv": letters.RenderReportCSV}[f]
	if render == nil {
		return usagef("report: --format must be pdf, xlsx or csv, not %q", *format)
	}
	switch *lang {
	case "zh-Hans", "zh-Hant", "en":
	default:
		return usagef("report: --lang must be zh-Hans, zh-Hant or en, not %q", *lang)
	}
	s, err := e.openExisting("report")
	if err != nil {
		return err
	}
	loc := s.Calendar().Location()
	var p data.ReportPeriod
	if *period == "" {
		p = data.PeriodOf(kind, s.Now(), loc).Prev()
	} else if p, err = data.ParsePeriod(*period, loc); err != nil {
		return err
	}
	if p.Kind != kind {
		want := map[data.PeriodKind]string{data.PeriodWeek: "a week like 2026-W47", data.PeriodMonth: "a month like 2026-11"}[kind]
		return usagef("report: a %s report needs %s, not %q", pos[0], want, *period)
	}
	r, err := s.Report(e.ctx, p)
	if err != nil {
		return err
	}
	b, err := render(r, letters.ReportOptions{Lang: *lang})
	if err != nil {
		return err
	}
	if err := writeAtomically(e, *out, func(w *bufio.Writer) error {
		_, err := w.Write(b)
		return err
	}); err != nil {
		return fmt.Errorf("report: write %s: %w", *out, err)
	}
	// Handed on: the window stops reminding of the monthly summary.
	if err := s.RecordReportExport(e.ctx, p, f); err != nil {
		return err
	}
	if *out != "-" {
		fmt.Fprintf(e.stdout, "%s %s: %d complaints, %d open at the end, %d bytes written to %s\n",
			pos[0], p.Label, r.Received, r.OpenAtEnd, len(b), *out)
	}
	return nil
}
