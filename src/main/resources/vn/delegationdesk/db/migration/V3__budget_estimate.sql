-- Version 3: rate sets ("bộ định mức") and each delegation's estimate worksheet. Never edit once released.

CREATE TABLE rate_set (
    id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    name             VARCHAR(300)  NOT NULL,
    issuer           VARCHAR(300)  NOT NULL,
    document_number  VARCHAR(100)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    effective_from   DATE          NOT NULL,
    effective_to     DATE,
    notes            VARCHAR(4000) NOT NULL,
    CONSTRAINT rate_set_kind CHECK (kind IN ('NATIONAL', 'LOCAL')),
    CONSTRAINT rate_set_dates CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- amount NULL = the figure is not known yet (the estimate then asks for it).
CREATE TABLE rate_value (
    rate_set_id  VARCHAR(64)   NOT NULL REFERENCES rate_set (id) ON DELETE CASCADE,
    rate_key     VARCHAR(60)   NOT NULL,
    amount       BIGINT,
    basis        VARCHAR(1000) NOT NULL,
    verified     BOOLEAN       NOT NULL,
    PRIMARY KEY (rate_set_id, rate_key),
    CONSTRAINT rate_value_amount CHECK (amount IS NULL OR amount >= 0)
);

-- The user's decisions about one delegation's estimate (inputs, edits of computed lines, added lines) as
-- one JSON document: it is read and written whole, and everything else of the estimate is computed.
CREATE TABLE estimate_worksheet (
    delegation_id  BIGINT            NOT NULL PRIMARY KEY REFERENCES delegation (id) ON DELETE CASCADE,
    content        VARCHAR(10000000) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- Whether the built-in rate sets were put in once; kept so a set the user deleted does not come back.
CREATE TABLE rate_set_seed (
    seeded_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
