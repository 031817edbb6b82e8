-- Version 16: the kept seating plan of a conference (issue 18): the hall's layout as the organiser typed it (one row per
-- conference of a delegation: head-table seats, theatre rows or rows of tables, their sizes) and the seat of each
-- seated delegate. delegate_id is conference_delegate.id without a foreign key: the delegate list is rewritten whole
-- on every save, so the seats are matched to the list when the plan is read (a delegate no longer on it loses the
-- seat then). seat_row 0 is the head table; seats are numbered from 1, left to right as seen from the hall. A seat
-- holds one delegate (UNIQUE). The plan goes with its delegation (ON DELETE CASCADE through the hall). Plain SQL that
-- H2 2.x and PostgreSQL 14+ both accept. Never edit once released.

CREATE TABLE conference_hall (
    delegation_id           BIGINT        NOT NULL REFERENCES delegation (id) ON DELETE CASCADE,
    conference_id           VARCHAR(100)  NOT NULL,
    head_seats              INTEGER       NOT NULL CHECK (head_seats BETWEEN 1 AND 40),
    hall_kind               VARCHAR(20)   NOT NULL CHECK (hall_kind IN ('THEATRE', 'TABLES')),
    hall_rows               INTEGER       NOT NULL CHECK (hall_rows BETWEEN 1 AND 50),
    seats_per_row           INTEGER       NOT NULL CHECK (seats_per_row BETWEEN 1 AND 60),
    CONSTRAINT conference_hall_pk PRIMARY KEY (delegation_id, conference_id)
);

CREATE TABLE conference_seat (
    delegation_id           BIGINT        NOT NULL,
    conference_id           VARCHAR(100)  NOT NULL,
    delegate_id             VARCHAR(100)  NOT NULL,
    seat_row                INTEGER       NOT NULL CHECK (seat_row >= 0),
    seat_number             INTEGER       NOT NULL CHECK (seat_number >= 1),
    CONSTRAINT conference_seat_pk PRIMARY KEY (delegation_id, conference_id, delegate_id),
    CONSTRAINT conference_seat_taken UNIQUE (delegation_id, conference_id, seat_row, seat_number),
    CONSTRAINT conference_seat_hall FOREIGN KEY (delegation_id, conference_id)
        REFERENCES conference_hall (delegation_id, conference_id) ON DELETE CASCADE
);
