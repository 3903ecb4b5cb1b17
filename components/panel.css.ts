// Styles for the panel's shadow root (inject with adoptedStyleSheets or a <style>).
// Sizes are px only: `rem` would follow the page's root font size, `em` the host's.
// `:host { all: initial }` cuts inheritance from the page; it is deliberately not
// !important (an !important :host rule would beat the host's own inline
// !important box styles), so the embedder keeps control of the host element.
// Custom properties are not reset by `all`: set --lectern-font-size on the host
// (host.style.setProperty) and it inherits into the panel.
export const PANEL_CSS = String.raw`
:host {
  all: initial;
}

:host {
  --lectern-font-size: 14px;
  --lectern-font: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif;
  --lectern-bg: #fbfaf7;
  --lectern-fg: #1f2328;
  --lectern-muted: #596069;
  --lectern-faint: #6b717a;
  --lectern-border: #e2ded4;
  --lectern-hover: #f1ede3;
  --lectern-accent: #a3361b;
  --lectern-current-bg: #f6ece1;
  --lectern-focus: #1d4ed8;
  --lectern-banner-bg: #fff6dc;
  --lectern-banner-fg: #5e4200;
  --lectern-banner-border: #ecd48b;
  --lectern-shadow: 0 4px 18px rgba(0, 0, 0, 0.12), 0 1px 3px rgba(0, 0, 0, 0.08);
}

@media (prefers-color-scheme: dark) {
  :host {
    --lectern-bg: #1d1e21;
    --lectern-fg: #e7e6e2;
    --lectern-muted: #aeb3ba;
    --lectern-faint: #959aa2;
    --lectern-border: #37393e;
    --lectern-hover: #2a2c30;
    --lectern-accent: #f09a6c;
    --lectern-current-bg: #312822;
    --lectern-focus: #8ab4ff;
    --lectern-banner-bg: #30291a;
    --lectern-banner-fg: #f2d68c;
    --lectern-banner-border: #5c4b21;
    --lectern-shadow: 0 4px 18px rgba(0, 0, 0, 0.5);
  }
}

*,
*::before,
*::after {
  box-sizing: border-box;
}

[hidden] {
  display: none !important;
}

.lectern-panel {
  position: fixed;
  top: 16px;
  z-index: 2147483646;
  display: flex;
  flex-direction: column;
  width: 300px;
  max-height: calc(100vh - 32px);
  overflow: hidden;
  margin: 0;
  padding: 0;
  font-family: var(--lectern-font);
  font-size: var(--lectern-font-size);
  font-weight: 400;
  line-height: 1.55;
  text-align: start;
  color: var(--lectern-fg);
  background: var(--lectern-bg);
  border: 1px solid var(--lectern-border);
  border-radius: 10px;
  box-shadow: var(--lectern-shadow);
  color-scheme: light dark;
}

.lectern-panel[data-side="right"] {
  right: 16px;
}

.lectern-panel[data-side="left"] {
  left: 16px;
}

.lectern-panel.is-collapsed {
  top: 96px;
  width: auto;
  overflow: visible;
  background: none;
  border: 0;
  box-shadow: none;
}

.lectern-panel.is-collapsed[data-side="right"] {
  right: 0;
}

.lectern-panel.is-collapsed[data-side="left"] {
  left: 0;
}

button,
input {
  margin: 0;
  font: inherit;
  color: inherit;
}

button {
  cursor: pointer;
}

:focus {
  outline: none;
}

:focus-visible {
  outline: 2px solid var(--lectern-focus);
  outline-offset: 1px;
}

.icon {
  display: block;
}

/* Collapsed: a small tab on the chosen edge. */
.lectern-tab {
  display: grid;
  place-items: center;
  width: 32px;
  height: 44px;
  padding: 0;
  color: var(--lectern-fg);
  background: var(--lectern-bg);
  border: 1px solid var(--lectern-border);
  box-shadow: var(--lectern-shadow);
}

[data-side="right"] > .lectern-tab {
  border-right: 0;
  border-radius: 8px 0 0 8px;
}

[data-side="left"] > .lectern-tab {
  border-left: 0;
  border-radius: 0 8px 8px 0;
}

.lectern-tab:hover {
  background: var(--lectern-hover);
}

/* Header and status lines. */
.panel-header {
  display: flex;
  align-items: flex-start;
  gap: 8px;
  padding: 10px 8px 4px 12px;
  flex: none;
}

.panel-title {
  flex: 1 1 auto;
  min-width: 0;
  font-weight: 600;
  overflow: hidden;
  overflow-wrap: anywhere;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
}

.icon-button {
  flex: none;
  display: grid;
  place-items: center;
  width: 28px;
  height: 28px;
  padding: 0;
  color: var(--lectern-muted);
  background: none;
  border: 0;
  border-radius: 6px;
}

.icon-button:hover {
  color: var(--lectern-fg);
  background: var(--lectern-hover);
}

.panel-progress {
  flex: none;
  margin: 0;
  padding: 0 12px 6px;
  font-size: calc(var(--lectern-font-size) - 2px);
  color: var(--lectern-muted);
  font-variant-numeric: tabular-nums;
}

.panel-banner {
  flex: none;
  margin: 0 12px 8px;
  padding: 6px 8px;
  font-size: calc(var(--lectern-font-size) - 1px);
  color: var(--lectern-banner-fg);
  background: var(--lectern-banner-bg);
  border: 1px solid var(--lectern-banner-border);
  border-radius: 6px;
}

/* Outline / 提纲 tabs. */
.view-tabs {
  flex: none;
  display: flex;
  gap: 4px;
  padding: 0 8px;
  border-bottom: 1px solid var(--lectern-border);
}

.view-tab {
  padding: 4px 10px;
  color: var(--lectern-muted);
  background: none;
  border: 0;
  border-bottom: 2px solid transparent;
  margin-bottom: -1px;
}

.view-tab[aria-selected="true"] {
  color: var(--lectern-fg);
  font-weight: 600;
  border-bottom-color: var(--lectern-accent);
}

.panel-view {
  display: flex;
  flex-direction: column;
  flex: 1 1 auto;
  min-height: 0;
}

/* Outline controls. */
.outline-controls {
  flex: none;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 12px;
  padding: 6px 12px;
  font-size: calc(var(--lectern-font-size) - 2px);
  color: var(--lectern-muted);
  border-bottom: 1px solid var(--lectern-border);
}

.control-row {
  display: flex;
  align-items: center;
  gap: 4px;
}

.text-button {
  padding: 1px 6px;
  color: var(--lectern-muted);
  background: none;
  border: 1px solid var(--lectern-border);
  border-radius: 4px;
}

.text-button:hover {
  color: var(--lectern-fg);
  background: var(--lectern-hover);
}

.control-label {
  margin-right: 2px;
}

.segment,
.checkbox {
  position: relative;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  cursor: pointer;
}

.segment > input {
  position: absolute;
  width: 1px;
  height: 1px;
  opacity: 0;
  pointer-events: none;
}

.segment > span {
  padding: 0 7px;
  border: 1px solid var(--lectern-border);
  border-radius: 4px;
}

.segment > input:checked + span {
  color: var(--lectern-fg);
  font-weight: 600;
  background: var(--lectern-current-bg);
  border-color: var(--lectern-accent);
}

.segment > input:focus-visible + span {
  outline: 2px solid var(--lectern-focus);
  outline-offset: 1px;
}

.checkbox > input {
  width: 13px;
  height: 13px;
  accent-color: var(--lectern-accent);
}

/* Copy outline, item menu, resume line, notices. */
.copy-outline {
  position: relative;
  flex: none;
  padding: 6px 12px 0;
  font-size: calc(var(--lectern-font-size) - 2px);
  color: var(--lectern-muted);
}

.copy-outline-buttons {
  gap: 2px;
}

.copy-outline-more {
  width: 22px;
  height: 22px;
}

.copy-outline-status {
  margin-left: 6px;
  color: var(--lectern-accent);
}

.panel-menu {
  margin: 4px 0 0;
  padding: 4px 0;
  list-style: none;
  background: var(--lectern-bg);
  border: 1px solid var(--lectern-border);
  border-radius: 6px;
  box-shadow: var(--lectern-shadow);
}

.copy-outline-menu {
  position: absolute;
  z-index: 2;
  left: 12px;
  right: 12px;
}

.section-menu {
  position: fixed;
  z-index: 2147483647;
  min-width: 140px;
  font-size: calc(var(--lectern-font-size) - 1px);
}

.panel-menu-item {
  display: block;
  width: 100%;
  padding: 4px 12px;
  text-align: left;
  color: var(--lectern-fg);
  background: none;
  border: 0;
}

.panel-menu-item:hover,
.panel-menu-item:focus {
  background: var(--lectern-hover);
}

.panel-menu-item:focus-visible {
  outline: 2px solid var(--lectern-focus);
  outline-offset: -2px;
}

.resume-line,
.panel-notice {
  flex: none;
  display: flex;
  align-items: center;
  gap: 6px;
  margin: 0 12px 8px;
  padding: 4px 4px 4px 8px;
  font-size: calc(var(--lectern-font-size) - 1px);
  border: 1px solid var(--lectern-border);
  border-radius: 6px;
}

.resume-where {
  flex: 1 1 auto;
  min-width: 0;
  overflow: hidden;
  color: var(--lectern-muted);
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
}

.resume-actions {
  flex: none;
  display: flex;
  align-items: center;
}

.resume-dismiss,
.panel-notice .icon-button {
  width: 22px;
  height: 22px;
}

.panel-notice > span {
  flex: 1 1 auto;
}

.panel-notice.is-error {
  color: var(--lectern-banner-fg);
  background: var(--lectern-banner-bg);
  border-color: var(--lectern-banner-border);
}

.copy-outline .panel-notice {
  margin: 4px 0 0;
}

/* Scrolling body. */
.panel-body {
  flex: 1 1 auto;
  min-height: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  scrollbar-width: thin;
  padding: 4px 0 8px;
}

.panel-empty {
  margin: 0;
  padding: 8px 12px;
  color: var(--lectern-muted);
}

.panel-extras {
  flex: none;
  max-height: 40%;
  overflow-y: auto;
  padding: 8px 12px;
  border-top: 1px solid var(--lectern-border);
}

/* The tree. */
.outline-tree,
.outline-tree ul,
.syllabus-list,
.syllabus-list ul {
  margin: 0;
  padding: 0;
  list-style: none;
}

.outline-row {
  display: flex;
  align-items: baseline;
  gap: 4px;
  padding: 3px 10px 3px calc(6px + var(--lectern-depth, 0) * 12px);
  border-left: 3px solid transparent;
  cursor: pointer;
}

.outline-row:hover {
  background: var(--lectern-hover);
}

.outline-item:focus-visible {
  outline: none;
}

.outline-item:focus-visible > .outline-row {
  outline: 2px solid var(--lectern-focus);
  outline-offset: -2px;
}

.outline-item.is-current > .outline-row {
  font-weight: 600;
  background: var(--lectern-current-bg);
  border-left-color: var(--lectern-accent);
}

.outline-enumeration > .outline-row {
  font-size: calc(var(--lectern-font-size) - 1px);
  color: var(--lectern-muted);
}

.outline-twisty {
  position: relative;
  flex: none;
  align-self: flex-start;
  width: 12px;
  height: calc(var(--lectern-font-size) * 1.55);
}

[aria-expanded] > .outline-row > .outline-twisty::before {
  content: "";
  position: absolute;
  top: 50%;
  left: 3px;
  margin-top: -4px;
  border-top: 4px solid transparent;
  border-bottom: 4px solid transparent;
  border-left: 6px solid var(--lectern-muted);
  transition: transform 120ms ease-out;
}

[aria-expanded="true"] > .outline-row > .outline-twisty::before {
  transform: rotate(90deg);
}

.outline-text {
  flex: 1 1 auto;
  min-width: 0;
  overflow-wrap: anywhere;
}

/* The page's 提纲. */
.syllabus-entry {
  display: block;
  width: 100%;
  padding: 3px 10px 3px calc(21px + var(--lectern-depth, 0) * 12px);
  text-align: start;
  overflow-wrap: anywhere;
  background: none;
  border: 0;
  border-left: 3px solid transparent;
}

.syllabus-entry.is-link:hover {
  background: var(--lectern-hover);
}

.syllabus-entry.is-missing {
  color: var(--lectern-faint);
  cursor: default;
}

.syllabus-note {
  display: inline-block;
  margin-left: 4px;
  padding: 0 5px;
  font-size: calc(var(--lectern-font-size) - 2px);
  white-space: nowrap;
  border: 1px dashed var(--lectern-border);
  border-radius: 4px;
}

/* A transcript's speaker turns. */
.speaker-list {
  margin: 0;
  padding: 0;
  list-style: none;
}

.speaker-turn {
  display: block;
  width: 100%;
  padding: 4px 10px 4px 9px;
  text-align: start;
  overflow-wrap: anywhere;
  background: none;
  border: 0;
  border-left: 3px solid transparent;
  cursor: pointer;
}

.speaker-turn:hover {
  background: var(--lectern-hover);
}

.speaker-turn:focus-visible {
  outline: 2px solid var(--lectern-focus);
  outline-offset: -2px;
}

.speaker-turn.is-current {
  background: var(--lectern-current-bg);
  border-left-color: var(--lectern-accent);
}

.speaker-name {
  display: block;
  font-weight: 600;
  font-size: calc(var(--lectern-font-size) - 1px);
}

.speaker-words {
  display: block;
  color: var(--lectern-muted);
}

/* Extra sections: page clean-up, this page's excerpts. */
.panel-section + .panel-section {
  margin-top: 10px;
  padding-top: 8px;
  border-top: 1px dashed var(--lectern-border);
}

.section-head {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
}

.section-title {
  margin: 0;
  font-size: var(--lectern-font-size);
  font-weight: 600;
}

.section-line {
  margin: 4px 0;
  color: var(--lectern-muted);
}

.section-line.is-error,
.excerpt-popover-problem {
  color: var(--lectern-accent);
}

.section-detail {
  color: var(--lectern-faint);
}

.excerpt-group-title {
  margin: 8px 0 2px;
  color: var(--lectern-faint);
  font-size: calc(var(--lectern-font-size) - 1px);
}

.excerpt-items {
  margin: 0;
  padding: 0;
  list-style: none;
}

.excerpt-item {
  display: -webkit-box;
  width: 100%;
  margin: 2px 0;
  padding: 3px 6px;
  overflow: hidden;
  color: var(--lectern-fg);
  text-align: left;
  background: none;
  border: 0;
  border-left: 3px solid rgba(255, 196, 0, 0.7);
  border-radius: 0 4px 4px 0;
  -webkit-line-clamp: 3;
  -webkit-box-orient: vertical;
}

button.excerpt-item:hover {
  background: var(--lectern-hover);
}

.excerpt-item.is-missing {
  color: var(--lectern-muted);
  border-left-color: var(--lectern-border);
}

.excerpt-item-note {
  margin: 0 0 4px 9px;
  color: var(--lectern-muted);
  font-size: calc(var(--lectern-font-size) - 1px);
}

/* The floating "save excerpt" button and its popover, beside the selection. */
.excerpt-fab,
.excerpt-popover {
  position: fixed;
  z-index: 2147483647;
  font-family: var(--lectern-font);
  font-size: var(--lectern-font-size);
  line-height: 1.5;
  color: var(--lectern-fg);
  background: var(--lectern-bg);
  border: 1px solid var(--lectern-border);
  border-radius: 8px;
  box-shadow: var(--lectern-shadow);
}

.excerpt-fab {
  padding: 4px 12px;
  font-weight: 600;
  color: #fff;
  background: var(--lectern-accent);
  border-color: var(--lectern-accent);
  cursor: pointer;
}

.excerpt-popover {
  box-sizing: border-box;
  width: 300px;
  padding: 10px 12px;
}

.excerpt-popover.is-error {
  border-color: var(--lectern-accent);
}

.excerpt-popover-title {
  margin: 0 0 6px;
}

.excerpt-popover-quote {
  max-height: 120px;
  margin: 0 0 6px;
  overflow: auto;
  color: var(--lectern-muted);
  white-space: pre-wrap;
  user-select: text;
}

.excerpt-field {
  display: grid;
  gap: 2px;
  margin-bottom: 6px;
  color: var(--lectern-muted);
}

.excerpt-field input {
  box-sizing: border-box;
  width: 100%;
  padding: 4px 6px;
  font: inherit;
  color: var(--lectern-fg);
  background: var(--lectern-bg);
  border: 1px solid var(--lectern-border);
  border-radius: 4px;
}

.excerpt-popover-actions {
  display: flex;
  gap: 6px;
  justify-content: flex-end;
}

.excerpt-fab:focus-visible,
.excerpt-item:focus-visible,
.excerpt-field input:focus-visible {
  outline: 2px solid var(--lectern-focus);
  outline-offset: 1px;
}

@media (prefers-reduced-motion: reduce) {
  *,
  *::before,
  *::after {
    transition: none !important;
    animation: none !important;
    scroll-behavior: auto !important;
  }
}

@media (forced-colors: active) {
  .outline-item.is-current > .outline-row {
    border-left-color: Highlight;
  }

  .segment > input:checked + span {
    border-color: Highlight;
  }
}
`;
