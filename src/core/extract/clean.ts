// Step 6 of extraction: the chosen blocks cleaned bottom-up (hidden, pruned, share widgets, link-dense or empty parts).
import { childBlocks } from '../model/blockTree';
import type { Block, Inline, Table, TableRow } from '../model/dumpDocument';
import { divAttrParts } from '../model/divNodes';
import { removedBlock, removedRegion, type RemovedRegion } from './article';
import { sparesAdmonition } from './heuristics/admonitions';
import { roleId } from './heuristics/headingSlugIds';
import { INNER_CHROME_MAX_CHARS, innerChromeSpans, innerChromeToken } from './heuristics/innerChrome';
import { isLayoutTable, LAYOUT_MENU_MIN_ITEMS } from './heuristics/layoutTables';
import { isMediaFallback, isMediaFallbackList } from './heuristics/mediaFallback';
import { PLUGIN_CHROME_MAX_CHARS, pluginChromeSpans, pluginChromeToken } from './heuristics/pluginChrome';
import { WIDGET_VENDOR_MAX_CHARS, widgetVendorSpans, widgetVendorToken } from './heuristics/widgetVendors';
import { DOC_PLATFORM_CHROME_MAX_CHARS, docPlatformChromeSpans, docPlatformChromeToken } from './heuristics/docPlatformChrome';
import { addStats, type BlockIndex, emptyStats, type Flags, linkDensity, type Stats } from './blockIndex';
import { attrValue, attrWords, collapse, collapsedLength, inlineText, isHidden } from './inlineText';
import type { PlatformProfile } from './profiles';
import { containsArticleBody } from './prune';
import * as W from './scoring';
import { maxOf } from '../model/pushAll';

export interface Kept {
	readonly blocks: Block[];
	readonly stats: Stats;
}

export const NOTHING: Kept = { blocks: [], stats: emptyStats() };

/**
 * Step 6: cleans a block bottom-up and returns the content blocks kept from it. Containers are judged on what is
 * left of them once their own children are cleaned, as Readability removes nested nodes innermost first.
 */
export function cleanBlock(
	index: BlockIndex,
	b: Block,
	flags: Flags,
	removed: RemovedRegion[],
	profile: PlatformProfile | undefined,
	isRegion: boolean,
	pruned?: ReadonlyMap<Block, string>,
): Kept {
	const out: Block[] = [];
	const stats = cleanInto(index, b, flags, removed, profile, isRegion, pruned, out);
	return { blocks: out, stats };
}

/**
 * `cleanBlock` writing the kept blocks to the end of `out` and returning their measure. One output array for the
 * whole tree: a container's kept blocks are the ones its children wrote after the length it started at, and a
 * container that is dropped cuts `out` back to that length. When each container returned an array of its own, its
 * parent copied it again, so a block was copied once per container around it: O(blocks x depth), 1.6 s of 1.9 s
 * of extraction on 16,000 nested levels (issue 11).
 */
