// "Roles and permissions": the one permissions table (shared/permissions.ts), read-only, as the hospital's admin sees
// it — each permission in hospital words, a column per role, and the areas this hospital has switched off or that
// its plan leaves out. A server component: it renders the same table the server enforces.
import { Check, Minus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { HOSPITAL_ROLES } from "@/shared/enums";
import { planHasFeature } from "@/shared/hospitals/plans";
import { can, isModuleKey, permissionsByArea, type Area, type Place } from "@/shared/permissions";

export async function RolesTable({ place }: { place: Place }) {
  const t = await getTranslations();
  const areaState = (area: Area) => {
    if (!isModuleKey(area)) return null;
    if (place.modules[area] === false) return t("permissions.moduleOff");
    if (!planHasFeature(place.plan, area)) return t("permissions.notInPlan", { plan: String(place.plan) });
    return null;
  };
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="sticky start-0 z-10 min-w-44 bg-background sm:min-w-64">
              {t("permissions.permission")}
            </TableHead>
            {HOSPITAL_ROLES.map((role) => (
              <TableHead key={role} className="text-center">
                {t(`roles.${role}`)}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {permissionsByArea().map(({ area, permissions }) => {
            const state = areaState(area);
            return [
              <TableRow key={area} className="bg-muted/50 hover:bg-muted/50">
                <TableCell colSpan={HOSPITAL_ROLES.length + 1} className="font-medium">
                  <h2 className="inline">{t(`areas.${area}`)}</h2>
                  {state && (
                    <Badge variant="secondary" className="ms-2">
                      {state}
                    </Badge>
                  )}
                </TableCell>
              </TableRow>,
              ...permissions.map((p) => (
                <TableRow key={p} className={state ? "text-muted-foreground" : undefined}>
                  <TableCell className="sticky start-0 z-10 bg-background whitespace-normal">
                    <div>{t(`permissions.names.${p.replaceAll(".", "_") as "dashboard_view"}`)}</div>
                    <code className="text-xs text-muted-foreground" dir="ltr">
                      {p}
                    </code>
                  </TableCell>
                  {HOSPITAL_ROLES.map((role) => (
                    <TableCell key={role} className="text-center">
                      {can(role, p) ? (
                        <Check className="inline size-4" aria-label={t("permissions.granted")} />
                      ) : (
                        <Minus className="inline size-4 opacity-30" aria-label={t("permissions.notGranted")} />
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              )),
            ];
          })}
        </TableBody>
      </Table>
    </div>
  );
}
