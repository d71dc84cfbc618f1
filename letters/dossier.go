package letters

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"complaintdesk/data"
)

// Attachment is an evidence file for the dossier.
type Attachment struct {
	Name        string
	ContentType string
	Data        []byte
	SHA256      string
	AddedAt     time.Time
	Note        string
	RepliedBy   string // titles of the issued letters that answer it, when paired
}

// DossierInput is everything a case dossier holds.
type DossierInput struct {
	Lang     string
	Ref      string
	Form     Draft          // the composed handling form, first
	Files    []Attachment   // the incoming letter and other evidence
	Letters  []data.Letter  // every issued letter, drawn again from its stored text
	Timeline []data.Event   // any order; printed oldest first
	Names    Names          // the timeline's codes and logins by name
	Emails   []Email        // the emails on the case, any order; printed oldest first
	Location *time.Location // times are printed in; nil: Asia/Shanghai
}

// Email is an email on the case as the dossier prints it.
type Email struct {
	At          time.Time
	Direction   data.Direction
	From, To    string
	Subject     string
	Text        string
	More        int // characters of the text left out (the original message has them)
	Attachments []EmailFile
	Auto        bool
}

// EmailFile is a file an email came with.
type EmailFile struct {
	Name    string // its name, or its type when it has none
	Removed bool   // taken off the case: the email holds it, the case no longer does
}

// dossierWords are the headings of a dossier in a language.
type dossierWords struct {
	title, files, filesNone, fileCols, scanPDF, badImage, letters, issued, noText, timeline, timeCols, answered string
	emails, emailIn, emailOut, emailAuto, emailSubject, emailFiles, emailMore, emailRemoved                     string
	kinds                                                                                                       map[data.EventKind]string
}

func dossierWordsFor(lang string) dossierWords {
	switch normLang(lang) {
	case "en":
		return dossierWords{title: "Case file", files: "Incoming letter and evidence", filesNone: "No files attached.",
			fileCols: "File|Type|Added|SHA-256", scanPDF: "PDF original, not embedded: print it from the case (SHA-256 %s).",
			badImage: "the image cannot be read and is not included.",
			letters:  "Issued letters", issued: "Issued %s by %s · %d page(s) · SHA-256 %s", noText: "Stored without its text; open the issued PDF.",
			timeline: "Timeline", timeCols: "Time|Entry|By|Details", answered: "answered by: ",
			emails: "Emails", emailIn: "received", emailOut: "sent", emailAuto: "automatic mail", emailSubject: "Subject: ",
			emailFiles: "Attachments: ", emailMore: "… %d more characters are in the original message (.eml).",
			emailRemoved: " (removed from the case)",
			kinds: map[data.EventKind]string{data.EventCall: "call", data.EventLetter: "letter", data.EventEmail: "email",
				data.EventVisit: "visit", data.EventNote: "note", data.EventStatus: "status", data.EventAssignment: "assignment",
				data.EventEscalation: "escalation", data.EventRating: "rating", data.EventEvidence: "evidence",
				data.EventAssessment: "assessment", data.EventFollowUp: "follow-up", data.EventLetterOut: "letter issued"}}
	case "zh-Hant":
		return dossierWords{title: "投訴檔案", files: "來信原件及證據材料", filesNone: "無附件。",
			fileCols: "檔案|類型|加入時間|SHA-256", scanPDF: "PDF 原件未嵌入，請從案件中另行列印（SHA-256 %s）。", badImage: "圖片無法讀取，未收入。",
			letters: "已簽發函件", issued: "%s 由 %s 簽發 · 共 %d 頁 · SHA-256 %s", noText: "本函未存正文，請開啟簽發的 PDF。",
			timeline: "處理時間線", timeCols: "時間|事項|經辦|摘要", answered: "已回覆：",
			emails: "往來郵件", emailIn: "來信", emailOut: "發出", emailAuto: "自動郵件", emailSubject: "主題：",
			emailFiles: "附件：", emailMore: "……其餘 %d 字見原始郵件（.eml）。", emailRemoved: "（已從本案移除）",
			kinds: map[data.EventKind]string{data.EventCall: "電話", data.EventLetter: "信函", data.EventEmail: "郵件",
				data.EventVisit: "來訪", data.EventNote: "備註", data.EventStatus: "狀態", data.EventAssignment: "分派",
				data.EventEscalation: "升級", data.EventRating: "評價", data.EventEvidence: "證據",
				data.EventAssessment: "評估", data.EventFollowUp: "回訪", data.EventLetterOut: "簽發函件"}}
	default:
		return dossierWords{title: "投诉档案", files: "来信原件及证据材料", filesNone: "无附件。",
			fileCols: "文件|类型|加入时间|SHA-256", scanPDF: "PDF 原件未嵌入，请从案件中另行打印（SHA-256 %s）。", badImage: "图片无法读取，未收入。",
			letters: "已签发函件", issued: "%s 由 %s 签发 · 共 %d 页 · SHA-256 %s", noText: "本函未存正文，请打开签发的 PDF。",
			timeline: "处理时间线", timeCols: "时间|事项|经办|摘要", answered: "已回复：",
			emails: "往来邮件", emailIn: "来信", emailOut: "发出", emailAuto: "自动邮件", emailSubject: "主题：",
			emailFiles: "附件：", emailMore: "……其余 %d 字见原始邮件（.eml）。", emailRemoved: "（已从本案移除）",
			kinds: map[data.EventKind]string{data.EventCall: "电话", data.EventLetter: "信函", data.EventEmail: "邮件",
				data.EventVisit: "来访", data.EventNote: "备注", data.EventStatus: "状态", data.EventAssignment: "分派",
				data.EventEscalation: "升级", data.EventRating: "评价", data.EventEvidence: "证据",
				data.EventAssessment: "评估", data.EventFollowUp: "回访", data.EventLetterOut: "签发函件"}}
	}
}

