import pino from "pino";

/** structured server log; silent under tests unless LOG_LEVEL says otherwise */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: undefined,
});
