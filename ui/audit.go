package ui

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
	"complaintdesk/letters"
)

// auditStore is what the audit trail view needs from the case file.
type auditStore interface {
	AuditTrail(ctx context.Context, f data.AuditFilter) ([]data.AuditEntry, error)
	Users(ctx context.Context) ([]data.User, error)
	Departments(ctx context.Context) ([]data.Department, error)
	Categories(ctx context.Context) ([]data.Category, error)
	Complaint(ctx context.Context, ref string) (*data.Complaint, error)
	Calendar() *calendar.Calendar
}

// auditKinds are the kinds of record the trail can be narrowed to, in the order offered.
var auditKinds = []string{"complaint", "letter", "letter_pair", "evidence", "follow_up", "mail_message", "mail_account", "user",
	"department", "category", "sla_policy", "setting", "report"}

// auditPage is how many rows the view lists at a time; 更早的记录 lists the next as many.
const auditPage = 500

// auditView lists the audit trail: who changed what and when, newest first, narrowed by
// account, kind of record and complaint.
type auditView struct {
	desk  *Desk
	store auditStore
	view  fyne.CanvasObject

	names *lookupNames
	rows  []data.AuditEntry
	page  int              // rows listed at a time
	more  *widget.Button   // lists the next page of older rows
	shown data.AuditFilter // the selection listed, a complaint's looked up
	user  *choice
	kind  *choice
	ref   *entry
	count *widget.Label
	list  *widget.List
	msg   *para
}

func newAuditView(d *Desk, s auditStore) *auditView {
	v := &auditView{desk: d, store: s, ref: newEntry(), count: widget.NewLabel(""), msg: errorLabel(), page: auditPage,
		names: &lookupNames{categories: map[string]string{}, departments: map[string]string{}, users: map[string]string{}}}
	all := lang.L("All")
	v.user = newSelect([]string{all}, nil)
	v.user.PlaceHolder = lang.L("Account")
	kinds := []string{all}
	for _, k := range auditKinds {
		kinds = append(kinds, auditKindLabel(k))
	}
	v.kind = newSelect(kinds, nil)
	v.kind.PlaceHolder = lang.L("Kind of record")
	v.ref.SetPlaceHolder(lang.L("Reference number"))
	v.ref.OnSubmitted = func(string) { v.reload() }
	find := widget.NewButtonWithIcon(lang.L("Find"), theme.SearchIcon(), v.reload)
	v.list = widget.NewList(func() int { return len(v.rows) },
		func() fyne.CanvasObject {
			head := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			head.Truncation = fyne.TextTruncateEllipsis
			body := widget.NewLabel("")
			body.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(head, body)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			head, body := auditTexts(v.rows[i], v.names, v.store.Calendar().Location())
			box.Objects[0].(*widget.Label).SetText(head)
			box.Objects[1].(*widget.Label).SetText(body)
		})
	// A row too long for the list is read whole in a dialog.
	v.list.OnSelected = func(i widget.ListItemID) {
		v.list.Unselect(i)
		loc := v.store.Calendar().Location()
		head, _ := auditTexts(v.rows[i], v.names, loc)
		text := newPara(strings.Join(auditChangeList(entryChanges(v.rows[i]), v.names, loc), "\n"))
		dlg := dialog.NewCustom(head, lang.L("Close"), container.NewVScroll(text), d.win)
		size := d.win.Canvas().Size()
		dlg.Resize(fyne.NewSize(size.Width*0.6, size.Height*0.6))
		d.showDialog(dlg)
	}
	filters := container.NewBorder(nil, nil, nil, find,
		container.NewGridWithColumns(3, v.user, v.kind, v.ref))
	hint := newPara(lang.L("Every change is recorded with who made it and when, the latest first; complaintctl audit exports them all."))
	v.more = widget.NewButtonWithIcon(lang.L("Earlier changes"), theme.MoveDownIcon(), v.loadEarlier)
	v.more.Hide()
	v.view = container.NewBorder(container.NewVBox(heading(lang.L("Audit trail")), hint, filters, v.msg, v.count),
		container.NewCenter(v.more), nil, nil, v.list)
	return v
}

// filter is the selection the filters above the list make, with the complaint's reference
// number still to be looked up.
func (v *auditView) filter() (data.AuditFilter, string) {
	f := data.AuditFilter{Limit: v.page}
	if i := v.user.SelectedIndex(); i > 0 && i <= len(v.names.userList) {
		f.User = v.names.userList[i-1].Name
	}
	if i := v.kind.SelectedIndex(); i > 0 {
		f.Entity = auditKinds[i-1]
	}
	return f, strings.TrimSpace(v.ref.Text)
}

