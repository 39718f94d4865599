// How patient names become search keys: lower case, accents folded, split into words.

export function foldForSearch(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

export function nameTerms(...names: string[]): string[] {
  const terms = new Set<string>();
  for (const n of names) for (const w of foldForSearch(n).split(/[^\p{L}\p{N}]+/u)) if (w) terms.add(w.slice(0, 60));
  return [...terms];
}

export function sortName(lastName: string, firstName: string): string {
  return foldForSearch(`${lastName} ${firstName}`).slice(0, 200);
}

/** the first string after every string that starts with `prefix` (code-point order = byte order) */
export function prefixUpperBound(prefix: string): string {
  const cps = [...prefix];
  const last = cps.pop()!;
  return cps.join("") + String.fromCodePoint(last.codePointAt(0)! + 1);
}

/** Arabic-Indic and Persian digits as ASCII ones: "٩١٢٣" is typed as often as "9123" */
export const asciiDigits = (s: string) =>
  s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const cp = d.codePointAt(0)!;
    return String(cp >= 0x06f0 ? cp - 0x06f0 : cp - 0x0660);
  });

export const phoneDigits = (phone: string) => asciiDigits(phone).replace(/\D/g, "").slice(0, 30);

/** a string backwards: suffix searches become prefix searches (an index range) on a reversed column */
export const reversed = (s: string) => [...s].reverse().join("");

/** the search keys of a patient row derived from its phone and MRN */
export const patientSearchKeys = (row: { phone: string; mrn?: string }) => ({
  phoneDigits: phoneDigits(row.phone),
  phoneDigitsReversed: reversed(phoneDigits(row.phone)),
  ...(row.mrn !== undefined ? { mrnReversed: reversed(row.mrn) } : {}),
});
