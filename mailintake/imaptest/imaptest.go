// Package imaptest runs a real IMAP server for tests: Debian's Dovecot with its own config, a
// plain and a TLS listener on free loopback ports, and one user and Maildir per test. It stops
// only when told to; Dovecot takes over a second to exit.
package imaptest

import (
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
	"runtime"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/utf7"
)

// Server is a running Dovecot. Every user it knows has the same Password.
type Server struct {
	Dir      string
	Conf     string // its config file, for doveadm -c
	Password string
	Port     int            // plain IMAP, also offering STARTTLS
	TLSPort  int            // IMAP over TLS
	Roots    *x509.CertPool // trusts the server certificate, which is for "localhost" only
	cmd      *exec.Cmd
	exited   chan struct{} // closed once Dovecot has exited
	uid, gid int
	users    atomic.Int64
}

// FreePort is a loopback TCP port nobody listens on right now.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Start starts a Dovecot; it fails with a clear error when Dovecot is not installed.
func Start() (*Server, error) {
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
	d := &Server{Dir: dir, Conf: filepath.Join(dir, "dovecot.conf")}
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
	if d.Port, err = FreePort(); err != nil {
		return nil, err
	}
	if d.TLSPort, err = FreePort(); err != nil {
		return nil, err
	}
	certFile, keyFile, roots, err := writeCert(dir)
	if err != nil {
		return nil, err
	}
	d.Roots = roots
	pw := make([]byte, 12)
	if _, err := rand.Read(pw); err != nil {
		return nil, err
	}
	d.Password = fmt.Sprintf("%x", pw)
	conf := fmt.Sprintf(`base_dir = %[1]s/run
state_dir = %[1]s/state
instance_name = complaintdesk-test-%[2]d
protocols = imap
listen = 127.0.0.1
log_path = %[1]s/dovecot.log
imap_id_log = *
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
`, dir, d.Port, certFile, keyFile, internal, login, d.Password, d.uid, d.gid, d.Port, d.TLSPort)
	if err := os.WriteFile(d.Conf, []byte(conf), 0o644); err != nil {
		return nil, err
	}
	// Its output goes to a file, not to this process's: a Dovecot outliving a crashed test
	// would otherwise hold the test's output open.
	out, err := os.Create(filepath.Join(dir, "dovecot.out"))
	if err != nil {
		return nil, err
	}
	defer out.Close()
	d.cmd = exec.Command(bin, "-F", "-c", d.Conf)
	d.cmd.SysProcAttr = procAttr()
	d.cmd.Stdout, d.cmd.Stderr = out, out
	d.exited = make(chan struct{})
	started := make(chan error, 1)
	go func() {
		// Dovecot is told to stop should this process die without stopping it (see procAttr).
		// That signal follows the thread that started it, so the thread stays for Dovecot's life.
		runtime.LockOSThread()
		if err := d.cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		_ = d.cmd.Wait()
		close(d.exited)
	}()
	if err := <-started; err != nil {
		return nil, err
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", d.Port), time.Second)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			d.Stop()
			log, _ := os.ReadFile(filepath.Join(dir, "dovecot.log"))
			return nil, fmt.Errorf("dovecot did not start listening: %v\n%s", err, log)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return d, nil
}

// Stop ends Dovecot, waits for it (it takes over a second to exit) and removes its files.
func (d *Server) Stop() {
	if d.exited != nil {
		_ = d.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-d.exited:
		case <-time.After(20 * time.Second):
			_ = d.cmd.Process.Kill()
			<-d.exited
		}
	}
	os.RemoveAll(d.Dir)
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

// Mailbox is one test's user on a Server, with an empty INBOX.
type Mailbox struct {
	Server   *Server
	User     string
	Password string
	Maildir  string
	seq      int
}

// NewMailbox adds a user.
func (d *Server) NewMailbox(t testing.TB) *Mailbox {
	t.Helper()
	n := d.users.Add(1)
	mb := &Mailbox{Server: d, User: fmt.Sprintf("clerk%d", n), Password: d.Password}
	mb.Maildir = filepath.Join(d.Dir, "home", mb.User, "Maildir")
	for _, sub := range []string{"new", "cur", "tmp"} {
		if err := os.MkdirAll(filepath.Join(mb.Maildir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	d.Chown(t, filepath.Join(d.Dir, "home"))
	return mb
}

// Chown gives the files under root to the user the mail processes run as.
func (d *Server) Chown(t testing.TB, root string) {
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

// Deliver puts a message into the INBOX as a mail server would; arrived is its INTERNALDATE.
func (mb *Mailbox) Deliver(t testing.TB, raw []byte, arrived time.Time) {
	t.Helper()
	mb.DeliverTo(t, "", raw, arrived)
}

// DeliverTo puts a message into a folder ("" is the INBOX), creating the folder.
func (mb *Mailbox) DeliverTo(t testing.TB, folder string, raw []byte, arrived time.Time) {
	t.Helper()
	mb.seq++
	dir := mb.Maildir
	if folder != "" {
		// Dovecot keeps a folder under its name in modified UTF-7, as IMAP names it.
		encoded, err := utf7.Encoding.NewEncoder().String(folder)
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(mb.Maildir, "."+encoded)
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
		mb.Server.Chown(t, dir)
	} else if err := os.Lchown(name, mb.Server.uid, mb.Server.gid); err != nil {
		t.Fatal(err)
	}
}
