// Listing platform profiles: the class words a blog engine, a CMS's views or a calendar plugin writes around its list of item teasers, as data.

/**
 * One platform's list markup, read from its public templates. Only class words that survive pandoc are used: it drops
 * the classes of `<article>`, `<header>`, `<footer>`, `<nav>`, `<ul>`/`<li>` and `<p>` (DUMPS.md), so an item is
 * counted by its title heading or its teaser `<div>`, not by its `<article>` or `<li>` wrapper.
 */
export interface ListingPlatform {
	readonly name: string;
	/** The container that holds the items (a `<div>` or `<section>` class word). */
	readonly list: RegExp;
	/** One per item, inside the list: the item's title heading or its teaser container. */
	readonly item: RegExp;
	/** Chrome the platform writes inside the list: pagers, "read more" buttons, filter bars, reading times. */
	readonly chrome: RegExp;
	/**
	 * The body of one full item, which the platform's single template writes: a post or event page that lists more
	 * items under its own body is that item's page, not a listing.
	 */
	readonly single: RegExp;
}

export const LISTING_PLATFORMS: readonly ListingPlatform[] = [
	{
		// WordPress's Query Loop block, the archive, index and search templates of the block themes (twentytwentytwo to
		// twentytwentyfive: templates/archive.html, index.html, search.html hold `wp:query`).
		name: 'wordpress query loop',
		// WordPress/gutenberg packages/block-library/src/query/save.js (the wrapper `wp-block-query`).
		list: /(^|\s)wp-block-query(\s|$)/,
		// WordPress/gutenberg packages/block-library/src/post-title/index.php (`wp-block-post-title`, an h2 per item;
		// post-template/index.php's `<ul class="wp-block-post-template">` and `<li class="wp-block-post">` do not survive).
		item: /(^|\s)wp-block-post-title(\s|$)/,
		// WordPress/gutenberg packages/block-library/src/query-pagination-numbers/index.php, query-pagination-next and
		// -previous/index.php (the pager's parts), read-more/index.php (`wp-block-read-more`), post-excerpt/index.php
		// (`wp-block-post-excerpt__more-text`, `wp-block-post-excerpt__more-link`).
		chrome: /(^|\s)(?:wp-block-query-pagination(?:-numbers|-next|-previous)?|wp-block-read-more|wp-block-post-excerpt__more-(?:text|link))(\s|$)/,
		// WordPress/gutenberg packages/block-library/src/post-content/index.php (`wp-block-post-content`, the single template's body).
		single: /(^|\s)wp-block-post-content(\s|$)/,
	},
	{
		// Ghost's default theme Casper: TryGhost/Casper index.hbs and tag.hbs / author.hbs (`<div class="post-feed">`).
		name: 'ghost casper',
		list: /(^|\s)post-feed(\s|$)/,
		// TryGhost/Casper partials/post-card.hbs: `<h2 class="post-card-title">` (the `<article class="post-card">` wrapper is dropped).
		item: /(^|\s)post-card-title(\s|$)/,
		// TryGhost/Casper partials/post-card.hbs: `<span class="reading-time">` in the card's footer.
		chrome: /(^|\s)reading-time(\s|$)/,
		// TryGhost/Casper post.hbs (`gh-content`, the post's body; `post-full-content` in older versions).
		single: /(^|\s)(?:gh-content|post-full-content)(\s|$)/,
	},
	{
		// Ghost's default theme since 5.x, Source: TryGhost/Source partials/components/post-list.hbs (`<div class="gh-feed">`
		// inside `<main class="gh-main">`, on the home, index, tag and author pages).
		name: 'ghost source',
		list: /(^|\s)gh-feed(\s|$)/,
		// TryGhost/Source partials/post-card.hbs: `<h3 class="gh-card-title is-title">` (the `<article class="gh-card">`
		// wrapper is dropped, and the `<a class="gh-card-link">` around the card may be split by pandoc).
		item: /(^|\s)gh-card-title(\s|$)/,
		// TryGhost/Source partials/components/post-list.hbs: the "See all" button under the feed (`gh-more`) and the
		// feed's sidebar (`gh-sidebar`, with the site's `gh-about` box and its `gh-recommendations`).
		chrome: /(^|\s)(?:gh-more|gh-sidebar|gh-about|gh-recommendations)(\s|$)/,
		// TryGhost/Source post.hbs: `<section class="gh-content gh-canvas is-body">`, the post's body.
		single: /(^|\s)gh-content(\s|$)/,
	},
	{
		// Ghost's theme Dawn: TryGhost/Dawn index.hbs (`<div class="post-feed kg-width-normal">`, the same list word as Casper's).
		name: 'ghost dawn',
		list: /(^|\s)post-feed(\s|$)/,
		// TryGhost/Dawn partials/loop.hbs: `<h2 class="feed-title">` (the `<article class="feed">` wrapper is dropped).
		item: /(^|\s)feed-title(\s|$)/,
		// TryGhost/Dawn partials/loop.hbs: the reading time at the row's right (`feed-length`) and the star of a members'
		// post (`feed-visibility`).
		chrome: /(^|\s)(?:feed-length|feed-visibility)(\s|$)/,
		// TryGhost/Dawn partials/content.hbs: `gh-content`, the post's body.
		single: /(^|\s)gh-content(\s|$)/,
	},
	{
		// The Events Calendar's list view (v2): the-events-calendar/the-events-calendar src/views/v2/list.php
		// (`tribe-events-calendar-list`).
		name: 'the events calendar',
		list: /(^|\s)tribe-events-calendar-list(\s|$)/,
		// the-events-calendar/the-events-calendar src/views/v2/list/event/title.php (`tribe-events-calendar-list__event-title`).
		item: /(^|\s)tribe-events-calendar-list__event-title(\s|$)/,
		// the-events-calendar/the-events-calendar src/views/v2/components/top-bar/ (`tribe-events-c-top-bar`),
		// components/events-bar.php (`tribe-events-c-events-bar`), components/subscribe-links/list.php and dropdown.php
		// (`tribe-events-c-subscribe-dropdown`), list/nav.php (`tribe-events-calendar-list-nav`, a `<nav>` in recent versions).
		chrome: /(^|\s)(?:tribe-events-c-top-bar|tribe-events-c-events-bar|tribe-events-c-subscribe-dropdown(?:__container)?|tribe-events-calendar-list-nav)(\s|$)/,
		// the-events-calendar/the-events-calendar src/views/single-event.php (`tribe-events-single`).
		single: /(^|\s)tribe-events-single(\s|$)/,
	},
	{
		// WP Job Manager's `[jobs]` list: Automattic/WP-Job-Manager templates/job-listings-start.php (`job_listings`).
		name: 'wp job manager',
		list: /(^|\s)job_listings(\s|$)/,
		// Automattic/WP-Job-Manager templates/content-job_listing.php (`<div class="position">` holds the job's title).
		item: /(^|\s)position(\s|$)/,
		// Automattic/WP-Job-Manager templates/job-filters.php (`job_filters`, `search_jobs`, `showing_jobs`) and
		// templates/job-listings-end.php / job-pagination.php (`load_more_jobs`, `job-manager-pagination`).
		chrome: /(^|\s)(?:job_filters|search_jobs|showing_jobs|load_more_jobs|job-manager-pagination)(\s|$)/,
		// Automattic/WP-Job-Manager templates/content-single-job_listing.php (`single_job_listing`).
		single: /(^|\s)single_job_listing(\s|$)/,
	},
	{
		// Joomla 4 and 5's category blog: joomla/joomla-cms components/com_content/tmpl/category/blog.php
		// (`<div class="com-content-category-blog blog">` around the leading and intro items).
		name: 'joomla category blog',
		list: /(^|\s)com-content-category-blog(\s|$)/,
		// joomla/joomla-cms components/com_content/tmpl/category/blog.php: one `<div class="com-content-category-blog__item
		// blog-item">` per article (its title, an `<h2>` from layouts/joomla/content/blog_style_default_item_title.php, has no class).
		item: /(^|\s)com-content-category-blog__item(\s|$)/,
		// joomla/joomla-cms components/com_content/tmpl/category/blog.php: the pager's block (`com-content-category-blog__navigation`)
		// with its "Page 1 of 3" counter (`com-content-category-blog__counter`) and links (`com-content-category-blog__pagination`).
		chrome: /(^|\s)com-content-category-blog__(?:navigation|counter|pagination)(\s|$)/,
		// joomla/joomla-cms components/com_content/tmpl/article/default.php (`com-content-article__body`, an article's own text).
		single: /(^|\s)com-content-article__body(\s|$)/,
	},
	{
		// Joomla 3's category blog: joomla/joomla-cms components/com_content/views/category/tmpl/blog.php (3.x branch):
		// `<div class="blog{pageclass_sfx}" itemscope itemtype="https://schema.org/Blog">` around the items.
		name: 'joomla 3 category blog',
		list: /(^|\s)blog(\s|$)/,
		// The same template: each item's `<div class="leading-0">` or `<div class="item column-1">` carries
		// `itemprop="blogPost"` (its classes are numbered, the microdata is not).
		item: /(^|\s)blogPost(\s|$)/,
		// The same template: `<div class="pagination">` under the items, with the `<p class="counter">` "Page 1 of 3".
		chrome: /(^|\s)pagination(\s|$)/,
		// joomla/joomla-cms components/com_content/views/article/tmpl/default.php (3.x): `<div itemprop="articleBody">`.
		single: /(^|\s)articleBody(\s|$)/,
	},
	{
		// Drupal Views: drupal/drupal core/modules/views/templates/views-view.html.twig (`view-content`).
		name: 'drupal views',
		list: /(^|\s)view-content(\s|$)/,
		// drupal/drupal core/modules/views/templates/views-view-unformatted.html.twig (`views-row`, one per result).
		item: /(^|\s)views-row(\s|$)/,
		// drupal/drupal core/modules/views/templates/views-mini-pager.html.twig and core/themes/*/templates/pager.html.twig
		// (`pager`, `pager__items`, a `<nav>` that pandoc drops, so the `<div>` variants of contributed themes are what
		// remain), views-more.html.twig (`more-link`).
		chrome: /(^|\s)(?:pager|more-link)(\s|$)/,
		// drupal/drupal core/themes/olivero/templates/content/node.html.twig (`node--view-mode-full`, a node's own page).
		single: /(^|\s)node--view-mode-full(\s|$)/,
	},
];
