// Bounds that keep one hostile file from costing more than a real resume ever needs.
export const EXTRACT_LIMITS = {
  /** Seed 004: files up to 10 MB. */
  maxFileBytes: 10 * 1024 * 1024,
  /** A resume is a few pages; later pages of a huge file are not read. */
  maxPages: 50,
  /** Characters of visible text kept (about 50 dense pages). */
  maxTextChars: 200_000,
  /** DOCX: entries in the zip, bytes one part may inflate to, bytes all read parts may inflate to. */
  maxZipEntries: 2_000,
  maxPartBytes: 30 * 1024 * 1024,
  maxTotalInflatedBytes: 60 * 1024 * 1024,
  /** Declared uncompressed / compressed size above which a large entry is a bomb. */
  maxCompressionRatio: 100,
  /** Per file, in the worker pool. */
  timeoutMs: 30_000,
  /** Heap of one extraction worker. */
  workerHeapMb: 256,
} as const;
