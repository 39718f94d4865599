// A user changes their own password: the current one proves it is them; the new one must pass the policy. Every
// other session of the user is signed out.
import { eq } from "drizzle-orm";
import { control } from "@/db";
import { AppError } from "../errors";
import { mainDb } from "../tenancy/main-db";
import type { SessionHospital } from "./sessions";
import { revokeUserSessions } from "./sessions";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";

export async function changeOwnPassword(input: {
  userId: string;
  sessionId: string;
  hospital: Pick<SessionHospital, "name" | "code"> | null;
  currentPassword: string;
  newPassword: string;
}) {
  const main = await mainDb();
  const u = control.users;
  const [user] = await main.select().from(u).where(eq(u.id, input.userId));
  if (!user) throw new AppError("NOT_FOUND", "User not found");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new AppError("BAD_REQUEST", "The current password is not right", { field: "currentPassword" });
  if (input.newPassword === input.currentPassword)
    throw new AppError("BAD_REQUEST", "Choose a password different from the current one", { field: "newPassword" });
  const problem = passwordProblem(input.newPassword, {
    ...user,
    hospitalName: input.hospital?.name,
    hospitalCode: input.hospital?.code,
    mfaEnabled: user.mfaEnabled,
  });
  if (problem) throw new AppError("BAD_REQUEST", problem, { field: "newPassword" });
  const now = new Date();
  await main
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
