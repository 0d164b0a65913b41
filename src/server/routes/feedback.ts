import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
	FEEDBACK_FIELDS,
	FEEDBACK_PAGE_PATTERN,
	FEEDBACK_THANKS_ID,
	USEFUL_VALUES,
} from '../../components/feedback/feedback-form';
import { feedbackSchema } from '../../schemas/feedback';
import { toFieldErrors } from '../../schemas/ticket';
import type { ApiEnv } from '../api-env';
import { sendError } from '../errors';
import { FeedbackStore } from '../feedback-store';
import { jsonBody } from '../json-body';
import { markup } from '../markup';
import type { PageShell } from '../page-shell';
import type { TicketStore } from '../storage';
import { INVALID_UTF8_MESSAGE, isValidUtf8Form } from '../strict-form';

export interface FeedbackRoutesOptions {
	store: TicketStore;
	/** The limiter shared by every POST of the API. */
	postLimit: MiddlewareHandler;
	/** Origins of the site when it is served elsewhere: a plain form post is sent back there. */
	allowedOrigins: readonly string[];
	shell: PageShell;
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
/** A page address, a yes or no and 500 characters fit well within this. */
const MAX_FORM_BYTES = 16 * 1024;

function isForm(c: Context): boolean {
	const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';
	return FORM_TYPES.includes(type);
}

/**
 * The plain form's fields as the JSON body has them: "sim"/"nao" become true/false. Without
 * JavaScript the comment box shows above both buttons; a comment typed before "Sim" is dropped,
 * as the widget with JavaScript does, so a "Sim" never carries a comment.
 */
function formToFeedback(body: Record<string, unknown>): Record<string, unknown> {
	const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
	const useful = text(FEEDBACK_FIELDS.useful);
	return {
		page: text(FEEDBACK_FIELDS.page),
		useful: useful === USEFUL_VALUES.yes ? true : useful === USEFUL_VALUES.no ? false : useful,
		comment: useful === USEFUL_VALUES.yes ? undefined : text(FEEDBACK_FIELDS.comment),
	};
}

/**
 * POST /api/feedback: "Isso foi útil?" at the end of an article or support page.
 * JSON (the widget with JavaScript) is answered with 204; the plain HTML form (without
 * JavaScript) with 303 back to the page, at the thank-you note, or with a short page in pt-BR
 * listing what to correct. Both go through the same shared schema.
 */
export function feedbackRoutes({ store, postLimit, allowedOrigins, shell }: FeedbackRoutesOptions): Hono<ApiEnv> {
	const routes = new Hono<ApiEnv>();
	const feedback = new FeedbackStore(store.database);

	const limitForm = bodyLimit({
		maxSize: MAX_FORM_BYTES,
		onError: (c) =>
			c.html(
				shell('Avaliação grande demais', markup`<h1>Avaliação grande demais</h1><p>O comentário passou do limite. Volte à página, encurte o comentário e envie de novo.</p>`),
				413,
			),
	});

	const fromForm: MiddlewareHandler<ApiEnv> = async (c, next) => {
		if (!isForm(c)) return next();
		let answer: Response | undefined;
		const limited = await limitForm(c, async () => {
			if (!(await isValidUtf8Form(c))) {
				answer = c.html(shell('Avaliação não enviada', markup`<h1>Avaliação não enviada</h1><p>${INVALID_UTF8_MESSAGE}</p>`), 400);
				return;
			}
			const posted = formToFeedback(await c.req.parseBody());
			const parsed = feedbackSchema.safeParse(posted);
			const page = typeof posted.page === 'string' && FEEDBACK_PAGE_PATTERN.test(posted.page) ? posted.page : '/';
			if (!parsed.success) {
				const messages = toFieldErrors(parsed.error).map((field) => field.message);
				answer = c.html(
					shell(
						'Avaliação não enviada',
						markup`<h1>Avaliação não enviada</h1>
<p>A sua avaliação não foi registrada:</p>
<ul>${messages.map((message) => markup`<li>${message}</li>`)}</ul>
<p><a class="button secondary" href="${page}">Voltar para a página</a></p>`,
					),
					422,
				);
				return;
			}
			feedback.record(parsed.data);
			// A site on another origin (PUBLIC_TICKET_API_URL) gets the reader back to itself; the
			// origin is used only when it is one the service trusts, so this never redirects elsewhere.
			const origin = c.req.header('Origin');
			const base = origin && allowedOrigins.includes(origin) ? origin : '';
			answer = c.redirect(`${base}${parsed.data.page}#${FEEDBACK_THANKS_ID}`, 303);
		});
		return limited ?? answer;
	};

	routes.post('/', postLimit, fromForm, ...jsonBody, (c) => {
		const parsed = feedbackSchema.safeParse(c.var.json);
		if (!parsed.success) {
			return sendError(c, 422, 'validation_failed', 'A avaliação tem campos a corrigir.', toFieldErrors(parsed.error));
		}
		feedback.record(parsed.data);
		return c.body(null, 204);
	});
	return routes;
}
