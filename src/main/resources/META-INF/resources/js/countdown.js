/*
 * Counts down to an attempt's deadline in the browser, so the server is not asked every second. The
 * server sends the milliseconds left and the text with {0} for the time; the script rewrites the text
 * every second (h:mm:ss or m:ss), marks the last minute, and at zero asks the server once
 * (this.$server.deadlineReached), which submits and opens the review or starts again with a new deadline.
 */
window.qtCountdown = window.qtCountdown || (function () {
  function format(ms) {
    const s = Math.max(0, Math.ceil(ms / 1000));
    const two = (n) => (n < 10 ? '0' : '') + n;
    return s >= 3600
      ? Math.floor(s / 3600) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60)
      : Math.floor(s / 60) + ':' + two(s % 60);
  }

  function start(el, leftMs, pattern) {
    if (el.qtTimer) {
      clearInterval(el.qtTimer);
    }
    const end = performance.now() + leftMs;
    let asked = false;
    function tick() {
      const left = end - performance.now();
      const text = el.firstChild;
      if (text && text.nodeType === Node.TEXT_NODE) {
        text.nodeValue = pattern.replace('{0}', format(left));
      }
      el.setAttribute('theme', left < 60000 ? 'badge error' : 'badge');
      if (left <= 0 && !asked && el.$server) {
        asked = true;
        clearInterval(el.qtTimer);
        el.qtTimer = null;
        el.$server.deadlineReached();
      }
    }
    el.qtTimer = setInterval(tick, 1000);
    tick();
  }

  return { start: start };
})();