// loadEarlier adds the next page of older rows of the selection listed under them.
func (v *auditView) loadEarlier() {
	if len(v.rows) == 0 {
		return
	}
	f := v.shown
	f.Before = v.rows[len(v.rows)-1].ID
	var rows []data.AuditEntry
	v.desk.run(func(ctx context.Context) (err error) {
		rows, err = v.store.AuditTrail(ctx, f)
		return err
	}, unlessFailed(v.msg, func() {
		setError(v.msg, "")
		first := len(v.rows)
		v.rows = append(v.rows, rows...)
		v.showCount(len(rows) == v.page)
		v.list.Refresh()
		if len(rows) > 0 {
			v.list.ScrollTo(first)
		}
	}))
}

// showCount says how many rows are listed, and offers older ones while a page came back full.
func (v *auditView) showCount(more bool) {
	v.count.SetText(lang.L("{{.N}} changes", map[string]any{"N": len(v.rows)}))
	if more {
		v.more.Show()
	} else {
		v.more.Hide()
	}
}

func (v *auditView) reload() {
	f, ref := v.filter()
	var rows []data.AuditEntry
	var names *lookupNames
	v.desk.run(func(ctx context.Context) error {
		var err error
		if names, err = loadNames(ctx, v.store); err != nil {
			return err
		}
		if ref != "" {
			c, err := v.store.Complaint(ctx, ref)
			if err != nil {
				return err
			}
			f.ComplaintID = c.ID
		}
		rows, err = v.store.AuditTrail(ctx, f)
		return err
	}, unlessFailed(v.msg, func() {
		setError(v.msg, "")
		v.names, v.rows, v.shown = names, rows, f
		opts := []string{lang.L("All")}
		for _, u := range names.userList {
			opts = append(opts, u.DisplayName)
		}
		i := v.user.SelectedIndex()
		v.user.Options = opts
		if i >= len(opts) {
			i = 0
		}
		if i >= 0 {
			v.user.SetSelectedIndex(i)
		}
		v.showCount(len(rows) == v.page)
		v.list.Refresh()
		v.list.ScrollToTop()
	}))
}

func auditKindLabel(k string) string { return lang.X("audit.entity."+k, k) }

// auditTexts is a row of the trail in the clerk's language: when, who, which record and what
// was done; then what changed, field by field.
func auditTexts(a data.AuditEntry, names *lookupNames, loc *time.Location) (head, body string) {
	who := names.user(a.User)
	what := auditKindLabel(a.Entity)
	switch {
	case a.Entity == "complaint" && a.Ref != "":
		what += " " + a.Ref
	case a.Ref != "":
		what = withNote(what, a.Ref)
	case a.Entity == "user":
		// Accounts are named in their changes, not by a number.
		var acct struct{ Name string }
		if json.Unmarshal([]byte(a.Changes), &acct) == nil && acct.Name != "" {
			what += " " + names.user(acct.Name)
		}
	case a.EntityID > 0:
		what += fmt.Sprintf(" #%d", a.EntityID)
	}
	action := lang.X("audit.action."+a.Action, a.Action)
	if _, ok := actionEnglish[data.Action(a.Action)]; ok && a.Entity == "complaint" {
		action = actionLabel(data.Action(a.Action))
	}
	head = strings.Join([]string{formatTime(a.At, loc), who, what, action}, "  ")
	return head, auditChanges(entryChanges(a), names, loc)
}

// entryChanges are a row's changes as they are said: an account's name is its login, its
// display name a field of its own; a follow-up's result is what the complainant said then.
func entryChanges(a data.AuditEntry) string {
	switch a.Entity {
	case "user":
		return strings.Replace(a.Changes, `"name":`, `"login":`, 1)
	case "follow_up":
		return strings.Replace(a.Changes, `"result":`, `"follow_up_result":`, 1)
	}
	return a.Changes
}

// auditChanges says a row's changes as "field: old → new", fields in name order, the fields of
// a record inside (the complainant of a complaint) after its name. The time of the last change
// and the complaint's id are left out: every row has the one, and names the other.
func auditChanges(changes string, names *lookupNames, loc *time.Location) string {
	sep := lang.L("clause.sep")
	var b strings.Builder
	prev := ""
	for _, part := range auditChangeList(changes, names, loc) {
		// A value that ends a Chinese sentence (……说明结果。) needs no ；after it.
		if prev != "" && !(sep == "；" && strings.HasSuffix(prev, "。")) {
			b.WriteString(sep)
		}
		b.WriteString(part)
		prev = part
	}
	return b.String()
}

// auditChangeList is each change of a row as auditChanges says it.
func auditChangeList(changes string, names *lookupNames, loc *time.Location) []string {
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(changes), &m); err != nil {
		return []string{changes}
	}
	parts := auditFields(m, "", names, loc)
	if len(parts) == 0 {
		return []string{lang.L("(no field changed)")}
	}
	return parts
}

