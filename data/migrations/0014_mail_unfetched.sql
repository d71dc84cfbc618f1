-- Messages a folder lists but its server would not deliver (their content NIL, or the fetch
-- refused for them): the folder position moves past them so that later mail is not held up, and
-- they are fetched again at every check until they come. Subject and sender, as far as the server
-- gave them, say to the clerk which messages wait.

CREATE TABLE mail_unfetched (
    account_id   INTEGER NOT NULL REFERENCES mail_accounts (id),
    folder       TEXT NOT NULL,
    uid_validity INTEGER NOT NULL,
    uid          INTEGER NOT NULL,
    subject      TEXT NOT NULL DEFAULT '',
    sender       TEXT NOT NULL DEFAULT '',
    error        TEXT NOT NULL DEFAULT '',
    attempts     INTEGER NOT NULL DEFAULT 1,
    first_at     INTEGER NOT NULL,
    last_at      INTEGER NOT NULL,
    PRIMARY KEY (account_id, folder, uid_validity, uid)
);
