/**
 * The ticket service alone (`npm run serve:api`): the API of the ticket-intake page, with its
 * SQLite file, for when the site is served elsewhere (e.g. `astro dev`).
 */
import { ConfigError, loadConfig } from './config';
import { listen } from './listen';
import { openTicketService } from './service';
import { onShutdown } from './shutdown';
import { describeService } from './startup-notes';

let config;
try {
	config = loadConfig();
} catch (error) {
	if (!(error instanceof ConfigError)) throw error;
	console.error(`Configuração inválida: ${error.message}`);
	process.exit(1);
}

const service = openTicketService(config);
const server = await listen(service.app, config);

console.log(`Serviço de chamados no ar em ${server.url}/api`);
for (const note of describeService(config, service)) console.log(`  ${note}`);

onShutdown(async () => {
	await server.close();
	service.close();
});
