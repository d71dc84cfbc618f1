package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"complaintdesk/assets"
)

// deskTheme is the default theme with the bundled CJK font for every text style, because
// Fyne's own fonts have no Chinese glyphs.
type deskTheme struct {
	fyne.Theme
	font fyne.Resource
}

// NewTheme returns the application theme.
func NewTheme() fyne.Theme {
	return &deskTheme{Theme: theme.DefaultTheme(), font: fyne.NewStaticResource("wqy-microhei.ttf", assets.Font())}
}

func (t *deskTheme) Font(fyne.TextStyle) fyne.Resource { return t.font }

// Color is the default theme's, but for the focus: Fyne's is the primary colour, which a focused
// primary button (保存, 是) blends with its own background and so shows no focus at all. A paler
// blue on the dark variant and a deeper one on the light show on every button, box and row.
func (t *deskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameFocus {
		if v == theme.VariantLight {
			return color.NRGBA{R: 0x00, G: 0x2a, B: 0x80, A: 0x70}
		}
		return color.NRGBA{R: 0xa8, G: 0xd0, B: 0xff, A: 0x80}
	}
	return t.Theme.Color(n, v)
}

// overdueColor tints the background of overdue rows so that they cannot be missed.
func overdueColor() color.Color {
	r, g, b, _ := theme.Color(theme.ColorNameError).RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x40}
}

// dueSoonColor tints rows whose next deadline is close.
func dueSoonColor() color.Color {
	r, g, b, _ := theme.Color(theme.ColorNameWarning).RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x30}
}
