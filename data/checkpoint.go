package data

import (
	"database/sql"
	"fmt"
	"sync"
)

// Copying committed pages from the write-ahead log into the database file (a checkpoint) is
// left to a connection of its own, started after each commit: on a two-core office PC the copy
// then runs beside the next write instead of inside it. A mail import, which stores every raw
// message and its attachments, otherwise spends about a quarter of its time there. The writer
// still checkpoints by itself once the log passes walLimit, so that the log stays bounded
// when the copying falls behind.
const walLimit = 64 << 20 // bytes

type checkpointer struct {
	db   *sql.DB
	kick chan struct{} // one pending request is enough: a checkpoint copies all there is
	stop chan struct{}
	done chan struct{}
	once sync.Once
}

func startCheckpointer(path string) (*checkpointer, error) {
	db, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	c := &checkpointer{db: db, kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	go c.run()
	return c, nil
}

func (c *checkpointer) run() {
	defer close(c.done)
	for {
		select {
		case <-c.stop:
			return
		case <-c.kick:
			// PASSIVE copies what it can without waiting for or holding up readers and the
			// writer. A failure here is not the writer's: the writer's own checkpoint at
			// walLimit still bounds the log.
			c.db.Exec(`PRAGMA wal_checkpoint(PASSIVE)`)
		}
	}
}

// poke asks for a checkpoint soon; it never blocks.
func (c *checkpointer) poke() {
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

// close stops the checkpointer; closing it again does nothing.
func (c *checkpointer) close() error {
	c.once.Do(func() { close(c.stop) })
	<-c.done
	return c.db.Close()
}
