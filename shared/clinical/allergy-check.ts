// Does a drug conflict with a patient's recorded allergies? One pure check, used by prescribing (the server refuses
// with ALLERGY_CONFLICT unless the doctor gives an override reason; the form warns as the drug is typed) and, later,
// by pharmacy dispensing.
//   - An allergy is coded by its `allergen` (a class or ingredient key of shared/clinical/drug-classes.ts); an uncoded
//     allergy whose substance text names a class or ingredient of the list ("Penicillin", "بنسلين", "sulfa") counts
//     as coded by it.
//   - A drug's ingredients are the list's ingredients named in its text (name, Arabic name, brand), and their classes.
//   - Conflict: the same ingredient; or the same class (an allergy to amoxicillin forbids every penicillin); or, for
//     what the list does not know, the allergy's substance text found in the drug's text ("by name").
import { DRUG_CLASSES, type DrugClass } from "./drug-classes";

export type AllergyLike = { substance: string; reaction?: string; severity: string; allergen?: string | null };
export type AllergyConflict = {
  substance: string;
  severity: string;
  reaction: string;
  matchedBy: "ingredient" | "class" | "name";
  /** the class or ingredient key that matched (not for a match by name) */
  key?: string;
};

/** lower case, no diacritics or tatweel, Arabic letter variants folded, punctuation as spaces */
export function foldDrugText(s: string): string {
  return ` ${s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[إأآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

type Entry = { key: string; cls: DrugClass; names: string[] };
const INGREDIENTS: Entry[] = DRUG_CLASSES.flatMap((cls) =>
  cls.members.map((m) => ({
    key: m.key,
    cls,
    names: [m.en, m.ar, ...(m.aka ?? [])].map(foldDrugText),
  })),
);
const CLASS_NAMES = DRUG_CLASSES.map((cls) => {
  const names = [cls.en, cls.ar, cls.key.replace(/-/g, " ")];
  // "penicillins" is also written "penicillin"; "sulfonamides" "sulfa"
  if (cls.key === "sulfonamides") names.push("sulfa", "sulpha", "سلفا");
  if (cls.key === "nsaids") names.push("nsaid", "anti inflammatory");
  if (cls.key === "opioids") names.push("opioid", "opiate", "opiates");
  return { cls, names: names.map(foldDrugText) };
});

/** whole words: " amoxil " is in " amoxil 500 mg ", " pen " is not in " penicillin " */
const contains = (folded: string, name: string) => name.trim().length >= 3 && folded.includes(name);

/** the list's ingredients a free text names */
export function ingredientsIn(text: string): Entry[] {
  const folded = foldDrugText(text);
  return INGREDIENTS.filter((i) => i.names.some((n) => contains(folded, n)));
}

/** what an allergy is coded as: its allergen key, else the class or ingredients its substance text names */
function codedAs(a: AllergyLike): { classes: Set<string>; ingredients: Set<string> } {
  const classes = new Set<string>();
  const ingredients = new Set<string>();
  const add = (key: string) => {
    const cls = DRUG_CLASSES.find((c) => c.key === key);
    if (cls) return classes.add(cls.key);
    const ing = INGREDIENTS.find((i) => i.key === key);
    if (ing) {
      ingredients.add(ing.key);
      classes.add(ing.cls.key); // an allergy to one penicillin is an allergy to the class
    }
  };
  if (a.allergen) add(a.allergen);
  const folded = foldDrugText(a.substance);
  for (const { cls, names } of CLASS_NAMES) if (names.some((n) => contains(folded, n))) classes.add(cls.key);
  for (const i of INGREDIENTS) if (i.names.some((n) => contains(folded, n))) add(i.key);
  return { classes, ingredients };
}

/** every recorded allergy the drug conflicts with (empty: none) */
export function allergyConflicts(allergies: readonly AllergyLike[], drug: string): AllergyConflict[] {
  const inDrug = ingredientsIn(drug);
  const drugText = foldDrugText(drug);
  const out: AllergyConflict[] = [];
  for (const a of allergies) {
    const base = { substance: a.substance, severity: a.severity, reaction: a.reaction ?? "" };
    const coded = codedAs(a);
    const byIngredient = inDrug.find((i) => coded.ingredients.has(i.key));
    if (byIngredient) {
      out.push({ ...base, matchedBy: "ingredient", key: byIngredient.key });
      continue;
    }
    const byClass = inDrug.find((i) => coded.classes.has(i.cls.key));
    if (byClass) {
      out.push({ ...base, matchedBy: "class", key: byClass.cls.key });
      continue;
    }
    const substance = foldDrugText(a.substance);
    if (substance.trim().length >= 4 && (contains(drugText, substance) || contains(substance, drugText)))
      out.push({ ...base, matchedBy: "name" });
  }
  return out;
}
