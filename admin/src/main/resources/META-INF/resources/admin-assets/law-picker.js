// 法律依据检索 in the editing forms: searches the law catalogue without leaving the page and adds the chosen citation
// to the legal-bases field. Without this script the same buttons post the form back, which keeps what was typed.
(function () {
  'use strict';

  if (!window.fetch) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll('.law-search'), function (box) {
    var target = document.getElementById(box.getAttribute('data-law-target'));
    var query = box.querySelector('input[name="lawQuery"]');
    var button = box.querySelector('.law-search-button');
    var results = box.querySelector('.law-results');
    if (!target || !query || !button || !results) {
      return;
    }

    function el(tag, attrs, text) {
      var node = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (text !== undefined && text !== null) {
        node.textContent = text;
      }
      return node;
    }

    function add(citation) {
      var lines = target.value.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l; });
      if (lines.indexOf(citation) < 0) {
        lines.push(citation);
        target.value = lines.join('\n');
      }
      results.insertBefore(el('p', { 'class': 'notice' }, '已添加：' + citation), results.firstChild);
    }

    function search() {
      var q = query.value.trim();
      fetch('/admin/api/laws?q=' + encodeURIComponent(q), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) {
          if (!r.ok) {
            throw new Error('检索未完成（' + r.status + '）');
          }
          return r.json();
        })
        .then(function (answer) {
          results.textContent = '';
          if (!answer.hits.length) {
            results.appendChild(el('p', {}, q ? '目录中没有名称包含“' + q + '”的法律法规。' : '请输入法律名称。'));
            return;
          }
          var list = el('ul', { 'class': 'law-hits' });
          answer.hits.forEach(function (hit) {
            var item = el('li');
            if (hit.citation) {
              item.appendChild(el('strong', {}, hit.citation));
              var use = el('button', { type: 'button', 'class': 'law-add' }, '添加此依据');
              use.addEventListener('click', function () { add(hit.citation); });
              item.appendChild(document.createTextNode(' '));
              item.appendChild(use);
              item.appendChild(el('blockquote', { 'class': 'article-text' }, hit.articleText));
            } else {
              item.appendChild(el('strong', {}, '《' + hit.shortTitle + '》'));
              item.appendChild(document.createTextNode('：' + hit.note));
            }
            list.appendChild(item);
          });
          results.appendChild(list);
        })
        .catch(function (e) {
          results.textContent = '';
          results.appendChild(el('p', { 'class': 'form-error' }, e.message));
        });
    }

    button.addEventListener('click', function (event) {
      event.preventDefault();
      search();
    });
    query.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        search();
      }
    });
  });
})();
