/*
 * Sportello proof-of-work check (no third party involved).
 *
 * On the page: finds the status element rendered by sportello-pow.ftl ([data-sportello-pow]), solves the challenge
 * in a Web Worker (this same file, so a Content-Security-Policy of 'self' is enough), puts the nonce into the hidden
 * input and shows the localized status texts from the data-msg-* attributes. A form sent before the check is done
 * is held back and sent as soon as it is. Without Worker support the search runs on the page in small batches.
 *
 * The puzzle, identical to ProofOfWorkHash.java: find a decimal nonce such that SHA-256(UTF-8(salt + nonce)) starts
 * with `difficulty` zero bits.
 */
(function () {
  'use strict';

  var BATCH = 256;
  var MAX_NONCE = 9007199254740991; // Number.MAX_SAFE_INTEGER: 16 digits, as the server accepts

  function leadingZeroBits(bytes) {
    var bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes[i];
      if (b === 0) {
        bits += 8;
        continue;
      }
      return bits + Math.clz32(b) - 24;
    }
    return bits;
  }

  function yieldToPage() {
    return new Promise(function (resolve) {
      setTimeout(resolve, 0);
    });
  }

  async function solve(salt, difficulty, yieldEvery) {
    var subtle = self.crypto.subtle;
    var encoder = new TextEncoder();
    for (var base = 0, round = 0; base < MAX_NONCE; base += BATCH, round++) {
      var pending = [];
      for (var i = 0; i < BATCH; i++) {
        pending.push(subtle.digest('SHA-256', encoder.encode(salt + (base + i))));
      }
      var digests = await Promise.all(pending);
      for (var j = 0; j < BATCH; j++) {
        if (leadingZeroBits(new Uint8Array(digests[j])) >= difficulty) {
          return String(base + j);
        }
      }
      if (yieldEvery && round % yieldEvery === yieldEvery - 1) {
        await yieldToPage();
      }
    }
    throw new Error('no nonce');
  }

  // Inside the worker: answer one challenge and stop.
  if (typeof document === 'undefined') {
    self.onmessage = function (event) {
      solve(event.data.salt, event.data.difficulty, 0).then(
        function (nonce) {
          self.postMessage({ nonce: nonce });
        },
        function () {
          self.postMessage({ error: true });
        }
      );
    };
    return;
  }

  var script = document.currentScript;
  var status = document.querySelector('[data-sportello-pow]');
  var form = status && status.closest('form');
  var nonceInput = form && form.querySelector('input[name="sportello-pow-nonce"]');
  if (!status || !form || !nonceInput) {
    return;
  }
  var salt = status.getAttribute('data-salt');
  var difficulty = parseInt(status.getAttribute('data-difficulty'), 10);

  function show(state, messageAttribute) {
    status.setAttribute('data-state', state);
    status.textContent = status.getAttribute(messageAttribute) || '';
  }

  if (!window.crypto || !window.crypto.subtle || !window.TextEncoder || !window.Promise || !salt || !(difficulty > 0)) {
    show('unsupported', 'data-msg-unsupported');
    return;
  }

  var solved = false;
  var held = false;
  var heldSubmitter = null;

  form.addEventListener('submit', function (event) {
    if (solved) {
      return;
    }
    // Sent too early: keep it and send it once the nonce is there.
    event.preventDefault();
    held = true;
    heldSubmitter = event.submitter || null;
  });

  function finish(nonce) {
    nonceInput.value = nonce;
    solved = true;
    show('done', 'data-msg-done');
    if (held) {
      if (typeof form.requestSubmit === 'function') {
        form.requestSubmit(heldSubmitter || undefined);
      } else {
        form.submit();
      }
    }
  }

  function fail() {
    show('unsupported', 'data-msg-unsupported');
  }

  function solveOnPage() {
    // About 16 x 256 hashes between two turns of the page's event loop.
    solve(salt, difficulty, 16).then(finish, fail);
  }

  show('working', 'data-msg-working');
  var worker = null;
  try {
    if (window.Worker && script && script.src) {
      worker = new Worker(script.src);
    }
  } catch (e) {
    worker = null;
  }
  if (!worker) {
    solveOnPage();
    return;
  }
  worker.onmessage = function (event) {
    worker.terminate();
    if (event.data && event.data.nonce) {
      finish(event.data.nonce);
    } else {
      solveOnPage();
    }
  };
  worker.onerror = function () {
    worker.terminate();
    solveOnPage();
  };
  worker.postMessage({ salt: salt, difficulty: difficulty });
})();
