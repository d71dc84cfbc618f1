package data

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"complaintdesk/data/calendar"
)

// Setting keys.
const (
	SettingOffice       = "office"
	SettingCalendar     = "calendar"      // cn-mainland.json format, replaces the shipped one
	SettingWorkingHours = "working_hours" // JSON [7][][2]string of "HH:MM"
	SettingLanguage     = "language"
	SettingPhrases      = "phrases" // JSON Phrases
)

// Setting reads one setting; "" when unset.
func (s *Store) Setting(ctx context.Context, key string) (string, error) {
	return setting(ctx, s.r, key)
}

// setting reads one setting through q (inside a transaction, say).
func setting(ctx context.Context, q querier, key string) (string, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: setting %s: %w", key, err)
	}
	return v, nil
}

// SetSetting writes one setting.
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	err := s.write(ctx, func(tx *sql.Conn) error {
		if err := maySetUp(ctx, tx); err != nil {
			return err
		}
		return setSetting(ctx, tx, s.now(ctx), key, value)
	})
	if err != nil {
		return fmt.Errorf("store: set %s: %w", key, err)
	}
	return nil
}

func setSetting(ctx context.Context, tx *sql.Conn, now time.Time, key, value string) error {
	old, err := setting(ctx, tx, key)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value); err != nil {
		return err
	}
	return audit(ctx, tx, now, "setting", 0, "set", map[string]any{key: settingChange(key, old, value)})
}

// maxLogged is the longest setting value the audit trail keeps as it is; a longer one (a
// calendar, a letter template) is kept by its size.
const maxLogged = 200

// settingChange is what the audit trail keeps of a setting changed from old to value: both
// values, or their sizes when either is long; the office profile field by field, the fields
// that changed, its logo by size.
func settingChange(key, old, value string) any {
	if key == SettingOffice {
		var o, n Office
		if (old == "" || json.Unmarshal([]byte(old), &o) == nil) && json.Unmarshal([]byte(value), &n) == nil {
			fields := map[string]any{}
			for _, f := range []struct {
				name     string
				old, new string
			}{{"office_name", o.Name, n.Name}, {"dept", o.Dept, n.Dept}, {"address", o.Address, n.Address},
				{"phone", o.Phone, n.Phone}, {"email", o.Email, n.Email}} {
				if f.old != f.new {
					fields[f.name] = [2]string{f.old, f.new}
				}
			}
			if !bytes.Equal(o.Logo, n.Logo) {
				fields["logo"] = [2]string{loggedSize(len(o.Logo)), loggedSize(len(n.Logo))}
			}
			return fields
		}
	}
	if len(old) > maxLogged || len(value) > maxLogged {
		return [2]string{loggedSize(len(old)), loggedSize(len(value))}
	}
	return [2]string{old, value}
}

// loggedSize is how the audit trail keeps a value too long to keep: by its size; none by "".
func loggedSize(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("(%d bytes)", n)
}

// Office is the office profile printed on letterheads.
type Office struct {
	Name    string `json:"name"`
	Dept    string `json:"dept"` // the department that signs letters, e.g. 客户服务部
	Address string `json:"address"`
	Phone   string `json:"phone"`
	Email   string `json:"email"`
	Logo    []byte `json:"logo,omitempty"` // PNG or JPEG
}

// OfficeProfile reads the office profile; a zero Office when none was set.
func (s *Store) OfficeProfile(ctx context.Context) (Office, error) {
	return officeProfile(ctx, s.r)
}

func officeProfile(ctx context.Context, q querier) (Office, error) {
	var o Office
	v, err := setting(ctx, q, SettingOffice)
	if err != nil || v == "" {
		return o, err
	}
	if err := json.Unmarshal([]byte(v), &o); err != nil {
		return o, fmt.Errorf("store: office profile: %w", err)
	}
	return o, nil
}

