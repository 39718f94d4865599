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

export const phoneDigits = (phone: string) => phone.replace(/\D/g, "").slice(0, 30);
