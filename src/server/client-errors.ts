import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from './errors';
import { errorBody } from './errors';
import { isClientHangUp } from './hang-up';
import { type CspDirectives, cspDirectives, securityHeaderLines } from './security-policy';

interface ClientError extends NodeJS.ErrnoException {
	rawPacket?: Buffer;
}

interface Answer {
	status: number;
	reason: string;
	code: ErrorCode;
	message: string;
}

function answerFor(error: ClientError): Answer {
	switch (error.code) {
		case 'HPE_HEADER_OVERFLOW':
			return {
				status: 431,
				reason: 'Request Header Fields Too Large',
				code: 'request_header_fields_too_large',
				message: 'Os cabeçalhos do pedido passam do tamanho aceito. Limpe os cookies deste endereço e tente de novo.',
			};
		case 'ERR_HTTP_REQUEST_TIMEOUT':
			return {
				status: 408,
				reason: 'Request Timeout',
				code: 'request_timeout',
				message: 'O pedido demorou demais para chegar e foi encerrado. Tente de novo.',
			};
		default:
			return {
				status: 400,
				reason: 'Bad Request',
				code: 'bad_request',
				message: 'O pedido HTTP está malformado e não pôde ser lido.',
			};
	}
}

/** Whether the request line seen so far names a path outside /api (a page). */
function isPageRequest(raw: Buffer | undefined): boolean {
	const line = raw?.toString('latin1', 0, 256) ?? '';
	const match = /^[A-Z]+ (\S+)/.exec(line);
	if (!match) return false;
	const path = match[1]!;
	return !(path === '/api' || path.startsWith('/api/') || path.startsWith('/api?'));
}

/**
 * What node:http does before a request reaches Hono (headers too long, a malformed request, a
 * request that took too long), answered like the rest of the service: the contract's JSON under
 * /api (or when the path is unknown), a pt-BR text for a page, with the security headers of `csp`.
 * A client that hung up or was
 * cut gets nothing, and each case is one log line, never a stack trace.
 */
export function answerClientErrors(
	server: Server,
	{ csp = cspDirectives(), log = console.warn }: { /** The policy the other answers carry. */ csp?: CspDirectives; log?: (line: string) => void } = {},
): void {
	// Written by hand, these answers skip Hono's middleware: they get the same security headers here.
	const security = securityHeaderLines(csp)
		.map((line) => `${line}\r\n`)
		.join('');
	server.on('clientError', (error: ClientError, socket: Duplex) => {
		// A hang-up: the route that was reading the request (if any) logs its one line.
		if (isClientHangUp(error) || !socket.writable) {
			socket.destroy();
			return;
		}
		const answer = answerFor(error);
		log(`[http] pedido recusado (${answer.status}, ${error.code ?? error.message})`);
		const page = isPageRequest(error.rawPacket);
		const body = page ? answer.message : JSON.stringify(errorBody(answer.code, answer.message));
		const type = page ? 'text/plain; charset=UTF-8' : 'application/json';
		socket.end(
			`HTTP/1.1 ${answer.status} ${answer.reason}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
				`Cache-Control: no-store\r\n${security}Connection: close\r\n\r\n${body}`,
		);
	});
}
