// A large article's HTML pieces put back in order for the webview (media/preview.ts): no DOM, so unit tests run it.
import type { HtmlPiece, UpdateContent } from './webviewMessages';

/** The content being put together: where its pieces go, and which comes next. */
interface Building<T> {
	readonly message: UpdateContent;
	readonly total: number;
	readonly target: T;
	/** The `seq` of the piece to append next (the `updateContent`'s own is 0). */
	next: number;
	/** Pieces that came before their turn, by `seq` (the host posts them in order, so this stays empty). */
	readonly early: Map<number, string>;
}

/**
 * Appends the pieces of one `updateContent` in `seq` order, and says when the last is in. A piece of another version
 * than the content being built (a stale rendering's, or after a message replaced it) is dropped, as is one numbered
 * outside the content's pieces or seen already.
 */
export class PieceAssembly<T> {
	#building: Building<T> | undefined;

	/**
	 * `append` adds a piece's HTML to a content's `target`; `done` is told of each content whose pieces are all in
	 * its target, with how many there were.
	 */
	constructor(
		private readonly append: (target: T, html: string) => void,
		private readonly done: (message: UpdateContent, target: T, pieces: number) => void,
	) {}

	/** Starts a content in `target` (dropping any unfinished one): its first piece now, the others as they come. */
	start(message: UpdateContent, target: T): void {
		this.#building = undefined;
		this.append(target, message.html);
		const total = message.pieces !== undefined && Number.isInteger(message.pieces) && message.pieces > 1 ? message.pieces : 1;
		if (total === 1) {
			this.done(message, target, 1);
			return;
		}
		this.#building = { message, total, target, next: 1, early: new Map() };
	}

	/** A further piece: appended when its turn comes (the content done after the last), dropped when it is not this content's. */
	add(piece: HtmlPiece): void {
		const b = this.#building;
		if (!b || piece.version !== b.message.version || !Number.isInteger(piece.seq) || piece.seq < b.next || piece.seq >= b.total || typeof piece.html !== 'string') return;
		b.early.set(piece.seq, piece.html);
		for (let html = b.early.get(b.next); html !== undefined; html = b.early.get(b.next)) {
			b.early.delete(b.next);
			this.append(b.target, html);
			b.next++;
		}
		if (b.next < b.total) return;
		this.#building = undefined;
		this.done(b.message, b.target, b.total);
	}

	/** Drops the content being built (a message replaces it). */
	cancel(): void {
		this.#building = undefined;
	}
}
