package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"complaintdesk/data"
)

// TestScreensRenderAsRecorded compares the main screens with their recorded layout
// (testdata/*.xml). After an intended change, copy testdata/failed/*.xml over the masters.
func TestScreensRenderAsRecorded(t *testing.T) {
	f := newFixture(t)
	late := f.complaint("张伟", "13000000001", "停车场收费过高", 200)
	f.complaint("王芳", "13000000002", "电梯故障", 1)
	if _, err := f.store.Act(f.ctx, late.Ref, data.ActParams{Action: data.ActCall, Direction: data.DirOut,
		Contact: "13000000001", Text: "致电说明收费标准，客户要求书面答复。"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		open func()
	}{
		{"dashboard", func() { f.desk.show("dashboard") }},
		{"register", func() { f.desk.show("register") }},
		{"case", func() { f.desk.OpenCase(late.Ref) }},
		{"new_complaint", f.desk.NewComplaint},
		{"followups", func() { f.desk.show("followups") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.open()
			f.settle()
			f.relayout()
			assertMarkup(t, tt.name+".xml", f.desk.content)
		})
	}
	t.Run("settings_office", func(t *testing.T) {
		f.desk.show("settings")
		f.settle()
		f.relayout()
		assertMarkup(t, "settings_office.xml", f.desk.settings.office.view)
	})
}

// assertMarkup compares o, as laid out in the window, with its recorded markup. Fyne's
// AssertObjectRendersToMarkup first lays o out at its least width, and text that wraps would
// keep the height of the many lines it has there.
func assertMarkup(t *testing.T, name string, o fyne.CanvasObject) {
	t.Helper()
	c := test.NewCanvas()
	c.SetPadded(false)
	c.Resize(o.MinSize().Max(o.Size()))
	c.SetContent(o)
	test.AssertRendersToMarkup(t, name, c)
}
