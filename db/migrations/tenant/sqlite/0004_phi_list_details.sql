ALTER TABLE `phi_access_log` ADD `details` text;--> statement-breakpoint
ALTER TABLE `phi_access_log` ADD `key_version` integer;