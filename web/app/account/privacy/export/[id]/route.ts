import { graphql } from '@/gql';
import { graph } from '@/lib/graph';

const DataExportFile = graphql(`
  query DataExportFile($id: ID!) {
    dataExport(id: $id) {
      status
      requestedAt
      data
    }
  }
`);

/** The client's finished export as a file; the graph answers only its own client (or staff). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = /^[0-9a-f-]{36}$/i.test(id) ? (await graph(DataExportFile, { id })).dataExport : null;
  if (!found || found.status !== 'READY') return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(found.data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="elysium-data-${found.requestedAt.slice(0, 10)}.json"`,
      'cache-control': 'private, no-store',
    },
  });
}
