package decode

import (
	"encoding/binary"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strings"
	"unicode/utf16"
)

// Outlook sends mail written in its "Rich Text" format as winmail.dat, a TNEF stream
// (application/ms-tnef, [MS-OXTNEF]) holding the formatted text and every attached file. No
// program on the clerk's computer opens it, so the files inside are taken out and listed as the
// message's own attachments, and its text (plain, HTML, or compressed RTF) is the message's
// text when the message has no other.

// tnefSignature begins every TNEF stream (little-endian 0x223E9F78).
var tnefSignature = []byte{0x78, 0x9f, 0x3e, 0x22}

// The TNEF attributes read, by their 16-bit id ([MS-OXTNEF] 2.1.3.3).
const (
	tnefMessageClass   = 0x8008
	tnefBody           = 0x800c
	tnefAttachData     = 0x800f
	tnefAttachTitle    = 0x8010
	tnefAttachRendData = 0x9002
	tnefMsgProps       = 0x9003
	tnefAttachment     = 0x9005
	tnefOemCodepage    = 0x9007
)

// The MAPI properties read, by id ([MS-OXPROPS]).
const (
	propMessageClass    = 0x001a
	propBody            = 0x1000
	propRTFCompressed   = 0x1009
	propBodyHTML        = 0x1013
	propDisplayName     = 0x3001
	propAttachDataBin   = 0x3701
	propAttachFilename  = 0x3704
	propAttachMethod    = 0x3705
	propAttachLongName  = 0x3707
	propAttachMIMETag   = 0x370e
	propAttachContentID = 0x3712
	attachEmbeddedMsg   = 5 // the PR_ATTACH_METHOD of a message attached whole
	namedPropertyMin    = 0x8000
)

// The MAPI property types whose values vary in length ([MS-OXCDATA] 2.11.1), and the flag of
// a property with several values.
const (
	propString8  = 0x001e
	propUnicode  = 0x001f
	propBinary   = 0x0102
	propObject   = 0x000d
	propMultiple = 0x1000
	maxTNEFProps = 1 << 16
	maxTNEFFiles = 1 << 12
	maxTNEFDepth = 8 // messages attached whole inside messages attached whole
)

// tnefMessage is what a TNEF stream holds that the clerk can use.
type tnefMessage struct {
	class       string // the Outlook message class: "IPM.Note", or "REPORT.IPM.Note.IPNRN" for a read receipt
	text        string // the plain text, when the stream carries one
	html        string
	attachments []Attachment
	cut         bool // the stream ends inside an attribute: what follows the cut is lost
	// keep is set when not all of the stream could be taken out: it is cut short, its text
	// cannot be read, or it holds a message attached whole. The stream then stays listed beside
	// what was taken out, for the clerk's mail program to show.
	keep bool
}

var errNotTNEF = errors.New("not a TNEF stream")

// isTNEF tells a winmail.dat part.
func isTNEF(contentType, filename string, data []byte) bool {
	return (contentType == "application/ms-tnef" || contentType == "application/vnd.ms-tnef" ||
		strings.EqualFold(filename, "winmail.dat")) && len(data) >= 6 && string(data[:4]) == string(tnefSignature)
}

// tnefProp is one MAPI property: its type, id, and each of its values as stored.
type tnefProp struct {
	typ, id uint16
	values  [][]byte
}

// readTNEF reads a TNEF stream. A stream cut short keeps what was read before the cut.
func readTNEF(b []byte, fallbacks []string) (*tnefMessage, error) {
	return readTNEFDepth(b, fallbacks, 0)
}

