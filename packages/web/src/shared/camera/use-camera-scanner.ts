import { type RefObject, useEffect, useRef, useState } from 'react';
import { type BarcodeReaderKind, createBarcodeReader } from './barcode-reader';
import { type CameraProblem, cameraAvailability, cameraProblemOf } from './camera-problem';
import { createRecentCodes } from './recent-codes';
import { createScanFeedback } from './scan-feedback';

/** A few attempts a second: enough for a hand-held code, and the phone stays cool. */
const READ_EVERY_MS = 250;

/** Where the camera is: opening, reading frames with a decoder, or unable to. */
export type CameraState =
  | { readonly status: 'opening' }
  | { readonly status: 'scanning'; readonly reader: BarcodeReaderKind }
  | { readonly status: 'failed'; readonly problem: CameraProblem };

export type CameraScanner = {
  /** The `<video>` the live picture plays in. */
  readonly videoRef: RefObject<HTMLVideoElement | null>;
  readonly state: CameraState;
  /** The last code accepted, to show it. */
  readonly lastCode: string | null;
};

/**
 * Opens the rear camera while mounted and reads barcodes from it: each new code (one held in view
 * counts once, see recent-codes.ts) beeps, buzzes and goes to `onCode`. The camera is released on
 * unmount, also when that comes before the camera has even opened.
 */
export function useCameraScanner(onCode: (code: string) => void): CameraScanner {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<CameraState>({ status: 'opening' });
  const [lastCode, setLastCode] = useState<string | null>(null);
  // The latest callback without restarting the camera each render.
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    const video = videoRef.current;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recent = createRecentCodes();
    const feedback = createScanFeedback();
    const fail = (problem: CameraProblem) => {
      if (!stopped) setState({ status: 'failed', problem });
    };

    async function start() {
      const unavailable = cameraAvailability();
      if (unavailable) return fail(unavailable);
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch (failure) {
        return fail(cameraProblemOf(failure));
      }
      if (stopped || !video) return release();
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      const reader = await createBarcodeReader();
      if (stopped) return;
      setState({ status: 'scanning', reader: reader.kind });

      // One read at a time, the next one a while after the last ended: never a backlog of frames.
      const tick = async () => {
        if (stopped) return;
        if (video.readyState >= video.HAVE_CURRENT_DATA) {
          const code = await reader.read(video);
          if (stopped) return;
          if (code !== null && recent.accept(code, performance.now())) {
            feedback.signal();
            setLastCode(code);
            onCodeRef.current(code);
          }
        }
        timer = setTimeout(() => void tick().catch(() => fail('failed')), READ_EVERY_MS);
      };
      await tick();
    }

    function release() {
      for (const track of stream?.getTracks() ?? []) track.stop();
      stream = null;
    }

    void start().catch(() => fail('failed'));
    return () => {
      stopped = true;
      clearTimeout(timer);
      release();
      if (video) video.srcObject = null;
      feedback.close();
    };
  }, []);

  return { videoRef, state, lastCode };
}
