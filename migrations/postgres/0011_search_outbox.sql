-- Search: every change the index must hear of is queued here by triggers, in the same
-- transaction as the change itself, so a crash between a write and its indexing loses
-- nothing. Each app node's indexer reads past the last sequence number its own index holds
-- (kept in the index's commit), so several nodes follow one database. Sequence numbers of
-- concurrent transactions may become visible out of order: the indexer keeps its resume
-- point below any gap until the gap fills or is old (see server::search::indexer). Rows are
-- removed after some days; a node further behind than that rebuilds its index.
CREATE TABLE search_outbox (
    seq       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity    TEXT   NOT NULL CHECK (entity IN ('item', 'person', 'community')),
    entity_id BIGINT NOT NULL,
    queued_at BIGINT NOT NULL
);
CREATE INDEX search_outbox_by_time ON search_outbox (queued_at);

-- Queues (TG_ARGV[0], the row's column TG_ARGV[1]).
CREATE FUNCTION search_enqueue() RETURNS trigger AS $$
DECLARE
    r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    VALUES (TG_ARGV[0], (r ->> TG_ARGV[1])::bigint,
            (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- Items: a new one, or a change of what is searched or who may see it (likes and counts do
-- not count).
CREATE TRIGGER search_content_insert AFTER INSERT ON content
    FOR EACH ROW EXECUTE FUNCTION search_enqueue('item', 'id');
CREATE TRIGGER search_content_update
    AFTER UPDATE OF title, body, lang, community_id, published_at, accepted_reply_id, deleted_at ON content
    FOR EACH ROW EXECUTE FUNCTION search_enqueue('item', 'id');
CREATE TRIGGER search_tags_change AFTER INSERT OR DELETE ON content_tags
    FOR EACH ROW EXECUTE FUNCTION search_enqueue('item', 'content_id');
-- A file's new version (its text changes) or its move.
CREATE TRIGGER search_files_update AFTER UPDATE OF current_version, folder_id, purged ON files
    FOR EACH ROW EXECUTE FUNCTION search_enqueue('item', 'content_id');

-- People: their profile, expertise and whether their account is active.
CREATE TRIGGER search_profiles_insert AFTER INSERT ON profiles
    FOR EACH ROW EXECUTE FUNCTION search_enqueue('person', 'user_id');
CREATE TRIGGER search_profiles_update
    AFTER UPDATE OF display_name, title, department, country, about ON profiles
    FOR EACH ROW EXECUTE FUNCTION search_enqueue('person', 'user_id');
CREATE TRIGGER search_expertise_change AFTER INSERT OR DELETE ON profile_expertise
    FOR EACH ROW EXECUTE FUNCTION search_enqueue('person', 'user_id');
CREATE TRIGGER search_users_update AFTER UPDATE OF disabled_at ON users
    FOR EACH ROW EXECUTE FUNCTION search_enqueue('person', 'id');

-- Communities: what is searched in them, and whether they are still there. A community that
-- becomes restricted or public again, changes template (helpdesks rank answers higher) or is
-- deleted has its items queued too: who may see them, or how they rank, changed.
CREATE FUNCTION search_enqueue_community_items() RETURNS trigger AS $$
BEGIN
    IF OLD.visibility IS DISTINCT FROM NEW.visibility OR OLD.template IS DISTINCT FROM NEW.template
       OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at THEN
        INSERT INTO search_outbox (entity, entity_id, queued_at)
        SELECT 'item', c.id, (extract(epoch FROM clock_timestamp()) * 1000)::bigint
        FROM content c WHERE c.community_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER search_community_items
    AFTER UPDATE OF visibility, template, deleted_at ON communities
    FOR EACH ROW EXECUTE FUNCTION search_enqueue_community_items();
CREATE TRIGGER search_communities_insert AFTER INSERT ON communities
    FOR EACH ROW EXECUTE FUNCTION search_enqueue('community', 'id');
CREATE TRIGGER search_communities_update
    AFTER UPDATE OF name, description, visibility, template, archived_at, deleted_at ON communities
    FOR EACH ROW EXECUTE FUNCTION search_enqueue('community', 'id');
