package mailintake

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"complaintdesk/data"
	"complaintdesk/mailintake/decode"

	"github.com/emersion/go-imap"
	"github.com/emersion/go-imap/client"
	"github.com/emersion/go-imap/utf7"
	"github.com/google/uuid"
)

// Summary is what one sync pass did.
type Summary struct {
	Account    string
	Folder     string
	New        int // new messages found on the server
	Stored     int // stored in this pass (the rest were already stored)
	Complaints int
	Replies    int
	Auto       int
	Failed     int
	Oversize   int
	Duplicates int
	Marked     int // server copies marked seen or moved
	After      data.AfterImport
	MoveTo     string
	Sent       int // the office's sent mail put on the cases it answers
	Elapsed    time.Duration
	// Older is how much mail that arrived before the start date Since was left on the server;
	// counted on a pass that read the folder from the start date.
	Older int
	Since time.Time
	// Unfetched is how many messages the server listed but would not deliver: they are fetched
	// again at the next check. Interrupted is how many of them were being fetched when the
	// connection broke.
	Unfetched, Interrupted int
	// Busy says the pass did not run: another check of the account was running (SyncAll).
	Busy bool
}

// String is the one-line summary `complaintctl mail sync` prints.
func (s Summary) String() string {
	if s.Busy {
		return fmt.Sprintf("%s %s: another check of this mailbox is running (the window's, or another program's); nothing imported now", s.Account, s.Folder)
	}
	older := ""
	if s.Older > 0 {
		older = fmt.Sprintf(", %d older than %s left on the server (see --since)", s.Older, s.Since.Format(time.DateOnly))
	}
	sent := ""
	if s.Sent > 0 {
		sent = fmt.Sprintf(", sent emails put on their cases: %d", s.Sent)
	}
	unfetched := ""
	if s.Unfetched > 0 {
		unfetched = fmt.Sprintf(", %d the server would not deliver (tried again at the next check)", s.Unfetched)
	}
	if s.Interrupted > 0 {
		unfetched += fmt.Sprintf(", %d being fetched when the connection broke (fetched at the next check)", s.Interrupted)
	}
	marked := ""
	switch s.After {
	case data.AfterSeen:
		marked = fmt.Sprintf(", %d marked read on the server", s.Marked)
	case data.AfterMove:
		marked = fmt.Sprintf(", %d moved to %s on the server", s.Marked, s.MoveTo)
	}
	return fmt.Sprintf("%s %s: %d new, %d stored (complaints: %d, replies: %d, automatic: %d, failed: %d, too large: %d), %d already stored%s%s%s%s, %.1fs",
		s.Account, s.Folder, s.New, s.Stored, s.Complaints, s.Replies, s.Auto, s.Failed, s.Oversize, s.Duplicates,
		marked, unfetched, sent, older, s.Elapsed.Seconds())
}

func (s *Summary) add(o data.MailOutcome) {
	if o.Skipped {
		return
	}
	if o.Duplicate {
		s.Duplicates++
		return
	}
	s.Stored++
	switch o.State {
	case data.MailComplaint:
		s.Complaints++
	case data.MailReply:
		s.Replies++
	case data.MailAuto:
		s.Auto++
	case data.MailFailed:
		s.Failed++
	}
}

// ErrBusy means a sync of the same account is already running (the poller, another click, or
// another program on the same database).
var ErrBusy = errors.New("mail is already being checked for this account")

var running sync.Map // account id -> *sync.Mutex

func accountLock(id int64) *sync.Mutex {
	m, _ := running.LoadOrStore(id, &sync.Mutex{})
	return m.(*sync.Mutex)
}

// claimTTL is how long a program's claim on an account's mail check lasts unless renewed: a
// program killed in a check holds the account that long at most. (A variable for the tests.)
var claimTTL = 2 * time.Minute

// claim claims the account's mail check against other programs on the same database (the
// window and a scheduled complaintctl), renewing the claim while the check runs; ErrBusy when
// another program is checking. A claim names the computer and process that holds it, so that one
// left by a program killed in a check on this computer is taken over at once. release ends it.
func claim(ctx context.Context, store *data.Store, accountID int64) (claimed context.Context, release func(), err error) {
	host, _ := os.Hostname()
	holder := fmt.Sprintf("%s/%d/%s", host, os.Getpid(), uuid.NewString())
	dead := func(other string) bool {
		parts := strings.SplitN(other, "/", 3)
		if len(parts) != 3 || parts[0] != host {
			return false
		}
		pid, err := strconv.Atoi(parts[1])
		return err == nil && pid != os.Getpid() && !processAlive(pid)
	}
	ok, err := store.ClaimMailSync(ctx, accountID, holder, claimTTL, dead)
	if errors.Is(err, data.ErrLocked) {
		return nil, nil, ErrBusy // the other program is writing: it is checking
	}
	if err != nil {
		return nil, nil, err
	}
	if !ok {
		return nil, nil, ErrBusy
	}
	// A check whose claim lapsed (the computer slept through its renewals) and that another
	// program took over stops at its next step rather than go on beside it.
	claimed, lost := context.WithCancelCause(ctx)
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(claimTTL / 4)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if ok, err := store.ClaimMailSync(context.WithoutCancel(ctx), accountID, holder, claimTTL, nil); err == nil && !ok {
					lost(ErrBusy)
					return
				}
			}
		}
	}()
	return claimed, func() {
		close(done)
		<-stopped
		lost(nil)
		_ = store.ReleaseMailSync(context.WithoutCancel(ctx), accountID, holder)
	}, nil
}

