/**
 * Keeps personal data out of the report: ticket subjects and feedback comments are free text,
 * so e-mail addresses and phone numbers in them are masked, and so is anything of the ticket's
 * own requester (name, company, e-mail, phone) that the customer repeated in the subject.
 */

export const REDACTED = '[dado pessoal removido]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** Brazilian phone numbers as typed: "(11) 99999-0000", "11 3333 4444", "+55 11 999990000". */
const PHONE = /(?:\+?55[\s.-]?)?(?:\(?\d{2}\)?[\s.-]?)?\d{4,5}[\s.-]?\d{4}\b/g;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with e-mails, phones and the given known values (ignoring case) masked. */
export function redact(text: string, known: readonly (string | undefined)[] = []): string {
	let result = text;
	for (const value of known) {
		const trimmed = value?.trim();
		if (trimmed && trimmed.length >= 3) result = result.replace(new RegExp(escapeRegExp(trimmed), 'giu'), REDACTED);
	}
	return result.replace(EMAIL, REDACTED).replace(PHONE, REDACTED);
}
