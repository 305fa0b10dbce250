import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>We could not find that page</h1>
      <p>
        It may have moved, or the piece may no longer be in the collection. <Link href="/products">See the jewellery</Link>.
      </p>
    </>
  );
}
