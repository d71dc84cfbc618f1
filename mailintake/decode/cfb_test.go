package decode

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
)

// cfbEntry is a stream (data) or a storage (children) of a compound file written for the
// tests.
type cfbEntry struct {
	name     string
	data     []byte
	children []*cfbEntry
	storage  bool
}

const (
	cfbSector     = 512
	cfbMiniSector = 64
	cfbCutoff     = 4096
	cfbEnd        = 0xfffffffe
	cfbFree       = 0xffffffff
	cfbFATSect    = 0xfffffffd
	cfbNoStream   = 0xffffffff
)

// writeCFB writes a compound file of version 3 ([MS-CFB]) holding the root storage's entries:
// small streams in the mini stream, each storage's children as a binary search tree.
func writeCFB(root []*cfbEntry) []byte {
	// The directory, in the order written: the root first.
	dir := []*cfbEntry{{name: "Root Entry", storage: true, children: root}}
	for i := 0; i < len(dir); i++ {
		dir = append(dir, dir[i].children...)
	}
	index := map[*cfbEntry]uint32{}
	for i, e := range dir {
		index[e] = uint32(i)
	}

	var mini []byte      // the mini stream
	var miniFAT []uint32 // its chains
	var sectors [][]byte // the file's sectors after the header
	var fat []uint32     // their chains
	start := map[*cfbEntry]uint32{}
	chain := func(data []byte, size int, table *[]uint32, place func([]byte)) uint32 {
		first := uint32(len(*table))
		n := (len(data) + size - 1) / size
		for i := 0; i < n; i++ {
			block := make([]byte, size)
			copy(block, data[i*size:])
			place(block)
			next := uint32(len(*table) + 1)
			if i == n-1 {
				next = cfbEnd
			}
			*table = append(*table, next)
		}
		return first
	}
	inSectors := func(b []byte) { sectors = append(sectors, b) }
	for _, e := range dir[1:] {
		switch {
		case e.storage || len(e.data) == 0:
			start[e] = cfbEnd
		case len(e.data) < cfbCutoff:
			start[e] = chain(e.data, cfbMiniSector, &miniFAT, func(b []byte) { mini = append(mini, b...) })
		default:
			start[e] = chain(e.data, cfbSector, &fat, inSectors)
		}
	}
	start[dir[0]] = cfbEnd
	if len(mini) > 0 {
		start[dir[0]] = chain(mini, cfbSector, &fat, inSectors)
	}
	miniFATStart, miniFATSectors := uint32(cfbEnd), 0
	if len(miniFAT) > 0 {
		var b []byte
		for _, v := range miniFAT {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
		for len(b)%cfbSector != 0 {
			b = binary.LittleEndian.AppendUint32(b, cfbFree)
		}
		miniFATStart = chain(b, cfbSector, &fat, inSectors)
		miniFATSectors = len(b) / cfbSector
	}

	links := map[*cfbEntry][3]uint32{} // left sibling, right sibling, child
	for _, e := range dir {
		if len(e.children) > 0 {
			l := links[e]
			l[2] = cfbTree(e.children, index, links)
			links[e] = l
		}
	}
	var entries []byte
	for i, e := range dir {
		size := len(e.data)
		if i == 0 {
			size = len(mini)
		}
		entries = append(entries, cfbDirEntry(e, i == 0, links[e], start[e], size)...)
	}
	for len(entries)%cfbSector != 0 {
		entries = append(entries, make([]byte, 128)...)
	}
	dirStart := chain(entries, cfbSector, &fat, inSectors)

	// The FAT's own sectors, at the end: enough for every sector including themselves.
	fatSectors := 1
	for (len(fat)+fatSectors)*4 > fatSectors*cfbSector {
		fatSectors++
	}
	fatStart := len(fat)
	for i := 0; i < fatSectors; i++ {
		fat = append(fat, cfbFATSect)
	}
	var fatBytes []byte
	for _, v := range fat {
		fatBytes = binary.LittleEndian.AppendUint32(fatBytes, v)
	}
	for len(fatBytes)%cfbSector != 0 {
		fatBytes = binary.LittleEndian.AppendUint32(fatBytes, cfbFree)
	}
	if fatSectors > 109 {
		panic("writeCFB: too large for a file without DIFAT sectors")
	}

	h := make([]byte, cfbSector)
	copy(h, cfbSignature)
	binary.LittleEndian.PutUint16(h[24:], 0x003e)
	binary.LittleEndian.PutUint16(h[26:], 3)
	binary.LittleEndian.PutUint16(h[28:], 0xfffe)
	binary.LittleEndian.PutUint16(h[30:], 9)
	binary.LittleEndian.PutUint16(h[32:], 6)
	binary.LittleEndian.PutUint32(h[44:], uint32(fatSectors))
	binary.LittleEndian.PutUint32(h[48:], dirStart)
	binary.LittleEndian.PutUint32(h[56:], cfbCutoff)
	binary.LittleEndian.PutUint32(h[60:], miniFATStart)
	binary.LittleEndian.PutUint32(h[64:], uint32(miniFATSectors))
	binary.LittleEndian.PutUint32(h[68:], cfbEnd)
	for i := 0; i < 109; i++ {
		v := uint32(cfbFree)
		if i < fatSectors {
			v = uint32(fatStart + i)
		}
		binary.LittleEndian.PutUint32(h[76+4*i:], v)
	}
	out := bytes.NewBuffer(h)
	for _, s := range sectors {
		out.Write(s)
	}
	out.Write(fatBytes)
	return out.Bytes()
}

// cfbDirEntry is the directory entry of e.
func cfbDirEntry(e *cfbEntry, root bool, links [3]uint32, start uint32, size int) []byte {
	b := make([]byte, 128)
	name := utf16.Encode([]rune(e.name))
	if len(name) > 31 {
		panic(fmt.Sprintf("cfb: name %q too long", e.name))
	}
	for i, u := range name {
		binary.LittleEndian.PutUint16(b[2*i:], u)
	}
	binary.LittleEndian.PutUint16(b[64:], uint16(2*len(name)+2))
	switch {
	case root:
		b[66] = 5
	case e.storage:
		b[66] = 1
	default:
		b[66] = 2
	}
	b[67] = 1 // black
	for i, l := range links {
		if l == 0 {
			l = cfbNoStream // no link: 0 is the root, never anyone's sibling or child
		}
		binary.LittleEndian.PutUint32(b[68+4*i:], l)
	}
	binary.LittleEndian.PutUint32(b[116:], start)
	binary.LittleEndian.PutUint32(b[120:], uint32(size))
	return b
}

// cfbTree links siblings as a balanced binary search tree in the compound file's order (by
// length, then by upper-case name), and returns its root.
func cfbTree(siblings []*cfbEntry, index map[*cfbEntry]uint32, links map[*cfbEntry][3]uint32) uint32 {
	sorted := append([]*cfbEntry(nil), siblings...)
	sort.Slice(sorted, func(i, j int) bool {
		a, b := utf16.Encode([]rune(sorted[i].name)), utf16.Encode([]rune(sorted[j].name))
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return strings.ToUpper(sorted[i].name) < strings.ToUpper(sorted[j].name)
	})
	var build func(lo, hi int) uint32
	build = func(lo, hi int) uint32 {
		if lo >= hi {
			return cfbNoStream
		}
		mid := (lo + hi) / 2
		e := sorted[mid]
		l := links[e]
		l[0], l[1] = build(lo, mid), build(mid+1, hi)
		links[e] = l
		return index[e]
	}
	return build(0, len(sorted))
}
