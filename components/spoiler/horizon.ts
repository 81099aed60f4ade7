// The spoiler horizon lives in the browser only (localStorage), as "season * 100 + episode".
export const horizonStorageKey = 'rewatch:gesehen-bis';

export function spoilerKey(season: number, number: number): number {
  return season * 100 + number;
}

export function parseHorizon(value: string | null | undefined): { season: number; number: number } | null {
  const key = Number(value);
  if (!Number.isInteger(key) || key < 101 || key > 999) return null;
  const season = Math.floor(key / 100);
  const number = key % 100;
  return number >= 1 ? { season, number } : null;
}

/**
 * Runs in <head> before the page paints, so later episodes are blurred from the first
 * frame: it writes one style rule listing every episode key after the horizon
 * (attribute selectors cannot compare numbers). `window.rewatchHorizon.apply` re-runs it
 * when the listener changes the setting.
 */
export const horizonScript = `(function(){var K=${JSON.stringify(horizonStorageKey)};
function apply(h){var el=document.getElementById('spoiler-style');if(!el){el=document.createElement('style');el.id='spoiler-style';document.head.appendChild(el);}
var s=[];if(h){for(var a=1;a<=9;a++)for(var b=1;b<=40;b++){var k=a*100+b;if(k>h)s.push('[data-spoiler="'+k+'"]:not(.is-revealed)');}}
el.textContent=s.length?s.map(function(x){return x+'>.spoiler__content'}).join(',')+'{filter:blur(.45em);user-select:none;pointer-events:none}'+s.map(function(x){return x+'>.spoiler__reveal'}).join(',')+'{display:inline-flex}':'';
document.documentElement.setAttribute('data-horizon',h?String(h):'');}
var h=0;try{h=parseInt(localStorage.getItem(K)||'0',10)||0}catch(e){}
window.rewatchHorizon={apply:apply};apply(h);})();`;
