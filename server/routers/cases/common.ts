// A valid input for each procedure and where it is offered: what the access-matrix test walks
// (server/routers/access-matrix.int.test.ts). WHO may call a hospital procedure is not written here: the test reads the
// permission each procedure declares (`permitted(...)` in its router) and asks the one table, shared/permissions.ts.
// One file per router group under ./cases; adding a procedure to the router without a case fails that test.

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
   * hospital: hospital host, the roles holding its permission · any-host: any signed-in user on their own host · superadmin: admin host
   * · public: no session needed, but only on a hospital host that allows it (refused on the admin and root hosts and
   * on a hospital host where it is switched off) · credential: no session, the input is the credential (a one-time code);
   * a wrong one is refused alike on every host
   */
  scope: "hospital" | "any-host" | "superadmin" | "public" | "credential";
  /** a hospital procedure without a permission: every role of the hospital may call it (e.g. department.list) */
  everyRole?: boolean;
  input: (ids: Ids) => unknown;
  /** the input carries an id of the hospital under test: another hospital must get NOT_FOUND */
  foreignId?: boolean;
};
export type Cases = Record<string, Case>;

export const anyHost = (input: Case["input"] = () => undefined, foreignId = false): Case => ({
  scope: "any-host",
  input,
  foreignId,
});
export const hospital = (input: Case["input"], foreignId = false): Case => ({ scope: "hospital", input, foreignId });
export const everyHospitalRole = (input: Case["input"], foreignId = false): Case => ({
  scope: "hospital",
  everyRole: true,
  input,
  foreignId,
});
export const superAdmin = (input: Case["input"] = () => undefined): Case => ({ scope: "superadmin", input });
export const publicOnHospitalHost = (input: Case["input"]): Case => ({ scope: "public", input });
export const credential = (input: Case["input"]): Case => ({ scope: "credential", input });
