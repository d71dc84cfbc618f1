package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
)

// staffStore is what the staff tab needs from the case file.
type staffStore interface {
	Users(ctx context.Context) ([]data.User, error)
	SaveUser(ctx context.Context, u data.User) error
	SetPassword(ctx context.Context, name, password string) error
	Departments(ctx context.Context) ([]data.Department, error)
}

// roles in the order they are offered, with the handler tier each usually has (seed 001 §5.3:
// tier 1 handles level 1 complaints, tier 2 level 2, tier 3 level 3).
var roles = []struct {
	role data.Role
	tier int
}{{data.RoleClerk, 1}, {data.RoleSupervisor, 2}, {data.RoleDirector, 3}, {data.RoleAdmin, 0}}

func roleLabel(r data.Role) string { return lang.X("role."+string(r), string(r)) }

func tierLabel(t int) string {
	return lang.L("Tier {{.Tier}}", map[string]any{"Tier": t})
}

// staffForm edits the office's accounts: who can be named as a complaint's handler, at which
// tier, in which department, and who has left (inactive accounts stay on their old cases).
type staffForm struct {
	desk  *Desk
	store staffStore
	view  fyne.CanvasObject

	items []data.User
	depts []data.Department
	list  *widget.List
	login *entry
	name  *entry
	role  *choice
	tier  *choice
	dept  *choice
	act   *tick
	msg   *para
	// setPw and clearPw act on the account shown; a new one is saved first.
	setPw, clearPw *widget.Button
	state          formState // the account as shown
	shown          widget.ListItemID
}

func newStaffForm(d *Desk, s staffStore) *staffForm {
	f := &staffForm{desk: d, store: s, login: newEntry(), name: newEntry(), msg: errorLabel()}
	f.state.read = func() []string {
		return []string{f.login.Text, f.name.Text, f.role.Selected, f.tier.Selected, f.dept.Selected, strconv.FormatBool(f.act.Checked)}
	}
	f.login.SetPlaceHolder(lang.L("login name, e.g. wangli"))
	var roleNames []string
	for _, r := range roles {
		roleNames = append(roleNames, roleLabel(r.role))
	}
	f.tier = newSelect([]string{tierLabel(1), tierLabel(2), tierLabel(3)}, nil)
	f.role = newSelect(roleNames, func(string) {
		// A role brings its usual tier; an administrator keeps the tier set.
		if i := f.role.SelectedIndex(); i >= 0 && roles[i].tier > 0 {
			f.tier.SetSelectedIndex(roles[i].tier - 1)
		}
	})
	f.dept = newSelect(nil, nil)
	f.act = newCheck(lang.L("Active (can be named as handler)"), nil)
	f.list = widget.NewList(func() int { return len(f.items) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			u := f.items[i]
			parts := []string{u.DisplayName + " (" + u.Name + ")", roleLabel(u.Role), tierLabel(u.Tier)}
			if n := f.deptName(u.Department); n != "" {
				parts = append(parts, n)
			}
			if u.HasPassword {
				parts = append(parts, lang.L("password set"))
			}
			text := strings.Join(parts, " · ")
			if !u.Active {
				text += " " + lang.L("(inactive)")
			}
			o.(*widget.Label).SetText(text)
		})
	f.list.OnSelected = func(i widget.ListItemID) { d.switchItem(&f.state, f.list, &f.shown, i, func() { f.edit(f.items[i]) }) }
	newBtn := widget.NewButtonWithIcon(lang.L("New"), theme.ContentAddIcon(), func() { d.switchItem(&f.state, f.list, &f.shown, -1, f.clear) })
	saveBtn := widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.save)
	f.setPw = widget.NewButtonWithIcon(lang.L("Set password…"), theme.AccountIcon(), func() { f.askPassword() })
	f.clearPw = widget.NewButtonWithIcon(lang.L("Remove password"), theme.ContentClearIcon(), func() { f.storePassword("") })
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Login name"), f.login),
		widget.NewFormItem(lang.L("Display name"), f.name),
		widget.NewFormItem(lang.L("Role"), f.role),
		widget.NewFormItem(lang.L("Handler tier"), f.tier),
		widget.NewFormItem(lang.L("Department"), f.dept),
		widget.NewFormItem("", f.act))
	hint := newPara(lang.L("Cases name their handler by display name; an account that is no longer used is made inactive, not deleted, and stays on its cases. Once an account has a password, the program asks who is working when it starts."))
	f.view = container.NewBorder(heading(lang.L("Staff")), container.NewVBox(hint, form, f.msg,
		container.NewHBox(newBtn, saveBtn, widget.NewSeparator(), f.setPw, f.clearPw)),
		nil, nil, f.list)
	f.clear()
	return f
}

func (f *staffForm) deptName(code string) string {
	for _, d := range f.depts {
		if d.Code == code {
			return d.Name
		}
	}
	return code
}

// clear readies the form for a new account: a tier 1 clerk, active.
func (f *staffForm) clear() {
	f.list.UnselectAll()
	f.shown = -1
	f.login.Enable()
	f.login.SetText("")
	f.name.SetText("")
	f.role.SetSelectedIndex(0)
	f.tier.SetSelectedIndex(0)
	f.dept.SetSelectedIndex(0)
	f.act.SetChecked(true)
	f.setPw.Disable()
	f.clearPw.Disable()
	setError(f.msg, "")
	f.state.mark()
}

