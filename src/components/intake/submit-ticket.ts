/**
 * Hands a checked ticket to the ticket API (POST {api}/tickets) with its Idempotency-Key and a
 * timeout, and turns every possible answer into one outcome the page knows how to show.
 * Also records a deflection (POST {api}/deflections).
 */
import type { FieldError } from '../../schemas/ticket';

export const SUBMIT_TIMEOUT_MS = 15_000;

/** What POST /tickets answers on success. */
export interface TicketReceipt {
	id: string;
	status: string;
	createdAt: string;
	/** The private link to the ticket's tracking page, relative to the service (/acompanhar/?t=…). */
	trackingPath?: string;
}

const TRACKING_PATH = /^\/acompanhar\/\?t=[A-Za-z0-9_-]{43}$/;

/**
 * The absolute private link of a receipt: its path on the ticket service, whose address is the
 * API base's origin (the same site with `npm start`). Undefined when the receipt has none.
 */
export function trackingUrl(api: string, trackingPath: unknown, pageUrl: string): string | undefined {
	if (typeof trackingPath !== 'string' || !TRACKING_PATH.test(trackingPath)) return undefined;
	return new URL(trackingPath, new URL(api, pageUrl)).href;
}

export type SubmitOutcome =
	/** Stored (201), or the same ticket again for a repeated key and body (200). */
	| { kind: 'created'; receipt: TicketReceipt; replayed: boolean }
	/** 422: the API's messages per field. */
	| { kind: 'invalid'; message: string; fields: FieldError[] }
	/** 409: this key was already used for a different body. */
	| { kind: 'conflict'; message: string }
	/** 429: too many requests; `retryAfter` in seconds when the API said. */
	| { kind: 'rate-limited'; retryAfter?: number; message?: string }
	/** 5xx, or an answer that is not the contract's (a proxy page, broken JSON). */
	| { kind: 'unavailable'; status: number; message?: string }
	/** Any other 4xx (400, 413, 415…): retrying the same body will not help. */
	| { kind: 'rejected'; status: number; message?: string }
	| { kind: 'network' }
	| { kind: 'timeout' };

/** The API base: PUBLIC_TICKET_API_URL when set at build time, else the same origin's /api. */
export function apiBase(configured: unknown): string {
	const value = typeof configured === 'string' ? configured.trim() : '';
	return (value || '/api').replace(/\/+$/, '');
}

/** Retry-After as seconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
	if (!value) return undefined;
	const trimmed = value.trim();
	if (/^\d+$/.test(trimmed)) return Number(trimmed);
	const date = Date.parse(trimmed);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, Math.ceil((date - now) / 1000));
}

interface ErrorBody {
	message?: string;
	fields: FieldError[];
}

/** The contract's error body, read defensively: anything else yields no message and no fields. */
function readErrorBody(body: unknown): ErrorBody {
	const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
	if (typeof error !== 'object' || error === null) return { fields: [] };
	const { message, fields } = error as { message?: unknown; fields?: unknown };
	return {
		message: typeof message === 'string' && message.trim() ? message : undefined,
		fields: Array.isArray(fields)
			? fields.flatMap((field) =>
					typeof field === 'object' &&
					field !== null &&
					typeof (field as FieldError).path === 'string' &&
					typeof (field as FieldError).message === 'string'
						? [{ path: (field as FieldError).path, message: (field as FieldError).message }]
						: [],
				)
			: [],
	};
}

function isReceipt(body: unknown): body is TicketReceipt {
	if (typeof body !== 'object' || body === null) return false;
	const { id, status, createdAt } = body as Record<string, unknown>;
	return typeof id === 'string' && id !== '' && typeof status === 'string' && typeof createdAt === 'string';
}

/** One HTTP answer (status, Retry-After, parsed JSON body or undefined) as an outcome. */
export function classifyResponse(status: number, retryAfter: string | null, body: unknown, now: number = Date.now()): SubmitOutcome {
	if (status === 200 || status === 201) {
		// A success without the receipt is not the contract's answer: retrying with the same key is safe.
		return isReceipt(body) ? { kind: 'created', receipt: body, replayed: status === 200 } : { kind: 'unavailable', status };
	}
	const error = readErrorBody(body);
	if (status === 422) return { kind: 'invalid', message: error.message ?? '', fields: error.fields };
	if (status === 409) return { kind: 'conflict', message: error.message ?? '' };
	if (status === 429) return { kind: 'rate-limited', retryAfter: parseRetryAfter(retryAfter, now), message: error.message };
	if (status >= 500 || status < 400) return { kind: 'unavailable', status, message: error.message };
	return { kind: 'rejected', status, message: error.message };
}

