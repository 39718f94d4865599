import { defineMessages } from "../define";

export default defineMessages({
  en: {
    title: "Zain HMS",
    subtitle: "Administration",
    hospitals: "Hospitals",
    dataBrowser: "Data browser",
    breakGlass: "Break-glass access",
  },
  ar: {
    title: "زين",
    subtitle: "الإدارة",
    hospitals: "المستشفيات",
    dataBrowser: "مستعرض البيانات",
    breakGlass: "وصول الطوارئ",
  },
});
