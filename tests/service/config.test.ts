import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_API_PORT, loadConfig } from '../../src/server/config';
import { projectRoot } from '../../src/utils/content-dir';

describe('loadConfig', () => {
	it('has working defaults for a local run', () => {
		const config = loadConfig({});
		expect(config).toEqual({
			port: DEFAULT_API_PORT,
			host: '127.0.0.1',
			dataDir: join(projectRoot, 'data'),
			adminToken: undefined,
			allowedOrigins: ['http://localhost:4321', 'http://127.0.0.1:4321'],
			contentDir: join(projectRoot, 'content'),
			rateLimit: { max: 20, windowMs: 60_000 },
			followUp: { holidaysRegion: undefined, publicUrl: 'http://localhost:4321', smtpUrl: undefined, mailFrom: 'Suporte Linha Consinco <suporte@localhost>', deadlineCheckMinutes: 15 },
			allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
			trustProxy: false,
			retentionDays: 365,
		});
		expect(loadConfig({}, 4321).port).toBe(4321);
	});

	it('reads every variable', () => {
		const config = loadConfig({
			PORT: '9000',
			HOST: '0.0.0.0',
			TICKET_API_DATA_DIR: 'var/dados',
			TICKET_API_ADMIN_TOKEN: 'abc.DEF-123-abcdefghijklmnopqrstuvwxyz',
			TICKET_API_ALLOWED_ORIGINS: ' https://ajuda.exemplo.com.br , http://localhost:3000/ ',
			TICKET_API_RATE_LIMIT: '5',
			CONTENT_DIR: '/srv/conteudo',
		});
		expect(config).toMatchObject({
			port: 9000,
			host: '0.0.0.0',
			dataDir: join(projectRoot, 'var/dados'),
			adminToken: 'abc.DEF-123-abcdefghijklmnopqrstuvwxyz',
			allowedOrigins: ['https://ajuda.exemplo.com.br', 'http://localhost:3000'],
			contentDir: '/srv/conteudo',
			rateLimit: { max: 5, windowMs: 60_000 },
		});
		expect(loadConfig({ TICKET_API_ALLOWED_ORIGINS: '' }).allowedOrigins).toEqual([]);
	});

	it.each([
		[{ PORT: 'abc' }, 'PORT'],
		[{ PORT: '70000' }, 'PORT'],
		[{ TICKET_API_RATE_LIMIT: '-1' }, 'TICKET_API_RATE_LIMIT'],
		[{ TICKET_API_ALLOWED_ORIGINS: '*' }, '"*"'],
		[{ TICKET_API_ALLOWED_ORIGINS: 'https://ajuda.exemplo.com.br/suporte' }, 'não é uma origem'],
		[{ TICKET_API_ALLOWED_ORIGINS: 'ajuda.exemplo.com.br' }, 'não é uma origem'],
		[{ TICKET_API_ADMIN_TOKEN: 'com espaço' }, 'TICKET_API_ADMIN_TOKEN'],
		[{ TICKET_API_HOLIDAYS_REGION: 'XX' }, 'TICKET_API_HOLIDAYS_REGION'],
		[{ TICKET_API_PUBLIC_URL: 'ajuda' }, 'TICKET_API_PUBLIC_URL'],
		[{ TICKET_API_SMTP_URL: 'mail.exemplo.com' }, 'TICKET_API_SMTP_URL'],
		[{ TICKET_API_DEADLINE_CHECK_MINUTES: 'x' }, 'TICKET_API_DEADLINE_CHECK_MINUTES'],
		[{ TICKET_API_ADMIN_TOKEN: 'curto-demais-0123456789abcdefgh' }, 'pelo menos 32 caracteres (tem 31)'],
		[{ TICKET_API_TRUST_PROXY: 'proxy.interno' }, 'TICKET_API_TRUST_PROXY'],
		[{ TICKET_API_TRUST_PROXY: '10.0.0.0/40' }, 'TICKET_API_TRUST_PROXY'],
		[{ TICKET_API_ALLOWED_HOSTS: 'https://ajuda.exemplo.com.br/suporte' }, 'TICKET_API_ALLOWED_HOSTS'],
		[{ SITE_URL: 'não é endereço' }, 'SITE_URL'],
		[{ TICKET_API_RETENTION_DAYS: '0' }, 'TICKET_API_RETENTION_DAYS'],
	])('refuses %j with a pt-BR message', (env, fragment) => {
		expect(() => loadConfig(env)).toThrow(ConfigError);
		expect(() => loadConfig(env)).toThrow(fragment);
	});

	it('reads the hardening variables: hosts, trusted proxies, retention', () => {
		const config = loadConfig({
			SITE_URL: 'https://Ajuda.Exemplo.com.br/',
			TICKET_API_ALLOWED_HOSTS: 'api.exemplo.com.br, interno:8080',
			NODE_ENV: 'production',
			TICKET_API_TRUST_PROXY: '10.0.0.1, 192.168.0.0/16, loopback',
			TICKET_API_RETENTION_DAYS: '30',
		});
		expect(config.allowedHosts).toEqual(['ajuda.exemplo.com.br', 'api.exemplo.com.br', 'interno']);
		expect(config.trustProxy).toEqual(['10.0.0.1', '192.168.0.0/16', 'loopback']);
		expect(config.retentionDays).toBe(30);
		expect(loadConfig({ TICKET_API_TRUST_PROXY: '2' }).trustProxy).toBe(2);
		expect(loadConfig({ TICKET_API_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
		// Outside production the loopback names stay allowed beside SITE_URL's.
		expect(loadConfig({ SITE_URL: 'https://ajuda.exemplo.com.br' }).allowedHosts).toContain('localhost');
	});
});
