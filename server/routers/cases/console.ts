import type { Cases } from "./common";

export const consoleCases: Cases = {};
