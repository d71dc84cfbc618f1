package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/letters"
	"complaintdesk/ui/sysopen"
)

// LetterStore is what composing and issuing a letter need from the case file.
type LetterStore interface {
	letters.CaseSource
	letters.Issuer
}

// letterFiles reads the files the letter screens open, print and save.
type letterFiles interface {
	Letter(ctx context.Context, id int64) (*data.Letter, error)
	LetterPDF(ctx context.Context, id int64) ([]byte, error)
	Blob(ctx context.Context, sha string) ([]byte, error)
	Setting(ctx context.Context, key string) (string, error)
}

// letterEnv is what the letter screens share: the window, the signed-in clerk (in ctx, so
// that issued letters name who issued them), the clock, and how work comes back to the UI.
type letterEnv struct {
	runner // the clerk's context, the UI goroutine and the count of background tasks
	win    fyne.Window
	now    func() time.Time
	open   func(path string) error
	print  func(path string) error
	// temp is the folder files are written to before they are handed to the viewer.
	temp string
	// chooseSave asks where to save a file named name; done gets nil when cancelled.
	chooseSave func(parent fyne.Window, name string, done func(fyne.URIWriteCloser, error))
	// letters, when set, are the letter windows of a desk, which asks about letters changed and
	// not issued before it closes.
	letters *letterWindows
}

// letterWindows are the composers open from a desk. While asking, the desk is asking whether
// to give up unsaved work, its letters included, before it closes: the composers do not ask
// again.
type letterWindows struct {
	open   map[*composer]struct{}
	asking bool
}

func newLetterEnv(ctx context.Context, win fyne.Window) *letterEnv {
	return &letterEnv{runner: runner{ctx: ctx, apply: fyne.Do, pending: new(atomic.Int64)}, win: win, now: time.Now,
		open: sysopen.Open, print: sysopen.Print, temp: filepath.Join(os.TempDir(), "ComplaintDesk", "letters"),
		chooseSave: saveDialog}
}

// saveDialog is the file dialog that asks where to save, opening in the home folder.
func saveDialog(parent fyne.Window, name string, done func(fyne.URIWriteCloser, error)) {
	dlg := dialog.NewFileSave(done, parent)
	dlg.SetFileName(name)
	dlg.SetFilter(storage.NewExtensionFileFilter([]string{filepath.Ext(name)}))
	startInHome(dlg)
	fitFileDialog(dlg, parent, lang.L("Save as"))
	dlg.Show()
	localiseFileDialog(parent)
}

// showError shows an error from the packages as one translated message over parent.
func (e *letterEnv) showError(err error, parent fyne.Window) {
	dialog.ShowError(errorTextError{err}, parent)
}

// openFile writes b to a temporary file named name and hands it to the system viewer (or
// printer). The file goes in a folder of its own, named by folder (the content's short
// sha256), so that two files of the same name never collide.
func (e *letterEnv) openFile(name, folder string, b []byte, print bool) error {
	dir := filepath.Join(e.temp, folder)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("letters: temporary folder: %w", err)
	}
	path := filepath.Join(dir, safeFileName(name))
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return fmt.Errorf("letters: temporary file: %w", err)
	}
	if print {
		return e.print(path)
	}
	return e.open(path)
}

// statusLine is where a screen says what became of a file it saved: a label or a para.
type statusLine interface{ SetText(string) }

// saveFile asks where to save and writes what produce returns there, off the UI goroutine.
func (e *letterEnv) saveFile(parent fyne.Window, name string, bar *widget.ProgressBarInfinite, status statusLine,
	produce func(ctx context.Context) ([]byte, []letters.Warning, error)) {
	e.chooseSave(parent, safeFileName(name), func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			e.showError(err, parent)
			return
		}
		if w == nil {
			return // cancelled
		}
		var warnings []letters.Warning
		e.run(bar, func(ctx context.Context) error {
			var b []byte
			var err error
			b, warnings, err = produce(ctx)
			if err == nil {
				_, err = w.Write(b)
			}
			if cerr := w.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("letters: save %s: %w", w.URI().Name(), cerr)
			}
			return err
		}, func(err error) {
			if err != nil {
				e.showError(err, parent)
				return
			}
			if status != nil {
				status.SetText(strings.TrimSpace(lang.X("letters.saved", "已保存 {{.File}}", map[string]any{"File": w.URI().Name()}) +
					"\n" + renderWarnings(warnings)))
			}
		})
	})
}

