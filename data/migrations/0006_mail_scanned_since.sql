-- The start date a folder's position was reached from: mail that arrived on or after it has been
-- looked at. When the clerk moves the account's start date earlier, the next check imports the
-- mail between the two dates, and then this becomes the new date. Folders checked before this
-- column existed were scanned from their account's start date.

ALTER TABLE mail_sync_state ADD COLUMN scanned_since INTEGER;

UPDATE mail_sync_state SET scanned_since = (SELECT since FROM mail_accounts a WHERE a.id = account_id)
    WHERE uid_validity <> 0;
