// A detected kind whose strategy declines is read, cleaned and labelled as an article (kinds/declinedKind.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { readKind } from '../../src/core/extract/kinds/declinedKind';
import * as detect from '../../src/core/extract/kinds/detect';
import { kindConfidence } from '../../src/core/extract/kinds/kindConfidence';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines as joinLines } from '../util/joinLines';

const PROSE = [
	'The club met on Thursday to decide whether the allotments by the railway should be split into smaller plots, after a waiting list of forty households.',
	'Older members argued that a full plot is the only way to grow enough potatoes for a family, while newer ones said half a plot is all they can manage.',
	'The committee agreed to try ten half plots for one season and to report back in the autumn with the yields and the state of the soil.',
];

/** An article whose body ends with a "Related" label and its links: further reading an article drops. */
const DUMP = joinLines(
	'# Allotment plots to be split',
	'',
	'::: {.article-body}',
	...PROSE.flatMap((p) => [p, '']),
	'## Related articles',
	'',
	...Array.from({ length: 4 }, (_, i) => `-   [Another story from the allotments desk, number ${i + 1}](/news/plot-${i + 1})`),
	'',
	':::',
);

/** The dump's text and page type with detection answering `kind` (as `EVAL_FORCE_KIND` does). */
function readAs(dump: string, kind: detect.KindEvidence['kind'] | undefined): { text: string; pageType: unknown } {
	const mutable = detect as { detectKind: typeof detect.detectKind };
	const real = mutable.detectKind;
	if (kind) mutable.detectKind = () => ({ kind, signal: 'posts 3', confidence: 0.87 });
	try {
		const doc = parseDump(dump);
		const article = extractArticle(doc);
		return { text: renderText(article, doc), pageType: article.metadata.pageType };
	} finally {
		mutable.detectKind = real;
	}
}

suite('A kind whose strategy declines', () => {
	test('a page detected as a forum whose posts the forum strategy cannot find is read as the article it is', () => {
		const asArticle = readAs(DUMP, undefined);
		const asForum = readAs(DUMP, 'forum');
		for (const p of PROSE) assert.ok(asForum.text.includes(p), `lost: ${p}`);
		// The article's clean-ups ran: its closing further reading went, as it does for the page detected as an article.
		assert.ok(!asForum.text.includes('Another story'), asForum.text);
		assert.strictEqual(asForum.text, asArticle.text);
	});

	test('its page type says article, with the confidence of a page no rule recognised, and names the declined kind', () => {
		const { pageType } = readAs(DUMP, 'forum');
		assert.deepStrictEqual(pageType, { value: 'article', rule: 'kind:posts 3, forum declined', confidence: kindConfidence('default') });
	});

	test('a strategy that reads the page keeps the detected kind as it was', () => {
		const detected = { kind: 'forum', signal: 'posts 3', confidence: 0.87 } as const;
		const read = { region: parseDump('x\n').blocks[0], regionScore: 0, blocks: [], removed: [], chars: 1 } as unknown as Parameters<typeof readKind>[1];
		assert.strictEqual(readKind(detected, read), detected);
		assert.deepStrictEqual(readKind(detected, undefined), { kind: 'article', signal: 'posts 3, forum declined', confidence: kindConfidence('default') });
		const article = { kind: 'article', signal: 'default', confidence: 0.2 } as const;
		assert.strictEqual(readKind(article, undefined), article);
	});
});
