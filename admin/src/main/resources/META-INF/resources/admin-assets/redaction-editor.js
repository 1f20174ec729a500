// 屏蔽编辑器 — the redaction editor of the revision screen, on top of the JSON redaction API. Without this script the
// page keeps its list of suggestions and its form that adds a span by exact text; with it, the text shows its spans
// highlighted by category, a selection becomes a span, and the public projection is previewed beside the original.
// All text goes into the page through textContent, never as HTML.
(function () {
  'use strict';

  var root = document.getElementById('redaction-editor');
  if (!root || !window.fetch) {
    return;
  }
  var revision = root.getAttribute('data-revision');
  var token = root.getAttribute('data-csrf');
  var fields = Array.prototype.map.call(root.querySelectorAll('.redaction-source'), function (el) {
    return { name: el.getAttribute('data-field'), label: el.getAttribute('data-label'), text: el.getAttribute('data-text') };
  });
  var categorySource = document.getElementById('span-category');
  var categories = categorySource ? Array.prototype.map.call(categorySource.options, function (o) {
    return { value: o.value, label: o.textContent, replacement: o.getAttribute('data-replacement') || '×' };
  }) : [];
  var spans = [];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  // --- layout ------------------------------------------------------------------------------------------------
  var status = el('p', { 'class': 'notice', role: 'status', 'aria-live': 'polite', id: 'redaction-status' });
  status.hidden = true;
  var toolbar = el('div', { 'class': 'redaction-toolbar' });
  var categoryLabel = el('label', { 'for': 'rx-category' }, '类别');
  var category = el('select', { id: 'rx-category' });
  categories.forEach(function (c) { category.appendChild(el('option', { value: c.value }, c.label)); });
  var replacementLabel = el('label', { 'for': 'rx-replacement' }, '公开时显示为');
  var replacement = el('input', { id: 'rx-replacement', maxlength: '100', value: categories.length ? categories[0].replacement : '×' });
  var addButton = el('button', { type: 'button', id: 'rx-add' }, '屏蔽所选文字');
  var detectButton = el('button', { type: 'button', id: 'rx-detect' }, '重新检测个人信息');
  category.addEventListener('change', function () {
    var chosen = categories.filter(function (c) { return c.value === category.value; })[0];
    if (chosen) {
      replacement.value = chosen.replacement;
    }
  });
  [categoryLabel, category, replacementLabel, replacement, addButton, detectButton].forEach(function (n) { toolbar.appendChild(n); });
  var help = el('p', { 'class': 'hint' }, '在“原文”中用鼠标选中要屏蔽的文字，选择类别、填写替换文字后点击“屏蔽所选文字”。“公开预览”为公开时的样子（只计入已确认的屏蔽）。');
  var panes = el('div', { 'class': 'redaction-fields' });
  var listHeading = el('h3', { id: 'rx-heading' }, '屏蔽区段');
  var list = el('ul', { 'class': 'redaction-spans', id: 'rx-spans' });
  [help, toolbar, status, panes, listHeading, list].forEach(function (n) { root.appendChild(n); });

  function say(message, failed) {
    status.hidden = false;
    status.className = failed ? 'form-error' : 'notice';
    status.textContent = message;
  }

  // --- the API -----------------------------------------------------------------------------------------------
  function call(method, url, body) {
    var options = { method: method, credentials: 'same-origin', headers: { 'X-CSRF-Token': token, 'Accept': 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      if (response.status === 204) {
        return null;
      }
      return response.json().then(function (json) {
        if (!response.ok) {
          throw new Error(json && json.message ? json.message : '操作未完成（' + response.status + '）');
        }
        return json;
      }, function () {
        throw new Error('操作未完成（' + response.status + '），请刷新页面后重试');
      });
    });
  }

  function load() {
    return call('GET', '/admin/api/revisions/' + revision + '/redactions').then(function (json) {
      spans = json.spans;
      render(json.waiting);
    });
  }

  function act(promise, done) {
    promise.then(function () { return load(); }).then(function () { say(done, false); })
      .catch(function (e) { say(e.message, true); });
  }

  // --- drawing -----------------------------------------------------------------------------------------------
  function visible(s) {
    return s.status !== 'REJECTED';
  }

  function marked(field) {
    var box = el('div', { 'class': 'redaction-original', 'data-field': field.name, lang: 'zh-CN' });
    var at = 0;
    spans.filter(function (s) { return s.field === field.name && visible(s); })
      .sort(function (a, b) { return a.start - b.start; })
      .forEach(function (s) {
        if (s.start < at) {
          return;
        }
        box.appendChild(document.createTextNode(field.text.substring(at, s.start)));
        var mark = el('mark', { 'class': 'rx rx-' + s.category + (s.status === 'CONFIRMED' ? ' rx-confirmed' : ' rx-pending'),
          title: s.categoryLabel + '（' + s.statusLabel + '）→ ' + s.replacement }, field.text.substr(s.start, s.length));
        box.appendChild(mark);
        at = s.start + s.length;
      });
    box.appendChild(document.createTextNode(field.text.substring(at)));
    return box;
  }

  function projected(field) {
    var box = el('div', { 'class': 'redaction-preview', 'data-field': field.name, lang: 'zh-CN' });
    var at = 0;
    spans.filter(function (s) { return s.field === field.name && s.status === 'CONFIRMED'; })
      .sort(function (a, b) { return a.start - b.start; })
      .forEach(function (s) {
        box.appendChild(document.createTextNode(field.text.substring(at, s.start)));
        box.appendChild(el('span', { 'class': 'rx-replaced' }, s.replacement));
        at = s.start + s.length;
      });
    box.appendChild(document.createTextNode(field.text.substring(at)));
    return box;
  }

  function render(waiting) {
    panes.textContent = '';
    fields.forEach(function (field) {
      var section = el('section', { 'class': 'redaction-field' });
      section.appendChild(el('h3', {}, field.label));
      var pair = el('div', { 'class': 'redaction-pair' });
      var left = el('div', {});
      left.appendChild(el('h4', {}, '原文（标出屏蔽）'));
      left.appendChild(marked(field));
      var right = el('div', {});
      right.appendChild(el('h4', {}, '公开预览'));
      right.appendChild(projected(field));
      pair.appendChild(left);
      pair.appendChild(right);
      section.appendChild(pair);
      panes.appendChild(section);
    });
    list.textContent = '';
    listHeading.textContent = '屏蔽区段（待确认 ' + waiting + ' 处）';
    spans.forEach(function (s) {
      var label = fields.filter(function (f) { return f.name === s.field; }).map(function (f) { return f.label; })[0] || s.field;
      var item = el('li', { 'class': 'rx-line', 'data-span': String(s.id) });
      item.appendChild(el('span', { 'class': 'rx rx-' + s.category }, s.covered));
      item.appendChild(document.createTextNode(' ' + label + ' · ' + s.categoryLabel + ' · ' + s.statusLabel + ' '));
      if (s.status !== 'REJECTED') {
        var id = 'rx-r-' + s.id;
        item.appendChild(el('label', { 'for': id }, '替换为'));
        var input = el('input', { id: id, value: s.replacement, maxlength: '100', 'class': 'rx-replacement' });
        item.appendChild(input);
        var accept = el('button', { type: 'button', 'class': 'rx-accept' }, s.status === 'CONFIRMED' ? '更新替换文字' : '确认屏蔽');
        accept.addEventListener('click', function () {
          act(call('POST', '/admin/api/redactions/' + s.id + '/accept', { replacement: input.value.trim() || null }), '已确认屏蔽');
        });
        var reject = el('button', { type: 'button', 'class': 'rx-reject' }, '驳回（不屏蔽）');
        reject.addEventListener('click', function () {
          act(call('POST', '/admin/api/redactions/' + s.id + '/reject'), '已驳回该屏蔽');
        });
        item.appendChild(accept);
        item.appendChild(reject);
      }
      list.appendChild(item);
    });
  }

  // --- selection → span --------------------------------------------------------------------------------------
  function offsetIn(box, node, offset) {
    var range = document.createRange();
    range.setStart(box, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function boxOf(node) {
    var n = node.nodeType === 1 ? node : node.parentNode;
    while (n && !(n.classList && n.classList.contains('redaction-original'))) {
      n = n.parentNode;
    }
    return n;
  }

  // The selection is remembered as it is made: typing the replacement moves the focus, and with it the selection.
  var chosen = null;
  var chosenText = el('span', { 'class': 'hint', id: 'rx-chosen', 'aria-live': 'polite' }, '尚未选择文字');
  toolbar.insertBefore(chosenText, addButton);

  document.addEventListener('selectionchange', function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    var box = boxOf(range.startContainer);
    if (!box || box !== boxOf(range.endContainer)) {
      return;
    }
    var start = offsetIn(box, range.startContainer, range.startOffset);
    var end = offsetIn(box, range.endContainer, range.endOffset);
    if (end > start) {
      chosen = { field: box.getAttribute('data-field'), start: start, end: end };
      chosenText.textContent = '已选：“' + box.textContent.substring(start, end) + '”';
    }
  });

  addButton.addEventListener('click', function () {
    if (!chosen) {
      say('请先在原文中选中要屏蔽的文字', true);
      return;
    }
    var span = chosen;
    chosen = null;
    chosenText.textContent = '尚未选择文字';
    act(call('POST', '/admin/api/revisions/' + revision + '/redactions', {
      field: span.field, start: span.start, length: span.end - span.start,
      category: category.value, replacement: replacement.value.trim()
    }), '已添加屏蔽');
  });

  detectButton.addEventListener('click', function () {
    act(call('POST', '/admin/api/revisions/' + revision + '/redactions/detect'), '已重新检测');
  });

  load().then(function () {
    root.hidden = false;
    var fallback = document.getElementById('redaction-list');
    if (fallback) {
      fallback.hidden = true;
    }
  }).catch(function (e) { say(e.message, true); root.hidden = false; });
})();
