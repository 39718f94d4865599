ALTER TABLE `prescriptions` ADD `allergy_override_reason` text;--> statement-breakpoint
ALTER TABLE `prescriptions` ADD `allergy_overrides` text;