import { useLayoutEffect, useRef, useState } from 'preact/hooks';

import { PAGE_SIZE } from './pageSize';

export { PAGE_SIZE };

/**
 * How many rows to show for the current search (`key`): a page at first, a page
 * more on each "show more". After showing more, focus moves to the first new card
 * so keyboard users continue where they were.
 */
export function usePaging(key: string) {
  const [paging, setPaging] = useState({ key, limit: PAGE_SIZE });
  const focusCard = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const limit = paging.key === key ? paging.limit : PAGE_SIZE;

  useLayoutEffect(() => {
    const index = focusCard.current;
    if (index === null) return;
    const card = listRef.current?.querySelectorAll<HTMLElement>('li.excerpt')[index];
    if (!card) return;
    focusCard.current = null;
    card.focus();
  });

  const showMore = (shown: number) => {
    focusCard.current = shown;
    setPaging({ key, limit: limit + PAGE_SIZE });
  };
  return { limit, showMore, listRef };
}