// Test hooks for the crash tests: called in the importing process at the named moments.
var (
	testHookStored    func(done int) // inside the batch transaction, after each message
	testHookCommitted func(batch int)
	testHookFetching  func(folder string, uids []uint32) // before a batch's messages are fetched
)

// Sync runs one import pass over the account's folder: new messages are fetched in batches
// (only those that arrived after the account's start date), each batch stored in one
// transaction with the new folder position, and only then are server copies marked or moved.
// Running it again imports nothing twice; after a failure the next pass continues where this
// one stopped.
func Sync(ctx context.Context, store *data.Store, acct *data.MailAccount, opts Options) (sum Summary, err error) {
	sum = Summary{Account: acct.Name, Folder: acct.Folder, After: acct.AfterImport, MoveTo: acct.MoveTo}
	lock := accountLock(acct.ID)
	if !lock.TryLock() {
		return sum, ErrBusy
	}
	defer lock.Unlock()
	ctx, release, err := claim(ctx, store, acct.ID)
	if err != nil {
		return sum, err
	}
	defer release()
	start := time.Now()
	defer func() { sum.Elapsed = time.Since(start) }()

	s, err := connect(ctx, acct, opts)
	if err != nil {
		return sum, recordFailure(ctx, store, acct, err, 0)
	}
	defer s.close()
	// The office's sent mail first: a complainant's reply to an answer sent since the last
	// check then finds that answer stored and joins its case. An answer to mail that came in
	// since is looked at again after the inbox. The inbox's failure is said before the sent
	// folder's.
	var sentErr error
	if acct.SentFolder != "" {
		sent, serr := s.sync(ctx, store, opts, Summary{}, acct.SentFolder, true)
		sum.Sent, sentErr = sent.Stored, serr // a sent folder gone keeps out no new mail
	}
	sum, err = s.sync(ctx, store, opts, sum, acct.Folder, false)
	// Mail the server would not mark or move was imported all the same: the sent mail is
	// looked at again, and the refusal said after it.
	if (err == nil || isServerRefusal(err)) && len(s.answers) > 0 && sentErr == nil {
		s.recheck = true
		sent, serr := s.sync(ctx, store, opts, Summary{}, acct.SentFolder, true)
		sum.Sent += sent.Stored
		if serr != nil {
			err = serr
		}
	}
	if sentErr != nil && (err == nil || isServerRefusal(err)) {
		err = sentErr
	}
	if err != nil && errors.Is(context.Cause(ctx), ErrBusy) {
		return sum, ErrBusy // another program took the check over: it goes on with it
	}
	if err != nil {
		return sum, recordFailure(ctx, store, acct, err, sum.Stored)
	}
	return sum, nil
}

// isServerRefusal tells a server that would not mark or move imported mail: the mail was
// imported all the same.
func isServerRefusal(err error) bool {
	var ce *ConnError
	return errors.As(err, &ce) && ce.Step == StepServer && ce.Reason != ReasonLost
}

// recordFailure keeps why the check stopped, and how many new messages it had stored by then, on
// the folder's state for the window, and returns it.
func recordFailure(ctx context.Context, store *data.Store, acct *data.MailAccount, err error, stored int) error {
	// A check stopped on purpose (the window closing) did not fail: the mailbox keeps the state
	// of its last check.
	if acct.ID == 0 || errors.Is(err, context.Canceled) {
		return err
	}
	// A database that is full or read-only refuses the record too: err says so already.
	f := Failure(err)
	f.Stored = stored
	if ferr := store.FailMailSync(context.WithoutCancel(ctx), acct.ID, acct.Folder, f); ferr != nil &&
		!errors.Is(err, data.ErrDiskFull) && !errors.Is(err, data.ErrReadOnly) {
		return errors.Join(err, ferr)
	}
	return err
}

// StepNoPassword is the step a check stops at when no password is kept for the account, or,
// with ReasonUnreadable, when the one kept cannot be read on this computer.
const (
	StepNoPassword   Step   = "password"
	ReasonUnreadable Reason = "unreadable"
)

