package decode

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/mail"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/richardlehane/mscfb"
)

// Outlook saves a message as a .msg file: a compound file ([MS-CFB]) whose streams are the
// message's MAPI properties ([MS-OXMSG]), with a storage for each recipient and attachment.
// A complaint a colleague saves from Outlook comes as such a file. It is written out here as
// the internet message it stands for (the headers it arrived with, when Outlook kept them;
// its text, HTML and files as MIME parts), so that it is read, stored and saved as .eml as
// any other message is.

// cfbSignature begins every compound file: Outlook's .msg, and Word's and Excel's old files.
var cfbSignature = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

// ErrNotOutlook is a compound file that holds no message: a Word or Excel file of the 1997
// formats.
var ErrNotOutlook = errors.New("the compound file holds no Outlook message")

// The MAPI properties of a .msg file read besides those of winmail.dat.
const (
	propSubject             = 0x0037
	propClientSubmitTime    = 0x0039
	propRepresentingName    = 0x0042
	propRepresentingType    = 0x0064
	propRepresentingEmail   = 0x0065
	propTransportHeaders    = 0x007d
	propRecipientType       = 0x0c15
	propSenderName          = 0x0c1a
	propSenderType          = 0x0c1e
	propSenderEmail         = 0x0c1f
	propDeliveryTime        = 0x0e06
	propMessageID           = 0x1035
	propReferences          = 0x1039
	propInReplyTo           = 0x1042
	propAddressType         = 0x3002
	propEmailAddress        = 0x3003
	propSMTPAddress         = 0x39fe
	propInternetCodepage    = 0x3fde
	propMessageCodepage     = 0x3ffd
	propSenderSMTP          = 0x5d01
	propRepresentingSMTP    = 0x5d02
	propLong                = 0x0003
	propTime                = 0x0040
	recipientTo             = 1
	recipientCc             = 2
	attachByValue           = 1
	msgEmbeddedStorage      = "__substg1.0_3701000D"
	msgPropertiesStream     = "__properties_version1.0"
	msgPropertyStreamPrefix = "__substg1.0_"
)

// IsOutlook tells a compound file, which may be an Outlook .msg (FromOutlook tells).
func IsOutlook(b []byte) bool { return bytes.HasPrefix(b, cfbSignature) }

// msgObject is a message, recipient or attachment of a .msg file: its properties by id, and
// what it holds.
type msgObject struct {
	props       map[uint16]tnefProp
	recipients  []*msgObject
	attachments []*msgObject
	embedded    *msgObject // the message an attachment holds whole
	parent      *msgObject // the message a recipient or an attachment is of; nil for the file's
}

// FromOutlook writes the message an Outlook .msg file holds as an internet message (RFC 5322,
// MIME). The same file always gives the same bytes, so that it is stored once however often
// it is imported. ErrNotOutlook when the file holds no message.
func FromOutlook(b []byte) ([]byte, error) {
	root, err := readMsg(b)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(b)
	return root.internet(hex.EncodeToString(sum[:12]), 0), nil
}

