// Hospital administration: settings, staff, departments, staff self-registration (sub-catalogues under
// ./hospital-admin). Form checks are told by the error catalogue (./errors.ts).
import departments from "./hospital-admin/departments";
import register from "./hospital-admin/register";
import settings from "./hospital-admin/settings";
import staff from "./hospital-admin/staff";

const hospitalAdmin = {
  en: {
    settings: settings.en,
    staff: staff.en,
    departments: departments.en,
    register: register.en,
  },
  ar: {
    settings: settings.ar,
    staff: staff.ar,
    departments: departments.ar,
    register: register.ar,
  },
};

export default hospitalAdmin;
