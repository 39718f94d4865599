import { defineMessages } from "../define";

export default defineMessages({
  en: {
    menu: "Menu",
    account: "My account",
    security: "Security",
    signedInAs: "Signed in as {name}",
    hospitalCode: "Code {code}",
  },
  ar: {
    menu: "القائمة",
    account: "حسابي",
    security: "الأمان",
    signedInAs: "مسجّل الدخول باسم {name}",
    hospitalCode: "الرمز {code}",
  },
});
