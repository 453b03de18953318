// The options page's tables of the history ("proceed anyway") and the not-campaign
// feedback, built from text nodes.

function cell(doc, tag, text) {
  const el = doc.createElement(tag);
  el.textContent = text;
  return el;
}

export function renderTable(doc, container, { columns, rows, empty }) {
  container.textContent = '';
  if (!rows.length) { container.appendChild(cell(doc, 'p', empty)).className = 'muted'; return; }
  const wrap = doc.createElement('div');
  wrap.className = 'table-scroll';
  const table = doc.createElement('table');
  const head = doc.createElement('tr');
  for (const c of columns) head.appendChild(cell(doc, 'th', c.label));
  table.appendChild(doc.createElement('thead')).appendChild(head);
  const body = table.appendChild(doc.createElement('tbody'));
  for (const row of rows.slice().reverse().slice(0, 200)) {
    const tr = doc.createElement('tr');
    for (const c of columns) tr.appendChild(cell(doc, 'td', c.value(row)));
    body.appendChild(tr);
  }
  wrap.appendChild(table);
  container.appendChild(wrap);
}
