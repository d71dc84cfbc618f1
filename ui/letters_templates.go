package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/letters"
)

// TemplateStore is what the template settings read and write.
type TemplateStore interface {
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
}

// NewTemplateSettings builds the administrator's editor of the letter templates: one text per
// kind and language, checked before it is saved, with the shipped text to go back to.
func NewTemplateSettings(ctx context.Context, win fyne.Window, store TemplateStore) fyne.CanvasObject {
	return newTemplateSettings(newLetterEnv(ctx, win), store).view
}

type templateSettings struct {
	env   *letterEnv
	store TemplateStore
	view  fyne.CanvasObject

	kind     *choice
	lang     *choice
	text     *entry
	state    *widget.Label
	msg      *para
	status   *widget.Label
	progress *widget.ProgressBarInfinite
	save     *widget.Button
	restore  *widget.Button
	confirm  *dialog.ConfirmDialog // the question shown last

	edited  bool // the template in force is the administrator's, not the shipped one
	dirty   bool // the text was changed since it was loaded
	filling bool
	chosen  [2]int
}

func newTemplateSettings(env *letterEnv, store TemplateStore) *templateSettings {
	s := &templateSettings{env: env, store: store}
	var kinds, langs []string
	for _, k := range letters.Kinds {
		kinds = append(kinds, letterKindLabel(k))
	}
	for _, l := range letters.Langs {
		langs = append(langs, languageName[l])
	}
	s.kind = newSelect(kinds, nil)
	s.lang = newSelect(langs, nil)
	s.text = newMultiLine(18)
	s.text.Wrapping = fyne.TextWrapWord
	s.text.OnChanged = func(string) {
		if !s.filling {
			s.dirty = true
			s.status.SetText("")
		}
	}
	s.state = widget.NewLabel("")
	s.msg = errorLabel()
	s.status = widget.NewLabel("")
	s.progress = widget.NewProgressBarInfinite()
	s.progress.Hide()
	s.save = widget.NewButtonWithIcon(lang.X("letters.template.save", "保存模板"), theme.DocumentSaveIcon(), s.saveTapped)
	s.save.Importance = widget.HighImportance
	s.restore = widget.NewButtonWithIcon(lang.X("letters.template.restore", "恢复出厂模板"), theme.HistoryIcon(), s.restoreTapped)

	help := container.NewVBox(
		widget.NewLabelWithStyle(lang.X("letters.template.sections", "段落"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		newPara(lang.X("letters.template.sections_help",
			"[title] 标题一行；[salutation] 称呼一行；[body] 正文，每行一段；[fields] 表格栏目，每行“标签 | 内容”或“标签 | 内容 | 行数”，用“||”把两栏并排；[closing] 结束语，按行打印；[signatures] 签字栏，每行一个。")),
		widget.NewLabelWithStyle(lang.X("letters.template.placeholders", "占位符（点击插入到光标处）"), fyne.TextAlignLeading,
			fyne.TextStyle{Bold: true}))
	for _, p := range letters.Placeholders() {
		token := "{" + p + "}"
		b := widget.NewButton(token+"　"+lang.X("letters.placeholder."+p, fallback(letters.PlaceholderLabel(p), p)), func() {
			for _, r := range token {
				s.text.TypedRune(r)
			}
		})
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		help.Add(b)
	}

	s.kind.SetSelectedIndex(0)
	s.lang.SetSelectedIndex(0)
	s.kind.OnChanged = func(string) { s.choose() }
	s.lang.OnChanged = func(string) { s.choose() }
	bar := container.NewHBox(widget.NewLabel(lang.X("letters.kind", "文书")), selectBox(s.kind),
		widget.NewLabel(lang.X("letters.language", "语言")), selectBox(s.lang), s.state)
	bottom := container.NewVBox(s.msg, s.progress, container.NewBorder(nil, nil, nil, container.NewHBox(s.restore, s.save), s.status))
	split := container.NewHSplit(s.text, container.NewVScroll(help))
	split.Offset = 0.68
	s.view = container.NewBorder(bar, bottom, nil, nil, split)
	s.load()
	return s
}

func (s *templateSettings) selected() (letters.Kind, string) {
	return letters.Kinds[max(s.kind.SelectedIndex(), 0)], letters.Langs[max(s.lang.SelectedIndex(), 0)]
}

// choose shows the template of the kind and language picked, after asking when unsaved
// changes would be lost.
func (s *templateSettings) choose() {
	if s.filling {
		return
	}
	if !s.dirty {
		s.load()
		return
	}
	d := dialog.NewConfirm(lang.X("letters.discard.title", "放弃修改？"),
		lang.X("letters.template.unsaved", "模板的修改尚未保存，将会丢失。"), func(ok bool) {
			if ok {
				s.load()
				return
			}
			s.filling = true
			s.kind.SetSelectedIndex(s.chosen[0])
			s.lang.SetSelectedIndex(s.chosen[1])
			s.filling = false
		}, s.env.win)
	d.SetConfirmText(lang.X("letters.discard.ok", "放弃修改"))
	d.SetDismissText(lang.X("letters.discard.keep", "继续编辑"))
	s.confirm = d
	d.Show()
}

// load reads the template in force of the kind and language picked.
func (s *templateSettings) load() {
	kind, l := s.selected()
	s.chosen = [2]int{s.kind.SelectedIndex(), s.lang.SelectedIndex()}
	var text string
	var edited bool
	s.env.run(s.progress, func(ctx context.Context) error {
		v, err := s.store.Setting(ctx, letters.TemplateSettingKey(kind, l))
		if err != nil {
			return err
		}
		if edited = v != ""; edited {
			text = v
			return nil
		}
		text, err = letters.DefaultTemplate(kind, l)
		return err
	}, func(err error) {
		if k, l2 := s.selected(); k != kind || l2 != l {
			return // the administrator picked another meanwhile
		}
		if err != nil {
			setError(s.msg, errorText(err))
			return
		}
		setError(s.msg, "")
		s.filling = true
		s.text.SetText(text)
		s.filling = false
		s.dirty, s.edited = false, edited
		s.showState()
	})
}

func (s *templateSettings) showState() {
	if s.edited {
		s.state.SetText(lang.X("letters.template.edited", "（已修改，使用本单位的模板）"))
		s.restore.Enable()
	} else {
		s.state.SetText(lang.X("letters.template.shipped", "（出厂模板）"))
		s.restore.Disable()
	}
}

// saveTapped checks the text and saves it; the shipped text itself is saved as "unset", so
// that a later update of the shipped template reaches this office too.
func (s *templateSettings) saveTapped() {
	kind, l := s.selected()
	text := s.text.Text
	if _, err := letters.ParseTemplate(text); err != nil {
		setError(s.msg, lang.X("letters.template.invalid", "模板有误，未保存：{{.Error}}",
			map[string]any{"Error": strings.TrimPrefix(err.Error(), "letters: ")}))
		return
	}
	def, err := letters.DefaultTemplate(kind, l)
	if err != nil {
		setError(s.msg, errorText(err))
		return
	}
	value := text
	if strings.TrimSpace(text) == strings.TrimSpace(def) {
		value = ""
	}
	s.write(kind, l, value, lang.X("letters.template.saved", "模板已保存，下次撰写时使用。"))
}

func (s *templateSettings) restoreTapped() {
	kind, l := s.selected()
	d := dialog.NewConfirm(lang.X("letters.template.restore", "恢复出厂模板"),
		lang.X("letters.template.restore_text", "用出厂模板替换本单位的{{.Kind}}模板？", map[string]any{"Kind": letterKindLabel(kind)}),
		func(ok bool) {
			if ok {
				s.write(kind, l, "", lang.X("letters.template.restored", "已恢复出厂模板。"))
			}
		}, s.env.win)
	d.SetConfirmText(lang.X("letters.template.restore", "恢复出厂模板"))
	d.SetDismissText(lang.L("Cancel"))
	s.confirm = d
	d.Show()
}

func (s *templateSettings) write(kind letters.Kind, l, value, done string) {
	setError(s.msg, "")
	s.save.Disable()
	s.env.run(s.progress, func(ctx context.Context) error {
		return s.store.SetSetting(ctx, letters.TemplateSettingKey(kind, l), value)
	}, func(err error) {
		s.save.Enable()
		if err != nil {
			setError(s.msg, errorText(err))
			return
		}
		s.load()
		s.status.SetText(done)
	})
}
