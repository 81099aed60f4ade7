import { headers } from 'next/headers';

/** The client's address for rate limits and the audit trail ("lokal" outside a request, e.g. in tests). */
export async function requestIp(): Promise<string> {
  try {
    const list = await headers();
    return list.get('x-forwarded-for')?.split(',')[0]?.trim() || list.get('x-real-ip') || 'lokal';
  } catch {
    return 'lokal';
  }
}
