const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The bytes as text, or undefined when they are not valid UTF-8 (never silently replaced). */
export function decodeUtf8(bytes: ArrayBuffer | ArrayBufferView): string | undefined {
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

/**
 * True when every text part of a multipart/form-data body (its headers and, unless it is a file,
 * its content) is valid UTF-8: Request.formData() would turn broken bytes into U+FFFD.
 */
export function isValidMultipartText(bytes: ArrayBuffer, contentType: string): boolean {
	const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
	// Without a boundary there are no fields to read: the form's own checks answer.
	if (!boundary) return true;
	const body = Buffer.from(bytes);
	const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`, 'latin1');
	let start = body.indexOf(delimiter);
	while (start !== -1) {
		const next = body.indexOf(delimiter, start + delimiter.length);
		if (next === -1) break;
		const part = body.subarray(start + delimiter.length, next);
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const headers = part.subarray(0, headerEnd);
			if (decodeUtf8(headers) === undefined) return false;
			const isFile = /filename\*?=/i.test(headers.toString('latin1'));
			// The CRLF before the next delimiter belongs to the delimiter.
			if (!isFile && decodeUtf8(part.subarray(headerEnd + 4, Math.max(headerEnd + 4, part.length - 2))) === undefined) return false;
		}
		start = next;
	}
	return true;
}
