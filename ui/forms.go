package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// entry is a text entry that reports Esc, so that a dialog closes even while typing in it, and
// Down in one line, so that a search box can hand the keys on to the list of what it found.
type entry struct {
	widget.Entry
	onEscape func()
	onDown   func()
}

func newEntry() *entry {
	e := &entry{}
	e.ExtendBaseWidget(e)
	return e
}

func newMultiLine(rows int) *entry {
	e := newEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	return e
}

// choice is a drop-down that passes Esc on to the window, so that a dialog closes with Esc
// also after a choice was made in it (the drop-down keeps the keyboard focus).
type choice struct{ widget.Select }

// newSelect is a drop-down whose prompt before a choice is in the clerk's language: Fyne's
// own, "(Select one)", is English whatever the language.
func newSelect(options []string, changed func(string)) *choice {
	c := &choice{}
	c.Options, c.OnChanged, c.PlaceHolder = options, changed, lang.L("(Select one)")
	c.ExtendBaseWidget(c)
	return c
}

func (c *choice) TypedKey(k *fyne.KeyEvent) {
	if !passEscape(c, k) {
		c.Select.TypedKey(k)
	}
}

// tick is a check box that passes Esc on to the window, as choice does.
type tick struct {
	widget.Check
	// hold is until when a typed space leaves the box as it is: the space that confirmed a
	// question about it, which arrives at the box once the question has closed.
	hold time.Time
}

func (t *tick) TypedRune(r rune) {
	if r == ' ' && time.Now().Before(t.hold) {
		return
	}
	t.Check.TypedRune(r)
}

func newCheck(label string, changed func(bool)) *tick {
	t := &tick{}
	t.Text, t.OnChanged = label, changed
	t.ExtendBaseWidget(t)
	return t
}

func (t *tick) TypedKey(k *fyne.KeyEvent) {
	if !passEscape(t, k) {
		t.Check.TypedKey(k)
	}
}

// releaseFocus moves the keyboard, once a choice is made in a radio group, on to next, or off
// the group when next is nil: Fyne's radio buttons keep Esc to themselves, so that the dialog
// would not close with it.
func releaseFocus(r *widget.RadioGroup, next fyne.Focusable) {
	changed := r.OnChanged
	r.OnChanged = func(s string) {
		if changed != nil {
			changed(s)
		}
		c := fyne.CurrentApp().Driver().CanvasForObject(r)
		switch {
		case c == nil:
		case next != nil:
			c.Focus(next)
		default:
			c.Unfocus()
		}
	}
}

