-- 摇号记录 are append-only (issue 4; seeds/002 §二(一) 全程留痕): a re-draw is a new row pointing at
-- the draw it supersedes, so no row is ever changed or removed. Demo rows (is_demo = 1) may still be
-- deleted, so 清除示范数据 keeps working.
CREATE TRIGGER draws_no_update BEFORE UPDATE ON draws
BEGIN
  SELECT RAISE(ABORT, '摇号记录只能追加，不能修改；如需重新摇号，请另行摇号并写明理由');
END;
--> statement-breakpoint
CREATE TRIGGER draws_no_delete BEFORE DELETE ON draws WHEN OLD.is_demo = 0
BEGIN
  SELECT RAISE(ABORT, '摇号记录只能追加，不能删除');
END;
