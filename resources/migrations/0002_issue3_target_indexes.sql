CREATE INDEX `targets_name` ON `targets` (`name`);--> statement-breakpoint
CREATE INDEX `targets_abnormal` ON `targets` (`abnormal`);--> statement-breakpoint
CREATE INDEX `targets_town_risk_status` ON `targets` (`town`,`risk_class`,`status`);