// Dossier draws the case file for the paper archive: the handling form, the incoming letter and
// other evidence (images drawn, one to a page), every issued letter and the timeline.
func Dossier(in DossierInput, o Options) (Output, error) {
	f, err := loadFace()
	if err != nil {
		return Output{}, err
	}
	loc := in.Location
	if loc == nil {
		loc = shanghai
	}
	lang := normLang(in.Lang)
	dw := dossierWordsFor(lang)
	form := cleanDraft(f, in.Form)
	formLogo, logoWarn := prepareLogo(form.Office.Logo)

	type file struct {
		Attachment
		pic *picture
		err error
	}
	files := make([]file, len(in.Files))
	for i, a := range in.Files {
		a.Name, a.Note, a.RepliedBy = f.clean(a.Name), f.clean(a.Note), f.clean(a.RepliedBy)
		files[i].Attachment = a
		if strings.HasPrefix(strings.ToLower(a.ContentType), "image/") {
			files[i].pic, files[i].err = preparePicture(a.Data)
		}
	}
	type issued struct {
		l     data.Letter
		d     Draft
		logo  *picture
		ok    bool
		issue string
	}
	letters := make([]issued, len(in.Letters))
	for i, l := range in.Letters {
		x := issued{l: l}
		if d, err := DraftOf(l); err == nil {
			x.d, x.ok = cleanDraft(f, d), true
			x.logo, _ = prepareLogo(x.d.Office.Logo)
		}
		x.issue = fmt.Sprintf(dw.issued, l.IssuedAt.In(loc).Format("2006-01-02 15:04"), f.clean(l.IssuedBy), l.Pages, l.SHA256)
		letters[i] = x
	}
	events := append([]data.Event(nil), in.Timeline...)
	sort.SliceStable(events, func(i, j int) bool {
		if !events[i].At.Equal(events[j].At) {
			return events[i].At.Before(events[j].At)
		}
		return events[i].ID < events[j].ID
	})

	emails := append([]Email(nil), in.Emails...)
	sort.SliceStable(emails, func(i, j int) bool { return emails[i].At.Before(emails[j].At) })

	title := dw.title + " " + in.Ref
	out, err := build(docSpec{lang: lang, title: title, opts: o, footer: f.clean(title), numberOne: true}, func(w *writer) error {
		if logoWarn != nil {
			w.warnings = append(w.warnings, *logoWarn)
		}
		sectionHeader := func(w *writer) {
			w.text(marginL, baseline(w.y, 5, smallSize), smallSize, gray, f.clean(title))
			w.y += 6
			w.line(marginL, w.y, pageW-marginR, w.y, 0.2, gray, nil)
			w.y += 5
		}
		if form.Kind != "" {
			drawDocument(w, form, formLogo, "")
		}

		w.onPage = sectionHeader
		w.newPage()
		heading(w, dw.files)
		if len(files) == 0 {
			w.para(dw.filesNone, marginL, contentW, 0, formSize, 7, black, false)
		}
		cols := strings.Split(dw.fileCols, "|")
		var rows [][]string
		for _, x := range files {
			name := x.Name
			if x.RepliedBy != "" {
				name += "（" + dw.answered + x.RepliedBy + "）"
			}
			rows = append(rows, []string{name, x.ContentType, x.AddedAt.In(loc).Format("2006-01-02 15:04"), shortSHA(x.SHA256)})
		}
		if len(rows) > 0 {
			table(w, cols, []float64{0.42, 0.18, 0.2, 0.2}, rows)
		}
		// Notes on what cannot be drawn stay with the list; each image gets a page of its own.
		for _, x := range files {
			switch {
			case x.err != nil:
				w.warnings = append(w.warnings, Warning{Code: WarnImage, Detail: x.Name + ": " + x.err.Error()})
				w.y += 2
				w.para(x.Name+"："+dw.badImage, marginL, contentW, 0, formSize, 6, gray, false)
			case x.pic == nil && strings.EqualFold(x.ContentType, "application/pdf"):
				w.warnings = append(w.warnings, Warning{Code: WarnPDFScan, Detail: x.Name})
				w.y += 2
				w.para(x.Name+"："+fmt.Sprintf(dw.scanPDF, x.SHA256), marginL, contentW, 0, formSize, 6, gray, false)
			}
		}
		for _, x := range files {
			if x.pic == nil {
				continue
			}
			w.newPage()
			caption(w, x.Name+"　"+x.AddedAt.In(loc).Format("2006-01-02 15:04")+"　"+x.Note)
			iw, ih := fit(x.pic, contentW, bottom-w.y)
			w.picture(x.pic, marginL+(contentW-iw)/2, w.y, iw, ih)
			w.y += ih
		}

		if len(emails) > 0 {
			w.onPage = sectionHeader
			w.newPage()
			heading(w, dw.emails)
			for i, m := range emails {
				if i > 0 {
					w.room(10)
					w.y += 3
					w.line(marginL, w.y, pageW-marginR, w.y, 0.2, gray, nil)
					w.y += 4
				}
				kind := dw.emailIn
				switch {
				case m.Direction == data.DirOut:
					kind = dw.emailOut
				case m.Auto:
					kind = dw.emailAuto
				}
				caption(w, f.clean(m.At.In(loc).Format("2006-01-02 15:04")+"　"+kind+"　"+m.From+" → "+m.To))
				w.para(f.clean(dw.emailSubject+m.Subject), marginL, contentW, 0, formSize, 6.5, black, false)
				if len(m.Attachments) > 0 {
					names := make([]string, len(m.Attachments))
					for i, a := range m.Attachments {
						names[i] = a.Name
						if a.Removed {
							names[i] += dw.emailRemoved
						}
					}
					w.para(f.clean(dw.emailFiles+strings.Join(names, "、")), marginL, contentW, 0, smallSize, 5, gray, false)
				}
				w.y += 2
				for _, l := range strings.Split(f.clean(m.Text), "\n") {
					if strings.TrimSpace(l) == "" {
						w.y += 3
						continue
					}
					w.para(l, marginL, contentW, 0, formSize, 6.5, black, false)
				}
				if m.More > 0 {
					w.para(fmt.Sprintf(dw.emailMore, m.More), marginL, contentW, 0, smallSize, 5, gray, false)
				}
			}
		}

		for _, x := range letters {
			if x.ok {
				x.d.Kind = Kind(x.l.Kind)
				drawDocument(w, x.d, x.logo, x.issue)
				continue
			}
			w.onPage = sectionHeader
			w.newPage()
			heading(w, dw.letters+"："+f.clean(x.l.Title))
			w.para(x.issue, marginL, contentW, 0, smallSize, 5, gray, false)
			w.para(dw.noText, marginL, contentW, 0, formSize, 7, black, false)
		}

		w.onPage = sectionHeader
		w.newPage()
		heading(w, dw.timeline)
		rows = nil
		for _, e := range events {
			kind := dw.kinds[e.Kind]
			if kind == "" {
				kind = string(e.Kind)
			}
			rows = append(rows, []string{e.At.In(loc).Format("2006-01-02 15:04"), kind, f.clean(in.Names.name(in.Names.Users, e.By)),
				f.clean(timelineText(e, lang, in.Names))})
		}
		table(w, strings.Split(dw.timeCols, "|"), []float64{0.2, 0.13, 0.13, 0.54}, rows)
		return nil
	})
	if err != nil {
		return Output{}, fmt.Errorf("letters: dossier %s: %w", in.Ref, err)
	}
	return out, nil
}

