ALTER TABLE `group_members` ADD `role` text DEFAULT '组员' NOT NULL;--> statement-breakpoint
ALTER TABLE `group_members` ADD `seat` integer DEFAULT 0 NOT NULL;