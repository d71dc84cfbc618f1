package data

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// ListFilter selects, orders and pages the register. Zero fields do not filter.
type ListFilter struct {
	Query         string // text search over subject, description and complainant
	Statuses      []Status
	OpenOnly      bool
	Level         int
	Category      string
	Department    string // responsible for the complaint, or involved in it
	Handler       string
	Channel       Channel
	ComplainantID int64
	Overdue       bool          // the next deadline has passed
	DueWithin     time.Duration // the next deadline falls within this time from now (not overdue)
	Unassessed    bool          // awaiting assessment
	NewReply      bool          // a reply arrived since the last contact
	ReceivedFrom  time.Time
	ReceivedTo    time.Time // exclusive

	Sort   SortKey
	Desc   bool
	Limit  int // default 50, at most 1000
	Offset int
}

// SortKey is a register column the list can be ordered by.
type SortKey string

const (
	SortReceived   SortKey = "received"
	SortRef        SortKey = "ref"
	SortNextDue    SortKey = "next_due"
	SortLevel      SortKey = "level"
	SortStatus     SortKey = "status"
	SortUpdated    SortKey = "updated"
	SortDepartment SortKey = "department"
)

var sortColumns = map[SortKey]string{
	SortReceived:   "c.received_at",
	SortRef:        "c.ref",
	SortNextDue:    "COALESCE(c.next_due, 253402300799)", // no deadline sorts last; indexed
	SortLevel:      "c.level",
	SortStatus:     "c.status",
	SortUpdated:    "c.updated_at",
	SortDepartment: "c.department",
}

// refTerm is a search term that is a reference number, as written in letters and email
// subjects: "TS-2026-000123", "ts-2026-000123", "[TS-2026-000123]".
var refTerm = regexp.MustCompile(`(?i)^[\[【]?` + refPrefix + `-\d{4}-\d{6}[\]】]?$`)

// refNumberTerm is a search term that is a reference's number without its prefix, with or
// without its year: "301", "000301", "2026-000301".
var refNumberTerm = regexp.MustCompile(`^(?:(\d{4})-)?(\d{1,6})$`)

// refPattern is the GLOB pattern of the references a search term numbers, if it does.
func refPattern(term string) (string, bool) {
	m := refNumberTerm.FindStringSubmatch(term)
	if m == nil {
		return "", false
	}
	n, err := strconv.Atoi(m[2])
	if err != nil || n == 0 {
		return "", false
	}
	year := m[1]
	if year == "" {
		year = "[0-9][0-9][0-9][0-9]"
	}
	return fmt.Sprintf("%s-%s-%0*d", refPrefix, year, refDigits, n), true
}

// NamesRef reports whether a search term names the complaint ref: its reference, or its
// number without the prefix (301, 000301, 2026-000301).
func NamesRef(term, ref string) bool {
	term = width.Fold.String(strings.TrimSpace(term))
	if refTerm.MatchString(term) {
		return strings.EqualFold(strings.Trim(term, "[]【】"), ref)
	}
	pattern, ok := refPattern(term)
	if !ok {
		return false
	}
	matched, err := path.Match(pattern, ref)
	return err == nil && matched
}

