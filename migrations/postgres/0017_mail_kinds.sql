-- Mail by kind of notification (issue 16): beside the main choice in `mail_prefs`, a person
-- may have some kinds of notification mailed at once whatever that choice ('immediate': a
-- mention, while everything else waits for the weekly digest), or never mailed ('never': no
-- mail about likes, and they are not counted in the digest either). 'default', or no row,
-- means the kind follows the main choice. `since` is when the kind's choice last changed:
-- notifications older than that are not mailed one by one because of it.
CREATE TABLE mail_kind_prefs (
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind    TEXT   NOT NULL,
    choice  TEXT   NOT NULL CHECK (choice IN ('default', 'immediate', 'never')),
    since   BIGINT NOT NULL,
    PRIMARY KEY (user_id, kind)
);
-- The sender's search for notifications to mail at once starts from the people who chose it.
CREATE INDEX mail_kind_prefs_immediate ON mail_kind_prefs (kind, user_id) WHERE choice = 'immediate';
