-- What the window says about each mailbox: when mail was last fetched without a problem, and
-- why the last check stopped, by the step and reason that failed, so that the clerk reads it in
-- their own language. last_error keeps the English sentence for the command line and the log.

ALTER TABLE mail_sync_state ADD COLUMN ok_at INTEGER;
ALTER TABLE mail_sync_state ADD COLUMN error_step TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_sync_state ADD COLUMN error_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_sync_state ADD COLUMN error_detail TEXT NOT NULL DEFAULT '';

UPDATE mail_sync_state SET ok_at = synced_at WHERE last_error = '';
