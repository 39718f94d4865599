// One namespace of UI text, in both languages side by side. The Arabic half must have exactly the keys of the
// English half (checked by the compiler).
export type MessageTree = { [key: string]: string | MessageTree };
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export function defineMessages<const T extends MessageTree>(m: {
  en: T;
  ar: SameShape<T>;
}): { en: SameShape<T>; ar: SameShape<T> } {
  return m as { en: SameShape<T>; ar: SameShape<T> };
}
