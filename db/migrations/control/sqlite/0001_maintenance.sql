CREATE TABLE `app_processes` (
	`id` text PRIMARY KEY NOT NULL,
	`host` text DEFAULT '' NOT NULL,
	`pid` integer DEFAULT 0 NOT NULL,
	`poll_interval_ms` integer NOT NULL,
	`started_at` integer NOT NULL,
	`heartbeat_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `app_processes_heartbeat_idx` ON `app_processes` (`heartbeat_at`);--> statement-breakpoint
CREATE TABLE `maintenance_acks` (
	`id` text PRIMARY KEY NOT NULL,
	`hospital_id` text NOT NULL,
	`process_id` text NOT NULL,
	`maintenance_since` integer NOT NULL,
	`acked_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `maintenance_acks_hospital_process_uq` ON `maintenance_acks` (`hospital_id`,`process_id`);--> statement-breakpoint
ALTER TABLE `hospitals` ADD `maintenance_since` integer;--> statement-breakpoint
ALTER TABLE `hospitals` ADD `maintenance_reason` text;