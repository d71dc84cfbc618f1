package ui

import (
	"cmp"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
	"complaintdesk/data/contact"
	"complaintdesk/mailintake/decode"
)

// intakeStore is what the new-complaint form needs.
type intakeStore interface {
	CreateComplaint(ctx context.Context, n data.NewComplaint) (*data.Complaint, error)
	FindComplainant(ctx context.Context, phone, email string) (*data.Complainant, error)
	History(ctx context.Context, complainantID int64) ([]*data.Complaint, error)
	Setting(ctx context.Context, key string) (string, error)
	Calendar() *calendar.Calendar
}

// intakeChannels are the channels a clerk types in; email arrives through the mail intake.
var intakeChannels = []data.Channel{data.ChannelPhone, data.ChannelLetter, data.ChannelVisit, data.ChannelFax,
	data.ChannelWeb, data.ChannelSocial}

// intakeFields are the inputs of a complaint's intake, shared by the new form and the edit dialog.
type intakeFields struct {
	loc      *time.Location
	channels []data.Channel

	channel  *choice
	received *entry
	place    *entry
	name     *entry
	company  *entry
	phone    *entry
	email    *entry
	address  *entry
	ptype    *choice
	subject  *entry
	desc     *entry
	remedy   *entry
	impact   *entry
	repeatOf *entry
	form     *widget.Form
}

func newIntakeFields(loc *time.Location) *intakeFields {
	f := &intakeFields{loc: loc, channels: data.Channels}
	var chans []string
	for _, c := range f.channels {
		chans = append(chans, channelLabel(c))
	}
	f.channel = newSelect(chans, nil)
	f.received = newEntry()
	f.place = newEntry()
	f.name = newEntry()
	f.company = newEntry()
	f.phone = newEntry()
	f.email = newEntry()
	f.address = newEntry()
	var types []string
	for _, t := range data.ComplainantTypes {
		types = append(types, typeLabel(t))
	}
	f.ptype = newSelect(types, nil)
	f.subject = newEntry()
	f.desc = newMultiLine(4)
	f.remedy = newMultiLine(2)
	f.impact = newMultiLine(2)
	f.repeatOf = newEntry()
	f.repeatOf.SetPlaceHolder("TS-2026-000123")
	f.received.SetPlaceHolder("2026-11-23 14:30")
	f.form = widget.NewForm(
		widget.NewFormItem(lang.L("Channel"), f.channel),
		widget.NewFormItem(lang.L("Received"), f.received),
		widget.NewFormItem(lang.L("Name")+" *", f.name),
		widget.NewFormItem(lang.L("Phone"), f.phone),
		widget.NewFormItem(lang.L("Email"), f.email),
		widget.NewFormItem(lang.L("Company / unit"), f.company),
		widget.NewFormItem(lang.L("Address"), f.address),
		widget.NewFormItem(lang.L("Complainant type"), f.ptype),
		widget.NewFormItem(lang.L("Subject")+" *", f.subject),
		widget.NewFormItem(lang.L("What happened"), f.desc),
		widget.NewFormItem(lang.L("Remedy sought"), f.remedy),
		widget.NewFormItem(lang.L("Scope of impact"), f.impact),
		widget.NewFormItem(lang.L("Place"), f.place),
	)
	return f
}

func (f *intakeFields) entries() []*entry {
	return []*entry{f.received, f.place, f.name, f.company, f.phone, f.email, f.address, f.subject, f.desc, f.remedy, f.impact, f.repeatOf}
}

// set fills the fields from a complaint (editing).
func (f *intakeFields) set(c *data.Complaint) {
	f.channel.SetSelected(channelLabel(c.Channel))
	f.received.SetText(formatTime(c.ReceivedAt, f.loc))
	f.received.Disable()
	f.place.SetText(c.Place)
	p := c.Complainant
	f.name.SetText(p.Name)
	f.company.SetText(p.Company)
	f.phone.SetText(p.Phone)
	f.email.SetText(p.Email)
	f.address.SetText(p.Address)
	f.ptype.SetSelected(typeLabel(p.Type))
	f.subject.SetText(c.Subject)
	f.desc.SetText(c.Description)
	f.remedy.SetText(c.Remedy)
	f.impact.SetText(c.Impact)
}

