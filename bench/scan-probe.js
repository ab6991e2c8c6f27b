// In-page side of the scan → line benchmark, installed as a Playwright init script on every page of the
// context (before the app's own scripts), so nothing in the app is changed to be measured. Plain
// JavaScript because it runs in the browser: the bench's tsconfig has no DOM types. All times are the
// page's performance.now().

(() => {
  const LINE = '[data-testid="cart-line"]';
  const REGISTER = '[data-testid="register"]';
  const SCAN_TIMEOUT_MS = 5000;

  /** Resolves in a new task, without the 4 ms clamp of nested timers: one key per task, as a scanner's. */
  const nextTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });

  /** Resolves after the next frame has been produced (rAF, then the task after it): "painted". */
  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => nextTask().then(resolve)));

  const lineCount = () => document.querySelectorAll(LINE).length;

  // When the sale screen first appears in this document, and when the frame that shows it is out.
  const shown = { at: null, paintedAt: null };
  const watchRegister = new MutationObserver(() => {
    if (shown.at !== null || !document.querySelector(REGISTER)) return;
    shown.at = performance.now();
    watchRegister.disconnect();
    nextPaint().then(() => {
      shown.paintedAt = performance.now();
    });
  });
  watchRegister.observe(document, { childList: true, subtree: true });

  /** Resolves with the time a new cart line is in the DOM (rejects when the scan fails or times out). */
  function awaitNewLine(before) {
    return new Promise((resolve, reject) => {
      const root = document.querySelector(REGISTER);
      if (!root) return reject(new Error('the sale screen is not shown'));
      const scan = document.querySelector('[data-testid="scan"]');
      const failures = scan?.getAttribute('data-failures');
      const observer = new MutationObserver(() => {
        const at = performance.now();
        if (lineCount() > before) {
          done();
          resolve(at);
        } else if (scan?.getAttribute('data-failures') !== failures) {
          done();
          const error = document.querySelector('[data-testid="scan-error"]')?.textContent;
          reject(new Error(`the scan was refused: ${error}`));
        }
      });
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no new cart line within ${SCAN_TIMEOUT_MS} ms`));
      }, SCAN_TIMEOUT_MS);
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
      };
      observer.observe(root, { childList: true, subtree: true, attributes: true });
    });
  }

  // Keys go to the body, as a wedge scanner's do with no field focused; the app's window listener
  // takes them (it checks the key, not isTrusted).
  const press = (key) => {
    const code = /^\d$/.test(key) ? `Digit${key}` : key;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key, code, bubbles: true, cancelable: true }));
  };

  /** Waits until no dialog is open and the app has had a task to settle (listeners re-armed). */
  async function settle() {
    for (let i = 0; i < 200 && document.querySelector('dialog[open]'); i++) await nextTask();
    await nextPaint();
  }

  let armed = null;

  window.__kassaBench = {
    /** Times since navigation start: the sale screen shown (DOM) and painted, and the catalogue fetch. */
    loadTiming() {
      const catalog = performance
        .getEntriesByType('resource')
        .filter((e) => /\/api\/v1\/stores\/[^/]+\/catalog$/.test(new URL(e.name).pathname))
        .at(-1);
      return {
        shownAt: shown.at,
        paintedAt: shown.paintedAt,
        catalog: catalog && {
          startTime: catalog.startTime,
          responseStart: catalog.responseStart,
          responseEnd: catalog.responseEnd,
          bytes: catalog.decodedBodySize,
          transferred: catalog.transferSize,
        },
        heapBytes: performance.memory?.usedJSHeapSize ?? null,
      };
    },

    /**
     * Types `code` and Enter, one key per task back to back, and times from the first keydown to the
     * new cart line in the DOM (`total`) and from Enter to it (`afterEnter`).
     */
    async scan(code) {
      await settle();
      const before = lineCount();
      const line = awaitNewLine(before);
      const start = performance.now();
      for (const digit of code) {
        press(digit);
        await nextTask();
      }
      const enter = performance.now();
      press('Enter');
      const at = await line;
      return { total: at - start, afterEnter: at - enter };
    },

    /** Before a scan typed with real (trusted) key events: times from its first keydown to the new line. */
    async arm() {
      await settle();
      let start = null;
      const first = () => {
        start = performance.now();
      };
      window.addEventListener('keydown', first, { capture: true, once: true });
      armed = awaitNewLine(lineCount()).then((at) => at - start);
    },

    /** The armed scan's time, once its line is there. */
    armed() {
      return armed;
    },
  };
})();
