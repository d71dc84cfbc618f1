package ui

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
)

// ratingLabel is a point of the 5-point satisfaction scale of seed 001 §5.3.1.6.
func ratingLabel(r int) string {
	names := map[int]string{1: "1 Very satisfied", 2: "2 Satisfied", 3: "3 Acceptable", 4: "4 Dissatisfied", 5: "5 Very dissatisfied"}
	return lang.X("rating."+strconv.Itoa(r), names[r])
}

// errInput is a form check that failed before anything was sent to the store.
type errInput struct{ msg string }

func (e errInput) Error() string { return e.msg }

// openAction shows the small form of one workflow action.
func (cv *caseView) openAction(a data.Action) *formDialog {
	switch a {
	case data.ActAcknowledge:
		return cv.simpleAction(a, lang.L("Confirm that the complainant has been told the complaint was received."), nil)
	case data.ActAssess:
		return cv.assessForm()
	case data.ActAssign:
		return cv.assignForm()
	case data.ActCall, data.ActLetter, data.ActVisit, data.ActEmail:
		return cv.contactForm(a)
	case data.ActNote:
		return cv.textForm(a, lang.L("Note"), false, func(t string) data.ActParams { return data.ActParams{Action: a, Text: t} })
	case data.ActResolve:
		return cv.textForm(a, lang.L("Result told to the complainant"), true, func(t string) data.ActParams { return data.ActParams{Action: a, Text: t} })
	case data.ActEscalate:
		return cv.textForm(a, lang.L("Reason for escalating"), false, func(t string) data.ActParams { return data.ActParams{Action: a, Reason: t} })
	case data.ActReopen:
		return cv.textForm(a, lang.L("Reason for reopening"), false, func(t string) data.ActParams { return data.ActParams{Action: a, Reason: t} })
	case data.ActReplyRead:
		return cv.textForm(a, lang.L("A new reply clears itself when the complainant is answered (a call, email, letter or visit logged on the case). Mark it read here when it needs no answer (a thank-you, say). Note, if any:"), false,
			func(t string) data.ActParams { return data.ActParams{Action: a, Text: t} })
	case data.ActHandling:
		return cv.handlingForm()
	case data.ActRate:
		return cv.rateForm()
	case data.ActClose:
		return cv.closeForm()
	case data.ActRepeat:
		return cv.repeatForm()
	case data.ActEvidence:
		return cv.evidenceForm("")
	}
	return nil
}

// act sends one action to the store and reloads the case on success.
func (cv *caseView) act(title string, body fyne.CanvasObject, check func() error, params func() data.ActParams, entries ...*entry) *formDialog {
	ref := cv.c.Ref
	var p data.ActParams
	f := cv.desk.formDialog(title, lang.L("Save"), body, func() error {
		if check != nil {
			if err := check(); err != nil {
				return err
			}
		}
		p = params()
		return nil
	}, func(ctx context.Context) error {
		_, err := cv.store.Act(ctx, ref, p)
		return err
	}, func() {
		cv.desk.setStatus(lang.L("{{.Action}}: saved on {{.Ref}}", map[string]any{"Action": actionLabel(p.Action), "Ref": ref}))
		cv.reload()
		cv.desk.checkDeadlines() // the counts in the navigation follow at once
	})
	f.show(cv.desk, fyne.NewSize(560, 360), entries...)
	return f
}

func (cv *caseView) simpleAction(a data.Action, text string, params func() data.ActParams) *formDialog {
	l := newPara(text)
	if params == nil {
		params = func() data.ActParams { return data.ActParams{Action: a} }
	}
	return cv.act(actionLabel(a), l, nil, params)
}

func (cv *caseView) textForm(a data.Action, label string, toComplainant bool, params func(string) data.ActParams) *formDialog {
	e := newMultiLine(6)
	warn := warningLabel()
	body := container.NewBorder(widget.NewLabel(label), warn, nil, nil, e)
	if toComplainant {
		watchForbidden(e, warn, cv.phrases)
	}
	f := cv.act(actionLabel(a), body, nil, func() data.ActParams { return params(e.Text) }, e)
	cv.desk.win.Canvas().Focus(e)
	return f
}

