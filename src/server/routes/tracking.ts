import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { FREE_TEXT_FORBIDDEN } from '../../schemas/clean-text';
import { messageSchema } from '../../schemas/ticket-change';
import { MY_TICKETS_LINK_HOURS } from '../lifecycle/access';
import { type FollowUp, TOKEN_PARAM } from '../lifecycle/follow-up';
import { LifecycleError, type TicketView } from '../lifecycle/ticket-lifecycle';
import { MAX_BODY_BYTES } from '../json-body';
import type { Markup } from '../markup';
import type { PageShell } from '../page-shell';
import { INVALID_UTF8_MESSAGE, INVALID_UTF8_TITLE, requireUtf8Form } from '../strict-form';
import { myTicketsPage, myTicketsRequestPage, surveyPage, surveyThanksPage, trackingPage } from '../tracking-pages';

export interface TrackingRoutesOptions {
	followUp: FollowUp;
	/** The limiter shared by every POST of the API. */
	postLimit: MiddlewareHandler;
	shell: PageShell;
}

/** Where these pages live (full paths: Hono would drop the trailing slash of a mounted "/"). */
export const BASE = '/acompanhar';

const emailSchema = z.string().trim().email();
const RATING = /^[1-5]$/;
const COMMENT_MAX = 2000;

const INVALID_LINK = 'Link de acompanhamento inválido';
const INVALID_LINK_NOTICE =
	'Este link não abre nenhum ticket. Confira se o endereço está completo, como no e-mail, ou peça abaixo a lista dos seus tickets.';

/**
 * The customer's pages (no account, no JavaScript needed), under /acompanhar (mount at "/"):
 * GET /?t=<token> the ticket; POST /responder a reply; POST /acompanhamento an Acompanhamento of a
 * closed ticket; GET / without a token and POST /meus-tickets/ the "Meus tickets" request;
 * GET /meus-tickets/?t= the list; GET and POST /pesquisa/ the satisfaction survey.
 */
