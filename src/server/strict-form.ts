import type { Context, MiddlewareHandler } from 'hono';
import { decodeUtf8, isValidFormEncoding, isValidMultipartText } from './utf8';

/** What every form page says when a post is not valid UTF-8 (answered with 400). */
export const INVALID_UTF8_TITLE = 'Caracteres inválidos';
export const INVALID_UTF8_MESSAGE = 'O formulário chegou com caracteres fora do padrão UTF-8. Volte à página e envie de novo.';

/**
 * True when a posted form (application/x-www-form-urlencoded or multipart/form-data) is valid
 * UTF-8 throughout, so that c.req.parseBody() (which reads the same cached body) gives the text as
 * typed and never replaces bad bytes with U+FFFD. Other content types are left to their route.
 */
export async function isValidUtf8Form(c: Context): Promise<boolean> {
	const contentType = c.req.header('Content-Type') ?? '';
	const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
	if (type === 'application/x-www-form-urlencoded') {
		const raw = decodeUtf8(await c.req.arrayBuffer());
		return raw !== undefined && isValidFormEncoding(raw);
	}
	if (type === 'multipart/form-data') return isValidMultipartText(await c.req.arrayBuffer(), contentType);
	return true;
}

/** Middleware for a form route: a post with invalid UTF-8 gets `refuse(c)` (a 400 page in pt-BR). */
export function requireUtf8Form(refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
	return async (c, next) => ((await isValidUtf8Form(c)) ? next() : refuse(c));
}
