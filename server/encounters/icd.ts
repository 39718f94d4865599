// Search over the bundled ICD-10 list: code prefix first, then words of the title.
import { ICD10 } from "./icd10-data";

const byCode = new Map(ICD10.map(([code, title]) => [code, title]));
const folded = ICD10.map(([code, title]) => ({ code, title, haystack: `${code} ${title}`.toLowerCase() }));

export function icdTitle(code: string): string | undefined {
  return byCode.get(code.toUpperCase());
}

export function searchIcd(query: string, limit = 20): Array<{ code: string; title: string }> {
  const q = query.trim().toLowerCase();
  if (!q) return folded.slice(0, limit).map(({ code, title }) => ({ code, title }));
  const words = q.split(/\s+/);
  const codeHits = folded.filter((e) => e.code.toLowerCase().startsWith(q));
  const titleHits = folded.filter(
    (e) => !e.code.toLowerCase().startsWith(q) && words.every((w) => e.haystack.includes(w)),
  );
  return [...codeHits, ...titleHits].slice(0, limit).map(({ code, title }) => ({ code, title }));
}
