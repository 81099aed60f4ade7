import { env } from '@/lib/env';
import { markPublicPagesStale } from '@/lib/recaps/refresh';
import { verifyInternal } from '@/lib/security/internal-signature';

// The collaboration server's notice that a published recap changed in the live document
// (lib/collab/public-refresh.ts). Only Rewatch's own processes hold the secret it is signed with.

const maxBodyBytes = 1_024;

export async function POST(request: Request): Promise<Response> {
  if (!env.NEXTAUTH_SECRET) return Response.json({ error: 'Nicht eingerichtet: NEXTAUTH_SECRET fehlt.' }, { status: 503 });
  // The declared length first, so a large body is refused before it is read.
  if (Number(request.headers.get('content-length') ?? 0) > maxBodyBytes) return Response.json({ error: 'Anfrage zu groß.' }, { status: 413 });
  const body = await request.text();
  if (body.length > maxBodyBytes) return Response.json({ error: 'Anfrage zu groß.' }, { status: 413 });
  if (!verifyInternal(body, request.headers.get('x-rewatch-signature'), env.NEXTAUTH_SECRET)) {
    return Response.json({ error: 'Nicht berechtigt.' }, { status: 403 });
  }
  await markPublicPagesStale();
  return Response.json({ ok: true });
}
