/** Cards per page of the library list. */
export const PAGE_SIZE = 50;
