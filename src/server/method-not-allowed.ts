import type { Context } from 'hono';
import { sendError } from './errors';

interface RouteInfo {
	method: string;
	path: string;
}

function patternOf(path: string): RegExp {
	const source = path
		.split('/')
		.map((segment) => {
			if (segment === '*') return '.*';
			if (segment.startsWith(':')) return '[^/]+';
			return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('/');
	return new RegExp(`^${source}$`);
}

/** The methods the routes of an app answer on a path (HEAD goes with GET); empty when none. */
export function allowedMethods(routes: readonly RouteInfo[], path: string): string[] {
	const methods = new Set<string>();
	for (const route of routes) {
		if (route.method === 'ALL' || !patternOf(route.path).test(path)) continue;
		methods.add(route.method);
		if (route.method === 'GET') methods.add('HEAD');
	}
	if (methods.size > 0) methods.add('OPTIONS');
	return [...methods];
}

/** 405 with Allow and the contract's JSON error, when the path exists with other methods. */
export function apiMethodNotAllowed(c: Context, routes: readonly RouteInfo[]): Response | undefined {
	const methods = allowedMethods(routes, c.req.path);
	if (methods.length === 0 || methods.includes(c.req.method)) return undefined;
	c.header('Allow', methods.join(', '));
	return sendError(
		c,
		405,
		'method_not_allowed',
		`O endereço ${c.req.path} não aceita ${c.req.method}; use ${methods.filter((m) => m !== 'OPTIONS' && m !== 'HEAD').join(' ou ')}.`,
	);
}

/** The site's pages are files: only GET and HEAD reach them. */
export const PAGE_METHODS = ['GET', 'HEAD'] as const;

export function pageMethodNotAllowed(c: Context): Response | undefined {
	if ((PAGE_METHODS as readonly string[]).includes(c.req.method)) return undefined;
	c.header('Allow', PAGE_METHODS.join(', '));
	return c.text(`As páginas da Central de Ajuda só aceitam GET e HEAD, não ${c.req.method}.`, 405);
}
