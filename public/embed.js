/*! platform-readiness embed helper. MIT License.
 *
 * Put <script src="https://TOOL-HOST/public/embed.js"></script> on the host page and give the
 * iframe the attribute data-platform-readiness. The script resizes the iframe to the height the
 * app reports, and re-dispatches the app's completion message as a DOM event
 * "platform-readiness:report" on the iframe ({detail: {schemes: [{id, verdict}]}}); the app sends
 * that message only when the applicant clicks "把结论发送给该网站" on the report. When the app moves
 * to another page it asks for its top to be shown: the host page scrolls the iframe's top into
 * view if it is out of sight (the bureau's page is not moved otherwise).
 * Messages are accepted only from the iframe's own window and origin.
 */
(function () {
  'use strict';
  function originOf(url) {
    try { return new URL(url, window.location.href).origin; } catch (e) { return null; }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'platform-readiness') return;
    var frames = document.querySelectorAll('iframe[data-platform-readiness]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame.src) !== event.origin) return;
      if (data.type === 'height' && typeof data.height === 'number' && data.height > 0 && data.height < 100000) {
        frame.style.height = Math.ceil(data.height) + 'px';
      } else if (data.type === 'page') {
        var top = frame.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight) frame.scrollIntoView({ block: 'start' });
      } else if (data.type === 'report-completed' && Array.isArray(data.schemes)) {
        var schemes = data.schemes.map(function (s) { return { id: String(s.id), verdict: String(s.verdict) }; });
        frame.dispatchEvent(new CustomEvent('platform-readiness:report', { detail: { schemes: schemes } }));
      }
      return;
    }
  });
})();
