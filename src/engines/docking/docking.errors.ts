/** Stable codes of the docking engine's errors; the edge maps them to its own error shape. */
export type DockingErrorCode = 'DocumentNotIndexed' | 'InvalidDocument';

/** A caller's mistake in using the docking index (an unknown id, a malformed document). */
export class DockingError extends Error {
  override readonly name = 'DockingError';

  constructor(
    readonly code: DockingErrorCode,
    message: string,
  ) {
    super(message);
  }
}
