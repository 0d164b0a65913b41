import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHolidayList } from '../../src/components/deadlines/holiday-list';
import { explainDeadline } from '../../src/lifecycle/deadline-explainer';
import { CUSTOMER_DEADLINES, STATUS_LABELS } from '../../src/lifecycle/rules';

describe('the deadline calculator of the site', () => {
	const list = buildHolidayList({ BUILD_DATE: '2026-12-01' });

	it('covers the year before the build through three years after, from date-holidays', () => {
		expect(list.from).toBe('2025-01-01');
		expect(list.to).toBe('2029-12-31');
		expect(list.holidays).toContainEqual({ date: '2027-02-08', name: 'Carnaval' });
		expect(list.holidays.some((holiday) => holiday.date === '2027-07-09')).toBe(false);
		expect(buildHolidayList({ BUILD_DATE: '2026-12-01', TICKET_API_HOLIDAYS_REGION: 'sp' }).holidays).toContainEqual({ date: '2027-07-09', name: 'Revolução Constitucionalista' });
		expect(() => buildHolidayList({ TICKET_API_HOLIDAYS_REGION: 'XX' })).toThrow('TICKET_API_HOLIDAYS_REGION');
	});

	it('explains a Pendência do Cliente deadline across Carnival', () => {
		const explanation = explainDeadline('pendencia-cliente', '2027-02-05', list.holidays);
		expect(explanation.date).toBe('2027-02-18');
		expect(explanation.headline).toBe('Responda até quinta-feira, 18 de fevereiro de 2027.');
		expect(explanation.details[0]).toContain('sexta-feira, 5 de fevereiro de 2027');
		expect(explanation.details[1]).toBe('Não contam 4 dia(s) de fim de semana e os feriados 08/02/2027 (Carnaval), 09/02/2027 (Carnaval).');
		expect(explanation.details[2]).toContain('passa sozinho para Validação Cliente');
	});

	it('explains a Validação Cliente deadline without holidays', () => {
		const explanation = explainDeadline('validacao-cliente', '2027-03-01', list.holidays);
		expect(explanation.date).toBe('2027-03-08');
		expect(explanation.details[1]).toBe('Não contam 2 dia(s) de fim de semana; não há feriado no período.');
		expect(explanation.details[2]).toContain('Acompanhamento');
	});
});

describe('the support page and the rules the service applies', () => {
	it('state the same deadlines', () => {
		const page = readFileSync('content/pages/status-e-prazos.md', 'utf8');
		for (const [status, days] of Object.entries(CUSTOMER_DEADLINES)) {
			expect(page).toMatch(new RegExp(`\\| ${STATUS_LABELS[status as keyof typeof CUSTOMER_DEADLINES]} \\|[^\\n]*\\| ${days} dias úteis \\|`));
		}
	});
});
