/**
 * "Abra um ticket para o módulo Fiscal" links carry `?produto=erp&modulo=fiscal`: the intake
 * page starts with that product and module chosen, unless the saved draft already has a
 * product or module (a draft is never overwritten).
 */
import type { DraftValues } from './draft-store';
import type { IntakeCatalog } from './payload';

export const PREFILL_PARAMS = { product: 'produto', module: 'modulo' } as const;

/** The intake page's address with a module (and its product) to start with. */
export function ticketLinkFor(module: { id: string; product: string }): string {
	const query = new URLSearchParams({ [PREFILL_PARAMS.product]: module.product, [PREFILL_PARAMS.module]: module.id });
	return `/abrir-ticket/?${query.toString()}`;
}

/** The values with the link's product and module, or undefined when there is nothing to apply. */
export function prefilledValues(values: DraftValues, search: string, catalog: IntakeCatalog): DraftValues | undefined {
	if (values.product || values.module) return undefined;
	const params = new URLSearchParams(search);
	const module = catalog.modules.find((entry) => entry.id === params.get(PREFILL_PARAMS.module));
	// A known module brings its own product, whatever the link says the product is.
	if (module) return { ...values, product: module.product, module: module.id };
	const product = catalog.products.find((entry) => entry.id === params.get(PREFILL_PARAMS.product));
	return product ? { ...values, product: product.id } : undefined;
}
