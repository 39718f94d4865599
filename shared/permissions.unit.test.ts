// The permissions table is the only place that says which role may do what: no other source file may carry a list
// of roles, and the table answers the questions the app asks of it (areas, module switches, plan features).
import { execSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { HOSPITAL_ROLES } from "./enums";
import { ar, en } from "./i18n/messages";
import { MODULE_KEYS } from "./hospitals/settings-schema";
import {
  AREAS,
  PERMISSION_NAMES,
  PERMISSIONS,
  can,
  canUseArea,
  permissionsByArea,
  refusal,
  rolesWith,
  visibleAreas,
} from "./permissions";

const allOn = Object.fromEntries(MODULE_KEYS.map((m) => [m, true]));
const everywhere = { modules: allOn, plan: "ENTERPRISE" };

/** files allowed to name several roles together: the table itself and the list of roles */
const ALLOWED = new Set(["shared/permissions.ts", "shared/enums.ts", "shared/permissions.unit.test.ts"]);
const ROLE = `["'](?:${HOSPITAL_ROLES.join("|")})["']`;
/** two role names in one expression: an array of roles, or `role === "A" || role === "B"` */
const ROLE_LIST = new RegExp(`${ROLE}[^;{}()]{0,40}?${ROLE}|${ROLE}\\s*\\)?\\s*(?:\\|\\||&&)[^;{}]{0,40}?${ROLE}`, "s");

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("the permissions table", () => {
  it("is the only place in the code that lists roles", () => {
    const files = execSync("git ls-files --cached --others --exclude-standard -- '*.ts' '*.tsx'", {
      encoding: "utf8",
    })
      .split("\n")
      .filter((f) => f && !ALLOWED.has(f) && !f.startsWith("db/migrations/") && fs.existsSync(f));
    const offenders = files.filter((f) => ROLE_LIST.test(stripComments(fs.readFileSync(f, "utf8"))));
    expect(offenders, "ask shared/permissions.ts (can, permits, rolesWith) instead of listing roles").toEqual([]);
  });

  it("the check itself finds role lists", () => {
    expect(ROLE_LIST.test(`const x = ["ADMIN", "NURSE"];`)).toBe(true);
    expect(ROLE_LIST.test(`if (role === "DOCTOR" || role === "NURSE") go();`)).toBe(true);
    expect(ROLE_LIST.test(`const doctor = role === "DOCTOR";`)).toBe(false);
  });

  it("names permissions in hospital words, each for at least one role", () => {
    for (const p of PERMISSION_NAMES) {
      expect(p).toMatch(/^[a-z]+(\.[a-z][A-Za-z]*)+$/);
      expect(rolesWith(p).length, p).toBeGreaterThan(0);
    }
    for (const needed of [
      "patient.read",
      "patient.register",
      "appointment.book",
      "encounter.sign",
      "prescription.write",
      "settings.manage",
      "staff.manage",
      "audit.read",
      "lab.order",
      "lab.result.enter",
      "lab.result.verify",
      "radiology.report",
      "pharmacy.dispense",
      "stock.manage",
      "billing.invoice",
      "billing.payment",
      "bed.admit",
      "report.read",
      "report.custom",
    ]) {
      expect(PERMISSION_NAMES).toContain(needed);
    }
  });

  it("opens to each role the areas it has always had", () => {
    expect(Object.fromEntries(HOSPITAL_ROLES.map((r) => [r, visibleAreas(r, everywhere)]))).toEqual({
      ADMIN: [...AREAS],
      DOCTOR: [
        "dashboard",
        "patients",
        "appointments",
        "emr",
        "laboratory",
        "pharmacy",
        "inpatient",
        "radiology",
        "reports",
      ],
      NURSE: ["dashboard", "patients", "appointments", "emr", "laboratory", "inpatient"],
      RECEPTIONIST: ["dashboard", "patients", "appointments", "billing", "inpatient"],
      PHARMACIST: ["dashboard", "patients", "pharmacy"],
      LAB_TECHNICIAN: ["dashboard", "patients", "laboratory"],
      RADIOLOGIST: ["dashboard", "patients", "radiology"],
      ACCOUNTANT: ["dashboard", "patients", "billing", "reports"],
    });
  });

  it("refuses by role first, then by module switch, then by plan", () => {
    expect(refusal("NURSE", "encounter.sign", everywhere)).toBe("FORBIDDEN");
    expect(refusal("DOCTOR", "encounter.sign", everywhere)).toBeNull();
    expect(refusal("DOCTOR", "encounter.sign", { modules: { ...allOn, emr: false }, plan: "ENTERPRISE" })).toBe(
      "MODULE_DISABLED",
    );
    expect(refusal("NURSE", "bed.admit", { modules: allOn, plan: "BASIC" })).toBe("PLAN_FEATURE");
    expect(refusal("ADMIN", "report.custom", { modules: allOn, plan: "BASIC" })).toBe("PLAN_FEATURE");
    expect(refusal("ADMIN", "report.custom", { modules: allOn, plan: "PROFESSIONAL" })).toBeNull();
    expect(canUseArea("ADMIN", "inpatient", { modules: allOn, plan: "TRIAL" })).toBe(false);
    expect(can("ADMIN", "settings.manage")).toBe(true);
  });

  it("has a name in English and Arabic for every permission (the settings page shows them)", () => {
    for (const p of PERMISSION_NAMES) {
      const key = p.replaceAll(".", "_");
      expect((en.permissions.names as Record<string, string>)[key], `en ${p}`).toBeTruthy();
      expect((ar.permissions.names as Record<string, string>)[key], `ar ${p}`).toBeTruthy();
    }
    expect(Object.keys(en.permissions.names).length).toBe(PERMISSION_NAMES.length);
  });

  it("groups every permission under an area for the settings page", () => {
    const grouped = permissionsByArea().flatMap((g) => g.permissions);
    expect(grouped.sort()).toEqual([...PERMISSION_NAMES].sort());
    expect(Object.keys(PERMISSIONS).length).toBe(PERMISSION_NAMES.length);
  });
});
