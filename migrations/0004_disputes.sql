-- Disputes: "this verdict is wrong", filed by a person who thinks Genuine called an official
-- channel fake, a fake one official, or judged a text's claim wrongly (issue 14). Moderators see
-- them in the reports queue and decide them with the same tokens and the same audit trail.
-- Nothing here holds a pasted message or an IP address: only what the person chose to send.

-- One row per disputed subject and problem: the same dispute again bumps `count`.
CREATE TABLE disputes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  -- a contact: the engine's channel type and canonical value; a claim: 'claim' and its topic code
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  project TEXT,
  -- what Genuine answered when it was last disputed (official, impersonation, misleading, ...)
  verdict TEXT NOT NULL,
  -- what the person thinks is wrong: not_official, is_official, not_a_scam, claim_wrong, other
  problem TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  count INTEGER NOT NULL DEFAULT 1,
  first_disputed_at TEXT NOT NULL,
  last_disputed_at TEXT NOT NULL,
  decided_at TEXT,
  UNIQUE (type, value, problem)
);
CREATE INDEX disputes_status ON disputes (status, last_disputed_at);

-- The latest notes of a dispute, kept as a report's are.
CREATE TABLE dispute_notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dispute_id INTEGER NOT NULL REFERENCES disputes (id),
  note TEXT NOT NULL,
  source TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX dispute_notes_dispute ON dispute_notes (dispute_id, id);

-- The one audit trail now records decisions on reports and on disputes: each row names exactly
-- one of them. SQLite cannot relax a NOT NULL in place, so the table is rebuilt, rows and ids kept
-- (the signed reported list's version is the latest audit id, and must never go back).
CREATE TABLE audit_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id INTEGER REFERENCES reports (id),
  dispute_id INTEGER REFERENCES disputes (id),
  moderator TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('confirm', 'reject')),
  reason TEXT,
  at TEXT NOT NULL,
  CHECK ((report_id IS NULL) != (dispute_id IS NULL))
);
INSERT INTO audit_new (id, report_id, moderator, action, reason, at)
  SELECT id, report_id, moderator, action, reason, at FROM audit;
DROP TABLE audit;
ALTER TABLE audit_new RENAME TO audit;
CREATE INDEX audit_report ON audit (report_id);
CREATE INDEX audit_dispute ON audit (dispute_id);
