import type { MiddlewareHandler } from 'hono';
import { RETAINED_304_HEADERS } from 'hono/etag';

/** What a 304 keeps of the 200 it stands for: the etag middleware's list, and Last-Modified. */
const RETAINED = new Set([...RETAINED_304_HEADERS, 'last-modified']);

/**
 * Answers 304 to a GET or HEAD with If-Modified-Since when the file's Last-Modified is not later
 * (RFC 9110 §13.1.3). If-None-Match, when sent, decides alone (the etag middleware answers it).
 * Dates have one-second precision, as HTTP dates do.
 */
export function ifModifiedSince(): MiddlewareHandler {
	return async (c, next) => {
		await next();
		const since = c.req.header('If-Modified-Since');
		if (!since || c.req.header('If-None-Match') !== undefined) return;
		if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200) return;
		const lastModified = Date.parse(c.res.headers.get('Last-Modified') ?? '');
		const sinceTime = Date.parse(since);
		if (Number.isNaN(lastModified) || Number.isNaN(sinceTime) || Math.floor(lastModified / 1000) > Math.floor(sinceTime / 1000)) return;
		await c.res.body?.cancel();
		// Hono copies the 200's headers onto the new answer; keep only those a 304 carries.
		c.res = new Response(null, { status: 304, statusText: 'Not Modified' });
		for (const name of Array.from(c.res.headers.keys())) if (!RETAINED.has(name.toLowerCase())) c.res.headers.delete(name);
	};
}
