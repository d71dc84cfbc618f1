package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"complaintdesk/data"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

func init() {
	register("user", "list | save | password: the office's accounts (who can be named as handler, role, tier)", runUser)
}

// roleTier is the handler tier each role usually has.
var roleTier = map[data.Role]int{data.RoleClerk: 1, data.RoleSupervisor: 2, data.RoleDirector: 3}

// runUser lists the accounts or creates and updates one, as the settings' staff tab does.
func runUser(e *env, args []string) error {
	if len(args) == 0 {
		return usagef("user: want list, save or password")
	}
	switch args[0] {
	case "list":
		return userList(e, args[1:])
	case "save":
		return userSave(e, args[1:])
	case "password":
		return userPassword(e, args[1:])
	}
	return usagef("user: unknown subcommand %q (want list, save or password)", args[0])
}

// userRecord is an account as `user list --format jsonl` writes it.
type userRecord struct {
	Name        string `json:"name"`
	DisplayName string `json:"display_name"`
	Role        string `json:"role"`
	Tier        int    `json:"tier"`
	Department  string `json:"department"`
	Active      bool   `json:"active"`
}

func userList(e *env, args []string) error {
	fs := flags("user list")
	format := fs.String("format", "table", "jsonl|table")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "table" && *format != "jsonl" {
		return usagef("user list: --format must be jsonl or table")
	}
	s, err := e.openExisting("user list")
	if err != nil {
		return err
	}
	users, err := s.Users(e.ctx)
	if err != nil {
		return err
	}
	if *format == "jsonl" {
		enc := e.jsonLines()
		for _, u := range users {
			if err := enc.Encode(userRecord{Name: u.Name, DisplayName: u.DisplayName, Role: string(u.Role),
				Tier: u.Tier, Department: u.Department, Active: u.Active}); err != nil {
				return err
			}
		}
		return nil
	}
	tw := newTable(e.stdout)
	fmt.Fprintln(tw, "NAME\tDISPLAY NAME\tROLE\tTIER\tDEPARTMENT\tACTIVE")
	for _, u := range users {
		dept := u.Department
		if dept == "" {
			dept = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%v\n", u.Name, u.DisplayName, u.Role, u.Tier, dept, u.Active)
	}
	return tw.Flush()
}

// userSave creates an account, or changes the fields given of an existing one.
func userSave(e *env, args []string) error {
	fs := flags("user save")
	name := fs.String("name", "", "login name: lower-case letters, digits, - or _")
	display := fs.String("display", "", "display name, as cases name their handler")
	role := fs.String("role", "clerk", "clerk|supervisor|director|admin")
	tier := fs.Int("tier", 0, "handler tier 1..3 (default: the role's, 1 for clerk, 2 supervisor, 3 director)")
	dept := fs.String("department", "", "department code")
	inactive := fs.Bool("inactive", false, "the account is no longer used (it stays on its cases)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *name == "" {
		return usagef("user save: --name is required")
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	s, err := e.open()
	if err != nil {
		return err
	}
	users, err := s.Users(e.ctx)
	if err != nil {
		return err
	}
	u := data.User{Name: *name, Role: data.RoleClerk, Active: true}
	existing := false
	for _, x := range users {
		if x.Name == *name {
			u, existing = x, true
		}
	}
	if !existing && !set["display"] {
		return usagef("user save: --display is required for a new account")
	}
	if set["display"] {
		u.DisplayName = *display
	}
	if set["role"] || !existing {
		u.Role = data.Role(*role)
		// A role brings its usual tier; an administrator keeps the one it has (1 when new).
		if t, ok := roleTier[u.Role]; ok {
			u.Tier = t
		} else if u.Tier == 0 {
			u.Tier = 1
		}
	}
	if set["tier"] {
		u.Tier = *tier
	}
	if set["department"] {
		u.Department = *dept
	}
	if set["inactive"] || !existing {
		u.Active = !*inactive
	}
	if err := s.SaveUser(e.ctx, u); err != nil {
		return err
	}
	state := "active"
	if !u.Active {
		state = "inactive"
	}
	fmt.Fprintf(e.stdout, "%s (%s): %s, tier %d, %s\n", u.Name, u.DisplayName, u.Role, u.Tier, state)
	return nil
}

// userPassword sets an account's password from a file, or removes it: also the way back in
// when the last administrator's password is forgotten.
func userPassword(e *env, args []string) error {
	fs := flags("user password")
	name := fs.String("name", "", "login name")
	file := fs.String("password-file", "", "file holding the new password (first line)")
	clear := fs.Bool("clear", false, "remove the password: the account no longer signs in with one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *name == "" || (*file == "") == !*clear {
		return usagef("user password: want --name and one of --password-file or --clear")
	}
	password := ""
	if *file != "" {
		var err error
		if password, err = readPasswordFile("user password", *file); err != nil {
			return err
		}
	}
	s, err := e.openExisting("user password")
	if err != nil {
		return err
	}
	if err := s.SetPassword(e.ctx, *name, password); err != nil {
		return err
	}
	if password == "" {
		fmt.Fprintf(e.stdout, "%s: password removed\n", *name)
	} else {
		fmt.Fprintf(e.stdout, "%s: password set\n", *name)
	}
	return nil
}

// readPasswordFile reads a password from the first line of a file, for cmd's flags.
func readPasswordFile(cmd, path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", usagef("%s: cannot read the password file: %v", cmd, err)
	}
	// Notepad saves with a byte order mark, as UTF-8 or as UTF-16 ("Unicode"): it is no part of
	// the password.
	if b, _, err = transform.Bytes(unicode.BOMOverride(unicode.UTF8.NewDecoder()), b); err != nil {
		return "", usagef("%s: the password file %s is not text: %v", cmd, path, err)
	}
	password := strings.TrimRight(strings.SplitN(string(b), "\n", 2)[0], "\r")
	if strings.ContainsRune(password, 0) {
		// UTF-16 without its byte order mark (PowerShell's Out-File with -NoBOM, some editors):
		// a NUL in every other byte, which no password typed has.
		return "", usagef("%s: the password file %s is UTF-16 without a byte order mark; save it as UTF-8 or ANSI", cmd, path)
	}
	if password == "" {
		return "", usagef("%s: the password file %s is empty", cmd, path)
	}
	return password, nil
}