// Failure is what the folder's state keeps of an error that stopped a check.
func Failure(err error) data.SyncFailure {
	f := data.SyncFailure{Text: err.Error()}
	var ce *ConnError
	switch {
	case errors.As(err, &ce):
		f.Step, f.Reason, f.Detail = string(ce.Step), string(ce.Reason), ce.Detail
		f.Host, f.Port = ce.Host, ce.Port
	case errors.Is(err, ErrNoPassword):
		f.Step = string(StepNoPassword)
	case errors.Is(err, ErrPasswordUnreadable):
		f.Step, f.Reason = string(StepNoPassword), string(ReasonUnreadable)
	}
	return f
}

// fetched is one batch off the wire, or the error that stopped fetching.
type fetched struct {
	msgs      []data.InboundMail
	prepared  *data.PreparedBatch  // msgs' work that needs no database, begun as they came
	unfetched []data.UnfetchedMail // listed, not delivered: fetched again at the next check
	gone      []uint32             // missed before, no longer on the server
	lastUID   uint32
	// cutAt is the message the connection broke on, when it did: the batch is stored up to it.
	cutAt uint32
	err   error
}

// sync imports the new mail of one folder: the account's, or with sent set its sent-mail
// folder, which is only read (see data.MailBatch.Sent).
func (s *session) sync(ctx context.Context, store *data.Store, opts Options, sum Summary, folder string, sent bool) (Summary, error) {
	acct := s.acct
	after := acct.AfterImport
	if sent {
		after = data.AfterKeep
	}
	mbox, err := s.selectFolder(folder, after == data.AfterKeep)
	if err != nil {
		return sum, err
	}
	state, err := store.MailSyncState(ctx, acct.ID, folder)
	if err != nil {
		return sum, err
	}
	var last uint32
	since := acct.Since  // of the first pass over a folder: years of old mail stay on the server
	var earlier []uint32 // below the position, between a start date moved earlier and the old one
	var retry []uint32   // below the position, listed at an earlier check but not delivered
	movedEarlier := false
	scanned := acct.Since
	if state != nil && state.UIDValidity == mbox.UidValidity {
		last = state.LastUID
		// After it, what came into the folder is new whenever it arrived: a clerk dragging an
		// old complaint from an archive into the inbox, a move by a rule, keep their old date.
		since = time.Time{}
		// Imports committed by an earlier pass whose server action did not happen yet. A server
		// that refuses the action (a flag it will not set, a move it cannot make) does not keep
		// new mail out: the action is tried again after the import, and its failure said then.
		n, err := s.serverActions(ctx, store, folder, after, mbox.UidValidity)
		sum.Marked += n
		if err != nil && isNetErr(err) {
			return sum, err
		}
		missed, err := store.UnfetchedMail(ctx, acct.ID, folder, mbox.UidValidity)
		if err != nil {
			return sum, err
		}
		for _, u := range missed {
			if !s.recheck { // asked for already in this check
				retry = append(retry, u.UID)
			}
		}
		if !state.ScannedSince.IsZero() && !acct.Since.Before(state.ScannedSince) {
			scanned = state.ScannedSince
		} else if !state.ScannedSince.IsZero() && last > 0 {
			movedEarlier = true
			if earlier, err = s.search(1, last, acct.Since, state.ScannedSince); err != nil {
				return sum, err
			}
		}
	}
	// A changed UIDVALIDITY starts again from the account's start date; stored messages are
	// recognised by their identity and not imported twice.
	uids, err := s.search(last+1, 0, since, time.Time{})
	if err != nil {
		return sum, err
	}
	uids = append(earlier, uids...)
	if s.recheck {
		uids = s.answers
	}
	uids = slices.DeleteFunc(uids, func(u uint32) bool { return slices.Contains(retry, u) }) // asked for below
	sum.New = len(uids)
	if (last == 0 || movedEarlier) && !acct.Since.IsZero() && !sent {
		// Said in the summary, so that the clerk knows older mail is there and how to get it.
		older, err := s.search(1, 0, time.Time{}, acct.Since)
		if err != nil {
			return sum, err
		}
		// Not those this pass imports nor those imported since the first pass although older
		// (put into the folder later).
		importing := make(map[uint32]bool, len(uids))
		for _, u := range uids {
			importing[u] = true
		}
		older = slices.DeleteFunc(older, func(u uint32) bool { return importing[u] })
		stored, err := store.StoredUIDs(ctx, acct.ID, folder, mbox.UidValidity, older)
		if err != nil {
			return sum, err
		}
		sum.Older, sum.Since = len(older)-len(stored), acct.Since
	}
	if sent {
		// Only the office's sent mail that answers a complaint is fetched at all.
		var unknown []uint32
		if uids, unknown, err = s.answering(ctx, store, uids); err != nil {
			return sum, err
		}
		if !s.recheck {
			s.answers = unknown
		}
	}
	sizes, dates, err := s.sizes(append(slices.Clone(uids), retry...))
	if err != nil {
		return sum, err
	}
	// Messages missed before are asked for one at a time, after the new mail: one the server
	// refuses, or hangs up on, keeps out neither the new mail nor the others.
	batches := planBatches(uids, sizes, acct.MaxSize, opts)
	var gone []uint32
	for _, u := range retry {
		if _, listed := sizes[u]; listed {
			batches = append(batches, []uint32{u})
		} else {
			gone = append(gone, u) // deleted on the server since
		}
	}
	if len(gone) > 0 {
		if _, err := store.ImportMail(ctx, data.MailBatch{AccountID: acct.ID, Folder: folder, UIDValidity: mbox.UidValidity,
			LastUID: last, Gone: gone}); err != nil {
			return sum, err
		}
	}

	// How far the check has come, told as each message comes and as it is stored: on a slow line
	// a batch of 8 MB takes a while to come before its first message is stored.
	var fetchedN, storedN atomic.Int64
	report := func() {
		if opts.Progress != nil {
			opts.Progress(Progress{Fetched: int(fetchedN.Load()), Stored: int(storedN.Load()), Total: sum.New})
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := make(chan fetched, 1) // the next batch is fetched while the previous one is stored
	go func() {
		defer close(ch)
		for _, b := range batches {
			if ctx.Err() != nil {
				return
			}
			if testHookFetching != nil {
				testHookFetching(folder, b)
			}
			f := s.fetch(b, sizes, dates, acct.MaxSize, func() { fetchedN.Add(1); report() })
			f.prepared = data.PrepareBatch(f.msgs) // on another core, while the batch before is stored
			f.lastUID = slices.Max(b)
			if f.cutAt != 0 {
				f.lastUID = f.cutAt
			}
			err := f.err
			select {
			case ch <- f:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	done, batchNo := 0, 0
	var fetchErr error
	for f := range ch {
		if f.err != nil && len(f.msgs) == 0 && len(f.unfetched) == 0 {
			fetchErr = f.err
			break
		}
		// What came of a batch the connection broke in is stored, the rest kept for the next
		// check, before the check stops.
		fetchErr = f.err
		base := done
		out, err := store.ImportMail(ctx, data.MailBatch{
			AccountID: acct.ID, Folder: folder, UIDValidity: mbox.UidValidity, LastUID: f.lastUID,
			AfterImport: after, Sent: sent, Messages: f.msgs, Prepared: f.prepared, Unfetched: f.unfetched, Gone: f.gone,
			OnStored: func(i int) {
				if testHookStored != nil {
					testHookStored(base + i + 1)
				}
				storedN.Store(int64(base + i + 1))
				report()
			},
		})
		if err != nil {
			cancel()
			for range ch {
			}
			return sum, err
		}
		batchNo++
		if testHookCommitted != nil {
			testHookCommitted(batchNo)
		}
		for _, o := range out {
			sum.add(o)
		}
		big := false
		for _, m := range f.msgs {
			if m.Oversize {
				sum.Oversize++
			}
			big = big || len(m.Raw) > 16<<20
		}
		for _, u := range f.unfetched {
			if u.Error == data.UnfetchedConnLost {
				sum.Interrupted++
			} else {
				sum.Unfetched++
			}
		}
		done += len(f.msgs)
		if big {
			// A message of tens of megabytes stored: its copies are garbage now, and the memory
			// they took goes back to the system rather than staying with the window all day.
			f.msgs, f.prepared = nil, nil
			debug.FreeOSMemory()
		}
		if fetchErr != nil {
			break
		}
	}
	if fetchErr != nil {
		return sum, fetchErr
	}
	n, actionErr := s.serverActions(ctx, store, folder, after, mbox.UidValidity)
	sum.Marked += n
	if actionErr != nil && isNetErr(actionErr) {
		return sum, actionErr
	}
	// Everything up to UIDNEXT has been looked at: older mail below the start date included.
	position := last
	if len(uids) > 0 {
		position = max(position, uids[len(uids)-1])
	}
	if mbox.UidNext > 0 {
		position = max(position, mbox.UidNext-1)
	}
	if err := store.FinishMailSync(ctx, acct.ID, folder, mbox.UidValidity, position, scanned); err != nil {
		return sum, err
	}
	return sum, actionErr
}

// fetchErr is a command of the check that failed: the connection lost, or the server refusing it.
func (s *session) fetchErr(err error) error {
	if err == nil {
		return nil
	}
	if !connLost(err) {
		return s.refused(err)
	}
	return &ConnError{Step: StepFetch, Host: s.acct.Host, Port: s.acct.Port, Folder: s.acct.Folder, Err: err}
}

// refused is a command the server answered NO or BAD, in its words.
func (s *session) refused(err error) error {
	return &ConnError{Step: StepCommand, Host: s.acct.Host, Port: s.acct.Port, Folder: s.acct.Folder,
		Detail: strings.TrimSpace(err.Error()), Err: err}
}

// search lists, ascending, the UIDs from lo to hi (0: no limit) of mail that arrived on or after
// since and before before (each by day, as IMAP compares; zero: no limit).
func (s *session) search(lo, hi uint32, since, before time.Time) ([]uint32, error) {
	crit := imap.NewSearchCriteria()
	crit.Uid = new(imap.SeqSet)
	crit.Uid.AddRange(lo, hi)
	crit.Since, crit.Before = since, before
	uids, err := s.c.UidSearch(crit)
	if err != nil {
		return nil, s.fetchErr(err)
	}
	out := uids[:0]
	for _, u := range uids {
		if u >= lo && (hi == 0 || u <= hi) { // "n:*" also matches the highest UID when it is below n
			out = append(out, u)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// sizes reads the size and arrival time of the given messages.
func (s *session) sizes(uids []uint32) (map[uint32]int64, map[uint32]time.Time, error) {
	sizes := map[uint32]int64{}
	dates := map[uint32]time.Time{}
	if len(uids) == 0 {
		return sizes, dates, nil
	}
	set := new(imap.SeqSet)
	set.AddNum(uids...)
	ch := make(chan *imap.Message, 64)
	errc := make(chan error, 1)
	go func() {
		errc <- s.c.UidFetch(set, []imap.FetchItem{imap.FetchUid, imap.FetchRFC822Size, imap.FetchInternalDate}, ch)
	}()
	for m := range ch {
		sizes[m.Uid] = int64(m.Size)
		dates[m.Uid] = m.InternalDate
	}
	if err := <-errc; err != nil {
		return nil, nil, s.fetchErr(err)
	}
	return sizes, dates, nil
}

// threadSection is the part of a header that ties a message to a case.
var threadSection = &imap.BodySectionName{Peek: true, BodyPartName: imap.BodyPartName{
	Specifier: imap.HeaderSpecifier, Fields: []string{"SUBJECT", "IN-REPLY-TO", "REFERENCES"}}}

// answering keeps, of the given UIDs, the messages that answer a complaint, judged by their
// subject, In-Reply-To and References alone.
func (s *session) answering(ctx context.Context, store *data.Store, uids []uint32) (out, unknown []uint32, err error) {
	if len(uids) == 0 {
		return nil, nil, nil
	}
	set := new(imap.SeqSet)
	set.AddNum(uids...)
	ch := make(chan *imap.Message, 64)
	errc := make(chan error, 1)
	go func() { errc <- s.c.UidFetch(set, []imap.FetchItem{imap.FetchUid, threadSection.FetchItem()}, ch) }()
	var storeErr error
	for m := range ch {
		lit := m.GetBody(threadSection)
		if lit == nil || storeErr != nil {
			continue
		}
		head, err := io.ReadAll(lit)
		if err != nil {
			storeErr = s.fetchErr(err)
			continue
		}
		subject, parent, refs := decode.Thread(head)
		id, err := store.CaseReferredTo(ctx, subject, parent, refs)
		switch {
		case err != nil:
			storeErr = err
		case id != 0:
			out = append(out, m.Uid)
		case parent != "" || len(refs) > 0 || data.RefInSubject(subject) != "":
			unknown = append(unknown, m.Uid) // an answer to mail, or a letter on a case, not stored (yet)
		}
	}
	if err := <-errc; err != nil {
		return nil, nil, s.fetchErr(err)
	}
	if storeErr != nil {
		return nil, nil, storeErr
	}
	slices.Sort(out)
	slices.Sort(unknown)
	return out, unknown, nil
}

// planBatches groups UIDs by count and bytes; a message over the size limit goes alone.
func planBatches(uids []uint32, sizes map[uint32]int64, limit int64, opts Options) [][]uint32 {
	maxN, maxBytes := opts.BatchSize, opts.BatchBytes
	if maxN <= 0 {
		// Fewer, larger transactions: the search index writes and merges its segments once per
		// transaction, and 200 rather than 50 messages saves about a sixth of the storing time.
		maxN = 200
	}
	if maxBytes <= 0 {
		maxBytes = 8 << 20
	}
	var out [][]uint32
	var cur []uint32
	var bytes int64
	for _, u := range uids {
		sz := sizes[u]
		if len(cur) > 0 && (len(cur) >= maxN || bytes+sz > maxBytes || sz > limit) {
			out = append(out, cur)
			cur, bytes = nil, 0
		}
		cur = append(cur, u)
		bytes += sz
		if sz > limit {
			out = append(out, cur)
			cur, bytes = nil, 0
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

var bodySection = &imap.BodySectionName{Peek: true}

// fetch reads and decodes one batch, in UID order. A message that vanished from the server
// meanwhile (deleted by another client) is simply not there. One the server lists but does not
// deliver (its content NIL, the fetch refused for it or for the batch, as Gmail's "Some messages
// could not be FETCHed" does, or left out of the answer) is returned as unfetched, to be
// fetched again at the next check, and holds up none of the others. A lost connection (a server
// that hangs up when asked for a broken message, as Dovecot does) keeps the messages that came
// whole, and those that did not as unfetched, and is the batch's error.
func (s *session) fetch(uids []uint32, sizes map[uint32]int64, dates map[uint32]time.Time, limit int64, got func()) fetched {
	set := new(imap.SeqSet)
	set.AddNum(uids...)
	ch := make(chan *imap.Message, len(uids))
	errc := make(chan error, 1)
	go func() {
		errc <- s.c.UidFetch(set, []imap.FetchItem{imap.FetchUid, bodySection.FetchItem()}, ch)
	}()
	var f fetched
	var readErr error
	answered := map[uint32]bool{}
	empty := map[uint32]bool{}
	for m := range ch {
		lit := m.GetBody(bodySection)
		if m.Uid == 0 {
			continue
		}
		if lit == nil || lit.Len() == 0 && sizes[m.Uid] != 0 {
			empty[m.Uid] = true // BODY[] NIL, or nothing of a message listed with a size: not given
			continue
		}
		var raw []byte
		if b, ok := lit.(*bytes.Buffer); ok {
			raw = b.Bytes() // go-imap read the literal whole: its bytes, not a copy of a 60 MB message
		} else {
			// The literal says its length: one buffer of that size, not a growing one.
			raw = make([]byte, lit.Len())
			if _, err := io.ReadFull(lit, raw); err != nil {
				readErr = cmp.Or(readErr, err) // cut off: not kept
				continue
			}
		}
		answered[m.Uid] = true
		received := dates[m.Uid]
		var in data.InboundMail
		if int64(len(raw)) > limit {
			in = ParseHeader(raw[:min(len(raw), 256<<10)], int64(len(raw)), limit, received)
			in.Raw = raw
		} else {
			in = Parse(raw, received)
		}
		in.UID = m.Uid
		f.msgs = append(f.msgs, in)
		got()
	}
	sort.Slice(f.msgs, func(i, j int) bool { return f.msgs[i].UID < f.msgs[j].UID })
	err := <-errc
	why := "the server sent no content for it"
	switch {
	case readErr != nil || err != nil && connLost(err):
		f.err = s.fetchErr(cmp.Or(readErr, err))
		why = data.UnfetchedConnLost
	case err != nil:
		why = "the server refused to fetch it: " + err.Error()
	}
	var missing, unanswered []uint32
	for _, u := range uids {
		switch {
		case answered[u]:
		case empty[u] || err != nil || readErr != nil:
			missing = append(missing, u)
		default:
			unanswered = append(unanswered, u)
		}
	}
	if len(unanswered) > 0 {
		// Left out of an answer the server called complete: deleted meanwhile, or not. A server
		// that will not say is asked again at the next check.
		there, serr := s.present(unanswered)
		if serr != nil && connLost(serr) {
			// The server said goodbye in the middle of the answer (Dovecot's "* BYE Server
			// shutting down", its mail process stopped): cut short, not refused.
			f.err, why = s.fetchErr(serr), data.UnfetchedConnLost
		}
		for _, u := range unanswered {
			if there[u] || serr != nil {
				missing = append(missing, u)
			} else {
				f.gone = append(f.gone, u)
			}
		}
	}
	if len(missing) == 0 {
		return f
	}
	if why == data.UnfetchedConnLost {
		// Cut short: the message being fetched is asked for again on its own at the next
		// check (one the connection breaks on every time holds up none of the others); those
		// after it were not reached, and come at the next check as new mail does, in batches.
		slices.Sort(missing)
		f.cutAt, missing = missing[0], missing[:1]
	}
	var heads map[uint32]data.UnfetchedMail
	if f.err == nil {
		// Their subjects and senders, for the clerk; a server that will not give them leaves
		// them unnamed.
		var herr error
		if heads, herr = s.envelopes(missing); herr != nil && connLost(herr) {
			f.err = s.fetchErr(herr)
		}
	}
	for _, u := range missing {
		h := heads[u]
		h.UID, h.Error = u, why
		f.unfetched = append(f.unfetched, h)
	}
	return f
}

// connLost says a command failed because the connection did, not because the server refused it:
// a network error, or go-imap's word that the connection closed. A refusal the server sent
// before it hung up (a failed login, then BYE) is a refusal.
func connLost(err error) bool {
	if isNetErr(err) {
		return true
	}
	// A command refused by go-imap itself because the session it had selected a folder in has
	// ended: the server said BYE (its mail process stopped) and closed the connection.
	if errors.Is(err, client.ErrNoMailboxSelected) || errors.Is(err, client.ErrNotLoggedIn) {
		return true
	}
	switch err.Error() {
	case "imap: connection closed", "imap: connection closed during command execution":
		return true
	}
	return false
}

// present says which of the given messages are still in the folder.
func (s *session) present(uids []uint32) (map[uint32]bool, error) {
	set := new(imap.SeqSet)
	set.AddNum(uids...)
	crit := imap.NewSearchCriteria()
	crit.Uid = set
	found, err := s.c.UidSearch(crit)
	if err != nil {
		return nil, err
	}
	there := map[uint32]bool{}
	for _, u := range found {
		there[u] = true
	}
	return there, nil
}

// senderSection is the part of a header that names a message for the clerk.
var senderSection = &imap.BodySectionName{Peek: true, BodyPartName: imap.BodyPartName{
	Specifier: imap.HeaderSpecifier, Fields: []string{"FROM", "SUBJECT", "DATE"}}}

// envelopes reads the subject and sender of messages whose content did not come, for the clerk
// to know which they are; a server that gives none leaves them unnamed.
func (s *session) envelopes(uids []uint32) (map[uint32]data.UnfetchedMail, error) {
	set := new(imap.SeqSet)
	set.AddNum(uids...)
	ch := make(chan *imap.Message, len(uids))
	errc := make(chan error, 1)
	go func() { errc <- s.c.UidFetch(set, []imap.FetchItem{imap.FetchUid, senderSection.FetchItem()}, ch) }()
	out := map[uint32]data.UnfetchedMail{}
	for m := range ch {
		lit := m.GetBody(senderSection)
		if lit == nil {
			continue
		}
		head, err := io.ReadAll(io.LimitReader(lit, 64<<10))
		if err != nil || len(head) == 0 {
			continue
		}
		h := Parse(head, time.Time{})
		u := data.UnfetchedMail{Subject: h.Subject, Sender: h.FromEmail}
		if h.FromName != "" {
			u.Sender = strings.TrimSpace(h.FromName + " <" + h.FromEmail + ">")
		}
		out[m.Uid] = u
	}
	return out, <-errc
}

// serverActions marks or moves the server copies of committed imports from folder.
func (s *session) serverActions(ctx context.Context, store *data.Store, folder string, after data.AfterImport, uidValidity uint32) (int, error) {
	acct := s.acct
	if after == data.AfterKeep {
		return 0, nil
	}
	uids, err := store.PendingServerActions(ctx, acct.ID, folder, uidValidity)
	if err != nil || len(uids) == 0 {
		return 0, err
	}
	act := func(uids []uint32) error {
		set := new(imap.SeqSet)
		set.AddNum(uids...)
		if after == data.AfterSeen {
			return s.c.UidStore(set, imap.FormatFlagsOp(imap.AddFlags, true), []interface{}{imap.SeenFlag}, nil)
		}
		var ce *ConnError
		moveTo := s.mailboxName(acct.MoveTo)
		err := s.move(set, moveTo)
		if err != nil && !isNetErr(err) && !errors.As(err, &ce) && s.c.Create(moveTo) == nil {
			// The folder to move to was not there (deleted on the server since it was set up):
			// it is made, as the clerk asked for mail to go there, and the move tried again.
			err = s.move(set, moveTo)
		}
		return err
	}
	err = act(uids)
	var ce *ConnError
	if err != nil && !isNetErr(err) && !errors.As(err, &ce) {
		// A server refuses the whole command when one message is gone (deleted in the webmail
		// meanwhile, or moved by another check): done again for those still there.
		crit := imap.NewSearchCriteria()
		crit.Uid = new(imap.SeqSet)
		crit.Uid.AddNum(uids...)
		if there, serr := s.c.UidSearch(crit); serr == nil && len(there) < len(uids) {
			err = nil
			if len(there) > 0 {
				err = act(there)
			}
		}
	}
	switch {
	case err == nil || errors.As(err, &ce):
	case connLost(err):
		err = &ConnError{Step: StepServer, Reason: ReasonLost, Host: acct.Host, Port: acct.Port, Folder: folder, Err: err}
	default:
		// The server's own words say why ("Name must not have '/' characters").
		err = &ConnError{Step: StepServer, Host: acct.Host, Port: acct.Port, Folder: folder, Detail: err.Error(), Err: err}
	}
	if err != nil {
		return 0, err
	}
	if err := store.ServerActionsDone(ctx, acct.ID, folder, uidValidity, uids); err != nil {
		return 0, err
	}
	return len(uids), nil
}

// move uses MOVE (RFC 6851) where the server has it, else copy, flag deleted and expunge just
// those UIDs (UIDPLUS), never other deleted mail.
func (s *session) move(set *imap.SeqSet, dest string) error {
	if ok, _ := s.c.Support("MOVE"); ok {
		// A folder named in Chinese ("已处理") goes to the server in modified UTF-7, as go-imap's
		// own commands send it.
		name, err := utf7.Encoding.NewEncoder().String(dest)
		if err != nil {
			return err
		}
		return s.execute(&rawCommand{name: "UID MOVE", args: []interface{}{set, imap.FormatMailboxName(name)}})
	}
	if err := s.canMove(); err != nil {
		return err
	}
	if err := s.c.UidCopy(set, dest); err != nil {
		return err
	}
	if err := s.c.UidStore(set, imap.FormatFlagsOp(imap.AddFlags, true), []interface{}{imap.DeletedFlag}, nil); err != nil {
		return err
	}
	return s.execute(&rawCommand{name: "UID EXPUNGE", args: []interface{}{set}})
}

// canMove says whether the server can move mail safely: with MOVE, or by copying it and
// expunging just those messages (UIDPLUS). Without either an expunge would erase every message
// marked as deleted, other programs' too.
func (s *session) canMove() error {
	for _, c := range []string{"MOVE", "UIDPLUS"} {
		if ok, err := s.c.Support(c); ok || err != nil {
			return err
		}
	}
	return &ConnError{Step: StepServer, Reason: ReasonNoMove, Host: s.acct.Host, Port: s.acct.Port, Folder: s.acct.MoveTo}
}

// execute runs a command go-imap does not write itself; a NO or BAD answer is an error, as it
// is from go-imap's own commands.
func (s *session) execute(cmd *rawCommand) error {
	status, err := s.c.Execute(cmd, nil)
	if err != nil {
		return err
	}
	return status.Err()
}

// rawCommand is a command go-imap does not write itself.
type rawCommand struct {
	name string
	args []interface{}
}

func (c *rawCommand) Command() *imap.Command {
	return &imap.Command{Name: c.name, Arguments: c.args}
}

// SyncAll syncs every active account in turn; it returns the summaries and the errors joined,
// so that one broken account does not keep the others from being read.
func SyncAll(ctx context.Context, store *data.Store, opts Options) ([]Summary, error) {
	accts, err := store.MailAccounts(ctx)
	if err != nil {
		return nil, err
	}
	var out []Summary
	var errs []error
	for _, a := range accts {
		if !a.Active {
			continue
		}
		sum, err := Sync(ctx, store, a, opts)
		if errors.Is(err, ErrBusy) {
			// The other check imports what there is: a scheduled pass that finds the window
			// checking has nothing to do.
			sum.Busy, err = true, nil
		}
		if err == nil || sum.Stored > 0 {
			// A check that failed before storing anything has no summary to give: its error says it.
			out = append(out, sum)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", a.Name, err))
		}
	}
	return out, errors.Join(errs...)
}

// Retry decodes a failed message again from its stored raw bytes and routes it; the size limit
// does not apply, since the clerk asked for it.
func Retry(ctx context.Context, store *data.Store, id int64) (data.MailOutcome, error) {
	in, err := reparse(ctx, store, id)
	if err != nil {
		return data.MailOutcome{}, err
	}
	return store.RetryFailedMail(ctx, id, in)
}

// Register opens a complaint from a message the clerk judges to be a new one: automatic mail that
// is a complaint after all, or a reply that raises something new (see data.RegisterMailAsComplaint).
func Register(ctx context.Context, store *data.Store, id int64) (data.MailOutcome, error) {
	m, err := store.Message(ctx, id)
	if err != nil {
		return data.MailOutcome{}, err
	}
	in, err := reparse(ctx, store, id)
	if err != nil {
		return data.MailOutcome{}, err
	}
	if m.State == data.MailReply {
		// A complainant writing again on a case: the complaint is what they write now, under a
		// subject of its own, not the letter they answer.
		in.AnswerSubject, in.AnswerText = decode.OwnSubject(in.Subject), decode.OwnText(in.Text)
	}
	return store.RegisterMailAsComplaint(ctx, id, in)
}

// RegisterAs opens complaint n, written by the clerk from what a failed message says, with the
// message on it (see data.RegisterFailedMailAs).
func RegisterAs(ctx context.Context, store *data.Store, id int64, n data.NewComplaint) (data.MailOutcome, error) {
	in, err := reparse(ctx, store, id)
	if err != nil {
		return data.MailOutcome{}, err
	}
	return store.RegisterFailedMailAs(ctx, id, in, n)
}

// FileOnCase files a message that opened a complaint on the open case ref instead, closing the
// complaint it opened with reason (see data.FileMailOnCase).
func FileOnCase(ctx context.Context, store *data.Store, id int64, ref, reason string) (data.MailOutcome, error) {
	in, err := reparse(ctx, store, id)
	if err != nil {
		return data.MailOutcome{}, err
	}
	return store.FileMailOnCase(ctx, id, in, ref, reason)
}

// reparse decodes a stored message again from its raw bytes.
func reparse(ctx context.Context, store *data.Store, id int64) (data.InboundMail, error) {
	m, err := store.Message(ctx, id)
	if err != nil {
		return data.InboundMail{}, err
	}
	raw, err := store.RawMessage(ctx, id)
	if err != nil {
		return data.InboundMail{}, err
	}
	return Parse(raw, m.ReceivedAt), nil
}

// EMLName is a file name for saving a stored message as .eml.
func EMLName(m *data.MailMessage) string {
	base := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '_'
		}
		return r
	}, strings.TrimSpace(m.Subject))
	if base == "" {
		base = fmt.Sprintf("message-%d", m.ID)
	}
	if r := []rune(base); len(r) > 80 {
		base = string(r[:80])
	}
	return base + ".eml"
}
