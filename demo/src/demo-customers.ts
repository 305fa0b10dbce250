/** The demo clients; ids are fixed so every subgraph's seed can point at them. */
export interface DemoCustomer {
  id: string;
  email: string;
  givenName: string;
  familyName: string;
  phone: string | null;
}

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    id: '0b1c2d3e-0000-4000-8000-000000000001',
    email: 'charlotte.ashworth@example.com',
    givenName: 'Charlotte',
    familyName: 'Ashworth',
    phone: '+44 20 7946 0011',
  },
  {
    id: '0b1c2d3e-0000-4000-8000-000000000002',
    email: 'james.okafor@example.com',
    givenName: 'James',
    familyName: 'Okafor',
    phone: '+44 20 7946 0022',
  },
  {
    id: '0b1c2d3e-0000-4000-8000-000000000003',
    email: 'amelia.hartley@example.com',
    givenName: 'Amelia',
    familyName: 'Hartley',
    phone: null,
  },
];
