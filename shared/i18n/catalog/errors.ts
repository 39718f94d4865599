import { defineMessages } from "../define";

export default defineMessages({
  en: {
    unauthorized: "Please sign in again.",
    forbidden: "You may not do this.",
    notFound: "Not found.",
    conflict: "This conflicts with existing data.",
    readOnly: "The subscription has expired: changes are not possible.",
    limitReached: "The plan's limit has been reached.",
  },
  ar: {
    unauthorized: "يرجى تسجيل الدخول مرة أخرى.",
    forbidden: "لا يحق لك القيام بذلك.",
    notFound: "غير موجود.",
    conflict: "يتعارض هذا مع بيانات موجودة.",
    readOnly: "انتهى الاشتراك: لا يمكن إجراء تغييرات.",
    limitReached: "تم بلوغ حد الخطة.",
  },
});