// SetOfficeProfile saves the office profile.
func (s *Store) SetOfficeProfile(ctx context.Context, o Office) error {
	for _, err := range []error{checkText("office_name", o.Name, MaxShort, true), checkText("address", o.Address, MaxAddress, false),
		checkText("phone", o.Phone, MaxShort, false), CheckPhone(o.Phone), CheckEmail(o.Email)} {
		if err != nil {
			return err
		}
	}
	b, err := json.Marshal(o)
	if err != nil {
		return err
	}
	return s.SetSetting(ctx, SettingOffice, string(b))
}

// Calendar is the working calendar in force.
func (s *Store) Calendar() *calendar.Calendar {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cal
}

func (s *Store) loadCalendar(ctx context.Context) error {
	cal := calendar.Default()
	custom, err := s.Setting(ctx, SettingCalendar)
	if err != nil {
		return err
	}
	if custom != "" {
		if cal, err = calendar.Parse([]byte(custom)); err != nil {
			return fmt.Errorf("store: saved calendar: %w", err)
		}
	}
	hours, err := s.Setting(ctx, SettingWorkingHours)
	if err != nil {
		return err
	}
	if hours != "" {
		week, err := ParseWeek(hours)
		if err != nil {
			return fmt.Errorf("store: saved working hours: %w", err)
		}
		if err := cal.SetWeek(week); err != nil {
			return fmt.Errorf("store: saved working hours: %w", err)
		}
	}
	s.mu.Lock()
	s.cal = cal
	s.mu.Unlock()
	return nil
}

// ImportCalendar merges a cn-mainland.json-format file (e.g. next year's holidays) into the
// calendar in force and saves it. Due times of open complaints are not moved.
func (s *Store) ImportCalendar(ctx context.Context, jsonBytes []byte) error {
	cal, err := calendar.Parse(mustJSON(s.Calendar()))
	if err != nil {
		return err
	}
	if err := cal.Merge(jsonBytes); err != nil {
		return invalid("calendar", "calendar", map[string]any{"Error": err.Error()}, "calendar file: %v", err)
	}
	cal.SetWeek(s.Calendar().Week())
	b, err := cal.JSON()
	if err != nil {
		return err
	}
	if err := s.SetSetting(ctx, SettingCalendar, string(b)); err != nil {
		return err
	}
	return s.loadCalendar(ctx)
}

func mustJSON(c *calendar.Calendar) []byte {
	b, err := c.JSON()
	if err != nil {
		panic(err)
	}
	return b
}

// ParseWeek reads working hours saved as JSON: seven lists (Sunday first) of ["HH:MM","HH:MM"].
func ParseWeek(v string) ([7][]calendar.Period, error) {
	var week [7][]calendar.Period
	var raw [7][][2]string
	if err := json.Unmarshal([]byte(v), &raw); err != nil {
		return week, invalid("working_hours", "working_hours", nil, "working hours: %v", err)
	}
	for d, periods := range raw {
		for _, p := range periods {
			a, errA := parseClock(p[0])
			b, errB := parseClock(p[1])
			if errA != nil || errB != nil {
				return week, invalid("working_hours", "working_hours", map[string]any{"Value": p[0] + "-" + p[1]},
					"working hours: bad period %s-%s", p[0], p[1])
			}
			week[d] = append(week[d], calendar.Period{Start: a, End: b})
		}
	}
	return week, nil
}

// FormatWeek is the inverse of ParseWeek.
func FormatWeek(week [7][]calendar.Period) string {
	var raw [7][][2]string
	for d, periods := range week {
		raw[d] = [][2]string{}
		for _, p := range periods {
			raw[d] = append(raw[d], [2]string{formatClock(p.Start), formatClock(p.End)})
		}
	}
	b, _ := json.Marshal(raw)
	return string(b)
}

func parseClock(s string) (time.Duration, error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		if strings.TrimSpace(s) == "24:00" {
			return 24 * time.Hour, nil
		}
		return 0, err
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
}