// read builds the new complaint from the fields; the store validates the rest.
func (f *intakeFields) read(now time.Time) (data.NewComplaint, error) {
	n := data.NewComplaint{Place: f.place.Text, Subject: f.subject.Text, Description: f.desc.Text,
		Remedy: f.remedy.Text, Impact: f.impact.Text, RepeatOf: strings.TrimSpace(f.repeatOf.Text),
		Complainant: data.Complainant{Name: f.name.Text, Company: f.company.Text, Phone: strings.TrimSpace(f.phone.Text),
			Email: strings.TrimSpace(f.email.Text), Address: f.address.Text}}
	i := f.channel.SelectedIndex()
	if i < 0 {
		return n, errInput{lang.L("Choose the channel the complaint came by.")}
	}
	n.Channel = f.channels[i]
	if i := f.ptype.SelectedIndex(); i >= 0 {
		n.Complainant.Type = data.ComplainantTypes[i]
	}
	if v := strings.TrimSpace(f.received.Text); v != "" && !f.received.Disabled() {
		t, err := parseTime(v, f.loc)
		if err != nil {
			return n, errInput{lang.L("Write the time as YYYY-MM-DD HH:MM, e.g. 2026-11-23 14:30.")}
		}
		if t.After(now.Add(5 * time.Minute)) {
			return n, errInput{lang.L("The time received cannot be in the future.")}
		}
		n.ReceivedAt = t
	}
	return n, nil
}

// intakeForm is the new-complaint screen: the form, the complainant look-up and, for phone
// calls, the standard phrases beside it.
type intakeForm struct {
	desk   *Desk
	store  intakeStore
	fields *intakeFields
	view   fyne.CanvasObject
	name   *entry

	title *widget.Label
	note  *para // what the form is filled in from, when it is
	msg   *para
	save  *widget.Button
	// create registers the complaint and returns its reference number.
	create    func(ctx context.Context, n data.NewComplaint) (string, error)
	lookup    *fyne.Container
	side      *fyne.Container
	phrases   phraseLists
	known     *data.Complainant
	mu        sync.Mutex
	timer     *time.Timer
	lookups   latest   // the complainant looked up as the clerk types
	initial   []string // the entries as the form was opened, to tell whether anything was typed
	files     []string // what the complainant handed in (a letter's scan, photos), filed with the complaint
	keptFiles []string // the files as the form was opened or registered
	filesBox  *fyne.Container
}

