CREATE TABLE `task_plan_approvals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`step` text NOT NULL,
	`name` text NOT NULL,
	`date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`meeting_id` integer,
	`operator` text DEFAULT '' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_plan_approvals_task` ON `task_plan_approvals` (`task_id`);--> statement-breakpoint
ALTER TABLE `tasks` ADD `route_visits_per_day` integer DEFAULT 4 NOT NULL;