import type { Metadata } from 'next';
import { AccountNav } from '@/components/account-nav';
import { graphql } from '@/gql';
import { readAccount } from '@/lib/account';
import { longDate } from '@/lib/dates';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

const AccountPage = graphql(`
  query AccountPage {
    me {
      givenName
      familyName
      email
      orderHistory(first: 20) {
        nodes {
          id
          number
          status
          placedAt
          total {
            formatted
          }
        }
      }
    }
  }
`);

const STATUS: Record<string, string> = {
  PENDING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid',
  IN_ATELIER: 'In our atelier',
  READY: 'Ready',
  SHIPPED: 'On its way',
  COLLECTED: 'Collected',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
  REFUNDED: 'Refunded',
  PARTIALLY_REFUNDED: 'Partly refunded',
};

/** The signed-in client's account: their orders, newest first. */
export default async function Account() {
  const { me } = await readAccount(AccountPage, {}, '/account');
  return (
    <>
      <h1>
        {me.givenName} {me.familyName}
      </h1>
      <p className="muted">{me.email}</p>
      <AccountNav current="/account" />
      <h2>Your orders</h2>
      {me.orderHistory && me.orderHistory.nodes.length > 0 ? (
        <table className="lines">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Placed</th>
              <th scope="col">Status</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {me.orderHistory.nodes.map((order) => (
              <tr key={order.id}>
                <td>{order.number}</td>
                <td>{longDate(order.placedAt)}</td>
                <td>{STATUS[order.status] ?? order.status}</td>
                <td className="price">{order.total.formatted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No orders yet.</p>
      )}
    </>
  );
}
