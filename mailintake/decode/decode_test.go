package decode

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

var fixedTime = time.Date(2026, 11, 20, 8, 30, 0, 0, time.UTC)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name, raw, want string
		fallbacks       []string
	}{
		{"gb2312 label with gbk character", "=?gb2312?B?wbq1durJ?=", "梁祐晟", nil},
		{"big5", "=?big5?B?pKSk5Q==?=", "中文", nil},
		{"a stray quote in a base64 word", `=?gb2312?B?t8e5q7nYwvLKssO0"?=`, "非公关买什么", nil},
		{"character split across words", "=?utf-8?q?=e2?= =?utf-8?q?=98=ba?=", "☺", nil},
		{"unknown charset on ascii", "=?x-unknown-thing?B?aGVsbG8=?=", "hello", nil},
		{"raw gbk bytes", "\xc4\xe3\xba\xc3", "你好", nil},
		{"raw latin-1 bytes without a label", "Alimentos de manera org\xe1nica, consumo m\xednimo", "Alimentos de manera orgánica, consumo mínimo", nil},
		{"raw big5 bytes without a label", "\xb3\x5c\xa5\x69\xc3\xd2", "許可證", []string{"big5"}},
		{"raw bytes in the declared charset", "Forma\xe7\xe3o", "Formação", []string{"windows-1252"}},
		{"raw gbk bytes under a body labelled iso-8859-1", "\xcd\xa3\xb3\xb5\xb3\xa1", "停车场", []string{"iso-8859-1"}},
		{"text between words kept", "Re: =?utf-8?B?5oqV6K+J?= [TS-2026-000001]", "Re: 投诉 [TS-2026-000001]", nil},
		{"utf-7 word", "=?utf-7?Q?+ZYdoYw-?=", "文档", nil},
		{"utf-8 word with one damaged character", "=?UTF-8?B?157XqdeUINeS15zXmdem11fXmQ==?=", "משה גליצ\uFFFDWי", nil},
		{"bytes that only claim to be utf-8", "=?utf-8?B?nnDusSNdG92w6Fuw?=", "=?utf-8?B?nnDusSNdG92w6Fuw?=", nil},
		{"gbk bytes in a word labelled utf-8", "=?utf-8?B?xOO6w6OsztK80sKlyc/CqcuuoaM=?=", "你好，我家楼上漏水。", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := decodeText(tc.raw, tc.fallbacks); got != tc.want {
				t.Errorf("decodeText(%q) = %q, want %q", tc.raw, got, tc.want)
			}
		})
	}
}

func TestDecodeBytesUnderLabels(t *testing.T) {
	tests := []struct {
		name, raw, label, want string
		fallbacks              []string
	}{
		{"hz-gb-2312 is 7-bit", "~{NoR5M6K_~}: ~{5gL]9JUO~}", "HZ-GB-2312", "物业投诉: 电梯故障", nil},
		{"x-big5", "\xaa\xab\xb7\x7e\xa7\xeb\xb6\x44", "x-big5", "物業投訴", nil},
		{"big5 with a suffix", "\xaa\xab\xb7\x7e", "big5-2003", "物業", nil},
		{"cp932 is shift_jis", "\x8b\xea\x8f\xee", "cp932", "苦情", nil},
		// A character the office made for itself (造字) keeps the private code Windows gives it.
		{"gbk user area", "\xd2\xb5\xd6\xf7\xaa\xa1\xa1\x40\xf8\xa1\xa7\xa0", "gbk", "业主\ue000\ue4c6\ue234\ue765", nil},
		{"shift_jis user area", "\x83\x65\x83\x58\x83\x67\xf0\x40\xf9\xfc", "shift_jis", "テスト\ue000\ue757", nil},
		{"unlabelled utf-8 with a character cut in half", "三号楼电梯故障已经三天\xe4\xba", "", "三号楼电梯故障已经三天\uFFFD", nil},
		{"gbk under iso-8859-1", "\xce\xef\xd2\xb5\xcd\xb6\xcb\xdf 3\xba\xc5\xc2\xa5", "iso-8859-1", "物业投诉 3号楼", nil},
		{"big5 under iso-8859-1, named in the subject", "\xaa\xab\xb7\x7e\xa7\xeb\xb6\x44", "iso-8859-1", "物業投訴", []string{"iso-8859-1", "big5"}},
		{"latin-1 under iso-8859-1", "Caf\xe9 cr\xe8me, tr\xe8s bien", "iso-8859-1", "Café crème, très bien", nil},
		{"one latin-1 pair under iso-8859-1", "Die Gr\xf6\xdfe", "iso-8859-1", "Die Größe", nil},
		{"cp1252 quotes under windows-1252", "\x93quoted\x94 \x96 dash", "windows-1252", "\u201cquoted\u201d \u2013 dash", nil},
		{"gbk under utf-8", "\xc4\xe3\xba\xc3\xa3\xac\xce\xd2\xbc\xd2\xc2\xa5\xc9\xcf\xc2\xa9\xcb\xae\xa1\xa3", "utf-8", "你好，我家楼上漏水。", nil},
		{"big5 under utf-8, named in the subject", "\xaa\xab\xb7\x7e\xa7\xeb\xb6\x44", "UTF-8", "物業投訴", []string{"utf-8", "big5"}},
		{"utf-8 with a character cut in half", "电梯坏了\xe5\x9d三天，请尽快修理。", "utf-8", "电梯坏了\uFFFD三天，请尽快修理。", nil},
		{"latin-1 under utf-8", "Caf\xe9 cr\xe8me, tr\xe8s bien", "utf-8", "Café crème, très bien", nil},
		{"latin-1 under utf-8, words that start with an accent", "Det h\xe4r \xe4r ett flerdelat meddelande", "utf-8", "Det här är ett flerdelat meddelande", nil},
		{"iso-2022-cn", "\x1b$)A\x0eDc:C\x0f, hello", "ISO-2022-CN", "你好, hello", nil},
		{"iso-2022-cn, cns 11643 unknown", "\x1b$)G\x0eDc\x0f ok", "iso-2022-cn", "\uFFFD ok", nil},
		{"iso-2022-kr", "\x1b$)C\r\n\x0e>H3g\x0f hello", "iso-2022-kr", "\r\n안녕 hello", nil},
		{"us-ascii by glibc's name", "\xc4\xe3\xba\xc3", "ANSI_X3.4-1968", "你好", nil},
		{"win-1257 is windows-1257", "\xd5\xc4\xd6\xdc, Tere \xf5htust", "win-1257", "ÕÄÖÜ, Tere õhtust", nil},
		{"cp1251 is windows-1251", "\xcf\xf0\xe8\xe2\xe5\xf2", "x-cp1251", "Привет", nil},
		{"mac-roman is macintosh", "r\x8aksm\x9arg\x8cs", "mac-roman", "räksmörgås", nil},
		// Western text under no label or us-ascii: accented letters and curly quotes where no
		// Chinese character can end (before a space, a stop, the end).
		{"cp1252 under us-ascii", "Caf\xe9 cr\xe8me \x93quoted\x94", "us-ascii", "Café crème \u201cquoted\u201d", nil},
		{"cp1252 quotes, no label", "the ticker symbol\n\x93IGTS\x94. Intelligent", "", "the ticker symbol\n\u201cIGTS\u201d. Intelligent", nil},
		{"gbk before a stop, no label", "\xba\xc3. \xc4\xe3\xba\xc3!", "", "好. 你好!", nil},
		// Accented letters inside Latin words, one or two together, where GBK would read them
		// as rare characters (or none): "Gr鲞e", "M黱chen".
		{"latin-1 words, no label", "Gr\xfc\xdfe aus M\xfcnchen, \xd6sterreich", "", "Grüße aus München, Österreich", nil},
		{"a latin-1 name, no label", "Gr\xf6\xdfe", "", "Größe", nil},
		{"gbk after a latin letter, no label", "A\xb6\xb0 3\xba\xc5", "", "A栋 3号", nil},
		{"one gbk character of two latin-looking bytes stays gbk", "\xd5\xc5", "", "张", nil},
		{"latin-1 letters together under utf-8", "Some wrong encoding: \xe4\xf6\xfc", "utf-8", "Some wrong encoding: äöü", nil},
		// A Cyrillic sender's name is no reason to read a Western text as Cyrillic.
		{"latin-1 under iso-8859-1, a cyrillic name in the header", "test \xe4\xf6\xfc\xdf\n -Skywalker", "iso-8859-1",
			"test äöüß\n -Skywalker", []string{"iso-8859-1", "windows-1251", "koi8-r"}},
		{"iso-2022-jp with no label", "\x1b$B6l>p\x1b(B: \x1b$BF|K\\8l\x1b(B", "", "苦情: 日本語", nil},
		{"iso-2022-cn under us-ascii", "\x1b$)A\x0eDc:C\x0f", "us-ascii", "你好", nil},
		{"windows-950 is big5", "\xaa\xab\xb7\x7e", "windows-950", "物業", nil},
		{"outlook express's utf-8", "投诉", "x-unicode20utf8", "投诉", nil},
		{"outlook express's user-defined gbk", "\xd6\xd0\xce\xc4\xd5\xfd\xce\xc4", "x-user-defined", "中文正文", nil},
		{"no charset named", "\xd6\xd0\xce\xc4\xd5\xfd\xce\xc4", "_autodetect_all", "中文正文", nil},
		// Big5 that says nothing of it (Taiwan's and Hong Kong's mail) is told from GBK by how
		// common the characters of each reading are.
		{"big5 under us-ascii", "\xb1z\xa6n\xa1A\xa7\xda\xa6\xed\xa6b\xa4j\xa6w\xb0\xcf\xaa\xba\xaa\xc0\xb0\xcf\xa4j\xbc\xd3\xa1A\xb3\xcc\xaa\xf1\xba\xde\xb2z\xad\xfb\xbaA\xab\xd7\xab\xdc\xaet\xa1A\xb9q\xb1\xe8\xa4]\xb1`\xb1`\xacG\xbb\xd9\xa1A\xbd\xd0\xbe\xa8\xa7\xd6\xb3B\xb2z\xa8\xc3\xa6^\xc2\xd0\xa1C", "us-ascii", "您好，我住在大安區的社區大樓，最近管理員態度很差，電梯也常常故障，請儘快處理並回覆。", nil},
		{"big5 under iso-8859-1", "\xb1z\xa6n\xa1A\xa7\xda\xa6\xed\xa6b\xa4j\xa6w\xb0\xcf\xaa\xba\xaa\xc0\xb0\xcf\xa4j\xbc\xd3\xa1A\xb3\xcc\xaa\xf1\xba\xde\xb2z\xad\xfb\xbaA\xab\xd7\xab\xdc\xaet\xa1A\xb9q\xb1\xe8\xa4]\xb1`\xb1`\xacG\xbb\xd9\xa1A\xbd\xd0\xbe\xa8\xa7\xd6\xb3B\xb2z\xa8\xc3\xa6^\xc2\xd0\xa1C", "iso-8859-1", "您好，我住在大安區的社區大樓，最近管理員態度很差，電梯也常常故障，請儘快處理並回覆。", nil},
		{"big5 under utf-8", "\xb1z\xa6n\xa1A\xa7\xda\xa6\xed\xa6b\xa4j\xa6w\xb0\xcf\xaa\xba\xaa\xc0\xb0\xcf\xa4j\xbc\xd3\xa1A\xb3\xcc\xaa\xf1\xba\xde\xb2z\xad\xfb\xbaA\xab\xd7\xab\xdc\xaet\xa1A\xb9q\xb1\xe8\xa4]\xb1`\xb1`\xacG\xbb\xd9\xa1A\xbd\xd0\xbe\xa8\xa7\xd6\xb3B\xb2z\xa8\xc3\xa6^\xc2\xd0\xa1C", "utf-8", "您好，我住在大安區的社區大樓，最近管理員態度很差，電梯也常常故障，請儘快處理並回覆。", nil},
		// Here many second bytes are ASCII letters between first bytes: a Latin look.
		{"big5 that looks latin, no label", "\xa7A\xa6n\xa1A\xa4j\xb9q\xb1\xe8\xacG\xbb\xd9\xa4F\xa1A\xb2z\xb3B\xb2z\xa4H\xad\xfb\xb1z\xb3o\xb0\xdd\xc3D\xa4w\xb8g\xa4\xcf\xacM\xb9L\xa4T\xa6\xb8\xa1A\xa8C\xa4\xd1\xa6\xad\xa4W\xa4C\xc2I\xa8\xec\xa4E\xc2I\xb3\xcc\xc4Y\xad\xab\xa1C", "", "你好，大電梯故障了，理處理人員您這問題已經反映過三次，每天早上七點到九點最嚴重。", nil},
		{"big5 that looks latin, under iso-8859-1", "\xa7A\xa6n\xa1A\xa4j\xb9q\xb1\xe8\xacG\xbb\xd9\xa4F\xa1A\xb2z\xb3B\xb2z\xa4H\xad\xfb\xb1z\xb3o\xb0\xdd\xc3D\xa4w\xb8g\xa4\xcf\xacM\xb9L\xa4T\xa6\xb8\xa1A\xa8C\xa4\xd1\xa6\xad\xa4W\xa4C\xc2I\xa8\xec\xa4E\xc2I\xb3\xcc\xc4Y\xad\xab\xa1C", "iso-8859-1", "你好，大電梯故障了，理處理人員您這問題已經反映過三次，每天早上七點到九點最嚴重。", nil},
		{"big5 that looks latin, under utf-8", "\xa7A\xa6n\xa1A\xa4j\xb9q\xb1\xe8\xacG\xbb\xd9\xa4F\xa1A\xb2z\xb3B\xb2z\xa4H\xad\xfb\xb1z\xb3o\xb0\xdd\xc3D\xa4w\xb8g\xa4\xcf\xacM\xb9L\xa4T\xa6\xb8\xa1A\xa8C\xa4\xd1\xa6\xad\xa4W\xa4C\xc2I\xa8\xec\xa4E\xc2I\xb3\xcc\xc4Y\xad\xab\xa1C", "utf-8", "你好，大電梯故障了，理處理人員您這問題已經反映過三次，每天早上七點到九點最嚴重。", nil},
		{"gbk with no label stays gbk", "\xc4\xfa\xba\xc3\xa3\xac\xce\xd2\xd7\xa1\xd4\xda\xb3\xaf\xd1\xf4\xc7\xf8\xb5\xc4\xd0\xa1\xc7\xf8\xa3\xac\xd7\xee\xbd\xfc\xce\xef\xd2\xb5\xb9\xdc\xc0\xed\xd4\xb1\xcc\xac\xb6\xc8\xba\xdc\xb2\xee\xa3\xac\xb5\xe7\xcc\xdd\xd2\xb2\xbe\xad\xb3\xa3\xb9\xca\xd5\xcf\xa3\xac\xc7\xeb\xbe\xa1\xbf\xec\xb4\xa6\xc0\xed\xb2\xa2\xbb\xd8\xb8\xb4\xa1\xa3", "", "您好，我住在朝阳区的小区，最近物业管理员态度很差，电梯也经常故障，请尽快处理并回复。", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := decodeBytes([]byte(tc.raw), tc.label, tc.fallbacks); got != tc.want {
				t.Errorf("decodeBytes(%q, %q) = %q, want %q", tc.raw, tc.label, got, tc.want)
			}
		})
	}
}

func TestDecodeBase64(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"lines of 76 with CRLF", "5oqV6K+J5oqV6K+J5oqV6K+J5oqV6K+J5oqV6K+J5oqV6K+J5oqV6K+J5oqV6K+J5oqV6K+J5oqV\r\n6K+J\r\n", strings.Repeat("投诉", 10)},
		{"bare LF and padding", "aGVs\nbG8=\n", "hello"},
		{"no padding", "aGVsbG8", "hello"},
		{"spaces and stray characters", "aGVs bG8*\r\n", "hello"},
		{"padding in the middle", "aGk=aGk=", "hihi"},
		{"one character too many", "aGVsbG8hx", "hello!"},
		{"plain words labelled base64", "Email with attached another email\r\n\r\n", "Email with attached another email\r\n\r\n"},
		// Chinese text an archive decoded but left labelled base64 (the TREC 2006 corpus).
		{"gb2312 text labelled base64", "\xbd\xb2\xb5\xc4\xca\xc7\xbf\xd7\xd7\xd3\xba\xf3\xc8\xcb\xb5\xc4\xb9\xca\xca\xc2\xa1\xa3\r\n",
			"\xbd\xb2\xb5\xc4\xca\xc7\xbf\xd7\xd7\xd3\xba\xf3\xc8\xcb\xb5\xc4\xb9\xca\xca\xc2\xa1\xa3\r\n"},
		{"chinese and digits labelled base64", "\xc1\xaa\xcf\xb5\xb5\xe7\xbb\xb0\xa3\xba13928403431\xa3\xacQQ\xa3\xba120470324\r\n",
			"\xc1\xaa\xcf\xb5\xb5\xe7\xbb\xb0\xa3\xba13928403431\xa3\xacQQ\xa3\xba120470324\r\n"},
		// A server's notice added after a short base64 text, in whatever charset it writes.
		{"base64 with a footer after it", "5oiR5a625qW85LiK5ryP5rC0\r\n\r\n-----\r\n本邮件已经过病毒扫描，请放心阅读。\r\n", "我家楼上漏水"},
		{"base64 with an English footer", "5oiR5a625qW85LiK5ryP5rC0\r\n___\r\nThis message has been scanned for viruses.\r\n", "我家楼上漏水"},
		{"a code above text labelled base64", "WY20261201\r\nA1B2C3\r\n车位被占用。\r\n", "WY20261201\r\nA1B2C3\r\n车位被占用。\r\n"},
		{"a code of 20 above text labelled base64", "WY20261201A1B2C3D4E5\r\n车位被外来车辆占用三天了。\r\n", "WY20261201A1B2C3D4E5\r\n车位被外来车辆占用三天了。\r\n"},
		{"a word of text labelled base64", "Hello\r\nthe lift is broken\r\nsince last Monday\r\n", "Hello\r\nthe lift is broken\r\nsince last Monday\r\n"},
		{"base64 with an 8-bit footer", strings.Repeat("5Lit5paH5q2j5paH5Lit5paH5q2j5paH\r\n", 10) + "\xb7\xa2\xd7\xd4\r\n",
			strings.Repeat("中文正文中文正文", 10)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(decodeTransfer([]byte(tc.body), "Base64")); got != tc.want {
				t.Errorf("decodeTransfer(%q) = %q, want %q", tc.body, got, tc.want)
			}
		})
	}
}

