// Documentation platform chrome (heuristics/docPlatformChrome.ts, data/docPlatformChrome.ts): a doc theme's "On this page" column, edit row, feedback and vote boxes go; the page stays.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { DOC_PLATFORM_CHROME } from '../../src/core/extract/data/docPlatformChrome';
import { docPlatformChromeSpans, docPlatformChromeToken } from '../../src/core/extract/heuristics/docPlatformChrome';
import { extractedTextRemoving } from '../util/extractedText';
import { dumpLines } from '../util/joinLines';

const BODY = [
	'A queue worker takes one job at a time from the broker, runs it and acknowledges it only after the handler returns, so a crash never loses a job.',
	'',
	'Set the prefetch limit to one when jobs are long: a worker that holds many unacknowledged jobs keeps them from idle workers.',
	'',
	'## Retries {#retries}',
	'',
	'A failed job goes back to the queue with a delay that doubles on each attempt, up to the limit you set with the retry option of the decorator.',
	'',
	'```',
	'@task(retries=5, backoff=2)',
	'def resize(image_id): ...',
	'```',
	'',
	'Jobs that fail every attempt land in the dead-letter queue, where the admin page lists them with their last error and lets you run them again.',
];

function textOf(dump: string, steps: string[] = []): string {
	return extractedTextRemoving(dump, 'doc-platform-chrome', steps);
}

