package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/phrases"
)

type phraseLists = phrases.Lists

func loadPhrases(ctx context.Context, s interface {
	Setting(ctx context.Context, key string) (string, error)
}) (phraseLists, error) {
	v, err := s.Setting(ctx, data.SettingPhrases)
	if err != nil {
		return phraseLists{}, err
	}
	return phrases.Parse([]byte(v))
}

// forbiddenWarning describes the forbidden phrases found in text; "" when there are none.
func forbiddenWarning(text string, l phraseLists) string {
	hits := phrases.Check(text, l.Phrases())
	if len(hits) == 0 {
		return ""
	}
	rule := map[string]string{}
	for _, f := range l.Forbidden {
		rule[f.Phrase] = f.Rule
	}
	rs := []rune(text)
	var parts []string
	for _, h := range hits {
		found := string(rs[h.Pos : h.Pos+h.Len])
		part := "「" + found + "」"
		if r := rule[h.Phrase]; r != "" {
			part = withNote(part, r)
		}
		parts = append(parts, part)
	}
	return lang.L("Forbidden phrases: {{.List}}", map[string]any{"List": strings.Join(parts, lang.L("list.sep"))})
}

// watchForbidden flags forbidden phrases in e as the clerk types, on the warning label.
func watchForbidden(e *entry, warn *para, l phraseLists) {
	prev := e.OnChanged
	e.OnChanged = func(s string) {
		if prev != nil {
			prev(s)
		}
		w := forbiddenWarning(s, l)
		warn.SetText(w)
		if w == "" {
			warn.Hide()
		} else {
			warn.Show()
		}
	}
}

func warningLabel() *para {
	l := newPara("")
	l.Importance = widget.WarningImportance
	l.Hide()
	return l
}

// phrasePanel lists the standard phrases; tapping one adds it to the entry.
func phrasePanel(l phraseLists, target *entry) fyne.CanvasObject {
	box := container.NewVBox(widget.NewLabelWithStyle(lang.L("Standard phrases"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	group := ""
	for _, s := range l.Standard {
		s := s
		if s.Group != group {
			group = s.Group
			box.Add(widget.NewLabelWithStyle(group, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
		}
		b := widget.NewButton(s.Title, func() {
			text := target.Text
			if text != "" && !strings.HasSuffix(text, "\n") {
				text += "\n"
			}
			target.SetText(text + s.Text)
		})
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		box.Add(b)
		hint := newPara(s.Text)
		hint.SizeName = theme.SizeNameCaptionText
		box.Add(hint)
	}
	return container.NewVScroll(box)
}