// text/enriched and text/richtext read by their own rules, not as HTML: a <param>'s colour left
// out, "<<" a "<", one line break a space and two a line break; <nl> and <lt> in richtext.
func TestEnrichedText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<bold>电梯</bold>又坏了", "电梯又坏了"},
		{"<color><param>red</param>紧急</color>：3栋\r\n电梯\r\n\r\n第二段 a<<b &amp;", "紧急：3栋 电梯\n第二段 a<b &amp;"},
		{"<fontfamily><param>Times\r\nNew Roman</param>x</fontfamily>\n\n\ny", "x\n\ny"},
		{"unclosed <bold", "unclosed"},
	} {
		if got := enrichedText(tc.in); got != tc.want {
			t.Errorf("enrichedText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got, want := richText("<bold>电梯</bold>坏了\r\n三天<nl>a <lt> b"), "电梯坏了 三天\na < b"; got != want {
		t.Errorf("richText = %q, want %q", got, want)
	}
	raw := "From: a@b.example\r\nContent-Type: text/enriched; charset=utf-8\r\n\r\n<color><param>red</param>电梯</color>坏了\r\n\r\n王芳\r\n"
	if m := Parse([]byte(raw), fixedTime); m.Text != "电梯坏了\n王芳" {
		t.Errorf("text %q", m.Text)
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string
		not        []string
	}{
		{"paragraphs and breaks", "<p>第一段</p><p>第二段<br>下一行</p>", []string{"第一段\n第二段\n下一行"}, nil},
		{"scripts and styles dropped", "<style>p{}</style><script>alert(1)</script><p>正文</p>", []string{"正文"}, []string{"alert", "p{}"}},
		{"remote images not fetched, alt kept", `<img src="http://tracker.example/p.gif" alt="图片">`, []string{"图片"}, []string{"tracker"}},
		{"link address shown", `<a href="https://example.com/x">详情</a>`, []string{"详情 <https://example.com/x>"}, nil},
		{"entities", "<p>A &amp; B &lt;C&gt; &#20013;</p>", []string{"A & B <C> 中"}, nil},
		{"head left open", "<html><head><style>p{}</style><body><p>内容</p>", []string{"内容"}, nil},
		{"text left in the head", "<html><head><title>标题</title><meta http-equiv=\"Content-Type\"\ncontent=\"text/html\">正文", []string{"正文"}, []string{"标题"}},
		{"preformatted lines kept", "<p>网上投诉：</p><pre>\r\n姓名：张三\r\n电话：13800000000\r\n内容：电梯 &amp; 门禁坏了\r\n</pre><p>谢谢</p>",
			[]string{"网上投诉：\n姓名：张三\n电话：13800000000\n内容：电梯 & 门禁坏了\n谢谢"}, nil},
		// A form's label and value, two spans its style sheet sets apart; a word in two colours
		// stays whole.
		{"a form's spans", `<div class="row"><span class="k">宾客姓名 / Guest Name</span><span class="v">欧阳明轩</span></div>` +
			`<p><span style="color:red">重</span><span>要</span>通知</p>`,
			[]string{"宾客姓名 / Guest Name 欧阳明轩\n重要通知"}, nil},
		{"a signature block", "<p>正文</p><pre class=\"moz-signature\">-- \n      物业客服中心\n    </pre>", []string{"正文\n--\n物业客服中心"}, nil},
		// A non-breaking space beside a tag is a space (Outlook's "Sent:" lines, Gmail's links).
		{"nbsp beside tags", `<b>Sent:</b>&nbsp;Monday<br>Hello&nbsp;<a href="#">World</a><br><b>x&nbsp;</b>b`,
			[]string{"Sent: Monday\nHello World\nx b"}, nil},
		{"html5 blocks and alt text", `<p>Here is <img alt="Miro" src="x.png"><details><summary>One</summary>Some details</details>` +
			`<address>物业客服中心</address><figure><figcaption>Sales</figcaption></figure>End</p>`,
			[]string{"Here is Miro\nOne\nSome details\n物业客服中心\nSales\nEnd"}, nil},
		// What a browser hides: a newsletter's preheader, a tracking image; not what only
		// Outlook hides (a button drawn for every other mail program).
		{"hidden text", `<div style="Display: None;font-size:1px">预览文字</div><img alt="beacon" src="t.gif" style="display:none">` +
			`<span hidden>H</span><div style="visibility:hidden"><div>x</div>y</div><p>电梯坏了</p><a style="mso-hide:all">查看详情</a>`,
			[]string{"电梯坏了\n查看详情"}, []string{"预览", "beacon", "H", "x", "y"}},
		// A span an editor shows as a block is a line of its own; one shown inline, or as a
		// table's cell, is not.
		{"spans shown as blocks", `<div><span style="display: block">张伟</span><span style="DISPLAY:block!important">` +
			`手机：13812345678</span><font style="display:flex"><span>B座1203</span></font>` +
			`<span style="display:inline-block">甲</span><span style="display:table-cell">乙</span></div>`,
			[]string{"张伟\n手机：13812345678\nB座1203\n甲乙"}, nil},
		// An ordered list's items keep their numbers, as a browser shows them; a bulleted list's
		// items are lines.
		{"numbered lists", `<p>具体问题如下：</p><ol><li><p class="x">噪音</p></li><li><div>漏水</div></li></ol>` +
			`<ol start="4" type="a"><li>甲</li><li value="9">乙</li></ol><ol style="list-style-type: upper-roman"><li>丙</li></ol>` +
			`<ol style="list-style-type:cjk-ideographic"><li>丁</li></ol><ul><li>戊</li></ul>谢谢`,
			[]string{"具体问题如下：\n1. 噪音\n2. 漏水\nd. 甲\ni. 乙\nI. 丙\n一、丁\n戊\n谢谢"}, nil},
		// A table's row of three cells or more is a line, its cells set apart, also when each
		// cell holds a paragraph; a label and its value one space apart; cells of several lines
		// one after another; rows left open, and tables inside cells.
		{"tables", `<table><tr><th><p>日期</p></th><th><p>事项</p></th><th><p>金额</p></th></tr>` +
			`<tr><td><p style="margin:0">2026-01-05</p></td><td><p>物业费（全年）</p></td><td><div>￥3,786.24</div></td></tr>` +
			`<tr><td>姓名：</td><td>张伟</td><tr><td>联系人：</td><td>王芳</td><td>电话:</td><td>13912345678</td><tr><td>11月3日</td><td>晚上<br>噪音</td><td>持续到1点</td></table>` +
			`<table><tr><td><img src="cid:logo"></td><td><p>李娜</p><p>手机：13812345678</p>` +
			`<table><tr><td>a</td><td>b</td><td>c</td></tr></table></td></tr></table>完`,
			[]string{"日期 | 事项 | 金额\n2026-01-05 | 物业费（全年） | ￥3,786.24\n姓名： 张伟\n联系人： 王芳 | 电话: 13912345678\n11月3日\n晚上\n噪音\n持续到1点\n" +
				"李娜\n手机：13812345678\na | b | c\n完"}, nil},
		// A line broken in the source between two Chinese characters is shown without a space
		// (Word wraps its HTML inside a sentence); between other words it is a space.
		{"source lines broken in Chinese", "<p>我是1702的业主\r\n陈晓明，电话\n<span>13600001111</span>。我住\r\n" +
			"<b>滨江</b>\n9栋\nthe\nend</p>", []string{"我是1702的业主陈晓明，电话 13600001111。我住滨江 9栋 the end"}, nil},
		{"all of it hidden (shown on phones only)", `<div style="display:none">电梯坏了</div>`, []string{"电梯坏了"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := htmlText(tc.html)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("htmlText = %q, want it to contain %q", got, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("htmlText = %q, must not contain %q", got, n)
				}
			}
		})
	}
}

