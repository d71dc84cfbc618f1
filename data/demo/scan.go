package demo

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"complaintdesk/assets"
	"complaintdesk/data"
	"complaintdesk/letters"
)

// An A4 page scanned at 100 dpi, and where the writing sits on it.
const (
	scanW, scanH = 827, 1169
	scanMargin   = 95
	scanLine     = 40 // pixels from one line to the next
)

var scanFont struct {
	once sync.Once
	face font.Face
	err  error
}

// scanFace is the bundled font at the size of a letter's text (四号) scanned at 100 dpi.
func scanFace() (font.Face, error) {
	scanFont.once.Do(func() {
		f, err := opentype.Parse(assets.Font())
		if err != nil {
			scanFont.err = err
			return
		}
		scanFont.face, scanFont.err = opentype.NewFace(f, &opentype.FaceOptions{Size: 14, DPI: 100, Hinting: font.HintingFull})
	})
	return scanFont.face, scanFont.err
}

// scanNames are the file names of the scans, by channel, and what the clerk noted on them.
var scanNames = map[data.Channel][2]string{data.ChannelLetter: {"来信扫描.png", "客户来信原件扫描"},
	data.ChannelFax: {"传真件.png", "客户来函传真"}}

// letterScan is the complainant's letter as the office scanned it when it came in: addressed to
// the office, what happened and what is asked for, signed and dated. A fax has the sending
// machine's line across its top.
func letterScan(c data.NewComplaint, office string, fax bool) ([]byte, error) {
	face, err := scanFace()
	if err != nil {
		return nil, fmt.Errorf("demo: letter scan: %w", err)
	}
	img := image.NewGray(image.Rect(0, 0, scanW, scanH))
	for i := range img.Pix {
		img.Pix[i] = 244 // the paper
	}
	ink := image.NewUniform(color.Gray{Y: 45})
	d := &font.Drawer{Dst: img, Src: ink, Face: face}
	advance := func(r rune) float64 {
		a, _ := face.GlyphAdvance(r)
		return float64(a) / 64
	}
	em := advance('中')
	y := 170
	write := func(text string, x int) {
		d.Dot = fixed.P(x, y)
		d.DrawString(text)
		y += scanLine
	}
	if fax {
		d.Src = image.NewUniform(color.Gray{Y: 110})
		write(fmt.Sprintf("%s  FROM: %s  P.1/1", c.ReceivedAt.Format("2006-01-02 15:04"), c.Complainant.Phone), scanMargin)
		d.Src = ink
		y += scanLine
	}
	title := "关于“" + strings.TrimPrefix(c.Subject, "再次投诉：") + "”的投诉"
	write(title, (scanW-font.MeasureString(face, title).Round())/2)
	y += scanLine / 2
	write(office+"：", scanMargin)
	width := float64(scanW - 2*scanMargin)
	remedy := strings.TrimRight(c.Remedy, "。") + "。"
	for _, p := range []string{c.Description, "我的要求：" + remedy, "请尽快处理并给予答复。"} {
		for i, l := range letters.Wrap(p, width, 2*em, advance) {
			x := scanMargin
			if i == 0 {
				x += int(2 * em)
			}
			write(l.Text, x)
		}
	}
	y += scanLine
	right := func(text string) {
		w := font.MeasureString(face, text).Round()
		write(text, scanW-scanMargin-w)
	}
	right("投诉人：" + c.Complainant.Name)
	if c.Complainant.Phone != "" {
		right("电话：" + c.Complainant.Phone)
	}
	// A letter is written a day or two before it arrives; a fax the moment it is sent.
	written := c.ReceivedAt
	if !fax {
		written = written.AddDate(0, 0, -1-len(c.Subject)%2)
	}
	right(letters.FormatDate(written, "zh-Hans"))
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&b, img); err != nil {
		return nil, fmt.Errorf("demo: letter scan: %w", err)
	}
	return b.Bytes(), nil
}
