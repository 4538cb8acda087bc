// Platform profiles of page kinds, as data: class words that forum, shop and documentation software always write.
import type { SignatureBody } from '../heuristics/signatureBodies';
import type { PageKind } from './pageKind';

/** A platform recognised by its class vocabulary, and the kind of page it makes. */
export interface KindPlatform {
	readonly name: string;
	/** Matches the id/class words of at least one container of a page from this platform. */
	readonly detect: RegExp;
	/** The kind of its pages; `shop` pages are products, or collections when they hold a grid of priced cards. */
	readonly kind: PageKind | 'shop';
	/**
	 * Forum software: the class words of a post's parts that are not its message, author or date (member titles and
	 * banners, member statistics, post numbers, reaction bars, quote expanders). Dropped from every post.
	 */
	readonly postChrome?: RegExp;
	/**
	 * Forum software whose posts are not siblings (a Q&A page's question stands apart from its answers): the class
	 * words of each post's outermost container. Otherwise the posts are found as a repeated group (kinds/posts.ts).
	 */
	readonly posts?: RegExp;
	/**
	 * Forum software that writes each poster's name as a heading beside the post's container, not in it: the class
	 * words of that heading (kinds/posterHeadings.ts). The forum strategy writes it above the post.
	 */
	readonly posterName?: RegExp;
	/** Forum software whose signatures lose their wrapper in a dump (heuristics/signatureBodies.ts). */
	readonly signatureBody?: SignatureBody;
}

