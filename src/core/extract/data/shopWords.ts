// A shop's words in languages other than English: buying, stock and sorting phrases a product page or a shop grid prints.
/*
 * Why: the kind signals' cart and listing words (kinds/signals.ts `CART_RE`, `LISTING_TEXT_RE`) are English, so a
 * German, French, Spanish, Italian, Dutch, Portuguese, Polish, Swedish, Japanese or Chinese shop never read as a shop
 * (issue 12). Each language's phrases are the labels its shop templates print, taken from their translations:
 * Shopify's Dawn theme (locales/<lang>.json: products.product.add_to_cart, sold_out, quantity; templates.search,
 * sort_by), WooCommerce's storefront strings (translate.wordpress.org: "Add to cart", "In stock", "Out of stock",
 * "SKU", "Sort by"), Magento 2's language packs (i18n/<lang>.csv) and PrestaShop's translations, and shop code in
 * public repositories (e.g. a Laravel shop's lang/de/cart.php: "In den Warenkorb", "Ausverkauft").
 * Phrases are matched whole (kinds/shopWordsAbroad.ts builds the regexes), case-insensitively, with a boundary that
 * also works next to non-ASCII letters; Japanese and Chinese phrases match anywhere (no spaces between words).
 * `{n}` stands for a number ("{n} Ergebnisse"). Words an article prints as well are left out of the cart and listing
 * words: "prix", "Menge", "Anzahl", "Aantal", "Disponibile", Chinese 数量; the bare words for quantity ("cantidad",
 * "quantité", "quantità", "quantidade", "ilość": "a large quantity of") and for sold out that also mean exhausted
 * ("agotado", "épuisé", "esaurito", "esgotado"); Polish "w magazynie" (also "in the magazine"); Chinese 有货 (inside
 * 有货物, cargo), Japanese 件中 (inside 事件中) and 絞り込み (narrowing down). The buying-control list (`buy`) keeps
 * quantity, sold out and stock words: the buy box reads only short lines next to a price under the product's name.
 * Counted on the tuning part's 567 article pages (wcxb-dev): no phrase of these lists matches any of them.
 */

/** One language's shop phrases. */
export interface ShopPhrases {
	readonly lang: string;
	/** Words of a product page: buying, stock, quantity, delivery, reviews (as `CART_RE`). */
	readonly cart: readonly string[];
	/** Words of a grid's toolbar: sorting, filtering, counts of results, paging (as `LISTING_TEXT_RE`). */
	readonly listing: readonly string[];
	/** The cart phrases that are a buying control (cart button, stock line, quantity box; as kinds/buyBox.ts `BUY_CONTROL_RE`). */
	readonly buy: readonly string[];
	/** Headings of other products under a product ("You may also like", "Recently viewed"; as heuristics/recommendationSections.ts). */
	readonly related: readonly string[];
	/**
	 * Headings of the shop's delivery and return terms ("Shipping & Returns", "Return policy"; as
	 * heuristics/policySections.ts `POLICY_HEADING_RE`): the usual wording of those panels' titles in each language.
	 */
	readonly policy: readonly string[];
}

