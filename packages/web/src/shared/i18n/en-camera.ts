import type { Messages } from './zh-CN';

/** The camera scanner in English: the same keys as zh-CN-camera.ts. */
export const enCamera: Messages['camera'] = {
  open: 'Camera',
  title: 'Camera scanner',
  close: 'Close camera',
  opening: 'Opening the camera…',
  aim: 'Hold the barcode steady inside the frame',
  read: 'Scanned: {{code}}',
  problems: {
    insecure:
      'The camera only works over a secure connection (https, or localhost on this device): open the back office at its https address.',
    unsupported: 'This browser cannot use a camera: try a recent Chrome, Edge or Safari.',
    denied: 'No permission for the camera: allow it in the browser’s site settings, then try again.',
    no_camera: 'No camera found.',
    busy: 'Another app is using the camera: close it, then try again.',
    failed: 'The camera could not be opened: close it and try again.',
  },
};
