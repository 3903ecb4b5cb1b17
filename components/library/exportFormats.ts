// The export formats the menu offers; the code that writes them (exportFile.ts) is
// loaded only when an export is asked for, so it is not in the library's first load.
export const EXPORT_FORMATS = ['markdown', 'text', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
