import { describe, expect, it } from "vitest";
import { ALLERGEN_KEYS, DRUG_CLASSES } from "./drug-classes";
import { allergyConflicts, foldDrugText, ingredientsIn } from "./allergy-check";

const penicillin = { substance: "Penicillin", reaction: "Anaphylaxis", severity: "SEVERE" };

describe("the drug class list", () => {
  it("has unique keys, English and Arabic names for every class and ingredient", () => {
    expect(new Set(ALLERGEN_KEYS).size).toBe(ALLERGEN_KEYS.length);
    for (const c of DRUG_CLASSES) {
      expect(c.en && c.ar, c.key).toBeTruthy();
      for (const m of c.members) expect(m.en && /[\u0600-\u06ff]/.test(m.ar), m.key).toBeTruthy();
    }
    const keys = DRUG_CLASSES.map((c) => c.key);
    for (const wanted of ["penicillins", "cephalosporins", "sulfonamides", "nsaids", "opioids", "macrolides"])
      expect(keys).toContain(wanted);
    for (const wanted of ["fluoroquinolones", "ace-inhibitors", "iodinated-contrast", "latex"])
      expect(keys).toContain(wanted);
  });
});

describe("allergy conflicts", () => {
  it("an uncoded 'Penicillin' allergy blocks Amoxicillin, Penicillin V and Augmentin by class or ingredient", () => {
    expect(allergyConflicts([penicillin], "Amoxicillin 500 mg")).toEqual([
      expect.objectContaining({ substance: "Penicillin", matchedBy: "class", key: "penicillins" }),
    ]);
    expect(allergyConflicts([penicillin], "Penicillin V")[0]).toMatchObject({ matchedBy: "ingredient" });
    expect(allergyConflicts([penicillin], "AUGMENTIN 1g")[0]).toMatchObject({ matchedBy: "class" });
    expect(allergyConflicts([penicillin], "Paracetamol")).toEqual([]);
    expect(allergyConflicts([penicillin], "Azithromycin")).toEqual([]);
  });

  it("a coded allergen: an ingredient forbids its class; a class forbids every member", () => {
    const amox = { substance: "the antibiotic from last year", severity: "MODERATE", allergen: "amoxicillin" };
    expect(allergyConflicts([amox], "Piperacillin/tazobactam")[0]).toMatchObject({ matchedBy: "class" });
    expect(allergyConflicts([amox], "Amoxil")[0]).toMatchObject({ matchedBy: "ingredient", key: "amoxicillin" });
    const nsaid = { substance: "painkillers", severity: "SEVERE", allergen: "nsaids" };
    expect(allergyConflicts([nsaid], "Brufen 400")[0]).toMatchObject({ matchedBy: "class", key: "nsaids" });
    expect(allergyConflicts([nsaid], "Paracetamol 1 g")).toEqual([]);
  });

  it("Arabic names and spellings are matched", () => {
    expect(allergyConflicts([{ substance: "بنسلين", severity: "SEVERE" }], "Amoxicillin")[0]).toMatchObject({
      matchedBy: "class",
    });
    expect(allergyConflicts([penicillin], "أموكسيسيلين ٥٠٠")[0]).toMatchObject({ matchedBy: "class" });
    expect(foldDrugText("إيبوبروفين")).toBe(foldDrugText("ايبوبروفين"));
    expect(allergyConflicts([{ substance: "Sulfa drugs", severity: "MILD" }], "Co-trimoxazole")[0]).toMatchObject({
      matchedBy: "class",
      key: "sulfonamides",
    });
  });

  it("what the list does not know matches by name, as whole words", () => {
    const odd = { substance: "Zyxomab", severity: "SEVERE" };
    expect(allergyConflicts([odd], "zyxomab 10 mg")[0]).toMatchObject({ matchedBy: "name" });
    expect(allergyConflicts([{ substance: "Pen", severity: "MILD" }], "Penicillin")).toEqual([]);
    expect(ingredientsIn("Cefalexin").map((i) => i.key)).toEqual(["cefalexin"]);
  });
});
