// Hospital codes: ^[A-Z0-9]{3,16}$ everywhere (CLI, API, host, file path, database name). Checked on the raw input,
// before any case mapping: "ß".toUpperCase() is "SS", and look-alike letters must never become a valid code.
export const HOSPITAL_CODE_PATTERN = /^[A-Z0-9]{3,16}$/;
const ACCEPTED_INPUT = /^[A-Za-z0-9]{3,16}$/;

/** the canonical (upper-case) code, or null */
export function normalizeHospitalCode(input: unknown): string | null {
  if (typeof input !== "string" || !ACCEPTED_INPUT.test(input)) return null;
  return input.toUpperCase();
}

/** subdomains that are never a hospital's: a hospital can never be created with one of these as its code */
export const RESERVED_SUBDOMAINS = ["admin", "www", "api", "app", "static"] as const;

export function isReservedHospitalCode(code: string): boolean {
  return (RESERVED_SUBDOMAINS as readonly string[]).includes(code.toLowerCase());
}

/** a code already known valid, e.g. re-checked at a seam that builds a path or an identifier */
export function isCanonicalHospitalCode(code: string): boolean {
  return HOSPITAL_CODE_PATTERN.test(code);
}
