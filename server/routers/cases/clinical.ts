import type { Cases } from "./common";

export const clinicalCases: Cases = {};
