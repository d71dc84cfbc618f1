package decode

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// tnefWriter writes a TNEF stream as Outlook does ([MS-OXTNEF] 2.1.3), for the tests.
type tnefWriter struct{ bytes.Buffer }

func newTNEF() *tnefWriter {
	w := &tnefWriter{}
	w.Write(tnefSignature)
	w.Write([]byte{0x01, 0x00}) // legacy key
	w.attr(1, 0x00089006, []byte{0, 0, 1, 0})
	return w
}

// attr writes one attribute: level, id (with its type), length, data and checksum.
func (w *tnefWriter) attr(level byte, id uint32, data []byte) *tnefWriter {
	w.WriteByte(level)
	binary.Write(w, binary.LittleEndian, id)
	binary.Write(w, binary.LittleEndian, uint32(len(data)))
	w.Write(data)
	var sum uint16
	for _, c := range data {
		sum += uint16(c)
	}
	binary.Write(w, binary.LittleEndian, sum)
	return w
}

// mapiProps is the data of an attribute holding MAPI properties.
type mapiProps struct {
	bytes.Buffer
	n uint32
}

func (p *mapiProps) pad(n int) {
	for ; n%4 != 0; n++ {
		p.WriteByte(0)
	}
}

func (p *mapiProps) tag(typ, id uint16) {
	p.n++
	binary.Write(p, binary.LittleEndian, typ)
	binary.Write(p, binary.LittleEndian, id)
}

// variable writes a property of one string or binary value.
func (p *mapiProps) variable(typ, id uint16, v []byte) *mapiProps {
	p.tag(typ, id)
	binary.Write(p, binary.LittleEndian, uint32(1))
	binary.Write(p, binary.LittleEndian, uint32(len(v)))
	p.Write(v)
	p.pad(len(v))
	return p
}

func (p *mapiProps) long(id uint16, v uint32) *mapiProps {
	p.tag(0x0003, id)
	binary.Write(p, binary.LittleEndian, v)
	return p
}

// named writes a named property (a name, not a number, in the PS_PUBLIC_STRINGS set) with a
// boolean value.
func (p *mapiProps) named(name string) *mapiProps {
	p.tag(0x000b, 0x8001)
	p.Write(bytes.Repeat([]byte{0x29, 0x03, 0x02, 0x00}, 4)) // a GUID
	binary.Write(p, binary.LittleEndian, uint32(1))
	n := unicodeZ(name)
	binary.Write(p, binary.LittleEndian, uint32(len(n)))
	p.Write(n)
	p.pad(len(n))
	binary.Write(p, binary.LittleEndian, uint32(1))
	return p
}

func (p *mapiProps) bytes() []byte {
	out := binary.LittleEndian.AppendUint32(nil, p.n)
	return append(out, p.Bytes()...)
}

func unicodeZ(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s + "\x00")) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

func gbkZ(t testing.TB, s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return append(b, 0)
}

var jpegBytes = append([]byte{0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0}, bytes.Repeat([]byte{0x5a}, 300)...)

// outlookTNEF is a winmail.dat as a Chinese Outlook writes it (code page 936): the text, a photo
// with its long name in Unicode, and a file with only its 8-bit title.
func outlookTNEF(t testing.TB, class string) []byte {
	w := newTNEF()
	w.attr(1, 0x00069007, []byte{0xa8, 0x03, 0, 0, 0, 0, 0, 0}) // code page 936
	w.attr(1, 0x00078008, []byte(class+"\x00"))
	var msg mapiProps
	msg.named("x-sender-was-here").long(0x0e07, 1).variable(0x001e, 0x1000, gbkZ(t, "三号楼电梯又坏了，请尽快修理。"))
	w.attr(1, 0x00069003, msg.bytes())
	w.attr(2, 0x00069002, make([]byte, 14))
	w.attr(2, 0x00018010, []byte("DIANTI~1.JPG\x00"))
	w.attr(2, 0x0006800f, jpegBytes)
	var att mapiProps
	att.variable(0x001f, 0x3707, unicodeZ("电梯照片.jpg")).variable(0x001e, 0x370e, []byte("image/jpeg\x00")).long(0x3705, 1)
	w.attr(2, 0x00069005, att.bytes())
	w.attr(2, 0x00069002, make([]byte, 14))
	w.attr(2, 0x00018010, gbkZ(t, "维修单.pdf"))
	w.attr(2, 0x0006800f, []byte("%PDF-1.4\n%维修\n"))
	return w.Bytes()
}

