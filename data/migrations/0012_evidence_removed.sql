-- A file attached to a case by mistake (the wrong case, the wrong file) is removed from the
-- case: it no longer shows on the case, in the dossier or in the export, and the timeline says
-- who removed it, when and why. The row stays (the trail of what the case held is kept); the
-- same file attached again is restored.

ALTER TABLE evidence ADD COLUMN removed_at INTEGER;
ALTER TABLE evidence ADD COLUMN removed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence ADD COLUMN removed_reason TEXT NOT NULL DEFAULT '';