func shortSHA(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}

// printLanguage is the language letters, dossiers and archive copies default to: the one
// chosen for the window, else Simplified Chinese.
func printLanguage(ctx context.Context, s interface {
	Setting(ctx context.Context, key string) (string, error)
}) string {
	v, err := s.Setting(ctx, data.SettingLanguage)
	if err != nil || !knownLanguage(v) {
		return letters.Langs[0]
	}
	return v
}

// Chinese names of the letter kinds, the fallback of the translations under letters.kind.*.
var letterKindChinese = map[letters.Kind]string{letters.KindApology: "致歉信", letters.KindReply: "回复函",
	letters.KindReceipt: "受理回执", letters.KindForm: "投诉处理单", letters.KindFollowUp: "回访记录"}

func letterKindLabel(k letters.Kind) string {
	return lang.X("letters.kind."+string(k), fallback(letterKindChinese[k], string(k)))
}

// renderWarningText translates a warning of the PDF renderer.
func renderWarningText(w letters.Warning) string {
	def := map[string]string{
		letters.WarnLogo:    "办公室标志无法读取（不是 GIF、JPEG 或 PNG 图片），信函已不带标志生成。",
		letters.WarnImage:   "案件附带的一张图片无法读取，卷宗中只列出其文件名：{{.Detail}}",
		letters.WarnPDFScan: "PDF 扫描件已列入卷宗目录，但未嵌入卷宗：{{.Detail}}",
	}[w.Code]
	if def == "" {
		def = w.Code + " {{.Detail}}"
	}
	return lang.X("letters.warn."+w.Code, def, map[string]any{"Detail": w.Detail})
}

func renderWarnings(ws []letters.Warning) string {
	var out []string
	for _, w := range ws {
		out = append(out, renderWarningText(w))
	}
	return strings.Join(out, "\n")
}

// ShowLetterComposer opens a window in which the clerk picks a kind of letter and a language,
// edits the text filled in from the case, previews it and issues it. ctx names the signed-in
// clerk (data.WithActor); onIssued (may be nil) runs after a letter was filed.
func ShowLetterComposer(ctx context.Context, win fyne.Window, store LetterStore, ref string, onIssued func()) {
	newComposer(newLetterEnv(ctx, win), store, ref, onIssued).show()
}

// composer is the letter-writing window.
type composer struct {
	env      *letterEnv
	store    LetterStore
	ref      string
	onIssued func()
	win      fyne.Window

	kind     *choice
	lang     *choice
	langs    []string
	title    *entry
	salute   *entry
	body     *entry
	closing  *entry
	fields   []*entry
	form     *fyne.Container
	side     *fyne.Container // the standard phrases, added to the body when tapped
	forbid   *para
	missing  *para
	dates    *para // dates counted without their year's holidays
	glyphs   *para // characters no font of this computer prints
	notes    *para
	msg      *para
	progress *widget.ProgressBarInfinite
	preview  *widget.Button
	issue    *widget.Button
	confirm  *dialog.ConfirmDialog // the question shown last (discard edits, issue despite problems)

	draft   letters.Draft // as prepared from the template
	phrases phraseLists
	ready   bool // a draft is shown
	dirty   bool // the clerk changed the text since it was prepared
	filling bool // entries are being set from a draft
	chosen  [2]int
}

