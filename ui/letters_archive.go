package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
	"complaintdesk/letters"
)

// CaseLetterStore is what the letters section of a case view needs from the case file.
type CaseLetterStore interface {
	LetterStore
	letters.DossierSource
	letterFiles
	LinkReply(ctx context.Context, evidenceID, letterID int64) (*data.LetterPair, error)
	UnlinkReply(ctx context.Context, pairID int64) error
	Calendar() *calendar.Calendar
}

// ArchiveStore is what the letter archive needs from the case file.
type ArchiveStore interface {
	letters.DossierSource
	letterFiles
	Archive(ctx context.Context, f data.ArchiveFilter) ([]data.ArchiveEntry, error)
	Calendar() *calendar.Calendar
}

// letterButtons are the buttons of an issued letter: open, print, save, and the archive copy
// opened or saved.
func letterButtons(env *letterEnv, files letterFiles, l data.Letter, loc *time.Location, bar *widget.ProgressBarInfinite,
	status statusLine) []fyne.CanvasObject {
	issued := func(ctx context.Context) ([]byte, []letters.Warning, error) {
		b, err := files.LetterPDF(ctx, l.ID)
		return b, nil, err
	}
	archived := func(ctx context.Context) ([]byte, []letters.Warning, error) {
		full, err := files.Letter(ctx, l.ID) // the archive's list leaves the text out
		if err != nil {
			return nil, nil, err
		}
		out, err := letters.ArchiveCopy(*full, letters.Options{})
		return out.PDF, out.Warnings, err
	}
	openWith := func(produce func(ctx context.Context) ([]byte, []letters.Warning, error), archiveCopy, print bool) func() {
		return func() {
			env.run(bar, func(ctx context.Context) error {
				b, _, err := produce(ctx)
				if err != nil {
					return err
				}
				folder := shortSHA(l.SHA256)
				if archiveCopy {
					folder += "-archive"
				}
				return env.openFile(letterFileName(l, archiveCopy, loc), folder, b, print)
			}, func(err error) {
				if err != nil {
					env.showError(err, env.win)
				}
			})
		}
	}
	save := func(produce func(ctx context.Context) ([]byte, []letters.Warning, error), archiveCopy bool) func() {
		return func() { env.saveFile(env.win, letterFileName(l, archiveCopy, loc), bar, status, produce) }
	}
	return []fyne.CanvasObject{
		widget.NewButtonWithIcon(lang.X("letters.open", "打开"), theme.FileIcon(), openWith(issued, false, false)),
		widget.NewButtonWithIcon(lang.X("letters.print", "打印"), theme.DocumentPrintIcon(), openWith(issued, false, true)),
		widget.NewButtonWithIcon(lang.X("letters.save", "另存为…"), theme.DocumentSaveIcon(), save(issued, false)),
		widget.NewButtonWithIcon(lang.X("letters.archive_copy", "存档副本"), theme.FolderIcon(), openWith(archived, true, false)),
		widget.NewButtonWithIcon(lang.X("letters.save_archive_copy", "保存存档副本…"), theme.DocumentSaveIcon(), save(archived, true)),
	}
}

// openEvidenceFile opens a file attached to the case (an incoming letter) in the system viewer.
func openEvidenceFile(env *letterEnv, files letterFiles, e data.Evidence, bar *widget.ProgressBarInfinite) {
	env.run(bar, func(ctx context.Context) error {
		b, err := files.Blob(ctx, e.SHA256)
		if err != nil {
			return err
		}
		return env.openFile(e.Filename, shortSHA(e.SHA256), b, false)
	}, func(err error) {
		if err != nil {
			env.showError(err, env.win)
		}
	})
}

// exportDossier asks where to save the case dossier and draws it there.
func exportDossier(env *letterEnv, st letters.DossierSource, ref string, bar *widget.ProgressBarInfinite, status statusLine) {
	name := ref + "-" + lang.X("letters.dossier_file", "投诉案卷") + ".pdf"
	env.saveFile(env.win, name, bar, status, func(ctx context.Context) ([]byte, []letters.Warning, error) {
		out, err := letters.BuildDossier(ctx, st, ref, printLanguage(ctx, st), env.now(), letters.Options{})
		return out.PDF, out.Warnings, err
	})
}

// letterHeading names a letter by its kind and its title, once when they are the same.
func letterHeading(l data.Letter) string {
	kind := letterKindLabel(letters.Kind(l.Kind))
	if l.Title == "" || l.Title == kind {
		return kind
	}
	return kind + " · " + l.Title
}

