// Class and id words that publishing plugins and themes give the widgets they put inside a post's body container.
/*
 * Why: WordPress plugins and blog themes insert their widgets into the post's own container (the_content filters,
 * theme hooks), so the article pipeline keeps them: author boxes, tables of contents, "jump to recipe" links,
 * sign-up forms, previous/next links, rating and like buttons. Most such widgets already carry a word the general
 * rules read (share, social, related, comment, footer, newsletter, author, bio, cta: scoring.ts, innerChrome.ts);
 * this list holds only the widget names those words miss, each read from the plugin's or theme's public source
 * (repository and file in the comment). A word names the widget itself, never a generic role ("content", "title",
 * "wrap"), so it cannot fire on a page of another platform. Matched as one whole class or id token,
 * case-insensitively (heuristics/pluginChrome.ts).
 * Checked against the general rules: each word below is matched by none of UNLIKELY_RE, STRONG_UNLIKELY_RE,
 * SHARE_RE, AD_TOKEN_RE and innerChrome.ts's tokens (words those cover, e.g. Jetpack's `sharedaddy`,
 * `jp-relatedposts`, YARPP's `yarpp-related`, Social Warfare's `swp_social_panel`, Elementor's `elementor-author-box`,
 * Disqus' `disqus_thread`, are left out).
 */

/** One plugin or theme: the class or id words of its in-body chrome, and where they were read. */
export interface PluginChrome {
	readonly plugin: string;
	/** Whole class or id tokens (lower case). */
	readonly words: readonly string[];
	/** Repository and template file each word was read from. */
	readonly source: string;
}

export const PLUGIN_CHROME: readonly PluginChrome[] = [
	{
		// Author box appended to each post: `<div class="saboxplugin-wrap">` with gravatar, name, description, socials.
		plugin: 'Simple Author Box',
		words: ['saboxplugin-wrap'],
		source: 'dchenk/simple-author-box-1 template/template-sab.php',
	},
	{
		// The table of contents inserted before the first heading: `<div id="ez-toc-container" class="ez-toc-v2_0_…">`.
		plugin: 'Easy Table of Contents',
		words: ['ez-toc-container'],
		source: 'ahmedkaludi/easy-table-of-contents includes/class.post.php',
	},
	{
		// `<div id="toc_container" class="toc_wrap_right …"><p class="toc_title">Contents</p><ul class="toc_list">`.
		plugin: 'Table of Contents Plus',
		words: ['toc_container'],
		source: 'zedzedzed/table-of-contents-plus includes/class-toc-plus.php',
	},
	{
		// LuckyWP Table of Contents: `<div class="lwptoc …">` around its header ("Contents", a hide toggle) and items.
		plugin: 'LuckyWP Table of Contents',
		words: ['lwptoc'],
		source: 'ezl/tapwater-old src/wp-content/updraft/plugins-old/luckywp-table-of-contents/front/views/body.php (a site\'s copy of the plugin)',
	},
	{
		// Ultimate Blocks' table of contents block: `<div class="ub_table-of-contents" …>` with its title ("In this post").
		plugin: 'Ultimate Blocks',
		words: ['ub_table-of-contents'],
		source: 'DotCamp/ultimate-blocks-legacy src/blocks/table-of-contents/block.php',
	},
	{
		// WP Recipe Maker's "Jump to Recipe / Print Recipe" snippet above the post, and its jump, print and pin links.
		plugin: 'WP Recipe Maker',
		words: ['wprm-recipe-snippet', 'wprm-recipe-snippet-container', 'wprm-recipe-jump', 'wprm-recipe-print', 'wprm-recipe-pin'],
		source:
			'WordPressBugBounty/plugins-wp-recipe-maker wp-recipe-maker/includes/public/shortcodes/recipe/class-wprm-sc-print.php ' +
			'(`wprm-recipe-print`), wp-recipe-maker/includes/public/class-wprm-shortcode.php (snippet container); ' +
			'SayenkoDesign/bushcooking.com wp-content/plugins/wp-recipe-maker/templates/admin/modal/tabs/recipe-snippets-jump.php (`wprm-recipe-jump`)',
	},
	{
		// Tasty Recipes' quick links ("Jump to Recipe", "Print Recipe") above the post.
		plugin: 'Tasty Recipes',
		words: ['tasty-recipes-quick-links'],
		source: 'WordPressBugBounty/plugins-tasty-recipes-lite tasty-recipes-lite/inc/class-quick-links.php',
	},
	{
		// Mailchimp for WordPress: `<form class="mc4wp-form"><div class="mc4wp-form-fields">…</div><div class="mc4wp-response">`.
		plugin: 'Mailchimp for WordPress',
		words: ['mc4wp-form', 'mc4wp-form-fields', 'mc4wp-response'],
		source: 'ibericode/mailchimp-for-wordpress includes/forms/class-form-element.php',
	},
	{
		// The Newsletter Plugin's subscription form: `<div class="tnp tnp-subscription">`.
		plugin: 'The Newsletter Plugin',
		words: ['tnp-subscription'],
		source: 'larnoult/parlemonde wp-content/plugins/newsletter/subscription/subscription.php (a site\'s copy of the plugin)',
	},
	{
		// Jetpack's subscription block inside the post.
		plugin: 'Jetpack',
		words: ['wp-block-jetpack-subscriptions'],
		source: 'Automattic/jetpack projects/plugins/jetpack/extensions/blocks/subscriptions/subscriptions.php',
	},
	{
		// kk Star Ratings' "Click to rate this post!" box: `<div class="kk-star-ratings …" data-payload=…>`.
		plugin: 'kk Star Ratings',
		words: ['kk-star-ratings'],
		source: 'kamalkhan/kk-star-ratings views/markup/index.php',
	},
	{
		// JNews theme: previous/next post links and the author box under the post.
		plugin: 'JNews',
		words: ['jeg_prevnext_post', 'jeg_authorbox'],
		source: 'TheStanfordDaily/stanforddaily-wordpress wp-content/themes/jnews/fragment/post/prev-next-post.php, author-box.php',
	},
];
