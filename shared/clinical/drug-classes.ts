// The shipped list of drug and allergen classes with their member ingredients, in English and Arabic, and common
// brand names seen in Gulf pharmacies. An allergy can be coded with a class key ("penicillins") or an ingredient key
// ("amoxicillin"); prescriptions are matched against it by ingredient, class or name (shared/clinical/allergy-check.ts).
// Pure data: safe in client components. Pharmacy dispensing and duplicate-therapy checks reuse it.

export type Ingredient = {
  key: string;
  en: string;
  ar: string;
  /** other names a prescriber may write: brands, salts, common misspellings (lower case) */
  aka?: string[];
};
export type DrugClass = { key: string; en: string; ar: string; members: Ingredient[] };

export const DRUG_CLASSES: DrugClass[] = [
  {
    key: "penicillins",
    en: "Penicillins",
    ar: "البنسلينات",
    members: [
      {
        key: "penicillin",
        en: "Penicillin",
        ar: "بنسلين",
        aka: ["penicillin v", "penicillin g", "benzylpenicillin", "phenoxymethylpenicillin", "benzathine"],
      },
      {
        key: "amoxicillin",
        en: "Amoxicillin",
        ar: "أموكسيسيلين",
        aka: ["amoxil", "amoxycillin", "augmentin", "co-amoxiclav", "moxypen"],
      },
      { key: "ampicillin", en: "Ampicillin", ar: "أمبيسيلين", aka: ["unasyn", "sulbactam"] },
      { key: "piperacillin", en: "Piperacillin", ar: "بيبراسيلين", aka: ["tazocin", "zosyn", "pip-tazo"] },
      { key: "cloxacillin", en: "Cloxacillin", ar: "كلوكساسيلين", aka: ["flucloxacillin", "dicloxacillin"] },
    ],
  },
  {
    key: "cephalosporins",
    en: "Cephalosporins",
    ar: "السيفالوسبورينات",
    members: [
      { key: "cefalexin", en: "Cefalexin", ar: "سيفالكسين", aka: ["cephalexin", "keflex"] },
      { key: "cefuroxime", en: "Cefuroxime", ar: "سيفوروكسيم", aka: ["zinnat", "zinacef"] },
      { key: "ceftriaxone", en: "Ceftriaxone", ar: "سيفترياكسون", aka: ["rocephin"] },
      { key: "cefixime", en: "Cefixime", ar: "سيفيكسيم", aka: ["suprax"] },
      { key: "cefazolin", en: "Cefazolin", ar: "سيفازولين" },
      { key: "ceftazidime", en: "Ceftazidime", ar: "سيفتازيديم", aka: ["fortum"] },
      { key: "cefepime", en: "Cefepime", ar: "سيفيبيم" },
    ],
  },
  {
    key: "sulfonamides",
    en: "Sulfonamides (sulfa antibiotics)",
    ar: "السلفوناميدات",
    members: [
      {
        key: "sulfamethoxazole",
        en: "Sulfamethoxazole",
        ar: "سلفاميثوكسازول",
        aka: ["co-trimoxazole", "cotrimoxazole", "bactrim", "septrin", "trimethoprim-sulfamethoxazole"],
      },
      { key: "sulfadiazine", en: "Sulfadiazine", ar: "سلفاديازين", aka: ["silver sulfadiazine"] },
      { key: "sulfasalazine", en: "Sulfasalazine", ar: "سلفاسالازين", aka: ["salazopyrin"] },
    ],
  },
  {
    key: "nsaids",
    en: "NSAIDs",
    ar: "مضادات الالتهاب غير الستيرويدية",
    members: [
      { key: "ibuprofen", en: "Ibuprofen", ar: "إيبوبروفين", aka: ["brufen", "advil", "nurofen"] },
      { key: "diclofenac", en: "Diclofenac", ar: "ديكلوفيناك", aka: ["voltaren", "cataflam"] },
      { key: "naproxen", en: "Naproxen", ar: "نابروكسين", aka: ["naprosyn"] },
      { key: "aspirin", en: "Aspirin", ar: "أسبرين", aka: ["acetylsalicylic acid", "aspocid", "jusprin"] },
      { key: "mefenamic-acid", en: "Mefenamic acid", ar: "حمض الميفيناميك", aka: ["ponstan"] },
      { key: "ketorolac", en: "Ketorolac", ar: "كيتورولاك", aka: ["toradol"] },
      { key: "celecoxib", en: "Celecoxib", ar: "سيليكوكسيب", aka: ["celebrex"] },
      { key: "indomethacin", en: "Indomethacin", ar: "إندوميثاسين" },
      { key: "meloxicam", en: "Meloxicam", ar: "ميلوكسيكام", aka: ["mobic"] },
    ],
  },
  {
    key: "opioids",
    en: "Opioids",
    ar: "الأفيونيات",
    members: [
      { key: "morphine", en: "Morphine", ar: "مورفين" },
      { key: "codeine", en: "Codeine", ar: "كودايين", aka: ["solpadeine", "co-codamol"] },
      { key: "tramadol", en: "Tramadol", ar: "ترامادول", aka: ["tramal", "ultram"] },
      { key: "fentanyl", en: "Fentanyl", ar: "فنتانيل" },
      { key: "oxycodone", en: "Oxycodone", ar: "أوكسيكودون" },
      { key: "pethidine", en: "Pethidine", ar: "بيثيدين", aka: ["meperidine", "demerol"] },
      { key: "hydromorphone", en: "Hydromorphone", ar: "هيدرومورفون" },
    ],
  },
  {
    key: "macrolides",
    en: "Macrolides",
    ar: "الماكروليدات",
    members: [
      { key: "azithromycin", en: "Azithromycin", ar: "أزيثرومايسين", aka: ["zithromax", "azomycin"] },
      { key: "clarithromycin", en: "Clarithromycin", ar: "كلاريثرومايسين", aka: ["klacid", "biaxin"] },
      { key: "erythromycin", en: "Erythromycin", ar: "إريثرومايسين" },
    ],
  },
  {
    key: "fluoroquinolones",
    en: "Fluoroquinolones",
    ar: "الفلوروكينولونات",
    members: [
      { key: "ciprofloxacin", en: "Ciprofloxacin", ar: "سيبروفلوكساسين", aka: ["cipro", "ciprobay"] },
      { key: "levofloxacin", en: "Levofloxacin", ar: "ليفوفلوكساسين", aka: ["tavanic", "levaquin"] },
      { key: "moxifloxacin", en: "Moxifloxacin", ar: "موكسيفلوكساسين", aka: ["avelox"] },
      { key: "ofloxacin", en: "Ofloxacin", ar: "أوفلوكساسين" },
    ],
  },
  {
    key: "tetracyclines",
    en: "Tetracyclines",
    ar: "التتراسيكلينات",
    members: [
      { key: "doxycycline", en: "Doxycycline", ar: "دوكسيسيكلين", aka: ["vibramycin"] },
      { key: "tetracycline", en: "Tetracycline", ar: "تتراسيكلين" },
      { key: "minocycline", en: "Minocycline", ar: "مينوسيكلين" },
    ],
  },
  {
    key: "ace-inhibitors",
    en: "ACE inhibitors",
    ar: "مثبطات الإنزيم المحول للأنجيوتنسين",
    members: [
      { key: "lisinopril", en: "Lisinopril", ar: "ليسينوبريل", aka: ["zestril"] },
      { key: "enalapril", en: "Enalapril", ar: "إنالابريل", aka: ["renitec"] },
      { key: "captopril", en: "Captopril", ar: "كابتوبريل", aka: ["capoten"] },
      { key: "ramipril", en: "Ramipril", ar: "راميبريل", aka: ["tritace"] },
      { key: "perindopril", en: "Perindopril", ar: "بيريندوبريل", aka: ["coversyl"] },
    ],
  },
  {
    key: "anticonvulsants-aromatic",
    en: "Aromatic anticonvulsants",
    ar: "مضادات الاختلاج العطرية",
    members: [
      { key: "carbamazepine", en: "Carbamazepine", ar: "كاربامازيبين", aka: ["tegretol"] },
      { key: "phenytoin", en: "Phenytoin", ar: "فينيتوين", aka: ["epanutin", "dilantin"] },
      { key: "lamotrigine", en: "Lamotrigine", ar: "لاموتريجين", aka: ["lamictal"] },
      { key: "phenobarbital", en: "Phenobarbital", ar: "فينوباربيتال" },
    ],
  },
  {
    key: "statins",
    en: "Statins",
    ar: "الستاتينات",
    members: [
      { key: "atorvastatin", en: "Atorvastatin", ar: "أتورفاستاتين", aka: ["lipitor"] },
      { key: "simvastatin", en: "Simvastatin", ar: "سيمفاستاتين", aka: ["zocor"] },
      { key: "rosuvastatin", en: "Rosuvastatin", ar: "روسوفاستاتين", aka: ["crestor"] },
    ],
  },
  {
    key: "iodinated-contrast",
    en: "Iodinated contrast media",
    ar: "الصبغات اليودية",
    members: [
      { key: "iohexol", en: "Iohexol", ar: "يوهكسول", aka: ["omnipaque"] },
      { key: "iopamidol", en: "Iopamidol", ar: "يوباميدول", aka: ["isovue", "iopamiro"] },
      { key: "iodixanol", en: "Iodixanol", ar: "يوديكسانول", aka: ["visipaque"] },
      {
        key: "contrast-iodinated",
        en: "Iodinated contrast",
        ar: "صبغة يودية",
        aka: ["contrast", "iodine contrast", "ct contrast"],
      },
    ],
  },
  {
    key: "latex",
    en: "Latex",
    ar: "اللاتكس",
    members: [{ key: "natural-rubber-latex", en: "Latex", ar: "لاتكس", aka: ["natural rubber latex", "latex gloves"] }],
  },
  {
    key: "local-anaesthetics-amide",
    en: "Local anaesthetics (amide)",
    ar: "المخدرات الموضعية (الأميدية)",
    members: [
      { key: "lidocaine", en: "Lidocaine", ar: "ليدوكايين", aka: ["lignocaine", "xylocaine"] },
      { key: "bupivacaine", en: "Bupivacaine", ar: "بوبيفاكايين", aka: ["marcaine"] },
    ],
  },
  {
    key: "heparins",
    en: "Heparins",
    ar: "الهيبارينات",
    members: [
      { key: "heparin", en: "Heparin", ar: "هيبارين" },
      { key: "enoxaparin", en: "Enoxaparin", ar: "إنوكسابارين", aka: ["clexane", "lovenox"] },
    ],
  },
];

/** every class and ingredient key, for the allergy form's coded allergen and for validation */
export const ALLERGEN_KEYS: string[] = DRUG_CLASSES.flatMap((c) => [c.key, ...c.members.map((m) => m.key)]);

/** the display name of a class or ingredient key in a language, or undefined for an unknown key */
export function allergenName(key: string, locale: "en" | "ar"): string | undefined {
  for (const c of DRUG_CLASSES) {
    if (c.key === key) return c[locale];
    const m = c.members.find((i) => i.key === key);
    if (m) return m[locale];
  }
  return undefined;
}