func (cv *caseView) assessForm() *formDialog {
	c := cv.c
	var cats []string
	for _, x := range cv.names.categoryList {
		if x.Active || x.Code == c.Category {
			cats = append(cats, x.Name)
		}
	}
	cat := newSelect(cats, nil)
	if c.Category != "" {
		cat.SetSelected(cv.names.category(c.Category))
	}
	level := newSelect([]string{levelLabel(1), levelLabel(2), levelLabel(3)}, nil)
	if c.Level > 0 {
		level.SetSelectedIndex(c.Level - 1)
	}
	invalid := newCheck(lang.L("Invalid complaint (explain to the complainant and close)"), nil)
	reason := newMultiLine(2)
	reason.SetPlaceHolder(lang.L("Why the complaint is invalid"))
	urgency := newEntry()
	urgency.SetText(c.Urgency)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Category"), cat),
		widget.NewFormItem(lang.L("Level"), level),
		widget.NewFormItem(lang.L("Urgency and impact notes"), urgency),
		widget.NewFormItem("", invalid),
		widget.NewFormItem(lang.L("Reason"), reason),
	)
	// The reason is asked for only when the complaint is found invalid.
	reason.Disable()
	invalid.OnChanged = func(on bool) {
		if on {
			reason.Enable()
		} else {
			reason.Disable()
		}
		form.Refresh()
	}
	f := cv.act(actionLabel(data.ActAssess), form, func() error {
		if cat.Selected == "" {
			return errInput{lang.L("Choose a category.")}
		}
		if level.SelectedIndex() < 0 {
			return errInput{lang.L("Choose a level.")}
		}
		return nil
	}, func() data.ActParams {
		p := data.ActParams{Action: data.ActAssess, Category: cat.Selected, Level: level.SelectedIndex() + 1,
			Invalid: invalid.Checked, Urgency: urgency.Text}
		if invalid.Checked {
			p.Reason = reason.Text
		}
		return p
	}, urgency, reason)
	return f
}

func (cv *caseView) assignForm() *formDialog {
	c := cv.c
	var depts []string
	for _, x := range cv.names.departmentList {
		if x.Active || x.Code == c.Department {
			depts = append(depts, x.Name)
		}
	}
	dept := newSelect(depts, nil)
	if c.Department != "" {
		dept.SetSelected(cv.names.department(c.Department))
	}
	// Staff are offered with their department and tier, those of the department chosen first.
	var staff []data.User
	for _, u := range cv.names.userList {
		if u.Active {
			staff = append(staff, u)
		}
	}
	keep := lang.L("(keep current)")
	if c.Handler == "" {
		keep = lang.L("(none yet)")
	}
	handler := newSelect([]string{keep}, nil)
	handler.SetSelectedIndex(0)
	var offered []data.User // the staff as offered, after the first option
	picked := func() *data.User {
		if i := handler.SelectedIndex(); i > 0 && i <= len(offered) {
			return &offered[i-1]
		}
		return nil
	}
	offer := func(deptName string) {
		var was string
		if u := picked(); u != nil {
			was = u.Name
		}
		var in, out []data.User
		for _, u := range staff {
			if u.Department != "" && cv.names.department(u.Department) == deptName {
				in = append(in, u)
			} else {
				out = append(out, u)
			}
		}
		offered = append(in, out...)
		opts, sel := []string{keep}, 0
		for i, u := range offered {
			opts = append(opts, handlerLabel(u, cv.names))
			if u.Name == was {
				sel = i + 1
			}
		}
		handler.Options = opts
		handler.SetSelectedIndex(sel)
	}
	// The other departments involved, which the office coordinates; not the responsible one.
	var involved []*tick
	boxes := container.NewGridWithColumns(3)
	for _, x := range cv.names.departmentList {
		if x.Active || slices.Contains(c.Involved, x.Code) {
			t := newCheck(x.Name, nil)
			t.SetChecked(slices.Contains(c.Involved, x.Code))
			involved = append(involved, t)
			boxes.Add(t)
		}
	}
	dept.OnChanged = func(name string) {
		offer(name)
		for _, t := range involved {
			if t.Text == name {
				t.SetChecked(false)
				t.Disable()
			} else {
				t.Enable()
			}
		}
	}
	dept.OnChanged(dept.Selected)
	hint := newPara("")
	handler.OnChanged = func(string) {
		// Seed 001 §4.2: the handler's tier follows the level.
		hint.Importance = widget.MediumImportance
		hint.SetText(lang.L("Level {{.Level}}: the handler should be a tier {{.Level}} member of staff.", map[string]any{"Level": c.Level}))
		if u := picked(); u != nil && u.Tier < c.Level {
			hint.Importance = widget.WarningImportance
			hint.SetText(lang.L("{{.Name}} is a tier {{.Tier}} member of staff; a level {{.Level}} complaint asks for tier {{.Level}}.",
				map[string]any{"Name": u.DisplayName, "Tier": u.Tier, "Level": c.Level}))
		}
	}
	handler.OnChanged("")
	form := widget.NewForm(widget.NewFormItem(lang.L("Department"), dept), widget.NewFormItem(lang.L("Handler"), handler),
		widget.NewFormItem(lang.L("Also involved"), boxes))
	f := cv.act(actionLabel(data.ActAssign), container.NewVBox(form, hint), func() error {
		if dept.Selected == "" {
			return errInput{lang.L("Choose a department.")}
		}
		return nil
	}, func() data.ActParams {
		p := data.ActParams{Action: data.ActAssign, Department: dept.Selected, Involved: []string{}}
		if u := picked(); u != nil {
			p.Handler = u.Name
		} else if handler.SelectedIndex() > 0 {
			p.Handler = handler.Selected
		}
		for _, t := range involved {
			if t.Checked {
				p.Involved = append(p.Involved, t.Text)
			}
		}
		return p
	})
	return f
}

