// The hospital's logo lives in the hospital's own database (hospital_assets, name "logo"): a hospital's files can
// only ever be read through its own database, which is chosen by the request's host.
import { eq, sql } from "drizzle-orm";
import { tenant, type Db } from "@/db";
import { writeControlAudit } from "../audit/control-audit";
import type { HospitalCtx } from "../context";
import { AppError } from "../errors";
import { log } from "../log";
import { withHospital } from "../tenancy";
import { checkLogo, MAX_LOGO_SIDE, type LogoType } from "./logo";

const LOGO = "logo";
const a = tenant.hospitalAssets;

export type StoredLogo = { contentType: LogoType; bytes: Uint8Array; sha256: string; updatedAt: Date };
export type LogoInfo = { contentType: string; sha256: string; size: number; updatedAt: Date };

/** validates and stores (or replaces) the logo; BAD_REQUEST with a clear message when the file is not acceptable */
export async function saveLogo(ctx: HospitalCtx, bytes: Uint8Array): Promise<LogoInfo> {
  const checked = checkLogo(bytes);
  if (!checked.ok)
    throw new AppError("VALIDATION", {
      field: "file",
      fieldCode: `LOGO_${checked.problem}`,
      params: checked.problem === "TOO_MANY_PIXELS" ? { max: MAX_LOGO_SIDE } : undefined,
    });
  const row = {
    contentType: checked.type,
    bytes: Buffer.from(bytes),
    sha256: checked.sha256,
    updatedBy: ctx.actor.userId,
    updatedAt: new Date(),
  };
  await ctx.db
    .insert(a)
    .values({ name: LOGO, ...row })
    .onConflictDoUpdate({ target: a.name, set: row });
  await writeControlAudit(ctx, {
    action: "settings.logo_uploaded",
    outcome: "SUCCESS",
    actor: { id: ctx.actor.userId, username: ctx.actor.username },
    hospital: { id: ctx.hospital.id, code: ctx.hospital.code },
    ip: ctx.actor.ip,
    target: { type: "hospital", id: ctx.hospital.id },
    detail: {
      contentType: checked.type,
      size: bytes.length,
      width: checked.width,
      height: checked.height,
      sha256: checked.sha256,
    },
  });
  return { contentType: checked.type, sha256: checked.sha256, size: bytes.length, updatedAt: row.updatedAt };
}

export async function removeLogo(ctx: HospitalCtx): Promise<{ removed: boolean }> {
  const removed = await ctx.db.delete(a).where(eq(a.name, LOGO)).returning({ name: a.name });
  if (removed.length) {
    await writeControlAudit(ctx, {
      action: "settings.logo_removed",
      outcome: "SUCCESS",
      actor: { id: ctx.actor.userId, username: ctx.actor.username },
      hospital: { id: ctx.hospital.id, code: ctx.hospital.code },
      ip: ctx.actor.ip,
      target: { type: "hospital", id: ctx.hospital.id },
    });
  }
  return { removed: removed.length > 0 };
}

export async function readLogo(db: Db): Promise<StoredLogo | null> {
  const [row] = await db
    .select({ contentType: a.contentType, bytes: a.bytes, sha256: a.sha256, updatedAt: a.updatedAt })
    .from(a)
    .where(eq(a.name, LOGO));
  if (!row) return null;
  return { ...row, contentType: row.contentType as LogoType, bytes: new Uint8Array(row.bytes) };
}

/** what the settings page shows about the logo, without reading the image itself */
export async function logoInfo(db: Db): Promise<LogoInfo | null> {
  const [row] = await db
    .select({
      contentType: a.contentType,
      sha256: a.sha256,
      size: sql<number>`length(${a.bytes})`.mapWith(Number),
      updatedAt: a.updatedAt,
    })
    .from(a)
    .where(eq(a.name, LOGO));
  return row ?? null;
}

/** the address of a hospital's logo on its own host, versioned by content (null: none, or its database is unavailable) */
export async function logoUrlOf(code: string): Promise<string | null> {
  try {
    const sha = await withHospital(code, async (db) => {
      const [row] = await db.select({ sha256: a.sha256 }).from(a).where(eq(a.name, LOGO));
      return row?.sha256 ?? null;
    });
    return sha ? `/api/hospital/logo?v=${sha.slice(0, 16)}` : null;
  } catch (err) {
    // a sign-in page must never fail because the logo cannot be read
    log.warn({ code, err: String(err) }, "hospital logo unavailable");
    return null;
  }
}
