import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changedPagesSummary, parseNameStatus } from '../../scripts/lib/changed-pages';

const WORKFLOWS = '.github/workflows';
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

/** @action-validator/cli on one file: exit code and output. */
function validate(file: string): Promise<{ code: number; out: string }> {
	return promisify(execFile)('npx', ['action-validator', file]).then(
		(done) => ({ code: 0, out: done.stdout }),
		(error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, out: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
	);
}

interface Step {
	id?: string;
	name?: string;
	if?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, { steps: Step[] }>;
}
const workflow = (name: string) => parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);

/**
 * Whether a step's `if` lets it run, given the outcomes so far: the status functions and
 * `steps.<id>.outcome == '…'` joined by &&, as GitHub evaluates them (no `if` means success()).
 */
function runs(condition: string | undefined, failedBefore: boolean, outcomes: Record<string, string>): boolean {
	const expression = (condition ?? 'success()').replace(/^\$\{\{\s*|\s*\}\}$/g, '');
	return expression.split('&&').every((raw) => {
		const term = raw.trim();
		if (term === '!cancelled()' || term === 'always()') return true;
		if (term === 'success()') return !failedBefore;
		if (term === 'failure()') return failedBefore;
		const outcome = /^steps\.([\w-]+)\.outcome == '(\w+)'$/.exec(term);
		if (outcome) return outcomes[outcome[1]!] === outcome[2];
		throw new Error(`condição que o teste não sabe avaliar: ${term}`);
	});
}

/** The steps of a job that run when the step at index `failing` fails (and every other succeeds). */
function stepsRunWhenFailing(all: Step[], failing: number): Step[] {
	let failedBefore = false;
	const outcomes: Record<string, string> = {};
	return all.filter((step, index) => {
		const ran = runs(step.if, failedBefore, outcomes);
		const outcome = !ran ? 'skipped' : index === failing ? 'failure' : 'success';
		if (step.id) outcomes[step.id] = outcome;
		if (outcome === 'failure') failedBefore = true;
		return ran;
	});
}

