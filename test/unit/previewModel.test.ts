// The preview's model builder and HTML shell: messages for odd files, the article message, CSP and escaping.
import * as assert from 'node:assert';
import type { Article } from '../../src/core/extract/article';
import type { DumpDocument } from '../../src/core/model/dumpDocument';
import type { ShowMessage, UpdateContent } from '../../src/protocol/webviewMessages';
import { createNonce, previewCsp, previewShellHtml } from '../../src/vscode/previewHtml';
import { HEADING_ID_PREFIX } from '../../src/core/render/articleHtml';
import { buildPreviewMessage, classifyText, contentMessages, type PreviewContent, type PreviewModelInput, type PreviewPipeline } from '../../src/vscode/previewModel';
import { dumpLines as joinLines } from '../util/joinLines';


const DUMP = joinLines('::: nav', '[Home](/)', ':::', '', '# Title {#t}', '', 'Body <script>alert(1)</script> text.', '', 'Second [x](javascript:alert(1)).');

/** A pipeline over DUMP: the article is the two paragraphs (lines 6 and 8), the nav (lines 0-2) is removed. */
function fakePipeline(overrides: Partial<Article> = {}): PreviewPipeline {
	const p1 = DUMP.indexOf('Body');
	const p2 = DUMP.indexOf('Second');
	return {
		parse: (text): DumpDocument => ({ text, blocks: [], problems: [], definitions: new Map() }),
		extract: (): Article => ({
			metadata: {
				title: { value: 'The <Title>', rule: 'heading-in-article', confidence: 0.9, source: { start: DUMP.indexOf('# Title'), end: DUMP.indexOf('# Title') + 7 } },
				author: { value: 'Ann', rule: 'class:byline', confidence: 0.6 },
			},
			blocks: [],
			removed: [{ range: { start: 0, end: DUMP.indexOf('# Title') }, step: 'prune', signal: 'nav' }],
			empty: false,
			...overrides,
		}),
		render: () => ({
			markdown: joinLines('Body <script>alert(1)</script> text.', '', 'Second [x](javascript:alert(1)).'),
			blocks: [
				{ startLine: 0, endLine: 0, source: { start: p1, end: p1 + 36 } },
				{ startLine: 2, endLine: 2, source: { start: p2, end: p2 + 31 } },
			],
		}),
	};
}

/** The article message, with its HTML pieces joined as `html` (what the webview shows). */
function article(m: PreviewContent | ShowMessage): PreviewContent & { readonly html: string } {
	assert.strictEqual(m.type, 'updateContent', m.type === 'showMessage' ? m.detail : '');
	return { ...m, html: m.htmlPieces.join('') };
}

function input(text: string, extra: Partial<PreviewModelInput> = {}): PreviewModelInput {
	return { source: 'file:///d.txt', version: 3, text, fileName: 'd.txt', settings: { images: 'https' }, maxSize: 50 * 1024 * 1024, problems: [], ...extra };
}

