import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { signedCall, REQUEST_ID_HEADER, type Role, type RunningSubgraph } from '@elysium/subgraph-kit';
import { createTestDatabase, graphqlRequest, readMetric, type GraphQLResponse, type TestDatabase } from '@elysium/subgraph-kit/testing';
import { seedCustomers } from '../src/seed';
import { startCustomers } from './start-customers';
import type { CustomersServices } from '../src/services';

const SECRET = 'customers-profile-e2e-secret';
const STAFF_ID = `staff-${randomUUID()}`;
const as = (subject: string, role: Role = 'customer') => signedCall('customers', SECRET, { subject, role });
const asStaff = () => as(STAFF_ID, 'staff');

const newClient = (label: string) => ({
  id: randomUUID(),
  email: `${label}-${randomUUID()}@example.com`,
  givenName: label,
  familyName: 'Client',
  phone: null,
});

type Data = Record<string, any>;

const PROBLEMS = `... on InputValidationError { code fieldErrors { field message } }`;
const ADDRESS_FIELDS = `id label recipientName line1 line2 city region postcode countryCode phone isDefaultDelivery isDefaultBilling`;

const UPDATE_PROFILE = `mutation ($customerId: ID, $input: UpdateProfileInput!) {
  updateProfile(customerId: $customerId, input: $input) {
    __typename
    ... on Customer { id givenName familyName phone dateOfBirth }
    ${PROBLEMS}
    ... on ErrorResult { code message }
  }
}`;
const ADD_ADDRESS = `mutation ($customerId: ID, $input: AddressInput!) {
  addAddress(customerId: $customerId, input: $input) {
    __typename
    ... on Address { ${ADDRESS_FIELDS} }
    ${PROBLEMS}
    ... on AddressBookFullError { limit }
    ... on ErrorResult { code message }
  }
}`;
const UPDATE_ADDRESS = `mutation ($id: ID!, $input: UpdateAddressInput!) {
  updateAddress(id: $id, input: $input) { __typename ... on Address { ${ADDRESS_FIELDS} } ${PROBLEMS} ... on ErrorResult { code message } }
}`;
const REMOVE_ADDRESS = `mutation ($id: ID!) {
  removeAddress(id: $id) { __typename ... on RemovedAddress { id customer { id addresses { id } } } ... on ErrorResult { code message } }
}`;
const SET_DEFAULT = `mutation ($id: ID!, $kind: AddressKind!) {
  setDefaultAddress(id: $id, kind: $kind) { __typename ... on Address { id isDefaultDelivery isDefaultBilling } ... on ErrorResult { code message } }
}`;
const ADD_NOTE = `mutation ($customerId: ID!, $text: String!) {
  addStaffNote(customerId: $customerId, text: $text) { __typename ... on StaffNote { id text authorId authorRole createdAt } ${PROBLEMS} ... on ErrorResult { code } }
}`;

const address = (overrides: Data = {}) => ({
  label: 'Home',
  recipientName: 'Amelia Client',
  line1: '1 Bond Street',
  city: 'London',
  postcode: 'W1S 1AA',
  countryCode: 'GB',
  ...overrides,
});

