// Issue flow: the receptionist registers a patient and books; the doctor finds the appointment in the calendar,
// opens the encounter, records vitals, a diagnosis and a prescription, signs; the chart shows it all, and the
// access log shows who opened the chart.
import { expect, test, type Page } from "@playwright/test";
import { en } from "../shared/i18n/messages";
import { authFile } from "./env";
import { demoUrl, open } from "./helpers";

const p = en.patients;
const ap = en.appointments;
const enc = en.encounters;

/** the first date, from tomorrow on, on which the doctor has free times; picks the first one */
async function pickFreeTime(page: Page): Promise<string> {
  const dialog = page.getByRole("dialog");
  const dateInput = dialog.getByLabel(ap.book.date);
  const start = await dateInput.getAttribute("min");
  for (let i = 1; i <= 10; i++) {
    const d = new Date(`${start}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    const date = d.toISOString().slice(0, 10);
    await dateInput.fill(date);
    const free = dialog.getByRole("group", { name: ap.book.freeTimes }).getByRole("button");
    try {
      await expect(free.first()).toBeVisible({ timeout: 5_000 });
    } catch {
      continue;
    }
    await free.first().click();
    return date;
  }
  throw new Error("no free time in the next ten days");
}

test("reception registers and books; the doctor sees, charts, prescribes and signs; the chart and access log show it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const last = `Quill${Date.now().toString(36).slice(-6)}`;
  const fullName = `Amira ${last}`;

  // — reception —
  const receptionCtx = await browser.newContext({ storageState: authFile("reception") });
  const reception = await receptionCtx.newPage();
  await open(reception, `${demoUrl}/patients/new`);
  await reception.getByLabel(p.firstName).fill("Amira");
  await reception.getByLabel(p.lastName).fill(last);
  await reception.getByLabel(p.dateOfBirth).fill("1988-04-12");
  await reception.getByLabel(p.gender).selectOption("F");
  await reception
    .getByRole("textbox", { name: p.phone, exact: true })
    .first()
    .fill(`+968 9${Date.now().toString().slice(-7)}`);
  await reception.getByRole("button", { name: p.save, exact: true }).click();
  await expect(reception).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  const patientUrl = reception.url();
  await expect(reception.getByRole("heading", { name: new RegExp(fullName) })).toBeVisible();

  await open(reception, `${demoUrl}/appointments`);
  await reception.getByRole("button", { name: ap.book.open }).click();
  const dialog = reception.getByRole("dialog");
  await dialog.getByLabel(ap.book.patient).fill(last);
  await dialog
    .getByRole("option", { name: new RegExp(last) })
    .first()
    .click();
  await dialog.getByLabel(ap.book.doctor).selectOption({ index: 1 });
  await dialog.getByLabel(ap.book.reason).fill("Persistent cough for two weeks");
  const date = await pickFreeTime(reception);
  await dialog.getByRole("button", { name: ap.book.submit, exact: true }).click();
  const booked = reception.getByText(/Appointment DEMO001-APT-\d{8}-\d{4} booked/);
  await expect(booked).toBeVisible();
  const number = ((await booked.textContent()) ?? "").match(/DEMO001-APT-\d{8}-\d{4}/)![0];
  // the patient arrives: confirm and check in from the appointment's details
  await reception.getByRole("button", { name: ap.book.view }).click();
  const sheet = reception.getByRole("dialog");
  await expect(sheet.getByText(fullName)).toBeVisible();
  await sheet.getByRole("button", { name: ap.action.CONFIRMED, exact: true }).click();
  await expect(sheet.getByRole("button", { name: ap.action.CHECKED_IN, exact: true })).toBeVisible();
  await sheet.getByRole("button", { name: ap.action.CHECKED_IN, exact: true }).click();
  await expect(sheet.getByTestId("appointment-history").getByText(ap.status.CHECKED_IN)).toBeVisible();
  await receptionCtx.close();

  // — doctor —
  const doctorCtx = await browser.newContext({ storageState: authFile("doctor") });
  const doctor = await doctorCtx.newPage();
  await open(doctor, `${demoUrl}/appointments`);
  await doctor.getByRole("tab", { name: ap.tabCalendar }).click();
  await doctor.getByLabel(ap.calendar.goTo).fill(date);
  const block = doctor.getByRole("button", { name: new RegExp(fullName) });
  await expect(block).toBeVisible();
  await doctor.screenshot({ path: ".tmp/screenshots/doctor-calendar.png" });
  await block.click();
  await doctor.getByRole("dialog").getByRole("button", { name: ap.details.startEncounter }).click();
  await expect(doctor).toHaveURL(/\/encounters\/[0-9a-f-]{36}$/);
  const encounterUrl = doctor.url();

  const vitals = doctor.getByRole("form", { name: enc.recordVitals });
  await vitals.getByLabel(enc.systolic).fill("128");
  await vitals.getByLabel(enc.diastolic).fill("82");
  await vitals.getByLabel(enc.pulse).fill("76");
  await vitals.getByLabel(enc.temperatureC).fill("37.4");
  await vitals.getByLabel(enc.spo2).fill("97");
  await vitals.getByLabel(enc.heightCm).fill("165");
  await vitals.getByLabel(enc.weightKg).fill("62");
  await vitals.getByRole("button", { name: enc.recordVitals }).click();
  await expect(doctor.getByText(enc.vitalsSaved, { exact: true })).toBeVisible();
  await expect(doctor.getByTestId("vital-bp")).toHaveText("128/82");
  await expect(doctor.getByTestId("vital-bmi")).toHaveText("22.8"); // BMI 62 / 1.65² = 22.77

  await doctor.getByLabel(enc.subjective).fill("Dry cough for two weeks, worse at night. <script>alert(1)</script>");
  await doctor.getByLabel(enc.assessment).fill("Acute upper respiratory infection");
  await doctor.getByRole("button", { name: enc.saveNote }).click();
  await expect(doctor.getByText(enc.noteSaved, { exact: true })).toBeVisible();

  await doctor.getByRole("textbox", { name: enc.diagnosisSearch }).fill("J06");
  await doctor.getByRole("option", { name: /J06\.9/ }).click();
  await expect(doctor.getByText(enc.diagnosisAdded, { exact: true })).toBeVisible();

  const rx = doctor.getByRole("form", { name: enc.prescribe });
  await rx.getByLabel(enc.drug).fill("Amoxicillin");
  await rx.getByLabel(enc.dose).fill("500 mg");
  await rx.getByLabel(enc.frequency).fill("Three times a day");
  await rx.getByLabel(enc.durationDays).fill("7");
  await rx.getByRole("button", { name: enc.prescribe }).click();
  await expect(doctor.getByText(enc.prescribed, { exact: true })).toBeVisible();
  await expect(doctor.getByRole("cell", { name: "Amoxicillin", exact: true })).toBeVisible();

  await doctor.getByRole("button", { name: enc.sign }).click();
  await doctor.getByRole("alertdialog").getByRole("button", { name: enc.sign }).click();
  await expect(doctor.getByText(enc.readOnly)).toBeVisible();
  await expect(doctor.getByRole("button", { name: enc.recordVitals })).toHaveCount(0);
  await doctor.screenshot({ path: ".tmp/screenshots/encounter-signed.png", fullPage: true });

  // the chart shows the encounter with its diagnosis; the doctor's visit is in "who opened this chart"
  await open(doctor, patientUrl);
  await expect(doctor.getByRole("heading", { name: new RegExp(fullName) })).toBeVisible();
  await doctor.getByRole("tab", { name: p.encounters }).click();
  await expect(doctor.getByText("J06.9").first()).toBeVisible();
  await expect(doctor.locator(`a[href="${new URL(encounterUrl).pathname}"]`).first()).toBeVisible();
  await doctor.getByRole("tab", { name: p.appointments }).click();
  await expect(doctor.getByText(number)).toBeVisible();
  await doctor.getByRole("tab", { name: p.whoOpened }).click();
  const access = doctor.getByTestId("chart-access");
  await expect(
    access.getByRole("row").filter({ hasText: "reception" }).filter({ hasText: "patient.create" }),
  ).toBeVisible();
  await expect(
    access.getByRole("row").filter({ hasText: "doctor" }).filter({ hasText: "encounter.sign" }),
  ).toBeVisible();
  await expect(access.getByText("patient.view").first()).toBeVisible();
  await doctor.screenshot({ path: ".tmp/screenshots/chart-access.png", fullPage: true });
  await doctorCtx.close();

  // — the administrator's access log, filtered to this patient —
  const adminCtx = await browser.newContext({ storageState: authFile("admin") });
  const admin = await adminCtx.newPage();
  const patientId = patientUrl.split("/").pop()!;
  await open(admin, `${demoUrl}/audit?patientId=${patientId}`);
  await expect(admin.getByRole("cell", { name: "encounter.sign" }).first()).toBeVisible();
  await expect(admin.getByRole("cell", { name: "patient.create" }).first()).toBeVisible();
  // entries name the patient (name and MRN), not an id
  await expect(admin.getByRole("cell", { name: new RegExp(fullName) }).first()).toBeVisible();
  await admin.getByRole("button", { name: en.audit.verify.button }).click();
  await expect(admin.getByText(/intact/i)).toBeVisible();
  await admin.screenshot({ path: ".tmp/screenshots/access-log.png", fullPage: true });
  await adminCtx.close();
});
