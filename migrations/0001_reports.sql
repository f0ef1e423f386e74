-- Community reports of scam contacts, moderators and the audit trail of their decisions.
-- Nothing here holds an IP address or a pasted message: only what a person chose to report.

-- One row per normalised contact: a second report of the same contact bumps `count`.
CREATE TABLE reports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  -- the engine's channel type and canonical value (E.164, ASCII host, lower-case handle...)
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  -- the project it imitates or claims, as the engine read it at filing time
  project TEXT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  count INTEGER NOT NULL DEFAULT 1,
  first_reported_at TEXT NOT NULL,
  last_reported_at TEXT NOT NULL,
  decided_at TEXT,
  UNIQUE (type, value)
);
CREATE INDEX reports_status ON reports (status, last_reported_at);

-- The latest notes of a report (the filing code keeps the last few and deletes older ones).
CREATE TABLE report_notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id INTEGER NOT NULL REFERENCES reports (id),
  note TEXT,
  -- where the reporter saw the contact, in their words ("a Google ad", "Telegram group")
  seen_at TEXT,
  -- which surface filed it: api, discord or telegram
  source TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX report_notes_report ON report_notes (report_id, id);

-- Bearer tokens are stored only as SHA-256 hashes; `genuine moderators add` prints the token once.
CREATE TABLE moderators (
  name TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

-- Who decided what and when. Rows are only ever inserted.
CREATE TABLE audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id INTEGER NOT NULL REFERENCES reports (id),
  moderator TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('confirm', 'reject')),
  reason TEXT,
  at TEXT NOT NULL
);
CREATE INDEX audit_report ON audit (report_id);

-- Fixed-window counters for rate limits. `client` is a keyed hash of the client's IP, never the IP.
CREATE TABLE rate_limits (
  client TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (client, window_start)
);
