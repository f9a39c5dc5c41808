// Finding a request by the number a caller dictates, over GraphQL: the company that handles it and the city's
// administrator find it (in any case, with stray spaces), its contractor once assigned; another company finds
// nothing, exactly as for a number that does not exist; a malformed number is INVALID_INPUT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../test/actors.ts';
import { startDemoApi, type DemoApi } from '../../test/demo-api.ts';
import { repairCrew, verifiedRepair } from './test-repairs.ts';

let world: DemoApi<'dispatcher' | 'otherDispatcher' | 'contractor' | 'administrator'>;
let number: string;
let id: string;
beforeAll(async () => {
  world = await startDemoApi({
    dispatcher: 'dispatcher@demo.citydesk',
    otherDispatcher: 'dispatcher.solnechny@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
    administrator: 'admin@demo.citydesk',
  });
  const { deps } = testDeps(world.db.prisma);
  const request = await verifiedRepair(deps, await repairCrew(world.db.prisma));
  ({ id, number } = await world.db.prisma.request.findUniqueOrThrow({
    where: { id: request.id },
    select: { id: true, number: true },
  }));
}, 120_000);
afterAll(() => world?.close());

const FIND = 'query ($n: String!) { requestByNumber(number: $n) { id number } }';

describe('requestByNumber', () => {
  it('finds the request for its company, its contractor and the administrator, as typed by a person', async () => {
    for (const client of [world.as.dispatcher, world.as.contractor, world.as.administrator]) {
      const result = await client.request(FIND, { n: `  ${number.toLowerCase()} ` });
      expect(result).toEqual({ data: { requestByNumber: { id, number } } });
    }
  });

  it('answers another company exactly as a number that does not exist', async () => {
    const other = await world.as.otherDispatcher.request(FIND, { n: number });
    const missing = await world.as.dispatcher.request(FIND, { n: number.replace(/\d{6}$/, '999999') });
    expect(other).toEqual({ data: { requestByNumber: null } });
    expect(missing).toEqual(other);
  });

  it('refuses a malformed number with a field issue', async () => {
    const result = await world.as.dispatcher.request(FIND, { n: 'not a number' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'number', code: 'invalid_format' }],
    });
  });
});
