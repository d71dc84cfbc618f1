package decode

import (
	"path"
	"strings"

	"complaintdesk/data/quickre"
)

// uuBegin is the line that opens a uuencoded file: "begin", its Unix mode, its name.
var uuBegin = quickre.MustCompile(`^begin [0-7]{3,4} (.+)$`)

// uuFiles takes out of text the files that older mail programs (Outlook Express with its
// uuencode option, mailers of the 1990s) write into the text itself, each between
// "begin 644 name" and "end". It returns the text without them and the files. A block that does
// not decode cleanly is left in the text as it is.
func uuFiles(text string) (string, []Attachment) {
	if !strings.Contains(text, "begin ") {
		return text, nil
	}
	lines := strings.Split(text, "\n")
	var kept []string
	var files []Attachment
	for i := 0; i < len(lines); i++ {
		m := uuBegin.FindStringSubmatch(strings.TrimRight(lines[i], "\r"))
		if m == nil {
			kept = append(kept, lines[i])
			continue
		}
		data, end, ok := uuDecodeLines(lines[i+1:])
		if !ok {
			kept = append(kept, lines[i])
			continue
		}
		name := cleanFilename(strings.TrimSpace(m[1]))
		files = append(files, Attachment{Filename: name, ContentType: typeByName(name), Data: data})
		i += end + 1
	}
	if len(files) == 0 {
		return text, nil
	}
	return strings.TrimSpace(strings.Join(kept, "\n")), files
}

// uuDecodeLines decodes uuencoded lines up to the "end" line, which is end lines on.
func uuDecodeLines(lines []string) (data []byte, end int, ok bool) {
	for i, l := range lines {
		l = strings.TrimRight(l, "\r")
		if l == "end" {
			return data, i, i > 0
		}
		if l == "" {
			return nil, 0, false
		}
		n := int(l[0]-' ') & 63
		if l[0] < ' ' || l[0] > '`' || n > 45 {
			return nil, 0, false
		}
		// Each group of four characters holds three bytes; encoders may drop trailing spaces
		// (zero bits), so a line may be shorter, never longer (but for one check character).
		body := l[1:]
		if len(body) > (n+2)/3*4+1 {
			return nil, 0, false
		}
		var out []byte
		for g := 0; len(out) < n; g += 4 {
			var c [4]byte
			for k := range c {
				if g+k < len(body) {
					ch := body[g+k]
					if ch < ' ' || ch > '`' {
						return nil, 0, false
					}
					c[k] = (ch - ' ') & 63
				}
			}
			out = append(out, c[0]<<2|c[1]>>4, c[1]<<4|c[2]>>2, c[2]<<6|c[3])
		}
		data = append(data, out[:n]...)
	}
	return nil, 0, false
}

// uuDecodeBody decodes a part sent with Content-Transfer-Encoding x-uuencode: one file between
// "begin" and "end". ok is false when it is not that.
func uuDecodeBody(body []byte) (data []byte, name string, ok bool) {
	lines := strings.Split(string(body), "\n")
	for i, l := range lines {
		if m := uuBegin.FindStringSubmatch(strings.TrimRight(l, "\r")); m != nil {
			data, _, ok := uuDecodeLines(lines[i+1:])
			return data, cleanFilename(strings.TrimSpace(m[1])), ok
		}
	}
	return nil, "", false
}

// typeByName is the media type of a file by its extension, for the kinds complainants send; any
// other is application/octet-stream.
func typeByName(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".jpg", ".jpeg":
		return "image/jpeg"
	case ".png":
		return "image/png"
	case ".gif":
		return "image/gif"
	case ".bmp":
		return "image/bmp"
	case ".pdf":
		return "application/pdf"
	case ".txt":
		return "text/plain"
	case ".doc":
		return "application/msword"
	case ".docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case ".xls":
		return "application/vnd.ms-excel"
	case ".xlsx":
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case ".zip":
		return "application/zip"
	}
	return "application/octet-stream"
}
