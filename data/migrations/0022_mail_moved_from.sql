-- The case a reply was filed on before the clerk registered it as a complaint of its own: the
-- window says the message was registered apart from that case, which keeps a note of it.

ALTER TABLE mail_messages ADD COLUMN moved_from INTEGER REFERENCES complaints (id);
CREATE INDEX mail_messages_moved_from ON mail_messages (moved_from) WHERE moved_from IS NOT NULL;
