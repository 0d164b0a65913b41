/**
 * Synthetic corpus for the benchmarks (npm run bench:build, npm run bench:search): products.yml,
 * modules.yml and N FAQ articles in the content model's layout, with varied pt-BR text written
 * from a vocabulary of the supermarket ERP (documents, routines, error codes, symptoms, steps).
 * Deterministic: the same N (and seed) give the same files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface ModuleVocabulary {
	id: string;
	name: string;
	product: 'erp' | 'pdv';
	routine: string;
	description: string;
	/** Things customers write about. */
	topics: string[];
	/** Error messages and codes seen in this module (each # becomes a digit). */
	errors: string[];
	/** Screens and options. */
	screens: string[];
}

const PRODUCTS = [
	{ id: 'erp', name: 'ERP Consinco', description: 'Retaguarda do supermercado: fiscal, estoque, financeiro, comercial, compras e acesso.' },
	{ id: 'pdv', name: 'PDV Consinco', description: 'Frente de loja: vendas no checkout, NFC-e, TEF, balança e movimentos de caixa.' },
];

const MODULES: ModuleVocabulary[] = [
	{
		id: 'fiscal',
		name: 'Fiscal',
		product: 'erp',
		routine: 'FIS',
		description: 'Emissão e eventos de NF-e, cadastros fiscais e obrigações acessórias.',
		topics: ['NF-e de venda', 'nota de transferência', 'carta de correção', 'cancelamento da NF-e', 'inutilização de numeração', 'SPED Fiscal', 'bloco H do inventário', 'cadastro de NCM', 'CEST do produto', 'ICMS ST', 'CFOP de devolução', 'manifesto do destinatário', 'XML da nota', 'DANFE', 'nota complementar', 'apuração de ICMS'],
		errors: ['Rejeição ###', 'Rejeição ###: duplicidade de NF-e', 'Rejeição ###: falha no schema XML', 'Rejeição ###: CFOP incompatível', 'Rejeição ###: NCM inexistente', 'cStat ###'],
		screens: ['Monitor de Documentos Fiscais', 'Eventos de NF-e', 'Parâmetros Fiscais', 'Cadastro Fiscal do Produto', 'Geração do SPED'],
	},
	{
		id: 'estoque',
		name: 'Estoque',
		product: 'erp',
		routine: 'EST',
		description: 'Saldos, kardex, inventários, transferências entre lojas e ajustes.',
		topics: ['saldo de estoque', 'kardex do produto', 'inventário rotativo', 'inventário geral', 'transferência entre lojas', 'ajuste de perda', 'quebra operacional', 'custo médio', 'estoque negativo', 'produção interna', 'embalagem de compra', 'lote e validade', 'curva ABC', 'contagem por seção'],
		errors: ['Saldo insuficiente para o produto ####', 'Inventário ### já encerrado', 'Transferência #### pendente de recebimento', 'Custo zerado no item #####'],
		screens: ['Consulta de Saldos', 'Kardex', 'Inventário', 'Transferências', 'Ajustes de Estoque'],
	},
	{
		id: 'financeiro',
		name: 'Financeiro',
		product: 'erp',
		routine: 'FIN',
		description: 'Contas a pagar e a receber, cobrança bancária, baixas e conciliação.',
		topics: ['título a pagar', 'título a receber', 'boleto bancário', 'remessa CNAB', 'arquivo de retorno', 'conciliação bancária', 'baixa em lote', 'juros e multa', 'adiantamento a fornecedor', 'fluxo de caixa', 'cartão de crédito a receber', 'PIX recebido', 'extrato OFX', 'duplicata'],
		errors: ['Ocorrência ## no retorno', 'Título ##### já baixado', 'Conta corrente ### sem convênio', 'Arquivo de remessa ### rejeitado'],
		screens: ['Contas a Pagar', 'Contas a Receber', 'Cobrança Bancária', 'Conciliação', 'Baixas'],
	},
	{
		id: 'comercial',
		name: 'Comercial / Preços',
		product: 'erp',
		routine: 'COM',
		description: 'Formação de preços, promoções, encartes, etiquetas e tabelas por segmento.',
		topics: ['alteração de preço', 'promoção leve 3 pague 2', 'encarte de ofertas', 'etiqueta de gôndola', 'tabela de preço por segmento', 'margem de lucro', 'preço de atacado', 'carga para balança etiquetadora', 'clube de descontos', 'vigência da oferta', 'remarcação', 'preço por embalagem'],
		errors: ['Preço abaixo do custo no item #####', 'Promoção ### sem lojas vinculadas', 'Encarte ### fora de vigência'],
		screens: ['Manutenção de Preços', 'Promoções', 'Encartes', 'Etiquetas', 'Tabelas de Preço'],
	},
	{
		id: 'compras',
		name: 'Compras',
		product: 'erp',
		routine: 'CMP',
		description: 'Pedidos de compra, sugestão de compra, recebimento e acordos com fornecedores.',
		topics: ['pedido de compra', 'sugestão de compra', 'recebimento de mercadoria', 'pré-nota', 'bonificação do fornecedor', 'acordo comercial', 'divergência de preço', 'devolução ao fornecedor', 'agenda de entregas', 'ruptura de gôndola', 'cotação de compra', 'verba do fornecedor'],
		errors: ['Pedido ##### sem saldo a receber', 'Divergência de ##% no item', 'Fornecedor #### bloqueado'],
		screens: ['Pedidos de Compra', 'Sugestão de Compra', 'Recebimento', 'Acordos', 'Agenda'],
	},
	{
		id: 'acesso',
		name: 'Acesso e Licenciamento',
		product: 'erp',
		routine: 'ACE',
		description: 'Usuários, senhas, perfis de permissão, licença e liberação de versões.',
		topics: ['senha expirada', 'usuário bloqueado', 'perfil de permissão', 'licença de uso', 'conexão com o banco', 'liberação de versão', 'auditoria de alterações', 'acesso à rotina', 'sessão duplicada', 'atualização do Menu'],
		errors: ['ORA-#####', 'ORA-#####: TNS could not resolve', 'Licença expira em ## dias', 'Usuário #### sem acesso'],
		screens: ['Menu', 'Usuários', 'Perfis', 'Licenciamento', 'Auditoria'],
	},
	{
		id: 'frente-de-loja',
		name: 'Frente de Loja',
		product: 'pdv',
		routine: 'PDV',
		description: 'Operação do PDV no checkout: NFC-e, contingência, TEF, balança e caixa.',
		topics: ['NFC-e em contingência', 'pinpad do TEF', 'balança do checkout', 'sangria de caixa', 'suprimento de troco', 'fechamento de caixa', 'cupom cancelado', 'desconto no cupom', 'troca de operador', 'impressora fiscal', 'venda com PIX', 'leitor de código de barras', 'carga de produtos no PDV', 'finalizadora cartão'],
		errors: ['Erro ### no TEF', 'Balança sem resposta na porta COM#', 'NFC-e #### em contingência', 'Falha de comunicação ### com o servidor'],
		screens: ['Movimentos de Caixa', 'Configuração do PDV', 'Monitor de NFC-e', 'Carga do PDV', 'Fechamento'],
	},
	{
		id: 'relatorios',
		name: 'Relatórios Gerenciais',
		product: 'erp',
		routine: 'REL',
		description: 'Relatórios de vendas, margem, ruptura e indicadores da loja.',
		topics: ['relatório de vendas por hora', 'margem por seção', 'ranking de produtos', 'ruptura por fornecedor', 'vendas por operador', 'painel gerencial', 'exportação para Excel', 'agendamento de relatório', 'comparativo entre lojas'],
		errors: ['Consulta ### excedeu o tempo limite', 'Relatório ### sem dados no período'],
		screens: ['Central de Relatórios', 'Painel Gerencial', 'Agendamentos'],
	},
];

