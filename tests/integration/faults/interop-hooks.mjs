// Module hooks for the fault tests' child process (plain Node, not Next or Vite): next-auth's
// providers are CommonJS with an `exports.default`, which Node's ESM import hands over as
// { default: fn }. Next and Vite unwrap it; this does the same, so lib/recaps/save-draft.ts
// (which reaches next-auth through lib/auth) can run in a bare Node process.
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('next-auth/providers/')) {
    const real = await next(specifier, context);
    const source = `import m from ${JSON.stringify(real.url)}; export default m.default ?? m;`;
    return { url: `data:text/javascript,${encodeURIComponent(source)}`, shortCircuit: true };
  }
  return next(specifier, context);
}