function cleanInto(
	index: BlockIndex,
	b: Block,
	flags: Flags,
	removed: RemovedRegion[],
	profile: PlatformProfile | undefined,
	isRegion: boolean,
	pruned: ReadonlyMap<Block, string> | undefined,
	out: Block[],
): Stats {
	switch (b.kind) {
		case 'div':
		case 'htmlDiv': {
			const attrs = divAttrParts(b);
			const words = attrWords(attrs);
			if (isHidden(attrs) && !flags.keepHidden) return dropBlock(removed, b, 'hidden', 'hidden');
			if (!isRegion) {
				const why = pruned?.get(b);
				if (why) return dropBlock(removed, b, 'unlikely', why);
				if (profile?.drop?.test(words)) return dropBlock(removed, b, `profile:${profile.name}`, words);
			}
			// Workflow: 1. the children write their kept blocks after `mark`; 2. the container is judged on them; 3. a
			// dropped container cuts them off again (`dropKept`), a kept one leaves them in place.
			const mark = out.length;
			const stats = cleanChildren(index, b.children, flags, removed, profile, pruned, out);
			if (isRegion) return stats;
			if (W.SHARE_RE.test(words) && stats.chars < W.SHARE_MAX_CHARS) return dropKept(out, mark, removed, b, 'share', words);
			const chrome = flags.keepInnerChrome ? undefined : innerChromeToken(attrs);
			if (chrome && stats.chars <= INNER_CHROME_MAX_CHARS) return dropKept(out, mark, removed, b, 'inner-chrome', chrome);
			// A publishing plugin's widget by its own class, on every read (heuristics/pluginChrome.ts); never one around the article's body container.
			const plugin = pluginChromeToken(attrs);
			if (plugin && stats.chars <= PLUGIN_CHROME_MAX_CHARS && !containsArticleBody(index, b)) return dropKept(out, mark, removed, b, 'plugin-chrome', plugin);
			// A shop app's or SaaS embed's widget by its own class (heuristics/widgetVendors.ts): a review badge, a TrustBox, a recommendation slot.
			const vendor = widgetVendorToken(attrs);
			if (vendor && stats.chars <= WIDGET_VENDOR_MAX_CHARS && !containsArticleBody(index, b)) return dropKept(out, mark, removed, b, 'widget-vendor', vendor);
			// A doc generator's or help centre's widget by its own class (heuristics/docPlatformChrome.ts): the "On this page" column, the edit row, the vote box.
			const docChrome = docPlatformChromeToken(attrs);
			if (docChrome && stats.chars <= DOC_PLATFORM_CHROME_MAX_CHARS && !containsArticleBody(index, b)) return dropKept(out, mark, removed, b, 'doc-platform-chrome', docChrome);
			const kept = out.length - mark;
			if (kept === 0) {
				if (b.children.length > 0 && b.children.some((c) => c.kind !== 'spacer')) return NOTHING.stats;
				return dropBlock(removed, b, 'empty', words || b.kind);
			}
			// A div around one paragraph is a paragraph to Readability, which never cleans those conditionally.
			const onlyParagraph = kept === 1 && out[mark].kind === 'paragraph' && linkDensity(stats) < W.SIBLING_MAX_LINK_DENSITY;
			if (flags.cleanConditionally && !onlyParagraph) {
				// A section's id that is its heading's slug names its text, not its role (heuristics/headingSlugIds.ts).
				const why = conditionalClean(stats, flags.weightClasses ? W.classWeight(attrs.classes, roleId(b, attrs.id)) : 0, false);
				// A note box whose sentence points elsewhere is still the page's text (heuristics/admonitions.ts).
				if (why && !sparesAdmonition(b, stats, why)) return dropKept(out, mark, removed, b, 'conditional', `${why}${words ? ` (${words})` : ''}`);
			}
			return stats;
		}
		case 'list': {
			const stats = index.statsOf(b);
			const share = shareSignal(b.items.flatMap((it) => it.children));
			if (share) return dropBlock(removed, b, 'share', share);
			// A video carousel's fallback sentences, one per slide (heuristics/mediaFallback.ts).
			if (isMediaFallbackList(b)) return dropBlock(removed, b, 'media-fallback', 'list');
			if (flags.cleanConditionally) {
				const why = conditionalClean(stats, 0, true);
				if (why) return dropBlock(removed, b, 'conditional', `list: ${why}`);
			}
			out.push(b);
			return stats;
		}
		case 'table': {
			// A layout table (heuristics/layoutTables.ts): each cell is cleaned as a container, so the sidebar cell goes and the article cell stays.
			const stats = index.statsOf(b);
			if (flags.cleanConditionally && !isDataTable(b)) {
				const why = conditionalClean(stats, 0, false);
				if (why) return dropBlock(removed, b, 'conditional', `table: ${why}`);
			}
			if (!isDataTable(b) && isLayoutTable(b)) return keep(out, cleanLayoutTable(index, b, flags, removed));
			out.push(b);
			return stats;
		}
		case 'heading': {
			const stats = index.statsOf(b);
			const hasImage = stats.images > 0;
			if (stats.chars === 0 && !hasImage) return dropBlock(removed, b, 'empty', 'heading');
			if (flags.weightClasses && b.level <= 2 && b.attrs && W.classWeight(b.attrs.classes, b.attrs.id) < 0) return dropBlock(removed, b, 'header-class', attrWords(b.attrs));
			out.push(b);
			return stats;
		}
		case 'paragraph': {
			if (index.leftovers.has(b)) return dropBlock(removed, b, 'markup-leftover', 'paragraph');
			const stats = index.statsOf(b);
			// `content` read once: a paragraph of one text builds its array on each read (model/blockNodes.ts).
			const content = b.content;
			if (stats.chars === 0 && !hasContentImage(content)) return dropBlock(removed, b, 'empty', 'paragraph');
			// What a page writes for browsers that cannot play its video (heuristics/mediaFallback.ts).
			if (isMediaFallback(b)) return dropBlock(removed, b, 'media-fallback', 'paragraph');
			const byline = flags.keepBylines ? undefined : bylineSignal(content, stats);
			if (byline) return dropBlock(removed, b, 'byline', byline);
			const share = inlinesShareSignal(content);
			if (share) return dropBlock(removed, b, 'share', share);
			const chrome = flags.keepInnerChrome ? undefined : innerChromeSpans(b);
			if (chrome) return dropBlock(removed, b, 'inner-chrome', chrome);
			const plugin = pluginChromeSpans(b);
			if (plugin) return dropBlock(removed, b, 'plugin-chrome', plugin);
			const vendor = widgetVendorSpans(b);
			if (vendor) return dropBlock(removed, b, 'widget-vendor', vendor);
			const docChrome = docPlatformChromeSpans(b);
			if (docChrome) return dropBlock(removed, b, 'doc-platform-chrome', docChrome);
			out.push(b);
			return stats;
		}
		case 'blockquote':
		case 'hr':
			out.push(b);
			return index.statsOf(b);
		case 'code':
			if (b.rawFormat) return dropBlock(removed, b, 'raw', b.rawFormat);
			if (index.leftovers.has(b)) return dropBlock(removed, b, 'markup-leftover', 'code');
			out.push(b);
			return index.statsOf(b);
		case 'rawHtml':
			return dropBlock(removed, b, 'raw', 'html');
		case 'encodedHtml':
			return dropBlock(removed, b, 'raw', 'encoded-html');
		case 'spacer':
		case 'linkDefinition':
			return NOTHING.stats;
	}
}