// readMsg reads the objects of a .msg file.
func readMsg(b []byte) (root *msgObject, err error) {
	defer func() {
		// The compound file reader trusts the sizes it reads; a file cut short or damaged
		// must be an error, not a crash.
		if r := recover(); r != nil {
			root, err = nil, fmt.Errorf("the Outlook file is damaged: %v", r)
		}
	}()
	r, err := mscfb.New(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("the Outlook file cannot be read: %w", err)
	}
	root = &msgObject{props: map[uint16]tnefProp{}}
	objects := map[string]*msgObject{"": root}
	read := 0
	for {
		e, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("the Outlook file is damaged: %w", err)
		}
		parent := objects[strings.Join(e.Path, "/")]
		if parent == nil || len(objects) > maxTNEFFiles || len(e.Path) > 2*maxTNEFDepth {
			continue // inside a storage not read (named property mapping), or beyond the bounds
		}
		key := strings.Join(append(append([]string{}, e.Path...), e.Name), "/")
		if e.FileInfo().IsDir() {
			o := &msgObject{props: map[uint16]tnefProp{}, parent: parent}
			switch {
			case strings.HasPrefix(e.Name, "__recip_version1.0_#"):
				parent.recipients = append(parent.recipients, o)
			case strings.HasPrefix(e.Name, "__attach_version1.0_#"):
				parent.attachments = append(parent.attachments, o)
			case e.Name == msgEmbeddedStorage:
				parent.embedded = o
			default:
				continue
			}
			objects[key] = o
			continue
		}
		if e.Size < 0 || e.Size > int64(len(b)) || read > 4*len(b) {
			continue // a size no stream of this file can have
		}
		data, err := io.ReadAll(io.LimitReader(e, e.Size))
		if err != nil {
			return nil, fmt.Errorf("the Outlook file is damaged: %w", err)
		}
		read += len(data)
		if e.Name == msgPropertiesStream {
			parent.fixed(data, len(e.Path) == 0, len(e.Path) > 0 && e.Path[len(e.Path)-1] == msgEmbeddedStorage)
			continue
		}
		tag, ok := strings.CutPrefix(e.Name, msgPropertyStreamPrefix)
		if !ok || len(tag) != 8 {
			continue
		}
		n, err := strconv.ParseUint(tag, 16, 32)
		if err != nil || uint16(n)&propMultiple != 0 {
			continue // not a property, or one of several values (categories, not read)
		}
		p := tnefProp{typ: uint16(n), id: uint16(n >> 16), values: [][]byte{data}}
		parent.props[p.id] = p
	}
	if len(root.props) == 0 {
		return nil, ErrNotOutlook
	}
	return root, nil
}

// fixed reads the properties stream: the values of fixed size, after a header of 32 bytes for
// the message, 24 for a message attached whole, and 8 for a recipient or attachment.
func (o *msgObject) fixed(b []byte, top, embedded bool) {
	skip := 8
	switch {
	case top:
		skip = 32
	case embedded:
		skip = 24
	}
	if len(b) < skip {
		return
	}
	for b = b[skip:]; len(b) >= 16; b = b[16:] {
		typ, id := binary.LittleEndian.Uint16(b), binary.LittleEndian.Uint16(b[2:])
		size := fixedSize(typ)
		if size == 0 || size > 8 {
			continue // a value kept in a stream of its own (a GUID too)
		}
		if _, ok := o.props[id]; !ok {
			o.props[id] = tnefProp{typ: typ, id: id, values: [][]byte{b[8 : 8+size]}}
		}
	}
}

// str is a string property as text; "" when the object has none.
func (o *msgObject) str(id uint16) string {
	p, ok := o.props[id]
	if !ok || len(p.values) == 0 || p.typ != propUnicode && p.typ != propString8 {
		return ""
	}
	return strings.TrimSpace(propString(p, o.codepage(), nil))
}

// bin is a binary property's bytes; nil when the object has none.
func (o *msgObject) bin(id uint16) []byte {
	if p, ok := o.props[id]; ok && len(p.values) > 0 && p.typ == propBinary {
		return p.values[0]
	}
	return nil
}

// long is a 32-bit property; -1 when the object has none.
func (o *msgObject) long(id uint16) int64 {
	if p, ok := o.props[id]; ok && p.typ == propLong && len(p.values) > 0 && len(p.values[0]) >= 4 {
		return int64(binary.LittleEndian.Uint32(p.values[0]))
	}
	return -1
}

// time is a time property; zero when the object has none.
func (o *msgObject) time(id uint16) time.Time {
	p, ok := o.props[id]
	if !ok || p.typ != propTime || len(p.values) == 0 || len(p.values[0]) < 8 {
		return time.Time{}
	}
	// 100-nanosecond intervals since 1601-01-01 UTC
	ft := binary.LittleEndian.Uint64(p.values[0])
	if ft == 0 || ft > 0x7fffffffffffffff {
		return time.Time{}
	}
	const fileTimeTo1970 = 116444736000000000
	return time.Unix(0, 0).UTC().Add(time.Duration(int64(ft)-fileTimeTo1970) * 100)
}