func letterInfo(l data.Letter, users map[string]string, loc *time.Location) string {
	return lang.X("letters.info", "{{.At}} · {{.By}} · {{.Pages}} 页 · SHA-256 {{.SHA}}", map[string]any{
		"At": formatTime(l.IssuedAt, loc), "By": fallback(users[l.IssuedBy], l.IssuedBy), "Pages": l.Pages,
		"SHA": shortSHA(l.SHA256)})
}

func userNames(ctx context.Context, s interface {
	Users(ctx context.Context) ([]data.User, error)
}) (map[string]string, error) {
	users, err := s.Users(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, u := range users {
		out[u.Name] = fallback(u.DisplayName, u.Name)
	}
	return out, nil
}

// CaseLetters is the letters section of a case view: the letters issued on the case with
// their files, each with the incoming letters it answers.
type CaseLetters struct {
	widget.BaseWidget
	env      *letterEnv
	store    CaseLetterStore
	ref      string
	onIssued func()

	root     fyne.CanvasObject
	list     *fyne.Container
	status   *para
	msg      *para
	progress *widget.ProgressBarInfinite
	compose  *widget.Button
	dossier  *widget.Button

	letters  []data.Letter
	pairs    []data.LetterPair
	evidence []data.Evidence
	users    map[string]string

	linkChoice *widget.RadioGroup    // the incoming letter picked in the link dialog
	confirm    *dialog.ConfirmDialog // the link or unlink dialog shown last
}

// NewCaseLetters builds the letters section of the case ref. ctx names the signed-in clerk;
// onIssued (may be nil) runs after a letter was issued from it, so that the case view can
// reload its timeline.
func NewCaseLetters(ctx context.Context, win fyne.Window, store CaseLetterStore, ref string, onIssued func()) *CaseLetters {
	return newCaseLetters(newLetterEnv(ctx, win), store, ref, onIssued)
}

func newCaseLetters(env *letterEnv, store CaseLetterStore, ref string, onIssued func()) *CaseLetters {
	v := &CaseLetters{env: env, store: store, ref: ref, onIssued: onIssued}
	v.list = container.NewVBox()
	v.status = newPara("")
	v.msg = errorLabel()
	v.progress = widget.NewProgressBarInfinite()
	v.progress.Hide()
	v.compose = widget.NewButtonWithIcon(lang.X("letters.write", "写书面答复…"), theme.DocumentCreateIcon(), func() {
		newComposer(v.env, v.store, v.ref, func() {
			v.Reload()
			if v.onIssued != nil {
				v.onIssued()
			}
		}).show()
	})
	v.compose.Importance = widget.HighImportance
	v.dossier = widget.NewButtonWithIcon(lang.X("letters.dossier", "导出案卷…"), theme.DownloadIcon(), func() {
		exportDossier(v.env, v.store, v.ref, v.progress, v.status)
	})
	top := container.NewVBox(container.NewHBox(v.compose, v.dossier), v.msg, v.progress)
	v.root = container.NewBorder(top, v.status, nil, nil, container.NewVScroll(v.list))
	v.ExtendBaseWidget(v)
	v.Reload()
	return v
}

// CreateRenderer draws the section.
func (v *CaseLetters) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(v.root) }

// Reload reads the case's letters, pairs and files again.
func (v *CaseLetters) Reload() {
	var c *data.Complaint
	var ls []data.Letter
	var ps []data.LetterPair
	var ev []data.Evidence
	var users map[string]string
	v.env.run(v.progress, func(ctx context.Context) error {
		var err error
		if c, err = v.store.Complaint(ctx, v.ref); err != nil {
			return err
		}
		if ls, err = v.store.Letters(ctx, c.ID); err != nil {
			return err
		}
		if ps, err = v.store.LetterPairs(ctx, c.ID); err != nil {
			return err
		}
		if ev, err = v.store.Evidence(ctx, c.ID); err != nil {
			return err
		}
		users, err = userNames(ctx, v.store)
		return err
	}, unlessFailed(v.msg, func() {
		setError(v.msg, "")
		v.letters, v.pairs, v.evidence, v.users = ls, ps, ev, users
		v.fill()
	}))
}