func newComposer(env *letterEnv, store LetterStore, ref string, onIssued func()) *composer {
	c := &composer{env: env, store: store, ref: ref, onIssued: onIssued, langs: letters.Langs}
	c.win = fyne.CurrentApp().NewWindow(lang.X("letters.composer.title", "书面答复 {{.Ref}}", map[string]any{"Ref": ref}))
	var kinds, langs []string
	for _, k := range letters.Kinds {
		kinds = append(kinds, letterKindLabel(k))
	}
	for _, l := range c.langs {
		langs = append(langs, languageName[l])
	}
	c.kind = newSelect(kinds, nil)
	c.lang = newSelect(langs, nil)
	c.title, c.salute = newEntry(), newEntry()
	c.body = newMultiLine(12)
	c.closing = newMultiLine(2)
	c.closing.Wrapping = fyne.TextWrapOff
	for _, e := range []*entry{c.title, c.salute, c.body, c.closing} {
		e.OnChanged = c.changed
		e.onEscape = c.closeTapped
	}
	c.form = container.NewVBox()
	c.side = container.NewStack()
	c.forbid = warningLabel()
	c.forbid.Importance = widget.DangerImportance
	c.missing = warningLabel()
	c.dates = warningLabel()
	c.glyphs = warningLabel()
	c.notes = warningLabel()
	c.msg = errorLabel()
	c.progress = widget.NewProgressBarInfinite()
	c.progress.Hide()
	c.preview = widget.NewButtonWithIcon(lang.X("letters.preview", "预览"), theme.VisibilityIcon(), c.previewTapped)
	c.issue = widget.NewButtonWithIcon(lang.X("letters.issue", "出具并打开"), theme.DocumentPrintIcon(), c.issueTapped)
	c.issue.Importance = widget.HighImportance
	closeBtn := widget.NewButton(lang.X("letters.close", "关闭"), c.closeTapped)
	c.preview.Disable()
	c.issue.Disable()

	c.kind.SetSelectedIndex(0)
	c.lang.SetSelectedIndex(0)
	c.kind.OnChanged = func(string) { c.choose() }
	c.lang.OnChanged = func(string) { c.choose() }

	bar := container.NewHBox(widget.NewLabel(lang.X("letters.kind", "文书")), selectBox(c.kind),
		widget.NewLabel(lang.X("letters.language", "语言")), selectBox(c.lang))
	checks := container.NewVBox(c.forbid, c.missing, c.dates, c.glyphs, c.notes, c.msg, c.progress)
	buttons := container.NewHBox(layout.NewSpacer(), closeBtn, c.preview, c.issue)
	split := container.NewHSplit(container.NewVScroll(c.form), c.side)
	split.Offset = 0.72
	c.win.SetContent(container.NewBorder(container.NewVBox(bar, widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), checks, buttons), nil, nil, split))
	c.win.SetCloseIntercept(c.closeRequested)
	if env.letters != nil {
		env.letters.open[c] = struct{}{}
		c.win.SetOnClosed(func() { delete(env.letters.open, c) })
	}
	c.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape {
			c.closeTapped()
		}
	})
	return c
}

// show opens the window about as large as the main window and composes the first kind.
func (c *composer) show() {
	size := fyne.NewSize(980, 760)
	if c.env.win != nil {
		if s := c.env.win.Canvas().Size(); s.Width > 700 && s.Height > 500 {
			size = fyne.NewSize(s.Width*0.85, s.Height*0.92)
		}
	}
	c.win.Resize(size)
	c.win.CenterOnScreen()
	c.win.Show()
	c.loadDefaults()
}

// loadDefaults picks the print language of the office and composes.
func (c *composer) loadDefaults() {
	var l string
	c.env.run(c.progress, func(ctx context.Context) error {
		l = printLanguage(ctx, c.store)
		return nil
	}, func(error) {
		for i, x := range c.langs {
			if x == l && i != c.lang.SelectedIndex() {
				c.filling = true
				c.lang.SetSelectedIndex(i)
				c.filling = false
			}
		}
		c.prepare()
	})
}

func (c *composer) selected() (letters.Kind, string) {
	return letters.Kinds[max(c.kind.SelectedIndex(), 0)], c.langs[max(c.lang.SelectedIndex(), 0)]
}

