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

/** Today as a calendar day (UTC midnight), overridable for tests with BUILD_DATE=YYYY-MM-DD. */
export function today(env: Record<string, string | undefined> = process.env): Date {
	const fixed = env.BUILD_DATE;
	const now = fixed ? new Date(`${fixed}T00:00:00Z`) : new Date();
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
