import type { Cases } from "./common";

export const settingsCases: Cases = {};