// codepage is the charset of the object's 8-bit strings: its own, else that of the message it
// belongs to (a recipient or an attachment names none; Big5 names of files read as GBK).
func (o *msgObject) codepage() string {
	for ; o != nil; o = o.parent {
		for _, id := range []uint16{propMessageCodepage, propInternetCodepage} {
			if p, ok := o.props[id]; ok && p.typ == propLong && len(p.values[0]) >= 4 {
				if l := codepageLabel(binary.LittleEndian.Uint32(p.values[0])); l != "" {
					return l
				}
			}
		}
	}
	return ""
}

// address is an SMTP address of the object: its SMTP property, else its address when that is
// of type SMTP (an Exchange sender's own address is a directory name, no use to a reply).
func (o *msgObject) address(smtp, typ, email uint16) string {
	if a := o.str(smtp); strings.Contains(a, "@") {
		return a
	}
	if a := o.str(email); strings.Contains(a, "@") && (o.str(typ) == "" || strings.EqualFold(o.str(typ), "SMTP")) {
		return a
	}
	return ""
}

// internet writes the message: boundary tells its multipart boundaries apart from those of the
// messages it holds, which are written at depth+1.
func (o *msgObject) internet(boundary string, depth int) []byte {
	var w bytes.Buffer
	have := o.transportHeader(&w)
	field := func(name, value string) {
		value = headerLine(value)
		if value != "" && !have[strings.ToLower(name)] {
			fmt.Fprintf(&w, "%s: %s\r\n", name, value)
		}
	}
	// The sender as Outlook shows it: whom the mail was sent for, at their address; where the
	// file names them without an internet address (an Exchange directory entry, or a name alone
	// as MsgKit and the converters built on it write), at the sending mailbox's address.
	name, email := o.str(propRepresentingName), o.address(propRepresentingSMTP, propRepresentingType, propRepresentingEmail)
	if email == "" {
		sender, at := o.str(propSenderName), o.address(propSenderSMTP, propSenderType, propSenderEmail)
		if name == "" || strings.EqualFold(name, at) {
			name = sender
		}
		email = at
	}
	field("From", formatAddress(name, email))
	var to, cc []string
	for _, r := range o.recipients {
		a := formatAddress(r.str(propDisplayName), r.address(propSMTPAddress, propAddressType, propEmailAddress))
		switch r.long(propRecipientType) {
		case recipientTo:
			to = append(to, a)
		case recipientCc:
			cc = append(cc, a)
		}
	}
	field("To", strings.Join(to, ", "))
	field("Cc", strings.Join(cc, ", "))
	field("Subject", mime.BEncoding.Encode("utf-8", o.str(propSubject)))
	date := o.time(propClientSubmitTime)
	if date.IsZero() {
		date = o.time(propDeliveryTime)
	}
	if !date.IsZero() {
		field("Date", date.Format(time.RFC1123Z))
	}
	field("Message-ID", o.str(propMessageID))
	field("In-Reply-To", o.str(propInReplyTo))
	field("References", o.str(propReferences))
	class := o.str(propMessageClass)
	if up := strings.ToUpper(class); strings.HasPrefix(up, "REPORT.") || strings.Contains(up, ".OOFTEMPLATE") {
		// a delivery report, a read receipt or an out-of-office answer: the report's own
		// MIME type is not kept in the file
		field("Auto-Submitted", "auto-replied")
	}
	w.WriteString("MIME-Version: 1.0\r\n")
	if signed := o.signedEntity(); signed != nil {
		// A signed message as it arrived, its own MIME header and parts: the text Outlook keeps
		// beside it is that text again.
		w.Write(signed)
		return w.Bytes()
	}

	var parts [][]byte
	if alt := o.bodyParts(boundary); alt != nil {
		parts = append(parts, alt)
	}
	for i, a := range o.attachments {
		if p := a.attachmentPart(boundary+"."+strconv.Itoa(i), depth); p != nil {
			parts = append(parts, p)
		}
	}
	switch len(parts) {
	case 0:
		w.WriteString("Content-Type: text/plain; charset=utf-8\r\n\r\n")
	case 1:
		w.Write(parts[0])
	default:
		writeMultipart(&w, "mixed", boundary, parts)
	}
	return w.Bytes()
}

