import type { LookupFunction } from 'node:net';
import { Agent, fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici';
import type { ResolvedAddress, Send } from './guarded-client.js';

/**
 * One connection pool per checked address: its `lookup` answers with that address whatever the host name, so
 * the socket opens to the address the guard checked (TLS still verifies the certificate for the host name).
 * undici because Node's built-in fetch takes no dispatcher of its own.
 */
const MAX_POOLS = 256;
const pools = new Map<string, Agent>();

function poolFor(target: ResolvedAddress): Agent {
  const key = `${target.family}/${target.address}`;
  let agent = pools.get(key);
  if (agent) {
    pools.delete(key);
    pools.set(key, agent);
    return agent;
  }
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  agent = new Agent({ connect: { lookup: pinned }, keepAliveTimeout: 10_000 });
  pools.set(key, agent);
  if (pools.size > MAX_POOLS) {
    const [oldestKey, oldest] = pools.entries().next().value as [string, Agent];
    pools.delete(oldestKey);
    void oldest.close().catch(() => undefined);
  }
  return agent;
}

/** The default `Send`: a checked target is connected to as pinned; a trusted sandbox URL goes out as it is. */
export const pinnedSend: Send = async (url, init, target) => {
  const undiciInit = init as UndiciRequestInit;
  if (!target) return (await undiciFetch(url, undiciInit)) as unknown as Response;
  return (await undiciFetch(url, { ...undiciInit, dispatcher: poolFor(target) })) as unknown as Response;
};
