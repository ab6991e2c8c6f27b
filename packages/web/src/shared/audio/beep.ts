/** A square-wave beep: its pitch in hertz and how long it sounds, in seconds. */
export type Tone = { readonly frequency: number; readonly seconds: number };

/** The register's "no": low and long enough to notice over the shop. */
export const ERROR_TONE: Tone = { frequency: 660, seconds: 0.18 };
/** An accepted scan, as a scanner gun gives it: high and short. */
export const ACCEPT_TONE: Tone = { frequency: 1_800, seconds: 0.08 };

/** Plays a tone on a Web Audio oscillator (no sound file to load). */
export function playTone(context: AudioContext, tone: Tone): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'square';
  oscillator.frequency.value = tone.frequency;
  gain.gain.value = 0.08;
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + tone.seconds);
}

let context: AudioContext | null = null;

/**
 * A short error beep. The context is made on first use, which is always inside a key or click
 * handler, so browsers allow it to play.
 */
export function beep(): void {
  try {
    context ??= new AudioContext();
    playTone(context, ERROR_TONE);
  } catch {
    // No audio (headless, policy): the red flash and the message still tell the cashier.
  }
}
