const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The bytes as text, or undefined when they are not valid UTF-8 (never silently replaced). */
export function decodeUtf8(bytes: ArrayBuffer): string | undefined {
	try {
		return strict.decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * True when every percent-escape of a form body (application/x-www-form-urlencoded) decodes to
 * valid UTF-8: URLSearchParams would turn a broken one into U+FFFD without a word.
 */
export function isValidFormEncoding(body: string): boolean {
	return body.split(/[&=]/).every((part) => {
		try {
			decodeURIComponent(part.replace(/\+/g, ' '));
			return true;
		} catch {
			return false;
		}
	});
}
