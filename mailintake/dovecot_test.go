package mailintake

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"complaintdesk/data"
)

// dovecot is a real IMAP server owned by the test binary: its own config, a plain listener and
// a TLS listener on free loopback ports, one user and Maildir per test.
type dovecot struct {
	dir      string
	conf     string
	password string // every user's: each test has its own user and mailbox
	port     int
	tlsPort  int
	roots    *x509.CertPool // trusts the server certificate, which is for "localhost" only
	cmd      *exec.Cmd
	uid, gid int
	users    atomic.Int64
}

var (
	sharedOnce sync.Once
	shared     *dovecot
	sharedErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.stop()
	}
	os.Exit(code)
}

// server starts the package's Dovecot on first use.
func server(t testing.TB) *dovecot {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = startDovecot() })
	if sharedErr != nil {
		t.Fatalf("start dovecot: %v", sharedErr)
	}
	return shared
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func startDovecot() (*dovecot, error) {
	bin := "/usr/sbin/dovecot"
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("dovecot is not installed (apt package dovecot-imapd): %w", err)
	}
	// A short path: Dovecot's sockets live under base_dir and socket paths are limited.
	dir, err := os.MkdirTemp("", "dv")
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		return nil, err
	}
	d := &dovecot{dir: dir, conf: filepath.Join(dir, "dovecot.conf")}
	// Dovecot refuses to run mail processes as root: the mailboxes belong to nobody then.
	d.uid, d.gid = os.Getuid(), os.Getgid()
	internal, login := "dovecot", "dovenull"
	if d.uid == 0 {
		d.uid, d.gid = 65534, 65534
	} else {
		u, err := user.Current()
		if err != nil {
			return nil, err
		}
		internal, login = u.Username, u.Username
	}
	if d.port, err = freePort(); err != nil {
		return nil, err
	}
	if d.tlsPort, err = freePort(); err != nil {
		return nil, err
	}
	certFile, keyFile, roots, err := writeCert(dir)
	if err != nil {
		return nil, err
	}
	d.roots = roots
	pw := make([]byte, 12)
	if _, err := rand.Read(pw); err != nil {
		return nil, err
	}
	d.password = fmt.Sprintf("%x", pw)
	conf := fmt.Sprintf(`base_dir = %[1]s/run
state_dir = %[1]s/state
instance_name = complaintdesk-test-%[2]d
protocols = imap
listen = 127.0.0.1
log_path = %[1]s/dovecot.log
ssl = yes
ssl_cert = <%[3]s
ssl_key = <%[4]s
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:%[1]s/home/%%u/Maildir
default_internal_user = %[5]s
default_login_user = %[6]s
first_valid_uid = 1
passdb {
  driver = static
  args = password=%[7]s
}
userdb {
  driver = static
  args = uid=%[8]d gid=%[9]d home=%[1]s/home/%%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %[10]d
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %[11]d
    ssl = yes
  }
  chroot =
}
service anvil {
  chroot =
}
`, dir, d.port, certFile, keyFile, internal, login, d.password, d.uid, d.gid, d.port, d.tlsPort)
	if err := os.WriteFile(d.conf, []byte(conf), 0o644); err != nil {
		return nil, err
	}
	d.cmd = exec.Command(bin, "-F", "-c", d.conf)
	d.cmd.Stdout, d.cmd.Stderr = os.Stderr, os.Stderr
	if err := d.cmd.Start(); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", d.port), time.Second)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			d.stop()
			log, _ := os.ReadFile(filepath.Join(dir, "dovecot.log"))
			return nil, fmt.Errorf("dovecot did not start listening: %v\n%s", err, log)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return d, nil
}

// stop ends Dovecot and waits for it: it takes over a second to exit.
func (d *dovecot) stop() {
	if d.cmd != nil && d.cmd.Process != nil {
		_ = d.cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = d.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = d.cmd.Process.Kill()
			<-done
		}
	}
	os.RemoveAll(d.dir)
}

// writeCert makes a CA and a server certificate for "localhost" (no IP names, so connecting
// to 127.0.0.1 is a certificate mismatch).
func writeCert(dir string) (certFile, keyFile string, roots *x509.CertPool, err error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return
	}
	now := time.Now()
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Complaint Desk test CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		return
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "localhost"},
		DNSNames: []string{"localhost"}, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		return
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return
	}
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err = os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		return
	}
	if err = os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		return
	}
	roots = x509.NewCertPool()
	roots.AddCert(ca)
	return certFile, keyFile, roots, nil
}

// mailbox is one test's user on the shared server.
type mailbox struct {
	d        *dovecot
	user     string
	password string
	maildir  string
	seq      int
}

func newMailbox(t testing.TB) *mailbox {
	t.Helper()
	d := server(t)
	n := d.users.Add(1)
	mb := &mailbox{d: d, user: fmt.Sprintf("clerk%d", n), password: d.password}
	mb.maildir = filepath.Join(d.dir, "home", mb.user, "Maildir")
	for _, sub := range []string{"new", "cur", "tmp"} {
		if err := os.MkdirAll(filepath.Join(mb.maildir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	d.chown(t, filepath.Join(d.dir, "home"))
	return mb
}

func (d *dovecot) chown(t testing.TB, root string) {
	t.Helper()
	err := filepath.Walk(root, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, d.uid, d.gid)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// deliver puts a message into the mailbox as a mail server would; arrived is its INTERNALDATE.
func (mb *mailbox) deliver(t testing.TB, raw []byte, arrived time.Time) {
	t.Helper()
	mb.deliverTo(t, "", raw, arrived)
}

func (mb *mailbox) deliverTo(t testing.TB, folder string, raw []byte, arrived time.Time) {
	t.Helper()
	mb.seq++
	dir := mb.maildir
	if folder != "" {
		dir = filepath.Join(mb.maildir, "."+folder)
		for _, sub := range []string{"new", "cur", "tmp"} {
			if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	name := filepath.Join(dir, "new", fmt.Sprintf("%d.M%dP%d.test", arrived.Unix(), mb.seq, os.Getpid()))
	if err := os.WriteFile(name, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(name, arrived, arrived); err != nil {
		t.Fatal(err)
	}
	if mb.seq == 1 || folder != "" {
		mb.d.chown(t, dir)
	} else if err := os.Lchown(name, mb.d.uid, mb.d.gid); err != nil {
		t.Fatal(err)
	}
}

// account is a saved account for the mailbox, reached over the plain loopback listener.
func (mb *mailbox) account(t testing.TB, store *data.Store, edit func(a *data.MailAccount)) *data.MailAccount {
	t.Helper()
	a := data.MailAccount{Host: "127.0.0.1", Port: mb.d.port, Security: data.SecurityNone, Username: mb.user,
		Active: true}
	if edit != nil {
		edit(&a)
	}
	if err := SetPassword(&a, mb.password); err != nil {
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

func itoa(n int) string { return strconv.Itoa(n) }
