// Hostile input shapes for the page-kind strategies (issue 11), kept apart from the other generators so each list merges alone.

/**
 * A listing's layout wrapper holding `n` blocks, linked cards and chrome divs in turn (`.sidebar` and `.menu` by turns):
 * the page is detected as a listing, the article pipeline's container is the wrapper, and the whole-page read prunes
 * each chrome div by its name, so the listing cuts `n / 2` chrome regions out of the container
 * (kinds/containerWithChrome.ts). Asking every region for every block was O(blocks x regions): n = 40,000 spent 17.7 s
 * in the cut on 2 loaded cores (an index: 0.3 s).
 */
export function chromeBetweenCards(n: number): string {
	const parts = ['::: {.site-header}\n[Archive](/) · [Sign in](/login)\n:::\n\n::: {#index-container .layout}\n# Latest additions\n\n'];
	for (let i = 0; i < n; i++) {
		parts.push(
			i % 2 === 0
				? `::: {.story-card}\n## [Item number ${i} of the archive](/items/${i})\n\nA short line about item ${i}.\n\n:::\n\n`
				: `::: {.${i % 4 === 1 ? 'sidebar' : 'menu'}}\n[Side ${i}](/s/${i}) · [More](/m/${i})\n:::\n\n`,
		);
	}
	parts.push(':::\n\nPrivacy · Terms\n');
	return parts.join('');
}

/**
 * An article's container (six long paragraphs, so the page is read as an article) then `n` feed entries, each a
 * linked title in a head the link-density cleaning drops and an excerpt it keeps: the article strategy puts the titles
 * back (kinds/teaserTitles.ts). Asking every kept block whether it overlaps each title, and each title's position
 * among its siblings by `indexOf`, was O(titles x blocks): n = 16,000 spent 6.7 s there on 2 loaded cores (1.1 s
 * indexed), growing 3.5x per doubling.
 */
export function titlesOverExcerpts(n: number): string {
	const long =
		'This is a long paragraph of real prose about the news of the week, with commas, clauses, and enough words that the extractor counts it as a long paragraph of an article, which it should, since it goes on and on about the same thing for quite a while longer than any teaser would.\n\n';
	const parts = ['::: {#feed .content}\n# News\n\n', long.repeat(6)];
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.entry}\n::: {.entry-head}\n## [A title of news item number ${i}](/n/${i})\n\n[Tag](/t/${i}) [Share](/s/${i})\n:::\n\nThe excerpt of item ${i} is a sentence of prose, with a comma, long enough to keep, and a second clause to make it longer still.\n:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A landing page's container: three lines of prose, then `n` tiles, each a figure ("42x" over "more jobs") the
 * conditional cleaning drops as short, and a line of offer. The page is read as a service page, and the figures come
 * back from the whole page's read (kinds/landingTiles.ts). Asking every dropped tile and every kept block about each
 * block of the whole page was O(blocks x tiles): n = 8,000 spent 4.1 s there on 2 loaded cores (0.3 s indexed).
 */
