/** The reason an error gives, for the reader and for answers that cross into the background. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
