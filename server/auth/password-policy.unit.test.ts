import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { PASSWORD_MAX, passwordProblem } from "./password-policy";

describe("password policy (NIST SP 800-63B)", () => {
  it.each([
    ["short", {}, /at least 12/],
    ["elevenchars", {}, /at least 12/],
    ["password1234", {}, /too (common|easy)/],
    ["qwertyuiopasdf", {}, /too (common|easy)/],
    ["123456789012", {}, /too (common|easy)|distinct/],
    ["aaaaaaaaaaaaaaaa", {}, /distinct/],
    ["drsmith12345", { username: "drsmith" }, /name, username or hospital/],
    ["Smith-Smith-2026", { firstName: "Jane", lastName: "Smith" }, /name, username|too/],
    ["CGH001cgh001!!", { hospitalCode: "CGH001" }, /name, username or hospital/],
    ["citygeneral2026", { hospitalName: "City General Hospital" }, /name, username or hospital/],
    ["x".repeat(PASSWORD_MAX + 1), {}, /at most/],
  ])("refuses %j", (password, ctx, message) => {
    expect(passwordProblem(password, ctx)).toMatch(message);
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
    expect(passwordProblem("Tq7#kLm2", { mfaEnabled: false })).toMatch(/at least 12/);
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
