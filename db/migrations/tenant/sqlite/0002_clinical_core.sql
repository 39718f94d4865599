CREATE TABLE `doctor_schedules` (
	`doctor_id` text PRIMARY KEY NOT NULL,
	`workday_start` text NOT NULL,
	`workday_end` text NOT NULL,
	`weekdays` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `doctor_booking_locks` (
	`doctor_id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `appointments` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`patient_id` text NOT NULL,
	`doctor_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`duration_minutes` integer NOT NULL,
	`type` text NOT NULL,
	`priority` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`rescheduled_from_id` text,
	`rescheduled_to_id` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appointments_number_uq` ON `appointments` (`number`);--> statement-breakpoint
CREATE INDEX `appointments_doctor_start_idx` ON `appointments` (`doctor_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `appointments_patient_start_idx` ON `appointments` (`patient_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `appointments_start_idx` ON `appointments` (`starts_at`);--> statement-breakpoint
CREATE TABLE `appointment_history` (
	`id` text PRIMARY KEY NOT NULL,
	`appointment_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`at` integer NOT NULL,
	`by_user_id` text NOT NULL,
	`by_name` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `appointment_history_appointment_idx` ON `appointment_history` (`appointment_id`,`at`);--> statement-breakpoint
CREATE TABLE `encounters` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`appointment_id` text,
	`doctor_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`chief_complaint` text DEFAULT '' NOT NULL,
	`subjective` text DEFAULT '' NOT NULL,
	`objective` text DEFAULT '' NOT NULL,
	`assessment` text DEFAULT '' NOT NULL,
	`plan` text DEFAULT '' NOT NULL,
	`started_at` integer NOT NULL,
	`signed_at` integer,
	`signed_by` text,
	`signed_by_name` text,
	`created_by` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `encounters_appointment_uq` ON `encounters` (`appointment_id`);--> statement-breakpoint
CREATE INDEX `encounters_patient_idx` ON `encounters` (`patient_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `encounters_doctor_idx` ON `encounters` (`doctor_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `vitals` (
	`id` text PRIMARY KEY NOT NULL,
	`encounter_id` text NOT NULL,
	`patient_id` text NOT NULL,
	`systolic` integer,
	`diastolic` integer,
	`pulse` integer,
	`respiratory_rate` integer,
	`temperature_c` real,
	`spo2` integer,
	`height_cm` real,
	`weight_kg` real,
	`bmi` real,
	`notes` text DEFAULT '' NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_by_name` text NOT NULL,
	`recorded_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `vitals_encounter_idx` ON `vitals` (`encounter_id`,`recorded_at`);--> statement-breakpoint
CREATE INDEX `vitals_patient_idx` ON `vitals` (`patient_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `diagnoses` (
	`id` text PRIMARY KEY NOT NULL,
	`encounter_id` text NOT NULL,
	`patient_id` text NOT NULL,
	`icd_code` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `diagnoses_encounter_idx` ON `diagnoses` (`encounter_id`);--> statement-breakpoint
CREATE INDEX `diagnoses_patient_idx` ON `diagnoses` (`patient_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `prescriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`encounter_id` text NOT NULL,
	`patient_id` text NOT NULL,
	`drug` text NOT NULL,
	`dose` text NOT NULL,
	`route` text NOT NULL,
	`frequency` text NOT NULL,
	`duration_days` integer NOT NULL,
	`instructions` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `prescriptions_encounter_idx` ON `prescriptions` (`encounter_id`);--> statement-breakpoint
CREATE INDEX `prescriptions_patient_idx` ON `prescriptions` (`patient_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `encounter_addenda` (
	`id` text PRIMARY KEY NOT NULL,
	`encounter_id` text NOT NULL,
	`text` text NOT NULL,
	`author_id` text NOT NULL,
	`author_name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `encounter_addenda_encounter_idx` ON `encounter_addenda` (`encounter_id`,`created_at`);