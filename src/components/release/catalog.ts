import { getCollection } from 'astro:content';

/** Names and order of products and modules, for labels and grouping. */
export interface CatalogNames {
	productName: (id: string) => string;
	moduleName: (id: string) => string;
	/** Module ids in modules.yml order. */
	moduleOrder: string[];
	/** Product ids in products.yml order. */
	productOrder: string[];
}

/** Reads products.yml and modules.yml through the content collections. */
export async function catalogNames(): Promise<CatalogNames> {
	const [products, modules] = await Promise.all([getCollection('products'), getCollection('modules')]);
	const productNames = new Map(products.map((product) => [product.id, product.data.name]));
	const moduleNames = new Map(modules.map((module) => [module.id, module.data.name]));
	return {
		productName: (id) => productNames.get(id) ?? id,
		moduleName: (id) => moduleNames.get(id) ?? id,
		moduleOrder: modules.map((module) => module.id),
		productOrder: products.map((product) => product.id),
	};
}