func auditFields(m map[string]json.RawMessage, prefix string, names *lookupNames, loc *time.Location) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		if k != "updated_at" && k != "complaint_id" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var parts []string
	for _, key := range keys {
		raw, k := m[key], snakeCase(key)
		name := prefix + auditFieldName(k)
		inner := auditRecord(raw)
		if inner != nil {
			// Fields of the office profile as early versions kept it: its name is the office's.
			if n, ok := inner["name"]; ok && k == data.SettingOffice {
				delete(inner, "name")
				inner["office_name"] = n
			}
			parts = append(parts, auditFields(inner, name+" ", names, loc)...)
			continue
		}
		var pair []json.RawMessage
		if json.Unmarshal(raw, &pair) == nil && len(pair) == 2 {
			// A field that stayed as it was (a deadline kept when a contact was logged) is no change.
			if !bytes.Equal(pair[0], pair[1]) {
				parts = append(parts, labelled(name, auditValue(k, pair[0], names, loc)+" → "+auditValue(k, pair[1], names, loc)))
			}
			continue
		}
		// A record written is listed by the fields it has: one left empty says nothing, nor does
		// the server position of mail saved as a file, which earlier versions wrote as UID 0.
		if k == "uid" && string(raw) == "0" {
			continue
		}
		if v := auditValue(k, raw, names, loc); v != "—" {
			parts = append(parts, labelled(name, v))
		}
	}
	return parts
}

// auditRecord reads a value that is a record of fields of its own (a complainant inside a
// complaint; a setting kept as JSON text, as the office profile was); nil for any other value.
func auditRecord(raw json.RawMessage) map[string]json.RawMessage {
	var inner map[string]json.RawMessage
	if json.Unmarshal(raw, &inner) == nil {
		return inner
	}
	var text string
	if json.Unmarshal(raw, &text) == nil && strings.HasPrefix(text, "{") && json.Unmarshal([]byte(text), &inner) == nil {
		return inner
	}
	return nil
}

// auditFieldName is the name of a field in the clerk's language; a letter template's setting is
// named by the letter and its language.
func auditFieldName(k string) string {
	if rest, ok := strings.CutPrefix(k, "letter_template."); ok {
		if kind, l, ok := strings.Cut(rest, "."); ok {
			return lang.L("Letter template {{.Kind}} ({{.Language}})", map[string]any{
				"Kind": letterKindLabel(letters.Kind(kind)), "Language": fallback(languageName[l], l)})
		}
	}
	return fieldName(k)
}

// reBytes is how the trail keeps a value too long to keep: by its size.
var reBytes = regexp.MustCompile(`^\((\d+) bytes\)$`)

// auditValue is one value of a change: times (stored as seconds) as dates; statuses, channels,
// categories, departments and accounts by their names; empty values as a dash.
func auditValue(field string, raw json.RawMessage, names *lookupNames, loc *time.Location) string {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return string(raw)
	}
	switch x := v.(type) {
	case nil:
		return "—"
	case string:
		if x == "" {
			return "—"
		}
		if m := reBytes.FindStringSubmatch(x); m != nil {
			return lang.L("{{.N}} bytes", map[string]any{"N": m[1]})
		}
		switch field {
		case "status":
			return statusLabel(data.Status(x))
		case "state":
			return mailStateLabel(data.MailState(x))
		case "error":
			return mailProblemText(x)
		case "identity":
			// A message is known by its Message-ID, or by a hash of its bytes when it has none.
			if id, ok := strings.CutPrefix(x, "mid:"); ok {
				if i := strings.LastIndexByte(id, '#'); i > 0 {
					id = id[:i]
				}
				return "<" + id + ">"
			}
		case "kind":
			return letterKindLabel(letters.Kind(x))
		case "lang", data.SettingLanguage:
			return fallback(languageName[x], x)
		case "role":
			return roleLabel(data.Role(x))
		case "security":
			if i := slices.Index(securities, data.MailSecurity(x)); i >= 0 {
				return securityLabels()[i]
			}
		case "after_import":
			if i := slices.Index(afterImports, data.AfterImport(x)); i >= 0 {
				return afterImportLabels()[i]
			}
		case "channel":
			return channelLabel(data.Channel(x))
		case "category":
			return names.category(x)
		case "department":
			return names.department(x)
		case "involved":
			return departmentNames(strings.Fields(x), names)
		case "handler", "taken_by":
			return names.user(x)
		}
		return x
	case float64:
		switch n := int(x); {
		case field == "level" && n >= 1 && n <= 3:
			return levelLabel(n)
		case field == "satisfaction" && n >= 1 && n <= 5:
			return ratingLabel(n)
		case field == "tier" && n >= 1:
			return tierLabel(n)
		case (field == "level" || field == "satisfaction") && n == 0:
			return "—"
		}
		if strings.HasSuffix(field, "_id") {
			// A record named by its number: the message, the evidence, the letter.
			return fmt.Sprintf("#%.0f", x)
		}
		if strings.HasSuffix(field, "_at") || strings.HasPrefix(field, "due_") || field == "next_due" || field == "last_contact" ||
			field == "since" || field == "sla_start" {
			return formatTime(time.Unix(int64(x), 0), loc)
		}
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return strconv.FormatInt(int64(x), 10) // a count or a size, not 1.7917e+09
		}
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		if x {
			return lang.L("yes")
		}
		return lang.L("no")
	}
	b, _ := json.Marshal(v)
	return string(b)
}
