// TOTP multi-factor authentication (RFC 6238, 30-second steps, ±1 step accepted), with ten one-time recovery
// codes stored as keyed digests. A code is never accepted twice: the highest accepted step is kept per user. In a
// session (turning MFA on or off) wrong codes are limited per user, the attempt taken before the code is checked; at
// sign-in the code belongs to the account's attempt (server/auth/throttle.ts).
import { randomBytes } from "node:crypto";
import { and, eq, isNull, lt } from "drizzle-orm";
import { authenticator as base } from "otplib";
import QRCode from "qrcode";
import { control } from "@/db";
import { newId } from "@/db/id";
import type { MainDb, PlatformCtx } from "../context";
import { AppError } from "../errors";
import { digest, seal, unseal } from "./crypto";
import { clearUserAttempts, takeUserAttempt } from "./throttle";

const STEP_SECONDS = 30;
const totp = base.clone({ window: 1, step: STEP_SECONDS });
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** TOTP codes checked so far in this process; read only by tests (a burst must not get past the limit) */
export const totpChecks = { count: 0 };

const currentStep = () => Math.floor(Date.now() / 1000 / STEP_SECONDS);
const normalizeRecovery = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, "");

function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** checks a 6-digit TOTP against a seed and burns its time step; false if wrong or already used */
async function acceptTotp(main: MainDb, userId: string, sealedSecret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  totpChecks.count++;
  const delta = totp.checkDelta(code, unseal(sealedSecret));
  if (delta === null) return false;
  const step = currentStep() + delta;
  const u = control.users;
  const burned = await main
    .update(u)
    .set({ mfaLastStep: step })
    .where(and(eq(u.id, userId), lt(u.mfaLastStep, step)))
    .returning({ id: u.id });
  return burned.length === 1;
}

async function acceptRecoveryCode(main: MainDb, userId: string, code: string): Promise<boolean> {
  const normalized = normalizeRecovery(code);
  if (normalized.length !== 10) return false;
  const r = control.recoveryCodes;
  const used = await main
    .update(r)
    .set({ usedAt: new Date() })
    .where(and(eq(r.userId, userId), eq(r.codeHash, digest(normalized)), isNull(r.usedAt)))
    .returning({ id: r.id });
  return used.length === 1;
}

/** a sign-in's second factor: a current TOTP code or an unused recovery code */
export async function verifySecondFactor(
  ctx: Pick<PlatformCtx, "main">,
  user: { id: string; mfaSecret: string | null },
  code: string,
): Promise<"totp" | "recovery" | null> {
  const trimmed = code.trim();
  if (user.mfaSecret && (await acceptTotp(ctx.main, user.id, user.mfaSecret, trimmed.replace(/\s/g, ""))))
    return "totp";
  if (await acceptRecoveryCode(ctx.main, user.id, trimmed)) return "recovery";
  return null;
}

async function loadUser(main: MainDb, userId: string) {
  const [user] = await main
    .select({
      id: control.users.id,
      username: control.users.username,
      mfaEnabled: control.users.mfaEnabled,
      mfaSecret: control.users.mfaSecret,
      hospitalId: control.users.hospitalId,
    })
    .from(control.users)
    .where(eq(control.users.id, userId));
  if (!user) throw new AppError("USER_NOT_FOUND");
  return user;
}

/** step 1 of enrolment (the actor's own account): a new seed (kept sealed, not yet active), as a QR code and a key */
export async function beginMfaEnrolment(
  ctx: PlatformCtx,
  issuer: string,
): Promise<{ otpauthUrl: string; qrDataUrl: string; manualKey: string }> {
  const userId = ctx.actor.userId;
  const user = await loadUser(ctx.main, userId);
  if (user.mfaEnabled) throw new AppError("MFA_ALREADY_ON");
  const secret = totp.generateSecret(20);
  await ctx.main
    .update(control.users)
    .set({ mfaSecret: seal(secret), updatedAt: new Date() })
    .where(eq(control.users.id, userId));
  const otpauthUrl = totp.keyuri(user.username, issuer, secret);
  return {
    otpauthUrl,
    qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 }),
    manualKey: secret.replace(/(.{4})/g, "$1 ").trim(),
  };
}

/** step 2: a code from the device turns MFA on and yields the recovery codes, shown once */
export async function confirmMfaEnrolment(ctx: PlatformCtx, code: string): Promise<{ recoveryCodes: string[] }> {
  const userId = ctx.actor.userId;
  const user = await loadUser(ctx.main, userId);
  if (user.mfaEnabled) throw new AppError("MFA_ALREADY_ON");
  if (!user.mfaSecret) throw new AppError("MFA_ENROLMENT_NOT_STARTED");
  await takeUserAttempt("mfa", user.id);
  if (!(await acceptTotp(ctx.main, user.id, user.mfaSecret, code.trim())))
    throw new AppError("VALIDATION", { field: "code", fieldCode: "MFA_CODE_INVALID" });
  await clearUserAttempts("mfa", user.id);
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  const now = new Date();
  await ctx.main.transaction(async (tx) => {
    await tx.delete(control.recoveryCodes).where(eq(control.recoveryCodes.userId, userId));
    await tx
      .insert(control.recoveryCodes)
      .values(codes.map((c) => ({ id: newId(), userId, codeHash: digest(normalizeRecovery(c)), createdAt: now })));
    await tx.update(control.users).set({ mfaEnabled: true, updatedAt: now }).where(eq(control.users.id, userId));
  });
  return { recoveryCodes: codes };
}

/** turning MFA off (the actor's own) takes a current code from the device */
export async function disableMfa(ctx: PlatformCtx, code: string): Promise<void> {
  const user = await loadUser(ctx.main, ctx.actor.userId);
  if (!user.mfaEnabled || !user.mfaSecret) throw new AppError("MFA_NOT_ON");
  await takeUserAttempt("mfa", user.id);
  if (!(await acceptTotp(ctx.main, user.id, user.mfaSecret, code.trim())))
    throw new AppError("VALIDATION", { field: "code", fieldCode: "MFA_CODE_INVALID" });
  await clearUserAttempts("mfa", user.id);
  await clearMfa(ctx, user.id);
}

/** an administrator's reset for a user who lost their device */
export async function clearMfa(ctx: Pick<PlatformCtx, "main">, userId: string): Promise<void> {
  await ctx.main.transaction(async (tx) => {
    await tx.delete(control.recoveryCodes).where(eq(control.recoveryCodes.userId, userId));
    await tx
      .update(control.users)
      .set({ mfaEnabled: false, mfaSecret: null, updatedAt: new Date() })
      .where(eq(control.users.id, userId));
  });
}

/** unused recovery codes of the actor's own account */
export async function remainingRecoveryCodes(ctx: PlatformCtx): Promise<number> {
  const rows = await ctx.main
    .select({ id: control.recoveryCodes.id })
    .from(control.recoveryCodes)
    .where(and(eq(control.recoveryCodes.userId, ctx.actor.userId), isNull(control.recoveryCodes.usedAt)));
  return rows.length;
}
