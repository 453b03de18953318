// The warning dialog's style, inside its shadow root. Sizes follow the user's zoom
// (200% zoom stays readable: the dialog scrolls inside the viewport). Calm colours:
// teal for the product, amber only for the highlighted words.
export const DIALOG_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.backdrop {
  position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
  padding: 16px; background: rgba(15, 23, 42, 0.5);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
}
.dialog {
  display: flex; flex-direction: column;
  width: min(600px, 100%); max-height: calc(100vh - 32px); overflow: hidden;
  background: #ffffff; color: #1f2933; border-radius: 12px;
  box-shadow: 0 24px 60px rgba(0, 0, 0, 0.35); font-size: 15px; line-height: 1.55; text-align: left;
}
header { background: #0f5e59; color: #ffffff; padding: 14px 22px 16px; border-radius: 12px 12px 0 0; }
.brand { font-size: 12px; letter-spacing: 0.06em; text-transform: uppercase; opacity: 0.9; margin: 0 0 2px; }
h2 { font-size: 19px; line-height: 1.3; margin: 0; font-weight: 700; }
.body { padding: 16px 22px 12px; overflow: auto; flex: 1 1 auto; min-height: 0; }
.choose { flex: none; border-top: 1px solid #d9e2ec; padding: 10px 22px 14px; background: #fbfcfd; border-radius: 0 0 12px 12px; }
.small { font-size: 13px; margin: 14px 0 0; }
/* Very short viewports (200% zoom on a small screen): one scroll for everything. */
@media (max-height: 430px) {
  .dialog { display: block; overflow: auto; }
  .body { overflow: visible; }
}
.lead { margin: 0 0 14px; font-size: 15.5px; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: #52606d; margin: 16px 0 6px; }
blockquote {
  margin: 0; padding: 10px 14px; background: #f5f7fa; border-left: 4px solid #0f5e59; border-radius: 6px;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 11em; overflow: auto;
}
.who { margin: 6px 0 0; color: #52606d; font-size: 13.5px; }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
mark.primary { background: #ffd666; box-shadow: inset 0 -2px 0 #c77700; }
mark.support { background: #fff1c2; }
.matched { margin: 6px 0 0; font-size: 13.5px; color: #3e4c59; }
.reason-message { margin: 0 0 6px; font-weight: 600; }
ul { margin: 4px 0 0; padding-left: 20px; }
li { margin: 2px 0; }
.sanction { display: block; color: #8a4b00; font-size: 13.5px; }
details { margin-top: 8px; }
summary { cursor: pointer; color: #0f5e59; font-weight: 600; }
.election { margin: 0; }
.muted { color: #52606d; font-size: 13.5px; }
.checklist { background: #fff8e6; border: 1px solid #f0d48a; border-radius: 8px; padding: 8px 14px 10px; margin-top: 14px; }
.checklist h3 { margin-top: 4px; color: #7a4f00; }
.reminder { margin: 16px 0 0; padding: 10px 14px; background: #eef6f5; border-radius: 8px; }
fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 18px; }
legend { font-weight: 600; margin-bottom: 4px; padding: 0; font-size: 14.5px; }
label { display: flex; gap: 8px; align-items: flex-start; padding: 3px 0; cursor: pointer; font-size: 14.5px; }
.hint { flex-basis: 100%; }
input[type="radio"] { margin: 4px 0 0; width: 16px; height: 16px; flex: none; accent-color: #0f5e59; }
.hint { color: #9b1c1c; font-size: 13.5px; margin: 2px 0 0; }
.hint:empty { display: none; }
.actions { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-top: 8px; }
.spacer { flex: 1 1 auto; }
button {
  font: inherit; font-size: 15px; border-radius: 8px; padding: 9px 18px; cursor: pointer;
  border: 2px solid #0f5e59; min-height: 44px;
}
button.cancel { background: #0f5e59; color: #ffffff; font-weight: 700; }
button.proceed { background: #ffffff; color: #0f5e59; }
button.proceed[aria-disabled="true"] { color: #7b8794; border-color: #cbd2d9; cursor: not-allowed; }
button.link { border: 0; background: none; color: #0f5e59; text-decoration: underline; padding: 4px 0; min-height: 0; font-size: 14px; }
button:focus-visible, summary:focus-visible, input:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
`;
