import { defineMessages } from "../define";

export default defineMessages({
  en: {
    dashboard: "Dashboard",
    patients: "Patients",
    appointments: "Appointments",
    emr: "Encounters",
    laboratory: "Laboratory",
    pharmacy: "Pharmacy",
    billing: "Billing",
    inpatient: "Inpatient",
    radiology: "Radiology",
    reports: "Reports",
    staff: "Staff",
    settings: "Settings",
    audit: "Access log",
  },
  ar: {
    dashboard: "لوحة التحكم",
    patients: "المرضى",
    appointments: "المواعيد",
    emr: "الزيارات الطبية",
    laboratory: "المختبر",
    pharmacy: "الصيدلية",
    billing: "الفوترة",
    inpatient: "التنويم",
    radiology: "الأشعة",
    reports: "التقارير",
    staff: "الموظفون",
    settings: "الإعدادات",
    audit: "سجل الوصول",
  },
});
