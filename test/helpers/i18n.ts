import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';
import chinese from '../../public/_locales/zh_CN/messages.json';

type Catalogue = Record<string, { message: string }>;

/**
 * The fake browser has no i18n; this gives it the real catalogues, with Chrome's
 * `$1`…`$9` substitution, so component tests read the strings users will see.
 */
export function installLocale(locale: 'en' | 'zh_CN' = 'en'): void {
  const catalogue: Catalogue = locale === 'en' ? english : chinese;
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => (locale === 'en' ? 'en' : 'zh-CN');
}
