import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

// Prisma's CLI downloads a native schema engine, which this project cannot rely on
// (no internet on the build machines). The same engine ships as WebAssembly; we
// instantiate it ourselves and hand it a driver adapter, so migrations run over the
// exact connection path the app uses (pg → PGlite socket or PostgreSQL).

// The engine reports a Rust panic through this global before it aborts; keep the
// message so the error a person sees says what went wrong.
let lastPanic: string | undefined;
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    lastPanic = message;
  },
};

function takeEnginePanic(): string | undefined {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

let instantiated: Promise<void> | undefined;

function instantiateWasm(): Promise<void> {
  instantiated ??= (async () => {
    // The package exports no path for the .wasm file, so locate it beside the bindings.
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm');
    const wasmModule = await WebAssembly.compile(await readFile(wasmPath));
    const instance = await WebAssembly.instantiate(wasmModule, {
      './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

// The engine's schema describer reads catalog columns of Postgres' internal "char"
// type (OID 18, e.g. pg_constraint.contype) and expects them as Character values,
// but @prisma/adapter-pg 7.10 rejects OID 18 as unsupported. The pg client below
// reports such columns as text and remembers them by their rows array (which the
// adapter hands on untouched); the adapter wrapper then types them as Character.
const internalCharOid = 18;
const textOid = 25;
const charColumnsByRows = new WeakMap<object, number[]>();

function retypeCharColumns(result: pg.QueryResult | undefined): void {
  if (!result?.fields) return;
  const indices: number[] = [];
  result.fields.forEach((field, index) => {
    if (field.dataTypeID === internalCharOid) {
      field.dataTypeID = textOid;
      indices.push(index);
    }
  });
  if (indices.length > 0) charColumnsByRows.set(result.rows, indices);
}

class CharAwareClient extends pg.Client {
  // pg's overloads are too wide to restate: pg-pool calls this with a callback,
  // the adapter's transactions without; both pass through with the result patched.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | null, result: pg.QueryResult) => {
        retypeCharColumns(result);
        (last as (e: Error | null, r: pg.QueryResult) => void)(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((res: pg.QueryResult) => {
        retypeCharColumns(res);
        return res;
      }) as never;
    }
    return result as never;
  }
}

function withCharColumns<T extends SqlQueryable>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      if (property === 'queryRaw') {
        return async (...args: Parameters<SqlQueryable['queryRaw']>) => {
          const result = await target.queryRaw(...args);
          for (const index of charColumnsByRows.get(result.rows) ?? []) {
            result.columnTypes[index] = ColumnTypeEnum.Character;
          }
          return result;
        };
      }
      if (property === 'startTransaction') {
        return async (...args: Parameters<SqlDriverAdapter['startTransaction']>) =>
          withCharColumns(await (target as unknown as SqlDriverAdapter).startTransaction(...args));
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function migrationAdapterFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPg(pool);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => withCharColumns(await base.connect()),
    connectToShadowDb: async () => withCharColumns(await base.connectToShadowDb()),
  };
}

/** Runs `work` with a schema engine connected to `url`, then frees the engine and its connections. */
export async function withSchemaEngine<T>(url: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await instantiateWasm();
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 10_000, Client: CharAwareClient });
  const adapter = bindMigrationAwareSqlAdapterFactory(migrationAdapterFactory(pool));
  const engine = await bindings.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    return await work(engine);
  } catch (error) {
    const panic = takeEnginePanic();
    throw panic ? new Error(`Prisma-Schema-Engine abgebrochen: ${panic}`, { cause: error }) : error;
  } finally {
    engine.free();
    await pool.end();
  }
}