func TestParseDecisions(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		auto     bool
		problem  bool
		subject  string
		fromAddr string
	}{
		{"ordinary", "From: a@b.example\r\nSubject: hi\r\n\r\nbody", false, false, "hi", "a@b.example"},
		// Folds and runs of spaces are one space; the ideographic space stays as it was set.
		// Mail servers' reports sent as plain mail, and QQ Mail's holiday answers.
		{"exchange's report", "From: MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@office.example\r\nSubject: x\r\n\r\nb",
			true, false, "x", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@office.example"},
		{"undeliverable", "From: a@b.example\r\nSubject: =?UTF-8?B?5pyq6YCB6L6+OiDlhbPkuo7nlLXmoq8=?=\r\n\r\nb", true, false, "未送达: 关于电梯", "a@b.example"},
		{"netease's bounce", "From: a@b.example\r\nSubject: =?GBK?B?z7XNs83L0MU=?=\r\n\r\nb", true, false, "系统退信", "a@b.example"},
		{"a complaint about a parcel not delivered", "From: a@b.example\r\nSubject: =?UTF-8?B?5pyq6YCB6L6+55qE5b+r6YCS?=\r\n\r\nb", false, false, "未送达的快递", "a@b.example"},
		{"a postmaster written otherwise", "From: post_master@vtext.example\r\nSubject: Re:Test message\r\n\r\nb", true, false, "Re:Test message", "post_master@vtext.example"},
		{"undeliverable message", "From: sysadmin@b.example\r\nSubject: Undeliverable Message\r\n\r\nb", true, false, "Undeliverable Message", "sysadmin@b.example"},
		{"hotmail's junk report", "From: staff@hotmail.example\r\nSubject: complaint about message from 192.0.2.222\r\n\r\nb",
			true, false, "complaint about message from 192.0.2.222", "staff@hotmail.example"},
		{"a complaint about a message", "From: a@b.example\r\nSubject: complaint about message from the manager\r\n\r\nb",
			false, false, "complaint about message from the manager", "a@b.example"},
		// Lines that end in a carriage return alone, as the old Mac OS wrote them.
		{"old mac line ends", "From: a@b.example\rSubject: hi\r\rbody\r", false, false, "hi", "a@b.example"},
		{"qmail's bounce", "From: a@b.example\r\nSubject: failure notice\r\n\r\nb", true, false, "failure notice", "a@b.example"},
		{"lotus notes' absence", "From: a@b.example\r\nSubject: AUTO: Smith, John is out of the office. (returning 05/01/2010)\r\n\r\nb",
			true, false, "AUTO: Smith, John is out of the office. (returning 05/01/2010)", "a@b.example"},
		{"aol's vacation answer", "From: a@b.example\r\nSubject: Re: Rose Bouquet Special (Automatic Response)\r\n\r\nb",
			true, false, "Re: Rose Bouquet Special (Automatic Response)", "a@b.example"},
		{"a complaint headed as a report could be", "From: a@b.example\r\nSubject: Delivery failure: the manager is out of the office\r\n\r\nb",
			false, false, "Delivery failure: the manager is out of the office", "a@b.example"},
		{"a complaint about an auto repair", "From: a@b.example\r\nSubject: Auto: repair shop overcharged\r\n\r\nb",
			false, false, "Auto: repair shop overcharged", "a@b.example"},
		{"qq's holiday answer", "From: a@qq.example\r\nX-QQ-HolidayReply: true\r\nSubject: hello\r\n\r\nb", true, false, "hello", "a@qq.example"},
		// Simple MAPI writes the subject in HZ, the charset of its text, with no encoded word.
		{"hz subject", "From: a@b.example\r\nSubject: Fw: ~{2bJTSJ<~~}\r\nContent-Type: text/plain; charset=\"HZ-GB-2312\"\r\n\r\nb",
			false, false, "Fw: 测试邮件", "a@b.example"},
		{"raw iso-2022-jp subject", "From: a@b.example\r\nSubject: \x1b$B6l>p\x1b(B\r\n\r\nb", false, false, "苦情", "a@b.example"},
		{"gbk user area in an encoded word", "From: a@b.example\r\nSubject: =?GBK?B?0rXW96qh?=\r\n\r\nb", false, false, "业主\ue000", "a@b.example"},
		{"subject set with ideographic spaces", "From: a@b.example\r\nSubject: =?UTF-8?B?44CA5oqV6K+J44CA55S15qKv?=\r\n  \t=?UTF-8?B?5pWF6ZqcICAx5Y+35qW8?=\r\n\r\nb",
			false, false, "投诉　电梯故障 1号楼", "a@b.example"},
		{"out of office", "From: a@b.example\r\nAuto-Submitted: auto-replied\r\nSubject: x\r\n\r\nb", true, false, "x", "a@b.example"},
		{"bulk", "From: a@b.example\r\nPrecedence: bulk\r\n\r\nb", true, false, "", "a@b.example"},
		{"ticket system's answer", "From: support@b.example\r\nX-Loop: yes\r\nSubject: [Ticket#2026112310000012] received\r\n\r\nb", true, false, "[Ticket#2026112310000012] received", "support@b.example"},
		{"x-loop naming an address", "From: a@b.example\r\nX-Loop: a@b.example\r\n\r\nb", false, false, "", "a@b.example"},
		{"dmarc report", "From: noreply-dmarc-support via office <office@b.example>\r\nSubject: Report domain: b.example Submitter: google.com Report-ID: 2244696771454641389\r\n" +
			"Content-Type: application/zip; name=\"google.com!b.example!1423872000!1423958399.zip\"\r\n\r\nUEsDBA==\r\n",
			true, false, "Report domain: b.example Submitter: google.com Report-ID: 2244696771454641389", "office@b.example"},
		{"out of office by its subject only", "From: a@b.example\r\nSubject: =?UTF-8?B?6Ieq5Yqo5Zue5aSN?=: Re: [TS-2026-000123] x\r\n\r\nb", true, false, "自动回复: Re: [TS-2026-000123] x", "a@b.example"},
		{"Outlook's automatic reply", "From: a@b.example\r\nSubject: Automatic reply: x\r\n\r\nb", true, false, "Automatic reply: x", "a@b.example"},
		{"Exchange's Chinese automatic reply", "From: a@b.example\r\nSubject: =?GB2312?B?19S2r7TwuLQ=?=\r\n =?GB2312?B?o7ogeA==?=\r\n\r\nb", true, false, "自动答复： x", "a@b.example"},
		{"out of office, older Exchange", "From: a@b.example\r\nSubject: Out of Office AutoReply: x\r\n\r\nb", true, false, "Out of Office AutoReply: x", "a@b.example"},
		{"a person's answer to an automatic reply", "From: a@b.example\r\nSubject: =?UTF-8?B?5Zue5aSN77ya6Ieq5Yqo5Zue5aSN77yaIHg=?=\r\n\r\nb", false, false, "回复：自动回复： x", "a@b.example"},
		{"a complaint about automatic replies", "From: a@b.example\r\nSubject: =?UTF-8?B?6Ieq5Yqo5Zue5aSN5rKh5pyJ55So?=\r\n\r\nb", false, false, "自动回复没有用", "a@b.example"},
		{"a complaint about office hours", "From: a@b.example\r\nSubject: Out of office hours: nobody answers\r\n\r\nb", false, false, "Out of office hours: nobody answers", "a@b.example"},
		{"a subject that is only the words", "From: a@b.example\r\nSubject: Out of Office reply\r\n\r\nb", true, false, "Out of Office reply", "a@b.example"},
		{"an absence notice of Hong Kong's offices", "From: a@b.example\r\nSubject: =?UTF-8?B?5aSW5Ye66YCa55+l?=\r\n\r\nb", true, false, "外出通知", "a@b.example"},
		{"a complaint about a notice of going out", "From: a@b.example\r\nSubject: =?UTF-8?B?5aSW5Ye66YCa55+l5rKh5pyJ5o+Q5YmN5Y+R?=\r\n\r\nb", false, false, "外出通知没有提前发", "a@b.example"},
		// Sina's absence notice names whose it is; a person's mail from there about one stays theirs.
		{"Sina's automatic reply", "From: zhang@sina.com\r\nSubject: =?UTF-8?B?5p2l6IeqemhhbmdAc2luYS5jb23nmoToh6rliqjlm57lpI0=?=\r\n\r\nb", true, false, "来自zhang@sina.com的自动回复", "zhang@sina.com"},
		{"a complaint about one", "From: a@b.example\r\nSubject: =?UTF-8?B?5p2l6Ieq54mp5Lia55qE6Ieq5Yqo5Zue5aSN5rKh5pyJ55So?=\r\n\r\nb", false, false, "来自物业的自动回复没有用", "a@b.example"},
		{"undeliverable in Simplified Chinese", "From: a@b.example\r\nSubject: =?UTF-8?B?5peg5rOV5Lyg6YCSOiDlhbPkuo7mgqjnmoTmipXor4k=?=\r\n\r\nb", true, false, "无法传递: 关于您的投诉", "a@b.example"},
		// An auto-responder that only its text marks: the words at its top, not quoted.
		{"an automatic answer that says so", "From: a@b.example\r\nSubject: Re: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"您好！\r\n感谢您的来信。这是一封自动回复邮件。\r\n", true, false, "Re: x", "a@b.example"},
		{"in English", "From: a@b.example\r\nSubject: Re: x\r\n\r\nThis is an automated response to your message.\r\n", true, false, "Re: x", "a@b.example"},
		{"a complaint quoting one", "From: a@b.example\r\nSubject: Re: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"还是没人处理！\r\n\r\n> 这是一封自动回复邮件。\r\n", false, false, "Re: x", "a@b.example"},
		{"a complaint about one", "From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"你们的自动回复没有用，电梯还是坏的。\r\n", false, false, "x", "a@b.example"},
		{"a Chinese subject that is only the words", "From: a@b.example\r\nSubject: =?UTF-8?B?6Ieq5Yqo5Zue5aSN?=\r\n\r\nb", true, false, "自动回复", "a@b.example"},
		{"a complaint about out-of-office noise", "From: a@b.example\r\nSubject: Out of office hours noise\r\n\r\nb", false, false, "Out of office hours noise", "a@b.example"},
		{"complaint about a report", "From: a@b.example\r\nSubject: Report domain name problem\r\n\r\nb", false, false, "Report domain name problem", "a@b.example"},
		{"bounce sender", "From: MAILER-DAEMON@b.example\r\nSubject: failure\r\n\r\nb", true, false, "failure", "MAILER-DAEMON@b.example"},
		{"a program's daemon", "From: bugzilla-daemon@bugzilla.b.example\r\nSubject: [Bug 123] New: x\r\n\r\nb", true, false, "[Bug 123] New: x", "bugzilla-daemon@bugzilla.b.example"},
		{"web form from a noreply address", "From: noreply@jinhua-pm.example\r\nSubject: web form\r\n\r\nb", false, false, "web form", "noreply@jinhua-pm.example"},
		{"auto-submitted no", "From: a@b.example\r\nAuto-Submitted: no\r\n\r\nb", false, false, "", "a@b.example"},
		{"auto-submitted no, with a comment", "From: a@b.example\r\nAuto-Submitted: no (manually sent)\r\n\r\nb", false, false, "", "a@b.example"},
		{"auto-submitted after a comment", "From: a@b.example\r\nAuto-Submitted: (by the vacation program) auto-replied\r\n\r\nb", true, false, "", "a@b.example"},
		{"no headers at all", "just text\r\nmore text\r\n", false, true, "", ""},
		{"MIME fields only", "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=97\r\n", false, false, "", ""},
		{"space before the colon", "From : a@b.example\r\nSubject\t: s\r\n\r\nb", false, false, "s", "a@b.example"},
		{"bounce by its sender's name", "From: Mail Delivery Subsystem <xxx@example.com>\r\nSubject: Stuff\r\n\r\nb", true, false, "Stuff", "xxx@example.com"},
		{"a person named like one", "From: Mail Delivery Team Lead <lead@example.com>\r\nSubject: s\r\n\r\nb", false, false, "s", "lead@example.com"},
		{"bounce from a local mailbox", "From: MAILER-DAEMON (Mail Delivery Subsystem)\r\nSubject: Returned mail\r\n\r\nb", true, false, "Returned mail", "MAILER-DAEMON"},
		{"mailbox without a domain", "From: Moderator <moderator>\r\nSubject: s\r\n\r\nb", false, false, "s", "moderator"},
		{"SMTP commands before the header", "MAIL FROM:<a@b.example>\r\nRCPT TO:<c@d.example>\r\nFrom: a@b.example\r\nSubject: s\r\n\r\nb", false, false, "s", "a@b.example"},
		{"a Received line without its name", "mx1.example () by\r\n mx2.example with SMTP; Tue, 10 Oct 2023\r\nFrom: a@b.example\r\nSubject: s\r\n\r\nb", false, false, "s", "a@b.example"},
		{"a From indented by its mailer", " From: a@b.example\r\nSubject: s\r\nContent-Type: text/plain\r\n\r\nb", false, false, "s", "a@b.example"},
		{"text then unknown fields", "just text\r\nNote: this is not a header\r\n\r\nmore", false, true, "", ""},
		{"a broken Date, then a good one", "From: a@b.example\r\nDate: Tue, 7 Apr 2026 10:00:t\r\nDate: Tue, 7 Apr 2026 10:00:01 +0000\r\n\r\nb", false, false, "", "a@b.example"},
		{"reply-to of a web form", "From: noreply@forms.example\r\nReply-To: =?UTF-8?B?5byg5LiJ?= <zhangsan@example.cn>\r\nSubject: s\r\n\r\nb", false, false, "s", "noreply@forms.example"},
		{"mbox separator line", "From a@b.example Mon Jan 1 00:00:00 2024\r\nFrom: a@b.example\r\nSubject: s\r\n\r\nb", false, false, "s", "a@b.example"},
		{"S/MIME encrypted", "From: a@b.example\r\nSubject: s\r\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n" +
			"Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggE=\r\n", false, true, "s", "a@b.example"},
		{"OpenPGP encrypted", "From: a@b.example\r\nSubject: s\r\nContent-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n--b\r\nContent-Type: application/octet-stream\r\n\r\n" +
			"-----BEGIN PGP MESSAGE-----\r\nhQEMA\r\n-----END PGP MESSAGE-----\r\n--b--\r\n", false, true, "s", "a@b.example"},
		{"S/MIME signed is readable", "From: a@b.example\r\nSubject: s\r\nContent-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\n电梯坏了\r\n--b\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\n\r\nMIAG\r\n--b--\r\n", false, false, "s", "a@b.example"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := Parse([]byte(tc.raw), fixedTime)
			if m.Auto != tc.auto || (m.Problem != "") != tc.problem || m.Subject != tc.subject || m.FromEmail != tc.fromAddr {
				t.Errorf("auto %v problem %q subject %q from %q", m.Auto, m.Problem, m.Subject, m.FromEmail)
			}
			if strings.Contains(tc.raw, "Reply-To:") && (m.ReplyToName != "张三" || m.ReplyToEmail != "zhangsan@example.cn") {
				t.Errorf("reply-to %q <%s>", m.ReplyToName, m.ReplyToEmail)
			}
			if m.Date == nil || (!strings.Contains(tc.raw, "Date:") && !m.Date.Equal(fixedTime)) {
				t.Errorf("date %v, want the time received", m.Date)
			}
			if strings.Contains(tc.raw, "Date:") && (m.Date == nil || m.Date.Equal(fixedTime)) {
				t.Errorf("date %v, want the one the header gives", m.Date)
			}
		})
	}
}

func TestToAndCcWrittenTwice(t *testing.T) {
	raw := "From: 张先生 <zhang@example.cn>\r\nTo: kf@example.cn\r\nCc: a@example.cn\r\nSubject: x\r\n" +
		"To: =?UTF-8?B?5a6i5pyN?= <service@example.cn>, broken <\r\nCc: b@example.cn\r\n\r\nbody\r\n"
	m := Parse([]byte(raw), time.Now())
	if got := fmt.Sprint(m.To); !strings.Contains(got, "kf@example.cn") || !strings.Contains(got, "客服 <service@example.cn>") {
		t.Errorf("To = %q, want both fields' addresses", m.To)
	}
	if got := fmt.Sprint(m.Cc); got != "[a@example.cn b@example.cn]" {
		t.Errorf("Cc = %q, want both fields' addresses", m.Cc)
	}
}

func TestParseAddresses(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"=?UTF-8?B?5byg5YWI55Sf?= <zhang@example.cn>", "张先生 <zhang@example.cn>"},
		{`"Wang, Li" <wang@example.cn>`, `"Wang, Li" <wang@example.cn>`},
		// net/mail hands back the damaged UTF-8 as it is; read as GBK it would become Chinese.
		{"=?UTF-8?B?157XqdeUINeS15zXmdem11fXmQ==?= <a@b.example>", "משה גליצ\uFFFDWי <a@b.example>"},
		{"Moderator-Address <moderator>", "Moderator-Address <moderator>"},
		{`Pete(A wonderful \) chap) <pete(his account)@silly.test(his host)>`, "Pete <pete@silly.test>"},
		// A quoted local part keeps its quotes: without them no reply reaches it.
		{`"john doe"@example.com`, `"john doe"@example.com`},
		{`Name <"a,b"@example.com>`, `Name <"a,b"@example.com>`},
		{`<"owner-farmsclub+\"simple.\"=ail.com"@simplelists.com>`, `"owner-farmsclub+\"simple.\"=ail.com"@simplelists.com`},
		// RFC 5322's obsolete spaces about the dots and "@" of an address (RFC 2822's example).
		{"John Doe <jdoe@machine(comment).  example>", "John Doe <jdoe@machine.example>"},
		{"王芳 <wangfang @ example . cn>", "王芳 <wangfang@example.cn>"},
	}
	// Quotes that encoded words spell out are part of the name, even when one is too many.
	if got := parseAddresses("=?UTF-8?B?0KTQk9Cj0J8gItCh0LjQsdCd0JjQkCDQuNC8LtChLtCQLtCn0LDQv9C70Ys=?= =?UTF-8?B?0LPQuNC90LAiIg==?= <user@domain.ru>", nil); len(got) != 1 ||
		got[0].Name != `ФГУП "СибНИА им.С.А.Чаплыгина""` {
		t.Errorf("name with quotes in encoded words = %+v", got)
	}
	// A list that net/mail refuses as a whole (a name with no address in it) keeps each quoted
	// name as written, escapes read.
	if got := parseAddresses(`"This one: is \"right\"" <ding@dong.com>, No-address`, nil); len(got) != 2 ||
		got[0].Name != `This one: is "right"` || got[0].Email != "ding@dong.com" || got[1].String() != "No-address" {
		t.Errorf("quoted name with escapes beside a bare name = %+v", got)
	}
	for _, tc := range tests {
		got := parseAddresses(tc.raw, nil)
		if len(got) != 1 || got[0].String() != tc.want {
			t.Errorf("parseAddresses(%q) = %q, want %q", tc.raw, got, tc.want)
		}
	}
	// Senders without an address, read as Python's email package reads them.
	bare := []struct{ raw, name, email string }{
		{"MAILER DAEMON <>", "MAILER DAEMON", ""},
		{`"Mail Delivery System" <>`, "Mail Delivery System", ""},
		{"MAILER-DAEMON (Mail Delivery Subsystem)", "Mail Delivery Subsystem", "MAILER-DAEMON"},
		{"postmaster", "", "postmaster"},
	}
	for _, tc := range bare {
		got := parseAddresses(tc.raw, nil)
		if len(got) != 1 || got[0].Name != tc.name || got[0].Email != tc.email {
			t.Errorf("parseAddresses(%q) = %+v, want name %q, address %q", tc.raw, got, tc.name, tc.email)
		}
	}
	// Groups without the comma between them, or before the next address.
	for raw, want := range map[string]string{
		"one: a@b.c; two: d@e.f;":                     "a@b.c d@e.f",
		"first: a@b.c, d@e.f; <x@y.com>":              "a@b.c d@e.f x@y.com",
		`Team: "Li; Wang" <li@b.c>; 客服 <kf@d.e>`:      "li@b.c kf@d.e",
		"<x@y.com>, group: (some text);, <z@y.com>":   "x@y.com z@y.com",
		"undisclosed-recipients:; <zhang@example.cn>": "zhang@example.cn",
		// A name that is itself an address: the one in angle brackets is the mailbox.
		"alice@example.com <bob@example.com>":         "bob@example.com",
		"kf@example.cn 客服 <zhang@example.cn>, li@b.c": "zhang@example.cn li@b.c",
	} {
		var got []string
		for _, a := range parseAddresses(raw, nil) {
			got = append(got, a.Email)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("parseAddresses(%q) = %q, want %q", raw, got, want)
		}
	}
	for _, raw := range []string{"<>", "John Smith", "()", "undisclosed-recipients:;", "IETF-Announce:;"} {
		if got := parseAddresses(raw, nil); len(got) != 0 {
			t.Errorf("parseAddresses(%q) = %+v, want nothing", raw, got)
		}
	}
}

// UTF-16 under Java's name, and a NUL inside the text: the NUL is dropped, not kept or cut at.
func TestUnicodeBigWithNUL(t *testing.T) {
	raw := "From: t@localhost\r\nSubject: =?unicodebig?B?JjoAIABkAHUAbQAAAG0AeQAgJjs=?=\r\n" +
		"Content-Type: text/plain; charset=UnicodeBig\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		"JjoAIABkAHUAbQAAAG0AeQAgJjs=\r\n"
	m := Parse([]byte(raw), fixedTime)
	if m.Subject != "☺ dummy ☻" || m.Text != "☺ dummy ☻" {
		t.Errorf("subject %q, text %q, want both %q", m.Subject, m.Text, "☺ dummy ☻")
	}
}

// UTF-16 sent unencoded reaches us through IMAP with each NUL byte turned into 0x80 and a CR put
// before each LF: it still reads as the text, in either byte order; real ideographs stay.
func TestUTF16ThroughIMAP(t *testing.T) {
	imap := func(s string) string {
		return strings.NewReplacer("\r\n", "\r\n", "\n", "\r\n", "\x00", "\x80").Replace(s)
	}
	le := func(s string) string { // UTF-16LE, as Windows writes it
		var b strings.Builder
		for _, u := range utf16.Encode([]rune(s)) {
			b.WriteByte(byte(u))
			b.WriteByte(byte(u >> 8))
		}
		return b.String()
	}
	be := func(s string) string {
		var b strings.Builder
		for _, u := range utf16.Encode([]rune(s)) {
			b.WriteByte(byte(u >> 8))
			b.WriteByte(byte(u))
		}
		return b.String()
	}
	for _, c := range []struct{ charset, body, want string }{
		{"utf-16le", imap(le("Lift broken\nsince Monday, 电梯坏了\n")), "Lift broken\nsince Monday, 电梯坏了"},
		{"utf-16be", imap(be("Lift broken\nsince Monday, 电梯坏了\n")), "Lift broken\nsince Monday, 电梯坏了"},
		{"utf-16le", imap(le("Line one\r\nline two")), "Line one\nline two"},
		// Ideographs from U+8000 with no damage around them are text.
		{"utf-16le", le("联系聘用耐心\r\n"), "联系聘用耐心"},
		{"utf-16be", be("联系电话"), "联系电话"},
	} {
		raw := "From: a@example.cn\r\nContent-Type: text/plain; charset=" + c.charset +
			"\r\nContent-Transfer-Encoding: binary\r\n\r\n" + c.body
		if got := Parse([]byte(raw), fixedTime).Text; got != c.want {
			t.Errorf("%s %q: text %q, want %q", c.charset, c.body, got, c.want)
		}
	}
}

// A complaint forwarded as an attachment reads as the complaint; a bounce carrying the office's
// letter does not read as that letter.
func TestForwardedAsAttachment(t *testing.T) {
	inner := "From: wang@example.cn\r\nSubject: =?UTF-8?B?55S15qKv?=\r\nContent-Type: text/plain; charset=gbk\r\n\r\n\xb5\xe7\xcc\xdd\xbb\xb5\xc1\xcb\r\n"
	wrap := func(head string) string {
		return head + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\r\n--b\r\n" +
			"Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" + inner + "--b--\r\n"
	}
	fwd := Parse([]byte(wrap("From: colleague@example.cn\r\nSubject: Fwd\r\n")), fixedTime)
	if fwd.Text != "电梯坏了" || len(fwd.Attachments) != 1 {
		t.Errorf("forwarded: text %q, %d attachments", fwd.Text, len(fwd.Attachments))
	}
	want := Forwarded{FromEmail: "wang@example.cn", Subject: "电梯", Text: "电梯坏了"}
	if fwd.Forwarded == nil || !reflect.DeepEqual(*fwd.Forwarded, want) {
		t.Errorf("forwarded: %+v, want %+v", fwd.Forwarded, want)
	}
	// With a note of its own, the forward reads as the note and still passes the message on.
	noted := Parse([]byte(strings.Replace(wrap("From: colleague@example.cn\r\nSubject: =?UTF-8?B?6L2s5Y+R77ya55S15qKv?=\r\n"),
		"text/plain\r\n\r\n\r\n", "text/plain; charset=utf-8\r\n\r\n请处理\r\n", 1)), fixedTime)
	if noted.Text != "请处理" || noted.Forwarded == nil || !reflect.DeepEqual(*noted.Forwarded, want) {
		t.Errorf("forward with a note: text %q, forwarded %+v", noted.Text, noted.Forwarded)
	}
	// The files of the forwarded message come with it; the forward lists the message as its one
	// attachment.
	withPhoto := "From: wang@example.cn\r\nSubject: lift\r\nContent-Type: multipart/mixed; boundary=i\r\n\r\n" +
		"--i\r\nContent-Type: text/plain\r\n\r\nstuck again\r\n--i\r\nContent-Type: image/jpeg\r\n" +
		"Content-Disposition: attachment; filename=lift.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--i--\r\n"
	photo := Parse([]byte(strings.Replace(wrap("From: colleague@example.cn\r\nSubject: FW: lift\r\n"), inner, withPhoto, 1)), fixedTime)
	if f := photo.Forwarded; len(photo.Attachments) != 1 || f == nil || f.Text != "stuck again" || len(f.Attachments) != 1 ||
		f.Attachments[0].Filename != "lift.jpg" || len(f.Attachments[0].Data) != 6 {
		t.Errorf("forwarded with a photo: %d attachments, forwarded %+v", len(photo.Attachments), f)
	}
	// A message attached to mail with words of its own and no forward's subject passes nothing
	// on (a colleague filing a contractor's quote), nor does a reply with one attached.
	for _, head := range []string{"Subject: 会议纪要\r\n", "Subject: 回复：电梯\r\n", "Subject: lift\r\nIn-Reply-To: <1@example.cn>\r\n"} {
		attached := Parse([]byte(strings.Replace(wrap("From: colleague@example.cn\r\n"+head),
			"text/plain\r\n\r\n\r\n", "text/plain\r\n\r\nsee below\r\n", 1)), fixedTime)
		if attached.Forwarded != nil {
			t.Errorf("%q with a message attached: forwarded %+v", head, attached.Forwarded)
		}
	}
	// A bounce passed on is nobody's complaint; a notice a system sent (a 12345 order, marked
	// automatic as such systems mark their mail) is the citizen's.
	for head, passed := range map[string]bool{"From: MAILER-DAEMON@example.cn\r\nAuto-Submitted: auto-replied\r\n": false,
		"From: wang@example.cn\r\nX-Failed-Recipients: a@example.cn\r\n": false,
		"From: wang@example.cn\r\nAuto-Submitted: auto-generated\r\n":    true, "From: wang@example.cn\r\nPrecedence: bulk\r\n": true,
		"From: wang@example.cn\r\nX-Auto-Response-Suppress: All\r\n": true} {
		fw := Parse([]byte(strings.Replace(wrap("From: colleague@example.cn\r\nSubject: FW: 电梯\r\n"), "From: wang@example.cn\r\n", head, 1)), fixedTime)
		if (fw.Forwarded != nil) != passed {
			t.Errorf("%q passed on: forwarded %+v, want passed on %v", head, fw.Forwarded, passed)
		}
	}
	// Webmail sends a saved message as an .eml file of application/octet-stream; a file that
	// only has the name is no message.
	octet := strings.Replace(wrap("From: colleague@example.cn\r\nSubject: FW：电梯\r\n"), "Content-Type: message/rfc822\r\nContent-Disposition: attachment",
		"Content-Type: application/octet-stream; name=\"=?UTF-8?B?55S15qKv?=.eml\"\r\nContent-Disposition: attachment", 1)
	if m := Parse([]byte(octet), fixedTime); m.Text != "电梯坏了" || m.Forwarded == nil || !reflect.DeepEqual(*m.Forwarded, want) {
		t.Errorf(".eml as octet-stream: text %q, forwarded %+v", m.Text, m.Forwarded)
	}
	if m := Parse([]byte(strings.Replace(octet, "From: wang@example.cn", "X-From: wang@example.cn", 1)), fixedTime); m.Forwarded != nil {
		t.Errorf(".eml that is no message: forwarded %+v", m.Forwarded)
	}
	bounce := Parse([]byte(wrap("From: MAILER-DAEMON@example.cn\r\nSubject: Undelivered\r\n")), fixedTime)
	if !bounce.Auto || bounce.Text != "" {
		t.Errorf("bounce: auto %v, text %q", bounce.Auto, bounce.Text)
	}
	// A report without words of its own reads as its delivery status.
	report := Parse([]byte("From: MAILER-DAEMON@example.cn\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=r\r\n\r\n"+
		"--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.cn\r\n\r\n"+
		"Final-Recipient: rfc822; wang@example.cn\r\nStatus: 5.1.1\r\n\r\n--r\r\nContent-Type: message/rfc822\r\n\r\n"+
		"Subject: [TS-2026-000001]\r\n\r\nour letter\r\n--r--\r\n"), fixedTime)
	if !report.Auto || !strings.Contains(report.Text, "Status: 5.1.1") || strings.Contains(report.Text, "our letter") {
		t.Errorf("report: auto %v, text %q", report.Auto, report.Text)
	}
}

