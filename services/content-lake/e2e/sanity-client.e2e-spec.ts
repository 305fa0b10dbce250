import { createClient, type SanityClient } from '@sanity/client';
import pino from 'pino';
import { CATALOG_NDJSON } from '@elysium/demo';
import { startContentLake } from '../src/server';

/** The real @sanity/client against the local content lake: the same calls the catalog makes on Sanity. */
describe('local content lake speaks the Sanity HTTP API', () => {
  let lake: Awaited<ReturnType<typeof startContentLake>>;
  let reader: SanityClient;
  let writer: SanityClient;

  beforeAll(async () => {
    lake = await startContentLake({
      host: '127.0.0.1',
      port: 0,
      dataset: 'production',
      token: 'test-token',
      seedFile: CATALOG_NDJSON,
      log: pino({ level: 'silent' }),
    });
    const base = {
      projectId: 'local',
      dataset: 'production',
      apiHost: lake.apiHost,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: '2025-02-19',
    };
    reader = createClient({ ...base, perspective: 'published' });
    writer = createClient({ ...base, token: 'test-token', perspective: 'raw' });
  });

  afterAll(() => lake?.stop());

  it('answers GROQ with $params', async () => {
    const titles = await reader.fetch<string[]>(`*[_type == "product" && category == $category] | order(title asc).title`, {
      category: 'necklace',
    });
    expect(titles).toEqual([
      'Belgravia Sapphire Pendant',
      'Covent Diamond Lariat',
      'Dover Street Tahitian Pearl Pendant',
      'Fitzrovia Paperclip Chain',
      'Hampstead Akoya Pearl Strand',
      'Imogen Ruby Drop Pendant',
      'Kensington Rivière Necklace',
      'Nova Laboratory-Grown Diamond Pendant',
      'Piccadilly Diamond Solitaire Pendant',
      'Richmond Emerald Pendant',
      'Seraphina South Sea Pearl Necklace',
      'Tower Diamond Line Necklace',
      'Victoria Sapphire Rivière',
    ]);
  });

  it('answers long queries sent by POST', async () => {
    const ids = Array.from({ length: 800 }, (_, i) => `product-missing-${i}`).concat('product-soho-signet-ring');
    const rows = await reader.fetch<Array<{ title: string }>>(`*[_id in $ids]{ title }`, { ids });
    expect(rows).toEqual([{ title: 'Soho Signet Ring' }]);
  });

  it('never shows drafts in the published perspective', async () => {
    const published = await reader.fetch<Array<{ title: string; price: { amount: number } }>>(
      `*[slug.current == "aurelia-solitaire"]{ title, price }`,
    );
    expect(published).toEqual([
      { title: 'Aurelia Solitaire Engagement Ring', price: { _type: 'money', amount: 1_450_000, currency: 'GBP' } },
    ]);
    expect(await reader.getDocument('drafts.product-aurelia-solitaire')).toBeUndefined();
    expect((await writer.getDocument('drafts.product-aurelia-solitaire'))?.title).toContain('DRAFT');
  });

  it('applies mutations atomically and refuses writes without a token', async () => {
    await writer.create({ _id: 'article-care', _type: 'article', title: 'Caring for platinum' });
    await writer.patch('article-care').set({ title: 'Caring for platinum and gold' }).commit();
    expect((await reader.getDocument('article-care'))?.title).toBe('Caring for platinum and gold');

    await expect(
      writer
        .transaction()
        .create({ _id: 'article-new', _type: 'article' })
        .patch('article-absent', (p) => p.set({ a: 1 }))
        .commit(),
    ).rejects.toMatchObject({ statusCode: 404 });
    expect(await reader.getDocument('article-new')).toBeUndefined();

    await expect(reader.create({ _id: 'x', _type: 'article' })).rejects.toMatchObject({ statusCode: 401 });
  });

  it('reports a GROQ syntax error as Sanity does', async () => {
    await expect(reader.fetch('*[_type == ')).rejects.toMatchObject({ statusCode: 400 });
  });
});