export const SHOP_WORDS: readonly ShopPhrases[] = [
	{
		lang: 'de',
		cart: [
			'in den warenkorb',
			'in den warenkorb legen',
			'zum warenkorb hinzufügen',
			'in den einkaufswagen',
			'jetzt kaufen',
			'sofort kaufen',
			'auf lager',
			'vorrätig',
			'nicht vorrätig',
			'ausverkauft',
			'sofort lieferbar',
			'artikelnummer',
			'kostenloser versand',
			'versandkostenfrei',
			'kundenbewertungen',
			'bewertung schreiben',
			'auf den wunschzettel',
			'auf die wunschliste',
		],
		listing: ['sortieren nach', 'sortierung', '{n} ergebnisse', '{n} produkte', '{n} artikel', 'mehr laden', 'alle anzeigen'],
		buy: ['in den warenkorb', 'zum warenkorb hinzufügen', 'in den einkaufswagen', 'jetzt kaufen', 'auf lager', 'vorrätig', 'ausverkauft'],
		related: ['das könnte ihnen auch gefallen', 'das könnte dir auch gefallen', 'ähnliche produkte', 'ähnliche artikel', 'kunden kauften auch', 'kunden, die diesen artikel gekauft haben', 'zuletzt angesehen', 'zuletzt angesehene produkte', 'passend dazu', 'empfohlene produkte'],
		policy: ['versand & rückgabe', 'versand und rückgabe', 'versand & retoure', 'versand und retoure', 'versand & retouren', 'versand und retouren', 'lieferung & rückgabe', 'lieferung und rückgabe', 'rückgaberecht', 'rückgabebedingungen'],
	},
	{
		lang: 'fr',
		cart: [
			'ajouter au panier',
			'acheter maintenant',
			'en stock',
			'rupture de stock',
			'livraison gratuite',
			'livraison offerte',
			'avis clients',
			'écrire un avis',
			'ajouter à la liste de souhaits',
			'ajouter à ma liste',
		],
		listing: ['trier par', '{n} résultats', '{n} produits', 'voir tout', 'charger plus', 'afficher plus'],
		buy: ['ajouter au panier', 'acheter maintenant', 'en stock', 'rupture de stock', 'épuisé', 'quantité'],
		related: ['vous aimerez aussi', 'vous aimerez peut-être aussi', 'vous pourriez aussi aimer', 'produits similaires', 'produits associés', 'récemment consultés', 'produits récemment consultés', 'les clients ont aussi acheté'],
		policy: ['livraison et retours', 'livraison & retours', 'livraison et retour', 'livraison & retour', 'expédition et retours', 'expédition & retours', 'livraisons et retours', 'politique de retour', 'retours et remboursements'],
	},
	{
		lang: 'es',
		cart: [
			'añadir al carrito',
			'agregar al carrito',
			'añadir a la cesta',
			'comprar ahora',
			'hay existencias',
			'sin existencias',
			'envío gratis',
			'envío gratuito',
			'opiniones de clientes',
			'escribir una reseña',
			'añadir a la lista de deseos',
		],
		listing: ['ordenar por', '{n} resultados', '{n} productos', 'ver todo', 'cargar más', 'mostrar más'],
		buy: ['añadir al carrito', 'agregar al carrito', 'añadir a la cesta', 'comprar ahora', 'hay existencias', 'sin existencias', 'agotado', 'cantidad'],
		related: ['también te puede gustar', 'te puede interesar', 'productos relacionados', 'productos similares', 'vistos recientemente', 'los clientes también compraron'],
		policy: ['envío y devoluciones', 'envíos y devoluciones', 'envío y devolución', 'envíos y devolución', 'envío & devoluciones', 'entrega y devoluciones', 'política de devoluciones', 'política de devolución'],
	},
	{
		lang: 'it',
		cart: [
			'aggiungi al carrello',
			'acquista ora',
			'compra ora',
			'disponibilità immediata',
			'spedizione gratuita',
			'recensioni dei clienti',
			'scrivi una recensione',
			'aggiungi alla lista dei desideri',
		],
		listing: ['ordina per', '{n} risultati', '{n} prodotti', 'mostra tutto', 'carica altri'],
		buy: ['aggiungi al carrello', 'acquista ora', 'compra ora', 'esaurito', 'quantità'],
		related: ['potrebbe piacerti anche', 'ti potrebbe interessare', 'prodotti correlati', 'prodotti simili', 'visti di recente'],
		policy: ['spedizione e resi', 'spedizioni e resi', 'spedizione e reso', 'spedizione & resi', 'consegna e resi', 'politica di reso', 'politica dei resi', 'resi e rimborsi'],
	},
	{
		lang: 'nl',
		cart: [
			'in winkelwagen',
			'toevoegen aan winkelwagen',
			'in winkelmandje',
			'nu kopen',
			'op voorraad',
			'niet op voorraad',
			'uitverkocht',
			'gratis verzending',
			'klantbeoordelingen',
			'schrijf een review',
			'aan verlanglijst toevoegen',
		],
		listing: ['sorteer op', 'sorteren op', '{n} resultaten', '{n} producten', 'bekijk alles', 'meer laden'],
		buy: ['in winkelwagen', 'toevoegen aan winkelwagen', 'in winkelmandje', 'nu kopen', 'op voorraad', 'uitverkocht'],
		related: ['misschien vind je dit ook leuk', 'gerelateerde producten', 'vergelijkbare producten', 'recent bekeken'],
		policy: ['verzending en retour', 'verzending & retour', 'verzending en retourneren', 'verzenden en retourneren', 'verzending en retouren', 'levering en retour', 'levering & retour', 'retourbeleid'],
	},
	{
		lang: 'pt',
		cart: [
			'adicionar ao carrinho',
			'comprar agora',
			'em estoque',
			'fora de estoque',
			'frete grátis',
			'portes grátis',
			'envio grátis',
			'avaliações de clientes',
			'adicionar à lista de desejos',
		],
		listing: ['{n} produtos', 'ver tudo', 'carregar mais'],
		buy: ['adicionar ao carrinho', 'comprar agora', 'em estoque', 'fora de estoque', 'esgotado', 'quantidade'],
		related: ['você também pode gostar', 'produtos relacionados', 'produtos semelhantes', 'vistos recentemente'],
		policy: ['envio e devoluções', 'envios e devoluções', 'entrega e devoluções', 'entregas e devoluções', 'frete e devoluções', 'trocas e devoluções', 'política de devolução', 'política de trocas e devoluções'],
	},
	{
		lang: 'pl',
		cart: [
			'dodaj do koszyka',
			'kup teraz',
			'na stanie',
			'brak w magazynie',
			'wyprzedane',
			'darmowa dostawa',
			'opinie klientów',
			'napisz opinię',
			'dodaj do ulubionych',
		],
		listing: ['sortuj według', 'sortuj wg', '{n} produktów', 'pokaż więcej', 'zobacz wszystkie'],
		buy: ['dodaj do koszyka', 'kup teraz', 'w magazynie', 'na stanie', 'brak w magazynie', 'wyprzedane', 'ilość'],
		related: ['może ci się spodobać', 'podobne produkty', 'produkty powiązane', 'ostatnio oglądane'],
		policy: ['dostawa i zwroty', 'wysyłka i zwroty', 'dostawa i zwrot', 'wysyłka i zwrot', 'polityka zwrotów', 'zwroty i reklamacje'],
	},
	{
		lang: 'sv',
		cart: [
			'lägg i varukorgen',
			'lägg i varukorg',
			'lägg till i varukorgen',
			'lägg i kundvagn',
			'köp nu',
			'i lager',
			'finns i lager',
			'slut i lager',
			'slutsåld',
			'fri frakt',
			'kundrecensioner',
			'skriv en recension',
		],
		listing: ['sortera efter', '{n} produkter', 'visa fler', 'visa alla'],
		buy: ['lägg i varukorgen', 'lägg i varukorg', 'lägg till i varukorgen', 'lägg i kundvagn', 'köp nu', 'i lager', 'slut i lager', 'slutsåld'],
		related: ['du kanske också gillar', 'relaterade produkter', 'liknande produkter', 'senast visade'],
		policy: ['frakt och returer', 'frakt & returer', 'frakt och retur', 'leverans och retur', 'leverans & retur', 'leverans och returer', 'returpolicy', 'returer och byten'],
	},
	{
		lang: 'ja',
		cart: ['カートに入れる', 'カートに追加', '今すぐ購入', '在庫あり', '在庫切れ', '売り切れ', '送料無料', 'カスタマーレビュー', 'レビューを書く'],
		listing: ['並び替え', '並べ替え'],
		buy: ['カートに入れる', 'カートに追加', '今すぐ購入', '在庫あり', '在庫切れ', '売り切れ'],
		related: ['関連商品', 'おすすめ商品', 'この商品を買った人はこんな商品も買っています', '最近チェックした商品'],
		policy: ['配送と返品', '配送・返品', '送料・返品', '返品・交換', '返品について', '返品ポリシー'],
	},
	{
		lang: 'zh',
		cart: ['加入购物车', '加入購物車', '添加到购物车', '立即购买', '立即購買', '缺货', '售罄', '免运费', '免運費', '包邮', '商品评价'],
		listing: ['排序方式', '筛选', '篩選', '件商品', '加载更多', '查看全部'],
		buy: ['加入购物车', '加入購物車', '添加到购物车', '立即购买', '立即購買', '缺货', '售罄'],
		related: ['相关商品', '猜你喜欢', '推荐商品', '最近浏览'],
		policy: ['配送与退货', '配送和退货', '运费与退货', '退换货政策', '退货政策', '配送及退货'],
	},
];
