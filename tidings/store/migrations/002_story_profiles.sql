-- tidings store, schema version 2: what the story builder keeps to place new documents
-- without reloading the corpus (tidings/stories/): one profile per analyzed document, with
-- the story it belongs to, and the document frequency of every word.
CREATE TABLE story_profiles (
    doc_id VARCHAR PRIMARY KEY, story_id VARCHAR, content_hash VARCHAR, analyzer VARCHAR,
    "day" DATE, "year" INTEGER, published_year INTEGER, participants VARCHAR[], names JSON, event_keys VARCHAR[],
    keywords VARCHAR[], duplicate_of VARCHAR
);

CREATE TABLE story_terms (term VARCHAR PRIMARY KEY, df INTEGER NOT NULL);