func readTNEFDepth(b []byte, fallbacks []string, depth int) (*tnefMessage, error) {
	if len(b) < 6 || string(b[:4]) != string(tnefSignature) {
		return nil, errNotTNEF
	}
	t := &tnefMessage{}
	codepage := ""
	var att *Attachment
	var attProps []tnefProp
	var msgProps []tnefProp
	var body []byte
	finish := func() {
		if att == nil {
			return
		}
		files, whole := tnefFile(*att, attProps, codepage, fallbacks, depth)
		t.attachments = append(t.attachments, files...)
		t.keep = t.keep || !whole
		att, attProps = nil, nil
	}
	r := b[6:]
	for len(r) > 0 && len(t.attachments) < maxTNEFFiles {
		// level (1), id (4), length (4), data, checksum (2)
		if len(r) < 9 {
			t.cut = strings.Trim(string(r), "\x00") != "" // a writer may pad the end with zeros
			break
		}
		level, id := r[0], binary.LittleEndian.Uint32(r[1:5])&0xffff
		n := binary.LittleEndian.Uint32(r[5:9])
		if uint64(n)+11 > uint64(len(r)) {
			t.cut = true
			break
		}
		data := r[9 : 9+n]
		r = r[11+n:]
		switch {
		case id == tnefOemCodepage && len(data) >= 4:
			codepage = codepageLabel(binary.LittleEndian.Uint32(data))
		case id == tnefMessageClass && level == 1:
			t.class = strings.TrimRight(string(data), "\x00")
		case id == tnefBody && level == 1:
			body = data
		case id == tnefMsgProps:
			msgProps = readMAPIProps(data)
		case id == tnefAttachRendData:
			finish()
			att = &Attachment{}
		case level == 2 && att != nil:
			switch id {
			case tnefAttachTitle:
				att.Filename = tnefString(data, codepage, fallbacks)
			case tnefAttachData:
				att.Data = data
			case tnefAttachment:
				attProps = readMAPIProps(data)
			}
		}
	}
	if !t.cut {
		finish()
	}
	if len(t.attachments) >= maxTNEFFiles {
		t.keep = true // more files than are taken out
	}
	if len(body) > 0 {
		t.text = decodeBytes(body, codepage, fallbacks)
	}
	var rtf []byte
	for _, p := range msgProps {
		if len(p.values) == 0 {
			continue
		}
		switch p.id {
		case propRTFCompressed:
			rtf = p.values[0]
		case propBody:
			if t.text == "" {
				t.text = propString(p, codepage, fallbacks)
			}
		case propBodyHTML:
			t.html = propString(p, codepage, fallbacks)
		case propMessageClass:
			if t.class == "" {
				t.class = propString(p, codepage, fallbacks)
			}
		}
	}
	t.text = strings.TrimRight(t.text, "\x00")
	if strings.TrimSpace(t.text) == "" && strings.TrimSpace(t.html) == "" && rtf != nil {
		doc, err := decompressRTF(rtf)
		if err == nil {
			t.text = rtfText(doc, fallbacks)
		}
		// Text that cannot be read keeps the stream listed, for the clerk's mail program.
		t.keep = t.keep || err != nil
	}
	t.keep = t.keep || t.cut
	if t.class == "" && t.text == "" && t.html == "" && len(t.attachments) == 0 && len(msgProps) == 0 || t.cut && len(t.attachments) == 0 {
		return nil, fmt.Errorf("TNEF stream of %d bytes holds nothing readable", len(b))
	}
	return t, nil
}

// tnefFile is one attached file, named by its long file name when it has one. A message
// attached whole is itself TNEF: its files are taken out of it, and whole is false, since its
// text is not.
func tnefFile(a Attachment, props []tnefProp, codepage string, fallbacks []string, depth int) (files []Attachment, whole bool) {
	var method uint32
	var embedded []byte
	for _, p := range props {
		if len(p.values) == 0 {
			continue
		}
		v := p.values[0]
		switch p.id {
		case propAttachLongName:
			if name := propString(p, codepage, fallbacks); name != "" {
				a.Filename = name
			}
		case propDisplayName, propAttachFilename:
			if a.Filename == "" {
				a.Filename = propString(p, codepage, fallbacks)
			}
		case propAttachMIMETag:
			a.ContentType = strings.ToLower(strings.TrimSpace(propString(p, codepage, fallbacks)))
		case propAttachContentID:
			a.ContentID = strings.Trim(propString(p, codepage, fallbacks), "<> ")
		case propAttachMethod:
			if len(v) >= 4 {
				method = binary.LittleEndian.Uint32(v)
			}
		case propAttachDataBin:
			if p.typ == propObject && len(v) > 16 {
				embedded = v[16:] // after the interface identifier
			} else if a.Data == nil {
				a.Data = v
			}
		}
	}
	if method == attachEmbeddedMsg || embedded != nil {
		if depth < maxTNEFDepth {
			if inner, err := readTNEFDepth(embedded, fallbacks, depth+1); err == nil {
				return inner.attachments, false
			}
		}
		return nil, false
	}
	a.Filename = cleanFilename(a.Filename)
	if a.ContentType == "" || !strings.Contains(a.ContentType, "/") {
		a.ContentType = mime.TypeByExtension(strings.ToLower(path.Ext(a.Filename)))
		if a.ContentType == "" {
			a.ContentType = http.DetectContentType(a.Data)
		}
		a.ContentType, _, _ = strings.Cut(a.ContentType, ";")
	}
	if a.Data == nil {
		return nil, false
	}
	return []Attachment{a}, true
}

