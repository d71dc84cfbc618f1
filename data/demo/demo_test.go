package demo

import (
	"bytes"
	"context"
	"image/png"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"complaintdesk/data"
	"complaintdesk/letters"
	"complaintdesk/mailintake/decode"
)

func openStore(tb testing.TB) *data.Store {
	tb.Helper()
	s, err := data.Open(filepath.Join(tb.TempDir(), "demo.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

var now = time.Date(2026, 11, 23, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))

func TestFillCoversEveryStatusChannelAndLevel(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	sum, err := Fill(ctx, s, Options{Complaints: 600, Seed: 7, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Complaints != 600 {
		t.Fatalf("made %d complaints, want 600", sum.Complaints)
	}
	for _, st := range data.Statuses {
		n, err := s.Count(ctx, data.ListFilter{Statuses: []data.Status{st}})
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("no %s complaints", st)
		}
	}
	for _, ch := range data.Channels {
		if n, _ := s.Count(ctx, data.ListFilter{Channel: ch}); n == 0 {
			t.Errorf("no %s complaints", ch)
		}
	}
	involving, err := s.List(ctx, data.ListFilter{Level: 3, Department: "service", Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(involving, func(c *data.Complaint) bool { return slices.Contains(c.Involved, "service") }) {
		t.Error("no very serious complaint involves customer service besides its department")
	}
	byMail, err := s.List(ctx, data.ListFilter{Channel: data.ChannelEmail, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range byMail {
		if c.Complainant.Email == "" {
			t.Errorf("%s came by email from %s, who has no address", c.Ref, c.Complainant.Name)
		}
	}
	for level := 1; level <= 3; level++ {
		if n, _ := s.Count(ctx, data.ListFilter{Level: level}); n == 0 {
			t.Errorf("no level %d complaints", level)
		}
	}
	cs, err := s.List(ctx, data.ListFilter{Statuses: []data.Status{data.StatusClosed}, Limit: 1})
	if err != nil || len(cs) == 0 {
		t.Fatal(err)
	}
	events, err := s.Events(ctx, cs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) < 6 {
		t.Errorf("a closed demo case has %d timeline events, want a full timeline", len(events))
	}
	if ps, err := s.Problems(ctx); err != nil || len(ps) > 0 {
		t.Errorf("integrity: %v %v", ps, err)
	}
	latest, _ := s.List(ctx, data.ListFilter{Limit: 1})
	if latest[0].ReceivedAt.After(now) {
		t.Errorf("a complaint received in the future: %v", latest[0].ReceivedAt)
	}
}

// Every demo case is worked only up to the present: the summary's statuses are those stored, and
// the cases whose next step would lie in the future stop there instead of having the rest of
// their work crowded into the minute before the present.
func TestFillStopsEachCaseAtThePresent(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	sum, err := Fill(ctx, s, Options{Complaints: 600, Seed: 7, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range data.Statuses {
		n, err := s.Count(ctx, data.ListFilter{Statuses: []data.Status{st}})
		if err != nil {
			t.Fatal(err)
		}
		if n != sum.ByStatus[st] {
			t.Errorf("%s: %d stored, the summary says %d", st, n, sum.ByStatus[st])
		}
	}
	cs, err := s.List(ctx, data.ListFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	resolved := map[int64]string{}
	for _, c := range cs {
		for _, at := range []*time.Time{c.AcknowledgedAt, c.ResolvedAt, c.ClosedAt} {
			if at != nil && at.After(now) {
				t.Errorf("%s: a step at %v, after the present", c.Ref, at)
			}
		}
		if c.ResolvedAt == nil {
			continue
		}
		if other, ok := resolved[c.ResolvedAt.Unix()]; ok {
			t.Errorf("%s and %s resolved at the same second %v", other, c.Ref, c.ResolvedAt)
		}
		resolved[c.ResolvedAt.Unix()] = c.Ref
	}
	if len(resolved) < 200 {
		t.Errorf("%d of 600 demo cases resolved, want many", len(resolved))
	}
}

// Complaints taken by phone, at the desk and on paper come in office hours, also when the demo
// is made at night.
func TestFillTakesComplaintsInOfficeHours(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	night := time.Date(2026, 11, 24, 3, 30, 0, 0, now.Location())
	if _, err := Fill(ctx, s, Options{Complaints: 300, Seed: 7, Now: night}); err != nil {
		t.Fatal(err)
	}
	cs, err := s.List(ctx, data.ListFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Channel == data.ChannelEmail || c.Channel == data.ChannelWeb {
			continue
		}
		if h := c.ReceivedAt.In(now.Location()).Hour(); h < 9 || h >= 18 || c.ReceivedAt.After(night) {
			t.Errorf("%s by %s received at %v", c.Ref, c.Channel, c.ReceivedAt.In(now.Location()))
		}
	}
}

// The demo's written complaints are answered in writing: the letter archive holds receipts,
// replies and apologies, each filed after its case's step and before the present, as the
// clerk of the case, with no placeholder left blank.
func TestFillIssuesLetters(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	sum, err := Fill(ctx, s, Options{Complaints: 300, Seed: 7, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := s.Archive(ctx, data.ArchiveFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != sum.Letters || sum.Letters < 10 {
		t.Fatalf("%d letters in the archive, the summary says %d", len(entries), sum.Letters)
	}
	kinds := map[string]int{}
	for _, e := range entries {
		l, err := s.Letter(ctx, e.Letter.ID)
		if err != nil {
			t.Fatal(err)
		}
		kinds[l.Kind]++
		c, err := s.Complaint(ctx, l.Ref)
		if err != nil {
			t.Fatal(err)
		}
		if l.IssuedAt.Before(c.ReceivedAt) || l.IssuedAt.After(now) {
			t.Errorf("%s: %s issued at %v, received %v", l.Ref, l.Kind, l.IssuedAt, c.ReceivedAt)
		}
		if l.IssuedBy == "" || l.IssuedBy == "admin" {
			t.Errorf("%s: %s issued by %q", l.Ref, l.Kind, l.IssuedBy)
		}
		d, err := letters.DraftOf(*l)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Missing) > 0 || !strings.Contains(d.Salutation, c.Complainant.Name) {
			t.Errorf("%s: %s missing %v, salutation %q", l.Ref, l.Kind, d.Missing, d.Salutation)
		}
		pdf, err := s.LetterPDF(ctx, l.ID)
		if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
			t.Errorf("%s: %s: PDF %.10q %v", l.Ref, l.Kind, pdf, err)
		}
	}
	for _, k := range []string{"receipt", "reply", "apology"} {
		if kinds[k] == 0 {
			t.Errorf("no %s among %v", k, kinds)
		}
	}
	// The complainants' letters and faxes, scanned as they came in, are filed with the answers
	// to them as letter/reply pairs.
	paired := map[data.Channel]int{}
	for _, e := range entries {
		for _, in := range e.Incoming {
			c, err := s.Complaint(ctx, e.Letter.Ref)
			if err != nil {
				t.Fatal(err)
			}
			paired[c.Channel]++
			b, err := s.Blob(ctx, in.SHA256)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil || img.Bounds().Dx() != scanW || in.Filename != scanNames[c.Channel][0] || in.ContentType != "image/png" {
				t.Errorf("%s: %s %s: %v", c.Ref, in.Filename, in.ContentType, err)
			}
			if in.AddedAt.Before(c.ReceivedAt) || in.AddedAt.After(e.Letter.IssuedAt) {
				t.Errorf("%s: scanned at %v, received %v, answered %v", c.Ref, in.AddedAt, c.ReceivedAt, e.Letter.IssuedAt)
			}
		}
	}
	if paired[data.ChannelLetter] == 0 || paired[data.ChannelFax] == 0 || paired[data.ChannelEmail] != 0 {
		t.Errorf("letter/reply pairs by channel: %v", paired)
	}
}

// The follow-ups still to make are those of recent weeks, as in an office that keeps up; older
// ones were made and carry their result.
func TestFillLeavesOnlyRecentFollowUpsOpen(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	if _, err := Fill(ctx, s, Options{Complaints: 600, Seed: 7, Now: now}); err != nil {
		t.Fatal(err)
	}
	all, err := s.FollowUps(ctx, false, 10000)
	if err != nil {
		t.Fatal(err)
	}
	pending, done := 0, 0
	for _, f := range all {
		switch {
		case f.DoneAt != nil:
			done++
			if f.Result == "" || f.DoneAt.After(now) {
				t.Errorf("%s: follow-up done at %v with result %q", f.Ref, f.DoneAt, f.Result)
			}
		case f.DueAt.Before(now.AddDate(0, 0, -21)):
			t.Errorf("%s: follow-up due %v still to make", f.Ref, f.DueAt)
		default:
			pending++
		}
	}
	if pending == 0 || done < 2*pending {
		t.Errorf("%d follow-ups made, %d to make", done, pending)
	}
}

func TestFillImportsAMailbox(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	sum, err := Fill(ctx, s, Options{Complaints: 100, Seed: 5, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Complaints != 100 || sum.Mail != 10 {
		t.Fatalf("made %d complaints and %d messages, want 100 and 10", sum.Complaints, sum.Mail)
	}
	msgs, err := s.Messages(ctx, data.MessageFilter{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	states := map[data.MailState][]string{}
	for _, m := range msgs {
		states[m.State] = append(states[m.State], m.Subject)
		if m.ReceivedAt.After(now) {
			t.Errorf("%q arrives after the demo's present", m.Subject)
		}
	}
	// The office's own answer is stored as automatic mail on the case, sent by the office.
	want := map[data.MailState]int{data.MailComplaint: 5, data.MailReply: 1, data.MailAuto: 3, data.MailFailed: 1}
	for st, n := range want {
		if len(states[st]) != n {
			t.Errorf("%d %s messages, want %d: %q", len(states[st]), st, n, states[st])
		}
	}
	// Each charset decoded into the complaint it opened.
	for _, subject := range []string{"地下车库B2层漏水，车辆被淋", "3号会议室空调不制冷，会议被迫中断", "大堂保安態度惡劣", "电梯按钮失灵，多次被困"} {
		cs, err := s.List(ctx, data.ListFilter{Channel: data.ChannelEmail, Query: subject, Limit: 5})
		if err != nil || len(cs) != 1 || cs[0].Subject != subject || cs[0].Status != data.StatusRegistered {
			t.Errorf("email complaint %q: %v %v", subject, cs, err)
		}
	}
	// The complaint a colleague forwarded is the complainant's.
	fw, err := s.List(ctx, data.ListFilter{Channel: data.ChannelEmail, Query: "儿童游乐区滑梯开裂", Limit: 5})
	if err != nil || len(fw) != 1 || fw[0].Complainant.Name != "周晓燕" || fw[0].Complainant.Email != "zhou.xiaoyan@example.cn" {
		t.Errorf("forwarded complaint: %+v %v", fw, err)
	}
	photo, err := s.List(ctx, data.ListFilter{Channel: data.ChannelEmail, Query: "电梯按钮失灵", Limit: 1})
	if err != nil || len(photo) != 1 {
		t.Fatal(err)
	}
	ev, err := s.Evidence(ctx, photo[0].ID)
	if err != nil || len(ev) != 1 || ev[0].Filename != "现场照片.png" || ev[0].ContentType != "image/png" {
		t.Errorf("the photo is not the case's evidence: %+v %v", ev, err)
	}
	replies, err := s.Messages(ctx, data.MessageFilter{States: []data.MailState{data.MailReply}})
	if err != nil || len(replies) != 1 {
		t.Fatal(err)
	}
	c, err := s.Complaint(ctx, replies[0].ComplaintRef)
	if err != nil || !c.HasNewReply || !c.Status.Open() {
		t.Errorf("the answered case: %+v %v", c, err)
	}
	for _, m := range msgs {
		switch {
		case m.State == data.MailAuto && m.AutoReason == "":
			t.Errorf("automatic %q without a reason", m.Subject)
		case m.State == data.MailAuto && m.ComplaintRef != c.Ref:
			t.Errorf("%q is on %q, not on the case it refers to, %s", m.Subject, m.ComplaintRef, c.Ref)
		case m.State == data.MailFailed && m.Error != decode.ProblemNoHeaders:
			t.Errorf("the unreadable message failed with %q", m.Error)
		}
	}
	if ps, err := s.Problems(ctx); err != nil || len(ps) > 0 {
		t.Errorf("integrity: %v %v", ps, err)
	}
	// Too few complaints for a mailbox: none.
	small := openStore(t)
	if sum, err := Fill(ctx, small, Options{Complaints: 10, Seed: 5, Now: now}); err != nil || sum.Complaints != 10 || sum.Mail != 0 {
		t.Errorf("a fill of 10: %+v %v", sum, err)
	}
}

func TestFillIsDeterministic(t *testing.T) {
	ctx := context.Background()
	subjects := func() []string {
		s := openStore(t)
		if _, err := Fill(ctx, s, Options{Complaints: 50, Seed: 3, Now: now}); err != nil {
			t.Fatal(err)
		}
		cs, _ := s.List(ctx, data.ListFilter{Sort: data.SortRef, Limit: 50})
		var out []string
		for _, c := range cs {
			out = append(out, c.Ref+c.Subject+c.Complainant.Name+string(c.Status))
		}
		return out
	}
	a, b := subjects(), subjects()
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("seed 3 made different cases: %q vs %q", a[i], b[i])
		}
	}
}

func BenchmarkFill1000(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := openStore(b)
		if _, err := Fill(context.Background(), s, Options{Complaints: 1000, Seed: uint64(i), Now: now}); err != nil {
			b.Fatal(err)
		}
	}
}

// The office's answer in the demo mailbox is sent in its working hours, also when the demo is
// made at night; the out-of-office answer and the bounce it draws come at once, the
// complainant's reply after it.
func TestFillOfficeWritesInWorkingHours(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	night := time.Date(2026, 11, 24, 5, 40, 0, 0, time.FixedZone("CST", 8*3600)) // a Tuesday
	if _, err := Fill(ctx, s, Options{Complaints: 100, Seed: 5, Now: night}); err != nil {
		t.Fatal(err)
	}
	msgs, err := s.Messages(ctx, data.MessageFilter{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	var answer, bounce, reply time.Time
	for _, m := range msgs {
		switch {
		case m.FromEmail == officeEmail:
			answer = m.ReceivedAt
		case strings.Contains(m.Subject, "Undelivered"):
			bounce = m.ReceivedAt
		case m.State == data.MailReply:
			reply = m.ReceivedAt
		}
	}
	at := answer.In(night.Location())
	if answer.IsZero() || at.Hour() < 9 || at.Hour() >= 18 || at.Weekday() == time.Saturday || at.Weekday() == time.Sunday {
		t.Errorf("the office's answer is sent at %v", at)
	}
	if d := bounce.Sub(answer); d <= 0 || d > 5*time.Minute {
		t.Errorf("the bounce comes %v after the answer", d)
	}
	if !reply.After(bounce) || reply.After(night) {
		t.Errorf("the complainant replies at %v, the answer bounced at %v", reply, bounce)
	}
}
