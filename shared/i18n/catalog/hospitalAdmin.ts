// Hospital administration: settings, staff, departments, staff self-registration (sub-catalogues under
// ./hospital-admin), and how form checks are told in Arabic.
import { defineMessages } from "../define";
import departments from "./hospital-admin/departments";
import register from "./hospital-admin/register";
import settings from "./hospital-admin/settings";
import staff from "./hospital-admin/staff";

const validation = defineMessages({
  en: {
    tooSmall: "Too short or too small",
    tooBig: "Too long or too large",
    invalidFormat: "Not in the expected format",
    required: "Required",
    choose: "Choose one of the options",
    invalid: "Not a valid value",
  },
  ar: {
    tooSmall: "القيمة أقصر أو أصغر من المسموح",
    tooBig: "القيمة أطول أو أكبر من المسموح",
    invalidFormat: "الصيغة غير صحيحة",
    required: "هذا الحقل مطلوب",
    choose: "اختر أحد الخيارات",
    invalid: "القيمة غير صالحة",
  },
});

const hospitalAdmin = {
  en: {
    settings: settings.en,
    staff: staff.en,
    departments: departments.en,
    register: register.en,
    validation: validation.en,
  },
  ar: {
    settings: settings.ar,
    staff: staff.ar,
    departments: departments.ar,
    register: register.ar,
    validation: validation.ar,
  },
};

export default hospitalAdmin;
