package decode

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"golang.org/x/text/encoding/traditionalchinese"
)

// msgWriter writes the objects of an Outlook .msg file ([MS-OXMSG] 2.1, 2.2) for the tests:
// each string or binary property a stream, the fixed ones in the properties stream.
type msgWriter struct {
	header   int // bytes before the properties stream's entries: 32, 24 or 8
	entries  []*cfbEntry
	props    []byte
	recips   int
	attaches int
}

func newMsg() *msgWriter      { return &msgWriter{header: 32} }
func newEmbedded() *msgWriter { return &msgWriter{header: 24} }
func newMsgPart() *msgWriter  { return &msgWriter{header: 8} }

func (m *msgWriter) entry(typ, id uint16, value []byte) {
	m.props = binary.LittleEndian.AppendUint16(m.props, typ)
	m.props = binary.LittleEndian.AppendUint16(m.props, id)
	m.props = binary.LittleEndian.AppendUint32(m.props, 6) // readable, writable
	v := make([]byte, 8)
	copy(v, value)
	m.props = append(m.props, v...)
}

func (m *msgWriter) stream(typ, id uint16, data []byte, size int) *msgWriter {
	m.entries = append(m.entries, &cfbEntry{name: fmt.Sprintf("__substg1.0_%04X%04X", id, typ), data: data})
	m.entry(typ, id, binary.LittleEndian.AppendUint32(nil, uint32(size)))
	return m
}

func (m *msgWriter) unicode(id uint16, s string) *msgWriter {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return m.stream(propUnicode, id, b, len(b)+2)
}

func (m *msgWriter) ansi(id uint16, b []byte) *msgWriter {
	return m.stream(propString8, id, b, len(b)+1)
}

func (m *msgWriter) binary(id uint16, b []byte) *msgWriter {
	return m.stream(propBinary, id, b, len(b))
}

func (m *msgWriter) long(id uint16, v uint32) *msgWriter {
	m.entry(propLong, id, binary.LittleEndian.AppendUint32(nil, v))
	return m
}

func (m *msgWriter) time(id uint16, t time.Time) *msgWriter {
	ft := uint64(t.UnixNano()/100) + 116444736000000000
	m.entry(propTime, id, binary.LittleEndian.AppendUint64(nil, ft))
	return m
}

func (m *msgWriter) recipient(kind uint32, name, email string) *msgWriter {
	r := newMsgPart().unicode(propDisplayName, name).unicode(propAddressType, "SMTP").
		unicode(propEmailAddress, email).long(propRecipientType, kind)
	m.entries = append(m.entries, &cfbEntry{name: fmt.Sprintf("__recip_version1.0_#%08X", m.recips), storage: true, children: r.streams()})
	m.recips++
	return m
}

func (m *msgWriter) attach(a *msgWriter) *msgWriter {
	m.entries = append(m.entries, &cfbEntry{name: fmt.Sprintf("__attach_version1.0_#%08X", m.attaches), storage: true, children: a.streams()})
	m.attaches++
	return m
}

// embed makes an attachment the message msg attached whole.
func (m *msgWriter) embed(msg *msgWriter) *msgWriter {
	m.long(propAttachMethod, attachEmbeddedMsg)
	m.entries = append(m.entries, &cfbEntry{name: msgEmbeddedStorage, storage: true, children: msg.streams()})
	return m
}

func (m *msgWriter) streams() []*cfbEntry {
	h := make([]byte, m.header)
	if m.header > 8 {
		binary.LittleEndian.PutUint32(h[8:], uint32(m.recips))
		binary.LittleEndian.PutUint32(h[12:], uint32(m.attaches))
		binary.LittleEndian.PutUint32(h[16:], uint32(m.recips))
		binary.LittleEndian.PutUint32(h[20:], uint32(m.attaches))
	}
	return append(m.entries, &cfbEntry{name: msgPropertiesStream, data: append(h, m.props...)})
}

func (m *msgWriter) file() []byte { return writeCFB(m.streams()) }

var sentAt = time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)

