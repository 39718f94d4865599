// Creating staff and super admin accounts (control database).
import { control, driver } from "@/db";
import { newId } from "@/db/id";
import type { ApprovalStatus, Role } from "@/shared/enums";
import { passwordProblem } from "../auth/password-policy";
import { hashPassword } from "../auth/password";
import type { PlatformCtx } from "../context";
import { fieldErrorsOf } from "@/shared/errors";
import { AppError, englishText } from "../errors";
import { newAccountSchema } from "../../shared/users/schemas";

export type NewAccount = {
  hospital: { id: string; name: string; code: string } | null;
  role: Role;
  username: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  departmentId?: string | null;
  phone?: string;
  approval?: ApprovalStatus;
};

export async function createAccount(
  ctx: Pick<PlatformCtx, "main">,
  input: NewAccount,
  opts: { allowTemporaryPassword?: boolean; mustChangePassword?: boolean } = {},
): Promise<{ id: string; username: string; temporaryPassword: string | null }> {
  if ((input.role === "SUPERADMIN") !== (input.hospital === null)) {
    throw new AppError("SUPERADMIN_HOSPITAL_MISMATCH");
  }
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  }
  const a = parsed.data;
  const problem = passwordProblem(a.password, {
    ...a,
    hospitalName: input.hospital?.name,
    hospitalCode: input.hospital?.code,
  });
  if (problem && !opts.allowTemporaryPassword)
    throw new AppError("VALIDATION", { field: "password", fieldCode: problem.code, params: problem.params });
  const now = new Date();
  const id = newId();
  try {
    await ctx.main.insert(control.users).values({
      id,
      hospitalId: input.hospital?.id ?? null,
      username: a.username,
      email: a.email,
      firstName: a.firstName,
      lastName: a.lastName,
      role: input.role,
      departmentId: input.departmentId ?? null,
      phone: input.phone ?? "",
      approval: input.approval ?? "APPROVED",
      passwordHash: await hashPassword(a.password),
      passwordChangedAt: now,
      mustChangePassword: problem !== null || (opts.mustChangePassword ?? false),
      createdAt: now,
      updatedAt: now,
    });
  } catch (err) {
    if (driver().isUniqueViolation(err))
      throw new AppError("USERNAME_TAKEN", { field: "username", params: { username: a.username } });
    throw err;
  }
  return { id, username: a.username, temporaryPassword: problem && englishText(problem.code, problem.params) };
}
