import type { ReactNode } from 'react';

/** Portable Text as Sanity stores it: blocks of spans, marks and link definitions. */
interface Span {
  _type: 'span';
  _key?: string;
  text: string;
  marks?: string[];
}
interface Block {
  _type: 'block';
  _key?: string;
  style?: string;
  listItem?: 'bullet' | 'number';
  markDefs?: Array<{ _key: string; _type: string; href?: string }>;
  children?: Span[];
}

const HEADINGS: Record<string, 'h2' | 'h3' | 'h4'> = { h2: 'h2', h3: 'h3', h4: 'h4' };

function isBlock(node: unknown): node is Block {
  return typeof node === 'object' && node !== null && (node as Block)._type === 'block' && Array.isArray((node as Block).children);
}

/** A span with its marks: emphasis, strong, and links to http(s) or to the site itself (nothing else is followed). */
function renderSpan(span: Span, block: Block, index: number): ReactNode {
  let node: ReactNode = span.text;
  for (const mark of span.marks ?? []) {
    if (mark === 'strong') node = <strong>{node}</strong>;
    else if (mark === 'em') node = <em>{node}</em>;
    else {
      const href = block.markDefs?.find((d) => d._key === mark && d._type === 'link')?.href;
      if (href && /^(https?:\/\/|\/)/.test(href)) node = <a href={href}>{node}</a>;
    }
  }
  return <span key={span._key ?? index}>{node}</span>;
}

/**
 * An article's or page's body as editors wrote it in Sanity: headings, paragraphs, quotes and
 * lists. What the storefront does not know how to show (a figure, a custom block) is left out.
 */
export function PortableText({ value }: { value: unknown }) {
  const blocks = (Array.isArray(value) ? value : []).filter(isBlock);
  const out: ReactNode[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const children = (block.children ?? []).map((span, index) => renderSpan(span, block, index));
    if (block.listItem) {
      // Consecutive list items of one kind make one list.
      const items: ReactNode[] = [];
      const kind = block.listItem;
      while (i < blocks.length && blocks[i].listItem === kind) {
        const item = blocks[i];
        items.push(<li key={item._key ?? i}>{(item.children ?? []).map((span, index) => renderSpan(span, item, index))}</li>);
        i++;
      }
      i--;
      out.push(kind === 'number' ? <ol key={`l${i}`}>{items}</ol> : <ul key={`l${i}`}>{items}</ul>);
      continue;
    }
    const key = block._key ?? i;
    const Heading = HEADINGS[block.style ?? ''];
    if (Heading) out.push(<Heading key={key}>{children}</Heading>);
    else if (block.style === 'blockquote') out.push(<blockquote key={key}>{children}</blockquote>);
    else out.push(<p key={key}>{children}</p>);
  }
  return <div className="prose">{out}</div>;
}
