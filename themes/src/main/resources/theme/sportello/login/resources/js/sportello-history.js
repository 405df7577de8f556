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
 * When that is the restart of the flow, the first page of the restarted flow then tells the visitor why they are back
 * there (the status region of template.ftl, filled from its template once).
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

  // set when the "Page has expired" page restarts the flow; the next page that has the status region of template.ftl
  // says why the visitor is back at the start
  var RESTARTED = 'sportello.flowRestarted';

  function remember(value) {
    try {
      if (value) {
        window.sessionStorage.setItem(RESTARTED, '1');
      } else {
        window.sessionStorage.removeItem(RESTARTED);
      }
    } catch (e) {
      // no storage: the restarted page just says nothing
    }
  }

  function restarted() {
    try {
      return window.sessionStorage.getItem(RESTARTED) === '1';
    } catch (e) {
      return false;
    }
  }

  function goOn() {
    var next = document.querySelector('[data-sportello-expired-next]');
    if (next && next.href) {
      remember(next.id === 'loginRestartLink');
      window.location.replace(next.href);
      return;
    }
    var notice = document.getElementById('sportello-restart-notice');
    if (notice && restarted()) {
      remember(false);
      var message = notice.querySelector('template');
      if (message) {
        notice.appendChild(message.content.cloneNode(true));
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', goOn);
  } else {
    goOn();
  }
})();
