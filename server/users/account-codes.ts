// One-time account codes: how a super admin resets a hospital user's password or sets up a new hospital admin without
// ever choosing (or knowing) their password. The console answers the code once; only its keyed hash is stored. The
// user redeems it on their own hospital's sign-in page by choosing their own password. A code works once (a
// conditional update, so two redeems at the same moment cannot both win), before it expires, for that user only.
// Issuing and redeeming are written to the control audit log with the hospital, which its admins see
// (platformAccess.list).
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { control } from "@/db";
import { newId } from "@/db/id";
import { ACCOUNT_CODE_ALPHABET, type redeemAccountCodeSchema } from "../../shared/users/schemas";
import type { z } from "zod";
import { writeControlAudit } from "../audit/control-audit";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { derivedKey } from "../auth/secret";
import { revokeUserSessions } from "../auth/sessions";
import { unlockAccount } from "../auth/sign-in";
import { takeUserAttempt } from "../auth/throttle";
import { config } from "../config";
import type { MainDb, PlatformCtx } from "../context";
import { AppError } from "../errors";
import type { ParsedHost } from "../tenancy/host";

export type AccountCodePurpose = "RESET" | "SETUP";
export type IssuedCode = { code: string; expiresAt: Date };

const c = control.accountCodes;
const u = control.users;
const h = control.hospitals;

/** "ABCD-EFGH-JKLM-NPQR": 16 symbols of 32 (80 bits) */
function newCode(): string {
  const symbols = Array.from({ length: 16 }, () => ACCOUNT_CODE_ALPHABET[randomInt(ACCOUNT_CODE_ALPHABET.length)]);
  return symbols.join("").replace(/(.{4})(?=.)/g, "$1-");
}

/** a password nobody knows, for an account that waits for its setup code */
export const unknownPassword = () => `${newCode()}${newCode()}`;

/** the stored form: a keyed hash of the normalized code (a copied table gives nobody a usable code) */
const codeHash = (code: string) =>
  createHmac("sha256", derivedKey("account-code")).update(code.replace(/[\s-]/g, "").toUpperCase()).digest("hex");

/**
 * A new one-time code for a hospital user; an earlier unused code of theirs stops working. For a RESET the current
 * password stops working too and every session of the user ends: whoever knew it is out.
 */
export async function issueAccountCode(
  ctx: PlatformCtx,
  user: { id: string; hospitalId: string },
  purpose: AccountCodePurpose,
): Promise<IssuedCode> {
  const code = newCode();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + config.resetCodeHours * 3_600_000);
  await ctx.main
    .update(c)
    .set({ usedAt: now })
    .where(and(eq(c.userId, user.id), isNull(c.usedAt)));
  await ctx.main.insert(c).values({
    id: newId(),
    userId: user.id,
    hospitalId: user.hospitalId,
    purpose,
    codeHash: codeHash(code),
    createdBy: ctx.actor.userId,
    createdAt: now,
    expiresAt,
  });
  if (purpose === "RESET") {
    // nobody knows this password: the account waits for the code
    await ctx.main
      .update(u)
      .set({ passwordHash: await hashPassword(unknownPassword()), mustChangePassword: true, updatedAt: now })
      .where(eq(u.id, user.id));
    await revokeUserSessions(user.id, "password reset by a super admin");
  }
  return { code, expiresAt };
}

/**
 * The user chooses their own password with a code, on their hospital's host (the host decides the hospital, never
 * the input). Wrong, used, expired and other people's codes, and unknown usernames, all answer the same
 * ACCOUNT_CODE_INVALID. Attempts are limited per client address.
 */
export async function redeemAccountCode(
  ctx: { main: MainDb; host: ParsedHost; ip: string },
  input: z.output<typeof redeemAccountCodeSchema>,
): Promise<{ username: string }> {
  if (ctx.host.kind !== "hospital") throw new AppError("ACCOUNT_CODE_INVALID");
  await takeUserAttempt("code", ctx.ip || "unknown");
  const now = new Date();
  const [row] = await ctx.main
    .select({ user: u, hospital: { id: h.id, code: h.code, name: h.name } })
    .from(u)
    .innerJoin(h, eq(h.id, u.hospitalId))
    .where(and(eq(h.code, ctx.host.code), eq(u.username, input.username)));
  const candidates = row
    ? await ctx.main
        .select({ id: c.id, codeHash: c.codeHash, purpose: c.purpose })
        .from(c)
        .where(and(eq(c.userId, row.user.id), isNull(c.usedAt), gt(c.expiresAt, now)))
    : [];
  const wanted = Buffer.from(codeHash(input.code), "hex");
  const match = candidates.find((k) => timingSafeEqual(Buffer.from(k.codeHash, "hex"), wanted));
  if (!row || !match) throw new AppError("ACCOUNT_CODE_INVALID");

  const user = row.user;
  const problem = passwordProblem(input.password, {
    ...user,
    hospitalName: row.hospital.name,
    hospitalCode: row.hospital.code,
    mfaEnabled: user.mfaEnabled,
  });
  if (problem) throw new AppError("VALIDATION", { field: "password", fieldCode: problem.code, params: problem.params });

  // the code is spent by exactly one request: the conditional update is the decision
  const spent = await ctx.main
    .update(c)
    .set({ usedAt: now })
    .where(and(eq(c.id, match.id), isNull(c.usedAt)))
    .returning({ id: c.id });
  if (spent.length !== 1) throw new AppError("ACCOUNT_CODE_INVALID");
  await ctx.main
    .update(u)
    .set({
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: now,
      mustChangePassword: false,
      updatedAt: now,
    })
    .where(eq(u.id, user.id));
  await unlockAccount(user.id);
  await revokeUserSessions(user.id, "password chosen with a one-time code");
  await writeControlAudit(ctx, {
    action: "account.code_redeemed",
    outcome: "SUCCESS",
    actor: { id: user.id, username: user.username },
    hospital: { id: row.hospital.id, code: row.hospital.code },
    host: ctx.host.host,
    ip: ctx.ip,
    target: { type: "user", id: user.id },
    detail: { purpose: match.purpose },
  });
  return { username: user.username };
}