// An attached message labelled base64 that is no base64 (a message may not be encoded so) is the
// message as it stands; one that is base64 is read out of it.
func TestAttachedMessageLabelledBase64(t *testing.T) {
	inner := "From: wang@example.cn\r\nSubject: =?UTF-8?B?55S15qKv5pWF6Zqc?=\r\n\r\n电梯又坏了。\r\n"
	for _, tc := range []struct{ name, body string }{
		{"as it stands", inner},
		{"in base64", base64.StdEncoding.EncodeToString([]byte(inner))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw := "From: clerk@example.cn\r\nSubject: Fwd: complaint\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
				"--b\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n" + tc.body + "\r\n--b--\r\n"
			m := Parse([]byte(raw), fixedTime)
			if len(m.Attachments) != 1 || string(m.Attachments[0].Data) != inner {
				t.Fatalf("attachments %+v", m.Attachments)
			}
			if f := m.Forwarded; f == nil || f.Subject != "电梯故障" || f.Text != "电梯又坏了。" {
				t.Errorf("forwarded %+v", f)
			}
		})
	}
}

// fileNames are the names of a message's attachments, in order.
func fileNames(m Mail) []string {
	var names []string
	for _, a := range m.Attachments {
		names = append(names, a.Filename)
	}
	return names
}

// Outlook Express for the Mac nests its text in a part of the same boundary and closes that one
// with the boundary's close delimiter: the photo after it is the mail's all the same. An epilogue
// with no part after it stays an epilogue.
func TestPartAfterANestedCloseOfTheSameBoundary(t *testing.T) {
	raw := "From: a@b.example\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\npreamble\r\n" +
		"--B\r\nContent-Type: multipart/alternative; boundary=\"B\"\r\n\r\n\r\n" +
		"--B\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n电梯坏了，照片见附件。\r\n" +
		"--B\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>电梯坏了，照片见附件。</p>\r\n--B--\r\n\r\n" +
		"--B\r\nContent-Type: image/gif; name=\"lift.gif\"\r\nContent-Transfer-Encoding: base64\r\n\r\nR0lGODlh\r\n--B--\r\n"
	m := Parse([]byte(raw), fixedTime)
	if names := fileNames(m); !slices.Equal(names, []string{"lift.gif"}) || !strings.Contains(m.Text, "电梯坏了") {
		t.Errorf("files %q, text %q", names, m.Text)
	}
	raw = "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n" +
		"--B\r\nContent-Type: text/plain\r\n\r\nbody\r\n--B--\r\nepilogue\r\n--B\r\nnot a part\r\n"
	if m := Parse([]byte(raw), fixedTime); len(m.Attachments) != 0 || strings.Contains(m.Text, "not a part") {
		t.Errorf("an epilogue read as parts: %d files, text %q", len(m.Attachments), m.Text)
	}
}

