// zod compiles object schemas with `new Function` when it may, and probes for that with `Function('')`
// when a schema is built — which the Content-Security-Policy (no 'unsafe-eval') refuses and reports as a
// violation. A classic script runs before the app's modules, so zod reads this before any schema exists;
// without its JIT it validates the same way, interpreted.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
