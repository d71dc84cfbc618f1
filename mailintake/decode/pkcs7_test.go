package decode

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

// tlv is one DER element with a definite length.
func tlv(tag byte, value ...[]byte) []byte {
	v := bytes.Join(value, nil)
	var l []byte
	switch n := len(v); {
	case n < 0x80:
		l = []byte{byte(n)}
	case n < 0x100:
		l = []byte{0x81, byte(n)}
	default:
		l = []byte{0x82, byte(n >> 8), byte(n)}
	}
	return append(append([]byte{tag}, l...), v...)
}

// berOpen is one BER element with its length left open, ended by two zero octets.
func berOpen(tag byte, value ...[]byte) []byte {
	return append(append([]byte{tag, 0x80}, bytes.Join(value, nil)...), 0, 0)
}

var oidData = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01}

// signedData is CMS SignedData around content as a mail program writes it: in BER with open
// lengths and the content in chunks of chunk bytes (Thunderbird, Outlook), or in DER.
func signedData(content []byte, ber bool, chunk int) []byte {
	wrap := tlv
	if ber {
		wrap = berOpen
	}
	var octets []byte
	if ber {
		var chunks [][]byte
		for len(content) > 0 {
			n := min(chunk, len(content))
			chunks = append(chunks, tlv(0x04, content[:n]))
			content = content[n:]
		}
		octets = berOpen(0x24, chunks...)
	} else {
		octets = tlv(0x04, content)
	}
	digest := tlv(0x31, tlv(0x30, tlv(0x06, []byte{0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01}), []byte{0x05, 0x00}))
	sd := wrap(0x30, tlv(0x02, []byte{1}), digest, wrap(0x30, tlv(0x06, oidData), wrap(0xa0, octets)), tlv(0x31))
	return wrap(0x30, tlv(0x06, oidSignedData), wrap(0xa0, sd))
}

// A message signed the opaque way carries itself inside the signature: its text and files are
// read from there, in BER or DER, whatever the chunks cut; the signature stays listed.
func TestOpaqueSignedMessageIsRead(t *testing.T) {
	inner := "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"三号楼电梯坏了\r\n--b\r\nContent-Type: image/png; name=p.png\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n--b--\r\n"
	for _, tc := range []struct {
		name  string
		ber   bool
		chunk int
		ctype string
	}{
		{"BER in chunks that cut a character", true, 53, "application/pkcs7-mime; smime-type=signed-data; name=smime.p7m"},
		{"DER", false, 0, "application/x-pkcs7-mime; name=smime.p7m"}, // smime-type left out
	} {
		t.Run(tc.name, func(t *testing.T) {
			blob := base64.StdEncoding.EncodeToString(signedData([]byte(inner), tc.ber, tc.chunk))
			raw := "From: a@b.example\r\nSubject: s\r\nContent-Type: " + tc.ctype + "\r\n" +
				"Content-Disposition: attachment; filename=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n\r\n" + blob + "\r\n"
			m := Parse([]byte(raw), fixedTime)
			if m.Text != "三号楼电梯坏了" || m.Problem != "" {
				t.Errorf("text %q, problem %q", m.Text, m.Problem)
			}
			var names []string
			for _, a := range m.Attachments {
				names = append(names, a.Filename)
			}
			if strings.Join(names, ",") != "p.png,smime.p7m" || string(m.Attachments[0].Data) != "hello" {
				t.Errorf("attachments %q", names)
			}
		})
	}
	// Signed around an encrypted message: still one only its recipient can read.
	enveloped := "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggE=\r\n"
	raw := "From: a@b.example\r\nSubject: s\r\nContent-Type: application/pkcs7-mime; smime-type=signed-data\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(signedData([]byte(enveloped), true, 40)) + "\r\n"
	if m := Parse([]byte(raw), fixedTime); m.Problem != ProblemEncrypted {
		t.Errorf("signed around encrypted: problem %q", m.Problem)
	}
	// Encrypted, or anything else under that type, is not taken for signed data.
	for _, blob := range [][]byte{
		tlv(0x30, tlv(0x06, []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03}), tlv(0xa0, tlv(0x30))),
		[]byte("not BER at all"),
		berOpen(0x30, berOpen(0x30, berOpen(0x30))),
	} {
		if c, ok := signedContent(blob); ok {
			t.Errorf("signedContent(%x) = %q", blob, c)
		}
	}
}

// Nesting without end or a length past the end is refused, not followed.
func TestBERLimits(t *testing.T) {
	deep := bytes.Repeat([]byte{0x30, 0x80}, 10000)
	if _, ok := signedContent(deep); ok {
		t.Error("endless nesting read")
	}
	if _, ok := signedContent([]byte{0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x06}); ok {
		t.Error("a length past the end read")
	}
}

func FuzzSignedContent(f *testing.F) {
	f.Add(signedData([]byte("Content-Type: text/plain\r\n\r\nhello\r\n"), true, 7))
	f.Add(signedData([]byte("Content-Type: text/plain\r\n\r\nhello\r\n"), false, 0))
	f.Fuzz(func(t *testing.T, b []byte) {
		signedContent(b)
	})
}