// A file's name keeps the spaces its sender typed; a fold in it is one space, or none between
// encoded words.
func TestFileNameKeepsItsSpaces(t *testing.T) {
	raw := "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" +
		"--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"申请表  第2页\r\n .jpg\"\r\n\r\njpeg\r\n" +
		"--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"=?UTF-8?B?5LiA?=\r\n =?UTF-8?B?5LqM?=.jpg\"\r\n\r\njpeg\r\n--b--\r\n"
	if names, want := fileNames(Parse([]byte(raw), fixedTime)), []string{"申请表  第2页 .jpg", "一二.jpg"}; !slices.Equal(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
}

// RFC 2231 names: continued, encoded, and a whole encoded name beside a continued one (the whole
// one is read, not the two spliced into each other); names without the disposition, or in an old
// mailer's "file" parameter.
func TestFileNamesInPieces(t *testing.T) {
	part := func(disp string) string {
		return "--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; " + disp + "\r\n\r\nx\r\n"
	}
	raw := "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" +
		part(`filename*0="a.t"; filename*1="xt"`) +
		part(`filename*0*=utf-8''%E6%8A%95%E8%AF%89; filename*1=".txt"`) +
		part(`filename*=gb2312''%CD%B6%CB%DF.txt`) +
		part(`filename*0="b.t"; filename*1="xt"; filename*=utf-8''e.txt`) +
		part(`filename*=utf-8''f.txt; filename*0="g.t"; filename*1="xt"`) +
		// Parameters without the disposition before them (Odoo's MAIL_SINGLE_BINARY).
		"--b\r\nContent-Type: application/pdf;\r\nContent-Disposition: filename=thetruth.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		"SSBhbSB0aGUgQmF0TWFuCg==\r\n" +
		// An old mailer's "file" parameter.
		"--b\r\nContent-Type: application/octet-stream; file=\"ATTACHMENT.EXE\"\r\n\r\nMZ\r\n--b--\r\n"
	if names, want := fileNames(Parse([]byte(raw), fixedTime)), []string{"a.txt", "投诉.txt", "投诉.txt", "e.txt", "f.txt", "thetruth.pdf", "ATTACHMENT.EXE"}; !slices.Equal(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
}

// A forward quoted in the text, as the mail programs clerks' colleagues use write it, passes on
// the sender, subject and text below its header block.
func TestInlineForward(t *testing.T) {
	tests := []struct {
		name, subject, text string
		want                *Forwarded
	}{
		{"Outlook", "转发: 停车场收费", "请处理。\n\n-----原始邮件-----\n发件人: 张三 <zhangsan@example.cn>\n" +
			"发送时间: 2026年11月20日 9:30\n收件人: 李四 <lisi@jinhua-pm.example>\n主题: 停车场收费\n\n停车场多收了我十元。\n谢谢",
			&Forwarded{FromName: "张三", FromEmail: "zhangsan@example.cn", Subject: "停车场收费", Text: "停车场多收了我十元。\n谢谢"}},
		{"Outlook in English with mailto", "FW: Parking", "-----Original Message-----\nFrom: Zhang San [mailto:zs@example.cn]\n" +
			"Sent: Friday, November 20, 2026 9:30 AM\nTo: Li Si\nSubject: Parking\n\nCharged twice.",
			&Forwarded{FromName: "Zhang San", FromEmail: "zs@example.cn", Subject: "Parking", Text: "Charged twice.", Wordless: true}},
		{"Foxmail, blank line above the subject", "转发：电梯", "------------------ 原始邮件 ------------------\n" +
			"发件人: \"王五\"<wangwu@qq.com>;\n发送时间: 2026年11月20日(星期五) 上午9:30\n收件人: \"李四\"<lisi@jinhua-pm.example>;\n\n" +
			"主题: 电梯坏了\n\n三号楼电梯停了两天。",
			&Forwarded{FromName: "王五", FromEmail: "wangwu@qq.com", Subject: "电梯坏了", Text: "三号楼电梯停了两天。", Wordless: true}},
		{"Gmail", "Fwd: noise", "FYI\n\n---------- Forwarded message ---------\nFrom: Chen <chen@example.com>\n" +
			"Date: Fri, Nov 20, 2026 at 9:30 AM\nSubject: noise\nTo: <lisi@jinhua-pm.example>\n\nLoud at night.",
			&Forwarded{FromName: "Chen", FromEmail: "chen@example.com", Subject: "noise", Text: "Loud at night."}},
		{"Thunderbird in Chinese", "Fwd: 噪音", "-------- 转发的消息 --------\n主题：\t噪音\n日期：\tFri, 20 Nov 2026 09:30:00 +0800\n" +
			"发件人：\t赵六 <zhaoliu@example.cn>\n收件人：\tlisi@jinhua-pm.example\n\n晚上太吵。",
			&Forwarded{FromName: "赵六", FromEmail: "zhaoliu@example.cn", Subject: "噪音", Text: "晚上太吵。", Wordless: true}},
		{"Apple Mail", "Fwd: leak", "Begin forwarded message:\n\nFrom: Qian <qian@example.com>\nSubject: leak\n" +
			"Date: 20 November 2026 at 09:30:00 GMT+8\nTo: lisi@jinhua-pm.example\n\nWater in B2.",
			&Forwarded{FromName: "Qian", FromEmail: "qian@example.com", Subject: "leak", Text: "Water in B2.", Wordless: true}},
		{"Lotus Notes", "Fw: Revised Draft", "---------------------- Forwarded by Drew Fossum/ET&S/Enron on 04/04/2001 01:19 PM ---------------------------\n\n\n" +
			"\"Hirasuna, Robert\" <rhirasuna@AkinGump.com> on 04/04/2001 10:18:00 AM\nTo: \"Drew Fossum (E-mail)\" <dfossum@enron.com>\ncc:  \n\n" +
			"Subject: Revised Draft\n\n\nUse this draft instead.",
			&Forwarded{FromName: "Hirasuna, Robert", FromEmail: "rhirasuna@AkinGump.com", Subject: "Revised Draft", Text: "Use this draft instead.", Wordless: true}},
		{"Lotus Notes: a line like its sender's with no block below", "Fw: x", "----- Forwarded by Li Si on 04/04/2001 01:19 PM -----\n\n" +
			"Zhang San <zs@example.cn> on 04/04/2001 said the lift is broken\nplease fix", nil},
		{"GMX: the date above the sender", "Fw: 电梯坏了", "\nGesendet: Donnerstag, 12. August 2021 um 15:52 Uhr\nVon: \"Claire\" <claire@example.org>\n" +
			"An: alice@example.org\nBetreff: subject\nbodytext",
			&Forwarded{FromName: "Claire", FromEmail: "claire@example.org", Subject: "subject", Text: "bodytext", Wordless: true}},
		{"Outlook on Exchange: a name alone, no subject line", "转发: 空调", "________________________________\n" +
			"发件人: 孙七\n发送时间: 2026年11月20日 9:30\n\n空调不制冷。",
			&Forwarded{FromName: "孙七", Subject: "空调", Text: "空调不制冷。", Wordless: true}},
		{"NetEase 163", "转发：噪音", "转给你们处理\n\n-------- 转发邮件信息 --------\n发件人：\"周敏\" <zhoumin@163.com>\n" +
			"发送日期：2026-11-30 19:42:01\n收件人：zhao@example.cn\n主题：楼上装修噪音\n\n楼上每天早上七点就开始装修。",
			&Forwarded{FromName: "周敏", FromEmail: "zhoumin@163.com", Subject: "楼上装修噪音", Text: "楼上每天早上七点就开始装修。"}},
		// Apple Mail quoting the whole forward (crisp's email-forward-parser fixtures).
		{"Apple Mail, quoted", "Fwd: leak", "> Begin forwarded message:\n>\n> From: Qian <qian@example.com>\n> Subject: leak\n" +
			"> Date: 25 October 2021 at 11:17:21 EEST\n> To: lisi@jinhua-pm.example\n>\n> Water in B2.\n> Please fix.",
			&Forwarded{FromName: "Qian", FromEmail: "qian@example.com", Subject: "leak", Text: "Water in B2.\nPlease fix.", Wordless: true}},
		{"Outlook in German, headed Forward", "Forward: Lärm", "________________________________\nVon: Meier <meier@example.de>\n" +
			"Gesendet: Freitag, 20. November 2026 09:30\nAn: lisi@jinhua-pm.example\nBetreff: Lärm\n\nNachts zu laut.",
			&Forwarded{FromName: "Meier", FromEmail: "meier@example.de", Subject: "Lärm", Text: "Nachts zu laut.", Wordless: true}},
		{"Outlook in German, headed WG", "WG: Lärm", "-----Ursprüngliche Nachricht-----\nVon: Meier <meier@example.de>\n" +
			"Datum: 20.11.2026\nBetreff: Lärm\n\nNachts zu laut.",
			&Forwarded{FromName: "Meier", FromEmail: "meier@example.de", Subject: "Lärm", Text: "Nachts zu laut.", Wordless: true}},
		// Outlook on the web in Traditional Chinese: 從 and 至, the address in brackets.
		{"Outlook on the web, Traditional Chinese", "轉寄: 電梯", "請處理。\n\n________________________________________\n" +
			"從: 張偉 [zhang.wei@hinet.net]\n寄件日期: 2024年6月1日 上午 09:00\n至: 李娜\n主旨: 電梯壞了\n\n電梯壞了三天。",
			&Forwarded{FromName: "張偉", FromEmail: "zhang.wei@hinet.net", Subject: "電梯壞了", Text: "電梯壞了三天。"}},
		{"Apple Mail in Chinese, quoted", "转发: 电梯", "请处理。\n\n> 开始转发的邮件：\n>\n> 发件人: 张伟 <zw@icloud.com>\n" +
			"> 主题: 电梯坏了\n> 日期: 2024年6月1日 GMT+8 上午9:00:00\n>\n> 电梯坏了三天。",
			&Forwarded{FromName: "张伟", FromEmail: "zw@icloud.com", Subject: "电梯坏了", Text: "电梯坏了三天。"}},
		{"bold keys, the star after the colon", "转发: 电梯", "请处理。\n\n---------- 转发的邮件 ---------\n" +
			"*发件人:* 张伟 <zw@qq.com>\n*日期:* 2024年6月1日周六 09:00\n*主题:* 电梯坏了\n\n电梯坏了三天。",
			&Forwarded{FromName: "张伟", FromEmail: "zw@qq.com", Subject: "电梯坏了", Text: "电梯坏了三天。"}},
		{"Yahoo, the block on one line", "Fwd: 电梯", "请处理。\n\n   ----- Forwarded Message ----- From: 张伟 <zw@yahoo.com>" +
			"To: 李娜 <li.na@office.example>Sent: Saturday, June 1, 2024, 09:00:00 AM GMT+8Subject: 电梯坏了\n电梯坏了三天。",
			&Forwarded{FromName: "张伟", FromEmail: "zw@yahoo.com", Subject: "电梯坏了", Text: "电梯坏了三天。"}},
		// Outlook for Mac quotes the message it forwards below an attribution line, indented.
		{"Outlook for Mac, indented below who wrote it", "FW: Parking", "On 28/10/2021 12:46, \"John Doe\" <john.doe@acme.com> wrote:\n\n" +
			"    Charged twice.\n    Please refund.\n\n    Thanks.",
			&Forwarded{FromName: "John Doe", FromEmail: "john.doe@acme.com", Subject: "Parking", Text: "Charged twice.\nPlease refund.\n\nThanks."}},
		{"quoted below who wrote it, in Chinese", "转发：电梯", "请处理。\n\n在 2024-06-02 10:00:00，\"张伟\" <zw@163.com> 写道：\n> 电梯坏了三天。\n>\n> 业主 张伟",
			&Forwarded{FromName: "张伟", FromEmail: "zw@163.com", Subject: "电梯", Text: "电梯坏了三天。\n\n业主 张伟"}},
		{"Gmail, the name first", "Fwd: 电梯", "张伟 <zw@qq.com> 于2024年6月1日周六 09:00写道：\n\n> 电梯坏了三天。\n\n李娜",
			&Forwarded{FromName: "张伟", FromEmail: "zw@qq.com", Subject: "电梯", Text: "电梯坏了三天。"}},
		{"Gmail in English", "Fwd: lift", "On Mon, Oct 28, 2021 at 12:46 PM John Doe <jd@acme.com> wrote:\n> Broken.",
			&Forwarded{FromName: "John Doe", FromEmail: "jd@acme.com", Subject: "lift", Text: "Broken."}},
		{"who wrote it, and nothing quoted", "Fwd: x", "On Mon, Oct 28, 2021 at 12:46 PM John Doe <jd@acme.com> wrote:\nBroken.", nil},
		// Thunderbird in Traditional Chinese: 從, 到 and "副本 (CC)".
		{"Thunderbird in Traditional Chinese", "Fwd: 燈", "-------- 轉寄郵件 --------\n主旨: 7樓走廊燈壞了\n日期: Mon, 2 Mar 2026 15:15:00 +0800\n" +
			"從: 王小明 <wang.xm@seed.net.tw>\n到: 李美玲 <lee@office.example>\n副本 (CC): 陳 <chen@office.example>\n\n7樓走廊的燈壞了。",
			&Forwarded{FromName: "王小明", FromEmail: "wang.xm@seed.net.tw", Subject: "7樓走廊燈壞了", Text: "7樓走廊的燈壞了。", Wordless: true}},
		// NetEase Mail Master lays the block out as a table, keys without colons.
		{"Mail Master's table", "Fwd: 电梯", "请处理\n\n---- 转发的原邮件 ----\n| 发件人 | 张伟<zw@163.com> |\n| 日期 | 2024年06月01日 09:00 |\n" +
			"| 主题 | 电梯坏了 |\n电梯坏了三天。",
			&Forwarded{FromName: "张伟", FromEmail: "zw@163.com", Subject: "电梯坏了", Text: "电梯坏了三天。"}},
		{"a line after dashes that only starts with a key", "Fwd: x", "-----原始邮件-----\nFrom now on we wait\n主题 电梯\n\n内容", nil},
		{"a line of dashes with words after it is no block without a sender", "Fwd: x",
			"----- Forwarded Message ----- Subject: 电梯 Date: today\n内容", nil},
		{"a reply quoting its original is no forward", "回复: 停车场收费", "好的。\n\n-----原始邮件-----\n发件人: 张三 <zhangsan@example.cn>\n\n原文", nil},
		{"a forward without a header block", "Fwd: photos", "see below\n\n-----\nno header here", nil},
		{"dashes in the text are no separator without a sender below", "Fwd: x", "-----原始邮件-----\n您好：\n发件人: 张三 <zs@example.cn>", nil},
		{"a sender line alone is no header block", "Fwd: x", "请看\n\n发件人: 张三 <zs@example.cn>\n\n内容", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := "From: lisi@jinhua-pm.example\r\nSubject: " + mimeWord(tc.subject) + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
				strings.ReplaceAll(tc.text, "\n", "\r\n")
			m := Parse([]byte(raw), fixedTime)
			switch {
			case tc.want == nil && m.Forwarded != nil:
				t.Errorf("forwarded %+v, want none", *m.Forwarded)
			case tc.want != nil && (m.Forwarded == nil || !reflect.DeepEqual(*m.Forwarded, *tc.want)):
				t.Errorf("forwarded %+v, want %+v", m.Forwarded, *tc.want)
			}
		})
	}
}

// Outlook's HTML forward draws a rule above the quoted header block instead of a separator line.
func TestHTMLForward(t *testing.T) {
	html := `<html><body><div>这封请登记。</div><div><br></div><div style="border:none;border-top:solid #E1E1E1 1.0pt">` +
		`<p class="MsoNormal"><b>发件人:</b> 张三 &lt;zs@example.cn&gt; <br><b>发送时间:</b> 2026年11月30日 19:42<br>` +
		`<b>收件人:</b> 李四 &lt;lisi@jinhua-pm.example&gt;<br><b>主题:</b> 停车场收费</p></div><p>停车场多收了十元。</p></body></html>`
	m := Parse([]byte("From: lisi@jinhua-pm.example\r\nSubject: "+mimeWord("转发: 停车场收费")+
		"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"+html), fixedTime)
	want := Forwarded{FromName: "张三", FromEmail: "zs@example.cn", Subject: "停车场收费", Text: "停车场多收了十元。"}
	if m.Forwarded == nil || !reflect.DeepEqual(*m.Forwarded, want) {
		t.Errorf("forwarded %+v, want %+v", m.Forwarded, want)
	}
}

// Outlook and web mail editors write a blank line as a paragraph holding a non-breaking space;
// it parts a colleague's note from the header block of an HTML forward.
func TestHTMLForwardAfterABlankParagraph(t *testing.T) {
	html := `<p>请处理。</p><p>&nbsp;</p><p><b>发件人:</b> 张伟 &lt;zw@qq.com&gt;<br><b>主题:</b> 电梯坏了</p><p>电梯坏了三天。</p>`
	m := Parse([]byte("From: li.na@office.example\r\nSubject: "+mimeWord("转发: 电梯坏了")+
		"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"+html), fixedTime)
	want := Forwarded{FromName: "张伟", FromEmail: "zw@qq.com", Subject: "电梯坏了", Text: "电梯坏了三天。"}
	if m.Forwarded == nil || !reflect.DeepEqual(*m.Forwarded, want) {
		t.Errorf("forwarded %+v, want %+v", m.Forwarded, want)
	}
	for _, tc := range []struct{ html, want string }{
		{`<p>一</p><p>&nbsp;</p><p>二</p>`, "一\n\n二"},
		{`<div>一</div><div><span>&nbsp;</span></div><div>二</div>`, "一\n\n二"},
		{`<p>一</p><p> </p><p>二</p>`, "一\n二"},
		{`<table><tr><td>一</td></tr><tr><td>&nbsp;</td></tr><tr><td>二</td></tr></table>`, "一\n二"},
		{`<p>一&nbsp;</p><p>二</p>`, "一\n二"},
	} {
		if got := htmlText(tc.html); got != tc.want {
			t.Errorf("htmlText(%s) = %q, want %q", tc.html, got, tc.want)
		}
	}
}

// Apple Mail's HTML forward quotes the message it passes on, with the line that says so above
// or inside the quote; a reply in HTML marks what it quotes as plain text does.
func TestHTMLQuotes(t *testing.T) {
	for _, tc := range []struct{ name, html string }{
		{"the line above the quote", `<div>请处理。</div><div><br><div>Begin forwarded message:</div><br><blockquote type="cite">` +
			`<div><b>From: </b>张伟 &lt;zw@icloud.com&gt;</div><div><b>Subject: </b>电梯坏了</div><br><div>电梯坏了三天。</div></blockquote></div>`},
		{"Mail Master's table", `<div>请处理。</div><div class="ntes-mailmaster-quote"><div>---- 转发的原邮件 ----</div><table><tbody>` +
			`<tr><td>发件人</td><td><a href="mailto:zw@icloud.com">张伟&lt;zw@icloud.com&gt;</a></td></tr><tr><td>主题</td><td>电梯坏了</td></tr>` +
			`</tbody></table><div>电梯坏了三天。</div></div>`},
		{"the line inside the quote", `<div>请处理。</div><blockquote type="cite"><div>开始转发的邮件：</div><br>` +
			`<div><b>发件人：</b>张伟 &lt;zw@icloud.com&gt;</div><div><b>主题：</b>电梯坏了</div><br><div>电梯坏了三天。</div></blockquote>`},
	} {
		m := Parse([]byte("From: li.na@office.example\r\nSubject: "+mimeWord("Fwd: 电梯坏了")+
			"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"+tc.html), fixedTime)
		want := Forwarded{FromName: "张伟", FromEmail: "zw@icloud.com", Subject: "电梯坏了", Text: "电梯坏了三天。"}
		if m.Forwarded == nil || !reflect.DeepEqual(*m.Forwarded, want) {
			t.Errorf("%s: forwarded %+v, want %+v", tc.name, m.Forwarded, want)
		}
	}
	for _, tc := range []struct{ html, want string }{
		{`<div class="moz-cite-prefix">在 2026/3/3 10:00, 物业服务中心 写道:<br></div><blockquote type="cite">张伟先生：<br><br>电梯已恢复。</blockquote><p>还是不行。</p>`,
			"在 2026/3/3 10:00, 物业服务中心 写道:\n> 张伟先生：\n>\n> 电梯已恢复。\n还是不行。"},
		{`<p>收到</p><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid">一<blockquote type="cite">二</blockquote></blockquote>`,
			"收到\n> 一\n>> 二"},
		// Gmail indents with a blockquote without a line: no quote.
		{`<blockquote style="margin:0 0 0 40px;border:none;padding:0px">缩进的一段</blockquote>`, "缩进的一段"},
		{"<p>a\x01b\x02c</p>", "abc"},
	} {
		if got := htmlText(tc.html); got != tc.want {
			t.Errorf("htmlText(%s) = %q, want %q", tc.html, got, tc.want)
		}
	}
}

func mimeWord(s string) string {
	return "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?="
}

// Alternatives: the last plain text wins, and an empty plain part loses to filled HTML.
func TestAlternatives(t *testing.T) {
	alt := func(parts ...string) string {
		s := "From: a@b.example\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
		for _, p := range parts {
			s += "--b\r\n" + p + "\r\n"
		}
		return s + "--b--\r\n"
	}
	tests := []struct{ name, raw, want string }{
		{"plain and html", alt("Content-Type: text/plain\r\n\r\nplain", "Content-Type: text/html\r\n\r\n<p>html</p>"), "plain"},
		{"empty plain", alt("Content-Type: text/plain\r\n\r\n\r\n", "Content-Type: text/html\r\n\r\n<body>Test</body>"), "Test"},
		{"two plain", alt("\r\nfirst", "\r\nsecond"), "second"},
		{"plain and enriched", alt("Content-Type: text/plain\r\n\r\n投诉内容", "Content-Type: text/enriched\r\n\r\n<bold>投诉内容</bold>"), "投诉内容"},
		{"plain that only asks for HTML", alt("Content-Type: text/plain; charset=utf-8\r\n\r\n如果邮件无法正常显示，请使用浏览器查看。",
			"Content-Type: text/html; charset=utf-8\r\n\r\n<p>"+strings.Repeat("地下车库B2层漏水，车辆被淋。", 10)+"</p>"),
			strings.Repeat("地下车库B2层漏水，车辆被淋。", 10)},
		{"short plain that is the message", alt("Content-Type: text/plain; charset=utf-8\r\n\r\n电梯坏了，请看网页版报修单。",
			"Content-Type: text/html; charset=utf-8\r\n\r\n<p>电梯坏了，请看网页版报修单。</p>"+strings.Repeat("<p>免责声明。</p>", 5)),
			"电梯坏了，请看网页版报修单。"},
		// A notice in other words, an entity, the message's start: the HTML says far more.
		{"plain that is a notice in other words", alt("Content-Type: text/plain; charset=utf-8\r\n\r\n该邮件为富文本格式",
			"Content-Type: text/html; charset=utf-8\r\n\r\n<p>"+strings.Repeat("地下车库B2层漏水，车辆被淋。", 10)+"</p>"),
			strings.Repeat("地下车库B2层漏水，车辆被淋。", 10)},
		{"plain that is an entity", alt("Content-Type: text/plain; charset=utf-8\r\n\r\n&nbsp;",
			"Content-Type: text/html; charset=utf-8\r\n\r\n<p>"+strings.Repeat("地下车库B2层漏水，车辆被淋。", 5)+"</p>"),
			strings.Repeat("地下车库B2层漏水，车辆被淋。", 5)},
		{"plain cut short", alt("Content-Type: text/plain; charset=utf-8\r\n\r\n我是9栋1702的业主，车库漏水。具体问题如下：",
			"Content-Type: text/html; charset=utf-8\r\n\r\n<p>我是9栋1702的业主，车库漏水。具体问题如下：</p><ol>"+
				strings.Repeat("<li>地下车库B2层漏水，车辆被淋。</li>", 6)+"</ol>"),
			"我是9栋1702的业主，车库漏水。具体问题如下：\n1. 地下车库B2层漏水，车辆被淋。\n2. 地下车库B2层漏水，车辆被淋。\n" +
				"3. 地下车库B2层漏水，车辆被淋。\n4. 地下车库B2层漏水，车辆被淋。\n5. 地下车库B2层漏水，车辆被淋。\n6. 地下车库B2层漏水，车辆被淋。"},
		{"enriched only", alt("Content-Type: text/enriched\r\n\r\n<bold>电梯</bold>又坏了"), "电梯又坏了"},
		{"watch and AMP versions", alt("Content-Type: text/plain; charset=utf-8\r\n\r\n电梯坏了",
			"Content-Type: text/watch-html; charset=utf-8\r\n\r\n<b>电梯坏了</b>",
			"Content-Type: text/x-amp-html; charset=utf-8\r\n\r\n<!doctype html><html amp4email><body>电梯坏了</body></html>",
			"Content-Type: text/html; charset=utf-8\r\n\r\n<p>电梯坏了</p>"), "电梯坏了"},
	}
	for _, tc := range tests {
		m := Parse([]byte(tc.raw), fixedTime)
		if m.Text != tc.want {
			t.Errorf("%s: text %q, want %q", tc.name, m.Text, tc.want)
		}
		// Another version of the text is no attachment.
		if len(m.Attachments) != 0 {
			t.Errorf("%s: attachments %+v, want none", tc.name, m.Attachments)
		}
	}
}

// A header with two Content-Types: the body follows the second.
func TestTwoContentTypes(t *testing.T) {
	raw := "From: a@b.example\r\nSubject: s\r\nContent-Type: multipart/related; boundary=\"old\"\r\n" +
		"X-Note: relayed\r\nContent-Type: multipart/mixed; boundary=\"new\"\r\n\r\n" +
		"--new\r\nContent-Type: text/plain\r\n\r\nthe text\r\n--new\r\nContent-Type: image/png\r\n" +
		"Content-Disposition: attachment; filename=a.png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw==\r\n--new--\r\n"
	m := Parse([]byte(raw), fixedTime)
	if m.Text != "the text" || len(m.Attachments) != 1 || m.Attachments[0].Filename != "a.png" {
		t.Errorf("text %q, attachments %+v", m.Text, m.Attachments)
	}
}

// A bounce or a read receipt carries the message it returns; its header says which case that
// message belonged to.
func TestReturnedMessage(t *testing.T) {
	dsn := "From: MAILER-DAEMON@mail.example.cn\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nHost not found.\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\nAction: failed\r\n\r\n" +
		"--b\r\nContent-Type: %s\r\n\r\nFrom: service@office.example\r\n" +
		"Subject: =?GB2312?B?udjT2g==?= [TS-2026-000123]\r\nMessage-ID: <out-1@office.example>\r\n" +
		"In-Reply-To: <complaint-9@example.cn>\r\nReferences: <first@example.cn> <complaint-9@example.cn>\r\n\r\n%s--b--\r\n"
	for _, tc := range []struct{ ct, body string }{
		{"message/rfc822", "Dear customer\r\n"},
		{"text/rfc822-headers", ""},
	} {
		m := Parse([]byte(fmt.Sprintf(dsn, tc.ct, tc.body)), fixedTime)
		o := m.Original
		if !m.Auto || o == nil || o.Subject != "关于 [TS-2026-000123]" || o.MessageID != "out-1@office.example" ||
			o.InReplyTo != "complaint-9@example.cn" || len(o.References) != 2 {
			t.Errorf("%s: auto %v, original %+v", tc.ct, m.Auto, o)
		}
	}
	if m := Parse([]byte("From: a@b.example\r\nSubject: hi\r\n\r\nbody"), fixedTime); m.Original != nil {
		t.Errorf("a plain message returns %+v", m.Original)
	}
	// A bounce some relays send: its delivery report inside a multipart/mixed, from a person's
	// address.
	mixed := strings.Replace(strings.Replace(fmt.Sprintf(dsn, "message/rfc822", "Dear customer\r\n"),
		"multipart/report; report-type=delivery-status", "multipart/mixed", 1), "MAILER-DAEMON@", "notices@", 1)
	mixed = strings.Replace(mixed, "Undelivered Mail Returned to Sender", "Delivery Status", 1)
	if m := Parse([]byte(mixed), fixedTime); !m.Auto || m.AutoReason != "message/delivery-status" || m.Original == nil {
		t.Errorf("a delivery report in a mixed message: auto %v (%s), original %+v", m.Auto, m.AutoReason, m.Original)
	}
}

// FuzzHTMLText feeds the HTML reader mangled markup (tables and lists left open or closed
// twice, nested, hidden): it must not panic, and what it gives is text without its working marks.
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{
		`<table><tr><td><p>日期</p><td>事项<td>金额<tr><td>1<td><table><tr><td>a</td></tr></td></table></tr></table>`,
		`<ol start="3" type="a"><li><p>噪音</p><li value="9"><ol><li>甲</ol></li></ul></ol>尾`,
		`<blockquote type="cite"><table><tr><td>引用</td></tr></blockquote></td></tr>`,
		`<div style="display:none"><tr><td>x</td></div><span style="display:block">张伟</span>` + "业主\r\n陈晓明",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		got := htmlText(src)
		if strings.ContainsAny(got, quoteStart+quoteEnd) {
			t.Fatalf("htmlText(%q) = %q, with a quote's working mark", src, got)
		}
		if utf8.ValidString(src) && !utf8.ValidString(got) {
			t.Fatalf("htmlText(%q) = %q, not UTF-8", src, got)
		}
	})
}

// FuzzParse feeds the parser mangled mail; it must never panic and must always give valid text.
// Normal test runs try the corpus seeds only.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "mail", "*.eml"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no corpus: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("From: a@example.cn\r\n\r\ntext\r\nbegin 644 a.txt\r\n#86)C\r\n`\r\nend\r\n"))
	f.Add(forwardWithOutlookFile(f))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m := parseNoRecover(raw, time.Unix(0, 0))
		for _, s := range []string{m.Subject, m.FromName, m.FromEmail, m.Text} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in decoded field %q", s)
			}
		}
		if m.Original != nil && !utf8.ValidString(m.Original.Subject) {
			t.Fatalf("invalid UTF-8 in the returned message's subject %q", m.Original.Subject)
		}
		for _, a := range m.Attachments {
			if !utf8.ValidString(a.Filename) {
				t.Fatalf("invalid UTF-8 in attachment name %q", a.Filename)
			}
		}
		// The header-only reading of an oversize message gets a cut-off header.
		h := ParseHeader(raw[:len(raw)/2], int64(len(raw)), 1, time.Unix(0, 0))
		for _, s := range []string{h.Subject, h.FromName, h.FromEmail} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in header-only field %q", s)
			}
		}
	})
}