const SYMPTOMS = [
	'é rejeitada pela SEFAZ',
	'não é transmitida',
	'fica pendente',
	'sai com valor errado',
	'não aparece no relatório',
	'trava ao gravar',
	'demora muito para processar',
	'duplica os lançamentos',
	'não atualiza o saldo',
	'mostra mensagem de erro',
	'não chega na loja',
	'fica diferente do esperado',
	'não permite alterar',
	'some depois da atualização',
	'bloqueia o usuário',
	'não calcula corretamente',
];
const WHEN = ['na loja', 'no fechamento do mês', 'após atualizar a versão', 'na filial', 'no primeiro acesso do dia', 'durante o inventário', 'depois da virada do dia', 'em todas as lojas', 'só em uma estação', 'no fim de semana'];
const CAUSES = [
	'o cadastro do produto está incompleto',
	'o parâmetro da loja foi alterado sem revisão',
	'a versão instalada na estação é anterior à do servidor',
	'o serviço de integração ficou parado',
	'há um lançamento anterior ainda pendente',
	'a tabela de tributação não foi atualizada',
	'o usuário não tem permissão na rotina',
	'o arquivo foi gerado com o leiaute antigo',
	'a data do movimento está fora do período aberto',
	'o certificado digital venceu',
	'a carga para as lojas não foi enviada',
	'o cadastro do fornecedor está bloqueado',
];
const STEPS = [
	'Abra a rotina {routine} – {screen} e localize o registro pelo código.',
	'Confira o cadastro e corrija o campo indicado na mensagem.',
	'Reprocesse o movimento do dia pela opção Reprocessar.',
	'Envie a carga novamente para as lojas e aguarde a confirmação.',
	'Consulte a situação no portal e atualize o status no ERP.',
	'Verifique os parâmetros da loja na aba Geral e grave.',
	'Peça ao administrador para liberar o acesso no perfil do usuário.',
	'Gere o arquivo de novo com o leiaute atual e reenvie.',
	'Feche e abra o Menu para carregar a nova configuração.',
	'Se o problema continuar, anote a mensagem exibida e abra um ticket.',
];
const CUSTOMER_WORDS = ['não sai', 'travado', 'deu erro', 'sumiu', 'errado', 'não bate', 'duplicado', 'parado', 'lento', 'bloqueado', 'recusado', 'pendente'];
const LEADS = ['Quando', 'Ao tentar', 'Depois de', 'Durante', 'Sempre que'];
const ACTIONS = ['gravar', 'transmitir', 'importar', 'processar', 'conferir', 'emitir', 'fechar', 'consultar', 'enviar', 'atualizar'];

