-- How many new messages a check that stopped had stored before it stopped: the window says a
-- check cut short kept what it fetched, and that the next one goes on from there.

ALTER TABLE mail_sync_state ADD COLUMN error_stored INTEGER NOT NULL DEFAULT 0;
