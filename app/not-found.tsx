import PublicLayout from './(public)/layout';
import { NotFoundMessage } from '@/components/site/not-found-message';

// URLs that match no route get the public frame; notFound() inside the archive
// renders app/(public)/not-found.tsx within the frame it already has.
export default function NotFound() {
  return (
    <PublicLayout>
      <NotFoundMessage />
    </PublicLayout>
  );
}
