// Study days are the learner's local calendar days, turning over at a chosen hour (4 a.m. by
// default, so a late session still counts for the day it began). Days are stepped on the calendar,
// not in 24-hour blocks, so a daylight-saving change does not shift them.

/** When the study day holding `t` began. */
export function startOfStudyDay(t: Date, dayStartsAt: number): Date {
	const start = new Date(t.getFullYear(), t.getMonth(), t.getDate(), dayStartsAt);
	if (start > t) start.setDate(start.getDate() - 1);
	return start;
}

export function addDays(d: Date, n: number): Date {
	const r = new Date(d);
	r.setDate(r.getDate() + n);
	return r;
}

function ymd(d: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The study day holding `t`, as YYYY-MM-DD. */
export function studyDay(t: Date, dayStartsAt: number): string {
	return ymd(startOfStudyDay(t, dayStartsAt));
}

/** The Monday (YYYY-MM-DD) of the study week holding `t`. */
export function studyWeek(t: Date, dayStartsAt: number): string {
	const start = startOfStudyDay(t, dayStartsAt);
	return ymd(addDays(start, -((start.getDay() + 6) % 7)));
}
