// Hospital codes at the server's edges: a code that is not valid stops here with a clear error.
import { AppError } from "../errors";
import { normalizeHospitalCode } from "@/shared/codes";

export { HOSPITAL_CODE_PATTERN, isCanonicalHospitalCode, normalizeHospitalCode } from "@/shared/codes";

export function assertHospitalCode(input: unknown): string {
  const code = normalizeHospitalCode(input);
  if (code === null) {
    throw new AppError("INVALID_HOSPITAL_CODE", { params: { code: JSON.stringify(String(input).slice(0, 40)) } });
  }
  return code;
}
