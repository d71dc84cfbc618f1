package mailintake

import (
	"context"
	"errors"
	"testing"
	"time"

	"complaintdesk/data"
)

// "Check mail now" pressed while the window's own background check of the account is under way
// waits for that check and gives what it brought; it is no other program's check.
func TestCheckNowWaitsForTheBackgroundCheck(t *testing.T) {
	p := NewPoller(nil, Options{}, nil)
	type result struct {
		sum Summary
		err error
	}
	start := func(ctx context.Context) (*pollerCheck, chan result) {
		c := &pollerCheck{done: make(chan struct{})}
		p.mu.Lock()
		p.running[7] = c
		p.mu.Unlock()
		got := make(chan result, 1)
		go func() {
			sum, err := p.CheckNow(ctx, &data.MailAccount{ID: 7}, nil)
			got <- result{sum, err}
		}()
		return c, got
	}
	end := func(c *pollerCheck, sum Summary, err error) {
		c.sum, c.err = sum, err
		p.mu.Lock()
		delete(p.running, 7)
		p.mu.Unlock()
		close(c.done)
	}

	c, got := start(context.Background())
	select {
	case r := <-got:
		t.Fatalf("returned %+v before the background check ended", r)
	case <-time.After(50 * time.Millisecond):
	}
	end(c, Summary{Stored: 3}, nil)
	if r := <-got; r.err != nil || r.sum.Stored != 3 {
		t.Errorf("got %+v, want the background check's 3 stored", r)
	}

	// The clerk leaves the window meanwhile: the wait ends with them.
	ctx, cancel := context.WithCancel(context.Background())
	c, got = start(ctx)
	cancel()
	if r := <-got; !errors.Is(r.err, context.Canceled) {
		t.Errorf("got %+v, want the wait cancelled", r)
	}
	end(c, Summary{}, nil)
}
