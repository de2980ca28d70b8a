// Recruiter pages: small conveniences only. Every action also works without JavaScript.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var copy = event.target.closest('[data-copy]');
    if (copy) {
      var field = document.getElementById(copy.getAttribute('data-copy'));
      field.select();
      var label = copy.getAttribute('data-label') || copy.textContent;
      copy.setAttribute('data-label', label);
      var done = function () { copy.textContent = 'Copied'; setTimeout(function () { copy.textContent = label; }, 2000); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
      } else {
        document.execCommand('copy');
        done();
      }
    }
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
  // Chrome's MediaRecorder writes WebM without a duration, so a player shows 0:00 until it has read to the end.
  // Seeking far past the end once makes the browser find the real end; then the player goes back to the start.
  function findEnd(media) {
    if (media.duration !== Infinity) { return; }
    media.addEventListener('durationchange', function back() {
      if (media.duration === Infinity) { return; }
      media.removeEventListener('durationchange', back);
      media.currentTime = 0;
    });
    media.currentTime = 1e101;
  }
  document.querySelectorAll('video[src], audio[src]').forEach(function (media) {
    if (media.readyState >= 1) { findEnd(media); } else { media.addEventListener('loadedmetadata', function () { findEnd(media); }); }
  });
})();
