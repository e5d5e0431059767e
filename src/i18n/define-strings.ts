/**
 * A widget's own interface strings in both languages, kept in one file under src/i18n/widgets/.
 * The type makes the Chinese table name exactly the English keys: a missing or extra key fails the build.
 */
export function defineStrings<const T extends Record<string, string>>(tables: {
  en: T;
  zh: { [K in keyof T]: string };
}) {
  return tables;
}
