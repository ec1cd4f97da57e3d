/* Keyboard: left/right arrows (or k/j) step through events when focus is not in a control,
   the grid or the chart, Ctrl+Z / Ctrl+Shift+Z undo and redo edits; and keep the selected sentence in view inside the article pane. */
(function () {
  function typing(el) {
    if (!el || el === document.body) { return false; }
    return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable ||
      !!el.closest('.ag-root-wrapper, .dash-dropdown, [role="combobox"]');
  }
  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !typing(event.target)) {
      var key = event.key.toLowerCase();  /* Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes */
      var edit = key === 'z' ? (event.shiftKey ? 'redo-edit' : 'undo-edit') : key === 'y' ? 'redo-edit' : null;
      var pressed = edit && document.getElementById(edit);
      if (pressed) { event.preventDefault(); pressed.click(); }
      return;
    }
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

/* Composite Dash controls put their id on a wrapper or name themselves by their value; give
   each the text of what labels it. Dropdowns: the <label for=...> naming the wrapper names the
   inputs inside, and leads the button's own aria-labelledby ('Kind: Any kind'). Radio items:
   their listbox is named by the legend of the fieldset around it. Idempotent, so it can run
   on every change to the page. */
(function () {
  function labelInner() {
    document.querySelectorAll('label[for]').forEach(function (label) {
      var target = document.getElementById(label.htmlFor);
      if (!target || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return; }
      var by = target.getAttribute('aria-labelledby');
      if (label.id && by && by.split(' ').indexOf(label.id) < 0) {
        target.setAttribute('aria-labelledby', label.id + ' ' + by);
      }
      target.querySelectorAll('input, [role="combobox"], button').forEach(function (el) {
        if (!el.getAttribute('aria-label')) { el.setAttribute('aria-label', label.textContent); }
      });
    });
    document.querySelectorAll('fieldset [role="listbox"]:not([aria-labelledby])').forEach(function (box) {
      var legend = box.closest('fieldset').querySelector('legend[id]');
      if (legend) { box.setAttribute('aria-labelledby', legend.id); }
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


/* The server lays the chart's labels out for a pixel width, so it needs the chart's width:
   measured once the page is drawn (the clientside callback on load) and again after the window
   is resized (debounced, and only when the width really changed). A new figure gets the box's
   width too, so Dash does not have Plotly draw it twice to fit. */
(function () {
  var told = null, timer = null;  /* the width the server was last told */
  function boxWidth() {
    var box = document.getElementById('timeline-graph');
    return box && box.clientWidth ? box.clientWidth : null;
  }
  window.timelineWidth = function () {
    told = boxWidth() || told;
    return told;
  };
  window.timelineFit = function (figure) {
    var width = boxWidth();
    if (!figure || !width) { return figure; }
    return Object.assign({}, figure, {layout: Object.assign({}, figure.layout, {width: width})});
  };
  window.addEventListener('resize', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var width = boxWidth();
      if (width && width !== told && window.dash_clientside && window.dash_clientside.set_props) {
        told = width;
        window.dash_clientside.set_props('graph-width', {data: width});
      }
    }, 200);
  });
}());
