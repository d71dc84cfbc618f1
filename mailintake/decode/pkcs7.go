package decode

import (
	"bytes"
	"errors"
)

// S/MIME "opaque" signing (RFC 8551 §3.5.2) sends the message inside the signature: one
// application/pkcs7-mime part holding CMS SignedData (RFC 5652), whose content is the MIME entity
// that was signed, in the clear. Mail programs write it in BER, with lengths left open and the
// content cut in chunks, so it is read here by a small BER reader rather than encoding/asn1,
// which reads DER only. The signature itself is not checked: the raw message keeps it.

var (
	oidSignedData = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02} // 1.2.840.113549.1.7.2
	errBER        = errors.New("not BER-encoded signed data")
)

// berMaxDepth and berMaxNodes bound the nesting and the number of elements read, for a hostile
// blob.
const (
	berMaxDepth = 32
	berMaxNodes = 1 << 19 // content cut in chunks of 50 bytes still reads for a 25 MB message
)

// berNode is one element: its identifier octet (class, constructed bit and tag below 31), and
// either its value (primitive) or its elements (constructed).
type berNode struct {
	tag      byte
	value    []byte
	children []berNode
}

func (n berNode) constructed() bool { return n.tag&0x20 != 0 }

type berReader struct{ nodes int }

// read reads one element from b and returns it with what follows it.
func (r *berReader) read(b []byte, depth int) (berNode, []byte, error) {
	r.nodes++
	if depth > berMaxDepth || r.nodes > berMaxNodes || len(b) < 2 {
		return berNode{}, nil, errBER
	}
	n := berNode{tag: b[0]}
	if b[0]&0x1f == 0x1f { // a tag of 31 or more: none in signed data's frame
		return berNode{}, nil, errBER
	}
	b = b[1:]
	l := int(b[0])
	b = b[1:]
	switch {
	case l == 0x80: // indefinite: elements up to the two zero octets
		if !n.constructed() {
			return berNode{}, nil, errBER
		}
		for {
			if len(b) >= 2 && b[0] == 0 && b[1] == 0 {
				return n, b[2:], nil
			}
			c, rest, err := r.read(b, depth+1)
			if err != nil {
				return berNode{}, nil, err
			}
			n.children = append(n.children, c)
			b = rest
		}
	case l > 0x80:
		k := l & 0x7f
		if k > 4 || len(b) < k {
			return berNode{}, nil, errBER
		}
		l = 0
		for _, c := range b[:k] {
			l = l<<8 | int(c)
		}
		b = b[k:]
	}
	if l > len(b) {
		return berNode{}, nil, errBER
	}
	body, rest := b[:l], b[l:]
	if !n.constructed() {
		n.value = body
		return n, rest, nil
	}
	for len(body) > 0 {
		c, more, err := r.read(body, depth+1)
		if err != nil {
			return berNode{}, nil, err
		}
		n.children = append(n.children, c)
		body = more
	}
	return n, rest, nil
}

// octets is the value of an OCTET STRING, joined from its chunks when it is constructed.
func (n berNode) octets(out *bytes.Buffer) bool {
	switch n.tag {
	case 0x04:
		out.Write(n.value)
		return true
	case 0x24:
		for _, c := range n.children {
			if !c.octets(out) {
				return false
			}
		}
		return true
	}
	return false
}

// signedContent is the content that CMS SignedData carries: ContentInfo { signedData,
// [0] SignedData { version, digestAlgorithms, EncapsulatedContentInfo { type, [0] OCTET STRING },
// … } }. ok is false when b is anything else, or the signature was sent without its content.
func signedContent(b []byte) (content []byte, ok bool) {
	r := &berReader{}
	info, _, err := r.read(b, 0)
	if err != nil || info.tag != 0x30 || len(info.children) < 2 {
		return nil, false
	}
	if typ := info.children[0]; typ.tag != 0x06 || !bytes.Equal(typ.value, oidSignedData) {
		return nil, false
	}
	explicit := info.children[1]
	if explicit.tag != 0xa0 || len(explicit.children) != 1 {
		return nil, false
	}
	sd := explicit.children[0]
	if sd.tag != 0x30 || len(sd.children) < 3 {
		return nil, false
	}
	encap := sd.children[2]
	if encap.tag != 0x30 || len(encap.children) < 2 || encap.children[1].tag != 0xa0 ||
		len(encap.children[1].children) != 1 {
		return nil, false
	}
	var out bytes.Buffer
	if !encap.children[1].children[0].octets(&out) || out.Len() == 0 {
		return nil, false
	}
	return out.Bytes(), true
}
