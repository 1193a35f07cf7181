import { addDays, format, isValid, parse } from 'date-fns';
import { accepted, changeIf, refused, type StandardiseContext, type Standardised } from './outcome.ts';
import { standardiseText } from './whitespace.ts';

/**
 * A calendar day as the API's Date scalar takes it (yyyy-MM-dd), from the format the mapping names
 * for the column: a date-fns pattern such as "dd/MM/yyyy" or "MM/dd/yyyy" (the two a spreadsheet
 * cannot tell apart by itself), or `excel` for the serial numbers a spreadsheet exports unformatted
 * dates as. An ISO date is taken in any column, since it cannot be misread.
 */
export const DATE_FORMATS = ['yyyy-MM-dd', 'dd/MM/yyyy', 'MM/dd/yyyy', 'dd.MM.yyyy', 'd MMM yyyy', 'excel'] as const;

const ISO = 'yyyy-MM-dd';
/** Day 0 of Excel's 1900 date system, which counts 1900 as a leap year: 30 December 1899 makes serial 60 onwards right. */
const EXCEL_EPOCH = new Date(1899, 11, 30);
// Years outside this range are a two-digit year read as the first century, or a typo.
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2199;

export function standardiseDate(raw: string, context: StandardiseContext): Standardised<string | null> {
  const text = standardiseText(raw, context);
  if (!text.ok || text.value === null) return text;
  const pattern = context.dateFormat ?? ISO;
  const day = parseDay(text.value, pattern);
  if (!day) return refused(context.field, raw, `"${text.value}" is not a date in the format ${pattern}`);
  const value = format(day, ISO);
  return accepted(value, [...text.changes, ...changeIf(context.field, text.value, value, `date.${pattern}`)]);
}

function parseDay(text: string, pattern: string): Date | null {
  // A fixed reference date, so a pattern without a year never depends on today.
  const reference = new Date(2000, 0, 1);
  const candidates =
    pattern === 'excel' && /^\d+(\.\d+)?$/.test(text)
      ? [addDays(EXCEL_EPOCH, Math.floor(Number(text)))]
      : [parse(text, ISO, reference), ...(pattern === 'excel' ? [] : [parse(text, pattern, reference)])];
  return candidates.find((date) => isValid(date) && date.getFullYear() >= EARLIEST_YEAR && date.getFullYear() <= LATEST_YEAR) ?? null;
}