// choose composes again for the kind and language picked, after asking when the clerk's
// edits would be lost.
func (c *composer) choose() {
	if c.filling {
		return
	}
	if !c.dirty {
		c.prepare()
		return
	}
	c.confirmDiscard(c.prepare, func() {
		c.filling = true
		c.kind.SetSelectedIndex(c.chosen[0])
		c.lang.SetSelectedIndex(c.chosen[1])
		c.filling = false
	})
}

func (c *composer) confirmDiscard(discard, keep func()) {
	d := dialog.NewConfirm(lang.X("letters.discard.title", "放弃修改？"),
		lang.X("letters.discard.text", "已修改的文字将会丢失。"), func(ok bool) {
			if ok {
				discard()
			} else if keep != nil {
				keep()
			}
		}, c.win)
	d.SetConfirmText(lang.X("letters.discard.ok", "放弃修改"))
	d.SetDismissText(lang.X("letters.discard.keep", "继续编辑"))
	c.confirm = d
	d.Show()
}

// prepare fills the template of the chosen kind and language from the case.
func (c *composer) prepare() {
	kind, l := c.selected()
	c.chosen = [2]int{c.kind.SelectedIndex(), c.lang.SelectedIndex()}
	c.ready = false
	c.preview.Disable()
	c.issue.Disable()
	setError(c.msg, "")
	var d letters.Draft
	var phr phraseLists
	c.env.run(c.progress, func(ctx context.Context) error {
		var err error
		if d, err = letters.Prepare(ctx, c.store, c.ref, kind, l, c.env.now()); err != nil {
			return err
		}
		phr, err = loadPhrases(ctx, c.store)
		return err
	}, func(err error) {
		if k, l2 := c.selected(); k != kind || l2 != l {
			return // the clerk picked another meanwhile; its own result follows
		}
		if err != nil {
			setError(c.msg, errorText(err))
			return
		}
		c.draft, c.phrases = d, phr
		c.side.Objects = []fyne.CanvasObject{phrasePanel(phr, c.body)}
		c.side.Refresh()
		c.fill(d)
	})
}

