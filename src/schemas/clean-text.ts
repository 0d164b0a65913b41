/**
 * Rules for clean text, shared by the browser and the service (no node module here): what a
 * one-line field and a free text may contain, and whether a text shows anything at all.
 */

/**
 * Control (Cc), format (Cf: zero-width, bidirectional overrides, BOM) and line/paragraph
 * separator characters: a one-line field has no use for any of them, and they hide text or
 * smuggle terminal escapes (ESC is a control character) into whoever reads the ticket.
 */
export const ONE_LINE_FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Control characters other than tab, line feed and carriage return: never part of a free text. */
export const FREE_TEXT_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Characters that draw nothing although Unicode calls them letters or symbols (Hangul fillers,
 * the blank Braille pattern): a text made of them alone is as empty as a blank one.
 */
const BLANK_LOOKING = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** True when the text has at least one visible letter or digit. */
export function hasVisibleText(text: string): boolean {
	return /[\p{L}\p{N}]/u.test(text.replace(BLANK_LOOKING, ''));
}