export function trackingRoutes({ followUp, postLimit, shell }: TrackingRoutesOptions): Hono {
	const routes = new Hono();
	const { lifecycle, access } = followUp;

	// Private pages: no cache keeps them, no other site learns the link from the Referer.
	routes.use(`${BASE}/*`, async (c, next) => {
		await next();
		c.header('Cache-Control', 'no-store');
		c.header('Referrer-Policy', 'no-referrer');
		c.header('X-Robots-Tag', 'noindex');
	});

	const page = (c: Context, body: Markup, status: 200 | 400 | 404 | 410 | 413 | 415 | 409 | 422 = 200) => c.html(body, status);

	const requireForm: MiddlewareHandler = async (c, next) => {
		const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';
		if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') {
			return page(c, myTicketsRequestPage(shell, { problem: 'Envio não reconhecido', notice: 'Este endereço recebe os formulários das páginas de acompanhamento.' }), 415);
		}
		return next();
	};
	const limitSize = bodyLimit({
		maxSize: MAX_BODY_BYTES,
		onError: (c) => page(c, myTicketsRequestPage(shell, { problem: 'Mensagem grande demais', notice: `O envio passou do limite de ${MAX_BODY_BYTES / 1024} KiB.` }), 413),
	});
	const utf8Only = requireUtf8Form((c) => page(c, myTicketsRequestPage(shell, { problem: INVALID_UTF8_TITLE, notice: INVALID_UTF8_MESSAGE }), 400));
	const formPost = [postLimit, requireForm, limitSize, utf8Only] as const;

	const field = (body: Record<string, unknown>, name: string): string | undefined => {
		const value = body[name];
		return typeof value === 'string' ? value : undefined;
	};

	/** The ticket the token opens, or the 404 page. */
	const withTicket = (c: Context, token: string | undefined): { view: TicketView; token: string; refusal?: never } | { refusal: Response } => {
		const id = access.ticketForToken(token);
		const view = id ? lifecycle.view(id) : undefined;
		if (!view || !token) return { refusal: page(c, myTicketsRequestPage(shell, { problem: INVALID_LINK, notice: INVALID_LINK_NOTICE }), 404) };
		return { view, token };
	};

	/** A message the customer posted from the ticket page: its token, the ticket (or the 404 page) and the text as typed. */
	const postedMessage = async (c: Context) => {
		const body = await c.req.parseBody();
		const token = field(body, TOKEN_PARAM);
		return { token, found: withTicket(c, token), typed: field(body, 'mensagem') ?? '' };
	};

	const showTicket = (c: Context, token: string | undefined, extra: { notice?: string; reply?: { message?: string; error?: string }; followUp?: { message?: string; error?: string } } = {}, status: 200 | 409 | 422 = 200) => {
		const found = withTicket(c, token);
		if (found.refusal) return found.refusal;
		const followUpPath = found.view.continuedBy ? followUp.trackingPath(found.view.continuedBy) : undefined;
		return page(c, trackingPage(shell, { ...found, followUpPath, ...extra }), status);
	};

	for (const path of [`${BASE}/`, BASE]) {
		routes.get(path, (c) => {
			const token = c.req.query(TOKEN_PARAM);
			if (token === undefined) return page(c, myTicketsRequestPage(shell, {}));
			const notice =
				c.req.query('resposta') !== undefined
					? 'Sua resposta foi registrada no histórico e o analista foi avisado.'
					: c.req.query('acompanhamento') !== undefined
						? 'Acompanhamento aberto: este é o novo ticket, com todo o histórico do anterior. Guarde este link (ele também foi enviado por e-mail).'
						: undefined;
			return showTicket(c, token, { notice });
		});
	}

	routes.post(`${BASE}/responder`, ...formPost, async (c) => {
		const { token, found, typed } = await postedMessage(c);
		if (found.refusal) return found.refusal;
		const message = messageSchema.safeParse(typed);
		if (!message.success) return showTicket(c, token, { reply: { message: typed, error: message.error.issues[0]!.message } }, 422);
		try {
			lifecycle.reply(found.view.id, { actor: 'cliente', author: found.view.requester.name, message: message.data });
		} catch (error) {
			if (!(error instanceof LifecycleError)) throw error;
			// Refused because the ticket is closed: the page then shows the Acompanhamento form, and the
			// message waits there, typed text kept.
			return showTicket(c, token, { followUp: { message: typed, error: error.message } }, 409);
		}
		followUp.ticketChanged(found.view.id);
		return c.redirect(`/acompanhar/?${TOKEN_PARAM}=${token}&resposta=1#historico`, 303);
	});

	routes.post(`${BASE}/acompanhamento`, ...formPost, async (c) => {
		const { token, found, typed } = await postedMessage(c);
		if (found.refusal) return found.refusal;
		const message = messageSchema.safeParse(typed);
		if (!message.success) return showTicket(c, token, { followUp: { message: typed, error: message.error.issues[0]!.message } }, 422);
		let created: TicketView;
		try {
			created = lifecycle.followUp(found.view.id, { actor: 'cliente', author: found.view.requester.name, message: message.data });
		} catch (error) {
			if (!(error instanceof LifecycleError)) throw error;
			// Refused because the ticket is still open: the page then shows the reply form instead.
			return showTicket(c, token, { reply: { message: typed, error: error.message } }, 409);
		}
		followUp.ticketOpened(created.id);
		return c.redirect(`${followUp.trackingPath(created.id)}&acompanhamento=1`, 303);
	});

	for (const path of [`${BASE}/meus-tickets`, `${BASE}/meus-tickets/`]) {
		routes.get(path, (c) => {
			const outcome = access.consumeMyTicketsToken(c.req.query(TOKEN_PARAM));
			if (!outcome.ok) {
				const problem = outcome.reason === 'unknown' ? 'Link inválido' : outcome.reason === 'used' ? 'Link já usado' : 'Link vencido';
				const notice =
					outcome.reason === 'unknown'
						? 'Este link não abre nenhuma lista de tickets. Peça outro abaixo.'
						: outcome.reason === 'used'
							? 'Cada link de "Meus tickets" abre uma única vez. Peça outro abaixo.'
							: `O link valia por ${MY_TICKETS_LINK_HOURS} horas. Peça outro abaixo.`;
				return page(c, myTicketsRequestPage(shell, { problem, notice }), outcome.reason === 'unknown' ? 404 : 410);
			}
			const tickets = lifecycle.list({ email: outcome.email }).map((summary) => ({ summary, path: followUp.trackingPath(summary.id) }));
			return page(c, myTicketsPage(shell, outcome.email, tickets));
		});

		routes.post(path, ...formPost, async (c) => {
			const body = await c.req.parseBody();
			const typed = field(body, 'email') ?? '';
			const email = emailSchema.safeParse(typed);
			if (!email.success) {
				return page(c, myTicketsRequestPage(shell, { email: typed, error: 'Informe um e-mail válido, como nome@empresa.com.br.' }), 422);
			}
			followUp.requestMyTickets(email.data);
			return page(
				c,
				myTicketsRequestPage(shell, {
					email: email.data,
					notice: `Se houver tickets abertos com ${email.data}, o link para a lista chega nesse e-mail em instantes. Ele vale por ${MY_TICKETS_LINK_HOURS} horas e abre uma única vez.`,
				}),
			);
		});
	}

	for (const path of [`${BASE}/pesquisa`, `${BASE}/pesquisa/`]) {
		routes.get(path, (c) => {
			const found = withTicket(c, c.req.query(TOKEN_PARAM));
			if (found.refusal) return found.refusal;
			return page(c, surveyPage(shell, found));
		});

		routes.post(path, ...formPost, async (c) => {
			const body = await c.req.parseBody();
			const found = withTicket(c, field(body, TOKEN_PARAM));
			if (found.refusal) return found.refusal;
			const rating = field(body, 'nota') ?? '';
			const comment = (field(body, 'comentario') ?? '').trim();
			const commentProblem =
				comment.length > COMMENT_MAX
					? `O comentário deve ter no máximo ${COMMENT_MAX} caracteres.`
					: FREE_TEXT_FORBIDDEN.test(comment)
						? 'O comentário não pode ter caracteres de controle.'
						: undefined;
			if (!RATING.test(rating) || commentProblem) {
				const error = RATING.test(rating) ? commentProblem! : 'Escolha uma das avaliações, de Muito satisfeito a Muito insatisfeito.';
				return page(c, surveyPage(shell, { ...found, rating, comment, error }), 422);
			}
			followUp.recordSurvey(found.view.id, Number(rating), comment || undefined);
			return page(c, surveyThanksPage(shell, lifecycle.view(found.view.id)!, found.token));
		});
	}

	return routes;
}
