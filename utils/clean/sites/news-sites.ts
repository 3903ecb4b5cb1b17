// Chinese news portals. Data only: a few entries per site, selected and adapted from:
//  - EasyList China, easylist/easylistchina `easylistchina.txt` @ 692cfde18e84
//    (GPL-3.0 OR CC BY-SA 3.0), via ../shared/corpus/rules/easylistchina--cn-news-gov-sites.txt
//  - CJX's Annoyance List, cjx82630/cjxlist `cjx-annoyance.txt` @ 55c60be578fd (GPL-3.0),
//    via ../shared/corpus/rules/cjx-annoyance--cn-news-gov-sites.txt
//  - AirBashX/UserScript `AutoUnfold.user.js` site table @ 69f678716a95 (GPL-3.0), data only,
//    via ../shared/corpus/rules/readmore-mask-selectors--AirBashX-AutoUnfold.json
import type { SiteRule } from '../types';

export const NEWS_SITE_RULES: SiteRule[] = [
  {
    hosts: ['qq.com'],
    hideAds: ['.body-Top-Ad', '.ad-foot', '.l_qq_com', '#AdRight-Article-QQ', '.AdTop-Article-QQ'],
    hideOverlays: ['#coo_qqBrowser', '.mod-download-tips'],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0); CJX Annoyance (GPL-3.0)',
  },
  {
    hosts: ['sina.com.cn'],
    hideAds: ['.sinaads', '#ad_blk_fixed', '.top-banner'],
    hideOverlays: ['.f_app_screen_wrap', '.tab_related_app_imglink'],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0); CJX Annoyance (GPL-3.0)',
  },
  {
    hosts: ['sina.cn'],
    hideClampMasks: ['.look_more'],
    unclamp: ['.s_card'],
    source: 'AutoUnfold site table (GPL-3.0)',
  },
  {
    hosts: ['163.com'],
    hideAds: ['.tie-ad-bar', 'div[class^="gg"]', '.post_columnad_top', '.a_topad'],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0)',
  },
  {
    hosts: ['3g.163.com'],
    hideClampMasks: ['.show_article'],
    unclamp: ['article'],
    source: 'AutoUnfold site table (GPL-3.0)',
  },
  {
    hosts: ['ifeng.com'],
    hideAds: ['div[class^="topAd-"]', '#CA_left', '#CA_right'],
    hideClampMasks: ['[class^="index_more_"]'],
    unclamp: ['[class^="index_main_content_"]'],
    source: 'EasyList China (GPL-3.0 OR CC BY-SA 3.0); AutoUnfold site table (GPL-3.0)',
  },
  {
    hosts: ['baijiahao.baidu.com', 'mbd.baidu.com'],
    hideClampMasks: ['.foldMaskWrapper', '.oPadding'],
    unclamp: ['#mainContentContainer', '.mainContent'],
    source: 'AutoUnfold site table (GPL-3.0)',
  },
  {
    hosts: ['sohu.com'],
    hideClampMasks: ['.lookall-box'],
    unclamp: ['#mp-editor'],
    source: 'AutoUnfold site table (GPL-3.0)',
  },
  {
    hosts: ['thepaper.cn'],
    hideClampMasks: ['#clickForMore'],
    unclamp: ['.newsdetail_body'],
    source: 'AutoUnfold site table (GPL-3.0)',
  },
  {
    hosts: ['cnr.cn'],
    hideClampMasks: ['#readmore'],
    unclamp: ['#perny-main'],
    source: 'AutoUnfold site table (GPL-3.0)',
  },
  {
    hosts: ['toutiao.com'],
    hideClampMasks: ['.expand-button-wrapper'],
    unclamp: ['.expand-container'],
    source: 'AutoUnfold site table (GPL-3.0)',
  },
];