// passEscape hands Esc typed in a focused widget to its window's key handler, which closes
// the dialog on top; it reports whether it did.
func passEscape(o fyne.CanvasObject, k *fyne.KeyEvent) bool {
	if k.Name != fyne.KeyEscape || fyne.CurrentApp() == nil {
		return false
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil || c.OnTypedKey() == nil {
		return false
	}
	c.OnTypedKey()(k)
	return true
}

// SetText sets the text. In a multi-line entry a line longer than wrapLimit (an email's single
// paragraph, say) is broken as breakLongLines does: wrapping it would take seconds at every key.
func (e *entry) SetText(s string) {
	if e.MultiLine {
		s = breakLongLines(s)
	}
	e.Entry.SetText(s)
}

func (e *entry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	if k.Name == fyne.KeyDown && !e.MultiLine && e.onDown != nil {
		e.onDown()
		return
	}
	e.Entry.TypedKey(k)
}

// clearOfScrollBar keeps o's right edge clear of the scroll bar Fyne draws over the right edge
// of a list or a scroller, so that the buttons there stay whole and can be clicked.
func clearOfScrollBar(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(layout.NewCustomPaddedLayout(0, 0, 0, theme.ScrollBarSize()), o)
}

// errorLabel is the inline message of a form.
func errorLabel() *para {
	l := newPara("")
	l.Importance = widget.DangerImportance
	l.Hide()
	return l
}

func setError(l *para, msg string) {
	l.SetText(msg)
	if msg == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// unlessFailed is the done of a background task whose failure is written to the form's
// message label msg; then runs on success only.
func unlessFailed(msg *para, then func()) func(err error) {
	return func(err error) {
		if err != nil {
			setError(msg, errorText(err))
			return
		}
		then()
	}
}

// formDialog is a dialog with a body, an inline error line and OK/Cancel. submit runs off the
// UI goroutine; on error the dialog stays open with the message, on success it closes and
// done runs.
type formDialog struct {
	desk   *Desk
	title  string
	body   fyne.CanvasObject
	dlg    dialog.Dialog
	errMsg *para
	ok     *widget.Button
	cancel *widget.Button
	// typed are the text fields, with what they held when the dialog opened.
	typed   []*entry
	initial []string
}

func (d *Desk) formDialog(title, okText string, body fyne.CanvasObject, check func() error,
	submit func(ctx context.Context) error, done func()) *formDialog {
	f := &formDialog{desk: d, title: title, body: body, errMsg: errorLabel()}
	f.cancel = widget.NewButton(lang.L("Cancel"), f.close)
	f.ok = widget.NewButton(okText, nil)
	f.ok.Importance = widget.HighImportance
	f.ok.OnTapped = func() {
		if check != nil {
			if err := check(); err != nil {
				setError(f.errMsg, errorText(err))
				return
			}
		}
		setError(f.errMsg, "")
		f.ok.Disable()
		d.run(submit, func(err error) {
			f.ok.Enable()
			if err != nil {
				setError(f.errMsg, errorText(err))
				return
			}
			f.dlg.Hide()
			if done != nil {
				done()
			}
		})
	}
	content := container.NewBorder(nil, f.errMsg, nil, nil, container.NewVScroll(body))
	f.dlg = dialog.NewCustomWithoutButtons(title, content, d.win)
	f.dlg.(*dialog.CustomDialog).SetButtons([]fyne.CanvasObject{f.cancel, f.ok})
	return f
}

// formChrome is the height a form dialog needs beside its form: title, buttons, padding and a
// line for what went wrong.
const formChrome = 150

// show opens the dialog at a size that fits forms, wiring Esc on the given entries.
func (f *formDialog) show(d *Desk, size fyne.Size, entries ...*entry) {
	for _, e := range entries {
		e.onEscape = f.close
		if !e.Password {
			f.typed = append(f.typed, e)
			f.initial = append(f.initial, e.Text)
		}
	}
	// A form shorter than the size given (a sentence to confirm) gets a dialog its height.
	size.Height = min(size.Height, max(f.body.MinSize().Height+formChrome, formChrome+50))
	f.dlg.Resize(size)
	d.mu.Lock()
	d.forms[f.dlg] = f
	d.mu.Unlock()
	d.showDialog(f.dlg)
}

// close closes the dialog (Cancel, Esc), after asking whether to discard what was typed into
// it, if anything: a call's summary taken down while on the phone is not lost to a stray Esc.
func (f *formDialog) close() {
	if !f.changed() {
		f.dlg.Hide()
		return
	}
	focused := f.desk.win.Canvas().Focused()
	f.desk.askDiscard(lang.L("Discard what was typed?"), lang.L("What was typed in here is not saved yet and will be lost."),
		lang.L("Discard"), lang.L("Keep typing"), f.dlg.Hide, func() {
			if focused != nil {
				f.desk.win.Canvas().Focus(focused)
			}
		})
}

// changed reports whether anything was typed into the dialog's text fields.
func (f *formDialog) changed() bool {
	for i, e := range f.typed {
		if e.Text != f.initial[i] {
			return true
		}
	}
	return false
}

// saveShown saves what is being typed in (Ctrl+S), as its own button does: the form of the
// dialog on top, or else the new complaint shown.
func (d *Desk) saveShown() {
	d.mu.Lock()
	var form *formDialog
	open := len(d.dialogs) > 0
	if open {
		form = d.forms[d.dialogs[len(d.dialogs)-1]]
	}
	d.mu.Unlock()
	switch {
	case form != nil:
		if !form.ok.Disabled() {
			form.ok.OnTapped()
		}
	case !open && d.current == "new" && d.intake != nil && !d.intake.save.Disabled():
		d.intake.submit()
	case !open && d.current == "settings" && d.settings != nil:
		d.settings.saveShown()
	}
}
