package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// The file dialogs are titled in the clerk's words: Fyne's own title joins two words with a
// space ("保存 文件").
func TestFileDialogsTitledInTheClerksLanguage(t *testing.T) {
	f := newFixture(t)
	read := func(context.Context) ([]byte, error) { return []byte("x"), nil }
	for title, show := range map[string]func(){
		"另存为":   func() { f.desk.saveFile("回复函.pdf", read) },
		"打开文件":  func() { f.desk.choosePath(func(string) {}, ".eml") },
		"选择文件夹": func() { f.desk.chooseFolder(func(string) {}) },
	} {
		show()
		top := f.win.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("%s: no dialog", title)
		}
		var texts []string
		walk(top, func(o fyne.CanvasObject) {
			switch x := o.(type) {
			case *widget.Label:
				texts = append(texts, x.Text)
			case *canvas.Text:
				texts = append(texts, x.Text)
			}
		})
		found := false
		for _, s := range texts {
			if s == "保存 文件" || s == "打开 文件" || s == "打开 文件夹" {
				t.Errorf("%s: Fyne's title %q shown", title, s)
			}
			found = found || s == title
		}
		if !found {
			t.Errorf("dialog titled %q not found among %q", title, texts)
		}
		f.win.Canvas().Overlays().Remove(top)
	}
}
