-- Which program is checking an account's mail now: the window's own checks and a scheduled
-- `complaintctl mail sync` share the database, and two checks at once would mark or move the
-- same messages twice. A claim lapses at expires_at (unix seconds) unless renewed, so a program
-- that was killed holds nothing for long.

CREATE TABLE mail_sync_claims (
    account_id INTEGER PRIMARY KEY REFERENCES mail_accounts (id),
    holder     TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
