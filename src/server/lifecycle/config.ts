/**
 * The settings of ticket follow-up (deadlines, e-mail, links), read with the rest of the
 * service's configuration (config.ts).
 */
import type { ConfigError as ConfigErrorType, Env } from '../config';
import { brazilianStates, isKnownRegion } from './holidays';

export interface FollowUpConfig {
	/** The Brazilian state whose holidays count too (TICKET_API_HOLIDAYS_REGION), or national only. */
	holidaysRegion: string | undefined;
	/** The public address of the site, for the links in e-mails (no trailing slash). */
	publicUrl: string;
	/** SMTP connection URL; undefined writes every e-mail to the outbox folder instead. */
	smtpUrl: string | undefined;
	/** The sender of the e-mails. */
	mailFrom: string;
	/** Minutes between two deadline runs of the scheduler; 0 runs it only at start. */
	deadlineCheckMinutes: number;
}

const DEFAULT_PUBLIC_URL = 'http://localhost:4321';
const DEFAULT_FROM = 'Suporte Linha Consinco <suporte@localhost>';
export const DEFAULT_DEADLINE_CHECK_MINUTES = 15;

/** Reads the follow-up settings; `fail` builds the service's ConfigError (no import cycle). */
export function loadFollowUpConfig(env: Env, fail: (message: string) => ConfigErrorType): FollowUpConfig {
	const region = env.TICKET_API_HOLIDAYS_REGION?.trim().toUpperCase() || undefined;
	if (region && !isKnownRegion(region)) {
		throw fail(`TICKET_API_HOLIDAYS_REGION deve ser a sigla de um estado (${Object.keys(brazilianStates()).join(', ')}); recebido "${region}".`);
	}
	const rawUrl = env.TICKET_API_PUBLIC_URL?.trim() || env.SITE_URL?.trim() || DEFAULT_PUBLIC_URL;
	let publicUrl: string;
	try {
		const url = new URL(rawUrl);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
		publicUrl = url.href.replace(/\/$/, '');
	} catch {
		throw fail(`TICKET_API_PUBLIC_URL deve ser o endereço público do site, como "https://ajuda.exemplo.com.br"; recebido "${rawUrl}".`);
	}
	const smtpUrl = env.TICKET_API_SMTP_URL?.trim() || undefined;
	if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) {
		throw fail('TICKET_API_SMTP_URL deve ter a forma "smtp://usuário:senha@servidor:587" (ou smtps:// para TLS direto).');
	}
	const minutes = env.TICKET_API_DEADLINE_CHECK_MINUTES?.trim();
	const deadlineCheckMinutes = minutes ? Number(minutes) : DEFAULT_DEADLINE_CHECK_MINUTES;
	if (!Number.isInteger(deadlineCheckMinutes) || deadlineCheckMinutes < 0 || deadlineCheckMinutes > 1440) {
		throw fail(`TICKET_API_DEADLINE_CHECK_MINUTES deve ser um número inteiro de 0 a 1440; recebido "${minutes}".`);
	}
	return {
		holidaysRegion: region,
		publicUrl,
		smtpUrl,
		mailFrom: env.TICKET_API_MAIL_FROM?.trim() || DEFAULT_FROM,
		deadlineCheckMinutes,
	};
}
