import type { ServiceConfig } from './config';
import { listen, type RunningServer } from './listen';
import { openTicketService, type TicketService } from './service';
import { createSiteApp } from './static-site';

export interface RunningSite {
	server: RunningServer;
	service: TicketService;
	/** Stops the HTTP server, then closes the database. */
	close(): Promise<void>;
}

/**
 * Serves a built site and the ticket API on one port (what `npm start` runs; a test or e2e
 * script can call it with another `dist` folder and configuration).
 */
export async function startSiteServer({ distDir, config }: { distDir: string; config: ServiceConfig }): Promise<RunningSite> {
	const service = openTicketService(config, { siteDir: distDir });
	try {
		const server = await listen(createSiteApp({ distDir, api: service.app, retentionDays: config.retentionDays }), config, { csp: service.csp });
		return {
			server,
			service,
			close: async () => {
				await server.close();
				service.close();
			},
		};
	} catch (error) {
		service.close();
		throw error;
	}
}
