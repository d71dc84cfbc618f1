//go:build windows

package mailintake

import (
	"fmt"
	"unicode/utf16"

	"github.com/danieljoos/wincred"
)

// osStorePassword keeps the password in the Windows Credential Manager, per user.
func osStorePassword(target, password string) (bool, error) {
	cred := wincred.NewGenericCredential(target)
	cred.CredentialBlob = encodeUTF16(password)
	cred.Persist = wincred.PersistLocalMachine
	cred.Comment = "Complaint Desk mail account"
	if err := cred.Write(); err != nil {
		return true, fmt.Errorf("credential manager: %w", err)
	}
	return true, nil
}

func osLoadPassword(target string) (string, error) {
	cred, err := wincred.GetGenericCredential(target)
	if err != nil {
		return "", fmt.Errorf("credential manager: %w", err)
	}
	b := cred.CredentialBlob
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
	}
	return string(utf16.Decode(u)), nil
}

// encodeUTF16 writes the password as Windows itself stores credential blobs.
func encodeUTF16(s string) []byte {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 0, 2*len(u))
	for _, c := range u {
		b = append(b, byte(c), byte(c>>8))
	}
	return b
}
