"use client";
// One place that opens the appointment dialogs (details, booking, cancel, no-show, reschedule), so the queue, the
// calendar and the details sheet all act the same way.
import { createContext, useContext } from "react";
import type { AppointmentRef, AppointmentsConfig, BookingPrefill } from "./types";

export type StatusDialog = { kind: "cancel" | "noShow" | "reschedule"; appointment: AppointmentRef };

export type AppointmentsUi = {
  config: AppointmentsConfig;
  openDetails: (id: string) => void;
  openBooking: (prefill?: BookingPrefill) => void;
  openStatusDialog: (dialog: StatusDialog) => void;
};

export const AppointmentsUiContext = createContext<AppointmentsUi | null>(null);

export function useAppointmentsUi(): AppointmentsUi {
  const ui = useContext(AppointmentsUiContext);
  if (!ui) throw new Error("useAppointmentsUi outside <AppointmentsPage>");
  return ui;
}
