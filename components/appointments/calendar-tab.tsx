"use client";
// A doctor's day or week in hospital time: doctor picker, day/week toggle, previous / today / next, the time grid of
// the doctor's working hours with the appointments on it. Administrators set the doctor's hours from here.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { CalendarCog, ChevronLeft, ChevronRight, Stethoscope } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import { CalendarGrid } from "./calendar-grid";
import { placeByDay } from "./calendar-layout";
import { useDoctorName } from "./labels";
import { addDays, noonOf, today as todayIn, weekStart } from "./time";
import type { Doctor } from "./types";
import { useAppointmentsUi } from "./ui-context";
import { WorkingHoursDialog } from "./working-hours-dialog";

export function CalendarTab({ doctors }: { doctors: Doctor[] }) {
  const t = useTranslations("appointments.calendar");
  const format = useFormatter();
  const trpc = useTRPC();
  const doctorName = useDoctorName();
  const { config, openDetails, openBooking } = useAppointmentsUi();
  const tz = config.timeZone;
  const now = useNow({ updateInterval: 60_000 });
  const today = todayIn(tz, now);
  const [doctorId, setDoctorId] = useState(config.selfDoctorId ?? doctors[0]?.id ?? "");
  const [view, setView] = useState<"day" | "week">(config.selfDoctorId ? "day" : "week");
  const [anchor, setAnchor] = useState(today);
  const [editingHours, setEditingHours] = useState(false);
  const from = view === "day" ? anchor : weekStart(anchor);
  const to = view === "day" ? anchor : addDays(from, 6);
  const days = useMemo(() => Array.from({ length: view === "day" ? 1 : 7 }, (_, i) => addDays(from, i)), [from, view]);

  const list = useQuery({
    ...trpc.appointment.list.queryOptions({ from, to, doctorId, limit: 500 }),
    enabled: !!doctorId,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  const schedule = useQuery({ ...trpc.appointment.schedule.queryOptions({ doctorId }), enabled: !!doctorId });
  const placed = useMemo(() => placeByDay(list.data?.items ?? [], tz), [list.data, tz]);

  if (doctors.length === 0)
    return <EmptyState icon={<Stethoscope />} title={t("noDoctorsTitle")} description={t("noDoctorsBody")} />;
  const doctor = doctors.find((d) => d.id === doctorId);
  const step = view === "day" ? 1 : 7;
  const rangeLabel =
    view === "day"
      ? format.dateTime(noonOf(anchor, tz), { dateStyle: "full", timeZone: tz })
      : format.dateTimeRange(noonOf(from, tz), noonOf(to, tz), {
          day: "numeric",
          month: "short",
          year: "numeric",
          timeZone: tz,
        });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1.5">
          <Label htmlFor="calendar-doctor">{t("doctor")}</Label>
          <NativeSelect
            id="calendar-doctor"
            value={doctorId}
            onChange={(e) => setDoctorId(e.target.value)}
            wrapperClassName="w-56"
          >
            {doctors.map((d) => (
              <option key={d.id} value={d.id}>
                {doctorName(d)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div role="group" aria-label={t("view")} className="inline-flex rounded-md border p-0.5">
          {(["day", "week"] as const).map((v) => (
            <Button
              key={v}
              size="sm"
              variant={view === v ? "secondary" : "ghost"}
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {t(v)}
            </Button>
          ))}
        </div>
        <div className="flex items-center gap-1">
          <Button
            variant="outline"
            size="icon"
            aria-label={t("previous")}
            onClick={() => setAnchor(addDays(anchor, -step))}
          >
            <ChevronLeft aria-hidden className="rtl:rotate-180" />
          </Button>
          <Button variant="outline" size="sm" onClick={() => setAnchor(today)} disabled={days.includes(today)}>
            {t("today")}
          </Button>
          <Button variant="outline" size="icon" aria-label={t("next")} onClick={() => setAnchor(addDays(anchor, step))}>
            <ChevronRight aria-hidden className="rtl:rotate-180" />
          </Button>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="calendar-date">{t("goTo")}</Label>
          <Input
            id="calendar-date"
            type="date"
            className="w-40"
            value={anchor}
            onChange={(e) => e.target.value && setAnchor(e.target.value)}
          />
        </div>
        {config.canManageSchedule && doctor && (
          <Button variant="outline" className="ms-auto" onClick={() => setEditingHours(true)}>
            <CalendarCog aria-hidden />
            {t("hoursButton")}
          </Button>
        )}
      </div>

      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold" aria-live="polite">
          {rangeLabel}
        </h2>
        {schedule.data && (
          <p className="text-sm text-muted-foreground">
            {t("hours", { start: schedule.data.workdayStart, end: schedule.data.workdayEnd })}
          </p>
        )}
      </div>

      {list.isError || schedule.isError ? (
        <Alert variant="destructive">
          <AlertDescription className="flex flex-wrap items-center gap-3">
            {t("loadError")}
            <Button size="sm" variant="outline" onClick={() => void Promise.all([list.refetch(), schedule.refetch()])}>
              {t("retry")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : !list.data || !schedule.data ? (
        <Skeleton className="h-[560px] w-full" />
      ) : (
        <div className="space-y-2" aria-busy={list.isFetching}>
          {list.data.items.length === 0 && <p className="text-sm text-muted-foreground">{t("empty")}</p>}
          <CalendarGrid
            days={days}
            placed={placed}
            hours={schedule.data}
            today={today}
            now={now}
            timeZone={tz}
            slotMinutes={Math.max(15, config.appointmentMinutes)}
            bookableUntil={config.canBook ? new Date(now.getTime() + config.horizonDays * 86_400_000) : null}
            onOpen={openDetails}
            onSlot={(date, time) => openBooking({ doctorId, date, time })}
          />
        </div>
      )}
      {editingHours && doctor && <WorkingHoursDialog doctor={doctor} onClose={() => setEditingHours(false)} />}
    </div>
  );
}
