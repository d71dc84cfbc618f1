-- A failed message the clerk has read and found to need no complaint (junk without a sender,
-- a duplicate too large to read): when and by whom it was set aside. It stays stored as it is;
-- only the dashboard stops calling for it.

ALTER TABLE mail_messages ADD COLUMN set_aside_at INTEGER;
ALTER TABLE mail_messages ADD COLUMN set_aside_by TEXT NOT NULL DEFAULT '';