describe('GitHub Actions workflows', () => {
	it('every workflow file passes @action-validator/cli, which does reject a broken one', async () => {
		expect(files.sort()).toEqual(['publicar.yml', 'pull-request.yml']);
		for (const file of files) {
			const result = await validate(join(WORKFLOWS, file));
			expect(result.code, `${file}: ${result.out}`).toBe(0);
		}
		const broken = join(tmpdir(), `workflow-quebrado-${process.pid}.yml`);
		writeFileSync(broken, 'name: x\non:\n  pull_reqest:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n');
		const result = await validate(broken);
		expect(result.code).not.toBe(0);
		expect(result.out).toContain("Additional property 'pull_reqest' is not allowed");
	}, 120_000);

	it('on a pull request: installs, runs npm run check and the tests, writes the summary and uploads the preview', () => {
		const flow = workflow('pull-request.yml');
		expect(Object.keys(flow.on)).toEqual(['pull_request']);
		const all = steps(flow);
		const runs = all.map((step) => step.run ?? '');
		expect(runs).toContain('npm ci');
		expect(runs).toContain('npm run check');
		expect(runs).toContain('npm test');
		expect(runs.some((run) => run.includes('scripts/pr-summary.ts') && run.includes('>> "$GITHUB_STEP_SUMMARY"'))).toBe(true);
		const upload = all.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
		expect(upload?.with).toMatchObject({ name: 'previa-do-site', path: 'dist/' });
		expect(runs.indexOf('npm run build')).toBeLessThan(all.indexOf(upload!));
		expect(flow.permissions).toEqual({ contents: 'read' });
	});

	it('on a pull request: npm run check runs whatever failed before it, and the dependency audit comes after the check and the tests', () => {
		const all = steps(workflow('pull-request.yml'));
		const index = (run: string) => all.findIndex((step) => step.run === run);
		const check = index('npm run check');
		const audit = index('npm audit --omit=dev');
		expect(audit).toBeGreaterThan(check);
		expect(audit).toBeGreaterThan(index('npm test'));
		expect(check).toBeGreaterThan(index('npm ci'));
		// Any step after the install may fail (the summary, an advisory, the build): the check, the
		// tests and the audit still run, so the editor always gets the annotations.
		for (let failing = index('npm ci') + 1; failing < all.length; failing++) {
			const ran = stepsRunWhenFailing(all, failing);
			for (const run of ['npm run check', 'npm test', 'npm audit --omit=dev']) {
				expect(ran.map((step) => step.run), `${all[failing]!.name ?? all[failing]!.run} falhou`).toContain(run);
			}
		}
		// The preview is uploaded when the build succeeded, even if the check failed, and not after a failed build.
		const upload = (ran: Step[]) => ran.some((step) => step.uses?.startsWith('actions/upload-artifact@'));
		expect(upload(stepsRunWhenFailing(all, check))).toBe(true);
		expect(upload(stepsRunWhenFailing(all, index('npm run build')))).toBe(false);
		// A failed install leaves nothing to run.
		expect(stepsRunWhenFailing(all, index('npm ci')).map((step) => step.run)).not.toContain('npm run check');
	});

	it('on push to main and every day: builds with SITE_URL and deploys to GitHub Pages', () => {
		const flow = workflow('publicar.yml');
		expect(flow.on.push).toEqual({ branches: ['main'] });
		expect((flow.on.schedule as { cron: string }[])[0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
		// Run by hand from the Actions tab (the guide's way back after GitHub disables the schedule).
		expect(flow.on).toHaveProperty('workflow_dispatch');
		const all = steps(flow);
		const build = all.find((step) => step.run === 'npm run build');
		expect(build?.env?.SITE_URL).toBe('${{ vars.SITE_URL || steps.pages.outputs.base_url }}');
		expect(all.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist/' });
		expect(all.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
		expect(flow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
	});

	it('a pull request template gives the editor a checklist in pt-BR', () => {
		const template = readFileSync('.github/pull_request_template.md', 'utf8');
		expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(5);
		expect(template).toContain('npm run check');
		expect(template).toContain('texto de modelo');
	});
});

describe('job summary of the pages a pull request changes', () => {
	const CORPUS = 'tests/fixtures/faq-corpus';
	it('lists added, altered, moved and removed pages with title, address and file, and leaves other files out', () => {
		const diff = [
			`A\t${CORPUS}/faq/fiscal/cancelamento-nfe-prazo-expirado.md`,
			`M\t${CORPUS}/faq/fiscal/carta-de-correcao-recusada.md`,
			`R087\t${CORPUS}/faq/fiscal/antigo.md\t${CORPUS}/faq/fiscal/certificado-digital-a1-vencido.md`,
			`D\t${CORPUS}/faq/fiscal/apagado.md`,
			`M\t${CORPUS}/modules.yml`,
		].join('\n');
		const summary = changedPagesSummary(parseNameStatus(diff), CORPUS);
		expect(summary).toContain('4 página(s).');
		expect(summary).toContain(
			`| nova | Cancelamento de NF-e recusado porque o prazo terminou | \`/faq/fiscal/cancelamento-nfe-prazo-expirado/\` | \`${CORPUS}/faq/fiscal/cancelamento-nfe-prazo-expirado.md\` |`,
		);
		expect(summary).toMatch(/\| alterada \| .+ \| `\/faq\/fiscal\/carta-de-correcao-recusada\/` \|/);
		expect(summary).toContain(`\`${CORPUS}/faq/fiscal/antigo.md\` → \`${CORPUS}/faq/fiscal/certificado-digital-a1-vencido.md\``);
		expect(summary).toContain(`| removida | — | \`/faq/fiscal/apagado/\` |`);
		expect(summary).not.toContain('modules.yml');
	});

	it('says so when no page changes', () => {
		expect(changedPagesSummary(parseNameStatus(`M\t${CORPUS}/products.yml\n`), CORPUS)).toContain('Nenhuma página de conteúdo');
	});
});
