// A user changes their own password: the current one proves it is them; the new one must pass the policy. Every
// other session of the user is signed out. Wrong current passwords are limited per user (server/auth/throttle.ts),
// the attempt taken before the password is checked.
import { eq } from "drizzle-orm";
import { control } from "@/db";
import type { PlatformCtx } from "../context";
import { AppError } from "../errors";
import { revokeUserSessions } from "./sessions";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { clearUserAttempts, takeUserAttempt } from "./throttle";

/** the actor's own password; `sessionId` is the session that stays signed in */
export async function changeOwnPassword(
  ctx: PlatformCtx,
  input: { sessionId: string; currentPassword: string; newPassword: string },
) {
  const u = control.users;
  const h = control.hospitals;
  const [row] = await ctx.main
    .select({ user: u, hospital: { name: h.name, code: h.code } })
    .from(u)
    .leftJoin(h, eq(h.id, u.hospitalId))
    .where(eq(u.id, ctx.actor.userId));
  if (!row) throw new AppError("USER_NOT_FOUND");
  const user = row.user;
  await takeUserAttempt("password", user.id);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new AppError("VALIDATION", { field: "currentPassword", fieldCode: "WRONG_PASSWORD" });
  await clearUserAttempts("password", user.id);
  if (input.newPassword === input.currentPassword)
    throw new AppError("VALIDATION", { field: "newPassword", fieldCode: "PASSWORD_UNCHANGED" });
  const problem = passwordProblem(input.newPassword, {
    ...user,
    hospitalName: row.hospital?.name,
    hospitalCode: row.hospital?.code,
    mfaEnabled: user.mfaEnabled,
  });
  if (problem)
    throw new AppError("VALIDATION", { field: "newPassword", fieldCode: problem.code, params: problem.params });
  const now = new Date();
  await ctx.main
    .update(u)
    .set({
      passwordHash: await hashPassword(input.newPassword),
      passwordChangedAt: now,
      mustChangePassword: false,
      updatedAt: now,
    })
    .where(eq(u.id, user.id));
  await revokeUserSessions(user.id, "password changed", input.sessionId);
}
