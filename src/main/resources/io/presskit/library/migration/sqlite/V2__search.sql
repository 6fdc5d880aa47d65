-- Full-text search over headline and text. The trigram tokenizer matches any substring of three or more
-- characters, which is what CJK text needs (the default tokenizer treats a run of Han characters as one
-- word); shorter queries fall back to LIKE on the same table. Triggers keep it in step with every write.

CREATE VIRTUAL TABLE release_search USING fts5(headline, text, tokenize = 'trigram');

CREATE TRIGGER release_search_insert AFTER INSERT ON release BEGIN
    INSERT INTO release_search (rowid, headline, text)
    VALUES (new.id, new.headline,
            concat_ws(char(10), new.subheadline,
                      (SELECT group_concat(value, char(10)) FROM json_each(new.highlights)),
                      (SELECT group_concat(value, char(10)) FROM json_each(new.body))));
END;

CREATE TRIGGER release_search_update AFTER UPDATE OF headline, subheadline, highlights, body ON release BEGIN
    DELETE FROM release_search WHERE rowid = old.id;
    INSERT INTO release_search (rowid, headline, text)
    VALUES (new.id, new.headline,
            concat_ws(char(10), new.subheadline,
                      (SELECT group_concat(value, char(10)) FROM json_each(new.highlights)),
                      (SELECT group_concat(value, char(10)) FROM json_each(new.body))));
END;

CREATE TRIGGER release_search_delete AFTER DELETE ON release BEGIN
    DELETE FROM release_search WHERE rowid = old.id;
END;

INSERT INTO release_search (rowid, headline, text)
SELECT id, headline,
       concat_ws(char(10), subheadline,
                 (SELECT group_concat(value, char(10)) FROM json_each(release.highlights)),
                 (SELECT group_concat(value, char(10)) FROM json_each(release.body)))
FROM release;
