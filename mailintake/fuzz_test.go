package mailintake

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"complaintdesk/data"
)

// FuzzImport stores mangled mail as the import does. Whatever a message holds, it is stored (as a
// complaint, a reply, automatic or failed): it never fails its batch, which would stop every
// message after it at every check. Normal test runs try the corpus seeds only.
func FuzzImport(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "mail", "*.eml"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no corpus: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	store := openStore(f)
	var uid uint32
	f.Fuzz(func(t *testing.T, raw []byte) {
		m := Parse(raw, fixedTime)
		uid++
		m.UID = uid
		out, err := store.ImportMail(context.Background(), data.MailBatch{Messages: []data.InboundMail{m}})
		if err != nil || len(out) != 1 {
			t.Fatalf("the message failed its batch: %+v %v", out, err)
		}
	})
}
