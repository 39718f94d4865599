ALTER TABLE "phi_access_log" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "phi_access_log" ADD COLUMN "key_version" integer;