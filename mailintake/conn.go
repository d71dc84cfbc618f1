// Package mailintake imports complaint email from an office mailbox over IMAP: connect, fetch
// new messages in batches, decode them (charsets, attachments, HTML), and hand them to the case
// file, which stores each message with everything derived from it in one transaction.
package mailintake

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"complaintdesk/data"

	"github.com/emersion/go-imap"
	"github.com/emersion/go-imap/client"
)

// Step is the stage of talking to the mail server at which something failed.
type Step string

const (
	StepDNS     Step = "dns"     // the host name does not resolve
	StepConnect Step = "connect" // refused, unreachable or no answer
	StepTLS     Step = "tls"     // the secure connection could not be set up or the certificate is wrong
	StepLogin   Step = "login"   // user name or password rejected
	StepFolder  Step = "folder"  // the folder does not exist or cannot be opened
	StepFetch   Step = "fetch"   // the connection broke while reading mail
	StepServer  Step = "server"  // marking or moving imported mail failed
	StepCommand Step = "command" // the server refused a command of the check (Detail: its words)
)

// Steps lists every Step.
var Steps = []Step{StepDNS, StepConnect, StepTLS, StepLogin, StepFolder, StepFetch, StepServer, StepCommand}

// Reason narrows a failed step down to what the clerk can do about it.
type Reason string

const (
	ReasonTimeout       Reason = "timeout"        // connect: no answer on the port
	ReasonRefused       Reason = "refused"        // connect: nothing listens on the port
	ReasonClosed        Reason = "closed"         // connect: the server hung up before the login
	ReasonSilent        Reason = "silent"         // connect: it took the connection and said nothing (a TLS port)
	ReasonCertName      Reason = "cert_name"      // tls: the certificate is for other names (Detail)
	ReasonCertAuthority Reason = "cert_authority" // tls: signed by no authority this computer trusts
	ReasonCertExpired   Reason = "cert_expired"   // tls
	ReasonCertInvalid   Reason = "cert_invalid"   // tls: otherwise not valid (Detail says how)
	ReasonNotTLS        Reason = "not_tls"        // tls: the port speaks plain text
	ReasonPlainRemote   Reason = "plain_remote"   // tls: no encryption asked for a server elsewhere
	ReasonNoSTARTTLS    Reason = "no_starttls"    // tls: the server does not offer STARTTLS
	ReasonOAuthOnly     Reason = "oauth_only"     // login: Microsoft's servers take no password over IMAP
	ReasonAuthCode      Reason = "auth_code"      // login: a Chinese mail service that wants its authorisation code
	ReasonNoMove        Reason = "no_move"        // server: it has neither MOVE nor UIDPLUS
	ReasonLost          Reason = "lost"           // server: the connection was lost while marking or moving
	ReasonMoveTo        Reason = "move_to"        // folder: the folder to move imported mail to is not there yet
)

// Reasons lists the reasons each step can have.
var Reasons = map[Step][]Reason{
	StepConnect: {ReasonTimeout, ReasonRefused, ReasonClosed, ReasonSilent},
	StepTLS: {ReasonCertName, ReasonCertAuthority, ReasonCertExpired, ReasonCertInvalid, ReasonNotTLS,
		ReasonPlainRemote, ReasonNoSTARTTLS},
	StepLogin:  {ReasonOAuthOnly, ReasonAuthCode},
	StepFolder: {ReasonMoveTo},
	StepServer: {ReasonNoMove, ReasonLost},
}

// ConnError says which step of talking to the mail server failed, in one sentence the clerk can
// act on; the window translates it by Step and Reason.
type ConnError struct {
	Step   Step
	Reason Reason // "" when the step failed otherwise
	Host   string
	Port   int
	Folder string
	// Detail is what exactly: the names the certificate is for (cert_name), what is wrong with
	// it (cert_invalid), the error of a secure connection that failed for another reason, what
	// the server said when it refused the login, or the folders the server has, one per line,
	// when the folder was not found.
	Detail string
	Err    error
}

