/**
 * The holidays the site's deadline calculator knows, generated at build time from date-holidays
 * (the same calendar as the ticket service): the year before the build through three years after,
 * national holidays plus those of TICKET_API_HOLIDAYS_REGION when set.
 */
import { holidayCalendar, isKnownRegion } from '../../server/lifecycle/holidays';
import { today } from '../../utils/dates';
import type { Holiday } from '../../lifecycle/deadline-explainer';

export interface HolidayList {
	region: string | undefined;
	/** First and last calendar day the list covers. */
	from: string;
	to: string;
	holidays: Holiday[];
}

export function buildHolidayList(env: Record<string, string | undefined> = process.env): HolidayList {
	const region = env.TICKET_API_HOLIDAYS_REGION?.trim().toUpperCase() || undefined;
	if (region && !isKnownRegion(region)) {
		throw new Error(`TICKET_API_HOLIDAYS_REGION deve ser a sigla de um estado brasileiro, como SP; recebido "${region}".`);
	}
	const year = today(env).getUTCFullYear();
	const calendar = holidayCalendar(region);
	const holidays: Holiday[] = [];
	for (let each = year - 1; each <= year + 3; each++) holidays.push(...calendar.holidays(each));
	return { region, from: `${year - 1}-01-01`, to: `${year + 3}-12-31`, holidays };
}