/**
 * Records `b` as removed by `step` for `signal`. A function of its own, not a closure made on every call of
 * `cleanBlock`, which runs for every block of every pass.
 */
function dropBlock(removed: RemovedRegion[], b: Block, step: string, signal: string): Stats {
	removed.push(removedBlock(b, step, sharedSignal(removed, signal)));
	return NOTHING.stats;
}

/** How many of the last removed regions `sharedSignal` looks back at for an equal signal. */
const SIGNAL_LOOKBACK = 4;

/**
 * `signal`, or the equal string of one of the last few regions removed: a signal is built per region (`short 14 (a)`),
 * and a page drops the same kind of block under the same signal thousands of times in a row. 'UTF-16' (14,501
 * regions of the conditional step) held 0.46 MB of equal signal strings at its extraction peak. A signal's identity
 * is never read (the removed list is compacted by value, article.ts), so sharing changes no result.
 */
function sharedSignal(removed: readonly RemovedRegion[], signal: string): string {
	for (let i = removed.length - 1; i >= 0 && i >= removed.length - SIGNAL_LOOKBACK; i--) {
		const seen = removed[i].signal;
		if (seen === signal) return seen;
	}
	return signal;
}

/** `dropBlock` for a container whose children already wrote their kept blocks after `mark`: they are cut off. */
function dropKept(out: Block[], mark: number, removed: RemovedRegion[], b: Block, step: string, signal: string): Stats {
	out.length = mark;
	return dropBlock(removed, b, step, signal);
}

/** Writes a `Kept`'s blocks to `out` and returns its measure. */
function keep(out: Block[], k: Kept): Stats {
	for (let i = 0; i < k.blocks.length; i++) out.push(k.blocks[i]);
	return k.stats;
}

