-- Search: every change the index must hear of is queued here by triggers, in the same
-- transaction as the change itself, so a crash between a write and its indexing loses
-- nothing. Each app node's indexer reads past the last sequence number its own index holds
-- (kept in the index's commit), so several nodes follow one database. Rows are removed after
-- some days; a node further behind than that rebuilds its index.
CREATE TABLE search_outbox (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT    NOT NULL CHECK (entity IN ('item', 'person', 'community')),
    entity_id BIGINT  NOT NULL,
    queued_at BIGINT  NOT NULL
);
CREATE INDEX search_outbox_by_time ON search_outbox (queued_at);

-- Items: a new one, or a change of what is searched or who may see it (likes and counts do
-- not count).
CREATE TRIGGER search_content_insert AFTER INSERT ON content BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('item', NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER search_content_update
AFTER UPDATE OF title, body, lang, community_id, published_at, accepted_reply_id, deleted_at ON content
BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('item', NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER search_tags_insert AFTER INSERT ON content_tags BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('item', NEW.content_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER search_tags_delete AFTER DELETE ON content_tags BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('item', OLD.content_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
-- A file's new version (its text changes) or its move.
CREATE TRIGGER search_files_update AFTER UPDATE OF current_version, folder_id, purged ON files BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('item', NEW.content_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

-- People: their profile, expertise and whether their account is active.
CREATE TRIGGER search_profiles_insert AFTER INSERT ON profiles BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('person', NEW.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER search_profiles_update
AFTER UPDATE OF display_name, title, department, country, about ON profiles BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('person', NEW.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER search_expertise_insert AFTER INSERT ON profile_expertise BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('person', NEW.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER search_expertise_delete AFTER DELETE ON profile_expertise BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('person', OLD.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER search_users_update AFTER UPDATE OF disabled_at ON users BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('person', NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

-- Communities: what is searched in them, and whether they are still there. A community that
-- becomes restricted or public again, changes template (helpdesks rank answers higher) or is
-- deleted has its items queued too: who may see them, or how they rank, changed.
CREATE TRIGGER search_communities_insert AFTER INSERT ON communities BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('community', NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER search_communities_update
AFTER UPDATE OF name, description, visibility, template, archived_at, deleted_at ON communities BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES ('community', NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    SELECT 'item', c.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM content c
    WHERE c.community_id = NEW.id
      AND (OLD.visibility IS NOT NEW.visibility OR OLD.template IS NOT NEW.template
           OR OLD.deleted_at IS NOT NEW.deleted_at);
END;
