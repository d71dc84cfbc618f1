package ui

import (
	"context"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2/widget"
)

// runner does work off the UI goroutine and applies the result on it, counting the tasks
// whose result is not applied yet (tests wait for the count to reach zero).
type runner struct {
	ctx     context.Context
	apply   func(func()) // runs a function on the UI goroutine; tests deliver on their own
	pending *atomic.Int64
}

// run does work off the UI goroutine and applies done on it, with bar (may be nil) shown
// meanwhile.
func (r runner) run(bar *widget.ProgressBarInfinite, work func(ctx context.Context) error, done func(err error)) {
	r.pending.Add(1)
	if bar != nil {
		bar.Show()
		bar.Start()
	}
	go func() {
		err := work(r.ctx)
		r.apply(func() {
			defer r.pending.Add(-1)
			if bar != nil {
				bar.Stop()
				bar.Hide()
			}
			if done != nil {
				done(err)
			}
		})
	}()
}

// latest numbers the requests of a screen so that only the answer to the newest is applied.
type latest struct {
	mu sync.Mutex
	n  int
}

// next starts a request and returns what wraps its done, so that the answer is dropped when
// a newer request has started since.
func (l *latest) next() (newest func(done func(err error)) func(err error)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.n++
	n := l.n
	return func(done func(err error)) func(err error) {
		return func(err error) {
			l.mu.Lock()
			current := n == l.n
			l.mu.Unlock()
			if current {
				done(err)
			}
		}
	}
}