// handlerLabel names a member of staff as the handlers offered are named: with their
// department and tier.
func handlerLabel(u data.User, names *lookupNames) string {
	note := tierLabel(u.Tier)
	if u.Department != "" {
		note = names.department(u.Department) + " · " + note
	}
	return withNote(u.DisplayName, note)
}

// contactForm logs a call, letter, visit or email; calls get the standard phrases beside.
func (cv *caseView) contactForm(a data.Action) *formDialog {
	c := cv.c
	dir := widget.NewRadioGroup([]string{directionLabel(data.DirIn), directionLabel(data.DirOut)}, nil)
	dir.Horizontal = true
	dir.SetSelected(directionLabel(data.DirOut))
	contact := newEntry()
	switch a {
	case data.ActCall:
		contact.SetText(c.Complainant.Phone)
	case data.ActEmail:
		contact.SetText(c.Complainant.Email)
	case data.ActLetter:
		contact.SetText(c.Complainant.Address)
	}
	at := newEntry()
	at.SetText(formatTime(cv.desk.now(), cv.store.Calendar().Location()))
	releaseFocus(dir, at)
	minutes := newEntry()
	minutes.SetPlaceHolder("5")
	text := newMultiLine(8)
	text.SetPlaceHolder(lang.L("What was said or written"))
	warn := warningLabel()
	watchForbidden(text, warn, cv.phrases)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Direction"), dir),
		widget.NewFormItem(lang.L("When"), at),
		widget.NewFormItem(lang.L("Number, address or email"), contact),
	}
	if a == data.ActCall || a == data.ActVisit {
		items = append(items, widget.NewFormItem(lang.L("Duration (minutes)"), minutes))
	}
	items = append(items, widget.NewFormItem(lang.L("Summary"), text))
	form := container.NewVBox(widget.NewForm(items...), warn)
	var body fyne.CanvasObject = form
	if a == data.ActCall {
		split := container.NewHSplit(form, phrasePanel(cv.phrases, text))
		split.Offset = 0.62
		body = split
	}
	var when time.Time
	var dur time.Duration
	f := cv.act(actionLabel(a), body, func() error {
		t, err := parseTime(at.Text, cv.store.Calendar().Location())
		if err != nil {
			return errInput{lang.L("Write the time as YYYY-MM-DD HH:MM, e.g. 2026-11-23 14:30.")}
		}
		when = t
		dur = 0
		if m := strings.TrimSpace(minutes.Text); m != "" {
			n, err := strconv.Atoi(m)
			if err != nil || n < 0 || n > 24*60 {
				return errInput{lang.L("The duration is a whole number of minutes.")}
			}
			dur = time.Duration(n) * time.Minute
		}
		if dir.Selected == "" {
			return errInput{lang.L("Choose incoming or outgoing.")}
		}
		return nil
	}, func() data.ActParams {
		d := data.DirOut
		if dir.Selected == directionLabel(data.DirIn) {
			d = data.DirIn
		}
		return data.ActParams{Action: a, Direction: d, Contact: contact.Text, At: when, Duration: dur, Text: text.Text}
	}, contact, at, minutes, text)
	if a == data.ActCall {
		f.dlg.Resize(fyne.NewSize(900, 520))
	}
	cv.desk.win.Canvas().Focus(text)
	return f
}