export const KIND_PLATFORMS: readonly KindPlatform[] = [
	{
		name: 'discourse',
		detect: /(^|\s)(?:topic-body|crawler-post|topic-post)(\s|$)/,
		kind: 'forum',
		// The crawler view (discourse/discourse app/views/topics/show.html.erb, the page a dump saves): each post's like
		// count (`interactionStatistic`, `post-likes`), its number (`position`), and under it the titles of the other
		// topics that link to it (the view's `link[:reflection]` links; `crawler-linkback-list` in today's view, which
		// Discourse's view spec reads, find_string "crawler-linkback-list"). Tuning: 2 Discourse threads, 0.9938 -> 0.9956
		// and 0.9831 -> 0.9837; no other page moved.
		postChrome: /(^|\s)(?:interactionStatistic|post-likes|position|crawler-linkback-list)(\s|$)/,
	},
	{
		name: 'phpbb',
		detect: /(^|\s)(?:postbody|postprofile|post-buttons)(\s|$)/,
		kind: 'forum',
		// phpbb/phpbb phpBB/styles/prosilver/template/viewtopic_body.html, each `postrow`: the "Top" link (`back2top`), the
		// edit, delete and bump notes under the message (`notice`, `post_deleted_msg`), the download rules of its
		// attachments (`rules`), the ignored-poster prompt (`ignore`) and the buttons (`post-buttons`); the poster's card
		// (`postprofile`) and the signature (`signature`) are the generic words' (forum.ts `POST_CHROME_RE`).
		postChrome: /(^|\s)(?:back2top|notice|post_deleted_msg|rules|ignore|post-buttons)(\s|$)/,
	},
	{
		name: 'vbulletin',
		detect: /(^|\s)(?:postbit\w*|postcontainer|vbmenu_\w+|b-post)(\s|$)/,
		kind: 'forum',
		// vBulletin 3/4 postbit templates: the member's title and rank, the card's extra fields (`userinfo_extra`), the
		// post's counter, the "Last edited by" line (`postlinking`, `lastedited`) and the signature's block
		// (`after_content`, holding `signaturecontainer`: a vBulletin 4 archive theme, find_string "signaturecontainer");
		// vBulletin 5: the post's number (`b-post__count`), the member card's details, the node controls and the post's
		// footer of buttons (`b-post__footer`, after the `js-post__content-text` message: a public vBulletin 5 scraper's
		// pattern, find_string "b-post__footer").
		postChrome: /(^|\s)(?:usertitle|rank|userinfo_extra|postcounter|postlinking|lastedited|after_content|nodecontrols|b-post__count|b-post__footer|b-userinfo__details)(\s|$)/,
	},
	{
		name: 'xenforo',
		detect: /(^|\s)(?:message--post|bbWrapper|message-userContent)(\s|$)/,
		kind: 'forum',
		// XenForo 2's post_macros (compiled in zellkon/forum internal_data/code_cache/templates/l1/s1/public/post_macros.php):
		// the member card's title, banners and extras, the post's number and share link (`message-attribution-opposite`), the
		// moderated / warned / ignored notices (`messageNotice`), "Last edited", the signature, the action bar (Like, Quote,
		// Reply, Report), the likes line of 2.0 (`likesBar`) and the reactions bar of 2.1+, the edit history's target, and
		// the "Click to expand..." links of long posts and quotes (`message-expandLink`, `bbCodeBlock-expandLink`).
		postChrome:
			/(^|\s)(?:message-userTitle|message-userBanner|userBanner|message-userExtras|message-attribution-opposite|messageNotice|message-actionBar|reactionsBar|likesBar|message-historyTarget|message-expandLink|bbCodeBlock-expandLink|bbCodeBlock-shrinkLink|message-lastEdit|message-signature)(\s|$)/,
		signatureBody: { body: 'bbWrapper', message: 'message-userContent' },
	},
	{
		name: 'invision',
		detect: /(^|\s)(?:ipsComment_content|cPost_contentWrap|cAuthorPane\w*|ipsEntry__content|ipsEntries)(\s|$)/,
		kind: 'forum',
		// Invision Community 5 (`ipsEntries`, `ipsEntry__content`: each post's date and message, its author card apart) as
		// well as version 4 (`cPost`).
		postChrome: /(^|\s)(?:cAuthorPane_info|ipsComment_controls|ipsReact\w*|cPost_footer|ipsEntry__signature|ipsEntry__footer|ipsEntry__controls)(\s|$)/,
		posterName: /(^|\s)(?:cAuthorPane_author|ipsEntry__username)(\s|$)/,
	},
	{
		name: 'stackexchange',
		detect: /(^|\s)(?:js-post-body|votecell|js-voting-container|answercell)(\s|$)/,
		kind: 'forum',
		posts: /(^|\s)(?:question|answer)(\s|$)/,
		// The 2024 comment layout writes each comment's header, the commenter's name and the comment's age ("Over a year
		// ago"), in `s-user-card--awards`; no truth keeps that line. Tuning forum page 0564
		// (Stack Overflow) 0.922 -> 0.933; no other page writes it. Under a post with no comments, a signed-out reader sees
		// "Sign up to request clarification or add additional context in comments." (`js-you-can-comment-banner-anon`),
		// which no truth keeps: tuning 4309 (Stack Overflow) 0.987 -> 0.997, 0564 0.933 -> 0.934. The 2024 layout's comment
		// list itself is `follow-ups-container-<post id>` (its comments `follow-up-<id>`, schema.org Comment microdata,
		// which Discourse writes on its replies too, so the id, not the microdata): the Stack Exchange truths leave comments
		// out, as they do in the older layout's `comments`. Tuning 0564 0.934 -> 0.999; no other tuning page writes it.
		postChrome:
			/(^|\s)(?:js-post-menu|js-post-comments-component|comments|post-taglist|comments-link-\d+|follow-ups-container-\d+|js-post-notice|s-user-card--awards|js-you-can-comment-banner(?:-anon)?)(\s|$)/,
	},
	{
		name: 'nodebb',
		detect: /(^|\s)(?:post\/content|topic\/stats|posts-container)(\s|$)/,
		kind: 'forum',
		// A thread is a list whose items hold the post beside a preview of the post it answers (`post/parent`): the post
		// is the item's `post-container-parent` (NodeBB 3+) or, in older themes, its `post/content`.
		posts: /(^|\s)(?:post-container-parent|post\/content)(\s|$)/,
		postChrome: /(^|\s)(?:post\/footer|post\/actions|post\/parent|post\/replies\/container|votes|user\/status)(\s|$)/,
	},
	{
		name: 'vanilla',
		detect: /(^|\s)(?:MessageList|DataBox-Comments|ItemDiscussion|CommentHeader)(\s|$)/,
		kind: 'forum',
		posts: /(^|\s)(?:Discussion|Comment)_\d+(\s|$)/,
		postChrome: /(^|\s)(?:Reactions|RoleTitle|OptionsMenu|ToggleFlyout|Signature|UserSignature)(\s|$)/,
	},
	{ name: 'bbpress', detect: /(^|\s)(?:bbp-reply-content|bbp-topic-content)(\s|$)/, kind: 'forum', postChrome: /(^|\s)(?:bbp-author-role|bbp-reply-ip|bbp-admin-links|bbp-reply-post-date-sep)(\s|$)/ },
	// Older and smaller forum engines, by class words none of them shares with a CMS theme (no tuning page of another
	// kind writes them). Each post is a repeated container or a numbered id (kinds/posts.ts); the profile makes the page
	// a thread and names the parts of a post that are not its message, author or date. Tuning part of wcxb-dev: its
	// SMF, FluxBB, Flarum and XenForo 1 threads were threads already (0.97-0.99); one XenForo 1 thread 0.991 -> 0.993,
	// nothing else moved. They are for the engines' other sites.
	{
		name: 'xenforo1',
		detect: /(^|\s)(?:messageList|messageUserInfo|messageUserBlock|messageTextEndMarker)(\s|$)/,
		kind: 'forum',
		postChrome: /(^|\s)(?:userTitle|userBanner|extraUserInfo|likesSummary|publicControls|messageNotices|quoteExpand|editDate|messageTextEndMarker)(\s|$)/,
	},
	{
		name: 'smf',
		detect: /(^|\s)(?:keyinfo|quickbuttons|moderatorbar)(\s|$)/,
		kind: 'forum',
		// SimpleMachines/SMF Themes/default/Display.template.php (2.1): the bar under the message (`under_message`: likes and
		// `quickbuttons`), the moderator bar holding the custom fields above and below the signature, the custom fields
		// above the poster's name, the edit history list, the notice boxes (awaiting approval, ignored poster); SMF 2.0's
		// `reportlinks` and the likes mod's button.
		postChrome:
			/(^|\s)(?:moderatorbar|quickbuttons|under_message|reportlinks|custom_fields_above_signature|custom_fields_below_signature|custom_fields_above_member|edit_history_list|noticebox|smflikebutton)(\s|$)/,
	},
	{
		name: 'mybb',
		detect: /(^|\s)(?:author_statistics|postbit_buttons|post_management_buttons)(\s|$)/,
		kind: 'forum',
		postChrome: /(^|\s)(?:author_statistics|post_controls|postbit_buttons|post_management_buttons|author_buttons|post_meta)(\s|$)/,
	},
	{
		// FluxBB and PunBB write the same markup.
		name: 'fluxbb',
		detect: /(^|\s)(?:blockpost|postmsg|postfootleft|postfootright)(\s|$)/,
		kind: 'forum',
		postChrome: /(^|\s)(?:postfoot|postfootleft|postfootright|postsignature|postedit|usercontacts)(\s|$)/,
	},
	{
		name: 'flarum',
		detect: /(^|\s)(?:PostStream\S*|CommentPost|Post-body|PostUser)(\s|$)/,
		kind: 'forum',
		postChrome: /(^|\s)(?:Post-actions|Post-footer|Post-controls|PostUser-badges|PostUser-level|Post-mentionedBy)(\s|$)/,
	},
	{
		// Khoros (Lithium) support communities: each message, the question (`lia-thread-topic`) and every reply
		// (`lia-thread-reply`), is a `lia-message-view-forum-message` (Q&A boards: `lia-message-view-qanda-message`). Its
		// member card (rank, post and solution counts), kudos, position in the thread ("Message 3 of 12"), the accepted
		// solution's "Solved! Go to Solution." box, options menu, share bar, footer and signature are not the message. Blogs and
		// knowledge-base articles write other message views, so they stay articles (profiles.ts `khoros`). No page of
		// wcxb-dev's tuning part comes from Khoros, so no tuning score moves: this is for the engine's many unseen boards.
		name: 'khoros',
		detect: /(^|\s)(?:lia-message-view-forum-message|lia-message-view-qanda-message|lia-quilt-forum-message)(\s|$)/,
		kind: 'forum',
		posts: /(^|\s)(?:lia-message-view-forum-message|lia-message-view-qanda-message)(\s|$)/,
		postChrome:
			/(^|\s)(?:lia-message-author-rank|lia-component-author-rank|lia-message-author-(?:posts|solutions|kudos)-count|lia-message-author-registered-date|lia-component-kudos-widget-\S+|lia-message-position-in-thread|MessagesPositionInThread|lia-component-solution-info|lia-message-options|lia-menu-navigation-wrapper|lia-message-footer|lia-quilt-row-footer|lia-button-group|lia-message-metrics|lia-social-share|lia-message-signature|lia-message-unread|lia-component-tags)(\s|$)/,
	},
	{
		// Old Reddit (old.reddit.com): the link post and each comment are a `thing` whose class carries its fullname
		// (`id-t3_…` the post, `id-t1_…` a comment), replies nested inside their parent's `child`; the tagline's author
		// and age stay, its vote arrows (`midcol`), score, "load more comments" and reply forms go. Among the 1,310 dumps of
		// wcxb-dev only an old Reddit thread writes these words; no tuning page has them, so no tuning score moves.
		name: 'oldreddit',
		detect: /(^|\s)(?:usertext-body|nestedlisting|commentarea)(\s|$)/,
		kind: 'forum',
		posts: /(^|\s)id-t[13]_\w+(\s|$)/,
		postChrome: /(^|\s)(?:midcol|arrow|score|flat-list|buttons|expand|numchildren|userattrs|morecomments|morechildren|reportform|usertext-edit|panestack-title|menuarea)(\s|$)/,
	},
	{
		// Discuz! X (codersclub/DiscuzX upload/template/default/forum/viewthread_node.htm): each post is a table in a
		// `post_N` div (kinds/posts.ts numbered ids), its message in `t_fsz`, the poster's column in `favatar`. Not the
		// message: the button row under it (`po`, `pob`: reply, edit, support/against), the signature (`sign`), the reply
		// credit and "related collections" boxes (`cm`, `psth`), the first post's share row (`tshare`), the "stand" labels
		// of a debate (`pdbt`), the poster's mobile location and the hidden member card popup (`p_pop`). Not `favatar`
		// itself: with `authoronleft` it holds the poster's name.
		name: 'discuz',
		detect: /(^|\s)(?:t_fsz|favatar)(\s|$)/,
		kind: 'forum',
		postChrome: /(^|\s)(?:po|pob|sign|cm|psth|tshare|pdbt|mobile-location|p_pop)(\s|$)/,
	},
	// WordPress's forum plugins and a PHP Q&A engine, none of whose pages the tuning part holds: for their many unseen
	// boards (tests: test/unit/forumPlatformChromeWp.test.ts). Their detect words are written only on a thread's posts
	// (not on the plugins' sidebar widgets or topic lists), so a blog page with a "recent posts" widget stays an article.
	{
		// wpForo (gVectors/wpforo-v2 themes/2022/layouts/1-4/post.php; the 1.x classic theme, xuanquy1120/forum
		// wp-content/plugins/wpforo/wpf-themes/classic/layouts/1/post.php, writes the same): each post a `post-wrap` div
		// `post-N` (kinds/posts.ts numbered ids), its message in `wpforo-post-content`. Not the message: the member card's
		// rank title (the plugin's "Eminent Member", "Noble Member"...: `author-title`, `wpf-author-title`), its rating
		// badge (`author-rating*`), join date, post count and Q&A counts (`author-joined`, `author-posts`,
		// `author-stat-item` and their `wpf-` forms), the card's hidden "More" panel of profile buttons
		// (`wpforo-memberinfo`, `wpforo-membertoggle`, `wpf-member-profile-buttons`), the "Awaiting moderation" note
		// (`wpf-mod-message`), the edit stamp (`wpf-post-edited`, classes/Activity.php), the button rows (`bottom` and
		// `bright` of layout 1, `wpf-post-btns`, `wpf-post-actions`, `wpf-content-foot` of layout 4), the likers line
		// (`wpforo-post-footer`), the signature, the topic's tags under the first post (`wpforo-topic-meta`) and the
		// threaded layout's "N Replies" bars (`wpf-post-replies-bar`, `wpf-replies-sep`). The poster's name (`author-name`, `wpf-author-name`) and the date (`wpf-post-date`) stay.
		name: 'wpforo',
		detect: /(^|\s)(?:wpforo-post-content|wpforo-post-content-top|wpforo-memberinfo|wpforo-post-head)(\s|$)/,
		kind: 'forum',
		postChrome:
			/(^|\s)(?:(?:wpf-)?author-(?:title|joined|posts|stat-item|rating(?:-\w+)?)|wpforo-memberinfo|wpforo-membertoggle|wpf-member-profile-buttons|wpf-mod-message|wpf-post-edited|bottom|bright|wpf-post-btns|wpf-post-actions|wpf-content-foot|wpforo-post-footer|wpforo-post-signature|wpforo-topic-meta|wpf-post-replies-bar|wpf-replies-sep)(\s|$)/,
	},
	{
		// Asgaros Forum (Asgaros/asgaros-forum includes/views/post-element.php; the post menu in includes/forum.php
		// `show_post_menu`): each post a `post-element` (`postid-N`), the poster's name in `post-author-block-name`.
		// Not the message: the poster's post counter, "Topic Author" and "Banned" markers (`post-author-block-meta`), the
		// poster's user-group tags (`post-author-block-group`), the Quote / Edit / Delete menu beside the date
		// (`forum-post-menu`) and, in the post footer (the generic words'), the edit note, the report button and "#N".
		name: 'asgaros',
		detect: /(^|\s)(?:post-author-block-name|post-author-block-meta)(\s|$)/,
		kind: 'forum',
		postChrome: /(^|\s)(?:post-author-block-meta|post-author-block-group|forum-post-menu)(\s|$)/,
	},
	{
		// Question2Answer (q2a/question2answer qa-include/qa-theme-base.php): the question (`qa-q-view`) stands apart from
		// its answers (`qa-a-list-item`), each with its meta line ("asked Apr 3 by NAME") outside the message
		// (`qa-q-view-content`, `qa-a-item-content`), so the profile names both posts. Not the message: the vote and
		// answer counts (`qa-q-view-stats`, `qa-voting`), the question's tags (`qa-q-view-tags`), the button rows
		// (`qa-q-view-buttons`, `qa-a-item-buttons`, `qa-c-item-buttons`), the "Best answer" box (`qa-a-selection`)
		// and the answer and comment forms (`qa-a-form`, `qa-c-form`).
		name: 'question2answer',
		detect: /(^|\s)(?:qa-q-view-main|qa-q-view-content|qa-a-item-main|qa-a-item-content)(\s|$)/,
		kind: 'forum',
		posts: /(^|\s)(?:qa-q-view|qa-a-list-item)(\s|$)/,
		postChrome: /(^|\s)(?:qa-q-view-stats|qa-voting|qa-q-view-tags|qa-q-view-buttons|qa-a-item-buttons|qa-c-item-buttons|qa-a-selection|qa-a-form|qa-c-form)(\s|$)/,
	},
	{ name: 'shopify', detect: /(^|\s)(?:shopify-section|product-form\w*|product__info-container)(\s|$)/, kind: 'shop' },
	{ name: 'woocommerce', detect: /(^|\s)(?:woocommerce\S*|single-product|product_meta)(\s|$)/, kind: 'shop' },
	// Amazon's product pages (`dp-container`, its centre column `centerCol`); its category pages have no `dp-container`
	// and stay collections.
	{ name: 'amazon', detect: /(^|\s)(?:dp-container|centerCol)(\s|$)/, kind: 'shop' },
	{ name: 'magento', detect: /(^|\s)(?:catalog-product-view|product-info-main|products-grid|page-products)(\s|$)/, kind: 'shop' },
	// Sphinx and its Read the Docs theme (`wy-nav-content`, the column around `rst-content`).
	{ name: 'sphinx', detect: /(^|\s)(?:sphinxsidebar\w*|rst-content|toctree-wrapper|headerlink|wy-nav-content)(\s|$)/, kind: 'documentation' },
	{ name: 'docusaurus', detect: /(^|\s)(?:theme-doc-markdown|docMainContainer\w*|docusaurus\S*)(\s|$)/, kind: 'documentation' },
	{ name: 'mkdocs', detect: /(^|\s)(?:md-content|md-sidebar|md-nav)(\s|$)/, kind: 'documentation' },
	// More documentation generators, by class words their default themes write on every page and that no CMS theme
	// shares (checked in public repositories: `td-content` and `td-page-meta` alone are not Docsy's, table cells and the
	// tagDiv news themes write them): VitePress (`vp-doc` wraps the page's Markdown, `VPDoc` its layout), VuePress
	// (`theme-default-content`), Hugo's Docsy theme (its sidebar menu's `td-sidebar__inner`; a dump keeps no list's or link's class).
	// They make the page documentation before any card or price count is read.
	{ name: 'vitepress', detect: /(^|\s)(?:vp-doc|VPDoc)(\s|$)/, kind: 'documentation' },
	{ name: 'vuepress', detect: /(^|\s)theme-default-content(\s|$)/, kind: 'documentation' },
	{ name: 'docsy', detect: /(^|\s)(?:td-sidebar__inner|td-sidebar__search)(\s|$)/, kind: 'documentation' },
];