// fill shows a prepared draft in the entries.
func (c *composer) fill(d letters.Draft) {
	c.filling = true
	defer func() { c.filling = false }()
	c.form.RemoveAll()
	add := func(label string, obj fyne.CanvasObject) {
		c.form.Add(widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		c.form.Add(obj)
	}
	c.title.SetText(d.Title)
	add(lang.X("letters.field.title", "标题"), c.title)
	if d.Kind.IsLetter() || d.Salutation != "" {
		c.salute.SetText(d.Salutation)
		add(lang.X("letters.field.salutation", "称呼"), c.salute)
	}
	c.fields = nil
	if len(d.Fields) > 0 {
		grid := container.New(layout.NewFormLayout())
		for _, f := range d.Fields {
			e := newEntry()
			if f.Lines > 1 {
				e = newMultiLine(min(f.Lines, 6))
			}
			e.SetText(f.Value)
			e.OnChanged = c.changed
			e.onEscape = c.closeTapped
			grid.Add(widget.NewLabel(f.Label))
			grid.Add(e)
			c.fields = append(c.fields, e)
		}
		add(lang.X("letters.field.fields", "表格栏目"), grid)
	}
	if d.Kind.IsLetter() || d.Body != "" {
		c.body.SetText(d.Body)
		add(lang.X("letters.field.body", "正文（每行一段，打印时首行缩进两字）"), c.body)
	}
	if len(d.Closing) > 0 || d.Kind.IsLetter() {
		c.closing.SetText(strings.Join(d.Closing, "\n"))
		add(lang.X("letters.field.closing", "结束语"), c.closing)
	}
	if len(d.Signatures) > 0 {
		add(lang.X("letters.field.signatures", "签字栏"), widget.NewLabel(strings.Join(d.Signatures, "　")))
	}
	c.ready, c.dirty = true, false
	c.preview.Enable()
	c.issue.Enable()
	c.notes.Hide()
	c.check()
	c.form.Refresh()
}

func (c *composer) changed(string) {
	if c.filling || !c.ready {
		return
	}
	c.dirty = true
	c.check()
}

// current is the draft with the clerk's edits.
func (c *composer) current() letters.Draft {
	d := c.draft
	d.Title = strings.TrimSpace(c.title.Text)
	if d.Kind.IsLetter() || d.Salutation != "" {
		d.Salutation = strings.TrimSpace(c.salute.Text)
	}
	if d.Kind.IsLetter() || d.Body != "" {
		d.Body = strings.TrimRight(c.body.Text, "\n ")
	}
	d.Fields = append([]letters.Field(nil), c.draft.Fields...)
	for i, e := range c.fields {
		d.Fields[i].Value = e.Text
	}
	if len(d.Closing) > 0 || d.Kind.IsLetter() {
		d.Closing = nil
		for _, l := range strings.Split(strings.TrimRight(c.closing.Text, "\n"), "\n") {
			if strings.TrimSpace(l) != "" {
				d.Closing = append(d.Closing, l)
			}
		}
	}
	return d
}

// check flags forbidden phrases, the gaps left by placeholders the case does not fill, dates
// it could not check and characters that would print as □.
func (c *composer) check() {
	d := c.current()
	text := d.Text()
	w := forbiddenWarning(text, c.phrases)
	c.forbid.SetText(w)
	showIf(c.forbid, w != "")
	gaps := strings.Count(text+strings.Join(d.Signatures, ""), letters.Blank)
	if gaps > 0 {
		var names []string
		for _, m := range d.Missing {
			names = append(names, lang.X("letters.placeholder."+m, fallback(letters.PlaceholderLabel(m), m)))
		}
		c.missing.SetText(lang.X("letters.missing", "还有 {{.N}} 处空白（{{.Blank}}）待填写，案件中尚无：{{.Names}}",
			map[string]any{"N": gaps, "Blank": letters.Blank, "Names": strings.Join(names, lang.L("list.sep"))}))
	}
	showIf(c.missing, gaps > 0)
	w = uncheckedWarning(d)
	c.dates.SetText(w)
	showIf(c.dates, w != "")
	chars := d.Unprintable()
	named := make([]string, len(chars))
	for i, ch := range chars {
		// The window may have no font for it either: its code says which it is.
		named[i] = fmt.Sprintf("%s (U+%04X)", ch, []rune(ch)[0])
	}
	c.glyphs.SetText(lang.X("letters.unprintable", "这台电脑上没有字体能打印这些字符，信中将显示为□：{{.Chars}}。请改写，或安装含有它们的字体。",
		map[string]any{"Chars": strings.Join(named, lang.L("list.sep"))}))
	showIf(c.glyphs, len(chars) > 0)
}

// uncheckedWarning names the dates of the draft that count Monday to Friday only, for want of
// their year's holidays in the working calendar.
func uncheckedWarning(d letters.Draft) string {
	if len(d.Unchecked) == 0 {
		return ""
	}
	var names []string
	for _, m := range d.Unchecked {
		names = append(names, lang.X("letters.placeholder."+m, fallback(letters.PlaceholderLabel(m), m)))
	}
	return lang.X("letters.unchecked", "{{.Names}}只按周一至周五计算：工作日历中还没有该年的节假日安排。出具前请核对日期。",
		map[string]any{"Names": strings.Join(names, lang.L("list.sep"))})
}

// selectBox gives a selector room for its longest choice ("Complaint handling form").
func selectBox(s *choice) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(240, s.MinSize().Height), s)
}

func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}

