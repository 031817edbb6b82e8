-- Version 12: the settlement after the trip (issue 16): a delegation's settlement (settlement, its date), the advances
-- paid (settlement_advance: to a member by id, or to the delegation when member_id is ''), what happened to each member
-- (settlement_outcome) with the stays certified on their travel order (settlement_stay), and the actual costs
-- (settlement_line) with whom they are for (settlement_line_member) and their vouchers (settlement_voucher).
-- Members are named by their id inside the delegation (member.member_id) without a foreign key: a member removed from
-- the plan after an advance was paid keeps their advance and outcome here, flagged by SettlementValidator, never
-- dropped. The settlement holds money paid out, so a delegation that has one cannot be deleted (ON DELETE RESTRICT,
-- constraint settlement_delegation_fk, told to the user by SqlErrors); everything else goes with its settlement.
-- Amounts are whole đồng between 0 and SettlementValidator.MAX_AMOUNT. Plain SQL that H2 2.x and PostgreSQL 14+ both
-- accept. Never edit once released.

CREATE TABLE settlement (
    delegation_id           BIGINT        NOT NULL PRIMARY KEY,
    settlement_date         DATE          NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT settlement_delegation_fk FOREIGN KEY (delegation_id) REFERENCES delegation (id) ON DELETE RESTRICT
);

CREATE TABLE settlement_advance (
    delegation_id           BIGINT        NOT NULL REFERENCES settlement (delegation_id) ON DELETE CASCADE,
    position                INTEGER       NOT NULL,
    member_id               VARCHAR(100)  NOT NULL,
    advance_date            DATE          NOT NULL,
    voucher_number          VARCHAR(100)  NOT NULL,
    amount                  BIGINT        NOT NULL CHECK (amount BETWEEN 0 AND 1000000000000),
    PRIMARY KEY (delegation_id, position)
);

CREATE INDEX settlement_advance_member ON settlement_advance (delegation_id, member_id);

CREATE TABLE settlement_outcome (
    delegation_id           BIGINT        NOT NULL REFERENCES settlement (delegation_id) ON DELETE CASCADE,
    position                INTEGER       NOT NULL,
    member_id               VARCHAR(100)  NOT NULL,
    attendance              VARCHAR(20)   NOT NULL CHECK (attendance IN ('WENT', 'WITHDREW', 'REPLACED')),
    replacement_id          VARCHAR(100)  NOT NULL,
    PRIMARY KEY (delegation_id, position),
    CONSTRAINT settlement_outcome_member_unique UNIQUE (delegation_id, member_id)
);

CREATE TABLE settlement_stay (
    delegation_id           BIGINT        NOT NULL,
    outcome_position        INTEGER       NOT NULL,
    position                INTEGER       NOT NULL,
    place                   VARCHAR(500)  NOT NULL,
    date_from               DATE          NOT NULL,
    date_to                 DATE          NOT NULL,
    PRIMARY KEY (delegation_id, outcome_position, position),
    FOREIGN KEY (delegation_id, outcome_position) REFERENCES settlement_outcome (delegation_id, position) ON DELETE CASCADE
);

CREATE TABLE settlement_line (
    delegation_id           BIGINT        NOT NULL REFERENCES settlement (delegation_id) ON DELETE CASCADE,
    position                INTEGER       NOT NULL,
    estimate_key            VARCHAR(1000) NOT NULL,
    content                 VARCHAR(1000) NOT NULL,
    kind                    VARCHAR(20)   NOT NULL CHECK (kind IN ('TICKET', 'VEHICLE', 'ROOM', 'DIRECT')),
    stop                    VARCHAR(500)  NOT NULL,
    nights                  INTEGER       NOT NULL CHECK (nights >= 0),
    flight_class            VARCHAR(20)   CHECK (flight_class IN ('ECONOMY', 'PREMIUM_ECONOMY', 'BUSINESS')),
    entitled_fare           BIGINT        CHECK (entitled_fare BETWEEN 0 AND 1000000000000),
    cost                    BIGINT        NOT NULL CHECK (cost BETWEEN 0 AND 1000000000000),
    PRIMARY KEY (delegation_id, position)
);

CREATE TABLE settlement_line_member (
    delegation_id           BIGINT        NOT NULL,
    line_position           INTEGER       NOT NULL,
    position                INTEGER       NOT NULL,
    member_id               VARCHAR(100)  NOT NULL,
    PRIMARY KEY (delegation_id, line_position, position),
    FOREIGN KEY (delegation_id, line_position) REFERENCES settlement_line (delegation_id, position) ON DELETE CASCADE
);

CREATE TABLE settlement_voucher (
    delegation_id           BIGINT        NOT NULL,
    line_position           INTEGER       NOT NULL,
    position                INTEGER       NOT NULL,
    kind                    VARCHAR(20)   NOT NULL
                            CHECK (kind IN ('TICKET', 'BOARDING_PASS', 'INVOICE', 'CONTRACT', 'RECEIPT')),
    voucher_number          VARCHAR(100)  NOT NULL,
    voucher_date            DATE          NOT NULL,
    supplier                VARCHAR(500)  NOT NULL,
    amount                  BIGINT        NOT NULL CHECK (amount BETWEEN 0 AND 1000000000000),
    PRIMARY KEY (delegation_id, line_position, position),
    FOREIGN KEY (delegation_id, line_position) REFERENCES settlement_line (delegation_id, position) ON DELETE CASCADE
);
