-- The server a failed check tried: the account's settings may be changed before the next check,
-- and what failed is said of the server it failed on, not of the one now set.

ALTER TABLE mail_sync_state ADD COLUMN error_host TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_sync_state ADD COLUMN error_port INTEGER NOT NULL DEFAULT 0;
