// Article metadata as YAML front matter (for the Markdown output) and as the plain object of the json format.
import type { ArticleMetadata } from '../extract/article';
import { METADATA_FIELDS } from '../extract/metadataFields';
import { isSafeLinkUrl } from '../url/urlPolicy';
import { imageDecision, trackerImageReason } from '../url/imagePolicy';
import { pushAll } from '../model/pushAll';

/** A metadata URL only when the URL policy allows it: front matter and json are read by other tools that may follow it. */
function policyUrl(value: string | undefined, use: 'link' | 'image'): string | null {
	if (value === undefined) return null;
	if (use === 'link') return isSafeLinkUrl(value) ? value : null;
	return imageDecision(value, 'all') === 'show' && !trackerImageReason(value, undefined) ? value : null;
}

/** The json format's `metadata` object: every key present, null (or an empty list) for what was not found. */
export interface MetadataJson {
	readonly title: string | null;
	readonly author: string | null;
	readonly published: string | null;
	readonly modified: string | null;
	readonly url: string | null;
	readonly siteName: string | null;
	readonly language: string | null;
	readonly description: string | null;
	readonly tags: string[];
	readonly image: string | null;
	readonly wordCount: number | null;
	/** The kind of page: article, forum, product, collection, listing, documentation or service. */
	readonly pageType: string | null;
}

/** Plain values of the metadata, without provenance, keyed and ordered by the one metadata table. */
export function metadataToJson(metadata: ArticleMetadata): MetadataJson {
	const out: Record<string, unknown> = {};
	for (const f of METADATA_FIELDS) {
		if (f.outputKey === undefined) continue;
		const value = metadata[f.key]?.value;
		if (f.url) out[f.outputKey] = policyUrl(value as string | undefined, f.url);
		else out[f.outputKey] = Array.isArray(value) ? [...value] : (value ?? (f.key === 'tags' ? [] : null));
	}
	return out as unknown as MetadataJson;
}

/**
 * YAML front matter: `---`, one `key: value` line per field found (tags as a block list), `---`, and a newline.
 * Fields that were not found are omitted; with no field at all the result is the empty string. Strings that YAML
 * could read as something else (numbers, booleans, comments, lists, mappings) are double-quoted and escaped.
 */
export function renderFrontMatter(metadata: ArticleMetadata): string {
	const j = metadataToJson(metadata);
	const lines: string[] = [];
	const str = (key: string, v: string | null): void => {
		if (v !== null && v.trim() !== '') lines.push(`${key}: ${yamlString(v)}`);
	};
	for (const f of METADATA_FIELDS) {
		if (f.outputKey === undefined) continue;
		const value = (j as unknown as Record<string, unknown>)[f.outputKey];
		if (Array.isArray(value)) {
			// Lists (tags) as a block list.
			const items = (value as string[]).filter((t) => t.trim() !== '');
			if (items.length > 0) {
				lines.push(`${f.outputKey}:`);
				pushAll(lines, items.map((t) => `  - ${yamlString(t)}`));
			}
		} else if (typeof value === 'number') {
			if (Number.isFinite(value)) lines.push(`${f.outputKey}: ${Math.round(value)}`);
		} else str(f.outputKey, (value as string | null) ?? null);
	}
	return lines.length === 0 ? '' : `---\n${lines.join('\n')}\n---\n`;
}

/** Text safe as a plain scalar: starts with a letter or digit, and holds no character YAML gives a meaning to. */
const PLAIN_RE = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} _.,'’()&/+-]*$/u;
/** Plain scalars YAML 1.1 or 1.2 would read as a boolean, null, or number. */
const RESERVED_RE = /^(?:true|false|yes|no|y|n|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f_]+|0o?[0-7_]+|[-+]?\d+(?::[0-5]?\d)+(?:\.\d*)?)$/i;
/** ISO dates, written plain so that site generators read them as dates. */
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** A YAML scalar for a string: plain when unambiguous, else double-quoted with escapes. */
export function yamlString(s: string): string {
	if (ISO_DATE_RE.test(s)) return s;
	if (PLAIN_RE.test(s) && !RESERVED_RE.test(s) && !s.endsWith(' ')) return s;
	let out = '"';
	for (const ch of s) {
		const cp = ch.codePointAt(0) ?? 0;
		switch (ch) {
			case '"':
				out += '\\"';
				continue;
			case '\\':
				out += '\\\\';
				continue;
			case '\n':
				out += '\\n';
				continue;
			case '\r':
				out += '\\r';
				continue;
			case '\t':
				out += '\\t';
				continue;
		}
		// Controls, line/paragraph separators, BOM and lone surrogates are not printable in YAML.
		if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff || (cp >= 0xd800 && cp <= 0xdfff)) {
			out += `\\u${cp.toString(16).padStart(4, '0')}`;
		} else out += ch;
	}
	return `${out}"`;
}
