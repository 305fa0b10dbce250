import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { createClient } from '@sanity/client';
import { devSecret, freePort, mintBearerToken } from '@elysium/subgraph-kit/core';
import { eventually, graphqlRequest } from '@elysium/subgraph-kit/testing';
import {
  buildStorefront,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  launchTestGraph,
  startStorefront,
  type RunningStorefront,
  type TestGraph,
} from '@elysium/tools';

const JWT_SECRET = 'dev-only-jwt-change-me';
const CHROMIUM = CHROMIUM_PATH;
const SCREENSHOTS = path.join(__dirname, 'screenshots');
const haveBrowser = existsSync(CHROMIUM);

if (!haveBrowser) {
  // In CI a missing browser fails the run (below); on a developer's machine it is said loudly, once.
  console.error(
    `\n*** The storefront's browser journeys did not run: no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH. ***\n`,
  );
}
const journeys = haveBrowser || process.env.CI ? describe : describe.skip;

/**
 * The storefront in a real browser (Debian's Chromium, driven by playwright-core) against the whole
 * graph: the production build served by `next start`, the gateway, the subgraphs and the Stripe double.
 */
journeys('the storefront in a browser', () => {
  let graph: TestGraph;
  let web: RunningStorefront;
  let browser: Browser;
  let sql: Client;
  let staffToken: string;
  /** Stocked pieces under the 3-D Secure threshold, found from the graph; each journey takes its own. */
  let pieces: Array<{ slug: string; sku: string; title: string }>;

  beforeAll(async () => {
    if (!haveBrowser) throw new Error(`CI=true and no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium)`);
    // The gateway as production runs it for the storefront: the public may only send the manifest's documents.
    // Account mail links to this storefront's pages, and content changes reach its page cache.
    const webPort = await freePort();
    const [launched] = await Promise.all([
      launchTestGraph('storefront', {
        // As deployed behind the storefront: the gateway trusts its hop for the visitor's address.
        serviceEnv: { gateway: { PERSISTED_DOCUMENTS: 'required', TRUST_PROXY: 'loopback' } },
        storefrontUrl: `http://localhost:${webPort}`,
      }),
      buildStorefront((line) => console.error(line)),
    ]);
    graph = launched;
    web = await startStorefront({
      gatewayUrl: graph.gatewayUrl,
      stripeUrl: graph.stripeUrl,
      port: webPort,
      mode: 'production',
      onOutput: (line) => process.env.GRAPH_OUTPUT && console.error(`web: ${line}`),
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    sql = new Client({ connectionString: graph.databaseUrl });
    await sql.connect();
    staffToken = await mintBearerToken({ subject: 'staff-storefront', role: 'staff' }, JWT_SECRET);
    const listing = await graphqlRequest<{
      products: {
        nodes: Array<{
          slug: string;
          title: string;
          leadTimeWeeks: number | null;
          variants: Array<{ sku: string; price: { amount: number } }>;
        }>;
      };
    }>(graph.gatewayUrl, '{ products(first: 100) { nodes { slug title leadTimeWeeks variants { sku price { amount } } } } }', {
      token: staffToken,
    });
    pieces = listing
      .data!.products.nodes.filter((p) => p.leadTimeWeeks === null && p.variants.length > 0 && p.variants[0].price.amount < 500_000)
      .map((p) => ({ slug: p.slug, sku: p.variants[0].sku, title: p.title }));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await sql?.end();
    await graph?.stop();
  });

  /**
   * Runs a journey in a fresh browser context (a new visitor); a failure keeps a screenshot. `via`
   * is the visitor's address as a load balancer in front of the storefront would report it.
   */
  async function journey(name: string, run: (page: Page) => Promise<void>, via?: string): Promise<void> {
    const context = await browser.newContext({ baseURL: web.url, ...(via ? { extraHTTPHeaders: { 'x-forwarded-for': via } } : {}) });
    const page = await context.newPage();
    try {
      await run(page);
    } catch (error) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  }

  async function stock(sku: string, quantity: number): Promise<void> {
    const received = await graphqlRequest<{ receiveStock: { __typename: string } }>(
      graph.gatewayUrl,
      `mutation ($sku: String!, $q: Int!) { receiveStock(input: { sku: $sku, locationId: "vault", quantity: $q }) { __typename } }`,
      { token: staffToken, variables: { sku, q: quantity } },
    );
    expect(received.data?.receiveStock.__typename).toBe('LocationStock');
  }

  it("the gateway runs only the storefront's published documents for the public; staff send their own", async () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', 'gql', 'persisted-documents.json'), 'utf8')) as Record<
      string,
      string
    >;
    const [id, document] = Object.entries(manifest).find(([, text]) => text.includes('query HomePage'))!;
    const post = async (body: unknown, token?: string) => {
      const response = await fetch(graph.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> },
      };
    };
    const byId = await post({ documentId: id, variables: {} });
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    const ownDocument = await post({ query: document });
    expect(ownDocument.status).toBe(400);
    expect(ownDocument.body.errors?.[0].extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
    const unknown = await post({ documentId: 'sha256:0000', variables: {} });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    const staff = await post({ query: '{ collections { slug } }' }, staffToken);
    expect(staff.status).toBe(200);
    expect(staff.body.errors).toBeUndefined();
  });

  /** What axe (WCAG 2.0 and 2.1, A and AA) finds serious or critical on the page as it is now. */
  async function axe(page: Page): Promise<string[]> {
    // Next streams a page's metadata (its <title>) after the body when rendering takes a moment; a
    // page is checked once its title has come, as the reader's tab shows it. One that never gets a
    // title is still reported: after 5 s axe runs regardless.
    await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 5000 }).catch(() => undefined);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${page.url()}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('has no serious or critical accessibility problem on the key pages (axe)', async () => {
    const piece = pieces[2];
    await stock(piece.sku, 1);
    await journey('accessibility', async (page) => {
      const problems: string[] = [];
      const check = async (url: string) => {
        if (page.url() !== new URL(url, web.url).toString()) await page.goto(url);
        problems.push(...(await axe(page)));
      };
      await check('/');
      await check('/products');
      await check(`/products/${piece.slug}`);
      const variant = page.locator('select[name=sku]');
      if (await variant.count()) await variant.selectOption(piece.sku);
      await page.getByRole('button', { name: 'Add to bag' }).click();
      await page.waitForURL(/\/cart$/);
      await check('/cart');
      await check('/checkout');
      await check('/account/sign-in');
      await check('/account/sign-up');
      await check('/account/wishlist');
      await check('/no-such-page');
      expect(problems).toEqual([]);
    });
  }, 120_000);

  it('reads the journal, the guides and the standing pages, and searches across pieces and writing', async () => {
    const { data } = await graphqlRequest<{ articles: Array<{ title: string; kind: string }>; pages: Array<{ title: string }> }>(
      graph.gatewayUrl,
      '{ articles(first: 100) { title kind } pages { title } }',
      { token: staffToken },
    );
    const journalPost = data!.articles.find((a) => a.kind === 'JOURNAL')!;
    const guide = data!.articles.find((a) => a.kind === 'GUIDE')!;
    await journey('content', async (page) => {
      const problems: string[] = [];
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
      await text(page.getByRole('heading', { level: 1 }), 'Journal');
      const indexTitle = await page.title();
      await page.getByRole('link', { name: new RegExp(escape(journalPost.title)) }).click();
      await text(page.getByRole('heading', { level: 1 }), journalPost.title);
      // Next streams a page's metadata after its body on a client-side navigation: the post's own
      // title arrives a moment after its heading, and only then is the page whole for axe.
      await page.waitForFunction((previous) => document.title.trim() !== '' && document.title !== previous, indexTitle);
      expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('"@type":"Article"');
      problems.push(...(await axe(page)));

      await page.goto('/guides');
      await page.getByRole('link', { name: new RegExp(escape(guide.title)) }).click();
      await text(page.getByRole('heading', { level: 1 }), guide.title);
      // A journal post is not a guide: the other section's address is not found.
      const crossed = await page.goto(page.url().replace('/guides/', '/journal/'));
      expect(crossed?.status()).toBe(404);

      await page.goto('/');
      await page.getByRole('navigation', { name: 'About ELYSIUM' }).getByRole('link', { name: data!.pages[0].title }).click();
      await text(page.getByRole('heading', { level: 1 }), data!.pages[0].title);

      // Search finds the piece by a word of its title, and writing by a word of its headline.
      const word = pieces[0].title.split(/\s+/).find((w) => w.length > 4)!;
      await page.goto('/search');
      await page.getByRole('search', { name: 'Search' }).getByLabel('Search for').fill(word);
      await page.getByRole('search', { name: 'Search' }).getByRole('button', { name: 'Search' }).click();
      await visible(page.getByRole('region', { name: 'Pieces' }).getByRole('link', { name: new RegExp(escape(pieces[0].title)) }));
      problems.push(...(await axe(page)));
      const headlineWord = guide.title.split(/\s+/).find((w) => w.length > 4)!;
      await page.goto(`/search?q=${encodeURIComponent(headlineWord)}`);
      await visible(page.getByRole('region', { name: 'Journal and guides' }).getByRole('link', { name: new RegExp(escape(guide.title)) }));
      expect(problems).toEqual([]);
    });
  }, 120_000);

  it("follows an editor's change at once: Sanity's webhook reaches the storefront's and the gateway's caches; a forged one is refused", async () => {
    const { data } = await graphqlRequest<{ articles: Array<{ id: string; slug: string; title: string }> }>(
      graph.gatewayUrl,
      '{ articles(first: 100, kind: JOURNAL) { id slug title } }',
      { token: staffToken },
    );
    const article = data!.articles.at(-1)!;
    const editor = createClient({
      projectId: 'local',
      dataset: 'production',
      apiHost: graph.contentLakeUrl,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: '2025-02-19',
      token: devSecret('sanity-token'),
    });
    const forged = await fetch(`${web.url}/api/sanity-webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': 't=1,v1=forged' },
      body: JSON.stringify({ ids: { all: [article.id] } }),
    });
    expect(forged.status).toBe(401);
    await journey('revalidation', async (page) => {
      // Rendered once, the page is kept for every visitor (an hour without a change).
      await page.goto(`/journal/${article.slug}`);
      await text(page.getByRole('heading', { level: 1 }), article.title);
      const retitled = `${article.title} (revised ${Date.now() % 100000})`;
      await editor.patch(article.id).set({ title: retitled }).commit();
      try {
        // Within 15 s: sooner than the gateway's 30 s response cache or the page's hour would allow.
        await until('the new title', async () => {
          await page.reload();
          return (await page.getByRole('heading', { level: 1 }).textContent()) === retitled;
        });
      } finally {
        await editor.patch(article.id).set({ title: article.title }).commit();
      }
    });
  }, 120_000);

  it('a guest browses, filters, buys a stock piece for Paris (zero-rated), is declined, pays with another card and gets the order', async () => {
    const piece = pieces[0];
    await stock(piece.sku, 2);
    await journey('guest-checkout', async (page) => {
      // Browse and filter: the filter lives in the URL and survives a reload.
      await page.goto('/products');
      await page.locator('select[name=sort]').selectOption('PRICE_DESC');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForURL(/sort=PRICE_DESC/);
      await page.reload();
      await value(page.locator('select[name=sort]'), 'PRICE_DESC');
      // A cursor edited by hand gets the first page, not an error.
      await page.goto('/products?sort=PRICE_DESC&after=not-a-cursor');
      await page.waitForURL((url) => !url.searchParams.has('after'));
      await value(page.locator('select[name=sort]'), 'PRICE_DESC');

      // The piece: its page, then the bag.
      await page.goto(`/products/${piece.slug}`);
      await text(page.getByRole('heading', { level: 1 }), piece.title);
      const variant = page.locator('select[name=sku]');
      if (await variant.count()) await variant.selectOption(piece.sku);
      await page.getByRole('button', { name: 'Add to bag' }).click();
      await page.waitForURL(/\/cart$/);
      await visible(page.getByRole('link', { name: piece.title }));
      // The guest's cart token is an httpOnly cookie: nothing in the page can read it.
      expect(await page.evaluate('document.cookie')).not.toContain('elysium');

      // Checkout.
      await page.getByRole('link', { name: 'Checkout' }).click();
      await page.getByLabel('Email for your receipt').fill('guest.buyer@example.com');
      await page.getByLabel('Recipient').fill('Eleanor Vance');
      await page.getByLabel('Address', { exact: true }).fill('3 Rue de Rivoli');
      await page.getByLabel('Town or city').fill('Paris');
      await page.getByLabel('Postcode').fill('75004');
      await page.getByLabel('International').check();
      await page.locator('select[name=countryCode]').selectOption('FR');
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      const payment = page.getByRole('region', { name: 'Payment' });
      // An export outside the UK is zero-rated: no VAT in the total.
      await text(payment, /Order ELY-\d{6}: .*including VAT of £0\.00/);
      const orderNumber = /ELY-\d{6}/.exec((await payment.textContent()) ?? '')![0];

      // A declined card, then another that pays.
      await page.locator('select[name=card]').selectOption('pm_card_chargeDeclined');
      await page.getByRole('button', { name: /^Pay / }).click();
      await text(page.getByRole('form', { name: 'Payment' }).getByRole('alert'), 'Your card was declined.');
      await page.locator('select[name=card]').selectOption('pm_card_visa');
      await page.getByRole('button', { name: /^Pay / }).click();
      await page.waitForURL(/\/checkout\/complete/);
      await visible(page.getByText(orderNumber));

      // Stripe's webhook reaches payments, and orders marks the order paid.
      const status = await eventually(
        async () => (await sql.query(`SELECT status FROM orders."order" WHERE number = $1`, [orderNumber])).rows[0]?.status as string,
        (value) => value === 'PAID',
      );
      expect(status).toBe('PAID');
    });
  }, 120_000);
  it("browses, opens a bespoke ring, configures it at the server's price, saves and bags it, signs up, confirms by mail, signs in keeping both, pays the deposit through 3-D Secure and finds the order in the account", async () => {
    const listing = await graphqlRequest<{
      products: {
        nodes: Array<{
          slug: string;
          title: string;
          configurator: {
            settings: Array<{ stoneShapes: string[] }>;
            stones: Array<{ id: string; shape: string; lab: string; certificateNumber: string }>;
          } | null;
        }>;
      };
    }>(
      graph.gatewayUrl,
      '{ products(first: 100, filter: { category: RING }) { nodes { slug title configurator { settings { stoneShapes } stones { id shape lab certificateNumber } } } } }',
      { token: staffToken },
    );
    const bespoke = listing.data!.products.nodes.find((p) => p.configurator)!;
    // The centre stones the configurator offers for its first setting, in the vault (the page starts there).
    const { settings, stones } = bespoke.configurator!;
    for (const stone of stones.filter((s) => settings[0].stoneShapes.includes(s.shape))) {
      await graphqlRequest(graph.gatewayUrl, 'mutation ($input: ReceiveUnitInput!) { receiveUnit(input: $input) { __typename } }', {
        token: staffToken,
        variables: {
          input: {
            serialNumber: `WEB-${stone.id.slice(-8)}-${Date.now() % 100000}`,
            stoneId: stone.id,
            certificateLab: stone.lab,
            certificateNumber: stone.certificateNumber,
            locationId: 'vault',
          },
        },
      });
    }
    const client = {
      email: `storefront.client.${Date.now()}@example.com`,
      password: 'a quiet walk by the Serpentine',
      givenName: 'Imogen',
      familyName: 'Hartley',
    };

    await journey('bespoke-client', async (page) => {
      // Browse: rings, found by name, in the listing.
      await page.goto('/products');
      await page.locator('select[name=category]').selectOption('RING');
      await page.getByLabel('Search', { exact: true }).fill(bespoke.title);
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForURL(/category=RING/);
      await page
        .getByRole('link', { name: new RegExp(escape(bespoke.title)) })
        .first()
        .click();
      await text(page.getByRole('heading', { level: 1 }), bespoke.title);

      // Configure: every change is priced again by the server.
      const form = page.getByRole('form', { name: 'Configure your ring' });
      await text(form.locator('p.price'), /^Your ring: £[\d,]+\.\d{2}, including VAT of £[\d,]+\.\d{2}$/);
      const first = (await form.locator('p.price').textContent())!;
      await form.locator('input[name=engraving]').fill('Always');
      await until(
        'the engraved price',
        async () =>
          ((await form.locator('p.price').textContent()) ?? first) !== first &&
          !(await form.locator('p.price').textContent())?.includes('Pricing'),
      );
      // As a guest: the piece goes on the wishlist, the design into the bag.
      await page.getByRole('button', { name: 'Save to wishlist' }).click();
      await text(page.getByRole('form', { name: 'Wishlist' }).getByRole('status'), 'Saved to your wishlist.');
      await form.getByRole('button', { name: 'Add this design to the bag' }).click();
      await page.waitForURL(/\/cart$/);
      await visible(page.getByText('Bespoke ring'));
      // The guest's tokens are httpOnly cookies: nothing in the page can read them.
      expect(await page.evaluate('document.cookie')).not.toContain('elysium');

      await signUp(page, client);
      // Signing in keeps the bag, the wishlist and what was viewed; the session lives in httpOnly cookies.
      await signIn(page, client.email, client.password);
      await text(page.getByRole('heading', { level: 1 }), 'Imogen Hartley');
      expect(await page.evaluate('document.cookie')).not.toContain('elysium');
      // The guest's lists are the client's now: the guest token is gone from the browser.
      expect((await page.context().cookies()).map((c) => c.name)).not.toContain('elysium_guest');
      await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Wishlist' }).click();
      await visible(page.getByRole('link', { name: bespoke.title }));
      await page.goto('/account/recently-viewed');
      await visible(page.getByRole('link', { name: new RegExp(escape(bespoke.title)) }));
      await page.goto('/cart');
      await visible(page.getByText('Bespoke ring'));

      // Checkout: the deposit, through 3-D Secure.
      await page.getByRole('link', { name: 'Checkout' }).click();
      await page.getByLabel('Email for your receipt').fill(client.email);
      await page.getByLabel('Recipient').fill('Imogen Hartley');
      await page.getByLabel('Address', { exact: true }).fill('8 Chelsea Embankment');
      await page.getByLabel('Town or city').fill('London');
      await page.getByLabel('Postcode').fill('SW3 4LE');
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      const payment = page.getByRole('region', { name: 'Payment' });
      await text(payment, /Order ELY-\d{6}/);
      // A bespoke piece takes a deposit now and the balance before dispatch: less is due than the total.
      const [, total, due] = /: (£[\d,.]+), including VAT.*Due now: (£[\d,.]+)/.exec((await payment.textContent()) ?? '')!;
      const pence = (value: string) => Number(value.replace(/[£,.]/g, ''));
      expect(pence(due)).toBeLessThan(pence(total));
      const orderNumber = /ELY-\d{6}/.exec((await payment.textContent()) ?? '')![0];
      await page.getByRole('button', { name: /^Pay / }).click();
      // Over the 3-D Secure threshold: the bank's challenge (the double's page), then back to the shop.
      await page.waitForURL(/\/3ds\//);
      await page.getByRole('button', { name: 'Complete authentication' }).click();
      await page.waitForURL(/\/checkout\/complete\?.*redirect_status=succeeded/);
      await visible(page.getByText(orderNumber));

      // The order is in the account, with the atelier once Stripe's webhook has been acted on.
      await until(`order ${orderNumber} in the atelier, in the account`, async () => {
        await page.goto('/account');
        return (await page.getByRole('row', { name: new RegExp(orderNumber) }).textContent())?.includes('In our atelier') ?? false;
      });
    });
  }, 180_000);

  /** The newest mail the sink holds for the address, once it has come. */
  async function mailTo(email: string, subject: RegExp): Promise<{ subject: string; text: string }> {
    return eventually(
      async () =>
        (
          (await (await fetch(`${graph.mailSinkUrl}/api/messages?to=${encodeURIComponent(email)}`)).json()) as Array<{
            subject: string;
            text: string;
          }>
        ).find((m) => subject.test(m.subject))!,
      (found) => Boolean(found),
    );
  }

  /** The link a mail carries to the storefront. */
  function linkIn(mail: { text: string }): string {
    const link = new RegExp(`${web.url}/account/[a-z-]+#token=[A-Za-z0-9_-]+`).exec(mail.text);
    if (!link) throw new Error(`no storefront link in: ${mail.text}`);
    return link[0];
  }

  /** Signs up in the browser and confirms the address by the link the mail sink received. */
  async function signUp(page: Page, client: { email: string; password: string; givenName: string; familyName: string }) {
    await page.goto('/account/sign-up');
    const form = page.getByRole('form', { name: 'Create an account' });
    // A weak password is refused by the graph, field by field, and nothing is registered.
    await form.getByLabel('Given name').fill(client.givenName);
    await form.getByLabel('Family name').fill(client.familyName);
    await form.getByLabel('Email').fill(client.email);
    await form.getByLabel(/^Password/).fill('password1234');
    await form.getByRole('button', { name: 'Create account' }).click();
    await visible(form.getByRole('alert'));
    await form.getByLabel(/^Password/).fill(client.password);
    await form.getByRole('button', { name: 'Create account' }).click();
    await visible(form.getByRole('status'));
    await page.goto(linkIn(await mailTo(client.email, /^Please confirm your email address/)));
    await text(page.getByRole('status'), /is confirmed/);
    // The token has left the address bar (and so the browser's history).
    expect(page.url()).not.toContain('token=');
  }

  async function signIn(page: Page, email: string, password: string) {
    await page.goto('/account/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/account$/);
  }

  it('a client keeps an address book and preferences, forgets the password, resets it, takes a copy of their data and deletes the account', async () => {
    const client = {
      email: `storefront.records.${Date.now()}@example.com`,
      password: 'the lamps along the Embankment',
      givenName: 'Rosalind',
      familyName: 'Avery',
    };
    await journey(
      'client-records',
      async (page) => {
        await signUp(page, client);
        await signIn(page, client.email, client.password);
        // The session knows the visitor's address, not the storefront's: per-network limits count visitors.
        const sessions = await sql.query(
          `SELECT s.ip FROM customers.session s JOIN customers.account a ON a.id = s.account_id WHERE a.email = $1`,
          [client.email],
        );
        expect(sessions.rows).toEqual([{ ip: '203.0.113.7' }]);
        const problems: string[] = [];

        // The address book: the graph checks the postcode, and a good address is kept as the default.
        await page.goto('/account/addresses');
        const add = page.getByRole('form', { name: 'Add an address' });
        await add.getByLabel('Recipient').fill('Rosalind Avery');
        await add.getByLabel('Address', { exact: true }).fill('21 Mount Street');
        await add.getByLabel('Town or city').fill('London');
        await add.getByLabel('Postcode').fill('not a postcode');
        await add.getByRole('button', { name: 'Add address' }).click();
        await visible(add.getByRole('alert'));
        await add.getByLabel('Postcode').fill('w1k 2rb');
        await add.getByLabel('Deliver here by default').check();
        await add.getByRole('button', { name: 'Add address' }).click();
        await visible(page.getByText('W1K 2RB'));
        await visible(page.getByText('Default for delivery'));
        problems.push(...(await axe(page)));

        // Preferences: one answer changed is one consent recorded, with the policy shown.
        await page.goto('/account/preferences');
        const preferences = page.getByRole('form', { name: 'Your preferences' });
        await preferences.getByLabel('Invitations to private viewings and events, by email').check();
        await preferences.getByLabel('Platinum').check();
        await preferences.getByRole('button', { name: 'Save preferences' }).click();
        await text(preferences.getByRole('status'), 'Your preferences are saved.');
        await page.reload();
        expect(await page.getByLabel('Invitations to private viewings and events, by email').isChecked()).toBe(true);
        expect(await page.getByLabel('News of new collections, by email').isChecked()).toBe(false);
        expect(await page.getByLabel('Platinum').isChecked()).toBe(true);
        problems.push(...(await axe(page)));
        const consents = await sql.query(
          `SELECT c.channel, c.purpose, c.granted, c.source, c.policy_version FROM customers.consent_event c
           JOIN customers.customer k ON k.id = c.customer_id WHERE k.email = $1`,
          [client.email],
        );
        expect(consents.rows).toEqual([
          { channel: 'EMAIL', purpose: 'EVENTS', granted: true, source: 'STOREFRONT', policy_version: '2026-01' },
        ]);

        // A forgotten password: the link from the mail sets a new one, and every session ends.
        await page.goto('/account/forgot-password');
        await page.getByLabel('Email').fill(client.email);
        await page.getByRole('button', { name: 'Send the link' }).click();
        await visible(page.getByRole('status'));
        await page.goto(linkIn(await mailTo(client.email, /^Choose a new password/)));
        const newPassword = 'winter light on Hanover Square';
        await page.getByLabel(/^New password/).fill(newPassword);
        await page.getByRole('button', { name: 'Set password' }).click();
        await page.waitForURL(/\/account\/sign-in\?reset=1/);
        await page.goto('/account');
        await page.waitForURL(/\/account\/sign-in/);
        await signIn(page, client.email, newPassword);

        // A copy of everything held about the client, gathered from every part of the graph.
        await page.goto('/account/privacy');
        problems.push(...(await axe(page)));
        await page.getByRole('button', { name: 'Prepare a copy' }).click();
        await page.waitForURL(/export=/);
        await until('the export ready', async () => {
          await page.reload();
          return page.getByRole('link', { name: /download it/ }).isVisible();
        });
        const download = await page.request.get((await page.getByRole('link', { name: /download it/ }).getAttribute('href'))!);
        expect(download.headers()['content-disposition']).toMatch(/^attachment/);
        expect(JSON.stringify(await download.json())).toContain('21 Mount Street');

        // Deleting the account needs the password; then the client is signed out and cannot sign in.
        const remove = page.getByRole('form', { name: 'Delete your account' });
        await remove.getByLabel('Your password, to confirm').fill('not the password at all');
        await remove.getByRole('button', { name: 'Delete my account' }).click();
        await visible(remove.getByRole('alert'));
        await remove.getByLabel('Your password, to confirm').fill(newPassword);
        await remove.getByRole('button', { name: 'Delete my account' }).click();
        await page.waitForURL(/\/account\/deleted$/);
        await page.goto('/account/sign-in');
        await page.getByLabel('Email').fill(client.email);
        await page.getByLabel('Password').fill(newPassword);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await visible(page.getByRole('form', { name: 'Sign in' }).getByRole('alert'));
        expect(problems).toEqual([]);
      },
      '203.0.113.7',
    );
  }, 180_000);
});

/**
 * Waits, up to 15 s, until the page shows what is expected: pages answer after round trips to the
 * graph. (playwright-core has no assertions; @playwright/test would pull in browser downloads.)
 */
async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the page never showed ${what}`);
}
const visible = (locator: Locator) => until(`${locator}`, () => locator.isVisible());
const text = async (locator: Locator, expected: string | RegExp) =>
  until(`${locator} with ${expected}`, async () => {
    const shown = (await locator.textContent())?.trim() ?? '';
    return typeof expected === 'string' ? shown === expected : expected.test(shown);
  });
/** Text for a RegExp that matches it exactly as written. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const value = (locator: Locator, expected: string) =>
  until(`${locator} = ${expected}`, async () => (await locator.inputValue()) === expected);
