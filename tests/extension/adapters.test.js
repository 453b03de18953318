// Site adapters (sites/*.json) on markup shaped like each real site: which control a
// click hits, which action it is, and what content the engine is asked about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makePage } from './helpers.mjs';
import { makeAdapter } from '../../extension/content/adapter.js';
import { SITES, GENERIC, siteForHost, allMatchPatterns } from '../../extension/sites/index.js';

function adapterFor(url, html) {
  const page = makePage(url, html);
  const site = siteForHost(new URL(url).hostname);
  const adapter = makeAdapter({ site, generic: GENERIC, doc: page.document, location: page.window.location });
  const $ = (sel) => page.document.querySelector(sel);
  const click = (sel) => adapter.resolveClick($(sel));
  return { page, adapter, $, click };
}

const X_TWEET = `
  <div data-testid="primaryColumn">
   <div class="composer"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox">Selamat pagi</div>
     <button data-testid="tweetButtonInline"><span>Posting</span></button></div>
   <article data-testid="tweet" role="article">
    <div data-testid="User-Name"><a href="/relawan" role="link"><span>Relawan Nusantara</span></a><a href="/relawan" role="link" tabindex="-1"><span>@relawan</span></a></div>
    <div data-testid="tweetText"><span>Ayo coblos nomor 2 </span><img alt="✌️" src="e.svg"><a href="/hashtag/PrabowoGibran2024">#PrabowoGibran2024</a></div>
    <div data-testid="tweetPhoto"><img alt="Foto kampanye di alun-alun" src="p.jpg"></div>
    <div role="group"><button data-testid="reply" aria-label="3 Balasan. Balas"><svg><path/></svg></button>
     <button data-testid="retweet" aria-label="12 posting ulang. Posting ulang"><svg><path/></svg></button>
     <button data-testid="like" aria-label="40 Suka. Suka"><div><svg><path id="heart"/></svg><span>40</span></div></button></div>
   </article>
   <article data-testid="tweet" id="liked"><div data-testid="tweetText">Resep soto</div><div role="group"><button data-testid="unlike" aria-label="Disukai"></button></div></article>
  </div>
  <div id="layers"><div role="menu"><div role="menuitem" data-testid="retweetConfirm"><span>Posting ulang</span></div></div></div>
  <aside><div data-testid="UserCell"><div data-testid="User-Name"><a role="link" href="/rpg"><span>Relawan Prabowo-Gibran</span></a><a role="link" tabindex="-1" href="/rpg"><span>@relawanprabowogibran</span></a></div>
    <div dir="auto">Akun resmi relawan. Coblos nomor 2!</div><button data-testid="1587-follow" aria-label="Ikuti @relawanprabowogibran"><span>Ikuti</span></button></div></aside>`;

test('X: like inside a tweet collects text (emoji alt included), author, handle, image alt, media', () => {
  const { adapter, page, $ } = adapterFor('https://x.com/home', X_TWEET);
  const hit = adapter.resolveClick($('#heart'));
  assert.equal(hit.kind, 'action');
  assert.equal(hit.action, 'like');
  assert.equal(hit.control.getAttribute('data-testid'), 'like');
  const req = adapter.collect(hit);
  assert.equal(req.platform, 'x');
  assert.equal(req.text, 'Ayo coblos nomor 2 ✌️#PrabowoGibran2024\nFoto kampanye di alun-alun');
  assert.equal(req.author, 'Relawan Nusantara');
  assert.equal(req.handle, '@relawan');
  assert.equal(req.has_media, true);
  assert.equal(req.url, 'https://x.com/home');
  page.close();
});

test('X: unlike is ignored; the repost menu item shares the post its opener was pressed on', () => {
  const { adapter, page, click, $ } = adapterFor('https://x.com/home', X_TWEET);
  assert.equal(click('[data-testid="unlike"]'), null);
  assert.equal(click('[data-testid="reply"]'), null);
  const opener = click('[data-testid="retweet"]');
  assert.equal(opener.kind, 'opener');
  adapter.rememberOpener(opener);
  const hit = adapter.resolveClick($('[data-testid="retweetConfirm"] span'));
  assert.equal(hit.action, 'repost');
  assert.match(adapter.collect(hit).text, /^Ayo coblos/);
  page.close();
});

test('X: the composer button posts the composer text; Ctrl+Enter in it is the same action', () => {
  const { adapter, page, click, $ } = adapterFor('https://x.com/home', X_TWEET);
  const hit = click('[data-testid="tweetButtonInline"] span');
  assert.equal(hit.action, 'post');
  assert.deepEqual([adapter.collect(hit).text, adapter.collect(hit).author], ['Selamat pagi', undefined]);
  const box = $('[data-testid="tweetTextarea_0"]');
  const key = adapter.resolveKey({ key: 'Enter', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, target: box });
  assert.equal(key.action, 'post');
  assert.equal(adapter.collect(key).text, 'Selamat pagi');
  assert.equal(adapter.resolveKey({ key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: box }), null, 'plain Enter is a new line on X');
  page.close();
});

