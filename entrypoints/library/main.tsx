import { render } from 'preact';
import { LibraryPage } from '../../components/library/LibraryPage';
import { database } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import './library.css';

document.title = t('libraryTitle');
document.documentElement.lang = t('uiLang');
render(<LibraryPage db={database()} />, document.getElementById('app')!);
