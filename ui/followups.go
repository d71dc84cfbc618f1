package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
)

// followUpStore is what the follow-up screen (待回访) needs.
type followUpStore interface {
	FollowUps(ctx context.Context, pendingOnly bool, limit int) ([]data.FollowUp, error)
	RecordFollowUp(ctx context.Context, id int64, method, result string, satisfaction int) error
	Calendar() *calendar.Calendar
}

type followUps struct {
	desk  *Desk
	store followUpStore
	view  fyne.CanvasObject

	all   *tick
	list  *widget.List
	empty *widget.Label
	items []data.FollowUp
}

func newFollowUps(d *Desk, s followUpStore) *followUps {
	f := &followUps{desk: d, store: s}
	f.all = newCheck(lang.L("Show recorded follow-ups too"), func(bool) { f.reload() })
	f.list = widget.NewList(func() int { return len(f.items) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			rec := widget.NewButton(lang.L("Record result"), nil)
			open := widget.NewButton(lang.L("Open case"), nil)
			return container.NewBorder(nil, nil, nil, container.NewHBox(rec, open), l)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(f.items) {
				return
			}
			it := f.items[i]
			c := o.(*fyne.Container)
			l := c.Objects[0].(*widget.Label)
			btns := c.Objects[1].(*fyne.Container)
			rec, open := btns.Objects[0].(*widget.Button), btns.Objects[1].(*widget.Button)
			loc := s.Calendar().Location()
			kind := lang.L("After closing")
			if it.Kind == "quarterly" {
				kind = lang.L("Quarterly sample")
			}
			text := fmt.Sprintf("%s  %s  %s  %s  %s", formatTime(it.DueAt, loc), kind, it.Ref, oneLine(it.Complainant, 8), oneLine(it.Subject, 24))
			l.Importance = widget.MediumImportance
			if it.DoneAt != nil {
				text += "  ✓ " + oneLine(it.Result, 24)
				rec.Disable()
			} else {
				rec.Enable()
				if it.DueAt.Before(d.now()) {
					l.Importance = widget.DangerImportance
				}
			}
			l.SetText(text)
			rec.OnTapped = func() { f.record(it) }
			ref := it.Ref
			open.OnTapped = func() { d.OpenCase(ref) }
		})
	f.empty = widget.NewLabelWithStyle(lang.L("No follow-ups are due."), fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	f.empty.Hide()
	title := widget.NewLabelWithStyle(lang.L("Follow-ups"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.view = container.NewBorder(container.NewVBox(title, f.all), nil, nil, nil, container.NewStack(f.list, container.NewCenter(f.empty)))
	return f
}

func (f *followUps) reload() {
	pending := !f.all.Checked
	var items []data.FollowUp
	f.desk.run(func(ctx context.Context) error {
		var err error
		items, err = f.store.FollowUps(ctx, pending, 500)
		return err
	}, func(err error) {
		if err != nil {
			f.desk.showError(err)
			return
		}
		f.items = items
		if len(items) == 0 {
			f.empty.Show()
		} else {
			f.empty.Hide()
		}
		f.list.Refresh()
	})
}

func (f *followUps) record(it data.FollowUp) *formDialog {
	method := newSelect([]string{lang.L("Phone call"), lang.L("Visit"), lang.L("Email"), lang.L("Letter")}, nil)
	method.SetSelectedIndex(0)
	result := newMultiLine(4)
	var opts []string
	for r := 1; r <= 5; r++ {
		opts = append(opts, ratingLabel(r))
	}
	rating := newSelect(append([]string{lang.L("No rating given")}, opts...), nil)
	rating.SetSelectedIndex(0)
	form := widget.NewForm(widget.NewFormItem(lang.L("Method"), method), widget.NewFormItem(lang.L("Result"), result),
		widget.NewFormItem(lang.L("Satisfaction"), rating))
	id := it.ID
	dlg := f.desk.formDialog(lang.L("Record follow-up of {{.Ref}}", map[string]any{"Ref": it.Ref}), lang.L("Save"), form, func() error {
		if strings.TrimSpace(result.Text) == "" {
			return errInput{lang.L("Write down what the complainant said.")}
		}
		return nil
	}, func(ctx context.Context) error {
		return f.store.RecordFollowUp(ctx, id, method.Selected, result.Text, rating.SelectedIndex())
	}, func() {
		f.desk.setStatus(lang.L("Follow-up recorded."))
		f.reload()
	})
	dlg.show(f.desk, fyne.NewSize(520, 360), result)
	return dlg
}