// edit shows an account; its login name stays, as the timeline and audit trail record it.
func (f *staffForm) edit(u data.User) {
	f.login.SetText(u.Name)
	f.login.Disable()
	f.name.SetText(u.DisplayName)
	for i, r := range roles {
		if r.role == u.Role {
			f.role.SetSelectedIndex(i)
		}
	}
	f.tier.SetSelectedIndex(u.Tier - 1)
	f.dept.SetSelectedIndex(0)
	for i, d := range f.depts {
		if d.Code == u.Department {
			f.dept.SetSelectedIndex(i + 1)
		}
	}
	f.act.SetChecked(u.Active)
	f.setPw.Enable()
	f.clearPw.Disable()
	if u.HasPassword {
		f.clearPw.Enable()
	}
	setError(f.msg, "")
	f.state.mark()
}

// askPassword asks for the new password of the account shown, twice.
func (f *staffForm) askPassword() *formDialog {
	pw, again := newEntry(), newEntry()
	pw.Password, again.Password = true, true
	name := f.name.Text
	form := widget.NewForm(widget.NewFormItem(lang.L("New password"), pw), widget.NewFormItem(lang.L("Once more"), again))
	hint := newPara(lang.L("At least {{.Min}} characters. The password is kept only as a hash; if it is forgotten, an administrator sets a new one.",
		map[string]any{"Min": data.MinPassword}))
	dlg := f.desk.formDialog(lang.L("Password of {{.Name}}", map[string]any{"Name": name}), lang.L("Save"),
		container.NewVBox(form, hint), func() error {
			if pw.Text != again.Text {
				return errInput{lang.L("The two passwords differ.")}
			}
			// With a password set the program asks who is working; an account without one
			// cannot sign in, so the one at work sets its own first.
			if me := f.desk.opts.User; f.login.Text != me && !f.hasPassword(me) {
				return errInput{lang.L("Set the password of your own account first: once an account has one, the program asks who is working when it starts, and an account without a password cannot sign in.")}
			}
			return nil
		}, func(ctx context.Context) error {
			return f.store.SetPassword(ctx, f.login.Text, pw.Text)
		}, func() {
			f.desk.setStatus(lang.L("Password of {{.Name}} saved.", map[string]any{"Name": name}))
			f.reloadShown()
		})
	// Enter goes on to the second field, and from there saves.
	pw.OnSubmitted = func(string) { f.desk.win.Canvas().Focus(again) }
	again.OnSubmitted = func(string) { dlg.ok.OnTapped() }
	dlg.show(f.desk, fyne.NewSize(480, 300), pw, again)
	f.desk.win.Canvas().Focus(pw)
	return dlg
}

// hasPassword reports whether the account named login has a password, as last read.
func (f *staffForm) hasPassword(login string) bool {
	for _, u := range f.items {
		if u.Name == login {
			return u.HasPassword
		}
	}
	return false
}

// storePassword sets or, with "", removes the password of the account shown.
func (f *staffForm) storePassword(pw string) {
	login, name := f.login.Text, f.name.Text
	if pw == "" && login == f.desk.opts.User {
		for _, u := range f.items {
			if u.Name != login && u.Active && u.HasPassword {
				setError(f.msg, lang.L("Other accounts still have passwords: without your own you could not sign in next time."))
				return
			}
		}
	}
	f.desk.run(func(ctx context.Context) error { return f.store.SetPassword(ctx, login, pw) }, unlessFailed(f.msg, func() {
		setError(f.msg, "")
		f.desk.setStatus(lang.L("Password of {{.Name}} removed.", map[string]any{"Name": name}))
		f.reloadShown()
	}))
}

// reloadShown reads the accounts again and shows the one that was shown.
func (f *staffForm) reloadShown() {
	login := f.login.Text
	f.reloadThen(func() {
		for i, x := range f.items {
			if x.Name == login {
				f.list.Select(i)
				f.edit(x) // also when it was selected already
			}
		}
	})
}

func (f *staffForm) save() {
	u := data.User{Name: strings.TrimSpace(f.login.Text), DisplayName: strings.TrimSpace(f.name.Text),
		Tier: f.tier.SelectedIndex() + 1, Active: f.act.Checked}
	if i := f.role.SelectedIndex(); i >= 0 {
		u.Role = roles[i].role
	}
	if i := f.dept.SelectedIndex(); i > 0 && i <= len(f.depts) {
		u.Department = f.depts[i-1].Code
	}
	f.desk.run(func(ctx context.Context) error { return f.store.SaveUser(ctx, u) }, unlessFailed(f.msg, func() {
		setError(f.msg, "")
		if f.desk.reg != nil {
			f.desk.reg.forgetNames()
		}
		f.desk.setStatus(lang.L("Account {{.Name}} saved.", map[string]any{"Name": u.DisplayName}))
		f.login.SetText(u.Name)
		f.state.mark()
		f.reloadShown()
	}))
}

func (f *staffForm) reload() { f.reloadThen(nil) }

func (f *staffForm) reloadThen(then func()) {
	var users []data.User
	var depts []data.Department
	f.desk.run(func(ctx context.Context) error {
		var err error
		if users, err = f.store.Users(ctx); err != nil {
			return err
		}
		depts, err = f.store.Departments(ctx)
		return err
	}, unlessFailed(f.msg, func() {
		untouched := !f.state.changed()
		f.items, f.depts = users, depts
		opts := []string{lang.L("(none)")}
		for _, d := range depts {
			if d.Active {
				opts = append(opts, d.Name)
			} else {
				opts = append(opts, d.Name+" "+lang.L("(inactive)"))
			}
		}
		i := f.dept.SelectedIndex()
		f.dept.Options = opts
		if i < 0 || i >= len(opts) {
			i = 0
		}
		f.dept.SetSelectedIndex(i)
		f.list.Refresh()
		if untouched {
			f.state.mark() // the departments named anew are not a change
		}
		if then != nil {
			then()
		}
	}))
}
