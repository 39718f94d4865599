// settings.*: a hospital ADMIN's settings of their own hospital (the logo has its own route: app/api/hospital/logo).
import { permitted, router } from "../trpc";
import { getHospitalSettings, updateHospitalSettings } from "./settings";
import { settingsUpdateSchema } from "../../shared/hospitals/settings-input";

const admin = permitted("settings.manage");

export const settingsRouter = router({
  get: admin.query(({ ctx }) => getHospitalSettings(ctx)),
  update: admin.input(settingsUpdateSchema).mutation(({ ctx, input }) => updateHospitalSettings(ctx, input)),
});
