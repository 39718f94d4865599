import { anyHost, credential, type Cases } from "./common";

export const accountCases = {
  "account.me": anyHost(),
  "account.changePassword": anyHost(() => ({
    currentPassword: "wrong-password-here",
    newPassword: "Another-Harbour-Lantern-9",
  })),
  "session.list": anyHost(),
  "session.revoke": anyHost((ids) => ({ id: ids.sessionId }), true),
  "session.revokeOthers": anyHost(),
  "account.redeemCode": credential(() => ({
    username: "admin",
    code: "ABCD-EFGH-JKLM-NPQR",
    password: "Another-Harbour-Lantern-9",
  })),
  "mfa.status": anyHost(),
  "mfa.begin": anyHost(),
  "mfa.confirm": anyHost(() => ({ code: "123456" })),
  "mfa.disable": anyHost(() => ({ code: "123456" })),
} satisfies Cases;
