package mailintake

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"complaintdesk/data"
)

// The account's Secret column holds either a reference into the operating system's credential
// store ("os:<target>") or the password encrypted with a key kept outside the database
// ("aes:<base64 nonce+ciphertext>"), never the password itself.
const (
	secretOS  = "os:"
	secretAES = "aes:"
	keyFile   = "mail.key"
	aesAAD    = "complaintdesk mail password"
)

// ErrNoPassword means the account has no password stored yet.
var ErrNoPassword = errors.New("no password is stored for this mail account")

// ErrPasswordUnreadable means a password was stored but cannot be read back on this computer:
// the database came from another computer, or its key or credential went missing. Entering the
// password again fixes it; where, the window and complaintctl each say.
var ErrPasswordUnreadable = errors.New("the password stored for this mail account cannot be read on this computer")

// SetPassword keeps the password for the account — in the credential store where the system has
// one, else encrypted — and sets acct.Secret to say where. Save the account afterwards.
func SetPassword(acct *data.MailAccount, password string) error {
	target := credentialTarget(acct)
	if ok, err := osStorePassword(target, password); ok || err != nil {
		if err != nil {
			return fmt.Errorf("mail: store password: %w", err)
		}
		acct.Secret = secretOS + target
		return nil
	}
	enc, err := encryptPassword(password)
	if err != nil {
		return fmt.Errorf("mail: store password: %w", err)
	}
	acct.Secret = secretAES + enc
	return nil
}

// Password reads the account's password back.
func Password(acct *data.MailAccount) (string, error) {
	switch {
	case strings.HasPrefix(acct.Secret, secretOS):
		p, err := osLoadPassword(strings.TrimPrefix(acct.Secret, secretOS))
		if err != nil {
			return "", fmt.Errorf("%w (credential store: %v)", ErrPasswordUnreadable, err)
		}
		return p, nil
	case strings.HasPrefix(acct.Secret, secretAES):
		p, err := decryptPassword(strings.TrimPrefix(acct.Secret, secretAES))
		if err != nil {
			return "", fmt.Errorf("%w (%v)", ErrPasswordUnreadable, err)
		}
		return p, nil
	}
	return "", ErrNoPassword
}

func credentialTarget(acct *data.MailAccount) string {
	return fmt.Sprintf("ComplaintDesk/mail/%s@%s:%d", acct.Username, acct.Host, acct.Port)
}

// keyPath is the key file in the user's configuration folder, next to the database.
func keyPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no user configuration folder: %w", err)
	}
	return filepath.Join(dir, "ComplaintDesk", keyFile), nil
}

// loadKey reads the key, creating it (readable by the user only) on first use. A key file that
// is damaged (left empty by a full disk or a power cut when it was made) decrypts nothing: when
// a password is being stored it is set aside and a new key made, so that typing the password
// again mends it.
func loadKey(create bool) ([]byte, error) {
	path, err := keyPath()
	if err != nil {
		return nil, err
	}
	key, err := os.ReadFile(path)
	switch {
	case err == nil && len(key) == 32:
		return key, nil
	case err == nil && !create:
		return nil, fmt.Errorf("the key file %s is damaged", path)
	case err == nil:
		if err := os.Rename(path, path+".damaged"); err != nil {
			return nil, fmt.Errorf("the key file %s is damaged and cannot be replaced: %w", path, err)
		}
	case !errors.Is(err, fs.ErrNotExist) || !create:
		return nil, fmt.Errorf("read key file: %w", err)
	}
	key = make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create key folder: %w", err)
	}
	// Written whole to a file of its own and on the disk before it takes the key's name, which
	// no other process can have taken meanwhile: a key file is never half written.
	f, err := os.CreateTemp(filepath.Dir(path), keyFile+".*")
	if err != nil {
		return nil, fmt.Errorf("create key file: %w", err)
	}
	defer os.Remove(f.Name())
	if err := f.Chmod(0o600); err != nil && runtime.GOOS != "windows" {
		f.Close()
		return nil, fmt.Errorf("create key file: %w", err)
	}
	_, err = f.Write(key)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("write key file: %w", err)
	}
	if err := os.Link(f.Name(), path); errors.Is(err, fs.ErrExist) {
		return loadKey(false) // another process made it first: theirs is the key
	} else if err != nil {
		return nil, fmt.Errorf("create key file: %w", err)
	}
	return key, nil
}

func gcm(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

func encryptPassword(password string) (string, error) {
	key, err := loadKey(true)
	if err != nil {
		return "", err
	}
	aead, err := gcm(key)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	sealed := aead.Seal(nonce, nonce, []byte(password), []byte(aesAAD))
	return base64.StdEncoding.EncodeToString(sealed), nil
}

func decryptPassword(enc string) (string, error) {
	sealed, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		return "", fmt.Errorf("the stored password is damaged: %w", err)
	}
	key, err := loadKey(false)
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist) && errors.As(err, &pe):
		return "", fmt.Errorf("its key file %s is missing", pe.Path)
	case errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("its key file is missing: %w", err)
	case err != nil:
		return "", err // says the key file is damaged, or why it cannot be read
	}
	aead, err := gcm(key)
	if err != nil {
		return "", err
	}
	if len(sealed) < aead.NonceSize() {
		return "", errors.New("the stored password is damaged")
	}
	plain, err := aead.Open(nil, sealed[:aead.NonceSize()], sealed[aead.NonceSize():], []byte(aesAAD))
	if err != nil {
		return "", errors.New("it was encrypted with another computer's key")
	}
	return string(plain), nil
}
