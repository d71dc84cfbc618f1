package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// MinPassword is the fewest characters a password has.
const MinPassword = 8

// ErrSignIn is a sign-in refused: no such active account, or the wrong password. It does not
// say which, so that account names cannot be found by trying.
var ErrSignIn = errors.New("wrong account or password")

// mayManageAccounts refuses a change of accounts by an account that is not an active
// administrator; an account may set its own password (own). Work not done as an account (the
// system, a script) may.
func mayManageAccounts(ctx context.Context, q querier, own string) error {
	if own != "" && Actor(ctx) == own {
		return nil
	}
	return administrator(ctx, q, "admin_only", "user", "only an administrator manages accounts")
}

// maySetUp refuses a change of the office's set-up (its profile, departments, categories,
// deadlines, calendar, templates, language, mailbox) by an account that is not an active
// administrator.
func maySetUp(ctx context.Context, q querier) error {
	return administrator(ctx, q, "admin_only_settings", "settings", "only an administrator changes the settings")
}

func administrator(ctx context.Context, q querier, code, field, msg string) error {
	actor := Actor(ctx)
	var role string
	var active bool
	err := q.QueryRowContext(ctx, `SELECT role, active FROM users WHERE name = ?`, actor).Scan(&role, &active)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	if Role(role) != RoleAdmin || !active {
		return forbidden(code, field, map[string]any{"User": actor}, "%s (%s is not one)", msg, actor)
	}
	return nil
}

// SetPassword sets the password of an account, or with "" takes it away. The password is kept
// as a bcrypt hash; the audit trail records that it changed, not what to. Administrators set
// any account's; an account its own.
func (s *Store) SetPassword(ctx context.Context, name, password string) error {
	var hash []byte
	if password != "" {
		if n := utf8.RuneCountInString(password); n < MinPassword {
			return fmt.Errorf("store: password: %w", invalid("password_short", "password", map[string]any{"Min": MinPassword},
				"a password has at least %d characters", MinPassword))
		}
		if len(password) > 72 {
			return fmt.Errorf("store: password: %w", invalid("password_long", "password", map[string]any{"Max": 72},
				"a password has at most 72 bytes"))
		}
		var err error
		if hash, err = bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost); err != nil {
			return fmt.Errorf("store: password: %w", err)
		}
	}
	err := s.write(ctx, func(tx *sql.Conn) error {
		if err := mayManageAccounts(ctx, tx, name); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ? WHERE name = ?`, string(hash), name)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return notFound("user", name)
		}
		action := "password_set"
		if password == "" {
			action = "password_cleared"
		}
		return audit(ctx, tx, s.now(ctx), "user", 0, action, map[string]any{"name": name})
	})
	if err != nil {
		return fmt.Errorf("store: password of %s: %w", name, err)
	}
	return nil
}

// SignInRequired reports whether the window asks who is working: whether any active account
// has a password.
func (s *Store) SignInRequired(ctx context.Context) (bool, error) {
	var yes bool
	if err := s.r.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM users WHERE active = 1 AND password_hash <> '')`).
		Scan(&yes); err != nil {
		return false, fmt.Errorf("store: sign-in: %w", err)
	}
	return yes, nil
}

// SignIn checks the password of an active account, named by login or display name, and
// returns the account. An account without a password cannot sign in once others have one.
func (s *Store) SignIn(ctx context.Context, name, password string) (*User, error) {
	var u User
	var role, hash string
	err := s.r.QueryRowContext(ctx, `SELECT name, display_name, tier, role, department, active, password_hash
		FROM users WHERE name = ? OR display_name = ?`, name, name).
		Scan(&u.Name, &u.DisplayName, &u.Tier, &role, &u.Department, &u.Active, &hash)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: sign-in: %w", err)
	}
	if err != nil || !u.Active || hash == "" || bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) != nil {
		return nil, fmt.Errorf("store: sign-in: %w", problem(ErrSignIn, "sign_in", "user", nil, "wrong account or password"))
	}
	u.Role, u.HasPassword = Role(role), true
	return &u, nil
}
