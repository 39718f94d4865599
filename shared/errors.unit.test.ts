// The error catalogue is whole: every code (ERROR_CODES) and every field code (FIELD_ERROR_CODES) has English and
// Arabic text in the errors namespace, and zod's issues map onto the field codes.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ERROR_CODES, FIELD_ERROR_CODES, fieldErrorOf, fieldErrorsOf, isErrorCode } from "./errors";
import { ar, en } from "./i18n/messages";
import { withCode } from "./zod";

const english = en.errors as Record<string, string>;
const arabic = ar.errors as Record<string, string>;
const allCodes = [...Object.keys(ERROR_CODES), ...FIELD_ERROR_CODES];

const firstIssue = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return r.error.issues[0]!;
};

describe("error catalogue", () => {
  it("has English and Arabic text for every code and every field code", () => {
    const missing = allCodes.filter(
      (c) => typeof english[c] !== "string" || !english[c].trim() || typeof arabic[c] !== "string" || !arabic[c].trim(),
    );
    expect(missing).toEqual([]);
  });

  it("writes the Arabic text in Arabic", () => {
    expect(allCodes.filter((c) => !/[\u0600-\u06FF]/.test(arabic[c] ?? ""))).toEqual([]);
  });

  it("never names a code twice (a field code is not also a catalogue code)", () => {
    expect(FIELD_ERROR_CODES.filter((c) => isErrorCode(c))).toEqual([]);
    expect(new Set(FIELD_ERROR_CODES).size).toBe(FIELD_ERROR_CODES.length);
  });

  it("maps every code to a tRPC code an API client knows", () => {
    const known = [
      "BAD_REQUEST",
      "UNAUTHORIZED",
      "FORBIDDEN",
      "NOT_FOUND",
      "CONFLICT",
      "PRECONDITION_FAILED",
      "PAYLOAD_TOO_LARGE",
      "TOO_MANY_REQUESTS",
      "SERVICE_UNAVAILABLE",
      "INTERNAL_SERVER_ERROR",
    ];
    expect(Object.entries(ERROR_CODES).filter(([, trpc]) => !known.includes(trpc))).toEqual([]);
  });
});

describe("fieldErrorOf (zod issues as field codes)", () => {
  it("a too-long string is TOO_LONG with its maximum", () => {
    expect(fieldErrorOf(firstIssue(z.string().max(5), "abcdefg"))).toEqual({ code: "TOO_LONG", params: { max: 5 } });
  });

  it("a too-short string is TOO_SHORT with its minimum; an empty required string is REQUIRED", () => {
    expect(fieldErrorOf(firstIssue(z.string().min(3), "ab"))).toEqual({ code: "TOO_SHORT", params: { min: 3 } });
    expect(fieldErrorOf(firstIssue(z.string().trim().min(1), "   "))).toEqual({ code: "REQUIRED" });
  });

  it("a missing field seen by an error map (the raw issue still has its input) is REQUIRED", () => {
    expect(fieldErrorOf({ code: "invalid_type", expected: "string", input: undefined, path: ["name"] })).toEqual({
      code: "REQUIRED",
    });
    // a final issue has no input: it cannot tell a missing value from a wrong one
    expect(fieldErrorOf({ code: "invalid_type", expected: "string", path: ["name"] })).toEqual({ code: "INVALID" });
  });

  it("a value outside an enum is INVALID_OPTION", () => {
    expect(fieldErrorOf(firstIssue(z.enum(["A", "B"]), "C"))).toEqual({ code: "INVALID_OPTION" });
  });

  it("numbers: TOO_SMALL, TOO_BIG and NOT_INTEGER", () => {
    expect(fieldErrorOf(firstIssue(z.number().min(1), 0))).toEqual({ code: "TOO_SMALL", params: { min: 1 } });
    expect(fieldErrorOf(firstIssue(z.number().max(9), 10))).toEqual({ code: "TOO_BIG", params: { max: 9 } });
    expect(fieldErrorOf(firstIssue(z.number().int(), 1.5))).toEqual({ code: "NOT_INTEGER" });
  });

  it("lists: TOO_MANY with the maximum number of entries", () => {
    expect(fieldErrorOf(firstIssue(z.array(z.string()).max(1), ["a", "b"]))).toEqual({
      code: "TOO_MANY",
      params: { max: 1 },
    });
  });

  it("formats: email and uuid", () => {
    expect(fieldErrorOf(firstIssue(z.email(), "nope"))).toEqual({ code: "INVALID_EMAIL" });
    expect(fieldErrorOf(firstIssue(z.uuid(), "nope"))).toEqual({ code: "INVALID_ID" });
  });

  it("a refinement names its own code and parameters", () => {
    const schema = z.number().refine((n) => n <= 3, withCode("VITAL_OUT_OF_RANGE", { vital: "pulse", min: 1, max: 3 }));
    expect(fieldErrorOf(firstIssue(schema, 9))).toEqual({
      code: "VITAL_OUT_OF_RANGE",
      params: { vital: "pulse", min: 1, max: 3 },
    });
    expect(
      fieldErrorOf(
        firstIssue(
          z.string().refine(() => false, { params: { code: "INVALID_DATE" } }),
          "x",
        ),
      ),
    ).toEqual({
      code: "INVALID_DATE",
    });
  });

  it("a refinement naming no known code is INVALID", () => {
    expect(
      fieldErrorOf(
        firstIssue(
          z.string().refine(() => false, { params: { code: "NO_SUCH" } }),
          "x",
        ),
      ),
    ).toEqual({
      code: "INVALID",
    });
  });

  it("fieldErrorsOf keeps each issue's path", () => {
    const r = z.object({ a: z.object({ b: z.string().max(1) }) }).safeParse({ a: { b: "xx" } });
    expect(fieldErrorsOf(r.error!.issues)).toEqual([{ path: "a.b", code: "TOO_LONG", params: { max: 1 } }]);
  });
});
