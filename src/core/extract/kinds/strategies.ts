// The strategy of each page kind, by kind.
import { article } from './article';
import { collection } from './collection';
import { documentation } from './documentation';
import { forum } from './forum';
import { listing } from './listing';
import type { KindStrategy, PageKind } from './pageKind';
import { product } from './product';
import { service } from './service';

export const STRATEGIES: Readonly<Record<PageKind, KindStrategy>> = { article, forum, product, collection, listing, documentation, service };
