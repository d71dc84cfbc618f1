package ui

import (
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Work typed in and not yet saved is not thrown away without asking: a complaint being
// registered, when the clerk goes to another screen, closes the window or switches user (a
// caller's details half taken down are the complaint itself); a letter changed in the
// composer, when the window closes or the user switches.

// keepAsTyped remembers the form as it is now (empty, or filled in from an email), for
// changed to compare with.
func (f *intakeForm) keepAsTyped() {
	f.keptFiles = slices.Clone(f.files)
	f.initial = f.initial[:0]
	for _, e := range f.fields.entries() {
		f.initial = append(f.initial, e.Text)
	}
}

// changed reports whether the clerk typed anything into the form since it was opened, or
// added a file to it.
func (f *intakeForm) changed() bool {
	if !slices.Equal(f.files, f.keptFiles) {
		return true
	}
	for i, e := range f.fields.entries() {
		if i >= len(f.initial) || e.Text != f.initial[i] {
			return true
		}
	}
	return false
}

// typingComplaint reports whether a complaint is being typed in and not registered yet.
func (d *Desk) typingComplaint() bool {
	return d.current == "new" && d.intake != nil && d.intake.changed()
}

// leave runs then, which shows another screen, once the clerk may leave the one shown: at
// once, unless a complaint is being typed in or settings were changed and not saved, when they
// are asked first whether to discard that.
func (d *Desk) leave(then func()) {
	if tabs := d.settingsChanged(); len(tabs) > 0 {
		d.askDiscard(lang.L("Discard the changes?"),
			lang.L("Changes not saved in the settings will be lost: {{.Tabs}}.", map[string]any{"Tabs": strings.Join(tabs, lang.L("list.sep"))}),
			lang.L("Discard changes"), lang.L("Keep editing"), func() {
				// Given up: the settings are shown anew, as saved, when the clerk comes back.
				d.settings = nil
				then()
			}, func() {
				d.navList.UnselectAll()
				d.selectNav("settings")
			})
		return
	}
	if !d.typingComplaint() {
		then()
		return
	}
	form := d.intake
	d.askDiscard(lang.L("Discard this complaint?"), lang.L("This complaint is not registered yet. What was typed in will be lost."),
		lang.L("Discard"), lang.L("Keep typing"), func() {
			if d.intake == form {
				d.intake = nil
			}
			then()
		}, func() {
			// Back to the form, which no entry of the navigation list stands for.
			d.navList.UnselectAll()
			d.win.Canvas().Focus(form.name)
		})
}

// askDiscard asks whether to give up work not saved: discard runs when the clerk says so, keep
// (may be nil) when they go back to it. The button that discards is marked as dangerous.
func (d *Desk) askDiscard(title, text, discardLabel, keepLabel string, discard, keep func()) {
	dlg := dialog.NewConfirm(title, text, func(ok bool) {
		if ok {
			discard()
		} else if keep != nil {
			keep()
		}
	}, d.win)
	dlg.SetConfirmText(discardLabel)
	dlg.SetConfirmImportance(widget.DangerImportance)
	dlg.SetDismissText(keepLabel)
	d.showDialog(dlg)
}

// unsaved names the work that closing the desk would lose.
func (d *Desk) unsaved() []string {
	var out []string
	if d.typingComplaint() {
		out = append(out, lang.L("the complaint being registered"))
	}
	for _, tab := range d.settingsChanged() {
		out = append(out, lang.L("the changes in the settings: {{.Tab}}", map[string]any{"Tab": tab}))
	}
	d.mu.Lock()
	for _, dlg := range d.dialogs {
		if f := d.forms[dlg]; f != nil && f.changed() {
			out = append(out, lang.L("what is typed in “{{.Dialog}}”", map[string]any{"Dialog": f.title}))
		}
	}
	d.mu.Unlock()
	var refs []string
	for c := range d.letters.open {
		if c.dirty {
			refs = append(refs, c.ref)
		}
	}
	sort.Strings(refs)
	for _, ref := range refs {
		out = append(out, lang.L("the letter being written for {{.Ref}}", map[string]any{"Ref": ref}))
	}
	return out
}

// unlessUnsaved runs then (closing the window, switching user) at once when nothing typed in
// would be lost, and otherwise after the clerk said to discard it.
func (d *Desk) unlessUnsaved(title, discard string, then func()) {
	work := d.unsaved()
	if len(work) == 0 {
		then()
		return
	}
	if d.letters.asking {
		return
	}
	d.letters.asking = true
	d.askDiscard(title, lang.L("Not saved yet, and lost if you go on:")+"\n· "+strings.Join(work, "\n· "),
		discard, lang.L("Back to work"), func() {
			d.letters.asking = false
			then()
		}, func() { d.letters.asking = false })
	d.win.RequestFocus() // in front of a letter window, from which Quit may have been chosen
}

// closeRequested closes the window, and with it the program, once nothing unsaved is left or
// the clerk gave it up.
func (d *Desk) closeRequested() {
	d.unlessUnsaved(lang.L("Quit Complaint Desk?"), lang.L("Discard and quit"), d.win.Close)
}

// formState remembers what a settings form showed when it was last loaded or saved, to tell
// whether the administrator changed anything since.
type formState struct {
	read func() []string // the form's values, as shown
	was  []string
}

func (s *formState) mark() { s.was = s.read() }

func (s *formState) changed() bool { return s.was != nil && !slices.Equal(s.was, s.read()) }

// settingsForm is a form of a settings tab: what it shows and how it is saved.
type settingsForm struct {
	tab     string            // the tab's name
	view    fyne.CanvasObject // the tab's content
	changed func() bool       // whether it has changes not saved
	save    func()            // saves them, as its save button does
}

// forms are the forms of the settings tabs, in the order of the tabs.
func (st *settings) forms() []settingsForm {
	form := func(tab string, view fyne.CanvasObject, s *formState, save func()) settingsForm {
		return settingsForm{tab, view, s.changed, save}
	}
	depts, cats := st.lists.depts, st.lists.cats
	return []settingsForm{
		form(lang.L("Office"), st.office.view, &st.office.state, st.office.save),
		form(lang.L("Departments and categories"), st.lists.view, &depts.state, depts.submit),
		form(lang.L("Departments and categories"), st.lists.view, &cats.state, cats.submit),
		form(lang.L("Staff"), st.staff.view, &st.staff.state, st.staff.save),
		form(lang.L("SLA policies"), st.policies.view, &st.policies.state, st.policies.save),
		form(lang.L("Working hours and calendar"), st.calendar, &st.hoursSet, st.saveHours),
		form(lang.L("Phrases"), st.phr.view, &st.phr.state, st.phr.save),
		form(lang.L("Mail account"), st.mail.view, &st.mail.state, st.mail.save),
		{lang.L("Letter templates"), st.templates.view, func() bool { return st.templates.dirty }, st.templates.saveTapped},
	}
}

// unsaved names the tabs of the settings whose changes are not saved.
func (st *settings) unsaved() []string {
	var out []string
	for _, f := range st.forms() {
		if f.changed() && !slices.Contains(out, f.tab) {
			out = append(out, f.tab)
		}
	}
	return out
}

// saveShown saves the changes made in the tab shown, as its save button does (Ctrl+S).
func (st *settings) saveShown() {
	tab := st.tabs.Selected()
	if tab == nil {
		return
	}
	for _, f := range st.forms() {
		if f.view == tab.Content && f.changed() {
			f.save()
		}
	}
}

// settingsChanged names the settings tabs with changes not saved, while the settings are shown.
func (d *Desk) settingsChanged() []string {
	if d.current != "settings" || d.settings == nil {
		return nil
	}
	return d.settings.unsaved()
}

// switchItem shows item i of a settings list in its form (show), after asking when the form
// has changes not saved; kept, the list goes back to the item shown before (*shown, -1 for
// none, as for a new one).
func (d *Desk) switchItem(state *formState, list *widget.List, shown *widget.ListItemID, i widget.ListItemID, show func()) {
	if !state.changed() || (i >= 0 && i == *shown) {
		*shown = i
		show()
		return
	}
	picked := list.OnSelected
	d.askDiscard(lang.L("Discard the changes?"), lang.L("The changes to the entry shown are not saved and will be lost."),
		lang.L("Discard changes"), lang.L("Keep editing"), func() {
			*shown = i
			show()
		}, func() {
			list.OnSelected = nil
			if *shown >= 0 {
				list.Select(*shown)
			} else {
				list.UnselectAll()
			}
			list.OnSelected = picked
		})
}
