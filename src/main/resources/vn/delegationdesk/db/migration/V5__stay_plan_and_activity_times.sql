-- Version 5: where the group sleeps, night by night, and the clock times of programme activities.
-- Never edit this file once released.
--
-- stay_night holds a delegation's stay plan only once the user has set it. A delegation without rows has its
-- nights worked out from the programme (StayPlans), which is what every delegation stored before this version
-- gets: nothing to convert, nothing lost. night_date is the evening the night starts; place is the leg's place
-- ("tỉnh Lâm Đồng") it is spent at, a soft reference checked by DelegationValidator, as are the dates.

CREATE TABLE stay_night (
    delegation_id  BIGINT        NOT NULL REFERENCES delegation (id) ON DELETE CASCADE,
    position       INT           NOT NULL,
    night_date     DATE          NOT NULL,
    place          VARCHAR(1000) NOT NULL,
    hotel          VARCHAR(1000) NOT NULL,
    address        VARCHAR(2000) NOT NULL,
    phone          VARCHAR(100)  NOT NULL,
    host_provides  BOOLEAN       NOT NULL,
    PRIMARY KEY (delegation_id, position),
    CONSTRAINT stay_night_once UNIQUE (delegation_id, night_date)
);

-- Optional clock times of an activity ("08h00 – 11h30"); NULL when the plan only names the session.
ALTER TABLE activity ADD COLUMN start_time TIME(0);
ALTER TABLE activity ADD COLUMN end_time TIME(0);
