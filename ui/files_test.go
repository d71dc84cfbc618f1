package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
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
		texts := labelTexts(top)
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

// Fyne's file dialog writes its places (Home, Desktop…) and its question before a file is
// replaced (Overwrite?) in English whatever the language: the clerk reads them in theirs, and
// replacing a file still writes it.
func TestFileDialogPlacesAndQuestionsInTheClerksLanguage(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	for _, dir := range []string{"Desktop", "Documents"} {
		if err := os.Mkdir(filepath.Join(home, dir), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	old := filepath.Join(home, "回复函.pdf")
	if err := os.WriteFile(old, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t)
	f.desk.saveFile("回复函.pdf", func(context.Context) ([]byte, error) { return []byte("new"), nil })
	f.settle()
	texts := labelTexts(f.win.Canvas().Overlays().Top())
	for _, want := range []string{"主文件夹", "计算机", "桌面", "文档", "另存为"} {
		if !slices.Contains(texts, want) {
			t.Errorf("the file dialog shows no %q among %q", want, texts)
		}
	}
	// Desktop and Documents are also listed as the home folder's own folders, under their names.
	for _, english := range []string{"Home", "Computer"} {
		if slices.Contains(texts, english) {
			t.Errorf("the file dialog shows Fyne's %q", english)
		}
	}

	var save *widget.Button
	walk(f.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "保存" {
			save = b
		}
	})
	if save == nil {
		t.Fatalf("no 保存 button among %q", texts)
	}
	test.Tap(save)
	f.settle()
	asked := labelTexts(f.win.Canvas().Overlays().Top())
	for _, want := range []string{"替换文件？", "“回复函.pdf”已存在。\n要替换它吗？"} {
		if !slices.Contains(asked, want) {
			t.Errorf("the question shows no %q among %q", want, asked)
		}
	}
	if !dialogHasButton(f, "是") {
		t.Fatalf("the question has no 是 among %q", asked)
	}
	walk(f.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "是" {
			test.Tap(b)
		}
	})
	f.settleUntil("the file replaced", func() bool {
		b, _ := os.ReadFile(old)
		return string(b) == "new"
	})
}

// labelTexts lists the texts of the labels shown in o.
func labelTexts(o fyne.CanvasObject) []string {
	var texts []string
	walk(o, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			texts = append(texts, x.Text)
		case *canvas.Text:
			texts = append(texts, x.Text)
		}
	})
	return texts
}