export interface SubmitOptions {
	/** The API base, e.g. "/api" (see apiBase). */
	api: string;
	/** The JSON body (see ticketBody). */
	body: string;
	idempotencyKey: string;
	timeoutMs?: number;
	fetchImpl?: typeof fetch;
}

/** Sends the ticket once. Never throws: a failure is an outcome too. */
export async function submitTicket({ api, body, idempotencyKey, timeoutMs = SUBMIT_TIMEOUT_MS, fetchImpl = fetch }: SubmitOptions): Promise<SubmitOutcome> {
	const controller = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, timeoutMs);
	try {
		const response = await fetchImpl(`${api}/tickets`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
			body,
			signal: controller.signal,
			credentials: 'omit',
		});
		let parsed: unknown;
		try {
			parsed = await response.json();
		} catch {
			if (timedOut) return { kind: 'timeout' };
			parsed = undefined;
		}
		return classifyResponse(response.status, response.headers.get('Retry-After'), parsed);
	} catch {
		return timedOut ? { kind: 'timeout' } : { kind: 'network' };
	} finally {
		clearTimeout(timer);
	}
}

/** Records that a suggested article solved the problem. Best effort: false when it did not go through. */
export async function recordDeflection({
	api,
	subject,
	article,
	fetchImpl = fetch,
	timeoutMs = SUBMIT_TIMEOUT_MS,
}: {
	api: string;
	subject: string;
	article: string;
	fetchImpl?: typeof fetch;
	timeoutMs?: number;
}): Promise<boolean> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const response = await fetchImpl(`${api}/deflections`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ subject: subject.trim().slice(0, 150), article, outcome: 'resolvido' }),
			signal: controller.signal,
			credentials: 'omit',
			keepalive: true,
		});
		return response.ok;
	} catch {
		return false;
	} finally {
		clearTimeout(timer);
	}
}

function seconds(count: number): string {
	return count === 1 ? '1 segundo' : `${count} segundos`;
}

const KEPT = 'O que você escreveu continua salvo neste navegador.';
const RETRY_IS_SAFE = 'Use "Tentar novamente": se o envio anterior tiver chegado, o mesmo ticket é confirmado, sem duplicar.';

/** The pt-BR message the customer reads for a failed outcome (created has its own screen). */
export function outcomeMessage(outcome: Exclude<SubmitOutcome, { kind: 'created' }>): string {
	switch (outcome.kind) {
		case 'invalid': {
			const count = outcome.fields.length;
			if (count === 0) return outcome.message || 'O serviço de tickets recusou o formulário. Confira os campos e envie de novo.';
			return count === 1 ? 'Um campo precisa de correção antes de abrir o ticket.' : `${count} campos precisam de correção antes de abrir o ticket.`;
		}
		case 'conflict':
			return 'Uma versão anterior deste formulário já tinha sido recebida pelo Suporte, com outro conteúdo. Se quiser abrir um ticket com o conteúdo atual, envie de novo; para completar o ticket anterior, responda nele.';
		case 'rate-limited':
			return outcome.retryAfter !== undefined
				? `Muitos envios em pouco tempo. Aguarde ${seconds(outcome.retryAfter)} e use "Tentar novamente". ${KEPT}`
				: `Muitos envios em pouco tempo. Aguarde alguns instantes e use "Tentar novamente". ${KEPT}`;
		case 'unavailable':
			return `O serviço de tickets está com problemas no momento (erro ${outcome.status}). ${KEPT} ${RETRY_IS_SAFE}`;
		case 'rejected':
			return `${outcome.message ?? `O serviço de tickets recusou o envio (erro ${outcome.status}).`} ${KEPT}`;
		case 'network':
			return `Não foi possível falar com o serviço de tickets. Verifique a sua conexão. ${KEPT} ${RETRY_IS_SAFE}`;
		case 'timeout':
			return `O serviço de tickets não respondeu a tempo. ${KEPT} ${RETRY_IS_SAFE}`;
	}
}

/** Whether "Tentar novamente" makes sense: the same body may go through later. */
export function isRetryable(outcome: SubmitOutcome): boolean {
	return outcome.kind === 'rate-limited' || outcome.kind === 'unavailable' || outcome.kind === 'network' || outcome.kind === 'timeout';
}