func (v *CaseLetters) fill() {
	loc := v.store.Calendar().Location()
	v.list.RemoveAll()
	if len(v.letters) == 0 {
		v.list.Add(widget.NewLabel(lang.X("letters.none", "此案尚未出具书面答复。")))
	}
	for i := len(v.letters) - 1; i >= 0; i-- { // newest first, as on the timeline
		l := v.letters[i]
		head := newBoldPara(letterHeading(l))
		box := container.NewVBox(head, widget.NewLabel(letterInfo(l, v.users, loc)))
		for _, p := range v.pairs {
			if p.Reply.ID != l.ID {
				continue
			}
			p := p
			in := widget.NewLabel(lang.X("letters.pair", "↔ 来信：{{.File}}（{{.At}} 添加）",
				map[string]any{"File": p.Incoming.Filename, "At": formatTime(p.Incoming.AddedAt, loc)}))
			in.Truncation = fyne.TextTruncateEllipsis
			box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(
				widget.NewButtonWithIcon(lang.X("letters.open_incoming", "打开来信"), theme.FileIcon(),
					func() { openEvidenceFile(v.env, v.store, p.Incoming, v.progress) }),
				widget.NewButtonWithIcon(lang.X("letters.unlink", "取消关联"), theme.ContentRemoveIcon(),
					func() { v.unlink(p) })), in))
		}
		link := widget.NewButtonWithIcon(lang.X("letters.link", "关联来信…"), theme.ContentAddIcon(), func() { v.link(l) })
		box.Add(container.NewGridWithColumns(3, append(letterButtons(v.env, v.store, l, loc, v.progress, v.status), link)...))
		v.list.Add(box)
		v.list.Add(widget.NewSeparator())
	}
	v.list.Refresh()
}

// link pairs an incoming letter of the case (a PDF or image among its files) with l.
func (v *CaseLetters) link(l data.Letter) {
	linked := map[int64]bool{}
	for _, p := range v.pairs {
		if p.Reply.ID == l.ID {
			linked[p.Incoming.ID] = true
		}
	}
	var options []string
	byOption := map[string]data.Evidence{}
	loc := v.store.Calendar().Location()
	for _, e := range v.evidence {
		if !data.IncomingLetterType(e.ContentType) || linked[e.ID] {
			continue
		}
		o := fmt.Sprintf("%s（%s）", e.Filename, formatTime(e.AddedAt, loc))
		options = append(options, o)
		byOption[o] = e
	}
	if len(options) == 0 {
		dialog.ShowInformation(lang.X("letters.link.title", "关联来信"), lang.X("letters.link.none",
			"此案没有可关联的来信。请先在“证据”中添加来信的扫描件（PDF 或图片）。"), v.env.win)
		return
	}
	v.linkChoice = widget.NewRadioGroup(options, nil)
	v.linkChoice.SetSelected(options[0])
	body := container.NewVBox(widget.NewLabel(lang.X("letters.link.text", "选择这封答复所回复的来信：")),
		container.NewVScroll(v.linkChoice))
	dlg := dialog.NewCustomConfirm(lang.X("letters.link.title", "关联来信"), lang.X("letters.link.ok", "关联"),
		lang.X("letters.cancel", "取消"), body, func(ok bool) {
			e, chosen := byOption[v.linkChoice.Selected]
			if !ok || !chosen {
				return
			}
			v.env.run(v.progress, func(ctx context.Context) error {
				_, err := v.store.LinkReply(ctx, e.ID, l.ID)
				return err
			}, v.afterChange)
		}, v.env.win)
	v.confirm = dlg
	dlg.Resize(fyne.NewSize(520, 360))
	dlg.Show()
}

// unlink removes a pairing made by mistake; the letter and the file stay.
func (v *CaseLetters) unlink(p data.LetterPair) {
	dlg := dialog.NewConfirm(lang.X("letters.unlink.title", "取消关联"),
		lang.X("letters.unlink.text", "取消“{{.File}}”与“{{.Title}}”的关联？信函和来信文件都会保留。",
			map[string]any{"File": p.Incoming.Filename, "Title": p.Reply.Title}), func(ok bool) {
			if !ok {
				return
			}
			v.env.run(v.progress, func(ctx context.Context) error { return v.store.UnlinkReply(ctx, p.ID) }, v.afterChange)
		}, v.env.win)
	dlg.SetConfirmText(lang.X("letters.unlink", "取消关联"))
	dlg.SetDismissText(lang.X("letters.unlink.keep", "保留关联"))
	v.confirm = dlg
	dlg.Show()
}