func (e *ConnError) Error() string {
	switch e.Step {
	case StepDNS:
		return fmt.Sprintf("the mail server name %q could not be found: check the host name", e.Host)
	case StepConnect:
		if e.Reason == ReasonTimeout {
			return fmt.Sprintf("the mail server %s did not answer on port %d", e.Host, e.Port)
		}
		if e.Reason == ReasonSilent {
			return fmt.Sprintf("the mail server %s took the connection on port %d but sent no greeting: the port may expect TLS from the start, as port 993 does; choose SSL/TLS, or STARTTLS on port 143", e.Host, e.Port)
		}
		if e.Reason == ReasonClosed {
			return fmt.Sprintf("the mail server %s took the connection and closed it before the login: it may not be running, or it limits how many connections it takes at once; try again later", e.Host)
		}
		return fmt.Sprintf("the mail server %s refused the connection on port %d: it may not be running, or the port or security setting is wrong", e.Host, e.Port)
	case StepTLS:
		why := map[Reason]string{
			ReasonCertName:      fmt.Sprintf("the server's certificate is for %s, not %s: enter the server by the name on its certificate", e.Detail, e.Host),
			ReasonCertAuthority: "the server's certificate is not signed by an authority this computer trusts",
			ReasonCertExpired:   "the server's certificate has expired",
			ReasonCertInvalid:   "the server's certificate is not valid: " + e.Detail,
			ReasonNotTLS:        "the server does not speak SSL/TLS on this port: choose STARTTLS if the server offers it there, or else check the port (SSL/TLS is usually on port 993)",
			ReasonPlainRemote:   "an unencrypted connection is only allowed to this computer; choose SSL/TLS or STARTTLS",
			ReasonNoSTARTTLS:    "the server answers on this port without encryption and does not offer STARTTLS: the port may be wrong (SSL/TLS is usually on port 993, STARTTLS on 143), or the server is not encrypted at all",
		}[e.Reason]
		if why == "" {
			why = e.Detail
		}
		return fmt.Sprintf("the secure connection to %s failed: %s", e.Host, why)
	case StepLogin:
		if e.Reason == ReasonOAuthOnly {
			return fmt.Sprintf("the mail server %s takes no password over IMAP (Microsoft 365 and Outlook.com want an OAuth sign-in, which this program does not do): forward the mail to a mailbox it can read", e.Host)
		}
		msg := fmt.Sprintf("the mail server %s rejected the user name or password", e.Host)
		if e.Reason == ReasonAuthCode {
			msg = fmt.Sprintf("the mail server %s refused the login: QQ Mail, Tencent Exmail, NetEase and similar services read over IMAP only once IMAP is turned on in the webmail's settings, and take the authorisation code generated there, not the webmail password", e.Host)
		}
		if e.Detail != "" {
			return fmt.Sprintf("%s (it said: %s)", msg, e.Detail)
		}
		return msg
	case StepFolder:
		if e.Reason == ReasonMoveTo {
			return fmt.Sprintf("the folder to move imported mail to, %q, is not on the mail server %s yet; the first check that moves mail creates it", e.Folder, e.Host)
		}
		if e.Detail != "" {
			return fmt.Sprintf("the folder %q does not exist on the mail server %s; its folders are: %s", e.Folder, e.Host,
				strings.Join(strings.Split(e.Detail, "\n"), ", "))
		}
		return fmt.Sprintf("the folder %q does not exist on the mail server %s", e.Folder, e.Host)
	case StepFetch:
		return fmt.Sprintf("the connection to %s was lost while reading mail; the next check continues where this one stopped", e.Host)
	case StepCommand:
		return fmt.Sprintf("the mail server %s refused part of the check (it said: %s); the next check tries again", e.Host, e.Detail)
	case StepServer:
		if e.Reason == ReasonNoMove {
			return fmt.Sprintf("the mail server %s can move mail to another folder only by erasing every message marked as deleted, other programs' too: imported mail stays in the folder; choose \"mark as read\" or \"leave on the server\"", e.Host)
		}
		if e.Reason == ReasonLost {
			return fmt.Sprintf("the connection to %s was lost while imported mail was being marked or moved on it; the mail is stored, and the next check marks or moves it", e.Host)
		}
		return fmt.Sprintf("imported mail could not be marked or moved on %s (%v); it will be tried again at the next check", e.Host, e.Err)
	}
	return fmt.Sprintf("mail server %s: %v", e.Host, e.Err)
}

