/* Keyboard: left/right arrows (or k/j) step through events when focus is not in a control,
   the grid or the chart; and keep the selected sentence in view inside the article pane. */
(function () {
  function typing(el) {
    if (!el || el === document.body) { return false; }
    return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable ||
      !!el.closest('.ag-root-wrapper, .dash-dropdown, [role="combobox"]');
  }
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
    var id = { ArrowRight: 'next-event', j: 'next-event', ArrowLeft: 'previous-event', k: 'previous-event' }[event.key];
    var button = id && document.getElementById(id);
    if (button) { event.preventDefault(); button.click(); }
  });
  window.timelineScroll = function () {
    var pane = document.getElementById('article-pane');
    var mark = document.getElementById('article-sentence');
    if (!pane || !mark) { return null; }
    pane.scrollTop = Math.max(0, mark.offsetTop - pane.clientHeight / 3);  /* pane is the offsetParent */
    return mark.textContent.slice(0, 40);
  };
}());

/* Composite Dash controls (dropdowns, the upload) put their id on a wrapper; give the real
   input inside the text of the <label for=...> that names the wrapper. */
(function () {
  function labelInner() {
    document.querySelectorAll('label[for]').forEach(function (label) {
      var target = document.getElementById(label.htmlFor);
      if (!target || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return; }
      target.querySelectorAll('input, [role="combobox"], button').forEach(function (el) {
        if (!el.getAttribute('aria-label')) { el.setAttribute('aria-label', label.textContent); }
      });
    });
  }
  new MutationObserver(labelInner).observe(document.documentElement, { childList: true, subtree: true });
}());

/* The events table loads its rows from the server a block at a time; when the page's filters
   change, drop the blocks it holds so it asks again (the callback reads the new filters). */
window.timelinePurgeGrid = function () {
  var api = window.dash_ag_grid && window.dash_ag_grid.getApi && (function () {
    try { return window.dash_ag_grid.getApi('events-grid'); } catch (e) { return null; }
  }());
  if (api && api.purgeInfiniteCache) { api.purgeInfiniteCache(); }
  return Date.now();
};


/* A new figure of another height resizes the chart's box, and Dash then has Plotly draw the
   whole chart a second time to fit it. Giving each figure the box's width (its height comes
   from the server) makes that second draw a no-op; window resizes refit the width. */
window.timelineFit = function (figure) {
  var box = document.getElementById('timeline-graph');
  if (!figure || !box || !box.clientWidth) { return figure; }
  return Object.assign({}, figure, {layout: Object.assign({}, figure.layout, {width: box.clientWidth})});
};
(function () {
  var timer = null;
  window.addEventListener('resize', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var box = document.getElementById('timeline-graph');
      var gd = box && box.querySelector('.js-plotly-plot');
      if (gd && gd.layout && gd.layout.width && window.Plotly) {
        window.Plotly.relayout(gd, {width: box.clientWidth});
      }
    }, 150);
  });
}());
