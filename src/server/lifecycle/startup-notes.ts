import type { FollowUpConfig } from './config';
import type { FollowUp } from './follow-up';

/** The start-up lines (pt-BR) about deadlines and e-mail. */
export function describeFollowUp(config: FollowUpConfig, followUp: Pick<FollowUp, 'mailer'>): string[] {
	return [
		config.holidaysRegion
			? `Prazos em dias úteis com os feriados nacionais e do estado ${config.holidaysRegion} (America/Sao_Paulo).`
			: 'Prazos em dias úteis com os feriados nacionais (defina TICKET_API_HOLIDAYS_REGION, ex.: SP, para somar os do estado).',
		config.deadlineCheckMinutes > 0
			? `Prazos verificados ao iniciar e a cada ${config.deadlineCheckMinutes} minuto(s).`
			: 'Prazos verificados só ao iniciar (TICKET_API_DEADLINE_CHECK_MINUTES=0); rode npm run tickets -- prazos para verificar de novo.',
		followUp.mailer.description,
		`Links dos e-mails apontam para ${config.publicUrl} (TICKET_API_PUBLIC_URL).`,
	];
}
