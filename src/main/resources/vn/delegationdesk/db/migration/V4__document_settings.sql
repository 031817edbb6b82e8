-- Version 4: each delegation's document settings (decision and report numbers, the proposer, the travel-order
-- fields, the itinerary's contacts) as one JSON document, read and written whole. Never edit once released.

CREATE TABLE document_settings (
    delegation_id  BIGINT           NOT NULL PRIMARY KEY REFERENCES delegation (id) ON DELETE CASCADE,
    content        VARCHAR(1000000) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
