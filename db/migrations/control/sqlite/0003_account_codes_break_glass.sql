CREATE TABLE `account_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`hospital_id` text NOT NULL,
	`purpose` text NOT NULL,
	`code_hash` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer
);
--> statement-breakpoint
CREATE INDEX `account_codes_user_idx` ON `account_codes` (`user_id`);--> statement-breakpoint
CREATE TABLE `break_glass_grants` (
	`id` text PRIMARY KEY NOT NULL,
	`hospital_id` text NOT NULL,
	`user_id` text NOT NULL,
	`username` text NOT NULL,
	`reason` text NOT NULL,
	`starts_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`ended_at` integer
);
--> statement-breakpoint
CREATE INDEX `break_glass_grants_hospital_idx` ON `break_glass_grants` (`hospital_id`,`expires_at`);