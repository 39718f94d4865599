import { ADMIN_ONLY, hospital, publicOnHospitalHost, type Cases } from "./common";

export const userCases = {
  "user.list": hospital(ADMIN_ONLY, () => ({})),
  "user.get": hospital(ADMIN_ONLY, (ids) => ({ id: ids.userId }), true),
  "user.create": hospital(ADMIN_ONLY, () => ({
    username: `u${Date.now()}`,
    password: "Another-Harbour-Lantern-9",
    firstName: "N",
    lastName: "U",
    email: "n@u.test",
    role: "NURSE",
  })),
  "user.update": hospital(ADMIN_ONLY, (ids) => ({ id: ids.userId, phone: "555 0100" }), true),
  "user.setActive": hospital(ADMIN_ONLY, (ids) => ({ id: ids.userId, active: true }), true),
  "user.unlock": hospital(ADMIN_ONLY, (ids) => ({ id: ids.userId }), true),
  "user.revokeSessions": hospital(ADMIN_ONLY, (ids) => ({ id: ids.userId }), true),
  "user.resetPassword": hospital(
    ADMIN_ONLY,
    (ids) => ({ id: ids.userId, password: "Another-Harbour-Lantern-9" }),
    true,
  ),
  "user.resetMfa": hospital(ADMIN_ONLY, (ids) => ({ id: ids.userId }), true),
  "user.decide": hospital(ADMIN_ONLY, (ids) => ({ id: ids.userId, approve: true }), true),
  "user.register": publicOnHospitalHost(() => ({
    username: `r${Date.now()}`,
    password: "Another-Harbour-Lantern-9",
    firstName: "New",
    lastName: "Nurse",
    email: "new@nurse.test",
    role: "NURSE",
  })),
} satisfies Cases;
