-- Further copies on the server of a message already stored (sent to the office's address and to
-- an alias of the same mailbox, imported from a file before, or listed again in a recreated
-- folder): the import stores the message once, and marks or moves each copy as it does the one
-- it stored. A copy waits here until the server has done so.

CREATE TABLE mail_server_copies (
    account_id   INTEGER NOT NULL REFERENCES mail_accounts (id),
    folder       TEXT NOT NULL,
    uid_validity INTEGER NOT NULL,
    uid          INTEGER NOT NULL,
    PRIMARY KEY (account_id, folder, uid_validity, uid)
);
