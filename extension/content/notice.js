// The small, non-blocking notice shown near a control on a "caution" verdict: the action
// has already gone through; the notice fades after a few seconds and takes no clicks.

const HOST_TAG = 'jaga-netral-notice';
const SHOW_MS = 5000;
const CSS = `
:host { all: initial; }
.notice {
  box-sizing: border-box; max-width: min(340px, calc(100vw - 16px)); padding: 10px 14px;
  background: #0f5e59; color: #ffffff; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.25);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  transition: opacity .4s ease;
}
.notice strong { display: block; margin-bottom: 2px; }
.notice.fading { opacity: 0; }
`;

export function makeNotice({ doc, win, dom, t }) {
  let current = null;
  let timers = [];

  function remove() {
    timers.forEach((id) => win.clearTimeout(id));
    timers = [];
    if (current && current.parentNode) current.parentNode.removeChild(current);
    current = null;
  }

  /** show(control, message): message is the top reason's text (already localized). */
  function show(control, message) {
    remove();
    const rect = control && control.isConnected ? control.getBoundingClientRect() : { left: 16, bottom: 16 };
    const top = Math.min(Math.max(8, rect.bottom + 8), Math.max(8, win.innerHeight - 120));
    const left = Math.min(Math.max(8, rect.left), Math.max(8, win.innerWidth - 350));
    const host = dom.el(doc, HOST_TAG, {
      'data-jn-notice': '',
      style: `all: initial !important; position: fixed !important; top: ${top}px !important; left: ${left}px !important; z-index: 2147483646 !important; pointer-events: none !important;`,
    });
    const root = host.attachShadow({ mode: 'open' });
    dom.append(root, dom.el(doc, 'style', {}, CSS));
    const box = dom.el(doc, 'div', { class: 'notice', role: 'status', 'aria-live': 'polite' });
    dom.append(box, dom.el(doc, 'strong', {}, t('notice_title')));
    dom.append(box, dom.text(doc, message || t('notice_default')));
    dom.append(root, box);
    dom.append(doc.documentElement, host);
    current = host;
    timers.push(win.setTimeout(() => box.classList.add('fading'), SHOW_MS - 400));
    timers.push(win.setTimeout(remove, SHOW_MS));
  }

  return { show, remove };
}
