CREATE TABLE "app_processes" (
	"id" text PRIMARY KEY NOT NULL,
	"host" text DEFAULT '' NOT NULL,
	"pid" integer DEFAULT 0 NOT NULL,
	"poll_interval_ms" integer NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"heartbeat_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "maintenance_acks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"hospital_id" uuid NOT NULL,
	"process_id" text NOT NULL,
	"maintenance_since" timestamp (3) with time zone NOT NULL,
	"acked_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hospitals" ADD COLUMN "maintenance_since" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "hospitals" ADD COLUMN "maintenance_reason" text;--> statement-breakpoint
CREATE INDEX "app_processes_heartbeat_idx" ON "app_processes" USING btree ("heartbeat_at");--> statement-breakpoint
CREATE UNIQUE INDEX "maintenance_acks_hospital_process_uq" ON "maintenance_acks" USING btree ("hospital_id","process_id");