/** Paths the preview keeps for itself, beside the modules' folders. */
export const PREVIEW_PATHS = {
  /** The Server-Sent Events stream that tells open pages to reload. */
  events: '/__coursepack/events',
  /** The script every served page loads to listen to that stream. */
  reloadScript: '/__coursepack/reload.js',
} as const;
