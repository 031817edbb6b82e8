-- Version 15: the conference desk (issue 18): the delegates of a delegation's conference (conference.conference_id,
-- the domain's own id, without a foreign key since the conference rows are rewritten whenever the delegation is saved),
-- in the order the list shows them (position). A delegate's id is made by the application (a UUID) and unique in the
-- store: it is what an invitation's QR code carries. member_id names the delegation's member a delegate was added from
-- ('' otherwise); walk_in marks someone added at the registration desk. checked_in_at is stamped by the desk, each
-- check-in in its own transaction. The desk goes with its delegation (ON DELETE CASCADE). Plain SQL that H2 2.x and
-- PostgreSQL 14+ both accept. Never edit once released.

CREATE TABLE conference_delegate (
    id                      VARCHAR(100)  NOT NULL PRIMARY KEY,
    delegation_id           BIGINT        NOT NULL REFERENCES delegation (id) ON DELETE CASCADE,
    conference_id           VARCHAR(100)  NOT NULL,
    position                INTEGER       NOT NULL,
    full_name               VARCHAR(300)  NOT NULL,
    title                   VARCHAR(500)  NOT NULL,
    body                    VARCHAR(1000) NOT NULL,
    delegate_group          VARCHAR(20)   NOT NULL
                            CHECK (delegate_group IN ('LEADERS', 'HOSTS', 'BUSINESSES', 'DELEGATION', 'PRESS', 'OTHER')),
    precedence              INTEGER       NOT NULL CHECK (precedence >= 0),
    contact                 VARCHAR(200)  NOT NULL,
    on_payroll              BOOLEAN       NOT NULL,
    status                  VARCHAR(20)   NOT NULL CHECK (status IN ('INVITED', 'CONFIRMED', 'DECLINED', 'ATTENDED')),
    checked_in_at           TIMESTAMP WITH TIME ZONE,
    member_id               VARCHAR(100)  NOT NULL,
    walk_in                 BOOLEAN       NOT NULL,
    CONSTRAINT conference_delegate_position UNIQUE (delegation_id, conference_id, position)
);

CREATE INDEX conference_delegate_conference ON conference_delegate (delegation_id, conference_id);
