import type { Metadata } from "next";
import { AppointmentsPage } from "@/components/appointments/appointments-page";
import type { HospitalRole } from "@/db/schema/enums";
import { BOOKING_ROLES } from "@/server/appointments/rules";
import { serverApi } from "@/server/next/caller";
import { requireArea } from "@/server/next/request";

export const metadata: Metadata = { title: "Appointments" };

export default async function Page() {
  const session = await requireArea("appointments");
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
        canBook: BOOKING_ROLES.includes(role),
        isAdmin: role === "ADMIN",
      }}
    />
  );
}
