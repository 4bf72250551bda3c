/*
 * What the pages need beyond PrimeFaces, kept out of the markup (no inline scripts):
 * copy buttons ([data-copy-from]), accessible names for the date pickers' calendar buttons, the
 * header's menu on narrow screens, the error summary of a refused form, and the service worker
 * that shows the offline page.
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

  /* The header's menu button: the style sheet shows it and folds the menu on narrow screens. */
  var FOCUSABLE = 'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]),'
    + ' select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

  function menuButton() {
    return document.getElementById('menuButton');
  }

  function setMenuOpen(open, focusInside) {
    var button = menuButton();
    var menu = document.getElementById('menu');
    if (!button || !menu) {
      return;
    }
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    menu.classList.toggle('ps-menu-open', open);
    if (open && focusInside) {
      var first = menu.querySelector(FOCUSABLE);
      if (first) {
        first.focus();
      }
    }
  }

  function isMenuOpen() {
    var button = menuButton();
    return button && button.getAttribute('aria-expanded') === 'true';
  }

  function startMenu() {
    var button = menuButton();
    if (!button) {
      return;
    }
    button.addEventListener('click', function () {
      setMenuOpen(!isMenuOpen(), true);
    });
    document.addEventListener('keydown', function (event) {
      var inMenu = document.getElementById('menu').contains(document.activeElement)
        || document.activeElement === button;
      if (event.key === 'Escape' && isMenuOpen() && inMenu) {
        setMenuOpen(false, false);
        button.focus();
      }
    });
  }

  /* The error summary of a refused form: focused when it appears, its links focus their inputs. */
  function focusFreshErrorSummary() {
    var summary = document.querySelector('[data-error-summary]:not([data-shown])');
    if (summary) {
      summary.setAttribute('data-shown', '');
      summary.focus();
    }
  }

  /** The input itself, or the first focusable element inside a composite input (a radio group). */
  function focusField(id) {
    var target = document.getElementById(id);
    if (!target) {
      return false;
    }
    var field = target.matches(FOCUSABLE) ? target : target.querySelector(FOCUSABLE);
    if (!field) {
      return false;
    }
    target.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
    return true;
  }

  function startServiceWorker() {
    var url = document.querySelector('meta[name="pullsafe-service-worker"]');
    if (url && 'serviceWorker' in navigator) {
      navigator.serviceWorker.register(url.getAttribute('content')).catch(function () {
        /* No offline page then: the browser shows its own. */
      });
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target : null;
    if (!target) {
      return;
    }
    var button = target.closest('[data-copy-from]');
    if (button) {
      copy(button);
    }
    var link = target.closest('[data-focus-field]');
    if (link && focusField(link.getAttribute('data-focus-field'))) {
      event.preventDefault();
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', startMenu);
  } else {
    startMenu();
  }

  window.addEventListener('load', function () {
    nameCalendarButtons();
    focusFreshErrorSummary();
    startServiceWorker();
    new MutationObserver(function () {
      nameCalendarButtons();
      focusFreshErrorSummary();
    }).observe(document.body, { childList: true, subtree: true });
  });
}());
