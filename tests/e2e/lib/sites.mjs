// How the tests drive each supported site's fixture: where the posts are and which controls
// a person clicks for each action. Selectors here are the real sites' own (data-testid,
// data-e2e, role, aria-label), except data-fx-post, the fixtures' test hook that names a post.

const IN = (post) => `[data-fx-post="${post}"]`;

// `follow` is tested only where the account itself is campaign material (X's "Who to
// follow" cell: name and bio of a campaign volunteer account). The other fixtures have
// follow/subscribe buttons too, but whether following a neutral-looking handle under a
// campaign post should warn is the product's call, not a fixed contract.
//
// A step is { sel, within } where within is 'post' (inside the post being acted on), or
// absent (anywhere on the page: menus open in portals). The last step is the one that makes
// the site record the action.
// X answers on two host names with the same page; one description serves both.
function xSite(key, name, host) {
  return {
    key, name, host,
    page: () => '/home',
    post: (id) => `article${IN(id)}`,
    like: { kind: 'like', steps: [{ sel: '[data-testid="like"]', within: 'post' }] },
    amplify: {
      kind: 'repost', label: 'repost',
      steps: [{ sel: '[data-testid="retweet"]', within: 'post' }, { sel: '[data-testid="retweetConfirm"]' }],
    },
    composer: {
      kind: 'post', page: () => '/home',
      box: '[data-testid="tweetTextarea_0"]', submit: '[data-testid="tweetButtonInline"]', keys: ['Control', 'Enter'],
    },
    follow: { kind: 'follow', page: () => '/home', steps: [{ sel: '[data-testid$="-follow"]' }] },
  };
}

export const SITES = [
  xSite('x', 'X', 'x.com'),
  xSite('twitter', 'X (twitter.com)', 'twitter.com'),
  {
    key: 'facebook', name: 'Facebook', host: 'www.facebook.com',
    page: () => '/',
    post: (id) => IN(id),
    like: { kind: 'like', steps: [{ sel: '[role="button"][aria-label="{like}"]', within: 'post' }] },
    amplify: {
      kind: 'share', label: 'share',
      steps: [{ sel: '[role="button"][aria-label="{share}"]', within: 'post' }, { sel: '[role="menuitem"][data-fx-menu="share-now"]' }],
    },
    composer: {
      kind: 'comment', page: () => '/', on: 'neutral',
      box: `${IN('neutral')} [role="textbox"][contenteditable="true"]`, submit: null, keys: ['Enter'],
    },
    labels: { id: { like: 'Suka', share: 'Bagikan' }, en: { like: 'Like', share: 'Share' } },
  },
  {
    key: 'instagram', name: 'Instagram', host: 'www.instagram.com',
    page: () => '/',
    post: (id) => `article${IN(id)}`,
    like: { kind: 'like', steps: [{ sel: '[role="button"]:has(> svg[aria-label="{like}"])', within: 'post' }] },
    amplify: {
      kind: 'share', label: 'share (send)',
      steps: [{ sel: '[role="button"]:has(> svg[aria-label="{share}"])', within: 'post' }, { sel: '[role="dialog"] [role="button"].send' }],
    },
    composer: {
      kind: 'comment', page: () => '/', on: 'neutral',
      box: `article${IN('neutral')} textarea`, submit: `article${IN('neutral')} form [role="button"]`, keys: ['Enter'],
    },
    labels: { id: { like: 'Suka', share: 'Bagikan' }, en: { like: 'Like', share: 'Share' } },
    // A person clicks the heart itself: the event target is the svg (or its path).
    likeIcon: { kind: 'like', steps: [{ sel: 'svg[aria-label="{like}"]', within: 'post' }] },
    // The single-post view shows the caption in an h1.
    extraLikePage: (id) => `/p/${id}/`,
  },
  {
    key: 'tiktok', name: 'TikTok', host: 'www.tiktok.com',
    page: () => '/foryou',
    post: (id) => IN(id),
    like: { kind: 'like', steps: [{ sel: 'button:has([data-e2e="like-icon"])', within: 'post' }] },
    amplify: {
      kind: 'share', label: 'share (repost)',
      steps: [{ sel: 'button:has([data-e2e="share-icon"])', within: 'post' }, { sel: '[data-e2e="share-repost"]' }],
    },
    composer: {
      kind: 'comment', page: () => '/@dapurbunda/video/neutral', on: 'neutral',
      box: '[data-e2e="comment-input"] [contenteditable="true"]', submit: '[data-e2e="comment-post"]', keys: ['Enter'],
    },
    extraLikePage: (id) => `/@${id === 'campaign' ? 'relawan_nusantara' : 'dapurbunda'}/video/${id}`,
  },
  {
    key: 'youtube', name: 'YouTube', host: 'www.youtube.com',
    page: (id) => `/watch?v=${id}`,
    post: () => 'ytd-watch-flexy',
    like: { kind: 'like', steps: [{ sel: 'like-button-view-model button', within: 'post' }] },
    amplify: null, // YouTube's Share only copies a link; like, subscribe and comment are the actions
    composer: {
      kind: 'comment', page: () => '/watch?v=neutral', prepare: ['#placeholder-area'],
      // YouTube has no keyboard shortcut that submits a comment: no keyboard test there.
      box: '#contenteditable-root', submit: '#submit-button button', keys: null,
    },
  },
  {
    key: 'threads', name: 'Threads', host: 'www.threads.net',
    page: () => '/',
    post: (id) => IN(id),
    like: { kind: 'like', steps: [{ sel: '[role="button"]:has(> svg[aria-label="{like}"])', within: 'post' }] },
    amplify: {
      kind: 'repost', label: 'repost',
      steps: [{ sel: '[role="button"]:has(> svg[aria-label="{repost}"])', within: 'post' }, { sel: '[role="dialog"] [role="button"][data-fx-menu="repost"]' }],
    },
    composer: {
      kind: 'post', page: () => '/', prepare: ['.composer [role="button"]'],
      box: '[role="dialog"] [data-lexical-editor][contenteditable="true"]', submit: '[role="dialog"] [role="button"][data-fx-submit]', keys: ['Control', 'Enter'],
    },
    labels: { id: { like: 'Suka', repost: 'Posting ulang' }, en: { like: 'Like', repost: 'Repost' } },
    likeIcon: { kind: 'like', steps: [{ sel: 'svg[aria-label="{like}"]', within: 'post' }] },
  },
];

// Also exercise Threads' new domain with one test each.
export const THREADS_COM = { ...SITES.find((s) => s.key === 'threads'), key: 'threads-com', name: 'Threads (threads.com)', host: 'www.threads.com' };

/** The selector of a step for a post in a language, with {label} placeholders filled. */
export function stepSelector(site, step, post, lang) {
  const labels = (site.labels && site.labels[lang]) || {};
  const sel = step.sel.replace(/\{(\w+)\}/g, (_, k) => {
    if (!(k in labels)) throw new Error(`${site.key}: no ${lang} label for {${k}}`);
    return labels[k];
  });
  return { sel, within: step.within === 'post' ? site.post(post) : null };
}
