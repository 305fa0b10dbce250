import { randomBytes } from 'node:crypto';
import { graphqlRequest } from '@elysium/subgraph-kit/testing';
import { launchTestGraph, type TestGraph } from '@elysium/tools';

type Data = Record<string, any>;

/**
 * What a new client does in Sandbox, with no pre-minted token: register, confirm the address from
 * the mail sink, sign in, edit the profile, keep a wish, export their data and delete the account,
 * after which the address can never sign in again.
 */
describe('a new client, from sign-up to deleting the account, through the gateway', () => {
  let graph: TestGraph;
  const unique = randomBytes(4).toString('hex');
  const email = `new-client-${unique}@example.com`;
  const password = `a quiet walk by the river ${unique}`;

  const send = async (query: string, variables: Data = {}, token?: string) => {
    const response = await graphqlRequest<Data>(graph.gatewayUrl, query, { variables, token });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const mailTo = async (subject: string) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const messages = (await (await fetch(`${graph.mailSinkUrl}/api/messages?to=${encodeURIComponent(email)}`)).json()) as Array<{
        subject: string;
        text: string;
      }>;
      const found = messages.find((m) => m.subject === subject);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no "${subject}" mail; got ${JSON.stringify(messages.map((m) => m.subject))}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) {
    __typename ... on SessionTokens { accessToken account { id } } } }`;

  beforeAll(async () => {
    graph = await launchTestGraph('new_client');
  }, 120_000);

  afterAll(async () => {
    await graph?.stop();
  });

  it('registers, confirms, signs in, edits, wishes, exports and deletes the account', async () => {
    // Register, and confirm the address with the link from the mail.
    const registered = await send(`mutation ($input: RegisterInput!) { register(input: $input) { __typename } }`, {
      input: { email, password, givenName: 'Imogen', familyName: `Hartley${unique}` },
    });
    expect(registered.register.__typename).toBe('RegistrationReceived');
    const token = /#token=([A-Za-z0-9_-]+)/.exec((await mailTo('Please confirm your email address')).text)![1];
    expect((await send(`mutation ($t: String!) { verifyEmail(token: $t) { __typename } }`, { t: token })).verifyEmail.__typename).toBe(
      'EmailVerified',
    );

    // Sign in and use the access token like an app would.
    const signedIn = (await send(SIGN_IN, { email, password })).signIn;
    expect(signedIn.__typename).toBe('SessionTokens');
    const access = signedIn.accessToken as string;
    const me = await send('{ me { id email givenName } }', {}, access);
    expect(me.me).toMatchObject({ id: signedIn.account.id, email, givenName: 'Imogen' });

    // Edit the profile, add an address, keep a wish.
    const profile = await send(
      `mutation { updateProfile(input: { phone: "07911 123456" }) { __typename ... on Customer { phone } } }`,
      {},
      access,
    );
    expect(profile.updateProfile).toEqual({ __typename: 'Customer', phone: '+447911123456' });
    const address = await send(
      `mutation { addAddress(input: { recipientName: "Imogen Hartley", line1: "1 Mount Street", city: "London", postcode: "w1k3nb", countryCode: "GB" }) {
        __typename ... on Address { postcode } } }`,
      {},
      access,
    );
    expect(address.addAddress).toEqual({ __typename: 'Address', postcode: 'W1K 3NB' });
    const wish = await send(`mutation { addToWishlist(input: { productId: "product-aurelia-solitaire" }) { __typename } }`, {}, access);
    expect(wish.addToWishlist.__typename).toBe('AddedToWishlist');
    const mine = await send('{ me { addresses { city } wishlist { product { id title } } } }', {}, access);
    expect(mine.me.addresses).toEqual([{ city: 'London' }]);
    expect(mine.me.wishlist).toEqual([{ product: { id: 'product-aurelia-solitaire', title: expect.any(String) } }]);

    // Export everything, as one JSON document.
    const started = await send('mutation { requestDataExport { id } }', {}, access);
    const exportId = started.requestDataExport.id as string;
    let exported: Data = {};
    for (let tries = 0; tries < 80; tries++) {
      exported = (await send(`{ dataExport(id: "${exportId}") { status data } }`, {}, access)).dataExport;
      if (exported.status === 'READY') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(exported.status).toBe('READY');
    expect(JSON.stringify(exported.data)).toContain('1 Mount Street');

    // Delete the account: a wrong password is refused, the right one ends everything.
    const wrong = await send(`mutation { deleteMyAccount(password: "not my password at all") { __typename } }`, {}, access);
    expect(wrong.deleteMyAccount.__typename).toBe('InputValidationError');
    const deleted = await send(`mutation ($p: String!) { deleteMyAccount(password: $p) { __typename } }`, { p: password }, access);
    expect(deleted.deleteMyAccount.__typename).toBe('AccountDeleted');

    // The session is over within 5 s, and the address never signs in again.
    const deadline = Date.now() + 7_000;
    let refused = false;
    while (!refused && Date.now() < deadline) {
      refused = (await graphqlRequest(graph.gatewayUrl, '{ me { id } }', { token: access })).status === 401;
      if (!refused) await new Promise((r) => setTimeout(r, 250));
    }
    expect(refused).toBe(true);
    expect((await send(SIGN_IN, { email, password })).signIn.__typename).toBe('InvalidCredentialsError');
    // The last mail to the address confirms the deletion.
    expect((await mailTo('Your ELYSIUM account has been deleted')).text).toContain('personal data erased');
  }, 90_000);
});
