-- The text of a wiki edit that was refused because someone else saved first: kept per page
-- and editor until they save the page or discard it, so a lost race never loses text (the
-- edit page shows it merged with the page as it is now).
CREATE TABLE wiki_kept_edits (
    page_id      BIGINT NOT NULL REFERENCES content (id),
    user_id      BIGINT NOT NULL REFERENCES users (id),
    base_version BIGINT NOT NULL,  -- the version the refused edit started from
    title        TEXT   NOT NULL,
    body         TEXT   NOT NULL,
    lang         TEXT   NOT NULL,
    summary      TEXT   NOT NULL DEFAULT '',
    kept_at      BIGINT NOT NULL,
    PRIMARY KEY (page_id, user_id)
);
CREATE INDEX wiki_kept_edits_by_age ON wiki_kept_edits (kept_at);
