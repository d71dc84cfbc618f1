package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"complaintdesk/data/calendar"

	sqlite3 "github.com/mattn/go-sqlite3"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is the SQLite case file. Writes go through one connection in immediate transactions;
// reads use a separate pool so that the window stays responsive during a long write.
type Store struct {
	path string
	w    *sql.DB // the one writer connection
	r    *sql.DB // readers
	ckpt *checkpointer

	// Now is the clock; tests replace it.
	Now func() time.Time

	mu       sync.RWMutex
	cal      *calendar.Calendar
	policies []Policy // cached; nil after a change
}

// DefaultPath is the database in the user's data folder (%APPDATA%\ComplaintDesk on Windows).
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("store: no user data folder: %w", err)
	}
	return filepath.Join(dir, "ComplaintDesk", "complaintdesk.db"), nil
}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", "10000")
	q.Set("_journal_mode", "WAL")
	// A committed write is on the disk before the commit returns, not only in the operating
	// system's cache: a power cut loses no complaint the clerk saw saved, and no message that
	// a mail import then moved away on the server. Each commit waits for the disk's flush, a
	// millisecond or a few.
	q.Set("_synchronous", "FULL")
	q.Set("_stmt_cache_size", "64")
	q.Set("_cache_size", "-65536")
	if readOnly {
		q.Set("_query_only", "true")
	}
	return "file:" + filepath.ToSlash(path) + "?" + q.Encode()
}

// Open opens (creating if needed) the database at path and brings its schema up to date.
func Open(path string) (*Store, error) {
	// Two programs making a new database at once (the window and a scheduled complaintctl)
	// meet where SQLite waits for no lock: turning the write-ahead log on. The one that finds
	// the other at it tries again.
	for wait := 50 * time.Millisecond; ; wait *= 2 {
		s, err := open(path)
		var se sqlite3.Error
		if err == nil || !errors.As(err, &se) || se.Code != sqlite3.ErrBusy || wait > 2*time.Second {
			return s, err
		}
		time.Sleep(wait)
	}
}

func open(path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("store: create data folder: %w", err)
		}
	}
	if err := create(path); err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, friendlyOpenError(err))
	}
	w, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	s := &Store{path: path, w: w, Now: time.Now}
	if err := w.Ping(); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, friendlyOpenError(err))
	}
	if err := s.migrate(context.Background()); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, friendlyOpenError(err))
	}
	// The writer's connection is its own for good (one, kept idle, never recycled), so these
	// stay set: checkpoints are the checkpointer's until the log passes the limit, and the log
	// file shrinks back to that size once it has been copied.
	var page int
	if err := w.QueryRow(`PRAGMA page_size`).Scan(&page); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, friendlyOpenError(err))
	}
	if _, err := w.Exec(fmt.Sprintf(`PRAGMA wal_autocheckpoint = %d`, walLimit/page)); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, friendlyOpenError(err))
	}
	if _, err := w.Exec(fmt.Sprintf(`PRAGMA journal_size_limit = %d`, walLimit)); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, friendlyOpenError(err))
	}
	if s.ckpt, err = startCheckpointer(path); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite3", dsn(path, true))
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	s.r = r
	if err := s.analyzeOnce(context.Background()); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := s.loadCalendar(context.Background()); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// pageSize is the page size of a new database. Larger than SQLite's 4 KB since the database
// holds every raw message and attachment: a 20 KB message then takes two pages, not six, and
// storing mail is about a tenth faster; lists and searches are as fast as with 4 KB. A database
// keeps the page size it was created with.
const pageSize = 16384

// create makes a new, empty database file with pageSize pages in write-ahead-log mode; an
// existing file is left as it is. The page size can be set only before the log is turned on,
// which the usual connection does first.
func create(path string) error {
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		return nil
	}
	db, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(path)+"?_busy_timeout=10000")
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Exec(fmt.Sprintf(`PRAGMA page_size = %d`, pageSize)); err != nil {
		return err
	}
	_, err = db.Exec(`PRAGMA journal_mode = WAL`)
	return err
}

func friendlyOpenError(err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrNotADB:
			return fmt.Errorf("%w: %w", ErrNotADatabase, err)
		case sqlite3.ErrReadonly:
			return fmt.Errorf("%w: %w", ErrReadOnly, err)
		case sqlite3.ErrCantOpen:
			return fmt.Errorf("%w: %w", ErrCannotOpen, err)
		case sqlite3.ErrFull:
			return fmt.Errorf("%w: %w", ErrDiskFull, err)
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return fmt.Errorf("%w: %w", ErrLocked, err)
		}
	}
	return err
}

// Analyze refreshes the statistics the query planner chooses indexes by. It takes about a
// second at 100,000 complaints; run it after a bulk load.
func (s *Store) Analyze(ctx context.Context) error {
	for _, t := range []string{"complaints", "complainants", "events"} {
		if _, err := s.w.ExecContext(ctx, `ANALYZE `+t); err != nil {
			return fmt.Errorf("store: analyze: %w", friendlyOpenError(err))
		}
	}
	return nil
}

