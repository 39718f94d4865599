CREATE TABLE "meta" (
	"id" integer PRIMARY KEY NOT NULL,
	"hospital_code" text NOT NULL,
	"schema_version" integer NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"migrated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counters" (
	"name" text PRIMARY KEY NOT NULL,
	"value" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"mrn" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text DEFAULT '' NOT NULL,
	"last_name" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"gender" text NOT NULL,
	"blood_group" text DEFAULT '' NOT NULL,
	"marital_status" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"phone_digits" text COLLATE "C" DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"emergency_contact" jsonb,
	"allergies" jsonb NOT NULL,
	"chronic_conditions" jsonb NOT NULL,
	"current_medications" jsonb NOT NULL,
	"insurance" jsonb,
	"is_vip" boolean DEFAULT false NOT NULL,
	"sort_name" text COLLATE "C" NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patient_name_terms" (
	"term" text COLLATE "C" NOT NULL,
	"patient_id" uuid NOT NULL,
	CONSTRAINT "patient_name_terms_term_patient_id_pk" PRIMARY KEY("term","patient_id")
);
--> statement-breakpoint
CREATE TABLE "phi_access_log" (
	"seq" integer PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"user_id" uuid NOT NULL,
	"username" text NOT NULL,
	"role" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"patient_id" uuid,
	"ip" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "patients_mrn_uq" ON "patients" USING btree ("mrn");--> statement-breakpoint
CREATE INDEX "patients_phone_idx" ON "patients" USING btree ("phone_digits");--> statement-breakpoint
CREATE INDEX "patients_sort_idx" ON "patients" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "patients_dob_idx" ON "patients" USING btree ("date_of_birth");--> statement-breakpoint
CREATE INDEX "patient_name_terms_patient_idx" ON "patient_name_terms" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "phi_access_log_patient_idx" ON "phi_access_log" USING btree ("patient_id","seq");--> statement-breakpoint
CREATE INDEX "phi_access_log_user_idx" ON "phi_access_log" USING btree ("user_id","seq");--> statement-breakpoint
CREATE INDEX "phi_access_log_at_idx" ON "phi_access_log" USING btree ("at");