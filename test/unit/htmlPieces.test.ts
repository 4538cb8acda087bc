// The html format written in pieces: joined, they are the one-string document; a long body is never one piece.
import * as assert from 'node:assert/strict';
import { renderArticleHtml, writeArticleHtml } from '../../src/core/render/articleHtml';
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
