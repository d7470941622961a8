/*! platform-readiness embedding demo. MIT License. */
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  // ?app=<URL of the app> (another origin in a real deployment); the default is this folder's parent.
  var app = new URL(params.get('app') || '../', window.location.href);
  app.searchParams.set('embed', '1');
  app.searchParams.set('schemes', params.get('schemes') || 'yangquan-pilot-base-2022,yangquan-innovation-centre-2025');
  app.searchParams.set('parent', window.location.origin);
  if (params.get('accent')) app.searchParams.set('accent', params.get('accent'));
  if (params.get('lang')) app.searchParams.set('lang', params.get('lang'));
  var frame = document.getElementById('tool');
  frame.src = app.href;
  frame.addEventListener('platform-readiness:report', function (event) {
    document.getElementById('events').textContent += JSON.stringify(event.detail) + '\n';
  });
})();
