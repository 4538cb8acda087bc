// The metadata's text fields of a double-encoded dump read back as the page wrote them ("JosÃ© GarcÃ­a" → "José García").

import type { ArticleMetadata } from '../article';
import { documentHasMojibake, hasMojibake, repairMojibake } from '../../text/mojibake';

/**
 * Reason (issue 12): a dump whose page was double-encoded (UTF-8 read as Windows-1252 on its way, text/mojibake.ts)
 * has its Markdown, html and text outputs read back, and its title (metadata/titleText.ts); its author, site name,
 * description and tags were left as the dump wrote them, so the card, the front matter and the JSON showed "JosÃ©"
 * beside a body that says "José". The same document-wide gate as the outputs' (two strong sequences or more), so a
 * page that quotes one mojibake example keeps it. Measured: no tuning page's annotated author or date changes (the
 * double-encoded pages of wcxb-dev have ASCII bylines); the readability corpus' metadata unchanged.
 */

/** The fields read back: every free-text field the card, the front matter and PD201 show (the title is read back where it is made). */
const TEXT_FIELDS = ['author', 'siteName', 'description'] as const;
const LIST_FIELDS = ['authors', 'tags'] as const;

/**
 * The metadata with its text fields read back when `source` (the dump's text, or the document, whose verdict is kept
 * for its outputs) is double-encoded; the same object otherwise.
 */
export function repairMetadataMojibake(metadata: ArticleMetadata, source: string | { readonly text: string }): ArticleMetadata {
	if (!TEXT_FIELDS.some((k) => metadata[k]) && !LIST_FIELDS.some((k) => metadata[k])) return metadata;
	if (!(typeof source === 'string' ? hasMojibake(source) : documentHasMojibake(source))) return metadata;
	const out: { -readonly [K in keyof ArticleMetadata]: ArticleMetadata[K] } = { ...metadata };
	let changed = false;
	for (const k of TEXT_FIELDS) {
		const f = metadata[k];
		if (!f) continue;
		const value = repairMojibake(f.value);
		if (value === f.value) continue;
		out[k] = { ...f, value };
		changed = true;
	}
	for (const k of LIST_FIELDS) {
		const f = metadata[k];
		if (!f) continue;
		const value = f.value.map(repairMojibake);
		if (value.every((v, i) => v === f.value[i])) continue;
		out[k] = { ...f, value };
		changed = true;
	}
	return changed ? out : metadata;
}
