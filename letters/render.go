package letters

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/gif" // logos and letter scans come as GIF, JPEG or PNG
	"image/jpeg"
	"image/png"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// A4 page geometry, in millimetres.
const (
	pageW    = 210.0
	pageH    = 297.0
	marginL  = 25.0
	marginR  = 25.0
	contentW = pageW - marginL - marginR
	top      = 22.0
	bottom   = 274.0
	footerY  = 287.0
	ptMM     = 25.4 / 72 // one point in millimetres
)

// Options control rendering.
type Options struct {
	// ArchiveCopy marks every page 存档副本 (archive copy).
	ArchiveCopy bool
	// Created is the document's creation date; fix it (with everything else equal) for
	// byte-identical output. Zero: now.
	Created time.Time
}

// Output is a rendered PDF.
type Output struct {
	PDF      []byte
	Pages    int
	Warnings []Warning // what was left out, e.g. a logo that is not an image
}

// Warning is something the document was rendered without. Code is stable for translation.
type Warning struct {
	Code   string // "logo_unreadable", "image_unreadable", "pdf_not_embedded"
	Detail string
}

// Warning codes.
const (
	WarnLogo    = "logo_unreadable"  // the office logo is not a GIF, JPEG or PNG image
	WarnImage   = "image_unreadable" // an image attached to the case cannot be read (dossier)
	WarnPDFScan = "pdf_not_embedded" // a PDF scan is listed but not drawn (dossier)
)

const (
	fontFamily   = "cjk"
	grayText     = 90
	sealRadiusMM = 20.0 // an official round seal is 40 mm across
)

type rgb struct{ r, g, b int }

var (
	black   = rgb{0, 0, 0}
	gray    = rgb{grayText, grayText, grayText}
	red     = rgb{192, 0, 0}
	sealRed = rgb{215, 90, 90}
)

// writer draws a document twice: a dry run that records the characters used and counts the
// pages, then the real run into a PDF whose font holds only those characters and whose
// footers know the page count.
type writer struct {
	face     *face
	pdf      *gofpdf.Fpdf // nil in the dry run
	runes    map[rune]bool
	lang     string
	page     int
	y        float64
	onPage   func(w *writer) // draws the running header of a new page
	warnings []Warning
}

func (w *writer) dry() bool { return w.pdf == nil }

func (w *writer) use(s string) {
	if w.dry() {
		for _, r := range s {
			w.runes[r] = true
		}
	}
}

// newPage starts a page and draws its running header.
func (w *writer) newPage() {
	w.page++
	w.y = top
	if !w.dry() {
		w.pdf.AddPage()
	}
	if w.onPage != nil {
		w.onPage(w)
	}
}

// room makes sure h millimetres fit below the current position, starting a page if not.
func (w *writer) room(h float64) {
	if w.page == 0 || w.y+h > bottom+1e-6 {
		w.newPage()
	}
}

func (w *writer) width(s string, size float64) float64 {
	total := 0.0
	for _, r := range s {
		total += w.face.advance(r)
	}
	return total * size * ptMM
}

func (w *writer) advance(size float64) func(rune) float64 {
	return func(r rune) float64 { return w.face.advance(r) * size * ptMM }
}

// text draws s with its baseline at y.
func (w *writer) text(x, y, size float64, c rgb, s string) {
	w.use(s)
	if w.dry() || s == "" {
		return
	}
	w.pdf.SetFont(fontFamily, "", size)
	w.pdf.SetTextColor(c.r, c.g, c.b)
	withActualText(w.pdf, s, func() { w.pdf.Text(x, y, s) })
}

// boldText draws s stroked as well as filled: the bundled font has one weight.
func (w *writer) boldText(x, y, size float64, c rgb, s string) {
	if w.dry() {
		w.use(s)
		return
	}
	w.pdf.SetTextRenderingMode(2)
	w.pdf.SetDrawColor(c.r, c.g, c.b)
	w.pdf.SetLineWidth(size * ptMM * 0.035)
	w.text(x, y, size, c, s)
	w.pdf.SetTextRenderingMode(0)
}

func (w *writer) line(x1, y1, x2, y2, width float64, c rgb, dash []float64) {
	if w.dry() {
		return
	}
	w.pdf.SetDrawColor(c.r, c.g, c.b)
	w.pdf.SetLineWidth(width)
	w.pdf.SetDashPattern(dash, 0)
	w.pdf.Line(x1, y1, x2, y2)
	w.pdf.SetDashPattern(nil, 0)
}

