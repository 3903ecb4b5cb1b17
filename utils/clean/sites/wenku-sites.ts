// 文库 / 范文 / document-library sites. Data only: a few entries per site, selected
// and adapted (not vendored) from:
//  - EasyList China, easylist/easylistchina `easylistchina.txt` @ 692cfde18e84
//    (GPL-3.0 OR CC BY-SA 3.0), via ../shared/corpus/rules/easylistchina--wenku-fanwen-doc-sites.txt
//  - CJX's Annoyance List, cjx82630/cjxlist `cjx-annoyance.txt` @ 55c60be578fd (GPL-3.0),
//    via ../shared/corpus/rules/cjx-annoyance--wenku-fanwen-doc-sites.txt
//  - AirBashX/UserScript `AutoUnfold.user.js` site table @ 69f678716a95 (GPL-3.0), data only,
//    via ../shared/corpus/rules/readmore-mask-selectors--AirBashX-AutoUnfold.json
// No rules exist for wentop.com / fwsir / ruiwen / yjbys: the generic heuristics handle them.
import type { SiteRule } from '../types';

export const WENKU_SITE_RULES: SiteRule[] = [
  {
    hosts: ['wenku.baidu.com'],
    hideAds: ['#ggbtm-ads', '#ppt-bottom-ads', '.commerce-flow', '.zhixin-ads', 'div[id^="html-reader-AD-"]'],
    hideOverlays: [
      '.dialog-ad-hd',
      '.edu_class_pop_dialog',
      'div[class*="tiger-"][class*="-dialog"]',
      '.reader-to-cashier-vip > .rights-wrap',
      '.header-wrapper > .fixed-activity-bar',
    ],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0); CJX Annoyance (GPL-3.0)',
  },
  {
    hosts: ['wk.baidu.com', 'wapwenku.baidu.com', 'tanbi.baidu.com'],
    hideAds: ['.tout'],
    hideOverlays: ['#bottomFixed'],
    hideClampMasks: ['.blur-bg', '.continue-read-wrap'],
    unclamp: ['.reader-copy'],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0); AutoUnfold site table (GPL-3.0)',
  },
  {
    hosts: ['360doc.com'],
    hideAds: ['#arttopbdad', '#divaboveReflectionAd1', '#divaboveReflectionAd2', '#divunderZcommondAd', '#divyoulikead', '.ggwz'],
    hideOverlays: ['.floatqrcode', '#btn_freeread'],
    // The PC page clamps the article through a class on <body>.
    removeClasses: [{ selector: 'body', classes: ['articleMaxH'] }],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0); CJX Annoyance (GPL-3.0); AutoUnfold site table (GPL-3.0)',
  },
  {
    hosts: ['360doc.cn'],
    hideAds: ['#artnewdiv'],
    hideClampMasks: ['.article_showall'],
    unclamp: ['.article'],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0); AutoUnfold site table (GPL-3.0)',
  },
  {
    hosts: ['docin.com'],
    hideAds: ['#docindex_ad', '.cpro_mod', '.sider_gg', '.mini-series-container'],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0)',
  },
  {
    hosts: ['doc88.com'],
    hideAds: ['.adpx250', '.dk-side-gif'],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0); CJX Annoyance (GPL-3.0)',
  },
  {
    hosts: ['book118.com'],
    hideAds: ['div[style*="width: 252px;height: 260px;"]'],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0)',
  },
  {
    hosts: ['diyifanwen.com'],
    // In-article ad slots; the guard keeps anything that holds speech paragraphs.
    hideAds: ['#ArtTl', '#Hzh1', '#Hzh2', '.Hzh1', '.Hzh2'],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0)',
  },
  {
    hosts: ['91wenmi.com'],
    hideAds: ['#xiezuo', '#xzsp', 'a[href^="http://www.91wenmi.com/xiezuo/"]'],
    source: 'CJX Annoyance (GPL-3.0)',
  },
];
