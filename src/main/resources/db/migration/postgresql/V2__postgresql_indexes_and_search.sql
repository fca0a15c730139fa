-- PostgreSQL: the indexes the archive's questions need, and full-text search in the article's language.
-- (The embedded archive needs neither: DuckDB scans its columns fast enough, and Lucene searches.)

ALTER TABLE events ADD PRIMARY KEY (id);
ALTER TABLE quotes ADD PRIMARY KEY (id);
ALTER TABLE claims ADD PRIMARY KEY (id);
ALTER TABLE times ADD PRIMARY KEY (id);

-- Actor codes are matched by prefix (RUS matches RUSGOV): text_pattern_ops lets LIKE 'RUS%' use an index
-- whatever the database's collation.
CREATE INDEX events_source ON events (source_code text_pattern_ops, event_date);
CREATE INDEX events_target ON events (target_code text_pattern_ops, event_date);
CREATE INDEX events_cameo ON events (cameo text_pattern_ops);
CREATE INDEX events_date ON events (event_date DESC NULLS LAST, id);
CREATE INDEX events_article ON events (article_seq);
CREATE INDEX quotes_speaker ON quotes (speaker_code);
CREATE INDEX quotes_published ON quotes (published DESC NULLS LAST, id);
CREATE INDEX quotes_article ON quotes (article_seq);
CREATE INDEX claims_article ON claims (article_seq);
CREATE INDEX times_article ON times (article_seq);
CREATE INDEX article_bands_key ON article_bands (band_key);
CREATE INDEX articles_story ON articles (story_id);

-- Title (weight A) and text (weight B) in the article's language: Italian and English stemming, else none.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE language WHEN 'it' THEN 'italian'::regconfig
                                        WHEN 'en' THEN 'english'::regconfig
                                        ELSE 'simple'::regconfig END, coalesce(title, '')), 'A')
    || setweight(to_tsvector(CASE language WHEN 'it' THEN 'italian'::regconfig
                                           WHEN 'en' THEN 'english'::regconfig
                                           ELSE 'simple'::regconfig END, text), 'B')
) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
