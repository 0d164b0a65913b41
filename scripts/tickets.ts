/**
 * `npm run tickets -- <comando> …`: the support team's commands over the ticket database
 * (TICKET_API_DATA_DIR, like the service). Each command lives in src/server/commands/<name>.ts.
 */
import { command as apagar } from '../src/server/commands/apagar';
import type { TicketCommand } from '../src/server/commands/command';
import { command as exportar } from '../src/server/commands/exportar';
import { command as listar } from '../src/server/commands/listar';
import { command as prazos } from '../src/server/commands/prazos';
import { command as responder } from '../src/server/commands/responder';
import { command as status } from '../src/server/commands/status';
import { command as ver } from '../src/server/commands/ver';

const commands: TicketCommand[] = [listar, ver, status, responder, prazos, exportar, apagar];

const [name, ...args] = process.argv.slice(2);
const chosen = commands.find((command) => command.name === name);
if (!chosen) {
	if (name) console.error(`Comando desconhecido: ${name}.`);
	console.error('Uso: npm run tickets -- <comando> [argumentos]\nComandos:');
	for (const command of commands) console.error(`  ${command.usage}`);
	process.exitCode = 1;
} else {
	process.exitCode = await chosen.run(args, process.env);
}
