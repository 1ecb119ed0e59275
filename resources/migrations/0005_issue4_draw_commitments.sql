CREATE TABLE `draw_commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`commitment` text NOT NULL,
	`secret` text NOT NULL,
	`plan` text NOT NULL,
	`operator` text NOT NULL,
	`created_at` text NOT NULL,
	`used_by_draw_id` integer,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`used_by_draw_id`) REFERENCES `draws`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `draw_commitments_task` ON `draw_commitments` (`task_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_draws` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer,
	`kind` text NOT NULL,
	`algorithm_id` text NOT NULL,
	`algorithm_version` text NOT NULL,
	`pool_definition` text DEFAULT '{}' NOT NULL,
	`pool_size` integer NOT NULL,
	`pool_hash` text NOT NULL,
	`commitment` text NOT NULL,
	`revealed_secret` text,
	`external_entropy` text,
	`parameters` text DEFAULT '{}' NOT NULL,
	`result` text,
	`operator` text NOT NULL,
	`witnesses` text DEFAULT '[]' NOT NULL,
	`at` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_draws`("id", "task_id", "kind", "algorithm_id", "algorithm_version", "pool_definition", "pool_size", "pool_hash", "commitment", "revealed_secret", "external_entropy", "parameters", "result", "operator", "witnesses", "at", "is_demo") SELECT "id", "task_id", "kind", "algorithm_id", "algorithm_version", "pool_definition", "pool_size", "pool_hash", "commitment", "revealed_secret", "external_entropy", "parameters", "result", "operator", "witnesses", "at", "is_demo" FROM `draws`;--> statement-breakpoint
DROP TABLE `draws`;--> statement-breakpoint
ALTER TABLE `__new_draws` RENAME TO `draws`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `draws_task` ON `draws` (`task_id`);