/** Error codes of a client that went away mid-request: not a fault of the service. */
const HANG_UP_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'HPE_INVALID_EOF_STATE']);

/** True when the error only says that the client hung up (worth one log line, not a stack trace). */
export function isClientHangUp(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
	return (
		(typeof code === 'string' && HANG_UP_CODES.has(code)) ||
		name === 'AbortError' ||
		message === 'aborted'
	);
}
