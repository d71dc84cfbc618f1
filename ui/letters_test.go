package ui

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/letters"
)

// letterFixture is a store on a temporary file with a fixed clock, and the environment of the
// letter screens with results applied on the test's goroutine and the system viewer and
// printer recorded instead of started.
type letterFixture struct {
	t      testing.TB
	app    fyne.App
	store  *data.Store
	ctx    context.Context
	env    *letterEnv
	queue  chan func()
	now    time.Time
	phones int

	saveDir string // where files are saved
	saved   string // the file saved last

	mu      sync.Mutex
	opened  []string
	printed []string
}

func newLetterFixture(t testing.TB) *letterFixture {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme())
	s, err := data.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, s.Calendar().Location())
	s.Now = func() time.Time { return now }
	f := &letterFixture{t: t, app: a, store: s, ctx: data.WithActor(context.Background(), "admin"),
		queue: make(chan func(), 1024), now: now, saveDir: t.TempDir()}
	if err := s.SetOfficeProfile(f.ctx, data.Office{Name: "华景物业服务中心", Dept: "客户服务部",
		Address: "上海市浦东新区世纪大道100号", Phone: "021-55550000"}); err != nil {
		t.Fatal(err)
	}
	win := a.NewWindow("desk")
	win.Resize(fyne.NewSize(1280, 800))
	f.env = &letterEnv{runner: runner{ctx: f.ctx, apply: func(fn func()) { f.queue <- fn }, pending: new(atomic.Int64)},
		win: win, now: func() time.Time { return now }, temp: t.TempDir(),
		chooseSave: func(_ fyne.Window, name string, done func(fyne.URIWriteCloser, error)) {
			// The clerk picks the folder the test owns and keeps the offered name.
			f.saved = filepath.Join(f.saveDir, name)
			w, err := storage.Writer(storage.NewFileURI(f.saved))
			done(w, err)
		},
		open: func(p string) error { f.record(&f.opened, p); return nil },
		print: func(p string) error {
			f.record(&f.printed, p)
			return nil
		}}
	return f
}

func (f *letterFixture) record(list *[]string, path string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	*list = append(*list, path)
}

func (f *letterFixture) lastOpened() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.opened) == 0 {
		return ""
	}
	return f.opened[len(f.opened)-1]
}

// settle applies the results of background work until none is outstanding.
func (f *letterFixture) settle() {
	f.t.Helper()
	settleQueue(f.t, f.queue, f.env.pending, 20*time.Second)
}

