package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// Passwords: none at first, so the window opens as before; once set, the account signs in with
// it, by login or display name, and nothing else gets in.
func TestPasswordsAndSignIn(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	if req, err := s.SignInRequired(ctx); err != nil || req {
		t.Fatalf("a new database asks to sign in: %v %v", req, err)
	}
	if err := s.SaveUser(ctx, User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: RoleClerk, Active: true}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ password, code string }{{"short", "password_short"}, {strings.Repeat("长", 25), "password_long"}} {
		p, ok := AsProblem(s.SetPassword(ctx, "wangli", c.password))
		if !ok || p.Code != c.code {
			t.Errorf("password %q: %v", c.password, p)
		}
	}
	if err := s.SetPassword(ctx, "nobody", "secret-123"); !errors.Is(err, ErrNotFound) {
		t.Errorf("an unknown account: %v", err)
	}
	if err := s.SetPassword(ctx, "wangli", "王丽的密码2026"); err != nil {
		t.Fatal(err)
	}
	if req, _ := s.SignInRequired(ctx); !req {
		t.Error("with a password set, no sign-in is asked for")
	}
	for _, name := range []string{"wangli", "王丽"} {
		u, err := s.SignIn(ctx, name, "王丽的密码2026")
		if err != nil || u.Name != "wangli" || !u.HasPassword {
			t.Errorf("sign in as %s: %+v %v", name, u, err)
		}
	}
	for _, c := range []struct{ name, password string }{{"wangli", "wrong-password"}, {"admin", ""}, {"admin", "anything"},
		{"nobody", "王丽的密码2026"}} {
		if _, err := s.SignIn(ctx, c.name, c.password); !errors.Is(err, ErrSignIn) {
			t.Errorf("%s/%s signed in: %v", c.name, c.password, err)
		}
	}
	// An inactive account does not sign in, and no longer makes the window ask.
	if err := s.SaveUser(ctx, User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: RoleClerk, Active: false}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignIn(ctx, "wangli", "王丽的密码2026"); !errors.Is(err, ErrSignIn) {
		t.Errorf("an inactive account signed in: %v", err)
	}
	if req, _ := s.SignInRequired(ctx); req {
		t.Error("only an inactive account has a password, yet sign-in is asked for")
	}
	// Saving an account keeps its password; clearing it is recorded, the hash never is.
	if err := s.SaveUser(ctx, User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: RoleClerk, Active: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignIn(ctx, "wangli", "王丽的密码2026"); err != nil {
		t.Errorf("the password was lost when the account was saved: %v", err)
	}
	if err := s.SetPassword(ctx, "wangli", ""); err != nil {
		t.Fatal(err)
	}
	if req, _ := s.SignInRequired(ctx); req {
		t.Error("the cleared password still asks for sign-in")
	}
	trail, err := s.AuditTrail(ctx, AuditFilter{Entity: "user"})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, a := range trail {
		actions = append(actions, a.Action)
		if strings.Contains(a.Changes, "$2") || strings.Contains(a.Changes, "密码") {
			t.Errorf("the trail keeps the password: %s", a.Changes)
		}
	}
	if got := strings.Join(actions, ","); got != "password_cleared,save,save,password_set,save" {
		t.Errorf("trail %s", got)
	}
}

// Accounts are managed by administrators; a clerk may set only their own password.
func TestOnlyAdministratorsManageAccounts(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	for _, u := range []User{{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: RoleClerk, Active: true},
		{Name: "chenjing", DisplayName: "陈静", Tier: 1, Role: RoleClerk, Active: true}} {
		if err := s.SaveUser(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	clerk := WithActor(ctx, "wangli")
	code := func(err error) string {
		if p, ok := AsProblem(err); ok {
			return p.Code
		}
		return fmt.Sprint(err)
	}
	if got := code(s.SaveUser(clerk, User{Name: "wangli", DisplayName: "王丽", Tier: 3, Role: RoleAdmin, Active: true})); got != "admin_only" {
		t.Errorf("a clerk made themselves administrator: %s", got)
	}
	if got := code(s.SetPassword(clerk, "chenjing", "陈静的新密码2026")); got != "admin_only" {
		t.Errorf("a clerk set another's password: %s", got)
	}
	if err := s.SetPassword(clerk, "wangli", "王丽的密码2026"); err != nil {
		t.Errorf("a clerk cannot set their own password: %v", err)
	}
	admin := WithActor(ctx, "admin")
	if err := s.SetPassword(admin, "chenjing", "陈静的新密码2026"); err != nil {
		t.Errorf("the administrator cannot set a password: %v", err)
	}
	if err := s.SaveUser(admin, User{Name: "chenjing", DisplayName: "陈静", Tier: 2, Role: RoleSupervisor, Active: true}); err != nil {
		t.Errorf("the administrator cannot change an account: %v", err)
	}
}

// The office's set-up is the administrators': a clerk signed in cannot change it.
func TestOnlyAdministratorsChangeTheSettings(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	if err := s.SaveUser(ctx, User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: RoleClerk, Active: true}); err != nil {
		t.Fatal(err)
	}
	changes := map[string]func(ctx context.Context) error{
		"office": func(ctx context.Context) error {
			return s.SetOfficeProfile(ctx, Office{Name: "华景物业", Phone: "021-5555"})
		},
		"department": func(ctx context.Context) error {
			return s.SaveDepartment(ctx, Department{Code: "greening", Name: "绿化部", Active: true})
		},
		"category": func(ctx context.Context) error {
			return s.SaveCategory(ctx, Category{Code: "noise", Name: "噪音", Active: true})
		},
		"policy": func(ctx context.Context) error {
			return s.SetPolicy(ctx, Policy{Category: "service", Level: 1, Acknowledge: "4wh", Resolve: "5wd", Progress: "7d", FollowUp: "3wd"})
		},
		"language": func(ctx context.Context) error { return s.SetLanguage(ctx, "zh-Hant") },
		"mailbox": func(ctx context.Context) error {
			_, err := s.SaveMailAccount(ctx, MailAccount{Host: "127.0.0.1", Security: SecurityNone, Username: "clerk"})
			return err
		},
	}
	for name, change := range changes {
		if p, ok := AsProblem(change(WithActor(ctx, "wangli"))); !ok || p.Code != "admin_only_settings" {
			t.Errorf("a clerk changed the %s: %v", name, p)
		}
		if err := change(WithActor(ctx, "admin")); err != nil {
			t.Errorf("the administrator cannot change the %s: %v", name, err)
		}
	}
	if o, _ := s.OfficeProfile(ctx); o.Name != "华景物业" {
		t.Errorf("office %+v", o)
	}
}
