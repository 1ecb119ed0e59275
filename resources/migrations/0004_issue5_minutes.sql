CREATE TABLE `meeting_minutes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT '草稿' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`number` text,
	`signer` text,
	`signed_date` text,
	`sign_override_reason` text,
	`issued_date` text,
	`distribution` text DEFAULT '[]' NOT NULL,
	`copy_to` text DEFAULT '[]' NOT NULL,
	`correction_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_minutes_meeting` ON `meeting_minutes` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `minutes_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`minutes_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	`opinion` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`date` text NOT NULL,
	FOREIGN KEY (`minutes_id`) REFERENCES `meeting_minutes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `minutes_reviews_minutes` ON `minutes_reviews` (`minutes_id`);