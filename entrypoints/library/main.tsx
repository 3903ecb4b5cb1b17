import { render } from 'preact';
import { LibraryPage } from '../../components/library/LibraryPage';
import { database } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import './library.css';

document.title = t('libraryTitle');
// Ask the browser not to evict the reader's excerpts under storage pressure.
void navigator.storage?.persist?.().catch(() => false);
document.documentElement.lang = t('uiLang');
render(<LibraryPage db={database()} />, document.getElementById('app')!);
