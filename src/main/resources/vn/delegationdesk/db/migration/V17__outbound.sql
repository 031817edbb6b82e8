-- Version 17: delegations abroad (issue 19). A delegation's outbound plan (outbound_plan: the foreign rate set chosen,
-- '' for the one in force on the day of exit; the exchange rate, all four columns or none; what the user typed for the
-- estimate, AbroadInputs as JSON), its stops abroad (outbound_stop), its flights in the local time of each airport with
-- that airport's time zone (outbound_flight) and its members' passports (outbound_passport, a member by their id inside
-- the delegation, member.member_id, without a foreign key like the settlement's). The plan goes with its delegation
-- (ON DELETE CASCADE). The foreign rate sets (foreign_rate_set) hold their caps per country or group of countries
-- (foreign_country_rate); the built-in sets are put in once by the application (foreign_rate_set_seed), so a set the
-- user changed is never overwritten. Foreign amounts and the exchange rate are exact decimals kept as their text
-- (BigDecimal.toString), so 25345.5 reads back as 25345.5, scale included. Plain SQL that H2 2.x and PostgreSQL 14+
-- both accept. Never edit once released.

CREATE TABLE outbound_plan (
    delegation_id           BIGINT        NOT NULL PRIMARY KEY REFERENCES delegation (id) ON DELETE CASCADE,
    foreign_rate_set_id     VARCHAR(64)   NOT NULL,
    exchange_currency       VARCHAR(3),
    exchange_value          VARCHAR(60),
    exchange_date           DATE,
    exchange_source         VARCHAR(300),
    inputs                  VARCHAR(1000000) NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT outbound_plan_exchange CHECK ((exchange_currency IS NULL AND exchange_value IS NULL AND exchange_date IS NULL
            AND exchange_source IS NULL) OR (exchange_currency IS NOT NULL AND exchange_value IS NOT NULL
            AND exchange_date IS NOT NULL AND exchange_source IS NOT NULL))
);

CREATE TABLE outbound_stop (
    delegation_id           BIGINT        NOT NULL REFERENCES outbound_plan (delegation_id) ON DELETE CASCADE,
    position                INTEGER       NOT NULL,
    country_code            VARCHAR(2)    NOT NULL,
    country_name            VARCHAR(100)  NOT NULL,
    city                    VARCHAR(200)  NOT NULL,
    zone_id                 VARCHAR(100)  NOT NULL,
    arrival_date            DATE          NOT NULL,
    departure_date          DATE          NOT NULL,
    PRIMARY KEY (delegation_id, position),
    CONSTRAINT outbound_stop_dates CHECK (departure_date >= arrival_date)
);

CREATE TABLE outbound_flight (
    delegation_id           BIGINT        NOT NULL REFERENCES outbound_plan (delegation_id) ON DELETE CASCADE,
    position                INTEGER       NOT NULL,
    flight_number           VARCHAR(20)   NOT NULL,
    from_place              VARCHAR(200)  NOT NULL,
    from_zone               VARCHAR(100)  NOT NULL,
    departure_local         TIMESTAMP     NOT NULL,
    to_place                VARCHAR(200)  NOT NULL,
    to_zone                 VARCHAR(100)  NOT NULL,
    arrival_local           TIMESTAMP     NOT NULL,
    PRIMARY KEY (delegation_id, position)
);

CREATE TABLE outbound_passport (
    delegation_id           BIGINT        NOT NULL REFERENCES outbound_plan (delegation_id) ON DELETE CASCADE,
    position                INTEGER       NOT NULL,
    member_id               VARCHAR(100)  NOT NULL,
    number                  VARCHAR(20)   NOT NULL,
    passport_type           VARCHAR(20)   NOT NULL CHECK (passport_type IN ('NGOAI_GIAO', 'CONG_VU', 'PHO_THONG')),
    expiry                  DATE          NOT NULL,
    PRIMARY KEY (delegation_id, position),
    CONSTRAINT outbound_passport_member UNIQUE (delegation_id, member_id)
);

CREATE TABLE foreign_rate_set (
    id                      VARCHAR(64)   NOT NULL PRIMARY KEY,
    name                    VARCHAR(300)  NOT NULL,
    document_number         VARCHAR(100)  NOT NULL,
    effective_from          DATE          NOT NULL,
    effective_to            DATE,
    notes                   VARCHAR(4000) NOT NULL,
    CONSTRAINT foreign_rate_set_dates CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- per_diem and lodging_cap NULL: the figure is not entered yet (the estimate says so, never 0).
CREATE TABLE foreign_country_rate (
    rate_set_id             VARCHAR(64)   NOT NULL REFERENCES foreign_rate_set (id) ON DELETE CASCADE,
    position                INTEGER       NOT NULL,
    code                    VARCHAR(20)   NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    countries               VARCHAR(1000) NOT NULL,
    currency                VARCHAR(3)    NOT NULL,
    per_diem                VARCHAR(60),
    lodging_cap             VARCHAR(60),
    basis                   VARCHAR(1000) NOT NULL,
    verified                BOOLEAN       NOT NULL,
    PRIMARY KEY (rate_set_id, position),
    CONSTRAINT foreign_country_rate_code UNIQUE (rate_set_id, code)
);

-- Whether the built-in foreign rate sets were put in once.
CREATE TABLE foreign_rate_set_seed (
    seeded_at               TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