// complaint registers a letter from a new complainant (each with a phone number of their own:
// the store takes the same number for the same person).
func (f *letterFixture) complaint(name, subject string) *data.Complaint {
	f.t.Helper()
	f.phones++
	c, err := f.store.CreateComplaint(f.ctx, data.NewComplaint{Channel: data.ChannelLetter, Subject: subject,
		ReceivedAt:  f.now.Add(-48 * time.Hour),
		Complainant: data.Complainant{Name: name, Phone: fmt.Sprintf("138%08d", f.phones)}})
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

func (f *letterFixture) letters(c *data.Complaint) []data.Letter {
	f.t.Helper()
	ls, err := f.store.Letters(f.ctx, c.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	return ls
}

// compose opens the composer on c and waits for the first draft.
func (f *letterFixture) compose(c *data.Complaint, onIssued func()) *composer {
	f.t.Helper()
	cm := newComposer(f.env, f.store, c.Ref, onIssued)
	cm.show()
	f.settle()
	if !cm.ready {
		f.t.Fatalf("no draft was prepared: %q", cm.msg.Text)
	}
	return cm
}

func storedDraft(t *testing.T, l data.Letter) letters.Draft {
	t.Helper()
	var d letters.Draft
	if err := json.Unmarshal(l.Content, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestLetterComposerIssues(t *testing.T) {
	f := newLetterFixture(t)
	const clean = "您好！\n经核实，电梯已于当日修复，我们已加强日常巡检。"
	long := "您好！\n" + strings.Repeat("经核实，地下车库照明线路老化导致多处灯具损坏，我们已全面更换线路和灯具，并安排专人每日巡查。\n", 400)
	tests := []struct {
		name      string
		body      string // replaces the filled-in body; "" keeps clean
		typed     string // typed into the body after it is replaced
		wantFlag  string // part of the forbidden-phrase warning; "" for none
		confirm   bool   // the clerk confirms issuing despite the warning
		wantIssue bool
		wantPages int // at least
	}{
		{"the edited text is issued", "", "", "", false, true, 1},
		{"a forbidden phrase is flagged and issuing refused", "", "这件事我不知道。", "我不知道", false, false, 0},
		{"a forbidden phrase is issued only when confirmed", "", "不关我的事", "不关我的事", true, true, 1},
		{"a body of twenty pages is issued whole", long, "", "", false, true, 15},
		{"emoji and rare characters are issued", clean + "\n谢谢😀，𠀋。", "", "", false, true, 1},
		{"a character no font has is named and issued", clean + "\n王𰀀先生：", "", "", false, true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := f.complaint("张伟", "电梯故障")
			issued := 0
			cm := f.compose(c, func() { issued++ })
			if k, l := cm.selected(); k != letters.KindApology || l != "zh-Hans" {
				t.Fatalf("composer opened on %s/%s", k, l)
			}
			if !strings.Contains(cm.salute.Text, "张伟") || cm.missing.Hidden {
				t.Errorf("salutation %q, gaps shown %v: want the name and the unfilled root cause flagged",
					cm.salute.Text, !cm.missing.Hidden)
			}
			body := tt.body
			if body == "" {
				body = clean
			}
			cm.body.SetText(body)
			if !cm.missing.Hidden {
				t.Errorf("gaps still flagged after the body was rewritten: %q", cm.missing.Text)
			}
			if tt.typed != "" {
				cm.body.CursorRow, cm.body.CursorColumn = 1, 0
				test.Type(cm.body, tt.typed)
			}
			if tt.wantFlag == "" && !cm.forbid.Hidden {
				t.Errorf("warning shown for clean text: %q", cm.forbid.Text)
			}
			switch {
			case strings.Contains(body, "𰀀") && (cm.glyphs.Hidden || !strings.Contains(cm.glyphs.Text, "𰀀")):
				t.Errorf("𰀀, which no font has, is not named: %q (hidden %v)", cm.glyphs.Text, cm.glyphs.Hidden)
			case tt.body == "" && !cm.glyphs.Hidden:
				t.Errorf("characters named as unprintable in a clean text: %q", cm.glyphs.Text)
			}
			if tt.wantFlag != "" && (cm.forbid.Hidden || !strings.Contains(cm.forbid.Text, tt.wantFlag)) {
				t.Errorf("warning %q (hidden %v), want %q flagged", cm.forbid.Text, cm.forbid.Hidden, tt.wantFlag)
			}
			cm.confirm = nil
			test.Tap(cm.issue)
			f.settle()
			if tt.wantFlag != "" {
				if cm.confirm == nil {
					t.Fatal("issued without asking about the forbidden phrase")
				}
				if tt.confirm {
					cm.confirm.Confirm()
				} else {
					cm.confirm.Dismiss()
				}
				f.settle()
			}
			ls := f.letters(c)
			if !tt.wantIssue {
				if len(ls) != 0 || issued != 0 {
					t.Fatalf("%d letters filed, onIssued ran %d times; want none", len(ls), issued)
				}
				return
			}
			if len(ls) != 1 || issued != 1 {
				t.Fatalf("%d letters filed, onIssued ran %d times; want 1", len(ls), issued)
			}
			l := ls[0]
			d := storedDraft(t, l)
			if !strings.HasPrefix(d.Body, body[:strings.Index(body, "\n")]) || !strings.Contains(d.Body, tt.typed) ||
				l.IssuedBy != "admin" || l.Kind != "apology" || l.Pages < tt.wantPages {
				t.Errorf("filed %s by %s, %d pages (want at least %d), body %q", l.Kind, l.IssuedBy, l.Pages, tt.wantPages,
					oneLine(d.Body, 80))
			}
			opened, err := os.ReadFile(f.lastOpened())
			if err != nil {
				t.Fatal(err)
			}
			pdf, err := f.store.LetterPDF(f.ctx, l.ID)
			if err != nil || !bytes.Equal(opened, pdf) {
				t.Errorf("the opened file is not the issued PDF (%v)", err)
			}
		})
	}
}

// A receipt whose answer date reaches into a year without holiday data asks the clerk to check
// that date, on screen and again before it is issued.
func TestReceiptAsksToCheckAnUncheckedDate(t *testing.T) {
	useLanguage(t, "zh-Hans")
	f := newLetterFixture(t)
	c, err := f.store.CreateComplaint(f.ctx, data.NewComplaint{Channel: data.ChannelPhone, Subject: "电梯故障",
		ReceivedAt:  time.Date(2026, 12, 28, 10, 0, 0, 0, f.store.Calendar().Location()),
		Complainant: data.Complainant{Name: "李强", Phone: "13900002222"}})
	if err != nil {
		t.Fatal(err)
	}
	cm := f.compose(c, nil)
	if !cm.dates.Hidden {
		t.Errorf("the apology, which names no date, says %q", cm.dates.Text)
	}
	cm.kind.SetSelectedIndex(slices.Index(letters.Kinds, letters.KindReceipt))
	f.settle()
	if cm.dates.Hidden || !strings.Contains(cm.dates.Text, "承诺答复日期只按周一至周五计算") {
		t.Fatalf("the receipt promising %s says %q (hidden %v)", c.DueResolve.Format(time.DateOnly), cm.dates.Text, cm.dates.Hidden)
	}
	cm.confirm = nil
	test.Tap(cm.issue)
	f.settle()
	if cm.confirm == nil {
		t.Fatal("issued without asking about the date")
	}
	cm.confirm.Dismiss()
	f.settle()
	if ls := f.letters(c); len(ls) != 0 {
		t.Fatalf("%d letters filed after the clerk went back to check", len(ls))
	}
}

func TestLetterComposerKinds(t *testing.T) {
	f := newLetterFixture(t)
	c := f.complaint("李娜", "停车场收费过高")
	cm := f.compose(c, nil)
	tests := []struct {
		name       string
		kind, lang int
		wantTitle  string
		wantFields bool
	}{
		{"receipt in traditional Chinese", 2, 1, "投訴受理回執", true},
		{"handling form", 3, 0, "投诉处理单", true},
		{"reply in English", 1, 2, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cm.kind.SetSelectedIndex(tt.kind)
			cm.lang.SetSelectedIndex(tt.lang)
			f.settle()
			d := cm.current()
			if d.Kind != letters.Kinds[tt.kind] || d.Lang != letters.Langs[tt.lang] {
				t.Fatalf("draft is %s/%s", d.Kind, d.Lang)
			}
			if tt.wantTitle != "" && cm.title.Text != tt.wantTitle {
				t.Errorf("title %q, want %q", cm.title.Text, tt.wantTitle)
			}
			if got := len(cm.fields) > 0; got != tt.wantFields {
				t.Errorf("%d field entries, want some: %v", len(cm.fields), tt.wantFields)
			}
			if d.Ref != c.Ref {
				t.Errorf("draft ref %q, want %q", d.Ref, c.Ref)
			}
		})
	}
	t.Run("edits are not dropped without asking", func(t *testing.T) {
		cm.title.SetText("改过的标题")
		cm.confirm = nil
		cm.kind.SetSelectedIndex(0)
		f.settle()
		if cm.confirm == nil {
			t.Fatal("switching the kind discarded the edits without asking")
		}
		cm.confirm.Dismiss()
		f.settle()
		if cm.title.Text != "改过的标题" || cm.kind.SelectedIndex() != 1 {
			t.Errorf("after keeping the edits: title %q, kind %d", cm.title.Text, cm.kind.SelectedIndex())
		}
	})
	t.Run("a logo that is not an image is reported", func(t *testing.T) {
		office, err := f.store.OfficeProfile(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		office.Logo = []byte("not an image")
		if err := f.store.SetOfficeProfile(f.ctx, office); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			office.Logo = nil
			if err := f.store.SetOfficeProfile(f.ctx, office); err != nil {
				t.Error(err)
			}
		})
		cm := f.compose(c, nil)
		test.Tap(cm.preview)
		f.settle()
		if want := renderWarningText(letters.Warning{Code: letters.WarnLogo}); cm.notes.Hidden || cm.notes.Text != want {
			t.Errorf("notes %q (hidden %v), want %q", cm.notes.Text, cm.notes.Hidden, want)
		}
	})
	t.Run("preview opens a PDF and files nothing", func(t *testing.T) {
		test.Tap(cm.preview)
		f.settle()
		b, err := os.ReadFile(f.lastOpened())
		if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
			t.Fatalf("preview opened %q: %v", f.lastOpened(), err)
		}
		if n := len(f.letters(c)); n != 0 {
			t.Errorf("%d letters filed by a preview", n)
		}
	})
}