func winmailPart(tnef []byte) string {
	return "Content-Type: application/ms-tnef; name=\"winmail.dat\"\r\nContent-Transfer-Encoding: base64\r\n" +
		"Content-Disposition: attachment; filename=\"winmail.dat\"\r\n\r\n" + base64.StdEncoding.EncodeToString(tnef) + "\r\n"
}

func TestWinmailDatFilesAreTheMessagesAttachments(t *testing.T) {
	raw := "From: =?GB2312?B?1cXFrsq/?= <zhang@tenant.example>\r\nSubject: elevator\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n" +
		"see the photo\r\n--b\r\n" + winmailPart(outlookTNEF(t, "IPM.Microsoft Mail.Note")) + "--b--\r\n"
	m := Parse([]byte(raw), fixedTime)
	if m.Problem != "" || m.Auto {
		t.Fatalf("problem %q auto %v", m.Problem, m.Auto)
	}
	if m.Text != "see the photo" {
		t.Errorf("text %q, want the plain part's", m.Text)
	}
	want := []Attachment{
		{Filename: "电梯照片.jpg", ContentType: "image/jpeg", Data: jpegBytes},
		{Filename: "维修单.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.4\n%维修\n")},
	}
	if len(m.Attachments) != len(want) {
		t.Fatalf("attachments %+v, want the two files inside winmail.dat", names(m.Attachments))
	}
	for i, w := range want {
		a := m.Attachments[i]
		if a.Filename != w.Filename || a.ContentType != w.ContentType || !bytes.Equal(a.Data, w.Data) {
			t.Errorf("attachment %d: %q %s %d bytes, want %q %s %d bytes", i, a.Filename, a.ContentType, len(a.Data),
				w.Filename, w.ContentType, len(w.Data))
		}
	}
}

func names(atts []Attachment) []string {
	var out []string
	for _, a := range atts {
		out = append(out, a.Filename)
	}
	return out
}

// A message that is only winmail.dat (Exchange sends them so) reads its text from it.
func TestWinmailDatOnlyMessageHasItsText(t *testing.T) {
	raw := "From: zhang@tenant.example\r\nSubject: elevator\r\nMIME-Version: 1.0\r\n" + winmailPart(outlookTNEF(t, "IPM.Note"))
	m := Parse([]byte(raw), fixedTime)
	if m.Text != "三号楼电梯又坏了，请尽快修理。" {
		t.Errorf("text %q", m.Text)
	}
	if got := names(m.Attachments); strings.Join(got, "|") != "电梯照片.jpg|维修单.pdf" {
		t.Errorf("attachments %q", got)
	}
}

func TestWinmailDatReadReceiptIsAutomatic(t *testing.T) {
	w := newTNEF()
	w.attr(1, 0x00078008, []byte("REPORT.IPM.Note.IPNRN\x00"))
	var msg mapiProps
	msg.variable(0x001e, 0x1000, []byte("Your message was read on 2026-11-20.\x00"))
	w.attr(1, 0x00069003, msg.bytes())
	raw := "From: zhang@tenant.example\r\nSubject: Read: [TS-2026-000123] elevator\r\nMIME-Version: 1.0\r\n" + winmailPart(w.Bytes())
	m := Parse([]byte(raw), fixedTime)
	if !m.Auto || m.AutoReason != "winmail.dat: REPORT.IPM.Note.IPNRN" {
		t.Errorf("auto %v %q, want a read receipt", m.Auto, m.AutoReason)
	}
	if len(m.Attachments) != 0 {
		t.Errorf("attachments %q", names(m.Attachments))
	}
}