/** The blocks kept from a container's children, each cleaned bottom-up, and their measure. */
function cleanChildren(index: BlockIndex, children: readonly Block[], flags: Flags, removed: RemovedRegion[], profile: PlatformProfile | undefined, pruned: ReadonlyMap<Block, string> | undefined, out: Block[]): Stats {
	const stats = emptyStats();
	for (let i = 0; i < children.length; i++) addStats(stats, cleanInto(index, children[i], flags, removed, profile, false, pruned, out));
	return stats;
}

/**
 * A layout table's cells: a link-dense cell of several items (a menu, a column of links) is emptied; the others are
 * kept as they are (cleaning inside them pruned parts of the article a cell holds). The table stays a table, so its
 * text is still read cell by cell (articleText.ts removes the markup a grid's wrapping breaks).
 */
function cleanLayoutTable(index: BlockIndex, t: Table, flags: Flags, removed: RemovedRegion[]): Kept {
	const stats = emptyStats();
	const cleanRow = (row: TableRow): TableRow => ({
		...row,
		cells: row.cells.map((cell) => {
			const cellStats = emptyStats();
			for (const c of cell.blocks) addStats(cellStats, index.statsOf(c));
			// Only a link-dense cell of several items is chrome: a short cell is the title or the date beside the body,
			// and one paragraph may read as a link because the grid's wrapping broke its target.
			const ld = linkDensity(cellStats);
			if (flags.cleanConditionally && ld > W.CLEAN_MAX_LINK_DENSITY && (cellStats.listItems >= LAYOUT_MENU_MIN_ITEMS || cellStats.paragraphs > LAYOUT_MENU_MIN_ITEMS)) {
				removed.push(removedRegion(cell.range, 'layout-cell', `link density ${ld.toFixed(2)}`));
				return { ...cell, blocks: [] };
			}
			addStats(stats, cellStats);
			return cell;
		}),
	});
	const table: Table = { ...t, ...(t.header ? { header: cleanRow(t.header) } : {}), rows: t.rows.map(cleanRow) };
	return stats.chars === 0 ? NOTHING : { blocks: [table], stats };
}

/** Readability's conditional cleaning: the reason to remove a container, list or table, or undefined to keep it. */
export function conditionalClean(s: Stats, weight: number, isListBlock: boolean): string | undefined {
	if (weight < 0) return `negative class weight ${weight}`;
	if (s.commas >= W.CLEAN_MIN_COMMAS) return undefined;
	const isList = isListBlock || (s.chars > 0 && s.listChars / s.chars > 0.9);
	const p = s.paragraphs;
	const ld = linkDensity(s);
	if (s.images > 1 && p / s.images < 0.5) return `images ${s.images} > paragraphs ${p}`;
	if (!isList && s.listItems - 100 > p) return 'list items';
	const headingDensity = s.chars > 0 ? s.headingChars / s.chars : 0;
	if (!isList && headingDensity < 0.9 && s.chars < W.CLEAN_MIN_CHARS && (s.images === 0 || s.images > 2)) return `short ${s.chars}`;
	if (!isList && weight < W.CLASS_WEIGHT && ld > W.CLEAN_MAX_LINK_DENSITY) return `link density ${ld.toFixed(2)}`;
	if (weight >= W.CLASS_WEIGHT && ld > W.CLEAN_MAX_LINK_DENSITY_POSITIVE) return `link density ${ld.toFixed(2)}`;
	return undefined;
}

/** A table of data (with a header row, or a caption, or many cells) rather than layout. */
export function isDataTable(t: Extract<Block, { kind: 'table' }>): boolean {
	if (t.caption && t.caption.length > 0) return true;
	if (t.header && t.header.cells.length > 1) return true;
	const rows = t.rows.length;
	const cols = Math.max(0, maxOf(t.rows.map((r) => r.cells.length)));
	return rows >= 10 || cols > 4 || (rows > 1 && cols > 1 && rows * cols > 10);
}

/** Images worth keeping in the body: not `data:` icons. */
export function hasContentImage(inlines: readonly Inline[]): boolean {
	for (const n of inlines) {
		if (n.kind === 'image' && (!n.src.startsWith('data:') || collapse(inlineText(n.alt)) !== '')) return true;
		if ((n.kind === 'link' || n.kind === 'emphasis' || n.kind === 'span') && hasContentImage(n.children)) return true;
	}
	return false;
}

