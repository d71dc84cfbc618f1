package mailintake

import (
	"context"
	"errors"
	"testing"
	"time"

	"complaintdesk/data"
	"complaintdesk/mailintake/imaptest"
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

// An account whose settings changed is checked again at once, not an interval after its last
// check: the failure the clerk just put right does not stand for the rest of it.
func TestChangedAccountIsCheckedAtOnce(t *testing.T) {
	store := openStore(t)
	ctx := context.Background()
	port, err := imaptest.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	acct, err := store.SaveMailAccount(ctx, data.MailAccount{Name: "office", Host: "127.0.0.1", Port: port,
		Security: data.SecurityNone, Username: "clerk", PollInterval: time.Hour, Active: true})
	if err != nil {
		t.Fatal(err)
	}
	checks := make(chan error, 4)
	p := NewPoller(store, Options{}, func(_ *data.MailAccount, _ Summary, err error) { checks <- err })
	p.Start(ctx)
	defer p.Stop()
	wait := func(what string) {
		t.Helper()
		select {
		case err := <-checks:
			if err == nil {
				t.Errorf("%s: a check of a port nobody listens on went well", what)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no check", what)
		}
	}
	wait("the first check")
	p.Reload() // nothing changed: the hour has not passed
	select {
	case <-checks:
		t.Fatal("checked again before its interval without a change")
	case <-time.After(300 * time.Millisecond):
	}
	p.Changed(acct.ID)
	wait("the check after the change")
}
