package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/demo"
	"complaintdesk/mailintake"
)

// fixture is a desk on a fresh database with a fixed clock: Monday 2026-11-23 10:00 in the
// calendar's time zone.
type fixture struct {
	t     *testing.T
	win   fyne.Window
	store *data.Store
	path  string
	desk  *Desk
	now   time.Time
	ctx   context.Context
	queue chan func()
}

// useLanguage switches the translations for one test and back to English afterwards, the
// language the other tests of the package expect.
func useLanguage(t *testing.T, code string) {
	t.Helper()
	if err := SetupLanguage(code); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := SetupLanguage("en"); err != nil {
			t.Error(err)
		}
	})
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	return newFixtureIn(t, "zh-Hans")
}

// newFixtureIn is a window in the language of code.
func newFixtureIn(t *testing.T, code string) *fixture {
	t.Helper()
	useLanguage(t, code)
	a := test.NewTempApp(t)
	// The bundled font, so that text is measured the same whatever fonts the machine has.
	a.Settings().SetTheme(NewTheme())
	path := filepath.Join(t.TempDir(), "desk.db")
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	f := &fixture{t: t, store: s, path: path, now: time.Date(2026, 11, 23, 10, 0, 0, 0, s.Calendar().Location()),
		ctx: data.WithActor(context.Background(), "admin"), queue: make(chan func(), 4096)}
	s.Now = func() time.Time { return f.now } // a test may move the clock on
	f.win = a.NewWindow("desk")
	f.desk = New(a, f.win, s, Options{User: "admin", Now: s.Now, apply: func(fn func()) { f.queue <- fn }})
	t.Cleanup(f.desk.Close) // its watches stop before the store closes
	f.win.SetContent(f.desk)
	f.win.Resize(fyne.NewSize(1280, 760))
	f.settle()
	return f
}

// openDesk opens another desk on the fixture's window and store with o, on the fixture's clock,
// its results delivered as the fixture's are.
func (f *fixture) openDesk(o Options) *Desk {
	o.Now, o.apply = f.store.Now, func(fn func()) { f.queue <- fn }
	return New(f.desk.app, f.win, f.store, o)
}

// settleDesk runs what a desk opened with openDesk has queued, until it is idle.
func (f *fixture) settleDesk(d *Desk) {
	f.t.Helper()
	settleQueue(f.t, f.queue, &d.pending, 10*time.Second)
}

// relayout lays the window out again from the sizes its content now asks for, as the window
// does at its next frames: text that wraps asks for the height of the lines it has at the width
// it was given, which the first layout does not know yet.
func (f *fixture) relayout() {
	size := f.win.Canvas().Size()
	f.win.Resize(size.AddWidthHeight(1, 0))
	f.win.Resize(size)
}

// settle applies the results of background work on the test's goroutine, as the window's
// event loop does, until no task is outstanding.
// navIndex is the place of the navigation's item key.
func navIndex(key string) int {
	return slices.IndexFunc(navItems, func(it struct{ key, label string }) bool { return it.key == key })
}

// navAfterCheck is what the navigation's item i says after a check of the deadlines and counts,
// written into label.
func (f *fixture) navAfterCheck(i int, label *widget.Label) string {
	f.desk.checkDeadlines()
	f.settle()
	f.desk.navLabel(i, label)
	return label.Text
}

func (f *fixture) settle() {
	f.t.Helper()
	settleQueue(f.t, f.queue, &f.desk.pending, 10*time.Second)
}

// settleQueue runs the functions handed to a runner's apply from queue until pending is zero,
// failing t when the work takes longer than timeout.
func settleQueue(t testing.TB, queue chan func(), pending *atomic.Int64, timeout time.Duration) {
	t.Helper()
	for {
		select {
		case fn := <-queue:
			fn()
			continue
		default:
		}
		if pending.Load() == 0 {
			return
		}
		select {
		case fn := <-queue:
			fn()
		case <-time.After(timeout):
			t.Fatal("background work did not finish")
		}
	}
}

// settleUntil also waits for delayed updates (searching as one types) until cond holds.
func (f *fixture) settleUntil(what string, cond func() bool) {
	f.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		f.settle()
		if cond() {
			return
		}
		select {
		case fn := <-f.queue:
			fn()
		case <-deadline:
			f.t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// complaint registers a complaint received hoursAgo before the fixture's now.
func (f *fixture) complaint(name, phone, subject string, hoursAgo int) *data.Complaint {
	f.t.Helper()
	c, err := f.store.CreateComplaint(f.ctx, data.NewComplaint{Channel: data.ChannelPhone, Subject: subject,
		ReceivedAt:  f.now.Add(-time.Duration(hoursAgo) * time.Hour),
		Complainant: data.Complainant{Name: name, Phone: phone}})
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

func (f *fixture) count() int {
	f.t.Helper()
	n, err := f.store.Count(f.ctx, data.ListFilter{})
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

// walk visits o and everything rendered inside it.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch x := o.(type) {
	case *para:
		// Its label holds the text broken into lines for its width: the para's Text is the text.
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, visit)
		}
	}
}

func hasButton(o fyne.CanvasObject, label string) bool {
	found := false
	walk(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == label {
			found = true
		}
	})
	return found
}

func entries(o fyne.CanvasObject) []*entry {
	var out []*entry
	walk(o, func(c fyne.CanvasObject) {
		if e, ok := c.(*entry); ok {
			out = append(out, e)
		}
	})
	return out
}

// pick chooses the option of s that names what is given (a member of staff is offered with
// their department and tier).
func pick(t *testing.T, s *choice, name string) {
	t.Helper()
	for i, o := range s.Options {
		if o == name || strings.HasPrefix(o, name+"（") || strings.HasPrefix(o, name+" (") {
			s.SetSelectedIndex(i)
			return
		}
	}
	t.Fatalf("no option %q in %q", name, s.Options)
}

func selects(o fyne.CanvasObject) []*choice {
	var out []*choice
	walk(o, func(c fyne.CanvasObject) {
		if s, ok := c.(*choice); ok {
			out = append(out, s)
		}
	})
	return out
}

func TestNewComplaintIsSaved(t *testing.T) {
	f := newFixture(t)
	old := f.complaint("王芳", "13800001111", "电梯故障", 48)
	f.desk.NewComplaint()
	in := f.desk.intake
	test.Type(in.fields.name, "王芳")
	test.Type(in.fields.phone, "13800001111")
	test.Type(in.fields.company, "华苑小区")
	test.Type(in.fields.subject, "电梯再次停运")
	test.Type(in.fields.desc, "3号楼电梯周末停运两天，无人通知。")
	test.Type(in.fields.remedy, "尽快修复并书面说明")
	// The look-up runs after a pause in typing and shows the earlier complaint.
	f.settleUntil("the complainant look-up", func() bool {
		return in.known != nil && hasButton(in.lookup, "使用该投诉人信息")
	})
	if !hasButton(in.side, "礼貌接听") {
		t.Error("the standard phrases are not beside a phone complaint")
	}
	test.Tap(in.save)
	f.settle()
	list, err := f.store.List(f.ctx, data.ListFilter{Sort: data.SortRef, Desc: true, Limit: 1})
	if err != nil || len(list) != 1 {
		t.Fatalf("list: %v %v", list, err)
	}
	c := list[0]
	if c.Ref == old.Ref || c.Subject != "电梯再次停运" || c.Complainant.ID != old.Complainant.ID ||
		c.Complainant.Company != "华苑小区" || c.Remedy != "尽快修复并书面说明" || c.Channel != data.ChannelPhone {
		t.Errorf("saved %+v", c)
	}
	if f.desk.current != "case" || f.desk.caseView == nil || f.desk.caseView.ref != c.Ref {
		t.Errorf("the new case is not shown: %q", f.desk.current)
	}
}

