// Money: amounts are kept in minor units of the hospital's currency. How many digits a currency has after the
// point is ISO 4217's answer, which Intl does not always give (it says 0 for IQD): the table wins.
const MINOR_DIGITS: Record<string, number> = {
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};

/** digits after the point of a currency: 2 for USD, 0 for JPY, 3 for OMR */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  if (code in MINOR_DIGITS) return MINOR_DIGITS[code]!;
  try {
    return (
      new Intl.NumberFormat(undefined, { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** minor units in one unit of the currency (100 for USD, 1 for JPY, 1000 for KWD) */
export const minorUnitScale = (currency: string) => 10 ** currencyDigits(currency);

/** Intl options that show an amount of the currency with its own number of digits */
export function moneyFormat(currency: string): Intl.NumberFormatOptions {
  const digits = currencyDigits(currency);
  return { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits };
}
