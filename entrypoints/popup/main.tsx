import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup/PopupView';
import { t } from '../../utils/i18n';
import './popup.css';

document.documentElement.lang = t('uiLang');
render(
  <PopupView
    onOpenLibrary={() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
      window.close();
    }}
  />,
  document.getElementById('app')!,
);
