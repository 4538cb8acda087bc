// The webview's assembly of a large article's HTML pieces: in order, whole, and never a stale version's piece.
import * as assert from 'node:assert/strict';
import { PieceAssembly } from '../../src/protocol/pieceAssembly';
import type { HtmlPiece, UpdateContent } from '../../src/protocol/webviewMessages';

function content(version: number, html: string, pieces?: number): UpdateContent {
	return {
		type: 'updateContent', source: 'file:///d.txt', version, title: 'T', html, pieces, metadata: [], toc: [], problems: [], removed: [],
		stats: { words: 0, links: 0, images: 0, problems: 0, removedRegions: 0, blockedUrls: 0 }, textLength: 0,
	};
}

function piece(version: number, seq: number, html: string): HtmlPiece {
	return { type: 'htmlPiece', source: 'file:///d.txt', version, seq, html };
}

/** An assembly whose targets are string lists, and what it reported done: [version, the target joined, pieces]. */
function assembly(): { pieces: PieceAssembly<string[]>; done: [number, string, number][] } {
	const done: [number, string, number][] = [];
	const pieces = new PieceAssembly<string[]>((target, html) => void target.push(html), (m, target, n) => void done.push([m.version, target.join(''), n]));
	return { pieces, done };
}

suite('the preview\'s HTML pieces, put together', () => {
	test('a content of one piece is done at once', () => {
		const { pieces, done } = assembly();
		pieces.start(content(1, '<p>a</p>'), []);
		pieces.start(content(2, '<p>b</p>', 1), []);
		assert.deepEqual(done, [[1, '<p>a</p>', 1], [2, '<p>b</p>', 1]]);
	});

	test('the pieces are appended in seq order, and the content is done after the last', () => {
		const { pieces, done } = assembly();
		pieces.start(content(4, '<p>0</p>', 4), []);
		pieces.add(piece(4, 1, '<p>1</p>'));
		pieces.add(piece(4, 3, '<p>3</p>'));
		assert.deepEqual(done, [], 'done before piece 2');
		pieces.add(piece(4, 2, '<p>2</p>'));
		assert.deepEqual(done, [[4, '<p>0</p><p>1</p><p>2</p><p>3</p>', 4]]);
		pieces.add(piece(4, 3, '<p>again</p>'));
		assert.equal(done.length, 1, 'a piece after the end is dropped');
	});

	test('a piece of a stale version, a repeated one or one out of range is dropped', () => {
		const { pieces, done } = assembly();
		pieces.start(content(5, '<p>old</p>', 3), []);
		pieces.add(piece(5, 1, '<p>old 1</p>'));
		// A newer rendering replaces it; the old one's last piece arrives late.
		pieces.start(content(6, '<p>new</p>', 3), []);
		pieces.add(piece(5, 2, '<p>old 2</p>'));
		pieces.add(piece(6, 1, '<p>new 1</p>'));
		pieces.add(piece(6, 1, '<p>twice</p>'));
		pieces.add(piece(6, 7, '<p>past the end</p>'));
		pieces.add(piece(6, 1.5, '<p>not a number</p>'));
		assert.deepEqual(done, []);
		pieces.add(piece(6, 2, '<p>new 2</p>'));
		assert.deepEqual(done, [[6, '<p>new</p><p>new 1</p><p>new 2</p>', 3]]);
	});

	test('a message instead of an article drops the content being built', () => {
		const { pieces, done } = assembly();
		pieces.start(content(7, '<p>a</p>', 2), []);
		pieces.cancel();
		pieces.add(piece(7, 1, '<p>b</p>'));
		assert.deepEqual(done, []);
	});
});
