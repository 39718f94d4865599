// settings.*: a hospital ADMIN's settings of their own hospital (the logo has its own route: app/api/hospital/logo).
import { moduleProcedure, router } from "../trpc";
import { getHospitalSettings, updateHospitalSettings } from "./settings";
import { settingsUpdateSchema } from "./settings-input";

const admin = moduleProcedure("settings", ["ADMIN"]);

export const settingsRouter = router({
  get: admin.query(({ ctx }) => getHospitalSettings(ctx)),
  update: admin.input(settingsUpdateSchema).mutation(({ ctx, input }) => updateHospitalSettings(ctx, input)),
});
