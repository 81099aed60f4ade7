import { z } from 'zod';
import { env } from '@/lib/env';
import { publicChangeSchema } from '@/lib/cache/public-change';
import { markPublicPagesStale } from '@/lib/cache/refresh';
import { verifyInternal } from '@/lib/security/internal-signature';

// The notice that published recaps changed through live editing, from the collaboration
// server (its own process, without Next's cache), sent by lib/cache/notify-app.ts with what
// changed. Only Rewatch's own processes hold the secret it is signed with.

const maxBodyBytes = 1_024;
const refreshNotice = z.object({ change: publicChangeSchema });

export async function POST(request: Request): Promise<Response> {
  if (!env.NEXTAUTH_SECRET) return Response.json({ error: 'Nicht eingerichtet: NEXTAUTH_SECRET fehlt.' }, { status: 503 });
  // The declared length first, so a large body is refused before it is read.
  if (Number(request.headers.get('content-length') ?? 0) > maxBodyBytes) return Response.json({ error: 'Anfrage zu groß.' }, { status: 413 });
  const body = await request.text();
  if (body.length > maxBodyBytes) return Response.json({ error: 'Anfrage zu groß.' }, { status: 413 });
  const payload = verifyInternal(body, request.headers.get('x-rewatch-signature'), env.NEXTAUTH_SECRET);
  if (!payload) return Response.json({ error: 'Nicht berechtigt.' }, { status: 403 });
  const notice = refreshNotice.safeParse(payload);
  if (!notice.success) return Response.json({ error: 'Unbekannte Änderung.' }, { status: 400 });
  await markPublicPagesStale(notice.data.change);
  return Response.json({ ok: true });
}
