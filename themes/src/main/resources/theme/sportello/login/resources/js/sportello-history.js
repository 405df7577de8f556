/*
 * Sportello: the browser's Back, Forward and Reload on the login, claim and reset pages.
 *
 * Each form of a login page carries Keycloak's one-time session code and the step it belongs to. A page the browser
 * restores from its back-forward cache still shows the old form, which Keycloak refuses once the session has moved on
 * ("Page has expired"): such a page (one with a form of a flow step, posting to /login-actions/) is loaded anew
 * instead, and Keycloak answers with the step the session is at.
 *
 * On Keycloak's own "Page has expired" page (login-page-expired.ftl, which marks the link to follow with
 * data-sportello-expired-next) the visitor is taken on at once, without having to choose between its two links.
 * A file of its own, so that a Content-Security-Policy of 'self' is enough.
 */
(function () {
  'use strict';

  // only pages with a form of a flow step (the support form and its thank-you page are no flow: a reload there could
  // send a request twice)
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && document.querySelector('form[action*="/login-actions/"]')) {
      window.location.reload();
    }
  });

  function goOn() {
    var next = document.querySelector('[data-sportello-expired-next]');
    if (next && next.href) {
      window.location.replace(next.href);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', goOn);
  } else {
    goOn();
  }
})();
