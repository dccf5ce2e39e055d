/*
 * The question editor's text tools: wrap the selection of a text area in a tag of the safe subset, make a list of
 * the selected lines, insert an image or a cloze deletion at the caret, and the keys Ctrl+B, Ctrl+I and
 * Ctrl+Shift+C. The server cleans whatever comes back; this only saves typing.
 */
window.qtEditor = (function () {
  function input(host) {
    return host.inputElement || host.querySelector('textarea');
  }

  function commit(host, t) {
    host.value = t.value;
    host.dispatchEvent(new CustomEvent('change', { bubbles: true }));
  }

  function replace(host, make) {
    const t = input(host);
    if (!t) {
      return;
    }
    const start = t.selectionStart;
    const end = t.selectionEnd;
    const made = make(t.value.substring(start, end), t.value);
    t.setRangeText(made.text, start, end, 'end');
    if (made.select) {
      t.setSelectionRange(start + made.select[0], start + made.select[1]);
    }
    t.focus();
    commit(host, t);
  }

  function wrap(host, open, close) {
    replace(host, (sel) => ({ text: open + sel + close, select: [open.length, open.length + sel.length] }));
  }

  function nextDeletion(text) {
    let n = 0;
    for (const m of text.matchAll(/\{\{c(\d+)::/g)) {
      n = Math.max(n, parseInt(m[1], 10));
    }
    return n + 1;
  }

  return {
    wrap: wrap,
    list(host, tag) {
      replace(host, (sel) => {
        const lines = sel.split(/\r?\n/).filter((l) => l.trim() !== '');
        const items = (lines.length ? lines : ['']).map((l) => '<li>' + l + '</li>').join('');
        return { text: '<' + tag + '>' + items + '</' + tag + '>' };
      });
    },
    insert(host, text) {
      replace(host, (sel) => ({ text: sel + text }));
    },
    cloze(host) {
      replace(host, (sel, all) => {
        const open = '{{c' + nextDeletion(all) + '::';
        return { text: open + sel + '}}', select: [open.length, open.length + sel.length] };
      });
    },
    keys(host) {
      if (host.qtKeys) {
        return;
      }
      host.qtKeys = true;
      host.addEventListener('keydown', (e) => {
        if (!(e.ctrlKey || e.metaKey) || e.altKey) {
          return;
        }
        const k = (e.key || '').toLowerCase();
        if (host.dataset.formatted === 'true' && !e.shiftKey && (k === 'b' || k === 'i')) {
          e.preventDefault();
          wrap(host, k === 'b' ? '<b>' : '<i>', k === 'b' ? '</b>' : '</i>');
        } else if (host.dataset.cloze === 'true' && e.shiftKey && k === 'c') {
          e.preventDefault();
          window.qtEditor.cloze(host);
        }
      });
    }
  };
})();
