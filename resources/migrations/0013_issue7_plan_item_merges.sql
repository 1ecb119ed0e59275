CREATE TABLE `plan_item_merges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`merged_item_id` integer NOT NULL,
	`originals` text NOT NULL,
	`created_at` text NOT NULL,
	`undone_at` text,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_item_merges_plan` ON `plan_item_merges` (`plan_id`);