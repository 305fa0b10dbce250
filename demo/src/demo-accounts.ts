import type { Role } from '@elysium/subgraph-kit/core';
import { DEMO_CUSTOMERS } from './demo-customers';

/** The password of every demo account (development data only; `npm start` prints it). */
export const DEMO_ACCOUNT_PASSWORD = 'velvet box, platinum band';

export interface DemoAccount {
  id: string;
  email: string;
  role: Role;
}

const charlotte = DEMO_CUSTOMERS[0];

/**
 * One account per role for `npm start`: the demo client Charlotte Ashworth (her account shares her
 * customer id) and one member of staff per staff role. All confirmed, all with DEMO_ACCOUNT_PASSWORD.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { id: charlotte.id, email: charlotte.email.toLowerCase(), role: 'customer' },
  { id: '5a1f0000-0000-4000-8000-000000000001', email: 'staff@elysium.example', role: 'staff' },
  { id: '5a1f0000-0000-4000-8000-000000000002', email: 'atelier@elysium.example', role: 'atelier' },
  { id: '5a1f0000-0000-4000-8000-000000000003', email: 'admin@elysium.example', role: 'admin' },
];
