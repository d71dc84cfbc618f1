//go:build !windows

package mailintake

// osStorePassword reports that there is no system credential store to use here; the password is
// then kept encrypted with the key file.
func osStorePassword(target, password string) (bool, error) { return false, nil }

func osLoadPassword(target string) (string, error) { return "", ErrNoPassword }
