import { hospital, publicOnHospitalHost, type Cases } from "./common";

export const userCases = {
  "user.list": hospital(() => ({})),
  "user.get": hospital((ids) => ({ id: ids.userId }), true),
  "user.create": hospital(() => ({
    username: `u${Date.now()}`,
    password: "Another-Harbour-Lantern-9",
    firstName: "N",
    lastName: "U",
    email: "n@u.test",
    role: "NURSE",
  })),
  "user.update": hospital((ids) => ({ id: ids.userId, phone: "555 0100" }), true),
  "user.setActive": hospital((ids) => ({ id: ids.userId, active: true }), true),
  "user.unlock": hospital((ids) => ({ id: ids.userId }), true),
  "user.revokeSessions": hospital((ids) => ({ id: ids.userId }), true),
  "user.resetPassword": hospital((ids) => ({ id: ids.userId, password: "Another-Harbour-Lantern-9" }), true),
  "user.resetMfa": hospital((ids) => ({ id: ids.userId }), true),
  "user.decide": hospital((ids) => ({ id: ids.userId, approve: true }), true),
  "user.register": publicOnHospitalHost(() => ({
    username: `r${Date.now()}`,
    password: "Another-Harbour-Lantern-9",
    firstName: "New",
    lastName: "Nurse",
    email: "new@nurse.test",
    role: "NURSE",
  })),
} satisfies Cases;