// Dates as mailers write them, against the time they mean (UTC); "" when the header cannot be
// read and the message gets the time it was received.
func TestParseDate(t *testing.T) {
	// When a server in China took the message in, and one in UTC.
	china := time.Date(2026, 12, 2, 10, 5, 0, 0, time.FixedZone("", 8*3600))
	utc := time.Date(2026, 12, 2, 16, 5, 0, 0, time.UTC)
	type dateCase struct {
		in, want string
		received time.Time
	}
	var cases []dateCase
	for _, tc := range []struct{ in, want string }{
		{"Fri, 5 Apr 2019 12:10:49 +0200", "2019-04-05 10:10:49"},
		{"Wed, 20 Sep 1995 00:19:00 (EDT) -0400", "1995-09-20 04:19:00"},
		{"04 Jan 2018 10:12:47 UT", "2018-01-04 10:12:47"},
		{"22 Jun 18 03:56:36 PM -05:00 (GMT -05:00)", "2018-06-22 20:56:36"},
		{"Sat, 31 Aug 2013 20:08:23 +0580", "2013-08-31 15:08:23"},
		{"Fri, 1 Feb 2019 01:30:04 +0600 (+06)", "2019-01-31 19:30:04"},
		{"Sun, 6 Apr 2008 21:24:33 UT", "2008-04-06 21:24:33"},
		{"14 Sep 2019 00:10:08 UT +0200", "2019-09-14 00:10:08"},
		{"Tue, 08 Nov 2022 18:47:20 +0000 14:03:33 +0000", "2022-11-08 18:47:20"},
		{"Sat, 10, Dec 2022 09:35:19 +0100", "2022-12-10 08:35:19"},
		{"Thur, 16 Mar 2023 15:33:07 +0400", "2023-03-16 11:33:07"},
		{"Mon Jan 2 15:04:05 2006", "2006-01-02 15:04:05"},
		{"星期一, 16 Nov 2026 9:05 +0800", "2026-11-16 01:05:00"},
		{"12 Dec 2026 12:30:00 AM EST", "2026-12-12 05:30:00"},
		// Fractions of a second and a zone without its sign (a mailing list's archive).
		{"Tue, 17 Jul 2012 22:23:35.882 0000", "2012-07-17 22:23:35"},
		{"Tue, 17 Jul 2012 22:23:35 0800", "2012-07-17 14:23:35"},
		{"Tue Jul 17 22:23:35 2012", "2012-07-17 22:23:35"},
		// Encoded words in a Date header, the zone's name in Czech.
		{"=?ISO-8859-2?Q?Fri,_13_Jun_2014_17:18:44_+020?= =?ISO-8859-2?Q?0_(St=F8edn=ED_Evropa_(letn=ED_=E8as))?=", "2014-06-13 15:18:44"},
		// Decoded once only: a word that decodes to another word is not unwrapped further.
		{"=?us-ascii?Q?=3D=3Fus-ascii=3FQ=3FFri,_13_Jun_2014_17:18:44_+0200=3F=3D?=", ""},
		{"31 Feb 2026 10:00:00 +0000", ""},
		{"Tue, 7 Apr 2026 10:00:t", ""},
		{"yesterday", ""},
		{"16 Nov 2026", ""},
	} {
		cases = append(cases, dateCase{tc.in, tc.want, time.Time{}})
	}
	for _, tc := range append(cases, []dateCase{
		// Zones written as names are read the same on every computer (net/mail took "EST" as
		// UTC on one in China or in UTC); offsets from GMT written into the name.
		{"Wed, 02 Dec 2026 10:00:00 EST", "2026-12-02 15:00:00", time.Time{}},
		{"Wed, 02 Dec 2026 10:00:00 PDT", "2026-12-02 17:00:00", china},
		{"Wed, 02 Dec 2026 10:00:00 HKT", "2026-12-02 02:00:00", time.Time{}},
		{"Wed, 02 Dec 2026 10:00:00 GMT", "2026-12-02 10:00:00", china},
		{"Wed, 02 Dec 2026 10:00:00 GMT+0800", "2026-12-02 02:00:00", time.Time{}},
		{"Wed, 02 Dec 2026 10:00:00 GMT+8", "2026-12-02 02:00:00", time.Time{}},
		{"Wed, 02 Dec 2026 10:00:00 UTC-05:00", "2026-12-02 15:00:00", time.Time{}},
		{"Wed, 02 Dec 2026 10:00:00 GMT+99", "2026-12-02 10:00:00", time.Time{}},
		// CST: US Central by the RFC, China's when that would date the message after it came.
		{"Wed Dec 02 10:00:00 CST 2026", "2026-12-02 02:00:00", china},
		{"Wed, 02 Dec 2026 10:00:00 CST", "2026-12-02 02:00:00", china},
		{"Wed, 02 Dec 2026 10:00:00 CST", "2026-12-02 16:00:00", utc},
		{"Wed, 02 Dec 2026 10:00:00 CST", "2026-12-02 16:00:00", time.Time{}},
		{"Wed, 02 Dec 2026 10:00:00 +0800 (CST)", "2026-12-02 02:00:00", utc},
		// No zone: the time of the zone the message was received in.
		{"2026-12-02 10:00:00", "2026-12-02 02:00:00", china},
		{"Wed, 02 Dec 2026 10:00:00", "2026-12-02 02:00:00", china},
		{"2026-12-02 10:00:00", "2026-12-02 10:00:00", time.Time{}},
		// A zone stuck to the time; a year written the way a mailer's year 2000 bug wrote it.
		{"01 Jan 2001 00:01+0000", "2001-01-01 00:01:00", time.Time{}},
		{"Mon, 2 Apr 2001 04:20:10-0500", "2001-04-02 09:20:10", time.Time{}},
		{"Mon,  2 Apr 101 04:20:10 EST", "2001-04-02 09:20:10", time.Time{}},
		// Foxmail 4.2 writes minutes and seconds below ten with one digit.
		{"Mon, 14 Mar 2005 15:2:33 +0800", "2005-03-14 07:02:33", time.Time{}},
		{"Fri, 5 Sep 2003 13:2:1 -0800", "2003-09-05 21:02:01", time.Time{}},
		// The month as a number between the day and the year (ddeboer/imap's test).
		{"Mon, 15 09 2014 05:25:04", "2014-09-15 05:25:04", time.Time{}},
		{"Mon, 15 13 2014 05:25:04", "", time.Time{}},
	}...) {
		got, ok := parseDate(tc.in, tc.received)
		s := ""
		if ok {
			s = got.UTC().Format("2006-01-02 15:04:05")
		}
		if s != tc.want {
			t.Errorf("parseDate(%q) = %q, want %q", tc.in, s, tc.want)
		}
	}
	// A Chinese web form's mail read as it arrived over IMAP: dated by the server's arrival.
	raw := "From: form@wuye.example\r\nDate: Wed Dec 02 10:00:00 CST 2026\r\nSubject: 报修\r\n\r\n电梯坏了\r\n"
	for _, m := range []Mail{Parse([]byte(raw), china), ParseHeader([]byte(raw), 1<<30, 1, china)} {
		if m.Date == nil || !m.Date.Equal(time.Date(2026, 12, 2, 2, 0, 0, 0, time.UTC)) {
			t.Errorf("message dated %v, want 10:00 in China", m.Date)
		}
	}
	// The same saved to a file and imported days later: the office's server's Received line
	// says when it came. Without one, or with a Received line of its own in letters, it is
	// read by the RFC.
	later := time.Date(2026, 12, 9, 8, 0, 0, 0, time.Local)
	for _, tc := range []struct{ received, want string }{
		{"Received: from web01 (unknown [10.0.0.5])\r\n\tby mx.wuye.example (Postfix) with ESMTP id 4F2;\r\n" +
			"\tWed,  2 Dec 2026 10:00:04 +0800 (CST)\r\n", "2026-12-02 02:00:00"},
		{"", "2026-12-02 16:00:00"},
		{"Received: by mx.wuye.example; Wed, 2 Dec 2026 10:00:04 CST\r\n", "2026-12-02 16:00:00"},
	} {
		m := Parse([]byte(tc.received+raw), later)
		if m.Date == nil || m.Date.UTC().Format("2006-01-02 15:04:05") != tc.want {
			t.Errorf("saved message with %q dated %v, want %s UTC", tc.received, m.Date, tc.want)
		}
	}
}

// A mailer that leaves out the blank line after the header: the first line that is no header
// field starts the text. A stray line with header fields after it is dropped instead.
func TestHeaderWithoutBlankLine(t *testing.T) {
	for _, tc := range []struct{ name, raw, from, text string }{
		{"message", "From: a@b.example\r\nSubject: t\r\nContent-Type: text/plain; charset=utf-8\r\n电梯坏了三天了。\r\n第二行\r\n",
			"a@b.example", "电梯坏了三天了。\n第二行"},
		{"part", "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n" +
			"电梯坏了三天了。\r\n--b--\r\n", "a@b.example", "电梯坏了三天了。"},
		{"stray line inside the header", "Subject: t\r\nthis line lost its name\r\nFrom: a@b.example\r\n\r\nbody\r\n",
			"a@b.example", "body"},
		{"a folded field whose name has spaces", "From: a@b.example\r\nSubject: t\r\nX-Script/function/\t !#$%: TEST\r\n VALUE 1\r\n" +
			"X-Script/function/\t !#$%: TEST\r\n VALUE 2\r\n\r\n电梯坏了\r\n", "a@b.example", "电梯坏了"},
		{"blank lines inside the header", "Mime-Version: 1.0\r\nMessage-Id: <1@b.example>\r\n\r\n   \r\n\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\nFrom: a@b.example\r\nSubject: t\r\n\r\n电梯坏了\r\n", "a@b.example", "电梯坏了"},
		{"a space where the blank line before the first boundary goes", "From: a@b.example\r\nContent-Type: multipart/mixed; " +
			"boundary=\"sd8f\"\r\n \r\n--sd8f\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
			"<body style=3D\"font-family:arial\">电梯坏了</body>\r\n--sd8f\r\nContent-Type: image/jpeg\r\n\r\nx\r\n--sd8f--\r\n",
			"a@b.example", "电梯坏了"},
		// A header of a date alone, and a text that begins with a sender's line (mail-parser's
		// date-zone-ut.eml): the line is the text's.
		{"a sender's line at the text's start", "Date: Thu, 10 Jul 1997 14:53:31 UT\n\nFrom: x@y\n", "", "From: x@y"},
		// A body that starts with header-like lines stays the body of a message that has a sender.
		{"quoted header in the body", "From: a@b.example\r\nMessage-Id: <1@b.example>\r\n\r\nFrom: c@d.example\r\nSubject: t\r\n\r\nx\r\n",
			"a@b.example", "From: c@d.example\nSubject: t\n\nx"},
		// Blank lines before the header (Discourse's big5.eml, as its mail program saved it).
		{"blank lines before the header", "\r\n\n  \r\nFrom: a@b.example\r\nSubject: =?big5?B?tmyhSQ==?=\r\n" +
			"Content-Type: text/plain; charset=big5\r\n\r\n\xb6\xfd\xa1\x49\r\n", "a@b.example", "媽！"},
		// Indented lines after the first line of text are text (the TREC 2006 Chinese corpus
		// quotes a Yahoo reply so); a field with spaces in its name folds as the one above.
		{"indented text after the first line", "From: a@b.example\r\nSubject: t\r\nContent-Type: text/plain; charset=utf-8\r\n" +
			"都想飞跃。。\r\n     标  题: Re: 讨厌\r\n     \r\n     嗯哪\r\n", "a@b.example", "都想飞跃。。\n     标  题: Re: 讨厌\n\n     嗯哪"},
		// An ASCII line that lost its indent before a folded one is the header's still: a
		// recipient, the half of a file name.
		{"a recipient that lost its indent", "From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\n" +
			"Content-Transfer-Encoding: base64\r\nCc: c@b.example,\r\n=?UTF-8?B?5byg?= <d@b.example>,\r\n e@b.example\r\n\r\n" +
			"55S15qKv5Z2P5LqG\r\n", "a@b.example", "电梯坏了"},
		// A parameter alone on a line (Email-MIME's joejob.eml, from a bulk mailer in Taiwan)
		// belongs to the Content-Type above it.
		{"a parameter alone on a line", "From: a@b.example\r\nContent-Type: multipart/alternative; boundary=\"X\"\r\n\r\n" +
			"--X\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\ncharset=\"GB2312\"\r\n\r\n\r\n" +
			"--X\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\ncharset=\"GB2312\"\r\n\r\n" +
			"<p>=B5=E7=CC=DD=BB=B5=C1=CB</p>\r\n--X--\r\n", "a@b.example", "电梯坏了"},
		// A body that only starts with a blank line has no header to find after it.
		{"a body after a blank line", "\r\nDear sir: the lift\r\nis broken\r\n", "", "Dear sir: the lift\nis broken"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := Parse([]byte(tc.raw), fixedTime)
			if m.FromEmail != tc.from || m.Text != tc.text {
				t.Errorf("from %q text %q, want %q and %q", m.FromEmail, m.Text, tc.from, tc.text)
			}
		})
	}
}