func TestNewComplaintBadInputSavesNothing(t *testing.T) {
	f := newFixture(t)
	long := strings.Repeat("投", 10000)
	tests := []struct {
		name, person, phone, email, subject, received, repeat string
		want                                                  string
	}{
		{"no name", "", "", "", "电梯故障", "", "", "请填写姓名"},
		{"no subject", "王芳", "", "", "", "", "", "请填写事由"},
		{"letters in the phone number", "王芳", "138abc", "", "电梯故障", "", "", "电话号码“138abc”无效"},
		{"a bad email", "王芳", "", "wang@", "电梯故障", "", "", "邮箱地址“wang@”无效"},
		{"a pasted 10,000 characters", "王芳", "", "", long, "", "", "事由太长：10000 个字，最多 200 个字"},
		{"a received time in the future", "王芳", "", "", "电梯故障", "2026-11-24 10:00", "", "不能晚于现在"},
		{"a received time typed wrong", "王芳", "", "", "电梯故障", "昨天", "", "YYYY-MM-DD HH:MM"},
		{"an unknown earlier complaint", "王芳", "", "", "电梯故障", "", "TS-2026-999999", "找不到投诉“TS-2026-999999”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f.desk.NewComplaint()
			if f.desk.current == "new" && f.win.Canvas().Overlays().Top() != nil {
				test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), "放弃")) // the form of the case before
			}
			in := f.desk.intake
			in.fields.name.SetText(tt.person)
			in.fields.phone.SetText(tt.phone)
			in.fields.email.SetText(tt.email)
			in.fields.subject.SetText(tt.subject)
			if tt.received != "" {
				in.fields.received.SetText(tt.received)
			}
			in.fields.repeatOf.SetText(tt.repeat)
			test.Tap(in.save)
			f.settle()
			if !in.msg.Visible() || !strings.Contains(in.msg.Text, tt.want) {
				t.Errorf("message %q (visible %v), want it to say %q", in.msg.Text, in.msg.Visible(), tt.want)
			}
			if n := f.count(); n != 0 {
				t.Errorf("%d complaints saved", n)
			}
			if f.desk.current != "new" {
				t.Errorf("the form was left for %q", f.desk.current)
			}
		})
	}
}

// A complaint half typed in (a caller on the line) is not thrown away when the clerk goes to
// another screen, opens a new form, presses Esc or Cancel, closes the window or switches user:
// they are asked first, and keep the form unless they say to discard it. An untouched form,
// and one just registered, are left without a question.
func TestTypedComplaintIsNotLostByLeaving(t *testing.T) {
	f := newFixture(t)
	question := func() string {
		t.Helper()
		top := f.win.Canvas().Overlays().Top()
		if top == nil {
			return ""
		}
		return labelText(top)
	}
	answer := func(label string) {
		t.Helper()
		test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), label))
		f.settle()
	}

	f.desk.NewComplaint()
	f.desk.navList.Select(1)
	f.settle()
	if f.desk.current != "register" || question() != "" {
		t.Fatalf("leaving an empty form: on %q, asked %q", f.desk.current, question())
	}

	f.desk.NewComplaint()
	form := f.desk.intake
	test.Type(form.fields.name, "赵敏")
	test.Type(form.fields.phone, "13900002222")
	leaving := []struct {
		how   string
		leave func()
	}{
		{"the navigation list", func() { f.desk.navList.Select(0) }},
		{"a menu shortcut", func() { menuItem(t, f.win.MainMenu(), "工作台").Action() }},
		{"a new form", f.desk.NewComplaint},
		{"search", f.desk.Search},
		{"Esc", func() { form.fields.phone.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) }},
		{"Cancel", func() { test.Tap(findButtonIn(t, form.view, "取消")) }},
	}
	for _, l := range leaving {
		l.leave()
		f.settle()
		if q := question(); !strings.Contains(q, "这份投诉还没有登记，已填写的内容将会丢失。") {
			t.Fatalf("%s: asked %q", l.how, q)
		}
		answer("继续填写")
		if f.desk.current != "new" || f.desk.intake != form || form.fields.name.Text != "赵敏" || question() != "" {
			t.Fatalf("%s, kept typing: on %q, name %q, asked %q", l.how, f.desk.current, form.fields.name.Text, question())
		}
	}

	f.desk.closeRequested()
	if q := question(); !strings.Contains(q, "退出投诉台？") || !strings.Contains(q, "正在登记的投诉") {
		t.Fatalf("closing the window asked %q", q)
	}
	answer("返回继续工作")
	if f.desk.current != "new" || form.fields.name.Text != "赵敏" {
		t.Fatalf("the window was closed: on %q", f.desk.current)
	}

	signedOut := false
	f.desk.opts.SignOut = func() { signedOut = true }
	f.desk.signOut()
	if q := question(); !strings.Contains(q, "切换用户？") || signedOut {
		t.Fatalf("switching user asked %q, signed out %v", q, signedOut)
	}
	answer("返回继续工作")

	f.desk.navList.Select(1)
	f.settle()
	answer("放弃")
	if f.desk.current != "register" || f.desk.intake != nil || f.count() != 0 {
		t.Fatalf("discarded: on %q, form %v, %d complaints", f.desk.current, f.desk.intake, f.count())
	}

	f.desk.NewComplaint()
	form = f.desk.intake
	test.Type(form.fields.name, "赵敏")
	test.Type(form.fields.subject, "楼道灯不亮")
	test.Tap(form.save)
	f.settle()
	if f.desk.current != "case" || question() != "" {
		t.Fatalf("after registering: on %q, asked %q", f.desk.current, question())
	}
	f.desk.closeRequested()
	if question() != "" {
		t.Errorf("closing with nothing unsaved asked %q", question())
	}
}

// A letter changed in the composer and not issued is named when the window is closed or the
// user switches; discarding closes the composer with the desk.
func TestChangedLetterIsNotLostOnClose(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("王芳", "13800001111", "电梯故障", 4)
	f.desk.OpenCase(c.Ref)
	f.settle()
	var letters *CaseLetters
	for _, item := range f.desk.caseView.tabs.Items {
		if l, ok := item.Content.(*CaseLetters); ok {
			letters = l
		}
	}
	if letters == nil {
		t.Fatal("the case has no letters tab")
	}
	test.Tap(letters.compose)
	f.settle()
	if len(f.desk.letters.open) != 1 {
		t.Fatalf("%d composers known to the desk", len(f.desk.letters.open))
	}
	var cm *composer
	for k := range f.desk.letters.open {
		cm = k
	}
	question := func() string {
		if top := f.win.Canvas().Overlays().Top(); top != nil {
			return labelText(top)
		}
		return ""
	}
	f.desk.closeRequested()
	if q := question(); q != "" {
		t.Fatalf("an unchanged letter was asked about: %q", q)
	}
	test.Type(cm.body, "另：电梯已于今日修复。")
	signedOut := false
	f.desk.opts.SignOut = func() { signedOut = true }
	f.desk.signOut()
	if q := question(); !strings.Contains(q, "正在撰写的 "+c.Ref+" 书面答复") || signedOut {
		t.Fatalf("switching user asked %q, signed out %v", q, signedOut)
	}
	test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), "放弃并切换"))
	f.settle()
	if !signedOut || len(f.desk.letters.open) != 0 {
		t.Errorf("discarded: signed out %v, %d composers open", signedOut, len(f.desk.letters.open))
	}
}

// A dialog's typed text (a call's summary) is not lost to a stray Esc or Cancel: the clerk is
// asked, and Esc on the question goes back to the text.
func TestTypedDialogTextIsNotLostToEsc(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("韩梅梅", "", "会议室空调不制冷", 1)
	f.desk.OpenCase(c.Ref)
	f.settle()
	form := f.desk.caseView.openAction(data.ActCall)
	var summary *entry
	for _, e := range entries(form.body) {
		if e.MultiLine {
			summary = e
		}
	}
	test.Type(summary, "投诉人说空调已经三天不制冷，要求今天派人维修")
	f.desk.closeRequested()
	if q := labelText(f.win.Canvas().Overlays().Top()); !strings.Contains(q, "“记录电话”中填写的内容") {
		t.Fatalf("closing the window with a call half logged asked %q", q)
	}
	test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), "返回继续工作"))
	summary.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(f.desk.dialogs) != 2 || !strings.Contains(labelText(f.win.Canvas().Overlays().Top()), "尚未保存") {
		t.Fatalf("Esc with text typed: %d dialogs, %q", len(f.desk.dialogs), labelText(f.win.Canvas().Overlays().Top()))
	}
	f.win.Canvas().Unfocus()
	f.win.Canvas().(interface {
		OnTypedKey() func(*fyne.KeyEvent)
	}).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(f.desk.dialogs) != 1 || summary.Text != "投诉人说空调已经三天不制冷，要求今天派人维修" {
		t.Fatalf("Esc on the question: %d dialogs, text %q", len(f.desk.dialogs), summary.Text)
	}
	test.Tap(form.cancel)
	test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), "放弃"))
	f.settle()
	if len(f.desk.dialogs) != 0 {
		t.Fatalf("discarded: %d dialogs open", len(f.desk.dialogs))
	}
	if events, _ := f.store.Events(f.ctx, c.ID); len(events) != 1 {
		t.Errorf("%d events after discarding the call", len(events))
	}
}

