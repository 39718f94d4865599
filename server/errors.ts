// One error type for domain code; server/trpc.ts maps it to tRPC codes and user-facing text.
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "LIMIT_REACHED"
  | "READ_ONLY"
  | "MODULE_DISABLED"
  | "TOO_MANY_REQUESTS"
  | "PRECONDITION_FAILED"
  | "UNAVAILABLE";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "Record") => new AppError("NOT_FOUND", `${what} not found`);

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