// pngScan is a small PNG: an incoming letter scanned as an image.
func pngScan(t testing.TB) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 40, 60))
	for x := 5; x < 35; x++ {
		img.Set(x, 10, color.Black)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func (f *letterFixture) issue(c *data.Complaint, kind letters.Kind) *data.Letter {
	f.t.Helper()
	d, err := letters.Prepare(f.ctx, f.store, c.Ref, kind, "zh-Hans", f.now)
	if err != nil {
		f.t.Fatal(err)
	}
	out, err := letters.Issue(f.ctx, f.store, d, f.now)
	if err != nil {
		f.t.Fatal(err)
	}
	return out.Letter
}

func TestCaseLetters(t *testing.T) {
	f := newLetterFixture(t)
	c := f.complaint("王芳", "物业费收费不合理")
	l := f.issue(c, letters.KindReply)
	scan, err := f.store.AddEvidence(f.ctx, c.Ref, data.NewEvidence{Filename: "来信扫描.png", Data: pngScan(t)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.AddEvidence(f.ctx, c.Ref, data.NewEvidence{Filename: "通话记录.txt", Data: []byte("通话")}); err != nil {
		t.Fatal(err)
	}
	v := newCaseLetters(f.env, f.store, c.Ref, nil)
	f.settle()
	pairs := func() []data.LetterPair {
		ps, err := f.store.LetterPairs(f.ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		return ps
	}
	tests := []struct {
		name      string
		do        func()
		wantPairs int
		wantRows  int // objects in the list: a box and a separator per letter, plus a box per pair
	}{
		{"shows the issued letter", func() {}, 0, 2},
		{"links the scanned incoming letter", func() {
			v.link(*l)
			if got := v.linkChoice.Options; len(got) != 1 || !strings.HasPrefix(got[0], "来信扫描.png") {
				t.Errorf("link offers %q; want only the image", got)
			}
			v.confirm.Confirm()
		}, 1, 2},
		{"unlinks it again", func() {
			v.unlink(v.pairs[0])
			v.confirm.Confirm()
		}, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.do()
			f.settle()
			if got := len(pairs()); got != tt.wantPairs {
				t.Errorf("%d pairs in the store, want %d", got, tt.wantPairs)
			}
			if len(v.pairs) != tt.wantPairs || len(v.list.Objects) != tt.wantRows {
				t.Errorf("the section shows %d pairs in %d rows; want %d in %d", len(v.pairs), len(v.list.Objects),
					tt.wantPairs, tt.wantRows)
			}
			if len(v.letters) != 1 || v.letters[0].ID != l.ID {
				t.Errorf("letters shown: %+v", v.letters)
			}
		})
	}
	t.Run("open, print, save and archive copy", func(t *testing.T) {
		buttons := letterButtons(f.env, f.store, v.letters[0], f.store.Calendar().Location(), v.progress, v.status)
		issued, err := f.store.LetterPDF(f.ctx, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			name         string
			button       int // in the order of letterButtons: open, print, save, archive copy, save archive copy
			printed      bool
			sameAsIssued bool
		}{
			{"open", 0, false, true},
			{"print", 1, true, true},
			{"archive copy", 3, false, false},
			{"save as", 2, false, true},
			{"save archive copy", 4, false, false},
		} {
			test.Tap(buttons[tt.button].(*widget.Button))
			f.settle()
			f.mu.Lock()
			handed := f.opened
			if tt.printed {
				handed = f.printed
			}
			path := handed[len(handed)-1]
			f.mu.Unlock()
			if tt.button == 2 || tt.button == 4 {
				path = f.saved
			}
			if !strings.HasPrefix(filepath.Base(path), c.Ref) || !strings.Contains(filepath.Base(path), "-20261123-1000") {
				t.Errorf("%s: file named %q, want the reference and the time issued in the office's zone", tt.name, filepath.Base(path))
			}
			b, err := os.ReadFile(path)
			if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) || bytes.Equal(b, issued) != tt.sameAsIssued {
				t.Errorf("%s handed over %s (same as the issued PDF: %v, err %v)", tt.name, path, bytes.Equal(b, issued), err)
			}
		}
	})
	t.Run("dossier export", func(t *testing.T) {
		test.Tap(v.dossier)
		f.settle()
		b, err := os.ReadFile(f.saved)
		if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) || !strings.HasPrefix(filepath.Base(f.saved), c.Ref) {
			t.Fatalf("dossier saved as %s: %v", f.saved, err)
		}
		if !strings.Contains(v.status.Text, filepath.Base(f.saved)) {
			t.Errorf("status %q does not name the saved file", v.status.Text)
		}
	})
	if scan.ContentType != "image/png" {
		t.Errorf("the scan was stored as %s", scan.ContentType)
	}
}

func TestArchiveScreen(t *testing.T) {
	f := newLetterFixture(t)
	a := f.complaint("赵敏", "电梯故障")
	b := f.complaint("钱多多", "噪音扰民")
	f.issue(a, letters.KindApology)
	f.issue(b, letters.KindReceipt)
	s := newArchiveScreen(f.env, f.store)
	f.settle()
	tests := []struct {
		name, ref, who, from, to string
		kind                     int
		wantRefs                 []string
		wantError                bool
	}{
		{"everything", "", "", "", "", 0, []string{b.Ref, a.Ref}, false},
		{"by reference", strings.ToLower(a.Ref[len(a.Ref)-6:]), "", "", "", 0, []string{a.Ref}, false},
		{"by complainant", "", "钱多", "", "", 0, []string{b.Ref}, false},
		{"by kind", "", "", "", "", 1, []string{a.Ref}, false},
		{"within the day issued", "", "", "2026-11-23", "2026-11-23", 0, []string{b.Ref, a.Ref}, false},
		{"after the day issued", "", "", "2026-11-24", "", 0, nil, false},
		{"a bad date is explained", "", "", "23.11.2026", "", 0, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.ref.SetText(tt.ref)
			s.who.SetText(tt.who)
			s.from.SetText(tt.from)
			s.to.SetText(tt.to)
			s.kind.SetSelectedIndex(tt.kind)
			test.Tap(s.search)
			f.settle()
			if tt.wantError {
				if s.msg.Hidden || !strings.Contains(s.msg.Text, "23.11.2026") {
					t.Errorf("message %q (hidden %v), want the bad date named", s.msg.Text, s.msg.Hidden)
				}
				return
			}
			var got []string
			for _, e := range s.entries {
				got = append(got, e.Letter.Ref)
			}
			if strings.Join(got, ",") != strings.Join(tt.wantRefs, ",") {
				t.Errorf("found %v, want %v", got, tt.wantRefs)
			}
		})
	}
	t.Run("selecting shows the letter", func(t *testing.T) {
		s.ref.SetText("")
		s.from.SetText("")
		s.kind.SetSelectedIndex(0)
		test.Tap(s.search)
		f.settle()
		s.table.Select(widget.TableCellID{Row: 1, Col: 0})
		if len(s.detail.Objects) < 5 {
			t.Fatalf("detail has %d objects", len(s.detail.Objects))
		}
		if l, ok := s.detail.Objects[0].(*para); !ok || !strings.Contains(l.Text, "致歉信") {
			t.Errorf("detail heading %v", s.detail.Objects[0])
		}
	})
}

