/** Why the camera cannot scan, each with a message under `camera.problems`. */
export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'no_camera' | 'busy' | 'failed';

/**
 * Why the camera could not be opened, from what `getUserMedia` threw (a DOMException by its name).
 * Browsers say "not allowed" both when the person refused and when a policy did.
 */
export function cameraProblemOf(failure: unknown): CameraProblem {
  const name = failure instanceof Error || failure instanceof DOMException ? failure.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no_camera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

/**
 * Whether this page may ask for a camera at all: only a secure context (https, or localhost) has
 * `navigator.mediaDevices`; a shop's LAN address over plain http has none.
 */
export function cameraAvailability(): CameraProblem | null {
  if (!globalThis.isSecureContext) return 'insecure';
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) return 'unsupported';
  return null;
}
