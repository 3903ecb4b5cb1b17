import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);

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
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'contextMenus', 'alarms'],
    // Asked for only when the reader turns the weekly backup on (permissions.request).
    optional_permissions: ['downloads'],
    host_permissions: ['<all_urls>'],
    // The every-page detector (entrypoints/detector.ts): a plain script, without WXT's content-script context.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle' }],
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
  hooks: {
    // The detector runs on every page a user opens. It uses only runtime.sendMessage,
    // runtime.id and storage.local.get, which are promise-based natively in Chrome
    // MV3 and Firefox, so it takes WXT's own `browser` (the browser's global) and
    // leaves out webextension-polyfill (~3 kB gzip). Everything else keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.name === 'detector')) return;
      const aliases = (config.resolve ??= {}).alias;
      const nativeBrowser = require.resolve('wxt/browser');
      if (Array.isArray(aliases)) aliases.unshift({ find: /^wxt\/browser$/, replacement: nativeBrowser });
      else config.resolve.alias = { ...aliases, 'wxt/browser': nativeBrowser };
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    excludeSources: ['test/**', '.output/**', 'docs/**'],
  },
});
