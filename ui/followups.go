package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/calendar"
)

// followUpStore is what the follow-up screen (待回访) needs.
type followUpStore interface {
	FollowUps(ctx context.Context, pendingOnly bool, limit int) ([]data.FollowUp, error)
	RecordFollowUp(ctx context.Context, id int64, method, result string, satisfaction int) error
	SampleQuarter(ctx context.Context, q data.Quarter, share float64, seed uint64) (data.QuarterlySample, error)
	QuarterSample(ctx context.Context, q data.Quarter) (closed, drawn int, err error)
	Calendar() *calendar.Calendar
}

type followUps struct {
	desk  *Desk
	store followUpStore
	view  fyne.CanvasObject

	all     *tick
	list    *widget.List
	empty   *widget.Label
	items   []data.FollowUp
	undrawn *para // the last quarter's revisit sample, while it is not drawn
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
			return container.NewBorder(nil, nil, nil, clearOfScrollBar(container.NewHBox(rec, open)), l)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(f.items) {
				return
			}
			it := f.items[i]
			c := o.(*fyne.Container)
			l := c.Objects[0].(*widget.Label)
			btns := c.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container)
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
	sample := widget.NewButtonWithIcon(lang.L("Draw the quarterly sample…"), theme.ContentAddIcon(), func() { f.sample() })
	f.undrawn = newPara("")
	f.undrawn.Importance = widget.WarningImportance
	f.undrawn.Hide()
	top := container.NewVBox(title, f.undrawn, container.NewBorder(nil, nil, nil, sample, f.all))
	f.view = container.NewBorder(top, nil, nil, nil, container.NewStack(f.list, container.NewCenter(f.empty)))
	return f
}

// sample draws the quarterly revisit sample of seed 004 §4.8 (35% of the complaints closed in
// a quarter) for the quarter picked, by default the last one that ended.
func (f *followUps) sample() *formDialog {
	cur := data.QuarterOf(f.desk.now(), f.store.Calendar().Location())
	var quarters []data.Quarter
	var labels []string
	for q, i := cur, 0; i < 5; q, i = q.Prev(), i+1 {
		quarters = append(quarters, q)
		label := q.String()
		if q == cur {
			label = lang.L("{{.Quarter}} (in progress)", map[string]any{"Quarter": label})
		}
		labels = append(labels, label)
	}
	pick := newSelect(labels, nil)
	pick.SetSelectedIndex(1)
	share := newEntry()
	share.SetText("35")
	form := widget.NewForm(widget.NewFormItem(lang.L("Quarter"), pick), widget.NewFormItem(lang.L("Share (%)"), share))
	hint := newPara(lang.L("Of the complaints closed in the quarter, this share is drawn at random for a revisit, due ten working days after the quarter ends (or after today, when it ended before). Those drawn for the quarter already are left out: drawing again adds to the sample."))
	var pct float64
	var q data.Quarter
	var got data.QuarterlySample
	dlg := f.desk.formDialog(lang.L("Quarterly revisit sample"), lang.L("Draw"), container.NewVBox(form, hint), func() error {
		v, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(share.Text), "%")), 64)
		if err != nil || v <= 0 || v > 100 {
			return errInput{lang.L("The share is a percentage above 0 and at most 100.")}
		}
		pct, q = v, quarters[pick.SelectedIndex()]
		return nil
	}, func(ctx context.Context) error {
		var err error
		got, err = f.store.SampleQuarter(ctx, q, pct/100, uint64(time.Now().UnixNano()))
		return err
	}, func() {
		args := map[string]any{"Quarter": q.String(), "Drawn": got.Drawn, "Pool": got.Pool,
			"Due": formatTime(got.Due, f.store.Calendar().Location())}
		if got.Drawn == 0 {
			f.desk.setStatus(lang.L("{{.Quarter}}: no closed complaint is left to draw.", args))
		} else {
			f.desk.setStatus(lang.L("{{.Quarter}}: {{.Drawn}} of {{.Pool}} closed complaints drawn for a revisit, due {{.Due}}.", args))
		}
		f.reload()
	})
	dlg.show(f.desk, fyne.NewSize(560, 340), share)
	return dlg
}

func (f *followUps) reload() {
	pending := !f.all.Checked
	var items []data.FollowUp
	last := data.QuarterOf(f.desk.now(), f.store.Calendar().Location()).Prev()
	var closed, drawn int
	f.desk.run(func(ctx context.Context) error {
		var err error
		if items, err = f.store.FollowUps(ctx, pending, 500); err != nil {
			return err
		}
		closed, drawn, err = f.store.QuarterSample(ctx, last)
		return err
	}, func(err error) {
		if err != nil {
			f.desk.showError(err)
			return
		}
		// Seed 004 §4.8: a share of each quarter's closed complaints is revisited.
		f.undrawn.SetText(lang.L("The revisit sample of {{.Quarter}} is not drawn yet: {{.N}} complaints were closed in it.",
			map[string]any{"Quarter": last.String(), "N": closed}))
		showIf(f.undrawn, closed > 0 && drawn == 0)
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
		f.desk.checkDeadlines()
	})
	dlg.show(f.desk, fyne.NewSize(520, 360), result)
	return dlg
}
