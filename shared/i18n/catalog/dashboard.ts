import { defineMessages } from "../define";

export default defineMessages({
  en: {
    welcome: "Welcome, {name}",
    intro: "Here is your hospital today.",
    patients: "Patients",
    quickLinks: "Quick links",
  },
  ar: {
    welcome: "مرحبًا، {name}",
    intro: "هذا هو مستشفاك اليوم.",
    patients: "المرضى",
    quickLinks: "روابط سريعة",
  },
});
