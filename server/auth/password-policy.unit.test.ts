import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { PASSWORD_MAX, passwordProblem } from "./password-policy";

describe("password policy (NIST SP 800-63B)", () => {
  it.each([
    ["short", {}, /^PASSWORD_TOO_SHORT$/],
    ["elevenchars", {}, /^PASSWORD_TOO_SHORT$/],
    ["password1234", {}, /^PASSWORD_TOO_(COMMON|GUESSABLE)$/],
    ["qwertyuiopasdf", {}, /^PASSWORD_TOO_(COMMON|GUESSABLE)$/],
    ["123456789012", {}, /^PASSWORD_TOO_(COMMON|GUESSABLE|FEW_CHARACTERS)$/],
    ["aaaaaaaaaaaaaaaa", {}, /^PASSWORD_TOO_FEW_CHARACTERS$/],
    ["drsmith12345", { username: "drsmith" }, /^PASSWORD_PERSONAL$/],
    ["Smith-Smith-2026", { firstName: "Jane", lastName: "Smith" }, /^PASSWORD_(PERSONAL|TOO_COMMON|TOO_GUESSABLE)$/],
    ["CGH001cgh001!!", { hospitalCode: "CGH001" }, /^PASSWORD_PERSONAL$/],
    ["citygeneral2026", { hospitalName: "City General Hospital" }, /^PASSWORD_PERSONAL$/],
    ["x".repeat(PASSWORD_MAX + 1), {}, /^PASSWORD_TOO_LONG$/],
  ])("refuses %j", (password, ctx, code) => {
    expect(passwordProblem(password, ctx)?.code).toMatch(code);
  });

  it("names the limits it applies", () => {
    expect(passwordProblem("short")).toEqual({ code: "PASSWORD_TOO_SHORT", params: { min: 12 } });
    expect(passwordProblem("x".repeat(PASSWORD_MAX + 1))).toEqual({
      code: "PASSWORD_TOO_LONG",
      params: { max: PASSWORD_MAX },
    });
  });

  it.each([
    ["correct horse battery staple", {}],
    ["Harbour-Lantern-2026", { username: "doctor" }],
    ["x7!Kq2#mP9vL".repeat(6).slice(0, 64), {}], // 64 characters
    ["Long passphrase with spaces that is quite long indeed ".repeat(4).slice(0, 200), {}],
    ["كلمة سر طويلة جدا للاختبار", {}], // Arabic
    ["пароль-очень-длинный-2026", {}], // Cyrillic
    ["密码是很长的一句话用来测试", {}], // CJK, 13 characters
    ["🏥🩺💊🩹 hospital ward 7", {}], // emoji
  ])("accepts %j", (password, ctx) => {
    expect(passwordProblem(password, ctx)).toBeNull();
  });

  it("allows 8 characters when the user has MFA", () => {
    expect(passwordProblem("Tq7#kLm2", { mfaEnabled: true })).toBeNull();
    expect(passwordProblem("Tq7#kLm2", { mfaEnabled: false })).toEqual({
      code: "PASSWORD_TOO_SHORT",
      params: { min: 12 },
    });
  });

  it("has no composition rules: lower-case letters only is fine when long and uncommon", () => {
    expect(passwordProblem("marigold lantern harbour")).toBeNull();
  });

  it("hashes with argon2id and normalises Unicode (NFKC)", async () => {
    const hash = await hashPassword("Ｐａｓｓ-phrase-ﬁne-2026"); // full-width letters and a ligature
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "Pass-phrase-fine-2026")).toBe(true);
    expect(await verifyPassword(hash, "pass-phrase-fine-2026")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });
});
