/*
 * "Exit this page" (the GOV.UK pattern): the button at the top, or the Shift key pressed 3 times
 * within a second, replaces this page with a neutral site so it leaves the history. First a beacon
 * tells the portal, which forgets the chat in this session and tells the handler the person left
 * in a hurry. Without JavaScript the button is still a plain link to the same site.
 */
(function () {
  if (window.portalQuickExit) {
    return;
  }
  window.portalQuickExit = true;
  var presses = [];

  function exitNow(event) {
    if (event) {
      event.preventDefault();
    }
    var link = document.getElementById('quick-exit');
    var target = (link && link.href) || 'https://www.bbc.co.uk/weather';
    try {
      navigator.sendBeacon('/quick-exit');
    } catch (ignored) {
      // The page goes anyway.
    }
    try {
      document.title = 'Weather';
      document.body.innerHTML = '';
    } catch (ignored) {
      // Nothing to clear.
    }
    window.location.replace(target);
  }

  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest && event.target.closest('#quick-exit');
    if (link) {
      exitNow(event);
    }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      presses = []; // a capital letter while typing is not an exit
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (at) { return now - at < 1000; });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      exitNow();
    }
  }, true);

  // A page brought back from the back-forward cache is reloaded, so the server decides what shows.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.body.innerHTML = '';
      window.location.reload();
    }
  });
})();