// previewTapped draws the letter as it stands into a temporary PDF and opens it; nothing is
// filed.
func (c *composer) previewTapped() {
	d := c.current()
	var out letters.Output
	c.env.run(c.progress, func(ctx context.Context) error {
		var err error
		if out, err = letters.Render(d, letters.Options{Created: c.env.now()}); err != nil {
			return err
		}
		name := fmt.Sprintf("%s-%s-%s.pdf", d.Ref, letterKindLabel(d.Kind), lang.X("letters.preview_suffix", "预览"))
		return c.env.openFile(name, fmt.Sprintf("preview-%d", time.Now().UnixNano()), out.PDF, false)
	}, func(err error) {
		c.showNotes(out.Warnings)
		if err != nil {
			setError(c.msg, errorText(err))
		}
	})
}

func (c *composer) showNotes(ws []letters.Warning) {
	t := renderWarnings(ws)
	c.notes.SetText(t)
	showIf(c.notes, t != "")
}

// issueTapped files the letter. Forbidden phrases and unfilled gaps are shown first and the
// letter is issued only when the clerk confirms it as it is.
func (c *composer) issueTapped() {
	d := c.current()
	var problems []string
	if w := forbiddenWarning(d.Text(), c.phrases); w != "" {
		problems = append(problems, w)
	}
	if strings.Contains(d.Text(), letters.Blank) {
		problems = append(problems, lang.X("letters.gaps", "文中还有未填写的空白（{{.Blank}}）。", map[string]any{"Blank": letters.Blank}))
	}
	if w := uncheckedWarning(d); w != "" {
		problems = append(problems, w)
	}
	if len(problems) == 0 {
		c.doIssue(d)
		return
	}
	msg := strings.Join(problems, "\n") + "\n\n" + lang.X("letters.issue_anyway.text", "出具后信函不能再修改。仍要按现在的文字出具吗？")
	dlg := dialog.NewConfirm(lang.X("letters.issue_anyway.title", "出具前请检查"), msg, func(ok bool) {
		if ok {
			c.doIssue(d)
		}
	}, c.win)
	dlg.SetConfirmText(lang.X("letters.issue_anyway", "仍然出具"))
	dlg.SetDismissText(lang.X("letters.back_to_edit", "返回修改"))
	dlg.SetConfirmImportance(widget.DangerImportance)
	c.confirm = dlg
	dlg.Show()
}

func (c *composer) doIssue(d letters.Draft) {
	c.issue.Disable()
	c.preview.Disable()
	var out *letters.Issued
	c.env.run(c.progress, func(ctx context.Context) error {
		var err error
		out, err = letters.Issue(ctx, c.store, d, c.env.now())
		return err
	}, func(err error) {
		if err != nil {
			c.issue.Enable()
			c.preview.Enable()
			setError(c.msg, errorText(err))
			return
		}
		if c.onIssued != nil {
			c.onIssued()
		}
		c.dirty = false
		c.win.Close()
		if len(out.Warnings) > 0 {
			dialog.ShowInformation(lang.X("letters.issued", "信函已出具"), renderWarnings(out.Warnings), c.env.win)
		}
		l := out.Letter
		c.env.run(nil, func(context.Context) error {
			return c.env.openFile(letterFileName(*l, false, d.Date.Location()), shortSHA(l.SHA256), out.PDF, false)
		}, func(err error) {
			if err != nil {
				c.env.showError(err, c.env.win)
			}
		})
	})
}

// closeRequested is the window's close button, and Quit: when the program is closing, the desk
// asks about this letter with the rest of the unsaved work.
func (c *composer) closeRequested() {
	if c.env.letters != nil && c.env.letters.asking {
		return
	}
	c.closeTapped()
}

func (c *composer) closeTapped() {
	if !c.dirty {
		c.win.Close()
		return
	}
	c.confirmDiscard(c.win.Close, nil)
}

// letterFileName names an issued letter's file: reference, kind and the time issued, in loc.
func letterFileName(l data.Letter, archiveCopy bool, loc *time.Location) string {
	name := fmt.Sprintf("%s-%s-%s", l.Ref, letterKindLabel(letters.Kind(l.Kind)), l.IssuedAt.In(loc).Format("20060102-1504"))
	if archiveCopy {
		name += "-" + lang.X("letters.archive_copy_suffix", "存档副本")
	}
	return name + ".pdf"
}