/** Small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function yamlString(text: string): string {
	return JSON.stringify(text);
}

export interface GeneratedArticle {
	id: string;
	title: string;
	routine: string;
	code: string;
	topic: string;
}

export interface GeneratedCorpus {
	dir: string;
	articles: GeneratedArticle[];
}

/**
 * Writes a corpus of `n` FAQ articles into `dir` (emptied first): products.yml, modules.yml and
 * faq/<module>/<slug>.md, every file valid under the content model.
 */
export function generateCorpus(dir: string, n: number, seed = 20240601): GeneratedCorpus {
	const pick = random(seed);
	const one = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
	const digits = (pattern: string) => pattern.replace(/#/g, () => String(Math.floor(pick() * 10)));

	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'products.yml'), PRODUCTS.map((product) => `- id: ${product.id}\n  name: ${product.name}\n  description: ${yamlString(product.description)}\n`).join(''));
	writeFileSync(join(dir, 'modules.yml'), MODULES.map((module) => `- id: ${module.id}\n  name: ${yamlString(module.name)}\n  product: ${module.product}\n  description: ${yamlString(module.description)}\n`).join(''));

	const articles: GeneratedArticle[] = [];
	const used = new Set<string>();
	const start = Date.UTC(2023, 0, 1);
	const span = Date.UTC(2026, 5, 30) - start;
	for (let index = 0; index < n; index += 1) {
		const module = MODULES[index % MODULES.length]!;
		const topic = one(module.topics);
		const symptom = one(SYMPTOMS);
		const when = pick() < 0.6 ? ` ${one(WHEN)}` : '';
		const code = digits(one(module.errors));
		const routine = `${module.routine}${digits('####')}`;
		const screen = one(module.screens);
		const capitalized = topic.charAt(0).toUpperCase() + topic.slice(1);
		const title = (pick() < 0.25 ? `${code}: ${topic} ${symptom}` : `${capitalized} ${symptom}${when}`).slice(0, 140);
		let slug = slugify(title).slice(0, 70).replace(/-+$/, '');
		if (used.has(`${module.id}/${slug}`)) slug = `${slug}-${index}`;
		used.add(`${module.id}/${slug}`);
		const id = `${module.id}/${slug}`;
		const cause = one(CAUSES);
		const description = `${capitalized} ${symptom} quando ${cause}; corrija pela rotina ${routine} e reprocesse.`.slice(0, 300);
		const keywords = [...new Set([one(CUSTOMER_WORDS), `${topic.split(' ')[0]} ${one(CUSTOMER_WORDS)}`, code.split(':')[0]!, routine, one(module.topics)])];
		const updated = new Date(start + Math.floor(pick() * span)).toISOString().slice(0, 10);
		const related = articles.length > 0 && pick() < 0.3 ? [articles[Math.floor(pick() * articles.length)]!.id] : [];
		const steps = Array.from({ length: 3 + Math.floor(pick() * 3) }, () => one(STEPS).replace('{routine}', routine).replace('{screen}', screen));
		const other = one(module.topics);
		const body = [
			'## Ocorrência',
			'',
			`${one(LEADS)} ${one(ACTIONS)} ${topic} pela rotina **${routine} – ${screen}**, o sistema exibe a mensagem abaixo e a operação não termina${when}.`,
			'',
			'```',
			code,
			'```',
			'',
			`O cliente costuma descrever como "${topic} ${one(CUSTOMER_WORDS)}". Também acontece com ${other} quando ${one(CAUSES)}.`,
			'',
			'## Causa',
			'',
			`Na maioria dos casos ${cause}. Em lojas com muitas estações, ${one(CAUSES)}, e o efeito aparece em ${one(module.topics)}.`,
			'',
			'## Solução',
			'',
			...steps.map((step, position) => `${position + 1}. ${step}`),
			'',
			pick() < 0.3 ? `| Campo | Onde conferir |\n|---|---|\n| ${one(module.topics)} | ${one(module.screens)} |\n| ${one(module.topics)} | ${routine} |\n` : '',
			`> Importante: depois de corrigir, confira ${one(module.topics)} e ${one(module.topics)} antes de liberar a loja.`,
			'',
		].join('\n');
		const frontmatter = [
			'---',
			`title: ${yamlString(title)}`,
			`description: ${yamlString(description)}`,
			`module: ${module.id}`,
			`keywords: [${keywords.map(yamlString).join(', ')}]`,
			`routine: ${routine}`,
			`updated: ${updated}`,
			...(related.length ? ['related:', ...related.map((entry) => `  - ${entry}`)] : []),
			'---',
			'',
		].join('\n');
		mkdirSync(join(dir, 'faq', module.id), { recursive: true });
		writeFileSync(join(dir, 'faq', module.id, `${slug}.md`), frontmatter + body);
		articles.push({ id, title, routine, code, topic });
	}
	return { dir, articles };
}

