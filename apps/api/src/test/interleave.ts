// Deterministic interleaving for race tests: a view of the database client that runs another actor's
// step right after a service's read and before its write, the window a race would hit. Only calls on
// the root client are intercepted; a transaction opened through the view is the real client's, so the
// interleaved step never waits on (or deadlocks with) the service's own transaction.
import type { Db } from '../infra/db/database.ts';

type Model = {
  [K in keyof Db]: K extends `$${string}` ? never : Db[K] extends object ? K : never;
}[keyof Db];

/**
 * `db` as a service sees it, except that the first `db[model][operation](…)` call runs `between()`
 * with its result after it returned and before that result reaches the service.
 */
export function interleaveAfter(
  db: Db,
  model: Model,
  operation: string,
  between: (result: unknown) => Promise<unknown>,
): Db {
  let fired = false;
  const bound = (target: object, key: string | symbol) => {
    const value: unknown = Reflect.get(target, key);
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  };
  const delegate = (target: object) =>
    new Proxy(target, {
      get(inner, key) {
        if (key !== operation) return bound(inner, key);
        const call = bound(inner, key) as (...args: unknown[]) => Promise<unknown>;
        return async (...args: unknown[]) => {
          const result = await call(...args);
          if (!fired) {
            fired = true;
            await between(result);
          }
          return result;
        };
      },
    });
  return new Proxy(db, {
    get(target, key) {
      return key === model ? delegate(Reflect.get(target, key) as object) : bound(target, key);
    },
  });
}
