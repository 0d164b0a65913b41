import type { Hono } from 'hono';
import type { IntakeCatalog } from '../components/intake/payload';
import { pageTitles } from '../report/titles';
import { listArticleIds } from '../utils/article-ids';
import { readCatalog } from '../utils/catalog';
import type { ApiEnv } from './api-env';
import { createApp } from './app';
import type { ServiceConfig } from './config';
import { createMailer } from './lifecycle/mailer';
import { FollowUp } from './lifecycle/follow-up';
import { type DeadlineScheduler, startDeadlineScheduler } from './lifecycle/scheduler';
import { PLAIN_STYLE_HASH, pageShell } from './page-shell';
import { sitePolicy } from './security-headers';
import type { CspDirectives } from './security-policy';
import { outboxDirOf } from './outbox-files';
import { scheduleRetention } from './retention';
import { openTicketStore, type TicketStore } from './storage';

export interface TicketService {
	app: Hono<ApiEnv>;
	store: TicketStore;
	catalog: IntakeCatalog;
	/** Lifecycle, private links and e-mails of the tickets (lifecycle/follow-up.ts). */
	followUp: FollowUp;
	/** The deadline scheduler (lifecycle/scheduler.ts), already run once at open. */
	scheduler: DeadlineScheduler;
	/** The Content-Security-Policy of every answer (the built site's, or the plain pages'). */
	csp: CspDirectives;
	/** Closes the database; stop the HTTP server first. */
	close(): void;
}

/**
 * Opens the storage, reads the catalog of the content and builds the API. The catalog is read
 * once: products and modules only change with a new build, which restarts the service.
 * `siteDir`, the built site when the service serves it too, lends its look to the pages of the
 * form route.
 */
export function openTicketService(
	config: ServiceConfig,
	{ siteDir, now }: { siteDir?: string; /** The clock of deadlines and links (tests move it). */ now?: () => Date } = {},
): TicketService {
	const catalog: IntakeCatalog = { ...readCatalog(config.contentDir), articles: listArticleIds(config.contentDir) };
	const store = openTicketStore(config.dataDir);
	const { followUp: settings } = config;
	const mailer = createMailer({ smtpUrl: settings.smtpUrl, from: settings.mailFrom, dataDir: config.dataDir });
	const followUp = new FollowUp({ store, mailer, publicUrl: settings.publicUrl, holidaysRegion: settings.holidaysRegion, now });
	const scheduler = startDeadlineScheduler(followUp, settings.deadlineCheckMinutes);
	const csp = sitePolicy(siteDir, [PLAIN_STYLE_HASH]);
	const app = createApp({ config, store, catalog, shell: pageShell(siteDir), titles: pageTitles(config.contentDir), followUp, csp });
	// Closed tickets, old records and outbox e-mails past TICKET_API_RETENTION_DAYS are erased now and then.
	const stopRetention = scheduleRetention(() => store.database, config.retentionDays, { outboxDir: outboxDirOf(config.dataDir) });
	return {
		app,
		store,
		catalog,
		followUp,
		scheduler,
		csp,
		close: () => {
			scheduler.stop();
			mailer.close();
			stopRetention();
			store.close();
		},
	};
}