func (e *ConnError) Unwrap() error { return e.Err }

// Options tune a connection; the zero value is right for the window.
type Options struct {
	// Password; when empty it is read from where SetPassword kept it.
	Password string
	// RootCAs are trusted in addition to nothing else when set (a company CA); nil: the system's.
	RootCAs *x509.CertPool
	// Timeout bounds connecting and each command; default one minute.
	Timeout time.Duration
	// BatchSize and BatchBytes bound one fetch and one transaction; defaults 200 and 8 MB.
	BatchSize  int
	BatchBytes int64
	// Progress is told, as each new message comes from the server and as it is stored, how far
	// the check has come; it is called from more than one goroutine.
	Progress func(Progress)
}

// Progress is how far a check has come: of Total new messages, Fetched came from the server and
// Stored are in the database.
type Progress struct{ Fetched, Stored, Total int }

func (o *Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return time.Minute
}

// session is a logged-in connection.
type session struct {
	c    *client.Client
	acct *data.MailAccount
	// delim is the server's hierarchy delimiter, once asked for (mailboxName); "" before.
	delim *string
	// answers are the office's sent answers a check found no stored mail for: they may answer
	// mail the same check imports from the inbox after them, and are looked at again then.
	answers []uint32
	// recheck is set while they are.
	recheck bool
}

// mailboxName is a folder as the server names it: "归档/2026", typed as the webmail shows a
// folder inside another, with the server's own delimiter instead of "/" ("归档.2026" on a
// Dovecot or Courier that separates with dots, which refuses "/" in a name).
func (s *session) mailboxName(folder string) string {
	if !strings.Contains(folder, "/") {
		return folder
	}
	if s.delim == nil {
		d := ""
		ch := make(chan *imap.MailboxInfo, 4)
		done := make(chan error, 1)
		go func() { done <- s.c.List("", "", ch) }()
		for m := range ch {
			d = m.Delimiter
		}
		if <-done != nil {
			return folder // asked again at the next command
		}
		s.delim = &d
	}
	if *s.delim == "" || *s.delim == "/" {
		return folder
	}
	return strings.ReplaceAll(folder, "/", *s.delim)
}

