import { expect, type APIRequestContext } from '@playwright/test';

/** The admin token the test servers run with (scripts/serve-site.ts). */
export const ADMIN = { Authorization: 'Bearer teste-admin-0123456789abcdefghijklmn' };

/**
 * Every stored ticket with this subject: the admin API reads one ticket by number, and numbers
 * are sequential (LC-000001…), so walk them until the first one that does not exist.
 */
export async function ticketsWithSubject(request: APIRequestContext, subject: string): Promise<string[]> {
	const found: string[] = [];
	for (let sequence = 1; ; sequence++) {
		const id = `LC-${String(sequence).padStart(6, '0')}`;
		const response = await request.get(`/api/tickets/${id}`, { headers: ADMIN });
		if (response.status() === 404) return found;
		expect(response.status()).toBe(200);
		if ((await response.json()).subject === subject) found.push(id);
	}
}
