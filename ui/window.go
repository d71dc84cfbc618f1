package ui

import "fyne.io/fyne/v2"

// The main window opens at the size the clerk last left it. The first time, it opens at a size
// that fits the smallest desktop office PCs have: 1280×720 (a 1920×1080 laptop at the 150 %
// scaling Windows sets for it, or a 1366×768 screen) less the taskbar.
var (
	defaultWindowSize = fyne.NewSize(1200, 640)
	minWindowSize     = fyne.NewSize(800, 500)
)

const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
)

// WindowSize is the size to open the main window at: the one remembered, unless there is none
// or it is too small to work in.
func WindowSize(p fyne.Preferences) fyne.Size {
	w, h := p.Float(prefWindowWidth), p.Float(prefWindowHeight)
	if w < float64(minWindowSize.Width) || h < float64(minWindowSize.Height) {
		return defaultWindowSize
	}
	return fyne.NewSize(float32(w), float32(h))
}

// RememberWindowSize keeps the main window's size when it closes, for the next start.
func RememberWindowSize(w fyne.Window, p fyne.Preferences) {
	w.SetOnClosed(func() {
		s := w.Canvas().Size()
		p.SetFloat(prefWindowWidth, float64(s.Width))
		p.SetFloat(prefWindowHeight, float64(s.Height))
	})
}
