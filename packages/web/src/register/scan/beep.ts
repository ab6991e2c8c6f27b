let context: AudioContext | null = null;

/**
 * A short error beep from a Web Audio oscillator (no sound file to load). The context is made on
 * first use, which is always inside a key or click handler, so browsers allow it to play.
 */
export function beep(): void {
  try {
    context ??= new AudioContext();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'square';
    oscillator.frequency.value = 660;
    gain.gain.value = 0.08;
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.18);
  } catch {
    // No audio (headless, policy): the red flash and the message still tell the cashier.
  }
}