suite('Documentation platform chrome', () => {
	// The doc item's column read whole (a swizzled layout without the `theme-doc-markdown` wrapper, or a read wider than it).
	test('Docusaurus: the version badge, the mobile "On this page" list, the edit link and the last-updated line go', () => {
		const steps: string[] = [];
		const text = textOf(
			dumpLines(
				'::: {.col .docItemCol_abc1}',
				'::: docItemContainer_xyz2',
				'[Version: 3.9.2]{.theme-doc-version-badge .badge .badge--secondary}',
				'',
				'::: {.tocCollapsible_ETCw .theme-doc-toc-mobile .tocMobile_ITEo}',
				'On this page',
				'',
				'- [Retries](#retries)',
				'- [Dead letters](#dead-letters)',
				':::',
				'',
				'# Workers',
				'',
				...BODY,
				'',
				'::: {.row .margin-top--sm .theme-doc-meta-row}',
				'::: {.col}',
				'[Edit this page on the tracker](https://github.com/acme/queue/edit/main/docs/workers.mdx){.theme-edit-this-page target="_blank" rel="noopener noreferrer"}',
				':::',
				'',
				'::: {.col .lastUpdated_JAkA}',
				'[Last updated on **Jan 5, 2026** by **Ann Lee**]{.theme-last-updated}',
				':::',
				':::',
				':::',
				':::',
			),
			steps,
		);
		for (const word of ['theme-doc-version-badge', 'theme-doc-toc-mobile', 'theme-edit-this-page', 'theme-last-updated']) assert.ok(steps.includes(word), `${word}: ${steps.join(', ')}`);
		assert.ok(text.includes('acknowledges it only after') && text.includes('dead-letter queue'), text);
		for (const chrome of ['Version: 3.9.2', 'Dead letters', 'Edit this page on the tracker', 'Ann Lee']) assert.ok(!text.includes(chrome), `${chrome}\n${text}`);
	});

	test('MkDocs Material: the edit button and the source-file facts go', () => {
		const steps: string[] = [];
		const text = textOf(
			dumpLines(
				'::: {.md-content md-component="content"}',
				'::: {.md-content__inner .md-typeset}',
				'[[Edit the workers page]{.md-visually-hidden}](https://github.com/acme/queue/edit/main/docs/workers.md){.md-content__button .md-icon title="Edit this page" rel="edit"}',
				'',
				'# Workers',
				'',
				...BODY,
				'',
				'::: md-source-file',
				'[Last update: [March 11, 2026]{.git-revision-date-localized-plugin}]{.md-source-file__fact} [Created: [May 2, 2024]{.git-revision-date-localized-plugin}]{.md-source-file}',
				':::',
				':::',
				':::',
			),
			steps,
		);
		assert.ok(steps.includes('md-source-file'), steps.join(', '));
		assert.ok(text.includes('prefetch limit') && text.includes('dead-letter queue'), text);
		for (const chrome of ['Edit the workers page', 'March 11, 2026', 'May 2, 2024']) assert.ok(!text.includes(chrome), `${chrome}\n${text}`);
	});

	test('Zendesk Guide (Copenhagen): the vote box, the request callout, "Return to top" and the related articles go', () => {
		const steps: string[] = [];
		const text = textOf(
			dumpLines(
				'::: {#main-content .article}',
				'# Workers',
				'',
				'::: article-info',
				'::: article-content',
				'::: article-body',
				...BODY,
				':::',
				':::',
				':::',
				'',
				'::: article-votes',
				'## Did this answer your question? {#article-votes-label .article-votes-question}',
				'',
				'::: {.article-votes-controls role="group"}',
				'Yes No',
				':::',
				'',
				'[12 out of 15 found this useful]{.article-votes-count}',
				':::',
				'',
				'::: article-more-questions',
				'Have more questions? [Submit a request](https://help.acme.example/hc/en-us/requests/new)',
				':::',
				'',
				'::: article-return-to-top',
				'[Return to top](#article-container)',
				':::',
				':::',
				'',
				'::: article-relatives',
				'::: related-articles',
				'## Related articles',
				'',
				'- [Scheduling recurring jobs](https://help.acme.example/hc/en-us/articles/1)',
				'- [Monitoring the broker](https://help.acme.example/hc/en-us/articles/2)',
				':::',
				':::',
			),
			steps,
		);
		for (const word of ['article-votes', 'article-more-questions']) assert.ok(steps.includes(word), `${word}: ${steps.join(', ')}`);
		assert.ok(text.includes('acknowledges it only after') && text.includes('dead-letter queue'), text);
		for (const chrome of ['Did this answer your question', '12 out of 15', 'Submit a request', 'Return to top', 'Monitoring the broker']) assert.ok(!text.includes(chrome), `${chrome}\n${text}`);
	});

	test('a container named by a platform word that holds the page body is kept', () => {
		const long = Array.from({ length: 12 }, (_, i) => `${BODY[0]} Paragraph ${i + 1} goes on about the broker, the queue and the worker.`).join('\n\n');
		const text = textOf(dumpLines('::: {.toc-drawer}', '::: {.article-body}', '# Workers', '', long, ':::', ':::'));
		assert.ok(text.includes('Paragraph 12 goes on'), text);
	});

	test('only whole platform words match, case-insensitively, never a generic word', () => {
		assert.strictEqual(docPlatformChromeToken({ classes: ['tocCollapsible_ETCw', 'theme-doc-toc-mobile'], pairs: [] }), 'theme-doc-toc-mobile');
		assert.strictEqual(docPlatformChromeToken({ classes: ['vpDocAsideOutline'], pairs: [] }), 'vpDocAsideOutline');
		assert.strictEqual(docPlatformChromeToken({ id: 'book-toc', classes: [], pairs: [] }), 'book-toc');
		for (const cls of ['toc', 'content', 'footer', 'td-toc', 'td-page-meta', 'edit-link', 'article', 'article-body', 'article-votes-count', 'md-content', 'theme-doc-markdown', 'sfn-article-subscribe', 'back-to-top']) {
			assert.strictEqual(docPlatformChromeToken({ classes: [cls], pairs: [] }), undefined, cls);
		}
		for (const p of DOC_PLATFORM_CHROME) assert.ok(p.words.length > 0 && p.source.includes('/'), p.platform);
	});

	test('a paragraph is doc chrome only when most of its text sits in the platform span', () => {
		const doc = parseDump(dumpLines('Workers retry failed jobs with a doubling delay, [edited]{.theme-last-updated}, and the admin page lists the jobs that failed every attempt.', ''));
		const p = doc.blocks.find((b) => b.kind === 'paragraph');
		assert.ok(p);
		assert.strictEqual(docPlatformChromeSpans(p), undefined);
	});
});
