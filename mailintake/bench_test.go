package mailintake

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"complaintdesk/data"

	"github.com/emersion/go-imap"
)

// mixedMessage is one of the benchmark's messages: mostly short Chinese complaints, some with a
// photo attachment, a few large.
func mixedMessage(i int) []byte {
	body := strings.Repeat("三号楼电梯多次故障，物业一直没有处理，请尽快安排维修并给出书面答复。\r\n", 1+i%20)
	var b strings.Builder
	fmt.Fprintf(&b, "From: 业主%d <owner%d@example.cn>\r\nTo: office@example.cn\r\nSubject: =?UTF-8?B?5oqV6K+J?= %d\r\n"+
		"Message-ID: <bench-%d@example.cn>\r\nDate: Mon, 16 Nov 2026 10:00:00 +0800\r\nMIME-Version: 1.0\r\n", i, i, i, i)
	photo := 0 // base64 lines of 76 characters, 57 bytes each
	switch {
	case i%500 == 250: // a few large: a 2 MB photo
		photo = 2 << 20 / 57
	case i%10 == 0: // some with a photo: 20–200 KB
		photo = 360 * (1 + i/10%10)
	}
	switch {
	case photo > 0:
		// Each photo its own bytes, as real ones are: the store keeps one copy of identical files.
		att := fmt.Sprintf("%076d\r\n", i) + strings.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n", photo-1)
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n"+
			"--b%d\r\nContent-Type: image/jpeg; name=\"photo.jpg\"\r\nContent-Disposition: attachment; filename=\"photo.jpg\"\r\n"+
			"Content-Transfer-Encoding: base64\r\n\r\n%s--b%d--\r\n", i, i, body, i, att, i)
	default:
		fmt.Fprintf(&b, "Content-Type: text/plain; charset=utf-8\r\n\r\n%s", body)
	}
	return []byte(b.String())
}

// importMessages is how many messages BenchmarkImport imports. Peak memory stays flat as it grows:
//
//	go test -run XXX -bench 'Import$' -benchtime 1x ./mailintake -args -import.messages 6000
var importMessages = flag.Int("import.messages", 2000, "messages BenchmarkImport imports")

// BenchmarkImport imports 2,000 mixed-size messages (or -import.messages) from the local Dovecot
// and, in the same run, times a bare fetch of the same messages (the floor): reports messages per
// second, the ratio of import time to bare fetch time, and the peak heap during the import.
func BenchmarkImport(b *testing.B) {
	n := *importMessages
	mb := newMailbox(b)
	var total int64
	now := time.Now()
	for i := 0; i < n; i++ {
		raw := mixedMessage(i)
		total += int64(len(raw))
		mb.deliver(b, raw, now)
	}
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		b.StopTimer()
		store := openStore(b)
		acct := mb.account(b, store, nil)
		fetchTime := bareFetch(b, acct, mb.Password)
		var peak atomic.Uint64
		stop := make(chan struct{})
		go sampleHeap(&peak, stop)
		b.StartTimer()
		cpu0, cpuOK := processCPU()
		start := time.Now()
		sum, err := Sync(context.Background(), store, acct, Options{})
		elapsed := time.Since(start)
		cpu1, _ := processCPU()
		b.StopTimer()
		close(stop)
		if err != nil || sum.Stored != n {
			b.Fatalf("import: %v, %s", err, sum)
		}
		b.ReportMetric(float64(n)/elapsed.Seconds(), "msgs/s")
		b.ReportMetric(float64(n)/fetchTime.Seconds(), "fetch-msgs/s")
		b.ReportMetric(elapsed.Seconds()/fetchTime.Seconds(), "import/fetch")
		b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
		if cpuOK {
			// The processor time of this process (all its threads, not Dovecot's) per message:
			// on two cores, half of it is the least wall time the import can take.
			b.ReportMetric(float64((cpu1-cpu0).Microseconds())/float64(n), "cpu-µs/msg")
		}
		// Reported here: ResetTimer drops metrics reported before it.
		b.ReportMetric(float64(total)/float64(n)/1024, "KB/msg")
		store.Close()
		b.StartTimer()
	}
}

// BenchmarkStore stores the same 2,000 messages, already fetched and decoded, in the import's
// batches: the database's share of the import, without the server.
func BenchmarkStore(b *testing.B) {
	const n = 2000
	msgs := make([]data.InboundMail, n)
	uids := make([]uint32, n)
	sizes := map[uint32]int64{}
	for i := range msgs {
		msgs[i] = Parse(mixedMessage(i), time.Now())
		msgs[i].UID = uint32(i + 1)
		uids[i] = msgs[i].UID
		sizes[msgs[i].UID] = int64(len(msgs[i].Raw))
	}
	batches := planBatches(uids, sizes, data.DefaultMailMaxSize, Options{})
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		b.StopTimer()
		store := openStore(b)
		b.StartTimer()
		start, first := time.Now(), 0
		for _, batch := range batches {
			if _, err := store.ImportMail(context.Background(), data.MailBatch{Messages: msgs[first : first+len(batch)]}); err != nil {
				b.Fatal(err)
			}
			first += len(batch)
		}
		elapsed := time.Since(start)
		b.StopTimer()
		b.ReportMetric(float64(elapsed.Microseconds())/n, "µs/msg")
		store.Close()
		b.StartTimer()
	}
}

// bareFetch reads every message body in the same batches as the import and throws it away.
func bareFetch(b *testing.B, acct *data.MailAccount, password string) time.Duration {
	start := time.Now()
	s, err := connect(context.Background(), acct, Options{Password: password})
	if err != nil {
		b.Fatal(err)
	}
	defer s.close()
	if _, err := s.selectFolder(acct.Folder, true); err != nil {
		b.Fatal(err)
	}
	uids, err := s.search(1, 0, time.Time{}, time.Time{})
	if err != nil {
		b.Fatal(err)
	}
	sizes, _, err := s.sizes(uids)
	if err != nil {
		b.Fatal(err)
	}
	for _, batch := range planBatches(uids, sizes, acct.MaxSize, Options{}) {
		set := new(imap.SeqSet)
		set.AddNum(batch...)
		ch := make(chan *imap.Message, len(batch))
		errc := make(chan error, 1)
		go func() { errc <- s.c.UidFetch(set, []imap.FetchItem{imap.FetchUid, bodySection.FetchItem()}, ch) }()
		for m := range ch {
			if lit := m.GetBody(bodySection); lit != nil {
				io.Copy(io.Discard, lit)
			}
		}
		if err := <-errc; err != nil {
			b.Fatal(err)
		}
	}
	return time.Since(start)
}

func sampleHeap(peak *atomic.Uint64, stop chan struct{}) {
	var ms runtime.MemStats
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
		}
	}
}