suite('Preview model', () => {
	test('classifies empty, binary and text', () => {
		assert.strictEqual(classifyText(' \n\t '), 'empty');
		assert.strictEqual(classifyText('abc\u0000def'), 'binary');
		assert.strictEqual(classifyText('\u0001\u0002\u0003\u0004abc'), 'binary');
		assert.strictEqual(classifyText('\ufffd\ufffd\ufffdab'), 'binary');
		assert.strictEqual(classifyText('plain text\n'), 'text');
	});

	test('odd files get a message with Open as Text', () => {
		const pipeline = fakePipeline();
		const cases: [string, Partial<PreviewModelInput>, string][] = [
			['', {}, 'This file is empty'],
			['\u0000\u0001binary', {}, 'This file is not text'],
			[DUMP, { maxSize: 10 }, 'This file is too large to preview'],
			['Shopping list\n\n- bread\n- milk\n', {}, 'This file does not look like a page dump'],
		];
		for (const [text, extra, title] of cases) {
			const m = buildPreviewMessage(input(text, extra), pipeline) as ShowMessage;
			assert.strictEqual(m.type, 'showMessage');
			assert.strictEqual(m.title, title);
			assert.strictEqual(m.openAsText, true);
			assert.strictEqual(m.version, 3);
		}
		const notDump = buildPreviewMessage(input(DUMP), fakePipeline({ empty: true })) as ShowMessage;
		assert.strictEqual(notDump.title, 'No article found');
	});

	test('the Contents card lists the first thousand headings and says how many more there are', () => {
		const headings = (n: number): string => Array.from({ length: n }, (_, k) => `## Part ${k}\n\nWords of part ${k}.\n`).join('\n');
		const many = fakePipeline();
		const big = { ...many, render: () => ({ markdown: headings(1200), blocks: [] }) };
		const capped = article(buildPreviewMessage(input(DUMP), big));
		assert.strictEqual(capped.toc.length, 1000);
		assert.strictEqual(capped.tocTotal, 1200);
		assert.strictEqual(capped.toc[999].text, 'Part 999');
		assert.ok(capped.html.includes('id="pd-h-part-1199"'), 'every heading keeps its id in the article');
		const few = { ...many, render: () => ({ markdown: headings(3), blocks: [] }) };
		const whole = article(buildPreviewMessage(input(DUMP), few));
		assert.strictEqual(whole.toc.length, 3);
		assert.strictEqual(whole.tocTotal, undefined, 'no count when the list is whole');
	});

	test('a throwing pipeline gives a message, not an exception', () => {
		const pipeline = { ...fakePipeline(), extract: () => { throw new Error('boom'); } };
		const m = buildPreviewMessage(input(DUMP), pipeline) as ShowMessage;
		assert.strictEqual(m.title, 'The preview failed');
		assert.match(m.detail, /boom/);
	});

	test('the article message carries sanitized HTML with dump lines, metadata rows, removed regions and stats', () => {
		const problems = [{ severity: 'warning' as const, message: 'm', startLine: 8, endLine: 8 }];
		const m = article(buildPreviewMessage(input(DUMP, { problems }), fakePipeline()));
		assert.strictEqual(m.type, 'updateContent');
		assert.strictEqual(m.title, 'The <Title>');
		assert.ok(m.html.includes('<p data-line-start="6" data-line-end="6">Body &lt;script&gt;alert(1)&lt;/script&gt; text.</p>'), m.html);
		assert.ok(!m.html.includes('href'), 'the javascript: link became a link');
		assert.deepStrictEqual(m.metadata.slice(0, 3).map((r) => [r.key, r.value, r.line]), [['title', 'The <Title>', 4], ['author', 'Ann', undefined], ['published', undefined, undefined]]);
		assert.deepStrictEqual(m.removed, [{ startLine: 0, endLine: 3, step: 'prune', signal: 'nav', score: undefined, excerpt: '::: nav [Home](/) :::' }]);
		assert.deepStrictEqual(m.stats, { words: 11, links: 0, images: 0, problems: 1, removedRegions: 1, blockedUrls: 0, heldImages: 0 });
		assert.strictEqual(m.textLength, DUMP.length);
	});

	test('images setting none renders no image', () => {
		const pipeline = { ...fakePipeline(), render: () => ({ markdown: '![a](https://e.org/a.png)\n', blocks: [] }) };
		const m = article(buildPreviewMessage(input(DUMP, { settings: { images: 'none' } }), pipeline));
		assert.ok(!m.html.includes('<img'), m.html);
	});

	test('images setting embedded holds remote images back in place, shows embedded ones, and counts them', () => {
		const pipeline = { ...fakePipeline(), render: () => ({ markdown: '![remote](https://e.org/a.png) ![dot](data:image/png;base64,AA)\n', blocks: [] }) };
		const m = article(buildPreviewMessage(input(DUMP, { settings: { images: 'embedded', canAllowRemoteImages: true } }), pipeline));
		assert.ok(!m.html.includes('https://e.org/a.png'), m.html);
		assert.match(m.html, /<span class="pd-image-held"[^>]*>\[remote image not loaded: remote\]<\/span>/);
		assert.ok(m.html.includes('<img src="data:image/png;base64,AA"'), m.html);
		assert.equal(m.stats.heldImages, 1);
	});

	test('a heading named like a preview element cannot take its id', () => {
		const shellIds = [...previewShellHtml({ cspSource: 's', scriptUri: 's', styleUri: 's', initial: { source: 'x', settings: { images: 'none' } } }).matchAll(/\sid="([^"]+)"/g)].map((x) => x[1]);
		assert.ok(shellIds.includes('pd-toc') && shellIds.includes('pd-meta'));
		for (const id of shellIds) assert.ok(!id.startsWith(HEADING_ID_PREFIX), `shell id ${id} starts like a heading id`);
		const headings = shellIds.map((id) => `## ${id.replace(/^pd-/, '').replace(/-/g, ' ')}\n\n## ${id}\n`).join('\n');
		const pipeline = { ...fakePipeline(), render: () => ({ markdown: headings, blocks: [] }) };
		const m = article(buildPreviewMessage(input(DUMP), pipeline));
		const contentIds = [...m.html.matchAll(/\sid="([^"]+)"/g)].map((x) => x[1]);
		assert.ok(contentIds.length >= shellIds.length * 2);
		for (const id of contentIds) assert.ok(!shellIds.includes(id), `heading id ${id} shadows the preview's own element`);
	});
});