func heading(w *writer, s string) {
	w.room(14)
	w.y += 2
	for _, l := range Wrap(s, contentW, 0, w.advance(14)) {
		w.boldText(marginL, baseline(w.y, 9, 14), 14, black, l.Text)
		w.y += 9
	}
	w.y += 2
}

func caption(w *writer, s string) {
	w.para(s, marginL, contentW, 0, formSize, 6, gray, false)
	w.y += 2
}

func shortSHA(s string) string {
	if len(s) > 16 {
		return s[:16] + "…"
	}
	return s
}

// table draws a simple grid with a shaded header row, repeated on every page it spans.
func table(w *writer, header []string, shares []float64, rows [][]string) {
	const pad, size = 1.5, 9.0
	leading := size * ptMM * 1.5
	widths := make([]float64, len(shares))
	for i, s := range shares {
		widths[i] = s * contentW
	}
	shade := rgb{230, 230, 230}
	drawRow := func(cells []string, fill *rgb) {
		wrapped := make([][]Line, len(cells))
		n := 1
		for i, c := range cells {
			wrapped[i] = Wrap(c, widths[i]-2*pad, 0, w.advance(size))
			n = maxInt(n, len(wrapped[i]))
		}
		for done := 0; done < n; {
			fitLines := int((bottom - w.y - 2*pad) / leading)
			if fitLines < 1 || (done == 0 && n <= 30 && fitLines < n) {
				w.newPage()
				if fill == nil {
					drawHeader(w, header, widths, pad, size, leading, &shade)
				}
				continue
			}
			k := minInt(fitLines, n-done)
			h := float64(k)*leading + 2*pad
			x := marginL
			for i := range cells {
				w.rect(x, w.y, widths[i], h, gray, fill)
				for l := 0; l < k && done+l < len(wrapped[i]); l++ {
					w.text(x+pad, baseline(w.y+pad+float64(l)*leading, leading, size), size, black, wrapped[i][done+l].Text)
				}
				x += widths[i]
			}
			w.y += h
			done += k
		}
	}
	w.room(3 * leading)
	drawHeader(w, header, widths, pad, size, leading, &shade)
	for _, r := range rows {
		drawRow(r, nil)
	}
}

