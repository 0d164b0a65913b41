/**
 * Business days over a list of holidays, on calendar dates (`AAAA-MM-DD`) of the support's time
 * zone. Pure and browser-safe: the holidays come from date-holidays on the server and from the
 * list generated at build time in the browser (see src/server/lifecycle/holidays.ts).
 */

/** The support team's time zone: every deadline is counted in its calendar. */
export const SUPPORT_TIME_ZONE = 'America/Sao_Paulo';

/** A calendar date, `AAAA-MM-DD`. */
export type IsoDate = string;

/** Anything that knows whether a date is a holiday. */
export type HolidayCheck = (date: IsoDate) => boolean;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
	const match = ISO_DATE.exec(date);
	if (!match) throw new RangeError(`not an ISO date: ${date}`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
	const [year, month, day] = parts(date);
	return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
	const [year, month, day] = parts(date);
	return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isBusinessDay(date: IsoDate, isHoliday: HolidayCheck): boolean {
	const day = weekday(date);
	return day !== 0 && day !== 6 && !isHoliday(date);
}

/**
 * The `count`-th business day after `start` (the start day itself never counts, whatever it is):
 * entering a status on Friday with 1 business day gives the next Monday, if it is not a holiday.
 */
export function addBusinessDays(start: IsoDate, count: number, isHoliday: HolidayCheck): IsoDate {
	let date = start;
	for (let left = count; left > 0; ) {
		date = addDays(date, 1);
		if (isBusinessDay(date, isHoliday)) left--;
	}
	return date;
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per time zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in the support's time zone. */
export function localDate(instant: Date, timeZone: string = SUPPORT_TIME_ZONE): IsoDate {
	let format = dayFormats.get(timeZone);
	if (!format) {
		// en-CA writes dates as AAAA-MM-DD.
		format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
		dayFormats.set(timeZone, format);
	}
	return format.format(instant);
}

const longDateFormat = new Intl.DateTimeFormat('pt-BR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** "sexta-feira, 12 de fevereiro de 2027": a date as the customer reads it. */
export function formatLongDate(date: IsoDate): string {
	const [year, month, day] = parts(date);
	return longDateFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "12/02/2027". */
export function formatShortDate(date: IsoDate): string {
	const [year, month, day] = parts(date);
	return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "18/02/2027 14:30": an instant as the customer reads it, in the support's time zone. */
export function formatDateTime(instant: string | Date, timeZone: string = SUPPORT_TIME_ZONE): string {
	const date = typeof instant === 'string' ? new Date(instant) : instant;
	let format = dateTimeFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('pt-BR', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
		dateTimeFormats.set(timeZone, format);
	}
	const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
	return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
