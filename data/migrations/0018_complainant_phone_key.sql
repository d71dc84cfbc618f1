-- The number a complainant's phone is known by however it was written ("138-0000-0001",
-- "+86 138 0000 0001", "13800000001"): a person on record by phone who later writes with their
-- number typed another way is found as the same person. Filled for the rows already there by the
-- program (phoneKey), which writes it with every phone number.

ALTER TABLE complainants ADD COLUMN phone_key TEXT NOT NULL DEFAULT '';
CREATE INDEX complainants_phone_key ON complainants (phone_key) WHERE phone_key <> '';
