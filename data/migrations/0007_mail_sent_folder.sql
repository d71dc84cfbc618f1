-- The folder the office's mail program keeps what it sent in ('' when not read). Sent mail that
-- answers a complaint goes on the case's timeline as outgoing email; the rest is not imported.

ALTER TABLE mail_accounts ADD COLUMN sent_folder TEXT NOT NULL DEFAULT '';