func newIntakeForm(d *Desk, s intakeStore) *intakeForm {
	f := &intakeForm{desk: d, store: s, fields: newIntakeFields(s.Calendar().Location())}
	f.create = func(ctx context.Context, n data.NewComplaint) (string, error) {
		c, err := s.CreateComplaint(ctx, n)
		if err != nil {
			return "", err
		}
		return c.Ref, nil
	}
	f.fields.channels = intakeChannels
	var chans []string
	for _, c := range intakeChannels {
		chans = append(chans, channelLabel(c))
	}
	f.fields.channel.SetOptions(chans)
	f.fields.channel.SetSelectedIndex(0)
	f.fields.ptype.SetSelected(typeLabel(data.TypeOther))
	f.fields.received.SetText(formatTime(d.now(), s.Calendar().Location()))
	f.fields.form.Append(lang.L("Repeat of"), f.fields.repeatOf)
	// What the complainant handed in is listed above the buttons, where it is seen without
	// scrolling the form; files can also be dropped on the window.
	f.filesBox = container.NewVBox()
	addFile := widget.NewButtonWithIcon(lang.L("Add evidence…"), theme.ContentAddIcon(), func() {
		d.choosePath(func(p string) { f.addFiles(p) })
	})
	f.name = f.fields.name
	f.msg = errorLabel()
	f.save = widget.NewButtonWithIcon(lang.L("Register complaint"), theme.DocumentSaveIcon(), f.submit)
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Cancel"), d.back)
	f.fields.phone.OnChanged = func(string) { f.lookupSoon() }
	f.fields.email.OnChanged = func(string) { f.lookupSoon() }
	for _, e := range f.fields.entries() {
		e.onEscape = d.back
	}
	f.lookup = container.NewVBox()
	f.side = container.NewStack()
	f.fields.channel.OnChanged = func(string) { f.updateSide() }

	f.title = widget.NewLabelWithStyle(lang.L("New complaint"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.note = newPara("")
	f.note.Hide()
	left := container.NewBorder(nil, container.NewVBox(f.msg, f.filesBox, container.NewHBox(f.save, cancel, addFile)), nil, nil,
		container.NewVScroll(f.fields.form))
	f.showFiles()
	right := container.NewBorder(container.NewVBox(heading(lang.L("Complainant look-up")), f.lookup, widget.NewSeparator()), nil, nil, nil, f.side)
	split := container.NewHSplit(left, right)
	split.Offset = 0.62
	f.view = container.NewBorder(container.NewVBox(f.title, f.note), nil, nil, nil, split)
	f.setLookup(nil, nil)
	d.run(func(ctx context.Context) error {
		var err error
		f.phrases, err = loadPhrases(ctx, s)
		return err
	}, unlessFailed(f.msg, func() {
		f.updateSide()
	}))
	f.keepAsTyped()
	return f
}

// updateSide shows the standard phrases while a phone complaint is typed in.
func (f *intakeForm) updateSide() {
	f.side.RemoveAll()
	if i := f.fields.channel.SelectedIndex(); i >= 0 && f.fields.channels[i] == data.ChannelPhone {
		f.side.Add(phrasePanel(f.phrases, f.fields.desc))
	}
	f.side.Refresh()
}

func (f *intakeForm) lookupSoon() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.timer != nil {
		f.timer.Stop()
	}
	f.timer = time.AfterFunc(searchDelay, func() { f.desk.apply(f.runLookup) })
}

// runLookup finds the complainant by phone or email and shows their earlier complaints.
func (f *intakeForm) runLookup() {
	phone, email := strings.TrimSpace(f.fields.phone.Text), strings.TrimSpace(f.fields.email.Text)
	if data.CheckPhone(phone) != nil {
		phone = ""
	}
	if data.CheckEmail(email) != nil {
		email = ""
	}
	newest := f.lookups.next()
	if phone == "" && email == "" {
		f.setLookup(nil, nil)
		return
	}
	var who *data.Complainant
	var hist []*data.Complaint
	f.desk.run(func(ctx context.Context) error {
		var err error
		if who, err = f.store.FindComplainant(ctx, phone, email); err != nil || who == nil {
			return err
		}
		hist, err = f.store.History(ctx, who.ID)
		return err
	}, newest(unlessFailed(f.msg, func() {
		f.setLookup(who, hist)
	})))
}

func (f *intakeForm) setLookup(who *data.Complainant, hist []*data.Complaint) {
	f.known = who
	f.lookup.RemoveAll()
	if who == nil {
		l := newPara(lang.L("Type a phone number or email to find earlier complaints."))
		f.lookup.Add(l)
		return
	}
	info := newPara(lang.L("Known complainant: {{.Name}} {{.Company}} — {{.N}} earlier complaints",
		map[string]any{"Name": who.Name, "Company": who.Company, "N": len(hist)}))
	info.Importance = widget.HighImportance
	f.lookup.Add(info)
	use := widget.NewButton(lang.L("Use these details"), func() {
		f.fields.name.SetText(who.Name)
		if f.fields.company.Text == "" {
			f.fields.company.SetText(who.Company)
		}
		if f.fields.address.Text == "" {
			f.fields.address.SetText(who.Address)
		}
		if f.fields.phone.Text == "" {
			f.fields.phone.SetText(who.Phone)
		}
		if f.fields.email.Text == "" {
			f.fields.email.SetText(who.Email)
		}
		f.fields.ptype.SetSelected(typeLabel(who.Type))
	})
	f.lookup.Add(use)
	loc := f.store.Calendar().Location()
	for i, c := range hist {
		if i == 8 {
			f.lookup.Add(widget.NewLabel(lang.L("… and {{.N}} more", map[string]any{"N": len(hist) - i})))
			break
		}
		ref := c.Ref
		b := widget.NewButton(fmt.Sprintf("%s  %s  %s  %s", c.Ref, formatTime(c.ReceivedAt, loc)[:10], statusLabel(c.Status), oneLine(c.Subject, 16)),
			func() { f.fields.repeatOf.SetText(ref) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		f.lookup.Add(b)
	}
	if len(hist) > 0 {
		hint := newPara(lang.L("Tap an earlier complaint to mark this one as its repeat."))
		hint.SizeName = theme.SizeNameCaptionText
		f.lookup.Add(hint)
	}
}

// addFiles adds files the complainant handed in, each once.
func (f *intakeForm) addFiles(paths ...string) {
	for _, p := range paths {
		if p != "" && !slices.Contains(f.files, p) {
			f.files = append(f.files, p)
		}
	}
	f.showFiles()
}

// showFiles lists the files to be filed with the complaint, each with a button that takes it off.
func (f *intakeForm) showFiles() {
	f.filesBox.RemoveAll()
	for _, p := range f.files {
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			f.files = slices.DeleteFunc(f.files, func(x string) bool { return x == p })
			f.showFiles()
		})
		remove.Importance = widget.LowImportance
		f.filesBox.Add(container.NewBorder(nil, nil, nil, remove, newPara(labelled(lang.L("Evidence"), filepath.Base(p)))))
	}
	showIf(f.filesBox, len(f.files) > 0)
	f.filesBox.Refresh()
}

// submit validates, registers the complaint and opens it.
func (f *intakeForm) submit() {
	n, err := f.fields.read(f.desk.now())
	if err == nil {
		err = n.Validate()
	}
	if err != nil {
		setError(f.msg, errorText(err))
		return
	}
	setError(f.msg, "")
	f.save.Disable()
	var ref string
	files := slices.Clone(f.files)
	f.desk.run(func(ctx context.Context) error {
		for _, p := range files {
			e, err := data.EvidenceFile(p)
			if err != nil {
				return err
			}
			n.Evidence = append(n.Evidence, e)
		}
		var err error
		ref, err = f.create(ctx, n)
		return err
	}, func(err error) {
		f.save.Enable()
		if err != nil {
			setError(f.msg, errorText(err))
			return
		}
		f.keepAsTyped()
		f.desk.OpenCase(ref)
		f.desk.setStatus(lang.L("Registered {{.Ref}}", map[string]any{"Ref": ref}))
	})
}

// fromMail fills the form in from a message the import could not open a complaint for, for the
// clerk to complete from what it says; saving registers the complaint with the message on it.
func (f *intakeForm) fromMail(m *data.MailMessage, register func(ctx context.Context, n data.NewComplaint) (string, error)) {
	f.create = register
	f.title.SetText(lang.L("Register email as complaint"))
	sealed := m.Error == decode.ProblemEncrypted
	if sealed {
		// What came is ciphertext: nothing of it is the complaint.
		f.note.SetText(lang.L("The email is encrypted: only the recipient's own mail program can read it. Write the complaint as the complainant tells it when asked (by phone, or in an email without encryption); the encrypted email goes on the new case."))
	} else {
		f.note.SetText(lang.L("Filled in from an email that opened no complaint by itself. {{.Problem}} Complete the complainant from its text; the email goes on the new case.",
			map[string]any{"Problem": mailProblemText(m.Error)}))
	}
	f.note.Show()
	fl := f.fields
	fl.channels = []data.Channel{data.ChannelEmail}
	fl.channel.SetOptions([]string{channelLabel(data.ChannelEmail)})
	fl.channel.SetSelectedIndex(0)
	fl.channel.Disable()
	fl.received.SetText(formatTime(m.ReceivedAt, f.store.Calendar().Location()))
	name := m.FromName
	if !sealed {
		// The writer's name, number and flat as a complaint the mail opened would have them: the
		// name the text gives when the sender gives none ("我叫王大壮…") or a shop's ("店长：韦佳").
		w := contact.Read(contact.Mail{Name: m.FromName, Email: m.FromEmail, Subject: m.Subject, Text: m.Text})
		name = cmp.Or(strings.TrimSpace(w.Name), m.FromName)
		fl.phone.SetText(oneLine(w.Phone, data.MaxShort))
		fl.address.SetText(oneLine(w.Address, data.MaxAddress))
	}
	fl.name.SetText(oneLine(name, data.MaxName))
	fl.email.SetText(oneLine(m.FromEmail, data.MaxShort))
	subject := m.Subject
	if strings.TrimSpace(subject) == "" && !sealed {
		subject = firstTextLine(m.Text)
	}
	fl.subject.SetText(oneLine(subject, data.MaxShort))
	if !sealed {
		fl.desc.SetText(m.Text)
	}
	f.updateSide()
	f.keepAsTyped()
}

// firstTextLine is the first line of text that is not blank.
func firstTextLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}
