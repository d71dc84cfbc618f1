package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
)

// reportStore is what the summary needs.
type reportStore interface {
	Count(ctx context.Context, f data.ListFilter) (int, error)
}

// reports is a summary of the register by status, level and channel; the weekly and monthly
// reports with charts are produced by the report package when it exists.
type reports struct {
	desk  *Desk
	store reportStore
	view  fyne.CanvasObject
	grid  *fyne.Container
}

type countRow struct {
	label  string
	filter data.ListFilter
}

func newReports(d *Desk, s reportStore) *reports {
	r := &reports{desk: d, store: s}
	r.grid = container.NewGridWithColumns(3)
	title := widget.NewLabelWithStyle(lang.L("Summary"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.view = container.NewBorder(title, nil, nil, nil, container.NewVScroll(r.grid))
	return r
}

func (r *reports) groups() [][]countRow {
	var byStatus, byLevel, byChannel []countRow
	byStatus = append(byStatus, countRow{lang.L("All complaints"), data.ListFilter{}},
		countRow{lang.L("Open"), data.ListFilter{OpenOnly: true}},
		countRow{lang.L("Overdue"), data.ListFilter{OpenOnly: true, Overdue: true}})
	for _, s := range data.Statuses {
		byStatus = append(byStatus, countRow{statusLabel(s), data.ListFilter{Statuses: []data.Status{s}}})
	}
	for l := 1; l <= 3; l++ {
		byLevel = append(byLevel, countRow{levelLabel(l), data.ListFilter{Level: l}})
	}
	byLevel = append(byLevel, countRow{lang.L("Awaiting assessment"), data.ListFilter{Unassessed: true}})
	for _, c := range data.Channels {
		byChannel = append(byChannel, countRow{channelLabel(c), data.ListFilter{Channel: c}})
	}
	return [][]countRow{byStatus, byLevel, byChannel}
}

func (r *reports) reload() {
	groups := r.groups()
	titles := []string{lang.L("By status"), lang.L("By level"), lang.L("By channel")}
	counts := make([][]int, len(groups))
	r.desk.run(func(ctx context.Context) error {
		for i, g := range groups {
			counts[i] = make([]int, len(g))
			for j, row := range g {
				n, err := r.store.Count(ctx, row.filter)
				if err != nil {
					return err
				}
				counts[i][j] = n
			}
		}
		return nil
	}, func(err error) {
		if err != nil {
			r.desk.showError(err)
			return
		}
		r.grid.RemoveAll()
		for i, g := range groups {
			form := widget.NewForm()
			for j, row := range g {
				v := widget.NewLabel(fmt.Sprint(counts[i][j]))
				form.Append(row.label, v)
			}
			r.grid.Add(widget.NewCard(titles[i], "", form))
		}
	})
}