func menuItem(t *testing.T, menu *fyne.MainMenu, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range menu.Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

func TestDatabaseGoneIsExplained(t *testing.T) {
	f := newFixture(t)
	f.desk.NewComplaint()
	in := f.desk.intake
	in.fields.name.SetText("王芳")
	in.fields.subject.SetText("电梯故障")
	f.store.Close()
	test.Tap(in.save)
	f.settle()
	if !strings.Contains(in.msg.Text, "无法访问数据库") {
		t.Errorf("message %q", in.msg.Text)
	}
	again, err := data.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if n, err := again.Count(f.ctx, data.ListFilter{}); err != nil || n != 0 {
		t.Errorf("after the failure: %d complaints, %v", n, err)
	}
}

// openForm taps an action button of the open case and returns its dialog.
func openForm(t *testing.T, f *fixture, a data.Action) *formDialog {
	t.Helper()
	cv := f.desk.caseView
	if !hasButton(cv.actions, actionLabel(a)) {
		t.Fatalf("%s is not offered in status %s", a, cv.c.Status)
	}
	form := cv.openAction(a)
	if form == nil {
		t.Fatalf("%s has no form", a)
	}
	return form
}

func submit(t *testing.T, f *fixture, form *formDialog) {
	t.Helper()
	test.Tap(form.ok)
	f.settle()
}

func TestWorkflowActionsThroughTheCaseView(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("李雷", "13900002222", "保安出言不逊", 30)
	f.desk.OpenCase(c.Ref)
	f.settle()
	state := func() *data.Complaint {
		got, err := f.store.Complaint(f.ctx, c.Ref)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if hasButton(f.desk.caseView.actions, actionLabel(data.ActClose)) {
		t.Error("close is offered to a registered complaint")
	}

	t.Run("acknowledge", func(t *testing.T) {
		submit(t, f, openForm(t, f, data.ActAcknowledge))
		if got := state(); got.Status != data.StatusAcknowledged || got.AcknowledgedAt == nil {
			t.Errorf("status %s", got.Status)
		}
	})
	t.Run("assess", func(t *testing.T) {
		form := openForm(t, f, data.ActAssess)
		sel := selects(form.body)
		for _, s := range sel {
			if s.PlaceHolder != "请选择" {
				t.Errorf("an empty choice reads %q, not in Chinese", s.PlaceHolder)
			}
		}
		sel[0].SetSelected("服务态度")
		sel[1].SetSelectedIndex(1)
		// The reason is for an invalid complaint only.
		var invalid *tick
		walk(form.body, func(o fyne.CanvasObject) {
			if c, ok := o.(*tick); ok {
				invalid = c
			}
		})
		es := entries(form.body)
		reason := es[len(es)-1]
		if invalid == nil || !reason.Disabled() {
			t.Fatal("the reason can be typed for a valid complaint")
		}
		invalid.SetChecked(true)
		if reason.Disabled() {
			t.Error("the reason cannot be typed for an invalid complaint")
		}
		reason.SetText("不属于本中心")
		invalid.SetChecked(false)
		if !reason.Disabled() {
			t.Error("the reason stays open after unticking invalid")
		}
		submit(t, f, form)
		if got := state(); got.Category != "service" || got.Level != 2 || !got.Valid || got.InvalidReason != "" {
			t.Errorf("category %q level %d valid %v reason %q", got.Category, got.Level, got.Valid, got.InvalidReason)
		}
	})
	t.Run("assign to an unknown department writes nothing", func(t *testing.T) {
		form := openForm(t, f, data.ActAssign)
		sel := selects(form.body)
		// A department removed while the form was open.
		sel[0].Options = append(sel[0].Options, "已撤销部门")
		sel[0].SetSelected("已撤销部门")
		submit(t, f, form)
		if !form.errMsg.Visible() || !strings.Contains(form.errMsg.Text, "未知的部门“已撤销部门”") {
			t.Errorf("message %q", form.errMsg.Text)
		}
		if got := state(); got.Department != "" || got.Status != data.StatusAcknowledged {
			t.Errorf("department %q status %s", got.Department, got.Status)
		}
		form.dlg.Hide()
	})
	t.Run("assign to an unknown handler writes nothing", func(t *testing.T) {
		form := openForm(t, f, data.ActAssign)
		sel := selects(form.body)
		sel[0].SetSelected("安保部")
		// An account removed while the form was open.
		sel[1].Options = append(sel[1].Options, "离职员工")
		sel[1].SetSelected("离职员工")
		submit(t, f, form)
		if !strings.Contains(form.errMsg.Text, "未知的用户“离职员工”") {
			t.Errorf("message %q", form.errMsg.Text)
		}
		if got := state(); got.Department != "" || got.Handler != "" {
			t.Errorf("department %q handler %q", got.Department, got.Handler)
		}
		form.dlg.Hide()
	})
	t.Run("assign", func(t *testing.T) {
		form := openForm(t, f, data.ActAssign)
		sel := selects(form.body)
		sel[0].SetSelected("安保部")
		pick(t, sel[1], "系统管理员")
		ticks := map[string]*tick{}
		walk(form.body, func(o fyne.CanvasObject) {
			if t, ok := o.(*tick); ok {
				ticks[t.Text] = t
			}
		})
		if len(ticks) != 7 || !ticks["安保部"].Disabled() || ticks["工程部"].Disabled() {
			t.Fatalf("departments to involve: %d, the responsible one disabled %v", len(ticks), ticks["安保部"].Disabled())
		}
		ticks["工程部"].SetChecked(true)
		ticks["保洁部"].SetChecked(true)
		submit(t, f, form)
		if got := state(); got.Department != "security" || got.Handler != "admin" || got.Status != data.StatusInProgress ||
			strings.Join(got.Involved, " ") != "cleaning engineering" {
			t.Errorf("department %q handler %q status %s involved %q", got.Department, got.Handler, got.Status, got.Involved)
		}
		if shown := labelText(f.desk.caseView.view); !strings.Contains(shown, "协办部门") || !strings.Contains(shown, "保洁部、工程部") ||
			!strings.Contains(shown, "安保部 系统管理员；协办：保洁部、工程部") {
			t.Errorf("the case does not show the departments involved:\n%s", shown)
		}
	})
	t.Run("log a call with a forbidden phrase", func(t *testing.T) {
		form := openForm(t, f, data.ActCall)
		text := entries(form.body)
		summary := text[len(text)-1]
		test.Type(summary, "告诉客户：这事不关我的事")
		var warned bool
		walk(form.body, func(o fyne.CanvasObject) {
			if l, ok := o.(*para); ok && l.Visible() && strings.Contains(l.Text, "不关我的事") && strings.Contains(l.Text, "禁忌语言") {
				warned = true
			}
		})
		if !warned {
			t.Error("the forbidden phrase is not flagged")
		}
		summary.SetText("致电说明处理进度，客户表示理解。")
		submit(t, f, form)
		evs, err := f.store.Events(f.ctx, c.ID)
		if err != nil || evs[0].Kind != data.EventCall || evs[0].Direction != data.DirOut || evs[0].Contact != "13900002222" {
			t.Errorf("latest event %+v, %v", evs[0], err)
		}
	})
	t.Run("an empty note is refused", func(t *testing.T) {
		form := openForm(t, f, data.ActNote)
		submit(t, f, form)
		if !strings.Contains(form.errMsg.Text, "请填写内容") {
			t.Errorf("message %q", form.errMsg.Text)
		}
		form.dlg.Hide()
	})
	t.Run("resolve", func(t *testing.T) {
		form := openForm(t, f, data.ActResolve)
		entries(form.body)[0].SetText("安保员已当面道歉，并接受培训。")
		submit(t, f, form)
		if got := state(); got.Status != data.StatusResolved {
			t.Errorf("status %s", got.Status)
		}
	})
	t.Run("rate", func(t *testing.T) {
		form := openForm(t, f, data.ActRate)
		var radio *widget.RadioGroup
		walk(form.body, func(o fyne.CanvasObject) {
			if r, ok := o.(*widget.RadioGroup); ok {
				radio = r
			}
		})
		radio.SetSelected(ratingLabel(2))
		submit(t, f, form)
		if got := state(); got.Satisfaction != 2 {
			t.Errorf("satisfaction %d", got.Satisfaction)
		}
	})
	t.Run("close", func(t *testing.T) {
		form := openForm(t, f, data.ActClose)
		// Rated 2: the clerk confirms, and is not asked why there is no rating.
		var said string
		entries := 0
		walk(form.body, func(o fyne.CanvasObject) {
			switch x := o.(type) {
			case *para:
				said += x.Text
			case *widget.Entry, *entry:
				entries++
			}
		})
		if entries > 0 || !strings.Contains(said, ratingLabel(2)) || form.ok.Text != actionLabel(data.ActClose) {
			t.Errorf("the close form of a rated case says %q, with %d entries and a button %q", said, entries, form.ok.Text)
		}
		submit(t, f, form)
		got := state()
		if got.Status != data.StatusClosed {
			t.Errorf("status %s", got.Status)
		}
		if !hasButton(f.desk.caseView.actions, actionLabel(data.ActReopen)) || hasButton(f.desk.caseView.actions, actionLabel(data.ActAssess)) {
			t.Error("a closed case offers the wrong actions")
		}
	})
}

func TestRegisterFiltersSearchesAndMarksOverdue(t *testing.T) {
	f := newFixture(t)
	f.complaint("张伟", "13000000001", "停车场收费过高", 200) // overdue: received 200 h ago
	f.complaint("王芳", "13000000002", "电梯故障", 1)
	f.complaint("刘洋", "13000000003", "保洁不及时", 2)
	f.desk.show("register")
	f.settle()
	r := f.desk.reg
	rows := func() []string {
		var refs []string
		for _, c := range r.rows {
			refs = append(refs, c.Subject)
		}
		return refs
	}
	if got := rows(); len(got) != 3 || got[0] != "电梯故障" {
		t.Fatalf("rows %v", got)
	}
	t.Run("search as you type", func(t *testing.T) {
		test.Type(r.search, "电梯")
		f.settleUntil("the search", func() bool { g := rows(); return len(g) == 1 && g[0] == "电梯故障" })
		r.search.SetText("")
		f.settleUntil("the cleared search", func() bool { return len(rows()) == 3 })
	})
	t.Run("overdue filter and marking", func(t *testing.T) {
		r.overdue.SetChecked(true)
		f.settle()
		if g := rows(); len(g) != 1 || g[0] != "停车场收费过高" {
			t.Fatalf("overdue rows %v", g)
		}
		cell := r.table.CreateCell()
		r.updateCell(widget.TableCellID{Row: 0, Col: 0}, cell)
		if l := cell.(*fyne.Container).Objects[1].(*widget.Label); l.Importance != widget.DangerImportance {
			t.Errorf("overdue row importance %v", l.Importance)
		}
		r.overdue.SetChecked(false)
		f.settle()
	})
	t.Run("sort by the reference header", func(t *testing.T) {
		r.sortBy(data.SortRef)
		f.settle()
		if g := rows(); g[0] != "停车场收费过高" {
			t.Errorf("ascending by reference: %v", g)
		}
		r.sortBy(data.SortRef)
		f.settle()
		if g := rows(); g[0] != "保洁不及时" {
			t.Errorf("descending by reference: %v", g)
		}
	})
	t.Run("a bad date is explained", func(t *testing.T) {
		r.from.SetText("2026/11/01")
		r.reload()
		if !strings.Contains(r.filterMsg.Text, "YYYY-MM-DD") {
			t.Errorf("message %q", r.filterMsg.Text)
		}
		r.from.SetText("")
	})
	t.Run("Enter opens the selected case", func(t *testing.T) {
		r.reload()
		f.settle()
		r.table.Select(widget.TableCellID{Row: 1, Col: 0})
		r.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		f.settle()
		if f.desk.current != "case" || f.desk.caseView.c == nil || f.desk.caseView.c.Subject != "电梯故障" {
			t.Errorf("current %q", f.desk.current)
		}
	})
	t.Run("Enter right after typing opens what was typed", func(t *testing.T) {
		f.desk.show("register")
		r.search.SetText("")
		f.settleUntil("the whole register", func() bool { return len(rows()) == 3 && r.rowsQuery == "" })
		f.desk.win.Canvas().Focus(r.search)
		// A reference typed or scanned and Enter at once, before the search waiting for the
		// typing to stop has run: the rows on screen are still the whole register.
		test.Type(r.search, "停车")
		r.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		f.settleUntil("the case", func() bool { return f.desk.current == "case" })
		if c := f.desk.caseView.c; c == nil || c.Subject != "停车场收费过高" {
			t.Errorf("opened %+v", c)
		}
		time.Sleep(2 * searchDelay)
		f.settle()
		if f.desk.current != "case" {
			t.Errorf("the search after the typing left the case for %q", f.desk.current)
		}
		r.search.SetText("")
		f.desk.show("register")
	})
	// "1" is in every complainant's phone too, and the newest of them comes first.
	for _, searched := range []bool{false, true} {
		t.Run(fmt.Sprintf("Enter on a case's number opens that case (its search ran: %v)", searched), func(t *testing.T) {
			f.desk.show("register")
			f.desk.win.Canvas().Focus(r.search)
			test.Type(r.search, "1")
			if searched {
				f.settleUntil("the search for 1", func() bool { return r.rowsQuery == "1" && len(rows()) > 1 })
			}
			r.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			f.settleUntil("the case", func() bool { return f.desk.current == "case" })
			if c := f.desk.caseView.c; c == nil || c.Ref != "TS-2026-000001" {
				t.Errorf("opened %+v", c)
			}
			r.search.SetText("")
			f.desk.show("register")
		})
	}
	t.Run("a double click opens the row under the pointer", func(t *testing.T) {
		f.desk.show("register")
		r.reload()
		f.settle()
		// Where row 1 is on the screen: the first point a tap there selects it.
		var at *fyne.PointEvent
		for y := float32(0); y < r.table.Size().Height && at == nil; y += 2 {
			e := &fyne.PointEvent{Position: fyne.NewPos(20, y)}
			r.table.Tapped(e)
			if r.selected == 1 {
				at = e
			}
		}
		if at == nil {
			t.Fatal("no point of the table selects row 1")
		}
		// Selected already, it is opened all the same; a single click only selects.
		r.table.Tapped(at)
		f.settle()
		if f.desk.current != "register" {
			t.Fatalf("a single click opened %q", f.desk.current)
		}
		r.table.DoubleTapped(at)
		f.settle()
		if f.desk.current != "case" || f.desk.caseView.c == nil || f.desk.caseView.c.Ref != r.rows[1].Ref {
			t.Errorf("after a double click on row 1: screen %q", f.desk.current)
		}
		// Below the last row nothing is opened.
		f.desk.show("register")
		r.reload()
		f.settle()
		r.table.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos(20, r.table.Size().Height-1)})
		f.settle()
		if f.desk.current != "register" {
			t.Errorf("a double click below the rows opened %q", f.desk.current)
		}
	})
}