// signedEntity is the message itself when Outlook keeps a clear-signed message (class
// IPM.Note.SMIME.MultipartSigned) as one attachment holding the multipart/signed entity, header
// and all; nil otherwise.
func (o *msgObject) signedEntity() []byte {
	if !strings.HasPrefix(strings.ToUpper(o.str(propMessageClass)), "IPM.NOTE.SMIME") || len(o.attachments) != 1 {
		return nil
	}
	a := o.attachments[0]
	data := a.bin(propAttachDataBin)
	if !strings.EqualFold(a.str(propAttachMIMETag), "multipart/signed") || data == nil {
		return nil
	}
	if h, _ := readHeader(data); !strings.HasPrefix(strings.ToLower(h.get("content-type")), "multipart/signed") {
		return nil
	}
	return data
}

// transportHeader writes the header the message arrived with, when Outlook kept it, without
// its MIME fields (the parts are written anew), and says which fields it holds.
func (o *msgObject) transportHeader(w *bytes.Buffer) map[string]bool {
	have := map[string]bool{}
	h := strings.ReplaceAll(o.str(propTransportHeaders), "\r\n", "\n")
	keep := false
	for line := range strings.SplitSeq(h, "\n") {
		if line == "" {
			continue
		}
		if line[0] != ' ' && line[0] != '\t' {
			name, _, ok := strings.Cut(line, ":")
			name = strings.ToLower(strings.TrimSpace(name))
			keep = ok && name != "" && !strings.HasPrefix(name, "content-") && name != "mime-version"
			if keep {
				have[name] = true
			}
		}
		if keep {
			w.WriteString(line + "\r\n")
		}
	}
	return have
}

// bodyParts is the message's text as a part: plain, HTML, or both as alternatives; nil when
// it has none. A message written in Outlook's Rich Text keeps its text only there.
func (o *msgObject) bodyParts(boundary string) []byte {
	text := strings.TrimRight(o.str(propBody), "\x00")
	var html string
	if p, ok := o.props[propBodyHTML]; ok && len(p.values) > 0 {
		if p.typ == propBinary {
			cp := ""
			if id := o.long(propInternetCodepage); id > 0 {
				cp = codepageLabel(uint32(id))
			}
			html = decodeBytes(bytes.TrimRight(p.values[0], "\x00"), cp, nil)
		} else {
			html = o.str(propBodyHTML)
		}
	}
	if strings.TrimSpace(text) == "" && strings.TrimSpace(html) == "" {
		if doc, err := decompressRTF(o.bin(propRTFCompressed)); err == nil {
			text = rtfText(doc, nil)
		}
	}
	var parts [][]byte
	if strings.TrimSpace(text) != "" {
		parts = append(parts, textPart("text/plain", text))
	}
	if strings.TrimSpace(html) != "" {
		parts = append(parts, textPart("text/html", html))
	}
	switch len(parts) {
	case 0:
		return nil
	case 1:
		return parts[0]
	}
	var w bytes.Buffer
	writeMultipart(&w, "alternative", boundary+".alt", parts)
	return w.Bytes()
}

