import { format } from 'date-fns';
import { de } from 'date-fns/locale';

/** "6. Juni 1998" — dates from the database are calendar dates stored at UTC midnight. */
export function formatDate(date: Date): string {
  return format(new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()), 'd. MMMM yyyy', { locale: de });
}

export function formatYear(date: Date): string {
  return String(date.getUTCFullYear());
}

/** "25.11.2026, 14:05" in German time. */
export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date);
}
