/** True for /api and every path under it: those answer with the contract's JSON errors. */
export function isApiPath(path: string): boolean {
	return path === '/api' || path.startsWith('/api/');
}
