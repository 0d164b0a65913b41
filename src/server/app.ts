import { Hono, type Context, type ErrorHandler, type NotFoundHandler } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { IntakeCatalog } from '../components/intake/payload';
import { FORM_ROUTE } from '../components/intake/form-post';
import type { ApiEnv } from './api-env';
import type { ServiceConfig } from './config';
import { httpReader, logAdminReads, recordAdminReads } from './admin-reads';
import { ADMIN_FAILURES, adminFailureThrottle } from './admin-throttle';
import { clientKeyOf } from './client-address';
import { sendError } from './errors';
import { isClientHangUp } from './hang-up';
import { hostCheck } from './host-check';
import { apiMethodNotAllowed } from './method-not-allowed';
import { type PageShell, PLAIN_STYLE_HASH, pageShell } from './page-shell';
import { rateLimit } from './rate-limit';
import type { FollowUp } from './lifecycle/follow-up';
import { securityHeaders, sitePolicy } from './security-headers';
import type { CspDirectives } from './security-policy';
import { deflectionRoutes } from './routes/deflections';
import { feedbackRoutes } from './routes/feedback';
import { healthRoutes } from './routes/health';
import { reportRoutes } from './routes/report';
import { ticketFormRoutes } from './routes/ticket-form';
import { staffTicketRoutes } from './routes/staff-tickets';
import { ticketRoutes } from './routes/tickets';
import { trackingRoutes } from './routes/tracking';
import type { TicketStore } from './storage';

export const API_BASE = '/api';

export interface AppOptions {
	config: Pick<ServiceConfig, 'adminToken' | 'allowedOrigins' | 'rateLimit' | 'allowedHosts'> &
		Partial<Pick<ServiceConfig, 'trustProxy' | 'retentionDays'>>;
	store: TicketStore;
	/** The products and modules a ticket may name, with the names the form shows. */
	catalog: IntakeCatalog;
	/** The look of the pages the form route renders (default: a plain page of its own). */
	shell?: PageShell;
	/** Titles of articles and support pages, for GET /api/relatorio (default: ids only). */
	titles?: ReadonlyMap<string, string>;
	/** Lifecycle, private links and e-mails: the staff routes and the customer's /acompanhar/ pages. */
	followUp: FollowUp;
	/** The Content-Security-Policy of every answer (default: the policy of the plain pages). */
	csp?: CspDirectives;
}

/** 404 with the contract's error body, for any unknown path under /api. */
export const apiNotFound: NotFoundHandler = (c) =>
	sendError(c, 404, 'not_found', `Não existe o endereço ${c.req.method} ${c.req.path} na API de chamados.`);

/** Errors nobody handled: the HTTP ones keep their answer, the rest become a pt-BR 500. */
export const apiOnError: ErrorHandler = (error, c: Context) => {
	if (error instanceof HTTPException) return error.getResponse();
	if (isClientHangUp(error)) {
		// Nobody reads this answer: the client is gone. One line, no stack trace.
		console.warn(`[api] o cliente desconectou no meio do pedido ${c.req.method} ${c.req.path}.`);
		return sendError(c, 400, 'bad_request', 'O pedido foi interrompido pelo cliente.');
	}
	console.error('[api] erro inesperado:', error);
	return sendError(c, 500, 'internal_error', 'Erro interno no serviço de chamados. Tente de novo em instantes.');
};

/** The ticket API (every route under /api), without a server: `serve()` it or mount it. */
export function createApp({
	config,
	store,
	catalog,
	shell = pageShell(undefined),
	titles,
	followUp,
	csp = sitePolicy(undefined, [PLAIN_STYLE_HASH]),
}: AppOptions): Hono<ApiEnv> {
	const app = new Hono<ApiEnv>();
	// Security headers on every answer, pages included when the site app mounts this one.
	app.use('*', securityHeaders(csp));
	// First of all, and for the site's pages too when the site app mounts this one.
	app.use('*', hostCheck(config.allowedHosts));

	app.use(
		`${API_BASE}/*`,
		cors({
			// Only the configured origins get Access-Control-Allow-Origin; there is no wildcard.
			origin: config.allowedOrigins,
			allowMethods: ['GET', 'POST', 'OPTIONS'],
			allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
			exposeHeaders: ['Location', 'Retry-After', 'Idempotent-Replayed'],
			maxAge: 600,
		}),
	);
	// Answers carry customer data or one-off results: no cache may keep them.
	app.use(`${API_BASE}/*`, async (c, next) => {
		await next();
		c.header('Cache-Control', 'no-store');
	});

	// Clients are told apart by address (behind trusted proxies only, IPv6 by /64).
	const clientOf = clientKeyOf(config.trustProxy ?? false);
	app.use(`${API_BASE}/*`, adminFailureThrottle({ ...ADMIN_FAILURES, clientOf }));
	const postLimit = rateLimit({ ...config.rateLimit, clientOf });
	const ticketsPath = `${API_BASE}/tickets`;
	app.use(`${ticketsPath}/:id`, logAdminReads(() => store.database, clientOf));
	app.route(
		ticketsPath,
		ticketRoutes({ store, catalog, adminToken: config.adminToken, postLimit, basePath: ticketsPath, onCreated: (id) => followUp.ticketOpened(id), trackingPath: (id) => followUp.trackingPath(id) }),
	);
	app.route(
		ticketsPath,
		staffTicketRoutes({
			lifecycle: followUp.lifecycle,
			adminToken: config.adminToken,
			onChange: (id) => followUp.ticketChanged(id),
			onRead: (c, ids) => recordAdminReads(store.database, ids, httpReader(c, clientOf)),
		}),
	);
	app.route(
		`${API_BASE}${FORM_ROUTE}`,
		ticketFormRoutes({
			store,
			catalog,
			postLimit,
			shell,
			onCreated: (id) => followUp.ticketOpened(id),
			trackingPath: (id) => followUp.trackingPath(id),
			retentionDays: config.retentionDays,
		}),
	);
	app.route(`${API_BASE}/deflections`, deflectionRoutes({ store, postLimit }));
	app.route(`${API_BASE}/feedback`, feedbackRoutes({ store, postLimit, allowedOrigins: config.allowedOrigins, shell }));
	app.route(`${API_BASE}/health`, healthRoutes(store));
	app.route(`${API_BASE}/relatorio`, reportRoutes({ store, adminToken: config.adminToken, titles }));
	app.route('/', trackingRoutes({ followUp, postLimit, shell }));

	app.notFound((c) => apiMethodNotAllowed(c, app.routes) ?? apiNotFound(c));
	app.onError(apiOnError);
	return app;
}
