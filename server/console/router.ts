// The super admin console (admin host): hospitals, users across hospitals, system health, the data browser.
import { router } from "../trpc";

export const hospitalRouter = router({});
export const platformUserRouter = router({});
export const systemRouter = router({});
export const browseRouter = router({});
