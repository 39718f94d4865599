// The signed-in user's own account, on any host: who am I, password, sessions, two-step sign-in.
import { z } from "zod";
import { beginMfaEnrolment, confirmMfaEnrolment, disableMfa, remainingRecoveryCodes } from "../auth/mfa";
import { changeOwnPassword } from "../auth/change-password";
import { listUserSessions, revokeSession, revokeUserSessions } from "../auth/sessions";
import { writeControlAudit } from "../audit/control-audit";
import { AppError } from "../errors";
import { mfaCodeSchema, passwordSchema, redeemAccountCodeSchema } from "../../shared/users/schemas";
import { redeemAccountCode } from "../users/account-codes";
import { uuid } from "../../shared/zod";
import { authedProcedure, mainProcedure, router } from "../trpc";
import { visibleAreas } from "@/shared/permissions";
import { isReadOnly } from "../hospitals/subscription";

const incomplete = authedProcedure.meta({ allowIncompleteAccount: true });

export const accountRouter = router({
  me: incomplete.query(({ ctx }) => {
    const s = ctx.session;
    return {
      user: s.user,
      hospital: s.hospital && {
        code: s.hospital.code,
        name: s.hospital.name,
        plan: s.hospital.plan,
        status: s.hospital.status,
        readOnly: isReadOnly(s.hospital),
      },
      areas: s.hospital
        ? visibleAreas(s.user.role, { modules: s.hospital.settings.modules, plan: s.hospital.plan })
        : [],
      mustChangePassword: s.user.mustChangePassword,
      mfaEnrolmentRequired: s.mfaEnrolmentRequired,
    };
  }),

  changePassword: incomplete
    .input(z.object({ currentPassword: passwordSchema, newPassword: passwordSchema }))
    .mutation(async ({ ctx, input }) => {
      await changeOwnPassword(ctx.platform, { sessionId: ctx.session.sessionId, ...input });
      await writeControlAudit(ctx.platform, {
        action: "account.password_changed",
        outcome: "SUCCESS",
        actor: { id: ctx.user.id, username: ctx.user.username },
        hospital: ctx.session.hospital,
        ip: ctx.ip,
      });
      return { ok: true };
    }),

  /** public, on a hospital host: a user chooses their own password with a one-time code from the console */
  redeemCode: mainProcedure
    .input(redeemAccountCodeSchema)
    .mutation(({ ctx, input }) => redeemAccountCode({ main: ctx.main, host: ctx.host, ip: ctx.ip }, input)),
});

export const sessionRouter = router({
  list: incomplete.query(async ({ ctx }) => {
    const rows = await listUserSessions(ctx.user.id);
    return rows.map((r) => ({ ...r, current: r.id === ctx.session.sessionId }));
  }),
  revoke: incomplete.input(z.object({ id: uuid })).mutation(async ({ ctx, input }) => {
    const mine = await listUserSessions(ctx.user.id);
    if (!mine.some((s) => s.id === input.id)) throw new AppError("SESSION_NOT_FOUND");
    await revokeSession(input.id, "revoked by user");
    return { ok: true };
  }),
  /** sign out everywhere else (the current session stays) */
  revokeOthers: incomplete.mutation(async ({ ctx }) => ({
    revoked: await revokeUserSessions(ctx.user.id, "signed out everywhere", ctx.session.sessionId),
  })),
});

export const mfaRouter = router({
  status: incomplete.query(async ({ ctx }) => ({
    enabled: ctx.user.mfaEnabled,
    required: ctx.session.mfaEnrolmentRequired || (ctx.session.hospital?.settings.mfaRequired ?? false),
    recoveryCodesLeft: ctx.user.mfaEnabled ? await remainingRecoveryCodes(ctx.platform) : 0,
  })),
  begin: incomplete.mutation(({ ctx }) =>
    beginMfaEnrolment(ctx.platform, ctx.session.hospital ? `Zain HMS ${ctx.session.hospital.code}` : "Zain HMS admin"),
  ),
  confirm: incomplete.input(mfaCodeSchema).mutation(async ({ ctx, input }) => {
    const r = await confirmMfaEnrolment(ctx.platform, input.code);
    await writeControlAudit(ctx.platform, {
      action: "account.mfa_enabled",
      outcome: "SUCCESS",
      actor: { id: ctx.user.id, username: ctx.user.username },
      hospital: ctx.session.hospital,
      ip: ctx.ip,
    });
    return r;
  }),
  disable: incomplete.input(mfaCodeSchema).mutation(async ({ ctx, input }) => {
    await disableMfa(ctx.platform, input.code);
    await writeControlAudit(ctx.platform, {
      action: "account.mfa_disabled",
      outcome: "SUCCESS",
      actor: { id: ctx.user.id, username: ctx.user.username },
      hospital: ctx.session.hospital,
      ip: ctx.ip,
    });
    return { ok: true };
  }),
});
