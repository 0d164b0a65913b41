/**
 * tsx scripts/pr-summary.ts <base>: the pull request's job summary (Markdown on stdout), the
 * content pages the branch adds, alters, moves or removes since it left <base> (e.g. origin/main).
 * The pull-request workflow appends it to $GITHUB_STEP_SUMMARY.
 */
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { contentDir, projectRoot } from '../src/utils/content-dir';
import { changedPagesSummary, parseNameStatus } from './lib/changed-pages';

const base = process.argv[2]?.trim();
if (!base) {
	console.error('Informe a base da comparação, como: tsx scripts/pr-summary.ts origin/main');
	process.exit(1);
}
const corpus = relative(projectRoot, contentDir()) || '.';
const diff = execFileSync('git', ['diff', '--name-status', '-M', `${base}...HEAD`, '--', corpus], { cwd: projectRoot, encoding: 'utf8' });
process.stdout.write(changedPagesSummary(parseNameStatus(diff), corpus, projectRoot));
