ALTER TABLE "patients" ADD COLUMN "phone_digits_rev" text COLLATE "C" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "mrn_rev" text COLLATE "C" DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "patients" SET "phone_digits_rev" = reverse("phone_digits"), "mrn_rev" = reverse("mrn");--> statement-breakpoint
CREATE INDEX "patients_phone_rev_idx" ON "patients" USING btree ("phone_digits_rev");--> statement-breakpoint
CREATE INDEX "patients_mrn_rev_idx" ON "patients" USING btree ("mrn_rev");