package mailintake

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"complaintdesk/data"
	"complaintdesk/mailintake/imaptest"
)

// The package's tests share one Dovecot, started on first use and stopped when they are done;
// each test has its own user and mailbox on it.
var (
	sharedOnce sync.Once
	shared     *imaptest.Server
	sharedErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.Stop()
	}
	os.Exit(code)
}

// server starts the package's Dovecot on first use.
func server(t testing.TB) *imaptest.Server {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = imaptest.Start() })
	if sharedErr != nil {
		t.Fatalf("start dovecot: %v", sharedErr)
	}
	return shared
}

// mailbox is one test's user on the shared server.
type mailbox struct{ *imaptest.Mailbox }

func newMailbox(t testing.TB) *mailbox { return &mailbox{server(t).NewMailbox(t)} }

func (mb *mailbox) deliver(t testing.TB, raw []byte, arrived time.Time) { mb.Deliver(t, raw, arrived) }

func (mb *mailbox) deliverTo(t testing.TB, folder string, raw []byte, arrived time.Time) {
	mb.DeliverTo(t, folder, raw, arrived)
}

// account is a saved account for the mailbox, reached over the plain loopback listener.
func (mb *mailbox) account(t testing.TB, store *data.Store, edit func(a *data.MailAccount)) *data.MailAccount {
	t.Helper()
	a := data.MailAccount{Host: "127.0.0.1", Port: mb.Server.Port, Security: data.SecurityNone, Username: mb.User,
		Active: true}
	if edit != nil {
		edit(&a)
	}
	if err := SetPassword(&a, mb.Password); err != nil {
		t.Fatal(err)
	}
	saved, err := store.SaveMailAccount(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return saved
}

// openStore is a fresh case file in a temp folder; the key file goes to a temp config folder.
func openStore(t testing.TB) *data.Store {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	t.Setenv("HOME", dir)
	s, err := data.Open(filepath.Join(dir, "complaintdesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
