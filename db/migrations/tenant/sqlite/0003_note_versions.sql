CREATE TABLE `encounter_note_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`encounter_id` text NOT NULL,
	`version` integer NOT NULL,
	`chief_complaint` text DEFAULT '' NOT NULL,
	`subjective` text DEFAULT '' NOT NULL,
	`objective` text DEFAULT '' NOT NULL,
	`assessment` text DEFAULT '' NOT NULL,
	`plan` text DEFAULT '' NOT NULL,
	`author_id` text NOT NULL,
	`author_name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `encounter_note_revisions_version_uq` ON `encounter_note_revisions` (`encounter_id`,`version`);--> statement-breakpoint
ALTER TABLE `patients` ADD `version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `encounters` ADD `note_version` integer DEFAULT 0 NOT NULL;