// connect dials, secures and logs in, classifying every failure.
func connect(ctx context.Context, acct *data.MailAccount, opts Options) (*session, error) {
	password := opts.Password
	if password == "" {
		p, err := Password(acct)
		if err != nil {
			return nil, err
		}
		password = p
	}
	switch acct.Security {
	case data.SecurityTLS, data.SecuritySTARTTLS:
	case data.SecurityNone:
		if err := refusePlain(acct); err != nil {
			return nil, err
		}
	default:
		// Anything else would go on unencrypted, the password with it.
		return nil, fmt.Errorf("mail: unknown security %q (tls, starttls, none)", acct.Security)
	}
	fail := func(step Step, err error) error {
		return classify(&ConnError{Step: step, Host: acct.Host, Port: acct.Port, Folder: acct.Folder, Err: err})
	}
	d := net.Dialer{Timeout: opts.timeout()}
	raw, err := d.DialContext(ctx, "tcp", net.JoinHostPort(acct.Host, strconv.Itoa(acct.Port)))
	if err != nil {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) {
			return nil, fail(StepDNS, err)
		}
		return nil, fail(StepConnect, err)
	}
	conn := raw
	tlsConfig := &tls.Config{ServerName: strings.Trim(acct.Host, "[]"), InsecureSkipVerify: acct.SkipVerify,
		RootCAs: opts.RootCAs, MinVersion: tls.VersionTLS12}
	_ = raw.SetDeadline(time.Now().Add(opts.timeout()))
	if acct.Security == data.SecurityTLS {
		tc := tls.Client(raw, tlsConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				return nil, fail(StepConnect, err) // nothing answered on the port
			}
			if connLost(err) {
				// Something took the connection and dropped it (a server that is down behind a
				// firewall or proxy): no fault of the encryption.
				return nil, &ConnError{Step: StepConnect, Reason: ReasonClosed, Host: acct.Host, Port: acct.Port, Err: err}
			}
			return nil, fail(StepTLS, err)
		}
		conn = tc
	}
	if acct.Security != data.SecurityTLS {
		// A server greets at once; one that waits is waiting for a TLS handshake, and the clerk
		// hears so sooner.
		_ = raw.SetReadDeadline(time.Now().Add(min(opts.timeout(), 10*time.Second)))
	}
	c, err := client.New(conn)
	if err != nil {
		conn.Close()
		var ne net.Error
		if acct.Security != data.SecurityTLS && errors.As(err, &ne) && ne.Timeout() {
			return nil, &ConnError{Step: StepConnect, Reason: ReasonSilent, Host: acct.Host, Port: acct.Port, Err: err}
		}
		if errors.Is(err, io.EOF) {
			// It took the connection and hung up at once, or before its greeting.
			return nil, &ConnError{Step: StepConnect, Reason: ReasonClosed, Host: acct.Host, Port: acct.Port, Err: err}
		}
		return nil, fail(StepConnect, err)
	}
	if c.State() == imap.LogoutState {
		// Greeted with BYE ("too many connections from your IP").
		conn.Close()
		return nil, &ConnError{Step: StepConnect, Reason: ReasonClosed, Host: acct.Host, Port: acct.Port}
	}
	_ = raw.SetDeadline(time.Time{})
	c.ErrorLog = log.New(io.Discard, "", 0)
	c.Timeout = opts.timeout()
	s := &session{c: c, acct: acct}
	if acct.Security == data.SecuritySTARTTLS {
		if ok, _ := c.SupportStartTLS(); !ok {
			s.close()
			return nil, &ConnError{Step: StepTLS, Reason: ReasonNoSTARTTLS, Host: acct.Host, Port: acct.Port}
		}
		if err := c.StartTLS(tlsConfig); err != nil {
			s.close()
			var ne net.Error
			if connLost(err) && !(errors.As(err, &ne) && ne.Timeout()) {
				return nil, &ConnError{Step: StepConnect, Reason: ReasonClosed, Host: acct.Host, Port: acct.Port, Err: err}
			}
			return nil, fail(StepTLS, err)
		}
	}
	if c.State() == imap.AuthenticatedState {
		// PREAUTH: a tunnel that logged in already.
		s.identify()
		return s, nil
	}
	if err := c.Login(acct.Username, password); err != nil {
		lost := connLost(err)
		s.close()
		if lost && !isNetErr(err) {
			// A server that greets and then hangs up (a "BYE, too many connections") said
			// nothing of the password.
			return nil, &ConnError{Step: StepConnect, Reason: ReasonClosed, Host: acct.Host, Port: acct.Port, Err: err}
		}
		if lost {
			return nil, fail(StepConnect, err)
		}
		return nil, fail(StepLogin, err)
	}
	s.identify()
	return s, nil
}

