import { ADMIN_ONLY, hospital, type Cases } from "./common";

export const settingsCases = {
  "settings.get": hospital(ADMIN_ONLY, () => undefined),
  "settings.update": hospital(ADMIN_ONLY, () => ({ settings: { inactivityTimeoutMinutes: 45 } })),
} satisfies Cases;
