import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView, type PopupActions } from '../../components/popup/PopupView';
import { t } from '../../utils/i18n';
import { pageStatus, showOutline, togglePanel } from '../../utils/page-control';
import { forgetPositions, rememberedCount } from '../../utils/reading-position';
import { readSettings, setCleaningOff, setFontSize, setSiteAlways, setSiteDisabled } from '../../utils/settings';
import './popup.css';

document.documentElement.lang = t('uiLang');

// `popup.html?tabId=N` aims the popup at tab N: the end-to-end tests open the popup
// as a page of its own, where the active tab would be the popup itself.
const requestedTab = Number(new URLSearchParams(location.search).get('tabId'));
const [tab] = Number.isInteger(requestedTab) && requestedTab > 0
  ? [await browser.tabs.get(requestedTab)]
  : await browser.tabs.query({ active: true, currentWindow: true });
const tabId = tab?.id;
const host = tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).hostname : null;
const settings = await readSettings();

const noTab = () => Promise.reject(new Error(t('popupUnavailable')));
const actions: PopupActions = {
  loadStatus: () => (tabId === undefined || !host ? Promise.resolve(null) : pageStatus(tabId).catch(() => null)),
  showAnyway: () => (tabId === undefined ? noTab() : showOutline(tabId)),
  togglePanel: () => (tabId === undefined ? noTab() : togglePanel(tabId)),
  setSiteDisabled: (disabled) => (host ? setSiteDisabled(host, disabled) : Promise.resolve()),
  setSiteAlways: (always) => (host ? setSiteAlways(host, always) : Promise.resolve()),
  setCleaningOff: (off) => (host ? setCleaningOff(host, off) : Promise.resolve()),
  setFontSize,
  countHistory: rememberedCount,
  clearHistory: () => forgetPositions(),
  openLibrary: () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  },
};

render(
  <PopupView actions={actions} host={host} fontSize={settings.fontSize} cleaningOff={host ? settings.cleanOffHosts.includes(host) : false} />,
  document.getElementById('app')!,
);