// identify tells a server that knows ID (RFC 2971) which program this is. NetEase mail (163, 126
// and its enterprise mail, common in Chinese offices) opens no folder for a client that has not
// ("Unsafe Login"). A server that answers badly is not a reason to stop: the next command says
// whether the connection is still good.
func (s *session) identify() {
	if ok, _ := s.c.Support("ID"); !ok {
		return
	}
	_ = s.execute(&rawCommand{name: "ID", args: []interface{}{[]interface{}{"name", "ComplaintDesk", "vendor", "Complaint Desk"}}})
}

// classify fills in the detail a clerk needs for the common failures.
func classify(e *ConnError) error {
	var host x509.HostnameError
	var unknown x509.UnknownAuthorityError
	var invalid x509.CertificateInvalidError
	var recErr tls.RecordHeaderError
	var opErr *net.OpError
	switch {
	case errors.As(e.Err, &host):
		names := host.Certificate.DNSNames
		if len(names) == 0 && host.Certificate.Subject.CommonName != "" {
			names = []string{host.Certificate.Subject.CommonName}
		}
		e.Reason, e.Detail = ReasonCertName, strings.Join(names, ", ")
	case errors.As(e.Err, &unknown):
		e.Reason = ReasonCertAuthority
	case errors.As(e.Err, &invalid) && invalid.Reason == x509.Expired:
		e.Reason = ReasonCertExpired
	case errors.As(e.Err, &invalid):
		e.Reason, e.Detail = ReasonCertInvalid, invalid.Detail
		if e.Detail == "" {
			e.Detail = invalid.Error()
		}
	case errors.As(e.Err, &recErr):
		e.Reason = ReasonNotTLS
	case e.Step == StepConnect && errors.As(e.Err, &opErr) && opErr.Timeout():
		e.Reason = ReasonTimeout
	case e.Step == StepConnect && errors.Is(e.Err, syscall.ECONNREFUSED):
		e.Reason = ReasonRefused
	case e.Step == StepTLS && e.Err != nil:
		e.Detail = e.Err.Error()
	case e.Step == StepLogin && oauthOnly(e.Host):
		e.Reason = ReasonOAuthOnly
	case e.Step == StepLogin && e.Err != nil:
		// The server's own words often say what it wants ("use an authorisation code").
		e.Detail = strings.TrimSpace(e.Err.Error())
		if authCode(e.Host) {
			e.Reason = ReasonAuthCode
		}
	}
	return e
}

// authCode tells the mail services common in China that take, over IMAP, not the password of
// their web mail but an authorisation code (授权码) or client password generated in its settings,
// once IMAP is turned on there: QQ Mail and Tencent Exmail, NetEase's 163, 126, yeah.net and 188,
// Sina, Sohu, Aliyun, and the carriers' 139 and 189.
func authCode(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	for _, suffix := range []string{"qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "188.com",
		"sina.com", "sina.cn", "sina.net", "sohu.com", "aliyun.com", "139.com", "189.cn"} {
		if h == suffix || strings.HasSuffix(h, "."+suffix) {
			return true
		}
	}
	return false
}

// oauthOnly tells Microsoft's mail servers (Microsoft 365, Outlook.com, and 21Vianet's in
// China), which have turned password logins over IMAP off: a refused login there is not a
// wrong password.
func oauthOnly(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	for _, suffix := range []string{"office365.com", "outlook.com", "outlook.office.com", "outlook.cn"} {
		if h == suffix || strings.HasSuffix(h, "."+suffix) {
			return true
		}
	}
	return false
}

func isNetErr(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, net.ErrClosed) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE)
}

// selectFolder opens a folder of the account, read-only unless imported mail is marked or moved
// there.
func (s *session) selectFolder(folder string, readOnly bool) (*imap.MailboxStatus, error) {
	mbox, err := s.c.Select(s.mailboxName(folder), readOnly)
	if err != nil {
		if connLost(err) {
			return nil, &ConnError{Step: StepFetch, Host: s.acct.Host, Port: s.acct.Port, Folder: folder, Err: err}
		}
		ce := s.noFolder(folder, err)
		if slices.Contains(strings.Split(ce.Detail, "\n"), folder) || strings.EqualFold(folder, "INBOX") && ce.Detail != "" {
			// The folder is there: the server would not open it now ("[UNAVAILABLE]", "[INUSE]").
			return nil, s.refused(err)
		}
		return nil, ce
	}
	return mbox, nil
}

