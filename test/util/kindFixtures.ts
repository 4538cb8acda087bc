// Extracts a page-kind fixture (test/fixtures/kinds/) for the kind and heuristic tests: its text output and detected kind.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import * as detect from '../../src/core/extract/kinds/detect';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { articleAttempt } from '../../src/core/extract/sieve';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { renderText } from '../../src/core/render/articleText';

export const KIND_FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'kinds');

/** The text output and the detected page kind of a dump. */
export function extractDumpText(dump: string): { text: string; kind: unknown } {
	const doc = parseDump(dump);
	const article = extractArticle(doc);
	return { text: renderText(article, doc), kind: article.metadata.pageType?.value };
}

/** The text output and the detected page kind of one fixture of test/fixtures/kinds/. */
export function extractFixture(name: string): { text: string; kind: unknown } {
	return extractDumpText(fs.readFileSync(path.join(KIND_FIXTURES, name), 'utf8'));
}

/** The kind detection's verdict on a dump, as "kind (signal)" (kinds/detect.ts `detectKind` on its own signals and attempts). */
export function detectedKind(dump: string): string {
	const index = new BlockIndex(parseDump(dump));
	const kind = detect.detectKind(index, pageSignals(index), articleAttempt(index), wholePage(index));
	return `${kind.kind} (${kind.signal})`;
}

/** The text of a dump read by one kind's strategy whatever detection says (as `EVAL_FORCE_KIND` does). */
export function forcedText(dump: string, kind: string): string {
	const mutable = detect as { detectKind: typeof detect.detectKind };
	const real = mutable.detectKind;
	mutable.detectKind = () => ({ kind: kind as ReturnType<typeof real>['kind'], signal: 'forced', confidence: 1 });
	try {
		return extractDumpText(dump).text;
	} finally {
		mutable.detectKind = real;
	}
}