// The menu on the left shows its entries whole in every language, in a window 1000 wide.
func TestNavShowsWholeEntriesInEveryLanguage(t *testing.T) {
	for _, code := range []string{"zh-Hans", "zh-Hant", "en"} {
		t.Run(code, func(t *testing.T) {
			f := newFixtureIn(t, code)
			f.win.Resize(fyne.NewSize(1000, 740))
			f.settle()
			// Each entry as it may read: with its overdue count, the mail tray's with its count of
			// mail for the clerk, its failed check or both.
			overdue := lang.L("{{.N}} overdue", map[string]any{"N": "999"})
			for _, it := range navItems {
				label := lang.L(it.label)
				forms := []string{label}
				switch it.key {
				case "dashboard", "followups":
					forms = append(forms, label+" "+overdue)
				case "mail":
					for _, note := range []string{mailNavNote(false, 999), mailNavNote(true, 0), mailNavNote(true, 999)} {
						forms = append(forms, label+" "+note)
					}
				}
				for _, l := range forms {
					need := fyne.MeasureText(l, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
					if w := f.desk.navList.Size().Width; w < need {
						t.Errorf("%q needs %.0f, the menu is %.0f wide", l, need, w)
					}
				}
			}
			// Every screen fits a window 1000 wide: none asks for more.
			for _, it := range navItems {
				f.desk.show(it.key)
				f.settle()
				if w := f.desk.MinSize().Width; w > 1000 {
					t.Errorf("%s asks for a window %.0f wide", it.key, w)
				}
			}
		})
	}
}

// Assigning offers the staff with their department and tier, those of the department chosen
// first, and says when the handler picked is of a lower tier than the complaint's level.
func TestAssignOffersTheDepartmentsStaffFirst(t *testing.T) {
	f := newFixture(t)
	for _, u := range []data.User{{Name: "zhaomin", DisplayName: "赵敏", Tier: 3, Role: data.RoleSupervisor, Department: "security", Active: true},
		{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: data.RoleClerk, Department: "engineering", Active: true},
		{Name: "liqiang", DisplayName: "李强", Tier: 2, Role: data.RoleClerk, Department: "engineering", Active: true},
		{Name: "left", DisplayName: "离职员工", Tier: 2, Role: data.RoleClerk, Department: "engineering"}} {
		if err := f.store.SaveUser(f.ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	c := f.complaint("王芳", "13812340000", "会议室漏水", 2)
	for _, p := range []data.ActParams{{Action: data.ActAcknowledge}, {Action: data.ActAssess, Category: "facilities", Level: 2}} {
		if _, err := f.store.Act(f.ctx, c.Ref, p); err != nil {
			t.Fatal(err)
		}
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	form := openForm(t, f, data.ActAssign)
	sel := selects(form.body)
	dept, handler := sel[0], sel[1]
	if handler.Selected != "（暂不指定）" {
		t.Errorf("no handler yet reads %q", handler.Selected)
	}
	dept.SetSelected("工程部")
	if got := handler.Options[1:3]; !slices.Contains(got, "王丽（工程部 · 1 级处理人员）") || !slices.Contains(got, "李强（工程部 · 2 级处理人员）") {
		t.Errorf("engineering offers first %q", got)
	}
	if slices.ContainsFunc(handler.Options, func(o string) bool { return strings.HasPrefix(o, "离职员工") }) {
		t.Errorf("an inactive account is offered: %q", handler.Options)
	}
	hint := func() *para {
		var p *para
		walk(form.body, func(o fyne.CanvasObject) {
			if x, ok := o.(*para); ok && strings.Contains(x.Text, "级") {
				p = x
			}
		})
		return p
	}
	pick(t, handler, "王丽")
	if h := hint(); h == nil || h.Text != "王丽是 1 级处理人员；2 级投诉应由 2 级处理人员处理。" || h.Importance != widget.WarningImportance {
		t.Errorf("a tier 1 handler for level 2: %+v", h)
	}
	pick(t, handler, "李强")
	if h := hint(); h == nil || h.Importance == widget.WarningImportance {
		t.Errorf("a tier 2 handler for level 2: %+v", h)
	}
	dept.SetSelected("安保部")
	if !strings.HasPrefix(handler.Options[1], "赵敏（安保部") || !strings.HasPrefix(handler.Selected, "李强") {
		t.Errorf("security offers %q, %q stays picked", handler.Options, handler.Selected)
	}
	submit(t, f, form)
	if got, err := f.store.Complaint(f.ctx, c.Ref); err != nil || got.Handler != "liqiang" || got.Department != "security" {
		t.Errorf("assigned to %q of %q: %v", got.Handler, got.Department, err)
	}
	warning := "李强是 2 级处理人员；3 级投诉应由 3 级处理人员处理。"
	if shown := labelText(f.desk.caseView.details); strings.Contains(shown, "处理人员；") {
		t.Errorf("a tier 2 handler of a level 2 case is pointed out:\n%s", shown)
	}
	// Escalated, the case says its handler is now of too low a tier.
	if _, err := f.store.Act(f.ctx, c.Ref, data.ActParams{Action: data.ActEscalate, Reason: "客户再次来电"}); err != nil {
		t.Fatal(err)
	}
	f.desk.caseView.reload()
	f.settle()
	if shown := labelText(f.desk.caseView.details); !strings.Contains(shown, warning) {
		t.Errorf("escalated to level 3, the case does not point out its tier 2 handler:\n%s", shown)
	}
}

// A form dialog is as tall as its form needs, up to the size given: a sentence to confirm gets
// a small dialog, a form with a text to write a larger one, and neither cuts its form short.
func TestFormDialogFitsItsForm(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("韩梅梅", "", "会议室空调不制冷", 1)
	f.desk.OpenCase(c.Ref)
	f.settle()
	height := func(a data.Action) float32 {
		form := f.desk.caseView.openAction(a)
		f.settle()
		top, ok := f.win.Canvas().Overlays().Top().(*widget.PopUp)
		if !ok {
			t.Fatalf("%s: no dialog on top", a)
		}
		h := top.Content.Size().Height
		if need := form.body.MinSize().Height; h < need {
			t.Errorf("%s: a dialog %.0f high for a form of %.0f", a, h, need)
		}
		f.desk.closeTopDialog()
		return h
	}
	ack, note := height(data.ActAcknowledge), height(data.ActNote)
	if ack >= note || ack > 260 {
		t.Errorf("the acknowledgement's dialog is %.0f high, a note's %.0f", ack, note)
	}
}

// A case's labels (the deadlines, the intake, the handling) are shown whole in every language:
// none runs into its value.
func TestCaseLabelsAreWholeInEveryLanguage(t *testing.T) {
	for _, code := range []string{"zh-Hans", "zh-Hant", "en"} {
		t.Run(code, func(t *testing.T) {
			f := newFixtureIn(t, code)
			c := f.complaint("王芳", "13812340000", "会议室漏水", 2)
			for _, p := range []data.ActParams{{Action: data.ActAcknowledge},
				{Action: data.ActAssess, Category: "facilities", Level: 2, Urgency: "影响三楼会议室使用"},
				{Action: data.ActAssign, Department: "engineering", Involved: []string{"security"}},
				{Action: data.ActHandling, Handling: data.Handling{Investigation: "屋面防水层老化", ResponsibleParty: "工程部"}}} {
				if _, err := f.store.Act(f.ctx, c.Ref, p); err != nil {
					t.Fatal(err)
				}
			}
			f.desk.OpenCase(c.Ref)
			f.settle()
			cv := f.desk.caseView
			if cv.c.DueProgress == nil {
				t.Fatal("no progress contact due")
			}
			labels := 0
			for _, box := range []fyne.CanvasObject{cv.dues, cv.details} {
				walk(box, func(o fyne.CanvasObject) {
					if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text != "" {
						labels++
						if need, got := l.MinSize().Width, l.Size().Width; got < need-0.5 {
							t.Errorf("%q has %.0f of the %.0f it needs", l.Text, got, need)
						}
					}
				})
			}
			if labels < 10 {
				t.Errorf("%d labels seen", labels)
			}
		})
	}
}

// Every screen says which it is, at its top, as the menu names it.
func TestEveryScreenIsHeadedByItsName(t *testing.T) {
	f := newFixture(t)
	for _, it := range navItems {
		f.desk.show(it.key)
		f.settle()
		// The text nearest the top left corner.
		var first string
		var at fyne.Position
		drv := f.desk.app.Driver()
		walk(f.desk.content, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text != "" {
				p := drv.AbsolutePositionForObject(l)
				if first == "" || p.Y < at.Y-1 || p.Y < at.Y+1 && p.X < at.X {
					first, at = l.Text, p
				}
			}
		})
		if want := lang.L(it.label); first != want {
			t.Errorf("%s is headed %q, not %q", it.key, first, want)
		}
	}
}

// In December the dashboard asks for next year's holiday schedule, and opens the calendar at it.
func TestDashboardAsksForNextYearsHolidays(t *testing.T) {
	f := newFixture(t)
	f.desk.show("dashboard")
	f.settle()
	if f.desk.dash.calBox.Visible() {
		t.Fatalf("in November the dashboard says %q", f.desk.dash.calendar.Text)
	}
	f.now = time.Date(2026, 12, 1, 9, 0, 0, 0, f.store.Calendar().Location())
	f.desk.show("dashboard")
	f.settle()
	if text := f.desk.dash.calendar.Text; !f.desk.dash.calBox.Visible() || !strings.Contains(text, "还没有 2027 年的节假日安排") {
		t.Fatalf("in December the dashboard says %q (shown %v)", text, f.desk.dash.calBox.Visible())
	}
	test.Tap(findButtonIn(t, f.desk.dash.calBox, "打开工作日历"))
	f.settle()
	st := f.desk.settings
	if f.desk.current != "settings" || st.tabs.Selected().Content != st.calendar || st.calYear.Selected != "2027" {
		t.Fatalf("the button opened %q, tab %q, year %q", f.desk.current, st.tabs.Selected().Text, st.calYear.Selected)
	}
	if grid := labelText(st.calGrid); !strings.Contains(grid, "日历中没有 2027 年的节假日数据") {
		t.Errorf("the calendar at 2027 reads %.200q", grid)
	}
	// Once the year is imported, the dashboard says nothing more.
	next := `{"years": {"2027": {"holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "working_days": []}}}`
	if err := f.store.ImportCalendar(f.ctx, []byte(next)); err != nil {
		t.Fatal(err)
	}
	f.desk.show("dashboard")
	f.settle()
	if f.desk.dash.calBox.Visible() {
		t.Errorf("with 2027 imported the dashboard says %q", f.desk.dash.calendar.Text)
	}
}

func TestKeyboardShortcuts(t *testing.T) {
	f := newFixture(t)
	menu := f.win.MainMenu()
	trigger := func(key fyne.KeyName) {
		for _, m := range menu.Items {
			for _, it := range m.Items {
				if sc, ok := it.Shortcut.(interface{ Key() fyne.KeyName }); ok && sc.Key() == key {
					it.Action()
					return
				}
			}
		}
		t.Fatalf("no menu shortcut for %s", key)
	}
	trigger(fyne.KeyN)
	if f.desk.current != "new" || f.win.Canvas().Focused() != f.desk.intake.name {
		t.Errorf("Ctrl+N: current %q", f.desk.current)
	}
	trigger(fyne.KeyF)
	if f.desk.current != "register" || f.win.Canvas().Focused() != f.desk.reg.search {
		t.Errorf("Ctrl+F: current %q", f.desk.current)
	}
	// Enter confirms the question on top, as a dialog's main button on Windows; with nothing
	// asked it leaves the screen as it is.
	answer := ""
	f.desk.showDialog(f.desk.question("归入此案", "归入 TS-2026-000001？", "归入此案", func(ok bool) { answer = fmt.Sprint(ok) }))
	f.win.Canvas().Unfocus()
	f.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if answer != "true" || len(f.desk.dialogs) != 0 {
		t.Errorf("Enter on a question: answered %q, %d dialogs open", answer, len(f.desk.dialogs))
	}
	// Not a question whose yes loses work.
	discarded := false
	f.desk.askDiscard("放弃修改？", "未保存的修改将丢失。", "放弃", "继续编辑", func() { discarded = true }, nil)
	f.win.Canvas().Unfocus()
	f.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if discarded || len(f.desk.dialogs) != 1 {
		t.Errorf("Enter on 放弃修改？: discarded %v, %d dialogs open", discarded, len(f.desk.dialogs))
	}
	f.desk.closeTopDialog()
	// Going to the register by its key puts the cursor in its search, as Ctrl+F does.
	trigger(fyne.Key1)
	f.settle()
	f.win.Canvas().Unfocus()
	trigger(fyne.Key2)
	f.settle()
	if f.desk.current != "register" || f.win.Canvas().Focused() != f.desk.reg.search {
		t.Errorf("Ctrl+2: current %q, focus on %T", f.desk.current, f.win.Canvas().Focused())
	}
	// In the email tray Ctrl+F searches the mail; Esc on a case opened from there goes back.
	f.desk.show("mail")
	f.settle()
	trigger(fyne.KeyF)
	if f.desk.current != "mail" || f.win.Canvas().Focused() != f.desk.mail.search {
		t.Errorf("Ctrl+F in the tray: current %q, focus %T", f.desk.current, f.win.Canvas().Focused())
	}
	mailCase := f.complaint("钱芳", "", "地库积水", 1)
	f.desk.OpenCase(mailCase.Ref)
	f.settle()
	f.win.Canvas().Unfocus()
	f.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	f.settle()
	if f.desk.current != "mail" {
		t.Errorf("Esc on a case opened from the tray: current %q", f.desk.current)
	}
	f.settle()
	c := f.complaint("韩梅梅", "", "会议室空调不制冷", 1)
	f.desk.OpenCase(c.Ref)
	f.settle()
	form := f.desk.caseView.openAction(data.ActNote)
	if len(f.desk.dialogs) != 1 {
		t.Fatalf("%d dialogs open", len(f.desk.dialogs))
	}
	// Esc closes the dialog, from the text field as well as from the window.
	entries(form.body)[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(f.desk.dialogs) != 0 {
		t.Errorf("Esc in the text left %d dialogs open", len(f.desk.dialogs))
	}
	f.desk.caseView.openAction(data.ActNote)
	f.win.Canvas().Unfocus()
	f.win.Canvas().(interface {
		OnTypedKey() func(*fyne.KeyEvent)
	}).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(f.desk.dialogs) != 0 {
		t.Errorf("Esc on the window left %d dialogs open", len(f.desk.dialogs))
	}
	// Also when a drop-down or a check box of the dialog has the focus, as after a choice.
	if _, err := f.store.Act(f.ctx, c.Ref, data.ActParams{Action: data.ActAcknowledge}); err != nil {
		t.Fatal(err)
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	for _, pick := range []func(o fyne.CanvasObject) fyne.Focusable{
		func(o fyne.CanvasObject) fyne.Focusable { return selects(o)[0] },
		func(o fyne.CanvasObject) fyne.Focusable {
			var box fyne.Focusable
			walk(o, func(x fyne.CanvasObject) {
				if t, ok := x.(*tick); ok {
					box = t
				}
			})
			return box
		},
	} {
		form := f.desk.caseView.openAction(data.ActAssess)
		w := pick(form.body)
		f.win.Canvas().Focus(w)
		w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if len(f.desk.dialogs) != 0 {
			t.Errorf("Esc in a focused %T left %d dialogs open", w, len(f.desk.dialogs))
			f.desk.closeTopDialog()
		}
	}
	// And after the direction of a call is chosen: the keyboard moves on to the time.
	call := f.desk.caseView.openAction(data.ActCall)
	var dir *widget.RadioGroup
	walk(call.body, func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok {
			dir = r
		}
	})
	dir.SetSelected(dir.Options[0])
	focused, ok := f.win.Canvas().Focused().(*entry)
	if !ok {
		t.Fatalf("after choosing a direction the focus is on %T", f.win.Canvas().Focused())
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(f.desk.dialogs) != 0 {
		t.Errorf("Esc after choosing a direction left %d dialogs open", len(f.desk.dialogs))
		f.desk.closeTopDialog()
	}
	// And after a rating is chosen: the keyboard leaves the radio buttons, and Esc reaches the window.
	rate := f.desk.caseView.rateForm()
	f.win.Canvas().Focus(rate.cancel) // as a tapped radio button would hold it
	walk(rate.body, func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok {
			r.SetSelected(r.Options[1])
		}
	})
	if got := f.win.Canvas().Focused(); got != nil {
		t.Errorf("after choosing a rating the focus stays on %T", got)
	}
	f.desk.closeTopDialog()
	// While a dialog is open, the shortcuts leave the screen under it alone.
	f.desk.caseView.openAction(data.ActNote)
	for _, key := range []fyne.KeyName{fyne.Key1, fyne.Key6, fyne.KeyN, fyne.KeyF} {
		trigger(key)
		if f.desk.current != "case" {
			t.Errorf("Ctrl+%s with a dialog open switched to %q", key, f.desk.current)
		}
	}
	f.desk.closeTopDialog()
	trigger(fyne.Key1)
	if f.desk.current != "dashboard" {
		t.Errorf("Ctrl+1 after the dialog closed: current %q", f.desk.current)
	}

	// Ctrl+S saves what is typed in: a dialog's form, and the new complaint.
	f.desk.OpenCase(c.Ref)
	f.settle()
	form = f.desk.caseView.openAction(data.ActNote)
	test.Type(entries(form.body)[0], "已电话联系物业工程部")
	trigger(fyne.KeyS)
	f.settle()
	if len(f.desk.dialogs) != 0 {
		t.Errorf("Ctrl+S left %d dialogs open: %q", len(f.desk.dialogs), form.errMsg.Text)
	}
	events, err := f.store.Events(f.ctx, c.ID)
	if err != nil || len(events) == 0 || events[0].Kind != data.EventNote || events[0].Summary != "已电话联系物业工程部" {
		t.Errorf("Ctrl+S in the note dialog did not save the note: %v %+v", err, events)
	}
	trigger(fyne.KeyN)
	test.Type(f.desk.intake.fields.name, "李娜")
	trigger(fyne.KeyS) // incomplete: the form says what is missing and stays
	f.settle()
	if f.desk.current != "new" || !strings.Contains(f.desk.intake.msg.Text, "请填写事由") {
		t.Errorf("Ctrl+S on an incomplete form: on %q, %q", f.desk.current, f.desk.intake.msg.Text)
	}
	test.Type(f.desk.intake.fields.subject, "停车场照明不足")
	trigger(fyne.KeyS)
	f.settle()
	if f.desk.current != "case" || f.desk.caseView.c == nil || f.desk.caseView.c.Subject != "停车场照明不足" {
		t.Errorf("Ctrl+S did not register the complaint: on %q", f.desk.current)
	}

	// In the settings, it saves the tab shown: the working hours changed, not the office
	// profile changed in another tab.
	f.desk.show("settings")
	f.settle()
	st := f.desk.settings
	st.office.name.SetText("华景物业服务中心")
	st.office.address.SetText("上海市浦东新区世纪大道100号")
	st.tabs.SelectIndex(4)
	st.hours[0].SetText("08:30-12:00, 13:30-17:30")
	trigger(fyne.KeyS)
	f.settle()
	if got := st.unsaved(); !slices.Equal(got, []string{"单位信息"}) {
		t.Errorf("Ctrl+S in the working hours: unsaved %q", got)
	}
	if week, err := f.store.Setting(f.ctx, data.SettingWorkingHours); err != nil || !strings.Contains(week, "08:30") {
		t.Errorf("Ctrl+S did not save the working hours: %v %q", err, week)
	}
	st.tabs.SelectIndex(0)
	trigger(fyne.KeyS)
	f.settle()
	if o, err := f.store.OfficeProfile(f.ctx); err != nil || o.Address != "上海市浦东新区世纪大道100号" || len(st.unsaved()) != 0 {
		t.Errorf("Ctrl+S in the office profile: %v %q, unsaved %q", err, o.Address, st.unsaved())
	}
}

// A complaint that passes a deadline while the window is open is announced (a notification
// naming it), and the navigation says how many are overdue, whichever screen is shown.
func TestOverdueComplaintsAreAnnounced(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("韩梅梅", "", "会议室空调不制冷", 1)
	var alerts []string
	f.desk.overdue.alert = func(title, body string) { alerts = append(alerts, title+"|"+body) }
	f.desk.show("register")
	f.desk.checkDeadlines()
	f.settle()
	label := widget.NewLabel("")
	f.desk.navLabel(0, label)
	if label.Text != "工作台" || len(alerts) != 0 {
		t.Fatalf("nothing overdue: nav %q, alerts %q", label.Text, alerts)
	}
	f.now = f.now.Add(72 * time.Hour) // past the acknowledgement deadline
	f.desk.checkDeadlines()
	f.settle()
	f.desk.navLabel(0, label)
	if label.Text != "工作台 逾期 1" || label.Importance != widget.DangerImportance {
		t.Errorf("nav %q (importance %v)", label.Text, label.Importance)
	}
	if len(alerts) != 1 || alerts[0] != "投诉已逾期|"+c.Ref+" 会议室空调不制冷：已超过时限。" {
		t.Errorf("alerts %q", alerts)
	}
	f.desk.checkDeadlines() // still overdue: not announced again
	f.settle()
	if len(alerts) != 1 {
		t.Errorf("announced again: %q", alerts)
	}
	var many []*data.Complaint
	for i := 1; i <= 5; i++ {
		many = append(many, &data.Complaint{Ref: fmt.Sprintf("TS-2026-00000%d", i), Subject: "电梯故障"})
	}
	if got := overdueText(many); got != "TS-2026-000001 电梯故障、TS-2026-000002 电梯故障、TS-2026-000003 电梯故障 及另外 2 件投诉已超过时限。" {
		t.Errorf("five overdue: %q", got)
	}
	// Acknowledged in the window, the complaint leaves the count at once.
	f.desk.OpenCase(c.Ref)
	f.settle()
	submit(t, f, openForm(t, f, data.ActAcknowledge))
	f.desk.navLabel(0, label)
	if label.Text != "工作台" {
		t.Errorf("after the acknowledgement: nav %q", label.Text)
	}
}

// A follow-up not made by its due time is counted beside 待回访 on every screen, until it is
// recorded.
func TestOverdueFollowUpsAreCounted(t *testing.T) {
	f := newFixture(t)
	f.closedCase("13900002222")
	followups, label := navIndex("followups"), widget.NewLabel("")
	nav := func() string { return f.navAfterCheck(followups, label) }
	if got := nav(); got != "待回访" {
		t.Fatalf("a follow-up not yet due: nav %q", got)
	}
	f.now = f.now.Add(10 * 24 * time.Hour)
	if got := nav(); got != "待回访 逾期 1" || label.Importance != widget.DangerImportance {
		t.Errorf("an overdue follow-up: nav %q (importance %v)", got, label.Importance)
	}
	f.desk.show("followups")
	f.settle()
	form := f.desk.followups.record(f.desk.followups.items[0])
	entries(form.body)[0].SetText("客户表示满意")
	submit(t, f, form)
	f.desk.navLabel(followups, label)
	if label.Text != "待回访" {
		t.Errorf("recorded: nav %q", label.Text)
	}
}

// What the complainant hands in (a letter's scan, a photo) is added to the new complaint, by
// button or dropped on the window, and filed with it; a file too large to keep is named and
// nothing is registered; dropped on an open case, a file is offered as its evidence.
func TestEvidenceIsTakenInWithTheComplaint(t *testing.T) {
	f := newFixture(t)
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	scan := write("来信扫描.pdf", []byte("%PDF-1.4\n来信\n%%EOF\n"))
	photo := write("现场照片.png", []byte("\x89PNG\r\n\x1a\n...."))
	other := write("无关文件.txt", []byte("放错了"))
	huge := filepath.Join(dir, "录音.wav")
	if err := os.WriteFile(huge, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, data.MaxEvidence+1); err != nil {
		t.Fatal(err)
	}
	f.desk.NewComplaint()
	in := f.desk.intake
	in.fields.channel.SetSelected("信函")
	// The file dialog is big enough to see a folder of scans by.
	test.Tap(findButtonIn(t, in.view, "添加证据……"))
	if top, ok := f.win.Canvas().Overlays().Top().(*widget.PopUp); !ok || top.Content.Size().Width < 0.75*f.win.Canvas().Size().Width {
		t.Errorf("the file dialog: %T", f.win.Canvas().Overlays().Top())
	}
	f.desk.closeTopDialog()
	in.addFiles(scan)
	if !in.changed() {
		t.Error("a form with a file added counts as unchanged")
	}
	f.desk.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(photo), storage.NewFileURI(other), storage.NewFileURI(scan)})
	if !slices.Equal(in.files, []string{scan, photo, other}) {
		t.Fatalf("files %q", in.files)
	}
	// The one dropped by mistake is taken off again.
	var remove *widget.Button
	walk(in.filesBox, func(o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok && len(c.Objects) == 2 {
			if p, ok := c.Objects[0].(*para); ok && p.Text == "证据：无关文件.txt" {
				remove, _ = c.Objects[1].(*widget.Button)
			}
		}
	})
	if remove == nil {
		t.Fatal("no button takes a file off")
	}
	test.Tap(remove)
	in.fields.name.SetText("王芳")
	in.fields.subject.SetText("来信投诉漏水")
	in.addFiles(huge)
	before := f.count()
	in.submit()
	f.settle()
	if f.desk.current != "new" || !strings.Contains(in.msg.Text, "文件“录音.wav”超过 100 MB") || f.count() != before {
		t.Fatalf("a file too large: on %q, %q, %d complaints", f.desk.current, in.msg.Text, f.count())
	}
	in.files = slices.DeleteFunc(in.files, func(p string) bool { return p == huge })
	in.submit()
	f.settle()
	if f.desk.current != "case" {
		t.Fatalf("not registered: %q", in.msg.Text)
	}
	c := f.desk.caseView.c
	files, err := f.store.Evidence(f.ctx, c.ID)
	if err != nil || len(files) != 2 || files[0].Filename != "来信扫描.pdf" || files[1].Filename != "现场照片.png" {
		t.Fatalf("evidence %+v, %v", files, err)
	}
	// Dropped on the case, a file is offered to attach, with a note to write.
	f.desk.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(other)})
	if len(f.desk.dialogs) != 1 {
		t.Fatalf("%d dialogs after a drop on the case", len(f.desk.dialogs))
	}
	form := f.desk.forms[f.desk.dialogs[0]]
	if got := entries(form.body)[0].Text; got != other {
		t.Errorf("the file offered: %q", got)
	}
	submit(t, f, form)
	if files, _ := f.store.Evidence(f.ctx, c.ID); len(files) != 3 {
		t.Errorf("after the drop: %d files", len(files))
	}
}