func TestTemplateSettings(t *testing.T) {
	f := newLetterFixture(t)
	c := f.complaint("孙丽", "绿化带垃圾未清理")
	s := newTemplateSettings(f.env, f.store)
	f.settle()
	key := letters.TemplateSettingKey(letters.KindApology, "zh-Hans")
	def, err := letters.DefaultTemplate(letters.KindApology, "zh-Hans")
	if err != nil {
		t.Fatal(err)
	}
	if s.text.Text != def || !s.restore.Disabled() {
		t.Fatalf("the editor opened on %q (restore enabled %v), want the shipped apology", s.text.Text, !s.restore.Disabled())
	}
	edited := strings.Replace(def, "[body]\n", "[body]\n关于“{subject}”，特此致歉。\n", 1)
	tests := []struct {
		name      string
		text      string
		restore   bool
		wantSaved string
		wantError bool
	}{
		{"an unknown placeholder is refused", strings.Replace(def, "[body]\n", "[body]\n{unknown}\n", 1), false, "", true},
		{"text before the first section is refused", "致歉信\n" + def, false, "", true},
		{"an edited template is saved", edited, false, edited, false},
		{"the shipped text is saved as unset", def, false, "", false},
		{"restore default", edited, true, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.text.SetText(tt.text)
			test.Tap(s.save)
			f.settle()
			if tt.restore {
				test.Tap(s.restore)
				s.confirm.Confirm()
				f.settle()
			}
			if got := !s.msg.Hidden; got != tt.wantError {
				t.Errorf("error shown %v (%q), want %v", got, s.msg.Text, tt.wantError)
			}
			if tt.wantError {
				return
			}
			got, err := f.store.Setting(f.ctx, key)
			if err != nil || got != tt.wantSaved {
				t.Errorf("saved %q (%v), want %q", got, err, tt.wantSaved)
			}
		})
	}
	t.Run("the next composer uses the saved template", func(t *testing.T) {
		s.text.SetText(edited)
		test.Tap(s.save)
		f.settle()
		cm := f.compose(c, nil)
		if want := "关于“绿化带垃圾未清理”，特此致歉。"; !strings.HasPrefix(cm.body.Text, want) {
			t.Errorf("composed body %q, want it to start with %q", cm.body.Text, want)
		}
	})
}

