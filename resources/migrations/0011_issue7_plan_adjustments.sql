CREATE TABLE `plan_coverage_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`checklist_code` text NOT NULL,
	`reason` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_coverage_notes_plan_code` ON `plan_coverage_notes` (`plan_id`,`checklist_code`);--> statement-breakpoint
ALTER TABLE `plan_adjustments` ADD `link_kind` text;--> statement-breakpoint
ALTER TABLE `plan_adjustments` ADD `link_id` integer;--> statement-breakpoint
ALTER TABLE `plan_adjustments` ADD `operator` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_items` ADD `added_by_adjustment_id` integer;