func drawHeader(w *writer, header []string, widths []float64, pad, size, leading float64, shade *rgb) {
	h := leading + 2*pad
	x := marginL
	for i, c := range header {
		w.rect(x, w.y, widths[i], h, gray, shade)
		w.text(x+pad, baseline(w.y+pad, leading, size), size, black, c)
		x += widths[i]
	}
	w.y += h
}

// DossierSource is what BuildDossier needs from the case file (*data.Store has it).
type DossierSource interface {
	CaseSource
	Letters(ctx context.Context, complaintID int64) ([]data.Letter, error)
	Evidence(ctx context.Context, complaintID int64) ([]data.Evidence, error)
	LetterPairs(ctx context.Context, complaintID int64) ([]data.LetterPair, error)
	Blob(ctx context.Context, sha string) ([]byte, error)
	Events(ctx context.Context, complaintID int64) ([]data.Event, error)
	Messages(ctx context.Context, f data.MessageFilter) ([]*data.MailMessage, error)
}

// dossierTextLimit is how much of an email's text the dossier prints.
const dossierTextLimit = 20000

// BuildDossier loads everything about the complaint ref and draws its dossier.
func BuildDossier(ctx context.Context, st DossierSource, ref, lang string, now time.Time, o Options) (Output, error) {
	form, err := Prepare(ctx, st, ref, KindForm, lang, now)
	if err != nil {
		return Output{}, err
	}
	c, err := st.Complaint(ctx, ref)
	if err != nil {
		return Output{}, fmt.Errorf("letters: dossier: %w", err)
	}
	in := DossierInput{Lang: lang, Ref: c.Ref, Form: form}
	if in.Letters, err = st.Letters(ctx, c.ID); err != nil {
		return Output{}, fmt.Errorf("letters: dossier: %w", err)
	}
	pairs, err := st.LetterPairs(ctx, c.ID)
	if err != nil {
		return Output{}, fmt.Errorf("letters: dossier: %w", err)
	}
	answered := map[int64][]string{}
	for _, p := range pairs {
		answered[p.Incoming.ID] = append(answered[p.Incoming.ID], p.Reply.Title)
	}
	evidence, err := st.Evidence(ctx, c.ID)
	if err != nil {
		return Output{}, fmt.Errorf("letters: dossier: %w", err)
	}
	for _, e := range evidence {
		a := Attachment{Name: e.Filename, ContentType: e.ContentType, SHA256: e.SHA256, AddedAt: e.AddedAt, Note: e.Note,
			RepliedBy: strings.Join(answered[e.ID], "、")}
		if strings.HasPrefix(strings.ToLower(e.ContentType), "image/") {
			if a.Data, err = st.Blob(ctx, e.SHA256); err != nil {
				return Output{}, fmt.Errorf("letters: dossier: %w", err)
			}
		}
		in.Files = append(in.Files, a)
	}
	if in.Timeline, err = st.Events(ctx, c.ID); err != nil {
		return Output{}, fmt.Errorf("letters: dossier: %w", err)
	}
	if in.Names, err = loadNames(ctx, st); err != nil {
		return Output{}, fmt.Errorf("letters: dossier: %w", err)
	}
	msgs, err := st.Messages(ctx, data.MessageFilter{ComplaintID: c.ID, Limit: -1, TextLimit: dossierTextLimit})
	if err != nil {
		return Output{}, fmt.Errorf("letters: dossier: %w", err)
	}
	for _, m := range msgs {
		in.Emails = append(in.Emails, emailOf(m))
	}
	return Dossier(in, o)
}

