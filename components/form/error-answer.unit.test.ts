// The one mapper of error answers: field errors land on their fields (renamed, prefix stripped), the rest is told
// once, in the catalogue's words, with the tRPC code's general text when a code has none of its own.
import { describe, expect, it } from "vitest";
import {
  answerText,
  applyServerError,
  errorKeys,
  readErrorAnswer,
  type ErrorMessage,
  type FormLike,
} from "./error-answer";
import { currencyDigits, minorUnitScale } from "@/shared/money";

const KNOWN = new Set(["VALIDATION", "CONFLICT", "INTERNAL", "REQUIRED", "TOO_LONG", "USERNAME_TAKEN", "UNAVAILABLE"]);
/** a catalogue that knows a few codes and prints the values it was given */
const message: ErrorMessage = (code, params, trpcCode) => {
  const key = errorKeys(code, trpcCode).find((k) => KNOWN.has(k))!;
  return params ? `${key}(${JSON.stringify(params)})` : key;
};

function fakeForm(values: Record<string, unknown>) {
  const errors: Record<string, { message?: string; focus: boolean }> = {};
  const form = {
    getValues: () => values,
    setError: (name: string, e: { message?: string }, o?: { shouldFocus?: boolean }) => {
      errors[name] = { message: e.message, focus: o?.shouldFocus ?? false };
    },
  };
  return Object.assign(form as unknown as FormLike<Record<string, unknown>>, { errors });
}

const answer = (data: Record<string, unknown>) => Object.assign(new Error("English"), { data });

describe("readErrorAnswer", () => {
  it("reads the catalogue code, field, values and field errors", () => {
    const a = readErrorAnswer(
      answer({
        code: "BAD_REQUEST",
        appCode: "VALIDATION",
        fieldErrors: [{ path: "name", code: "TOO_LONG", params: { max: 80, junk: {} } }, { nonsense: true }],
      }),
    );
    expect(a).toMatchObject({ appCode: "VALIDATION", trpcCode: "BAD_REQUEST" });
    expect(a.fieldErrors).toEqual([{ path: "name", code: "TOO_LONG", params: { max: 80 } }]);
  });

  it("an error without an answer is only 'something went wrong' (or the network)", () => {
    expect(readErrorAnswer(new Error("boom"))).toEqual({ fieldErrors: [], unreachable: false });
    const network = Object.assign(new Error("fetch failed"), { name: "TRPCClientError" });
    expect(answerText(readErrorAnswer(network), message)).toBe("UNAVAILABLE");
    expect(answerText(readErrorAnswer("boom"), message)).toBe("INTERNAL");
  });
});

describe("errorKeys", () => {
  it("falls back from a code to the general text of its tRPC code", () => {
    expect(errorKeys("HOSPITAL_EXISTS", "CONFLICT")).toEqual(["HOSPITAL_EXISTS", "CONFLICT", "INTERNAL"]);
    expect(errorKeys("USERNAME_TAKEN")).toEqual(["USERNAME_TAKEN", "CONFLICT", "INTERNAL"]);
    expect(errorKeys("TOO_LONG")).toEqual(["TOO_LONG", "INVALID", "VALIDATION", "INTERNAL"]);
    expect(errorKeys(undefined, "SERVICE_UNAVAILABLE")).toEqual(["UNAVAILABLE", "INTERNAL"]);
  });
});

describe("applyServerError", () => {
  it("puts field errors under their fields, the first one focused, and returns null when all were placed", () => {
    const form = fakeForm({ name: "", admin: { username: "" } });
    const rest = applyServerError(
      form,
      answer({
        appCode: "VALIDATION",
        fieldErrors: [
          { path: "name", code: "REQUIRED" },
          { path: "admin.username", code: "TOO_LONG", params: { max: 64 } },
        ],
      }),
      {},
      message,
    );
    expect(rest).toBeNull();
    expect(form.errors).toEqual({
      name: { message: "REQUIRED", focus: true },
      "admin.username": { message: 'TOO_LONG({"max":64})', focus: false },
    });
  });

  it("maps API paths to form names, strips a prefix, and returns what no field shows", () => {
    const form = fakeForm({ time: "", timezone: "" });
    const rest = applyServerError(
      form,
      answer({
        appCode: "VALIDATION",
        fieldErrors: [
          { path: "startsAt", code: "REQUIRED" },
          { path: "settings.timezone", code: "REQUIRED" },
          { path: "doctorId", code: "TOO_LONG", params: { max: 1 } },
        ],
      }),
      { pathMap: { startsAt: "time" }, prefix: "settings." },
      message,
    );
    expect(Object.keys(form.errors)).toEqual(["time", "timezone"]);
    expect(rest).toBe('TOO_LONG({"max":1})');
  });

  it("only the listed fields when `fields` is given", () => {
    const form = fakeForm({ code: "X", startsOn: "" });
    const rest = applyServerError(
      form,
      answer({ appCode: "VALIDATION", fieldErrors: [{ path: "code", code: "REQUIRED" }] }),
      { fields: ["startsOn"] },
      message,
    );
    expect(form.errors).toEqual({});
    expect(rest).toBe("REQUIRED");
  });

  it("an error naming a field goes under it; a code can be sent to a field; the rest is the form's", () => {
    const form = fakeForm({ username: "", code: "" });
    expect(
      applyServerError(form, answer({ appCode: "USERNAME_TAKEN", field: "username", code: "CONFLICT" }), {}, message),
    ).toBeNull();
    expect(form.errors.username?.message).toBe("USERNAME_TAKEN");
    expect(
      applyServerError(
        form,
        answer({ appCode: "CONFLICT", code: "CONFLICT" }),
        { codeFields: { CONFLICT: "code" } },
        message,
      ),
    ).toBeNull();
    expect(form.errors.code?.message).toBe("CONFLICT");
    expect(
      applyServerError(form, answer({ appCode: "NO_SUCH_CODE", code: "INTERNAL_SERVER_ERROR" }), {}, message),
    ).toBe("INTERNAL");
  });
});

describe("currency digits", () => {
  it("follows ISO 4217 where Intl does not (IQD has 3)", () => {
    expect(currencyDigits("USD")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
    expect(currencyDigits("omr")).toBe(3);
    expect(currencyDigits("IQD")).toBe(3);
    expect(minorUnitScale("KWD")).toBe(1000);
    expect(currencyDigits("NOT A CURRENCY")).toBe(2);
  });
});
