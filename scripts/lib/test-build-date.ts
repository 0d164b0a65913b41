/**
 * The one day test builds and test runs take as today (BUILD_DATE), so that bulletin expiry and
 * feed expectations never change when a run crosses midnight or a bulletin's `expires` passes.
 * 2026-12-01 keeps both kinds in content/bulletins: one expired in 2025, one expiring on
 * 2026-12-07. `npx tsx scripts/lib/test-build-date.ts` prints it (scripts/test.sh exports it).
 */
import { pathToFileURL } from 'node:url';

export const TEST_BUILD_DATE = '2026-12-01';

/** BUILD_DATE of a test run: the one already set (a run that wants another day), else TEST_BUILD_DATE. */
export function useTestBuildDate(env: Record<string, string | undefined> = process.env): string {
	env.BUILD_DATE ||= TEST_BUILD_DATE;
	return env.BUILD_DATE;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(TEST_BUILD_DATE);
