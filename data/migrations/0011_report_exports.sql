-- Each time a weekly report or monthly summary was handed on (exported to a file): which
-- period, in what format, when and by whom. The monthly summary is due by the 5th of the next
-- month (seed 004 §4.7 b); until last month's has been exported, the dashboard reminds.

CREATE TABLE report_exports (
    id          INTEGER PRIMARY KEY,
    period      TEXT NOT NULL,
    format      TEXT NOT NULL,
    exported_at INTEGER NOT NULL,
    exported_by TEXT NOT NULL
);

CREATE INDEX report_exports_period ON report_exports (period);
