package mailintake

import (
	"context"
	"sync"
	"time"

	"complaintdesk/data"
)

// Poller checks every active account in the background at its poll interval while the window
// is open. Results, good or bad, go to OnResult (called on the poller's goroutine; the window
// hands them to the UI with fyne.Do).
type Poller struct {
	store    *data.Store
	opts     Options
	onResult func(acct *data.MailAccount, sum Summary, err error)

	mu      sync.Mutex
	cancel  context.CancelFunc
	done    chan struct{}
	wake    chan struct{}
	lastRun map[int64]time.Time
	running map[int64]*pollerCheck // the background checks under way, by account
}

// pollerCheck is a background check of one account: done closes when it ends, with its outcome.
type pollerCheck struct {
	done chan struct{}
	sum  Summary
	err  error
}

// NewPoller prepares a poller; Start begins polling.
func NewPoller(store *data.Store, opts Options, onResult func(acct *data.MailAccount, sum Summary, err error)) *Poller {
	return &Poller{store: store, opts: opts, onResult: onResult, wake: make(chan struct{}, 1),
		lastRun: map[int64]time.Time{}, running: map[int64]*pollerCheck{}}
}

// Start polls until Stop or ctx ends. Starting twice does nothing.
func (p *Poller) Start(ctx context.Context) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cancel != nil {
		return
	}
	ctx, p.cancel = context.WithCancel(ctx)
	p.done = make(chan struct{})
	go p.loop(ctx, p.done)
}

// Stop ends polling and waits for a running check to finish.
func (p *Poller) Stop() {
	p.mu.Lock()
	cancel, done := p.cancel, p.done
	p.cancel, p.done = nil, nil
	p.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

// Reload makes the poller look at the accounts again now (after the settings changed).
func (p *Poller) Reload() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Changed makes the poller check an account whose settings changed at once, not after its
// interval: a failed check the clerk has just put right is not left standing for minutes.
func (p *Poller) Changed(id int64) {
	p.mu.Lock()
	delete(p.lastRun, id)
	p.mu.Unlock()
	p.Reload()
}

// CheckNow syncs one account at once ("Check mail now"), reporting progress. While the poller's
// own background check of it is under way, it waits for that check and gives its outcome: the
// clerk asked for the mail, and that check is fetching it. It returns ErrBusy when another
// program (a scheduled `complaintctl mail sync`) is checking the account.
func (p *Poller) CheckNow(ctx context.Context, acct *data.MailAccount, progress func(Progress)) (Summary, error) {
	opts := p.opts
	opts.Progress = progress
	for tries := 0; ; tries++ {
		if c := p.runningCheck(acct.ID); c != nil {
			select {
			case <-c.done:
			case <-ctx.Done():
				return Summary{}, ctx.Err()
			}
			if c.err != ErrBusy {
				return c.sum, c.err
			}
		}
		sum, err := Sync(ctx, p.store, acct, opts)
		if err == ErrBusy && tries == 0 && p.runningCheck(acct.ID) != nil {
			continue // the background check began a moment ago
		}
		if err != ErrBusy {
			p.mu.Lock()
			p.lastRun[acct.ID] = time.Now()
			p.mu.Unlock()
		}
		return sum, err
	}
}

// runningCheck is the background check of the account under way, nil when there is none.
func (p *Poller) runningCheck(id int64) *pollerCheck {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.running[id]
}

func (p *Poller) loop(ctx context.Context, done chan struct{}) {
	defer close(done)
	const tick = 30 * time.Second
	for {
		next := p.runDue(ctx)
		wait := tick
		if next > 0 && next < wait {
			wait = next
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-p.wake:
			t.Stop()
		case <-t.C:
		}
	}
}

// runDue syncs the accounts whose interval has passed and returns the time until the next one
// is due.
func (p *Poller) runDue(ctx context.Context) time.Duration {
	accts, err := p.store.MailAccounts(ctx)
	if err != nil {
		if ctx.Err() == nil && p.onResult != nil {
			p.onResult(nil, Summary{}, err)
		}
		return 0
	}
	var next time.Duration
	for _, a := range accts {
		if ctx.Err() != nil {
			return 0
		}
		if !a.Active || a.PollInterval <= 0 {
			continue
		}
		p.mu.Lock()
		last := p.lastRun[a.ID]
		p.mu.Unlock()
		if wait := time.Until(last.Add(a.PollInterval)); wait > 0 {
			if next == 0 || wait < next {
				next = wait
			}
			continue
		}
		c := &pollerCheck{done: make(chan struct{})}
		p.mu.Lock()
		p.running[a.ID] = c
		p.mu.Unlock()
		sum, err := Sync(ctx, p.store, a, p.opts)
		c.sum, c.err = sum, err
		p.mu.Lock()
		delete(p.running, a.ID)
		p.mu.Unlock()
		close(c.done)
		if err == ErrBusy {
			continue
		}
		p.mu.Lock()
		p.lastRun[a.ID] = time.Now()
		p.mu.Unlock()
		if p.onResult != nil && ctx.Err() == nil {
			p.onResult(a, sum, err)
		}
		if next == 0 || a.PollInterval < next {
			next = a.PollInterval
		}
	}
	return next
}
