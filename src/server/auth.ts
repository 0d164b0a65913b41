import type { Context, MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { errorBody, sendError } from './errors';

const readingDisabled: MiddlewareHandler = async (c) =>
	sendError(
		c,
		403,
		'reading_disabled',
		'A leitura de chamados está desativada neste serviço: defina TICKET_API_ADMIN_TOKEN para ativá-la.',
	);

// bearerAuth answers 400 to a malformed header; the contract wants 401 whenever the token is
// not there, so every refusal below is a 401 with the contract's error body.
const refuse = (message: string) => (c: Context) => c.json(errorBody('unauthorized', message), 401);

/**
 * Guards the routes that read tickets (customer data): `Authorization: Bearer <token>` with
 * TICKET_API_ADMIN_TOKEN, compared in constant time by hono's bearerAuth. Without a configured
 * token, reading is disabled (403) rather than open.
 */
export function requireAdmin(token: string | undefined): MiddlewareHandler {
	if (!token) return readingDisabled;
	return bearerAuth({
		token,
		noAuthenticationHeader: {
			message: refuse('Para ler chamados, envie o cabeçalho "Authorization: Bearer <token de administração>".'),
		},
		invalidAuthenticationHeader: {
			message: refuse('O cabeçalho Authorization deve ter a forma "Bearer <token de administração>".'),
		},
		invalidToken: { message: refuse('O token de administração não confere.') },
	});
}
