CREATE TABLE `hospital_assets` (
	`name` text PRIMARY KEY NOT NULL,
	`content_type` text NOT NULL,
	`bytes` blob NOT NULL,
	`sha256` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL
);