// The first start offers demo data; loaded, its overdue complaints and follow-ups are counted
// in the navigation at once, and not announced as newly overdue.
func TestDemoIsOfferedOnFirstRun(t *testing.T) {
	f := newFixture(t)
	d := f.openDesk(Options{User: "admin", FirstRun: true,
		LoadDemo: func(ctx context.Context) error {
			_, err := demo.Fill(ctx, f.store, demo.Options{Complaints: 120, Seed: 5, Now: f.now})
			return err
		}})
	defer d.Close()
	var alerts []string
	d.overdue.alert = func(title, body string) { alerts = append(alerts, body) }
	f.settleDesk(d)
	top := f.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(labelText(top), "数据库是新建的") {
		t.Fatal("no demo offered on the first start")
	}
	test.Tap(findButtonIn(t, top, "载入演示数据"))
	settleQueue(t, f.queue, &d.pending, 30*time.Second)
	label := widget.NewLabel("")
	d.navLabel(0, label)
	if !strings.HasPrefix(label.Text, "工作台 逾期 ") || len(alerts) != 0 {
		t.Errorf("after the demo: nav %q, alerts %q", label.Text, alerts)
	}
}

// A file attached to the wrong case is removed from it in the evidence tab, for a reason the
// timeline shows; a closed case offers no removal.
func TestEvidenceAttachedByMistakeIsRemoved(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("李雷", "13900002222", "保安出言不逊", 30)
	for _, n := range []data.NewEvidence{{Filename: "录音.mp3", Data: []byte("ID3 recording")}, {Filename: "别家的身份证.jpg", Data: []byte("\xff\xd8\xff jpeg")}} {
		if _, err := f.store.AddEvidence(f.ctx, c.Ref, n); err != nil {
			t.Fatal(err)
		}
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	cv := f.desk.caseView
	var removes []*widget.Button
	walk(cv.files, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "移除……" {
			removes = append(removes, b)
		}
	})
	if len(removes) != 2 {
		t.Fatalf("%d remove buttons for 2 files", len(removes))
	}
	test.Tap(removes[1])
	var form *formDialog
	f.desk.mu.Lock()
	for _, fd := range f.desk.forms {
		if fd.title == "移除证据" {
			form = fd
		}
	}
	f.desk.mu.Unlock()
	if form == nil {
		t.Fatal("no form to remove the file")
	}
	if text := labelText(form.body); !strings.Contains(text, "“别家的身份证.jpg”将从 "+c.Ref+" 移除") {
		t.Errorf("the form says %q", text)
	}
	submit(t, f, form)
	if !strings.Contains(form.errMsg.Text, "请说明移除文件的原因。") {
		t.Errorf("removed without a reason: %q", form.errMsg.Text)
	}
	form.typed[0].SetText("附错了案件，是王芳投诉的材料")
	submit(t, f, form)
	if files := labelText(cv.files); strings.Contains(files, "身份证.jpg  (") || !strings.Contains(files, "录音.mp3") {
		t.Errorf("the files tab lists %q", files)
	}
	if timeline := labelText(cv.timelin); !strings.Contains(timeline, "移除了证据“别家的身份证.jpg”：附错了案件，是王芳投诉的材料") {
		t.Errorf("the timeline says %q", timeline)
	}
	// Below the files, what was taken off, by whom and why; a removal made by mistake is undone.
	if files := labelText(cv.files); !strings.Contains(files, "已从本案移除") ||
		!strings.Contains(files, "别家的身份证.jpg：系统管理员 于 ") || !strings.Contains(files, "原因：附错了案件，是王芳投诉的材料") {
		t.Errorf("the files tab lists %q", files)
	}
	test.Tap(findButtonIn(t, cv.files, "恢复"))
	f.settle()
	if files := labelText(cv.files); !strings.Contains(files, "别家的身份证.jpg  (") || strings.Contains(files, "已从本案移除") {
		t.Errorf("restored, the files tab lists %q", files)
	}
	if !strings.Contains(f.desk.status.Text, "“别家的身份证.jpg”已恢复到 "+c.Ref) {
		t.Errorf("status %q", f.desk.status.Text)
	}
	// Removed again, it stays listed on the closed case, which cannot take it back.
	e := cv.evidence[len(cv.evidence)-1]
	if err := f.store.RemoveEvidence(f.ctx, c.Ref, e.ID, "确实附错了"); err != nil {
		t.Fatal(err)
	}
	for _, p := range []data.ActParams{{Action: data.ActAcknowledge}, {Action: data.ActAssess, Category: "service", Level: 1},
		{Action: data.ActAssign, Department: "security"}, {Action: data.ActResolve, Text: "当面道歉"},
		{Action: data.ActRate, Rating: 1}, {Action: data.ActClose}} {
		if _, err := f.store.Act(f.ctx, c.Ref, p); err != nil {
			t.Fatal(err)
		}
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	if cv := f.desk.caseView; hasButton(cv.files, "移除……") || hasButton(cv.files, "恢复") || !strings.Contains(labelText(cv.files), "录音.mp3") ||
		!strings.Contains(labelText(cv.files), "原因：确实附错了") {
		t.Errorf("a closed case's files: %q", labelText(cv.files))
	}
}

// Mail that could not be read is counted beside the tray on every screen until the clerk
// registers it or finds it needs no complaint.
func TestUnreadableMailIsCounted(t *testing.T) {
	f := newFixture(t)
	mailItem, label := navIndex("mail"), widget.NewLabel("")
	nav := func() string { return f.navAfterCheck(mailItem, label) }
	if got := nav(); got != "邮件收件箱" {
		t.Fatalf("no mail: nav %q", got)
	}
	broken := mailintake.Parse([]byte("\r\n只有正文，没有信头。\r\n"), f.now)
	broken.UID = 1
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{broken}}); err != nil {
		t.Fatal(err)
	}
	if got := nav(); got != "邮件收件箱 需人工处理 1" || label.Importance != widget.DangerImportance {
		t.Errorf("unreadable mail: nav %q", got)
	}
	f.desk.show("mail")
	f.settle()
	f.desk.mail.list.Select(0)
	f.settle()
	f.desk.mail.setAside(f.desk.mail.selected, true)
	f.settle()
	f.desk.navLabel(mailItem, label)
	if label.Text != "邮件收件箱" {
		t.Errorf("set aside: nav %q", label.Text)
	}
	// A mailbox whose last check failed is said beside the tray, wherever the clerk is, until a
	// check goes well again.
	acct, err := f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: "客服邮箱", Host: "mail.example.cn", Port: 993,
		Security: data.SecurityTLS, Username: "clerk", Active: true})
	if err != nil {
		t.Fatal(err)
	}
	refused := &mailintake.ConnError{Step: mailintake.StepConnect, Reason: mailintake.ReasonRefused, Host: "mail.example.cn", Port: 993}
	if err := f.store.FailMailSync(f.ctx, acct.ID, acct.Folder, mailintake.Failure(refused)); err != nil {
		t.Fatal(err)
	}
	if got := nav(); got != "邮件收件箱 收取失败" || label.Importance != widget.DangerImportance {
		t.Errorf("a failed check: nav %q", got)
	}
	if err := f.store.FinishMailSync(f.ctx, acct.ID, acct.Folder, 3, 10, acct.Since); err != nil {
		t.Fatal(err)
	}
	if got := nav(); got != "邮件收件箱" || label.Importance == widget.DangerImportance {
		t.Errorf("a good check after it: nav %q", got)
	}
	// Mail for the clerk while a check fails: both are said, the failure not in place of the
	// count, and the navigation is wide enough for it.
	broken = mailintake.Parse([]byte("\r\n又一封没有信头的邮件。\r\n"), f.now)
	broken.UID = 2
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{broken}}); err != nil {
		t.Fatal(err)
	}
	if err := f.store.FailMailSync(f.ctx, acct.ID, acct.Folder, mailintake.Failure(refused)); err != nil {
		t.Fatal(err)
	}
	if got := nav(); got != "邮件收件箱 收取失败 · 1" || label.Importance != widget.DangerImportance {
		t.Errorf("a failed check with mail for the clerk: nav %q", got)
	}
	f.relayout()
	need := fyne.MeasureText("邮件收件箱 收取失败 · 999", theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
	if w := f.desk.navList.Size().Width; w < need {
		t.Errorf("the failed check with mail for the clerk needs %.0f, the menu is %.0f wide", need, w)
	}
	if err := f.store.FinishMailSync(f.ctx, acct.ID, acct.Folder, 3, 10, acct.Since); err != nil {
		t.Fatal(err)
	}
	if got := nav(); got != "邮件收件箱 需人工处理 1" || label.Importance != widget.DangerImportance {
		t.Errorf("a good check with mail for the clerk: nav %q", got)
	}
}
