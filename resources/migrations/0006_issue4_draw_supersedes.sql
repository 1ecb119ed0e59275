ALTER TABLE `draws` ADD `supersedes_draw_id` integer REFERENCES draws(id);--> statement-breakpoint
ALTER TABLE `draws` ADD `redraw_reason` text;--> statement-breakpoint
CREATE INDEX `draws_supersedes` ON `draws` (`supersedes_draw_id`);