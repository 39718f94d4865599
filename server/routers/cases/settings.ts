import { hospital, type Cases } from "./common";

export const settingsCases = {
  "settings.get": hospital(() => undefined),
  "settings.update": hospital(() => ({ settings: { inactivityTimeoutMinutes: 45 } })),
} satisfies Cases;
