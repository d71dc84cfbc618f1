package decode

import "strings"

// unflow joins the lines of format=flowed text (RFC 3676) that the sender's mail program wrapped:
// a line ending in a space continues on the next one at the same quote depth. With delsp=yes
// (Apple Mail wrapping Chinese, which has no spaces to wrap at) that space was added for the
// wrap and goes; otherwise it is the space between two words and stays. Quoted lines keep their
// ">" marks; the space a sender puts before a line that begins with ">", "From " or a space is
// removed.
func unflow(text string, delsp bool) string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var out strings.Builder
	out.Grow(len(text))
	open, openDepth := false, 0 // a flowed line waits for its continuation
	for _, line := range lines {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		rest := line[depth:]
		content := strings.TrimPrefix(rest, " ")
		if open && (depth != openDepth || content == "") {
			// A flowed line followed by one at another depth, or by an empty line (a space the
			// sender left at the end of a paragraph): the paragraph ends there.
			out.WriteByte('\n')
			open = false
		}
		if !open && depth > 0 {
			out.WriteString(line[:depth])
			if len(content) < len(rest) {
				out.WriteByte(' ')
			}
		}
		flowed := strings.HasSuffix(content, " ") && content != "-- "
		if flowed && delsp {
			content = content[:len(content)-1]
		}
		out.WriteString(content)
		if flowed {
			open, openDepth = true, depth
			continue
		}
		open = false
		out.WriteByte('\n')
	}
	return strings.TrimSuffix(out.String(), "\n")
}
