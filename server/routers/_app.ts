// The whole API. Router names are <entity>.<verb> (see the public contract).
import { patientRouter } from "../patients/router";
import { userRouter } from "../users/router";
import { router } from "../trpc";
import { accountRouter, mfaRouter, sessionRouter } from "./account";

export const appRouter = router({
  account: accountRouter,
  session: sessionRouter,
  mfa: mfaRouter,
  patient: patientRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
