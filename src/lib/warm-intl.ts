import { nextTask } from './next-task';

// The browser's first number format for a language loads its locale data: about 20 ms on a laptop, four times that at
// a phone's pace, where it made the live page's first render a longer task. Its first date, plural and list formats
// cost a few milliseconds more. Asked for here, each in a task of its own while the code and the data load, they are
// ready when the page formats its figures (src/lib/format.ts, src/lib/i18n/message-format.ts).
const FIRST_FORMATS: readonly ((locale: string) => unknown)[] = [
  (locale) => new Intl.NumberFormat(locale).format(0),
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(0),
  (locale) => new Intl.PluralRules(locale).select(1),
  (locale) => new Intl.ListFormat(locale).format([]),
];

/** Makes the browser load `locale`'s formatting data now, one kind of format per task. */
export async function warmIntl(locale: string): Promise<void> {
  for (const format of FIRST_FORMATS) {
    await nextTask();
    format(locale);
  }
}