// chineseMsg is a complaint as a Chinese Outlook saves it from its Sent Items (no transport
// header): Unicode properties, HTML in GBK, a photo, a picture in the text, and the
// management office's earlier notice attached whole.
func chineseMsg(t testing.TB) []byte {
	notice := newEmbedded().unicode(propSubject, "停水通知").unicode(propSenderName, "物业管理处").
		unicode(propSenderEmail, "office@wuye.example").unicode(propSenderType, "SMTP").
		unicode(propBody, "因管道维修，11月18日停水一天。").unicode(propMessageClass, "IPM.Note").
		time(propClientSubmitTime, sentAt.Add(-72*time.Hour))
	return newMsg().
		unicode(propMessageClass, "IPM.Note").
		unicode(propSubject, "关于三号楼电梯故障的投诉").
		unicode(propSenderName, "张三").unicode(propSenderType, "SMTP").unicode(propSenderEmail, "zhangsan@example.cn").
		unicode(propMessageID, "<ts-msg-1@example.cn>").
		unicode(propInReplyTo, "<notice-7@wuye.example>").
		time(propClientSubmitTime, sentAt).
		long(propInternetCodepage, 936).
		unicode(propBody, "三号楼电梯又坏了，已经三天没人修理。\r\n请尽快处理。").
		binary(propBodyHTML, gbkZ(t, "<html><body><p>三号楼电梯又坏了，已经三天没人修理。</p><img src=\"cid:pic1\"></body></html>")).
		recipient(recipientTo, "物业客服", "service@wuye.example").
		recipient(recipientCc, "李四", "lisi@example.cn").
		attach(newMsgPart().long(propAttachMethod, attachByValue).unicode(propAttachLongName, "电梯照片.jpg").
			unicode(propAttachFilename, "DIANTI~1.JPG").unicode(propAttachMIMETag, "image/jpeg").binary(propAttachDataBin, jpegBytes)).
		attach(newMsgPart().long(propAttachMethod, attachByValue).unicode(propAttachLongName, "image001.png").
			unicode(propAttachContentID, "pic1").binary(propAttachDataBin, pngBytes)).
		attach(newMsgPart().unicode(propDisplayName, "停水通知").embed(notice)).
		file()
}

var pngBytes = append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{7}, 5000)...)

func fromOutlook(t *testing.T, b []byte) Mail {
	t.Helper()
	raw, err := FromOutlook(b)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(raw, sentAt.Add(time.Hour))
}

// A message saved from Outlook is read as the mail it stands for: sender, recipients,
// subject, date, the identities that join it to its case, its text, and every file, the
// message attached whole among them.
func TestOutlookMessageIsReadAsMail(t *testing.T) {
	m := fromOutlook(t, chineseMsg(t))
	if m.Problem != "" {
		t.Fatalf("problem %q", m.Problem)
	}
	if m.FromName != "张三" || m.FromEmail != "zhangsan@example.cn" {
		t.Errorf("from %q <%s>", m.FromName, m.FromEmail)
	}
	if m.Subject != "关于三号楼电梯故障的投诉" {
		t.Errorf("subject %q", m.Subject)
	}
	if m.Date == nil || !m.Date.Equal(sentAt) {
		t.Errorf("date %v, want %v", m.Date, sentAt)
	}
	if m.MessageID != "ts-msg-1@example.cn" || m.InReplyTo != "notice-7@wuye.example" {
		t.Errorf("identities %q, in reply to %q", m.MessageID, m.InReplyTo)
	}
	if want := []string{"物业客服 <service@wuye.example>"}; fmt.Sprint(m.To) != fmt.Sprint(want) {
		t.Errorf("to %q", m.To)
	}
	if len(m.Cc) != 1 || !strings.Contains(m.Cc[0], "lisi@example.cn") {
		t.Errorf("cc %q", m.Cc)
	}
	if !strings.Contains(m.Text, "三号楼电梯又坏了，已经三天没人修理。\n请尽快处理。") {
		t.Errorf("text %q", m.Text)
	}
	if m.Auto {
		t.Errorf("a complaint read as automatic (%s)", m.AutoReason)
	}
	got := map[string]int{}
	for _, a := range m.Attachments {
		got[a.Filename+" "+a.ContentType] = len(a.Data)
	}
	for name, size := range map[string]int{"电梯照片.jpg image/jpeg": len(jpegBytes), "image001.png image/png": len(pngBytes)} {
		if got[name] != size {
			t.Errorf("%s: %d bytes, want %d (all: %v)", name, got[name], size, got)
		}
	}
	var inner *Attachment
	for i, a := range m.Attachments {
		if a.Filename == "停水通知.eml" {
			inner = &m.Attachments[i]
		}
	}
	if inner == nil {
		t.Fatalf("the notice attached whole is not listed: %v", got)
	}
	n := Parse(inner.Data, sentAt)
	if n.Subject != "停水通知" || n.FromEmail != "office@wuye.example" || !strings.Contains(n.Text, "11月18日停水一天") {
		t.Errorf("attached notice read as %q from %q: %q", n.Subject, n.FromEmail, n.Text)
	}
}

