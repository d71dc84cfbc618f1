package mailintake

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"complaintdesk/data"
)

// A password kept encrypted reads back; once its key is gone (the database moved to another
// computer), the check says the password must be entered again, not what file was missing.
func TestPasswordUnreadableOnAnotherComputer(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" || runtime.GOOS == "ios" || runtime.GOOS == "plan9" {
		t.Skip("the key file lives under XDG_CONFIG_HOME only on Unix")
	}
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	acct := data.MailAccount{Host: "mail.example.cn", Port: 993, Username: "clerk"}
	if err := SetPassword(&acct, "密码 secret"); err != nil {
		t.Fatal(err)
	}
	if got, err := Password(&acct); err != nil || got != "密码 secret" {
		t.Fatalf("password read back as %q, %v", got, err)
	}
	if err := os.Remove(filepath.Join(cfg, "ComplaintDesk", keyFile)); err != nil {
		t.Fatal(err)
	}
	_, err := Password(&acct)
	if !errors.Is(err, ErrPasswordUnreadable) {
		t.Fatalf("without the key: %v, want ErrPasswordUnreadable", err)
	}
	if f := Failure(err); f.Step != string(StepNoPassword) || f.Reason != string(ReasonUnreadable) {
		t.Errorf("kept as step %q reason %q", f.Step, f.Reason)
	}
	// A password kept in another computer's credential store.
	acct.Secret = secretOS + credentialTarget(&acct)
	if _, err := Password(&acct); !errors.Is(err, ErrPasswordUnreadable) {
		t.Errorf("from a credential store this computer lacks: %v", err)
	}
	acct.Secret = ""
	if _, err := Password(&acct); !errors.Is(err, ErrNoPassword) {
		t.Errorf("with none kept: %v, want ErrNoPassword", err)
	}
}

// A key file left damaged (empty, after a full disk) is mended by typing the password again.
func TestDamagedKeyIsReplacedWhenThePasswordIsTypedAgain(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" || runtime.GOOS == "ios" || runtime.GOOS == "plan9" {
		t.Skip("the key file lives under XDG_CONFIG_HOME only on Unix")
	}
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	key := filepath.Join(cfg, "ComplaintDesk", keyFile)
	if err := os.MkdirAll(filepath.Dir(key), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(key, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	acct := data.MailAccount{Host: "mail.example.cn", Port: 993, Username: "clerk"}
	if err := SetPassword(&acct, "secret"); err != nil {
		t.Fatalf("typed again over a damaged key: %v", err)
	}
	if got, err := Password(&acct); err != nil || got != "secret" {
		t.Errorf("read back as %q, %v", got, err)
	}
	if fi, err := os.Stat(key); err != nil || fi.Size() != 32 || fi.Mode().Perm() != 0o600 {
		t.Errorf("key file %v %v", fi, err)
	}
	if left, _ := filepath.Glob(filepath.Join(cfg, "ComplaintDesk", keyFile+".*")); len(left) != 1 || filepath.Ext(left[0]) != ".damaged" {
		t.Errorf("left beside the key: %v", left)
	}
}