func formatClock(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

// SetWorkingHours validates and saves the weekly working periods.
func (s *Store) SetWorkingHours(ctx context.Context, week [7][]calendar.Period) error {
	probe, err := calendar.Parse(mustJSON(s.Calendar()))
	if err != nil {
		return err
	}
	if err := probe.SetWeek(week); err != nil {
		return invalid("working_hours", "working_hours", map[string]any{"Error": err.Error()}, "working hours: %v", err)
	}
	if err := s.SetSetting(ctx, SettingWorkingHours, FormatWeek(week)); err != nil {
		return err
	}
	return s.loadCalendar(ctx)
}

// Policies lists the SLA policies.
func (s *Store) Policies(ctx context.Context) ([]Policy, error) {
	return policies(ctx, s.r)
}

func policies(ctx context.Context, q querier) ([]Policy, error) {
	rows, err := q.QueryContext(ctx, `SELECT category, level, acknowledge, resolve, progress, followup
		FROM sla_policies ORDER BY category, level`)
	if err != nil {
		return nil, fmt.Errorf("store: policies: %w", err)
	}
	defer rows.Close()
	var out []Policy
	for rows.Next() {
		var p Policy
		if err := rows.Scan(&p.Category, &p.Level, &p.Acknowledge, &p.Resolve, &p.Progress, &p.FollowUp); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// policy picks the policy for a category and level from the policies cached at the last change.
func (s *Store) policy(ctx context.Context, q querier, category string, level int) (Policy, error) {
	s.mu.RLock()
	ps := s.policies
	s.mu.RUnlock()
	if ps == nil {
		var err error
		if ps, err = policies(ctx, q); err != nil {
			return Policy{}, err
		}
		s.mu.Lock()
		s.policies = ps
		s.mu.Unlock()
	}
	return pickPolicy(ps, category, level), nil
}

func (s *Store) forgetPolicies() {
	s.mu.Lock()
	s.policies = nil
	s.mu.Unlock()
}

// SetPolicy creates or replaces the policy for p.Category × p.Level.
func (s *Store) SetPolicy(ctx context.Context, p Policy) error {
	if err := p.Validate(); err != nil {
		return err
	}
	defer s.forgetPolicies()
	return s.write(ctx, func(tx *sql.Conn) error {
		if err := maySetUp(ctx, tx); err != nil {
			return err
		}
		if p.Category != "" {
			if err := checkCode(ctx, tx, "categories", "category", p.Category); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO sla_policies (category, level, acknowledge, resolve, progress, followup)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (category, level) DO UPDATE SET acknowledge = excluded.acknowledge,
			resolve = excluded.resolve, progress = excluded.progress, followup = excluded.followup`,
			p.Category, p.Level, p.Acknowledge, p.Resolve, p.Progress, p.FollowUp); err != nil {
			return err
		}
		return audit(ctx, tx, s.now(ctx), "sla_policy", 0, "set", p)
	})
}

// DeletePolicy removes a specific policy; the default (category "", level 0) stays.
func (s *Store) DeletePolicy(ctx context.Context, category string, level int) error {
	if category == "" && level == 0 {
		return forbidden("default_policy", "policy", nil, "the default policy cannot be deleted")
	}
	defer s.forgetPolicies()
	return s.write(ctx, func(tx *sql.Conn) error {
		if err := maySetUp(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sla_policies WHERE category = ? AND level = ?`, category, level); err != nil {
			return err
		}
		return audit(ctx, tx, s.now(ctx), "sla_policy", 0, "delete", map[string]any{"category": category, "level": level})
	})
}

// checkCode verifies that code exists in table (categories or departments).
func checkCode(ctx context.Context, q querier, table, field, code string) error {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table+` WHERE code = ?`, code).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return invalid("unknown_"+field, field, map[string]any{"Value": code}, "unknown %s %q", field, code)
	}
	return nil
}
