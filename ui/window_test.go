package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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
