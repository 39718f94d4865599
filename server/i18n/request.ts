// next-intl request configuration: a hospital's pages speak its language (settings.locale) and show times in its
// time zone; the admin host and the landing page use English.
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "@/shared/i18n/messages";
import { hostHospital } from "../next/request";

export default getRequestConfig(async () => {
  const hospital = await hostHospital();
  const locale = hospital?.settings.locale ?? "en";
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: hospital?.settings.timezone ?? "UTC",
    now: new Date(),
  };
});