test('X: on a status page the composer replies (comment)', () => {
  const { adapter, page, click } = adapterFor('https://x.com/relawan/status/123', X_TWEET);
  assert.equal(click('[data-testid="tweetButtonInline"]').action, 'comment');
  page.close();
});

test('X: follow in a "who to follow" cell collects the account name, handle and bio', () => {
  const { adapter, page, click } = adapterFor('https://x.com/home', X_TWEET);
  const hit = click('[data-testid$="-follow"] span');
  assert.equal(hit.action, 'follow');
  const req = adapter.collect(hit);
  assert.equal(req.handle, '@relawanprabowogibran');
  assert.match(req.text, /Relawan Prabowo-Gibran\n@relawanprabowogibran\nAkun resmi relawan\. Coblos nomor 2!/);
  page.close();
});

const FB = `
  <div role="feed"><div aria-posinset="1"><div role="article">
    <h2><strong><a href="/relawan_nusantara" role="link"><span>Relawan Nusantara</span></a></strong></h2>
    <div data-ad-preview="message"><div dir="auto">Ayo coblos nomor 2!</div></div>
    <div><div aria-label="Suka" role="button"><span>Suka</span></div><div aria-label="Beri komentar" role="button"><span>Komentari</span></div><div aria-label="Bagikan" role="button"><span>Bagikan</span></div></div>
    <form><div aria-label="Tulis komentar publik…" contenteditable="true" role="textbox"><p>Setuju, coblos!</p></div></form>
    <div aria-label="Hapus Suka" role="button" id="unlike"></div>
  </div></div></div>
  <div id="portal"><div role="menu"><div role="menuitem" id="now"><span>Bagikan sekarang (Publik)</span></div><div role="menuitem" id="msg"><span>Kirim di Messenger</span></div></div></div>`;

test('Facebook: like by aria-label (Indonesian), post text, author and handle from the profile link', () => {
  const { adapter, page, click } = adapterFor('https://www.facebook.com/', FB);
  const hit = click('[aria-label="Suka"] span');
  assert.equal(hit.action, 'like');
  assert.deepEqual(adapter.collect(hit), { action: 'like', platform: 'facebook', text: 'Ayo coblos nomor 2!', author: 'Relawan Nusantara', handle: 'relawan_nusantara', has_media: false, url: 'https://www.facebook.com/' });
  assert.equal(click('#unlike'), null);
  assert.equal(click('[aria-label="Beri komentar"]'), null);
  page.close();
});

test('Facebook: "Bagikan" opens a menu; "Bagikan sekarang" shares that post; Messenger is not an action', () => {
  const { adapter, page, click } = adapterFor('https://www.facebook.com/', FB);
  const opener = click('[aria-label="Bagikan"]');
  assert.equal(opener.kind, 'opener');
  adapter.rememberOpener(opener);
  const hit = click('#now span');
  assert.equal(hit.action, 'share');
  assert.equal(adapter.collect(hit).text, 'Ayo coblos nomor 2!');
  assert.equal(click('#msg'), null);
  page.close();
});

test('Facebook: Enter in a comment box is a comment on the typed text; Shift+Enter is a new line', () => {
  const { adapter, page, $ } = adapterFor('https://www.facebook.com/', FB);
  const box = $('[role="textbox"]');
  const hit = adapter.resolveKey({ key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: box });
  assert.equal(hit.action, 'comment');
  assert.equal(adapter.collect(hit).text, 'Setuju, coblos!');
  assert.equal(adapter.resolveKey({ key: 'Enter', shiftKey: true, ctrlKey: false, metaKey: false, altKey: false, target: box }), null);
  assert.equal(adapter.resolveKey({ key: 'Enter', isComposing: true, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: box }), null, 'an IME composition is not a submit');
  page.close();
});

test('Facebook in English: Like / Share now', () => {
  const { adapter, page, click } = adapterFor('https://web.facebook.com/', FB.replace('aria-label="Suka"', 'aria-label="Like"').replace('Bagikan sekarang (Publik)', 'Share now (Public)').replace('aria-label="Bagikan"', 'aria-label="Share"'));
  assert.equal(click('[aria-label="Like"]').action, 'like');
  adapter.rememberOpener(click('[aria-label="Share"]'));
  assert.equal(click('#now').action, 'share');
  page.close();
});

