package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// Backup writes a consistent copy of the live database to path with SQLite's online backup,
// while the program keeps working. The copy is written beside path and renamed into place, so
// a failed backup leaves no half-written file.
func (s *Store) Backup(ctx context.Context, path string) error {
	if err := copyDatabase(ctx, s.r, path); err != nil {
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	return nil
}

// copyDatabase copies the database behind src into a new file at path.
func copyDatabase(ctx context.Context, src *sql.DB, path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp := path + ".part"
	os.Remove(tmp)
	defer os.Remove(tmp)
	dst, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(tmp))
	if err != nil {
		return err
	}
	defer dst.Close()
	dconn, err := dst.Conn(ctx)
	if err != nil {
		return friendlyOpenError(err)
	}
	defer dconn.Close()
	sconn, err := src.Conn(ctx)
	if err != nil {
		return err
	}
	defer sconn.Close()
	err = dconn.Raw(func(d any) error {
		return sconn.Raw(func(s any) error {
			b, err := d.(*sqlite3.SQLiteConn).Backup("main", s.(*sqlite3.SQLiteConn), "main")
			if err != nil {
				return err
			}
			for {
				done, err := b.Step(1024)
				if err != nil {
					b.Finish()
					return err
				}
				if done {
					return b.Finish()
				}
				if ctx.Err() != nil {
					b.Finish()
					return ctx.Err()
				}
			}
		})
	})
	if err != nil {
		return friendlyOpenError(err)
	}
	if err := dconn.Close(); err != nil {
		return err
	}
	if err := dst.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Problems lists what PRAGMA integrity_check and foreign_key_check find; empty when sound.
func (s *Store) Problems(ctx context.Context) ([]string, error) {
	return problems(ctx, s.r)
}

func problems(ctx context.Context, db *sql.DB) ([]string, error) {
	var out []string
	rows, err := db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, friendlyOpenError(err)
	}
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			rows.Close()
			return nil, err
		}
		if msg != "ok" {
			out = append(out, "integrity: "+msg)
		}
	}
	rows.Close()
	rows, err = db.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return nil, err
		}
		out = append(out, fmt.Sprintf("foreign key: %s row %d refers to a missing %s", table, rowid.Int64, parent))
	}
	return out, rows.Err()
}

// Restore replaces the database at to with the backup at from. The backup is checked first
// (a Complaint Desk database, sound); the database it replaces is kept beside it as
// "<name>.before-restore-<time>". No Store may have to open while this runs.
func Restore(ctx context.Context, from, to string) (kept string, err error) {
	if _, err := os.Stat(from); err != nil {
		return "", fmt.Errorf("restore: %w", err)
	}
	src, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(from)+"?mode=ro")
	if err != nil {
		return "", fmt.Errorf("restore: %w", err)
	}
	defer src.Close()
	var n int
	if err := src.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n == 0 {
		if err == nil {
			err = errors.New("no schema")
		}
		return "", fmt.Errorf("restore: %s is not a Complaint Desk backup: %w", from,
			problem(ErrInvalid, "not_backup", "file", map[string]any{"Value": from}, "%v", friendlyOpenError(err)))
	}
	if ps, err := problems(ctx, src); err != nil || len(ps) > 0 {
		if err == nil {
			err = errors.New(ps[0])
		}
		return "", fmt.Errorf("restore: the backup %s is damaged: %w", from,
			problem(ErrInvalid, "damaged_backup", "file", map[string]any{"Value": from}, "%v", err))
	}
	tmp := to + ".restoring"
	if err := copyDatabase(ctx, src, tmp); err != nil {
		return "", fmt.Errorf("restore: %w", err)
	}
	defer os.Remove(tmp)
	if _, err := os.Stat(to); err == nil {
		kept = fmt.Sprintf("%s.before-restore-%s", to, time.Now().Format("20060102-150405"))
		// Fold the WAL into the old file before moving it aside.
		if old, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(to)); err == nil {
			old.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
			old.Close()
		}
		if err := os.Rename(to, kept); err != nil {
			return "", fmt.Errorf("restore: keep the current database: %w", err)
		}
	}
	os.Remove(to + "-wal")
	os.Remove(to + "-shm")
	if err := os.Rename(tmp, to); err != nil {
		return kept, fmt.Errorf("restore: %w", err)
	}
	return kept, nil
}

// DailyBackups is how many of the daily backups are kept.
const DailyBackups = 5

// DailyBackup writes the day's backup into dir (complaintdesk-YYYYMMDD.db, by the store's
// clock and calendar), unless it is there already, and keeps the newest DailyBackups of them,
// removing older ones. It returns the file written, or "" when the day had its backup.
func (s *Store) DailyBackup(ctx context.Context, dir string) (string, error) {
	day := s.now(ctx).In(s.Calendar().Location()).Format("20060102")
	path := filepath.Join(dir, dailyPrefix+day+".db")
	if _, err := os.Stat(path); err == nil {
		return "", nil
	}
	if err := s.Backup(ctx, path); err != nil {
		return "", err
	}
	old, err := filepath.Glob(filepath.Join(dir, dailyPrefix+"????????.db"))
	if err != nil {
		return path, nil
	}
	// The names sort by date; the newest stay.
	for len(old) > DailyBackups {
		if err := os.Remove(old[0]); err != nil && !errors.Is(err, os.ErrNotExist) {
			return path, fmt.Errorf("store: removing an old backup: %w", err)
		}
		old = old[1:]
	}
	return path, nil
}

const dailyPrefix = "complaintdesk-"
