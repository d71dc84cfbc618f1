package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

var codePattern = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,31}$`)

// Departments lists the departments, active first.
func (s *Store) Departments(ctx context.Context) ([]Department, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT code, name, active FROM departments ORDER BY active DESC, code`)
	if err != nil {
		return nil, fmt.Errorf("store: departments: %w", err)
	}
	defer rows.Close()
	var out []Department
	for rows.Next() {
		var d Department
		if err := rows.Scan(&d.Code, &d.Name, &d.Active); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Categories lists the categories, active first.
func (s *Store) Categories(ctx context.Context) ([]Category, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT code, name, active FROM categories ORDER BY active DESC, rowid`)
	if err != nil {
		return nil, fmt.Errorf("store: categories: %w", err)
	}
	defer rows.Close()
	var out []Category
	for rows.Next() {
		var c Category
		if err := rows.Scan(&c.Code, &c.Name, &c.Active); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func saveCodeName(ctx context.Context, s *Store, table, field, code, name string, active bool) error {
	code = strings.TrimSpace(code)
	if !codePattern.MatchString(code) {
		return invalid("code", field, map[string]any{"Value": code},
			"%s code %q must be lower-case letters, digits, - or _ (at most 32)", field, code)
	}
	// The name of a department or category, not a person's (field "name").
	if err := checkText("entry_name", name, MaxName, true); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Conn) error {
		if err := maySetUp(ctx, tx); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO `+table+` (code, name, active) VALUES (?, ?, ?)
			ON CONFLICT (code) DO UPDATE SET name = excluded.name, active = excluded.active`, code, strings.TrimSpace(name), active)
		if err != nil {
			if strings.Contains(err.Error(), "UNIQUE") {
				return problem(ErrConflict, "duplicate_name", field, map[string]any{"Value": name}, "%s name %q is already used", field, name)
			}
			return err
		}
		return audit(ctx, tx, s.now(ctx), field, 0, "save", map[string]any{"code": code, "name": name, "active": active})
	})
}

// SaveDepartment creates or renames a department; inactive ones stay on old cases.
func (s *Store) SaveDepartment(ctx context.Context, d Department) error {
	return saveCodeName(ctx, s, "departments", "department", d.Code, d.Name, d.Active)
}

// SaveCategory creates or renames a category.
func (s *Store) SaveCategory(ctx context.Context, c Category) error {
	return saveCodeName(ctx, s, "categories", "category", c.Code, c.Name, c.Active)
}

// englishNames are the English names of the shipped categories and departments (DESIGN §1.2),
// accepted wherever a code or Chinese name is.
var englishNames = map[string]string{
	"service attitude": "service", "product quality": "quality", "engineering quality": "quality",
	"product/engineering quality": "quality", "delivery delay": "delay", "fees": "fees", "price": "fees",
	"fees/price": "fees", "contract": "contract", "facilities": "facilities", "environment": "environment",
	"catering": "catering", "equipment": "equipment", "other": "other",
	"customer service": "service", "engineering": "engineering", "security": "security",
	"cleaning": "cleaning", "finance": "finance", "conference services": "conference",
}

// resolveCode finds a code in table by code, display name or English name (the CLI and the
// demo accept all three). A code no longer in use is refused, unless it is one the record
// keeps (keep).
func resolveCode(ctx context.Context, q querier, table, field, v string, keep ...string) (string, error) {
	v = strings.TrimSpace(v)
	if code, ok := englishNames[strings.ToLower(v)]; ok {
		v = code
	}
	var code, name string
	var active bool
	err := q.QueryRowContext(ctx, `SELECT code, name, active FROM `+table+` WHERE code = ? OR name = ?`, v, v).Scan(&code, &name, &active)
	if errors.Is(err, sql.ErrNoRows) {
		return "", invalid("unknown_"+field, field, map[string]any{"Value": v}, "unknown %s %q", field, v)
	}
	if err == nil && !active && !slices.Contains(keep, code) {
		return "", invalid("inactive_"+field, field, map[string]any{"Value": name},
			"%s %q is no longer in use (inactive)", field, name)
	}
	return code, err
}

