-- The events read in a syndicated copy of a story (an article whose story_id is another article's id) are
-- the story's events once more: counting them would count a story once per site that republished it, the
-- inflation GDELT is known for. They are kept, marked here, and left out of the event questions (pages,
-- counts, dyads, rankings, exports); the story's first copy speaks for the story, and its article lists
-- the other copies.

ALTER TABLE events ADD COLUMN copy BOOLEAN DEFAULT FALSE;

UPDATE events SET copy = TRUE WHERE article_seq IN (SELECT seq FROM articles WHERE story_id <> id);
