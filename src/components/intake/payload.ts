/**
 * From the form's values to the ticket the API receives, checked with the very schema the
 * ticket service applies (src/schemas/ticket.ts), so the page and the service agree on every rule.
 */
import { PATH_ID_PATTERN } from '../../schemas/common';
import { type FieldError, type Ticket, type TicketCatalog, ticketSchema, toFieldErrors } from '../../schemas/ticket';
import type { DeflectionTrail, DraftValues } from './draft-store';

/** What the page embeds at build time: products and modules with the names people read. */
export interface IntakeCatalog extends TicketCatalog {
	products: { id: string; name: string }[];
	modules: { id: string; name: string; product: string }[];
}

/**
 * A blank field is left out, so the schema says what is missing ("Informe o assunto.") rather
 * than how long it must be; what the customer typed is otherwise sent as typed (the schema trims).
 */
function present(value: string): string | undefined {
	return value.trim() === '' ? undefined : value;
}

function yesNo(value: string): boolean | undefined {
	if (value === 'sim') return true;
	if (value === 'nao') return false;
	return undefined;
}

/**
 * The ticket as sent, before the schema's checks. Blank fields are omitted; the version accepts
 * a comma for the dot (phone keypads in pt-BR offer the comma); only ids that look like FAQ ids
 * travel in the deflection trail.
 */
export function buildTicketPayload(values: DraftValues, trail: DeflectionTrail): Record<string, unknown> {
	const validIds = (ids: readonly string[]) => ids.filter((id) => PATH_ID_PATTERN.test(id));
	const payload = {
		subject: present(values.subject),
		description: present(values.description),
		product: present(values.product),
		module: present(values.module),
		routine: present(values.routine),
		version: present(values.version.trim().replace(/,/g, '.')),
		environment: present(values.environment),
		requester: {
			name: present(values['requester.name']),
			email: present(values['requester.email']),
			company: present(values['requester.company']),
			phone: present(values['requester.phone']),
		},
		remoteAccess: yesNo(values.remoteAccess),
		deflection: { suggested: validIds(trail.suggested), opened: validIds(trail.opened) },
	};
	// Drops the keys left undefined, as JSON would.
	return JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
}

export type TicketCheck = { ok: true; ticket: Ticket } | { ok: false; fields: FieldError[] };

/**
 * Checks the ticket with the service's schema and the catalog. The valid ticket is what gets
 * sent: trimmed, blank optional fields dropped, so retries of the same draft send the same body.
 */
export function checkTicket(payload: unknown, catalog: TicketCatalog): TicketCheck {
	const parsed = ticketSchema(catalog).safeParse(payload);
	return parsed.success ? { ok: true, ticket: parsed.data } : { ok: false, fields: toFieldErrors(parsed.error) };
}

/** The JSON body of a checked ticket (keys whose value is undefined disappear). */
export function ticketBody(ticket: Ticket): string {
	return JSON.stringify(ticket);
}

/** Modules of one product, in catalog order; none when no product is chosen. */
export function modulesOf(catalog: IntakeCatalog, product: string): IntakeCatalog['modules'] {
	return product ? catalog.modules.filter((module) => module.product === product) : [];
}
