-- Two new kinds of content, 'wiki_page' and 'file' (wikis and files join the one id space),
-- and a new notification kind, 'page_edited' (a followed page changed).
ALTER TABLE content DROP CONSTRAINT content_kind_check;
ALTER TABLE content ADD CONSTRAINT content_kind_check CHECK (kind IN (
    'status', 'blog_post', 'topic', 'reply', 'comment', 'wiki_page', 'file'));
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
    'mention', 'reply', 'comment', 'like', 'accepted',
    'join_request', 'approved', 'added', 'translation_outdated', 'page_edited'));
