// The super admin console: every procedure is admin host + SUPERADMIN only (scope "superadmin").
import { superAdmin, type Cases } from "./common";

export const consoleCases = {
  "hospital.list": superAdmin(() => ({})),
  "hospital.get": superAdmin((ids) => ({ code: ids.hospitalCode })),
  "hospital.stats": superAdmin(),
  "hospital.create": superAdmin(() => ({
    name: "Matrix Hospital",
    code: `MX${Date.now().toString(36).toUpperCase().slice(-8)}`,
    email: "info@matrix.test",
    plan: "BASIC",
    admin: {
      username: "matrixadmin",
      email: "admin@matrix.test",
      firstName: "Mat",
      lastName: "Rix",
    },
  })),
  "hospital.provisioning": superAdmin((ids) => ({ code: ids.hospitalCode })),
  "hospital.update": superAdmin((ids) => ({
    code: ids.hospitalCode,
    name: "Renamed Hospital",
    email: "info@renamed.test",
  })),
  "hospital.setPlan": superAdmin((ids) => ({ code: ids.hospitalCode, plan: "ENTERPRISE" })),
  "hospital.setStatus": superAdmin((ids) => ({ code: ids.hospitalCode, status: "ACTIVE" })),
  "hospital.setSubscription": superAdmin((ids) => ({ code: ids.hospitalCode, startsOn: "2026-01-01", endsOn: null })),
  "platformUser.list": superAdmin(() => ({})),
  "platformUser.createHospitalAdmin": superAdmin((ids) => ({
    hospitalCode: ids.hospitalCode,
    username: `adm${Date.now().toString(36)}`,
    email: "second.admin@matrix.test",
    firstName: "Second",
    lastName: "Admin",
  })),
  "platformUser.resetPassword": superAdmin((ids) => ({ id: ids.userId })),
  "platformUser.setActive": superAdmin((ids) => ({ id: ids.userId, active: true })),
  "platformUser.unlock": superAdmin((ids) => ({ id: ids.userId })),
  "system.health": superAdmin(),
  "system.migrate": superAdmin((ids) => ({ code: ids.hospitalCode })),
  "browse.hospitals": superAdmin(() => ({})),
  "browse.users": superAdmin(() => ({})),
  "browse.departments": superAdmin(() => ({})),
  "browse.auditLog": superAdmin(() => ({})),
  "breakGlass.start": superAdmin((ids) => ({
    code: ids.hospitalCode,
    reason: "Investigating a reported data problem",
  })),
  "breakGlass.end": superAdmin((ids) => ({ code: ids.hospitalCode })),
  "breakGlass.mine": superAdmin(),
  "breakGlass.patients": superAdmin((ids) => ({ code: ids.hospitalCode })),
  "breakGlass.patient": superAdmin((ids) => ({ code: ids.hospitalCode, id: ids.patientId })),
} satisfies Cases;
