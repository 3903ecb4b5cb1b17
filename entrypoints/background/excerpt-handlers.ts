import { describeStorageError } from '../../utils/db/errors';
import { database } from '../../utils/db/schema';
import { listExcerpts, saveExcerpt, updateExcerpt } from '../../utils/excerpts/store';
import { searchExcerpts } from '../../utils/excerpts/search';
import { normalizePageUrl } from '../../utils/excerpts/url';
import type { Handlers } from '../../utils/messages';

export const excerptHandlers: Pick<Handlers, 'excerpt:save' | 'excerpt:update' | 'excerpt:search' | 'excerpt:list'> = {
  'excerpt:save': (draft) => clearly(saveExcerpt(database(), { ...draft, pageUrl: normalizePageUrl(draft.pageUrl) })),
  'excerpt:update': ({ id, ...changes }) => clearly(updateExcerpt(database(), id, changes)),
  'excerpt:search': ({ query, ...filters }) => searchExcerpts(database(), query, filters),
  'excerpt:list': (query) =>
    listExcerpts(database(), query.pageUrl === undefined ? query : { ...query, pageUrl: normalizePageUrl(query.pageUrl) }),
};

/** A storage failure reaches the page as a sentence (e.g. "storage is full"), not a raw DOMException. */
function clearly<T>(write: Promise<T>): Promise<T> {
  return write.catch((error: unknown) => {
    throw new Error(describeStorageError(error));
  });
}
