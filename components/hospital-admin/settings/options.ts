// Choices of the settings page computed on the server, so the server that validates and the page agree (and the
// first render matches in the browser).
import type { Option, OptionGroup } from "./types";

const supported = (key: "timeZone" | "currency"): string[] => {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf(key);
  } catch {
    return [];
  }
};

/** IANA time zones grouped by region ("Europe", "Asia", …), UTC first */
export function timeZoneGroups(current: string): OptionGroup[] {
  const zones = new Set(supported("timeZone").filter((z) => z.includes("/")));
  if (current.includes("/")) zones.add(current);
  const groups = new Map<string, Option[]>();
  for (const zone of [...zones].sort()) {
    const region = zone.split("/")[0]!;
    groups.set(region, [...(groups.get(region) ?? []), { value: zone, label: zone.replace(/_/g, " ") }]);
  }
  return [
    { label: "UTC", options: [{ value: "UTC", label: "UTC" }] },
    ...[...groups].map(([label, options]) => ({ label, options })),
  ];
}

/** ISO 4217 currencies named in the page's language: "SAR — Saudi Riyal" */
export function currencyOptions(locale: string, current: string): Option[] {
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  const codes = new Set(supported("currency"));
  codes.add(current);
  return [...codes].sort().map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
}
