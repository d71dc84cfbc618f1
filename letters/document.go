package letters

import (
	"fmt"
	"strings"

	"complaintdesk/data"
)

// Type sizes in points: 二号 titles, 四号 letter text, 五号 forms and notes.
const (
	titleSize  = 22.0
	letterSize = 14.0
	formSize   = 10.5
	smallSize  = 9.0
)

// words are the fixed texts of a document in a language.
type words struct {
	ref, tel, addr, mail, seal, date, cont string
}

func wordsFor(lang string) words {
	switch normLang(lang) {
	case "zh-Hant":
		return words{"編號：", "電話：", "地址：", "電子郵件：", "（蓋章）", "日期：", "（續）"}
	case "en":
		return words{"Ref: ", "Tel: ", "Address: ", "Email: ", "(seal)", "Date: ", " (cont.)"}
	default:
		return words{"编号：", "电话：", "地址：", "邮箱：", "（盖章）", "日期：", "（续）"}
	}
}

// Render draws a composed document as a PDF on A4.
func Render(d Draft, o Options) (Output, error) {
	if _, err := ParseKind(string(d.Kind)); err != nil {
		return Output{}, err
	}
	f, err := loadFace()
	if err != nil {
		return Output{}, err
	}
	d = cleanDraft(f, d)
	logo, warn := prepareLogo(d.Office.Logo)
	out, err := build(docSpec{lang: d.Lang, title: d.Title, opts: o, footer: d.Ref, numberOne: !d.Kind.IsLetter()},
		func(w *writer) error {
			if warn != nil {
				w.warnings = append(w.warnings, *warn)
			}
			drawDocument(w, d, logo, "")
			return nil
		})
	if err != nil {
		return Output{}, fmt.Errorf("letters: render %s: %w", d.Kind, err)
	}
	return out, nil
}

// cleanDraft makes every text of d drawable with the font.
func cleanDraft(f *face, d Draft) Draft {
	d.Lang = normLang(d.Lang)
	d.Title, d.Ref, d.Salutation, d.Body = f.clean(d.Title), f.clean(d.Ref), f.clean(d.Salutation), f.clean(d.Body)
	fields := make([]Field, len(d.Fields))
	for i, x := range d.Fields {
		fields[i] = Field{Label: f.clean(x.Label), Value: f.clean(x.Value), Lines: x.Lines, Pair: x.Pair}
	}
	d.Fields = fields
	d.Closing = cleanAll(f, d.Closing)
	d.Signatures = cleanAll(f, d.Signatures)
	logo := d.Office.Logo
	d.Office = data.Office{Name: f.clean(d.Office.Name), Dept: f.clean(d.Office.Dept), Address: f.clean(d.Office.Address),
		Phone: f.clean(d.Office.Phone), Email: f.clean(d.Office.Email), Logo: logo}
	return d
}

func cleanAll(f *face, in []string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = f.clean(s)
	}
	return out
}

func prepareLogo(b []byte) (*picture, *Warning) {
	if len(b) == 0 {
		return nil, nil
	}
	p, err := preparePicture(b)
	if err != nil {
		return nil, &Warning{Code: WarnLogo, Detail: "logo left out: " + err.Error()}
	}
	return p, nil
}

// drawDocument draws one letter or form, starting on a new page; a caption (e.g. when the
// letter was issued, in a dossier) goes above the letterhead.
func drawDocument(w *writer, d Draft, logo *picture, caption string) {
	wd := wordsFor(d.Lang)
	first := w.page + 1
	prev := w.onPage
	w.onPage = func(w *writer) {
		if w.page > first {
			continuationHeader(w, d)
		}
	}
	defer func() { w.onPage = prev }()
	w.newPage()
	if caption != "" {
		w.para(caption, marginL, contentW, 0, smallSize, 4.5, gray, false)
		w.y += 2
	}
	letterhead(w, d.Office, logo, wd)
	w.y += 2
	w.centered(d.Title, marginL, contentW, titleSize, 12, black, true)
	if d.Ref != "" {
		ref := wd.ref + d.Ref
		w.text(pageW-marginR-w.width(ref, formSize), baseline(w.y, 7, formSize), formSize, gray, ref)
	}
	w.y += 9

	size := letterSize
	if !d.Kind.IsLetter() {
		size = formSize
	}
	leading := size * ptMM * 1.8
	if d.Salutation != "" {
		w.para(d.Salutation, marginL, contentW, 0, size, leading, black, false)
	}
	indent, gap := 2*size*ptMM, 0.0
	if d.Lang == "en" {
		indent, gap = 0, leading/2
	}
	for _, p := range strings.Split(d.Body, "\n") {
		p = strings.TrimLeft(p, " \u3000")
		if strings.TrimSpace(p) == "" {
			continue
		}
		w.para(p, marginL, contentW, indent, size, leading, black, true)
		w.y += gap
	}
	if len(d.Fields) > 0 {
		w.y += 3
		fieldTable(w, d.Fields, wd)
		w.y += 4
	}
	if d.Kind.IsLetter() {
		closingAndSignature(w, d, size, leading, wd)
	}
	if len(d.Signatures) > 0 {
		signatureLines(w, d.Signatures, wd)
	}
}

