/**
 * The ticket service alone (`npm run serve:api`): the API of the ticket-intake page, with its
 * SQLite file, for when the site is served elsewhere (e.g. `astro dev`). Same variables as
 * `npm start` (see config.ts); the default port is 8787.
 */
import { exitOnListenError, loadConfigOrExit } from './cli';
import { listen } from './listen';
import { openTicketService } from './service';
import { onShutdown } from './shutdown';
import { describeService } from './startup-notes';

const config = loadConfigOrExit(process.env);
const service = openTicketService(config);
const server = await listen(service.app, config, { csp: service.csp }).catch((error: unknown) => {
	service.close();
	return exitOnListenError(error, config);
});

console.log(`Serviço de chamados no ar em ${server.url}/api`);
for (const note of describeService(config, service)) console.log(`  ${note}`);

// Stop taking requests, let the running ones finish, then close the database cleanly.
onShutdown(async () => {
	await server.close();
	service.close();
});
