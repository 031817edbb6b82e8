-- Version 13: closing the books of a settlement (issue 16). Each closing freezes the settlement as it was (number 1, 2,
-- 3 … per delegation, never overwritten): who closed it and when, the settlement and its totals as JSON
-- (settlement.persistence.SettlementJson) and what was paid in all. While the last closing has no reopened_at the
-- books are closed and the settlement is not written (JdbcSettlementRepository checks it in the saving transaction).
-- Reopening stamps the closing; it stays readable. Like the settlement, a closing records money paid out, so it keeps
-- its delegation from being deleted (ON DELETE RESTRICT; its name starts as V12's, which SqlErrors explains to the
-- user). Plain SQL that H2 2.x and PostgreSQL 14+ both accept. Never edit once released.

CREATE TABLE settlement_closing (
    delegation_id           BIGINT        NOT NULL,
    closing_number          INTEGER       NOT NULL CHECK (closing_number > 0),
    closed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by               VARCHAR(200)  NOT NULL,
    reopened_at             TIMESTAMP WITH TIME ZONE,
    reopened_by             VARCHAR(200),
    paid_total              BIGINT        NOT NULL,
    content                 VARCHAR(10000000) NOT NULL,
    PRIMARY KEY (delegation_id, closing_number),
    CONSTRAINT settlement_delegation_fk_closing FOREIGN KEY (delegation_id) REFERENCES delegation (id) ON DELETE RESTRICT
);