suite('Preview content in pieces', () => {
	const paragraphs = (n: number): string => Array.from({ length: n }, (_, k) => `Paragraph ${k} of a long article, with words enough to fill the line.\n`).join('\n');

	test('a short article is one message with its whole html', () => {
		const m = article(buildPreviewMessage(input(DUMP), fakePipeline()));
		assert.strictEqual(m.htmlPieces.length, 1);
		const messages = [...contentMessages(m)];
		assert.strictEqual(messages.length, 1);
		const [first] = messages as UpdateContent[];
		assert.strictEqual(first.type, 'updateContent');
		assert.strictEqual(first.html, m.html);
		assert.strictEqual(first.pieces, undefined);
		assert.ok(!('htmlPieces' in first), 'the host-side pieces list is not posted');
	});

	test('a long article is an updateContent with the first piece, then numbered pieces of its version', () => {
		// Output blocks a paragraph each (all from the dump's first paragraph): the renderer cuts only between blocks.
		const at = DUMP.indexOf('Body');
		const blocks = Array.from({ length: 4000 }, (_, k) => ({ startLine: 2 * k, endLine: 2 * k, source: { start: at, end: at + 36 } }));
		const long = { ...fakePipeline(), render: () => ({ markdown: paragraphs(4000), blocks }) };
		const m = article(buildPreviewMessage(input(DUMP), long));
		assert.ok(m.htmlPieces.length >= 3, `${m.htmlPieces.length} pieces`);
		assert.ok(m.htmlPieces.every((p) => p.length < m.html.length / 2));
		const [first, ...rest] = [...contentMessages(m)];
		assert.strictEqual(first.type, 'updateContent');
		assert.strictEqual(first.pieces, m.htmlPieces.length);
		assert.strictEqual(first.html, m.htmlPieces[0]);
		assert.deepStrictEqual(rest.map((p) => [p.type, p.source, p.version, p.type === 'htmlPiece' ? p.seq : -1]),
			m.htmlPieces.slice(1).map((_, k) => ['htmlPiece', 'file:///d.txt', 3, k + 1]));
		assert.strictEqual([first, ...rest].map((p) => p.html).join(''), m.html);
	});
});

suite('Preview shell', () => {
	const shell = (images: 'https' | 'none' = 'https') => previewShellHtml({
		cspSource: 'https://webview.example',
		scriptUri: 'https://webview.example/dist/media/preview.js',
		styleUri: 'https://webview.example/media/preview.css',
		initial: { source: 'file:///a"b<c>.txt', settings: { images } },
		nonce: 'NONCE123',
	});

	test('CSP: no default sources, nonce script, images per setting', () => {
		assert.strictEqual(previewCsp('src:', 'n', 'https'),
			"default-src 'none'; img-src src: https: data:; style-src src:; font-src src:; script-src 'nonce-n'; base-uri 'none'; form-action 'none';");
		assert.ok(previewCsp('src:', 'n', 'none').includes('img-src src:;'));
		// Held-back remote images: the CSP does not allow them either.
		assert.ok(previewCsp('src:', 'n', 'embedded').includes('img-src src: data:;'));
		assert.ok(shell().includes(`content="default-src &#39;none&#39;; img-src https://webview.example https: data:;`));
	});

	test('the only script is the nonce-bearing bundle; no inline script or handler', () => {
		const html = shell();
		const scripts = html.match(/<script[^>]*>/g) ?? [];
		assert.deepStrictEqual(scripts, ['<script nonce="NONCE123" src="https://webview.example/dist/media/preview.js">']);
		assert.ok(html.includes('></script>\n</body>'));
		assert.ok(!/\son[a-z]+=/i.test(html));
		assert.ok(!/style=/i.test(html));
	});

	test('initial data is escaped JSON in a data attribute', () => {
		const html = shell();
		const m = /data-initial="([^"]*)"/.exec(html);
		assert.ok(m);
		const decoded = m[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
		assert.deepStrictEqual(JSON.parse(decoded), { source: 'file:///a"b<c>.txt', settings: { images: 'https' } });
	});

	test('nonces are fresh and long', () => {
		const a = createNonce();
		assert.notStrictEqual(a, createNonce());
		assert.match(a, /^[A-Za-z0-9+/]{22}$/);
	});
});
