package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A focused button shows it, the primary one too (保存, 是): Fyne's focus colour is the primary
// colour, which a primary button blended with itself and showed nothing.
func TestFocusedButtonsShowTheFocus(t *testing.T) {
	for _, variant := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(&variantTheme{NewTheme(), variant})
		for _, importance := range []widget.Importance{widget.HighImportance, widget.MediumImportance} {
			b := widget.NewButton("保存", nil)
			b.Importance = importance
			w := test.NewTempWindow(t, container.NewCenter(b))
			w.Resize(fyne.NewSize(200, 80))
			at := func() color.Color {
				pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
				img := w.Canvas().Capture()
				scale := float32(img.Bounds().Dx()) / w.Canvas().Size().Width
				return img.At(int((pos.X+4)*scale), int((pos.Y+b.Size().Height/2)*scale))
			}
			before := at()
			w.Canvas().Focus(b)
			after := at()
			if d := colourDistance(before, after); d < 40 {
				t.Errorf("variant %d, importance %d: focus changes the button from %v to %v only (%d)", variant, importance, before, after, d)
			}
		}
	}
}

// variantTheme is a theme in one variant whatever the settings say.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t *variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// colourDistance is the largest difference of a channel between a and b, of 255.
func colourDistance(a, b color.Color) int {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	d := 0
	for _, p := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}} {
		x := int(p[0]>>8) - int(p[1]>>8)
		d = max(d, x, -x)
	}
	return d
}
