import { render } from 'preact';
import { LibraryPage } from '../../components/library/LibraryPage';
import { database } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import './library.css';

// Splits "open the library → first rows" for the benchmark: before this, loading the bundle.
performance.mark('lectern:library:script-run');

const db = database();
// Opening now overlaps with the first render; a failure is reported by the queries that need it.
void db.open().catch(() => undefined);
document.title = t('libraryTitle');
// Ask the browser not to evict the reader's excerpts under storage pressure.
void navigator.storage?.persist?.().catch(() => false);
document.documentElement.lang = t('uiLang');
render(<LibraryPage db={db} />, document.getElementById('app')!);
