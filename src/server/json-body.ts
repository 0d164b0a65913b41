import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApiEnv } from './api-env';
import { sendError } from './errors';
import { decodeUtf8 } from './utf8';

/** The contract's limit on a request body. */
export const MAX_BODY_BYTES = 64 * 1024;

/** `application/json`, with no charset or with UTF-8 (the only encoding the contract allows). */
function isJsonUtf8(contentType: string | undefined): boolean {
	if (!contentType) return false;
	const [mediaType, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
	if (mediaType !== 'application/json') return false;
	const charset = parameters.find((parameter) => parameter.startsWith('charset='));
	return !charset || ['utf-8', 'utf8', '"utf-8"'].includes(charset.slice('charset='.length));
}

const requireJsonContentType: MiddlewareHandler<ApiEnv> = async (c, next) => {
	if (!isJsonUtf8(c.req.header('Content-Type'))) {
		return sendError(
			c,
			415,
			'unsupported_media_type',
			'O corpo deve ser JSON em UTF-8: envie o cabeçalho "Content-Type: application/json".',
		);
	}
	return next();
};

// hono's bodyLimit checks Content-Length up front and counts bytes of a chunked body as it reads.
const limitBodySize = bodyLimit({
	maxSize: MAX_BODY_BYTES,
	onError: (c) =>
		sendError(c, 413, 'payload_too_large', `O corpo do pedido passa do limite de ${MAX_BODY_BYTES / 1024} KiB.`),
});

const parseJson: MiddlewareHandler<ApiEnv> = async (c, next) => {
	const text = decodeUtf8(await c.req.arrayBuffer());
	if (text === undefined) {
		return sendError(c, 400, 'invalid_encoding', 'O corpo do pedido não está em UTF-8 válido; envie o texto em UTF-8.');
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return sendError(c, 400, 'invalid_json', 'O corpo do pedido não é um JSON válido.');
	}
	c.set('json', json);
	return next();
};

/**
 * The steps before a JSON route handler, in order: 415 for another content type, 413 past
 * 64 KiB, 400 for malformed JSON; then the handler finds the body in `c.var.json`.
 */
export const jsonBody = [requireJsonContentType, limitBodySize, parseJson] as const;
