-- tidings store, schema version 1: one table per record kind of DESIGN.md.
-- Actors are a STRUCT so that exports (JSONL, Parquet) keep them as objects.
CREATE TYPE actor AS STRUCT(
    "text" VARCHAR, "name" VARCHAR, "code" VARCHAR, "country" VARCHAR, "sector" VARCHAR
);

CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    inputs VARCHAR[],
    summary JSON
);

CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY,
    "source" VARCHAR NOT NULL,
    title VARCHAR,
    outlet VARCHAR,
    url VARCHAR,
    published VARCHAR,
    published_source VARCHAR,
    published_precision VARCHAR,
    "language" VARCHAR,
    "text" VARCHAR NOT NULL,
    near_duplicate_of VARCHAR,
    skipped VARCHAR,
    content_hash VARCHAR,
    notes VARCHAR[],
    topics VARCHAR[],
    minhash BLOB,
    run_id VARCHAR,
    analyzer VARCHAR,  -- tidings and model versions that produced the records
    ingested_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL, "start" INTEGER, "end" INTEGER, "text" VARCHAR,
    kind VARCHAR, "name" VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR
);

CREATE TABLE events (
    doc_id VARCHAR NOT NULL, event_id VARCHAR PRIMARY KEY, "start" INTEGER, "end" INTEGER,
    sentence INTEGER, "source" actor, target actor, event VARCHAR, mode VARCHAR,
    context VARCHAR[], cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER, "date" VARCHAR,
    date_precision VARCHAR, negated BOOLEAN, modality VARCHAR, speaker actor,
    confidence DOUBLE, story_id VARCHAR
);

CREATE TABLE statements (
    doc_id VARCHAR NOT NULL, statement_id VARCHAR PRIMARY KEY, "start" INTEGER,
    "end" INTEGER, quote VARCHAR, kind VARCHAR, speaker actor, speaker_start INTEGER,
    speaker_end INTEGER, cue VARCHAR, channel VARCHAR, topics VARCHAR[]
);

CREATE TABLE claims (
    doc_id VARCHAR NOT NULL, claim_id VARCHAR PRIMARY KEY, "start" INTEGER, "end" INTEGER,
    "text" VARCHAR, "value" DOUBLE, unit VARCHAR, kind VARCHAR, currency VARCHAR,
    measures VARCHAR, actor actor, "date" VARCHAR
);

CREATE TABLE commitments (
    doc_id VARCHAR NOT NULL, commitment_id VARCHAR PRIMARY KEY, "start" INTEGER,
    "end" INTEGER, actor actor, "action" VARCHAR, "object" VARCHAR, quantity_text VARCHAR,
    "value" DOUBLE, unit VARCHAR, due VARCHAR, due_text VARCHAR, status VARCHAR
);

CREATE TABLE timexes (
    doc_id VARCHAR NOT NULL, "start" INTEGER, "end" INTEGER, "text" VARCHAR,
    "type" VARCHAR, "value" VARCHAR, "mod" VARCHAR
);

CREATE TABLE stories (
    story_id VARCHAR PRIMARY KEY, title VARCHAR, "date" VARCHAR, event VARCHAR,
    participants VARCHAR[], doc_ids VARCHAR[], event_ids VARCHAR[]
);

CREATE TABLE accounts (
    story_id VARCHAR NOT NULL, account VARCHAR NOT NULL, kind VARCHAR, doc_ids VARCHAR[],
    statement_ids VARCHAR[], topics VARCHAR[], unique_topics VARCHAR[],
    omitted_topics VARCHAR[], tone JSON
);

CREATE INDEX mentions_doc ON mentions (doc_id);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX statements_doc ON statements (doc_id);
CREATE INDEX claims_doc ON claims (doc_id);
CREATE INDEX commitments_doc ON commitments (doc_id);
CREATE INDEX timexes_doc ON timexes (doc_id);
CREATE INDEX documents_hash ON documents (content_hash);
