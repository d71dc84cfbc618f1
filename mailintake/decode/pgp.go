package decode

import "strings"

// OpenPGP's armour (RFC 9580 §6.2) as it stands in a message's text when the sender's program
// signed or encrypted the text itself rather than the MIME parts (Mailvelope, Enigmail inline).
const (
	armorSigned    = "-----BEGIN PGP SIGNED MESSAGE-----"
	armorSignature = "-----BEGIN PGP SIGNATURE-----"
	armorSigEnd    = "-----END PGP SIGNATURE-----"
	armorMessage   = "-----BEGIN PGP MESSAGE-----"
)

// clearSigned is the text of a message signed in clear (RFC 9580 §7) as the sender wrote it:
// without the armour's lines and the signature, with the dashes that open a line unescaped.
// Any other text is returned as it is.
func clearSigned(text string) string {
	lead := strings.TrimLeft(text, " \t\n")
	if !strings.HasPrefix(lead, armorSigned+"\n") {
		return text
	}
	lines := strings.Split(lead, "\n")[1:]
	// The armour headers ("Hash: SHA256") up to a blank line.
	for len(lines) > 0 && strings.TrimSpace(lines[0]) != "" {
		lines = lines[1:]
	}
	var out []string
	inSignature := false
	for _, l := range lines {
		switch {
		case strings.TrimSpace(l) == armorSignature:
			inSignature = true
		case strings.TrimSpace(l) == armorSigEnd:
			inSignature = false
		case inSignature:
		default:
			out = append(out, strings.TrimPrefix(l, "- "))
		}
	}
	return strings.Trim(strings.Join(out, "\n"), "\n")
}

// inlineEncrypted says whether a text is an OpenPGP encrypted message in armour and nothing before it.
func inlineEncrypted(text string) bool {
	return strings.HasPrefix(strings.TrimSpace(text), armorMessage)
}
