// PD201: a required metadata field (setting `requiredMetadata`) was not found in the dump, or only as an uncertain guess.
import type { ArticleMetadata, MetadataField } from '../../extract/article';
import { isUncertain, MEASURED_FIELDS } from '../../extract/metadata/confidence';
import { METADATA_FIELDS } from '../../extract/metadataFields';
import type { MetadataKey, Rule } from '../rule';

// How each requirable field is named in the message, from the one metadata table.
const LABELS = Object.fromEntries(METADATA_FIELDS.filter((f) => f.required !== undefined).map((f) => [f.key, f.required!])) as Record<MetadataKey, string>;

function capitalize(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Whether the metadata has a usable value for a field. */
export function hasField(metadata: ArticleMetadata, key: MetadataKey): boolean {
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
	description:
		'A required metadata field (title, author, published date, canonical URL, language, description or tags) is missing, ' +
		'or was found only by a weak rule (reported as uncertain, at info severity).',
	fixable: false,
	check(ctx, report) {
		for (const key of ctx.options.requiredMetadata) {
			if (!hasField(ctx.article.metadata, key)) {
				report({ message: `Missing ${LABELS[key]}: the dump does not say ${key === 'tags' ? 'what the article is tagged with' : `the article's ${LABELS[key]}`}.`, range: ctx.metadataAnchor });
				continue;
			}
			// A guess is worth a look, not an alarm: a milder finding on the value itself, so a reviewer can confirm it.
			const field = ctx.article.metadata[key] as MetadataField<unknown> | undefined;
			if (!field || !MEASURED_FIELDS.has(key) || !isUncertain(field)) continue;
			const shown = Array.isArray(field.value) ? field.value.join(', ') : String(field.value);
			report({
				message: `${capitalize(LABELS[key])} uncertain: "${shown.length > 80 ? `${shown.slice(0, 79)}…` : shown}" was found only by ${field.rule} (confidence ${Math.round(field.confidence * 100)}%); check it against the page.`,
				range: field.source ?? ctx.metadataAnchor,
				severity: 'info',
			});
		}
	},
};
