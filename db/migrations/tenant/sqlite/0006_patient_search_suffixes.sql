ALTER TABLE `patients` ADD `phone_digits_rev` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `patients` ADD `mrn_rev` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `patients` SET `phone_digits_rev` = (WITH RECURSIVE x(i, out) AS (SELECT length(`patients`.`phone_digits`), '' UNION ALL SELECT i - 1, out || substr(`patients`.`phone_digits`, i, 1) FROM x WHERE i > 0) SELECT out FROM x WHERE i = 0), `mrn_rev` = (WITH RECURSIVE x(i, out) AS (SELECT length(`patients`.`mrn`), '' UNION ALL SELECT i - 1, out || substr(`patients`.`mrn`, i, 1) FROM x WHERE i > 0) SELECT out FROM x WHERE i = 0);--> statement-breakpoint
CREATE INDEX `patients_phone_rev_idx` ON `patients` (`phone_digits_rev`);--> statement-breakpoint
CREATE INDEX `patients_mrn_rev_idx` ON `patients` (`mrn_rev`);