// resolveInvolved reads the departments a complaint involves, given by code or name, into
// their codes, each once. A department no longer in use stays on a complaint it was on (was).
func resolveInvolved(ctx context.Context, q querier, given, was []string) ([]string, error) {
	var out []string
	for _, v := range given {
		if strings.TrimSpace(v) == "" {
			continue
		}
		code, err := resolveCode(ctx, q, "departments", "department", v, was...)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	return out, nil
}

// Users lists the accounts.
func (s *Store) Users(ctx context.Context) ([]User, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT name, display_name, tier, role, department, active, password_hash <> ''
		FROM users ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: users: %w", err)
	}
	defer rows.Close()
	var out []User
	for rows.Next() {
		var u User
		var role string
		if err := rows.Scan(&u.Name, &u.DisplayName, &u.Tier, &role, &u.Department, &u.Active, &u.HasPassword); err != nil {
			return nil, err
		}
		u.Role = Role(role)
		out = append(out, u)
	}
	return out, rows.Err()
}

// SaveUser creates or updates an account, as an administrator does. Display names are unique,
// as cases name their handler by it, and the last active administrator stays one.
func (s *Store) SaveUser(ctx context.Context, u User) error {
	u.Name, u.DisplayName = strings.TrimSpace(u.Name), strings.TrimSpace(u.DisplayName)
	if !codePattern.MatchString(u.Name) {
		return invalid("login", "user", map[string]any{"Value": u.Name},
			"user name %q must be lower-case letters, digits, - or _ (at most 32)", u.Name)
	}
	if err := checkText("display_name", u.DisplayName, MaxName, true); err != nil {
		return err
	}
	if u.Tier < 1 || u.Tier > 3 {
		return invalid("tier_range", "tier", map[string]any{"Value": u.Tier}, "tier must be 1 to 3, got %d", u.Tier)
	}
	switch u.Role {
	case RoleClerk, RoleSupervisor, RoleDirector, RoleAdmin:
	default:
		return invalid("role", "role", map[string]any{"Value": string(u.Role)}, "unknown role %q", u.Role)
	}
	return s.write(ctx, func(tx *sql.Conn) error {
		if err := mayManageAccounts(ctx, tx, ""); err != nil {
			return err
		}
		if u.Department != "" {
			if err := checkCode(ctx, tx, "departments", "department", u.Department); err != nil {
				return err
			}
		}
		var other string
		err := tx.QueryRowContext(ctx, `SELECT name FROM users WHERE (display_name = ? OR name = ?) AND name <> ?`,
			u.DisplayName, u.DisplayName, u.Name).Scan(&other)
		if err == nil {
			return problem(ErrConflict, "duplicate_user", "display_name", map[string]any{"Value": u.DisplayName, "User": other},
				"display name %q is already used by %s", u.DisplayName, other)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if u.Role != RoleAdmin || !u.Active {
			var admins int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1 AND name <> ?`,
				u.Name).Scan(&admins); err != nil {
				return err
			}
			var wasAdmin bool
			if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM users WHERE name = ? AND role = 'admin' AND active = 1)`,
				u.Name).Scan(&wasAdmin); err != nil {
				return err
			}
			if wasAdmin && admins == 0 {
				return forbidden("last_admin", "role", map[string]any{"Value": u.Name},
					"%s is the last active administrator", u.Name)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO users (name, display_name, tier, role, department, active)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET display_name = excluded.display_name,
			tier = excluded.tier, role = excluded.role, department = excluded.department, active = excluded.active`,
			u.Name, u.DisplayName, u.Tier, string(u.Role), u.Department, u.Active); err != nil {
			return err
		}
		return audit(ctx, tx, s.now(ctx), "user", 0, "save", map[string]any{"name": u.Name, "display_name": u.DisplayName,
			"tier": u.Tier, "role": u.Role, "department": u.Department, "active": u.Active})
	})
}

// resolveUser finds an account by login or display name. An inactive account is refused
// unless it is keep, the one already there.
func resolveUser(ctx context.Context, q querier, v, keep string) (string, error) {
	v = strings.TrimSpace(v)
	var name, display string
	var active bool
	err := q.QueryRowContext(ctx, `SELECT name, display_name, active FROM users WHERE name = ? OR display_name = ?`, v, v).
		Scan(&name, &display, &active)
	if errors.Is(err, sql.ErrNoRows) {
		return "", invalid("unknown_user", "handler", map[string]any{"Value": v}, "unknown user %q", v)
	}
	if err == nil && !active && name != keep {
		return "", invalid("inactive_user", "handler", map[string]any{"Value": display},
			"the account of %s is inactive", display)
	}
	return name, err
}
