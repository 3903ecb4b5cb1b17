import { readNewestRows } from '../../utils/db/first-rows';
import { PAGE_SIZE } from '../../components/library/pageSize';
import { DATABASE_NAME } from '../../utils/db/name';

// Splits "open the library → first rows" for the benchmark: before this, loading this small script.
performance.mark('lectern:library:script-run');

// The newest page of excerpts is read while the page's main script loads, not after it.
// One row beyond the page tells whether "show more" has anything to show.
const firstRows = readNewestRows(DATABASE_NAME, PAGE_SIZE + 1);
const [{ startLibrary }, rows] = await Promise.all([import('./app'), firstRows]);
startLibrary(rows);
