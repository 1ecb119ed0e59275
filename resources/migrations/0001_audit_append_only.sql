-- The audit log is append-only (DESIGN.md "audit_log"; seeds/002 §二(一) 全程留痕、责任可追溯).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, '操作记录只能追加，不能修改');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, '操作记录只能追加，不能删除');
END;
