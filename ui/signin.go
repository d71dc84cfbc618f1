package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
)

// signInStore is what signing in needs from the case file.
type signInStore interface {
	Users(ctx context.Context) ([]data.User, error)
	SignIn(ctx context.Context, name, password string) (*data.User, error)
}

// SignIn asks who is working before the desk opens, once accounts have passwords: changes are
// then recorded for the account signed in.
type SignIn struct {
	store    signInStore
	view     fyne.CanvasObject
	users    []data.User
	account  *choice
	password *entry
	msg      *para
	done     func(user string)
}

// NewSignIn is the sign-in form, with the account named preset chosen; done gets the login
// name of the account signed in.
func NewSignIn(s signInStore, preset string, done func(user string)) *SignIn {
	si := &SignIn{store: s, password: newEntry(), msg: errorLabel(), done: done}
	si.password.Password = true
	si.password.OnSubmitted = func(string) { si.submit() }
	si.account = newSelect(nil, nil)
	users, err := s.Users(context.Background())
	if err != nil {
		setError(si.msg, errorText(err))
	}
	for _, u := range users {
		if u.Active && u.HasPassword {
			si.users = append(si.users, u)
			si.account.Options = append(si.account.Options, u.DisplayName)
		}
	}
	for i, u := range si.users {
		if u.Name == preset {
			si.account.SetSelectedIndex(i)
		}
	}
	ok := widget.NewButtonWithIcon(lang.L("Sign in"), theme.LoginIcon(), si.submit)
	ok.Importance = widget.HighImportance
	form := widget.NewForm(widget.NewFormItem(lang.L("Account"), si.account),
		widget.NewFormItem(lang.L("Password"), si.password))
	title := widget.NewLabelWithStyle(lang.L("Complaint Desk"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	box := container.NewVBox(title, form, si.msg, container.NewCenter(ok))
	si.view = container.NewCenter(container.NewGridWrap(fyne.NewSize(420, box.MinSize().Height+40), box))
	return si
}

// Show makes the form the window's content until someone signs in, with the cursor where
// the clerk types next: the password once the account is known.
func (si *SignIn) Show(w fyne.Window) {
	w.SetTitle(lang.L("Complaint Desk"))
	w.SetContent(si.view)
	if si.account.SelectedIndex() >= 0 {
		w.Canvas().Focus(si.password)
	} else {
		w.Canvas().Focus(si.account)
	}
}

func (si *SignIn) submit() {
	i := si.account.SelectedIndex()
	if i < 0 || i >= len(si.users) {
		setError(si.msg, lang.L("Choose your account."))
		return
	}
	u, err := si.store.SignIn(context.Background(), si.users[i].Name, si.password.Text)
	if err != nil {
		si.password.SetText("")
		if errors.Is(err, data.ErrSignIn) {
			setError(si.msg, lang.L("The password is wrong."))
		} else {
			setError(si.msg, errorText(err))
		}
		return
	}
	setError(si.msg, "")
	si.done(u.Name)
}
