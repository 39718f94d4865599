// Password policy after NIST SP 800-63B §3.1.1.2: length (12, or 8 with MFA), at least 64 accepted, any characters,
// no composition rules, no forced rotation; refuse passwords that are common or derived from the account's own
// names (zxcvbn-ts with its common and English dictionaries, the user's details as extra words).
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import type { ErrorParams, FieldErrorCode } from "@/shared/errors";
import { PASSWORD_MAX } from "@/shared/users/schemas";

export const PASSWORD_MIN = 12;
export const PASSWORD_MIN_WITH_MFA = 8;
/** NIST: verifiers should permit at least 64 characters; we allow 256 (PASSWORD_MAX, shared with the forms) */
export { PASSWORD_MAX };

let factory: ZxcvbnFactory | null = null;
function zxcvbn() {
  factory ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return factory;
}

export type PasswordContext = {
  username?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  hospitalName?: string;
  hospitalCode?: string;
  mfaEnabled?: boolean;
};

/** NFKC, as NIST asks, so the same password typed on two keyboards hashes the same */
export function normalizePassword(password: string): string {
  return password.normalize("NFKC");
}

const words = (s: string | undefined) =>
  (s ?? "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);

/** why a password is refused: a field code of the catalogue (shared/errors.ts), with its parameters */
export type PasswordProblem = {
  code: Extract<
    FieldErrorCode,
    | "PASSWORD_TOO_SHORT"
    | "PASSWORD_TOO_LONG"
    | "PASSWORD_TOO_FEW_CHARACTERS"
    | "PASSWORD_PERSONAL"
    | "PASSWORD_TOO_COMMON"
    | "PASSWORD_TOO_GUESSABLE"
  >;
  params?: ErrorParams;
};

/** null when acceptable, otherwise the reason, as a code whose text a user can act on */
export function passwordProblem(raw: string, ctx: PasswordContext = {}): PasswordProblem | null {
  const password = normalizePassword(raw);
  const length = [...password].length;
  const min = ctx.mfaEnabled ? PASSWORD_MIN_WITH_MFA : PASSWORD_MIN;
  if (length < min) return { code: "PASSWORD_TOO_SHORT", params: { min } };
  if (length > PASSWORD_MAX) return { code: "PASSWORD_TOO_LONG", params: { max: PASSWORD_MAX } };
  if (new Set(password).size < 4) return { code: "PASSWORD_TOO_FEW_CHARACTERS" };

  const lower = password.toLowerCase();
  const personal = [
    ...words(ctx.username),
    ...words(ctx.email?.split("@")[0]),
    ...words(ctx.firstName),
    ...words(ctx.lastName),
    ...words(ctx.hospitalName),
    ...words(ctx.hospitalCode),
  ].filter((w) => !["hospital", "clinic", "general", "medical", "center", "centre", "the"].includes(w));
  const joined = (...parts: Array<string | undefined>) =>
    parts
      .join("")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "");
  const hospitalCore = (ctx.hospitalName ?? "").replace(/\b(hospital|clinic|medical|center|centre|the)\b/gi, "");
  for (const whole of [
    joined(ctx.hospitalName),
    joined(hospitalCore),
    joined(ctx.firstName, ctx.lastName),
    joined(ctx.lastName, ctx.firstName),
  ]) {
    if (whole.length >= 3) personal.push(whole);
  }
  const compact = lower.replace(/[^\p{L}\p{N}]+/gu, "");
  for (const w of new Set(personal)) {
    // the password is mostly one of the user's own words (e.g. username + digits)
    if (compact.includes(w) && w.length >= compact.length / 2) return { code: "PASSWORD_PERSONAL" };
  }

  // Long passphrases are not checked against guessability beyond this: NIST favours length over complexity.
  const result = zxcvbn().check(password.slice(0, 100), personal);
  // with a second factor a shorter password is acceptable (NIST: 8), so the guessability bar is one step lower
  if (result.score < (ctx.mfaEnabled ? 2 : 3)) {
    const exact = result.sequence.length === 1 && result.sequence[0]?.pattern === "dictionary";
    return { code: exact ? "PASSWORD_TOO_COMMON" : "PASSWORD_TOO_GUESSABLE" };
  }
  return null;
}
