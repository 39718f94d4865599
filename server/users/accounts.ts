// Creating staff and super admin accounts (control database).
import { control, driver } from "@/db";
import { newId } from "@/db/id";
import type { ApprovalStatus, Role } from "@/shared/enums";
import { passwordProblem } from "../auth/password-policy";
import { hashPassword } from "../auth/password";
import { AppError } from "../errors";
import { mainDb } from "../tenancy/main-db";
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
  input: NewAccount,
  opts: { allowTemporaryPassword?: boolean; mustChangePassword?: boolean } = {},
): Promise<{ id: string; username: string; temporaryPassword: string | null }> {
  if ((input.role === "SUPERADMIN") !== (input.hospital === null)) {
    throw new AppError("BAD_REQUEST", "Super admins belong to no hospital; every other role belongs to one");
  }
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "), {
      issues: parsed.error.issues,
    });
  }
  const a = parsed.data;
  const problem = passwordProblem(a.password, {
    ...a,
    hospitalName: input.hospital?.name,
    hospitalCode: input.hospital?.code,
  });
  if (problem && !opts.allowTemporaryPassword)
    throw new AppError("BAD_REQUEST", `password: ${problem}`, { field: "password" });
  const now = new Date();
  const id = newId();
  const main = await mainDb();
  try {
    await main.insert(control.users).values({
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
      throw new AppError("CONFLICT", `Username "${a.username}" is already taken`, { field: "username" });
    throw err;
  }
  return { id, username: a.username, temporaryPassword: problem };
}
