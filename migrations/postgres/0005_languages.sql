-- Reader languages and linked translations.

-- The cross-language view, remembered per person; a community's default for the same.
ALTER TABLE profiles ADD COLUMN all_languages BIGINT NOT NULL DEFAULT 0;
ALTER TABLE communities ADD COLUMN all_languages BIGINT NOT NULL DEFAULT 0;

-- A translation is a content row of its original's kind and place, linked by original_id, so
-- it shares the one id space, the visibility filter, edits and deletion. It records the
-- original's version it was made from (older than the original's version: outdated) and that
-- a person made it. Wiki pages will use the same link.
ALTER TABLE content ADD COLUMN original_id BIGINT REFERENCES content (id);
ALTER TABLE content ADD COLUMN source_version BIGINT;
ALTER TABLE content ADD COLUMN human_translation BIGINT NOT NULL DEFAULT 1;
-- On an original: how many living translations it has, so a list looks translations up only
-- for the rows that have some (a few percent of them).
ALTER TABLE content ADD COLUMN translation_count BIGINT NOT NULL DEFAULT 0;
-- One living translation per original and language; lists look translations up by original.
CREATE UNIQUE INDEX content_translations ON content (original_id, lang)
    WHERE original_id IS NOT NULL AND deleted_at IS NULL;

-- Streams, blogs and forums list originals only: the partial indexes leave translations out.
DROP INDEX content_stream_by_community;
CREATE INDEX content_stream_by_community ON content (community_id, published_at, id)
    WHERE parent_id IS NULL AND original_id IS NULL AND deleted_at IS NULL AND published_at IS NOT NULL;
DROP INDEX content_stream_by_author;
CREATE INDEX content_stream_by_author ON content (author_id, published_at, id)
    WHERE parent_id IS NULL AND original_id IS NULL AND deleted_at IS NULL AND published_at IS NOT NULL;
-- Blog lists: one kind in one place. The community leads: with the kind first, SQLite 3.51's
-- statistics made it skip-scan this index for a community's whole stream and sort it (75 ms
-- for the 40,000-member community at 2 million items instead of under 1 ms).
DROP INDEX content_by_kind;
CREATE INDEX content_by_kind ON content (community_id, kind, published_at, id)
    WHERE parent_id IS NULL AND original_id IS NULL AND deleted_at IS NULL AND published_at IS NOT NULL;
DROP INDEX content_forum;
CREATE INDEX content_forum ON content (community_id, pinned, activity_at, id)
    WHERE kind = 'topic' AND original_id IS NULL AND deleted_at IS NULL;

-- Outdated translations of a community, for its translators' list.
CREATE INDEX content_translations_by_community ON content (community_id, original_id)
    WHERE original_id IS NOT NULL AND deleted_at IS NULL;

-- A new notification kind: a translation is older than its original's last edit.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
    'mention', 'reply', 'comment', 'like', 'accepted',
    'join_request', 'approved', 'added', 'translation_outdated'));