// A file written by an older Outlook keeps its strings in the office's code page (GBK), not in
// Unicode.
func TestOutlookMessageInTheCodePage(t *testing.T) {
	b := newMsg().
		long(propMessageCodepage, 936).
		ansi(propSubject, gbkZ(t, "投诉：楼道灯不亮")[:len(gbkZ(t, "投诉：楼道灯不亮"))-1]).
		ansi(propSenderName, []byte("\xcd\xf5\xce\xe5")). // 王五
		ansi(propSenderType, []byte("SMTP")).
		ansi(propSenderEmail, []byte("wangwu@example.cn")).
		ansi(propBody, gbkZ(t, "五楼楼道灯坏了一周。")).
		time(propDeliveryTime, sentAt).
		file()
	m := fromOutlook(t, b)
	if m.Subject != "投诉：楼道灯不亮" || m.FromName != "王五" || m.FromEmail != "wangwu@example.cn" {
		t.Errorf("read %q from %q <%s>", m.Subject, m.FromName, m.FromEmail)
	}
	if !strings.Contains(m.Text, "五楼楼道灯坏了一周。") {
		t.Errorf("text %q", m.Text)
	}
	if m.Date == nil || !m.Date.Equal(sentAt) {
		t.Errorf("date %v: the delivery time stands in for a missing send time", m.Date)
	}
}

// A message received in Outlook keeps the header it arrived with: that header is the
// message's, without its MIME fields (the parts are written anew), and nothing is added twice.
func TestOutlookMessageKeepsTheHeaderItArrivedWith(t *testing.T) {
	header := "Received: from mx.example.cn by mail.wuye.example;\r\n\tFri, 20 Nov 2026 17:30:05 +0800\r\n" +
		"From: =?GB2312?B?1cXI/Q==?= <zhangsan@example.cn>\r\n" +
		"To: service@wuye.example\r\n" +
		"Subject: =?GB2312?B?zbbL3w==?=\r\n" +
		"Date: Fri, 20 Nov 2026 17:30:00 +0800\r\n" +
		"Message-ID: <arrived-1@example.cn>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative;\r\n\tboundary=\"----=_NextPart_000\"\r\n" +
		"X-Mailer: Foxmail 7.2\r\n"
	b := newMsg().
		unicode(propTransportHeaders, header).
		unicode(propSubject, "投诉").
		unicode(propSenderName, "张三").unicode(propSenderEmail, "zhangsan@example.cn").
		unicode(propMessageID, "<arrived-1@example.cn>").
		time(propClientSubmitTime, sentAt).
		unicode(propBody, "车位被占。").
		file()
	raw, err := FromOutlook(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"From:", "Subject:", "Date:", "Message-ID:", "MIME-Version:"} {
		if n := strings.Count(string(raw), "\r\n"+field) + strings.Count(string(raw[:len(field)]), field); n != 1 {
			t.Errorf("%s written %d times:\n%s", field, n, raw)
		}
	}
	if strings.Contains(string(raw), "NextPart_000") {
		t.Errorf("the header's MIME fields are kept:\n%s", raw)
	}
	m := Parse(raw, sentAt)
	if m.Subject != "投诉" || m.FromName != "张三" || m.MessageID != "arrived-1@example.cn" || m.Text != "车位被占。" {
		t.Errorf("read %q from %q (%s): %q", m.Subject, m.FromName, m.MessageID, m.Text)
	}
	if want := time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC); m.Date == nil || !m.Date.Equal(want) {
		t.Errorf("date %v: the header's own date is the message's", m.Date)
	}
}

