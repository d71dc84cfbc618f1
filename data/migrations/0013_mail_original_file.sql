-- A message imported from a file another program wrote (Outlook's .msg) is stored as the
-- internet message it stands for; the file itself is kept beside it, as it was saved, so that
-- nothing the conversion could not carry over (an embedded object, Outlook's own fields) is
-- lost, and the clerk can save it again.

ALTER TABLE mail_messages ADD COLUMN original_sha256 TEXT REFERENCES blobs (sha256);
ALTER TABLE mail_messages ADD COLUMN original_name TEXT NOT NULL DEFAULT '';
