// AppError speaks catalogue codes: its message is the English text of the code with its parameters, and zod's
// messages on the server are the English text of the issue's code.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, englishText } from "./errors";
import { patientFieldsSchema } from "../shared/patients/schemas";
import { vitalsSchema } from "../shared/encounters/schemas";

describe("AppError", () => {
  it("VALIDATION of one field: `path: text`, with the field's code in fieldErrors", () => {
    const err = new AppError("VALIDATION", { field: "x", fieldCode: "TOO_LONG", params: { max: 5 } });
    expect(err.message).toBe("x: At most 5 characters");
    expect(err.code).toBe("VALIDATION");
    expect(err.trpcCode).toBe("BAD_REQUEST");
    expect(err.field).toBe("x");
    expect(err.fieldErrors).toEqual([{ path: "x", code: "TOO_LONG", params: { max: 5 } }]);
  });

  it("VALIDATION of several fields joins them", () => {
    const err = new AppError("VALIDATION", {
      fieldErrors: [
        { path: "a", code: "REQUIRED" },
        { path: "b", code: "TOO_SHORT", params: { min: 3 } },
      ],
    });
    expect(err.message).toBe("a: Required; b: At least 3 characters");
    expect(err.field).toBe("a");
  });

  it("a specific code renders its parameters and keeps its tRPC code", () => {
    const err = new AppError("DEPARTMENT_CODE_TAKEN", { field: "code", params: { code: "ER" } });
    expect(err.message).toBe('Another department of this hospital already has the code "ER"');
    expect(err.trpcCode).toBe("CONFLICT");
    expect(err.field).toBe("code");
    expect(err.fieldErrors).toBeUndefined();
    expect(new AppError("LIMIT_REACHED", { params: { plan: "TRIAL", limit: 100 } }).message).toMatch(
      /^The TRIAL plan allows 100 patients /,
    );
    expect(new AppError("HOSPITAL_SETUP_INCOMPLETE", { params: { code: "X1Y" } }).trpcCode).toBe("PRECONDITION_FAILED");
    expect(new AppError("READ_ONLY").message).toMatch(/subscription has expired/);
  });

  it("selects and plurals of the catalogue render in English", () => {
    expect(englishText("STATUS_MOVE_NOT_ALLOWED", { from: "CHECKED_IN", to: "SCHEDULED" })).toBe(
      "A checked-in appointment cannot become scheduled",
    );
    expect(englishText("REGISTRATION_THROTTLED", { minutes: 1 })).toMatch(/Try again in 1 minute\.$/);
    expect(englishText("VITAL_OUT_OF_RANGE", { vital: "pulse", min: 20, max: 250 })).toBe(
      "Pulse must be between 20 and 250 /min",
    );
  });

  it("keeps the cause for the logs", () => {
    const cause = new Error("disk full");
    expect(new AppError("UNAVAILABLE", { cause }).cause).toBe(cause);
  });
});

describe("zod messages on the server", () => {
  it("are the English text of each issue's code", () => {
    const r = z.object({ name: z.string().max(3) }).safeParse({ name: "abcd" });
    expect(r.error!.issues[0]!.message).toBe("At most 3 characters");
  });

  it("a missing field reads Required, and the final issue keeps the code (the answer's fieldErrors)", () => {
    const r = z.object({ name: z.string() }).safeParse({});
    const issue = r.error!.issues[0]!;
    expect(issue.message).toBe("Required");
    expect((issue as { params?: Record<string, unknown> }).params).toMatchObject({ code: "REQUIRED" });
  });

  it("refinements read their own code's text", () => {
    const dob = patientFieldsSchema.shape.dateOfBirth.safeParse("2025-02-30");
    expect(dob.error!.issues[0]!.message).toBe("Not a valid date");
    const vitals = vitalsSchema.safeParse({ encounterId: crypto.randomUUID(), systolic: 300, diastolic: 80 });
    expect(vitals.error!.issues.map((i) => i.message)).toEqual(["Systolic pressure must be between 50 and 260 mmHg"]);
  });
});
