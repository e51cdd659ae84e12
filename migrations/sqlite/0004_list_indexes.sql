-- Index conditions that keep SQLite's planner on the stream indexes.

-- Children and thread members are looked up by a parent or thread that is never NULL.
-- Without the condition SQLite's statistics (five rows per parent on average) made it take
-- "parent_id IS NULL" for a handful of rows and scan every thread of a community through this
-- index: 77 ms for a 40,000-member community's stream at 2 million items, 3 ms with it.
DROP INDEX content_children;
CREATE INDEX content_children ON content (parent_id, created_at, id) WHERE parent_id IS NOT NULL;
DROP INDEX content_by_thread;
CREATE INDEX content_by_thread ON content (thread_id) WHERE thread_id IS NOT NULL;
