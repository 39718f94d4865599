ALTER TABLE "prescriptions" ADD COLUMN "allergy_override_reason" text;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD COLUMN "allergy_overrides" jsonb;