func (v *CaseLetters) afterChange(err error) {
	if err != nil {
		setError(v.msg, errorText(err))
		return
	}
	v.Reload()
}

// NewArchiveScreen builds the letter archive: every issued letter, searchable by reference,
// complainant, kind and issue date, each with the incoming letters it answers.
func NewArchiveScreen(ctx context.Context, win fyne.Window, store ArchiveStore) fyne.CanvasObject {
	return newArchiveScreen(newLetterEnv(ctx, win), store).view
}

// archiveScreen is the letter archive.
type archiveScreen struct {
	env    *letterEnv
	store  ArchiveStore
	view   fyne.CanvasObject
	labels labelColumn // of the letter shown

	ref, who, from, to *widget.Entry
	kind               *choice
	search             *widget.Button
	table              *widget.Table
	detail             *fyne.Container
	status             *widget.Label
	msg                *para
	progress           *widget.ProgressBarInfinite

	entries  []data.ArchiveEntry
	users    map[string]string
	searches latest
}

func newArchiveScreen(env *letterEnv, store ArchiveStore) *archiveScreen {
	s := &archiveScreen{env: env, store: store}
	s.ref, s.who, s.from, s.to = widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	s.ref.SetPlaceHolder(lang.X("letters.archive.ref", "投诉编号"))
	s.who.SetPlaceHolder(lang.X("letters.archive.who", "投诉人或单位"))
	s.from.SetPlaceHolder(lang.X("letters.archive.from", "起始日期 2026-01-01"))
	s.to.SetPlaceHolder(lang.X("letters.archive.to", "截止日期 2026-12-31"))
	for _, e := range []*widget.Entry{s.ref, s.who, s.from, s.to} {
		e.OnSubmitted = func(string) { s.load() }
	}
	kinds := []string{lang.X("letters.archive.all_kinds", "全部文书")}
	for _, k := range letters.Kinds {
		kinds = append(kinds, letterKindLabel(k))
	}
	s.kind = newSelect(kinds, func(string) { s.load() })
	s.search = widget.NewButtonWithIcon(lang.X("letters.archive.search", "查找"), theme.SearchIcon(), s.load)
	s.search.Importance = widget.HighImportance
	s.status = widget.NewLabel("")
	s.msg = errorLabel()
	s.progress = widget.NewProgressBarInfinite()
	s.progress.Hide()
	s.detail = container.NewVBox()

	header := []string{lang.X("letters.col.issued", "出具时间"), lang.X("letters.col.ref", "投诉编号"),
		lang.X("letters.col.complainant", "投诉人"), lang.X("letters.col.kind", "文书"), lang.X("letters.col.title", "标题"),
		lang.X("letters.col.incoming", "来信")}
	s.table = widget.NewTable(func() (int, int) { return len(s.entries), len(header) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row >= len(s.entries) {
				return
			}
			o.(*widget.Label).SetText(s.cell(s.entries[id.Row], id.Col))
		})
	s.table.ShowHeaderRow = true
	s.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	s.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(header[id.Col]) }
	// Narrow enough that a 1,000 px window shows the title beside the letter chosen; a long
	// name or title ends in "…" and is whole in the letter's details.
	for i, w := range []float32{132, 118, 68, 76, 160, 48} {
		s.table.SetColumnWidth(i, w)
	}
	s.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(s.entries) {
			s.showDetail(s.entries[id.Row])
		}
	}

	dates := container.NewGridWithColumns(2, s.from, s.to)
	filters := container.New(layout.NewGridLayoutWithColumns(3), s.ref, s.who, s.kind)
	bar := container.NewBorder(nil, nil, nil, s.search, container.NewVBox(filters, dates))
	split := container.NewHSplit(s.table, container.NewVScroll(clearOfScrollBar(s.detail)))
	split.Offset = 0.64
	title := widget.NewLabelWithStyle(lang.L("Letter archive"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.view = container.NewBorder(container.NewVBox(title, bar, s.msg, s.progress, s.status), nil, nil, nil, split)
	s.kind.SetSelectedIndex(0)
	return s
}

func (s *archiveScreen) cell(e data.ArchiveEntry, col int) string {
	l := e.Letter
	switch col {
	case 0:
		return formatTime(l.IssuedAt, s.store.Calendar().Location())
	case 1:
		return l.Ref
	case 2:
		return l.Complainant
	case 3:
		return letterKindLabel(letters.Kind(l.Kind))
	case 4:
		return l.Title
	case 5:
		if len(e.Incoming) == 0 {
			return "—"
		}
		return strconv.Itoa(len(e.Incoming))
	}
	return ""
}

// filter reads the search fields; the end date is inclusive.
func (s *archiveScreen) filter() (data.ArchiveFilter, error) {
	loc := s.store.Calendar().Location()
	f := data.ArchiveFilter{Ref: s.ref.Text, Complainant: s.who.Text}
	if i := s.kind.SelectedIndex(); i > 0 {
		f.Kind = string(letters.Kinds[i-1])
	}
	day := func(e *widget.Entry) (time.Time, error) {
		v := strings.TrimSpace(e.Text)
		if v == "" {
			return time.Time{}, nil
		}
		t, err := parseDay(v, loc)
		if err != nil {
			return time.Time{}, errInput{lang.X("letters.archive.bad_date", "日期“{{.Value}}”无效，请写成 2026-11-23 的形式。",
				map[string]any{"Value": v})}
		}
		return t, nil
	}
	var err error
	if f.From, err = day(s.from); err != nil {
		return f, err
	}
	if f.To, err = day(s.to); err != nil {
		return f, err
	}
	if !f.To.IsZero() {
		f.To = f.To.AddDate(0, 0, 1)
	}
	return f, nil
}

// load searches the archive off the UI goroutine.
func (s *archiveScreen) load() {
	f, err := s.filter()
	if err != nil {
		setError(s.msg, errorText(err))
		return
	}
	setError(s.msg, "")
	newest := s.searches.next()
	var found []data.ArchiveEntry
	var users map[string]string
	s.env.run(s.progress, func(ctx context.Context) error {
		var err error
		if found, err = s.store.Archive(ctx, f); err != nil {
			return err
		}
		users, err = userNames(ctx, s.store)
		return err
	}, newest(unlessFailed(s.msg, func() {
		s.entries, s.users = found, users
		s.status.SetText(lang.X("letters.archive.count", "找到 {{.N}} 份书面答复", map[string]any{"N": len(found)}))
		s.table.UnselectAll()
		s.table.Refresh()
		s.detail.RemoveAll()
		if len(found) == 0 {
			s.detail.Add(newPara(lang.X("letters.archive.none", "没有符合条件的书面答复。")))
		} else {
			s.detail.Add(newPara(lang.X("letters.archive.choose", "选中一份书面答复，查看它的来信，打开、打印或另存。")))
		}
		s.detail.Refresh()
	})))
}

// showDetail shows one letter with its incoming letters and what can be done with them.
func (s *archiveScreen) showDetail(e data.ArchiveEntry) {
	loc := s.store.Calendar().Location()
	l := e.Letter
	s.detail.RemoveAll()
	s.labels.reset()
	head := newBoldPara(letterHeading(l))
	s.detail.Add(head)
	s.detail.Add(s.labels.row(lang.X("letters.col.ref", "投诉编号"), l.Ref, widget.MediumImportance))
	s.detail.Add(s.labels.row(lang.X("letters.col.complainant", "投诉人"), l.Complainant, widget.MediumImportance))
	s.detail.Add(newPara(letterInfo(l, s.users, loc)))
	s.detail.Add(container.NewGridWithColumns(2, letterButtons(s.env, s.store, l, loc, s.progress, s.status)...))
	s.detail.Add(widget.NewSeparator())
	if len(e.Incoming) == 0 {
		s.detail.Add(widget.NewLabel(lang.X("letters.archive.no_incoming", "没有关联的来信。")))
	}
	for _, in := range e.Incoming {
		in := in
		lb := widget.NewLabel(lang.X("letters.pair", "↔ 来信：{{.File}}（{{.At}} 添加）",
			map[string]any{"File": in.Filename, "At": formatTime(in.AddedAt, loc)}))
		lb.Truncation = fyne.TextTruncateEllipsis
		s.detail.Add(container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon(lang.X("letters.open_incoming", "打开来信"),
			theme.FileIcon(), func() { openEvidenceFile(s.env, s.store, in, s.progress) }), lb))
	}
	s.detail.Add(widget.NewSeparator())
	s.detail.Add(widget.NewButtonWithIcon(lang.X("letters.dossier", "导出案卷…"), theme.DownloadIcon(),
		func() { exportDossier(s.env, s.store, l.Ref, s.progress, s.status) }))
	s.detail.Refresh()
}