// loadNames reads the names of the categories, departments and users.
func loadNames(ctx context.Context, st CaseSource) (Names, error) {
	n := Names{Categories: map[string]string{}, Departments: map[string]string{}, Users: map[string]string{}}
	cats, err := st.Categories(ctx)
	if err != nil {
		return n, err
	}
	for _, c := range cats {
		n.Categories[c.Code] = c.Name
	}
	deps, err := st.Departments(ctx)
	if err != nil {
		return n, err
	}
	for _, d := range deps {
		n.Departments[d.Code] = d.Name
	}
	users, err := st.Users(ctx)
	if err != nil {
		return n, err
	}
	for _, u := range users {
		n.Users[u.Name] = u.DisplayName
	}
	return n, nil
}

// emailOf is a stored message as the dossier prints it.
func emailOf(m *data.MailMessage) Email {
	from := m.FromEmail
	if name := strings.TrimSpace(m.FromName); name != "" && from != "" {
		from = name + " <" + from + ">"
	} else if from == "" {
		from = name
	}
	at := m.ReceivedAt
	if m.Direction == data.DirOut && m.Date != nil {
		at = *m.Date // when the office sent it
	}
	e := Email{At: at, Direction: m.Direction, From: from, To: strings.Join(m.To, ", "), Subject: m.Subject,
		Text: m.Text, More: m.TextLen - utf8.RuneCountInString(m.Text), Auto: m.State == data.MailAuto && m.Direction != data.DirOut}
	for _, a := range m.Attachments {
		name := a.Filename
		if name == "" {
			name = a.ContentType
		}
		e.Attachments = append(e.Attachments, EmailFile{Name: name, Removed: a.Removed})
	}
	return e
}
