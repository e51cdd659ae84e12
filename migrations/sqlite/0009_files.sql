-- Files: folders per community (or per person), files as items of the content id space
-- (kind 'file': the name is the row's title, the description its body), and every uploaded
-- version naming its bytes by SHA-256 (stored once under the data directory).

-- Folders get random ids from the application, like content: gaps say nothing.
CREATE TABLE file_folders (
    id           INTEGER PRIMARY KEY,
    community_id BIGINT REFERENCES communities (id),  -- NULL: a person's own files
    owner_id     BIGINT REFERENCES users (id),        -- the person, for their own files
    parent_id    BIGINT REFERENCES file_folders (id), -- NULL: at the top
    name         TEXT   NOT NULL,
    name_key     TEXT   NOT NULL,                     -- lower-cased, unique among siblings
    created_by   BIGINT NOT NULL REFERENCES users (id),
    created_at   BIGINT NOT NULL,
    deleted_at   BIGINT,
    deleted_by   BIGINT REFERENCES users (id)
);
CREATE INDEX file_folders_by_parent ON file_folders (community_id, owner_id, parent_id, name_key);

CREATE TABLE files (
    content_id      BIGINT PRIMARY KEY REFERENCES content (id),
    community_id    BIGINT REFERENCES communities (id), -- NULL: a person's own file
    owner_id        BIGINT NOT NULL REFERENCES users (id), -- whose own file, or its first uploader
    folder_id       BIGINT REFERENCES file_folders (id),
    name            TEXT   NOT NULL,                     -- the current version's name
    name_key        TEXT   NOT NULL,
    size            BIGINT NOT NULL,                     -- the current version's bytes
    mime            TEXT   NOT NULL,
    current_version BIGINT NOT NULL,
    purged          BIGINT NOT NULL DEFAULT 0            -- out of the trash for good; bytes gone
);
CREATE INDEX files_in_folder ON files (community_id, folder_id, name_key);
CREATE INDEX files_of_person ON files (owner_id, folder_id, name_key) WHERE community_id IS NULL;

CREATE TABLE file_versions (
    file_id     BIGINT NOT NULL REFERENCES content (id),
    version     BIGINT NOT NULL,
    name        TEXT   NOT NULL,
    blob_hash   TEXT   NOT NULL,                         -- SHA-256, hex
    thumb_hash  TEXT,                                    -- a server-made PNG thumbnail of an image
    size        BIGINT NOT NULL,
    mime        TEXT   NOT NULL,
    uploader_id BIGINT NOT NULL REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (file_id, version)
);
CREATE INDEX file_versions_by_blob ON file_versions (blob_hash);
-- The trash, newest first, per community.
CREATE INDEX content_trash ON content (community_id, deleted_at) WHERE kind = 'file' AND deleted_at IS NOT NULL;

-- What one person wrote in one community (the health panel's members who never posted).
CREATE INDEX content_by_author_community ON content (author_id, community_id);