// letterhead draws the office name in red, its contacts and a double red rule; nothing when
// the office profile is empty.
func letterhead(w *writer, o data.Office, logo *picture, wd words) {
	var contacts []string
	for _, c := range []string{prefixed(wd.addr, o.Address), prefixed(wd.tel, o.Phone), prefixed(wd.mail, o.Email)} {
		if c != "" {
			contacts = append(contacts, c)
		}
	}
	name := strings.TrimSpace(o.Name)
	if name == "" && len(contacts) == 0 && logo == nil {
		return
	}
	y0 := w.y
	side := 0.0
	if logo != nil {
		lw, lh := fit(logo, 40, 16)
		w.picture(logo, marginL, y0, lw, lh)
		side = lw + 3
		defer func() { w.y = maxf(w.y, y0+lh+1) }()
	}
	// Centred on the page, clear of the logo on both sides.
	x, width := marginL+side, contentW-2*side
	if name != "" {
		w.centered(name, x, width, 20, 9.5, red, true)
	}
	if o.Dept != "" && name != "" {
		w.centered(o.Dept, x, width, 12, 6, red, false)
	}
	// Contacts share lines, but one is never broken over two unless it is wider than a line.
	line := ""
	for i, c := range contacts {
		if line != "" && w.width(line+"　　"+c, smallSize) > width {
			w.centered(line, x, width, smallSize, 4.6, gray, false)
			line = ""
		}
		line = joinNonEmpty("　　", line, c)
		if i == len(contacts)-1 {
			w.centered(line, x, width, smallSize, 4.6, gray, false)
		}
	}
	w.y = maxf(w.y, y0+16) + 1.5
	defer func() {
		w.line(marginL, w.y, pageW-marginR, w.y, 0.7, red, nil)
		w.line(marginL, w.y+1.1, pageW-marginR, w.y+1.1, 0.25, red, nil)
		w.y += 6
	}()
}

