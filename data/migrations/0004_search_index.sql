-- The text-search indexes hold only what a search needs: which complaint contains a term. Their
-- own copy of the text is dropped (the complaint row has it), and the character-pair index keeps
-- no positions, since a pair is always looked up alone. Both are filled again from the
-- complaints by the store right after this migration (rebuildSearch), inside the same transaction.

DROP TABLE complaints_fts;
DROP TABLE complaints_bigrams;
CREATE VIRTUAL TABLE complaints_fts USING fts5 (subject, description, complainant,
    tokenize = 'trigram', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE complaints_bigrams USING fts5 (pairs,
    tokenize = 'ascii', content = '', contentless_delete = 1, detail = none);
