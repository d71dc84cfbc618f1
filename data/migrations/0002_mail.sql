-- Email intake: IMAP accounts, how far each folder has been read, and every message received,
-- kept raw (in blobs) next to what was decoded from it.

CREATE TABLE mail_accounts (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,                    -- what the clerk calls it; user@host by default
    host            TEXT NOT NULL,
    port            INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security        TEXT NOT NULL CHECK (security IN ('tls', 'starttls', 'none')),
    username        TEXT NOT NULL,
    secret          TEXT NOT NULL DEFAULT '',                -- where the password is kept, never the password itself
    folder          TEXT NOT NULL DEFAULT 'INBOX',
    poll_seconds    INTEGER NOT NULL DEFAULT 300,
    since           INTEGER NOT NULL,                        -- mail received before this is never imported
    after_import    TEXT NOT NULL DEFAULT 'keep' CHECK (after_import IN ('keep', 'seen', 'move')),
    move_to         TEXT NOT NULL DEFAULT '',
    skip_verify     INTEGER NOT NULL DEFAULT 0,              -- certificate checks turned off by the clerk
    allow_plain     INTEGER NOT NULL DEFAULT 0,              -- no encryption to a host that is not loopback
    max_size        INTEGER NOT NULL DEFAULT 26214400,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);

-- One row per account and folder: the UIDVALIDITY seen and the last UID imported under it.
CREATE TABLE mail_sync_state (
    account_id   INTEGER NOT NULL REFERENCES mail_accounts (id),
    folder       TEXT NOT NULL,
    uid_validity INTEGER NOT NULL,
    last_uid     INTEGER NOT NULL,
    synced_at    INTEGER,
    last_error   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, folder)
);

CREATE TABLE mail_messages (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER REFERENCES mail_accounts (id),
    folder         TEXT NOT NULL DEFAULT '',
    uid_validity   INTEGER NOT NULL DEFAULT 0,
    uid            INTEGER NOT NULL DEFAULT 0,
    identity       TEXT NOT NULL UNIQUE,                     -- Message-ID, or sha256:<hex of the raw bytes>
    message_id     TEXT NOT NULL DEFAULT '',
    raw_sha256     TEXT NOT NULL REFERENCES blobs (sha256),
    size           INTEGER NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('complaint', 'reply', 'auto', 'failed')),
    complaint_id   INTEGER REFERENCES complaints (id),
    direction      TEXT NOT NULL DEFAULT 'in',
    from_name      TEXT NOT NULL DEFAULT '',
    from_email     TEXT NOT NULL DEFAULT '',
    to_addrs       TEXT NOT NULL DEFAULT '',
    cc_addrs       TEXT NOT NULL DEFAULT '',
    subject        TEXT NOT NULL DEFAULT '',
    date           INTEGER,                                  -- the Date header; NULL when missing or unreadable
    received_at    INTEGER NOT NULL,                         -- the server's arrival time
    body_text      TEXT NOT NULL DEFAULT '',
    in_reply_to    TEXT NOT NULL DEFAULT '',
    refs           TEXT NOT NULL DEFAULT '',                 -- References, space separated
    auto_reply     INTEGER NOT NULL DEFAULT 0,
    auto_reason    TEXT NOT NULL DEFAULT '',
    oversize       INTEGER NOT NULL DEFAULT 0,
    error          TEXT NOT NULL DEFAULT '',
    server_pending INTEGER NOT NULL DEFAULT 0,               -- mark-seen or move still to be done on the server
    imported_at    INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX mail_messages_state ON mail_messages (state, received_at);
CREATE INDEX mail_messages_complaint ON mail_messages (complaint_id) WHERE complaint_id IS NOT NULL;
CREATE INDEX mail_messages_message_id ON mail_messages (message_id) WHERE message_id <> '';
CREATE INDEX mail_messages_pending ON mail_messages (account_id, folder) WHERE server_pending = 1;

CREATE TABLE mail_attachments (
    id           INTEGER PRIMARY KEY,
    message_id   INTEGER NOT NULL REFERENCES mail_messages (id),
    position     INTEGER NOT NULL,
    filename     TEXT NOT NULL DEFAULT '',
    content_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    content_id   TEXT NOT NULL DEFAULT '',
    inline       INTEGER NOT NULL DEFAULT 0,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL REFERENCES blobs (sha256),
    UNIQUE (message_id, position)
);
