package mailintake

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"complaintdesk/data"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestTmpStoreOnly(t *testing.T) {
	var msgs []data.InboundMail
	p0 := cpuNow()
	for i := 0; i < 2000; i++ {
		m := Parse(mixedMessage(i), time.Now())
		m.UID = uint32(i + 1)
		msgs = append(msgs, m)
	}
	t.Logf("parse cpu %v", cpuNow()-p0)
	best, bestW := time.Hour, time.Hour
	for r := 0; r < 5; r++ {
		dir := t.TempDir()
		store, err := data.Open(filepath.Join(dir, "x.db"))
		if err != nil {
			t.Fatal(err)
		}
		c0, w0 := cpuNow(), time.Now()
		for i := 0; i < 2000; i += 50 {
			if _, err := store.ImportMail(context.Background(), data.MailBatch{Folder: "INBOX", Messages: msgs[i : i+50]}); err != nil {
				t.Fatal(err)
			}
		}
		best, bestW = min(best, cpuNow()-c0), min(bestW, time.Since(w0))
		store.Close()
		if os.Getenv("TMPSIZE") != "" {
			fi, _ := os.Stat(filepath.Join(dir, "x.db"))
			t.Logf("db size %d", fi.Size()); b, _ := os.ReadFile(filepath.Join(dir, "x.db")); os.WriteFile("/tmp/mp/x.db", b, 0o644)
		}
	}
	t.Logf("store best wall %v best cpu %v", bestW, best)
}
