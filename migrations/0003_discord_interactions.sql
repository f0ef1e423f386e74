-- Discord interactions already acted on, so a signed `/report` replayed within Discord's
-- signature window is filed once. Only the interaction id and when it came; rows older than a
-- day are swept as new ones arrive (the window is minutes).
CREATE TABLE discord_interactions (
  id TEXT PRIMARY KEY,
  at INTEGER NOT NULL
);
CREATE INDEX discord_interactions_at ON discord_interactions (at);
