-- tidings store, schema version 3: full-text search postings, kept up to date with every
-- write (tidings/store/search.py): a word stem's count in each document or statement, and
-- each one's length in words.
CREATE TABLE search_terms (
    kind VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
    term VARCHAR NOT NULL, tf INTEGER NOT NULL
);
CREATE TABLE search_lengths (
    kind VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL, len INTEGER NOT NULL
);
-- Stored documents get their postings at the next run (Store.refresh_search_index).
INSERT OR REPLACE INTO tidings_meta
SELECT 'derived_stale', '1' WHERE EXISTS (SELECT 1 FROM documents);
