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
