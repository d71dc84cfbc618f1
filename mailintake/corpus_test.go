package mailintake

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"complaintdesk/data"
)

// expected is one line of testdata/mail/expected.jsonl.
type expected struct {
	File         string                     `json:"file"`
	FromEmail    *string                    `json:"from_email"`
	FromName     *string                    `json:"from_name"`
	Subject      *string                    `json:"subject"`
	BodyContains []string                   `json:"body_contains"`
	Attachments  []expectedAttachment       `json:"attachments"`
	IsAutoReply  *bool                      `json:"is_auto_reply"`
	Alternatives map[string]json.RawMessage `json:"alternatives"`
	Features     []string                   `json:"features"`
}

type expectedAttachment struct {
	Filename    *string `json:"filename"`
	Size        *int    `json:"size"`
	ContentType string  `json:"content_type"`
}

// corpusDir is the folder of real-world mail the corpus tests read: testdata/mail, or the folder
// MAIL_CORPUS names, laid out the same way (.eml files and their expected.jsonl).
func corpusDir() string {
	if dir := os.Getenv("MAIL_CORPUS"); dir != "" {
		return dir
	}
	return filepath.Join("testdata", "mail")
}

// loadCorpus reads expected.jsonl: one line for each .eml file of the corpus, none missing.
func loadCorpus(t testing.TB) []expected {
	t.Helper()
	f, err := os.Open(filepath.Join(corpusDir(), "expected.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []expected
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e expected
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(corpusDir(), "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 || len(out) != len(files) {
		t.Fatalf("expected.jsonl has %d messages, the folder %d .eml files", len(out), len(files))
	}
	return out
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// alternativesOf lists the other accepted values of a field.
func (e *expected) alternativesOf(key string) []string {
	var out []string
	for _, k := range []string{key, key + "_project"} {
		raw, ok := e.Alternatives[k]
		if !ok {
			continue
		}
		var list []string
		var lists [][]string
		switch {
		case json.Unmarshal(raw, &list) == nil:
			out = append(out, list...)
		case json.Unmarshal(raw, &lists) == nil:
			for _, l := range lists {
				out = append(out, l...)
			}
		}
	}
	return out
}

// checkMail compares a decoded message with its expected values; it is shared by the parser
// test and the end-to-end IMAP test.
func checkMail(t *testing.T, e expected, got data.InboundMail) {
	t.Helper()
	field := func(name string, want *string, gotV string) {
		t.Helper()
		accepted := e.alternativesOf(name)
		if want != nil {
			accepted = append(accepted, *want)
		} else {
			accepted = append(accepted, "")
		}
		for _, a := range accepted {
			if collapse(a) == collapse(gotV) {
				return
			}
		}
		t.Errorf("%s = %q, want one of %q", name, gotV, accepted)
	}
	field("from_email", e.FromEmail, got.FromEmail)
	field("from_name", e.FromName, got.FromName)
	field("subject", e.Subject, got.Subject)
	text := collapse(got.Text)
	// Latin text in UTF-16 whose NUL bytes a server turned into 0x80 reads as a run of the
	// ideographs U+8000–U+807F.
	if damaged := regexp.MustCompile(`[\x{8000}-\x{807F}]{4,}`).FindString(got.Text); damaged != "" {
		t.Errorf("text holds %q, UTF-16 with its NUL bytes replaced", damaged)
	}
	for _, s := range e.BodyContains {
		if !strings.Contains(text, collapse(s)) {
			t.Errorf("text does not contain %q; text:\n%s", s, got.Text)
		}
	}
	if len(got.Attachments) != len(e.Attachments) {
		names := make([]string, 0, len(got.Attachments))
		for _, a := range got.Attachments {
			names = append(names, a.Filename+" ("+a.ContentType+")")
		}
		t.Errorf("%d attachments %q, want %d", len(got.Attachments), names, len(e.Attachments))
	} else {
		altNames := e.alternativesOf("attachment_filenames")
		for i, w := range e.Attachments {
			g := got.Attachments[i]
			if w.Filename != nil && g.Filename != *w.Filename {
				t.Errorf("attachment %d filename %q, want %q", i, g.Filename, *w.Filename)
			}
			if w.Filename == nil && g.Filename != "" && !contains(altNames, g.Filename) {
				t.Errorf("attachment %d filename %q, want none", i, g.Filename)
			}
			if w.Size != nil && !sizeMatches(g, *w.Size) {
				t.Errorf("attachment %d size %d, want %d", i, len(g.Data), *w.Size)
			}
			if w.ContentType != "" && g.ContentType != w.ContentType {
				t.Errorf("attachment %d type %q, want %q", i, g.ContentType, w.ContentType)
			}
		}
	}
	if e.IsAutoReply != nil && got.Auto != *e.IsAutoReply {
		t.Errorf("auto = %v (%s), want %v", got.Auto, got.AutoReason, *e.IsAutoReply)
	}
}

// sizeMatches compares sizes. Text parts were measured with CRLF line ends, as IMAP serves them;
// message parts were measured after the reference decoder re-serialized them (unfolded, CRLF),
// so for those only the size within 3% is meaningful.
func sizeMatches(a data.InboundAttachment, want int) bool {
	n, c := len(a.Data), len(crlf(a.Data))
	if strings.HasPrefix(a.ContentType, "message/") {
		return math.Abs(float64(c-want)) <= 0.03*float64(want)
	}
	return n == want || c == want
}

func crlf(b []byte) []byte {
	return bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var fixedTime = time.Date(2026, 11, 20, 8, 30, 0, 0, time.UTC)

func TestParseCorpus(t *testing.T) {
	for _, e := range loadCorpus(t) {
		t.Run(e.File, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(corpusDir(), e.File))
			if err != nil {
				t.Fatal(err)
			}
			checkMail(t, e, Parse(raw, fixedTime))
		})
	}
}
