package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"complaintdesk/data"
)

// The window opens at the size it was closed at; the first time, or after a size too small to
// work in, at the default.
func TestWindowSizeRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	if got := WindowSize(p); got != defaultWindowSize {
		t.Errorf("first start: %v, want %v", got, defaultWindowSize)
	}
	w := a.NewWindow("")
	RememberWindowSize(w, p)
	w.Resize(fyne.NewSize(1500, 900))
	w.Close()
	if got := WindowSize(p); got != fyne.NewSize(1500, 900) {
		t.Errorf("after closing at 1500×900: %v", got)
	}
	p.SetFloat(prefWindowWidth, 300)
	if got := WindowSize(p); got != defaultWindowSize {
		t.Errorf("after closing at 300 wide: %v, want %v", got, defaultWindowSize)
	}
}

// When the database cannot be opened the window says why in the clerk's language and what to
// do, with the driver's words below for whoever looks after the computer.
func TestStartupErrorSaysWhyInChinese(t *testing.T) {
	useLanguage(t, "zh-Hans")
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, bytes.Repeat([]byte("not sqlite "), 400), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, want string }{
		{dir, "该路径可能是一个文件夹"},
		{junk, "这个文件不是投诉台的数据库"},
	} {
		_, err := data.Open(tc.path)
		if err == nil {
			t.Fatalf("%s opened", tc.path)
		}
		text := startupErrorText(tc.path, err)
		first, details, _ := strings.Cut(text, "\n\n")
		if !strings.HasPrefix(first, "无法打开数据库 "+tc.path+"。") || !strings.Contains(first, tc.want) ||
			strings.Contains(first, "store:") || !strings.HasPrefix(details, "详细信息：") {
			t.Errorf("%s: %q", tc.path, text)
		}
	}
}
