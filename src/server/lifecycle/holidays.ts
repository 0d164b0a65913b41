/**
 * The holidays that are not business days for the support team, from date-holidays: Brazil's
 * national holidays plus those of the state in TICKET_API_HOLIDAYS_REGION (e.g. "SP"). Public and
 * bank holidays count (Carnival Monday and Tuesday, Corpus Christi are bank holidays); the
 * "optional" half days (Ash Wednesday, Christmas Eve, New Year's Eve) stay business days.
 */
import Holidays from 'date-holidays';
import type { HolidayCheck, IsoDate } from '../../lifecycle/business-days';

const COUNTRY = 'BR';
const DAYS_OFF = new Set(['public', 'bank']);

export interface Holiday {
	date: IsoDate;
	name: string;
}

/** The state codes date-holidays knows for Brazil, with their names. */
export function brazilianStates(): Record<string, string> {
	return new Holidays().getStates(COUNTRY) ?? {};
}

/** Whether `region` is a state code date-holidays knows ("SP", "RJ"…). */
export function isKnownRegion(region: string): boolean {
	return Object.hasOwn(brazilianStates(), region);
}

export interface HolidayCalendar {
	/** The state whose holidays count too, or undefined for national holidays only. */
	region: string | undefined;
	/** The days off of one year, sorted by date. */
	holidays(year: number): Holiday[];
	isHoliday: HolidayCheck;
}

/**
 * The calendar of national (and, with `region`, state) days off. National holidays are always
 * kept, even where the state data of date-holidays leaves one out.
 */
export function holidayCalendar(region?: string): HolidayCalendar {
	if (region !== undefined && !isKnownRegion(region)) throw new RangeError(`unknown Brazilian state: ${region}`);
	const sources = [new Holidays(COUNTRY), ...(region ? [new Holidays(COUNTRY, region)] : [])];
	const years = new Map<number, Map<IsoDate, string>>();
	const daysOff = (year: number): Map<IsoDate, string> => {
		let found = years.get(year);
		if (!found) {
			found = new Map();
			for (const source of sources) {
				for (const holiday of source.getHolidays(year)) {
					if (!DAYS_OFF.has(holiday.type)) continue;
					const date = holiday.date.slice(0, 10);
					if (!found.has(date)) found.set(date, holiday.name);
				}
			}
			years.set(year, found);
		}
		return found;
	};
	return {
		region,
		holidays: (year) =>
			[...daysOff(year)].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date)),
		isHoliday: (date) => daysOff(Number(date.slice(0, 4))).has(date),
	};
}
