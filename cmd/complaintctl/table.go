package main

import (
	"bytes"
	"io"
	"strings"

	"complaintdesk/letters"
)

// table lines up tab-separated cells in columns as text/tabwriter does, but by the width the
// text takes in a terminal: a Chinese character is two columns wide, not one.
type table struct {
	w   io.Writer
	buf bytes.Buffer
}

func newTable(w io.Writer) *table { return &table{w: w} }

func (t *table) Write(p []byte) (int, error) { return t.buf.Write(p) }

// maxCell is the widest a cell but a line's last is shown: one subject of megabytes would
// otherwise pad every line of the table to its width. Machine-readable output has it all.
const maxCell = 60

// Flush writes the lines written so far, each cell but the last of a line cut to maxCell
// columns and padded to its column's width and two spaces.
func (t *table) Flush() error {
	text := strings.TrimSuffix(t.buf.String(), "\n")
	t.buf.Reset()
	if text == "" {
		return nil
	}
	var rows [][]string
	var widths []int
	for _, line := range strings.Split(text, "\n") {
		cells := strings.Split(line, "\t")
		for i, c := range cells[:len(cells)-1] {
			c = clipWidth(c, maxCell)
			cells[i] = c
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(c))
		}
		rows = append(rows, cells)
	}
	var out strings.Builder
	for _, cells := range rows {
		var line strings.Builder
		for i, c := range cells {
			line.WriteString(c)
			if i < len(cells)-1 {
				line.WriteString(strings.Repeat(" ", widths[i]-displayWidth(c)+2))
			}
		}
		out.WriteString(strings.TrimRight(line.String(), " "))
		out.WriteByte('\n')
	}
	_, err := io.WriteString(t.w, out.String())
	return err
}

// clipWidth cuts s to at most n columns, ending it with "…" when cut.
func clipWidth(s string, n int) string {
	if len(s) <= n || displayWidth(s) <= n {
		return s
	}
	w := 0
	for i, r := range s {
		rw := displayWidth(string(r))
		if w+rw > n-1 {
			return s[:i] + "…"
		}
		w += rw
	}
	return s
}

func displayWidth(s string) int { return letters.TextWidth(s) }
