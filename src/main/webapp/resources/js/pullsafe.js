/*
 * What the pages need beyond PrimeFaces, kept out of the markup (no inline scripts):
 * copy buttons ([data-copy-from]) and accessible names for the date pickers' calendar buttons.
 */
(function () {
  'use strict';

  function say(button, key) {
    var status = document.getElementById(button.getAttribute('data-copy-status'));
    if (status) {
      status.textContent = button.getAttribute(key);
    }
  }

  /** Selects the text, so that the user can copy it by hand when the browser refuses. */
  function select(source) {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyByCommand(button, source) {
    select(source);
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (refused) {
      copied = false;
    }
    say(button, copied ? 'data-copied' : 'data-copy-failed');
  }

  function copy(button) {
    var source = document.getElementById(button.getAttribute('data-copy-from'));
    if (!source) {
      return;
    }
    var text = source.textContent.trim();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { say(button, 'data-copied'); },
        function () { copyByCommand(button, source); });
    } else {
      copyByCommand(button, source);
    }
  }

  /** PrimeFaces names the calendar button "ui-button"; name it after the field's label. */
  function nameCalendarButtons() {
    var buttons = document.querySelectorAll('.ui-datepicker-trigger');
    Array.prototype.forEach.call(buttons, function (button) {
      var input = button.parentElement ? button.parentElement.querySelector('input') : null;
      if (!input) {
        return;
      }
      var label = input.id ? document.querySelector('label[for="' + input.id + '"]') : null;
      var name = input.getAttribute('data-calendar-button') || '';
      var field = label ? label.textContent.replace('*', '').trim() : '';
      name = name && field ? name + ': ' + field : name || field;
      if (name && button.getAttribute('aria-label') !== name) {
        button.setAttribute('aria-label', name);
        button.setAttribute('title', name);
      }
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy-from]') : null;
    if (button) {
      copy(button);
    }
  });

  window.addEventListener('load', function () {
    nameCalendarButtons();
    new MutationObserver(nameCalendarButtons).observe(document.body, { childList: true, subtree: true });
  });
}());
