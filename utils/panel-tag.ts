/** The custom element that hosts our panel's shadow root in a web page. */
export const PANEL_TAG = 'lectern-panel';
