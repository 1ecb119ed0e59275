ALTER TABLE `task_targets` ADD `prechecked_at` text;--> statement-breakpoint
ALTER TABLE `task_targets` ADD `precheck_note` text DEFAULT '' NOT NULL;