func (cv *caseView) handlingForm() *formDialog {
	c := cv.c
	fields := []struct {
		label string
		value string
	}{
		{lang.L("Investigation"), c.Investigation}, {lang.L("Root cause"), c.RootCause},
		{lang.L("Responsible party"), c.ResponsibleParty}, {lang.L("Solution"), c.Solution},
		{lang.L("Prevention"), c.Prevention},
	}
	entries := make([]*entry, len(fields))
	form := widget.NewForm()
	for i, f := range fields {
		entries[i] = newMultiLine(3)
		entries[i].SetText(f.value)
		form.Append(f.label, entries[i])
	}
	f := cv.act(actionLabel(data.ActHandling), form, nil, func() data.ActParams {
		return data.ActParams{Action: data.ActHandling, Handling: data.Handling{Investigation: entries[0].Text,
			RootCause: entries[1].Text, ResponsibleParty: entries[2].Text, Solution: entries[3].Text, Prevention: entries[4].Text}}
	}, entries...)
	f.dlg.Resize(fyne.NewSize(640, 600))
	return f
}

func (cv *caseView) rateForm() *formDialog {
	var opts []string
	for r := 1; r <= 5; r++ {
		opts = append(opts, ratingLabel(r))
	}
	rating := widget.NewRadioGroup(opts, nil)
	releaseFocus(rating, nil)
	hint := newPara(lang.L("1–3 lets the case close. 4–5 reopens it one level higher; at level 3 it goes to the management meeting."))
	f := cv.act(actionLabel(data.ActRate), container.NewVBox(rating, hint), func() error {
		if rating.Selected == "" {
			return errInput{lang.L("Choose the complainant's rating.")}
		}
		return nil
	}, func() data.ActParams {
		n := 0
		for i, o := range opts {
			if o == rating.Selected {
				n = i + 1
			}
		}
		return data.ActParams{Action: data.ActRate, Rating: n}
	})
	return f
}

func (cv *caseView) closeForm() *formDialog {
	if r := cv.c.Satisfaction; r >= 1 && r <= 3 {
		// Rated already: the clerk only confirms.
		l := newPara(lang.L("The complainant rated the handling {{.Rating}}. Close the case?", map[string]any{"Rating": ratingLabel(r)}))
		f := cv.act(actionLabel(data.ActClose), l, nil, func() data.ActParams { return data.ActParams{Action: data.ActClose} })
		f.ok.SetText(actionLabel(data.ActClose)) // what the button does: close, not save a form
		return f
	}
	reason := newMultiLine(3)
	l := newPara(lang.L("Closing needs the result and a rating of 1–3. If the complainant gave no rating, say why:"))
	f := cv.act(actionLabel(data.ActClose), container.NewBorder(l, nil, nil, nil, reason), nil, func() data.ActParams {
		return data.ActParams{Action: data.ActClose, NoRatingReason: strings.TrimSpace(reason.Text)}
	}, reason)
	return f
}

