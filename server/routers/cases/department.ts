import type { Cases } from "./common";

export const departmentCases: Cases = {};