const IG = `
  <main><article><header><a href="/relawan_nusantara/" role="link"><span dir="auto">relawan_nusantara</span></a><button class="_follow"><div><div dir="auto">Ikuti</div></div></button></header>
    <section><div role="button" id="like"><svg aria-label="Suka"><title>Suka</title><path id="p"/></svg></div>
      <div role="button" id="share"><svg aria-label="Bagikan"><path/></svg></div></section>
    <div class="caption"><span class="_ap3a" dir="auto">Ayo coblos nomor 2 #PrabowoGibran2024</span></div>
    <form><textarea aria-label="Tambahkan komentar…"></textarea><div role="button" id="post">Kirim</div></form>
  </article></main>
  <div id="portal"><div role="dialog"><div role="button" id="send">Kirim</div></div></div>`;

test('Instagram: like through the svg label, comment "Kirim" in the form, "Kirim" in the share dialog', () => {
  const { adapter, page, click, $ } = adapterFor('https://www.instagram.com/', IG);
  const like = click('#p');
  assert.equal(like.action, 'like');
  assert.equal(like.control.id, 'like');
  const req = adapter.collect(like);
  assert.equal(req.text, 'Ayo coblos nomor 2 #PrabowoGibran2024');
  assert.equal(req.handle, 'relawan_nusantara');
  $('textarea').value = 'Mantap, coblos!';
  const post = click('#post');
  assert.equal(post.action, 'comment');
  assert.equal(adapter.collect(post).text, 'Mantap, coblos!');
  adapter.rememberOpener(click('#share'));
  const send = click('#send');
  assert.equal(send.action, 'share');
  assert.match(adapter.collect(send).text, /coblos nomor 2/);
  assert.equal(click('button._follow div div').action, 'follow');
  page.close();
});

const TIKTOK = `
  <div id="main-content"><article data-e2e="recommend-list-item-container">
    <a href="/@relawan"><h3 data-e2e="video-author-uniqueid">relawan</h3><h4 data-e2e="video-author-nickname">Relawan</h4></a>
    <div data-e2e="video-desc"><span data-e2e="new-desc-span">Ayo coblos </span><a data-e2e="search-common-link"><strong>#PrabowoGibran2024</strong></a></div>
    <section><button aria-pressed="false" id="like"><span data-e2e="like-icon"><svg/></span></button>
      <button aria-pressed="true" id="liked"><span data-e2e="like-icon"><svg/></span></button>
      <button id="share"><span data-e2e="share-icon"><svg/></span></button></section>
  </article></div>
  <div data-e2e="share-group"><button data-e2e="share-repost" id="repost">Posting ulang</button><button data-e2e="share-copy-link" id="copy">Salin tautan</button></div>`;

test('TikTok: like icon, an already-pressed like is ignored, repost from the share panel, copy link is not an action', () => {
  const { adapter, page, click } = adapterFor('https://www.tiktok.com/foryou', TIKTOK);
  const like = click('#like svg');
  assert.equal(like.action, 'like');
  assert.deepEqual([adapter.collect(like).text, adapter.collect(like).handle], ['Ayo coblos #PrabowoGibran2024', 'relawan']);
  assert.equal(click('#liked'), null);
  adapter.rememberOpener(click('#share'));
  assert.equal(click('#repost').action, 'repost');
  assert.equal(click('#copy'), null);
  page.close();
});

const YT = `
  <ytd-watch-flexy><ytd-watch-metadata>
    <div id="title"><h1><yt-formatted-string>Debat capres: coblos nomor 2</yt-formatted-string></h1></div>
    <div id="owner"><ytd-video-owner-renderer><ytd-channel-name><div id="text"><a href="/@relawan">Relawan Nusantara</a></div></ytd-channel-name>
      <ytd-subscribe-button-renderer><button id="sub" aria-label="Subscribe ke Relawan Nusantara">Subscribe</button></ytd-subscribe-button-renderer></ytd-video-owner-renderer></div>
    <segmented-like-dislike-button-view-model><like-button-view-model><button id="like" aria-label="Sukai video ini bersama 1.234 orang lainnya" aria-pressed="false"></button></like-button-view-model>
      <dislike-button-view-model><button id="dislike" aria-label="Tidak suka video ini"></button></dislike-button-view-model></segmented-like-dislike-button-view-model>
  </ytd-watch-metadata></ytd-watch-flexy>
  <ytd-commentbox><div id="contenteditable-root" contenteditable="true">Coblos 02!</div><div id="submit-button"><button id="submit">Komentar</button></div></ytd-commentbox>`;

