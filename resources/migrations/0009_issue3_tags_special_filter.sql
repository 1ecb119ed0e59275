CREATE TABLE `target_tags` (
	`tag` text NOT NULL,
	`target_id` integer NOT NULL,
	PRIMARY KEY(`tag`, `target_id`),
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `target_tags_target` ON `target_tags` (`target_id`);--> statement-breakpoint
ALTER TABLE `special_directories` ADD `filter` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `targets_town_name` ON `targets` (`town`,`name`);