// department.*: departments of the caller's hospital.
import { router } from "../trpc";

export const departmentRouter = router({});
