-- The archive's tables, the same for the embedded archive (DuckDB) and PostgreSQL: only types and
-- constraints both databases understand. What one backend adds (PostgreSQL's full-text column and its
-- indexes) comes in the migrations of its own folder. Migrations are applied in version order across the
-- folders; a released migration is never edited, a change is a new one.
--
-- Columns are listed in the order the program writes them (org.annals.store.Table): a new column is
-- added at the end of its table, in a new migration, and at the end of its Table constant.
--
-- Ids: an article's seq comes from article_seq and grows in storage order; the n-th event, quote,
-- claim or time (from 0) of article seq has the id seq * 1000 + n: stable, unique, GDELT-compatible.

CREATE SEQUENCE article_seq START 1;

CREATE TABLE articles (
    seq            BIGINT NOT NULL PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    url            TEXT UNIQUE,           -- canonical (CanonicalUrl)
    content_hash   TEXT NOT NULL UNIQUE,  -- SHA-256 of the whitespace-normalised text, hex
    story_id       TEXT NOT NULL,         -- the id of the story's first copy (its own id when first)
    title          TEXT,
    site           TEXT,
    language       TEXT,
    published      DATE,
    published_text TEXT,                  -- ISO-8601 at the precision the source gives
    publisher      TEXT,
    source         TEXT NOT NULL,
    added          TIMESTAMP NOT NULL,    -- UTC
    text           TEXT NOT NULL,
    fingerprint    TEXT,                  -- TextFingerprint, Base64; null for a text too short
    result_json    TEXT NOT NULL          -- the output contract of the whole analysis
);

-- Locality-sensitive hashing bands of article fingerprints: equal keys find syndicated copies.
CREATE TABLE article_bands (
    band_key    BIGINT NOT NULL,
    article_seq BIGINT NOT NULL
);

CREATE TABLE events (
    id                  BIGINT NOT NULL,
    article_seq         BIGINT NOT NULL,
    event_date          DATE,             -- the event's own date (first day of a month or year), else publication
    date_text           TEXT,             -- the event's date at its precision: 2024-06-19, 2024-06, 2024
    date_source         TEXT,
    source_name         TEXT NOT NULL,
    source_code         TEXT,
    source_country      TEXT,
    target_name         TEXT,
    target_code         TEXT,
    target_country      TEXT,
    cameo               TEXT NOT NULL,
    base_code           TEXT NOT NULL,    -- three digits
    root_code           TEXT NOT NULL,    -- two digits
    plover              TEXT,
    goldstein           DOUBLE PRECISION NOT NULL,
    quad_class          INTEGER NOT NULL,
    status              TEXT NOT NULL,
    mentions            INTEGER NOT NULL,
    location_name       TEXT,
    location_country    TEXT,
    sentence            TEXT NOT NULL,
    evidence            TEXT NOT NULL,
    pattern             TEXT,
    attribution_name    TEXT,
    attribution_code    TEXT,
    attribution_country TEXT,
    is_root             BOOLEAN NOT NULL, -- read in the title or the first paragraph
    language            TEXT,             -- the article's, kept here to filter without a join
    site                TEXT
);

CREATE TABLE quotes (
    id              BIGINT NOT NULL,
    article_seq     BIGINT NOT NULL,
    published       DATE,                 -- the article's, kept here to sort and filter without a join
    speaker_name    TEXT,
    speaker_code    TEXT,
    speaker_country TEXT,
    via             TEXT NOT NULL,        -- JSON array of actors, speaker outwards
    via_names       TEXT NOT NULL,        -- the relays' names, lower-cased, one a line
    via_codes       TEXT NOT NULL,        -- the relays' codes as |CODE|CODE|
    text            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    sentence        TEXT NOT NULL,
    start_offset    INTEGER,
    end_offset      INTEGER
);

CREATE TABLE claims (
    id             BIGINT NOT NULL,
    article_seq    BIGINT NOT NULL,
    text           TEXT NOT NULL,
    source_name    TEXT,
    source_code    TEXT,
    source_country TEXT,
    status         TEXT NOT NULL,
    quantities     TEXT NOT NULL,         -- JSON array of {value, unit}
    sentence       TEXT,
    start_offset   INTEGER,
    end_offset     INTEGER
);

CREATE TABLE times (
    id           BIGINT NOT NULL,
    article_seq  BIGINT NOT NULL,
    text         TEXT NOT NULL,
    value        TEXT,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL
);
