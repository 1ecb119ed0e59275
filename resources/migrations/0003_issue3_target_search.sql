-- Target search (issue 3; DESIGN.md "Things that bite": names are searched by two-character
-- fragments, SQLite's trigram tokenizer matches nothing shorter than three characters, and a LIKE
-- scan of 1,000,000 rows is too slow). Two structures, both kept in step by triggers:
--   targets_fts        FTS5 trigram index over name, address and codes, for fragments of 3+ characters;
--   target_name_grams  every 2-character fragment of each name (and its last character alone), a
--                      covering WITHOUT ROWID b-tree, so "鑫源" or "鑫" is an index range, never a scan.
CREATE VIRTUAL TABLE targets_fts USING fts5(
  name, address, uscc, reg_no,
  content = 'targets', content_rowid = 'id', tokenize = 'trigram'
);
--> statement-breakpoint
CREATE TRIGGER targets_fts_after_insert AFTER INSERT ON targets BEGIN
  INSERT INTO targets_fts(rowid, name, address, uscc, reg_no) VALUES (new.id, new.name, new.address, new.uscc, new.reg_no);
END;
--> statement-breakpoint
CREATE TRIGGER targets_fts_after_delete AFTER DELETE ON targets BEGIN
  INSERT INTO targets_fts(targets_fts, rowid, name, address, uscc, reg_no) VALUES ('delete', old.id, old.name, old.address, old.uscc, old.reg_no);
END;
--> statement-breakpoint
CREATE TRIGGER targets_fts_after_update AFTER UPDATE OF name, address, uscc, reg_no ON targets BEGIN
  INSERT INTO targets_fts(targets_fts, rowid, name, address, uscc, reg_no) VALUES ('delete', old.id, old.name, old.address, old.uscc, old.reg_no);
  INSERT INTO targets_fts(rowid, name, address, uscc, reg_no) VALUES (new.id, new.name, new.address, new.uscc, new.reg_no);
END;
--> statement-breakpoint
INSERT INTO targets_fts(targets_fts) VALUES ('rebuild');
--> statement-breakpoint
-- Positions 1..256 (names are at most 100 characters): triggers cannot use a recursive CTE, a join can.
CREATE TABLE target_gram_positions (n INTEGER PRIMARY KEY);
--> statement-breakpoint
INSERT INTO target_gram_positions(n)
  WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 256) SELECT n FROM s;
--> statement-breakpoint
CREATE TABLE target_name_grams (
  gram TEXT NOT NULL,
  target_id INTEGER NOT NULL,
  PRIMARY KEY (gram, target_id)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER target_name_grams_after_insert AFTER INSERT ON targets BEGIN
  INSERT OR IGNORE INTO target_name_grams(gram, target_id)
    SELECT lower(substr(new.name, n, 2)), new.id FROM target_gram_positions WHERE n <= length(new.name);
END;
--> statement-breakpoint
CREATE TRIGGER target_name_grams_after_delete AFTER DELETE ON targets BEGIN
  DELETE FROM target_name_grams WHERE target_id = old.id AND gram IN
    (SELECT lower(substr(old.name, n, 2)) FROM target_gram_positions WHERE n <= length(old.name));
END;
--> statement-breakpoint
CREATE TRIGGER target_name_grams_after_update AFTER UPDATE OF name ON targets BEGIN
  DELETE FROM target_name_grams WHERE target_id = old.id AND gram IN
    (SELECT lower(substr(old.name, n, 2)) FROM target_gram_positions WHERE n <= length(old.name));
  INSERT OR IGNORE INTO target_name_grams(gram, target_id)
    SELECT lower(substr(new.name, n, 2)), new.id FROM target_gram_positions WHERE n <= length(new.name);
END;
--> statement-breakpoint
INSERT OR IGNORE INTO target_name_grams(gram, target_id)
  SELECT lower(substr(t.name, p.n, 2)), t.id FROM targets t JOIN target_gram_positions p ON p.n <= length(t.name);
