/**
 * Keeps personal data out of the report: ticket subjects and feedback comments are free text,
 * so e-mail addresses and phone numbers in them are masked, and so is any name, company, e-mail
 * or phone of a requester the service knows (a customer may name another customer, or a
 * colleague who also opened a ticket, in a subject or in a comment).
 */

export const REDACTED = '[dado pessoal removido]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** Brazilian phone numbers as typed: "(11) 99999-0000", "11 3333 4444", "+55 11 999990000". */
const PHONE = /(?:\+?55[\s.-]?)?(?:\(?\d{2}\)?[\s.-]?)?\d{4,5}[\s.-]?\d{4}\b/g;
/** Known values shorter than this are too likely to be ordinary words. */
const MIN_KNOWN_LENGTH = 3;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern for every known value, longest first (so "Mercado Bom Preço" wins over "Mercado"),
 * matched as whole words, ignoring case and the spacing between words; undefined when none.
 */
function knownPattern(known: readonly (string | undefined)[]): RegExp | undefined {
	const values = [...new Set(known.map((value) => value?.trim().replace(/\s+/g, ' ') ?? ''))]
		.filter((value) => value.length >= MIN_KNOWN_LENGTH)
		.sort((a, b) => b.length - a.length || a.localeCompare(b));
	if (values.length === 0) return undefined;
	const alternatives = values.map((value) => escapeRegExp(value).replace(/ /g, '\\s+'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** A function that masks e-mails, phones and the given known values in a text; build it once per report. */
export function redactor(known: readonly (string | undefined)[] = []): (text: string) => string {
	const pattern = knownPattern(known);
	return (text) => (pattern ? text.replace(pattern, REDACTED) : text).replace(EMAIL, REDACTED).replace(PHONE, REDACTED);
}

/** The text with e-mails, phones and the given known values (ignoring case) masked. */
export function redact(text: string, known: readonly (string | undefined)[] = []): string {
	return redactor(known)(text);
}
