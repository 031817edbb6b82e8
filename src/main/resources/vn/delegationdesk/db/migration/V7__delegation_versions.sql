-- Version 7: each delegation carries a version, who saved it last and when. A save states the version it was
-- opened at and is refused when another save came in between (UPDATE ... WHERE id = ? AND version = ?), so no
-- save silently overwrites another. Delegations stored before this migration start at version 1, saved by nobody
-- named. Standard SQL that H2 and PostgreSQL both accept. Never edit once released.

ALTER TABLE delegation ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE delegation ADD COLUMN saved_by VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE delegation ADD COLUMN saved_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
