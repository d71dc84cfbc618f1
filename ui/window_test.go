package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/letters"
)

// The window opens at the size it was closed at; the first time, or after a size too small to
// work in, at the default.
func TestWindowSizeRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	if got := WindowSize(p); got != defaultWindowSize {
		t.Errorf("first start: %v, want %v", got, defaultWindowSize)
	}
	w := a.NewWindow("")
	RememberWindowSize(w, p)
	w.Resize(fyne.NewSize(1500, 900))
	w.Close()
	if got := WindowSize(p); got != fyne.NewSize(1500, 900) {
		t.Errorf("after closing at 1500×900: %v", got)
	}
	p.SetFloat(prefWindowWidth, 300)
	if got := WindowSize(p); got != defaultWindowSize {
		t.Errorf("after closing at 300 wide: %v, want %v", got, defaultWindowSize)
	}
}

// When the database cannot be opened the window says why in the clerk's language and what to
// do, with the driver's words below for whoever looks after the computer.
func TestStartupErrorSaysWhyInChinese(t *testing.T) {
	useLanguage(t, "zh-Hans")
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, bytes.Repeat([]byte("not sqlite "), 400), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, want string }{
		{dir, "该路径可能是一个文件夹"},
		{junk, "这个文件不是投诉台的数据库"},
	} {
		_, err := data.Open(tc.path)
		if err == nil {
			t.Fatalf("%s opened", tc.path)
		}
		text := startupErrorText(tc.path, err)
		first, details, _ := strings.Cut(text, "\n\n")
		if !strings.HasPrefix(first, "无法打开数据库 "+tc.path+"。") || !strings.Contains(first, tc.want) ||
			strings.Contains(first, "store:") || !strings.HasPrefix(details, "详细信息：") {
			t.Errorf("%s: %q", tc.path, text)
		}
	}
}

// A case opened in a window 1000 pixels wide keeps its deadlines readable: the complainant's
// earlier case with a long subject shortens to the tab rather than squeezing them.
func TestCaseFitsASmallWindow(t *testing.T) {
	f := newFixture(t)
	f.complaint("冯晓东", "13000000018", strings.Repeat("请问上次反映的饭菜异物问题处理得怎么样了", 3), 200)
	c := f.complaint("冯晓东", "13000000018", "员工餐厅饭菜有异物", 2)
	f.desk.OpenCase(c.Ref)
	f.settle()
	cv := f.desk.caseView
	if len(cv.history) != 2 {
		t.Fatalf("history %d", len(cv.history))
	}
	f.win.Resize(fyne.NewSize(1000, 640))
	f.relayout()
	if w := f.win.Content().MinSize().Width; w > 1000 {
		t.Errorf("the case needs %.0f px", w)
	}
	if w := cv.dues.Size().Width; w < 300 {
		t.Errorf("the deadlines get %.0f px", w)
	}
	var row *caseRow
	walk(cv.people, func(o fyne.CanvasObject) {
		if r, ok := o.(*caseRow); ok {
			row = r
		}
	})
	if row == nil {
		t.Fatal("no row for the earlier case")
	}
	test.Tap(row)
	f.settle()
	if f.desk.caseView.c.Ref == c.Ref {
		t.Error("a click on the earlier case did not open it")
	}
}

// A case found invalid or closed says of a deadline it no longer has to meet that it no longer
// applies, or that it was missed before the case ended, rather than showing it as if it stood.
func TestDeadlinesOfAClosedCase(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		hoursAgo int
		want     string
	}{
		{2, "已结案，不再适用"},
		{200, "结案前未办理"},
	} {
		c := f.complaint("冯晓东", "13000000018", "员工餐厅饭菜有异物", tc.hoursAgo)
		if _, err := f.store.Act(f.ctx, c.Ref, data.ActParams{Action: data.ActAssess, Category: "service", Level: 1,
			Invalid: true, Reason: "与另一投诉为同一事项"}); err != nil {
			t.Fatal(err)
		}
		f.desk.OpenCase(c.Ref)
		f.settle()
		got := labelText(f.desk.caseView.dues)
		if !strings.Contains(got, "受理时限") || !strings.Contains(got, tc.want) || strings.Contains(got, "下次进展沟通时限") {
			t.Errorf("received %d hours ago, the deadlines say:\n%s", tc.hoursAgo, got)
		}
	}
}

// In a 1,000 px window the letter archive shows a letter's title beside the letter chosen, and
// before one is chosen says what choosing one is for.
func TestArchiveFitsASmallWindow(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("赵敏", "13000000021", "电梯故障", 2)
	d, err := letters.Prepare(f.ctx, f.store, c.Ref, letters.KindApology, "zh-Hans", f.now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := letters.Issue(f.ctx, f.store, d, f.now); err != nil {
		t.Fatal(err)
	}
	f.win.Resize(fyne.NewSize(1000, 640))
	f.desk.show("archive")
	f.settle()
	f.relayout()
	hint := false
	walk(f.desk.archive, func(o fyne.CanvasObject) {
		if p, ok := o.(*para); ok && p.Visible() && strings.HasPrefix(p.Text, "选中一份书面答复") {
			hint = true
		}
	})
	if !hint {
		t.Error("nothing chosen yet, and nothing says what choosing a letter is for")
	}
	var table *widget.Table
	walk(f.desk.archive, func(o fyne.CanvasObject) {
		if tb, ok := o.(*widget.Table); ok {
			table = tb
		}
	})
	table.Select(widget.TableCellID{Row: 0, Col: 0})
	f.settle()
	f.relayout()
	drv := f.desk.app.Driver()
	var title *widget.Label
	walk(table, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == "标题" {
			title = l
		}
	})
	if title == nil {
		t.Fatal("the title's column is not shown")
	}
	// Its heading whole and the start of the titles under it.
	end := drv.AbsolutePositionForObject(table).X + table.Size().Width
	if x := drv.AbsolutePositionForObject(title).X + title.MinSize().Width + 10; x > end {
		t.Errorf("the title's column starts %.0f px past the table's edge", x-end)
	}
}

// A follow-up's buttons stay clear of the scroll bar drawn over the list's right edge.
func TestFollowUpButtonsClearOfTheScrollBar(t *testing.T) {
	f := newFixture(t)
	f.closedCase("13900002222")
	f.win.Resize(fyne.NewSize(1000, 640))
	f.desk.show("followups")
	f.settle()
	f.relayout()
	drv := f.desk.app.Driver()
	open := findButtonIn(t, f.desk.followups.list, "打开投诉")
	list := f.desk.followups.list
	edge := drv.AbsolutePositionForObject(list).X + list.Size().Width - theme.ScrollBarSize()
	if right := drv.AbsolutePositionForObject(open).X + open.Size().Width; right > edge {
		t.Errorf("打开投诉 runs %.0f px under the scroll bar", right-edge)
	}
}