func (w *writer) rect(x, y, wd, ht float64, border rgb, fill *rgb) {
	if w.dry() {
		return
	}
	w.pdf.SetDrawColor(border.r, border.g, border.b)
	w.pdf.SetLineWidth(0.25)
	style := "D"
	if fill != nil {
		w.pdf.SetFillColor(fill.r, fill.g, fill.b)
		style = "FD"
	}
	w.pdf.Rect(x, y, wd, ht, style)
}

// baseline is where text of size sits in a line box of height leading starting at y.
func baseline(y, leading, size float64) float64 {
	em := size * ptMM
	return y + (leading-em)/2 + 0.86*em
}

// para wraps and draws one paragraph from x over width, breaking pages as needed; justify
// spreads all but the last line to the full width.
func (w *writer) para(text string, x, width, indent, size, leading float64, c rgb, justify bool) {
	for i, l := range Wrap(text, width, indent, w.advance(size)) {
		w.room(leading)
		lx, lw := x, width
		if i == 0 {
			lx, lw = x+indent, width-indent
		}
		w.drawLine(l, lx, baseline(w.y, leading, size), lw, size, c, justify && !l.End)
		w.y += leading
	}
}

// drawLine draws one wrapped line; justified lines share the missing width between their units.
func (w *writer) drawLine(l Line, x, y, width, size float64, c rgb, justify bool) {
	extra := width - l.Width
	units := tokenize(l.Text, w.advance(size))
	// Beyond a quarter of an em between characters a justified line looks spaced out: leave
	// such a line (one before a long unbreakable word) ragged.
	if !justify || extra <= 0 || len(units) < 2 || extra/float64(len(units)-1) > size*ptMM/4 {
		w.text(x, y, size, c, l.Text)
		return
	}
	gap := extra / float64(len(units)-1)
	for _, u := range units {
		if !u.space {
			w.text(x, y, size, c, u.text)
		}
		x += u.width + gap
	}
}

// centered draws s wrapped and centred between x and x+width.
func (w *writer) centered(s string, x, width, size, leading float64, c rgb, bold bool) {
	for _, l := range Wrap(s, width, 0, w.advance(size)) {
		w.room(leading)
		lx := x + (width-l.Width)/2
		if bold {
			w.boldText(lx, baseline(w.y, leading, size), size, c, l.Text)
		} else {
			w.text(lx, baseline(w.y, leading, size), size, c, l.Text)
		}
		w.y += leading
	}
}

// picture is an image ready for the PDF: JPEG as it came, anything else re-encoded as an
// opaque 8-bit PNG, the one PNG form every PDF reader and gofpdf handle.
type picture struct {
	name string
	typ  string
	data []byte
	w, h int
}

func preparePicture(b []byte) (*picture, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("not a GIF, JPEG or PNG image: %w", err)
	}
	// An A4 scan at 600 dpi is 35 million pixels; beyond 40 million decoding would take
	// gigabytes.
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > 40_000_000 {
		return nil, fmt.Errorf("image size %dx%d out of range", cfg.Width, cfg.Height)
	}
	sum := sha1.Sum(b)
	p := &picture{name: hex.EncodeToString(sum[:]), w: cfg.Width, h: cfg.Height}
	if format == "jpeg" && cfg.ColorModel != color.CMYKModel {
		p.typ, p.data = "JPG", b
		return p, nil
	}
	img, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decode %s image: %w", format, err)
	}
	flat := image.NewRGBA(img.Bounds())
	draw.Draw(flat, flat.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(flat, flat.Bounds(), img, img.Bounds().Min, draw.Over)
	var buf bytes.Buffer
	if format == "jpeg" {
		err = jpeg.Encode(&buf, flat, &jpeg.Options{Quality: 90})
		p.typ = "JPG"
	} else {
		err = png.Encode(&buf, flat)
		p.typ = "PNG"
	}
	if err != nil {
		return nil, fmt.Errorf("re-encode image: %w", err)
	}
	p.data = buf.Bytes()
	return p, nil
}

// picture draws p at x, y scaled to wd × ht millimetres.
func (w *writer) picture(p *picture, x, y, wd, ht float64) {
	if w.dry() {
		return
	}
	opt := gofpdf.ImageOptions{ImageType: p.typ, ReadDpi: false}
	if w.pdf.GetImageInfo(p.name) == nil {
		w.pdf.RegisterImageOptionsReader(p.name, opt, bytes.NewReader(p.data))
	}
	w.pdf.ImageOptions(p.name, x, y, wd, ht, false, opt, 0, "")
}

// fit scales a picture into a box keeping its aspect ratio.
func fit(p *picture, maxW, maxH float64) (float64, float64) {
	s := math.Min(maxW/float64(p.w), maxH/float64(p.h))
	return float64(p.w) * s, float64(p.h) * s
}

