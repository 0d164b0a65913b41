/**
 * `npm run tickets -- <comando> …`: the support team's commands on the ticket database of
 * TICKET_API_DATA_DIR. Each command lives in src/server/commands/<nome>.ts.
 */
import { command as apagar } from '../src/server/commands/apagar';
import type { TicketCommand } from '../src/server/commands/command';
import { command as exportar } from '../src/server/commands/exportar';

const COMMANDS: TicketCommand[] = [apagar, exportar];

function help(): void {
	console.error('Uso: npm run tickets -- <comando> [argumentos]\nComandos:');
	for (const command of COMMANDS) console.error(`  ${command.usage}`);
}

const [name, ...args] = process.argv.slice(2);
const command = COMMANDS.find((candidate) => candidate.name === name);
if (!command) {
	if (name) console.error(`Comando desconhecido: "${name}".`);
	help();
	process.exit(1);
}
process.exit(await command.run(args, process.env));
