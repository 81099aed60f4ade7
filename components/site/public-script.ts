// The public pages' only own script, inline at the end of the public layout: the header's live
// search hits, the spoiler horizon setting and reveal buttons, and timestamps that seek the
// episode's audio. The markup it works on is server-rendered HTML that works without it (a GET
// form, links to `…mp3#t=754`); as React components these cost the listener ~6 kB of compressed
// JavaScript and their hydration on every page (bench/first-load-js.ts).
//
// It runs before React hydrates and changes no text React rendered, except in elements marked
// suppressHydrationWarning (the horizon state), so hydration finds the DOM it expects.
import { horizonStorageKey } from '@/components/spoiler/horizon';
import { paths } from '@/lib/seo/paths';

export const publicScript = `(function(){
var d=document,K=${JSON.stringify(horizonStorageKey)};
function code(s,n){return 'S'+(s<10?'0':'')+s+'E'+(n<10?'0':'')+n}
function stored(){try{var k=parseInt(localStorage.getItem(K)||'',10);return k>=101&&k<=999&&k%100>=1?k:0}catch(e){return 0}}
function markHidden(h){d.querySelectorAll('[data-spoiler]').forEach(function(el){
var c=el.querySelector(':scope > .spoiler__content');if(c)c.toggleAttribute('inert',!!h&&Number(el.dataset.spoiler)>h&&!el.classList.contains('is-revealed'))})}
function show(h){d.querySelectorAll('[data-horizon-state]').forEach(function(el){el.textContent=h?'gesehen bis '+code(Math.floor(h/100),h%100):'aus'});
d.querySelectorAll('[data-horizon-reset]').forEach(function(el){el.hidden=!h})}
function setHorizon(h){try{h?localStorage.setItem(K,String(h)):localStorage.removeItem(K)}catch(e){}
d.querySelectorAll('.is-revealed').forEach(function(el){el.classList.remove('is-revealed')});
if(window.rewatchHorizon)window.rewatchHorizon.apply(h);markHidden(h);show(h)}
function episodes(form){var s=form.querySelector('[data-horizon-season]'),e=form.querySelector('[data-horizon-episode]'),o=s.options[s.selectedIndex],max=Number(o&&o.dataset.episodes)||1;
for(var i=0;i<e.options.length;i++)e.options[i].hidden=e.options[i].disabled=Number(e.options[i].value)>max;if(Number(e.value)>max)e.value=String(max)}
var h=stored();markHidden(h);show(h);
d.addEventListener('toggle',function(ev){var f=ev.target.querySelector&&ev.target.querySelector('[data-horizon-form]');if(!f||!ev.target.open)return;
var k=stored();if(k){f.querySelector('[data-horizon-season]').value=String(Math.floor(k/100));f.querySelector('[data-horizon-episode]').value=String(k%100)}episodes(f)},true);
d.addEventListener('change',function(ev){if(ev.target.matches('[data-horizon-season]'))episodes(ev.target.form)});
d.addEventListener('submit',function(ev){var f=ev.target;if(!f.matches('[data-horizon-form]'))return;ev.preventDefault();
setHorizon(Number(f.querySelector('[data-horizon-season]').value)*100+Number(f.querySelector('[data-horizon-episode]').value))});
d.addEventListener('click',function(ev){var t=ev.target instanceof Element?ev.target:null;if(!t)return;
if(t.closest('[data-horizon-reset]')){setHorizon(0);return}
var r=t.closest('[data-spoiler-reveal]'),sp=r&&r.closest('[data-spoiler]');
if(sp){sp.classList.add('is-revealed');var c=sp.querySelector(':scope > .spoiler__content');if(c){c.removeAttribute('inert');var f=c.querySelector('a, button, [tabindex]');if(f)f.focus()}return}
var ts=t.closest('[data-seconds]'),root=ts&&ts.closest('[data-episode-audio]'),p=root&&root.querySelector('audio');
if(!p||ev.button!==0||ev.metaKey||ev.ctrlKey||ev.shiftKey||ev.altKey)return;var sec=Number(ts.dataset.seconds);if(!isFinite(sec))return;
ev.preventDefault();p.currentTime=sec;var pl=p.play();if(pl)pl.catch(function(){})});
d.querySelectorAll('[data-search-box]').forEach(function(form){
var input=form.querySelector('input'),list=form.querySelector('[role=listbox]'),popup=list.parentNode,more=popup.querySelector('p'),hits=[],active=-1,timer=0,ctl=null;
function setOpen(o){popup.hidden=!o;input.setAttribute('aria-expanded',String(o))}
function setActive(i){active=i;list.querySelectorAll('[role=option]').forEach(function(li,j){li.setAttribute('aria-selected',String(j===i))});
if(i>=0)input.setAttribute('aria-activedescendant',list.id+'-'+i);else input.removeAttribute('aria-activedescendant')}
function go(hit){setOpen(false);location.href=${JSON.stringify(paths.episode(''))}+encodeURIComponent(hit.slug)}
function render(){list.textContent='';hits.forEach(function(hit,i){var li=d.createElement('li'),c=d.createElement('span'),t=d.createElement('span');
li.id=list.id+'-'+i;li.setAttribute('role','option');li.setAttribute('aria-selected','false');li.className='search-box__option';li.dataset.spoiler=String(hit.season*100+hit.number);
c.className='episode-code';c.textContent=code(hit.season,hit.number);t.className='search-box__title spoiler__content';
hit.title.forEach(function(s){if(s.hit){var m=d.createElement('mark');m.textContent=s.text;t.appendChild(m)}else t.appendChild(d.createTextNode(s.text))});
li.append(c,' ',t);li.addEventListener('mousedown',function(ev){ev.preventDefault();go(hit)});list.appendChild(li)});
more.textContent=hits.length?'Enter zeigt alle Treffer mit Textstellen.':'Keine Treffer.';setActive(-1);setOpen(true)}
input.addEventListener('input',function(){clearTimeout(timer);var q=input.value.trim();if(q.length<2){if(ctl)ctl.abort();setOpen(false);return}
timer=setTimeout(function(){if(ctl)ctl.abort();ctl=new AbortController();
fetch('/suche/vorschlaege?q='+encodeURIComponent(q),{signal:ctl.signal}).then(function(r){return r.ok?r.json():{hits:[]}}).then(function(data){hits=data.hits||[];render()}).catch(function(){})},180)});
input.addEventListener('blur',function(){setTimeout(function(){setOpen(false)},150)});
input.addEventListener('focus',function(){if(hits.length&&input.value.trim().length>=2)setOpen(true)});
input.addEventListener('keydown',function(ev){if(popup.hidden||!hits.length)return;
if(ev.key==='ArrowDown'||ev.key==='ArrowUp'){ev.preventDefault();setActive((active+(ev.key==='ArrowDown'?1:-1)+hits.length)%hits.length)}
else if(ev.key==='Escape')setOpen(false);else if(ev.key==='Enter'&&active>=0&&hits[active]){ev.preventDefault();go(hits[active])}});
form.addEventListener('submit',function(){setOpen(false)})});
})();`;
