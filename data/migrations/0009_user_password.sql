-- An account's password, as a bcrypt hash; '' when the account has none. Once any active
-- account has one, the window asks who is working before it opens.

ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
