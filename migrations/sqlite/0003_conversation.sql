-- Everything people write, and what happens around it: follows, likes, tags, mentions and
-- notifications. Timestamps are UTC milliseconds (BIGINT); flags are 0/1 BIGINTs so the same
-- SQL reads them on both engines.

-- Status updates, blog posts, forum topics, replies and comments share one table and so one
-- id space: a like or a comment names its target by id alone.
CREATE TABLE content (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    kind              TEXT   NOT NULL CHECK (kind IN ('status', 'blog_post', 'topic', 'reply', 'comment')),
    author_id         BIGINT NOT NULL REFERENCES users (id),
    community_id      BIGINT REFERENCES communities (id),  -- NULL: on the author's own profile or blog
    parent_id         BIGINT REFERENCES content (id),      -- a reply's topic, a comment's target
    thread_id         BIGINT REFERENCES content (id),      -- the thread's first item; NULL for that item
    title             TEXT,
    body              TEXT   NOT NULL,                     -- Markdown as written
    body_html         TEXT   NOT NULL,                     -- rendered and sanitised when written
    excerpt           TEXT   NOT NULL,                     -- plain text, for lists and notifications
    lang              TEXT   NOT NULL,                     -- BCP 47, 'und' when unknown
    version           BIGINT NOT NULL DEFAULT 1,           -- +1 per edit (translations record it)
    is_question       BIGINT NOT NULL DEFAULT 0,
    accepted_reply_id BIGINT REFERENCES content (id),
    pinned            BIGINT NOT NULL DEFAULT 0,
    locked            BIGINT NOT NULL DEFAULT 0,
    reply_count       BIGINT NOT NULL DEFAULT 0,
    comment_count     BIGINT NOT NULL DEFAULT 0,
    like_count        BIGINT NOT NULL DEFAULT 0,
    created_at        BIGINT NOT NULL,
    published_at      BIGINT,                              -- NULL while a blog post is a draft
    activity_at       BIGINT NOT NULL,                     -- a topic's last reply; orders the forum
    edited_at         BIGINT,
    edited_by         BIGINT REFERENCES users (id),
    deleted_at        BIGINT,
    deleted_by        BIGINT REFERENCES users (id)
);
-- Streams read threads (parent_id IS NULL) that are published and not deleted, newest first,
-- from one community or one author at a time; these partial indexes hold only such rows, so
-- each branch of the stream query is a short range scan (see content::repo::lists).
CREATE INDEX content_stream_by_community ON content (community_id, published_at, id)
    WHERE parent_id IS NULL AND deleted_at IS NULL AND published_at IS NOT NULL;
CREATE INDEX content_stream_by_author ON content (author_id, published_at, id)
    WHERE parent_id IS NULL AND deleted_at IS NULL AND published_at IS NOT NULL;
-- Blog lists: one kind in one place.
CREATE INDEX content_by_kind ON content (kind, community_id, published_at, id)
    WHERE parent_id IS NULL AND deleted_at IS NULL AND published_at IS NOT NULL;
-- A forum: pinned topics first, then by last activity.
CREATE INDEX content_forum ON content (community_id, pinned, activity_at, id)
    WHERE kind = 'topic' AND deleted_at IS NULL;
-- Replies of a topic and comments of an item, oldest first.
CREATE INDEX content_children ON content (parent_id, created_at, id);
CREATE INDEX content_by_thread ON content (thread_id);
-- An author's drafts.
CREATE INDEX content_drafts ON content (author_id) WHERE published_at IS NULL;

-- The previous version of an item, one row per edit: who changed it and when.
CREATE TABLE content_edits (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    content_id BIGINT NOT NULL REFERENCES content (id),
    version    BIGINT NOT NULL,                            -- the version this row holds
    editor_id  BIGINT NOT NULL REFERENCES users (id),      -- who replaced it
    edited_at  BIGINT NOT NULL,
    title      TEXT,
    body       TEXT   NOT NULL,
    lang       TEXT   NOT NULL
);
CREATE INDEX content_edits_by_content ON content_edits (content_id, version);

-- Tags carry the item's publication time, so a tag page is one range scan in time order.
CREATE TABLE content_tags (
    content_id   BIGINT NOT NULL REFERENCES content (id),
    tag          TEXT   NOT NULL,
    published_at BIGINT,
    PRIMARY KEY (content_id, tag)
);
CREATE INDEX content_tags_by_tag ON content_tags (tag, published_at, content_id);

CREATE TABLE likes (
    content_id BIGINT NOT NULL REFERENCES content (id),
    user_id    BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (content_id, user_id)
);
CREATE INDEX likes_by_time ON likes (content_id, created_at, user_id);

-- A mention carries the item's publication time, for the "where I am mentioned" branch.
CREATE TABLE mentions (
    content_id   BIGINT NOT NULL REFERENCES content (id),
    user_id      BIGINT NOT NULL REFERENCES users (id),
    published_at BIGINT,
    PRIMARY KEY (content_id, user_id)
);
CREATE INDEX mentions_by_user ON mentions (user_id, published_at, content_id);

CREATE TABLE follow_people (
    follower_id BIGINT NOT NULL REFERENCES users (id),
    user_id     BIGINT NOT NULL REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (follower_id, user_id)
);
CREATE INDEX follow_people_by_followed ON follow_people (user_id, follower_id);

CREATE TABLE follow_communities (
    follower_id  BIGINT NOT NULL REFERENCES users (id),
    community_id BIGINT NOT NULL REFERENCES communities (id),
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (follower_id, community_id)
);

CREATE TABLE follow_tags (
    follower_id BIGINT NOT NULL REFERENCES users (id),
    tag         TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (follower_id, tag)
);

-- In-app notifications. Likes of one item are grouped into one unread row; the people in a
-- group are in notification_actors, so liking twice does not count twice.
CREATE TABLE notifications (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient_id BIGINT NOT NULL REFERENCES users (id),
    kind         TEXT   NOT NULL CHECK (kind IN (
                     'mention', 'reply', 'comment', 'like', 'accepted',
                     'join_request', 'approved', 'added')),
    content_id   BIGINT REFERENCES content (id),
    community_id BIGINT REFERENCES communities (id),
    actor_id     BIGINT REFERENCES users (id),             -- the latest person in the group
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    read_at      BIGINT
);
CREATE INDEX notifications_by_recipient ON notifications (recipient_id, updated_at, id);
CREATE INDEX notifications_unread ON notifications (recipient_id, kind, content_id) WHERE read_at IS NULL;

CREATE TABLE notification_actors (
    notification_id BIGINT NOT NULL REFERENCES notifications (id),
    actor_id        BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (notification_id, actor_id)
);
