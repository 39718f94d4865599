// Shapes the appointment screens share: what the page tells the client, and the API's answers.
import type { inferRouterOutputs } from "@trpc/server";
import type { HospitalRole } from "@/shared/enums";
import type { AppRouter } from "@/server/routers/_app";

type Out = inferRouterOutputs<AppRouter>["appointment"];
export type AppointmentRow = Out["queue"]["items"][number];
export type AppointmentDetail = Out["get"];
export type HistoryEntry = AppointmentDetail["history"][number];
export type Doctor = Out["doctors"][number];
export type WorkingHours = Out["schedule"];

/** facts from the server page: the signed-in user and the hospital's booking rules */
export type AppointmentsConfig = {
  role: HospitalRole;
  timeZone: string;
  appointmentMinutes: number;
  horizonDays: number;
  cancellationWindowHours: number;
  /** the signed-in user's id when they are a doctor (their calendar opens first) */
  selfDoctorId: string | null;
  canBook: boolean;
  /** may set doctors' working hours */
  canManageSchedule: boolean;
};

/** what the booking dialog may be opened with (e.g. from a free slot of the calendar) */
export type BookingPrefill = { doctorId?: string; date?: string; time?: string };

/** the minimum a dialog needs to know about the appointment it acts on */
export type AppointmentRef = Pick<
  AppointmentRow,
  "id" | "number" | "doctorId" | "startsAt" | "durationMinutes" | "status"
>;
