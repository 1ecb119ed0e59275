CREATE TABLE `departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	`is_lead` integer DEFAULT false NOT NULL,
	`leader_name` text DEFAULT '' NOT NULL,
	`leader_post` text DEFAULT '' NOT NULL,
	`leader_phone` text DEFAULT '' NOT NULL,
	`liaison_name` text DEFAULT '' NOT NULL,
	`liaison_post` text DEFAULT '' NOT NULL,
	`liaison_phone` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 100 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_name_unique` ON `departments` (`name`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`operator` text NOT NULL,
	`action` text NOT NULL,
	`entity` text DEFAULT '' NOT NULL,
	`entity_id` text DEFAULT '' NOT NULL,
	`detail` text DEFAULT '{}' NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `issued_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`number` text,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`operator` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `checklist_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`checklist_item_id` integer NOT NULL,
	`previous_item_id` integer,
	`changes` text DEFAULT '{}' NOT NULL,
	`reason` text NOT NULL,
	`effective_date` text NOT NULL,
	`published` integer DEFAULT false NOT NULL,
	`published_at` text,
	`operator` text DEFAULT '' NOT NULL,
	`at` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`checklist_item_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`previous_item_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklist_adjustments_item` ON `checklist_adjustments` (`checklist_item_id`);--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`root_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`code` text NOT NULL,
	`department_id` integer NOT NULL,
	`name` text NOT NULL,
	`category` text DEFAULT '一般' NOT NULL,
	`target_type` text DEFAULT '' NOT NULL,
	`methods` text DEFAULT '[]' NOT NULL,
	`basis` text DEFAULT '' NOT NULL,
	`content` text DEFAULT '' NOT NULL,
	`qualification` text DEFAULT '' NOT NULL,
	`joint_department_ids` text DEFAULT '[]' NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`root_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_items_code_version` ON `checklist_items` (`code`,`version`);--> statement-breakpoint
CREATE INDEX `checklist_items_department` ON `checklist_items` (`department_id`);--> statement-breakpoint
CREATE INDEX `checklist_items_root` ON `checklist_items` (`root_id`);--> statement-breakpoint
CREATE TABLE `target_departments` (
	`target_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`target_id`, `department_id`),
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `target_departments_department` ON `target_departments` (`department_id`);--> statement-breakpoint
CREATE TABLE `target_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`date` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`at` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `target_status_history_target` ON `target_status_history` (`target_id`);--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`uscc` text,
	`reg_no` text,
	`legal_rep` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`town` text DEFAULT '' NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`scale` text,
	`status` text DEFAULT '存续' NOT NULL,
	`status_date` text,
	`risk_class` text DEFAULT 'B' NOT NULL,
	`abnormal` integer DEFAULT false NOT NULL,
	`serious_violation` integer DEFAULT false NOT NULL,
	`complaint_count` integer DEFAULT 0 NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`forced_code_reason` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `targets_uscc` ON `targets` (`uscc`);--> statement-breakpoint
CREATE INDEX `targets_reg_no` ON `targets` (`reg_no`);--> statement-breakpoint
CREATE INDEX `targets_town` ON `targets` (`town`);--> statement-breakpoint
CREATE INDEX `targets_risk_class` ON `targets` (`risk_class`);--> statement-breakpoint
CREATE INDEX `targets_kind_status` ON `targets` (`kind`,`status`);--> statement-breakpoint
CREATE INDEX `targets_industry` ON `targets` (`industry`);--> statement-breakpoint
CREATE TABLE `special_directories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`department_id` integer NOT NULL,
	`target_kind` text,
	`criteria` text DEFAULT '' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `special_directories_name_unique` ON `special_directories` (`name`);--> statement-breakpoint
CREATE TABLE `special_directory_members` (
	`directory_id` integer NOT NULL,
	`target_id` integer NOT NULL,
	`added_at` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`directory_id`, `target_id`),
	FOREIGN KEY (`directory_id`) REFERENCES `special_directories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `special_directory_members_target` ON `special_directory_members` (`target_id`);--> statement-breakpoint
CREATE TABLE `inspectors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`department_id` integer NOT NULL,
	`name` text NOT NULL,
	`cert_no` text,
	`kind` text DEFAULT '执法人员' NOT NULL,
	`qualifications` text DEFAULT '[]' NOT NULL,
	`specialties` text DEFAULT '[]' NOT NULL,
	`post` text DEFAULT '' NOT NULL,
	`organization` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '在岗' NOT NULL,
	`status_from` text,
	`status_to` text,
	`region` text DEFAULT '' NOT NULL,
	`avoidance` text DEFAULT '{"targetIds":[],"rules":[]}' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspectors_cert_no_unique` ON `inspectors` (`cert_no`);--> statement-breakpoint
CREATE INDEX `inspectors_department` ON `inspectors` (`department_id`);--> statement-breakpoint
CREATE INDEX `inspectors_kind_status` ON `inspectors` (`kind`,`status`);--> statement-breakpoint
CREATE TABLE `roster_seats` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`role` text NOT NULL,
	`department_id` integer,
	`unit_name` text DEFAULT '' NOT NULL,
	`person_name` text NOT NULL,
	`post` text DEFAULT '' NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`confirming_meeting_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirming_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `roster_seats_department` ON `roster_seats` (`department_id`);--> statement-breakpoint
CREATE TABLE `decision_progress` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`date` text NOT NULL,
	`note` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `meeting_decisions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decision_progress_decision` ON `decision_progress` (`decision_id`);--> statement-breakpoint
CREATE TABLE `meeting_attendees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`department_id` integer,
	`unit_name` text DEFAULT '' NOT NULL,
	`person_name` text NOT NULL,
	`post` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '出席' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendees_meeting` ON `meeting_attendees` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`content` text NOT NULL,
	`owner_department_ids` text DEFAULT '[]' NOT NULL,
	`due_date` text,
	`status` text DEFAULT '未开始' NOT NULL,
	`completed_date` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_decisions_meeting` ON `meeting_decisions` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `meeting_decisions_status_due` ON `meeting_decisions` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `meeting_topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`proposer_department_id` integer,
	`title` text NOT NULL,
	`submit_to_plenary` integer DEFAULT false NOT NULL,
	`link_kind` text,
	`link_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposer_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_topics_meeting` ON `meeting_topics` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`number` text DEFAULT '' NOT NULL,
	`date` text NOT NULL,
	`time` text DEFAULT '' NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`convener` text DEFAULT '' NOT NULL,
	`host` text DEFAULT '' NOT NULL,
	`convening_department_id` integer,
	`status` text DEFAULT '筹备中' NOT NULL,
	`minutes_number` text,
	`signer` text,
	`signed_date` text,
	`distribution` text DEFAULT '[]' NOT NULL,
	`copy_to` text DEFAULT '[]' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`convening_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_date` ON `meetings` (`date`);--> statement-breakpoint
CREATE TABLE `plan_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`plan_item_id` integer,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`date` text NOT NULL,
	`changes` text DEFAULT '{}' NOT NULL,
	`published` integer DEFAULT false NOT NULL,
	`published_at` text,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`plan_item_id`) REFERENCES `plan_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_adjustments_plan` ON `plan_adjustments` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`lead_department_id` integer NOT NULL,
	`participating_department_ids` text DEFAULT '[]' NOT NULL,
	`checklist_item_ids` text DEFAULT '[]' NOT NULL,
	`target_scope` text DEFAULT '{}' NOT NULL,
	`ratios` text DEFAULT '{}' NOT NULL,
	`fixed_count` integer,
	`category` text DEFAULT '一般' NOT NULL,
	`method` text,
	`period_start` text,
	`period_end` text,
	`estimated_count` integer,
	`notes` text DEFAULT '' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lead_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_items_plan` ON `plan_items` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`department_id` integer NOT NULL,
	`status` text DEFAULT '未报送' NOT NULL,
	`submitted_at` text,
	`reason` text DEFAULT '' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_submissions_year_department` ON `plan_submissions` (`year`,`department_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT '草拟' NOT NULL,
	`published_at` text,
	`filed_date` text,
	`filed_office` text,
	`meeting_link_kind` text,
	`meeting_link_id` integer,
	`notes` text DEFAULT '' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_year_version` ON `plans` (`year`,`version`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`year` integer NOT NULL,
	`name` text NOT NULL,
	`plan_item_id` integer,
	`ad_hoc` integer DEFAULT false NOT NULL,
	`ad_hoc_reason` text DEFAULT '' NOT NULL,
	`lead_department_id` integer NOT NULL,
	`participating_department_ids` text DEFAULT '[]' NOT NULL,
	`checklist_item_ids` text DEFAULT '[]' NOT NULL,
	`period_start` text,
	`period_end` text,
	`implementation_plan` text DEFAULT '{}' NOT NULL,
	`status` text DEFAULT '草拟' NOT NULL,
	`locked_at` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_item_id`) REFERENCES `plan_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_code_unique` ON `tasks` (`code`);--> statement-breakpoint
CREATE INDEX `tasks_year_status` ON `tasks` (`year`,`status`);--> statement-breakpoint
CREATE INDEX `tasks_plan_item` ON `tasks` (`plan_item_id`);--> statement-breakpoint
CREATE TABLE `draws` (
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
	`superseded_by` integer,
	`supersede_reason` text,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`superseded_by`) REFERENCES `draws`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `draws_task` ON `draws` (`task_id`);--> statement-breakpoint
CREATE TABLE `task_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`target_id` integer NOT NULL,
	`draw_id` integer,
	`stratum` text,
	`outcome` text DEFAULT '待检查' NOT NULL,
	`visit_id` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`draw_id`) REFERENCES `draws`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_targets_task_target` ON `task_targets` (`task_id`,`target_id`);--> statement-breakpoint
CREATE INDEX `task_targets_target` ON `task_targets` (`target_id`);--> statement-breakpoint
CREATE INDEX `task_targets_visit` ON `task_targets` (`visit_id`);--> statement-breakpoint
CREATE TABLE `group_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`inspector_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	`is_leader` integer DEFAULT false NOT NULL,
	`replaced_by` integer,
	`replacement_reason` text,
	`replaced_at` text,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `inspection_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inspector_id`) REFERENCES `inspectors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replaced_by`) REFERENCES `group_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_members_group` ON `group_members` (`group_id`);--> statement-breakpoint
CREATE INDEX `group_members_inspector` ON `group_members` (`inspector_id`);--> statement-breakpoint
CREATE TABLE `inspection_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer,
	`visit_id` integer,
	`target_id` integer,
	`draw_id` integer,
	`name` text DEFAULT '' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`draw_id`) REFERENCES `draws`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_groups_task` ON `inspection_groups` (`task_id`);--> statement-breakpoint
CREATE INDEX `inspection_groups_visit` ON `inspection_groups` (`visit_id`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` integer NOT NULL,
	`planned_date` text,
	`visited_at` text,
	`status` text DEFAULT '待检查' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visits_target` ON `visits` (`target_id`);--> statement-breakpoint
CREATE TABLE `notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`number_text` text NOT NULL,
	`task_id` integer NOT NULL,
	`visit_id` integer,
	`target_id` integer,
	`status` text DEFAULT '有效' NOT NULL,
	`void_reason` text,
	`issued_at` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notices_year_seq` ON `notices` (`year`,`seq`);--> statement-breakpoint
CREATE INDEX `notices_task` ON `notices` (`task_id`);--> statement-breakpoint
CREATE TABLE `corrections_objections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`result_id` integer NOT NULL,
	`kind` text NOT NULL,
	`received_date` text NOT NULL,
	`deadline_date` text NOT NULL,
	`feedback_deadline_date` text,
	`status` text DEFAULT '办理中' NOT NULL,
	`request` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`closed_date` text,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`result_id`) REFERENCES `results`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `corrections_objections_result` ON `corrections_objections` (`result_id`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`result_id` integer NOT NULL,
	`handover_kind` text NOT NULL,
	`to_department_id` integer,
	`to_unit` text DEFAULT '' NOT NULL,
	`handed_over_at` text NOT NULL,
	`case_number` text,
	`closed_at` text,
	`closure` text DEFAULT '' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`result_id`) REFERENCES `results`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_result` ON `follow_ups` (`result_id`);--> statement-breakpoint
CREATE TABLE `results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`target_id` integer NOT NULL,
	`checklist_item_id` integer NOT NULL,
	`visit_id` integer,
	`category` text NOT NULL,
	`sample_verdict` text,
	`disposition` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`checked_date` text,
	`entered_at` text NOT NULL,
	`published_at` text,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checklist_item_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `results_task_target_item` ON `results` (`task_id`,`target_id`,`checklist_item_id`);--> statement-breakpoint
CREATE INDEX `results_target` ON `results` (`target_id`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_kind` text NOT NULL,
	`owner_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`path` text NOT NULL,
	`size` integer DEFAULT 0 NOT NULL,
	`mime_type` text DEFAULT '' NOT NULL,
	`added_at` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `attachments_owner` ON `attachments` (`owner_kind`,`owner_id`);