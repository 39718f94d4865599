"use client";
// The appointments screen: today's queue and the doctors' calendars in tabs, with one set of dialogs (details,
// booking, cancel, no-show, reschedule) that every part opens through the context.
import { CalendarPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { BookDialog } from "./book-dialog";
import { CalendarTab } from "./calendar-tab";
import { DetailsSheet } from "./details-sheet";
import { QueueTab } from "./queue-tab";
import { RescheduleDialog } from "./reschedule-dialog";
import { StatusReasonDialog } from "./status-reason-dialog";
import type { AppointmentsConfig, BookingPrefill, Doctor } from "./types";
import { AppointmentsUiContext, type AppointmentsUi, type StatusDialog } from "./ui-context";
import { PageHeader } from "@/components/shell/page-header";

export function AppointmentsPage({ config, doctors }: { config: AppointmentsConfig; doctors: Doctor[] }) {
  const t = useTranslations("appointments");
  const [tab, setTab] = useState(config.selfDoctorId ? "calendar" : "queue");
  const [details, setDetails] = useState<string | null>(null);
  const [booking, setBooking] = useState<BookingPrefill | null>(null);
  const [statusDialog, setStatusDialog] = useState<StatusDialog | null>(null);
  const ui = useMemo<AppointmentsUi>(
    () => ({
      config,
      openDetails: (id) => setDetails(id),
      openBooking: (prefill) => {
        if (config.canBook) setBooking(prefill ?? {});
      },
      openStatusDialog: (dialog) => setStatusDialog(dialog),
    }),
    [config],
  );

  return (
    <AppointmentsUiContext.Provider value={ui}>
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          intro={t("intro", { timeZone: config.timeZone })}
          actions={
            config.canBook && (
              <Button onClick={() => setBooking({})}>
                <CalendarPlus aria-hidden />
                {t("book.open")}
              </Button>
            )
          }
        />
        <Tabs value={tab} onValueChange={setTab}>
          <TabsList>
            <TabsTrigger value="queue">{t("tabQueue")}</TabsTrigger>
            <TabsTrigger value="calendar">{t("tabCalendar")}</TabsTrigger>
          </TabsList>
          <TabsContent value="queue" className="pt-4">
            <QueueTab doctors={doctors} />
          </TabsContent>
          <TabsContent value="calendar" className="pt-4">
            <CalendarTab doctors={doctors} />
          </TabsContent>
        </Tabs>
      </div>
      {details && <DetailsSheet key={details} id={details} onClose={() => setDetails(null)} />}
      {booking && <BookDialog prefill={booking} doctors={doctors} onClose={() => setBooking(null)} />}
      {statusDialog?.kind === "reschedule" && (
        <RescheduleDialog appointment={statusDialog.appointment} onClose={() => setStatusDialog(null)} />
      )}
      {statusDialog && statusDialog.kind !== "reschedule" && (
        <StatusReasonDialog
          kind={statusDialog.kind}
          appointment={statusDialog.appointment}
          onClose={() => setStatusDialog(null)}
        />
      )}
    </AppointmentsUiContext.Provider>
  );
}
