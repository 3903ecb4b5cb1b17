import { defineConfig } from 'wxt';

// The extension's manifest and build. Real-page fixtures live under test/ and are
// never copied into the package; only public/ and the entrypoints are shipped.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the analysis core also runs in Node (CLI, bench).
  imports: false,
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Lectern',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // unlimitedStorage: a large library must never be evicted or hit the ordinary quota (no install warning in Chrome).
    // webNavigation: detection starts when a tab commits a document (detect-page.ts); Chrome
    // shows no warning for it beside the all-sites access.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'webNavigation', 'contextMenus', 'alarms'],
    // Asked for only when the reader turns the weekly backup on (permissions.request).
    optional_permissions: ['downloads'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandTogglePanel__',
      },
      'next-section': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextSection__',
      },
      'previous-section': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousSection__',
      },
      'save-excerpt': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveExcerpt__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lectern@lectern.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    excludeSources: ['test/**', '.output/**', 'docs/**'],
  },
});
