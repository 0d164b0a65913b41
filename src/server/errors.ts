import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '../schemas/ticket';

/** The error codes the service answers with (the `code` of the contract's error body). */
export type ErrorCode =
	| 'invalid_json'
	| 'missing_idempotency_key'
	| 'invalid_idempotency_key'
	| 'idempotency_conflict'
	| 'transition_not_allowed'
	| 'payload_too_large'
	| 'unsupported_media_type'
	| 'validation_failed'
	| 'rate_limited'
	| 'unauthorized'
	| 'reading_disabled'
	| 'not_found'
	| 'storage_unavailable'
	| 'internal_error'
	| 'method_not_allowed'
	| 'host_not_allowed'
	| 'request_header_fields_too_large'
	| 'bad_request'
	| 'request_timeout'
	| 'invalid_encoding';

/** The contract's error body: `message` is pt-BR, for people. */
export interface ErrorBody {
	error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

export function errorBody(code: ErrorCode, message: string, fields?: FieldError[]): ErrorBody {
	return { error: fields ? { code, message, fields } : { code, message } };
}

/** Answers with the contract's error body. */
export function sendError(
	c: Context,
	status: ContentfulStatusCode,
	code: ErrorCode,
	message: string,
	fields?: FieldError[],
): Response {
	return c.json(errorBody(code, message, fields), status);
}
