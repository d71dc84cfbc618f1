package main

import (
	"fmt"
	"strings"
	"testing"
)

func TestTableLinesUpChineseByDisplayWidth(t *testing.T) {
	var b strings.Builder
	tw := newTable(&b)
	fmt.Fprintln(tw, "REF\tNAME\tSUBJECT")
	fmt.Fprintln(tw, "TS-2026-000001\t王芳\t电梯故障")
	fmt.Fprintln(tw, "TS-2026-000002\tJohn Smith\t")
	if err := tw.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "REF             NAME        SUBJECT\n" +
		"TS-2026-000001  王芳        电梯故障\n" +
		"TS-2026-000002  John Smith\n"
	if b.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", b.String(), want)
	}
}

// A cell of megabytes is cut to maxCell columns: the other lines keep their width.
func TestTableCutsHugeCells(t *testing.T) {
	var b strings.Builder
	tw := newTable(&b)
	fmt.Fprintln(tw, "UID\tSUBJECT\tERROR")
	fmt.Fprintln(tw, "1\t"+strings.Repeat("投诉", 1000000)+"\t")
	fmt.Fprintln(tw, "2\tshort\tbroken")
	if err := tw.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 || displayWidth(lines[1]) > 5+maxCell || !strings.HasSuffix(lines[1], "投…") ||
		!strings.HasPrefix(lines[2], "2    short  ") || !strings.HasSuffix(lines[2], "  broken") ||
		displayWidth(lines[2]) > 5+maxCell+2+len("broken") {
		t.Errorf("table of %d bytes:\n%.300s", b.Len(), b.String())
	}
}
