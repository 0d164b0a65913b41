import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** HTML built by `markup`: every interpolated value already escaped. */
export type Markup = HtmlEscapedString;

/**
 * Hono's `html` tagged template (it escapes every interpolated string, attribute values
 * included), for the service's few pages. They never interpolate promises, so the result is
 * always ready; this says so to the type checker, and fails loudly if that ever changes.
 */
export function markup(strings: TemplateStringsArray, ...values: unknown[]): Markup {
	const result = html(strings, ...values);
	if (result instanceof Promise) throw new Error('markup: asynchronous values are not supported');
	return result;
}

/** Trusted HTML inserted as is (the built site's own files, never what a customer typed). */
export const trusted = (value: string): Markup => raw(value);
