-- The departments a complaint involves besides the responsible one (seed 003: the complaint
-- office coordinates them): their codes, separated by spaces; '' when there are none.

ALTER TABLE complaints ADD COLUMN involved TEXT NOT NULL DEFAULT '';
