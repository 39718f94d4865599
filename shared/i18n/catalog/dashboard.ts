import { defineMessages } from "../define";

export default defineMessages({
  en: {
    welcome: "Welcome, {name}",
    intro: "Here is your hospital today.",
    patients: "Patients",
    quickLinks: "Quick links",
    breakGlass: {
      title: "Break-glass access to patient data is active",
      entry: "{username} until {time}: “{reason}”",
      body: "A platform super admin can read this hospital's patient data. Every read is in the access log.",
      link: "See platform access",
    },
  },
  ar: {
    welcome: "مرحبًا، {name}",
    intro: "هذا هو مستشفاك اليوم.",
    patients: "المرضى",
    quickLinks: "روابط سريعة",
    breakGlass: {
      title: "وصول طوارئ إلى بيانات المرضى نشط",
      entry: "{username} حتى {time}: «{reason}»",
      body: "يستطيع مشرف عام للمنصة قراءة بيانات مرضى هذا المستشفى. كل قراءة مسجّلة في سجل الوصول.",
      link: "عرض وصول المنصة",
    },
  },
});
