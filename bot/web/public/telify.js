'use strict';
// Phone numbers in a text become tap-to-call links (shared by the chat and the console).
// Emergency numbers (111–115), 1800/1900 lines and 10–11 digit numbers starting with 0, with spaces or dots inside.
(() => {
  // Not a legal reference (Điều 113, QĐ 113/2020) nor part of an amount or a date.
  const PHONE =
    /(^|[^\d#.,/])(?<!(?:Điều|điều|khoản|điểm|Mục|mục|QĐ|NĐ|TT|Luật)\s)(11[1-5]|1[89]00(?:[ .]?\d){4,6}|0\d(?:[ .]?\d){8,9})(?![\d/]|[.,]\d)/gu;

  /** Appends `text` to `parent`, with each phone number as an <a href="tel:…">. */
  window.telify = function telify(parent, text) {
    let last = 0;
    for (const m of text.matchAll(PHONE)) {
      const start = m.index + m[1].length;
      if (start > last) parent.appendChild(document.createTextNode(text.slice(last, start)));
      const a = document.createElement('a');
      a.href = 'tel:' + m[2].replace(/[ .]/g, '');
      a.className = 'tel';
      a.textContent = m[2];
      parent.appendChild(a);
      last = start + m[2].length;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
    return parent;
  };
})();