test('YouTube: like (not dislike), subscribe = follow, comment submit', () => {
  const { adapter, page, click } = adapterFor('https://www.youtube.com/watch?v=1', YT);
  const like = click('#like');
  assert.equal(like.action, 'like');
  const req = adapter.collect(like);
  assert.match(req.text, /Debat capres: coblos nomor 2/);
  assert.equal(req.handle, '@relawan');
  assert.equal(click('#dislike'), null);
  const sub = click('#sub');
  assert.equal(sub.action, 'follow');
  assert.equal(adapter.collect(sub).handle, '@relawan');
  const comment = click('#submit');
  assert.equal(comment.action, 'comment');
  assert.equal(adapter.collect(comment).text, 'Coblos 02!');
  page.close();
});

const THREADS = `
  <div data-pressable-container="true"><a href="/@relawan"><span dir="auto">relawan</span></a>
    <div><span dir="auto">Ayo coblos nomor 2!</span></div>
    <div role="button" id="like"><svg aria-label="Suka"><path/></svg></div>
    <div role="button" id="repost"><svg aria-label="Posting ulang"><path/></svg></div></div>
  <div role="menu"><div role="button" id="confirm"><span>Posting ulang</span></div><div role="button" id="quote"><span>Kutip</span></div></div>`;

test('Threads: like, repost via its menu; the post text is read without the buttons', () => {
  const { adapter, page, click } = adapterFor('https://www.threads.net/', THREADS);
  const like = click('#like path');
  assert.equal(like.action, 'like');
  const req = adapter.collect(like);
  assert.equal(req.handle, '@relawan');
  assert.match(req.text, /Ayo coblos nomor 2!/);
  assert.equal(click('#repost').kind, 'opener');
  adapter.rememberOpener(click('#repost'));
  assert.equal(click('#confirm').action, 'repost');
  assert.equal(click('#quote'), null);
  page.close();
});

test('generic adapter on another site: buttons recognised by accessible name only', () => {
  const html = `<article><p>Ayo coblos nomor 2</p><button id="like">Suka</button><button id="unlike">Batal suka</button>
    <button id="share" aria-label="Bagikan ke teman"></button><button id="follow">Ikuti</button><button id="following">Mengikuti</button></article>
    <form><textarea id="box"></textarea><button id="send">Kirim</button></form><button id="lonely">Kirim</button>`;
  const { adapter, page, click, $ } = adapterFor('https://forum.example.org/t/1', html);
  assert.equal(adapter.platform, 'web');
  assert.equal(click('#like').action, 'like');
  assert.match(adapter.collect(click('#like')).text, /Ayo coblos nomor 2/);
  assert.equal(click('#unlike'), null);
  assert.equal(click('#share').action, 'share');
  assert.equal(click('#follow').action, 'follow');
  assert.equal(click('#following'), null);
  $('#box').value = 'Coblos 02';
  assert.equal(click('#send').action, 'post');
  assert.equal(adapter.collect(click('#send')).text, 'Coblos 02');
  assert.equal(click('#lonely'), null, '"Kirim" with no text box near it is not a post');
  page.close();
});

test('site data: every site has an id, platform, match patterns, valid selectors and regexes, known actions', () => {
  const page = makePage('https://example.org/', '<div></div>');
  const ACTIONS = ['like', 'share', 'repost', 'comment', 'post', 'follow', 'join'];
  for (const site of [...SITES, GENERIC]) {
    assert.ok(site.id && site.platform, site.id);
    if (site !== GENERIC) for (const p of site.matches) assert.match(p, /^\*:\/\/\*\.[a-z.]+\/\*$/, `${site.id}: ${p}`);
    for (const spec of [...site.controls, ...site.openers, ...site.ignore, ...(site.keys || [])]) {
      const selector = spec.selector || spec.input;
      assert.doesNotThrow(() => page.document.querySelector(selector), `${site.id}: ${selector}`);
      if (spec.name) assert.doesNotThrow(() => new RegExp(spec.name, 'iu'), `${site.id}: ${spec.name}`);
      if (spec.action) assert.ok(ACTIONS.includes(spec.action), `${site.id}: ${spec.action}`);
    }
  }
  page.close();
});

test('hosts: x.com, twitter.com, facebook, instagram, tiktok, youtube, threads.net and threads.com map to their site', () => {
  const ids = ['x.com', 'mobile.x.com', 'twitter.com', 'www.facebook.com', 'web.facebook.com', 'www.instagram.com', 'www.tiktok.com', 'www.youtube.com', 'm.youtube.com', 'www.threads.net', 'www.threads.com']
    .map((h) => siteForHost(h) && siteForHost(h).id);
  assert.deepEqual(ids, ['x', 'x', 'x', 'facebook', 'facebook', 'instagram', 'tiktok', 'youtube', 'youtube', 'threads', 'threads']);
  assert.equal(siteForHost('notx.com'), null);
  assert.equal(siteForHost('evil-facebook.com'), null);
  assert.ok(allMatchPatterns().length >= 8);
});