// analyzeOnce gathers statistics for a large database that has none (one filled by an older
// version or by hand); small ones plan well without.
func (s *Store) analyzeOnce(ctx context.Context) error {
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'`).Scan(&n); err != nil || n > 0 {
		return err
	}
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM complaints`).Scan(&n); err != nil || n < 5000 {
		return err
	}
	return s.Analyze(ctx)
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the writer, the readers and the checkpointer; closing again does nothing more.
func (s *Store) Close() error {
	var errs []error
	if s.ckpt != nil {
		errs = append(errs, s.ckpt.close())
	}
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	errs = append(errs, s.w.Close())
	return errors.Join(errs...)
}

// migrationSteps is the work a migration needs done in Go, run right after its SQL in the same
// transaction.
var migrationSteps = map[string]func(context.Context, *sql.Conn) error{
	"0004_search_index.sql":            rebuildSearch,
	"0018_complainant_phone_key.sql":   fillPhoneKeys,
	"0019_phone_key_regions.sql":       fillPhoneKeys,
	"0020_mail_identity_line_ends.sql": rehashMailIdentities,
}

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := migrationFS.ReadDir("migrations")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Name() < names[j].Name() })
	for _, e := range names {
		name := e.Name()
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		applied := func(q querier) (bool, error) {
			var n int
			err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, name).Scan(&n)
			return n > 0, err
		}
		if done, err := applied(s.w); err != nil {
			return fmt.Errorf("migrate: %w", err)
		} else if done {
			continue
		}
		body, err := migrationFS.ReadFile("migrations/" + name)
		if err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
		err = s.write(ctx, func(tx *sql.Conn) error {
			// Asked again under the write lock: the window and a scheduled complaintctl opening a
			// new or upgraded database together would both run it otherwise.
			if done, err := applied(tx); err != nil || done {
				return err
			}
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return err
			}
			if step := migrationSteps[name]; step != nil {
				if err := step(ctx, tx); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, name, time.Now().Unix())
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

// write runs fn in one immediate transaction on the writer connection; any error rolls back
// everything fn did, and so does a cancelled ctx.
//
// The transaction is begun and ended by hand on the connection rather than through *sql.Tx:
// every query inside a *sql.Tx starts a goroutine that watches the transaction, and with
// thousands of small queries per import those goroutines cost more than the queries.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Conn) error) (err error) {
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return friendlyOpenError(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return friendlyOpenError(err)
	}
	end := context.WithoutCancel(ctx)
	rollback := func() {
		if _, err := conn.ExecContext(end, `ROLLBACK`); err != nil {
			// Still inside a transaction it could not end: the pool must not hand the
			// connection out again.
			conn.Raw(func(dc any) error {
				if c, ok := dc.(*sqlite3.SQLiteConn); ok && !c.AutoCommit() {
					return driver.ErrBadConn
				}
				return nil
			})
		}
	}
	defer func() {
		if p := recover(); p != nil {
			rollback()
			panic(p)
		}
	}()
	if err := fn(conn); err != nil {
		rollback()
		return friendlyOpenError(err)
	}
	if err := ctx.Err(); err != nil {
		rollback()
		return err
	}
	if _, err := conn.ExecContext(end, `COMMIT`); err != nil {
		rollback()
		return friendlyOpenError(err)
	}
	if s.ckpt != nil {
		s.ckpt.poke()
	}
	return nil
}

// querier is what both *sql.DB and *sql.Conn offer for reads.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

type actorKey struct{}

// WithActor names the user on whose behalf the store acts (written to events and the audit).
func WithActor(ctx context.Context, user string) context.Context {
	return context.WithValue(ctx, actorKey{}, user)
}

// ActorSystem names the changes made with no user named: the demo, a scheduled job.
const ActorSystem = "system"

// Actor is the user named by WithActor, or ActorSystem.
func Actor(ctx context.Context) string {
	if u, ok := ctx.Value(actorKey{}).(string); ok && u != "" {
		return u
	}
	return ActorSystem
}

// unix converts a time for storage; the zero time is NULL.
func unix(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

func unixPtr(t *time.Time) any {
	if t == nil {
		return nil
	}
	return unix(*t)
}

func fromUnix(v sql.NullInt64) *time.Time {
	if !v.Valid {
		return nil
	}
	t := time.Unix(v.Int64, 0)
	return &t
}

type timeKey struct{}

// WithTime records the changes made with ctx as happening at t: for back-dated records such as
// demo data or an import of an old register.
func WithTime(ctx context.Context, t time.Time) context.Context {
	return context.WithValue(ctx, timeKey{}, t)
}

func (s *Store) now(ctx context.Context) time.Time {
	if t, ok := ctx.Value(timeKey{}).(time.Time); ok {
		return t
	}
	return s.Now()
}
