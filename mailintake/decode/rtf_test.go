package decode

import (
	"bytes"
	"strings"
	"testing"
)

func TestRTFText(t *testing.T) {
	tests := []struct{ name, rtf, want string }{
		{"plain", `{\rtf1\ansi\ansicpg1252\pard hello world}`, "hello world"},
		{"tables skipped", `{\rtf1\ansi{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0\blue255;}{\*\generator Riched20;}\pard\f0 Lift\par broken\line again}`,
			"Lift\nbroken\nagain"},
		{"GBK bytes", `{\rtf1\ansi\ansicpg936\deff0 \'c8\'fd\'ba\'c5\'c2\'a5\'b5\'e7\'cc\'dd\'bb\'b5\'c1\'cb\par}`, "三号楼电梯坏了\n"},
		{"Big5 bytes", `{\rtf1\ansi\ansicpg950 \'b9\'71\'b1\'e8}`, "電梯"},
		{"unicode with stand-ins", `{\rtf1\ansi\ansicpg1252\uc1\u30005?\u26799?\u-25947?}`, "电梯\u9aa5"},
		{"unicode with two-byte stand-ins", `{\rtf1\ansi\ansicpg936\uc2\u30005\'b5\'e7\u26799\'cc\'dd ok}`, "电梯 ok"},
		{"escaped braces and tab", `{\rtf1 a\{b\}\\c\tab d}`, "a{b}\\c\td"},
		{"encapsulated HTML", `{\rtf1\ansi\fromhtml1 {\*\htmltag19 <html>}{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 电梯{\*\htmltag244 <br>}\htmlrtf \line\htmlrtf0 坏了}}`,
			"电梯\n坏了"},
		{"hyperlink shows its text", `{\rtf1{\field{\*\fldinst HYPERLINK "http://x.example"}{\fldrslt here}}}`, "here"},
		{"binary picture data skipped", "{\\rtf1 see {\\pict\\bin4 }{\\}}photo}", "see photo"},
		{"picture skipped", `{\rtf1 see {\pict\pngblip 89504e47}photo}`, "see photo"},
		{"unclosed", `{\rtf1 text {\b bold`, "text bold"},
		{"stray closing", `{\rtf1 a}} b`, "a b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := rtfText([]byte(tc.rtf), nil); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDecompressRTF(t *testing.T) {
	got, err := decompressRTF(compressedHelloWorld)
	if want := "{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"; err != nil || string(got) != want {
		t.Errorf("got %q %v, want %q", got, err, want)
	}
	for name, b := range map[string][]byte{
		"short":       compressedHelloWorld[:10],
		"unknown":     append(append([]byte{}, compressedHelloWorld[:8]...), "ABCD\x00\x00\x00\x00"...),
		"no header":   nil,
		"cut":         compressedHelloWorld[:30],
		"references":  append(append([]byte{}, compressedHelloWorld[:16]...), bytes.Repeat([]byte{0xff, 0x00, 0x01}, 1000)...),
		"stored":      storedRTF("{\\rtf1 x}"),
		"stored, cut": storedRTF("{\\rtf1 x}")[:18],
	} {
		out, err := decompressRTF(b)
		switch name {
		case "short", "unknown", "no header":
			if err == nil {
				t.Errorf("%s: no error", name)
			}
		case "stored":
			if string(out) != "{\\rtf1 x}" {
				t.Errorf("%s: %q", name, out)
			}
		default:
			if err != nil || len(out) > maxRTFSize {
				t.Errorf("%s: %d bytes, %v", name, len(out), err)
			}
		}
	}
}

// FuzzRTFText: whatever compressed RTF holds, reading it never panics.
func FuzzRTFText(f *testing.F) {
	f.Add(compressedHelloWorld)
	f.Add(storedRTF(`{\rtf1\ansi\ansicpg936\uc2\u30005\'b5\'e7{\*\htmltag <br>}\par}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if doc, err := decompressRTF(b); err == nil {
			rtfText(doc, nil)
		}
		rtfText(b, nil)
	})
}

// Groups nested deeper than are kept apart still close where they should: the skipped group
// around them stays skipped to its end.
func TestRTFNestedDeeperThanKept(t *testing.T) {
	doc := "{\\rtf1 a{\\*\\x " + strings.Repeat("{", 100000) + "b" + strings.Repeat("}", 100000) + "hidden}c}"
	if got := rtfText([]byte(doc), nil); got != "ac" {
		t.Errorf("got %q", got)
	}
}