// noFolder is the error for a folder the server does not have, naming the folders it has (as
// far as it lists them) as the clerk types them, one inside another after a "/", so that the
// clerk can pick the right one.
func (s *session) noFolder(folder string, err error) *ConnError {
	ce := &ConnError{Step: StepFolder, Host: s.acct.Host, Port: s.acct.Port, Folder: folder, Err: err}
	ch := make(chan *imap.MailboxInfo, 16)
	done := make(chan error, 1)
	go func() { done <- s.c.List("", "*", ch) }()
	var names []string
	for m := range ch {
		if !slices.Contains(m.Attributes, imap.NoSelectAttr) && len(names) < maxListedFolders {
			name := m.Name
			if m.Delimiter != "" && m.Delimiter != "/" && !strings.Contains(name, "/") {
				name = strings.ReplaceAll(name, m.Delimiter, "/")
			}
			names = append(names, name)
		}
	}
	if <-done == nil {
		slices.Sort(names)
		ce.Detail = strings.Join(names, "\n")
	}
	return ce
}

// maxListedFolders bounds the folders an error names: a shared mailbox can have thousands.
const maxListedFolders = 30

func (s *session) close() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		if s.c.State() != imap.LogoutState {
			_ = s.c.Logout()
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = s.c.Terminate()
	}
}

// refusePlain is the error of an unencrypted connection to another computer that the clerk has
// not explicitly allowed.
func refusePlain(acct *data.MailAccount) error {
	if acct.Security == data.SecurityNone && !data.IsLoopback(acct.Host) && !acct.AllowPlain {
		return &ConnError{Step: StepTLS, Reason: ReasonPlainRemote, Host: acct.Host, Port: acct.Port}
	}
	return nil
}

// TestConnection connects, logs in and opens the folder (and the sent-mail folder), then
// disconnects. The error is a *ConnError naming the step that failed (DNS, refused, TLS, login,
// folder), or what is wrong with the account itself (an unknown security, no user name) before
// anything is tried. The account need not be saved: what is left empty is tried with the
// defaults saving would fill in.
func TestConnection(ctx context.Context, acct *data.MailAccount, opts Options) error {
	a := *acct
	// What the account says wrong is said before anything is tried; an unencrypted connection
	// elsewhere in the words of a connection that failed.
	err := a.Normalize(time.Now())
	if perr := refusePlain(&a); perr != nil {
		return perr
	}
	if err != nil {
		return err
	}
	acct = &a
	s, err := connect(ctx, acct, opts)
	if err != nil {
		return err
	}
	defer s.close()
	if _, err := s.selectFolder(acct.Folder, true); err != nil {
		return err
	}
	if acct.SentFolder != "" {
		if _, err := s.selectFolder(acct.SentFolder, true); err != nil {
			return err
		}
	}
	if acct.AfterImport == data.AfterMove {
		if err := s.canMove(); err != nil {
			return err
		}
		if _, err := s.c.Status(s.mailboxName(acct.MoveTo), []imap.StatusItem{imap.StatusMessages}); err != nil {
			if isNetErr(err) {
				return &ConnError{Step: StepFetch, Host: acct.Host, Port: acct.Port, Folder: acct.MoveTo, Err: err}
			}
			// The import creates it when it first moves mail there; the clerk hears which
			// folder is meant, in case another one was.
			ce := s.noFolder(acct.MoveTo, err)
			ce.Reason = ReasonMoveTo
			return ce
		}
	}
	return nil
}
