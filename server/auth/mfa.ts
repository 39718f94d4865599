// TOTP multi-factor authentication (RFC 6238, 30-second steps, ±1 step accepted), with ten one-time recovery
// codes stored as keyed digests. A code is never accepted twice: the highest accepted step is kept per user.
import { randomBytes } from "node:crypto";
import { and, eq, isNull, lt } from "drizzle-orm";
import { authenticator as base } from "otplib";
import QRCode from "qrcode";
import { control } from "@/db";
import { newId } from "@/db/id";
import { AppError } from "../errors";
import { mainDb } from "../tenancy/main-db";
import { digest, seal, unseal } from "./crypto";

const STEP_SECONDS = 30;
const totp = base.clone({ window: 1, step: STEP_SECONDS });
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

const currentStep = () => Math.floor(Date.now() / 1000 / STEP_SECONDS);
const normalizeRecovery = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, "");

function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** checks a 6-digit TOTP against a seed and burns its time step; false if wrong or already used */
async function acceptTotp(userId: string, sealedSecret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const delta = totp.checkDelta(code, unseal(sealedSecret));
  if (delta === null) return false;
  const step = currentStep() + delta;
  const main = await mainDb();
  const u = control.users;
  const burned = await main
    .update(u)
    .set({ mfaLastStep: step })
    .where(and(eq(u.id, userId), lt(u.mfaLastStep, step)))
    .returning({ id: u.id });
  return burned.length === 1;
}

async function acceptRecoveryCode(userId: string, code: string): Promise<boolean> {
  const normalized = normalizeRecovery(code);
  if (normalized.length !== 10) return false;
  const main = await mainDb();
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
  user: { id: string; mfaSecret: string | null },
  code: string,
): Promise<"totp" | "recovery" | null> {
  const trimmed = code.trim();
  if (user.mfaSecret && (await acceptTotp(user.id, user.mfaSecret, trimmed.replace(/\s/g, "")))) return "totp";
  if (await acceptRecoveryCode(user.id, trimmed)) return "recovery";
  return null;
}

async function loadUser(userId: string) {
  const main = await mainDb();
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
  if (!user) throw new AppError("NOT_FOUND", "User not found");
  return user;
}

/** step 1 of enrolment: a new seed (kept sealed, not yet active), as a QR code and as a key to type */
export async function beginMfaEnrolment(
  userId: string,
  issuer: string,
): Promise<{ otpauthUrl: string; qrDataUrl: string; manualKey: string }> {
  const user = await loadUser(userId);
  if (user.mfaEnabled)
    throw new AppError("CONFLICT", "Two-step sign-in is already on; turn it off first to enrol a new device");
  const secret = totp.generateSecret(20);
  const main = await mainDb();
  await main
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
export async function confirmMfaEnrolment(userId: string, code: string): Promise<{ recoveryCodes: string[] }> {
  const user = await loadUser(userId);
  if (user.mfaEnabled) throw new AppError("CONFLICT", "Two-step sign-in is already on");
  if (!user.mfaSecret) throw new AppError("PRECONDITION_FAILED", "Start the enrolment first");
  if (!(await acceptTotp(user.id, user.mfaSecret, code.trim())))
    throw new AppError("BAD_REQUEST", "That code is not valid; check the device's clock and try the next code", {
      field: "code",
    });
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  const main = await mainDb();
  const now = new Date();
  await main.transaction(async (tx) => {
    await tx.delete(control.recoveryCodes).where(eq(control.recoveryCodes.userId, userId));
    await tx
      .insert(control.recoveryCodes)
      .values(codes.map((c) => ({ id: newId(), userId, codeHash: digest(normalizeRecovery(c)), createdAt: now })));
    await tx.update(control.users).set({ mfaEnabled: true, updatedAt: now }).where(eq(control.users.id, userId));
  });
  return { recoveryCodes: codes };
}

/** turning MFA off takes a current code from the device */
export async function disableMfa(userId: string, code: string): Promise<void> {
  const user = await loadUser(userId);
  if (!user.mfaEnabled || !user.mfaSecret) throw new AppError("PRECONDITION_FAILED", "Two-step sign-in is not on");
  if (!(await acceptTotp(user.id, user.mfaSecret, code.trim())))
    throw new AppError("BAD_REQUEST", "That code is not valid", { field: "code" });
  await clearMfa(userId);
}

/** an administrator's reset for a user who lost their device */
export async function clearMfa(userId: string): Promise<void> {
  const main = await mainDb();
  await main.transaction(async (tx) => {
    await tx.delete(control.recoveryCodes).where(eq(control.recoveryCodes.userId, userId));
    await tx
      .update(control.users)
      .set({ mfaEnabled: false, mfaSecret: null, updatedAt: new Date() })
      .where(eq(control.users.id, userId));
  });
}

export async function remainingRecoveryCodes(userId: string): Promise<number> {
  const main = await mainDb();
  const rows = await main
    .select({ id: control.recoveryCodes.id })
    .from(control.recoveryCodes)
    .where(and(eq(control.recoveryCodes.userId, userId), isNull(control.recoveryCodes.usedAt)));
  return rows.length;
}
