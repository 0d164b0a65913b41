/** Dates in the content are calendar days (UTC midnight): format them in UTC so no day shifts. */
const longDate = new Intl.DateTimeFormat('pt-BR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "10 de fevereiro de 2026". */
export function formatDate(date: Date): string {
	return longDate.format(date);
}

/** "2026-02-10", for `<time datetime>` and sorting. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * The day the site considers today, as a calendar day (UTC midnight): `BUILD_DATE=YYYY-MM-DD`
 * when set (the test command fixes it, so bulletin expiry and feeds do not change with the
 * clock), else the real date. Every "today" of the project (bulletin expiry, the home page,
 * feeds, `npm run new`) goes through here. A malformed BUILD_DATE stops with a pt-BR message.
 */
export function today(env: Record<string, string | undefined> = process.env, now: Date = new Date()): Date {
	const fixed = env.BUILD_DATE?.trim();
	if (!fixed) return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fixed);
	const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
	if (!match || !day || day.getUTCMonth() !== Number(match[2]) - 1 || day.getUTCDate() !== Number(match[3])) {
		throw new Error(`BUILD_DATE deve ser um dia válido no formato AAAA-MM-DD, como 2026-12-01; recebido "${fixed}".`);
	}
	return day;
}
