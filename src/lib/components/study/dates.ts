// Dates as a learner reads them, in their own language and time zone.

const DAY = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const DAY_AND_TIME = new Intl.DateTimeFormat(undefined, {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	hour: 'numeric',
	minute: '2-digit'
});
const SHORT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** A study day written YYYY-MM-DD, as a local date. */
export function fromDayKey(day: string): Date {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y, m - 1, d);
}

export const formatDay = (day: string): string => DAY.format(fromDayKey(day));

export const formatShortDay = (day: string): string => SHORT.format(fromDayKey(day));

/** When a question comes back: in minutes the same day, or the day (and time, if it is today). */
export function formatDue(due: Date, now: Date): string {
	const minutes = Math.round((due.getTime() - now.getTime()) / 60_000);
	if (minutes <= 1) return 'now';
	if (minutes < 60) return `in ${minutes} minutes`;
	const days = Math.round((due.getTime() - now.getTime()) / 86_400_000);
	if (days < 1) return `at ${DAY_AND_TIME.format(due)}`;
	return `in ${days} ${days === 1 ? 'day' : 'days'}, on ${DAY.format(due)}`;
}
