-- What came attached to mail in a shared inbox (issue 16). The bytes are kept in the file
-- store by their SHA-256 like files' versions (the same bytes once, whoever sent them), but
-- they are not files of the community: a public community's files are read by everyone, a
-- mail to the helpdesk's functional address is for its team. Only the inbox's members
-- download them, through the conversation they belong to.
CREATE TABLE inbox_attachments (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id   BIGINT NOT NULL REFERENCES inbox_messages (id),
    name         TEXT   NOT NULL,
    content_type TEXT   NOT NULL,
    size         BIGINT NOT NULL,
    blob_hash    TEXT   NOT NULL
);
CREATE INDEX inbox_attachments_by_message ON inbox_attachments (message_id, id);
-- The file store asks whether a blob is still used before it removes one.
CREATE INDEX inbox_attachments_by_blob ON inbox_attachments (blob_hash);
