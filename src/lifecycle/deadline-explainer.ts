/**
 * The customer's deadline explained in pt-BR: what the site's calculator shows, from the same
 * rules and business-day count the ticket service applies. Browser-safe.
 */
import { addBusinessDays, addDays, formatLongDate, formatShortDate, type IsoDate, isBusinessDay, weekday } from './business-days';
import { AFTER_DEADLINE, CUSTOMER_DEADLINES, type CustomerStatus, STATUS_LABELS } from './rules';

export interface Holiday {
	date: IsoDate;
	name: string;
}

export interface DeadlineExplanation {
	/** The last day to answer. */
	date: IsoDate;
	/** "Responda até quinta-feira, 18 de fevereiro de 2027." */
	headline: string;
	/** How it was counted, and what happens after. */
	details: string[];
}

export function explainDeadline(status: CustomerStatus, start: IsoDate, holidays: readonly Holiday[]): DeadlineExplanation {
	const byDate = new Map(holidays.map((holiday) => [holiday.date, holiday.name]));
	const isHoliday = (date: IsoDate) => byDate.has(date);
	const days = CUSTOMER_DEADLINES[status];
	const date = addBusinessDays(start, days, isHoliday);
	const skipped: string[] = [];
	let weekendDays = 0;
	for (let day = addDays(start, 1); day <= date; day = addDays(day, 1)) {
		if (isBusinessDay(day, isHoliday)) continue;
		const name = byDate.get(day);
		if (name && weekday(day) !== 0 && weekday(day) !== 6) skipped.push(`${formatShortDate(day)} (${name})`);
		else weekendDays++;
	}
	const next = AFTER_DEADLINE[status];
	const details = [
		`O ticket entrou em ${STATUS_LABELS[status]} em ${formatLongDate(start)}. A contagem começa no dia seguinte: são ${days} dias úteis, de segunda a sexta-feira, sem feriados.`,
		skipped.length
			? `Não contam ${weekendDays} dia(s) de fim de semana e ${skipped.length === 1 ? 'o feriado' : 'os feriados'} ${skipped.join(', ')}.`
			: `Não contam ${weekendDays} dia(s) de fim de semana; não há feriado no período.`,
		next === 'validacao-cliente'
			? `Se não houver resposta até ${formatShortDate(date)}, o ticket passa sozinho para ${STATUS_LABELS[next]} e a pesquisa de satisfação é enviada.`
			: `Depois de ${formatShortDate(date)}, o ticket é encerrado: para continuar, será preciso abrir um Acompanhamento, com novo código de ticket.`,
	];
	return { date, headline: `Responda até ${formatLongDate(date)}.`, details };
}
