// Control (main) database: hospitals, staff accounts, departments, sessions, control audit.
// Written once against the column kit; instantiated for libsql and Postgres in db/sqlite and db/pg.
import { sql } from "drizzle-orm";
import type { Kit } from "@dialect/kit";
import type { HospitalSettings } from "../../shared/hospitals/settings-schema";
import { APPROVAL_STATUSES, HOSPITAL_STATUSES, PLANS, ROLES } from "../../shared/enums";

export function controlSchema(k: Kit) {
  const hospitals = k.table(
    "hospitals",
    {
      id: k.id("id").primaryKey(),
      /** ^[A-Z0-9]{3,16}$, the subdomain in lower case */
      code: k.text("code").notNull(),
      name: k.text("name").notNull(),
      email: k.text("email").notNull(),
      phone: k.text("phone").notNull().default(""),
      address: k.text("address").notNull().default(""),
      city: k.text("city").notNull().default(""),
      state: k.text("state").notNull().default(""),
      country: k.text("country").notNull().default(""),
      plan: k.enum("plan", PLANS).notNull(),
      status: k.enum("status", HOSPITAL_STATUSES).notNull(),
      subscriptionStartsAt: k.timestamp("subscription_starts_at").notNull(),
      /** null: open-ended */
      subscriptionEndsAt: k.timestamp("subscription_ends_at"),
      settings: k.json<HospitalSettings>("settings").notNull(),
      /** Postgres server for this hospital's database; null = the DATABASE_URL server */
      dbServer: k.text("db_server"),
      schemaVersion: k.int("schema_version").notNull().default(0),
      lastMigratedAt: k.timestamp("last_migrated_at"),
      /** provisioning claim "<host>:<pid>:<nonce>" and its expiry; see server/tenancy/provision.ts */
      provisionOwner: k.text("provision_owner"),
      provisionLeaseUntil: k.timestamp("provision_lease_until"),
      provisionError: k.text("provision_error"),
      /** set while the hospital is closed for maintenance (restore, move): no app process serves it; see
       * server/tenancy/maintenance.ts */
      maintenanceSince: k.timestamp("maintenance_since"),
      maintenanceReason: k.text("maintenance_reason"),
      createdAt: k.timestamp("created_at").notNull(),
      updatedAt: k.timestamp("updated_at").notNull(),
    },
    (t) => [k.uniqueIndex("hospitals_code_uq").on(t.code), k.index("hospitals_status_idx").on(t.status)],
  );

  const departments = k.table(
    "departments",
    {
      id: k.id("id").primaryKey(),
      hospitalId: k.id("hospital_id").notNull(),
      code: k.text("code").notNull(),
      name: k.text("name").notNull(),
      headUserId: k.id("head_user_id"),
      isActive: k.bool("is_active").notNull().default(true),
      createdAt: k.timestamp("created_at").notNull(),
      updatedAt: k.timestamp("updated_at").notNull(),
    },
    (t) => [k.uniqueIndex("departments_hospital_code_uq").on(t.hospitalId, t.code)],
  );

  const users = k.table(
    "users",
    {
      id: k.id("id").primaryKey(),
      /** null only for SUPERADMIN */
      hospitalId: k.id("hospital_id"),
      /** stored lower-case; unique per hospital, and among super admins */
      username: k.text("username").notNull(),
      email: k.text("email").notNull(),
      firstName: k.text("first_name").notNull(),
      lastName: k.text("last_name").notNull(),
      role: k.enum("role", ROLES).notNull(),
      departmentId: k.id("department_id"),
      phone: k.text("phone").notNull().default(""),
      passwordHash: k.text("password_hash").notNull(),
      passwordChangedAt: k.timestamp("password_changed_at").notNull(),
      mustChangePassword: k.bool("must_change_password").notNull().default(false),
      isActive: k.bool("is_active").notNull().default(true),
      approval: k.enum("approval", APPROVAL_STATUSES).notNull().default("APPROVED"),
      failedLogins: k.int("failed_logins").notNull().default(0),
      lockedUntil: k.timestamp("locked_until"),
      mfaEnabled: k.bool("mfa_enabled").notNull().default(false),
      /** TOTP secret, encrypted with a key derived from AUTH_SECRET */
      mfaSecret: k.text("mfa_secret"),
      /** highest TOTP time step accepted, so a code is never accepted twice */
      mfaLastStep: k.int("mfa_last_step").notNull().default(0),
      lastLoginAt: k.timestamp("last_login_at"),
      createdAt: k.timestamp("created_at").notNull(),
      updatedAt: k.timestamp("updated_at").notNull(),
    },
    (t) => [
      k.uniqueIndex("users_hospital_username_uq").on(t.hospitalId, t.username),
      k
        .uniqueIndex("users_superadmin_username_uq")
        .on(t.username)
        .where(sql`hospital_id is null`),
      k.index("users_hospital_role_idx").on(t.hospitalId, t.role),
    ],
  );

  const recoveryCodes = k.table(
    "mfa_recovery_codes",
    {
      id: k.id("id").primaryKey(),
      userId: k.id("user_id").notNull(),
      codeHash: k.text("code_hash").notNull(),
      usedAt: k.timestamp("used_at"),
      createdAt: k.timestamp("created_at").notNull(),
    },
    (t) => [k.index("mfa_recovery_codes_user_idx").on(t.userId)],
  );

  const sessions = k.table(
    "sessions",
    {
      id: k.id("id").primaryKey(),
      userId: k.id("user_id").notNull(),
      /** null for super admin sessions (admin host) */
      hospitalId: k.id("hospital_id"),
      ip: k.text("ip").notNull().default(""),
      userAgent: k.text("user_agent").notNull().default(""),
      createdAt: k.timestamp("created_at").notNull(),
      lastSeenAt: k.timestamp("last_seen_at").notNull(),
      expiresAt: k.timestamp("expires_at").notNull(),
      revokedAt: k.timestamp("revoked_at"),
      revokedReason: k.text("revoked_reason"),
    },
    (t) => [k.index("sessions_user_idx").on(t.userId)],
  );

  const auditLog = k.table(
    "audit_log",
    {
      id: k.id("id").primaryKey(),
      at: k.timestamp("at").notNull(),
      action: k.text("action").notNull(),
      outcome: k.enum("outcome", ["SUCCESS", "FAILURE"] as const).notNull(),
      actorUserId: k.id("actor_user_id"),
      actorUsername: k.text("actor_username").notNull().default(""),
      hospitalId: k.id("hospital_id"),
      hospitalCode: k.text("hospital_code").notNull().default(""),
      host: k.text("host").notNull().default(""),
      ip: k.text("ip").notNull().default(""),
      targetType: k.text("target_type").notNull().default(""),
      targetId: k.text("target_id").notNull().default(""),
      detail: k.json<Record<string, unknown>>("detail"),
    },
    (t) => [
      k.index("audit_log_at_idx").on(t.at),
      k.index("audit_log_hospital_at_idx").on(t.hospitalId, t.at),
      k.index("audit_log_action_at_idx").on(t.action, t.at),
    ],
  );

  /** one row per running app process, its heartbeat refreshed every poll (server/tenancy/maintenance.ts) */
  const appProcesses = k.table(
    "app_processes",
    {
      /** "<host>:<pid>:<nonce>" */
      id: k.text("id").primaryKey(),
      host: k.text("host").notNull().default(""),
      pid: k.int("pid").notNull().default(0),
      /** how often this process polls the maintenance flags; stale after a few of these without a heartbeat */
      pollIntervalMs: k.int("poll_interval_ms").notNull(),
      startedAt: k.timestamp("started_at").notNull(),
      heartbeatAt: k.timestamp("heartbeat_at").notNull(),
    },
    (t) => [k.index("app_processes_heartbeat_idx").on(t.heartbeatAt)],
  );

  /** an app process has closed a hospital's database for the maintenance that began at `maintenanceSince` */
  const maintenanceAcks = k.table(
    "maintenance_acks",
    {
      id: k.id("id").primaryKey(),
      hospitalId: k.id("hospital_id").notNull(),
      processId: k.text("process_id").notNull(),
      maintenanceSince: k.timestamp("maintenance_since").notNull(),
      ackedAt: k.timestamp("acked_at").notNull(),
    },
    (t) => [k.uniqueIndex("maintenance_acks_hospital_process_uq").on(t.hospitalId, t.processId)],
  );

  /** each hospital's PHI access log anchored outside its own database: the last sequence and hash written, moved
   * forward only (server/audit/phi.ts); a log ending before it, or differing at it, was cut short */
  const phiCheckpoints = k.table("phi_checkpoints", {
    hospitalId: k.id("hospital_id").primaryKey(),
    seq: k.int("seq").notNull(),
    hash: k.text("hash").notNull(),
    updatedAt: k.timestamp("updated_at").notNull(),
  });

  /** a one-time code a super admin gives a hospital user to choose their own password (a reset, or a new account's
   * setup): only its keyed hash is kept; it works once, before it expires, on the user's own hospital host */
  const accountCodes = k.table(
    "account_codes",
    {
      id: k.id("id").primaryKey(),
      userId: k.id("user_id").notNull(),
      hospitalId: k.id("hospital_id").notNull(),
      purpose: k.enum("purpose", ["RESET", "SETUP"] as const).notNull(),
      codeHash: k.text("code_hash").notNull(),
      createdBy: k.id("created_by").notNull(),
      createdAt: k.timestamp("created_at").notNull(),
      expiresAt: k.timestamp("expires_at").notNull(),
      usedAt: k.timestamp("used_at"),
    },
    (t) => [k.index("account_codes_user_idx").on(t.userId)],
  );

  /** a super admin's time-limited read access to one hospital's clinical data, asked with a reason (break-glass) */
  const breakGlassGrants = k.table(
    "break_glass_grants",
    {
      id: k.id("id").primaryKey(),
      hospitalId: k.id("hospital_id").notNull(),
      userId: k.id("user_id").notNull(),
      username: k.text("username").notNull(),
      reason: k.text("reason").notNull(),
      startsAt: k.timestamp("starts_at").notNull(),
      expiresAt: k.timestamp("expires_at").notNull(),
      endedAt: k.timestamp("ended_at"),
    },
    (t) => [k.index("break_glass_grants_hospital_idx").on(t.hospitalId, t.expiresAt)],
  );

  return {
    accountCodes,
    breakGlassGrants,
    hospitals,
    departments,
    users,
    recoveryCodes,
    sessions,
    auditLog,
    appProcesses,
    maintenanceAcks,
    phiCheckpoints,
  };
}
export type ControlSchema = ReturnType<typeof controlSchema>;