// Text that mailers put where readers do not look first: an HTML part beside the plain one in a
// mixed message, a text part that names a file, a closing boundary with more after it.
func TestTextInOddPlaces(t *testing.T) {
	for _, tc := range []struct{ name, raw, text string }{
		{"html beside plain", "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
			"Content-Type: text/plain\r\n\r\nplain part\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>电梯停了</p>\r\n--b--\r\n",
			"plain part\n\n电梯停了"},
		// Each part where it comes: an HTML part first, a plain footer below an HTML page.
		{"html before plain", "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
			"Content-Type: text/html; charset=utf-8\r\n\r\n<p>电梯停了</p>\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n照片见附件\r\n" +
			"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>王芳</p>\r\n--b--\r\n",
			"电梯停了\n\n照片见附件\n\n王芳"},
		{"footer below an alternative", "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
			"Content-Type: multipart/alternative; boundary=c\r\n\r\n--c\r\nContent-Type: text/html\r\n\r\n<p>the lift</p>\r\n--c--\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\n-- sent from my phone\r\n--b--\r\n",
			"the lift\n\n-- sent from my phone"},
		{"html repeating the plain text", "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
			"Content-Type: text/plain\r\n\r\n电梯 停了\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>电梯停了</p>\r\n--b--\r\n",
			"电梯 停了"},
		{"a named file of no known type", "From: a@b.example\r\nContent-Type: unknown; name=\"test\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
			"AAECA/3+/w==\r\n", ""},
		{"closing boundary stuck to the last line", "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=\"BND\"\r\n\r\n" +
			"--BND\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n--BND\r\nContent-Type: text/plain\r\n\r\nsecond part ends here--BND--\r\n",
			"first part\n\nsecond part ends here"},
		// A zip sent as inline "text/html" (a way to slip a program past filters) is a file.
		{"a zip labelled html", "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
			"Content-Type: text/plain\r\n\r\nhere is my photo\r\n--b\r\nContent-Type: text/html; charset=windows-1251\r\n" +
			"Content-Transfer-Encoding: base64\r\nContent-Disposition: inline\r\n\r\n" +
			base64.StdEncoding.EncodeToString([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00sexy.scr\x01\x02")) + "\r\n--b--\r\n",
			"here is my photo"},
		{"named html page alone", "From: a@b.example\r\nContent-Type: text/html\r\nContent-Disposition: inline; filename=test.html\r\n\r\n" +
			"<p>电梯停了</p>\r\n", "电梯停了"},
		// RFC 2046 §4.1.4: a text type no reader knows is read as plain text.
		{"markdown alone", "From: a@b.example\r\nContent-Type: text/markdown; charset=utf-8\r\n\r\n**电梯**停了\r\n", "**电梯**停了"},
		{"a calendar is no text", "From: a@b.example\r\nContent-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ""},
		// A flowed line ends in a space, which quoted-printable readers take for transport's.
		{"flowed in quoted-printable", "From: a@b.example\r\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r\n" +
			"Content-Transfer-Encoding: quoted-printable\r\n\r\nNACHRICHTEN AN DIESE  \r\nE-MAIL-ADRESSE WERDEN =\r\nNICHT GELESEN.\r\n",
			"NACHRICHTEN AN DIESE E-MAIL-ADRESSE WERDEN NICHT GELESEN."},
		{"iso-2022-jp with no label anywhere", "From: a@b.example\r\nSubject: \x1b$B6l>p\x1b(B\r\n\r\n\x1b$BF|K\\8l\x1b(B\r\n", "日本語"},
		// SO and SI around every run of Chinese or Korean are no control bytes of a file.
		{"iso-2022-cn text", "From: a@b.example\r\nContent-Type: text/plain; charset=ISO-2022-CN\r\n\r\n" +
			"\x1b$)A\x0eDz:C#,P!Gx\x0f3\x0e:EB%5D5gL];5AK#,Gk>!?lN,P^!#\x0f\r\n", "您好，小区3号楼的电梯坏了，请尽快维修。"},
		{"iso-2022-kr text", "From: a@b.example\r\nContent-Type: text/plain; charset=iso-2022-kr\r\n\r\n" +
			"\x1b$)C\x0e>H3g\x0f\r\n", "안녕"},
		// QQ Mail writes its plain text from its HTML and leaves the HTML's entities in it.
		{"qq mail's plain text", "From: a@qq.example\r\nX-Mailer: QQMail 2.x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"3号楼&nbsp;电梯&lt;停了&gt;\r\n", "3号楼\u00a0电梯<停了>"},
		{"named text part", "From: a@b.example\r\nContent-Type: text/plain; charset=utf-8; name=\"msg.txt\"\r\n\r\n电梯停了\r\n", "电梯停了"},
		{"inline named part", "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
			"Content-Type: text/plain\r\nContent-Disposition: inline; filename=\"msg.txt\"\r\n\r\nhello\r\n--b--\r\n", "hello"},
		// Apple Mail marks where an attachment sat with U+FFFC, a glyph no font draws.
		{"object replacement", "From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n见附件\xef\xbf\xbc\r\n", "见附件"},
		{"attached text stays a file", "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
			"Content-Type: text/plain\r\nContent-Disposition: attachment; filename=\"msg.txt\"\r\n\r\nhello\r\n--b--\r\n", ""},
		// The writer's indentation of plain text stays; the page source's of HTML goes.
		{"plain text keeps its indentation", "From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"\r\n  物业费明细：\r\n    一月  300元  \r\n\t二月  300元\r\n\r\n", "  物业费明细：\n    一月  300元\n\t二月  300元"},
		{"html loses its source's indentation", "From: a@b.example\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
			"<div>\r\n    <p>电梯停了</p>\r\n    <p>请尽快修</p>\r\n</div>\r\n", "电梯停了\n请尽快修"},
		{"a carriage return alone ends a line", "From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"第一行\r第二行\r\n", "第一行\n第二行"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if m := Parse([]byte(tc.raw), fixedTime); m.Text != tc.text {
				t.Errorf("text %q, want %q", m.Text, tc.text)
			}
		})
	}
	epilogue := "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b\r\n" +
		"Content-Type: text/html; name=test.html\r\nContent-Transfer-Encoding: base64\r\n\r\nPGh0bWw+Cg==\r\n\r\n--b-->\r\nnot part of it\r\n"
	if m := Parse([]byte(epilogue), fixedTime); len(m.Attachments) != 1 || string(m.Attachments[0].Data) != "<html>\n" {
		t.Errorf("attachment before a closing boundary with more after it: %+v", m.Attachments)
	}
	m := Parse([]byte("From: Bob Dunite <bob@extern.example> Bobby Dunite <bobby@extern.example>\r\n\r\nx\r\n"), fixedTime)
	if m.FromName != "Bob Dunite" || m.FromEmail != "bob@extern.example" {
		t.Errorf("two senders without a comma: %q <%s>", m.FromName, m.FromEmail)
	}
}

func TestFormatFlowed(t *testing.T) {
	tests := []struct {
		name, body, params, want string
	}{
		{"words wrapped at spaces", "The lift in building 3 has \r\nstopped again.\r\n\r\nPlease reply.\r\n", "format=flowed",
			"The lift in building 3 has stopped again.\n\nPlease reply."},
		{"Chinese wrapped with delsp", "三号楼电梯多次故障，物业 \r\n一直没有处理。\r\n", "format=flowed; delsp=yes",
			"三号楼电梯多次故障，物业一直没有处理。"},
		{"quoted paragraphs stay apart", "Thanks.\r\n\r\n> On Monday you \r\n> wrote:\r\n>> first \r\n>> level\r\n", "format=flowed",
			"Thanks.\n\n> On Monday you wrote:\n>> first level"},
		{"space-stuffed and signature", " From here on \r\nit goes.\r\n-- \r\nLi\r\n", "format=flowed",
			"From here on it goes.\n--\nLi"}, // trailing spaces are trimmed from every line after

		{"a space left before an empty line", "First paragraph. \r\n\r\nSecond.\r\n", "format=flowed",
			"First paragraph.\n\nSecond."},
		{"fixed text keeps its lines", "line one \r\nline two\r\n", "",
			"line one\nline two"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ct := "text/plain; charset=utf-8"
			if tc.params != "" {
				ct += "; " + tc.params
			}
			m := Parse([]byte("From: a@b.example\r\nContent-Type: "+ct+"\r\n\r\n"+tc.body), fixedTime)
			if m.Text != tc.want {
				t.Errorf("text %q, want %q", m.Text, tc.want)
			}
		})
	}
}

// Files that older mail programs uuencode into the text come out as attachments, the text
// without them; text that only looks like the start of one stays text.
func TestUUEncodedFiles(t *testing.T) {
	// bytes 0–99, encoded by Python's binascii.b2a_uu with backticks for zero bits
	const encoded = "M``$\"`P0%!@<(\"0H+#`T.#Q`1$A,4%187&!D:&QP='A\\@(2(C)\"4F)R@I*BLL\r\n" +
		"M+2XO,#$R,S0U-C<X.3H[/#T^/T!!0D-$149'2$E*2TQ-3D]045)35%565UA9\r\n*6EM<75Y?8&%B8P``\r\n`\r\nend\r\n"
	want := make([]byte, 100)
	for i := range want {
		want[i] = byte(i)
	}
	m := parseNoRecover([]byte("From: a@example.cn\r\nSubject: s\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n"+
		"\xc7\xeb\xbf\xb4\xd5\xd5\xc6\xac\r\n\r\nbegin 644 photo.jpg\r\n"+encoded+"\r\n\xd0\xbb\xd0\xbb\r\n"), time.Unix(0, 0))
	if m.Text != "请看照片\n\n谢谢" || len(m.Attachments) != 1 || m.Attachments[0].Filename != "photo.jpg" ||
		m.Attachments[0].ContentType != "image/jpeg" || !bytes.Equal(m.Attachments[0].Data, want) {
		t.Errorf("in the text: %q, %+v", m.Text, m.Attachments)
	}
	m = parseNoRecover([]byte("From: a@example.cn\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"+
		"Content-Type: text/plain\r\n\r\nsee\r\n--b\r\nContent-Type: application/octet-stream\r\n"+
		"Content-Transfer-Encoding: x-uuencode\r\n\r\nbegin 600 scan.pdf\r\n"+encoded+"--b--\r\n"), time.Unix(0, 0))
	if m.Text != "see" || len(m.Attachments) != 1 || m.Attachments[0].Filename != "scan.pdf" || !bytes.Equal(m.Attachments[0].Data, want) {
		t.Errorf("as the transfer encoding: %q, %+v", m.Text, m.Attachments)
	}
	for _, text := range []string{"begin 644 the meeting\r\nat noon\r\nend\r\n", "begin 644 a.txt\r\n#86)C\r\n"} {
		m = parseNoRecover([]byte("From: a@example.cn\r\n\r\n"+text), time.Unix(0, 0))
		if len(m.Attachments) != 0 || !strings.HasPrefix(m.Text, "begin 644") {
			t.Errorf("not a file: %q, %+v", m.Text, m.Attachments)
		}
	}
}

// The header as it came, for the clerk: its lines in order, 8-bit bytes in the message's charset,
// nothing of the body; none for a message without one; a flood of header lines cut short.
func TestHeaderText(t *testing.T) {
	raw := "Received: from mx.example.cn by mail.jinhua-pm.example; Mon, 30 Nov 2026 09:00:01 +0800\r\n" +
		"From: \xcd\xf5\xb7\xbc <wangfang@example.cn>\r\nSubject: =?GB2312?B?zbbL3w==?=\r\n" +
		"X-Mailer: Foxmail 7.2\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n\xd5\xfd\xce\xc4\r\n"
	want := "Received: from mx.example.cn by mail.jinhua-pm.example; Mon, 30 Nov 2026 09:00:01 +0800\n" +
		"From: 王芳 <wangfang@example.cn>\nSubject: =?GB2312?B?zbbL3w==?=\n  → 投诉\nX-Mailer: Foxmail 7.2\n" +
		"Content-Type: text/plain; charset=gb2312"
	if got := HeaderText([]byte(raw)); got != want {
		t.Errorf("HeaderText = %q, want %q", got, want)
	}
	// A field folded over lines and written in encoded words reads under its lines as one.
	folded := "From: =?utf-8?b?5YmN5Y+wIOadjuWonA==?=\r\n <lina@jinhua-pm.example>\r\nSubject: plain\r\n\r\nx\r\n"
	if got := HeaderText([]byte(folded)); got != "From: =?utf-8?b?5YmN5Y+wIOadjuWonA==?=\n <lina@jinhua-pm.example>\n"+
		"  → 前台 李娜 <lina@jinhua-pm.example>\nSubject: plain" {
		t.Errorf("HeaderText of encoded words = %q", got)
	}
	if got := HeaderText([]byte("您好，小区东门的道闸坏了。\r\n")); got != "" {
		t.Errorf("a message without a header: %q", got)
	}
	flood := "From: a@example.cn\r\n" + strings.Repeat("X-Junk: "+strings.Repeat("x", 90)+"\r\n", 2000) + "\r\nbody\r\n"
	if got := HeaderText([]byte(flood)); len(got) > maxHeaderText+10 || !strings.HasSuffix(got, "\n…") || !strings.HasPrefix(got, "From: a@example.cn\nX-Junk") {
		t.Errorf("a flood of header lines: %d bytes, ends %q", len(got), got[len(got)-20:])
	}
}

func TestContentTypeWithSomethingStuckToIt(t *testing.T) {
	for _, ct := range []string{"text/plain>", "text/plain,", `text/plain"`, "Text/Plain>; charset=utf-8", "<html>", "html; charset=utf-8",
		`"text/html"; charset=utf-8`, `"text/plain"`} {
		body := "电梯坏了"
		if strings.Contains(ct, "html") {
			body = "<p>电梯坏了</p>"
		}
		raw := "From: a@b.example\r\nSubject: s\r\nContent-Type: " + ct + "\r\n\r\n" + body + "\r\n"
		if m := Parse([]byte(raw), fixedTime); m.Text != "电梯坏了" || len(m.Attachments) != 0 {
			t.Errorf("Content-Type %q: text %q, attachments %+v", ct, m.Text, m.Attachments)
		}
	}
}

// Types in quotes (aerc keeps such a message among its valid ones): a multipart is still one
// and a PDF still a PDF.
func TestQuotedContentTypes(t *testing.T) {
	raw := "From: a@b.example\r\nContent-Type: \"multipart/mixed\"; boundary=\"XX\"\r\n\r\n--XX\r\n" +
		"Content-Type: \"text/plain\"; charset=utf-8\r\n\r\n车票见附件\r\n--XX\r\nContent-Type: \"application/pdf\"; name=\"a.pdf\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--XX--\r\n"
	m := Parse([]byte(raw), fixedTime)
	if m.Text != "车票见附件" || len(m.Attachments) != 1 || m.Attachments[0].ContentType != "application/pdf" || m.Attachments[0].Filename != "a.pdf" {
		t.Errorf("text %q, attachments %+v", m.Text, m.Attachments)
	}
}

// Bidi overrides and isolates, with which "abc\u202Etxt.exe" shows as "abcexe.txt", are read out
// of senders' names, subjects and file names.
func TestBidiControlsAreDropped(t *testing.T) {
	raw := "From: =?UTF-8?B?U2VuZGVy4oCu?= <a@b.example>\r\nSubject: =?UTF-8?B?5oqV6K+J4oCu4oGmZXhlLnR4dA==?=\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b\r\n" +
		"Content-Type: application/octet-stream; name=\"=?UTF-8?B?cGhvdG/igK5nbnAuZXhl?=\"\r\n\r\nMZ\r\n--b--\r\n"
	m := Parse([]byte(raw), fixedTime)
	if m.FromName != "Sender" || m.Subject != "投诉exe.txt" || !slices.Equal(fileNames(m), []string{"photognp.exe"}) {
		t.Errorf("from %q, subject %q, files %q", m.FromName, m.Subject, fileNames(m))
	}
}

// TestBoundaryThatDelimitsNothing: a declared boundary that occurs only inside longer lines leaves
// the text to be found as if it were missing, not lost.
func TestBoundaryThatDelimitsNothing(t *testing.T) {
	raw := "From: a@b.example\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=\"a\"\r\n\r\n" +
		"--ab\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n电梯坏了\r\n--ab--\r\n"
	if m := Parse([]byte(raw), fixedTime); m.Text != "电梯坏了" {
		t.Errorf("text %q, attachments %+v", m.Text, m.Attachments)
	}
	// A part with nothing but a closing boundary in it gives no text, not the boundary line.
	raw = "From: a@b.example\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=\"a\"\r\n\r\n--a\r\n" +
		"Content-Type: multipart/mixed; boundary=\"ab\"\r\n--ab\r\nContent-Type: text/plain\r\n\r\n--ab--\r\n--a--\r\n"
	if m := Parse([]byte(raw), fixedTime); m.Text != "" || len(m.Attachments) != 0 {
		t.Errorf("text %q, attachments %+v", m.Text, m.Attachments)
	}
}

// TestRawBig5Header: raw Big5 header fields with no charset named anywhere are read as Big5
// when together they say so; a lone short one stays GB18030's.
func TestRawBig5Header(t *testing.T) {
	raw := "From: \xb3\xaf\xa4j\xa9\xfa <chen@example.tw>\r\nSubject: \xaa\xc0\xb0\xcf\xb9q\xb1\xe8\xa4S\xacG\xbb\xd9\xa4F\xa1A\xbd\xd0\xbe\xa8\xa7\xd6\xb3B\xb2z\r\n\r\nhello\r\n"
	m := Parse([]byte(raw), fixedTime)
	if m.FromName != "陳大明" || m.Subject != "社區電梯又故障了，請儘快處理" {
		t.Errorf("from %q subject %q", m.FromName, m.Subject)
	}
	gbk := "From: \xcd\xf5\xb7\xbc <wang@example.cn>\r\nSubject: \xb5\xe7\xcc\xdd\xd3\xd6\xbb\xb5\xc1\xcb\xa3\xac\xc7\xeb\xbe\xa1\xbf\xec\xb4\xa6\xc0\xed\r\n\r\nhello\r\n"
	if m := Parse([]byte(gbk), fixedTime); m.FromName != "王芳" || m.Subject != "电梯又坏了，请尽快处理" {
		t.Errorf("from %q subject %q", m.FromName, m.Subject)
	}
}

// File names as old mailers write them: raw Big5 whose second bytes are backslashes ("功" is
// A5 5C, "成功" ends in one just before the closing quote), and a Windows path left unescaped.
func TestRawFileNames(t *testing.T) {
	raw := "From: chen@example.tw\r\nSubject: test\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=big5\r\n\r\nhello\r\n" +
		"--b\r\nContent-Type: application/msword; name=\"\xa5\x5c\xbd\xd2.doc\"\r\n" +
		"Content-Disposition: attachment; filename=\"\xa5\x5c\xbd\xd2.doc\"\r\n\r\nx\r\n" +
		"--b\r\nContent-Type: application/msword; name=\"\xa6\xa8\xa5\x5c\"; x-other=1\r\n" +
		"Content-Disposition: attachment; filename=\"\xa6\xa8\xa5\x5c\"; size=1\r\n\r\nx\r\n" +
		"--b\r\nContent-Type: image/png; name=\"C:\\TEMP\\nsmailEG.png\"\r\n\r\nx\r\n" +
		"--b\r\nContent-Type: image/png; name=\"a\\\"b\\\\c.png\"\r\n\r\nx\r\n--b--\r\n"
	if names, want := fileNames(Parse([]byte(raw), fixedTime)), []string{"功課.doc", "成功", "nsmailEG.png", "c.png"}; !reflect.DeepEqual(names, want) {
		t.Errorf("file names %q, want %q", names, want)
	}
}

// Senders and words as real mailers write them (the cases come from a ticket system's collection
// of customer mail).
func TestSendersAsMailersWriteThem(t *testing.T) {
	tests := []struct {
		name, raw, fromName, fromEmail, subject string
	}{
		{"a comma inside an encoded name", "From: =?iso-8859-1?Q?B=FCrling,=20Andreas?= <smith@example.com>\r\nSubject: s\r\n\r\nb",
			"Bürling, Andreas", "smith@example.com", "s"},
		{"spaces inside an encoded word", "From: a@b.example\r\nSubject: =?UTF-8?Q? Personal=C3=A4nderung?=\r\n\r\nb",
			"", "a@b.example", "Personaländerung"},
		{"a broken From before a good one", "From: [??????]\r\nReply-To: reghk@qq.example\r\nFrom: =?utf-8?B?6YO955C5?= <ghgbwum@185.example>\r\nSubject: s\r\n\r\nb",
			"都琹", "ghgbwum@185.example", "s"},
		{"no From, a Reply-To", "Reply-To: <vipyimin@126.example>\r\nSubject: =?GB2312?B?ob4g1rHNqMPAufrFxcP7tdo0ObTz0acgs8m5prrzuLa30SChvw==?=\r\n\r\nb",
			"", "", "【 直通美国排名第49大学 成功后付费 】"},
		{"a From without a domain, a Sender with one", "From: 张三\r\nSender: zhangsan@example.cn\r\nSubject: s\r\n\r\nb",
			"张三", "zhangsan@example.cn", "s"},
		{"Shift_JIS labelled ISO-2022-JP", "From: =?ISO-2022-JP?B?g2OBW4OLIEVYQU1QTEU=?= <bar@example.org>\r\nSubject: s\r\n\r\nb",
			"ツール EXAMPLE", "bar@example.org", "s"},
		{"EUC-JP labelled ISO-2022-JP", "From: a@b.example\r\nSubject: =?ISO-2022-JP?B?pcShvKXr?=\r\n\r\nb",
			"", "a@b.example", "ツール"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := Parse([]byte(tc.raw), fixedTime)
			if m.FromName != tc.fromName || m.FromEmail != tc.fromEmail || strings.TrimSpace(m.Subject) != tc.subject {
				t.Errorf("from %q <%s> subject %q, want %q <%s> %q", m.FromName, m.FromEmail, m.Subject, tc.fromName, tc.fromEmail, tc.subject)
			}
		})
	}
	// 8-bit bytes under the ISO-2022-JP label that do not read as Japanese stay unread, not
	// turned into a stray kanji.
	m := Parse([]byte("From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"+
		"Content-Type: application/octet-stream; name*=iso-2022-jp'ja'01%20Quien%20Te%20Dij%8aat.mp3\r\n\r\nx\r\n--b--\r\n"), fixedTime)
	if len(m.Attachments) != 1 || strings.ContainsRune(m.Attachments[0].Filename, '蛎') {
		t.Errorf("attachments %+v", m.Attachments)
	}
}

// A multipart without a single boundary in it (Apple Mail wrote one) is text in its own transfer
// encoding, not the quoted-printable as written.
func TestMultipartWithoutBoundaryIsItsText(t *testing.T) {
	m := Parse([]byte("From: Martin <martin@example.com>\r\nSubject: =?iso-8859-1?Q?aa=E4=F6=FC=DFad_asd?=\r\n"+
		"Content-Transfer-Encoding: quoted-printable\r\n"+
		"Content-Type: multipart/mixed; boundary=\"----_=_NextPart_000_03BED81D.6103DF93\"\r\n\r\n"+
		"=E4=F6=FC=DF ad asd\r\n\r\n-Martin\r\n"), fixedTime)
	if m.Text != "äöüß ad asd\n\n-Martin" || len(m.Attachments) != 0 {
		t.Errorf("text %q, attachments %d", m.Text, len(m.Attachments))
	}
	// Part headers without their boundaries are still read as the part's.
	m = Parse([]byte("From: a@b.example\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n5Lit5paH\r\n"), fixedTime)
	if m.Text != "中文" {
		t.Errorf("text %q", m.Text)
	}
}

// The message a forward passes on is read for its sender as any message is: a broken From before
// a good one loses to the good one.
func TestForwardedSenderAsMailersWriteIt(t *testing.T) {
	m := Parse([]byte("From: colleague@office.example\r\nSubject: Fw: 投诉\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"+
		"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: [??????]\r\nFrom: =?utf-8?B?5p2O5Zub?= <lisi@tenant.example>\r\n"+
		"Subject: =?utf-8?B?55S15qKv5Z2P5LqG?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n三号楼电梯坏了。\r\n--b--\r\n"), fixedTime)
	if f := m.Forwarded; f == nil || f.FromName != "李四" || f.FromEmail != "lisi@tenant.example" || f.Subject != "电梯坏了" {
		t.Errorf("forwarded %+v", f)
	}
}

// A charset name longer than any charset's is no name: the fuzzer's From of an encoded word
// naming a 3.7 KB charset took 7 s, each try to decode the header's bytes by it reading the whole
// name again; one of 20 KB would take minutes.
func TestOverlongCharsetNameDoesNotStall(t *testing.T) {
	done := make(chan Mail, 1)
	go func() {
		done <- Parse([]byte("From:=?Windows-125"+strings.Repeat("\xc6", 20000)+"2?B??=\xf8\nTo:\xa4\nSubject: s\n\nbody"), fixedTime)
	}()
	select {
	case m := <-done:
		if m.Subject != "s" || m.Text != "body" {
			t.Errorf("subject %q, text %q", m.Subject, m.Text)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("a From naming a 20 KB charset still not read after 20 s")
	}
}

// A From made of nothing but the start of encoded words (100 KB of "=?") is read at once: looking
// for each word where it starts, not anywhere after it, keeps the work in proportion to the
// header. (Searching on from each "=?" took 104 s here; the limit is far above the 25 ms it takes.)
func TestHostileEncodedWordsDoNotStall(t *testing.T) {
	done := make(chan Mail, 1)
	go func() {
		done <- Parse([]byte("From: "+strings.Repeat("=?", 50000)+"\r\nSubject: s\r\n\r\nb"), fixedTime)
	}()
	select {
	case m := <-done:
		if m.Subject != "s" {
			t.Errorf("subject %q", m.Subject)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("a From of 100 KB of \"=?\" still not read after 20 s")
	}
}

// A bounce says it is one before the Auto-Submitted it carries too, so that the clerk is told
// the office's mail did not arrive; an absence notice stays an automatic reply.
func TestBounceReasons(t *testing.T) {
	for raw, want := range map[string]string{
		"From: Mail Delivery System <Mailer-Daemon@mx.example.cn>\r\nAuto-Submitted: auto-replied\r\nX-Failed-Recipients: a@b.example\r\n" +
			"Subject: Mail delivery failed: returning message to sender\r\n\r\nb": "x-failed-recipients",
		"From: a@mx.example.cn\r\nAuto-Submitted: auto-replied\r\nSubject: =?UTF-8?B?57O757uf6YCA5L+h?=\r\n\r\nb": "bounce subject: 系统退信",
		"From: MAILER-DAEMON@mx.example.cn\r\nAuto-Submitted: auto-replied\r\nSubject: x\r\n\r\nb":                "bounce sender MAILER-DAEMON@mx.example.cn",
		"From: a@b.example\r\nAuto-Submitted: auto-replied\r\nSubject: Out of Office\r\n\r\nb":                    "Auto-Submitted: auto-replied",
	} {
		if m := Parse([]byte(raw), fixedTime); !m.Auto || m.AutoReason != want {
			t.Errorf("auto %v, reason %q, want %q", m.Auto, m.AutoReason, want)
		}
	}
}

// The timeline shows what a reply says itself.
func TestOwnTextLeavesOutWhatTheEmailQuotes(t *testing.T) {
	tests := map[string]string{
		"还是没修好。\n\n> 您反映的问题已安排处理。":                                                            "还是没修好。",
		"请尽快处理\n\n-----原始邮件-----\n发件人: service@jinhua-pm.example\n主题: 答复":                     "请尽快处理",
		"Still broken.\n\nOn Mon, 30 Nov 2026 at 09:00, Office <o@x.example> wrote:\n> fixed": "Still broken.",
		"好的，谢谢\n\n在 2026年11月30日 09:00，物业服务中心 写道：\n> 已处理":                                      "好的，谢谢",
		"收到\n\n客服中心 <service@jinhua-pm.example> 于2026年11月30日周一 19:42写道：\n> 已安排维修":             "收到",
		"谢谢\n\n------------------ 回复的原邮件 ------------------\n已处理":                             "谢谢",
		// Thunderbird answers below what it quotes; a phone signs its mail.
		"在 2026/3/3 10:00, 物业服务中心 写道:\n> 张伟先生：您好！电梯已恢复运行。\n>\n\n还是不行，我母亲被困了20分钟。\n": "还是不行，我母亲被困了20分钟。",
		"> 已安排维修\n\n没有人来\n\n> 请耐心等待\n":                                                                        "没有人来",
		"还是坏的\n\n发自我的iPhone\n\n------------------ 原始邮件 ------------------\n已处理":                               "还是坏的",
		"还是坏的\n发自网易邮箱大师\n---- 回复的原邮件 ----\n已处理":                                                               "还是坏的",
		"还是坏的\n\n来自我的华为手机\n":                                                                                  "还是坏的",
		"急！！ 13817265094\n来自小米手机\n":                                                                           "急！！ 13817265094",
		"電梯還是壞的\n\n發自三星手機":                                                                                    "電梯還是壞的",
		"赵女士 139 0000 0276\n\n来自华为Mate 60 Pro\n":                                                              "赵女士 139 0000 0276",
		"8-1-1203 周文斌\n\n-----\n本邮件由139邮箱手机客户端发送\n":                                                           "8-1-1203 周文斌",
		"请处理。\n-----\n我的电话 13800001111":                                                                       "请处理。\n-----\n我的电话 13800001111",
		"物業服務中心 於 2026/3/3 上午 10:00 寫道:\n> 電梯已修好。\n\n還是壞的。":                                                   "還是壞的。",
		"還是壞的。\n\n物業服務中心 (<desk@office.example>) 在 2026年3月3日 星期二 上午10:00:00 [GMT+8] 寫道：\n電梯已修好。":              "還是壞的。",
		"還是壞的。\n\n________________________________\n從: 物業服務中心 [desk@office.example]\n寄件日期: 2026年3月3日\n電梯已修好。": "還是壞的。",
		"还是坏的\n\n从 iOS 版 Outlook <https://aka.ms/o0ukef> 发送\n":                                                "还是坏的",
		"还是坏的\n\n获取 Outlook for Android <https://aka.ms/AAb9ysg>\n":                                           "还是坏的",
		"还是坏的\n\n------------------\u00a0原始邮件\u00a0------------------\n已处理":                                   "还是坏的",
		"补办收100元？\n\n-------- 原始信息 --------\n由： 物业服务中心 <kf@yunqi-wy.com>\n日期： 2026/11/19\n联系电话：0571-88886123": "补办收100元？",
		"我不同意。\n40幢1单元1101 贺军\n\n----邮件原文----\n物业服务中心<kf@yunqi-wy.com>：\n联系电话：0571-88886123":                  "我不同意。\n40幢1单元1101 贺军",
		"还是坏的\n\n------------------ Original ------------------\nFrom: \"物业服务中心\"<kf@yunqi-wy.com>\n已处理":      "还是坏的",
		"還是壞的。\n\n從: 物業服務中心\n寄件日期: 2026年3月3日\n電梯已修好。":                                                         "還是壞的。",
		"Hi,\nFrom: Block 4, Room 701 resident\nThe bins are full.\nMy phone: 13566554433":                    "Hi,\nFrom: Block 4, Room 701 resident\nThe bins are full.\nMy phone: 13566554433",
		"> only a quote":               "> only a quote",
		"no quote at all\nsecond line": "no quote at all\nsecond line",
	}
	for in, want := range tests {
		if got := OwnText(in); got != want {
			t.Errorf("OwnText(%q) = %q, want %q", in, got, want)
		}
	}
}

// Message-IDs written bare are read bare in the replies to them too (mu's test2 writes them so).
func TestBareMessageIDs(t *testing.T) {
	m := Parse([]byte("From: a@b.example\r\nMessage-Id: 271r2342343e9dfo.fsf@builder.com\r\nIn-Reply-To: 1.fsf@builder.com\r\n"+
		"References: 0.fsf@builder.com,\r\n 1.fsf@builder.com\r\n\r\nx\r\n"), fixedTime)
	if m.MessageID != "271r2342343e9dfo.fsf@builder.com" || m.InReplyTo != "1.fsf@builder.com" ||
		!reflect.DeepEqual(m.References, []string{"0.fsf@builder.com", "1.fsf@builder.com"}) {
		t.Errorf("id %q, in reply to %q, references %q", m.MessageID, m.InReplyTo, m.References)
	}
	// Words beside an identifier in brackets are no identifier.
	m = Parse([]byte("From: a@b.example\r\nIn-Reply-To: your message of Monday <1@b.example>\r\n\r\nx\r\n"), fixedTime)
	if m.InReplyTo != "1@b.example" {
		t.Errorf("in reply to %q", m.InReplyTo)
	}
}

// Text marked as an attachment without a name is the text when the message has no other
// (Email-MIME's nested-parts.eml); a named one stays a file.
func TestUnnamedTextAttachmentIsTheText(t *testing.T) {
	raw := "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n" +
		"Content-Disposition: attachment\r\n\r\n电梯坏了\r\n--b--\r\n"
	if m := Parse([]byte(raw), fixedTime); m.Text != "电梯坏了" || len(m.Attachments) != 1 {
		t.Errorf("text %q, %d attachments", m.Text, len(m.Attachments))
	}
	named := strings.Replace(raw, "attachment\r\n", "attachment; filename=log.txt\r\n", 1)
	if m := Parse([]byte(named), fixedTime); m.Text != "" || len(m.Attachments) != 1 {
		t.Errorf("named: text %q, %d attachments", m.Text, len(m.Attachments))
	}
}

// A multipart/report without parts or a report type is no report: a person's mail
// (Mailpit's TestStoreUnparsableMessage).
func TestReportWithoutPartsIsNoReport(t *testing.T) {
	m := Parse([]byte("From: =?UTF-8?B?5byg5LiJ?= <zs@example.cn>\r\nSubject: t\r\nContent-Type: multipart/report;\r\n\r\n电梯坏了\r\n"), fixedTime)
	if m.Auto || m.Text != "电梯坏了" {
		t.Errorf("auto %v (%s), text %q", m.Auto, m.AutoReason, m.Text)
	}
}

// A complaint passed down through colleagues (上级转办) reads as a chain of forwards, quoted or
// attached, down to the citizen's message.
func TestForwardOfAForward(t *testing.T) {
	inline := "From: =?UTF-8?B?6IGM5ZGYMg==?= <staff2@office.cn>\r\nSubject: =?UTF-8?B?6L2s5Y+ROiDovazlj5E6IOeUteair+aVhemanA==?=\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n请客服登记处理。\r\n\r\n________________________________\r\n" +
		"发件人: 职员1 <staff1@office.cn>\r\n发送时间: 2025年12月1日 11:00\r\n收件人: 职员2 <staff2@office.cn>\r\n主题: 转发: 电梯故障\r\n\r\n" +
		"转给你看一下。\r\n\r\n________________________________\r\n发件人: 李四 <lisi@qq.com>\r\n发送时间: 2025年11月30日 9:00\r\n" +
		"收件人: kefu@office.cn\r\n主题: 电梯故障\r\n\r\n电梯坏了两个月没人修。\r\n"
	m := Parse([]byte(inline), fixedTime)
	if f := m.Forwarded; f == nil || f.FromEmail != "staff1@office.cn" || f.Forwarded == nil ||
		f.Forwarded.FromEmail != "lisi@qq.com" || f.Forwarded.Subject != "电梯故障" || f.Forwarded.Text != "电梯坏了两个月没人修。" {
		t.Errorf("quoted chain: %+v", f)
	} else if f.Forwarded.Forwarded != nil {
		t.Errorf("the citizen's message passes on %+v", f.Forwarded.Forwarded)
	}
	citizen := "From: lisi@qq.com\r\nSubject: lift\r\nContent-Type: text/plain\r\n\r\nbroken for two months\r\n"
	attach := func(from, subject, note, msg string) string {
		return "From: " + from + "\r\nSubject: " + subject + "\r\nContent-Type: multipart/mixed; boundary=\"" + from + "\"\r\n\r\n--" + from +
			"\r\nContent-Type: text/plain\r\n\r\n" + note + "\r\n--" + from + "\r\nContent-Type: message/rfc822\r\n\r\n" + msg + "\r\n--" + from + "--\r\n"
	}
	// A leader forwarding his own answer to the citizen passes the citizen's mail on with it;
	// an office's 【转办】 is a forward.
	answered := "From: =?UTF-8?B?5ZGo5oC7?= <zhou@office.cn>\r\nSubject: =?UTF-8?B?44CQ6L2s5Yqe44CR562U5aSNOiDnlLXmoq/mlYXpmpw=?=\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n请客服跟进。\r\n\r\n-----原始邮件-----\r\n发件人: 周总 <zhou@office.cn>\r\n" +
		"发送时间: 2025年12月1日 11:00\r\n收件人: 李四 <lisi@qq.com>\r\n主题: 答复: 电梯故障\r\n\r\n已转物业处理。\r\n\r\n" +
		"-----原始邮件-----\r\n发件人: 李四 <lisi@qq.com>\r\n发送时间: 2025年11月30日 9:00\r\n收件人: 周总 <zhou@office.cn>\r\n" +
		"主题: 电梯故障\r\n\r\n电梯坏了两个月没人修。\r\n"
	m = Parse([]byte(answered), fixedTime)
	if f := m.Forwarded; f == nil || f.FromEmail != "zhou@office.cn" || f.Forwarded == nil || f.Forwarded.FromEmail != "lisi@qq.com" ||
		f.Forwarded.Text != "电梯坏了两个月没人修。" {
		t.Errorf("an answer passed on: %+v", f)
	}
	chain := attach("staff2@office.cn", "FW: FW: lift", "please register", attach("staff1@office.cn", "FW: lift", "for you", citizen))
	m = Parse([]byte(chain), fixedTime)
	if f := m.Forwarded; f == nil || f.FromEmail != "staff1@office.cn" || f.Forwarded == nil ||
		f.Forwarded.FromEmail != "lisi@qq.com" || f.Forwarded.Text != "broken for two months" {
		t.Errorf("attached chain: %+v", f)
	}
}

// A reply's own words end where the mail program quotes the mail it answers: Korean Outlook's
// heading too.
func TestOwnTextBeforeAKoreanQuote(t *testing.T) {
	text := "정전이 너무 길어요. 연락 주세요.\n전화: 010-1234-5678\n\n보낸 사람: 物业服务中心 <notice@example.cn>\n보낸 날짜: 2026년 12월 1일 월요일 오전 9:00\n" +
		"받는 사람: 全体租户\n제목: 停电通知\n\n电话：021-5000 1234\n地址：世纪大道100号"
	if got := OwnText(text); got != "정전이 너무 길어요. 연락 주세요.\n전화: 010-1234-5678" {
		t.Errorf("own text %q", got)
	}
}

// A body of many close delimiters each with a part after it is not read past every one: each
// looks through the rest of the body, and a hostile message would take the square of its length.
func TestOnlySomeCloseDelimitersAreReadPast(t *testing.T) {
	body := strings.Repeat("--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--\r\n", 2000)
	if parts := splitMultipart([]byte(body), "B"); len(parts) != maxReopened+1 {
		t.Errorf("%d parts read, want %d", len(parts), maxReopened+1)
	}
}

// A short message that points to the letter it attaches as a text file (in GBK, without a
// charset) has that letter for the writer's own words; one that does not point to it, or says
// more itself, has none.
func TestLetterAttachedAsATextFile(t *testing.T) {
	letter, err := simplifiedchinese.GBK.NewEncoder().String("物业服务中心：\r\n本人翟晓梅，住馨园小区6号楼2单元501。\r\n联系电话：185 6702 3391\r\n")
	if err != nil {
		t.Fatal(err)
	}
	mail := func(text string) []byte {
		return []byte("From: <zxm@126.example>\r\nSubject: " + mimeWord("投诉") + "\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n" +
			"--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=letter.txt\r\n" +
			"Content-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(letter)) + "\r\n--b--\r\n")
	}
	m := Parse(mail("物业你好，投诉内容见附件，麻烦尽快处理。谢谢！"), fixedTime)
	if !strings.Contains(m.Letter, "本人翟晓梅，住馨园小区6号楼2单元501。") || !strings.Contains(m.Letter, "185 6702 3391") {
		t.Errorf("letter %q", m.Letter)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != "letter.txt" {
		t.Errorf("the letter is no longer listed as the file it is: %+v", m.Attachments)
	}
	if m := Parse(mail("电梯坏了三天，请尽快修。"), fixedTime); m.Letter != "" {
		t.Errorf("a message that does not point to its file has the letter %q", m.Letter)
	}
}

// A short note pointing to the writer's own earlier mail, attached whole, has that mail for their
// letter; someone else's mail attached is no letter of theirs.
func TestOwnEarlierMailAttached(t *testing.T) {
	mail := func(from string) []byte {
		return []byte("From: <syt@tea.example>\r\nSubject: " + mimeWord("催办：展位噪音投诉") + "\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
			"附件是我11月13日发给贵部门的邮件，到现在一个星期了没有任何回复。\r\n\r\n宋雨桐\r\n" +
			"--b\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=earlier.eml\r\n\r\n" +
			"From: <" + from + ">\r\nSubject: noise\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
			"我们是云上茶业（2号馆2C-108展位）。\r\n联系人：宋雨桐\r\n手机：15201873364\r\n--b--\r\n")
	}
	m := Parse(mail("syt@tea.example"), fixedTime)
	if !strings.Contains(m.Letter, "手机：15201873364") || m.Forwarded != nil {
		t.Errorf("letter %q, forwarded %+v", m.Letter, m.Forwarded)
	}
	if m := Parse(mail("neighbour@tea.example"), fixedTime); m.Letter != "" {
		t.Errorf("someone else's mail attached is the letter %q", m.Letter)
	}
}