// An Exchange sender's address is a directory name, which no reply reaches: the SMTP address
// Outlook keeps beside it is taken, and without one the sender is named without an address.
func TestOutlookExchangeSender(t *testing.T) {
	dn := "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=ZHAO"
	with := newMsg().unicode(propSenderName, "赵六").unicode(propSenderType, "EX").unicode(propSenderEmail, dn).
		unicode(propSenderSMTP, "zhaoliu@corp.example").unicode(propSubject, "报修").file()
	if m := fromOutlook(t, with); m.FromEmail != "zhaoliu@corp.example" || m.FromName != "赵六" {
		t.Errorf("from %q <%s>", m.FromName, m.FromEmail)
	}
	without := newMsg().unicode(propSenderName, "赵六").unicode(propSenderType, "EX").unicode(propSenderEmail, dn).
		unicode(propSubject, "报修").file()
	if m := fromOutlook(t, without); m.FromEmail != "" || strings.Contains(m.FromName, "EXCHANGE") {
		t.Errorf("from %q <%s>", m.FromName, m.FromEmail)
	}
	// Sent for someone the file names without an internet address (MsgKit and the converters
	// built on it write a name alone; Exchange its directory entry): from the sending mailbox.
	for _, rep := range []*msgWriter{newMsg().unicode(propRepresentingName, "张三"),
		newMsg().unicode(propRepresentingName, "张三").unicode(propRepresentingType, "EX").unicode(propRepresentingEmail, dn)} {
		b := rep.unicode(propSenderName, "张三").unicode(propSenderType, "SMTP").unicode(propSenderEmail, "zhangsan@163.com").
			unicode(propSubject, "报修").file()
		if m := fromOutlook(t, b); m.FromEmail != "zhangsan@163.com" || m.FromName != "张三" {
			t.Errorf("sent for a name without an address: from %q <%s>", m.FromName, m.FromEmail)
		}
	}
	noName := newMsg().unicode(propRepresentingName, "sunqi@example.com").unicode(propSenderName, "孙七").
		unicode(propSenderType, "SMTP").unicode(propSenderEmail, "sunqi@example.com").unicode(propSubject, "报修").file()
	if m := fromOutlook(t, noName); m.FromEmail != "sunqi@example.com" || m.FromName != "孙七" {
		t.Errorf("sent for an address as a name: from %q <%s>", m.FromName, m.FromEmail)
	}
	// A name with a comma or an "@" in it (Apache POI's files) is one name, and no address.
	for _, name := range []string{"Allison, Timothy B.", "Tests Chang@FT (張毓倫)", "王, 芳"} {
		b := newMsg().unicode(propSenderName, name).unicode(propSenderType, "EX").unicode(propSenderEmail, dn).
			unicode(propSubject, "报修").file()
		if m := fromOutlook(t, b); m.FromEmail != "" || m.FromName != name {
			t.Errorf("%s: from %q <%s>", name, m.FromName, m.FromEmail)
		}
	}
}

