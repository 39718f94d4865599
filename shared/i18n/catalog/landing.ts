import { defineMessages } from "../define";

export default defineMessages({
  en: {
    title: "Hospital management for every department",
    intro:
      "Patients, appointments, encounters, laboratory, pharmacy, billing, beds and reports — each hospital in its own database, on its own address.",
    goTitle: "Go to your hospital",
    codeLabel: "Hospital code",
    codePlaceholder: "e.g. CGH001",
    go: "Continue",
    invalidCode: "A hospital code has 3 to 16 letters or digits",
    adminLink: "Administration",
  },
  ar: {
    title: "إدارة المستشفى لكل الأقسام",
    intro:
      "المرضى والمواعيد والزيارات والمختبر والصيدلية والفوترة والأسرّة والتقارير — لكل مستشفى قاعدة بياناته وعنوانه الخاص.",
    goTitle: "انتقل إلى مستشفاك",
    codeLabel: "رمز المستشفى",
    codePlaceholder: "مثال: CGH001",
    go: "متابعة",
    invalidCode: "يتكون رمز المستشفى من 3 إلى 16 حرفًا أو رقمًا",
    adminLink: "الإدارة",
  },
});