/**
 * Queries a customer could type against a generated corpus: words, plurals and verb forms, codes
 * alone, abbreviations, sentences of 4+ words, typos. Deterministic for the same corpus.
 */
export function sampleQueries(corpus: GeneratedCorpus, count = 40, seed = 7): string[] {
	const pick = random(seed);
	const one = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
	const typo = (word: string) => {
		if (word.length < 6) return word;
		const at = 2 + Math.floor(pick() * (word.length - 4));
		return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
	};
	const makers: (() => string)[] = [
		() => one(corpus.articles).topic,
		() => one(corpus.articles).routine,
		() => one(corpus.articles).code.split(':')[0]!,
		() => `${one(['cancelar', 'emitir', 'transmitir', 'baixar', 'estornar', 'conferir', 'ajustar'])} ${one(corpus.articles).topic.split(' ')[0]}`,
		() => `não consigo ${one(ACTIONS)} ${one(corpus.articles).topic} ${one(WHEN)}`,
		() => `${one(corpus.articles).topic} ${one(CUSTOMER_WORDS)}`,
		() => typo(one(corpus.articles).topic.split(' ')[0]!),
		() => `${one(LEADS)} ${one(ACTIONS)} o ${one(corpus.articles).topic} aparece ${one(corpus.articles).code.split(':')[0]}`,
		() => `${one(['notas', 'títulos', 'promoções', 'pedidos', 'etiquetas', 'transferências', 'inventários'])} ${one(SYMPTOMS)}`,
	];
	const queries: string[] = [];
	while (queries.length < count) {
		const query = makers[queries.length % makers.length]!().replace(/\s+/g, ' ').trim();
		if (query && !queries.includes(query)) queries.push(query);
	}
	return queries;
}
