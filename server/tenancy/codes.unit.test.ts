import { describe, expect, it } from "vitest";
import { hospitalCodeSchema } from "../../shared/hospitals/schemas";
import { assertHospitalCode, normalizeHospitalCode } from "./codes";

describe("hospital codes", () => {
  it.each(["CGH001", "cgh001", "ABC", "A234567890123456", "123"])("accepts %s", (code) => {
    expect(normalizeHospitalCode(code)).toBe(code.toUpperCase());
    expect(hospitalCodeSchema.parse(code)).toBe(code.toUpperCase());
  });

  it.each([
    ["../x", "path traversal"],
    ["A/B", "path separator"],
    ["A\\B", "backslash"],
    ["abc;drop", "SQL punctuation"],
    ["abc'--", "quote"],
    ['abc"x', "double quote"],
    ["AB", "2 characters"],
    ["A2345678901234567", "17 characters"],
    ["", "empty"],
    [" CGH001", "leading space"],
    ["CGH001\n", "newline"],
    ["CGH\u0000001", "NUL"],
    ["сgh001", "Cyrillic с look-alike"],
    ["CGH００1", "full-width digits"],
    ["straße", "ß (upper-cases to SS)"],
    ["ǅabc", "titlecase digraph"],
    ["ＣＧＨ001", "full-width letters"],
    ["CGH-001", "hyphen"],
    ["CGH_001", "underscore"],
  ])("refuses %j (%s) before any path or identifier is built", (code) => {
    expect(normalizeHospitalCode(code)).toBeNull();
    expect(() => assertHospitalCode(code)).toThrow(/Invalid hospital code/);
    expect(hospitalCodeSchema.safeParse(code).success).toBe(false);
  });

  it("refuses non-strings", () => {
    for (const v of [undefined, null, 42, {}, ["CGH001"]]) expect(normalizeHospitalCode(v)).toBeNull();
  });
});
