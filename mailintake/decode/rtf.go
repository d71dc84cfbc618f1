package decode

import (
	"encoding/binary"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Outlook keeps the text of its "Rich Text" mail as compressed RTF ([MS-OXRTFCP]); that is all
// the text some winmail.dat files hold. It is decompressed and read as plain text here.

// rtfPrebuf is what the compression dictionary starts with ([MS-OXRTFCP] 2.1.2.1).
const rtfPrebuf = "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript " +
	"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par " +
	"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"

// maxRTFSize bounds the decompressed text: a reference repeats up to 17 bytes from 2, so a
// hostile stream could ask for eight and a half times its size.
const maxRTFSize = 32 << 20

var errRTF = errors.New("not compressed RTF")

// maxRTFDepth bounds the groups kept apart; real documents nest a few dozen deep.
const maxRTFDepth = 256

// decompressRTF is the RTF of a PR_RTF_COMPRESSED value.
func decompressRTF(b []byte) ([]byte, error) {
	if len(b) < 16 {
		return nil, errRTF
	}
	raw := binary.LittleEndian.Uint32(b[4:])
	switch string(b[8:12]) {
	case "MELA": // stored uncompressed
		data := b[16:]
		if uint64(raw) < uint64(len(data)) {
			data = data[:raw]
		}
		return data, nil
	case "LZFu":
	default:
		return nil, errRTF
	}
	var dict [4096]byte
	copy(dict[:], rtfPrebuf)
	w := len(rtfPrebuf)
	out := make([]byte, 0, min(uint64(raw), maxRTFSize, 9*uint64(len(b))))
	in := b[16:]
	for len(in) > 0 {
		control := in[0]
		in = in[1:]
		for bit := 0; bit < 8; bit++ {
			if control&(1<<bit) == 0 {
				if len(in) == 0 {
					return out, nil
				}
				c := in[0]
				in = in[1:]
				out = append(out, c)
				dict[w] = c
				w = (w + 1) % len(dict)
				continue
			}
			if len(in) < 2 {
				return out, nil
			}
			ref := int(in[0])<<8 | int(in[1])
			in = in[2:]
			offset, n := ref>>4, ref&0xf+2
			if offset == w {
				return out, nil // the end marker
			}
			for i := 0; i < n; i++ {
				c := dict[(offset+i)%len(dict)]
				out = append(out, c)
				dict[w] = c
				w = (w + 1) % len(dict)
			}
			if len(out) > maxRTFSize {
				return nil, errors.New("compressed RTF too large")
			}
		}
	}
	return out, nil
}

// rtfSkipped are the destinations whose contents are no text for the reader: tables of fonts,
// colours and styles, document information, pictures, embedded objects, page headers.
var rtfSkipped = map[string]bool{"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true,
	"object": true, "header": true, "headerl": true, "headerr": true, "headerf": true, "footer": true, "footerl": true,
	"footerr": true, "footerf": true, "listtable": true, "listoverridetable": true, "rsidtbl": true, "generator": true,
	"xmlnstbl": true, "themedata": true, "colorschememapping": true, "latentstyles": true, "datastore": true,
	"filetbl": true, "revtbl": true, "fldinst": true, "bkmkstart": true, "bkmkend": true, "nonshppict": true}

// rtfText is the text of an RTF document: its words and line breaks, without formatting. 8-bit
// characters are read in the document's code page (\ansicpg), else in the fallbacks.
func rtfText(doc []byte, fallbacks []string) string {
	type group struct {
		skip bool
		uc   int // characters that stand in for each \u character
	}
	var out strings.Builder
	var pending []byte // 8-bit text not yet decoded
	codepage := ""
	flush := func() {
		if len(pending) > 0 {
			out.WriteString(decodeBytes(pending, codepage, fallbacks))
			pending = pending[:0]
		}
	}
	emit := func(s string, g group) {
		if !g.skip {
			flush()
			out.WriteString(s)
		}
	}
	skipChars := 0 // stand-ins still to skip after a \u character
	// literal is one byte of text, unless it stands in for the \u character before it.
	literal := func(c byte, g group) {
		switch {
		case skipChars > 0:
			skipChars--
		case !g.skip:
			pending = append(pending, c)
		}
	}
	stack := []group{{uc: 1}}
	deeper := 0 // groups opened beyond maxRTFDepth: they share the deepest one's state
	for i := 0; i < len(doc); {
		g := &stack[len(stack)-1]
		c := doc[i]
		switch c {
		case '{':
			if len(stack) < maxRTFDepth {
				stack = append(stack, *g)
			} else {
				deeper++
			}
			i++
			continue
		case '}':
			switch {
			case deeper > 0:
				deeper--
			case len(stack) > 1:
				stack = stack[:len(stack)-1]
			}
			skipChars = 0
			i++
			continue
		case '\r', '\n':
			i++
			continue
		case '\\':
		default:
			literal(c, *g)
			i++
			continue
		}
		// a control word or symbol
		i++
		if i >= len(doc) {
			break
		}
		c = doc[i]
		if !isRTFLetter(c) {
			i++
			switch c {
			case '\'':
				if i+2 <= len(doc) {
					if v, err := strconv.ParseUint(string(doc[i:i+2]), 16, 8); err == nil {
						literal(byte(v), *g)
					}
					i += 2
				}
			case '*':
				g.skip = true // a destination the reader may ignore: this one is
			case '~':
				emit(" ", *g)
			case '_':
				emit("-", *g)
			case '\r', '\n':
				emit("\n", *g)
			case '\\', '{', '}':
				literal(c, *g)
			}
			continue
		}
		start := i
		for i < len(doc) && isRTFLetter(doc[i]) {
			i++
		}
		word := string(doc[start:i])
		numStart := i
		if i < len(doc) && doc[i] == '-' {
			i++
		}
		for i < len(doc) && doc[i] >= '0' && doc[i] <= '9' && i-numStart < 10 {
			i++
		}
		num, hasNum := 0, i > numStart
		if hasNum {
			num, _ = strconv.Atoi(string(doc[numStart:i]))
		}
		if i < len(doc) && doc[i] == ' ' {
			i++
		}
		switch {
		case word == "bin" && hasNum && num > 0:
			i += min(num, len(doc)-i) // raw bytes of a picture or object, braces and all
		case rtfSkipped[word]:
			g.skip = true
		case word == "ansicpg" && hasNum && num > 0:
			flush()
			codepage = codepageLabel(uint32(num))
		case word == "uc" && hasNum && num >= 0:
			g.uc = num
		case word == "u" && hasNum:
			if num < 0 {
				num += 65536
			}
			if r := rune(num); utf8.ValidRune(r) {
				emit(string(r), *g)
			}
			skipChars = g.uc
		case word == "par" || word == "line" || word == "sect" || word == "page" || word == "row":
			emit("\n", *g)
		case word == "tab" || word == "cell":
			emit("\t", *g)
		case word == "emdash":
			emit("—", *g)
		case word == "endash":
			emit("–", *g)
		case word == "bullet":
			emit("•", *g)
		case word == "lquote":
			emit("‘", *g)
		case word == "rquote":
			emit("’", *g)
		case word == "ldblquote":
			emit("“", *g)
		case word == "rdblquote":
			emit("”", *g)
		}
	}
	flush()
	return out.String()
}

func isRTFLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
