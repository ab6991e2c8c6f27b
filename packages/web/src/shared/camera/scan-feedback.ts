import { ACCEPT_TONE, playTone } from '../audio/beep';

/** A short beep and buzz for an accepted scan, as a scanner gun gives. */
export type ScanFeedback = {
  readonly signal: () => void;
  /** Releases the audio device. */
  readonly close: () => void;
};

/**
 * Feedback on WebAudio and the Vibration API, where they exist; silent otherwise. Made when the camera
 * opens, after the tap that opened it, so the browser lets the audio play.
 */
export function createScanFeedback(): ScanFeedback {
  const audio = typeof AudioContext === 'undefined' ? null : new AudioContext();
  return {
    signal() {
      navigator.vibrate?.(50);
      if (!audio) return;
      void audio.resume();
      playTone(audio, ACCEPT_TONE);
    },
    close() {
      void audio?.close();
    },
  };
}
