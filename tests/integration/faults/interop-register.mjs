import { register } from 'node:module';

register('./interop-hooks.mjs', import.meta.url);
