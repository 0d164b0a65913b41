/**
 * Sends the service's e-mails with nodemailer: over SMTP when TICKET_API_SMTP_URL is set, else
 * into the outbox folder (one .eml file per message, readable by any mail client). A message
 * the SMTP server refuses goes to the outbox too, so that none is lost.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
}

export interface Mailer {
	/** Where the messages go, for the start-up notes (pt-BR). */
	readonly description: string;
	send(mail: OutgoingMail): Promise<void>;
	close(): void;
}

export const OUTBOX_FOLDER = 'outbox';

export function createMailer({ smtpUrl, from, dataDir }: { smtpUrl: string | undefined; from: string; dataDir: string }): Mailer {
	const outboxDir = join(dataDir, OUTBOX_FOLDER);
	const outbox = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
	let count = 0;
	const toOutbox = async (mail: OutgoingMail): Promise<void> => {
		const info = await outbox.sendMail({ from, ...mail });
		mkdirSync(outboxDir, { recursive: true });
		const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${++count}.eml`;
		writeFileSync(join(outboxDir, name), info.message as Buffer);
	};
	if (!smtpUrl) {
		return { description: `E-mails na pasta ${outboxDir} (defina TICKET_API_SMTP_URL para enviá-los por SMTP).`, send: toOutbox, close: () => outbox.close() };
	}
	const smtp: Transporter = nodemailer.createTransport(smtpUrl);
	const host = new URL(smtpUrl).host;
	return {
		description: `E-mails enviados por SMTP (${host}), de ${from}.`,
		send: async (mail) => {
			try {
				await smtp.sendMail({ from, ...mail });
			} catch (error) {
				console.error(`[e-mail] o servidor SMTP recusou "${mail.subject}" para ${mail.to}; a mensagem ficou em ${outboxDir}: ${(error as Error).message}`);
				await toOutbox(mail);
			}
		},
		close: () => {
			smtp.close();
			outbox.close();
		},
	};
}