// captureLetterScreen draws content in a test window of the given size and checks that
// something was drawn; with LETTERS_PNG_DIR set it also saves the picture there, for looking
// at the screens: LETTERS_PNG_DIR=/tmp/letters go test -run TestLetterScreensDraw ./ui/
func captureLetterScreen(t *testing.T, name string, w fyne.Window, size fyne.Size) {
	t.Helper()
	// A window of the test driver lays its content out again only when resized; the real
	// window also does when a widget is shown or hidden.
	w.Resize(size.SubtractWidthHeight(1, 1))
	w.Resize(size)
	img := w.Canvas().Capture()
	colors := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			colors[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}] = true
		}
	}
	if b.Dx() < int(size.Width)/2 || len(colors) < 8 {
		t.Errorf("%s: a %dx%d picture in %d colours; the screen drew nothing", name, b.Dx(), b.Dy(), len(colors))
	}
	dir := os.Getenv("LETTERS_PNG_DIR")
	if dir == "" {
		return
	}
	out, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, img); err != nil {
		t.Fatal(err)
	}
}

func TestLetterScreensDraw(t *testing.T) {
	f := newLetterFixture(t)
	c := f.complaint("欧阳晓明", "地下车库照明损坏，夜间多次险些发生碰撞")
	l := f.issue(c, letters.KindReceipt)
	scan, err := f.store.AddEvidence(f.ctx, c.Ref, data.NewEvidence{Filename: "业主来信.png", Data: pngScan(t)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.LinkReply(f.ctx, scan.ID, l.ID); err != nil {
		t.Fatal(err)
	}
	f.issue(c, letters.KindForm)
	size, narrow := fyne.NewSize(1100, 720), fyne.NewSize(560, 640)
	tests := []struct {
		name string
		draw func() fyne.Window
	}{
		{"case_letters_narrow", func() fyne.Window {
			// The section as it sits in the right half of the case view.
			w := test.NewWindow(newCaseLetters(f.env, f.store, c.Ref, nil))
			w.Resize(narrow)
			return w
		}},
		{"composer", func() fyne.Window {
			cm := f.compose(c, nil)
			test.Type(cm.body, "这是xxx的事，你找他吧")
			return cm.win
		}},
		{"composer_issue_check", func() fyne.Window {
			cm := f.compose(c, nil)
			test.Type(cm.body, "我不知道")
			test.Tap(cm.issue)
			return cm.win
		}},
		{"composer_form", func() fyne.Window {
			cm := f.compose(c, nil)
			cm.kind.SetSelectedIndex(3)
			f.settle()
			return cm.win
		}},
		{"case_letters", func() fyne.Window {
			return test.NewWindow(newCaseLetters(f.env, f.store, c.Ref, nil))
		}},
		{"archive", func() fyne.Window {
			s := newArchiveScreen(f.env, f.store)
			f.settle()
			s.table.Select(widget.TableCellID{Row: 1})
			return test.NewWindow(s.view)
		}},
		{"templates", func() fyne.Window {
			return test.NewWindow(newTemplateSettings(f.env, f.store).view)
		}},
	}
	for _, language := range []string{"zh-Hans", "en"} {
		useLanguage(t, language)
		for _, tt := range tests {
			t.Run(language+"/"+tt.name, func(t *testing.T) {
				w := tt.draw()
				f.settle()
				sz := size
				if strings.HasSuffix(tt.name, "_narrow") {
					sz = narrow
				}
				captureLetterScreen(t, tt.name+"-"+language, w, sz)
			})
		}
	}
}

// BenchmarkLetterCompose measures what the clerk waits for between opening the composer and
// seeing the filled-in apology: the case read, the template filled, the entries set.
func BenchmarkLetterCompose(b *testing.B) {
	f := newLetterFixture(b)
	c := f.complaint("张伟", "电梯故障")
	for b.Loop() {
		cm := f.compose(c, nil)
		cm.win.Close()
	}
}

// BenchmarkLetterIssue measures tapping "issue" until the letter is filed and handed to the
// viewer: rendering the PDF with its font subset, storing it, writing the file to open.
func BenchmarkLetterIssue(b *testing.B) {
	f := newLetterFixture(b)
	c := f.complaint("张伟", "电梯故障")
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		cm := f.compose(c, nil)
		cm.body.SetText("您好！\n经核实，电梯已于当日修复，我们已加强日常巡检。")
		b.StartTimer()
		test.Tap(cm.issue)
		f.settle()
	}
	b.StopTimer()
	if n := len(f.letters(c)); n != b.N {
		b.Fatalf("%d letters filed in %d runs", n, b.N)
	}
}
