// phiLog.*: the PHI access log of the caller's hospital — the admin's filterable view, the chain check, and
// "who opened this chart" on a patient's chart.
import { z } from "zod";
import { permitted, router } from "../trpc";
import { isoDate, text, uuid } from "../../shared/zod";
import { dayRange } from "../../shared/time";
import { getPatient } from "../patients/register";
import { flushPhiReads, listPhiAccess, verifyPhiChain } from "./phi";
import { listPlatformAccess } from "./platform-access";

const auditors = permitted("audit.read");

export const phiLogRouter = router({
  list: auditors
    .input(
      z.object({
        patientId: uuid.optional(),
        userId: uuid.optional(),
        action: text(60).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        limit: z.number().int().min(1).max(200).default(50),
        cursor: z.number().int().positive().optional(),
      }),
    )
    .query(({ ctx, input }) => {
      const tz = ctx.hospital.settings.timezone;
      return listPhiAccess(ctx, {
        patientId: input.patientId,
        userId: input.userId,
        action: input.action,
        from: input.from ? dayRange(input.from, tz)[0] : undefined,
        to: input.to ? dayRange(input.to, tz)[1] : undefined,
        limit: input.limit,
        beforeSeq: input.cursor,
      });
    }),
  /** the chain, and the log's end against its checkpoint in the main database (truncation) */
  verify: auditors.query(async ({ ctx }) => {
    await flushPhiReads();
    return verifyPhiChain(ctx);
  }),
  /** who opened or changed this patient's chart, most recent first */
  chartAccess: permitted("patient.accessLog.read")
    .input(
      z.object({
        patientId: uuid,
        limit: z.number().int().min(1).max(200).default(50),
        cursor: z.number().int().positive().optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      await getPatient(ctx, input.patientId); // another hospital's patient: NOT_FOUND, like a missing one
      return listPhiAccess(ctx, { patientId: input.patientId, limit: input.limit, beforeSeq: input.cursor });
    }),
});

/** what the platform's super admins did to and in this hospital (console actions, break-glass, one-time codes) */
export const platformAccessRouter = router({
  list: auditors
    .input(
      z
        .object({
          limit: z.number().int().min(1).max(200).default(50),
          cursor: z.iso.datetime().optional(),
          who: z.enum(["platform", "everyone"]).default("platform"),
        })
        .default({ limit: 50, who: "platform" }),
    )
    .query(({ ctx, input }) => listPlatformAccess(ctx, input)),
});
