-- Wikis: pages form a tree per community, every save is a version, and people follow pages.

-- Who may edit a community's wiki: its members, or its owners and moderators only.
ALTER TABLE communities ADD COLUMN wiki_editors TEXT NOT NULL DEFAULT 'members'
    CHECK (wiki_editors IN ('members', 'moderators'));

-- A wiki page's place in its community's tree. The page itself (title, text, language, likes,
-- comments, translations, deletion) is its `content` row.
CREATE TABLE wiki_pages (
    content_id    BIGINT PRIMARY KEY REFERENCES content (id),
    community_id  BIGINT NOT NULL REFERENCES communities (id),
    parent_id     BIGINT REFERENCES wiki_pages (content_id),  -- NULL: at the top of the tree
    position      BIGINT NOT NULL,                             -- order among siblings
    front         BIGINT NOT NULL DEFAULT 0,                   -- the wiki's front page
    faq           BIGINT NOT NULL DEFAULT 0,                   -- the section answers go to
    title_key     TEXT,                                        -- folded title for [[links]]; NULL once deleted
    from_topic_id BIGINT REFERENCES content (id),              -- the question it was made from
    forum_visits  BIGINT NOT NULL DEFAULT 0                    -- times reached from that question
);
CREATE INDEX wiki_pages_tree ON wiki_pages (community_id, parent_id, position);
CREATE UNIQUE INDEX wiki_pages_by_title ON wiki_pages (community_id, title_key);
CREATE UNIQUE INDEX wiki_pages_front ON wiki_pages (community_id) WHERE front = 1;
CREATE UNIQUE INDEX wiki_pages_faq ON wiki_pages (community_id) WHERE faq = 1;
CREATE UNIQUE INDEX wiki_pages_by_topic ON wiki_pages (from_topic_id) WHERE from_topic_id IS NOT NULL;

-- Every saved version of a page, the current one included; nothing here is changed or removed.
CREATE TABLE wiki_versions (
    page_id       BIGINT NOT NULL REFERENCES content (id),
    version       BIGINT NOT NULL,
    title         TEXT   NOT NULL,
    body          TEXT   NOT NULL,
    lang          TEXT   NOT NULL,
    author_id     BIGINT NOT NULL REFERENCES users (id),
    created_at    BIGINT NOT NULL,
    summary       TEXT   NOT NULL DEFAULT '',
    reverted_from BIGINT,                                      -- set when it restores that version
    PRIMARY KEY (page_id, version)
);

-- People who follow one item (a wiki page): they are told when it changes.
CREATE TABLE follow_items (
    content_id  BIGINT NOT NULL REFERENCES content (id),
    follower_id BIGINT NOT NULL REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (content_id, follower_id)
);
CREATE INDEX follow_items_by_follower ON follow_items (follower_id, content_id);
