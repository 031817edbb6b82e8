-- Version 2: the trip's own dates ("Thời gian": legs lie inside them) and the user's remembered settings.
-- Never edit this file once released.

ALTER TABLE delegation ADD COLUMN start_date DATE;
ALTER TABLE delegation ADD COLUMN end_date DATE;

-- Delegations stored by version 1 took their dates from their legs and programme days; keep showing those.
UPDATE delegation d SET
    start_date = (SELECT MIN(x.trip_date) FROM (
            SELECT delegation_id, start_date AS trip_date FROM leg
            UNION ALL SELECT delegation_id, day_date FROM programme_day) x
        WHERE x.delegation_id = d.id),
    end_date = (SELECT MAX(x.trip_date) FROM (
            SELECT delegation_id, end_date AS trip_date FROM leg
            UNION ALL SELECT delegation_id, day_date FROM programme_day) x
        WHERE x.delegation_id = d.id);

-- Small per-user preferences kept with the data (e.g. the column mapping of the last member import).
-- "content" is the setting's value as text (JSON where it is structured).
CREATE TABLE app_setting (
    name        VARCHAR(200)    NOT NULL PRIMARY KEY,
    content     VARCHAR(1000000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
