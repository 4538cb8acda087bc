// The one table of metadata fields: label, JSON key, front-matter key and whether a setting may require it, in the
// order every output lists them (outline, preview card, front matter, json, PD201).
import type { ArticleMetadata } from './article';

export interface MetadataFieldSpec {
	/** The field of ArticleMetadata. */
	readonly key: keyof ArticleMetadata;
	/** What the outline and the preview card call it. */
	readonly label: string;
	/** Its key in the json format and the front matter; undefined when those leave it out (`authors` joins into `author`). */
	readonly outputKey?: string;
	/** How PD201 names it when `requiredMetadata` lists it; undefined when it cannot be required. */
	readonly required?: string;
	/** A URL the outputs pass through the URL policy (as a link or an image) before writing it. */
	readonly url?: 'link' | 'image';
	/** Shown in the outline (a derived value such as the word count has no source to go to). */
	readonly outline: boolean;
	/** Shown as a row of the preview's metadata card. */
	readonly card: boolean;
}

export const METADATA_FIELDS: readonly MetadataFieldSpec[] = [
	{ key: 'title', label: 'Title', outputKey: 'title', required: 'title', outline: true, card: true },
	{ key: 'author', label: 'Author', outputKey: 'author', required: 'author', outline: true, card: true },
	{ key: 'authors', label: 'Authors', outline: true, card: false },
	{ key: 'published', label: 'Published', outputKey: 'published', required: 'published date', outline: true, card: true },
	{ key: 'modified', label: 'Modified', outputKey: 'modified', outline: true, card: true },
	{ key: 'url', label: 'URL', outputKey: 'url', required: 'canonical URL', url: 'link', outline: true, card: true },
	{ key: 'siteName', label: 'Site', outputKey: 'siteName', outline: true, card: true },
	{ key: 'language', label: 'Language', outputKey: 'language', required: 'language', outline: true, card: true },
	{ key: 'description', label: 'Description', outputKey: 'description', required: 'description', outline: true, card: true },
	{ key: 'tags', label: 'Tags', outputKey: 'tags', required: 'tags', outline: true, card: true },
	{ key: 'leadImage', label: 'Lead image', outputKey: 'image', url: 'image', outline: true, card: true },
	{ key: 'wordCount', label: 'Words', outputKey: 'wordCount', outline: false, card: true },
];