func prefixed(label, v string) string {
	if strings.TrimSpace(v) == "" {
		return ""
	}
	return label + v
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// continuationHeader heads the pages after the first: office and reference, over a thin rule.
func continuationHeader(w *writer, d Draft) {
	y := baseline(w.y, 5, smallSize)
	name := truncate(w, d.Office.Name, contentW/2, smallSize)
	w.text(marginL, y, smallSize, gray, name)
	if d.Ref != "" {
		ref := truncate(w, d.Title+"　"+d.Ref, contentW/2, smallSize)
		w.text(pageW-marginR-w.width(ref, smallSize), y, smallSize, gray, ref)
	}
	w.y += 6
	w.line(marginL, w.y, pageW-marginR, w.y, 0.2, gray, nil)
	w.y += 5
}

// truncate shortens s with … to fit width (running headers only; the text itself is never cut).
func truncate(w *writer, s string, width, size float64) string {
	if w.width(s, size) <= width {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 && w.width(string(rs)+"…", size) > width {
		rs = rs[:len(rs)-1]
	}
	return string(rs) + "…"
}

// fieldTable draws label | value rows, two fields to a row where the template pairs them; a
// row too tall for the rest of the page continues on the next one with its labels marked as
// continued.
func fieldTable(w *writer, fields []Field, wd words) {
	const pad = 1.5
	labelW := 26.0
	if w.lang == "en" {
		labelW = 32
	}
	size := formSize
	leading := size * ptMM * 1.55
	shade := rgb{238, 238, 238}
	for i := 0; i < len(fields); i++ {
		row := []Field{fields[i]}
		if fields[i].Pair && i+1 < len(fields) {
			row = append(row, fields[i+1])
			i++
		}
		cellW := contentW / float64(len(row))
		type cell struct {
			x             float64
			labels, value []Line
		}
		cells := make([]cell, len(row))
		n := 1
		for j, f := range row {
			c := cell{x: marginL + float64(j)*cellW, labels: Wrap(f.Label, labelW-2*pad, 0, w.advance(size))}
			for _, p := range strings.Split(f.Value, "\n") {
				c.value = append(c.value, Wrap(p, cellW-labelW-2*pad, 0, w.advance(size))...)
			}
			n = maxInt(n, maxInt(maxInt(len(c.value), len(c.labels)), f.Lines))
			cells[j] = c
		}
		// Move the whole row to a new page when it fits on one but not here.
		if h := float64(n)*leading + 2*pad; w.y+h > bottom && h <= bottom-top-20 {
			w.newPage()
		}
		for done := 0; done < n; {
			fitLines := int((bottom - w.y - 2*pad) / leading)
			if fitLines < 1 {
				w.newPage()
				continue
			}
			k := minInt(fitLines, n-done)
			h := float64(k)*leading + 2*pad
			for j, c := range cells {
				w.rect(c.x, w.y, labelW, h, gray, &shade)
				w.rect(c.x+labelW, w.y, cellW-labelW, h, gray, nil)
				labels := c.labels
				if done > 0 {
					labels = Wrap(row[j].Label+wd.cont, labelW-2*pad, 0, w.advance(size))
				}
				for l := 0; l < k && l < len(labels); l++ {
					w.text(c.x+pad, baseline(w.y+pad+float64(l)*leading, leading, size), size, black, labels[l].Text)
				}
				for l := 0; l < k && done+l < len(c.value); l++ {
					w.text(c.x+labelW+pad, baseline(w.y+pad+float64(l)*leading, leading, size), size, black,
						c.value[done+l].Text)
				}
			}
			w.y += h
			done += k
			if done < n {
				w.newPage()
			}
		}
	}
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// closingAndSignature draws 此致/敬礼, the signing office and date on the right, and the place
// for the seal over them, kept together on one page.
func closingAndSignature(w *writer, d Draft, size, leading float64, wd words) {
	const blockW = 80.0
	axis := pageW - marginR - blockW/2
	var sig []Line
	for _, s := range []string{d.Office.Name, d.Office.Dept} {
		if strings.TrimSpace(s) != "" {
			sig = append(sig, Wrap(s, blockW, 0, w.advance(size))...)
		}
	}
	date := FormatDate(d.Date, d.Lang)
	sigH := float64(len(sig)+1) * leading
	closingH := float64(len(d.Closing)) * leading
	need := closingH + leading + maxf(sigH, 2*sealRadiusMM) + 4
	if w.y+need > bottom {
		w.newPage()
	}
	for _, c := range d.Closing {
		if strings.TrimSpace(c) == "" {
			w.y += leading
			continue
		}
		w.para(c, marginL, contentW, 0, size, leading, black, false)
	}
	w.y += leading
	top := w.y
	if sigH < 2*sealRadiusMM {
		// Sit the block in the middle of the seal's place.
		w.y += (2*sealRadiusMM - sigH) / 2
	}
	for _, l := range sig {
		w.text(axis-l.Width/2, baseline(w.y, leading, size), size, black, l.Text)
		w.y += leading
	}
	if date != "" {
		dw := w.width(date, size)
		w.text(axis-dw/2, baseline(w.y, leading, size), size, black, date)
		w.y += leading
	}
	cy := top + maxf(sigH, 2*sealRadiusMM)/2
	sealPlace(w, axis, cy, wd.seal)
	w.y = maxf(w.y, top+2*sealRadiusMM) + 2
}

// sealPlace marks where the office seal goes: a dashed circle the size of an official seal.
func sealPlace(w *writer, x, y float64, label string) {
	w.use(label)
	if w.dry() {
		return
	}
	w.pdf.SetDrawColor(sealRed.r, sealRed.g, sealRed.b)
	w.pdf.SetLineWidth(0.3)
	w.pdf.SetDashPattern([]float64{1.5, 1.2}, 0)
	w.pdf.Circle(x, y, sealRadiusMM, "D")
	w.pdf.SetDashPattern(nil, 0)
	lw := w.width(label, smallSize)
	w.text(x-lw/2, y+sealRadiusMM-2.5, smallSize, sealRed, label)
}

// signatureLines draws one "label：________  日期：____" line per signature, kept together.
func signatureLines(w *writer, labels []string, wd words) {
	const rowH = 11.0
	size := formSize
	if w.y+float64(len(labels))*rowH+4 > bottom {
		w.newPage()
	}
	w.y += 4
	dateX := marginL + contentW*0.62
	for _, l := range labels {
		label := l
		if !strings.HasSuffix(label, "：") && !strings.HasSuffix(label, ":") {
			if w.lang == "en" {
				label += ": "
			} else {
				label += "："
			}
		}
		lines := Wrap(label, dateX-marginL-25, 0, w.advance(size))
		y := baseline(w.y+rowH-7, 7, size)
		for i, ln := range lines {
			w.text(marginL, y-float64(len(lines)-1-i)*5, size, black, ln.Text)
		}
		x := marginL + lines[len(lines)-1].Width + 1
		w.line(x, y+1, dateX-6, y+1, 0.3, black, nil)
		w.text(dateX, y, size, black, wd.date)
		dx := dateX + w.width(wd.date, size) + 1
		w.line(dx, y+1, pageW-marginR, y+1, 0.3, black, nil)
		w.y += rowH
	}
}