// pageLabels are the texts of the footer and the archive mark in a language.
type pageLabels struct {
	page    func(n, total int) string
	archive string
}

func labelsFor(lang string) pageLabels {
	switch normLang(lang) {
	case "zh-Hant":
		return pageLabels{func(n, t int) string { return fmt.Sprintf("第 %d 頁 共 %d 頁", n, t) }, "存檔副本"}
	case "en":
		return pageLabels{func(n, t int) string { return fmt.Sprintf("Page %d of %d", n, t) }, "ARCHIVE COPY 存档副本"}
	default:
		return pageLabels{func(n, t int) string { return fmt.Sprintf("第 %d 页 共 %d 页", n, t) }, "存档副本"}
	}
}

// docSpec is what build needs besides the drawing itself.
type docSpec struct {
	lang      string
	title     string
	opts      Options
	footer    string // printed left of the page number, e.g. the reference number
	numberOne bool   // number a single page too (forms, dossiers)
}

// build runs draw dry, cuts the font to the characters used, then draws for real and adds the
// footers and archive marks.
func build(spec docSpec, draw func(w *writer) error) (Output, error) {
	f, err := loadFace()
	if err != nil {
		return Output{}, err
	}
	labels := labelsFor(spec.lang)
	dry := &writer{face: f, runes: map[rune]bool{}, lang: spec.lang}
	if err := draw(dry); err != nil {
		return Output{}, err
	}
	pages := dry.page
	if pages == 0 {
		return Output{}, errors.New("letters: the document has no pages")
	}
	for n := 1; n <= pages; n++ {
		dry.use(labels.page(n, pages))
	}
	dry.use(spec.footer + labels.archive + spec.title + " 0123456789")
	runes := make([]rune, 0, len(dry.runes))
	for r := range dry.runes {
		if f.has(r) {
			runes = append(runes, r)
		}
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	sub, err := f.subset(runes)
	if err != nil {
		return Output{}, err
	}

	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetCatalogSort(true)
	created := spec.opts.Created
	if created.IsZero() {
		created = time.Now()
	}
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetProducer("Complaint Desk", true)
	pdf.SetCreator("Complaint Desk", true)
	pdf.SetTitle(spec.title, true)
	pdf.SetMargins(marginL, top, marginR)
	pdf.SetAutoPageBreak(false, 0)
	pdf.AddUTF8FontFromBytes(fontFamily, "", sub)
	if pdf.Err() {
		return Output{}, fmt.Errorf("letters: font: %w", pdf.Error())
	}
	real := &writer{face: f, pdf: pdf, lang: spec.lang}
	if err := draw(real); err != nil {
		return Output{}, err
	}
	if real.page != pages {
		return Output{}, fmt.Errorf("letters: layout drew %d pages, then %d", pages, real.page)
	}
	for n := 1; n <= pages; n++ {
		pdf.SetPage(n)
		if pages > 1 || spec.numberOne {
			label := labels.page(n, pages)
			real.text((pageW-real.width(label, 9))/2, footerY, 9, gray, label)
			if spec.footer != "" {
				real.text(marginL, footerY, 9, gray, spec.footer)
			}
		}
		if spec.opts.ArchiveCopy {
			archiveMark(real, labels.archive)
		}
	}
	if pdf.Err() {
		return Output{}, fmt.Errorf("letters: pdf: %w", pdf.Error())
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return Output{}, fmt.Errorf("letters: pdf: %w", err)
	}
	return Output{PDF: buf.Bytes(), Pages: pages, Warnings: real.warnings}, nil
}

// archiveMark stamps the current page as an archive copy: a boxed mark in the top right
// corner, where no content goes, and a light diagonal watermark across the page.
func archiveMark(w *writer, label string) {
	const size = 13.0
	tw := w.width(label, size)
	x, y := pageW-marginR-tw-4, 7.0
	w.pdf.SetLineWidth(0.5)
	w.pdf.SetDrawColor(red.r, red.g, red.b)
	w.pdf.Rect(x, y, tw+4, 9, "D")
	w.text(x+2, y+6.6, size, red, label)

	const big = 60.0
	bw := w.width(label, big)
	w.pdf.SetAlpha(0.10, "Normal")
	w.pdf.TransformBegin()
	w.pdf.TransformRotate(35, pageW/2, pageH/2)
	w.text(pageW/2-bw/2, pageH/2+big*ptMM/3, big, red, label)
	w.pdf.TransformEnd()
	w.pdf.SetAlpha(1, "Normal")
}

// joinNonEmpty joins the non-empty parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, strings.TrimSpace(p))
		}
	}
	return strings.Join(out, sep)
}
