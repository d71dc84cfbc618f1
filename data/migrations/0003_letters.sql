-- Written answers: every issued letter (apology, reply, receipt, form, follow-up record) is kept
-- with its case exactly as it was printed, and the complainant's incoming letter (an evidence
-- file) is linked to our reply as a letter/reply pair.

CREATE TABLE letters (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    kind         TEXT NOT NULL,
    lang         TEXT NOT NULL DEFAULT 'zh-Hans',
    title        TEXT NOT NULL DEFAULT '',
    sha256       TEXT NOT NULL REFERENCES blobs (sha256),  -- the PDF as issued
    pages        INTEGER NOT NULL CHECK (pages > 0),
    content      TEXT NOT NULL DEFAULT '{}',               -- the composed text (JSON), for archive copies
    issued_at    INTEGER NOT NULL,
    issued_by    TEXT NOT NULL
);
CREATE INDEX letters_complaint ON letters (complaint_id, issued_at);
CREATE INDEX letters_issued ON letters (issued_at);

-- An issued letter is a record of what the complainant received: it never changes.
CREATE TRIGGER letters_immutable_update BEFORE UPDATE ON letters
BEGIN
    SELECT RAISE(ABORT, 'issued letters are immutable');
END;

CREATE TRIGGER letters_immutable_delete BEFORE DELETE ON letters
BEGIN
    SELECT RAISE(ABORT, 'issued letters are immutable');
END;

-- Nor do the stored bytes of an issued letter.
CREATE TRIGGER letters_blob_update BEFORE UPDATE ON blobs
WHEN EXISTS (SELECT 1 FROM letters WHERE sha256 = OLD.sha256)
BEGIN
    SELECT RAISE(ABORT, 'issued letters are immutable');
END;

CREATE TRIGGER letters_blob_delete BEFORE DELETE ON blobs
WHEN EXISTS (SELECT 1 FROM letters WHERE sha256 = OLD.sha256)
BEGIN
    SELECT RAISE(ABORT, 'issued letters are immutable');
END;

-- The complainant's letter (evidence: a scan as PDF or image) and our reply, filed together.
CREATE TABLE letter_pairs (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    evidence_id  INTEGER NOT NULL REFERENCES evidence (id),
    letter_id    INTEGER NOT NULL REFERENCES letters (id),
    linked_at    INTEGER NOT NULL,
    linked_by    TEXT NOT NULL,
    UNIQUE (evidence_id, letter_id)
);
CREATE INDEX letter_pairs_complaint ON letter_pairs (complaint_id);
CREATE INDEX letter_pairs_letter ON letter_pairs (letter_id);
