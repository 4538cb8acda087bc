// The html format written in pieces: joined, they are the one-string document; a long body is never one piece. The
// preview's article in pieces of whole blocks, joined the one-string html.
import * as assert from 'node:assert/strict';
import { HTML_PIECE_CHARS, renderArticleHtml, renderArticleHtmlPieces, writeArticleHtml } from '../../src/core/render/articleHtml';
import { extractDump, formatExtraction, writeExtraction } from '../../src/core/render/formats';
import { MARKDOWN_CHUNK_CHARS } from '../../src/core/render/markdownChunks';

/** A hand-made dump: a title, then `sections` sections of prose with a link, headings repeating every third. */
function dump(sections: number): string {
	const parts = ['# A long article', '', 'By someone, a few words to open.', ''];
	for (let k = 0; k < sections; k++) {
		parts.push(`## ${['Intro', 'Intro 2', 'Details'][k % 3]}`, '', `Some words of prose in section ${k}, with [a link](https://example.org/${k}) and more words after it.`, '');
	}
	return parts.join('\n');
}

function pieces(sections: number): { out: string[]; whole: string } {
	const extraction = extractDump(dump(sections));
	const out: string[] = [];
	writeExtraction(extraction, 'html', (c) => void out.push(c));
	return { out, whole: formatExtraction(extraction, 'html') };
}

suite('the html format in pieces', () => {
	test('a short article: the pieces joined are the document', () => {
		const { out, whole } = pieces(3);
		assert.equal(out.join(''), whole);
		assert.ok(whole.startsWith('<!DOCTYPE html>\n'), whole);
		assert.ok(whole.endsWith('</p>\n</article>\n</body>\n</html>\n'), whole);
	});

	test('a long article: many pieces, none the whole body, joined the document', () => {
		const { out, whole } = pieces(600);
		assert.equal(out.join(''), whole);
		assert.ok(out.length > 5, `${out.length} pieces`);
		assert.ok(out.every((p) => p.length < whole.length / 3));
		assert.ok(out.every((p) => p.length > 0));
	});

	test('the document is the header, the body as renderArticleHtml makes it trimmed, and the closing tags', () => {
		const extraction = extractDump(dump(600));
		const body = renderArticleHtml(extraction.rendered, { images: 'https' }).html;
		assert.ok(body.length > 4 * MARKDOWN_CHUNK_CHARS);
		const whole = formatExtraction(extraction, 'html');
		const at = whole.indexOf('</header>\n') + '</header>\n'.length;
		assert.equal(whole.slice(at), body.trimEnd() + '\n</article>\n</body>\n</html>\n');
		// Heading ids as the preview's body gives them, a `-N` title among repeats included.
		assert.ok(whole.includes('id="pd-h-intro-2-2"'), 'the second "Intro 2" heading');
		assert.ok(whole.includes('id="pd-h-intro-3"'), 'the third "Intro" heading skips the taken -2');
	});

	test('writeArticleHtml without a toc writes the same body and makes no toc', () => {
		const extraction = extractDump(dump(100));
		const parts: string[] = [];
		const summary = writeArticleHtml(extraction.rendered, { images: 'https' }, (p) => void parts.push(p), false);
		const full = renderArticleHtml(extraction.rendered, { images: 'https' });
		assert.equal(parts.join(''), full.html);
		assert.equal(summary.toc, undefined);
		assert.deepEqual(summary.stats, full.stats);
		assert.equal(full.toc.length, 100);
	});

	test('maxToc keeps the first headings in the table of contents, counts all, and leaves the html as it was', () => {
		const extraction = extractDump(dump(30));
		const all = renderArticleHtml(extraction.rendered);
		const capped = renderArticleHtml(extraction.rendered, { maxToc: 5 });
		assert.equal(all.toc.length, all.tocTotal);
		assert.equal(capped.tocTotal, all.tocTotal);
		assert.deepEqual(capped.toc, all.toc.slice(0, 5));
		assert.equal(capped.html, all.html);
	});
});

/** Non-void element tags in `html`, opened minus closed, checked never to go below 0; NaN when it does. */
function tagDepth(html: string): number {
	let depth = 0;
	for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*>/g)) {
		if (m[2] === 'img' || m[2] === 'br' || m[2] === 'hr') continue;
		depth += m[1] === '/' ? -1 : 1;
		if (depth < 0) return NaN;
	}
	return depth;
}

/** Blocks of every kind the renderer makes, `sections` times, so that pieces end after each kind. */
function mixedDump(sections: number): string {
	const parts = ['# A long article', '', 'A few words to open it.', ''];
	for (let k = 0; k < sections; k++) {
		parts.push(
			`## Part ${k}`, '', `Prose of part ${k} with *emphasis*, a [link](https://example.org/${k}) and \`code\`.`, '',
			'- one item', '- another item', '', '> A quoted line.', '', '| a | b |', '|---|--:|', `| ${k} | x |`, '',
			'```', 'let x = 1;', '', 'x += 2;', '```', '',
		);
	}
	return parts.join('\n');
}

suite("the preview's html in pieces", () => {
	test('joined, the pieces are renderArticleHtml\'s html, with the same toc and stats', () => {
		const extraction = extractDump(mixedDump(200));
		const whole = renderArticleHtml(extraction.rendered, { images: 'https', maxToc: 50 });
		const split = renderArticleHtmlPieces(extraction.rendered, { images: 'https', maxToc: 50 }, 2_000);
		assert.equal(split.pieces.join(''), whole.html);
		assert.deepEqual(split.toc, whole.toc);
		assert.equal(split.tocTotal, whole.tocTotal);
		assert.deepEqual(split.stats, whole.stats);
		assert.ok(split.pieces.length > 10, `${split.pieces.length} pieces`);
	});

	test('each piece is whole top-level blocks, at least the piece size but the last', () => {
		const extraction = extractDump(mixedDump(200));
		const { pieces } = renderArticleHtmlPieces(extraction.rendered, {}, 2_000);
		pieces.forEach((piece, k) => {
			assert.equal(tagDepth(piece), 0, `piece ${k} is not whole blocks: ${piece.slice(0, 80)} … ${piece.slice(-80)}`);
			assert.ok(piece.startsWith('<'), `piece ${k} starts inside a block: ${piece.slice(0, 80)}`);
			if (k < pieces.length - 1) assert.ok(piece.length >= 2_000, `piece ${k}: ${piece.length} characters`);
		});
	});

	test('an article under the piece size is one piece; an empty one is one empty piece', () => {
		const short = extractDump(mixedDump(2));
		const { pieces } = renderArticleHtmlPieces(short.rendered);
		assert.equal(pieces.length, 1);
		assert.equal(pieces[0], renderArticleHtml(short.rendered).html);
		assert.ok(pieces[0].length < HTML_PIECE_CHARS);
		assert.deepEqual(renderArticleHtmlPieces({ markdown: '', blocks: [] }).pieces, ['']);
	});

	test('at the default size, a long article is several pieces of about 64 KB', () => {
		const extraction = extractDump(mixedDump(800));
		const { pieces } = renderArticleHtmlPieces(extraction.rendered);
		assert.ok(pieces.length >= 3, `${pieces.length} pieces`);
		for (const piece of pieces.slice(0, -1)) assert.ok(piece.length >= HTML_PIECE_CHARS && piece.length < 2 * HTML_PIECE_CHARS, `${piece.length}`);
	});
});
