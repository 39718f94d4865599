// Who may call each procedure, and a valid input for it: the table the access-matrix test walks
// (server/routers/access-matrix.int.test.ts). One file per router group under ./cases; adding a procedure to the
// router without a case fails that test.
import { HOSPITAL_ROLES, type HospitalRole } from "@/shared/enums";

export type Ids = {
  patientId: string;
  userId: string;
  sessionId: string;
  departmentId: string;
  hospitalCode: string;
  hospitalId: string;
  doctorId: string;
  appointmentId: string;
  encounterId: string;
  /** a free, bookable start time (ISO 8601) */
  slot: string;
};

export type Case = {
  /**
   * hospital: hospital host, listed roles only · any-host: any signed-in user on their own host · superadmin: admin host
   * · public: no session needed, but only on a hospital host that allows it (refused on the admin and root hosts and
   * on a hospital host where it is switched off)
   */
  scope: "hospital" | "any-host" | "superadmin" | "public";
  roles: readonly HospitalRole[];
  input: (ids: Ids) => unknown;
  /** the input carries an id of the hospital under test: another hospital must get NOT_FOUND */
  foreignId?: boolean;
};
export type Cases = Record<string, Case>;

export const ALL = HOSPITAL_ROLES;
export const ADMIN_ONLY: readonly HospitalRole[] = ["ADMIN"];
export const anyHost = (input: Case["input"] = () => undefined, foreignId = false): Case => ({
  scope: "any-host",
  roles: ALL,
  input,
  foreignId,
});
export const hospital = (roles: readonly HospitalRole[], input: Case["input"], foreignId = false): Case => ({
  scope: "hospital",
  roles,
  input,
  foreignId,
});
export const superAdmin = (input: Case["input"] = () => undefined): Case => ({ scope: "superadmin", roles: [], input });
export const publicOnHospitalHost = (input: Case["input"]): Case => ({ scope: "public", roles: [], input });