/** The profile slice over HTTP on its own fresh database: the customers subgraph as the gateway sees it. */
describe('customer profile, address book and clienteling', () => {
  let database: TestDatabase;
  let customers: RunningSubgraph<CustomersServices>;
  // A second connection for looking at rows: statements on it are not counted in /metrics.
  let inspector: Client;
  const a = newClient('Amelia');
  const b = newClient('Beatrix');
  const many = Array.from({ length: 50 }, (_, i) => newClient(`bulk${i}`));

  beforeAll(async () => {
    database = await createTestDatabase('customers_profile');
    customers = await startCustomers(database.url, SECRET);
    await seedCustomers(customers.dataSource, [a, b, ...many]);
    inspector = new Client({ connectionString: database.url });
    await inspector.connect();
  }, 60_000);

  afterAll(async () => {
    await inspector?.end();
    await customers?.stop();
    await database?.drop();
  });

  async function call(query: string, variables: Data, headers: Signer): Promise<GraphQLResponse<Data>> {
    return graphqlRequest<Data>(customers.url, query, { variables, headers });
  }

  /** The data of an answer that must carry no errors. */
  async function ok(query: string, variables: Data, headers: Signer): Promise<Data> {
    const response = await call(query, variables, headers);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  type Signer = ReturnType<typeof signedCall>;
  /** A signer that remembers the headers of its last call (to find that request's audit entries). */
  const recording = (signer: Signer) => {
    const wrapped = Object.assign((operation: Parameters<Signer>[0]) => (wrapped.last = signer(operation)), {
      last: {} as Record<string, string>,
    });
    return wrapped;
  };

  const rows = async (sql: string, params: unknown[] = []) => (await inspector.query(sql, params)).rows;
  const fieldsOf = (result: Data) => (result.fieldErrors as Array<{ field: string }>).map((e) => e.field);

  async function freshClient(label: string) {
    const client = newClient(label);
    await seedCustomers(customers.dataSource, [client]);
    return client;
  }

  describe('profile', () => {
    it('lets a client change their names, phone and date of birth; a UK number given nationally becomes +44', async () => {
      // When Amelia updates her profile with a London number written the British way.
      const { updateProfile } = await ok(
        UPDATE_PROFILE,
        { input: { givenName: ' Amelia ', phone: '020 7946 0018', dateOfBirth: '1985-03-14' } },
        as(a.id),
      );
      // Then it is stored in E.164, and `me` reads it back.
      expect(updateProfile).toEqual({
        __typename: 'Customer',
        id: a.id,
        givenName: 'Amelia',
        familyName: 'Client',
        phone: '+442079460018',
        dateOfBirth: '1985-03-14',
      });
      const { me } = await ok(`{ me { givenName phone dateOfBirth } }`, {}, as(a.id));
      expect(me).toEqual({ givenName: 'Amelia', phone: '+442079460018', dateOfBirth: '1985-03-14' });

      // When she clears the phone only, the date of birth and names stay.
      const cleared = await ok(UPDATE_PROFILE, { input: { phone: null } }, as(a.id));
      expect(cleared.updateProfile).toMatchObject({ givenName: 'Amelia', phone: null, dateOfBirth: '1985-03-14' });
      expect(await rows(`SELECT phone FROM customers.customer WHERE id = $1`, [a.id])).toEqual([{ phone: null }]);
    });

    it('reports every bad field at once and writes nothing', async () => {
      // Given a known state.
      await ok(UPDATE_PROFILE, { input: { givenName: 'Amelia', phone: '+44 20 7946 0018', dateOfBirth: '1985-03-14' } }, as(a.id));
      // When every field is wrong.
      const { updateProfile } = await ok(
        UPDATE_PROFILE,
        { input: { givenName: '  ', familyName: 'x'.repeat(101), phone: '12345', dateOfBirth: '2999-01-01' } },
        as(a.id),
      );
      // Then each is named, in input order, and nothing changed.
      expect(updateProfile.__typename).toBe('InputValidationError');
      expect(updateProfile.code).toBe('INPUT_VALIDATION_ERROR');
      expect(fieldsOf(updateProfile)).toEqual(['input.givenName', 'input.familyName', 'input.phone', 'input.dateOfBirth']);
      const { me } = await ok(`{ me { givenName familyName phone dateOfBirth } }`, {}, as(a.id));
      expect(me).toEqual({ givenName: 'Amelia', familyName: 'Client', phone: '+442079460018', dateOfBirth: '1985-03-14' });

      for (const dateOfBirth of ['1899-12-31', '1990-02-29', '14/03/1985']) {
        const refused = await ok(UPDATE_PROFILE, { input: { dateOfBirth } }, as(a.id));
        expect(fieldsOf(refused.updateProfile)).toEqual(['input.dateOfBirth']);
      }
    });
  });

  describe('address book', () => {
    it('normalises a UK postcode, refuses a malformed one, and takes international addresses by country', async () => {
      const client = await freshClient('Postcodes');
      // When a client writes the postcode in lower case without a space.
      const uk = await ok(
        ADD_ADDRESS,
        { input: address({ postcode: 'sw1a1aa', countryCode: 'gb', phone: '07911 123456' }) },
        as(client.id),
      );
      expect(uk.addAddress).toMatchObject({ __typename: 'Address', postcode: 'SW1A 1AA', countryCode: 'GB', phone: '+447911123456' });

      // When the postcode is not a UK postcode.
      const bad = await ok(ADD_ADDRESS, { input: address({ postcode: 'SW1A 1AAA' }) }, as(client.id));
      expect(bad.addAddress.__typename).toBe('InputValidationError');
      expect(fieldsOf(bad.addAddress)).toEqual(['input.postcode']);

      // A Paris address: its national phone number is read as French.
      const paris = await ok(
        ADD_ADDRESS,
        { input: address({ line1: '1 rue de la Paix', city: 'Paris', postcode: '75002', countryCode: 'FR', phone: '01 42 68 53 00' }) },
        as(client.id),
      );
      expect(paris.addAddress).toMatchObject({ postcode: '75002', countryCode: 'FR', phone: '+33142685300' });

      // Then exactly the two good ones are in the book.
      const { me } = await ok(`{ me { addresses { postcode } } }`, {}, as(client.id));
      expect(me.addresses).toEqual([{ postcode: 'SW1A 1AA' }, { postcode: '75002' }]);
    });

    it('names every bad address field at once', async () => {
      const client = await freshClient('BadAddress');
      const { addAddress } = await ok(
        ADD_ADDRESS,
        {
          input: {
            label: 'x'.repeat(51),
            recipientName: ' ',
            line1: 'line\nbreak',
            city: '',
            postcode: '75002',
            countryCode: 'XX',
            phone: '1',
          },
        },
        as(client.id),
      );
      expect(fieldsOf(addAddress)).toEqual([
        'input.label',
        'input.recipientName',
        'input.line1',
        'input.city',
        'input.countryCode',
        'input.phone',
      ]);
      expect(await rows(`SELECT id FROM customers.customer_address WHERE customer_id = $1`, [client.id])).toEqual([]);
    });

    it('keeps one default delivery and one default billing address per client, however often they are set', async () => {
      const client = await freshClient('Defaults');
      const add = async (label: string, flags: Data = {}) =>
        (await ok(ADD_ADDRESS, { input: address({ label, ...flags }) }, as(client.id))).addAddress.id as string;
      const defaults = async () =>
        rows(
          `SELECT label, is_default_delivery, is_default_billing FROM customers.customer_address
            WHERE customer_id = $1 AND (is_default_delivery OR is_default_billing) ORDER BY label`,
          [client.id],
        );

      // Given X, the default delivery address, and Y.
      const x = await add('X', { isDefaultDelivery: true });
      const y = await add('Y');
      expect(await defaults()).toEqual([{ label: 'X', is_default_delivery: true, is_default_billing: false }]);

      // When Y becomes the default delivery address, twice.
      for (let i = 0; i < 2; i++) {
        const { setDefaultAddress } = await ok(SET_DEFAULT, { id: y, kind: 'DELIVERY' }, as(client.id));
        expect(setDefaultAddress).toEqual({ __typename: 'Address', id: y, isDefaultDelivery: true, isDefaultBilling: false });
      }
      // Then X is not one any more.
      expect(await defaults()).toEqual([{ label: 'Y', is_default_delivery: true, is_default_billing: false }]);

      // X as default billing, and a new Z added as default delivery, take over only their own kind.
      await ok(SET_DEFAULT, { id: x, kind: 'BILLING' }, as(client.id));
      await add('Z', { isDefaultDelivery: true });
      expect(await defaults()).toEqual([
        { label: 'X', is_default_delivery: false, is_default_billing: true },
        { label: 'Z', is_default_delivery: true, is_default_billing: false },
      ]);
      const { me } = await ok(`{ me { addresses { label isDefaultDelivery isDefaultBilling } } }`, {}, as(client.id));
      expect(me.addresses).toEqual([
        { label: 'X', isDefaultDelivery: false, isDefaultBilling: true },
        { label: 'Y', isDefaultDelivery: false, isDefaultBilling: false },
        { label: 'Z', isDefaultDelivery: true, isDefaultBilling: false },
      ]);

      // And the database itself refuses a second default, whatever code runs.
      await expect(
        inspector.query(`UPDATE customers.customer_address SET is_default_delivery = true WHERE customer_id = $1`, [client.id]),
      ).rejects.toThrow(/customer_address_one_default_delivery/);
    });

    it('updates the fields given, re-judging the postcode by a new country, and removes an address', async () => {
      const client = await freshClient('Update');
      const { addAddress } = await ok(ADD_ADDRESS, { input: address({ line2: 'Flat 2' }) }, as(client.id));
      // Moving it to Jersey with a London postcode is refused; nothing changes.
      const refused = await ok(UPDATE_ADDRESS, { id: addAddress.id, input: { countryCode: 'JE' } }, as(client.id));
      expect(fieldsOf(refused.updateAddress)).toEqual(['input.postcode']);
      // A real move: new city and postcode, line2 cleared, label kept.
      const moved = await ok(
        UPDATE_ADDRESS,
        { id: addAddress.id, input: { city: 'St Helier', postcode: 'je2 3ab', countryCode: 'JE', line2: null } },
        as(client.id),
      );
      expect(moved.updateAddress).toMatchObject({ label: 'Home', city: 'St Helier', postcode: 'JE2 3AB', countryCode: 'JE', line2: null });

      const { removeAddress } = await ok(REMOVE_ADDRESS, { id: addAddress.id }, as(client.id));
      expect(removeAddress).toEqual({ __typename: 'RemovedAddress', id: addAddress.id, customer: { id: client.id, addresses: [] } });
      expect(await rows(`SELECT id FROM customers.customer_address WHERE id = $1`, [addAddress.id])).toEqual([]);
    });

    it(`holds at most 20 addresses per client`, async () => {
      const client = await freshClient('Full');
      // Given 19 addresses.
      await customers.dataSource.query(
        `INSERT INTO customers.customer_address (customer_id, recipient_name, line1, city, postcode, country_code)
         SELECT $1, 'R', 'L' || n, 'London', 'SW1A 1AA', 'GB' FROM generate_series(1, 19) n`,
        [client.id],
      );
      // The 20th goes in; the 21st is refused and not stored.
      expect((await ok(ADD_ADDRESS, { input: address() }, as(client.id))).addAddress.__typename).toBe('Address');
      const { addAddress } = await ok(ADD_ADDRESS, { input: address() }, as(client.id));
      expect(addAddress).toMatchObject({ __typename: 'AddressBookFullError', code: 'ADDRESS_BOOK_FULL', limit: 20 });
      expect(await rows(`SELECT count(*)::int AS n FROM customers.customer_address WHERE customer_id = $1`, [client.id])).toEqual([
        { n: 20 },
      ]);
    });
  });

  describe('who may see and change what', () => {
    it("gives a client someone else's profile and addresses exactly as if they did not exist; staff may read and change them", async () => {
      // Given Beatrix with an address.
      const { addAddress: hers } = await ok(
        ADD_ADDRESS,
        { input: address({ recipientName: 'Beatrix', city: 'Bath', postcode: 'BA1 1AA' }) },
        as(b.id),
      );
      const missing = randomUUID();

      // Reads: Amelia asking for Beatrix gets what she gets for nobody.
      const read = `query ($id: ID!) { customer(id: $id) { id addresses { id } dateOfBirth } }`;
      const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id addresses { id } } } }`;
      expect(await ok(read, { id: b.id }, as(a.id))).toEqual({ customer: null });
      expect(await ok(read, { id: b.id }, as(a.id))).toEqual(await ok(read, { id: missing }, as(a.id)));
      expect(await ok(entities, { r: [{ __typename: 'Customer', id: b.id }] }, as(a.id))).toEqual({ _entities: [null] });

      // Writes: every mutation answers as for a missing record, and writes nothing.
      const same = async (query: string, theirs: Data, nobodys: Data) => {
        const attempt = await ok(query, theirs, as(a.id));
        expect(attempt).toEqual(await ok(query, nobodys, as(a.id)));
        expect(Object.values(attempt)[0]).toMatchObject({ code: 'NOT_FOUND' });
      };
      await same(UPDATE_ADDRESS, { id: hers.id, input: { city: 'Hacked' } }, { id: missing, input: { city: 'Hacked' } });
      await same(SET_DEFAULT, { id: hers.id, kind: 'BILLING' }, { id: missing, kind: 'BILLING' });
      await same(REMOVE_ADDRESS, { id: hers.id }, { id: missing });
      await same(ADD_ADDRESS, { customerId: b.id, input: address() }, { customerId: missing, input: address() });
      await same(
        UPDATE_PROFILE,
        { customerId: b.id, input: { givenName: 'Mallory' } },
        { customerId: missing, input: { givenName: 'Mallory' } },
      );
      expect(await rows(`SELECT city, is_default_billing FROM customers.customer_address WHERE customer_id = $1`, [b.id])).toEqual([
        { city: 'Bath', is_default_billing: false },
      ]);
      expect(await rows(`SELECT given_name FROM customers.customer WHERE id = $1`, [b.id])).toEqual([{ given_name: 'Beatrix' }]);

      // Staff read and change Beatrix's record, naming her.
      expect(await ok(read, { id: b.id }, asStaff())).toEqual({ customer: { id: b.id, addresses: [{ id: hers.id }], dateOfBirth: null } });
      const changed = await ok(UPDATE_ADDRESS, { id: hers.id, input: { line2: 'Garden flat' } }, asStaff());
      expect(changed.updateAddress).toMatchObject({ id: hers.id, line2: 'Garden flat', city: 'Bath' });
      const renamed = await ok(UPDATE_PROFILE, { customerId: b.id, input: { familyName: 'Client-Smythe' } }, asStaff());
      expect(renamed.updateProfile).toMatchObject({ id: b.id, familyName: 'Client-Smythe' });

      // Staff must say whose book they write to; an anonymous caller must sign in.
      const unnamed = await call(ADD_ADDRESS, { input: address() }, asStaff());
      expect(unnamed.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'customerId' });
      const anonymous = await graphqlRequest(customers.url, ADD_ADDRESS, { variables: { input: address() } });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('shows staff notes to staff only: the client gets null and never the text', async () => {
      const client = await freshClient('Noted');
      const secret = `Prefers discreet packaging ${randomUUID()}`;
      // Given a note by staff.
      const { addStaffNote } = await ok(ADD_NOTE, { customerId: client.id, text: secret }, asStaff());
      expect(addStaffNote).toMatchObject({ __typename: 'StaffNote', text: secret, authorId: STAFF_ID, authorRole: 'staff' });

      // The client asking for the notes gets null, and the text appears nowhere in the answer.
      const mine = await call(`{ me { id staffNotes { text } } }`, {}, as(client.id));
      expect(mine.errors).toBeUndefined();
      expect(mine.data).toEqual({ me: { id: client.id, staffNotes: null } });
      expect(JSON.stringify(mine)).not.toContain('discreet');

      // The client may not write one either.
      const forged = await call(ADD_NOTE, { customerId: client.id, text: 'I am lovely' }, as(client.id));
      expect(forged.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await rows(`SELECT text FROM customers.customer_staff_note WHERE customer_id = $1`, [client.id])).toEqual([{ text: secret }]);

      // Staff read it; the table refuses edits.
      const { customer } = await ok(
        `query ($id: ID!) { customer(id: $id) { staffNotes { text authorId } } }`,
        { id: client.id },
        asStaff(),
      );
      expect(customer.staffNotes).toEqual([{ text: secret, authorId: STAFF_ID }]);
      await expect(inspector.query(`UPDATE customers.customer_staff_note SET text = 'rewritten'`)).rejects.toThrow(/append-only/);
    });
  });

  describe('clienteling', () => {
    it('keeps ring sizes, metal preferences, occasions and the advisor', async () => {
      const client = await freshClient('Clienteling');
      const profile = `{ me { ringSizes { size hand finger } metalPreferences occasions { kind month day year label reminderOptIn } advisor { id name } } }`;

      // Two mutations in one request: the second answer shows the second write, not what the first cached.
      const twice = await ok(
        `mutation {
          first: setRingSizes(sizes: [{ size: "K" }]) { ... on Customer { ringSizes { size } } }
          second: setRingSizes(sizes: [{ size: "L" }]) { ... on Customer { ringSizes { size } } }
        }`,
        {},
        as(client.id),
      );
      expect(twice).toEqual({ first: { ringSizes: [{ size: 'K' }] }, second: { ringSizes: [{ size: 'L' }] } });
      const badSizes = await ok(
        `mutation ($s: [RingSizeInput!]!) { setRingSizes(sizes: $s) { __typename ${PROBLEMS} } }`,
        { s: [{ size: 'M' }, { size: 'AA', hand: 'LEFT' }, { size: 'N' }] },
        as(client.id),
      );
      expect(fieldsOf(badSizes.setRingSizes)).toEqual(['sizes.1.size', 'sizes.2']);
      expect((await ok(`{ me { ringSizes { size } } }`, {}, as(client.id))).me.ringSizes).toEqual([{ size: 'L' }]);
      const sizes = await ok(
        `mutation ($s: [RingSizeInput!]!) { setRingSizes(sizes: $s) { __typename } }`,
        { s: [{ size: 'm1/2', hand: 'LEFT', finger: 'RING' }, { size: 'N' }] },
        as(client.id),
      );
      expect(sizes.setRingSizes.__typename).toBe('Customer');

      await ok(`mutation { setMetalPreferences(metals: [ROSE_GOLD_18K, PLATINUM, ROSE_GOLD_18K]) { __typename } }`, {}, as(client.id));
      const occasions = `mutation ($o: [OccasionInput!]!) { setOccasions(occasions: $o) { __typename ${PROBLEMS} } }`;
      const wedding = { kind: 'ANNIVERSARY', month: 6, day: 21, year: 2015, label: 'Wedding', reminderOptIn: true };
      const badOccasions = await ok(occasions, { o: [wedding, { kind: 'OTHER', month: 2, day: 30 }] }, as(client.id));
      expect(fieldsOf(badOccasions.setOccasions)).toEqual(['occasions.1.day', 'occasions.1.label']);
      expect((await ok(occasions, { o: [wedding] }, as(client.id))).setOccasions.__typename).toBe('Customer');

      // Only staff assign an advisor; the client then sees who it is.
      const assign = `mutation ($c: ID!) { assignAdvisor(customerId: $c, advisorId: "${STAFF_ID}", advisorName: "Sophie") { __typename } }`;
      expect((await call(assign, { c: client.id }, as(client.id))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await ok(assign, { c: client.id }, asStaff())).assignAdvisor.__typename).toBe('Customer');

      expect((await ok(profile, {}, as(client.id))).me).toEqual({
        ringSizes: [
          { size: 'M½', hand: 'LEFT', finger: 'RING' },
          { size: 'N', hand: null, finger: null },
        ],
        metalPreferences: ['ROSE_GOLD_18K', 'PLATINUM'],
        occasions: [wedding],
        advisor: { id: STAFF_ID, name: 'Sophie' },
      });
    });
  });

  describe('audit', () => {
    const auditEvents = async (requestId: string) =>
      (
        await rows(
          `SELECT data->'data' AS entry FROM pgboss.job WHERE name = 'customers.audit-log' AND data->'data'->>'requestId' = $1
            AND data->'data'->>'action' <> 'customer.read'`,
          [requestId],
        )
      ).map((r) => r.entry);

    it('records every staff write and staff read of notes in the same transaction, and not a client’s own change', async () => {
      const client = await freshClient('Audited');
      // A staff write.
      const staffWrite = recording(asStaff());
      expect((await ok(ADD_ADDRESS, { customerId: client.id, input: address() }, staffWrite)).addAddress.__typename).toBe('Address');
      expect(await auditEvents(staffWrite.last[REQUEST_ID_HEADER])).toEqual([
        {
          actor: STAFF_ID,
          role: 'staff',
          action: 'address.added',
          targetType: 'Customer',
          targetId: client.id,
          requestId: staffWrite.last[REQUEST_ID_HEADER],
          service: 'customers',
        },
      ]);

      // A staff read of the notes.
      const staffRead = recording(asStaff());
      await ok(`query ($id: ID!) { customer(id: $id) { staffNotes { text } } }`, { id: client.id }, staffRead);
      expect(await auditEvents(staffRead.last[REQUEST_ID_HEADER])).toEqual([
        expect.objectContaining({ actor: STAFF_ID, action: 'staff-notes.read', targetId: client.id }),
      ]);

      // A refused staff write and the client's own change leave nothing.
      const refused = recording(asStaff());
      expect((await ok(ADD_ADDRESS, { customerId: client.id, input: address({ postcode: 'nope' }) }, refused)).addAddress.__typename).toBe(
        'InputValidationError',
      );
      const own = recording(as(client.id));
      await ok(UPDATE_PROFILE, { input: { givenName: 'Self' } }, own);
      expect(await auditEvents(refused.last[REQUEST_ID_HEADER])).toEqual([]);
      expect(await auditEvents(own.last[REQUEST_ID_HEADER])).toEqual([]);
    });
  });

  describe('cost', () => {
    const entities = (withAddresses: boolean) =>
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id ${withAddresses ? 'addresses { id }' : ''} } } }`;

    /**
     * Holds the audit log's consumer still: its deliveries run SQL in this process, which /metrics
     * would count against the request. Pending deliveries are postponed (not lost), running ones finish.
     */
    async function quietAuditQueue(): Promise<void> {
      await rows(
        `UPDATE pgboss.job SET start_after = now() + interval '1 hour'
          WHERE name = 'customers.audit-log' AND state IN ('created', 'retry')`,
      );
      const deadline = Date.now() + 30_000;
      while ((await rows(`SELECT 1 FROM pgboss.job WHERE name = 'customers.audit-log' AND state = 'active'`)).length > 0) {
        if (Date.now() > deadline) throw new Error('audit deliveries never finished');
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    /**
     * SQL statements one `_entities` request costs. The request's own audit entries could be delivered
     * while it is measured; a measurement during which a delivery started is taken again.
     */
    async function statementsFor(count: number, withAddresses: boolean): Promise<{ statements: number; addresses: number }> {
      for (let attempt = 0; attempt < 5; attempt++) {
        await quietAuditQueue();
        const [{ since }] = await rows(`SELECT clock_timestamp() AS since`);
        const before = await readMetric(customers.url, 'elysium_sql_statements_total', SECRET);
        const response = await call(
          entities(withAddresses),
          { r: many.slice(0, count).map((c) => ({ __typename: 'Customer', id: c.id })) },
          asStaff(),
        );
        const statements = (await readMetric(customers.url, 'elysium_sql_statements_total', SECRET)) - before;
        expect(response.errors).toBeUndefined();
        expect(response.data!._entities).toHaveLength(count);
        const delivered = await rows(`SELECT 1 FROM pgboss.job WHERE name = 'customers.audit-log' AND started_on >= $1`, [since]);
        if (delivered.length === 0) {
          return { statements, addresses: response.data!._entities.reduce((n: number, c: Data) => n + (c.addresses?.length ?? 0), 0) };
        }
      }
      throw new Error('an audit delivery ran during every measurement');
    }

    it('reads Customer.addresses for 1 or 50 clients in the same number of SQL statements: one more than without them', async () => {
      // Given 50 clients with two addresses each.
      await customers.dataSource.query(
        `INSERT INTO customers.customer_address (customer_id, recipient_name, line1, city, postcode, country_code)
         SELECT id, 'R', 'L' || n, 'London', 'SW1A 1AA', 'GB' FROM unnest($1::uuid[]) id, generate_series(1, 2) n`,
        [many.map((c) => c.id)],
      );
      const one = await statementsFor(1, true);
      const fifty = await statementsFor(50, true);
      const baseline = await statementsFor(50, false);
      expect(one.addresses).toBe(2);
      expect(fifty.addresses).toBe(100);
      expect(fifty.statements).toBe(one.statements);
      expect(fifty.statements - baseline.statements).toBe(1);
    });
  });
});
