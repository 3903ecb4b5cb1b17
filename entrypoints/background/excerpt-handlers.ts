import { database } from '../../utils/db/schema';
import { listExcerpts, saveExcerpt } from '../../utils/excerpts/store';
import type { Handlers } from '../../utils/messages';

export const excerptHandlers: Pick<Handlers, 'excerpt:save' | 'excerpt:list'> = {
  'excerpt:save': (draft) => saveExcerpt(database(), draft),
  'excerpt:list': (query) => listExcerpts(database(), query),
};