export function shortTilesOnALandingPage(n: number): string {
	const parts = ['::: {#main .page}\n# Our services\n\n', 'We help companies grow, with care, skill and a comma or two in every sentence we write for them, for years now, and we know how.\n\n'.repeat(3)];
	for (let i = 0; i < n; i++) parts.push(`::: {.tile}\n::: {.stat}\n${i % 100}x\n\nmore jobs\n:::\n:::\n\nWe offer item ${i}, with a comma, and it is good.\n\n`);
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A product (name, price, cart button, a line of description), then `n` rows, each headed by a shop label ("Recently
 * viewed") and holding a priced link: the page is read as a product, and each row is a labelled section to drop
 * (kinds/labelledChrome.ts). Asking every label whether it lies inside each row was O(rows x labels x depth):
 * n = 8,000 (0.4 MB) spent 28.8 s there on 2 loaded cores (0.24 s with one look at the next label).
 */
export function labelledRowsAfterAProduct(n: number): string {
	const parts = ['::: {#product .main}\n# Trail running shoe\n\n$89.99\n\n[Add to cart](/cart)\n\nA light shoe for long runs, with a grippy sole, and a soft heel.\n:::\n\n'];
	for (let i = 0; i < n; i++) parts.push(`::: {.row}\nRecently viewed\n\n[Item ${i}](/p/${i}) $${i}.99\n:::\n\n`);
	return parts.join('');
}

/**
 * A product, then `n` divs each holding one labelled column of links ("Shop" over a row of links) between prose
 * lines: the page is read as a product, and every top-level block past the text's middle is asked whether it holds a
 * footer's columns (heuristics/footerColumnRuns.ts), and the whole page whether it is only a footer
 * (heuristics/footerOnlyPage.ts). Both must stay one pass over the blocks.
 */
export function labelledColumnsAfterAProduct(n: number): string {
	const parts = ['::: {#product .main}\n# Trail running shoe\n\n$89.99\n\n[Add to cart](/cart)\n\nA light shoe for long runs, with a grippy sole, and a soft heel.\n:::\n\n'];
	for (let i = 0; i < n; i++) parts.push(`::: {.col}\nShop ${i}\n\n[All ${i}](/a/${i}), [New ${i}](/n/${i}), [Sale ${i}](/s/${i})\n:::\n\nA line of prose number ${i}, with a comma.\n\n`);
	return parts.join('');
}

/**
 * `n` headed prose sections before a product's name (its description column, heuristics/productName.ts), then the
 * product and a footer whose copyright line is followed by `n` dialog lines and copyright lines
 * (heuristics/copyrightFooter.ts): the sections are counted in one pass, the copyright cut is one pass over the blocks.
 */
export function proseColumnAndCopyrightFooter(n: number): string {
	const parts: string[] = ['::: {.w0}\n'];
	for (let i = 0; i < n; i++) parts.push(`## Section ${i}\n\nA paragraph of prose about the lantern, number ${i}, long enough to be a sentence of a description.\n\n`);
	parts.push('# Ember table lantern\n\n$49.00\n\n[Add to cart](/cart)\n\n');
	parts.push('[FAQ](/faq) [Returns](/returns) [Stores](/stores)\n\n© Lantern Shop 2025\n\n');
	for (let i = 0; i < n; i++) parts.push(`Your order ${i} is held for seven days.\n\n© Lantern Shop ${i}\n\n`);
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A XenForo 2 thread of three posts, the second with `n` bodies (`bbWrapper`) after its message, each the sibling of the
 * next: detected as a forum on XenForo's names, and each body is a signature (heuristics/signatureBodies.ts). An
 * `indexOf` and a scan of the earlier siblings per body was O(n^2): n = 40,000 spent 36 s in the test on 2 loaded cores
 * (positions from one pass per parent: 0.05 s).
 */
export function signatureBodiesInAPost(n: number): string {
	const post = (i: number, bodies: number): string[] => [
		`::: {#js-post-${i} .message .message--post}\n[member${i}]{.username} [Sep 21, 2024]{.u-dt}\n\n::: {.message-content .js-messageContent}\n::: {.message-userContent .lbContainer}\n::: bbWrapper\nMessage ${i} of the thread: the new tablet is fast, and the screen is the best I have used.\n:::\n:::\n\n`,
		...Array.from({ length: bodies }, (_, j) => `::: bbWrapper\nSignature line ${j}: a 77 inch OLED and a 32 inch monitor.\n:::\n\n`),
		':::\n:::\n\n',
	];
	return ['# Review discussion: the new tablet\n\n', ...post(0, 0), ...post(1, n), ...post(2, 0)].join('');
}

/**
 * A product (name, price, cart button) whose description is the shown tab of `n + 1` (`n / 4` long paragraphs), the
 * other `n` tabs each a size and a colour: detected as a product, the region is the shown tab and its hidden siblings
 * come back from the whole page's read (heuristics/siblingPanels.ts). Asking every panel about each block of the page
 * was O(blocks x panels): 16,000 tabs spent 0.76 s there on 2 loaded cores (0.12 s by binary search).
 */
export function tabsBesideAProduct(n: number): string {
	const long = 'This shoe is built for long runs on rough ground, with a grippy sole, a soft heel, and a light upper that dries fast after a river crossing or a wet morning. ';
	const parts = ['# Trail running shoe\n\n$89.99\n\n[Add to cart](/cart)\n\n::: {.tabs}\n::: {.tab .active}\n', `${long.repeat(3)}\n\n`.repeat(Math.max(2, n / 4)), '\n:::\n\n'];
	for (let i = 0; i < n; i++) parts.push(`::: {.tab}\nSize ${i}\n\nRed\n:::\n\n`);
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A thread of `n` posts (author, date, a reply, links), every other reply after its preview cut mid-word (a Q&A site's
 * "Continue reading" teaser): detected as a forum, and each preview goes (heuristics/truncatedPreviews.ts). A scan of
 * every block per long paragraph was O(paragraphs x blocks): 8,000 posts (24,000 blocks) spent 1.1 s there on 2 loaded
 * cores (0.13 s over the sorted keys).
 */
export function truncatedRepliesInAThread(n: number): string {
	const parts = ['# A thread about things\n\n'];
	for (let i = 0; i < n; i++) {
		const full = `I think reply ${i} says something about the question, with a comma, and more words to pass the preview length of eighty characters.`;
		const preview = i % 2 === 0 ? `${full.slice(0, 99)}…\n\n` : '';
		parts.push(`::: {.post #post-${i}}\n::: {.author}\n[user${i % 50}](/u/${i % 50})\n:::\n\n::: {.date}\nMarch ${(i % 28) + 1}, 2024 at 10:${String(i % 60).padStart(2, '0')}\n:::\n\n${preview}${full}\n\n[Reply](/r/${i}) [Like](/l/${i})\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * A thread of seven posts, the first holding `n` link previews (Discourse's onebox: a source line, a link, a metadata
 * div), flattened by the dump into siblings: detected as a forum, and each preview's blocks are found by its place
 * among its parent's children (heuristics/linkPreviews.ts). An `indexOf` per flattened end was O(n^2): 16,000 previews
 * spent 0.12 s there on 2 loaded cores (0.03 s with positions from one pass).
 */
export function linkPreviewsInAPost(n: number): string {
	const post = (i: number, body: string): string => `::: {.post #post-${i}}\n::: {.author}\n[user${i}](/u/${i})\n:::\n\n::: {.date}\nMarch ${(i % 28) + 1}, 2024\n:::\n\n${body}\n:::\n\n`;
	const previews = Array.from({ length: n }, (_, i) => `::: {.source}\nsite.example\n:::\n\n[Link ${i}](/l/${i})\n\n::: {.onebox-metadata}\nmeta\n:::\n\n`).join('');
	const parts = ['# A thread\n\n', post(0, `${previews}A reply body, with a comma, that says something.`)];
	for (let i = 0; i < 6; i++) parts.push(post(i + 1, `Reply ${i} says something, with a comma, about the question here.`));
	return parts.join('');
}

/**
 * A XenForo 2 thread of three posts, the second holding `n` quote containers nested one in another, each with a line:
 * detected as a forum, and its posts are cleaned bottom-up (extract/clean.ts). Each container copied the blocks its
 * children kept into an array of its own, so a line was copied once per container around it: O(n x depth), 8.0 s at
 * 32,000 levels on 2 loaded cores (one output array for the tree: 1.8 s).
 */
export function nestedQuotesInAPost(n: number): string {
	const post = (i: number, depth: number): string[] => [
		`::: {#js-post-${i} .message .message--post}\n[member${i}]{.username} [Sep 21, 2024]{.u-dt}\n\n::: {.message-content .js-messageContent}\n::: {.message-userContent .lbContainer}\n::: bbWrapper\nMessage ${i} of the thread: the battery lasts two full days between charges.\n\n`,
		...Array.from({ length: depth }, (_, j) => `::: {.quote-level}\nNested line ${j} of the reply, quoted again.\n\n`),
		':::\n'.repeat(depth),
		':::\n:::\n:::\n:::\n\n',
	];
	return ['# Review discussion: the new tablet\n\n', ...post(0, 0), ...post(1, n), ...post(2, 0)].join('');
}

/**
 * A landing page of `n` sections, each holding a contact form six boxes deep whose consent line ("By checking this box,
 * you agree …") marks it (heuristics/formNotices.ts), and a line that starts like a notice and runs on without its verb:
 * one walk of the read, one pass over the page's leaves, one climb of at most twelve boxes per notice.
 */
export function formNoticesOnALandingPage(n: number): string {
	const parts = ['# Our services\n\n'];
	const by = `By checking ${'this box and that box '.repeat(20)}`;
	for (let i = 0; i < n; i++) {
		parts.push(`## Service ${i}\n\nWe help companies grow, with care, skill and a comma or two in every sentence, item ${i}.\n\n`);
		parts.push(`${'::: {.b}\n'.repeat(6)}Type of Project Web Mobile Cloud ${i}\n\nBy checking this box, you agree to the privacy policy of service ${i}.\n\n${by}\n\nSend\n${':::\n'.repeat(6)}\n`);
	}
	return parts.join('');
}

/** Page-kind cases: the text of each, built in code, never committed as files. The whole pipeline runs on each. */
/**
 * A category grid of `n` cards, each with its price labels in spans of a site's own class and its comparison toggle
 * naming the card ("Add ... to Compare"), the name a long run of words and spaces that never reaches "to compare"
 * (priceLabels.ts, heuristics/cardControls.ts `NAMED_COMPARE_RE`): every span and line is read once, each test bounded.
 */
export function namedTogglesInAGrid(n: number): string {
	const parts = ['# Trail packs\n\nPacks for a day on the trail and for a week in the hills, from the lightest to the roomiest.\n\n'];
	const name = 'Alder pack '.repeat(14);
	for (let i = 0; i < n; i++) parts.push(`-   [${name}${i}](/p/${i})\n\n    [Sale price]{.q7z} $${i}.99 [Regular price]{.q7z} $${i + 9}.99\n\n    [Add ${name}${i} to  to  to  ]{.k2} Compar\n\n`);
	return parts.join('');
}

/**
 * `n` posts, each in a wrapper of its own (so the thread is found across the page, kinds/scatteredPosts.ts), with no
 * member link, each holding a long run of `{` with no `}`: every post is asked whether it shows its poster
 * (`POSTER_MARK_RE`), whose class alternative ran from every `{` to the post's end and back. Quadratic: 160 KB spent
 * 1.0 s, growing 2.8x per doubling (a 2.6 MB dump would spend minutes); with runs that stop at the next `{` and are
 * bounded, 20 ms at any of those sizes.
 */
export function unclosedBracesInPosts(n: number, chars: number): string {
	const parts = ['# A thread about things\n\n'];
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.wrap${i}}\n::: {.post}\nMember ${i} wrote 2 days ago:\n\nA reply of some length, with a comma, and words to make it prose for the thread, more words here.\n\nAnd { then ${'{ a '.repeat(Math.floor(chars / n / 4))}\n:::\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * A Q&A page typed by QAPage microdata (kinds/qaMicrodataPosts.ts): one Question wrapping `n` Answers, each with its
 * `text` container and a few nested wrappers (votes, a comment list) under opaque class words. The rule walks the
 * containers once with a stack of open items; a walk up from each container to its item would grow with the nesting.
 */
export function qaMicrodataAnswers(n: number): string {
	const parts = ['::: {.x1 itemprop="mainEntity" itemscope="" itemtype="https://schema.org/Question"}\n# A question about bread\n\n'];
	parts.push('::: {.x2 itemprop="text"}\nWhy does my bread machine stop kneading halfway through the dough cycle, and is that normal?\n:::\n\n');
	parts.push(`## ${n} Answers [${n}]{itemprop="answerCount"}\n\n`);
	for (let i = 0; i < n; i++) {
		parts.push(
			`::: {.x3 itemprop="suggestedAnswer" itemscope="" itemtype="https://schema.org/Answer"}\n::: {.x4}\n[${i}]{itemprop="upvoteCount"}\n:::\n\n::: {.x5 itemprop="text"}\nAnswer ${i}: the machine rests the dough for a while, which is normal, and then kneads again.\n:::\n\n::: {.x6}\n::: {.x7}\n-   A comment on answer ${i}. -- [reader](/users/${i})\n:::\n:::\n:::\n\n`,
		);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A thread of `n` posts, each dated only by an empty link with the post time as its hover title and a relative time
 * with the same date as its title (`metadata/relativeTimeTitles.ts`): every titled link is now visited by the date
 * reader, the ones near the title read for their title. One pass; nothing per pair of posts.
 */
export function hoverTitleDatesInAThread(n: number): string {
	const parts = ['# A thread about winter tyres and their grip on packed snow\n\n'];
	for (let i = 0; i < n; i++) {
		const day = String((i % 28) + 1).padStart(2, '0');
		parts.push(`[wrote on [](/post/${i} "2024-11-${day}T15:50:23.066Z")]{.p${i % 7}} [${(i % 50) + 1} days ago]{.t${i % 5} title="2024-11-${day}"}\n\nPost ${i} says the tyres held well on the pass, with a comma, and a second clause.\n\n`);
	}
	return parts.join('');
}

/**
 * A thread of seven posts with opaque class words, the first holding `n` link preview cards found by their shape (a
 * link-only source line, a heading linking to the same site, a blurb; heuristics/linkedHeadingPreviews.ts): one pass over
 * each post's children, each card's look-back and blurb bounded.
 */
export function linkedHeadingCardsInAPost(n: number): string {
	const post = (i: number, body: string): string => `::: {#q${i} .k7}\n[user${i}](/u/${i}) March ${(i % 28) + 1}, 2024\n\n${body}\n:::\n\n`;
	const cards = Array.from({ length: n }, (_, i) => `::: w1\n[Site ${i}](https://s${i}.example/)\n:::\n\n::: w2\n![](t.png)\n:::\n\n### [Title ${i}](https://s${i}.example/p)\n\nBlurb ${i} of the card.\n\n::: w3\n:::\n\n`).join('');
	const parts = ['# A thread\n\n', post(0, `${cards}A reply body, with a comma, that says something.`)];
	for (let i = 0; i < 6; i++) parts.push(post(i + 1, `Reply ${i} says something, with a comma, about the question here.`));
	return parts.join('');
}

/**
 * A category page with `n` filter lists of counted options ("Glaze 7 (12 products)") in nested boxes beside a priced
 * grid, and a card line per list that names its item under two button labels: every list item's text is tested once
 * (heuristics/countedFacets.ts), each list climbs at most 12 boxes, and each control line is tried at a bounded number
 * of colons (heuristics/titledControls.ts).
 */
export function countedFacetsAndTitledControls(n: number): string {
	const parts = ['# Stoneware\n\nMugs, bowls and plates thrown by hand in our studio by the river.\n\n'];
	const name = 'Tide pool mug: blue: '.repeat(6);
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.a${i % 7}}\n::: {.b}\nGlaze ${i}\n\n-   [Sea green ${i} (12 products)](/g${i})\n-   [White (9)](/w${i})\n-   [$20 to $40](/p${i})\n:::\n:::\n\n`);
		parts.push(`::: {.c}\n### [Mug ${i}](/p/${i})\n\n$${i}.00\n\nSave this item: ${name}${i} Share this item: ${name}${i}\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * `n` labelled author-page links and "By" lines whose "By" is a link's words, all above the title (`metadata/
 * bylinesBeforeTitle.ts`): only the ones in the window just above the title are read (a label before the link on its
 * line; the "By" line's links once each). One pass over the nodes; nothing per pair.
 */
export function bylinesAboveATitle(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) parts.push(`-   **Author:** [Writer ${i}](/author/writer-${i}/) by [By State ${i}](/venues/${i}) [By Style](/s)\n\nBy [By Region ${i}](/r/${i}), with a comma.\n\n`);
	parts.push('# A post about hollyhocks against a sunny wall\n\nHollyhocks want a sunny wall, deep soil and patience, and they seed themselves along the path.\n');
	return parts.join('');
}

/**
 * `n` author boxes under one name after an article: a picture named after the person then the name, and an empty
 * author-page link then the name (metadata/authorBoxPairs.ts). One pass over the nodes; each pair looks a bounded
 * number of nodes ahead.
 */
export function authorBoxesUnderOneName(n: number): string {
	const parts: string[] = ['# Forcing rhubarb under a pot\n\nRhubarb forces early if you cover the crown with a tall pot in late winter, and the stalks grow pale and sweet.\n\n'];
	for (let i = 0; i < n; i++) parts.push(`::: {.b${i % 7}}\n![Picture of Orla Fennimore](/img/${i}.jpg)\n\n#### Orla Fennimore\n\n[](/author/orla-${i}/)\n\nOrla Fennimore\n:::\n\n`);
	return parts.join('');
}

/**
 * A post title, then `n` dates each linked to its own day archive and `n` more to their month archive (a calendar of
 * posts), each link's target read once by one bounded regex (metadata/archiveDateLinks.ts), the list set aside once.
 */
export function archiveDateLinksUnderATitle(n: number): string {
	const parts: string[] = ['# Forcing rhubarb under a pot\n\nRhubarb forces early if you cover the crown with a tall pot in late winter.\n\n'];
	for (let i = 0; i < n; i++) {
		const m = String((i % 12) + 1).padStart(2, '0');
		const d = String((i % 28) + 1).padStart(2, '0');
		parts.push(`-   [[${d}.${m}.2024]{.c${i % 5}}](https://example.com/2024/${m}/${d}/)\n-   [${d}.${m}.2023](/blog/2023/${m}/?p=${'9'.repeat(i % 150)})\n`);
	}
	return parts.join('');
}

/**
 * A product (name, price, cart button) followed by `n` sections headed "Customer reviews", each with a rating summary
 * and a review, then `n` more headed "Reviews" whose summary never comes (images first): detected as a product, each
 * heading is judged once, its summary looked for in a bounded run of blocks (heuristics/reviewSections.ts), and the
 * rating at the name is looked for once (kinds/ratingAtName.ts).
 */
export function reviewSectionsAfterAProduct(n: number): string {
	const parts: string[] = ['# Ember table lantern\n\n4.5 out of 5 stars (1,204)\n\n$49.00\n\n[Add to cart](/cart)\n\nA lantern of brass and glass that burns for six hours on one fill.\n\n'];
	for (let i = 0; i < n; i++) parts.push(`## Customer reviews\n\n${(i % 5) + 1},${String(i % 1000).padStart(3, '0')} global ratings\n\n### Review ${i}\n\nBright and steady, it lit the whole porch for a summer evening.\n\n`);
	for (let i = 0; i < n; i++) parts.push(`## Reviews\n\n![](/img/${i}.jpg)\n\n![](/img/${i}b.jpg)\n\n`);
	return parts.join('');
}

/**
 * A grid of `n` priced cards, each with a quick-shop panel named by its label, a drawer beside it of one unpriced
 * panel per card, and category prose after a pager (session 42: kinds/gridBesideProse.ts, kinds/cardDetailPanels.ts,
 * heuristics/cardForms.ts's quick-buy label).
 */
export function quickPanelsDrawerAndProse(n: number): string {
	const cards: string[] = [];
	const panels: string[] = [];
	for (let i = 0; i < n; i++) {
		cards.push(`::: {.k}\n## [Camera ${i}](/p/${i})\n\n$${i}.95\n\n::: q\n::: l\nQuick Shop\n:::\n\nSize\n\n1 bag 2 bags 5 bags\n\n1 bag - $19.992 bags - $39.98\n:::\n:::\n\n`);
		panels.push(`::: {.d}\nMeet camera ${i}, made for long days outside: it keeps going through rain and cold.\n:::\n\n`);
	}
	const prose = 'Cameras come in a range of shapes, sizes and styles, and the first step is to know what you will use one for. '.repeat(20);
	return `# Cameras\n\n::: w\n::: {.g}\n${cards.join('')}:::\n\n::: {.r}\n${panels.join('')}:::\n:::\n\n[Previous](/c?p=0)\n\n::: s\n${prose}\n\n${prose}\n:::\n`;
}

/**
 * A board with opaque class words whose `n` posts each carry a member link, a stamp and a subject linked to the post
 * through the thread's address ("Re: <topic>", kinds/anonymousPosts.ts `teaserUnits`): each unit's headings are read
 * once, their subjects counted in one map.
 */
export function repeatedSubjectsInAThread(n: number): string {
	const parts = ['# Sink gurgles when the machine drains\n\n::: {.w9z}\n'];
	for (let i = 0; i < n; i++) {
		const re = i === 0 ? '' : 'Re: ';
		parts.push(`::: {.x7q}\n[member${i}](/members/m.${i}/) Mar ${(i % 28) + 1}, 2024\n\n::: {.b5t}\n### [${re}Sink gurgles when the machine drains](./viewtopic.php?p=${i}#p${i})\n\nMessage ${i} of the thread: the vent was blocked, and a hose cleared it, so the sink drains quietly now.\n:::\n:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A shop page whose content waits hidden with `n` short hidden notices beside it, and `n` cards each printing an empty
 * unit-price template ("Unit price / per", priceLabels.ts) and one nested ten spans deep, every level opening with a price
 * label: the notices are measured once each (heuristics/hiddenAlternatives.ts), and each span's rest is read only when short.
 */
export function unitPricesAndHiddenNotices(n: number): string {
	const parts = ['[Skip](#m)\n\n::: {#m}\n'];
	for (let i = 0; i < n; i++) parts.push(`::: {.n style="display:none"}\nNotice ${i}: sign in to see this page.\n:::\n\n`);
	const prose = 'Our roasters pick the beans by hand and roast them on Monday in small drums by the river, so every bag reaches you within days. '.repeat(4);
	parts.push(`::: {.c style="display:none"}\n# Coffee\n\n${prose}\n\n${prose}\n\n`);
	const deep = `${'[[Unit price]{.u} '.repeat(10)}/ per${']{.v}'.repeat(10)}`;
	for (let i = 0; i < n; i++) parts.push(`-   [Roast ${i}](/p/${i})\n\n    A medium roast with notes of cocoa and cherry.\n\n    \\$${i}.99\n\n    [[Unit price]{.u} [[/]{aria-hidden="true"} [ per ]{.u}]{.w}]{.x} ${i % 2 === 0 ? deep : ''}\n\n`);
	parts.push(':::\n:::\n');
	return parts.join('');
}

/** A thread's box among boxes of its class word, its posts each with a signature as a second body: all class words opaque. */
export function wrappedPostsWithSignatureBodies(n: number): string {
	const parts = ['# Sink gurgles when the machine drains\n\n::: {.g6h}\n::: {.w9z}\n'];
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.x7q}\n::: {.k2m}\n[member${i}](/members/m.${i}/)\n:::\n\n::: {.m2c}\n::: {.d8r}\nMar ${(i % 28) + 1}, 2024\n:::\n\n::: {.r1c}\n::: {.b5t}\nMessage ${i} of the thread: the vent was blocked, and a hose cleared it, so the sink drains quietly now.\n:::\n:::\n\n::: {.s3g}\n::: {.b5t}\nSignature of member ${i}.\n:::\n:::\n:::\n:::\n\n`);
	}
	parts.push(':::\n:::\n\n::: {.g6h}\n[sidebar](/members/s.1/) Feb 2, 2024\n\nA similar question about a slow drain.\n:::\n\n::: {.g6h}\n[aside](/members/s.2/) Feb 3, 2024\n\nA similar question about a slow drain.\n:::\n');
	return parts.join('');
}

/**
 * A product with a price container's label under its name, then `n` reviews whose stars are CSS images read by their
 * labels (kinds/reviewWidgets.ts `imageLabel`): every second label is a near miss of the rating pattern as long as a
 * review line may be, with spans of no role beside it. Each empty line's first inlines are read once.
 */
export function labelledStarsInReviews(n: number): string {
	const parts = ['# Studio Microphone\n\n::: {.p aria-label="current price $549.00"}\n[\\$549.00]{aria-hidden="true"}\n:::\n\nAdd to cart\n\n::: {.w}\n'];
	const miss = `${'5'.repeat(40)} out of ${'5'.repeat(30)}`;
	for (let i = 0; i < n; i++) {
		const label = i % 2 === 0 ? 'Rated 5 out of 5 stars' : miss;
		parts.push(`::: {.r}\nby Reviewer ${i} on March 3, 2025\n\n[ ]{.a}[ ]{.b role="img" aria-label="${label}"}\n\nA short review number ${i} of the microphone.\n:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A thread of `n` posts under opaque class words, each a header box (the poster's link, a member menu line, a member
 * title of a few, a compact age "· 3y" after a run of separator dots) beside its message box: the stamp test reads each
 * unit's text once (kinds/flatPosts.ts), the repeated-lines rule counts each header line for the post after it in one
 * merge walk (heuristics/repeatedPostLines.ts).
 */
export function headedPostsWithCompactAges(n: number): string {
	const parts = ['# Which host for a small shop?\n\n::: {.w9z}\n'];
	const dots = '· '.repeat(40);
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.x7q}\n::: {.k2m}\n[member${i}](/members/m.${i}/)\n\n- [View Forum Posts](/search?u=${i})\n\n${i % 3 === 0 ? 'Web Hosting Master' : 'Junior Guru'}\n\n${dots}${i % 9}y\n:::\n\n::: {.b5t}\nMessage ${i} of the thread: phone support first, then the location of the servers and the price.\n:::\n:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A thread of `n` posts, each with its share box printing the post's address (a `#` run of 300 in its fragment) and its
 * date run into a relative age inside emphasis, beside a message: every line's address and every span pair are read once
 * (heuristics/permalinkLines.ts, dateTwins.ts).
 */
export function permalinksAndDateTwins(n: number): string {
	const parts = ['# Which outboard for the club boat?\n\n::: {.w9z}\n'];
	const hashes = '#'.repeat(300);
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.message-box}\n[member${i}](/profile/${i}-m/)\n\n::: k8\nhttps://boats.example.org/topic/412-outboard/#findComment-${i}${hashes}\n:::\n\n**Posted [March ${(i % 27) + 1}, 2024]{.x1}[${(i % 9) + 1} yr]{.x2}[${i % 5}h]{.x3}**\n\nMessage ${i} of the thread: a four-stroke of ten horsepower, then the dealer by the estuary and the price.\n:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A grid of `n` cards, each with a label whose value the title holds, a price line and a second price box (the same amount and five more, or a near miss that
 * fails at its last amount), then `n / 4` select lines of a counting run that breaks at its last number and `n / 4` that
 * count whole, each in its own small box: every card's lines and every select line are read once (heuristics/
 * cardPriceRepeats.ts, orphanLabels.ts, optionRuns.ts).
 */
export function doubledPricesAndOptionRuns(n: number): string {
	const parts = ['# Wallets\n\nAnodised aluminium wallets that hold twelve cards and a few folded notes, made to last a lifetime of pockets.\n\n::: g1\n'];
	const amounts = (i: number): string => Array.from({ length: 5 }, (_, k) => `\\$${i + k}.95`).join(' ');
	for (let i = 0; i < n; i++) {
		parts.push(`::: c1\n### [Wallet ${i}](/p/${i})\n\nVendor:\n\n::: v1\nWallet\n:::\n\n::: p1\n[\\$${i}.95]{.p2}\n:::\n\n::: p3\n[\\$${i}.95]{.p2} ${amounts(i)}${i % 2 === 0 ? '' : ' x'}\n:::\n:::\n\n`);
	}
	parts.push(':::\n\n');
	const run = Array.from({ length: 200 }, (_, k) => String(1800 + k)).join(' ');
	for (let i = 0; i < n / 2; i++) parts.push(`::: f${i % 7}\nName\n\n::: s1\nYear ${run}${i % 2 === 0 ? ' 1' : ''}\n:::\n\nSubmit\n:::\n\n`);
	return parts.join('');
}

/**
 * A post followed by `n` comment sections, each a box whose heading ("12 Comments") sits in a wrapper of its own,
 * then a comment (heuristics/commentThreads.ts): every container's first child with text is looked at once, and a
 * heading's wrappers are climbed down at most twice.
 */
export function commentSectionsAfterAPost(n: number): string {
	const parts = ['# A kitchen spray against aphids\n\nThe spray is warm water, a spoonful of soap and a clove of garlic, sprayed in the evening.\n\n'];
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.k${i % 5}}\n::: {.w${i % 3}}\n## ${i + 1} Comments\n:::\n\n[reader${i}](/u/${i}) March ${(i % 28) + 1}, 2024\n\nComment ${i}: the garlic smell fades in a day, and the soap alone works on soft aphids.\n\n[Reply](#r${i})\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * A thread's opening post and `n` comment sections after it, each section a "Comments" heading over a reply built of
 * the post's own five boxes (heuristics/commentThreads.ts `repeatsPostBoxes`): every section reads a bounded number of
 * blocks on each side, so the test stays linear however many sections stand before it.
 */
export function threadBoxesUnderCommentHeadings(n: number): string {
	const unit = (i: number): string => `::: {.q1 .h7}\n::: w3\n[member${i}](/profile/${i})\n:::\n\n::: {.m2 .d5}\nMarch ${(i % 28) + 1}, 2025\n:::\n:::\n\n::: b8\n::: b9\n::: {.u4 .c6}\nReply ${i}: the old address forwards for a year, and drafts move with the posts.\n:::\n:::\n:::\n`;
	const parts = ['# Moving the board to another host\n\n::: i5\n', unit(0), ':::\n\n'];
	for (let i = 1; i <= n; i++) parts.push(`::: x${i % 4}\n## Comments\n\n${unit(i)}:::\n\n`);
	return parts.join('');
}

/**
 * A mega-menu of `n` boxed link tiles above a title (each box an empty link, then a box of a title and a line:
 * kinds/menuAboveTitle.ts `linkTileLeaves`, one walk of the tree), then `n` comment sections each under a header band
 * whose plain line counts its comments, every other one a near miss with long digit runs (heuristics/commentThreads.ts
 * `isCountedHeaderBand`, a bounded pattern on short lines).
 */
export function boxedTilesAndCountedCommentBands(n: number): string {
	const parts = ['::: m0\n'];
	for (let i = 0; i < n; i++) parts.push(`::: m1\n[](/s/${i}){.t}\n\n::: m2\nTile ${i}\n\nWhat tile ${i} does for a team, in one line.\n:::\n:::\n\n`);
	parts.push(':::\n\n# A list of the best tiles\n\nThe list readers voted for.\n\n');
	for (let i = 0; i < n; i++) {
		const count = i % 2 === 0 ? `Comments [ Showing 1-${i % 50} of ${i} ]` : `Comments [ Showing ${'1'.repeat(60)}-${'2'.repeat(60)} of`;
		parts.push(`::: b1\n::: b2\n##  {#s${i}}\n\n[Post a comment »](#f${i})\n\n${count}\n:::\n\n::: b3\n[reader${i}](/u/${i}): the tile ${i} belongs higher on this list.\n:::\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * A page of `n` demo forms, each three starred labels then two drop-down lines (an ellipsis prompt, then options; one
 * of 7,000 characters of option words) and a near miss (a prompt of 40 letters that never reaches its ellipsis, then a
 * long run of options that ends in a sentence): heuristics/selectLines.ts reads each line with anchored, bounded patterns.
 */
export function selectLineForms(n: number): string {
	const parts = ['# Our network\n\nPages load fast everywhere, on every device, whatever the time of day.\n\n'];
	const options = 'Option '.repeat(1000);
	for (let i = 0; i < n; i++) {
		const options_ = i % 10 === 0 ? options : 'Small Medium Large';
		parts.push(`::: f\nName \\*\n\nEmail \\*\n\nCompany \\*\n\nSelect your size\\... \\* ${options_}\n\nChoose one\\... Red Green Blue\n\n${'a'.repeat(40)} ${'Option '.repeat(30)}and more. Done\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * A category page with `n` cards, each with a row of three picture links to its variants (heuristics/swatchRows.ts:
 * each card line's inlines walked once, a bounded depth) and a filter form of `n / 10` small counted groups with their
 * buttons (heuristics/countedFacets.ts `climbPanelGroups`: each panel climbs at most 12 boxes once), the options' labels
 * ending in a bare count ("Oak 12 products").
 */
export function swatchRowsAndCountedGroups(n: number): string {
	const parts = ['# Shelves\n\nShelves of birch and oak, cut and oiled by hand in our workshop by the river.\n\n::: {.form}\n'];
	for (let i = 0; i < n / 10; i++) parts.push(`::: {.grp}\nFinish ${i}\n\n-   [Oak ${i} 12 products](/f${i})\n-   [Ash ${i} (9 products)](/a${i})\n\n::: {.btn}\n[Clear](/c)\n\nApply\n:::\n:::\n\n`);
	parts.push(':::\n\n::: {.grid}\n');
	const swatch = (i: number, c: string): string => `[[Option: Shelf ${i}, ${c} stained finish, 31x79]{.q}![](/img/${c}${i}.jpg)](/p/${i}-${c})`;
	for (let i = 0; i < n; i++) parts.push(`::: {.card}\n[![](/img/${i}.jpg)](/p/${i})\n\n### [Shelf ${i}, birch](/p/${i})\n\n$${i}.00\n\nMore options${swatch(i, 'oak')}${swatch(i, 'ash')}${swatch(i, 'elm')}\n:::\n\n`);
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A product page with a country selector of `n` entries marked with languages, each in a div of its own, and `n`
 * country lines with near misses of the currency pattern ("Malta (EUR €" unclosed, "(eur €)" lower case), in nested
 * boxes (kinds/localePickers.ts): one bottom-up pass over the blocks, capped language sets, a bounded regex on short lines.
 */
export function localePickersBesideAProduct(n: number): string {
	const parts: string[] = ['# Trail Runner 4\n\n$120.00\n\n[Add to cart](/cart)\n\nA light running shoe with a springy foam midsole.\n\n::: {.p0}\n'];
	const langs = ['en-gb', 'fr-fr', 'de-de', 'es-es', 'it-it', 'ja-jp', 'pt-br', 'nl-nl'];
	for (let i = 0; i < n; i++) parts.push(`::: {.p1}\n#### Country ${i} {lang="${langs[i % langs.length]}"}\n\nLanguage ${i}\n:::\n\n`);
	parts.push(':::\n\n::: {.p2}\n');
	for (let i = 0; i < n; i++) parts.push(`::: {.p3}\n- Country ${i} (EUR € ${'x'.repeat(i % 50)}\n- Country ${i} (eur €)\n:::\n\n`);
	parts.push(':::\n');
	return parts.join('');
}

/**
 * A category page with `n` cards, each printing a path of four category links above its title
 * (heuristics/cardCategoryPaths.ts: each card line's inlines walked once, a bounded depth; one pass to count, one to
 * drop) and every tenth a © credit line (kinds/collectionCopyright.ts: the page's text after the © line is one walk
 * down the containers that straddle it), then a footer closed by a © line.
 */
export function categoryPathsAndCopyrightCredits(n: number): string {
	const parts = ['# Outdoor gear\n\nBags, stools and boxes for the back of the truck, built to last on rough tracks for years.\n\n::: {.grid}\n'];
	for (let i = 0; i < n; i++) {
		const credit = i % 10 === 9 ? `© Photo ${i}: Ann Lee\n\n` : '';
		parts.push(`::: {.card}\n[Travel ${i}](/c/t${i}) / [On Sale](/c/s) / [Outdoor](/c/o) / [Gear ${i % 7}](/c/g${i % 7})\n\n### [Gear bag ${i}](/p/${i})\n\n${credit}$${i}.00\n:::\n\n`);
	}
	parts.push(':::\n\n::: {.foot}\nJoin us\n\n-   [About](/a)\n-   [Careers](/c)\n\n© 2026 Bush Yard. All rights reserved.\n:::\n');
	return parts.join('');
}

/**
 * A thread of `n` posts, each with a poster card written as a definition list (a name over a rank, "Registered:" and
 * "Posts:" lines; every third card's name is a sentence, which names no one) and a "Posted <date>" line of its own, and
 * as many near misses ("Posted by member on <date>", "Published <a long sentence>"): the cards' definitions and the
 * page's label lines are each read once (metadata/posterCards.ts, labelledDateLines.ts).
 */
export function posterCardsAndLabelledDateLines(n: number): string {
	const parts = ['# Which outboard for the club boat?\n\n'];
	for (let i = 0; i < n; i++) {
		const name = i % 3 === 0 ? `The member who asked about the boat in the harbour ${i}` : `member_${i}`;
		parts.push(`::: k1\n**${name}**\n:   **Member**\n:   Registered: 2019-03-${(i % 27) + 1}\n:   Posts: ${i}\n:::\n\nPosted March ${(i % 27) + 1}, 2024\n\nPosted by member_${i} on March ${(i % 27) + 1}, 2024\n\nPublished ${'a'.repeat(i % 40)} and then some ${i}\n\nMessage ${i}: a four-stroke of ten horsepower, then the dealer by the estuary.\n\n`);
	}
	return parts.join('');
}

/**
 * A thread of `n` posts laid out as one grid table's rows, with opaque class words: each row a header box (member link, age) and the
 * post's numbered box, whose message sits five boxes deep and is followed by a signature box at every level of that chain. The table's
 * cells are read once as one run of siblings (kinds/flatPosts.ts) and each post's body chain and trailing boxes once (heuristics/
 * trailingBoxes.ts).
 */
export function tablePostsWithTrailingBoxes(n: number): string {
	const rows: string[][] = [];
	for (let i = 0; i < n; i++) {
		const chain: string[] = [];
		for (let d = 0; d < 5; d++) chain.push(`::: b${d}`);
		chain.push(`Message ${i} of the thread: the chain slips on the small cog, so measure it and fit a new one.`);
		for (let d = 4; d >= 0; d--) chain.push(':::', `::: s${d}`, `Signature ${i}.${d}: riding steel since the nineties.`, ':::');
		rows.push(['::: h7k', `[rider${i}](/u/rider${i}) [${(i % 9) + 1} hours ago]{.a1}`, ':::', '', `::: {#post-${i} .p1}`, ...chain, ':::']);
	}
	const width = 72;
	const rule = `+${'-'.repeat(width + 2)}+`;
	const out = ['# Chain slipping on the smallest cog', '', rule];
	for (const r of rows) {
		for (const line of r) out.push(`| ${line.padEnd(width)} |`);
		out.push(rule);
	}
	return out.join('\n') + '\n';
}

// Session 47, branch coll52.
/**
 * A category of `n` shut filter panels of group names in boxes of their own (two facet names side by side; every other panel
 * with a near miss, a name with a figure, and a linked name), with opaque class words, then a list of `n` priced cards: every
 * line is read once in reading order and each run once (heuristics/facetHeadings.ts).
 */
export function shutFacetPanelsBesideCards(n: number): string {
	const out = ['# Camp lanterns', '', 'Sort by price: low to high Sort by newest', ''];
	for (let i = 0; i < n; i++) {
		for (const name of ['Brand', 'Color', i % 2 === 0 ? 'Size' : `Size ${i % 7}`, 'Price']) out.push(`::: f${i % 5}`, name, ':::', '');
		if (i % 2 === 1) out.push(`[Lantern brand ${i}](/b/${i})`, '');
	}
	for (let i = 0; i < n; i++) out.push(`-   [Lantern ${i}](/p/${i})`, '', `    $${(i % 90) + 10}.99`, '');
	return out.join('\n') + '\n';
}

// Session 47, branch date52.
/**
 * An article whose title is followed by `n` datelines, each a date whose year runs into long digit runs and reading
 * times ("Mar 27, 20255 mins", "2025202520255 min"), and a far "Published <date>" line: the glued years are split
 * near the title and the labelled line read once (metadata/gluedDates.ts, labelledDateLines.ts).
 */
export function gluedReadingTimeDatelines(n: number): string {
	const parts = ['# Five podcasts for people who run small teams\n\n'];
	for (let i = 0; i < n; i++) {
		const year = 2000 + (i % 26);
		parts.push(i % 3 === 0 ? `Mar ${1 + (i % 28)}, ${year}${i % 60} mins\n\n` : i % 3 === 1 ? `${String(year).repeat(1 + (i % 9))}5 min\n\n` : `by Dana Rowe ${year}${i % 999}min read\n\n`);
	}
	parts.push('Published August 13, 2025\n');
	return parts.join('');
}

// Session 47, branch forum52: stamp lines above poster cards, summary toggles, tooltip dates, a column split, opening posts apart.

/**
 * A thread of `n` flat posts with opaque class words: each an anchor, a stamp line box and a message box that opens with
 * 240 characters of an avatar's data before the poster's `user-id` span (kinds/stampedHeaders.ts reads a bounded prefix); every
 * tenth message nested twenty boxes deep, each box preceded by its own stamp line; above them `n / 10` "Click For Summary"
 * toggles over a digest, and as many near misses (a label in a larger box, a label of other words) (heuristics/summaryToggles.ts).
 */
export function stampLinePostsAndSummaryToggles(n: number): string {
	const avatar = `![](data:image/png;base64,${'QUJD'.repeat(60)})`;
	const parts: string[] = ['# Rain barrel overflow floods the bed\n\n::: cz\n'];
	for (let i = 0; i < n / 10; i++) {
		parts.push('::: cs\n::: ct\nClick For Summary\n:::\n\n::: cw\n## Discussion Overview\n\nThe participants discuss a barrel that overflows.\n:::\n:::\n\n');
		parts.push('::: cs\n## Summary\n\nA story of barrels and beds, told at length.\n:::\n\n::: cs\n::: ct\nClick for the weather\n:::\n:::\n\n');
	}
	parts.push('::: ca\n');
	for (let i = 0; i < n; i++) {
		parts.push(`[]{#ip${i}}\n\n::: cq\n-   Oct ${(i % 28) + 1}, 2024\n-   #${i + 1}\n:::\n\n`);
		if (i % 10 === 0) {
			for (let d = 0; d < 20; d++) parts.push(`::: cq\nOct ${(d % 28) + 1}, 2024\n:::\n\n::: cu\n`);
			parts.push(`${avatar}\n\n[waterer${i}]{.cn user-id="${i}"}\n\nA nested reply ${i} about the diverter and the soakaway trench.\n\n`);
			for (let d = 0; d < 20; d++) parts.push(':::\n\n');
			continue;
		}
		parts.push(`::: cu\n${avatar}\n\n[waterer${i}]{.cn user-id="${i}"}\n\n::: cm\nReply ${i}: fit a diverter on the downpipe and run the overflow to a soakaway away from the bed.\n:::\n:::\n\n`);
	}
	parts.push(':::\n:::\n');
	return parts.join('');
}

/**
 * `n` posts with opaque class words whose ages carry their dates in a `title` attribute or a link's title (kinds/stampAttributes.ts;
 * every other post also holds a link of 1,500 characters whose title never closes), in a column
 * box beside a sidebar and two promo boxes of the column's token (kinds/anonymousPosts.ts splits the column); then `n / 4` boxes
 * of the next thread's reply token above its list of `n / 4` typed replies, half of them stamped and signed, half near misses
 * (kinds/openingPost.ts), and titles of 80 characters that never close their quote.
 */
export function tooltipPostsAndOpeningBoxes(n: number): string {
	const parts: string[] = ['# Rain barrel overflow floods the bed\n\n::: cg\n::: cc\n'];
	for (let i = 0; i < n; i++) {
		parts.push(`::: cp\n::: ch\n[waterer${i}](/users/waterer${i}){.cx}\n\n[ [${(i % 9) + 1}y]{.cd title="August ${(i % 28) + 1}, 2022 - 3:05pm"} ]{.ck}\n`);
		// Every other post stamped by an empty link titled with the machine date, beside a link whose title never closes.
		const linked = i % 2 === 0 ? `[wrote on [](/post/${i} "2024-11-27T15:50:23.066Z"){.cd}]\n\n[near](/${'a'.repeat(1500)} "${'y'.repeat(70)}\n` : '';
		parts.push(`${linked}[near]{title="${'x'.repeat(90)}}\n:::\n\n::: cb\nReply ${i}: a second barrel linked at the top doubles the store before anything overflows.\n:::\n:::\n\n`);
	}
	parts.push('::: cr\n## Trending threads\n\nOur weekly digest of the best garden threads lands every Friday morning.\n:::\n:::\n\n');
	for (let i = 0; i < 2; i++) parts.push(`::: cc\n[Garden club](/users/club${i}){.cx} · Sep ${i + 2}, 2024\n\nJoin the spring seed swap number ${i}.\n:::\n\n`);
	parts.push(':::\n\n');
	for (let i = 0; i < n / 4; i++) {
		const signed = i % 2 === 0 ? `[waterer${i}](/members/waterer${i}.1){.cx} · Oct 8, 2024` : 'No name and no date here at all';
		parts.push(`::: {.ck .cq}\n${signed}\n\nOpening post ${i}: our rain barrel overflows into the vegetable bed every time a storm comes.\n:::\n\n`);
	}
	parts.push('::: cl\n');
	for (let i = 0; i < n / 4; i++) {
		parts.push(`::: {.ck itemscope="" itemtype="https://schema.org/Comment"}\n[waterer${i}](/members/waterer${i}.2){.cx} · Oct 9, 2024\n\nReply ${i}: fit a diverter and run the hose to a gravel soakaway.\n:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

// Session 47, branch list52.
/**
 * A feed of `n` cards, each with two stamps on every card ("Comment", "Promoted"), a short line of its own, a counted
 * line and a paragraph of 2,000 one-letter words (kinds/cardStamps.ts: one count per short line, the word split capped
 * at four words, so the long paragraphs cost no more than the short ones).
 */
export function cardStampsInAFeed(n: number): string {
	const parts = ['# Garden journal\n\nNotes from the allotment, written up each week by the people who dig it.\n\n'];
	const long = 'a '.repeat(2000);
	for (let i = 0; i < n; i++) {
		const body = i % 20 === 0 ? long : 'A short summary of the week, in one sentence.';
		parts.push(`::: card\n### [Week ${i} in the beds](/p/${i})\n\n${body}\n\n[Comment](/c/${i})\n\nPromoted\n\nSeen by ${i}\n\nBed number ${i % 97}\n:::\n\n`);
	}
	return parts.join('');
}

// Session 47, branch title52.
/**
 * `n` h1s, each in a box of its own whose role is a near miss of the main landmark's ("main navigation", "mainly") and
 * every other one hidden, then the main landmark with its own h1 last: the landmark is found in one pass over the
 * boxes' attributes and the h1s are each read once (metadata/mainLandmarkH1.ts), the hidden ones each scored once.
 */
export function boxedH1sBeforeALateMainLandmark(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) {
		const hidden = i % 2 === 0 ? ' style="display:none;"' : '';
		const role = i % 3 === 0 ? 'main navigation' : 'mainly';
		parts.push(`::: {.q${i % 7} role="${role}" data-n="${i}"${hidden}}\n# Seed letter number ${i} of the season\n\nA line under the heading ${i}.\n:::\n\n`);
	}
	parts.push('::: {role="main"}\n# Planting garlic before the frost\n\nThe cloves go in a hand deep, pointed end up, a hand apart.\n:::\n');
	return parts.join('');
}

/**
 * `n` thread headings opening with a prefix label and a spacer span, and as many near misses (a label then a plain space,
 * a long first span then a spacer, a spacer with nothing after it): each heading's inlines are read once for its label
 * (metadata/headingPrefixLabels.ts).
 */
export function prefixLabelledHeadings(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) {
		const near = i % 4 === 1 ? `# [Tip ${i}]{.q1} Which chuck for lathe ${i}?` : i % 4 === 2 ? `# [${'long words '.repeat(6)}${i}]{.q1}[ ]{.q2}and more ${i}` : i % 4 === 3 ? `# [Tip ${i}]{.q1}[ ]{.q2}` : `# [Tip ${i}]{.q1 dir="auto"}[ ]{.q2}Which chuck for lathe ${i}?`;
		parts.push(`${near}\n\nA line of the thread ${i}.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 47 (prod52): a product page whose buy box runs up to a "Description" label (heuristics/buyBoxBeforeDescription.ts:
 * one bounded walk of at most 40 lines after the text's first block, each block's lines read once), with a list of `n`
 * swatches and a table of `n` rows inside the run, then `n` short lines and `n` "Description" labels after it.
 */
export function buyBoxBeforeDescriptionLabels(n: number): string {
	const parts: string[] = ['# Harbour Tee\n\n$28.00\n\nSize guide\n\n'];
	for (let i = 0; i < n; i++) parts.push(`-   Swatch ${i}\n`);
	parts.push('\n| Size | Chest |\n|------|-------|\n');
	for (let i = 0; i < n; i++) parts.push(`| S${i} | ${i} cm |\n`);
	parts.push('\nIn stock\n\nDescription\n\nA heavy loopback cotton tee that keeps its shape, with a relaxed shoulder and a hem at the hip.\n\n');
	for (let i = 0; i < n; i++) parts.push(i % 2 === 0 ? `Line ${i}\n\n` : 'Description\n\n');
	return parts.join('');
}

/**
 * Session 47 (prod52): a product page with `n` sign-up lines and near misses (heuristics/signupLines.ts: one anchored
 * regex with bounded repeats per line of at most 700 characters), every tenth a 690-character consent run without its
 * closing words, in paragraphs and list items.
 */
export function signupLinesOnAProduct(n: number): string {
	const parts: string[] = ['# Tidewater Kettle\n\n$89.00\n\n[Add to cart](/cart)\n\nA copper kettle lined with tin, hammered by hand by the harbour.\n\n'];
	for (let i = 0; i < n; i++) {
		if (i % 10 === 9) parts.push(`I can unsubscribe at any ${'time '.repeat(137)}\n\n`);
		else if (i % 3 === 0) parts.push(`-   Subscribe ${'to our '.repeat(i % 12)}newsletter ${i}\n\n`);
		else if (i % 3 === 1) parts.push(`Sign up ${'x'.repeat(i % 70)} for ${i} e-mails\n\n`);
		else parts.push(`Email me when ${i} is back\n\n`);
	}
	return parts.join('');
}

/**
 * Session 47 (prod52): a product page with `n` variant select lines and near misses (heuristics/variantPickerLines.ts:
 * a sticky option pattern with a bounded lazy name, one pass along each line of at most 2,000 characters): lines of
 * options run together, each tenth 1,990 characters of options that end in a name without a price, and lines of 59
 * dashes and spaces before a price.
 */
export function variantSelectLines(n: number): string {
	const parts: string[] = ['# Tidewater Kettle\n\n$89.00\n\n[Add to cart](/cart)\n\nA copper kettle lined with tin, hammered by hand by the harbour.\n\n'];
	for (let i = 0; i < n; i++) {
		if (i % 10 === 9) parts.push(`${'Sea Green / 1 l - $89.00'.repeat(82)}Slate\n\n`);
		else if (i % 2 === 0) parts.push(`Copper ${i} - $${i}.00Brass ${i} - ${i},00 €\n\n`);
		else parts.push(`${'- '.repeat(29)}- -- $${i}\n\n`);
	}
	return parts.join('');
}

/**
 * Session 47 (prod52): a product page with `n` shop control lines and near misses (heuristics/shopControlLines.ts: one
 * anchored pattern per line of at most 100 characters, and the name's "<name> quantity" compared once): labels, the
 * name's quantity line, and 99-character lines that open like a label.
 */
export function shopControlLinesOnAProduct(n: number): string {
	const parts: string[] = ['# Tidewater Kettle\n\n$89.00\n\n[Add to cart](/cart)\n\nA copper kettle lined with tin, hammered by hand by the harbour.\n\n'];
	for (let i = 0; i < n; i++) {
		if (i % 4 === 0) parts.push('Tidewater Kettle quantity\n\n');
		else if (i % 4 === 1) parts.push(`Rated 4.${i % 10} out of 5 based on ${i} customer ratings\n\n`);
		else if (i % 4 === 2) parts.push(`Size guide ${'s'.repeat(88)}\n\n`);
		else parts.push(`-   (${i} customer reviews ${'x'.repeat(i % 80)}\n`);
	}
	return parts.join('');
}

/**
 * Session 48 (prod53): a product page with `n` collapsed disclosure buttons, each followed by a hidden panel
 * (heuristics/toggledPanels.ts: one look at the block before each hidden container, and at most six inlines three deep
 * of it, and at most 40 blocks or 1,000 characters of the panel for its links), and near misses: an open button, a
 * button past the sixth inline, one nested past the third span; then chains of toggled panels nested fifty deep.
 */
export function toggledPanelsOnAProduct(n: number): string {
	const parts: string[] = ['# Cedar Beard Balm\n\n$18.00\n\n[Add to cart](/cart)\n\nA balm of cedar and orange oils, stirred by hand in copper pans.\n\n'];
	for (let i = 0; i < n; i++) {
		if (i % 4 === 0) parts.push('[ **See all** ]{role="button" aria-expanded="false"}\n\n');
		else if (i % 4 === 1) parts.push('[ See all ]{role="button" aria-expanded="true"}\n\n');
		else if (i % 4 === 2) parts.push(`${'*a* '.repeat(8)}[more]{aria-expanded="false"}\n\n`);
		else parts.push('[[[[[deep]{aria-expanded="false"}]{.a}]{.b}]{.c}]{.d}\n\n');
		parts.push(`::: {.p${i % 7} style="display: none;"}\nPanel ${i}: almond, apricot and grapeseed oils with vitamin E.\n:::\n\n`);
	}
	// Toggled panels nested fifty deep, each opening with a long line of links: every level reads its first lines.
	for (let j = 0; j < n / 100; j++) {
		for (let d = 0; d < 50; d++) parts.push(`[ More ]{aria-expanded="false"}\n\n::: {.n${d} style="display: none;"}\n`);
		parts.push(`${'[oil](/o) '.repeat(400)}\n\n`);
		for (let d = 0; d < 50; d++) parts.push(':::\n\n');
	}
	return parts.join('');
}

// Session 48, branch coll53.
/**
 * Session 48 (coll53): `n` boxes in rows of eight for the shape grid (kinds/shapeGrid.ts: each container grouped once
 * under its parent by the kinds of its first twelve children, a box's text read only when it is short and linked) and the
 * grid fallback (kinds/gridFallback.ts), under a long article, no class word anywhere (so no class-word grid and the
 * fallback asks for the shape grid): row by row, eight boxes of one shape (so each row is a
 * group whose boxes are read for a price), by turns boxes of forty short lines and a linked, priced name, boxes of 1,400
 * characters with a linked name and a price at their end, and priced cards nested ten boxes deep.
 */
export function shapeGridBoxes(n: number): string {
	const parts = ['# Garden notes\n\n', `${'We grew beans, squash and maize together on the old terrace this year, and the soil held. '.repeat(40)}\n\n`];
	for (let i = 0; i < n; i++) {
		if (i % 8 === 0) parts.push(':::: {data-row="1"}\n');
		const kind = Math.floor(i / 8) % 3;
		if (kind === 0) parts.push(`::: {data-box="1"}\n${'Row of seedlings\n\n'.repeat(40)}[Seed tray ${i}](/p/${i})\n\n$${i % 90}.99\n:::\n\n`);
		else if (kind === 1) parts.push(`::: {data-box="1"}\n${'x'.repeat(1400)}\n\n[Trowel ${i}](/p/${i}) $${i % 90}.50\n:::\n\n`);
		else parts.push(`${'::: {data-box="1"}\n'.repeat(10)}[Planter ${i}](/p/${i})\n\n$${i % 90}.00\n${':::\n'.repeat(10)}\n`);
		if (i % 8 === 7) parts.push('::::\n\n');
	}
	return parts.join('');
}

/**
 * Session 48 (forum53): `n` list items each holding a header box (a member link, an age whose tooltip is the date), a
 * message box and a footer box, every class word opaque (kinds/listItemPosts.ts `stampedItem`: each item's source read
 * once for a tooltip date), every tenth item's message holding a list nested twenty deep whose items are stamped
 * posts too; then two stamped, signed message boxes (kinds/postPair.ts: one walk to the first h1, each box's source
 * read from its start, capped) and a long dialog after them (kinds/choiceAfterPosts.ts).
 */
export function listItemPostsAndPairsBeforeADialog(n: number): string {
	const parts: string[] = ['# Saved routes on the phone\n\n'];
	const item = (indent: string, i: number): string =>
		`${indent}-   []{#i${i}}\n\n${indent}    ::: ch\n${indent}    [pilot${i}](/user/pilot${i}) [[]{.ct title="2026-01-1${i % 10}T08:00:18.032Z"}](/post/${i})\n${indent}    :::\n\n` +
		`${indent}    ::: cm\n${indent}    Save them as favourites on the laptop and they follow the account to the phone ${i}.\n${indent}    :::\n\n` +
		`${indent}    ::: cb\n${indent}    [1 Reply]{.cr} [Reply](#){.cl} [Quote](#){.cl}\n${indent}    :::\n\n`;
	for (let i = 0; i < n; i++) {
		parts.push(item('', i));
		if (i % 10 === 9) for (let d = 1; d <= 20; d++) parts.push(item('    '.repeat(d), i * 100 + d));
	}
	for (let i = 0; i < 2; i++) parts.push(`::: {.cq .post-message}\n[poster${i}](/profile/${i}-poster/) · March ${19 + i}, 2024\n\nA short message about the brackets in the bottom of the case, number ${i}.\n:::\n\n`);
	parts.push(`::: cx\n## Manage your preferences\n\n${'When you visit a website it may keep small files on your browser to remember what you chose. '.repeat(400)}\n:::\n`);
	return parts.join('');
}

/**
 * Session 48 (meta53): a page with `n` hidden boxes near the title that each hold a plain date, and as many shown ones
 * (metadata/hiddenDates.ts: one flag read per date node), every fourth hidden one with its own date markup.
 */
export function hiddenDatesNearATitle(n: number): string {
	const parts: string[] = ['# Shade plants for a dark hallway\n\n'];
	for (let i = 0; i < n; i++) {
		const day = (i % 28) + 1;
		if (i % 4 === 0) parts.push(`[March ${day}, 2026]{itemprop="datePublished" hidden=""}\n\n`);
		else if (i % 2 === 0) parts.push(`::: {#h${i} hidden=""}\nMarch ${day}, 2026\n:::\n\n`);
		else parts.push(`::: {#s${i} aria-hidden="false"}\nApril ${day}, 2025 and a few words\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * Session 48 (meta53): a post with `n` name links under its title to compound folders (metadata/compoundAuthorPaths.ts: one
 * pattern anchored at a slash whose free run stops at the next slash): near misses with long dashed folder names and
 * no slug, empty links before names, and every tenth a real writer's page.
 */
export function compoundAuthorFolderLinks(n: number): string {
	const parts: string[] = ['# Forcing rhubarb under a pot\n\n'];
	for (let i = 0; i < n; i++) {
		if (i % 10 === 0) parts.push(`[](/blog-authors/orla-${i})\n\nOrla Fennimore\n\n`);
		else if (i % 2 === 0) parts.push(`[Orla Fennimore](/${'a-'.repeat(40)}authors-${'b_'.repeat(20)}writers)\n\n`);
		else parts.push(`[Tobias Wren](/guest-contributors/${'c'.repeat(90)}/x)\n\n`);
	}
	return parts.join('');
}

/**
 * Session 48 (kind53): a listing of `n` linked-title cards beside a language menu of `n` marked entries in nested boxes
 * (kinds/localeMenus.ts: localePickers.ts's one bottom-up pass over the blocks, language sets capped), every tenth entry
 * a long marked paragraph (a near miss: too long per entry), and a landing page's worth of headed sections after it.
 */
export function localeMenusOnAListing(n: number): string {
	const parts: string[] = ['# Trail notes\n\nEvery walk we have written up, newest first.\n\n::: {.f0}\n'];
	for (let i = 0; i < n; i++) parts.push(`::: {.f1}\n### [Walk ${i} by the river](/w/${i})\n\nA loop of ${i % 20} miles.\n:::\n\n`);
	parts.push(':::\n\n::: {.f2}\n');
	const langs = ['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv'];
	for (let i = 0; i < n; i++) {
		const lang = langs[i % langs.length];
		if (i % 10 === 9) parts.push(`::: {.f3}\n[${'Eine lange Beschreibung des Weges. '.repeat(8)}]{lang="${lang}"}\n:::\n\n`);
		else parts.push(`::: {.f3}\n::: {.f4}\n-   [Sprache ${i}](/${lang}/){hreflang="${lang}"}\n:::\n:::\n\n`);
	}
	parts.push(':::\n\n## Contact\n\nWrite to us at the trail office.\n');
	return parts.join('');
}

/**
 * Session 48 (kind53): a landing page of `n` sections, each opening with an ordered trail of short links nested in boxes
 * (kinds/listTrails.ts: one walk down the read, each list's items looked at once), every other one a near miss (a
 * seventh level, a long title, a link inside text), and every tenth trail 30 boxes deep.
 */
export function orderedTrailsInSections(n: number): string {
	const parts: string[] = ['# Boat yard\n\nHand-built wooden boats, restored and sold from our yard by the estuary.\n\n'];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 9 ? 30 : 2;
		const open = Array.from({ length: depth }, (_, d) => `::: {.t${d}}\n`).join('');
		const close = ':::\n'.repeat(depth);
		const trail =
			i % 2 === 0
				? `1.  [Home](/)\n2.  [Boats](/b)\n3.  Dinghy ${i}\n`
				: i % 4 === 1
					? Array.from({ length: 7 }, (_, k) => `${k + 1}.  [Level ${k}](/l${k})`).join('\n') + '\n'
					: `1.  [How we restored a clinker dinghy over one long winter ${i}](/a${i})\n2.  [Home](/) and more\n`;
		parts.push(`${open}${trail}${close}\n## Section ${i}\n\nWe sand, prime and paint each hull by hand in ${i % 9} weeks.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 49 (prod54): a product page with `n` sections of nested levels after its description, whose bare prices the
 * buy-box step removes (heuristics/removedPrices.ts: one sort of the removed prices and one pass along the blocks;
 * heuristics/pricedSections.ts: a constant look-up per block of a section): sections of one card (a near miss), of
 * two cards, of notes, and every thousandth a run of 200 bare prices with no heading between them.
 */
export function removedPricesInSections(n: number): string {
	const parts: string[] = [
		'# Harbour Rope Bag\n\n$64.00\n\n[Add to cart](/cart)\n\n## Description\n\nA bag of waxed cotton rope, coiled and stitched by hand on the quay, with a leather base and two handles that stand up on their own when it is full of a week of shopping.\n\n',
	];
	for (let i = 0; i < n; i++) {
		const hashes = '#'.repeat(2 + (i % 5));
		if (i % 1000 === 999) parts.push(Array.from({ length: 200 }, (_, k) => `$${k}.95`).join('\n\n') + '\n\n');
		else if (i % 3 === 0) parts.push(`${hashes} Compare ${i}\n\nHarbour bag ${i} in waxed cotton\n\n$${i}.95\n\n`);
		else if (i % 3 === 1) parts.push(`${hashes} Kit ${i}\n\nRope bag ${i} with a leather base\n\n£${i}.00\n\nDeck bag ${i} with two handles\n\n${i},50 €\n\n`);
		else parts.push(`${hashes} Notes ${i}\n\nStitched by hand on the quay in ${i % 9} days.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 49 (title54): a thread of `n` posts whose headings answer subjects as "Re: …" (titleReplySubjects.ts: one
 * pass over the headings, subjects capped), every third answering a subject of its own and every seventh a near miss (a
 * "Re:" over 300 characters, a bare "Re:"), under a board's domain h1.
 */
export function replyHeadingsInAThread(n: number): string {
	const parts: string[] = ['# anglers.example.org\n\n## [Best knots for braided line](./t?id=1)\n\n'];
	for (let i = 0; i < n; i++) {
		const subject = i % 7 === 6 ? (i % 2 === 0 ? 'Re: ' + 'long '.repeat(70) : 'Re:') : i % 3 === 0 ? `Re: Knot number ${i}` : 'Re: Best knots for braided line';
		parts.push(`### [${subject}](./t?p=${i})\n\nA palomar holds best on braid, tied twice through the eye.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 49 (title54): an article whose heading is followed by `n` share links (titleShareText.ts: share texts read
 * at most sixteen), each shared text starting with the heading and running on with a near-miss tail (a bar, a handle, a
 * tag after a dash, the host's name, a word run on past the heading's end).
 */
export function shareLinksPastAHeading(n: number): string {
	const parts: string[] = ['[Home](https://reels.example/) [Flies](https://reels.example/flies) [Knots](https://reels.example/knots)\n\n# Tying the Clinch Knot\n\n'];
	const tails = [' | Knots', ' @ReelsNews', ' - Reels Guides', ' - reels example', 's for Beginners', ' \u2013'];
	for (let i = 0; i < n; i++) {
		const text = encodeURIComponent(`Tying the Clinch Knot${tails[i % tails.length]} ${i % 5 === 0 ? '' : i}`);
		parts.push(`[Share ${i}](https://twitter.com/intent/tweet?text=${text}&url=https%3A%2F%2Freels.example%2Fk${i})\n\n`);
	}
	parts.push('Wet the line before you pull the knot tight, then trim the tag end close.\n');
	return parts.join('');
}

/**
 * Session 49 (forum54): a thread whose h1 stands above `n` stamped, signed boxes with prose (each a near miss of an
 * opening post: kinds/openingAbove.ts reads the stretch between the h1 and the first reply once), a "Replies" heading
 * over `n` replies of one opaque token showing member cards (kinds/memberCards.ts), then a column of `n / 2` pairs of
 * boxes of one token each, carded (two carded posts are a thread), every tenth pair nested 30 boxes deep.
 */
export function openingBoxesAndCardedPairs(n: number): string {
	const parts: string[] = ['# Board\n\n::: cw\n# Sticking drawers on an oak dresser\n\n'];
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.h${i % 7}}\n[member${i}](/profile/member${i}) \\| Posted on March ${1 + (i % 28)}, 2019 09:12am\n\nDrawers stick in damp weather.\n:::\n\n`);
	}
	parts.push(':::\n\n::: cr\n### Replies\n\n');
	const card = (i: number, k: number): string => `**turner${i}**\n:   Registered: 2016-07-0${1 + k}\n:   Posts: ${i}\n\n## [#${k + 1}](viewtopic.php?pid=${i}#p${i}) 2019-03-0${1 + k} 10:14:37\n\n`;
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.q}\n${card(i, i % 2)}${'Wax the runners and the bottom edges of the drawer sides, let it dry and buff it off. '.repeat(5)}Reply ${i}.\n:::\n\n`);
	}
	parts.push(':::\n\n::: cs\n');
	for (let i = 0; i < n / 2; i++) {
		const depth = i % 10 === 9 ? 30 : 1;
		const open = Array.from({ length: depth }, (_, d) => `::: {.d${d}}\n`).join('');
		const close = ':::\n'.repeat(depth);
		for (let k = 0; k < 2; k++) parts.push(`${open}::: {.p${i}}\n${card(i, k)}A short note ${i}.\n:::\n${close}\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 49 (meta54): a list page of `n` items under one title (metadata/itemHeadingDates.ts, postAnchorHeadings.ts,
 * creditLabelLines.ts, companyHolders.ts: each a bounded look at one heading's links, a few nodes back, or one line).
 * Items rotate through story headlines linked away with labelled dates, post subjects linked to their own anchors with
 * member links, "Reviewed by" label boxes above author links, and copyright lines with legal forms, with near misses
 * (long headings, label lines too long to be labels).
 */
export function storyHeadingsAndCreditLines(n: number): string {
	const parts: string[] = ['# Cloud\n\n'];
	for (let i = 0; i < n; i++) {
		const day = (i % 28) + 1;
		if (i % 4 === 0) parts.push(`### [Storage prices fall again this quarter ${i}](/news/s-${i}/) \n\n[By [Mara Holm](/editors/m/){rel="author"} •]{.a} [Dec. ${day}, 2025]{.a}\n\n`);
		else if (i % 4 === 1) parts.push(`[poster${i}](./memberlist.php?mode=viewprofile&u=${i})\n\n### [Re: ${'battery '.repeat(20)}](./viewtopic.php?p=${i}#p${i})\n\nby poster${i} » Tue Sep ${day}, 2024 3:12 pm\n\n`);
		else if (i % 4 === 2) parts.push(`::: r${i}\n<div>\n\n${i % 8 === 2 ? 'Reviewed by' : 'Reviewed by the whole team of editors and a few friends'}\n\n</div>\n\n[Orla Hadley](/authors/orla-${i})\n:::\n\n`);
		else parts.push(`© 2026 Dana Field ${i % 8 === 3 ? 'Corp' : 'and friends'}, All rights reserved.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 50, branch coll55: a category page with `n` short lists of three product cards beside a sort toolbar
 * (gridSection.ts asks whether another such list exists: shopGrid.ts `hasOtherSmallGrid`, one more pass over the lists),
 * a grid of twelve priced cards, then `n` footer menus, each followed by long notices and a paragraph of prose
 * (proseBelowGrid.ts counts each menu's links once, in its one walk of the blocks after the grid).
 */
export function smallListsAndFooterMenus(n: number): string {
	const card = (i: number, k: number): string => `-   [![Mug ${i}-${k}](/img/${i}-${k}.jpg)](/p/${i}-${k})\n\n    ### [Stoneware mug ${i}-${k}](/p/${i}-${k})\n\n    $${10 + k}.00\n`;
	const parts: string[] = ['# Mugs\n\nSort by\n\n12 products\n\n'];
	for (let i = 0; i < n; i++) parts.push(`::: range\n${card(i, 0)}${card(i, 1)}${card(i, 2)}:::\n\n`);
	parts.push('::: results\n');
	for (let i = 0; i < 12; i++) parts.push(`::: product-card\n### [Glazed mug ${i}](/g/${i})\n\n$${20 + i}.00\n:::\n\n`);
	parts.push(':::\n\n');
	for (let i = 0; i < n; i++) {
		parts.push(`-   [Shipping ${i}](/s/${i})\n-   [Returns and exchanges ${i}](/r/${i})\n${i % 2 ? '-   [Store locator and opening hours](/l)\n-   [Gift cards and vouchers](/v)\n' : ''}\n`);
		parts.push(`Notice ${i}: the glazes named on this page are food safe when fired as the maker says, and the colours vary from kiln to kiln.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 50 (prod55): a product page with `n` containers named `rating` (kinds/productRatings.ts: a container's text is
 * read only under 300 characters, one split per container), rotating through counts ("4.7 (2,318 reviews)"), a content
 * rating's descriptors, empty star rows and near misses over 300 characters of numbers and words; every tenth nested 40
 * containers deep, each level named `rating` too.
 */
export function ratingContainersOnAProduct(n: number): string {
	const parts: string[] = [
		'# Keeper of the Lamp\n\n$19.99\n\n[Add to cart](/cart)\n\n## About this game\n\nBuild a lighthouse on a windswept island, trade with passing ships and keep the lamp lit through forty winters of storms.\n\n',
	];
	const texts = (i: number): string => {
		if (i % 4 === 0) return `4.${i % 10} (${i} reviews)`;
		if (i % 4 === 1) return 'Mild Fantasy Violence, In-Game Purchases, Users Interact';
		if (i % 4 === 2) return '';
		return `${i} 5 stars `.repeat(25);
	};
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 9 ? 40 : 1;
		parts.push('::: {.rating}\n'.repeat(depth) + `${texts(i)}\n` + ':::\n'.repeat(depth) + '\n');
	}
	return parts.join('');
}

// Session 50, branch forum55.
/**
 * A thread of `n` posts whose names link to member pages, each followed by title-shaped lines (every tenth name by a
 * run of 40, the rule reads two), near misses (a title with a count, a long line) and a message; every seventh name
 * link carries a long attribute run.
 */
export function memberTitlesUnderNames(n: number): string {
	const parts: string[] = ['# Winter starters\n\n'];
	for (let i = 0; i < n; i++) {
		const attrs = i % 7 === 0 ? `{data-x="${'a'.repeat(3000)}"}` : '';
		parts.push(`::: {#post${i} .post}\n[baker${i}](/members/baker${i}.${i}/)${attrs}\n\n`);
		const titles = i % 10 === 0 ? 40 : 2;
		for (let k = 0; k < titles; k++) parts.push(`${k % 2 === 0 ? 'Dough Whisperer' : 'Crust Captain'}\n\n`);
		parts.push(i % 5 === 0 ? 'Level 5 Baker\n\n' : 'A Title Long Enough To Be No Title At All Here\n\n');
		parts.push(`Posted Jan ${(i % 28) + 1}, 2024 at 9:15 am\n\nFeed it twice a day for a week with a spoon of rye in the mix, it wakes up a tired culture.\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * Session 50 (meta55): a thread of `n` header lines under one title (metadata/starterLabelNames.ts, deskNames.ts and the
 * source credit in names.ts, aboutAuthorHeadings.ts: a bounded regex on one short line, the first label line only, one
 * part of a byline, at most 9 author box headings). Lines rotate through thread-starter labels before plain names, mail
 * addresses and near misses (the label inside a sentence, lines too long to be a header), desk names in author links,
 * "About [name](/author/…)" headings, and source credits in byline boxes.
 */
export function starterLabelsDesksAndSources(n: number): string {
	const parts: string[] = ['# Bench grinder wobbles after a wheel change\n\n'];
	for (let i = 0; i < n; i++) {
		const k = i % 5;
		if (k === 0) parts.push(`-   [Thread starter]{.sr} grit_${i}\n-   [Start date]{.sr} Oct ${(i % 28) + 1}, 2024\n\n`);
		else if (k === 1) parts.push(`Started by ${'Anna '.repeat(i % 16)}Grit${i}, June 04, 2024, 11:23:55 AM\n\n`);
		else if (k === 2) parts.push(`Most wheels are best started by hand ${'and slowly '.repeat(i % 12)}before the motor.\n\n`);
		else if (k === 3) parts.push(`[${i % 2 ? 'Staff' : 'Staff Writer'}](/author/staff-${i}/){rel="author"} · [Thread starter]{.sr} [g${i}@example.org]{.n}\n\n## About [Lena ${i % 7 ? 'Park' : 'Park and her luggage'}](/author/lena-${i}/)\n\n`);
		else parts.push(`::: {testid="byline"}\nUpdated Dec. 23, 2024[ / Source:\n[HARBOR ${i}](https://harbor.example){.x}]{testid="source"}\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * A landing page of `n` linked headed prose sections, each followed by a label over a list of bare links: every fourth
 * a short label (the rule's shape), then as near misses an item with text after its link, a one-letter label and a long
 * heading; every tenth section 30 boxes deep. The headed link lists of kinds/headedLinkLists.ts, which the service and
 * listing strategies drop (session 50, list55).
 */
export function headedLinkListsOnALandingPage(n: number): string {
	const parts: string[] = ['# Window cleaning for homes and offices\n\n'];
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: box\n'.repeat(30) : '::: box\n';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : ':::\n';
		const label = i % 4 === 2 ? 'Q' : i % 4 === 3 ? 'A much longer heading that names a section of the page' : `Areas we cover ${i}`;
		const items = [0, 1, 2, 3].map((k) => (i % 4 === 1 && k === 3 ? `-   [How we clean tall windows, part ${i}-${k}](/p/${i}/${k}) and a note` : `-   [How we clean tall windows, part ${i}-${k}](/p/${i}/${k})`)).join('\n');
		parts.push(`${open}## [Service ${i}: windows, gutters, frames, conservatory roofs and solar panels cleaned with pure water by our trained team](/s/${i})\n\nWe clean windows, gutters and frames on street ${i}, and every visit ends with a walk round the house.\n\n#### ${label}\n\n${items}\n${close}\n`);
	}
	return parts.join('');
}

/**
 * A product page whose text is `n` paragraphs of long runs of digit groups ("123 456 789 …", 400 groups each, the
 * last one followed by " kroner"), each beside a whole-amount price line ("49 €") and a card priced "CHF 19" in a
 * list; every tenth run ends in "€" instead. The prices of kinds/signals.ts `PRICE_RE`, whole amounts with the currency
 * after them (session 51, kind56): an amount tried from each group of a run was quadratic in the run's length.
 */
export function digitRunsBesideWholeAmountPrices(n: number): string {
	const parts: string[] = ['# Alpine GTX Walking Boot\n\nSummit Works\n\n249 €\n\nAdd to cart\n\n'];
	const run = '123 456 789 '.repeat(133);
	for (let i = 0; i < n; i++) {
		parts.push(`${run}${i % 10 === 0 ? '€' : 'kroner'}\n\n${40 + (i % 60)} €\n\n-   [Trail Sock ${i}](/p/${i})\n\n    CHF ${19 + (i % 80)}\n\n`);
	}
	return parts.join('');
}

/**
 * Session 51 (prod56): a product page with `n` headed cards after its description (heuristics/pricedCardRuns.ts: one pass
 * over the headings, each card's blocks read once and only when there are at most 12): runs of three to forty priced
 * cards at one level, each after a short label section; near misses in between: runs of two, a card of 13 blocks, a card
 * of three prices, a card one level down, unpriced sections; every hundredth section a run of 300 bare prices.
 */
export function pricedCardRunsAfterADescription(n: number): string {
	const parts: string[] = [
		'::: {#main .product}\n# Hammered Copper Bracelet\n\n$85.00\n\n[Add to cart](/cart)\n\n## About this piece\n\nA hand-forged copper bracelet with a hammered face and rolled edges, sealed against tarnish, shaped by hand so that the hammer marks differ from piece to piece.\n\n',
	];
	for (let i = 0; i < n; i++) {
		const k = i % 50;
		if (i % 100 === 99) parts.push(Array.from({ length: 300 }, (_, j) => `$${j}.00`).join('\n\n') + '\n\n');
		else if (k === 0) parts.push(`## Complete the set ${i}?\n\nCheck out these matching designs:\n\n`);
		else if (k < 40) parts.push(`Link to Copper piece ${i}\n\n## Copper piece ${i}\n\n$${i}.00 View product\n\nPolished\n\nMatte\n\nView Product\n\n`);
		else if (k === 40) parts.push(`## Long card ${i}\n\n${Array.from({ length: 13 }, (_, j) => `Finish ${j}\n\n`).join('')}$${i}.00\n\n`);
		else if (k === 41) parts.push(`## Price list ${i}\n\n$1.00\n\n$2.00\n\n$3.00\n\n`);
		else if (k === 42) parts.push(`### Smaller card ${i}\n\n$${i}.50\n\n`);
		else parts.push(`## Notes ${i}\n\nWipe it with a soft dry cloth after wearing, ${i} times a week.\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 51 (forum56): a thread of `n` posts, each under a letter avatar's initial and the member's status ("J
 * Offline", heuristics/engineChromeLines.ts) and member counters with separated thousands ("29,553 posts",
 * heuristics/forumControls.ts) and phpBB's edit stamp ("Last edited by NAME on DATE, edited 4 times in total.",
 * engineChromeLines.ts); near misses: a run of 400 digits and commas before "postsx", a status line of a long word,
 * counters inside a sentence, an edit stamp of repeated "on , " with no count. Every tenth post 30 boxes deep.
 */
export function letterAvatarsAndCounters(n: number): string {
	const parts: string[] = ['# Sluggish starter in winter\n\n'];
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: cp\n'.repeat(30) : '::: cp\n';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : ':::\n';
		const status = i % 3 === 0 ? `${'Q'.repeat(i % 50)} Offline` : `${String.fromCharCode(65 + (i % 26))} ${i % 2 ? 'Online' : 'Offline'}`;
		const counter = i % 4 === 0 ? `${'1,'.repeat(200)}5 postsx` : `${(i * 7919) % 100},${String(i % 1000).padStart(3, '0')} posts`;
		parts.push(`${open}[${status}](/user/baker${i})\n\n[baker${i}](/user/baker${i})\n\n${counter}\n\n${i % 5} helpful votes\n\n`);
		const stamp = i % 2 ? `Last edited by baker${i} on 3. Mar 2024, 09:41, edited ${i % 9} times in total.` : `Last edited by ${'on , '.repeat(12)}on ${'a, '.repeat(12)}, edited 2 times`;
		parts.push(`Jan ${(i % 28) + 1}, 2024\n\nFeed it twice a day, ${i} helpful votes later it rose, and 29,553 posts on this board agree.\n\n${stamp}\n${close}\n`);
	}
	return parts.join('');
}

/**
 * `n` bylines under one title whose names link to websites' front pages, with near misses (a page of a site, a relative
 * home link) and author boxes that hold many front-page links, every tenth 30 boxes deep. The front-page names of
 * metadata/homeLinkNames.ts (session 51, meta56).
 */
export function frontPageBylines(n: number): string {
	const parts: string[] = ['# Rosemary bread thins, 5 oz\n\n'];
	for (let i = 0; i < n; i++) {
		const k = i % 4;
		if (k === 0) parts.push(`By [ Maker ${i} ](https://maker${i}.example/)\n\n`);
		else if (k === 1) parts.push(`By [Jane Doe ${i}](https://maker${i}.example/author/jane-${i}/) and [Jo Roe](/)\n\n`);
		else if (k === 2) {
			const depth = i % 10 === 2 ? 30 : 1;
			const links = Array.from({ length: 8 }, (_, j) => `[Maker ${i}-${j}](https://m${j}.example)`).join(' ');
			parts.push(`${'::: author\n'.repeat(depth)}${links}\n${':::\n'.repeat(depth)}\n`);
		} else parts.push(`Each pack ${i} holds about thirty thins, baked twice so they keep for weeks in a sealed tin.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 51 (coll56): a category page wrapped in one box that holds it all (kinds/gridEnd.ts `untilGridEndOfWideRead`):
 * a title, a list of `n` priced cards, then `n` footer lines of links and near misses (a price in a long sentence; every
 * tenth 30 boxes deep).
 */
export function wideReadWithFooterLines(n: number): string {
	const parts: string[] = ['::: page\n# Tents\n\nSort by\n\n'];
	for (let i = 0; i < n; i++) parts.push(`-   [Trail tent ${i}](/p/${i})\n\n    $${10 + (i % 90)}.00\n`);
	parts.push('\n');
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: box\n'.repeat(30) : '';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : '';
		parts.push(`${open}[Shipping ${i}](/s/${i}) [Returns ${i}](/r/${i})\n\n${i % 3 ? 'Free delivery on orders over $50.00 to every address in the country, and returns within thirty days.' : 'Back to top'}\n\n${close}`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 51 (coll56): `n` unclassed boxes of a name, a line and a whole-amount price ("42.00 €"), no list and no class
 * word, so no grid is found (kinds/pricedEnd.ts walks every line for the last priced one); every tenth 30 boxes deep,
 * then `n` footer lines of links and long near misses.
 */
export function pricedLinesWithoutAGrid(n: number): string {
	const parts: string[] = [`# Bird feeders\n\nFeeders for every garden, solar or plain.\n\n${Array.from({ length: 12 }, (_, k) => `-   [Range ${k}](/c/${k})`).join('\n')}\n\nSort by\n\n${n} products\n\nFilter\n\n`];
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: {}\n'.repeat(30) : '::: {}\n';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : ':::\n';
		parts.push(`${open}[Feeder ${i}](/p/${i})\n\nSolar or plain\n\n${10 + (i % 90)}.00 €\n\nAdd to cart\n${close}\n`);
	}
	for (let i = 0; i < n; i++) parts.push(`[Careers ${i}](/j/${i}) [Blog ${i}](/b/${i})\n\n${i % 2 ? `Order ${i} feeders before noon and we ship them today, 12.00 € a parcel, ${'or free past a threshold '.repeat(20)}` : 'Accept'}\n\n`);
	return parts.join('');
}

/**
 * Session 52 (prod57): a product page with `n` sections after its description (heuristics/signupEnd.ts: one pass over
 * the removed regions, one over the blocks), each with a back-in-stock prompt that ends nothing, near misses (a
 * newsletter prompt of over 700 characters, a prompt inside a sentence), every tenth section 30 boxes deep; one
 * newsletter prompt near the end, before the footer lines.
 */
export function signupPromptsAfterADescription(n: number): string {
	const parts: string[] = [
		'::: {#main .product}\n# Felted Wool Slipper\n\n$85.00\n\n[Add to cart](/cart)\n\n## Description\n\nA felted wool slipper with a cork footbed and a stitched leather sole, warm in winter and cool in spring, washable, shaped by the foot within a week.\n\n',
	];
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: {}\n'.repeat(30) : '::: {}\n';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : ':::\n';
		const miss = i % 2 ? `Subscribe to our newsletter ${'and hear about new colours '.repeat(30)}` : `Our readers subscribe to our emails ${i} times a year.`;
		parts.push(`${open}## Colour ${i}\n\nEmail me when back in stock\n\nGet notified by email when colour ${i} is in stock\n\n${miss}\n${close}\n`);
	}
	parts.push('Subscribe to our emails\n\n');
	for (let i = 0; i < 200; i++) parts.push(`[Help ${i}](/h/${i}) [Returns ${i}](/r/${i})\n\n`);
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 52 (coll57): a category's grid of `n` priced cards in its results box, then `n` sections below it
 * (kinds/proseBelowGrid.ts walks them): a heading that nearly asks the reader to act over a short line about cookies
 * that is no dialog (every tenth 30 boxes deep), and at the end one consent dialog with its buttons.
 */
export function sectionsAndCookieLinesBelowAGrid(n: number): string {
	const cards = Array.from({ length: n }, (_, i) => `::: product-card\n### [Alder pack ${i}](/p/${i})\n\nA light pack for long days, with a frame of ash and a lid that rolls, and a hip belt.\n\n$${40 + (i % 50)}.00\n:::\n`).join('\n');
	const parts: string[] = [`# Trail packs\n\n::: results\n${cards}\n:::\n\n`];
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: {}\n'.repeat(30) : '';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : '';
		parts.push(`${open}## Getting in touch with trail ${i}\n\nOat cookie ${i}\n${close}\n`);
	}
	parts.push('::: {}\nWe use cookies to keep your basket and to measure which pages are read.\n\nAccept all\n:::\n');
	return parts.join('');
}

/**
 * Session 52 (svc57): a landing page of `n` prose sections whose last part is a footer of `n` column labels in boxes
 * (every tenth 30 boxes deep), each over a short list of links with a nested list or an address line, with near-miss
 * newsletter lines in the first half of the footer (a long paragraph naming a newsletter, "We follow our ..."), a prompt
 * near the end, then a © line: the band after the last near miss is N / 2 columns long (heuristics/footerBand.ts walks back over the band once; heuristics/newsletterTail.ts walks the leaves once).
 */
export function footerBandAfterALandingPage(n: number): string {
	const parts: string[] = ['# Garden design for small yards\n\n'];
	for (let i = 0; i < n; i++) {
		parts.push(`::: section\n## Planting plan ${i}\n\nWe draw a planting plan for yard ${i}, choose shrubs that suit its light and soil, and come back in spring to see [how it grew](/g/${i}).\n:::\n\n`);
	}
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: box\n'.repeat(30) : '::: box\n';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : ':::\n';
		const under = i % 3 === 0 ? `-   [Beds ${i}](/b/${i})\n    -   [Borders ${i}](/o/${i})\n` : i % 3 === 1 || i > n / 2 ? `${i} Mill Lane, Bristol BS1 ${i % 9}AB, phone (555) 201-3344\n` : `We follow our clients' gardens through the seasons and our newsletter ${i} says how they grow, year after year.\n`;
		parts.push(`${open}###### Column ${i}\n\n${under}${close}\n`);
		if (i === Math.floor(n * 0.9)) parts.push('### Subscribe to our newsletter\n\n');
	}
	parts.push('© 2026 Small Yards Ltd. All rights reserved.\n');
	return parts.join('');
}

/**
 * Session 52 (meta57): bylines whose names link as user-generated content (`metadata/ugcLinkNames.ts`) and two-word names
 * linked to front pages (`metadata/homeLinkNames.ts`), near misses (other `rel` words, one-word names), author boxes of
 * eight `rel="ugc"` links (every tenth 30 boxes deep), every hundredth line member and "author-" addresses of 1,000
 * characters (`metadata/author.ts`), and bare "Text" labels and "Text:" bylines (`metadataRules.ts`), under one title.
 */
export function ugcAndFrontPageBylines(n: number): string {
	const parts: string[] = ['# Keeping a fern happy indoors\n\n'];
	for (let i = 0; i < n; i++) {
		const k = i % 5;
		if (k === 0) parts.push(`By [Fern Lover ${i}](https://fern${i}.example/blog/){rel="external nofollow ugc"}\n\n`);
		else if (k === 1) parts.push(`By [Jane Doe](https://janedoe${i}.example) and [Jo${i}](https://jo${i}.example/){rel="nofollow ugcx"}\n\n`);
		else if (k === 2) {
			const depth = i % 10 === 2 ? 30 : 1;
			const links = Array.from({ length: 8 }, (_, j) => `[Reader ${i}-${j}](https://r${j}.example){rel="ugc"}`).join(' ');
			parts.push(`${'::: author\n'.repeat(depth)}${links}\n${':::\n'.repeat(depth)}\n`);
		} else if (k === 3 && i % 100 === 3) {
			// Member and "author-" addresses of 1,000 characters, with and without a query after the name.
			parts.push(`[Jane ${i}](/users/${'u'.repeat(1000)}?from=x) [Doe ${i}](/newsroom/author-${'a/'.repeat(500)}.cms) [Jo](/users/${'/u'.repeat(500)}?)\n\n`);
		} else if (k === 3) parts.push(i % 2 ? `[Text Link ${i}](#)\n\n` : `Text:${' '.repeat(200)}Anna Berg ${i}\n\n`);
		else parts.push(`Mist the fronds ${i} in winter when the heating runs, and turn the pot a quarter each week.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 52 (kind57): a product page whose text is `n` paragraphs of currency codes before long runs of digit groups
 * ("CHF 123'456'789 …", 400 groups each, the run glued to a letter so no amount ends there), runs of bare codes
 * ("kr kr kr …"), codes glued to numbers ("SAR2") and, beside each, a price line "CHF 49.00" and a card priced
 * "kr 19". The currency codes before amounts of kinds/signals.ts `PRICE_RE`.
 */
export function currencyCodesBeforeDigitRuns(n: number): string {
	const parts: string[] = ['# Fjord Four-Part Touring Paddle\n\nLakeline Gear\n\nCHF 249.00\n\nAdd to cart\n\n'];
	const run = "123'456'789'".repeat(133);
	const codes = 'kr SAR2 AED '.repeat(60);
	for (let i = 0; i < n; i++) {
		parts.push(`CHF ${run}x ${codes}\n\nCHF ${40 + (i % 60)}.00\n\n-   [Spray Deck ${i}](/p/${i})\n\n    kr ${19 + (i % 80)}\n\n`);
	}
	return parts.join('');
}

/**
 * Session 52 (kind57): a page with no h1 whose `n` sections each hold an h2 (every other one a link), a long line
 * naming a price in a sentence, a short line and, every tenth, 30 boxes deep; then the name as an h2, its price and its
 * cart button, and related games. kinds/nameAbovePrice.ts walks every block to the first short price line.
 */
export function headingsBeforeAFirstPrice(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: box\n'.repeat(30) : '';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : '';
		parts.push(`${open}## ${i % 2 ? `[Lock Keeper ${i}](/g/${i})` : `Season ${i}`}\n\nEvery barge pays its toll at the lock, $${i % 90}.00 a crossing, and the keeper keeps a tally of every trip.\n\nAdd to Cart\n\n${close}`);
	}
	parts.push('## Buy River Barons\n\n$24.99\n\nAdd to Cart\n\n');
	for (let i = 0; i < 20; i++) parts.push(`-   [Canal Rush ${i}](/g/c${i})\n\n    $${9 + i}.99\n`);
	return parts.join('');
}

/**
 * Session 53 (prod58): a product's name, price and description, then `n` top-level sections (every tenth 30 boxes deep)
 * whose headings are not the item's and whose text names the shop and the item (the own-brand guard reads each one
 * through, heuristics/shopPitchEnd.ts), an h1 over every hundredth run of them, near-miss copyright lines (over 200
 * characters, a mark without a name), and a real copyright line last.
 */
export function sectionsNamingTheShopAfterADescription(n: number): string {
	const parts: string[] = [
		'# Moss Green Teapot\n\n$89.00\n\nAdd to cart\n\nA hand-thrown stoneware teapot with a bamboo handle and a steel strainer, glazed in a deep moss green, that holds four cups and keeps them warm for an hour.\n\n',
	];
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: {}\n'.repeat(30) : '';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : '';
		const head = i % 100 === 0 ? '#' : '##';
		parts.push(`${open}${head} Made by people who care ${i}\n\nEvery piece from Fernhill Pottery is thrown in our studio ${i}, like this green teapot.\n\n© ${'2026 '.repeat(i % 3)}\n${close}\n`);
	}
	for (let i = 0; i < 200; i++) parts.push(`© 2026 ${'Fernhill Pottery '.repeat(15)}\n\n`);
	parts.push('© 2026 Fernhill Pottery Ltd. All rights reserved.\n');
	return parts.join('');
}

/**
 * Session 53 (coll58): a category page whose text is `n` paragraphs of long runs of space-separated digit groups ("123
 * 456 789 …", 400 groups each) ending in " Ft", " лв" or " TLx" by turn, runs of bare currency words ("lei грн Ft …"),
 * and, beside each, a card in a list priced "129 lei", "49,90 TL" or "12 990 Ft". The one price reader of cards and
 * pages (kinds/priceReader.ts): an amount tried from each group of a run would be quadratic in the run's length.
 */
export function forintAndLeiBesideDigitRuns(n: number): string {
	const parts: string[] = ['# Garden Lanterns\n\n'];
	const run = '123 456 789 '.repeat(133);
	const words = 'lei грн Ft TL лв '.repeat(40);
	const ends = [' Ft', ' лв', ' TLx'];
	const prices = ['129 lei', '49,90 TL', '12 990 Ft'];
	for (let i = 0; i < n; i++) {
		parts.push(`${run.trimEnd()}${ends[i % 3]}\n\n${words}\n\n-   [Lantern ${i}](/p/${i})\n\n    ${prices[i % 3]}\n\n`);
	}
	return parts.join('');
}

/**
 * Session 53 (coll58): a grid of `n` cards priced in crowns, each with a price line and a second price box read by the
 * one price reader (heuristics/cardPriceRepeats.ts `pricesOnly`, kinds/priceReader.ts): the same amount and five more,
 * a near miss of 119 characters whose last amount is glued to a letter, or a line past the 120-character cap.
 */
export function crownPriceBoxesInCards(n: number): string {
	const parts = ['# Wallets\n\nAnodised aluminium wallets that hold twelve cards and a few folded notes.\n\n::: g1\n'];
	const amounts = (i: number): string => Array.from({ length: 5 }, (_, k) => `kr. ${i + k},95`).join(' ');
	const nearMiss = (i: number): string => `${`kr ${100 + (i % 800)} `.repeat(14)}kr ${i % 9}x`;
	const tooLong = (i: number): string => `${i % 9},95 lei `.repeat(16);
	for (let i = 0; i < n; i++) {
		const box = i % 3 === 0 ? amounts(i) : i % 3 === 1 ? nearMiss(i) : tooLong(i);
		parts.push(`::: c1\n### [Wallet ${i}](/p/${i})\n\n::: p1\n[kr. ${i},95]{.p2}\n:::\n\n::: p3\n[kr. ${i},95]{.p2} ${box}\n:::\n:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 53 (forum58): a thread of `n` flat posts (a member's linked name, a date, the message in a box of one class),
 * then `n` entries of other threads written the same way (a title link, the starter, a date, a preview in a box of the
 * same class, counters), kinds/otherThreadEntries.ts's windows around each item. Near misses: a link label of 199
 * characters with no closing bracket, a run of 300 opening brackets, 400 digits and commas before "repliesx", titles
 * shared by every tenth entry; every tenth post and entry 30 boxes deep.
 */
export function otherThreadEntriesAfterPosts(n: number): string {
	const parts: string[] = ['# Sluggish starter in winter\n\n'];
	const box = (i: number, body: string): string => (i % 10 === 0 ? `${'::: cp\n'.repeat(30)}${body}${':::\n'.repeat(30)}\n` : `::: cp\n${body}:::\n\n`);
	for (let i = 0; i < n; i++) {
		const miss = i % 3 === 0 ? `[${'a'.repeat(199)} ` : i % 3 === 1 ? '['.repeat(300) : `${'1,'.repeat(200)} repliesx`;
		parts.push(box(i, `[baker${i}](/members/baker${i}.${i}/)\n\nJan ${(i % 28) + 1}, 2024\n\n::: cm\nFeed it twice a day with a spoon of rye, ${miss} and it wakes up by the weekend.\n:::\n`));
	}
	for (let i = 0; i < n; i++) {
		const title = i % 10 === 5 ? 'Starter smells like nail polish' : `Starter question number ${i} about rye`;
		parts.push(box(i, `[${title}](/threads/t${i}.${i}/)\n\n[member${i}](/members/member${i}.${i}/)\n\nMar ${(i % 28) + 1}, 2023\n\n::: cm\nMy starter smells sharp after a week in the fridge, is it ruined or can I still bake with it?\n:::\nReplies ${i} · Views ${i % 9}K\n`));
	}
	return parts.join('');
}

/**
 * Session 53 (meta58): `n` teaser cards, each a plain date, box edges (fence lines, every tenth card 30 boxes deep) and
 * an empty link into the site (`metadata/cardLinkDates.ts`), with near misses (an empty link to another site, a date
 * glued to a 1,000-character path); reviewer labels with names, long runs after the label and bare labels
 * (`metadata/reviewerNames.ts`); and section-name h1s ("# Blog", "# Our News") before the page's own h1
 * (`metadata/sectionNameHeadings.ts`), under one title.
 */
export function cardDatesAndReviewerLabels(n: number): string {
	const parts: string[] = ['# Blog\n\n# Our News\n\n# Money habits for your first job\n\nBy [Lena Hart](/author/lena-hart)\n\n'];
	for (let i = 0; i < n; i++) {
		const k = i % 6;
		const depth = i % 10 === 0 ? 30 : 1;
		if (k === 0) parts.push(`${'::: card\n'.repeat(depth)}Feb ${1 + (i % 28)}, 2026\n${':::\n'.repeat(depth)}\n[](/2026/2/post-${i})\n\n#### Post ${i}\n\n`);
		else if (k === 1) parts.push(`March ${1 + (i % 28)}, 2026[](/${'p/'.repeat(500)})\n\n[](https://share.example/${i})\n\n`);
		else if (k === 2) parts.push(`Reviewed by: [Omar Feld ${i}, CPA](/team/omar-${i}/) | Fact-checked by ${'Ann Roe '.repeat(40)}\n\n`);
		else if (k === 3) parts.push(`Medically reviewed by${' '.repeat(200)}:${' '.repeat(200)}\n${'x'.repeat(300)}\n\n`);
		else if (k === 4) parts.push(`# Blog\n\n::: author-box\n[Omar Feld ${i}, CPA]{.author-box__name}\n:::\n\n`);
		else parts.push(`Pay the dearest debt ${i} first, then the next, and check the plan again whenever your income changes.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 53, branch kind58 (kinds/teaserList.ts): N teaser cards, each an overlay link, a heading, a summary and a
 * date line, with near misses (a title over a 900-character paragraph, cards of six lines, a title with no link, a
 * priced card) and every tenth 30 boxes deep.
 */
export function teaserCardsAndNearMisses(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: box\n'.repeat(30) : '';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : '';
		const body = i % 7 === 0 ? 'Barges wait at the lock. '.repeat(36) : i % 5 === 0 ? 'Tolls 2024\n\n$4.99\n\nA line\n\nB line\n\nC line' : `The keeper of lock ${i} kept a tally of every barge that crossed, and the council read it aloud.\n\n3 May 2024`;
		parts.push(`${open}${i % 3 === 0 ? '' : `[](/s/${i})\n\n`}### Lock ${i} opens for the spring season\n\n${body}\n\n${close}`);
	}
	return parts.join('');
}

/**
 * Session 54, branch prod59 (heuristics/variantPickerLines.ts, heuristics/buyBox.ts): a product priced in złoty, then
 * N blocks by turn: a variant select's line of real options in złoty and lei (near 2,000 characters, the cap), a line
 * of options whose amounts are long digit runs with no currency, a line of short names between dashes and no price (the
 * option's lazy name tries every dash within 60 characters), a currency picker's entry in złoty, and a picker's near
 * miss (a code before a 70-character digit run), each a list item; every tenth 30 boxes deep.
 */
export function variantLinesInOtherCurrencies(n: number): string {
	const parts: string[] = ['# Copper Kettle\n\n49,99 zł\n\nAdd to cart\n\nA copper kettle lined with tin, with a cane-wrapped handle that stays cool on the flame and a long spout that pours without a drip.\n\n'];
	const real = 'Kupfer / 1 l - 89,00 zł Silber / 2 l - 120 lei '.repeat(41).trimEnd();
	const digits = `Kupfer - ${'1 234 567 '.repeat(190)}Silber`;
	const dashes = 'a - b - '.repeat(248);
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: {}\n'.repeat(30) : '';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : '';
		const k = i % 5;
		// Each line its own list item (a number first): the repeated-block and reshaped-copy steps, which run first, leave
		// list items to the rules under test.
		const line = k === 0 ? `${i} ${real}` : k === 1 ? `${i} ${digits}` : k === 2 ? `${i} - ${dashes}` : k === 3 ? `PLN: ${i},99 zł` : `PLN: ${i}${'1234567 '.repeat(9)}`;
		parts.push(`${open}-   ${line}\n\n${close}`);
	}
	return parts.join('');
}

/**
 * Session 54 (coll59): a grid of `n` list cards priced with four to six digits and no thousands mark ("$1999.95",
 * "kr 12990", "1299,95 €"; kinds/priceReader.ts `LONG_AMOUNT`), beside near misses: a 600-digit run after a sign and
 * after a code, a chain of 80 range ends ("$1299 – $1299 – …"), 200 signs in a row, a round budget, and a link's
 * "&$1024" parameters.
 */
export function longAmountsBesideDigitRuns(n: number): string {
	const parts: string[] = ['# Standing Desks\n\n'];
	const digits = '1234567890'.repeat(60);
	const misses = [`$${digits}`, `kr ${digits}`, '$1299 – '.repeat(80), '$'.repeat(200), 'about $2000 per month', '?w=1&$1024-PNG$&h=2'.repeat(20)];
	const prices = (i: number): string => [`$${1000 + (i % 9000)}.95`, `kr ${10_000 + i}`, `${1000 + (i % 9000)},95 €`][i % 3];
	for (let i = 0; i < n; i++) parts.push(`-   [Desk ${i}](/p/${i}) ${prices(i)}\n\n    ${misses[i % misses.length]}\n\n`);
	return parts.join('');
}

/**
 * Session 54, branch forum59 (kinds/postVocabulary.ts counters): a thread of `n` flat posts whose headers carry a
 * thread's counters in the board's language (whole lines, `isLocalControl`), then `n` entries of other threads counted
 * in Chinese, Japanese, Czech or Turkish (kinds/otherThreadEntries.ts `COUNTER_RE`). Near misses: four counts on a line
 * (the line takes three), 300 digits and commas before "svar", a counter word glued to 400 digits and a letter, a CJK
 * counter word followed by letters; every tenth post and entry 30 boxes deep.
 */
export function localCountersInPostsAndEntries(n: number): string {
	const parts: string[] = ['# Kotel se sám vypíná\n\n'];
	const box = (i: number, body: string): string => (i % 10 === 0 ? `${'::: cp\n'.repeat(30)}${body}${':::\n'.repeat(30)}\n` : `::: cp\n${body}:::\n\n`);
	const lines = ['12 svar · 845 visningar', '3 svar · 4 svar · 5 svar · 6 svar', `${'1,'.repeat(150)} svar`, `回复${'1'.repeat(400)}x`, '查看全部回复', 'Odpovědi: 3 | Zobrazení: 1.2k'];
	for (let i = 0; i < n; i++) {
		parts.push(box(i, `[user${i}](/uzivatel/user${i}/)\n\n${lines[i % lines.length]}\n\n${(i % 28) + 1}. března 2024\n\n::: cm\nZkontroluj sifon pod kotlem ${i}, v zimě v něm voda často zamrzne nebo se zanese.\n:::\n`));
	}
	const counters = ['回复：3 | 查看：120', '返信数 2 閲覧数 40', 'Odpovědi: 3 · Zobrazení: 845', '3 cevap · 845 görüntüleme'];
	for (let i = 0; i < n; i++) {
		parts.push(box(i, `[Kotel hlásí chybu číslo ${i} po ránu](/tema/t${i}/)\n\n[member${i}](/uzivatel/member${i}/)\n\n::: cm\nNáš kotel se sám vypíná a bliká chyba, tlak je přitom v pořádku.\n:::\n${counters[i % counters.length]}\n`));
	}
	return parts.join('');
}

/**
 * Session 54, branch kind59: an h1 and a sort line over N boxes of one results box, each with a class of its own: a
 * card (a name link, a price, a cart link) or a near miss (a price with only a cart link, a name with no price, a card
 * past 600 characters, a name 60 empty boxes down), every tenth 30 boxes deep; N = 5,500, about 2 MB.
 */
export function pricedCardsWithoutClasses(n: number): string {
	const parts: string[] = ['# Trail Lanterns\n\nSort by: Featured\n\n::: results\n'];
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: box\n'.repeat(30) : '';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : '';
		const name = `[Lantern ${i}](/p/${i})`;
		const k = i % 5;
		const body =
			k === 0 ? `${name}\n\n$${i}.00\n\n[Add to cart](/c/${i})`
			: k === 1 ? `$${i}.00\n\n[Add to cart](/c/${i})`
			: k === 2 ? `${name}\n\nIn stock`
			: k === 3 ? `${name}\n\n${'A bright lantern. '.repeat(40)}\n\n$${i}.00`
			: `${'::: e\n'.repeat(60)}${name}\n\n${':::\n'.repeat(60)}$${i}.00`;
		parts.push(`${open}::: {.t${i}}\n${body}\n:::\n\n${close}`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 54, branch meta59 (metadata/olderPicturePaths.ts): an article whose only date is an update stamp, then `n`
 * pictures filed under dated paths (every tenth 30 boxes deep), with near misses: runs of 400 year-like path parts
 * ("/2019/2019/…"), months out of range ("/2019/13/"), and 1,000-character paths.
 */
export function updateStampOverDatedPaths(n: number): string {
	// Menus before and after the article's box, so that the region is the box and not the whole page.
	const menu = '-   [Home](/)\n-   [Brewing](/brewing/)\n-   [Beans](/beans/)\n-   [Gear](/gear/)\n\n';
	const parts: string[] = [`${menu}::: post\n# The best drip coffee makers\n\nLast Updated: February 28, 2026\n\n`];
	for (let i = 0; i < n; i++) {
		const k = i % 5;
		const depth = i % 10 === 0 ? 30 : 1;
		if (k === 0) parts.push(`${'::: figure\n'.repeat(depth)}![Machine ${i}](https://shop.example/wp-content/uploads/2019/0${1 + (i % 9)}/machine-${i}.jpg)\n${':::\n'.repeat(depth)}\n`);
		else if (k === 1) parts.push(`[Older post ${i}](${'/2019'.repeat(400)}/post-${i}/)\n\n`);
		else if (k === 2) parts.push(`![](/uploads/2019/13/${'x'.repeat(1000)}.png)\n\n`);
		else if (k === 3) parts.push(`/20${'1'.repeat(300)}/0/\n\n`);
		else parts.push(`A good machine ${i} heats the water evenly and wets the grounds all at once, which is most of a sweet cup. ${'The bloom settles, the bed stays flat and the cup tastes clean. '.repeat(6)}\n\n`);
	}
	parts.push(`:::\n\n${menu}`);
	return parts.join('');
}

/**
 * Session 54, branch meta59 (metadata/headingBadges.ts, class-free badges): `n` headlines, each a story link, a source
 * link naming a host in brackets (or a near miss: 60 dotted parts, a 1,000-character bracketed text) and a count linked
 * to the comments (or a 2,000-digit count), every tenth 30 boxes deep.
 */
export function headlineBadgeLinks(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		const k = i % 4;
		const source = k === 0 ? `[(news${i}.example.com)](https://www.news${i}.example.com/a)` : k === 1 ? `[(${'a.'.repeat(60)}com)](https://x.example/)` : k === 2 ? `[(${'b'.repeat(1000)})](https://b.example/)` : `[(c${i}.example.org)](https://other.example/)`;
		const count = k === 3 ? `[${'9'.repeat(2000)}](/s/${i}#comments)` : `[${i}](/s/${i}#comments)`;
		parts.push(`${'::: box\n'.repeat(depth)}## [ [Story ${i} about the harbour](/s/${i}) [ ${source}{.q} ]{.r}]{.t} [${count}]{.c}\n\nThe ferry ${i} kept running.\n\n${':::\n'.repeat(depth)}\n`);
	}
	return parts.join('');
}


/**
 * Session 55 (prod55): three h1s, each over near-miss labels (lines of 40 characters opening with "Description",
 * "Specifications and" chains), then a grid of `n` priced cards each labelled "Details", every tenth 30 boxes deep.
 * kinds/sectionAtName.ts walks at most its window after each of three h1s; the grid's labels are the cards'.
 */
export function sectionLabelsInCards(n: number): string {
	const parts: string[] = [];
	for (let h = 0; h < 3; h++) {
		parts.push(`# Ridgeline Boot ${h}\n\n`);
		for (let i = 0; i < 40; i++) parts.push(`${i % 2 ? 'Description and specs and details and sp' : 'Specifications & '.repeat(20)}\n\n`);
	}
	for (let i = 0; i < n; i++) {
		const open = i % 10 === 0 ? '::: box\n'.repeat(30) : '';
		const close = i % 10 === 0 ? ':::\n'.repeat(30) : '';
		parts.push(`${open}::: card\n[Boot ${i}](/p/${i})\n\n$${(i % 90) + 10}.00\n\nDetails\n:::\n${close}\n`);
	}
	return parts.join('');
}
/**
 * Session 56, branch prod56 (heuristics/reviewsEnd.ts): a product's name, price and description, a "Reviews" label,
 * then `n` h2 sections by turn: foreign to the item (cut), naming one of the name's words in a long text, headed as
 * reviews or as the item's data (never cut), every tenth 30 boxes deep, and a last heading naming the item (so each
 * foreign section is cut alone and the walk goes on).
 */
export function sectionsAfterReviews(n: number): string {
	const parts: string[] = ['# Ridgeline Trail Boot\n\n$129.00\n\nAdd to cart\n\n', `${'A waterproof leather boot for long days on rough ground. '.repeat(4)}\n\n`, 'Reviews\n\n'];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		const k = i % 4;
		const heading = k === 0 ? `Better things ${i}` : k === 1 ? `Our promise ${i}` : k === 2 ? `Reviews page ${i}` : 'Specifications';
		const text = k === 1 ? `${'ridgeline '.repeat(40)}kept` : `Line ${i} of the section, with words of its own.`;
		parts.push(`${'::: box\n'.repeat(depth)}## ${heading}\n\n${text}\n\n${':::\n'.repeat(depth)}\n`);
	}
	parts.push('## Ridgeline Trail Boot\n\nThe end.\n');
	return parts.join('');
}

/**
 * Session 57, branch prod57 (heuristics/reviewsEnd.ts at a reviews tab's level): a product's name, price and
 * description, a "Reviews" line and an h3 naming reviews, then `n` h3 sections by turn: a review's title over a star
 * line, one over a date line, a foreign section (cut alone), one naming the item, every tenth 30 boxes deep, and a
 * last heading naming the item.
 */
export function reviewTitlesUnderATab(n: number): string {
	const parts: string[] = ['# Ridgeline Trail Boot\n\n$129.00\n\nAdd to cart\n\n', `${'A waterproof leather boot for long days on rough ground. '.repeat(4)}\n\n`, 'Reviews\n\n### Review highlights\n\n'];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		const k = i % 4;
		const body = k === 0 ? `### Love them ${i}\n\n5 out of 5 stars\n\nNo blisters.` : k === 1 ? `### Wet week ${i}\n\nMarch 3, 2026\n\nDry feet.` : k === 2 ? `### Our story ${i}\n\nMade with care since 2013.` : `### Ridgeline trail care ${i}\n\nWax it twice a season.`;
		parts.push(`${'::: box\n'.repeat(depth)}${body}\n\n${':::\n'.repeat(depth)}\n`);
	}
	parts.push('### Ridgeline Trail Boot\n\nThe end.\n');
	return parts.join('');
}

/**
 * Session 57, branch prod57 (heuristics/itemProseAfter.ts, in recommendationSections.ts `endAtRecommendations`): a
 * product's name, price and description, then `n` h2 sections by turn: a related-products grid of two priced cards,
 * a section of long prose naming the item (so the read goes on after each grid), a shop's quotes naming the shop, and
 * every seventh a heading of the item's data; every tenth 30 boxes deep.
 */
export function relatedGridsThenItemProse(n: number): string {
	const parts: string[] = ['# Linen Harbor Dress\n\n€132.00\n\nAdd to basket\n\n', `${'A light linen dress for hot days. '.repeat(6)}\n\n`];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		const k = i % 3;
		const body =
			k === 0
				? `## Related products\n\n### Skirt ${i}\n\n€95.00\n\n### Top ${i}\n\n€74.00`
				: k === 1
					? `## ${i % 7 === 0 ? 'Specifications' : `More ${i}`}\n\n${'The linen harbor dress, washed soft. '.repeat(6)}`
					: `## Clients ${i}\n\n${'Lovely shop, fast parcels, kind owner. '.repeat(5)}`;
		parts.push(`${'::: box\n'.repeat(depth)}${body}\n\n${':::\n'.repeat(depth)}\n`);
	}
	return parts.join('');
}

/**
 * Session 56, branch prod56 (kinds/cardsUnderPrice.ts, a section label at the name over teaser cards): three h1s over
 * 40 near-miss labels each (one an h1 "Details"), then `n` teaser cards, each a linked title, a line and a "Details"
 * label of its own, every tenth 30 boxes deep.
 */
export function sectionLabelsOverTeaserCards(n: number): string {
	const parts: string[] = [];
	for (let h = 0; h < 3; h++) {
		parts.push(h === 1 ? '# Details\n\n' : `# Class notes ${h}\n\n`);
		for (let i = 0; i < 40; i++) parts.push(`${i % 2 ? 'Description and specs and details and sp' : 'Product details & '.repeat(20)}\n\n`);
	}
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		parts.push(`${'::: box\n'.repeat(depth)}::: summary-item\n[Week ${i}](/notes/${i})\n\nA short recap of week ${i}.\n\nDetails\n:::\n${':::\n'.repeat(depth)}\n`);
	}
	return parts.join('');
}
/**
 * Session 54, branch price60 (kinds/priceReader.ts, whole amounts with a dash for their cents): `n` cards of a
 * category, each a name link and a price "49,- €", "1.299,–" or "49.-" on a line of its own (every tenth 30 boxes
 * deep), with near misses: a 2,000-character run of digit groups ending in ",-", 500 score lines "3:2,-", 300 dashes
 * after an amount, and a numbered list "1.- Item".
 */
export function dashCentsCards(n: number): string {
	const parts: string[] = ['# Winter jackets\n\n'];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		const k = i % 6;
		const price = k === 0 ? `${10 + (i % 90)},- €` : k === 1 ? `1.${String(100 + (i % 900))},–` : k === 2 ? `${10 + (i % 90)}.-` : k === 3 ? `${'1 234 '.repeat(330)}5,-` : k === 4 ? `${'3:2,- '.repeat(500)}` : `49,${'-'.repeat(300)} ${i}.- Item`;
		parts.push(`${'::: box\n'.repeat(depth)}[Jacket ${i}](/p/${i})\n\n${price}\n\n${':::\n'.repeat(depth)}\n`);
	}
	return parts.join('');
}

/**
 * Session 55, branch listing55: a feed of N entries by turn: a linked, dated title over a summary, an unlinked heading
 * over a comment, a jump list of 12 fragment links (nested one level; every tenth 30 boxes deep), and near misses (a
 * fragment list with one link elsewhere, a 2,000-character fragment link); drives listingJumpLists.ts and the title
 * share of datedTeasers.ts.
 */
export function jumpListsInADatedFeed(n: number): string {
	const parts: string[] = ['# News and comments\n\n'];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		const k = i % 5;
		const body =
			k === 0
				? `## [Story number ${i} of the week](/s/${i})\n\nMarch ${(i % 27) + 1}, 2024\n\nA summary of the story, long enough to read as a teaser of its own.\n`
				: k === 1
					? `### Re: point ${i}\n\nMarch ${(i % 27) + 1}, 2024\n\nA comment under the story.\n`
					: k === 2
						? `${Array.from({ length: 12 }, (_, j) => `-   [Part ${j}](#p${i}-${j})\n    -   [Sub ${j}](#s${i}-${j})`).join('\n')}\n`
						: k === 3
							? `-   [Here](#a${i})\n-   [There](#b${i})\n-   [Away](/c/${i})\n`
							: `-   [${'x'.repeat(2000)}](#long${i})\n-   [y](#y${i})\n-   [z](#z${i})\n`;
		parts.push(`${'::: box\n'.repeat(depth)}${body}\n${':::\n'.repeat(depth)}\n`);
	}
	return parts.join('');
}

/**
 * Session 55, branch listing55: N cards of a feed, each a linked title and a byline ending in a relative stamp, with
 * near misses (a 70-character lead, 2,000 characters of "1 " before "ago", a stamp line of 60 punctuation marks), every
 * tenth 30 boxes deep; drives ageStampLines.ts.
 */
export function ageStampBylinesInAFeed(n: number): string {
	const parts: string[] = ['# Latest\n\n'];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		const k = i % 4;
		const line = k === 0 ? `Jane Roe ${1 + (i % 9)} hours ago ${i % 50}` : k === 1 ? `${'x'.repeat(70)} 3 days ago` : k === 2 ? `${'1 '.repeat(1000)}ago` : `${'·'.repeat(60)} 2 weeks ago 4`;
		parts.push(`${'::: box\n'.repeat(depth)}### [Story ${i}](/s/${i})\n\n${line}\n\n${':::\n'.repeat(depth)}\n`);
	}
	return parts.join('');
}

/**
 * A category page whose grid is `n` lists of three priced cards, each list after an ad's div (a label and a sentence)
 * and every tenth list after a heading instead, all in one results box: the collection read joins the parts of a
 * split grid (kinds/splitGrid.ts), one pass over the box's children and a binary search per removed region.
 */
export function gridSplitByAds(n: number): string {
	const parts = ['::: {#main}\n# Camping gear\n\nEverything for a night out, sorted by what you carry.\n\n::: {.results}\n'];
	for (let i = 0; i < n; i++) {
		parts.push(i % 10 === 9 ? `## Row ${i}\n\n` : `::: {.slot}\nAdvertisement\n\nSponsored line ${i}.\n:::\n\n`);
		for (let k = 0; k < 3; k++) parts.push(`-   [Tent ${i}-${k}](/p/${i}/${k})\n\n    $${20 + k}.00\n`);
		parts.push('\n');
	}
	parts.push(':::\n:::\n');
	return parts.join('');
}

/**
 * Session 55 (forum55): a thread of `n` post boxes that share no class token (kinds/siblingPosts.ts), each with a
 * member link, a stamp and a message; every fifth post holds three stamped boxes of its own (a nested parent of
 * candidates), every tenth sits 30 boxes deep, and every seventh list item holds an anchor beside two boxes.
 */
export function siblingPostsWithoutTokens(n: number): string {
	const parts = ['# A thread whose boxes share no class\n\n::: {.t0}\n'];
	for (let i = 0; i < n; i++) {
		const deep = i % 10 === 0 ? 30 : 0;
		const open = Array.from({ length: deep }, (_, d) => `::: {.w${i}x${d}}\n`).join('');
		const close = ':::\n'.repeat(deep);
		const inner = i % 5 === 0 ? [0, 1, 2].map((k) => `::: {.i${i}y${k}}\nMar ${k + 1}, 2024 a note of the post, with words and a comma.\n:::\n`).join('') : '';
		const box = `::: {.p${i}a .mt-${i % 7}}\n[member${i}](/members/m${i}.${i}/)\n\nMar ${1 + (i % 27)}, 2024 10:${10 + (i % 50)}\n\n${open}The message of post ${i} is a sentence of prose, with a comma, about the sink.\n${close}${inner}:::\n`;
		parts.push(i % 7 === 0 ? `-   []{#p${i}}\n\n    ::: {.x${i}}\n    short\n    :::\n\n${box.replace(/^/gm, '    ')}\n` : box);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 55, branch byline55 (metadata/bylineNonNames.ts, what stands in a missing name's place): a title, then `n`
 * bylines whose name slot holds credentials, weekdays, job titles, section labels or a credit's label, with near misses
 * (runs of 300 credentials, 1,000-character labels ending in "by", a real name between them), every tenth 30 boxes deep.
 */
export function bylineNonNamesUnderATitle(n: number): string {
	const parts: string[] = ['# Ten ways to plan a garden\n\n'];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		const k = i % 6;
		const slot = k === 0 ? 'MS, RD, PhD' : k === 1 ? 'Friday' : k === 2 ? `${'MD '.repeat(300)}x` : k === 3 ? `${'Recipe '.repeat(140)}by` : k === 4 ? 'Co-Founder & COO' : `Dana Whitfield ${i}`;
		parts.push(`${'::: box\n'.repeat(depth)}[By [${slot}]{.author-name}]{.byline}\n\nWritten by\n\n## Table of Contents ${i}\n\nThe bed ${i} stays weeded.\n\n${':::\n'.repeat(depth)}\n`);
	}
	return parts.join('');
}

/**
 * Session 56, branch coll56 (kinds/unpricedShop.ts, a shop's grid without prices read as a collection): a category of
 * `n` cards of one class, each a name link, a colour count, a compare box and a cart button, no price anywhere, with a
 * per-page chooser every 100 cards and every tenth card 30 boxes deep.
 */
export function unpricedShopCards(n: number): string {
	const parts: string[] = ['# Jackets for the hills\n\nSort by: Featured\n\n::: grid\n'];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 0;
		if (i % 100 === 0) parts.push(`-   Show 24 results per page\n-   Show 96 results per page ${i}\n\n`);
		parts.push(`::: product-tile\n${'::: box\n'.repeat(depth)}[Jacket ${i}](/p/${i})\n\n${i % 9} colours\n\nCompare\n\n[Add to cart](/cart/${i})\n${':::\n'.repeat(depth)}:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 56, branch coll56 (heuristics/countedFacets.ts `pruneCountedFacets`, filter boxes pruned before the
 * container choice): `n` content boxes, each an h1, a filter box of eight counted options no class word names and a
 * paragraph, every tenth 30 boxes deep and every seventh holding its h1 inside the filter box.
 */
export function facetBoxesUnderTitles(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 0;
		const options = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => `-   [Option ${k} (${k + i})](/c?f=${k})\n`).join('');
		const title = `# Category ${i}\n\n`;
		parts.push(`::: {.c${i % 13}}\n${i % 7 === 0 ? '' : title}${'::: box\n'.repeat(depth)}::: {.s${i % 11}}\n${i % 7 === 0 ? title : ''}Filter results\n\n${options}:::\n${':::\n'.repeat(depth)}\nThe category ${i} holds things, with a comma.\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * Session 56, branch unique56 (kinds/siblingPosts.ts finer groups, list items' last box; kinds/anonymousPosts.ts posts by
 * place beside a token's few): three stamped, signed columns, the middle one holding `n` post boxes with no shared
 * class; every third quotes the post before in a box whose token all quotes share, every fifth holds three stamped
 * boxes, every seventh is a list item with an anchor and a longer preview of its parent, every tenth 30 boxes deep.
 */
export function placedPostsInColumns(n: number): string {
	const column = (k: number): string => `::: {.col${k}}\nWorkshop ${k}: a long promo of prose, with a comma, for the readers of the board.\n\nDec ${k + 10}, 2025 by [Staff](/members/staff.${k}/)\n:::\n`;
	const parts = ['::: {.page}\n', column(1), '::: {.colthread}\n# A thread in a column\n\n'];
	for (let i = 0; i < n; i++) {
		const deep = i % 10 === 0 ? 30 : 0;
		const open = Array.from({ length: deep }, (_, d) => `::: {.w${i}x${d}}\n`).join('');
		const close = ':::\n'.repeat(deep);
		const quoted = i % 3 === 1 ? `> ::: quotebox\n> member${i - 1} said: the message of post ${i - 1}, quoted.\n> :::\n\n` : '';
		const inner = i % 5 === 0 ? [0, 1, 2].map((k) => `::: {.i${i}y${k}}\nMar ${k + 1}, 2024 a note of the post, with words and a comma.\n:::\n`).join('') : '';
		const box = `::: {.p${i}a .mt-${i % 7}}\n[member${i}](/members/m${i}.${i}/)\n\nMar ${1 + (i % 27)}, 2024 10:${10 + (i % 50)}\n\n${quoted}${open}The message of post ${i} is a sentence of prose, with a comma, about the sink.\n${close}${inner}:::\n`;
		const preview = `::: {.v${i}}\n[member${i - 1}](/members/m${i - 1}.${i - 1}/)\n\nMar 2, 2024\n\nThe message of post ${i - 1} is a sentence of prose, with a comma, about the sink, shown again.\n:::\n\n`;
		parts.push(i % 7 === 0 ? `-   []{#p${i}}\n\n${(preview + box).replace(/^/gm, '    ')}\n` : box);
	}
	parts.push(':::\n', column(2), ':::\n');
	return parts.join('');
}

/**
 * Session 57, branch forum57 (kinds/placedFlatPosts.ts): `n` flat posts under one box, no class shared: each an anchor,
 * a member card's counters, a header box (a heading linked to the poster's profile, a date beside an age) and a message
 * box; every third header also holds a linked story title, every fifth message quotes a member, every seventh message
 * is 30 boxes deep, every tenth header box carries 1,000 characters of attributes; a box of three messages with headers
 * above it (an opening post apart).
 */
export function placedFlatPostsUnderOneBox(n: number): string {
	const head = (i: number): string =>
		`[]{#c${i}}\n\n-   [${i} posts](/profile/${i}-m${i}/content/)\n\n::: {.h${i}${i % 10 === 0 ? ` data-x="${'y'.repeat(1_000)}"` : ''}}\n### [m${i}](/profile/${i}-m${i}/)\n\n${i % 3 === 0 ? `### [Story ${i}](/stories/${i}/)\n\n` : ''}[August ${1 + (i % 28)}, 2024]{.d${i}}[1 yr]{.a${i}}\n:::\n\n`;
	const message = (i: number): string => {
		const deep = i % 7 === 0 ? 30 : 0;
		const quote = i % 5 === 0 ? `> [m${i - 1}](/profile/${i - 1}-m${i - 1}/) said: the post before, quoted.\n\n` : '';
		return `::: {.b${i}}\n${'::: {.x}\n'.repeat(deep)}${quote}The message of post ${i} is a sentence of prose, with a comma, about the garden planner.\n${':::\n'.repeat(deep)}:::\n\n`;
	};
	const parts = ['# A thread of flat posts\n\n::: {.o}\n'];
	for (let i = 0; i < 3; i++) parts.push(head(i), message(i));
	parts.push(':::\n\n::: {.w}\n');
	for (let i = 3; i < n; i++) parts.push(head(i), message(i));
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 57, branch forum57 (heuristics/placedTrailingBoxes.ts): `n` posts named `post`, every inner class its own: a
 * header, a message box and boxes after it at each level; every third post a signature in a quote, every fifth twenty
 * trailing boxes, every seventh a message 30 boxes deep with a box after each level, every eleventh a short stamped body.
 */
export function placedSignaturesUnderPosts(n: number): string {
	const parts = ['# A thread with signatures\n\n'];
	for (let i = 0; i < n; i++) {
		const deep = i % 7 === 0 ? 30 : 1;
		const open = Array.from({ length: deep }, (_, d) => `::: {.w${i}x${d}}\n`).join('');
		const close = Array.from({ length: deep }, (_, d) => `:::\n\n::: {.t${i}x${d}}\nA box after level ${d}, with words.\n:::\n`).join('');
		const body = i % 11 === 0 ? `::: {.d${i}}\nMarch 3, 2024\n:::\n` : `The message of post ${i} is a sentence of prose, with a comma, about hosting plans.\n`;
		const quote = i % 3 === 0 ? `> ::: {.s${i}}\n> Signature ${i}: fast hosting since 2008.\n> :::\n\n` : '';
		const trailing = i % 5 === 0 ? Array.from({ length: 20 }, (_, k) => `::: {.k${i}x${k}}\nTrailing ${k}\n:::\n`).join('') : '';
		parts.push(`::: {#post${i} .post}\n::: {.h${i}}\n[m${i}](/members/m${i}/) · March ${1 + (i % 28)}, 2024\n:::\n\n${open}${body}${close}${quote}${trailing}:::\n\n`);
	}
	return parts.join('');
}

/**
 * Session 56, branch unique56 (kinds/titleRail.ts): a dated article, then a rail of `n` recent posts (picture, tags,
 * linked title, author), every third with a blurb just under the bar, every fifth a linked paragraph title, every
 * seventh a 2,000-character tag run, every tenth 30 boxes deep.
 */
export function titleRailAfterArticle(n: number): string {
	const prose = 'Our build pipeline spent most of its time waiting on the network, so we moved the package cache onto the runners.';
	const parts = ['::: {.a}\n# Faster builds\n\nBy Mara Lindqvist · March 4, 2025\n\n', `${prose}\n\n`.repeat(5), ':::\n\n::: {.r}\n'];
	for (let i = 0; i < n; i++) {
		const deep = i % 10 === 0 ? 30 : 0;
		const title = i % 5 === 0 ? `[A linked paragraph title for post number ${i}](/p/${i}/)` : `## [Post number ${i} about the morning](/p/${i}/)`;
		const tags = i % 7 === 0 ? '[tag](/t/) '.repeat(180) : '[habits](/c/h/) [morning](/c/m/)';
		const blurb = i % 3 === 0 ? `${'x'.repeat(70)} note ${i}.\n\n` : '';
		parts.push(`${'::: {.w}\n'.repeat(deep)}-   ![](/img/${i}.png)\n\n    ${tags}\n\n    ${title}\n\n    ${blurb}[Jordan](/author/j/)\n\n${':::\n'.repeat(deep)}`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 56, branch byline56: N reviewer label lines in boxes of their own, each over up to 12 fence lines and a picture
 * box before a name box (metadata/reviewerNames.ts reads the first line of text below such a label), every third with
 * 1,000 characters of fence line, with writer bylines between them.
 */
export function reviewerLabelBoxesUnderATitle(n: number): string {
	const parts: string[] = ['# Ten ways to plan a garden\n\n'];
	for (let i = 0; i < n; i++) {
		const fences = i % 4 === 0 ? 12 : 2;
		const pic = i % 3 === 0 ? `::: {.pic style="${'x'.repeat(1_000)}"}\n:::\n` : '::: pic\n:::\n';
		parts.push(`::: author-card\n::: label\nFact Checked By\n:::\n\n${pic}${':::\n\n'.repeat(fences)}::: name\nTom Bell ${i}\n:::\n:::\n\n[By Dana Whitfield]{.byline}\n\nThe bed ${i} stays weeded.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 56 (coll56b): a category's h1, then one box holding N lists of two priced cards with cart buttons, split by
 * ads' divs (every fifth gap two blocks, every tenth card 30 boxes deep), and a last list of nine cards: the grid's
 * parts are checked beside the largest (kinds/gridPartsAtName.ts), each time the buy-box tests ask.
 */
export function gridPartsUnderTheName(n: number): string {
	const card = (i: number, k: number): string => {
		const deep = i % 10 === 0 && k === 0 ? 30 : 0;
		const open = Array.from({ length: deep }, (_, d) => `    ::: {.d${i}x${d}}\n`).join('');
		return `-   [Lamp ${i}-${k}](/p/${i}/${k})\n\n${open}    $${20 + k}.00\n${'    :::\n'.repeat(deep)}\n    [Add to cart](/c/${i}/${k})\n\n`;
	};
	const parts = ['::: {#main}\n# Lamps\n\n::: {.results}\n'];
	for (let i = 0; i < n; i++) {
		parts.push(card(i, 0), card(i, 1), '\n');
		parts.push(i % 5 === 4 ? `::: {.slot}\nAd ${i}\n:::\n\nSponsored line ${i}.\n\n` : `::: {.slot}\nAdvertisement\n\nSponsored line ${i}.\n:::\n\n`);
	}
	for (let k = 0; k < 9; k++) parts.push(card(n, k));
	parts.push('\n:::\n:::\n');
	return parts.join('');
}



/**
 * Session 57, branch coll57 (heuristics/countedFacets.ts `FacetDiscount`): `n` chains of 40 nested boxes, each level
 * holding a filter box of eight counted options and a line of prose before the next level opens, so every pruned
 * panel's links are taken off the most ancestors the bound allows, and the scoring asks each level's density.
 */
export function facetBoxesDownChains(n: number): string {
	const parts: string[] = [];
	const depth = 40;
	for (let i = 0; i < n; i++) {
		for (let d = 0; d < depth; d++) {
			const options = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => `-   [Option ${k} (${k + d})](/c?f=${k})\n`).join('');
			parts.push(`::: {.l${d % 9}}\n::: {.f${d % 5}}\nFilter results\n\n${options}:::\n\nLevel ${d} of chain ${i} holds things, with a comma.\n\n`);
		}
		parts.push(':::\n'.repeat(depth) + '\n');
	}
	return parts.join('');
}


/**
 * Session 57, branch coll57 (heuristics/labelledOptions.ts): a grid of six priced, linked cards, then `n` labelled
 * groups of four unlinked options in boxes of their own, three to a panel box, every tenth panel 30 boxes deep; then
 * one box holding `n` label and list pairs as its direct children (each list read beside the block before it).
 */
export function labelledOptionGroups(n: number): string {
	const parts: string[] = ['# A category\n\n::: grid\n'];
	for (let i = 0; i < 6; i++) parts.push(`::: {.c${i}}\n### [Card ${i}](/p/${i})\n\n$${10 + i}.00\n:::\n\n`);
	parts.push(':::\n\n');
	const group = (i: number): string => `::: {.g${i % 7}}\nLabel ${i % 50}\n\n-   Red\n-   Blue\n-   Green\n-   Black\n:::\n\n`;
	for (let i = 0; i < n; i += 3) {
		const depth = (i / 3) % 10 === 0 ? 30 : 0;
		parts.push('::: box\n'.repeat(depth), `::: {.p${i % 5}}\n`, group(i), group(i + 1), group(i + 2), ':::\n', ':::\n'.repeat(depth), '\n');
	}
	parts.push('::: flat\n');
	for (let i = 0; i < n; i++) parts.push(`Label ${i % 50}\n\n-   Small\n-   Large\n\n`);
	parts.push(':::\n');
	return parts.join('');
}
/**
 * Session 58, branch coll58 (kinds/cardCopy.ts, cardDetailPanels.ts `copyDrawer`): an h1 over a list of `n` priced,
 * linked cards, then a compare drawer: `n` header panels, each a heading copying a card's name, its price and "Add to
 * cart", and a box of `n` unpriced story panels with no shared class, every tenth 30 boxes deep.
 */
export function cardCopyDrawer(n: number): string {
	const parts: string[] = ['# A category\n\n::: grid\n'];
	for (let i = 0; i < n; i++) parts.push(`-   [Card number ${i}](/p/${i})\n\n    $${10 + (i % 90)}.00\n\n`);
	parts.push(':::\n\n::: drawer\n##### Compare Products\n\n::: heads\n');
	for (let i = 0; i < n; i++) parts.push(`::: {.h${i}}\n#### Card number ${i}\n\n$${10 + (i % 90)}.00\n\nAdd to cart\n:::\n\n`);
	parts.push(':::\n\n::: stories\n');
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 0;
		parts.push(`::: {.w${i}}\n`.repeat(depth), `::: {.s${i}}\nCard number ${i} is built for the long run: its cushions breathe, its band holds, and its battery lasts a week of commutes.\n:::\n`, ':::\n'.repeat(depth), '\n');
	}
	parts.push(':::\n:::\n');
	return parts.join('');
}
/**
 * Session 58, branch coll58 (heuristics/facetChars.ts, kinds/faqSection.ts): a category box with its title and four
 * questions, then `n` counted filter boxes side by side at the bottom of a chain of 500 nested boxes, so each panel's
 * walk to the root (is it inside a pruned box?) is as long as the parser lets it be.
 */
export function facetBoxesDeepDown(n: number): string {
	const parts: string[] = ['::: main\n# Candles\n\n'];
	for (const q of ['What wax?', 'How long?', 'Which wick?', 'Where from?']) parts.push(`## ${q}\n\nPoured by hand from soy wax, cured for two weeks, with a cotton wick.\n\n`);
	parts.push(':::\n\n', '::: {.d}\n'.repeat(500));
	for (let i = 0; i < n; i++) {
		const options = [0, 1, 2, 3, 4, 5].map((k) => `-   [Scent ${k} (${k + i % 9})](/c?s=${k})\n`).join('');
		parts.push(`::: {.f${i % 7}}\nFilter ${i}\n\n${options}:::\n\n`);
	}
	parts.push(':::\n'.repeat(500));
	return parts.join('');
}
/**
 * Session 58, branch coll58 (kinds/collectionFacets.ts): `labelledOptionGroups` under a grid that only the collection
 * read finds (a list of one-line priced items, no linked name), so the labelled panels are searched against that grid.
 */
export function labelledGroupsBesideAPricedList(n: number): string {
	const groups = labelledOptionGroups(n);
	const list = Array.from({ length: 12 }, (_, i) => `-   Item ${i} of the range, $${10 + i}.00`).join('\n');
	return `# A category\n\n::: grid\n${list}\n:::\n\n${groups.slice(groups.indexOf(':::\n\n') + 5)}`;
}
/**
 * Session 59, branch coll59 (heuristics/emptyReadFallback.ts `frameWrappers`, measured less the page's counted filter
 * boxes, heuristics/facetChars.ts): N counted filter boxes, every tenth 40 boxes deep, beside a product page wrapped
 * whole in a chrome-named box it never closes, so that the page read keeps only the filter boxes and is read again.
 */
export function facetBoxesBesideAWrappedPage(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) {
		const options = [0, 1, 2, 3, 4, 5].map((k) => `-   [Finish ${k} (${k + i % 9})](/c?f=${k})\n`).join('');
		const deep = i % 10 === 0 ? 40 : 0;
		parts.push('::: {.e}\n'.repeat(deep), `::: {.f${i % 7}}\nFilter ${i}\n\n${options}:::\n\n`, ':::\n'.repeat(deep));
	}
	const story = 'Each table is turned by hand from a single walnut board, oiled three times and finished with beeswax.';
	parts.push('::: newsletter-popup\n::: body\n# Walnut Side Table\n\n\\$240.00\n\n', `${story}\n\n`.repeat(40), ':::\n');
	return parts.join('');
}
/**
 * Session 59, branch coll59 (heuristics/gridGaps.ts): a category whose N priced cards, in lists of three, alternate with
 * ad slots, under a chain of 300 boxes each holding an ad slot before and after the next box.
 */
export function adSlotsBetweenCards(n: number): string {
	const parts: string[] = ['# A category\n\nSort by: Featured\n\nAdd to cart\n\n'];
	for (let d = 0; d < 300; d++) parts.push(`::: {.w${d % 5}}\n::: s\nAdvertisement\n:::\n\n`);
	for (let i = 0; i < n; i++) {
		if (i % 3 === 0) parts.push(`\n::: s\nAdvertisement\n\nSponsored: sale number ${i}.\n:::\n\n`);
		parts.push(`-   [Item ${i}](/p/${i})\n\n    $${10 + (i % 90)}.00\n`);
	}
	for (let d = 0; d < 300; d++) parts.push('::: s\nAdvertisement\n:::\n:::\n\n');
	return parts.join('');
}
/**
 * Session 57, branch listing57: N teaser cards with no shared class (each box's class its own), three in five of one
 * shape (a picture, a linked heading, a blurb, a date), the others without a picture or a blurb, or with a "Read more"
 * link, every tenth card 120 boxes deep (past the shape
 * read's cap), every seventh the one box of a list item, every thirteenth a box of 60 empty boxes (kinds/cardGroup.ts).
 */
export function shapeCardsWithoutTokens(n: number): string {
	const parts: string[] = ['# The archive\n\n::: {.feed}\n'];
	for (let i = 0; i < n; i++) {
		const deep = i % 10 === 0 ? 120 : 0;
		const title = `## [Story number ${i} about the harbour](/s/${i}/)\n\n`;
		const pic = i % 5 === 1 ? '' : `![](/img/${i}.png)\n\n`;
		const blurb = i % 5 === 2 ? '' : `A short summary of story ${i} and what the council decided.\n\n`;
		const date = 'March 4, 2025\n\n';
		const more = i % 5 === 1 ? '[Read more](/s/)\n\n' : '';
		const empty = i % 13 === 0 ? `${'::: {.e}\n:::\n\n'.repeat(60)}` : '';
		const card = `${`::: {.w${i}}\n`.repeat(deep)}::: {.c${i}}\n${pic}${title}${empty}${blurb}${date}${more}:::\n${':::\n'.repeat(deep)}\n`;
		parts.push(i % 7 === 0 ? `-   ${card.replace(/\n(?=.)/g, '\n    ')}\n` : card);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 58, branch prod58 (heuristics/footerColumnLists.ts, a footer menu printed as one list of labelled columns): a
 * product, then lists of 300 items, by turn two prose items and one column item (a heading over a wrapped list of three
 * links, every tenth wrapped 30 boxes deep), so that no list is mostly columns and every list is read whole; `n` items.
 */
export function columnItemsAmongProse(n: number): string {
	const parts: string[] = ['# Garden Feeder Camera\n\n€149.00\n\nAdd to cart\n\n', `${'A feeder with a camera for the garden. '.repeat(6)}\n\n`];
	for (let i = 0; i < n; i++) {
		if (i % 300 === 0) parts.push('\n<!-- -->\n\n');
		if (i % 3 !== 2) {
			parts.push(`-   The feeder note ${i} says the roof keeps seeds dry.\n\n`);
			continue;
		}
		const depth = i % 10 === 2 ? 30 : 1;
		const pad = '    ';
		const links = [0, 1, 2].map((k) => `${pad}-   [Link ${i}-${k}](/l/${i}/${k})\n`).join('');
		parts.push(`-   ### Column ${i}\n\n${`${pad}::: k\n`.repeat(depth)}${links}${`${pad}:::\n`.repeat(depth)}\n`);
	}
	return parts.join('');
}

/**
 * Session 58, branch prod58 (kinds/buyControlAtName.ts, a cart button under the name outside the grid): three h1s, each
 * over 40 near-miss lines (cart words in long lines, "Buy now", "In stock", a cart button in a table), every line 30
 * boxes deep, then a grid of `n` priced cards each with its own "Add to cart" button, every tenth 30 boxes deep.
 */
export function cartButtonsUnderNames(n: number): string {
	const parts: string[] = [];
	const deep = (body: string, depth: number): string => `${'::: box\n'.repeat(depth)}${body}\n${':::\n'.repeat(depth)}\n`;
	for (let h = 0; h < 3; h++) {
		parts.push(`# Trail boots ${h}\n\n`);
		for (let i = 0; i < 40; i++) {
			const k = i % 4;
			const line = k === 0 ? `Add to cart ${'and save on the boots you love today '.repeat(3)}` : k === 1 ? 'Buy now' : k === 2 ? 'In stock' : '| Add to cart |\n|---|\n| $1 |';
			parts.push(deep(line, 30));
		}
	}
	for (let i = 0; i < n; i++) parts.push(deep(`-   [Boot ${i}](/p/${i})\n\n    $${100 + (i % 50)}.00\n\n    Add to cart`, i % 10 === 0 ? 30 : 1));
	return parts.join('');
}

/**
 * Session 59, branch prod59 (kinds/stockAtName.ts): three h1s, each over near-miss stock lines (a stock sentence, a
 * stock word inside a longer line, a stock table cell) 30 boxes deep, then a grid of N priced cards each marked "Sold
 * out", every tenth card 30 boxes deep: the walk stops at its window after each h1, whatever the cards hold.
 */
export function stockLinesUnderNames(n: number): string {
	const parts: string[] = [];
	const deep = (body: string, depth: number): string => `${'::: box\n'.repeat(depth)}${body}\n${':::\n'.repeat(depth)}\n`;
	for (let h = 0; h < 3; h++) {
		parts.push(`# Harbour mug ${h}\n\n`);
		for (let i = 0; i < 40; i++) {
			const k = i % 3;
			parts.push(deep(k === 0 ? `In stock ${'at the harbour shop and online for the season '.repeat(3)}` : k === 1 ? 'Sold out sizes hidden' : '| Sold out |\n|---|\n| 3 |', 30));
		}
	}
	for (let i = 0; i < n; i++) parts.push(deep(`-   [Mug ${i}](/p/${i})\n\n    $${18 + (i % 50)}.00\n\n    Sold out`, i % 10 === 0 ? 30 : 1));
	return parts.join('');
}

/**
 * Session 60, branch prod60 (kinds/nameLines.ts): a page with no h1 whose N bold card names are near misses (in a
 * list, linked, over the length cap), every tenth 30 boxes deep, then one bold name line followed by near-miss price
 * lines (inside lists) and a grid of N priced cards.
 */
export function boldNamesWithoutH1(n: number): string {
	const parts: string[] = [];
	const deep = (body: string, depth: number): string => `${'::: box\n'.repeat(depth)}${body}\n${':::\n'.repeat(depth)}\n`;
	for (let i = 0; i < n; i++) {
		const k = i % 3;
		const body = k === 0 ? `-   **Lamp ${i}**` : k === 1 ? `**[Lamp ${i}](/p/${i})**` : `**${'A lamp of ash and linen '.repeat(7)}${i}**`;
		parts.push(deep(body, i % 10 === 0 ? 30 : 1));
	}
	parts.push('**Harbour Table Lamp**\n\n');
	for (let i = 0; i < 4; i++) parts.push(`-   $${40 + i}.00\n\n`);
	for (let i = 0; i < n; i++) parts.push(deep(`-   **Lamp ${i}**\n\n    $${18 + (i % 50)}.00\n\n    Add to cart`, 1));
	return parts.join('');
}

/**
 * Session 58, branch forum58 (heuristics/reactionLines.ts): N posts, each followed by a near-miss like line (a list of
 * names just under the length cap that ends in no verb), a like line that does match, and every twentieth a 5,000-character
 * run of names and "and" with no verb.
 */
export function reactionLinesUnderPosts(n: number): string {
	const names = Array.from({ length: 16 }, (_, k) => `nm${k}x y${k}`).join(', ');
	const parts = ['# A thread with reactions\n\n'];
	for (let i = 0; i < n; i++) {
		const run = i % 20 === 0 ? `${'ann and bo, '.repeat(420)}like this.\n\n` : '';
		parts.push(`::: {.p${i}}\n[m${i}](/members/m${i}/) · March ${1 + (i % 28)}, 2024\n\nThe message of post ${i} is a sentence of prose, with a comma.\n\n${names} and 3 others like that idea\n\nann, bo and ${i} others like this.\n\n${run}:::\n\n`);
	}
	return parts.join('');
}

/**
 * Session 58, branch forum58 (kinds/posterHeadings.ts `isNameThenGroupHeading`, read by kinds/placedFlatPosts.ts and the
 * teaser test): N flat posts whose headers name the poster in bold text before a linked group label, every fifth
 * heading a run of 40 group links after the name, every seventh the name under three emphases, every third a
 * second heading that opens with a badge before a story's link.
 */
export function nameLinePostsUnderOneBox(n: number): string {
	const parts = ['# A thread of name lines\n\n::: {.w}\n'];
	for (let i = 0; i < n; i++) {
		const name = i % 7 === 0 ? `***_m${i}_***` : `**m${i}**`;
		const links = i % 5 === 0 ? '[Gold Member of the garden group](/staff/groups/) '.repeat(40) : '[Gold Member](/staff/)';
		const badge = i % 3 === 0 ? `### New: [Story ${i} of the garden](/stories/${i}/)\n\n` : '';
		parts.push(`::: {.p${i}}\n[![m${i}](/img/${i}.png)](/profile/${i}-m${i}/)\n:::\n\n::: {.h${i}}\n### ${name} ${links}\n\n${badge}[August ${1 + (i % 28)}, 2024]{.d${i}}[1 yr]{.a${i}}\n:::\n\n::: {.b${i}}\nThe message of post ${i} is a sentence of prose, with a comma, about the garden planner.\n:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 58, branch listing58: N rows of touching spans, each with a class of its own (a chart's year, runtime and
 * rating, a price in parts, a drop cap), every tenth row a chain of spans nested 80 deep, each beside a sibling it
 * touches (inlineText.ts `separateSpans`: an element's text is joined only up to a bound).
 */
const CHART_NOTE = 'A note under the row on how the chart is made: the week\'s sales, the screens that showed the film and the score the critics gave it, weighed and summed, then the films ordered by their totals. '.repeat(4);

export function gluedSpansOfTheirOwnClasses(n: number): string {
	const parts: string[] = ['# The chart\n\n'];
	for (let i = 0; i < n; i++) {
		let row = `[${2000 + (i % 30)}]{.y${i}}[1h ${i % 60}m]{.t${i}}[R]{.r${i}}[\\$]{.c${i}}[19]{.w${i}}[.99]{.f${i}}[T]{.d${i}}[HE END]{.e${i}}`;
		if (i % 10 === 0) {
			let chain = `[v${i}]{.z0}`;
			for (let d = 1; d <= 80; d++) chain = `[w${d}]{.s${d}}[${chain}]{.n${d}}`;
			row += chain;
		}
		parts.push(`${row}\n\n${CHART_NOTE}\n\n`);
	}
	return parts.join('');
}

/**
 * Session 58, branch listing58: a page of N teaser cards, each box with a class of its own, and a headed section with a
 * "Learn more" link before every fourth (kinds/spreadCards.ts: the shape group's share of the page beside its sections).
 */
export function shapeFeedBetweenSections(n: number): string {
	const parts: string[] = ['::: {.top}\n-   [Home](/)\n-   [News](/news)\n:::\n\n# What is on\n\n::: {.main}\n'];
	for (let i = 0; i < n; i++) {
		if (i % 4 === 0) parts.push(`::: {.s${i}}\n## About part ${i}\n\nA few words on what part ${i} of the programme is and who it is for, and when to come.\n\n[Learn more](/about/${i})\n:::\n\n`);
		parts.push(`::: {.c${i}}\n### [The evening walk number ${i} by the harbour](/e/${i})\n\nA short line on walk ${i}.\n\nMarch 4, 2025\n:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 58, branch listing58: N boxes of four teaser cards each, each box and card with a class of its own, every
 * tenth card box 60 boxes deep (kinds/fewCards.ts: a group of four read by its share of the page).
 */
export function rowsOfFourShapeCards(n: number): string {
	const parts: string[] = ['# Results\n\n::: {.main}\n'];
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.row${i}}\n`);
		for (let k = 0; k < 4; k++) {
			const deep = (i + k) % 10 === 0 ? 60 : 0;
			parts.push(`${`::: {.w${i}-${k}}\n`.repeat(deep)}::: {.c${i}-${k}}\n### [Result ${i}.${k} on the harbour](/r/${i}/${k})\n\nA line on result ${k}.\n:::\n${':::\n'.repeat(deep)}\n`);
		}
		parts.push(':::\n\n');
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 58, branch meta58 (metadata/bylineMetaBoxes.ts, a date box named for its comment counter right under the
 * byline): a title and a byline, then `n` comments-named boxes each holding a date and a comment-count link, by turn
 * with a "By" heading of their own, a paragraph of text, or nothing between them, every tenth 30 boxes deep.
 */
export function commentCounterBoxesUnderBylines(n: number): string {
	const parts: string[] = ['# A guide to retirement calculators\n\n### By [Jane Doe](/jane-doe/), Columnist\n\n'];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		const k = i % 3;
		const lead = k === 0 ? `### By [Sam Reed ${i}](/sam-reed-${i}/)\n\n` : k === 1 ? `The calculator ${i} reads your savings rate.\n\n` : '';
		parts.push(`${lead}${'::: {.comments .d-block}\n'.repeat(depth)}August ${(i % 28) + 1}, 2025 \\| [${i}\nComments](/post-${i}/#comments)\n\n${':::\n'.repeat(depth)}\n`);
	}
	return parts.join('');
}

/**
 * Session 59, branch forum59: a chain of 9 wrappers, each holding its successor (most of its text) beside N stamped
 * teaser boxes with a member's link and a sentence of prose, every tenth box 30 boxes deep, and two stamped posts at
 * the chain's bottom (kinds/forumFallback.ts: the walk down the dominant children reads each level's boxes; the
 * teasers' linked titles keep the other post rules from reading the boxes as a thread first).
 */
export function stampedBoxesDownAChain(n: number): string {
	const box = (i: number): string => {
		let b = `::: {.x${i}}\n### [Story ${i} of the planter](/stories/${i}/)\n\nPosted March ${1 + (i % 28)}, 2024 by [m${i}](/members/m${i}.${i}/)\n\nThe note of box ${i} is a sentence of prose, with a comma, about the planter and its two round ports.\n:::\n\n`;
		if (i % 10 === 0) for (let d = 0; d < 30; d++) b = `::: {.n${i}-${d}}\n${b}:::\n\n`;
		return b;
	};
	const parts: string[] = ['# A chain of stamped boxes\n\n'];
	for (let level = 0; level < 9; level++) {
		parts.push(`::: {.w${level}}\n`);
		for (let i = 0; i < n; i++) parts.push(box(level * n + i));
	}
	parts.push('::: {.end}\n');
	for (let i = 0; i < 2; i++) parts.push(`::: {.p${i}}\nPosted March 19, 2024 by [poster${i}](/members/poster${i}.${i}/)\n\n${'A long message of the thread at the bottom of the chain, with a comma, about the planter. '.repeat(20)}\n:::\n\n`);
	parts.push(':::\n'.repeat(10));
	return parts.join('');
}

/**
 * Session 59, branch listing59 (kinds/namedCards.ts, a card named by a short link beside a picture and a text): one box
 * of `n` ranked entries, each a box of its own class holding a rank, a logo link, a short linked name and a score,
 * every tenth entry 60 boxes deep.
 */
export function namedEntryCards(n: number): string {
	const parts: string[] = ['# Top ranked tools\n\n::: {.main}\n'];
	for (let i = 0; i < n; i++) {
		const deep = i % 10 === 0 ? 60 : 0;
		parts.push(`${`::: {.w${i}}\n`.repeat(deep)}::: {.e${i}}\n${i + 1}\\.\n\n[![Logo ${i}](/l/${i}.png)](/t/${i})\n\n[Tool ${i}](/t/${i})\n\nScore 9.${i % 10}\n:::\n${':::\n'.repeat(deep)}\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 59, branch listing59 (kinds/tableFeed.ts, a table of rows each linking a title of their own): `n` pipe tables
 * of 25 rows each, every row a rank, a linked title, an author and a short blurb, a paragraph between the tables.
 */
export function tablesOfLinkedRows(n: number): string {
	const parts: string[] = ['# Reading lists\n\n'];
	for (let i = 0; i < n; i++) {
		parts.push('| # | Title | Author | About |\n|---|---|---|---|\n');
		for (let r = 0; r < 25; r++) parts.push(`| ${r + 1} | [Book ${i}.${r} of the harbour](/b/${i}/${r}) | by A. Quill | A quiet novel, part ${r}. |\n`);
		parts.push(`\nList ${i} ends here.\n\n`);
	}
	return parts.join('');
}

/**
 * Session 59, branch meta59 (metadata/bioHeadingNames.ts): after an article, `n` name headings by turn followed by a bio
 * opening with the name, by a picture and then the bio, by a bio about something else, and by another heading, with
 * every tenth bio a long run of text and every seventh heading a name of five words (not read).
 */
export function nameHeadingsOverBios(n: number): string {
	const parts: string[] = ['# Crossing the bay in winter\n\nThe old ferry crosses the bay twice a day.\n\n'];
	// A surname of letters only, one per heading ("Rab", "Rac", ...): a figure would make the heading no name at once.
	const surname = (i: number): string => `R${[...i.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('')}`;
	for (let i = 0; i < n; i++) {
		const name = i % 7 === 0 ? `Anna Marie Roe Lind ${surname(i)}` : `Anna ${surname(i)}`;
		const k = i % 4;
		const bio = i % 10 === 0 ? `${name} writes ${'about the bay and its ferries '.repeat(40)}` : k === 2 ? 'The inn stands at the corner of the square.' : `${name} writes about the bay.`;
		const between = k === 1 ? `![${name}](/p/${i}.jpg)\n\n` : k === 3 ? `### Harbour notes ${i}\n\n` : '';
		parts.push(`### ${name}\n\n${between}${bio}\n\n`);
	}
	return parts.join('');
}

/**
 * Session 60, branch listing60 (kinds/flatCards.ts, flat teaser cards in a cycle of boxes under one parent): `n` cycles
 * of a picture box, a title box and a teaser box, every seventh cycle with a date box more (a run broken, another
 * begun), every tenth title box 40 boxes deep, every thirteenth teaser naming a price.
 */
export function flatCardCycles(n: number): string {
	const parts: string[] = ['# Stories from the coast\n\n::: {.feed}\n'];
	for (let i = 0; i < n; i++) {
		const deep = i % 10 === 0 ? 40 : 0;
		const date = i % 7 === 0 ? `::: {.d${i}}\nMarch ${1 + (i % 28)}, 2026\n:::\n\n` : '';
		const price = i % 13 === 0 ? ' From $12.' : '';
		parts.push(`::: {.p${i}}\n![](/i/${i}.jpg)\n:::\n\n${`::: {.w${i}}\n`.repeat(deep)}::: {.t${i}}\n[Story ${i} of the harbour town](/s/${i})\n:::\n${':::\n'.repeat(deep)}\n::: {.x${i}}\nA short note on story ${i}.${price}\n:::\n\n${date}`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 60, branch meta60: a headline over N short header lines, by turn a bare name (a given name and a surname), a
 * dateline and a line of other words, then a body paragraph (metadata/nameUnderTitle.ts reads at most a few header
 * lines: the walk must stop there, not run over the page); every ninth line a long run of text.
 */
export function nameLinesUnderHeadline(n: number): string {
	const parts: string[] = ['# Crossing the bay in winter\n\n'];
	for (let i = 0; i < n; i++) {
		const k = i % 3;
		const line = i % 9 === 8 ? 'The inn stands at the corner of the square. '.repeat(6) : k === 0 ? `Anna Roemer${'x'.repeat(i % 5)}` : k === 1 ? `March ${1 + (i % 28)}, 2026` : `Harbour notes ${i}`;
		parts.push(`${line}\n\n`);
	}
	return parts.join('');
}

/**
 * Session 61, branch meta61 (metadata/nameUnderTitle.ts, widened): a headline over N header lines of the new shapes by
 * turn: yearless datelines and near misses ("Apr 12 · 5 min read", "May 12 tickets ..."), reading times, deks of 150 to
 * 200 characters, names; every ninth a long paragraph.
 */
export function yearlessHeaderLines(n: number): string {
	const parts: string[] = ['# Crossing the bay in winter\n\n'];
	const dek = 'Why the winter timetable of the old ferry still decides when the island wakes up, and who waits for whom at the pier. ';
	for (let i = 0; i < n; i++) {
		const k = i % 4;
		const line = i % 9 === 8 ? 'The inn stands at the corner of the square. '.repeat(6) : k === 0 ? `Peter Varga${'y'.repeat(i % 4)}` : k === 1 ? `Apr ${1 + (i % 28)} · ${1 + (i % 9)} min read${i % 5 === 0 ? ' · Apr 3 · May 4' : ''}` : k === 2 ? `${dek}${'x'.repeat(i % 80)}` : `May ${1 + (i % 28)} tickets ${i}`;
		parts.push(`${line}\n\n`);
	}
	return parts.join('');
}

/**
 * Session 61, branch meta61b (metadata/nameUnderTitle.ts `inEndMatter`): a name with no listed given name under the
 * headline beside a dateline, the text's first paragraph, then N short lines and headings that almost repeat it (a
 * letter more), every fifth a menu entry with the name, every seventh a link line with it, and the name's heading (an
 * author box) at the end.
 */
export function endMatterNameRepeats(n: number): string {
	const para = 'The inn stands at the corner of the square, and the ferry waits for the fishing fleet. ';
	const parts: string[] = [`# Crossing the bay in winter\n\nTovald Quenby\n\nMarch 5, 2026\n\n${para.repeat(4)}\n\n`];
	for (let i = 0; i < n; i++) {
		const line = i % 5 === 0 ? '-   Tovald Quenby' : i % 7 === 0 ? '[Tovald Quenby](/t/)' : i % 3 === 0 ? `### Tovald Quenby${'y'.repeat(1 + (i % 3))}` : i % 3 === 1 ? `Tovald Quenb${i % 10}` : para.repeat(1 + (i % 3));
		parts.push(`${line}\n\n`);
	}
	parts.push('### Tovald Quenby\n\nWrites about the islands.\n');
	return parts.join('');
}

/**
 * Session 60, branch coll60 (kinds/fewCardCategory.ts): under a bare h1 and a chain of 200 boxes, N priced cards in boxes
 * of three, each card a box of its own class with its own picture link (no class signature, no name link: no grid and no
 * card group of pricedCardGroup.ts decide first, so the rule is asked), every tenth card 30 boxes deep (past a card's read), every seventh
 * linking to its box's first card's page (a repeat), every box of three beside an empty box (each box of three is a card too, to the chain's last box).
 */
export function fewCardBoxesDownAChain(n: number): string {
	const parts: string[] = ['# A category\n\nThree of our best.\n\n'];
	for (let d = 0; d < 200; d++) parts.push(`::: {.w${d % 5}}\n`);
	for (let i = 0; i < n; i++) {
		if (i % 3 === 0) parts.push(i === 0 ? '::: g\n' : `:::\n\n::: g${i}\n::: e\n:::\n\n`);
		const link = i % 7 === 0 ? i - (i % 3) : i;
		const card = `[![Item ${i}](/i/${i}.jpg)](/p/${link})\n\nItem ${i}, a sturdy item for every day, made to last for years.\n\n$${10 + (i % 90)}.00\n`;
		parts.push(i % 10 === 0 ? `${'::: d\n'.repeat(30)}${card}${':::\n'.repeat(30)}\n` : `::: c${i}\n${card}:::\n\n`);
	}
	parts.push(':::\n', ':::\n'.repeat(200));
	return parts.join('');
}

/**
 * Session 60, branch forum60 (heuristics/lastBoxSignatures.ts, the box closing a post after its message): `n` posts of a
 * thread, each a header line, a message in a quote (every other one under an attribution) and a closing box holding a
 * short pitch with a link, every tenth post's message and closing box 30 boxes deep.
 */
export function postsWithClosingBoxes(n: number): string {
	const parts: string[] = ['# A thread of closing boxes\n\n'];
	for (let i = 0; i < n; i++) {
		const deep = i % 10 === 0 ? 30 : 0;
		parts.push(`::: {#post${i} .post}\n::: {.h${i}}\n[member${i}](/members/m${i}/) · March ${1 + (i % 28)}, 2024\n:::\n\n`);
		parts.push(`${`::: {.w${i}}\n`.repeat(deep)}::: {.m${i}}\n${i % 2 === 1 ? `> member${i + 1} said:\n>\n` : ''}> A message of the thread, with a comma, about the timer and its valve in the cold.\n:::\n\n`);
		parts.push(`::: {.s${i}}\nGardener since 2011, with a comma. [Notes](https://notes.example.com/${i})\n:::\n${':::\n'.repeat(deep)}:::\n\n`);
	}
	return parts.join('');
}

/**
 * Session 61, branch coll61 (kinds/fewCardCategory.ts `fewCardGrid` and `fewCardRead`, a few-card category's read
 * from its h1 to its cards' end): a bare h1, a line of prose and three priced cards, then `n` boxes of a footer with
 * a link and a short line and no price, every tenth 30 boxes deep: the walk for price lines outside the cards reads the
 * whole page, and the read's span is cut from the whole page's blocks.
 */
export function fewCardsOverALongFooter(n: number): string {
	const cards = [0, 1, 2].map((i) => `::: c${i}\n[![Item ${i}](/i/${i}.jpg)](/p/${i})\n\n[Item ${i}](/p/${i})\n\n$${20 + i}.00\n:::\n`).join('\n');
	const parts: string[] = [`# A small category\n\nThree items of our own make.\n\n::: g\n${cards}:::\n\n`];
	for (let i = 0; i < n; i++) {
		const deep = i % 10 === 0 ? 30 : 0;
		parts.push(`${'::: d\n'.repeat(deep)}::: f${i}\n[Page ${i}](/info/${i}) and a short line\n:::\n${':::\n'.repeat(deep)}\n`);
	}
	return parts.join('');
}

/**
 * Session 61, branch coll61b (kinds/collectionCardRun.ts `unpricedCardRun`): a category with cart words and no price,
 * `n` unpriced cards in one box, each an empty picture link, twelve pictures and a name link to its item (every
 * seventh to the item before it: a near miss, no card), every tenth card 30 boxes deep.
 */
export function unpricedCardsNearMiss(n: number): string {
	const parts: string[] = ['Free shipping on every order.\n\n# A category without prices\n\n::: grid\n'];
	for (let i = 0; i < n; i++) {
		const pics = Array.from({ length: 12 }, (_, k) => `![Item ${i} view ${k}](/m/${i}-${k}.jpg)`).join('\n\n');
		const card = `::: c${i}\n[](/p/${i})\n\n${pics}\n\n[Item ${i}](/p/${i % 7 === 0 ? i - 1 : i})\n\nAdd to compare\n:::\n`;
		parts.push(i % 10 === 0 ? `${'::: d\n'.repeat(30)}${card}${':::\n'.repeat(30)}\n` : `${card}\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 61, branch prod61 (kinds/nameLines.ts `plainNameLines`, a product's name as a plain line): a page with no h1
 * and no bold line, `n` near-miss name lines before its first bare price (each under a promotion's price sentence, a
 * picture whose alt text starts like a name, a one-item list), every tenth 30 boxes deep; then the name over a "Was:"
 * label and the price, and `n` priced cards in a list.
 */
export function plainNamesBeforePrice(n: number): string {
	const parts: string[] = ['Lighting\n\n'];
	for (let i = 0; i < n; i++) {
		const line = `Lamp ${i} of the workshop\n\nFree delivery on orders over $${i % 90} this week\n\n![Lamp ${i} of the - view](/i/${i}.jpg)\n\n-   Lamp ${i}\n\n`;
		parts.push(i % 10 === 0 ? `${'::: d\n'.repeat(30)}${line}${':::\n'.repeat(30)}\n` : line);
	}
	parts.push('![Harbour Lamp - view 1](/i/h.jpg)\n\nHarbour Lamp\n\nWas:\n\n$64.00\n\nAdd to cart\n\n');
	for (let i = 0; i < n; i++) parts.push(`-   [Lamp ${i}](/p/${i})\n\n    $${10 + (i % 90)}.00\n\n`);
	return parts.join('');
}

/**
 * Session 61, branch forum61: a chain of eight boxes, each beside a footer with prose of its own (none dominant), down to
 * N stamped posts with definition-list member cards and unique class words (kinds/forumFallback.ts, the sole post box).
 */
export function threadBoxBesideFooters(n: number): string {
	const parts: string[] = ['# A thread beside its footers\n\n'];
	for (let d = 0; d < 8; d++) parts.push(`::: {.o${d}}\n::: {.f${d}}\nThe board footer of level ${d}, with a comma, a line of prose to read.\n:::\n\n::: {.k${d}}\n`);
	for (let i = 0; i < n; i++) {
		parts.push(`::: {#post${i} .p${i}}\n## [#${i + 1}](?pid=${i}) 2025-11-0${1 + (i % 9)} 15:14:37\n\n**member${i}**\n:   Registered: 2016-07-02\n:   Posts: ${i}\n\n`);
		parts.push(`A message of the thread, with a comma, about the timer and its valve in the cold, number ${i}.\n:::\n\n`);
	}
	for (let d = 0; d < 8; d++) parts.push(':::\n:::\n\n');
	return parts.join('');
}

/**
 * Session 61, branch forum61: N posts by place, each a short header box (a member link, "Posted <date>") then a name
 * heading and a card list then the message's box, every class word unique, every third header with no post after it
 * (kinds/postHeaderBoxes.ts, kinds/siblingPosts.ts `withShortPosts`).
 */
export function headerBoxesBeforePosts(n: number): string {
	const parts: string[] = ['# A thread of header boxes\n\n::: {.t}\n'];
	for (let i = 0; i < n; i++) {
		parts.push(`::: {.h${i}}\n[m${i}](/profile/${i}-m${i}/)\n\nPosted March ${1 + (i % 28)}, 2024\n:::\n\n`);
		if (i % 3 === 2) continue;
		parts.push(`### m${i}\n\n-   Level 1\n\n::: {.m${i} data-user="m${i}"}\nPosted March ${1 + (i % 28)}, 2024\n\nA message of the thread, with a comma, about the timer and its valve in the cold.\n:::\n\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 61, branch prod61b (heuristics/pricedListRails.ts): a product with its name, price and selling points, then
 * `n` near-miss rails (three priced items with no link away, one linking in the page), every tenth 30 boxes deep and
 * headed, then one rail of three priced links to other items.
 */
export function pricedListRailsAfterPoints(n: number): string {
	const parts: string[] = ['# Harbour Lamp\n\n$64.00\n\nAdd to cart\n\n## About this lamp\n\n-   A brass lamp with a linen shade, wired for a warm bulb and a long braided cord, made to stand on a desk or a shelf, with a switch on the cord and a weighted base that keeps it steady.\n\n'];
	for (let i = 0; i < n; i++) {
		const list = `-   Shade ${i} in linen $8.00\n-   Bulb ${i}, warm $3.00\n-   Cord ${i} [in blue](#c${i}) $2.00\n\n`;
		parts.push(i % 10 === 0 ? `${'::: d\n'.repeat(30)}## Parts ${i}\n\n${list}${':::\n'.repeat(30)}\n` : list);
	}
	parts.push('## More lamps\n\n1.  [Lamp A](/p/a) $40.00\n2.  [Lamp B](/p/b) $45.00\n3.  [Lamp C](/p/c) $50.00\n');
	return parts.join('');
}

/**
 * Session 61, branch forum61: a list of N posts by place, each item an anchor and three boxes, every other post's boxes
 * short broken lines with no prose, every class word unique (kinds/siblingPosts.ts `postBoxes`, `mainBox`, `mostlyProse`).
 */
export function brokenLineRepliesInAList(n: number): string {
	const parts: string[] = ['# A thread of broken lines\n\n'];
	for (let i = 0; i < n; i++) {
		const text = i % 2 === 0 ? 'A message of the thread, with a comma, about the timer and its valve in the cold.' : 'checked the valve too\\\nhalf full of grit\\\nno more noise now';
		parts.push(`-   []{#a${i}}\n\n`);
		for (let b = 0; b < 3; b++) parts.push(`    ::: {.b${i}x${b} data-user="m${i}"}\n    [m${i}](/profile/${i}-m${i}/) · March ${1 + (i % 28)}, 2024\n\n    ${text.replace(/\n/g, '\n    ')}\n    :::\n\n`);
	}
	return parts.join('');
}

/**
 * Session 61b, branch listing61b: a grid of eight cards under a long intro, then N sections each holding one card of
 * the grid's shape one box deeper under a heading, every tenth card 30 boxes deep
 * (kinds/listingEnd.ts `cardsEnd`: each box after the group read once).
 */
export function cardPartsAfterAGrid(n: number): string {
	const parts: string[] = ['# A list in many parts\n\n', 'An intro to the list, with a comma, written out in full so the page is read whole. '.repeat(30), '\n\n::: {.grid}\n'];
	for (let i = 0; i < 8; i++) parts.push(`::: {.card}\n### [Entry ${i} of the first part](/first/${i})\n\nA short line on the entry.\n:::\n\n`);
	parts.push(':::\n\n');
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		parts.push(`::: {.s${i}}\n## Part ${i}\n\n`, `::: {.w${i}}\n`.repeat(depth), `### [Entry ${i} of a later part](/later/${i})\n\nA short line on the entry.\n`, ':::\n'.repeat(depth), ':::\n\n');
	}
	return parts.join('');
}

/**
 * Session 62, branch prod62 (kinds/ratingLines.ts, read past by kinds/nameLines.ts `plainNameLines`): a page with no h1
 * and no bold line, `n` near-miss rating lines before its first bare price (a run of stars broken by a letter, an
 * average with an open count, a count of reviews past the length bound, a rating line between two name lines), every
 * tenth 30 boxes deep; then the name over its rating and price, and `n` priced cards in a list.
 */
export function ratingLinesBeforePrice(n: number): string {
	const parts: string[] = ['Kitchen\n\n'];
	for (let i = 0; i < n; i++) {
		const line = `${'★☆'.repeat(20)}x\n\n4.${i % 10} (${i}\n\nKettle ${i} of the range\n\n${i} reviews ${'and more '.repeat(9)}\n\n★★★★☆ ${i % 5}.5 (${i})\n\n`;
		parts.push(i % 10 === 0 ? `${'::: d\n'.repeat(30)}${line}${':::\n'.repeat(30)}\n` : line);
	}
	parts.push('Saltmarsh Kettle\n\n4.6 (212)\n\n$64.00\n\nAdd to cart\n\n');
	for (let i = 0; i < n; i++) parts.push(`-   [Kettle ${i}](/p/${i})\n\n    $${10 + (i % 90)}.00\n\n`);
	return parts.join('');
}

/**
 * Session 62, branch coll62 (kinds/collectionUnpricedShop.ts `unpricedShopCards`): a shop's banner over an h1, then N
 * unpriced cards that no shape rule groups (each an empty picture link, six pictures, a box of swatch links, the name
 * linking to the same item, every seventh's name to the card before it), every tenth holding a swatch link 30 boxes
 * deep: detection reaches its last rules and asks for the run once.
 */
export function unpricedCardsAtTheDefault(n: number): string {
	const parts: string[] = ['Free shipping on every order.\n\n# A category without prices\n\n::: grid\n'];
	for (let i = 0; i < n; i++) {
		const pics = Array.from({ length: 6 }, (_, k) => `![Item ${i} view ${k}](/m/${i}-${k}.jpg)`).join('\n\n');
		const card = `-   [](/p/${i}?from=list)\n\n${pics.replace(/^/gm, '    ')}\n\n    ::: s${i}\n    [](/p/${i}?c=1) [](/p/${i}?c=2)\n    :::\n\n    [Item ${i}](/p/${i % 7 === 0 ? i - 1 : i})\n\n    ${i} reviews\n\n    Add to compare\n`;
		parts.push(i % 10 === 0 ? `${card}\n${'    ::: d\n'.repeat(30)}    [](/p/${i}?c=3)\n\n${'    :::\n'.repeat(30)}\n` : `${card}\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 62, branch coll62 (kinds/fewCardCategory.ts `cartDrawers`): N cart drawers above the h1, each a priced pick
 * and a "Subtotal" line, every tenth drawer's line 30 boxes deep; then an h1 and three priced cards: each cart line
 * walks a bounded number of boxes up once, and the few-card test reads past each drawer once.
 */
export function cartDrawersAboveFewCards(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		parts.push(`::: p${i}\nPick ${i}\n\n$${i % 90}.50\n\n`, '::: d\n'.repeat(depth), 'Subtotal\n\n', ':::\n'.repeat(depth), ':::\n\n');
	}
	parts.push('# A small category\n\n::: items\n');
	for (let i = 0; i < 3; i++) parts.push(`::: t${i}\n[![Item ${i}](/i/${i}.jpg)](/p/${i})\n\n[Item ${i}](/p/${i})\n\n$${30 + i}.00\n\nAdd to cart\n:::\n\n`);
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 62, branch listing62: a landing page of N long paragraphs, above them a menu of N / 4 columns under one class
 * word, each column a bare link over 8 short undated lines, every tenth column 30 boxes deep (kinds/unmarkedRail.ts
 * reads each column's first blocks for a date or a byline).
 */
export function menuColumnsOverProse(n: number): string {
	const parts: string[] = ['::: {.menu}\n'];
	for (let i = 0; i < n / 4; i++) {
		const depth = i % 10 === 0 ? 30 : 1;
		parts.push('::: {.col}\n', '::: {.w}\n'.repeat(depth - 1), `[Column ${i}](/c/${i})\n\n`);
		for (let j = 0; j < 8; j++) parts.push(`Line ${j}\n\n`);
		parts.push(':::\n'.repeat(depth), '\n');
	}
	parts.push(':::\n\n# A studio of gardens\n\n');
	for (let i = 0; i < n; i++) parts.push(`Paragraph ${i}: the team walks the plot at dawn and at dusk to see where the light falls, where water gathers after rain, and which corners the wind reaches in the depth of winter.\n\n`);
	return parts.join('');
}

/**
 * Session 62 (forum62): a thread whose h1 sits 30 boxes deep in a header box that also holds `n` stamped, signed boxes
 * of counters (near misses of the opening message: kinds/openingAbove.ts `titledOpening` walks up from the h1 once),
 * then the opening message, then `n` replies of one opaque token in a column of their own, every tenth 30 boxes deep.
 */
export function titledOpeningBoxes(n: number): string {
	const deep = Array.from({ length: 30 }, (_, d) => `::: {.t${d}}\n`).join('');
	const parts: string[] = [`# Board\n\n::: cw\n${deep}# Sticking drawers on an oak dresser\n${':::\n'.repeat(30)}\n`];
	for (let i = 0; i < n; i++) parts.push(`::: {.h${i % 7}}\n[member${i}](/members/member${i}.${i}/) · Mar ${1 + (i % 28)}, 2019 · ${i} views\n:::\n\n`);
	parts.push(`::: cm\n${'The drawers of my oak dresser stick badly in damp weather, even after planing the runners. '.repeat(3)}\n:::\n:::\n\n::: cz\n`);
	for (let i = 0; i < n; i++) {
		const depth = i % 10 === 9 ? 30 : 0;
		parts.push(`${'::: {.d}\n'.repeat(depth)}::: {.q}\n[turner${i}](/members/turner${i}.${i}/)\n\n-   Mar ${1 + (i % 28)}, 2019\n\nWax the runners and buff them off, reply ${i}.\n:::\n${':::\n'.repeat(depth)}\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

/**
 * Session 62 (forum62): a thread of `n` stamped, signed sibling boxes with unique tokens, each showing a member card
 * but the last (so kinds/siblingPosts.ts `longestShareBar` reads every card and then falls back to the stricter bar),
 * the first box holding about 0.7 of the column's text; then a second column of `n / 2` carded boxes, every tenth 30
 * boxes deep.
 */
export function cardedLongOpening(n: number): string {
	const parts: string[] = ['# Sink gurgles when the washing machine drains\n\n::: {.t0}\n'];
	const post = (i: number, body: string, card: boolean): string =>
		`::: {.p${i}}\n[member${i}](/members/member${i}.${i}/)\n\n${card ? '-   Posts: 1,204\n-   Joined: Jan 10, 2019\n\n' : ''}Mar ${1 + (i % 28)}, 2024\n\n${body}\n:::\n\n`;
	parts.push(post(0, 'The drain gurgles every time the washing machine empties, is the vent blocked? '.repeat(Math.ceil(n * 2.2)), true));
	for (let i = 1; i < n; i++) parts.push(post(i, `Run a hose down the roof vent, reply ${i}.`, i < n - 1));
	parts.push(':::\n\n::: {.t1}\n');
	for (let i = 0; i < n / 2; i++) {
		const depth = i % 10 === 9 ? 30 : 0;
		parts.push(`${'::: {.d}\n'.repeat(depth)}${post(n + i, `Check the trap under the sink, note ${i}.`, true)}${':::\n'.repeat(depth)}\n`);
	}
	parts.push(':::\n');
	return parts.join('');
}

export const KIND_CASES: Readonly<Record<string, { readonly text: () => string }>> = {
	// 80,000 blocks, 6.4 MB: on 2 loaded cores the scan made extraction 149 s (cut 116 s wall, 17 s CPU, growing 4x per
	// doubling), past the liveness bound; with the index the worker ran it in 36 s (extract 21 s, the cut 0.5 s).
	'chrome divs between cards in a listing container': { text: () => chromeBetweenCards(80_000) },
	// 20,000 entries, 5 MB: the scans grew 3.5x per doubling (about 10 s here by that growth); the worker ran it in 15 s
	// on 2 loaded cores (extract 7.5 s, the titles 0.4 s).
	'linked titles over excerpts in an article container': { text: () => titlesOverExcerpts(20_000) },
	// 40,000 tiles, 4 MB: the scans grew 4x per doubling (about 100 s here by that growth, near the bound); the worker
	// ran it in 10-13 s (extract 5.6-7.3 s, the tiles 0.2 s).
	'short figure tiles on a landing page': { text: () => shortTilesOnALandingPage(40_000) },
	// 30,000 rows, 1.9 MB: the scan grew 3-5x per doubling (about 400 s here by that growth, past the liveness bound);
	// the worker ran it in 6-7 s (extract 2.6-3.8 s, the labels 0.13 s).
	'shop-labelled rows after a product': { text: () => labelledRowsAfterAProduct(30_000) },
	// 60,000 bodies, 4.7 MB: the scan grew about 7x per doubling (4.8 s at 20,000, 36 s at 40,000 on 2 loaded cores:
	// near the liveness bound here by that growth); extraction with the positions took 3.3 s (the test 0.12 s).
	'signature bodies beside one message in a forum post': { text: () => signatureBodiesInAPost(60_000) },
	// 16,000 tabs, 2.4 MB: detected product, one call that adds 32,000 blocks back to the region out of 36,003 on the
	// page; the scan spent 0.76 s at this size on 2 loaded cores; the binary search 0.04 s (extract 1.5 s, parse 0.4 s).
	'hidden tabs beside the shown tab of a product': { text: () => tabsBesideAProduct(16_000) },
	// 8,000 posts, 2.6 MB: detected forum, one call over 28,000 blocks that cuts 4,000 previews; the scan spent 1.1 s at
	// this size on 2 loaded cores; the sorted keys 0.16 s (extract 3.1 s, parse 0.6 s).
	'previews cut mid-word before their replies in a thread': { text: () => truncatedRepliesInAThread(8_000) },
	// 16,000 previews, 1.4 MB: detected forum, one call that finds 16,000 flattened preview blocks; the indexOf per end
	// spent 0.12 s at this size on 2 loaded cores; one pass per parent 0.04 s (extract 2.0 s, parse 0.6 s).
	'flattened link previews in a forum post': { text: () => linkPreviewsInAPost(16_000) },
	// 40,000 nested quotes, 2.8 MB: detected forum; the copies per container took 8.0 s of extraction at 32,000 levels on
	// 2 loaded cores, one output array 1.8 s.
	'quotes nested one in another in a forum post': { text: () => nestedQuotesInAPost(40_000) },
	// 4 posts, 2.6 MB: quadratic in the poster's-mark test before session 39 (1.0 s at 160 KB, 2.8x per doubling).
	'unclosed braces in posts without a poster link': { text: () => unclosedBracesInPosts(4, 2_600_000) },
	// 6,000 answers, 2.1 MB: detected forum; the rule's one pass over 30,000 containers took 0.4-1.0 s on 2 cores at load
	// average 28 (first call, attributes parsed; kinds/qaMicrodataPosts.ts), the page's class words 0.5 s there.
	'answers typed by QAPage microdata under one question': { text: () => qaMicrodataAnswers(6_000) },
	// 5,000 cards, 2.1 MB: detected collection; every card's two price labels and its toggle line read once (1,000, 2,000
	// and 4,000 cards extracted in 8.0, 9.6 and 8.4 s on 2 cores under a load of 24: no growth with the size).
	'price labels and named comparison toggles in a grid': { text: () => namedTogglesInAGrid(5_000) },
	// 4,000 sections, 2.5 MB: 4,000 forms found by their notices, each climbed six boxes (heuristics/formNotices.ts).
	'form notices in deep boxes on a landing page': { text: () => formNoticesOnALandingPage(4_000) },
	// 15,000 labelled columns between prose lines, 2 MB: detected product; the footer-column and footer-only tests
	// (session 40) are one pass each.
	'labelled link columns between prose lines after a product': { text: () => labelledColumnsAfterAProduct(15_000) },
	// 14,000 posts, 2 MB: every post's empty titled link and relative time near a date reader's eye (session 41, meta46).
	'relative times with hover-title dates on every post of a thread': { text: () => hoverTitleDatesInAThread(14_000) },
	// 12,000 cards found by their shape in one post, 1.8 MB: the rule's one pass took 0.35 s at 16,000 cards on 2 loaded cores
	// (extraction 23 s there, all rules together; heuristics/linkedHeadingPreviews.ts).
	'link preview cards by their shape in a forum post': { text: () => linkedHeadingCardsInAPost(12_000) },
	// 12,000 posts, 2.4 MB (session 42).
	'repeated linked subjects over posts with opaque class words': { text: () => repeatedSubjectsInAThread(12_000) },
	// 8,000 posts in a wrapper box among boxes of its class word, each with a signature body, 2.4 MB (session 43).
	'posts inside one of several wrapper boxes, each with a second body': { text: () => wrappedPostsWithSignatureBodies(8_000) },
	// 5,000 filter lists and 5,000 cards with a titled control line, about 2 MB (session 41).
	'counted filter options and titled control lines beside a grid': { text: () => countedFacetsAndTitledControls(5_000) },
	// 10,000 headed prose sections before a product's name and 10,000 copyright lines after it, 2 MB (session 41).
	'prose sections before a product name and copyright lines after it': { text: () => proseColumnAndCopyrightFooter(10_000) },
	// 14,000 labelled author links and "By" menu lines above the title, about 2 MB (session 42, meta47).
	'labelled author links and By lines above a title': { text: () => bylinesAboveATitle(14_000) },
	// 20,000 author boxes under one name (a picture and an empty author link, each then the name), about 2 MB (session 43, meta48).
	'author boxes of a picture or an empty author link and one name': { text: () => authorBoxesUnderOneName(20_000) },
	// 12,000 dates linked to their day archive and 12,000 to their month archive under a title, about 2 MB (session 44, meta49).
	'dates linked to their own day or month archives under a title': { text: () => archiveDateLinksUnderATitle(12_000) },
	'review sections after a product, with and without a rating summary': { text: () => reviewSectionsAfterAProduct(12_000) },
	// 10,000 cards with quick-shop panels and 10,000 drawer panels beside them, then prose, 2.2 MB (session 42).
	'quick-shop panels, a drawer of card panels and prose beside a grid': { text: () => quickPanelsDrawerAndProse(10_000) },
	// 7,000 hidden notices beside a hidden grid of 7,000 cards with unit-price templates, half nested ten spans deep, 2.5 MB
	// (session 43): 0.7 / 1.4 / 2.85 MB extracted in 7.0 / 8.0 / 9.0 s on 2 loaded cores, no growth with the size.
	'unit-price templates and hidden notices beside hidden content': { text: () => unitPricesAndHiddenNotices(7_000) },
	// 12,000 reviews whose stars are labelled images, half near misses of the rating pattern, 2.2 MB (session 44, prod49): the
	// review-line pass took 0.5 s at 16,000 on 2 loaded cores (extraction 18 s, all rules; detected a listing by its dated lines).
	'labelled star images in reviews and a labelled price under a product name': { text: () => labelledStarsInReviews(12_000) },
	// 3,000 cards with an orphaned label and a second price box, 1,500 select lines of a counting run in small boxes, 2 MB
	// (session 44): 1 / 2 / 4 MB extracted in 14.6 / 13.9 / 17.8 s on 2 cores under an eval's load, no growth with the size.
	'second price boxes in cards and counting runs of select options': { text: () => doubledPricesAndOptionRuns(3_000) },
	// 12,000 comment sections, each heading in a wrapper of its own, about 2 MB (session 44, list49).
	'comment sections under headings in wrappers after a post': { text: () => commentSectionsAfterAPost(12_000) },
	// 7,000 headed posts with compact ages, 2.2 MB (session 44): 1.6 / 3.1 MB extracted in 10.6 / 13.6 s on 2 cores under a
	// load of 18, detected forum, every menu line gone.
	'header boxes with member menus and compact ages beside posts': { text: () => headedPostsWithCompactAges(7_000) },
	// 6,000 comment sections whose replies repeat the post's boxes, 1.4 MB (session 44): 0.35 / 0.71 / 1.42 MB extracted in
	// 3.8 / 3.2 / 4.5 s on 2 cores under a CI run's load; each section's boxes test reads a bounded number of blocks a side.
	'comment sections whose replies repeat the post\'s boxes': { text: () => threadBoxesUnderCommentHeadings(6_000) },
	// 6,500 boxed link tiles above a title and 6,500 comment sections under counted header bands, about 2 MB (session 45, list50).
	'boxed link tiles above a title and comment sections under counted header bands': { text: () => boxedTilesAndCountedCommentBands(6_500) },
	// 4,000 posts with permalink lines and date twins, 2.4 MB (session 45): 0.74 / 1.47 / 2.95 MB extracted in 7.8 / 8.1 / 7.4 s on 2
	// cores under six helpers' load, detected forum, every permalink and age gone.
	'permalink lines and date twins in every post': { text: () => permalinksAndDateTwins(4_000) },
	// 5,500 cards with a row of three variant swatches and a filter form of 550 counted groups, 2 MB (session 45, coll50): 0.74 / 1.5
	// / 3.0 MB extracted in 13.6 / 10.3 / 15.7 s on 2 cores under a full unit run's load, no growth with the size.
	'variant swatch rows in cards and a filter form of small counted groups': { text: () => swatchRowsAndCountedGroups(5_500) },
	// 12,000 language-marked selector entries and 12,000 boxes of near-miss currency lines beside a product, 2 MB (session 46, prod51).
	'a locale picker and near-miss currency lines beside a product': { text: () => localePickersBesideAProduct(12_000) },
	// 2,000 demo forms of starred labels and drop-down lines (every tenth with 7,000 characters of options) and near misses,
	// 2.1 MB (session 46, list51).
	'demo forms with drop-down lines': { text: () => selectLineForms(2_000) },
	// 13,000 cards with a path of four category links, every tenth with a © credit, and a © footer, about 2 MB (session 46, coll51).
	'category paths in cards and copyright credits in a grid': { text: () => categoryPathsAndCopyrightCredits(13_000) },
	// 6,000 posts with a poster card, a "Posted <date>" line and two near misses each, about 2 MB (session 46, meta51).
	'poster cards and labelled date lines in every post': { text: () => posterCardsAndLabelledDateLines(6_000) },
	// 750 posts as one grid table's rows, each a five-box body chain with a signature box at every level, 1.9 MB (session 46): 1.9 /
	// 3.8 / 7.7 MB extracted in 5.6 / 6.2 / 6.6 s on 2 cores under six helpers' load, detected forum, every message kept, every signature gone.
	'posts as a grid table\'s rows with trailing signature boxes': { text: () => tablePostsWithTrailingBoxes(750) },
	// 16,000 shut filter panels of four group names with near misses, then 16,000 priced cards, about 2 MB (session 47, coll52).
	'shut filter panels of group names beside priced cards': { text: () => shutFacetPanelsBesideCards(16_000) },
	// Session 47, branch date52: 78,000 datelines whose years run into digit runs and reading times, and a far labelled
	// date line, about 2 MB.
	'datelines with years glued to reading times': { text: () => gluedReadingTimeDatelines(78_000) },
	// Session 47, branch forum52: 4,000 flat posts under stamp lines (every tenth nested twenty boxes deep) below 400 summary
	// toggles and 800 near misses, about 2.3 MB: 1.1 / 4.5 MB extracted in 8.1 / 9.6 s on 2 cores under six helpers' load.
	'stamp lines above poster cards and summary toggles above the posts': { text: () => stampLinePostsAndSummaryToggles(4_000) },
	// Session 47, branch forum52: 1,600 tooltip- or link-dated posts in a column beside promo boxes, 400 opening boxes over 400
	// typed replies, about 2 MB: 1.8 / 3.7 / 7.4 MB extracted in 8.7 / 5.2 / 7.8 s on 2 cores under six helpers' load.
	'tooltip dates in a column of posts and opening boxes above typed replies': { text: () => tooltipPostsAndOpeningBoxes(1_600) },
	// Session 47, branch list52: 6,000 cards with two stamps each, near misses and every twentieth with a 4,000-character
	// paragraph, about 2 MB: 1.1 / 2.1 / 4.3 MB extracted in 5.9 / 2.6 / 3.1 s on 2 cores under six helpers' load, every stamp gone.
	'card stamps on every card of a feed': { text: () => cardStampsInAFeed(6_000) },
	// Session 47, branch title52: 16,000 boxed h1s (near-miss roles, every other one hidden) before a late main landmark, 2.1 MB:
	// extracted in 4.4 s on 2 cores under six helpers' load.
	'boxed h1s before a late main landmark': { text: () => boxedH1sBeforeALateMainLandmark(16_000) },
	// Session 47, branch title52: 24,000 headings with prefix labels and near misses, 2.2 MB: extracted in 3.8 s on 2 cores under
	// six helpers' load.
	'prefix-labelled headings and near misses': { text: () => prefixLabelledHeadings(24_000) },
	// Session 47 (prod52): 40,000 swatches, 40,000 size rows, then 40,000 short lines and labels after a Description label, about 2 MB.
	'a buy box of a long swatch list and size table before a Description label': { text: () => buyBoxBeforeDescriptionLabels(40_000) },
	// Session 47 (prod52): 17,000 sign-up lines and near misses on a product page, about 2 MB.
	'sign-up prompts and long consent runs on a product page': { text: () => signupLinesOnAProduct(17_000) },
	// Session 47 (prod52): 8,000 variant select lines and near misses on a product page, about 2 MB.
	'variant select lines and near misses on a product page': { text: () => variantSelectLines(8_000) },
	// Session 47 (prod52): 32,000 shop control lines and near misses on a product page, about 2 MB.
	'shop control lines and near misses on a product page': { text: () => shopControlLinesOnAProduct(32_000) },
	// Session 48 (prod53): 9,000 collapsed disclosure buttons over hidden panels and near misses, then 90 chains of toggled
	// panels nested fifty deep over a line of 400 links, on a product page, about 2.1 MB.
	'collapsed disclosure buttons over hidden panels on a product page': { text: () => toggledPanelsOnAProduct(9_000) },
	// Session 48, branch coll53: 2,400 boxes in rows of eight for the shape grid and the grid fallback, about 2 MB.
	'rows of boxes of one shape under an article': { text: () => shapeGridBoxes(2_400) },
	// Session 48, branch forum53: 1,200 list-item posts with opaque class words (every tenth with twenty nested list-item
	// posts), two signed message boxes and a long dialog after them, about 2 MB.
	'list-item posts with opaque classes and a post pair before a long dialog': { text: () => listItemPostsAndPairsBeforeADialog(1_200) },
	// Session 48, branch meta53: 35,000 hidden and shown boxes with plain dates under a title, about 2 MB: extracted in 5.7 s on
	// 2 cores under six helpers' load.
	'hidden plain dates near a title': { text: () => hiddenDatesNearATitle(35_000) },
	// Session 48, branch meta53: 16,000 name links to compound author folders and near misses under a title, about 2 MB:
	// extracted in 3.2 s on 2 cores under six helpers' load.
	'name links to compound author folders': { text: () => compoundAuthorFolderLinks(16_000) },
	// Session 48, branch kind53: 12,000 linked-title cards beside a language menu of 12,000 marked entries in nested boxes (every
	// tenth a long marked paragraph), about 2 MB: extracted in 7.4-8.1 s on 2 cores under six helpers' load (1 / 2 / 4 MB in 7.4 / 6.7 / 6.3 s).
	'a language menu of marked entries beside a listing': { text: () => localeMenusOnAListing(12_000) },
	// Session 48, branch kind53: 9,000 sections each opening with an ordered trail or a near miss in nested boxes (every tenth
	// 30 boxes deep), about 2 MB: extracted in 10.1 s on 2 cores under six helpers' load (the 1.1 MB half in 7.2 s).
	'ordered trails and near misses in nested boxes': { text: () => orderedTrailsInSections(9_000) },
	// Session 49, branch prod54: 30,000 sections of nested levels after a description, with bare prices the buy-box step
	// removes (one card, two cards, notes; every thousandth a run of 200 prices), about 2 MB.
	'removed bare prices in nested sections after a description': { text: () => removedPricesInSections(30_000) },
	// Session 49, branch title54: 20,000 reply headings answering subjects, near misses among them, under a domain h1, 2.6 MB:
	// extracted in 4.9 s on 2 cores under six helpers' load.
	'reply headings answering subjects in a thread': { text: () => replyHeadingsInAThread(20_000) },
	// Session 49, branch title54: 16,000 share links whose texts run on past the heading with near-miss tails, 2.3 MB:
	// extracted in 4.3 s on 2 cores under six helpers' load.
	'share links running on past a heading': { text: () => shareLinksPastAHeading(16_000) },
	// Session 49, branch forum54: N stamped, signed boxes with prose between a thread's h1 and its "Replies" heading, N carded
	// replies, N / 2 pairs of carded boxes of one token (every tenth 30 boxes deep); N = 2,200, about 2 MB, read as a thread:
	// 2 / 3.9 / 7.9 MB in 2.4 / 4.0 / 6.3 s CPU (CLI, on 2 cores under six helpers' load).
	'opening-post near misses above headed replies and carded post pairs': { text: () => openingBoxesAndCardedPairs(2_200) },
	// Session 49, branch meta54: 14,000 story headlines with labelled dates, post subjects linked to their anchors, "Reviewed
	// by" label boxes and copyright lines with legal forms, with near misses, under one title, about 2 MB.
	'story headlines, post anchors, credit label boxes and company copyright lines': { text: () => storyHeadingsAndCreditLines(14_000) },
	// Session 50, branch coll55: 3,600 short lists of three product cards beside a sort toolbar, a grid of twelve cards,
	// then 3,600 footer menus each over a notice, about 2 MB: read as a collection, extracted in 11.3 s on 2 cores under six
	// helpers' load.
	'short product lists beside a toolbar and footer menus below a grid': { text: () => smallListsAndFooterMenus(3_600) },
	// Session 50, branch prod55: 11,000 containers named rating on a product page (counts, a content rating's descriptors,
	// empty star rows, near misses over 300 characters), every tenth 40 deep, about 2 MB.
	'rating containers of counts, descriptors and long near misses': { text: () => ratingContainersOnAProduct(11_000) },
	// Session 50, branch forum55: N posts whose member-linked names are followed by title-shaped lines (every tenth by 40),
	// near misses and a message; every seventh name link with a 3,000-character attribute. N = 2,800, about 2 MB.
	'member titles under poster names': { text: () => memberTitlesUnderNames(2_800) },
	// Session 50, branch meta55: N thread-starter label lines with plain names, mail addresses and near misses, desk names in
	// author links, author box headings and source credits in byline boxes under one title; N = 20,000, about 2 MB.
	'thread-starter labels, desk names, author box headings and source credits': { text: () => starterLabelsDesksAndSources(20_000) },
	// Session 50, branch list55: 4,000 headed prose sections, each with a label over a list of bare links or a near miss
	// (every tenth 30 boxes deep), about 2.2 MB: extracted in 9.5 s in the worker on 2 loaded cores (CLI: 1.1 / 2.2 / 4.3 MB
	// in 1.9 / 3.0 / 4.9 s CPU, no growth with the size).
	'headed link lists on a landing page': { text: () => headedLinkListsOnALandingPage(4_000) },
	// Session 51, branch kind56: 1,300 paragraphs of 400 digit groups, each beside a whole-amount price and a card priced
	// "CHF 19", under a product's name and price, about 2 MB: the whole-amount prices of PRICE_RE. Extracted in 5.1 s in
	// the worker on 2 loaded cores.
	'digit runs beside whole-amount prices': { text: () => digitRunsBesideWholeAmountPrices(1_300) },
	// Session 51, branch prod56: 20,000 sections after a product's description, runs of 39 priced cards each after a label,
	// near misses (long cards, price lists, cards one level down, notes) and every hundredth a run of 300 bare prices.
	'priced card runs after a product description': { text: () => pricedCardRunsAfterADescription(20_000) },
	// Session 51, branch forum56: N posts under letter avatars with their status, member counters with separated thousands
	// and edit stamps, near misses (a 400-character run of digits and commas, a long status word, a stamp of repeated
	// "on , "); N = 5,000, about 2 MB.
	'letter avatar statuses and separated counters': { text: () => letterAvatarsAndCounters(5_000) },
	// Session 51, branch meta56: N bylines naming a website's front page, near misses and author boxes of front-page links
	// (every tenth 30 boxes deep) under one title; N = 13,000, about 2 MB.
	'bylines linked to front pages': { text: () => frontPageBylines(13_000) },
	// Session 51, branch coll56: a category page in one wrapper box, 10,000 priced list cards and 10,000 footer lines after
	// them (every tenth 30 boxes deep), about 2 MB.
	'a wide read with footer lines after its grid': { text: () => wideReadWithFooterLines(10_000) },
	// Session 51, branch coll56: 4,500 unclassed boxes of whole-amount priced cards (every tenth 30 deep) and 4,500 footer
	// lines, no grid found, about 2 MB.
	'priced lines without a grid before footer lines': { text: () => pricedLinesWithoutAGrid(4_500) },
	// Session 52, branch prod57: 3,400 sections after a product's description, each with back-in-stock prompts and a near
	// miss (a newsletter prompt of over 700 characters, a prompt inside a sentence), every tenth 30 boxes deep, then one
	// newsletter prompt and the footer's links.
	'sign-up prompts after a product description': { text: () => signupPromptsAfterADescription(3_400) },
	// Session 52, branch coll57: a grid of 8,500 priced cards in its results box, then 8,500 sections with near-miss
	// call-to-action headings over short lines about cookies outside any dialog (every tenth 30 boxes deep), one consent
	// dialog at the end, about 2 MB: read from the results box, the walk below the grid runs through every section.
	'sections and cookie lines below a grid': { text: () => sectionsAndCookieLinesBelowAGrid(8_500) },
	// Session 52, branch svc57: N prose sections, then N footer column labels in boxes (every tenth 30 deep) over short
	// link lists, address lines or near-miss newsletter lines, a newsletter prompt near the end and a © line; N = 6,500, about 2 MB.
	'a footer band and a newsletter prompt after a landing page': { text: () => footerBandAfterALandingPage(6_500) },
	// Session 52, branch meta57: N bylines with names linked as user-generated content (rel="ugc") and two-word names linked
	// to front pages, near misses, author boxes of eight ugc links (every tenth 30 boxes deep), long member and "author-"
	// addresses and "Text" labels; N = 10,000, about 2.3 MB.
	'bylines linked as user-generated content': { text: () => ugcAndFrontPageBylines(10_000) },
	// Session 52, branch kind57: N paragraphs of a currency code before 400 digit groups glued to a letter, runs of bare
	// and glued codes, a price line and a card priced with a code before the amount; N = 850, about 2 MB.
	'currency codes before digit runs': { text: () => currencyCodesBeforeDigitRuns(850) },
	// Session 52, branch kind57: N sections with no h1 (an h2, every other one a link, a long priced sentence, a cart line;
	// every tenth 30 boxes deep) before a product named by an h2 over its price; N = 11,500, about 2 MB.
	'headings before a first price, no h1': { text: () => headingsBeforeAFirstPrice(11_500) },
	// Session 53, branch prod58: a product's name and description, then N top-level sections that name the shop and the
	// item (every tenth 30 boxes deep, an h1 every hundredth), near-miss copyright lines and a real one; N = 12,000, about 2 MB.
	'sections naming the shop after a description': { text: () => sectionsNamingTheShopAfterADescription(12_000) },
	// Session 53, branch coll58: N paragraphs of 400 space-separated digit groups ending in a currency word (Ft, лв, or a
	// near miss "TLx"), runs of bare currency words, and a list card priced in lei, TL or Ft; N = 900, about 2 MB.
	'digit runs and currency words after them': { text: () => forintAndLeiBesideDigitRuns(900) },
	// Session 53, branch coll58: a grid of N cards priced in crowns, each with a second price box (the same amounts, a near
	// miss of 119 characters, or a line past the cap); N = 10,000, about 2 MB.
	'second price boxes in crowns': { text: () => crownPriceBoxesInCards(10_000) },
	// Session 53, branch forum58: N flat posts, then N previewed entries of other threads written the same way with
	// counters, near misses (an unclosed 199-character link label, 300 opening brackets, digit runs before "repliesx"),
	// every tenth 30 boxes deep; N = 2,200, about 2 MB.
	'previewed entries of other threads after flat posts': { text: () => otherThreadEntriesAfterPosts(2_600) },
	// Session 53, branch meta58: N teaser cards (a date, box edges, every tenth 30 boxes deep, an empty link into the site),
	// near misses, reviewer labels with long runs after them, section-name h1s and author boxes; N = 5,000, about 2 MB.
	'card dates, reviewer labels and section h1s': { text: () => cardDatesAndReviewerLabels(5_000) },
	// Session 53, branch kind58: N teaser cards (an overlay link, a heading, a summary, a date line) with near misses (a
	// 900-character paragraph, long cards, titles with no link, priced cards), every tenth 30 boxes deep; N = 7,000, about 2 MB.
	'teaser cards and near misses': { text: () => teaserCardsAndNearMisses(7_000) },
	// Session 54, branch prod59: a product priced in złoty, then N lines by turn: a variant select's options in złoty and
	// lei, options over long digit runs, dashes with no price, a currency picker's entry and its near miss (every tenth 30
	// boxes deep); N = 1,700, about 2 MB.
	'variant lines and currency pickers in other currencies': { text: () => variantLinesInOtherCurrencies(1_700) },
	// Session 54, branch coll59: a grid of N list cards priced with four to six digits and no thousands mark, beside near
	// misses (600-digit runs after a sign and a code, chains of range ends, runs of signs, budgets, link parameters); N = 4,500, about 2 MB.
	'long amounts beside digit runs': { text: () => longAmountsBesideDigitRuns(4_500) },
	// Session 54, branch forum59: N flat posts whose headers carry counters in the board's language (and near misses: four
	// counts, 300 digits before "svar", a CJK word glued to 400 digits), then N entries of other threads counted in Chinese,
	// Japanese, Czech or Turkish, every tenth 30 boxes deep; N = 4,000, about 2 MB.
	'counters in the board language in posts and entries': { text: () => localCountersInPostsAndEntries(4_000) },
	// Session 54, branch kind59: N boxes with classes of their own under an h1, priced cards by what each holds and near
	// misses (no name link, no price, too long, a name 60 boxes down), every tenth 30 boxes deep; N = 5,500, about 2 MB.
	'priced cards without shared classes': { text: () => pricedCardsWithoutClasses(5_500) },
	// Session 54, branch meta59: an update stamp over N pictures filed under dated paths (every tenth 30 boxes deep), runs
	// of 400 year-like path parts, out-of-range months and 1,000-character paths; N = 2,800, about 2 MB.
	'update stamp over dated picture paths': { text: () => updateStampOverDatedPaths(2_800) },
	// Session 54, branch meta59: N headlines with a source link naming a host in brackets and a count linked to the
	// comments, near misses (60 dotted parts, 1,000-character brackets, 2,000-digit counts), every tenth 30 boxes deep; N = 2,400, about 2 MB.
	'headline source links and comment counts': { text: () => headlineBadgeLinks(2_400) },
	// Session 54, branch price60: N priced cards with "49,- €", "1.299,–" and "49.-", near misses (2,000-character digit
	// runs ending in ",-", 500 score lines "3:2,-", 300 dashes, a numbered list), every tenth 30 boxes deep; N = 2,200, about 2 MB.
	'dash cents prices on cards': { text: () => dashCentsCards(2_200) },
	// Session 55, branch listing55: N entries of a feed by turn: linked dated titles, unlinked headings, jump lists of
	// fragment links and their near misses, every tenth 30 boxes deep; N = 3,300, about 2 MB (extract 6.7 s at 3 MB on 2 loaded cores).
	'jump lists and unlinked headings in a dated feed': { text: () => jumpListsInADatedFeed(3_300) },
	// Session 55, branch listing55: N feed cards whose bylines end in a relative stamp, with near misses (long leads,
	// 2,000 characters before "ago", punctuation runs), every tenth 30 boxes deep; N = 3,000, about 2 MB.
	'age stamp bylines in a feed': { text: () => ageStampBylinesInAFeed(3_000) },
	// Session 55, branch coll55: a grid split into N lists of three priced cards by ads' divs (every tenth by a heading); N = 12,000, about 2 MB.
	'grid split into lists by ads': { text: () => gridSplitByAds(12_000) },
	// Session 55, branch prod55: three h1s over 40 near-miss section labels each, then N priced cards each labelled
	// "Details", every tenth 30 boxes deep; N = 24,000, about 2 MB.
	'section labels in cards under the name': { text: () => sectionLabelsInCards(24_000) },
	// Session 55, branch forum55: N post boxes with no shared class token (kinds/siblingPosts.ts), every fifth holding three
	// stamped boxes, every tenth 30 boxes deep, every seventh a list item beside an anchor; N = 8,000, about 2 MB.
	'sibling posts without a shared token': { text: () => siblingPostsWithoutTokens(8_000) },
	// Session 55, branch byline55: N bylines whose name slot holds credentials, weekdays, roles or labels, and near misses
	// (300 credentials, 1,000-character labels), every tenth 30 boxes deep; N = 4,500, about 2 MB.
	'byline name slots holding credentials, weekdays and labels': { text: () => bylineNonNamesUnderATitle(4_500) },
	// Session 56, branch coll56: N unpriced cards of one class with cart buttons and compare boxes, a per-page chooser every
	// 100, every tenth card 30 boxes deep (kinds/unpricedShop.ts); N = 16,000, about 2 MB.
	'unpriced shop cards': { text: () => unpricedShopCards(16_000) },
	// Session 56, branch coll56: N content boxes of an h1, a filter box of eight counted options and a paragraph, every
	// tenth 30 boxes deep, every seventh with its h1 inside the filter box (heuristics/countedFacets.ts); N = 5,000, about 2 MB.
	'filter boxes under titles': { text: () => facetBoxesUnderTitles(5_000) },
	// Session 56, branch prod56: a product's reviews label, then N h2 sections by turn foreign, naming one name word,
	// headed as reviews or as specifications, every tenth 30 boxes deep; N = 9,500, about 2 MB.
	'sections after the reviews': { text: () => sectionsAfterReviews(9_500) },
	// Session 56, branch prod56: three h1s (one "Details") over 40 near-miss labels each, then N teaser cards each
	// labelled "Details", every tenth 30 boxes deep; N = 14,000, about 2 MB.
	'section labels over teaser cards': { text: () => sectionLabelsOverTeaserCards(14_000) },
	// Session 56, branch unique56: three stamped columns, the middle one holding N post boxes with no shared class, every
	// third quoting in a shared-token box, every fifth holding three stamped boxes, every seventh a list item with a
	// preview, every tenth 30 boxes deep; N = 7,000, about 2 MB.
	'posts by place inside a column, quotes sharing a token': { text: () => placedPostsInColumns(7_000) },
	// Session 56, branch unique56: a dated article, then a rail of N recent posts (blurbs under the bar, linked paragraph
	// titles, 2,000-character tag runs), every tenth 30 boxes deep; N = 4,000, about 2 MB.
	'a rail of bare titles after a dated article': { text: () => titleRailAfterArticle(4_000) },
	// Session 56, branch byline56: N reviewer labels in boxes of their own over fence lines and a name box; N = 4,000, about 2 MB.
	'reviewer label boxes over fence lines': { text: () => reviewerLabelBoxesUnderATitle(4_000) },
	// Session 56, branch coll56b: an h1 over one box of N lists of two priced cards with cart buttons split by ads' divs,
	// every tenth card 30 boxes deep, and a last list of nine cards (kinds/gridPartsAtName.ts); N = 7,000, about 2 MB.
	'grid parts under the name': { text: () => gridPartsUnderTheName(7_000) },
	// Session 57, branch coll57: N chains of 40 nested boxes, a counted filter box and a line of prose at each level
	// (heuristics/countedFacets.ts `FacetDiscount`, candidates.ts); N = 150, about 2 MB.
	'filter boxes down chains of boxes': { text: () => facetBoxesDownChains(150) },
	// Session 57, branch coll57: a priced grid, N labelled option groups three to a panel (every tenth 30 boxes deep),
	// and one box of N label and list pairs (heuristics/labelledOptions.ts); N = 16,000, about 2 MB.
	'labelled option groups': { text: () => labelledOptionGroups(16_000) },
	// Session 57, branch listing57: N teaser cards of five shapes with no shared class, every tenth 120 boxes deep, every
	// seventh a list item's box, every thirteenth holding 60 empty boxes (kinds/cardGroup.ts); N = 4,600, about 2 MB.
	'teaser cards by shape without a shared token': { text: () => shapeCardsWithoutTokens(4_600) },
	// Session 57, branch forum57: N flat posts under one box with no shared class (counters, a header box with the poster's
	// linked name and a date, a message box), story titles, quotes, messages 30 boxes deep, long attributes, and an opening
	// post apart (kinds/placedFlatPosts.ts); N = 4,300, about 2 MB.
	'flat posts by place under one box': { text: () => placedFlatPostsUnderOneBox(4_300) },
	// Session 57, branch forum57: N posts named `post` with a header, a message and boxes after it at each level, signatures
	// in quotes, runs of twenty trailing boxes, messages 30 boxes deep, short stamped bodies (heuristics/placedTrailingBoxes.ts);
	// N = 2,900, about 2 MB.
	'signatures by place under posts': { text: () => placedSignaturesUnderPosts(2_900) },
	// Session 57, branch prod57: a product, then N h2 sections by turn a related-products grid, prose naming the item
	// (every seventh under "Specifications") and a shop's quotes, every tenth 30 boxes deep; N = 9,000, about 2 MB.
	'related grids then the item\'s prose': { text: () => relatedGridsThenItemProse(9_000) },
	// Session 57, branch prod57: a product, a "Reviews" line and an h3 naming reviews, then N h3 sections by turn a
	// review over stars, one over a date, a foreign one, one naming the item, every tenth 30 boxes deep; N = 20,000, about 2 MB.
	'review titles under a reviews tab': { text: () => reviewTitlesUnderATab(20_000) },
	// Session 58, branch prod58: a product, then lists of 300 items, two prose items to one labelled column of links (every
	// tenth column 30 boxes deep), no list mostly columns (heuristics/footerColumnLists.ts); N = 20,000, about 2 MB.
	'column items among prose items': { text: () => columnItemsAmongProse(20_000) },
	// Session 58, branch prod58: three h1s over 40 near-miss buying lines each, 30 boxes deep, then a grid of N priced cards
	// with their own cart buttons, every tenth 30 boxes deep (kinds/buyControlAtName.ts); N = 19,000, about 2 MB.
	'cart buttons under the names and in the grid': { text: () => cartButtonsUnderNames(19_000) },
	// Session 58, branch coll58: an h1 over a list of N priced cards, a compare drawer of N headings copying the cards'
	// names over prices and cart buttons, and N unpriced story panels, every tenth 30 boxes deep (kinds/cardCopy.ts); N = 6,500, about 2 MB.
	'a compare drawer copying every card': { text: () => cardCopyDrawer(6_500) },
	// Session 58, branch coll58: a category box with four questions, then N counted filter boxes at the bottom of a chain
	// of 500 nested boxes (heuristics/facetChars.ts); N = 11,000, about 2 MB.
	'filter boxes under a deep chain beside questions': { text: () => facetBoxesDeepDown(11_000) },
	// Session 58, branch coll58: the labelled option groups above under a grid of one-line priced list items that only the
	// collection read finds (kinds/collectionFacets.ts); N = 16,000, about 2 MB.
	'labelled option groups beside a priced list': { text: () => labelledGroupsBesideAPricedList(16_000) },
	// Session 58, branch forum58: N posts with a near-miss like line under the length cap, a like line, and every twentieth a
	// 5,000-character run of names (heuristics/reactionLines.ts); N = 3,000, about 2 MB.
	'reaction lines under posts': { text: () => reactionLinesUnderPosts(3_000) },
	// Session 58, branch forum58: N flat posts whose name lines hold the name as bold text and a linked group label, long
	// runs of links, nested emphases and badge headings (kinds/posterHeadings.ts `isNameThenGroupHeading`); N = 3,000, about 2 MB.
	'name lines over flat posts': { text: () => nameLinePostsUnderOneBox(3_000) },
	// Session 58, branch listing58: N rows of touching spans with classes of their own, every tenth a chain nested 80 deep
	// and a note under each (inlineText.ts `separateSpans`); N = 2,300, about 2 MB.
	'touching spans of their own classes': { text: () => gluedSpansOfTheirOwnClasses(2_300) },
	// Session 58, branch listing58: N shape cards with a headed section before every fourth (kinds/spreadCards.ts);
	// N = 12,000, about 2 MB.
	'a shape feed between headed sections': { text: () => shapeFeedBetweenSections(12_000) },
	// Session 58, branch listing58: N boxes of four shape cards, every tenth card 60 boxes deep (kinds/fewCards.ts);
	// N = 2,500, about 2 MB.
	'rows of four shape cards': { text: () => rowsOfFourShapeCards(2_500) },
	// Session 58, branch meta58: a byline, then N comments-named boxes each with a date and a comment-count link, by turn
	// under a "By" heading, a paragraph or nothing, every tenth 30 boxes deep (metadata/bylineMetaBoxes.ts); N = 10,000, about 2 MB.
	'dated comment counters under bylines': { text: () => commentCounterBoxesUnderBylines(10_000) },
	// Session 59, branch prod59: three h1s over 40 near-miss stock lines each, 30 boxes deep, then a grid of N priced cards
	// each marked "Sold out", every tenth 30 boxes deep (kinds/stockAtName.ts); N = 19,000, about 2 MB.
	'stock lines under the names and in the grid': { text: () => stockLinesUnderNames(19_000) },
	// Session 59, branch coll59: N counted filter boxes beside a page wrapped whole in an unclosed chrome-named box
	// (heuristics/emptyReadFallback.ts, facetChars.ts); N = 9,000, about 2 MB.
	'filter boxes beside a wrapped page': { text: () => facetBoxesBesideAWrappedPage(9_000) },
	// Session 59, branch coll59: N priced cards in lists of three between ad slots, under a chain of 300 boxes with an
	// ad slot on each side of the next (heuristics/gridGaps.ts); N = 36,000, about 2 MB.
	'ad slots between priced cards': { text: () => adSlotsBetweenCards(36_000) },
	// Session 59, branch forum59: a chain of 9 wrappers, each beside N stamped boxes with members' links, every tenth 30
	// boxes deep, two posts at the bottom (kinds/forumFallback.ts); N = 800, about 2 MB.
	'stamped boxes down a chain of wrappers': { text: () => stampedBoxesDownAChain(800) },
	// Session 59, branch listing59: N ranked entries named by short links, every tenth 60 boxes deep (kinds/namedCards.ts);
	// N = 10,000, about 2 MB.
	'entries named by short links': { text: () => namedEntryCards(10_000) },
	// Session 59, branch listing59: N pipe tables of 25 linked rows each (kinds/tableFeed.ts); N = 900, about 2 MB.
	'tables of linked rows': { text: () => tablesOfLinkedRows(900) },
	// Session 59, branch meta59: N name headings after an article, by turn over a bio opening with the name, a picture
	// and a bio, another bio or another heading (metadata/bioHeadingNames.ts); N = 11,000, about 2 MB.
	'name headings over bios': { text: () => nameHeadingsOverBios(11_000) },
	// Session 60, branch listing60: N flat cycles of a picture, a title and a teaser box under one parent, runs broken by
	// date boxes and prices, every tenth title 40 boxes deep (kinds/flatCards.ts); N = 9,500, about 2 MB.
	'flat cards in cycles of boxes': { text: () => flatCardCycles(9_500) },
	// Session 60, branch prod60: N near-miss bold card names with no h1, every tenth 30 boxes deep, one bold name over
	// prices in a list, then N priced cards with bold names (kinds/nameLines.ts); N = 11,000, about 2 MB.
	'bold names without an h1': { text: () => boldNamesWithoutH1(11_000) },
	// Session 60, branch meta60: a headline over N short header lines, names, datelines and others by turn
	// (metadata/nameUnderTitle.ts); N = 45,000, about 2 MB.
	'bare name lines under a headline': { text: () => nameLinesUnderHeadline(45_000) },
	// Session 61, branch meta61: a headline over N header lines, yearless datelines, reading times, deks and names by turn
	// (metadata/nameUnderTitle.ts, widened); N = 26,000, about 2 MB.
	'yearless datelines and deks under a headline': { text: () => yearlessHeaderLines(26_000) },
	// Session 61, branch meta61b: a name with no listed given name under a headline, then N near repeats of it (menu
	// entries, link lines, headings a letter longer) before its author box (metadata/nameUnderTitle.ts); N = 26,000, about 2 MB.
	'a name under a headline and its near repeats after the text': { text: () => endMatterNameRepeats(26_000) },
	// Session 60, branch coll60: N priced cards in boxes of three under a bare h1 and a chain of 200 boxes, every tenth
	// card 30 boxes deep, every seventh a repeated link (kinds/fewCardCategory.ts); N = 16,000, about 2.6 MB.
	'few priced cards in boxes of three': { text: () => fewCardBoxesDownAChain(16_000) },
	// Session 60, branch forum60: N posts each closed by a box with a pitch and a link after a quoted message, every tenth
	// 30 boxes deep (heuristics/lastBoxSignatures.ts); N = 6,000, about 2 MB.
	'posts closed by a box after the message': { text: () => postsWithClosingBoxes(6_000) },
	// Session 61, branch coll61: a few-card category (three priced cards under a bare h1) over a footer of N unpriced boxes,
	// every tenth 30 boxes deep (kinds/fewCardCategory.ts `fewCardRead`); N = 25,000, about 2 MB.
	'a few-card category over a long footer': { text: () => fewCardsOverALongFooter(25_000) },
	// Session 61, branch prod61: N near-miss plain name lines with no h1 before the first bare price, every tenth 30
	// boxes deep, then the name over its price and N priced cards (kinds/nameLines.ts plainNameLines); N = 11,000, about 2 MB.
	'plain names before the first price': { text: () => plainNamesBeforePrice(11_000) },
	// Session 61, branch forum61: a chain of eight boxes each beside a footer with prose, down to N stamped posts with
	// definition-list member cards, every class word unique (kinds/forumFallback.ts); N = 9,000, about 2 MB.
	'a thread box beside footers down a chain': { text: () => threadBoxBesideFooters(9_000) },
	// Session 61, branch forum61: N short header boxes by turn before posts by place (a third with no post after them),
	// every class word unique (kinds/postHeaderBoxes.ts); N = 11,000, about 2 MB.
	'short header boxes before posts': { text: () => headerBoxesBeforePosts(11_000) },
	// Session 61, branch forum61: a list of N posts by place, three boxes an item, every other post short broken lines
	// with no prose, every class word unique (kinds/siblingPosts.ts); N = 3,800, about 2 MB.
	'broken-line replies in a list of posts': { text: () => brokenLineRepliesInAList(3_800) },
	// Session 61, branch prod61b: a product's selling points, then N near-miss priced lists (no link away), every tenth
	// 30 boxes deep, then a rail of three priced links (heuristics/pricedListRails.ts); N = 16,000, about 2 MB.
	'priced lists after the selling points': { text: () => pricedListRailsAfterPoints(16_000) },
	// Session 61, branch coll61b: N unpriced cards of twelve pictures each under an h1, every seventh's name linking to
	// the card before it, every tenth 30 boxes deep (kinds/collectionCardRun.ts unpricedCardRun); N = 4,000, about 2 MB.
	'a run of unpriced cards with near misses': { text: () => unpricedCardsNearMiss(4_000) },
	// Session 61b, branch listing61b: eight cards, then N sections of one card each one box deeper, every tenth 30 boxes
	// deep (kinds/listingEnd.ts `cardsEnd`); N = 14,000, about 2.4 MB.
	'card parts after a grid': { text: () => cardPartsAfterAGrid(14_000) },
	// Session 62, branch prod62: N near-miss rating lines with no h1 before the first bare price, every tenth 30 boxes
	// deep, then the name over its rating and price, and N priced cards (kinds/ratingLines.ts, kinds/nameLines.ts); N = 8,000, about 2.1 MB.
	'rating lines before the first price': { text: () => ratingLinesBeforePrice(8_000) },
	// Session 62, branch coll62: N unpriced cards no shape rule groups under a shop's h1, every seventh's name linking to
	// the card before it, every tenth holding a link 30 boxes deep (kinds/collectionUnpricedShop.ts); N = 4,500, about 2 MB.
	'unpriced cards at the default': { text: () => unpricedCardsAtTheDefault(4_500) },
	// Session 62, branch coll62: N cart drawers above the h1, each a priced pick and a subtotal line, every tenth line 30
	// boxes deep, over three priced cards (kinds/fewCardCategory.ts cartDrawers); N = 24,000, about 2 MB.
	'cart drawers above a few cards': { text: () => cartDrawersAboveFewCards(24_000) },
	// Session 62, branch listing62: N long paragraphs under a menu of N / 4 columns of undated lines (kinds/unmarkedRail.ts); N = 12,000, about 2.6 MB (the rule alone: 102 / 40 / 46 ms at 6,000 / 12,000 / 24,000).
	'menu columns over long prose': { text: () => menuColumnsOverProse(12_000) },
	// Session 62, branch forum62: a header box holding the h1 30 boxes deep, N stamped near-miss boxes and the opening
	// message, then N replies of one token, every tenth 30 boxes deep (kinds/openingAbove.ts `titledOpening`); N = 9,000.
	'an opening post boxed with the title': { text: () => titledOpeningBoxes(9_000) },
	// Session 62, branch forum62: N carded sibling posts (the last uncarded), the first holding 0.7 of the text, then a
	// column of N / 2 carded boxes, every tenth 30 boxes deep (kinds/siblingPosts.ts `longestShareBar`); N = 6,000.
	'carded posts under a long opening question': { text: () => cardedLongOpening(6_000) },
};
