// Who may call each procedure, and a valid input for it: the table the access-matrix test walks. Adding a
// procedure to the router without adding it here fails that test.
import { HOSPITAL_ROLES, type HospitalRole } from "@/db/schema/enums";

export type Ids = { patientId: string; userId: string; sessionId: string };

type Case = {
  /** hospital: hospital host, listed roles only · any-host: any signed-in user on their own host · superadmin: admin host */
  scope: "hospital" | "any-host" | "superadmin";
  roles: readonly HospitalRole[];
  input: (ids: Ids) => unknown;
  /** the input carries an id of the hospital under test: another hospital must get NOT_FOUND */
  foreignId?: boolean;
};

const ALL = HOSPITAL_ROLES;
const anyHost = (input: Case["input"] = () => undefined, foreignId = false): Case => ({ scope: "any-host", roles: ALL, input, foreignId });
const hospital = (roles: readonly HospitalRole[], input: Case["input"], foreignId = false): Case => ({ scope: "hospital", roles, input, foreignId });

const newPatient = { firstName: "Case", lastName: "Input", dateOfBirth: "1980-05-05", gender: "F" };
const ADMIN: HospitalRole[] = ["ADMIN"];

export const CASES = {
  "account.me": anyHost(),
  "account.changePassword": anyHost(() => ({ currentPassword: "wrong-password-here", newPassword: "Another-Harbour-Lantern-9" })),
  "session.list": anyHost(),
  "session.revoke": anyHost((ids) => ({ id: ids.sessionId }), true),
  "session.revokeOthers": anyHost(),
  "mfa.status": anyHost(),
  "mfa.begin": anyHost(),
  "mfa.confirm": anyHost(() => ({ code: "123456" })),
  "mfa.disable": anyHost(() => ({ code: "123456" })),

  "patient.create": hospital(["ADMIN", "RECEPTIONIST"], () => newPatient),
  "patient.get": hospital(ALL, (ids) => ({ id: ids.patientId }), true),
  "patient.list": hospital(ALL, () => ({})),
  "patient.update": hospital(["ADMIN", "RECEPTIONIST", "DOCTOR", "NURSE"], (ids) => ({ id: ids.patientId, phone: "555 0199" }), true),
  "patient.findDuplicates": hospital(["ADMIN", "RECEPTIONIST"], () => ({ firstName: "Case", lastName: "Input", dateOfBirth: "1980-05-05" })),

  "user.list": hospital(ADMIN, () => ({})),
  "user.get": hospital(ADMIN, (ids) => ({ id: ids.userId }), true),
  "user.create": hospital(ADMIN, () => ({ username: `u${Date.now()}`, password: "Another-Harbour-Lantern-9", firstName: "N", lastName: "U", email: "n@u.test", role: "NURSE" })),
  "user.update": hospital(ADMIN, (ids) => ({ id: ids.userId, phone: "555 0100" }), true),
  "user.setActive": hospital(ADMIN, (ids) => ({ id: ids.userId, active: true }), true),
  "user.unlock": hospital(ADMIN, (ids) => ({ id: ids.userId }), true),
  "user.revokeSessions": hospital(ADMIN, (ids) => ({ id: ids.userId }), true),
  "user.resetPassword": hospital(ADMIN, (ids) => ({ id: ids.userId, password: "Another-Harbour-Lantern-9" }), true),
  "user.resetMfa": hospital(ADMIN, (ids) => ({ id: ids.userId }), true),
  "user.decide": hospital(ADMIN, (ids) => ({ id: ids.userId, approve: true }), true),
} satisfies Record<string, Case>;
