CREATE TABLE `meta` (
	`id` integer PRIMARY KEY NOT NULL,
	`hospital_code` text NOT NULL,
	`schema_version` integer NOT NULL,
	`created_at` integer NOT NULL,
	`migrated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `counters` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `patients` (
	`id` text PRIMARY KEY NOT NULL,
	`mrn` text NOT NULL,
	`first_name` text NOT NULL,
	`middle_name` text DEFAULT '' NOT NULL,
	`last_name` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`gender` text NOT NULL,
	`blood_group` text DEFAULT '' NOT NULL,
	`marital_status` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`phone_digits` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`emergency_contact` text,
	`allergies` text NOT NULL,
	`chronic_conditions` text NOT NULL,
	`current_medications` text NOT NULL,
	`insurance` text,
	`is_vip` integer DEFAULT false NOT NULL,
	`sort_name` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `patients_mrn_uq` ON `patients` (`mrn`);--> statement-breakpoint
CREATE INDEX `patients_phone_idx` ON `patients` (`phone_digits`);--> statement-breakpoint
CREATE INDEX `patients_sort_idx` ON `patients` (`sort_name`,`id`);--> statement-breakpoint
CREATE INDEX `patients_dob_idx` ON `patients` (`date_of_birth`);--> statement-breakpoint
CREATE TABLE `patient_name_terms` (
	`term` text NOT NULL,
	`patient_id` text NOT NULL,
	PRIMARY KEY(`term`, `patient_id`)
);
--> statement-breakpoint
CREATE INDEX `patient_name_terms_patient_idx` ON `patient_name_terms` (`patient_id`);--> statement-breakpoint
CREATE TABLE `phi_access_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`user_id` text NOT NULL,
	`username` text NOT NULL,
	`role` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`patient_id` text,
	`ip` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `phi_access_log_patient_idx` ON `phi_access_log` (`patient_id`,`seq`);--> statement-breakpoint
CREATE INDEX `phi_access_log_user_idx` ON `phi_access_log` (`user_id`,`seq`);--> statement-breakpoint
CREATE INDEX `phi_access_log_at_idx` ON `phi_access_log` (`at`);