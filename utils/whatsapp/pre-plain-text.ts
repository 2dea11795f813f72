/**
 * A message's `data-pre-plain-text` (whatsapp-dom.md §3.2): "[10:31, 12.3.2026] Anna Müller: " in
 * German builds, "[10:31 AM, 3/12/2026] Anna Müller: " in English ones. It is the only place the page
 * states who sent a message and when, as text. Dates with "." are day-first, with "/" month-first.
 */
export interface PrePlainText {
  sender: string | null;
  /** Local time in ms; null when the date part is not understood. */
  sentAt: number | null;
}

const SHAPE = /^\s*\[([^\]]*)\]\s*(.*?):\s*$/s;
const TIME = /(\d{1,2})[:.](\d{2})(?:\s*([AaPp])\.?\s*[Mm]\.?)?/;
const DAY_FIRST = /(\d{1,2})\.(\d{1,2})\.(\d{2,4})/;
const MONTH_FIRST = /(\d{1,2})\/(\d{1,2})\/(\d{2,4})/;

function year(value: string): number {
  const n = Number(value);
  return value.length <= 2 ? 2000 + n : n;
}

export function parsePrePlainText(value: string | null): PrePlainText {
  const shape = value ? SHAPE.exec(value) : null;
  if (!shape) return { sender: null, sentAt: null };
  const stamp = shape[1] ?? '';
  const sender = (shape[2] ?? '').trim() || null;
  const time = TIME.exec(stamp);
  const dayFirst = DAY_FIRST.exec(stamp);
  const monthFirst = dayFirst ? null : MONTH_FIRST.exec(stamp);
  if (!time || (!dayFirst && !monthFirst)) return { sender, sentAt: null };
  let hours = Number(time[1]);
  const minutes = Number(time[2]);
  const half = time[3]?.toLowerCase();
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  const [day, month, y] = dayFirst
    ? [Number(dayFirst[1]), Number(dayFirst[2]), year(dayFirst[3] as string)]
    : [Number(monthFirst![2]), Number(monthFirst![1]), year(monthFirst![3] as string)];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return { sender, sentAt: null };
  const date = new Date(y, month - 1, day, hours, minutes);
  return { sender, sentAt: date.getDate() === day ? date.getTime() : null };
}
