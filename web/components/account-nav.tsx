import Link from 'next/link';
import { signOut } from '@/app/account/actions';

const SECTIONS = [
  { href: '/account', label: 'Orders' },
  { href: '/account/addresses', label: 'Addresses' },
  { href: '/account/wishlist', label: 'Wishlist' },
  { href: '/account/recently-viewed', label: 'Recently viewed' },
  { href: '/account/preferences', label: 'Details and preferences' },
  { href: '/account/privacy', label: 'Your data' },
];

/** The signed-in client's sections, the current one marked for screen readers, and signing out. */
export function AccountNav({ current }: { current: string }) {
  return (
    <nav aria-label="Your account" className="account-nav">
      {SECTIONS.map((s) => (
        <Link key={s.href} href={s.href} aria-current={s.href === current ? 'page' : undefined}>
          {s.label}
        </Link>
      ))}
      <form action={signOut}>
        <button className="quiet" type="submit">
          Sign out
        </button>
      </form>
    </nav>
  );
}
