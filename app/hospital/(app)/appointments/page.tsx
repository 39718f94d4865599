import type { Metadata } from "next";
import { AppointmentsPage } from "@/components/appointments/appointments-page";
import type { HospitalRole } from "@/shared/enums";
import { permits } from "@/shared/permissions";
import { serverApi } from "@/server/next/caller";
import { placeOf, requirePermission } from "@/server/next/request";

export const metadata: Metadata = { title: "Appointments" };

export default async function Page() {
  const session = await requirePermission("appointment.read");
  const place = placeOf(session.hospital);
  const settings = session.hospital.settings;
  const role = session.user.role as HospitalRole;
  const doctors = await (await serverApi()).appointment.doctors();
  return (
    <AppointmentsPage
      doctors={doctors}
      config={{
        role,
        timeZone: settings.timezone,
        appointmentMinutes: settings.appointmentMinutes,
        horizonDays: settings.bookingHorizonDays,
        cancellationWindowHours: settings.cancellationWindowHours,
        selfDoctorId: role === "DOCTOR" ? session.user.id : null,
        canBook: permits(role, "appointment.book", place),
        canManageSchedule: permits(role, "appointment.schedule.manage", place),
      }}
    />
  );
}
