CREATE INDEX `targets_name` ON `targets` (`name`);--> statement-breakpoint
CREATE INDEX `targets_abnormal` ON `targets` (`abnormal`);