func (cv *caseView) repeatForm() *formDialog {
	ref := newEntry()
	ref.SetPlaceHolder("TS-2026-000123")
	l := newPara(lang.L("Reference of the first complaint on the same matter. A repeat complaint is at least level 2."))
	f := cv.act(actionLabel(data.ActRepeat), container.NewVBox(l, ref), func() error {
		if strings.TrimSpace(ref.Text) == "" {
			return errInput{lang.L("Enter the reference of the first complaint.")}
		}
		return nil
	}, func() data.ActParams {
		return data.ActParams{Action: data.ActRepeat, RepeatOf: strings.TrimSpace(ref.Text)}
	}, ref)
	return f
}

// evidenceForm attaches a file with a note: file, when one was dropped on the window, or one
// picked.
func (cv *caseView) evidenceForm(file string) *formDialog {
	ref := cv.c.Ref
	path := newEntry()
	path.SetPlaceHolder(lang.L("File to attach"))
	path.SetText(file)
	browse := widget.NewButton(lang.L("Choose…"), func() { cv.desk.choosePath(path.SetText) })
	note := newMultiLine(3)
	note.SetPlaceHolder(lang.L("What the file shows (optional)"))
	body := container.NewVBox(container.NewBorder(nil, nil, nil, browse, path), note)
	f := cv.desk.formDialog(actionLabel(data.ActEvidence), lang.L("Attach"), body, func() error {
		if strings.TrimSpace(path.Text) == "" {
			return errInput{lang.L("Choose a file.")}
		}
		return nil
	}, func(ctx context.Context) error {
		e, err := data.EvidenceFile(strings.TrimSpace(path.Text))
		if err != nil {
			return err
		}
		e.Note = note.Text
		_, err = cv.store.AddEvidence(ctx, ref, e)
		return err
	}, func() {
		cv.desk.setStatus(lang.L("Evidence attached to {{.Ref}}", map[string]any{"Ref": ref}))
		cv.reload()
	})
	f.show(cv.desk, fyne.NewSize(560, 300), path, note)
	return f
}

// removeEvidenceForm takes a file attached by mistake off the case, for a reason the timeline
// keeps.
func (cv *caseView) removeEvidenceForm(e data.Evidence) *formDialog {
	ref := cv.c.Ref
	l := newPara(lang.L("“{{.Name}}” is taken off {{.Ref}}: the case, its dossier and its export no longer show it, and the timeline keeps who removed it, when and why.",
		map[string]any{"Name": e.Filename, "Ref": ref}))
	reason := newMultiLine(3)
	reason.SetPlaceHolder(lang.L("Why: attached to the wrong case, the wrong file…"))
	f := cv.desk.formDialog(lang.L("Remove evidence"), lang.L("Remove"), container.NewVBox(l, reason), func() error {
		if strings.TrimSpace(reason.Text) == "" {
			return errInput{lang.L("Say why the file is removed.")}
		}
		return nil
	}, func(ctx context.Context) error {
		return cv.store.RemoveEvidence(ctx, ref, e.ID, reason.Text)
	}, func() {
		cv.desk.setStatus(lang.L("“{{.Name}}” removed from {{.Ref}}", map[string]any{"Name": e.Filename, "Ref": ref}))
		cv.reload()
	})
	f.show(cv.desk, fyne.NewSize(560, 300), reason)
	return f
}

// editIntake corrects what was recorded at intake.
func (cv *caseView) editIntake() {
	c := cv.c
	f := newIntakeFields(cv.store.Calendar().Location())
	f.set(c)
	ref := c.Ref
	var n data.NewComplaint
	dlg := cv.desk.formDialog(lang.L("Edit intake"), lang.L("Save"), f.form, func() error {
		var err error
		n, err = f.read(cv.desk.now())
		if err != nil {
			return err
		}
		n.Complainant.ID = c.Complainant.ID
		return n.Validate()
	}, func(ctx context.Context) error {
		_, err := cv.store.UpdateComplaint(ctx, ref, n)
		return err
	}, func() {
		cv.desk.setStatus(lang.L("{{.Ref}} updated", map[string]any{"Ref": ref}))
		cv.reload()
	})
	dlg.show(cv.desk, fyne.NewSize(720, 640), f.entries()...)
}
