/** Locale names as `locale -a` lists them and as a flavour promises them. */

/** `en_US.UTF-8`, `en_US.utf8` and `en_US.UTF8` are one locale to glibc. */
export const normaliseLocale = (name: string): string =>
  name.toLowerCase().replace(/\.utf-?8$/, '.utf8');

/** Whether `locale -a`'s lines name `locale`, in any of glibc's spellings. */
export function localeListed(listed: readonly string[], locale: string): boolean {
  const wanted = normaliseLocale(locale);
  return listed.some((l) => normaliseLocale(l) === wanted);
}