/** A short paragraph made (mostly) of a byline span or an author link: metadata, not body. */
export function bylineSignal(inlines: readonly Inline[], s: Stats): string | undefined {
	if (s.chars === 0 || s.chars > W.BYLINE_MAX_CHARS) return undefined;
	let bylineChars = 0;
	let signal: string | undefined;
	const walk = (ns: readonly Inline[]): void => {
		for (const n of ns) {
			if (n.kind === 'span' || n.kind === 'link') {
				const attrs = n.attrs;
				const rel = attrValue(attrs, 'rel') ?? '';
				const words = `${attrWords(attrs)} ${rel}`;
				if (attrs && W.BYLINE_RE.test(words)) {
					bylineChars += collapsedLength(inlineText(n.children));
					signal ??= collapse(words);
					continue;
				}
			}
			if (n.kind === 'span' || n.kind === 'link' || n.kind === 'emphasis') walk(n.children);
		}
	};
	walk(inlines);
	return signal !== undefined && bylineChars >= s.chars / 2 ? signal : undefined;
}

/**
 * Whether short blocks are mostly share or follow buttons: links and spans whose classes say share/social hold at
 * least half of their text. Such rows survive pandoc as plain lists and paragraphs once their wrapper is gone.
 */
export function shareSignal(blocks: readonly Block[]): string | undefined {
	return shareSignalOf(blocks, undefined);
}

/**
 * `shareSignal([p])` of a paragraph or heading, from its inlines (no list made, `content` not read again). Only a
 * paragraph with a link or span named for sharing can have one: the others are answered without measuring their text
 * (`holdsShareWords`; the text's measure was 0.6% of the extraction's CPU over the wcxb-dev tuning dumps, issue 13).
 */
function inlinesShareSignal(inlines: readonly Inline[]): string | undefined {
	return holdsShareWords(inlines) ? shareSignalOf(undefined, inlines) : undefined;
}

/** Whether a link or span that `shareSignalOf` reads (through links, spans and emphasis) is named for sharing. */
function holdsShareWords(ns: readonly Inline[]): boolean {
	for (let i = 0; i < ns.length; i++) {
		const n = ns[i];
		if (n.kind === 'link' || n.kind === 'span') {
			const words = attrWords(n.attrs);
			if ((words !== '' && W.SHARE_RE.test(words)) || holdsShareWords(n.children)) return true;
		} else if (n.kind === 'emphasis' && holdsShareWords(n.children)) return true;
	}
	return false;
}

function shareSignalOf(blocks: readonly Block[] | undefined, inlines: readonly Inline[] | undefined): string | undefined {
	let total = 0;
	let shared = 0;
	let signal: string | undefined;
	const walk = (ns: readonly Inline[], inShare: boolean): void => {
		for (let i = 0; i < ns.length; i++) {
			const n = ns[i];
			// Past the limit the answer is no: the rest of a long paragraph need not be read.
			if (total > W.SHARE_MAX_CHARS) return;
			if (n.kind === 'link' || n.kind === 'span') {
				const words = attrWords(n.attrs);
				const hit = inShare || (words !== '' && W.SHARE_RE.test(words));
				if (hit && !inShare) signal ??= words;
				walk(n.children, hit);
			} else if (n.kind === 'emphasis') walk(n.children, inShare);
			else if (n.kind === 'text') {
				const len = collapsedLength(n.value);
				total += len;
				if (inShare) shared += len;
			}
		}
	};
	const visit = (b: Block): void => {
		if (total > W.SHARE_MAX_CHARS) return;
		if (b.kind === 'paragraph' || b.kind === 'heading') walk(b.content, false);
		else for (const c of childBlocks(b)) visit(c);
	};
	if (blocks) for (let i = 0; i < blocks.length; i++) visit(blocks[i]);
	if (inlines) walk(inlines, false);
	if (signal === undefined || total > W.SHARE_MAX_CHARS) return undefined;
	return shared * 2 >= total ? signal : undefined;
}
