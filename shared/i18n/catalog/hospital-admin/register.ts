import { defineMessages } from "../../define";

export default defineMessages({
  en: {
    title: "Request a staff account",
    loginLink: "New member of staff?",
    loginLinkAction: "Request an account",
    firstName: "First name",
    lastName: "Last name",
    email: "Work email",
    phone: "Phone",
    submit: "Send request",
    sending: "Sending…",
    haveAccount: "Already have an account?",
    sentTitle: "Request sent",
    sentBody: "An administrator of {hospital} will review your request. You can sign in once it is approved.",
    backToSignIn: "Back to sign in",
  },
  ar: {
    title: "طلب حساب موظف",
    loginLink: "موظف جديد؟",
    loginLinkAction: "اطلب حسابًا",
    firstName: "الاسم الأول",
    lastName: "اسم العائلة",
    email: "البريد الإلكتروني للعمل",
    phone: "الهاتف",
    submit: "إرسال الطلب",
    sending: "جارٍ الإرسال…",
    haveAccount: "لديك حساب بالفعل؟",
    sentTitle: "تم إرسال الطلب",
    sentBody: "سيراجع أحد مديري النظام في {hospital} طلبك. يمكنك تسجيل الدخول بعد الموافقة عليه.",
    backToSignIn: "العودة إلى تسجيل الدخول",
  },
});