// A winmail.dat that cannot be read stays listed as it came; one cut short lists the files read
// whole before the cut, and itself as it came.
func TestBrokenWinmailDat(t *testing.T) {
	garbage := append(append([]byte{}, tnefSignature...), 0x01, 0x00, 0x01, 0xff, 0xff, 0xff)
	full := outlookTNEF(t, "IPM.Note")
	inPhoto := full[:bytes.Index(full, []byte("DIANTI~1.JPG"))+len("DIANTI~1.JPG")+40]
	for _, tc := range []struct {
		name string
		tnef []byte
		want string
	}{
		{"garbage", garbage, "winmail.dat"},
		{"cut inside the photo", inPhoto, "winmail.dat"},
		{"cut inside the second file", full[:len(full)-5], "电梯照片.jpg|winmail.dat"},
		{"cut inside the signature", tnefSignature[:3], "winmail.dat"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := Parse([]byte("From: a@b.example\r\nSubject: s\r\n"+winmailPart(tc.tnef)), fixedTime)
			if got := strings.Join(names(m.Attachments), "|"); got != tc.want {
				t.Errorf("attachments %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzReadTNEF: whatever a winmail.dat holds, reading it never panics.
func FuzzReadTNEF(f *testing.F) {
	f.Add(outlookTNEF(f, "IPM.Note"))
	f.Fuzz(func(t *testing.T, b []byte) {
		readTNEF(b, nil)
	})
}

// compressedHelloWorld is "{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n" compressed, the
// example of [MS-OXRTFCP] 4.1.1.
var compressedHelloWorld = []byte{0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46, 0x75, 0xf1, 0xc5,
	0xc7, 0xa7, 0x03, 0x00, 0x0a, 0x00, 0x72, 0x63, 0x70, 0x67, 0x31, 0x32, 0x35, 0x42, 0x32, 0x0a, 0xf3, 0x20, 0x68,
	0x65, 0x6c, 0x09, 0x00, 0x20, 0x62, 0x77, 0x05, 0xb0, 0x6c, 0x64, 0x7d, 0x0a, 0x80, 0x0f, 0xa0}

// storedRTF is doc as PR_RTF_COMPRESSED holds RTF it does not compress ("MELA").
func storedRTF(doc string) []byte {
	b := binary.LittleEndian.AppendUint32(nil, uint32(len(doc)+12))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(doc)))
	b = append(b, "MELA\x00\x00\x00\x00"...)
	return append(b, doc...)
}

// rtfOnlyTNEF is a winmail.dat whose text is only compressed RTF, with a photo.
func rtfOnlyTNEF(rtf []byte) []byte {
	w := newTNEF()
	w.attr(1, 0x00078008, []byte("IPM.Note\x00"))
	var msg mapiProps
	msg.variable(0x0102, 0x1009, rtf)
	w.attr(1, 0x00069003, msg.bytes())
	w.attr(2, 0x00069002, make([]byte, 14))
	w.attr(2, 0x00018010, []byte("PHOTO.JPG\x00"))
	w.attr(2, 0x0006800f, jpegBytes)
	return w.Bytes()
}

// Text that is only compressed RTF is read; RTF that cannot be read keeps winmail.dat listed
// beside the files taken out of it, for the clerk's mail program to show.
func TestWinmailDatWithRTFText(t *testing.T) {
	for _, tc := range []struct {
		name, text, files string
		rtf               []byte
	}{
		{"compressed", "hello world", "PHOTO.JPG", compressedHelloWorld},
		{"stored", "三号楼电梯", "PHOTO.JPG", storedRTF("{\\rtf1\\ansi\\ansicpg936 \\'c8\\'fd\\'ba\\'c5\\'c2\\'a5\\'b5\\'e7\\'cc\\'dd}")},
		{"unknown compression", "", "PHOTO.JPG|winmail.dat", []byte("\x20\x00\x00\x00\x18\x00\x00\x00ABCD\x00\x00\x00\x00{\\rtf1 x}")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := Parse([]byte("From: a@b.example\r\nSubject: s\r\nMIME-Version: 1.0\r\n"+winmailPart(rtfOnlyTNEF(tc.rtf))), fixedTime)
			if got := strings.Join(names(m.Attachments), "|"); got != tc.files {
				t.Errorf("attachments %q, want %q", got, tc.files)
			}
			if m.Text != tc.text {
				t.Errorf("text %q, want %q", m.Text, tc.text)
			}
			if m.Attachments[0].ContentType != "image/jpeg" {
				t.Errorf("the photo is %s", m.Attachments[0].ContentType)
			}
		})
	}
}

// A message attached whole inside winmail.dat (a complaint forwarded as attachment) gives up its
// files; winmail.dat stays listed for its text.
func TestWinmailDatWithAMessageAttachedWhole(t *testing.T) {
	inner := outlookTNEF(t, "IPM.Note")
	w := newTNEF()
	w.attr(1, 0x00078008, []byte("IPM.Note\x00"))
	w.attr(2, 0x00069002, make([]byte, 14))
	var att mapiProps
	att.long(0x3705, 5).variable(0x000d, 0x3701, append(make([]byte, 16), inner...))
	w.attr(2, 0x00069005, att.bytes())
	m := Parse([]byte("From: a@b.example\r\nSubject: Fw: elevator\r\nMIME-Version: 1.0\r\n"+winmailPart(w.Bytes())), fixedTime)
	if got := strings.Join(names(m.Attachments), "|"); got != "电梯照片.jpg|维修单.pdf|winmail.dat" {
		t.Errorf("attachments %q", got)
	}
}
