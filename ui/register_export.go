package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"complaintdesk/data"
	"complaintdesk/letters"
)

// exportMax is the most complaints one export takes: far more than an office registers in
// years, far fewer than a worksheet holds. They are read exportPage at a time.
const exportMax = 200000

var exportPage = 1000

// exportTapped saves the complaints the filters select, every page of them, as an Excel
// workbook with more columns than the screen has room for (contact details, every deadline).
func (r *register) exportTapped() {
	name, read, err := r.exportFile()
	if err != nil {
		setError(r.filterMsg, err.Error())
		return
	}
	r.desk.saveFile(name, read)
}

// exportFile names the workbook of the filtered register and returns what writes it.
func (r *register) exportFile() (string, func(ctx context.Context) ([]byte, error), error) {
	f, err := r.filter()
	if err != nil {
		return "", nil, err
	}
	f.Limit, f.Offset = exportPage, 0
	names, loc, now := r.names, r.store.Calendar().Location(), r.desk.now()
	what := r.filterText()
	name := lang.L("Complaint register") + "-" + now.In(loc).Format("20060102-1504") + ".xlsx"
	return name, func(ctx context.Context) ([]byte, error) {
		var all []*data.Complaint
		for len(all) < exportMax {
			page, err := r.store.List(ctx, f)
			if err != nil {
				return nil, err
			}
			all = append(all, page...)
			if len(page) < f.Limit {
				break
			}
			f.Offset += f.Limit
		}
		office, err := r.store.OfficeProfile(ctx)
		if err != nil {
			return nil, err
		}
		return letters.RenderTableXLSX(registerTable(all, names, office.Name, what, now, loc))
	}, nil
}

// registerTable lays the complaints out as the workbook's rows.
func registerTable(cs []*data.Complaint, names *lookupNames, office, filter string, now time.Time, loc *time.Location) letters.Table {
	t := letters.Table{Sheet: lang.L("Complaint register"), Loc: loc,
		Title: []string{strings.TrimSpace(office + " " + lang.L("Complaint register")),
			lang.L("{{.Filter}} · {{.N}} complaints · exported {{.At}}",
				map[string]any{"Filter": filter, "N": len(cs), "At": formatTime(now, loc)})},
		Columns: []string{lang.L("Reference"), lang.L("Received"), lang.L("Channel"), lang.L("Complainant"),
			lang.L("Company / unit"), lang.L("Phone"), lang.L("Email"), lang.L("Subject"), lang.L("Category"),
			lang.L("Level"), lang.L("Status"), lang.L("Department"), lang.L("Also involved"), lang.L("Handler"), lang.L("Taken by"),
			lang.L("Acknowledge by"), lang.L("Acknowledged"), lang.L("Solution by"), lang.L("Resolved"),
			lang.L("Closed"), lang.L("Satisfaction"), lang.L("Next due"), lang.L("Overdue")}}
	when := func(p *time.Time) any {
		if p == nil {
			return time.Time{}
		}
		return *p
	}
	orNone := func(s string) string {
		if s == "—" {
			return ""
		}
		return s
	}
	for _, c := range cs {
		var level, rating any = "", ""
		if c.Level > 0 {
			level = c.Level
		}
		if c.Satisfaction > 0 {
			rating = c.Satisfaction
		}
		overdue := ""
		if c.Overdue(now) {
			overdue = lang.L("yes")
		}
		t.Rows = append(t.Rows, []any{c.Ref, c.ReceivedAt, channelLabel(c.Channel), c.Complainant.Name,
			c.Complainant.Company, c.Complainant.Phone, c.Complainant.Email, c.Subject,
			orNone(names.category(c.Category)), level, statusLabel(c.Status), orNone(names.department(c.Department)),
			departmentNames(c.Involved, names), orNone(names.user(c.Handler)), orNone(names.user(c.TakenBy)), when(c.DueAck), when(c.AcknowledgedAt),
			when(c.DueResolve), when(c.ResolvedAt), when(c.ClosedAt), rating, when(c.NextDue), overdue})
	}
	return t
}

// filterText says in words which complaints the filters select, for the export's title.
func (r *register) filterText() string {
	var parts []string
	if q := strings.TrimSpace(r.search.Text); q != "" {
		parts = append(parts, lang.L("search “{{.Text}}”", map[string]any{"Text": q}))
	}
	if r.personName != "" {
		parts = append(parts, r.personName)
	}
	for _, c := range []*choice{r.status, r.level, r.category, r.department, r.handler, r.channel, r.due} {
		if c.SelectedIndex() > 0 {
			parts = append(parts, labelled(c.PlaceHolder, c.Selected))
		}
	}
	for _, t := range []*tick{r.openOnly, r.overdue, r.unassessed, r.newReply} {
		if t.Checked {
			parts = append(parts, t.Text)
		}
	}
	from, to := strings.TrimSpace(r.from.Text), strings.TrimSpace(r.to.Text)
	if from != "" || to != "" {
		parts = append(parts, lang.L("received {{.From}} to {{.To}}", map[string]any{"From": from, "To": to}))
	}
	if len(parts) == 0 {
		return lang.L("All complaints")
	}
	return strings.Join(parts, lang.L("list.sep"))
}
