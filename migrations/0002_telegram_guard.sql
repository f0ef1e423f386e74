-- Telegram guard mode: which groups turned it on, and which users the bot knows as their admins.
-- Only ids are kept (no names, no messages). A chat's rows go when the bot leaves the chat.

CREATE TABLE telegram_guard (
  chat_id INTEGER PRIMARY KEY,
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  -- the admin's user id, or the chat's own id for an anonymous admin
  changed_by INTEGER NOT NULL,
  changed_at TEXT NOT NULL
);

-- Learnt only from what Telegram itself reports to the webhook: the user who made the bot an
-- admin (my_chat_member) and users promoted or demoted since (chat_member).
CREATE TABLE telegram_admins (
  chat_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  since TEXT NOT NULL,
  PRIMARY KEY (chat_id, user_id)
);
