import { defineMessages } from "../define";

export default defineMessages({
  en: {
    SUPERADMIN: "Super admin",
    ADMIN: "Administrator",
    DOCTOR: "Doctor",
    NURSE: "Nurse",
    RECEPTIONIST: "Receptionist",
    PHARMACIST: "Pharmacist",
    LAB_TECHNICIAN: "Lab technician",
    RADIOLOGIST: "Radiologist",
    ACCOUNTANT: "Accountant",
  },
  ar: {
    SUPERADMIN: "المشرف العام",
    ADMIN: "مدير النظام",
    DOCTOR: "طبيب",
    NURSE: "ممرض",
    RECEPTIONIST: "موظف استقبال",
    PHARMACIST: "صيدلي",
    LAB_TECHNICIAN: "فني مختبر",
    RADIOLOGIST: "أخصائي أشعة",
    ACCOUNTANT: "محاسب",
  },
});
