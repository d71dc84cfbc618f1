package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// caseRow is a case's line on the dashboard or in a complainant's history: a click, or Space
// or Enter while it has the keyboard, opens the case. Its text shortens with "…" to the width
// it is given, so that two cards side by side fit a window 1024 pixels wide and a case's
// deadlines keep their column; an overdue case's is red.
type caseRow struct {
	widget.BaseWidget
	text             string
	open             func()
	bg               *canvas.Rectangle
	label            *widget.Label
	hovered, focused bool
}

func newCaseRow(text string, overdue bool, open func()) *caseRow {
	r := &caseRow{text: text, open: open, bg: canvas.NewRectangle(color.Transparent), label: widget.NewLabel(text)}
	r.bg.CornerRadius = theme.InputRadiusSize()
	r.label.Truncation = fyne.TextTruncateEllipsis
	if overdue {
		r.label.Importance = widget.DangerImportance
	}
	r.ExtendBaseWidget(r)
	return r
}

func (r *caseRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.bg, r.label))
}

// shade shows the pointer over the row and the keyboard on it.
func (r *caseRow) shade() {
	switch {
	case r.focused:
		r.bg.FillColor = theme.Color(theme.ColorNameFocus)
	case r.hovered:
		r.bg.FillColor = theme.Color(theme.ColorNameHover)
	default:
		r.bg.FillColor = color.Transparent
	}
	r.bg.Refresh()
}

func (r *caseRow) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
		c.Focus(r)
	}
	r.open()
}

func (r *caseRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (r *caseRow) MouseIn(*desktop.MouseEvent)    { r.hovered = true; r.shade() }
func (r *caseRow) MouseMoved(*desktop.MouseEvent) {}
func (r *caseRow) MouseOut()                      { r.hovered = false; r.shade() }

func (r *caseRow) FocusGained() { r.focused = true; r.shade() }
func (r *caseRow) FocusLost()   { r.focused = false; r.shade() }

func (r *caseRow) TypedRune(c rune) {
	if c == ' ' {
		r.open()
	}
}

func (r *caseRow) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter {
		r.open()
	}
}
