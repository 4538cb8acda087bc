// Declarative platform profiles: where well-known CMSs put the article body, and chrome they add inside it.
import type { PageKind } from './kinds/pageKind';

/** A platform the extractor recognises by its class vocabulary. Data only: `extractArticle` interprets it. */
export interface PlatformProfile {
	readonly name: string;
	/** Why the profile exists: what the platform does that the general heuristics get wrong. */
	readonly reason: string;
	/** Matches the id/class words of at least one container when the dump comes from this platform. */
	readonly detect: RegExp;
	/** Matches the id/class words of the container holding the article body. The first one with enough text wins. */
	readonly body: RegExp;
	/** Matches containers to drop inside the body: widgets the platform injects there. */
	readonly drop?: RegExp;
	/**
	 * Text the body must keep after cleaning for the profile to be trusted; below it the general pipeline runs.
	 * Platforms with one fixed template trust even a short body; themeable ones need proof it is the article.
	 */
	readonly minChars: number;
	/** The kind of page the body belongs to when it is not an article: a Discourse body is one post of a thread. */
	readonly kind?: PageKind;
}

/** The general pipeline's own threshold for a believable article (see scoring.ts CHAR_THRESHOLD). */
const THEMEABLE_MIN_CHARS = 500;

export const PROFILES: readonly PlatformProfile[] = [
	{
		name: 'khoros',
		reason:
			'Khoros (Lithium) community pages repeat the message body in the encoded source line and wrap it in kudos, ' +
			'labels and reply boxes that outscore it; the lead post is always the first lia-message-body-content.',
		detect: /(^|\s)lia-/,
		body: /(^|\s)lia-message-body-content(\s|$)/,
		drop: /(^|\s)lia-(?:message-footer|component-kudos|button|quilt-row-footer|tags|message-unread)/,
		minChars: 1,
	},
	{
		name: 'wordpress',
		reason:
			'WordPress themes put the post in entry-content, but Jetpack and plugins append share buttons, "like" widgets ' +
			'and related posts inside it, which look like short paragraphs.',
		detect: /(^|\s)(?:wp-block|wp-image-\d|entry-content|hentry)(\s|$)/,
		body: /(^|\s)entry-content(\s|$)/,
		drop: /(^|\s)(?:sharedaddy|sd-sharing|sd-block|jp-relatedposts|wpcnt|yarpp-related|wp-block-buttons|post-tags|entry-meta|entry-footer)(\s|$)/,
		minChars: THEMEABLE_MIN_CHARS,
	},
	{
		name: 'mediawiki',
		reason:
			'MediaWiki articles are long and link-dense (every term is a link), so link density alone would reject them; ' +
			'the body is always mw-parser-output / mw-content-text.',
		detect: /(^|\s)(?:mw-parser-output|mw-content-text|mw-body)(\s|$)/,
		body: /(^|\s)(?:mw-content-text|mw-parser-output)(\s|$)/,
		minChars: THEMEABLE_MIN_CHARS,
	},
	{
		name: 'medium',
		reason: 'Medium splits a story into many section-content blocks whose common parent is postArticle-content; scoring alone picks one section.',
		detect: /(^|\s)(?:postArticle|graf--|section-inner)/,
		body: /(^|\s)(?:postArticle-content|postField--body)(\s|$)/,
		minChars: THEMEABLE_MIN_CHARS,
	},
	{
		name: 'discourse',
		reason: 'Discourse topics list every reply in the same markup as the first post; the article is the first post\'s cooked body.',
		detect: /(^|\s)(?:topic-body|topic-post)(\s|$)/,
		body: /(^|\s)cooked(\s|$)/,
		minChars: 1,
		kind: 'forum',
	},
];
