// PD201: a required metadata field (setting `requiredMetadata`) was not found in the dump.
import type { ArticleMetadata } from '../../extract/article';
import { METADATA_FIELDS } from '../../extract/metadataFields';
import type { MetadataKey, Rule } from '../rule';

// How each requirable field is named in the message, from the one metadata table.
const LABELS = Object.fromEntries(METADATA_FIELDS.filter((f) => f.required !== undefined).map((f) => [f.key, f.required!])) as Record<MetadataKey, string>;

/** Whether the metadata has a usable value for a field. */
function hasField(metadata: ArticleMetadata, key: MetadataKey): boolean {
	switch (key) {
		case 'author':
			return !!metadata.author?.value.trim() || (metadata.authors?.value.some((a) => a.trim() !== '') ?? false);
		case 'tags':
			return (metadata.tags?.value.some((t) => t.trim() !== '') ?? false);
		default: {
			const field = metadata[key];
			return !!field && String(field.value).trim() !== '';
		}
	}
}

export const missingMetadata: Rule = {
	code: 'PD201',
	name: 'missing-metadata',
	category: 'metadata',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A required metadata field (title, author, published date, canonical URL, language, description or tags) is missing.',
	fixable: false,
	check(ctx, report) {
		for (const key of ctx.options.requiredMetadata) {
			if (hasField(ctx.article.metadata, key)) continue;
			report({ message: `Missing ${LABELS[key]}: the dump does not say ${key === 'tags' ? 'what the article is tagged with' : `the article's ${LABELS[key]}`}.`, range: ctx.metadataAnchor });
		}
	},
};
