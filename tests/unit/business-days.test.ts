import { describe, expect, it } from 'vitest';
import { addBusinessDays, formatLongDate, isBusinessDay, localDate } from '../../src/lifecycle/business-days';
import { CUSTOMER_DEADLINES } from '../../src/lifecycle/rules';
import { holidayCalendar, isKnownRegion } from '../../src/server/lifecycle/holidays';

const national = holidayCalendar();
const saoPaulo = holidayCalendar('SP');
const pendency = CUSTOMER_DEADLINES['pendencia-cliente'];
const validation = CUSTOMER_DEADLINES['validacao-cliente'];

describe('business days over the Brazilian calendar of date-holidays', () => {
	it('skips Carnival Monday and Tuesday, but Ash Wednesday is a business day', () => {
		expect(national.isHoliday('2027-02-08')).toBe(true);
		expect(national.isHoliday('2027-02-09')).toBe(true);
		expect(isBusinessDay('2027-02-10', national.isHoliday)).toBe(true);
		// Friday before Carnival + 7 business days: 10, 11, 12, 15, 16, 17, 18 of February.
		expect(addBusinessDays('2027-02-05', pendency, national.isHoliday)).toBe('2027-02-18');
		expect(addBusinessDays('2027-02-05', pendency, () => false)).toBe('2027-02-16');
	});

	it('skips Good Friday', () => {
		// Wednesday 24 March 2027 + 5: 25, (26 is Good Friday), 29, 30, 31 March, 1 April.
		expect(addBusinessDays('2027-03-24', validation, national.isHoliday)).toBe('2027-04-01');
	});

	it('skips Corpus Christi', () => {
		// Tuesday 25 May 2027 + 5: 26, (27 is Corpus Christi), 28, 31 May, 1, 2 June.
		expect(addBusinessDays('2027-05-25', validation, national.isHoliday)).toBe('2027-06-02');
	});

	it('skips Christmas and New Year, while Christmas Eve and New Year’s Eve count', () => {
		// Wednesday 23 Dec 2026 + 7: 24, (25), 28, 29, 30, 31, (1 Jan), 4, 5 January 2027.
		expect(addBusinessDays('2026-12-23', pendency, national.isHoliday)).toBe('2027-01-05');
	});

	it('skips a state holiday only for that state', () => {
		// 9 July (Revolução Constitucionalista) is a holiday in São Paulo, not nationally.
		expect(saoPaulo.isHoliday('2027-07-09')).toBe(true);
		expect(national.isHoliday('2027-07-09')).toBe(false);
		expect(addBusinessDays('2027-07-07', validation, saoPaulo.isHoliday)).toBe('2027-07-15');
		expect(addBusinessDays('2027-07-07', validation, national.isHoliday)).toBe('2027-07-14');
	});

	it('keeps national holidays in a state calendar (Consciência Negra in São Paulo)', () => {
		expect(saoPaulo.isHoliday('2026-11-20')).toBe(true);
	});

	it('starts counting on the next business day when the status begins on a weekend', () => {
		expect(addBusinessDays('2027-03-06', 1, national.isHoliday)).toBe('2027-03-08');
		expect(addBusinessDays('2027-03-06', pendency, national.isHoliday)).toBe('2027-03-16');
		expect(addBusinessDays('2027-03-07', pendency, national.isHoliday)).toBe('2027-03-16');
	});

	it('dates an instant in the America/Sao_Paulo calendar', () => {
		expect(localDate(new Date('2027-02-06T02:30:00Z'))).toBe('2027-02-05');
		expect(localDate(new Date('2027-02-06T03:00:00Z'))).toBe('2027-02-06');
	});

	it('writes a date the way the customer reads it', () => {
		expect(formatLongDate('2027-02-18')).toBe('quinta-feira, 18 de fevereiro de 2027');
	});

	it('knows the state codes', () => {
		expect(isKnownRegion('SP')).toBe(true);
		expect(isKnownRegion('XX')).toBe(false);
		expect(() => holidayCalendar('XX')).toThrow(RangeError);
	});
});
