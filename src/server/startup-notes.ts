import type { ServiceConfig } from './config';
import { describeFollowUp } from './lifecycle/startup-notes';
import type { TicketService } from './service';

/** Lines printed at start-up (pt-BR), so that a wrong setting shows before the first ticket. */
export function describeService(config: ServiceConfig, service: Pick<TicketService, 'store' | 'catalog' | 'followUp'>): string[] {
	const notes = [`Banco de dados: ${service.store.file}`];
	const { products, modules } = service.catalog;
	notes.push(
		products.length === 0
			? `Atenção: nenhum produto em ${config.contentDir}; todo chamado será recusado (confira CONTENT_DIR).`
			: `Conteúdo: ${config.contentDir} (${products.length} produto(s), ${modules.length} módulo(s)).`,
	);
	notes.push(
		config.adminToken
			? 'Leitura de chamados (GET /api/tickets/:id) ativa com TICKET_API_ADMIN_TOKEN.'
			: 'Leitura de chamados desativada: defina TICKET_API_ADMIN_TOKEN para ativá-la.',
	);
	notes.push(
		config.allowedOrigins.length
			? `Origens permitidas (CORS): ${config.allowedOrigins.join(', ')}.`
			: 'Nenhuma outra origem permitida (CORS): só o mesmo endereço.',
	);
	notes.push(
		config.rateLimit.max > 0
			? `Limite: ${config.rateLimit.max} envios por minuto por cliente.`
			: 'Limite de envios desativado (TICKET_API_RATE_LIMIT=0).',
	);
	notes.push(...describeFollowUp(config.followUp, service.followUp));
	return notes;
}
