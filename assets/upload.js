/* Say at once what the server would refuse, before anything is sent: a file over the upload
   limit (dcc.Upload drops it silently), more files than a build takes, files whose upload
   (base64, a third larger) would pass the request limit, or pasted text over the article
   limit. The limits and ids are the data attributes of the upload field (ingest_panel in
   dashboard/layout.py). A refused selection is not uploaded at all, not even in part. */
(function () {
  var FIELD = '[data-file-bytes]';

  function megabytes(bytes) { return +(bytes / 1e6).toFixed(1) + ' MB'; }

  function say(data, text) {
    window.dash_clientside.set_props(data.message, { children: {
      type: 'Span', namespace: 'dash_html_components',
      props: { children: text, className: 'error', role: 'alert' }
    } });
  }

  function refusal(files, data) {
    var fileBytes = Number(data.fileBytes), requestBytes = Number(data.requestBytes), total = 0;
    if (files.length > Number(data.files)) {
      return files.length + ' files at once: a build takes at most ' + data.files +
        ' articles. Nothing was uploaded.';
    }
    for (var i = 0; i < files.length; i++) {
      if (files[i].size > fileBytes) {
        return files[i].name + ' is ' + megabytes(files[i].size) + ': files over ' +
          megabytes(fileBytes) + ' are refused. Nothing was uploaded.';
      }
      total += files[i].size;
    }
    if (total * 4 / 3 > requestBytes) {
      return 'These files are ' + megabytes(total) + ' together: one upload takes at most ' +
        megabytes(requestBytes * 3 / 4) + '. Nothing was uploaded.';
    }
    return null;
  }

  function refuse(event, text, data) {
    event.preventDefault();
    event.stopPropagation();
    say(data, text);
  }

  function checkFiles(event, files) {
    var field = event.target.closest && event.target.closest(FIELD);
    var text = field && files && refusal(Array.prototype.slice.call(files), field.dataset);
    if (!text) { return; }
    if (event.target.type === 'file') { event.target.value = ''; }
    refuse(event, text, field.dataset);
  }

  window.addEventListener('change', function (event) {
    if (event.target.type === 'file') { checkFiles(event, event.target.files); }
  }, true);
  window.addEventListener('drop', function (event) {
    if (event.dataTransfer) { checkFiles(event, event.dataTransfer.files); }
  }, true);
  window.addEventListener('click', function (event) {
    var field = document.querySelector(FIELD), data = field && field.dataset;
    if (!data || !event.target.closest || !event.target.closest('#' + data.build)) { return; }
    var paste = document.getElementById(data.paste);
    var bytes = paste ? new Blob([paste.value]).size : 0;
    if (bytes > Number(data.fileBytes)) {
      refuse(event, 'The pasted text is ' + megabytes(bytes) + ': articles over ' +
        megabytes(Number(data.fileBytes)) + ' are refused.', data);
    }
  }, true);
}());
