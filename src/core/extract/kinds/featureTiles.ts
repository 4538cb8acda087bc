// Feature tiles: a container of many short headed blocks (a heading over a line or two) is a landing page's grid of offers, not an article's sections.
import { childBlocks } from '../../model/blockTree';
import type { Block } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { LONG_PARAGRAPH_CHARS } from './signals';

/**
 * A service or product landing page (a software's features, a firm's services, an insurer's plans) shows its offer as
 * tiles: a heading over a sentence or two, many times over, with a few longer paragraphs between that make the article
 * pipeline take the container for an article. An article's sections run to paragraphs; a listing's teasers are
 * dated or linked (datedItems.ts, itemTitles.ts). Measured offline on the tuning part of wcxb-dev (pages taken for
 * articles by their long paragraphs or by default, not dated; tiles / median): 15 and 150 make 6 service pages
 * services and take 1 article and 1 listing (already wrong) for services; 10 and 150, 6 services and 2 articles; 15 and
 * 200, 7 services and 4 articles; 15 and 120, 4 services and none. The service strategy reads the ten pages as the
 * article pipeline did or better (F1 sum +0.011). Built, `eval --only wcxb --part tune`: page kind 0.778 → 0.783 (820 →
 * 825), service F1 0.817 → 0.817 (3 pages up by up to 0.013, 2 down by 0.002), `without` 0.121 → 0.116; readability
 * corpus 0.945 → 0.945. Ablated in session 21 (tuning part, sites of half A / half B): without it service 0.8365 / 0.8522
 * → 0.8320 / 0.8518; it moves 3 pages of half B, two service pages up (0.892 → 0.901, 0.774 → 0.788) and a listing down
 * (0.887 → 0.885): kept, as half B holds with it.
 */
export const MIN_TILES = 15;
/** The median headed block has less text than this (a tile's line or two; an article's section is paragraphs). */
export const MAX_MEDIAN_TILE_CHARS = 150;
/** A tile is shorter than this, with at most one long paragraph. */
export const MAX_TILE_CHARS = 400;

export interface TileMeasures {
	/** Headings followed by text before the next heading. */
	readonly sections: number;
	/** Of those, the short ones: less than `MAX_TILE_CHARS` of text and at most one long paragraph. */
	readonly tiles: number;
	/** The median text length of the sections. */
	readonly medianChars: number;
}

/** The headed blocks among blocks (nested ones too): each heading and the paragraphs up to the next heading. */
export function measureTiles(blocks: readonly Block[]): TileMeasures {
	const sections: { chars: number; long: number }[] = [];
	let open: { chars: number; long: number } | undefined;
	const visit = (b: Block): void => {
		if (b.kind === 'heading' || b.kind === 'paragraph') {
			const chars = collapsedText(b).length;
			if (chars === 0) return;
			if (b.kind === 'heading') {
				open = { chars: 0, long: 0 };
				sections.push(open);
			} else if (open) {
				open.chars += chars;
				if (chars >= LONG_PARAGRAPH_CHARS) open.long++;
			}
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of blocks) visit(b);
	const withText = sections.filter((s) => s.chars > 0);
	const lengths = withText.map((s) => s.chars).sort((a, b) => a - b);
	const tiles = withText.filter((s) => s.chars < MAX_TILE_CHARS && s.long <= 1).length;
	return { sections: withText.length, tiles, medianChars: lengths.length > 0 ? lengths[lengths.length >> 1] : 0 };
}

/** Whether the article pipeline's container is a grid of feature tiles: `MIN_TILES` tiles, median under `MAX_MEDIAN_TILE_CHARS`. */
export function isFeatureTiles(article: Attempt): boolean {
	const m = measureTiles(article.blocks);
	return m.tiles >= MIN_TILES && m.medianChars < MAX_MEDIAN_TILE_CHARS;
}