// An older Outlook's recipients and files name no code page of their own: they are in the
// message's (Big5 here), not guessed.
func TestOutlookAttachmentNamesInTheMessagesCodePage(t *testing.T) {
	big5 := func(s string) []byte {
		b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	m := newMsg().long(propMessageCodepage, 950).ansi(propSubject, big5("三號樓電梯故障")).
		ansi(propSenderName, big5("張三")).ansi(propSenderType, []byte("SMTP")).ansi(propSenderEmail, []byte("zs@example.tw")).
		ansi(propBody, big5("電梯又壞了。")).
		attach(newMsgPart().long(propAttachMethod, attachByValue).ansi(propAttachLongName, big5("電梯照片.jpg")).
			binary(propAttachDataBin, []byte("jpeg"))).file()
	got := fromOutlook(t, m)
	if len(got.Attachments) != 1 || got.Attachments[0].Filename != "電梯照片.jpg" || got.Subject != "三號樓電梯故障" {
		t.Errorf("subject %q, attachments %+v", got.Subject, got.Attachments)
	}
}

// A line break in a property does not start a header field of its own.
func TestOutlookPropertyCannotAddAField(t *testing.T) {
	b := newMsg().unicode(propMessageID, "<a@example.cn>\r\nIn-Reply-To: <other-case@example.cn>").
		unicode(propSubject, "complaint\r\nReferences: <other-case@example.cn>").unicode(propSenderEmail, "a@example.cn").
		unicode(propBody, "车位被占。").file()
	m := fromOutlook(t, b)
	if m.InReplyTo != "" || len(m.References) != 0 || !strings.HasPrefix(m.Subject, "complaint") {
		t.Errorf("subject %q, in reply to %q, references %q", m.Subject, m.InReplyTo, m.References)
	}
}

// A delivery report or an out-of-office answer saved from Outlook is automatic mail: it never
// opens a complaint.
func TestOutlookReportIsAutomatic(t *testing.T) {
	for _, class := range []string{"REPORT.IPM.Note.NDR", "REPORT.IPM.Note.IPNRN", "IPM.Note.Rules.OofTemplate.Microsoft"} {
		b := newMsg().unicode(propMessageClass, class).unicode(propSubject, "Undeliverable: 投诉").
			unicode(propSenderName, "Mail Delivery").unicode(propSenderEmail, "postmaster@example.cn").file()
		if m := fromOutlook(t, b); !m.Auto {
			t.Errorf("%s: not automatic", class)
		}
	}
}

// A clear-signed message is kept by Outlook as its signed entity attached: it is written out as
// it arrived, its text once, its signature listed.
func TestOutlookSignedMessage(t *testing.T) {
	entity := "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=\"s\"\r\n\r\n" +
		"--s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n车位被占。\r\n" +
		"--s\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n\r\nMIIBAA==\r\n--s--\r\n"
	b := newMsg().unicode(propMessageClass, "IPM.Note.SMIME.MultipartSigned").unicode(propSubject, "投诉").
		unicode(propSenderEmail, "a@example.cn").unicode(propBody, "车位被占。").
		attach(newMsgPart().long(propAttachMethod, attachByValue).unicode(propAttachLongName, "smime.p7m").
			unicode(propAttachMIMETag, "multipart/signed").binary(propAttachDataBin, []byte(entity))).
		file()
	m := fromOutlook(t, b)
	if m.Text != "车位被占。" || m.Subject != "投诉" || m.FromEmail != "a@example.cn" {
		t.Errorf("read %q from %q: %q", m.Subject, m.FromEmail, m.Text)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != "smime.p7s" {
		for _, a := range m.Attachments {
			t.Logf("%q %s", a.Filename, a.ContentType)
		}
		t.Error("the signature is not the one file")
	}
}

// Text kept only as Outlook's Rich Text is read from it.
func TestOutlookRichTextOnly(t *testing.T) {
	b := newMsg().unicode(propSubject, "投诉").unicode(propSenderEmail, "a@example.cn").
		binary(propRTFCompressed, storedRTF(`{\rtf1\ansi\ansicpg936 {\fonttbl{\f0 SimSun;}}\f0 \'b5\'e7\'cc\'dd\'bb\'b5\'c1\'cb\par}`)).
		file()
	if m := fromOutlook(t, b); m.Text != "电梯坏了" {
		t.Errorf("text %q", m.Text)
	}
}

// A real Outlook 2016 message (msgreader's test file, ISC licence): its header, and its one
// picture.
func TestOutlookRealMessage(t *testing.T) {
	b, err := os.ReadFile("testdata/outlook/freiraum.msg")
	if err != nil {
		t.Fatal(err)
	}
	m := fromOutlook(t, b)
	if m.Subject != "asdf" || m.FromEmail != "christoph@freiraum.xyz" || m.MessageID != "000001d3c2c0$e7ca4aa0$b75edfe0$@freiraum.xyz" {
		t.Errorf("read %q from %q (%s)", m.Subject, m.FromEmail, m.MessageID)
	}
	if want := time.Date(2018, 3, 23, 16, 6, 29, 0, time.UTC); m.Date == nil || !m.Date.Equal(want) {
		t.Errorf("date %v", m.Date)
	}
	if len(m.Attachments) != 1 || !strings.HasSuffix(m.Attachments[0].Filename, "F53DB3E37548.jpg") ||
		len(m.Attachments[0].Data) != 122784 || m.Attachments[0].ContentType != "image/jpeg" {
		for _, a := range m.Attachments {
			t.Logf("%q %s %d", a.Filename, a.ContentType, len(a.Data))
		}
		t.Error("the picture is not the message's one attachment")
	}
}

// The same file gives the same message, so that it is stored once however often it is
// imported.
func TestOutlookMessageIsWrittenTheSameEachTime(t *testing.T) {
	b := chineseMsg(t)
	one, err := FromOutlook(b)
	if err != nil {
		t.Fatal(err)
	}
	two, _ := FromOutlook(b)
	if !bytes.Equal(one, two) {
		t.Error("two readings of one file differ")
	}
}

// wordDocument is a compound file that is no message: a Word 97 document's streams.
func wordDocument() []byte {
	return writeCFB([]*cfbEntry{{name: "WordDocument", data: bytes.Repeat([]byte{1}, 600)}, {name: "1Table", data: []byte{0}}})
}

// The files the other packages' tests import (a complaint saved from Outlook, a Word document)
// are those written here; UPDATE_OUTLOOK=1 writes them anew.
func TestOutlookFixtures(t *testing.T) {
	for name, b := range map[string][]byte{"complaint.msg": chineseMsg(t), "document.doc": wordDocument()} {
		file := "testdata/outlook/" + name
		if os.Getenv("UPDATE_OUTLOOK") != "" {
			if err := os.WriteFile(file, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if old, err := os.ReadFile(file); err != nil || !bytes.Equal(old, b) {
			t.Errorf("%s is not what the tests write (%v): run with UPDATE_OUTLOOK=1", file, err)
		}
	}
}

// A Word document of the same file format holds no message; a file cut short or damaged is an
// error, not a crash.
func TestNotAnOutlookMessage(t *testing.T) {
	word := wordDocument()
	if !IsOutlook(word) {
		t.Fatal("a compound file is not told")
	}
	if _, err := FromOutlook(word); !errors.Is(err, ErrNotOutlook) {
		t.Errorf("a Word document: %v", err)
	}
	b := chineseMsg(t)
	for _, n := range []int{8, 512, len(b) / 2, len(b) - 512} {
		if _, err := FromOutlook(b[:n]); err == nil {
			t.Errorf("cut at %d of %d bytes: no error", n, len(b))
		}
	}
}

// forwardWithOutlookFile is a colleague's forward with the complaint attached as the .msg file
// Outlook saved it as.
func forwardWithOutlookFile(t testing.TB) []byte {
	return []byte("From: 前台 <frontdesk@wuye.example>\r\nTo: service@wuye.example\r\nSubject: =?UTF-8?B?" +
		base64.StdEncoding.EncodeToString([]byte("转发：业主投诉")) + "?=\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n请处理。\r\n" +
		"--b\r\nContent-Type: application/vnd.ms-outlook; name=\"complaint.msg\"\r\nContent-Transfer-Encoding: base64\r\n" +
		"Content-Disposition: attachment; filename=\"complaint.msg\"\r\n\r\n" + base64.StdEncoding.EncodeToString(chineseMsg(t)) + "\r\n--b--\r\n")
}

// A colleague who forwards a complaint saved from Outlook attaches its .msg file: whose
// complaint it passes on, and what it says, are read from the file.
func TestForwardWithAnOutlookMessageAttached(t *testing.T) {
	m := Parse(forwardWithOutlookFile(t), sentAt)
	f := m.Forwarded
	if f == nil {
		t.Fatal("not read as a forward")
	}
	if f.FromName != "张三" || f.FromEmail != "zhangsan@example.cn" || f.Subject != "关于三号楼电梯故障的投诉" ||
		!strings.Contains(f.Text, "三号楼电梯又坏了") {
		t.Errorf("forwarded %q <%s>: %q, %q", f.FromName, f.FromEmail, f.Subject, f.Text)
	}
	var names []string
	for _, a := range f.Attachments {
		names = append(names, a.Filename)
	}
	if !slices.Contains(names, "电梯照片.jpg") {
		t.Errorf("the complaint's files: %q", names)
	}
}

func FuzzFromOutlook(f *testing.F) {
	f.Add(chineseMsg(f))
	if b, err := os.ReadFile("testdata/outlook/freiraum.msg"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if raw, err := FromOutlook(b); err == nil {
			Parse(raw, sentAt)
		}
	})
}

// BenchmarkFromOutlook writes out a real Outlook message with its 120 KB picture, and the
// complaint of the tests with its files and a message attached whole.
func BenchmarkFromOutlook(b *testing.B) {
	real, err := os.ReadFile("testdata/outlook/freiraum.msg")
	if err != nil {
		b.Fatal(err)
	}
	for name, file := range map[string][]byte{"outlook2016": real, "complaint": chineseMsg(b)} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(file)))
			for b.Loop() {
				if _, err := FromOutlook(file); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
