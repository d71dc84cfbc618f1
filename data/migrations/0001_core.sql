-- The case file. Times are INTEGER Unix seconds (UTC); NULL when unset.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    name         TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    tier         INTEGER NOT NULL DEFAULT 1 CHECK (tier BETWEEN 1 AND 3),
    role         TEXT NOT NULL DEFAULT 'clerk' CHECK (role IN ('clerk', 'supervisor', 'director', 'admin')),
    department   TEXT NOT NULL DEFAULT '',
    active       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE departments (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE categories (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1
);

-- SLA policy per category x level; category '' and level 0 are the defaults.
CREATE TABLE sla_policies (
    category    TEXT NOT NULL DEFAULT '',
    level       INTEGER NOT NULL DEFAULT 0,
    acknowledge TEXT NOT NULL,
    resolve     TEXT NOT NULL,
    progress    TEXT NOT NULL,
    followup    TEXT NOT NULL,
    PRIMARY KEY (category, level)
);

CREATE TABLE ref_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE complainants (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    company TEXT NOT NULL DEFAULT '',
    phone   TEXT NOT NULL DEFAULT '',
    email   TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    type    TEXT NOT NULL DEFAULT 'other'
);
CREATE INDEX complainants_phone ON complainants (phone) WHERE phone <> '';
CREATE INDEX complainants_email ON complainants (lower(email)) WHERE email <> '';

CREATE TABLE complaints (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    ref                TEXT NOT NULL UNIQUE,
    channel            TEXT NOT NULL,
    received_at        INTEGER NOT NULL,
    place              TEXT NOT NULL DEFAULT '',
    complainant_id     INTEGER NOT NULL REFERENCES complainants (id),
    subject            TEXT NOT NULL,
    description        TEXT NOT NULL DEFAULT '',
    remedy             TEXT NOT NULL DEFAULT '',
    impact             TEXT NOT NULL DEFAULT '',
    taken_by           TEXT NOT NULL DEFAULT '',
    category           TEXT REFERENCES categories (code),
    level              INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 3),
    valid              INTEGER NOT NULL DEFAULT 1,
    invalid_reason     TEXT NOT NULL DEFAULT '',
    urgency            TEXT NOT NULL DEFAULT '',
    assessed_at        INTEGER,
    department         TEXT REFERENCES departments (code),
    handler            TEXT NOT NULL DEFAULT '',
    investigation      TEXT NOT NULL DEFAULT '',
    root_cause         TEXT NOT NULL DEFAULT '',
    responsible_party  TEXT NOT NULL DEFAULT '',
    solution           TEXT NOT NULL DEFAULT '',
    prevention         TEXT NOT NULL DEFAULT '',
    result             TEXT NOT NULL DEFAULT '',
    satisfaction       INTEGER NOT NULL DEFAULT 0 CHECK (satisfaction BETWEEN 0 AND 5),
    no_rating_reason   TEXT NOT NULL DEFAULT '',
    management_meeting INTEGER NOT NULL DEFAULT 0,
    repeat_of          INTEGER REFERENCES complaints (id),
    has_new_reply      INTEGER NOT NULL DEFAULT 0,
    status             TEXT NOT NULL,
    sla_start          INTEGER NOT NULL, -- when the resolve clock started: received, or reopened
    last_contact       INTEGER NOT NULL, -- the latest contact made with the complainant (weekly progress rule)
    due_ack            INTEGER,
    due_resolve        INTEGER,
    due_progress       INTEGER,
    due_followup       INTEGER,
    due_unverified     INTEGER NOT NULL DEFAULT 0,
    next_due           INTEGER,
    acknowledged_at    INTEGER,
    resolved_at        INTEGER,
    closed_at          INTEGER,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX complaints_received ON complaints (received_at);
CREATE INDEX complaints_status ON complaints (status, received_at);
CREATE INDEX complaints_next_due ON complaints (COALESCE(next_due, 253402300799));
CREATE INDEX complaints_complainant ON complaints (complainant_id);
CREATE INDEX complaints_department ON complaints (department, received_at);
CREATE INDEX complaints_handler ON complaints (handler, received_at);
CREATE INDEX complaints_category ON complaints (category, received_at);
CREATE INDEX complaints_level ON complaints (level, received_at);
CREATE INDEX complaints_channel ON complaints (channel, received_at);

-- Text search over subject, description and complainant; rowid = complaints.id. The trigram
-- index answers terms of three or more characters; two-character terms (most Chinese words) are
-- answered by a second index whose tokens are the overlapping character pairs of the same text.
CREATE VIRTUAL TABLE complaints_fts USING fts5 (subject, description, complainant, tokenize = 'trigram');
CREATE VIRTUAL TABLE complaints_bigrams USING fts5 (pairs, tokenize = 'unicode61 remove_diacritics 0');

CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    at           INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    by_user      TEXT NOT NULL,
    summary      TEXT NOT NULL DEFAULT '',
    direction    TEXT NOT NULL DEFAULT '',
    contact      TEXT NOT NULL DEFAULT '',
    duration_s   INTEGER NOT NULL DEFAULT 0,
    from_status  TEXT NOT NULL DEFAULT '',
    to_status    TEXT NOT NULL DEFAULT '',
    ref_id       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_complaint ON events (complaint_id, at);

-- File contents, stored once per sha256.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL
);

CREATE TABLE evidence (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    sha256       TEXT NOT NULL REFERENCES blobs (sha256),
    note         TEXT NOT NULL DEFAULT '',
    added_by     TEXT NOT NULL,
    added_at     INTEGER NOT NULL,
    UNIQUE (complaint_id, sha256)
);

CREATE TABLE follow_ups (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    kind         TEXT NOT NULL DEFAULT 'closing', -- closing | quarterly
    due_at       INTEGER NOT NULL,
    done_at      INTEGER,
    done_by      TEXT NOT NULL DEFAULT '',
    method       TEXT NOT NULL DEFAULT '',
    result       TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_ups_open ON follow_ups (due_at) WHERE done_at IS NULL;
CREATE INDEX follow_ups_complaint ON follow_ups (complaint_id);

CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    changes   TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entity ON audit (entity, entity_id);

INSERT INTO sla_policies (category, level, acknowledge, resolve, progress, followup)
VALUES ('', 0, '1wd', '7wd', '7d', '3wd');

INSERT INTO categories (code, name) VALUES
    ('service', '服务态度'),
    ('quality', '产品/工程质量'),
    ('delay', '交付延误'),
    ('fees', '收费/价格'),
    ('contract', '合同'),
    ('facilities', '设施设备'),
    ('environment', '环境卫生'),
    ('catering', '餐饮'),
    ('equipment', '会议设备'),
    ('other', '其他');

INSERT INTO departments (code, name) VALUES
    ('service', '客户服务部'),
    ('engineering', '工程部'),
    ('security', '安保部'),
    ('cleaning', '保洁部'),
    ('finance', '财务部'),
    ('conference', '会议服务部'),
    ('catering', '餐饮部');

INSERT INTO users (name, display_name, tier, role, department) VALUES
    ('admin', '系统管理员', 3, 'admin', 'service');
