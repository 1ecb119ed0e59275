-- 标签化管理 (seeds/003 §二(一)): target_tags mirrors targets.tags, so filtering 1,000,000 targets by a
-- tag is an index range (BENCHMARKS.md: the JSON scan took ~300 ms). Triggers keep it in step with
-- every write of targets.tags; ON DELETE CASCADE removes a deleted target's rows.
CREATE TRIGGER target_tags_after_insert AFTER INSERT ON targets WHEN new.tags != '[]' BEGIN
  INSERT OR IGNORE INTO target_tags(tag, target_id) SELECT value, new.id FROM json_each(new.tags);
END;
--> statement-breakpoint
CREATE TRIGGER target_tags_after_update AFTER UPDATE OF tags ON targets WHEN new.tags IS NOT old.tags BEGIN
  DELETE FROM target_tags WHERE target_id = new.id AND tag NOT IN (SELECT value FROM json_each(new.tags));
  INSERT OR IGNORE INTO target_tags(tag, target_id) SELECT value, new.id FROM json_each(new.tags);
END;
--> statement-breakpoint
INSERT OR IGNORE INTO target_tags(tag, target_id) SELECT j.value, t.id FROM targets t, json_each(t.tags) j;
