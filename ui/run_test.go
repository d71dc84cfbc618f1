package ui

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestLatestDropsOvertakenAnswers(t *testing.T) {
	tests := []struct {
		name     string
		requests int   // requests started, in order
		answered []int // the requests whose answer comes back, in order (0-based)
		want     []int // the answers applied
	}{
		{"one request", 1, []int{0}, []int{0}},
		{"the older answer arrives last", 2, []int{1, 0}, []int{1}},
		{"the older answer arrives first", 2, []int{0, 1}, []int{1}},
		{"three requests", 3, []int{2, 0, 1}, []int{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l latest
			var applied []int
			var dones []func(error)
			for i := range tt.requests {
				newest := l.next()
				dones = append(dones, newest(func(error) { applied = append(applied, i) }))
			}
			for _, i := range tt.answered {
				dones[i](nil)
			}
			if !slices.Equal(applied, tt.want) {
				t.Errorf("applied %v, want %v", applied, tt.want)
			}
		})
	}
}

func TestUnlessFailed(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		name      string
		err       error
		wantMsg   string
		wantShown bool
		wantThen  bool
	}{
		{"success runs then and leaves the message", nil, "earlier", true, true},
		{"a failure is written to the message", errInput{"bad input"}, "bad input", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := errorLabel()
			setError(msg, "earlier")
			ran := false
			unlessFailed(msg, func() { ran = true })(tt.err)
			if msg.Text != tt.wantMsg || msg.Visible() != tt.wantShown || ran != tt.wantThen {
				t.Errorf("message %q shown %v, then ran %v; want %q %v %v", msg.Text, msg.Visible(), ran,
					tt.wantMsg, tt.wantShown, tt.wantThen)
			}
		})
	}
}

func TestRunnerAppliesOnTheGivenGoroutine(t *testing.T) {
	test.NewTempApp(t)
	failure := errors.New("store: closed")
	tests := []struct {
		name    string
		withBar bool
		err     error
	}{
		{"with a bar", true, nil},
		{"without a bar", false, nil},
		{"a failure reaches done", true, failure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			queue := make(chan func(), 1)
			r := runner{ctx: context.Background(), apply: func(fn func()) { queue <- fn }, pending: new(atomic.Int64)}
			var bar *widget.ProgressBarInfinite
			if tt.withBar {
				bar = widget.NewProgressBarInfinite()
				bar.Hide()
			}
			var got error
			doneRan := false
			r.run(bar, func(context.Context) error { return tt.err }, func(err error) { got, doneRan = err, true })
			if r.pending.Load() != 1 {
				t.Fatalf("pending = %d while the work runs, want 1", r.pending.Load())
			}
			if bar != nil && !bar.Visible() {
				t.Error("the bar is hidden while the work runs")
			}
			select {
			case fn := <-queue:
				fn()
			case <-time.After(10 * time.Second):
				t.Fatal("the result was never handed to apply")
			}
			if !doneRan || got != tt.err {
				t.Errorf("done ran %v with %v, want %v", doneRan, got, tt.err)
			}
			if r.pending.Load() != 0 {
				t.Errorf("pending = %d after the result was applied, want 0", r.pending.Load())
			}
			if bar != nil && bar.Visible() {
				t.Error("the bar is still shown after the result was applied")
			}
		})
	}
}

// Names from a sender's mail or a letter's title become names Windows writes: a colon or a
// question mark, a device name or a trailing dot would make opening or saving the file fail.
func TestSafeFileName(t *testing.T) {
	for in, want := range map[string]string{
		"投诉照片.jpg":               "投诉照片.jpg",
		"现场:3号楼?.jpg":            "现场_3号楼_.jpg",
		"回复函/补充说明.pdf":           "回复函_补充说明.pdf",
		`C:\temp\a.pdf`:          "C__temp_a.pdf",
		"CON.txt":                "_CON.txt",
		"nul":                    "_nul",
		"com1 .log":              "_com1 .log",
		"console.txt":            "console.txt",
		"report. . ":             "report",
		"":                       "file",
		"...":                    "file",
		"tab\there\x00.doc":      "tab_here_.doc",
		"<script>.html":          "_script_.html",
		`"quoted" name|pipe.doc`: "_quoted_ name_pipe.doc",
		// 200 characters fit no disk: the name's beginning and its extension.
		strings.Repeat("锦华花园电梯停运", 25) + ".pdf": strings.Repeat("锦华花园电梯停运", 9) + "锦华花…" + ".pdf",
	} {
		if got := safeFileName(in); got != want {
			t.Errorf("safeFileName(%q) = %q, want %q", in, got, want)
		}
	}
}
