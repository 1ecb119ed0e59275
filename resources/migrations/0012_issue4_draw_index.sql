CREATE INDEX `targets_draw` ON `targets` (coalesce(uscc, reg_no, '对象' || id),`status`,`risk_class`,`abnormal`,`serious_violation`,`complaint_count`);