// where builds the WHERE clause of f at now.
func (f *ListFilter) where(now time.Time) (string, []any, error) {
	var conds []string
	var args []any
	add := func(cond string, a ...any) {
		conds = append(conds, cond)
		args = append(args, a...)
	}
	for _, term := range strings.Fields(f.Query) {
		var cond string
		var a []any
		// A reference typed in full-width letters and digits, as a Chinese input method may type
		// it, is that reference.
		narrow := width.Fold.String(term)
		switch n := utf8.RuneCountInString(term); {
		case refTerm.MatchString(narrow):
			// A reference number finds its case, and the cases whose text names it.
			ref := strings.ToUpper(strings.Trim(narrow, "[]【】"))
			cond, a = `c.ref = ? OR c.id IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?)`, []any{ref, `"` + ref + `"`}
		case n >= 3:
			cond, a = `c.id IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?)`,
				[]any{`"` + strings.ReplaceAll(term, `"`, `""`) + `"`}
		case n == 2 && Bigrams(term) == strings.ToLower(term):
			cond, a = `c.id IN (SELECT rowid FROM complaints_bigrams WHERE complaints_bigrams MATCH ?)`, []any{`"` + strings.ToLower(term) + `"`}
		default:
			like := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(term) + "%"
			cond, a = `c.subject LIKE ? ESCAPE '\' OR c.description LIKE ? ESCAPE '\' OR p.name LIKE ? ESCAPE '\'
				OR p.company LIKE ? ESCAPE '\' OR p.phone LIKE ? ESCAPE '\' OR p.email LIKE ? ESCAPE '\'`,
				[]any{like, like, like, like, like, like}
		}
		// The number of a reference alone (301, 000301, 2026-000301) finds its case too.
		if pattern, ok := refPattern(narrow); ok {
			cond, a = `c.ref GLOB ? OR `+cond, append([]any{pattern}, a...)
		}
		add("("+cond+")", a...)
	}
	if len(f.Statuses) > 0 {
		ph := make([]string, len(f.Statuses))
		for i, st := range f.Statuses {
			ph[i] = "?"
			args = append(args, string(st))
		}
		conds = append(conds, "c.status IN ("+strings.Join(ph, ", ")+")")
	}
	if f.OpenOnly {
		// Listing the open statuses lets the status index answer.
		add("c.status IN ('registered', 'acknowledged', 'in_progress', 'resolved', 'reopened')")
	}
	if f.Level != 0 {
		if f.Level < 0 || f.Level > 3 {
			return "", nil, invalid("level_range", "level", map[string]any{"Value": f.Level}, "level must be 1, 2 or 3, got %d", f.Level)
		}
		add("c.level = ?", f.Level)
	}
	if f.Category != "" {
		add("c.category = ?", f.Category)
	}
	if f.Department != "" {
		// Codes hold "_", which LIKE would take for any character.
		like := "% " + strings.NewReplacer(`\`, `\\`, "_", `\_`, "%", `\%`).Replace(f.Department) + " %"
		add(`(c.department = ? OR ' ' || c.involved || ' ' LIKE ? ESCAPE '\')`, f.Department, like)
	}
	if f.Handler != "" {
		add("c.handler = ?", f.Handler)
	}
	if f.Channel != "" {
		add("c.channel = ?", string(f.Channel))
	}
	if f.ComplainantID != 0 {
		add("c.complainant_id = ?", f.ComplainantID)
	}
	if f.Overdue {
		add("c.next_due < ?", now.Unix())
	}
	if f.DueWithin > 0 {
		add("c.next_due >= ? AND c.next_due < ?", now.Unix(), now.Add(f.DueWithin).Unix())
	}
	if f.Unassessed {
		// A repeat complaint is registered at its level already (level 2 at least), its
		// category and validity still to be assessed.
		add("(c.level = 0 OR COALESCE(c.category, '') = '') AND c.status IN ('registered', 'acknowledged')")
	}
	if f.NewReply {
		add("c.has_new_reply = 1")
	}
	if !f.ReceivedFrom.IsZero() {
		add("c.received_at >= ?", f.ReceivedFrom.Unix())
	}
	if !f.ReceivedTo.IsZero() {
		add("c.received_at < ?", f.ReceivedTo.Unix())
	}
	if len(conds) == 0 {
		return "", args, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

// List returns one page of the register.
func (s *Store) List(ctx context.Context, f ListFilter) ([]*Complaint, error) {
	where, args, err := f.where(s.now(ctx))
	if err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	col, ok := sortColumns[f.Sort]
	if f.Sort == "" {
		col, ok, f.Desc = sortColumns[SortReceived], true, true
	}
	if !ok {
		return nil, fmt.Errorf("store: list: %w", invalid("sort", "sort", map[string]any{"Value": string(f.Sort)}, "unknown sort %q", f.Sort))
	}
	dir := " ASC"
	if f.Desc {
		dir = " DESC"
	}
	order := col + dir + ", c.id" + dir
	if f.Limit <= 0 {
		f.Limit = 50
	}
	if f.Limit > 1000 {
		f.Limit = 1000
	}
	// The page is chosen on ids alone, so that the sort carries no text; then its rows are read.
	from := ` FROM complaints c`
	if strings.Contains(where, "p.") {
		from += ` JOIN complainants p ON p.id = c.complainant_id`
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+complaintColumns+complaintFrom+` WHERE c.id IN (SELECT c.id`+
		from+where+` ORDER BY `+order+` LIMIT ? OFFSET ?) ORDER BY `+order, append(args, f.Limit, f.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	defer rows.Close()
	var out []*Complaint
	for rows.Next() {
		c, err := scanComplaint(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Count is how many complaints f selects (ignoring its paging).
func (s *Store) Count(ctx context.Context, f ListFilter) (int, error) {
	where, args, err := f.where(s.now(ctx))
	if err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	from := ` FROM complaints c`
	if strings.Contains(where, "p.") {
		from += ` JOIN complainants p ON p.id = c.complainant_id`
	}
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*)`+from+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}
