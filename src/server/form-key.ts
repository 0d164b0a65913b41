import { createHash, randomUUID } from 'node:crypto';
import { FORM_KEY_PLACEHOLDER } from '../components/intake/form-post';

/**
 * The idempotency key of a ticket posted by the plain HTML form (no JavaScript).
 *
 * The intake page is static, so whatever key the build writes into it would be the same for
 * every visitor. Instead the built page carries a placeholder, and the site server (npm start)
 * replaces it with a fresh random UUID on every GET of the page (`withFreshFormKey`), marking
 * the answer `private, no-cache` so no shared cache hands one visitor's key to another. Each
 * visitor thus posts a key of their own; a double click posts it twice and the second post
 * replays the first ticket instead of opening another. The page the service renders after an
 * invalid post carries the same key again (nothing was stored with it).
 *
 * Where the page is served by something else (a static host, with PUBLIC_TICKET_API_URL), the
 * placeholder arrives as is. The service then derives the key from what was typed
 * (`derivedFormKey`): the two posts of a double click carry the same content, hence the same
 * key and one ticket, and two different tickets never share a key. The price: the very same
 * ticket (every field equal) sent again later gets the first ticket's number, not a new one.
 */

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page's HTML with a new key in place of the placeholder. */
export function withFreshFormKey(pageHtml: string, newKey: () => string = randomUUID): string {
	return pageHtml.replaceAll(`value="${FORM_KEY_PLACEHOLDER}"`, `value="${newKey()}"`);
}

/** A UUID-shaped key made from a hash of the posted content (see above). */
export function derivedFormKey(contentHash: string): string {
	const hex = createHash('sha256').update(`form:${contentHash}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The key to store the post under: the posted one when it is a UUID, else the derived one. */
export function formKey(posted: string | undefined, contentHash: string): string {
	const key = posted?.trim() ?? '';
	return UUID_PATTERN.test(key) ? key.toLowerCase() : derivedFormKey(contentHash);
}
