// The form kit: fields bound to react-hook-form, dialogs, and server errors in the user's language.
export { ConfirmDialog, type ConfirmDialogProps } from "./confirm-dialog";
export { applyServerError, readErrorAnswer, type ErrorAnswer, type ServerErrorOptions } from "./error-answer";
export {
  CheckboxField,
  NumberField,
  PasswordField,
  SelectField,
  SwitchField,
  TextField,
  type NumberFieldProps,
  type Option,
  type OptionGroup,
  type PasswordFieldProps,
  type SelectFieldProps,
  type TextFieldProps,
} from "./fields";
export { FormError } from "./form-error";
export { DialogFormFooter, FormDialog, type DialogFormFooterProps, type FormDialogProps } from "./form-dialog";
export { currencyDigits, minorUnitScale, moneyFormat } from "@/shared/money";
export { NumberInput } from "./number-input";
export { generatePassword } from "./password";
export {
  useErrorMessage,
  useErrorText,
  useErrorToast,
  useServerErrors,
  useZodMessages,
  type ServerErrors,
} from "./use-errors";
