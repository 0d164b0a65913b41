/**
 * npm run backup -- <destino>
 * A consistent copy of the ticket database (TICKET_API_DATA_DIR/tickets.sqlite), safe to run
 * while the service is up. <destino> is a file, or a folder where the copy is named by date.
 */
import { BackupError, backupDatabase } from '../src/server/backup';
import { loadConfigOrExit } from '../src/server/cli';

const destination = process.argv[2]?.trim();
if (!destination) {
	console.error('Informe onde gravar a cópia: npm run backup -- <arquivo ou pasta>\nExemplo: npm run backup -- /var/backups/central-de-ajuda/');
	process.exit(1);
}

const { dataDir } = loadConfigOrExit(process.env);
try {
	const { file, tickets } = await backupDatabase(dataDir, destination);
	console.log(`Cópia gravada em ${file}: ${tickets} chamado(s), integridade verificada.`);
} catch (error) {
	if (!(error instanceof BackupError)) throw error;
	console.error(error.message);
	process.exit(1);
}
