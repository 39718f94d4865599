// settings.*: a hospital ADMIN's settings of their own hospital.
import { router } from "../trpc";

export const settingsRouter = router({});