// readMAPIProps reads an attribute that holds MAPI properties ([MS-OXTNEF] 2.1.3.5). Reading
// stops at the first property it cannot size; those before it are kept.
func readMAPIProps(b []byte) []tnefProp {
	if len(b) < 4 {
		return nil
	}
	count := binary.LittleEndian.Uint32(b)
	b = b[4:]
	var props []tnefProp
	for i := uint32(0); i < count && i < maxTNEFProps; i++ {
		if len(b) < 4 {
			break
		}
		p := tnefProp{typ: binary.LittleEndian.Uint16(b), id: binary.LittleEndian.Uint16(b[2:])}
		b = b[4:]
		if p.id >= namedPropertyMin {
			// GUID, kind, then a number or a name
			if len(b) < 20 {
				break
			}
			kind := binary.LittleEndian.Uint32(b[16:])
			b = b[20:]
			if len(b) < 4 {
				break
			}
			skip := uint64(4) // the number, or the name's length before the name
			if kind != 0 {
				skip += (uint64(binary.LittleEndian.Uint32(b)) + 3) &^ 3
			}
			if skip > uint64(len(b)) {
				break
			}
			b = b[skip:]
		}
		values, rest, ok := propValues(p.typ, b)
		if !ok {
			break
		}
		p.values, b = values, rest
		props = append(props, p)
	}
	return props
}

// propValues reads the values of a property of type typ from the front of b.
func propValues(typ uint16, b []byte) (values [][]byte, rest []byte, ok bool) {
	base := typ &^ propMultiple
	variable := base == propString8 || base == propUnicode || base == propBinary || base == propObject
	count := uint32(1)
	if typ&propMultiple != 0 || variable {
		if len(b) < 4 {
			return nil, nil, false
		}
		count = binary.LittleEndian.Uint32(b)
		b = b[4:]
	}
	size := fixedSize(base)
	if size == 0 && !variable {
		return nil, nil, false
	}
	for i := uint32(0); i < count; i++ {
		if size > 0 {
			if len(b) < size {
				return nil, nil, false
			}
			values = append(values, b[:size])
			b = b[size:]
			continue
		}
		if len(b) < 4 {
			return nil, nil, false
		}
		n := uint64(binary.LittleEndian.Uint32(b))
		padded := (n + 3) &^ 3
		if 4+n > uint64(len(b)) {
			return nil, nil, false
		}
		values = append(values, b[4:4+n])
		if 4+padded > uint64(len(b)) {
			padded = n // the last value of a stream cut right after it
		}
		b = b[4+padded:]
	}
	return values, b, true
}

// fixedSize is how many bytes a value of a MAPI type of fixed size takes (16- and 32-bit
// numbers, errors and booleans padded to 4); 0 for a type whose values vary in length or that
// is not known.
func fixedSize(typ uint16) int {
	switch typ {
	case 0x0002, 0x0003, 0x0004, 0x000a, 0x000b: // 16- and 32-bit numbers, float, error, boolean
		return 4
	case 0x0005, 0x0006, 0x0007, 0x0014, 0x0040: // 64-bit numbers, currency, times
		return 8
	case 0x0048: // GUID
		return 16
	}
	return 0
}

// propString is a string property's first value as text.
func propString(p tnefProp, codepage string, fallbacks []string) string {
	v := p.values[0]
	if p.typ&^propMultiple == propUnicode {
		u := make([]uint16, 0, len(v)/2)
		for i := 0; i+1 < len(v); i += 2 {
			u = append(u, binary.LittleEndian.Uint16(v[i:]))
		}
		return strings.TrimRight(string(utf16.Decode(u)), "\x00")
	}
	return tnefString(v, codepage, fallbacks)
}

// tnefString is an 8-bit string of the stream, in its code page.
func tnefString(b []byte, codepage string, fallbacks []string) string {
	if i := strings.IndexByte(string(b), 0); i >= 0 {
		b = b[:i]
	}
	return decodeBytes(b, codepage, fallbacks)
}

// codepageLabel is the charset of a Windows code page; "" for one not known.
func codepageLabel(cp uint32) string {
	switch cp {
	case 936:
		return "gbk"
	case 54936:
		return "gb18030"
	case 950:
		return "big5"
	case 932:
		return "shift_jis"
	case 949:
		return "euc-kr"
	case 874:
		return "windows-874"
	case 65001:
		return "utf-8"
	case 20127:
		return "us-ascii"
	case 28591:
		return "iso-8859-1"
	}
	if cp >= 1250 && cp <= 1258 {
		return fmt.Sprintf("windows-%d", cp)
	}
	return ""
}