// attachmentPart is an attached file as a part, or a message attached whole as one; nil for
// an attachment that holds neither (a link to a file on the sender's disk).
func (o *msgObject) attachmentPart(boundary string, depth int) []byte {
	name := o.str(propAttachLongName)
	for _, id := range []uint16{propAttachFilename, propDisplayName} {
		if name == "" {
			name = o.str(id)
		}
	}
	name = cleanFilename(name)
	var w bytes.Buffer
	if o.embedded != nil && o.long(propAttachMethod) == attachEmbeddedMsg {
		if depth >= maxTNEFDepth {
			return nil
		}
		if name == "" {
			name = o.embedded.str(propSubject)
		}
		if name != "" && !strings.EqualFold(path.Ext(name), ".eml") {
			name += ".eml"
		}
		fmt.Fprintf(&w, "Content-Type: message/rfc822\r\nContent-Disposition: %s\r\n\r\n",
			mime.FormatMediaType("attachment", map[string]string{"filename": name}))
		w.Write(o.embedded.internet(boundary, depth+1))
		return w.Bytes()
	}
	data := o.bin(propAttachDataBin)
	if data == nil || o.long(propAttachMethod) > attachByValue {
		return nil
	}
	typ := strings.ToLower(o.str(propAttachMIMETag))
	if _, _, err := mime.ParseMediaType(typ); err != nil || !strings.Contains(typ, "/") {
		typ, _, _ = strings.Cut(mime.TypeByExtension(strings.ToLower(path.Ext(name))), ";")
		if typ == "" {
			typ, _, _ = strings.Cut(http.DetectContentType(data), ";")
		}
	}
	disposition := "attachment"
	if cid := headerLine(strings.Trim(o.str(propAttachContentID), "<> ")); cid != "" {
		disposition = "inline"
		fmt.Fprintf(&w, "Content-ID: <%s>\r\n", cid)
	}
	params := map[string]string{}
	if name != "" {
		params["filename"] = name
	}
	fmt.Fprintf(&w, "Content-Type: %s\r\nContent-Disposition: %s\r\nContent-Transfer-Encoding: base64\r\n\r\n",
		typ, mime.FormatMediaType(disposition, params))
	writeBase64(&w, data)
	return w.Bytes()
}

// headerLine is a property's value as one line of a header: a line break in it would start a
// field of its own.
func headerLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\r' || r == '\n' }), " ")
}

// textPart is text as a part in UTF-8.
func textPart(typ, text string) []byte {
	var w bytes.Buffer
	fmt.Fprintf(&w, "Content-Type: %s; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n", typ)
	writeBase64(&w, []byte(text))
	return w.Bytes()
}

// writeMultipart writes parts (each its header and body) as a multipart of subtype sub.
func writeMultipart(w *bytes.Buffer, sub, boundary string, parts [][]byte) {
	fmt.Fprintf(w, "Content-Type: multipart/%s; boundary=\"%s\"\r\n\r\n", sub, boundary)
	for _, p := range parts {
		fmt.Fprintf(w, "--%s\r\n", boundary)
		w.Write(p)
		w.WriteString("\r\n")
	}
	fmt.Fprintf(w, "--%s--\r\n", boundary)
}

// writeBase64 writes b in base64, 76 characters a line.
func writeBase64(w *bytes.Buffer, b []byte) {
	s := base64.StdEncoding.EncodeToString(b)
	for len(s) > 76 {
		w.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	w.WriteString(s + "\r\n")
}

// formatAddress is a name and address as a header writes them; "" when both are empty. A name
// without an address is written with an empty one, so that it is not read as the address.
func formatAddress(name, email string) string {
	switch {
	case email != "":
		return (&mail.Address{Name: name, Address: email}).String()
	case name != "" && isASCII([]byte(name)):
		// Quoted, so that a name holding a comma or an "@" ("Allison, Timothy B.", "Tests
		// Chang@FT") is one name.
		return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(name) + `" <>`
	case name != "":
		return mime.BEncoding.Encode("utf-8", name) + " <>"
	}
	return ""
}
