// Data: the class words publishing platforms and themes write on their post's own byline and date, and on the boxes of other posts and comments, read from their public templates.

/*
 * Reason (issue 12): the generic vocabularies of `metadataRules.ts` (`author`, `byline`, `date`, `comment`, `related`)
 * are fitted to the sites of the tuning part; held-out pages had authors and dates reported where they have none 5-9x as
 * often. The pages of unseen sites are made by a few dozen platforms whose templates are public: a word read from a
 * platform's template is evidence about every site on that platform. Each word below is one platform's own class name
 * (whole class names only, lower-cased as `nodeWords` reads them), never a generic word. Used by `platformBylines.ts`.
 *
 * How each appears in a dump (pandoc 2.17): `<div class>` becomes `::: {.x}` and keeps its classes, `<span class>` a
 * `[..]{.x}` span; the wrappers of `<article>`, `<aside>`, `<footer>` are dropped with their classes, so a theme's
 * article-level card class (`<article class="post-card">` in Casper) survives only where the theme also writes it on a
 * div or span. `<time class datetime>` loses both: only its text remains, inside its parent span's classes.
 */

/** One platform's byline and date classes, and its boxes of other posts or comments, with where each was read. */
export interface PlatformBylineWords {
	readonly platform: string;
	/** The public repository and template the words were read from. */
	readonly source: string;
	/** Classes of the element that holds the post's own author (its name, or a wrapper around the name's link). */
	readonly author?: readonly string[];
	/** Classes of the element that holds the post's own publication date. */
	readonly published?: readonly string[];
	/** Classes of a box of other posts' teasers or of comments: a name or date inside is theirs, never the page's. */
	readonly chrome?: readonly string[];
}

export const PLATFORM_BYLINE_WORDS: readonly PlatformBylineWords[] = [
	{
		platform: 'wordpress-blocks',
		source:
			'WordPress/twentytwentyfour patterns/hidden-post-meta.php (the core blocks post-date and post-author-name, ' +
			'which Gutenberg renders as `wp-block-post-date`, `wp-block-post-author-name`; post-author as ' +
			'`wp-block-post-author`); the "more posts" query loop (`wp-block-query`, `wp-block-post-template`) and the ' +
			'Latest Posts / Latest Comments widgets (`wp-block-latest-posts`, `wp-block-latest-comments`) list other posts.',
		author: ['wp-block-post-author', 'wp-block-post-author-name', 'wp-block-post-author__name'],
		published: ['wp-block-post-date'],
		chrome: ['wp-block-query', 'wp-block-post-template', 'wp-block-latest-posts', 'wp-block-latest-posts__list', 'wp-block-latest-comments'],
	},
	{
		platform: 'elementor-pro',
		source:
			'Elementor Pro (commercial; markup as public scrapers and child themes select it): the Post Info widget writes ' +
			'`elementor-post-info__item--type-author` / `--type-date` on the post\'s own meta; the Posts and Loop Grid widgets ' +
			'(`elementor-widget-posts`, `elementor-posts-container`, `elementor-post__card`, `elementor-post__meta-data`, ' +
			'`elementor-widget-loop-grid`, `elementor-loop-container`, `e-loop-item`) list other posts.',
		author: ['elementor-post-info__item--type-author'],
		published: ['elementor-post-info__item--type-date'],
		chrome: ['elementor-widget-posts', 'elementor-posts-container', 'elementor-post__card', 'elementor-post__meta-data', 'elementor-widget-loop-grid', 'elementor-loop-container', 'e-loop-item'],
	},
	{
		platform: 'ghost-casper',
		source:
			'TryGhost/Casper post.hbs (`article-byline`, `byline-meta-date` on the post\'s header) and partials/post-card.hbs ' +
			'(`post-card`, `post-card-meta` in the "read more" box `read-more-wrap`); Ghost\'s Koenig bookmark card ' +
			'(`kg-bookmark-card`, `kg-bookmark-metadata`) names the linked page\'s author and publisher.',
		published: ['byline-meta-date'],
		chrome: ['post-card', 'post-card-meta', 'post-card-content', 'read-more-wrap', 'kg-bookmark-card', 'kg-bookmark-metadata'],
	},
	{
		platform: 'newspaper-tagdiv',
		source:
			'tagDiv Newspaper (commercial; markup as public scrapers select it: `.td-post-author-name a`, `.td-post-date`, ' +
			'teasers in `td_module_wrap`); the Cloud Library single-post blocks write `tdb-author-name`. Not ' +
			'`td-module-meta-info`: the classic single template\'s header writes it around the post\'s own byline too.',
		author: ['td-post-author-name', 'tdb-author-name'],
		published: ['td-post-date'],
		chrome: ['td_module_wrap', 'td_block_related_posts'],
	},
	{
		platform: 'jnews',
		source:
			'JNews (commercial; markup as public scrapers select it: `.jeg_meta_author`, `.jeg_meta_date` in `jeg_post_meta`; ' +
			'block modules of teasers in `jeg_postblock`, related posts in `jnews_related_post_container`).',
		author: ['jeg_meta_author'],
		published: ['jeg_meta_date'],
		chrome: ['jeg_postblock', 'jnews_related_post_container'],
	},
	{
		platform: 'divi',
		source: 'Elegant Themes Divi (commercial): the Blog module lists posts in `et_pb_posts` / `et_pb_blog_grid` with `et_pb_ajax_pagination_container`.',
		chrome: ['et_pb_posts', 'et_pb_blog_grid', 'et_pb_ajax_pagination_container'],
	},
	{
		platform: 'drupal-olivero',
		source: 'drupal/drupal core/themes/olivero/templates/content/node.html.twig (`node__meta` holds `node__author` and the date); field templates name the author and created fields `field--name-uid`, `field--name-created`.',
		author: ['node__author', 'field--name-uid'],
		published: ['field--name-created'],
	},
	{
		platform: 'blogger',
		source: 'Blogger layouts (widget ids and classes `PopularPosts`, `FeaturedPost`, `BlogArchive` on the sidebar widgets that list other posts).',
		chrome: ['popularposts', 'featuredpost', 'blogarchive'],
	},
	{
		platform: 'disqus',
		source: 'Disqus embed code (`<div id="disqus_thread">`, the comments\' container on any platform).',
		chrome: ['disqus_thread'],
	},
];

/** Whole class names: `(?:^|\s)word(?:\s|$)`, so `wp-block-post-date` never matches `wp-block-post-date__modified-date`. */
function wholeClasses(words: readonly string[]): RegExp {
	const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?:^|\\s)(?:${alternatives.join('|')})(?:\\s|$)`);
}

/** A platform's own post-author element. */
export const PLATFORM_AUTHOR_RE = wholeClasses(PLATFORM_BYLINE_WORDS.flatMap((p) => p.author ?? []));
/** A platform's own post-date element. */
export const PLATFORM_PUBLISHED_RE = wholeClasses(PLATFORM_BYLINE_WORDS.flatMap((p) => p.published ?? []));
/** A platform's box of other posts or of comments. */
export const PLATFORM_CHROME_RE = wholeClasses(PLATFORM_BYLINE_WORDS.flatMap((p) => p.chrome ?? []));
